//! The result of a run as one serialisable value: settings, per-step summaries, per-second
//! series and a log-bucketed latency distribution. The table, JSON and HTML/SVG renderers all
//! read this one structure, so they cannot disagree.

pub mod html;
pub mod json;
pub mod svg;
pub mod table;

use hdrhistogram::Histogram;
use serde::{Deserialize, Serialize};

use crate::outcome::Outcome;
use crate::scenario::Step;
use crate::stats::{Collected, OutcomeCounts, Second};

/// Upper edges (ms) of the latency distribution's buckets, in a 1-2-5 series; the last bucket
/// holds everything above the last edge.
pub const BUCKET_EDGES_MS: [f64; 18] = [
    0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1_000.0, 2_000.0, 5_000.0, 10_000.0, 20_000.0,
    50_000.0,
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// A name for the run (`--label`), e.g. `owned-1000`.
    pub label: Option<String>,
    pub generator: String,
    pub target: String,
    pub organization: String,
    /// RFC 3339 instant the run started.
    pub started_at: String,
    pub model: Model,
    pub settings: Settings,
    /// From the start to the end of the last request.
    pub elapsed_s: f64,
    pub journeys: Journeys,
    pub steps: Vec<StepSummary>,
    pub total: StepSummary,
    pub series: Series,
    pub histogram: LatencyDistribution,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// `closed` (a fixed number of users) or `open` (a fixed arrival rate of journeys).
    pub kind: String,
    pub users: Option<u32>,
    pub arrival_rate_per_s: Option<f64>,
    pub max_concurrency: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub ramp_up_s: f64,
    pub duration_s: f64,
    pub think_time_s: f64,
    pub jitter: f64,
    pub timeout_s: f64,
    pub mix: String,
    /// Requests of one journey when all succeed.
    pub requests_per_journey: f64,
    pub event_types: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journeys {
    pub started: u64,
    /// Open model: arrivals not started because `max_concurrency` journeys were in progress.
    pub dropped: u64,
    /// Most users (closed) or journeys (open) in progress at once.
    pub peak_active: u64,
    /// Times a user waited out a 503's `Retry-After` instead of retrying.
    pub retry_after_waits: u64,
}

/// What the run needs to describe itself, besides what it recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct RunInfo {
    pub label: Option<String>,
    pub target: String,
    pub organization: String,
    pub started_at: String,
    pub model: Model,
    pub settings: Settings,
    pub elapsed_s: f64,
    pub journeys: Journeys,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Latency {
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub max: f64,
    pub mean: f64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcomes {
    pub ok: u64,
    pub conflict: u64,
    pub shed: u64,
    pub client_error: u64,
    pub server_error: u64,
    pub timeout: u64,
    pub connect_error: u64,
    pub io_error: u64,
}

impl From<&OutcomeCounts> for Outcomes {
    fn from(c: &OutcomeCounts) -> Self {
        Self {
            ok: c.get(Outcome::Ok),
            conflict: c.get(Outcome::Conflict),
            shed: c.get(Outcome::Shed),
            client_error: c.get(Outcome::ClientError),
            server_error: c.get(Outcome::ServerError),
            timeout: c.get(Outcome::Timeout),
            connect_error: c.get(Outcome::ConnectError),
            io_error: c.get(Outcome::IoError),
        }
    }
}

impl Outcomes {
    /// Client, server, connect and I/O errors (not conflicts, shedding or timeouts).
    #[must_use]
    pub fn errors(&self) -> u64 {
        self.client_error + self.server_error + self.connect_error + self.io_error
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepSummary {
    /// `page`, `slots`, `book`, `cancel` or `total`.
    pub step: String,
    pub count: u64,
    /// Requests per second over the whole run (`count / elapsed_s`).
    pub rps: f64,
    /// Requests per second while the full load was applied (after the ramp-up).
    pub steady_rps: f64,
    /// Successful requests per second while the full load was applied: the goodput.
    pub steady_ok_rps: f64,
    /// Latency of every request, including failures and timeouts (ms).
    pub latency_ms: Latency,
    /// Latency of 2xx responses (ms).
    pub ok_latency_ms: Latency,
    pub outcomes: Outcomes,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Number of seconds; entry `i` covers requests that ended in `[i, i + 1)` s.
    pub seconds: usize,
    pub ramp_up_s: f64,
    /// Last second of the planned load (ramp-up + duration).
    pub planned_s: f64,
    pub steps: Vec<StepSeries>,
    /// All steps together (no percentiles).
    pub total: StepSeries,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepSeries {
    pub step: String,
    /// Requests ended per second, whatever their outcome.
    pub requests: Vec<u64>,
    pub ok: Vec<u64>,
    pub conflicts: Vec<u64>,
    pub errors: Vec<u64>,
    pub timeouts: Vec<u64>,
    pub shed: Vec<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub p50_ms: Vec<Option<f64>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub p99_ms: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LatencyDistribution {
    /// Upper bucket edges (ms); bucket `i` holds latencies below `edges_ms[i]` and at or above
    /// the previous edge; the last bucket holds the rest.
    pub edges_ms: Vec<f64>,
    pub steps: Vec<StepBuckets>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepBuckets {
    pub step: String,
    pub counts: Vec<u64>,
}

fn ms(us: u64) -> f64 {
    us as f64 / 1000.0
}

fn latency(h: &Histogram<u64>) -> Latency {
    if h.is_empty() {
        return Latency::default();
    }
    Latency {
        p50: ms(h.value_at_quantile(0.50)),
        p90: ms(h.value_at_quantile(0.90)),
        p99: ms(h.value_at_quantile(0.99)),
        max: ms(h.max()),
        mean: h.mean() / 1000.0,
    }
}

/// Counts of `h` in the buckets of [`BUCKET_EDGES_MS`].
#[must_use]
pub fn bucket_counts(h: &Histogram<u64>) -> Vec<u64> {
    let mut counts = vec![0; BUCKET_EDGES_MS.len() + 1];
    for value in h.iter_recorded() {
        let at_ms = ms(h.median_equivalent(value.value_iterated_to()));
        let bucket = BUCKET_EDGES_MS
            .iter()
            .position(|edge| at_ms < *edge)
            .unwrap_or(BUCKET_EDGES_MS.len());
        counts[bucket] += value.count_at_value();
    }
    counts
}

/// Seconds `[from, to)` of the series that lie in the full-load phase.
fn steady_window(info: &RunInfo, seconds: usize) -> (usize, usize) {
    let from = info.settings.ramp_up_s.ceil() as usize;
    let to = ((info.settings.ramp_up_s + info.settings.duration_s).floor() as usize).min(seconds);
    (from.min(to), to)
}

impl Report {
    /// Summarises what was recorded.
    #[must_use]
    pub fn build(info: RunInfo, collected: &Collected) -> Self {
        let seconds = collected.seconds.len();
        let (from, to) = steady_window(&info, seconds);
        let steady_s = (to - from).max(1) as f64;
        let elapsed = info.elapsed_s.max(1e-9);
        let window = &collected.seconds[from..to];

        let summary =
            |step: &str, all: &Histogram<u64>, ok: &Histogram<u64>, counts: &OutcomeCounts, steady: (u64, u64)| {
                StepSummary {
                    step: step.to_owned(),
                    count: counts.total(),
                    rps: counts.total() as f64 / elapsed,
                    steady_rps: steady.0 as f64 / steady_s,
                    steady_ok_rps: steady.1 as f64 / steady_s,
                    latency_ms: latency(all),
                    ok_latency_ms: latency(ok),
                    outcomes: Outcomes::from(counts),
                }
            };
        let steady_counts = |pick: &dyn Fn(&Second) -> OutcomeCounts| {
            window.iter().fold((0, 0), |(all, ok), second| {
                let c = pick(second);
                (all + c.total(), ok + c.get(Outcome::Ok))
            })
        };

        let mut steps = Vec::with_capacity(Step::COUNT);
        let mut total_all = crate::stats::latency_histogram();
        let mut total_ok = crate::stats::latency_histogram();
        let mut total_counts = OutcomeCounts::default();
        for step in Step::ALL {
            let stats = &collected.steps[step.index()];
            let steady = steady_counts(&|s: &Second| s[step.index()].outcomes);
            steps.push(summary(step.name(), &stats.all, &stats.ok, &stats.outcomes, steady));
            // Same bounds on both sides, so adding cannot fail.
            total_all.add(&stats.all).expect("histograms with equal bounds add");
            total_ok.add(&stats.ok).expect("histograms with equal bounds add");
            total_counts.merge(&stats.outcomes);
        }
        let steady_total = steady_counts(&|s: &Second| {
            let mut sum = OutcomeCounts::default();
            s.iter().for_each(|step| sum.merge(&step.outcomes));
            sum
        });
        let total = summary("total", &total_all, &total_ok, &total_counts, steady_total);

        let series = Series {
            seconds,
            ramp_up_s: info.settings.ramp_up_s,
            planned_s: info.settings.ramp_up_s + info.settings.duration_s,
            steps: Step::ALL
                .into_iter()
                .map(|step| step_series(step.name(), &collected.seconds, Some(step)))
                .collect(),
            total: step_series("total", &collected.seconds, None),
        };
        let histogram = LatencyDistribution {
            edges_ms: BUCKET_EDGES_MS.to_vec(),
            steps: Step::ALL
                .into_iter()
                .map(|step| StepBuckets {
                    step: step.name().to_owned(),
                    counts: bucket_counts(&collected.steps[step.index()].all),
                })
                .collect(),
        };
        Report {
            label: info.label,
            generator: concat!("kairos-load ", env!("CARGO_PKG_VERSION")).to_owned(),
            target: info.target,
            organization: info.organization,
            started_at: info.started_at,
            model: info.model,
            settings: info.settings,
            elapsed_s: info.elapsed_s,
            journeys: info.journeys,
            steps,
            total,
            series,
            histogram,
        }
    }

    /// One line saying what was run.
    #[must_use]
    pub fn describe(&self) -> String {
        let load = match (self.model.users, self.model.arrival_rate_per_s) {
            (Some(users), _) => format!("closed model, {users} users"),
            (None, Some(rate)) => format!(
                "open model, {rate:.1} journeys/s (at most {} at once)",
                self.model.max_concurrency.unwrap_or(0)
            ),
            (None, None) => "no load".to_owned(),
        };
        let s = &self.settings;
        format!(
            "{load}; ramp-up {} s, {} s at full load; think {} s ±{:.0} %; timeout {} s; mix {}; {} event types",
            s.ramp_up_s,
            s.duration_s,
            s.think_time_s,
            s.jitter * 100.0,
            s.timeout_s,
            s.mix,
            s.event_types
        )
    }
}

/// The per-second series of one step, or of all steps together (`None`, without percentiles).
fn step_series(name: &str, seconds: &[Second], only: Option<Step>) -> StepSeries {
    let mut series = StepSeries {
        step: name.to_owned(),
        requests: Vec::with_capacity(seconds.len()),
        ok: Vec::with_capacity(seconds.len()),
        conflicts: Vec::with_capacity(seconds.len()),
        errors: Vec::with_capacity(seconds.len()),
        timeouts: Vec::with_capacity(seconds.len()),
        shed: Vec::with_capacity(seconds.len()),
        p50_ms: Vec::new(),
        p99_ms: Vec::new(),
    };
    for second in seconds {
        let parts = match only {
            Some(step) => std::slice::from_ref(&second[step.index()]),
            None => &second[..],
        };
        let mut counts = OutcomeCounts::default();
        parts.iter().for_each(|p| counts.merge(&p.outcomes));
        series.requests.push(counts.total());
        series.ok.push(counts.get(Outcome::Ok));
        series.conflicts.push(counts.get(Outcome::Conflict));
        series.errors.push(counts.errors());
        series.timeouts.push(counts.get(Outcome::Timeout));
        series.shed.push(counts.get(Outcome::Shed));
        if only.is_some() {
            series.p50_ms.push(parts.first().and_then(|p| p.p50_us).map(ms));
            series.p99_ms.push(parts.first().and_then(|p| p.p99_us).map(ms));
        }
    }
    series
}
