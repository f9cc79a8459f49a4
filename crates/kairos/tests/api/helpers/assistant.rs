//! Asking the assistant through the API and reading its answer, with a worker or with the
//! queue run directly.

use std::time::Duration;

use kairos::config::Config;
use serde_json::{Value, json};

use super::app::{Org, TestApp};
use super::worker::{eventually, run_jobs_until_idle};

pub async fn ask(app: &TestApp, org: &Org, host: &str, text: &str) -> Value {
    ask_with(app, org, host, text, false).await
}

pub async fn ask_with(app: &TestApp, org: &Org, host: &str, text: &str, auto_book: bool) -> Value {
    app.post(
        "/v1/assistant/requests",
        Some(&org.key),
        json!({"host_id": host, "text": text, "auto_book": auto_book}),
    )
    .await
    .expect(202)
}

/// The request after its job has run, with no worker: queued jobs run directly until idle.
pub async fn understood(app: &TestApp, config: &Config, org: &Org, request: &Value) -> Value {
    run_jobs_until_idle(&app.pool, config).await;
    let path = format!("/v1/assistant/requests/{}", request["id"].as_str().expect("id"));
    app.get(&path, Some(&org.key)).await.expect(200)
}

/// Polls the request until its job has run.
pub async fn settled(app: &TestApp, org: &Org, request: &Value) -> Value {
    let path = format!("/v1/assistant/requests/{}", request["id"].as_str().expect("id"));
    let mut last = Value::Null;
    let done = eventually(Duration::from_secs(20), async || {
        last = app.get(&path, Some(&org.key)).await.expect(200);
        last["status"] != "queued"
    })
    .await;
    assert!(done, "the request was not understood in time: {last}");
    last
}
