//! Availability schedules: weekly hours and date overrides, stored as validated JSON spans.

use chrono::NaiveDate;
use sqlx::{PgConnection, PgExecutor};

use crate::ids::{HostId, OrgId};

/// A schedule as stored: the spans are JSON written by this module from parsed values.
#[derive(Debug, Clone)]
pub struct StoredSchedule {
    pub host_id: HostId,
    pub time_zone: String,
    /// `[[{"start","end"}…] × 7]`, Monday first.
    pub weekly: serde_json::Value,
    /// `[{"date", "spans"}…]`.
    pub overrides: serde_json::Value,
}

/// Schedules of the given hosts with their overrides between two dates (inclusive; `None`
/// means unbounded).
#[tracing::instrument(skip_all)]
pub async fn load(
    db: impl PgExecutor<'_>,
    org: OrgId,
    hosts: &[HostId],
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> sqlx::Result<Vec<StoredSchedule>> {
    let rows = sqlx::query!(
        r#"SELECT s.host_id AS "host_id: HostId", s.time_zone, s.weekly,
                  coalesce((SELECT jsonb_agg(jsonb_build_object('date', o.date, 'spans', o.spans) ORDER BY o.date)
                            FROM availability_overrides o
                            WHERE o.host_id = s.host_id
                              AND ($3::date IS NULL OR o.date >= $3)
                              AND ($4::date IS NULL OR o.date <= $4)), '[]'::jsonb) AS "overrides!"
           FROM availability_schedules s
           WHERE s.org_id = $1 AND s.host_id = ANY($2)"#,
        org as OrgId,
        hosts as &[HostId],
        from,
        to
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| StoredSchedule {
            host_id: r.host_id,
            time_zone: r.time_zone,
            weekly: r.weekly,
            overrides: r.overrides,
        })
        .collect())
}

/// Replaces a host's whole schedule (weekly hours and every override) in one transaction.
#[tracing::instrument(skip_all)]
pub async fn replace(
    tx: &mut PgConnection,
    org: OrgId,
    host: HostId,
    time_zone: &str,
    weekly: &serde_json::Value,
    overrides: &[(NaiveDate, serde_json::Value)],
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO availability_schedules (host_id, org_id, time_zone, weekly) VALUES ($1, $2, $3, $4)
         ON CONFLICT (host_id) DO UPDATE SET time_zone = excluded.time_zone, weekly = excluded.weekly, updated_at = now()
         WHERE availability_schedules.org_id = excluded.org_id",
        host as HostId,
        org as OrgId,
        time_zone,
        weekly
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "DELETE FROM availability_overrides o USING availability_schedules s
         WHERE o.host_id = s.host_id AND s.host_id = $1 AND s.org_id = $2",
        host as HostId,
        org as OrgId
    )
    .execute(&mut *tx)
    .await?;
    let (dates, spans): (Vec<NaiveDate>, Vec<serde_json::Value>) = overrides.iter().cloned().unzip();
    sqlx::query!(
        "INSERT INTO availability_overrides (host_id, date, spans)
         SELECT $1, day, spans FROM UNNEST($2::date[], $3::jsonb[]) AS o(day, spans)
         WHERE EXISTS (SELECT 1 FROM availability_schedules WHERE host_id = $1 AND org_id = $4)",
        host as HostId,
        &dates,
        &spans,
        org as OrgId
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}
