//! The e-mails about a booking: one message per person (the invitee and each host), in their
//! own time zone, as plain text and HTML, with the iCalendar invite attached when the
//! calendar should change. The HTML part is an askama template (`templates/mail/`), so the
//! engine escapes what people typed. Composing is pure, so a job can rebuild the same mail on
//! a retry.

use std::fmt::Write as _;

use askama::Template;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use lettre::Message;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart};
use sha2::{Digest, Sha256};

use super::context::BookingContext;
use super::ics::{self, Method};
use crate::model::events::{DomainEvent, EventKind};
use crate::model::{Attendee, Booking, Canceller};

/// Marks the mails as sent by a program (RFC 3834), so out-of-office replies skip them.
const AUTO_SUBMITTED: HeaderName = HeaderName::new_from_ascii_str("Auto-Submitted");

/// What a mail tells its recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Confirmed,
    Rescheduled,
    Cancelled,
    /// The booking starts in about this many minutes; carries no invite.
    Reminder {
        minutes_before: u32,
    },
}

impl Notice {
    /// The notice an event announces.
    #[must_use]
    pub fn of(kind: EventKind) -> Self {
        match kind {
            EventKind::BookingCreated => Self::Confirmed,
            EventKind::BookingRescheduled => Self::Rescheduled,
            EventKind::BookingCancelled => Self::Cancelled,
        }
    }

