//! A `kairos worker` process killed with SIGKILL in the middle of a job: the job's lease
//! runs out, the next worker runs it again, and what already finished does not repeat.
//! Webhook deliveries are at-least-once (the receiver sees the same `webhook-id` twice and
//! can deduplicate); e-mails that were sent are not sent again.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Weekday;
use serde_json::json;
use sqlx::PgPool;

use crate::helpers::database::database_url;
use crate::helpers::peers::{TempDir, files_in};
use crate::helpers::receiver::Receiver;
use crate::helpers::{TestApp, at, next};

/// A `kairos worker` process.
struct WorkerProcess(Child);

impl WorkerProcess {
    fn start(pool: &PgPool, data_dir: &TempDir) -> Self {
        let child = Command::new(env!("CARGO_BIN_EXE_kairos"))
            .arg("worker")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            // A test run under libfaketime (scripts/test-dates.sh) gives the worker its clock.
            .envs(std::env::vars().filter(|(k, _)| k == "LD_PRELOAD" || k.starts_with("FAKETIME")))
            .env("KAIROS_DATABASE_URL", database_url(pool))
            .env("KAIROS_DATA_DIR", &data_dir.0)
            .env("KAIROS_JOB_LEASE_SECS", "3")
            .env("KAIROS_WEBHOOK_TIMEOUT_MS", "60000")
            .env("KAIROS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", "true")
            .env("KAIROS_WORKER_METRICS_LISTEN", "127.0.0.1:0")
            .env("KAIROS_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start kairos worker");
        Self(child)
    }

    /// SIGKILL: no shutdown, no lease released, nothing recorded.
    fn kill(mut self) {
        self.0.kill().expect("SIGKILL");
        self.0.wait().expect("reaped");
    }
}

impl Drop for WorkerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn wait_for(what: &str, within: Duration, mut check: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn jobs(pool: &PgPool, kind: &str, state: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM jobs WHERE kind = $1 AND state = $2")
        .bind(kind)
        .bind(state)
        .fetch_one(pool)
        .await
        .expect("count")
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_job_of_a_killed_worker_runs_again_after_its_lease_and_finished_work_does_not(pool: PgPool) {
    let receiver = Receiver::start().await;
    receiver.answer(0); // hold every delivery open: the worker is mid-job when it dies
    let data_dir = TempDir::new("worker-kill");
    let config = crate::helpers::receiver::local_config();
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let (org, _) = app.with_intro("killed").await;
    app.post(
        "/v1/webhooks",
        Some(&org.key),
        json!({"url": receiver.url(), "events": ["booking.created"]}),
    )
    .await
    .expect(201);
    let start = at(
        chrono_tz::Europe::Berlin,
        next(Weekday::Thu, chrono_tz::Europe::Berlin),
        "10:00",
    );
    app.book(&org, "intro", start, "kim@example.com").await.expect(201);

    let first = WorkerProcess::start(&pool, &data_dir);
    wait_for(
        "the delivery to reach the receiver",
        Duration::from_secs(30),
        async || receiver.requests().len() == 1,
    )
    .await;
    // The fan-out's own success is recorded after the jobs it queued may already have run:
    // wait for it too, so the kill below finds it finished, not in flight.
    wait_for(
        "both e-mails to be sent and the fan-out recorded",
        Duration::from_secs(30),
        async || {
            jobs(&pool, "booking.email", "succeeded").await == 2 && jobs(&pool, "event.fanout", "succeeded").await == 1
        },
    )
    .await;
    let mail_dir = data_dir.0.join("mail");
    assert_eq!(files_in(&mail_dir).len(), 2);
    assert_eq!(jobs(&pool, "webhook.deliver", "running").await, 1);
    first.kill();

    receiver.answer(204);
    let _second = WorkerProcess::start(&pool, &data_dir);
    wait_for("the delivery to run again", Duration::from_secs(30), async || {
        jobs(&pool, "webhook.deliver", "succeeded").await == 1
    })
    .await;
    let requests = receiver.requests();
    assert_eq!(requests.len(), 2, "delivered again after the lease ran out");
    assert_eq!(
        requests[0].header("webhook-id"),
        requests[1].header("webhook-id"),
        "the repeat carries the same webhook-id, so the receiver can tell"
    );
    let attempts: i32 = sqlx::query_scalar("SELECT attempts FROM jobs WHERE kind = 'webhook.deliver'")
        .fetch_one(&pool)
        .await
        .expect("attempts");
    assert_eq!(attempts, 2, "the killed attempt counts");
    assert_eq!(files_in(&mail_dir).len(), 2, "no e-mail was sent twice");
    assert_eq!(jobs(&pool, "event.fanout", "succeeded").await, 1);
}
