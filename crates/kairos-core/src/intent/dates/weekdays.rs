//! Weekdays: "Friday", "this Friday", "next Tuesday", "Tuesday or Wednesday next week", "the
//! Thursday after next", and a weekday whose date is also written ("Tuesday the 8th", "Monday,
//! Dec 14"), where the two must agree ("Wednesday the 4th" when the 4th is a Friday is asked
//! about).

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::Issue;
use super::super::lexer::{Token, starts_with};
use super::absolute::{dated, day_number, day_of_month, month, month_day, numeric_on};
use super::{Hit, add_days, monday_of};

/// A weekday by full name or abbreviation (`sat`/`sun` only as full names: they are words).
pub(crate) fn weekday(low: &str) -> Option<Weekday> {
    Some(match low {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tues" | "tue" => Weekday::Tue,
        "wednesday" | "weds" | "wed" => Weekday::Wed,
        "thursday" | "thurs" | "thur" | "thu" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// `mon-fri`, `Tuesday-Thursday`: two weekdays joined by a hyphen in one word.
pub(crate) fn weekday_span(low: &str) -> Option<(Weekday, Weekday)> {
    let (a, b) = low.split_once(['-', '\u{2013}'])?;
    Some((weekday(a)?, weekday(b)?))
}

/// Phrases naming a week, as days from this week's Monday, that may follow a weekday.
const WEEKS: &[(&[&str], u64)] = &[
    (&["this", "week"], 0),
    (&["next", "week"], 7),
    (&["the", "following", "week"], 7),
    (&["the", "week", "after", "next"], 14),
    (&["week", "after", "next"], 14),
];

/// How a weekday was introduced.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Its next occurrence after today.
    Bare,
    /// This week's, which may be today.
    This,
    /// The one in next week.
    Next,
}

pub(super) fn match_at(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    // "a week from tues", "a week from Friday": that weekday, a week on.
    // (Not "away for a week from Monday", a week's span from then.)
    if starts_with(toks, i, &["a", "week", "from"])
        && !(i > 0 && toks[i - 1].low == "for")
        && let Some(wd) = day_at(toks, i + 3)
    {
        let date = add_days(date_of(wd, Mode::Bare, today)?, 7)?;
        return Some((4, Hit::Range(date, date)));
    }
    let (lead, mode) = match toks[i].low.as_str() {
        "this" if starts_with(toks, i + 1, &["coming"]) => (2, Mode::Bare),
        "this" => (1, Mode::This),
        "next" => (1, Mode::Next),
        // "to the following Sat": the one after the next, as "next Sat" is.
        "the" if starts_with(toks, i + 1, &["following"]) && day_at(toks, i + 2).is_some() => (2, Mode::Next),
        "coming" | "the" => (1, Mode::Bare),
        _ => (0, Mode::Bare),
    };
    // "tue-thu", "next mon-wed", "tue-thu the week after next": the days from the first to the
    // second (and, with a week named elsewhere, "mon-fri in the week of the 7th", that week as a
    // whole, as before).
    if let Some((from, to)) = toks.get(i + lead).and_then(|t| weekday_span(&t.low)) {
        let days = u64::from((7 + to.num_days_from_monday() - from.num_days_from_monday()) % 7);
        if mode == Mode::Bare
            && let Some((extra, weeks)) = qualifier(toks, i + lead + 1)
        {
            let start = add_days(monday_of(today), weeks + u64::from(from.num_days_from_monday()))?;
            return Some((lead + 1 + extra, Hit::Range(start, add_days(start, days)?)));
        }
        if toks.iter().any(|t| matches!(t.low.as_str(), "week" | "weeks")) {
            return None;
        }
        let start = date_of(from, mode, today)?;
        return Some((lead + 1, Hit::Range(start, add_days(start, days)?)));
    }
    let wd = day_at(toks, i + lead)?;
    let len = lead + 1;
    // "my two Saturday girls", "the Sunday volunteers": those who work on that day, no day.
    let workers = toks.get(i + len).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "girls" | "boys" | "lads" | "staff" | "crew" | "volunteers" | "helpers" | "workers"
        )
    }) && (i + lead > 0
        && matches!(
            toks[i + lead - 1].low.as_str(),
            "my" | "our" | "the" | "two" | "three" | "both" | "his" | "her" | "their"
        ))
        // (Ending its phrase: not "the Saturday staff meeting", "my Tuesday girls night".)
        && toks
            .get(i + len + 1)
            .is_none_or(|t| t.punct || t.capitalised() || matches!(t.low.as_str(), "and" | "are" | "is" | "both"));
    if workers {
        return None;
    }
    if let Some(date) = toks.get(i + len).and_then(|t| {
        numeric_on(
            &t.low,
            today,
            wd,
            t.low.contains('-') && super::absolute::dash_dates_written(toks),
        )
    }) {
        return Some((len + 1, Hit::Range(date, date)));
    }
    if let Some((extra, hit)) = written_date(toks, i + len, today) {
        // "Wednesday the 30th" when the next 30th is a Monday: the 30th of the month after, a
        // Wednesday, with no month written.
        let month_written = toks[i + len..i + len + extra].iter().any(|t| month(&t.low).is_some());
        let later_month = |d: NaiveDate| {
            // (Only the next month: "Tuesday the 9th" with neither December's nor January's a
            // Tuesday is asked about.)
            d.checked_add_months(chrono::Months::new(1))
                .filter(|later| later.weekday() == wd && later.day() == d.day())
        };
        let hit = match hit {
            Hit::Range(d, _)
                if d.weekday() != wd
                    && !month_written
                    && let Some(later) = later_month(d) =>
            {
                Hit::Range(later, later)
            }
            // "Wednesday the 4th" when the 4th is a Friday: two different days, so ask.
            Hit::Range(d, _) if d.weekday() != wd => Hit::Bad(Issue::AmbiguousDate(
                toks[i..i + len + extra]
                    .iter()
                    .map(|t| t.orig.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            )),
            hit => hit,
        };
        return Some((len + extra, hit));
    }
    let offset = u64::from(wd.num_days_from_monday());
    let this_monday = monday_of(today);
    if mode == Mode::Bare && starts_with(toks, i + len, &["after", "next"]) {
        let date = add_days(this_monday, 14 + offset)?;
        return Some((len + 2, Hit::Range(date, date)));
    }
    if mode == Mode::Bare
        && let Some((extra, weeks)) = qualifier(toks, i + len)
    {
        let date = add_days(this_monday, weeks + offset)?;
        return Some((len + extra, Hit::Range(date, date)));
    }
    let date = date_of(wd, mode, today)?;
    // "Wednesday week" (British): a week after the coming Wednesday.
    if mode == Mode::Bare && toks.get(i + len).is_some_and(|t| t.low == "week") {
        let date = add_days(date, 7)?;
        return Some((len + 1, Hit::Range(date, date)));
    }
    Some((len, Hit::Range(date, date)))
}

