//! Reading a host's calendar feed: parsing and expanding a feed of 5,000 events, 200 of them
//! recurring series (weekly and daily, with exceptions, some started years ago), over a 90-day
//! window. The reference, measured in the same run, is parsing the same text alone with
//! `calcard`, so the expansion's share is visible on a noisy machine.
//!
//! `cargo bench -p kairos --bench calendar_feed`

use std::fmt::Write as _;

use chrono::{DateTime, TimeDelta, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use kairos::calendars::ics_busy::{Reading, read};

/// A feed shaped like a busy person's Google export: 4,800 single events over a year and 200
/// series, a quarter of them daily, with EXDATEs and moved occurrences.
fn feed() -> String {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kairos//bench//EN\r\n");
    let first: DateTime<Utc> = "2026-10-01T08:00:00Z".parse().expect("instant");
    for i in 0..4_800i64 {
        let start = first + TimeDelta::minutes(i * 109);
        let end = start + TimeDelta::minutes(30 + (i % 4) * 15);
        let _ = write!(
            text,
            "BEGIN:VEVENT\r\nUID:single-{i}@bench\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:{}\r\nDTEND:{}\r\nSUMMARY:Meeting {i}\r\nEND:VEVENT\r\n",
            start.format("%Y%m%dT%H%M%SZ"),
            end.format("%Y%m%dT%H%M%SZ"),
        );
    }
    for i in 0..200 {
        let (freq, year) = if i % 4 == 0 {
            ("DAILY", 2020 + i % 6)
        } else {
            ("WEEKLY;BYDAY=MO,WE", 2024)
        };
        let hour = 7 + i % 10;
        let _ = write!(
            text,
            "BEGIN:VEVENT\r\nUID:series-{i}@bench\r\nDTSTAMP:20261201T000000Z\r\n\
             DTSTART;TZID=Europe/Berlin:{year}0106T{hour:02}0000\r\nDTEND;TZID=Europe/Berlin:{year}0106T{hour:02}3000\r\n\
             RRULE:FREQ={freq}\r\nEXDATE;TZID=Europe/Berlin:20270111T{hour:02}0000,20270113T{hour:02}0000\r\n\
             SUMMARY:Series {i}\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nUID:series-{i}@bench\r\nDTSTAMP:20261201T000000Z\r\n\
             RECURRENCE-ID;TZID=Europe/Berlin:20270118T{hour:02}0000\r\n\
             DTSTART;TZID=Europe/Berlin:20270118T{:02}0000\r\nDTEND;TZID=Europe/Berlin:20270118T{:02}3000\r\n\
             SUMMARY:Series {i} (moved)\r\nEND:VEVENT\r\n",
            hour + 1,
            hour + 1,
        );
    }
    text.push_str("END:VCALENDAR\r\n");
    text
}

fn bench(c: &mut Criterion) {
    let text = feed();
    let owners = vec!["ana@acme.example".to_owned()];
    let reading = Reading {
        from: "2026-12-01T00:00:00Z".parse().expect("instant"),
        until: "2027-03-01T00:00:00Z".parse().expect("instant"),
        zone: chrono_tz::Europe::Berlin,
        all_day_busy: true,
        owners: &owners,
    };
    let busy = read(&text, &reading).expect("the feed reads");
    assert_eq!(busy.events, 5_000);
    assert_eq!(busy.unreadable, 0);
    eprintln!(
        "feed: {} KiB, {} events, {} busy intervals in the 90-day window",
        text.len() / 1024,
        busy.events,
        busy.busy.len()
    );
    let mut group = c.benchmark_group("calendar_feed");
    group.sample_size(20);
    group.bench_function("read 5,000 events (200 series), 90 days", |b| {
        b.iter(|| read(&text, &reading).expect("reads"));
    });
    group.bench_function("reference: calcard parse alone", |b| {
        b.iter(|| calcard::icalendar::ICalendar::parse(&text).expect("parses"));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
