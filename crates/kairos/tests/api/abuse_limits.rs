//! Anonymous work is limited: a booking flood from one address, the same invitee link used to
//! send mail in a loop, and log-in guessing are answered 429 with `Retry-After`; the client's
//! address comes from `X-Forwarded-For` only when a trusted proxy sends it; and with Redis the
//! limit is one across instances, while a Redis that is down degrades the web sessions, never
//! the API or the start.

use chrono::{DateTime, Utc, Weekday};
use chrono_tz::Europe::Berlin;
use kairos::config::Config;
use kairos::state::rate_limit::{self, BOOKINGS_PER_ADDRESS, BOOKINGS_PER_EMAIL, CHANGES_PER_BOOKING};
use reqwest::StatusCode;
use secrecy::SecretString;
use serde_json::json;

use crate::helpers::{Reply, TestApp, at, next};

/// `count` free 30-minute slots in working hours from next Tuesday on (16 a day), in order.
fn slots(count: usize) -> Vec<DateTime<Utc>> {
    let days = [Weekday::Tue, Weekday::Wed, Weekday::Thu].map(|d| next(d, Berlin));
    (0..count)
        .map(|i| {
            let (day, nth) = (days[i / 16], i % 16);
            at(Berlin, day, &format!("{:02}:{:02}", 9 + nth / 2, 30 * (nth % 2)))
        })
        .collect()
}

fn limit_of(rule: &rate_limit::Rule) -> usize {
    usize::try_from(rule.limit).expect("small")
}

