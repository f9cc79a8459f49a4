//! Property tests for what the slot engine stands on: the gap/fold policy of `zone::resolve`
//! (checked against clock readings, not against itself) and the interval algebra (checked
//! against a minute-by-minute bitmap).

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};
use kairos_core::interval::{intersect, normalize, subtract};
use kairos_core::zone::{Edge, resolve};
use kairos_core::{Interval, LocalSpan, Zone};
use proptest::prelude::*;
mod common;
use common::{CHANGES, ZONES, instant, zone};

fn reading(zone: Zone, t: DateTime<Utc>) -> NaiveDateTime {
    zone.local(t).naive_local()
}

fn config() -> ProptestConfig {
    common::config(512)
}

prop_compose! {
    /// A wall-clock time in `zone` near a 2026 DST change (or anywhere in 2026), on the minute:
    /// often inside a gap or a fold.
    fn arb_local()(
        name in prop::sample::select(ZONES.to_vec()),
        near_change in any::<bool>(),
        change in prop::sample::select(CHANGES.to_vec()),
        minutes_near in -180i64..=180,
        minutes_in_year in 0i64..365 * 24 * 60,
        shift in -90i64..=90,
    ) -> (Zone, NaiveDateTime) {
        let zone = zone(name);
        let t = if near_change {
            instant(change) + TimeDelta::minutes(minutes_near)
        } else {
            instant("2026-01-01T00:00:00Z") + TimeDelta::minutes(minutes_in_year)
        };
        (zone, reading(zone, t) + TimeDelta::minutes(shift))
    }
}

