//! Days, weeks and months named relative to today ("tomorrow", "next week", "the end of the
//! month", "mid next week", "in two weeks", "the next 10 days", "the first week of January").

use chrono::{Datelike, Months, NaiveDate};

use super::super::lexer::{Token, quantity, starts_with};
use super::{Hit, add_days, count, day, match_at as any_date, monday_of, month_of, week_of};

/// A fixed phrase and the dates it stands for, given today.
type Phrase = (&'static [&'static str], fn(NaiveDate) -> Option<Hit>);

const PHRASES: &[Phrase] = &[
    (&["day", "after", "tomorrow"], |t| day(add_days(t, 2)?)),
    // "between now and Sunday": from today; the day after "and" closes the range.
    (&["between", "now", "and"], day),
    (&["from", "now", "until"], day),
    (&["from", "now", "to"], day),
    (&["today"], day),
    (&["eod"], day),
    (&["cob"], day),
    (&["end", "of", "day"], day),
    (&["end", "of", "the", "day"], day),
    (&["close", "of", "business"], day),
    (&["tomorrow"], |t| day(add_days(t, 1)?)),
    (&["rest", "of", "the", "week"], rest_of_week),
    (&["rest", "of", "this", "week"], rest_of_week),
    (&["later", "this", "week"], rest_of_week),
    (&["this", "week"], rest_of_week),
    (&["my", "week"], rest_of_week),
    (&["week", "after", "next"], |t| week_of(add_days(t, 14)?)),
    (&["next", "week"], |t| week_of(add_days(t, 7)?)),
    (&["following", "week"], |t| week_of(add_days(t, 7)?)),
    (&["coming", "week"], |t| week_of(add_days(t, 7)?)),
    // "the weekend after this one", "the week after this one": the next.
    (&["weekend", "after", "this", "one"], |t| weekend(t, 7)),
    (&["week", "after", "this", "one"], |t| week_of(add_days(t, 7)?)),
    (&["weekend", "after", "next"], |t| weekend(t, 14)),
    (&["this", "weekend"], |t| weekend(t, 0)),
    (&["next", "weekend"], |t| weekend(t, 7)),
    (&["weekend"], |t| weekend(t, 0)),
    (&["this", "month"], |t| Some(Hit::Range(t, month_of(t)?.1))),
    (&["next", "month"], |t| {
        let (a, b) = month_of(t.checked_add_months(Months::new(1))?)?;
        Some(Hit::Range(a, b))
    }),
    (&["new", "year", "eve"], |t| annual(t, 12, 31)),
    // "by the end of the year": its last day ("the year-end stock count" names a kind of count).
    (&["end", "of", "the", "year"], |t| annual(t, 12, 31)),
    (&["end", "of", "this", "year"], |t| annual(t, 12, 31)),
    (&["end", "of", "year"], |t| annual(t, 12, 31)),
    (&["new", "year", "day"], |t| annual(t, 1, 1)),
    // "send the invitations before New Year": its first day, named as a limit (see `match_at`).
    (&["new", "year"], |t| annual(t, 1, 1)),
    (&["christmas", "eve"], |t| annual(t, 12, 24)),
    (&["christmas", "day"], |t| annual(t, 12, 25)),
    // "am I busy on boxing day".
    (&["boxing", "day"], |t| annual(t, 12, 26)),
    (&["christmas"], |t| annual(t, 12, 25)),
];

/// "calendar week 50", "KW 50", "CW 50" at `j`: the words taken and the week's number.
fn numbered_week(toks: &[Token], j: usize) -> Option<(usize, u32)> {
    // ("calendar" before a week's number is read as "kw".)
    let lead = if starts_with(toks, j, &["kw", "week"]) {
        2
    } else if toks.get(j).is_some_and(|t| matches!(t.orig.as_str(), "KW" | "CW")) {
        1
    } else if j > 0
        && toks[j].low == "week"
        && matches!(toks[j - 1].low.as_str(), "in" | "during")
        && toks.get(j + 1).is_some_and(|t| t.low.len() == 2)
        && !starts_with(toks, j + 2, &["of"])
    {
        // "It must be in week 50": a week's number of two digits after "in", as much of Europe
        // counts weeks (not "in week 3 of the course", "in week 12 of term").
        1
    } else {
        return None;
    };
    let week = toks
        .get(j + lead)?
        .low
        .parse::<u32>()
        .ok()
        .filter(|w| (1..=53).contains(w))?;
    Some((lead + 1, week))
}