    /// A short stable name, part of the `Message-ID`.
    fn tag(self) -> String {
        match self {
            Self::Confirmed => "confirmed".to_owned(),
            Self::Rescheduled => "rescheduled".to_owned(),
            Self::Cancelled => "cancelled".to_owned(),
            Self::Reminder { minutes_before } => format!("reminder-{minutes_before}"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Invitee,
    Host,
}

/// One person a booking's mail goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub role: Role,
    pub name: String,
    pub email: String,
    /// IANA zone their times are shown in.
    pub time_zone: String,
}

/// Everything the mails about one event need.
#[derive(Debug, Clone)]
pub struct BookingMail {
    /// The event the mails are about; its booking is the state after the change.
    pub event: DomainEvent,
    pub context: BookingContext,
    /// The `From` of every mail (`KAIROS_EMAIL_FROM`).
    pub from: Mailbox,
    /// Base URL of the public API (`KAIROS_PUBLIC_URL`, no trailing slash); when set, the
    /// invitee's mail links to their booking.
    pub public_url: Option<String>,
}

impl BookingMail {
    fn booking(&self) -> &Booking {
        &self.event.data
    }
}

/// Who gets mail about the booking: the invitee, then each host; an address appears once.
#[must_use]
pub fn recipients(mail: &BookingMail) -> Vec<Recipient> {
    let invitee = std::iter::once((Role::Invitee, &mail.booking().invitee));
    let hosts = mail.context.hosts.iter().map(|h| (Role::Host, h));
    let mut out: Vec<Recipient> = Vec::new();
    for (role, person) in invitee.chain(hosts) {
        if out.iter().any(|r| r.email.eq_ignore_ascii_case(&person.email)) {
            continue;
        }
        out.push(Recipient {
            role,
            name: person.name.clone(),
            email: person.email.to_string(),
            time_zone: person.time_zone.name().to_owned(),
        });
    }
    out
}

/// The mail telling `to` about the event. Its `Message-ID` depends only on the event, the
/// notice and the recipient, so a mail sent twice can be recognised as the same one.
pub fn compose(mail: &BookingMail, notice: Notice, to: &Recipient) -> anyhow::Result<Message> {
    let booking = mail.booking();
    let zone = zone_of(&to.time_zone);
    let words = Words::new(mail, notice, to, zone);
    let mut builder = Message::builder()
        .from(mail.from.clone())
        .to(Mailbox::new(Some(to.name.clone()), to.email.parse()?))
        .subject(words.subject.clone())
        .message_id(Some(message_id(mail, notice, to)))
        .date_now()
        .raw_header(HeaderValue::new(AUTO_SUBMITTED, "auto-generated".to_owned()));
    if to.role == Role::Host {
        builder = builder.reply_to(Mailbox::new(
            Some(booking.invitee.name.clone()),
            booking.invitee.email.parse()?,
        ));
    }
    let body = MultiPart::alternative_plain_html(words.plain(), words.html()?);
    let message = match notice {
        Notice::Reminder { .. } => builder.multipart(body)?,
        Notice::Confirmed | Notice::Rescheduled | Notice::Cancelled => {
            let method = Method::of(booking);
            let calendar = ics::render(&ics::Invite {
                booking,
                title: &mail.context.title,
                location: &mail.context.location,
                hosts: &mail.context.hosts,
                stamp: mail.event.timestamp,
            });
            let invite =
                Attachment::new("invite.ics".to_owned()).body(calendar, ContentType::parse(&method.content_type())?);
            builder.multipart(MultiPart::mixed().multipart(body).singlepart(invite))?
        }
    };
    Ok(message)
}

/// `<event id>.<notice>.<hash of the recipient's address>@<sender's domain>`.
fn message_id(mail: &BookingMail, notice: Notice, to: &Recipient) -> String {
    let digest = Sha256::digest(to.email.to_lowercase().as_bytes());
    let mut hash = String::with_capacity(16);
    for byte in &digest[..8] {
        let _ = write!(hash, "{byte:02x}");
    }
    format!(
        "<{}.{}.{hash}@{}>",
        mail.event.id,
        notice.tag(),
        mail.from.email.domain()
    )
}

fn zone_of(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

/// The words of one mail: subject, greeting, headline and the facts, in the recipient's zone.
struct Words {
    subject: String,
    greeting: String,
    headline: String,
    facts: Vec<(&'static str, String)>,
    link: Option<String>,
    footer: &'static str,
}

impl Words {
    fn new(mail: &BookingMail, notice: Notice, to: &Recipient, zone: Tz) -> Self {
        let booking = mail.booking();
        let title = &mail.context.title;
        let invitee = &booking.invitee.name;
        let other = match to.role {
            Role::Invitee => names(&mail.context.hosts),
            Role::Host => invitee.clone(),
        };
        let short = short_time(booking.start, zone);
        let subject = match notice {
            Notice::Confirmed if to.role == Role::Host => format!("New booking: {title} with {other} on {short}"),
            Notice::Confirmed => format!("Confirmed: {title} with {other} on {short}"),
            Notice::Rescheduled => format!("Rescheduled: {title} with {other}, now on {short}"),
            Notice::Cancelled => format!("Cancelled: {title} with {other} on {short}"),
            Notice::Reminder { minutes_before } => {
                format!("Reminder: {title} with {other} in {}, {short}", span(minutes_before))
            }
        };
        let headline = match (notice, to.role) {
            (Notice::Confirmed, Role::Invitee) => "Your booking is confirmed.".to_owned(),
            (Notice::Confirmed, Role::Host) => format!("{invitee} booked {title} with you."),
            (Notice::Rescheduled, Role::Invitee) => "Your booking has moved to a new time.".to_owned(),
            (Notice::Rescheduled, Role::Host) => format!("Your booking with {invitee} has moved to a new time."),
            (Notice::Cancelled, _) => {
                let by = match (booking.cancelled_by, to.role) {
                    (Some(Canceller::Invitee), Role::Invitee) | (Some(Canceller::Host), Role::Host) => " by you",
                    (Some(Canceller::Host), Role::Invitee) => " by the host",
                    (Some(Canceller::Invitee), Role::Host) => " by the invitee",
                    (None, _) => "",
                };
                format!("This booking has been cancelled{by}.")
            }
            (Notice::Reminder { minutes_before }, _) => {
                format!("A reminder: your booking starts in {}.", span(minutes_before))
            }
        };
        let mut facts = vec![
            ("What", title.clone()),
            ("When", long_time(booking.start, booking.end, zone)),
        ];
        if !mail.context.location.trim().is_empty() {
            facts.push(("Where", mail.context.location.clone()));
        }
        facts.push(("With", with(mail, to.role)));
        if !booking.notes.trim().is_empty() {
            facts.push(("Notes", booking.notes.clone()));
        }
        if notice == Notice::Cancelled
            && let Some(reason) = booking.cancel_reason.as_ref().filter(|r| !r.trim().is_empty())
        {
            facts.push(("Reason", reason.clone()));
        }
        let link = match (&mail.public_url, to.role) {
            (Some(base), Role::Invitee) => Some(format!("{base}/booking/{}", booking.uid)),
            _ => None,
        };
        let footer = match notice {
            Notice::Confirmed | Notice::Rescheduled => "The attached invitation (invite.ics) updates your calendar.",
            Notice::Cancelled => "The attached cancellation (invite.ics) removes the event from your calendar.",
            Notice::Reminder { .. } => "",
        };
        Self {
            subject,
            greeting: format!("Hello {},", to.name),
            headline,
            facts,
            link,
            footer,
        }
    }

    fn plain(&self) -> String {
        let mut text = format!("{}\n\n{}\n\n", self.greeting, self.headline);
        for (label, value) in &self.facts {
            let value = value.replace('\n', "\n       ");
            let _ = writeln!(text, "{:<6} {value}", format!("{label}:"));
        }
        if let Some(link) = &self.link {
            let _ = write!(text, "\nView or change your booking: {link}\n");
        }
        if !self.footer.is_empty() {
            let _ = write!(text, "\n{}\n", self.footer);
        }
        text
    }

    /// The HTML part; the template escapes every value.
    fn html(&self) -> askama::Result<String> {
        HtmlPart { words: self }.render()
    }
}

/// The HTML part of a mail: its words, laid out as a short page.
#[derive(Template)]
#[template(path = "mail/booking.html")]
struct HtmlPart<'a> {
    words: &'a Words,
}

fn names(people: &[Attendee]) -> String {
    people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
}

/// The other people at the booking, as the recipient sees them.
fn with(mail: &BookingMail, role: Role) -> String {
    let invitee = &mail.booking().invitee;
    match role {
        Role::Invitee => names(&mail.context.hosts),
        Role::Host => {
            let mut people = vec![format!("{} <{}>", invitee.name, invitee.email)];
            people.extend(
                mail.context
                    .hosts
                    .iter()
                    .filter(|h| mail.context.hosts.len() > 1 && !h.email.eq_ignore_ascii_case(&invitee.email))
                    .map(|h| h.name.clone()),
            );
            people.join(", ")
        }
    }
}

/// `Tue 1 Dec 2026 10:00 (Europe/Paris)`.
fn short_time(at: DateTime<Utc>, zone: Tz) -> String {
    format!(
        "{} ({})",
        at.with_timezone(&zone).format("%a %-d %b %Y %H:%M"),
        zone.name()
    )
}

/// `Tuesday 1 December 2026, 10:00–10:30 (Europe/Paris)`.
fn long_time(start: DateTime<Utc>, end: DateTime<Utc>, zone: Tz) -> String {
    let (start, end) = (start.with_timezone(&zone), end.with_timezone(&zone));
    let end = if end.date_naive() == start.date_naive() {
        end.format("%H:%M").to_string()
    } else {
        end.format("%A %-d %B %Y, %H:%M").to_string()
    };
    format!("{}–{end} ({})", start.format("%A %-d %B %Y, %H:%M"), zone.name())
}

/// `45 minutes`, `1 hour`, `2 days`.
fn span(minutes: u32) -> String {
    let (n, unit) = match minutes {
        0 => return "a moment".to_owned(),
        m if m % 1440 == 0 => (m / 1440, "day"),
        m if m % 60 == 0 => (m / 60, "hour"),
        m => (m, "minute"),
    };
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::ids::{BookingId, EventTypeId, HostId, OrgId};
    use crate::model::BookingStatus;

    fn mail(kind: EventKind) -> BookingMail {
        let start = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).single().expect("valid");
        let booking = Booking {
            id: BookingId::generate(),
            uid: "0123456789abcdef0123456789abcdef".to_owned(),
            event_type_id: EventTypeId::generate(),
            status: BookingStatus::Confirmed,
            start,
            end: start + chrono::TimeDelta::minutes(30),
            hosts: vec![HostId::generate()],
            invitee: Attendee {
                name: "Zoë <b>".to_owned(),
                email: crate::model::values::EmailAddress::parse("zoe@example.com").expect("an address"),
                time_zone: kairos_core::Zone::parse("America/Sao_Paulo").expect("a zone"),
            },
            notes: "<script>alert(1)</script> & more".to_owned(),
            sequence: 0,
            cancel_reason: None,
            cancelled_by: None,
            cancelled_at: None,
            created_at: start,
            updated_at: start,
        };
        BookingMail {
            event: DomainEvent::new(kind, OrgId::generate(), booking, start),
            context: BookingContext {
                title: "Intro".to_owned(),
                location: "Room 1".to_owned(),
                hosts: vec![Attendee {
                    name: "Ana".to_owned(),
                    email: crate::model::values::EmailAddress::parse("ana@example.com").expect("an address"),
                    time_zone: kairos_core::Zone::parse("Europe/Berlin").expect("a zone"),
                }],
            },
            from: "Kairos <no-reply@localhost>".parse().expect("mailbox"),
            public_url: Some("https://book.example".to_owned()),
        }
    }

    #[test]
    fn each_person_is_told_in_their_own_zone() {
        let mail = mail(EventKind::BookingCreated);
        let people = recipients(&mail);
        assert_eq!(people.len(), 2);
        let invitee = Words::new(&mail, Notice::Confirmed, &people[0], zone_of(&people[0].time_zone));
        assert_eq!(
            invitee.subject,
            "Confirmed: Intro with Ana on Tue 1 Dec 2026 06:00 (America/Sao_Paulo)"
        );
        let host = Words::new(&mail, Notice::Confirmed, &people[1], zone_of(&people[1].time_zone));
        assert_eq!(
            host.subject,
            "New booking: Intro with Zoë <b> on Tue 1 Dec 2026 10:00 (Europe/Berlin)"
        );
        assert!(
            host.plain()
                .contains("Tuesday 1 December 2026, 10:00–10:30 (Europe/Berlin)")
        );
        assert!(host.link.is_none(), "the invitee's link is theirs alone");
        assert!(
            invitee
                .plain()
                .contains("https://book.example/booking/0123456789abcdef")
        );
    }

    #[test]
    fn user_text_is_escaped_in_html() {
        let mail = mail(EventKind::BookingCreated);
        let host = &recipients(&mail)[1];
        let html = Words::new(&mail, Notice::Confirmed, host, Tz::UTC)
            .html()
            .expect("renders");
        assert!(
            html.contains("&#60;script&#62;alert(1)&#60;/script&#62; &#38; more"),
            "{html}"
        );
        assert!(html.contains("Zoë &#60;b&#62;"));
        assert!(!html.contains("<script>") && !html.contains("<b>"));
    }

    #[test]
    fn hostile_titles_and_names_reach_the_html_escaped() {
        let title = "<script>alert(1)</script> \"Q&A\"";
        let name = "Eve \"<script>alert(1)</script>\" & co";
        let mut mail = mail(EventKind::BookingCreated);
        mail.context.title = title.to_owned();
        mail.event.data.invitee.name = name.to_owned();
        let people = recipients(&mail);
        let title_escaped = "&#60;script&#62;alert(1)&#60;/script&#62; &#34;Q&#38;A&#34;";
        let name_escaped = "Eve &#34;&#60;script&#62;alert(1)&#60;/script&#62;&#34; &#38; co";

        let invitee = Words::new(&mail, Notice::Confirmed, &people[0], Tz::UTC);
        let host = Words::new(&mail, Notice::Confirmed, &people[1], Tz::UTC);
        let invitee_html = invitee.html().expect("renders");
        let host_html = host.html().expect("renders");
        assert!(
            invitee_html.contains(&format!("<p>Hello {name_escaped},</p>")),
            "{invitee_html}"
        );
        assert!(
            host_html.contains(&format!(
                "<p><strong>{name_escaped} booked {title_escaped} with you.</strong></p>"
            )),
            "{host_html}"
        );
        for html in [&invitee_html, &host_html] {
            assert!(
                html.contains(&format!(
                    "<th align=\"left\" valign=\"top\">What</th><td>{title_escaped}</td>"
                )),
                "{html}"
            );
            assert!(!html.contains("<script") && !html.contains("</script"), "{html}");
            assert!(!html.contains(title) && !html.contains(name), "{html}");
            assert!(!html.contains("\"Q&A\"") && !html.contains("& co"), "{html}");
        }
        // The plain-text part is not HTML: it carries the words as they were typed.
        assert!(host.plain().contains(&format!("{name} booked {title} with you.")));
    }

    #[test]
    fn message_ids_are_stable_per_event_notice_and_recipient() {
        let mail = mail(EventKind::BookingCreated);
        let people = recipients(&mail);
        let a = message_id(&mail, Notice::Confirmed, &people[0]);
        assert_eq!(a, message_id(&mail, Notice::Confirmed, &people[0]));
        assert_ne!(a, message_id(&mail, Notice::Confirmed, &people[1]));
        assert_ne!(
            a,
            message_id(&mail, Notice::Reminder { minutes_before: 60 }, &people[0])
        );
        assert!(a.starts_with(&format!("<{}.confirmed.", mail.event.id)) && a.ends_with("@localhost>"));
        let message = compose(&mail, Notice::Confirmed, &people[0]).expect("composes");
        assert_eq!(message.headers().get_raw("Message-ID"), Some(a.as_str()));
    }

    #[test]
    fn reminders_carry_no_invite() {
        let mail = mail(EventKind::BookingCreated);
        let people = recipients(&mail);
        let reminder = compose(&mail, Notice::Reminder { minutes_before: 60 }, &people[0]).expect("composes");
        let raw = String::from_utf8(reminder.formatted()).expect("utf-8");
        assert!(!raw.contains("text/calendar"));
        let confirmed = compose(&mail, Notice::Confirmed, &people[0]).expect("composes");
        let raw = String::from_utf8(confirmed.formatted()).expect("utf-8");
        assert!(
            raw.contains("Content-Type: text/calendar; method=REQUEST; charset=utf-8"),
            "{raw}"
        );
        assert!(raw.contains("filename=\"invite.ics\""), "{raw}");
    }

    #[test]
    fn spans_read_naturally() {
        assert_eq!(span(1), "1 minute");
        assert_eq!(span(45), "45 minutes");
        assert_eq!(span(60), "1 hour");
        assert_eq!(span(120), "2 hours");
        assert_eq!(span(1440), "1 day");
        assert_eq!(span(90), "90 minutes");
    }

    #[test]
    fn recipients_are_unique() {
        let mut mail = mail(EventKind::BookingCreated);
        mail.context.hosts.push(Attendee {
            name: "Zoë again".to_owned(),
            email: crate::model::values::EmailAddress::parse("ZOE@example.com").expect("an address"),
            time_zone: kairos_core::Zone::parse("UTC").expect("a zone"),
        });
        let people = recipients(&mail);
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].role, Role::Invitee);
    }
}
