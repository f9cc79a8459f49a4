//! Booking, cancelling and rescheduling. Each decision runs in one transaction that locks the
//! hosts involved, re-checks the slot against fresh calendars, and writes; the database's
//! exclusion constraint stands behind it, so a lost race is a 409 and never a double booking.

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use kairos_core::{HostMode, Interval, SlotQuery, Unavailable, slots::least_booked};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, PgPool};
use utoipa::ToSchema;

use super::ProblemCode;
use super::{Error, OnConstraint, Result, keys, slots, validate};
use crate::ids::{BookingId, HostId, OrgId};
use crate::jobs::outbox;
use crate::jobs::wake::Waker;
use crate::model::events::EventKind as Happened;
use crate::model::{Attendee, Booking, BookingStatus, Canceller, EventType, Page};
use crate::store::bookings::{BookingFilter, NO_OVERLAP};
use crate::store::idempotency::{self, Claim};
use crate::store::jobs::Wake;
use crate::store::{self};

/// Round-robin fairness counts bookings from this long ago onwards.
const FAIRNESS_WINDOW: TimeDelta = TimeDelta::days(30);
/// Longest range of a booking list.
pub const MAX_LIST_RANGE: TimeDelta = TimeDelta::days(366);

/// An invitee's request for a slot.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BookingRequest {
    /// The slot's start (RFC 3339; any offset).
    pub start: DateTime<Utc>,
    #[schema(example = "Ana Lima")]
    pub name: String,
    #[schema(example = "ana@example.com")]
    pub email: String,
    /// The invitee's IANA zone, used for their e-mails and pages.
    #[schema(example = "America/Sao_Paulo")]
    pub time_zone: String,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RescheduleRequest {
    pub start: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CancelRequest {
    #[serde(default)]
    pub reason: Option<String>,
}

/// The result of a booking request: a new booking, or the replay of an earlier response to
/// the same idempotency key.
#[derive(Debug, Clone)]
pub enum Booked {
    New(Box<Booking>),
    Replayed { status: u16, body: serde_json::Value },
}

pub(super) fn slot_taken() -> Error {
    Error::Unavailable(Unavailable::Taken)
}

/// Books a slot of a public event type, judging notice and horizon as of `now`; `waker` wakes
/// the workers for its jobs once it has committed.
pub async fn book(
    pool: &PgPool,
    waker: &Waker,
    org_slug: &str,
    slug: &str,
    request: BookingRequest,
    idempotency_key: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Booked> {
    let invitee = Attendee {
        name: validate::line("name", &request.name, 200)?,
        email: validate::email("email", &request.email)?,
        time_zone: validate::zone("time_zone", &request.time_zone)?,
    };
    let notes = validate::optional_text("notes", &request.notes, 5000)?;
    validate::instant("start", request.start)?;
    let key = idempotency_key.map(validate_key).transpose()?;
    super::event_types::check_link(org_slug, slug)?;

    let mut tx = store::begin(pool).await?;
    // The event type's rules and hosts hold still until this booking commits, and its hosts'
    // booking locks are held: one statement.
    let (org, event_type) = store::event_types::lock_public_for_booking(&mut tx, org_slug, slug)
        .await?
        .ok_or(Error::NotFound("event type"))?;
    let scope = format!("book:{}", event_type.id);
    if let Some(key) = key {
        let hash = Sha256::digest(serde_json::to_vec(&request).map_err(anyhow::Error::from)?).to_vec();
        match idempotency::claim(&mut tx, &scope, key, &hash).await? {
            Claim::New => {}
            Claim::Replay { status, body } => return Ok(Booked::Replayed { status, body }),
            Claim::Mismatch => {
                return Err(Error::Invalid {
                    code: ProblemCode::IdempotencyKeyReused,
                    field: None,
                    message: "this Idempotency-Key was already used for a different request".to_owned(),
                });
            }
        }
    }

    // Fresh calendars: this statement starts after the host locks were granted, so it sees
    // every booking committed before them.
    let hosts = choose_hosts(&mut tx, org, &event_type, request.start, None, now).await?;
    let booking = insert(
        &mut tx,
        org,
        &event_type,
        &hosts,
        request.start,
        &invitee,
        &notes,
        now,
        Wake::AfterCommit,
    )
    .await?;
    if let Some(key) = key {
        let body = serde_json::to_value(&booking).map_err(anyhow::Error::from)?;
        idempotency::complete(&mut tx, &scope, key, 201, &body).await?;
    }
    tx.commit().await?;
    waker.wake();
    Ok(Booked::New(Box::new(booking)))
}

/// Writes a booking of `event_type` at `start` for `hosts` (already checked under their locks)
/// and records its creation, at `now`, in the outbox: one statement; `wake` says who wakes the
/// workers for its jobs.
#[allow(clippy::too_many_arguments)]
pub(super) async fn insert(
    tx: &mut PgConnection,
    org: OrgId,
    event_type: &EventType,
    hosts: &[HostId],
    start: DateTime<Utc>,
    invitee: &Attendee,
    notes: &str,
    now: DateTime<Utc>,
    wake: Wake,
) -> Result<Booking> {
    let mut hosts = hosts.to_vec();
    // The order `store::bookings::get` reads them back in.
    hosts.sort_unstable();
    // As stored: PostgreSQL keeps microseconds.
    let created = now.trunc_subsecs(6);
    let booking = Booking {
        id: BookingId::generate(),
        uid: keys::random_hex(16)?,
        event_type_id: event_type.id,
        status: BookingStatus::Confirmed,
        start,
        end: start + TimeDelta::minutes(i64::from(event_type.duration_minutes)),
        hosts,
        invitee: invitee.clone(),
        notes: notes.to_owned(),
        sequence: 0,
        cancel_reason: None,
        cancelled_by: None,
        cancelled_at: None,
        created_at: created,
        updated_at: created,
    };
    let (event, jobs) = outbox::prepare(
        Happened::BookingCreated,
        org,
        &booking,
        &event_type.reminder_minutes,
        now,
    )
    .map_err(anyhow::Error::from)?;
    store::bookings::insert(tx, org, &booking, &event, &jobs, wake)
        .await
        .on_constraint(NO_OVERLAP, slot_taken)?;
    Ok(booking)
}

fn validate_key(key: &str) -> Result<&str> {
    if (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic()) {
        Ok(key)
    } else {
        Err(Error::BadRequest {
            code: ProblemCode::InvalidIdempotencyKey,
            message: "Idempotency-Key must be 1–255 visible ASCII characters".to_owned(),
        })
    }
}

/// Checks `start` against fresh calendars (hosts already locked) and picks who takes it:
/// every host of a single or collective event; for round robin the current host when still
/// free, else the least-booked free host.
pub(super) async fn choose_hosts(
    tx: &mut PgConnection,
    org: OrgId,
    event_type: &EventType,
    start: DateTime<Utc>,
    moving: Option<&Booking>,
    now: DateTime<Utc>,
) -> Result<Vec<HostId>> {
    let probe = Interval::starting_at(start, TimeDelta::minutes(i64::from(event_type.duration_minutes)))
        .ok_or_else(|| Error::invalid("start", "`start` is out of range"))?;
    let calendars = slots::calendars(tx, org, event_type, probe, moving.map(|b| b.id)).await?;
    let rules = slots::rules_of(event_type);
    let query = SlotQuery {
        rules: &rules,
        kind: event_type.kind,
        hosts: &calendars,
        now,
    };
    let eligible = query.check(start).map_err(Error::Unavailable)?;
    if event_type.kind != HostMode::RoundRobin {
        return Ok(event_type.hosts.clone());
    }
    if let Some(current) = moving.and_then(|b| b.hosts.first())
        && let Some(index) = event_type.hosts.iter().position(|h| h == current)
        && eligible.contains(&index)
    {
        return Ok(vec![*current]);
    }
    let counts = store::bookings::counts_since(&mut *tx, org, event_type.id, now - FAIRNESS_WINDOW).await?;
    let per_host: Vec<u32> = event_type
        .hosts
        .iter()
        .map(|h| {
            counts
                .iter()
                .find(|(id, _)| id == h)
                .map_or(0, |(_, n)| u32::try_from(*n).unwrap_or(u32::MAX))
        })
        .collect();
    let chosen = least_booked(&eligible, &per_host).ok_or(Error::Unavailable(Unavailable::NoHosts))?;
    Ok(vec![event_type.hosts[chosen]])
}

pub async fn get(pool: &PgPool, org: OrgId, id: BookingId) -> Result<Booking> {
    store::bookings::get(&mut *store::acquire(pool).await?, org, id)
        .await?
        .ok_or(Error::NotFound("booking"))
}

/// The booking behind an invitee's link.
pub async fn get_by_uid(pool: &PgPool, uid: &str) -> Result<Booking> {
    let (org, id) = resolve_uid(pool, uid).await?;
    get(pool, org, id).await
}

pub(crate) async fn resolve_uid(pool: &PgPool, uid: &str) -> Result<(OrgId, BookingId)> {
    if uid.len() != 32 || !uid.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::NotFound("booking"));
    }
    store::bookings::resolve_uid(&mut *store::acquire(pool).await?, uid)
        .await?
        .ok_or(Error::NotFound("booking"))
}

