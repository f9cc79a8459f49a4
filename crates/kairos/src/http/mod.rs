//! The HTTP API: routing, extractors, problem+json errors and the OpenAPI document, which is
//! generated from the handlers themselves so it cannot drift from them.

pub mod assistant;
pub mod bookings;
pub mod event_types;
pub mod extract;
pub mod health;
pub mod hosts;
pub mod limits;
pub mod observe;
pub mod openapi;
pub mod orgs;
pub mod pagination;
pub mod planner;
pub mod problem;
pub mod public;
pub mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::http::{HeaderName, StatusCode};
use axum::response::Response;
use sqlx::PgPool;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::config::Config;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub pool: PgPool,
    pub config: Arc<Config>,
    /// Where the web app's sessions are kept (PostgreSQL, or Redis when configured).
    pub sessions: crate::web::session_store::SessionStore,
}

impl AppState {
    /// The current instant on the configured clock: what every decision of a request uses.
    #[must_use]
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.config.clock.now()
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Kairos", description = "Self-hostable scheduling: booking links, availability, slots and bookings that never double-book."),
    modifiers(&BearerAuth),
    tags(
        (name = "public", description = "Unauthenticated: an event type's public link and an invitee's booking link"),
        (name = "bookings"), (name = "event types"), (name = "hosts"), (name = "availability"),
        (name = "busy blocks"), (name = "api keys"), (name = "organizations"), (name = "operations"),
        (name = "assistant", description = "Requests in plain English, understood by the scheduling assistant"),
        (name = "planner", description = "Tasks, habits and focus time, planned into each host's free time by a job"),
        (name = "webhooks", description = "Endpoints that receive signed booking events (Standard Webhooks), and their delivery logs")
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("kai_…")
                    .build(),
            ),
        );
    }
}

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The routes and the OpenAPI document describing them.
fn routes() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(health::healthz))
        .routes(routes!(health::readyz))
        .routes(routes!(orgs::sign_up))
        .routes(routes!(orgs::me))
        .routes(routes!(orgs::create_key, orgs::list_keys))
        .routes(routes!(orgs::revoke_key))
        .routes(routes!(hosts::create, hosts::list))
        .routes(routes!(hosts::get, hosts::update))
        .routes(routes!(hosts::get_availability, hosts::put_availability))
        .routes(routes!(hosts::add_busy, hosts::list_busy))
        .routes(routes!(hosts::remove_busy))
        .routes(routes!(event_types::create, event_types::list))
        .routes(routes!(event_types::get, event_types::update, event_types::delete))
        .routes(routes!(bookings::list))
        .routes(routes!(bookings::get))
        .routes(routes!(bookings::invite))
        .routes(routes!(bookings::cancel))
        .routes(routes!(bookings::reschedule))
        .routes(routes!(webhooks::create, webhooks::list))
        .routes(routes!(webhooks::get, webhooks::update, webhooks::delete))
        .routes(routes!(webhooks::rotate_secret))
        .routes(routes!(webhooks::deliveries))
        .routes(routes!(assistant::ask))
        .routes(routes!(assistant::get))
        .routes(routes!(assistant::confirm))
        .routes(routes!(planner::add_task, planner::list_tasks))
        .routes(routes!(planner::get_task, planner::update_task, planner::delete_task))
        .routes(routes!(planner::add_habit, planner::list_habits))
        .routes(routes!(
            planner::get_habit,
            planner::update_habit,
            planner::delete_habit
        ))
        .routes(routes!(planner::get_settings, planner::put_settings))
        .routes(routes!(planner::get_plan, planner::replan))
        .routes(routes!(public::event_type))
        .routes(routes!(public::slots))
        .routes(routes!(public::book))
        .routes(routes!(public::booking))
        .routes(routes!(public::invite))
        .routes(routes!(public::cancel))
        .routes(routes!(public::reschedule))
        .split_for_parts();
    openapi::add_problem_responses(&mut doc);
    (router, doc)
}

/// The OpenAPI 3.1 document of the API.
#[must_use]
pub fn openapi() -> utoipa::openapi::OpenApi {
    routes().1
}

/// The whole application, ready to serve.
pub fn router(state: AppState) -> Router {
    let (api, openapi) = routes();
    let openapi = Arc::new(openapi);
    let body_limit = state.config.max_body_bytes;
    let limits = limits::Limits::from_config(&state.config);
    api.merge(crate::web::router())
    .route("/openapi.json", axum::routing::get(move || {
        let openapi = Arc::clone(&openapi);
        async move { axum::Json(openapi.as_ref().clone()) }
    }))
    .fallback(not_found)
    .method_not_allowed_fallback(method_not_allowed)
    .layer(DefaultBodyLimit::max(body_limit))
    .layer(axum::middleware::from_fn(observe::record))
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
    .layer(axum::middleware::from_fn_with_state(limits, limits::admit))
    .with_state(state)
}

async fn not_found() -> Response {
    problem::problem(
        StatusCode::NOT_FOUND,
        "not_found",
        "no such endpoint; see /openapi.json".to_owned(),
    )
}

async fn method_not_allowed() -> Response {
    problem::problem(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "this endpoint does not accept that method".to_owned(),
    )
}
