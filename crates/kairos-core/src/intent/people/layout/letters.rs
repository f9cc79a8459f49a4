//! Who a text is written to, by or spoken among, no one to meet: a letter to "Sir or Madam" or to a
//! body by its role ("Dear Adjudicators,"), the members of a house and the turns of a transcript of
//! its proceedings ("Hon. Members: Hear, hear!"), a greeting ("Welcome, and thank you."), whoever
//! finds a message, hailed ("Rescuers, please …"), a label the writer says is themself ("Negotiator,
//! that is me") and one's own, set against another's ("Mine has character").

use crate::intent::lexer::{Token, starts_with};

/// "Dear Sir or Madam, I write to complain": the one a letter is written to.
pub(super) fn sir_or_madam(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1 && toks[i].low == "sir" && starts_with(toks, k, &["or", "madam"])
}

/// "Hon. Members", "The Member for Crockery", "Madam Deputy Speaker": the members of a house, the
/// seat a member sits for and its chair, as a report of its proceedings names them. (Not "Speaker
/// Johnson", "the Member of Parliament".)
pub(in crate::intent::people) fn of_the_house(toks: &[Token], i: usize, k: usize) -> bool {
    // (Only a member said to be honourable or to sit for a seat, or a speaker addressed as one:
    // not "our Keynote Speaker", "the new Team Member".)
    let honoured = matches!(toks[i].low.as_str(), "hon" | "honourable" | "honorable")
        || i > 0
            && matches!(
                toks[i - 1].low.as_str(),
                "madam" | "mr" | "hon" | "honourable" | "honorable"
            );
    let sits_for = toks[k - 1].low == "member" && starts_with(toks, k, &["for"]);
    matches!(toks[k - 1].low.as_str(), "member" | "members" | "speaker")
        && !toks[k - 1].possessive
        && (honoured || sits_for)
        || i > 1 && toks[i - 1].low == "for" && toks[i - 2].low == "member"
}

/// Whether the colon at `colon` ends a speaker's label, a capitalised word, in a text where a
/// label is said before a colon twice or more ("Hon. Members: Hear, hear! … Hon. Members: Shame!
/// … Madam Deputy Speaker: Order!"): a turn of a transcript.
pub(in crate::intent::people) fn turn_of_a_transcript(toks: &[Token], colon: usize) -> bool {
    // (Not "Re: Re: Priya intro call", a mail's subject, nor "Me: Priya!", one's own turn.)
    let label = |c: usize| {
        c > 0
            && toks[c].low == ":"
            && toks[c - 1].capitalised()
            && !toks[c - 1].punct
            && !matches!(toks[c - 1].low.as_str(), "re" | "fw" | "fwd" | "me" | "i")
    };
    // (One pass: a label's word seen before is said twice.)
    let mut seen = std::collections::HashSet::new();
    label(colon)
        && (1..toks.len())
            .filter(|&c| label(c))
            .any(|c| !seen.insert(toks[c - 1].low.as_str()))
}

/// "Welcome, and thank you.": a greeting opening a sentence, to whoever reads it, no one (not "30
/// min with the welcome coordinator", "Welcome, Ana!").
pub(super) fn welcome_greeting(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && toks[i].low == "welcome"
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && (toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "!" | "."))
            || starts_with(toks, k, &[","])
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "and" | "to" | "back" | "home" | "aboard")))
}

/// "To whoever finds this: … Rescuers, please bring a towel.": in a text written to whoever finds
/// it, a plural opening a sentence before ", please" hails whoever comes, no one (not "Rogers,
/// please join us", nor "Lunch with whoever is around. Summers, please come along.").
pub(super) fn hailed_finders(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && toks[i].low.len() > 5
        && toks[i].low.ends_with("ers")
        && starts_with(toks, k, &[",", "please"])
        && toks
            .windows(2)
            .any(|w| w[0].low == "whoever" && matches!(w[1].low.as_str(), "finds" | "reads" | "picks"))
}

/// "Dear Adjudicators, I write as the owner …": a letter to a body of people named by their role,
/// in the plural, no one to meet (not "Dear Andreas,", "Dear Chambers,", "Dear Mr Rogers,").
pub(super) fn plural_salutation(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && i > 0
        && toks[i - 1].low == "dear"
        && starts_with(toks, k, &[","])
        // (A body known by its role only: not "Dear Chambers,", "Dear Walters,", surnames.)
        && matches!(
            toks[i].low.as_str(),
            "adjudicators"
                | "inspectors"
                | "organisers"
                | "organizers"
                | "examiners"
                | "assessors"
                | "judges"
                | "members"
                | "residents"
                | "parents"
                | "colleagues"
                | "neighbours"
                | "neighbors"
                | "customers"
                | "editors"
                | "directors"
                | "trustees"
                | "governors"
                | "managers"
                | "officers"
                | "commissioners"
                | "councillors"
                | "volunteers"
                | "subscribers"
                | "shareholders"
                | "keepers"
        )
}

/// "Negotiator, that is me, in the rain: Hello. … Negotiator: I work here.": a label the writer
/// says is themself, wherever it comes, no one (not "Ana, that is my manager", "Thanks Ben, that is
/// me done for today").
pub(super) fn declared_as_me(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && toks[i].capitalised()
        && (0..toks.len()).any(|at| {
            toks[at].low == toks[i].low
                && (starts_with(toks, at + 1, &[",", "that", "is", "me", ","])
                    || starts_with(toks, at + 1, &[",", "that's", "me", ","])
                    || starts_with(toks, at + 1, &["(", "me", ")"]))
        })
}

/// "Mine was built by me alone. … Mine has character. … which theirs does not": one's own, set
/// against another's, opening a sentence before what it was or has, no one (not "Lunch with Mine
/// on Friday", "Mine is busy on Friday", a name).
pub(super) fn ones_own(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && toks[i].low == "mine"
        && toks
            .iter()
            .any(|t| matches!(t.low.as_str(), "theirs" | "yours" | "hers" | "his"))
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && toks
            .get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "was" | "has" | "is" | "had" | "does" | "bounces"))
}
