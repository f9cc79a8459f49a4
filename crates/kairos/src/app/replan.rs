//! One re-plan run (the `planner.replan` job): reads the host's working hours in their zone,
//! their bookings and busy blocks over the horizon, their open tasks, habits, focus goal and
//! the blocks still to come, asks the core planner, and replaces the blocks still to come and
//! the results in one transaction.
//!
//! The run first bumps the host's re-plan generation, so any change committed after that
//! queues a fresh run; a change whose transaction was still open holds a share lock on the
//! same row, so the bump waits for it and the run reads it. A run that finds a newer run has
//! started since writes nothing: the newer one has read everything this one did.

use std::collections::HashMap;

use chrono::{DateTime, Days, DurationRound, TimeDelta, Utc};
use kairos_core::planner::{self, Block, BlockKind as CoreKind, FocusGoal, Frequency, ItemId, PlanInput, Priority};
use kairos_core::{Availability, Interval, WeeklyHours};
use sqlx::PgPool;
use uuid::Uuid;

use super::availability;
use crate::ids::{HostId, OrgId, TaskId};
use crate::model::planner::{BlockKind, Habit, PlanMetrics, PlannerSettings, Task, TaskAtRisk, TaskStatus};
use crate::store::planner::{NewBlock, RunResult};
use crate::store::{self, PageRequest};

/// New blocks start on this grid (the first start is `now` rounded up to it, plus the freeze).
const GRID: TimeDelta = TimeDelta::minutes(5);
/// Most tasks and habits one run reads per host.
const MAX_ITEMS: i64 = 2000;

fn item(id: Uuid) -> ItemId {
    ItemId(id.as_u128())
}

fn everything<C>() -> PageRequest<C> {
    PageRequest::first(MAX_ITEMS)
}

fn minutes(m: i32) -> TimeDelta {
    TimeDelta::minutes(i64::from(m))
}

fn priority(p: i16) -> Priority {
    match p {
        1 => Priority::P1,
        2 => Priority::P2,
        3 => Priority::P3,
        _ => Priority::P4,
    }
}

/// Re-plans `host` from `now` (the job's work). A host that no longer uses the planner is
/// nothing to do.
#[tracing::instrument(skip_all, fields(org.id = %org, host.id = %host))]
pub async fn replan(pool: &PgPool, org: OrgId, host: HostId, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut conn = store::acquire(pool).await?;
    let Some((settings, zone, generation)) = store::planner::start_run(&mut *conn, org, host).await? else {
        return Ok(());
    };
    let now = now.duration_trunc(GRID)? + GRID;
    let today = zone.local_date(now);
    let last = today + Days::new(u64::try_from(settings.horizon_days).unwrap_or(1));
    let horizon = Interval::new(zone.start_of_day(today), zone.start_of_day(last))
        .ok_or_else(|| anyhow::anyhow!("empty planning horizon"))?;

    let stored = store::availability::load(&mut *conn, org, &[host], today.pred_opt(), last.succ_opt()).await?;
    let working = match stored.into_iter().next() {
        Some(schedule) => availability::to_core(schedule).map_err(|e| anyhow::anyhow!("{e}"))?,
        None => Availability::new(zone, WeeklyHours::default()),
    }
    .working_intervals(horizon);
    let busy: Vec<Interval> = store::planner::busy(&mut *conn, org, host, horizon.start(), horizon.end())
        .await?
        .into_iter()
        .filter_map(|(start, end)| Interval::new(start, end))
        .collect();
    let tasks: Vec<Task> = store::planner::tasks(&mut *conn, org, host, None, everything())
        .await?
        .into_iter()
        .filter(|t| t.status == TaskStatus::Open)
        .collect();
    let habits = store::planner::habits(&mut *conn, org, host, None, everything()).await?;
    let passed: HashMap<TaskId, i64> = store::planner::passed_task_minutes(&mut *conn, org, host, now)
        .await?
        .into_iter()
        .collect();
    let previous = store::planner::blocks(&mut *conn, org, host, now, None).await?;
    drop(conn);

    let core_tasks: Vec<planner::Task> = tasks
        .iter()
        .filter_map(|t| {
            let left = i64::from(t.duration_minutes) - passed.get(&t.id).copied().unwrap_or(0);
            (left > 0).then(|| planner::Task {
                id: item(t.id.0),
                duration: TimeDelta::minutes(left),
                earliest_start: t.earliest_start.unwrap_or(horizon.start()),
                due: t.due,
                priority: priority(t.priority),
                min_chunk: minutes(t.min_chunk_minutes),
                max_chunk: minutes(t.max_chunk_minutes),
                splittable: t.splittable,
            })
        })
        .collect();
    let core_habits: Vec<planner::Habit> = habits.iter().map(core_habit).collect();
    let focus = focus_goal(host, &settings);
    // Blocks of what is no longer planned (a task done since) are dropped, frozen or not.
    let known = |b: &crate::model::planner::PlannedBlock| match b.kind {
        BlockKind::Task => b.task_id.is_some_and(|t| core_tasks.iter().any(|c| c.id == item(t.0))),
        BlockKind::Habit => b.habit_id.is_some(),
        BlockKind::Focus => focus.is_some(),
    };
    let previous: Vec<Block> = previous
        .iter()
        .filter(|b| known(b))
        .filter_map(|b| {
            Some(Block {
                interval: Interval::new(b.start, b.end)?,
                kind: match b.kind {
                    BlockKind::Task => CoreKind::Task,
                    BlockKind::Habit => CoreKind::Habit,
                    BlockKind::Focus => CoreKind::Focus,
                },
                item: match b.kind {
                    BlockKind::Task => item(b.task_id?.0),
                    BlockKind::Habit => item(b.habit_id?.0),
                    BlockKind::Focus => item(host.0),
                },
            })
        })
        .collect();
    // The planner's local search is CPU work of up to tens of milliseconds: off the runtime's
    // threads, so that API requests on this instance are not held up behind it.
    let freeze = minutes(settings.freeze_minutes);
    let plan = tokio::task::spawn_blocking(move || {
        let input = PlanInput {
            horizon,
            zone,
            working: &working,
            busy: &busy,
            now,
            freeze,
            previous: &previous,
            tasks: &core_tasks,
            habits: &core_habits,
            focus: focus.as_ref(),
        };
        planner::plan(&input)
    })
    .await?;
    if !plan.metrics.violations.is_empty() {
        tracing::error!(violations = ?plan.metrics.violations, "the planner broke a hard rule");
    }

    let blocks: Vec<NewBlock> = plan
        .blocks
        .iter()
        .filter_map(|b| new_block(b, &tasks, &habits))
        .collect();
    let at_risk: Vec<TaskAtRisk> = plan
        .at_risk
        .iter()
        .filter_map(|risk| {
            let task = tasks.iter().find(|t| item(t.id.0) == risk.id)?;
            Some(TaskAtRisk {
                task_id: task.id,
                title: task.title.clone(),
                due: task.due,
                short_by_minutes: risk.short_by.num_minutes(),
            })
        })
        .collect();
    let run = RunResult {
        now,
        horizon: (horizon.start(), horizon.end()),
        blocks: &blocks,
        metrics: serde_json::to_value(metrics_of(&plan.metrics))?,
        at_risk: serde_json::to_value(&at_risk)?,
    };
    let mut tx = store::begin(pool).await?;
    if store::planner::write_run(&mut tx, org, host, generation, &run).await? {
        tx.commit().await?;
        tracing::info!(blocks = blocks.len(), at_risk = at_risk.len(), "re-planned");
    } else {
        tracing::info!("a newer re-plan started meanwhile; this one's result is dropped");
    }
    Ok(())
}

