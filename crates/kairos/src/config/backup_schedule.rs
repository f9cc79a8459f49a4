//! When scheduled backups run: `daily HH:MM` (UTC) or `every <n>m|h|d`. Slots are computed
//! from the clock alone (intervals are aligned to the Unix epoch), so every worker names the
//! same next slot and the queue's unique key makes one backup of it, however many workers run.

use chrono::{DateTime, NaiveTime, TimeDelta, Utc};

/// A parsed `KAIROS_BACKUP_SCHEDULE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Once a day at this UTC time.
    Daily(NaiveTime),
    /// Every this many seconds, at multiples of it since the epoch.
    Every(i64),
}

impl Schedule {
    /// Reads `daily 03:30` or `every 6h` (also `every 30m`, `every 1d`; at least 5 minutes).
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim().to_ascii_lowercase();
        let (word, rest) = text.split_once(char::is_whitespace).unwrap_or((&text, ""));
        let rest = rest.trim();
        match word {
            "daily" => NaiveTime::parse_from_str(rest, "%H:%M")
                .map(Self::Daily)
                .map_err(|_| "expected `daily HH:MM` (UTC), e.g. `daily 03:30`".to_owned()),
            "every" => {
                let split = rest.len().saturating_sub(1);
                let (number, unit) = rest.split_at(split);
                let n: i64 = number
                    .trim()
                    .parse()
                    .map_err(|_| "expected `every <n>m`, `every <n>h` or `every <n>d`, e.g. `every 6h`".to_owned())?;
                let seconds = match unit {
                    "m" => n.checked_mul(60),
                    "h" => n.checked_mul(3600),
                    "d" => n.checked_mul(86_400),
                    _ => None,
                }
                .ok_or_else(|| "the unit must be m, h or d, e.g. `every 6h`".to_owned())?;
                if !(300..=30 * 86_400).contains(&seconds) {
                    return Err("the interval must be between 5 minutes and 30 days".to_owned());
                }
                Ok(Self::Every(seconds))
            }
            _ => Err("expected `daily HH:MM` (UTC) or `every <n>m|h|d`".to_owned()),
        }
    }

    /// The first slot strictly after `now`.
    #[must_use]
    pub fn next_after(self, now: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            Self::Daily(at) => {
                let today = now.date_naive().and_time(at).and_utc();
                if today > now { today } else { today + TimeDelta::days(1) }
            }
            Self::Every(seconds) => {
                let next = (now.timestamp().div_euclid(seconds) + 1) * seconds;
                DateTime::from_timestamp(next, 0).unwrap_or(now + TimeDelta::seconds(seconds))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).expect("instant").to_utc()
    }

    #[test]
    fn schedules_parse_and_name_the_next_slot() {
        let daily = Schedule::parse("daily 03:30").expect("daily");
        assert_eq!(daily.next_after(at("2026-11-27T02:00:00Z")), at("2026-11-27T03:30:00Z"));
        assert_eq!(daily.next_after(at("2026-11-27T03:30:00Z")), at("2026-11-28T03:30:00Z"));
        let every = Schedule::parse(" Every 6h ").expect("every");
        assert_eq!(every, Schedule::Every(6 * 3600));
        assert_eq!(every.next_after(at("2026-11-27T13:10:00Z")), at("2026-11-27T18:00:00Z"));
        assert_eq!(every.next_after(at("2026-11-27T18:00:00Z")), at("2026-11-28T00:00:00Z"));
        assert_eq!(Schedule::parse("every 1d"), Ok(Schedule::Every(86_400)));
        for bad in [
            "",
            "hourly",
            "daily 25:00",
            "daily",
            "every 2m",
            "every 6",
            "every xh",
            "every 40d",
        ] {
            assert!(Schedule::parse(bad).is_err(), "{bad}");
        }
    }
}
