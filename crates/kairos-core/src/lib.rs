//! The pure scheduling domain of Kairos: time zones, availability, intervals and slots.
//!
//! Nothing here does I/O or awaits; every function takes what it needs (including "now") as
//! arguments, which is what lets it be tested exhaustively and benchmarked in microseconds.

pub mod availability;
pub mod intent;
pub mod interval;
pub mod planner;
pub mod render;
pub mod slots;
pub mod suggest;
pub mod zone;

pub use availability::{Availability, AvailabilityError, LocalSpan, WeeklyHours};
pub use interval::Interval;
pub use slots::{HostCalendar, HostMode, Slot, SlotQuery, SlotRules, Unavailable};
pub use zone::{UnknownZone, Zone};
