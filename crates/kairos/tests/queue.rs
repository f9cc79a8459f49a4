//! The job queue against a real PostgreSQL: transactional enqueue, claiming without
//! duplicates, retries with backoff into the dead state, leases reaped after a lost worker,
//! scheduling, priorities, NOTIFY wake-ups and graceful shutdown.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use kairos::ids::JobId;
use kairos::jobs::backoff::Backoff;
use kairos::jobs::{Handler, Outcome, WorkerOptions, maintenance, worker};
use kairos::store::jobs::{self as queue, Claimed, NewJob};
use sqlx::PgPool;
use sqlx::postgres::PgListener;
use tokio_util::sync::CancellationToken;

/// What the test handler does with a job, read from its payload.
#[derive(Debug, Default)]
struct Recorder {
    /// Attempts seen per job, in order.
    runs: Mutex<HashMap<JobId, u32>>,
    order: Mutex<Vec<JobId>>,
    running: Mutex<HashMap<JobId, u32>>,
    overlaps: Mutex<u32>,
}

impl Handler for Recorder {
    async fn run(&self, job: &Claimed) -> Outcome {
        {
            let mut running = self.running.lock().expect("lock");
            let now = running.entry(job.id).or_default();
            *now += 1;
            if *now > 1 {
                *self.overlaps.lock().expect("lock") += 1;
            }
        }
        *self.runs.lock().expect("lock").entry(job.id).or_default() += 1;
        self.order.lock().expect("lock").push(job.id);
        let sleep_ms = job.payload["sleep_ms"].as_u64().unwrap_or(0);
        tokio::time::sleep(Duration::from_millis(sleep_ms)).await;
        *self.running.lock().expect("lock").entry(job.id).or_default() -= 1;
        match job.payload["behaviour"].as_str() {
            Some("panic_once") if job.attempt == 1 => panic!("a bug in the handler"),
            Some("retry") => Outcome::Retry("receiver unavailable".to_owned()),
            Some("fail") => Outcome::Fail("refused for good".to_owned()),
            Some("retry_once") if job.attempt == 1 => Outcome::Retry("first attempt fails".to_owned()),
            _ => Outcome::Done,
        }
    }
}

impl Recorder {
    fn runs_of(&self, id: JobId) -> u32 {
        self.runs.lock().expect("lock").get(&id).copied().unwrap_or(0)
    }
}

fn job(payload: serde_json::Value) -> NewJob {
    NewJob {
        id: JobId::generate(),
        kind: "test.record",
        version: 1,
        payload,
        priority: 0,
        run_at: Utc::now(),
        max_attempts: 3,
        unique_key: None,
        subject: None,
    }
}

fn fast_options() -> WorkerOptions {
    WorkerOptions {
        concurrency: 4,
        lease: Duration::from_secs(30),
        grace: Duration::from_secs(5),
        poll: Duration::from_secs(30),
        job_timeout: Duration::from_secs(10),
        backoff: Backoff {
            base: Duration::from_millis(20),
            cap: Duration::from_millis(100),
        },
        maintenance_every: Duration::from_secs(3600),
        retention: Duration::from_secs(3600),
        ..WorkerOptions::default()
    }
}

async fn insert(pool: &PgPool, jobs: &[NewJob]) {
    let mut conn = pool.acquire().await.expect("connection");
    queue::insert(&mut conn, jobs).await.expect("insert");
}

async fn state_of(pool: &PgPool, id: JobId) -> (String, i32, Option<String>) {
    sqlx::query_as("SELECT state, attempts, last_error FROM jobs WHERE id = $1")
        .bind(id.0)
        .fetch_one(pool)
        .await
        .expect("job row")
}