/// The log-in page, which needs a session, answers 503 with `Retry-After` within seconds (the
/// Redis link's bound), three times running.
async fn assert_pages_unavailable_at_once(app: &TestApp) {
    for _ in 0..3 {
        let page = tokio::time::timeout(
            std::time::Duration::from_secs(5),
            app.client.get(format!("{}/login", app.base)).send(),
        )
        .await
        .expect("answered within the bound, not hung")
        .expect("a response");
        assert_eq!(page.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(page.headers().contains_key("retry-after"));
    }
}

fn assert_limited(reply: Reply) {
    let retry_after: u64 = reply
        .headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("a Retry-After in seconds");
    assert!((1..=86_400).contains(&retry_after), "Retry-After {retry_after}");
    reply.problem(429, "rate_limited");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_booking_flood_from_one_address_is_refused(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, _) = app.with_intro("flooded").await;
    let limit = limit_of(&BOOKINGS_PER_ADDRESS);
    let slots = slots(limit + 1);
    // A client that makes up addresses gains nothing: no proxy is trusted.
    for (i, start) in slots.iter().take(limit).enumerate() {
        let forged = format!("203.0.113.{i}");
        app.book_from(&org, "intro", *start, &format!("f{i}@example.com"), Some(&forged))
            .await
            .expect(201);
    }
    let over = app
        .book_from(&org, "intro", slots[limit], "over@example.com", Some("198.51.100.1"))
        .await;
    assert_limited(over);
    assert_eq!(
        app.booking_count().await,
        i64::try_from(limit).expect("small"),
        "the refused booking wrote nothing"
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn behind_a_trusted_proxy_each_client_counts_as_itself(pool: sqlx::PgPool) {
    let config = Config {
        trusted_proxies: "127.0.0.1".parse().expect("valid"),
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let (org, _) = app.with_intro("proxied").await;
    let per_address = limit_of(&BOOKINGS_PER_ADDRESS);
    let per_email = limit_of(&BOOKINGS_PER_EMAIL);
    let slots = slots(per_address + 2 + per_email + 1);
    // More clients behind the one proxy address than one address may book: none is limited
    // by the others.
    let (distinct, rest) = slots.split_at(per_address + 2);
    for (i, start) in distinct.iter().enumerate() {
        let client = format!("203.0.113.{i}");
        app.book_from(&org, "intro", *start, &format!("p{i}@example.com"), Some(&client))
            .await
            .expect(201);
    }
    // One invitee e-mail address has its own limit, from whichever clients.
    for (i, start) in rest.iter().take(per_email).enumerate() {
        let client = format!("198.51.100.{i}");
        app.book_from(&org, "intro", *start, "same@example.com", Some(&client))
            .await
            .expect(201);
    }
    let over = app
        .book_from(&org, "intro", rest[per_email], "same@example.com", Some("192.0.2.50"))
        .await;
    assert_limited(over);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn an_invitee_link_cannot_send_mail_in_a_loop(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, _) = app.with_intro("looped").await;
    let slots = slots(2);
    let booking = app.book(&org, "intro", slots[0], "loop@example.com").await.expect(201);
    let uid = booking["uid"].as_str().expect("uid").to_owned();
    for i in 0..limit_of(&CHANGES_PER_BOOKING) {
        app.post(
            &format!("/v1/public/bookings/{uid}/reschedule"),
            None,
            json!({"start": slots[(i + 1) % 2]}),
        )
        .await
        .expect(200);
    }
    let over = app
        .reply(
            app.client
                .post(format!("{}/v1/public/bookings/{uid}/reschedule", app.base))
                .json(&json!({"start": slots[0]})),
        )
        .await;
    assert_limited(over);
    let cancel = app
        .reply(app.client.post(format!("{}/v1/public/bookings/{uid}/cancel", app.base)))
        .await;
    assert_limited(cancel);
    // Reading the booking is not a change.
    let seen = app.get(&format!("/v1/public/bookings/{uid}"), None).await.expect(200);
    assert_eq!(seen["status"], "confirmed");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_redis_that_is_down_degrades_sessions_not_the_api(pool: sqlx::PgPool) {
    // Nothing listens there: Kairos must start anyway.
    let closed = crate::helpers::peers::free_port();
    let config = Config {
        redis_url: Some(SecretString::from(format!("redis://127.0.0.1:{closed}"))),
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    // The API, which needs no session, works; its limits count in memory meanwhile.
    let (org, _) = app.with_intro("no-redis").await;
    app.book(&org, "intro", slots(1)[0], "r@example.com").await.expect(201);
    // A page that needs a session says the sessions are unavailable, at once and truthfully.
    assert_pages_unavailable_at_once(&app).await;
    assert_eq!(app.get("/healthz", None).await.status, StatusCode::OK);
}

/// Through a real Redis (`KAIROS_TEST_REDIS_URL`), two instances enforce one limit.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs Redis: KAIROS_TEST_REDIS_URL (scripts/test.sh starts it)"]
async fn two_instances_share_one_limit_through_redis(pool: sqlx::PgPool) {
    let url = crate::helpers::peers::required("KAIROS_TEST_REDIS_URL", "a Redis server");
    let config = || Config {
        redis_url: Some(SecretString::from(url.clone())),
        trusted_proxies: "127.0.0.1".parse().expect("valid"),
        ..Config::default()
    };
    let first = TestApp::spawn_with(pool.clone(), config()).await;
    let second = TestApp::spawn_with(pool, config()).await;
    let (org, _) = first.with_intro("shared").await;
    // A client address of this test alone (Redis is shared by the whole suite).
    let id = uuid::Uuid::new_v4();
    let b = id.as_bytes();
    let client = format!("2001:db8:{:02x}{:02x}:{:02x}{:02x}::1", b[0], b[1], b[2], b[3]);
    let limit = limit_of(&BOOKINGS_PER_ADDRESS);
    let slots = slots(limit + 1);
    for (i, start) in slots.iter().take(limit).enumerate() {
        let instance = if i % 2 == 0 { &first } else { &second };
        instance
            .book_from(&org, "intro", *start, &format!("{id}-{i}@example.com"), Some(&client))
            .await
            .expect(201);
    }
    // The next is refused on either instance.
    let over = format!("{id}-x@example.com");
    assert_limited(
        second
            .book_from(&org, "intro", slots[limit], &over, Some(&client))
            .await,
    );
    assert_limited(first.book_from(&org, "intro", slots[limit], &over, Some(&client)).await);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_client_that_drops_its_cookies_cannot_fill_the_session_store(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let limit = limit_of(&rate_limit::ANONYMOUS_SESSIONS_PER_ADDRESS);
    // The test client keeps no cookies: every view of the log-in form starts a session.
    for _ in 0..limit {
        let page = app
            .client
            .get(format!("{}/login", app.base))
            .send()
            .await
            .expect("page");
        assert_eq!(page.status(), StatusCode::OK);
    }
    let over = app
        .client
        .get(format!("{}/login", app.base))
        .send()
        .await
        .expect("page");
    assert_eq!(over.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(over.headers().contains_key("retry-after"));
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM web_sessions WHERE user_id IS NULL")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(stored, i64::try_from(limit).expect("small"));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_frozen_redis_costs_pages_a_bounded_wait_and_the_api_nothing(pool: sqlx::PgPool) {
    // A "Redis" that accepts connections and never answers, as a stopped process would.
    let frozen = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = frozen.local_addr().expect("address");
    let held = tokio::spawn(async move {
        let mut sockets = Vec::new();
        while let Ok((socket, _)) = frozen.accept().await {
            sockets.push(socket);
        }
    });
    let config = Config {
        redis_url: Some(SecretString::from(format!("redis://{address}"))),
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let (org, _) = app.with_intro("frozen").await;
    // Pages that need a session give up within the link's bound, not the request deadline…
    assert_pages_unavailable_at_once(&app).await;
    // …and the API, which needs no Redis, answers; its limits count in memory meanwhile.
    app.get("/v1/hosts", Some(&org.key)).await.expect(200);
    app.book(&org, "intro", slots(1)[0], "frozen@example.com")
        .await
        .expect(201);
    held.abort();
}
