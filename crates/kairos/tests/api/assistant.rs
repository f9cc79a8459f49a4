//! Assistant requests through the API and a real worker: a sentence is accepted at once,
//! understood by a job against the host's zone and the moment it was asked, and read back —
//! as an intent, or as questions when it would otherwise be a guess.

use std::time::Duration;

use serde_json::{Value, json};

use crate::background::{Worker, config, eventually};
use crate::helpers::{Org, TestApp};

pub async fn ask(app: &TestApp, org: &Org, host: &str, text: &str) -> Value {
    app.post(
        "/v1/assistant/requests",
        Some(&org.key),
        json!({"host_id": host, "text": text}),
    )
    .await
    .expect(202)
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

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_sentence_becomes_an_intent_or_a_question(pool: sqlx::PgPool) {
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, host) = app.with_intro("assisted").await;
    let _worker = Worker::start(&pool, &config).await;

    let asked = ask(
        &app,
        &org,
        &host,
        "find 45 minutes with Bo and ana@example.com tomorrow afternoon",
    )
    .await;
    assert_eq!(asked["status"], "queued", "answered at once; the work runs as a job");
    let understood = settled(&app, &org, &asked).await;
    assert_eq!(understood["status"], "understood", "{understood}");
    let intent = &understood["intent"];
    assert_eq!(intent["kind"]["kind"], "find_time");
    assert_eq!(intent["duration_minutes"], 45);
    let participants = intent["participants"].to_string();
    assert!(
        participants.contains("Bo") && participants.contains("ana@example.com"),
        "{participants}"
    );
    let created: chrono::DateTime<chrono::Utc> =
        serde_json::from_value(understood["created_at"].clone()).expect("created_at");
    let tomorrow = (created.with_timezone(&chrono_tz::Europe::Berlin).date_naive() + chrono::Days::new(1)).to_string();
    assert_eq!(
        intent["window"]["start"],
        tomorrow.as_str(),
        "tomorrow in the host's zone: {intent}"
    );
    assert_eq!(understood["questions"], json!([]));

    let unclear = settled(&app, &org, &ask(&app, &org, &host, "lunch with Bo on 3/4").await).await;
    assert_eq!(unclear["status"], "needs_clarification", "{unclear}");
    let questions = unclear["questions"].as_array().expect("questions");
    assert!(
        questions.iter().any(|q| q.as_str().is_some_and(|q| q.contains("3/4"))),
        "the question names what is unclear: {unclear}"
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn requests_are_validated_and_private_to_their_organisation(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = app.with_intro("asker").await;
    let (other, other_host) = app.with_intro("stranger").await;
    app.post(
        "/v1/assistant/requests",
        Some(&org.key),
        json!({"host_id": host, "text": ""}),
    )
    .await
    .problem(422, "invalid_field");
    app.post(
        "/v1/assistant/requests",
        Some(&org.key),
        json!({"host_id": other_host, "text": "find an hour tomorrow"}),
    )
    .await
    .problem(422, "invalid_field");
    let mine = ask(&app, &org, &host, "find an hour tomorrow").await;
    let path = format!("/v1/assistant/requests/{}", mine["id"].as_str().expect("id"));
    app.get(&path, Some(&other.key)).await.problem(404, "not_found");
    app.get("/v1/assistant/requests/asr_nonsense", Some(&org.key))
        .await
        .problem(404, "not_found");
    app.get(&path, None).await.problem(401, "unauthenticated");
}
