//! A host's schedule: reading it, replacing it (normalised), its validation, and its effect
//! on the public slots.

use chrono::{NaiveDate, TimeDelta, Weekday};
use chrono_tz::Europe::Berlin;
use serde_json::{Value, json};

use crate::helpers::{Org, TestApp, at, next, q, slot_starts};

fn span(start: &str, end: &str) -> Value {
    json!({"start": start, "end": end})
}

/// A Berlin host with a 30-minute single event type `intro`.
async fn setup(app: &TestApp) -> (Org, String) {
    let (org, host) = app.with_intro("acme").await;
    (org, host)
}

/// The slot starts of `intro` on `date`, as Berlin wall-clock "HH:MM".
async fn slots_on(app: &TestApp, org: &Org, date: NaiveDate) -> Vec<String> {
    let start = at(Berlin, date, "00:00");
    let end = start + TimeDelta::days(1);
    let body = app
        .get(
            &format!(
                "/v1/public/event-types/{}/intro/slots?start={}&end={}&time_zone=Europe/Berlin",
                org.slug,
                q(start),
                q(end)
            ),
            None,
        )
        .await
        .expect(200);
    assert_eq!(body["time_zone"], "Europe/Berlin");
    slot_starts(&body)
        .into_iter()
        .map(|t| t.with_timezone(&Berlin).format("%H:%M").to_string())
        .collect()
}

