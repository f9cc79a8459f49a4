//! Calendar dates, relative ("tomorrow", "next week", "this Friday", "in two weeks") and absolute
//! ("March 3", "the 15th", "3/14", "2027-01-08"), resolved against the host's local today.
//!
//! Conventions: a bare weekday is its next occurrence after today; "this Friday" may be today;
//! "next Friday" is the Friday of next (Monday-based) week; weeks run Monday to Sunday; a
//! date without a year is its next occurrence; "before X" ends the day before X.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::Issue;
use super::lexer::{Token, number, starts_with};

/// The dates mentioned, merged into one inclusive range, and anything that could not be read.
#[derive(Debug, Default)]
pub(crate) struct Dates {
    pub range: Option<(NaiveDate, NaiveDate)>,
    pub issues: Vec<Issue>,
}

#[derive(Debug, Clone)]
enum Hit {
    Range(NaiveDate, NaiveDate),
    Bad(Issue),
}

/// Finds every date expression among the unused tokens, marks them used, and merges them.
pub(crate) fn extract(toks: &[Token], used: &mut [bool], today: NaiveDate) -> Dates {
    let mut out = Dates::default();
    let mut i = 0;
    while i < toks.len() {
        if used[i] || toks[i].punct {
            i += 1;
            continue;
        }
        let Some((len, hit)) = match_at(toks, i, today) else {
            i += 1;
            continue;
        };
        if (i..i + len).any(|k| used[k]) {
            i += 1;
            continue;
        }
        used[i..i + len].iter_mut().for_each(|u| *u = true);
        let modifier = i.checked_sub(1).filter(|&p| !used[p]).map(|p| toks[p].low.as_str());
        let hit = match (hit, modifier) {
            (Hit::Range(start, _), Some("before")) => {
                used[i - 1] = true;
                match start.pred_opt() {
                    Some(end) if end >= today => Hit::Range(today, end),
                    _ => Hit::Bad(Issue::InvalidDate(
                        toks[i - 1..i + len]
                            .iter()
                            .map(|t| t.orig.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    )),
                }
            }
            (Hit::Range(_, end), Some("by" | "until" | "till")) => {
                used[i - 1] = true;
                Hit::Range(today, end)
            }
            (hit, _) => hit,
        };
        match hit {
            Hit::Bad(issue) => out.issues.push(issue),
            Hit::Range(s, e) => {
                out.range = Some(match out.range {
                    Some((a, b)) => (a.min(s), b.max(e)),
                    None => (s, e),
                });
            }
        }
        i += len;
    }
    if !out.issues.is_empty() {
        out.range = None;
    }
    out
}

fn day(d: NaiveDate) -> Option<Hit> {
    Some(Hit::Range(d, d))
}

fn add_days(d: NaiveDate, n: u64) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(n))
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d.week(Weekday::Mon).first_day()
}

fn week_of(d: NaiveDate) -> Option<Hit> {
    let monday = monday_of(d);
    Some(Hit::Range(monday, add_days(monday, 6)?))
}

fn month_of(d: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let first = d.with_day(1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((first, last))
}

/// A fixed phrase and the dates it stands for, given today.
type Phrase = (&'static [&'static str], fn(NaiveDate) -> Option<Hit>);

