//! Background work end to end: a booking made through the API, a real worker draining the
//! queue, and real peers receiving the effects — aiosmtpd for e-mails (parsed with Python's
//! `email` and `icalendar`), an HTTP receiver for webhooks (verified with the reference
//! Standard Webhooks library), NATS JetStream for events.

use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeDelta, Utc, Weekday};
use futures::StreamExt;
use kairos::config::Config;
use serde_json::{Value, json};
use sqlx::PgPool;
use tokio_util::sync::CancellationToken;

use crate::helpers::peers::{SmtpServer, read_mails};
use crate::helpers::receiver::Receiver;
use crate::helpers::worker::{Worker, config, eventually};
use crate::helpers::{Org, TestApp, at, next};

async fn count(pool: &PgPool, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.expect("count")
}

/// Whether the queue has nothing left to run now.
async fn settled(pool: &PgPool) -> bool {
    let busy: i64 =
        sqlx::query_scalar("SELECT count(*) FROM jobs WHERE state = 'running' OR (state = 'queued' AND run_at <= $1)")
            .bind(Utc::now())
            .fetch_one(pool)
            .await
            .expect("count");
    busy == 0
}

/// Books the intro at Ana's next Monday 10:00 Berlin; returns the booking.
async fn book_monday(app: &TestApp, org: &Org, email: &str) -> Value {
    let start = at(
        chrono_tz::Europe::Berlin,
        next(Weekday::Mon, chrono_tz::Europe::Berlin),
        "10:00",
    );
    app.book(org, "intro", start, email).await.expect(201)
}

