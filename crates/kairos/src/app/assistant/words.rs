//! How the assistant says times, dates, durations and lists of people in its answers, always
//! on the wall clock of the zone it is answering in.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use kairos_core::intent::{PartOfDay, TimeOfDay, Window};

/// "Thu 3 Dec, 14:00–14:30".
#[must_use]
pub fn span(start: DateTime<Utc>, end: DateTime<Utc>, zone: Tz) -> String {
    let (s, e) = (start.with_timezone(&zone), end.with_timezone(&zone));
    format!("{}, {}–{}", s.format("%a %-d %b"), s.format("%H:%M"), e.format("%H:%M"))
}

/// "Thu 3 Dec".
#[must_use]
pub fn date(day: NaiveDate) -> String {
    day.format("%a %-d %b").to_string()
}

/// "45 minutes", "1 hour", "1 h 30 min".
#[must_use]
pub fn duration(d: TimeDelta) -> String {
    let minutes = d.num_minutes();
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} minutes"),
        (1, 0) => "1 hour".to_owned(),
        (h, 0) => format!("{h} hours"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// "Ana", "Ana and Bo", "Ana, Bo and Zoë".
#[must_use]
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "between Mon 30 Nov and Fri 4 Dec in the afternoon", "on Thu 3 Dec".
#[must_use]
pub fn window(w: &Window) -> String {
    let days = if w.start == w.end {
        format!("on {}", date(w.start))
    } else {
        format!("between {} and {}", date(w.start), date(w.end))
    };
    match w.time {
        None => days,
        Some(time) => format!("{days} {}", time_of_day(time)),
    }
}

fn time_of_day(time: TimeOfDay) -> String {
    let hm = |t: chrono::NaiveTime| t.format("%H:%M").to_string();
    match time {
        TimeOfDay::At(t) => format!("at {}", hm(t)),
        TimeOfDay::Part(PartOfDay::Morning) => "in the morning".to_owned(),
        TimeOfDay::Part(PartOfDay::Afternoon) => "in the afternoon".to_owned(),
        TimeOfDay::Part(PartOfDay::Evening) => "in the evening".to_owned(),
        TimeOfDay::Between(a, b) => format!("between {} and {}", hm(a), hm(b)),
        TimeOfDay::Before(t) => format!("before {}", hm(t)),
        TimeOfDay::After(t) => format!("after {}", hm(t)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(TimeDelta::minutes(45)), "45 minutes");
        assert_eq!(duration(TimeDelta::minutes(60)), "1 hour");
        assert_eq!(duration(TimeDelta::minutes(120)), "2 hours");
        assert_eq!(duration(TimeDelta::minutes(90)), "1 h 30 min");
    }

    #[test]
    fn lists_join_with_and() {
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(list(&names(&["Ana"])), "Ana");
        assert_eq!(list(&names(&["Ana", "Bo"])), "Ana and Bo");
        assert_eq!(list(&names(&["Ana", "Bo", "Zoë"])), "Ana, Bo and Zoë");
    }
}
