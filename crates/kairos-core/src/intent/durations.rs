//! Meeting and task lengths ("30 min", "an hour", "1.5 hours", "an hour and a half", "2h", "a
//! two-hour workshop", "a couple of hours"), in whole minutes. A length that shifts a meeting ("an
//! hour later", "by 30 minutes") is not one.

use super::lexer::{Token, number, quantity, starts_with};

const MINUTE_UNITS: &[&str] = &["m", "min", "mins", "minute", "minutes"];
const HOUR_UNITS: &[&str] = &["h", "hr", "hrs", "hour", "hours"];

/// True when `low` ends a length: a unit ("mins", "hour") or a compact length ("1.5h", "20m").
pub(crate) fn is_length(low: &str) -> bool {
    MINUTE_UNITS.contains(&low) || HOUR_UNITS.contains(&low) || compact(low).is_some()
}

/// Finds the first duration among the unused tokens, marks its tokens used, and returns minutes.
/// In a reschedule, shifts are marked used too, but not returned.
pub(crate) fn extract(toks: &[Token], used: &mut [bool], reschedule: bool) -> Option<u32> {
    for i in 0..toks.len() {
        if used[i] || toks[i].punct {
            continue;
        }
        if let Some((len, minutes)) = match_at(toks, i) {
            // "at 15h", "change it to 14h": a clock time, not a length; and so in a move, which
            // keeps the meeting's own length ("on monday 9h").
            let clock_like = toks[i].low.ends_with('h') && toks[i].low.starts_with(|c: char| c.is_ascii_digit());
            // ("after 15h", "before 9h", "from 18h": a bound of the clock, as Europe writes it, no
            // length, unless of something done ("after 2h of calls"); after "from", only a whole
            // working hour of the day: not "from 2h to 3h", "from 1.5h".)
            let working_hour = toks[i]
                .low
                .strip_suffix('h')
                .and_then(|n| n.parse::<u32>().ok())
                .is_some_and(|n| (7..=23).contains(&n));
            // ("between 13h and 17h": so are the two ends of a span of working hours; not "takes
            // between 7h and 9h", "allow between 7h and 8h", how long.)
            let lasting = toks.iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "takes" | "take" | "lasts" | "last" | "need" | "needs" | "spend" | "allow" | "long"
                )
            });
            let spanned = i > 0
                && !lasting
                && (toks[i - 1].low == "between" || toks[i - 1].low == "and" && i > 2 && toks[i - 3].low == "between");
            let bound = i > 0
                && (matches!(toks[i - 1].low.as_str(), "after" | "before" | "until" | "till")
                    || (toks[i - 1].low == "from" || spanned) && working_hour)
                && toks.get(i + len).is_none_or(|t| t.low != "of");
            let clock_at = i > 0 && matches!(toks[i - 1].low.as_str(), "at" | "to") || bound || reschedule;
            if (i..i + len).any(|k| used[k]) || clock_at && clock_like {
                continue;
            }
            // "stuck here for a few hours … probably 45 minutes of it": a vague count gives way
            // to an exact length said later.
            let vague = toks[i..i + len]
                .iter()
                .any(|t| matches!(t.low.as_str(), "few" | "several"));
            if vague && (i + len..toks.len()).any(|k| !used[k] && !toks[k].punct && match_at(toks, k).is_some()) {
                continue;
            }
            used[i..i + len].iter_mut().for_each(|u| *u = true);
            let shift = reschedule
                && toks
                    .get(i + len)
                    .is_some_and(|t| matches!(t.low.as_str(), "later" | "earlier" | "sooner"))
                || reschedule && i > 0 && matches!(toks[i - 1].low.as_str(), "by" | "back" | "forward")
                // ("push it back like an hour and a half".)
                || reschedule
                    && i > 1
                    && matches!(toks[i - 1].low.as_str(), "like" | "roughly" | "maybe")
                    && matches!(toks[i - 2].low.as_str(), "by" | "back" | "forward");
            if !shift {
                return Some(minutes);
            }
        }
    }
    None
}