fn match_at(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let phrases: &[Phrase] = &[
        (&["the", "day", "after", "tomorrow"], |t| day(add_days(t, 2)?)),
        (&["day", "after", "tomorrow"], |t| day(add_days(t, 2)?)),
        (&["today"], day),
        (&["tomorrow"], |t| day(add_days(t, 1)?)),
        (&["the", "rest", "of", "the", "week"], rest_of_week),
        (&["rest", "of", "the", "week"], rest_of_week),
        (&["later", "this", "week"], rest_of_week),
        (&["this", "week"], rest_of_week),
        (&["early", "next", "week"], |t| part_of_week(add_days(t, 7)?, 0, 2)),
        (&["end", "of", "next", "week"], |t| part_of_week(add_days(t, 7)?, 3, 4)),
        (&["the", "end", "of", "next", "week"], |t| {
            part_of_week(add_days(t, 7)?, 3, 4)
        }),
        (&["end", "of", "the", "month"], |t| day(month_of(t)?.1)),
        (&["the", "end", "of", "the", "month"], |t| day(month_of(t)?.1)),
        (
            &["end", "of", "the", "week"],
            |t| day(add_days(monday_of(t), 4)?.max(t)),
        ),
        (&["the", "end", "of", "the", "week"], |t| {
            day(add_days(monday_of(t), 4)?.max(t))
        }),
        (&["the", "week", "after", "next"], |t| week_of(add_days(t, 14)?)),
        (&["week", "after", "next"], |t| week_of(add_days(t, 14)?)),
        (&["next", "week"], |t| week_of(add_days(t, 7)?)),
        (&["my", "week"], rest_of_week),
        (&["the", "following", "week"], |t| week_of(add_days(t, 7)?)),
        (&["this", "weekend"], |t| weekend(t, 0)),
        (&["next", "weekend"], |t| weekend(t, 7)),
        (&["the", "weekend"], |t| weekend(t, 0)),
        (&["weekend"], |t| weekend(t, 0)),
        (&["this", "month"], |t| Some(Hit::Range(t, month_of(t)?.1))),
        (&["next", "month"], |t| {
            let (a, b) = month_of(t.checked_add_months(Months::new(1))?)?;
            Some(Hit::Range(a, b))
        }),
        (&["new", "year", "eve"], |t| annual(t, 12, 31)),
        (&["new", "year", "day"], |t| annual(t, 1, 1)),
        (&["christmas", "eve"], |t| annual(t, 12, 24)),
        (&["christmas", "day"], |t| annual(t, 12, 25)),
        (&["christmas"], |t| annual(t, 12, 25)),
    ];
    for (phrase, f) in phrases {
        if starts_with(toks, i, phrase) {
            return Some((phrase.len(), f(today)?));
        }
    }
    let low = toks[i].low.as_str();
    // "this afternoon": the part of day itself is read by the clock stage.
    if low == "this"
        && toks
            .get(i + 1)
            .is_some_and(|t| super::clock::part_word(&t.low).is_some())
    {
        return Some((1, day(today)?));
    }
    if low == "in"
        && let Some(hit) = in_n(toks, i, today)
    {
        return Some(hit);
    }
    if matches!(low, "within" | "over" | "in") && starts_with(toks, i + 1, &["the", "next"]) {
        let n = number(&toks.get(i + 3)?.low).filter(|n| n.fract() == 0.0 && (1.0..=60.0).contains(n))?;
        // Checked above: a small whole number.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let n = n as u64;
        let days = match toks.get(i + 4)?.low.as_str() {
            "day" | "days" => n,
            "week" | "weeks" => 7 * n,
            _ => return None,
        };
        return Some((5, Hit::Range(today, add_days(today, days)?)));
    }
    if starts_with(toks, i, &["the", "week", "of"]) || starts_with(toks, i, &["week", "of"]) {
        let skip = if low == "the" { 3 } else { 2 };
        let (len, hit) = match_at(toks, i + skip, today)?;
        return match hit {
            Hit::Range(start, _) => Some((skip + len, week_of(start)?)),
            bad @ Hit::Bad(_) => Some((skip + len, bad)),
        };
    }
    if let Some(hit) = weekday_phrase(toks, i, today) {
        return Some(hit);
    }
    if let Some(hit) = month_day(toks, i, today) {
        return Some(hit);
    }
    // "in December": a whole month, when it is named after "in"/"during" or capitalised.
    if let Some(m) = month(low).filter(|_| low != "may" && low.len() > 3)
        && (toks[i].capitalised() || i > 0 && matches!(toks[i - 1].low.as_str(), "in" | "during"))
    {
        let year = if m >= today.month() {
            today.year()
        } else {
            today.year() + 1
        };
        let (first, last) = month_of(NaiveDate::from_ymd_opt(year, m, 1)?)?;
        return Some((1, Hit::Range(first.max(today), last)));
    }
    if low == "the" {
        let (d, ordinal) = day_number(&toks.get(i + 1)?.low)?;
        if !ordinal {
            return None;
        }
        if starts_with(toks, i + 2, &["of"]) {
            let m = month(&toks.get(i + 3)?.low)?;
            return Some((4, dated(today, m, d, &toks[i..i + 4])));
        }
        return Some((2, day_of_month(today, d, &toks[i..i + 2])));
    }
    if let Ok(d) = NaiveDate::parse_from_str(low, "%Y-%m-%d") {
        return Some((1, Hit::Range(d, d)));
    }
    numeric(low, today).map(|h| (1, h))
}

/// Days `from..=to` (0 = Monday) of the week containing `d`.
fn part_of_week(d: NaiveDate, from: u64, to: u64) -> Option<Hit> {
    let monday = monday_of(d);
    Some(Hit::Range(add_days(monday, from)?, add_days(monday, to)?))
}

