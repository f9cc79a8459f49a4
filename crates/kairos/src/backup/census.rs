//! What a database holds, counted the same way when a backup is taken (inside the dump's
//! snapshot) and after it is restored, so the two can be compared table by table. Table names
//! come from the catalog, so these are runtime queries: they run against whatever schema a
//! backup carries, not the one this binary was compiled against.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::{Connection, PgConnection};

use super::manifest::TableStats;

/// Counts and fingerprints of every table, and the facts a manifest records.
#[derive(Debug, Clone, PartialEq)]
pub struct Census {
    pub tables: BTreeMap<String, TableStats>,
    pub schema_version: i64,
    pub newest_data_at: Option<DateTime<Utc>>,
    pub server_version: String,
}

/// Renders values the same way in every session, so fingerprints do not depend on settings.
pub async fn fix_text_output(conn: &mut PgConnection) -> sqlx::Result<()> {
    for statement in [
        "SET TimeZone = 'UTC'",
        "SET DateStyle = 'ISO, YMD'",
        "SET IntervalStyle = 'postgres'",
        "SET extra_float_digits = 3",
        "SET bytea_output = 'hex'",
    ] {
        sqlx::query(statement).execute(&mut *conn).await?;
    }
    Ok(())
}

/// The public schema's tables, in name order.
pub async fn tables(conn: &mut PgConnection) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1",
    )
    .fetch_all(conn)
    .await
}

/// `name` quoted as an SQL identifier.
#[must_use]
pub fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Counts every table of the database `conn` is in (in its current snapshot).
pub async fn take(conn: &mut PgConnection) -> sqlx::Result<Census> {
    fix_text_output(conn).await?;
    let mut stats = BTreeMap::new();
    for table in tables(conn).await? {
        let (rows, fingerprint): (i64, String) = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT count(*), coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint), 0)::text
             FROM {} t",
            quote(&table)
        )))
        .fetch_one(&mut *conn)
        .await?;
        stats.insert(table, TableStats { rows, fingerprint });
    }
    let schema_version: i64 = if stats.contains_key("_sqlx_migrations") {
        sqlx::query_scalar("SELECT coalesce(max(version), 0) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *conn)
            .await?
    } else {
        0
    };
    let newest_data_at = newest_data(conn, &stats).await?;
    let server_version: String = sqlx::query_scalar("SHOW server_version").fetch_one(&mut *conn).await?;
    Ok(Census {
        tables: stats,
        schema_version,
        newest_data_at,
        server_version,
    })
}

/// The newest change among bookings, domain events and organisations.
async fn newest_data(
    conn: &mut PgConnection,
    tables: &BTreeMap<String, TableStats>,
) -> sqlx::Result<Option<DateTime<Utc>>> {
    let mut parts = Vec::new();
    for (table, column) in [
        ("bookings", "updated_at"),
        ("domain_events", "occurred_at"),
        ("organizations", "created_at"),
    ] {
        if tables.contains_key(table) {
            parts.push(format!("(SELECT max({column}) FROM {table})"));
        }
    }
    if parts.is_empty() {
        return Ok(None);
    }
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT greatest({})", parts.join(", "))))
        .fetch_one(conn)
        .await
}

/// The server's major version (`server_version_num` / 10000).
pub async fn server_major(conn: &mut PgConnection) -> sqlx::Result<u32> {
    let num: String = sqlx::query_scalar("SHOW server_version_num").fetch_one(conn).await?;
    Ok(num.parse::<u32>().unwrap_or(0) / 10_000)
}

/// Whether the database has any relation, type or function of its own (outside the system
/// schemas): a restore refuses to mix a backup into such a database unless forced.
pub async fn is_empty(conn: &mut PgConnection) -> sqlx::Result<bool> {
    let objects: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
           AND n.nspname NOT LIKE 'pg_temp%'",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(objects == 0)
}

/// Runs `census` in a read-only repeatable-read transaction and ends it.
pub async fn take_consistent(conn: &mut PgConnection) -> sqlx::Result<Census> {
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;
    let census = take(&mut tx).await?;
    tx.commit().await?;
    Ok(census)
}
