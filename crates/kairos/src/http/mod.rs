//! The HTTP API: its routes, extractors, problem+json errors and the OpenAPI document, which
//! is generated from the handlers themselves so it cannot drift from them. `server` merges it
//! with the web app.

pub mod agent;
pub mod assistant;
pub mod bookings;
pub mod calendar_sources;
pub mod event_types;
pub mod explain;
pub mod extract;
pub mod health;
pub mod host_feeds;
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

use axum::Router;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

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
        (name = "webhooks", description = "Endpoints that receive signed booking events (Standard Webhooks), and their delivery logs"),
        (name = "host feeds", description = "Each host's secret ICS feed of their bookings, for calendars to subscribe to; the feed itself needs no key (its address is the secret)")
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

/// The routes and the OpenAPI document describing them.
pub fn routes() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(health::healthz))
        .routes(routes!(health::readyz))
        .routes(routes!(orgs::sign_up))
        .routes(routes!(orgs::me))
        .routes(routes!(orgs::create_key, orgs::list_keys))
        .routes(routes!(orgs::revoke_key))
        .routes(routes!(agent::actions))
        .routes(routes!(hosts::create, hosts::list))
        .routes(routes!(hosts::get, hosts::update))
        .routes(routes!(hosts::get_availability, hosts::put_availability))
        .routes(routes!(hosts::add_busy, hosts::list_busy))
        .routes(routes!(hosts::remove_busy))
        .routes(routes!(calendar_sources::add, calendar_sources::list))
        .routes(routes!(calendar_sources::remove))
        .routes(routes!(calendar_sources::sync))
        .routes(routes!(calendar_sources::discover))
        .routes(routes!(explain::explain))
        .routes(routes!(host_feeds::create, host_feeds::get, host_feeds::revoke))
        .routes(routes!(host_feeds::feed))
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
