//! What the assistant offers and what it did: proposals awaiting the host's confirmation, each
//! naming the one action it would take, and the outcome once an action is taken.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::ids::{BookingId, HabitId, HostId, TaskId};

/// A proposal: a time (or a meeting to cancel), why it was chosen, and what confirming it does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Proposal {
    /// 1 for the best; the number to confirm.
    pub id: u32,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The time on the host's wall clock, e.g. "Thu 3 Dec, 14:00–14:30".
    pub label: String,
    /// Why this time, best reason first.
    pub reasons: Vec<String>,
    pub action: Action,
}

/// The one thing confirming a proposal does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Action {
    /// Book a new meeting of these hosts (the requesting host first) and, when set, a guest
    /// from outside the organisation.
    Book {
        title: String,
        hosts: Vec<HostId>,
        guest: Option<String>,
    },
    /// Move this booking to the proposal's time.
    Reschedule { booking_id: BookingId },
    /// Cancel this booking.
    Cancel { booking_id: BookingId },
    /// Cancel all these bookings, together (the meetings of a range of days).
    CancelAll { booking_ids: Vec<BookingId> },
}

/// What the assistant did.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Outcome {
    Booked {
        booking_id: BookingId,
        proposal: u32,
    },
    Rescheduled {
        booking_id: BookingId,
        proposal: u32,
    },
    Cancelled {
        booking_id: BookingId,
        proposal: u32,
    },
    CancelledAll {
        booking_ids: Vec<BookingId>,
        proposal: u32,
    },
    /// The calendar over the asked days.
    Described {
        items: Vec<AgendaItem>,
    },
    /// A task handed to the planner.
    TaskAdded {
        task_id: TaskId,
    },
    /// A habit handed to the planner.
    HabitAdded {
        habit_id: HabitId,
    },
}

/// One entry of a described calendar.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AgendaItem {
    /// `booking`, `busy`, `planned` (a task, habit or focus block of the planner) or `free`.
    pub kind: &'static str,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub title: String,
}
