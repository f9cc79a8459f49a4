//! The job queue's throughput (enqueue → claim → complete) with 1, 4 and 16 jobs running at
//! once, and how soon an idle worker starts a job after its enqueue commits — against the
//! PostgreSQL at `DATABASE_URL`, in a scratch database of its own. The reference, measured
//! in the same run, is the bare SQL of one claim and one completion per job on one
//! connection, without the worker around it. Then the same start delays while 1,000
//! background jobs (calendar syncs, each waiting on a remote server) are all due at once.
//!
//! `DATABASE_URL=postgres://… cargo bench -p kairos --bench queue` (`QUEUE_BENCH_JOBS` sets the
//! job count, default 5000).

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use kairos::ids::JobId;
use kairos::jobs::{Handler, Outcome, WorkerOptions, worker};
use kairos::store::jobs::{self as queue, Claimed, NewJob};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

/// The scratch database (dropped and created afresh by each run).
const DATABASE: &str = "kairos_bench_queue";

/// The kind of the background jobs, which wait before they finish.
const BACKGROUND_KIND: &str = "bench.sync";

/// Reports that a job started, so what is measured is the queue itself; a background job
/// (negative priority, [`BACKGROUND_KIND`]) holds its slot for `hold`, like a sync waiting on a slow server,
/// and reports nothing.
struct Noop {
    started: mpsc::UnboundedSender<Instant>,
    hold: Duration,
}

impl Noop {
    fn new(started: mpsc::UnboundedSender<Instant>) -> Self {
        Self {
            started,
            hold: Duration::ZERO,
        }
    }
}

impl Handler for Noop {
    async fn run(&self, job: &Claimed) -> Outcome {
        if job.kind == BACKGROUND_KIND {
            tokio::time::sleep(self.hold).await;
        } else {
            let _ = self.started.send(Instant::now());
        }
        Outcome::Done
    }
}

fn job() -> NewJob {
    job_at(0)
}

/// A job of `priority`: 10 like an e-mail or a reminder, -5 like a calendar sync.
fn job_at(priority: i16) -> NewJob {
    NewJob {
        id: JobId::generate(),
        kind: if priority < 0 { BACKGROUND_KIND } else { "bench.noop" },
        version: 1,
        payload: serde_json::json!({"to": "bench@example.com"}),
        priority,
        run_at: Utc::now(),
        max_attempts: 3,
        unique_key: None,
        subject: None,
    }
}

async fn scratch_pool(url: &str, size: u32) -> anyhow::Result<PgPool> {
    let admin: PgConnectOptions = url.parse()?;
    let mut conn = admin.connect().await?;
    sqlx::query("DROP DATABASE IF EXISTS kairos_bench_queue WITH (FORCE)")
        .execute(&mut conn)
        .await?;
    sqlx::query("CREATE DATABASE kairos_bench_queue")
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    let pool = PgPoolOptions::new()
        .max_connections(size)
        .connect_with(admin.database(DATABASE))
        .await?;
    kairos::store::migrate(&pool).await?;
    Ok(pool)
}

async fn enqueue(pool: &PgPool, count: usize) -> anyhow::Result<Duration> {
    let started = Instant::now();
    let mut conn = pool.acquire().await?;
    for chunk in (0..count).collect::<Vec<_>>().chunks(500) {
        let jobs: Vec<NewJob> = chunk.iter().map(|_| job()).collect();
        queue::insert(&mut conn, &jobs).await?;
    }
    Ok(started.elapsed())
}

async fn clear(pool: &PgPool) -> anyhow::Result<()> {
    sqlx::query("TRUNCATE jobs").execute(pool).await?;
    Ok(())
}

/// Jobs per second of the bare SQL: claim one, complete it, on one connection.
async fn reference(pool: &PgPool, count: usize) -> anyhow::Result<f64> {
    enqueue(pool, count).await?;
    let mut conn = pool.acquire().await?;
    let started = Instant::now();
    loop {
        let claimed = queue::claim(&mut conn, 1, 30.0, chrono::Utc::now(), queue::Band::Any).await?;
        let Some(job) = claimed.first() else { break };
        queue::succeed(&mut conn, job.id, job.lease_token).await?;
    }
    let rate = count as f64 / started.elapsed().as_secs_f64();
    clear(pool).await?;
    Ok(rate)
}

fn options(concurrency: usize) -> WorkerOptions {
    WorkerOptions {
        concurrency,
        maintenance_every: Duration::from_secs(3600),
        ..WorkerOptions::default()
    }
}

