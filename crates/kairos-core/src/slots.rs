//! Free slots: the times an event type can be booked, computed from working hours, buffers,
//! notice, horizon, daily limits, existing bookings and busy blocks.
//!
//! Slot starts lie on a grid anchored at the start of each working interval (09:00, 09:30, …
//! for a 30-minute step), so times stay round after a busy block ends at an odd minute. A
//! slot's meeting must lie inside working hours; its buffers only keep it away from other
//! busy time. Three kinds of event share one engine:
//!
//! * **single** — one host;
//! * **collective** — every host must be free, so working hours are intersected and busy
//!   time is united before the grid is laid;
//! * **round robin** — any host will do, so each host's slots are computed and merged,
//!   remembering which hosts could take each one.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use crate::availability::Availability;
use crate::interval::{Interval, intersect, normalize, subtract};

/// How hosts combine in an event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostMode {
    Single,
    Collective,
    RoundRobin,
}

/// The booking rules of an event type, already validated (positive duration and step).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotRules {
    pub duration: TimeDelta,
    pub step: TimeDelta,
    pub buffer_before: TimeDelta,
    pub buffer_after: TimeDelta,
    pub min_notice: TimeDelta,
    /// How many calendar days ahead (in the host's zone) can be booked; today counts as 0.
    pub horizon_days: u32,
    /// Most bookings of this event type a host takes on one local calendar day.
    pub max_per_day: Option<u32>,
}

/// One host's calendar as the engine needs it.
#[derive(Debug, Clone)]
pub struct HostCalendar {
    pub availability: Availability,
    /// Meetings and external busy time, in any order; they may overlap.
    pub busy: Vec<Interval>,
    /// The host's existing bookings of this event type (usually also in `busy`). They count
    /// towards the daily limit and keep the event type's buffers clear around themselves.
    pub own_bookings: Vec<Interval>,
}

/// A bookable time and the hosts (indices into the request's hosts) who would take it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub interval: Interval,
    pub hosts: Vec<usize>,
}

/// Everything one slot computation looks at.
#[derive(Debug, Clone, Copy)]
pub struct SlotQuery<'a> {
    pub rules: &'a SlotRules,
    pub kind: HostMode,
    pub hosts: &'a [HostCalendar],
    pub now: DateTime<Utc>,
}

/// Why a requested start time cannot be booked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, thiserror::Error)]
pub enum Unavailable {
    #[error("the event type has no hosts")]
    NoHosts,
    #[error("the time is in the past")]
    InPast,
    #[error("the time is sooner than the event type's minimum notice")]
    TooSoon,
    #[error("the time is further ahead than the event type's booking horizon")]
    BeyondHorizon,
    #[error("the time is outside the host's working hours")]
    OutsideWorkingHours,
    #[error("the host already has a booking or busy time then")]
    Taken,
    #[error("the time is too close to another event (buffer time)")]
    InsideBuffer,
    #[error("the host's bookings for that day are full")]
    DayFull,
    #[error("the time is not one of the offered slot starts")]
    OffGrid,
}

impl<'a> SlotQuery<'a> {
    /// All slots whose start lies in `range`, sorted by start, distinct.
    #[must_use]
    pub fn slots(&self, range: Interval) -> Vec<Slot> {
        let Some(window) = self.start_window(range) else {
            return Vec::new();
        };
        match self.kind {
            HostMode::Single | HostMode::Collective => {
                let all: Vec<usize> = (0..self.hosts.len()).collect();
                self.together(&all, window)
                    .into_iter()
                    .map(|interval| Slot {
                        interval,
                        hosts: all.clone(),
                    })
                    .collect()
            }
            HostMode::RoundRobin => {
                let mut merged: BTreeMap<Interval, Vec<usize>> = BTreeMap::new();
                for host in 0..self.hosts.len() {
                    for interval in self.together(&[host], window) {
                        merged.entry(interval).or_default().push(host);
                    }
                }
                merged
                    .into_iter()
                    .map(|(interval, hosts)| Slot { interval, hosts })
                    .collect()
            }
        }
    }

