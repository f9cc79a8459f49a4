//! Traces leave over OTLP: spans of a real request (named by its route template) and of its
//! database calls reach a local receiver speaking the OTLP/HTTP protocol.

use std::sync::mpsc;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::StatusCode;
use tracing_subscriber::layer::SubscriberExt;

use crate::helpers::TestApp;

/// An OTLP/HTTP receiver on its own thread (the exporter's batch thread must reach it while
/// the test's runtime waits in `force_flush`); every request body arrives on the channel.
fn start_receiver() -> (String, mpsc::Receiver<(String, Vec<u8>)>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let address = listener.local_addr().expect("address");
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            let app = axum::Router::new().fallback(move |uri: axum::http::Uri, body: Bytes| {
                let sender = sender.clone();
                async move {
                    let _ = sender.send((uri.path().to_owned(), body.to_vec()));
                    StatusCode::OK
                }
            });
            let _ = axum::serve(listener, app).await;
        });
    });
    (format!("http://{address}"), receiver)
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn spans_reach_the_otlp_collector(pool: sqlx::PgPool) {
    let (endpoint, received) = start_receiver();
    // The exporter's client is built inside opentelemetry-otlp, on the process's provider, as
    // `main` installs it.
    kairos::tls::install_crypto_provider();
    let (layer, provider) = kairos::telemetry::otlp::layer(&endpoint).expect("exporter");
    let _default = tracing::subscriber::set_default(tracing_subscriber::registry().with(layer));

    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("traced").await;
    let host = app.host(&org, "Ana", "Europe/Berlin").await;
    app.get(&format!("/v1/hosts/{host}"), Some(&org.key)).await.expect(200);
    provider.force_flush().expect("flush");

    let mut exported = Vec::new();
    while let Ok((path, body)) = received.recv_timeout(Duration::from_secs(5)) {
        assert_eq!(path, "/v1/traces");
        exported.extend(body);
        if contains(&exported, "GET /v1/hosts/{id}") {
            break;
        }
    }
    assert!(contains(&exported, "kairos"), "the service is named");
    assert!(
        contains(&exported, "POST /v1/organizations"),
        "request spans are named by route"
    );
    assert!(
        contains(&exported, "GET /v1/hosts/{id}"),
        "with the template, not the concrete path"
    );
    assert!(!contains(&exported, &host), "no concrete ids in span names");
    assert!(contains(&exported, "insert"), "database calls have spans of their own");
    let _ = provider.shutdown();
}
