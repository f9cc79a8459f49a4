//! "What does my Tuesday look like?": the host's meetings, busy blocks, planned task, habit and
//! focus blocks, and free working time over the asked days, as an agenda and in words.

use chrono::{Days, NaiveDate, TimeDelta};
use chrono_tz::Tz;
use kairos_core::Interval;
use kairos_core::intent::Window;
use kairos_core::interval::{intersect, normalize, subtract};
use sqlx::PgConnection;

use super::super::{Result, slots};
use super::meetings;
use super::proposal::AgendaItem;
use super::words;
use crate::ids::{EventTypeId, OrgId};
use crate::model::{BookingStatus, Host};
use crate::store;
use crate::store::PageRequest;
use crate::store::bookings::BookingFilter;

/// The longest stretch one description covers.
const MAX_DAYS: u64 = 14;
const MOST: i64 = 500;

/// The agenda of `host` over `window` (today when none), and its summary in words.
pub async fn agenda(
    conn: &mut PgConnection,
    org: OrgId,
    host: &Host,
    window: Option<Window>,
    zone: Tz,
    today: NaiveDate,
) -> Result<(Vec<AgendaItem>, String)> {
    let mut window = window.unwrap_or(Window {
        start: today,
        end: today,
        time: None,
    });
    window.end = window.end.min(window.start + Days::new(MAX_DAYS - 1));
    let Some(range) = window.interval(zone) else {
        return Ok((Vec::new(), "That window has no time in it.".to_owned()));
    };
    let filter = BookingFilter {
        from: range.start() - TimeDelta::hours(12),
        to: range.end(),
        status: Some(BookingStatus::Confirmed),
        host: Some(host.id),
    };
    let mut items = Vec::new();
    for booking in store::bookings::list(&mut *conn, org, filter, None, MOST).await? {
        if booking.end <= range.start() {
            continue;
        }
        let (start, end) = (booking.start, booking.end);
        let meeting = meetings::describe(conn, org, host, booking).await?;
        let with: Vec<String> = meeting.others.iter().map(|p| p.name.clone()).collect();
        let title = if with.is_empty() {
            format!("“{}”", meeting.title)
        } else {
            format!("“{}” with {}", meeting.title, words::list(&with))
        };
        items.push(AgendaItem {
            kind: "booking",
            start,
            end,
            title,
        });
    }
    let page = PageRequest::first(MOST);
    for block in store::busy::list(&mut *conn, org, host.id, range.start(), range.end(), page).await? {
        let title = if block.title.is_empty() {
            "busy".to_owned()
        } else {
            format!("busy ({})", block.title)
        };
        items.push(AgendaItem {
            kind: "busy",
            start: block.start,
            end: block.end,
            title,
        });
    }
    let calendars = slots::host_calendars(
        conn,
        org,
        store::calendars::Window {
            hosts: &[host.id],
            from: range.start() - TimeDelta::days(1),
            to: range.end() + TimeDelta::days(1),
            event_type: EventTypeId(uuid::Uuid::nil()),
            excluding: None,
        },
    )
    .await?;
    let mut taken: Vec<Interval> = calendars.first().map(|c| c.busy.clone()).unwrap_or_default();
    for block in store::planner::blocks(&mut *conn, org, host.id, range.start(), Some(range.end())).await? {
        taken.extend(Interval::new(block.start, block.end));
        items.push(AgendaItem {
            kind: "planned",
            start: block.start,
            end: block.end,
            title: format!("planned: {}", block.title),
        });
    }
    if let Some(calendar) = calendars.first() {
        let working = intersect(&normalize(calendar.availability.working_intervals(range)), &[range]);
        for free in subtract(&working, &normalize(taken)) {
            items.push(AgendaItem {
                kind: "free",
                start: free.start(),
                end: free.end(),
                title: "free".to_owned(),
            });
        }
    }
    items.sort_by_key(|i| (i.start, i.end));
    let summary = summary(&items, &window, zone);
    Ok((items, summary))
}

fn summary(items: &[AgendaItem], window: &Window, zone: Tz) -> String {
    let mut days = Vec::new();
    let mut day = window.start;
    while day <= window.end {
        let on_day: Vec<&AgendaItem> = items
            .iter()
            .filter(|i| i.start.with_timezone(&zone).date_naive() == day)
            .collect();
        let hm = |i: &AgendaItem| {
            let (s, e) = (i.start.with_timezone(&zone), i.end.with_timezone(&zone));
            format!("{}–{}", s.format("%H:%M"), e.format("%H:%M"))
        };
        let taken: Vec<String> = on_day
            .iter()
            .filter(|i| i.kind != "free")
            .map(|i| format!("{} {}", hm(i), i.title))
            .collect();
        let free: Vec<String> = on_day.iter().filter(|i| i.kind == "free").map(|i| hm(i)).collect();
        let taken = if taken.is_empty() {
            "no meetings".to_owned()
        } else {
            taken.join("; ")
        };
        let free = if free.is_empty() {
            "no free working time".to_owned()
        } else {
            format!("free {}", free.join(", "))
        };
        days.push(format!("{}: {taken}; {free}.", words::date(day)));
        day = day + Days::new(1);
    }
    days.join(" ")
}
