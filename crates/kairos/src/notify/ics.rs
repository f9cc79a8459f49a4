//! The iCalendar invite of a booking (RFC 5545 objects, RFC 5546 iTIP methods), as attached
//! to the e-mails and served by the `.ics` endpoints, so both always say the same thing.
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
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        format!("PRODID:{PRODID}"),
        "VERSION:2.0".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
    ];
    if let Some(method) = method {
        lines.push(format!("METHOD:{}", method.as_str()));
    }
    for invite in invites {
        event_lines(invite, &mut lines);
    }
    lines.push("END:VCALENDAR".to_owned());

    let mut out = String::new();
    for line in &lines {
        fold_into(&mut out, line);
    }
    out
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
