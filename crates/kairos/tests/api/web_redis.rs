//! The web app with its sessions in Redis (`KAIROS_REDIS_URL`), against the real server at
//! `KAIROS_TEST_REDIS_URL`: the same sign-up, log-in, log-out and password-change flow as with
//! PostgreSQL, keys that expire with their sessions, and nothing in `web_sessions`. The tests
//! are `#[ignore]`d for plain `cargo test`; scripts/test.sh starts Redis and runs them. Session
//! keys are named by random ids and user sets by UUIDv7 user ids, so parallel tests sharing
//! one Redis database never touch each other's keys; nothing is flushed.

use std::time::Duration;

use kairos::config::Config;
use redis::aio::MultiplexedConnection;
use reqwest::StatusCode;
use secrecy::SecretString;
use sha2::{Digest, Sha256};
use sqlx::PgPool;

use crate::helpers::TestApp;
use crate::helpers::visitors::{Page, Visitor};

/// The Redis to test against: `KAIROS_TEST_REDIS_URL`. Panics when it is unset; the tests are
/// `#[ignore]`d and scripts/test.sh starts Redis and sets it.
fn redis_url() -> String {
    crate::helpers::peers::required("KAIROS_TEST_REDIS_URL", "a Redis server")
}

async fn spawn(pool: PgPool, url: &str) -> (TestApp, MultiplexedConnection) {
    let config = Config {
        redis_url: Some(SecretString::from(url.to_owned())),
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let redis = redis::Client::open(url)
        .expect("Redis URL")
        .get_multiplexed_async_connection()
        .await
        .expect("connect to Redis");
    (app, redis)
}

/// The session id a response's `Set-Cookie` hands out.
fn cookie_id(page: &Page) -> String {
    let header = page.set_cookie.as_deref().expect("a Set-Cookie header");
    let value = header
        .strip_prefix("kairos_session=")
        .and_then(|rest| rest.split(';').next())
        .expect("the session cookie");
    assert_eq!(value.len(), 64, "{header}");
    value.to_owned()
}

/// The Redis key of the session behind a cookie value.
fn session_key(id: &str) -> String {
    let hash: String = Sha256::digest(id.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("kairos:session:{hash}")
}

async fn ttl(redis: &mut MultiplexedConnection, key: &str) -> i64 {
    redis::cmd("TTL").arg(key).query_async(redis).await.expect("TTL")
}

async fn members(redis: &mut MultiplexedConnection, key: &str) -> Vec<String> {
    let mut members: Vec<String> = redis::cmd("SMEMBERS")
        .arg(key)
        .query_async(redis)
        .await
        .expect("SMEMBERS");
    members.sort();
    members
}

async fn user_sessions_key(pool: &PgPool, email: &str) -> String {
    let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
        .expect("user");
    format!("kairos:user-sessions:{id}")
}

async fn rows_in_web_sessions(pool: &PgPool) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM web_sessions")
        .fetch_one(pool)
        .await
        .expect("count")
}

#[sqlx::test(migrations = "./migrations")]
#[ignore = "needs a Redis server: scripts/test.sh provides it (KAIROS_TEST_REDIS_URL)"]
async fn sessions_in_redis_log_in_out_and_end_with_a_password_change(pool: PgPool) {
    let url = redis_url();
    let (app, mut redis) = spawn(pool.clone(), &url).await;
    let ana = Visitor::new(&app);
    assert_eq!(ana.get("/app").await.location.as_deref(), Some("/login"));

    // A form's anonymous session lives a day.
    let form = ana.get("/signup").await;
    let anonymous = session_key(&cookie_id(&form));
    let day = ttl(&mut redis, &anonymous).await;
    assert!((86_000..=86_400).contains(&day), "anonymous TTL {day}");

    let signed_up = ana.sign_up("globex", "ana@globex.example", "Europe/Lisbon").await;
    assert_eq!(signed_up.location.as_deref(), Some("/app"), "{}", signed_up.html);
    let first = cookie_id(&signed_up);
    let key = session_key(&first);
    assert_eq!(
        ttl(&mut redis, &anonymous).await,
        -2,
        "the anonymous session ended at sign-up"
    );
    let fortnight = ttl(&mut redis, &key).await;
    assert!(
        (14 * 86_400 - 100..=14 * 86_400).contains(&fortnight),
        "logged-in TTL {fortnight}"
    );
    let csrf: String = redis::cmd("HGET")
        .arg(&key)
        .arg("csrf")
        .query_async(&mut redis)
        .await
        .expect("HGET");
    assert_eq!(csrf.len(), 64);
    let set = user_sessions_key(&pool, "ana@globex.example").await;
    assert_eq!(members(&mut redis, &set).await.len(), 1);
    assert!(ttl(&mut redis, &set).await > 0, "the user's set expires too");

    let dashboard = ana.get("/app").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(
        dashboard.html.contains("Ana Lima · Globex"),
        "the user comes from PostgreSQL"
    );
    let missing = ana
        .post("/app/event-types", &[("title", "Intro"), ("slug", "intro")])
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN, "CSRF is still checked");

    let out = ana.submit("/app", "/logout", &[]).await;
    assert_eq!(out.location.as_deref(), Some("/login"));
    assert_eq!(ttl(&mut redis, &key).await, -2, "logging out deletes the key");
    assert!(members(&mut redis, &set).await.is_empty());
    assert_eq!(ana.get("/app").await.location.as_deref(), Some("/login"));

    let right = ana.log_in("ana@globex.example", "correct horse 1").await;
    assert_eq!(right.location.as_deref(), Some("/app"));
    let mine = session_key(&cookie_id(&right));
    let other = Visitor::new(&app);
    let theirs = session_key(&cookie_id(&other.log_in("ana@globex.example", "correct horse 1").await));
    assert_eq!(other.get("/app").await.status, StatusCode::OK);
    assert_eq!(members(&mut redis, &set).await.len(), 2);

    let changed = ana
        .submit(
            "/app/password",
            "/app/password",
            &[("current", "correct horse 1"), ("new", "a new password")],
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.html);
    assert!(changed.html.contains("Your password was changed"));
    assert_eq!(ana.get("/app").await.status, StatusCode::OK);
    assert_eq!(other.get("/app").await.location.as_deref(), Some("/login"));
    assert_eq!(ttl(&mut redis, &theirs).await, -2, "the other session's key is gone");
    assert!(ttl(&mut redis, &mine).await > 0);
    assert_eq!(
        members(&mut redis, &set).await,
        vec![mine.trim_start_matches("kairos:session:").to_owned()]
    );

    assert_eq!(
        rows_in_web_sessions(&pool).await,
        0,
        "nothing was written to web_sessions"
    );
}

