//! Event types and their hosts.

use chrono::{DateTime, Utc};
use kairos_core::HostMode;
use sqlx::{PgConnection, PgExecutor};

use crate::ids::{EventTypeId, HostId, OrgId};
use crate::model::EventType;

use super::PageRequest;

/// Every writable field of an event type, already validated by the use case.
#[derive(Debug, Clone)]
pub struct EventTypeFields {
    pub slug: crate::model::values::Slug,
    pub title: String,
    pub description: String,
    pub kind: HostMode,
    pub duration_minutes: i32,
    pub slot_step_minutes: i32,
    pub location: String,
    pub buffer_before_minutes: i32,
    pub buffer_after_minutes: i32,
    pub min_notice_minutes: i32,
    pub horizon_days: i32,
    pub max_per_day: Option<i32>,
    pub reminder_minutes: Vec<i32>,
    pub hosts: Vec<HostId>,
}

impl EventTypeFields {
    #[must_use]
    pub fn of(event_type: &EventType) -> Self {
        Self {
            slug: event_type.slug.clone(),
            title: event_type.title.clone(),
            description: event_type.description.clone(),
            kind: event_type.kind,
            duration_minutes: event_type.duration_minutes,
            slot_step_minutes: event_type.slot_step_minutes,
            location: event_type.location.clone(),
            buffer_before_minutes: event_type.buffer_before_minutes,
            buffer_after_minutes: event_type.buffer_after_minutes,
            min_notice_minutes: event_type.min_notice_minutes,
            horizon_days: event_type.horizon_days,
            max_per_day: event_type.max_per_day,
            reminder_minutes: event_type.reminder_minutes.clone(),
            hosts: event_type.hosts.clone(),
        }
    }
}

#[must_use]
pub fn kind_text(kind: HostMode) -> &'static str {
    match kind {
        HostMode::Single => "single",
        HostMode::Collective => "collective",
        HostMode::RoundRobin => "round_robin",
    }
}

fn parse_kind(text: &str) -> HostMode {
    match text {
        "collective" => HostMode::Collective,
        "round_robin" => HostMode::RoundRobin,
        _ => HostMode::Single,
    }
}

