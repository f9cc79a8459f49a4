//! Tasks: greedy placement by priority, then earliest due date, each task cut into
//! earliest-fit chunks that respect its chunk bounds; and the report of tasks at risk.

use std::collections::HashMap;

use chrono::{DateTime, TimeDelta, Utc};

use super::{Block, BlockKind, FreeTime, ItemId, PlanInput, Priority, Task, TaskRisk};
use crate::interval::Interval;

/// The order tasks are placed in: priority, then due date (none last), then earliest start.
pub(super) fn order(task: &Task) -> (Priority, bool, Option<DateTime<Utc>>, DateTime<Utc>, ItemId) {
    (
        task.priority,
        task.due.is_none(),
        task.due,
        task.earliest_start,
        task.id,
    )
}

/// Places what remains, after the kept blocks, of every task whose priority `include` accepts.
pub(super) fn place(
    input: &PlanInput<'_>,
    free: &mut FreeTime,
    blocks: &mut Vec<Block>,
    include: impl Fn(Priority) -> bool,
) {
    let done = minutes_by_task(blocks);
    let mut tasks: Vec<&Task> = input.tasks.iter().filter(|t| include(t.priority)).collect();
    tasks.sort_by_key(|t| order(t));
    for task in tasks {
        let left = task.duration - done.get(&task.id).copied().unwrap_or_default();
        place_chunks(input, free, task, left, |interval| {
            blocks.push(Block {
                interval,
                kind: BlockKind::Task,
                item: task.id,
            });
        });
    }
}

/// Takes up to `left` of `task` out of `free` in earliest-fit chunks, handing each to `chunk`.
pub(super) fn place_chunks(
    input: &PlanInput<'_>,
    free: &mut FreeTime,
    task: &Task,
    mut left: TimeDelta,
    mut chunk: impl FnMut(Interval),
) {
    let from = task.earliest_start.max(input.place_from());
    while left > TimeDelta::zero() {
        let Some(next) = earliest_chunk(free, from, task, left) else {
            break;
        };
        free.take(next);
        chunk(next);
        left -= next.duration();
    }
}

/// The earliest chunk of at most `left` that fits the task's bounds and leaves a remainder
/// that is either nothing or a valid chunk itself.
fn earliest_chunk(free: &FreeTime, from: DateTime<Utc>, task: &Task, left: TimeDelta) -> Option<Interval> {
    let (min, max) = task.chunk_bounds();
    free.from(from).find_map(|gap| {
        let mut length = gap.duration().min(max).min(left);
        let rest = left - length;
        if rest > TimeDelta::zero() && rest < min {
            length = left - min;
        }
        if length < min {
            return None;
        }
        Interval::starting_at(gap.start(), length)
    })
}

/// Planned time per task.
pub(super) fn minutes_by_task(blocks: &[Block]) -> HashMap<ItemId, TimeDelta> {
    let mut minutes: HashMap<ItemId, TimeDelta> = HashMap::new();
    for block in blocks.iter().filter(|b| b.kind == BlockKind::Task) {
        *minutes.entry(block.item).or_default() += block.interval.duration();
    }
    minutes
}

/// How much of `task` the blocks finish by its due date (all of it that is planned, without one).
pub(super) fn done_by_due(task: &Task, blocks: &[Block]) -> TimeDelta {
    blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Task && b.item == task.id)
        .map(|b| on_time(task, b.interval))
        .sum()
}

/// The part of a block of `task` over `interval` that is done by the task's due date.
pub(super) fn on_time(task: &Task, interval: Interval) -> TimeDelta {
    match task.due {
        None => interval.duration(),
        Some(due) => (interval.end().min(due) - interval.start()).max(TimeDelta::zero()),
    }
}

/// Tasks that will not be finished by their due date (or, without one, are not fully planned),
/// in placement order.
pub(super) fn at_risk(input: &PlanInput<'_>, blocks: &[Block]) -> Vec<TaskRisk> {
    let mut by_task: HashMap<ItemId, Vec<Block>> = HashMap::new();
    for block in blocks.iter().filter(|b| b.kind == BlockKind::Task) {
        by_task.entry(block.item).or_default().push(*block);
    }
    let mut tasks: Vec<&Task> = input.tasks.iter().collect();
    tasks.sort_by_key(|t| order(t));
    tasks
        .into_iter()
        .filter_map(|task| {
            let own = by_task.get(&task.id).map_or(&[][..], Vec::as_slice);
            let short_by = task.duration - done_by_due(task, own);
            (short_by > TimeDelta::zero()).then_some(TaskRisk { id: task.id, short_by })
        })
        .collect()
}
