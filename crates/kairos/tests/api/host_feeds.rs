//! A host's secret ICS feed of their bookings, fetched over real HTTP without a key the way a
//! calendar service subscribed to it would: its events are the invites' (same UIDs), a
//! cancelled booking and another host's are not in it, an unchanged feed is answered 304, a new
//! address retires the old one, revoking ends it, and no other organisation can reach it. The
//! text is checked line by line against RFC 5545 and read back with `calcard` (and with Python's
//! `icalendar` when `KAIROS_TEST_PYTHON` is set). The app's clock stands at Wednesday 10 March
//! 2027, before the bookings, whatever day the suite runs.

use std::io::Write;
use std::process::{Command, Stdio};

use calcard::icalendar::{ICalendar, ICalendarComponentType, ICalendarProperty};
use chrono::{DateTime, Utc};
use kairos::clock::Clock;
use kairos::config::Config;
use kairos::ids::HostId;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};
use sqlx::PgPool;

use crate::helpers::{Org, TestApp, peers};

const PUBLIC_URL: &str = "https://kairos.example";

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 instant")
}

fn config() -> Config {
    Config {
        clock: Clock::starting_at(at("2027-03-10T12:00:00Z")),
        public_url: Some(format!("{PUBLIC_URL}/")),
        ..Config::default()
    }
}

/// A fetched feed: status, headers and text.
struct Fetched {
    status: StatusCode,
    headers: HeaderMap,
    text: String,
}

impl Fetched {
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }
}

/// GETs `path` without a key, as a calendar service does, optionally conditionally.
async fn fetch(app: &TestApp, path: &str, if_none_match: Option<&str>) -> Fetched {
    let mut request = app.client.get(format!("{}{path}", app.base));
    if let Some(etag) = if_none_match {
        request = request.header("if-none-match", etag);
    }
    let response = request.send().await.expect("feed fetched");
    let status = response.status();
    let headers = response.headers().clone();
    let text = response.text().await.expect("feed read");
    Fetched { status, headers, text }
}

/// The path of a feed's public address, to fetch from the test server.
fn path_of(url: &Value) -> String {
    let url = url.as_str().expect("a feed address");
    url.strip_prefix(PUBLIC_URL)
        .unwrap_or_else(|| panic!("{url} is under KAIROS_PUBLIC_URL"))
        .to_owned()
}

/// Makes the host's feed and checks the answer; returns it.
async fn create_feed(app: &TestApp, org: &Org, host: &str, include_planned: bool) -> Value {
    let created = app
        .post(
            &format!("/v1/hosts/{host}/feed"),
            Some(&org.key),
            json!({"include_planned": include_planned}),
        )
        .await
        .expect(201);
    let url = created["url"].as_str().expect("url");
    let file = url
        .strip_prefix(&format!("{PUBLIC_URL}/feeds/kfeed_"))
        .unwrap_or_else(|| panic!("a recognisable address under the public URL: {url}"));
    let token = file.strip_suffix(".ics").expect("an .ics address");
    assert!(
        token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()),
        "256 random bits: {url}"
    );
    assert_eq!(
        created["webcal_url"],
        format!("webcal://{}", url.trim_start_matches("https://"))
    );
    assert_eq!(created["include_planned"], include_planned);
    assert_eq!(created["host_id"], host);
    let made = created["created_at"].as_str().map(at).expect("created_at");
    assert!(
        made >= at("2027-03-10T12:00:00Z") && made < at("2027-03-10T13:00:00Z"),
        "on the app's clock: {made}"
    );
    created
}

/// RFC 5545 §3.1 on the raw text: CRLF after every line and nothing else breaking lines, at
/// most 75 octets a line, continuation lines starting with a space.
fn assert_strict_lines(text: &str) {
    let body = text.strip_suffix("\r\n").expect("the last line ends in CRLF");
    for (i, line) in body.split("\r\n").enumerate() {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "line {i} has a bare LF or CR: {line:?}"
        );
        assert!(line.len() <= 75, "line {i} has {} octets: {line:?}", line.len());
        assert!(!line.is_empty(), "line {i} is empty");
    }
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
}

