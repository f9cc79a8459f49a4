//! The resources Kairos stores and serves: plain data shared by the store (which reads and
//! writes them), the use cases (which return them) and the API (which renders them as JSON).

use chrono::{DateTime, NaiveDate, Utc};
use kairos_core::{HostMode, LocalSpan, Zone};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub mod events;
pub mod planner;
pub mod values;

use values::{EmailAddress, Slug};

use crate::ids::{
    ApiKeyId, BookingId, BusyBlockId, CalendarSourceId, DeliveryId, EventId, EventTypeId, HostId, OrgId, WebhookId,
};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Organization {
    pub id: OrgId,
    #[schema(value_type = String)]
    pub slug: Slug,
    pub name: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ApiKey {
    pub id: ApiKeyId,
    pub name: String,
    /// The first characters of the key, to tell keys apart; the secret is never shown again.
    pub prefix: String,
    /// The one host the key may act for (an agent acting for one person); none: any host.
    pub host_id: Option<HostId>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Host {
    pub id: HostId,
    pub name: String,
    #[schema(value_type = String)]
    pub email: EmailAddress,
    /// IANA time zone, e.g. `Europe/Berlin`.
    #[schema(value_type = String)]
    pub time_zone: Zone,
    pub created_at: DateTime<Utc>,
}

/// A wall-clock interval within a day, `"HH:MM"` to `"HH:MM"` (`"24:00"` allowed as an end).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(as = Span)]
pub struct SpanDoc {
    #[schema(example = "09:00")]
    pub start: String,
    #[schema(example = "17:00")]
    pub end: String,
}

/// Weekly hours per weekday; a missing or empty day is not bookable.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WeeklySchedule {
    #[serde(default)]
    #[schema(value_type = Vec<SpanDoc>)]
    pub monday: Vec<LocalSpan>,
    #[serde(default)]
    #[schema(value_type = Vec<SpanDoc>)]
    pub tuesday: Vec<LocalSpan>,
    #[serde(default)]
    #[schema(value_type = Vec<SpanDoc>)]
    pub wednesday: Vec<LocalSpan>,
    #[serde(default)]
    #[schema(value_type = Vec<SpanDoc>)]
    pub thursday: Vec<LocalSpan>,
    #[serde(default)]
    #[schema(value_type = Vec<SpanDoc>)]
    pub friday: Vec<LocalSpan>,
    #[serde(default)]
    #[schema(value_type = Vec<SpanDoc>)]
    pub saturday: Vec<LocalSpan>,
    #[serde(default)]
    #[schema(value_type = Vec<SpanDoc>)]
    pub sunday: Vec<LocalSpan>,
}

impl WeeklySchedule {
    #[must_use]
    pub fn into_days(self) -> [Vec<LocalSpan>; 7] {
        [
            self.monday,
            self.tuesday,
            self.wednesday,
            self.thursday,
            self.friday,
            self.saturday,
            self.sunday,
        ]
    }

    #[must_use]
    pub fn from_days(days: [Vec<LocalSpan>; 7]) -> Self {
        let [monday, tuesday, wednesday, thursday, friday, saturday, sunday] = days;
        Self {
            monday,
            tuesday,
            wednesday,
            thursday,
            friday,
            saturday,
            sunday,
        }
    }
}

/// Hours for one date that replace the weekly hours; no spans means the day off.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DateOverride {
    pub date: NaiveDate,
    #[serde(default)]
    #[schema(value_type = Vec<SpanDoc>)]
    pub spans: Vec<LocalSpan>,
}

