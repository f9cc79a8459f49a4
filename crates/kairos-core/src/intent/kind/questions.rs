//! Questions that ask nothing to be done to the calendar beyond what they ask: one about what is
//! on, with only why told after it, and one asking when one ought to do a thing.

use super::super::lexer::{Token, starts_with};

/// Where the question opening `toks` ends, when all after it only tells why it is asked: a
/// question naming no length ("Could you look for 30 minutes with …? Just show me the options.",
/// "…: 1h next week. anything on my side that works? options only" ask for time), with no one
/// named to meet after it ("free evenings next week? want to plan dinner with Hamid").
pub(super) fn question_then_why(toks: &[Token]) -> Option<usize> {
    let q = toks.iter().position(|t| t.low == "?")?;
    // ("1h", "30m", "1.5h", "20min"; not "the 12th", a day.)
    let length = |t: &Token| {
        let unit = t.low.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
        matches!(
            t.low.as_str(),
            "hour" | "hours" | "hr" | "hrs" | "minutes" | "minute" | "mins" | "min"
        ) || t.low.starts_with(|c: char| c.is_ascii_digit())
            && matches!(unit, "h" | "hr" | "hrs" | "m" | "min" | "mins")
    };
    let named_after = toks[q + 1..]
        .windows(2)
        .any(|w| matches!(w[0].low.as_str(), "with" | "w/") && (w[1].capitalised() || w[1].is_email()));
    (q + 1 < toks.len()
        && !toks[..q].iter().any(length)
        && !named_after
        && opens_with_subjects(&toks[q + 1..])
        && only_why(&toks[q + 1..]))
    .then_some(q)
}

/// Whether every sentence of `toks` opens with its subject, telling rather than asking ("I need
/// to …", "The vicar has asked …", "Ana has asked …"; not "cough up the gaps", "want to plan
/// dinner …", an order or a wish with its subject left out).
fn opens_with_subjects(toks: &[Token]) -> bool {
    const SUBJECTS: &[&str] = &[
        "i", "i'm", "i've", "i'd", "i'll", "my", "the", "our", "we", "we're", "we've", "she", "he", "they", "it",
        "it's", "this", "that", "there", "her", "his", "their", "a", "an",
    ];
    toks.split(|t| matches!(t.low.as_str(), "." | "!" | ";"))
        .filter(|s| !s.is_empty())
        .all(|s| {
            SUBJECTS.contains(&s[0].low.as_str())
                || s[0].capitalised()
                    && s.get(1).is_some_and(|t| {
                        matches!(
                            t.low.as_str(),
                            "has" | "is" | "was" | "wants" | "needs" | "asked" | "said"
                        )
                    })
        })
}

/// Whether `toks`, after a question, only tell why it is asked: no question, no request, no day,
/// hour or length ("The vicar has asked whether I'd help with the Christingle service."; not "I
/// need an hour with Bo.", "Please book it.", "Can we do Monday?").
fn only_why(toks: &[Token]) -> bool {
    toks.iter().all(|t| {
        !t.low.starts_with(|c: char| c.is_ascii_digit())
            && crate::intent::dates::weekday(&t.low).is_none()
            && crate::intent::dates::month(&t.low).is_none()
            && !matches!(
                t.low.as_str(),
                "?" | "please"
                    | "pls"
                    | "book"
                    | "find"
                    | "schedule"
                    | "cancel"
                    | "move"
                    | "reschedule"
                    | "block"
                    | "add"
                    | "put"
                    | "set"
                    | "arrange"
                    | "can"
                    | "could"
                    | "would"
                    | "will"
                    | "hour"
                    | "hours"
                    | "minutes"
                    | "mins"
                    | "tomorrow"
                    | "today"
                    | "tonight"
                    | "week"
            )
    })
}

/// "Kairos dear, do you happen to know when I ought to be sowing my broad beans?": when one ought
/// to do a thing, asked of what is known, asks nothing of the calendar (not "do you know when I
/// should meet Ana", "do you know when I'm free", nor a request naming an hour).
pub(super) fn advice_asked(toks: &[Token]) -> bool {
    const MEETING_VERBS: &[&str] = &[
        "meet", "meeting", "see", "seeing", "book", "booking", "call", "calling", "schedule", "have", "be", "do", "go",
        "get", "sit", "catch", "talk", "speak",
    ];
    let ought = |k: usize| {
        let (len, be) = if starts_with(toks, k, &["ought", "to"]) {
            (2, usize::from(starts_with(toks, k + 2, &["be"])))
        } else if toks.get(k).is_some_and(|t| t.low == "should") {
            (1, usize::from(starts_with(toks, k + 1, &["be"])))
        } else {
            return false;
        };
        toks.get(k + len + be)
            .is_some_and(|t| !t.punct && !MEETING_VERBS.contains(&t.low.as_str()))
    };
    // (Nor with someone: "when we ought to sit down with the auditors".)
    toks.iter()
        .all(|t| !t.low.starts_with(|c: char| c.is_ascii_digit()) && !matches!(t.low.as_str(), "with" | "w/"))
        && (0..toks.len()).any(|k| {
            starts_with(toks, k, &["know", "when"])
                && toks.get(k + 2).is_some_and(|t| matches!(t.low.as_str(), "i" | "we"))
                && ought(k + 3)
        })
}
