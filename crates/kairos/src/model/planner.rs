//! The planner's resources: a host's tasks and habits, planner settings, and the plan the
//! re-plan job stores (blocks, tasks at risk, metrics).

use chrono::{DateTime, Utc};
use kairos_core::LocalSpan;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::SpanDoc;
use crate::ids::{HabitId, HostId, TaskId};

/// `open` tasks are planned; `done` ones are not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    Open,
    Done,
}

impl TaskStatus {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Done => "done",
        }
    }

    /// The stored text as a status (anything but `done` is open).
    #[must_use]
    pub fn parse(text: &str) -> Self {
        if text == "done" { Self::Done } else { Self::Open }
    }
}

/// A piece of work the planner fits into the host's free time.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Task {
    pub id: TaskId,
    pub host_id: HostId,
    pub title: String,
    /// The whole work; time planned for it that has already passed counts as done.
    pub duration_minutes: i32,
    /// Not planned before this instant.
    pub earliest_start: Option<DateTime<Utc>>,
    pub due: Option<DateTime<Utc>>,
    /// 1 (most urgent) to 4.
    pub priority: i16,
    /// Shortest block when the task is split.
    pub min_chunk_minutes: i32,
    /// Longest block when the task is split.
    pub max_chunk_minutes: i32,
    /// When false the task is planned as one block of its whole duration.
    pub splittable: bool,
    pub status: TaskStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A recurring block: daily or n times a week, inside a window of the host's wall clock.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Habit {
    pub id: HabitId,
    pub host_id: HostId,
    pub title: String,
    /// `null` for daily, else 1–7 (at most one a day).
    pub times_per_week: Option<i16>,
    /// Local times in the host's zone, e.g. `{"start": "07:00", "end": "10:00"}`.
    #[schema(value_type = SpanDoc)]
    pub window: LocalSpan,
    /// The preferred local start, `"HH:MM"`.
    #[schema(example = "08:00")]
    pub ideal_start: String,
    /// Used on days where the longest length does not fit.
    pub min_duration_minutes: i32,
    pub max_duration_minutes: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// How the planner works for one host. Every field has a default, so `PUT` may leave any out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PlannerSettings {
    /// Weekly target of focus time in blocks of `focus_min_block_minutes`–`focus_max_block_minutes`
    /// (0: none). P1 and P2 tasks are planned before it, P3 and P4 after.
    #[schema(minimum = 0, maximum = 5040)]
    pub focus_weekly_minutes: i32,
    #[schema(minimum = 15, maximum = 480)]
    pub focus_min_block_minutes: i32,
    #[schema(minimum = 15, maximum = 480)]
    pub focus_max_block_minutes: i32,
    /// Blocks starting within this many minutes from a re-plan stay where they are.
    #[schema(minimum = 0, maximum = 10080)]
    pub freeze_minutes: i32,
    /// How many local days ahead, from today, the planner plans.
    #[schema(minimum = 1, maximum = 90)]
    pub horizon_days: i32,
    /// When true, planned blocks keep booking pages from offering their time.
    pub planned_blocks_busy: bool,
}

impl Default for PlannerSettings {
    fn default() -> Self {
        Self {
            focus_weekly_minutes: 0,
            focus_min_block_minutes: 60,
            focus_max_block_minutes: 180,
            freeze_minutes: 120,
            horizon_days: 28,
            planned_blocks_busy: false,
        }
    }
}

/// What a planned block is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Task,
    Habit,
    Focus,
}

impl BlockKind {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Task => "task",
            Self::Habit => "habit",
            Self::Focus => "focus",
        }
    }

    #[must_use]
    pub fn parse(text: &str) -> Self {
        match text {
            "task" => Self::Task,
            "habit" => Self::Habit,
            _ => Self::Focus,
        }
    }
}

/// One block of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct PlannedBlock {
    pub kind: BlockKind,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The task it is for (`kind` = `task`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<TaskId>,
    /// The habit it is for (`kind` = `habit`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub habit_id: Option<HabitId>,
    /// The task's or habit's title; `Focus time` for focus blocks.
    pub title: String,
}

/// A task the plan cannot finish by its due date (or, without one, within the horizon).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TaskAtRisk {
    pub task_id: TaskId,
    pub title: String,
    pub due: Option<DateTime<Utc>>,
    /// Minutes not planned to be done by the due date (or at all).
    pub short_by_minutes: i64,
}

/// How good the last plan is (see the planner's metrics).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PlanMetrics {
    /// Broken hard rules; always 0.
    pub hard_violations: usize,
    pub task_minutes: i64,
    pub placed_task_minutes: i64,
    /// Share of task time planned to be done by its due date, 0–1.
    pub on_time_share: f64,
    /// Σ priority weight (P1 = 8 … P4 = 1) × minutes late or unplanned.
    pub weighted_late_minutes: i64,
    pub focus_minutes: i64,
    pub focus_target_minutes: i64,
    /// Free gaps under 30 minutes the plan created.
    pub fragments_created: usize,
    /// Blocks of the previous plan moved or removed.
    pub churn: usize,
}

/// The host's plan in a time range, and what the last re-plan found.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Plan {
    pub host_id: HostId,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Blocks overlapping `[from, to)`, by start.
    pub blocks: Vec<PlannedBlock>,
    /// When the plan was last made; absent before the first re-plan.
    pub planned_at: Option<DateTime<Utc>>,
    pub at_risk: Vec<TaskAtRisk>,
    pub metrics: Option<PlanMetrics>,
}
