//! How far the planner is from the exact optimum on medium instances (10–30 tasks over a working
//! week), against a mixed-integer program solved by CBC. Prints one table; run with
//!
//! ```sh
//! cargo bench -p kairos-core --features exact-optimum --bench planner_optimum
//! ```
//!
//! Instances: Monday to Friday 09:00–17:00 UTC, up to three busy blocks of 30–90 minutes a day,
//! and unsplittable tasks of 30–180 minutes with mixed priorities, earliest starts and due
//! dates, everything on a 30-minute grid (so an optimal plan exists with every start on it).
//!
//! The program is time-indexed: one binary per task and feasible grid start (inside one free
//! gap, not before the task's earliest start), one binary per task for "not planned", at most
//! one task on each free grid cell. It minimises the planner's own measure (priority-weighted
//! late minutes, unplanned ones included), then the minutes left unplanned. Each optimal plan is
//! checked with the planner's own scoring: no broken rule, and the same late minutes the
//! program reports.

use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, Utc};
use good_lp::solvers::coin_cbc::coin_cbc;
use good_lp::{Expression, ProblemVariables, Solution, SolutionStatus, SolverModel, Variable, variable};
use kairos_core::Interval;
use kairos_core::planner::{Block, BlockKind, ItemId, PlanInput, Priority, Task, evaluate, plan};

#[path = "../tests/planner_exhaustive/mod.rs"]
mod planner_exhaustive;
use planner_exhaustive::{GRID, Lcg, at, span, start, tasks_only};

/// Late minutes first: an objective unit of late time outweighs every unplanned minute.
const LATE_FIRST: f64 = 100_000.0;

fn minute_of(t: DateTime<Utc>) -> i64 {
    (t - start()).num_minutes()
}

/// A working week to plan.
#[derive(Debug, Clone)]
struct Week {
    working: Vec<Interval>,
    busy: Vec<Interval>,
    tasks: Vec<Task>,
}

impl Week {
    fn random(rng: &mut Lcg, tasks: usize) -> Self {
        let working: Vec<Interval> = (0..5).map(|d| span(d * 1440 + 9 * 60, 8 * 60)).collect();
        let mut busy = Vec::new();
        for day in (0..5).flat_map(|d| std::iter::repeat_n(d, 3)) {
            if rng.below(3) > 0 {
                busy.push(span(
                    day * 1440 + 9 * 60 + rng.below(16) * GRID,
                    GRID * (1 + rng.below(3)),
                ));
            }
        }
        let priorities = [Priority::P1, Priority::P2, Priority::P3, Priority::P4];
        let tasks = (0..tasks)
            .zip(1u128..)
            .map(|(_, id)| {
                let duration = GRID * (1 + rng.below(6));
                let earliest_day = rng.below(4);
                Task {
                    id: ItemId(id),
                    duration: TimeDelta::minutes(duration),
                    earliest_start: at(earliest_day * 1440 + rng.below(3) * 4 * 60),
                    due: Some(at((earliest_day + rng.below(3)) * 1440
                        + 9 * 60
                        + GRID * (1 + rng.below(16)))),
                    priority: priorities[usize::try_from(rng.below(4)).expect("small")],
                    min_chunk: TimeDelta::minutes(duration),
                    max_chunk: TimeDelta::minutes(duration),
                    splittable: false,
                }
            })
            .collect();
        Week { working, busy, tasks }
    }

