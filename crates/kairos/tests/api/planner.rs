//! The planner through the API with a real worker: tasks, habits and settings are validated
//! and private; every change re-plans through the queue; plans stay inside working hours and
//! off bookings and busy time, keep blocks in the freeze window, follow new bookings, can keep
//! booking pages off planned time, and place habits in a non-UTC host's local mornings; a
//! change to a host's calendar while a run writes its plan waits for it, never deadlocks.

use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeDelta, Timelike, Utc, Weekday};
use chrono_tz::Europe::Berlin;
use chrono_tz::Tz;
use serde_json::{Value, json};

use crate::helpers::worker::{Worker, config, eventually};
use crate::helpers::{Org, Reply, TestApp, at, next, q, slot_starts};

fn instant(v: &Value) -> DateTime<Utc> {
    serde_json::from_value(v.clone()).expect("an instant")
}

/// The plan's blocks as (kind, title, start, end).
fn blocks(plan: &Value) -> Vec<(String, String, DateTime<Utc>, DateTime<Utc>)> {
    plan["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .map(|b| {
            (
                b["kind"].as_str().expect("kind").to_owned(),
                b["title"].as_str().expect("title").to_owned(),
                instant(&b["start"]),
                instant(&b["end"]),
            )
        })
        .collect()
}

