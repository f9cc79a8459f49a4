//! The host's bookings: upcoming and recent ones of their organisation, on the host's wall
//! clock, with a cancel button on the upcoming ones.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::TimeDelta;

use super::Nav;
use super::public::{MonthQuery, RescheduleForm, Target, move_to, reschedule_with};
use super::render::{WebError, clock_span, page, when};
use super::session::{Posted, Signed};
use crate::app;
use crate::ids::{BookingId, HostId, OrgId};
use crate::model::{Booking, BookingStatus, Canceller, EventType};
use crate::state::AppState;
use crate::store::PageRequest;
use crate::store::bookings::BookingFilter;

#[derive(Debug, Clone)]
struct Row {
    id: String,
    when: String,
    what: String,
    who: String,
    cancelled: bool,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    zone: String,
    upcoming: Vec<Row>,
    past: Vec<Row>,
    links: Vec<(String, String)>,
    /// The host's calendars whose data is old: name and last successful sync.
    stale: Vec<(String, String)>,
}

/// The organisation's event types (the first hundred), to name bookings and list links.
pub(super) async fn event_types(state: &AppState, org: OrgId) -> Result<Vec<EventType>, WebError> {
    Ok(app::event_types::list(&state.pool, org, PageRequest::first(100))
        .await?
        .data)
}

/// The logged-in host's zone.
pub(super) async fn host_zone(state: &AppState, org: OrgId, host: HostId) -> Result<kairos_core::Zone, WebError> {
    Ok(app::hosts::get(&state.pool, org, host).await?.time_zone)
}

pub async fn bookings(State(state): State<AppState>, signed: Signed) -> Result<Response, WebError> {
    let org = signed.user.org_id;
    let zone = host_zone(&state, org, signed.user.host_id).await?;
    let types = event_types(&state, org).await?;
    let now = state.now();
    let row = |b: &Booking| Row {
        id: b.id.to_string(),
        when: format!(
            "{} {}",
            when(b.start, zone).split(", ").next().unwrap_or_default(),
            clock_span(b.start, b.end, zone)
        ),
        what: types
            .iter()
            .find(|t| t.id == b.event_type_id)
            .map_or_else(|| "Meeting".to_owned(), |t| t.title.clone()),
        who: format!("{} <{}>", b.invitee.name, b.invitee.email),
        cancelled: b.status == BookingStatus::Cancelled,
    };
    let list = |from, to| BookingFilter {
        from,
        to,
        status: None,
        host: None,
    };
    let upcoming = app::bookings::list(&state.pool, org, list(now, now + TimeDelta::days(90)), None, 100).await?;
    let past = app::bookings::list(&state.pool, org, list(now - TimeDelta::days(30), now), None, 100).await?;
    let freshness = app::calendar_sources::Freshness::from_config(&state.config);
    let stale = app::calendar_sources::list(&state.pool, freshness, org, signed.user.host_id, now)
        .await?
        .into_iter()
        .filter(|s| s.stale)
        .map(|s| {
            (
                s.name,
                s.last_success_at
                    .map_or_else(|| "never".to_owned(), |at| when(at, zone)),
            )
        })
        .collect();
    let body = DashboardPage {
        title: "Bookings".to_owned(),
        nav: Nav::of(&signed, "bookings"),
        csrf: signed.csrf.clone(),
        zone: zone.name().to_owned(),
        upcoming: upcoming.data.iter().map(row).collect(),
        past: past.data.iter().rev().map(row).collect(),
        links: types
            .iter()
            .map(|t| (t.title.clone(), format!("/book/{}/{}", signed.user.org_slug, t.slug)))
            .collect(),
        stale,
    };
    Ok(page(StatusCode::OK, &body))
}

pub async fn cancel(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<super::session::NoFields>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let id = booking_id(&id)?;
    app::bookings::cancel(&state.pool, signed.user.org_id, id, None, Canceller::Host, state.now()).await?;
    Ok(Redirect::to("/app").into_response())
}

fn booking_id(id: &str) -> Result<BookingId, WebError> {
    id.parse().map_err(|_| WebError::App(app::Error::NotFound("booking")))
}

pub async fn reschedule_page(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
    Query(q): Query<MonthQuery>,
) -> Result<Response, WebError> {
    let zone = host_zone(&state, signed.user.org_id, signed.user.host_id).await?;
    let target = Target::host(&signed, booking_id(&id)?, zone);
    reschedule_with(&state, target, (signed.csrf.clone(), None), &q, None, StatusCode::OK).await
}

pub async fn reschedule(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<RescheduleForm>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let zone = host_zone(&state, signed.user.org_id, signed.user.host_id).await?;
    let target = Target::host(&signed, booking_id(&id)?, zone);
    move_to(&state, target, signed.csrf.clone(), &posted.form).await
}
