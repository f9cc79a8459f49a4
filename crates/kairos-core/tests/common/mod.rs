//! What the property tests share: the awkward zones they draw from, the 2026 instants at
//! which those zones change their clocks, and the test-runner settings.

use chrono::{DateTime, Utc};
use kairos_core::Zone;
use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence};

/// Zones with every kind of awkwardness: 1 h changes at different local hours, none at all, a
/// half-hour offset, a 30-minute change, changes at midnight (Havana repeats 00:00–01:00, so one
/// day's 24:00 comes after the next day's 00:00), and a 45-minute offset.
pub const ZONES: [&str; 8] = [
    "America/New_York",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "America/Santiago",
    "America/Havana",
    "Pacific/Chatham",
    "UTC",
];

/// The 2026 DST changes of those zones, so that "now" can be put just before one.
pub const CHANGES: [&str; 12] = [
    "2026-03-08T07:00:00Z",
    "2026-11-01T06:00:00Z",
    "2026-03-29T01:00:00Z",
    "2026-10-25T01:00:00Z",
    "2026-04-04T15:00:00Z",
    "2026-10-03T15:30:00Z",
    "2026-04-05T03:00:00Z",
    "2026-09-06T04:00:00Z",
    "2026-03-08T05:00:00Z",
    "2026-11-01T05:00:00Z",
    "2026-04-04T14:00:00Z",
    "2026-09-26T14:00:00Z",
];

pub fn instant(text: &str) -> DateTime<Utc> {
    text.parse().expect("a valid RFC 3339 instant")
}

pub fn zone(name: &str) -> Zone {
    Zone::parse(name).expect("a zone of the tz database")
}

/// `cases` cases; failures are saved next to the test file that found them.
pub fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::with_cases(cases)
    }
}
