//! The plain-text table printed at the end of a run: one row per step and a total, with
//! throughput, latency percentiles and counts by outcome.

use std::fmt::Write;

use super::{Report, StepSummary};

const HEADER: [&str; 16] = [
    "step", "count", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "ok", "conflict", "shed", "4xx", "5xx",
    "timeout", "connect", "io", "ok p99",
];

fn row(s: &StepSummary) -> [String; 16] {
    let o = &s.outcomes;
    let l = &s.latency_ms;
    [
        s.step.clone(),
        s.count.to_string(),
        format!("{:.1}", s.steady_rps),
        format!("{:.1}", l.p50),
        format!("{:.1}", l.p90),
        format!("{:.1}", l.p99),
        format!("{:.1}", l.max),
        o.ok.to_string(),
        o.conflict.to_string(),
        o.shed.to_string(),
        o.client_error.to_string(),
        o.server_error.to_string(),
        o.timeout.to_string(),
        o.connect_error.to_string(),
        o.io_error.to_string(),
        format!("{:.1}", s.ok_latency_ms.p99),
    ]
}

/// The table, with a heading line describing the run and a footnote on the columns.
#[must_use]
pub fn render(report: &Report) -> String {
    let rows: Vec<[String; 16]> = report
        .steps
        .iter()
        .filter(|s| s.count > 0)
        .chain(std::iter::once(&report.total))
        .map(row)
        .collect();
    let mut widths = HEADER.map(str::len);
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    if let Some(label) = &report.label {
        let _ = writeln!(out, "{label}");
    }
    let _ = writeln!(out, "{}", report.describe());
    let j = &report.journeys;
    let _ = writeln!(
        out,
        "{:.1} s, {} journeys started, {} dropped, peak {} active, {} Retry-After waits",
        report.elapsed_s, j.started, j.dropped, j.peak_active, j.retry_after_waits
    );
    let line = |out: &mut String, cells: &[String]| {
        for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if i == 0 {
                let _ = write!(out, "{cell:<w$}");
            } else {
                let _ = write!(out, "  {cell:>w$}");
            }
        }
        out.push('\n');
    };
    line(&mut out, &HEADER.map(str::to_owned));
    let rule: usize = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
    out.push_str(&"-".repeat(rule));
    out.push('\n');
    let last = rows.len().saturating_sub(1);
    for (i, r) in rows.iter().enumerate() {
        if i == last && i > 0 {
            out.push_str(&"-".repeat(rule));
            out.push('\n');
        }
        line(&mut out, r);
    }
    out.push_str(
        "req/s: while the full load was applied (after the ramp-up); latencies of every request, \
         failures included; `ok p99`: successes only.\n",
    );
    out
}
