//! Where Kairos takes "now" from. Every decision made from the current time — minimum
//! notice and booking horizons, the planner's freeze window, reminders and the job queue's
//! `run_at`, sessions and log-in lockouts, the assistant's relative dates — reads one
//! [`Clock`], carried in the configuration to the API and to the workers. In production it
//! is the system clock; a test sets it to the instant it needs (a DST weekend, a leap day,
//! a year end) instead of depending on the day it runs.
//!
//! The database's own `now()` is never compared with a time from this clock: where a query
//! decides something from the current time, the caller passes the clock's reading as a
//! parameter, so PostgreSQL and Kairos agree on what "now" is even when the clock is set.

use chrono::{DateTime, TimeDelta, Utc};

/// The source of the current time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Clock {
    /// The operating system's clock.
    #[default]
    System,
    /// The system clock moved by a fixed amount: it runs at the real pace from another start.
    Shifted(TimeDelta),
    /// Always the same instant.
    Frozen(DateTime<Utc>),
}

impl Clock {
    /// A clock that reads `start` now and then advances with real time.
    #[must_use]
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self::Shifted(start - Utc::now())
    }

    /// The current instant.
    #[must_use]
    pub fn now(&self) -> DateTime<Utc> {
        match *self {
            Self::System => Utc::now(),
            Self::Shifted(by) => Utc::now() + by,
            Self::Frozen(at) => at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_started_at_an_instant_reads_it_and_then_advances() {
        let start = DateTime::parse_from_rfc3339("2027-03-28T00:30:00Z")
            .expect("instant")
            .with_timezone(&Utc);
        let clock = Clock::starting_at(start);
        let first = clock.now();
        assert!((first - start).abs() < TimeDelta::seconds(5), "{first}");
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(clock.now() > first, "a shifted clock advances");
        assert_eq!(Clock::Frozen(start).now(), start);
        assert!((Clock::System.now() - Utc::now()).abs() < TimeDelta::seconds(5));
    }
}
