//! Test dates valid whatever day the suite runs: a weekday a few days ahead, a wall-clock time
//! in a zone, an instant as a query value.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

/// The first `weekday` at least three days from now, as a date in `zone`.
pub fn next(weekday: Weekday, zone: Tz) -> NaiveDate {
    let mut date = Utc::now().with_timezone(&zone).date_naive() + TimeDelta::days(3);
    while date.weekday() != weekday {
        date += TimeDelta::days(1);
    }
    date
}

/// The instant of a wall-clock time on `date` in `zone`.
pub fn at(zone: Tz, date: NaiveDate, hh_mm: &str) -> DateTime<Utc> {
    let time = NaiveTime::parse_from_str(hh_mm, "%H:%M").expect("HH:MM");
    zone.from_local_datetime(&date.and_time(time))
        .single()
        .expect("unambiguous local time")
        .with_timezone(&Utc)
}

/// URL-encodes an instant for a query string.
pub fn q(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
