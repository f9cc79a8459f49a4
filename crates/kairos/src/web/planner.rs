//! The planner's week on the host's wall clock: meetings, planned task, habit and focus
//! blocks, tasks at risk, and forms to add a task or a habit (each queues a re-plan).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc};
use kairos_core::Zone;
use serde::Deserialize;

use super::Nav;
use super::availability::parse_spans;
use super::dashboard::host_zone;
use super::render::{FieldErrors, WebError, clock_span, page};
use super::session::{Posted, Signed};
use crate::app;
use crate::app::planner::{NewHabit, NewTask};
use crate::model::BookingStatus;
use crate::state::AppState;
use crate::store::bookings::BookingFilter;

#[derive(Debug, Clone)]
struct Item {
    kind: &'static str,
    time: String,
    title: String,
}

#[derive(Debug, Clone)]
struct Day {
    label: String,
    items: Vec<Item>,
}

#[derive(Template)]
#[template(path = "planner.html")]
struct WeekPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    zone: String,
    week_label: String,
    prev: String,
    next: String,
    days: Vec<Day>,
    at_risk: Vec<(String, String)>,
    planned_at: Option<String>,
    errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
pub struct WeekQuery {
    week: Option<String>,
}

fn start_of(zone: Zone, date: NaiveDate) -> DateTime<Utc> {
    zone.tz()
        .from_local_datetime(&date.and_time(NaiveTime::MIN))
        .earliest()
        .map_or_else(|| date.and_time(NaiveTime::MIN).and_utc(), |t| t.with_timezone(&Utc))
}

