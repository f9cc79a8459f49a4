//! A real HTTP endpoint for webhook and model tests: an axum server on 127.0.0.1:0 that records
//! every request and answers with the status (and JSON body) it is told to, or never answers.

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use kairos::config::Config;
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Captured {
    pub path: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Captured {
    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }
}

#[derive(Clone, Default)]
struct Shared {
    requests: Arc<Mutex<Vec<Captured>>>,
    /// The status to answer; 0: never answer.
    status: Arc<AtomicU16>,
    /// A JSON body to answer with; none: an empty body.
    json: Arc<Mutex<Option<String>>>,
}

pub struct Receiver {
    pub port: u16,
    shared: Shared,
    shutdown: CancellationToken,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

async fn record(State(shared): State<Shared>, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    shared.requests.lock().expect("requests lock").push(Captured {
        path: uri.path().to_owned(),
        headers,
        body,
    });
    let status = match shared.status.load(Ordering::SeqCst) {
        0 => std::future::pending().await,
        code => StatusCode::from_u16(code).expect("a status code"),
    };
    match shared.json.lock().expect("json lock").clone() {
        Some(json) => (status, [(header::CONTENT_TYPE, "application/json")], json).into_response(),
        None => status.into_response(),
    }
}

impl Receiver {
    /// Starts a receiver answering 204.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
        let port = listener.local_addr().expect("local addr").port();
        let shared = Shared::default();
        shared.status.store(204, Ordering::SeqCst);
        let shutdown = CancellationToken::new();
        let app = axum::Router::new()
            .fallback(axum::routing::any(record))
            .with_state(shared.clone());
        let stop = shutdown.clone();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(stop.cancelled_owned())
                .await;
        });
        Self { port, shared, shutdown }
    }

    /// The receiver's URL on 127.0.0.1.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hooks", self.port)
    }

    /// Answer `status` from now on; 0: never answer.
    pub fn answer(&self, status: u16) {
        self.shared.status.store(status, Ordering::SeqCst);
    }

    /// Answer `status` with `body` as JSON from now on.
    pub fn answer_json(&self, status: u16, body: &serde_json::Value) {
        *self.shared.json.lock().expect("json lock") = Some(body.to_string());
        self.answer(status);
    }

    pub fn requests(&self) -> Vec<Captured> {
        self.shared.requests.lock().expect("requests lock").clone()
    }
}

/// Configuration for tests that deliver to a receiver on this machine.
pub fn local_config() -> Config {
    Config {
        webhook_allow_private_addresses: true,
        ..Config::default()
    }
}

/// Runs the reference verifier on a captured request: `Ok` or the verifier's complaint.
/// Needs `KAIROS_TEST_PYTHON` with `standardwebhooks`: callers are `#[ignore]`d tests.
pub async fn reference_verify(secret: &str, body: &[u8], request: &Captured) -> Result<(), String> {
    let python = super::peers::python_with(&["standardwebhooks"]);
    let script = r#"
import json, sys
from standardwebhooks.webhooks import Webhook
given = json.load(sys.stdin)
try:
    Webhook(given["secret"]).verify(given["body"].encode("utf-8"), given["headers"])
    print("verified")
except Exception as err:
    print("refused: %s" % err)
"#;
    let headers: serde_json::Map<String, Value> = ["webhook-id", "webhook-timestamp", "webhook-signature"]
        .into_iter()
        .map(|name| (name.to_owned(), Value::String(request.header(name))))
        .collect();
    let input = json!({
        "secret": secret,
        "body": String::from_utf8(body.to_vec()).expect("UTF-8 body"),
        "headers": headers,
    });
    let mut child = tokio::process::Command::new(python)
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start the reference verifier");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(input.to_string().as_bytes())
        .await
        .expect("write stdin");
    drop(stdin);
    let output = child.wait_with_output().await.expect("verifier output");
    assert!(output.status.success(), "the verifier failed to run");
    let said = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if said == "verified" { Ok(()) } else { Err(said) }
}
