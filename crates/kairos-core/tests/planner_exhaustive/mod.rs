//! An exhaustive search for the best plan of a tiny instance, to measure how far the planner
//! is from optimal. Shared by the optimality test and the planner benchmark.
//!
//! Instances: two days of 09:00–17:00 UTC working time, a few busy half-hours, and up to five
//! unsplittable tasks of 30–180 minutes with due dates, all on a 30-minute grid. The objective
//! is the planner's own: priority-weighted late minutes (a minute is late when it is not done
//! by the task's due date, including when it is not planned at all), then the most task
//! minutes planned. The planner's starts always lie on the grid here (it places earliest-fit
//! and every edge is on the grid), so its plan is one of those
//! searched and the optimum can never be worse.

#![allow(dead_code)] // Each user needs a different part.

use chrono::{DateTime, TimeDelta, Utc};
use kairos_core::Interval;
use kairos_core::planner::{ItemId, PlanInput, Priority, Task, plan};

/// The grid every start, length and edge lies on, in minutes.
pub const GRID: i64 = 30;

/// Knuth's MMIX LCG: deterministic instances from a seed.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: i64) -> i64 {
        i64::try_from(self.next() % u64::try_from(n).expect("positive")).expect("small")
    }
}

/// The Monday the instances start on, at 00:00 UTC.
pub fn start() -> DateTime<Utc> {
    "2026-03-02T00:00:00Z".parse().expect("a valid instant")
}

/// The instant `minute` minutes after [`start`].
pub fn at(minute: i64) -> DateTime<Utc> {
    start() + TimeDelta::minutes(minute)
}

/// `length` minutes from minute `from`.
pub fn span(from: i64, length: i64) -> Interval {
    Interval::starting_at(at(from), TimeDelta::minutes(length)).expect("positive")
}

/// A plan of tasks alone over `days` days from [`start`], made at the start, with nothing
/// frozen and no previous plan.
pub fn tasks_only<'a>(days: i64, working: &'a [Interval], busy: &'a [Interval], tasks: &'a [Task]) -> PlanInput<'a> {
    PlanInput {
        horizon: Interval::starting_at(start(), TimeDelta::days(days)).expect("positive"),
        zone: kairos_core::Zone::UTC,
        working,
        busy,
        now: start(),
        freeze: TimeDelta::zero(),
        previous: &[],
        tasks,
        habits: &[],
        focus: None,
    }
}

/// A tiny planning problem.
#[derive(Debug, Clone)]
pub struct Tiny {
    pub working: Vec<Interval>,
    pub busy: Vec<Interval>,
    pub tasks: Vec<Task>,
}

impl Tiny {
    /// A random instance with `tasks` tasks.
    pub fn random(rng: &mut Lcg, tasks: usize) -> Self {
        let working = vec![span(9 * 60, 8 * 60), span(1440 + 9 * 60, 8 * 60)];
        let busy = (0..rng.below(4))
            .map(|_| {
                span(
                    rng.below(2) * 1440 + 9 * 60 + rng.below(16) * GRID,
                    GRID * (1 + rng.below(3)),
                )
            })
            .collect();
        let priorities = [Priority::P1, Priority::P2, Priority::P3, Priority::P4];
        let tasks = (0..tasks)
            .zip(1u128..)
            .map(|(_, id)| {
                let duration = GRID * (1 + rng.below(6));
                Task {
                    id: ItemId(id),
                    duration: TimeDelta::minutes(duration),
                    earliest_start: at(rng.below(2) * 1440 + rng.below(3) * 4 * 60),
                    due: Some(at(rng.below(2) * 1440 + 9 * 60 + GRID * (1 + rng.below(16)))),
                    priority: priorities[usize::try_from(rng.below(4)).expect("small")],
                    min_chunk: TimeDelta::minutes(duration),
                    max_chunk: TimeDelta::minutes(duration),
                    splittable: false,
                }
            })
            .collect();
        Tiny { working, busy, tasks }
    }

    pub fn input(&self) -> PlanInput<'_> {
        tasks_only(2, &self.working, &self.busy, &self.tasks)
    }

    /// The planner's (weighted late minutes, planned minutes).
    pub fn planned(&self) -> (i64, i64) {
        let metrics = plan(&self.input()).metrics;
        assert!(metrics.violations.is_empty());
        (metrics.weighted_late_minutes, metrics.placed_task_time.num_minutes())
    }

    /// The best (weighted late minutes, planned minutes) over every placement on the grid.
    pub fn optimum(&self) -> (i64, i64) {
        let free: Vec<(i64, i64)> = self
            .input()
            .free_time()
            .iter()
            .map(|g| ((g.start() - start()).num_minutes(), (g.end() - start()).num_minutes()))
            .collect();
        let jobs: Vec<Job> = self
            .tasks
            .iter()
            .map(|t| Job {
                duration: t.duration.num_minutes(),
                earliest: (t.earliest_start - start()).num_minutes(),
                due: t.due.map_or(i64::MAX, |d| (d - start()).num_minutes()),
                weight: t.priority.weight(),
            })
            .collect();
        let mut best = (i64::MAX, 0);
        let mut taken = Vec::new();
        search(&jobs, &free, &mut taken, 0, 0, &mut best);
        best
    }
}

struct Job {
    duration: i64,
    earliest: i64,
    due: i64,
    weight: i64,
}

/// Depth-first over the jobs: each is left out or put at a grid start inside one free gap and
/// clear of the jobs placed so far.
fn search(
    jobs: &[Job],
    free: &[(i64, i64)],
    taken: &mut Vec<(i64, i64)>,
    late: i64,
    placed: i64,
    best: &mut (i64, i64),
) {
    let Some((job, rest)) = jobs.split_first() else {
        if (late, -placed) < (best.0, -best.1) {
            *best = (late, placed);
        }
        return;
    };
    if late > best.0 {
        return;
    }
    for &(from, to) in free {
        let mut s = from.max(job.earliest.div_euclid(GRID) * GRID + if job.earliest % GRID == 0 { 0 } else { GRID });
        while s + job.duration <= to {
            let e = s + job.duration;
            if taken.iter().all(|&(a, b)| e <= a || b <= s) {
                let on_time = (job.due.min(e) - s).clamp(0, job.duration);
                taken.push((s, e));
                search(
                    rest,
                    free,
                    taken,
                    late + job.weight * (job.duration - on_time),
                    placed + job.duration,
                    best,
                );
                taken.pop();
            }
            s += GRID;
        }
    }
    search(rest, free, taken, late + job.weight * job.duration, placed, best);
}