    /// Until when `slots`, this query's answer for `range`, stays the answer as time passes
    /// and the calendars do not change: until its first slot falls inside the minimum notice,
    /// or, when the booking horizon cuts the range short, until the horizon moves on by a day
    /// (at the next midnight of a host's zone) and may uncover more. `None`: for as long as
    /// the calendars stay as they are. Time changes nothing else: slot starts lie on grids
    /// anchored at working intervals, never at `now`.
    #[must_use]
    pub fn unchanged_until(&self, range: Interval, slots: &[Slot]) -> Option<DateTime<Utc>> {
        let first_too_soon = slots.iter().map(|s| s.interval.start() - self.rules.min_notice).min();
        let horizon_moves = (!self.hosts.is_empty() && range.end() > self.horizon_end())
            .then(|| {
                self.hosts
                    .iter()
                    .filter_map(|host| {
                        let zone = host.availability.zone;
                        Some(zone.start_of_day(zone.local_date(self.now).succ_opt()?))
                    })
                    .min()
            })
            .flatten();
        [first_too_soon, horizon_moves].into_iter().flatten().min()
    }

    /// The hosts who could take a meeting starting at `start`, or the reason none can.
    pub fn check(&self, start: DateTime<Utc>) -> Result<Vec<usize>, Unavailable> {
        if self.hosts.is_empty() {
            return Err(Unavailable::NoHosts);
        }
        if start < self.now {
            return Err(Unavailable::InPast);
        }
        if start < self.now + self.rules.min_notice {
            return Err(Unavailable::TooSoon);
        }
        if start >= self.horizon_end() {
            return Err(Unavailable::BeyondHorizon);
        }
        let probe = Interval::new(start, start + TimeDelta::seconds(1)).ok_or(Unavailable::InPast)?;
        if let Some(slot) = self.slots(probe).into_iter().find(|s| s.interval.start() == start) {
            return Ok(slot.hosts);
        }
        Err(self.diagnose(start))
    }

    /// The most helpful reason a start time was not offered: for several hosts who must all
    /// be free, the most basic problem any of them has; for any-of hosts, the problem of the
    /// one that came closest.
    fn diagnose(&self, start: DateTime<Utc>) -> Unavailable {
        let Some(meeting) = Interval::starting_at(start, self.rules.duration) else {
            return Unavailable::OffGrid;
        };
        let reasons = self.hosts.iter().map(|host| self.host_problem(host, meeting));
        let problem = match self.kind {
            HostMode::Single | HostMode::Collective => reasons.flatten().min(),
            HostMode::RoundRobin => reasons.map(|r| r.unwrap_or(Unavailable::OffGrid)).max(),
        };
        problem.unwrap_or(Unavailable::OffGrid)
    }

    fn host_problem(&self, host: &HostCalendar, meeting: Interval) -> Option<Unavailable> {
        let working = host.availability.working_intervals(meeting);
        if !working.iter().any(|w| w.contains(&meeting)) {
            return Some(Unavailable::OutsideWorkingHours);
        }
        if host.busy.iter().chain(&host.own_bookings).any(|b| b.overlaps(&meeting)) {
            return Some(Unavailable::Taken);
        }
        let padded = meeting.widened(self.rules.buffer_before, self.rules.buffer_after);
        let in_own_buffer = host
            .own_bookings
            .iter()
            .any(|own| self.buffer_zone(own).overlaps(&meeting));
        if host.busy.iter().chain(&host.own_bookings).any(|b| b.overlaps(&padded)) || in_own_buffer {
            return Some(Unavailable::InsideBuffer);
        }
        if self.day_full(host, meeting.start()) {
            return Some(Unavailable::DayFull);
        }
        None
    }

    /// The instants where a slot may start: inside `range`, after the notice, before the horizon.
    fn start_window(&self, range: Interval) -> Option<Interval> {
        let earliest = range.start().max(self.now + self.rules.min_notice);
        let latest = range.end().min(self.horizon_end());
        Interval::new(earliest, latest)
    }

    /// The end of the last bookable day: the horizon is counted in calendar days of each
    /// host's zone, and the earliest end wins when hosts are in different zones.
    fn horizon_end(&self) -> DateTime<Utc> {
        let days = u64::from(self.rules.horizon_days) + 1;
        self.hosts
            .iter()
            .filter_map(|host| {
                let zone = host.availability.zone;
                let last = zone.local_date(self.now).checked_add_days(chrono::Days::new(days))?;
                Some(zone.start_of_day(last))
            })
            .min()
            .unwrap_or(self.now)
    }

