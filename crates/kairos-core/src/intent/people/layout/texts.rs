//! The shape of a story or a text that names no one: those a rule is laid down for ("Riders must
//! remain seated"), a table of contents in title case, an acrostic's lines, the words that move a
//! story on ("Then, halfway up"), a word said again after "after", a street taken, the weather of a
//! text laid out as a forecast, things that can be left ("Flowers can be left at the archway") and
//! a kind of a thing the text names in lowercase ("the Deliberate Cough … the cough").

use crate::intent::lexer::{Token, sentence_of, sentences, starts_with};

/// "Riders must remain seated", "Passengers should …": a plural naming all of a kind, opening a
/// sentence that lays down a rule for them.
pub(in crate::intent::people) fn rule_for_all(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].low.as_str(),
        "candidates"
            | "contestants"
            | "delegates"
            | "guests"
            | "riders"
            | "passengers"
            | "visitors"
            | "customers"
            | "users"
            | "players"
            | "spectators"
            | "drivers"
            | "entrants"
            | "competitors"
            | "pupils"
            | "students"
            | "applicants"
            | "residents"
            | "patrons"
            | "cyclists"
            | "swimmers"
            | "diners"
            | "tenants"
    ) && toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "must" | "should" | "may" | "will" | "who" | "are" | "can" | "cannot" | "shall"
        )
    })
}

/// "Prologue: A Willow, a Knotted Rope, and a Gang of Teenagers Who Swing Out over the Water. In
/// Which the Author Declines.": a word at `i` in a sentence written in title case — every word
/// capitalised but the small ones — in a text with three such sentences or more, with no day or
/// hour in them, is a chapter's title in a table of contents.
pub(super) fn in_a_title_cased_list(toks: &[Token], i: usize) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "over", "from", "by", "as", "but",
        "into", "up",
    ];
    let title_cased = |s: &std::ops::Range<usize>| {
        let words: Vec<&Token> = toks[s.clone()].iter().filter(|t| !t.punct).collect();
        // (Title case, not capitals: not a telegram shouted whole.)
        words.len() >= 4
            && words.iter().filter(|t| t.capitalised() && !t.in_capitals()).count() >= 3
            && !words.iter().any(|t| t.in_capitals() && t.orig.chars().count() > 2)
            && words
                .iter()
                .all(|t| t.capitalised() || SMALL.contains(&t.low.as_str()) || !t.low.starts_with(char::is_alphabetic))
            && !toks[s.clone()].iter().any(|t| {
                t.low.contains(|c: char| c.is_ascii_digit())
                    || crate::intent::dates::weekday(&t.low).is_some()
                    || matches!(t.low.as_str(), "today" | "tomorrow" | "tonight")
            })
    };
    // (Not those introduced: "Weekly Sync With Ana. Budget Review With Bo.")
    let introduced = i > 0 && matches!(toks[i - 1].low.as_str(), "with" | "w/" | "meet");
    let all = sentences(toks);
    !introduced
        && all.iter().filter(|s| title_cased(s)).count() >= 3
        && all.iter().any(|s| s.contains(&i) && title_cased(s))
}

