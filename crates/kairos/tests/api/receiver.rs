//! A real HTTP endpoint for webhook and model tests: an axum server on 127.0.0.1:0 that records
//! every request and answers with the status (and JSON body) it is told to, or never answers.

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
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
