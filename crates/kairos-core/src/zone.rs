//! IANA time zones and the one policy that turns wall-clock times into instants.
//!
//! Availability is written in wall-clock time ("09:00–17:00 in Europe/Berlin"), but bookings
//! are instants. Daylight-saving changes make that mapping partial: in a spring-forward *gap*
//! some wall-clock times never happen, and in a fall-back *fold* some happen twice. Every
//! conversion in Kairos goes through [`resolve`], which decides explicitly and never panics:
//!
//! * in a fold, the start of an interval takes the earlier instant and its end the later one,
//!   so a wall-clock interval covers every instant whose local time lies inside it;
//! * in a gap, both edges move to the instant the clock jumps (the first instant whose local
//!   time is at or after the requested one), so "02:30" on a spring-forward night in
//!   New York means 03:00 EDT.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A parsed IANA time zone such as `Europe/Berlin`. Only names in the tz database exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone(Tz);

/// The name given is not a zone of the IANA tz database.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an IANA time zone name (for example `Europe/Berlin` or `America/New_York`)")]
pub struct UnknownZone(pub String);

impl Zone {
    pub const UTC: Zone = Zone(Tz::UTC);

    /// Parses an IANA name, accepting any capitalisation (`europe/berlin` is `Europe/Berlin`).
    pub fn parse(name: &str) -> Result<Self, UnknownZone> {
        let name = name.trim();
        Tz::from_str(name)
            .or_else(|_| Tz::from_str_insensitive(name))
            .map(Zone)
            .map_err(|_| UnknownZone(name.to_owned()))
    }

    #[must_use]
    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    #[must_use]
    pub fn tz(&self) -> Tz {
        self.0
    }

    /// The calendar date on the wall clock of this zone at instant `t`.
    #[must_use]
    pub fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.0).date_naive()
    }

    /// The wall-clock date and time of this zone at instant `t`.
    #[must_use]
    pub fn local(&self, t: DateTime<Utc>) -> DateTime<Tz> {
        t.with_timezone(&self.0)
    }

    /// The first instant of a calendar day in this zone (midnight, or the end of a gap over it).
    #[must_use]
    pub fn start_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        resolve(self.0, date.and_time(NaiveTime::MIN), Edge::Start)
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Zone {
    type Err = UnknownZone;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Zone::parse(s)
    }
}

impl Serialize for Zone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Zone::parse(&name).map_err(serde::de::Error::custom)
    }
}

/// Which edge of an interval a wall-clock time is: it decides which instant a fold yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// The instant for wall-clock time `local` in `tz`, by the policy in the module docs.
#[must_use]
pub fn resolve(tz: Tz, local: NaiveDateTime, edge: Edge) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(earlier, later) => match edge {
            Edge::Start => earlier.with_timezone(&Utc),
            Edge::End => later.with_timezone(&Utc),
        },
        LocalResult::None => end_of_gap(tz, local),
    }
}

/// The instant the clock jumps over the nonexistent wall-clock time `local`.
fn end_of_gap(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    let before = offset_near(tz, local, -1);
    let after = offset_near(tz, local, 1);
    // The jump happens at some instant T with local − after < T ≤ local − before: just before T
    // the clock reads less than `local`, from T on it reads more. Search that window.
    let upper = (local - before).and_utc();
    if after <= before {
        return upper;
    }
    let mut lo = (local - after).and_utc();
    let mut hi = upper;
    let reads_at_least = |t: DateTime<Utc>| t.with_timezone(&tz).naive_local() >= local;
    if reads_at_least(lo) {
        return lo;
    }
    // Invariant: !reads_at_least(lo) && reads_at_least(hi). Second resolution is exact for tzdb.
    while hi - lo > TimeDelta::seconds(1) {
        let mid = lo + (hi - lo) / 2;
        if reads_at_least(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

/// The UTC offset in force a few hours before (`direction` −1) or after (+1) `local`.
fn offset_near(tz: Tz, local: NaiveDateTime, direction: i32) -> TimeDelta {
    for hours in [3, 6, 12, 24, 48] {
        let probe = local + TimeDelta::hours(i64::from(direction * hours));
        if let Some(t) = tz.from_local_datetime(&probe).earliest() {
            return TimeDelta::seconds(i64::from(t.offset().fix().local_minus_utc()));
        }
    }
    TimeDelta::zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .and_then(|date| date.and_hms_opt(h, mi, 0))
            .expect("valid local time")
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().expect("valid instant")
    }

    #[test]
    fn parses_names_case_insensitively_and_rejects_unknown() {
        assert_eq!(Zone::parse("europe/berlin").map(|z| z.name()), Ok("Europe/Berlin"));
        assert!(Zone::parse("Mars/Olympus").is_err());
        assert!(Zone::parse("").is_err());
    }

    #[test]
    fn spring_forward_gap_moves_to_the_jump() {
        let ny = chrono_tz::America::New_York;
        // 2026-03-08 02:00 EST → 03:00 EDT, at 07:00 UTC.
        let t = resolve(ny, local(2026, 3, 8, 2, 30), Edge::Start);
        assert_eq!(t, utc("2026-03-08T07:00:00Z"));
        assert_eq!(
            resolve(ny, local(2026, 3, 8, 2, 0), Edge::End),
            utc("2026-03-08T07:00:00Z")
        );
    }

    #[test]
    fn fall_back_fold_covers_both_readings() {
        let ny = chrono_tz::America::New_York;
        // 2026-11-01 01:30 happens at 05:30 UTC (EDT) and 06:30 UTC (EST).
        assert_eq!(
            resolve(ny, local(2026, 11, 1, 1, 30), Edge::Start),
            utc("2026-11-01T05:30:00Z")
        );
        assert_eq!(
            resolve(ny, local(2026, 11, 1, 1, 30), Edge::End),
            utc("2026-11-01T06:30:00Z")
        );
    }

    #[test]
    fn lord_howe_half_hour_gap() {
        let lh = chrono_tz::Australia::Lord_Howe;
        // 2026-10-04 02:00 +10:30 → 02:30 +11:00, at 15:30 UTC the day before.
        assert_eq!(
            resolve(lh, local(2026, 10, 4, 2, 15), Edge::Start),
            utc("2026-10-03T15:30:00Z")
        );
    }
}
