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

/// One event: the Standard Webhooks envelope (`type`, `timestamp`, `data`) plus its id and
/// organisation. `data` is the booking as the API shows it after the change; what leaves
/// Kairos ([`DomainEvent::to_wire`]) lacks the booking's `uid`, the invitee's secret link.
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

    /// The event as webhooks and the broker send it: without `data.uid`, which lets whoever
    /// holds it cancel or move the booking, and which receivers, their logs and a broker's
    /// stream have no use for.
    pub fn to_wire(&self) -> serde_json::Result<Vec<u8>> {
        let mut value = serde_json::to_value(self)?;
        if let Some(data) = value.get_mut("data").and_then(serde_json::Value::as_object_mut) {
            data.remove("uid");
        }
        serde_json::to_vec(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_form_keeps_the_invitee_link_secret() {
        use crate::ids::BookingId;
        let booking: Booking = serde_json::from_value(serde_json::json!({
            "id": BookingId::generate(), "uid": "0123456789abcdef0123456789abcdef",
            "event_type_id": crate::ids::EventTypeId::generate(), "status": "confirmed",
            "start": "2030-01-07T09:00:00Z", "end": "2030-01-07T09:30:00Z", "hosts": [],
            "invitee": {"name": "Ana", "email": "ana@example.com", "time_zone": "Europe/Berlin"},
            "notes": "", "sequence": 0, "cancel_reason": null, "cancelled_by": null,
            "cancelled_at": null, "created_at": "2030-01-01T00:00:00Z", "updated_at": "2030-01-01T00:00:00Z"
        }))
        .expect("a booking");
        let at = booking.created_at;
        let event = DomainEvent::new(EventKind::BookingCreated, OrgId::generate(), booking, at);
        let wire: serde_json::Value = serde_json::from_slice(&event.to_wire().expect("serializes")).expect("JSON");
        assert!(wire["data"].get("uid").is_none(), "{wire}");
        assert_eq!(wire["data"]["id"], event.data.id.to_string());
        assert_eq!(wire["type"], "booking.created");
    }

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
