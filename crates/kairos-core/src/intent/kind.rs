//! What the request asks for (find, book, move, cancel, describe, add a task or a habit), how
//! often a habit recurs, and the free-text title of a task or habit.

use super::clock::part_word;
use super::lexer::{Token, number, starts_with};
use super::{Frequency, PartOfDay};

/// The kind of request before its details are attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Find,
    Book,
    Reschedule,
    Cancel,
    Describe,
    Task,
    Habit,
    Clarify,
}

fn has(toks: &[Token], phrase: &[&str]) -> bool {
    (0..toks.len()).any(|i| starts_with(toks, i, phrase))
}

fn any(toks: &[Token], phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|p| has(toks, p))
}

const CANCEL: &[&[&str]] = &[
    &["cancel"],
    &["call", "off"],
    &["scrap"],
    &["delete"],
    &["drop"],
    &["remove"],
    &["clear", "my"],
];

const RESCHEDULE: &[&[&str]] = &[
    &["reschedule"],
    &["move"],
    &["push"],
    &["postpone"],
    &["shift"],
    &["bump"],
    &["rearrange"],
    &["delay"],
    &["change", "my"],
    &["change", "the"],
];

const TASK: &[&[&str]] = &[
    &["remind"],
    &["task"],
    &["todo"],
    &["to-do"],
    &["need", "to"],
    &["have", "to"],
    &["i", "need"],
    &["forget", "to"],
    &["i", "should"],
    &["i", "must"],
];

const DESCRIBE: &[&[&str]] = &[
    &["what", "on"],
    &["what", "my"],
    &["what", "do", "i", "have"],
    &["what", "meetings"],
    &["what", "happening"],
    &["show", "me"],
    &["show", "my"],
    &["how", "does"],
    &["how", "busy"],
    &["how", "my"],
    &["how", "is", "my"],
    &["am", "i", "free"],
    &["am", "i", "busy"],
    &["when", "is", "my"],
    &["overview"],
    &["look", "like"],
    &["anything", "on"],
    &["agenda"],
    &["list", "my"],
    &["do", "i", "have"],
];

const BOOK: &[&[&str]] = &[
    &["book"],
    &["schedule"],
    &["set", "up"],
    &["set", "a"],
    &["arrange"],
    &["put"],
    &["pencil"],
    &["create"],
    &["on", "the", "calendar"],
    &["add", "a", "meeting"],
];

const FIND: &[&[&str]] = &[
    &["find"],
    &["when"],
    &["free"],
    &["slot"],
    &["slots"],
    &["suggest"],
    &["meet"],
    &["available"],
    &["availability"],
    &["a", "time"],
    &["some", "time"],
    &["any", "time"],
    &["could", "we", "do"],
    &["can", "we", "do"],
    &["time", "for"],
    &["time", "with"],
    &["times"],
    &["get", "me"],
];

/// Classifies by keywords, most specific kind first; `recurring` says a frequency was found.
pub(crate) fn classify(toks: &[Token], recurring: bool) -> Kind {
    let order = [
        (CANCEL, Kind::Cancel),
        (RESCHEDULE, Kind::Reschedule),
        (TASK, Kind::Task),
        (DESCRIBE, Kind::Describe),
        (BOOK, Kind::Book),
        (FIND, Kind::Find),
    ];
    if recurring || has(toks, &["habit"]) {
        return Kind::Habit;
    }
    order
        .iter()
        .find(|(words, _)| any(toks, words))
        .map_or(Kind::Clarify, |(_, k)| *k)
}

/// Finds how often a habit recurs, marking its words used; "every evening" also gives a part.
pub(crate) fn frequency(toks: &[Token], used: &mut [bool]) -> Option<(Frequency, Option<PartOfDay>)> {
    for i in 0..toks.len() {
        let found = frequency_at(toks, i);
        if let Some((len, f, p)) = found {
            used[i..i + len].iter_mut().for_each(|u| *u = true);
            return Some((f, p));
        }
    }
    None
}

