//! Webhooks: the endpoint API, and deliveries to a real HTTP receiver, checked with the
//! Standard Webhooks reference verifier (Python, `KAIROS_TEST_PYTHON`).

use std::time::{Duration, Instant};

use chrono::Utc;
use kairos::config::Config;
use kairos::ids::{BookingId, EventTypeId, HostId, OrgId, WebhookId};
use kairos::model::events::{DomainEvent, EventKind};
use kairos::model::{Attendee, Booking, BookingStatus};
use kairos::webhooks::{Delivery, DeliveryError, DropReason, WebhookClient, deliver, sign, subscribers};
use serde_json::{Value, json};

use crate::helpers::receiver::{Receiver, local_config, reference_verify};
use crate::helpers::{Org, TestApp};

const UNKNOWN_WEBHOOK: &str = "whk_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b";

async fn create(app: &TestApp, org: &Org, url: &str, events: &[&str]) -> Value {
    app.post("/v1/webhooks", Some(&org.key), json!({"url": url, "events": events}))
        .await
        .expect(201)
}

fn org_id(org: &Org) -> OrgId {
    org.id.parse().expect("org id")
}

fn webhook_id(webhook: &Value) -> WebhookId {
    webhook["id"].as_str().expect("id").parse().expect("webhook id")
}

