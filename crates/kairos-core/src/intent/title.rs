//! The free-text title of a task or habit: what is left of the request once its lead-in
//! ("remind me to", "habit:", "block") and every date, time, duration and frequency are claimed.

use super::lexer::{Token, starts_with};

const TASK_LEADS: &[&[&str]] = &[
    &["remind", "me", "to"],
    &["remind", "me"],
    &["note", "to", "self"],
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
    &["i've", "got", "to"],
    &["gotta"],
    &["need", "to"],
];

const HABIT_LEADS: &[&[&str]] = &[
    &["habit"],
    &["i", "want", "to"],
    &["i", "want"],
    &["i'd", "like", "to"],
    &["i'd", "like"],
    &["block", "out"],
    &["block"],
    &["set", "aside"],
    &["carve", "out"],
    &["make", "time", "for"],
    &["protect"],
    &["reserve"],
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
    words.iter().map(|t| t.written()).collect::<Vec<_>>().join(" ")
}