/// "T - Tug, I told them. E - Everything came down. N - Now I lie beneath it.": the letter opening
/// an acrostic's line, and the word it spells out, in a text of three such lines or more, each
/// opening a sentence and its word starting with its letter (not "J - Jonas needs an hour with
/// me", "Options: A - Ana at 9, B - Bo at 10, C - Cy at 11").
pub(super) fn in_an_acrostic(toks: &[Token], i: usize, k: usize) -> bool {
    let letter = |at: usize| {
        toks[at].orig.chars().count() == 1
            && toks[at].capitalised()
            && starts_with(toks, at + 1, &["-"])
            && (at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?"))
            // (The letter as written: "U" and "N" are read as "you" and "and".)
            && toks.get(at + 2).is_some_and(|w| w.orig.starts_with(&toks[at].orig) && w.capitalised())
    };
    let lines = (0..toks.len()).filter(|&at| letter(at)).count();
    lines >= 3 && k == i + 1 && (letter(i) || i > 1 && letter(i - 2))
}

/// "Then, halfway up, beside a print of ships": a word that moves a story on, opening a sentence
/// before a comma, no one.
pub(super) fn story_adverb(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && matches!(
            toks[i].low.as_str(),
            "then" | "now" | "meanwhile" | "next" | "later" | "still" | "finally" | "afterwards" | "suddenly" | "or"
        )
        && starts_with(toks, k, &[","])
}

/// "Page after page of them", "Day after day": a word said again after "after", no one.
pub(super) fn again_and_again(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1 && starts_with(toks, k, &["after"]) && toks.get(k + 1).is_some_and(|t| t.low == toks[i].low)
}

/// "If you take Kestrel Close, read on. … rejoin Kestrel Close": a name ending in a word for a
/// street, taken or gone along somewhere in the text, is the street, no one (not "meet Sarah Lane
/// tomorrow", "dinner with Dr. Street").
pub(super) fn names_a_street(toks: &[Token], i: usize, k: usize) -> bool {
    let street = k > i + 1
        && matches!(
            toks[k - 1].low.as_str(),
            "close" | "rise" | "road" | "street" | "lane" | "avenue" | "drive" | "crescent" | "terrace" | "grove"
        );
    let taken = |at: usize| {
        at > 0
            && matches!(
                toks[at - 1].low.as_str(),
                "take" | "into" | "onto" | "along" | "down" | "up" | "via" | "past"
            )
    };
    let same = |at: usize| (0..k - i).all(|d| toks.get(at + d).is_some_and(|t| t.low == toks[i + d].low));
    street && (0..toks.len()).any(|at| same(at) && taken(at))
}

/// "Middle seat: disputed. Elbows, severe gale, occasionally storm. Visibility moderate.": in a
/// text laid out as a weather forecast, known by two sentences or more opening with visibility and
/// how far it reaches, a word opening a sentence before a comma, in a sentence with no day, hour or
/// question, is the weather forecast, no one (not "Visibility poor on the A1. Ana, can we push our
/// 10am?").
pub(super) fn forecast_weather(toks: &[Token], i: usize, k: usize) -> bool {
    let opens = |at: usize| at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?");
    let forecasts = (0..toks.len())
        .filter(|&at| {
            toks[at].low == "visibility"
                && opens(at)
                && toks
                    .get(at + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "good" | "moderate" | "poor" | "fair" | "very"))
        })
        .count();
    let asks = || {
        sentence_of(toks, i).any(|at| {
            crate::intent::dates::day_or_hour_at(toks, at)
                || matches!(toks[at].low.as_str(), "?" | "can" | "could" | "please" | "let's")
        })
    };
    k == i + 1 && opens(i) && starts_with(toks, k, &[","]) && forecasts >= 2 && !asks()
}

/// "Flowers can be left at the archway.": a plural opening a sentence, what can be left, sent or
/// given, is things, no one (not "Rogers can be reached on his mobile").
pub(super) fn things_left(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        // (Things, not names: not "Phillips should be sent the brief".)
        && matches!(
            toks[i].low.as_str(),
            "flowers" | "wreaths" | "donations" | "cards" | "gifts" | "letters" | "parcels" | "packages" | "boxes"
                | "bags" | "coats" | "keys" | "forms" | "messages" | "tributes" | "notes" | "results"
        )
        && matches!(toks.get(k).map(|t| t.low.as_str()), Some("can" | "may" | "should" | "will"))
        && starts_with(toks, k + 1, &["be"])
        && toks.get(k + 2).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "left" | "sent" | "placed" | "laid" | "donated" | "delivered" | "dropped" | "collected"
            )
        })
}

/// "If so, it is the Deliberate Cough … Does the cough come alone?": a name in title case after
/// "the" whose last word the text uses in lowercase as a common noun, after "the" or "a", is a kind
/// of that thing, no one (not "the Design Team … the team", a group; nor "Jane Park … the park").
pub(super) fn named_kind(toks: &[Token], i: usize, k: usize) -> bool {
    // (After "the", with the thing itself after "the" or "a" too: not "Coffee with Jane Park …
    // a walk in the park", "Team Falcon", a name.)
    k > i + 1
        && i > 0
        && toks[i - 1].low == "the"
        && toks[k - 1].capitalised()
        && toks[k - 1].low.len() > 3
        && !crate::intent::people::GROUP_WORDS.contains(&toks[k - 1].low.as_str())
        && (1..toks.len()).any(|at| {
            toks[at].orig == toks[k - 1].low && matches!(toks[at - 1].low.as_str(), "the" | "a" | "each" | "every")
        })
}
