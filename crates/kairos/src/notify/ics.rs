//! The iCalendar invite of a booking (RFC 5545 objects, RFC 5546 iTIP methods), as attached
//! to the e-mails and served by the `.ics` endpoints, so both always say the same thing.
//!
//! The same writer makes a host's subscribed feed ([`subscription`]): the invites' events, with
//! the same `UID`s, under a calendar header that tells clients its name and how often to
//! refresh, plus opaque events for time the host has planned.
//!
//! Written by hand rather than with the `icalendar` crate: one VEVENT with a fixed set of
//! properties is a few dozen lines, and owning them keeps the parts calendar clients are picky
//! about exact — the iTIP `METHOD`, quoted `CN` parameters, octet-based folding that never
//! splits a UTF-8 character — without another dependency.

use chrono::{DateTime, Utc};

use crate::model::{Attendee, Booking, BookingStatus};

/// Produces the `PRODID` of every calendar Kairos writes.
const PRODID: &str = "-//Kairos//Kairos Scheduling//EN";
/// The longest content line in octets, not counting its CRLF (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The iTIP method of an invite: a new or changed booking is a `REQUEST`, a cancelled one a
/// `CANCEL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Request,
    Cancel,
}

impl Method {
    /// The method a booking in its current state is announced with.
    #[must_use]
    pub fn of(booking: &Booking) -> Self {
        match booking.status {
            BookingStatus::Confirmed => Self::Request,
            BookingStatus::Cancelled => Self::Cancel,
        }
    }

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Request => "REQUEST",
            Self::Cancel => "CANCEL",
        }
    }

    /// The MIME type of an invite with this method, for an attachment or a response.
    #[must_use]
    pub fn content_type(self) -> String {
        format!("text/calendar; method={}; charset=UTF-8", self.as_str())
    }
}

/// Everything an invite shows besides the booking itself.
#[derive(Debug, Clone, Copy)]
pub struct Invite<'a> {
    pub booking: &'a Booking,
    /// The event type's title: the event's `SUMMARY`.
    pub title: &'a str,
    pub location: &'a str,
    /// The booking's hosts, in order; the first is the organiser.
    pub hosts: &'a [Attendee],
    /// When this version of the invite was made (`DTSTAMP`).
    pub stamp: DateTime<Utc>,
}

/// The calendar object's `UID`: stable for the life of a booking, so a client updates or
/// removes the event it already has. Made from the booking id, not the invitee's secret
/// `uid`, because calendars are shared and exported more freely than e-mails.
#[must_use]
pub fn event_uid(booking: &Booking) -> String {
    format!("{}@kairos", booking.id)
}

/// The invite as a complete `VCALENDAR` with CRLF line endings.
#[must_use]
pub fn render(invite: &Invite<'_>) -> String {
    calendar(Some(Method::of(invite.booking)), std::slice::from_ref(invite))
}

/// A `VCALENDAR` holding one `VEVENT` per invite, with CRLF line endings. With a method it is
/// an iTIP message about one booking; without, a calendar file (an organisation's export).
#[must_use]
pub fn calendar(method: Option<Method>, invites: &[Invite<'_>]) -> String {
    let mut lines = calendar_start();
    if let Some(method) = method {
        lines.push(format!("METHOD:{}", method.as_str()));
    }
    for invite in invites {
        event_lines(invite, &mut lines);
    }
    calendar_end(lines)
}

/// What a calendar that clients subscribe to says about itself (RFC 7986 and the `X-WR-` /
/// `X-PUBLISHED-TTL` properties Google, Apple and Outlook read).
#[derive(Debug, Clone, Copy)]
pub struct Subscription<'a> {
    /// The calendar's display name.
    pub name: &'a str,
    /// How often clients should fetch it again: an RFC 5545 duration such as `PT15M`.
    pub refresh: &'a str,
}