/// The length a meeting is moved by, later (positive) or earlier, in minutes: "back an hour",
/// "back by 30 minutes", "an hour later", "forward 15 min", "half an hour earlier".
pub(crate) fn shift(toks: &[Token]) -> Option<i64> {
    (0..toks.len()).find_map(|i| {
        let (len, minutes) = match_at(toks, i)?;
        let minutes = i64::from(minutes);
        let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map(|t| t.low.as_str());
        // ("can we push it back like an hour and a half": a word of hedging before the length is
        // passed over.)
        let hedged = matches!(word(i.checked_sub(1)), Some("like" | "roughly" | "maybe"))
            && matches!(word(i.checked_sub(2)), Some("back" | "forward" | "by"));
        let i_said = i - usize::from(hedged);
        let prev = word(i_said.checked_sub(1));
        let lead = if prev == Some("by") {
            word(i_said.checked_sub(2))
        } else {
            prev
        };
        // "push back tomorrow's 11 with Ilkka by 20 min": "by" a length, the way said by the
        // particle right after the verb that moves (or "postpone" or "delay" opening the request),
        // only one way, and not a length cut or added ("cut it by 15 minutes").
        let particle = |words: &[&str]| {
            (1..i).any(|k| {
                words.contains(&toks[k].low.as_str())
                    && matches!(
                        toks[k - 1].low.as_str(),
                        "push" | "pushed" | "move" | "moved" | "bring" | "brought" | "shift" | "bump" | "put" | "pull"
                    )
            })
        };
        let opening = |words: &[&str]| toks.first().is_some_and(|t| words.contains(&t.low.as_str()));
        let resized = toks[..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "cut" | "shorten" | "trim" | "extend" | "lengthen"));
        // ("can we, um, push that by an hour": or "push" or "delay" right before the meeting, as
        // "it" or "that", and "by" a length, later; not "Bo pushed it by an hour already", done.)
        let pushed_on = prev == Some("by")
            && i >= 3
            && matches!(toks[i - 2].low.as_str(), "it" | "that" | "this")
            && matches!(toks[i - 3].low.as_str(), "push" | "delay");
        let way = match (
            particle(&["back"]) || opening(&["postpone", "delay"]) || pushed_on,
            // ("kindly prepone our 3 PM call by one hour": brought forward, as India says it.)
            particle(&["forward", "forwards"]) || toks[..i].iter().any(|t| t.low == "prepone"),
        ) {
            (true, false) if prev == Some("by") && !resized => Some("back"),
            (false, true) if prev == Some("by") && !resized => Some("forward"),
            _ => lead,
        };
        match (word(Some(i + len)), way) {
            (Some("later"), _) => Some(minutes),
            (Some("earlier" | "sooner"), _) => Some(-minutes),
            (_, Some("back" | "later")) => Some(minutes),
            (_, Some("forward" | "earlier")) => Some(-minutes),
            _ => None,
        }
    })
}

/// The days a meeting is moved by, later: "by a week", "back a week", "by two days", "a week
/// later". Never earlier: "bring forward … by a week", "a day earlier" or "a day early" (not
/// always meant as the days before, and never before today) move by no whole days here; nor
/// does coming "back a day early", nor a shift followed by a new hour ("a week later at 4pm").
pub(crate) fn day_shift(toks: &[Token]) -> Option<i64> {
    if toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "forward" | "earlier" | "sooner" | "early"))
    {
        return None;
    }
    (0..toks.len()).find_map(|i| {
        let count: i64 = match toks[i].low.as_str() {
            "a" | "one" | "1" => 1,
            "two" | "2" => 2,
            "three" | "3" => 3,
            _ => return None,
        };
        let days: i64 = match toks.get(i + 1)?.low.as_str() {
            "day" | "days" => 1,
            "week" | "weeks" => 7,
            _ => return None,
        };
        let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map(|t| t.low.as_str());
        let later = word(Some(i + 2)) == Some("later");
        // ("I want to postpone for one week": or put off for that long.)
        let by = word(i.checked_sub(1)) == Some("by")
            || word(i.checked_sub(1)) == Some("for")
                && toks.iter().any(|t| {
                    matches!(
                        t.low.as_str(),
                        "postpone" | "postponed" | "delay" | "defer" | "deferred"
                    )
                });
        // "can the 8:30 breakfast … be pushed a week": moved that long (not "was already moved a
        // day", "I moved a week of leave", what was done or what was moved).
        let done = matches!(
            word(i.checked_sub(2)),
            Some("already" | "was" | "were" | "been" | "i" | "we" | "had" | "has" | "have")
        ) || word(Some(i + 2)) == Some("of");
        let moves = |w: Option<&str>| {
            matches!(
                w,
                Some("pushed" | "push" | "moved" | "move" | "shifted" | "shift" | "bumped" | "bump")
            )
        };
        let moved = !done && moves(word(i.checked_sub(1)))
            || matches!(word(i.checked_sub(1)), Some("it" | "them"))
                && word(Some(i + 2)) != Some("of")
                && moves(word(i.checked_sub(2)));
        // "push it back a week" (not "flying back a day", coming back).
        let back = word(i.checked_sub(1)) == Some("back")
            && !matches!(
                word(i.checked_sub(2)),
                Some(
                    "flying" | "fly" | "flew" | "coming" | "come" | "came" | "getting" | "get" | "got" | "be" | "being"
                )
            );
        let new_hour = toks[i + 2..]
            .iter()
            .any(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
        ((later || by || back || moved) && !new_hour).then_some(count * days)
    })
}

