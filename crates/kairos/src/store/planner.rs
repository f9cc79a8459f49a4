//! The planner's tables: tasks, habits, settings, planned blocks and the last plan's results,
//! plus what one re-plan run reads and writes.

use chrono::{DateTime, Utc};
use kairos_core::LocalSpan;
use sqlx::postgres::types::PgRange;
use sqlx::{PgConnection, PgExecutor};

use super::PageRequest;
use crate::ids::{HabitId, HostId, OrgId, TaskId};
use crate::model::planner::{BlockKind, Habit, PlannedBlock, PlannerSettings, Task, TaskStatus};

/// A task's fields as written.
#[derive(Debug, Clone)]
pub struct TaskFields {
    pub title: String,
    pub duration_minutes: i32,
    pub earliest_start: Option<DateTime<Utc>>,
    pub due: Option<DateTime<Utc>>,
    pub priority: i16,
    pub min_chunk_minutes: i32,
    pub max_chunk_minutes: i32,
    pub splittable: bool,
    pub status: TaskStatus,
}

impl From<&Task> for TaskFields {
    fn from(t: &Task) -> Self {
        Self {
            title: t.title.clone(),
            duration_minutes: t.duration_minutes,
            earliest_start: t.earliest_start,
            due: t.due,
            priority: t.priority,
            min_chunk_minutes: t.min_chunk_minutes,
            max_chunk_minutes: t.max_chunk_minutes,
            splittable: t.splittable,
            status: t.status,
        }
    }
}

/// A habit's fields as written (window and ideal start in local minutes).
#[derive(Debug, Clone)]
pub struct HabitFields {
    pub title: String,
    pub times_per_week: Option<i16>,
    pub window: LocalSpan,
    pub ideal_start_minute: u16,
    pub min_duration_minutes: i32,
    pub max_duration_minutes: i32,
}

// ---------------------------------------------------------------------------------------------
// Settings and the re-plan generation
// ---------------------------------------------------------------------------------------------

/// Makes sure the host has a settings row and share-locks it until the transaction ends, so a
/// re-plan run cannot start reading between this change and its commit. Returns the current
/// re-plan generation, or `None` when the host is not the organisation's.
#[tracing::instrument(skip_all)]
pub async fn lock_generation(conn: &mut PgConnection, org: OrgId, host: HostId) -> sqlx::Result<Option<i64>> {
    sqlx::query!(
        "INSERT INTO planner_settings (host_id, org_id) SELECT id, org_id FROM hosts WHERE org_id = $1 AND id = $2
         ON CONFLICT (host_id) DO NOTHING",
        org as OrgId,
        host as HostId
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar!(
        "SELECT replan_generation FROM planner_settings WHERE org_id = $1 AND host_id = $2 FOR SHARE",
        org as OrgId,
        host as HostId
    )
    .fetch_optional(&mut *conn)
    .await
}

/// The re-plan generations of those of `hosts` that use the planner, share-locked.
#[tracing::instrument(skip_all)]
pub async fn lock_generations(
    conn: &mut PgConnection,
    org: OrgId,
    hosts: &[HostId],
) -> sqlx::Result<Vec<(HostId, i64)>> {
    let rows = sqlx::query!(
        r#"SELECT host_id AS "host_id: HostId", replan_generation FROM planner_settings WHERE org_id = $1 AND host_id = ANY($2)
         ORDER BY host_id FOR SHARE"#,
        org as OrgId,
        hosts as &[HostId]
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.host_id, r.replan_generation)).collect())
}

#[tracing::instrument(skip_all)]
pub async fn settings(db: impl PgExecutor<'_>, org: OrgId, host: HostId) -> sqlx::Result<Option<PlannerSettings>> {
    sqlx::query_as!(
        PlannerSettings,
        "SELECT focus_weekly_minutes, focus_min_block_minutes, focus_max_block_minutes, freeze_minutes,
                horizon_days, planned_blocks_busy
         FROM planner_settings WHERE org_id = $1 AND host_id = $2",
        org as OrgId,
        host as HostId
    )
    .fetch_optional(db)
    .await
}