/// One event as a parser reads it.
#[derive(Debug, Clone, PartialEq)]
struct Event {
    uid: String,
    summary: String,
    start: i64,
    end: i64,
    transp: Option<String>,
}

fn text_of(component: &calcard::icalendar::ICalendarComponent, property: &ICalendarProperty) -> Option<String> {
    component
        .property(property)
        .and_then(|e| e.values.first())
        .and_then(|v| v.as_text())
        .map(str::to_owned)
}

fn instant_of(component: &calcard::icalendar::ICalendarComponent, property: &ICalendarProperty) -> i64 {
    component
        .property(property)
        .and_then(|e| e.values.first())
        .and_then(|v| v.as_partial_date_time())
        .and_then(calcard::common::PartialDateTime::to_timestamp)
        .unwrap_or_else(|| panic!("{property:?} is a date-time"))
}

/// The calendar read with `calcard`: its own properties' text and its events.
fn parse(text: &str) -> (ICalendar, Vec<Event>) {
    let calendar = ICalendar::parse(text).expect("calcard reads the feed");
    assert_eq!(
        calendar.components.first().map(|c| c.component_type.clone()),
        Some(ICalendarComponentType::VCalendar)
    );
    let events = calendar
        .components
        .iter()
        .filter(|c| c.component_type == ICalendarComponentType::VEvent)
        .map(|event| Event {
            uid: event.uid().expect("every event has a UID").to_owned(),
            summary: text_of(event, &ICalendarProperty::Summary).expect("a SUMMARY"),
            start: instant_of(event, &ICalendarProperty::Dtstart),
            end: instant_of(event, &ICalendarProperty::Dtend),
            transp: event
                .property(&ICalendarProperty::Transp)
                .and_then(|e| e.values.first())
                .map(|v| format!("{v:?}")),
        })
        .collect();
    (calendar, events)
}

