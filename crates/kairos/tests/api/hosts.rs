//! Hosts (create, list, read, update), request-body errors, and busy blocks.

use chrono::{TimeDelta, Weekday};
use chrono_tz::Europe::Berlin;
use serde_json::{Value, json};

use crate::helpers::{Org, TestApp, at, next, q};

const UNKNOWN_HOST: &str = "hst_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b";
const UNKNOWN_BLOCK: &str = "bsy_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b";

async fn create(app: &TestApp, org: &Org, body: Value) -> Value {
    app.post("/v1/hosts", Some(&org.key), body).await.expect(201)
}

fn ids(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect()
}

/// A raw request to `path` with the org's key, this content type and this body.
async fn raw(
    app: &TestApp,
    org: &Org,
    path: &str,
    content_type: &str,
    body: impl Into<reqwest::Body>,
) -> crate::helpers::Reply {
    let request = app
        .client
        .post(format!("{}{path}", app.base))
        .bearer_auth(&org.key)
        .header("content-type", content_type)
        .body(body);
    app.reply(request).await
}

async fn host_count(app: &TestApp) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT count(*) FROM hosts")
        .fetch_one(&app.pool)
        .await
        .expect("count hosts")
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn create_normalises_email_and_zone(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let host = create(
        &app,
        &org,
        json!({"name": "  Ana Lima ", "email": " Ana.Lima@ACME.Example ", "time_zone": "europe/berlin"}),
    )
    .await;
    assert!(host["id"].as_str().expect("id").starts_with("hst_"));
    assert_eq!(host["name"], "Ana Lima");
    assert_eq!(host["email"], "ana.lima@acme.example");
    assert_eq!(host["time_zone"], "Europe/Berlin");
    assert!(host["created_at"].is_string());

    let fetched = app
        .get(
            &format!("/v1/hosts/{}", host["id"].as_str().expect("id")),
            Some(&org.key),
        )
        .await
        .expect(200);
    assert_eq!(fetched, host);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn new_hosts_work_monday_to_friday_nine_to_five(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let host = app.host(&org, "Ana", "America/Sao_Paulo").await;
    let schedule = app
        .get(&format!("/v1/hosts/{host}/availability"), Some(&org.key))
        .await
        .expect(200);
    let nine_to_five = json!([{"start": "09:00", "end": "17:00"}]);
    assert_eq!(
        schedule,
        json!({
            "time_zone": "America/Sao_Paulo",
            "weekly": {
                "monday": nine_to_five, "tuesday": nine_to_five, "wednesday": nine_to_five,
                "thursday": nine_to_five, "friday": nine_to_five, "saturday": [], "sunday": []
            },
            "overrides": []
        })
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn invalid_fields_are_named(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;

    let problem = app
        .post(
            "/v1/hosts",
            Some(&org.key),
            json!({"name": "Ana", "email": "ana@acme.example", "time_zone": "Mars/Olympus"}),
        )
        .await
        .problem(422, "unknown_time_zone");
    assert_eq!(problem["field"], "time_zone");

    for email in ["ana", "ana@localhost", "ana lima@acme.example", ""] {
        let problem = app
            .post(
                "/v1/hosts",
                Some(&org.key),
                json!({"name": "Ana", "email": email, "time_zone": "UTC"}),
            )
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], "email", "email {email:?}");
    }

    for name in ["", "   "] {
        let problem = app
            .post(
                "/v1/hosts",
                Some(&org.key),
                json!({"name": name, "email": "ana@acme.example", "time_zone": "UTC"}),
            )
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], "name", "name {name:?}");
    }

    let problem = app
        .post(
            "/v1/hosts",
            Some(&org.key),
            json!({"email": "ana@acme.example", "time_zone": "UTC"}),
        )
        .await
        .problem(422, "invalid_field");
    assert!(
        problem["detail"].as_str().expect("detail").contains("name"),
        "{problem}"
    );

    assert_eq!(host_count(&app).await, 0);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn duplicate_email_is_a_conflict(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    create(
        &app,
        &org,
        json!({"name": "Ana", "email": "ana@acme.example", "time_zone": "UTC"}),
    )
    .await;
    // The comparison is on the lower-cased address.
    app.post(
        "/v1/hosts",
        Some(&org.key),
        json!({"name": "Ana 2", "email": "ANA@acme.example", "time_zone": "UTC"}),
    )
    .await
    .problem(409, "email_taken");
    assert_eq!(host_count(&app).await, 1);

    // Another organisation may use the same address.
    let other = app.sign_up("globex").await;
    create(
        &app,
        &other,
        json!({"name": "Ana", "email": "ana@acme.example", "time_zone": "UTC"}),
    )
    .await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn hosts_are_listed_page_by_page(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let mut created = Vec::new();
    for name in ["Ana", "Bea", "Caio"] {
        created.push(app.host(&org, name, "UTC").await);
    }

    let first = app.get("/v1/hosts?limit=2", Some(&org.key)).await.expect(200);
    assert_eq!(ids(&first), created[..2]);
    let cursor = first["next_cursor"].as_str().expect("next_cursor");

    let second = app
        .get(&format!("/v1/hosts?limit=2&cursor={cursor}"), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(ids(&second), created[2..]);
    assert_eq!(second["next_cursor"], Value::Null);

    let all = app.get("/v1/hosts", Some(&org.key)).await.expect(200);
    assert_eq!(ids(&all), created);
    assert_eq!(all["next_cursor"], Value::Null);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn unknown_and_malformed_ids_are_404(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    for path in [
        "/v1/hosts/nope".to_owned(),
        format!("/v1/hosts/{UNKNOWN_HOST}"),
        "/v1/hosts/evt_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b".to_owned(),
    ] {
        app.get(&path, Some(&org.key)).await.problem(404, "not_found");
        app.patch(&path, Some(&org.key), json!({"name": "X"}))
            .await
            .problem(404, "not_found");
        app.get(&format!("{path}/availability"), Some(&org.key))
            .await
            .problem(404, "not_found");
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn patch_changes_only_the_given_fields(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let host = create(
        &app,
        &org,
        json!({"name": "Ana", "email": "ana@acme.example", "time_zone": "UTC"}),
    )
    .await;
    let path = format!("/v1/hosts/{}", host["id"].as_str().expect("id"));

    let renamed = app
        .patch(&path, Some(&org.key), json!({"name": "Ana Lima"}))
        .await
        .expect(200);
    assert_eq!(renamed["name"], "Ana Lima");
    assert_eq!(renamed["email"], "ana@acme.example");
    assert_eq!(renamed["time_zone"], "UTC");

    let moved = app
        .patch(&path, Some(&org.key), json!({"time_zone": "asia/tokyo"}))
        .await
        .expect(200);
    assert_eq!(moved["name"], "Ana Lima");
    assert_eq!(moved["time_zone"], "Asia/Tokyo");
    assert_eq!(moved["id"], host["id"]);
    assert_eq!(moved["created_at"], host["created_at"]);

    let problem = app
        .patch(&path, Some(&org.key), json!({"time_zone": "Nowhere/Special"}))
        .await
        .problem(422, "unknown_time_zone");
    assert_eq!(problem["field"], "time_zone");
    let problem = app
        .patch(&path, Some(&org.key), json!({"name": ""}))
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "name");

    assert_eq!(app.get(&path, Some(&org.key)).await.expect(200), moved);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn patch_to_a_taken_email_is_a_conflict(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    create(
        &app,
        &org,
        json!({"name": "Ana", "email": "ana@acme.example", "time_zone": "UTC"}),
    )
    .await;
    let bea = create(
        &app,
        &org,
        json!({"name": "Bea", "email": "bea@acme.example", "time_zone": "UTC"}),
    )
    .await;
    let path = format!("/v1/hosts/{}", bea["id"].as_str().expect("id"));

    app.patch(&path, Some(&org.key), json!({"email": "Ana@Acme.Example"}))
        .await
        .problem(409, "email_taken");
    assert_eq!(
        app.get(&path, Some(&org.key)).await.expect(200)["email"],
        "bea@acme.example"
    );

    // Keeping one's own address is not a conflict.
    let same = app
        .patch(&path, Some(&org.key), json!({"email": "bea@acme.example"}))
        .await
        .expect(200);
    assert_eq!(same["email"], "bea@acme.example");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn unreadable_bodies_are_refused_precisely(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let valid = r#"{"name": "Ana", "email": "ana@acme.example", "time_zone": "UTC"}"#;

    raw(&app, &org, "/v1/hosts", "application/json", r#"{"name": "Ana", "#)
        .await
        .problem(400, "malformed_json");
    raw(&app, &org, "/v1/hosts", "application/json", format!("{valid} trailing"))
        .await
        .problem(400, "malformed_json");
    raw(&app, &org, "/v1/hosts", "text/plain", valid)
        .await
        .problem(415, "unsupported_media_type");

    let problem = app
        .post(
            "/v1/hosts",
            Some(&org.key),
            json!({"name": "Ana", "email": "ana@acme.example", "time_zone": "UTC", "role": "admin"}),
        )
        .await
        .problem(422, "invalid_field");
    assert!(
        problem["detail"].as_str().expect("detail").contains("role"),
        "{problem}"
    );

    let problem = app
        .post(
            "/v1/hosts",
            Some(&org.key),
            json!({"name": 5, "email": "ana@acme.example", "time_zone": "UTC"}),
        )
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "name");

    let huge = json!({"name": "a".repeat(70 * 1024), "email": "ana@acme.example", "time_zone": "UTC"});
    app.post("/v1/hosts", Some(&org.key), huge)
        .await
        .problem(413, "payload_too_large");

    assert_eq!(host_count(&app).await, 0);
    // The same body, properly sent, is accepted.
    raw(&app, &org, "/v1/hosts", "application/json; charset=utf-8", valid)
        .await
        .expect(201);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn busy_blocks_can_be_added_listed_and_removed(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let host = app.host(&org, "Ana", "Europe/Berlin").await;
    let day = next(Weekday::Tue, Berlin);
    let (start, end) = (at(Berlin, day, "10:00"), at(Berlin, day, "11:30"));
    let path = format!("/v1/hosts/{host}/busy-blocks");

    let block = app
        .post(
            &path,
            Some(&org.key),
            json!({"start": start, "end": end, "title": "Dentist"}),
        )
        .await
        .expect(201);
    let block_id = block["id"].as_str().expect("id").to_owned();
    assert!(block_id.starts_with("bsy_"));
    assert_eq!(block["host_id"], host.as_str());
    assert_eq!(block["title"], "Dentist");
    assert_eq!(
        block["start"].as_str().map(str::parse::<chrono::DateTime<chrono::Utc>>),
        Some(Ok(start))
    );
    assert_eq!(
        block["end"].as_str().map(str::parse::<chrono::DateTime<chrono::Utc>>),
        Some(Ok(end))
    );

    // A block on another day, outside the range listed below.
    let later = start + TimeDelta::days(7);
    let other = app
        .post(
            &path,
            Some(&org.key),
            json!({"start": later, "end": later + TimeDelta::hours(1)}),
        )
        .await
        .expect(201);
    assert_eq!(other["title"], "");

    let from = at(Berlin, day, "00:00");
    let to = from + TimeDelta::days(1);
    let listed = app
        .get(&format!("{path}?from={}&to={}", q(from), q(to)), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(ids(&listed), [block_id.as_str()]);
    assert_eq!(listed["next_cursor"], Value::Null);

    // A `+` offset the client did not percent-encode arrives as a space and is still read.
    let from_plus = from.format("%Y-%m-%dT%H:%M:%S+00:00").to_string();
    let to_plus = (from + TimeDelta::days(8))
        .format("%Y-%m-%dT%H:%M:%S+00:00")
        .to_string();
    let both = app
        .get(&format!("{path}?from={from_plus}&to={to_plus}"), Some(&org.key))
        .await
        .expect(200);
    let mut expected = vec![block_id.clone(), other["id"].as_str().expect("id").to_owned()];
    expected.sort();
    let mut got = ids(&both);
    got.sort();
    assert_eq!(got, expected);

    let reply = app.delete(&format!("{path}/{block_id}"), Some(&org.key)).await;
    assert_eq!(reply.expect(204), Value::Null);
    app.delete(&format!("{path}/{block_id}"), Some(&org.key))
        .await
        .problem(404, "not_found");
    app.delete(&format!("{path}/{UNKNOWN_BLOCK}"), Some(&org.key))
        .await
        .problem(404, "not_found");
    app.delete(&format!("{path}/nope"), Some(&org.key))
        .await
        .problem(404, "not_found");

    let after = app
        .get(&format!("{path}?from={}&to={}", q(from), q(to)), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(ids(&after), Vec::<String>::new());
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn busy_block_errors_name_the_field(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let host = app.host(&org, "Ana", "Europe/Berlin").await;
    let day = next(Weekday::Tue, Berlin);
    let (start, end) = (at(Berlin, day, "10:00"), at(Berlin, day, "11:00"));
    let path = format!("/v1/hosts/{host}/busy-blocks");

    // Instants closer than PostgreSQL's microsecond are the same instant once stored.
    let almost = start + chrono::TimeDelta::nanoseconds(500);
    for (s, e) in [(end, start), (start, start), (start, almost)] {
        let problem = app
            .post(&path, Some(&org.key), json!({"start": s, "end": e}))
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], "end");
    }
    let problem = app
        .post(&path, Some(&org.key), json!({"start": "tomorrow", "end": end}))
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "start");

    app.post(
        &format!("/v1/hosts/{UNKNOWN_HOST}/busy-blocks"),
        Some(&org.key),
        json!({"start": start, "end": end}),
    )
    .await
    .problem(404, "not_found");

    for query in [String::new(), format!("?from={}", q(start)), format!("?to={}", q(end))] {
        app.get(&format!("{path}{query}"), Some(&org.key))
            .await
            .problem(422, "invalid_query");
    }
    let problem = app
        .get(&format!("{path}?from=yesterday&to={}", q(end)), Some(&org.key))
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "from");
    let problem = app
        .get(&format!("{path}?from={}&to={}", q(end), q(start)), Some(&org.key))
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "to");

    let listed = app
        .get(&format!("{path}?from={}&to={}", q(start), q(end)), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(ids(&listed), Vec::<String>::new());
}
