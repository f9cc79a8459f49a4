//! The busy time in an iCalendar feed (RFC 5545) within a window: which events block a host,
//! and when, after recurrences, exceptions and time zones are applied. Parsing and time zones
//! (custom `VTIMEZONE`s, Windows zone names, IANA names) are `calcard`'s; recurrence rules are
//! expanded with the `rrule` crate, only up to the window's end (calcard's own expansion starts
//! at each series' first occurrence and shares one count across all series, so a long daily
//! series would starve the others). What is ours is the busy semantics:
//!
//! - `TRANSP:TRANSPARENT` and `STATUS:CANCELLED` events are free;
//! - an event the host declined (`ATTENDEE;PARTSTAT=DECLINED` with one of the host's
//!   addresses) is free;
//! - all-day events are busy or free as the source says, from midnight to midnight in the
//!   host's zone;
//! - `EXDATE` removes an occurrence, `RDATE` adds one, and an override (`RECURRENCE-ID`)
//!   replaces its occurrence with its own times, status and transparency;
//! - floating times are in the host's zone; a time in a DST gap moves forward by the gap and
//!   an ambiguous one takes its first instant (RFC 5545, 3.3.5); a `TZID` no zone database
//!   knows is read from the feed's own `VTIMEZONE` (`custom_zones`), else the host's zone.

use std::collections::HashSet;

use calcard::common::DateTimeResult;
use calcard::common::timezone::Tz;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarFrequency, ICalendarParameterName, ICalendarParameterValue,
    ICalendarParticipationStatus, ICalendarProperty, ICalendarRecurrenceRule, ICalendarStatus, ICalendarTransparency,
    ICalendarValue,
};
use chrono::{DateTime, Datelike, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc};

/// The most busy intervals one feed may yield in a window, so a hostile feed (a secondly
/// rule, millions of events) costs bounded memory and time.
pub const MAX_BUSY: usize = 50_000;
/// The longest summary kept, in characters.
const MAX_TITLE: usize = 200;
/// The longest UID kept, in characters.
const MAX_UID: usize = 255;

/// What to read a feed for.
#[derive(Debug, Clone)]
pub struct Reading<'a> {
    /// The window: events that end after its start and start before its end.
    pub from: DateTime<Utc>,
    pub until: DateTime<Utc>,
    /// The host's zone: floating times and all-day dates are read in it.
    pub zone: chrono_tz::Tz,
    /// Whether all-day events block the day.
    pub all_day_busy: bool,
    /// The host's addresses (lower case), to recognise the events they declined.
    pub owners: &'a [String],
}

/// One busy interval from a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusyEvent {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The event's UID (an occurrence shares its series' UID).
    pub uid: String,
    /// The event's summary, single-line and bounded; empty when it has none.
    pub title: String,
}

/// What a feed held within the window.
#[derive(Debug, Clone, Default)]
pub struct FeedBusy {
    /// Busy intervals, sorted by start.
    pub busy: Vec<BusyEvent>,
    /// Events (`VEVENT`s, series counted once) in the feed.
    pub events: usize,
    /// Events that could not be read (no start, a broken rule); the rest still count.
    pub unreadable: usize,
    /// Whether [`MAX_BUSY`] cut the list short.
    pub truncated: bool,
}

/// Why a feed could not be read at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FeedError {
    #[error("the feed is not an iCalendar file (no BEGIN:VCALENDAR)")]
    NotICalendar,
}

/// How long an event lasts: an exact duration, or whole days on the host's calendar.
#[derive(Debug, Clone, Copy)]
enum Length {
    Exact(TimeDelta),
    Days(i64),
}

/// One `VEVENT`, read.
struct Event<'a> {
    uid: &'a str,
    title: &'a str,
    /// The start's wall time in `frame`, and the zone that wall time is in.
    start: NaiveDateTime,
    frame: Tz,
    length: Length,
    rule: Option<&'a ICalendarRecurrenceRule>,
    rdates: Vec<DateTime<Utc>>,
    exdates: HashSet<DateTime<Utc>>,
    recurrence_id: Option<DateTime<Utc>>,
    free: bool,
}

