//! A real HTTP endpoint for webhook tests: an axum server on 127.0.0.1:0 that records every
//! request and answers with the status it is told to (or never answers).

use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Captured {
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

async fn record(State(shared): State<Shared>, headers: HeaderMap, body: Bytes) -> StatusCode {
    shared
        .requests
        .lock()
        .expect("requests lock")
        .push(Captured { headers, body });
    match shared.status.load(Ordering::SeqCst) {
        0 => std::future::pending().await,
        code => StatusCode::from_u16(code).expect("a status code"),
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

    pub fn requests(&self) -> Vec<Captured> {
        self.shared.requests.lock().expect("requests lock").clone()
    }
}
