//! Synthetic calendar feeds for `kairos-load feeds`, so that hosts' busy time from external
//! calendars can be put under load: what a busy person's feed holds over the days the load
//! books in — meetings of 30 to 90 minutes, some marked free or cancelled, and a few weekly
//! series with one occurrence taken out — written as RFC 5545 text (CRLF lines folded at 75
//! octets, UTC times) from a seeded generator, so the same seed writes the same feed.

use std::fmt::Write as _;

use chrono::{DateTime, TimeDelta, Utc};

use crate::rng::Rng;

/// What one feed holds.
#[derive(Debug, Clone)]
pub struct FeedSpec<'a> {
    /// Shown by calendar apps (`X-WR-CALNAME`).
    pub name: &'a str,
    /// Starts every UID of the feed, so UIDs are unique across feeds.
    pub uid_prefix: &'a str,
    /// `VEVENT`s written (a series counts once).
    pub events: u32,
    /// The window every occurrence lies in: `[from, until)`.
    pub from: DateTime<Utc>,
    pub until: DateTime<Utc>,
    /// `DTSTAMP` of every event: when the feed was made.
    pub stamp: DateTime<Utc>,
    pub seed: u64,
}

/// A written feed and what a reader should find in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub text: String,
    /// `VEVENT`s written.
    pub events: u32,
    /// Weekly series among them.
    pub series: u32,
    /// Occurrences that keep the host busy: the events neither free nor cancelled, each series
    /// occurrence counted, the taken-out ones not.
    pub busy: u32,
}

/// Event lengths in minutes; an hour is the most common.
const LENGTHS: [i64; 6] = [30, 45, 60, 60, 60, 90];
/// Starts fall on this grid, as people schedule.
const GRID_MINUTES: i64 = 15;
/// Share of single events marked free (`TRANSP:TRANSPARENT`: focus time, reminders).
const FREE: f64 = 0.04;
/// Share of single events cancelled but still in the feed (`STATUS:CANCELLED`).
const CANCELLED: f64 = 0.02;
const TITLES: [&str; 8] = [
    "Team sync",
    "1:1",
    "Customer call, follow-up",
    "Design review; notes in the doc",
    "Interview",
    "Lunch with a partner",
    "Planning",
    "Dentist",
];
const LOCATIONS: [&str; 3] = ["Room 4.12", "Video call", "Café across the street, Rua Augusta 12"];
/// A description long enough to be folded.
const AGENDA: &str = "Agenda: last week's numbers, the open questions from the review, who does what \
     before Friday; bring the draft and the customer's comments.";