/// A cursor position in the booking list: start instant and id.
pub type ListCursor = (DateTime<Utc>, BookingId);

pub async fn list(
    pool: &PgPool,
    org: OrgId,
    filter: BookingFilter,
    after: Option<ListCursor>,
    limit: i64,
) -> Result<Page<Booking>> {
    if filter.to <= filter.from {
        return Err(Error::invalid("to", "`to` must be after `from`"));
    }
    if filter.to - filter.from > MAX_LIST_RANGE {
        return Err(Error::Invalid {
            code: ProblemCode::RangeTooLong,
            field: Some("to".to_owned()),
            message: "a booking list may cover at most 366 days".to_owned(),
        });
    }
    let rows = store::bookings::list(&mut *store::acquire(pool).await?, org, filter, after, limit + 1).await?;
    let page = store::PageRequest {
        after: after.map(|(_, id)| id),
        limit,
    };
    Ok(page.cut(rows, |b| format!("{}~{}", b.start.timestamp_micros(), b.id)))
}

/// Cancels a booking that is not over at `now`. Cancelling a cancelled booking returns it
/// unchanged.
pub async fn cancel(
    pool: &PgPool,
    org: OrgId,
    id: BookingId,
    reason: Option<&str>,
    by: Canceller,
    now: DateTime<Utc>,
) -> Result<Booking> {
    let reason = reason.map(|r| validate::optional_text("reason", r, 1000)).transpose()?;
    let mut tx = store::begin(pool).await?;
    let booking = cancel_in(&mut tx, org, id, reason.as_deref(), by, now).await?;
    tx.commit().await?;
    Ok(booking)
}

