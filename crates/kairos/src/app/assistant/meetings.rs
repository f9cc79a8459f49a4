//! Which of the host's meetings a request means ("my 3pm with Bo", "tomorrow's 1:1 with Ana"):
//! the host's own upcoming bookings narrowed by the date, the time and the people named. One
//! match is the meeting; none or several become an explanation or a question, never a guess.

use chrono::{DateTime, Days, TimeDelta, Utc};
use chrono_tz::Tz;
use kairos_core::intent::{MeetingRef, PartOfDay, Participant};
use kairos_core::zone::{Edge, resolve};
use sqlx::PgConnection;

use super::super::Result;
use super::words;
use crate::ids::OrgId;
use crate::model::{Booking, BookingStatus, Host};
use crate::store;
use crate::store::bookings::BookingFilter;

/// Without a date, meetings are looked for this far ahead.
const LOOK_AHEAD_DAYS: u64 = 60;
/// Most meetings one search considers, and most listed in a question.
const MOST: i64 = 200;
const LISTED: usize = 5;

/// A booking with what the host calls it.
#[derive(Debug, Clone)]
pub struct Meeting {
    pub booking: Booking,
    pub title: String,
    /// Everyone in it but the requesting host: other hosts, then the invitee.
    pub others: Vec<Person>,
}

/// Someone in a meeting.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub email: String,
}

/// What a reference to a meeting came to.
#[derive(Debug)]
pub enum Found {
    One(Box<Meeting>),
    /// No meeting matched: the explanation.
    None(String),
    /// Several matched: the question to ask.
    Several(String),
    /// Several matched a request for every meeting that fits ("everything Monday to Wednesday",
    /// "all my meetings on Friday"), in order.
    All(Vec<Meeting>),
}

/// Finds the meeting of `host` that `which` and `participants` describe.
pub async fn find(
    conn: &mut PgConnection,
    org: OrgId,
    host: &Host,
    which: MeetingRef,
    participants: &[Participant],
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<Found> {
    // The day named, or every day of the range named ("everything Monday to Wednesday").
    let (from, to) = match which.date {
        Some(day) => (
            resolve(zone, day.and_time(chrono::NaiveTime::MIN), Edge::Start),
            resolve(
                zone,
                (which.until.unwrap_or(day) + Days::new(1)).and_time(chrono::NaiveTime::MIN),
                Edge::End,
            ),
        ),
        None => (now, now + TimeDelta::days(i64::try_from(LOOK_AHEAD_DAYS).unwrap_or(60))),
    };
    let filter = BookingFilter {
        from: from.max(now - TimeDelta::hours(12)),
        to,
        status: Some(BookingStatus::Confirmed),
        host: Some(host.id),
    };
    let bookings = store::bookings::list(&mut *conn, org, filter, None, MOST).await?;
    let mut matches = Vec::new();
    for booking in bookings.into_iter().filter(|b| b.end > now) {
        let starts = booking.start.with_timezone(&zone).time();
        if which.time.is_some_and(|time| starts != time) {
            continue;
        }
        // "my yoga class this evening": a meeting starting in that part of the day.
        if let Some((first, last)) = which.part.map(PartOfDay::hours)
            && !(first..last).contains(&starts)
        {
            continue;
        }
        let meeting = describe(conn, org, host, booking).await?;
        if participants.iter().all(|p| involves(&meeting, p)) {
            matches.push(meeting);
        }
    }
    // "My 3pm" without a date is the next meeting at 3pm: keep the first day that has one.
    if which.date.is_none()
        && which.time.is_some()
        && let Some(first) = matches
            .first()
            .map(|m| m.booking.start.with_timezone(&zone).date_naive())
    {
        matches.retain(|m| m.booking.start.with_timezone(&zone).date_naive() == first);
    }
    Ok(match matches.len() {
        0 => Found::None(format!(
            "I found no upcoming meeting of yours {}.",
            reference(which, participants)
        )),
        1 => Found::One(Box::new(matches.remove(0))),
        _ if which.every => Found::All(matches),
        _ => Found::Several(which_of(&matches, zone)),
    })
}

/// The question that asks which of `matches` is meant.
pub fn which_of(matches: &[Meeting], zone: Tz) -> String {
    let listed: Vec<String> = matches.iter().take(LISTED).map(|m| line(m, zone)).collect();
    let more = if matches.len() > LISTED {
        format!(" (and {} more)", matches.len() - LISTED)
    } else {
        String::new()
    };
    format!("Which meeting do you mean: {}{more}?", listed.join("; "))
}

/// The booking with its title and the people in it besides `host`.
pub async fn describe(conn: &mut PgConnection, org: OrgId, host: &Host, booking: Booking) -> Result<Meeting> {
    let title = store::event_types::get(&mut *conn, org, booking.event_type_id)
        .await?
        .map_or_else(|| "Meeting".to_owned(), |e| e.title);
    let ids: Vec<_> = booking.hosts.iter().copied().filter(|h| *h != host.id).collect();
    let mut names: Vec<Person> = store::hosts::by_ids(&mut *conn, org, &ids)
        .await?
        .into_iter()
        .map(|h| Person {
            name: h.name,
            email: h.email.into(),
        })
        .collect();
    if !booking.invitee.email.eq_ignore_ascii_case(&host.email) {
        names.push(Person {
            name: booking.invitee.name.clone(),
            email: booking.invitee.email.to_string(),
        });
    }
    Ok(Meeting {
        booking,
        title,
        others: names,
    })
}

/// True when someone in the meeting is `participant`: the same email, or a whole or first name.
fn involves(meeting: &Meeting, participant: &Participant) -> bool {
    meeting.others.iter().any(|person| match participant {
        Participant::Email(e) => person.email.eq_ignore_ascii_case(e),
        Participant::Name(n) => super::people::fits(&person.name, n),
    })
}

/// "Thu 3 Dec, 15:00–15:30 “Intro call” with Ana Lima".
#[must_use]
pub fn line(m: &Meeting, zone: Tz) -> String {
    let with: Vec<String> = m.others.iter().map(|p| p.name.clone()).collect();
    let with = if with.is_empty() {
        String::new()
    } else {
        format!(" with {}", words::list(&with))
    };
    format!(
        "{} “{}”{with}",
        words::span(m.booking.start, m.booking.end, zone),
        m.title
    )
}

fn reference(which: MeetingRef, participants: &[Participant]) -> String {
    let mut parts = Vec::new();
    match (which.date, which.until) {
        (Some(first), Some(last)) => parts.push(format!("from {} to {}", words::date(first), words::date(last))),
        (Some(day), None) => parts.push(format!("on {}", words::date(day))),
        _ => {}
    }
    if let Some(time) = which.time {
        parts.push(format!("at {}", time.format("%H:%M")));
    }
    if let Some(part) = which.part {
        parts.push(
            match part {
                PartOfDay::Morning => "in the morning",
                PartOfDay::Afternoon => "in the afternoon",
                PartOfDay::Evening => "in the evening",
            }
            .to_owned(),
        );
    }
    let people: Vec<String> = participants
        .iter()
        .map(|p| match p {
            Participant::Name(n) | Participant::Email(n) => n.clone(),
        })
        .collect();
    if !people.is_empty() {
        parts.push(format!("with {}", words::list(&people)));
    }
    if parts.is_empty() {
        format!("in the next {LOOK_AHEAD_DAYS} days")
    } else {
        parts.join(" ")
    }
}
