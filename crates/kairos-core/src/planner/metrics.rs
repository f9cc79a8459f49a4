//! Scores a plan against its input: the hard rules (which must never be broken) and the soft
//! measures used to compare planners (lateness, focus, fragmentation, churn).
//!
//! It looks only at the input and the blocks, not at how they were found, so it can judge any
//! plan: the greedy planner's, an exhaustive search's, or one edited by hand.

use std::collections::{BTreeSet, HashMap};

use chrono::TimeDelta;

use super::{Block, BlockKind, ItemId, PlanInput, Task, periods, tasks};
use crate::interval::{Interval, normalize, subtract};

/// A free gap shorter than this is too short to use, so creating one fragments the calendar.
pub const SHORT_GAP: TimeDelta = TimeDelta::minutes(30);

/// A broken hard rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Violation {
    /// A (non-frozen) block overlaps busy time.
    OverlapsBusy(Block),
    /// A (non-frozen) block is not inside one working interval of the horizon.
    OutsideWorkingTime(Block),
    /// Two blocks overlap.
    OverlapsBlock(Block, Block),
    /// A (non-frozen) task block is shorter or longer than its task's chunk bounds allow, or
    /// starts before the task's earliest start.
    ChunkBounds(Block),
    /// A block names no task, habit or focus goal of the input.
    UnknownItem(Block),
    /// More time is planned for a task than it needs.
    OverPlanned(ItemId),
    /// A frozen block of the previous plan is missing or moved.
    FrozenMoved(Block),
    /// A new block starts inside the freeze window.
    InFreezeWindow(Block),
}

/// How good a plan is.
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    /// Must be empty.
    pub violations: Vec<Violation>,
    /// The total duration of all tasks.
    pub task_time: TimeDelta,
    /// Task time planned at all.
    pub placed_task_time: TimeDelta,
    /// The share of task time planned to be done by its due date (tasks without one count
    /// when planned at all); 1.0 when there are no tasks.
    pub on_time_share: f64,
    /// Σ priority weight × minutes of a task not done by its due date (or not planned).
    pub weighted_late_minutes: i64,
    pub focus_achieved: TimeDelta,
    /// The weekly target times the number of weeks in the horizon.
    pub focus_target: TimeDelta,
    /// Free gaps shorter than [`SHORT_GAP`] that the plan created.
    pub fragments_created: usize,
    /// Previous blocks (not yet over) that the plan moved or removed.
    pub churn: usize,
}

/// Scores `blocks` as a plan for `input`.
#[must_use]
pub fn evaluate(input: &PlanInput<'_>, blocks: &[Block]) -> Metrics {
    let mut sorted = blocks.to_vec();
    sorted.sort_unstable();
    let previous: BTreeSet<Block> = input.previous.iter().copied().collect();
    let current: BTreeSet<Block> = sorted.iter().copied().collect();
    let is_frozen = |b: &Block| previous.contains(b) && input.is_frozen(b);

    let mut violations = rule_violations(input, &sorted, &is_frozen);
    for block in previous.iter().filter(|b| input.is_frozen(b) && !current.contains(b)) {
        violations.push(Violation::FrozenMoved(*block));
    }

    let (task_time, placed_task_time, on_time, weighted_late_minutes) = lateness(input.tasks, &sorted);
    let free = input.free_time();
    let short = |gaps: &[Interval]| gaps.iter().filter(|g| g.duration() < SHORT_GAP).count();
    let after = subtract(&free, &normalize(sorted.iter().map(|b| b.interval).collect()));
    let weeks = i32::try_from(periods(input, 7).count()).unwrap_or(i32::MAX);
    Metrics {
        violations,
        task_time,
        placed_task_time,
        on_time_share: if task_time.is_zero() {
            1.0
        } else {
            seconds(on_time) / seconds(task_time)
        },
        weighted_late_minutes,
        focus_achieved: sorted
            .iter()
            .filter(|b| b.kind == BlockKind::Focus)
            .map(|b| b.interval.duration())
            .sum(),
        focus_target: input.focus.map_or(TimeDelta::zero(), |g| g.weekly_target * weeks),
        fragments_created: short(&after).saturating_sub(short(&free)),
        churn: previous
            .iter()
            .filter(|b| b.interval.end() > input.now && !current.contains(b))
            .count(),
    }
}