/// Writes the feed `spec` describes.
#[must_use]
pub fn write(spec: &FeedSpec<'_>) -> Feed {
    let mut rng = Rng::seeded(spec.seed);
    let series = if spec.events >= 20 {
        (spec.events / 100).clamp(1, 10)
    } else {
        0
    };
    let mut out = String::with_capacity(spec.events as usize * 300);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kairos//kairos-load feeds//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("X-WR-CALNAME:{}", escape(spec.name)));
    let stamp = utc(spec.stamp);
    let mut busy = 0;
    for index in 0..spec.events {
        let uid = format!("{}-{index}@load.kairos.example", spec.uid_prefix);
        let length = TimeDelta::minutes(LENGTHS[rng.below(LENGTHS.len())]);
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{uid}"));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        if index < series {
            // Weekly from the first week of the window to its end, the second one taken out.
            let first_week = spec.from + TimeDelta::days(7).min(spec.until - spec.from - length);
            let start = grid_time(&mut rng, spec.from, first_week);
            // UNTIL bounds the starts: the last occurrence ends by the window's end.
            let until = spec.until - length;
            let occurrences = weekly_occurrences(start, length, spec.until);
            push_line(&mut out, &format!("DTSTART:{}", utc(start)));
            push_line(&mut out, &format!("DTEND:{}", utc(start + length)));
            push_line(&mut out, &format!("SUMMARY:{}", escape("Weekly team meeting")));
            push_line(&mut out, &format!("RRULE:FREQ=WEEKLY;UNTIL={}", utc(until)));
            if occurrences > 1 {
                push_line(&mut out, &format!("EXDATE:{}", utc(start + TimeDelta::days(7))));
                busy += occurrences - 1;
            } else {
                busy += occurrences;
            }
        } else {
            let start = grid_time(&mut rng, spec.from, spec.until - length);
            push_line(&mut out, &format!("DTSTART:{}", utc(start)));
            push_line(&mut out, &format!("DTEND:{}", utc(start + length)));
            let draw = rng.unit();
            if draw < FREE {
                push_line(&mut out, "SUMMARY:Focus time");
                push_line(&mut out, "TRANSP:TRANSPARENT");
            } else if draw < FREE + CANCELLED {
                push_line(
                    &mut out,
                    &format!("SUMMARY:{}", escape(TITLES[rng.below(TITLES.len())])),
                );
                push_line(&mut out, "STATUS:CANCELLED");
            } else {
                push_line(
                    &mut out,
                    &format!("SUMMARY:{}", escape(TITLES[rng.below(TITLES.len())])),
                );
                push_line(&mut out, "TRANSP:OPAQUE");
                busy += 1;
            }
            if rng.chance(0.3) {
                push_line(
                    &mut out,
                    &format!("LOCATION:{}", escape(LOCATIONS[rng.below(LOCATIONS.len())])),
                );
            }
            if rng.chance(0.2) {
                push_line(&mut out, &format!("DESCRIPTION:{}", escape(AGENDA)));
            }
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    Feed {
        text: out,
        events: spec.events,
        series,
        busy,
    }
}

/// A random start on the grid in `[from, latest]` (`from` when the range is empty).
fn grid_time(rng: &mut Rng, from: DateTime<Utc>, latest: DateTime<Utc>) -> DateTime<Utc> {
    let steps = (latest - from).num_minutes().max(0) / GRID_MINUTES + 1;
    from + TimeDelta::minutes(GRID_MINUTES * rng.below(steps as usize) as i64)
}

/// Weekly occurrences from `start` that end by `until`.
fn weekly_occurrences(start: DateTime<Utc>, length: TimeDelta, until: DateTime<Utc>) -> u32 {
    let mut count = 0;
    let mut at = start;
    while at + length <= until {
        count += 1;
        at += TimeDelta::days(7);
    }
    count
}

/// An instant as an RFC 5545 UTC date-time, e.g. `20270315T090000Z`.
#[must_use]
pub fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A text value escaped (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Appends `line` with CRLF, folded so that no line is longer than 75 octets (RFC 5545, 3.1),
/// never inside a character.
fn push_line(out: &mut String, line: &str) {
    let mut room = 75;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = 74;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDateTime, TimeDelta, TimeZone, Utc};

    use super::{Feed, FeedSpec, utc, write};

    fn spec(events: u32, seed: u64) -> (DateTime<Utc>, DateTime<Utc>, FeedSpec<'static>) {
        let from = Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).single().expect("valid");
        let until = from + TimeDelta::days(50);
        let spec = FeedSpec {
            name: "Work, synthetic",
            uid_prefix: "hst_0-1",
            events,
            from,
            until,
            stamp: from - TimeDelta::days(1),
            seed,
        };
        (from, until, spec)
    }

    /// Unfolds the feed's lines (RFC 5545, 3.1) after checking every line ends with CRLF and
    /// is at most 75 octets.
    fn lines(feed: &Feed) -> Vec<String> {
        assert!(feed.text.ends_with("\r\n"));
        let mut unfolded: Vec<String> = Vec::new();
        for line in feed.text.strip_suffix("\r\n").expect("ends with CRLF").split("\r\n") {
            assert!(
                !line.contains('\n') && !line.contains('\r'),
                "bare LF or CR in {line:?}"
            );
            assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
            match line.strip_prefix(' ') {
                Some(rest) => unfolded
                    .last_mut()
                    .expect("a continuation follows a line")
                    .push_str(rest),
                None => unfolded.push(line.to_owned()),
            }
        }
        unfolded
    }

    fn instant(value: &str) -> DateTime<Utc> {
        NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%SZ")
            .unwrap_or_else(|err| panic!("`{value}` is not a UTC date-time: {err}"))
            .and_utc()
    }

    #[test]
    fn a_feed_is_rfc_5545_with_every_event_inside_the_window() {
        let (from, until, spec) = spec(500, 7);
        let feed = write(&spec);
        let lines = lines(&feed);
        assert_eq!(
            lines[..3],
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Kairos//kairos-load feeds//EN"
            ]
        );
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert!(lines.contains(&"X-WR-CALNAME:Work\\, synthetic".to_owned()));
        let count = |prefix: &str| lines.iter().filter(|l| l.starts_with(prefix)).count();
        assert_eq!(count("BEGIN:VEVENT"), 500);
        assert_eq!(count("END:VEVENT"), 500);
        assert_eq!(count("UID:"), 500);
        assert_eq!(count("DTSTAMP:"), 500);
        assert_eq!(feed.series, 5);
        assert_eq!(count("RRULE:FREQ=WEEKLY;UNTIL="), 5);
        assert_eq!(count("EXDATE:"), 5);
        assert!(
            count("TRANSP:TRANSPARENT") > 0 && count("STATUS:CANCELLED") > 0,
            "free and cancelled ones"
        );
        let uids: std::collections::HashSet<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), 500, "UIDs are unique");
        let starts: Vec<DateTime<Utc>> = lines
            .iter()
            .filter_map(|l| l.strip_prefix("DTSTART:"))
            .map(instant)
            .collect();
        let ends: Vec<DateTime<Utc>> = lines
            .iter()
            .filter_map(|l| l.strip_prefix("DTEND:"))
            .map(instant)
            .collect();
        assert_eq!((starts.len(), ends.len()), (500, 500));
        for (start, end) in starts.iter().zip(&ends) {
            assert!(from <= *start && *end <= until, "{start}–{end} outside the window");
            let minutes = (*end - *start).num_minutes();
            assert!((30..=90).contains(&minutes), "{minutes} minutes");
            assert_eq!(start.timestamp() % (15 * 60), 0, "{start} is on the 15-minute grid");
        }
        // Series run weekly to the window's end: about seven occurrences each, one taken out.
        assert!(
            feed.busy > 450 && feed.busy < 500 + 5 * 8,
            "{} busy occurrences",
            feed.busy
        );
        let folded = feed.text.split("\r\n").filter(|l| l.starts_with(' ')).count();
        assert!(folded > 0, "long descriptions are folded");
    }

    #[test]
    fn the_same_seed_writes_the_same_feed_and_another_seed_another() {
        let (_, _, a) = spec(200, 1);
        assert_eq!(write(&a), write(&a));
        let (_, _, b) = spec(200, 2);
        assert_ne!(write(&a).text, write(&b).text);
        let (_, _, small) = spec(3, 1);
        let small = write(&small);
        assert_eq!((small.events, small.series), (3, 0));
        assert_eq!(
            utc(Utc.with_ymd_and_hms(2027, 3, 15, 9, 5, 0).single().expect("valid")),
            "20270315T090500Z"
        );
    }
}
