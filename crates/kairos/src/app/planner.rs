//! The planner's use cases: a host's tasks, habits and planner settings, and reading the plan.
//! Every change is written together with a `planner.replan` job in one transaction, so the
//! plan follows each change; the run itself is in [`super::replan`].
//!
//! `add_task` and `add_habit` are the entry points for other modules (the assistant turns
//! "3 hours for the board deck by Friday" into a [`NewTask`]).

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use kairos_core::LocalSpan;
use serde::Deserialize;
use sqlx::{PgConnection, PgPool};
use utoipa::ToSchema;

use super::ProblemCode;
use super::{Error, Result, validate};
use crate::ids::{HabitId, HostId, OrgId, TaskId};
use crate::jobs::Job;
use crate::jobs::payload::Replan;
use crate::model::Page;
use crate::model::planner::{Habit, Plan, PlanMetrics, PlannerSettings, Task, TaskAtRisk, TaskStatus};
use crate::store::planner::{HabitFields, TaskFields};
use crate::store::{self, PageRequest};

/// Longest range one plan request may cover.
pub const MAX_PLAN_RANGE: TimeDelta = TimeDelta::days(92);
/// Range a plan request covers when it names no end.
pub const DEFAULT_PLAN_RANGE: TimeDelta = TimeDelta::days(7);

// ---------------------------------------------------------------------------------------------
// Queueing re-plans
// ---------------------------------------------------------------------------------------------

fn replan_job(org: OrgId, host: HostId, generation: i64) -> crate::jobs::enqueue::Planned {
    Job::Replan(Replan {
        org_id: org,
        host_id: host,
    })
    .planned()
    .unique(format!("replan:{host}:{generation}"))
    .about(host.0)
}

