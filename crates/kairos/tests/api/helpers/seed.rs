//! An organisation with data in most tables, for tests that move or copy a whole database.

use chrono::{TimeDelta, Weekday};
use chrono_tz::Europe::Berlin;
use serde_json::json;

use super::app::{Org, TestApp};
use super::time::{at, next};

/// An organisation with data in most tables: hosts, hours and an override, an event type,
/// three bookings (one moved, one cancelled), a busy block, a calendar feed, a task and a
/// webhook endpoint.
pub async fn seed(app: &TestApp, slug: &str) -> Org {
    let (org, host) = app.with_intro(slug).await;
    let monday = next(Weekday::Mon, Berlin);
    let mut bookings = Vec::new();
    for (i, time) in ["10:00", "11:00", "14:00"].iter().enumerate() {
        let body = app
            .book(
                &org,
                "intro",
                at(Berlin, monday, time),
                &format!("guest{i}@example.com"),
            )
            .await
            .expect(201);
        bookings.push(body["id"].as_str().expect("booking id").to_owned());
    }
    app.post(
        &format!("/v1/bookings/{}/cancel", bookings[2]),
        Some(&org.key),
        json!({"reason": "conflict"}),
    )
    .await
    .expect(200);
    app.post(
        &format!("/v1/bookings/{}/reschedule", bookings[1]),
        Some(&org.key),
        json!({"start": at(Berlin, monday, "12:00")}),
    )
    .await
    .expect(200);
    let block = at(Berlin, monday, "15:00");
    app.post(
        &format!("/v1/hosts/{host}/busy-blocks"),
        Some(&org.key),
        json!({"start": block, "end": block + TimeDelta::hours(1), "title": "Dentist"}),
    )
    .await
    .expect(201);
    // A feed (never fetched: no worker runs), whose secret address must stay sealed.
    app.post(
        &format!("/v1/hosts/{host}/calendar-sources"),
        Some(&org.key),
        json!({"name": "Work", "url": "https://calendar.example.com/calendar/ical/private-0123/basic.ics"}),
    )
    .await
    .expect(201);
    app.put(
        &format!("/v1/hosts/{host}/availability"),
        Some(&org.key),
        json!({"time_zone": "Europe/Berlin",
               "weekly": {"monday": [{"start": "09:00", "end": "17:00"}]},
               "overrides": [{"date": (monday + TimeDelta::days(7)).to_string(), "spans": []}]}),
    )
    .await
    .expect(200);
    app.post(
        &format!("/v1/hosts/{host}/tasks"),
        Some(&org.key),
        json!({"title": "Board deck", "duration_minutes": 90}),
    )
    .await
    .expect(201);
    app.post(
        "/v1/webhooks",
        Some(&org.key),
        json!({"url": "https://crm.example.com/hooks", "events": ["booking.created"]}),
    )
    .await
    .expect(201);
    org
}
