//! Hosts' own calendars, read from outside Kairos: fetching an iCalendar feed and what it
//! says is busy.

mod custom_zones;
pub mod fetch;
pub mod ics_busy;

#[cfg(test)]
mod ics_busy_tests;
