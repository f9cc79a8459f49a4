//! The busy semantics of `ics_busy`, on feeds shaped like Google's, Outlook's and Apple's
//! exports (`tests/fixtures/calendars`), over a window that crosses Europe's and America's DST
//! changes of 2027.

use chrono::{DateTime, TimeDelta, Utc};

use super::ics_busy::{FeedBusy, FeedError, MAX_BUSY, Reading, read};

const GOOGLE: &str = include_str!("../../tests/fixtures/calendars/google.ics");
const OUTLOOK: &str = include_str!("../../tests/fixtures/calendars/outlook.ics");
const APPLE: &str = include_str!("../../tests/fixtures/calendars/apple.ics");

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 instant")
}

fn owners() -> Vec<String> {
    vec!["ana@acme.example".to_owned()]
}

/// Ana in Berlin, from Monday 15 March 2027 for four weeks (Europe moves its clocks on the
/// 28th, America on the 14th).
fn reading(owners: &[String], all_day_busy: bool) -> Reading<'_> {
    Reading {
        from: at("2027-03-15T00:00:00Z"),
        until: at("2027-04-13T00:00:00Z"),
        zone: chrono_tz::Europe::Berlin,
        all_day_busy,
        owners,
    }
}

fn listed(feed: &FeedBusy) -> Vec<(String, String, &str)> {
    feed.busy
        .iter()
        .map(|b| (b.start.to_rfc3339(), b.end.to_rfc3339(), b.title.as_str()))
        .collect()
}

fn row(start: &str, end: &str, title: &'static str) -> (String, String, &'static str) {
    (at(start).to_rfc3339(), at(end).to_rfc3339(), title)
}

#[test]
fn a_google_feed_moved_cancelled_excluded_free_and_declined_occurrences() {
    let owners = owners();
    let feed = read(GOOGLE, &reading(&owners, true)).expect("a feed");
    assert_eq!(
        listed(&feed),
        vec![
            // Monday's standup moved from 09:00 to 11:00 by its override.
            row("2027-03-15T10:00:00Z", "2027-03-15T10:30:00Z", "Standup (moved)"),
            // UTC times; the escaped comma is the summary's own.
            row("2027-03-17T14:00:00Z", "2027-03-17T15:00:00Z", "Dentist, Dr. Weiß"),
            // Accepted (the one who declined is someone else); the vendor pitch Ana declined and
            // the transparent focus block and holiday are free.
            row("2027-03-19T12:00:00Z", "2027-03-19T13:00:00Z", "Planning"),
            // A two-day all-day event, midnight to midnight in Berlin.
            row("2027-03-23T23:00:00Z", "2027-03-25T23:00:00Z", "Team offsite"),
            // 22 March is an EXDATE, 29 March a cancelled override; after the DST change the
            // 09:00 standup is at 07:00 UTC.
            row("2027-04-05T07:00:00Z", "2027-04-05T07:30:00Z", "Standup"),
            row("2027-04-12T07:00:00Z", "2027-04-12T07:30:00Z", "Standup"),
        ]
    );
    assert!(feed.busy.iter().all(|b| b.uid.ends_with("@google.com")));
    assert_eq!(feed.events, 8, "series count once, overrides not at all");
    assert_eq!(feed.unreadable, 0);
    assert!(!feed.truncated);
}

#[test]
fn all_day_events_are_free_when_the_source_says_so() {
    let owners = owners();
    let feed = read(GOOGLE, &reading(&owners, false)).expect("a feed");
    assert!(
        feed.busy.iter().all(|b| b.title != "Team offsite"),
        "{:?}",
        listed(&feed)
    );
    assert_eq!(feed.busy.len(), 5);
}

#[test]
fn an_event_declined_by_the_host_is_busy_for_anyone_else() {
    let nobody: Vec<String> = Vec::new();
    let feed = read(GOOGLE, &reading(&nobody, true)).expect("a feed");
    assert!(feed.busy.iter().any(|b| b.title == "Vendor pitch"));
}

#[test]
fn an_outlook_feed_with_windows_zone_names() {
    let owners = owners();
    let feed = read(OUTLOOK, &reading(&owners, true)).expect("a feed");
    assert_eq!(
        listed(&feed),
        vec![
            // The third Wednesday of March, 15:00 in "W. Europe Standard Time" (CET).
            row("2027-03-17T14:00:00Z", "2027-03-17T14:30:00Z", "Monthly 1:1"),
            row("2027-03-17T15:00:00Z", "2027-03-17T16:00:00Z", "Budget review"),
            // 09:00 "Pacific Standard Time" three days after America's DST change is PDT.
            row(
                "2027-03-17T16:00:00Z",
                "2027-03-17T16:30:00Z",
                "Call with the Seattle office"
            ),
        ]
    );
}