/// [`cancel`] inside the caller's transaction, with the reason already validated. It takes the
/// hosts' booking locks before it releases their time, as a booking and a move do: a move to
/// another host writes the two hosts' calendars in two statements, and a cancellation of a
/// booking of both writing them in one, without those locks, could deadlock with it.
pub(super) async fn cancel_in(
    tx: &mut PgConnection,
    org: OrgId,
    id: BookingId,
    reason: Option<&str>,
    by: Canceller,
    now: DateTime<Utc>,
) -> Result<Booking> {
    let booking = store::bookings::lock(tx, org, id)
        .await?
        .ok_or(Error::NotFound("booking"))?;
    if booking.status == BookingStatus::Cancelled {
        return Ok(booking);
    }
    if booking.end <= now {
        return Err(Error::Conflict {
            code: ProblemCode::BookingInPast,
            message: "the booking is over and cannot be cancelled".to_owned(),
        });
    }
    store::bookings::lock_hosts(tx, &booking.hosts).await?;
    store::bookings::cancel(tx, org, id, reason.filter(|r| !r.is_empty()), by, now.trunc_subsecs(6)).await?;
    let booking = store::bookings::get(&mut *tx, org, id)
        .await?
        .ok_or(Error::NotFound("booking"))?;
    outbox::record(tx, Happened::BookingCancelled, org, &booking, &[], now).await?;
    Ok(booking)
}

pub async fn cancel_by_uid(pool: &PgPool, uid: &str, reason: Option<&str>, now: DateTime<Utc>) -> Result<Booking> {
    let (org, id) = resolve_uid(pool, uid).await?;
    cancel(pool, org, id, reason, Canceller::Invitee, now).await
}

/// Moves a booking to `start` atomically, judging notice and horizon as of `now`: the old time
/// is released and the new one taken in one transaction, or nothing changes.
pub async fn reschedule(
    pool: &PgPool,
    org: OrgId,
    id: BookingId,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Booking> {
    let mut tx = store::begin(pool).await?;
    let booking = reschedule_in(&mut tx, org, id, start, now).await?;
    tx.commit().await?;
    Ok(booking)
}

/// [`reschedule`] inside the caller's transaction.
pub(super) async fn reschedule_in(
    tx: &mut PgConnection,
    org: OrgId,
    id: BookingId,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Booking> {
    validate::instant("start", start)?;
    let booking = store::bookings::lock(tx, org, id)
        .await?
        .ok_or(Error::NotFound("booking"))?;
    if booking.status == BookingStatus::Cancelled {
        return Err(Error::Conflict {
            code: ProblemCode::BookingCancelled,
            message: "a cancelled booking cannot be rescheduled".to_owned(),
        });
    }
    if booking.end <= now {
        return Err(Error::Conflict {
            code: ProblemCode::BookingInPast,
            message: "the booking is over and cannot be rescheduled".to_owned(),
        });
    }
    let event_type = store::event_types::lock(tx, org, booking.event_type_id, false)
        .await?
        .ok_or(Error::NotFound("event type"))?;
    let mut involved = event_type.hosts.clone();
    involved.extend(booking.hosts.iter().copied());
    store::bookings::lock_hosts(tx, &involved).await?;
    let hosts = choose_hosts(tx, org, &event_type, start, Some(&booking), now).await?;
    let end = start + TimeDelta::minutes(i64::from(event_type.duration_minutes));
    store::bookings::reschedule(tx, org, id, &hosts, start, end, now.trunc_subsecs(6))
        .await
        .on_constraint(NO_OVERLAP, slot_taken)?;
    let booking = store::bookings::get(&mut *tx, org, id)
        .await?
        .ok_or(Error::NotFound("booking"))?;
    outbox::record(
        tx,
        Happened::BookingRescheduled,
        org,
        &booking,
        &event_type.reminder_minutes,
        now,
    )
    .await?;
    Ok(booking)
}

pub async fn reschedule_by_uid(pool: &PgPool, uid: &str, start: DateTime<Utc>, now: DateTime<Utc>) -> Result<Booking> {
    let (org, id) = resolve_uid(pool, uid).await?;
    reschedule(pool, org, id, start, now).await
}
