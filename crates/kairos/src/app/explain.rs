//! "Why is this time busy?": for one host and a time range, every reason a time cannot be
//! booked — outside working hours, a day's override, a Kairos booking, a busy block, a planned
//! block, an event of one of the host's calendars (named by its source, with how fresh that
//! source is) and, for an event type, the past, minimum notice, the horizon, buffers and the
//! daily limit. For the host and their organisation only: public slots reveal none of it.

use chrono::{DateTime, TimeDelta, Utc};
use kairos_core::{Interval, interval};
use serde::Serialize;
use sqlx::PgPool;
use utoipa::ToSchema;

use super::calendar_sources::Freshness;
use super::{Error, ProblemCode, Result, slots};
use crate::ids::{BookingId, CalendarSourceId, EventTypeId, HostId, OrgId};
use crate::store;

/// The longest range one explanation covers.
pub const MAX_RANGE: TimeDelta = TimeDelta::days(31);

/// Why a stretch of time is unavailable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    OutsideWorkingHours,
    /// The day's hours are replaced by an override (or the day is off).
    Override,
    Booking,
    BusyBlock,
    PlannedBlock,
    /// An event of one of the host's calendar sources.
    ExternalEvent,
    /// Before now (with an event type).
    InPast,
    /// Within the event type's minimum notice.
    MinimumNotice,
    /// Past the event type's booking horizon.
    BeyondHorizon,
    /// The event type's buffer before or after something busy.
    Buffer,
    /// The event type's daily limit is reached that day.
    DailyLimit,
}

/// The calendar source an external event comes from, and how fresh its data is.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReasonSource {
    pub id: CalendarSourceId,
    pub name: String,
    pub last_success_at: Option<DateTime<Utc>>,
    pub stale: bool,
}

/// One reason, over `[start, end)`.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Reason {
    pub kind: ReasonKind,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// What it is: the event type of a booking, a block's title, an external event's title
    /// when its source allows titles to be shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub booking_id: Option<BookingId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<ReasonSource>,
}

/// Every reason time in `[start, end)` is unavailable, by start.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Explanation {
    pub host_id: HostId,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The host's zone, in which working hours and days are counted.
    pub time_zone: String,
    pub reasons: Vec<Reason>,
}

/// What to explain.
#[derive(Debug, Clone, Copy)]
pub struct Asked {
    pub host: HostId,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// An event type whose rules (notice, horizon, buffers, daily limit) count too.
    pub event_type: Option<EventTypeId>,
}

fn reason(kind: ReasonKind, during: Interval) -> Reason {
    Reason {
        kind,
        start: during.start(),
        end: during.end(),
        title: None,
        booking_id: None,
        source: None,
    }
}

