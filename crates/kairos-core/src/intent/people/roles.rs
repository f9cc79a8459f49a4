//! People named by what they do ("the night shift lead", "the food safety inspector"): in a list
//! of people, after a verb of calling, or as the subject of what only people do.

use super::super::lexer::Token;
use super::lists::PEOPLE_DO;
use super::names::{clause_ends, common_word};

/// Words naming someone by their post that end in none of the doer endings.
const POSTS: &[&str] = &[
    "lead",
    "rep",
    "chief",
    "clerk",
    "nurse",
    "vet",
    "medic",
    "intern",
    "trainee",
    "apprentice",
    "candidate",
    "physio",
    "landlord",
    "landlady",
    // "with Mr. Dariush Kamali and the site foreman".
    "foreman",
    "forewoman",
    "counsel",
    "cfo",
    "ceo",
    "cto",
    "coo",
    // "with Paolo and the van rental guy": one known by what they do or bring.
    "guy",
    "lady",
    // "with the hospice chaplain and Mrs. Leota": those of a faith's or a birth's care.
    "chaplain",
    "midwife",
    // "and the letting agent", "the lab tech from the cryo unit": one who acts for others or
    // keeps the machines going.
    "agent",
    "tech",
    // "the allotment secretary": one who keeps a club's or a body's papers.
    "secretary",
];

/// "with the ward clerk", "the letting agent": a post no thing is called (not "lead", which a
/// cable may be, nor "guy" or "lady", which need a describing word before them to name someone).
pub(super) fn held_post(t: &Token) -> bool {
    POSTS.contains(&t.low.as_str()) && !t.possessive && !matches!(t.low.as_str(), "lead" | "guy" | "lady")
}

/// "and the deputy head": a school's second in charge, "head" at `k` (not "the shower head").
pub(super) fn deputy_head(toks: &[Token], k: usize) -> bool {
    toks[k].low == "head" && k > 0 && matches!(toks[k - 1].low.as_str(), "deputy" | "assistant")
}

/// Verbs of getting in touch whose object is someone ("to ring the site foreman").
const CALLING: &[&str] = &["ring", "call", "phone"];

/// A word at `k` naming one who does something ("inspector", "supervisor", "chemist",
/// "technician") or a post ("lead").
pub(super) fn doer(toks: &[Token], k: usize) -> bool {
    let low = toks[k].low.as_str();
    // "my mum finally agreed": one's own kin, too.
    let kin = k > 0 && matches!(toks[k - 1].low.as_str(), "my" | "our") && super::names::KIN.contains(&low);
    // ("the trapdoor dropped shut", "the dance floor": a door or a floor, no one who does.)
    let place = ["door", "floor"].iter().any(|end| low.ends_with(end));
    !toks[k].possessive
        && !super::words::MACHINES.contains(&low)
        && !place
        && (low.len() > 4 && ["er", "or", "ist", "ian"].iter().any(|end| low.ends_with(end))
            || POSTS.contains(&low)
            || deputy_head(toks, k)
            || kin)
}

/// "the night shift lead", "the council planning officer": "the" at `i`, up to two describing
/// words and a doer, where `ends` says the words may end: the tokens taken and the role.
fn doer_role_at(toks: &[Token], used: &[bool], i: usize, ends: impl Fn(usize) -> bool) -> Option<(usize, String)> {
    owned_role_at(toks, used, i, &["the"], ends)
}

/// As [`doer_role_at`], after any of `determiners` ("my landlord", "our site foreman").
fn owned_role_at(
    toks: &[Token],
    used: &[bool],
    i: usize,
    determiners: &[&str],
    ends: impl Fn(usize) -> bool,
) -> Option<(usize, String)> {
    if !determiners.contains(&toks.get(i)?.low.as_str()) {
        return None;
    }
    // ("the workshop mechanic": a word for a kind of meeting may say where one works, before a
    // trade.)
    let workplace = |k: usize| {
        toks.get(k)
            .is_some_and(|t| !used[k] && super::words::MEETING_NOUNS.contains(&t.low.as_str()))
            && toks.get(k + 1).is_some_and(super::trades::trade)
    };
    // ("the soft play manager": a word that is no one's name alone may say, after another, what
    // the doer right after it runs.)
    let runs = |k: usize| {
        k > i + 1
            && k + 1 < toks.len()
            && !used[k]
            && super::names::name_like(&toks[k].low)
            && super::words::NOT_PEOPLE.contains(&toks[k].low.as_str())
            && doer(toks, k + 1)
    };
    let last = (i + 1..i + 4)
        .take_while(|&k| (common_word(toks, used, k) || workplace(k) || runs(k)) && !toks[k].possessive)
        .find(|&k| (doer(toks, k) || super::trades::trade(&toks[k])) && ends(k + 1))?;
    let words: Vec<&str> = toks[i + 1..=last].iter().map(|t| t.orig.as_str()).collect();
    Some((last + 1 - i, words.join(" ")))
}

