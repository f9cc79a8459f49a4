//! `report.html`: one self-contained page (inline CSS and SVG, no scripts, no external
//! resources) with the run's settings, the summary table and the three charts.

use std::fmt::Write;

use super::svg::{self, escape};
use super::{Report, StepSummary};

const STYLE: &str = "body{font-family:sans-serif;margin:24px;color:#222;max-width:960px}\
h1{font-size:20px;margin-bottom:4px}h2{font-size:16px;margin:28px 0 8px}\
p.meta{color:#555;margin:2px 0}table{border-collapse:collapse;font-size:13px}\
th,td{padding:3px 8px;text-align:right;border-bottom:1px solid #ddd}\
th:first-child,td:first-child{text-align:left}tr.total td{font-weight:bold;border-top:2px solid #999}\
td.bad{color:#b00}svg{display:block;margin:8px 0;border:1px solid #eee}";

fn cells(s: &StepSummary) -> Vec<(String, bool)> {
    let o = &s.outcomes;
    let l = &s.latency_ms;
    vec![
        (escape(&s.step), false),
        (s.count.to_string(), false),
        (format!("{:.1}", s.steady_rps), false),
        (format!("{:.1}", s.steady_ok_rps), false),
        (format!("{:.1}", l.p50), false),
        (format!("{:.1}", l.p90), false),
        (format!("{:.1}", l.p99), false),
        (format!("{:.1}", l.max), false),
        (o.ok.to_string(), false),
        (o.conflict.to_string(), false),
        (o.shed.to_string(), o.shed > 0),
        (o.client_error.to_string(), o.client_error > 0),
        (o.server_error.to_string(), o.server_error > 0),
        (o.timeout.to_string(), o.timeout > 0),
        (o.connect_error.to_string(), o.connect_error > 0),
        (o.io_error.to_string(), o.io_error > 0),
    ]
}

const HEADER: [&str; 16] = [
    "step", "count", "req/s", "ok/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "ok", "conflict", "shed", "4xx", "5xx",
    "timeout", "connect", "io",
];

/// The whole page.
#[must_use]
pub fn render(report: &Report) -> String {
    let title = match &report.label {
        Some(label) => format!("kairos-load: {label}"),
        None => "kairos-load report".to_owned(),
    };
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>{t}</title><style>{STYLE}</style></head><body><h1>{t}</h1>",
        t = escape(&title)
    );
    let j = &report.journeys;
    for line in [
        format!(
            "Target {} (organisation {}), started {}",
            report.target, report.organization, report.started_at
        ),
        report.describe(),
        format!(
            "{:.1} s; {} journeys started, {} dropped at the concurrency cap, peak {} active, {} Retry-After waits; {}",
            report.elapsed_s, j.started, j.dropped, j.peak_active, j.retry_after_waits, report.generator
        ),
    ] {
        let _ = write!(out, "<p class=\"meta\">{}</p>", escape(&line));
    }
    out.push_str("<h2>Summary</h2><table><thead><tr>");
    for h in HEADER {
        let _ = write!(out, "<th>{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for (summary, class) in report
        .steps
        .iter()
        .filter(|s| s.count > 0)
        .map(|s| (s, ""))
        .chain(std::iter::once((&report.total, " class=\"total\"")))
    {
        let _ = write!(out, "<tr{class}>");
        for (cell, bad) in cells(summary) {
            let class = if bad { " class=\"bad\"" } else { "" };
            let _ = write!(out, "<td{class}>{cell}</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str(
        "</tbody></table><p class=\"meta\">req/s and ok/s: while the full load was applied (after the ramp-up). \
         Latencies: every request, failures and timeouts included. Conflicts (409 slot_taken) are expected \
         under contention and are not errors.</p>",
    );
    out.push_str("<h2>Charts</h2>");
    for chart in [
        svg::latency_over_time(report),
        svg::latency_histogram(report),
        svg::throughput_over_time(report),
    ] {
        out.push_str(&chart);
    }
    out.push_str("</body></html>\n");
    out
}
