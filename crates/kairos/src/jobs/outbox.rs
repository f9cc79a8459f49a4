//! What a booking change leaves behind in its own transaction: the domain event (the
//! outbox row) and the jobs it causes — a fan-out of notifications, and the reminders before
//! the start, with stale reminders withdrawn. All in one statement.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::PgConnection;

use super::payload::{self, Fanout, Job, Reminder};
use crate::ids::OrgId;
use crate::model::Booking;
use crate::model::events::{DomainEvent, EventKind};

/// Records that `kind` happened to `booking` at `now` and queues its follow-up work.
/// `reminder_minutes` are the event type's reminders before the start (ignored for a
/// cancellation); those already past at `now` are not queued.
pub async fn record(
    conn: &mut PgConnection,
    kind: EventKind,
    org: OrgId,
    booking: &Booking,
    reminder_minutes: &[i32],
    now: DateTime<Utc>,
) -> anyhow::Result<DomainEvent> {
    let event = DomainEvent::new(kind, org, booking.clone(), now);
    let mut jobs = vec![
        Job::Fanout(Fanout { event_id: event.id })
            .planned()
            .unique(format!("fanout:{}", event.id))
            .about(booking.id.0),
    ];
    if kind != EventKind::BookingCancelled {
        for &minutes in reminder_minutes {
            let at = booking.start - TimeDelta::minutes(i64::from(minutes));
            if at <= now {
                continue;
            }
            let reminder = Job::Reminder(Reminder {
                org_id: org,
                booking_id: booking.id,
                sequence: booking.sequence,
                minutes_before: minutes,
            });
            jobs.push(
                reminder
                    .planned()
                    .at(at)
                    .unique(format!("reminder:{}:{}:{minutes}", booking.id, booking.sequence))
                    .about(booking.id.0),
            );
        }
    }
    let withdraw = (kind != EventKind::BookingCreated).then_some(payload::REMINDER.name);
    crate::store::events::record(conn, &event, withdraw, &super::enqueue::rows(jobs, now)?).await?;
    Ok(event)
}
