//! `kairos jobs …`: what an operator needs when background work goes wrong — counts by kind
//! and state, the dead jobs with their last error, and retrying them once the cause is fixed.

use std::io::Write;

use anyhow::{Context, bail};
use clap::Subcommand;
use sqlx::PgPool;

use crate::ids::JobId;
use crate::store::{self, jobs as queue};

#[derive(Debug, Subcommand)]
pub enum JobsCommand {
    /// Jobs by kind and state, and the age of the oldest job waiting for a worker.
    Stats,
    /// List jobs in a state, newest first, with their last error.
    List {
        /// queued, running, succeeded, dead or cancelled.
        #[arg(long, default_value = "dead")]
        state: String,
        /// Only jobs of this kind (e.g. `booking.email`, `webhook.deliver`).
        #[arg(long)]
        kind: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Send dead jobs back to the queue with a fresh set of attempts.
    Retry {
        /// The jobs to retry (`job_…` ids).
        ids: Vec<String>,
        /// Retry every dead job.
        #[arg(long, conflicts_with = "ids")]
        all_dead: bool,
    },
}

const STATES: [&str; 5] = ["queued", "running", "succeeded", "dead", "cancelled"];

/// Runs one `kairos jobs` command, writing its report to `out`.
pub async fn run(pool: &PgPool, command: JobsCommand, out: &mut impl Write) -> anyhow::Result<()> {
    let mut conn = store::acquire(pool).await?;
    // An operator's command acts on the system clock's "now".
    let now = crate::clock::Clock::System.now();
    match command {
        JobsCommand::Stats => {
            let counts = queue::counts(&mut conn).await?;
            writeln!(
                out,
                "{:<20} {:>8} {:>8} {:>10} {:>8} {:>10}",
                "kind", "queued", "running", "succeeded", "dead", "cancelled"
            )?;
            let mut kinds: Vec<&str> = counts.iter().map(|(k, _, _)| k.as_str()).collect();
            kinds.sort_unstable();
            kinds.dedup();
            for kind in kinds {
                let n = |state: &str| {
                    counts
                        .iter()
                        .find(|(k, s, _)| k == kind && s == state)
                        .map_or(0, |(_, _, n)| *n)
                };
                let [q, r, s, d, c] = STATES.map(n);
                writeln!(out, "{kind:<20} {q:>8} {r:>8} {s:>10} {d:>8} {c:>10}")?;
            }
            let age = queue::oldest_ready_age_seconds(&mut conn, now).await?;
            writeln!(out, "oldest job waiting for a worker: {age:.1} s")?;
        }
        JobsCommand::List { state, kind, limit } => {
            if !STATES.contains(&state.as_str()) {
                bail!("--state must be one of {}", STATES.join(", "));
            }
            let jobs = queue::list(&mut conn, &state, kind.as_deref(), limit.clamp(1, 10_000)).await?;
            for job in &jobs {
                writeln!(
                    out,
                    "{}  {}  attempts {}/{}  created {}  {}",
                    job.id,
                    job.kind,
                    job.attempts,
                    job.max_attempts,
                    job.created_at.format("%Y-%m-%d %H:%M:%S UTC"),
                    job.last_error.as_deref().unwrap_or("")
                )?;
            }
            writeln!(out, "{} {state} job(s)", jobs.len())?;
        }
        JobsCommand::Retry { ids, all_dead } => {
            if ids.is_empty() && !all_dead {
                bail!("name the jobs to retry, or pass --all-dead");
            }
            let retried = if all_dead {
                queue::retry_dead(&mut conn, None, now).await?
            } else {
                let ids = ids
                    .iter()
                    .map(|id| id.parse::<JobId>())
                    .collect::<Result<Vec<_>, _>>()
                    .context("not a job id")?;
                queue::retry_dead(&mut conn, Some(&ids), now).await?
            };
            for id in &retried {
                writeln!(out, "queued again: {id}")?;
            }
            writeln!(out, "{} dead job(s) queued again", retried.len())?;
        }
    }
    Ok(())
}
