//! Half-open UTC intervals `[start, end)` and the small set algebra the slot engine is built on.
//!
//! Every instant in Kairos is a UTC `DateTime`; wall-clock reasoning happens once, in
//! [`crate::zone`], and everything after that is arithmetic on these intervals. Half-open
//! intervals make back-to-back meetings touch without overlapping, exactly like the
//! `tstzrange '[)'` the database uses to refuse double bookings.

use chrono::{DateTime, TimeDelta, Utc};

/// A non-empty half-open interval of instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Interval {
    start: DateTime<Utc>,
    end: DateTime<Utc>,
}

impl Interval {
    /// The interval `[start, end)`, or `None` when it would be empty or inverted.
    #[must_use]
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Option<Self> {
        (start < end).then_some(Self { start, end })
    }

    /// The interval of `duration` from `start`, or `None` for a non-positive duration.
    #[must_use]
    pub fn starting_at(start: DateTime<Utc>, duration: TimeDelta) -> Option<Self> {
        Self::new(start, start.checked_add_signed(duration)?)
    }

    #[must_use]
    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }

    #[must_use]
    pub fn end(&self) -> DateTime<Utc> {
        self.end
    }

    #[must_use]
    pub fn duration(&self) -> TimeDelta {
        self.end - self.start
    }

    /// True when the two share at least one instant (touching intervals do not overlap).
    #[must_use]
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[must_use]
    pub fn contains(&self, other: &Interval) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the instant lies inside `[start, end)`.
    #[must_use]
    pub fn contains_instant(&self, t: DateTime<Utc>) -> bool {
        self.start <= t && t < self.end
    }

    #[must_use]
    pub fn intersection(&self, other: &Interval) -> Option<Interval> {
        Interval::new(self.start.max(other.start), self.end.min(other.end))
    }

    /// The interval widened by `before` at its start and `after` at its end (both ≥ 0).
    #[must_use]
    pub fn widened(&self, before: TimeDelta, after: TimeDelta) -> Interval {
        let start = self.start.checked_sub_signed(before).unwrap_or(self.start);
        let end = self.end.checked_add_signed(after).unwrap_or(self.end);
        Interval { start, end }
    }
}

/// Sorts intervals and merges those that overlap or touch, giving a canonical set.
#[must_use]
pub fn normalize(mut intervals: Vec<Interval>) -> Vec<Interval> {
    intervals.sort_unstable();
    let mut merged: Vec<Interval> = Vec::with_capacity(intervals.len());
    for next in intervals {
        match merged.last_mut() {
            Some(last) if next.start <= last.end => last.end = last.end.max(next.end),
            _ => merged.push(next),
        }
    }
    merged
}

/// `from − remove`, where `remove` is normalized (sorted, disjoint). `from` may be anything.
#[must_use]
pub fn subtract(from: &[Interval], remove: &[Interval]) -> Vec<Interval> {
    let mut out = Vec::with_capacity(from.len());
    for interval in from {
        subtract_one(*interval, remove, &mut out);
    }
    out
}

fn subtract_one(interval: Interval, remove: &[Interval], out: &mut Vec<Interval>) {
    // Skip removals that end before this interval starts: they are sorted by start and
    // disjoint, so their ends are sorted too.
    let first = remove.partition_point(|r| r.end <= interval.start);
    let mut cursor = interval.start;
    for r in &remove[first..] {
        if r.start >= interval.end {
            break;
        }
        if r.start > cursor {
            out.push(Interval {
                start: cursor,
                end: r.start,
            });
        }
        cursor = cursor.max(r.end);
        if cursor >= interval.end {
            return;
        }
    }
    if cursor < interval.end {
        out.push(Interval {
            start: cursor,
            end: interval.end,
        });
    }
}

/// The instants in both sets; both inputs sorted by start with no overlaps (touching is fine).
#[must_use]
pub fn intersect(a: &[Interval], b: &[Interval]) -> Vec<Interval> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        if let Some(common) = a[i].intersection(&b[j]) {
            out.push(common);
        }
        if a[i].end <= b[j].end {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
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
    fn empty_and_inverted_intervals_do_not_exist() {
        assert!(Interval::new(at(9, 0), at(9, 0)).is_none());
        assert!(Interval::new(at(10, 0), at(9, 0)).is_none());
    }

    #[test]
    fn touching_intervals_do_not_overlap_but_merge() {
        let a = iv((9, 0), (10, 0));
        let b = iv((10, 0), (11, 0));
        assert!(!a.overlaps(&b));
        assert_eq!(normalize(vec![b, a]), vec![iv((9, 0), (11, 0))]);
    }

    #[test]
    fn subtract_cuts_holes_and_edges() {
        let day = [iv((9, 0), (17, 0))];
        let busy = normalize(vec![iv((8, 0), (9, 30)), iv((12, 0), (13, 0)), iv((16, 45), (18, 0))]);
        assert_eq!(subtract(&day, &busy), vec![iv((9, 30), (12, 0)), iv((13, 0), (16, 45))]);
    }

    #[test]
    fn intersect_keeps_common_parts() {
        let a = [iv((9, 0), (12, 0)), iv((13, 0), (17, 0))];
        let b = [iv((11, 0), (14, 0))];
        assert_eq!(intersect(&a, &b), vec![iv((11, 0), (12, 0)), iv((13, 0), (14, 0))]);
    }
}
