//! Focus time: each week, the longest remaining free gaps become focus blocks until the weekly
//! target is met, so focus lands where the calendar is already calm.

use chrono::TimeDelta;

use super::stability::day_index;
use super::{Block, BlockKind, FreeTime, PlanInput, periods};
use crate::interval::Interval;

/// A leftover shorter than this next to a focus block is absorbed into it when it can be.
const FRAGMENT: TimeDelta = TimeDelta::minutes(30);

/// Places focus blocks week by week, up to the goal's weekly target.
pub(super) fn place(input: &PlanInput<'_>, free: &mut FreeTime, blocks: &mut Vec<Block>) {
    let Some(goal) = input.focus else {
        return;
    };
    if goal.min_block <= TimeDelta::zero() || goal.max_block < goal.min_block {
        return;
    }
    for (week, (_, span)) in (0i64..).zip(periods(input, 7)) {
        let mut left = goal.weekly_target
            - blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Focus && day_index(input, b).div_euclid(7) == week)
                .map(|b| b.interval.duration())
                .sum::<TimeDelta>();
        let Some(week) = Interval::new(
            span.start().max(input.place_from()),
            span.end().min(input.horizon.end()),
        ) else {
            continue;
        };
        while left > TimeDelta::zero() {
            // The longest gap of the week (the earliest of equals).
            let longest = free
                .from(week.start())
                .take_while(|g| g.start() < week.end())
                .filter_map(|g| g.intersection(&week))
                .filter(|g| g.duration() >= goal.min_block)
                .min_by_key(|g| (-g.duration().num_seconds(), g.start()));
            let Some(gap) = longest else {
                break;
            };
            let mut length = gap.duration().min(goal.max_block).min(left.max(goal.min_block));
            if gap.duration() - length < FRAGMENT && gap.duration() <= goal.max_block {
                length = gap.duration();
            }
            let Some(interval) = Interval::starting_at(gap.start(), length) else {
                break;
            };
            free.take(interval);
            blocks.push(Block {
                interval,
                kind: BlockKind::Focus,
                item: goal.id,
            });
            left -= length;
        }
    }
}
