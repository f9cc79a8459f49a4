//! Public slot lists from a replica (`KAIROS_REPLICA_DATABASE_URL`) only while it has caught
//! up with the primary. Two replicas: a copy of the database made at one moment (what a replica
//! that stopped replaying looks like), and a real streaming replica made with `pg_basebackup`
//! whose replay is paused and resumed. Either is marked so that its answers can be told apart:
//! while it stands still, the primary loses an override without bumping its calendar version,
//! so both hold the same versions but only the replica still has the override.

use chrono::{TimeDelta, Weekday};
use chrono_tz::Europe::Berlin;
use kairos::config::Config;
use serde_json::json;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions as _, Connection as _};

use crate::helpers::streaming::Replicated;
use crate::helpers::{TestApp, at, next, q, slot_starts};

/// Kairos on the test's database (the primary), reading slots from `replica` when given.
async fn kairos(connect: &PgConnectOptions, replica: Option<String>) -> (TestApp, sqlx::PgPool) {
    let config = Config {
        replica_database_url: replica.map(Into::into),
        ..Config::default()
    };
    let pool = kairos::store::connect(&config, connect.clone()).await.expect("pool");
    (TestApp::spawn_with(pool.clone(), config).await, pool)
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn slots_come_from_a_replica_only_while_it_has_caught_up(
    _pool_options: PgPoolOptions,
    connect: PgConnectOptions,
) {
    let tuesday = next(Weekday::Tue, Berlin);
    let org = {
        let (app, pool) = kairos(&connect, None).await;
        let org = tuesday_with_override(&app, tuesday).await;
        drop(app);
        pool.close().await;
        org
    };

    let primary = connect.get_database().expect("the test's database").to_owned();
    let copy = format!("kairos_replica_{}", uuid::Uuid::new_v4().simple());
    let mut admin = sqlx::PgConnection::connect_with(&connect.clone().database("postgres"))
        .await
        .expect("an administrative connection");
    let mut copied = Err(sqlx::Error::PoolClosed);
    for _ in 0..50 {
        // The template must have no other sessions: the closed pool's may take a moment.
        copied = sqlx::query(sqlx::AssertSqlSafe(format!(
            r#"CREATE DATABASE "{copy}" TEMPLATE "{primary}""#
        )))
        .execute(&mut admin)
        .await;
        if copied.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    copied.expect("a copy of the database");
    lose_overrides_quietly(&connect).await;
    let replica_url = connect.clone().database(&copy).to_url_lossy().to_string();

    let path = tuesday_path(&org.slug, tuesday);
    let (app, pool) = kairos(&connect, Some(replica_url)).await;
    let from_copy = slot_starts(&app.get(&path, None).await.expect(200));
    assert_eq!(
        from_copy,
        vec![at(Berlin, tuesday, "13:00"), at(Berlin, tuesday, "13:30")],
        "the replica had caught up (same versions), so it answered: its override shows"
    );

    app.book(&org, "intro", at(Berlin, tuesday, "09:00"), "first@example.com")
        .await
        .expect(201);
    let after_booking = slot_starts(&app.get(&path, None).await.expect(200));
    assert!(
        !after_booking.contains(&at(Berlin, tuesday, "09:00")),
        "the booking just made is not offered again: {after_booking:?}"
    );
    assert!(
        after_booking.contains(&at(Berlin, tuesday, "09:30")) && after_booking.contains(&at(Berlin, tuesday, "16:30")),
        "the replica is behind the booking, so the primary answered (whole day, no override): {after_booking:?}"
    );
    drop(app);
    pool.close().await;

    // A replica that does not answer: the primary does, at once.
    let (app, pool) = kairos(&connect, Some("postgres://kairos_test@127.0.0.1:1/kairos".to_owned())).await;
    let started = std::time::Instant::now();
    let without_replica = slot_starts(&app.get(&path, None).await.expect(200));
    assert_eq!(without_replica, after_booking, "the same answer from the primary");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "passed over the replica within its short wait: {:?}",
        started.elapsed()
    );
    drop(app);
    pool.close().await;

    sqlx::query(sqlx::AssertSqlSafe(format!(r#"DROP DATABASE "{copy}" WITH (FORCE)"#)))
        .execute(&mut admin)
        .await
        .expect("drop the copy");
}

/// Tuesday's hours on the primary (and the replica alike), with an override to 13:00–14:00 on
/// that day that the primary will lose.
async fn tuesday_with_override(app: &TestApp, tuesday: chrono::NaiveDate) -> crate::helpers::app::Org {
    let (org, host) = app.with_intro("replicated").await;
    app.put(
        &format!("/v1/hosts/{host}/availability"),
        Some(&org.key),
        json!({
            "time_zone": "Europe/Berlin",
            "weekly": {"tuesday": [{"start": "09:00", "end": "17:00"}]},
            "overrides": [{"date": tuesday, "spans": [{"start": "13:00", "end": "14:00"}]}],
        }),
    )
    .await
    .expect(200);
    org
}

/// Deletes every override on the primary without bumping a calendar version: the primary and a
/// replica that has not replayed it then hold the same versions and different overrides.
async fn lose_overrides_quietly(primary: &PgConnectOptions) {
    let mut on_primary = sqlx::PgConnection::connect_with(primary).await.expect("the primary");
    for statement in [
        "ALTER TABLE availability_overrides DISABLE TRIGGER availability_overrides_versions_delete",
        "DELETE FROM availability_overrides",
        "ALTER TABLE availability_overrides ENABLE TRIGGER availability_overrides_versions_delete",
    ] {
        sqlx::query(statement).execute(&mut on_primary).await.expect(statement);
    }
}

fn tuesday_path(org_slug: &str, tuesday: chrono::NaiveDate) -> String {
    format!(
        "/v1/public/event-types/{org_slug}/intro/slots?start={}&end={}&time_zone=Europe/Berlin",
        q(at(Berlin, tuesday, "00:00")),
        q(at(Berlin, tuesday + TimeDelta::days(1), "00:00"))
    )
}

/// A real streaming replica (`pg_basebackup -R`): it answers slot reads while it has replayed
/// everything behind the versions asked about; with its replay paused, a booking on the
/// primary sends reads to the primary at once (never a slot from before the booking); resumed,
/// it catches up within moments and answers again.
#[tokio::test]
#[ignore = "needs PostgreSQL's server programs: run through scripts/test.sh"]
async fn a_streaming_replica_answers_while_it_keeps_up() {
    let servers = Replicated::start();
    let mut admin = sqlx::PgConnection::connect_with(&Replicated::options(servers.primary, "postgres"))
        .await
        .expect("the primary");
    sqlx::query("CREATE DATABASE kairos")
        .execute(&mut admin)
        .await
        .expect("a database");
    let primary = Replicated::options(servers.primary, "kairos");
    let config = Config {
        replica_database_url: Some(Replicated::url(servers.replica, "kairos").into()),
        ..Config::default()
    };
    let pool = kairos::store::connect(&config, primary.clone()).await.expect("pool");
    kairos::store::MIGRATOR.run(&pool).await.expect("migrations");
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let tuesday = next(Weekday::Tue, Berlin);
    let org = tuesday_with_override(&app, tuesday).await;
    let path = tuesday_path(&org.slug, tuesday);
    let first_catch_up = servers.caught_up().await;

    // Replay paused, the primary loses the override quietly: the replica, with the same
    // versions, answers — its override shows.
    let mut replica = sqlx::PgConnection::connect_with(&Replicated::options(servers.replica, "postgres"))
        .await
        .expect("the replica");
    sqlx::query("SELECT pg_wal_replay_pause()")
        .execute(&mut replica)
        .await
        .expect("pause replay");
    lose_overrides_quietly(&primary).await;
    assert_eq!(
        slot_starts(&app.get(&path, None).await.expect(200)),
        vec![at(Berlin, tuesday, "13:00"), at(Berlin, tuesday, "13:30")],
        "the replica answered"
    );

    // A booking on the primary: the paused replica is behind it, so the primary answers.
    app.book(&org, "intro", at(Berlin, tuesday, "09:00"), "first@example.com")
        .await
        .expect(201);
    let after_booking = slot_starts(&app.get(&path, None).await.expect(200));
    assert!(
        !after_booking.contains(&at(Berlin, tuesday, "09:00"))
            && after_booking.contains(&at(Berlin, tuesday, "09:30"))
            && after_booking.contains(&at(Berlin, tuesday, "16:30")),
        "the primary answered (the booking taken out, no override): {after_booking:?}"
    );

    // Replay resumed: the replica catches up and gives the primary's answer.
    sqlx::query("SELECT pg_wal_replay_resume()")
        .execute(&mut replica)
        .await
        .expect("resume replay");
    let second_catch_up = servers.caught_up().await;
    assert_eq!(slot_starts(&app.get(&path, None).await.expect(200)), after_booking);
    assert!(
        second_catch_up < std::time::Duration::from_secs(5),
        "caught up within moments: {second_catch_up:?}"
    );
    println!("replica caught up in {first_catch_up:?} after the set-up and {second_catch_up:?} after the resume");
    drop(app);
    pool.close().await;
}
