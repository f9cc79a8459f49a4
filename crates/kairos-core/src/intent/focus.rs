//! The request inside a longer text: a note headed for the assistant within a pasted document
//! ("… Note for my assistant, who files these: book an hour with Ana on Friday …") is what is
//! asked, and the document around it (its headings, entries and characters) is context.

use std::ops::Range;

use super::dates::weekday;
use super::lexer::{Token, sentences};
use super::people::HONORIFICS;

/// Words before "assistant" that make it the one being asked ("my assistant", "good
/// assistant").
const OWNERS: &[&str] = &["my", "our", "your", "their", "his", "her", "the", "dear", "good"];

/// Words that tie a sentence to the request: the one asking, the assistant, the people asked,
/// the calendar and the length of a meeting.
const LINKS: &[&str] = &[
    "i",
    "i'm",
    "i'll",
    "i've",
    "i'd",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "we're",
    "we'll",
    "us",
    "our",
    "you",
    "you're",
    "you'll",
    "your",
    "yourself",
    "them",
    "they",
    "they're",
    "they've",
    "their",
    "calendar",
    "cal",
    "diary",
    "invite",
    "invitation",
    "invitations",
    "hour",
    "hours",
    "minute",
    "minutes",
    "mins",
];

/// Fewest words the document around a note must hold for the note to be read on its own.
const SURROUNDING_WORDS: usize = 15;

/// Fewest words after a note for sentences that say nothing of the request to be the document
/// taken up again (a heading or a label is, however short).
const DOCUMENT_AFTER: usize = 12;

/// The tokens of the note to the assistant in `toks`, when the text is a document holding one:
/// from the colon of the line that heads it ("A line for my assistant, who reads this:") to the
/// end of the brackets it stands in, or to where the document takes up again.
pub(crate) fn note(toks: &[Token]) -> Option<Range<usize>> {
    let named = (0..toks.len()).find(|&i| addressed(toks, i) && heads(toks, i))?;
    let start = named + toks[named..].iter().position(|t| t.low == ":")? + 1;
    let end = bracket_end(toks, named, start).unwrap_or_else(|| resumes(toks, named, start));
    let words = |range: Range<usize>| toks[range].iter().filter(|t| !t.punct).count();
    (words(0..start) + words(end..toks.len()) >= SURROUNDING_WORDS && words(start..end) > 3).then_some(start..end)
}

/// True when `toks[i]` is "assistant" said of the one asked: after "my", "the", "Dear", with
/// one word between ("my faithful assistant"), or called on ("Assistant, …", "…, assistant:").
fn addressed(toks: &[Token], i: usize) -> bool {
    if toks[i].low != "assistant" {
        return false;
    }
    let owner = |k: usize| OWNERS.contains(&toks[k].low.as_str()) && !toks[k].possessive;
    let called = (i == 0 || toks[i - 1].punct) && toks.get(i + 1).is_some_and(|t| t.punct);
    called
        || i > 0 && owner(i - 1)
        || i > 1 && owner(i - 2) && !toks[i - 1].punct && !toks[i - 1].possessive && toks[i - 1].low != "shop"
}

/// True when the sentence naming the assistant at `i` heads what follows with a colon ("Note
/// for my assistant, who files these:"), rather than asking in its own words ("That I ask my
/// assistant to carry that meeting over").
fn heads(toks: &[Token], i: usize) -> bool {
    toks[i..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | "?" | "!"))
        .any(|t| t.low == ":")
}

/// Where the brackets the note stands in close ("[A line for my assistant: …] Rule: …").
fn bracket_end(toks: &[Token], named: usize, start: usize) -> Option<usize> {
    let opens = |t: &Token| t.orig.starts_with(['[', '(']);
    let closes = |t: &Token| t.orig.ends_with([']', ')']) || t.low == ")";
    let mut depth = 0_i32;
    for t in toks[..named].iter().rev() {
        if closes(t) {
            depth -= 1;
        }
        if opens(t) {
            depth += 1;
            if depth > 0 {
                return (start..toks.len()).find(|&k| closes(&toks[k])).map(|k| k + 1);
            }
        }
    }
    None
}

/// The sentences of `toks`, a full stop after a title ("Dr. Lindgren") ending none.
fn whole_sentences(toks: &[Token]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for s in sentences(toks) {
        match out.last_mut() {
            Some(last) if last.end >= 2 && HONORIFICS.contains(&toks[last.end - 2].low.as_str()) => last.end = s.end,
            _ => out.push(s),
        }
    }
    out
}

