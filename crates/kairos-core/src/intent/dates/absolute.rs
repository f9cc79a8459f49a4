//! Dates written out: "March 3", "3rd of December 2027", "the 15th", "in December", "3/14",
//! "2027-01-08". A date without a year is its next occurrence; `3/4` is ambiguous, not guessed.

use chrono::{Datelike, Months, NaiveDate};

use super::super::Issue;
use super::super::lexer::{Token, starts_with};
use super::{Hit, bad, month_of};

pub(super) fn match_at(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    if let Some(hit) = month_day(toks, i, today) {
        return Some(hit);
    }
    if let Some(hit) = days_of_one_month(toks, i, today) {
        return Some(hit);
    }
    let low = toks[i].low.as_str();
    // "agenda 14th-16th": days of the month in one word, ordinals, the month left out.
    if let Some((a, b)) = low.split_once('-')
        && let (Some((a, true)), Some((b, true))) = (day_number(a), day_number(b))
        && let Hit::Range(first, _) = day_of_month(today, a, &toks[i..=i])
        && let Some(last) = first.with_day(b).filter(|last| *last > first)
    {
        return Some((1, Hit::Range(first, last)));
    }
    // "in December": a whole month, when it is named after "in"/"during" or capitalised.
    if low != "may"
        && low.len() > 3
        && (toks[i].capitalised() || i > 0 && matches!(toks[i - 1].low.as_str(), "in" | "during" | "of"))
        && let Some((first, last)) = named_month(low, today)
    {
        return Some((1, Hit::Range(first.max(today), last)));
    }
    if low == "the" {
        let day = &toks.get(i + 1)?.low;
        let (d, ordinal) = day_number(day)?;
        if !ordinal {
            return None;
        }
        if starts_with(toks, i + 2, &["of"]) {
            let m = month(&toks.get(i + 3)?.low)?;
            return Some((4, dated(today, m, d, &toks[i..i + 4])));
        }
        // "the second meeting" counts meetings; only "the 2nd" alone is a day, or an ordinal
        // spelled out past "third" that nothing but a time or a link word follows ("on the
        // fourteenth at three").
        // ("… with Tamsin on the second at quarter to three": "first" to "third" too, on a day and
        // before its hour, after whom a meeting is with; not "We're on the second at 9 in the
        // running order", "decide on the first at the latest".)
        let an_hour = |t: &Token| {
            t.low.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    t.low.as_str(),
                    "quarter"
                        | "half"
                        | "noon"
                        | "midday"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "eleven"
                        | "twelve"
                )
        };
        let hour_after = toks.get(i + 2).is_some_and(crate::intent::clock::written_clock)
            || starts_with(toks, i + 2, &["at"]) && toks.get(i + 3).is_some_and(an_hour);
        let met_before = i > 1
            && (0..i - 1)
                .rev()
                .take_while(|&k| !toks[k].punct)
                .any(|k| toks[k].low == "with");
        // ("renew my passport by the eighteenth can you add that": or a deadline's day, then the
        // question; not "the fifth can of paint", "the ninth could be tricky".)
        let deadline_asked = i > 0
            && matches!(toks[i - 1].low.as_str(), "by" | "before" | "until" | "till")
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "can" | "could" | "pls"));
        // ("the week of the seventh except Friday": or a day left out after it; not "on the fifth
        // except between 12 and 1".)
        let day_left_out =
            starts_with(toks, i + 2, &["except"]) && toks.get(i + 3).is_some_and(|t| super::weekday(&t.low).is_some());
        let spelled_day = (toks.get(i + 2).is_none_or(leads_on_from_a_date) || deadline_asked || day_left_out)
            && (d > 3 || met_before && toks[i - 1].low == "on" && hour_after);
        // "the 4th floor room", "the 3rd round": an ordinal counting something else.
        let counts = toks.get(i + 2).is_some_and(|t| COUNTED.contains(&t.low.as_str()));
        return ((digits(day) || spelled_day) && !counts).then(|| (2, day_of_month(today, d, &toks[i..i + 2])));
    }
    // "on 4th", "the 3rd or 4th", "the 7th through 11th", "deadline 15th": an ordinal after a
    // word that leads to a date.
    if let Some((d, true)) = day_number(low).filter(|_| digits(low))
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "on" | "or" | "and" | "to" | "through" | "thru" | "until" | "till" | "-" | "," | "deadline" | "due" | "by"
        )
    {
        return Some((1, day_of_month(today, d, &toks[i..=i])));
    }
    // (A year of four digits: not "Bk 1-2-1 stroke analysis", a one-to-one.)
    let full_year = |d: &NaiveDate| (1000..=9999).contains(&d.year());
    if let Some(d) = NaiveDate::parse_from_str(low, "%Y-%m-%d")
        .ok()
        .filter(|d| full_year(d) && low.len() >= 8)
    {
        return Some((1, Hit::Range(d, d)));
    }
    // "14.12.2026": day, month and year with full stops, as much of Europe writes them.
    if let Some(d) = NaiveDate::parse_from_str(low, "%d.%m.%Y").ok().filter(full_year) {
        return Some((1, Hit::Range(d, d)));
    }
    // "15.12.": day and month with their full stops (the last one split off), never a length
    // such as "1.5".
    let dotted = toks.get(i + 1).is_some_and(|t| t.low == ".");
    let after_the_or_on = i > 0 && matches!(toks[i - 1].low.as_str(), "the" | "on");
    if (dotted || after_the_or_on)
        && let Some((d, m)) = day_and_month(low)
    {
        let len = 1 + usize::from(dotted);
        // "on 4.12": without its closing full stop, a pair of numbers that could each be the
        // month reads either way round, as `4/12` does; asked about, not guessed.
        if !dotted && d <= 12 && d != m {
            return Some((1, Hit::Bad(Issue::AmbiguousDate(low.to_owned()))));
        }
        return Some((len, dated(today, m, d, &toks[i..i + len])));
    }
    numeric(low, today).map(|h| (1, h))
}

