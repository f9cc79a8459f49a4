//! The worker: claims ready jobs up to its concurrency — background work (negative priority)
//! in at most half of its slots, so the rest stay free for e-mails, webhooks and reminders —
//! runs each under a lease it keeps alive, records the outcome (done, retry with backoff,
//! dead), and sleeps until a NOTIFY, the next scheduled job or a slow safety poll. On shutdown it stops claiming, lets running jobs
//! finish within a grace period, and puts back what did not.

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{DateTime, Utc};
use futures::FutureExt as _;
use sqlx::PgPool;
use sqlx::postgres::PgListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use uuid::Uuid;

use super::handler::{Handler, Outcome};
use super::options::WorkerOptions;
use super::{CHANNEL, maintenance};
use crate::clock::Clock;
use crate::ids::JobId;
use crate::store::jobs::{self as queue, AfterFailure, Band, Claimed};

/// Leases held by this worker's running jobs, so shutdown can hand them back.
type Held = Arc<Mutex<HashMap<JobId, Uuid>>>;

/// Runs jobs from `pool` with `handler` until `shutdown` is cancelled, then drains.
pub async fn run<H: Handler>(
    pool: PgPool,
    handler: Arc<H>,
    options: WorkerOptions,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    let concurrency = options.concurrency.max(1);
    let mut listener = PgListener::connect_with(&pool)
        .await
        .context("worker cannot open its LISTEN connection")?;
    listener
        .listen(CHANNEL)
        .await
        .context("worker cannot LISTEN for new jobs")?;
    let maintenance = tokio::spawn(maintenance::run(
        pool.clone(),
        Arc::clone(&handler),
        options.clone(),
        shutdown.clone(),
    ));
    let permits = Arc::new(Semaphore::new(concurrency));
    // Slots background jobs may hold at once; with one slot, that slot.
    let background_slots = (concurrency / 2).max(1);
    let background_running = Arc::new(AtomicUsize::new(0));
    let held: Held = Arc::default();
    let mut tasks = JoinSet::new();
    tracing::info!(concurrency, "worker started");

    while !shutdown.is_cancelled() {
        while let Some(done) = tasks.try_join_next() {
            log_panic(done);
        }
        let free = permits.available_permits();
        if free == 0 {
            tokio::select! {
                () = shutdown.cancelled() => break,
                Some(done) = tasks.join_next() => log_panic(done),
            }
            continue;
        }
        let room = background_slots.saturating_sub(background_running.load(Ordering::SeqCst));
        let claimed = match claim_both(&pool, free, room, options.lease, options.clock.now()).await {
            Ok(claimed) => claimed,
            Err(err) => {
                tracing::warn!(error = %err, "could not claim jobs; retrying shortly");
                tokio::select! {
                    () = shutdown.cancelled() => break,
                    () = tokio::time::sleep(Duration::from_secs(1)) => continue,
                }
            }
        };
        let drained = claimed.drained;
        for (job, background) in claimed.jobs {
            let Ok(permit) = Arc::clone(&permits).try_acquire_owned() else {
                break;
            };
            let attempt = Attempt::holding(&pool, &handler, &options, &held, &job);
            let running = background.then(|| Arc::clone(&background_running));
            if let Some(running) = &running {
                running.fetch_add(1, Ordering::SeqCst);
            }
            tasks.spawn(async move {
                attempt.run(job).await;
                if let Some(running) = running {
                    running.fetch_sub(1, Ordering::SeqCst);
                }
                drop(permit);
            });
        }
        if drained {
            // With background slots full, only foreground jobs can start before one ends.
            let band = if claimed.background_full {
                Band::Foreground
            } else {
                Band::Any
            };
            let wait = until_next_job(&pool, options.poll, options.clock, band).await;
            tokio::select! {
                () = shutdown.cancelled() => break,
                notified = listener.recv() => {
                    if let Err(err) = notified {
                        tracing::warn!(error = %err, "LISTEN connection lost; reconnecting");
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                }
                () = tokio::time::sleep(wait) => {}
                // A finished job may have been queued again for a retry soon.
                Some(done) = tasks.join_next() => log_panic(done),
            }
        }
    }

    tracing::info!(running = tasks.len(), grace = ?options.grace, "worker stopping: finishing running jobs");
    let drained = tokio::time::timeout(options.grace, async {
        while let Some(done) = tasks.join_next().await {
            log_panic(done);
        }
    })
    .await;
    if drained.is_err() {
        tasks.abort_all();
        while tasks.join_next().await.is_some() {}
        let leftovers: Vec<(JobId, Uuid)> = lock(&held).drain().collect();
        for (id, token) in leftovers {
            let now = options.clock.now();
            match store_call(&pool, |conn| Box::pin(queue::release(conn, id, token, now))).await {
                Ok(_) => tracing::warn!(job = %id, "job interrupted by shutdown; queued again"),
                Err(err) => tracing::warn!(job = %id, error = %err, "could not release job; its lease will expire"),
            }
        }
    }
    maintenance.abort();
    tracing::info!("worker stopped");
    Ok(())
}

/// Runs every job that is ready now, batch after batch of up to `options.concurrency`, until
/// none is: no LISTEN, no sleeping, no housekeeping. Each attempt is recorded as the worker
/// records it. Returns how many attempts ran. For tests and one-off drains.
pub async fn run_until_idle<H: Handler>(
    pool: &PgPool,
    handler: Arc<H>,
    options: &WorkerOptions,
) -> sqlx::Result<usize> {
    let held: Held = Arc::default();
    let mut ran = 0;
    loop {
        let claimed = claim(
            pool,
            options.concurrency.max(1),
            options.lease,
            options.clock.now(),
            Band::Any,
        )
        .await?;
        if claimed.is_empty() {
            return Ok(ran);
        }
        let mut batch = JoinSet::new();
        for job in claimed {
            ran += 1;
            let attempt = Attempt::holding(pool, &handler, options, &held, &job);
            batch.spawn(attempt.run(job));
        }
        while let Some(done) = batch.join_next().await {
            log_panic(done);
        }
    }
}

fn lock(held: &Held) -> std::sync::MutexGuard<'_, HashMap<JobId, Uuid>> {
    held.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn log_panic(done: Result<(), tokio::task::JoinError>) {
    if let Err(err) = done
        && err.is_panic()
    {
        tracing::error!(error = %err, "a job panicked; its lease will expire and it will run again");
    }
}

async fn claim(
    pool: &PgPool,
    free: usize,
    lease: Duration,
    now: DateTime<Utc>,
    band: Band,
) -> sqlx::Result<Vec<Claimed>> {
    let limit = i64::try_from(free).unwrap_or(i64::MAX);
    let mut conn = crate::store::acquire(pool).await?;
    queue::claim(&mut conn, limit, lease.as_secs_f64(), now, band).await
}

/// One round of claims: foreground jobs for the free slots, then background jobs for what is
/// left of them, at most `room`.
struct Claims {
    /// Each job, and whether it is background work.
    jobs: Vec<(Claimed, bool)>,
    /// Nothing more could be claimed now.
    drained: bool,
    /// Background jobs may be waiting, but their slots are full.
    background_full: bool,
}

async fn claim_both(
    pool: &PgPool,
    free: usize,
    room: usize,
    lease: Duration,
    now: DateTime<Utc>,
) -> sqlx::Result<Claims> {
    let foreground = claim(pool, free, lease, now, Band::Foreground).await?;
    let left = free - foreground.len().min(free);
    let room = room.min(left);
    let background = if room > 0 {
        claim(pool, room, lease, now, Band::Background).await?
    } else {
        Vec::new()
    };
    Ok(Claims {
        drained: foreground.len() < free && (room == 0 || background.len() < room),
        background_full: room == 0,
        jobs: foreground
            .into_iter()
            .map(|job| (job, false))
            .chain(background.into_iter().map(|job| (job, true)))
            .collect(),
    })
}

/// How long to sleep when the queue is drained: until the next scheduled job, at most `poll`.
async fn until_next_job(pool: &PgPool, poll: Duration, clock: Clock, band: Band) -> Duration {
    let next = match crate::store::acquire(pool).await {
        Ok(mut conn) => queue::next_run_at(&mut conn, band).await.ok().flatten(),
        Err(_) => None,
    };
    next.map_or(poll, |at| {
        (at - clock.now())
            .to_std()
            .unwrap_or(Duration::ZERO)
            .max(Duration::from_millis(5))
            .min(poll)
    })
}

/// Runs a store call on a pooled connection, retrying a few times over ~1.5 s so a brief
/// database hiccup does not turn a finished job into a re-run.
async fn store_call<T>(
    pool: &PgPool,
    call: impl for<'c> Fn(
        &'c mut sqlx::PgConnection,
    ) -> std::pin::Pin<Box<dyn Future<Output = sqlx::Result<T>> + Send + 'c>>,
) -> sqlx::Result<T> {
    let mut last = None;
    for delay_ms in [0, 100, 400, 1000] {
        if delay_ms > 0 {
            tokio::time::sleep(Duration::from_millis(delay_ms)).await;
        }
        match crate::store::acquire(pool).await {
            Ok(mut conn) => match call(&mut conn).await {
                Ok(value) => return Ok(value),
                Err(err) => last = Some(err),
            },
            Err(err) => last = Some(err),
        }
    }
    Err(last.unwrap_or(sqlx::Error::PoolClosed))
}

