//! The Prometheus endpoint: on its own listener, every family the operator needs, with the
//! right types, in a format `promtool check metrics` accepts (that check needs promtool at
//! `KAIROS_TEST_PROMTOOL`, so it is a test of its own, `#[ignore]`d for plain `cargo test`;
//! scripts/test.sh provides promtool and runs it).

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::Weekday;
use chrono_tz::Europe::Berlin;
use kairos::config::Config;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::helpers::peers::required;
use crate::helpers::{TestApp, at, next};

/// The text of `/metrics` after a booking, a read and a worker's fan-out, and the host's id
/// (which must not appear in any label).
async fn scrape(pool: sqlx::PgPool) -> (String, String) {
    // Database timings come from the store's spans: install the subscriber (logs off).
    kairos::telemetry::init(&Config {
        log: "off".to_owned(),
        ..Config::default()
    });
    let app = TestApp::spawn(pool.clone()).await;
    let (org, host) = app.with_intro("observed").await;
    app.book(
        &org,
        "intro",
        at(Berlin, next(Weekday::Tue, Berlin), "10:00"),
        "a@example.com",
    )
    .await
    .expect(201);
    app.get(&format!("/v1/hosts/{host}"), Some(&org.key)).await.expect(200);
    // A worker runs the booking's fan-out, so the job histograms have observations; the
    // e-mails it queues stay queued (the worker stops first), so the gauges show both states.
    let config = Config {
        data_dir: std::env::temp_dir().join(format!("kairos-metrics-{}", uuid::Uuid::new_v4().simple())),
        ..Config::default()
    };
    let stop_worker = CancellationToken::new();
    let worker = kairos::startup::spawn_worker(&pool, &config, 1, stop_worker.clone())
        .await
        .expect("worker");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while sqlx::query_scalar::<_, i64>("SELECT count(*) FROM jobs WHERE kind = 'event.fanout' AND state = 'succeeded'")
        .fetch_one(&pool)
        .await
        .expect("count")
        == 0
    {
        assert!(std::time::Instant::now() < deadline, "the fan-out did not run");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    stop_worker.cancel();
    worker.await.expect("worker task").expect("worker");
    let _ = std::fs::remove_dir_all(&config.data_dir);

    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let shutdown = CancellationToken::new();
    tokio::spawn(kairos::telemetry::metrics::serve(listener, pool, shutdown.clone()));
    let response = app
        .client
        .get(format!("http://{address}/metrics"))
        .send()
        .await
        .expect("scrape");
    assert_eq!(response.status().as_u16(), 200);
    let text = response.text().await.expect("text");
    shutdown.cancel();
    (text, host)
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn metrics_expose_every_family_with_its_type(pool: sqlx::PgPool) {
    let (text, host) = scrape(pool).await;
    for (family, kind) in [
        ("http_server_request_duration_seconds", "histogram"),
        ("http_server_active_requests", "gauge"),
        ("kairos_http_requests_shed_total", "counter"),
        ("kairos_http_deadline_exceeded_total", "counter"),
        ("kairos_db_pool_connections", "gauge"),
        ("kairos_db_pool_max_connections", "gauge"),
        ("kairos_db_pool_acquire_duration_seconds", "histogram"),
        ("kairos_db_pool_acquire_timeouts_total", "counter"),
        ("kairos_db_query_duration_seconds", "histogram"),
        ("kairos_build_info", "gauge"),
        ("kairos_jobs", "gauge"),
        ("kairos_job_oldest_waiting_seconds", "gauge"),
        ("kairos_job_duration_seconds", "histogram"),
        ("kairos_job_start_delay_seconds", "histogram"),
        ("kairos_job_retries_total", "counter"),
        ("kairos_jobs_dead_total", "counter"),
    ] {
        assert!(
            text.contains(&format!("# TYPE {family} {kind}\n")),
            "{family} is a {kind}:\n{text}"
        );
    }
    // Route templates, not concrete paths; status classes; explicit buckets.
    assert!(text.contains(r#"http_route="/v1/hosts/{id}""#), "{text}");
    assert!(!text.contains(&host), "no concrete ids in labels");
    assert!(text.contains(r#"http_response_status_class="2xx""#));
    assert!(text.contains(r#"http_server_request_duration_seconds_bucket{"#) && text.contains(r#"le="0.1""#));
    assert!(
        text.contains(r#"db_operation="bookings.insert""#),
        "database calls are timed:\n{text}"
    );
    assert!(text.contains(r#"kairos_db_pool_connections{state="idle"}"#));
    assert!(
        text.contains(r#"kairos_jobs{kind="event.fanout",state="succeeded"} 1"#),
        "jobs by kind and state:\n{text}"
    );
    assert!(text.contains(r#"kairos_job_duration_seconds_bucket{kind="event.fanout",outcome="succeeded""#));
}

/// The same scrape passes `promtool check metrics` (Debian's `prometheus` package), at
/// `KAIROS_TEST_PROMTOOL`.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs promtool: scripts/test.sh provides it (KAIROS_TEST_PROMTOOL)"]
async fn promtool_accepts_the_metrics(pool: sqlx::PgPool) {
    let promtool = required("KAIROS_TEST_PROMTOOL", "promtool (Debian's prometheus)");
    let (text, _) = scrape(pool).await;
    let mut child = Command::new(&promtool)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot run promtool at {promtool} (KAIROS_TEST_PROMTOOL): {err}"));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write metrics");
    let output = child.wait_with_output().expect("promtool ran");
    assert!(
        output.status.success(),
        "promtool refused the metrics:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
