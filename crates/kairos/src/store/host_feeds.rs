//! Hosts' secret ICS feeds: one row per host holding the SHA-256 of the feed's token, looked up
//! by that hash when the feed is fetched (the token is the only credential a subscriber has).

use chrono::{DateTime, Utc};
use sqlx::PgExecutor;

use crate::ids::{HostId, OrgId};
use crate::model::HostFeed;

/// Whose feed a token opens, and what it shows.
#[derive(Debug, Clone)]
pub struct FeedOwner {
    pub org: OrgId,
    pub host: HostId,
    pub host_name: String,
    pub include_planned: bool,
    pub created_at: DateTime<Utc>,
}

/// Makes the host's feed, or replaces it (and so its token: the old one stops working at once).
#[tracing::instrument(skip_all)]
pub async fn replace(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    token_hash: &[u8],
    include_planned: bool,
    now: DateTime<Utc>,
) -> sqlx::Result<HostFeed> {
    let created_at = sqlx::query_scalar!(
        "INSERT INTO host_feeds (org_id, host_id, token_hash, include_planned, created_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (host_id) DO UPDATE
         SET token_hash = excluded.token_hash, include_planned = excluded.include_planned,
             created_at = excluded.created_at
         RETURNING created_at",
        org as OrgId,
        host as HostId,
        token_hash,
        include_planned,
        now
    )
    .fetch_one(db)
    .await?;
    Ok(HostFeed {
        host_id: host,
        include_planned,
        created_at,
    })
}

/// The host's feed, if it has one.
#[tracing::instrument(skip_all)]
pub async fn get(db: impl PgExecutor<'_>, org: OrgId, host: HostId) -> sqlx::Result<Option<HostFeed>> {
    let row = sqlx::query!(
        "SELECT include_planned, created_at FROM host_feeds WHERE org_id = $1 AND host_id = $2",
        org as OrgId,
        host as HostId
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| HostFeed {
        host_id: host,
        include_planned: r.include_planned,
        created_at: r.created_at,
    }))
}

/// Revokes the host's feed; `false` when it had none.
#[tracing::instrument(skip_all)]
pub async fn delete(db: impl PgExecutor<'_>, org: OrgId, host: HostId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "DELETE FROM host_feeds WHERE org_id = $1 AND host_id = $2",
        org as OrgId,
        host as HostId
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The feed whose token has this hash, with its host's name.
#[tracing::instrument(skip_all)]
pub async fn find_by_token(db: impl PgExecutor<'_>, token_hash: &[u8]) -> sqlx::Result<Option<FeedOwner>> {
    let row = sqlx::query!(
        r#"SELECT f.org_id AS "org_id: OrgId", f.host_id AS "host_id: HostId", h.name AS host_name,
                  f.include_planned, f.created_at
           FROM host_feeds f JOIN hosts h ON h.org_id = f.org_id AND h.id = f.host_id
           WHERE f.token_hash = $1"#,
        token_hash
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| FeedOwner {
        org: r.org_id,
        host: r.host_id,
        host_name: r.host_name,
        include_planned: r.include_planned,
        created_at: r.created_at,
    }))
}