/// When a host can be booked.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// IANA zone the hours are written in.
    #[schema(value_type = String, example = "Europe/Berlin")]
    pub time_zone: Zone,
    pub weekly: WeeklySchedule,
    #[serde(default)]
    pub overrides: Vec<DateOverride>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventType {
    pub id: EventTypeId,
    #[schema(value_type = String)]
    pub slug: Slug,
    pub title: String,
    pub description: String,
    #[schema(value_type = String, example = "single")]
    pub kind: HostMode,
    pub duration_minutes: i32,
    pub slot_step_minutes: i32,
    pub location: String,
    pub buffer_before_minutes: i32,
    pub buffer_after_minutes: i32,
    pub min_notice_minutes: i32,
    pub horizon_days: i32,
    pub max_per_day: Option<i32>,
    /// Reminder e-mails go out this many minutes before the start (e.g. `[1440, 60]`).
    pub reminder_minutes: Vec<i32>,
    pub hosts: Vec<HostId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    Confirmed,
    Cancelled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Canceller {
    Host,
    Invitee,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Attendee {
    pub name: String,
    #[schema(value_type = String)]
    pub email: EmailAddress,
    #[schema(value_type = String)]
    pub time_zone: Zone,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Booking {
    pub id: BookingId,
    /// Unguessable handle for the invitee's cancel and reschedule links.
    pub uid: String,
    pub event_type_id: EventTypeId,
    pub status: BookingStatus,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub hosts: Vec<HostId>,
    pub invitee: Attendee,
    pub notes: String,
    /// Bumped on every reschedule or cancellation (the iCalendar SEQUENCE).
    pub sequence: i32,
    pub cancel_reason: Option<String>,
    pub cancelled_by: Option<Canceller>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BusyBlock {
    pub id: BusyBlockId,
    pub host_id: HostId,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub title: String,
    pub source: String,
    pub created_at: DateTime<Utc>,
}

/// A host's own calendar that Kairos reads, and how its last sync went.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CalendarSource {
    pub id: CalendarSourceId,
    pub host_id: HostId,
    /// `ics` (a feed) or `caldav` (a calendar on a CalDAV server).
    #[schema(example = "ics")]
    pub kind: String,
    /// Whether the host's bookings are written to this calendar (CalDAV only; one per host).
    pub receives_bookings: bool,
    /// Whether its events' titles are shown when Kairos explains why a time is busy.
    pub show_titles: bool,
    pub name: String,
    /// The feed's or calendar's address without its path and query, which often hold its secret
    /// (`https://calendar.google.com/…`); the whole address is never shown again.
    pub address: String,
    /// Whether all-day events block their days.
    pub all_day_busy: bool,
    /// No successful sync within `KAIROS_CALENDAR_STALE_AFTER_MINUTES`: the busy time shown
    /// for it may be out of date.
    pub stale: bool,
    /// Whether its busy time counts now: false only while it is stale and the operator chose
    /// that stale sources do not block (`KAIROS_CALENDAR_STALE_SOURCES_BLOCK=false`).
    pub blocking: bool,
    pub last_attempt_at: Option<DateTime<Utc>>,
    pub last_success_at: Option<DateTime<Utc>>,
    /// Why the last sync failed; none after a success.
    pub last_error: Option<String>,
    /// Events in the feed at the last successful sync.
    pub events: i32,
    /// Busy intervals it gave in the synced window.
    pub busy_intervals: i32,
    pub created_at: DateTime<Utc>,
}

/// A host's secret ICS feed of their bookings, as shown after its creation: the address itself
/// is shown only once, when the feed is created.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HostFeed {
    pub host_id: HostId,
    /// Whether the feed also shows the host's planned blocks (tasks, habits, focus time).
    pub include_planned: bool,
    /// When the current address was made (creating the feed again makes a new one).
    pub created_at: DateTime<Utc>,
}

/// A webhook endpoint: where an organisation's events are POSTed, signed per Standard Webhooks.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Webhook {
    pub id: WebhookId,
    #[schema(example = "https://crm.acme.example/hooks/kairos")]
    pub url: String,
    pub description: String,
    /// The kinds of event sent to this endpoint.
    pub events: Vec<events::EventKind>,
    /// Disabled endpoints receive nothing; Kairos disables one after too many failed attempts
    /// in a row, and `PATCH {"enabled": true}` turns it back on.
    pub enabled: bool,
    pub disabled_reason: Option<String>,
    /// Failed attempts since the last success.
    pub consecutive_failures: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A new endpoint (or one whose secret was rotated) with its signing secret, shown this once.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct WebhookWithSecret {
    #[serde(flatten)]
    pub webhook: Webhook,
    /// The signing secret (`whsec_` + base64), to verify the `webhook-signature` header.
    #[schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    pub secret: String,
}

/// One attempt to deliver an event to an endpoint.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct WebhookDelivery {
    pub id: DeliveryId,
    /// The `webhook-id` header: the same on every attempt of one event.
    pub event_id: EventId,
    pub event_kind: events::EventKind,
    /// 1 for the first attempt, then counting retries.
    pub attempt: i32,
    /// The endpoint's HTTP status; absent when no response arrived.
    pub status_code: Option<i32>,
    pub duration_ms: i32,
    /// Why the attempt failed, when it did.
    pub error: Option<String>,
    pub succeeded: bool,
    pub delivered_at: DateTime<Utc>,
}

/// One page of a list and the cursor of the next, if any.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Page<T> {
    pub data: Vec<T>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}
