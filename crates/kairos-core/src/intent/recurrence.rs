//! How often a habit recurs: "daily", "every weekday", "every Tuesday and Thursday", "on Mondays
//! and Thursdays", "twice a week", "3x a week", "three mornings a week" (with the part of day it
//! names).

use super::clock::part_word;
use super::lexer::{Token, starts_with, whole};
use super::{Frequency, PartOfDay};

/// "on workdays", "on working days": the days of work, only as narrowing a daily habit (not "find
/// a slot with Ana on workdays next week").
fn on_workdays(toks: &[Token], k: usize) -> Option<(usize, Frequency, Option<PartOfDay>)> {
    if starts_with(toks, k, &["on", "workdays"]) {
        Some((2, Frequency::Weekdays, None))
    } else if starts_with(toks, k, &["on", "work", "days"]) || starts_with(toks, k, &["on", "working", "days"]) {
        Some((3, Frequency::Weekdays, None))
    } else {
        None
    }
}

/// Finds how often a habit recurs, marking its words used; "every evening" also gives a part.
/// A frequency in a clause apart from one that asks for time with someone says how the asker's
/// days go ("I'm on the road till 6 every day, find 45 minutes w/ Hank …"); its words are claimed
/// but no habit is read.
/// A daily habit narrowed later to weekdays ("every afternoon on weekdays", "each morning on
/// workdays") recurs on weekdays, in the part of day first named.
pub(crate) fn extract(toks: &[Token], used: &mut [bool]) -> Option<(Frequency, Option<PartOfDay>)> {
    (0..toks.len()).find_map(|i| {
        if let Some((n, weekly)) = counted_activity(toks, i) {
            used[i] = true;
            used[weekly.clone()].iter_mut().for_each(|u| *u = true);
            return Some((Frequency::PerWeek(n), None));
        }
        let (len, f, p) = frequency_at(toks, i)?;
        used[i..i + len].iter_mut().for_each(|u| *u = true);
        // Within its clause, and not after "not just", "even", "including" or "also" ("every
        // morning, not just on weekdays").
        let widened = |k: usize| {
            (k.saturating_sub(2)..k).any(|j| matches!(toks[j].low.as_str(), "just" | "even" | "including" | "also"))
        };
        let weekdays = (f == Frequency::Daily)
            .then(|| {
                (i + len..toks.len())
                    .take_while(|&k| !toks[k].punct && toks[k].low != "and")
                    .find_map(|k| match frequency_at(toks, k).or_else(|| on_workdays(toks, k)) {
                        Some((n, Frequency::Weekdays, later)) if !widened(k) => Some((k, n, later)),
                        _ => None,
                    })
            })
            .flatten();
        let (f, p) = match weekdays {
            Some((k, n, later)) => {
                used[k..k + n].iter_mut().for_each(|u| *u = true);
                (Frequency::Weekdays, p.or(later))
            }
            None => (f, p),
        };
        (!describes_ones_days(toks, i) && !told_of_another(toks, i)).then_some((f, p))
    })
}

/// "… could we move it to Thursday, same time? His daughter can only drive him over on
/// Thursdays.": how often at `i` in a later sentence told of someone else, saying what they can
/// only do or how they stand, after one that moves, books or calls off a meeting, is their way, no
/// habit asked.
fn told_of_another(toks: &[Token], i: usize) -> bool {
    let sentence = super::lexer::sentence_of(toks, i);
    let of_another = toks.get(sentence.start).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "his" | "her" | "their" | "he" | "she" | "they" | "he's" | "she's" | "they're"
        )
    });
    let asked_before = toks[..sentence.start].iter().any(|t| {
        matches!(
            t.low.as_str(),
            "move" | "shift" | "reschedule" | "push" | "cancel" | "book" | "find" | "change"
        )
    });
    // (What they can only do or how they stand, their way: "She is in the office on Tuesdays.",
    // "Their surgery is open on Saturdays too."; not "They should be every Tuesday at 4.", "He has
    // to go every Wednesday at 10.", "She goes every day at 7.", the repeat asked for.)
    let told = &toks[sentence.clone()];
    let only = told.iter().any(|t| t.low == "only");
    let stands = told.windows(2).any(|w| {
        matches!(w[0].low.as_str(), "is" | "are")
            && matches!(
                w[1].low.as_str(),
                "in" | "open" | "closed" | "shut" | "free" | "busy" | "away" | "off" | "at"
            )
    });
    sentence.start > 0 && of_another && asked_before && (only || stands)
}

