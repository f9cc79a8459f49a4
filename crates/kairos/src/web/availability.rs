//! The availability editor: the host's zone and, per weekday, any number of intervals written
//! as `09:00-12:00, 13:00-17:00`. Date overrides are kept as they are.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kairos_core::LocalSpan;

use super::Nav;
use super::render::{FieldErrors, WebError, page};
use super::session::{Posted, Signed};
use crate::app;
use crate::app::availability::ScheduleInput;
use crate::model::WeeklySchedule;
use crate::state::AppState;

const DAYS: [(&str, &str); 7] = [
    ("monday", "Monday"),
    ("tuesday", "Tuesday"),
    ("wednesday", "Wednesday"),
    ("thursday", "Thursday"),
    ("friday", "Friday"),
    ("saturday", "Saturday"),
    ("sunday", "Sunday"),
];

#[derive(Debug, Clone)]
struct DayRow {
    key: &'static str,
    label: &'static str,
    value: String,
}

#[derive(Template)]
#[template(path = "availability.html")]
struct AvailabilityPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    time_zone: String,
    days: Vec<DayRow>,
    errors: FieldErrors,
    saved: bool,
}

/// `09:00-12:00, 13:00-17:00` into spans; empty text is a day off.
pub fn parse_spans(text: &str) -> Result<Vec<LocalSpan>, String> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (start, end) = part
                .split_once(['-', '–'])
                .ok_or_else(|| format!("`{part}` is not an interval; write it like 09:00-12:00"))?;
            LocalSpan::parse(start.trim(), end.trim()).map_err(|e| e.to_string().replace('`', ""))
        })
        .collect()
}

fn show(spans: &[LocalSpan]) -> String {
    spans
        .iter()
        .map(|s| s.to_string().replace('–', "-"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn render(signed: &Signed, time_zone: String, days: Vec<DayRow>, errors: FieldErrors, saved: bool) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = AvailabilityPage {
        title: "Availability".to_owned(),
        nav: Nav::of(signed, "availability"),
        csrf: signed.csrf.clone(),
        time_zone,
        days,
        errors,
        saved,
    };
    page(status, &body)
}

pub async fn page_of(state: &AppState, signed: &Signed, saved: bool) -> Result<Response, WebError> {
    let schedule = app::availability::get(&state.pool, signed.user.org_id, signed.user.host_id).await?;
    let weekly = schedule.weekly.into_days();
    let days = DAYS
        .iter()
        .zip(weekly.iter())
        .map(|((key, label), spans)| DayRow {
            key,
            label,
            value: show(spans),
        })
        .collect();
    Ok(render(
        signed,
        schedule.time_zone.name().to_owned(),
        days,
        FieldErrors::default(),
        saved,
    ))
}

pub async fn edit(State(state): State<AppState>, signed: Signed) -> Result<Response, WebError> {
    page_of(&state, &signed, false).await
}

pub async fn save(
    State(state): State<AppState>,
    posted: Posted<std::collections::HashMap<String, String>>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let form = &posted.form;
    let mut errors = FieldErrors::default();
    let mut parsed: [Vec<LocalSpan>; 7] = Default::default();
    let mut rows = Vec::new();
    for (i, (key, label)) in DAYS.iter().enumerate() {
        let value = form.get(*key).cloned().unwrap_or_default();
        match parse_spans(&value) {
            Ok(spans) => parsed[i] = spans,
            Err(message) => errors.add(key, message),
        }
        rows.push(DayRow { key, label, value });
    }
    let time_zone = form.get("time_zone").cloned().unwrap_or_default();
    if !errors.is_empty() {
        return Ok(render(&signed, time_zone, rows, errors, false));
    }
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    let current = app::availability::get(&state.pool, org, host).await?;
    let schedule = ScheduleInput {
        time_zone: time_zone.trim().to_owned(),
        weekly: WeeklySchedule::from_days(parsed),
        overrides: current.overrides,
    };
    match app::availability::replace(&state.pool, org, host, schedule, state.now()).await {
        Ok(_) => page_of(&state, &signed, true).await,
        Err(err) => Ok(render(
            &signed,
            time_zone,
            rows,
            FieldErrors::from_app(err, "time_zone")?,
            false,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_intervals_a_day() {
        let spans = parse_spans("09:00-12:00, 13:00 – 17:30").expect("parsed");
        assert_eq!(show(&spans), "09:00-12:00, 13:00-17:30");
        assert!(parse_spans("").expect("day off").is_empty());
        assert!(parse_spans("9-5").is_err());
        assert!(parse_spans("12:00-09:00").is_err());
        assert!(parse_spans("09:00").is_err());
    }
}