/// Writes the settings (the row is locked until the transaction ends); returns the re-plan
/// generation, or `None` when the host is not the organisation's.
#[tracing::instrument(skip_all)]
pub async fn put_settings(
    conn: &mut PgConnection,
    org: OrgId,
    host: HostId,
    s: &PlannerSettings,
) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar!(
        "INSERT INTO planner_settings (host_id, org_id, focus_weekly_minutes, focus_min_block_minutes,
                                       focus_max_block_minutes, freeze_minutes, horizon_days, planned_blocks_busy)
         SELECT id, org_id, $3, $4, $5, $6, $7, $8 FROM hosts WHERE org_id = $1 AND id = $2
         ON CONFLICT (host_id) DO UPDATE SET focus_weekly_minutes = excluded.focus_weekly_minutes,
             focus_min_block_minutes = excluded.focus_min_block_minutes,
             focus_max_block_minutes = excluded.focus_max_block_minutes,
             freeze_minutes = excluded.freeze_minutes, horizon_days = excluded.horizon_days,
             planned_blocks_busy = excluded.planned_blocks_busy, updated_at = now()
         RETURNING replan_generation",
        org as OrgId,
        host as HostId,
        s.focus_weekly_minutes,
        s.focus_min_block_minutes,
        s.focus_max_block_minutes,
        s.freeze_minutes,
        s.horizon_days,
        s.planned_blocks_busy
    )
    .fetch_optional(conn)
    .await
}

// ---------------------------------------------------------------------------------------------
// Tasks
// ---------------------------------------------------------------------------------------------

#[tracing::instrument(skip_all)]
pub async fn insert_task(
    conn: &mut PgConnection,
    org: OrgId,
    host: HostId,
    id: TaskId,
    f: &TaskFields,
) -> sqlx::Result<Task> {
    let row = sqlx::query!(
        "INSERT INTO planner_tasks (id, org_id, host_id, title, duration_minutes, earliest_start, due, priority,
                                    min_chunk_minutes, max_chunk_minutes, splittable, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         RETURNING created_at, updated_at",
        id as TaskId,
        org as OrgId,
        host as HostId,
        f.title,
        f.duration_minutes,
        f.earliest_start,
        f.due,
        f.priority,
        f.min_chunk_minutes,
        f.max_chunk_minutes,
        f.splittable,
        f.status.as_str()
    )
    .fetch_one(conn)
    .await?;
    Ok(task_of(id, host, f.clone(), row.created_at, row.updated_at))
}

fn task_of(id: TaskId, host: HostId, f: TaskFields, created_at: DateTime<Utc>, updated_at: DateTime<Utc>) -> Task {
    Task {
        id,
        host_id: host,
        title: f.title,
        duration_minutes: f.duration_minutes,
        earliest_start: f.earliest_start,
        due: f.due,
        priority: f.priority,
        min_chunk_minutes: f.min_chunk_minutes,
        max_chunk_minutes: f.max_chunk_minutes,
        splittable: f.splittable,
        status: f.status,
        created_at,
        updated_at,
    }
}

/// Changes a task; `None` when it does not exist.
#[tracing::instrument(skip_all)]
pub async fn update_task(
    conn: &mut PgConnection,
    org: OrgId,
    host: HostId,
    id: TaskId,
    f: &TaskFields,
) -> sqlx::Result<Option<Task>> {
    let row = sqlx::query!(
        "UPDATE planner_tasks SET title = $4, duration_minutes = $5, earliest_start = $6, due = $7, priority = $8,
                min_chunk_minutes = $9, max_chunk_minutes = $10, splittable = $11, status = $12, updated_at = now()
         WHERE org_id = $1 AND host_id = $2 AND id = $3
         RETURNING created_at, updated_at",
        org as OrgId,
        host as HostId,
        id as TaskId,
        f.title,
        f.duration_minutes,
        f.earliest_start,
        f.due,
        f.priority,
        f.min_chunk_minutes,
        f.max_chunk_minutes,
        f.splittable,
        f.status.as_str()
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| task_of(id, host, f.clone(), r.created_at, r.updated_at)))
}