/// Time shown only as busy (`TRANSP:OPAQUE`): no organiser, no attendees, no description.
#[derive(Debug, Clone)]
pub struct Busy<'a> {
    /// A `UID` of its own, stable while the time stays the same.
    pub uid: &'a str,
    pub summary: &'a str,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// When it was last revised (`DTSTAMP`).
    pub stamp: DateTime<Utc>,
}

/// A calendar to subscribe to: a plain `VCALENDAR` (no `METHOD`: it is published, not an iTIP
/// message) holding the invites' events, each with the same `UID`, `SEQUENCE` and `DTSTAMP` as
/// the invite, then the busy events, with CRLF line endings.
#[must_use]
pub fn subscription(feed: &Subscription<'_>, invites: &[Invite<'_>], busy: &[Busy<'_>]) -> String {
    let mut lines = calendar_start();
    lines.extend([
        format!("NAME:{}", text(feed.name)),
        format!("X-WR-CALNAME:{}", text(feed.name)),
        format!("REFRESH-INTERVAL;VALUE=DURATION:{}", feed.refresh),
        format!("X-PUBLISHED-TTL:{}", feed.refresh),
    ]);
    for invite in invites {
        event_lines(invite, &mut lines);
    }
    for block in busy {
        busy_lines(block, &mut lines);
    }
    calendar_end(lines)
}

/// The first lines of every calendar Kairos writes.
fn calendar_start() -> Vec<String> {
    vec![
        "BEGIN:VCALENDAR".to_owned(),
        format!("PRODID:{PRODID}"),
        "VERSION:2.0".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
    ]
}

/// Closes the calendar and folds its lines into the text sent.
fn calendar_end(mut lines: Vec<String>) -> String {
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in &lines {
        fold_into(&mut out, line);
    }
    out
}

/// One busy event's `VEVENT`.
fn busy_lines(block: &Busy<'_>, lines: &mut Vec<String>) {
    lines.extend([
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", text(block.uid)),
        format!("DTSTAMP:{}", utc(block.stamp)),
        format!("DTSTART:{}", utc(block.start)),
        format!("DTEND:{}", utc(block.end)),
        format!("SUMMARY:{}", text(block.summary)),
        "TRANSP:OPAQUE".to_owned(),
        "END:VEVENT".to_owned(),
    ]);
}

/// One booking's `VEVENT`.
fn event_lines(invite: &Invite<'_>, lines: &mut Vec<String>) {
    let booking = invite.booking;
    let method = Method::of(booking);
    lines.extend([
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", event_uid(booking)),
        format!("SEQUENCE:{}", booking.sequence.max(0)),
        format!("DTSTAMP:{}", utc(invite.stamp)),
        format!("DTSTART:{}", utc(booking.start)),
        format!("DTEND:{}", utc(booking.end)),
        format!("SUMMARY:{}", text(invite.title)),
    ]);
    if !invite.location.trim().is_empty() {
        lines.push(format!("LOCATION:{}", text(invite.location)));
    }
    if !booking.notes.trim().is_empty() {
        lines.push(format!("DESCRIPTION:{}", text(&booking.notes)));
    }
    lines.push(format!(
        "STATUS:{}",
        match method {
            Method::Request => "CONFIRMED",
            Method::Cancel => "CANCELLED",
        }
    ));
    if let Some(organizer) = invite.hosts.first() {
        lines.push(format!(
            "ORGANIZER;CN={}:{}",
            param(&organizer.name),
            mailto(&organizer.email)
        ));
    }
    // The invitee picked the time and the hosts offered it, so everyone has already accepted;
    // no replies are asked for (Kairos does not process iTIP REPLYs).
    for person in std::iter::once(&booking.invitee).chain(invite.hosts) {
        lines.push(format!(
            "ATTENDEE;CN={};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:{}",
            param(&person.name),
            mailto(&person.email)
        ));
    }
    lines.push("END:VEVENT".to_owned());
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as
/// `\n`, other control characters dropped (they are not allowed in TEXT).
#[must_use]
pub fn text(value: &str) -> String {
    let value = value.replace("\r\n", "\n");
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value, always quoted (RFC 5545 §3.2): a quoted value may hold `:`, `;` and
/// `,` but no `"` and no control characters, so those become `'` and are dropped.
fn param(value: &str) -> String {
    let inner: String = value
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == '"' { '\'' } else { c })
        .collect();
    format!("\"{inner}\"")
}

fn mailto(email: &str) -> String {
    let clean: String = email.chars().filter(|c| !c.is_control() && *c != ' ').collect();
    format!("mailto:{clean}")
}

/// Appends `line` folded to at most 75 octets per physical line (continuations start with a
/// space, which counts), breaking only between characters, each line ending in CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut budget = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > budget {
            out.push_str("\r\n ");
            budget = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
}