fn frequency_at(toks: &[Token], i: usize) -> Option<(usize, Frequency, Option<PartOfDay>)> {
    let low = toks[i].low.as_str();
    if low == "daily" {
        return Some((1, Frequency::Daily, None));
    }
    if low == "weekly" {
        return Some((1, Frequency::PerWeek(1), None));
    }
    if matches!(low, "every" | "each") {
        let next = toks.get(i + 1)?.low.as_str();
        if next == "day" {
            return Some((2, Frequency::Daily, None));
        }
        if next == "weekday" {
            return Some((2, Frequency::Weekdays, None));
        }
        if next == "week" {
            return Some((2, Frequency::PerWeek(1), None));
        }
        if let Some((len, n)) = weekday_list(toks, i + 1) {
            return Some((1 + len, Frequency::PerWeek(n), None));
        }
        if matches!(next, "lunchtime" | "lunch") {
            return Some((2, Frequency::Daily, None));
        }
        return part_word(next).map(|p| (2, Frequency::Daily, Some(p)));
    }
    if starts_with(toks, i, &["on", "weekdays"]) {
        return Some((2, Frequency::Weekdays, None));
    }
    let (n, len) = match low {
        "once" => (1, 1),
        "twice" => (2, 1),
        _ if low.len() == 2 && low.ends_with('x') && low.as_bytes()[0].is_ascii_digit() => {
            (low.as_bytes()[0] - b'0', 1)
        }
        _ if toks.get(i + 1).is_some_and(|t| t.low == "times") => {
            let n = number(low).filter(|n| n.fract() == 0.0 && (1.0..=7.0).contains(n))?;
            // Checked above: a whole number from 1 to 7.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            (n as u8, 2)
        }
        _ => return None,
    };
    if starts_with(toks, i + len, &["a", "week"]) || starts_with(toks, i + len, &["per", "week"]) {
        return Some((len + 2, Frequency::PerWeek(n), None));
    }
    if starts_with(toks, i + len, &["weekly"]) {
        return Some((len + 1, Frequency::PerWeek(n), None));
    }
    None
}

/// `Tuesday and Thursday`: the tokens taken by a list of weekdays, and how many it names.
fn weekday_list(toks: &[Token], i: usize) -> Option<(usize, u8)> {
    let is_day = |k: usize| toks.get(k).is_some_and(|t| super::dates::weekday(&t.low).is_some());
    let mut k = i;
    let mut n = 0_u8;
    while is_day(k) {
        n += 1;
        k += 1;
        if toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "and" | ",")) && is_day(k + 1) {
            k += 1;
        }
    }
    (n > 0).then_some((k - i, n))
}

const TASK_LEADS: &[&[&str]] = &[
    &["remind", "me", "to"],
    &["add", "a", "todo"],
    &["add", "a", "task"],
    &["add", "task"],
    &["new", "task"],
    &["task"],
    &["todo"],
    &["to-do"],
    &["forget", "to"],
    &["i", "should"],
    &["i", "must"],
    &["i", "need"],
    &["i", "have", "to"],
    &["need", "to"],
];

const HABIT_LEADS: &[&[&str]] = &[
    &["habit"],
    &["i", "want", "to"],
    &["i", "want"],
    &["i'd", "like", "to"],
    &["i'd", "like"],
    &["block"],
    &["set", "aside"],
    &["schedule"],
];

const FILLERS: &[&str] = &[
    "of", "for", "to", "by", "due", "before", "on", "at", "a", "an", "and", "in", "the", "-",
];

/// The title of a task or habit: the first run of unclaimed words after the lead-in ("remind me
/// to", "habit:"), with connecting words trimmed from both ends. Email addresses stay in it.
pub(crate) fn title(toks: &[Token], used: &[bool], habit: bool) -> String {
    let leads = if habit { HABIT_LEADS } else { TASK_LEADS };
    let start = leads
        .iter()
        .find_map(|lead| {
            (0..toks.len())
                .find(|&i| starts_with(toks, i, lead))
                .map(|i| i + lead.len())
        })
        .unwrap_or(0);
    let free = |k: usize| (!used[k] || toks[k].is_email()) && !toks[k].punct;
    let mut k = start;
    while k < toks.len() && (!free(k) || FILLERS.contains(&toks[k].low.as_str()) || toks[k].low == ":") {
        k += 1;
    }
    let mut words: Vec<&Token> = Vec::new();
    while k < toks.len() && free(k) {
        words.push(&toks[k]);
        k += 1;
    }
    while words.last().is_some_and(|t| FILLERS.contains(&t.low.as_str())) {
        words.pop();
    }
    words.iter().map(|t| t.orig.as_str()).collect::<Vec<_>>().join(" ")
}