/// A running worker and the means to stop it.
struct Running {
    shutdown: CancellationToken,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl Running {
    fn start(pool: &PgPool, handler: &Arc<Recorder>, options: WorkerOptions) -> Self {
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(worker::run(
            pool.clone(),
            Arc::clone(handler),
            options,
            shutdown.clone(),
        ));
        Self { shutdown, task }
    }

    async fn stop(self) {
        self.shutdown.cancel();
        self.task.await.expect("worker task").expect("worker ran");
    }
}

/// Polls `check` until it holds or `within` passes.
async fn eventually(within: Duration, mut check: impl AsyncFnMut() -> bool) -> bool {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if check().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    check().await
}

async fn all_succeeded(pool: &PgPool) -> bool {
    let pending: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs WHERE state <> 'succeeded'")
        .fetch_one(pool)
        .await
        .expect("count");
    pending == 0
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_job_enqueued_in_a_rolled_back_transaction_never_exists(pool: PgPool) {
    let kept = job(serde_json::json!({}));
    let dropped = job(serde_json::json!({}));
    let mut tx = pool.begin().await.expect("tx");
    queue::insert(&mut tx, std::slice::from_ref(&dropped))
        .await
        .expect("insert");
    tx.rollback().await.expect("rollback");
    let mut tx = pool.begin().await.expect("tx");
    queue::insert(&mut tx, std::slice::from_ref(&kept))
        .await
        .expect("insert");
    tx.commit().await.expect("commit");
    let ids: Vec<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM jobs")
        .fetch_all(&pool)
        .await
        .expect("ids");
    assert_eq!(ids, vec![kept.id.0]);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_unique_key_queues_a_job_once(pool: PgPool) {
    let mut first = job(serde_json::json!({}));
    first.unique_key = Some("email:evn_1:ana@example.com".to_owned());
    let mut again = job(serde_json::json!({}));
    again.unique_key = first.unique_key.clone();
    let mut conn = pool.acquire().await.expect("connection");
    assert_eq!(queue::insert(&mut conn, &[first]).await.expect("insert"), 1);
    assert_eq!(queue::insert(&mut conn, &[again]).await.expect("insert"), 0);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn two_workers_racing_run_every_job_exactly_once(pool: PgPool) {
    let jobs: Vec<NewJob> = (0..300).map(|i| job(serde_json::json!({"sleep_ms": i % 3}))).collect();
    insert(&pool, &jobs).await;
    let handler = Arc::new(Recorder::default());
    let a = Running::start(&pool, &handler, fast_options());
    let b = Running::start(&pool, &handler, fast_options());
    assert!(eventually(Duration::from_secs(60), async || all_succeeded(&pool).await).await);
    a.stop().await;
    b.stop().await;
    assert_eq!(
        *handler.overlaps.lock().expect("lock"),
        0,
        "a job ran twice at the same time"
    );
    for j in &jobs {
        assert_eq!(
            handler.runs_of(j.id),
            1,
            "job {} ran {} times",
            j.id,
            handler.runs_of(j.id)
        );
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn failures_retry_with_backoff_then_die_and_an_operator_can_retry_them(pool: PgPool) {
    let flaky = job(serde_json::json!({"behaviour": "retry_once"}));
    let broken = job(serde_json::json!({"behaviour": "retry"}));
    let refused = job(serde_json::json!({"behaviour": "fail"}));
    insert(&pool, &[flaky.clone(), broken.clone(), refused.clone()]).await;
    let handler = Arc::new(Recorder::default());
    let running = Running::start(&pool, &handler, fast_options());
    let settled = eventually(Duration::from_secs(20), async || {
        state_of(&pool, flaky.id).await.0 == "succeeded"
            && state_of(&pool, broken.id).await.0 == "dead"
            && state_of(&pool, refused.id).await.0 == "dead"
    })
    .await;
    assert!(
        settled,
        "jobs did not settle: {:?} {:?} {:?}",
        state_of(&pool, flaky.id).await,
        state_of(&pool, broken.id).await,
        state_of(&pool, refused.id).await
    );
    assert_eq!(handler.runs_of(flaky.id), 2);
    assert_eq!(handler.runs_of(broken.id), 3, "max_attempts is 3");
    assert_eq!(handler.runs_of(refused.id), 1, "a permanent failure is not retried");
    let (_, attempts, error) = state_of(&pool, broken.id).await;
    assert_eq!(attempts, 3);
    // Out of attempts, the job says so rather than leave "temporary" as its last word.
    assert_eq!(
        error.as_deref(),
        Some("gave up after 3 attempts; the last failed with: receiver unavailable")
    );
    let (_, _, refused_error) = state_of(&pool, refused.id).await;
    assert_eq!(refused_error.as_deref(), Some("refused for good"));

    let mut conn = pool.acquire().await.expect("connection");
    let dead = queue::list(&mut conn, "dead", None, 10).await.expect("list");
    assert_eq!(dead.len(), 2);
    let retried = queue::retry_dead(&mut conn, Some(&[refused.id]), chrono::Utc::now())
        .await
        .expect("retry");
    assert_eq!(retried, vec![refused.id]);
    assert!(
        eventually(Duration::from_secs(10), async || handler.runs_of(refused.id) == 2).await,
        "the retried job did not run again"
    );
    running.stop().await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_panicking_job_is_a_failed_attempt_and_runs_again_without_waiting_for_its_lease(pool: PgPool) {
    let buggy = job(serde_json::json!({"behaviour": "panic_once"}));
    insert(&pool, std::slice::from_ref(&buggy)).await;
    let handler = Arc::new(Recorder::default());
    // A 30-second lease: the retry must not wait for it to run out.
    let running = Running::start(&pool, &handler, fast_options());
    let retried = eventually(Duration::from_secs(10), async || all_succeeded(&pool).await).await;
    running.stop().await;
    assert!(
        retried,
        "the job ran again after its panic: {:?}",
        state_of(&pool, buggy.id).await
    );
    let (state, attempts, error) = state_of(&pool, buggy.id).await;
    assert_eq!((state.as_str(), attempts), ("succeeded", 2));
    assert!(
        error
            .expect("the panic is recorded")
            .contains("the job panicked: a bug in the handler")
    );
    assert_eq!(handler.runs_of(buggy.id), 2);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_job_whose_worker_vanished_is_reaped_after_its_lease_and_runs_again(pool: PgPool) {
    let orphan = job(serde_json::json!({}));
    insert(&pool, std::slice::from_ref(&orphan)).await;
    // A worker claims it with a one-second lease and then dies without a word.
    let mut conn = pool.acquire().await.expect("connection");
    let claimed = queue::claim(&mut conn, 10, 1.0, chrono::Utc::now(), queue::Band::Any)
        .await
        .expect("claim");
    assert_eq!(claimed.len(), 1);
    assert!(
        queue::claim(&mut conn, 10, 1.0, chrono::Utc::now(), queue::Band::Any)
            .await
            .expect("claim")
            .is_empty(),
        "held jobs are not claimable"
    );
    maintenance::once(&pool, Duration::from_secs(3600), chrono::Utc::now())
        .await
        .expect("maintenance");
    assert_eq!(
        state_of(&pool, orphan.id).await.0,
        "running",
        "the lease has not expired yet"
    );
    tokio::time::sleep(Duration::from_millis(1100)).await;
    maintenance::once(&pool, Duration::from_secs(3600), chrono::Utc::now())
        .await
        .expect("maintenance");
    let (state, _, error) = state_of(&pool, orphan.id).await;
    assert_eq!(state, "queued");
    assert!(error.expect("reason").contains("lease expired"));
    // The dead worker's late report is ignored: its lease token is no longer valid.
    assert!(
        !queue::succeed(&mut conn, orphan.id, claimed[0].lease_token)
            .await
            .expect("succeed")
    );

    let handler = Arc::new(Recorder::default());
    let running = Running::start(&pool, &handler, fast_options());
    assert!(eventually(Duration::from_secs(10), async || all_succeeded(&pool).await).await);
    running.stop().await;
    assert_eq!(handler.runs_of(orphan.id), 1);
    assert_eq!(state_of(&pool, orphan.id).await.1, 2, "the lost attempt counts");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_heartbeat_keeps_a_long_job_from_being_reaped(pool: PgPool) {
    let long = job(serde_json::json!({"sleep_ms": 2500}));
    insert(&pool, std::slice::from_ref(&long)).await;
    let handler = Arc::new(Recorder::default());
    let options = WorkerOptions {
        lease: Duration::from_secs(1),
        ..fast_options()
    };
    let running = Running::start(&pool, &handler, options);
    let reaper = async {
        for _ in 0..10 {
            tokio::time::sleep(Duration::from_millis(300)).await;
            maintenance::once(&pool, Duration::from_secs(3600), chrono::Utc::now())
                .await
                .expect("maintenance");
        }
    };
    reaper.await;
    assert!(eventually(Duration::from_secs(10), async || all_succeeded(&pool).await).await);
    running.stop().await;
    assert_eq!(
        handler.runs_of(long.id),
        1,
        "the job outlived its lease twice over and still ran once"
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn an_idle_worker_is_woken_by_notify_and_scheduled_jobs_wait_for_their_time(pool: PgPool) {
    let handler = Arc::new(Recorder::default());
    // A 30 s poll: only NOTIFY or the next scheduled time can wake the worker in time.
    let running = Running::start(&pool, &handler, fast_options());
    tokio::time::sleep(Duration::from_millis(300)).await;
    let now = job(serde_json::json!({}));
    let mut later = job(serde_json::json!({}));
    later.run_at = Utc::now() + chrono::TimeDelta::milliseconds(1500);
    insert(&pool, &[now.clone(), later.clone()]).await;
    assert!(
        eventually(Duration::from_secs(5), async || handler.runs_of(now.id) == 1).await,
        "NOTIFY did not wake the worker"
    );
    assert_eq!(handler.runs_of(later.id), 0, "ran before its time");
    assert!(
        eventually(Duration::from_secs(10), async || handler.runs_of(later.id) == 1).await,
        "the scheduled job did not run at its time"
    );
    running.stop().await;
}

/// A transaction that will wake the workers itself once committed (the transaction-local
/// `kairos.wake_after_commit`) queues its jobs without a NOTIFY, so its commit waits for no other
/// notifying commit; `wake` afterwards notifies, and so does every other enqueue.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_transaction_that_wakes_the_workers_after_its_commit_notifies_nothing_itself(pool: PgPool) {
    let mut listener = PgListener::connect_with(&pool).await.expect("listener");
    listener.listen(kairos::jobs::CHANNEL).await.expect("listen");
    let mut tx = pool.begin().await.expect("begin");
    sqlx::query("SELECT set_config('kairos.wake_after_commit', 'on', true)")
        .execute(&mut *tx)
        .await
        .expect("opt in");
    queue::insert(&mut tx, &[job(serde_json::json!({}))])
        .await
        .expect("insert");
    tx.commit().await.expect("commit");
    assert!(
        tokio::time::timeout(Duration::from_millis(500), listener.recv())
            .await
            .is_err(),
        "the transaction sent a NOTIFY"
    );

    queue::wake(&mut pool.acquire().await.expect("connection"))
        .await
        .expect("wake");
    tokio::time::timeout(Duration::from_secs(5), listener.recv())
        .await
        .expect("no NOTIFY from wake")
        .expect("notification");
    // The setting was the transaction's own: the next enqueue notifies as before.
    insert(&pool, &[job(serde_json::json!({}))]).await;
    tokio::time::timeout(Duration::from_secs(5), listener.recv())
        .await
        .expect("no NOTIFY from a plain enqueue")
        .expect("notification");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn higher_priority_jobs_run_first(pool: PgPool) {
    let past = Utc::now() - chrono::TimeDelta::seconds(10);
    let low: Vec<NewJob> = (0..5)
        .map(|_| NewJob {
            run_at: past,
            ..job(serde_json::json!({}))
        })
        .collect();
    let high = NewJob {
        priority: 10,
        run_at: Utc::now() - chrono::TimeDelta::seconds(1),
        ..job(serde_json::json!({}))
    };
    insert(&pool, &low).await;
    insert(&pool, std::slice::from_ref(&high)).await;
    let handler = Arc::new(Recorder::default());
    let running = Running::start(
        &pool,
        &handler,
        WorkerOptions {
            concurrency: 1,
            ..fast_options()
        },
    );
    assert!(eventually(Duration::from_secs(10), async || all_succeeded(&pool).await).await);
    running.stop().await;
    let order = handler.order.lock().expect("lock").clone();
    assert_eq!(order.first(), Some(&high.id));
    assert_eq!(&order[1..], low.iter().map(|j| j.id).collect::<Vec<_>>().as_slice());
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn background_jobs_hold_at_most_half_the_slots_so_foreground_ones_start_at_once(pool: PgPool) {
    // A hundred slow background jobs (calendar syncs: negative priority) are due at once.
    let slow: Vec<NewJob> = (0..100)
        .map(|_| NewJob {
            priority: -5,
            ..job(serde_json::json!({"sleep_ms": 10_000}))
        })
        .collect();
    insert(&pool, &slow).await;
    let handler = Arc::new(Recorder::default());
    let running = Running::start(&pool, &handler, fast_options());
    let busy = async || -> i64 {
        sqlx::query_scalar("SELECT count(*) FROM jobs WHERE state = 'running'")
            .fetch_one(&pool)
            .await
            .expect("count")
    };
    assert!(eventually(Duration::from_secs(10), async || busy().await == 2).await);
    // An e-mail arrives: it starts in a free slot, not after a background job ends.
    let mail = job(serde_json::json!({}));
    insert(&pool, std::slice::from_ref(&mail)).await;
    assert!(
        eventually(Duration::from_secs(2), async || state_of(&pool, mail.id).await.0
            == "succeeded")
        .await,
        "the e-mail ran while the background jobs held their slots"
    );
    let background_running: i64 = busy().await;
    assert_eq!(background_running, 2, "half of the four slots, never more");
    running.stop().await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn shutdown_finishes_running_jobs_within_the_grace_period_and_puts_back_the_rest(pool: PgPool) {
    let quick = job(serde_json::json!({"sleep_ms": 300}));
    let slow = job(serde_json::json!({"sleep_ms": 60_000}));
    insert(&pool, &[quick.clone(), slow.clone()]).await;
    let handler = Arc::new(Recorder::default());
    let running = Running::start(
        &pool,
        &handler,
        WorkerOptions {
            grace: Duration::from_secs(1),
            ..fast_options()
        },
    );
    assert!(eventually(Duration::from_secs(5), async || handler.runs_of(slow.id) == 1).await);
    let stopping = Instant::now();
    running.stop().await;
    assert!(
        stopping.elapsed() < Duration::from_secs(10),
        "shutdown did not respect its grace period"
    );
    assert_eq!(
        state_of(&pool, quick.id).await.0,
        "succeeded",
        "a running job was cut short"
    );
    let (state, attempts, _) = state_of(&pool, slow.id).await;
    assert_eq!(state, "queued", "the unfinished job goes back to the queue");
    assert_eq!(attempts, 0, "an interrupted attempt is not counted");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn housekeeping_prunes_old_finished_jobs_and_expired_idempotency_keys(pool: PgPool) {
    let old = job(serde_json::json!({}));
    let recent = job(serde_json::json!({}));
    let dead = job(serde_json::json!({}));
    insert(&pool, &[old.clone(), recent.clone(), dead.clone()]).await;
    sqlx::query(
        "UPDATE jobs SET state = CASE WHEN id = $3 THEN 'dead' ELSE 'succeeded' END,
                finished_at = CASE WHEN id = $2 THEN now() ELSE now() - interval '2 hours' END
         WHERE id = ANY(ARRAY[$1, $2, $3])",
    )
    .bind(old.id.0)
    .bind(recent.id.0)
    .bind(dead.id.0)
    .execute(&pool)
    .await
    .expect("finish jobs");
    sqlx::query(
        "INSERT INTO idempotency_keys (scope, key, request_hash, status, body, created_at) VALUES
         ('book:x', 'stale', '\\x00', 201, '{}', now() - interval '25 hours'),
         ('book:x', 'fresh', '\\x00', 201, '{}', now() - interval '23 hours')",
    )
    .execute(&pool)
    .await
    .expect("keys");
    let now = chrono::Utc::now();
    maintenance::once(&pool, Duration::from_secs(3600), now)
        .await
        .expect("the queue's housekeeping");
    kairos::app::housekeeping::prune(&pool, now)
        .await
        .expect("the use cases' housekeeping");
    let left: Vec<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM jobs ORDER BY id")
        .fetch_all(&pool)
        .await
        .expect("jobs");
    let mut expected = vec![recent.id.0, dead.id.0];
    expected.sort();
    assert_eq!(
        left, expected,
        "finished jobs past retention go; recent ones and dead ones stay"
    );
    let keys: Vec<String> = sqlx::query_scalar("SELECT key FROM idempotency_keys")
        .fetch_all(&pool)
        .await
        .expect("keys");
    assert_eq!(keys, vec!["fresh".to_owned()]);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn run_until_idle_runs_every_ready_job_and_leaves_later_ones(pool: PgPool) {
    let jobs: Vec<NewJob> = (0..10).map(|_| job(serde_json::json!({}))).collect();
    let failing = job(serde_json::json!({"behaviour": "fail"}));
    let later = NewJob {
        run_at: Utc::now() + chrono::TimeDelta::hours(1),
        ..job(serde_json::json!({}))
    };
    insert(&pool, &jobs).await;
    insert(&pool, &[failing.clone(), later.clone()]).await;
    let handler = Arc::new(Recorder::default());

    let ran = worker::run_until_idle(&pool, Arc::clone(&handler), &fast_options())
        .await
        .expect("run");

    assert_eq!(ran, 11, "ten jobs and the failing one, in batches of four");
    for job in &jobs {
        assert_eq!(handler.runs_of(job.id), 1);
        assert_eq!(state_of(&pool, job.id).await.0, "succeeded");
    }
    assert_eq!(
        state_of(&pool, failing.id).await.0,
        "dead",
        "outcomes are recorded as a worker records them"
    );
    assert_eq!(handler.runs_of(later.id), 0, "a job due later is not run");
    assert_eq!(state_of(&pool, later.id).await.0, "queued");
}