/// "one long run a week, 90 minutes", "two swims a week, mornings": a count opening the request,
/// what is done (a word or two), then "a week" ending the request, or a comma and a length, a
/// part of the day, days or an hour after it (not "Three calls a week? Way too many.", "two
/// interviews a week, max."); how many times, and where "a week" stands (the words between name
/// the habit).
fn counted_activity(toks: &[Token], i: usize) -> Option<(u8, std::ops::Range<usize>)> {
    if i != 0 {
        return None;
    }
    let n = times(&toks[i].low)?;
    let plain = |t: &Token| {
        !t.punct
            && t.low.chars().all(char::is_alphabetic)
            && !DURATION_UNITS.contains(&t.low.as_str())
            && part_word(&t.low).is_none()
            && !matches!(
                t.low.as_str(),
                "times" | "time" | "days" | "day" | "a" | "per" | "each" | "of"
            )
    };
    (i + 2..=i + 3).find_map(|k| {
        let weekly = [&["a", "week"][..], &["per", "week"], &["each", "week"]]
            .into_iter()
            .find(|p| starts_with(toks, k, p))?;
        let end = k + weekly.len();
        let kept_so = toks.get(end).is_none()
            || toks.get(end).is_some_and(|t| t.low == ",")
                && toks[end + 1..].iter().take(3).any(|t| {
                    DURATION_UNITS.contains(&t.low.as_str())
                        || part_word(&t.low).is_some()
                        || super::dates::weekday(t.low.trim_end_matches('s')).is_some()
                        || matches!(t.low.as_str(), "weekends" | "weekdays" | "after" | "before" | "at")
                });
        (toks[i + 1..k].iter().all(plain) && kept_so).then_some((n, k..end))
    })
}

/// Verbs that, opening a clause, ask for time.
const ASKS_FOR_TIME: &[&str] = &["find", "book", "schedule", "arrange", "grab", "get"];

/// True when the frequency at `i` sits in a clause that names no one, and another clause opens
/// by asking for time ([`ASKS_FOR_TIME`], past "please") with someone ("with", an address).
fn describes_ones_days(toks: &[Token], i: usize) -> bool {
    let clauses: Vec<&[Token]> = toks.split(|t| t.punct).collect();
    let mut start = 0;
    let mut own = None;
    for (n, clause) in clauses.iter().enumerate() {
        if (start..start + clause.len()).contains(&i) {
            own = Some(n);
        }
        start += clause.len() + 1;
    }
    let Some(own) = own else { return false };
    let shared = |c: &[Token]| c.iter().any(|t| t.low == "with" || t.is_email());
    let asks = |c: &[Token]| {
        let lead = usize::from(
            c.first()
                .is_some_and(|t| matches!(t.low.as_str(), "please" | "pls" | "so" | "and")),
        );
        c.get(lead).is_some_and(|t| ASKS_FOR_TIME.contains(&t.low.as_str())) && shared(c)
    };
    !shared(clauses[own]) && clauses.iter().enumerate().any(|(n, c)| n != own && asks(c))
}

/// Words before "on Mondays" that rule the days out rather than repeat on them.
const NEGATIONS: &[&str] = &[
    "not",
    "except",
    "never",
    "busy",
    "out",
    "off",
    "away",
    "but",
    "nothing",
    "no",
    "unavailable",
];

/// Units of a length, after which "a day" means every day.
const DURATION_UNITS: &[&str] = &[
    "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "h", "m",
];

/// Words that make "weekly" part of a meeting's name ("our weekly", "the weekly sync").
const OWNERS: &[&str] = &["my", "our", "the", "your", "his", "her", "their", "this"];

const WEEKLY: &[&[&str]] = &[
    &["a", "week"],
    &["per", "week"],
    &["weekly"],
    &["in", "the", "week"],
    &["each", "week"],
    // "guitar practise two times in week": as non-native writers say it (not "in a week's time",
    // "once in a week or two").
    &["in", "week"],
];