/// Queues a re-plan of `host`, to run at `now`, in the caller's transaction (coalescing with
/// one already queued); the host starts using the planner if it did not. `NotFound` for a
/// stranger's host. First in the transaction, for the reason `queue_replans` gives.
pub async fn queue_replan(conn: &mut PgConnection, org: OrgId, host: HostId, now: DateTime<Utc>) -> Result<()> {
    let generation = store::planner::lock_generation(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    crate::jobs::enqueue::enqueue(conn, vec![replan_job(org, host, generation)], now).await?;
    Ok(())
}

/// Queues a re-plan of each of `hosts` that uses the planner (after a booking or a busy block
/// changed their calendar), to run at `now`; hosts that do not are left alone.
///
/// Call it first in the transaction, before the change: it takes a share lock on each host's
/// planner row, and a change to a calendar locks the host's calendar version. A planner run
/// takes them in that order (it locks the planner row, then replacing its blocks bumps the
/// version); a writer taking them the other way round could deadlock with it.
pub async fn queue_replans(conn: &mut PgConnection, org: OrgId, hosts: &[HostId], now: DateTime<Utc>) -> Result<()> {
    let jobs: Vec<_> = store::planner::lock_generations(&mut *conn, org, hosts)
        .await?
        .into_iter()
        .map(|(host, generation)| replan_job(org, host, generation))
        .collect();
    if !jobs.is_empty() {
        crate::jobs::enqueue::enqueue(conn, jobs, now).await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Tasks
// ---------------------------------------------------------------------------------------------

/// A new task: `title` and `duration_minutes` are required, the rest has defaults.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTask {
    #[schema(example = "Board deck")]
    pub title: String,
    /// The whole work, 5–6000 minutes.
    #[schema(example = 180, minimum = 5, maximum = 6000)]
    pub duration_minutes: i32,
    /// Not planned before this instant (default: now).
    pub earliest_start: Option<DateTime<Utc>>,
    pub due: Option<DateTime<Utc>>,
    /// 1 (most urgent) to 4; default 3.
    #[schema(minimum = 1, maximum = 4)]
    pub priority: Option<i16>,
    /// Shortest block when split (default 30).
    pub min_chunk_minutes: Option<i32>,
    /// Longest block when split (default 120).
    pub max_chunk_minutes: Option<i32>,
    /// Default true; false plans the task as one block.
    pub splittable: Option<bool>,
}

/// Changes to a task: only the given fields change (`due: null` removes the due date).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskChanges {
    pub title: Option<String>,
    pub duration_minutes: Option<i32>,
    #[serde(default, deserialize_with = "validate::present")]
    #[schema(value_type = Option<DateTime<Utc>>)]
    pub earliest_start: Option<Option<DateTime<Utc>>>,
    #[serde(default, deserialize_with = "validate::present")]
    #[schema(value_type = Option<DateTime<Utc>>)]
    pub due: Option<Option<DateTime<Utc>>>,
    pub priority: Option<i16>,
    pub min_chunk_minutes: Option<i32>,
    pub max_chunk_minutes: Option<i32>,
    pub splittable: Option<bool>,
    /// `open` or `done` (done tasks are no longer planned).
    pub status: Option<TaskStatus>,
}

/// Checks a task's fields as a whole.
fn checked_task(mut f: TaskFields) -> Result<TaskFields> {
    f.title = validate::line("title", &f.title, 200)?;
    validate::range("duration_minutes", f.duration_minutes, 5, 6000)?;
    validate::range("priority", i32::from(f.priority), 1, 4)?;
    validate::range("min_chunk_minutes", f.min_chunk_minutes, 5, 6000)?;
    validate::range("max_chunk_minutes", f.max_chunk_minutes, 5, 6000)?;
    if f.min_chunk_minutes > f.max_chunk_minutes {
        return Err(Error::invalid(
            "max_chunk_minutes",
            "`max_chunk_minutes` must be at least `min_chunk_minutes`",
        ));
    }
    f.earliest_start = f
        .earliest_start
        .map(|t| validate::instant("earliest_start", t).map(|t| t.trunc_subsecs(6)))
        .transpose()?;
    f.due = f
        .due
        .map(|t| validate::instant("due", t).map(|t| t.trunc_subsecs(6)))
        .transpose()?;
    if let (Some(earliest), Some(due)) = (f.earliest_start, f.due)
        && earliest >= due
    {
        return Err(Error::invalid("due", "`due` must be after `earliest_start`"));
    }
    Ok(f)
}

/// Adds a task to `host` and queues a re-plan, in one transaction.
#[tracing::instrument(skip_all, fields(org.id = %org, host.id = %host), err(level = "warn"))]
pub async fn add_task(pool: &PgPool, org: OrgId, host: HostId, task: NewTask, now: DateTime<Utc>) -> Result<Task> {
    let fields = checked_task(TaskFields {
        title: task.title,
        duration_minutes: task.duration_minutes,
        earliest_start: task.earliest_start,
        due: task.due,
        priority: task.priority.unwrap_or(3),
        min_chunk_minutes: task.min_chunk_minutes.unwrap_or(30),
        max_chunk_minutes: task.max_chunk_minutes.unwrap_or(120),
        splittable: task.splittable.unwrap_or(true),
        status: TaskStatus::Open,
    })?;
    let mut tx = store::begin(pool).await?;
    queue_replan(&mut tx, org, host, now).await?;
    let saved = store::planner::insert_task(&mut tx, org, host, TaskId::generate(), &fields).await?;
    tx.commit().await?;
    Ok(saved)
}

pub async fn get_task(pool: &PgPool, org: OrgId, host: HostId, id: TaskId) -> Result<Task> {
    store::planner::tasks(
        &mut *store::acquire(pool).await?,
        org,
        host,
        Some(id),
        PageRequest::first(1),
    )
    .await?
    .pop()
    .ok_or(Error::NotFound("task"))
}

pub async fn list_tasks(pool: &PgPool, org: OrgId, host: HostId, page: PageRequest<TaskId>) -> Result<Page<Task>> {
    let mut conn = store::acquire(pool).await?;
    store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let tasks = store::planner::tasks(&mut *conn, org, host, None, page.plus_one()).await?;
    Ok(page.cut(tasks, |t| t.id.to_string()))
}

/// Changes the given fields of a task and queues a re-plan.
pub async fn update_task(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    id: TaskId,
    changes: TaskChanges,
    now: DateTime<Utc>,
) -> Result<Task> {
    let base = TaskFields::from(&get_task(pool, org, host, id).await?);
    let fields = checked_task(TaskFields {
        title: changes.title.unwrap_or(base.title),
        duration_minutes: changes.duration_minutes.unwrap_or(base.duration_minutes),
        earliest_start: changes.earliest_start.unwrap_or(base.earliest_start),
        due: changes.due.unwrap_or(base.due),
        priority: changes.priority.unwrap_or(base.priority),
        min_chunk_minutes: changes.min_chunk_minutes.unwrap_or(base.min_chunk_minutes),
        max_chunk_minutes: changes.max_chunk_minutes.unwrap_or(base.max_chunk_minutes),
        splittable: changes.splittable.unwrap_or(base.splittable),
        status: changes.status.unwrap_or(base.status),
    })?;
    let mut tx = store::begin(pool).await?;
    queue_replan(&mut tx, org, host, now).await?;
    let saved = store::planner::update_task(&mut tx, org, host, id, &fields)
        .await?
        .ok_or(Error::NotFound("task"))?;
    tx.commit().await?;
    Ok(saved)
}

/// Deletes a task with its planned blocks and queues a re-plan.
pub async fn delete_task(pool: &PgPool, org: OrgId, host: HostId, id: TaskId, now: DateTime<Utc>) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    queue_replan(&mut tx, org, host, now).await?;
    if !store::planner::delete_task(&mut tx, org, host, id).await? {
        return Err(Error::NotFound("task"));
    }
    tx.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Habits
// ---------------------------------------------------------------------------------------------

/// A new habit: `title`, `window` and `max_duration_minutes` are required.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewHabit {
    #[schema(example = "Gym")]
    pub title: String,
    /// 1–7 times a week (at most once a day); absent or `null` for daily.
    #[schema(minimum = 1, maximum = 7, example = 3)]
    pub times_per_week: Option<i16>,
    /// Local times of the host's zone, e.g. `{"start": "07:00", "end": "10:00"}`.
    #[schema(value_type = crate::model::SpanDoc)]
    pub window: LocalSpan,
    /// The preferred local start inside the window, `"HH:MM"` (default: the window's start).
    #[schema(example = "08:00")]
    pub ideal_start: Option<String>,
    /// The length wanted, 5–720 minutes, at most the window's length.
    #[schema(example = 60)]
    pub max_duration_minutes: i32,
    /// The shortest acceptable length on a tight day (default: `max_duration_minutes`).
    pub min_duration_minutes: Option<i32>,
}

