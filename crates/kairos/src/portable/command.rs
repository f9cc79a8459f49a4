//! `kairos export --org <slug> --out <dir>` and `kairos import <dir>`: files in, files out.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use sqlx::PgPool;

use super::format::{CALENDAR_FILE, DATA_FILE, Export};

/// Writes the organisation `slug`'s export and calendar into `dir`.
pub async fn export(pool: &PgPool, slug: &str, dir: &Path, out: &mut impl Write) -> anyhow::Result<()> {
    let mut conn = crate::store::acquire(pool).await?;
    let (data, calendar) = super::export::export(&mut conn, slug).await?;
    tokio::fs::create_dir_all(dir)
        .await
        .with_context(|| format!("cannot create {}", dir.display()))?;
    tokio::fs::write(dir.join(DATA_FILE), serde_json::to_vec_pretty(&data)?).await?;
    tokio::fs::write(dir.join(CALENDAR_FILE), calendar).await?;
    let rows: usize = data.tables.values().map(Vec::len).sum();
    writeln!(
        out,
        "exported {slug}: {rows} rows ({} bookings) to {}",
        data.tables.get("bookings").map_or(0, Vec::len),
        dir.display()
    )?;
    Ok(())
}

/// Reads an export from `dir` and imports it.
pub async fn import(pool: &PgPool, dir: &Path, out: &mut impl Write) -> anyhow::Result<()> {
    let bytes = tokio::fs::read(dir.join(DATA_FILE))
        .await
        .with_context(|| format!("cannot read {}", dir.join(DATA_FILE).display()))?;
    let data: Export = serde_json::from_slice(&bytes).context("not a Kairos export")?;
    let mut conn = crate::store::acquire(pool).await?;
    let imported = super::import::import(&mut conn, data).await?;
    let total: u64 = imported.inserted.values().sum();
    writeln!(out, "imported {total} new rows")?;
    for (table, n) in imported.inserted.iter().filter(|(_, n)| **n > 0) {
        writeln!(out, "  {table}: {n}")?;
    }
    if let Some(key) = imported.api_key {
        writeln!(
            out,
            "the organisation had no API key here; a new one (shown once): {key}"
        )?;
    }
    Ok(())
}
