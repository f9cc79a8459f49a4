//! Event types: create with defaults, validation, list, read, update, delete, and the
//! public description behind their link.

use chrono::Weekday;
use chrono_tz::Europe::Berlin;
use serde_json::{Value, json};

use crate::helpers::{Org, TestApp, at, next};

const UNKNOWN_EVENT_TYPE: &str = "evt_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b";

fn ids(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect()
}

async fn event_type_count(app: &TestApp) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT count(*) FROM event_types")
        .fetch_one(&app.pool)
        .await
        .expect("count event types")
}

async fn setup(app: &TestApp) -> (Org, String) {
    let org = app.sign_up("acme").await;
    let host = app.host(&org, "Ana", "Europe/Berlin").await;
    (org, host)
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn create_fills_in_defaults(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let created = app
        .event_type(
            &org,
            json!({"slug": "intro", "title": "Intro call", "duration_minutes": 45, "hosts": [host]}),
        )
        .await;
    assert!(created["id"].as_str().expect("id").starts_with("evt_"));
    assert_eq!(created["slug"], "intro");
    assert_eq!(created["title"], "Intro call");
    assert_eq!(created["description"], "");
    assert_eq!(created["kind"], "single");
    assert_eq!(created["duration_minutes"], 45);
    assert_eq!(created["slot_step_minutes"], 45);
    assert_eq!(created["location"], "");
    assert_eq!(created["buffer_before_minutes"], 0);
    assert_eq!(created["buffer_after_minutes"], 0);
    assert_eq!(created["min_notice_minutes"], 0);
    assert_eq!(created["horizon_days"], 60);
    assert_eq!(created["max_per_day"], Value::Null);
    assert_eq!(created["hosts"], json!([host]));

    let fetched = app
        .get(
            &format!("/v1/event-types/{}", created["id"].as_str().expect("id")),
            Some(&org.key),
        )
        .await
        .expect(200);
    assert_eq!(fetched, created);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn create_accepts_every_field(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, ana) = setup(&app).await;
    let bea = app.host(&org, "Bea", "Europe/Berlin").await;
    let created = app
        .event_type(
            &org,
            json!({
                "slug": "team-demo", "title": "Team demo", "description": "A demo.", "kind": "round_robin",
                "duration_minutes": 60, "slot_step_minutes": 15, "location": "https://meet.example/demo",
                "buffer_before_minutes": 5, "buffer_after_minutes": 10, "min_notice_minutes": 120,
                "horizon_days": 30, "max_per_day": 3, "hosts": [bea, ana]
            }),
        )
        .await;
    assert_eq!(created["kind"], "round_robin");
    assert_eq!(created["slot_step_minutes"], 15);
    assert_eq!(created["location"], "https://meet.example/demo");
    assert_eq!(created["buffer_before_minutes"], 5);
    assert_eq!(created["buffer_after_minutes"], 10);
    assert_eq!(created["min_notice_minutes"], 120);
    assert_eq!(created["horizon_days"], 30);
    assert_eq!(created["max_per_day"], 3);
    // Host order is kept.
    assert_eq!(created["hosts"], json!([bea, ana]));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn invalid_event_types_name_the_field(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, ana) = setup(&app).await;
    let bea = app.host(&org, "Bea", "Europe/Berlin").await;
    let other = app.sign_up("globex").await;
    let foreign = app.host(&other, "Zed", "Europe/Berlin").await;
    let base = json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [ana]});
    let with = |field: &str, value: Value| {
        let mut body = base.clone();
        body[field] = value;
        body
    };
    let without = |field: &str| {
        let mut body = base.clone();
        body.as_object_mut().expect("object").remove(field);
        body
    };

    let cases = [
        (without("slug"), "slug"),
        (without("title"), "title"),
        (without("duration_minutes"), "duration_minutes"),
        (without("hosts"), "hosts"),
        (with("duration_minutes", json!(3)), "duration_minutes"),
        (with("duration_minutes", json!(721)), "duration_minutes"),
        (with("slot_step_minutes", json!(0)), "slot_step_minutes"),
        (with("slug", json!("Intro Call")), "slug"),
        (with("title", json!(" ")), "title"),
        (with("hosts", json!([ana, bea])), "hosts"),
        (with("hosts", json!([])), "hosts"),
        (with("hosts", json!([foreign])), "hosts"),
        (
            json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "kind": "collective", "hosts": [ana, ana]}),
            "hosts",
        ),
        (with("max_per_day", json!(0)), "max_per_day"),
        (with("horizon_days", json!(-1)), "horizon_days"),
        (with("hosts", json!(["nope"])), "hosts[0]"),
        (with("kind", json!("party")), "kind"),
        (with("duration_minutes", json!("30")), "duration_minutes"),
    ];
    for (body, field) in cases {
        let problem = app
            .post("/v1/event-types", Some(&org.key), body.clone())
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], field, "body {body}: {problem}");
    }

    let problem = app
        .post("/v1/event-types", Some(&org.key), with("colour", json!("blue")))
        .await
        .problem(422, "invalid_field");
    assert!(
        problem["detail"].as_str().expect("detail").contains("colour"),
        "{problem}"
    );

    assert_eq!(event_type_count(&app).await, 0);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn duplicate_slug_is_a_conflict(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let body = json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [host]});
    app.event_type(&org, body.clone()).await;
    app.post("/v1/event-types", Some(&org.key), body.clone())
        .await
        .problem(409, "slug_taken");
    assert_eq!(event_type_count(&app).await, 1);

    // Slugs are per organisation.
    let other = app.sign_up("globex").await;
    let theirs = app.host(&other, "Zed", "Europe/Berlin").await;
    app.event_type(
        &other,
        json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [theirs]}),
    )
    .await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn event_types_are_listed_page_by_page(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let mut created = Vec::new();
    for slug in ["one", "two", "three"] {
        let body = app
            .event_type(
                &org,
                json!({"slug": slug, "title": slug, "duration_minutes": 30, "hosts": [host]}),
            )
            .await;
        created.push(body["id"].as_str().expect("id").to_owned());
    }

    let first = app.get("/v1/event-types?limit=2", Some(&org.key)).await.expect(200);
    assert_eq!(ids(&first), created[..2]);
    let cursor = first["next_cursor"].as_str().expect("next_cursor");
    let second = app
        .get(&format!("/v1/event-types?limit=2&cursor={cursor}"), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(ids(&second), created[2..]);
    assert_eq!(second["next_cursor"], Value::Null);

    let all = app.get("/v1/event-types", Some(&org.key)).await.expect(200);
    assert_eq!(ids(&all), created);
    assert_eq!(all["data"][0]["slug"], "one");
    assert_eq!(all["data"][0]["hosts"], json!([host]));

    app.get("/v1/event-types?cursor=nope", Some(&org.key))
        .await
        .problem(422, "invalid_cursor");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn unknown_ids_are_404(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, _) = setup(&app).await;
    for id in [UNKNOWN_EVENT_TYPE, "nope", "hst_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b"] {
        let path = format!("/v1/event-types/{id}");
        app.get(&path, Some(&org.key)).await.problem(404, "not_found");
        app.patch(&path, Some(&org.key), json!({"title": "X"}))
            .await
            .problem(404, "not_found");
        app.delete(&path, Some(&org.key)).await.problem(404, "not_found");
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn patch_changes_only_the_given_fields(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, ana) = setup(&app).await;
    let bea = app.host(&org, "Bea", "Europe/Berlin").await;
    let created = app
        .event_type(
            &org,
            json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [ana]}),
        )
        .await;
    let path = format!("/v1/event-types/{}", created["id"].as_str().expect("id"));

    let retitled = app
        .patch(&path, Some(&org.key), json!({"title": "First call"}))
        .await
        .expect(200);
    assert_eq!(retitled["title"], "First call");
    assert_eq!(retitled["slug"], "intro");
    assert_eq!(retitled["duration_minutes"], 30);
    assert_eq!(retitled["hosts"], json!([ana]));
    assert_eq!(retitled["created_at"], created["created_at"]);

    // A step that followed the duration keeps following it.
    let longer = app
        .patch(&path, Some(&org.key), json!({"duration_minutes": 45}))
        .await
        .expect(200);
    assert_eq!(longer["slot_step_minutes"], 45);
    let stepped = app
        .patch(&path, Some(&org.key), json!({"slot_step_minutes": 15}))
        .await
        .expect(200);
    let shorter = app
        .patch(&path, Some(&org.key), json!({"duration_minutes": 30}))
        .await
        .expect(200);
    assert_eq!(stepped["slot_step_minutes"], 15);
    assert_eq!(shorter["slot_step_minutes"], 15, "an explicit step stays");

    // Adding a host while the kind is still single is refused; changing both together is not.
    let problem = app
        .patch(&path, Some(&org.key), json!({"hosts": [ana, bea]}))
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "hosts");
    let collective = app
        .patch(
            &path,
            Some(&org.key),
            json!({"kind": "collective", "hosts": [ana, bea]}),
        )
        .await
        .expect(200);
    assert_eq!(collective["kind"], "collective");
    assert_eq!(collective["hosts"], json!([ana, bea]));
    assert_eq!(collective["title"], "First call");

    let limited = app
        .patch(&path, Some(&org.key), json!({"max_per_day": 2}))
        .await
        .expect(200);
    assert_eq!(limited["max_per_day"], 2);
    // Leaving the field out keeps the limit …
    let kept = app
        .patch(&path, Some(&org.key), json!({"location": "Room 1"}))
        .await
        .expect(200);
    assert_eq!(kept["max_per_day"], 2);
    assert_eq!(kept["location"], "Room 1");
    // … and an explicit null clears it.
    let cleared = app
        .patch(&path, Some(&org.key), json!({"max_per_day": null}))
        .await
        .expect(200);
    assert_eq!(cleared["max_per_day"], Value::Null);

    let fetched = app.get(&path, Some(&org.key)).await.expect(200);
    assert_eq!(fetched["kind"], "collective");
    assert_eq!(fetched["hosts"], json!([ana, bea]));
    assert_eq!(fetched["title"], "First call");
    assert_eq!(fetched["location"], "Room 1");
    assert_eq!(fetched["max_per_day"], Value::Null);

    // Renaming onto another event type's slug is a conflict.
    app.event_type(
        &org,
        json!({"slug": "demo", "title": "Demo", "duration_minutes": 30, "hosts": [ana]}),
    )
    .await;
    app.patch(&path, Some(&org.key), json!({"slug": "demo"}))
        .await
        .problem(409, "slug_taken");
    assert_eq!(app.get(&path, Some(&org.key)).await.expect(200)["slug"], "intro");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn unbooked_event_types_can_be_deleted(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let created = app
        .event_type(
            &org,
            json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [host]}),
        )
        .await;
    let path = format!("/v1/event-types/{}", created["id"].as_str().expect("id"));

    let reply = app.delete(&path, Some(&org.key)).await;
    assert_eq!(reply.expect(204), Value::Null);
    app.get(&path, Some(&org.key)).await.problem(404, "not_found");
    app.delete(&path, Some(&org.key)).await.problem(404, "not_found");
    app.get("/v1/public/event-types/acme/intro", None)
        .await
        .problem(404, "not_found");
    assert_eq!(event_type_count(&app).await, 0);

    // The slug is free again.
    app.event_type(
        &org,
        json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [host]}),
    )
    .await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn booked_event_types_cannot_be_deleted(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    let created = app
        .event_type(
            &org,
            json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [host]}),
        )
        .await;
    let path = format!("/v1/event-types/{}", created["id"].as_str().expect("id"));
    let start = at(Berlin, next(Weekday::Tue, Berlin), "10:00");
    let booking = app.book(&org, "intro", start, "carla@example.com").await.expect(201);

    app.delete(&path, Some(&org.key))
        .await
        .problem(409, "event_type_in_use");
    assert_eq!(app.get(&path, Some(&org.key)).await.expect(200)["id"], created["id"]);
    let kept = app
        .get(
            &format!("/v1/bookings/{}", booking["id"].as_str().expect("id")),
            Some(&org.key),
        )
        .await
        .expect(200);
    assert_eq!(kept["status"], "confirmed");
    assert_eq!(kept["event_type_id"], created["id"]);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn the_public_link_describes_the_event_type(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = setup(&app).await;
    app.event_type(
        &org,
        json!({"slug": "intro", "title": "Intro", "description": "Say hi.", "duration_minutes": 30,
               "location": "Room 1", "hosts": [host], "min_notice_minutes": 60}),
    )
    .await;
    let public = app.get("/v1/public/event-types/acme/intro", None).await.expect(200);
    assert_eq!(
        public,
        json!({"organization": "acme", "slug": "intro", "title": "Intro", "description": "Say hi.",
               "kind": "single", "duration_minutes": 30, "min_notice_minutes": 60, "location": "Room 1"})
    );

    app.get("/v1/public/event-types/acme/nope", None)
        .await
        .problem(404, "not_found");
    app.get("/v1/public/event-types/nope/intro", None)
        .await
        .problem(404, "not_found");
    app.get("/v1/public/event-types/acme/nope/slots", None)
        .await
        .problem(404, "not_found");
    // Another organisation's slug does not reach this event type.
    app.sign_up("globex").await;
    app.get("/v1/public/event-types/globex/intro", None)
        .await
        .problem(404, "not_found");
    app.get(&format!("/v1/public/event-types/{}/intro", org.slug), None)
        .await
        .expect(200);
}