pub(crate) use super::super::lexer::MONTHS;

/// "18.12": a day and a month joined by a full stop, as much of Europe writes them.
pub(crate) fn day_and_month(low: &str) -> Option<(u32, u32)> {
    let (d, m) = low.split_once('.')?;
    let (d, m) = (d.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m))
}

/// What an ordinal may count besides days ("the 4th floor", "the 2nd round").
const COUNTED: &[&str] = &[
    // "grade the 2nd year stats midterms": the year of a course.
    "year",
    "years",
    "semester",
    "term",
    "half",
    "floor",
    "place",
    "row",
    "round",
    "time",
    "attempt",
    "edition",
    "version",
    "draft",
    "grade",
    "quarter",
    "item",
    "point",
    "step",
    "page",
    "chapter",
    "level",
    "person",
    "candidate",
    "interview",
    "session",
    "meeting",
];

/// A month by name or abbreviation ("December", "dec", "Sept.").
pub(crate) fn month(low: &str) -> Option<u32> {
    let low = low.strip_suffix('.').unwrap_or(low);
    // "dec", "Sept." — not "Marc", a name.
    let pos = MONTHS
        .iter()
        .position(|n| *n == low || ((low.len() == 3 || low == "sept") && low != "may" && n.starts_with(low)))?;
    u32::try_from(pos + 1).ok()
}

/// The first and last day of the next month called `low` (this one if it is that month now).
pub(super) fn named_month(low: &str, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let m = month(low)?;
    let year = if m >= today.month() {
        today.year()
    } else {
        today.year() + 1
    };
    month_of(NaiveDate::from_ymd_opt(year, m, 1)?)
}

