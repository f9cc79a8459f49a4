//! Habits: one block per chosen day inside the habit's daily window, as near its ideal start as
//! the free time allows; a weekly habit takes the days of the week where it fits best.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, TimeDelta, Utc};

use super::stability::day_index;
use super::{Block, BlockKind, FreeTime, Frequency, Habit, PlanInput, periods};
use crate::interval::Interval;

/// Places every habit's missing occurrences, habit by habit in id order.
pub(super) fn place(input: &PlanInput<'_>, free: &mut FreeTime, blocks: &mut Vec<Block>) {
    let mut habits: Vec<&Habit> = input.habits.iter().collect();
    habits.sort_by_key(|h| h.id);
    for habit in habits {
        let covered: BTreeSet<i64> = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Habit && b.item == habit.id)
            .map(|b| day_index(input, b))
            .collect();
        // Candidate placements per week: (distance from ideal, day, interval).
        let mut weeks: BTreeMap<i64, Vec<(TimeDelta, i64, Interval)>> = BTreeMap::new();
        for (day, (date, _)) in (0i64..).zip(periods(input, 1)) {
            if covered.contains(&day) {
                continue;
            }
            let Some(window) = habit
                .window_on(date, input.zone)
                .and_then(|w| Interval::new(w.start().max(input.place_from()), w.end().min(input.horizon.end())))
            else {
                continue;
            };
            let ideal = habit.ideal_on(date, input.zone);
            let shortest = *habit.lengths().start();
            let found = free
                .nearest(window, habit.duration, ideal)
                .or_else(|| free.nearest(window, shortest, ideal));
            if let Some(found) = found {
                weeks
                    .entry(day.div_euclid(7))
                    .or_default()
                    .push((distance(found, ideal), day, found));
            }
        }
        for (week, mut candidates) in weeks {
            let wanted = match habit.frequency {
                Frequency::Daily => candidates.len(),
                Frequency::PerWeek(n) => {
                    let done = covered.iter().filter(|d| d.div_euclid(7) == week).count();
                    usize::from(n).saturating_sub(done)
                }
            };
            candidates.sort_unstable();
            // Days never share free time, so each candidate is still free when placed.
            for (_, _, interval) in candidates.into_iter().take(wanted) {
                free.take(interval);
                blocks.push(Block {
                    interval,
                    kind: BlockKind::Habit,
                    item: habit.id,
                });
            }
        }
    }
}

fn distance(found: Interval, ideal: DateTime<Utc>) -> TimeDelta {
    (found.start() - ideal).abs()
}
