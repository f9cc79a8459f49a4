//! What a worker runs jobs with: the work of each kind, its time limit, and periodic chores.
//! The queue knows nothing of what jobs do; the use cases implement [`Handler`].

use std::future::Future;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::store::jobs::Claimed;

/// What became of one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// A transient failure: run again after a backoff, until the kind's attempts run out.
    Retry(String),
    /// A permanent failure: dead at once (an operator can still retry it).
    Fail(String),
}

/// Runs jobs. The worker owns claiming, leases and outcomes; a handler only does the work.
pub trait Handler: Send + Sync + 'static {
    fn run(&self, job: &Claimed) -> impl Future<Output = Outcome> + Send;

    /// Longest one attempt of `job` may run; `default` is the worker's `job_timeout`.
    fn time_limit(&self, job: &Claimed, default: Duration) -> Duration {
        let _ = job;
        default
    }

    /// The handler's own periodic chores, run after the queue's housekeeping as of `now`.
    fn housekeeping(&self, now: DateTime<Utc>) -> impl Future<Output = ()> + Send {
        let _ = now;
        async {}
    }
}