/// Where the document takes up again after the note's first sentence: at a heading in capitals
/// ("PRESS RELEASE - …", "NOTICE: …"), at a label of the kind the document is made of ("Porter's
/// nod: …" in a glossary of "Brake hunt: …"), or at two sentences running that say nothing of
/// the one asking, the people asked, the calendar, a day or an hour.
fn resumes(toks: &[Token], named: usize, start: usize) -> usize {
    let all = whole_sentences(toks);
    let linked = |s: &Range<usize>| {
        toks[s.clone()].iter().any(|t| {
            LINKS.contains(&t.low.as_str())
                || weekday(&t.low).is_some()
                || t.low.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let heading = |s: &Range<usize>| {
        let mut words = toks[s.clone()].iter().filter(|t| !t.punct);
        let first = words.next().is_some_and(Token::in_capitals);
        let colon = toks.get(s.start + 1).is_some_and(|t| t.low == ":");
        first && (colon || words.next().is_some_and(|t| t.in_capitals() && t.low != "i"))
    };
    // "Brake hunt: the search for …": one to three words, the first capitalised, and a colon.
    let label = |s: &Range<usize>| {
        toks[s.start].capitalised()
            && (1..=3).any(|n| {
                toks.get(s.start + n).is_some_and(|t| t.low == ":")
                    && toks[s.start..s.start + n].iter().all(|t| !t.punct)
            })
    };
    let labelled = all.iter().filter(|s| s.end <= named).any(label);
    let after: Vec<&Range<usize>> = all.iter().filter(|s| s.start > start).collect();
    // (Not a line or two at the end: "Also Bo wants to join, add him too.")
    let words_from = |k: usize| toks[k..].iter().filter(|t| !t.punct).count();
    for (k, s) in after.iter().enumerate() {
        let unlinked = !linked(s) && after.get(k + 1).is_none_or(|next| !linked(next));
        if heading(s) || labelled && label(s) || unlinked && words_from(s.start) >= DOCUMENT_AFTER {
            return s.start;
        }
    }
    toks.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::lexer::tokenize;

    /// The note's words, as written, or `None` when the text holds no note.
    fn note_of(text: &str) -> Option<String> {
        let toks = tokenize(text);
        note(&toks).map(|r| toks[r].iter().map(|t| t.orig.as_str()).collect::<Vec<_>>().join(" "))
    }

    const MINUTES: &str = "MINUTES OF THE ALLOTMENT COMMITTEE. Present: Marcus Webb, Jo Okafor, Ruth Baines. \
        Item 1: the water butts. Marcus reported that the butts were full of frogs.";

    #[test]
    fn a_note_runs_from_its_heading_to_where_the_document_resumes() {
        let text = format!(
            "{MINUTES} Note for my assistant, who types these up: I need an hour with Ana on Tuesday. \
             Just look where it fits. Item 2: the shed, which leaks. Ruth Baines proposed a new \
             padlock and a new roof for it."
        );
        assert_eq!(
            note_of(&text).as_deref(),
            Some("I need an hour with Ana on Tuesday . Just look where it fits .")
        );
        // Two sentences running that say nothing of the asker, the people or the calendar.
        let text = format!(
            "{MINUTES} A line for my assistant: book Bo for 30 minutes on Monday. The frogs were \
             moved to the pond. The pond was already full of frogs."
        );
        assert_eq!(note_of(&text).as_deref(), Some("book Bo for 30 minutes on Monday ."));
        // Not a line or two at its end, saying nothing of the calendar.
        let text =
            format!("{MINUTES} A line for my assistant: book Bo for 30 minutes on Monday. Also Ana wants to come.");
        assert_eq!(
            note_of(&text).as_deref(),
            Some("book Bo for 30 minutes on Monday . Also Ana wants to come .")
        );
        // A heading in capitals.
        let text = format!("A line for my assistant: cancel Friday's call with Chen. {MINUTES}");
        assert_eq!(note_of(&text).as_deref(), Some("cancel Friday call with Chen ."));
    }

    #[test]
    fn a_note_in_brackets_ends_with_them_and_a_title_ends_no_sentence() {
        let text = format!(
            "{MINUTES} [Pencilled in for my assistant: move Monday's 10am with Dr. Lindgren to \
             Wednesday. Tell them yourself.] Item 2: the shed, which leaks."
        );
        assert_eq!(
            note_of(&text).as_deref(),
            Some("move Monday 10am with Dr . Lindgren to Wednesday . Tell them yourself.]")
        );
    }

    #[test]
    fn only_a_note_headed_for_the_assistant_in_a_document_is_read_alone() {
        // Asked in its own words, with no heading's colon.
        assert_eq!(
            note_of(&format!(
                "{MINUTES} I ask my assistant to book an hour with Ana on Tuesday."
            )),
            None
        );
        // Someone else's assistant.
        assert_eq!(
            note_of(&format!(
                "{MINUTES} The shop assistant said: frogs are lucky, take them home."
            )),
            None
        );
        // No document around it.
        assert_eq!(
            note_of("For my assistant: book an hour with Ana on Tuesday at 3pm."),
            None
        );
    }
}