/// Words that may stand between a count and its unit ("a free hour", "a recurring hour").
const LENGTH_ADJECTIVES: &[&str] = &[
    "free",
    // "Looking for an open hour for Dr. Okafor and me".
    "open",
    // "locate an available hour for myself and the legal team".
    "available",
    "full",
    "whole",
    "short",
    "quick",
    "spare",
    "common",
    "shared",
    "quiet",
    "solid",
    "clear",
    "recurring",
    "regular",
    "dedicated",
    "uninterrupted",
];

fn match_at(toks: &[Token], i: usize) -> Option<(usize, u32)> {
    let fixed: &[(&[&str], u32)] = &[
        (&["an", "hour", "and", "a", "half"], 90),
        // "lunch w/ Bo friday, hour and a half": the "an" left out.
        (&["hour", "and", "a", "half"], 90),
        // "takes about an hour an a half": "and" as Liverpool says it.
        (&["an", "hour", "an", "a", "half"], 90),
        (&["hour", "an", "a", "half"], 90),
        (&["a", "quarter", "of", "an", "hour"], 15),
        (&["quarter", "of", "an", "hour"], 15),
        (&["quarter", "hour"], 15),
        // "needs quarter of hour": the articles dropped.
        (&["quarter", "of", "hour"], 15),
        // "three quarters of an hour with the finance folks".
        (&["three", "quarters", "of", "an", "hour"], 45),
        (&["three-quarters", "of", "an", "hour"], 45),
        // "a quarter-hour chat": written with a hyphen, as "half-hour".
        (&["quarter-hour"], 15),
        (&["half", "an", "hour"], 30),
        (&["half-hour"], 30),
        (&["half-an-hour"], 30),
        (&["half", "hour"], 30),
    ];
    for (phrase, minutes) in fixed {
        if starts_with(toks, i, phrase) {
            return Some((phrase.len(), *minutes));
        }
    }
    let low = toks[i].low.as_str();
    // "wen is marta free on the 9th?? need 30": a bare count after "need" opening its clause,
    // ending it, is minutes, by the same convention (not "we need 20", a count of people).
    if i > 0
        && matches!(toks[i - 1].low.as_str(), "need" | "needs")
        && (i == 1 || toks[i - 2].punct)
        && toks.get(i + 1).is_none_or(|t| t.punct)
        && let Some(n) = low.parse::<u32>().ok().filter(|n| (10..=180).contains(n) && n % 5 == 0)
    {
        return Some((1, n));
    }
    // "a quick 15": minutes, by convention.
    if low == "quick"
        && let Some(n) = toks
            .get(i + 1)
            .and_then(|t| t.low.parse::<u32>().ok())
            .filter(|n| (5..=60).contains(n))
        && !toks.get(i + 2).is_some_and(|t| HOUR_UNITS.contains(&t.low.as_str()))
    {
        return Some((2, n));
    }
    if let Some(minutes) = compact(low).filter(|_| !french_hour(toks, i)) {
        return Some((1, minutes));
    }
    let (mut count_len, mut n) = match quantity(toks, i) {
        Some((len, n)) => (len, f64::from(u32::try_from(n).ok()?)),
        // "any free hour": one, as "a free hour".
        None if low == "any" => (1, 1.0),
        None => (1, number(low)?),
    };
    // "two and a half hours", "two and a quarter hours".
    // ("one and half hour": "and half" too, before its unit; not "at 10 and half hour later", an
    // hour of the clock.)
    let clock = i > 0 && matches!(toks[i - 1].low.as_str(), "at" | "by" | "until" | "till");
    if let Some((len, part)) = and_a_part(toks, i + count_len).filter(|_| !clock).filter(|&(len, _)| {
        len > 2
            || toks
                .get(i + count_len + len)
                .is_some_and(|t| HOUR_UNITS.contains(&t.low.as_str()))
    }) {
        count_len += len;
        n += part;
    }
    // "a free hour", "one full hour", "a common free hour", "a quiet hour": up to two adjectives
    // before the unit.
    let adjective = |k: usize| toks.get(k).is_some_and(|t| LENGTH_ADJECTIVES.contains(&t.low.as_str()));
    let first = usize::from(adjective(i + count_len));
    let second = usize::from(first == 1 && adjective(i + count_len + 1));
    let k = i + count_len + first + second;
    let unit = toks.get(k)?.low.as_str();
    // "until 14.45 hour", "at 09.30 hours": an hour of the clock and its minutes, as the Dutch and
    // the armed forces write them, after a word that leads to an hour (not "1.5 hours", "2.25
    // hours", nor "cut it to 1.15 hours", "from 2.30 hours", lengths changed).
    let clock_minutes = low
        .split_once('.')
        .is_some_and(|(h, m)| !h.is_empty() && h.len() <= 2 && m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()));
    if clock_minutes
        && HOUR_UNITS.contains(&unit)
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "at" | "until" | "till" | "-" | "–")
    {
        return None;
    }
    let mut minutes = in_minutes(n, unit)?;
    let mut len = k + 1 - i;
    if HOUR_UNITS.contains(&unit)
        && let Some((more, part)) = and_a_part(toks, k + 1)
    {
        minutes += part * 60.0;
        len += more;
    } else if HOUR_UNITS.contains(&unit)
        && starts_with(toks, k + 1, &["and"])
        && let Some(extra) = toks
            .get(k + 2)
            .and_then(|t| number(&t.low))
            .filter(|m| *m > 0.0 && *m < 60.0)
        && toks.get(k + 3).is_some_and(|t| MINUTE_UNITS.contains(&t.low.as_str()))
    {
        // "one hour and fifteen minutes", "2 hours and 30 minutes".
        minutes += extra;
        len += 3;
    } else if HOUR_UNITS.contains(&unit)
        && let Some(extra) = minutes_after_hours(toks, k + 1)
    {
        minutes += f64::from(extra);
        len += 1;
    }
    to_minutes(minutes).map(|m| (len, m))
}

