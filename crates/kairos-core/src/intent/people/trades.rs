//! Someone named by their trade or by what they are to the one asking ("the plumber", "book
//! dentist tues", "my therapist", "my mom"): read where a visit is booked, moved or reached, or a
//! meeting held with them, not wherever the word occurs.

use super::super::lexer::Token;
use super::names::{KIN, clause_ends, name_like, named_after_role, names_someone};
use super::words::{AFTER_NAME, HONORIFICS, MEETING_NOUNS};

/// "got the plumber to look at …", "get the electrician round", "Book the electrician", "book
/// dentist tues": a form of "get" (or a verb booking or calling off a visit) at `i`, "the" (which
/// a booking verb may drop) and a trade; the tokens taken and the trade.
pub(super) fn fetched_trade(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    let gets = matches!(toks[i].low.as_str(), "get" | "got" | "getting");
    // "Book the electrician for Wednesday", "cancel the dentist on the 11th": the visit of a
    // trade, booked or called off.
    let visits = matches!(
        toks[i].low.as_str(),
        "book" | "cancel" | "move" | "reschedule" | "meeting" | "meet" | "see" | "push" | "shift" | "bump" | "postpone"
    );
    // "I won't make it to the physio on Tuesday": the visit one goes or gets to.
    let reached = toks[i].low == "to"
        && toks[..i].iter().rev().take(2).any(|t| {
            matches!(
                t.low.as_str(),
                "make" | "get" | "go" | "come" | "making" | "getting" | "going" | "coming"
            )
        });
    let visits = visits || reached;
    // "book dentist tues 3:30": a booking verb may go without "the".
    // "when can i meet my landlord": one's own trade, met or seen.
    let own = matches!(toks[i].low.as_str(), "meet" | "see")
        && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "my" | "our"));
    let the = toks.get(i + 1).is_some_and(|t| t.low == "the") || own;
    // "resched dentist (Dec 1, 9am) -> Dec 16 9am": or moving it.
    let bare = matches!(toks[i].low.as_str(), "book" | "cancel" | "resched" | "reschedule") && i + 1 < toks.len();
    if !(the || bare) {
        return None;
    }
    let first = i + 1 + usize::from(the);
    // "Book the piano tuner": one word may say which trade.
    let described = usize::from(
        !toks.get(first).is_some_and(trade)
            && toks.get(first).is_some_and(|t| {
                !t.punct
                    && !t.capitalised()
                    && name_like(&t.low)
                    && !AFTER_NAME.contains(&t.low.as_str())
                    && t.low != "with"
            })
            && toks.get(first + 1).is_some_and(trade),
    );
    let at = first + described;
    let trade_at = toks.get(at).is_some_and(trade) && !used[at];
    let comes = toks
        .get(at + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "to" | "in" | "round" | "over" | "out"));
    // Not "the plumber, Gianni," or "dentist dr. nakamura" or "the dentist with Dr Moretti", "the
    // physio with Jarrah" (the name is who is met; after "with", only a name with its title or a
    // clinician's: "the plumber with Ana to let him in", "the vet with Rex", "the dentist with Mum"
    // meet both) nor "the
    // dentist appointment", "the dentist thing" (what kind of appointment).
    let named = toks.get(at + 1).is_some_and(|t| t.low == ",")
        && toks
            .get(at + 2)
            .is_some_and(|t| names_someone(t) || HONORIFICS.contains(&t.low.as_str()))
        || toks.get(at + 1).is_some_and(|t| t.low == "with")
            && toks.get(at + 2).is_some_and(|t| {
                HONORIFICS.contains(&t.low.as_str())
                    || clinician(&toks[at]) && names_someone(t) && !KIN.contains(&t.low.as_str())
            })
        || toks
            .get(at + 1)
            .is_some_and(|t| !used[at + 1] && (names_someone(t) || HONORIFICS.contains(&t.low.as_str())))
        // "move the cleaner pemba from sat": or a lowercase name after it.
        || named_after_role(toks, used, at + 1);
    let describes = toks.get(at + 1).is_some_and(describes_visit);
    // `trade_at` holds only when the trade's word exists, so the words up to it do.
    (trade_at && !named && !describes && (the && gets && comes || visits)).then(|| {
        let words: Vec<&str> = toks[first..=at].iter().map(|t| t.orig.as_str()).collect();
        (at + 1 - i, words.join(" "))
    })
}

/// "the dentist on the 3rd at 8:15 - can u push it …": a sentence opening with "the" and a trade
/// at `i`, then the day or hour of its visit, names the visit by whom it is with; the tokens
/// taken and the trade.
pub(super) fn dated_trade(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    let opens = (i == 0 || toks[i - 1].punct) && toks[i].low == "the";
    let at = i + 1;
    let when = |k: usize| toks.get(k).is_some_and(|t| !t.punct) && used[k];
    let dated = when(at + 1) || toks.get(at + 1).is_some_and(|t| matches!(t.low.as_str(), "on" | "at")) && when(at + 2);
    (opens && toks.get(at).is_some_and(trade) && !used[at] && dated).then(|| (2, toks[at].orig.clone()))
}