/// A period phrase at `i`, optionally introduced by "the".
pub(super) fn match_at(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let the = usize::from(toks.get(i)?.low == "the");
    let j = i + the;
    if j >= toks.len() {
        return None;
    }
    // "my week of Dec 21", "the week of the 14th": the week around that date.
    let own = usize::from(toks[j].low == "my");
    // "the fortnight beginning Monday 14 December", "w/c 14 Dec", "my week beginning Monday 7
    // December": the week or two from that date.
    if toks
        .get(j + own)
        .is_some_and(|t| matches!(t.low.as_str(), "week" | "fortnight"))
        && toks
            .get(j + own + 1)
            // ("the fortnight from 4 January": a fortnight from it too; not "the week from 14 to 18
            // December", a span of its own.)
            .is_some_and(|t| {
                matches!(t.low.as_str(), "beginning" | "commencing" | "starting")
                    || t.low == "from" && toks[j + own].low == "fortnight" && the == 1
            })
        && let Some((len, Hit::Range(date, last))) = any_date(toks, j + own + 2, today)
        // (Nor "the fortnight from 14 to 25 December", "the fortnight from Christmas is blocked":
        // an end said, or the fortnight said of.)
        && !(toks[j + own + 1].low == "from"
            && (last != date
                || toks.get(j + own + 2 + len).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "to" | "until" | "till" | "-" | "–" | "and" | "is" | "are" | "was" | "were"
                )
            })))
    {
        let days = if toks[j + own].low == "week" { 6 } else { 13 };
        return Some((the + own + 2 + len, Hit::Range(date, add_days(date, days)?)));
    }
    // "in the calendar week 50", "KW 50", "CW 50": a week numbered as ISO 8601 numbers them, as
    // much of Europe names its weeks — the next so numbered from today's.
    if let Some((len, week)) = numbered_week(toks, j) {
        let this_year = today.iso_week().year();
        // ("in week 50" bare, only a week within the next ten: not "I'm in week 34", a pregnancy's.)
        let bare = toks[j].low == "week";
        let start = [this_year, this_year + 1]
            .into_iter()
            .filter_map(|year| NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon))
            .find(|start| add_days(*start, 6).is_some_and(|end| end >= today))
            .filter(|start| !bare || (*start - today).num_days() <= 70)?;
        return Some((the + len, Hit::Range(start, add_days(start, 6)?)));
    }
    if starts_with(toks, j + own, &["week", "of"])
        && let Some((len, Hit::Range(date, _))) = any_date(toks, j + own + 2, today)
    {
        return week_of(date).map(|hit| (the + own + 2 + len, hit));
    }
    // "the weekend of the 12th", "on the weekend 12 and 13 December": the Saturday and Sunday
    // around that date.
    let of = usize::from(starts_with(toks, j + 1, &["of"]));
    if toks[j].low == "weekend"
        && j + 1 + of < toks.len()
        && let Some((len, Hit::Range(date, _))) = any_date(toks, j + 1 + of, today)
    {
        let saturday = add_days(monday_of(date), 5)?;
        return Some((the + 1 + of + len, Hit::Range(saturday, saturday.succ_opt()?)));
    }
    // "the back teeth of a very grumpy cob": after an article, "cob" is a horse, not close of
    // business.
    // "… on the weekend of the 12th - how does that weekend look?": a weekend named before,
    // pointed back to, not this one.
    // ("move sat 5th 9am … to fri 4th, they're away that wknd": or a Saturday or Sunday named, where
    // someone is away that weekend; not "Sat 28th is the wedding, block that weekend", the weekend
    // asked for.)
    let pointed_back = toks[j].low == "weekend"
        && j > 1
        && toks[j - 1].low == "that"
        && (toks[..j - 1].iter().any(|t| t.low == "weekend")
            || j > 2
                && matches!(toks[j - 2].low.as_str(), "away" | "out" | "off" | "gone")
                && toks[..j - 2]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "sat" | "saturday" | "sun" | "sunday")));
    // "w/ Jae-won + the weekend staff", "the weekend crew": who works at weekends, no weekend.
    let workers = toks[j].low == "weekend"
        && toks.get(j + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "staff" | "crew" | "team" | "shift" | "girls" | "boys" | "lads" | "volunteers" | "helpers" | "workers"
            )
        });
    // "to go over the Christmas Day lunch rota", "to sort out who's hosting Christmas": the holiday
    // a thing is for, or what is hosted, no day asked for.
    let holiday = toks[j].low == "christmas";
    let day_word = usize::from(starts_with(toks, j + 1, &["day"]) || starts_with(toks, j + 1, &["eve"]));
    // (The day itself, "Christmas Day" or "Eve", only before a thing planned for it: "the Christmas
    // Day lunch rota", not "our Christmas Day lunch at the Swan, 1pm", an event on it.)
    let planned = |t: &Token| {
        matches!(
            t.low.as_str(),
            "rota" | "menu" | "list" | "plan" | "planning" | "shopping" | "cards"
        )
    };
    let festive_thing = holiday
        && (day_word == 0
            && toks.get(j + 1).is_some_and(|t| {
                planned(t)
                    || matches!(
                        t.low.as_str(),
                        "lunch"
                            | "dinner"
                            | "party"
                            | "market"
                            | "fair"
                            | "concert"
                            | "play"
                            | "jumper"
                            | "card"
                            | "tree"
                            | "do"
                    )
            })
            || day_word == 1 && toks.get(j + 3).is_some_and(planned)
            // ("to sort the christmas morning ringing rota": or a part of its day, then the thing.)
            || day_word == 0
                && toks
                    .get(j + 1)
                    .is_some_and(|t| crate::intent::clock::part_word(&t.low).is_some())
                // (A paper drawn up for it: not "the christmas morning swim plan", what is done then.)
                && toks
                    .get(j + 2..toks.len().min(j + 4))
                    .is_some_and(|w| w.iter().any(|t| matches!(t.low.as_str(), "rota" | "rotas" | "list" | "menu"))))
        && j > 0
        && matches!(toks[j - 1].low.as_str(), "the" | "our" | "my" | "a" | "this" | "that");
    // ("before the printers close for Christmas": why a place shuts, no day asked.)
    let closed_for = holiday
        && day_word == 0
        && j > 1
        && toks[j - 1].low == "for"
        && matches!(
            toks[j - 2].low.as_str(),
            "close" | "closes" | "closed" | "shut" | "shuts" | "closing" | "shutting"
        )
        // (Other days named after it: not "Block out the week the shop is shut for Christmas".)
        && toks[j + 1..]
            .iter()
            .any(|t| super::absolute::MONTHS.contains(&t.low.as_str()) || super::weekday(&t.low).is_some());
    // ("to plan the Christmas Eve dinner": an event on the day being planned now.)
    let planned_event = holiday
        && day_word == 1
        && j > 1
        && toks[j - 1].low == "the"
        && matches!(
            toks[j - 2].low.as_str(),
            "plan" | "planning" | "organise" | "organize" | "organising"
        )
        // (A thing held then named after it, the holiday not named again: not "to plan the
        // Christmas Eve", "plan the Christmas Eve dinner on Christmas Eve at 3".)
        && toks
            .get(j + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "dinner" | "lunch" | "party" | "meal" | "drinks" | "do"))
        && !toks[j + 2..].iter().any(|t| t.low == "christmas");
    // (Not "I'm hosting Christmas Eve drinks", "doing Christmas Day at my sister's": the day.)
    // ("a two-hour lunch to plan Christmas?": or what is planned.)
    let hosted = holiday
        && day_word == 0
        && j > 0
        && matches!(
            toks[j - 1].low.as_str(),
            "hosting" | "host" | "hosts" | "cooking" | "doing" | "plan" | "planning" | "organise" | "organize"
        );
    // ("it's their dad's weekend not mine": whose turn with the children it is, no weekend asked
    // for; not "at their dad's this weekend", "at my mum's weekend after next", "Block out mum's
    // weekend at the spa".)
    let whose_turn = toks[j].low == "weekend"
        && j > 1
        && matches!(toks[j - 2].low.as_str(), "their" | "his" | "her")
        && toks
            .get(j + 1)
            .is_none_or(|t| !matches!(t.low.as_str(), "after" | "of"))
        && toks[j - 1].possessive
        && matches!(
            toks[j - 1].low.as_str(),
            "dad" | "mum" | "mom" | "father" | "mother" | "daddy" | "mummy" | "mommy"
        );
    let a_thing = pointed_back
        || whose_turn
        || workers
        || festive_thing
        || hosted
        || closed_for
        || planned_event
        || matches!(toks[j].low.as_str(), "cob" | "eod") && super::after_an_article(toks, j)
        // "an hour each week for planning my week": the week that is planned, not the one asked for
        // (not "during my week").
        || toks[j].low == "my"
            && j > 0
            && toks[j - 1].low.len() > 5
            && toks[j - 1].low.ends_with("ing")
            && toks[j - 1].low != "during"
        // "what does my week look like next week": the week said later is the one asked for (not
        // "in my week, or next week if nothing's free"); "… look like from the 14th to the 18th":
        // so are the days.
        || starts_with(toks, j, &["my", "week"])
            && (j + 2..toks.len()).any(|k| {
                // ("from the seventh to the eleventh": a day spelled out too.)
                let dated = |at: usize| {
                    super::day_or_hour_at(toks, at)
                        || toks.get(at).is_some_and(|t| t.low == "the")
                            && (super::day_or_hour_at(toks, at + 1)
                                // (Spelled out, before the day closing the span: not "from the
                                // first call onwards", "the fourth floor move".)
                                || toks.get(at + 1).is_some_and(|t| super::day_number(&t.low).is_some())
                                    && toks.get(at + 2).is_none_or(|t| {
                                        t.punct
                                            || matches!(
                                                t.low.as_str(),
                                                "to" | "and" | "until" | "till" | "through" | "-" | "of"
                                            )
                                    }))
                };
                matches!(toks[k].low.as_str(), "like" | "looking" | "look" | "looks")
                    && (starts_with(toks, k + 1, &["next", "week"])
                        // ("whats my week looking like w/c 11 jan?": or the week named by its
                        // first day.)
                        || toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "w/c" | "wc"))
                        || starts_with(toks, k + 1, &["week", "commencing"])
                        || starts_with(toks, k + 1, &["week", "beginning"])
                        // ("… look like from the 14th to the 18th": a day after; not "from a
                        // workload point of view".)
                        || toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "from" | "between")) && dated(k + 2))
            });
    // "the weekend after next week's offsite", "the weekend after next month's wedding": a
    // "next" that opens another period is not the weekend after next.
    let next_opens = |len: usize| {
        toks.get(j + len).is_some_and(|t| {
            t.possessive
                || super::weekday(&t.low).is_some()
                || matches!(t.low.as_str(), "week" | "weeks" | "month" | "year" | "weekend")
        })
    };
    let found = PHRASES
        .iter()
        .find(|(phrase, _)| {
            !a_thing
                && starts_with(toks, j, phrase)
                && !(phrase.len() == 3 && phrase[0] == "weekend" && phrase[2] == "next" && next_opens(3))
                // (The New Year alone only as a limit, "before New Year", "by New Year": not "in
                // the new year", "Happy New Year!", "the new year party".)
                && (*phrase != ["new", "year"]
                    || j > 0
                        && matches!(toks[j - 1].low.as_str(), "before" | "by" | "until" | "till")
                        && toks.get(j + 2).is_none_or(|t| {
                            t.punct
                                || !t.capitalised()
                                    && t.low != "party"
                                    // (Not "by New Year 2028", another year's.)
                                    && !t.low.starts_with(|c: char| c.is_ascii_digit())
                        }))
        })
        .and_then(|(phrase, f)| Some((phrase.len(), f(today)?)))
        .or_else(|| position(toks, j, today))
        .or_else(|| span(toks, j, today))
        .or_else(|| ahead(toks, j, today))
        .or_else(|| week_in_month(toks, j, today))
        .or_else(|| this_part_of_day(toks, j, today));
    found.map(|(len, hit)| (the + len, hit))
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