/// "an hour 45 with the platform guild", "2 hours 30": minutes said after hours with no unit of
/// their own, a quarter or a half past the hour's worth (15, 30 or 45), ending the length (not "1
/// hour 30 minutes", read as its own length, nor "an hour 15 people", a count).
fn minutes_after_hours(toks: &[Token], k: usize) -> Option<u32> {
    let n = toks
        .get(k)?
        .low
        .parse::<u32>()
        .ok()
        .filter(|n| matches!(n, 15 | 30 | 45))?;
    toks.get(k + 1)
        .is_none_or(|t| {
            t.punct
                || matches!(
                    t.low.as_str(),
                    "with" | "w/" | "for" | "on" | "in" | "next" | "this" | "some" | "sometime" | "tomorrow" | "today"
                )
        })
        .then_some(n)
}

/// "Is 15h30 on Thursday possible", "at 16h": an hour of the clock as much of Europe writes it,
/// not a length — after "at", or past the hours a meeting lasts (not "1h30", "2h").
fn french_hour(toks: &[Token], i: usize) -> bool {
    let Some((h, m)) = toks[i].low.split_once('h') else {
        return false;
    };
    let hours = h.parse::<u32>().ok().filter(|h| *h < 24);
    let minutes = m.is_empty() || m.len() == 2 && m.chars().all(|c| c.is_ascii_digit());
    let at = i > 0 && matches!(toks[i - 1].low.as_str(), "at" | "@");
    // (Not "The drive is 10h30", "a 12h00 shift", "it takes 9h30": a length said as one, of a
    // journey or a shift or as how long; but "Is 15h30 on Thursday possible", "The workshop runs
    // 9h30 to 12h00", "Lunch is 12h30".)
    let journey = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "drive" | "flight" | "trip" | "journey" | "commute" | "shift" | "ride" | "crossing"
            )
        })
    };
    let said_of = i > 0 && matches!(toks[i - 1].low.as_str(), "lasts" | "takes")
        || i > 1 && matches!(toks[i - 1].low.as_str(), "is" | "runs") && journey(i - 2);
    let range = toks.get(i + 1).is_some_and(|t| t.low == "to");
    let a_length = said_of
        || toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "shift" | "drive" | "flight" | "long" | "total" | "in" | "of" | "trip" | "journey"
            )
        });
    hours.is_some_and(|h| minutes && (at || h >= 9 && m.len() == 2 && (!a_length || range)))
}