/// Changes to a habit: only the given fields change (`times_per_week: null` makes it daily).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HabitChanges {
    pub title: Option<String>,
    #[serde(default, deserialize_with = "validate::present")]
    #[schema(value_type = Option<i16>)]
    pub times_per_week: Option<Option<i16>>,
    #[schema(value_type = Option<crate::model::SpanDoc>)]
    pub window: Option<LocalSpan>,
    pub ideal_start: Option<String>,
    pub max_duration_minutes: Option<i32>,
    pub min_duration_minutes: Option<i32>,
}

/// A local `"HH:MM"` as minutes after midnight.
fn local_minute(field: &str, text: &str) -> Result<u16> {
    LocalSpan::parse(text, "24:00")
        .map(|s| s.start_minute())
        .map_err(|_| Error::invalid(field, format!("`{field}` must be a time like \"08:30\"")))
}

/// Checks a habit's fields as a whole.
fn checked_habit(mut f: HabitFields) -> Result<HabitFields> {
    f.title = validate::line("title", &f.title, 200)?;
    if let Some(n) = f.times_per_week {
        validate::range("times_per_week", i32::from(n), 1, 7)?;
    }
    let (start, end) = (f.window.start_minute(), f.window.end_minute());
    if !(start..end).contains(&f.ideal_start_minute) {
        return Err(Error::invalid("ideal_start", "`ideal_start` must lie inside `window`"));
    }
    validate::range("max_duration_minutes", f.max_duration_minutes, 5, 720)?;
    validate::range(
        "min_duration_minutes",
        f.min_duration_minutes,
        5,
        f.max_duration_minutes,
    )?;
    if f.max_duration_minutes > i32::from(end - start) {
        return Err(Error::invalid(
            "max_duration_minutes",
            "`max_duration_minutes` must fit inside `window`",
        ));
    }
    Ok(f)
}

