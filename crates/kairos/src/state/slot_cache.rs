//! Public slot lists kept in Redis, shared by every instance, and never stale after a commit.
//! Each entry carries the versions it was computed from (the event type's row version and its
//! hosts' calendar versions, which every change bumps in its own transaction); a read first
//! fetches the current versions in one light statement and serves an entry only if they are
//! equal, so a read that starts after a commit never sees slots from before it, on any
//! instance. Time alone never makes an entry wrong either: it is kept only until the first of
//! its slots falls inside the minimum notice or the booking horizon moves on. A hit costs a share
//! of a versions statement (reads arriving together share one: [`versions`]) and, unless the
//! instance kept the entry in its own memory ([`memory`]), one Redis read; its body is sent as
//! stored. A miss is computed once
//! across instances (a short Redis lock; the others wait briefly for its result), entries
//! expire, and a Redis that is slow or down is bypassed: the answer then comes from
//! PostgreSQL, as without a cache.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use chrono::{DateTime, SecondsFormat, Utc};
use redis::Cmd;
use sqlx::PgPool;

use super::redis_link::RedisLink;
use crate::app::replica_reads;
use crate::app::slots::{self, SlotList, SlotRange};
use crate::app::{Error, Result};
use crate::store::calendars::SlotVersions;

mod entry;
mod memory;
mod versions;
pub use entry::Entry;
use memory::Memory;
use versions::VersionReader;

/// Longest wait for Redis on a slot read before it is bypassed.
const REDIS_WITHIN: Duration = Duration::from_millis(100);
/// How long the instance computing a missed entry holds its lock.
const LOCK_FOR: Duration = Duration::from_secs(2);
/// How long, at most, a read waits for another instance's computation, and how often it looks.
const WAIT_FOR_OTHER: Duration = Duration::from_millis(100);
const LOOK_EVERY: Duration = Duration::from_millis(5);

/// How a read went, for the metrics.
#[derive(Debug, Clone, Copy)]
enum Served {
    Hit,
    Miss,
    Bypassed,
}

/// How the slot cache is set up: Redis, how long an entry may be served, and how many bytes of
/// entries an instance keeps in its own memory (0: none).
#[derive(Debug, Clone)]
pub struct Settings {
    pub redis: Option<RedisLink>,
    pub ttl: Duration,
    pub memory_bytes: u64,
}

/// The slot cache: off without Redis or with a time to live of zero. What it computes is
/// computed on the replica when one is configured and has caught up
/// ([`replica_reads`]).
#[derive(Debug, Clone)]
pub struct SlotCache {
    redis: Option<RedisLink>,
    ttl: Duration,
    replica: Option<PgPool>,
    memory: Memory,
    versions: VersionReader,
}

impl SlotCache {
    /// The cache of the slot lists computed from `pool` (or `replica`).
    #[must_use]
    pub fn new(settings: Settings, pool: PgPool, replica: Option<PgPool>) -> Self {
        let Settings {
            redis,
            ttl,
            memory_bytes,
        } = settings;
        let redis = redis.filter(|_| !ttl.is_zero());
        let memory = Memory::new(if redis.is_some() { memory_bytes } else { 0 });
        Self {
            redis,
            ttl,
            replica,
            memory,
            versions: VersionReader::new(pool),
        }
    }

    /// The free slots of `/{org_slug}/{slug}`, computed (never from the cache), on the replica
    /// when it has caught up with `versions` (read on `pool` when not given).
    pub async fn compute(
        &self,
        pool: &PgPool,
        versions: Option<&SlotVersions>,
        (org_slug, slug): (&str, &str),
        request: SlotRange,
        now: DateTime<Utc>,
    ) -> Result<slots::Computed> {
        replica_reads::compute(pool, self.replica.as_ref(), versions, (org_slug, slug), request, now).await
    }

    /// [`Self::compute`] as the JSON of its [`SlotList`].
    async fn uncached(
        &self,
        pool: &PgPool,
        versions: Option<&SlotVersions>,
        link: (&str, &str),
        request: SlotRange,
        now: DateTime<Utc>,
    ) -> Result<Bytes> {
        json(&self.compute(pool, versions, link, request, now).await?.list)
    }

    /// The free slots of `/{org_slug}/{slug}` for a checked request, as the JSON of the
    /// [`SlotList`] that [`slots::compute`] gives, from the cache when it holds them for the
    /// current versions.
    pub async fn list(
        &self,
        pool: &PgPool,
        org_slug: &str,
        slug: &str,
        request: SlotRange,
        now: DateTime<Utc>,
    ) -> Result<Bytes> {
        let link = (org_slug, slug);
        let Some(redis) = &self.redis else {
            return self.uncached(pool, None, link, request, now).await;
        };
        if redis.is_down() {
            // Failed moments ago: not even the versions are worth reading.
            count(Served::Bypassed);
            return self.uncached(pool, None, link, request, now).await;
        }
        let versions = self.versions.read(org_slug, slug).await?;
        let key = key(org_slug, slug, request);
        if let Some(entry) = self.memory.get(&key).filter(|entry| current(entry, &versions, now)) {
            count(Served::Hit);
            metrics::counter!("kairos_cache_memory_hits_total").increment(1);
            return Ok(entry.body.clone());
        }
        match fetch(redis, &key, &versions, now).await {
            Err(()) => {
                count(Served::Bypassed);
                self.uncached(pool, Some(&versions), link, request, now).await
            }
            Ok(Some(entry)) => {
                count(Served::Hit);
                self.memory.keep(&key, entry.clone(), self.ttl);
                Ok(entry.body.clone())
            }
            Ok(None) => {
                count(Served::Miss);
                self.fill(redis, pool, (org_slug, slug), request, &key, versions, now)
                    .await
            }
        }
    }

