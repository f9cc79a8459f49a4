//! How a worker runs: concurrency, leases, timeouts, backoff and housekeeping intervals.

use std::time::Duration;

use super::backoff::Backoff;
use crate::clock::Clock;

/// How a worker runs.
#[derive(Debug, Clone)]
pub struct WorkerOptions {
    /// Jobs run at once.
    pub concurrency: usize,
    /// A claim's lease; renewed every third of it while the job runs.
    pub lease: Duration,
    /// How long shutdown waits for running jobs before putting them back.
    pub grace: Duration,
    /// Longest sleep without a notification (a safety net; NOTIFY does the real waking).
    pub poll: Duration,
    /// Longest a single attempt may run before it counts as failed.
    pub job_timeout: Duration,
    pub backoff: Backoff,
    /// How often this worker reaps expired leases and prunes old jobs.
    pub maintenance_every: Duration,
    /// How long succeeded and cancelled jobs are kept.
    pub retention: Duration,
    /// The time that `run_at`, retries and housekeeping are measured against.
    pub clock: Clock,
}

impl Default for WorkerOptions {
    fn default() -> Self {
        Self {
            concurrency: 8,
            lease: Duration::from_secs(30),
            grace: Duration::from_secs(20),
            poll: Duration::from_secs(5),
            job_timeout: Duration::from_secs(120),
            backoff: Backoff::default(),
            maintenance_every: Duration::from_secs(10),
            retention: Duration::from_secs(7 * 24 * 3600),
            clock: Clock::System,
        }
    }
}
