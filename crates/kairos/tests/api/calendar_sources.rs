//! A host's ICS feed through the API, served over real HTTP on loopback and synced by the real
//! job runner: its events take slots away and refuse bookings, a failing server keeps the busy
//! time already known, an unchanged feed is asked for conditionally, and removing the source
//! gives the time back. The app's clock stands at Wednesday 10 March 2027, the week before the
//! feed's events, whatever day the suite runs.

use std::sync::Arc;
use std::sync::atomic::{AtomicU16, AtomicUsize, Ordering};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use chrono::{DateTime, Utc};
use kairos::clock::Clock;
use kairos::config::Config;
use serde_json::json;
use sqlx::PgPool;

use crate::helpers::database::lock_waits;
use crate::helpers::worker::{self, run_jobs_until_idle, sync_calendars};
use crate::helpers::{TestApp, q, slot_starts};

const GOOGLE: &str = include_str!("../fixtures/calendars/google.ics");
const ETAG: &str = "\"feed-v1\"";

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 instant")
}

/// A feed server: answers `GET /secret-token/basic.ics` with the fixture (and its ETag), 304
/// when asked with that ETag, or the status it is told to fail with.
#[derive(Default)]
struct Feed {
    fail_with: AtomicU16,
    requests: AtomicUsize,
    conditional: AtomicUsize,
}

async fn serve_feed(State(feed): State<Arc<Feed>>, headers: HeaderMap) -> axum::response::Response {
    feed.requests.fetch_add(1, Ordering::SeqCst);
    let failing = feed.fail_with.load(Ordering::SeqCst);
    if failing != 0 {
        return StatusCode::from_u16(failing).expect("status").into_response();
    }
    if headers.get("if-none-match").and_then(|v| v.to_str().ok()) == Some(ETAG) {
        feed.conditional.fetch_add(1, Ordering::SeqCst);
        return StatusCode::NOT_MODIFIED.into_response();
    }
    (
        [("content-type", "text/calendar; charset=utf-8"), ("etag", ETAG)],
        GOOGLE,
    )
        .into_response()
}

async fn start_feed() -> (Arc<Feed>, String) {
    let feed = Arc::new(Feed::default());
    let app = axum::Router::new()
        .route("/secret-token/basic.ics", axum::routing::get(serve_feed))
        .route(
            "/sign-in",
            axum::routing::get(|| async { ([("content-type", "text/html")], "<html><body>Sign in</body></html>") }),
        )
        .with_state(Arc::clone(&feed));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/secret-token/basic.ics", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    (feed, url)
}

