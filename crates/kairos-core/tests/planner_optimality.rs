//! How far the planner is from optimal on tiny instances, against an exhaustive search.
//!
//! The greedy pass alone places each task at its earliest fit in priority order, so it loses by
//! putting a long low-urgency task where a later-due, higher-weighted one needed to go, or by
//! using time one task needs before its due date for another that could have waited (8.9 %
//! above the optimum over these seeds, optimal on 405 of 500). The local search after it
//! reorders the tasks to win that back. The bounds asserted below are the target and a
//! margin over the worst gap measured, not theorems.

mod planner_exhaustive;
use planner_exhaustive::{Lcg, Tiny};

/// The worst gap allowed on one instance, in weighted late minutes: 15 minutes of a P1 task
/// finished late (measured: 0; the greedy pass alone: 960).
const WORST_GAP: i64 = 120;
/// The planner's total weighted late minutes over the seeds, relative to the optimum's
/// (target 1.02; measured 1.000; the greedy pass alone: 1.089).
const WORST_TOTAL_RATIO: f64 = 1.02;

#[test]
fn the_planner_stays_within_two_percent_of_the_optimum() {
    let mut rng = Lcg(20_261_127);
    let mut gaps = Vec::new();
    let mut totals = (0, 0);
    for round in 0..500 {
        let tiny = Tiny::random(&mut rng, 1 + round % 5);
        let ours = tiny.planned();
        let best = tiny.optimum();
        assert!(
            best.0 <= ours.0,
            "the exhaustive search missed the planner's plan: {tiny:?}"
        );
        gaps.push(ours.0 - best.0);
        totals.0 += ours.0;
        totals.1 += best.0;
    }
    let worst = gaps.iter().copied().max().unwrap_or(0);
    let optimal = gaps.iter().filter(|g| **g == 0).count();
    println!(
        "planner optimal on {optimal}/{} instances; worst gap {worst}, mean gap {:.1} weighted late minutes; \
         total {} (planner) vs {} (optimum)",
        gaps.len(),
        mean(&gaps),
        totals.0,
        totals.1,
    );
    assert!(worst <= WORST_GAP, "worst gap {worst} > {WORST_GAP}");
    assert!(ratio(totals.0, totals.1) <= WORST_TOTAL_RATIO);
}

#[allow(clippy::cast_precision_loss)] // Small sums.
fn mean(values: &[i64]) -> f64 {
    values.iter().sum::<i64>() as f64 / values.len().max(1) as f64
}

#[allow(clippy::cast_precision_loss)] // Small sums.
fn ratio(a: i64, b: i64) -> f64 {
    a as f64 / b.max(1) as f64
}
