//! Names read where no one is met: a name the people reader found (its words from `i` to `k`) that
//! the words around it show to be a place, a body, a pet, a feast, a signature, a post or someone
//! only told of — by the words alone, or by who was named just before.

use super::words::HONORIFICS;
use super::{bodies, names};
use crate::intent::Participant;
use crate::intent::lexer::Token;

/// Whether the name from `i` to `k` names no one met, by the words around it alone.
pub(super) fn named_as_no_one(toks: &[Token], i: usize, k: usize) -> bool {
    let t = &toks[i];
    names::shown_not_named(toks, i, k)
        || names::directs_not_named(toks, i, k)
        || bodies::institution_named(toks, i, k)
        || bodies::works_for_body(toks, i, k)
        || bodies::place_of_kind(toks, i, k)
        || names::signed_below(toks, i, k)
        || names::listed_with_things(toks, i, k)
        || bodies::feast_named(toks, i, k)
        || bodies::body_sitting(toks, i, k)
        || names::bare_noun_subject(toks, i, k)
        || bodies::body_of_from(toks, i, k)
        // ("The Lord Lieutenant's office has written …": whose office wrote.)
        || toks[k - 1].possessive
            && names::office_got_in_touch(toks, k)
            && (i == 0 || toks[i - 1].low == "the" && (i == 1 || matches!(toks[i - 2].low.as_str(), "." | "!" | "?")))
        // ("— Ros, Benedikt & Kiri — Sun Dec 13": a day, shortened, before its date.)
        || k == i + 1
            && matches!(t.low.as_str(), "sat" | "sun")
            && toks.get(k).is_some_and(|n| crate::intent::dates::month(&n.low).is_some())
            // (Its date after: not "Sun may join too", "with Sun May on Friday".)
            && toks
                .get(k + 1)
                .is_some_and(|n| n.low.starts_with(|c: char| c.is_ascii_digit()))
        // ("Joanne and Sarah, the daughter of Mrs Whitcombe, to speak about …": whose kin the
        // one just named is, set off by a comma, no one to meet.)
        || i > 3
            && toks[i - 1].low == "of"
            && names::kin_word(&toks[i - 2].low)
            && toks[i - 3].low == "the"
            && toks[i - 4].low == ","
        || names::client_of_visit(toks, i, k)
        || names::got_a_reason(toks, i, k)
        || names::things_of(toks, i, k)
        || names::names_a_tour(toks, i, k)
        || names::whose_day_asked(toks, i, k)
        || names::owner_of_hour(toks, i, k)
        || names::occasion_of(toks, i, k)
        || names::cared_for(toks, i, k)
        || names::child_at_parents_evening(toks, i, k)
        || names::signed_in_brackets(toks, i, k)
        || names::note_from_office(toks, i, k)
        || names::pet_named(toks, i, k)
        || names::swapped_with(toks, i)
        || names::carried_home(toks, i)
        || bodies::whose_body(toks, i, k)
        || names::whose_post_before_holder(toks, i, k)
        || names::moved_up_a_group(toks, i, k)
        || names::brings_a_thing(toks, i, k)
        || names::post_holders(toks, i, k)
        || names::post_before_named_holder(toks, i, k)
        || bodies::building_named(toks, i, k)
        || bodies::gathering_named(toks, i, k)
        || bodies::bodys_own(toks, i, k)
        || bodies::town_and_province(toks, i, k)
        || bodies::numbered_stage(toks, i, k)
        || bodies::service_of_worship(toks, i, k)
        || names::preposition_opening(toks, i, k)
        || names::gods_name(toks, i, k)
        || names::owned_in_relative(toks, i, k)
        // ("Hello Kairos,\n\nAs link governor for safeguarding I need …": "As" saying in
        // what capacity, after a greeting's comma; not "Halvorsen AS", a company.)
        || k == i + 1
            && t.orig == "As"
            && (i == 0 || matches!(toks[i - 1].low.as_str(), "," | "." | "!" | "?"))
        // ("the Christmas Day lunch rota": the holiday's day, no one.)
        || i > 0 && toks[i - 1].low == "christmas" && matches!(t.low.as_str(), "day" | "eve")
        // ("our Boxing Day couple": the holiday named whole.)
        || k == i + 2
            && matches!(t.low.as_str(), "boxing" | "christmas")
            && matches!(toks[i + 1].low.as_str(), "day" | "eve")
        // ("the executors of the late Mr. Pemberton's estate": one who has died, named with a
        // title; not "move the late Priya call", the one late in the day.)
        || i > 1
            && toks[i - 1].low == "late"
            && toks[i - 2].low == "the"
            && HONORIFICS.contains(&t.low.as_str())
}

/// Whether the name from `i` to `k` says something of one already named (in `met`) — where they
/// are from or what post they hold — rather than naming someone else.
pub(super) fn said_of_one_named_before(toks: &[Token], i: usize, k: usize, met: &[Participant]) -> bool {
    let t = &toks[i];
    let named = |at: usize| {
        met.iter()
            .any(|p| matches!(p, Participant::Name(n) if n.ends_with(toks[at].orig.as_str())))
    };
    // ("w/ Kofi Ansah-Byrne (BBC Leeds)": where the one just named is from, alone in brackets right
    // after their name; not "with Ana (and Bo)", nor "for Dad (Mr. Rashid Haddad)", who someone is.)
    i > 2
        && toks[i - 1].low == "("
        && toks.get(k).is_some_and(|n| n.low == ")")
        && !HONORIFICS.contains(&t.low.as_str())
        && toks[i - 2].capitalised()
        && toks[i - 3].capitalised()
        && !toks[i - 3].punct
        && named(i - 2)
        // ("w/ Dai Pritchard from the Trust": where the one named before is from; "Jory from the
        // Fish Producers Organisation": a body's name of more words, its last saying what it is.)
        || (k == i + 1
            || matches!(
                toks[k - 1].low.as_str(),
                "organisation" | "organization" | "association" | "society" | "federation" | "union" | "foundation"
                    | "institute" | "authority" | "agency" | "council" | "trust"
            ))
            && i > 2
            && toks[i - 1].low == "the"
            && toks[i - 2].low == "from"
            && toks[i - 3].capitalised()
            && !toks[i - 3].punct
            && named(i - 3)
        || bodies::body_they_are_from(toks, i, k, met)
        // ("with the welfare team and Jaden (Societies Officer)": the post of the one just named,
        // alone in brackets after their name; "w/ Kwame (PT)", a personal trainer.)
        || i > 1
            && toks[i - 1].low == "("
            && toks.get(k).is_some_and(|n| n.low == ")")
            && matches!(
                toks[k - 1].low.as_str(),
                "officer" | "manager" | "director" | "secretary" | "chair" | "lead" | "coordinator" | "captain"
                    | "president" | "treasurer" | "head" | "rep" | "representative" | "pt"
            )
            && toks[i - 2].capitalised()
            && named(i - 2)
}
