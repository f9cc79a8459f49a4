//! Bookings, their invitee and the per-host reservations that the database keeps from
//! overlapping (`booking_hosts_no_overlap`).

use chrono::{DateTime, Utc};
use sqlx::postgres::types::PgRange;
use sqlx::{PgConnection, PgExecutor};
use uuid::Uuid;

use super::jobs::{JobColumns, NewJob, Wake};
use crate::ids::{BookingId, EventId, EventTypeId, HostId, JobId, OrgId};
use crate::model::events::DomainEvent;
use crate::model::{Attendee, Booking, BookingStatus, Canceller};

/// The exclusion constraint that refuses double bookings.
pub const NO_OVERLAP: &str = "booking_hosts_no_overlap";

/// Serializes booking decisions per host for the rest of the transaction, so rules the
/// constraint cannot express (buffers, daily limits) hold under concurrency too. Locks are
/// taken in id order, in one statement, so two multi-host bookings cannot deadlock. The key of
/// a host's lock is `hashtextextended(host id as text, 7411)`; a booking takes the same locks
/// with its event type's (`event_types::lock_public_for_booking`).
#[tracing::instrument(skip_all)]
pub async fn lock_hosts(tx: &mut PgConnection, hosts: &[HostId]) -> sqlx::Result<()> {
    let mut ids = hosts.to_vec();
    ids.sort_unstable();
    ids.dedup();
    sqlx::query!(
        "SELECT count(pg_advisory_xact_lock(hashtextextended(host::text, 7411))) FROM unnest($1::uuid[]) AS host",
        &ids as &[HostId]
    )
    .fetch_one(&mut *tx)
    .await?;
    Ok(())
}

/// Active bookings of the event type per host since `since`, for round-robin fairness.
#[tracing::instrument(skip_all)]
pub async fn counts_since(
    db: impl PgExecutor<'_>,
    org: OrgId,
    event_type: EventTypeId,
    since: DateTime<Utc>,
) -> sqlx::Result<Vec<(HostId, i64)>> {
    let rows = sqlx::query!(
        r#"SELECT bh.host_id AS "host_id: HostId", count(*) AS "count!"
           FROM booking_hosts bh JOIN bookings b ON b.id = bh.booking_id
           WHERE b.org_id = $1 AND b.event_type_id = $2 AND bh.active AND b.starts_at >= $3
           GROUP BY bh.host_id"#,
        org as OrgId,
        event_type as EventTypeId,
        since
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.host_id, r.count)).collect())
}

/// Inserts `booking` (new, confirmed, its hosts in id order), its invitee and its host
/// reservations, and records `event` with its `jobs` in the outbox, all in one statement: one
/// round trip while the hosts' locks are held; `wake` says who wakes the workers for the jobs.
/// Fails with [`NO_OVERLAP`] when a host is already booked then, and then writes nothing.
#[tracing::instrument(skip_all)]
pub async fn insert(
    tx: &mut PgConnection,
    org: OrgId,
    booking: &Booking,
    event: &DomainEvent,
    jobs: &[NewJob],
    wake: Wake,
) -> sqlx::Result<()> {
    let payload = serde_json::to_value(event).map_err(|err| sqlx::Error::Encode(Box::new(err)))?;
    let c = JobColumns::from(jobs);
    sqlx::query!(
        r#"WITH booking AS (
               INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at, notes, created_at, updated_at)
               VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, $7, $8, $8)
               RETURNING id),
           invitee AS (
               INSERT INTO attendees (booking_id, position, role, name, email, time_zone)
               SELECT id, 0, 'invitee', $9, $10, $11 FROM booking),
           reserved AS (
               INSERT INTO booking_hosts (booking_id, host_id, org_id, during)
               SELECT booking.id, host, $3, $12 FROM booking, UNNEST($13::uuid[]) AS host),
           event AS (
               INSERT INTO domain_events (id, org_id, kind, booking_id, payload, occurred_at)
               SELECT $14, $3, $15, id, $16, $17 FROM booking)
           INSERT INTO jobs (id, kind, version, payload, priority, run_at, max_attempts, unique_key, subject)
           SELECT * FROM unnest($18::uuid[], $19::text[], $20::int2[], $21::jsonb[], $22::int2[], $23::timestamptz[],
                                $24::int4[], $25::text[], $26::uuid[])
           WHERE CASE WHEN $27 THEN set_config('kairos.wake_after_commit', 'on', true) = 'on' ELSE true END
           ON CONFLICT (unique_key) DO NOTHING"#,
        booking.id as BookingId,
        booking.uid,
        org as OrgId,
        booking.event_type_id as EventTypeId,
        booking.start,
        booking.end,
        booking.notes,
        booking.created_at,
        booking.invitee.name,
        booking.invitee.email.as_str(),
        booking.invitee.time_zone.name(),
        PgRange::from(booking.start..booking.end),
        &booking.hosts as &[HostId],
        event.id as EventId,
        event.kind.as_str(),
        payload,
        event.timestamp,
        &c.ids as &[JobId],
        &c.kinds,
        &c.versions,
        &c.payloads,
        &c.priorities,
        &c.run_ats,
        &c.max_attempts,
        &c.unique_keys as &[Option<String>],
        &c.subjects as &[Option<Uuid>],
        wake == Wake::AfterCommit,
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

