//! A host's working hours in wall-clock time: weekly rules, date overrides, and their
//! conversion into UTC working intervals for any window of instants.
//!
//! Rules stay in wall-clock minutes until the last moment so that "09:00–17:00" means
//! 09:00–17:00 local on both sides of a DST change; [`crate::zone::resolve`] makes the one
//! explicit decision about gaps and folds.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime, TimeDelta};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::interval::Interval;
use crate::zone::{Edge, Zone, resolve};

const MINUTES_PER_DAY: u16 = 24 * 60;

/// Why a piece of availability was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AvailabilityError {
    #[error("`{0}` is not a time of day; use HH:MM between 00:00 and 24:00")]
    BadTime(String),
    #[error("an interval must end after it starts ({start}–{end})")]
    Inverted { start: String, end: String },
}

/// A wall-clock interval within one day, in minutes after midnight: `start < end ≤ 1440`.
/// An end of 24:00 (1440) is the following midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalSpan {
    start: u16,
    end: u16,
}

impl LocalSpan {
    pub fn new(start_minute: u16, end_minute: u16) -> Result<Self, AvailabilityError> {
        if end_minute > MINUTES_PER_DAY || start_minute >= end_minute {
            return Err(AvailabilityError::Inverted {
                start: format_minute(start_minute),
                end: format_minute(end_minute),
            });
        }
        Ok(Self {
            start: start_minute,
            end: end_minute,
        })
    }

    /// Parses `"09:00"`–`"17:30"`; `"24:00"` is accepted as an end.
    pub fn parse(start: &str, end: &str) -> Result<Self, AvailabilityError> {
        Self::new(parse_minute(start)?, parse_minute(end)?)
    }

    #[must_use]
    pub fn start_minute(&self) -> u16 {
        self.start
    }

    #[must_use]
    pub fn end_minute(&self) -> u16 {
        self.end
    }

    /// The UTC interval this span covers on `date` in `zone`, or `None` when a DST gap
    /// swallows it entirely.
    #[must_use]
    pub fn on(&self, date: NaiveDate, zone: Zone) -> Option<Interval> {
        let at = |minute: u16| date.and_time(NaiveTime::MIN) + TimeDelta::minutes(i64::from(minute));
        let start = resolve(zone.tz(), at(self.start), Edge::Start);
        let end = resolve(zone.tz(), at(self.end), Edge::End);
        Interval::new(start, end)
    }
}

impl fmt::Display for LocalSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", format_minute(self.start), format_minute(self.end))
    }
}

/// The minute of the day of a wall-clock time (seconds are ignored).
#[must_use]
pub fn minute_of(time: NaiveTime) -> u16 {
    use chrono::Timelike;
    // Hour < 24 and minute < 60, so this fits in u16.
    u16::try_from(time.hour() * 60 + time.minute()).unwrap_or(0)
}

