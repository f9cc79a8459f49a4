//! Request metrics: the duration histogram by method, route template and status class (OTel
//! names, low cardinality: the template `/v1/hosts/{id}`, never the concrete path), and the
//! gauge of requests being served.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;

pub async fn record(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let active = metrics::gauge!("http_server_active_requests");
    active.increment(1.0);
    let response = next.run(request).await;
    active.decrement(1.0);
    let class = match response.status().as_u16() {
        100..=199 => "1xx",
        200..=299 => "2xx",
        300..=399 => "3xx",
        400..=499 => "4xx",
        _ => "5xx",
    };
    metrics::histogram!(
        "http_server_request_duration_seconds",
        "http_request_method" => method,
        "http_route" => route,
        "http_response_status_class" => class
    )
    .record(started.elapsed().as_secs_f64());
    response
}