fn rest_of_week(t: NaiveDate) -> Option<Hit> {
    Some(Hit::Range(t, add_days(monday_of(t), 6)?))
}

fn weekend(t: NaiveDate, plus: u64) -> Option<Hit> {
    let sunday = add_days(monday_of(t), 6 + plus)?;
    let saturday = sunday.pred_opt()?;
    Some(Hit::Range(saturday.max(t), sunday))
}

fn annual(t: NaiveDate, m: u32, d: u32) -> Option<Hit> {
    let this = NaiveDate::from_ymd_opt(t.year(), m, d)?;
    let date = if this >= t {
        this
    } else {
        NaiveDate::from_ymd_opt(t.year() + 1, m, d)?
    };
    day(date)
}

/// `in N days`, `in N weeks`, `in a week` (the Monday-to-Sunday week containing that day).
fn in_n(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let n = number(&toks.get(i + 1)?.low)?;
    if n.fract() != 0.0 || !(0.0..=366.0).contains(&n) {
        return None;
    }
    // Checked above: a small whole number.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let n = n as u64;
    match toks.get(i + 2)?.low.as_str() {
        "day" | "days" => Some((3, day(add_days(today, n)?)?)),
        "week" | "weeks" => Some((3, week_of(add_days(today, 7 * n)?)?)),
        _ => None,
    }
}