async fn plan(app: &TestApp, org: &Org, host: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> Value {
    app.get(
        &format!("/v1/hosts/{host}/plan?from={}&to={}", q(from), q(to)),
        Some(&org.key),
    )
    .await
    .expect(200)
}

/// Polls the plan until `check` holds for it; returns it.
async fn plan_until(
    app: &TestApp,
    org: &Org,
    host: &str,
    range: (DateTime<Utc>, DateTime<Utc>),
    check: impl Fn(&Value) -> bool,
) -> Value {
    let mut last = Value::Null;
    let done = eventually(Duration::from_secs(20), async || {
        last = plan(app, org, host, range.0, range.1).await;
        check(&last)
    })
    .await;
    assert!(done, "the plan never got there: {last}");
    last
}

async fn add_task(app: &TestApp, org: &Org, host: &str, task: Value) -> Value {
    app.post(&format!("/v1/hosts/{host}/tasks"), Some(&org.key), task)
        .await
        .expect(201)
}

fn day_range(zone: Tz, day: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    (at(zone, day, "00:00"), at(zone, day.succ_opt().expect("date"), "00:00"))
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn tasks_habits_and_settings_are_validated_and_private(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = app.with_intro("planned").await;
    let (other, _) = app.with_intro("elsewhere").await;
    let tasks = format!("/v1/hosts/{host}/tasks");
    for (body, field) in [
        (json!({"title": "Deck", "duration_minutes": 0}), "duration_minutes"),
        (json!({"title": " ", "duration_minutes": 60}), "title"),
        (
            json!({"title": "Deck", "duration_minutes": 60, "priority": 5}),
            "priority",
        ),
        (
            json!({"title": "Deck", "duration_minutes": 60, "min_chunk_minutes": 90, "max_chunk_minutes": 60}),
            "max_chunk_minutes",
        ),
        (
            json!({"title": "Deck", "duration_minutes": 60, "earliest_start": "2027-01-02T00:00:00Z", "due": "2027-01-01T00:00:00Z"}),
            "due",
        ),
    ] {
        let problem = app
            .post(&tasks, Some(&org.key), body.clone())
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], field, "{body}: {problem}");
    }
    app.post(&tasks, Some(&org.key), json!({"duration_minutes": 60}))
        .await
        .problem(422, "invalid_field");
    assert_eq!(
        app.booking_count().await + sqlx_count(&app, "SELECT count(*) FROM planner_tasks").await,
        0,
        "nothing refused was written"
    );

    let task = add_task(
        &app,
        &org,
        &host,
        json!({"title": "Board deck", "duration_minutes": 180, "priority": 1}),
    )
    .await;
    assert_eq!(task["priority"], 1);
    assert_eq!(task["status"], "open");
    assert_eq!(
        (task["min_chunk_minutes"].clone(), task["splittable"].clone()),
        (json!(30), json!(true))
    );
    let path = format!("{tasks}/{}", task["id"].as_str().expect("id"));
    let done = app
        .patch(
            &path,
            Some(&org.key),
            json!({"status": "done", "due": "2027-01-01T17:00:00Z"}),
        )
        .await
        .expect(200);
    assert_eq!(
        (done["status"].clone(), done["title"].clone()),
        (json!("done"), json!("Board deck"))
    );
    let cleared = app.patch(&path, Some(&org.key), json!({"due": null})).await.expect(200);
    assert!(cleared["due"].is_null());
    app.patch(&path, Some(&org.key), json!({"status": "later"}))
        .await
        .problem(422, "invalid_field");
    assert_eq!(
        app.get(&tasks, Some(&org.key)).await.expect(200)["data"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    app.get(&path, Some(&other.key)).await.problem(404, "not_found");
    app.post(
        &format!("/v1/hosts/{host}/tasks"),
        Some(&other.key),
        json!({"title": "x", "duration_minutes": 60}),
    )
    .await
    .problem(404, "not_found");
    app.delete(&path, Some(&org.key)).await.expect(204);
    app.get(&path, Some(&org.key)).await.problem(404, "not_found");

    let habits = format!("/v1/hosts/{host}/habits");
    for (body, field) in [
        (
            json!({"title": "Gym", "window": {"start": "10:00", "end": "07:00"}, "max_duration_minutes": 60}),
            "window",
        ),
        (
            json!({"title": "Gym", "window": {"start": "07:00", "end": "10:00"}, "ideal_start": "11:00", "max_duration_minutes": 60}),
            "ideal_start",
        ),
        (
            json!({"title": "Gym", "window": {"start": "07:00", "end": "08:00"}, "max_duration_minutes": 90}),
            "max_duration_minutes",
        ),
        (
            json!({"title": "Gym", "window": {"start": "07:00", "end": "10:00"}, "max_duration_minutes": 60, "times_per_week": 8}),
            "times_per_week",
        ),
    ] {
        let problem = app
            .post(&habits, Some(&org.key), body.clone())
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], field, "{body}: {problem}");
    }
    let habit = app
        .post(
            &habits,
            Some(&org.key),
            json!({"title": "Gym", "times_per_week": 3, "window": {"start": "07:00", "end": "10:00"}, "ideal_start": "08:00",
                   "max_duration_minutes": 60, "min_duration_minutes": 45}),
        )
        .await
        .expect(201);
    assert_eq!(habit["window"], json!({"start": "07:00", "end": "10:00"}));
    let path = format!("{habits}/{}", habit["id"].as_str().expect("id"));
    let daily = app
        .patch(&path, Some(&org.key), json!({"times_per_week": null}))
        .await
        .expect(200);
    assert!(daily["times_per_week"].is_null());
    assert_eq!(daily["ideal_start"], "08:00");
    app.get(&path, Some(&other.key)).await.problem(404, "not_found");

    let settings = format!("/v1/hosts/{host}/planner");
    let defaults = app.get(&settings, Some(&org.key)).await.expect(200);
    assert_eq!(defaults["freeze_minutes"], 120);
    assert_eq!(defaults["horizon_days"], 28);
    assert_eq!(defaults["planned_blocks_busy"], false);
    app.put(&settings, Some(&org.key), json!({"horizon_days": 0}))
        .await
        .problem(422, "invalid_field");
    app.put(
        &settings,
        Some(&org.key),
        json!({"focus_min_block_minutes": 120, "focus_max_block_minutes": 60}),
    )
    .await
    .problem(422, "invalid_field");
    app.put(&settings, Some(&org.key), json!({"freeze": 10}))
        .await
        .problem(422, "invalid_field");
    let saved = app
        .put(
            &settings,
            Some(&org.key),
            json!({"focus_weekly_minutes": 240, "planned_blocks_busy": true}),
        )
        .await
        .expect(200);
    assert_eq!(app.get(&settings, Some(&org.key)).await.expect(200), saved);
    assert_eq!(saved["freeze_minutes"], 120, "left out: the default");
    app.get(&settings, Some(&other.key)).await.problem(404, "not_found");
    app.get(
        &format!("/v1/hosts/{host}/plan?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z"),
        Some(&org.key),
    )
    .await
    .problem(422, "invalid_field");
    app.get(
        &format!("/v1/hosts/{host}/plan?from=2027-01-01T00:00:00Z&to=2028-01-01T00:00:00Z"),
        Some(&org.key),
    )
    .await
    .problem(422, "range_too_long");
    app.post(&format!("/v1/hosts/{host}/plan"), None, json!({}))
        .await
        .problem(401, "unauthenticated");
    let queued = app
        .post(&format!("/v1/hosts/{host}/plan"), Some(&org.key), json!({}))
        .await
        .expect(202);
    assert_eq!(queued["status"], "queued");
    assert_eq!(
        sqlx_count(
            &app,
            "SELECT count(*) FROM jobs WHERE kind = 'planner.replan' AND state = 'queued'"
        )
        .await,
        1,
        "every change above coalesced into one queued re-plan"
    );
}