/// The line as it reads once unfolded (for tests and callers checking a value).
#[must_use]
pub fn unfold(calendar: &str) -> String {
    calendar.replace("\r\n ", "").replace("\r\n\t", "")
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::ids::{BookingId, EventTypeId, HostId};

    fn booking(status: BookingStatus, notes: &str) -> Booking {
        let start = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).single().expect("valid");
        Booking {
            id: BookingId::generate(),
            uid: "0123456789abcdef0123456789abcdef".to_owned(),
            event_type_id: EventTypeId::generate(),
            status,
            start,
            end: start + chrono::TimeDelta::minutes(30),
            hosts: vec![HostId::generate()],
            invitee: Attendee {
                name: "Zoë \"Z\" Ng; PhD".to_owned(),
                email: crate::model::values::EmailAddress::parse("zoe@example.com").expect("an address"),
                time_zone: kairos_core::Zone::parse("Europe/Paris").expect("a zone"),
            },
            notes: notes.to_owned(),
            sequence: 2,
            cancel_reason: None,
            cancelled_by: None,
            cancelled_at: None,
            created_at: start,
            updated_at: start,
        }
    }

    fn hosts() -> Vec<Attendee> {
        vec![Attendee {
            name: "Ana Lima".to_owned(),
            email: crate::model::values::EmailAddress::parse("ana@example.com").expect("an address"),
            time_zone: kairos_core::Zone::parse("Europe/Berlin").expect("a zone"),
        }]
    }

    fn physical_lines(calendar: &str) -> Vec<&str> {
        calendar
            .strip_suffix("\r\n")
            .expect("ends in CRLF")
            .split("\r\n")
            .collect()
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "ü€😀a".repeat(40));
        fold_into(&mut out, &line);
        let lines = physical_lines(&out);
        assert!(lines.len() > 3, "{out}");
        for (i, physical) in lines.iter().enumerate() {
            assert!(physical.len() <= 75, "line {i} has {} octets", physical.len());
            assert_eq!(physical.starts_with(' '), i > 0);
        }
        // Lines are filled: only a character that would not fit moves to the next line.
        assert!(lines[0].len() > 71);
        assert_eq!(unfold(&out), format!("{line}\r\n"));
    }

    #[test]
    fn short_lines_are_not_folded() {
        let mut out = String::new();
        fold_into(&mut out, &"X".repeat(75));
        assert_eq!(out, format!("{}\r\n", "X".repeat(75)));
        let mut out = String::new();
        fold_into(&mut out, &"X".repeat(76));
        assert_eq!(out, format!("{}\r\n X\r\n", "X".repeat(75)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a,b;c\\d\r\ne\nf\tg\u{7}"), "a\\,b\\;c\\\\d\\ne\\nf g");
        assert_eq!(param("Zoë \"Z\" Ng; PhD"), "\"Zoë 'Z' Ng; PhD\"");
    }

    #[test]
    fn a_confirmed_booking_is_a_request() {
        let booking = booking(BookingStatus::Confirmed, "Bring the agenda, please; thanks\nZ");
        let hosts = hosts();
        let calendar = render(&Invite {
            booking: &booking,
            title: "Intro",
            location: "Room 1, 2nd floor",
            hosts: &hosts,
            stamp: booking.updated_at,
        });
        assert!(!calendar.replace("\r\n", "").contains('\n'), "only CRLF line endings");
        let calendar = unfold(&calendar);
        for expected in [
            "METHOD:REQUEST\r\n",
            &format!("UID:{}@kairos\r\n", booking.id),
            "SEQUENCE:2\r\n",
            "DTSTART:20261201T090000Z\r\n",
            "DTEND:20261201T093000Z\r\n",
            "SUMMARY:Intro\r\n",
            "LOCATION:Room 1\\, 2nd floor\r\n",
            "DESCRIPTION:Bring the agenda\\, please\\; thanks\\nZ\r\n",
            "STATUS:CONFIRMED\r\n",
            "ORGANIZER;CN=\"Ana Lima\":mailto:ana@example.com\r\n",
            "ATTENDEE;CN=\"Zoë 'Z' Ng; PhD\";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:zoe@example.com\r\n",
            "ATTENDEE;CN=\"Ana Lima\";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:ana@example.com\r\n",
        ] {
            assert!(calendar.contains(expected), "missing {expected:?} in\n{calendar}");
        }
        assert!(
            !calendar.contains(&booking.uid),
            "the invitee's secret stays out of calendars"
        );
    }

    #[test]
    fn a_subscription_has_no_method_and_says_its_name_and_refresh() {
        let booking = booking(BookingStatus::Confirmed, "");
        let hosts = hosts();
        let invite = Invite {
            booking: &booking,
            title: "Intro",
            location: "",
            hosts: &hosts,
            stamp: booking.updated_at,
        };
        let start = booking.end + chrono::TimeDelta::hours(1);
        let busy = Busy {
            uid: "planned-0123@kairos",
            summary: "Write the report, part 1",
            start,
            end: start + chrono::TimeDelta::hours(2),
            stamp: booking.created_at,
        };
        let feed = subscription(
            &Subscription {
                name: "Kairos — Ana Lima",
                refresh: "PT15M",
            },
            &[invite],
            &[busy],
        );
        for physical in physical_lines(&feed) {
            assert!(physical.len() <= 75, "{physical:?}");
        }
        let unfolded = unfold(&feed);
        assert!(
            !unfolded.contains("METHOD:"),
            "a published calendar, not an iTIP message"
        );
        for expected in [
            "NAME:Kairos — Ana Lima\r\n",
            "X-WR-CALNAME:Kairos — Ana Lima\r\n",
            "REFRESH-INTERVAL;VALUE=DURATION:PT15M\r\n",
            "X-PUBLISHED-TTL:PT15M\r\n",
            &format!("UID:{}\r\n", event_uid(&booking)),
            "UID:planned-0123@kairos\r\n",
            "DTSTART:20261201T103000Z\r\n",
            "DTEND:20261201T123000Z\r\n",
            "SUMMARY:Write the report\\, part 1\r\n",
            "TRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        ] {
            assert!(unfolded.contains(expected), "missing {expected:?} in\n{unfolded}");
        }
        assert_eq!(
            unfolded.matches("BEGIN:VEVENT").count(),
            2,
            "the booking's event is the invite's: {unfolded}"
        );
        let invite_event = render(&invite);
        let event = |calendar: &str| {
            let unfolded = unfold(calendar);
            let from = unfolded.find("BEGIN:VEVENT").expect("an event");
            let to = unfolded.find("END:VEVENT").expect("its end");
            unfolded[from..to].to_owned()
        };
        assert_eq!(event(&feed), event(&invite_event), "the same event as the invite");
    }

    #[test]
    fn a_cancelled_booking_is_a_cancel() {
        let booking = booking(BookingStatus::Cancelled, "");
        let hosts = hosts();
        let calendar = render(&Invite {
            booking: &booking,
            title: "Intro",
            location: "",
            hosts: &hosts,
            stamp: booking.updated_at,
        });
        assert!(calendar.contains("METHOD:CANCEL\r\n"));
        assert!(calendar.contains("STATUS:CANCELLED\r\n"));
        assert!(!calendar.contains("LOCATION"));
        assert!(!calendar.contains("DESCRIPTION"));
    }
}