/// Adds a habit to `host` and queues a re-plan, in one transaction.
#[tracing::instrument(skip_all, fields(org.id = %org, host.id = %host), err(level = "warn"))]
pub async fn add_habit(pool: &PgPool, org: OrgId, host: HostId, habit: NewHabit, now: DateTime<Utc>) -> Result<Habit> {
    let ideal = habit
        .ideal_start
        .as_deref()
        .map_or(Ok(habit.window.start_minute()), |t| local_minute("ideal_start", t))?;
    let fields = checked_habit(HabitFields {
        title: habit.title,
        times_per_week: habit.times_per_week,
        window: habit.window,
        ideal_start_minute: ideal,
        min_duration_minutes: habit.min_duration_minutes.unwrap_or(habit.max_duration_minutes),
        max_duration_minutes: habit.max_duration_minutes,
    })?;
    let mut tx = store::begin(pool).await?;
    queue_replan(&mut tx, org, host, now).await?;
    let saved = store::planner::insert_habit(&mut tx, org, host, HabitId::generate(), &fields).await?;
    tx.commit().await?;
    Ok(saved)
}

pub async fn get_habit(pool: &PgPool, org: OrgId, host: HostId, id: HabitId) -> Result<Habit> {
    store::planner::habits(
        &mut *store::acquire(pool).await?,
        org,
        host,
        Some(id),
        PageRequest::first(1),
    )
    .await?
    .pop()
    .ok_or(Error::NotFound("habit"))
}

pub async fn list_habits(pool: &PgPool, org: OrgId, host: HostId, page: PageRequest<HabitId>) -> Result<Page<Habit>> {
    let mut conn = store::acquire(pool).await?;
    store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let habits = store::planner::habits(&mut *conn, org, host, None, page.plus_one()).await?;
    Ok(page.cut(habits, |h| h.id.to_string()))
}

/// Changes the given fields of a habit and queues a re-plan.
pub async fn update_habit(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    id: HabitId,
    changes: HabitChanges,
    now: DateTime<Utc>,
) -> Result<Habit> {
    let base = get_habit(pool, org, host, id).await?;
    let window = changes.window.unwrap_or(base.window);
    let ideal = match changes.ideal_start.as_deref() {
        Some(text) => local_minute("ideal_start", text)?,
        // A new window without a new ideal start keeps the old one when it still fits.
        None => local_minute("ideal_start", &base.ideal_start)
            .ok()
            .filter(|m| (window.start_minute()..window.end_minute()).contains(m))
            .unwrap_or(window.start_minute()),
    };
    let max = changes.max_duration_minutes.unwrap_or(base.max_duration_minutes);
    let fields = checked_habit(HabitFields {
        title: changes.title.unwrap_or(base.title),
        times_per_week: changes.times_per_week.unwrap_or(base.times_per_week),
        window,
        ideal_start_minute: ideal,
        min_duration_minutes: changes
            .min_duration_minutes
            .unwrap_or(base.min_duration_minutes.min(max)),
        max_duration_minutes: max,
    })?;
    let mut tx = store::begin(pool).await?;
    queue_replan(&mut tx, org, host, now).await?;
    let saved = store::planner::update_habit(&mut tx, org, host, id, &fields)
        .await?
        .ok_or(Error::NotFound("habit"))?;
    tx.commit().await?;
    Ok(saved)
}

