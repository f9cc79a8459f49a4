//! Overload fails fast: a bounded number of requests in flight per instance, answered 503 with
//! `Retry-After` at once beyond it (never queued without bound), and a whole-request deadline
//! so nothing hangs. Health endpoints bypass both so orchestrators can always see the instance.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use tokio::sync::Semaphore;

use super::problem::problem;
use crate::config::Config;

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
                return problem(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "overloaded",
                    "the service is at capacity; retry shortly".to_owned(),
                );
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
                    "deadline_exceeded",
                    format!(
                        "the request took longer than {} ms; retry shortly",
                        deadline.as_millis()
                    ),
                )
            }
        },
    }
}
