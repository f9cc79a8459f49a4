//! What a booking change leaves behind in its own transaction: the domain event (the outbox
//! row) and one job, its fan-out, in one statement. The fan-out runs after the commit and
//! queues the rest — notifications, and the reminders before the start with stale ones
//! withdrawn — so the booking's transaction, which holds its hosts' locks, writes two rows of
//! follow-up work whatever the change causes.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::PgConnection;

use super::enqueue::Planned;
use super::payload::{Fanout, Job, Reminder};
use crate::ids::OrgId;
use crate::model::Booking;
use crate::model::events::{DomainEvent, EventKind};
use crate::store::jobs::NewJob;

/// Records that `kind` happened to `booking` at `now` and queues its fan-out, which carries
/// `reminder_minutes`, the event type's reminders before the start (none for a cancellation).
pub async fn record(
    conn: &mut PgConnection,
    kind: EventKind,
    org: OrgId,
    booking: &Booking,
    reminder_minutes: &[i32],
    now: DateTime<Utc>,
) -> anyhow::Result<DomainEvent> {
    let (event, jobs) = prepare(kind, org, booking, reminder_minutes, now)?;
    crate::store::events::record(conn, &event, &jobs).await?;
    Ok(event)
}

/// The event and the fan-out job that [`record`] writes, for a caller that writes them in a
/// statement of its own (a new booking writes itself and its outbox rows in one).
pub fn prepare(
    kind: EventKind,
    org: OrgId,
    booking: &Booking,
    reminder_minutes: &[i32],
    now: DateTime<Utc>,
) -> serde_json::Result<(DomainEvent, Vec<NewJob>)> {
    let event = DomainEvent::new(kind, org, booking.clone(), now);
    let reminder_minutes = if kind == EventKind::BookingCancelled {
        Vec::new()
    } else {
        reminder_minutes.to_vec()
    };
    let fanout = Job::Fanout(Fanout {
        event_id: event.id,
        reminder_minutes,
    })
    .planned()
    .unique(format!("fanout:{}", event.id))
    .about(booking.id.0);
    let jobs = super::enqueue::rows(vec![fanout], now)?;
    Ok((event, jobs))
}

/// The reminders of `booking` (as it is now), `minutes` before its start each, that were still
/// ahead when it changed (`changed`); unique per booking, sequence and lead time, so queueing
/// them twice queues them once.
#[must_use]
pub fn reminders(org: OrgId, booking: &Booking, minutes: &[i32], changed: DateTime<Utc>) -> Vec<Planned> {
    minutes
        .iter()
        .filter_map(|&minutes| {
            let at = booking.start - TimeDelta::minutes(i64::from(minutes));
            (at > changed).then(|| {
                Job::Reminder(Reminder {
                    org_id: org,
                    booking_id: booking.id,
                    sequence: booking.sequence,
                    minutes_before: minutes,
                })
                .planned()
                .at(at)
                .unique(format!("reminder:{}:{}:{minutes}", booking.id, booking.sequence))
                .about(booking.id.0)
            })
        })
        .collect()
}
