//! Health, readiness, the OpenAPI document, request ids and unknown routes.

use serde_json::Value;

use crate::helpers::TestApp;

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn health_readiness_and_openapi(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let health = app
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .expect("healthz");
    assert_eq!(health.status().as_u16(), 200);
    let ready = app
        .client
        .get(format!("{}/readyz", app.base))
        .send()
        .await
        .expect("readyz");
    assert_eq!(ready.status().as_u16(), 200);

    let doc = app.get("/openapi.json", None).await.expect(200);
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.1")));
    let paths = doc["paths"].as_object().expect("paths");
    for path in [
        "/v1/hosts",
        "/v1/hosts/{id}/availability",
        "/v1/event-types",
        "/v1/bookings/{id}/reschedule",
        "/v1/public/event-types/{org}/{slug}/slots",
        "/v1/public/event-types/{org}/{slug}/bookings",
        "/v1/public/bookings/{uid}/cancel",
    ] {
        assert!(paths.contains_key(path), "{path} is documented");
    }
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    assert_eq!(doc["components"]["securitySchemes"]["api_key"]["scheme"], "bearer");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn readiness_fails_fast_when_the_database_is_gone(
    _pool: sqlx::postgres::PgPoolOptions,
    connect: sqlx::postgres::PgConnectOptions,
) {
    // A database that nothing answers at: the port of a socket just closed.
    let gone = connect.port(crate::helpers::peers::free_port());
    let pool = sqlx::postgres::PgPoolOptions::new()
        .acquire_timeout(std::time::Duration::from_secs(2))
        .connect_lazy_with(gone);
    let app = TestApp::spawn(pool).await;
    app.get("/readyz", None).await.problem(503, "not_ready");
    let health = app
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .expect("healthz");
    assert_eq!(
        health.status().as_u16(),
        200,
        "liveness does not depend on the database"
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn request_ids_and_unknown_routes(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let given = app
        .client
        .get(format!("{}/healthz", app.base))
        .header("x-request-id", "abc-123")
        .send()
        .await
        .expect("sent");
    assert_eq!(
        given.headers().get("x-request-id").and_then(|v| v.to_str().ok()),
        Some("abc-123")
    );
    let made = app
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .expect("sent");
    let id = made
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert_eq!(id.len(), 36, "a generated UUID: {id}");

    app.get("/v1/nothing-here", None).await.problem(404, "not_found");
    let wrong_method = app
        .send(reqwest::Method::DELETE, "/v1/organizations", None, None::<Value>)
        .await;
    wrong_method.problem(405, "method_not_allowed");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn healthcheck_passes_only_while_the_api_is_ready(pool: sqlx::PgPool) {
    use kairos::healthcheck::{probe, readiness_url};
    use std::time::Duration;

    let app = TestApp::spawn(pool.clone()).await;
    let address: std::net::SocketAddr = app.base.trim_start_matches("http://").parse().expect("address");
    let wildcard = std::net::SocketAddr::from(([0, 0, 0, 0], address.port()));
    assert_eq!(readiness_url(wildcard), format!("{}/readyz", app.base));
    assert_eq!(
        readiness_url("[::]:8080".parse().expect("v6")),
        "http://[::1]:8080/readyz"
    );

    probe(&readiness_url(wildcard), Duration::from_secs(3))
        .await
        .expect("a ready API passes");
    let missing = probe(&format!("{}/no-such-path", app.base), Duration::from_secs(3))
        .await
        .expect_err("a 404 fails");
    assert!(missing.to_string().contains("404"), "{missing:#}");

    pool.close().await;
    let unready = probe(&readiness_url(address), Duration::from_secs(3))
        .await
        .expect_err("an API without its database fails");
    assert!(unready.to_string().contains("503"), "{unready:#}");

    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let nobody = closed.local_addr().expect("addr");
    drop(closed);
    probe(&readiness_url(nobody), Duration::from_secs(3))
        .await
        .expect_err("nothing listening fails");
}