/// "with Bo and the night shift lead": a role further down a list of people.
pub(super) fn listed_role_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    doer_role_at(toks, used, i, |k| clause_ends(toks, used, k))
}

/// "w/ the kreuzberg branch manager + sanjeet": "the", up to two describing words and a post that
/// only people hold, opening a list that goes on after it (not "w/ the gas sensor", "with the
/// tar boiler", things a doer's ending names).
pub(super) fn opening_post_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    // (Going on with someone: not "with the password manager and the vpn", "the hdmi lead and
    // adapter".)
    // ("cancel the kerb survey w/ the highways officer tomorow": or ending its clause, a post no
    // thing is called, not "manager" or "lead": "with the password manager".)
    let (len, role) = doer_role_at(toks, used, i, |k| {
        toks.get(k).is_some_and(|t| matches!(t.orig.as_str(), "+" | "&"))
            || toks.get(k).is_some_and(|t| t.low == "and") && toks.get(k + 1).is_some_and(Token::capitalised)
            || k > 0
                && matches!(
                    toks[k - 1].low.as_str(),
                    "officer" | "supervisor" | "director" | "coordinator" | "secretary" | "treasurer" | "chaplain"
                )
                && clause_ends(toks, used, k)
                // (Not a thing done with them: "I already sorted it with the compliance officer".)
                && !(i > 1 && (toks[i - 2].low == "it" || toks[i - 2].low.ends_with("ed")))
    })?;
    let post = toks[i + len - 1].low.as_str();
    matches!(
        post,
        "manager"
            | "supervisor"
            | "director"
            | "officer"
            | "coordinator"
            | "secretary"
            | "treasurer"
            | "lead"
            | "chaplain"
    )
    .then_some((len, role))
}

/// "with Mr. Haruto Ferreira and his bookkeeper": the post of someone just named, after "and"
/// and "his", "her" or "their", one more to meet.
pub(super) fn their_role_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    // ("my new client, Ms. Ifeoma Chukwu-Lindahl, and her marketing lead": the name set off by
    // commas, too.)
    let after_name = i > 1
        && toks[i - 1].low == "and"
        && (toks[i - 2].capitalised() && !toks[i - 2].punct
            || i > 2 && toks[i - 2].low == "," && toks[i - 3].capitalised() && !toks[i - 3].punct);
    // (A post or a trade only: not "Lena and her stroller", "Grandpa and his walker".)
    let post = |k: usize| {
        let low = toks[k].low.as_str();
        super::trades::trade(&toks[k])
            || POSTS.contains(&low)
            || matches!(
                low,
                "manager" | "assistant" | "secretary" | "supervisor" | "deputy" | "partner" | "colleague" | "boss"
            )
    };
    after_name
        .then(|| owned_role_at(toks, used, i, &["his", "her", "their"], |k| clause_ends(toks, used, k)))
        .flatten()
        .filter(|(len, _)| post(i + len - 1))
        // (Not "and her CTO, Rolf,": the post of the one named after it.)
        .filter(|(len, _)| {
            !(toks.get(i + len).is_some_and(|t| t.low == ",") && toks.get(i + len + 1).is_some_and(Token::capitalised))
        })
        // ("Mr. Anselm Rautenberg and his operations team": or their team, a word or none before it.)
        .or_else(|| {
            let team = (i + 1..i + 3).find(|&k| {
                toks.get(k)
                    .is_some_and(|t| matches!(t.low.as_str(), "team" | "staff" | "crew"))
                    && (i + 1..k).all(|j| common_word(toks, used, j) && !toks[j].possessive)
                    && clause_ends(toks, used, k + 1)
            })?;
            let words: Vec<&str> = toks[i + 1..=team].iter().map(|t| t.orig.as_str()).collect();
            // (Not in a sentence of what was done: "Had lunch with Jana and her team today. Book a
            // follow-up with Jana".)
            let sentence = crate::intent::lexer::sentence_of(toks, i);
            let told = toks[sentence.start..i]
                .iter()
                .any(|t| matches!(t.low.as_str(), "had" | "met" | "was" | "were" | "did" | "saw"));
            (after_name && !told && matches!(toks[i].low.as_str(), "his" | "her" | "their"))
                .then(|| (team + 1 - i, words.join(" ")))
        })
}