/// The busy intervals of `text` within the reading's window.
pub fn read(text: &str, reading: &Reading<'_>) -> Result<FeedBusy, FeedError> {
    let calendar = ICalendar::parse(text).map_err(|_| FeedError::NotICalendar)?;
    let zones = Zones {
        named: calendar.build_tz_resolver(),
        custom: super::custom_zones::custom_zones(&calendar, reading.from.year()),
        host: Tz::from(reading.zone),
    };
    let mut feed = FeedBusy::default();
    let mut series = Vec::new();
    let mut singles = Vec::new();
    for component in calendar.components.iter().filter(|c| c.component_type.is_event()) {
        match event(component, &zones, reading) {
            Some(event) if event.rule.is_some() && event.recurrence_id.is_none() => {
                feed.events += 1;
                series.push(event);
            }
            Some(event) => {
                if event.recurrence_id.is_none() {
                    feed.events += 1;
                }
                singles.push(event);
            }
            None => {
                feed.events += 1;
                feed.unreadable += 1;
            }
        }
    }
    // Occurrences replaced by an override, by series UID and original start.
    let overridden: HashSet<(&str, DateTime<Utc>)> =
        singles.iter().filter_map(|e| Some((e.uid, e.recurrence_id?))).collect();

    let mut busy = Vec::new();
    for event in singles.iter().filter(|e| !e.free) {
        if let Some(start) = localize(event.frame, event.start) {
            push(&mut busy, event, start, reading);
        }
    }
    for event in &series {
        let Some(starts) = occurrences(event, reading) else {
            feed.unreadable += 1;
            continue;
        };
        if event.free {
            continue;
        }
        for start in starts {
            if event.exdates.contains(&start) || overridden.contains(&(event.uid, start)) {
                continue;
            }
            push(&mut busy, event, start, reading);
        }
        if busy.len() > MAX_BUSY {
            break;
        }
    }
    busy.sort_by_key(|b| (b.start, b.end));
    if busy.len() > MAX_BUSY {
        busy.truncate(MAX_BUSY);
        feed.truncated = true;
    }
    feed.busy = busy;
    Ok(feed)
}

/// Most periods of a rule walked before the window: a rule that would walk more (a
/// `FREQ=SECONDLY` series started years ago, with a `COUNT`) is unreadable.
const MAX_PERIODS_WALKED: i64 = 2_000_000;

/// Where to start expanding a series whose first occurrence is at wall time `start`, so that
/// reaching the window `[first, last]` takes few steps. A rule of a fixed period (weekly or
/// shorter) without `COUNT` may start whole periods later: its `BY…` parts are anchored on the
/// calendar, and its interval's phase on whole periods, so the occurrences are the same. A
/// rule that cannot move (a `COUNT` counts from the real start; months and years vary in
/// length) must not walk more than [`MAX_PERIODS_WALKED`] periods; `None` when it would.
fn expansion_start(
    rule: &ICalendarRecurrenceRule,
    start: NaiveDateTime,
    first: NaiveDateTime,
    last: NaiveDateTime,
) -> Option<NaiveDateTime> {
    let every = i64::from(rule.interval.unwrap_or(1).max(1));
    let period = match rule.freq {
        ICalendarFrequency::Secondly => TimeDelta::seconds(every),
        ICalendarFrequency::Minutely => TimeDelta::minutes(every),
        ICalendarFrequency::Hourly => TimeDelta::hours(every),
        ICalendarFrequency::Daily => TimeDelta::days(every),
        ICalendarFrequency::Weekly => TimeDelta::weeks(every),
        ICalendarFrequency::Monthly | ICalendarFrequency::Yearly => return Some(start),
    };
    let behind = (first - start).num_seconds() / period.num_seconds().max(1);
    if behind <= 1 {
        return Some(start);
    }
    if rule.count.is_none() {
        return start.checked_add_signed(period.checked_mul(i32::try_from(behind - 1).ok()?)?);
    }
    let walked = behind.min((last - start).num_seconds() / period.num_seconds().max(1));
    (walked <= MAX_PERIODS_WALKED).then_some(start)
}

/// The zones a feed's times may name.
struct Zones<'a> {
    /// By name, as `calcard` knows them.
    named: calcard::icalendar::timezone::TzResolver<&'a str>,
    /// By the feed's own `VTIMEZONE` rules.
    custom: std::collections::HashMap<&'a str, Tz>,
    /// For floating times and unknown names.
    host: Tz,
}

impl Zones<'_> {
    fn zone(&self, tzid: Option<&str>) -> Tz {
        tzid.and_then(|t| self.named.resolve(t).or_else(|| self.custom.get(t).copied()))
            .unwrap_or(self.host)
    }
}

