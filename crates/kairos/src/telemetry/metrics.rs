//! Prometheus metrics, served on their own listener so scrapes never compete with API
//! traffic and stay answerable when the API sheds load. Histograms have explicit buckets so
//! they aggregate across instances (a summary would not).

use std::sync::OnceLock;

use anyhow::Context;
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sqlx::PgPool;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// Latency buckets in seconds, from 1 ms to 30 s; dense around the 100–150 ms targets.
const LATENCY_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The process's Prometheus recorder, installed on first use. The `metrics` facade is global
/// by design, so every app in a process (tests start several) shares one.
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets(LATENCY_BUCKETS)
            .unwrap_or_else(|_| PrometheusBuilder::new());
        let handle = match builder.install_recorder() {
            Ok(handle) => handle,
            Err(err) => {
                tracing::warn!(error = %err, "another metrics recorder is installed; /metrics will be empty");
                PrometheusBuilder::new().build_recorder().handle()
            }
        };
        describe();
        // Counters exist from the start, so a dashboard sees 0 rather than no data.
        for counter in [
            "kairos_http_requests_shed_total",
            "kairos_http_deadline_exceeded_total",
            "kairos_http_body_timeouts_total",
            "kairos_http_panics_total",
            "kairos_db_pool_acquire_timeouts_total",
            "kairos_rate_limit_fallbacks_total",
            "kairos_redis_failures_total",
            "kairos_cache_hits_total",
            "kairos_cache_misses_total",
            "kairos_cache_bypassed_total",
            "kairos_cache_discarded_total",
            "kairos_cache_memory_hits_total",
            "kairos_cache_version_reads_total",
            "kairos_cache_version_statements_total",
        ] {
            metrics::counter!(counter).absolute(0);
        }
        for spec in crate::jobs::payload::KINDS {
            metrics::counter!("kairos_job_retries_total", "kind" => spec.name).absolute(0);
            metrics::counter!("kairos_jobs_dead_total", "kind" => spec.name).absolute(0);
        }
        for kind in ["transient", "failed"] {
            metrics::counter!("kairos_calendar_sync_errors_total", "kind" => kind).absolute(0);
        }
        for outcome in ["served", "behind", "unavailable"] {
            metrics::counter!("kairos_replica_slot_reads_total", "outcome" => outcome).absolute(0);
        }
        for engine in ["parser", "llm"] {
            metrics::counter!("kairos_assistant_understood_total", "engine" => engine, "outcome" => "ok").absolute(0);
        }
        metrics::gauge!("http_server_active_requests").set(0.0);
        metrics::gauge!("kairos_build_info", "version" => env!("CARGO_PKG_VERSION")).set(1.0);
        handle
    })
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram};
    describe_histogram!(
        "http_server_request_duration_seconds",
        metrics::Unit::Seconds,
        "Duration of HTTP requests served, by method, route template and status class."
    );
    describe_gauge!("http_server_active_requests", "HTTP requests being served now.");
    describe_counter!(
        "kairos_http_requests_shed_total",
        "Requests answered 503 at once because the instance was at its in-flight limit."
    );
    describe_counter!(
        "kairos_http_panics_total",
        "Requests whose handler panicked, answered 500 (a bug: see the ERROR log with the request id)."
    );
    describe_counter!(
        "kairos_http_body_timeouts_total",
        "Requests answered 408 because their body did not arrive within the body read time."
    );
    describe_counter!(
        "kairos_rate_limited_total",
        "Anonymous requests answered 429, by the limit (rule) they went past."
    );
    describe_counter!(
        "kairos_rate_limit_fallbacks_total",
        "Limit checks counted in this instance's memory because Redis could not answer."
    );
    describe_gauge!(
        "kairos_redis_up",
        "1 while this instance's last call to Redis succeeded, 0 after one failed."
    );
    describe_gauge!(
        "kairos_db_up",
        "1 while PostgreSQL answered this instance's last check (at each scrape, on a connection of its own), 0 when it did not."
    );
    describe_gauge!(
        "kairos_nats_up",
        "1 while this instance's last publish to NATS JetStream was acknowledged, 0 after one failed."
    );
    describe_counter!(
        "kairos_redis_failures_total",
        "Calls to Redis that failed or timed out."
    );
    describe_counter!(
        "kairos_replica_slot_reads_total",
        "Public slot lists computed with a replica configured, by outcome: served by the replica (it had caught up), behind (read from the primary), unavailable (the replica failed or was slow; read from the primary)."
    );
    describe_counter!(
        "kairos_cache_hits_total",
        "Public slot reads answered from a cached list whose versions are current."
    );
    describe_counter!(
        "kairos_cache_misses_total",
        "Public slot reads without a current cached list (computed, and stored once)."
    );
    describe_counter!(
        "kairos_cache_bypassed_total",
        "Public slot reads that found Redis down or slow and were computed from PostgreSQL."
    );
    describe_counter!(
        "kairos_cache_discarded_total",
        "Cached slot lists that could not be read (damaged or of another version), discarded."
    );
    describe_counter!(
        "kairos_cache_memory_hits_total",
        "Of the cache hits, those served from the instance's own memory (no call to Redis)."
    );
    describe_counter!(
        "kairos_cache_version_reads_total",
        "Slot reads whose versions were read in a shared statement (one per read checked)."
    );
    describe_counter!(
        "kairos_cache_version_statements_total",
        "Statements that read slot versions for a batch of reads (reads / statements: the batching)."
    );
    describe_counter!(
        "kairos_http_deadline_exceeded_total",
        "Requests answered 503 because they ran past the request deadline."
    );
    describe_gauge!(
        "kairos_db_pool_connections",
        "Connections of the database pool, by state (idle, in_use)."
    );
    describe_gauge!(
        "kairos_db_pool_max_connections",
        "The configured size of the database pool."
    );
    describe_histogram!(
        "kairos_db_pool_acquire_duration_seconds",
        metrics::Unit::Seconds,
        "Wait for a pooled database connection."
    );
    describe_counter!(
        "kairos_db_pool_acquire_timeouts_total",
        "Requests that gave up waiting for a pooled connection (answered 503)."
    );
    describe_histogram!(
        "kairos_db_query_duration_seconds",
        metrics::Unit::Seconds,
        "Duration of database calls, by store function."
    );
    describe_histogram!(
        "kairos_calendar_sync_duration_seconds",
        metrics::Unit::Seconds,
        "Duration of calendar source syncs, by outcome (synced, unchanged, transient, failed)."
    );
    describe_counter!(
        "kairos_calendar_sync_errors_total",
        "Calendar source syncs that failed, by kind (transient: the server or network, retried; failed: needs the host or operator)."
    );
    describe_gauge!(
        "kairos_calendar_sources",
        "Calendar sources of all hosts (set by the workers' housekeeping)."
    );
    describe_gauge!(
        "kairos_calendar_sources_stale",
        "Calendar sources without a successful sync within KAIROS_CALENDAR_STALE_AFTER_MINUTES."
    );
    describe_gauge!(
        "kairos_calendar_sync_freshest_age_seconds",
        "Time since the latest successful sync of any calendar source: growing without bound means no sync succeeds."
    );
    describe_counter!(
        "kairos_webhook_deliveries_total",
        "Webhook delivery attempts, by outcome (delivered, failed)."
    );
    describe_histogram!(
        "kairos_webhook_delivery_duration_seconds",
        metrics::Unit::Seconds,
        "Duration of webhook delivery attempts, until the answer or the failure."
    );
    describe_counter!(
        "kairos_assistant_understood_total",
        "Assistant requests understood, by engine (parser, llm) and outcome (ok, or why the model's answer was not used)."
    );
    describe_gauge!("kairos_build_info", "Build information; the value is always 1.");
    describe_gauge!(
        "kairos_backup_last_success_timestamp_seconds",
        "Unix time the last backup was created successfully (0: never)."
    );
    describe_gauge!(
        "kairos_backup_verify_last_success_timestamp_seconds",
        "Unix time a backup was last verified by a restore successfully (0: never)."
    );
    describe_gauge!("kairos_jobs", "Background jobs by kind and state.");
    describe_gauge!(
        "kairos_job_oldest_waiting_seconds",
        "Age of the oldest job that is ready and waiting for a worker (0 when none waits)."
    );
    describe_histogram!(
        "kairos_job_duration_seconds",
        metrics::Unit::Seconds,
        "Claim to finish of one job attempt, by kind and outcome."
    );
    describe_histogram!(
        "kairos_job_start_delay_seconds",
        metrics::Unit::Seconds,
        "From when a job was due to when a worker started it, by kind."
    );
    describe_counter!(
        "kairos_job_retries_total",
        "Job attempts that failed and were queued again, by kind."
    );
    describe_counter!(
        "kairos_jobs_dead_total",
        "Jobs that ran out of attempts (or failed for good), by kind."
    );
}

