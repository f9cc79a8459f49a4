//! Tenant isolation: one organisation's key can neither see nor touch another's hosts,
//! schedules, busy blocks, event types, bookings or API keys.

use chrono::{DateTime, TimeDelta, Utc, Weekday};
use chrono_tz::Europe::Berlin;
use serde_json::{Value, json};

use crate::helpers::{Org, TestApp, at, next, q};

/// Everything one organisation owns in these tests.
struct Tenant {
    org: Org,
    host: String,
    event_type: String,
    booking: String,
    busy_block: String,
    key_id: String,
}

async fn tenant(app: &TestApp, slug: &str, start: DateTime<Utc>) -> Tenant {
    let org = app.sign_up(slug).await;
    let host = app.host(&org, "Ana", "Europe/Berlin").await;
    let event_type = app
        .event_type(
            &org,
            json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [host]}),
        )
        .await["id"]
        .as_str()
        .expect("event type id")
        .to_owned();
    let booking = app
        .book(&org, "intro", start, &format!("invitee@{slug}.example"))
        .await
        .expect(201)["id"]
        .as_str()
        .expect("booking id")
        .to_owned();
    let block_start = start + TimeDelta::days(1);
    let busy_block = app
        .post(
            &format!("/v1/hosts/{host}/busy-blocks"),
            Some(&org.key),
            json!({"start": block_start, "end": block_start + TimeDelta::hours(1), "title": "Private"}),
        )
        .await
        .expect(201)["id"]
        .as_str()
        .expect("busy block id")
        .to_owned();
    let keys = app.get("/v1/api-keys", Some(&org.key)).await.expect(200);
    let key_id = keys["data"][0]["id"].as_str().expect("key id").to_owned();
    Tenant {
        org,
        host,
        event_type,
        booking,
        busy_block,
        key_id,
    }
}

fn ids(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect()
}

struct World {
    app: TestApp,
    a: Tenant,
    b: Tenant,
    start: DateTime<Utc>,
}

async fn world(pool: sqlx::PgPool) -> World {
    let app = TestApp::spawn(pool).await;
    let start = at(Berlin, next(Weekday::Tue, Berlin), "10:00");
    let a = tenant(&app, "acme", start).await;
    let b = tenant(&app, "globex", start).await;
    World { app, a, b, start }
}

