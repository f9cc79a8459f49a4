//! Putting typed jobs in the queue, on whatever connection the caller holds — usually the
//! transaction of the change that causes them, so they commit or roll back with it.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use super::Job;
use crate::ids::JobId;
use crate::store::jobs::{self as queue, NewJob};

/// A job with its scheduling: when it may run, its idempotency key, what it is about.
#[derive(Debug, Clone)]
pub struct Planned {
    pub job: Job,
    pub run_at: Option<DateTime<Utc>>,
    pub unique_key: Option<String>,
    pub subject: Option<Uuid>,
}

impl Job {
    /// This job, to run as soon as a worker is free.
    #[must_use]
    pub fn planned(self) -> Planned {
        Planned {
            job: self,
            run_at: None,
            unique_key: None,
            subject: None,
        }
    }
}

impl Planned {
    #[must_use]
    pub fn at(mut self, run_at: DateTime<Utc>) -> Self {
        self.run_at = Some(run_at);
        self
    }

    /// A second job with the same key is not queued (while the first is kept).
    #[must_use]
    pub fn unique(mut self, key: String) -> Self {
        self.unique_key = Some(key);
        self
    }

    #[must_use]
    pub fn about(mut self, subject: Uuid) -> Self {
        self.subject = Some(subject);
        self
    }
}

/// Queues `jobs` on `conn`, those without a time to run at `now`; returns how many were new
/// (the others had a key already queued).
pub async fn enqueue(conn: &mut PgConnection, jobs: Vec<Planned>, now: DateTime<Utc>) -> anyhow::Result<u64> {
    Ok(queue::insert(conn, &rows(jobs, now)?).await?)
}

/// The rows that queue `jobs`, each with its kind's version, priority and attempts; a job
/// without a time runs at `now` (the caller's clock, which the worker's claim also reads).
pub fn rows(jobs: Vec<Planned>, now: DateTime<Utc>) -> serde_json::Result<Vec<NewJob>> {
    jobs.into_iter()
        .map(|planned| {
            let spec = planned.job.spec();
            Ok(NewJob {
                id: JobId::generate(),
                kind: spec.name,
                version: spec.version,
                payload: planned.job.encode()?,
                priority: spec.priority,
                run_at: planned.run_at.unwrap_or(now),
                max_attempts: spec.max_attempts,
                unique_key: planned.unique_key,
                subject: planned.subject,
            })
        })
        .collect()
}
