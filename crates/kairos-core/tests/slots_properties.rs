//! Property tests for the slot engine: random zones, working hours, overrides, busy time, rules
//! and "now" across 2026 (so every DST gap and fold of the chosen zones is crossed), checked
//! against a brute-force reference model and against invariants that hold whatever the grid.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Days, NaiveDate, NaiveTime, Offset, TimeDelta, Utc};
use kairos_core::availability::minute_of;
use kairos_core::{
    Availability, HostCalendar, HostMode, Interval, LocalSpan, Slot, SlotQuery, SlotRules, Unavailable, WeeklyHours,
    Zone,
};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;

mod common;
use common::{CHANGES, ZONES, instant, zone};

const DAY: i64 = 86_400;

fn seconds(n: i64) -> TimeDelta {
    TimeDelta::seconds(n)
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

fn arb_zone() -> impl Strategy<Value = Zone> {
    prop::sample::select(ZONES.to_vec()).prop_map(zone)
}

prop_compose! {
    /// A span on the 15-minute grid; a quarter of them are short night spans (where DST
    /// changes happen) and an eighth run to 24:00 (where Santiago's happen).
    fn arb_span()(
        kind in 0u8..8,
        quarter in 0u16..96,
        length in 1u16..=96,
        night in 0u16..16,
        night_length in 1u16..=12,
    ) -> LocalSpan {
        let (start, end) = match kind {
            0 | 1 => (night * 15, (night + night_length) * 15),
            2 => (quarter * 15, 24 * 60),
            _ => (quarter * 15, (quarter + length).min(96) * 15),
        };
        LocalSpan::new(start, end).expect("start < end ≤ 24:00 by construction")
    }
}

fn arb_day() -> impl Strategy<Value = Vec<LocalSpan>> {
    prop::collection::vec(arb_span(), 0..=3)
}

/// One to four short spans (15 minutes to an hour) between 00:00 and 05:00 or after 22:00:
/// where every 2026 DST change of the zones above happens (Santiago's and Havana's at midnight).
fn arb_change_night() -> impl Strategy<Value = Vec<LocalSpan>> {
    let span = (prop_oneof![0u16..20, 88u16..96], 1u16..=4).prop_map(|(quarter, length)| {
        LocalSpan::new(quarter * 15, (quarter + length).min(96) * 15).expect("start < end ≤ 24:00")
    });
    prop::collection::vec(span, 1..=4)
}

/// One host's calendar, with times as fractions of the query range so that they land in it.
#[derive(Debug, Clone)]
struct HostSpec {
    week: [Vec<LocalSpan>; 7],
    overrides: Vec<(f64, Vec<LocalSpan>)>,
    busy: Vec<(f64, i64)>,
    booked: Vec<(f64, usize)>,
}

prop_compose! {
    fn arb_host()(
        week in prop::array::uniform7(arb_day()),
        overrides in prop::collection::vec((0.0f64..1.0, arb_day()), 0..4),
        busy in prop::collection::vec((0.0f64..1.0, 60i64..=4 * 3600), 0..40),
        booked in prop::collection::vec((0.0f64..1.0, 1usize..=3), 0..4),
    ) -> HostSpec {
        HostSpec { week, overrides, busy, booked }
    }
}

/// The rules, "now" and range of one query, and instants (as fractions of the range) to probe.
#[derive(Debug, Clone)]
struct Scenario {
    rules: SlotRules,
    now: DateTime<Utc>,
    range: Interval,
    probes: Vec<f64>,
}

prop_compose! {
    fn arb_rules()(
        duration in 15i64..=120,
        step in 1i64..=12,
        buffer_before in 0i64..=30,
        buffer_after in 0i64..=30,
        notice in 0i64..=48 * 60,
        horizon_days in 0u32..=90,
        max_per_day in proptest::option::of(1u32..=5),
    ) -> SlotRules {
        SlotRules {
            duration: TimeDelta::minutes(duration),
            step: TimeDelta::minutes(step * 5),
            buffer_before: TimeDelta::minutes(buffer_before),
            buffer_after: TimeDelta::minutes(buffer_after),
            min_notice: TimeDelta::minutes(notice),
            horizon_days,
            max_per_day,
        }
    }
}

/// Anywhere in 2026, or in the ten days before (and two after) one of the DST changes.
fn arb_now() -> impl Strategy<Value = DateTime<Utc>> {
    let year = instant("2026-01-01T00:00:00Z");
    prop_oneof![
        (0..365 * DAY).prop_map(move |s| year + seconds(s)),
        (prop::sample::select(CHANGES.to_vec()), -10 * DAY..2 * DAY)
            .prop_map(|(change, s)| instant(change) + seconds(s)),
    ]
}

prop_compose! {
    fn arb_scenario()(
        rules in arb_rules(),
        now in arb_now(),
        from in -2 * DAY..10 * DAY,
        length in 60..=40 * DAY,
        probes in prop::collection::vec(0.0f64..1.0, 12),
    ) -> Scenario {
        let start = now + seconds(from);
        let range = Interval::new(start, start + seconds(length)).expect("positive length");
        Scenario { rules, now, range, probes }
    }
}

prop_compose! {
    /// A query of a few days around one DST change, "now" shortly before it.
    fn arb_change_scenario()(
        rules in arb_rules(),
        change in prop::sample::select(CHANGES.to_vec()),
        before in 0..3 * DAY,
        probes in prop::collection::vec(0.0f64..1.0, 12),
    ) -> Scenario {
        let now = instant(change) - seconds(before);
        let rules = SlotRules { min_notice: TimeDelta::zero(), ..rules };
        let range = Interval::new(now - TimeDelta::days(1), now + TimeDelta::days(5)).expect("six days");
        Scenario { rules, now, range, probes }
    }
}

/// One to three hosts in zones that change offset, with night hours every day and some busy time.
fn arb_night_hosts() -> impl Strategy<Value = Vec<(Zone, HostSpec)>> {
    let dst_zones: Vec<&str> = ZONES
        .iter()
        .copied()
        .filter(|z| !["Asia/Kolkata", "UTC"].contains(z))
        .collect();
    let night_host = (
        prop::array::uniform7(arb_change_night()),
        prop::collection::vec((0.0f64..1.0, 60i64..=3600), 0..6),
        prop::collection::vec((0.0f64..1.0, 1usize..=3), 0..3),
    )
        .prop_map(|(week, busy, booked)| HostSpec {
            week,
            overrides: Vec::new(),
            busy,
            booked,
        });
    prop::collection::vec((prop::sample::select(dst_zones).prop_map(zone), night_host), 1..=3)
}

/// Up to four hosts, each in a different zone.
fn arb_hosts_in_different_zones(
    count: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = Vec<(Zone, HostSpec)>> {
    (
        prop::sample::subsequence(ZONES.to_vec(), count).prop_shuffle(),
        prop::collection::vec(arb_host(), 4),
    )
        .prop_map(|(names, specs)| names.into_iter().map(zone).zip(specs).collect())
}

/// Two to four hosts whose zones may repeat (round robin pools often share a zone).
fn arb_pool() -> impl Strategy<Value = Vec<(Zone, HostSpec)>> {
    prop::collection::vec((arb_zone(), arb_host()), 2..=4)
}

/// The point `fraction` of the way through `range` widened by a day on each side.
fn around(range: Interval, fraction: f64) -> DateTime<Utc> {
    let length = (range.duration() + TimeDelta::days(2)).num_seconds();
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    let offset = (length as f64 * fraction) as i64;
    range.start() - TimeDelta::days(1) + seconds(offset)
}

fn calendar(zone: Zone, spec: &HostSpec, range: Interval) -> HostCalendar {
    let mut availability = Availability::new(zone, WeeklyHours::new(spec.week.clone()));
    for (fraction, spans) in &spec.overrides {
        let date = zone.local_date(around(range, *fraction));
        availability.set_override(date, spans.clone());
    }
    let busy = spec
        .busy
        .iter()
        .map(|&(fraction, length)| {
            Interval::starting_at(around(range, fraction), seconds(length)).expect("positive length")
        })
        .collect();
    let own_bookings = spec
        .booked
        .iter()
        .flat_map(|&(fraction, copies)| {
            let booking = Interval::starting_at(around(range, fraction), TimeDelta::minutes(30)).expect("positive");
            std::iter::repeat_n(booking, copies)
        })
        .collect();
    HostCalendar {
        availability,
        busy,
        own_bookings,
    }
}

fn calendars(hosts: &[(Zone, HostSpec)], range: Interval) -> Vec<HostCalendar> {
    hosts.iter().map(|(zone, spec)| calendar(*zone, spec, range)).collect()
}

// ---------------------------------------------------------------------------------------------
// Reference model: slow, obvious, and independent of the engine's interval algebra
// ---------------------------------------------------------------------------------------------

fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let shifted = if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    shifted.expect("dates near 2026")
}

/// A host's working time between two dates, computed day by day with no window in sight: each
/// span's interval by the zone's gap/fold policy; spans whose instants overlap (a DST fold can
/// do that) form one stretch anchored where the first begins; stretches that only touch (one
/// day's 24:00 and the next day's 00:00) stay apart.
fn stretches(availability: &Availability, from: NaiveDate, to: NaiveDate) -> Vec<Interval> {
    let mut out: Vec<Interval> = Vec::new();
    for date in from.iter_days().take_while(|d| *d <= to) {
        for span in availability.spans_on(date) {
            let Some(piece) = span.on(date, availability.zone) else {
                continue;
            };
            match out.last_mut() {
                Some(last) if piece.start() < last.end() => {
                    assert!(piece.start() >= last.start(), "span starts are monotonic");
                    *last = Interval::new(last.start(), last.end().max(piece.end())).expect("non-empty");
                }
                _ => out.push(piece),
            }
        }
    }
    out
}

/// Stretches of a host covering every meeting that could touch `window`.
fn stretches_near(availability: &Availability, window: Interval, duration: TimeDelta) -> Vec<Interval> {
    let zone = availability.zone;
    let from = add_days(zone.local_date(window.start()), -2);
    let to = add_days(zone.local_date(window.end() + duration), 2);
    stretches(availability, from, to)
}

/// The end of the bookable days: `horizon_days` whole local days after today, in every zone.
fn horizon_end(query: &SlotQuery<'_>) -> DateTime<Utc> {
    let days = u64::from(query.rules.horizon_days) + 1;
    query
        .hosts
        .iter()
        .map(|host| {
            let zone = host.availability.zone;
            let last = zone
                .local_date(query.now)
                .checked_add_days(Days::new(days))
                .expect("near 2026");
            zone.start_of_day(last)
        })
        .min()
        .unwrap_or(query.now)
}

fn start_window(query: &SlotQuery<'_>, range: Interval) -> Option<Interval> {
    Interval::new(
        range.start().max(query.now + query.rules.min_notice),
        range.end().min(horizon_end(query)),
    )
}

fn padded(rules: &SlotRules, meeting: Interval) -> Interval {
    meeting.widened(rules.buffer_before, rules.buffer_after)
}

/// Whether the meeting and an existing booking of the event type come closer than either's
/// buffers allow.
fn in_own_buffers(rules: &SlotRules, host: &HostCalendar, meeting: Interval) -> bool {
    let clear = padded(rules, meeting);
    host.own_bookings
        .iter()
        .any(|own| own.overlaps(&clear) || padded(rules, *own).overlaps(&meeting))
}

/// The host's local dates that already hold `max_per_day` bookings.
fn full_days(rules: &SlotRules, host: &HostCalendar) -> BTreeSet<NaiveDate> {
    let Some(max) = rules.max_per_day else {
        return BTreeSet::new();
    };
    let zone = host.availability.zone;
    let mut counts: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    for booking in &host.own_bookings {
        *counts.entry(zone.local_date(booking.start())).or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= max)
        .map(|(date, _)| date)
        .collect()
}

fn day_full(full: &BTreeSet<NaiveDate>, host: &HostCalendar, start: DateTime<Utc>) -> bool {
    !full.is_empty() && full.contains(&host.availability.zone.local_date(start))
}

/// Starts at which every host of `members` can take the meeting, by walking every grid point.
fn reference_together(query: &SlotQuery<'_>, members: &[usize], window: Interval) -> BTreeSet<DateTime<Utc>> {
    let rules = query.rules;
    let mut common: Option<Vec<Interval>> = None;
    for &index in members {
        let own = stretches_near(&query.hosts[index].availability, window, rules.duration);
        common = Some(match common {
            None => own,
            Some(previous) => {
                let mut both: Vec<Interval> = previous
                    .iter()
                    .flat_map(|a| own.iter().filter_map(|b| a.intersection(b)))
                    .collect();
                both.sort();
                both
            }
        });
    }
    let full: Vec<BTreeSet<NaiveDate>> = members.iter().map(|&i| full_days(rules, &query.hosts[i])).collect();
    let mut starts = BTreeSet::new();
    for stretch in common.unwrap_or_default() {
        let mut start = stretch.start();
        while start + rules.duration <= stretch.end() {
            let free = || {
                let meeting = Interval::starting_at(start, rules.duration).expect("positive duration");
                let clear = padded(rules, meeting);
                members.iter().zip(&full).all(|(&i, full)| {
                    let host = &query.hosts[i];
                    !host.busy.iter().any(|b| b.overlaps(&clear))
                        && !in_own_buffers(rules, host, meeting)
                        && !day_full(full, host, start)
                })
            };
            if window.contains_instant(start) && free() {
                starts.insert(start);
            }
            start += rules.step;
        }
    }
    starts
}

/// What the engine should offer, as start → hosts.
fn reference_slots(query: &SlotQuery<'_>, range: Interval) -> BTreeMap<DateTime<Utc>, Vec<usize>> {
    let mut out: BTreeMap<DateTime<Utc>, Vec<usize>> = BTreeMap::new();
    let Some(window) = start_window(query, range) else {
        return out;
    };
    let all: Vec<usize> = (0..query.hosts.len()).collect();
    match query.kind {
        HostMode::Single | HostMode::Collective => {
            for start in reference_together(query, &all, window) {
                out.insert(start, all.clone());
            }
        }
        HostMode::RoundRobin => {
            for host in all {
                for start in reference_together(query, &[host], window) {
                    out.entry(start).or_default().push(host);
                }
            }
        }
    }
    out
}

/// Why the reference model would refuse a one-host meeting, in the order of [`Unavailable`].
fn reference_problem(query: &SlotQuery<'_>, host: &HostCalendar, meeting: Interval) -> Option<Unavailable> {
    let working = stretches_near(&host.availability, meeting, TimeDelta::zero());
    if !working.iter().any(|w| w.contains(&meeting)) {
        return Some(Unavailable::OutsideWorkingHours);
    }
    if host.busy.iter().chain(&host.own_bookings).any(|b| b.overlaps(&meeting)) {
        return Some(Unavailable::Taken);
    }
    let clear = padded(query.rules, meeting);
    if host.busy.iter().any(|b| b.overlaps(&clear)) || in_own_buffers(query.rules, host, meeting) {
        return Some(Unavailable::InsideBuffer);
    }
    if day_full(&full_days(query.rules, host), host, meeting.start()) {
        return Some(Unavailable::DayFull);
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

/// Overlapping intervals joined (touching ones stay apart).
fn join(mut pieces: Vec<Interval>) -> Vec<Interval> {
    pieces.sort();
    let mut joined: Vec<Interval> = Vec::new();
    for piece in pieces {
        match joined.last_mut() {
            Some(last) if piece.start() < last.end() => {
                *last = Interval::new(last.start(), last.end().max(piece.end())).expect("non-empty");
            }
            _ => joined.push(piece),
        }
    }
    joined
}

/// For each local date from `from` to `to`, where a meeting starting that day may lie, using
/// only `spans_on` and `span.on`: the union of the intervals of the spans of that date and of
/// the days either side (in a midnight fold one day's 24:00 comes after the next day's 00:00),
/// where only overlapping intervals join, never merely touching ones.
fn hours_by_date(availability: &Availability, from: NaiveDate, to: NaiveDate) -> BTreeMap<NaiveDate, Vec<Interval>> {
    let zone = availability.zone;
    let pieces =
        |d: NaiveDate| -> Vec<Interval> { availability.spans_on(d).iter().filter_map(|s| s.on(d, zone)).collect() };
    let mut out = BTreeMap::new();
    let mut yesterday = pieces(add_days(from, -1));
    let mut today = pieces(from);
    for date in from.iter_days().take_while(|d| *d <= to) {
        let tomorrow = pieces(add_days(date, 1));
        out.insert(
            date,
            join(yesterday.iter().chain(&today).chain(&tomorrow).copied().collect()),
        );
        yesterday = std::mem::replace(&mut today, tomorrow);
    }
    out
}

/// On days far from any offset change, the plain wall-clock reading: the meeting's local start
/// and end lie in one span of its local date (an end at the next midnight counts as 24:00).
/// `None` when an offset change is within a day of the meeting.
fn inside_spans_by_wall_clock(availability: &Availability, meeting: Interval) -> Option<bool> {
    let zone = availability.zone;
    let offset = |t: DateTime<Utc>| zone.local(t).offset().fix();
    let quiet = [
        meeting.start() - TimeDelta::days(1),
        meeting.end(),
        meeting.end() + TimeDelta::days(1),
    ]
    .into_iter()
    .all(|t| offset(t) == offset(meeting.start()));
    if !quiet {
        return None;
    }
    let start = zone.local(meeting.start()).naive_local();
    let end = zone.local(meeting.end()).naive_local();
    let start_minute = minute_of(start.time());
    let end_minute = if end.date() == start.date() {
        minute_of(end.time())
    } else if end.date() == add_days(start.date(), 1) && end.time() == NaiveTime::MIN {
        24 * 60
    } else {
        return Some(false);
    };
    Some(
        availability
            .spans_on(start.date())
            .iter()
            .any(|s| s.start_minute() <= start_minute && end_minute <= s.end_minute()),
    )
}

fn as_map(slots: &[Slot]) -> BTreeMap<DateTime<Utc>, Vec<usize>> {
    slots.iter().map(|s| (s.interval.start(), s.hosts.clone())).collect()
}

/// Every property of one query's answer; shared by all kinds of event.
fn verify(query: &SlotQuery<'_>, scenario: &Scenario) -> Result<Vec<Slot>, TestCaseError> {
    let rules = query.rules;
    let range = scenario.range;
    let slots = query.slots(range);

    // Exactly what the brute-force model offers.
    prop_assert_eq!(as_map(&slots), reference_slots(query, range));

    let earliest = query.now + rules.min_notice;
    let full: Vec<BTreeSet<NaiveDate>> = query.hosts.iter().map(|h| full_days(rules, h)).collect();
    let hours: Vec<BTreeMap<NaiveDate, Vec<Interval>>> = query
        .hosts
        .iter()
        .map(|h| {
            let zone = h.availability.zone;
            hours_by_date(
                &h.availability,
                zone.local_date(range.start()),
                zone.local_date(range.end()),
            )
        })
        .collect();
    for pair in slots.windows(2) {
        prop_assert!(
            pair[0].interval.start() < pair[1].interval.start(),
            "sorted and distinct"
        );
    }
    // Local dates only grow with time, so the last start is the one that could pass the horizon.
    if let Some(last) = slots.last() {
        for host in query.hosts {
            let zone = host.availability.zone;
            let last_day = add_days(zone.local_date(query.now), i64::from(rules.horizon_days));
            let start = last.interval.start();
            prop_assert!(
                zone.local_date(start) <= last_day,
                "start {} beyond the horizon in {}",
                start,
                zone
            );
        }
    }
    for slot in &slots {
        let meeting = slot.interval;
        let start = meeting.start();
        prop_assert_eq!(meeting.duration(), rules.duration);
        prop_assert!(range.contains_instant(start), "start {} outside {:?}", start, range);
        prop_assert!(
            start >= earliest,
            "start {} sooner than notice allows ({})",
            start,
            earliest
        );
        prop_assert!(!slot.hosts.is_empty());
        prop_assert!(slot.hosts.windows(2).all(|w| w[0] < w[1]), "hosts sorted and distinct");
        if query.kind != HostMode::RoundRobin {
            prop_assert_eq!(slot.hosts.len(), query.hosts.len());
        }
        for &index in &slot.hosts {
            let host = &query.hosts[index];
            let clear = padded(rules, meeting);
            prop_assert!(
                !host.busy.iter().any(|b| b.overlaps(&clear)),
                "slot {:?} (with buffers {:?}) meets busy time of host {}",
                meeting,
                clear,
                index
            );
            let date = host.availability.zone.local_date(start);
            prop_assert!(
                hours[index]
                    .get(&date)
                    .is_some_and(|day| day.iter().any(|w| w.contains(&meeting))),
                "slot {:?} outside the working hours of host {} ({})",
                meeting,
                index,
                host.availability.zone
            );
            prop_assert!(!day_full(&full[index], host, start), "slot {} on a full day", start);
        }
    }

    // `check` agrees with `slots`: on a sample of offered starts, and on probes around them.
    let offered = as_map(&slots);
    let sample: Vec<&Slot> = if slots.len() <= 8 {
        slots.iter().collect()
    } else {
        (0..8).map(|i| &slots[i * (slots.len() - 1) / 7]).collect()
    };
    let mut probes = Vec::new();
    for slot in &sample {
        let start = slot.interval.start();
        for &index in &slot.hosts {
            if let Some(inside) = inside_spans_by_wall_clock(&query.hosts[index].availability, slot.interval) {
                prop_assert!(
                    inside,
                    "slot {:?} outside host {}'s wall-clock hours",
                    slot.interval,
                    index
                );
            }
        }
        prop_assert_eq!(
            query.check(start),
            Ok(slot.hosts.clone()),
            "check({}) disagrees with slots",
            start
        );
        // Just after (never on a grid), and one step either side (on it, but maybe not free).
        probes.extend([start + seconds(1), start + rules.step, start - rules.step]);
    }
    for (i, fraction) in scenario.probes.iter().enumerate() {
        let t = around(range, *fraction);
        // Half the probes on whole five minutes, where grids usually lie.
        let t = if i % 2 == 0 {
            t - seconds(t.timestamp().rem_euclid(300))
        } else {
            t
        };
        probes.push(t);
    }
    let horizon = horizon_end(query);
    for t in probes.into_iter().filter(|t| range.contains_instant(*t)) {
        let answer = query.check(t);
        match offered.get(&t) {
            Some(hosts) => prop_assert_eq!(answer, Ok(hosts.clone()), "check({}) disagrees with slots", t),
            None => {
                let Err(reason) = answer else {
                    return Err(TestCaseError::fail(format!(
                        "check({t}) = {answer:?} but slots does not offer it"
                    )));
                };
                let expected_window = if t < query.now {
                    Some(Unavailable::InPast)
                } else if t < earliest {
                    Some(Unavailable::TooSoon)
                } else if t >= horizon {
                    Some(Unavailable::BeyondHorizon)
                } else {
                    None
                };
                let meeting = Interval::starting_at(t, rules.duration).expect("positive duration");
                let problems: Vec<Option<Unavailable>> = query
                    .hosts
                    .iter()
                    .map(|h| reference_problem(query, h, meeting))
                    .collect();
                match (expected_window, query.kind) {
                    (Some(expected), _) => prop_assert_eq!(reason, expected),
                    (None, HostMode::Single) => {
                        prop_assert_eq!(reason, problems[0].unwrap_or(Unavailable::OffGrid), "check({})", t);
                    }
                    (None, _) => prop_assert!(
                        reason == Unavailable::OffGrid || problems.contains(&Some(reason)),
                        "check({}) = {:?}, but the hosts' problems are {:?}",
                        t,
                        reason,
                        problems
                    ),
                }
            }
        }
    }
    Ok(slots)
}

fn single_host_starts(query: &SlotQuery<'_>, host: usize, range: Interval) -> BTreeSet<DateTime<Utc>> {
    let alone = SlotQuery {
        kind: HostMode::Single,
        hosts: &query.hosts[host..=host],
        ..*query
    };
    alone.slots(range).iter().map(|s| s.interval.start()).collect()
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

/// 256 cases each (seconds in debug); failures are saved next to this file.
fn config() -> ProptestConfig {
    common::config(256)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn single_host_slots_obey_every_rule(scenario in arb_scenario(), zone in arb_zone(), spec in arb_host()) {
        let hosts = [calendar(zone, &spec, scenario.range)];
        let query = SlotQuery { rules: &scenario.rules, kind: HostMode::Single, hosts: &hosts, now: scenario.now };
        let slots = verify(&query, &scenario)?;
        // A collective event with one host is that host's single event.
        let collective = SlotQuery { kind: HostMode::Collective, ..query };
        prop_assert_eq!(collective.slots(scenario.range), slots);
    }

    #[test]
    fn collective_slots_are_free_for_every_host(
        scenario in arb_scenario(),
        hosts in arb_hosts_in_different_zones(2..=4),
    ) {
        let hosts = calendars(&hosts, scenario.range);
        let query = SlotQuery { rules: &scenario.rules, kind: HostMode::Collective, hosts: &hosts, now: scenario.now };
        let slots = verify(&query, &scenario)?;
        // Where a collective start is on a host's own grid, that host alone offers it too.
        let step = scenario.rules.step.num_seconds();
        for (index, host) in hosts.iter().enumerate() {
            let own = single_host_starts(&query, index, scenario.range);
            for slot in &slots {
                let meeting = slot.interval;
                let stretch = stretches_near(&host.availability, meeting, TimeDelta::zero())
                    .into_iter()
                    .find(|w| w.contains(&meeting));
                prop_assert!(stretch.is_some(), "slot {:?} outside host {}'s hours", meeting, index);
                if let Some(stretch) = stretch
                    && (meeting.start() - stretch.start()).num_seconds() % step == 0
                {
                    prop_assert!(own.contains(&meeting.start()), "host {} alone does not offer {:?}", index, meeting);
                }
            }
        }
    }

    #[test]
    fn round_robin_is_the_union_of_single_hosts(scenario in arb_scenario(), pool in arb_pool()) {
        let hosts = calendars(&pool, scenario.range);
        let query = SlotQuery { rules: &scenario.rules, kind: HostMode::RoundRobin, hosts: &hosts, now: scenario.now };
        let slots = verify(&query, &scenario)?;
        // Each host's own query, up to the pool's horizon (the earliest of the hosts' zones).
        let mut union: BTreeMap<DateTime<Utc>, Vec<usize>> = BTreeMap::new();
        if let Some(range) = Interval::new(scenario.range.start(), scenario.range.end().min(horizon_end(&query))) {
            for host in 0..hosts.len() {
                for start in single_host_starts(&query, host, range) {
                    union.entry(start).or_default().push(host);
                }
            }
        }
        prop_assert_eq!(as_map(&slots), union);
    }

    #[test]
    fn the_answer_holds_until_it_says_it_changes(
        scenario in arb_scenario(),
        kind in prop::sample::select(vec![HostMode::Single, HostMode::Collective, HostMode::RoundRobin]),
        pool in arb_hosts_in_different_zones(1..=3),
        later in prop::collection::vec(0.0f64..1.0, 6),
    ) {
        let pool = if kind == HostMode::Single { &pool[..1] } else { &pool[..] };
        let hosts = calendars(pool, scenario.range);
        let at = |now| SlotQuery { rules: &scenario.rules, kind, hosts: &hosts, now };
        let slots = at(scenario.now).slots(scenario.range);
        let until = at(scenario.now).unchanged_until(scenario.range, &slots);
        // Never: look as far as past the range and the horizon.
        let last = until.unwrap_or(scenario.range.end() + TimeDelta::days(95));
        for fraction in later {
            #[allow(clippy::cast_possible_truncation)]
            let offset = ((last - scenario.now).num_seconds() as f64 * fraction) as i64;
            let now = scenario.now + seconds(offset.max(0));
            if now >= last {
                continue;
            }
            prop_assert_eq!(&at(now).slots(scenario.range), &slots, "at {}, unchanged until {:?}", now, until);
        }
        // Just before the instant it names, too.
        if let Some(until) = until.filter(|u| *u > scenario.now) {
            prop_assert_eq!(&at(until - seconds(1)).slots(scenario.range), &slots);
        }
    }

    #[test]
    fn filling_a_day_removes_exactly_that_days_slots(
        scenario in arb_scenario(),
        kind in prop::sample::select(vec![HostMode::Single, HostMode::Collective, HostMode::RoundRobin]),
        pool in arb_hosts_in_different_zones(1..=3),
        max in 1u32..=5,
        pick in any::<Index>(),
        who in any::<Index>(),
    ) {
        let pool = if kind == HostMode::Single { &pool[..1] } else { &pool[..] };
        // No buffers: the added bookings then affect nothing beyond the day they fill.
        let rules = SlotRules {
            max_per_day: Some(max),
            buffer_before: TimeDelta::zero(),
            buffer_after: TimeDelta::zero(),
            ..scenario.rules.clone()
        };
        let mut hosts = calendars(pool, scenario.range);
        let before = SlotQuery { rules: &rules, kind, hosts: &hosts, now: scenario.now }.slots(scenario.range);
        if before.is_empty() {
            return Ok(());
        }
        let slot = pick.get(&before).clone();
        let host = *who.get(&slot.hosts);
        let zone = hosts[host].availability.zone;
        let full_day = zone.local_date(slot.interval.start());
        let copies = usize::try_from(max).expect("small");
        hosts[host].own_bookings.extend(std::iter::repeat_n(slot.interval, copies));

        let before_full_day: Vec<Slot> =
            before.iter().filter(|s| zone.local_date(s.interval.start()) == full_day).cloned().collect();
        let query = SlotQuery { rules: &rules, kind, hosts: &hosts, now: scenario.now };
        let after = query.slots(scenario.range);
        let expected: Vec<Slot> = before
            .into_iter()
            .filter_map(|mut s| {
                if zone.local_date(s.interval.start()) == full_day {
                    if kind != HostMode::RoundRobin {
                        return None;
                    }
                    s.hosts.retain(|&h| h != host);
                }
                (!s.hosts.is_empty()).then_some(s)
            })
            .collect();
        if kind != HostMode::RoundRobin {
            // The booked time itself is taken; any other time of that day is refused as full.
            prop_assert_eq!(query.check(slot.interval.start()), Err(Unavailable::Taken));
            if let Some(other) = before_full_day.iter().find(|s| !s.interval.overlaps(&slot.interval)) {
                prop_assert_eq!(query.check(other.interval.start()), Err(Unavailable::DayFull));
            }
        }
        prop_assert_eq!(after, expected);
    }
}

proptest! {
    // Cheap cases, and folds need several tries to line two spans up across the change.
    #![proptest_config(ProptestConfig { cases: 1024, ..config() })]

    #[test]
    fn dst_nights_obey_every_rule(
        scenario in arb_change_scenario(),
        kind in prop::sample::select(vec![HostMode::Single, HostMode::Collective, HostMode::RoundRobin]),
        pool in arb_night_hosts(),
    ) {
        let pool = if kind == HostMode::Single { &pool[..1] } else { &pool[..] };
        let hosts = calendars(pool, scenario.range);
        let query = SlotQuery { rules: &scenario.rules, kind, hosts: &hosts, now: scenario.now };
        verify(&query, &scenario)?;
    }
}
