//! Public slot lists kept in Redis, shared by every instance, and never stale after a commit.
//! Each entry carries the versions it was computed from (the event type's row version and its
//! hosts' calendar versions, which every change bumps in its own transaction); a read first
//! fetches the current versions in one light statement and serves an entry only if they are
//! equal, so a read that starts after a commit never sees slots from before it, on any
//! instance. A miss is computed once across instances (a short Redis lock; the others wait
//! briefly for its result), entries expire, and a Redis that is slow or down is bypassed: the
//! answer then comes from PostgreSQL, as without a cache.

use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use redis::Cmd;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use super::redis_link::RedisLink;
use crate::app::Result;
use crate::app::slots::{self, SlotList, SlotRange};
use crate::store::calendars::SlotVersions;

/// Longest wait for Redis on a slot read before it is bypassed.
const REDIS_WITHIN: Duration = Duration::from_millis(100);
/// How long the instance computing a missed entry holds its lock.
const LOCK_FOR: Duration = Duration::from_secs(2);
/// How long, at most, a read waits for another instance's computation, and how often it looks.
const WAIT_FOR_OTHER: Duration = Duration::from_millis(100);
const LOOK_EVERY: Duration = Duration::from_millis(5);

/// What one entry holds.
#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    versions: SlotVersions,
    list: SlotList,
}

/// How a read went, for the metrics.
#[derive(Debug, Clone, Copy)]
enum Served {
    Hit,
    Miss,
    Bypassed,
}

/// The slot cache: off without Redis or with a time to live of zero.
#[derive(Debug, Clone)]
pub struct SlotCache {
    redis: Option<RedisLink>,
    ttl: Duration,
}

impl SlotCache {
    #[must_use]
    pub fn new(redis: Option<RedisLink>, ttl: Duration) -> Self {
        let redis = redis.filter(|_| !ttl.is_zero());
        Self { redis, ttl }
    }

    /// The free slots of `/{org_slug}/{slug}` for a checked request, as
    /// [`slots::compute`] gives them, from the cache when it holds them for the current
    /// versions.
    pub async fn list(
        &self,
        pool: &PgPool,
        org_slug: &str,
        slug: &str,
        request: SlotRange,
        now: DateTime<Utc>,
    ) -> Result<SlotList> {
        let Some(redis) = &self.redis else {
            return slots::compute(pool, org_slug, slug, request, now).await;
        };
        if redis.is_down() {
            // Failed moments ago: not even the versions are worth reading.
            count(Served::Bypassed);
            return slots::compute(pool, org_slug, slug, request, now).await;
        }
        let versions = slots::versions(pool, org_slug, slug).await?;
        let key = key(org_slug, slug, request);
        let (served, list) = match fetch(redis, &key, &versions).await {
            Err(()) => (Served::Bypassed, None),
            Ok(Some(list)) => (Served::Hit, Some(list)),
            Ok(None) => (Served::Miss, None),
        };
        count(served);
        if let Some(mut list) = list {
            slots::drop_passed(&mut list, now);
            return Ok(list);
        }
        if matches!(served, Served::Bypassed) {
            return slots::compute(pool, org_slug, slug, request, now).await;
        }
        self.fill(redis, pool, (org_slug, slug), request, &key, versions, now)
            .await
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
    ) -> Result<SlotList> {
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
                match fetch(redis, key, &versions).await {
                    Ok(Some(mut list)) => {
                        slots::drop_passed(&mut list, now);
                        return Ok(list);
                    }
                    Ok(None) => {}
                    Err(()) => break,
                }
            }
            return slots::compute(pool, org_slug, slug, request, now).await;
        }
        let computed = slots::compute(pool, org_slug, slug, request, now).await;
        if let Ok(list) = &computed {
            // The versions read before the calendars: a change committed in between makes
            // the entry look older than its data, never newer, so it is at worst discarded.
            let entry = Entry {
                versions,
                list: list.clone(),
            };
            match serde_json::to_string(&entry) {
                Ok(text) => {
                    let mut store = Cmd::new();
                    store.arg("SET").arg(key).arg(text).arg("PX").arg(millis(self.ttl));
                    let _ = redis.cmd_within::<()>(REDIS_WITHIN, &store).await;
                }
                Err(err) => tracing::warn!(error = %err, "a slot list could not be cached"),
            }
        }
        let _ = redis
            .cmd_within::<()>(REDIS_WITHIN, Cmd::new().arg("DEL").arg(&lock))
            .await;
        computed
    }
}

/// The entry at `key` if it was computed from `versions`; `Err` when Redis did not answer in
/// time. An entry that cannot be read (another version of Kairos, or damaged) is a miss.
async fn fetch(redis: &RedisLink, key: &str, versions: &SlotVersions) -> std::result::Result<Option<SlotList>, ()> {
    let text: Option<String> = redis
        .cmd_within(REDIS_WITHIN, Cmd::new().arg("GET").arg(key))
        .await
        .map_err(|_| ())?;
    let Some(text) = text else { return Ok(None) };
    match serde_json::from_str::<Entry>(&text) {
        Ok(entry) if entry.versions == *versions => Ok(Some(entry.list)),
        Ok(_) => Ok(None),
        Err(_) => {
            metrics::counter!("kairos_cache_discarded_total").increment(1);
            Ok(None)
        }
    }
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
