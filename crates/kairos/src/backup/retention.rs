//! Which backups to keep: the newest of each of the last `daily` days that have one, and the
//! newest of each of the last `weekly` ISO weeks that have one (UTC). The newest backup is
//! always kept, so a policy can never leave nothing to restore. Pure, so it is tested on
//! fabricated dates.

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// How many daily and weekly backups to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    pub daily: u32,
    pub weekly: u32,
}

/// The names among `backups` (name, creation time) that the policy lets go, oldest first.
#[must_use]
pub fn to_delete(backups: &[(String, DateTime<Utc>)], policy: Policy) -> Vec<String> {
    let mut sorted: Vec<&(String, DateTime<Utc>)> = backups.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| b.0.cmp(&a.0)));
    let mut keep: HashSet<&str> = HashSet::new();
    if let Some(newest) = sorted.first() {
        keep.insert(&newest.0);
    }
    keep_newest_per(&sorted, policy.daily, |at| at.date_naive(), &mut keep);
    keep_newest_per(
        &sorted,
        policy.weekly,
        |at| {
            let week = at.iso_week();
            NaiveDate::from_isoywd_opt(week.year(), week.week(), chrono::Weekday::Mon).unwrap_or(at.date_naive())
        },
        &mut keep,
    );
    let mut gone: Vec<&(String, DateTime<Utc>)> = sorted.into_iter().filter(|b| !keep.contains(b.0.as_str())).collect();
    gone.reverse();
    gone.into_iter().map(|b| b.0.clone()).collect()
}

/// Keeps the newest backup of each of the `count` most recent periods (`sorted` is newest first).
fn keep_newest_per<'a>(
    sorted: &[&'a (String, DateTime<Utc>)],
    count: u32,
    period: impl Fn(DateTime<Utc>) -> NaiveDate,
    keep: &mut HashSet<&'a str>,
) {
    let mut seen = BTreeSet::new();
    for backup in sorted {
        if seen.len() >= count as usize {
            break;
        }
        if seen.insert(period(backup.1)) {
            keep.insert(&backup.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backups(times: &[&str]) -> Vec<(String, DateTime<Utc>)> {
        times
            .iter()
            .map(|t| {
                (
                    format!("b-{t}"),
                    DateTime::parse_from_rfc3339(t).expect("instant").to_utc(),
                )
            })
            .collect()
    }

    #[test]
    fn keeps_the_newest_per_day_and_per_week() {
        // Thursday 2026-11-26 back to Monday 2026-11-09, two a day on some days.
        let all = backups(&[
            "2026-11-26T03:00:00Z",
            "2026-11-26T15:00:00Z",
            "2026-11-25T03:00:00Z",
            "2026-11-24T03:00:00Z",
            "2026-11-23T03:00:00Z",
            "2026-11-22T03:00:00Z",
            "2026-11-18T03:00:00Z",
            "2026-11-16T03:00:00Z",
            "2026-11-10T03:00:00Z",
            "2026-11-09T03:00:00Z",
        ]);
        let gone = to_delete(&all, Policy { daily: 3, weekly: 3 });
        // Days kept: 26th (15:00), 25th, 24th. Weeks kept: 23–29 Nov (26th 15:00), 16–22 Nov
        // (22nd), 9–15 Nov (10th).
        assert_eq!(
            gone,
            vec![
                "b-2026-11-09T03:00:00Z",
                "b-2026-11-16T03:00:00Z",
                "b-2026-11-18T03:00:00Z",
                "b-2026-11-23T03:00:00Z",
                "b-2026-11-26T03:00:00Z",
            ]
        );
    }

    #[test]
    fn the_newest_backup_is_always_kept() {
        let all = backups(&["2026-11-26T03:00:00Z", "2026-11-25T03:00:00Z"]);
        assert_eq!(
            to_delete(&all, Policy { daily: 0, weekly: 0 }),
            vec!["b-2026-11-25T03:00:00Z"]
        );
        assert!(to_delete(&[], Policy { daily: 1, weekly: 1 }).is_empty());
    }
}