async fn reserve(
    tx: &mut PgConnection,
    org: OrgId,
    booking: BookingId,
    hosts: &[HostId],
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO booking_hosts (booking_id, host_id, org_id, during) SELECT $1, host, $2, $3 FROM UNNEST($4::uuid[]) AS host",
        booking as BookingId,
        org as OrgId,
        PgRange::from(start..end),
        hosts as &[HostId]
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Moves a booking (already locked) to a new time and host set, bumping its sequence.
#[tracing::instrument(skip_all)]
pub async fn reschedule(
    tx: &mut PgConnection,
    org: OrgId,
    id: BookingId,
    hosts: &[HostId],
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE bookings SET starts_at = $3, ends_at = $4, sequence = sequence + 1, updated_at = $5
         WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as BookingId,
        start,
        end,
        now
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "DELETE FROM booking_hosts WHERE org_id = $1 AND booking_id = $2",
        org as OrgId,
        id as BookingId
    )
    .execute(&mut *tx)
    .await?;
    reserve(tx, org, id, hosts, start, end).await
}

/// Cancels a confirmed booking (already locked) and releases its hosts' time.
#[tracing::instrument(skip_all)]
pub async fn cancel(
    tx: &mut PgConnection,
    org: OrgId,
    id: BookingId,
    reason: Option<&str>,
    by: Canceller,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let by = match by {
        Canceller::Host => "host",
        Canceller::Invitee => "invitee",
    };
    sqlx::query!(
        "UPDATE bookings SET status = 'cancelled', cancel_reason = $3, cancelled_by = $4, cancelled_at = $5,
                             sequence = sequence + 1, updated_at = $5
         WHERE org_id = $1 AND id = $2 AND status = 'confirmed'",
        org as OrgId,
        id as BookingId,
        reason,
        by,
        now
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "UPDATE booking_hosts SET active = false WHERE org_id = $1 AND booking_id = $2",
        org as OrgId,
        id as BookingId
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// The organisation and id of the booking with this invitee uid.
#[tracing::instrument(skip_all)]
pub async fn resolve_uid(db: impl PgExecutor<'_>, uid: &str) -> sqlx::Result<Option<(OrgId, BookingId)>> {
    let row = sqlx::query!(
        r#"SELECT org_id AS "org_id: OrgId", id AS "id: BookingId" FROM bookings WHERE uid = $1"#,
        uid
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.org_id, r.id)))
}

/// Locks the booking row for the rest of the transaction and returns it.
#[tracing::instrument(skip_all)]
pub async fn lock(tx: &mut PgConnection, org: OrgId, id: BookingId) -> sqlx::Result<Option<Booking>> {
    sqlx::query!(
        "SELECT id FROM bookings WHERE org_id = $1 AND id = $2 FOR UPDATE",
        org as OrgId,
        id as BookingId
    )
    .fetch_optional(&mut *tx)
    .await?;
    get(&mut *tx, org, id).await
}

struct Row {
    id: BookingId,
    uid: String,
    event_type_id: EventTypeId,
    status: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    notes: String,
    sequence: i32,
    cancel_reason: Option<String>,
    cancelled_by: Option<String>,
    cancelled_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    invitee_name: String,
    invitee_email: String,
    invitee_time_zone: String,
    hosts: Vec<HostId>,
}

impl TryFrom<Row> for Booking {
    type Error = sqlx::Error;

