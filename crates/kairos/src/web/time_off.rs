//! Exceptions to the weekly hours: date overrides (other hours, or the day off, on one date)
//! and busy blocks (time taken elsewhere), both on the host's wall clock.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Utc};
use kairos_core::Zone;
use serde::Deserialize;

use super::Nav;
use super::availability::parse_spans;
use super::dashboard::host_zone;
use super::render::{FieldErrors, WebError, page, when};
use super::session::{NoFields, Posted, Signed};
use crate::app;
use crate::ids::BusyBlockId;
use crate::model::DateOverride;
use crate::state::AppState;
use crate::store::PageRequest;

#[derive(Debug, Clone)]
struct OverrideRow {
    date: String,
    label: String,
    hours: String,
}

#[derive(Debug, Clone)]
struct BusyRow {
    id: String,
    title: String,
    from: String,
    to: String,
}

#[derive(Template)]
#[template(path = "time_off.html")]
struct TimeOffPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    zone: String,
    overrides: Vec<OverrideRow>,
    busy: Vec<BusyRow>,
    errors: FieldErrors,
}

async fn time_off_page(state: &AppState, signed: &Signed, errors: FieldErrors) -> Result<Response, WebError> {
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    let zone = host_zone(state, org, host).await?;
    let now = state.now();
    let today = now.with_timezone(&zone.tz()).date_naive();
    let schedule = app::availability::get(&state.pool, org, host).await?;
    let overrides = schedule
        .overrides
        .iter()
        .filter(|o| o.date >= today)
        .map(|o| OverrideRow {
            date: o.date.format("%Y-%m-%d").to_string(),
            label: o.date.format("%A %-d %B %Y").to_string(),
            hours: if o.spans.is_empty() {
                "Day off".to_owned()
            } else {
                o.spans.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
            },
        })
        .collect();
    let page_request = PageRequest::first(100);
    let busy = app::busy::list(&state.pool, org, host, now, now + TimeDelta::days(366), page_request)
        .await?
        .data
        .into_iter()
        .map(|b| BusyRow {
            id: b.id.to_string(),
            title: if b.title.is_empty() { "Busy".to_owned() } else { b.title },
            from: when(b.start, zone),
            to: when(b.end, zone),
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = TimeOffPage {
        title: "Time off".to_owned(),
        nav: Nav::of(signed, "time-off"),
        csrf: signed.csrf.clone(),
        zone: zone.name().to_owned(),
        overrides,
        busy,
        errors,
    };
    Ok(page(status, &body))
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, WebError> {
    time_off_page(&state, &signed, FieldErrors::default()).await
}

fn one_error(field: &str, message: impl Into<String>) -> FieldErrors {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    errors
}

#[derive(Debug, Deserialize)]
pub struct OverrideForm {
    #[serde(default)]
    date: String,
    #[serde(default)]
    hours: String,
}

/// Replaces the schedule's override of `date` (or removes it when `spans` is `None`).
async fn set_override(
    state: &AppState,
    signed: &Signed,
    date: NaiveDate,
    spans: Option<Vec<kairos_core::LocalSpan>>,
) -> Result<Result<(), FieldErrors>, WebError> {
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    let mut schedule = app::availability::get(&state.pool, org, host).await?;
    schedule.overrides.retain(|o| o.date != date);
    if let Some(spans) = spans {
        schedule.overrides.push(DateOverride { date, spans });
        schedule.overrides.sort_by_key(|o| o.date);
    }
    match app::availability::replace(&state.pool, org, host, schedule.into(), state.now()).await {
        Ok(_) => Ok(Ok(())),
        Err(err) => Ok(Err(FieldErrors::from_app(err, "override_date")?)),
    }
}

pub async fn add_override(State(state): State<AppState>, posted: Posted<OverrideForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let Ok(date) = NaiveDate::parse_from_str(posted.form.date.trim(), "%Y-%m-%d") else {
        return time_off_page(
            &state,
            &signed,
            one_error("override_date", "choose a date (YYYY-MM-DD)"),
        )
        .await;
    };
    let spans = match parse_spans(&posted.form.hours) {
        Ok(spans) => spans,
        Err(message) => return time_off_page(&state, &signed, one_error("override_hours", message)).await,
    };
    match set_override(&state, &signed, date, Some(spans)).await? {
        Ok(()) => Ok(Redirect::to("/app/time-off").into_response()),
        Err(errors) => time_off_page(&state, &signed, errors).await,
    }
}

pub async fn remove_override(
    State(state): State<AppState>,
    Path(date): Path<String>,
    posted: Posted<NoFields>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let date = NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|_| app::Error::NotFound("date override"))?;
    match set_override(&state, &signed, date, None).await? {
        Ok(()) => Ok(Redirect::to("/app/time-off").into_response()),
        Err(errors) => time_off_page(&state, &signed, errors).await,
    }
}

#[derive(Debug, Deserialize)]
pub struct BusyForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    start: String,
    #[serde(default)]
    end: String,
}

/// A `datetime-local` value (`2026-12-01T09:30`) on `zone`'s clock.
fn local(zone: Zone, text: &str) -> Option<chrono::DateTime<Utc>> {
    let naive = NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M")
        .ok()
        .filter(|t| app::validate::YEARS.contains(&chrono::Datelike::year(t)))?;
    zone.tz()
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

pub async fn add_busy(State(state): State<AppState>, posted: Posted<BusyForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    let zone = host_zone(&state, org, host).await?;
    let form = &posted.form;
    let (Some(start), Some(end)) = (local(zone, &form.start), local(zone, &form.end)) else {
        let field = if local(zone, &form.start).is_none() {
            "busy_start"
        } else {
            "busy_end"
        };
        return time_off_page(&state, &signed, one_error(field, "give a date and a time")).await;
    };
    match app::busy::add(&state.pool, org, host, start, end, &form.title, state.now()).await {
        Ok(_) => Ok(Redirect::to("/app/time-off").into_response()),
        Err(err) => {
            let mut errors = FieldErrors::default();
            for (field, message) in FieldErrors::from_app(err, "busy_title")?.into_pairs() {
                let field = if field.starts_with("busy_") {
                    field
                } else {
                    format!("busy_{field}")
                };
                errors.add(&field, message);
            }
            time_off_page(&state, &signed, errors).await
        }
    }
}

pub async fn remove_busy(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<NoFields>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let id: BusyBlockId = id.parse().map_err(|_| app::Error::NotFound("busy block"))?;
    app::busy::remove(&state.pool, signed.user.org_id, signed.user.host_id, id, state.now()).await?;
    Ok(Redirect::to("/app/time-off").into_response())
}