/// Jobs per second through a worker running `concurrency` jobs at once, from the moment it
/// starts on a full queue to the last completion.
async fn throughput(pool: &PgPool, count: usize, concurrency: usize) -> anyhow::Result<f64> {
    enqueue(pool, count).await?;
    let (tx, mut rx) = mpsc::unbounded_channel();
    let shutdown = CancellationToken::new();
    let started = Instant::now();
    let task = tokio::spawn(worker::run(
        pool.clone(),
        Arc::new(Noop::new(tx)),
        options(concurrency),
        shutdown.clone(),
    ));
    loop {
        let left: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs WHERE state <> 'succeeded'")
            .fetch_one(pool)
            .await?;
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let elapsed = started.elapsed();
    shutdown.cancel();
    task.await??;
    while rx.try_recv().is_ok() {}
    clear(pool).await?;
    Ok(count as f64 / elapsed.as_secs_f64())
}

/// Enqueue-commit to handler-start delays of `samples` jobs sent to an idle worker one at a
/// time.
async fn idle_latency(pool: &PgPool, samples: usize) -> anyhow::Result<Vec<Duration>> {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let shutdown = CancellationToken::new();
    let task = tokio::spawn(worker::run(
        pool.clone(),
        Arc::new(Noop::new(tx)),
        options(4),
        shutdown.clone(),
    ));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut delays = Vec::with_capacity(samples);
    let mut conn = pool.acquire().await?;
    for _ in 0..samples {
        let committed = {
            let mut transaction = conn.begin().await?;
            queue::insert(&mut transaction, &[job()]).await?;
            transaction.commit().await?;
            Instant::now()
        };
        let started = tokio::time::timeout(Duration::from_secs(10), rx.recv())
            .await?
            .ok_or_else(|| anyhow::anyhow!("worker stopped"))?;
        delays.push(started.saturating_duration_since(committed));
        // Let the worker go idle again.
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    shutdown.cancel();
    task.await??;
    clear(pool).await?;
    Ok(delays)
}

/// Enqueue-commit to handler-start delays of `samples` foreground jobs sent one at a time to
/// a worker of the default concurrency that has `background` jobs due, each holding its slot
/// for `hold`; and how long the background jobs took to drain.
async fn latency_behind_background(
    pool: &PgPool,
    background: usize,
    hold: Duration,
    samples: usize,
) -> anyhow::Result<(Vec<Duration>, Duration)> {
    let mut conn = pool.acquire().await?;
    for chunk in (0..background).collect::<Vec<_>>().chunks(500) {
        let jobs: Vec<NewJob> = chunk.iter().map(|_| job_at(-5)).collect();
        queue::insert(&mut conn, &jobs).await?;
    }
    let (tx, mut rx) = mpsc::unbounded_channel();
    let shutdown = CancellationToken::new();
    let started = Instant::now();
    let task = tokio::spawn(worker::run(
        pool.clone(),
        Arc::new(Noop { started: tx, hold }),
        options(WorkerOptions::default().concurrency),
        shutdown.clone(),
    ));
    // Let the background work take every slot it may.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut delays = Vec::with_capacity(samples);
    for _ in 0..samples {
        let committed = {
            let mut transaction = conn.begin().await?;
            queue::insert(&mut transaction, &[job_at(10)]).await?;
            transaction.commit().await?;
            Instant::now()
        };
        let begun = tokio::time::timeout(Duration::from_secs(30), rx.recv())
            .await?
            .ok_or_else(|| anyhow::anyhow!("worker stopped"))?;
        delays.push(begun.saturating_duration_since(committed));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let waiting = "SELECT count(*) FROM jobs WHERE state <> 'succeeded'";
    if sqlx::query_scalar::<_, i64>(waiting).fetch_one(pool).await? == 0 {
        anyhow::bail!("the background jobs drained before the samples ended: raise their count");
    }
    while sqlx::query_scalar::<_, i64>(waiting).fetch_one(pool).await? > 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let drained = started.elapsed();
    shutdown.cancel();
    task.await??;
    clear(pool).await?;
    Ok((delays, drained))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn summary(mut delays: Vec<Duration>) -> String {
    delays.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "{} samples, p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        delays.len(),
        ms(percentile(&delays, 0.5)),
        ms(percentile(&delays, 0.9)),
        ms(percentile(&delays, 0.99)),
        ms(delays.last().copied().unwrap_or_default())
    )
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // `cargo test --benches` runs benches with `--bench`-less arguments; only measure when
    // asked to bench.
    if !std::env::args().any(|a| a == "--bench") {
        return Ok(());
    }
    let url = std::env::var("DATABASE_URL").map_err(|_| anyhow::anyhow!("set DATABASE_URL to a PostgreSQL server"))?;
    let count: usize = std::env::var("QUEUE_BENCH_JOBS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5000);
    let pool = scratch_pool(&url, 24).await?;

    let enqueue_time = enqueue(&pool, count).await?;
    println!(
        "enqueue: {count} jobs in batches of 500: {:.0} jobs/s",
        count as f64 / enqueue_time.as_secs_f64()
    );
    clear(&pool).await?;
    let bare = reference(&pool, count).await?;
    println!("reference, bare claim + complete SQL on one connection: {bare:.0} jobs/s");
    for concurrency in [1, 4, 16] {
        let rate = throughput(&pool, count, concurrency).await?;
        println!(
            "worker, {concurrency:>2} at once: {rate:.0} jobs/s ({:.0}% of the reference)",
            100.0 * rate / bare
        );
    }
    let delays = idle_latency(&pool, 200).await?;
    println!("enqueue commit → start on an idle worker: {}", summary(delays));
    let hold = Duration::from_millis(200);
    let (delays, drained) = latency_behind_background(&pool, 1000, hold, 200).await?;
    println!(
        "enqueue commit → start of a priority-10 job with 1,000 background jobs due, each holding its slot {} ms: {}; \
         the background jobs drained in {:.1} s",
        hold.as_millis(),
        summary(delays),
        drained.as_secs_f64()
    );
    pool.close().await;
    Ok(())
}
