//! The calendars a slot decision reads, in one statement: per host its schedule, the
//! overrides in the window and everything that keeps it busy there (bookings, busy blocks, the
//! busy time of its calendar sources' last good sync, and planned blocks of hosts whose planner
//! setting `planned_blocks_busy` is on).

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgExecutor;
use sqlx::postgres::types::PgRange;

use super::availability::StoredSchedule;
use crate::ids::{BookingId, EventTypeId, HostId, OrgId};

/// A stretch of time a host is not free, and whether it is a booking of the event type in
/// question (those count towards its daily limit).
#[derive(Debug, Clone)]
pub struct BusyTime {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub same_event_type: bool,
}

/// One host's calendar as stored.
#[derive(Debug, Clone)]
pub struct StoredCalendar {
    pub host_id: HostId,
    /// `None` while the host has no schedule.
    pub schedule: Option<StoredSchedule>,
    pub busy: Vec<BusyTime>,
}

/// What to read: the hosts, the window `[from, to)` (overrides on the dates it touches), the
/// event type whose bookings count as its own, and the booking being moved, left out.
#[derive(Debug, Clone, Copy)]
pub struct Window<'a> {
    pub hosts: &'a [HostId],
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub event_type: EventTypeId,
    pub excluding: Option<BookingId>,
}

/// The hosts' calendars in `window`, one per host in the order given.
#[tracing::instrument(skip_all)]
pub async fn load(db: impl PgExecutor<'_>, org: OrgId, window: Window<'_>) -> sqlx::Result<Vec<StoredCalendar>> {
    let first_day: NaiveDate = window.from.date_naive();
    let last_day: NaiveDate = window.to.date_naive();
    let rows = sqlx::query!(
        r#"SELECT h.host_id AS "host_id!: HostId", s.time_zone AS "time_zone?", s.weekly AS "weekly?",
                  coalesce((SELECT jsonb_agg(jsonb_build_object('date', o.date, 'spans', o.spans) ORDER BY o.date)
                            FROM availability_overrides o
                            WHERE o.host_id = s.host_id AND o.date >= $3 AND o.date <= $4), '[]'::jsonb) AS "overrides!",
                  busy.starts AS "busy_starts!", busy.ends AS "busy_ends!", busy.own AS "busy_own!"
           FROM unnest($2::uuid[]) WITH ORDINALITY AS h(host_id, position)
           LEFT JOIN availability_schedules s ON s.host_id = h.host_id AND s.org_id = $1
           CROSS JOIN LATERAL (
               SELECT coalesce(array_agg(t.starts_at), '{}') AS starts, coalesce(array_agg(t.ends_at), '{}') AS ends,
                      coalesce(array_agg(t.own), '{}') AS own
               FROM (SELECT lower(bh.during) AS starts_at, upper(bh.during) AS ends_at, b.event_type_id = $6 AS own
                     FROM booking_hosts bh JOIN bookings b ON b.id = bh.booking_id
                     WHERE bh.org_id = $1 AND bh.host_id = h.host_id AND bh.active AND bh.during && $5
                       AND ($7::uuid IS NULL OR bh.booking_id <> $7)
                     UNION ALL
                     SELECT lower(during), upper(during), false
                     FROM busy_blocks
                     WHERE org_id = $1 AND host_id = h.host_id AND during && $5
                     UNION ALL
                     SELECT lower(eb.during), upper(eb.during), false
                     FROM calendar_sources cs JOIN external_busy eb ON eb.source_id = cs.id
                     WHERE cs.org_id = $1 AND cs.host_id = h.host_id AND cs.blocking AND eb.during && $5
                     UNION ALL
                     SELECT lower(pb.during), upper(pb.during), false
                     FROM planned_blocks pb JOIN planner_settings ps ON ps.host_id = pb.host_id
                     WHERE pb.org_id = $1 AND pb.host_id = h.host_id AND ps.planned_blocks_busy
                       AND pb.during && $5) AS t) AS busy
           ORDER BY h.position"#,
        org as OrgId,
        window.hosts as &[HostId],
        first_day,
        last_day,
        PgRange::from(window.from..window.to),
        window.event_type as EventTypeId,
        window.excluding as Option<BookingId>
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let host_id = r.host_id;
            let schedule = match (r.time_zone, r.weekly) {
                (Some(time_zone), Some(weekly)) => Some(StoredSchedule {
                    host_id,
                    time_zone,
                    weekly,
                    overrides: r.overrides,
                }),
                _ => None,
            };
            let busy = r
                .busy_starts
                .into_iter()
                .zip(r.busy_ends)
                .zip(r.busy_own)
                .map(|((start, end), same_event_type)| BusyTime {
                    start,
                    end,
                    same_event_type,
                })
                .collect();
            StoredCalendar {
                host_id,
                schedule,
                busy,
            }
        })
        .collect())
}

/// What a public link's free slots are computed from, as one opaque text: the event type's
/// row version (any edit changes it), and its hosts in order with each one's calendar version
/// (bumped in the transaction of every change to a host's calendar; see the migration
/// `calendar_versions`). Equal versions mean the same slots at the same instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotVersions(pub String);

/// The versions behind the public link `/{org_slug}/{slug}`, in one light statement.
#[tracing::instrument(skip_all)]
pub async fn slot_versions(db: impl PgExecutor<'_>, org_slug: &str, slug: &str) -> sqlx::Result<Option<SlotVersions>> {
    let versions = sqlx::query_scalar!(
        r#"SELECT e.xmin::text || '/' || coalesce(
                      (SELECT string_agg(h.host_id::text || '=' || coalesce(v.version, 0), ',' ORDER BY h.position)
                       FROM event_type_hosts h LEFT JOIN calendar_versions v ON v.host_id = h.host_id
                       WHERE h.event_type_id = e.id), '') AS "versions!"
           FROM event_types e JOIN organizations o ON o.id = e.org_id
           WHERE o.slug = $1 AND e.slug = $2"#,
        org_slug,
        slug
    )
    .fetch_optional(db)
    .await?;
    Ok(versions.map(SlotVersions))
}

/// [`slot_versions`] of many links in one statement: one answer per `(org_slug, slug)` pair,
/// in their order (`None` where no public event type is behind the link).
#[tracing::instrument(skip_all, fields(links = org_slugs.len()))]
pub async fn slot_versions_of(
    db: impl PgExecutor<'_>,
    org_slugs: &[String],
    slugs: &[String],
) -> sqlx::Result<Vec<Option<SlotVersions>>> {
    let rows = sqlx::query!(
        r#"SELECT k.i AS "i!",
                  (SELECT e.xmin::text || '/' || coalesce(
                              (SELECT string_agg(h.host_id::text || '=' || coalesce(v.version, 0), ',' ORDER BY h.position)
                               FROM event_type_hosts h LEFT JOIN calendar_versions v ON v.host_id = h.host_id
                               WHERE h.event_type_id = e.id), '')
                   FROM event_types e JOIN organizations o ON o.id = e.org_id
                   WHERE o.slug = k.org_slug AND e.slug = k.slug) AS versions
           FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(org_slug, slug, i)
           ORDER BY k.i"#,
        org_slugs,
        slugs
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|row| row.versions.map(SlotVersions)).collect())
}
