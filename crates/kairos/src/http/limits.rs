//! Overload fails fast: a bounded number of requests in flight per instance, answered 503 with
//! `Retry-After` at once beyond it (never queued without bound), and a whole-request deadline
//! so nothing hangs. Health endpoints bypass both so orchestrators can always see the instance.

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
    deadline: Option<Duration>,
}

impl Limits {
    #[must_use]
    pub fn from_config(config: &Config) -> Self {
        Self {
            in_flight: (config.max_in_flight > 0).then(|| Arc::new(Semaphore::new(config.max_in_flight))),
            deadline: config.request_timeout(),
        }
    }
}

fn exempt(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz")
}

/// Admits the request within the in-flight limit and its deadline, or answers 503 at once.
/// A request past its deadline is dropped mid-flight: its open transaction rolls back, so it
/// leaves no partial write behind.
pub async fn admit(State(limits): State<Limits>, request: Request, next: Next) -> Response {
    if exempt(request.uri().path()) {
        return next.run(request).await;
    }
    let _permit = match &limits.in_flight {
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