/// The host's tasks by id, from `page.after`; with `only` set, just that one.
#[tracing::instrument(skip_all)]
pub async fn tasks(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    only: Option<TaskId>,
    page: PageRequest<TaskId>,
) -> sqlx::Result<Vec<Task>> {
    let rows = sqlx::query!(
        r#"SELECT id AS "id: TaskId", title, duration_minutes, earliest_start, due, priority, min_chunk_minutes, max_chunk_minutes,
                splittable, status, created_at, updated_at
         FROM planner_tasks
         WHERE org_id = $1 AND host_id = $2 AND ($3::uuid IS NULL OR id = $3) AND ($4::uuid IS NULL OR id > $4)
         ORDER BY id LIMIT $5"#,
        org as OrgId,
        host as HostId,
        only as Option<TaskId>,
        page.after as Option<TaskId>,
        page.limit
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Task {
            id: r.id,
            host_id: host,
            title: r.title,
            duration_minutes: r.duration_minutes,
            earliest_start: r.earliest_start,
            due: r.due,
            priority: r.priority,
            min_chunk_minutes: r.min_chunk_minutes,
            max_chunk_minutes: r.max_chunk_minutes,
            splittable: r.splittable,
            status: TaskStatus::parse(&r.status),
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
        .collect())
}

#[tracing::instrument(skip_all)]
pub async fn delete_task(conn: &mut PgConnection, org: OrgId, host: HostId, id: TaskId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "DELETE FROM planner_tasks WHERE org_id = $1 AND host_id = $2 AND id = $3",
        org as OrgId,
        host as HostId,
        id as TaskId
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

// ---------------------------------------------------------------------------------------------
// Habits
// ---------------------------------------------------------------------------------------------

fn minute(m: u16) -> i16 {
    i16::try_from(m).unwrap_or(i16::MAX)
}

#[tracing::instrument(skip_all)]
pub async fn insert_habit(
    conn: &mut PgConnection,
    org: OrgId,
    host: HostId,
    id: HabitId,
    f: &HabitFields,
) -> sqlx::Result<Habit> {
    let row = sqlx::query!(
        "INSERT INTO planner_habits (id, org_id, host_id, title, times_per_week, window_start_minute, window_end_minute,
                                     ideal_start_minute, min_duration_minutes, max_duration_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         RETURNING created_at, updated_at",
        id as HabitId,
        org as OrgId,
        host as HostId,
        f.title,
        f.times_per_week,
        minute(f.window.start_minute()),
        minute(f.window.end_minute()),
        minute(f.ideal_start_minute),
        f.min_duration_minutes,
        f.max_duration_minutes
    )
    .fetch_one(conn)
    .await?;
    Ok(habit_of(id, host, f.clone(), row.created_at, row.updated_at))
}

fn habit_of(id: HabitId, host: HostId, f: HabitFields, created_at: DateTime<Utc>, updated_at: DateTime<Utc>) -> Habit {
    Habit {
        id,
        host_id: host,
        title: f.title,
        times_per_week: f.times_per_week,
        window: f.window,
        ideal_start: kairos_core::availability::format_minute(f.ideal_start_minute),
        min_duration_minutes: f.min_duration_minutes,
        max_duration_minutes: f.max_duration_minutes,
        created_at,
        updated_at,
    }
}

/// Changes a habit; `None` when it does not exist.
#[tracing::instrument(skip_all)]
pub async fn update_habit(
    conn: &mut PgConnection,
    org: OrgId,
    host: HostId,
    id: HabitId,
    f: &HabitFields,
) -> sqlx::Result<Option<Habit>> {
    let row = sqlx::query!(
        "UPDATE planner_habits SET title = $4, times_per_week = $5, window_start_minute = $6, window_end_minute = $7,
                ideal_start_minute = $8, min_duration_minutes = $9, max_duration_minutes = $10, updated_at = now()
         WHERE org_id = $1 AND host_id = $2 AND id = $3
         RETURNING created_at, updated_at",
        org as OrgId,
        host as HostId,
        id as HabitId,
        f.title,
        f.times_per_week,
        minute(f.window.start_minute()),
        minute(f.window.end_minute()),
        minute(f.ideal_start_minute),
        f.min_duration_minutes,
        f.max_duration_minutes
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| habit_of(id, host, f.clone(), r.created_at, r.updated_at)))
}

/// The host's habits by id, from `page.after`; with `only` set, just that one.
#[tracing::instrument(skip_all)]
pub async fn habits(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    only: Option<HabitId>,
    page: PageRequest<HabitId>,
) -> sqlx::Result<Vec<Habit>> {
    let rows = sqlx::query!(
        r#"SELECT id AS "id: HabitId", title, times_per_week, window_start_minute, window_end_minute, ideal_start_minute,
                min_duration_minutes, max_duration_minutes, created_at, updated_at
         FROM planner_habits
         WHERE org_id = $1 AND host_id = $2 AND ($3::uuid IS NULL OR id = $3) AND ($4::uuid IS NULL OR id > $4)
         ORDER BY id LIMIT $5"#,
        org as OrgId,
        host as HostId,
        only as Option<HabitId>,
        page.after as Option<HabitId>,
        page.limit
    )
    .fetch_all(db)
    .await?;
    let as_minute = |m: i16| u16::try_from(m).unwrap_or(0);
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let window = LocalSpan::new(as_minute(r.window_start_minute), as_minute(r.window_end_minute)).ok()?;
            let fields = HabitFields {
                title: r.title,
                times_per_week: r.times_per_week,
                window,
                ideal_start_minute: as_minute(r.ideal_start_minute),
                min_duration_minutes: r.min_duration_minutes,
                max_duration_minutes: r.max_duration_minutes,
            };
            Some(habit_of(r.id, host, fields, r.created_at, r.updated_at))
        })
        .collect())
}

