//! Loading an [`Export`] with the same ids, in one transaction: rows that already exist (by
//! any unique or exclusion constraint) are left alone, so importing twice changes nothing.
//! Refused when the slug belongs to another organisation, when the export comes from a newer
//! schema, when it is not a Kairos export, or when any row belongs to another organisation by
//! the same test the export selected it with (so a crafted file cannot plant rows elsewhere).
//! Webhook endpoints arrive with a fresh secret and disabled, since their receivers know only
//! the old secret.

use std::collections::BTreeMap;

use anyhow::Context;
use sqlx::{Connection, PgConnection};

use super::format::{Export, FORMAT, TABLES, Table, VERSION};
use crate::ids::OrgId;

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    pub org_id: Option<OrgId>,
    /// Rows inserted per table (0 everywhere on a repeated import).
    pub inserted: BTreeMap<String, u64>,
    /// A new API key, when the organisation had no live one (shown once).
    pub api_key: Option<String>,
}

/// Why an import was refused.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error("not a Kairos export of version {VERSION} (format `{format}`, version {version})")]
    NotAnExport { format: String, version: u32 },
    #[error("slug `{slug}` belongs to another organisation ({existing}) here; the export is of {exported}")]
    SlugTaken {
        slug: String,
        existing: OrgId,
        exported: OrgId,
    },
    #[error("the export comes from a newer Kairos (schema {exported}, this database has {here}); upgrade first")]
    NewerSchema { exported: i64, here: i64 },
    #[error("{count} row(s) of `{table}` do not belong to the export's organisation ({org}); nothing was imported")]
    ForeignRows {
        table: &'static str,
        count: i64,
        org: OrgId,
    },
}

/// Imports `export` on `conn`.
pub async fn import(conn: &mut PgConnection, mut export: Export) -> anyhow::Result<Imported> {
    if export.format != FORMAT || export.version != VERSION {
        return Err(Refused::NotAnExport {
            format: export.format,
            version: export.version,
        }
        .into());
    }
    let org_id = export.organization["id"]
        .as_str()
        .and_then(|id| uuid::Uuid::parse_str(id).ok())
        .map(OrgId)
        .context("the export's organisation has no id")?;
    let slug = export.organization["slug"]
        .as_str()
        .context("the export's organisation has no slug")?
        .to_owned();
    let mut tx = conn.begin().await?;
    let here: i64 = sqlx::query_scalar("SELECT coalesce(max(version), 0) FROM _sqlx_migrations WHERE success")
        .fetch_one(&mut *tx)
        .await?;
    if export.schema_version > here {
        return Err(Refused::NewerSchema {
            exported: export.schema_version,
            here,
        }
        .into());
    }
    // Serialises concurrent imports of one slug, so the check below holds until commit.
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext('kairos-import:' || $1))")
        .bind(&slug)
        .execute(&mut *tx)
        .await?;
    if let Some(existing) = crate::store::orgs::find_by_slug(&mut *tx, &slug).await?
        && existing != org_id
    {
        return Err(Refused::SlugTaken {
            slug,
            existing,
            exported: org_id,
        }
        .into());
    }
    let mut imported = Imported {
        org_id: Some(org_id),
        ..Imported::default()
    };
    let organization = std::mem::take(&mut export.organization);
    let n = insert_rows(&mut tx, "organizations", &[organization]).await?;
    imported.inserted.insert("organizations".to_owned(), n);
    for table in TABLES {
        let mut rows = export.tables.remove(table.name).unwrap_or_default();
        if table.name == "webhooks" {
            for row in &mut rows {
                disable_with_fresh_secret(row)?;
            }
        }
        // Parents are in by now, so a child's test (its host's or booking's organisation)
        // reads them.
        refuse_foreign_rows(&mut tx, table, org_id, &rows).await?;
        let n = insert_rows(&mut tx, table.name, &rows).await?;
        imported.inserted.insert(table.name.to_owned(), n);
    }
    if crate::store::api_keys::lock_live(&mut tx, org_id).await?.is_empty() {
        let key = crate::app::keys::create_in(&mut tx, org_id, "imported", None)
            .await
            .map_err(|err| anyhow::anyhow!("{err}"))?;
        imported.api_key = Some(key.secret);
    }
    tx.commit().await?;
    Ok(imported)
}

/// Refuses `rows` of `table` unless every one passes the test the export selects the
/// organisation's rows with (`org_id`, or the organisation of the host or booking it hangs on).
async fn refuse_foreign_rows(
    tx: &mut PgConnection,
    table: &Table,
    org: OrgId,
    rows: &[serde_json::Value],
) -> anyhow::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let foreign: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT count(*) FROM jsonb_populate_recordset(NULL::{name}, $2) t WHERE ({filter}) IS NOT TRUE",
        name = table.name,
        filter = table.filter
    )))
    .bind(org)
    .bind(serde_json::Value::Array(rows.to_vec()))
    .fetch_one(&mut *tx)
    .await
    .with_context(|| format!("cannot check the rows of {}", table.name))?;
    if foreign > 0 {
        return Err(Refused::ForeignRows {
            table: table.name,
            count: foreign,
            org,
        }
        .into());
    }
    Ok(())
}

/// A webhook row as imported: a new random secret, and disabled until its owner shares it.
fn disable_with_fresh_secret(row: &mut serde_json::Value) -> anyhow::Result<()> {
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret).map_err(|err| anyhow::anyhow!("no randomness: {err}"))?;
    let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    let object = row.as_object_mut().context("a webhook row is not an object")?;
    object.insert("secret".to_owned(), format!("\\x{hex}").into());
    object.insert("enabled".to_owned(), false.into());
    object.insert(
        "disabled_reason".to_owned(),
        "imported: rotate the secret (POST /v1/webhooks/{id}/rotate-secret), then enable".into(),
    );
    Ok(())
}

/// Inserts `rows` into `table`, naming only the columns the rows carry (so columns added since
/// the export take their defaults) and skipping rows that conflict with existing ones.
async fn insert_rows(tx: &mut PgConnection, table: &str, rows: &[serde_json::Value]) -> anyhow::Result<u64> {
    let Some(first) = rows.first().and_then(|r| r.as_object()) else {
        return Ok(0);
    };
    let columns: Vec<String> = sqlx::query_scalar(
        "SELECT column_name::text FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
    )
    .bind(table)
    .fetch_all(&mut *tx)
    .await?;
    let carried: Vec<String> = columns
        .into_iter()
        .filter(|c| first.contains_key(c))
        .map(|c| crate::backup::census::quote(&c))
        .collect();
    if carried.is_empty() {
        anyhow::bail!("the export's {table} rows carry none of the table's columns");
    }
    let list = carried.join(", ");
    let inserted = sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} ({list}) SELECT {list} FROM jsonb_populate_recordset(NULL::{table}, $1)
         ON CONFLICT DO NOTHING"
    )))
    .bind(serde_json::Value::Array(rows.to_vec()))
    .execute(&mut *tx)
    .await
    .with_context(|| format!("cannot import {table}"))?;
    Ok(inserted.rows_affected())
}