    fn try_from(r: Row) -> sqlx::Result<Self> {
        Ok(Booking {
            id: r.id,
            uid: r.uid,
            event_type_id: r.event_type_id,
            status: if r.status == "cancelled" {
                BookingStatus::Cancelled
            } else {
                BookingStatus::Confirmed
            },
            start: r.starts_at,
            end: r.ends_at,
            hosts: r.hosts,
            invitee: Attendee {
                name: r.invitee_name,
                email: super::stored_email(&r.invitee_email)?,
                time_zone: super::stored_zone(&r.invitee_time_zone)?,
            },
            notes: r.notes,
            sequence: r.sequence,
            cancel_reason: r.cancel_reason,
            cancelled_by: r.cancelled_by.map(|by| {
                if by == "invitee" {
                    Canceller::Invitee
                } else {
                    Canceller::Host
                }
            }),
            cancelled_at: r.cancelled_at,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

#[tracing::instrument(skip_all)]
pub async fn get(db: impl PgExecutor<'_>, org: OrgId, id: BookingId) -> sqlx::Result<Option<Booking>> {
    let row = sqlx::query_as!(
        Row,
        r#"SELECT b.id AS "id: _", b.uid, b.event_type_id AS "event_type_id: _", b.status, b.starts_at, b.ends_at, b.notes, b.sequence,
                  b.cancel_reason, b.cancelled_by, b.cancelled_at, b.created_at, b.updated_at,
                  a.name AS invitee_name, a.email AS invitee_email, a.time_zone AS invitee_time_zone,
                  ARRAY(SELECT host_id FROM booking_hosts bh WHERE bh.booking_id = b.id ORDER BY host_id) AS "hosts!: _"
           FROM bookings b JOIN attendees a ON a.booking_id = b.id AND a.role = 'invitee'
           WHERE b.org_id = $1 AND b.id = $2"#,
        org as OrgId,
        id as BookingId
    )
    .fetch_optional(db)
    .await?;
    row.map(Booking::try_from).transpose()
}

/// Filters of the booking list.
#[derive(Debug, Clone, Copy)]
pub struct BookingFilter {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub status: Option<BookingStatus>,
    pub host: Option<HostId>,
}

/// Bookings starting in `[from, to)` ordered by (start, id), after the cursor position.
#[tracing::instrument(skip_all)]
pub async fn list(
    db: impl PgExecutor<'_>,
    org: OrgId,
    filter: BookingFilter,
    after: Option<(DateTime<Utc>, BookingId)>,
    limit: i64,
) -> sqlx::Result<Vec<Booking>> {
    let status = filter.status.map(|s| match s {
        BookingStatus::Confirmed => "confirmed",
        BookingStatus::Cancelled => "cancelled",
    });
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT b.id AS "id: _", b.uid, b.event_type_id AS "event_type_id: _", b.status, b.starts_at, b.ends_at, b.notes, b.sequence,
                  b.cancel_reason, b.cancelled_by, b.cancelled_at, b.created_at, b.updated_at,
                  a.name AS invitee_name, a.email AS invitee_email, a.time_zone AS invitee_time_zone,
                  ARRAY(SELECT host_id FROM booking_hosts bh WHERE bh.booking_id = b.id ORDER BY host_id) AS "hosts!: _"
           FROM bookings b JOIN attendees a ON a.booking_id = b.id AND a.role = 'invitee'
           WHERE b.org_id = $1 AND b.starts_at >= $2 AND b.starts_at < $3
             AND ($4::text IS NULL OR b.status = $4)
             AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM booking_hosts bh WHERE bh.booking_id = b.id AND bh.host_id = $5))
             AND ($6::timestamptz IS NULL OR (b.starts_at, b.id) > ($6, $7::uuid))
           ORDER BY b.starts_at, b.id
           LIMIT $8"#,
        org as OrgId,
        filter.from,
        filter.to,
        status,
        filter.host as Option<HostId>,
        after.map(|(t, _)| t),
        after.map(|(_, id)| id) as Option<BookingId>,
        limit
    )
    .fetch_all(db)
    .await?;
    rows.into_iter().map(Booking::try_from).collect()
}

/// The host's confirmed bookings overlapping `[from, to)`, at most `limit` of them: when there
/// are more, those still to come are kept first (soonest first), then those already begun (most
/// recent first). Returned by (start, id).
#[tracing::instrument(skip_all)]
pub async fn active_for_host(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    window: (DateTime<Utc>, DateTime<Utc>),
    now: DateTime<Utc>,
    limit: i64,
) -> sqlx::Result<Vec<Booking>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT b.id AS "id: _", b.uid, b.event_type_id AS "event_type_id: _", b.status, b.starts_at, b.ends_at, b.notes, b.sequence,
                  b.cancel_reason, b.cancelled_by, b.cancelled_at, b.created_at, b.updated_at,
                  a.name AS invitee_name, a.email AS invitee_email, a.time_zone AS invitee_time_zone,
                  ARRAY(SELECT host_id FROM booking_hosts bh WHERE bh.booking_id = b.id ORDER BY host_id) AS "hosts!: _"
           FROM booking_hosts mine
           JOIN bookings b ON b.id = mine.booking_id
           JOIN attendees a ON a.booking_id = b.id AND a.role = 'invitee'
           WHERE mine.org_id = $1 AND mine.host_id = $2 AND mine.active AND mine.during && $3
             AND b.status = 'confirmed'
           ORDER BY b.starts_at < $4, CASE WHEN b.starts_at >= $4 THEN b.starts_at END, b.starts_at DESC, b.id
           LIMIT $5"#,
        org as OrgId,
        host as HostId,
        PgRange::from(window.0..window.1),
        now,
        limit
    )
    .fetch_all(db)
    .await?;
    let mut bookings = rows
        .into_iter()
        .map(Booking::try_from)
        .collect::<sqlx::Result<Vec<_>>>()?;
    bookings.sort_by_key(|b| (b.start, b.id));
    Ok(bookings)
}