async fn week_page(
    state: &AppState,
    signed: &Signed,
    week: Option<&str>,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    let zone = host_zone(state, org, host).await?;
    let today = state.now().with_timezone(&zone.tz()).date_naive();
    let day = week
        .and_then(|w| NaiveDate::parse_from_str(w, "%Y-%m-%d").ok())
        .filter(|d| app::validate::YEARS.contains(&d.year()))
        .unwrap_or(today);
    let monday = day - TimeDelta::days(i64::from(day.weekday().num_days_from_monday()));
    let (from, to) = (start_of(zone, monday), start_of(zone, monday + TimeDelta::days(7)));
    let plan = app::planner::plan(&state.pool, org, host, Some(from), Some(to), state.now()).await?;
    let filter = BookingFilter {
        from,
        to,
        status: Some(BookingStatus::Confirmed),
        host: Some(host),
    };
    let meetings = app::bookings::list(&state.pool, org, filter, None, 100).await?.data;
    let mut all: Vec<(DateTime<Utc>, Item)> = meetings
        .iter()
        .map(|b| {
            (
                b.start,
                Item {
                    kind: "meeting",
                    time: clock_span(b.start, b.end, zone),
                    title: format!("Meeting with {}", b.invitee.name),
                },
            )
        })
        .chain(plan.blocks.iter().map(|b| {
            (
                b.start,
                Item {
                    kind: b.kind.as_str(),
                    time: clock_span(b.start, b.end, zone),
                    title: b.title.clone(),
                },
            )
        }))
        .collect();
    all.sort_by_key(|(start, _)| *start);
    let days = (0..7)
        .map(|i| {
            let date = monday + TimeDelta::days(i);
            Day {
                label: date.format("%A %-d %B").to_string(),
                items: all
                    .iter()
                    .filter(|(start, _)| start.with_timezone(&zone.tz()).date_naive() == date)
                    .map(|(_, item)| item.clone())
                    .collect(),
            }
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = WeekPage {
        title: "Planner".to_owned(),
        nav: Nav::of(signed, "planner"),
        csrf: signed.csrf.clone(),
        zone: zone.name().to_owned(),
        week_label: format!("Week of {}", monday.format("%-d %B %Y")),
        prev: (monday - TimeDelta::days(7)).format("%Y-%m-%d").to_string(),
        next: (monday + TimeDelta::days(7)).format("%Y-%m-%d").to_string(),
        days,
        at_risk: plan
            .at_risk
            .iter()
            .map(|t| (t.title.clone(), format!("{} minutes short", t.short_by_minutes)))
            .collect(),
        planned_at: plan
            .planned_at
            .map(|t| t.with_timezone(&zone.tz()).format("%a %-d %b, %H:%M").to_string()),
        errors,
    };
    Ok(page(status, &body))
}

pub async fn week(
    State(state): State<AppState>,
    signed: Signed,
    Query(q): Query<WeekQuery>,
) -> Result<Response, WebError> {
    week_page(&state, &signed, q.week.as_deref(), FieldErrors::default()).await
}

#[derive(Debug, Deserialize)]
pub struct TaskForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    duration_minutes: String,
    #[serde(default)]
    due: String,
}

fn minutes(field: &str, text: &str) -> Result<i32, FieldErrors> {
    text.trim().parse().map_err(|_| {
        let mut errors = FieldErrors::default();
        errors.add(field, "write a whole number of minutes");
        errors
    })
}

pub async fn add_task(State(state): State<AppState>, posted: Posted<TaskForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    let form = &posted.form;
    let duration = match minutes("task_duration_minutes", &form.duration_minutes) {
        Ok(d) => d,
        Err(errors) => return week_page(&state, &signed, None, errors).await,
    };
    let due = if form.due.trim().is_empty() {
        None
    } else {
        match NaiveDate::parse_from_str(form.due.trim(), "%Y-%m-%d") {
            // Due at the end of that day on the host's clock.
            Ok(date) => Some(start_of(host_zone(&state, org, host).await?, date + TimeDelta::days(1))),
            Err(_) => {
                let mut errors = FieldErrors::default();
                errors.add("task_due", "write the due date as YYYY-MM-DD");
                return week_page(&state, &signed, None, errors).await;
            }
        }
    };
    let task = NewTask {
        title: form.title.clone(),
        duration_minutes: duration,
        earliest_start: None,
        due,
        priority: None,
        min_chunk_minutes: None,
        max_chunk_minutes: None,
        splittable: None,
    };
    match app::planner::add_task(&state.pool, org, host, task, state.now()).await {
        Ok(_) => Ok(Redirect::to("/app/planner").into_response()),
        Err(err) => {
            let mut errors = FieldErrors::default();
            for (field, message) in FieldErrors::from_app(err, "task_title")?.into_pairs() {
                errors.add(&format!("task_{}", field.trim_start_matches("task_")), message);
            }
            week_page(&state, &signed, None, errors).await
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct HabitForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    times_per_week: String,
    #[serde(default)]
    window: String,
    #[serde(default)]
    duration_minutes: String,
}

pub async fn add_habit(State(state): State<AppState>, posted: Posted<HabitForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    let form = &posted.form;
    let mut errors = FieldErrors::default();
    let window = match parse_spans(&form.window).map(|s| s.into_iter().next()) {
        Ok(Some(w)) => Some(w),
        Ok(None) => {
            errors.add("habit_window", "give the window as one interval, like 07:00-10:00");
            None
        }
        Err(message) => {
            errors.add("habit_window", message);
            None
        }
    };
    let times = form.times_per_week.trim();
    let times_per_week = if times.is_empty() || times == "daily" {
        None
    } else if let Ok(n) = times.parse::<i16>() {
        Some(n)
    } else {
        errors.add(
            "habit_times_per_week",
            "write a number from 1 to 7, or leave it empty for daily",
        );
        None
    };
    let duration = minutes("habit_duration_minutes", &form.duration_minutes);
    let (Some(window), Ok(duration)) = (window, duration.map_err(|e| errors.extend(e))) else {
        return week_page(&state, &signed, None, errors).await;
    };
    if !errors.is_empty() {
        return week_page(&state, &signed, None, errors).await;
    }
    let habit = NewHabit {
        title: form.title.clone(),
        times_per_week,
        window,
        ideal_start: None,
        max_duration_minutes: duration,
        min_duration_minutes: None,
    };
    match app::planner::add_habit(&state.pool, org, host, habit, state.now()).await {
        Ok(_) => Ok(Redirect::to("/app/planner").into_response()),
        Err(err) => {
            for (field, message) in FieldErrors::from_app(err, "habit_title")?.into_pairs() {
                let field = match field.as_str() {
                    "max_duration_minutes" | "min_duration_minutes" => "habit_duration_minutes".to_owned(),
                    f if f.starts_with("habit_") => f.to_owned(),
                    f => format!("habit_{f}"),
                };
                errors.add(&field, message);
            }
            week_page(&state, &signed, None, errors).await
        }
    }
}