/// The date of weekday `wd` as `mode` introduces it.
fn date_of(wd: Weekday, mode: Mode, today: NaiveDate) -> Option<NaiveDate> {
    let ahead = u64::from((7 + wd.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7);
    match mode {
        Mode::This => add_days(today, ahead),
        Mode::Next => add_days(monday_of(today), 7 + u64::from(wd.num_days_from_monday())),
        Mode::Bare => add_days(today, if ahead == 0 { 7 } else { ahead }),
    }
}

/// "next week Friday", "the week after next Tuesday": a week, then a day of it.
pub(super) fn week_then_day(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let (phrase, weeks) = WEEKS.iter().find(|(p, _)| starts_with(toks, i, p))?;
    let wd = day_at(toks, i + phrase.len())?;
    let date = add_days(monday_of(today), weeks + u64::from(wd.num_days_from_monday()))?;
    Some((phrase.len() + 1, Hit::Range(date, date)))
}

/// The weekday at `k`; "sat" and "sun", also words of their own, only where a day is expected
/// ("in for sat 11am", "next sun").
pub(crate) fn day_at(toks: &[Token], k: usize) -> Option<Weekday> {
    let low = toks.get(k)?.low.as_str();
    weekday(low).or_else(|| {
        let wd = match low {
            "sat" => Weekday::Sat,
            "sun" => Weekday::Sun,
            _ => return None,
        };
        // "cnacel sat w/ Ignacio": before whom the meeting is with.
        let with = toks.get(k + 1).is_some_and(|t| t.low == "with")
            && k > 0
            && !matches!(toks[k - 1].low.as_str(), "i" | "we" | "he" | "she" | "they");
        let led = k > 0
            && matches!(
                toks[k - 1].low.as_str(),
                "for"
                    | "on"
                    | "this"
                    | "next"
                    | "until"
                    | "till"
                    | "by"
                    | "from"
                    | "coming"
                    | "or"
                    | "and"
                    | "to"
                    | "does"
                    | "following"
            )
            // ("not Sat (open house all day)": or ruled out, written as a day is.)
            || k > 0 && toks[k - 1].low == "not" && toks[k].capitalised()
            // "any day 4-9 jan except sat, before noon": left out of any day asked (not "I'm busy
            // all week except sat", the day that is free).
            || k > 0
                && matches!(toks[k - 1].low.as_str(), "except" | "excluding")
                && toks[..k - 1].iter().any(|t| t.low == "any");
        // "drinks sat at 7": "at" and an hour too.
        let timed = toks.get(k + 1).is_some_and(|t| {
            t.low.starts_with(|c: char| c.is_ascii_digit()) || super::super::clock::part_word(&t.low).is_some()
        }) || starts_with(toks, k + 1, &["at"])
            && toks
                .get(k + 2)
                .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
        // "cancel sat brunch": before what the meeting is.
        let meal = toks
            .get(k + 1)
            .is_some_and(|t| crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str()));
        // "how busy am i sat and sun": paired with another day; "sat to tue": or opening a span of
        // days.
        // ("the gradings, sat, sun or mon": or listed after a comma and before another; not "the
        // Sun, Tuesday at 10", "I sat, Tuesday, through …".)
        let listed = k > 0 && toks[k - 1].low == "," && !toks[k].capitalised();
        let paired = toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "and" | "or") || t.low == "," && listed)
            && toks
                .get(k + 2)
                .is_some_and(|t| weekday(&t.low).is_some() || matches!(t.low.as_str(), "sat" | "sun"))
            // ("sat to tue": a span to another day written short, not after one who sat; not "sun
            // till monday", "we sat until thursday".)
            || toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "to" | "thru" | "-"))
                && toks
                    .get(k + 2)
                    .is_some_and(|t| t.low.len() <= 5 && weekday(&t.low).is_some() && t.low != "monday")
                && !(k > 0 && matches!(toks[k - 1].low.as_str(), "i" | "we" | "he" | "she" | "they" | "you"));
        // "the piano lesson w/ Mrs. Ferreira sat", "cancel the lesson sat": ending the request
        // after a name or what the meeting is (not "I sat", "lie drying in the sun", "get some
        // sun").
        // ("cancel bowls w/ stan and reg sat, my knees …": or after those it is with, named in
        // lowercase.)
        // (Only names and "and" between: not "w/ mia for her sat", an exam; "w/ ella in the
        // afternoon sun", "w/ the kids for some sun", sunshine.)
        let after_whom = k > 1
            && !toks[k].capitalised()
            && (k.saturating_sub(5)..k - 1)
                .rfind(|&j| matches!(toks[j].low.as_str(), "with" | "w/"))
                .is_some_and(|j| {
                    toks[j + 1..k].iter().all(|t| {
                        t.low == "and"
                            || !t.punct
                                && t.low.chars().all(char::is_alphabetic)
                                && !matches!(
                                    t.low.as_str(),
                                    "i" | "we"
                                        | "he"
                                        | "she"
                                        | "they"
                                        | "you"
                                        | "it"
                                        | "who"
                                        | "just"
                                        | "then"
                                        | "a"
                                        | "an"
                                        | "my"
                                        | "her"
                                        | "his"
                                        | "their"
                                        | "our"
                                        | "your"
                                        | "some"
                                        | "for"
                                        | "re"
                                        | "in"
                                        | "at"
                                        | "on"
                                        | "about"
                                        | "to"
                                )
                                && super::super::clock::part_word(&t.low).is_none()
                    })
                })
            && toks[k - 1].low != "and";
        let last = toks.get(k + 1).is_none_or(|t| t.punct)
            && k > 0
            && (toks[k - 1].capitalised() && toks[k - 1].low != "i"
                || crate::intent::people::MEETING_NOUNS.contains(&toks[k - 1].low.as_str())
                || after_whom);
        // "I'm dictating this sat on a packing box", "this sat at my desk": seated somewhere, no
        // Saturday (not "this sat at 10", "this sat in the park").
        let seated = low == "sat"
            // ("AND SAT THROUGH BY ME, THE CANDIDATE": sat through something, too; not "Sat through
            // Sunday", a span of days.)
            && (toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "down" | "up"))
                || starts_with(toks, k + 1, &["through"])
                    && toks
                        .get(k + 2)
                        .is_some_and(|t| weekday(&t.low).is_none() && !matches!(t.low.as_str(), "sun" | "sat"))
                || toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "on" | "in" | "at" | "by" | "beside" | "behind" | "under" | "among" | "outside" | "inside"
                    )
                }) && toks.get(k + 2).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "a" | "an" | "my" | "his" | "her" | "their" | "our" | "your"
                    )
                }) && toks
                    .get(k + 3)
                    .is_some_and(|t| !t.low.starts_with(|c: char| c.is_ascii_digit())));
        (!seated && (led || timed || paired || meal || last || with)).then_some(wd)
    })
}