/// "to ring the site foreman", "where I could ring the insurance broker back": the role after a
/// verb of calling at `i` (after "to" or a modal), from the word after it.
pub(super) fn called_role_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    let calling = CALLING.contains(&toks[i].low.as_str())
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "to" | "could" | "can" | "will" | "i'll" | "should" | "must"
        );
    let ends = |k: usize| clause_ends(toks, used, k) || toks.get(k).is_some_and(|t| t.low == "back");
    calling.then(|| doer_role_at(toks, used, i + 1, ends)).flatten()
}

/// "the boiler engineer can't make …", "the safety auditor has asked …": a role opening a clause
/// (at `i`) as the subject of what only people do — asking, calling, withdrawing, or not being
/// able to make or do a time.
pub(super) fn subject_role_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    // "okay so the roofer called": a clause opens after a comma or a word that joins it on.
    if i > 0 && !toks[i - 1].punct && !matches!(toks[i - 1].low.as_str(), "so" | "and" | "but" | "okay" | "ok") {
        return None;
    }
    let people_do = |k: usize| {
        let word = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
        // "has finally agreed", "just rang".
        let has = usize::from(matches!(word(k), "has" | "have" | "had"));
        let adverb = usize::from(matches!(word(k + has), "finally" | "just" | "already" | "now"));
        let did = word(k + has + adverb);
        // (Not "the usher has pulled the plug out of the wall", a thing pulled out of another; "the
        // plumber has pulled a muscle" is someone.)
        let pulled_a_thing = did == "pulled"
            && matches!(
                word(k + has + adverb + 1),
                "the" | "a" | "an" | "my" | "his" | "her" | "their"
            )
            && word(k + has + adverb + 3) == "out"
            && word(k + has + adverb + 4) == "of";
        PEOPLE_DO.contains(&did) && !pulled_a_thing
            || matches!(did, "agreed" | "said" | "offered" | "told" | "wrote")
            // (Not "The candidate has replied with a very small word", a move in a game, or "with a
            // shrug"; "replied with a time" is someone who replied.)
            || did == "replied"
                && !(word(k + has + adverb + 1) == "with"
                    && (k + has + adverb + 2..k + has + adverb + 6).any(|j| {
                        matches!(word(j), "word" | "shrug" | "smile" | "nod" | "grin" | "laugh" | "wink")
                    }))
            || matches!(word(k), "can't" | "cant" | "cannot" | "couldn't")
                && matches!(word(k + 1), "make" | "do" | "come" | "attend")
            // ("when Priyanka Menon and the workshop mechanic can both do 2 hrs": two free together;
            // "When could Haruto and the allotment secretary both give me 30 minutes".)
            // (Of a trade or a post only: not "when the van and the trailer can both be picked up",
            // things with a doer's ending.)
            // ("Ms. Yael Ben-Ami and the Hebrew proofreader can both …": any doer after someone
            // named.)
            || k > 0
                && (super::trades::trade(&toks[k - 1]) || held_post(&toks[k - 1]) || {
                    let low = toks[k - 1].low.as_str();
                    low.len() > 4 && ["or", "ist", "ian"].iter().any(|end| low.ends_with(end))
                        || matches!(low, "officer" | "manager" | "teacher" | "leader" | "organiser" | "organizer" | "worker")
                        || i > 1 && toks[i - 1].low == "and" && toks[i - 2].capitalised() && !toks[i - 2].punct
                })
                && (matches!(word(k), "can" | "could") && word(k + 1) == "both"
                    || word(k) == "both" && matches!(word(k + 1), "give" | "do" | "make" | "meet" | "join" | "spare"))
    };
    // "A miss: the line stopped, everything held back, and the engineer called.": the last of the
    // things done, listed after a heading's colon, someone called, not calling.
    let done_to = |k: usize| {
        toks.get(k).is_some_and(|t| t.low == "called")
            && toks.get(k + 1).is_none_or(|t| matches!(t.low.as_str(), "." | ";"))
            && i > 1
            && toks[i - 1].low == "and"
            && toks[i - 2].low == ","
            && {
                let start = crate::intent::lexer::sentence_of(toks, i).start;
                toks[start..i].iter().any(|t| t.low == ":")
            }
            // (Not spoken of again: "…, and the electrician called. book him for a check".)
            && !toks[k..]
                .iter()
                .any(|t| matches!(t.low.as_str(), "him" | "her" | "he" | "she" | "them" | "they"))
    };
    // "My landlord finally agreed to come …": one's own landlord, as the subject, too.
    owned_role_at(toks, used, i, &["the", "my", "our"], |k| people_do(k) && !done_to(k))
}
