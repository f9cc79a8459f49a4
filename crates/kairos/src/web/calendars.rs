//! The host's own calendars in the web app: the feeds and CalDAV calendars Kairos reads (how
//! each last synced, stale ones flagged), adding a feed (a CalDAV account: `caldav_accounts`),
//! syncing or removing one, and "why is this day busy?" — the explanation of one date, reason by reason.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::Nav;
use super::dashboard::host_zone;
use super::render::{FieldErrors, WebError, page, when};
use super::session::{NoFields, Posted, Signed};
use crate::app;
use crate::app::calendar_sources::{Freshness, NewCalendarSource};
use crate::app::explain::{Asked, ReasonKind};
use crate::ids::CalendarSourceId;
use crate::state::AppState;

#[derive(Debug, Clone)]
struct SourceRow {
    id: String,
    name: String,
    kind: &'static str,
    address: String,
    synced: String,
    stale: bool,
    error: Option<String>,
}

#[derive(Debug, Clone)]
struct ReasonRow {
    from: String,
    to: String,
    what: String,
}

#[derive(Template)]
#[template(path = "calendars.html")]
struct CalendarsPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    zone: String,
    sources: Vec<SourceRow>,
    errors: FieldErrors,
    /// The date explained, and its reasons.
    day: String,
    reasons: Option<Vec<ReasonRow>>,
}

/// What a reason is, in words.
fn described(reason: &app::explain::Reason) -> String {
    let named = |label: &str| match &reason.title {
        Some(title) => format!("{label}: {title}"),
        None => label.to_owned(),
    };
    match reason.kind {
        ReasonKind::OutsideWorkingHours => "Outside your working hours".to_owned(),
        ReasonKind::Override => "Outside that day's hours (date override)".to_owned(),
        ReasonKind::Booking => named("Kairos booking"),
        ReasonKind::BusyBlock => named("Busy block"),
        ReasonKind::PlannedBlock => named("Planned block"),
        ReasonKind::ExternalEvent => {
            let source = reason.source.as_ref().map_or_else(String::new, |s| {
                let stale = if s.stale { ", not synced lately" } else { "" };
                format!(" ({}{stale})", s.name)
            });
            format!("{}{source}", named("Event in your calendar"))
        }
        ReasonKind::InPast => "In the past".to_owned(),
        ReasonKind::MinimumNotice => "Within the minimum notice".to_owned(),
        ReasonKind::BeyondHorizon => "Beyond the booking horizon".to_owned(),
        ReasonKind::Buffer => "Buffer around a meeting".to_owned(),
        ReasonKind::DailyLimit => "Daily limit reached".to_owned(),
    }
}

pub(super) async fn calendars_page(
    state: &AppState,
    signed: &Signed,
    errors: FieldErrors,
    day: Option<NaiveDate>,
) -> Result<Response, WebError> {
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    let zone = host_zone(state, org, host).await?;
    let now = state.now();
    let freshness = Freshness::from_config(&state.config);
    let sources = app::calendar_sources::list(&state.pool, freshness, org, host, now)
        .await?
        .into_iter()
        .map(|s| SourceRow {
            id: s.id.to_string(),
            name: s.name,
            kind: if s.kind == "caldav" { "CalDAV" } else { "ICS feed" },
            address: s.address,
            synced: s
                .last_success_at
                .map_or_else(|| "never".to_owned(), |at| when(at, zone)),
            stale: s.stale,
            error: s.last_error,
        })
        .collect();
    let day = day.unwrap_or_else(|| now.with_timezone(&zone.tz()).date_naive());
    let reasons = match day.succ_opt() {
        Some(next) => {
            let asked = Asked {
                host,
                start: zone.start_of_day(day),
                end: zone.start_of_day(next),
                event_type: None,
            };
            let explained = app::explain::explain(&state.pool, freshness, org, asked, now).await?;
            Some(
                explained
                    .reasons
                    .iter()
                    .map(|r| ReasonRow {
                        from: when(r.start, zone),
                        to: when(r.end, zone),
                        what: described(r),
                    })
                    .collect(),
            )
        }
        None => None,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = CalendarsPage {
        title: "Calendars".to_owned(),
        nav: Nav::of(signed, "calendars"),
        csrf: signed.csrf.clone(),
        zone: zone.name().to_owned(),
        sources,
        errors,
        day: day.format("%Y-%m-%d").to_string(),
        reasons,
    };
    Ok(page(status, &body))
}

#[derive(Debug, Deserialize)]
pub struct Explain {
    date: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: Signed,
    Query(query): Query<Explain>,
) -> Result<Response, WebError> {
    let day = query
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .filter(|d| app::validate::YEARS.contains(&chrono::Datelike::year(d)));
    calendars_page(&state, &signed, FieldErrors::default(), day).await
}

#[derive(Debug, Deserialize)]
pub struct FeedForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    url: String,
    /// A checkbox: present when ticked.
    all_day_busy: Option<String>,
    show_titles: Option<String>,
}

pub async fn add(State(state): State<AppState>, posted: Posted<FeedForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let form = posted.form;
    let new = NewCalendarSource {
        name: form.name,
        url: Some(form.url),
        caldav: None,
        all_day_busy: form.all_day_busy.is_some(),
        receives_bookings: false,
        show_titles: form.show_titles.is_some(),
    };
    let allow_private = state.config.calendar_allow_private_addresses;
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    match app::calendar_sources::add(&state.pool, &state.keyring, allow_private, org, host, new, state.now()).await {
        Ok(_) => Ok(Redirect::to("/app/calendars").into_response()),
        Err(err) => calendars_page(&state, &signed, FieldErrors::from_app(err, "url")?, None).await,
    }
}

fn source_id(text: &str) -> Result<CalendarSourceId, WebError> {
    Ok(text.parse().map_err(|_| app::Error::NotFound("calendar source"))?)
}

pub async fn sync(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<NoFields>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    app::calendar_sources::sync_soon(&state.pool, org, host, source_id(&id)?, state.now()).await?;
    Ok(Redirect::to("/app/calendars").into_response())
}

pub async fn remove(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<NoFields>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    app::calendar_sources::remove(&state.pool, org, host, source_id(&id)?, state.now()).await?;
    Ok(Redirect::to("/app/calendars").into_response())
}
