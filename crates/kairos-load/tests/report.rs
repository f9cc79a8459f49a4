//! Report rendering: the table, the JSON (which reads back), and the HTML page and its SVG
//! charts, checked to be well-formed (every tag closed, in order) and self-contained.

use std::time::Duration;

use kairos_load::outcome::Outcome;
use kairos_load::report::{Journeys, Model, Report, RunInfo, Settings, html, json, svg, table};
use kairos_load::scenario::Step;
use kairos_load::stats::{Collected, Current};

fn sample_report() -> Report {
    let mut collected = Collected::default();
    let mut current = Current::default();
    for second in 0..12usize {
        for i in 0..(20 + second as u64 * 3) {
            let jitter = Duration::from_micros(300 + (i * 37 + second as u64 * 101) % 5_000);
            collected.record(&mut current, second, Step::Page, Outcome::Ok, jitter);
            collected.record(&mut current, second, Step::Slots, Outcome::Ok, jitter * 3);
            if i % 3 == 0 {
                let outcome = match i % 9 {
                    0 => Outcome::Conflict,
                    3 if second > 8 => Outcome::Timeout,
                    _ => Outcome::Ok,
                };
                collected.record(&mut current, second, Step::Book, outcome, jitter * 5);
            }
            if i % 15 == 0 && second > 5 {
                collected.record(&mut current, second, Step::Cancel, Outcome::Shed, jitter * 2);
            }
        }
    }
    collected.close_second(&mut current);
    let info = RunInfo {
        label: Some("owned <200> & co".to_owned()),
        target: "http://127.0.0.1:18100".to_owned(),
        organization: "loadtest-abc".to_owned(),
        started_at: "2026-11-27T12:00:00Z".to_owned(),
        model: Model {
            kind: "closed".to_owned(),
            users: Some(200),
            arrival_rate_per_s: None,
            max_concurrency: None,
        },
        settings: Settings {
            ramp_up_s: 3.0,
            duration_s: 8.0,
            think_time_s: 1.0,
            jitter: 0.5,
            timeout_s: 10.0,
            mix: "page=1,slots=1,book=1,cancel=0.2".to_owned(),
            requests_per_journey: 3.2,
            event_types: 50,
        },
        elapsed_s: 12.0,
        journeys: Journeys {
            started: 900,
            dropped: 0,
            peak_active: 200,
            retry_after_waits: 4,
        },
    };
    Report::build(info, &collected)
}

/// Checks that every opened tag is closed in order (self-closing tags and `<!…>` aside).
fn assert_well_formed(doc: &str) {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = doc;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let close = rest.find('>').expect("every `<` has its `>`");
        let tag = &rest[..close];
        rest = &rest[close + 1..];
        assert!(!tag.contains('<'), "nested `<` in tag `{tag}`");
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name.trim()), "closing tag `{name}` does not match");
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().expect("a tag name"));
        }
    }
    assert!(stack.is_empty(), "unclosed tags: {stack:?}");
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn the_table_lists_each_step_and_the_total() {
    let report = sample_report();
    let text = table::render(&report);
    for step in ["page", "slots", "book", "cancel", "total"] {
        assert!(text.lines().any(|l| l.starts_with(step)), "no `{step}` row in\n{text}");
    }
    for column in [
        "count", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "conflict", "shed", "timeout",
    ] {
        assert!(text.contains(column), "no `{column}` column");
    }
    assert!(text.contains("closed model, 200 users"), "{text}");
    let total = text.lines().find(|l| l.starts_with("total")).expect("total row");
    assert!(total.contains(&report.total.count.to_string()), "{total}");
}

#[test]
fn the_json_holds_the_series_and_reads_back() {
    let report = sample_report();
    let text = json::render(&report).expect("serialises");
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["series"]["seconds"], 12);
    assert_eq!(value["series"]["steps"][1]["step"], "slots");
    assert_eq!(
        value["series"]["steps"][1]["requests"].as_array().expect("array").len(),
        12
    );
    assert!(value["series"]["steps"][1]["p99_ms"][0].is_number());
    assert!(
        value["series"]["total"].get("p99_ms").is_none(),
        "no percentiles for the total series"
    );
    assert_eq!(
        value["steps"][2]["outcomes"]["conflict"],
        report.steps[2].outcomes.conflict
    );
    assert!(report.steps[2].outcomes.conflict > 0 && report.steps[2].outcomes.timeout > 0);
    assert_eq!(json::parse(&text).expect("reads back"), report);
}

#[test]
fn each_chart_is_a_well_formed_svg_with_its_lines_or_bars() {
    let report = sample_report();
    let latency = svg::latency_over_time(&report);
    let histogram = svg::latency_histogram(&report);
    let throughput = svg::throughput_over_time(&report);
    for chart in [&latency, &histogram, &throughput] {
        assert!(
            chart.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{chart:.80}"
        );
        assert!(chart.ends_with("</svg>"));
        assert_well_formed(chart);
        assert!(chart.contains("<title>"), "charts have an accessible title");
    }
    // p50 and p99 for each of the four steps.
    assert!(count(&latency, "<polyline") >= 8, "{latency}");
    assert!(latency.contains("stroke-dasharray"), "p99 is dashed");
    assert!(latency.contains("ramp-up"));
    // One bar per non-empty bucket and step.
    assert!(count(&histogram, "<rect") > 10);
    // Total, four steps, failures and shedding.
    assert!(count(&throughput, "<polyline") >= 7, "{throughput}");
    assert!(throughput.contains("errors + timeouts") && throughput.contains("shed (503)"));
}

#[test]
fn charts_of_an_empty_run_say_so() {
    let mut report = sample_report();
    for step in &mut report.steps {
        step.count = 0;
    }
    for b in &mut report.histogram.steps {
        b.counts.iter_mut().for_each(|c| *c = 0);
    }
    for chart in [svg::latency_over_time(&report), svg::latency_histogram(&report)] {
        assert_well_formed(&chart);
        assert!(chart.contains("no requests were made"));
    }
}

#[test]
fn the_html_page_is_self_contained_and_escapes_text() {
    let report = sample_report();
    let page = html::render(&report);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert_well_formed(&page);
    assert_eq!(count(&page, "<svg"), 3);
    assert!(page.contains("owned &lt;200&gt; &amp; co"), "the label is escaped");
    assert!(!page.contains("<200>"));
    for external in ["<script", "<link", "src=", "href=", "@import", "url("] {
        assert!(!page.contains(external), "found `{external}`");
    }
    assert!(page.contains("<table>") && page.contains("class=\"total\""));
}

#[test]
fn labels_are_short_numbers() {
    assert_eq!(svg::label_number(0.1), "0.1");
    assert_eq!(svg::label_number(0.25), "0.25");
    assert_eq!(svg::label_number(20.0), "20");
    assert_eq!(svg::label_number(1000.0), "1000");
    assert_eq!(svg::label_number(20_000.0), "20k");
    assert_eq!(svg::label_number(2_500_000.0), "2.5M");
    assert_eq!(svg::escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
}