fn core_habit(h: &Habit) -> planner::Habit {
    let ideal =
        kairos_core::LocalSpan::parse(&h.ideal_start, "24:00").map_or(h.window.start_minute(), |s| s.start_minute());
    planner::Habit {
        id: item(h.id.0),
        duration: minutes(h.max_duration_minutes),
        min_duration: minutes(h.min_duration_minutes),
        frequency: h
            .times_per_week
            .and_then(|n| u8::try_from(n).ok())
            .map_or(Frequency::Daily, Frequency::PerWeek),
        window_start_minute: h.window.start_minute(),
        window_end_minute: h.window.end_minute(),
        ideal_start_minute: ideal,
    }
}

/// The focus goal of the settings, when they set a weekly target; P1 and P2 tasks go first.
fn focus_goal(host: HostId, s: &PlannerSettings) -> Option<FocusGoal> {
    (s.focus_weekly_minutes > 0).then(|| FocusGoal {
        id: item(host.0),
        priority: Priority::P2,
        weekly_target: minutes(s.focus_weekly_minutes),
        min_block: minutes(s.focus_min_block_minutes),
        max_block: minutes(s.focus_max_block_minutes),
    })
}

/// The block to store, naming its task or habit (`None` for an item the input did not have).
fn new_block(b: &Block, tasks: &[Task], habits: &[Habit]) -> Option<NewBlock> {
    let (kind, task_id, habit_id) = match b.kind {
        CoreKind::Task => (
            BlockKind::Task,
            Some(tasks.iter().find(|t| item(t.id.0) == b.item)?.id),
            None,
        ),
        CoreKind::Habit => (
            BlockKind::Habit,
            None,
            Some(habits.iter().find(|h| item(h.id.0) == b.item)?.id),
        ),
        CoreKind::Focus => (BlockKind::Focus, None, None),
    };
    Some(NewBlock {
        kind,
        task_id,
        habit_id,
        start: b.interval.start(),
        end: b.interval.end(),
    })
}

fn metrics_of(m: &planner::Metrics) -> PlanMetrics {
    PlanMetrics {
        hard_violations: m.violations.len(),
        task_minutes: m.task_time.num_minutes(),
        placed_task_minutes: m.placed_task_time.num_minutes(),
        on_time_share: m.on_time_share,
        weighted_late_minutes: m.weighted_late_minutes,
        focus_minutes: m.focus_achieved.num_minutes(),
        focus_target_minutes: m.focus_target.num_minutes(),
        fragments_created: m.fragments_created,
        churn: m.churn,
    }
}
