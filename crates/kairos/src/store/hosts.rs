//! Hosts: the people of an organisation who can be booked.

use sqlx::PgExecutor;

use crate::ids::{HostId, OrgId};
use crate::model::Host;

use super::PageRequest;

/// A host as stored.
struct HostRow {
    id: HostId,
    name: String,
    email: String,
    time_zone: String,
    created_at: chrono::DateTime<chrono::Utc>,
}

impl TryFrom<HostRow> for Host {
    type Error = sqlx::Error;

    fn try_from(r: HostRow) -> sqlx::Result<Self> {
        host_of(r.id, r.name, &r.email, &r.time_zone, r.created_at)
    }
}

/// A host from its stored columns, the address and zone checked again on the way out.
fn host_of(
    id: HostId,
    name: String,
    email: &str,
    time_zone: &str,
    created_at: chrono::DateTime<chrono::Utc>,
) -> sqlx::Result<Host> {
    Ok(Host {
        id,
        name,
        email: super::stored_email(email)?,
        time_zone: super::stored_zone(time_zone)?,
        created_at,
    })
}

#[tracing::instrument(skip_all)]
pub async fn insert(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: HostId,
    name: &str,
    email: &str,
    time_zone: &str,
) -> sqlx::Result<Host> {
    let row = sqlx::query!(
        "INSERT INTO hosts (id, org_id, name, email, time_zone) VALUES ($1, $2, $3, $4, $5) RETURNING created_at",
        id as HostId,
        org as OrgId,
        name,
        email,
        time_zone
    )
    .fetch_one(db)
    .await?;
    Ok(Host {
        id,
        name: name.to_owned(),
        email: super::stored_email(email)?,
        time_zone: super::stored_zone(time_zone)?,
        created_at: row.created_at,
    })
}

#[tracing::instrument(skip_all)]
pub async fn get(db: impl PgExecutor<'_>, org: OrgId, id: HostId) -> sqlx::Result<Option<Host>> {
    let row = sqlx::query!(
        "SELECT name, email, time_zone, created_at FROM hosts WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as HostId
    )
    .fetch_optional(db)
    .await?;
    row.map(|r| host_of(id, r.name, &r.email, &r.time_zone, r.created_at))
        .transpose()
}

#[tracing::instrument(skip_all)]
pub async fn list(db: impl PgExecutor<'_>, org: OrgId, page: PageRequest<HostId>) -> sqlx::Result<Vec<Host>> {
    let rows = sqlx::query_as!(
        HostRow,
        r#"SELECT id AS "id: _", name, email, time_zone, created_at FROM hosts
         WHERE org_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3"#,
        org as OrgId,
        page.after as Option<HostId>,
        page.limit
    )
    .fetch_all(db)
    .await?;
    rows.into_iter().map(Host::try_from).collect()
}

/// Updates the given fields; `None` when the organisation has no such host.
#[tracing::instrument(skip_all)]
pub async fn update(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: HostId,
    name: Option<&str>,
    email: Option<&str>,
    time_zone: Option<&str>,
) -> sqlx::Result<Option<Host>> {
    let row = sqlx::query!(
        "UPDATE hosts SET name = coalesce($3, name), email = coalesce($4, email), time_zone = coalesce($5, time_zone)
         WHERE org_id = $1 AND id = $2 RETURNING name, email, time_zone, created_at",
        org as OrgId,
        id as HostId,
        name,
        email,
        time_zone
    )
    .fetch_optional(db)
    .await?;
    row.map(|r| host_of(id, r.name, &r.email, &r.time_zone, r.created_at))
        .transpose()
}

/// How many of `ids` are hosts of the organisation (to validate an event type's host list).
#[tracing::instrument(skip_all)]
pub async fn count_existing(db: impl PgExecutor<'_>, org: OrgId, ids: &[HostId]) -> sqlx::Result<i64> {
    let count = sqlx::query_scalar!(
        r#"SELECT count(*) AS "count!" FROM hosts WHERE org_id = $1 AND id = ANY($2)"#,
        org as OrgId,
        ids as &[HostId]
    )
    .fetch_one(db)
    .await?;
    Ok(count)
}

/// Hosts whose email is one of `emails` or whose whole name or first name, lowercased, is one
/// of `names`: the people a request may mean.
#[tracing::instrument(skip_all)]
pub async fn matching(
    db: impl PgExecutor<'_>,
    org: OrgId,
    emails: &[String],
    names: &[String],
) -> sqlx::Result<Vec<Host>> {
    let rows = sqlx::query_as!(
        HostRow,
        r#"SELECT id AS "id: _", name, email, time_zone, created_at FROM hosts
         WHERE org_id = $1
           AND (email = ANY($2) OR lower(name) = ANY($3) OR split_part(lower(name), ' ', 1) = ANY($3))
         ORDER BY name, id LIMIT 200"#,
        org as OrgId,
        emails,
        names
    )
    .fetch_all(db)
    .await?;
    rows.into_iter().map(Host::try_from).collect()
}

/// The hosts with these ids, in no particular order.
#[tracing::instrument(skip_all)]
pub async fn by_ids(db: impl PgExecutor<'_>, org: OrgId, ids: &[HostId]) -> sqlx::Result<Vec<Host>> {
    let rows = sqlx::query_as!(
        HostRow,
        r#"SELECT id AS "id: _", name, email, time_zone, created_at FROM hosts WHERE org_id = $1 AND id = ANY($2)"#,
        org as OrgId,
        ids as &[HostId]
    )
    .fetch_all(db)
    .await?;
    rows.into_iter().map(Host::try_from).collect()
}