struct Row {
    id: EventTypeId,
    org_id: OrgId,
    slug: String,
    title: String,
    description: String,
    kind: String,
    duration_minutes: i32,
    slot_step_minutes: i32,
    location: String,
    buffer_before_minutes: i32,
    buffer_after_minutes: i32,
    min_notice_minutes: i32,
    horizon_days: i32,
    max_per_day: Option<i32>,
    reminder_minutes: Vec<i32>,
    hosts: Vec<HostId>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl TryFrom<Row> for EventType {
    type Error = sqlx::Error;

    fn try_from(r: Row) -> sqlx::Result<Self> {
        Ok(EventType {
            id: r.id,
            slug: super::stored_slug(&r.slug)?,
            title: r.title,
            description: r.description,
            kind: parse_kind(&r.kind),
            duration_minutes: r.duration_minutes,
            slot_step_minutes: r.slot_step_minutes,
            location: r.location,
            buffer_before_minutes: r.buffer_before_minutes,
            buffer_after_minutes: r.buffer_after_minutes,
            min_notice_minutes: r.min_notice_minutes,
            horizon_days: r.horizon_days,
            max_per_day: r.max_per_day,
            reminder_minutes: r.reminder_minutes,
            hosts: r.hosts,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

/// Inserts or (when `id` exists in the organisation) replaces an event type and its hosts.
#[tracing::instrument(skip_all)]
pub async fn upsert(tx: &mut PgConnection, org: OrgId, id: EventTypeId, f: &EventTypeFields) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO event_types (id, org_id, slug, title, description, kind, duration_minutes, slot_step_minutes,
                                  location, buffer_before_minutes, buffer_after_minutes, min_notice_minutes,
                                  horizon_days, max_per_day, reminder_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title,
             description = excluded.description, kind = excluded.kind,
             duration_minutes = excluded.duration_minutes, slot_step_minutes = excluded.slot_step_minutes,
             location = excluded.location, buffer_before_minutes = excluded.buffer_before_minutes,
             buffer_after_minutes = excluded.buffer_after_minutes, min_notice_minutes = excluded.min_notice_minutes,
             horizon_days = excluded.horizon_days, max_per_day = excluded.max_per_day,
             reminder_minutes = excluded.reminder_minutes, updated_at = now()
         WHERE event_types.org_id = excluded.org_id",
        id as EventTypeId,
        org as OrgId,
        f.slug.as_str(),
        f.title,
        f.description,
        kind_text(f.kind),
        f.duration_minutes,
        f.slot_step_minutes,
        f.location,
        f.buffer_before_minutes,
        f.buffer_after_minutes,
        f.min_notice_minutes,
        f.horizon_days,
        f.max_per_day,
        &f.reminder_minutes
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "DELETE FROM event_type_hosts WHERE event_type_id = $1 AND org_id = $2",
        id as EventTypeId,
        org as OrgId
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO event_type_hosts (event_type_id, host_id, org_id, position)
         SELECT $1, host, $2, position::int FROM UNNEST($3::uuid[]) WITH ORDINALITY AS h(host, position)",
        id as EventTypeId,
        org as OrgId,
        &f.hosts as &[HostId]
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Marks an event type as one meeting's own: left out of the organisation's list.
#[tracing::instrument(skip_all)]
pub async fn mark_one_off(tx: &mut PgConnection, org: OrgId, id: EventTypeId) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE event_types SET one_off = true WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as EventTypeId
    )
    .execute(tx)
    .await?;
    Ok(())
}

/// Locks the event type for the rest of the transaction: shared by bookings (so its rules and
/// hosts cannot change under them), exclusive for an update (so two edits cannot interleave).
#[tracing::instrument(skip_all)]
pub async fn lock(
    tx: &mut PgConnection,
    org: OrgId,
    id: EventTypeId,
    exclusive: bool,
) -> sqlx::Result<Option<EventType>> {
    if exclusive {
        let found = sqlx::query_scalar!(
            "SELECT id FROM event_types WHERE org_id = $1 AND id = $2 FOR UPDATE",
            org as OrgId,
            id as EventTypeId
        )
        .fetch_optional(&mut *tx)
        .await?;
        return match found {
            Some(_) => get(&mut *tx, org, id).await,
            None => Ok(None),
        };
    }
    let row = sqlx::query_as!(
        Row,
        r#"SELECT id AS "id: _", org_id AS "org_id: _", slug, title, description, kind, duration_minutes, slot_step_minutes, location,
                  buffer_before_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, max_per_day,
                  reminder_minutes, ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS "hosts!: _",
                  created_at, updated_at
           FROM event_types e WHERE org_id = $1 AND id = $2 FOR SHARE"#,
        org as OrgId,
        id as EventTypeId
    )
    .fetch_optional(&mut *tx)
    .await?;
    row.map(EventType::try_from).transpose()
}

/// The event type behind the public link `/{org_slug}/{slug}`, with its organisation.
#[tracing::instrument(skip_all)]
pub async fn get_public(
    db: impl PgExecutor<'_>,
    org_slug: &str,
    slug: &str,
) -> sqlx::Result<Option<(OrgId, EventType)>> {
    let row = sqlx::query_as!(
        Row,
        r#"SELECT e.id AS "id: _", e.org_id AS "org_id: _", e.slug, e.title, e.description, e.kind, e.duration_minutes, e.slot_step_minutes,
                  e.location, e.buffer_before_minutes, e.buffer_after_minutes, e.min_notice_minutes, e.horizon_days,
                  e.max_per_day, e.reminder_minutes,
                  ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS "hosts!: _",
                  e.created_at, e.updated_at
           FROM event_types e JOIN organizations o ON o.id = e.org_id
           WHERE o.slug = $1 AND e.slug = $2"#,
        org_slug,
        slug
    )
    .fetch_optional(db)
    .await?;
    row.map(|r| Ok((r.org_id, EventType::try_from(r)?))).transpose()
}

pub async fn get(db: impl PgExecutor<'_>, org: OrgId, id: EventTypeId) -> sqlx::Result<Option<EventType>> {
    let row = sqlx::query_as!(
        Row,
        r#"SELECT id AS "id: _", org_id AS "org_id: _", slug, title, description, kind, duration_minutes, slot_step_minutes, location,
                  buffer_before_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, max_per_day,
                  reminder_minutes, ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS "hosts!: _",
                  created_at, updated_at
           FROM event_types e WHERE org_id = $1 AND id = $2"#,
        org as OrgId,
        id as EventTypeId
    )
    .fetch_optional(db)
    .await?;
    row.map(EventType::try_from).transpose()
}

/// Opens a booking decision on the public link `/{org_slug}/{slug}` in one statement: locks
/// the event type shared (its rules and hosts hold still until the transaction ends), then
/// takes its hosts' booking locks in id order, the same locks as [`super::bookings::lock_hosts`]
/// (which see). The row lock comes first, as in every other path that takes both.
#[tracing::instrument(skip_all)]
pub async fn lock_public_for_booking(
    tx: &mut PgConnection,
    org_slug: &str,
    slug: &str,
) -> sqlx::Result<Option<(OrgId, EventType)>> {
    let row = sqlx::query!(
        r#"WITH e AS (
               SELECT e.id, e.org_id, e.slug, e.title, e.description, e.kind, e.duration_minutes, e.slot_step_minutes,
                      e.location, e.buffer_before_minutes, e.buffer_after_minutes, e.min_notice_minutes,
                      e.horizon_days, e.max_per_day, e.reminder_minutes,
                      ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS hosts,
                      e.created_at, e.updated_at
               FROM event_types e JOIN organizations o ON o.id = e.org_id
               WHERE o.slug = $1 AND e.slug = $2
               FOR SHARE OF e)
           SELECT e.id AS "id!: EventTypeId", e.org_id AS "org_id!: OrgId", e.slug AS "slug!", e.title AS "title!",
                  e.description AS "description!", e.kind AS "kind!", e.duration_minutes AS "duration_minutes!",
                  e.slot_step_minutes AS "slot_step_minutes!", e.location AS "location!",
                  e.buffer_before_minutes AS "buffer_before_minutes!", e.buffer_after_minutes AS "buffer_after_minutes!",
                  e.min_notice_minutes AS "min_notice_minutes!", e.horizon_days AS "horizon_days!",
                  e.max_per_day AS "max_per_day?", e.reminder_minutes AS "reminder_minutes!", e.hosts AS "hosts!: Vec<HostId>",
                  e.created_at AS "created_at!",
                  e.updated_at AS "updated_at!",
                  (SELECT count(pg_advisory_xact_lock(hashtextextended(host::text, 7411)))
                   FROM (SELECT DISTINCT host FROM unnest(e.hosts) AS host ORDER BY host) AS sorted) AS "host_locks!"
           FROM e"#,
        org_slug,
        slug
    )
    .fetch_optional(&mut *tx)
    .await?;
    row.map(|r| {
        let row = Row {
            id: r.id,
            org_id: r.org_id,
            slug: r.slug,
            title: r.title,
            description: r.description,
            kind: r.kind,
            duration_minutes: r.duration_minutes,
            slot_step_minutes: r.slot_step_minutes,
            location: r.location,
            buffer_before_minutes: r.buffer_before_minutes,
            buffer_after_minutes: r.buffer_after_minutes,
            min_notice_minutes: r.min_notice_minutes,
            horizon_days: r.horizon_days,
            max_per_day: r.max_per_day,
            reminder_minutes: r.reminder_minutes,
            hosts: r.hosts,
            created_at: r.created_at,
            updated_at: r.updated_at,
        };
        Ok((row.org_id, EventType::try_from(row)?))
    })
    .transpose()
}

#[tracing::instrument(skip_all)]
pub async fn list(db: impl PgExecutor<'_>, org: OrgId, page: PageRequest<EventTypeId>) -> sqlx::Result<Vec<EventType>> {
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT id AS "id: _", org_id AS "org_id: _", slug, title, description, kind, duration_minutes, slot_step_minutes, location,
                  buffer_before_minutes, buffer_after_minutes, min_notice_minutes, horizon_days, max_per_day,
                  reminder_minutes, ARRAY(SELECT host_id FROM event_type_hosts h WHERE h.event_type_id = e.id ORDER BY position) AS "hosts!: _",
                  created_at, updated_at
           FROM event_types e WHERE org_id = $1 AND NOT one_off AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3"#,
        org as OrgId,
        page.after as Option<EventTypeId>,
        page.limit
    )
    .fetch_all(db)
    .await?;
    rows.into_iter().map(EventType::try_from).collect()
}

#[tracing::instrument(skip_all)]
pub async fn delete(db: impl PgExecutor<'_>, org: OrgId, id: EventTypeId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "DELETE FROM event_types WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as EventTypeId
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}