/// One attempt at one job.
struct Attempt<H> {
    pool: PgPool,
    handler: Arc<H>,
    options: WorkerOptions,
    held: Held,
}

impl<H: Handler> Attempt<H> {
    /// An attempt at `job`, whose lease is recorded as held until the attempt ends.
    fn holding(pool: &PgPool, handler: &Arc<H>, options: &WorkerOptions, held: &Held, job: &Claimed) -> Self {
        lock(held).insert(job.id, job.lease_token);
        Self {
            pool: pool.clone(),
            handler: Arc::clone(handler),
            options: options.clone(),
            held: Arc::clone(held),
        }
    }

    async fn run(self, job: Claimed) {
        let started = Instant::now();
        let kind = job.kind.clone();
        let waited = (self.options.clock.now() - job.run_at)
            .to_std()
            .unwrap_or(Duration::ZERO);
        metrics::histogram!("kairos_job_start_delay_seconds", "kind" => kind.clone()).record(waited.as_secs_f64());
        let span = tracing::info_span!("job", otel.name = %format!("job {kind}"), job.id = %job.id, job.kind = %kind, job.attempt = job.attempt);
        // Renews the lease while this attempt lives, and stops however the attempt ends: by
        // returning, by a panic in the handler, or by being aborted at shutdown.
        let heartbeat = AbortOnDrop(tokio::spawn(keep_lease(
            self.pool.clone(),
            job.id,
            job.lease_token,
            self.options.lease,
        )));
        let limit = self.handler.time_limit(&job, self.options.job_timeout);
        // A panicking handler is a failed attempt like any other, retried with backoff.
        let attempt = std::panic::AssertUnwindSafe(self.handler.run(&job)).catch_unwind();
        let outcome = tokio::time::timeout(limit, tracing::Instrument::instrument(attempt, span.clone()))
            .await
            .unwrap_or_else(|_| Ok(Outcome::Retry(format!("timed out after {limit:?}"))))
            .unwrap_or_else(|panic| {
                let why = panic_message(panic.as_ref());
                tracing::error!(parent: &span, panic = %why, "the job panicked");
                Outcome::Retry(format!("the job panicked: {why}"))
            });
        drop(heartbeat);
        let (id, token) = (job.id, job.lease_token);
        let label = match &outcome {
            Outcome::Done => {
                match store_call(&self.pool, |conn| Box::pin(queue::succeed(conn, id, token))).await {
                    Ok(true) => {}
                    Ok(false) => {
                        tracing::warn!(parent: &span, "job finished after its lease was lost; it may run again");
                    }
                    Err(err) => {
                        tracing::warn!(parent: &span, error = %err, "could not record success; the job will run again");
                    }
                }
                "succeeded"
            }
            Outcome::Retry(error) | Outcome::Fail(error) => {
                let give_up = matches!(outcome, Outcome::Fail(_));
                let delay = self.options.backoff.jittered(job.attempt);
                let retry_at = self.options.clock.now()
                    + chrono::TimeDelta::from_std(delay).unwrap_or(chrono::TimeDelta::hours(1));
                let error = error.chars().take(2000).collect::<String>();
                let recorded = store_call(&self.pool, |conn| {
                    let error = error.clone();
                    Box::pin(async move { queue::fail(conn, id, token, &error, retry_at, give_up).await })
                })
                .await;
                match recorded {
                    Ok(AfterFailure::Retrying) => {
                        metrics::counter!("kairos_job_retries_total", "kind" => kind.clone()).increment(1);
                        tracing::warn!(parent: &span, error = %error, retry_in = ?delay, "job failed; will retry");
                        "retrying"
                    }
                    Ok(AfterFailure::Dead) => {
                        metrics::counter!("kairos_jobs_dead_total", "kind" => kind.clone()).increment(1);
                        tracing::error!(parent: &span, error = %error, "job is dead: no attempts left (kairos jobs retry)");
                        "dead"
                    }
                    Ok(AfterFailure::LeaseLost) => "lease_lost",
                    Err(err) => {
                        tracing::warn!(parent: &span, error = %err, "could not record failure; the lease will expire");
                        "unrecorded"
                    }
                }
            }
        };
        lock(&self.held).remove(&id);
        metrics::histogram!("kairos_job_duration_seconds", "kind" => kind, "outcome" => label)
            .record(started.elapsed().as_secs_f64());
    }
}

/// Renews the lease every third of its length until aborted or the lease is lost.
/// A task aborted when this handle is dropped.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// What a panic said, when it said it with a string.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message")
}

async fn keep_lease(pool: PgPool, id: JobId, token: Uuid, lease: Duration) {
    let mut tick = tokio::time::interval(lease / 3);
    tick.tick().await;
    loop {
        tick.tick().await;
        match crate::store::acquire(&pool).await {
            Ok(mut conn) => match queue::heartbeat(&mut conn, id, token, lease.as_secs_f64()).await {
                Ok(true) => {}
                Ok(false) => {
                    tracing::warn!(job = %id, "lease lost (reaped); the job may run again elsewhere");
                    return;
                }
                Err(err) => tracing::warn!(job = %id, error = %err, "heartbeat failed"),
            },
            Err(err) => tracing::warn!(job = %id, error = %err, "heartbeat could not get a connection"),
        }
    }
}
