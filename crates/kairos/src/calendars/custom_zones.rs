//! Time zones that a feed defines only by its own `VTIMEZONE` rules under a name no zone
//! database knows (Apple's and Exchange's exports do this): `calcard` resolves a `TZID` by its
//! name (IANA, Windows, `X-LIC-LOCATION`, `X-MICROSOFT-CDO-TZID`), and this reads the rest from
//! their offsets. A zone with one offset is that fixed offset; one with standard and daylight
//! time is the first IANA zone whose offsets in mid-January and mid-July of the given year are
//! the same pair (zones that agree on both follow the same rules in practice).

use std::collections::HashMap;

use calcard::common::timezone::Tz;
use calcard::icalendar::{ICalendar, ICalendarComponentType, ICalendarProperty, ICalendarValue};
use chrono::{FixedOffset, NaiveDate, Offset, TimeZone};

/// The zones of `calendar`'s `VTIMEZONE`s that `calcard` cannot name, by `TZID`, read for `year`.
pub fn custom_zones(calendar: &ICalendar, year: i32) -> HashMap<&str, Tz> {
    let mut zones = HashMap::new();
    for zone in calendar.timezones().filter(|z| z.timezone().is_none()) {
        let Some(tzid) = zone
            .property(&ICalendarProperty::Tzid)
            .and_then(|e| e.values.first())
            .and_then(ICalendarValue::as_text)
        else {
            continue;
        };
        let mut standard = None;
        let mut daylight = None;
        for child in zone
            .component_ids
            .iter()
            .filter_map(|id| calendar.components.get(usize::try_from(*id).ok()?))
        {
            let offset = child
                .property(&ICalendarProperty::Tzoffsetto)
                .and_then(|e| e.values.first())
                .and_then(offset_of);
            match child.component_type {
                ICalendarComponentType::Standard => standard = standard.or(offset),
                ICalendarComponentType::Daylight => daylight = daylight.or(offset),
                _ => {}
            }
        }
        let found = match (standard, daylight) {
            (Some(standard), None) | (None, Some(standard)) => Some(Tz::Fixed(standard)),
            (Some(standard), Some(daylight)) if standard == daylight => Some(Tz::Fixed(standard)),
            (Some(standard), Some(daylight)) => same_offsets(standard, daylight, year).map(Tz::from),
            (None, None) => None,
        };
        if let Some(found) = found {
            zones.insert(tzid, found);
        }
    }
    zones
}

/// A `TZOFFSETTO` value as an offset.
fn offset_of(value: &ICalendarValue) -> Option<FixedOffset> {
    let ICalendarValue::PartialDateTime(offset) = value else {
        return None;
    };
    let seconds = i32::from(offset.tz_hour?) * 3600 + i32::from(offset.tz_minute.unwrap_or(0)) * 60;
    FixedOffset::east_opt(if offset.tz_minus { -seconds } else { seconds })
}

/// The first IANA zone with `standard` and `daylight` offsets in `year`, in either
/// hemisphere's order.
fn same_offsets(standard: FixedOffset, daylight: FixedOffset, year: i32) -> Option<chrono_tz::Tz> {
    let january = NaiveDate::from_ymd_opt(year, 1, 15)?.and_hms_opt(12, 0, 0)?;
    let july = NaiveDate::from_ymd_opt(year, 7, 15)?.and_hms_opt(12, 0, 0)?;
    chrono_tz::TZ_VARIANTS.iter().copied().find(|zone| {
        let winter = zone.offset_from_utc_datetime(&january).fix();
        let summer = zone.offset_from_utc_datetime(&july).fix();
        (winter, summer) == (standard, daylight) || (winter, summer) == (daylight, standard)
    })
}