/// Where in a week or month: "early", "mid", "late", "end".
#[derive(Clone, Copy)]
enum Position {
    Start,
    Mid,
    Late,
    End,
}

/// `early next week`, `the end of the month`, `end of month`, `mid next week`, `the start of
/// next month`, `late January`: part of a week (Mon–Wed, Tue–Thu, Thu–Fri) or of a month (days
/// 1–7, 11–20, 21 to the end, the last day), never before today.
fn position(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    // "early", "mid" and "late" qualify directly; "start", "middle" and "end" take "of".
    let (pos, of) = match toks[i].low.as_str() {
        "early" => (Position::Start, false),
        "start" | "beginning" => (Position::Start, true),
        "mid" => (Position::Mid, false),
        "middle" => (Position::Mid, true),
        "late" => (Position::Late, false),
        "end" => (Position::End, true),
        _ => return None,
    };
    if of && !starts_with(toks, i + 1, &["of"]) {
        return None;
    }
    let mut k = i + 1 + usize::from(of);
    let shift = match toks.get(k)?.low.as_str() {
        "the" | "this" => {
            k += 1;
            0
        }
        "next" => {
            k += 1;
            1
        }
        _ => 0,
    };
    let unit = toks.get(k)?.low.as_str();
    let (start, end) = if unit == "week" {
        let monday = monday_of(add_days(today, 7 * shift)?);
        let (a, b) = match pos {
            Position::Start => (0, 2),
            Position::Mid => (1, 3),
            Position::Late | Position::End => (3, 4),
        };
        (add_days(monday, a)?, add_days(monday, b)?)
    } else {
        let (first, last) = if unit == "month" {
            month_of(today.checked_add_months(Months::new(u32::try_from(shift).ok()?))?)?
        } else if shift == 0 {
            super::absolute::named_month(unit, today)?
        } else {
            return None;
        };
        match pos {
            Position::Start => (first, add_days(first, 6)?),
            Position::Mid => (add_days(first, 10)?, add_days(first, 19)?),
            Position::Late => (add_days(first, 20)?, last),
            Position::End => (last, last),
        }
    };
    Some((k + 1 - i, Hit::Range(start.max(today), end.max(today))))
}

