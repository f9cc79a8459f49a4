//! Criterion benchmarks for the planner over four weeks (target: 1,000 tasks in under 100 ms),
//! and the planner's gap to the optimum on tiny instances, printed once.
//!
//! Inputs are built deterministically with a small LCG: weekdays 09:00–17:00 UTC, four busy
//! blocks of 30–90 minutes a working day, three habits, a 6-hour weekly focus goal placed after
//! P1 and P2 tasks, and tasks of 15 minutes to 2 hours with mixed priorities, chunk bounds and
//! due dates within two weeks of their earliest start. Even 100 tasks (about 110 hours) are
//! more than the free time left after meetings and habits; 1,000 are ten times that.

use std::hint::black_box;

use chrono::{DateTime, TimeDelta, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use kairos_core::Interval;
use kairos_core::planner::{Block, FocusGoal, Frequency, Habit, ItemId, PlanInput, Priority, Task, plan};

#[path = "../tests/planner_exhaustive/mod.rs"]
mod planner_exhaustive;
use planner_exhaustive::{Lcg, Tiny};

fn start() -> DateTime<Utc> {
    "2026-03-02T00:00:00Z".parse().expect("a valid instant")
}

fn span(from: i64, length: i64) -> Interval {
    Interval::starting_at(start() + TimeDelta::minutes(from), TimeDelta::minutes(length)).expect("positive")
}

struct Month {
    working: Vec<Interval>,
    busy: Vec<Interval>,
    tasks: Vec<Task>,
    habits: Vec<Habit>,
    focus: FocusGoal,
}

impl Month {
    fn new(tasks: usize) -> Self {
        let mut rng = Lcg(42);
        let working: Vec<Interval> = (0..28i64)
            .filter(|d| d % 7 < 5)
            .map(|d| span(d * 1440 + 540, 480))
            .collect();
        let busy = working
            .iter()
            .flat_map(|day| std::iter::repeat_n(day.start(), 4))
            .map(|day| {
                let from = day + TimeDelta::minutes(rng.below(32) * 15);
                Interval::starting_at(from, TimeDelta::minutes(15 * (2 + rng.below(5)))).expect("positive")
            })
            .collect();
        let priorities = [Priority::P1, Priority::P2, Priority::P3, Priority::P4];
        let tasks = (0..tasks)
            .zip(1u128..)
            .map(|(_, id)| {
                let min = 15 * (1 + rng.below(4));
                let earliest = rng.below(14 * 1440);
                Task {
                    id: ItemId(id),
                    duration: TimeDelta::minutes(15 * (1 + rng.below(8))),
                    earliest_start: start() + TimeDelta::minutes(earliest),
                    due: (rng.below(4) > 0).then(|| start() + TimeDelta::minutes(earliest + rng.below(14 * 1440))),
                    priority: priorities[usize::try_from(rng.below(4)).expect("small")],
                    min_chunk: TimeDelta::minutes(min),
                    max_chunk: TimeDelta::minutes(min + 15 * rng.below(12)),
                    splittable: rng.below(3) > 0,
                }
            })
            .collect();
        let habit = |id, duration, frequency, window: (u16, u16), ideal| Habit {
            id: ItemId(id),
            duration: TimeDelta::minutes(duration),
            min_duration: TimeDelta::minutes(duration),
            frequency,
            window_start_minute: window.0,
            window_end_minute: window.1,
            ideal_start_minute: ideal,
        };
        Month {
            working,
            busy,
            tasks,
            habits: vec![
                habit(100_001, 45, Frequency::Daily, (11 * 60, 14 * 60), 12 * 60),
                habit(100_002, 30, Frequency::PerWeek(3), (9 * 60, 11 * 60), 9 * 60),
                habit(100_003, 60, Frequency::PerWeek(2), (14 * 60, 17 * 60), 16 * 60),
            ],
            focus: FocusGoal {
                id: ItemId(200_000),
                priority: Priority::P2,
                weekly_target: TimeDelta::hours(6),
                min_block: TimeDelta::minutes(90),
                max_block: TimeDelta::hours(3),
            },
        }
    }

    fn input<'a>(&'a self, previous: &'a [Block]) -> PlanInput<'a> {
        PlanInput {
            horizon: Interval::starting_at(start(), TimeDelta::days(28)).expect("positive"),
            zone: kairos_core::Zone::UTC,
            working: &self.working,
            busy: &self.busy,
            now: start() + TimeDelta::hours(8),
            freeze: TimeDelta::hours(2),
            previous,
            tasks: &self.tasks,
            habits: &self.habits,
            focus: Some(&self.focus),
        }
    }
}

fn bench_month(c: &mut Criterion) {
    for n in [100, 1_000] {
        let month = Month::new(n);
        let first = plan(&month.input(&[]));
        assert!(first.metrics.violations.is_empty());
        eprintln!(
            "{n} tasks: {} blocks, {} at risk, on-time share {:.3}, focus {} of {} min, {} fragments",
            first.blocks.len(),
            first.at_risk.len(),
            first.metrics.on_time_share,
            first.metrics.focus_achieved.num_minutes(),
            first.metrics.focus_target.num_minutes(),
            first.metrics.fragments_created,
        );
        c.bench_function(&format!("plan_{n}_tasks_4_weeks"), |b| {
            b.iter(|| plan(black_box(&month.input(&[]))));
        });
        c.bench_function(&format!("replan_{n}_tasks_4_weeks"), |b| {
            b.iter(|| plan(black_box(&month.input(&first.blocks))));
        });
    }
}

fn optimality_gap(c: &mut Criterion) {
    let mut rng = Lcg(7);
    let instances: Vec<Tiny> = (0..200).map(|_| Tiny::random(&mut rng, 5)).collect();
    let (mut ours, mut best, mut optimal, mut worst) = (0, 0, 0, 0);
    for tiny in &instances {
        let (g, o) = (tiny.planned().0, tiny.optimum().0);
        ours += g;
        best += o;
        optimal += usize::from(g == o);
        worst = worst.max(g - o);
    }
    eprintln!(
        "5 tasks, 2 days, 30-minute grid, {} instances: planner optimal on {optimal}; weighted late minutes \
         planner {ours} vs optimum {best} (mean gap {}, worst {worst})",
        instances.len(),
        (ours - best) / i64::try_from(instances.len()).expect("small"),
    );
    c.bench_function("exhaustive_5_tasks_2_days", |b| {
        b.iter(|| black_box(&instances[0]).optimum());
    });
    c.bench_function("planner_5_tasks_2_days", |b| {
        b.iter(|| black_box(&instances[0]).planned());
    });
}

criterion_group!(benches, bench_month, optimality_gap);
criterion_main!(benches);
