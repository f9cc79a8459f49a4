//! `kairos backup create | list | verify | restore | prune`: the operator's side of backups,
//! printing plain lines (and a progress line on a terminal). None of them runs migrations: a
//! backup taken before an upgrade must show the schema as it was.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand};

use crate::app::scheduled_backups;
use crate::backup::{Destination, PgTarget, catalog};
use crate::config::Config;
use crate::startup::Database;
use crate::store::backups::RunKind;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Keep backups in this directory (instead of KAIROS_BACKUP_DIR / KAIROS_BACKUP_S3_*).
    #[arg(long, global = true)]
    dir: Option<PathBuf>,
    #[command(subcommand)]
    command: BackupCommand,
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// Dump the database (pg_dump, custom format) with a manifest to the destination.
    Create,
    /// List the backups in the destination, oldest first.
    List,
    /// Restore a backup into a scratch database and check it against its manifest.
    Verify {
        /// The backup's name (default: the newest).
        name: Option<String>,
        /// pg_restore's parallel jobs.
        #[arg(long, default_value_t = 2)]
        jobs: u32,
    },
    /// Restore a backup into the configured database (or --into), which must be empty.
    Restore {
        /// The backup's name (default: the newest).
        name: Option<String>,
        /// Restore into this database URL instead of DATABASE_URL.
        #[arg(long)]
        into: Option<String>,
        /// Replace the contents of a database that is not empty.
        #[arg(long)]
        force: bool,
        /// pg_restore's parallel jobs.
        #[arg(long, default_value_t = 2)]
        jobs: u32,
    },
    /// Delete backups beyond KAIROS_BACKUP_KEEP_DAILY / KAIROS_BACKUP_KEEP_WEEKLY.
    Prune {
        /// Only name what would be deleted.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Runs one backup command, writing its report to `out`.
pub async fn run(config: &Config, args: BackupArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let destination = match args.dir {
        Some(dir) => Destination::Local(dir),
        None => Destination::from_config(config)?
            .context("no backup destination: set KAIROS_BACKUP_DIR or KAIROS_BACKUP_S3_BUCKET, or pass --dir")?,
    };
    match args.command {
        BackupCommand::List => list(&destination, out).await,
        BackupCommand::Prune { dry_run } => {
            let gone = catalog::prune(
                &destination,
                crate::backup::policy_of(config),
                dry_run,
                config.clock.now(),
            )
            .await?;
            let verb = if dry_run { "would delete" } else { "deleted" };
            for name in &gone {
                writeln!(out, "{verb} {name}")?;
            }
            writeln!(out, "{} backup(s) {verb}", gone.len())?;
            Ok(())
        }
        command => {
            let db = Database::connect(config).await?;
            let done = with_database(config, &db, &destination, command, out).await;
            db.close().await;
            done
        }
    }
}

async fn with_database(
    config: &Config,
    db: &Database,
    destination: &Destination,
    command: BackupCommand,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let source = crate::backup::source_of(config, &db.pool)?;
    match command {
        BackupCommand::Create => {
            let manifest = crate::backup::create::create(&source, destination).await?;
            record(db, RunKind::Create, &manifest.name, manifest.dump_seconds).await;
            let rows: i64 = manifest.tables.values().map(|t| t.rows).sum();
            writeln!(
                out,
                "created {} in {destination}: {} bytes, {rows} rows in {} tables, sha256 {}, {:.1} s",
                manifest.name,
                manifest.size_bytes,
                manifest.tables.len(),
                manifest.sha256,
                manifest.dump_seconds
            )?;
            Ok(())
        }
        BackupCommand::Verify { name, jobs } => {
            let verified = crate::backup::verify::verify(&source, destination, name.as_deref(), jobs).await?;
            writeln!(
                out,
                "backup {}: restored {} tables, {} rows in {:.1} s (RTO); newest data {} (RPO)",
                verified.manifest.name,
                verified.tables,
                verified.rows,
                verified.restore_seconds,
                verified
                    .newest_data_at
                    .map_or_else(|| "none".to_owned(), |at| at.to_rfc3339())
            )?;
            if !verified.ok() {
                for problem in &verified.problems {
                    writeln!(out, "  problem: {problem}")?;
                }
                anyhow::bail!("backup {} failed verification", verified.manifest.name);
            }
            record(db, RunKind::Verify, &verified.manifest.name, verified.restore_seconds).await;
            writeln!(out, "verified: checksum, row counts, fingerprints and invariants hold")?;
            Ok(())
        }
        BackupCommand::Restore {
            name,
            into,
            force,
            jobs,
        } => {
            let target = match into {
                Some(url) => PgTarget::from_url(&url).context("--into")?,
                None => source,
            };
            let restored = crate::backup::restore::restore(destination, name.as_deref(), &target, force, jobs).await?;
            writeln!(
                out,
                "restored {} into {} in {:.1} s",
                restored.manifest.name, target.database, restored.restore_seconds
            )?;
            Ok(())
        }
        BackupCommand::List | BackupCommand::Prune { .. } => Ok(()),
    }
}

/// Records a success for the gauges; a database without the table (an older schema) is skipped.
async fn record(db: &Database, kind: RunKind, name: &str, seconds: f64) {
    if let Err(err) = scheduled_backups::record(&db.pool, kind, name, seconds).await {
        tracing::warn!(error = %err, "could not record the backup run (is the schema migrated?)");
    }
}

async fn list(destination: &Destination, out: &mut impl Write) -> anyhow::Result<()> {
    let backups = catalog::list(destination).await?;
    writeln!(
        out,
        "{:<32} {:>12} {:>16} {:>10}  newest data",
        "name", "bytes", "schema", "bookings"
    )?;
    for m in &backups {
        writeln!(
            out,
            "{:<32} {:>12} {:>16} {:>10}  {}",
            m.name,
            m.size_bytes,
            m.schema_version,
            m.tables.get("bookings").map_or(0, |t| t.rows),
            m.newest_data_at.map_or_else(|| "-".to_owned(), |at| at.to_rfc3339())
        )?;
    }
    writeln!(out, "{} backup(s) in {destination}", backups.len())?;
    Ok(())
}