/// `in the next 10 days`, `over the next two weeks`, `the next fortnight`: from today on.
fn span(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let lead = usize::from(matches!(
        toks[i].low.as_str(),
        "in" | "within" | "over" | "during" | "for"
    ));
    let mut k = i + lead;
    k += usize::from(starts_with(toks, k, &["the"]));
    if !starts_with(toks, k, &["next"]) {
        return None;
    }
    k += 1;
    if starts_with(toks, k, &["fortnight"]) {
        return Some((k + 1 - i, Hit::Range(today, add_days(today, 14)?)));
    }
    let (len, n) = quantity(toks, k).or_else(|| Some((1, count(&toks.get(k)?.low, 60.0)?)))?;
    k += len;
    let days = days_in(&toks.get(k)?.low, n)?;
    Some((k + 1 - i, Hit::Range(today, add_days(today, days)?)))
}

fn days_in(unit: &str, n: u64) -> Option<u64> {
    match unit {
        "day" | "days" => Some(n),
        "week" | "weeks" => Some(7 * n),
        _ => None,
    }
}

/// `in 3 days` (that day), `in two weeks` (the Monday-to-Sunday week containing that day),
/// `two days from now`, `in a couple of weeks`.
fn ahead(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let lead = usize::from(toks[i].low == "in");
    let k = i + lead;
    let (len, n) = quantity(toks, k).or_else(|| Some((1, count(&toks.get(k)?.low, 366.0)?)))?;
    let unit = toks.get(k + len)?.low.as_str();
    let from_now = lead == 0
        && (starts_with(toks, k + len + 1, &["from", "now"]) || starts_with(toks, k + len + 1, &["from", "today"]));
    if lead == 0 && !from_now {
        return None;
    }
    let days = days_in(unit, n)?;
    let date = add_days(today, days)?;
    // "two weeks from today" counts to a day; "in two weeks" names that day's week.
    let hit = if days == n || from_now {
        day(date)?
    } else {
        week_of(date)?
    };
    Some((k + len + 1 + 2 * usize::from(from_now) - i, hit))
}