#[tracing::instrument(skip_all)]
pub async fn delete_habit(conn: &mut PgConnection, org: OrgId, host: HostId, id: HabitId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "DELETE FROM planner_habits WHERE org_id = $1 AND host_id = $2 AND id = $3",
        org as OrgId,
        host as HostId,
        id as HabitId
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

// ---------------------------------------------------------------------------------------------
// Planned blocks and results
// ---------------------------------------------------------------------------------------------

/// The host's planned blocks overlapping `[from, to)` (all of them when `to` is `None`), by
/// start, with the title of what each is for.
#[tracing::instrument(skip_all)]
pub async fn blocks(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    from: DateTime<Utc>,
    to: Option<DateTime<Utc>>,
) -> sqlx::Result<Vec<PlannedBlock>> {
    let window = PgRange {
        start: std::ops::Bound::Included(from),
        end: to.map_or(std::ops::Bound::Unbounded, std::ops::Bound::Excluded),
    };
    let rows = sqlx::query!(
        r#"SELECT b.kind, b.task_id AS "task_id: TaskId", b.habit_id AS "habit_id: HabitId", lower(b.during) AS "start!", upper(b.during) AS "end!",
                  coalesce(t.title, h.title, 'Focus time') AS "title!"
           FROM planned_blocks b
           LEFT JOIN planner_tasks t ON t.id = b.task_id
           LEFT JOIN planner_habits h ON h.id = b.habit_id
           WHERE b.org_id = $1 AND b.host_id = $2 AND b.during && $3
           ORDER BY lower(b.during)"#,
        org as OrgId,
        host as HostId,
        window
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| PlannedBlock {
            kind: BlockKind::parse(&r.kind),
            start: r.start,
            end: r.end,
            task_id: r.task_id,
            habit_id: r.habit_id,
            title: r.title,
        })
        .collect())
}

/// Minutes of each task's blocks that ended by `now`: work the plan says is done.
#[tracing::instrument(skip_all)]
pub async fn passed_task_minutes(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(TaskId, i64)>> {
    let rows = sqlx::query!(
        r#"SELECT task_id AS "task_id!: TaskId", (sum(extract(epoch FROM upper(during) - lower(during))) / 60)::int8 AS "minutes!"
           FROM planned_blocks WHERE org_id = $1 AND host_id = $2 AND task_id IS NOT NULL AND upper(during) <= $3
           GROUP BY task_id"#,
        org as OrgId,
        host as HostId,
        now
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.task_id, r.minutes)).collect())
}

/// Bookings, busy blocks and calendar sources' busy time of the host overlapping `[from, to)`:
/// what planned blocks avoid.
#[tracing::instrument(skip_all)]
pub async fn busy(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Vec<(DateTime<Utc>, DateTime<Utc>)>> {
    let rows = sqlx::query!(
        r#"SELECT lower(during) AS "start!", upper(during) AS "end!" FROM booking_hosts
           WHERE org_id = $1 AND host_id = $2 AND active AND during && $3
           UNION ALL
           SELECT lower(during), upper(during) FROM busy_blocks
           WHERE org_id = $1 AND host_id = $2 AND during && $3
           UNION ALL
           SELECT lower(during), upper(during) FROM external_busy
           WHERE org_id = $1 AND host_id = $2 AND during && $3"#,
        org as OrgId,
        host as HostId,
        PgRange::from(from..to)
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.start, r.end)).collect())
}

