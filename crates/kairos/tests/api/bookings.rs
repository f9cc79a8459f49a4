//! Booking, idempotent retries, cancel and reschedule (by the host and by the invitee's link),
//! refusals with reasons, and the host's booking list.

use chrono::{TimeDelta, Weekday};
use chrono_tz::Europe::Berlin;
use serde_json::{Value, json};

use crate::helpers::{Org, TestApp, at, next, q};

async fn setup(app: &TestApp, slug: &str) -> (Org, String) {
    let org = app.sign_up(slug).await;
    let host = app.host(&org, "Ana", "Europe/Berlin").await;
    app.event_type(
        &org,
        json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [host], "buffer_after_minutes": 15}),
    )
    .await;
    (org, host)
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn book_read_and_refuse_the_same_slot(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app, "acme").await;
    let start = at(Berlin, next(Weekday::Tue, Berlin), "10:00");
    let body = json!({"start": start, "name": "Carla", "email": "Carla@Example.com", "time_zone": "America/Sao_Paulo", "notes": "hi"});
    let booking = app
        .post("/v1/public/event-types/acme/intro/bookings", None, body)
        .await
        .expect(201);
    assert_eq!(booking["status"], "confirmed");
    assert_eq!(booking["hosts"], json!([host]));
    assert_eq!(booking["invitee"]["email"], "carla@example.com");
    assert_eq!(
        booking["end"]
            .as_str()
            .map(|s| s.parse::<chrono::DateTime<chrono::Utc>>().expect("end")),
        Some(start + TimeDelta::minutes(30))
    );
    let uid = booking["uid"].as_str().expect("uid");
    assert_eq!(uid.len(), 32, "128-bit uid");

    // Host and invitee both read it.
    let id = booking["id"].as_str().expect("id");
    assert_eq!(
        app.get(&format!("/v1/bookings/{id}"), Some(&org.key)).await.expect(200)["uid"],
        uid
    );
    assert_eq!(
        app.get(&format!("/v1/public/bookings/{uid}"), None).await.expect(200)["id"],
        id
    );
    app.get("/v1/public/bookings/0000000000000000000000000000000f", None)
        .await
        .problem(404, "not_found");

    // The same slot again, and one overlapping it, are taken.
    app.book(&org, "intro", start, "other@example.com")
        .await
        .problem(409, "slot_taken");
    // The slot right after is inside the 15-minute buffer after the meeting.
    let refused = app
        .book(&org, "intro", start + TimeDelta::minutes(30), "b@example.com")
        .await
        .problem(422, "slot_unavailable");
    assert_eq!(refused["reason"], "inside_buffer");
    app.book(&org, "intro", start + TimeDelta::minutes(60), "c@example.com")
        .await
        .expect(201);
    assert_eq!(app.booking_count().await, 2);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn refusals_say_why(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, _) = setup(&app, "acme").await;
    let day = next(Weekday::Tue, Berlin);
    let reason = |reply: crate::helpers::Reply| reply.problem(422, "slot_unavailable")["reason"].clone();
    assert_eq!(
        reason(app.book(&org, "intro", at(Berlin, day, "07:00"), "a@example.com").await),
        "outside_working_hours"
    );
    assert_eq!(
        reason(app.book(&org, "intro", at(Berlin, day, "10:10"), "a@example.com").await),
        "off_grid"
    );
    assert_eq!(
        reason(app.book(&org, "intro", at(Berlin, day, "16:45"), "a@example.com").await),
        "outside_working_hours"
    );
    assert_eq!(
        reason(
            app.book(&org, "intro", chrono::Utc::now() - TimeDelta::hours(1), "a@example.com")
                .await
        ),
        "in_past"
    );
    assert_eq!(
        reason(
            app.book(
                &org,
                "intro",
                at(Berlin, day + TimeDelta::days(70), "10:00"),
                "a@example.com"
            )
            .await
        ),
        "beyond_horizon"
    );
    let saturday = next(Weekday::Sat, Berlin);
    assert_eq!(
        reason(
            app.book(&org, "intro", at(Berlin, saturday, "10:00"), "a@example.com")
                .await
        ),
        "outside_working_hours"
    );
    app.book(&org, "nope", at(Berlin, day, "10:00"), "a@example.com")
        .await
        .problem(404, "not_found");
    let bad = json!({"start": at(Berlin, day, "10:00"), "name": "", "email": "x@example.com", "time_zone": "UTC"});
    assert_eq!(
        app.post("/v1/public/event-types/acme/intro/bookings", None, bad)
            .await
            .problem(422, "invalid_field")["field"],
        "name"
    );
    // A name is one line: a line break would reach the invitation's mail headers.
    let bad =
        json!({"start": at(Berlin, day, "10:00"), "name": "Zed\nZed", "email": "x@example.com", "time_zone": "UTC"});
    let refused = app
        .post("/v1/public/event-types/acme/intro/bookings", None, bad)
        .await
        .problem(422, "invalid_field");
    assert_eq!(refused["field"], "name");
    assert!(
        refused["detail"].as_str().is_some_and(|d| d.contains("one line")),
        "{refused}"
    );
    // Addresses the mailer could not write to are refused up front, not left as dead mail jobs.
    for email in [
        "nope",
        "a..b@example.com",
        "a(b)@example.com",
        ".a@example.com",
        "a@-x.com",
    ] {
        let bad = json!({"start": at(Berlin, day, "10:00"), "name": "A", "email": email, "time_zone": "UTC"});
        assert_eq!(
            app.post("/v1/public/event-types/acme/intro/bookings", None, bad)
                .await
                .problem(422, "invalid_field")["field"],
            "email",
            "{email}"
        );
    }
    let bad =
        json!({"start": at(Berlin, day, "10:00"), "name": "A", "email": "a@example.com", "time_zone": "Mars/Base"});
    assert_eq!(
        app.post("/v1/public/event-types/acme/intro/bookings", None, bad)
            .await
            .problem(422, "unknown_time_zone")["field"],
        "time_zone"
    );
    let bad = json!({"start": "next tuesday", "name": "A", "email": "a@example.com", "time_zone": "UTC"});
    assert_eq!(
        app.post("/v1/public/event-types/acme/intro/bookings", None, bad)
            .await
            .problem(422, "invalid_field")["field"],
        "start"
    );
    assert_eq!(app.booking_count().await, 0, "no refusal wrote anything");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn daily_limit_and_notice_are_enforced(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let host = app.host(&org, "Ana", "Europe/Berlin").await;
    app.event_type(&org, json!({"slug": "limited", "title": "Limited", "duration_minutes": 30, "hosts": [host], "max_per_day": 1, "min_notice_minutes": 10080})).await;
    let day = next(Weekday::Tue, Berlin) + TimeDelta::days(7);
    app.book(&org, "limited", at(Berlin, day, "10:00"), "a@example.com")
        .await
        .expect(201);
    let full = app
        .book(&org, "limited", at(Berlin, day, "14:00"), "b@example.com")
        .await
        .problem(422, "slot_unavailable");
    assert_eq!(full["reason"], "day_full");
    let soon = chrono::Utc::now() + TimeDelta::days(1);
    let soon = app
        .book(&org, "limited", soon, "c@example.com")
        .await
        .problem(422, "slot_unavailable");
    assert_eq!(soon["reason"], "too_soon");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn idempotency_key_replays_the_first_response(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (_org, _) = setup(&app, "acme").await;
    let start = at(Berlin, next(Weekday::Tue, Berlin), "11:00");
    let body = json!({"start": start, "name": "Carla", "email": "carla@example.com", "time_zone": "UTC"});
    let send = |key: &'static str, body: Value| {
        let request = app
            .client
            .post(format!("{}/v1/public/event-types/acme/intro/bookings", app.base))
            .header("Idempotency-Key", key)
            .json(&body);
        app.reply(request)
    };
    let first = send("retry-1", body.clone()).await;
    assert_eq!(first.status.as_u16(), 201);
    let second = send("retry-1", body.clone()).await;
    assert_eq!(second.status.as_u16(), 201, "a retry succeeds: {}", second.body);
    assert_eq!(
        second.headers.get("idempotent-replayed").and_then(|v| v.to_str().ok()),
        Some("true")
    );
    assert_eq!(second.body["id"], first.body["id"], "the same booking, not a new one");
    assert_eq!(app.booking_count().await, 1);

    let mut other = body.clone();
    other["name"] = json!("Someone else");
    send("retry-1", other.clone())
        .await
        .problem(422, "idempotency_key_reused");

    // Keys are remembered for 24 hours; after that the same key starts afresh.
    sqlx::query("UPDATE idempotency_keys SET created_at = now() - interval '25 hours'")
        .execute(&app.pool)
        .await
        .expect("age the key");
    other["start"] = json!(start + TimeDelta::hours(1));
    let fresh = send("retry-1", other).await;
    assert_eq!(
        fresh.status.as_u16(),
        201,
        "an expired key is new again: {}",
        fresh.body
    );
    assert_ne!(fresh.body["id"], first.body["id"]);
    assert!(fresh.headers.get("idempotent-replayed").is_none());
    // Without the key the same request is a second attempt at a taken slot.
    app.post("/v1/public/event-types/acme/intro/bookings", None, body)
        .await
        .problem(409, "slot_taken");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn invitee_cancels_and_reschedules_through_the_link(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, _) = setup(&app, "acme").await;
    let day = next(Weekday::Tue, Berlin);
    let first = app
        .book(&org, "intro", at(Berlin, day, "10:00"), "a@example.com")
        .await
        .expect(201);
    let blocker = app
        .book(&org, "intro", at(Berlin, day, "13:00"), "b@example.com")
        .await
        .expect(201);
    let uid = first["uid"].as_str().expect("uid").to_owned();

    // Rescheduling onto a taken time changes nothing.
    let onto_taken = json!({"start": at(Berlin, day, "13:00")});
    app.post(&format!("/v1/public/bookings/{uid}/reschedule"), None, onto_taken)
        .await
        .problem(409, "slot_taken");
    let unchanged = app.get(&format!("/v1/public/bookings/{uid}"), None).await.expect(200);
    assert_eq!(unchanged["start"], first["start"]);
    assert_eq!(unchanged["sequence"], 0);

    // Moving it by 30 minutes overlaps its own old time: allowed, since the old slot is released.
    let moved = app
        .post(
            &format!("/v1/public/bookings/{uid}/reschedule"),
            None,
            json!({"start": at(Berlin, day, "10:30")}),
        )
        .await
        .expect(200);
    assert_eq!(moved["uid"], uid);
    assert_eq!(moved["sequence"], 1);
    // The old time is free for someone else.
    app.book(&org, "intro", at(Berlin, day, "09:00"), "c@example.com")
        .await
        .expect(201);

    let cancelled = app
        .post(
            &format!("/v1/public/bookings/{uid}/cancel"),
            None,
            json!({"reason": "sick"}),
        )
        .await
        .expect(200);
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["cancel_reason"], "sick");
    assert_eq!(cancelled["cancelled_by"], "invitee");
    // Cancelling again is harmless; rescheduling a cancelled booking is refused.
    assert_eq!(
        app.post(&format!("/v1/public/bookings/{uid}/cancel"), None, json!({}))
            .await
            .expect(200)["status"],
        "cancelled"
    );
    app.post(
        &format!("/v1/public/bookings/{uid}/reschedule"),
        None,
        json!({"start": at(Berlin, day, "15:00")}),
    )
    .await
    .problem(409, "booking_cancelled");
    // Its time is free again.
    app.book(&org, "intro", at(Berlin, day, "10:30"), "d@example.com")
        .await
        .expect(201);

    // The host cancels with no body at all.
    let id = blocker["id"].as_str().expect("id");
    let response = app
        .client
        .post(format!("{}/v1/bookings/{id}/cancel", app.base))
        .bearer_auth(&org.key)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        app.get(&format!("/v1/bookings/{id}"), Some(&org.key)).await.expect(200)["cancelled_by"],
        "host"
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn host_reschedules_and_lists_bookings(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app, "acme").await;
    let day = next(Weekday::Tue, Berlin);
    let mut ids = Vec::new();
    for time in ["09:00", "10:00", "11:00", "12:00", "13:00"] {
        ids.push(
            app.book(
                &org,
                "intro",
                at(Berlin, day, time),
                &format!("at{}@example.com", time.replace(':', "")),
            )
            .await
            .expect(201)["id"]
                .clone(),
        );
    }
    let id = ids[0].as_str().expect("id");
    let moved = app
        .post(
            &format!("/v1/bookings/{id}/reschedule"),
            Some(&org.key),
            json!({"start": at(Berlin, day, "15:00")}),
        )
        .await
        .expect(200);
    assert_eq!(moved["sequence"], 1);
    app.post(
        &format!("/v1/bookings/{id}/reschedule"),
        Some(&org.key),
        json!({"start": at(Berlin, day, "07:00")}),
    )
    .await
    .problem(422, "slot_unavailable");
    app.post(
        &format!("/v1/bookings/{}/cancel", ids[1].as_str().expect("id")),
        Some(&org.key),
        json!({}),
    )
    .await
    .expect(200);

    // Page through the day's bookings two at a time: ordered by start, nothing lost or repeated.
    let (from, to) = (q(at(Berlin, day, "00:00")), q(at(Berlin, day, "23:00")));
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut path = format!("/v1/bookings?from={from}&to={to}&limit=2");
        if let Some(c) = &cursor {
            path.push_str(&format!("&cursor={c}"));
        }
        let page = app.get(&path, Some(&org.key)).await.expect(200);
        seen.extend(
            page["data"]
                .as_array()
                .expect("data")
                .iter()
                .map(|b| (b["start"].clone(), b["id"].clone())),
        );
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5);
    let starts: Vec<_> = seen
        .iter()
        .map(|(s, _)| s.as_str().expect("start").to_owned())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    assert_eq!(
        seen.last().map(|(_, id)| id.clone()),
        Some(ids[0].clone()),
        "the moved booking is now last"
    );

    let confirmed = app
        .get(
            &format!("/v1/bookings?from={from}&to={to}&status=confirmed&host={host}"),
            Some(&org.key),
        )
        .await
        .expect(200);
    assert_eq!(confirmed["data"].as_array().map(Vec::len), Some(4));
    app.get(&format!("/v1/bookings?from={to}&to={from}"), Some(&org.key))
        .await
        .problem(422, "invalid_field");
    app.get(
        &format!("/v1/bookings?from={from}&to=2099-01-01T00:00:00Z"),
        Some(&org.key),
    )
    .await
    .problem(422, "range_too_long");
    app.get(
        &format!("/v1/bookings?from={from}&to={to}&cursor=garbage"),
        Some(&org.key),
    )
    .await
    .problem(422, "invalid_cursor");
    app.get(
        &format!("/v1/bookings?from={from}&to={to}&status=maybe"),
        Some(&org.key),
    )
    .await
    .problem(422, "invalid_query");
    app.get(&format!("/v1/bookings?to={to}"), Some(&org.key))
        .await
        .problem(422, "invalid_query");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn collective_needs_everyone_and_round_robin_spreads_the_load(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("team").await;
    let ana = app.host(&org, "Ana", "Europe/Berlin").await;
    let bo = app.host(&org, "Bo", "Europe/London").await;
    app.event_type(
        &org,
        json!({"slug": "both", "title": "Both", "kind": "collective", "duration_minutes": 30, "hosts": [ana, bo]}),
    )
    .await;
    app.event_type(
        &org,
        json!({"slug": "any", "title": "Any", "kind": "round_robin", "duration_minutes": 30, "hosts": [ana, bo]}),
    )
    .await;
    let day = next(Weekday::Thu, Berlin);

    // 09:30 Berlin is 08:30 London: Bo is not working yet, so the collective slot is refused.
    let early = app
        .book(&org, "both", at(Berlin, day, "09:30"), "a@example.com")
        .await
        .problem(422, "slot_unavailable");
    assert_eq!(early["reason"], "outside_working_hours");
    let both = app
        .book(&org, "both", at(Berlin, day, "11:00"), "a@example.com")
        .await
        .expect(201);
    assert_eq!(both["hosts"].as_array().map(Vec::len), Some(2));

    // Round robin: the first booking goes to one host, the next at the same time to the other,
    // and a third at that time finds nobody free.
    let first = app
        .book(&org, "any", at(Berlin, day, "14:00"), "b@example.com")
        .await
        .expect(201);
    let second = app
        .book(&org, "any", at(Berlin, day, "14:00"), "c@example.com")
        .await
        .expect(201);
    assert_ne!(first["hosts"], second["hosts"]);
    app.book(&org, "any", at(Berlin, day, "14:00"), "d@example.com")
        .await
        .problem(409, "slot_taken");
    // Ana took one and Bo one; the next booking at a free time goes to either, and the one
    // after that to the other: counts stay balanced.
    let third = app
        .book(&org, "any", at(Berlin, day, "15:00"), "e@example.com")
        .await
        .expect(201);
    let fourth = app
        .book(&org, "any", at(Berlin, day, "16:00"), "f@example.com")
        .await
        .expect(201);
    assert_ne!(third["hosts"], fourth["hosts"], "least-booked assignment alternates");
}
