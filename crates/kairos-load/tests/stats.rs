//! The statistics: percentiles of known samples, outcome totals, the per-second series and the
//! steady-state window the report derives from them.

use std::time::Duration;

use kairos_load::outcome::Outcome;
use kairos_load::report::{BUCKET_EDGES_MS, Journeys, Model, Report, RunInfo, Settings, bucket_counts};
use kairos_load::scenario::Step;
use kairos_load::stats::{Collected, Current, MAX_LATENCY_US, OutcomeCounts, latency_histogram, latency_us};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn info(ramp: f64, duration: f64, elapsed: f64) -> RunInfo {
    RunInfo {
        label: Some("test".to_owned()),
        target: "http://127.0.0.1:1".to_owned(),
        organization: "org".to_owned(),
        started_at: "2026-01-01T00:00:00Z".to_owned(),
        model: Model {
            kind: "closed".to_owned(),
            users: Some(10),
            arrival_rate_per_s: None,
            max_concurrency: None,
        },
        settings: Settings {
            ramp_up_s: ramp,
            duration_s: duration,
            think_time_s: 1.0,
            jitter: 0.5,
            timeout_s: 10.0,
            mix: "page=1,slots=1,book=1,cancel=0.2".to_owned(),
            requests_per_journey: 3.2,
            event_types: 5,
        },
        elapsed_s: elapsed,
        journeys: Journeys::default(),
    }
}

#[test]
fn percentiles_of_a_uniform_sample_are_exact_to_a_tenth_of_a_percent() {
    let mut collected = Collected::default();
    let mut current = Current::default();
    // 1..=1000 ms, one of each: p50 = 500 ms, p90 = 900 ms, p99 = 990 ms, max = 1000 ms.
    for i in 1..=1000 {
        collected.record(&mut current, 0, Step::Slots, Outcome::Ok, ms(i));
    }
    let report = Report::build(info(0.0, 1.0, 1.0), &collected_finished(collected, current));
    let slots = &report.steps[Step::Slots.index()];
    assert_eq!(slots.count, 1000);
    let near = |got: f64, want: f64| (got - want).abs() <= want * 0.001 + 0.001;
    assert!(near(slots.latency_ms.p50, 500.0), "{:?}", slots.latency_ms);
    assert!(near(slots.latency_ms.p90, 900.0), "{:?}", slots.latency_ms);
    assert!(near(slots.latency_ms.p99, 990.0), "{:?}", slots.latency_ms);
    assert!(near(slots.latency_ms.max, 1000.0), "{:?}", slots.latency_ms);
    assert!(near(slots.latency_ms.mean, 500.5), "{:?}", slots.latency_ms);
    assert_eq!(slots.latency_ms, slots.ok_latency_ms);
}

fn collected_finished(mut collected: Collected, mut current: Current) -> Collected {
    collected.close_second(&mut current);
    collected
}

#[test]
fn failures_count_in_all_latencies_but_not_in_successes() {
    let mut collected = Collected::default();
    let mut current = Current::default();
    for _ in 0..98 {
        collected.record(&mut current, 0, Step::Book, Outcome::Ok, ms(10));
    }
    collected.record(&mut current, 0, Step::Book, Outcome::Timeout, ms(10_000));
    collected.record(&mut current, 0, Step::Book, Outcome::Conflict, ms(20));
    let report = Report::build(info(0.0, 1.0, 1.0), &collected_finished(collected, current));
    let book = &report.steps[Step::Book.index()];
    assert_eq!(book.outcomes.ok, 98);
    assert_eq!(book.outcomes.timeout, 1);
    assert_eq!(book.outcomes.conflict, 1);
    assert_eq!(
        book.outcomes.errors(),
        0,
        "timeouts and conflicts are not counted as errors"
    );
    assert!((book.latency_ms.max - 10_000.0).abs() < 10.0);
    assert!((book.ok_latency_ms.max - 10.0).abs() < 0.1);
    assert_eq!(report.total.count, 100);
    assert_eq!(report.total.outcomes.ok, 98);
}

