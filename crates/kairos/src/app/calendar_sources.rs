//! Hosts' calendar sources: adding, listing and removing the feeds Kairos reads, asking for a
//! sync, and the sync itself (run as a job): fetch, read the busy time of the coming months,
//! and replace what the source had given, in one transaction. A failed sync records its error
//! on the source and keeps the busy time already known.

use chrono::{DateTime, TimeDelta, Utc};
use serde::Deserialize;
use sqlx::PgPool;
use utoipa::ToSchema;

use super::{Error, ProblemCode, Result, validate};
use crate::calendars::fetch::{self, FeedClient, FetchError, Fetched, Validators};
use crate::calendars::ics_busy::{self, Reading};
use crate::ids::{CalendarSourceId, HostId, OrgId};
use crate::jobs::enqueue::{self, Planned};
use crate::jobs::payload::{CalendarSync, Job};
use crate::model::CalendarSource;
use crate::store;
use crate::store::calendar_sources::{NewBusy, Synced};

/// Sources a host may have.
pub const MAX_SOURCES_PER_HOST: usize = 20;
/// How far back and ahead a sync reads busy time.
pub const SYNC_BEHIND: TimeDelta = TimeDelta::days(1);
pub const SYNC_AHEAD: TimeDelta = TimeDelta::days(180);
/// Sources housekeeping queues for sync in one round.
const DUE_PER_ROUND: i64 = 500;

/// A new source: a feed's address (`https://`, `http://` or `webcal://`).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCalendarSource {
    #[schema(example = "Work (Google)")]
    pub name: String,
    /// The feed's address, e.g. Google's "secret address in iCal format".
    #[schema(example = "https://calendar.google.com/calendar/ical/ana%40acme.example/private-0123/basic.ics")]
    pub url: String,
    /// Whether all-day events block their days (default true).
    #[serde(default = "yes")]
    pub all_day_busy: bool,
}

fn yes() -> bool {
    true
}

/// Adds a feed to `host`'s calendar sources and queues its first sync.
/// `allow_private` is `KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES`.
pub async fn add(
    pool: &PgPool,
    allow_private: bool,
    org: OrgId,
    host: HostId,
    new: NewCalendarSource,
    now: DateTime<Utc>,
) -> Result<CalendarSource> {
    let name = validate::line("name", &new.name, 200)?;
    let url = validate::line("url", &new.url, 2000)?;
    let url = fetch::check_url(&url, allow_private).map_err(|err| Error::Invalid {
        code: match err {
            FetchError::Refused(_) => ProblemCode::AddressNotAllowed,
            _ => ProblemCode::InvalidField,
        },
        field: Some("url".to_owned()),
        message: format!("`url` {err}"),
    })?;
    let mut tx = store::begin(pool).await?;
    store::hosts::get(&mut *tx, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    if store::calendar_sources::list(&mut *tx, org, host).await?.len() >= MAX_SOURCES_PER_HOST {
        return Err(Error::invalid(
            "url",
            format!("a host may have at most {MAX_SOURCES_PER_HOST} calendar sources"),
        ));
    }
    let id = CalendarSourceId::generate();
    let source =
        store::calendar_sources::insert(&mut *tx, org, host, id, &name, url.as_str(), new.all_day_busy, now).await?;
    enqueue::enqueue(&mut tx, vec![sync_job(org, id, "added")], now).await?;
    tx.commit().await?;
    Ok(source)
}

pub async fn list(pool: &PgPool, org: OrgId, host: HostId) -> Result<Vec<CalendarSource>> {
    let mut conn = store::acquire(pool).await?;
    store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    Ok(store::calendar_sources::list(&mut *conn, org, host).await?)
}

/// Removes a source and the busy time it gave.
pub async fn remove(pool: &PgPool, org: OrgId, host: HostId, id: CalendarSourceId, now: DateTime<Utc>) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    if !store::calendar_sources::delete(&mut *tx, org, host, id).await? {
        return Err(Error::NotFound("calendar source"));
    }
    super::planner::queue_replans(&mut tx, org, &[host], now).await?;
    tx.commit().await?;
    Ok(())
}

