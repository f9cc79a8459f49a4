//! Typed, prefixed identifiers (`hst_…`, `bkg_…`): a host id can never be passed where a
//! booking id is expected, and an id in a log line says what it names.
//!
//! Ids are UUIDv7, so they sort by creation time and keyset pagination can order by them.
//! On the wire they are `<prefix>_<32 hex digits>`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use uuid::Uuid;

/// The text was not an id of the expected kind.
#[derive(Debug, Clone, thiserror::Error)]
#[error("`{text}` is not a valid {kind} id (expected `{prefix}_` followed by 32 hex digits)")]
pub struct BadId {
    pub text: String,
    pub kind: &'static str,
    pub prefix: &'static str,
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $kind:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type)]
        #[sqlx(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            pub const PREFIX: &'static str = $prefix;

            /// A fresh, time-ordered id.
            #[must_use]
            pub fn generate() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}_{}", $prefix, self.0.simple())
            }
        }

        impl FromStr for $name {
            type Err = BadId;
            fn from_str(text: &str) -> Result<Self, BadId> {
                text.strip_prefix(concat!($prefix, "_"))
                    .and_then(|hex| (hex.len() == 32).then_some(hex))
                    .and_then(|hex| Uuid::try_parse(hex).ok())
                    .map(Self)
                    .ok_or_else(|| BadId { text: text.chars().take(80).collect(), kind: $kind, prefix: $prefix })
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some(concat!("^", $prefix, "_[0-9a-f]{32}$")))
                    .examples([concat!($prefix, "_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b")])
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}

typed_id!(
    /// An organisation: the tenant every other row belongs to.
    OrgId, "org", "organisation"
);
typed_id!(
    /// An API key (the id, not the secret).
    ApiKeyId, "key", "API key"
);
typed_id!(
    /// A write an agent made through the agent interface, as recorded.
    AgentActionId, "agt", "agent action"
);
typed_id!(
    /// A host: a person in an organisation who can be booked.
    HostId, "hst", "host"
);
typed_id!(
    /// An event type: what an invitee books (a 30-minute intro, a team demo, …).
    EventTypeId, "evt", "event type"
);
typed_id!(
    /// A booking.
    BookingId, "bkg", "booking"
);
typed_id!(
    /// An external busy block on a host's calendar.
    BusyBlockId, "bsy", "busy block"
);
typed_id!(
    /// A domain event (`booking.created`, …): the message id of webhooks and broker messages,
    /// so receivers can deduplicate.
    EventId, "evn", "event"
);
typed_id!(
    /// A background job.
    JobId, "job", "job"
);
typed_id!(
    /// A webhook endpoint of an organisation.
    WebhookId, "whk", "webhook"
);
typed_id!(
    /// One attempt to deliver an event to a webhook endpoint.
    DeliveryId, "dlv", "webhook delivery"
);
typed_id!(
    /// A request to the scheduling assistant.
    AssistantRequestId, "asr", "assistant request"
);
typed_id!(
    /// A task of a host's, for the planner to fit into free time.
    TaskId, "tsk", "task"
);
typed_id!(
    /// A recurring habit of a host's (the gym three times a week), placed by the planner.
    HabitId, "hab", "habit"
);
typed_id!(
    /// A host's own calendar that Kairos reads (an ICS feed).
    CalendarSourceId, "cal", "calendar source"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_other_kinds() {
        let id = HostId::generate();
        let text = id.to_string();
        assert!(text.starts_with("hst_"));
        assert_eq!(text.parse::<HostId>().ok(), Some(id));
        assert!(text.replace("hst_", "bkg_").parse::<HostId>().is_err());
        assert!("hst_123".parse::<HostId>().is_err());
        assert!("hst_0193a5b0-c0de-7c3e-9a1b-2c3d4e5f6a7b".parse::<HostId>().is_err());
    }
}
typed_id!(
    /// A person who logs in to the web app: an organisation's host with a password.
    UserId, "usr", "user"
);
