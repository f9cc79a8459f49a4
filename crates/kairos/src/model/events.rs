//! Domain events: what happened to a booking, in the one shape webhooks, the broker and the
//! e-mails are all made from. An event is written to the outbox in the transaction that made
//! it happen, so it exists exactly when the change does.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::ids::{EventId, OrgId};
use crate::model::Booking;

/// The kinds of event, named as on the wire (`booking.created`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
pub enum EventKind {
    #[serde(rename = "booking.created")]
    BookingCreated,
    #[serde(rename = "booking.rescheduled")]
    BookingRescheduled,
    #[serde(rename = "booking.cancelled")]
    BookingCancelled,
}

impl EventKind {
    pub const ALL: [Self; 3] = [Self::BookingCreated, Self::BookingRescheduled, Self::BookingCancelled];

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BookingCreated => "booking.created",
            Self::BookingRescheduled => "booking.rescheduled",
            Self::BookingCancelled => "booking.cancelled",
        }
    }

    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// One event, as delivered: the Standard Webhooks envelope (`type`, `timestamp`, `data`) plus
/// its id and organisation. `data` is the booking as the API shows it after the change.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DomainEvent {
    pub id: EventId,
    #[serde(rename = "type")]
    pub kind: EventKind,
    pub org_id: OrgId,
    pub timestamp: DateTime<Utc>,
    pub data: Booking,
}

impl DomainEvent {
    /// The event of `kind` happening to `booking` at `timestamp`.
    #[must_use]
    pub fn new(kind: EventKind, org_id: OrgId, booking: Booking, timestamp: DateTime<Utc>) -> Self {
        Self {
            id: EventId::generate(),
            kind,
            org_id,
            timestamp,
            data: booking,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_wire_names() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::parse(kind.as_str()), Some(kind));
            assert_eq!(
                serde_json::to_value(kind).expect("serializes"),
                serde_json::Value::String(kind.as_str().to_owned())
            );
        }
        assert_eq!(EventKind::parse("booking.deleted"), None);
    }
}
