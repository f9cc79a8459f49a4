//! The queue's housekeeping, which every worker does on a timer: return jobs whose lease
//! expired (their worker died) to the queue and delete finished jobs past their retention,
//! then let the handler do its own chores. All are idempotent statements, so any number of
//! workers may run them at once.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::PgPool;
use tokio_util::sync::CancellationToken;

use super::handler::Handler;
use super::options::WorkerOptions;
use crate::store::jobs as queue;

/// Runs housekeeping every `options.maintenance_every` until `shutdown`.
pub async fn run<H: Handler>(pool: PgPool, handler: Arc<H>, options: WorkerOptions, shutdown: CancellationToken) {
    let mut tick = tokio::time::interval(options.maintenance_every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            _ = tick.tick() => {}
        }
        if let Err(err) = once(&pool, options.retention, options.clock.now()).await {
            tracing::warn!(error = %err, "job housekeeping failed; will try again");
        }
        handler.housekeeping(options.clock.now()).await;
    }
}

/// One round of the queue's housekeeping, as of `now`.
pub async fn once(pool: &PgPool, retention: Duration, now: DateTime<Utc>) -> sqlx::Result<()> {
    let mut conn = crate::store::acquire(pool).await?;
    let reaped = queue::reap(&mut conn, now).await?;
    for job in &reaped {
        if job.dead {
            metrics::counter!("kairos_jobs_dead_total", "kind" => job.kind.clone()).increment(1);
            tracing::error!(job = %job.id, kind = %job.kind, "lease expired on the last attempt; job is dead");
        } else {
            metrics::counter!("kairos_job_retries_total", "kind" => job.kind.clone()).increment(1);
            tracing::warn!(job = %job.id, kind = %job.kind, "lease expired; job queued again");
        }
    }
    if reaped.iter().any(|j| !j.dead) {
        sqlx::query("SELECT pg_notify($1, '')")
            .bind(super::CHANNEL)
            .execute(&mut *conn)
            .await?;
    }
    queue::prune(&mut conn, retention.as_secs_f64()).await?;
    Ok(())
}
