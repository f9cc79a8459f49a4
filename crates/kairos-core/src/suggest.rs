//! Meeting times for the assistant to propose: every start where all participants are free for
//! the whole meeting and that the request allows, ranked so the best ones keep calendars whole.
//!
//! What the request states (its window, time of day, days to avoid) is a filter: a time outside
//! it is never proposed. Among the times left, fewer fragmented gaps come first (a meeting that
//! leaves 10 useless minutes before the next one is worse than one that touches it or leaves a
//! usable half hour), then more distance from other meetings (up to [`ENOUGH_DISTANCE`]), then
//! the earlier time.

use chrono::{DateTime, Datelike, NaiveTime, TimeDelta, Timelike, Utc};
use chrono_tz::Tz;

use crate::intent::{Avoid, PartOfDay, TimeOfDay, Window};
use crate::interval::Interval;

/// A gap shorter than this, left between a proposal and the next busy time or the end of the
/// free time, is a fragment: too short to be of use.
pub const FRAGMENT: TimeDelta = TimeDelta::minutes(30);
/// Distance from other meetings counts up to this much; further is not better.
pub const ENOUGH_DISTANCE: TimeDelta = TimeDelta::hours(2);

/// Where to look.
#[derive(Debug, Clone, Copy)]
pub struct Search<'a> {
    /// Time when every participant is free (working hours minus meetings), sorted and disjoint.
    pub free: &'a [Interval],
    /// The participants' meetings and busy blocks, in any order.
    pub busy: &'a [Interval],
    pub duration: TimeDelta,
    /// Starts fall on multiples of this on the clock (e.g. every 15 minutes).
    pub step: TimeDelta,
    /// Nothing starts before this instant.
    pub not_before: DateTime<Utc>,
}

/// What the request allows, on the wall clock of `zone`.
#[derive(Debug, Clone, Copy)]
pub struct Preferences<'a> {
    pub window: Option<Window>,
    pub avoid: &'a [Avoid],
    pub zone: Tz,
}

/// A time that could be proposed, with what ranked it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub interval: Interval,
    /// Gaps under [`FRAGMENT`] the meeting would leave on either side (0–2).
    pub fragments: u8,
    /// Time to the nearest other meeting of any participant; `None` when there is none that day
    /// or nearer than [`ENOUGH_DISTANCE`].
    pub distance: Option<TimeDelta>,
}

impl Preferences<'_> {
    /// True when `interval` lies inside the window's dates and time of day and on no avoided day.
    #[must_use]
    pub fn allows(&self, interval: Interval) -> bool {
        let start = interval.start().with_timezone(&self.zone).naive_local();
        let last = (interval.end() - TimeDelta::nanoseconds(1))
            .with_timezone(&self.zone)
            .naive_local();
        if let Some(window) = self.window {
            if start.date() < window.start || last.date() > window.end {
                return false;
            }
            if let Some(time) = window.time
                && (last.date() != start.date() || !time_allows(time, start.time(), last.time()))
            {
                return false;
            }
        }
        !self.avoid.iter().any(|avoid| {
            avoid.weekday.is_none_or(|day| day == start.date().weekday())
                && avoid
                    .part
                    .is_none_or(|part| overlaps_part(part, start.time(), last.time()))
        })
    }
}

fn time_allows(time: TimeOfDay, start: NaiveTime, last: NaiveTime) -> bool {
    let ends_by = |bound: NaiveTime| last < bound;
    match time {
        TimeOfDay::At(at) => start == at,
        TimeOfDay::Part(part) => {
            let (from, to) = part.hours();
            start >= from && ends_by(to)
        }
        TimeOfDay::Between(from, to) => start >= from && ends_by(to),
        TimeOfDay::Before(to) => ends_by(to),
        TimeOfDay::After(from) => start >= from,
    }
}

fn overlaps_part(part: PartOfDay, start: NaiveTime, last: NaiveTime) -> bool {
    let (from, to) = part.hours();
    start < to && last >= from
}