/// Queues a sync of the source now (one per source however often it is asked within ten
/// seconds).
pub async fn sync_soon(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    id: CalendarSourceId,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    if !store::calendar_sources::list(&mut *tx, org, host)
        .await?
        .iter()
        .any(|s| s.id == id)
    {
        return Err(Error::NotFound("calendar source"));
    }
    let asked = format!("asked:{}", now.timestamp() / 10);
    enqueue::enqueue(&mut tx, vec![sync_job(org, id, &asked)], now).await?;
    tx.commit().await?;
    Ok(())
}

/// The sync job of a source, under a key naming why it runs (`occasion`), so the same
/// occasion queues it once.
fn sync_job(org: OrgId, id: CalendarSourceId, occasion: &str) -> Planned {
    Job::CalendarSync(CalendarSync {
        org_id: org,
        source_id: id,
    })
    .planned()
    .unique(format!("calendar.sync:{id}:{occasion}"))
}

/// Queues a sync of every source not tried for `interval` (housekeeping).
pub async fn queue_due(pool: &PgPool, interval: TimeDelta, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut conn = store::acquire(pool).await?;
    let due = store::calendar_sources::due(&mut *conn, now - interval, DUE_PER_ROUND).await?;
    if !due.is_empty() {
        // One per source and interval, however many workers run housekeeping.
        let round = format!("due:{}", now.timestamp() / interval.num_seconds().max(1));
        let jobs = due.into_iter().map(|(org, id)| sync_job(org, id, &round)).collect();
        enqueue::enqueue(&mut conn, jobs, now).await?;
    }
    Ok(())
}

/// How a sync ended, for the job.
#[derive(Debug)]
pub enum SyncEnd {
    /// Synced, or recorded an error that retrying will not mend (it shows on the source).
    Done,
    /// The server failed in a way that may pass: worth retrying soon.
    Transient(String),
}

/// Syncs source `id` as of `now`.
pub async fn sync(
    pool: &PgPool,
    client: &FeedClient,
    org: OrgId,
    id: CalendarSourceId,
    now: DateTime<Utc>,
) -> anyhow::Result<SyncEnd> {
    let Some(target) = store::calendar_sources::sync_target(&mut *store::acquire(pool).await?, org, id).await? else {
        return Ok(SyncEnd::Done);
    };
    let seen = Validators {
        etag: target.etag.clone(),
        last_modified: target.last_modified.clone(),
    };
    let (text, validators) = match client.fetch(&target.url, &seen).await {
        Ok(Fetched::NotModified) => {
            store::calendar_sources::record_unchanged(&mut *store::acquire(pool).await?, org, id, now).await?;
            return Ok(SyncEnd::Done);
        }
        Ok(Fetched::Feed { text, validators }) => (text, validators),
        Err(err) => {
            let message = err.to_string();
            store::calendar_sources::record_failure(&mut *store::acquire(pool).await?, org, id, &message, now).await?;
            return Ok(if err.is_transient() {
                SyncEnd::Transient(message)
            } else {
                SyncEnd::Done
            });
        }
    };
    let zone: chrono_tz::Tz = target.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let owners = vec![target.host_email.to_lowercase()];
    let all_day_busy = target.all_day_busy;
    // Reading is CPU work (tens of milliseconds for thousands of events): off the async threads.
    let read = tokio::task::spawn_blocking(move || {
        let reading = Reading {
            from: now - SYNC_BEHIND,
            until: now + SYNC_AHEAD,
            zone,
            all_day_busy,
            owners: &owners,
        };
        ics_busy::read(&text, &reading)
    })
    .await?;
    let feed = match read {
        Ok(feed) => feed,
        Err(err) => {
            store::calendar_sources::record_failure(&mut *store::acquire(pool).await?, org, id, &err.to_string(), now)
                .await?;
            return Ok(SyncEnd::Done);
        }
    };
    let busy: Vec<NewBusy> = feed
        .busy
        .into_iter()
        .map(|b| NewBusy {
            start: b.start,
            end: b.end,
            uid: b.uid,
            title: b.title,
        })
        .collect();
    let mut tx = store::begin(pool).await?;
    store::calendar_sources::record_success(
        &mut tx,
        org,
        target.host_id,
        id,
        Synced {
            busy: &busy,
            events: i32::try_from(feed.events).unwrap_or(i32::MAX),
            etag: validators.etag.as_deref(),
            last_modified: validators.last_modified.as_deref(),
            at: now,
        },
    )
    .await?;
    super::planner::queue_replans(&mut tx, org, &[target.host_id], now).await?;
    tx.commit().await?;
    Ok(SyncEnd::Done)
}
