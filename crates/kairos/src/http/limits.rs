//! Overload fails fast: a bounded number of requests in flight per instance, answered 503 with
//! `Retry-After` at once beyond it (never queued without bound), and a whole-request deadline
//! so nothing hangs. The API and the web app have budgets of their own, so pages stuck on a
//! sick peer (the session store) cannot take the API's slots. The body is read first, within
//! its own time and size limits, so a client that sends slowly holds a socket but never an
//! in-flight slot. Health endpoints bypass the slot and the deadline so orchestrators can
//! always see the instance.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use tokio::sync::Semaphore;

use super::problem::problem;
use crate::app::ProblemCode;
use crate::config::Config;

/// The problem+json body of a shed request, rendered once: under overload most answers are
/// this one, so it must cost next to nothing (no serialization, no allocation for the body).
const OVERLOADED_BODY: &str = r#"{"type":"/problems/overloaded","title":"Service Unavailable","status":503,"detail":"the service is at capacity; retry shortly","code":"overloaded"}"#;
/// `Retry-After` of a shed request: [`super::problem::RETRY_AFTER_SECONDS`].
const OVERLOADED_RETRY_AFTER: &str = "1";

/// The admission limits of one instance.
#[derive(Debug, Clone)]
pub struct Limits {
    in_flight: Option<Arc<Semaphore>>,
    web_in_flight: Option<Arc<Semaphore>>,
    deadline: Option<Duration>,
    max_body: usize,
    body_read: Duration,
}

impl Limits {
    #[must_use]
    pub fn from_config(config: &Config) -> Self {
        Self {
            in_flight: (config.max_in_flight > 0).then(|| Arc::new(Semaphore::new(config.max_in_flight))),
            web_in_flight: (config.web_max_in_flight > 0).then(|| Arc::new(Semaphore::new(config.web_max_in_flight))),
            deadline: config.request_timeout(),
            max_body: config.max_body_bytes,
            body_read: config.body_read_timeout(),
        }
    }
}

fn exempt(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz")
}

/// Whether the path is the API's (or its document, or a host's feed), not a web page.
fn is_api(path: &str) -> bool {
    path.starts_with("/v1/") || path.starts_with("/feeds/") || path == "/openapi.json"
}

/// Reads the body, then admits the request within its budget of in-flight requests and its
/// deadline, or answers 503 at once.
/// A request past its deadline is dropped mid-flight: its open transaction rolls back, so it
/// leaves no partial write behind.
pub async fn admit(State(limits): State<Limits>, request: Request, next: Next) -> Response {
    if exempt(request.uri().path()) {
        return next.run(request).await;
    }
    let request = match read_body(request, limits.max_body, limits.body_read).await {
        Ok(request) => request,
        Err(refused) => return refused,
    };
    let budget = if is_api(request.uri().path()) {
        &limits.in_flight
    } else {
        &limits.web_in_flight
    };
    let _permit = match budget {
        None => None,
        Some(semaphore) => match Arc::clone(semaphore).try_acquire_owned() {
            Ok(permit) => Some(permit),
            Err(_) => {
                metrics::counter!("kairos_http_requests_shed_total").increment(1);
                return overloaded();
            }
        },
    };
    match limits.deadline {
        None => next.run(request).await,
        Some(deadline) => match tokio::time::timeout(deadline, next.run(request)).await {
            Ok(response) => response,
            Err(_) => {
                metrics::counter!("kairos_http_deadline_exceeded_total").increment(1);
                problem(
                    StatusCode::SERVICE_UNAVAILABLE,
                    ProblemCode::DeadlineExceeded,
                    format!(
                        "the request took longer than {} ms; retry shortly",
                        deadline.as_millis()
                    ),
                )
            }
        },
    }
}

/// The request with its whole body read into memory, within `max` bytes and `within` time:
/// a body that is too large is a 413, one that does not arrive in time a 408, and one the
/// client breaks off a 400 — all before the request takes an in-flight slot.
async fn read_body(request: Request, max: usize, within: Duration) -> Result<Request, Response> {
    let (parts, body) = request.into_parts();
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let too_large = || {
        problem(
            StatusCode::PAYLOAD_TOO_LARGE,
            ProblemCode::PayloadTooLarge,
            format!("the request body is larger than {max} bytes"),
        )
    };
    if declared.is_some_and(|length| length > max as u64) {
        return Err(too_large());
    }
    match tokio::time::timeout(within, axum::body::to_bytes(body, max)).await {
        Ok(Ok(bytes)) => Ok(Request::from_parts(parts, Body::from(bytes))),
        Ok(Err(err)) if is_length_limit(&err) => Err(too_large()),
        Ok(Err(_)) => Err(problem(
            StatusCode::BAD_REQUEST,
            ProblemCode::UnreadableBody,
            "the request body could not be read to its end".to_owned(),
        )),
        Err(_) => {
            metrics::counter!("kairos_http_body_timeouts_total").increment(1);
            Err(problem(
                StatusCode::REQUEST_TIMEOUT,
                ProblemCode::RequestTimeout,
                format!("the request body did not arrive within {} ms", within.as_millis()),
            ))
        }
    }
}

fn is_length_limit(err: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(cause) = source {
        if cause.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = cause.source();
    }
    false
}

/// The answer to a request beyond the in-flight limit, the same as `problem(503, "overloaded", …)`.
fn overloaded() -> Response {
    let mut response = Response::new(Body::from(OVERLOADED_BODY));
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static(OVERLOADED_RETRY_AFTER));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::problem::{Problem, RETRY_AFTER_SECONDS};

    #[test]
    fn the_prerendered_answer_is_the_overloaded_problem() {
        let expected = Problem {
            kind: "/problems/overloaded".to_owned(),
            title: "Service Unavailable",
            status: 503,
            detail: "the service is at capacity; retry shortly".to_owned(),
            code: ProblemCode::Overloaded,
            field: None,
            reason: None,
        };
        let body: serde_json::Value = serde_json::from_str(OVERLOADED_BODY).expect("valid JSON");
        assert_eq!(body, serde_json::to_value(&expected).expect("serializable"));
        assert_eq!(OVERLOADED_RETRY_AFTER, RETRY_AFTER_SECONDS.to_string());
        let response = overloaded();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/problem+json");
    }
}