/// The current metrics in the Prometheus text format, with the pool's gauges refreshed.
pub fn render(pool: &PgPool) -> String {
    let handle = handle();
    let size = f64::from(pool.size());
    let idle = pool.num_idle() as f64;
    metrics::gauge!("kairos_db_pool_connections", "state" => "idle").set(idle);
    metrics::gauge!("kairos_db_pool_connections", "state" => "in_use").set((size - idle).max(0.0));
    metrics::gauge!("kairos_db_pool_max_connections").set(f64::from(pool.options().get_max_connections()));
    handle.render()
}

/// Reads the queue's gauges (jobs by kind and state, the oldest waiting job's age) from the
/// database. Bounded by a short deadline: a scrape of an overloaded instance shows the last
/// values rather than waiting for the pool.
pub async fn refresh_queue_gauges(pool: &PgPool) {
    let read = async {
        let mut conn = crate::store::acquire(pool).await?;
        let counts = crate::store::jobs::counts(&mut conn).await?;
        // A gauge for operators: the age on the system clock, as their dashboards show it.
        let age = crate::store::jobs::oldest_ready_age_seconds(&mut conn, crate::clock::Clock::System.now()).await?;
        Ok::<_, sqlx::Error>((counts, age))
    };
    match tokio::time::timeout(std::time::Duration::from_millis(500), read).await {
        Ok(Ok((counts, age))) => {
            for spec in crate::jobs::payload::KINDS {
                for state in ["queued", "running", "succeeded", "dead", "cancelled"] {
                    let n = counts
                        .iter()
                        .find(|(k, s, _)| k == spec.name && s == state)
                        .map_or(0, |(_, _, n)| *n);
                    metrics::gauge!("kairos_jobs", "kind" => spec.name, "state" => state).set(n as f64);
                }
            }
            metrics::gauge!("kairos_job_oldest_waiting_seconds").set(age);
        }
        Ok(Err(err)) => tracing::debug!(error = %err, "could not read the queue's gauges"),
        Err(_) => tracing::debug!("reading the queue's gauges timed out"),
    }
}

