//! Background work in tests: a configuration whose effects reach the test peers quickly, a
//! real worker that drains when dropped, the queue run directly until idle, and a bounded wait
//! for effects that only a peer can see.

use std::sync::Arc;
use std::time::{Duration, Instant};

use kairos::config::{Config, SmtpTls};
use sqlx::PgPool;
use tokio_util::sync::CancellationToken;

use super::peers::SmtpServer;

/// A configuration whose effects reach the test peers quickly.
pub fn config(smtp: Option<&SmtpServer>) -> Config {
    Config {
        smtp_host: smtp.map(|_| "127.0.0.1".to_owned()),
        smtp_port: smtp.map_or(587, |s| s.port),
        smtp_tls: SmtpTls::None,
        webhook_allow_private_addresses: true,
        job_backoff_base_ms: 20,
        job_backoff_max_secs: 1,
        ..Config::default()
    }
}

/// A worker of the real runner on `pool`, stopped (and drained) when dropped.
pub struct Worker {
    shutdown: CancellationToken,
}

impl Worker {
    pub async fn start(pool: &PgPool, config: &Config) -> Self {
        let shutdown = CancellationToken::new();
        kairos::startup::spawn_worker(pool, config, 4, shutdown.clone())
            .await
            .expect("worker starts");
        Self { shutdown }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

/// Polls `check` every 50 ms until it holds or `within` passes.
pub async fn eventually(within: Duration, mut check: impl AsyncFnMut() -> bool) -> bool {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    check().await
}

/// Runs every job that is ready now with the real runner of `config`, batch after batch, until
/// none is ready: no worker, no sleeping, no polling. Returns how many attempts ran.
pub async fn run_jobs_until_idle(pool: &PgPool, config: &Config) -> usize {
    let runner = kairos::app::background::Runner::from_config(pool.clone(), config)
        .await
        .expect("runner");
    let options = kairos::startup::worker_options(config, 4);
    kairos::jobs::worker::run_until_idle(pool, Arc::new(runner), &options)
        .await
        .expect("jobs run")
}

/// Runs one sync of every calendar source now with the runner of `config`. The test clock
/// stands still, so last attempts are made to look a minute old, and thus due.
pub async fn sync_calendars(pool: &PgPool, config: &Config) {
    sqlx::query("DELETE FROM jobs")
        .execute(pool)
        .await
        .expect("clear the queue");
    sqlx::query("UPDATE calendar_sources SET last_attempt_at = last_attempt_at - interval '1 minute'")
        .execute(pool)
        .await
        .expect("due");
    kairos::app::calendar_sources::queue_due(pool, chrono::TimeDelta::zero(), config.clock.now())
        .await
        .expect("queued");
    run_jobs_until_idle(pool, config).await;
}
