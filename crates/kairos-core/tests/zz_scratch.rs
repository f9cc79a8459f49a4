#![allow(clippy::unwrap_used)]
use chrono::{DateTime, NaiveDate, Offset, TimeDelta, Utc};
use kairos_core::*;

fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, dd).unwrap()
}
fn sp(a: &str, b: &str) -> LocalSpan {
    LocalSpan::parse(a, b).unwrap()
}

#[test]
fn transitions() {
    for name in [
        "America/New_York",
        "Europe/Berlin",
        "Asia/Kolkata",
        "Australia/Lord_Howe",
        "America/Santiago",
        "Pacific/Chatham",
        "UTC",
    ] {
        let z = Zone::parse(name).unwrap();
        let mut t: DateTime<Utc> = "2026-01-01T00:00:00Z".parse().unwrap();
        let mut off = z.local(t).offset().fix();
        while t < "2027-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap() {
            let n = t + TimeDelta::minutes(15);
            let o2 = z.local(n).offset().fix();
            if o2 != off {
                println!("{name}: {} {} -> {} local {}", n, off, o2, z.local(n));
                off = o2;
            }
            t = n;
        }
    }
}

#[test]
fn fold_bug() {
    let z = Zone::parse("America/New_York").unwrap();
    let mut days: [Vec<LocalSpan>; 7] = Default::default();
    days[6] = vec![sp("00:00", "01:15"), sp("01:30", "05:00")];
    let a = Availability::new(z, WeeklyHours::new(days));
    let day = Interval::new(
        "2026-11-01T04:00:00Z".parse().unwrap(),
        "2026-11-02T05:00:00Z".parse().unwrap(),
    )
    .unwrap();
    println!("whole day: {:?}", a.working_intervals(day));
    let late = Interval::new(
        "2026-11-01T07:00:00Z".parse().unwrap(),
        "2026-11-01T07:00:01Z".parse().unwrap(),
    )
    .unwrap();
    println!("late: {:?}", a.working_intervals(late));
    let rules = SlotRules {
        duration: TimeDelta::minutes(30),
        step: TimeDelta::minutes(30),
        buffer_before: TimeDelta::zero(),
        buffer_after: TimeDelta::zero(),
        min_notice: TimeDelta::zero(),
        horizon_days: 30,
        max_per_day: None,
    };
    let hosts = [HostCalendar {
        availability: a,
        busy: vec![],
        booked_starts: vec![],
    }];
    let q = SlotQuery {
        rules: &rules,
        kind: EventKind::Single,
        hosts: &hosts,
        now: "2026-10-30T00:00:00Z".parse().unwrap(),
    };
    for s in q.slots(day) {
        println!("{} {}", s.interval.start(), z.local(s.interval.start()));
    }
    println!("check 07:00Z {:?}", q.check("2026-11-01T07:00:00Z".parse().unwrap()));
}

#[test]
fn chatham() {
    let z = Zone::parse("Pacific/Chatham").unwrap();
    let mut days: [Vec<LocalSpan>; 7] = Default::default();
    days[6] = vec![LocalSpan::new(30, 165).unwrap(), LocalSpan::new(180, 195).unwrap()];
    let a = Availability::new(z, WeeklyHours::new(days));
    for s in a.spans_on(d(2026, 4, 5)) {
        println!("{:?}", s.on(d(2026, 4, 5), z));
    }
    let rules = SlotRules {
        duration: TimeDelta::minutes(15),
        step: TimeDelta::minutes(5),
        buffer_before: TimeDelta::zero(),
        buffer_after: TimeDelta::zero(),
        min_notice: TimeDelta::zero(),
        horizon_days: 9,
        max_per_day: None,
    };
    let ny = Availability::new(Zone::parse("America/New_York").unwrap(), WeeklyHours::default());
    let hosts = [
        HostCalendar {
            availability: a,
            busy: vec![],
            booked_starts: vec![],
        },
        HostCalendar {
            availability: ny,
            busy: vec![],
            booked_starts: vec![],
        },
    ];
    let range = Interval::new(
        "2026-03-31T10:32:52Z".parse().unwrap(),
        "2026-04-04T13:50:01Z".parse().unwrap(),
    )
    .unwrap();
    let now = "2026-03-28T21:46:12Z".parse().unwrap();
    let q = SlotQuery {
        rules: &rules,
        kind: EventKind::RoundRobin,
        hosts: &hosts,
        now,
    };
    let s = q.slots(range);
    println!("rr last {:?}", s.last());
    let q1 = SlotQuery {
        rules: &rules,
        kind: EventKind::Single,
        hosts: &hosts[..1],
        now,
    };
    println!("single last {:?}", q1.slots(range).last());
    println!(
        "wi {:?}",
        hosts[0]
            .availability
            .working_intervals(Interval::new(range.start(), range.end() + TimeDelta::minutes(15)).unwrap())
    );
}