/// Every start on the step grid where the meeting fits in the free time, is allowed by the
/// preferences and starts no earlier than `not_before`, ranked best first.
#[must_use]
pub fn candidates(search: &Search<'_>, preferences: &Preferences<'_>) -> Vec<Candidate> {
    let step = search.step.max(TimeDelta::minutes(1));
    let mut out = Vec::new();
    for free in search.free {
        let mut start = align_up(free.start().max(search.not_before), step);
        while let Some(interval) = Interval::starting_at(start, search.duration) {
            if interval.end() > free.end() {
                break;
            }
            if preferences.allows(interval) {
                out.push(Candidate {
                    interval,
                    fragments: fragments(*free, interval),
                    distance: distance(search.busy, interval),
                });
            }
            start += step;
        }
    }
    out.sort_by_key(rank_key);
    out
}

/// Picked proposals start at least this far from the end or start of another, so the choice
/// offered is a real choice rather than the same time shifted by a quarter hour.
pub const SPREAD: TimeDelta = TimeDelta::minutes(30);

/// Up to `n` of the ranked candidates, none within [`SPREAD`] of another and at most `per_day`
/// on one UTC day.
#[must_use]
pub fn pick(ranked: &[Candidate], n: usize, per_day: usize) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(n);
    for candidate in ranked {
        if out.len() == n {
            break;
        }
        let day = candidate.interval.start().date_naive();
        let same_day = out.iter().filter(|c| c.interval.start().date_naive() == day).count();
        let near = |c: &Candidate| c.interval.widened(SPREAD, SPREAD).overlaps(&candidate.interval);
        if same_day < per_day && !out.iter().any(near) {
            out.push(*candidate);
        }
    }
    out
}

fn rank_key(c: &Candidate) -> (u8, std::cmp::Reverse<TimeDelta>, DateTime<Utc>) {
    let distance = c.distance.unwrap_or(ENOUGH_DISTANCE).min(ENOUGH_DISTANCE);
    (c.fragments, std::cmp::Reverse(distance), c.interval.start())
}

fn align_up(t: DateTime<Utc>, step: TimeDelta) -> DateTime<Utc> {
    let step_s = step.num_seconds().max(1);
    let secs = t.timestamp();
    let rem = secs.rem_euclid(step_s);
    let aligned = if rem == 0 && t.nanosecond() == 0 {
        secs
    } else {
        secs - rem + step_s
    };
    DateTime::from_timestamp(aligned, 0).unwrap_or(t)
}

fn fragments(free: Interval, meeting: Interval) -> u8 {
    let short = |gap: TimeDelta| gap > TimeDelta::zero() && gap < FRAGMENT;
    u8::from(short(meeting.start() - free.start())) + u8::from(short(free.end() - meeting.end()))
}