/// Checks that PostgreSQL answers on the probe connection within half a second, sets
/// `kairos_db_up`, and says whether it did.
pub async fn refresh_db_up(probe: &PgPool) -> bool {
    let check = sqlx::query_scalar::<_, i32>("SELECT 1").fetch_one(probe);
    let up = matches!(
        tokio::time::timeout(std::time::Duration::from_millis(500), check).await,
        Ok(Ok(_))
    );
    metrics::gauge!("kairos_db_up").set(if up { 1.0 } else { 0.0 });
    up
}

/// Reads when backups last succeeded (`backup_runs`, written by whichever process ran them).
pub async fn refresh_backup_gauges(pool: &PgPool) {
    let read = async {
        let mut conn = crate::store::acquire(pool).await?;
        crate::store::backups::last_successes(&mut *conn).await
    };
    match tokio::time::timeout(std::time::Duration::from_millis(500), read).await {
        Ok(Ok(last)) => {
            let seconds =
                |at: Option<chrono::DateTime<chrono::Utc>>| at.map_or(0.0, |at| at.timestamp_millis() as f64 / 1000.0);
            metrics::gauge!("kairos_backup_last_success_timestamp_seconds").set(seconds(last.created));
            metrics::gauge!("kairos_backup_verify_last_success_timestamp_seconds").set(seconds(last.verified));
        }
        Ok(Err(err)) => tracing::debug!(error = %err, "could not read the backup gauges"),
        Err(_) => tracing::debug!("reading the backup gauges timed out"),
    }
}

/// Serves `GET /metrics` on `listener` until `shutdown` is cancelled.
pub async fn serve(listener: TcpListener, pool: PgPool, shutdown: CancellationToken) -> anyhow::Result<()> {
    handle();
    let probe = crate::store::probe_pool(&pool);
    let app = Router::new()
        .route(
            "/metrics",
            axum::routing::get(|State((pool, probe)): State<(PgPool, PgPool)>| async move {
                // With the database down the gauges it holds keep their last values, so the
                // scrape is answered within a short scrape timeout.
                if refresh_db_up(&probe).await {
                    refresh_queue_gauges(&pool).await;
                    refresh_backup_gauges(&pool).await;
                }
                ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], render(&pool)).into_response()
            }),
        )
        .with_state((pool, probe));
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown.cancelled_owned())
        .await
        .context("metrics server failed")
}