/// Adds the occurrence of `event` starting at `start` when it overlaps the window.
fn push(busy: &mut Vec<BusyEvent>, event: &Event<'_>, start: DateTime<Utc>, reading: &Reading<'_>) {
    let Some(end) = end_of(event, start) else {
        return;
    };
    if end <= start || end <= reading.from || start >= reading.until {
        return;
    }
    busy.push(BusyEvent {
        start,
        end,
        uid: event.uid.chars().take(MAX_UID).collect(),
        title: single_line(event.title),
    });
}

/// The end of the occurrence of `event` starting at `start`.
fn end_of(event: &Event<'_>, start: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match event.length {
        Length::Exact(length) => start.checked_add_signed(length),
        Length::Days(days) => {
            let local = start.with_timezone(&event.frame).naive_local();
            localize(event.frame, local.checked_add_signed(TimeDelta::try_days(days)?)?)
        }
    }
}

/// A summary as one bounded line: control characters become spaces.
fn single_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_TITLE)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The instant a wall time in `zone` names: the first of two in a repeated hour, and, in a
/// skipped hour, the wall time an hour later (RFC 5545's reading of nonexistent times).
fn localize(zone: Tz, wall: NaiveDateTime) -> Option<DateTime<Utc>> {
    let zone = if zone.is_floating() { Tz::UTC } else { zone };
    zone.from_local_datetime(&wall)
        .earliest()
        .or_else(|| zone.from_local_datetime(&(wall + TimeDelta::hours(1))).earliest())
        .map(|t| t.with_timezone(&Utc))
}

/// A date or date-time property's value as an instant, read in `zone` unless it carries its
/// own offset (`Z`).
fn instant(value: &DateTimeResult, zone: Tz) -> Option<DateTime<Utc>> {
    match value.offset {
        Some(offset) => offset
            .from_local_datetime(&value.date_time)
            .single()
            .map(|t| t.with_timezone(&Utc)),
        None => localize(zone, value.date_time),
    }
}

/// Reads one `VEVENT`, or `None` when it has no usable start.
fn event<'a>(component: &'a ICalendarComponent, zones: &Zones<'_>, reading: &Reading<'_>) -> Option<Event<'a>> {
    let mut uid = "";
    let mut title = "";
    let mut start = None;
    let mut end = None;
    let mut duration = None;
    let mut rule = None;
    let mut rdates = Vec::new();
    let mut exdates = Vec::new();
    let mut recurrence_id = None;
    let mut free = false;
    for entry in &component.entries {
        let first = entry.values.first();
        match (&entry.name, first) {
            (ICalendarProperty::Uid, Some(value)) => uid = value.as_text().unwrap_or_default(),
            (ICalendarProperty::Summary, Some(value)) => title = value.as_text().unwrap_or_default(),
            (ICalendarProperty::Dtstart, Some(ICalendarValue::PartialDateTime(dt))) => {
                start = Some((dt.to_date_time()?, dt.has_time(), entry.tz_id()));
            }
            (ICalendarProperty::Dtend, Some(ICalendarValue::PartialDateTime(dt))) => {
                end = dt.to_date_time().map(|v| (v, entry.tz_id()));
            }
            (ICalendarProperty::Duration, Some(ICalendarValue::Duration(d))) => duration = d.to_time_delta(),
            (ICalendarProperty::Rrule, Some(ICalendarValue::RecurrenceRule(r))) => rule = Some(&**r),
            (ICalendarProperty::RecurrenceId, Some(ICalendarValue::PartialDateTime(dt))) => {
                recurrence_id = dt.to_date_time().map(|v| (v, entry.tz_id()));
            }
            (ICalendarProperty::Rdate | ICalendarProperty::Exdate, _) => {
                let dates = entry.values.iter().filter_map(|v| match v {
                    ICalendarValue::PartialDateTime(dt) => dt.to_date_time().map(|d| (d, entry.tz_id())),
                    _ => None,
                });
                if entry.name == ICalendarProperty::Rdate {
                    rdates.extend(dates);
                } else {
                    exdates.extend(dates);
                }
            }
            (ICalendarProperty::Status, Some(ICalendarValue::Status(ICalendarStatus::Cancelled)))
            | (ICalendarProperty::Transp, Some(ICalendarValue::Transparency(ICalendarTransparency::Transparent))) => {
                free = true;
            }
            (ICalendarProperty::Attendee, _) => {
                let declined = entry.params.iter().any(|p| {
                    p.name == ICalendarParameterName::Partstat
                        && p.value == ICalendarParameterValue::Partstat(ICalendarParticipationStatus::Declined)
                });
                let theirs = entry
                    .calendar_address()
                    .is_some_and(|a| reading.owners.iter().any(|o| o.eq_ignore_ascii_case(a)));
                free |= declined && theirs;
            }
            _ => {}
        }
    }
    let (start, timed, start_tzid) = start.or_else(|| {
        recurrence_id
            .as_ref()
            .map(|(v, tzid): &(DateTimeResult, Option<&str>)| (v.clone(), true, *tzid))
    })?;
    // The zone the start's wall time is in: its own offset, its TZID, or the host's.
    let frame = match start.offset {
        Some(offset) if offset.local_minus_utc() == 0 => Tz::UTC,
        Some(offset) => Tz::Fixed(offset),
        None if !timed => Tz::from(reading.zone),
        None => zones.zone(start_tzid),
    };
    let length = if timed {
        let first = localize(frame, start.date_time)?;
        match (&end, duration) {
            (Some((end, tzid)), _) => Length::Exact(instant(end, zones.zone(tzid.or(start_tzid)))? - first),
            (None, Some(duration)) => Length::Exact(duration),
            // A date-time start alone lasts no time (RFC 5545, 3.6.1): it blocks nothing.
            (None, None) => Length::Exact(TimeDelta::zero()),
        }
    } else {
        if !reading.all_day_busy {
            free = true;
        }
        let days = match (&end, duration) {
            (Some((end, _)), _) => (end.date_time.date() - start.date_time.date()).num_days(),
            (None, Some(duration)) => duration.num_days(),
            (None, None) => 1,
        };
        Length::Days(days)
    };
    let wall = if timed {
        start.date_time
    } else {
        start.date_time.date().and_time(NaiveTime::MIN)
    };
    let dates = |dates: Vec<(DateTimeResult, Option<&str>)>| {
        dates
            .into_iter()
            .filter_map(|(value, tzid)| {
                if timed || value.offset.is_some() {
                    instant(&value, tzid.map_or(frame, |t| zones.zone(Some(t))))
                } else {
                    localize(frame, value.date_time.date().and_time(NaiveTime::MIN))
                }
            })
            .collect::<Vec<_>>()
    };
    let recurrence_id = match recurrence_id {
        Some(id) => Some(dates(vec![id]).into_iter().next()?),
        None => None,
    };
    Some(Event {
        uid,
        title,
        start: wall,
        frame,
        length,
        rule,
        rdates: dates(rdates),
        exdates: dates(exdates).into_iter().collect(),
        recurrence_id,
        free,
    })
}

