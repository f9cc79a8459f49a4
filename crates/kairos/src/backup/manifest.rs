//! The manifest written next to every dump: what it holds and how to tell it is intact. It is
//! written after the dump is stored, so a backup without one is unfinished and not listed.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::io::AsyncReadExt;

/// `format` of every manifest.
pub const FORMAT: &str = "kairos-backup";

/// One backup, as described next to its dump.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    /// `kairos-<UTC timestamp>`; the dump is `<name>.dump`, this file `<name>.json`.
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub kairos_version: String,
    /// The newest migration applied to the database (`_sqlx_migrations`).
    pub schema_version: i64,
    pub server_version: String,
    pub pg_dump_version: String,
    /// Size of the dump in bytes.
    pub size_bytes: u64,
    /// SHA-256 of the dump, lowercase hex.
    pub sha256: String,
    /// Per table: rows and a content fingerprint, taken in the dump's own snapshot.
    pub tables: BTreeMap<String, TableStats>,
    /// The newest change the backup holds (bookings, events, organisations): its real RPO.
    pub newest_data_at: Option<DateTime<Utc>>,
    /// How long the dump took.
    pub dump_seconds: f64,
}

/// What a table held when the dump was taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableStats {
    pub rows: i64,
    /// Sum of a 60-bit slice of each row's MD5 (order-independent), as decimal text.
    pub fingerprint: String,
}

impl Manifest {
    #[must_use]
    pub fn dump_file(&self) -> String {
        dump_file(&self.name)
    }

    /// Reads a manifest, refusing other formats and newer versions.
    pub fn from_json(bytes: &[u8]) -> anyhow::Result<Self> {
        let manifest: Self = serde_json::from_slice(bytes).context("the manifest is not valid JSON")?;
        if manifest.format != FORMAT || manifest.version != 1 {
            anyhow::bail!(
                "not a Kairos backup manifest of version 1 (format `{}`, version {})",
                manifest.format,
                manifest.version
            );
        }
        if created_at_of(&manifest.name).is_none() {
            // The name becomes file and object names (prune deletes by it): only ours.
            anyhow::bail!("`{}` is not a Kairos backup name", manifest.name.escape_debug());
        }
        Ok(manifest)
    }
}

/// The dump's object name.
#[must_use]
pub fn dump_file(name: &str) -> String {
    format!("{name}.dump")
}

/// The manifest's object name.
#[must_use]
pub fn manifest_file(name: &str) -> String {
    format!("{name}.json")
}

/// The backup name of a manifest's object name.
#[must_use]
pub fn name_of_manifest(file: &str) -> Option<&str> {
    file.strip_suffix(".json").filter(|n| n.starts_with("kairos-"))
}

/// The creation time a backup name carries, or `None` when `name` is not one of ours
/// (`kairos-20261127T030000.000Z`: no path separators, no dots but the millisecond's).
#[must_use]
pub fn created_at_of(name: &str) -> Option<DateTime<Utc>> {
    let stamp = name.strip_prefix("kairos-")?;
    let well_formed = stamp.len() == 20
        && stamp.bytes().enumerate().all(|(i, b)| match i {
            8 => b == b'T',
            15 => b == b'.',
            19 => b == b'Z',
            _ => b.is_ascii_digit(),
        });
    if !well_formed {
        return None;
    }
    chrono::NaiveDateTime::parse_from_str(&stamp[..19], "%Y%m%dT%H%M%S%.3f")
        .ok()
        .map(|t| t.and_utc())
}

/// A new backup's name, from its creation time (sortable, unique to the millisecond).
#[must_use]
pub fn new_name(at: DateTime<Utc>) -> String {
    format!("kairos-{}", at.format("%Y%m%dT%H%M%S%.3fZ"))
}

/// SHA-256 (hex) and size of a file, read in 1 MiB chunks.
pub async fn sha256_file(path: &Path) -> anyhow::Result<(String, u64)> {
    let mut file = tokio::fs::File::open(path)
        .await
        .with_context(|| format!("cannot open {}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 20];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buffer).await?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        size += n as u64;
    }
    Ok((hex(&hasher.finalize()), size))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}