/// `week of December 14` (the week containing it) and `first week of January` (the weeks that
/// start on the month's Mondays; `last` is the last of them).
fn week_in_month(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    let nth = match toks[i].low.as_str() {
        "first" => Some(0),
        "second" => Some(1),
        "third" => Some(2),
        "fourth" => Some(3),
        "last" => Some(4),
        _ => None,
    };
    let k = i + usize::from(nth.is_some());
    if !starts_with(toks, k, &["week", "of"]) {
        return None;
    }
    let Some(nth) = nth else {
        let (len, hit) = any_date(toks, k + 2, today)?;
        return match hit {
            Hit::Range(start, _) => Some((k + 2 + len - i, week_of(start)?)),
            bad @ Hit::Bad(_) => Some((k + 2 + len - i, bad)),
        };
    };
    let (first, last) = super::absolute::named_month(&toks.get(k + 2)?.low, today)?;
    let first_monday = add_days(first, u64::from((7 - first.weekday().num_days_from_monday()) % 7))?;
    let last_monday = monday_of(last);
    let monday = if nth == 4 {
        last_monday
    } else {
        add_days(first_monday, 7 * nth).filter(|m| *m <= last_monday)?
    };
    Some((k + 3 - i, week_of(monday)?))
}

/// "this afternoon": today; the part of day itself is read by the clock stage.
fn this_part_of_day(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    (toks[i].low == "this"
        && toks
            .get(i + 1)
            .is_some_and(|t| super::super::clock::part_word(&t.low).is_some()))
    .then_some((1, day(today)?))
}
