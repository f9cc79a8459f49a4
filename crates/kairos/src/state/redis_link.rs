//! The instance's one link to Redis, for web sessions, rate limits and the slot cache. Only PostgreSQL is
//! required: the link connects lazily (Kairos starts while Redis is down), every call is
//! bounded, and after a failure the link stays "down" for a moment so that requests fail at
//! once instead of each waiting out a reconnect. It recovers by itself when Redis returns.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{Cmd, FromRedisValue, Pipeline};

/// Longest wait for a connection to Redis, and for one answer.
const CALL_TIMEOUT: Duration = Duration::from_millis(500);
/// After a failed call, how long calls fail at once before Redis is tried again.
const DOWN_FOR: Duration = Duration::from_secs(2);

/// Redis could not answer in time; the caller degrades its one feature.
#[derive(Debug, thiserror::Error)]
#[error("Redis is unavailable: {0}")]
pub struct RedisDown(String);

#[derive(Clone)]
pub struct RedisLink {
    manager: ConnectionManager,
    /// Milliseconds after `epoch` until which calls fail at once (0: up).
    down_until: Arc<AtomicU64>,
    epoch: Instant,
}

impl std::fmt::Debug for RedisLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RedisLink")
    }
}

impl RedisLink {
    /// A link to `url`; fails only when the URL is malformed, never because Redis is down.
    pub fn open(url: &str) -> anyhow::Result<Self> {
        let client = redis::Client::open(url).context("KAIROS_REDIS_URL is not a valid Redis URL")?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(CALL_TIMEOUT))
            .set_response_timeout(Some(CALL_TIMEOUT))
            .set_number_of_retries(1)
            .set_max_delay(CALL_TIMEOUT);
        let manager =
            ConnectionManager::new_lazy_with_config(client, config).context("could not set up the Redis client")?;
        Ok(Self {
            manager,
            down_until: Arc::new(AtomicU64::new(0)),
            epoch: Instant::now(),
        })
    }

    fn elapsed_ms(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Whether the last call failed less than [`DOWN_FOR`] ago.
    #[must_use]
    pub fn is_down(&self) -> bool {
        self.elapsed_ms() < self.down_until.load(Ordering::Relaxed)
    }

    pub async fn cmd<T: FromRedisValue>(&self, cmd: &Cmd) -> Result<T, RedisDown> {
        let mut conn = self.manager.clone();
        self.bounded(async move { cmd.query_async(&mut conn).await }).await
    }

    pub async fn pipe<T: FromRedisValue>(&self, pipe: &Pipeline) -> Result<T, RedisDown> {
        let mut conn = self.manager.clone();
        self.bounded(async move { pipe.query_async(&mut conn).await }).await
    }

    /// [`Self::cmd`] with a shorter bound, for a feature that is only worth it while fast (a
    /// cache): a call that takes longer counts as a failure.
    pub async fn cmd_within<T: FromRedisValue>(&self, limit: Duration, cmd: &Cmd) -> Result<T, RedisDown> {
        let mut conn = self.manager.clone();
        self.bounded_by(limit, async move { cmd.query_async(&mut conn).await })
            .await
    }

    async fn bounded<T>(&self, call: impl Future<Output = redis::RedisResult<T>>) -> Result<T, RedisDown> {
        self.bounded_by(2 * CALL_TIMEOUT, call).await
    }

    async fn bounded_by<T>(
        &self,
        limit: Duration,
        call: impl Future<Output = redis::RedisResult<T>>,
    ) -> Result<T, RedisDown> {
        if self.is_down() {
            return Err(RedisDown("it failed moments ago".to_owned()));
        }
        let outcome = match tokio::time::timeout(limit, call).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(err)) if !err.is_io_error() && !err.is_timeout() && !err.is_connection_dropped() => {
                // Redis answered, with an error: it is up; the command was wrong.
                return Err(RedisDown(err.to_string()));
            }
            Ok(Err(err)) => Err(RedisDown(err.to_string())),
            Err(_) => Err(RedisDown(format!("no answer within {} ms", limit.as_millis()))),
        };
        match &outcome {
            Ok(_) => {
                if self.down_until.swap(0, Ordering::Relaxed) != 0 {
                    tracing::info!("Redis answers again");
                }
                metrics::gauge!("kairos_redis_up").set(1.0);
            }
            Err(err) => {
                let until = self.elapsed_ms() + u64::try_from(DOWN_FOR.as_millis()).unwrap_or(2_000);
                if self.down_until.swap(until, Ordering::Relaxed) == 0 {
                    tracing::warn!(error = %err, "Redis is unavailable; sessions, shared limits and the slot cache degrade until it returns");
                }
                metrics::gauge!("kairos_redis_up").set(0.0);
                metrics::counter!("kairos_redis_failures_total").increment(1);
            }
        }
        outcome
    }
}