fn event(org: &Org, kind: EventKind) -> DomainEvent {
    let start = Utc::now() + chrono::TimeDelta::days(3);
    let booking = Booking {
        id: BookingId::generate(),
        uid: "b0a1c2d3e4f5".to_owned(),
        event_type_id: EventTypeId::generate(),
        status: BookingStatus::Confirmed,
        start,
        end: start + chrono::TimeDelta::minutes(30),
        hosts: vec![HostId::generate()],
        invitee: Attendee {
            name: "Iris Invitee".to_owned(),
            email: kairos::model::values::EmailAddress::parse("iris@example.com").expect("an address"),
            time_zone: kairos_core::Zone::parse("Europe/Paris").expect("a zone"),
        },
        notes: "Ünïcode notes".to_owned(),
        sequence: 0,
        cancel_reason: None,
        cancelled_by: None,
        cancelled_at: None,
        created_at: Utc::now(),
        updated_at: Utc::now(),
    };
    DomainEvent::new(kind, org_id(org), booking, chrono::Utc::now())
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn endpoints_are_created_listed_changed_and_deleted(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;

    let created = app
        .post(
            "/v1/webhooks",
            Some(&org.key),
            json!({"url": "https://crm.acme.example/hooks", "events": ["booking.created"], "description": "CRM"}),
        )
        .await
        .expect(201);
    let id = created["id"].as_str().expect("id").to_owned();
    assert!(id.starts_with("whk_"));
    let secret = created["secret"].as_str().expect("secret shown once");
    let raw = sign::decode_secret(secret).expect("whsec_ + base64");
    assert!(
        secret.starts_with("whsec_") && (24..=64).contains(&raw.len()),
        "{secret}"
    );
    assert_eq!(created["events"], json!(["booking.created"]));
    assert_eq!(created["enabled"], true);
    assert_eq!(created["consecutive_failures"], 0);
    assert_eq!(created["description"], "CRM");

    let fetched = app.get(&format!("/v1/webhooks/{id}"), Some(&org.key)).await.expect(200);
    assert_eq!(fetched["secret"], Value::Null, "the secret is shown only once");
    assert_eq!(fetched["url"], "https://crm.acme.example/hooks");

    let changed = app
        .patch(
            &format!("/v1/webhooks/{id}"),
            Some(&org.key),
            json!({"url": "https://crm.acme.example/v2", "events": ["booking.cancelled", "booking.rescheduled"],
                   "description": "CRM v2", "enabled": false}),
        )
        .await
        .expect(200);
    assert_eq!(changed["url"], "https://crm.acme.example/v2");
    assert_eq!(changed["events"], json!(["booking.cancelled", "booking.rescheduled"]));
    assert_eq!(changed["description"], "CRM v2");
    assert_eq!(changed["enabled"], false);

    let rotated = app
        .post(&format!("/v1/webhooks/{id}/rotate-secret"), Some(&org.key), json!({}))
        .await
        .expect(200);
    assert_ne!(rotated["secret"].as_str().expect("new secret"), secret);

    let mut all = vec![id.clone()];
    for n in 0..2 {
        all.push(
            create(
                &app,
                &org,
                &format!("https://crm.acme.example/{n}"),
                &["booking.created"],
            )
            .await["id"]
                .as_str()
                .expect("id")
                .to_owned(),
        );
    }
    let first = app.get("/v1/webhooks?limit=2", Some(&org.key)).await.expect(200);
    let second = app
        .get(
            &format!(
                "/v1/webhooks?limit=2&cursor={}",
                first["next_cursor"].as_str().expect("cursor")
            ),
            Some(&org.key),
        )
        .await
        .expect(200);
    let listed: Vec<&str> = [&first, &second]
        .iter()
        .flat_map(|page| page["data"].as_array().expect("data"))
        .map(|w| w["id"].as_str().expect("id"))
        .collect();
    assert_eq!(listed, all);
    assert_eq!(second["next_cursor"], Value::Null);

    app.delete(&format!("/v1/webhooks/{id}"), Some(&org.key))
        .await
        .expect(204);
    app.get(&format!("/v1/webhooks/{id}"), Some(&org.key))
        .await
        .problem(404, "not_found");
    app.delete(&format!("/v1/webhooks/{id}"), Some(&org.key))
        .await
        .problem(404, "not_found");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn invalid_endpoints_are_refused_naming_the_field(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let ok_events = json!(["booking.created"]);
    for url in [
        "",
        "crm.acme.example/hooks",
        "ftp://crm.acme.example/",
        "https://",
        "https://user:pw@crm.acme.example/",
    ] {
        let problem = app
            .post("/v1/webhooks", Some(&org.key), json!({"url": url, "events": ok_events}))
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], "url", "url {url:?}: {problem}");
    }
    for url in [
        "http://127.0.0.1:9/hooks",
        "http://10.1.2.3/hooks",
        "http://[::1]/hooks",
    ] {
        let problem = app
            .post("/v1/webhooks", Some(&org.key), json!({"url": url, "events": ok_events}))
            .await
            .problem(422, "address_not_allowed");
        assert_eq!(problem["field"], "url");
        assert!(
            problem["detail"]
                .as_str()
                .expect("detail")
                .contains("KAIROS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES"),
            "{problem}"
        );
    }
    let url = "https://crm.acme.example/hooks";
    let problem = app
        .post("/v1/webhooks", Some(&org.key), json!({"url": url, "events": []}))
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "events");
    let problem = app
        .post(
            "/v1/webhooks",
            Some(&org.key),
            json!({"url": url, "events": ["booking.created", "booking.deleted"]}),
        )
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "events[1]");
    assert!(problem["detail"].as_str().expect("detail").contains("booking.deleted"));
    let problem = app
        .post("/v1/webhooks", Some(&org.key), json!({"url": url}))
        .await
        .problem(422, "invalid_field");
    assert!(
        problem["detail"].as_str().expect("detail").contains("events"),
        "{problem}"
    );

    let webhook = create(&app, &org, url, &["booking.created"]).await;
    let path = format!("/v1/webhooks/{}", webhook["id"].as_str().expect("id"));
    let problem = app
        .patch(&path, Some(&org.key), json!({"events": []}))
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "events");
    let problem = app
        .patch(&path, Some(&org.key), json!({"url": "nope"}))
        .await
        .problem(422, "invalid_field");
    assert_eq!(problem["field"], "url");

    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM webhooks")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(count, 1);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn other_tenants_endpoints_are_not_found(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let acme = app.sign_up("acme").await;
    let globex = app.sign_up("globex").await;
    let webhook = create(&app, &acme, "https://crm.acme.example/hooks", &["booking.created"]).await;
    let id = webhook["id"].as_str().expect("id");

    for target in [id, UNKNOWN_WEBHOOK, "nope"] {
        let path = format!("/v1/webhooks/{target}");
        app.get(&path, Some(&globex.key)).await.problem(404, "not_found");
        app.patch(&path, Some(&globex.key), json!({"enabled": false}))
            .await
            .problem(404, "not_found");
        app.post(&format!("{path}/rotate-secret"), Some(&globex.key), json!({}))
            .await
            .problem(404, "not_found");
        app.get(&format!("{path}/deliveries"), Some(&globex.key))
            .await
            .problem(404, "not_found");
        app.delete(&path, Some(&globex.key)).await.problem(404, "not_found");
    }
    let listed = app.get("/v1/webhooks", Some(&globex.key)).await.expect(200);
    assert_eq!(listed["data"], json!([]));
    app.get("/v1/webhooks", None).await.problem(401, "unauthenticated");

    // Untouched by the other tenant's attempts.
    let fetched = app
        .get(&format!("/v1/webhooks/{id}"), Some(&acme.key))
        .await
        .expect(200);
    assert_eq!(fetched["enabled"], true);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs standardwebhooks (Python): scripts/test.sh provides it (KAIROS_TEST_PYTHON)"]