async fn sqlx_count(app: &TestApp, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&app.pool).await.expect("count")
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_plan_keeps_to_working_hours_and_free_time_and_puts_urgent_work_first(pool: sqlx::PgPool) {
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("planful").await;
    let monday = next(Weekday::Mon, Berlin);
    let week = (
        at(Berlin, monday, "00:00"),
        at(Berlin, monday, "00:00") + TimeDelta::days(7),
    );
    app.post(
        &format!("/v1/hosts/{host}/busy-blocks"),
        Some(&org.key),
        json!({"start": at(Berlin, monday, "09:00"), "end": at(Berlin, monday, "12:00"), "title": "Workshop"}),
    )
    .await
    .expect(201);
    app.book(&org, "intro", at(Berlin, monday, "13:00"), "ivy@example.com")
        .await
        .expect(201);

    let from_monday = at(Berlin, monday, "00:00");
    add_task(
        &app,
        &org,
        &host,
        json!({"title": "Someday", "duration_minutes": 60, "priority": 4, "earliest_start": from_monday}),
    )
    .await;
    add_task(
        &app,
        &org,
        &host,
        json!({"title": "Deck", "duration_minutes": 120, "priority": 1, "earliest_start": from_monday,
                                       "due": at(Berlin, monday, "17:00")}),
    )
    .await;
    add_task(
        &app,
        &org,
        &host,
        json!({"title": "Impossible", "duration_minutes": 120, "priority": 2, "earliest_start": from_monday,
                                       "due": at(Berlin, monday, "10:00")}),
    )
    .await;
    // Run now, the queued re-plans make one plan of all three (a re-plan keeps what is still
    // valid, so tasks added one by one would keep the places they got first).
    crate::helpers::worker::run_jobs_until_idle(&pool, &config).await;

    let plan = plan(&app, &org, &host, week.0, week.1).await;
    assert!(
        plan["at_risk"].as_array().is_some_and(|r| !r.is_empty()) && blocks(&plan).len() >= 3,
        "one run of the queue plans all three: {plan}"
    );
    let blocks = blocks(&plan);
    for (_, title, start, end) in &blocks {
        let (s, e) = (start.with_timezone(&Berlin), end.with_timezone(&Berlin));
        assert_eq!(s.date_naive(), e.date_naive(), "{title}");
        assert!(
            s.hour() >= 9 && (e.hour() < 17 || (e.hour() == 17 && e.minute() == 0)),
            "{title} {s}–{e} is outside working hours"
        );
        assert!(
            *start >= at(Berlin, monday, "12:00") || s.date_naive() != monday,
            "{title} overlaps the workshop"
        );
        let meeting = (at(Berlin, monday, "13:00"), at(Berlin, monday, "13:30"));
        assert!(*end <= meeting.0 || *start >= meeting.1, "{title} overlaps the booking");
    }
    let first = |name: &str| blocks.iter().filter(|b| b.1 == name).map(|b| b.2).min().expect(name);
    let total = |name: &str| {
        blocks
            .iter()
            .filter(|b| b.1 == name)
            .map(|b| b.3 - b.2)
            .sum::<TimeDelta>()
    };
    assert_eq!(
        first("Deck"),
        at(Berlin, monday, "12:00"),
        "P1 first, in the first free time: {plan}"
    );
    assert_eq!(total("Deck"), TimeDelta::minutes(120));
    assert!(
        first("Deck") < first("Impossible") && first("Impossible") < first("Someday"),
        "{plan}"
    );
    let at_risk = plan["at_risk"].as_array().expect("at_risk");
    assert_eq!(at_risk.len(), 1, "{plan}");
    assert_eq!(at_risk[0]["title"], "Impossible");
    assert_eq!(at_risk[0]["short_by_minutes"], 120);
    assert_eq!(plan["metrics"]["hard_violations"], 0);
    assert!(plan["planned_at"].is_string());
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_booking_over_a_planned_block_moves_it(pool: sqlx::PgPool) {
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("moved").await;
    let _worker = Worker::start(&pool, &config).await;
    let monday = next(Weekday::Mon, Berlin);
    let range = day_range(Berlin, monday);
    add_task(
        &app,
        &org,
        &host,
        json!({"title": "Report", "duration_minutes": 60, "earliest_start": at(Berlin, monday, "09:00")}),
    )
    .await;
    let nine = at(Berlin, monday, "09:00");
    plan_until(&app, &org, &host, range, |p| {
        blocks(p).first().is_some_and(|b| b.2 == nine)
    })
    .await;

    app.book(&org, "intro", nine, "bea@example.com").await.expect(201);
    let moved = plan_until(&app, &org, &host, range, |p| {
        blocks(p).first().is_some_and(|b| b.2 != nine)
    })
    .await;
    let block = &blocks(&moved)[0];
    assert!(block.2 >= at(Berlin, monday, "09:30"), "moved off the booking: {moved}");
    assert_eq!(block.3 - block.2, TimeDelta::minutes(60));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn the_freeze_window_keeps_an_imminent_block_while_later_ones_move(pool: sqlx::PgPool) {
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let org = app.sign_up("frozen").await;
    let host = app.host(&org, "Fay", "UTC").await;
    let all_day = json!([{"start": "00:00", "end": "24:00"}]);
    let week: serde_json::Map<String, Value> = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .into_iter()
    .map(|d| (d.to_owned(), all_day.clone()))
    .collect();
    app.put(
        &format!("/v1/hosts/{host}/availability"),
        Some(&org.key),
        json!({"time_zone": "UTC", "weekly": week}),
    )
    .await
    .expect(200);
    let settings = format!("/v1/hosts/{host}/planner");
    app.put(&settings, Some(&org.key), json!({"freeze_minutes": 0}))
        .await
        .expect(200);
    let _worker = Worker::start(&pool, &config).await;
    add_task(
        &app,
        &org,
        &host,
        json!({"title": "Now", "duration_minutes": 60, "priority": 1, "splittable": false}),
    )
    .await;
    add_task(
        &app,
        &org,
        &host,
        json!({"title": "Next", "duration_minutes": 60, "priority": 2, "splittable": false}),
    )
    .await;
    let range = (Utc::now() - TimeDelta::hours(1), Utc::now() + TimeDelta::days(2));
    let before = blocks(&plan_until(&app, &org, &host, range, |p| blocks(p).len() == 2).await);
    let (now_block, next_block) = (before[0].clone(), before[1].clone());
    assert_eq!(now_block.1, "Now");
    assert!(
        now_block.2 <= Utc::now() + TimeDelta::minutes(10),
        "placed right away: {before:?}"
    );
    assert_eq!(next_block.2, now_block.3);

    // Freeze the next 30 minutes, then take the next two hours away.
    app.put(&settings, Some(&org.key), json!({"freeze_minutes": 30}))
        .await
        .expect(200);
    app.post(
        &format!("/v1/hosts/{host}/busy-blocks"),
        Some(&org.key),
        json!({"start": now_block.2, "end": now_block.2 + TimeDelta::hours(2), "title": "Call"}),
    )
    .await
    .expect(201);
    let after = blocks(
        &plan_until(&app, &org, &host, range, |p| {
            blocks(p)
                .iter()
                .any(|b| b.1 == "Next" && b.2 >= now_block.2 + TimeDelta::hours(2))
        })
        .await,
    );
    assert!(
        after.contains(&now_block),
        "the block in the freeze window stays: {after:?}"
    );
    assert_eq!(after.len(), 2, "{after:?}");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn planned_blocks_can_keep_booking_pages_off_their_time(pool: sqlx::PgPool) {
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("guarded").await;
    let _worker = Worker::start(&pool, &config).await;
    let monday = next(Weekday::Mon, Berlin);
    let range = day_range(Berlin, monday);
    let nine = at(Berlin, monday, "09:00");
    add_task(
        &app,
        &org,
        &host,
        json!({"title": "Focus work", "duration_minutes": 60, "earliest_start": nine}),
    )
    .await;
    plan_until(&app, &org, &host, range, |p| {
        blocks(p).first().is_some_and(|b| b.2 == nine)
    })
    .await;
    let slots = format!(
        "/v1/public/event-types/{}/intro/slots?start={}&end={}&time_zone=Europe/Berlin",
        org.slug,
        q(range.0),
        q(range.1)
    );
    let open = slot_starts(&app.get(&slots, None).await.expect(200));
    assert!(
        open.contains(&nine) && open.contains(&at(Berlin, monday, "09:30")),
        "off: planned time stays bookable"
    );

    app.put(
        &format!("/v1/hosts/{host}/planner"),
        Some(&org.key),
        json!({"planned_blocks_busy": true}),
    )
    .await
    .expect(200);
    let guarded = slot_starts(&app.get(&slots, None).await.expect(200));
    assert!(
        !guarded.contains(&nine) && !guarded.contains(&at(Berlin, monday, "09:30")),
        "{guarded:?}"
    );
    assert!(guarded.contains(&at(Berlin, monday, "10:00")));
    app.book(&org, "intro", nine, "pia@example.com")
        .await
        .problem(409, "slot_taken");
    assert_eq!(app.booking_count().await, 0);
    // The re-plan the settings queued keeps the block where it was.
    assert_eq!(blocks(&plan(&app, &org, &host, range.0, range.1).await)[0].2, nine);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_non_utc_hosts_habit_lands_in_local_mornings(pool: sqlx::PgPool) {
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let org = app.sign_up("habitual").await;
    let zone = chrono_tz::America::Los_Angeles;
    let host = app.host(&org, "Lou", "America/Los_Angeles").await;
    let hours = json!([{"start": "06:00", "end": "20:00"}]);
    let week: serde_json::Map<String, Value> = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .into_iter()
    .map(|d| (d.to_owned(), hours.clone()))
    .collect();
    app.put(
        &format!("/v1/hosts/{host}/availability"),
        Some(&org.key),
        json!({"time_zone": "America/Los_Angeles", "weekly": week}),
    )
    .await
    .expect(200);
    let _worker = Worker::start(&pool, &config).await;
    app.post(
        &format!("/v1/hosts/{host}/habits"),
        Some(&org.key),
        json!({"title": "Run", "window": {"start": "07:00", "end": "10:00"}, "ideal_start": "08:00", "max_duration_minutes": 45}),
    )
    .await
    .expect(201);
    let today = Utc::now().with_timezone(&zone).date_naive();
    let range = (at(zone, today, "00:00"), at(zone, today, "00:00") + TimeDelta::days(14));
    let plan = plan_until(&app, &org, &host, range, |p| blocks(p).len() >= 13).await;
    let starts: Vec<String> = blocks(&plan)
        .iter()
        .filter(|b| b.2.with_timezone(&zone).date_naive() > today)
        .map(|b| b.2.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string())
        .collect();
    assert!(starts.len() >= 13, "{starts:?}");
    assert!(
        starts.iter().all(|s| s.ends_with("08:00")),
        "every day at 08:00 Los Angeles time: {starts:?}"
    );
}

/// Sends `request` while a planner run of `host` is writing its plan: the run holds the
/// planner row, and once the request waits for a lock it replaces its blocks, which bumps the
/// host's calendar version. The run's write must succeed (no deadlock victim) and the
/// request's answer is returned.
async fn during_a_planner_run(pool: &sqlx::PgPool, host: &str, request: impl Future<Output = Reply>) -> Reply {
    let host = host.parse::<kairos::ids::HostId>().expect("a host id").0;
    let mut run = pool.begin().await.expect("begin");
    sqlx::query("SELECT 1 FROM planner_settings WHERE host_id = $1 FOR UPDATE")
        .bind(host)
        .fetch_one(&mut *run)
        .await
        .expect("the host uses the planner");
    let writes = async {
        let waiting = async {
            loop {
                let waiting: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM pg_stat_activity \
                     WHERE datname = current_database() AND wait_event_type = 'Lock'",
                )
                .fetch_one(pool)
                .await
                .expect("activity");
                if waiting > 0 {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        };
        tokio::time::timeout(Duration::from_secs(10), waiting)
            .await
            .expect("the request waits for the run's planner row");
        sqlx::query(
            "INSERT INTO calendar_versions (host_id, version) VALUES ($1, 1) \
             ON CONFLICT (host_id) DO UPDATE SET version = calendar_versions.version + 1",
        )
        .bind(host)
        .execute(&mut *run)
        .await
        .expect("the run's blocks are written, not chosen as a deadlock victim");
        run.commit().await.expect("commit");
    };
    let (reply, ()) = tokio::join!(request, writes);
    reply
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn calendar_changes_wait_for_a_running_plan_instead_of_deadlocking(pool: sqlx::PgPool) {
    let app = TestApp::spawn_with(pool.clone(), config(None)).await;
    let (org, host) = app.with_intro("ordered").await;
    app.put(&format!("/v1/hosts/{host}/planner"), Some(&org.key), json!({}))
        .await
        .expect(200);
    let busy = format!("/v1/hosts/{host}/busy-blocks");
    let monday = next(Weekday::Mon, Berlin);
    let block = json!({"start": at(Berlin, monday, "12:00"), "end": at(Berlin, monday, "13:00")});
    let added = during_a_planner_run(&pool, &host, app.post(&busy, Some(&org.key), block))
        .await
        .expect(201);
    let id = added["id"].as_str().expect("a block id");
    during_a_planner_run(&pool, &host, app.delete(&format!("{busy}/{id}"), Some(&org.key)))
        .await
        .expect(204);
    let hours = json!({"time_zone": "Europe/Berlin", "weekly": {"monday": [{"start": "08:00", "end": "12:00"}]}});
    let availability = format!("/v1/hosts/{host}/availability");
    during_a_planner_run(&pool, &host, app.put(&availability, Some(&org.key), hours))
        .await
        .expect(200);
}