fn frequency_at(toks: &[Token], i: usize) -> Option<(usize, Frequency, Option<PartOfDay>)> {
    let low = toks[i].low.as_str();
    match low {
        // "fill in the daily log": a paper named by how often it is filled in, not a habit's
        // frequency (not "the daily standup with Ana", "the daily school run", done daily).
        "daily"
            if i > 0
                && toks[i - 1].low == "the"
                && toks.get(i + 1).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "log"
                            | "logs"
                            | "register"
                            | "report"
                            | "sheet"
                            | "record"
                            | "records"
                            | "checklist"
                            | "form"
                            | "return"
                            | "figures"
                            | "paperwork"
                            | "paper"
                            | "crossword"
                            | "summary"
                    )
                }) =>
        {
            return None;
        }
        "daily" => return Some((1, Frequency::Daily, None)),
        // "our weekly", "my weekly sync": a meeting that recurs, named, not how often a habit does.
        "weekly" if i > 0 && OWNERS.contains(&toks[i - 1].low.as_str()) => return None,
        "weekly" => return Some((1, Frequency::PerWeek(1), None)),
        "every" | "each" => return every(toks, i),
        _ => {}
    }
    // "on Mondays and Thursdays", unless ruled out ("not on Mondays", "does not work on Fridays",
    // "can't do Mondays"): a negation among the three words before, within the clause.
    let negated = (i.saturating_sub(3)..i).rev().take_while(|&k| !toks[k].punct).any(|k| {
        // "block out 90 minutes on Mondays": time made, not someone out.
        let made = toks[k].low == "out" && k > 0 && matches!(toks[k - 1].low.as_str(), "block" | "carve");
        !made && NEGATIONS.contains(&toks[k].low.as_str()) || toks[k].low.ends_with("n't")
    });
    if starts_with(toks, i, &["on", "weekdays"]) {
        return Some((2, Frequency::Weekdays, None));
    }
    // "add a habit: Spanish practice, 30 min, weekdays": in a habit's list, when it is kept, perhaps
    // with the time of day after it ("weekdays after lunch").
    let listed = i > 0
        && toks[i - 1].low == ","
        && toks.get(i + 1).is_none_or(|t| {
            t.punct || matches!(t.low.as_str(), "after" | "before" | "at" | "in") || part_word(&t.low).is_some()
        });
    let a_habit = toks.iter().any(|t| matches!(t.low.as_str(), "habit" | "routine"));
    // "weekdays 20 min duolingo pls": opening a request before a length, how often (not
    // "weekdays are out, book …").
    // ("weekdays, afternoons, 30 min of inbox zero": or set off by commas before one.)
    let opens_with_length = i == 0
        && (toks
            .get(1)
            .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
            // (A length: not "weekdays, 3 times a week", "Weekdays, 9 to 5, I'm in the office".)
            || toks.get(1).is_some_and(|t| t.low == ",")
                && toks[2..].windows(2).take(5).any(|w| {
                    w[0].low.starts_with(|c: char| c.is_ascii_digit())
                        && (DURATION_UNITS.contains(&w[1].low.as_str())
                            || super::clock::written_clock(&w[0]) && !matches!(w[1].low.as_str(), "to" | "-" | "till" | "until"))
                })
                && !toks.iter().any(|t| matches!(t.low.as_str(), "i'm" | "so")));
    if low == "weekdays" && (listed && a_habit || opens_with_length) {
        return Some((1, Frequency::Weekdays, None));
    }
    // "(on) weekday mornings": every weekday, in that part of the day.
    // (Not "any weekday evening the week after next": one of them, to choose.)
    let on = usize::from(low == "on");
    // (Not "one weekday evening a week": a habit's one day.)
    let chosen = on == 0 && i > 0 && toks[i - 1].low == "any";
    if !chosen
        && toks.get(i + on).is_some_and(|t| t.low == "weekday")
        && let Some(part) = toks.get(i + on + 1).and_then(|t| part_word(&t.low))
    {
        return Some((on + 2, Frequency::Weekdays, Some(part)));
    }
    // "a weekday habit", "my weekday routine": a habit kept on every weekday.
    if low == "weekday"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "habit" | "routine" | "ritual"))
    {
        return Some((1, Frequency::Weekdays, None));
    }
    if starts_with(toks, i, &["once", "a", "day"]) || starts_with(toks, i, &["once", "per", "day"]) {
        return Some((3, Frequency::Daily, None));
    }
    // "twenty minutes a day": a length each day.
    if matches!(low, "a" | "per" | "each")
        && toks.get(i + 1).is_some_and(|t| t.low == "day")
        && i > 0
        && DURATION_UNITS.contains(&toks[i - 1].low.as_str())
    {
        return Some((2, Frequency::Daily, None));
    }
    // "…, Mondays, Wednesdays and Fridays at 6pm", "gym Mondays and Thursdays": a list of days
    // standing on its own (not the rest of a list, not ruled out).
    let starts_list = i == 0 || toks[i - 1].punct && (i < 2 || weekday_list(toks, i - 2, true).is_none());
    if let Some((len, n)) = weekday_list(toks, i, true)
        && (starts_list || n >= 2 && i == 1 && !negated)
        && toks
            .get(i + len)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "at" | "in" | "from" | "for"))
    {
        return Some((len, Frequency::PerWeek(n), None));
    }

    if low == "on"
        && !negated
        && let Some((len, n)) = weekday_list(toks, i + 1, true)
    {
        return Some((1 + len, Frequency::PerWeek(n), None));
    }
    // "4x/week": written as a rate.
    if let Some(n) = ["x/week", "x/wk", "/week", "/wk"]
        .iter()
        .find_map(|unit| low.strip_suffix(unit))
        .and_then(times)
    {
        return Some((1, Frequency::PerWeek(n), None));
    }
    // "once a week", "3x a week", "three times a week", "three mornings a week", "two days a week".
    let (n, bare) = match low {
        "once" => (1, true),
        "twice" => (2, true),
        _ if low.len() == 2 && low.ends_with('x') && low.as_bytes()[0].is_ascii_digit() => {
            (low.as_bytes()[0] - b'0', true)
        }
        _ => (times(low)?, false),
    };
    let unit = toks.get(i + 1).map(|t| t.low.as_str());
    let part = unit.and_then(part_word);
    let counted = matches!(unit, Some("times" | "days")) || part.is_some();
    if !bare && !counted {
        return None;
    }
    let k = i + 1 + usize::from(counted);
    // ("three times by week": as non-native writers say it too; not "by week 50", "by week's end".)
    let by_week = starts_with(toks, k, &["by", "week"])
        && !toks[k + 1].possessive
        && toks
            .get(k + 2)
            .is_none_or(|t| t.punct || !(t.low.starts_with(|c: char| c.is_ascii_digit()) || t.low == "end"));
    if by_week {
        return Some((k + 2 - i, Frequency::PerWeek(n), part));
    }
    let weekly = WEEKLY.iter().find(|p| starts_with(toks, k, p))?;
    Some((k + weekly.len() - i, Frequency::PerWeek(n), part))
}

