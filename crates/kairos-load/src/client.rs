//! The one HTTP client every virtual user shares, and a single exchange with it: send, read
//! the whole body, time it, classify it.

use std::time::{Duration, Instant};

use reqwest::header::{CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use reqwest::{Client, RequestBuilder};

use crate::outcome::{Outcome, retry_after_secs};

/// A client that keeps every idle connection (so thousands of users reuse theirs), sends
/// small requests without Nagle delay, never follows redirects and ignores proxy settings:
/// it only ever talks to the target it is given.
pub fn build(timeout: Duration) -> anyhow::Result<Client> {
    // The one place this tool builds a client: make sure rustls has its provider (an error only
    // means one is installed already).
    let _ = rustls::crypto::ring::default_provider().install_default();
    Ok(Client::builder()
        .pool_max_idle_per_host(usize::MAX)
        .pool_idle_timeout(Duration::from_secs(90))
        .tcp_nodelay(true)
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .user_agent(concat!("kairos-load/", env!("CARGO_PKG_VERSION")))
        .build()?)
}

/// `application/json`, for request bodies written by hand.
pub const JSON: HeaderValue = HeaderValue::from_static("application/json");

/// A POST with a JSON body that is already serialized.
pub fn post_json(client: &Client, url: &str, body: String) -> RequestBuilder {
    client.post(url).header(CONTENT_TYPE, JSON).body(body)
}

/// What came back from one request.
#[derive(Debug, Clone, Copy)]
pub struct Reply {
    pub outcome: Outcome,
    /// From sending the request to the last byte of the body (or the failure).
    pub latency: Duration,
    pub status: Option<u16>,
    /// `Retry-After` of a 503, in seconds.
    pub retry_after: Option<u64>,
}

/// Sends the request and reads the whole response (so the connection can be reused). `read`
/// sees the body of a 2xx response in place and extracts what the journey needs from it.
pub async fn exchange<T>(request: RequestBuilder, read: impl FnOnce(&[u8]) -> Option<T>) -> (Reply, Option<T>) {
    let started = Instant::now();
    let result = async {
        let response = request.send().await?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(retry_after_secs);
        let body = response.bytes().await?;
        Ok::<_, reqwest::Error>((status, retry_after, body))
    }
    .await;
    let latency = started.elapsed();
    match result {
        Ok((status, retry_after, body)) => {
            let outcome = Outcome::of_status(status, &body);
            let value = if outcome == Outcome::Ok { read(&body) } else { None };
            let reply = Reply {
                outcome,
                latency,
                status: Some(status),
                retry_after: if status == 503 { retry_after } else { None },
            };
            (reply, value)
        }
        Err(err) => {
            let reply = Reply {
                outcome: Outcome::of_error(&err),
                latency,
                status: err.status().map(|s| s.as_u16()),
                retry_after: None,
            };
            (reply, None)
        }
    }
}
