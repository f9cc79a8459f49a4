//! Hosts' own calendars, read from outside Kairos: fetching an iCalendar feed or a CalDAV
//! calendar, and what it says is busy.

pub mod caldav;
mod custom_zones;
mod dav_xml;
pub mod fetch;
pub mod ics_busy;

#[cfg(test)]
mod ics_busy_tests;