/// In a request already known to be a habit, days named without "every": "on Monday and
/// Wednesday evenings" (those days, in that part of the day) or a span of weekdays.
pub(crate) fn in_habit(toks: &[Token]) -> Option<(Frequency, Option<PartOfDay>)> {
    // ("Tues & Thurs evenings, 50 min of bouldering": or opening the request; not "Mon & Wed
    // evenings are taken, so add yoga … on Tuesday and Thursday mornings", days said to be full,
    // nor before an "on" list that says which.)
    let opening = weekday_list(toks, 0, false).and_then(|(len, n)| {
        let plural = toks.get(len).filter(|t| t.low.ends_with('s'))?;
        let said_of = toks.get(len + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "are"
                    | "is"
                    | "were"
                    | "busy"
                    | "taken"
                    | "free"
                    | "booked"
                    | "packed"
                    | "i"
                    | "we"
                    | "don't"
                    | "won't"
            )
        });
        (!said_of).then_some(())?;
        Some((Frequency::PerWeek(n), Some(part_word(&plural.low)?)))
    });
    let with_part = (0..toks.len())
        .find_map(|i| {
            let (len, n) = weekday_list(toks, i + 1, false).filter(|_| toks[i].low == "on")?;
            let plural = toks.get(i + 1 + len).filter(|t| t.low.ends_with('s'))?;
            Some((Frequency::PerWeek(n), Some(part_word(&plural.low)?)))
        })
        .or(opening)
        // "30 min bike ride to the allotment tue, thu + sat mornings": or two days or more
        // anywhere, before the part of the day in the plural.
        .or_else(|| {
            // (The whole list, none of it said to be taken or ruled out: not "I'm busy tue & thu
            // mornings", "not mon & tue mornings", "weekends and mon + wed evenings".)
            let ruled_out = |i: usize| {
                toks[i.saturating_sub(4)..i].iter().any(|t| {
                    matches!(
                        t.low.as_str(),
                        "not"
                            | "except"
                            | "busy"
                            | "packed"
                            | "but"
                            | "no"
                            | "are"
                            | "is"
                            | "taken"
                            | "out"
                            | "excluding"
                    )
                })
            };
            let whole = |i: usize| {
                !matches!(toks[i - 1].low.as_str(), "and" | "&" | "+" | "or")
                    && super::dates::weekday(&toks[i - 1].low).is_none()
            };
            (1..toks.len()).find_map(|i| {
                let (len, n) = weekday_list(toks, i, false).filter(|&(_, n)| n >= 2 && whole(i) && !ruled_out(i))?;
                let plural = toks.get(i + len).filter(|t| t.low.ends_with('s'))?;
                // (Nor "my tue + thu afternoons are packed": said to be full after them.)
                let said_full = toks.get(i + len + 1).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "are" | "is" | "were" | "busy" | "taken" | "free" | "booked" | "packed" | "out"
                    )
                });
                (!said_full).then_some(())?;
                Some((Frequency::PerWeek(n), Some(part_word(&plural.low)?)))
            })
        });
    with_part.or_else(|| day_span(toks).map(|f| (f, None)))
}

