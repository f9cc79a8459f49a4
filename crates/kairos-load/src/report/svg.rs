//! Hand-written SVG charts of a report: latency over time (p50 and p99 per step, log scale),
//! the latency distribution (log-scaled buckets) and throughput over time. Plain polylines,
//! rects and text with labelled axes; no scripts, no external fonts or styles.

use std::fmt::Write;

use super::{BUCKET_EDGES_MS, Report, StepSeries};

const WIDTH: f64 = 900.0;
const HEIGHT: f64 = 330.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 58.0;
const BOTTOM: f64 = 48.0;

/// Colours of the steps, in `Step::ALL` order (page, slots, book, cancel).
pub const STEP_COLORS: [&str; 4] = ["#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd"];
const TOTAL_COLOR: &str = "#222222";
const ERROR_COLOR: &str = "#d62728";
const SHED_COLOR: &str = "#8c564b";
const GRID_COLOR: &str = "#e4e4e4";
const RAMP_COLOR: &str = "#f3f3f3";

/// Escapes text for SVG/HTML content and attribute values.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A number for a label: integers without decimals, small values with up to three.
#[must_use]
pub fn label_number(v: f64) -> String {
    if v.abs() >= 1_000_000.0 {
        format!("{}M", label_number(v / 1_000_000.0))
    } else if v.abs() >= 10_000.0 {
        format!("{}k", label_number(v / 1000.0))
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        let text = format!("{v:.3}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

#[derive(Debug, Clone, Copy)]
enum Scale {
    Linear {
        min: f64,
        max: f64,
    },
    /// Bounds are powers of ten.
    Log {
        min: f64,
        max: f64,
    },
}

impl Scale {
    fn fraction(self, v: f64) -> f64 {
        let f = match self {
            Scale::Linear { min, max } => (v - min) / (max - min),
            Scale::Log { min, max } => (v.max(min).log10() - min.log10()) / (max.log10() - min.log10()),
        };
        if f.is_finite() { f.clamp(0.0, 1.0) } else { 0.0 }
    }

    fn ticks(self) -> Vec<f64> {
        match self {
            Scale::Linear { min, max } => {
                let step = nice_step((max - min) / 5.0);
                let mut ticks = Vec::new();
                let mut t = (min / step).ceil() * step;
                while t <= max + step * 1e-9 && ticks.len() < 20 {
                    ticks.push(t);
                    t += step;
                }
                ticks
            }
            Scale::Log { min, max } => {
                let (lo, hi) = (min.log10().round() as i32, max.log10().round() as i32);
                (lo..=hi).map(|k| 10f64.powi(k)).collect()
            }
        }
    }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let norm = raw / magnitude;
    let factor = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    factor * magnitude
}

/// A linear axis from 0 to a round value at or above `max`.
fn zero_to(max: f64) -> Scale {
    let step = nice_step(max.max(1e-9) / 5.0);
    Scale::Linear {
        min: 0.0,
        max: ((max / step).ceil() * step).max(step),
    }
}

/// A log axis covering `[min, max]` in whole decades.
fn decades(min: f64, max: f64) -> Scale {
    let lo = if min > 0.0 && min.is_finite() {
        10f64.powf(min.log10().floor())
    } else {
        0.1
    };
    let mut hi = if max > 0.0 && max.is_finite() {
        10f64.powf(max.log10().ceil())
    } else {
        1000.0
    };
    if hi <= lo {
        hi = lo * 10.0;
    }
    Scale::Log { min: lo, max: hi }
}

/// One chart being drawn.
struct Chart {
    out: String,
    x: Scale,
    y: Scale,
}

impl Chart {
    fn new(title: &str, x: Scale, y: Scale) -> Self {
        let mut out = String::with_capacity(16 * 1024);
        let _ = write!(
            out,
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" font-family="sans-serif" font-size="12" role="img" aria-label="{t}"><title>{t}</title><rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/><text x="{LEFT}" y="20" font-size="15" font-weight="bold">{t}</text>"##,
            t = escape(title)
        );
        Self { out, x, y }
    }

    fn px(&self, v: f64) -> f64 {
        LEFT + self.x.fraction(v) * (WIDTH - LEFT - RIGHT)
    }

    fn py(&self, v: f64) -> f64 {
        HEIGHT - BOTTOM - self.y.fraction(v) * (HEIGHT - TOP - BOTTOM)
    }

    /// Grid lines, tick labels, the frame and axis titles.
    fn axes(&mut self, x_title: &str, y_title: &str, x_ticks: bool) {
        let (x0, x1, y0, y1) = (LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM);
        for t in self.y.ticks() {
            let y = self.py(t);
            let _ = write!(
                self.out,
                r#"<line x1="{x0}" y1="{y:.1}" x2="{x1}" y2="{y:.1}" stroke="{GRID_COLOR}"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
                x0 - 6.0,
                y + 4.0,
                label_number(t)
            );
        }
        if x_ticks {
            for t in self.x.ticks() {
                let x = self.px(t);
                let _ = write!(
                    self.out,
                    r##"<line x1="{x:.1}" y1="{y1}" x2="{x:.1}" y2="{:.1}" stroke="#888888"/><text x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
                    y1 + 5.0,
                    y1 + 18.0,
                    label_number(t)
                );
            }
        }
        let _ = write!(
            self.out,
            r##"<rect x="{x0}" y="{y0}" width="{:.1}" height="{:.1}" fill="none" stroke="#888888"/><text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text><text x="16" y="{:.1}" text-anchor="middle" transform="rotate(-90 16 {:.1})">{}</text>"##,
            x1 - x0,
            y1 - y0,
            (x0 + x1) / 2.0,
            HEIGHT - 8.0,
            escape(x_title),
            (y0 + y1) / 2.0,
            (y0 + y1) / 2.0,
            escape(y_title)
        );
    }

    /// A light band marking the ramp-up, from 0 to `until` on the x axis.
    fn ramp(&mut self, until: f64) {
        if until <= 0.0 {
            return;
        }
        let (x0, x1) = (self.px(0.0), self.px(until));
        let _ = write!(
            self.out,
            r##"<rect x="{x0:.1}" y="{TOP}" width="{:.1}" height="{:.1}" fill="{RAMP_COLOR}"/><text x="{:.1}" y="{:.1}" fill="#999999" font-size="11">ramp-up</text>"##,
            (x1 - x0).max(0.0),
            HEIGHT - TOP - BOTTOM,
            x0 + 4.0,
            TOP + 13.0
        );
    }

    /// A legend row under the title: `(label, colour, dashed)`.
    fn legend(&mut self, items: &[(String, &str, bool)]) {
        let mut x = LEFT;
        let y = 40.0;
        for (label, color, dashed) in items {
            let dash = if *dashed { r#" stroke-dasharray="6 3""# } else { "" };
            let _ = write!(
                self.out,
                r#"<line x1="{x:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{color}" stroke-width="2.5"{dash}/><text x="{:.1}" y="{y:.1}">{}</text>"#,
                y - 4.0,
                x + 22.0,
                y - 4.0,
                x + 27.0,
                escape(label)
            );
            x += 27.0 + 7.0 * label.chars().count() as f64 + 18.0;
        }
    }

    /// A line through the points, broken where a value is missing; lone points get a dot.
    fn line(&mut self, points: impl Iterator<Item = (f64, Option<f64>)>, color: &str, dashed: bool, width: f64) {
        let dash = if dashed { r#" stroke-dasharray="6 3""# } else { "" };
        let mut run: Vec<(f64, f64)> = Vec::new();
        let flush = |run: &mut Vec<(f64, f64)>, out: &mut String| {
            match run.len() {
                0 => {}
                1 => {
                    let _ = write!(
                        out,
                        r#"<circle cx="{:.1}" cy="{:.1}" r="2" fill="{color}"/>"#,
                        run[0].0, run[0].1
                    );
                }
                _ => {
                    let _ = write!(
                        out,
                        r#"<polyline fill="none" stroke="{color}" stroke-width="{width}" stroke-linejoin="round"{dash} points=""#
                    );
                    for (i, (x, y)) in run.iter().enumerate() {
                        let sep = if i == 0 { "" } else { " " };
                        let _ = write!(out, "{sep}{x:.1},{y:.1}");
                    }
                    out.push_str(r#""/>"#);
                }
            }
            run.clear();
        };
        for (x, y) in points {
            match y {
                Some(y) if y.is_finite() => run.push((self.px(x), self.py(y))),
                _ => flush(&mut run, &mut self.out),
            }
        }
        flush(&mut run, &mut self.out);
    }

    fn note(&mut self, text: &str) {
        let _ = write!(
            self.out,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#777777">{}</text>"##,
            (LEFT + WIDTH - RIGHT) / 2.0,
            (TOP + HEIGHT - BOTTOM) / 2.0,
            escape(text)
        );
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// Steps that ran at least one request, with their colour.
fn active_steps(report: &Report) -> Vec<(usize, &StepSeries, &'static str)> {
    report
        .series
        .steps
        .iter()
        .enumerate()
        .filter(|(i, _)| report.steps.get(*i).is_some_and(|s| s.count > 0))
        .map(|(i, s)| (i, s, STEP_COLORS[i % STEP_COLORS.len()]))
        .collect()
}

fn time_axis(report: &Report) -> Scale {
    let end = (report.series.seconds as f64).max(report.series.planned_s).max(1.0);
    Scale::Linear { min: 0.0, max: end }
}

/// p50 (solid) and p99 (dashed) latency of each step, per second, on a log scale.
#[must_use]
pub fn latency_over_time(report: &Report) -> String {
    let steps = active_steps(report);
    let values = steps
        .iter()
        .flat_map(|(_, s, _)| s.p50_ms.iter().chain(&s.p99_ms))
        .filter_map(|v| *v)
        .filter(|v| *v > 0.0);
    let (min, max) = values.fold((f64::INFINITY, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let mut chart = Chart::new(
        "Latency over time (p50 solid, p99 dashed)",
        time_axis(report),
        decades(min, max),
    );
    chart.ramp(report.series.ramp_up_s);
    chart.axes("seconds since start", "latency (ms, log scale)", true);
    let mut legend: Vec<(String, &str, bool)> = steps.iter().map(|(_, s, c)| (s.step.clone(), *c, false)).collect();
    legend.push(("p50".to_owned(), "#666666", false));
    legend.push(("p99".to_owned(), "#666666", true));
    chart.legend(&legend);
    if steps.is_empty() {
        chart.note("no requests were made");
    }
    for (_, s, color) in &steps {
        let at = |i: usize| i as f64 + 0.5;
        chart.line(s.p50_ms.iter().enumerate().map(|(i, v)| (at(i), *v)), color, false, 1.6);
        chart.line(s.p99_ms.iter().enumerate().map(|(i, v)| (at(i), *v)), color, true, 1.6);
    }
    chart.finish()
}

/// Share of each step's requests per latency bucket (1-2-5 buckets, so the x axis is log-like).
#[must_use]
pub fn latency_histogram(report: &Report) -> String {
    let steps: Vec<(usize, &super::StepBuckets, &str)> = report
        .histogram
        .steps
        .iter()
        .enumerate()
        .filter(|(_, b)| b.counts.iter().sum::<u64>() > 0)
        .map(|(i, b)| (i, b, STEP_COLORS[i % STEP_COLORS.len()]))
        .collect();
    let buckets = BUCKET_EDGES_MS.len() + 1;
    let used = |i: usize| steps.iter().any(|(_, b, _)| b.counts.get(i).copied().unwrap_or(0) > 0);
    let first = (0..buckets).find(|i| used(*i)).unwrap_or(0);
    let last = (0..buckets).rev().find(|i| used(*i)).unwrap_or(buckets - 1);
    let shares: Vec<Vec<f64>> = steps
        .iter()
        .map(|(_, b, _)| {
            let total = b.counts.iter().sum::<u64>().max(1) as f64;
            b.counts.iter().map(|c| 100.0 * *c as f64 / total).collect()
        })
        .collect();
    let top = shares.iter().flatten().copied().fold(0.0f64, f64::max);
    let slots = (last - first + 1) as f64;
    let mut chart = Chart::new(
        "Latency distribution (share of each step's requests)",
        Scale::Linear { min: 0.0, max: slots },
        zero_to(top.max(1.0)),
    );
    chart.axes(
        "latency (ms, buckets on a 1-2-5 log scale)",
        "% of the step's requests",
        false,
    );
    chart.legend(
        &steps
            .iter()
            .map(|(_, b, c)| (b.step.clone(), *c, false))
            .collect::<Vec<_>>(),
    );
    if steps.is_empty() {
        chart.note("no requests were made");
    }
    // Edge labels between the bucket slots.
    for slot in 0..=(last - first + 1) {
        let bucket = first + slot;
        if bucket == 0 || bucket > BUCKET_EDGES_MS.len() {
            continue;
        }
        let x = chart.px(slot as f64);
        let y = HEIGHT - BOTTOM;
        let _ = write!(
            chart.out,
            r##"<line x1="{x:.1}" y1="{y}" x2="{x:.1}" y2="{:.1}" stroke="#888888"/><text x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text>"##,
            y + 5.0,
            y + 18.0,
            label_number(BUCKET_EDGES_MS[bucket - 1])
        );
    }
    let n = steps.len().max(1) as f64;
    let slot_width = chart.px(1.0) - chart.px(0.0);
    let bar = slot_width * 0.8 / n;
    for (k, ((_, b, color), share)) in steps.iter().zip(&shares).enumerate() {
        for slot in 0..=(last - first) {
            let value = share.get(first + slot).copied().unwrap_or(0.0);
            if value <= 0.0 {
                continue;
            }
            let x = chart.px(slot as f64) + slot_width * 0.1 + bar * k as f64;
            let (y, base) = (chart.py(value), chart.py(0.0));
            let _ = write!(
                chart.out,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{bar:.1}" height="{:.1}" fill="{color}"><title>{}: {value:.1} %</title></rect>"#,
                (base - y).max(0.5),
                escape(&b.step)
            );
        }
    }
    chart.finish()
}

/// Requests per second per step and in total, with failures and shedding.
#[must_use]
pub fn throughput_over_time(report: &Report) -> String {
    let steps = active_steps(report);
    let total = &report.series.total;
    let failures: Vec<u64> = total.errors.iter().zip(&total.timeouts).map(|(e, t)| e + t).collect();
    let top = total.requests.iter().copied().max().unwrap_or(0) as f64;
    let mut chart = Chart::new(
        "Throughput (requests per second)",
        time_axis(report),
        zero_to(top.max(1.0)),
    );
    chart.ramp(report.series.ramp_up_s);
    chart.axes("seconds since start", "requests/s", true);
    let mut legend: Vec<(String, &str, bool)> = vec![("total".to_owned(), TOTAL_COLOR, false)];
    legend.extend(steps.iter().map(|(_, s, c)| (s.step.clone(), *c, false)));
    let any_failures = failures.iter().any(|f| *f > 0);
    let any_shed = total.shed.iter().any(|s| *s > 0);
    if any_failures {
        legend.push(("errors + timeouts".to_owned(), ERROR_COLOR, false));
    }
    if any_shed {
        legend.push(("shed (503)".to_owned(), SHED_COLOR, true));
    }
    chart.legend(&legend);
    let points = |values: &[u64]| {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| (i as f64 + 0.5, Some(*v as f64)))
            .collect::<Vec<_>>()
    };
    for (_, s, color) in &steps {
        chart.line(points(&s.requests).into_iter(), color, false, 1.4);
    }
    chart.line(points(&total.requests).into_iter(), TOTAL_COLOR, false, 2.2);
    if any_failures {
        chart.line(points(&failures).into_iter(), ERROR_COLOR, false, 1.8);
    }
    if any_shed {
        chart.line(points(&total.shed).into_iter(), SHED_COLOR, true, 1.8);
    }
    chart.finish()
}
