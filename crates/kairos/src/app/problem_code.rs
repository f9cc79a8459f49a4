//! Every problem code Kairos answers with, in one enum: the handlers use it, the OpenAPI
//! document lists it, and a client can match on it knowing the list is complete.

use serde::Serialize;
use utoipa::ToSchema;

macro_rules! problem_codes {
    ($($(#[$doc:meta])* $variant:ident => $code:literal,)*) => {
        /// The stable, machine-readable code of a problem (also the last segment of its `type`).
        // The variants' names in snake case are the codes (a test holds them to `as_str`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum ProblemCode {
            $($(#[$doc])* $variant,)*
        }

        impl ProblemCode {
            /// Every code, in the order of the list.
            pub const ALL: &[Self] = &[$(Self::$variant,)*];

            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                }
            }
        }
    };
}

problem_codes! {
    /// An agent's earlier call with the same idempotency key is still running; retry shortly.
    ActionInProgress => "action_in_progress",
    /// A webhook or calendar feed URL names an address Kairos will not connect to.
    AddressNotAllowed => "address_not_allowed",
    /// A key limited to one host serves only the agent interface (`/mcp`), not the REST API.
    AgentKeyOnly => "agent_key_only",
    /// The assistant request was already confirmed or cancelled.
    AlreadyDone => "already_done",
    BookingCancelled => "booking_cancelled",
    BookingInPast => "booking_in_past",
    /// A CalDAV server refused the user name or password given (422).
    CalendarLoginFailed => "calendar_login_failed",
    /// A calendar server Kairos asked for the request failed or answered nonsense (502).
    CalendarServerFailed => "calendar_server_failed",
    /// The database could not answer this time; nothing was changed (503 with `Retry-After`).
    DatabaseUnavailable => "database_unavailable",
    /// The request ran longer than the server's deadline (503).
    DeadlineExceeded => "deadline_exceeded",
    EmailTaken => "email_taken",
    EventTypeInUse => "event_type_in_use",
    IdempotencyKeyReused => "idempotency_key_reused",
    Internal => "internal",
    InvalidCursor => "invalid_cursor",
    /// A value in the body is not acceptable; `field` names it.
    InvalidField => "invalid_field",
    InvalidIdempotencyKey => "invalid_idempotency_key",
    InvalidQuery => "invalid_query",
    LastApiKey => "last_api_key",
    MalformedJson => "malformed_json",
    MethodNotAllowed => "method_not_allowed",
    NotFound => "not_found",
    NotReady => "not_ready",
    /// The agent action is not one that can be undone (only a cancellation the agent confirmed,
    /// within the undo window).
    NotUndoable => "not_undoable",
    NotYourMeeting => "not_your_meeting",
    NothingToConfirm => "nothing_to_confirm",
    /// An agent's key is limited to one host and the call is about another.
    OutsideKeyScope => "outside_key_scope",
    /// The instance is at capacity (503 with `Retry-After`).
    Overloaded => "overloaded",
    PayloadTooLarge => "payload_too_large",
    /// Too many requests of this kind from this client, address or booking (429 with
    /// `Retry-After`).
    RateLimited => "rate_limited",
    RangeTooLong => "range_too_long",
    /// The request body did not arrive in time (408).
    RequestTimeout => "request_timeout",
    /// Redis, where the web sessions are kept, cannot answer now (503 with `Retry-After`).
    SessionStoreUnavailable => "session_store_unavailable",
    SignupClosed => "signup_closed",
    /// Someone booked the time first (409); `reason` is `taken`.
    SlotTaken => "slot_taken",
    /// The time cannot be booked (422); `reason` says why.
    SlotUnavailable => "slot_unavailable",
    SlugTaken => "slug_taken",
    Unauthenticated => "unauthenticated",
    UnknownTimeZone => "unknown_time_zone",
    UnreadableBody => "unreadable_body",
    UnsupportedMediaType => "unsupported_media_type",
}

#[cfg(test)]
mod tests {
    use super::ProblemCode;

    #[test]
    fn the_wire_name_is_the_code() {
        for code in ProblemCode::ALL {
            assert_eq!(
                serde_json::to_value(code).expect("serializes"),
                serde_json::Value::from(code.as_str())
            );
        }
        assert_eq!(ProblemCode::ALL.len(), 41);
    }
}
