//! "I need 3 hours for the board deck by Friday", "gym 1 h three times a week, mornings": the
//! assistant hands tasks and habits to the planner, which places them around the host's
//! meetings. Adding one changes no one's meetings and can be undone, so it needs no
//! confirmation; a missing length is asked for rather than guessed.

use chrono::{DateTime, Days, NaiveTime, Utc};
use chrono_tz::Tz;
use kairos_core::LocalSpan;
use kairos_core::intent::{Frequency, Intent, PartOfDay};
use kairos_core::zone::{Edge, resolve};
use sqlx::PgPool;

use super::super::{Result, planner};
use super::proposal::Outcome;
use super::reply::Reply;
use super::words;
use crate::model::Host;

/// A title read from a request that may span lines, on one line as titles must be.
fn one_line(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A habit with no part of day named fits anywhere in this local window.
const ANY_TIME: (u16, u16) = (8 * 60, 18 * 60);

/// Adds the task the request describes to the host's plan.
#[allow(clippy::too_many_arguments)]
pub async fn add_task(
    pool: &PgPool,
    org: crate::ids::OrgId,
    host: &Host,
    title: &str,
    due: Option<chrono::NaiveDate>,
    intent: &Intent,
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<Reply> {
    let Some(minutes) = intent.duration_minutes else {
        return Ok(Reply::ask(vec![format!("How long will “{title}” take?")]));
    };
    let due_at = due
        .and_then(|day| day.checked_add_days(Days::new(1)))
        .map(|next| resolve(zone, next.and_time(NaiveTime::MIN), Edge::End));
    let task = planner::add_task(
        pool,
        org,
        host.id,
        planner::NewTask {
            title: one_line(title),
            duration_minutes: i32::try_from(minutes).unwrap_or(i32::MAX),
            earliest_start: None,
            due: due_at,
            priority: None,
            min_chunk_minutes: None,
            max_chunk_minutes: None,
            splittable: None,
        },
        now,
    )
    .await?;
    let by = due
        .map(|d| format!(" by the end of {}", words::date(d)))
        .unwrap_or_default();
    Ok(Reply::done(
        format!(
            "Added “{}” ({}{by}) to your plan; it will be placed in your free time.",
            task.title,
            words::duration(chrono::TimeDelta::minutes(i64::from(minutes)))
        ),
        Outcome::TaskAdded { task_id: task.id },
    ))
}

/// Adds the habit the request describes to the host's plan.
#[allow(clippy::too_many_arguments)]
pub async fn add_habit(
    pool: &PgPool,
    org: crate::ids::OrgId,
    host: &Host,
    title: &str,
    frequency: Option<Frequency>,
    part: Option<PartOfDay>,
    intent: &Intent,
    now: DateTime<Utc>,
) -> Result<Reply> {
    let Some(minutes) = intent.duration_minutes else {
        return Ok(Reply::ask(vec![format!("How long should “{title}” take each time?")]));
    };
    let (start, end) = part.map_or(ANY_TIME, |p| {
        let (a, b) = p.hours();
        (
            kairos_core::availability::minute_of(a),
            kairos_core::availability::minute_of(b),
        )
    });
    let window = LocalSpan::new(start, end).map_err(|err| super::super::Error::invalid("window", err.to_string()))?;
    let times_per_week = match frequency {
        None | Some(Frequency::Daily) => None,
        Some(Frequency::Weekdays) => Some(5),
        Some(Frequency::PerWeek(n)) => Some(i16::from(n)),
    };
    let habit = planner::add_habit(
        pool,
        org,
        host.id,
        planner::NewHabit {
            title: one_line(title),
            times_per_week,
            window,
            ideal_start: None,
            max_duration_minutes: i32::try_from(minutes).unwrap_or(i32::MAX),
            min_duration_minutes: None,
        },
        now,
    )
    .await?;
    let how_often = times_per_week.map_or_else(|| "every day".to_owned(), |n| format!("{n} times a week"));
    Ok(Reply::done(
        format!(
            "Added the habit “{}”: {} {how_often}, between {} and {}.",
            habit.title,
            words::duration(chrono::TimeDelta::minutes(i64::from(minutes))),
            kairos_core::availability::format_minute(start),
            kairos_core::availability::format_minute(end)
        ),
        Outcome::HabitAdded { habit_id: habit.id },
    ))
}
