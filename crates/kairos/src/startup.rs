//! Starting and stopping the service: the database (a given URL or the embedded cluster),
//! migrations, the optional demo seed, and the HTTP server on an already-bound listener with
//! graceful shutdown — the same path tests use on port 0.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use secrecy::ExposeSecret;
use sqlx::PgPool;
use sqlx::postgres::PgConnectOptions;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::embedded_pg::EmbeddedPostgres;
use crate::jobs::WorkerOptions;
use crate::jobs::backoff::Backoff;
use crate::state::AppState;
use crate::state::rate_limit::RateLimiter;
use crate::state::redis_link::RedisLink;
use crate::state::sessions::SessionStore;
use crate::state::slot_cache::{self, SlotCache};
use crate::store;

/// The database Kairos talks to, and the embedded cluster behind it when there is one.
#[derive(Debug)]
pub struct Database {
    pub pool: PgPool,
    pub embedded: Option<EmbeddedPostgres>,
}

impl Database {
    /// Connects to `DATABASE_URL`, or starts the embedded cluster when none is set, and
    /// runs migrations.
    pub async fn open(config: &Config) -> anyhow::Result<Self> {
        let db = Self::connect(config).await?;
        store::migrate(&db.pool).await?;
        Ok(db)
    }

    /// Like [`Self::open`] without running migrations (backups must see the schema as it is).
    pub async fn connect(config: &Config) -> anyhow::Result<Self> {
        let (options, embedded) = match &config.database_url {
            Some(url) => {
                let options: PgConnectOptions = url
                    .expose_secret()
                    .parse()
                    .context("DATABASE_URL is not a valid PostgreSQL URL")?;
                (options, None)
            }
            None => {
                tracing::info!(data_dir = %config.data_dir.display(), "no DATABASE_URL; starting the embedded PostgreSQL");
                let embedded = EmbeddedPostgres::start(&config.data_dir).await?;
                (embedded.connect_options(), Some(embedded))
            }
        };
        let pool = store::connect(config, options).await?;
        Ok(Self { pool, embedded })
    }

    /// Closes the pool and stops the embedded cluster, if any.
    pub async fn close(self) {
        self.pool.close().await;
        if let Some(embedded) = self.embedded
            && let Err(err) = embedded.stop().await
        {
            tracing::warn!(error = ?err, "could not stop the embedded PostgreSQL");
        }
    }
}

/// Serves the API on `listener` until `shutdown` is cancelled, then finishes in-flight
/// requests and returns.
pub async fn serve(
    listener: TcpListener,
    pool: PgPool,
    config: Arc<Config>,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    // Metrics recorded before the recorder exists would be lost.
    crate::telemetry::metrics::handle();
    let app = crate::server::router(app_state(pool, config)?);
    // The client's address is known to handlers (the web app rate-limits log-ins by it).
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown.cancelled_owned())
    .await
    .context("HTTP server failed")
}

/// The state every request (and every agent call) is served with: the pool, the configuration,
/// and the clients of Redis, the replica and calendar servers, none of which is contacted yet.
pub fn app_state(pool: PgPool, config: Arc<Config>) -> anyhow::Result<AppState> {
    let redis = match &config.redis_url {
        Some(url) => Some(RedisLink::open(url.expose_secret())?),
        None => None,
    };
    let sessions = SessionStore::new(redis.clone(), pool.clone());
    let replica = match &config.replica_database_url {
        Some(url) => Some(crate::store::replica_pool(&config, url.expose_secret())?),
        None => None,
    };
    let slot_cache = SlotCache::new(
        slot_cache::Settings {
            redis: redis.clone(),
            ttl: Duration::from_secs(config.slot_cache_ttl_secs),
            memory_bytes: config.slot_cache_memory_mb * 1024 * 1024,
        },
        pool.clone(),
        replica,
    );
    let limiter = RateLimiter::new(redis);
    let probe = crate::store::probe_pool(&pool);
    let keyring = config.keyring()?;
    let feeds = crate::calendars::fetch::FeedClient::from_config(&config)?;
    let waker = crate::jobs::wake::Waker::new(pool.clone());
    Ok(AppState {
        pool,
        waker,
        config,
        sessions,
        slot_cache,
        limiter,
        probe,
        keyring,
        feeds,
    })
}

/// Starts a job worker of `concurrency` on `pool` that drains and stops when `shutdown` is
/// cancelled; the returned task ends when it has.
pub async fn spawn_worker(
    pool: &PgPool,
    config: &Config,
    concurrency: usize,
    shutdown: CancellationToken,
) -> anyhow::Result<tokio::task::JoinHandle<anyhow::Result<()>>> {
    crate::telemetry::metrics::handle();
    let runner = Arc::new(crate::app::background::Runner::from_config(pool.clone(), config).await?);
    let options = worker_options(config, concurrency);
    Ok(tokio::spawn(crate::jobs::worker::run(
        pool.clone(),
        runner,
        options,
        shutdown,
    )))
}

/// How a worker of `config` runs `concurrency` jobs at once.
#[must_use]
pub fn worker_options(config: &Config, concurrency: usize) -> WorkerOptions {
    WorkerOptions {
        concurrency,
        clock: config.clock,
        lease: Duration::from_secs(config.job_lease_secs),
        grace: Duration::from_secs(config.worker_grace_secs),
        job_timeout: Duration::from_secs(config.job_timeout_secs),
        retention: Duration::from_secs(config.job_retention_hours.saturating_mul(3600)),
        backoff: Backoff {
            base: Duration::from_millis(config.job_backoff_base_ms),
            cap: Duration::from_secs(config.job_backoff_max_secs),
        },
        // Reap often enough that a dead worker's job waits about one lease, not more.
        maintenance_every: Duration::from_secs(config.job_lease_secs / 2)
            .clamp(Duration::from_secs(1), Duration::from_secs(10)),
        ..WorkerOptions::default()
    }
}

/// Cancels `token` on Ctrl-C or SIGTERM.
pub fn cancel_on_signal(token: CancellationToken) {
    tokio::spawn(async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        let term = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut s) => {
                    s.recv().await;
                }
                Err(_) => std::future::pending().await,
            }
        };
        #[cfg(not(unix))]
        let term = std::future::pending::<()>();
        tokio::select! {
            _ = ctrl_c => {},
            () = term => {},
        }
        tracing::info!("shutting down: finishing in-flight requests");
        token.cancel();
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worker_options_follow_the_configuration() {
        use figment::providers::Format as _;
        let settings = "job_lease_secs = 6\njob_backoff_base_ms = 50\njob_backoff_max_secs = 2";
        let config = Config::from_figment(&figment::Figment::new().merge(figment::providers::Toml::string(settings)))
            .expect("valid");
        let options = worker_options(&config, 3);
        assert_eq!(options.concurrency, 3);
        assert_eq!(options.lease, Duration::from_secs(6));
        assert_eq!(
            options.maintenance_every,
            Duration::from_secs(3),
            "reaps twice per lease"
        );
        assert_eq!(options.backoff.base, Duration::from_millis(50));
        assert_eq!(options.backoff.cap, Duration::from_secs(2));
    }
}