fn config() -> Config {
    Config {
        clock: Clock::starting_at(at("2027-03-10T12:00:00Z")),
        calendar_allow_private_addresses: true,
        ..worker::config(None)
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_feeds_events_take_slots_and_a_failing_feed_keeps_what_was_known(pool: PgPool) {
    let config = config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (feed, url) = start_feed().await;
    let (org, host) = app.with_intro("acme").await;
    // Wednesday 17 March: the dentist 14:00–15:00 UTC (15:00–16:00 in Berlin), and the
    // "Planning" meeting on Friday the 19th, 12:00–13:00 UTC.
    let slots = |day: &str| {
        let (app, day) = (&app, day.to_owned());
        async move {
            let path = format!(
                "/v1/public/event-types/acme/intro/slots?start={}&end={}&time_zone=Europe/Berlin",
                q(at(&format!("{day}T00:00:00Z"))),
                q(at(&format!("{day}T23:00:00Z")))
            );
            slot_starts(&app.get(&path, None).await.expect(200))
        }
    };
    let dentist = at("2027-03-17T14:00:00Z");
    assert!(
        slots("2027-03-17").await.contains(&dentist),
        "free before the feed is read"
    );

    let sources = format!("/v1/hosts/{host}/calendar-sources");
    let created = app
        .post(&sources, Some(&org.key), json!({"name": "Work (Google)", "url": url}))
        .await
        .expect(201);
    assert_eq!(
        created["address"], "http://127.0.0.1/…",
        "the secret path is never shown"
    );
    assert!(created["last_success_at"].is_null());
    run_jobs_until_idle(&pool, &config).await;

    let listed = app.get(&sources, Some(&org.key)).await.expect(200);
    let source = &listed[0];
    let synced_at = source["last_success_at"].as_str().map(at).expect("a successful sync");
    assert!(
        synced_at >= at("2027-03-10T12:00:00Z") && synced_at < at("2027-03-10T13:00:00Z"),
        "on the app's clock: {synced_at}"
    );
    assert!(source["last_error"].is_null(), "{source}");
    assert_eq!(source["events"], 8);
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM external_busy")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(source["busy_intervals"], stored);
    assert!(stored > 6, "the standups of the coming months are there too: {stored}");

    let wednesday = slots("2027-03-17").await;
    for gone in ["2027-03-17T14:00:00Z", "2027-03-17T14:30:00Z"] {
        assert!(!wednesday.contains(&at(gone)), "{gone} is the dentist's");
    }
    assert!(wednesday.contains(&at("2027-03-17T13:30:00Z")));
    assert!(wednesday.contains(&at("2027-03-17T15:00:00Z")));
    let friday = slots("2027-03-19").await;
    assert!(!friday.contains(&at("2027-03-19T12:00:00Z")), "the accepted meeting");
    assert!(
        friday.contains(&at("2027-03-19T09:00:00Z")),
        "the declined pitch is free"
    );
    app.book(&org, "intro", dentist, "invitee@example.com")
        .await
        .problem(409, "slot_taken");

    // The server fails: the error shows on the source and the busy time stays.
    feed.fail_with.store(503, Ordering::SeqCst);
    let sync = format!("{sources}/{}/sync", source["id"].as_str().expect("id"));
    app.post(&sync, Some(&org.key), json!({})).await.expect(202);
    app.post(&sync, Some(&org.key), json!({})).await.expect(202);
    let queued: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs WHERE kind = 'calendar.sync' AND state = 'queued'")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(queued, 1, "asking twice at once queues one sync");
    run_jobs_until_idle(&pool, &config).await;
    let failed = &app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert!(
        failed["last_error"].as_str().is_some_and(|e| e.contains("503")),
        "{failed}"
    );
    assert!(
        !slots("2027-03-17").await.contains(&dentist),
        "what was known still blocks"
    );

    // Back, and unchanged: asked with the ETag, answered 304, the error cleared.
    feed.fail_with.store(0, Ordering::SeqCst);
    let before = feed.requests.load(Ordering::SeqCst);
    // (The queue keeps the keys of the jobs it ran: asked again within ten seconds, the sync
    // would be the one that just ran.)
    sqlx::query("DELETE FROM jobs")
        .execute(&pool)
        .await
        .expect("clear the queue");
    app.post(&sync, Some(&org.key), json!({})).await.expect(202);
    run_jobs_until_idle(&pool, &config).await;
    assert!(feed.requests.load(Ordering::SeqCst) > before);
    assert_eq!(feed.conditional.load(Ordering::SeqCst), 1, "one conditional request");
    let recovered = &app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert!(recovered["last_error"].is_null(), "{recovered}");
    assert!(!slots("2027-03-17").await.contains(&dentist));

    // Unchanged for a day: read in full again all the same (recurring events are expanded
    // over today's window), without the ETag.
    sqlx::query("UPDATE calendar_sources SET read_at = read_at - interval '1 day'")
        .execute(&pool)
        .await
        .expect("a day older");
    sqlx::query("DELETE FROM jobs")
        .execute(&pool)
        .await
        .expect("clear the queue");
    let before = feed.requests.load(Ordering::SeqCst);
    app.post(&sync, Some(&org.key), json!({})).await.expect(202);
    run_jobs_until_idle(&pool, &config).await;
    assert_eq!(feed.requests.load(Ordering::SeqCst), before + 1);
    assert_eq!(feed.conditional.load(Ordering::SeqCst), 1, "asked without the ETag");
    let read: bool = sqlx::query_scalar("SELECT read_at = last_success_at FROM calendar_sources")
        .fetch_one(&pool)
        .await
        .expect("read_at");
    assert!(read, "read in full at this sync");

    // Removing the source gives the time back.
    app.delete(
        &format!("{sources}/{}", source["id"].as_str().expect("id")),
        Some(&org.key),
    )
    .await
    .expect(204);
    assert!(slots("2027-03-17").await.contains(&dentist));
    app.book(&org, "intro", dentist, "invitee@example.com")
        .await
        .expect(201);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn feed_addresses_are_checked_and_private_ones_refused_by_default(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    for (url, code) in [
        ("http://127.0.0.1:9/feed.ics", "address_not_allowed"),
        ("https://[::1]/feed.ics", "address_not_allowed"),
        ("http://169.254.169.254/latest/meta-data", "address_not_allowed"),
        ("ftp://example.com/feed.ics", "invalid_field"),
        ("not a url", "invalid_field"),
        ("https://", "invalid_field"),
    ] {
        let refused = app
            .post(&sources, Some(&org.key), json!({"name": "Feed", "url": url}))
            .await
            .problem(422, code);
        assert_eq!(refused["field"], "url", "{url}: {refused}");
    }
    let webcal = app
        .post(
            &sources,
            Some(&org.key),
            json!({"name": "iCloud", "url": "webcal://p01-caldav.icloud.com/published/2/SECRET", "all_day_busy": false}),
        )
        .await
        .expect(201);
    assert_eq!(webcal["address"], "https://p01-caldav.icloud.com/…");
    assert_eq!(webcal["all_day_busy"], false);
    let other = app.sign_up("globex").await;
    app.get(&sources, Some(&other.key)).await.problem(404, "not_found");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn feeds_too_large_or_not_calendars_are_errors_on_their_source(pool: PgPool) {
    let config = Config {
        calendar_max_feed_bytes: 2048,
        ..config()
    };
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (_feed, url) = start_feed().await;
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    let sign_in = url.replace("/secret-token/basic.ics", "/sign-in");
    for (name, address) in [("Too large", url.as_str()), ("A sign-in page", sign_in.as_str())] {
        app.post(&sources, Some(&org.key), json!({"name": name, "url": address}))
            .await
            .expect(201);
    }
    run_jobs_until_idle(&pool, &config).await;
    let listed = app.get(&sources, Some(&org.key)).await.expect(200);
    let error_of = |name: &str| -> String {
        let source = listed
            .as_array()
            .expect("sources")
            .iter()
            .find(|s| s["name"] == name)
            .expect("the source");
        assert!(source["last_success_at"].is_null(), "{source}");
        source["last_error"].as_str().expect("an error").to_owned()
    };
    assert!(error_of("Too large").contains("larger than 2048 bytes"));
    assert!(error_of("A sign-in page").contains("not an iCalendar file"));
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM external_busy")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(stored, 0);
    let dead: i64 = sqlx::query_scalar("SELECT count(*) FROM jobs WHERE state = 'dead'")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(dead, 0, "a user's broken feed leaves no dead job");
}

/// A key for the configuration, as an operator writes it (base64 of 32 bytes).
fn key(byte: u8) -> secrecy::SecretString {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode([byte; 32]).into()
}

fn keyed(current: u8, old: &[u8]) -> Config {
    let old: Vec<String> = old
        .iter()
        .map(|b| secrecy::ExposeSecret::expose_secret(&key(*b)).to_owned())
        .collect();
    Config {
        secrets_key: Some(key(current)),
        secrets_old_keys: (!old.is_empty()).then(|| old.join(",").into()),
        ..config()
    }
}

/// The stored form of the only source: plain address, sealed address.
async fn stored_url(pool: &PgPool) -> (Option<String>, Option<Vec<u8>>) {
    sqlx::query_as("SELECT url, url_sealed FROM calendar_sources")
        .fetch_one(pool)
        .await
        .expect("the source")
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn feed_addresses_are_sealed_at_rest_and_survive_a_key_rotation(pool: PgPool) {
    let first = keyed(1, &[]);
    let app = TestApp::spawn_with(pool.clone(), first.clone()).await;
    let (feed, url) = start_feed().await;
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    app.post(&sources, Some(&org.key), json!({"name": "Work", "url": url}))
        .await
        .expect(201);
    let (plain, sealed) = stored_url(&pool).await;
    let sealed = sealed.expect("sealed");
    assert!(plain.is_none());
    let as_text = String::from_utf8_lossy(&sealed);
    assert!(!as_text.contains("secret-token") && !as_text.contains("127.0.0.1"));
    let fingerprint = |sealed: &[u8]| sealed[1..9].iter().map(|b| format!("{b:02x}")).collect::<String>();
    let fingerprint_of = |config: &Config| config.keyring().expect("keys").current().fingerprint();
    assert_eq!(fingerprint(&sealed), fingerprint_of(&first));
    run_jobs_until_idle(&pool, &first).await;
    let requests = feed.requests.load(Ordering::SeqCst);
    assert_eq!(requests, 1, "opened and fetched");

    // Rotation: the new key seals, the old one still opens; the next sync seals anew.
    let rotating = keyed(2, &[1]);
    sync_calendars(&pool, &rotating).await;
    let (_, resealed) = stored_url(&pool).await;
    let resealed = resealed.expect("sealed");
    assert_eq!(fingerprint(&resealed), fingerprint_of(&rotating));
    assert_ne!(fingerprint(&resealed), fingerprint(&sealed));
    // Once every source synced, the old key can go.
    let rotated = keyed(2, &[]);
    sync_calendars(&pool, &rotated).await;
    let listed = &app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert!(listed["last_error"].is_null(), "{listed}");
    assert_eq!(feed.requests.load(Ordering::SeqCst), requests + 2);

    // A worker without the key says so on the source, fetches nothing and keeps the busy time.
    let stranger = keyed(3, &[]);
    sync_calendars(&pool, &stranger).await;
    let failed = &app.get(&sources, Some(&org.key)).await.expect(200)[0];
    let error = failed["last_error"].as_str().expect("an error");
    assert!(
        error.contains("KAIROS_SECRETS_KEY") && error.contains(&fingerprint_of(&rotated)),
        "{error}"
    );
    assert!(!error.contains("secret-token"), "{error}");
    assert_eq!(feed.requests.load(Ordering::SeqCst), requests + 2);
    let busy: i64 = sqlx::query_scalar("SELECT count(*) FROM external_busy")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert!(busy > 0);

    // A source stored before sealing (plain address) is sealed at its next sync.
    sqlx::query("UPDATE calendar_sources SET url = $1, url_sealed = NULL")
        .bind(&url)
        .execute(&pool)
        .await
        .expect("an old row");
    sync_calendars(&pool, &rotated).await;
    let (plain, sealed) = stored_url(&pool).await;
    assert!(plain.is_none());
    assert_eq!(fingerprint(&sealed.expect("sealed")), fingerprint_of(&rotated));
    let synced = &app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert!(synced["last_error"].is_null(), "{synced}");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn stale_sources_are_reported_and_block_unless_the_operator_chooses_otherwise(pool: PgPool) {
    use kairos::app::calendar_sources::{Freshness, check_freshness};
    let config = config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (feed, url) = start_feed().await;
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    app.post(&sources, Some(&org.key), json!({"name": "Work", "url": url}))
        .await
        .expect(201);
    run_jobs_until_idle(&pool, &config).await;
    let fresh = &app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert_eq!(
        (fresh["stale"].as_bool(), fresh["blocking"].as_bool()),
        (Some(false), Some(true))
    );

    // Seven hours later, the feed down all that time: past the six-hour default, stale.
    feed.fail_with.store(500, Ordering::SeqCst);
    let later = Config {
        clock: Clock::starting_at(at("2027-03-10T19:00:00Z")),
        ..config.clone()
    };
    let later_app = TestApp::spawn_with(pool.clone(), later.clone()).await;
    sync_calendars(&pool, &later).await;
    let dentist = at("2027-03-17T14:00:00Z");
    let wednesday = format!(
        "/v1/public/event-types/acme/intro/slots?start={}&end={}&time_zone=Europe/Berlin",
        q(at("2027-03-17T00:00:00Z")),
        q(at("2027-03-17T23:00:00Z"))
    );
    let stale = &later_app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert_eq!(
        (stale["stale"].as_bool(), stale["blocking"].as_bool()),
        (Some(true), Some(true)),
        "{stale}"
    );
    assert!(stale["last_error"].as_str().is_some_and(|e| e.contains("500")));

    // By default a stale source still blocks.
    let blocking = Freshness {
        stale_after: chrono::TimeDelta::hours(6),
        stale_block: true,
    };
    check_freshness(&pool, blocking, later.clock.now())
        .await
        .expect("checked");
    assert!(!slot_starts(&later_app.get(&wednesday, None).await.expect(200)).contains(&dentist));

    // The operator chose that stale sources do not block: the time is free, and said so.
    let ignoring = Freshness {
        stale_block: false,
        ..blocking
    };
    check_freshness(&pool, ignoring, later.clock.now())
        .await
        .expect("checked");
    let ignored = &later_app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert_eq!(
        (ignored["stale"].as_bool(), ignored["blocking"].as_bool()),
        (Some(true), Some(false))
    );
    assert!(slot_starts(&later_app.get(&wednesday, None).await.expect(200)).contains(&dentist));

    // The feed is back: the next good sync makes the source count again at once.
    feed.fail_with.store(0, Ordering::SeqCst);
    sync_calendars(&pool, &later).await;
    let back = &later_app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert_eq!(
        (back["stale"].as_bool(), back["blocking"].as_bool()),
        (Some(false), Some(true)),
        "{back}"
    );
    assert!(!slot_starts(&later_app.get(&wednesday, None).await.expect(200)).contains(&dentist));

    let metrics = kairos::telemetry::metrics::handle().render();
    for family in [
        "kairos_calendar_sync_duration_seconds_count{outcome=\"synced\"}",
        "kairos_calendar_sync_errors_total{kind=\"transient\"}",
        "kairos_calendar_sources_stale",
        "kairos_calendar_sync_freshest_age_seconds",
    ] {
        assert!(metrics.contains(family), "{family} in\n{metrics}");
    }
}

/// The reasons of `explained` of `kind`, as (start, end) pairs to the minute (the app's clock
/// runs on from its start, so "now" lies seconds past it).
fn spans_of(explained: &serde_json::Value, kind: &str) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    explained["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .filter(|r| r["kind"] == kind)
        .map(|r| {
            let instant = |field: &str| {
                let t = r[field].as_str().map(at).expect("an instant");
                chrono::DurationRound::duration_trunc(t, chrono::TimeDelta::minutes(1)).expect("truncates")
            };
            (instant("start"), instant("end"))
        })
        .collect()
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn explain_names_every_reason_a_time_is_busy_and_public_slots_reveal_none(pool: PgPool) {
    let config = config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (_feed, url) = start_feed().await;
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    app.post(&sources, Some(&org.key), json!({"name": "Work (Google)", "url": url}))
        .await
        .expect(201);
    run_jobs_until_idle(&pool, &config).await;
    app.post(
        &format!("/v1/hosts/{host}/busy-blocks"),
        Some(&org.key),
        json!({"start": "2027-03-17T10:00:00Z", "end": "2027-03-17T11:00:00Z", "title": "Lunch with Bo"}),
    )
    .await
    .expect(201);
    let booked = app
        .book(&org, "intro", at("2027-03-17T12:00:00Z"), "invitee@example.com")
        .await
        .expect(201);

    // Wednesday 17 March in Berlin (UTC+1): hours 08:00–16:00 UTC.
    let path = |extra: &str| {
        format!(
            "/v1/hosts/{host}/explain?start={}&end={}{extra}",
            q(at("2027-03-17T00:00:00Z")),
            q(at("2027-03-18T00:00:00Z"))
        )
    };
    let explained = app.get(&path(""), Some(&org.key)).await.expect(200);
    assert_eq!(explained["time_zone"], "Europe/Berlin");
    assert_eq!(
        spans_of(&explained, "outside_working_hours"),
        [
            (at("2027-03-17T00:00:00Z"), at("2027-03-17T08:00:00Z")),
            (at("2027-03-17T16:00:00Z"), at("2027-03-17T23:00:00Z")),
            (at("2027-03-17T23:00:00Z"), at("2027-03-18T00:00:00Z")),
        ]
    );
    let reasons = explained["reasons"].as_array().expect("reasons");
    let booking = reasons.iter().find(|r| r["kind"] == "booking").expect("the booking");
    assert_eq!(booking["booking_id"], booked["id"]);
    assert_eq!(booking["title"], "Intro");
    let block = reasons.iter().find(|r| r["kind"] == "busy_block").expect("the block");
    assert_eq!(block["title"], "Lunch with Bo");
    let dentist = reasons
        .iter()
        .find(|r| r["kind"] == "external_event")
        .expect("the feed's event");
    assert_eq!(
        (dentist["start"].as_str(), dentist["end"].as_str()),
        (Some("2027-03-17T14:00:00Z"), Some("2027-03-17T15:00:00Z"))
    );
    assert_eq!(dentist["source"]["name"], "Work (Google)");
    assert_eq!(dentist["source"]["stale"], false);
    assert!(dentist["source"]["last_success_at"].is_string());
    assert!(
        dentist.get("title").is_none(),
        "titles stay hidden unless the source allows them"
    );

    // A source that allows titles shows them; public slots show nothing of any of it.
    sqlx::query("UPDATE calendar_sources SET show_titles = true")
        .execute(&pool)
        .await
        .expect("allow titles");
    let explained = app.get(&path(""), Some(&org.key)).await.expect(200);
    assert!(explained.to_string().contains("Dentist"));
    let public = app
        .get(
            &format!(
                "/v1/public/event-types/acme/intro/slots?start={}&end={}",
                q(at("2027-03-17T00:00:00Z")),
                q(at("2027-03-18T00:00:00Z"))
            ),
            None,
        )
        .await
        .expect(200)
        .to_string();
    for secret in ["Dentist", "Work (Google)", "Lunch with Bo", "invitee@example.com"] {
        assert!(!public.contains(secret), "{secret} in {public}");
    }

    // An event type's own rules: the past, minimum notice, the horizon, buffers, the daily limit.
    let deep = app
        .event_type(
            &org,
            json!({"slug": "deep", "title": "Deep dive", "duration_minutes": 30, "hosts": [host],
                   "buffer_before_minutes": 15, "buffer_after_minutes": 15, "min_notice_minutes": 1440,
                   "horizon_days": 1, "max_per_day": 1}),
        )
        .await;
    app.book(&org, "deep", at("2027-03-11T13:00:00Z"), "other@example.com")
        .await
        .expect(201);
    let explained = app
        .get(
            &format!(
                "/v1/hosts/{host}/explain?start={}&end={}&event_type={}",
                q(at("2027-03-10T00:00:00Z")),
                q(at("2027-03-12T00:00:00Z")),
                deep["id"].as_str().expect("id")
            ),
            Some(&org.key),
        )
        .await
        .expect(200);
    assert_eq!(
        spans_of(&explained, "in_past"),
        [(at("2027-03-10T00:00:00Z"), at("2027-03-10T12:00:00Z"))]
    );
    assert_eq!(
        spans_of(&explained, "minimum_notice"),
        [(at("2027-03-10T12:00:00Z"), at("2027-03-11T12:00:00Z"))]
    );
    assert_eq!(
        spans_of(&explained, "beyond_horizon"),
        [(at("2027-03-11T23:00:00Z"), at("2027-03-12T00:00:00Z"))]
    );
    assert_eq!(
        spans_of(&explained, "buffer"),
        [
            (at("2027-03-11T12:45:00Z"), at("2027-03-11T13:00:00Z")),
            (at("2027-03-11T13:30:00Z"), at("2027-03-11T13:45:00Z")),
        ]
    );
    assert_eq!(
        spans_of(&explained, "daily_limit"),
        [(at("2027-03-10T23:00:00Z"), at("2027-03-11T23:00:00Z"))]
    );

    // Bounded, and for the host's organisation only.
    app.get(
        &format!(
            "/v1/hosts/{host}/explain?start={}&end={}",
            q(at("2027-03-01T00:00:00Z")),
            q(at("2027-04-15T00:00:00Z"))
        ),
        Some(&org.key),
    )
    .await
    .problem(422, "range_too_long");
    let other = app.sign_up("globex").await;
    app.get(&path(""), Some(&other.key)).await.problem(404, "not_found");
}

/// A feed of 2,000 events with long descriptions, about 10 MB: one a day from 1 March 2027 at
/// 10:00 UTC, an hour long.
fn large_feed() -> String {
    let description = format!("DESCRIPTION:{}", "Agenda item, notes and links. ".repeat(170));
    let folded: String = description
        .as_bytes()
        .chunks(74)
        .map(|c| std::str::from_utf8(c).expect("ASCII"))
        .collect::<Vec<_>>()
        .join("\r\n ");
    let mut feed = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Large//EN\r\n");
    let first = at("2027-03-01T10:00:00Z");
    for day in 0..2000 {
        let start = first + chrono::TimeDelta::days(day);
        let stamp = |t: DateTime<Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
        feed.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:large-{day}@example.com\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:{}\r\nDTEND:{}\r\n\
             SUMMARY:Daily {day}\r\n{folded}\r\nEND:VEVENT\r\n",
            stamp(start),
            stamp(start + chrono::TimeDelta::hours(1))
        ));
    }
    feed.push_str("END:VCALENDAR\r\n");
    feed
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_feed_that_never_finishes_times_out_and_a_ten_megabyte_one_is_read(pool: PgPool) {
    let config = Config {
        calendar_fetch_timeout_secs: 1,
        ..config()
    };
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let large = Arc::new(large_feed());
    assert!(large.len() > 10_000_000, "{} bytes", large.len());
    let routes = axum::Router::new()
        .route(
            "/endless.ics",
            axum::routing::get(|| async {
                // The head of a calendar, then a line every 200 ms, for ever.
                let lines = futures::stream::unfold(0u64, |n| async move {
                    if n > 0 {
                        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                    }
                    let line = if n == 0 {
                        "BEGIN:VCALENDAR\r\n".to_owned()
                    } else {
                        format!("X-LINE:{n}\r\n")
                    };
                    Some((Ok::<_, std::io::Error>(line), n + 1))
                });
                (
                    [("content-type", "text/calendar")],
                    axum::body::Body::from_stream(lines),
                )
            }),
        )
        .route(
            "/large.ics",
            axum::routing::get(move || {
                let large = Arc::clone(&large);
                async move { ([("content-type", "text/calendar")], (*large).clone()) }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, routes).await });
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    for name in ["endless", "large"] {
        app.post(
            &sources,
            Some(&org.key),
            json!({"name": name, "url": format!("{base}/{name}.ics")}),
        )
        .await
        .expect(201);
    }
    run_jobs_until_idle(&pool, &config).await;
    let listed = app.get(&sources, Some(&org.key)).await.expect(200);
    let of = |name: &str| {
        listed
            .as_array()
            .expect("sources")
            .iter()
            .find(|s| s["name"] == name)
            .expect("the source")
            .clone()
    };
    let endless = of("endless");
    assert!(
        endless["last_error"].as_str().is_some_and(|e| e.contains("time limit")),
        "{endless}"
    );
    let large = of("large");
    assert!(large["last_error"].is_null(), "{large}");
    assert_eq!(large["events"], 2000);
    let jobs: Vec<(String, i32)> = sqlx::query_as("SELECT state, attempts FROM jobs WHERE kind = 'calendar.sync'")
        .fetch_all(&pool)
        .await
        .expect("jobs");
    // The endless feed's sync is retried (a timeout may pass) within its kind's three
    // attempts, after which the next round tries again: never a dead job.
    assert!(
        jobs.iter()
            .all(|(state, attempts)| (state == "succeeded" || state == "queued") && (1..=3).contains(attempts)),
        "{jobs:?}"
    );
    let path = format!(
        "/v1/public/event-types/acme/intro/slots?start={}&end={}",
        q(at("2027-03-17T00:00:00Z")),
        q(at("2027-03-18T00:00:00Z"))
    );
    let free = slot_starts(&app.get(&path, None).await.expect(200));
    assert!(
        !free.contains(&at("2027-03-17T10:00:00Z")),
        "the large feed's event of the day blocks"
    );
    assert!(free.contains(&at("2027-03-17T11:00:00Z")));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn hosts_add_feeds_see_their_sync_and_why_a_day_is_busy_in_the_web_app(pool: PgPool) {
    use crate::helpers::visitors::Visitor;
    let config = config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (feed, url) = start_feed().await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;
    let empty = ana.get("/app/calendars").await;
    assert!(empty.html.contains("No calendars yet"));

    let bad = ana
        .submit(
            "/app/calendars",
            "/app/calendars",
            &[("name", "Work"), ("url", "ftp://nope")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.html.contains("id=\"url-error\""), "{}", bad.html);
    let added = ana
        .submit(
            "/app/calendars",
            "/app/calendars",
            &[
                ("name", "Work (Google)"),
                ("url", &url),
                ("all_day_busy", "on"),
                ("show_titles", "on"),
            ],
        )
        .await;
    assert_eq!(added.location.as_deref(), Some("/app/calendars"), "{}", added.html);
    let listed = ana.get("/app/calendars").await.html;
    assert!(listed.contains("Work (Google)") && listed.contains("never"), "{listed}");
    assert!(
        !listed.contains("secret-token"),
        "the feed's secret path is never shown"
    );
    run_jobs_until_idle(&pool, &config).await;

    let explained = ana.get("/app/calendars?date=2027-03-17").await.html;
    assert!(
        explained.contains("Event in your calendar: Dentist, Dr. Weiß (Work (Google))"),
        "{explained}"
    );
    assert!(explained.contains("Outside your working hours"));
    assert!(!ana.get("/app").await.html.contains("stale-calendars"));

    // Seven hours later with the feed down: the dashboard says so.
    feed.fail_with.store(503, Ordering::SeqCst);
    let later = Config {
        clock: Clock::starting_at(at("2027-03-10T19:00:00Z")),
        ..config.clone()
    };
    let later_app = TestApp::spawn_with(pool.clone(), later.clone()).await;
    sync_calendars(&pool, &later).await;
    let ana_later = Visitor::new(&later_app);
    ana_later.log_in("ana@globex.example", "correct horse 1").await;
    let dashboard = ana_later.get("/app").await.html;
    assert!(dashboard.contains("id=\"stale-calendars\""), "{dashboard}");
    assert!(dashboard.contains("Work (Google)"));
    let page = ana_later.get("/app/calendars").await.html;
    assert!(page.contains("503"), "the error shows: {page}");
}

/// Two syncs of one source that overlap leave one copy of its busy time: the second waits for
/// the first's lock on the source, then replaces what the first wrote instead of adding to it.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn two_syncs_of_one_source_at_once_leave_one_copy_of_its_busy_time(pool: PgPool) {
    use kairos::ids::{CalendarSourceId, HostId, OrgId};
    use kairos::store::calendar_sources::{NewBusy, Synced, record_success};

    let app = TestApp::spawn_with(pool.clone(), config()).await;
    let (org, host) = app.with_intro("acme").await;
    app.post(
        &format!("/v1/hosts/{host}/calendar-sources"),
        Some(&org.key),
        json!({"name": "Work", "url": "http://127.0.0.1:9/never-read.ics"}),
    )
    .await
    .expect(201);
    let (org_id, host_id, source): (uuid::Uuid, uuid::Uuid, uuid::Uuid) =
        sqlx::query_as("SELECT org_id, host_id, id FROM calendar_sources")
            .fetch_one(&pool)
            .await
            .expect("the source");
    let app_pool = pool.clone();
    let busy: Vec<NewBusy> = (0..3)
        .map(|i| NewBusy {
            start: at("2027-03-17T09:00:00Z") + chrono::TimeDelta::hours(i),
            end: at("2027-03-17T09:30:00Z") + chrono::TimeDelta::hours(i),
            uid: format!("event-{i}"),
            title: "Busy".to_owned(),
        })
        .collect();
    let sync = move |busy: Vec<NewBusy>| {
        let pool = pool.clone();
        async move {
            let mut tx = pool.begin().await.expect("begin");
            record_success(
                &mut tx,
                OrgId(org_id),
                HostId(host_id),
                CalendarSourceId(source),
                Synced {
                    busy: &busy,
                    events: 3,
                    etag: None,
                    last_modified: None,
                    at: at("2027-03-10T12:00:00Z"),
                },
            )
            .await
            .expect("record the sync");
            tx
        }
    };
    // The first sync writes and holds its transaction open; the second starts meanwhile.
    let first = sync(busy.clone()).await;
    let second = tokio::spawn(async move {
        let tx = sync(busy).await;
        tx.commit().await.expect("commit the second sync");
    });
    // The second is waiting on the first's lock (not finished) when the first commits.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!second.is_finished(), "the second sync waits for the first");
    first.commit().await.expect("commit the first sync");
    second.await.expect("the second sync");
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM external_busy")
        .fetch_one(&app_pool)
        .await
        .expect("count");
    assert_eq!(stored, 3, "one copy of the source's busy time");
}

/// A sync of a source and its removal at the same time do not deadlock: both take the source's
/// row first. The sync is held inside its first statement (its write of the host's calendar
/// version waits on a transaction holding that version), the removal starts meanwhile, and once
/// the version is released both finish: the source and its busy time are gone.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_sync_and_a_removal_of_one_source_at_once_do_not_deadlock(pool: PgPool) {
    use kairos::ids::{CalendarSourceId, HostId, OrgId};
    use kairos::store::calendar_sources::{NewBusy, Synced, record_success};

    let app = TestApp::spawn_with(pool.clone(), config()).await;
    let (org, host) = app.with_intro("acme").await;
    let source = app
        .post(
            &format!("/v1/hosts/{host}/calendar-sources"),
            Some(&org.key),
            json!({"name": "Work", "url": "http://127.0.0.1:9/never-read.ics"}),
        )
        .await
        .expect(201);
    let (org_id, host_id, source_id): (uuid::Uuid, uuid::Uuid, uuid::Uuid) =
        sqlx::query_as("SELECT org_id, host_id, id FROM calendar_sources")
            .fetch_one(&pool)
            .await
            .expect("the source");
    // Busy time from an earlier sync, which the next one replaces.
    let busy: Vec<NewBusy> = (0..3)
        .map(|i| NewBusy {
            start: at("2027-03-17T09:00:00Z") + chrono::TimeDelta::hours(i),
            end: at("2027-03-17T09:30:00Z") + chrono::TimeDelta::hours(i),
            uid: format!("event-{i}"),
            title: "Busy".to_owned(),
        })
        .collect();
    let sync = |pool: PgPool, busy: Vec<NewBusy>| async move {
        let mut tx = pool.begin().await.expect("begin");
        record_success(
            &mut tx,
            OrgId(org_id),
            HostId(host_id),
            CalendarSourceId(source_id),
            Synced {
                busy: &busy,
                events: 3,
                etag: None,
                last_modified: None,
                at: at("2027-03-10T12:00:00Z"),
            },
        )
        .await?;
        tx.commit().await
    };
    sync(pool.clone(), busy.clone()).await.expect("the first sync");

    // Hold the host's calendar version.
    let mut holder = pool.begin().await.expect("begin");
    sqlx::query(
        "INSERT INTO calendar_versions (host_id, version) VALUES ($1, 1)
         ON CONFLICT (host_id) DO UPDATE SET version = calendar_versions.version + 1",
    )
    .bind(host_id)
    .execute(&mut *holder)
    .await
    .expect("hold the version");
    let removal_path = format!(
        "/v1/hosts/{host}/calendar-sources/{}",
        source["id"].as_str().expect("id")
    );
    let (synced, removed) = tokio::join!(sync(pool.clone(), busy), async {
        lock_waits(&pool, 1).await;
        let removed = app.delete(&removal_path, Some(&org.key));
        let release = async {
            lock_waits(&pool, 2).await;
            holder.rollback().await.expect("release the version");
        };
        tokio::join!(removed, release).0
    });
    synced.expect("the sync finishes, not chosen as a deadlock victim");
    removed.expect(204);
    let left: (i64, i64) =
        sqlx::query_as("SELECT (SELECT count(*) FROM calendar_sources), (SELECT count(*) FROM external_busy)")
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(left, (0, 0), "the source and its busy time are gone");
}
