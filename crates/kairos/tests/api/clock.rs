//! Kairos decides from its configured clock, never from the day the test runs, and the job
//! queue agrees with it even though PostgreSQL's own `now()` is years away.

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use kairos::clock::Clock;
use kairos::config::Config;
use sqlx::PgPool;

use crate::helpers::worker::{Worker, eventually};
use crate::helpers::{TestApp, slot_starts};

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("valid instant")
}

#[sqlx::test(migrations = "./migrations")]
async fn slots_bookings_and_jobs_follow_the_configured_clock(pool: PgPool) {
    // Saturday 30 March 2030, 09:00 in Berlin; that night Europe moves its clocks forward.
    let config = Config {
        clock: Clock::starting_at(utc(2030, 3, 30, 8, 0)),
        ..crate::helpers::worker::config(None)
    };
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let (org, _) = app.with_intro("clockwork").await;

    // Slots "from now" start at the clock's now: Ana's first working hour after it is Monday
    // 1 April 2030, 09:00 CEST (07:00 UTC, the new offset).
    let slots = app
        .get(&format!("/v1/public/event-types/{}/intro/slots", org.slug), None)
        .await
        .expect(200);
    let starts = slot_starts(&slots);
    assert_eq!(starts.first(), Some(&utc(2030, 4, 1, 7, 0)), "{slots}");

    // Friday 29 March 2030 is in the past for Kairos, whatever day the system says it is.
    let reason = app
        .book(&org, "intro", utc(2030, 3, 29, 9, 0), "late@example.com")
        .await;
    assert_eq!(reason.problem(422, "slot_unavailable")["reason"], "in_past");

    // The booking's fan-out is queued at the clock's now; a worker on the same clock runs it
    // although the database's own clock would call that time years away.
    app.book(&org, "intro", utc(2030, 4, 1, 7, 0), "ivy@example.com")
        .await
        .expect(201);
    let _worker = Worker::start(&pool, &config).await;
    let fanned_out = eventually(Duration::from_secs(20), async || {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM jobs WHERE kind = 'event.fanout' AND state = 'succeeded'")
            .fetch_one(&pool)
            .await
            .expect("count")
            == 1
    })
    .await;
    assert!(fanned_out, "the fan-out job ran");

    // Reminders are timed from the booking and kept only when still ahead of the clock.
    let reminders: Vec<DateTime<Utc>> =
        sqlx::query_scalar("SELECT run_at FROM jobs WHERE kind = 'booking.reminder' ORDER BY run_at")
            .fetch_all(&pool)
            .await
            .expect("reminders");
    assert!(!reminders.is_empty(), "the intro has reminders");
    assert!(
        reminders
            .iter()
            .all(|at| *at > utc(2030, 3, 30, 8, 0) && *at < utc(2030, 4, 1, 7, 0))
    );
}

/// No code of the service reads the system clock except through [`Clock`], so there is one
/// place that decides what "now" is.
#[test]
fn the_service_reads_the_time_only_through_its_clock() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    let mut dirs = vec![src.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("clock.rs") {
                let text = std::fs::read_to_string(&path).expect("read source");
                for (n, line) in text.lines().enumerate() {
                    if ["Utc::now()", "Local::now()", "SystemTime::now()"]
                        .iter()
                        .any(|call| line.contains(call))
                    {
                        offenders.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "read the time through kairos::clock::Clock:\n{}",
        offenders.join("\n")
    );
}