/// A weekday by full name or abbreviation (`sat`/`sun` only as full names: they are words).
pub(crate) fn weekday(low: &str) -> Option<Weekday> {
    Some(match low {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tues" | "tue" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thurs" | "thur" | "thu" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn weekday_phrase(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let low = toks[i].low.as_str();
    let (len, wd, mode) = match low {
        "this" | "next" | "coming" => (2, weekday(&toks.get(i + 1)?.low)?, low),
        _ => (1, weekday(low)?, "bare"),
    };
    // "Tuesday the 8th": the day of the month decides.
    let the = usize::from(toks.get(i + len).is_some_and(|t| t.low == "the"));
    if let Some((d, true)) = toks.get(i + len + the).and_then(|t| day_number(&t.low)) {
        let end = i + len + the + 1;
        return Some((end - i, day_of_month(today, d, &toks[i..end])));
    }
    let ahead = u64::from((7 + wd.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7);
    let date = match mode {
        "this" => add_days(today, ahead)?,
        "next" => add_days(monday_of(today), 7 + u64::from(wd.num_days_from_monday()))?,
        _ => add_days(today, if ahead == 0 { 7 } else { ahead })?,
    };
    Some((len, Hit::Range(date, date)))
}

pub(crate) fn month(low: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let low = low.strip_suffix('.').unwrap_or(low);
    let pos = NAMES
        .iter()
        .position(|n| *n == low || (low.len() >= 3 && low != "may" && n.starts_with(low) && low.len() <= 4))?;
    u32::try_from(pos + 1).ok()
}

/// A day of the month, `3`, `3rd`, `15th`; the flag says whether an ordinal suffix was written.
fn day_number(low: &str) -> Option<(u32, bool)> {
    let digits: String = low.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &low[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some((d, !suffix.is_empty()))
}

/// `March 3`, `Dec 3rd`, `3 March`, `1st of December`, optionally followed by a year.
fn month_day(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let low = toks[i].low.as_str();
    if let Some(m) = month(low) {
        let (d, _) = day_number(&toks.get(i + 1)?.low)?;
        let len = 2 + usize::from(year(toks, i + 2).is_some());
        return Some((len, with_year(today, m, d, year(toks, i + 2), &toks[i..i + len])));
    }
    let (d, _) = day_number(low)?;
    let of = usize::from(starts_with(toks, i + 1, &["of"]));
    let m = month(&toks.get(i + 1 + of)?.low)?;
    let y = year(toks, i + 2 + of);
    let len = 2 + of + usize::from(y.is_some());
    Some((len, with_year(today, m, d, y, &toks[i..i + len])))
}

fn year(toks: &[Token], i: usize) -> Option<i32> {
    let low = &toks.get(i)?.low;
    (low.len() == 4).then_some(())?;
    low.parse().ok().filter(|y| (2000..=2100).contains(y))
}

fn with_year(today: NaiveDate, m: u32, d: u32, y: Option<i32>, src: &[Token]) -> Hit {
    match y {
        Some(y) => NaiveDate::from_ymd_opt(y, m, d).map_or_else(|| bad(src), |date| Hit::Range(date, date)),
        None => dated(today, m, d, src),
    }
}

fn bad(src: &[Token]) -> Hit {
    Hit::Bad(Issue::InvalidDate(
        src.iter().map(|t| t.orig.as_str()).collect::<Vec<_>>().join(" "),
    ))
}

/// The next occurrence (today or later) of month `m`, day `d`.
fn dated(today: NaiveDate, m: u32, d: u32, src: &[Token]) -> Hit {
    let this = NaiveDate::from_ymd_opt(today.year(), m, d);
    let next = NaiveDate::from_ymd_opt(today.year() + 1, m, d);
    match (this, next) {
        (Some(date), _) if date >= today => Hit::Range(date, date),
        (_, Some(date)) => Hit::Range(date, date),
        _ => bad(src),
    }
}

/// `the 15th`: this month if still ahead, otherwise the next month that has that day.
fn day_of_month(today: NaiveDate, d: u32, src: &[Token]) -> Hit {
    let mut first = today.with_day(1);
    for _ in 0..3 {
        let Some(f) = first else { break };
        if let Some(date) = f.with_day(d).filter(|date| *date >= today) {
            return Hit::Range(date, date);
        }
        first = f.checked_add_months(Months::new(1));
    }
    bad(src)
}

/// `3/14` and `14/3` are unambiguous; `3/4` could be either order and is reported, not guessed.
fn numeric(low: &str, today: NaiveDate) -> Option<Hit> {
    let (a, b) = low.split_once('/')?;
    let a: u32 = a.parse().ok()?;
    let b: u32 = b.parse().ok()?;
    let (m, d) = match (a, b) {
        (a, b) if a == b => (a, b),
        (a, b) if a > 12 && b <= 12 => (b, a),
        (a, b) if b > 12 && a <= 12 => (a, b),
        (a, b) if a <= 12 && b <= 12 => return Some(Hit::Bad(Issue::AmbiguousDate(low.to_owned()))),
        _ => return None,
    };
    Some(dated(today, m, d, &[]))
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    fn range(text: &str, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let toks = tokenize(text);
        let mut used = vec![false; toks.len()];
        extract(&toks, &mut used, today).range
    }

    #[test]
    fn relative_days_cross_month_and_year_ends() {
        let eve = ymd(2026, 12, 31);
        assert_eq!(range("tomorrow", eve), Some((ymd(2027, 1, 1), ymd(2027, 1, 1))));
        assert_eq!(range("next month", eve), Some((ymd(2027, 1, 1), ymd(2027, 1, 31))));
        assert_eq!(range("next week", eve), Some((ymd(2027, 1, 4), ymd(2027, 1, 10))));
        assert_eq!(range("the 3rd", eve), Some((ymd(2027, 1, 3), ymd(2027, 1, 3))));
        let jan31 = ymd(2027, 1, 31);
        assert_eq!(range("next month", jan31), Some((ymd(2027, 2, 1), ymd(2027, 2, 28))));
        assert_eq!(range("in 3 days", jan31), Some((ymd(2027, 2, 3), ymd(2027, 2, 3))));
        assert_eq!(range("the 30th", jan31), Some((ymd(2027, 3, 30), ymd(2027, 3, 30))));
    }

    #[test]
    fn weekdays() {
        let friday = ymd(2026, 11, 27);
        assert_eq!(range("Friday", friday), Some((ymd(2026, 12, 4), ymd(2026, 12, 4))));
        assert_eq!(range("this Friday", friday), Some((friday, friday)));
        assert_eq!(
            range("next Monday", friday),
            Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))
        );
        assert_eq!(
            range("Thursday or Friday", friday),
            Some((ymd(2026, 12, 3), ymd(2026, 12, 4)))
        );
        assert_eq!(range("before Wednesday", friday), Some((friday, ymd(2026, 12, 1))));
    }

    #[test]
    fn absolute_dates_and_ambiguity() {
        let today = ymd(2026, 11, 27);
        assert_eq!(range("March 3", today), Some((ymd(2027, 3, 3), ymd(2027, 3, 3))));
        assert_eq!(range("3/14", today), Some((ymd(2027, 3, 14), ymd(2027, 3, 14))));
        assert_eq!(
            range("29 February 2028", today),
            Some((ymd(2028, 2, 29), ymd(2028, 2, 29)))
        );
        let toks = tokenize("on 3/4");
        let mut used = vec![false; toks.len()];
        let d = extract(&toks, &mut used, today);
        assert_eq!(d.range, None);
        assert_eq!(d.issues, vec![Issue::AmbiguousDate("3/4".into())]);
        assert_eq!(range("the 31st of February", today), None);
    }
}