#[test]
fn an_apple_feed_with_floating_times_a_custom_zone_rdates_and_a_series_from_2000() {
    let owners = owners();
    let feed = read(APPLE, &reading(&owners, true)).expect("a feed");
    let titled = |title: &str| -> Vec<(String, String, &str)> {
        listed(&feed).into_iter().filter(|(_, _, t)| *t == title).collect()
    };
    // A floating time is the host's wall time.
    assert_eq!(
        titled("Gym (floating)"),
        vec![row("2027-03-18T07:00:00Z", "2027-03-18T08:00:00Z", "Gym (floating)")]
    );
    assert_eq!(
        titled("Moving day"),
        vec![row("2027-03-18T23:00:00Z", "2027-03-19T23:00:00Z", "Moving day")]
    );
    // A VTIMEZONE of Apple's own name at +05:30.
    assert_eq!(
        titled("Sync with Pune"),
        vec![row("2027-03-17T04:30:00Z", "2027-03-17T05:30:00Z", "Sync with Pune")]
    );
    // A zone with daylight time under a name of the exporter's own: 10:00 EDT.
    assert_eq!(
        titled("Board call"),
        vec![row("2027-03-17T14:00:00Z", "2027-03-17T14:30:00Z", "Board call")]
    );
    // The rule's two days are before the window; the RDATEs are in it, on both sides of DST.
    assert_eq!(
        titled("Choir"),
        vec![
            row("2027-03-20T17:00:00Z", "2027-03-20T18:00:00Z", "Choir"),
            row("2027-03-27T17:00:00Z", "2027-03-27T18:00:00Z", "Choir"),
        ]
    );
    // A daily series started in 2000 yields the window's 29 mornings, each at 06:30 Berlin.
    let runs = titled("Morning run since 2000");
    assert_eq!(runs.len(), 29);
    assert!(runs.contains(&row(
        "2027-03-27T05:30:00Z",
        "2027-03-27T06:00:00Z",
        "Morning run since 2000"
    )));
    assert!(runs.contains(&row(
        "2027-03-28T04:30:00Z",
        "2027-03-28T05:00:00Z",
        "Morning run since 2000"
    )));
}

#[test]
fn garbage_is_refused_and_broken_events_are_counted_not_fatal() {
    let owners = owners();
    for text in [
        "",
        "hello",
        "<html><body>Sign in</body></html>",
        "BEGIN:VCARD\r\nEND:VCARD\r\n",
    ] {
        assert_eq!(
            read(text, &reading(&owners, true)).map(|f| f.busy.len()),
            Err(FeedError::NotICalendar),
            "{text:?}"
        );
    }
    let broken = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
        BEGIN:VEVENT\r\nUID:no-start\r\nSUMMARY:No start\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:bad-rule\r\nDTSTART:20270316T090000Z\r\nDTEND:20270316T100000Z\r\nRRULE:FREQ=WEEKLY;BYSETPOS=0\r\nEND:VEVENT\r\n\
        BEGIN:VEVENT\r\nUID:fine\r\nDTSTART:20270316T090000Z\r\nDTEND:20270316T100000Z\r\nSUMMARY:Fine\u{7}\r\nEND:VEVENT\r\n\
        END:VCALENDAR\r\n";
    let feed = read(broken, &reading(&owners, true)).expect("a feed");
    assert_eq!(
        listed(&feed),
        vec![row("2027-03-16T09:00:00Z", "2027-03-16T10:00:00Z", "Fine")]
    );
    assert_eq!(feed.events, 3);
    assert!(feed.unreadable >= 1, "{feed:?}");
}

#[test]
fn a_secondly_rule_is_cut_off_at_the_bound() {
    let owners = owners();
    let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:flood\r\n\
        DTSTART:20270315T000000Z\r\nDURATION:PT1S\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let feed = read(text, &reading(&owners, true)).expect("a feed");
    assert!(feed.busy.len() <= MAX_BUSY);
    assert!(
        feed.truncated || feed.unreadable == 1,
        "bounded either way: {}",
        feed.busy.len()
    );
    assert!(feed.busy.windows(2).all(|w| w[0].start <= w[1].start));
    assert!(feed.busy.iter().all(|b| b.end - b.start == TimeDelta::seconds(1)));
}

/// A short-period series started long before the window is expanded from near the window (a
/// minutely one from 2000 takes no walk through its 14 million earlier minutes), and one that
/// must be walked from its start because of its `COUNT` is unreadable past a bound.
#[test]
fn old_short_period_series_are_read_from_near_the_window_or_refused() {
    let owners = owners();
    let feed = |rule: &str| {
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:old\r\nDTSTART:20000101T000700Z\r\n\
             DURATION:PT5M\r\nRRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    };
    // Every 30 minutes at :07 and :37, on Tuesdays only.
    let read_back = read(&feed("FREQ=MINUTELY;INTERVAL=30;BYDAY=TU"), &reading(&owners, true)).expect("a feed");
    let tuesdays = read_back
        .busy
        .iter()
        .filter(|b| b.start >= at("2027-03-16T00:00:00Z") && b.start < at("2027-03-17T00:00:00Z"))
        .count();
    assert_eq!(tuesdays, 48, "every half hour of Tuesday 16 March");
    assert!(
        read_back
            .busy
            .iter()
            .all(|b| chrono::Timelike::minute(&b.start) % 30 == 7),
        "the phase is kept"
    );
    let counted = read(&feed("FREQ=SECONDLY;COUNT=4000000000"), &reading(&owners, true)).expect("a feed");
    assert_eq!((counted.unreadable, counted.busy.len()), (1, 0));
}