/// A day of the month, `3`, `3rd`, `15th`; the flag says whether an ordinal suffix was written.
pub(crate) fn day_number(low: &str) -> Option<(u32, bool)> {
    if let Some(d) = ordinal_word(low) {
        return Some((d, true));
    }
    let digits: String = low.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &low[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let d: u32 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some((d, !suffix.is_empty()))
}

/// Written with digits ("9th"), not in words ("ninth").
pub(super) fn digits(low: &str) -> bool {
    low.starts_with(|c: char| c.is_ascii_digit())
}

/// `first` to `thirty-first`: a day of the month spelled out ("December ninth", "Monday the
/// seventh").
fn ordinal_word(low: &str) -> Option<u32> {
    const UNITS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: &[&str] = &[
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    let unit = |w: &str| {
        UNITS
            .iter()
            .position(|u| *u == w)
            .and_then(|p| u32::try_from(p + 1).ok())
    };
    if let Some(d) = unit(low) {
        return Some(d);
    }
    if let Some(p) = TEENS.iter().position(|t| *t == low) {
        return u32::try_from(p + 10).ok();
    }
    match low {
        "twentieth" => return Some(20),
        "thirtieth" => return Some(30),
        _ => {}
    }
    let (tens, rest) = low.split_once('-')?;
    let base = match tens {
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    let d = base + unit(rest)?;
    (d <= 31).then_some(d)
}

/// `March 3`, `Dec 3rd`, `3 March`, `1st of December`, optionally followed by a year.
pub(super) fn month_day(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let low = toks.get(i)?.low.as_str();
    if let Some(m) = month(low) {
        // "Dec. 4": the abbreviation's full stop is split off as punctuation.
        let dot = usize::from(toks.get(i + 1).is_some_and(|t| t.low == "."));
        let days = &toks.get(i + 1 + dot)?.low;
        // "Dec 14-16": a span of days of the month in one word.
        if let Some((a, b)) = days.split_once('-')
            && let (Some((a, _)), Some((b, _))) = (day_number(a), day_number(b))
            && let Hit::Range(first, _) = dated(today, m, a, &toks[i..i + 2 + dot])
            && let Some(last) = first.with_day(b).filter(|last| *last > first)
        {
            return Some((2 + dot, Hit::Range(first, last)));
        }
        let (d, _) = day_number(days)?;
        let (y_len, y) = year(toks, i + 2 + dot).map_or((0, None), |(l, y)| (l, Some(y)));
        let len = 2 + dot + y_len;
        let hit = with_year(today, m, d, y, &toks[i..i + len]);
        // "Dec 14 to 16", "dec 15, 16 or 17": later days of the same month.
        if y_len == 0
            && let Hit::Range(first, _) = hit
            && let Some((taken, last)) = later_days(toks, i + len, first)
        {
            return Some((len + taken, Hit::Range(first, last)));
        }
        return Some((len, hit));
    }
    // "7-9 December": a span of days of the month in one word, before it.
    if let Some((a, b)) = low.split_once('-')
        && let (Some((a, _)), Some((b, _))) = (day_number(a), day_number(b))
        && let Some(m) = toks.get(i + 1).and_then(|t| month(&t.low))
        && let Hit::Range(first, _) = dated(today, m, a, &toks[i..i + 2])
        && let Some(last) = first.with_day(b).filter(|last| *last > first)
    {
        return Some((2, Hit::Range(first, last)));
    }
    let (d, _) = day_number(low)?;
    let of = usize::from(starts_with(toks, i + 1, &["of"]));
    let m = month(&toks.get(i + 1 + of)?.low)?;
    let (y_len, y) = year(toks, i + 2 + of).map_or((0, None), |(l, y)| (l, Some(y)));
    let len = 2 + of + y_len;
    Some((len, with_year(today, m, d, y, &toks[i..i + len])))
}

/// "to 16", ", 16 or 17" at `k` after a date `first` names its month's later days: the tokens
/// taken and the last day. Commas only list days a closing "or" or "and" ends ("15, 16 or 17"),
/// and the list is not the first days of another month ("Dec 30 or 31 January").
fn later_days(toks: &[Token], k: usize, first: NaiveDate) -> Option<(usize, NaiveDate)> {
    let link = |t: &Token| {
        matches!(
            t.low.as_str(),
            "to" | "-" | "through" | "thru" | "until" | "till" | "or" | "and" | ","
        )
    };
    let mut at = k;
    let mut last = None;
    let mut comma = false;
    let mut closing = "";
    while let (Some(l), Some(day)) = (toks.get(at), toks.get(at + 1))
        && link(l)
        && digits(&day.low)
        && let Some(d) = day_number(&day.low).and_then(|(d, _)| first.with_day(d))
        && d > last.unwrap_or(first)
    {
        comma |= l.low == ",";
        closing = l.low.as_str();
        last = Some(d);
        at += 2;
    }
    let last = last?;
    let commas_closed = !comma || matches!(closing, "or" | "and");
    (commas_closed && toks.get(at).is_none_or(|t| month(&t.low).is_none())).then_some((at - k, last))
}

/// "9 or 10 December", "the 3rd and 4th of March": days of the month the date after them names,
/// the span from the first to that date.
fn days_of_one_month(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let the = usize::from(toks.get(i)?.low == "the");
    let (first, _) = day_number(&toks.get(i + the)?.low)?;
    let link = toks.get(i + the + 1)?;
    if !matches!(
        link.low.as_str(),
        "or" | "and" | "to" | "-" | "through" | "thru" | "until" | "till" | ","
    ) {
        return None;
    }
    let second = i + the + 2;
    let second = second + usize::from(toks.get(second).is_some_and(|t| t.low == "the"));
    // "15, 16 or 17 December": a comma lists a day the rest of the list closes.
    let later = if link.low == "," {
        days_of_one_month(toks, second, today)?
    } else {
        month_day(toks, second, today)?
    };
    let (len, Hit::Range(_, last)) = later else {
        return None;
    };
    let start = last.with_day(first).filter(|start| *start <= last)?;
    Some((second + len - i, Hit::Range(start, last)))
}

/// Words that may follow a date ("on the fourteenth at three", "the ninth, please"): a time, a
/// link to another date or clause, or the end of the clause.
pub(super) fn leads_on_from_a_date(t: &Token) -> bool {
    t.punct
        || t.low.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            t.low.as_str(),
            "at" | "in"
                // "to the twenty-second same place at one".
                | "same"
                | "from"
                | "to"
                | "or"
                | "and"
                | "until"
                | "till"
                | "through"
                | "before"
                | "after"
                | "around"
                | "between"
                | "for"
                | "instead"
                | "please"
                | "if"
                | "morning"
                | "afternoon"
                | "evening"
                | "am"
                | "pm"
        )
}

/// A year after a date, possibly after a comma ("December 3rd, 2027"): its tokens and value.
fn year(toks: &[Token], i: usize) -> Option<(usize, i32)> {
    let comma = usize::from(toks.get(i)?.low == ",");
    let low = &toks.get(i + comma)?.low;
    (low.len() == 4).then_some(())?;
    let y = low.parse().ok().filter(|y| (2000..=2100).contains(y))?;
    Some((1 + comma, y))
}

fn with_year(today: NaiveDate, m: u32, d: u32, y: Option<i32>, src: &[Token]) -> Hit {
    match y {
        Some(y) => NaiveDate::from_ymd_opt(y, m, d).map_or_else(|| bad(src), |date| Hit::Range(date, date)),
        None => dated(today, m, d, src),
    }
}

/// The next occurrence (today or later) of month `m`, day `d`.
pub(super) fn dated(today: NaiveDate, m: u32, d: u32, src: &[Token]) -> Hit {
    let this = NaiveDate::from_ymd_opt(today.year(), m, d);
    let next = NaiveDate::from_ymd_opt(today.year() + 1, m, d);
    match (this, next) {
        (Some(date), _) if date >= today => Hit::Range(date, date),
        (_, Some(date)) => Hit::Range(date, date),
        _ => bad(src),
    }
}

/// `the 15th`: this month if still ahead, otherwise the next month that has that day.
pub(super) fn day_of_month(today: NaiveDate, d: u32, src: &[Token]) -> Hit {
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

/// `12/03` after "Thursday": of the two readings of a numeric date that could be either order,
/// the one that falls on `weekday`, when only one does.
pub(super) fn numeric_on(low: &str, today: NaiveDate, weekday: chrono::Weekday, dashed: bool) -> Option<NaiveDate> {
    // "Monday 30-11 … to Tuesday 1-12": with a dash, the day first, as Europe writes it, where the
    // writer dates so elsewhere too (`dashed`), a date only where it falls on that weekday within
    // the next few weeks and cannot be hours running forward (not "Wednesday 9-12", "Friday 2-4",
    // the hours: a bare 1 to 6 read as the afternoon's, as the clock reads it).
    let afternoon = |h: u32| if h <= 6 { h + 12 } else { h };
    if let Some((d, m)) = low.split_once('-').filter(|_| dashed)
        && let (Ok(d), Ok(m)) = (d.parse::<u32>(), m.parse::<u32>())
        && (d > 12 || afternoon(d) >= afternoon(m))
    {
        return match dated(today, m, d, &[]) {
            Hit::Range(date, _) if date.weekday() == weekday && (date - today).num_days() <= 45 => Some(date),
            _ => None,
        };
    }
    let (a, b) = low.split_once('/')?;
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    // "wed 16/12", "sat 12/12": a date that can be read one way only, on its weekday.
    if a > 12 && b <= 12 || b > 12 && a <= 12 || a == b {
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        return match dated(today, m, d, &[]) {
            Hit::Range(date, _) if date.weekday() == weekday => Some(date),
            _ => None,
        };
    }
    if a > 12 || b > 12 {
        return None;
    }
    let on_the_day: Vec<NaiveDate> = [(a, b), (b, a)]
        .into_iter()
        .filter_map(|(m, d)| match dated(today, m, d, &[]) {
            Hit::Range(date, _) => Some(date),
            _ => None,
        })
        .filter(|date| date.weekday() == weekday)
        .collect();
    // ("fri 11/12": 11 December this year, not 12 November next year; the nearer of two only
    // when it is within a month and the other half a year off, or more. "thu 1/7" stays asked.)
    match on_the_day[..] {
        [date] => Some(date),
        [a, b] => {
            let (near, far) = if a < b { (a, b) } else { (b, a) };
            ((near - today).num_days() <= 31 && (far - today).num_days() >= 180).then_some(near)
        }
        _ => None,
    }
}

/// Whether a date is written with a dash, the day first, where it can be nothing else ("30-11",
/// "14-12": a day past the 12th, as no hours run backwards), so the writer's other dashed pairs are
/// dates too.
pub(crate) fn dash_dates_written(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        t.low.split_once('-').is_some_and(|(d, m)| {
            (1..=2).contains(&d.len())
                && (1..=2).contains(&m.len())
                && d.parse::<u32>().is_ok_and(|d| (13..=31).contains(&d))
                && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        })
    })
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
