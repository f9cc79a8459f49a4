//! Latency and outcome statistics: an HDR histogram per step (all requests and successes, µs
//! precision) for the whole run, a per-second series (counts by outcome, p50/p99), and live
//! counters for the progress line. Recording takes one short lock; the current second keeps one
//! histogram per step that is summarised and reset when the clock moves on, so memory does not
//! grow with the length of the run.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;

use crate::outcome::Outcome;
use crate::scenario::Step;

/// Largest latency recorded exactly (1 h); longer ones are recorded as this.
pub const MAX_LATENCY_US: u64 = 3_600_000_000;

/// A histogram of latencies in µs with 3 significant digits (0.1 % resolution).
#[must_use]
pub fn latency_histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, MAX_LATENCY_US, 3).expect("static histogram bounds are valid")
}

/// Counts per outcome, indexed by [`Outcome::index`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutcomeCounts(pub [u64; Outcome::COUNT]);

impl OutcomeCounts {
    #[must_use]
    pub fn get(&self, outcome: Outcome) -> u64 {
        self.0[outcome.index()]
    }

    pub fn add(&mut self, outcome: Outcome, n: u64) {
        self.0[outcome.index()] += n;
    }

    #[must_use]
    pub fn total(&self) -> u64 {
        self.0.iter().sum()
    }

    /// Client, server, connect and I/O errors (not conflicts, shedding or timeouts).
    #[must_use]
    pub fn errors(&self) -> u64 {
        Outcome::ALL.iter().filter(|o| o.is_error()).map(|o| self.get(*o)).sum()
    }

    pub fn merge(&mut self, other: &OutcomeCounts) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
    }
}

/// Everything recorded for one step over the whole run.
#[derive(Debug, Clone)]
pub struct StepStats {
    /// Latency of every completed or failed request, µs.
    pub all: Histogram<u64>,
    /// Latency of 2xx responses only, µs.
    pub ok: Histogram<u64>,
    pub outcomes: OutcomeCounts,
}

impl Default for StepStats {
    fn default() -> Self {
        Self {
            all: latency_histogram(),
            ok: latency_histogram(),
            outcomes: OutcomeCounts::default(),
        }
    }
}

/// One step during one second of the run (by completion time).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SecondStep {
    pub outcomes: OutcomeCounts,
    /// Percentiles of every request completed that second, µs (`None` without requests).
    pub p50_us: Option<u64>,
    pub p99_us: Option<u64>,
    pub max_us: Option<u64>,
}

/// All steps during one second.
pub type Second = [SecondStep; Step::COUNT];

/// What a run recorded, ready for reporting.
#[derive(Debug, Clone)]
pub struct Collected {
    pub steps: [StepStats; Step::COUNT],
    /// Index `i` covers `[i, i + 1)` seconds after the run started.
    pub seconds: Vec<Second>,
}

impl Default for Collected {
    fn default() -> Self {
        Self {
            steps: std::array::from_fn(|_| StepStats::default()),
            seconds: Vec::new(),
        }
    }
}

impl Collected {
    /// Records one request that completed (or failed) `at` seconds into the run. Seconds must
    /// not go backwards by more than the current one (the recorder guarantees this).
    pub fn record(&mut self, current: &mut Current, at: usize, step: Step, outcome: Outcome, latency: Duration) {
        let us = latency_us(latency);
        let stats = &mut self.steps[step.index()];
        stats.all.saturating_record(us);
        if outcome == Outcome::Ok {
            stats.ok.saturating_record(us);
        }
        stats.outcomes.add(outcome, 1);
        if at > current.second {
            self.close_second(current);
            current.second = at;
        }
        let slot = &mut current.steps[step.index()];
        slot.histogram.saturating_record(us);
        slot.outcomes.add(outcome, 1);
    }

    /// Summarises the current second into `seconds` and resets it.
    pub fn close_second(&mut self, current: &mut Current) {
        if self.seconds.len() <= current.second {
            self.seconds.resize(current.second + 1, Second::default());
        }
        let second = &mut self.seconds[current.second];
        for (summary, slot) in second.iter_mut().zip(current.steps.iter_mut()) {
            summary.outcomes.merge(&slot.outcomes);
            if !slot.histogram.is_empty() {
                summary.p50_us = Some(slot.histogram.value_at_quantile(0.50));
                summary.p99_us = Some(slot.histogram.value_at_quantile(0.99));
                summary.max_us = Some(slot.histogram.max());
            }
            slot.histogram.reset();
            slot.outcomes = OutcomeCounts::default();
        }
    }
}

/// The second being filled.
#[derive(Debug, Clone)]
pub struct Current {
    pub second: usize,
    steps: [CurrentStep; Step::COUNT],
}

#[derive(Debug, Clone)]
struct CurrentStep {
    histogram: Histogram<u64>,
    outcomes: OutcomeCounts,
}

impl Default for Current {
    fn default() -> Self {
        Self {
            second: 0,
            steps: std::array::from_fn(|_| CurrentStep {
                // Two significant digits are plenty for a chart and keep resets cheap.
                histogram: Histogram::new_with_bounds(1, MAX_LATENCY_US, 2).expect("static histogram bounds are valid"),
                outcomes: OutcomeCounts::default(),
            }),
        }
    }
}

/// Microseconds, at least 1 (HDR histograms start at 1) and at most [`MAX_LATENCY_US`].
#[must_use]
pub fn latency_us(latency: Duration) -> u64 {
    u64::try_from(latency.as_micros())
        .unwrap_or(u64::MAX)
        .clamp(1, MAX_LATENCY_US)
}

/// Counters read by the progress line without taking the lock.
#[derive(Debug, Default)]
pub struct Live {
    pub requests: AtomicU64,
    pub ok: AtomicU64,
    pub errors: AtomicU64,
    pub timeouts: AtomicU64,
    pub shed: AtomicU64,
    pub conflicts: AtomicU64,
}

/// Shared by every virtual user for the whole run.
#[derive(Debug)]
pub struct Recorder {
    start: Instant,
    pub live: Live,
    inner: Mutex<(Collected, Current)>,
}

impl Recorder {
    #[must_use]
    pub fn new(start: Instant) -> Self {
        Self {
            start,
            live: Live::default(),
            inner: Mutex::new((Collected::default(), Current::default())),
        }
    }

    #[must_use]
    pub fn start(&self) -> Instant {
        self.start
    }

    /// Records one request that just ended.
    pub fn record(&self, step: Step, outcome: Outcome, latency: Duration) {
        let live = &self.live;
        live.requests.fetch_add(1, Ordering::Relaxed);
        let counter = match outcome {
            Outcome::Ok => &live.ok,
            Outcome::Conflict => &live.conflicts,
            Outcome::Shed => &live.shed,
            Outcome::Timeout => &live.timeouts,
            _ => &live.errors,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        let mut guard = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        // Read the clock under the lock so seconds never go backwards.
        let at = self.start.elapsed().as_secs() as usize;
        let (collected, current) = &mut *guard;
        collected.record(current, at, step, outcome, latency);
    }

    /// Everything recorded so far, with the current second closed.
    #[must_use]
    pub fn finish(&self) -> Collected {
        let mut guard = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let (collected, current) = &mut *guard;
        collected.close_second(current);
        let done = collected.clone();
        *current = Current::default();
        current.second = done.seconds.len();
        done
    }
}
