//! The record of successful backup runs, behind the `kairos_backup_*_last_success` gauges.

use chrono::{DateTime, Utc};
use sqlx::PgExecutor;

/// What a run did: made a backup, or restored one into a scratch database and checked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunKind {
    Create,
    Verify,
}

impl RunKind {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Verify => "verify",
        }
    }
}

/// Records that `backup` was made or verified successfully just now, in `seconds`.
#[tracing::instrument(skip_all)]
pub async fn record_success(db: impl PgExecutor<'_>, kind: RunKind, backup: &str, seconds: f64) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO backup_runs (kind, backup, seconds) VALUES ($1, $2, $3)
         ON CONFLICT (kind, backup) DO UPDATE SET finished_at = now(), seconds = excluded.seconds",
        kind.as_str(),
        backup,
        seconds
    )
    .execute(db)
    .await?;
    Ok(())
}

/// When the last successful run of each kind finished (none: never).
#[derive(Debug, Clone, Copy, Default)]
pub struct LastSuccesses {
    pub created: Option<DateTime<Utc>>,
    pub verified: Option<DateTime<Utc>>,
}

#[tracing::instrument(skip_all)]
pub async fn last_successes(db: impl PgExecutor<'_>) -> sqlx::Result<LastSuccesses> {
    let row = sqlx::query!(
        r#"SELECT (SELECT max(finished_at) FROM backup_runs WHERE kind = 'create') AS "created",
                  (SELECT max(finished_at) FROM backup_runs WHERE kind = 'verify') AS "verified""#
    )
    .fetch_one(db)
    .await?;
    Ok(LastSuccesses {
        created: row.created,
        verified: row.verified,
    })
}
