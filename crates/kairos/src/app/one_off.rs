//! Meetings the assistant books between colleagues (and a guest): each gets a one-off event
//! type of its own — collective over exactly those hosts, never listed, with an unguessable slug
//! — so the booking takes the same path as any other: host locks, a re-check against fresh
//! calendars, the exclusion constraint, the outbox for its e-mails, reminders and webhooks, and
//! the invitee's reschedule and cancel links.

use chrono::{DateTime, Utc};
use kairos_core::HostMode;
use sqlx::PgConnection;

use super::event_types::DEFAULT_REMINDERS;
use super::{Error, Result, bookings, keys};
use crate::ids::{EventTypeId, HostId, OrgId};
use crate::model::{Attendee, Booking};
use crate::store;
use crate::store::event_types::EventTypeFields;
use crate::store::jobs::Wake;

/// A meeting to book: who, when, for how long, and who is invited.
#[derive(Debug, Clone)]
pub struct Meeting<'a> {
    pub title: &'a str,
    /// Every host taking part; the requesting host first.
    pub hosts: &'a [HostId],
    pub start: DateTime<Utc>,
    pub duration_minutes: i32,
    pub invitee: &'a Attendee,
    pub notes: &'a str,
}

/// Books `meeting` inside the caller's transaction: creates its event type, takes the hosts'
/// booking locks and re-checks the time against their calendars, as of `now`, before writing.
pub async fn book(tx: &mut PgConnection, org: OrgId, meeting: &Meeting<'_>, now: DateTime<Utc>) -> Result<Booking> {
    let id = EventTypeId::generate();
    let fields = EventTypeFields {
        slug: super::validate::slug("slug", &format!("meeting-{}", keys::random_hex(16)?))?,
        title: meeting.title.to_owned(),
        description: String::new(),
        kind: HostMode::Collective,
        duration_minutes: meeting.duration_minutes,
        slot_step_minutes: 5,
        location: String::new(),
        buffer_before_minutes: 0,
        buffer_after_minutes: 0,
        min_notice_minutes: 0,
        horizon_days: 730,
        max_per_day: None,
        reminder_minutes: DEFAULT_REMINDERS.to_vec(),
        hosts: meeting.hosts.to_vec(),
    };
    store::event_types::upsert(tx, org, id, &fields).await?;
    store::event_types::mark_one_off(tx, org, id).await?;
    let event_type = store::event_types::get(&mut *tx, org, id)
        .await?
        .ok_or(Error::NotFound("event type"))?;
    store::bookings::lock_hosts(tx, meeting.hosts).await?;
    let hosts = bookings::choose_hosts(tx, org, &event_type, meeting.start, None, now).await?;
    bookings::insert(
        tx,
        org,
        &event_type,
        &hosts,
        meeting.start,
        meeting.invitee,
        meeting.notes,
        now,
        // The caller's transaction may go on to other work before it commits.
        Wake::InTransaction,
    )
    .await
}
