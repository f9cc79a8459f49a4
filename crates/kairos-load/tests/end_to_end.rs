//! End to end: a real Kairos started in-process on port 0 against a fresh database, then the
//! `kairos-load` binary runs `setup` and short closed- and open-model runs against it. The
//! bookings it reports must be the ones the database holds. Needs DATABASE_URL (a PostgreSQL
//! server where the user may create databases), like the service's own API tests.

mod common;

use std::path::Path;
use std::sync::Arc;

use kairos::config::Config;
use kairos_load::fixture::Fixture;
use kairos_load::report::json;
use sqlx::PgPool;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use common::{Scratch, assert_success, kairos_load};

struct Server {
    base: String,
    shutdown: CancellationToken,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

async fn serve(pool: PgPool) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
    let base = format!("http://{}", listener.local_addr().expect("local addr"));
    let shutdown = CancellationToken::new();
    // The generator speaks for many invitees through one address, as a proxy would: trusted.
    let config = Config {
        trusted_proxies: "127.0.0.1".parse().expect("valid"),
        ..Config::default()
    };
    let server = kairos::startup::serve(listener, pool, Arc::new(config), shutdown.clone());
    tokio::spawn(async move {
        if let Err(err) = server.await {
            eprintln!("test server failed: {err:#}");
        }
    });
    Server { base, shutdown }
}

async fn count(pool: &PgPool, sql: &'static str) -> i64 {
    sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await.expect(sql)
}

