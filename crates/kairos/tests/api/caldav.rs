//! CalDAV calendars as calendar sources, against real Radicale and Xandikos servers on
//! loopback: discovery from the server's address, the first sync and incremental ones (an
//! event moved, one deleted, one added), a wrong password and a server that went down, a sync
//! token the server no longer accepts, and bookings written back (created, moved, removed)
//! without their own copy blocking them. The app's clock stands at Wednesday 10 March 2027,
//! the week before the events, whatever day the suite runs.

use chrono::{DateTime, Utc};
use kairos::clock::Clock;
use kairos::config::Config;
use serde_json::{Value, json};
use sqlx::PgPool;

use crate::helpers::caldav::CalDavServer;
use crate::helpers::worker::{self, run_jobs_until_idle, sync_calendars};
use crate::helpers::{TestApp, q, slot_starts};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 instant")
}

fn config() -> Config {
    Config {
        clock: Clock::starting_at(at("2027-03-10T12:00:00Z")),
        calendar_allow_private_addresses: true,
        ..worker::config(None)
    }
}

async fn slots(app: &TestApp, day: &str) -> Vec<DateTime<Utc>> {
    let path = format!(
        "/v1/public/event-types/acme/intro/slots?start={}&end={}&time_zone=Europe/Berlin",
        q(at(&format!("{day}T00:00:00Z"))),
        q(at(&format!("{day}T23:00:00Z")))
    );
    slot_starts(&app.get(&path, None).await.expect(200))
}

fn source_named<'a>(listed: &'a Value, name: &str) -> &'a Value {
    listed
        .as_array()
        .expect("sources")
        .iter()
        .find(|s| s["name"] == name)
        .expect("the source")
}