/// The start of a re-plan run: bumps the host's generation (so changes from now on queue the
/// next run) and returns the settings, the host's zone and the new generation; `None` when
/// the host no longer uses the planner.
#[tracing::instrument(skip_all)]
pub async fn start_run(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
) -> sqlx::Result<Option<(PlannerSettings, kairos_core::Zone, i64)>> {
    let row = sqlx::query!(
        "UPDATE planner_settings s SET replan_generation = s.replan_generation + 1
         FROM hosts h WHERE h.org_id = s.org_id AND h.id = s.host_id AND s.org_id = $1 AND s.host_id = $2
         RETURNING s.focus_weekly_minutes, s.focus_min_block_minutes, s.focus_max_block_minutes, s.freeze_minutes,
                   s.horizon_days, s.planned_blocks_busy, h.time_zone, s.replan_generation",
        org as OrgId,
        host as HostId
    )
    .fetch_optional(db)
    .await?;
    row.map(|r| {
        Ok((
            PlannerSettings {
                focus_weekly_minutes: r.focus_weekly_minutes,
                focus_min_block_minutes: r.focus_min_block_minutes,
                focus_max_block_minutes: r.focus_max_block_minutes,
                freeze_minutes: r.freeze_minutes,
                horizon_days: r.horizon_days,
                planned_blocks_busy: r.planned_blocks_busy,
            },
            super::stored_zone(&r.time_zone)?,
            r.replan_generation,
        ))
    })
    .transpose()
}

/// A block to store.
#[derive(Debug, Clone, Copy)]
pub struct NewBlock {
    pub kind: BlockKind,
    pub task_id: Option<TaskId>,
    pub habit_id: Option<HabitId>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// What a run found, as stored.
#[derive(Debug, Clone)]
pub struct RunResult<'a> {
    pub now: DateTime<Utc>,
    pub horizon: (DateTime<Utc>, DateTime<Utc>),
    pub blocks: &'a [NewBlock],
    pub metrics: serde_json::Value,
    pub at_risk: serde_json::Value,
}

/// Replaces the blocks still to come (ending after `now`) and the results, in the caller's
/// transaction, unless a later run has started since (then that run writes, and this returns
/// false).
#[tracing::instrument(skip_all)]
pub async fn write_run(
    tx: &mut PgConnection,
    org: OrgId,
    host: HostId,
    generation: i64,
    run: &RunResult<'_>,
) -> sqlx::Result<bool> {
    let current = sqlx::query_scalar!(
        "SELECT replan_generation FROM planner_settings WHERE org_id = $1 AND host_id = $2 FOR UPDATE",
        org as OrgId,
        host as HostId
    )
    .fetch_optional(&mut *tx)
    .await?;
    if current != Some(generation) {
        return Ok(false);
    }
    sqlx::query!(
        "DELETE FROM planned_blocks WHERE org_id = $1 AND host_id = $2 AND upper(during) > $3",
        org as OrgId,
        host as HostId,
        run.now
    )
    .execute(&mut *tx)
    .await?;
    let kinds: Vec<&str> = run.blocks.iter().map(|b| b.kind.as_str()).collect();
    let tasks: Vec<Option<TaskId>> = run.blocks.iter().map(|b| b.task_id).collect();
    let habits: Vec<Option<HabitId>> = run.blocks.iter().map(|b| b.habit_id).collect();
    let starts: Vec<DateTime<Utc>> = run.blocks.iter().map(|b| b.start).collect();
    let ends: Vec<DateTime<Utc>> = run.blocks.iter().map(|b| b.end).collect();
    sqlx::query!(
        "INSERT INTO planned_blocks (org_id, host_id, kind, task_id, habit_id, during)
         SELECT $1, $2, kind, task_id, habit_id, tstzrange(starts_at, ends_at)
         FROM unnest($3::text[], $4::uuid[], $5::uuid[], $6::timestamptz[], $7::timestamptz[])
              AS b(kind, task_id, habit_id, starts_at, ends_at)",
        org as OrgId,
        host as HostId,
        &kinds as &[&str],
        &tasks as &[Option<TaskId>],
        &habits as &[Option<HabitId>],
        &starts,
        &ends
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "INSERT INTO planner_results (host_id, org_id, planned_at, horizon, metrics, at_risk)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (host_id) DO UPDATE SET planned_at = excluded.planned_at, horizon = excluded.horizon,
             metrics = excluded.metrics, at_risk = excluded.at_risk",
        host as HostId,
        org as OrgId,
        run.now,
        PgRange::from(run.horizon.0..run.horizon.1),
        run.metrics,
        run.at_risk
    )
    .execute(&mut *tx)
    .await?;
    Ok(true)
}

/// The last run's time, metrics and tasks at risk.
#[tracing::instrument(skip_all)]
pub async fn result(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
) -> sqlx::Result<Option<(DateTime<Utc>, serde_json::Value, serde_json::Value)>> {
    let row = sqlx::query!(
        "SELECT planned_at, metrics, at_risk FROM planner_results WHERE org_id = $1 AND host_id = $2",
        org as OrgId,
        host as HostId
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.planned_at, r.metrics, r.at_risk)))
}