#[allow(clippy::cast_precision_loss)] // Seconds in a plan are far below 2^52.
fn seconds(t: TimeDelta) -> f64 {
    t.num_seconds() as f64
}

/// (total task time, planned task time, time done by due, weighted late minutes).
fn lateness(tasks: &[Task], blocks: &[Block]) -> (TimeDelta, TimeDelta, TimeDelta, i64) {
    let placed = tasks::minutes_by_task(blocks);
    let mut by_task: HashMap<ItemId, Vec<Block>> = HashMap::new();
    for block in blocks.iter().filter(|b| b.kind == BlockKind::Task) {
        by_task.entry(block.item).or_default().push(*block);
    }
    let mut totals = (TimeDelta::zero(), TimeDelta::zero(), TimeDelta::zero(), 0);
    for task in tasks {
        let own = by_task.get(&task.id).map_or(&[][..], Vec::as_slice);
        let done = tasks::done_by_due(task, own).min(task.duration);
        totals.0 += task.duration;
        totals.1 += placed.get(&task.id).copied().unwrap_or_default().min(task.duration);
        totals.2 += done;
        totals.3 += task.priority.weight() * (task.duration - done).num_minutes();
    }
    totals
}

/// Every hard rule except "frozen blocks stay", on blocks sorted by start.
fn rule_violations(input: &PlanInput<'_>, sorted: &[Block], is_frozen: &dyn Fn(&Block) -> bool) -> Vec<Violation> {
    let mut out = Vec::new();
    let working = normalize(
        input
            .working
            .iter()
            .filter_map(|w| w.intersection(&input.horizon))
            .collect(),
    );
    let busy = normalize(input.busy.to_vec());
    let tasks: HashMap<ItemId, &Task> = input.tasks.iter().map(|t| (t.id, t)).collect();
    let mut frozen_time: HashMap<ItemId, TimeDelta> = HashMap::new();
    let mut new_time: HashMap<ItemId, TimeDelta> = HashMap::new();
    let mut latest: Option<Block> = None;
    for block in sorted {
        if let Some(before) = latest
            && before.interval.overlaps(&block.interval)
        {
            out.push(Violation::OverlapsBlock(before, *block));
        }
        if latest.is_none_or(|b| b.interval.end() < block.interval.end()) {
            latest = Some(*block);
        }
        let known = match block.kind {
            BlockKind::Task => tasks.contains_key(&block.item),
            BlockKind::Habit => input.habits.iter().any(|h| h.id == block.item),
            BlockKind::Focus => input.focus.is_some_and(|g| g.id == block.item),
        };
        if !known {
            out.push(Violation::UnknownItem(*block));
        }
        if is_frozen(block) {
            if block.kind == BlockKind::Task {
                *frozen_time.entry(block.item).or_default() += block.interval.duration();
            }
            continue;
        }
        if block.interval.start() < input.place_from() {
            out.push(Violation::InFreezeWindow(*block));
        }
        let i = working.partition_point(|w| w.end() <= block.interval.start());
        if !working.get(i).is_some_and(|w| w.contains(&block.interval)) {
            out.push(Violation::OutsideWorkingTime(*block));
        }
        let j = busy.partition_point(|b| b.end() <= block.interval.start());
        if busy.get(j).is_some_and(|b| b.overlaps(&block.interval)) {
            out.push(Violation::OverlapsBusy(*block));
        }
        if let (BlockKind::Task, Some(task)) = (block.kind, tasks.get(&block.item)) {
            let (min, max) = task.chunk_bounds();
            let length = block.interval.duration();
            if !(min..=max).contains(&length) || block.interval.start() < task.earliest_start {
                out.push(Violation::ChunkBounds(*block));
            }
            *new_time.entry(block.item).or_default() += length;
        }
    }
    let mut over: Vec<ItemId> = new_time
        .iter()
        .filter(|(id, time)| {
            let frozen = frozen_time.get(id).copied().unwrap_or_default();
            tasks
                .get(id)
                .is_some_and(|t| **time > (t.duration - frozen).max(TimeDelta::zero()))
        })
        .map(|(id, _)| *id)
        .collect();
    over.sort_unstable();
    out.extend(over.into_iter().map(Violation::OverPlanned));
    out
}
