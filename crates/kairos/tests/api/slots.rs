//! Listing free slots through the public link: zones, grouping by local date, busy time,
//! bookings, and refusals of bad ranges.

use chrono::{TimeDelta, Weekday};
use chrono_tz::{America::Sao_Paulo, Asia::Kolkata, Europe::Berlin};
use serde_json::json;

use crate::helpers::{TestApp, at, next, q, slot_starts};

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn slots_follow_hours_bookings_and_busy_blocks(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let host = app.host(&org, "Ana", "Europe/Berlin").await;
    app.event_type(
        &org,
        json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "slot_step_minutes": 30, "hosts": [host]}),
    )
    .await;
    let day = next(Weekday::Tue, Berlin);
    let (start, end) = (at(Berlin, day, "00:00"), at(Berlin, day, "23:59"));
    let path = format!(
        "/v1/public/event-types/acme/intro/slots?start={}&end={}&time_zone=Europe/Berlin",
        q(start),
        q(end)
    );

    let before = app.get(&path, None).await.expect(200);
    assert_eq!(before["time_zone"], "Europe/Berlin");
    let starts = slot_starts(&before);
    assert_eq!(starts.len(), 16, "09:00 to 16:30 every 30 minutes");
    assert_eq!(starts.first(), Some(&at(Berlin, day, "09:00")));
    assert_eq!(starts.last(), Some(&at(Berlin, day, "16:30")));
    assert_eq!(before["days"][0]["date"], day.to_string());
    assert_eq!(
        before["days"][0]["slots"][0]["start"],
        format!("{day}T09:00:00+01:00").replace("+01:00", &offset(day))
    );

    app.book(&org, "intro", at(Berlin, day, "10:00"), "a@example.com")
        .await
        .expect(201);
    let busy = json!({"start": at(Berlin, day, "13:10"), "end": at(Berlin, day, "14:05"), "title": "Dentist"});
    app.post(&format!("/v1/hosts/{host}/busy-blocks"), Some(&org.key), busy)
        .await
        .expect(201);

    let after = slot_starts(&app.get(&path, None).await.expect(200));
    assert!(!after.contains(&at(Berlin, day, "10:00")), "the booked slot is gone");
    for gone in ["13:00", "13:30", "14:00"] {
        assert!(
            !after.contains(&at(Berlin, day, gone)),
            "{gone} overlaps the busy block"
        );
    }
    assert!(after.contains(&at(Berlin, day, "12:30")));
    assert!(
        after.contains(&at(Berlin, day, "14:30")),
        "the grid resumes on the half hour after 14:05"
    );
    assert_eq!(after.len(), 16 - 4);
}

/// The UTC offset Berlin has on `day`, as RFC 3339 writes it.
fn offset(day: chrono::NaiveDate) -> String {
    at(Berlin, day, "12:00")
        .with_timezone(&Berlin)
        .format("%:z")
        .to_string()
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn slots_render_in_the_callers_zone_grouped_by_their_dates(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    // A host in Kolkata (+05:30) seen from São Paulo (−03:00), 8 h 30 apart: 09:00 in Kolkata
    // is 00:30 in São Paulo, so the host's day lands on the viewer's clock from just after
    // midnight, each slot under the viewer's own date.
    let host = app.host(&org, "Ravi", "Asia/Kolkata").await;
    app.event_type(
        &org,
        json!({"slug": "chat", "title": "Chat", "duration_minutes": 60, "hosts": [host]}),
    )
    .await;
    let day = next(Weekday::Wed, Kolkata);
    let (start, end) = (at(Kolkata, day, "00:00"), at(Kolkata, day, "23:59"));
    let path = format!(
        "/v1/public/event-types/acme/chat/slots?start={}&end={}&time_zone=America/Sao_Paulo",
        q(start),
        q(end)
    );
    let body = app.get(&path, None).await.expect(200);
    assert_eq!(body["time_zone"], "America/Sao_Paulo");
    let days = body["days"].as_array().expect("days");
    let slots: Vec<&str> = days
        .iter()
        .flat_map(|d| d["slots"].as_array().expect("slots"))
        .map(|s| s["start"].as_str().expect("start"))
        .collect();
    assert_eq!(slots.len(), 8, "09:00–17:00 in hourly slots");
    assert_eq!(
        slots[0],
        at(Kolkata, day, "09:00").with_timezone(&Sao_Paulo).to_rfc3339()
    );
    assert!(
        slots.iter().all(|s| s.ends_with("-03:00")),
        "rendered with São Paulo's offset: {slots:?}"
    );
    for d in days {
        let date = d["date"].as_str().expect("date");
        for s in d["slots"].as_array().expect("slots") {
            assert!(
                s["start"].as_str().expect("start").starts_with(date),
                "each slot sits under its local date"
            );
        }
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn bad_slot_requests_are_refused_clearly(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    app.with_intro("acme").await;
    let now = chrono::Utc::now();
    let base = "/v1/public/event-types/acme/intro/slots";
    let inverted = app
        .get(
            &format!("{base}?start={}&end={}", q(now + TimeDelta::days(2)), q(now)),
            None,
        )
        .await;
    assert_eq!(inverted.problem(422, "invalid_field")["field"], "end");
    let long = app
        .get(
            &format!("{base}?start={}&end={}", q(now), q(now + TimeDelta::days(90))),
            None,
        )
        .await;
    assert_eq!(long.problem(422, "range_too_long")["field"], "end");
    let zone = app.get(&format!("{base}?time_zone=Moon/Crater"), None).await;
    assert_eq!(zone.problem(422, "unknown_time_zone")["field"], "time_zone");
    let garbage = app.get(&format!("{base}?start=yesterday"), None).await;
    assert_eq!(garbage.problem(422, "invalid_field")["field"], "start");
    app.get("/v1/public/event-types/acme/nope/slots", None)
        .await
        .problem(404, "not_found");
    app.get("/v1/public/event-types/nobody/intro/slots", None)
        .await
        .problem(404, "not_found");
    // No parameters at all: the next seven days in the host's zone.
    let default = app.get(base, None).await.expect(200);
    assert_eq!(default["time_zone"], "Europe/Berlin");
    assert!(!slot_starts(&default).is_empty());
}
