//! Restoring a backup into a database: fetch the dump, check its SHA-256 against the manifest,
//! then `pg_restore --jobs N`. A database that already holds anything is refused unless forced
//! (then its `public` schema is dropped first), so a mistyped URL cannot merge a backup into,
//! or overwrite, live data.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;

use super::census;
use super::destination::Destination;
use super::manifest::{self, Manifest};
use super::progress::Progress;
use super::target::PgTarget;
use super::tools::{self, PgTools};
use super::workdir::WorkDir;

/// What a restore did.
#[derive(Debug, Clone)]
pub struct Restored {
    pub manifest: Manifest,
    /// Time `pg_restore` took (the real RTO, less the download).
    pub restore_seconds: f64,
}

/// Why a restore was refused before it touched anything.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error(
        "database `{0}` is not empty; restoring would mix the backup into its data. Restore into an empty database, or pass --force to replace its contents"
    )]
    NotEmpty(String),
    #[error("backup `{name}` is corrupt: its dump's SHA-256 is {actual}, the manifest says {expected}")]
    Corrupt {
        name: String,
        expected: String,
        actual: String,
    },
}

/// Fetches `manifest`'s dump into `work` and checks it is the file the manifest describes.
pub async fn fetch_checked(destination: &Destination, manifest: &Manifest, work: &Path) -> anyhow::Result<PathBuf> {
    let path = work.join(manifest.dump_file());
    let progress = Progress::start(&format!("fetching {}", manifest.name), Some(path.clone()));
    let fetched = destination.download(&manifest.dump_file(), &path).await;
    progress.done();
    fetched?;
    let (actual, _) = manifest::sha256_file(&path).await?;
    if actual != manifest.sha256 {
        return Err(Refused::Corrupt {
            name: manifest.name.clone(),
            expected: manifest.sha256.clone(),
            actual,
        }
        .into());
    }
    Ok(path)
}

/// Runs `pg_restore` of `dump` into `target` with `jobs` parallel jobs; returns its duration.
pub async fn pg_restore(tools: &PgTools, dump: &Path, target: &PgTarget, jobs: u32) -> anyhow::Result<f64> {
    let started = Instant::now();
    let args = vec![
        format!("--dbname={}", target.database),
        format!("--jobs={}", jobs.max(1)),
        "--no-owner".to_owned(),
        "--no-privileges".to_owned(),
        "--exit-on-error".to_owned(),
        "--no-password".to_owned(),
        dump.display().to_string(),
    ];
    let progress = Progress::start(&format!("restoring into {}", target.database), None);
    let restored = tools::run(&tools.pg_restore, &args, target).await;
    progress.done();
    restored?;
    Ok(started.elapsed().as_secs_f64())
}

/// Restores backup `name` (the newest when `None`) into `target`.
pub async fn restore(
    destination: &Destination,
    name: Option<&str>,
    target: &PgTarget,
    force: bool,
    jobs: u32,
) -> anyhow::Result<Restored> {
    let manifest = super::catalog::find(destination, name).await?;
    let mut conn = target.connect().await?;
    if !census::is_empty(&mut conn).await? {
        if !force {
            return Err(Refused::NotEmpty(target.database.clone()).into());
        }
        tracing::warn!(database = %target.database, "replacing the database's contents (--force)");
    }
    let tools = PgTools::find(census::server_major(&mut conn).await?).await?;
    let work = WorkDir::new()?;
    let dump = fetch_checked(destination, &manifest, work.path()).await?;
    if force {
        sqlx::raw_sql("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
            .execute(&mut conn)
            .await
            .context("cannot empty the database's public schema")?;
    }
    drop(conn);
    let restore_seconds = pg_restore(&tools, &dump, target, jobs).await?;
    tracing::info!(backup = %manifest.name, database = %target.database, restore_seconds, "backup restored");
    Ok(Restored {
        manifest,
        restore_seconds,
    })
}
