//! Schemathesis (from PyPI) generates requests from `/openapi.json` — documented examples,
//! boundary values, random fuzz and stateful sequences that follow the document's links — and
//! checks every answer: never a 5xx, only documented status codes and content types, bodies
//! that match their schemas. Bounded (a fixed seed and a few examples per operation) so the
//! suite stays fast and repeatable; docs/testing.md has the longer, random run.

use std::time::Duration;

use chrono::Weekday;
use chrono_tz::Europe::Berlin;

use crate::helpers::{TestApp, at, next};

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs schemathesis: KAIROS_TEST_PYTHON (scripts/test.sh provides it)"]
async fn generated_requests_get_documented_answers_and_never_a_server_error(pool: sqlx::PgPool) {
    let python = crate::helpers::peers::python_with(&["schemathesis"]);
    let app = TestApp::spawn(pool).await;
    // Some data for the operations to find: a host, an event type and a booking.
    let (org, _) = app.with_intro("fuzzed").await;
    app.book(
        &org,
        "intro",
        at(Berlin, next(Weekday::Tue, Berlin), "10:00"),
        "fuzz@example.com",
    )
    .await
    .expect(201);
    let reports = crate::helpers::peers::TempDir::new("schemathesis");
    let run = tokio::process::Command::new(&python)
        .args(["-m", "schemathesis.cli", "run"])
        .arg(format!("{}/openapi.json", app.base))
        .args(["--header", &format!("Authorization: Bearer {}", org.key)])
        .args(["--checks", "all", "--exclude-checks", "positive_data_acceptance"])
        .args(["--max-examples", "10", "--seed", "20261202", "--workers", "1"])
        .args(["--request-timeout", "10", "--generation-database", "none", "--no-color"])
        .arg("--report-dir")
        .arg(&reports.0)
        .current_dir(&reports.0)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(300), run)
        .await
        .expect("schemathesis finished within 5 minutes")
        .expect("schemathesis ran");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "schemathesis found problems:\n{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(report.contains("passed"), "{report}");
}
