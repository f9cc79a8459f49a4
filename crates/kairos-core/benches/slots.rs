//! Criterion benchmarks for the slot engine on realistic month-long calendars, so that the
//! budgets (one host under 200 µs, ten hosts under 2 ms) are measured rather than assumed.
//!
//! Inputs are built deterministically with a small LCG. The month (2 March – 1 April 2026)
//! crosses both New York's and Berlin's spring DST change.

use std::hint::black_box;

use chrono::{DateTime, TimeDelta, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use kairos_core::{Availability, HostCalendar, HostMode, Interval, LocalSpan, SlotQuery, SlotRules, WeeklyHours, Zone};

/// Knuth's MMIX LCG: deterministic, good enough to scatter busy blocks.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `low..high`.
    fn between(&mut self, low: i64, high: i64) -> i64 {
        let width = u64::try_from(high - low).expect("low < high");
        low + i64::try_from(self.next() % width).expect("small")
    }
}

fn instant(text: &str) -> DateTime<Utc> {
    text.parse().expect("a valid RFC 3339 instant")
}

fn span(start: &str, end: &str) -> LocalSpan {
    LocalSpan::parse(start, end).expect("a valid span")
}

fn zone(name: &str) -> Zone {
    Zone::parse(name).expect("a zone of the tz database")
}

const MONTH_START: &str = "2026-03-02T00:00:00Z";
const NOW: &str = "2026-03-01T12:00:00Z";

fn month() -> Interval {
    let start = instant(MONTH_START);
    Interval::new(start, start + TimeDelta::days(30)).expect("30 days")
}

/// Weekdays `start`–`end`, with Wednesday and Friday split by a lunch hour.
fn office_hours(start: &str, end: &str, lunch: (&str, &str)) -> WeeklyHours {
    let whole = vec![span(start, end)];
    let split = vec![span(start, lunch.0), span(lunch.1, end)];
    WeeklyHours::new([
        whole.clone(),
        whole.clone(),
        split.clone(),
        whole,
        split,
        Vec::new(),
        Vec::new(),
    ])
}

/// `count` busy blocks of 15 minutes to 2 hours, starting anywhere (minute resolution) in the month.
fn busy_blocks(rng: &mut Lcg, count: usize) -> Vec<Interval> {
    let month = month();
    let minutes = month.duration().num_minutes();
    (0..count)
        .map(|_| {
            let start = month.start() + TimeDelta::minutes(rng.between(0, minutes));
            Interval::starting_at(start, TimeDelta::minutes(rng.between(15, 121))).expect("positive length")
        })
        .collect()
}

/// A few existing bookings of the event type on random days, for the daily limit and buffers.
fn own_bookings(rng: &mut Lcg, count: usize) -> Vec<Interval> {
    let month = month();
    (0..count)
        .filter_map(|_| {
            let start = month.start() + TimeDelta::minutes(rng.between(0, month.duration().num_minutes()));
            Interval::starting_at(start, TimeDelta::minutes(30))
        })
        .collect()
}

/// 30-minute meetings every 15 minutes, with the buffers, notice and daily limit a real event
/// type would have.
fn rules() -> SlotRules {
    SlotRules {
        duration: TimeDelta::minutes(30),
        step: TimeDelta::minutes(15),
        buffer_before: TimeDelta::minutes(5),
        buffer_after: TimeDelta::minutes(10),
        min_notice: TimeDelta::hours(4),
        horizon_days: 60,
        max_per_day: Some(8),
    }
}

fn single_host() -> HostCalendar {
    let mut rng = Lcg(0x5EED_0001);
    HostCalendar {
        availability: Availability::new(
            zone("Europe/Berlin"),
            office_hours("09:00", "17:00", ("12:00", "13:00")),
        ),
        busy: busy_blocks(&mut rng, 500),
        own_bookings: own_bookings(&mut rng, 40),
    }
}

/// Ten hosts in five zones whose office hours overlap for an hour or more every weekday.
fn ten_hosts() -> Vec<HostCalendar> {
    let mut rng = Lcg(0x5EED_0010);
    let offices = [
        ("Europe/Berlin", "09:00", "17:00"),
        ("Europe/London", "09:00", "17:30"),
        ("America/New_York", "08:00", "18:00"),
        ("Asia/Kolkata", "12:00", "20:00"),
        ("Europe/Lisbon", "08:30", "17:00"),
    ];
    (0..10)
        .map(|i| {
            let (name, start, end) = offices[i % offices.len()];
            HostCalendar {
                availability: Availability::new(zone(name), office_hours(start, end, ("12:30", "13:00"))),
                busy: busy_blocks(&mut rng, 50),
                own_bookings: own_bookings(&mut rng, 10),
            }
        })
        .collect()
}

fn query<'a>(rules: &'a SlotRules, kind: HostMode, hosts: &'a [HostCalendar]) -> SlotQuery<'a> {
    SlotQuery {
        rules,
        kind,
        hosts,
        now: instant(NOW),
    }
}

fn benches(c: &mut Criterion) {
    let rules = rules();
    let range = month();

    let single = [single_host()];
    let q = query(&rules, HostMode::Single, &single);
    let offered = q.slots(range);
    assert!(
        offered.len() > 100,
        "the single-host month should offer plenty of slots"
    );
    c.bench_function("single_host_30d_500_busy", |b| {
        b.iter(|| black_box(&q).slots(black_box(range)));
    });

    let hosts = ten_hosts();
    let collective = query(&rules, HostMode::Collective, &hosts);
    assert!(
        !collective.slots(range).is_empty(),
        "the ten hosts should share some time"
    );
    c.bench_function("collective_10_hosts_30d", |b| {
        b.iter(|| black_box(&collective).slots(black_box(range)));
    });

    let round_robin = query(&rules, HostMode::RoundRobin, &hosts);
    assert!(round_robin.slots(range).len() > offered.len());
    c.bench_function("round_robin_10_hosts_30d", |b| {
        b.iter(|| black_box(&round_robin).slots(black_box(range)));
    });

    // A start in the middle of the month that is offered: the booking path.
    let start = offered[offered.len() / 2].interval.start();
    assert!(q.check(start).is_ok());
    c.bench_function("check_one_start", |b| b.iter(|| black_box(&q).check(black_box(start))));
}

criterion_group!(slots, benches);
criterion_main!(slots);
