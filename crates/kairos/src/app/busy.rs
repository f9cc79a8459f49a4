//! External busy time on a host's calendar; a change re-plans the host's planned blocks.

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use sqlx::PgPool;

use super::{Error, Result, validate};
use crate::ids::{BusyBlockId, HostId, OrgId};
use crate::model::{BusyBlock, Page};
use crate::store::{self, PageRequest};

/// A single busy block may span at most this long.
pub const MAX_BLOCK: TimeDelta = TimeDelta::days(366);

pub async fn add(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    title: &str,
    now: DateTime<Utc>,
) -> Result<BusyBlock> {
    // PostgreSQL keeps microseconds; compare what will be stored.
    let (start, end) = (
        validate::instant("start", start)?.trunc_subsecs(6),
        validate::instant("end", end)?.trunc_subsecs(6),
    );
    if end <= start {
        return Err(Error::invalid("end", "`end` must be after `start`"));
    }
    if end - start > MAX_BLOCK {
        return Err(Error::invalid("end", "a busy block may span at most 366 days"));
    }
    let title = validate::optional_line("title", title, 200)?;
    let mut tx = store::begin(pool).await?;
    super::planner::queue_replans(&mut tx, org, &[host], now).await?;
    store::hosts::get(&mut *tx, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let block = store::busy::insert(&mut *tx, org, host, BusyBlockId::generate(), start, end, &title).await?;
    tx.commit().await?;
    Ok(block)
}

pub async fn list(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    page: PageRequest<BusyBlockId>,
) -> Result<Page<BusyBlock>> {
    if to <= from {
        return Err(Error::invalid("to", "`to` must be after `from`"));
    }
    store::hosts::get(&mut *store::acquire(pool).await?, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let blocks = store::busy::list(&mut *store::acquire(pool).await?, org, host, from, to, page.plus_one()).await?;
    Ok(page.cut(blocks, |b| b.id.to_string()))
}

pub async fn remove(pool: &PgPool, org: OrgId, host: HostId, id: BusyBlockId, now: DateTime<Utc>) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    super::planner::queue_replans(&mut tx, org, &[host], now).await?;
    if !store::busy::delete(&mut *tx, org, host, id).await? {
        return Err(Error::NotFound("busy block"));
    }
    tx.commit().await?;
    Ok(())
}
