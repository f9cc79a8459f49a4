//! The free time still open while planning: sorted, disjoint gaps that shrink as blocks are
//! placed, with the few searches the placement steps need.

use chrono::{DateTime, TimeDelta, Utc};

use crate::interval::{Interval, normalize};

/// Sorted, disjoint free gaps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FreeTime {
    gaps: Vec<Interval>,
}

impl FreeTime {
    /// Free time from intervals in any order (overlapping ones are merged).
    #[must_use]
    pub fn new(intervals: Vec<Interval>) -> Self {
        Self {
            gaps: normalize(intervals),
        }
    }

    #[must_use]
    pub fn gaps(&self) -> &[Interval] {
        &self.gaps
    }

    /// True when `interval` lies entirely inside one gap.
    #[must_use]
    pub fn fits(&self, interval: &Interval) -> bool {
        let i = self.gaps.partition_point(|g| g.end() <= interval.start());
        self.gaps.get(i).is_some_and(|g| g.contains(interval))
    }

    /// Takes `interval` out of the free time (whatever part of it is free).
    pub fn take(&mut self, interval: Interval) {
        let first = self.gaps.partition_point(|g| g.end() <= interval.start());
        let last = self.gaps.partition_point(|g| g.start() < interval.end());
        if first >= last {
            return;
        }
        // Of the gaps it overlaps, only the first's head and the last's tail stay free.
        let head = Interval::new(self.gaps[first].start(), interval.start());
        let tail = Interval::new(interval.end(), self.gaps[last - 1].end());
        self.gaps.splice(first..last, head.into_iter().chain(tail));
    }

    /// The gaps overlapping `[from, ∞)`, clipped to start no earlier than `from`.
    pub fn from(&self, from: DateTime<Utc>) -> impl Iterator<Item = Interval> + '_ {
        let first = self.gaps.partition_point(|g| g.end() <= from);
        self.gaps[first..]
            .iter()
            .filter_map(move |g| Interval::new(g.start().max(from), g.end()))
    }

    /// The placement of `duration` inside `within` whose start is nearest `ideal` (earlier on
    /// a tie), or `None` when no gap inside `within` is long enough.
    #[must_use]
    pub fn nearest(&self, within: Interval, duration: TimeDelta, ideal: DateTime<Utc>) -> Option<Interval> {
        let mut best: Option<(TimeDelta, Interval)> = None;
        for gap in self.from(within.start()) {
            if gap.start() >= within.end() {
                break;
            }
            let Some(gap) = gap.intersection(&within) else {
                continue;
            };
            if gap.duration() < duration {
                continue;
            }
            let start = ideal.clamp(gap.start(), gap.end() - duration);
            let distance = (start - ideal).abs();
            if best.is_none_or(|(d, _)| distance < d) {
                best = Interval::starting_at(start, duration).map(|iv| (distance, iv));
            }
            if gap.start() > ideal {
                break;
            }
        }
        best.map(|(_, iv)| iv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 5, h, m, 0).single().expect("valid")
    }

    fn iv(a: (u32, u32), b: (u32, u32)) -> Interval {
        Interval::new(at(a.0, a.1), at(b.0, b.1)).expect("non-empty")
    }

    #[test]
    fn take_splits_a_gap_and_fits_checks_one_gap() {
        let mut free = FreeTime::new(vec![iv((9, 0), (12, 0)), iv((13, 0), (17, 0))]);
        free.take(iv((10, 0), (11, 0)));
        assert_eq!(
            free.gaps(),
            [iv((9, 0), (10, 0)), iv((11, 0), (12, 0)), iv((13, 0), (17, 0))]
        );
        assert!(free.fits(&iv((13, 0), (14, 0))));
        assert!(!free.fits(&iv((11, 30), (13, 30))));
    }

    #[test]
    fn nearest_clamps_to_the_ideal_time() {
        let free = FreeTime::new(vec![iv((9, 0), (11, 0)), iv((14, 0), (17, 0))]);
        let day = iv((0, 0), (23, 0));
        let hour = TimeDelta::hours(1);
        assert_eq!(free.nearest(day, hour, at(12, 0)), Some(iv((10, 0), (11, 0))));
        assert_eq!(free.nearest(day, hour, at(13, 30)), Some(iv((14, 0), (15, 0))));
        assert_eq!(free.nearest(iv((9, 30), (10, 0)), hour, at(9, 0)), None);
    }
}
