//! Proving a backup restores: into a scratch database created for the purpose (and always
//! dropped), check the dump's SHA-256, restore it, compare every table's rows and fingerprint
//! with the manifest, and check the schema's invariants. Reports the restore's duration (the
//! real RTO) and the newest data the backup holds (the real RPO).

use chrono::{DateTime, Utc};

use super::census;
use super::destination::Destination;
use super::invariants;
use super::manifest::Manifest;
use super::restore::{fetch_checked, pg_restore};
use super::target::PgTarget;
use super::tools::PgTools;
use super::workdir::WorkDir;

/// What verification found.
#[derive(Debug, Clone)]
pub struct Verified {
    pub manifest: Manifest,
    pub restore_seconds: f64,
    /// The newest change found in the restored data.
    pub newest_data_at: Option<DateTime<Utc>>,
    pub tables: usize,
    pub rows: i64,
    /// Every way the restored data differs from the manifest or breaks an invariant.
    pub problems: Vec<String>,
    /// The scratch database it restored into (dropped by now).
    pub scratch_database: String,
}

impl Verified {
    #[must_use]
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Verifies backup `name` (the newest when `None`), using a scratch database on `server`'s
/// PostgreSQL (the login needs CREATEDB). A dump that does not match its checksum is an error.
pub async fn verify(
    server: &PgTarget,
    destination: &Destination,
    name: Option<&str>,
    jobs: u32,
) -> anyhow::Result<Verified> {
    let manifest = super::catalog::find(destination, name).await?;
    let work = WorkDir::new()?;
    let dump = fetch_checked(destination, &manifest, work.path()).await?;
    let mut admin = server.connect().await?;
    let tools = PgTools::find(census::server_major(&mut admin).await?).await?;
    let scratch = format!("kairos_verify_{}", uuid::Uuid::new_v4().simple());
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "CREATE DATABASE {}",
        census::quote(&scratch)
    )))
    .execute(&mut admin)
    .await
    .map_err(|err| {
        anyhow::anyhow!("cannot create the scratch database `{scratch}` (the login needs CREATEDB): {err}")
    })?;
    let checked = restore_and_check(&tools, &dump, &server.with_database(&scratch), manifest, jobs)
        .await
        .map(|verified| Verified {
            scratch_database: scratch.clone(),
            ..verified
        });
    let dropped = sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {} WITH (FORCE)",
        census::quote(&scratch)
    )))
    .execute(&mut admin)
    .await;
    if let Err(err) = dropped {
        tracing::warn!(database = %scratch, error = %err, "could not drop the scratch database");
    }
    checked
}

async fn restore_and_check(
    tools: &PgTools,
    dump: &std::path::Path,
    scratch: &PgTarget,
    manifest: Manifest,
    jobs: u32,
) -> anyhow::Result<Verified> {
    let restore_seconds = pg_restore(tools, dump, scratch, jobs).await?;
    let mut conn = scratch.connect().await?;
    let found = census::take_consistent(&mut conn).await?;
    let mut problems = compare(&manifest, &found);
    problems.extend(invariants::check(&mut conn).await?);
    Ok(Verified {
        restore_seconds,
        newest_data_at: found.newest_data_at,
        tables: found.tables.len(),
        rows: found.tables.values().map(|t| t.rows).sum(),
        problems,
        manifest,
        scratch_database: String::new(),
    })
}

/// Where the restored data differs from what the manifest recorded.
fn compare(manifest: &Manifest, found: &census::Census) -> Vec<String> {
    let mut problems = Vec::new();
    for (table, expected) in &manifest.tables {
        match found.tables.get(table) {
            None => problems.push(format!("table {table} is missing")),
            Some(actual) if actual.rows != expected.rows => problems.push(format!(
                "table {table} has {} rows, the manifest says {}",
                actual.rows, expected.rows
            )),
            Some(actual) if actual.fingerprint != expected.fingerprint => {
                problems.push(format!(
                    "table {table}'s content differs from the manifest's fingerprint"
                ));
            }
            Some(_) => {}
        }
    }
    for table in found.tables.keys().filter(|t| !manifest.tables.contains_key(*t)) {
        problems.push(format!("table {table} is not in the manifest"));
    }
    if found.schema_version != manifest.schema_version {
        problems.push(format!(
            "schema version {} differs from the manifest's {}",
            found.schema_version, manifest.schema_version
        ));
    }
    if found.newest_data_at != manifest.newest_data_at {
        problems.push("the newest data differs from the manifest's".to_owned());
    }
    problems
}
