//! Reading one organisation's rows into an [`Export`], and its bookings into a calendar.
//! All reads run in one repeatable-read transaction, so the export is a consistent picture.

use std::collections::BTreeMap;

use anyhow::Context;
use sqlx::{Connection, PgConnection};

use super::format::{Export, FORMAT, TABLES, VERSION};
use crate::ids::{BookingId, OrgId};
use crate::notify::{ics, load_context};

/// The organisation with `slug`, exported, and its bookings as an `.ics` calendar.
pub async fn export(conn: &mut PgConnection, slug: &str) -> anyhow::Result<(Export, String)> {
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;
    let org = crate::store::orgs::find_by_slug(&mut *tx, slug)
        .await?
        .with_context(|| format!("no organisation with slug `{slug}`"))?;
    let organization: serde_json::Value = sqlx::query_scalar("SELECT to_jsonb(t) FROM organizations t WHERE t.id = $1")
        .bind(org)
        .fetch_one(&mut *tx)
        .await?;
    let mut tables = BTreeMap::new();
    for table in TABLES {
        let omit: String = table.omit.iter().map(|c| format!(" - '{c}'")).collect();
        let rows: Vec<serde_json::Value> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT to_jsonb(t){omit} FROM {} t WHERE {} ORDER BY {}",
            table.name, table.filter, table.order
        )))
        .bind(org)
        .fetch_all(&mut *tx)
        .await
        .with_context(|| format!("cannot read {}", table.name))?;
        tables.insert(table.name.to_owned(), rows);
    }
    let schema_version: i64 =
        sqlx::query_scalar("SELECT coalesce(max(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *tx)
            .await?;
    let calendar = calendar(&mut tx, org, &tables["bookings"]).await?;
    tx.commit().await?;
    Ok((
        Export {
            format: FORMAT.to_owned(),
            version: VERSION,
            exported_at: crate::clock::Clock::System.now(),
            kairos_version: env!("CARGO_PKG_VERSION").to_owned(),
            schema_version,
            organization,
            tables,
        },
        calendar,
    ))
}

/// Every booking of the organisation as one calendar (the same events the invites carry).
async fn calendar(conn: &mut PgConnection, org: OrgId, bookings: &[serde_json::Value]) -> anyhow::Result<String> {
    let mut loaded = Vec::with_capacity(bookings.len());
    for row in bookings {
        let id = row["id"]
            .as_str()
            .and_then(|id| uuid::Uuid::parse_str(id).ok())
            .context("a booking without an id")?;
        let booking = crate::store::bookings::get(&mut *conn, org, BookingId(id))
            .await?
            .context("a booking vanished during the export")?;
        let context = load_context(conn, org, &booking)
            .await
            .map_err(|err| anyhow::anyhow!("{err}"))?;
        loaded.push((booking, context));
    }
    let invites: Vec<ics::Invite<'_>> = loaded
        .iter()
        .map(|(booking, context)| ics::Invite {
            booking,
            title: &context.title,
            location: &context.location,
            hosts: &context.hosts,
            stamp: booking.updated_at,
        })
        .collect();
    Ok(ics::calendar(None, &invites))
}
