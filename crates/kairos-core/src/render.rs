//! Presenting slots to a person: grouped by calendar date on the viewer's own wall clock.

use chrono::NaiveDate;

use crate::slots::Slot;
use crate::zone::Zone;

/// Groups sorted slots by their start's local date in `zone`, preserving order.
#[must_use]
pub fn by_local_date(slots: &[Slot], zone: Zone) -> Vec<(NaiveDate, &[Slot])> {
    let mut days: Vec<(NaiveDate, &[Slot])> = Vec::new();
    let mut first = 0;
    for i in 1..=slots.len() {
        let boundary = i == slots.len()
            || zone.local_date(slots[i].interval.start()) != zone.local_date(slots[first].interval.start());
        if boundary {
            days.push((zone.local_date(slots[first].interval.start()), &slots[first..i]));
            first = i;
        }
    }
    days
}
