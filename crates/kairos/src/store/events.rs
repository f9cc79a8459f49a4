//! The outbox of domain events. An event and the job it causes are written in one statement
//! inside the caller's transaction, so a booking costs one extra round trip for all its
//! follow-up work.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use super::jobs::{JobColumns, NewJob};
use crate::ids::{BookingId, EventId, JobId, OrgId};
use crate::model::events::DomainEvent;

/// Writes `event` and queues `jobs`.
#[tracing::instrument(skip_all)]
pub async fn record(conn: &mut PgConnection, event: &DomainEvent, jobs: &[NewJob]) -> sqlx::Result<()> {
    let payload = serde_json::to_value(event).map_err(|err| sqlx::Error::Encode(Box::new(err)))?;
    let c = JobColumns::from(jobs);
    sqlx::query!(
        r#"WITH event AS (
               INSERT INTO domain_events (id, org_id, kind, booking_id, payload, occurred_at)
               VALUES ($1, $2, $3, $4, $5, $6)
           )
           INSERT INTO jobs (id, kind, version, payload, priority, run_at, max_attempts, unique_key, subject)
           SELECT * FROM unnest($7::uuid[], $8::text[], $9::int2[], $10::jsonb[], $11::int2[], $12::timestamptz[],
                                $13::int4[], $14::text[], $15::uuid[])
           ON CONFLICT (unique_key) DO NOTHING"#,
        event.id as EventId,
        event.org_id as OrgId,
        event.kind.as_str(),
        event.data.id as BookingId,
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
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A stored event.
pub async fn get(conn: &mut PgConnection, id: EventId) -> sqlx::Result<Option<DomainEvent>> {
    let payload = sqlx::query_scalar!("SELECT payload FROM domain_events WHERE id = $1", id as EventId)
        .fetch_optional(conn)
        .await?;
    payload
        .map(|p| serde_json::from_value(p).map_err(|err| sqlx::Error::Decode(Box::new(err))))
        .transpose()
}

/// The booking's most recent event (what a reminder describes).
pub async fn latest_of(conn: &mut PgConnection, org: OrgId, booking: BookingId) -> sqlx::Result<Option<DomainEvent>> {
    let payload = sqlx::query_scalar!(
        "SELECT payload FROM domain_events WHERE org_id = $1 AND booking_id = $2
         ORDER BY occurred_at DESC, id DESC LIMIT 1",
        org as OrgId,
        booking as BookingId
    )
    .fetch_optional(conn)
    .await?;
    payload
        .map(|p| serde_json::from_value(p).map_err(|err| sqlx::Error::Decode(Box::new(err))))
        .transpose()
}

/// Marks an event acknowledged by the broker.
pub async fn mark_published(conn: &mut PgConnection, id: EventId, at: DateTime<Utc>) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE domain_events SET published_at = coalesce(published_at, $2) WHERE id = $1",
        id as EventId,
        at
    )
    .execute(conn)
    .await?;
    Ok(())
}