/// A's data is exactly as `tenant` left it.
async fn assert_a_unchanged(w: &World) {
    let (app, a) = (&w.app, &w.a);
    let key = Some(a.org.key.as_str());

    let host = app.get(&format!("/v1/hosts/{}", a.host), key).await.expect(200);
    assert_eq!(host["name"], "Ana");
    assert_eq!(host["time_zone"], "Europe/Berlin");

    let schedule = app
        .get(&format!("/v1/hosts/{}/availability", a.host), key)
        .await
        .expect(200);
    assert_eq!(
        schedule["weekly"]["tuesday"],
        json!([{"start": "09:00", "end": "17:00"}])
    );
    assert_eq!(schedule["overrides"], json!([]));

    let from = w.start - TimeDelta::days(1);
    let to = w.start + TimeDelta::days(3);
    let blocks = app
        .get(
            &format!("/v1/hosts/{}/busy-blocks?from={}&to={}", a.host, q(from), q(to)),
            key,
        )
        .await
        .expect(200);
    assert_eq!(ids(&blocks), [a.busy_block.as_str()]);

    let event_type = app
        .get(&format!("/v1/event-types/{}", a.event_type), key)
        .await
        .expect(200);
    assert_eq!(event_type["title"], "Intro");
    assert_eq!(event_type["hosts"], json!([a.host]));

    let booking = app.get(&format!("/v1/bookings/{}", a.booking), key).await.expect(200);
    assert_eq!(booking["status"], "confirmed");
    assert_eq!(booking["sequence"], 0);
    assert_eq!(
        booking["start"].as_str().map(str::parse::<DateTime<Utc>>),
        Some(Ok(w.start))
    );

    let me = app.get("/v1/organization", key).await.expect(200);
    assert_eq!(me["id"], a.org.id);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn another_organisations_hosts_are_invisible(pool: sqlx::PgPool) {
    let w = world(pool).await;
    let (app, a, b) = (&w.app, &w.a, &w.b);
    let key = Some(b.org.key.as_str());
    let host = format!("/v1/hosts/{}", a.host);
    let range = format!(
        "from={}&to={}",
        q(w.start - TimeDelta::days(1)),
        q(w.start + TimeDelta::days(3))
    );

    app.get(&host, key).await.problem(404, "not_found");
    app.patch(&host, key, json!({"name": "Hijacked"}))
        .await
        .problem(404, "not_found");
    app.get(&format!("{host}/availability"), key)
        .await
        .problem(404, "not_found");
    app.put(
        &format!("{host}/availability"),
        key,
        json!({"time_zone": "UTC", "weekly": {"sunday": [{"start": "00:00", "end": "24:00"}]}}),
    )
    .await
    .problem(404, "not_found");
    app.get(&format!("{host}/busy-blocks?{range}"), key)
        .await
        .problem(404, "not_found");
    app.post(
        &format!("{host}/busy-blocks"),
        key,
        json!({"start": w.start, "end": w.start + TimeDelta::hours(8)}),
    )
    .await
    .problem(404, "not_found");
    app.delete(&format!("{host}/busy-blocks/{}", a.busy_block), key)
        .await
        .problem(404, "not_found");
    // Nor through B's own host.
    app.delete(&format!("/v1/hosts/{}/busy-blocks/{}", b.host, a.busy_block), key)
        .await
        .problem(404, "not_found");

    let hosts = app.get("/v1/hosts", key).await.expect(200);
    assert_eq!(ids(&hosts), [b.host.as_str()]);

    assert_a_unchanged(&w).await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn another_organisations_event_types_are_invisible(pool: sqlx::PgPool) {
    let w = world(pool).await;
    let (app, a, b) = (&w.app, &w.a, &w.b);
    let key = Some(b.org.key.as_str());
    let event_type = format!("/v1/event-types/{}", a.event_type);

    app.get(&event_type, key).await.problem(404, "not_found");
    app.patch(&event_type, key, json!({"title": "Hijacked"}))
        .await
        .problem(404, "not_found");
    app.delete(&event_type, key).await.problem(404, "not_found");

    let listed = app.get("/v1/event-types", key).await.expect(200);
    assert_eq!(ids(&listed), [b.event_type.as_str()]);

    // A's host cannot be named in B's event types, new or existing.
    let problem = app
        .post(
            "/v1/event-types",
            key,
            json!({"slug": "steal", "title": "Steal", "duration_minutes": 30, "hosts": [a.host]}),
        )
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "hosts");
    let problem = app
        .patch(
            &format!("/v1/event-types/{}", b.event_type),
            key,
            json!({"kind": "collective", "hosts": [b.host, a.host]}),
        )
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "hosts");
    let b_event_type = app
        .get(&format!("/v1/event-types/{}", b.event_type), key)
        .await
        .expect(200);
    assert_eq!(b_event_type["hosts"], json!([b.host]));
    assert_eq!(b_event_type["kind"], "single");

    assert_a_unchanged(&w).await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn another_organisations_bookings_are_invisible(pool: sqlx::PgPool) {
    let w = world(pool).await;
    let (app, a, b) = (&w.app, &w.a, &w.b);
    let key = Some(b.org.key.as_str());
    let booking = format!("/v1/bookings/{}", a.booking);

    app.get(&booking, key).await.problem(404, "not_found");
    app.post(&format!("{booking}/cancel"), key, json!({"reason": "hijacked"}))
        .await
        .problem(404, "not_found");
    app.post(
        &format!("{booking}/reschedule"),
        key,
        json!({"start": w.start + TimeDelta::hours(2)}),
    )
    .await
    .problem(404, "not_found");

    let range = format!(
        "from={}&to={}",
        q(w.start - TimeDelta::days(1)),
        q(w.start + TimeDelta::days(7))
    );
    let listed = app.get(&format!("/v1/bookings?{range}"), key).await.expect(200);
    assert_eq!(ids(&listed), [b.booking.as_str()]);
    let filtered = app
        .get(&format!("/v1/bookings?{range}&host={}", a.host), key)
        .await
        .expect(200);
    assert_eq!(ids(&filtered), Vec::<String>::new());
    let own = app
        .get(&format!("/v1/bookings?{range}"), Some(&a.org.key))
        .await
        .expect(200);
    assert_eq!(ids(&own), [a.booking.as_str()]);

    assert_a_unchanged(&w).await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn another_organisations_api_keys_are_invisible(pool: sqlx::PgPool) {
    let w = world(pool).await;
    let (app, a, b) = (&w.app, &w.a, &w.b);
    let key = Some(b.org.key.as_str());

    app.delete(&format!("/v1/api-keys/{}", a.key_id), key)
        .await
        .problem(404, "not_found");
    let listed = app.get("/v1/api-keys", key).await.expect(200);
    assert_eq!(ids(&listed), [b.key_id.as_str()]);

    // B's key speaks for B only.
    let me = app.get("/v1/organization", key).await.expect(200);
    assert_eq!(me["id"], b.org.id);
    assert_eq!(me["slug"], "globex");

    assert_a_unchanged(&w).await;
}
