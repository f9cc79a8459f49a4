//! Words of a text's layout that name no one: the numbered parts of a form ("Section B"), the
//! entries of a list of labels ("Lost Cause: my white trainers."), a document named as such
//! ("Office Memo"), and a letter to "Sir or Madam".

use super::super::lexer::{Token, sentences, starts_with};
use super::HONORIFICS;

/// Words that number the parts of a document or a form ("Section B", "Part 2", "Question 3").
pub(super) const PART_WORDS: &[&str] = &[
    "section",
    "part",
    "appendix",
    "annex",
    "exhibit",
    "figure",
    "chapter",
    "clause",
    "paragraph",
    "question",
    "step",
    "stage",
];

/// Where a numbered part named at `i` ("Section B - what happened", "Part 2:") ends, when the
/// name read from `i` to `k` is one: a part word and a letter or a number, then a dash or colon.
/// (Not "Section Head Ana Lopez", "with Stage Manager Bo".)
pub(super) fn numbered_part(toks: &[Token], i: usize, k: usize) -> Option<usize> {
    if !PART_WORDS.contains(&toks[i].low.as_str()) {
        return None;
    }
    let numbered = |t: &Token| {
        t.orig.chars().count() == 1 && t.orig.chars().all(|c| c.is_ascii_uppercase())
            || t.low.chars().all(|c| c.is_ascii_digit())
    };
    let end = if k == i + 2 && numbered(&toks[i + 1]) {
        k
    } else if k == i + 1 && toks.get(k).is_some_and(numbered) {
        k + 1
    } else {
        return None;
    };
    toks.get(end)
        .is_some_and(|t| matches!(t.low.as_str(), "-" | "–" | "—" | ":" | "."))
        .then_some(end)
}

/// "Flamingo Flush: my left side, … Lost Cause: my white trainers. … Sneeze Green: what happens
/// next.": a name of two words or three from `i` to `k` opening a sentence and labelling what a
/// colon says of a thing ("my …", "the …", "what …"), in a text where three sentences or more
/// open so, is an entry of a list of labels. (Not "Ana: my calendar's full, can we meet Bo
/// tomorrow?", one speaker, nor "Priya: the deck is done. Status: … Next: …" or "Dr Patel: my
/// next opening is Friday", someone named in one word or by an honorific.)
pub(super) fn list_entry(toks: &[Token], i: usize, k: usize) -> bool {
    let labels = |at: usize, end: usize| {
        starts_with(toks, end, &[":"])
            && toks
                .get(end + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "my" | "the" | "what"))
            && end > at + 1
            && toks[at].capitalised()
            && !HONORIFICS.contains(&toks[at].low.as_str())
    };
    if !labels(i, k) || !sentences(toks).iter().any(|s| s.start == i) {
        return false;
    }
    // Each sentence opening with capitalised words and a colon that says what a thing is.
    let entries = sentences(toks)
        .iter()
        .filter(|s| {
            let end = (s.start..s.end).find(|&e| !toks[e].capitalised() || toks[e].punct);
            end.is_some_and(|end| end > s.start && end <= s.start + 3 && labels(s.start, end))
        })
        .count();
    entries >= 3
}

/// "Office Memo, in a sensible grey, for my assistant": a name of two words or more ending in a
/// word for a written notice is the notice, no one.
pub(super) fn names_a_notice(toks: &[Token], i: usize, k: usize) -> bool {
    k > i + 1 && matches!(toks[k - 1].low.as_str(), "memo" | "notice" | "bulletin")
}

/// "Dear Sir or Madam, I write to complain": the one a letter is written to.
pub(super) fn sir_or_madam(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1 && toks[i].low == "sir" && starts_with(toks, k, &["or", "madam"])
}