/// Explains `asked` for the host of organisation `org` as of `now`.
pub async fn explain(
    pool: &PgPool,
    freshness: Freshness,
    org: OrgId,
    asked: Asked,
    now: DateTime<Utc>,
) -> Result<Explanation> {
    let range =
        Interval::new(asked.start, asked.end).ok_or_else(|| Error::invalid("end", "`end` must be after `start`"))?;
    if range.duration() > MAX_RANGE {
        return Err(Error::Invalid {
            code: ProblemCode::RangeTooLong,
            field: Some("end".to_owned()),
            message: format!("an explanation may cover at most {} days", MAX_RANGE.num_days()),
        });
    }
    let mut conn = store::acquire(pool).await?;
    store::hosts::get(&mut *conn, org, asked.host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let event_type = match asked.event_type {
        Some(id) => Some(
            store::event_types::get(&mut *conn, org, id)
                .await?
                .filter(|e| e.hosts.contains(&asked.host))
                .ok_or(Error::NotFound("event type"))?,
        ),
        None => None,
    };
    let hosts = [asked.host];
    let window = store::calendars::Window {
        hosts: &hosts,
        from: range.start() - TimeDelta::days(1),
        to: range.end() + TimeDelta::days(1),
        event_type: event_type.as_ref().map_or(EventTypeId(uuid::Uuid::nil()), |e| e.id),
        excluding: None,
    };
    let calendar = slots::host_calendars(&mut conn, org, window)
        .await?
        .into_iter()
        .next()
        .ok_or(Error::NotFound("host"))?;
    let origins = store::explain::busy_origins(&mut *conn, org, asked.host, range.start(), range.end()).await?;
    drop(conn);

    let availability = &calendar.availability;
    let mut reasons = off_hours(availability, range);
    let busy: Vec<Interval> = origins.iter().filter_map(|o| Interval::new(o.start, o.end)).collect();
    reasons.extend(origins.into_iter().map(|o| Reason {
        kind: match o.kind.as_str() {
            "booking" => ReasonKind::Booking,
            "busy_block" => ReasonKind::BusyBlock,
            "planned_block" => ReasonKind::PlannedBlock,
            _ => ReasonKind::ExternalEvent,
        },
        start: o.start,
        end: o.end,
        title: Some(o.title).filter(|t| o.show_title && !t.is_empty()),
        booking_id: o.booking_id,
        source: o.source_id.zip(o.source_name).map(|(id, name)| ReasonSource {
            id,
            name,
            last_success_at: o.source_synced_at,
            stale: o.source_synced_at.is_none_or(|at| at < now - freshness.stale_after),
        }),
    }));
    if let Some(event_type) = &event_type {
        let rules = slots::rules_of(event_type);
        reasons.extend(rule_reasons(&rules, range, &busy, &calendar, now));
    }
    reasons.sort_by_key(|r| (r.start, r.end));
    Ok(Explanation {
        host_id: asked.host,
        start: range.start(),
        end: range.end(),
        time_zone: availability.zone.name().to_owned(),
        reasons,
    })
}

/// The parts of `range` outside working hours, day by day in the host's zone, each named an
/// override when that day's hours are one.
fn off_hours(availability: &kairos_core::Availability, range: Interval) -> Vec<Reason> {
    let zone = availability.zone;
    let mut out = Vec::new();
    let mut date = zone.local_date(range.start());
    while zone.start_of_day(date) < range.end() {
        let Some(next) = date.succ_opt() else { break };
        if let Some(day) =
            Interval::new(zone.start_of_day(date), zone.start_of_day(next)).and_then(|d| d.intersection(&range))
        {
            let working = interval::intersect(&availability.working_intervals(day), &[day]);
            let kind = if availability.overrides.contains_key(&date) {
                ReasonKind::Override
            } else {
                ReasonKind::OutsideWorkingHours
            };
            out.extend(
                interval::subtract(&[day], &working)
                    .into_iter()
                    .map(|off| reason(kind, off)),
            );
        }
        date = next;
    }
    out
}

/// The event type's own rules within `range`: the past and minimum notice, the horizon, the
/// buffers around what is busy, and the days its daily limit is reached.
fn rule_reasons(
    rules: &kairos_core::SlotRules,
    range: Interval,
    busy: &[Interval],
    calendar: &kairos_core::HostCalendar,
    now: DateTime<Utc>,
) -> Vec<Reason> {
    let mut out = Vec::new();
    let clipped = |start, end| Interval::new(start, end).and_then(|i| i.intersection(&range));
    if let Some(past) = clipped(range.start(), now) {
        out.push(reason(ReasonKind::InPast, past));
    }
    if let Some(notice) = clipped(now.max(range.start()), now + rules.min_notice) {
        out.push(reason(ReasonKind::MinimumNotice, notice));
    }
    // The horizon counts calendar days in the host's zone, today being day 0.
    let zone = calendar.availability.zone;
    let last_day = zone
        .local_date(now)
        .checked_add_days(chrono::Days::new(u64::from(rules.horizon_days) + 1));
    if let Some(beyond) = last_day.and_then(|day| clipped(zone.start_of_day(day).max(range.start()), range.end())) {
        out.push(reason(ReasonKind::BeyondHorizon, beyond));
    }
    for b in busy {
        // A meeting may not start within the buffer after something busy, nor end within the
        // buffer before it.
        let before = clipped(b.start() - rules.buffer_after, b.start());
        let after = clipped(b.end(), b.end() + rules.buffer_before);
        out.extend(before.into_iter().chain(after).map(|i| reason(ReasonKind::Buffer, i)));
    }
    if let Some(limit) = rules.max_per_day {
        let mut per_day: std::collections::BTreeMap<chrono::NaiveDate, u32> = std::collections::BTreeMap::new();
        for booking in &calendar.own_bookings {
            *per_day.entry(zone.local_date(booking.start())).or_default() += 1;
        }
        for date in per_day.into_iter().filter(|(_, n)| *n >= limit).map(|(date, _)| date) {
            let Some(next) = date.succ_opt() else { continue };
            if let Some(day) = clipped(zone.start_of_day(date), zone.start_of_day(next)) {
                out.push(reason(ReasonKind::DailyLimit, day));
            }
        }
    }
    out
}