/// "and a half", "and a quarter", "and three quarters" at `k`: the part of a unit added, and how
/// many words say it ("one hour and half", as non-native speakers often put it, too).
fn and_a_part(toks: &[Token], k: usize) -> Option<(usize, f64)> {
    const PARTS: &[(&[&str], f64)] = &[
        (&["and", "a", "half"], 0.5),
        (&["and", "half"], 0.5),
        (&["and", "a", "quarter"], 0.25),
        (&["and", "three", "quarters"], 0.75),
        (&["and", "three-quarters"], 0.75),
    ];
    PARTS
        .iter()
        .find(|(words, _)| starts_with(toks, k, words))
        .map(|(words, part)| (words.len(), *part))
}

/// `n` of `unit` in minutes, when `unit` is a unit of time (`hour`, `hour-long`).
fn in_minutes(n: f64, unit: &str) -> Option<f64> {
    // "an hour-ish", "30 mins-ish": about that long.
    let unit = unit.strip_suffix("-long").unwrap_or(unit);
    let unit = unit
        .strip_suffix("-ish")
        .or_else(|| unit.strip_suffix("ish"))
        .unwrap_or(unit);
    if MINUTE_UNITS.contains(&unit) {
        Some(n)
    } else if HOUR_UNITS.contains(&unit) {
        Some(n * 60.0)
    } else {
        None
    }
}

/// Single-token forms: `30m`, `45min`, `2h`, `1.5h`, `1h30`, `45-minute`, `2-hour`, `two-hour`.
fn compact(low: &str) -> Option<u32> {
    if let Some((num, unit)) = low.rsplit_once('-')
        && let Some(n) = number(num)
    {
        return to_minutes(in_minutes(n, unit)?);
    }
    let split = low.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    if split == 0 {
        return None;
    }
    let (num, rest) = low.split_at(split);
    let n: f64 = num.parse().ok()?;
    if let Some(minutes) = in_minutes(n, rest) {
        return to_minutes(minutes);
    }
    let extra = rest.strip_prefix('h')?;
    let extra: u32 = extra.strip_suffix('m').unwrap_or(extra).parse().ok()?;
    (extra < 60).then_some(())?;
    to_minutes(n * 60.0 + f64::from(extra))
}

fn to_minutes(m: f64) -> Option<u32> {
    let rounded = m.round();
    (rounded >= 1.0 && rounded <= f64::from(24 * 60 * 7)).then_some(())?;
    // The bound above keeps the conversion exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Some(rounded as u32)
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn minutes(text: &str) -> Option<u32> {
        let toks = tokenize(text);
        let mut used = vec![false; toks.len()];
        extract(&toks, &mut used, false)
    }

    #[test]
    fn spelled_and_numeric_durations() {
        assert_eq!(minutes("30 min"), Some(30));
        assert_eq!(minutes("an hour"), Some(60));
        assert_eq!(minutes("1.5 hours"), Some(90));
        assert_eq!(minutes("3 hours"), Some(180));
        assert_eq!(minutes("half an hour"), Some(30));
        assert_eq!(minutes("an hour and a half"), Some(90));
        assert_eq!(minutes("two hours and a half"), Some(150));
        assert_eq!(minutes("a 45-minute call"), Some(45));
        assert_eq!(minutes("2h"), Some(120));
        assert_eq!(minutes("1h30"), Some(90));
        assert_eq!(minutes("a quarter of an hour"), Some(15));
        assert_eq!(minutes("a two-hour workshop"), Some(120));
        assert_eq!(minutes("a couple of hours"), Some(120));
        assert_eq!(minutes("an hour-long call"), Some(60));
        assert_eq!(minutes("two and a half hours"), Some(150));
        assert_eq!(minutes("1 and a half hours"), Some(90));
        assert_eq!(minutes("twenty-five minutes"), Some(25));
    }

    #[test]
    fn shifts_are_not_lengths() {
        let toks = tokenize("move it to an hour later");
        let mut used = vec![false; toks.len()];
        assert_eq!(extract(&toks, &mut used, true), None);
        assert_eq!(minutes("find 30 minutes later today"), Some(30));
    }

    #[test]
    fn non_durations_are_ignored() {
        assert_eq!(minutes("in 3 days"), None);
        assert_eq!(minutes("my 1:1 at 3pm"), None);
        assert_eq!(minutes("three times a week"), None);
    }
}