fn times(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn the_default_schedule_is_weekdays_nine_to_five(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let schedule = app
        .get(&format!("/v1/hosts/{host}/availability"), Some(&org.key))
        .await
        .expect(200);
    let day = json!([span("09:00", "17:00")]);
    assert_eq!(schedule["time_zone"], "Europe/Berlin");
    assert_eq!(
        schedule["weekly"],
        json!({"monday": day, "tuesday": day, "wednesday": day, "thursday": day, "friday": day, "saturday": [], "sunday": []})
    );
    assert_eq!(schedule["overrides"], json!([]));

    let tuesday = next(Weekday::Tue, Berlin);
    let slots = slots_on(&app, &org, tuesday).await;
    assert_eq!(slots.len(), 16);
    assert_eq!(slots.first().map(String::as_str), Some("09:00"));
    assert_eq!(slots.last().map(String::as_str), Some("16:30"));
    let saturday = next(Weekday::Sat, Berlin);
    assert_eq!(slots_on(&app, &org, saturday).await, Vec::<String>::new());
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_replaced_schedule_is_normalised_and_drives_the_slots(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let day_off = next(Weekday::Tue, Berlin);
    let short_day = day_off + TimeDelta::days(1);
    let normal_tuesday = day_off + TimeDelta::days(7);

    let put = json!({
        "time_zone": "europe/berlin",
        "weekly": {
            // Unsorted, overlapping and touching spans.
            "tuesday": [span("13:00", "15:00"), span("09:30", "11:00"), span("09:00", "10:00"), span("15:00", "15:30")],
            "wednesday": [span("09:00", "17:00")]
        },
        "overrides": [
            {"date": short_day, "spans": [span("11:00", "12:00"), span("10:00", "11:00")]},
            {"date": day_off, "spans": []}
        ]
    });
    let saved = app
        .put(&format!("/v1/hosts/{host}/availability"), Some(&org.key), put)
        .await
        .expect(200);
    let expected = json!({
        "time_zone": "Europe/Berlin",
        "weekly": {
            "monday": [],
            "tuesday": [span("09:00", "11:00"), span("13:00", "15:30")],
            "wednesday": [span("09:00", "17:00")],
            "thursday": [], "friday": [], "saturday": [], "sunday": []
        },
        "overrides": [
            {"date": day_off, "spans": []},
            {"date": short_day, "spans": [span("10:00", "12:00")]}
        ]
    });
    let mut saved_sorted = saved.clone();
    sort_overrides(&mut saved_sorted);
    assert_eq!(saved_sorted, expected);
    let fetched = app
        .get(&format!("/v1/hosts/{host}/availability"), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(fetched, expected);

    assert_eq!(slots_on(&app, &org, day_off).await, Vec::<String>::new());
    assert_eq!(
        slots_on(&app, &org, short_day).await,
        times(&["10:00", "10:30", "11:00", "11:30"])
    );
    assert_eq!(
        slots_on(&app, &org, normal_tuesday).await,
        times(&[
            "09:00", "09:30", "10:00", "10:30", "13:00", "13:30", "14:00", "14:30", "15:00"
        ])
    );
    // Monday is no longer a working day.
    assert_eq!(
        slots_on(&app, &org, day_off - TimeDelta::days(1)).await,
        Vec::<String>::new()
    );

    // Booking on the day off is refused for that reason.
    let problem = app
        .book(&org, "intro", at(Berlin, day_off, "10:00"), "carla@example.com")
        .await
        .problem(422, "slot_unavailable");
    assert_eq!(problem["reason"], "outside_working_hours");
}

fn sort_overrides(schedule: &mut Value) {
    if let Some(list) = schedule["overrides"].as_array_mut() {
        list.sort_by(|a, b| a["date"].as_str().cmp(&b["date"].as_str()));
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn invalid_schedules_name_the_offending_field(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let path = format!("/v1/hosts/{host}/availability");
    let date = next(Weekday::Tue, Berlin);

    let cases = [
        (
            json!({"time_zone": "Europe/Berlin", "weekly": {"monday": [span("09:00", "25:00")]}}),
            "weekly.monday[0]",
        ),
        (
            json!({"time_zone": "Europe/Berlin", "weekly": {"friday": [span("09:00", "12:00"), span("9am", "5pm")]}}),
            "weekly.friday[1]",
        ),
        (
            json!({"time_zone": "Europe/Berlin", "weekly": {"tuesday": [span("17:00", "09:00")]}}),
            "weekly.tuesday[0]",
        ),
        (
            json!({"time_zone": "Europe/Berlin", "weekly": {}, "overrides": [{"date": date, "spans": [span("12:00", "12:00")]}]}),
            "overrides[0].spans[0]",
        ),
        (
            json!({"time_zone": "Europe/Berlin", "weekly": {}, "overrides": [{"date": "next tuesday", "spans": []}]}),
            "overrides[0].date",
        ),
        (
            json!({"time_zone": "Europe/Berlin", "weekly": {
                "monday": [span("09:00", "17:00")], "funday": [span("09:00", "17:00")]
            }}),
            "weekly.funday",
        ),
    ];
    for (body, field) in cases {
        let problem = app.put(&path, Some(&org.key), body).await.problem(422, "invalid_field");
        assert_eq!(problem["field"], field, "{problem}");
    }

    let problem = app
        .put(
            &path,
            Some(&org.key),
            json!({"time_zone": "Europe/Berlin", "weekly": {}, "overrides": [
                {"date": date, "spans": []},
                {"date": date, "spans": [span("10:00", "11:00")]}
            ]}),
        )
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "overrides[1].date");

    let problem = app
        .put(
            &path,
            Some(&org.key),
            json!({"time_zone": "Europe/Atlantis", "weekly": {}}),
        )
        .await
        .problem(422, "unknown_time_zone");
    assert_eq!(problem["field"], "time_zone");

    let problem = app
        .put(
            &path,
            Some(&org.key),
            json!({"time_zone": "Europe/Berlin", "weekly": {}, "holidays": []}),
        )
        .await
        .problem(422, "invalid_field");
    assert!(
        problem["detail"].as_str().expect("detail").contains("holidays"),
        "{problem}"
    );

    // Nothing was changed by the refused requests.
    let schedule = app.get(&path, Some(&org.key)).await.expect(200);
    assert_eq!(schedule["weekly"]["monday"], json!([span("09:00", "17:00")]));
    assert_eq!(schedule["overrides"], json!([]));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_whole_day_may_end_at_midnight(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let saved = app
        .put(
            &format!("/v1/hosts/{host}/availability"),
            Some(&org.key),
            json!({"time_zone": "Europe/Berlin", "weekly": {"saturday": [span("00:00", "24:00")]}}),
        )
        .await
        .expect(200);
    assert_eq!(saved["weekly"]["saturday"], json!([span("00:00", "24:00")]));
    let saturday = next(Weekday::Sat, Berlin);
    let slots = slots_on(&app, &org, saturday).await;
    assert_eq!(slots.len(), 48);
    assert_eq!(slots.last().map(String::as_str), Some("23:30"));
}