/// "a video call with my mom on Sunday", "an hour with my therapist", "the 1:1 with my manager":
/// after what the meeting is and "with", one's own kin, trade or post at `i` ("my" and the word)
/// ending the list is the one met (not "stuck at the hospital with my dad", where nothing is met);
/// the tokens taken and the word.
pub(super) fn own_kin_at(toks: &[Token], used: &[bool], i: usize, met: bool) -> Option<(usize, String)> {
    let kin = toks.get(i + 1)?;
    // "an hour with my therapist": one's own trade, too.
    (met && matches!(toks.get(i)?.low.as_str(), "my" | "our")
        && !used[i + 1]
        && (KIN.contains(&kin.low.as_str()) || trade(kin) || super::roles::doer(toks, i + 1))
        // Not "with my landlord, Mr. Okafor," or "our intern (Bram)": the name after is who is met.
        && !(toks.get(i + 2).is_some_and(|t| matches!(t.low.as_str(), "," | "("))
            && toks.get(i + 3).is_some_and(names_someone))
        && !kin.possessive
        && clause_ends(toks, used, i + 2))
    .then(|| (2, kin.orig.clone()))
}

/// "with the electrician?": a trade alone after "with the" at `i`, unless a name follows it ("the
/// builder, Sean Doyle") or one is booked in with it as a client ("book me in with the dentist").
pub(super) fn lone_trade(toks: &[Token], i: usize) -> bool {
    let named = toks.get(i + 2).is_some_and(|t| t.low == ",") && toks.get(i + 3).is_some_and(names_someone);
    let booked_in = i > 1 && toks[i - 1].low == "with" && toks[i - 2].low == "in";
    toks.get(i + 1).is_some_and(trade) && !named && !booked_in
}

/// "appointment", "visit", "thing" after a trade: what kind of appointment ("the dentist thing").
pub(super) fn describes_visit(t: &Token) -> bool {
    matches!(
        t.low.as_str(),
        "appointment" | "appointments" | "visit" | "check-up" | "checkup" | "thing"
    ) || MEETING_NOUNS.contains(&t.low.as_str())
}

/// Those who treat people, seen by name ("the physio with Jarrah").
fn clinician(t: &Token) -> bool {
    matches!(
        t.low.as_str(),
        "physio"
            | "physiotherapist"
            | "dentist"
            | "hygienist"
            | "osteopath"
            | "chiropractor"
            | "optician"
            | "optometrist"
            | "audiologist"
            | "therapist"
            | "counsellor"
            | "counselor"
            | "podiatrist"
            | "doctor"
            | "gp"
    )
}

/// Trades and professions named by one word ("electrician", "dentist", "plumber"): someone,
/// never a thing, even alone after "with the".
pub(super) fn trade(t: &Token) -> bool {
    const TRADES: &[&str] = &[
        "plumber",
        "builder",
        "roofer",
        "carpenter",
        "joiner",
        "glazier",
        "gardener",
        "caterer",
        "surveyor",
        "accountant",
        "solicitor",
        "lawyer",
        "landlord",
        "landlady",
        "contractor",
        "decorator",
        "locksmith",
        "mechanic",
        "architect",
        "engineer",
        "landscaper",
        "photographer",
        "notary",
        "recruiter",
        "physio",
        "fitter",
        "tuner",
        "stonemason",
        "scaffolder",
        // "w/ the tree surgeon + the conservation officer".
        "surgeon",
        "plasterer",
        "bricklayer",
        "groomer",
        // "w/ ravindu + the groundsman": who keeps the grounds, the building or does odd jobs.
        "groundsman",
        "groundskeeper",
        "caretaker",
        "handyman",
        "janitor",
        "coordinator",
        "inspector",
        "bookkeeper",
        "babysitter",
        "childminder",
        "nanny",
        "cleaner",
        "tutor",
        "dentist",
        "audiologist",
        "optician",
        "hairdresser",
        "barber",
        "vet",
        "veterinarian",
        // "w the sparky dave", "the chippy": an electrician and a joiner, as the trades say.
        "sparky",
        "sparkie",
        "chippy",
        "brickie",
        "tiler",
    ];
    let low = t.low.as_str();
    // "playlist", "checklist": a list, no one.
    let list = ["playlist", "checklist", "wishlist", "shortlist", "setlist", "waitlist"]
        .iter()
        .any(|l| low.ends_with(l));
    !t.possessive
        && (low.len() > 6 && (low.ends_with("ician") || low.ends_with("ist") && !list) || TRADES.contains(&low))
}