/// The starts of a series' occurrences that can overlap the window (the rule's and the
/// `RDATE`s), or `None` when its rule cannot be read.
fn occurrences(event: &Event<'_>, reading: &Reading<'_>) -> Option<Vec<DateTime<Utc>>> {
    let rule = event.rule?;
    // The rule is expanded on wall times (as if they were UTC), then each wall time is placed
    // in the event's zone, so a 09:00 meeting stays at 09:00 across DST changes. UNTIL is
    // applied here, on instants, since its zone may differ from the start's.
    let until = rule.until.as_ref().and_then(|u| {
        let value = u.to_date_time()?;
        if u.has_time() {
            instant(&value, event.frame)
        } else {
            localize(event.frame, value.date_time.date().and_time(NaiveTime::MIN))
                .map(|t| t + TimeDelta::days(1) - TimeDelta::seconds(1))
        }
    });
    let mut without_until = rule.clone();
    without_until.until = None;
    // Wall times span up to a day either side of UTC; an occurrence may start before the
    // window and still run into it.
    let margin = TimeDelta::days(2)
        + match event.length {
            Length::Exact(length) => length.max(TimeDelta::zero()),
            Length::Days(days) => TimeDelta::try_days(days.max(0))?,
        };
    let first = (reading.from - margin).naive_utc();
    let last = (reading.until + TimeDelta::days(2)).naive_utc();
    let start = expansion_start(rule, event.start, first, last)?;
    let text = format!("DTSTART:{}Z\nRRULE:{}", start.format("%Y%m%dT%H%M%S"), without_until);
    let set: rrule::RRuleSet = text.parse().ok()?;
    let after = rrule::Tz::UTC.from_utc_datetime(&first);
    let before = rrule::Tz::UTC.from_utc_datetime(&last);
    let expanded = set.after(after).before(before).all(u16::MAX);
    let mut starts: Vec<DateTime<Utc>> = expanded
        .dates
        .iter()
        .filter_map(|wall| localize(event.frame, wall.naive_utc()))
        .filter(|start| until.is_none_or(|until| *start <= until))
        .collect();
    starts.extend(event.rdates.iter().copied());
    starts.sort_unstable();
    starts.dedup();
    Some(starts)
}