/// Deletes a habit with its planned blocks and queues a re-plan.
pub async fn delete_habit(pool: &PgPool, org: OrgId, host: HostId, id: HabitId, now: DateTime<Utc>) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    queue_replan(&mut tx, org, host, now).await?;
    if !store::planner::delete_habit(&mut tx, org, host, id).await? {
        return Err(Error::NotFound("habit"));
    }
    tx.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Settings and the plan
// ---------------------------------------------------------------------------------------------

/// The host's settings (the defaults until first written).
pub async fn settings(pool: &PgPool, org: OrgId, host: HostId) -> Result<PlannerSettings> {
    let mut conn = store::acquire(pool).await?;
    store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    Ok(store::planner::settings(&mut *conn, org, host)
        .await?
        .unwrap_or_default())
}

/// Replaces the host's settings as a whole and queues a re-plan.
pub async fn put_settings(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    s: PlannerSettings,
    now: DateTime<Utc>,
) -> Result<PlannerSettings> {
    validate::range("focus_weekly_minutes", s.focus_weekly_minutes, 0, 5040)?;
    validate::range("focus_min_block_minutes", s.focus_min_block_minutes, 15, 480)?;
    validate::range(
        "focus_max_block_minutes",
        s.focus_max_block_minutes,
        s.focus_min_block_minutes,
        480,
    )?;
    validate::range("freeze_minutes", s.freeze_minutes, 0, 10_080)?;
    validate::range("horizon_days", s.horizon_days, 1, 90)?;
    let mut tx = store::begin(pool).await?;
    let generation = store::planner::put_settings(&mut tx, org, host, &s)
        .await?
        .ok_or(Error::NotFound("host"))?;
    crate::jobs::enqueue::enqueue(&mut tx, vec![replan_job(org, host, generation)], now).await?;
    tx.commit().await?;
    Ok(s)
}

/// Queues a re-plan now (answered 202: the run follows within moments).
pub async fn request_replan(pool: &PgPool, org: OrgId, host: HostId, now: DateTime<Utc>) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    queue_replan(&mut tx, org, host, now).await?;
    tx.commit().await?;
    Ok(())
}

/// The planned blocks overlapping `[from, to)` (default: the 7 days from `now`), with the
/// last run's tasks at risk and metrics.
pub async fn plan(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<Plan> {
    let from = from.unwrap_or(now);
    let to = to.unwrap_or(from + DEFAULT_PLAN_RANGE);
    if to <= from {
        return Err(Error::invalid("to", "`to` must be after `from`"));
    }
    if to - from > MAX_PLAN_RANGE {
        return Err(Error::Invalid {
            code: ProblemCode::RangeTooLong,
            field: Some("to".to_owned()),
            message: format!("a plan request may cover at most {} days", MAX_PLAN_RANGE.num_days()),
        });
    }
    let mut conn = store::acquire(pool).await?;
    store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let blocks = store::planner::blocks(&mut *conn, org, host, from, Some(to)).await?;
    let result = store::planner::result(&mut *conn, org, host).await?;
    let (planned_at, metrics, at_risk) = match result {
        Some((at, metrics, at_risk)) => (
            Some(at),
            serde_json::from_value::<PlanMetrics>(metrics).ok(),
            serde_json::from_value::<Vec<TaskAtRisk>>(at_risk).unwrap_or_default(),
        ),
        None => (None, None, Vec::new()),
    };
    Ok(Plan {
        host_id: host,
        from,
        to,
        blocks,
        planned_at,
        at_risk,
        metrics,
    })
}
