//! The schema's promises, checked on a restored backup: what the constraints guarantee while
//! data is written, re-checked on what came back, plus the migration history against the
//! migrations this binary knows. Each check is a query counting violations.

use sqlx::PgConnection;

/// The checks: what is promised, and a query counting the rows that break it.
const CHECKS: &[(&str, &str)] = &[
    (
        "every confirmed booking holds an active reservation for its hosts",
        "SELECT count(*) FROM bookings b WHERE b.status = 'confirmed'
           AND NOT EXISTS (SELECT 1 FROM booking_hosts h WHERE h.booking_id = b.id AND h.active)",
    ),
    (
        "reservations are active exactly while their booking is confirmed",
        "SELECT count(*) FROM booking_hosts h JOIN bookings b ON b.id = h.booking_id
          WHERE h.active <> (b.status = 'confirmed')",
    ),
    (
        "an active reservation covers its booking's time",
        "SELECT count(*) FROM booking_hosts h JOIN bookings b ON b.id = h.booking_id
          WHERE h.active AND h.during <> tstzrange(b.starts_at, b.ends_at, '[)')",
    ),
    (
        "no host has overlapping active reservations",
        "SELECT count(*) FROM booking_hosts a JOIN booking_hosts b
             ON a.host_id = b.host_id AND a.during && b.during AND a.booking_id < b.booking_id
          WHERE a.active AND b.active",
    ),
    (
        "every constraint (foreign keys included) is validated",
        "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
          WHERE n.nspname = 'public' AND NOT c.convalidated",
    ),
    (
        "every recorded migration succeeded",
        "SELECT count(*) FROM _sqlx_migrations WHERE NOT success",
    ),
];

/// The broken promises of the database `conn` is in, as sentences.
pub async fn check(conn: &mut PgConnection) -> anyhow::Result<Vec<String>> {
    let mut problems = Vec::new();
    for (promise, query) in CHECKS {
        let broken: i64 = sqlx::query_scalar(*query).fetch_one(&mut *conn).await?;
        if broken > 0 {
            problems.push(format!("{promise}: {broken} violation(s)"));
        }
    }
    problems.extend(check_migrations(conn).await?);
    Ok(problems)
}

/// The backup's migration history against the migrations compiled into this binary: same
/// versions with the same checksums, none unknown (a newer Kairos's backup) and none missing.
async fn check_migrations(conn: &mut PgConnection) -> anyhow::Result<Vec<String>> {
    let applied: Vec<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut *conn)
            .await?;
    let known = crate::store::MIGRATOR
        .iter()
        .filter(|m| m.migration_type.is_up_migration());
    let mut problems = Vec::new();
    for (version, checksum) in &applied {
        match crate::store::MIGRATOR.iter().find(|m| m.version == *version) {
            None => problems.push(format!(
                "migration {version} is not known to this Kairos (the backup comes from a newer version)"
            )),
            Some(m) if m.checksum.as_ref() != checksum.as_slice() => {
                problems.push(format!(
                    "migration {version} differs from this Kairos's ({})",
                    m.description
                ));
            }
            Some(_) => {}
        }
    }
    let newest = applied.last().map_or(0, |(v, _)| *v);
    for m in known.filter(|m| m.version <= newest) {
        if !applied.iter().any(|(v, _)| *v == m.version) {
            problems.push(format!("migration {} ({}) is missing", m.version, m.description));
        }
    }
    Ok(problems)
}