#[sqlx::test(migrations = "./migrations")]
#[ignore = "needs a Redis server: scripts/test.sh provides it (KAIROS_TEST_REDIS_URL)"]
async fn a_session_ends_when_its_redis_key_expires(pool: PgPool) {
    let url = redis_url();
    let (app, mut redis) = spawn(pool.clone(), &url).await;
    let ana = Visitor::new(&app);
    let signed_up = ana.sign_up("initech", "ana@initech.example", "UTC").await;
    let key = session_key(&cookie_id(&signed_up));
    assert_eq!(ana.get("/app").await.status, StatusCode::OK);

    let _: i64 = redis::cmd("PEXPIRE")
        .arg(&key)
        .arg(1)
        .query_async(&mut redis)
        .await
        .expect("PEXPIRE");
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(ana.get("/app").await.location.as_deref(), Some("/login"));
    assert_eq!(rows_in_web_sessions(&pool).await, 0);
}

/// Instances behind a load balancer share their sessions through Redis: a visitor who signed
/// up on one is logged in on another, whose forms accept the CSRF token kept with the session,
/// and a log-out on that other one ends the session everywhere.
#[sqlx::test(migrations = "./migrations")]
#[ignore = "needs a Redis server: scripts/test.sh provides it (KAIROS_TEST_REDIS_URL)"]
async fn a_session_started_on_one_instance_works_on_another(pool: PgPool) {
    let url = redis_url();
    let (first, _) = spawn(pool.clone(), &url).await;
    let (second, _) = spawn(pool.clone(), &url).await;
    let mut ana = Visitor::new(&first);
    let signed_up = ana.sign_up("initech", "ana@initech.example", "Europe/Lisbon").await;
    assert_eq!(signed_up.location.as_deref(), Some("/app"), "{}", signed_up.html);

    // The same browser (its cookie is the host's, whatever the port) on the other instance.
    ana.base.clone_from(&Visitor::new(&second).base);
    assert_ne!(ana.base, Visitor::new(&first).base);
    let dashboard = ana.get("/app").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.html.contains("Ana Lima · Globex"), "{}", dashboard.html);
    let created = ana
        .submit(
            "/app/event-types",
            "/app/event-types",
            &[("title", "Intro"), ("slug", "intro"), ("duration_minutes", "30")],
        )
        .await;
    assert!(
        created.status.is_redirection() || created.status == StatusCode::OK,
        "{}",
        created.html
    );
    let kept: i64 = sqlx::query_scalar("SELECT count(*) FROM event_types WHERE slug = 'intro'")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(kept, 1, "the form posted on the other instance was accepted");

    let out = ana.submit("/app", "/logout", &[]).await;
    assert_eq!(out.location.as_deref(), Some("/login"));
    ana.base = Visitor::new(&first).base;
    assert_eq!(ana.get("/app").await.location.as_deref(), Some("/login"));
}