async fn deliveries_are_signed_as_the_reference_verifier_expects(pool: sqlx::PgPool) {
    let config = local_config();
    let client = WebhookClient::from_config(&config).expect("client");
    let app = TestApp::spawn_with(pool, config).await;
    let org = app.sign_up("acme").await;
    let receiver = Receiver::start().await;
    let webhook = create(&app, &org, &receiver.url(), &["booking.created"]).await;
    let secret = webhook["secret"].as_str().expect("secret");
    let event = event(&org, EventKind::BookingCreated);

    let outcome = deliver(&app.pool, &client, org_id(&org), webhook_id(&webhook), &event, 1)
        .await
        .expect("delivered");
    let Delivery::Delivered(attempt) = outcome else {
        panic!("expected a delivery, got {outcome:?}");
    };
    assert_eq!(attempt.status_code, Some(204));

    let requests = receiver.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.header("webhook-id"), event.id.to_string());
    assert_eq!(request.header("content-type"), "application/json");
    let timestamp: i64 = request.header("webhook-timestamp").parse().expect("unix seconds");
    assert!((Utc::now().timestamp() - timestamp).abs() < 60);
    assert!(request.header("webhook-signature").starts_with("v1,"));
    let body: Value = serde_json::from_slice(&request.body).expect("JSON body");
    assert_eq!(body["type"], "booking.created");
    assert_eq!(body["id"], event.id.to_string());
    assert_eq!(body["org_id"], org.id);
    assert_eq!(body["data"]["invitee"]["email"], "iris@example.com");
    assert!(
        body["data"].get("uid").is_none(),
        "the invitee's secret link stays in Kairos"
    );
    assert!(body["timestamp"].is_string());

    reference_verify(secret, &request.body, request)
        .await
        .expect("the reference verifier accepts the delivery");
    let mut tampered = request.body.to_vec();
    let at = tampered.iter().position(|b| *b == b'I').expect("an I in the body");
    tampered[at] = b'J';
    let refusal = reference_verify(secret, &tampered, request)
        .await
        .expect_err("a tampered body must not verify");
    assert!(refusal.starts_with("refused"), "{refusal}");
    sign::verify(
        secret,
        &request.header("webhook-id"),
        timestamp,
        &request.body,
        &request.header("webhook-signature"),
        Utc::now().timestamp(),
    )
    .expect("our own verifier agrees");

    // A retry is the same message: same webhook-id, fresh timestamp and signature.
    deliver(&app.pool, &client, org_id(&org), webhook_id(&webhook), &event, 2)
        .await
        .expect("delivered again");
    let requests = receiver.requests();
    assert_eq!(requests[1].header("webhook-id"), event.id.to_string());
    reference_verify(secret, &requests[1].body, &requests[1])
        .await
        .expect("the retry verifies too");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn failing_endpoints_are_logged_disabled_and_re_enabled(pool: sqlx::PgPool) {
    let config = Config {
        webhook_disable_after: 3,
        ..local_config()
    };
    let client = WebhookClient::from_config(&config).expect("client");
    let app = TestApp::spawn_with(pool, config).await;
    let org = app.sign_up("acme").await;
    let receiver = Receiver::start().await;
    receiver.answer(500);
    let webhook = create(&app, &org, &receiver.url(), &["booking.cancelled"]).await;
    let (org_id, id) = (org_id(&org), webhook_id(&webhook));
    let path = format!("/v1/webhooks/{id}");
    let event = event(&org, EventKind::BookingCancelled);

    for attempt in 1..=3 {
        let err = deliver(&app.pool, &client, org_id, id, &event, attempt)
            .await
            .expect_err("a 500 is a failure");
        let DeliveryError::Failed {
            attempt: ref log,
            disabled_now,
            ..
        } = err
        else {
            panic!("expected a failed attempt, got {err:?}");
        };
        assert_eq!(log.status_code, Some(500));
        assert!(log.error.as_deref().unwrap_or_default().contains("HTTP 500"), "{log:?}");
        assert_eq!(disabled_now, attempt == 3, "attempt {attempt}");
        assert_eq!(err.is_retryable(), attempt < 3, "attempt {attempt}");
    }
    let disabled = app.get(&path, Some(&org.key)).await.expect(200);
    assert_eq!(disabled["enabled"], false);
    assert_eq!(disabled["consecutive_failures"], 3);
    let reason = disabled["disabled_reason"].as_str().expect("a reason");
    assert!(
        reason.contains("3 consecutive") && reason.contains("HTTP 500"),
        "{reason}"
    );

    // A disabled endpoint is not attempted: the job is dropped, nothing is sent or logged.
    let dropped = deliver(&app.pool, &client, org_id, id, &event, 4)
        .await
        .expect("dropped");
    assert!(
        matches!(dropped, Delivery::Dropped(DropReason::Disabled)),
        "{dropped:?}"
    );
    assert_eq!(receiver.requests().len(), 3);

    let log = app.get(&format!("{path}/deliveries"), Some(&org.key)).await.expect(200);
    let rows = log["data"].as_array().expect("data");
    assert_eq!(rows.len(), 3);
    let attempts: Vec<i64> = rows.iter().map(|r| r["attempt"].as_i64().expect("attempt")).collect();
    assert_eq!(attempts, [3, 2, 1], "newest first");
    for row in rows {
        assert_eq!(row["status_code"], 500);
        assert_eq!(row["succeeded"], false);
        assert_eq!(row["event_id"], event.id.to_string());
        assert_eq!(row["event_kind"], "booking.cancelled");
        assert!(row["duration_ms"].as_i64().expect("duration") >= 0);
        assert!(row["delivered_at"].is_string());
        assert!(row["error"].as_str().expect("error").contains("HTTP 500"));
    }

    let enabled = app
        .patch(&path, Some(&org.key), json!({"enabled": true}))
        .await
        .expect(200);
    assert_eq!(enabled["enabled"], true);
    assert_eq!(enabled["consecutive_failures"], 0);
    assert_eq!(enabled["disabled_reason"], Value::Null);

    receiver.answer(200);
    let outcome = deliver(&app.pool, &client, org_id, id, &event, 5)
        .await
        .expect("delivered");
    assert!(matches!(outcome, Delivery::Delivered(_)), "{outcome:?}");

    let first = app
        .get(&format!("{path}/deliveries?limit=2"), Some(&org.key))
        .await
        .expect(200);
    let rows = first["data"].as_array().expect("data");
    assert_eq!(rows[0]["attempt"], 5);
    assert_eq!(rows[0]["status_code"], 200);
    assert_eq!(rows[0]["succeeded"], true);
    assert_eq!(rows[0]["error"], Value::Null);
    assert_eq!(rows[1]["attempt"], 3);
    let cursor = first["next_cursor"].as_str().expect("more pages");
    let second = app
        .get(&format!("{path}/deliveries?limit=2&cursor={cursor}"), Some(&org.key))
        .await
        .expect(200);
    let attempts: Vec<i64> = second["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|r| r["attempt"].as_i64().expect("attempt"))
        .collect();
    assert_eq!(attempts, [2, 1]);
    assert_eq!(second["next_cursor"], Value::Null);

    // An endpoint that stopped subscribing to the kind drops deliveries queued before.
    let other_kind = if event.kind == EventKind::BookingCancelled {
        "booking.created"
    } else {
        "booking.cancelled"
    };
    app.patch(&path, Some(&org.key), json!({"events": [other_kind]}))
        .await
        .expect(200);
    let dropped = deliver(&app.pool, &client, org_id, id, &event, 6)
        .await
        .expect("dropped");
    assert!(
        matches!(dropped, Delivery::Dropped(DropReason::Unsubscribed)),
        "{dropped:?}"
    );

    // A deleted endpoint drops its jobs.
    app.delete(&path, Some(&org.key)).await.expect(204);
    let dropped = deliver(&app.pool, &client, org_id, id, &event, 6)
        .await
        .expect("dropped");
    assert!(matches!(dropped, Delivery::Dropped(DropReason::Deleted)), "{dropped:?}");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn private_addresses_are_refused_without_a_request(pool: sqlx::PgPool) {
    let config = Config::default();
    assert!(!config.webhook_allow_private_addresses, "refused by default");
    let client = WebhookClient::from_config(&config).expect("client");
    let app = TestApp::spawn_with(pool, config).await;
    let org = app.sign_up("acme").await;
    let receiver = Receiver::start().await;

    // A name is accepted when saved; the address it resolves to is checked on delivery.
    let url = format!("http://localhost:{}/hooks", receiver.port);
    let webhook = create(&app, &org, &url, &["booking.created"]).await;
    let event = event(&org, EventKind::BookingCreated);
    let err = deliver(&app.pool, &client, org_id(&org), webhook_id(&webhook), &event, 1)
        .await
        .expect_err("refused");
    let DeliveryError::Failed { attempt, .. } = &err else {
        panic!("expected a failed attempt, got {err:?}");
    };
    assert_eq!(attempt.status_code, None);
    let error = attempt.error.as_deref().unwrap_or_default();
    assert!(
        error.contains("localhost")
            && error.contains("loopback")
            && error.contains("KAIROS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES"),
        "{error}"
    );
    // The log tells the API user why, not what the name resolves to inside our network.
    assert!(!error.contains("127.0.0.1") && !error.contains("::1"), "{error}");
    let log = app
        .get(
            &format!("/v1/webhooks/{}/deliveries", webhook["id"].as_str().expect("id")),
            Some(&org.key),
        )
        .await
        .expect(200);
    assert_eq!(log["data"][0]["error"], error);

    // IP literals never reach the resolver; they are checked before connecting.
    for literal in [
        format!("http://127.0.0.1:{}/hooks", receiver.port),
        format!("http://[::1]:{}/hooks", receiver.port),
        format!("http://[::ffff:127.0.0.1]:{}/hooks", receiver.port),
    ] {
        let err = client
            .post(&literal, reqwest::header::HeaderMap::new(), b"{}".to_vec())
            .await
            .expect_err("refused");
        assert!(err.to_string().contains("loopback"), "{literal}: {err}");
    }
    // A private range is refused the same way, before any packet is sent.
    let err = client.check_url("http://10.1.2.3/hooks").expect_err("refused");
    assert!(err.to_string().contains("private"), "{err}");

    assert!(receiver.requests().is_empty(), "no request may reach the receiver");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_silent_endpoint_fails_within_the_timeout(pool: sqlx::PgPool) {
    let config = Config {
        webhook_timeout_ms: 300,
        ..local_config()
    };
    let client = WebhookClient::from_config(&config).expect("client");
    let app = TestApp::spawn_with(pool, config).await;
    let org = app.sign_up("acme").await;
    let receiver = Receiver::start().await;
    receiver.answer(0);
    let webhook = create(&app, &org, &receiver.url(), &["booking.created"]).await;
    let event = event(&org, EventKind::BookingCreated);

    let started = Instant::now();
    let err = deliver(&app.pool, &client, org_id(&org), webhook_id(&webhook), &event, 1)
        .await
        .expect_err("timed out");
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(3), "took {elapsed:?}");
    let DeliveryError::Failed { attempt, .. } = &err else {
        panic!("expected a failed attempt, got {err:?}");
    };
    assert_eq!(attempt.status_code, None);
    assert!(attempt.duration >= Duration::from_millis(250), "{attempt:?}");
    assert_eq!(attempt.error.as_deref(), Some("no response within 300 ms"));
    assert!(err.is_retryable());
    assert_eq!(
        receiver.requests().len(),
        1,
        "the request arrived, the answer never did"
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn subscribers_are_the_enabled_endpoints_of_a_kind(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let acme = app.sign_up("acme").await;
    let globex = app.sign_up("globex").await;
    let created = create(&app, &acme, "https://a.example/1", &["booking.created"]).await;
    let both = create(
        &app,
        &acme,
        "https://a.example/2",
        &["booking.created", "booking.cancelled"],
    )
    .await;
    let paused = create(&app, &acme, "https://a.example/3", &["booking.created"]).await;
    app.patch(
        &format!("/v1/webhooks/{}", paused["id"].as_str().expect("id")),
        Some(&acme.key),
        json!({"enabled": false}),
    )
    .await
    .expect(200);
    create(&app, &globex, "https://g.example/1", &["booking.created"]).await;

    let mut conn = app.pool.acquire().await.expect("connection");
    let found = subscribers(&mut conn, org_id(&acme), EventKind::BookingCreated)
        .await
        .expect("subscribers");
    assert_eq!(found, [webhook_id(&created), webhook_id(&both)]);
    let found = subscribers(&mut conn, org_id(&acme), EventKind::BookingCancelled)
        .await
        .expect("subscribers");
    assert_eq!(found, [webhook_id(&both)]);
    let found = subscribers(&mut conn, org_id(&acme), EventKind::BookingRescheduled)
        .await
        .expect("subscribers");
    assert!(found.is_empty());
}