fn read_report(dir: &Path) -> kairos_load::report::Report {
    let text = std::fs::read_to_string(dir.join("report.json")).expect("report.json written");
    json::parse(&text).expect("a report")
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn setup_and_short_runs_book_through_the_real_service(pool: PgPool) {
    let server = serve(pool.clone()).await;
    let scratch = Scratch::new("e2e");
    let fixture_path = scratch.path("fixture.json");

    let setup = kairos_load(&[
        "setup",
        "--target",
        &server.base,
        "--hosts",
        "3",
        "--org",
        "e2e-load",
        "--out",
        &fixture_path,
    ])
    .await;
    assert_success(&setup);
    let fixture = Fixture::read(Path::new(&fixture_path)).expect("fixture");
    assert_eq!(fixture.organization, "e2e-load");
    assert!(fixture.api_key.starts_with("kai_"), "{}", fixture.api_key);
    let slugs: Vec<&str> = fixture.event_types.iter().map(|e| e.slug.as_str()).collect();
    assert_eq!(slugs, ["meet-0", "meet-1", "meet-2"]);
    assert_eq!(count(&pool, "SELECT count(*) FROM hosts").await, 3);
    assert_eq!(
        count(&pool, "SELECT count(DISTINCT time_zone) FROM availability_schedules").await,
        3,
        "hosts are spread over zones"
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM event_types WHERE duration_minutes = 15 AND horizon_days = 60 AND min_notice_minutes = 0"
        )
        .await,
        3
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&fixture_path).expect("fixture").permissions().mode();
        assert_eq!(mode & 0o077, 0, "the fixture holds an API key: owner only");
    }

    // Closed model: 2 users for 3 s, with a journal.
    let out_dir = scratch.path("closed");
    let journal_path = scratch.path("journal.jsonl");
    let run = kairos_load(&[
        "run",
        "--target",
        &server.base,
        "--fixture",
        &fixture_path,
        "--users",
        "2",
        "--ramp-up",
        "0s",
        "--duration",
        "3s",
        "--think-time",
        "100ms",
        "--timeout",
        "5s",
        "--out-dir",
        &out_dir,
        "--label",
        "e2e-closed",
        "--journal",
        &journal_path,
        "--quiet",
    ])
    .await;
    assert_success(&run);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.lines().any(|l| l.starts_with("total")),
        "a table on stdout:\n{stdout}"
    );
    let report = read_report(Path::new(&out_dir));
    assert_eq!(report.model.users, Some(2));
    assert_eq!(report.label.as_deref(), Some("e2e-closed"));
    let [page, slots, book, cancel] = [0, 1, 2, 3].map(|i| &report.steps[i]);
    assert!(
        page.outcomes.ok > 0 && slots.outcomes.ok > 0 && book.outcomes.ok > 0,
        "{stdout}"
    );
    assert_eq!(report.total.outcomes.errors(), 0, "{stdout}");
    assert_eq!(
        report.total.outcomes.timeout + report.total.outcomes.shed,
        0,
        "{stdout}"
    );
    assert!(report.elapsed_s < 10.0, "bounded in time: {}", report.elapsed_s);
    assert!(report.series.seconds >= 3);
    // What the generator counted is what the database holds.
    let booked = count(&pool, "SELECT count(*) FROM bookings").await;
    let cancelled = count(&pool, "SELECT count(*) FROM bookings WHERE status = 'cancelled'").await;
    assert_eq!(booked as u64, book.outcomes.ok, "{stdout}");
    assert_eq!(cancelled as u64, cancel.outcomes.ok, "{stdout}");
    // The journal lists every request and, by uid, every acknowledged booking and
    // cancellation: the same ones the database holds.
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&journal_path)
        .expect("journal written")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let requests = lines.iter().filter(|l| l.get("step").is_some()).count();
    assert_eq!(requests as u64, report.total.count);
    let uids = |key: &str| {
        let mut uids: Vec<String> = lines
            .iter()
            .filter_map(|l| l.get(key).and_then(|u| u.as_str()).map(str::to_owned))
            .collect();
        uids.sort();
        uids
    };
    let stored = |sql: &'static str| {
        let pool = pool.clone();
        async move {
            let mut uids: Vec<String> = sqlx::query_scalar(sql).fetch_all(&pool).await.expect("uids");
            uids.sort();
            uids
        }
    };
    assert_eq!(uids("booked"), stored("SELECT uid FROM bookings").await);
    assert_eq!(
        uids("cancelled"),
        stored("SELECT uid FROM bookings WHERE status = 'cancelled'").await
    );
    let html = std::fs::read_to_string(Path::new(&out_dir).join("report.html")).expect("report.html written");
    assert_eq!(html.matches("<svg").count(), 3);
    assert!(html.contains("<polyline"));

    // Open model: 5 journeys/s for 2 s.
    let out_dir = scratch.path("open");
    let run = kairos_load(&[
        "run",
        "--target",
        &server.base,
        "--fixture",
        &fixture_path,
        "--arrival-rate",
        "5/s",
        "--ramp-up",
        "0s",
        "--duration",
        "2s",
        "--think-time",
        "50ms",
        "--timeout",
        "5s",
        "--out-dir",
        &out_dir,
        "--quiet",
    ])
    .await;
    assert_success(&run);
    let report = read_report(Path::new(&out_dir));
    assert_eq!(report.model.kind, "open");
    assert_eq!(report.journeys.started, 10, "arrivals at 0, 0.2, … 1.8 s");
    assert_eq!(report.journeys.dropped, 0);
    assert!(report.steps[0].outcomes.ok >= 9, "{:?}", report.steps[0]);
    assert_eq!(report.total.outcomes.errors(), 0);

    // Booking only, without Idempotency-Key (the booking as scripts/pgbench/book.sql runs it):
    // bookings are made and no key is stored for them.
    let keys_before = count(&pool, "SELECT count(*) FROM idempotency_keys").await;
    let bookings_before = count(&pool, "SELECT count(*) FROM bookings").await;
    assert!(keys_before > 0, "the runs above booked with keys");
    let out_dir = scratch.path("unkeyed");
    let run = kairos_load(&[
        "run",
        "--target",
        &server.base,
        "--fixture",
        &fixture_path,
        "--users",
        "2",
        "--ramp-up",
        "0s",
        "--duration",
        "1s",
        "--think-time",
        "50ms",
        "--mix",
        "book=1",
        "--no-idempotency-keys",
        "--out-dir",
        &out_dir,
        "--quiet",
    ])
    .await;
    assert_success(&run);
    let report = read_report(Path::new(&out_dir));
    let booked = count(&pool, "SELECT count(*) FROM bookings").await - bookings_before;
    assert!(booked > 0, "{:?}", report.steps[2]);
    assert_eq!(booked as u64, report.steps[2].outcomes.ok);
    assert_eq!(count(&pool, "SELECT count(*) FROM idempotency_keys").await, keys_before);
}

#[tokio::test]
async fn remote_targets_are_refused_before_any_request() {
    let scratch = Scratch::new("remote");
    let out = kairos_load(&[
        "setup",
        "--target",
        "http://192.0.2.10:8080",
        "--out",
        &scratch.path("f.json"),
    ])
    .await;
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--allow-remote"), "{stderr}");
    assert!(!Path::new(&scratch.path("f.json")).exists());
}

#[tokio::test]
async fn a_run_needs_a_model() {
    let out = kairos_load(&[
        "run",
        "--target",
        "http://127.0.0.1:9",
        "--fixture",
        "/nonexistent.json",
    ])
    .await;
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("--users") && stderr.contains("--arrival-rate"),
        "{stderr}"
    );
}
