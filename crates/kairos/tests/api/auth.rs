//! Sign-up, bearer authentication and API key management.

use kairos::config::Config;
use serde_json::{Value, json};

use crate::helpers::TestApp;

const UNKNOWN_KEY_ID: &str = "key_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b";

async fn organization_count(app: &TestApp) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT count(*) FROM organizations")
        .fetch_one(&app.pool)
        .await
        .expect("count organizations")
}

fn ids(page: &Value) -> Vec<String> {
    page["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_owned())
        .collect()
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn sign_up_returns_the_organization_and_a_working_key(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let body = app
        .post("/v1/organizations", None, json!({"name": "Acme", "slug": "acme"}))
        .await
        .expect(201);

    let org = &body["organization"];
    let org_id = org["id"].as_str().expect("org id");
    assert!(org_id.starts_with("org_"), "{org_id}");
    assert_eq!(org["slug"], "acme");
    assert_eq!(org["name"], "Acme");

    let key = &body["api_key"];
    let secret = key["secret"].as_str().expect("secret");
    assert!(secret.starts_with("kai_"), "{secret}");
    assert_eq!(secret.len(), 4 + 64);
    assert!(key["id"].as_str().expect("key id").starts_with("key_"));
    assert_eq!(key["prefix"], secret[..12]);
    assert_eq!(key["name"], "default");
    assert_eq!(key["revoked_at"], Value::Null);

    let me = app.get("/v1/organization", Some(secret)).await.expect(200);
    assert_eq!(me["id"], org_id);
    assert_eq!(me["slug"], "acme");
    assert_eq!(me["name"], "Acme");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn duplicate_slug_is_a_conflict(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    app.sign_up("acme").await;
    app.post("/v1/organizations", None, json!({"name": "Other Acme", "slug": "acme"}))
        .await
        .problem(409, "slug_taken");
    assert_eq!(organization_count(&app).await, 1);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn bad_slug_is_refused_naming_the_field(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    for slug in ["Acme Inc", "-acme", "acme_inc", ""] {
        let problem = app
            .post("/v1/organizations", None, json!({"name": "Acme", "slug": slug}))
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], "slug", "slug {slug:?}");
    }
    assert_eq!(organization_count(&app).await, 0);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn sign_up_can_be_closed(pool: sqlx::PgPool) {
    let config = Config {
        allow_signup: false,
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    app.post("/v1/organizations", None, json!({"name": "Acme", "slug": "acme"}))
        .await
        .problem(403, "signup_closed");
    assert_eq!(organization_count(&app).await, 0);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn missing_authorization_is_401_with_a_bearer_challenge(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    for path in ["/v1/organization", "/v1/hosts", "/v1/api-keys", "/v1/event-types"] {
        let reply = app.get(path, None).await;
        let challenge = reply
            .headers
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        reply.problem(401, "unauthenticated");
        assert_eq!(challenge.as_deref(), Some("Bearer"), "{path}");
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn garbage_keys_are_401(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    // A well-formed but unknown key, a key of the wrong shape, and a real key with one
    // character changed.
    let mut tampered = org.key.clone();
    let last = if tampered.ends_with('0') { "1" } else { "0" };
    tampered.replace_range(tampered.len() - 1.., last);
    for key in [format!("kai_{}", "0".repeat(64)), "not-a-key".to_owned(), tampered] {
        let reply = app.get("/v1/organization", Some(&key)).await;
        let challenge = reply
            .headers
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        reply.problem(401, "unauthenticated");
        assert_eq!(challenge.as_deref(), Some("Bearer"));
    }
    // A non-Bearer scheme is refused too.
    let request = app
        .client
        .get(format!("{}/v1/organization", app.base))
        .header("authorization", format!("Basic {}", org.key));
    app.reply(request).await.problem(401, "unauthenticated");
    // The real key still works.
    app.get("/v1/organization", Some(&org.key)).await.expect(200);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn created_keys_work_and_lists_never_show_secrets(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;

    let created = app
        .post("/v1/api-keys", Some(&org.key), json!({"name": "CI deploys"}))
        .await
        .expect(201);
    let secret = created["secret"].as_str().expect("secret").to_owned();
    let key_id = created["id"].as_str().expect("id").to_owned();
    assert!(secret.starts_with("kai_"));
    assert_ne!(secret, org.key);
    assert_eq!(created["name"], "CI deploys");
    assert_eq!(created["prefix"], secret[..12]);

    let me = app.get("/v1/organization", Some(&secret)).await.expect(200);
    assert_eq!(me["id"], org.id);

    let list = app.get("/v1/api-keys", Some(&org.key)).await.expect(200);
    let items = list["data"].as_array().expect("data");
    assert_eq!(items.len(), 2);
    assert_eq!(list["next_cursor"], Value::Null);
    for item in items {
        assert!(item.get("secret").is_none(), "secret leaked in list: {item}");
        assert!(item["prefix"].as_str().expect("prefix").starts_with("kai_"));
    }
    let listed = items
        .iter()
        .find(|k| k["id"] == key_id.as_str())
        .expect("new key listed");
    assert_eq!(listed["name"], "CI deploys");
    assert_eq!(listed["prefix"], secret[..12]);
    assert_eq!(listed["revoked_at"], Value::Null);
    assert!(!list.to_string().contains(&secret));
    assert!(!list.to_string().contains(&org.key));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn keys_are_paginated(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    for name in ["second", "third"] {
        app.post("/v1/api-keys", Some(&org.key), json!({"name": name}))
            .await
            .expect(201);
    }
    let all = ids(&app.get("/v1/api-keys", Some(&org.key)).await.expect(200));
    assert_eq!(all.len(), 3);

    let mut seen = Vec::new();
    let mut path = "/v1/api-keys?limit=1".to_owned();
    for page_number in 1..=3 {
        let page = app.get(&path, Some(&org.key)).await.expect(200);
        let page_ids = ids(&page);
        assert_eq!(page_ids.len(), 1, "page {page_number}");
        seen.extend(page_ids);
        if page_number < 3 {
            let cursor = page["next_cursor"].as_str().expect("next_cursor");
            path = format!("/v1/api-keys?limit=1&cursor={cursor}");
        } else {
            assert_eq!(page["next_cursor"], Value::Null);
        }
    }
    assert_eq!(seen, all);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn revoked_keys_stop_working_at_once(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let created = app
        .post("/v1/api-keys", Some(&org.key), json!({"name": "temporary"}))
        .await
        .expect(201);
    let secret = created["secret"].as_str().expect("secret");
    let key_id = created["id"].as_str().expect("id");
    app.get("/v1/organization", Some(secret)).await.expect(200);

    let reply = app.delete(&format!("/v1/api-keys/{key_id}"), Some(&org.key)).await;
    assert_eq!(reply.expect(204), Value::Null);

    app.get("/v1/organization", Some(secret))
        .await
        .problem(401, "unauthenticated");
    app.get("/v1/organization", Some(&org.key)).await.expect(200);

    let list = app.get("/v1/api-keys", Some(&org.key)).await.expect(200);
    let revoked = list["data"]
        .as_array()
        .expect("data")
        .iter()
        .find(|k| k["id"] == key_id)
        .expect("revoked key still listed");
    assert!(revoked["revoked_at"].is_string(), "{revoked}");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn the_last_live_key_cannot_be_revoked(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    let keys = app.get("/v1/api-keys", Some(&org.key)).await.expect(200);
    let only = keys["data"][0]["id"].as_str().expect("id").to_owned();
    app.delete(&format!("/v1/api-keys/{only}"), Some(&org.key))
        .await
        .problem(409, "last_api_key");
    app.get("/v1/organization", Some(&org.key)).await.expect(200);

    // With a successor in place, the old key can go.
    let successor = app
        .post("/v1/api-keys", Some(&org.key), json!({"name": "next"}))
        .await
        .expect(201);
    let successor = successor["secret"].as_str().expect("secret");
    app.delete(&format!("/v1/api-keys/{only}"), Some(successor))
        .await
        .expect(204);
    app.get("/v1/organization", Some(&org.key))
        .await
        .problem(401, "unauthenticated");
    app.get("/v1/organization", Some(successor)).await.expect(200);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn revoking_an_unknown_key_is_404(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    app.delete(&format!("/v1/api-keys/{UNKNOWN_KEY_ID}"), Some(&org.key))
        .await
        .problem(404, "not_found");
    app.delete("/v1/api-keys/nope", Some(&org.key))
        .await
        .problem(404, "not_found");
    app.get("/v1/organization", Some(&org.key)).await.expect(200);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn list_parameters_are_validated(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("acme").await;
    for limit in ["0", "101", "-1"] {
        let problem = app
            .get(&format!("/v1/api-keys?limit={limit}"), Some(&org.key))
            .await
            .problem(422, "invalid_field");
        assert_eq!(problem["field"], "limit", "limit={limit}");
    }
    let page = app.get("/v1/api-keys?limit=100", Some(&org.key)).await.expect(200);
    assert_eq!(page["data"].as_array().expect("data").len(), 1);

    let problem = app
        .get("/v1/api-keys?limit=ten", Some(&org.key))
        .await
        .problem(422, "invalid_query");
    assert_eq!(problem["field"], "limit");

    for cursor in ["garbage", "hst_0193a5b0c0de7c3e9a1b2c3d4e5f6a7b"] {
        let problem = app
            .get(&format!("/v1/api-keys?cursor={cursor}"), Some(&org.key))
            .await
            .problem(422, "invalid_cursor");
        assert_eq!(problem["field"], "cursor");
    }
}