/// The calendar read with Python's `icalendar` when `KAIROS_TEST_PYTHON` names a Python:
/// errors it found, its name, refresh and method, and each event's UID, summary and instants.
fn parse_with_python(text: &str) -> Option<Value> {
    std::env::var("KAIROS_TEST_PYTHON").ok().filter(|p| !p.is_empty())?;
    let python = peers::python_with(&["icalendar"]);
    const SCRIPT: &str = r#"
import json, sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
def raw(name):
    value = cal.get(name)
    return None if value is None else value.to_ical().decode()
print(json.dumps({
    "errors": [f"{c.name}: {e}" for c in cal.walk() for e in c.errors],
    "name": str(cal.get("X-WR-CALNAME")),
    "refresh": raw("REFRESH-INTERVAL"),
    "ttl": raw("X-PUBLISHED-TTL"),
    "method": raw("METHOD"),
    "events": [{
        "uid": str(e["UID"]),
        "summary": str(e["SUMMARY"]),
        "start": int(e.decoded("DTSTART").timestamp()),
        "end": int(e.decoded("DTEND").timestamp()),
        "utc": e.decoded("DTSTART").utcoffset().total_seconds() == 0,
    } for e in cal.walk("VEVENT")],
}))
"#;
    let mut child = Command::new(&python)
        .args(["-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("feed written to python");
    let output = child.wait_with_output().expect("python ends");
    assert!(
        output.status.success(),
        "icalendar refused the feed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(serde_json::from_slice(&output.stdout).expect("python's JSON"))
}

/// The UID of the booking's e-mailed invite, as the API serves it.
async fn invite_uid(app: &TestApp, org: &Org, booking: &str) -> String {
    let response = app
        .client
        .get(format!("{}/v1/bookings/{booking}/invite.ics", app.base))
        .bearer_auth(&org.key)
        .send()
        .await
        .expect("invite fetched");
    assert_eq!(response.status(), StatusCode::OK);
    let invite = response.text().await.expect("invite read");
    let (_, events) = parse(&invite);
    assert_eq!(events.len(), 1);
    events[0].uid.clone()
}

/// Books the intro at `start` and returns the booking's id.
async fn book(app: &TestApp, org: &Org, slug: &str, start: &str, email: &str) -> String {
    let booking = app.book(org, slug, at(start), email).await.expect(201);
    booking["id"].as_str().expect("booking id").to_owned()
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_hosts_feed_holds_their_bookings_as_their_invites_say(pool: PgPool) {
    let app = TestApp::spawn_with(pool, config()).await;
    let (org, ana) = app.with_intro("acme").await;
    let bo = app.host(&org, "Bo", "Europe/Berlin").await;
    app.event_type(
        &org,
        json!({"slug": "bo-intro", "title": "Bo's intro", "duration_minutes": 30, "hosts": [bo]}),
    )
    .await;
    let monday = book(&app, &org, "intro", "2027-03-15T09:00:00Z", "zoe@example.com").await;
    let tuesday = book(&app, &org, "intro", "2027-03-16T13:00:00Z", "yann@example.com").await;
    let cancelled = book(&app, &org, "intro", "2027-03-17T08:00:00Z", "xia@example.com").await;
    app.post(&format!("/v1/bookings/{cancelled}/cancel"), Some(&org.key), json!({}))
        .await
        .expect(200);
    book(&app, &org, "bo-intro", "2027-03-15T09:00:00Z", "wen@example.com").await;

    let feed_path = format!("/v1/hosts/{ana}/feed");
    app.get(&feed_path, Some(&org.key)).await.problem(404, "not_found");
    let created = create_feed(&app, &org, &ana, false).await;
    let shown = app.get(&feed_path, Some(&org.key)).await.expect(200);
    assert_eq!(
        shown,
        json!({"host_id": ana, "include_planned": false, "created_at": created["created_at"]}),
        "the address is shown only once"
    );

    let feed = fetch(&app, &path_of(&created["url"]), None).await;
    assert_eq!(feed.status, StatusCode::OK, "{}", feed.text);
    assert_eq!(feed.header("content-type"), "text/calendar; charset=utf-8");
    assert_eq!(feed.header("cache-control"), "private, max-age=300");
    let etag = feed.header("etag").to_owned();
    assert!(
        etag.starts_with('"') && etag.ends_with('"') && etag.len() > 10,
        "a strong ETag: {etag}"
    );
    assert_strict_lines(&feed.text);
    let unfolded = feed.text.replace("\r\n ", "");
    for expected in [
        "\r\nPRODID:-//Kairos//Kairos Scheduling//EN\r\n",
        "\r\nVERSION:2.0\r\n",
        "\r\nCALSCALE:GREGORIAN\r\n",
        "\r\nX-WR-CALNAME:Kairos — Ana\r\n",
        "\r\nREFRESH-INTERVAL;VALUE=DURATION:PT15M\r\n",
        "\r\nX-PUBLISHED-TTL:PT15M\r\n",
        "\r\nDTSTART:20270315T090000Z\r\n",
        "\r\nDTEND:20270316T133000Z\r\n",
        "\r\nSTATUS:CONFIRMED\r\n",
    ] {
        assert!(unfolded.contains(expected), "missing {expected:?} in\n{unfolded}");
    }
    assert!(!unfolded.contains("METHOD:"), "a published calendar has no METHOD");
    assert!(!unfolded.contains("STATUS:CANCELLED"));
    assert!(!unfolded.contains("Bo's intro"), "another host's booking");

    let (calendar, events) = parse(&feed.text);
    let expected = vec![
        Event {
            uid: invite_uid(&app, &org, &monday).await,
            summary: "Intro".to_owned(),
            start: at("2027-03-15T09:00:00Z").timestamp(),
            end: at("2027-03-15T09:30:00Z").timestamp(),
            transp: None,
        },
        Event {
            uid: invite_uid(&app, &org, &tuesday).await,
            summary: "Intro".to_owned(),
            start: at("2027-03-16T13:00:00Z").timestamp(),
            end: at("2027-03-16T13:30:00Z").timestamp(),
            transp: None,
        },
    ];
    assert_eq!(events, expected, "the invites' events, not the cancelled one");
    assert_eq!(
        calendar
            .components
            .first()
            .and_then(|c| text_of(c, &ICalendarProperty::Other("X-WR-CALNAME".to_owned()))),
        Some("Kairos — Ana".to_owned())
    );
    let cancelled_uid = invite_uid(&app, &org, &cancelled).await;
    assert!(!feed.text.contains(&cancelled_uid));

    if let Some(read) = parse_with_python(&feed.text) {
        assert_eq!(read["errors"], json!([]), "{read}");
        assert_eq!(read["name"], "Kairos — Ana");
        assert_eq!(read["refresh"], "PT15M");
        assert_eq!(read["ttl"], "PT15M");
        assert!(read["method"].is_null());
        let seen: Vec<(String, i64, bool)> = read["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| {
                (
                    e["uid"].as_str().expect("uid").to_owned(),
                    e["start"].as_i64().expect("start"),
                    e["utc"].as_bool().expect("utc"),
                )
            })
            .collect();
        let wanted: Vec<(String, i64, bool)> = expected.iter().map(|e| (e.uid.clone(), e.start, true)).collect();
        assert_eq!(seen, wanted);
    }

    // A subscriber asking again with the ETag is told nothing changed, in any of the forms
    // If-None-Match may take; another ETag gets the feed.
    for asked in [
        etag.clone(),
        format!("W/{etag}"),
        format!("\"other\", {etag}"),
        "*".to_owned(),
    ] {
        let again = fetch(&app, &path_of(&created["url"]), Some(&asked)).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{asked}");
        assert!(again.text.is_empty());
        assert_eq!(again.header("etag"), etag);
        assert_eq!(again.header("cache-control"), "private, max-age=300");
    }
    let other = fetch(&app, &path_of(&created["url"]), Some("\"something-else\"")).await;
    assert_eq!(other.status, StatusCode::OK);
    assert_eq!(other.text, feed.text, "the same feed while nothing changed");

    // A change to the bookings is a new body and a new ETag.
    app.post(&format!("/v1/bookings/{tuesday}/cancel"), Some(&org.key), json!({}))
        .await
        .expect(200);
    let changed = fetch(&app, &path_of(&created["url"]), Some(&etag)).await;
    assert_eq!(changed.status, StatusCode::OK);
    assert_ne!(changed.header("etag"), etag);
    assert_eq!(parse(&changed.text).1, expected[..1]);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_new_address_retires_the_old_one_and_revoking_ends_the_feed(pool: PgPool) {
    let app = TestApp::spawn_with(pool, config()).await;
    let (org, ana) = app.with_intro("acme").await;
    book(&app, &org, "intro", "2027-03-15T09:00:00Z", "zoe@example.com").await;
    let first = create_feed(&app, &org, &ana, false).await;
    assert_eq!(fetch(&app, &path_of(&first["url"]), None).await.status, StatusCode::OK);

    let second = create_feed(&app, &org, &ana, true).await;
    assert_ne!(second["url"], first["url"]);
    let old = app.get(&path_of(&first["url"]), None).await.problem(404, "not_found");
    let new = fetch(&app, &path_of(&second["url"]), None).await;
    assert_eq!(new.status, StatusCode::OK);
    assert_eq!(parse(&new.text).1.len(), 1);
    let shown = app
        .get(&format!("/v1/hosts/{ana}/feed"), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(shown["include_planned"], true);

    let feed_path = format!("/v1/hosts/{ana}/feed");
    app.delete(&feed_path, Some(&org.key)).await.expect(204);
    let revoked = app.get(&path_of(&second["url"]), None).await.problem(404, "not_found");
    assert_eq!(revoked, old, "a revoked address and a replaced one look alike");
    let never = format!("/feeds/kfeed_{}.ics", "0".repeat(64));
    assert_eq!(
        app.get(&never, None).await.problem(404, "not_found"),
        old,
        "and one never made"
    );
    app.get(&feed_path, Some(&org.key)).await.problem(404, "not_found");
    app.delete(&feed_path, Some(&org.key)).await.problem(404, "not_found");
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM host_feeds")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(stored, 0);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn planned_blocks_are_in_a_feed_only_when_it_asks_for_them(pool: PgPool) {
    let app = TestApp::spawn_with(pool, config()).await;
    let (org, ana) = app.with_intro("acme").await;
    let booking = book(&app, &org, "intro", "2027-03-15T09:00:00Z", "zoe@example.com").await;
    sqlx::query(
        "INSERT INTO planned_blocks (org_id, host_id, kind, during)
         SELECT org_id, id, 'focus', tstzrange('2027-03-15T13:00:00Z', '2027-03-15T15:00:00Z') FROM hosts WHERE id = $1",
    )
    .bind(ana.parse::<HostId>().expect("a host id").0)
    .execute(&app.pool)
    .await
    .expect("a planned focus block");

    let plain = create_feed(&app, &org, &ana, false).await;
    let (_, events) = parse(&fetch(&app, &path_of(&plain["url"]), None).await.text);
    assert_eq!(events.len(), 1, "bookings only: {events:?}");

    let with_plan = create_feed(&app, &org, &ana, true).await;
    let feed = fetch(&app, &path_of(&with_plan["url"]), None).await;
    assert_strict_lines(&feed.text);
    let (_, events) = parse(&feed.text);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].uid, invite_uid(&app, &org, &booking).await);
    let focus = &events[1];
    assert_eq!(focus.summary, "Focus time");
    assert_eq!(focus.start, at("2027-03-15T13:00:00Z").timestamp());
    assert_eq!(focus.end, at("2027-03-15T15:00:00Z").timestamp());
    assert!(
        focus.transp.as_deref().is_some_and(|t| t.contains("Opaque")),
        "shown as busy: {focus:?}"
    );
    assert!(
        focus.uid.starts_with("planned-") && focus.uid != events[0].uid,
        "{}",
        focus.uid
    );
    let again = fetch(&app, &path_of(&with_plan["url"]), None).await;
    assert_eq!(parse(&again.text).1[1].uid, focus.uid, "a block keeps its UID");
    if let Some(read) = parse_with_python(&feed.text) {
        assert_eq!(read["errors"], json!([]), "{read}");
        assert_eq!(read["events"][1]["summary"], "Focus time");
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn no_one_else_reaches_a_feed_and_bad_requests_are_problems(pool: PgPool) {
    let app = TestApp::spawn_with(pool, config()).await;
    let (acme, ana) = app.with_intro("acme").await;
    let created = create_feed(&app, &acme, &ana, false).await;
    let globex = app.sign_up("globex").await;
    let feed_path = format!("/v1/hosts/{ana}/feed");
    app.get(&feed_path, Some(&globex.key)).await.problem(404, "not_found");
    app.post(&feed_path, Some(&globex.key), json!({"include_planned": true}))
        .await
        .problem(404, "not_found");
    app.delete(&feed_path, Some(&globex.key))
        .await
        .problem(404, "not_found");
    app.get(&feed_path, None).await.problem(401, "unauthenticated");
    app.post(&feed_path, None, json!({}))
        .await
        .problem(401, "unauthenticated");
    assert_eq!(
        fetch(&app, &path_of(&created["url"]), None).await.status,
        StatusCode::OK,
        "the feed is untouched"
    );
    let shown = app.get(&feed_path, Some(&acme.key)).await.expect(200);
    assert_eq!(shown["created_at"], created["created_at"]);

    // Hosts that do not exist, in any form.
    for host in ["not-a-host", "hst_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b"] {
        app.post(&format!("/v1/hosts/{host}/feed"), Some(&acme.key), json!({}))
            .await
            .problem(404, "not_found");
    }
    // Bodies that are not what the feed takes; none at all is fine.
    let wrong = app
        .post(&feed_path, Some(&acme.key), json!({"include_planned": "yes"}))
        .await
        .problem(422, "invalid_field");
    assert!(
        wrong["detail"].as_str().is_some_and(|d| d.contains("include_planned")),
        "{wrong}"
    );
    for wrong in [json!({"include_plan": true}), json!([]), json!([true]), json!("yes")] {
        app.post(&feed_path, Some(&acme.key), wrong)
            .await
            .problem(422, "invalid_field");
    }
    app.post(&feed_path, Some(&acme.key), Value::Null).await.expect(201);
    let bare = app
        .reply(
            app.client
                .post(format!("{}{feed_path}", app.base))
                .bearer_auth(&acme.key),
        )
        .await
        .expect(201);
    assert_eq!(bare["include_planned"], false);

    // Addresses that are not a feed's: the same 404, never a 500.
    let token = path_of(&bare["url"]);
    let token = token.trim_start_matches("/feeds/").trim_end_matches(".ics");
    for path in [
        format!("/feeds/{token}"),
        format!("/feeds/{token}.ICS"),
        format!("/feeds/{}.ics", token.to_uppercase()),
        format!("/feeds/{}.ics", &token[..token.len() - 1]),
        "/feeds/garbage.ics".to_owned(),
        "/feeds/%FF%FE.ics".to_owned(),
        "/feeds/kfeed_'%3B--.ics".to_owned(),
        format!("/feeds/{}.ics", "a".repeat(5000)),
    ] {
        app.get(&path, None).await.problem(404, "not_found");
    }
    assert_eq!(
        fetch(&app, &format!("/feeds/{token}.ics"), None).await.status,
        StatusCode::OK
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_feed_fetched_too_often_is_refused_until_the_hour_ends(pool: PgPool) {
    let app = TestApp::spawn_with(pool, config()).await;
    let (org, ana) = app.with_intro("acme").await;
    let created = create_feed(&app, &org, &ana, false).await;
    let path = path_of(&created["url"]);
    for i in 0..120 {
        let fetched = fetch(&app, &path, None).await;
        assert_eq!(fetched.status, StatusCode::OK, "fetch {i}");
    }
    let refused = app.get(&path, None).await;
    let retry_after: u64 = refused
        .headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=3600).contains(&retry_after), "{retry_after}");
    refused.problem(429, "rate_limited");
    // Another host's feed has a limit of its own.
    let bo = app.host(&org, "Bo", "Europe/Berlin").await;
    let other = create_feed(&app, &org, &bo, false).await;
    assert_eq!(fetch(&app, &path_of(&other["url"]), None).await.status, StatusCode::OK);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn the_feed_shows_thirty_days_back_and_a_year_ahead_of_its_clock(pool: PgPool) {
    let app = TestApp::spawn_with(pool.clone(), config()).await;
    let (org, ana) = app.with_intro("acme").await;
    book(&app, &org, "intro", "2027-03-15T09:00:00Z", "zoe@example.com").await;
    let created = create_feed(&app, &org, &ana, false).await;
    let path = path_of(&created["url"]);
    // The same feed served by instances whose clocks stand elsewhere around the booking.
    for (now, shown) in [
        ("2026-03-14T08:59:00Z", false),
        ("2026-03-16T09:00:00Z", true),
        ("2027-04-13T09:00:00Z", true),
        ("2027-04-15T09:31:00Z", false),
    ] {
        let elsewhere = TestApp::spawn_with(
            pool.clone(),
            Config {
                clock: Clock::starting_at(at(now)),
                ..config()
            },
        )
        .await;
        let feed = fetch(&elsewhere, &path, None).await;
        assert_eq!(feed.status, StatusCode::OK);
        assert_eq!(parse(&feed.text).1.len(), usize::from(shown), "at {now}");
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn the_feed_routes_are_documented_and_only_the_feed_itself_is_keyless(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let doc = app.get("/openapi.json", None).await.expect(200);
    let manage = &doc["paths"]["/v1/hosts/{id}/feed"];
    for method in ["post", "get", "delete"] {
        assert!(
            manage[method]["security"].is_array(),
            "{method} needs the key: {manage}"
        );
    }
    assert_eq!(
        manage["post"]["requestBody"]["required"],
        Value::Null,
        "the body may be left out"
    );
    let feed = &doc["paths"]["/feeds/{file}"]["get"];
    assert!(feed["security"].is_null(), "{feed}");
    for status in ["200", "304", "404", "429"] {
        assert!(feed["responses"][status].is_object(), "{status} is documented: {feed}");
    }
    assert!(
        feed["responses"]["200"]["content"]["text/calendar"].is_object(),
        "{feed}"
    );
}
