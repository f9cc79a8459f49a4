//! The use cases' housekeeping, run by every worker after the queue's own: delete idempotency
//! keys past their replay window, the web app's expired sessions and stale log-in failures,
//! and queue the next scheduled backup. All are idempotent statements, so any number of
//! workers may run them at once.

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use super::accounts::LOCKOUT_WINDOW;
use super::scheduled_backups;
use crate::config::backup_schedule::Schedule;
use crate::store;

/// One round, as of `now`, logging what failed (the next round tries again).
pub async fn run(pool: &PgPool, backup_schedule: Option<Schedule>, now: DateTime<Utc>) {
    if let Err(err) = prune(pool, now).await {
        tracing::warn!(error = %err, "housekeeping failed; will try again");
    }
    if let Some(schedule) = backup_schedule {
        let queued = async {
            let mut conn = store::acquire(pool).await?;
            scheduled_backups::queue_next(&mut conn, schedule, now).await
        };
        if let Err(err) = queued.await {
            tracing::warn!(error = %format!("{err:#}"), "could not queue the next backup; will try again");
        }
    }
}

/// Deletes what has outlived its use as of `now`: replayable responses, sessions, log-in
/// failures outside the lockout window.
pub async fn prune(pool: &PgPool, now: DateTime<Utc>) -> sqlx::Result<()> {
    let mut conn = store::acquire(pool).await?;
    store::idempotency::prune_expired(&mut conn).await?;
    store::accounts::delete_expired_sessions(&mut *conn, now).await?;
    store::accounts::prune_failures(&mut *conn, now - LOCKOUT_WINDOW).await?;
    Ok(())
}