proptest! {
    #![proptest_config(config())]

    /// A start is the first instant whose clock reads at least the wall-clock time; an end, when
    /// the time happens at all, is the last instant reading it; in a gap both are the jump.
    #[test]
    fn resolve_follows_the_documented_policy((zone, local) in arb_local()) {
        let start = resolve(zone.tz(), local, Edge::Start);
        let end = resolve(zone.tz(), local, Edge::End);
        let second = TimeDelta::seconds(1);
        prop_assert!(reading(zone, start) >= local);
        prop_assert!(reading(zone, start - second) < local, "{} is not the first instant reading {}", start, local);
        let happens = reading(zone, start) == local;
        if happens {
            prop_assert_eq!(reading(zone, end), local);
            prop_assert!(end >= start);
            // No later instant reads it again (folds here last at most an hour).
            for minutes in [1, 15, 30, 45, 60, 90] {
                prop_assert!(reading(zone, end + TimeDelta::minutes(minutes)) > local, "{} is not the last instant reading {}", end, local);
            }
        } else {
            prop_assert_eq!(end, start, "a nonexistent time resolves to the jump for both edges");
        }
    }

    /// The first instant of a local date reads that date, and the second before reads the day before.
    #[test]
    fn start_of_day_is_the_first_instant_of_the_date((zone, local) in arb_local()) {
        let date = local.date();
        let first = zone.start_of_day(date);
        prop_assert_eq!(zone.local_date(first), date);
        prop_assert!(zone.local_date(first - TimeDelta::seconds(1)) < date);
    }

    /// A span's interval holds every instant whose clock reads a time inside the span on that
    /// date, and is `None` only when no instant does.
    #[test]
    fn span_on_covers_every_matching_instant((zone, local) in arb_local(), start in 0u16..96, length in 1u16..=16) {
        let start_minute = start * 15;
        let end_minute = (start + length).min(96) * 15;
        let span = LocalSpan::new(start_minute, end_minute).expect("start < end ≤ 24:00");
        let date = local.date();
        let interval = span.on(date, zone);
        let midnight = zone.start_of_day(date);
        let mut matched = false;
        // Every five minutes from two hours before the date to two hours after it.
        for step in 0..(28 * 12) {
            let t = midnight - TimeDelta::hours(2) + TimeDelta::minutes(5 * step);
            let clock = reading(zone, t);
            let minute = (clock - date.and_time(chrono::NaiveTime::MIN)).num_minutes();
            if clock.date() == date && i64::from(start_minute) <= minute && minute < i64::from(end_minute) {
                matched = true;
                prop_assert!(interval.is_some_and(|i| i.contains_instant(t)), "{} reads {} inside {} but is not in {:?}", t, clock, span, interval);
            }
        }
        if interval.is_none() {
            prop_assert!(!matched);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Interval algebra against a bitmap of minutes 0..240 of one day
// ---------------------------------------------------------------------------------------------

const MINUTES: usize = 240;

/// Minute `m` of 2026-06-01 (UTC).
fn minute(m: usize) -> DateTime<Utc> {
    const JUNE_FIRST: i64 = 1_780_272_000;
    let seconds = JUNE_FIRST + 60 * i64::try_from(m).expect("small");
    DateTime::from_timestamp(seconds, 0).expect("in range")
}

fn to_interval((start, length): (usize, usize)) -> Interval {
    Interval::new(minute(start), minute((start + length).min(MINUTES))).expect("non-empty")
}

fn bitmap(intervals: &[Interval]) -> Vec<bool> {
    (0..MINUTES)
        .map(|m| intervals.iter().any(|i| i.contains_instant(minute(m))))
        .collect()
}

fn arb_intervals() -> impl Strategy<Value = Vec<Interval>> {
    prop::collection::vec((0..MINUTES - 1, 1usize..60), 0..12).prop_map(|v| v.into_iter().map(to_interval).collect())
}

fn sorted_and_disjoint(intervals: &[Interval]) -> bool {
    intervals.windows(2).all(|w| w[0].end() <= w[1].start())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn normalize_is_canonical(intervals in arb_intervals()) {
        let merged = normalize(intervals.clone());
        prop_assert_eq!(bitmap(&merged), bitmap(&intervals));
        prop_assert!(merged.windows(2).all(|w| w[0].end() < w[1].start()), "sorted, apart, not touching");
        prop_assert_eq!(normalize(merged.clone()), merged);
    }

    #[test]
    fn subtract_removes_exactly(from in arb_intervals(), remove in arb_intervals()) {
        let from = normalize(from);
        let remove = normalize(remove);
        let rest = subtract(&from, &remove);
        let expected: Vec<bool> = bitmap(&from).iter().zip(bitmap(&remove)).map(|(a, b)| *a && !b).collect();
        prop_assert_eq!(bitmap(&rest), expected);
        prop_assert!(sorted_and_disjoint(&rest));
        prop_assert!(rest.iter().all(|r| from.iter().any(|f| f.contains(r))), "pieces stay inside their interval");
    }

    #[test]
    fn intersect_keeps_exactly_the_common_minutes(a in arb_intervals(), b in arb_intervals()) {
        let (a, b) = (normalize(a), normalize(b));
        let both = intersect(&a, &b);
        let expected: Vec<bool> = bitmap(&a).iter().zip(bitmap(&b)).map(|(x, y)| *x && y).collect();
        prop_assert_eq!(bitmap(&both), expected);
        prop_assert!(sorted_and_disjoint(&both));
        prop_assert_eq!(intersect(&b, &a), both);
    }

    #[test]
    fn widened_and_overlap_agree_with_the_bitmap(a in (0..MINUTES - 1, 1usize..60), b in (0..MINUTES - 1, 1usize..60), before in 0usize..30, after in 0usize..30) {
        let (a, b) = (to_interval(a), to_interval(b));
        let shared = bitmap(&[a]).iter().zip(bitmap(&[b])).any(|(x, y)| *x && y);
        prop_assert_eq!(a.overlaps(&b), shared);
        let before_delta = TimeDelta::minutes(i64::try_from(before).expect("small"));
        let after_delta = TimeDelta::minutes(i64::try_from(after).expect("small"));
        let wide = a.widened(before_delta, after_delta);
        prop_assert_eq!(wide.start(), a.start() - before_delta);
        prop_assert_eq!(wide.end(), a.end() + after_delta);
        prop_assert!(wide.contains(&a));
    }
}
