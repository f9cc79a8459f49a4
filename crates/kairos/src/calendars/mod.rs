//! Hosts' own calendars, read from outside Kairos: what an iCalendar feed says is busy.

mod custom_zones;
pub mod ics_busy;

#[cfg(test)]
mod ics_busy_tests;