fn parse_minute(text: &str) -> Result<u16, AvailabilityError> {
    let bad = || AvailabilityError::BadTime(text.to_owned());
    let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if h.is_empty() || h.len() > 2 || m.len() != 2 || !digits(h) || !digits(m) {
        return Err(bad());
    }
    let h: u16 = h.parse().map_err(|_| bad())?;
    let m: u16 = m.parse().map_err(|_| bad())?;
    if m >= 60 || h > 24 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

#[must_use]
pub fn format_minute(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Serialized as `{"start": "09:00", "end": "17:00"}`.
impl Serialize for LocalSpan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        SpanText {
            start: format_minute(self.start),
            end: format_minute(self.end),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for LocalSpan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = SpanText::deserialize(d)?;
        LocalSpan::parse(&text.start, &text.end).map_err(serde::de::Error::custom)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpanText {
    start: String,
    end: String,
}

/// Sorts spans and merges those that overlap or touch.
#[must_use]
pub fn normalize_spans(mut spans: Vec<LocalSpan>) -> Vec<LocalSpan> {
    spans.sort_unstable();
    let mut merged: Vec<LocalSpan> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// Working hours for each weekday, Monday first; several spans a day are allowed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeeklyHours {
    days: [Vec<LocalSpan>; 7],
}

impl WeeklyHours {
    /// Builds the week from spans per weekday (index 0 = Monday), normalizing each day.
    #[must_use]
    pub fn new(days: [Vec<LocalSpan>; 7]) -> Self {
        Self {
            days: days.map(normalize_spans),
        }
    }

    /// The same spans Monday to Friday, weekends off.
    #[must_use]
    pub fn weekdays(spans: &[LocalSpan]) -> Self {
        let mut days: [Vec<LocalSpan>; 7] = Default::default();
        for day in days.iter_mut().take(5) {
            *day = spans.to_vec();
        }
        Self::new(days)
    }

    #[must_use]
    pub fn on(&self, weekday: chrono::Weekday) -> &[LocalSpan] {
        &self.days[weekday.num_days_from_monday() as usize]
    }

    #[must_use]
    pub fn days(&self) -> &[Vec<LocalSpan>; 7] {
        &self.days
    }
}

/// When a host can be booked: weekly hours in their zone, with per-date overrides.
/// An override with no spans is a day off; otherwise its spans replace that day's hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Availability {
    pub zone: Zone,
    pub weekly: WeeklyHours,
    pub overrides: BTreeMap<NaiveDate, Vec<LocalSpan>>,
}

impl Availability {
    #[must_use]
    pub fn new(zone: Zone, weekly: WeeklyHours) -> Self {
        Self {
            zone,
            weekly,
            overrides: BTreeMap::new(),
        }
    }

    /// Adds or replaces the override for `date` (no spans: the day off).
    pub fn set_override(&mut self, date: NaiveDate, spans: Vec<LocalSpan>) {
        self.overrides.insert(date, normalize_spans(spans));
    }

    /// The wall-clock spans that apply on a calendar date.
    #[must_use]
    pub fn spans_on(&self, date: NaiveDate) -> &[LocalSpan] {
        self.overrides
            .get(&date)
            .map_or_else(|| self.weekly.on(date.weekday()), Vec::as_slice)
    }

    /// The working intervals of every local date that overlaps `window`, in order, each one
    /// whole (not clipped to the window) so that slot grids stay anchored to where the
    /// working hours begin. Intervals of consecutive days are kept apart even when they touch;
    /// spans whose instants overlap (in a DST fold a span's start can come before the previous
    /// span's end) are one interval, anchored where the first begins.
    #[must_use]
    pub fn working_intervals(&self, window: Interval) -> Vec<Interval> {
        let first = self.zone.local_date(window.start()).pred_opt();
        let last = self.zone.local_date(window.end()).succ_opt();
        let (Some(first), Some(last)) = (first, last) else {
            return Vec::new();
        };
        let mut out: Vec<Interval> = Vec::new();
        for date in first.iter_days().take_while(|d| *d <= last) {
            for span in self.spans_on(date) {
                let Some(interval) = span.on(date, self.zone) else {
                    continue;
                };
                // Merge before looking at the window, so that every window sees the same
                // intervals (and so the same grid anchors) and no span is lost in a fold.
                match out.last_mut() {
                    Some(prev) if interval.start() < prev.end() => {
                        if let Some(merged) = Interval::new(prev.start(), prev.end().max(interval.end())) {
                            *prev = merged;
                        }
                    }
                    _ => out.push(interval),
                }
            }
        }
        out.retain(|interval| interval.overlaps(&window));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_times_and_rejects_nonsense() {
        assert_eq!(
            LocalSpan::parse("09:00", "17:30").map(|s| s.to_string()).as_deref(),
            Ok("09:00–17:30")
        );
        assert!(LocalSpan::parse("00:00", "24:00").is_ok());
        for (a, b) in [
            ("9", "10:00"),
            ("25:00", "26:00"),
            ("10:00", "09:00"),
            ("10:60", "11:00"),
            ("24:00", "24:00"),
            ("x", "y"),
        ] {
            assert!(LocalSpan::parse(a, b).is_err(), "{a}–{b} should be refused");
        }
    }

    #[test]
    fn spans_merge_within_a_day() {
        let spans = vec![
            LocalSpan::parse("13:00", "17:00").expect("span"),
            LocalSpan::parse("09:00", "12:00").expect("span"),
            LocalSpan::parse("11:00", "13:00").expect("span"),
        ];
        assert_eq!(
            normalize_spans(spans),
            vec![LocalSpan::parse("09:00", "17:00").expect("span")]
        );
    }
}
