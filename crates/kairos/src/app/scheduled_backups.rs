//! Backups on a schedule, run by the workers through the job queue: housekeeping queues the
//! next slot's `backup.run` job under a unique key (so any number of workers queue it once),
//! and the job creates a backup, verifies it when asked, prunes, and records each success in
//! `backup_runs`, which the `kairos_backup_*_last_success_timestamp_seconds` gauges read.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

use crate::backup::{Destination, PgTarget, Policy};
use crate::config::Config;
use crate::config::backup_schedule::Schedule;
use crate::jobs::enqueue;
use crate::jobs::payload::{Backup, Job};
use crate::store::backups::{self as runs, RunKind};

/// Queues the backup of the first slot after `now` (a no-op when it is already queued).
pub async fn queue_next(conn: &mut PgConnection, schedule: Schedule, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let slot = schedule.next_after(now);
    enqueue::enqueue(
        conn,
        vec![
            Job::Backup(Backup { slot })
                .planned()
                .at(slot)
                .unique(format!("backup:{}", slot.to_rfc3339())),
        ],
        now,
    )
    .await
}

/// What a scheduled backup needs: where from, where to, what to keep.
#[derive(Debug, Clone)]
pub struct Plan {
    pub source: PgTarget,
    pub destination: Destination,
    pub policy: Policy,
    pub verify: bool,
}

impl Plan {
    /// The plan of the configuration; none without a destination.
    pub fn from_config(config: &Config, pool: &PgPool) -> anyhow::Result<Option<Self>> {
        let Some(destination) = Destination::from_config(config)? else {
            return Ok(None);
        };
        Ok(Some(Self {
            source: crate::backup::source_of(config, pool)?,
            destination,
            policy: crate::backup::policy_of(config),
            verify: config.backup_verify,
        }))
    }
}

/// One scheduled run: create, verify (when asked), prune, recording each success.
pub async fn run(pool: &PgPool, plan: &Plan) -> anyhow::Result<()> {
    let manifest = crate::backup::create::create(&plan.source, &plan.destination).await?;
    record(pool, RunKind::Create, &manifest.name, manifest.dump_seconds).await?;
    if plan.verify {
        let verified = crate::backup::verify::verify(&plan.source, &plan.destination, Some(&manifest.name), 2).await?;
        if !verified.ok() {
            anyhow::bail!(
                "backup {} failed verification: {}",
                manifest.name,
                verified.problems.join("; ")
            );
        }
        record(pool, RunKind::Verify, &manifest.name, verified.restore_seconds).await?;
    }
    let pruned = crate::backup::catalog::prune(&plan.destination, plan.policy, false, manifest.created_at).await?;
    tracing::info!(backup = %manifest.name, pruned = pruned.len(), "scheduled backup done");
    Ok(())
}

/// Records a successful run for the gauges.
pub async fn record(pool: &PgPool, kind: RunKind, backup: &str, seconds: f64) -> sqlx::Result<()> {
    runs::record_success(&mut *crate::store::acquire(pool).await?, kind, backup, seconds).await
}
