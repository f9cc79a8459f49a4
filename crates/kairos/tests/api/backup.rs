//! Backups against a real PostgreSQL with the real pg_dump and pg_restore: create, verify,
//! drop, restore and compare every table; a corrupted dump; a restore refused over data;
//! retention over fabricated dates; the scheduled job through a real worker; and a round trip
//! through a local S3-compatible server (moto).

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{Utc, Weekday};
use chrono_tz::Europe::Berlin;
use kairos::backup::restore::Refused;
use kairos::backup::{Destination, PgTarget, Policy, S3Settings, catalog, census};
use serde_json::json;
use sqlx::PgPool;

use crate::helpers::database::target_of;
use crate::helpers::peers::{TempDir, free_port};
use crate::helpers::seed::seed;
use crate::helpers::{Org, TestApp, at, next};

/// The URL of `database` on the test server.
fn database_url(database: &str) -> String {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    format!("{}/{database}", url.rsplit_once('/').expect("a database URL").0)
}

/// `kairos backup <command> --dir <dir>` with no settings but the ones a test adds. The
/// process keeps the test's clock: under scripts/test-dates.sh that is libfaketime's, carried by
/// `LD_PRELOAD` and `FAKETIME*`.
fn kairos_backup(command: &str, dir: &Path) -> Command {
    let mut cli = Command::new(env!("CARGO_BIN_EXE_kairos"));
    cli.args(["backup", command, "--dir"])
        .arg(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("KAIROS_LOG", "warn");
    for (name, value) in std::env::vars_os() {
        if name
            .to_str()
            .is_some_and(|n| n == "LD_PRELOAD" || n.starts_with("FAKETIME"))
        {
            cli.env(name, value);
        }
    }
    cli
}

/// A test's database with the seeded organisation `acme`, and a local backup directory.
struct Fixture {
    app: TestApp,
    org: Org,
    target: PgTarget,
    dir: TempDir,
    destination: Destination,
}

async fn fixture(pool: &PgPool) -> Fixture {
    let app = TestApp::spawn(pool.clone()).await;
    let org = seed(&app, "acme").await;
    let dir = TempDir::new("backups");
    Fixture {
        app,
        org,
        target: target_of(pool),
        destination: Destination::Local(dir.0.clone()),
        dir,
    }
}

async fn census_of(target: &PgTarget) -> census::Census {
    let mut conn = target.connect().await.expect("connect");
    census::take_consistent(&mut conn).await.expect("census")
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn create_verify_drop_and_restore_gives_back_every_row(pool: PgPool) {
    let Fixture {
        target,
        dir,
        destination,
        ..
    } = fixture(&pool).await;
    let before = census_of(&target).await;
    assert_eq!(before.tables["bookings"].rows, 3);

    let manifest = kairos::backup::create::create(&target, &destination)
        .await
        .expect("backup");
    assert_eq!(
        manifest.tables, before.tables,
        "the manifest counts the dump's snapshot"
    );
    let newest_migration = kairos::store::MIGRATOR.iter().map(|m| m.version).max();
    assert_eq!(Some(manifest.schema_version), newest_migration);
    assert_eq!(manifest.sha256.len(), 64);
    assert!(manifest.newest_data_at.is_some());
    let on_disk = std::fs::metadata(dir.0.join(manifest.dump_file())).expect("dump file");
    assert_eq!(on_disk.len(), manifest.size_bytes);
    // Every booking and e-mail address is in there: readable by the owner only.
    for file in [manifest.dump_file(), format!("{}.json", manifest.name)] {
        let mode =
            std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(dir.0.join(&file)).expect("file").permissions());
        assert_eq!(mode & 0o777, 0o600, "{file} is {mode:o}");
    }

    let verified = kairos::backup::verify::verify(&target, &destination, None, 2)
        .await
        .expect("verify");
    assert!(verified.ok(), "{:?}", verified.problems);
    assert_eq!(verified.newest_data_at, manifest.newest_data_at);
    assert_eq!(verified.rows, before.tables.values().map(|t| t.rows).sum::<i64>());
    assert!(verified.scratch_database.starts_with("kairos_verify_"));
    let scratch: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_database WHERE datname = $1")
        .bind(&verified.scratch_database)
        .fetch_one(&pool)
        .await
        .expect("databases");
    assert_eq!(scratch, 0, "the scratch database is dropped");

    sqlx::raw_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
        .execute(&pool)
        .await
        .expect("drop the data");
    pool.close().await;
    let restored = kairos::backup::restore::restore(&destination, Some(&manifest.name), &target, false, 2)
        .await
        .expect("restore into the emptied database");
    assert_eq!(restored.manifest.name, manifest.name);
    let after = census_of(&target).await;
    assert_eq!(after, before, "every table's rows and fingerprints are back");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn verify_detects_a_corrupted_dump_a_manifest_that_lies_and_broken_invariants(pool: PgPool) {
    let Fixture {
        target,
        dir,
        destination,
        ..
    } = fixture(&pool).await;
    // A confirmed booking whose host reservation was released behind the application's back.
    sqlx::query(
        "UPDATE booking_hosts SET active = false
         WHERE booking_id = (SELECT id FROM bookings WHERE status = 'confirmed' ORDER BY id LIMIT 1)",
    )
    .execute(&pool)
    .await
    .expect("break an invariant");
    let manifest = kairos::backup::create::create(&target, &destination)
        .await
        .expect("backup");

    // A manifest claiming another row count: the restore is compared table by table.
    let manifest_path = dir.0.join(format!("{}.json", manifest.name));
    let mut lying = manifest.clone();
    lying.tables.get_mut("bookings").expect("bookings").rows = 4;
    std::fs::write(&manifest_path, serde_json::to_vec(&lying).expect("json")).expect("write");
    let verified = kairos::backup::verify::verify(&target, &destination, None, 1)
        .await
        .expect("verify runs");
    assert!(!verified.ok());
    assert!(
        verified
            .problems
            .iter()
            .any(|p| p.contains("bookings has 3 rows, the manifest says 4")),
        "{:?}",
        verified.problems
    );
    for promise in [
        "every confirmed booking holds an active reservation for its hosts: 1 violation(s)",
        "reservations are active exactly while their booking is confirmed: 1 violation(s)",
    ] {
        assert!(
            verified.problems.iter().any(|p| p == promise),
            "{:?}",
            verified.problems
        );
    }

    // One flipped byte in the dump: the checksum catches it before anything is restored.
    std::fs::write(&manifest_path, serde_json::to_vec(&manifest).expect("json")).expect("write");
    let dump_path = dir.0.join(manifest.dump_file());
    let mut dump = std::fs::read(&dump_path).expect("dump");
    let middle = dump.len() / 2;
    dump[middle] ^= 0x40;
    std::fs::write(&dump_path, dump).expect("corrupt");
    let err = kairos::backup::verify::verify(&target, &destination, None, 1)
        .await
        .expect_err("a corrupt dump fails verification");
    assert!(
        matches!(err.downcast_ref::<Refused>(), Some(Refused::Corrupt { .. })),
        "{err:#}"
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn restore_refuses_a_database_with_data_unless_forced(pool: PgPool) {
    let Fixture {
        app,
        org,
        target,
        dir,
        destination,
    } = fixture(&pool).await;
    kairos::backup::create::create(&target, &destination)
        .await
        .expect("backup");
    let later = at(Berlin, next(Weekday::Mon, Berlin), "16:00");
    app.book(&org, "intro", later, "late@example.com").await.expect(201);
    assert_eq!(app.booking_count().await, 3);

    let err = kairos::backup::restore::restore(&destination, None, &target, false, 2)
        .await
        .expect_err("refused");
    assert!(
        matches!(err.downcast_ref::<Refused>(), Some(Refused::NotEmpty(_))),
        "{err:#}"
    );
    assert!(err.to_string().contains("--force"), "{err}");
    assert_eq!(app.booking_count().await, 3, "nothing was touched");
    // The command line says the same and fails.
    let output = kairos_backup("restore", &dir.0)
        .env("KAIROS_DATABASE_URL", database_url(&target.database))
        .output()
        .expect("run kairos backup restore");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("is not empty") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(app.booking_count().await, 3, "nothing was touched");

    drop(app);
    pool.close().await;
    kairos::backup::restore::restore(&destination, None, &target, true, 2)
        .await
        .expect("forced restore");
    let after = census_of(&target).await;
    assert_eq!(after.tables["bookings"].rows, 3, "back to the backup's three bookings");
}

/// Writes a backup's manifest (and an empty dump) created at `created_at`.
fn fabricate(dir: &Path, created_at: &str) -> String {
    let created_at = chrono::DateTime::parse_from_rfc3339(created_at)
        .expect("instant")
        .to_utc();
    let name = kairos::backup::manifest::new_name(created_at);
    let manifest = json!({
        "format": "kairos-backup", "version": 1, "name": name, "created_at": created_at,
        "kairos_version": "0.1.0", "schema_version": 1, "server_version": "15", "pg_dump_version": "15",
        "size_bytes": 0, "sha256": "", "tables": {}, "newest_data_at": null, "dump_seconds": 0.0
    });
    std::fs::write(dir.join(format!("{name}.json")), manifest.to_string()).expect("manifest");
    std::fs::write(dir.join(format!("{name}.dump")), b"").expect("dump");
    name
}

#[test]
fn prune_ignores_forged_names_and_clears_what_failed_backups_left() {
    let outer = TempDir::new("forged");
    let dir = outer.0.join("backups");
    std::fs::create_dir_all(&dir).expect("backups dir");
    // A file beside the backup directory, which a forged manifest names.
    std::fs::write(outer.0.join("victim.dump"), b"keep me").expect("victim");
    std::fs::write(outer.0.join("victim.json"), b"keep me").expect("victim");
    let real = fabricate(&dir, "2026-11-20T03:00:00Z");
    let forged = json!({
        "format": "kairos-backup", "version": 1, "name": "../victim", "created_at": "2020-01-01T00:00:00Z",
        "kairos_version": "0.1.0", "schema_version": 1, "server_version": "15", "pg_dump_version": "15",
        "size_bytes": 0, "sha256": "", "tables": {}, "newest_data_at": null, "dump_seconds": 0.0
    });
    std::fs::write(dir.join("kairos-20200101T000000.000Z.json"), forged.to_string()).expect("forged");
    // What failed backups leave: a dump whose manifest was never written and a temporary
    // file, both from long ago; and the same from a backup that may be running right now.
    let old = kairos::backup::manifest::new_name(Utc::now() - chrono::Duration::days(3));
    std::fs::write(dir.join(format!("{old}.dump")), b"orphan").expect("orphan");
    std::fs::write(dir.join(format!(".{old}.dump.partial")), b"half").expect("partial");
    let running = kairos::backup::manifest::new_name(Utc::now());
    std::fs::write(dir.join(format!("{running}.dump")), b"in progress").expect("running");
    std::fs::write(dir.join(format!(".{running}.json.partial")), b"{").expect("running partial");

    let output = kairos_backup("prune", &dir)
        .env("KAIROS_BACKUP_KEEP_DAILY", "1")
        .env("KAIROS_BACKUP_KEEP_WEEKLY", "0")
        .output()
        .expect("run kairos backup prune");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(outer.0.join("victim.dump").exists() && outer.0.join("victim.json").exists());
    let mut left: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let mut expected = vec![
        format!("{real}.dump"),
        format!("{real}.json"),
        "kairos-20200101T000000.000Z.json".to_owned(),
        format!("{running}.dump"),
        format!(".{running}.json.partial"),
    ];
    expected.sort();
    assert_eq!(
        left, expected,
        "the forged manifest is skipped, old leftovers go, fresh ones stay"
    );
}

#[test]
fn prune_keeps_the_newest_backup_of_recent_days_and_weeks() {
    let dir = TempDir::new("retention");
    // Thursday 26 November back to Monday 9 November 2026.
    let names: Vec<String> = [
        "2026-11-26T15:00:00Z",
        "2026-11-26T03:00:00Z",
        "2026-11-25T03:00:00Z",
        "2026-11-23T03:00:00Z",
        "2026-11-22T03:00:00Z",
        "2026-11-18T03:00:00Z",
        "2026-11-10T03:00:00Z",
        "2026-11-09T03:00:00Z",
    ]
    .iter()
    .map(|at| fabricate(&dir.0, at))
    .collect();
    // Through the real command line, with the policy from the environment.
    let output = kairos_backup("prune", &dir.0)
        .env("KAIROS_BACKUP_KEEP_DAILY", "2")
        .env("KAIROS_BACKUP_KEEP_WEEKLY", "2")
        .output()
        .expect("run kairos backup prune");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("5 backup(s) deleted"), "{stdout}");
    let mut left: Vec<String> = std::fs::read_dir(&dir.0)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    // Days: 26th (15:00) and 25th; weeks: 23–29 Nov (26th 15:00) and 16–22 Nov (22nd).
    let kept = [&names[0], &names[2], &names[4]];
    let mut expected: Vec<String> = kept
        .iter()
        .flat_map(|n| [format!("{n}.dump"), format!("{n}.json")])
        .collect();
    expected.sort();
    assert_eq!(left, expected);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn the_scheduled_job_backs_up_verifies_prunes_and_records_its_success(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    seed(&app, "acme").await;
    let dir = TempDir::new("scheduled");
    // An old backup the policy (one daily, no weekly) lets go once a new one exists.
    let old = fabricate(&dir.0, "2026-01-05T03:00:00Z");
    let mut config = crate::helpers::worker::config(None);
    config.database_url = Some(database_url(&target_of(&pool).database).into());
    config.backup_dir = Some(dir.0.clone());
    let data = TempDir::new("data");
    config.data_dir = data.0.clone();
    config.backup_schedule = Some("every 6h".to_owned());
    config.backup_keep_daily = 1;
    config.backup_keep_weekly = 0;
    config.backup_verify = true;
    config.validate().expect("valid");

    let schedule = config.scheduled_backups().expect("a schedule");
    let now = Utc::now();
    let mut conn = pool.acquire().await.expect("connection");
    let queued = kairos::app::scheduled_backups::queue_next(&mut conn, schedule, now)
        .await
        .expect("queue");
    let again = kairos::app::scheduled_backups::queue_next(&mut conn, schedule, now)
        .await
        .expect("queue");
    assert_eq!((queued, again), (1, 0), "one job per slot, however often it is queued");
    let run_at: chrono::DateTime<Utc> = sqlx::query_scalar("SELECT run_at FROM jobs WHERE kind = 'backup.run'")
        .fetch_one(&mut *conn)
        .await
        .expect("job");
    assert_eq!(run_at, schedule.next_after(now));
    assert_eq!(run_at.timestamp() % (6 * 3600), 0, "slots are aligned");
    sqlx::query("UPDATE jobs SET run_at = $1 WHERE kind = 'backup.run'")
        .bind(Utc::now())
        .execute(&mut *conn)
        .await
        .expect("due now");

    let _worker = crate::helpers::worker::Worker::start(&pool, &config).await;
    // The job records the creation and the verification, then prunes: wait for all of it.
    let done = crate::helpers::worker::eventually(Duration::from_secs(60), async || {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM jobs WHERE kind = 'backup.run' AND state = 'succeeded'")
            .fetch_one(&pool)
            .await
            .is_ok_and(|n| n == 1)
    })
    .await;
    assert!(done, "the scheduled backup job succeeded");
    let last = kairos::store::backups::last_successes(&pool)
        .await
        .expect("last successes");
    assert!(
        last.created.is_some() && last.verified.is_some(),
        "the scheduled backup recorded its creation and verification"
    );
    let backups = catalog::list(&Destination::Local(dir.0.clone())).await.expect("list");
    assert_eq!(backups.len(), 1, "the old backup was pruned");
    assert_ne!(backups[0].name, old);
    assert_eq!(backups[0].tables["bookings"].rows, 3);
    kairos::telemetry::metrics::refresh_backup_gauges(&pool).await;
    let metrics = kairos::telemetry::metrics::render(&pool);
    assert!(metrics.contains("kairos_backup_last_success_timestamp_seconds"));
}

/// moto's S3 server on a loopback port, stopped when dropped.
struct Moto(Child);

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs moto (Python S3 server): scripts/test.sh provides it (KAIROS_TEST_PYTHON)"]
async fn backups_go_to_and_come_back_from_s3_compatible_storage(pool: PgPool) {
    let python = crate::helpers::peers::python_with(&["moto.server"]);
    let port = free_port();
    let moto = Moto(
        Command::new(&python)
            .args(["-m", "moto.server", "-H", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start moto"),
    );
    let endpoint = format!("http://127.0.0.1:{port}");
    let client = kairos::tls::client_builder().build().expect("client");
    let deadline = Instant::now() + Duration::from_secs(30);
    // Creating the bucket doubles as waiting for the server.
    loop {
        match client.put(format!("{endpoint}/kairos-backups")).send().await {
            Ok(reply) if reply.status().is_success() => break,
            _ => {
                assert!(Instant::now() < deadline, "moto did not start on {port}");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }

    let app = TestApp::spawn(pool.clone()).await;
    seed(&app, "acme").await;
    let target = target_of(&pool);
    // The S3 client is built inside object_store, on the process's provider, as `main` installs it.
    kairos::tls::install_crypto_provider();
    let destination = Destination::s3(&S3Settings {
        bucket: "kairos-backups".to_owned(),
        prefix: "prod/eu".to_owned(),
        region: Some("us-east-1".to_owned()),
        endpoint: Some(endpoint.clone()),
        access_key_id: Some("testing".to_owned()),
        secret_access_key: Some("testing".to_owned()),
        allow_http: true,
    })
    .expect("S3 destination");
    let first = kairos::backup::create::create(&target, &destination)
        .await
        .expect("upload");
    let second = kairos::backup::create::create(&target, &destination)
        .await
        .expect("upload");
    let listed = catalog::list(&destination).await.expect("list");
    assert_eq!(
        listed.iter().map(|m| m.name.clone()).collect::<Vec<_>>(),
        vec![first.name.clone(), second.name.clone()]
    );
    let names = destination.names().await.expect("names");
    assert!(names.contains(&first.dump_file()), "{names:?}");
    // Downloading it back checks its SHA-256, then restores it.
    let verified = kairos::backup::verify::verify(&target, &destination, Some(&first.name), 2)
        .await
        .expect("download and verify");
    assert!(verified.ok(), "{:?}", verified.problems);

    let gone = catalog::prune(&destination, Policy { daily: 1, weekly: 0 }, false, second.created_at)
        .await
        .expect("prune");
    assert_eq!(gone, vec![first.name.clone()]);
    let names = destination.names().await.expect("names");
    assert!(!names.iter().any(|n| n.starts_with(&first.name)), "{names:?}");
    assert!(names.contains(&format!("{}.dump", second.name)), "{names:?}");
    drop(moto);
}