fn distance(busy: &[Interval], meeting: Interval) -> Option<TimeDelta> {
    busy.iter()
        .filter_map(|b| {
            if b.end() <= meeting.start() {
                Some(meeting.start() - b.end())
            } else if b.start() >= meeting.end() {
                Some(b.start() - meeting.end())
            } else {
                None
            }
        })
        .filter(|gap| *gap < ENOUGH_DISTANCE)
        .min()
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone, Weekday};

    use super::*;

    fn at(day: u32, h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, day, h, m, 0)
            .single()
            .expect("valid test data")
    }

    fn iv(day: u32, h1: u32, m1: u32, h2: u32, m2: u32) -> Interval {
        Interval::new(at(day, h1, m1), at(day, h2, m2)).expect("valid test data")
    }

    fn search<'a>(free: &'a [Interval], busy: &'a [Interval], minutes: i64) -> Search<'a> {
        Search {
            free,
            busy,
            duration: TimeDelta::minutes(minutes),
            step: TimeDelta::minutes(15),
            not_before: at(1, 0, 0),
        }
    }

    const ANY: Preferences<'static> = Preferences {
        window: None,
        avoid: &[],
        zone: chrono_tz::UTC,
    };

    #[test]
    fn every_candidate_fits_in_free_time_on_the_grid() {
        let free = [iv(1, 9, 10, 10, 0), iv(1, 13, 0, 14, 0)];
        let found = candidates(&search(&free, &[], 30), &ANY);
        let mut starts: Vec<_> = found.iter().map(|c| c.interval.start()).collect();
        starts.sort();
        assert_eq!(
            starts,
            vec![at(1, 9, 15), at(1, 9, 30), at(1, 13, 0), at(1, 13, 15), at(1, 13, 30)]
        );
    }

    #[test]
    fn a_sliver_before_the_next_meeting_ranks_below_a_clean_fit() {
        // Free 9:00–10:40 before a 10:40 meeting: 9:00 leaves 70 min (fine) but touches the
        // start of the day's free time; 10:00 leaves 10 minutes (a fragment); 10:10 touches.
        let free = [iv(1, 9, 0, 10, 40)];
        let busy = [iv(1, 10, 40, 11, 0)];
        let found = candidates(&search(&free, &busy, 30), &ANY);
        let at_ten = found
            .iter()
            .find(|c| c.interval.start() == at(1, 10, 0))
            .expect("valid test data");
        assert_eq!(at_ten.fragments, 1);
        assert_eq!(found[0].fragments, 0);
        assert_eq!(
            found[0].interval.start(),
            at(1, 9, 0),
            "furthest from the meeting first"
        );
    }

    #[test]
    fn the_window_and_part_of_day_filter_in_the_requested_zone() {
        let zone: Tz = "America/New_York".parse().expect("valid test data");
        let free = [Interval::new(at(1, 0, 0), at(3, 0, 0)).expect("valid test data")];
        let preferences = Preferences {
            window: Some(Window {
                start: NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid test data"),
                end: NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid test data"),
                time: Some(TimeOfDay::Part(PartOfDay::Afternoon)),
            }),
            avoid: &[],
            zone,
        };
        let found = candidates(&search(&free, &[], 60), &preferences);
        assert!(!found.is_empty());
        for c in &found {
            let local = c.interval.start().with_timezone(&zone);
            assert_eq!(
                local.date_naive(),
                NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid test data")
            );
            let end = c.interval.end().with_timezone(&zone);
            assert!(
                local.hour() >= 12 && (end.hour() < 17 || end.hour() == 17 && end.minute() == 0),
                "{local}"
            );
        }
    }

    #[test]
    fn avoided_days_and_parts_are_never_proposed() {
        // 2026-12-01 is a Tuesday.
        let free = [Interval::new(at(1, 8, 0), at(2, 18, 0)).expect("valid test data")];
        let avoid = [
            Avoid {
                weekday: Some(Weekday::Tue),
                part: None,
            },
            Avoid {
                weekday: None,
                part: Some(PartOfDay::Morning),
            },
        ];
        let preferences = Preferences {
            window: None,
            avoid: &avoid,
            zone: chrono_tz::UTC,
        };
        let found = candidates(&search(&free, &[], 30), &preferences);
        assert!(!found.is_empty());
        assert!(found.iter().all(|c| c.interval.start().weekday() == Weekday::Wed));
        assert!(
            found
                .iter()
                .all(|c| c.interval.start().hour() >= 12 || c.interval.end() <= at(2, 8, 0))
        );
    }

    #[test]
    fn picks_do_not_overlap_and_spread_over_days() {
        let free = [iv(1, 9, 0, 17, 0), iv(2, 9, 0, 17, 0)];
        let found = candidates(&search(&free, &[], 60), &ANY);
        let picked = pick(&found, 3, 2);
        assert_eq!(picked.len(), 3);
        for (i, a) in picked.iter().enumerate() {
            for b in &picked[i + 1..] {
                assert!(!a.interval.widened(SPREAD, SPREAD).overlaps(&b.interval), "{a:?} {b:?}");
            }
        }
        assert!(picked.iter().any(|c| c.interval.start().day() == 2));
    }

    #[test]
    fn nothing_starts_before_not_before() {
        let free = [iv(1, 9, 0, 12, 0)];
        let mut s = search(&free, &[], 30);
        s.not_before = at(1, 10, 7);
        let found = candidates(&s, &ANY);
        assert!(found.iter().all(|c| c.interval.start() >= at(1, 10, 15)));
    }
}
