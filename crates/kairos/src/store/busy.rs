//! External busy blocks on a host's calendar (added through the API; calendar sync later).

use chrono::{DateTime, Utc};
use sqlx::PgExecutor;
use sqlx::postgres::types::PgRange;

use crate::ids::{BusyBlockId, HostId, OrgId};
use crate::model::BusyBlock;

use super::PageRequest;

#[tracing::instrument(skip_all)]
pub async fn insert(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    id: BusyBlockId,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    title: &str,
) -> sqlx::Result<BusyBlock> {
    let during = PgRange::from(start..end);
    let row = sqlx::query!(
        "INSERT INTO busy_blocks (id, org_id, host_id, during, title) VALUES ($1, $2, $3, $4, $5)
         RETURNING source, created_at",
        id as BusyBlockId,
        org as OrgId,
        host as HostId,
        during,
        title
    )
    .fetch_one(db)
    .await?;
    Ok(BusyBlock {
        id,
        host_id: host,
        start,
        end,
        title: title.to_owned(),
        source: row.source,
        created_at: row.created_at,
    })
}

/// A host's busy blocks overlapping `[from, to)`, by start.
#[tracing::instrument(skip_all)]
pub async fn list(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    page: PageRequest<BusyBlockId>,
) -> sqlx::Result<Vec<BusyBlock>> {
    let window = PgRange::from(from..to);
    let rows = sqlx::query!(
        r#"SELECT id AS "id: BusyBlockId", lower(during) AS "start!", upper(during) AS "end!", title, source, created_at
           FROM busy_blocks
           WHERE org_id = $1 AND host_id = $2 AND during && $3 AND ($4::uuid IS NULL OR id > $4)
           ORDER BY id LIMIT $5"#,
        org as OrgId,
        host as HostId,
        window,
        page.after as Option<BusyBlockId>,
        page.limit
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| BusyBlock {
            id: r.id,
            host_id: host,
            start: r.start,
            end: r.end,
            title: r.title,
            source: r.source,
            created_at: r.created_at,
        })
        .collect())
}

#[tracing::instrument(skip_all)]
pub async fn delete(db: impl PgExecutor<'_>, org: OrgId, host: HostId, id: BusyBlockId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "DELETE FROM busy_blocks WHERE org_id = $1 AND host_id = $2 AND id = $3",
        org as OrgId,
        host as HostId,
        id as BusyBlockId
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}
