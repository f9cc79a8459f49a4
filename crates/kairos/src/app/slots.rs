//! Free slots of an event type: loads the hosts' calendars and asks the core.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use kairos_core::{Availability, HostCalendar, Interval, SlotQuery, SlotRules, WeeklyHours, Zone, render};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};
use utoipa::ToSchema;

use super::ProblemCode;
use super::{Error, Result, availability, validate};
use crate::ids::{BookingId, OrgId};
use crate::model::EventType;
use crate::store;

/// Longest range one slot request may cover.
pub const MAX_RANGE: TimeDelta = TimeDelta::days(62);
/// Range used when the caller gives no end.
pub const DEFAULT_RANGE: TimeDelta = TimeDelta::days(7);

/// Calendars are loaded this much wider than the range so that buffers and daily limits at
/// its edges, in any zone, see every booking that matters.
const MARGIN: TimeDelta = TimeDelta::days(2);

#[must_use]
pub fn rules_of(event_type: &EventType) -> SlotRules {
    let minutes = |m: i32| TimeDelta::minutes(i64::from(m));
    SlotRules {
        duration: minutes(event_type.duration_minutes),
        step: minutes(event_type.slot_step_minutes),
        buffer_before: minutes(event_type.buffer_before_minutes),
        buffer_after: minutes(event_type.buffer_after_minutes),
        min_notice: minutes(event_type.min_notice_minutes),
        horizon_days: u32::try_from(event_type.horizon_days).unwrap_or(0),
        max_per_day: event_type.max_per_day.and_then(|m| u32::try_from(m).ok()),
    }
}

/// The calendars of the event type's hosts (in its host order) around `range`, leaving out
/// the booking being moved, if any: one statement.
pub(crate) async fn calendars(
    conn: &mut PgConnection,
    org: OrgId,
    event_type: &EventType,
    range: Interval,
    excluding: Option<BookingId>,
) -> Result<Vec<HostCalendar>> {
    let window = store::calendars::Window {
        hosts: &event_type.hosts,
        from: range.start() - MARGIN,
        to: range.end() + MARGIN + TimeDelta::minutes(i64::from(event_type.duration_minutes)),
        event_type: event_type.id,
        excluding,
    };
    host_calendars(conn, org, window).await
}

/// The calendars of `window.hosts`, in that order; a host without a schedule has no working
/// time.
pub(crate) async fn host_calendars(
    conn: &mut PgConnection,
    org: OrgId,
    window: store::calendars::Window<'_>,
) -> Result<Vec<HostCalendar>> {
    let stored = store::calendars::load(&mut *conn, org, window).await?;
    let mut out = Vec::with_capacity(window.hosts.len());
    for host in window.hosts {
        let Some(calendar) = stored.iter().find(|c| c.host_id == *host) else {
            out.push(HostCalendar {
                availability: Availability::new(Zone::UTC, WeeklyHours::default()),
                busy: Vec::new(),
                own_bookings: Vec::new(),
            });
            continue;
        };
        let availability = match &calendar.schedule {
            Some(schedule) => availability::to_core(schedule.clone())?,
            None => Availability::new(Zone::UTC, WeeklyHours::default()),
        };
        out.push(HostCalendar {
            availability,
            busy: calendar
                .busy
                .iter()
                .filter_map(|b| Interval::new(b.start, b.end))
                .collect(),
            own_bookings: calendar
                .busy
                .iter()
                .filter(|b| b.same_event_type)
                .filter_map(|b| Interval::new(b.start, b.end))
                .collect(),
        });
    }
    Ok(out)
}

/// Public facts about an event type, for its booking page.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PublicEventType {
    pub organization: String,
    pub slug: String,
    pub title: String,
    pub description: String,
    #[schema(value_type = String)]
    pub kind: kairos_core::HostMode,
    pub duration_minutes: i32,
    /// How far ahead of its start a slot must be booked.
    pub min_notice_minutes: i32,
    pub location: String,
}

