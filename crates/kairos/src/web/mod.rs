//! The web app: server-rendered pages for hosts (accounts, dashboard, availability, event
//! types, the assistant, the planner) and invitees (booking pages and their booking link),
//! on the same service and use cases as the API. Templates are compiled in (askama); the CSS
//! and the little JavaScript are embedded, so the pages need nothing from any other server.

mod accounts;
mod assets;
mod assistant;
mod availability;
mod caldav_accounts;
mod calendar;
mod calendars;
mod dashboard;
mod event_types;
mod planner;
mod public;
pub mod render;
pub mod session;
mod team;
mod time_off;
mod webhooks;

use axum::Router;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::state::AppState;
use session::Session;

/// What the header of a host's page shows: who is logged in and the token of the log-out form.
#[derive(Debug, Clone)]
pub struct Nav {
    pub name: String,
    pub org_name: String,
    pub csrf: String,
    /// Which section is open, to mark its link.
    pub here: &'static str,
}

impl Nav {
    #[must_use]
    pub fn of(signed: &session::Signed, here: &'static str) -> Option<Self> {
        Some(Self {
            name: signed.user.name.clone(),
            org_name: signed.user.org_name.clone(),
            csrf: signed.csrf.clone(),
            here,
        })
    }
}

/// The web app's routes, merged into the service's router next to the API.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/static/{file}", get(assets::serve))
        .route("/signup", get(accounts::sign_up_page).post(accounts::sign_up))
        .route("/login", get(accounts::log_in_page).post(accounts::log_in))
        .route("/logout", post(accounts::log_out))
        .route(
            "/app/password",
            get(accounts::password_page).post(accounts::change_password),
        )
        .route("/app", get(dashboard::bookings))
        .route("/app/bookings/{id}/cancel", post(dashboard::cancel))
        .route(
            "/app/bookings/{id}/reschedule",
            get(dashboard::reschedule_page).post(dashboard::reschedule),
        )
        .route("/app/availability", get(availability::edit).post(availability::save))
        .route("/app/calendars", get(calendars::show).post(calendars::add))
        .route("/app/calendars/caldav", post(caldav_accounts::add))
        .route("/app/calendars/{id}/sync", post(calendars::sync))
        .route("/app/calendars/{id}/remove", post(calendars::remove))
        .route("/app/time-off", get(time_off::show))
        .route("/app/time-off/overrides", post(time_off::add_override))
        .route("/app/time-off/overrides/{date}/remove", post(time_off::remove_override))
        .route("/app/time-off/busy", post(time_off::add_busy))
        .route("/app/time-off/busy/{id}/remove", post(time_off::remove_busy))
        .route("/app/event-types", get(event_types::list).post(event_types::create))
        .route(
            "/app/event-types/{id}",
            get(event_types::edit).post(event_types::update),
        )
        .route("/app/assistant", get(assistant::start).post(assistant::ask))
        .route("/app/assistant/{id}", get(assistant::request))
        .route("/app/assistant/{id}/confirm", post(assistant::confirm))
        .route("/app/planner", get(planner::week))
        .route("/app/planner/tasks", post(planner::add_task))
        .route("/app/planner/habits", post(planner::add_habit))
        .route("/app/webhooks", get(webhooks::list).post(webhooks::create))
        .route("/app/webhooks/{id}", get(webhooks::deliveries))
        .route("/app/webhooks/{id}/delete", post(webhooks::delete))
        .route("/app/team", get(team::show).post(team::invite))
        .route("/app/api-keys", post(team::create_key))
        .route("/app/api-keys/{id}/revoke", post(team::revoke_key))
        .route("/book/{org}/{slug}", get(public::booking_page).post(public::book))
        .route("/book/{org}/{slug}/details", get(public::details))
        .route("/booking/{uid}", get(public::manage))
        .route("/booking/{uid}/cancel", post(public::cancel))
        .route(
            "/booking/{uid}/reschedule",
            get(public::reschedule_page).post(public::reschedule),
        )
}

async fn home(session: Session) -> Response {
    if session.user().is_some() {
        Redirect::to("/app").into_response()
    } else {
        Redirect::to("/login").into_response()
    }
}
