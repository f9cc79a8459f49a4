//! Stability: frozen blocks stay as they are, and every other previous block that still obeys
//! the rules is kept before anything new is placed, so a re-plan moves only what it must.

use std::collections::HashMap;

use chrono::TimeDelta;

use super::{Block, BlockKind, FreeTime, Frequency, Habit, ItemId, PlanInput, Task, day_of};

/// The previous blocks to keep, with their time taken out of `free`.
pub(super) fn keep_previous(input: &PlanInput<'_>, free: &mut FreeTime) -> Vec<Block> {
    let mut previous: Vec<Block> = input
        .previous
        .iter()
        .copied()
        .filter(|b| b.interval.end() > input.now)
        .collect();
    previous.sort_unstable();
    previous.dedup();
    let mut kept = Vec::new();
    let mut usage = Usage::new(input);
    // Frozen blocks first: they stay whatever else happens.
    for block in previous.iter().filter(|b| input.is_frozen(b)) {
        usage.record(input, block);
        free.take(block.interval);
        kept.push(*block);
    }
    for block in previous.iter().filter(|b| !input.is_frozen(b)) {
        if input.horizon.contains(&block.interval) && free.fits(&block.interval) && usage.allows(input, block) {
            usage.record(input, block);
            free.take(block.interval);
            kept.push(*block);
        }
    }
    kept
}

/// How much of each item the kept blocks already cover.
struct Usage<'a> {
    tasks: HashMap<ItemId, (&'a Task, TimeDelta)>,
    habits: HashMap<ItemId, &'a Habit>,
    habit_days: HashMap<(ItemId, i64), u32>,
    habit_weeks: HashMap<(ItemId, i64), u32>,
    focus_weeks: HashMap<i64, TimeDelta>,
}

impl<'a> Usage<'a> {
    fn new(input: &PlanInput<'a>) -> Self {
        Self {
            tasks: input.tasks.iter().map(|t| (t.id, (t, TimeDelta::zero()))).collect(),
            habits: input.habits.iter().map(|h| (h.id, h)).collect(),
            habit_days: HashMap::new(),
            habit_weeks: HashMap::new(),
            focus_weeks: HashMap::new(),
        }
    }

    fn record(&mut self, input: &PlanInput<'_>, block: &Block) {
        let day = day_index(input, block);
        match block.kind {
            BlockKind::Task => {
                if let Some((_, used)) = self.tasks.get_mut(&block.item) {
                    *used += block.interval.duration();
                }
            }
            BlockKind::Habit => {
                *self.habit_days.entry((block.item, day)).or_default() += 1;
                *self.habit_weeks.entry((block.item, day.div_euclid(7))).or_default() += 1;
            }
            BlockKind::Focus => *self.focus_weeks.entry(day.div_euclid(7)).or_default() += block.interval.duration(),
        }
    }

    /// True when keeping `block` breaks no rule of its item, given what is already kept.
    fn allows(&self, input: &PlanInput<'_>, block: &Block) -> bool {
        let length = block.interval.duration();
        let day = day_index(input, block);
        match block.kind {
            BlockKind::Task => self.tasks.get(&block.item).is_some_and(|(task, used)| {
                let (min, max) = task.chunk_bounds();
                let left = task.duration - *used - length;
                block.interval.start() >= task.earliest_start
                    && (min..=max).contains(&length)
                    && left >= TimeDelta::zero()
                    && (left.is_zero() || left >= min)
            }),
            BlockKind::Habit => self.habits.get(&block.item).is_some_and(|habit| {
                let per_week = match habit.frequency {
                    Frequency::Daily => 7,
                    Frequency::PerWeek(n) => u32::from(n),
                };
                let date = input.zone.local_date(block.interval.start());
                habit.lengths().contains(&length)
                    && habit
                        .window_on(date, input.zone)
                        .is_some_and(|w| w.contains(&block.interval))
                    && !self.habit_days.contains_key(&(block.item, day))
                    && self
                        .habit_weeks
                        .get(&(block.item, day.div_euclid(7)))
                        .copied()
                        .unwrap_or(0)
                        < per_week
            }),
            BlockKind::Focus => input.focus.is_some_and(|goal| {
                goal.id == block.item
                    && (goal.min_block..=goal.max_block).contains(&length)
                    // The placement step stops once a week reaches its target, and a block is at
                    // most `max_block`, so a plan it made never exceeds target + max_block.
                    && self.focus_weeks.get(&day.div_euclid(7)).copied().unwrap_or_default() + length
                        < goal.weekly_target + goal.max_block
            }),
        }
    }
}

/// The day of the horizon a block starts on (0 = the horizon's first local day).
pub(super) fn day_index(input: &PlanInput<'_>, block: &Block) -> i64 {
    day_of(input, block.interval.start())
}