impl PublicEventType {
    #[must_use]
    pub fn of(org_slug: &str, e: &EventType) -> Self {
        Self {
            organization: org_slug.to_owned(),
            slug: e.slug.to_string(),
            title: e.title.clone(),
            description: e.description.clone(),
            kind: e.kind,
            duration_minutes: e.duration_minutes,
            min_notice_minutes: e.min_notice_minutes,
            location: e.location.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SlotTime {
    /// Start on the requested zone's wall clock, RFC 3339 with its offset.
    #[schema(example = "2026-12-01T09:00:00+01:00")]
    pub start: String,
    #[schema(example = "2026-12-01T09:30:00+01:00")]
    pub end: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SlotDay {
    /// The calendar date in the requested zone.
    pub date: NaiveDate,
    pub slots: Vec<SlotTime>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SlotList {
    pub event_type: PublicEventType,
    /// The zone the times are rendered in.
    pub time_zone: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub days: Vec<SlotDay>,
}

/// A checked slot request: the range, and the zone to render in if one was asked for.
#[derive(Debug, Clone, Copy)]
pub struct SlotRange {
    pub range: Interval,
    pub zone: Option<Zone>,
}

/// Checks a request for the free slots of `/{org_slug}/{slug}` between two instants (from
/// `now` when no start is given), before anything is read.
pub fn check_request(
    org_slug: &str,
    slug: &str,
    start: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
    time_zone: Option<&str>,
    now: DateTime<Utc>,
) -> Result<SlotRange> {
    let zone = time_zone.map(|name| validate::zone("time_zone", name)).transpose()?;
    let start = start.unwrap_or(now);
    let end = end.unwrap_or(start + DEFAULT_RANGE);
    let range = Interval::new(start, end).ok_or_else(|| Error::invalid("end", "`end` must be after `start`"))?;
    if range.duration() > MAX_RANGE {
        return Err(Error::Invalid {
            code: ProblemCode::RangeTooLong,
            field: Some("end".to_owned()),
            message: format!("a slot request may cover at most {} days", MAX_RANGE.num_days()),
        });
    }
    super::event_types::check_link(org_slug, slug)?;
    Ok(SlotRange { range, zone })
}

/// What the free slots of `/{org_slug}/{slug}` are computed from, as versions (see
/// [`store::calendars::SlotVersions`]): one light statement.
pub async fn versions(pool: &PgPool, org_slug: &str, slug: &str) -> Result<store::calendars::SlotVersions> {
    store::calendars::slot_versions(pool, org_slug, slug)
        .await?
        .ok_or(Error::NotFound("event type"))
}

/// A slot list and until when it stays right if the calendars behind it do not change (see
/// [`SlotQuery::unchanged_until`]; `None`: as long as they do not).
#[derive(Debug, Clone)]
pub struct Computed {
    pub list: SlotList,
    pub unchanged_until: Option<DateTime<Utc>>,
}

/// The free slots of a checked request, read from the database and rendered in the zone
/// asked for (else the first host's); minimum notice and horizon count from `now`.
pub async fn compute(
    pool: &PgPool,
    org_slug: &str,
    slug: &str,
    request: SlotRange,
    now: DateTime<Utc>,
) -> Result<Computed> {
    let SlotRange {
        range,
        zone: requested_zone,
    } = request;
    // One connection for both reads: the event type behind the link, then its calendars.
    let mut conn = store::acquire(pool).await?;
    let (org, event_type) = store::event_types::get_public(&mut *conn, org_slug, slug)
        .await?
        .ok_or(Error::NotFound("event type"))?;
    let calendars = calendars(&mut conn, org, &event_type, range, None).await?;
    drop(conn);
    let zone = requested_zone.unwrap_or_else(|| calendars.first().map_or(Zone::UTC, |c| c.availability.zone));
    let rules = rules_of(&event_type);
    let query = SlotQuery {
        rules: &rules,
        kind: event_type.kind,
        hosts: &calendars,
        now,
    };
    let slots = query.slots(range);
    let unchanged_until = query.unchanged_until(range, &slots);
    let tz = zone.tz();
    let days = render::by_local_date(&slots, zone)
        .into_iter()
        .map(|(date, day)| SlotDay {
            date,
            slots: day
                .iter()
                .map(|s| SlotTime {
                    start: s.interval.start().with_timezone(&tz).to_rfc3339(),
                    end: s.interval.end().with_timezone(&tz).to_rfc3339(),
                })
                .collect(),
        })
        .collect();
    let list = SlotList {
        event_type: PublicEventType::of(org_slug, &event_type),
        time_zone: zone.name().to_owned(),
        start: range.start(),
        end: range.end(),
        days,
    };
    Ok(Computed { list, unchanged_until })
}
