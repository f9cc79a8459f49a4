//! Hosts' calendar sources: adding, listing and removing the feeds Kairos reads, asking for a
//! sync, and the sync itself (run as a job): fetch, read the busy time of the coming months,
//! and replace what the source had given, in one transaction. A failed sync records its error
//! on the source and keeps the busy time already known. Feed addresses are kept sealed; a
//! source whose last good sync is too old is reported stale, and blocks or not as configured.

use std::time::Instant;

use chrono::{DateTime, TimeDelta, Utc};
use serde::Deserialize;
use sqlx::PgPool;
use utoipa::ToSchema;

use super::{Error, ProblemCode, Result, validate};
use crate::calendars::fetch::{self, FeedClient, FetchError, Fetched, Validators};
use crate::calendars::ics_busy::{self, Reading};
use crate::config::Config;
use crate::ids::{CalendarSourceId, HostId, OrgId};
use crate::jobs::enqueue::{self, Planned};
use crate::jobs::payload::{CalendarSync, Job};
use crate::model::CalendarSource;
use crate::sealing::Keyring;
use crate::store;
use crate::store::calendar_sources::{NewBusy, NewSource, StoredUrl, Synced};

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

/// When a source counts as stale, and whether a stale source still blocks.
#[derive(Debug, Clone, Copy)]
pub struct Freshness {
    pub stale_after: TimeDelta,
    pub stale_block: bool,
}

impl Freshness {
    pub fn from_config(config: &Config) -> Self {
        Self {
            stale_after: TimeDelta::minutes(i64::from(config.calendar_stale_after_minutes)),
            stale_block: config.calendar_stale_sources_block,
        }
    }

    fn is_stale(&self, source: &CalendarSource, now: DateTime<Utc>) -> bool {
        source.last_success_at.is_none_or(|at| at < now - self.stale_after)
    }
}

/// Where a source's sealed address belongs: the sealed value opens only for its own row.
fn url_context(id: CalendarSourceId) -> String {
    format!("calendar_sources.url:{id}")
}

/// The part of a feed address that is safe to show: scheme and host.
fn shown(url: &reqwest::Url) -> String {
    format!("{}://{}/…", url.scheme(), url.host_str().unwrap_or_default())
}

/// Adds a feed to `host`'s calendar sources, its address sealed with `keys`, and queues its
/// first sync. `allow_private` is `KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES`.
pub async fn add(
    pool: &PgPool,
    keys: &Keyring,
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
    let sealed = keys.seal(url.as_str(), &url_context(id));
    let new = NewSource {
        id,
        name: &name,
        url_sealed: &sealed,
        address: &shown(&url),
        all_day_busy: new.all_day_busy,
    };
    let source = store::calendar_sources::insert(&mut *tx, org, host, new, now).await?;
    enqueue::enqueue(&mut tx, vec![sync_job(org, id, "added")], now).await?;
    tx.commit().await?;
    Ok(source)
}

/// The host's sources, each marked stale or not as of `now`.
pub async fn list(
    pool: &PgPool,
    freshness: Freshness,
    org: OrgId,
    host: HostId,
    now: DateTime<Utc>,
) -> Result<Vec<CalendarSource>> {
    let mut conn = store::acquire(pool).await?;
    store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let mut sources = store::calendar_sources::list(&mut *conn, org, host).await?;
    for source in &mut sources {
        source.stale = freshness.is_stale(source, now);
    }
    Ok(sources)
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

/// Housekeeping: applies the stale policy (which sources block) and reports, as metrics, how
/// many sources are stale and how long ago the freshest successful sync was.
pub async fn check_freshness(pool: &PgPool, freshness: Freshness, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut conn = store::acquire(pool).await?;
    let stale_before = now - freshness.stale_after;
    let changed = store::calendar_sources::refresh_blocking(&mut *conn, stale_before, freshness.stale_block).await?;
    if changed > 0 {
        tracing::info!(
            changed,
            "calendar sources changed between blocking and not (stale policy)"
        );
    }
    let health = store::calendar_sources::health(&mut *conn, stale_before).await?;
    metrics::gauge!("kairos_calendar_sources").set(health.sources as f64);
    metrics::gauge!("kairos_calendar_sources_stale").set(health.stale as f64);
    if let Some(freshest) = health.freshest {
        let age = (now - freshest).num_milliseconds().max(0) as f64 / 1000.0;
        metrics::gauge!("kairos_calendar_sync_freshest_age_seconds").set(age);
    }
    Ok(())
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

/// How one sync went, for the metrics.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    Synced,
    Unchanged,
    /// Failed in a way that may pass (the server, the network).
    Transient,
    /// Failed in a way that needs the host or the operator (an address, a page that is not a
    /// calendar, a key).
    Failed,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Self::Synced => "synced",
            Self::Unchanged => "unchanged",
            Self::Transient => "transient",
            Self::Failed => "failed",
        }
    }
}