    /// Slots at which every host in `members` is free, with starts inside `window`.
    fn together(&self, members: &[usize], window: Interval) -> Vec<Interval> {
        let rules = self.rules;
        // Working intervals reaching into the window; the meeting may run past its end.
        let Some(reach) = Interval::new(window.start(), window.end() + rules.duration) else {
            return Vec::new();
        };
        let mut working: Option<Vec<Interval>> = None;
        let mut busy = Vec::new();
        let margin = rules.buffer_before.max(rules.buffer_after);
        for &index in members {
            let host = &self.hosts[index];
            let own = host.availability.working_intervals(reach);
            working = Some(match working {
                None => own,
                Some(common) => intersect(&common, &own),
            });
            // A slot [s, e) must keep [s − before, e + after) clear of busy time, which is
            // the same as keeping [s, e) clear of busy time widened the other way round.
            let near = |b: &&Interval| b.end() + margin > reach.start() && b.start() - margin < reach.end();
            busy.extend(
                host.busy
                    .iter()
                    .filter(near)
                    .map(|b| b.widened(rules.buffer_after, rules.buffer_before)),
            );
            // A booking of this event type is busy time that also keeps its own buffers clear:
            // the slot must stay out of [start − before, end + after) of it, too. The union of
            // both is the booking widened by the larger buffer on each side.
            busy.extend(host.own_bookings.iter().filter(near).map(|b| b.widened(margin, margin)));
        }
        let busy = normalize(busy);
        let day_counts: Vec<HashMap<NaiveDate, u32>> = match rules.max_per_day {
            Some(_) => members.iter().map(|&i| self.daily_counts(&self.hosts[i])).collect(),
            None => Vec::new(),
        };
        let day_full = |start: DateTime<Utc>| {
            rules.max_per_day.is_some_and(|max| {
                members.iter().zip(&day_counts).any(|(&i, counts)| {
                    let date = self.hosts[i].availability.zone.local_date(start);
                    counts.get(&date).copied().unwrap_or(0) >= max
                })
            })
        };

        let mut slots = Vec::new();
        for work in working.unwrap_or_default() {
            for free in subtract(&[work], &busy) {
                lay_grid(work.start(), free, window, rules, &mut slots, &day_full);
            }
        }
        slots.dedup();
        slots
    }

    fn daily_counts(&self, host: &HostCalendar) -> HashMap<NaiveDate, u32> {
        let mut counts = HashMap::new();
        for booking in &host.own_bookings {
            *counts
                .entry(host.availability.zone.local_date(booking.start()))
                .or_insert(0) += 1;
        }
        counts
    }

    /// A booking of this event type with its buffers: no other meeting may overlap it.
    fn buffer_zone(&self, booking: &Interval) -> Interval {
        booking.widened(self.rules.buffer_before, self.rules.buffer_after)
    }

    fn day_full(&self, host: &HostCalendar, start: DateTime<Utc>) -> bool {
        self.rules.max_per_day.is_some_and(|max| {
            let date = host.availability.zone.local_date(start);
            self.daily_counts(host).get(&date).copied().unwrap_or(0) >= max
        })
    }
}

/// Pushes every grid point `anchor + k·step` whose meeting fits in `free` and whose start lies
/// in `window`.
fn lay_grid(
    anchor: DateTime<Utc>,
    free: Interval,
    window: Interval,
    rules: &SlotRules,
    out: &mut Vec<Interval>,
    day_full: &impl Fn(DateTime<Utc>) -> bool,
) {
    let step = rules.step.num_seconds().max(1);
    let from = free.start().max(window.start());
    let offset = (from - anchor).num_seconds().max(0);
    let k = (offset + step - 1) / step;
    let mut start = anchor + TimeDelta::seconds(k * step);
    while start < window.end() {
        let end = start + rules.duration;
        if end > free.end() {
            break;
        }
        if !day_full(start)
            && let Some(slot) = Interval::new(start, end)
        {
            out.push(slot);
        }
        start += TimeDelta::seconds(step);
    }
}

/// Picks the host with the fewest bookings among `eligible`; ties go to the earliest listed.
#[must_use]
pub fn least_booked(eligible: &[usize], bookings: &[u32]) -> Option<usize> {
    eligible
        .iter()
        .copied()
        .min_by_key(|&host| (bookings.get(host).copied().unwrap_or(0), host))
}