/// `the 8th` or `, Dec 14` after a weekday: the written date.
fn written_date(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let comma = usize::from(toks.get(i).is_some_and(|t| t.low == ","));
    let the = usize::from(toks.get(i + comma).is_some_and(|t| t.low == "the"));
    let k = i + comma + the;
    // A day in words needs its "the" ("Monday the seventh", but "Tuesday first thing").
    let digits = toks
        .get(k)
        .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
    // "Monday the 14": with "the", a day in digits needs no ordinal ending.
    if let Some((d, _)) = toks
        .get(k)
        .filter(|_| digits || the == 1)
        .and_then(|t| day_number(&t.low))
        .filter(|&(_, ordinal)| ordinal || the == 1 && digits)
    {
        // "Friday 18th Dec", "Friday the 18th of December": the month may follow the day.
        if let Some(m) = toks.get(k + 1).and_then(|t| month(&t.low)) {
            return Some((k + 2 - i, dated(today, m, d, &toks[i..k + 2])));
        }
        if toks.get(k + 1).is_some_and(|t| t.low == "of")
            && let Some(m) = toks.get(k + 2).and_then(|t| month(&t.low))
        {
            return Some((k + 3 - i, dated(today, m, d, &toks[i..k + 3])));
        }
        return Some((k + 1 - i, day_of_month(today, d, &toks[i..=k])));
    }
    // "Monday 7 or Tuesday 8 December", "from Monday 14 until Wednesday 16 December": a bare day
    // whose month closes the list or the span it opens.
    if let Some((d, false)) = toks
        .get(k)
        .filter(|_| digits && the == 0)
        .and_then(|t| day_number(&t.low))
        && toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "or" | "and" | "," | "until" | "till" | "to" | "through" | "thru" | "-" | "\u{2013}"
            )
        })
        && toks.get(k + 2).is_some_and(|t| weekday(&t.low).is_some())
        && toks
            .get(k + 3)
            .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
        && let Some(m) = toks.get(k + 4).and_then(|t| month(&t.low))
    {
        return Some((k + 1 - i, dated(today, m, d, &toks[i..=k])));
    }
    // "for Wednesday 9, at 16h": a bare day that falls on the weekday before it, with the hour
    // given apart after it, is that day (not "Wednesday 4, an hour", its hour); "on Friday 11 in
    // the afternoon": or no hour of the part of the day after it.
    if let Some((d, false)) = toks
        .get(k)
        .filter(|_| digits && the == 0 && comma == 0)
        .and_then(|t| day_number(&t.low))
        && (toks
            .get(k + 1)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "at" | "with"))
            // ("change for Wednesday 16 at same hour": or the meeting's own hour kept.)
            && crate::intent::clock::hour_given_apart(toks, k + 1)
            || crate::intent::clock::no_hour_of_its_part(toks, k))
        && let Hit::Range(date, _) = day_of_month(today, d, &toks[i..=k])
        && toks
            .get(i.checked_sub(1)?)
            .and_then(|t| weekday(&t.low))
            .is_some_and(|wd| wd == date.weekday())
    {
        return Some((k + 1 - i, Hit::Range(date, date)));
    }
    let (len, hit) = month_day(toks, k, today).filter(|_| the == 0)?;
    Some((k + len - i, hit))
}

/// A week named after a weekday or a list of them ("Tuesday or Wednesday next week"): the
/// tokens it takes when it follows at once (none when later in the list), and its Monday's offset
/// from this week's.
fn qualifier(toks: &[Token], i: usize) -> Option<(usize, u64)> {
    let mut k = i;
    while toks
        .get(k)
        .is_some_and(|t| matches!(t.low.as_str(), "or" | "and" | "," | "/"))
        && toks.get(k + 1).is_some_and(|t| weekday(&t.low).is_some())
    {
        k += 2;
    }
    let of = usize::from(starts_with(toks, k, &["of"]));
    let (phrase, weeks) = WEEKS.iter().find(|(p, _)| starts_with(toks, k + of, p))?;
    let len = if k == i { of + phrase.len() } else { 0 };
    Some((len, *weeks))
}