/// Radicale with Alice's calendars: "Work" holding a dentist's appointment on Wednesday 17
/// March 2027, 14:00–15:00 UTC, and "Chores", a task list.
async fn alice_with_a_dentist() -> CalDavServer {
    let server = CalDavServer::radicale();
    server.make_calendar("/alice/work/", "Work", "VEVENT").await;
    server.make_calendar("/alice/chores/", "Chores", "VTODO").await;
    server
        .put_event(
            "/alice/work/dentist.ics",
            "dentist@other",
            "Dentist",
            "20270317T140000Z",
            "20270317T150000Z",
        )
        .await;
    server
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_radicale_calendar_is_discovered_synced_incrementally_and_blocks_slots(pool: PgPool) {
    let mut server = alice_with_a_dentist().await;
    server
        .put_event(
            "/alice/work/planning.ics",
            "planning@other",
            "Planning",
            "20270319T120000Z",
            "20270319T130000Z",
        )
        .await;
    let config = config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    let account = |password: &str| json!({"url": server.base, "username": "alice", "password": password});

    let refused = app
        .post(&format!("{sources}/discover"), Some(&org.key), account("wrong"))
        .await
        .problem(422, "calendar_login_failed");
    assert_eq!(refused["field"], "caldav.password");
    let found = app
        .post(&format!("{sources}/discover"), Some(&org.key), account("secret"))
        .await
        .expect(200);
    let calendars = found["calendars"].as_array().expect("calendars");
    let work = calendars.iter().find(|c| c["name"] == "Work").expect("Work is found");
    assert_eq!(work["url"], format!("{}alice/work/", server.base));
    assert_eq!(
        (work["events"].as_bool(), work["incremental"].as_bool()),
        (Some(true), Some(true))
    );
    let chores = calendars
        .iter()
        .find(|c| c["name"] == "Chores")
        .expect("Chores is found");
    assert_eq!(chores["events"], false, "a task list holds no events");

    let created = app
        .post(
            &sources,
            Some(&org.key),
            json!({"name": "Work (Radicale)", "caldav": {"url": work["url"], "username": "alice", "password": "secret"}}),
        )
        .await
        .expect(201);
    assert_eq!(created["kind"], "caldav");
    assert_eq!(created["address"], "http://127.0.0.1/…");
    app.post(
        &sources,
        Some(&org.key),
        json!({"name": "Wrong password", "caldav": {"url": work["url"], "username": "alice", "password": "nope"}}),
    )
    .await
    .expect(201);
    let sealed: Vec<Vec<u8>> = sqlx::query_scalar("SELECT login_sealed FROM calendar_sources")
        .fetch_all(&pool)
        .await
        .expect("logins");
    assert!(
        sealed.iter().all(|s| !String::from_utf8_lossy(s).contains("secret")),
        "sealed"
    );

    run_jobs_until_idle(&pool, &config).await;
    let listed = app.get(&sources, Some(&org.key)).await.expect(200);
    let synced = source_named(&listed, "Work (Radicale)");
    assert!(synced["last_error"].is_null(), "{synced}");
    assert_eq!(synced["events"], 2);
    let wrong = source_named(&listed, "Wrong password");
    assert!(
        wrong["last_error"]
            .as_str()
            .is_some_and(|e| e.contains("user name or password")),
        "{wrong}"
    );
    let attempts: i64 =
        sqlx::query_scalar("SELECT coalesce(sum(attempts), 0)::bigint FROM jobs WHERE kind = 'calendar.sync'")
            .fetch_one(&pool)
            .await
            .expect("attempts");
    assert_eq!(attempts, 2, "one attempt each: a wrong password is not retried");
    assert!(!slots(&app, "2027-03-17").await.contains(&at("2027-03-17T14:00:00Z")));
    assert!(!slots(&app, "2027-03-19").await.contains(&at("2027-03-19T12:00:00Z")));

    // Elsewhere, the dentist moves to 16:00, planning is cancelled and a review is added.
    server
        .put_event(
            "/alice/work/dentist.ics",
            "dentist@other",
            "Dentist",
            "20270317T160000Z",
            "20270317T170000Z",
        )
        .await;
    server.delete("/alice/work/planning.ics").await;
    server
        .put_event(
            "/alice/work/review.ics",
            "review@other",
            "Review",
            "20270318T100000Z",
            "20270318T110000Z",
        )
        .await;
    let token_before: Option<String> =
        sqlx::query_scalar("SELECT sync_token FROM calendar_sources WHERE name = 'Work (Radicale)'")
            .fetch_one(&pool)
            .await
            .expect("token");
    assert!(token_before.is_some(), "the first sync kept where it left off");
    sync_calendars(&pool, &config).await;
    let wednesday = slots(&app, "2027-03-17").await;
    assert!(wednesday.contains(&at("2027-03-17T14:00:00Z")), "the old time is free");
    assert!(!wednesday.contains(&at("2027-03-17T16:00:00Z")), "the new one is not");
    assert!(slots(&app, "2027-03-19").await.contains(&at("2027-03-19T12:00:00Z")));
    assert!(!slots(&app, "2027-03-18").await.contains(&at("2027-03-18T10:00:00Z")));
    let mirrored: Vec<String> = sqlx::query_scalar(
        "SELECT o.href FROM caldav_objects o JOIN calendar_sources c ON c.id = o.source_id ORDER BY o.href",
    )
    .fetch_all(&pool)
    .await
    .expect("mirror");
    assert_eq!(mirrored, ["/alice/work/dentist.ics", "/alice/work/review.ics"]);
    app.book(&org, "intro", at("2027-03-18T10:00:00Z"), "invitee@example.com")
        .await
        .problem(409, "slot_taken");

    // The server goes down: a transient error on the source, the busy time kept.
    server.stop();
    sync_calendars(&pool, &config).await;
    let down = source_named(&app.get(&sources, Some(&org.key)).await.expect(200), "Work (Radicale)").clone();
    assert!(
        down["last_error"].as_str().is_some_and(|e| e.contains("connect")),
        "{down}"
    );
    assert!(!slots(&app, "2027-03-17").await.contains(&at("2027-03-17T16:00:00Z")));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_xandikos_calendar_syncs_and_an_expired_token_starts_over(pool: PgPool) {
    let server = CalDavServer::xandikos();
    server
        .put_event(
            "/user/calendars/calendar/dentist.ics",
            "dentist@other",
            "Dentist",
            "20270317T140000Z",
            "20270317T150000Z",
        )
        .await;
    let config = config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    let found = app
        .post(
            &format!("{sources}/discover"),
            Some(&org.key),
            json!({"url": server.base, "username": server.username, "password": server.password}),
        )
        .await
        .expect(200);
    let calendar = found["calendars"]
        .as_array()
        .expect("calendars")
        .iter()
        .find(|c| c["url"] == format!("{}user/calendars/calendar/", server.base))
        .expect("the default calendar")
        .clone();
    app.post(
        &sources,
        Some(&org.key),
        json!({"name": "Xandikos", "caldav": {"url": calendar["url"], "username": server.username, "password": server.password}}),
    )
    .await
    .expect(201);
    run_jobs_until_idle(&pool, &config).await;
    assert!(!slots(&app, "2027-03-17").await.contains(&at("2027-03-17T14:00:00Z")));

    // The token is no longer accepted (412 valid-sync-token): the sync starts over and still
    // sees the change.
    sqlx::query("UPDATE calendar_sources SET sync_token = 'no-longer-valid'")
        .execute(&pool)
        .await
        .expect("an old token");
    server.delete("/user/calendars/calendar/dentist.ics").await;
    sync_calendars(&pool, &config).await;
    let source = &app.get(&sources, Some(&org.key)).await.expect(200)[0];
    assert!(source["last_error"].is_null(), "{source}");
    assert_eq!(source["events"], 0);
    assert!(slots(&app, "2027-03-17").await.contains(&at("2027-03-17T14:00:00Z")));
    let token: Option<String> = sqlx::query_scalar("SELECT sync_token FROM calendar_sources")
        .fetch_one(&pool)
        .await
        .expect("token");
    assert!(token.is_some_and(|t| t != "no-longer-valid"));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn bookings_are_written_back_moved_and_removed_and_their_copy_never_blocks_them(pool: PgPool) {
    let server = CalDavServer::radicale();
    server.make_calendar("/alice/work/", "Work", "VEVENT").await;
    let config = config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("acme").await;
    let sources = format!("/v1/hosts/{host}/calendar-sources");
    let caldav = json!({"url": format!("{}alice/work/", server.base), "username": "alice", "password": "secret"});
    app.post(
        &sources,
        Some(&org.key),
        json!({"name": "Feed", "url": "https://calendar.example.com/x.ics", "receives_bookings": true}),
    )
    .await
    .problem(422, "invalid_field");
    let receiver = app
        .post(
            &sources,
            Some(&org.key),
            json!({"name": "Work", "caldav": caldav, "receives_bookings": true}),
        )
        .await
        .expect(201);
    assert_eq!(receiver["receives_bookings"], true);
    let second = app
        .post(
            &sources,
            Some(&org.key),
            json!({"name": "Again", "caldav": caldav, "receives_bookings": true}),
        )
        .await
        .problem(422, "invalid_field");
    assert_eq!(second["field"], "receives_bookings");
    run_jobs_until_idle(&pool, &config).await;

    let booked = app
        .book(&org, "intro", at("2027-03-17T10:00:00Z"), "invitee@example.com")
        .await
        .expect(201);
    let id = booked["id"].as_str().expect("id").to_owned();
    run_jobs_until_idle(&pool, &config).await;
    let event = format!("/alice/work/{id}.ics");
    let (status, body) = server.get(&event).await;
    assert_eq!(status, 200, "written to the calendar");
    let unfolded = body.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("UID:{id}@kairos")), "{body}");
    assert!(unfolded.contains("DTSTART:20270317T100000Z"), "{body}");
    assert!(!unfolded.contains("METHOD:"), "an event, not an iTIP message");

    // Its copy comes back through sync, and keeps nothing busy: the booking blocks by itself.
    sync_calendars(&pool, &config).await;
    let mirrored: i64 = sqlx::query_scalar("SELECT count(*) FROM caldav_objects")
        .fetch_one(&pool)
        .await
        .expect("mirror");
    assert_eq!(mirrored, 1);
    let external: i64 = sqlx::query_scalar("SELECT count(*) FROM external_busy")
        .fetch_one(&pool)
        .await
        .expect("busy");
    assert_eq!(external, 0, "the booking's own copy is not external busy time");

    // Moved: the same event, updated in place.
    app.post(
        &format!("/v1/bookings/{id}/reschedule"),
        Some(&org.key),
        json!({"start": "2027-03-17T11:00:00Z"}),
    )
    .await
    .expect(200);
    run_jobs_until_idle(&pool, &config).await;
    let (status, body) = server.get(&event).await;
    assert_eq!(status, 200);
    let unfolded = body.replace("\r\n ", "");
    assert!(unfolded.contains("DTSTART:20270317T110000Z"), "{body}");
    assert!(unfolded.contains("SEQUENCE:1"), "{body}");
    // (The sync above cleared the queue, the first write with it.)
    let writes: Vec<(String, i32)> = sqlx::query_as("SELECT state, attempts FROM jobs WHERE kind = 'calendar.write'")
        .fetch_all(&pool)
        .await
        .expect("jobs");
    assert_eq!(
        writes,
        [("succeeded".to_owned(), 1)],
        "one write for the move, at the first attempt"
    );

    // Cancelled: removed from the calendar.
    app.post(&format!("/v1/bookings/{id}/cancel"), Some(&org.key), json!({}))
        .await
        .expect(200);
    run_jobs_until_idle(&pool, &config).await;
    assert_eq!(server.get(&event).await.0, 404, "removed from the calendar");
    let remembered: i64 = sqlx::query_scalar("SELECT count(*) FROM caldav_written")
        .fetch_one(&pool)
        .await
        .expect("written");
    assert_eq!(remembered, 0);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_host_adds_a_caldav_account_in_the_web_app_and_picks_its_calendars(pool: PgPool) {
    use crate::helpers::visitors::Visitor;
    use reqwest::StatusCode;
    let mut server = alice_with_a_dentist().await;
    server.make_calendar("/alice/home/", "Home", "VEVENT").await;
    let config = config();
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;

    // A wrong password is said beside the form.
    let refused = ana
        .submit(
            "/app/calendars",
            "/app/calendars/caldav",
            &[("url", &server.base), ("username", "alice"), ("password", "wrong")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.html.contains("id=\"caldav-error\""), "{}", refused.html);

    // The right one: the account's event calendars are offered, not its task list.
    let account = [
        ("url", server.base.as_str()),
        ("username", "alice"),
        ("password", "secret"),
    ];
    let offered = ana.submit("/app/calendars", "/app/calendars/caldav", &account).await;
    assert_eq!(offered.status, StatusCode::OK, "{}", offered.html);
    assert!(
        offered.html.contains("Work") && offered.html.contains("Home"),
        "{}",
        offered.html
    );
    assert!(!offered.html.contains("Chores"));
    let index_of = |name: &str| -> String {
        let at = offered
            .html
            .find(&format!("value=\"{name}\""))
            .expect("the calendar's name field");
        let before = &offered.html[..at];
        let start = before.rfind("name=\"name_").expect("its index") + "name=\"name_".len();
        before[start..].split('"').next().expect("index").to_owned()
    };
    let (work, home) = (index_of("Work"), index_of("Home"));
    let field = |prefix: &str, index: &str| format!("{prefix}_{index}");
    let work_url = format!("{}alice/work/", server.base);
    let home_url = format!("{}alice/home/", server.base);

    // Nothing ticked: asked again.
    let mut nothing: Vec<(String, String)> = account
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    for (index, url, name) in [(&work, &work_url, "Work"), (&home, &home_url, "Home")] {
        nothing.push((field("calendar", index), url.clone()));
        nothing.push((field("name", index), name.to_owned()));
    }
    nothing.push(("receiver".to_owned(), "none".to_owned()));
    let unticked = ana
        .submit("/app/calendars", "/app/calendars/caldav", &as_refs(&nothing))
        .await;
    assert_eq!(unticked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unticked.html.contains("choose-error"));

    // Work keeps Ana busy and receives her bookings; Home is left out.
    let mut chosen = nothing.clone();
    chosen.retain(|(k, _)| k != "receiver");
    chosen.push((field("busy", &work), "on".to_owned()));
    chosen.push(("receiver".to_owned(), work.clone()));
    let added = ana
        .submit("/app/calendars", "/app/calendars/caldav", &as_refs(&chosen))
        .await;
    assert_eq!(added.location.as_deref(), Some("/app/calendars"), "{}", added.html);
    let sources: Vec<(String, String, bool)> =
        sqlx::query_as("SELECT name, kind, receives_bookings FROM calendar_sources ORDER BY name")
            .fetch_all(&pool)
            .await
            .expect("sources");
    assert_eq!(sources, vec![("Work".to_owned(), "caldav".to_owned(), true)]);
    let listed = ana.get("/app/calendars").await.html;
    assert!(listed.contains("Work") && listed.contains("CalDAV"), "{listed}");
    assert!(!listed.contains("value=\"secret\""), "the password is never shown");

    run_jobs_until_idle(&pool, &config).await;
    let explained = ana.get("/app/calendars?date=2027-03-17").await.html;
    assert!(explained.contains("(Work)"), "the dentist keeps Ana busy: {explained}");
    server.stop();
}

/// Form fields as the visitor's `submit` takes them.
fn as_refs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}
