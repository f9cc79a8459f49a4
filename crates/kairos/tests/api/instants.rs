//! Instants and dates at the edges of what the types can hold (year +262142, year -262143)
//! once closed the connection or answered 500; every input refuses them with a 422 naming the
//! field, and the web app's pages fall back to the current week.

use chrono::Weekday;
use chrono_tz::Europe::Berlin;
use reqwest::StatusCode;
use serde_json::json;
use sqlx::PgPool;

use crate::helpers::visitors::Visitor;
use crate::helpers::{TestApp, at, next};

const FAR_FUTURE: &str = "+262142-12-30T00:00:00Z";
const FAR_PAST: &str = "-262143-01-02T00:00:00Z";

#[sqlx::test(migrations = "./migrations")]
async fn instants_beyond_any_calendar_are_refused_naming_the_field(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = app.with_intro("edges").await;
    let key = Some(org.key.as_str());
    let field = |reply: crate::helpers::Reply| reply.problem(422, "invalid_field")["field"].clone();

    for extreme in [FAR_FUTURE, FAR_PAST] {
        let encoded = extreme.replace('+', "%2B");
        let slots = app
            .get(
                &format!("/v1/public/event-types/edges/intro/slots?start={encoded}"),
                None,
            )
            .await;
        assert_eq!(field(slots), "start", "{extreme}");
        let bookings = app
            .get(&format!("/v1/bookings?from={encoded}&to=2027-01-01T00:00:00Z"), key)
            .await;
        assert_eq!(field(bookings), "from", "{extreme}");
        let plan = app.get(&format!("/v1/hosts/{host}/plan?from={encoded}"), key).await;
        assert_eq!(field(plan), "from", "{extreme}");

        let booking = json!({"start": extreme, "name": "Ivy", "email": "ivy@example.com", "time_zone": "UTC"});
        let booked = app
            .post("/v1/public/event-types/edges/intro/bookings", None, booking)
            .await;
        assert_eq!(field(booked), "start", "{extreme}");
        let busy = json!({"start": extreme, "end": "2027-01-01T00:00:00Z", "title": "Away"});
        let blocked = app.post(&format!("/v1/hosts/{host}/busy-blocks"), key, busy).await;
        assert_eq!(field(blocked), "start", "{extreme}");
        let task = json!({"title": "Deck", "duration_minutes": 60, "due": extreme});
        let added = app.post(&format!("/v1/hosts/{host}/tasks"), key, task).await;
        assert_eq!(field(added), "due", "{extreme}");
    }
    let schedule = app
        .get(&format!("/v1/hosts/{host}/availability"), key)
        .await
        .expect(200);
    let mut far = schedule.clone();
    far["overrides"] = json!([{"date": "+262142-12-30", "spans": []}]);
    let reply = app.put(&format!("/v1/hosts/{host}/availability"), key, far).await;
    assert_eq!(reply.status.as_u16(), 422, "{}", reply.body);

    // A booking that is fine, moved to the end of time, stays where it was.
    let monday = next(Weekday::Mon, Berlin);
    let booked = app
        .book(&org, "intro", at(Berlin, monday, "10:00"), "ivy@example.com")
        .await
        .expect(201);
    let uid = booked["uid"].as_str().expect("uid");
    let moved = app
        .post(
            &format!("/v1/public/bookings/{uid}/reschedule"),
            None,
            json!({"start": FAR_FUTURE}),
        )
        .await;
    assert_eq!(field(moved), "start");
    assert_eq!(app.booking_count().await, 1);
}

#[sqlx::test(migrations = "./migrations")]
async fn the_planner_page_of_a_week_beyond_any_calendar_shows_this_week(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;
    for week in ["+262142-12-30", "-262143-01-02", "9999-12-31"] {
        let page = ana
            .get(&format!("/app/planner?week={}", week.replace('+', "%2B")))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{week}: {}", page.html);
    }
}
