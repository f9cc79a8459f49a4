//! Finding times: the hosts' calendars are read in one statement, their common free time is
//! searched by the core's ranking (`kairos_core::suggest`), and the best few become proposals
//! with the reasons they were chosen. When there is no time, the answer says why.

use chrono::{DateTime, Days, TimeDelta, Utc};
use chrono_tz::Tz;
use kairos_core::intent::{Avoid, Window};
use kairos_core::interval::{intersect, normalize, subtract};
use kairos_core::suggest::{self, Candidate, ENOUGH_DISTANCE, Preferences, Search};
use sqlx::PgConnection;

use super::super::{Result, slots};
use super::proposal::{Action, Proposal};
use super::words;
use crate::ids::{BookingId, EventTypeId, OrgId};
use crate::model::Host;
use crate::store;

/// How many proposals an answer offers, and at most how many on one day of a longer window.
const PROPOSALS: usize = 3;
const PER_DAY: usize = 2;
/// Starts fall on the quarter hour.
const STEP: TimeDelta = TimeDelta::minutes(15);
/// Without dates in the request, the search covers this many days from today.
const DEFAULT_DAYS: u64 = 7;
/// The longest window searched.
const MAX_DAYS: u64 = 62;

/// A search for a time when `hosts` are all free.
#[derive(Debug, Clone)]
pub struct Ask<'a> {
    /// Every host who must be free, the requesting host first.
    pub hosts: &'a [Host],
    pub duration: TimeDelta,
    /// The dates and time of day asked for, if any.
    pub window: Option<Window>,
    pub avoid: &'a [Avoid],
    /// The zone the request speaks in.
    pub zone: Tz,
    /// A booking being moved: its own time counts as free.
    pub moving: Option<BookingId>,
    pub now: DateTime<Utc>,
}

/// The proposals found, or why there are none.
pub type Found = std::result::Result<Vec<Proposal>, String>;

/// Searches the hosts' calendars; `action` says what confirming each proposal does.
pub async fn search(conn: &mut PgConnection, org: OrgId, ask: &Ask<'_>, action: &Action) -> Result<Found> {
    let today = ask.now.with_timezone(&ask.zone).date_naive();
    let asked = ask.window;
    let mut window = asked.unwrap_or(Window {
        start: today,
        end: today + Days::new(DEFAULT_DAYS - 1),
        time: None,
    });
    if window.end < today {
        return Ok(Err(format!("{} is in the past.", words::window(&window))));
    }
    window.start = window.start.max(today);
    window.end = window.end.min(window.start + Days::new(MAX_DAYS - 1));
    let Some(range) = (Window { time: None, ..window }).interval(ask.zone) else {
        return Ok(Err("That window has no time in it.".to_owned()));
    };
    let ids: Vec<_> = ask.hosts.iter().map(|h| h.id).collect();
    let calendars = slots::host_calendars(
        conn,
        org,
        store::calendars::Window {
            hosts: &ids,
            from: range.start() - TimeDelta::days(1),
            to: range.end() + TimeDelta::days(1),
            event_type: EventTypeId(uuid::Uuid::nil()),
            excluding: ask.moving,
        },
    )
    .await?;

    let mut common = vec![range];
    let mut busy = Vec::new();
    let mut without_hours = Vec::new();
    for (host, calendar) in ask.hosts.iter().zip(&calendars) {
        let working = intersect(&normalize(calendar.availability.working_intervals(range)), &[range]);
        if working.is_empty() {
            without_hours.push(host.name.clone());
        }
        let taken = normalize(calendar.busy.clone());
        common = intersect(&common, &subtract(&working, &taken));
        busy.extend(taken);
    }
    let search = Search {
        free: &common,
        busy: &busy,
        duration: ask.duration,
        step: STEP,
        not_before: ask.now,
    };
    let preferences = Preferences {
        window: Some(window),
        avoid: ask.avoid,
        zone: ask.zone,
    };
    let ranked = suggest::candidates(&search, &preferences);
    // One asked day may offer every proposal; over several days they spread out.
    let per_day = if window.start == window.end { PROPOSALS } else { PER_DAY };
    let picked = suggest::pick(&ranked, PROPOSALS, per_day);
    if picked.is_empty() {
        return Ok(Err(none_found(ask, &window, &without_hours)));
    }
    Ok(Ok(picked
        .iter()
        .zip(1..)
        .map(|(c, id)| Proposal {
            id,
            start: c.interval.start(),
            end: c.interval.end(),
            label: words::span(c.interval.start(), c.interval.end(), ask.zone),
            reasons: reasons(ask, asked.as_ref(), c),
            action: action.clone(),
        })
        .collect()))
}

fn names(hosts: &[Host]) -> Vec<String> {
    let mut out = vec!["you".to_owned()];
    out.extend(hosts.iter().skip(1).map(|h| h.name.clone()));
    out
}

fn reasons(ask: &Ask<'_>, asked: Option<&Window>, c: &Candidate) -> Vec<String> {
    let mut out = vec![match asked {
        Some(w) => format!("Within what you asked: {}.", words::window(w)),
        None => format!("In the next {DEFAULT_DAYS} days (the request named no dates)."),
    }];
    if !ask.avoid.is_empty() {
        out.push("Clear of the days and times you asked to avoid.".to_owned());
    }
    out.push(if ask.hosts.len() > 1 {
        format!("{} are all free.", capitalise(&words::list(&names(ask.hosts))))
    } else {
        "You are free.".to_owned()
    });
    out.push(if c.fragments == 0 {
        "Leaves no gap shorter than 30 minutes.".to_owned()
    } else {
        "Leaves a gap shorter than 30 minutes next to it.".to_owned()
    });
    out.push(match c.distance {
        None => format!("No other meeting within {}.", words::duration(ENOUGH_DISTANCE)),
        Some(d) if d.is_zero() => "Right next to another meeting.".to_owned(),
        Some(d) => format!("{} from the nearest other meeting.", capitalise(&words::duration(d))),
    });
    out
}

fn none_found(ask: &Ask<'_>, window: &Window, without_hours: &[String]) -> String {
    let who = if ask.hosts.len() > 1 {
        format!("when {} are all free", words::list(&names(ask.hosts)))
    } else {
        "when you are free".to_owned()
    };
    let mut out = format!(
        "I found no time {who} for {} {}",
        words::duration(ask.duration),
        words::window(window)
    );
    if !ask.avoid.is_empty() {
        out.push_str(" outside the times you asked to avoid");
    }
    out.push('.');
    if !without_hours.is_empty() {
        out.push_str(&format!(
            " No working hours are set then for {}.",
            words::list(without_hours)
        ));
    }
    out
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
