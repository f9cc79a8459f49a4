//! Fuzzing, with proptest, of the code that reads text strangers send: the validators every
//! request field passes, the schedule a client uploads (JSON into the core's normalisation),
//! booking requests, instants, typed ids, time-zone names and hosts' calendar feeds. Each must answer every input
//! with a value or an error — never a panic — and what it accepts must hold its promise. The
//! suite runs a bounded number of cases (`PROPTEST_CASES`, default 256 per property); set it
//! higher for a longer run (docs/testing.md).

use chrono::{DateTime, Utc};
use kairos::app::availability::ScheduleInput;
use kairos::app::bookings::BookingRequest;
use kairos::app::validate;
use kairos::calendars::ics_busy;
use kairos::ids::{BookingId, HostId};
use kairos_core::WeeklyHours;
use proptest::prelude::*;

/// Text with what breaks parsers: control characters, quotes, separators, non-ASCII, long runs.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~\\t\\r\\n\\x00\\x7f\\u{85}\\u{2028}\\u{202e}äß漢🙂@.<>\"'\\\\/:;,()\\[\\]{}]{0,80}",
        "[a-z0-9.+_-]{0,20}@[a-z0-9.-]{0,20}",
    ]
}

/// JSON that is nearly a schedule: the shapes a careless or hostile client sends.
fn schedule_json() -> impl Strategy<Value = String> {
    let time = prop_oneof![
        "[0-9]{1,2}:[0-9]{1,2}",
        Just("24:00".to_owned()),
        Just("23:59".to_owned()),
        Just("-1:00".to_owned()),
        "[0-9:]{0,8}",
    ];
    let span = (time.clone(), time).prop_map(|(s, e)| format!(r#"{{"start":"{s}","end":"{e}"}}"#));
    let spans = prop::collection::vec(span, 0..6).prop_map(|v| format!("[{}]", v.join(",")));
    let day = prop_oneof![
        Just("monday"),
        Just("tuesday"),
        Just("wednesday"),
        Just("thursday"),
        Just("friday"),
        Just("saturday"),
        Just("sunday"),
        Just("funday")
    ];
    let weekly = prop::collection::vec((day, spans.clone()), 0..8).prop_map(|days| {
        let fields: Vec<String> = days.iter().map(|(d, s)| format!(r#""{d}":{s}"#)).collect();
        format!("{{{}}}", fields.join(","))
    });
    let date = prop_oneof![
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        Just("+262142-12-31".to_owned()),
        "[0-9-]{0,12}"
    ];
    let overrides = prop::collection::vec((date, spans), 0..4).prop_map(|o| {
        let items: Vec<String> = o
            .iter()
            .map(|(d, s)| format!(r#"{{"date":"{d}","spans":{s}}}"#))
            .collect();
        format!("[{}]", items.join(","))
    });
    (hostile_text(), weekly, overrides).prop_map(|(zone, weekly, overrides)| {
        format!(
            r#"{{"time_zone":{},"weekly":{weekly},"overrides":{overrides}}}"#,
            serde_json::Value::from(zone)
        )
    })
}

/// Real feeds' lines, to mutate.
const FEEDS: [&str; 3] = [
    include_str!("fixtures/calendars/google.ics"),
    include_str!("fixtures/calendars/outlook.ics"),
    include_str!("fixtures/calendars/apple.ics"),
];

/// A feed from a real one, with lines dropped, repeated, or given hostile values and rules.
fn mutated_feed() -> impl Strategy<Value = String> {
    let rule = prop_oneof![
        "RRULE:FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;COUNT=[0-9]{1,6})?(;INTERVAL=[0-9]{1,3})?(;BYDAY=-?[0-9]?(MO|TU|SU))?(;BYSETPOS=-?[0-9]{1,3})?(;UNTIL=[0-9]{8}(T[0-9]{6}Z?)?)?",
        "RRULE:[A-Z=;0-9,-]{0,60}",
    ];
    let line = prop_oneof![
        rule,
        "(DTSTART|DTEND|EXDATE|RDATE|RECURRENCE-ID)(;TZID=[A-Za-z/ ._()-]{0,20})?(;VALUE=DATE)?:[0-9TZ+-]{0,20}",
        "(SUMMARY|UID|TRANSP|STATUS|DURATION|TZOFFSETTO):[ -~]{0,40}",
        hostile_text(),
    ];
    (
        0..FEEDS.len(),
        prop::collection::vec((any::<prop::sample::Index>(), 0..3u8, line), 0..12),
    )
        .prop_map(|(which, edits)| {
            let mut lines: Vec<String> = FEEDS[which].lines().map(str::to_owned).collect();
            for (at, kind, line) in edits {
                let i = at.index(lines.len());
                match kind {
                    0 => {
                        lines.remove(i);
                    }
                    1 => lines.insert(i, line),
                    _ => lines[i] = line,
                }
                if lines.is_empty() {
                    lines.push(String::new());
                }
            }
            lines.join("\r\n")
        })
}

proptest! {
    #[test]
    fn validators_answer_every_text_and_keep_their_promises(text in hostile_text()) {
        if let Ok(line) = validate::line("name", &text, 200) {
            prop_assert!(!line.chars().any(char::is_control), "a line with a control character: {line:?}");
            prop_assert!(line.chars().count() <= 200);
        }
        if let Ok(body) = validate::text("notes", &text, 2_000) {
            prop_assert!(body.chars().all(|c| !c.is_control() || c == '\n' || c == '\r' || c == '\t'));
        }
        if let Ok(address) = validate::email("email", &text) {
            // An accepted address is accepted again as it is written: one parser, one answer.
            prop_assert!(validate::email("email", address.as_str()).is_ok());
            prop_assert!(!address.as_str().chars().any(char::is_control));
        }
        if let Ok(slug) = validate::slug("slug", &text) {
            prop_assert!(validate::slug("slug", slug.as_str()).is_ok());
        }
        if let Ok(zone) = validate::zone("time_zone", &text) {
            prop_assert_eq!(validate::zone("time_zone", zone.name()).map(|z| z.name().to_owned()).ok(), Some(zone.name().to_owned()));
        }
    }

    #[test]
    fn typed_ids_parse_only_their_own_kind(text in hostile_text(), raw in any::<u128>()) {
        let _ = text.parse::<BookingId>();
        let id = HostId(uuid::Uuid::from_u128(raw));
        prop_assert_eq!(id.to_string().parse::<HostId>().ok(), Some(id));
        prop_assert!(id.to_string().parse::<BookingId>().is_err());
    }

    #[test]
    fn uploaded_schedules_are_read_or_refused_never_a_panic(json in schedule_json()) {
        if let Ok(input) = serde_json::from_str::<ScheduleInput>(&json) {
            let _ = validate::zone("time_zone", &input.time_zone);
            for (i, o) in input.overrides.iter().enumerate() {
                let _ = validate::date(&format!("overrides[{i}].date"), o.date);
                let spans = kairos_core::availability::normalize_spans(o.spans.clone());
                prop_assert!(spans.windows(2).all(|w| w[0].end_minute() < w[1].start_minute()), "normalized spans overlap: {spans:?}");
            }
            let weekly = WeeklyHours::new(input.weekly.into_days());
            for day in weekly.days() {
                prop_assert!(day.windows(2).all(|w| w[0].end_minute() < w[1].start_minute()), "normalized days overlap: {day:?}");
            }
        }
    }

    #[test]
    fn booking_requests_and_instants_are_read_or_refused(
        year in prop_oneof![-262_143_i64..=262_142, 1_899_i64..=10_000],
        name in hostile_text(),
        email in hostile_text(),
        zone in hostile_text(),
    ) {
        let start = format!("{year:+07}-06-15T10:00:00Z");
        let body = serde_json::json!({"start": start, "name": name, "email": email, "time_zone": zone});
        if let Ok(request) = serde_json::from_value::<BookingRequest>(body)
            && let Ok(at) = validate::instant("start", request.start)
        {
            prop_assert!((1900..=9999).contains(&chrono::Datelike::year(&at)));
        }
        if let Ok(at) = start.parse::<DateTime<Utc>>() {
            let _ = validate::instant("start", at);
        }
    }

    #[test]
    fn calendar_feeds_are_read_or_refused_and_what_is_read_is_bounded(text in mutated_feed()) {
        let owners = vec!["ana@acme.example".to_owned()];
        let reading = ics_busy::Reading {
            from: "2027-03-15T00:00:00Z".parse().expect("instant"),
            until: "2027-04-13T00:00:00Z".parse().expect("instant"),
            zone: chrono_tz::Europe::Berlin,
            all_day_busy: true,
            owners: &owners,
        };
        if let Ok(feed) = ics_busy::read(&text, &reading) {
            prop_assert!(feed.busy.len() <= ics_busy::MAX_BUSY);
            prop_assert!(feed.busy.windows(2).all(|w| w[0].start <= w[1].start), "sorted");
            for busy in &feed.busy {
                prop_assert!(busy.start < busy.end && busy.end > reading.from && busy.start < reading.until, "{busy:?}");
                prop_assert!(busy.title.chars().count() <= 200 && !busy.title.chars().any(char::is_control), "{busy:?}");
            }
        }
    }
}
