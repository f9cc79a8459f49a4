//! The feeds `kairos-load feeds` writes, read by Kairos's own feed reader; and the command end
//! to end: a real Kairos and a job worker started in-process against a fresh database, the
//! feeds served over loopback HTTP, every source synced with the busy time the feeds hold.
//! The end-to-end tests need DATABASE_URL, like the service's own API tests.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{TimeDelta, TimeZone, Utc};
use kairos::calendars::ics_busy::{self, Reading};
use kairos::config::Config;
use kairos_load::ics::{self, FeedSpec};
use sqlx::PgPool;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use common::{Scratch, assert_success, kairos_load};

#[test]
fn kairos_reads_every_event_and_occurrence_a_feed_holds() {
    let from = Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).single().expect("valid");
    let until = from + TimeDelta::days(50);
    let feed = ics::write(&FeedSpec {
        name: "Work",
        uid_prefix: "hst_test-1",
        events: 500,
        from,
        until,
        stamp: from,
        seed: 11,
    });
    let read = ics_busy::read(
        &feed.text,
        &Reading {
            from: from - TimeDelta::days(1),
            until: from + TimeDelta::days(180),
            // A zone with a DST change inside the window: UTC times must not move.
            zone: "Europe/Berlin".parse().expect("a zone"),
            all_day_busy: true,
            owners: &[],
        },
    )
    .expect("an iCalendar feed");
    assert_eq!(read.events, 500);
    assert_eq!(read.unreadable, 0);
    assert!(!read.truncated);
    assert_eq!(
        read.busy.len(),
        feed.busy as usize,
        "series expanded, free and cancelled left out"
    );
    assert!(
        read.busy.iter().all(|b| from <= b.start && b.end <= until),
        "every occurrence inside the window"
    );
    let series_occurrences = read.busy.iter().filter(|b| b.title == "Weekly team meeting").count();
    assert!(
        series_occurrences >= 5 * 6,
        "{series_occurrences} occurrences of 5 weekly series"
    );
}

struct Stop(CancellationToken);

impl Drop for Stop {
    fn drop(&mut self) {
        self.0.cancel();
    }
}

/// Kairos and a job worker of its own, reading feeds from loopback; the API's base URL.
async fn kairos_with_worker(pool: PgPool, data_dir: &Path, stop: &CancellationToken) -> String {
    let config = Config {
        calendar_allow_private_addresses: true,
        data_dir: data_dir.to_owned(),
        ..Config::default()
    };
    config.keyring().expect("the secrets key, made once for both");
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
    let base = format!("http://{}", listener.local_addr().expect("local addr"));
    kairos::startup::spawn_worker(&pool, &config, 4, stop.clone())
        .await
        .expect("a worker");
    let server = kairos::startup::serve(listener, pool, Arc::new(config), stop.clone());
    tokio::spawn(async move {
        if let Err(err) = server.await {
            eprintln!("test server failed: {err:#}");
        }
    });
    base
}

/// Serves the files of `dir` over HTTP on loopback, as a feed host would; its base URL.
async fn feed_server(dir: PathBuf, stop: &CancellationToken) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
    let base = format!("http://{}", listener.local_addr().expect("local addr"));
    let stop = stop.clone();
    tokio::spawn(async move {
        loop {
            let (mut socket, _) = tokio::select! {
                () = stop.cancelled() => return,
                accepted = listener.accept() => accepted.expect("accept"),
            };
            let dir = dir.clone();
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < 16 * 1024 {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&request);
                let path = head.split_whitespace().nth(1).unwrap_or("/");
                let name = path.trim_start_matches('/');
                let body = (!name.contains('/') && !name.is_empty())
                    .then(|| std::fs::read(dir.join(name)).ok())
                    .flatten();
                let (status, body) = match body {
                    Some(body) => ("200 OK", body),
                    None => ("404 Not Found", b"not found".to_vec()),
                };
                let head = format!(
                    "HTTP/1.1 {status}\r\nContent-Type: text/calendar; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(&body).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    base
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn feeds_are_added_to_every_host_and_synced(pool: PgPool) {
    let scratch = Scratch::new("feeds");
    let stop = CancellationToken::new();
    let _stop = Stop(stop.clone());
    let base = kairos_with_worker(pool.clone(), &scratch.0, &stop).await;
    let feeds_dir = scratch.path("feeds");
    let feed_base = feed_server(PathBuf::from(&feeds_dir), &stop).await;
    let fixture = scratch.path("fixture.json");
    assert_success(
        &kairos_load(&[
            "setup",
            "--target",
            &base,
            "--hosts",
            "3",
            "--org",
            "e2e-feeds",
            "--out",
            &fixture,
        ])
        .await,
    );

    let summary_path = scratch.path("feeds.json");
    let feeds = kairos_load(&[
        "feeds",
        "--target",
        &base,
        "--fixture",
        &fixture,
        "--dir",
        &feeds_dir,
        "--feed-base",
        &feed_base,
        "--sources",
        "2",
        "--events",
        "60",
        "--wait",
        "60s",
        "--out",
        &summary_path,
    ])
    .await;
    assert_success(&feeds);
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&summary_path).expect("summary written")).expect("JSON");
    assert_eq!(summary["sources"], 6);
    assert_eq!(summary["events_written"], 360);
    assert_eq!(summary["events_synced"], 360, "{summary}");
    assert_eq!(summary["busy_intervals_synced"], summary["busy_written"], "{summary}");
    assert_eq!(std::fs::read_dir(&feeds_dir).expect("feeds written").count(), 6);
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM external_busy")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(Some(stored as u64), summary["busy_written"].as_u64());
    let per_host: Vec<i64> =
        sqlx::query_scalar("SELECT count(*) FROM calendar_sources WHERE last_success_at IS NOT NULL GROUP BY host_id")
            .fetch_all(&pool)
            .await
            .expect("per host");
    assert_eq!(per_host, [2, 2, 2]);

    // A feed host that is not there: the sync's error is reported, not waited out.
    let failed = kairos_load(&[
        "feeds",
        "--target",
        &base,
        "--fixture",
        &fixture,
        "--dir",
        &scratch.path("unserved"),
        "--feed-base",
        "http://127.0.0.1:9",
        "--sources",
        "1",
        "--events",
        "5",
        "--wait",
        "60s",
    ])
    .await;
    assert!(!failed.status.success());
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(stderr.contains("failed to sync"), "{stderr}");
}