/// A span of weekdays ("Monday to Friday", "mon-fri", "Tuesday through Thursday"): those days of
/// every week.
fn day_span(toks: &[Token]) -> Option<Frequency> {
    use super::dates::weekday;
    toks.iter()
        .find_map(|t| super::dates::weekday_span(&t.low).and_then(|(a, b)| span_of(a, b)))
        .or_else(|| {
            toks.windows(3)
                .filter(|w| matches!(w[1].low.as_str(), "to" | "through" | "thru" | "-"))
                .find_map(|w| span_of(weekday(&w[0].low)?, weekday(&w[2].low)?))
        })
}

/// Every week from weekday `a` to weekday `b`: every weekday for Monday to Friday.
fn span_of(a: chrono::Weekday, b: chrono::Weekday) -> Option<Frequency> {
    let n = (7 + b.num_days_from_monday() - a.num_days_from_monday()) % 7 + 1;
    Some(if a == chrono::Weekday::Mon && n == 5 {
        Frequency::Weekdays
    } else {
        Frequency::PerWeek(u8::try_from(n).ok()?)
    })
}

/// A count of days in a week, 1 to 7, in digits or words.
fn times(low: &str) -> Option<u8> {
    u8::try_from(whole(low, 1, 7)?).ok()
}

/// `every day`, `every weekday`, `every week`, `every Tuesday and Thursday`, `every evening`.
fn every(toks: &[Token], i: usize) -> Option<(usize, Frequency, Option<PartOfDay>)> {
    // "every single day": the same as every day.
    let single = usize::from(toks.get(i + 1)?.low == "single");
    let next = toks.get(i + 1 + single)?.low.as_str();
    match next {
        "day" | "lunchtime" | "lunch" => return Some((2 + single, Frequency::Daily, None)),
        "weekday" => {
            // "every weekday am": the part of the day it is done in.
            let part = toks.get(i + 2 + single).and_then(|t| match t.low.as_str() {
                "am" => Some(PartOfDay::Morning),
                "pm" => Some(PartOfDay::Afternoon),
                low => part_word(low),
            });
            return Some((2 + single + usize::from(part.is_some()), Frequency::Weekdays, part));
        }
        "week" => {
            // "Every week two times", "each week twice": how many times follows the week.
            let k = i + 2 + single;
            let counted = toks.get(k).and_then(|t| match t.low.as_str() {
                "once" => Some((1, 1)),
                "twice" => Some((1, 2)),
                low => times(low)
                    .filter(|_| {
                        toks.get(k + 1)
                            .is_some_and(|u| matches!(u.low.as_str(), "times" | "time"))
                    })
                    .map(|n| (2, n)),
            });
            return Some(match counted {
                Some((len, n)) => (2 + single + len, Frequency::PerWeek(n), None),
                None => (2 + single, Frequency::PerWeek(1), None),
            });
        }
        _ if single > 0 => return None,
        _ => {}
    }
    if let Some((len, n)) = weekday_list(toks, i + 1, false) {
        return Some((1 + len, Frequency::PerWeek(n), None));
    }
    part_word(next).map(|p| (2, Frequency::Daily, Some(p)))
}

/// `Tuesday and Thursday` (or, when `plural`, `Mondays and Thursdays`): the tokens taken by a list
/// of weekdays, and how many it names.
fn weekday_list(toks: &[Token], i: usize, plural: bool) -> Option<(usize, u8)> {
    let is_day = |k: usize| {
        toks.get(k).is_some_and(|t| {
            // "Tues", "Thurs" are one day, not several.
            let low = match (plural, super::dates::weekday(&t.low)) {
                (true, Some(_)) => None,
                (true, None) => t.low.strip_suffix('s'),
                (false, _) => Some(t.low.as_str()),
            };
            // ("tue, thu + sat mornings": "sat" and "sun", words of their own too, after another
            // day and before a part of the day; not "every Friday, sun or rain".)
            low.and_then(super::dates::weekday).is_some()
                || k > i
                    && !plural
                    && matches!(t.low.as_str(), "sat" | "sun")
                    && toks.get(k + 1).is_some_and(|n| part_word(&n.low).is_some())
        })
    };
    let mut k = i;
    let mut n = 0_u8;
    while is_day(k) {
        n += 1;
        k += 1;
        if toks
            .get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "and" | "," | "&" | "+"))
            && is_day(k + 1)
        {
            k += 1;
        }
    }
    (n > 0).then_some((k - i, n))
}
