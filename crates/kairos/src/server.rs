//! The whole application as one router: the API and its OpenAPI document, the web app, and
//! the layers every request passes (admission and load shedding, body limit, request ids,
//! tracing and metrics, and a panic turned into a 500 problem+json rather than a dropped
//! connection), with problem+json for unknown routes and methods.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{HeaderName, StatusCode};
use axum::response::Response;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::app::ProblemCode;
use crate::config::Config;
use crate::http;
use crate::state::AppState;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The whole application, ready to serve.
pub fn router(state: AppState) -> Router {
    let (api, openapi) = http::routes();
    let openapi = Arc::new(openapi);
    let routes = api.merge(crate::web::router()).merge(http::agent::mcp(&state)).route(
        "/openapi.json",
        axum::routing::get(move || {
            let openapi = Arc::clone(&openapi);
            async move { axum::Json(openapi.as_ref().clone()) }
        }),
    );
    let config = Arc::clone(&state.config);
    with_layers(routes, &config).with_state(state)
}

/// `routes` inside the layers every request passes, with the fallbacks for unknown routes and
/// methods.
pub fn with_layers(routes: Router<AppState>, config: &Config) -> Router<AppState> {
    let body_limit = config.max_body_bytes;
    let limits = http::limits::Limits::from_config(config);
    routes
    .fallback(not_found)
    .method_not_allowed_fallback(method_not_allowed)
    .layer(DefaultBodyLimit::max(body_limit))
    .layer(CatchPanicLayer::custom(panicked))
    .layer(axum::middleware::from_fn(http::observe::record))
    .layer(
        TraceLayer::new_for_http()
            .make_span_with(|req: &Request| {
                let route = req.extensions().get::<MatchedPath>().map_or("unmatched", MatchedPath::as_str);
                let request_id = req.headers().get(&REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
                tracing::info_span!("request", otel.name = %format!("{} {route}", req.method()), http.request.method = %req.method(),
                    http.route = route, request.id = request_id, http.response.status_code = tracing::field::Empty)
            })
            .on_response(|res: &Response, latency: Duration, span: &tracing::Span| {
                span.record("http.response.status_code", res.status().as_u16());
                tracing::info!(status = res.status().as_u16(), latency_ms = latency.as_secs_f64() * 1000.0, "request done");
            }),
    )
    .layer(PropagateRequestIdLayer::new(REQUEST_ID))
    .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
    .layer(axum::middleware::from_fn_with_state(limits, http::limits::admit))
}

/// The answer to a request whose handler panicked: logged (inside the request's span, so with
/// its request id), and a 500 like any internal error; the connection and the process go on.
fn panicked(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let message = match panic.downcast::<String>() {
        Ok(text) => *text,
        Err(other) => other
            .downcast_ref::<&str>()
            .map_or_else(|| "a panic without a message".to_owned(), |s| (*s).to_owned()),
    };
    tracing::error!(panic = %message, "a request handler panicked");
    metrics::counter!("kairos_http_panics_total").increment(1);
    http::problem::problem(
        StatusCode::INTERNAL_SERVER_ERROR,
        ProblemCode::Internal,
        "something went wrong on our side".to_owned(),
    )
}

async fn not_found() -> Response {
    http::problem::problem(
        StatusCode::NOT_FOUND,
        ProblemCode::NotFound,
        "no such endpoint; see /openapi.json".to_owned(),
    )
}

async fn method_not_allowed() -> Response {
    http::problem::problem(
        StatusCode::METHOD_NOT_ALLOWED,
        ProblemCode::MethodNotAllowed,
        "this endpoint does not accept that method".to_owned(),
    )
}