    /// Computes a missed entry and stores it, unless another instance is already computing
    /// it: then waits a moment for its result before computing without storing.
    #[allow(clippy::too_many_arguments)]
    async fn fill(
        &self,
        redis: &RedisLink,
        pool: &PgPool,
        (org_slug, slug): (&str, &str),
        request: SlotRange,
        key: &str,
        versions: SlotVersions,
        now: DateTime<Utc>,
    ) -> Result<Bytes> {
        let lock = format!("{key}:computing");
        let mut set = Cmd::new();
        set.arg("SET")
            .arg(&lock)
            .arg(1)
            .arg("NX")
            .arg("PX")
            .arg(millis(LOCK_FOR));
        let ours = matches!(
            redis.cmd_within::<Option<String>>(REDIS_WITHIN, &set).await,
            Ok(Some(_))
        );
        if !ours {
            let waited = tokio::time::Instant::now();
            while waited.elapsed() < WAIT_FOR_OTHER {
                tokio::time::sleep(LOOK_EVERY).await;
                match fetch(redis, key, &versions, now).await {
                    Ok(Some(entry)) => return Ok(entry.body.clone()),
                    Ok(None) => {}
                    Err(()) => break,
                }
            }
            return self
                .uncached(pool, Some(&versions), (org_slug, slug), request, now)
                .await;
        }
        let body = async {
            let computed = self
                .compute(pool, Some(&versions), (org_slug, slug), request, now)
                .await?;
            let body = json(&computed.list)?;
            self.store(redis, key, versions, computed.unchanged_until, body.clone(), now)
                .await;
            Ok(body)
        }
        .await;
        let _ = redis
            .cmd_within::<()>(REDIS_WITHIN, Cmd::new().arg("DEL").arg(&lock))
            .await;
        body
    }

    /// Keeps a computed list for as long as its versions and time leave it right (within the
    /// time to live). The versions were read before the calendars: a change committed in
    /// between makes the entry look older than its data, never newer, so it is at worst
    /// discarded.
    async fn store(
        &self,
        redis: &RedisLink,
        key: &str,
        versions: SlotVersions,
        unchanged_until: Option<DateTime<Utc>>,
        body: Bytes,
        now: DateTime<Utc>,
    ) {
        let lives = unchanged_until.map_or(self.ttl, |until| {
            (until - now).to_std().unwrap_or_default().min(self.ttl)
        });
        if lives < Duration::from_millis(1) {
            return;
        }
        let entry = Arc::new(Entry {
            versions: versions.0,
            unchanged_until: unchanged_until.map(|u| u.timestamp_millis()),
            body,
        });
        let mut set = Cmd::new();
        set.arg("SET").arg(key).arg(entry.encode()).arg("PX").arg(millis(lives));
        if redis.cmd_within::<()>(REDIS_WITHIN, &set).await.is_ok() {
            self.memory.keep(key, entry, lives);
        }
    }
}

fn json(list: &SlotList) -> Result<Bytes> {
    serde_json::to_vec(list)
        .map(Bytes::from)
        .map_err(|err| Error::Internal(err.into()))
}

/// The entry at `key` if it was computed from `versions` and time has not yet changed it;
/// `Err` when Redis did not answer in time. An entry that cannot be read (another version of
/// Kairos, or damaged) is a miss, and counted as discarded.
async fn fetch(
    redis: &RedisLink,
    key: &str,
    versions: &SlotVersions,
    now: DateTime<Utc>,
) -> std::result::Result<Option<Arc<Entry>>, ()> {
    let stored: Option<Bytes> = redis
        .cmd_within(REDIS_WITHIN, Cmd::new().arg("GET").arg(key))
        .await
        .map_err(|_| ())?;
    let Some(stored) = stored else { return Ok(None) };
    let Some(entry) = Entry::decode(&stored) else {
        metrics::counter!("kairos_cache_discarded_total").increment(1);
        return Ok(None);
    };
    Ok(current(&entry, versions, now).then(|| Arc::new(entry)))
}

/// Whether `entry` was computed from `versions` and time has not yet changed it.
fn current(entry: &Entry, versions: &SlotVersions, now: DateTime<Utc>) -> bool {
    entry.versions == versions.0 && entry.unchanged_until.is_none_or(|until| now.timestamp_millis() < until)
}

/// The key of a request: the link, the range and the zone asked for (checked already, so
/// bounded and free of spaces).
fn key(org_slug: &str, slug: &str, request: SlotRange) -> String {
    let instant = |t: DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::AutoSi, true);
    format!(
        "kairos:slots:{org_slug}:{slug}:{}:{}:{}",
        instant(request.range.start()),
        instant(request.range.end()),
        request.zone.map_or("-", |z| z.name())
    )
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

fn count(served: Served) {
    match served {
        Served::Hit => metrics::counter!("kairos_cache_hits_total").increment(1),
        Served::Miss => metrics::counter!("kairos_cache_misses_total").increment(1),
        Served::Bypassed => metrics::counter!("kairos_cache_bypassed_total").increment(1),
    }
}
