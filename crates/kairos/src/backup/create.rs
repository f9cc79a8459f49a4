//! Making a backup: `pg_dump` (custom format) in a snapshot exported by a read-only
//! repeatable-read transaction, while the same transaction counts and fingerprints every
//! table, so the manifest describes exactly the rows the dump holds even while bookings keep
//! arriving. The dump is stored first and the manifest last.

use std::time::Instant;

use anyhow::Context;
use sqlx::Connection;

use super::census;
use super::destination::Destination;
use super::manifest::{self, FORMAT, Manifest};
use super::progress::Progress;
use super::target::PgTarget;
use super::tools::{self, PgTools};
use super::workdir::WorkDir;

/// Backs up the database `source` to `destination` and returns the stored manifest.
pub async fn create(source: &PgTarget, destination: &Destination) -> anyhow::Result<Manifest> {
    let started = Instant::now();
    let mut conn = source.connect().await?;
    let tools = PgTools::find(census::server_major(&mut conn).await?).await?;
    // A backup's name and manifest record wall time.
    let created_at = crate::clock::Clock::System.now();
    let name = manifest::new_name(created_at);
    let work = WorkDir::new()?;
    let dump_path = work.path().join(manifest::dump_file(&name));

    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;
    let snapshot: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
        .fetch_one(&mut *tx)
        .await
        .context("cannot export a snapshot for pg_dump")?;
    let progress = Progress::start(&format!("dumping {}", source.database), Some(dump_path.clone()));
    let args = vec![
        "--format=custom".to_owned(),
        format!("--snapshot={snapshot}"),
        format!("--file={}", dump_path.display()),
        "--no-password".to_owned(),
    ];
    let (dumped, counted) = tokio::join!(tools::run(&tools.pg_dump, &args, source), census::take(&mut tx));
    progress.done();
    dumped?;
    let census = counted.context("cannot count the tables in the dump's snapshot")?;
    tx.commit().await?;
    drop(conn);
    let dump_seconds = started.elapsed().as_secs_f64();

    let (sha256, size_bytes) = manifest::sha256_file(&dump_path).await?;
    let progress = Progress::start(&format!("storing in {destination}"), None);
    let stored = destination.upload(&dump_path, &manifest::dump_file(&name)).await;
    progress.done();
    stored?;
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        version: 1,
        name: name.clone(),
        created_at,
        kairos_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version: census.schema_version,
        server_version: census.server_version,
        pg_dump_version: tools.version,
        size_bytes,
        sha256,
        tables: census.tables,
        newest_data_at: census.newest_data_at,
        dump_seconds,
    };
    let written = destination
        .write(&manifest::manifest_file(&name), serde_json::to_vec_pretty(&manifest)?)
        .await;
    if let Err(err) = written {
        // Without its manifest the dump is no backup: do not leave it to fill the disk.
        let _ = destination.delete(&manifest::dump_file(&name)).await;
        return Err(err);
    }
    tracing::info!(backup = %name, size_bytes, seconds = started.elapsed().as_secs_f64(), "backup created");
    Ok(manifest)
}