/// What a sync works with: the database, the guarded HTTP client and the keys that open feed
/// addresses.
#[derive(Debug, Clone, Copy)]
pub struct Syncer<'a> {
    pub pool: &'a PgPool,
    pub feeds: &'a FeedClient,
    pub keys: &'a Keyring,
}

impl Syncer<'_> {
    /// Syncs source `id` as of `now`, recording how it went in the metrics.
    pub async fn sync(self, org: OrgId, id: CalendarSourceId, now: DateTime<Utc>) -> anyhow::Result<SyncEnd> {
        let started = Instant::now();
        let (outcome, end) = self.sync_once(org, id, now).await?;
        if let Some(outcome) = outcome {
            metrics::histogram!("kairos_calendar_sync_duration_seconds", "outcome" => outcome.label())
                .record(started.elapsed().as_secs_f64());
            if matches!(outcome, Outcome::Transient | Outcome::Failed) {
                metrics::counter!("kairos_calendar_sync_errors_total", "kind" => outcome.label()).increment(1);
            }
        }
        Ok(end)
    }

    /// The sync, and how it went (none when the source is gone).
    async fn sync_once(
        self,
        org: OrgId,
        id: CalendarSourceId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<(Option<Outcome>, SyncEnd)> {
        let Syncer {
            pool,
            feeds: client,
            keys,
        } = self;
        let Some(target) = store::calendar_sources::sync_target(&mut *store::acquire(pool).await?, org, id).await?
        else {
            return Ok((None, SyncEnd::Done));
        };
        let url = match &target.url {
            StoredUrl::Sealed(sealed) => match keys.open(sealed, &url_context(id)) {
                Ok(url) => url,
                Err(err) => {
                    let message = format!("the feed address cannot be opened: {err}");
                    store::calendar_sources::record_failure(&mut *store::acquire(pool).await?, org, id, &message, now)
                        .await?;
                    return Ok((Some(Outcome::Failed), SyncEnd::Done));
                }
            },
            StoredUrl::Plain(url) => url.clone(),
        };
        let current = matches!(&target.url, StoredUrl::Sealed(sealed) if keys.is_current(sealed));
        if !current {
            // Written before sealing, or under a key being rotated out: sealed anew now.
            let sealed = keys.seal(&url, &url_context(id));
            store::calendar_sources::reseal(&mut *store::acquire(pool).await?, org, id, &sealed).await?;
        }
        let seen = Validators {
            etag: target.etag.clone(),
            last_modified: target.last_modified.clone(),
        };
        let (text, validators) = match client.fetch(&url, &seen).await {
            Ok(Fetched::NotModified) => {
                store::calendar_sources::record_unchanged(&mut *store::acquire(pool).await?, org, id, now).await?;
                return Ok((Some(Outcome::Unchanged), SyncEnd::Done));
            }
            Ok(Fetched::Feed { text, validators }) => (text, validators),
            Err(err) => {
                let message = err.to_string();
                store::calendar_sources::record_failure(&mut *store::acquire(pool).await?, org, id, &message, now)
                    .await?;
                return Ok(if err.is_transient() {
                    (Some(Outcome::Transient), SyncEnd::Transient(message))
                } else {
                    (Some(Outcome::Failed), SyncEnd::Done)
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
                store::calendar_sources::record_failure(
                    &mut *store::acquire(pool).await?,
                    org,
                    id,
                    &err.to_string(),
                    now,
                )
                .await?;
                return Ok((Some(Outcome::Failed), SyncEnd::Done));
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
        Ok((Some(Outcome::Synced), SyncEnd::Done))
    }
}