fn invite_of(mail: &Value) -> &Value {
    &mail["invites"][0]
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs aiosmtpd and icalendar (Python): scripts/test.sh provides them (KAIROS_TEST_PYTHON)"]
async fn a_booking_mails_everyone_an_invite_and_changes_follow_with_higher_sequences(pool: PgPool) {
    let smtp = SmtpServer::start();
    let config = config(Some(&smtp));
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, _) = app.with_intro("mailers").await;
    let _worker = Worker::start(&pool, &config).await;

    let booking = book_monday(&app, &org, "iris@example.com").await;
    let id = booking["id"].as_str().expect("id");
    assert!(eventually(Duration::from_secs(20), async || smtp.received().len() >= 2).await);
    assert!(eventually(Duration::from_secs(10), async || settled(&pool).await).await);
    let mails = read_mails(&smtp.received());
    assert_eq!(mails.len(), 2, "one mail to the invitee and one to the host, no more");
    let mut to: Vec<&str> = mails.iter().map(|m| m["To"].as_str().expect("To")).collect();
    to.sort_unstable();
    assert!(to[0].contains("ana") && to[1].contains("iris@example.com"), "{to:?}");
    let uid = invite_of(&mails[0])["uid"].as_str().expect("uid").to_owned();
    for mail in &mails {
        let invite = invite_of(mail);
        assert_eq!(invite["method"], "REQUEST");
        assert_eq!(invite["sequence"], 0);
        assert_eq!(invite["uid"], uid.as_str(), "one UID per booking");
        assert!(mail["plain"].is_string() && mail["html"].is_string());
    }

    let moved_to = at(
        chrono_tz::Europe::Berlin,
        next(Weekday::Tue, chrono_tz::Europe::Berlin),
        "11:00",
    );
    app.post(
        &format!("/v1/bookings/{id}/reschedule"),
        Some(&org.key),
        json!({"start": moved_to}),
    )
    .await
    .expect(200);
    assert!(eventually(Duration::from_secs(20), async || smtp.received().len() >= 4).await);
    app.post(
        &format!("/v1/bookings/{id}/cancel"),
        Some(&org.key),
        json!({"reason": "ill"}),
    )
    .await
    .expect(200);
    assert!(eventually(Duration::from_secs(20), async || smtp.received().len() >= 6).await);
    assert!(eventually(Duration::from_secs(10), async || settled(&pool).await).await);
    let mails = read_mails(&smtp.received());
    assert_eq!(mails.len(), 6);
    let by_method = |method: &str, sequence: i64| {
        mails
            .iter()
            .filter(|m| invite_of(m)["method"] == method && invite_of(m)["sequence"] == sequence)
            .count()
    };
    assert_eq!(
        by_method("REQUEST", 1),
        2,
        "the reschedule is a REQUEST with a higher SEQUENCE"
    );
    assert_eq!(by_method("CANCEL", 2), 2, "the cancellation is a CANCEL");
    assert!(mails.iter().all(|m| invite_of(m)["uid"] == uid.as_str()));
    let moved = mails
        .iter()
        .find(|m| invite_of(m)["sequence"] == 1)
        .expect("rescheduled mail");
    assert_eq!(
        invite_of(moved)["dtstart"].as_str().expect("dtstart"),
        moved_to.to_rfc3339()
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs aiosmtpd and icalendar (Python): scripts/test.sh provides them (KAIROS_TEST_PYTHON)"]
async fn reminders_are_scheduled_moved_dropped_and_sent(pool: PgPool) {
    let smtp = SmtpServer::start();
    let config = config(Some(&smtp));
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("reminders").await;
    app.event_type(
        &org,
        json!({"slug": "call", "title": "Call", "duration_minutes": 30, "hosts": [host], "reminder_minutes": [60, 1440]}),
    )
    .await;
    let start = at(
        chrono_tz::Europe::Berlin,
        next(Weekday::Wed, chrono_tz::Europe::Berlin),
        "10:00",
    );
    let booking = app.book(&org, "call", start, "rita@example.com").await.expect(201);
    let id = booking["id"].as_str().expect("id");
    let queued_reminders = async || -> Vec<(chrono::DateTime<Utc>, String)> {
        sqlx::query_as("SELECT run_at, state FROM jobs WHERE kind = 'booking.reminder' ORDER BY run_at, state")
            .fetch_all(&pool)
            .await
            .expect("reminders")
    };
    let expected = |s: chrono::DateTime<Utc>| {
        vec![
            (s - TimeDelta::minutes(1440), "queued".to_owned()),
            (s - TimeDelta::minutes(60), "queued".to_owned()),
        ]
    };
    assert!(
        queued_reminders().await.is_empty(),
        "the booking's own transaction queues only its fan-out"
    );
    let _worker = Worker::start(&pool, &config).await;
    assert!(
        eventually(Duration::from_secs(20), async || queued_reminders().await
            == expected(start))
        .await,
        "a day and an hour before, queued by the booking's fan-out: {:?}",
        queued_reminders().await
    );

    let later = start + TimeDelta::hours(2);
    app.post(
        &format!("/v1/bookings/{id}/reschedule"),
        Some(&org.key),
        json!({"start": later}),
    )
    .await
    .expect(200);
    let moved = async || {
        let after_move = queued_reminders().await;
        let queued: Vec<_> = after_move.iter().filter(|(_, s)| s == "queued").cloned().collect();
        queued == expected(later) && after_move.iter().filter(|(_, s)| s == "cancelled").count() == 2
    };
    assert!(
        eventually(Duration::from_secs(20), moved).await,
        "rescheduling moves the reminders: {:?}",
        queued_reminders().await
    );

    // Let the hour-before reminder come due now and wake the worker.
    sqlx::query(
        "UPDATE jobs SET run_at = $1 WHERE kind = 'booking.reminder' AND state = 'queued'
         AND run_at = (SELECT max(run_at) FROM jobs WHERE kind = 'booking.reminder' AND state = 'queued')",
    )
    .bind(config.clock.now())
    .execute(&pool)
    .await
    .expect("make due");
    sqlx::query("SELECT pg_notify('kairos_jobs', '')")
        .execute(&pool)
        .await
        .expect("wake the worker");
    let reminders_sent = async || {
        read_mails(&smtp.received())
            .iter()
            .filter(|m| m["invites"].as_array().is_some_and(Vec::is_empty))
            .count()
            == 2
    };
    assert!(
        eventually(Duration::from_secs(20), reminders_sent).await,
        "the reminder goes to the invitee and the host, without an invite"
    );
    assert!(eventually(Duration::from_secs(10), async || settled(&pool).await).await);
    let mails = read_mails(&smtp.received());
    let reminders: Vec<&Value> = mails
        .iter()
        .filter(|m| m["invites"].as_array().is_some_and(Vec::is_empty))
        .collect();
    assert!(
        reminders.iter().all(|m| m["Subject"]
            .as_str()
            .is_some_and(|s| s.to_lowercase().contains("reminder"))),
        "{reminders:?}"
    );

    app.post(&format!("/v1/bookings/{id}/cancel"), Some(&org.key), json!({}))
        .await
        .expect(200);
    let dropped = async || {
        count(
            &pool,
            "SELECT count(*) FROM jobs WHERE kind = 'booking.reminder' AND state = 'queued'",
        )
        .await
            == 0
    };
    assert!(
        eventually(Duration::from_secs(20), dropped).await,
        "cancelling drops the remaining reminder"
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_late_fan_out_never_brings_back_a_stale_reminder(pool: PgPool) {
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("late").await;
    app.event_type(
        &org,
        json!({"slug": "call", "title": "Call", "duration_minutes": 30, "hosts": [host], "reminder_minutes": [60]}),
    )
    .await;
    let berlin = chrono_tz::Europe::Berlin;
    let start = at(berlin, next(Weekday::Thu, berlin), "10:00");
    let booking = app.book(&org, "call", start, "lee@example.com").await.expect(201);
    let later = start + TimeDelta::hours(3);
    app.post(
        &format!("/v1/bookings/{}/reschedule", booking["id"].as_str().expect("id")),
        Some(&org.key),
        json!({"start": later}),
    )
    .await
    .expect(200);
    // Both fan-outs are still queued; the booking's own is held back to run after the
    // reschedule's, late: only the booking's current time may keep a reminder.
    sqlx::query(
        "UPDATE jobs SET run_at = $1 WHERE id = (SELECT id FROM jobs WHERE kind = 'event.fanout' ORDER BY id LIMIT 1)",
    )
    .bind(config.clock.now() + TimeDelta::seconds(2))
    .execute(&pool)
    .await
    .expect("hold the first fan-out back");
    let _worker = Worker::start(&pool, &config).await;
    let fanned_out = async || {
        count(
            &pool,
            "SELECT count(*) FROM jobs WHERE kind = 'event.fanout' AND state = 'succeeded'",
        )
        .await
            == 2
    };
    assert!(eventually(Duration::from_secs(20), fanned_out).await);
    let finished: Vec<uuid::Uuid> =
        sqlx::query_scalar("SELECT id FROM jobs WHERE kind = 'event.fanout' ORDER BY finished_at")
            .fetch_all(&pool)
            .await
            .expect("fan-outs");
    assert!(finished[0] > finished[1], "the booking's own fan-out ran last");
    let queued: Vec<chrono::DateTime<Utc>> =
        sqlx::query_scalar("SELECT run_at FROM jobs WHERE kind = 'booking.reminder' AND state = 'queued'")
            .fetch_all(&pool)
            .await
            .expect("reminders");
    assert_eq!(queued, vec![later - TimeDelta::minutes(60)]);
}

/// A booking queues its jobs without a NOTIFY in its transaction (whose commit would then wait
/// for every other notifying commit) and wakes the workers once it has committed: an idle worker
/// that polls once a minute runs the booking's fan-out at once.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_booking_wakes_an_idle_worker_once_committed(pool: PgPool) {
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, _) = app.with_intro("wakers").await;
    let runner = kairos::app::background::Runner::from_config(pool.clone(), &config)
        .await
        .expect("runner");
    let options = kairos::jobs::WorkerOptions {
        poll: Duration::from_secs(60),
        ..kairos::startup::worker_options(&config, 2)
    };
    let shutdown = CancellationToken::new();
    let worker = tokio::spawn(kairos::jobs::worker::run(
        pool.clone(),
        Arc::new(runner),
        options,
        shutdown.clone(),
    ));
    // Idle by now: nothing is queued, so it sleeps until woken or for a minute.
    assert!(eventually(Duration::from_secs(5), async || settled(&pool).await).await);
    tokio::time::sleep(Duration::from_millis(300)).await;

    book_monday(&app, &org, "wren@example.com").await;
    let fanned_out = eventually(Duration::from_secs(5), async || {
        count(
            &pool,
            "SELECT count(*) FROM jobs WHERE kind = 'event.fanout' AND state = 'succeeded'",
        )
        .await
            == 1
    })
    .await;
    shutdown.cancel();
    worker.await.expect("worker task").expect("worker ran");
    assert!(fanned_out, "the booking's fan-out waited for the worker's poll");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_refused_booking_leaves_no_event_and_no_job(pool: PgPool) {
    let app = TestApp::spawn_with(pool.clone(), config(None)).await;
    let (org, _) = app.with_intro("refused").await;
    book_monday(&app, &org, "first@example.com").await;
    let start = at(
        chrono_tz::Europe::Berlin,
        next(Weekday::Mon, chrono_tz::Europe::Berlin),
        "10:00",
    );
    app.book(&org, "intro", start, "second@example.com")
        .await
        .problem(409, "slot_taken");
    assert_eq!(count(&pool, "SELECT count(*) FROM domain_events").await, 1);
    assert_eq!(
        count(&pool, "SELECT count(*) FROM jobs WHERE kind = 'event.fanout'").await,
        1
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs standardwebhooks (Python): scripts/test.sh provides it (KAIROS_TEST_PYTHON)"]
async fn webhooks_are_delivered_signed_and_a_failing_receiver_is_retried_then_dead(pool: PgPool) {
    let receiver = Receiver::start().await;
    let config = Config {
        webhook_disable_after: 1000,
        ..config(None)
    };
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, _) = app.with_intro("hooked").await;
    let webhook = app
        .post(
            "/v1/webhooks",
            Some(&org.key),
            json!({"url": receiver.url(), "events": ["booking.created", "booking.cancelled"]}),
        )
        .await
        .expect(201);
    let secret = webhook["secret"].as_str().expect("secret").to_owned();
    let _worker = Worker::start(&pool, &config).await;

    let booking = book_monday(&app, &org, "wes@example.com").await;
    assert!(eventually(Duration::from_secs(20), async || receiver.requests().len() == 1).await);
    let request = &receiver.requests()[0];
    crate::helpers::receiver::reference_verify(&secret, &request.body, request)
        .await
        .expect("the reference verifier accepts the signature");
    let body: Value = serde_json::from_slice(&request.body).expect("JSON");
    assert_eq!(body["type"], "booking.created");
    assert_eq!(body["data"]["id"], booking["id"]);
    assert_eq!(request.header("webhook-id"), body["id"].as_str().expect("event id"));

    receiver.answer(500);
    let id = booking["id"].as_str().expect("id");
    app.post(&format!("/v1/bookings/{id}/cancel"), Some(&org.key), json!({}))
        .await
        .expect(200);
    let dead = "SELECT count(*) FROM jobs WHERE kind = 'webhook.deliver' AND state = 'dead'";
    assert!(
        eventually(Duration::from_secs(60), async || count(&pool, dead).await == 1).await,
        "the failing delivery did not end dead"
    );
    let attempts = receiver.requests().len() - 1;
    assert_eq!(attempts, 10, "every attempt of the kind reached the receiver");
    let log = app
        .get(
            &format!(
                "/v1/webhooks/{}/deliveries?limit=100",
                webhook["id"].as_str().expect("id")
            ),
            Some(&org.key),
        )
        .await
        .expect(200);
    let failed = log["data"]
        .as_array()
        .expect("deliveries")
        .iter()
        .filter(|d| d["status_code"] == 500)
        .count();
    assert_eq!(failed, 10, "each failed attempt is in the delivery log: {log}");
    let ids: std::collections::BTreeSet<String> = receiver.requests()[1..]
        .iter()
        .map(|r| r.header("webhook-id"))
        .collect();
    assert_eq!(ids.len(), 1, "retries carry the same webhook-id");

    // An operator sees the dead job and why, then retries it once the receiver is back.
    let mut listed = Vec::new();
    kairos::jobs::admin::run(
        &pool,
        kairos::jobs::admin::JobsCommand::List {
            state: "dead".to_owned(),
            kind: None,
            limit: 50,
        },
        &mut listed,
    )
    .await
    .expect("list");
    let listed = String::from_utf8_lossy(&listed);
    assert!(
        listed.contains("webhook.deliver") && listed.contains("attempts 10/10") && listed.contains("HTTP 500"),
        "{listed}"
    );
    let mut stats = Vec::new();
    kairos::jobs::admin::run(&pool, kairos::jobs::admin::JobsCommand::Stats, &mut stats)
        .await
        .expect("stats");
    let stats = String::from_utf8_lossy(&stats);
    let row = stats
        .lines()
        .find(|l| l.starts_with("webhook.deliver"))
        .expect("a webhook.deliver row");
    assert_eq!(
        row.split_whitespace().collect::<Vec<_>>(),
        ["webhook.deliver", "0", "0", "1", "1", "0"],
        "queued running succeeded dead cancelled:\n{stats}"
    );
    receiver.answer(204);
    let mut out = Vec::new();
    kairos::jobs::admin::run(
        &pool,
        kairos::jobs::admin::JobsCommand::Retry {
            ids: Vec::new(),
            all_dead: true,
        },
        &mut out,
    )
    .await
    .expect("retry");
    assert!(String::from_utf8_lossy(&out).contains("1 dead job(s) queued again"));
    assert!(
        eventually(Duration::from_secs(20), async || {
            count(
                &pool,
                "SELECT count(*) FROM jobs WHERE kind = 'webhook.deliver' AND state = 'succeeded'",
            )
            .await
                == 2
        })
        .await
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs a NATS server with JetStream: scripts/test.sh provides it (KAIROS_TEST_NATS_URL)"]
async fn events_reach_jetstream_through_the_outbox(pool: PgPool) {
    let config = crate::helpers::peers::nats_config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, _) = app.with_intro("evented").await;
    let _worker = Worker::start(&pool, &config).await;
    let booking = book_monday(&app, &org, "nat@example.com").await;
    let published = "SELECT count(*) FROM domain_events WHERE published_at IS NOT NULL";
    assert!(eventually(Duration::from_secs(20), async || count(&pool, published).await == 1).await);

    let client = async_nats::connect(crate::helpers::peers::nats_url())
        .await
        .expect("client");
    let jetstream = async_nats::jetstream::new(client);
    let stream = jetstream.get_stream(&config.nats_stream).await.expect("stream");
    let consumer: async_nats::jetstream::consumer::PullConsumer = stream
        .create_consumer(async_nats::jetstream::consumer::pull::Config::default())
        .await
        .expect("consumer");
    let mut messages = consumer
        .fetch()
        .max_messages(1)
        .expires(Duration::from_secs(2))
        .messages()
        .await
        .expect("fetch");
    let message = messages.next().await.expect("one message").expect("message");
    let event: Value = serde_json::from_slice(&message.payload).expect("JSON");
    assert_eq!(event["type"], "booking.created");
    assert_eq!(event["data"]["id"], booking["id"]);
    let id = message
        .headers
        .as_ref()
        .and_then(|h| h.get("Nats-Msg-Id"))
        .map(|v| v.as_str().to_owned());
    assert_eq!(id.as_deref(), event["id"].as_str(), "the message id is the event id");
    assert_eq!(
        message.subject.as_str(),
        format!("{}.booking.created", config.nats_subject_prefix)
    );
    jetstream.delete_stream(&config.nats_stream).await.expect("clean up");
}

/// With NATS down, the worker starts anyway and an event's publish job waits for it: retried
/// with the reason, never dead, never lost.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_worker_starts_with_nats_down_and_events_wait_in_the_outbox(pool: PgPool) {
    let closed = crate::helpers::peers::free_port();
    let config = Config {
        nats_url: Some(secrecy::SecretString::from(format!("nats://127.0.0.1:{closed}"))),
        nats_publish_timeout_ms: 300,
        // The retry comes after the test looks.
        job_backoff_base_ms: 60_000,
        job_backoff_max_secs: 600,
        ..config(None)
    };
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, _) = app.with_intro("nats-down").await;
    book_monday(&app, &org, "wait@example.com").await;
    assert!(crate::helpers::worker::run_jobs_until_idle(&pool, &config).await > 0);
    let (state, attempts, error): (String, i32, Option<String>) =
        sqlx::query_as("SELECT state, attempts, last_error FROM jobs WHERE kind = 'event.publish'")
            .fetch_one(&pool)
            .await
            .expect("one publish job");
    assert_eq!(state, "queued", "waiting for its retry");
    assert!(attempts >= 1);
    assert!(error.unwrap_or_default().contains("NATS is not connected"));
    assert_eq!(
        count(&pool, "SELECT count(*) FROM domain_events WHERE published_at IS NULL").await,
        1
    );
}