#[test]
fn the_series_has_one_entry_per_second_and_the_steady_window_skips_the_ramp() {
    let mut collected = Collected::default();
    let mut current = Current::default();
    // Seconds 0-1: ramp (5 requests each); seconds 2-4: steady (10 each, one error per second);
    // second 5: stragglers after the planned end.
    for second in 0..6 {
        let n = match second {
            0 | 1 => 5,
            5 => 1,
            _ => 10,
        };
        for i in 0..n {
            let outcome = if second >= 2 && i == 0 && second < 5 {
                Outcome::ServerError
            } else {
                Outcome::Ok
            };
            collected.record(&mut current, second, Step::Page, outcome, ms(1 + second as u64));
        }
    }
    // A gap: nothing for `cancel`; percentiles must be absent, not zero.
    let collected = collected_finished(collected, current);
    assert_eq!(collected.seconds.len(), 6);
    let report = Report::build(info(2.0, 3.0, 6.0), &collected);
    let page = &report.series.steps[Step::Page.index()];
    assert_eq!(page.requests, vec![5, 5, 10, 10, 10, 1]);
    assert_eq!(page.errors, vec![0, 0, 1, 1, 1, 0]);
    assert!((page.p50_ms[3].expect("p50") - 4.0).abs() < 0.05);
    let cancel = &report.series.steps[Step::Cancel.index()];
    assert!(cancel.p50_ms.iter().all(Option::is_none));
    let summary = &report.steps[Step::Page.index()];
    assert!((summary.steady_rps - 10.0).abs() < 1e-9, "{summary:?}");
    assert!((summary.steady_ok_rps - 9.0).abs() < 1e-9, "{summary:?}");
    assert!((summary.rps - 41.0 / 6.0).abs() < 1e-9, "{summary:?}");
    assert_eq!(report.series.total.requests, vec![5, 5, 10, 10, 10, 1]);
}

#[test]
fn seconds_without_requests_are_empty_entries() {
    let mut collected = Collected::default();
    let mut current = Current::default();
    collected.record(&mut current, 0, Step::Page, Outcome::Ok, ms(1));
    collected.record(&mut current, 3, Step::Page, Outcome::Ok, ms(1));
    let collected = collected_finished(collected, current);
    let counts: Vec<u64> = collected.seconds.iter().map(|s| s[0].outcomes.total()).collect();
    assert_eq!(counts, vec![1, 0, 0, 1]);
    assert_eq!(collected.seconds[1][0].p99_us, None);
}

#[test]
fn latencies_are_clamped_into_the_histogram_range() {
    assert_eq!(latency_us(Duration::ZERO), 1);
    assert_eq!(latency_us(Duration::from_nanos(1500)), 1);
    assert_eq!(latency_us(ms(3)), 3000);
    assert_eq!(latency_us(Duration::from_secs(100_000)), MAX_LATENCY_US);
}

#[test]
fn outcome_counts_add_up_and_errors_exclude_expected_outcomes() {
    let mut counts = OutcomeCounts::default();
    for outcome in Outcome::ALL {
        counts.add(outcome, 2);
    }
    assert_eq!(counts.total(), 16);
    // client, server, connect and I/O errors; not ok, conflict, shed or timeout.
    assert_eq!(counts.errors(), 8);
    let mut merged = OutcomeCounts::default();
    merged.merge(&counts);
    merged.merge(&counts);
    assert_eq!(merged.get(Outcome::Shed), 4);
}

#[test]
fn latency_buckets_follow_the_edges() {
    let mut h = latency_histogram();
    for us in [50, 150, 150, 900, 1_500, 60_000_000] {
        h.record(us).expect("in range");
    }
    let counts = bucket_counts(&h);
    assert_eq!(counts.len(), BUCKET_EDGES_MS.len() + 1);
    assert_eq!(counts[0], 1, "50 µs < 0.1 ms");
    assert_eq!(counts[1], 2, "150 µs in [0.1, 0.2) ms");
    assert_eq!(counts[3], 1, "0.9 ms in [0.5, 1) ms");
    assert_eq!(counts[4], 1, "1.5 ms in [1, 2) ms");
    assert_eq!(counts[BUCKET_EDGES_MS.len()], 1, "60 s above the last edge");
    assert_eq!(counts.iter().sum::<u64>(), 6);
}