    fn input(&self) -> PlanInput<'_> {
        tasks_only(7, &self.working, &self.busy, &self.tasks)
    }

    /// The exact optimum's weighted late minutes, checked by the planner's own scoring.
    fn optimum(&self) -> i64 {
        let free: Vec<(i64, i64)> = self
            .input()
            .free_time()
            .iter()
            .map(|g| (minute_of(g.start()), minute_of(g.end())))
            .collect();
        let mut vars = ProblemVariables::new();
        let mut objective = Expression::from(0.0);
        // (task, start minute, variable)
        let mut starts: Vec<(usize, i64, Variable)> = Vec::new();
        let mut unplanned_vars = Vec::new();
        for (j, task) in self.tasks.iter().enumerate() {
            let duration = task.duration.num_minutes();
            let weight = task.priority.weight();
            let due = task.due.map_or(i64::MAX, minute_of);
            let earliest = minute_of(task.earliest_start);
            for &(from, to) in &free {
                let mut s = from.max((earliest + GRID - 1).div_euclid(GRID) * GRID);
                while s + duration <= to {
                    let on_time = (due.min(s + duration) - s).clamp(0, duration);
                    let x = vars.add(variable().binary());
                    objective += x * (LATE_FIRST * lateness(weight, duration - on_time));
                    starts.push((j, s, x));
                    s += GRID;
                }
            }
            let u = vars.add(variable().binary());
            objective += u * (LATE_FIRST * lateness(weight, duration) + minutes(duration));
            unplanned_vars.push(u);
        }
        let mut model = vars.minimise(objective).using(coin_cbc);
        model.set_parameter("log", "0");
        for (j, u) in unplanned_vars.iter().enumerate() {
            let chosen: Expression = starts.iter().filter(|(k, ..)| *k == j).map(|(.., x)| *x).sum();
            model.add_constraint((chosen + *u).eq(1.0));
        }
        for &(from, to) in &free {
            let mut cell = from;
            while cell < to {
                let covering: Expression = starts
                    .iter()
                    .filter(|(k, s, _)| *s <= cell && cell < *s + self.tasks[*k].duration.num_minutes())
                    .map(|(.., x)| *x)
                    .sum();
                model.add_constraint(covering.leq(1.0));
                cell += GRID;
            }
        }
        let solution = model.solve().expect("the program always has a solution: plan nothing");
        assert!(
            matches!(solution.status(), SolutionStatus::Optimal),
            "not solved to optimality"
        );
        let blocks: Vec<Block> = starts
            .iter()
            .filter(|(.., x)| solution.value(*x) > 0.5)
            .map(|&(j, s, _)| Block {
                interval: span(s, self.tasks[j].duration.num_minutes()),
                kind: BlockKind::Task,
                item: self.tasks[j].id,
            })
            .collect();
        let metrics = evaluate(&self.input(), &blocks);
        assert!(
            metrics.violations.is_empty(),
            "the optimum breaks a rule: {:?}",
            metrics.violations
        );
        metrics.weighted_late_minutes
    }
}

#[allow(clippy::cast_precision_loss)] // Minutes and weights far below 2^52.
fn lateness(weight: i64, late_minutes: i64) -> f64 {
    (weight * late_minutes) as f64
}

#[allow(clippy::cast_precision_loss)] // Minutes far below 2^52.
fn minutes(m: i64) -> f64 {
    m as f64
}

#[allow(clippy::cast_precision_loss)] // Totals far below 2^52.
fn percent_above(value: i64, best: i64) -> f64 {
    100.0 * (value - best) as f64 / best.max(1) as f64
}

fn main() {
    const PER_SIZE: usize = 20;
    println!(
        "| tasks | instances | planner optimal | weighted late minutes (planner vs optimum) | above optimum | worst gap | planner time (mean) | solver time (mean) |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let mut all = (0, 0);
    for size in [10, 20, 30] {
        let mut rng = Lcg(20_261_203 + u64::try_from(size).expect("small"));
        let (mut ours, mut best, mut optimal, mut worst) = (0, 0, 0, 0);
        let (mut planner_time, mut solver_time) = (Duration::ZERO, Duration::ZERO);
        for _ in 0..PER_SIZE {
            let week = Week::random(&mut rng, size);
            let clock = Instant::now();
            let metrics = plan(&week.input()).metrics;
            planner_time += clock.elapsed();
            assert!(metrics.violations.is_empty());
            let clock = Instant::now();
            let exact = week.optimum();
            solver_time += clock.elapsed();
            let planned = metrics.weighted_late_minutes;
            assert!(exact <= planned, "the solver missed the planner's plan: {week:?}");
            ours += planned;
            best += exact;
            optimal += usize::from(planned == exact);
            worst = worst.max(planned - exact);
        }
        all.0 += ours;
        all.1 += best;
        let count = u32::try_from(PER_SIZE).expect("small");
        println!(
            "| {size} | {PER_SIZE} | {optimal} | {ours} vs {best} | {:.2} % | {worst} | {:.0} µs | {:.0} ms |",
            percent_above(ours, best),
            (planner_time / count).as_secs_f64() * 1e6,
            (solver_time / count).as_secs_f64() * 1e3,
        );
    }
    println!(
        "all sizes: {} vs {} ({:.2} % above the optimum)",
        all.0,
        all.1,
        percent_above(all.0, all.1)
    );
}
