//! The month calendar of a booking page: which days of a month have free slots, and the
//! chosen day's slots, all on the visitor's wall clock. Shared by the booking page and the
//! invitee's reschedule page.

use chrono::{DateTime, Datelike, Months, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc, Weekday};
use kairos_core::Zone;

use crate::app::{self, Result};
use crate::state::AppState;

/// One day cell of the month grid.
#[derive(Debug, Clone)]
pub struct DayCell {
    pub day: u32,
    /// `None` for padding cells of the neighbouring months.
    pub date: Option<String>,
    pub free: usize,
    pub selected: bool,
    /// e.g. "Tuesday 1 December".
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct SlotView {
    /// The start as an RFC 3339 UTC instant (what forms send back).
    pub start: String,
    /// `09:30` on the visitor's clock.
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct Calendar {
    pub zone: String,
    /// The zone, URL-encoded for links.
    pub zone_q: String,
    pub month: String,
    pub month_label: String,
    pub prev: Option<String>,
    pub next: String,
    pub weeks: Vec<Vec<DayCell>>,
    pub day: Option<String>,
    pub day_label: String,
    pub slots: Vec<SlotView>,
}

fn month_start(month: Option<&str>, today: NaiveDate) -> NaiveDate {
    month
        .and_then(|m| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok())
        .filter(|d| d.year() >= 2000 && d.year() <= 2200)
        .unwrap_or_else(|| today.with_day(1).unwrap_or(today))
}

fn midnight(zone: Zone, date: NaiveDate) -> DateTime<Utc> {
    zone.tz()
        .from_local_datetime(&date.and_time(NaiveTime::MIN))
        .earliest()
        .map_or_else(|| date.and_time(NaiveTime::MIN).and_utc(), |t| t.with_timezone(&Utc))
}

/// The calendar of `month` (`YYYY-MM`, default this month) for an event type's link, with
/// `day` (`YYYY-MM-DD`, default the first day with free slots) opened, as seen at `now`.
pub async fn month(
    state: &AppState,
    org_slug: &str,
    slug: &str,
    zone: Zone,
    month: Option<&str>,
    day: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(Calendar, app::slots::PublicEventType)> {
    let today = now.with_timezone(&zone.tz()).date_naive();
    let first = month_start(month, today);
    let next_first = first + Months::new(1);
    // The whole month, even once it has begun: slots that have passed are never offered (the
    // minimum notice counts from `now`), and every visitor of the month asks for the same
    // range, which the slot cache can then serve.
    let start = midnight(zone, first);
    let end = midnight(zone, next_first);
    let request = app::slots::check_request(org_slug, slug, Some(start), Some(end), Some(zone.name()), now)?;
    let json = state.slot_cache.list(&state.pool, org_slug, slug, request, now).await?;
    let list: app::slots::SlotList = serde_json::from_slice(&json).map_err(|err| app::Error::Internal(err.into()))?;
    let days: Vec<_> = list.days.iter().filter(|d| d.date.month() == first.month()).collect();
    let chosen = day
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .or_else(|| days.iter().find(|d| !d.slots.is_empty()).map(|d| d.date));

    let mut weeks = Vec::new();
    let mut week = Vec::new();
    for _ in 0..first.weekday().num_days_from_monday() {
        week.push(DayCell {
            day: 0,
            date: None,
            free: 0,
            selected: false,
            label: String::new(),
        });
    }
    let mut date = first;
    while date < next_first {
        let free = days.iter().find(|d| d.date == date).map_or(0, |d| d.slots.len());
        week.push(DayCell {
            day: date.day(),
            date: Some(date.format("%Y-%m-%d").to_string()),
            free,
            selected: chosen == Some(date),
            label: date.format("%A %-d %B").to_string(),
        });
        if date.weekday() == Weekday::Sun {
            weeks.push(std::mem::take(&mut week));
        }
        date += TimeDelta::days(1);
    }
    if !week.is_empty() {
        weeks.push(week);
    }

    let slots = chosen
        .and_then(|c| days.iter().find(|d| d.date == c))
        .map(|d| {
            d.slots
                .iter()
                .filter_map(|s| {
                    let start = DateTime::parse_from_rfc3339(&s.start).ok()?;
                    Some(SlotView {
                        start: start
                            .with_timezone(&Utc)
                            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                        label: start.format("%H:%M").to_string(),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let this_month = today.with_day(1).unwrap_or(today);
    let calendar = Calendar {
        zone: zone.name().to_owned(),
        zone_q: form_urlencoded::byte_serialize(zone.name().as_bytes()).collect(),
        month: first.format("%Y-%m").to_string(),
        month_label: first.format("%B %Y").to_string(),
        prev: (first > this_month).then(|| (first - Months::new(1)).format("%Y-%m").to_string()),
        next: next_first.format("%Y-%m").to_string(),
        weeks,
        day: chosen.map(|c| c.format("%Y-%m-%d").to_string()),
        day_label: chosen.map(|c| c.format("%A %-d %B %Y").to_string()).unwrap_or_default(),
        slots,
    };
    Ok((calendar, list.event_type))
}
