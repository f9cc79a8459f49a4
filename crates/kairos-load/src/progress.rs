//! The progress line on stderr, once a second: elapsed time, users or journeys in progress,
//! requests in the last second, and running totals of errors, timeouts and shedding. It reads
//! atomics only, so it never contends with the users.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::MissedTickBehavior;

use crate::stats::Recorder;

/// Users (closed model) or journeys (open model) in progress, and other journey counters.
#[derive(Debug, Default)]
pub struct Gauges {
    pub active: AtomicU64,
    pub peak: AtomicU64,
    pub journeys: AtomicU64,
    pub dropped: AtomicU64,
    pub retry_after_waits: AtomicU64,
}

impl Gauges {
    pub fn enter(&self) {
        let now = self.active.fetch_add(1, Ordering::Relaxed) + 1;
        self.peak.fetch_max(now, Ordering::Relaxed);
    }

    pub fn leave(&self) {
        self.active.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Prints a line every second until `done` is set. `active_name` is `users` or `journeys`.
pub fn spawn(
    recorder: Arc<Recorder>,
    gauges: Arc<Gauges>,
    active_name: &'static str,
    done: Arc<AtomicBool>,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval_at(
            tokio::time::Instant::now() + Duration::from_secs(1),
            Duration::from_secs(1),
        );
        tick.set_missed_tick_behavior(MissedTickBehavior::Delay);
        let mut last = 0;
        loop {
            tick.tick().await;
            if done.load(Ordering::Relaxed) {
                break;
            }
            let live = &recorder.live;
            let requests = live.requests.load(Ordering::Relaxed);
            let dropped = gauges.dropped.load(Ordering::Relaxed);
            let dropped = if dropped > 0 {
                format!("  dropped {dropped}")
            } else {
                String::new()
            };
            eprintln!(
                "[{:>4}s] {active_name} {:>5}  req/s {:>6}  ok {:>8}  conflicts {:>6}  errors {:>6}  timeouts {:>6}  shed {:>6}{dropped}",
                recorder.start().elapsed().as_secs(),
                gauges.active.load(Ordering::Relaxed),
                requests - last,
                live.ok.load(Ordering::Relaxed),
                live.conflicts.load(Ordering::Relaxed),
                live.errors.load(Ordering::Relaxed),
                live.timeouts.load(Ordering::Relaxed),
                live.shed.load(Ordering::Relaxed),
            );
            last = requests;
        }
    })
}
