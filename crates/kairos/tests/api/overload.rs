//! Overload fails fast: past the in-flight limit requests get 503 + Retry-After at once, a
//! request past its deadline gets 503 and leaves nothing behind, an exhausted pool is a 503
//! (never a 500), a database that cannot answer is a 503 that says so, and health stays
//! answerable throughout.

use std::time::Duration;

use chrono::Weekday;
use chrono_tz::Europe::Berlin;
use futures::future::join_all;
use kairos::config::Config;
use serde_json::json;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::helpers::{TestApp, at, next, q};

/// Holds the host's booking lock in a transaction of its own, so bookings for that host wait.
async fn hold_host_lock(pool: &sqlx::PgPool, host: &str) -> sqlx::Transaction<'static, sqlx::Postgres> {
    let mut tx = pool.begin().await.expect("begin");
    let id = uuid::Uuid::parse_str(&host[4..]).expect("uuid");
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7411))")
        .bind(id.to_string())
        .execute(&mut *tx)
        .await
        .expect("lock");
    tx
}

/// Waits until `count` sessions are queued on locks of `locktype` (`advisory`: a host's
/// booking lock; `relation`: a locked table): the requests are then in flight.
async fn wait_for_lock_waiters(pool: &sqlx::PgPool, locktype: &str, count: i64) {
    for _ in 0..500 {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
             WHERE l.locktype = $1 AND NOT l.granted AND d.datname = current_database()",
        )
        .bind(locktype)
        .fetch_one(pool)
        .await
        .expect("pg_locks");
        if waiting >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the requests never reached the {locktype} lock");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_saturated_instance_sheds_the_excess_at_once_and_serves_the_rest(pool: sqlx::PgPool) {
    let config = Config {
        max_in_flight: 2,
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let (org, host) = app.with_intro("busy").await;
    let day = next(Weekday::Tue, Berlin);

    // Two bookings wait behind the lock and fill the instance.
    let lock = hold_host_lock(&pool, &host).await;
    let spawn_booking = |time: &str, email: &str| {
        let request = app
            .client
            .post(format!("{}/v1/public/event-types/busy/intro/bookings", app.base))
            .json(&json!({"start": at(Berlin, day, time), "name": "Invitee", "email": email, "time_zone": "UTC"}));
        tokio::spawn(request.send())
    };
    let first = spawn_booking("10:00", "a@example.com");
    let second = spawn_booking("11:00", "b@example.com");
    wait_for_lock_waiters(&pool, "advisory", 2).await;

    // Everything else is refused at once while they wait (they are still pending below).
    let path = format!(
        "/v1/public/event-types/busy/intro/slots?start={}&end={}",
        q(at(Berlin, day, "00:00")),
        q(at(Berlin, day, "23:00"))
    );
    let shed = join_all((0..10).map(|_| app.get(&path, None))).await;
    for reply in shed {
        assert_eq!(
            reply.headers.get("retry-after").and_then(|v| v.to_str().ok()),
            Some("1")
        );
        reply.problem(503, "overloaded");
    }
    assert!(
        !first.is_finished() && !second.is_finished(),
        "the admitted requests are still being served"
    );
    // Health stays answerable under overload.
    assert_eq!(app.get("/healthz", None).await.status.as_u16(), 200);
    assert_eq!(app.get("/readyz", None).await.status.as_u16(), 200);

    // Once the lock goes, the admitted requests complete normally and the instance serves again.
    lock.rollback().await.expect("release");
    for handle in [first, second] {
        let response = handle.await.expect("joined").expect("sent");
        assert_eq!(response.status().as_u16(), 201);
    }
    app.get(&path, None).await.expect(200);
    assert_eq!(app.booking_count().await, 2);
    assert_eq!(org.slug, "busy");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_request_past_its_deadline_is_refused_and_leaves_nothing_behind(pool: sqlx::PgPool) {
    let config = Config {
        request_timeout_ms: 400,
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let (org, host) = app.with_intro("slow").await;
    let lock = hold_host_lock(&pool, &host).await;
    let started = std::time::Instant::now();
    let reply = app
        .book(
            &org,
            "intro",
            at(Berlin, next(Weekday::Tue, Berlin), "10:00"),
            "a@example.com",
        )
        .await;
    let waited = started.elapsed();
    reply.problem(503, "deadline_exceeded");
    assert!(
        waited < Duration::from_secs(5),
        "answered at the deadline, not after the lock: {waited:?}"
    );
    lock.rollback().await.expect("release");
    assert_eq!(app.booking_count().await, 0, "the abandoned transaction rolled back");
    // And the same booking goes through now.
    app.book(
        &org,
        "intro",
        at(Berlin, next(Weekday::Tue, Berlin), "10:00"),
        "a@example.com",
    )
    .await
    .expect(201);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn an_exhausted_pool_is_a_503_not_a_500(_pool_options: PgPoolOptions, connect: PgConnectOptions) {
    // Long enough for the pool's first connection on a busy machine, short enough that the
    // exhausted pool answers at once.
    let config = Config {
        db_max_connections: 1,
        db_acquire_timeout_ms: 1_000,
        ..Config::default()
    };
    let pool = kairos::store::connect(&config, connect).await.expect("pool");
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let org = app.sign_up("tiny").await;

    let held = pool.acquire().await.expect("the only connection");
    let reply = app.get("/v1/hosts", Some(&org.key)).await;
    assert_eq!(
        reply.headers.get("retry-after").and_then(|v| v.to_str().ok()),
        Some("1")
    );
    reply.problem(503, "overloaded");
    // The instance is busy, not broken: readiness checks the database on its own connection.
    assert_eq!(app.get("/readyz", None).await.status.as_u16(), 200);
    drop(held);
    app.get("/v1/hosts", Some(&org.key)).await.expect(200);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_database_that_cannot_answer_is_a_503_that_names_it(_pool_options: PgPoolOptions, connect: PgConnectOptions) {
    let config = Config {
        db_statement_timeout_ms: 300,
        ..Config::default()
    };
    let pool = kairos::store::connect(&config, connect.clone()).await.expect("pool");
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let org = app.sign_up("locked").await;
    let new_host = json!({"name": "Ana", "email": "ana@locked.example", "time_zone": "Europe/Berlin"});

    // Another session holds the hosts table, as a migration or a long report might: the
    // insert waits on it until the statement timeout cancels it (SQLSTATE 57014).
    let mut other = <sqlx::PgConnection as sqlx::Connection>::connect_with(&connect)
        .await
        .expect("a second session");
    let mut lock = sqlx::Connection::begin(&mut other).await.expect("begin");
    sqlx::query("LOCK TABLE hosts IN ACCESS EXCLUSIVE MODE")
        .execute(&mut *lock)
        .await
        .expect("lock");
    let reply = app.post("/v1/hosts", Some(&org.key), new_host.clone()).await;
    assert_eq!(
        reply.headers.get("retry-after").and_then(|v| v.to_str().ok()),
        Some("1")
    );
    let problem = reply.problem(503, "database_unavailable");
    assert!(
        problem["detail"]
            .as_str()
            .is_some_and(|d| d.contains("nothing was changed")),
        "{problem}"
    );
    lock.rollback().await.expect("release");

    let hosts = app.get("/v1/hosts", Some(&org.key)).await.expect(200);
    assert_eq!(
        hosts["data"].as_array().map(Vec::len),
        Some(0),
        "the refused insert left nothing"
    );
    app.post("/v1/hosts", Some(&org.key), new_host).await.expect(201);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn stuck_web_pages_cannot_take_the_api_slots(pool: sqlx::PgPool) {
    let config = Config {
        max_in_flight: 2,
        web_max_in_flight: 2,
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let (org, _) = app.with_intro("pages").await;
    // The booking page reads the event type; a lock on the table holds every page in flight.
    let mut tx = pool.begin().await.expect("begin");
    sqlx::query("LOCK TABLE event_types IN ACCESS EXCLUSIVE MODE")
        .execute(&mut *tx)
        .await
        .expect("lock");
    let page = format!("{}/book/{}/intro", app.base, org.slug);
    let stuck: Vec<_> = (0..2).map(|_| tokio::spawn(app.client.get(&page).send())).collect();
    wait_for_lock_waiters(&pool, "relation", 2).await;
    // The web app's budget is spent: another page is shed at once…
    let shed = app.client.get(&page).send().await.expect("an answer");
    assert_eq!(shed.status().as_u16(), 503);
    // …while the API keeps its own.
    for _ in 0..3 {
        app.get("/v1/hosts", Some(&org.key)).await.expect(200);
    }
    tx.rollback().await.expect("release");
    for page in stuck {
        let status = page.await.expect("joined").expect("an answer").status();
        assert_eq!(status.as_u16(), 200);
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_panicking_handler_is_a_500_problem_and_the_connection_goes_on(pool: sqlx::PgPool) {
    use axum::routing::get;
    let config = std::sync::Arc::new(Config::default());
    let state = kairos::state::AppState {
        pool: pool.clone(),
        config: std::sync::Arc::clone(&config),
        sessions: kairos::state::sessions::SessionStore::new(None, pool.clone()),
        slot_cache: kairos::state::slot_cache::SlotCache::new(
            kairos::state::slot_cache::Settings {
                redis: None,
                ttl: std::time::Duration::ZERO,
                memory_bytes: 0,
            },
            pool.clone(),
            None,
        ),
        limiter: kairos::state::rate_limit::RateLimiter::new(None),
        waker: kairos::jobs::wake::Waker::new(pool.clone()),
        probe: pool,
        keyring: config.keyring().expect("keys"),
        feeds: kairos::calendars::fetch::FeedClient::from_config(&config).expect("client"),
    };
    // A route with a bug, inside every layer the real routes have.
    let routes = axum::Router::new()
        .route("/boom", get(boom))
        .route("/fine", get(|| async { "fine" }));
    let app = kairos::server::with_layers(routes, &config).with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    // One client, one connection: the panic must not cost it.
    let client = kairos::tls::client_builder()
        .pool_max_idle_per_host(1)
        .build()
        .expect("client");
    for _ in 0..2 {
        let boom = client
            .get(format!("{base}/boom"))
            .send()
            .await
            .expect("an answer, not a closed connection");
        assert_eq!(boom.status().as_u16(), 500);
        assert_eq!(boom.headers()["content-type"], "application/problem+json");
        assert!(boom.headers().contains_key("x-request-id"));
        let body: serde_json::Value = boom.json().await.expect("problem+json");
        assert_eq!(body["code"], "internal");
        assert!(
            !body.to_string().contains("a bug in a handler"),
            "the panic message stays in the log"
        );
        let fine = client.get(format!("{base}/fine")).send().await.expect("still served");
        assert_eq!(fine.text().await.expect("body"), "fine");
    }
}

async fn boom() -> &'static str {
    panic!("a bug in a handler")
}
