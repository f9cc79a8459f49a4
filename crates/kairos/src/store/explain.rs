//! What keeps a host busy in a window, each with where it comes from: the host's Kairos
//! bookings, busy blocks, planned blocks that count as busy, and the events of calendar
//! sources that block — what `GET /v1/hosts/{id}/explain` lists.

use chrono::{DateTime, Utc};
use sqlx::PgExecutor;
use sqlx::postgres::types::PgRange;

use crate::ids::{BookingId, CalendarSourceId, HostId, OrgId};

/// One busy stretch and its origin.
#[derive(Debug, Clone)]
pub struct BusyOrigin {
    /// `booking`, `busy_block`, `planned_block` or `external_event`.
    pub kind: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub title: String,
    pub booking_id: Option<BookingId>,
    pub source_id: Option<CalendarSourceId>,
    pub source_name: Option<String>,
    pub source_synced_at: Option<DateTime<Utc>>,
    /// Whether the title may be shown (always for Kairos's own; by the source's setting).
    pub show_title: bool,
}

/// Everything that keeps `host` busy during `[from, to)`, by start.
#[tracing::instrument(skip_all)]
pub async fn busy_origins(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Vec<BusyOrigin>> {
    let rows = sqlx::query!(
        r#"SELECT kind AS "kind!", starts AS "starts!", ends AS "ends!", title AS "title!",
                  booking_id AS "booking_id: BookingId", source_id AS "source_id: CalendarSourceId",
                  source_name, synced_at, show_title AS "show_title!"
           FROM (SELECT 'booking' AS kind, lower(bh.during) AS starts, upper(bh.during) AS ends, et.title,
                        b.id AS booking_id, NULL::uuid AS source_id, NULL::text AS source_name,
                        NULL::timestamptz AS synced_at, true AS show_title
                 FROM booking_hosts bh JOIN bookings b ON b.id = bh.booking_id
                      JOIN event_types et ON et.id = b.event_type_id
                 WHERE bh.org_id = $1 AND bh.host_id = $2 AND bh.active AND bh.during && $3
                 UNION ALL
                 SELECT 'busy_block', lower(during), upper(during), title, NULL, NULL, NULL, NULL, true
                 FROM busy_blocks WHERE org_id = $1 AND host_id = $2 AND during && $3
                 UNION ALL
                 SELECT 'planned_block', lower(pb.during), upper(pb.during),
                        coalesce(t.title, hb.title, 'Focus time'), NULL, NULL, NULL, NULL, true
                 FROM planned_blocks pb JOIN planner_settings ps ON ps.host_id = pb.host_id
                      LEFT JOIN planner_tasks t ON t.id = pb.task_id
                      LEFT JOIN planner_habits hb ON hb.id = pb.habit_id
                 WHERE pb.org_id = $1 AND pb.host_id = $2 AND ps.planned_blocks_busy AND pb.during && $3
                 UNION ALL
                 SELECT 'external_event', lower(e.during), upper(e.during), e.title, NULL, c.id, c.name,
                        c.last_success_at, c.show_titles
                 FROM external_busy e JOIN calendar_sources c ON c.id = e.source_id
                 WHERE e.org_id = $1 AND e.host_id = $2 AND e.during && $3 AND c.blocking) AS origins
           ORDER BY starts, kind"#,
        org as OrgId,
        host as HostId,
        PgRange::from(from..to)
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| BusyOrigin {
            kind: r.kind,
            start: r.starts,
            end: r.ends,
            title: r.title,
            booking_id: r.booking_id,
            source_id: r.source_id,
            source_name: r.source_name,
            source_synced_at: r.synced_at,
            show_title: r.show_title,
        })
        .collect())
}
