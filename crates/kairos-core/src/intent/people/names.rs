//! Names as written: capitalised words (with particles such as "van der"), a lone lowercase
//! word or a role ("the landlord") where a name is expected, and requests written all in
//! capitals.

use super::super::dates::{MONTHS, weekday, weekday_span};
use super::super::lexer::{Token, starts_with};
use super::trades::{lone_trade, trade};
use super::words::{
    AFTER_NAME, GROUP_WORDS, HONORIFICS, INSTRUMENTS, INTERJECTIONS, MEETING_LEADS, MEETING_NOUNS, NOT_NAMES,
    NOT_PEOPLE, PARTICLES, PERSON_VERBS, ROLE_HEADS, SCENE_STATES, SUBJECT_VERBS, TALKED_INTO,
};

/// A name starts at `i`: a capitalised word, or particles leading to one ("van der Berg").
pub(super) fn name_start(toks: &[Token], used: &[bool], i: usize) -> bool {
    let mut k = i;
    // "my cousin Joaquín": after "my", the kin word says who they are to one, not their name.
    let own = i > 0 && matches!(toks[i - 1].low.as_str(), "my" | "our" | "his" | "her");
    while k < toks.len()
        && !used[k]
        && PARTICLES.contains(&toks[k].low.as_str())
        && !toks[k].capitalised()
        && !(own && KIN.contains(&toks[k].low.as_str()))
    {
        k += 1;
    }
    // "bk van MOT w/ Jürgen": a particle before a word in capitals is a thing's word, an acronym
    // after it, no name ("van der Berg" has its name in lowercase or capitalised).
    // (Opening the name, after no capitalised word: not "Jan de VRIES", a surname in capitals.)
    if k > i
        && (i == 0 || !toks[i - 1].capitalised() || toks[i - 1].punct)
        && toks
            .get(k)
            .is_some_and(|t| t.orig.chars().count() >= 2 && t.orig.chars().all(|c| c.is_ascii_uppercase()))
    {
        return false;
    }
    // "go ahead with option B", "plan C": a letter naming one of the choices offered (not "Plan B
    // Consulting", a firm's name).
    let choice = toks.get(k).is_some_and(|t| t.orig.chars().count() == 1)
        && k > 0
        && matches!(
            toks[k - 1].low.as_str(),
            "option" | "options" | "plan" | "choice" | "version" | "proposal" | "variant"
        )
        && toks.get(k + 1).is_none_or(|t| !t.capitalised());
    // "the crate of Sevilles", "a bag of Maris Pipers": what a measure holds, a thing (its words
    // after the first too; not "the box of Ana's books", whose owner is someone).
    let mut of = k;
    while of > 0 && toks[of - 1].capitalised() && !toks[of - 1].possessive {
        of -= 1;
    }
    let held = of > 1
        && toks.get(k).is_some_and(|t| !t.possessive)
        && toks[of - 1].low == "of"
        && matches!(
            toks[of - 2].low.as_str(),
            "crate"
                | "crates"
                | "box"
                | "boxes"
                | "bag"
                | "bags"
                | "sack"
                | "sacks"
                | "jar"
                | "jars"
                | "tin"
                | "tins"
                | "bottle"
                | "bottles"
                | "case"
                | "punnet"
                | "punnets"
                | "basket"
                | "tray"
                | "packet"
                | "carton"
                | "barrel"
                | "kilo"
        );
    // "a strike in the port of Rotterdam", "the city of Cork": a place's name after what it is.
    let place_of = of > 2
        && toks[of - 1].low == "of"
        && toks[of - 3].low == "the"
        && matches!(
            toks[of - 2].low.as_str(),
            "port"
                | "city"
                | "town"
                | "village"
                | "county"
                | "isle"
                | "island"
                | "state"
                | "province"
                | "region"
                | "borough"
        );
    // "he's away to Lourdes", "is coming to Berlin": where one goes, no one met (not "talk to
    // Ana", "send it to Ana", "coming to Ana's").
    // ("Dim sum near Hauptbahnhof": or near it; "the maid wants to go Truro": or gone to with no
    // "to", as the West Country says it.)
    let where_one_goes = of > 1
        && toks.get(k).is_some_and(|t| !t.possessive)
        && (toks[of - 1].low == "go" && toks[of - 2].low == "to"
            || toks[of - 1].low == "to"
                && matches!(
                    toks[of - 2].low.as_str(),
                    "away"
                        | "gone"
                        | "going"
                        | "coming"
                        | "flying"
                        | "flown"
                        | "travelling"
                        | "traveling"
                        | "heading"
                        | "relocating"
                )
            || toks[of - 1].low == "near");
    k < toks.len()
        && !used[k]
        && !choice
        && !held
        && !place_of
        && !where_one_goes
        && (is_name_word(&toks[k]) || titled_name(toks, used, k) || styled(toks, k))
        && !opening_preposition(toks, k)
}

/// A visit one is taken to for care, health or grooming ("test", "jab", "chiropody", "appt").
fn care_visit(low: &str) -> bool {
    matches!(
        low,
        "test"
            | "check-up"
            | "checkup"
            | "dental"
            | "vaccination"
            | "vaccinations"
            | "jab"
            | "jabs"
            | "booster"
            | "spay"
            | "neuter"
            | "haircut"
            | "trim"
            | "groom"
            | "grooming"
            | "scan"
            | "x-ray"
            | "injection"
            | "chiropody"
            | "pedicure"
            | "appointment"
            | "appt"
            | "physio"
            | "dentist"
            | "optician"
            | "vet"
            // "book Pepper's bath n nail clip": a pet's grooming.
            | "bath"
            // "Hamid's speech therapy w/ Ms. Ellery".
            | "therapy"
            // "Rafa's tutoring with Ms. Ilunga".
            | "tutoring"
            | "tuition"
    )
}

/// "book Grandad's hearing test with the audiologist", "can you book Biscuit's dental with Mr. Ó
/// Briain": a name (at `i`, ending before `k`) in the possessive right after a verb booking or
/// calling off a visit, the visit named by a word or two and then held "with" someone, is whose
/// visit it is, not someone to meet (not "book Ana's 1:1 with Bo", a meeting of hers; nor "book a
/// haircut with Ana's sister").
pub(super) fn client_of_visit(toks: &[Token], i: usize, k: usize) -> bool {
    // (Only a visit one is taken to, for care, health or grooming: not "cancel Priya's onboarding
    // with me", "book Ana's handover with Bo", meetings of theirs; nor "with me" or "with us",
    // where the name is who is met.)
    let visit = |t: &Token| care_visit(&t.low);
    // ("Mila's MMR jab": a short form in capitals may say which.)
    let plain = |t: &Token| !t.punct && (!t.capitalised() && name_like(&t.low) || super::acronym(t));
    let with_other = |w: usize| {
        toks.get(w).is_some_and(|t| matches!(t.low.as_str(), "with" | "w/"))
            && !toks.get(w + 1).is_some_and(|t| matches!(t.low.as_str(), "me" | "us"))
    };
    // ("book little Aziz's assessment with the SLT": a child's, said fondly, an assessment too;
    // not "book Ana's performance assessment with Bo".)
    let little = usize::from(i > 1 && toks[i - 1].low == "little");
    let visit = |t: &Token| visit(t) || little == 1 && t.low == "assessment";
    // ("book Pippa's swimming assessment with Mr. Halloran": a lesson or an assessment in a sport
    // is a child's, too; not "Ana's performance assessment".)
    // (A sport's only: not "Priya's coding assessment", "Jonas's hiring trial".)
    let lesson = |e: usize| {
        e > k
            // ("book Ines's first karate grading with her instructor": a grading too.)
            && matches!(
                toks[e].low.as_str(),
                "assessment" | "lesson" | "lessons" | "trial" | "grading" | "exam"
            )
            && matches!(
                toks[e - 1].low.as_str(),
                "swimming"
                    | "riding"
                    | "driving"
                    | "skating"
                    | "climbing"
                    | "sailing"
                    | "diving"
                    | "skiing"
                    | "dancing"
                    | "boxing"
                    | "pitching"
                    | "rowing"
                    | "fencing"
                    | "surfing"
                    | "ballet"
                    | "tennis"
                    | "football"
                    | "gymnastics"
                    | "judo"
                    | "karate"
                    // ("cancel Oskar's trumpet lesson with Mr. Fitzgibbon": an instrument's, too.)
                    | "piano"
                    | "violin"
                    | "cello"
                    | "guitar"
                    | "trumpet"
                    | "flute"
                    | "clarinet"
                    | "saxophone"
                    | "drum"
                    | "drums"
                    | "singing"
            )
    };
    // ("can you book, um, Pippa's …": a pause's comma between, too.)
    let comma = usize::from(i > little + 1 && toks[i - 1 - little].low == ",");
    // ("pls drop Hamid's speech therapy w/ Ms. Ellery": calling it off in a word; "Can Rafa's
    // tutoring with Ms. Ilunga … move …?": or asked of, opening a question.)
    let verb = i > little + comma
        && (matches!(toks[i - 1 - little - comma].low.as_str(), "book" | "cancel" | "drop")
            // ("put Grandad's hearing aid fitting with …": "put" too, of someone not named by a title:
            // not "put Dr. Obi's checkup with Ana in", the one who gives it.)
            || toks[i - 1 - little - comma].low == "put" && !HONORIFICS.contains(&toks[i].low.as_str())
            || matches!(toks[i - 1].low.as_str(), "can" | "could")
                && (i == 1 || matches!(toks[i - 2].low.as_str(), "." | "!" | "?"))
                // (A child by their first name: not "Can Ms Ilunga's tutoring with Rafa …", the
                // tutor's.)
                && !HONORIFICS.contains(&toks[i].low.as_str()));
    // ("Pepper's bath n nail clip at Pfotenglück w/ Dilara": up to four words naming the visit,
    // and where it is before who gives it.)
    let given = |w: usize| {
        with_other(w)
            || starts_with(toks, w, &["at"])
                && (w + 2..toks.len().min(w + 5))
                    .take_while(|&p| toks[p - 1].capitalised() && !toks[p - 1].punct)
                    .any(with_other)
    };
    // (The visit among the words, who gives it right after them: "bath n nail clip at …".)
    // ("book, uh, Jasper's, um, eye test with …": a pause's comma after the name, too.)
    let possessive = toks[k - 1].possessive;
    let k = k + usize::from(starts_with(toks, k, &[","]));
    let words = (k..toks.len().min(k + 4))
        .take_while(|&e| {
            plain(&toks[e]) && !matches!(toks[e].low.as_str(), "with" | "w/" | "at")
                || matches!(toks[e].low.as_str(), "&" | "+")
        })
        .last();
    verb && possessive
        && words.is_some_and(|end| {
            given(end + 1)
                // ("cancel dad's hearing check w/ Ms Abiodun": a check of something, too.)
                && (k..=end).any(|e| {
                    visit(&toks[e])
                        || lesson(e)
                        // ("book Mum's hearing aid fitting", "cancel Leni's brace adjustment": an aid
                        // fitted or adjusted; not "Ana's salary adjustment", "Ana's dress fitting".)
                        || e > k
                            && matches!(toks[e].low.as_str(), "fitting" | "adjustment")
                            && matches!(
                                toks[e - 1].low.as_str(),
                                "aid" | "aids" | "brace" | "braces" | "glasses" | "retainer" | "lens" | "lenses" | "wheelchair"
                            )
                        // (Of the body's care only: not "Ana's budget check", "Tom's code check".)
                        || e > k
                            && e == end
                            && toks[e].low == "check"
                            && matches!(
                                toks[e - 1].low.as_str(),
                                "hearing" | "eye" | "sight" | "health" | "blood" | "vision" | "ear" | "skin" | "dental"
                            )
                })
        })
}

/// "could you tell me what Dr. Ilunga has on Monday", "what does Ms. Rao have between 8 and 12":
/// the name (at `i`, ending before `k`) whose diary is asked about, no one to meet.
pub(super) fn whose_day_asked(toks: &[Token], i: usize, k: usize) -> bool {
    let does = usize::from(i > 1 && toks[i - 1].low == "does");
    // (Someone named with their title, asked about and not met after: not "check what Ana has on
    // Friday and book us lunch", "… then book me 30 min with her", "what Mr. Hale has on Friday
    // clashes with our review".)
    let asked = toks[k..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | "!"))
        .any(|t| t.low == "?")
        || (i.saturating_sub(5)..i).any(|j| matches!(toks[j].low.as_str(), "tell" | "show" | "know"));
    // ("… on Thursday 7 January? I'm her assistant.": "her" before whose post one holds, no one
    // met.)
    let met_after = (k..toks.len()).any(|j| {
        matches!(toks[j].low.as_str(), "him" | "them" | "both" | "us")
            || toks[j].low == "her"
                && !toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "assistant" | "pa" | "ea" | "secretary"))
    });
    HONORIFICS.contains(&toks[i].low.as_str())
        && asked
        && !met_after
        && i > does
        && toks[i - 1 - does].low == "what"
        && toks
            .get(k)
            .is_some_and(|t| t.low == if does == 1 { "have" } else { "has" })
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "on" | "between" | "from"))
}

/// "whether we should buy a rail of small suits for children, so that …": people a thing is made
/// for (at `i`), after "for" and the things in the plural, closing the clause, no one to meet (not
/// "a session for children", "time for kids", "lunch for the children", held or kept for them).
pub(super) fn things_for(toks: &[Token], i: usize) -> bool {
    i > 1
        && toks[i - 1].low == "for"
        && matches!(
            toks[i].low.as_str(),
            "children" | "kids" | "adults" | "beginners" | "visitors" | "pupils" | "toddlers" | "babies"
        )
        && {
            let thing = &toks[i - 2];
            !thing.punct
                && !thing.capitalised()
                && thing.low.len() > 3
                && thing.low.ends_with('s')
                && !MEETING_NOUNS.contains(&thing.low.as_str())
                && !super::words::DELIVERED.contains(&thing.low.as_str())
                && !super::super::durations::is_length(&thing.low)
                && !matches!(
                    thing.low.as_str(),
                    "slots" | "times" | "sessions" | "classes" | "lessons"
                )
        }
        && toks
            .get(i + 1)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "so" | "and" | "to"))
}

/// "to hand over keys + Biscuit's food", "to talk thru Leni's brace options,": a name (at `i`,
/// ending before `k`) in the possessive before a thing or two of theirs closing the clause is
/// whose the things are, no one to meet (not "with Ana's team", "Bo's assistant", "at Ana's
/// place", people or a place).
pub(super) fn things_of(toks: &[Token], i: usize, k: usize) -> bool {
    let thing = |t: &Token| {
        !t.punct
            && !t.capitalised()
            && name_like(&t.low)
            && !KIN.contains(&t.low.as_str())
            && !MEETING_NOUNS.contains(&t.low.as_str())
            && !super::trades::trade(t)
            && !super::roles::held_post(t)
            && !GROUP_WORDS.contains(&t.low.as_str())
            && !matches!(
                t.low.as_str(),
                "place"
                    | "house"
                    | "home"
                    | "flat"
                    | "office"
                    | "parents"
                    | "kids"
                    | "children"
                    | "assistant"
                    | "secretary"
                    | "lawyer"
                    | "lawyers"
                    | "staff"
                    | "family"
                    | "and"
                    | "or"
                    | "at"
                    | "on"
                    | "in"
                    | "with"
                    | "to"
                    | "for"
            )
            && !care_visit(&t.low)
    };
    let words = toks[k..].iter().take_while(|t| thing(t)).count();
    // (Things, not someone of theirs: not "Ben + Tom's flatmate", "Jamie's deputy".)
    let things = words > 0
        && matches!(
            toks[k + words - 1].low.as_str(),
            "food"
                | "lead"
                | "leash"
                | "keys"
                | "bed"
                | "toys"
                | "meds"
                | "medication"
                | "options"
                | "forms"
                | "stuff"
                | "things"
                | "paperwork"
                | "passport"
                | "kit"
                | "homework"
                | "notes"
                | "crate"
                | "bowl"
                | "coat"
                | "glasses"
                | "retainer"
                | "bag"
                | "bags"
        );
    // (Handed over or talked through, in a list of things: not "Amara's poorly so …", "Zainab's
    // sick", how someone is.)
    let handled = i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "+" | "&" | "and" | "thru" | "through" | "over" | "about" | "re" | "discuss"
        );
    k > i
        && handled
        && things
        && toks[k - 1].possessive
        && (1..=2).contains(&words)
        && toks.get(k + words).is_none_or(|t| t.punct)
}

/// "I'll be away on the choir's Vienna tour": a town naming a tour or a trip, no one.
pub(super) fn names_a_tour(toks: &[Token], i: usize, k: usize) -> bool {
    // (After whose tour it is: not "Can Priya tour the lab", "with Marco tour planning".)
    i > 0
        && (toks[i - 1].possessive || matches!(toks[i - 1].low.as_str(), "the" | "our" | "my" | "their"))
        && toks
            .get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "tour" | "tours" | "trip" | "trips"))
}

/// "grooming w/ Mirela, Bruno's got a vet op": a name in the possessive (at `i`, ending before
/// `k`) after a comma, before "got" and a visit or an illness, is a clause of its own saying why,
/// no one more to meet (not "w/ Mirela, Bruno's got the slides").
pub(super) fn got_a_reason(toks: &[Token], i: usize, k: usize) -> bool {
    // (The visit or illness closing what they have got, and nothing after it saying they come:
    // not "Bo's got the vet report", "Bo's got a scan at 9 but wants to join", "Bo's got the test
    // results so he should come too".)
    let clause: Vec<&Token> = toks.iter().skip(k + 1).take_while(|t| !t.punct).collect();
    let reason = clause.iter().take(4).enumerate().any(|(n, t)| {
        (care_visit(&t.low)
            || matches!(
                t.low.as_str(),
                "op" | "operation" | "surgery" | "cold" | "flu" | "fever" | "bug" | "virus"
            ))
            && clause
                .get(n + 1)
                .is_none_or(|next| matches!(next.low.as_str(), "at" | "on" | "today" | "tomorrow" | "so"))
    });
    let comes_anyway = clause.iter().any(|t| {
        matches!(
            t.low.as_str(),
            "but" | "wants" | "needs" | "should" | "join" | "come" | "coming" | "still"
        )
    });
    i > 0
        && toks[i - 1].low == ","
        && toks[k - 1].possessive
        && starts_with(toks, k, &["got"])
        && reason
        && !comes_anyway
}

/// "w/ the goalies, pitch is frozen": a word after a comma said to be in a state that stops what
/// was planned (frozen, flooded, shut) is a thing, its clause of its own, no one more listed.
fn in_a_state(toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i - 1].low == ","
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "is" | "was" | "'s"))
        && toks.get(i + 2).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                // (Not "blocked" or "booked": "jess is blocked all morning", someone busy.)
                "frozen" | "flooded" | "waterlogged" | "icy" | "shut" | "closed" | "unplayable"
            )
        })
}

/// "the meeting with Thabo's teacher, Mrs. Van Heerden,": a name (at `i`, ending before `k`) in the
/// possessive before someone's post and the one who holds it, set off by a comma, is whose post
/// it is; the holder is met, not them.
pub(super) fn post_holders(toks: &[Token], i: usize, k: usize) -> bool {
    let post = |t: &Token| {
        trade(t)
            || matches!(
                t.low.as_str(),
                "teacher"
                    | "tutor"
                    | "coach"
                    | "gp"
                    | "doctor"
                    | "nurse"
                    | "therapist"
                    | "consultant"
                    | "headteacher"
                    | "manager"
                    | "secretary"
                    | "assistant"
                    | "boss"
                    | "carer"
                    | "keyworker"
            )
    };
    k > i
        && toks[k - 1].possessive
        && toks.get(k).is_some_and(post)
        && starts_with(toks, k + 1, &[","])
        && toks
            .get(k + 2)
            .is_some_and(|t| HONORIFICS.contains(&t.low.as_str()) || t.capitalised() && !t.punct)
}

/// "the Christmas rota for Grandma's care", "for Noa's one-year check": a name (at `i`, ending
/// before `k`) after "for", in the possessive before the care or check it is for (a word or two
/// on), is whose care it is, not someone to meet (not "for Ana's review", a meeting of hers).
pub(super) fn cared_for(toks: &[Token], i: usize, k: usize) -> bool {
    // (Care itself ending its phrase, or a child's check or jab said by its age: not "Ana's
    // customer care training", "Tom's sanity check", "Maria's booster talk".)
    let ends = |j: usize| {
        toks.get(j).is_none_or(|t| {
            t.punct
                || matches!(
                    t.low.as_str(),
                    "on" | "at" | "in" | "next" | "this" | "tomorrow" | "with" | "and"
                )
        })
    };
    let care = |j: usize| {
        toks.get(j).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "care" | "check-up" | "checkup" | "jab" | "jabs" | "vaccination" | "vaccinations"
            )
            // "book Svenja for Pepper's groom": a pet's grooming too (not "30 min for Ana's
            // haircut with me", the one asking giving it).
            || matches!(t.low.as_str(), "groom" | "grooming" | "haircut" | "trim")
                && !(starts_with(toks, j + 1, &["with", "me"]) || starts_with(toks, j + 1, &["with", "us"]))
        }) && ends(j + 1)
    };
    let aged = toks
        .get(k)
        .is_some_and(|t| ["-year", "-month", "-week"].iter().any(|age| t.low.contains(age)))
        && toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "check" | "check-up" | "checkup" | "review" | "jab" | "jabs"
            )
        })
        && ends(k + 2);
    // ("for Luna's booster jab": a word saying which jab before it.)
    let which_jab = toks.get(k).is_some_and(|t| !t.punct) && care(k + 1);
    // ("resched thu 17th 9:15 vet check for Pepper w/ Dr Fonoti": or the visit named before "for",
    // who gives it after.)
    let visit_before = i > 2
        && (care_visit(&toks[i - 2].low)
            || toks[i - 2].low == "check"
                && matches!(
                    toks[i - 3].low.as_str(),
                    "vet" | "eye" | "hearing" | "dental" | "health" | "sight"
                ))
        && !toks[k - 1].possessive
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "with" | "w/"));
    i > 0 && toks[i - 1].low == "for" && (toks[k - 1].possessive && (care(k) || which_jab || aged) || visit_before)
}

/// "Note from Ms. Valentina Okonedo-Reyes's office: her 10:00 …": a name (at `i`, ending before
/// `k`) whose office a note comes from, heading the request, is whom the one writing works for,
/// not someone met.
pub(super) fn note_from_office(toks: &[Token], i: usize, k: usize) -> bool {
    let heads = i == 1
        || i == 2
            && matches!(
                toks[0].low.as_str(),
                "note" | "message" | "email" | "e-mail" | "request"
            );
    // (Whose meetings are spoken of after, "her 10:00": not "Note from Dr. Patel's office: my root
    // canal …", the one writing their patient.)
    let theirs_after = toks[k..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
        .any(|t| matches!(t.low.as_str(), "her" | "his" | "their"));
    heads
        && theirs_after
        && toks[i - 1].low == "from"
        && toks[k - 1].possessive
        && starts_with(toks, k, &["office"])
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), ":" | "," | "-" | "\u{2014}" | "."))
}

/// "The school sent a letter home with Ada.": a name (at `i`) after "home with", where something
/// was sent or brought home, is the child who carried it, not someone met (not "dinner at home
/// with Ada", a meeting; nor "came home with Tom", someone come with: a thing sent or brought
/// between the verb and "home").
pub(super) fn carried_home(toks: &[Token], i: usize) -> bool {
    i > 3
        && matches!(toks[i - 1].low.as_str(), "with" | "w/")
        && toks[i - 2].low == "home"
        && (i.saturating_sub(7)..i - 3)
            .rev()
            .take_while(|&j| !toks[j].punct)
            .any(|j| matches!(toks[j].low.as_str(), "sent" | "sends" | "brought" | "brings"))
}

/// "I swapped shift with Grace", "trying 2 swap a shift w/ Raj": whom a shift is swapped with (the
/// name at `i`), the reason told, no one met.
pub(super) fn swapped_with(toks: &[Token], i: usize) -> bool {
    // (Swapped already, or being tried, a shift right before "with", no one met after: not "a
    // quick call to swap nights with Priya", "Swap the duty briefing with Sam", "swap shifts with
    // Raj then meet him".)
    let tried = |j: usize| {
        toks[j].low == "swap"
            && j > 1
            && matches!(toks[j - 1].low.as_str(), "to" | "2")
            && matches!(toks[j - 2].low.as_str(), "trying" | "try")
    };
    i > 3
        && toks[i - 1].low == "with"
        && matches!(toks[i - 2].low.as_str(), "shift" | "shifts")
        && (i.saturating_sub(5)..i - 2)
            .any(|j| (toks[j].low == "swapped" || tried(j)) && toks[j + 1..i - 1].iter().all(|t| !t.punct))
        && !toks[i..]
            .iter()
            .any(|t| matches!(t.low.as_str(), "him" | "her" | "them"))
}

/// "Our cat Mochi has been off her food": a pet named after what it is and whose it is, no one
/// met (not "my cousin Mochi", someone); "a dental for Bramble the cocker spaniel": or before
/// "the" and what it is (not "Ivan the Terrible", "Alfred the Great").
pub(super) fn pet_named(toks: &[Token], i: usize, k: usize) -> bool {
    const PETS: &[&str] = &[
        "cat", "dog", "puppy", "kitten", "rabbit", "hamster", "pony", "horse", "parrot", "budgie", "tortoise",
    ];
    const BREEDS: &[&str] = &[
        "spaniel",
        "labrador",
        "retriever",
        "terrier",
        "collie",
        "poodle",
        "cockapoo",
        "dachshund",
        "beagle",
        "whippet",
        "lurcher",
        "greyhound",
        "pug",
        "moggy",
        "tabby",
    ];
    // (The animal closing the phrase: not "Ana the dog walker", "Kate the cat sitter", someone by
    // what they do.)
    let the_animal = starts_with(toks, k, &["the"])
        && (k + 1..toks.len().min(k + 4))
            .take_while(|&j| !toks[j].punct && !toks[j].capitalised())
            .any(|j| {
                [PETS, BREEDS].iter().any(|list| list.contains(&toks[j].low.as_str()))
                    && toks.get(j + 1).is_none_or(|n| {
                        n.punct
                            || matches!(
                                n.low.as_str(),
                                "with" | "on" | "at" | "for" | "to" | "and" | "is" | "was" | "has" | "needs" | "in"
                            )
                    })
            });
    the_animal
        || k == i + 1
            && i > 1
            && PETS.contains(&toks[i - 1].low.as_str())
            && matches!(toks[i - 2].low.as_str(), "my" | "our" | "his" | "her" | "their")
}

/// "about moving Pip up a group": a name (at `i`, ending before `k`) moved up or down a group,
/// class or level is the child it is about, not someone met.
pub(super) fn moved_up_a_group(toks: &[Token], i: usize, k: usize) -> bool {
    // (Up or down "a" group, a word or none between: not "move Tom up, class at 4 clashes", a
    // meeting with them moved; nor "… and book a check-in with her", met after.)
    let met_after = toks[k..]
        .windows(2)
        .any(|w| matches!(w[0].low.as_str(), "with" | "w/") && matches!(w[1].low.as_str(), "her" | "him" | "them"));
    i > 0
        && matches!(toks[i - 1].low.as_str(), "moving" | "move" | "moved" | "moves")
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "up" | "down"))
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "to" | "into" | "one"))
        && (k + 2..toks.len().min(k + 4)).any(|e| {
            matches!(
                toks[e].low.as_str(),
                "group" | "class" | "level" | "set" | "stage" | "squad" | "grade" | "band" | "year"
            )
        })
        && !met_after
}

/// A word naming someone's post ("class teacher", "key worker", "coach"), closing what is said of
/// whose post it is.
fn names_a_post(t: &Token) -> bool {
    t.low.len() > 4 && ["er", "or", "ist", "ian"].iter().any(|end| t.low.ends_with(end))
        || trade(t)
        || matches!(
            t.low.as_str(),
            "coach" | "gp" | "boss" | "head" | "nurse" | "vet" | "physio" | "carer"
        )
}

/// "with Miss Adebayo, Noor's class teacher, and the deputy head": a name (at `i`, ending before
/// `k`) in the possessive before a post of theirs, set off by commas after someone named, says
/// whose that post is; the one named before is met, not them. Returns where the post ends (its
/// closing comma), where the list of people goes on.
pub(super) fn whose_post_said(toks: &[Token], i: usize, k: usize) -> Option<usize> {
    // (A post a word names: not "Tom, Lisa's coming too, and Ben", "Ana, Ben's joining as well".)
    let post_end = (k + 1..toks.len().min(k + 4))
        .find(|&e| toks[e].low == ",")
        // ("Mila's head of year": or a head of something; not "Dev's a coach now", "Tom's better
        // today", "'s" as "is".)
        .filter(|&e| {
            toks[k..e].iter().all(|t| !t.punct && !t.capitalised())
                && (names_a_post(&toks[e - 1]) || starts_with(toks, k, &["head", "of"]))
        });
    (toks[k - 1].possessive
        && k == i + 1
        && i > 1
        && toks[i - 1].low == ","
        && toks[i - 2].capitalised()
        && !toks[i - 2].punct
        && !toks[i - 2].possessive)
        .then_some(post_end)
        .flatten()
}

/// "Is Tuesday evening free? Akosua wants to drop off the camp kit.": a name (at `i`, ending
/// before `k`) opening the sentence after a question, as the one who would bring or fetch a thing,
/// says why the time is asked about; no one to meet (not "Akosua wants to meet", "Akosua and I").
pub(super) fn brings_a_thing(toks: &[Token], i: usize, k: usize) -> bool {
    let errand = [
        &["wants", "to", "drop", "off"][..],
        &["wants", "to", "pick", "up"],
        &["wants", "to", "collect"],
        &["wants", "to", "drop", "round"],
        &["is", "dropping", "off"],
        &["will", "drop", "off"],
        &["is", "picking", "up"],
        &["is", "collecting"],
    ];
    let thing_after = |e: usize| {
        toks.get(e).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "the" | "a" | "some" | "my" | "our" | "his" | "her" | "their"
            )
        })
    };
    // (Only bringing or fetching: not "Ben wants to collect his laptop and go through the numbers
    // with me", "Dr. Berg wants to pick up the results with you", met too.)
    let met_too = toks[k..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
        .any(|t| matches!(t.low.as_str(), "and" | "with" | "then"));
    i > 0
        && toks[i - 1].low == "?"
        && !met_too
        && errand
            .iter()
            .any(|words| starts_with(toks, k, words) && thing_after(k + words.len()))
}

/// "… on Wednesday 13 January. (From her assistant, Rolf.)", "(Sent by his EA, Marguerite.)": a
/// name (at `i`, ending before `k`) closing a note in brackets that says whom the request is from
/// signs it; no one to meet.
pub(super) fn signed_in_brackets(toks: &[Token], i: usize, k: usize) -> bool {
    let closes = starts_with(toks, k, &[")"]) || starts_with(toks, k, &[".", ")"]);
    let opened = (i.saturating_sub(6)..i).find(|&o| toks[o].low == "(").filter(|&o| {
        // ("(Sent by his EA, Marguerite.)": or by whom it was sent.)
        let by = if starts_with(toks, o + 1, &["from"]) {
            o + 2
        } else if starts_with(toks, o + 1, &["sent", "by"]) || starts_with(toks, o + 1, &["written", "by"]) {
            o + 3
        } else {
            return false;
        };
        // (A post in capitals, "EA" or "PA", may say whose they are.)
        let post = |t: &Token| t.orig.chars().count() <= 3 && t.orig.chars().all(|c| c.is_ascii_uppercase());
        by <= i && toks[by..i].iter().all(|t| !t.capitalised() || t.punct || post(t))
    });
    closes && opened.is_some()
}

/// "20 minutes for me and Ezra's nursery key worker, Miss Talulah Brandt,": a name (at `i`,
/// ending before `k`) in the possessive before a post of theirs whose holder is named after a
/// comma is whose post it is; the holder is met, not them.
pub(super) fn whose_post_before_holder(toks: &[Token], i: usize, k: usize) -> bool {
    let comma = (k + 1..toks.len().min(k + 4)).find(|&e| toks[e].low == ",");
    toks[k - 1].possessive
        && k == i + 1
        && comma.is_some_and(|e| {
            toks[k..e].iter().all(|t| !t.punct && !t.capitalised())
                && names_a_post(&toks[e - 1])
                && toks
                    .get(e + 1)
                    .is_some_and(|t| HONORIFICS.contains(&t.low.as_str()) || t.capitalised() && !t.punct)
        })
}

/// "put in a parents' evening slot with Mr. Fitzgerald-Oduro for Josie": a name (at `i`, ending
/// before `k`) after "for" in a request about a parents' evening is the child it is about, not
/// someone met (not "for Josie and me", the one writing with them; nor "for Mrs. Castellanos with
/// her son's form tutor", the parent).
pub(super) fn child_at_parents_evening(toks: &[Token], i: usize, k: usize) -> bool {
    // (In the same sentence: not "Parents' evening is Tuesday — also grab lunch with Carla for
    // Lukas".)
    // (A title's full stop ends no sentence: "with Ms. Hart".)
    let stop = |j: usize| {
        matches!(toks[j].low.as_str(), "!" | "?" | "-" | "–" | "—" | ";")
            || toks[j].low == "." && !(j > 0 && HONORIFICS.contains(&toks[j - 1].low.as_str()))
    };
    let start = (0..i).rev().find(|&j| stop(j)).map_or(0, |j| j + 1);
    let end = (i..toks.len()).find(|&j| stop(j)).unwrap_or(toks.len());
    let sentence = &toks[start..end];
    let parents_evening = sentence.windows(2).any(|w| {
        matches!(w[0].low.as_str(), "parents" | "parents'" | "parent" | "parent's")
            && matches!(w[1].low.as_str(), "evening" | "evenings")
    }) || sentence.iter().any(|t| t.low == "parent-teacher");
    // (After whom it is with, a child by their first name: not "a parents' evening slot for Mrs.
    // Ximena Castellanos with her son's form tutor", the parent met.)
    parents_evening
        && i > 0
        && toks[i - 1].low == "for"
        && !HONORIFICS.contains(&toks[i].low.as_str())
        && toks[..i].iter().any(|t| matches!(t.low.as_str(), "with" | "w/"))
        && !toks[k - 1].possessive
        && toks
            .get(k)
            .is_none_or(|t| t.punct || !matches!(t.low.as_str(), "and" | "&" | "+"))
}

/// "it's um Hildegard's leaving do", "for Nadia's birthday": a name (at `i`, ending before `k`) in
/// the possessive before the occasion held for them is whom it is for, not someone to meet (not
/// "with Hildegard's team", nor after "with" or "and": "dinner with Ana's parents").
pub(super) fn occasion_of(toks: &[Token], i: usize, k: usize) -> bool {
    let occasion = toks.get(k).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "birthday" | "retirement" | "farewell" | "send-off" | "wedding" | "funeral" | "christening" | "graduation"
        ) || t.low == "leaving"
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "do" | "party" | "drinks" | "lunch"))
    });
    // ("ringing a quarter peal for the Bishop's visit on Sunday": or a post's visit, one word
    // after "for the", the occasion a thing is done for.)
    let posts_visit = k == i + 1
        && i > 1
        // (A post's: not "for the Patel's visit", a family.)
        && matches!(
            toks[i].low.as_str(),
            "bishop" | "archbishop" | "mayor" | "king" | "queen" | "prince" | "princess" | "president" | "minister"
                | "dean" | "governor" | "inspector" | "chancellor" | "ambassador" | "duke" | "duchess" | "provost"
        )
        && toks[i - 1].low == "the"
        && toks[i - 2].low == "for"
        && toks.get(k).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "visit" | "inspection" | "enthronement" | "installation" | "tour"
            )
        });
    // (Nor after "for": "find an evening for Tom's retirement dinner", whose time is found.)
    toks[k - 1].possessive
        && (occasion && !(i > 0 && matches!(toks[i - 1].low.as_str(), "with" | "and" | "&" | "+" | "meet" | "for"))
            || posts_visit)
}

/// "His Excellency Ambassador Ruto", "Her Honour Judge Mills": "His" or "Her" at `k` opening the
/// style of one's office, part of the name (not "His 9:30 on Monday", "Her team").
pub(super) fn styled(toks: &[Token], k: usize) -> bool {
    matches!(toks[k].orig.as_str(), "His" | "Her")
        && toks.get(k + 1).is_some_and(|t| {
            t.capitalised()
                && matches!(
                    t.low.as_str(),
                    "excellency"
                        | "honour"
                        | "honor"
                        | "majesty"
                        | "highness"
                        | "holiness"
                        | "grace"
                        | "worship"
                        | "lordship"
                        | "ladyship"
                )
        })
}

/// "Discussion: In light of these findings", "To be absolutely clear, …": a preposition opening
/// what a colon introduces, or a sentence, before a lowercase word, is no one (after "at 10."
/// too, whose full stop the clock keeps).
fn opening_preposition(toks: &[Token], k: usize) -> bool {
    k > 0
        && (matches!(toks[k - 1].low.as_str(), ":" | "." | "!" | "?")
            || toks[k - 1].low.starts_with(|c: char| c.is_ascii_digit()))
        && matches!(toks[k].low.as_str(), "in" | "on" | "at" | "for" | "by" | "to")
        && toks.get(k + 1).is_some_and(|n| !n.punct && !n.capitalised())
}

/// "mrs. Feld", "doctor Haddad", "mrs. delacroix", "nurse okoro": a title written in lowercase
/// opens the name that follows it, capitalised or not (a calling only where no "the" or "my"
/// makes it a role: "my coach Dara").
fn titled_name(toks: &[Token], used: &[bool], k: usize) -> bool {
    let t = &toks[k];
    if t.capitalised() || !is_title(toks, k) {
        return false;
    }
    let next = k + 1 + usize::from(toks.get(k + 1).is_some_and(|n| n.low == "."));
    toks.get(next).is_some_and(|n| !used[next] && is_name_word(n))
        || opens_lowercase(toks, k) && lowercase_after_title(toks, used, next)
}

/// An honorific, or a calling used as a title ("nurse", "coach"), not one a determiner one or two
/// words before makes a role ("my coach Dara", "our sous chef Tomasz": the name alone).
fn is_title(toks: &[Token], k: usize) -> bool {
    let low = toks[k].low.as_str();
    let role = toks[k.saturating_sub(2)..k].iter().any(|t| {
        matches!(
            t.low.as_str(),
            "the" | "a" | "an" | "my" | "our" | "your" | "his" | "her" | "their"
        )
    });
    HONORIFICS.contains(&low) || CALLINGS.contains(&low) && !role
}

/// Whether the lowercase title at `k` may open a lowercase name: an honorific written with its
/// full stop ("dr. fischer"), or a title where someone to meet is named ("with nurse okoro"), not
/// one saying who is writing ("coach here").
fn opens_lowercase(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let stop = HONORIFICS.contains(&t.low.as_str()) && toks.get(k + 1).is_some_and(|n| n.low == ".");
    let introduced = k > 0 && matches!(toks[k - 1].low.as_str(), "with" | "meet" | "meeting" | "and" | ",");
    !t.possessive && (stop || introduced)
}

/// Callings that stand before a name as a title ("nurse Okoro", "coach Dara", "father Tom").
const CALLINGS: &[&str] = &[
    "nurse",
    "coach",
    "professor",
    "officer",
    "captain",
    "sister",
    "father",
    "pastor",
    "judge",
    "sergeant",
    "detective",
    "reverend",
    // "with chef Rossi": a kitchen's head, and callings of faith.
    "chef",
    "rabbi",
    "imam",
    "bishop",
];

/// A lone lowercase word at `k` after a title that ends the name there ("mrs. delacroix on the
/// 9th", "dr. fischer for 15 minutes"): the name the title opens.
fn lowercase_after_title(toks: &[Token], used: &[bool], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    lowercase_name_word(toks, used, k)
        && (toks.get(k + 1).is_none_or(|n| {
            n.punct || used[k + 1] || AFTER_NAME.contains(&n.low.as_str()) || SUBJECT_VERBS.contains(&n.low.as_str())
        })
            // "with dr. okafor's office": or their people follow.
            || t.possessive && theirs_at(toks, used, k + 1).is_some()
            // "for me, dave and mr pennington the solicitor": or their trade.
            || starts_with(toks, k + 1, &["the"]) && toks.get(k + 2).is_some_and(super::trades::trade))
}

/// A lowercase word at `k` that may be a name: not a word for a thing, a meeting, a group or a
/// link in a list of people.
fn lowercase_name_word(toks: &[Token], used: &[bool], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    let low = t.low.as_str();
    !used[k]
        && !t.punct
        && !t.capitalised()
        && name_like(low)
        && ![
            NOT_PEOPLE,
            NOT_NAMES,
            AFTER_NAME,
            MEETING_NOUNS,
            MEETING_LEADS,
            GROUP_WORDS,
            SUBJECT_VERBS,
        ]
        .iter()
        .any(|words| words.contains(&low))
}

/// The name starting at `i`: where it ends and its words as written.
pub(super) fn name_at(toks: &[Token], used: &[bool], i: usize) -> (usize, String) {
    let mut k = i;
    let mut name = String::new();
    // "Nguyen Van An,", "Mr. Nguyen Van An at 4.30": the given name "An" ending a name (before
    // what no article stands before) is no article.
    let given_an = |k: usize| {
        toks[k].orig == "An"
            && !used[k]
            && toks.get(k + 1).is_none_or(|t| {
                t.punct
                    || matches!(
                        t.low.as_str(),
                        "at" | "on" | "in" | "for" | "from" | "and" | "or" | "to"
                    )
            })
    };
    // "Dr. Ó Súilleabháin", "Áine Ní Bhriain": an Irish family name's particle, capitalised, goes
    // on to the name after it.
    let irish = |k: usize| {
        matches!(toks[k].orig.as_str(), "Ó" | "O" | "Ní" | "Nic" | "Ua" | "Mac")
            && !used[k]
            && toks.get(k + 1).is_some_and(|t| !used[k + 1] && is_name_word(t))
    };
    // "NEED 2HRS W/ DEVON + PRIYA TO REDO THE FLASH WALL": in capitals, a little word that joins
    // a sentence together ends the name before it.
    let joining = |k: usize| {
        k > i
            && !toks[k].orig.chars().any(char::is_lowercase)
            && matches!(
                toks[k].low.as_str(),
                "to" | "for"
                    | "at"
                    | "on"
                    | "in"
                    | "by"
                    | "the"
                    | "before"
                    | "after"
                    | "from"
                    | "about"
                    | "re"
                    | "is"
                    | "are"
            )
    };
    while k < toks.len() && !joining(k) && (name_start(toks, used, k) || !name.is_empty() && (given_an(k) || irish(k)))
    {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(&toks[k].orig);
        k += 1;
        // "book Mila's MMR jab": a name in the possessive ends before a capitalised short form of a
        // care visit (not "lunch with Tom's CFO", his post).
        if toks[k - 1].possessive
            && toks.get(k).is_some_and(super::acronym)
            && toks
                .get(k + 1)
                .is_some_and(|t| care_visit(&t.low) || matches!(t.low.as_str(), "review" | "check"))
        {
            break;
        }
        // "Dr. Ngo": an honorific keeps its full stop and the name goes on.
        let title = k - 1;
        if HONORIFICS.contains(&toks[title].low.as_str()) && toks.get(k).is_some_and(|t| t.low == ".") {
            name.push('.');
            k += 1;
        }
        // "mrs. delacroix", "nurse okoro": a lowercase title ends with the lowercase name it opens.
        if !toks[title].capitalised()
            && is_title(toks, title)
            && opens_lowercase(toks, title)
            && toks.get(k).is_some_and(|t| !is_name_word(t))
            && lowercase_after_title(toks, used, k)
        {
            name.push(' ');
            name.push_str(&toks[k].orig);
            k += 1;
            break;
        }
        // "Halvorsen & Partners", "Dixon & Sons": a firm named with "&".
        if toks.get(k).is_some_and(|t| t.orig == "&")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.capitalised() && FIRM_ENDS.contains(&t.low.as_str()))
        {
            name.push_str(" & ");
            name.push_str(&toks[k + 1].orig);
            k += 2;
            continue;
        }
        // "the Board of Trustees", "the Board of the Kellerman Trust": a body named with "of".
        let the = usize::from(toks.get(k + 1).is_some_and(|t| t.low == "the"));
        if BODIES.contains(&toks[i].low.as_str())
            && toks.get(k).is_some_and(|t| t.low == "of")
            && toks
                .get(k + 1 + the)
                .is_some_and(|t| is_name_word(t) && !used[k + 1 + the])
        {
            name.push_str(if the == 1 { " of the" } else { " of" });
            k += 1 + the;
        }
    }
    (k, name)
}

/// Words that end a firm's name after "&" ("& Partners", "& Co").
const FIRM_ENDS: &[&str] = &["partners", "co", "sons", "daughters", "associates", "company"];

/// Bodies named with "of" after them ("Board of Trustees", "Ministry of Health").
const BODIES: &[&str] = &[
    "board",
    "ministry",
    "department",
    "bank",
    "university",
    "council",
    "institute",
    "society",
    "chamber",
    "friends",
    "college",
    "museum",
];

/// Where the request proper starts: after the interjections (and commas) that open it.
pub(super) fn opening(toks: &[Token]) -> usize {
    toks.iter()
        .position(|t| !INTERJECTIONS.contains(&t.low.as_str()) && t.low != ",")
        .unwrap_or(toks.len())
}

/// "quick one: priyanka and me, 2h on Monday", "… typos incoming. priyanka n me agreed on …": a
/// word opening a clause after a colon or a sentence and named together with the one asking is
/// someone to meet.
pub(super) fn with_asker_after_colon(toks: &[Token], i: usize) -> bool {
    i > 0
        && matches!(toks[i - 1].low.as_str(), ":" | "." | "!" | "?")
        && (starts_with(toks, i + 1, &["and", "me"]) || starts_with(toks, i + 1, &["and", "i"]))
}

/// "any chance ravi and i can grab 30 min", "… mouldy + priyanka agreed to go thru it": the word
/// at `i` is someone doing something together with the one asking, agreeing to, or sparing time
/// for it, as a clause's subject.
pub(super) fn acts_as_subject(toks: &[Token], i: usize) -> bool {
    // A question's subject: after "any chance", "if", "whether" and the like.
    let asked = i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "chance" | "if" | "whether" | "when" | "where" | "can" | "could" | "would" | "will"
        );
    let with_asker = asked
        && starts_with(toks, i + 1, &["and", "i"])
        && toks.get(i + 3).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "can" | "could" | "would" | "will" | "are" | "were" | "need" | "want" | "have" | "should"
            )
        });
    // "and so priyanka will join me": "and so" opens a clause whose subject is someone.
    let and_so = i > 1
        && toks[i - 1].low == "so"
        && toks[i - 2].low == "and"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "will" | "can" | "could" | "would" | "is" | "has"));
    // "+ priyanka agreed", "Anyway, priyanka said they'd come up".
    let joined = i > 0 && toks[i - 1].low == "and"
        || i > 1 && toks[i - 1].low == "," && INTERJECTIONS.contains(&toks[i - 2].low.as_str());
    let agreeing = joined
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "agreed" | "offered" | "promised" | "said"));
    // "Wonderful. priyanka can spare me 90 minutes": who can spare time, opening a sentence.
    let spares = (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?" | ","))
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "can" | "could" | "will"))
        && toks.get(i + 2).is_some_and(|t| t.low == "spare");
    // "So when I floated a summit on Monday, priyanka jumped at it": who took up what was offered,
    // after the comma that ends the offer.
    let took_up = i > 0
        && toks[i - 1].low == ","
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "jumped" | "leapt" | "leaped"))
        && toks.get(i + 2).is_some_and(|t| t.low == "at");
    // "it's all arranged - priyanka will sit down with me the week after next": who will meet the
    // one asking, opening a clause.
    // (Someone, not a ride: not "ok - taxi will meet us at 7".)
    let meets_me = i > 0
        && !matches!(
            toks[i].low.as_str(),
            "taxi" | "uber" | "cab" | "car" | "bus" | "shuttle" | "security" | "reception" | "driver"
        )
        && matches!(
            toks[i - 1].low.as_str(),
            "-" | "\u{2013}" | "\u{2014}" | ":" | "." | ","
        )
        && toks.get(i + 1).is_some_and(|t| t.low == "will")
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "sit" | "meet" | "join" | "see" | "call"))
        && toks[i + 3..toks.len().min(i + 6)]
            .iter()
            .any(|t| matches!(t.low.as_str(), "me" | "us"));
    with_asker || agreeing || and_so || spares || took_up || meets_me || fits_asker_in(toks, i)
}

/// "florentyna's 10:30 on fri 8/1 is cancelled": a meeting by its hour at `k`, right after whose
/// it is, then its day, a verb or the end (not "gym's 7:00 class", "church's 10:30 service":
/// a place's own event, named after the hour).
pub(super) fn meeting_by_hour_at(toks: &[Token], used: &[bool], k: usize) -> bool {
    used.get(k).copied().unwrap_or(false)
        && toks.get(k).is_some_and(super::super::clock::written_clock)
        && toks.get(k + 1).is_none_or(|t| {
            t.punct
                || weekday(&t.low).is_some()
                || matches!(
                    t.low.as_str(),
                    "on" | "with" | "is" | "was" | "has" | "today" | "tomorrow" | "tonight" | "this" | "next"
                )
        })
}

/// "Ximena 1:1 → thu 17 dec": the word at `i`, before "1:1", is whose one-to-one it is (not "mv
/// 1:1 w/ kasia", whom it is with named after it; nor "push 1:1 to 4pm", "usual 1:1",
/// "Monthly one-on-one", words of moving or of how often).
pub(super) fn one_to_one_named(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "1:1" | "one-on-one"))
        && toks
            .get(i + 2)
            .is_none_or(|t| !matches!(t.low.as_str(), "with" | "w/" | "w"))
        && !toks[i].low.ends_with("ly")
        && !matches!(
            toks[i].low.as_str(),
            "mv" | "move"
                | "push"
                | "pull"
                | "shift"
                | "bump"
                | "postpone"
                | "reschedule"
                | "rebook"
                | "cancel"
                | "delete"
                | "scrap"
                | "drop"
                | "book"
                | "add"
                | "usual"
                | "regular"
                | "next"
                | "quick"
                | "my"
                | "our"
                | "the"
                | "weekly"
        )
}

/// Whether the words before `at` say the one writing keeps something ("I manage …", "I look after
/// …", and with `doing`, "I do …"): not "with Ana after Ana's schedule clears up".
pub(super) fn kept_by_writer(toks: &[Token], at: usize, doing: bool) -> bool {
    at > 0
        && (matches!(
            toks[at - 1].low.as_str(),
            "manage" | "managing" | "run" | "running" | "keep" | "keeping" | "handle" | "handling"
        ) || doing && toks[at - 1].low == "do"
            || toks[at - 1].low == "after"
                && at > 1
                && matches!(toks[at - 2].low.as_str(), "look" | "looks" | "looking"))
}

/// "Rosário here, I look after Dr. Reuven Katz's diary", "I look after the diary of Ms. Golnaz
/// Tehrani", "Hi, I'm Emeka, I look after Uzma's bookings": the name at `i` (ending before `k`) is
/// whose diary the one writing keeps.
fn diary_kept(toks: &[Token], i: usize, k: usize) -> bool {
    let diary = |n: &Token| {
        matches!(
            n.low.as_str(),
            "diary" | "calendar" | "schedule" | "agenda" | "bookings" | "rota"
        )
    };
    // ("I keep Dr. Lindqvist-Mensah's clinic diary": a word may say which diary.)
    // (Ending its phrase: not "keep Ana's sync calendar invite", a thing of hers kept.)
    let described = toks.get(k).is_some_and(|t| !t.punct && !t.capitalised())
        && toks.get(k + 1).is_some_and(diary)
        && toks.get(k + 2).is_none_or(|t| t.punct);
    toks[k - 1].possessive && (toks.get(k).is_some_and(diary) || described) && kept_by_writer(toks, i, false)
        // (Not "run the schedule of Ana Silva past me", "the agenda of Ana Silva and Tom Hale. Book
        // 1h with both": one shown, or two to meet.)
        || i > 2
            && toks[i - 1].low == "of"
            && diary(&toks[i - 2])
            && toks[i - 3].low == "the"
            && kept_by_writer(toks, i - 3, false)
            && !matches!(toks[i - 4].low.as_str(), "run" | "running")
            && !(toks.get(k).is_some_and(|n| matches!(n.low.as_str(), "and" | "&"))
                && toks.get(k + 1).is_some_and(Token::capitalised))
}

/// "I'm writing for Imam Yusuf Larsen, whose diary I look after", "I'm messaging for Ms. Itziar
/// Zubiri, the nursery manager", "I do the bookings for Kenji", "I'm writing for my boss, Ximena
/// Ortiz": the name at `i` (ending before `k`) is the one the writer acts for, whose time it is,
/// not someone to meet; so is one whose diary the writer keeps ([`diary_kept`]).
pub(super) fn acted_for(toks: &[Token], i: usize, k: usize) -> bool {
    // (Writing for someone, or keeping their bookings, rota or diary: not "Put 30 mins in the
    // calendar for Sam and me", "update the rota for Ben", whom time is found with.)
    let acting = |at: usize| {
        toks[at].low == "for"
            && at > 0
            && (matches!(
                toks[at - 1].low.as_str(),
                "writing" | "messaging" | "emailing" | "texting"
            // ("I'm booking this for my boss, Ms. Adaeze Whitlock:": or arranging what follows.)
            ) || toks[at - 1].low == "this"
                && at > 1
                && matches!(
                    toks[at - 2].low.as_str(),
                    "booking" | "arranging" | "organising" | "organizing" | "scheduling"
                )
                && toks[..at - 2].iter().any(|t| matches!(t.low.as_str(), "i'm" | "am"))
                // (The name closing its sentence or before a colon: not "for Ms. Kaur to meet with
                // me", "for Dr. Obi, who wants an hour with me", "for my boss, Ms. Kaur, and me:".)
                && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), ":" | "."))
                // (Nor met by the one asking after: "… Please find us an hour together", "Book him
                // and me a lunch", "when he and I are both free".)
                && !asker_meets_them_after(toks, k)
                || matches!(
                toks[at - 1].low.as_str(),
                "bookings" | "rota" | "diary" | "diaries" | "calendar"
            ) && at > 2
                && (matches!(toks[at - 2].low.as_str(), "the" | "my") && kept_by_writer(toks, at - 2, true)
                    // ("I handle bookings for Dr. Fenwick-Adebayo.": or with no article, said by "I",
                    // and not met by the one writing after: not "I'll handle bookings for Sam: find
                    // us an hour", "please manage bookings for Ana's visit".)
                    || toks[at - 1].low == "bookings"
                        && kept_by_writer(toks, at - 1, true)
                        && at >= 3
                        && toks[at - 3].low == "i"
                        // ("show me his commitments" asks, meeting no one.)
                        && !toks[k..].windows(2).any(|w| {
                            matches!(w[0].low.as_str(), "with" | "w/") && matches!(w[1].low.as_str(), "me" | "us")
                        })
                        && !toks[k..].iter().any(|t| matches!(t.low.as_str(), "us" | "together" | "both")))
                // ("I'm the parish office volunteer for Canon Ekwueme — … what he's got on …": the one
                // writing, for whom, asked what is in their diary; not "I'm the assistant for
                // Maria at Saturday's workshop, can we meet …".)
                || matches!(
                    toks[at - 1].low.as_str(),
                    "volunteer" | "assistant" | "secretary" | "pa" | "administrator"
                ) && toks[at.saturating_sub(6)..at - 1].iter().any(|t| t.low == "i'm")
                    && toks.windows(2).any(|w| {
                        w[0].low == "what" && matches!(w[1].low.as_str(), "he" | "she" | "does" | "has")
                    }))
    };
    let direct = i > 1 && acting(i - 1);
    // ("for my boss, Ximena Ortiz": a post of one's own, then the name set off by a comma; not
    // "writing for the first time, Priya".)
    let appositive = i > 2
        && toks[i - 1].low == ","
        && (i.saturating_sub(5)..i - 1).any(|at| {
            acting(at)
                && toks.get(at + 1).is_some_and(|t| matches!(t.low.as_str(), "my" | "our"))
                && toks[at + 1..i - 1].iter().all(|t| !t.punct)
        });
    // ("Could you book a 45-minute call for my manager, Dr. Yusra Al-Khatib, with …": the one a
    // meeting is for, named after their post, before whom they meet.)
    let meeting_for = i > 2
        && toks[i - 1].low == ","
        && starts_with(toks, k, &[",", "with"])
        && (i.saturating_sub(5)..i - 1).any(|at| {
            toks[at].low == "for"
                && at > 0
                && MEETING_NOUNS.contains(&toks[at - 1].low.as_str())
                && toks.get(at + 1).is_some_and(|t| matches!(t.low.as_str(), "my" | "our"))
                && toks[at + 1..i - 1].iter().all(|t| !t.punct)
        })
        // (Not met by the one asking: "a welcome lunch for my new starter, Priya Nair, with me and
        // the team", "a demo for my customer, … with our product team".)
        && !toks[k..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "?" | "!"))
            .any(|t| matches!(t.low.as_str(), "me" | "us" | "our" | "myself"));
    // ("I'm organising this on behalf of my director, Ms. Ottilie Brennan.": or of one's own post,
    // the name set off by a comma.)
    // (Only after what is arranged, "this", the name closing its sentence and not met by the one
    // asking after: not "On behalf of my team, Priya would like …", "… my manager, Tom Reyes, who
    // wants a call with me", "Book lunch with Tom on behalf of my team, Anna will join".)
    // (Not "For Mr. Hale: book a call with him Monday", "… Dr. Iris Kahn: she'd like a chat with
    // …", the one named met or asking after all.)
    let spoken_of_after = toks[k..].iter().any(|t| {
        matches!(t.low.as_str(), "him" | "he" | "she" | "they" | "them")
            || ["he'", "she'", "they'"].iter().any(|p| t.low.starts_with(p))
    }) || toks[k..]
        .windows(2)
        .any(|w| matches!(w[0].low.as_str(), "with" | "w/") && w[1].low == "her");
    let behalf = i >= 3 && starts_with(toks, i - 3, &["on", "behalf", "of"])
        || i > 4
            && toks[i - 1].low == ","
            && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "." | ":"))
            && !asker_meets_them_after(toks, k)
            && (i.saturating_sub(8)..i - 4).any(|at| {
                starts_with(toks, at, &["on", "behalf", "of"])
                    // ("On behalf of my director, Mr. Casimir Lefèvre: please book …": or opening the
                    // request, the name before its colon.)
                    && (at == 0 && toks.get(k).is_some_and(|t| t.low == ":") && !spoken_of_after
                        || at > 0
                    // ("Booking on behalf of my boss, Dr. Imke Sørensen: a 40-minute call with …": or
                    // after the arranging that opens the request.)
                    && (toks[at - 1].low == "this"
                        || matches!(
                            toks[at - 1].low.as_str(),
                            "booking" | "arranging" | "organising" | "organizing" | "scheduling"
                        ) && (at == 1 || matches!(toks[at - 2].low.as_str(), "." | "!" | "?" | ":"))))
                    && toks.get(at + 3).is_some_and(|t| matches!(t.low.as_str(), "my" | "our"))
                    && toks[at + 3..i - 1].iter().all(|t| !t.punct)
            });
    // ("For Ms. Oriane Castellví: her 15:00 budget review with …": a titled name heading the
    // request before its colon, whose meetings follow, not met by the one asking.)
    // ("For my manager, Ms. Theodosia Varga: please put in …": one's own post before the name.)
    let own_post = i > 3
        && toks[i - 1].low == ","
        && matches!(toks[1].low.as_str(), "my" | "our")
        && i <= 5
        && toks[2..i - 1].iter().all(|t| !t.punct && !t.capitalised());
    let heading = (i == 1 || own_post)
        && toks[0].low == "for"
        && HONORIFICS.contains(&toks[i].low.as_str())
        && toks.get(k).is_some_and(|t| t.low == ":")
        && !asker_meets_them_after(toks, k)
        && !spoken_of_after;
    // ("Imam Yusuf Larsen, whose diary I look after": or whose diary it is, said after the name.)
    let whose_diary = (starts_with(toks, k, &[",", "whose"]) || starts_with(toks, k, &["whose"]))
        && toks[k..]
            .iter()
            .take(4)
            .any(|t| matches!(t.low.as_str(), "diary" | "calendar" | "schedule" | "rota" | "bookings"));
    // (One of two named together is met with the other: "I'm writing for Nour and Eli to set up a
    // call with them".)
    let one_of_two = toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "and" | "&"));
    // ("Dr. Wilhelmina Asante, whose diary I keep, needs a call with …": or opening the request,
    // the diary the writer's to keep, and not met by them after: not "…, whose diary I keep, wants
    // a 1:1 with me", "…, whose schedule is packed, needs a call", "…, and I need an hour".)
    let kept = toks[k..].iter().take(6).any(|t| t.low == "i");
    let opens = (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && kept
        && !asker_meets_them_after(toks, k)
        && !spoken_of_after;
    (direct
        || appositive
        || meeting_for
        || behalf
        || heading
        || whose_diary && (opens || i > 1 && toks[i - 1].low == "for"))
        && !one_of_two
        || diary_kept(toks, i, k)
}

/// Whether the one asking meets the one just named after all, said after `k`: "… Please find us
/// an hour together", "Book him and me a lunch", "when he and I are both free".
fn asker_meets_them_after(toks: &[Token], k: usize) -> bool {
    toks[k..]
        .iter()
        .any(|t| matches!(t.low.as_str(), "me" | "us" | "together" | "both" | "myself"))
        || toks[k..].windows(2).any(|w| w[0].low == "and" && w[1].low == "i")
}

/// "Dr. Mehmet Aydın-Roth's 11:45 laser session with Ms. Sigrid Hallström …": a name (at `i`,
/// ending before `k`) whose hour it is, with someone else named as met in the same clause, is
/// whose diary it is, not one more person to meet.
pub(super) fn owner_of_hour(toks: &[Token], i: usize, k: usize) -> bool {
    // (Opening its sentence, or after a verb moving or calling it off: not "can I join Ana's 10:30
    // with Tom", "add me to Bo's 14:00 with Clara", a meeting of hers joined.)
    let owned = i == 0
        || matches!(toks[i - 1].low.as_str(), "." | "!" | "?" | ":")
        || matches!(
            toks[i - 1].low.as_str(),
            "move" | "cancel" | "reschedule" | "push" | "shift" | "postpone" | "rearrange"
        );
    owned
        && k > i
        && toks[k - 1].possessive
        && toks[i].capitalised()
        && toks
            .get(k)
            // ("Could you cancel Mr. Kolawole-Stein's 2pm meeting with Ms. Tembo": or an hour with its
            // "am" or "pm".)
            .is_some_and(|t| {
                t.low.starts_with(|c: char| c.is_ascii_digit())
                    && (t.low.contains(':') || t.low.ends_with("am") || t.low.ends_with("pm"))
            })
        && toks[k..]
            .iter()
            .take(6)
            .take_while(|t| !t.punct)
            .position(|t| t.low == "with")
            .is_some_and(|w| {
                toks.get(k + w + 1)
                    .is_some_and(|n| n.capitalised() && !matches!(n.low.as_str(), "me" | "us" | "i"))
            })
}

/// "bring hyun-woo's 1:1 on fri 4 dec forward": the word at `i` is whose one-to-one it is.
/// (Only after a verb that moves or calls it off, with no one else named: not "prep before
/// jamal's 1:1", "sofia's 1:1 with her manager", "cancel the new hire's 1:1", someone else's.)
pub(super) fn one_to_one_of(toks: &[Token], i: usize) -> bool {
    toks[i].possessive
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "1:1" | "one-on-one"))
        && toks
            .get(i + 2)
            .is_none_or(|t| !matches!(t.low.as_str(), "with" | "w/" | "w"))
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "bring"
                | "move"
                | "mv"
                | "push"
                | "pull"
                | "shift"
                | "bump"
                | "reschedule"
                | "rebook"
                | "cancel"
                | "scrap"
                | "drop"
                | "delete"
        )
}

/// "can lorcan squeeze in 20 mins with me sat morning?": the word at `i` is who is asked to fit
/// in time with the one asking, a question's subject.
fn fits_asker_in(toks: &[Token], i: usize) -> bool {
    i > 0
        && matches!(toks[i - 1].low.as_str(), "can" | "could")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "squeeze" | "fit" | "spare"))
        && toks[i + 2..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0].low == "with" && w[1].low == "me")
}

/// "so i can video call grandma", "visit my nan": kin (at `i`) one calls or visits.
pub(super) fn called_kin(toks: &[Token], used: &[bool], i: usize) -> bool {
    let mine = usize::from(i > 1 && matches!(toks[i - 1].low.as_str(), "my" | "our"));
    i > mine
        && !used[i]
        && matches!(
            toks[i - 1 - mine].low.as_str(),
            "call" | "ring" | "phone" | "facetime" | "visit" | "see"
        )
        && KIN.contains(&toks[i].low.as_str())
        && !toks[i].possessive
}

/// "my findings must be put before priyanka": the word at `i` is whom something is laid before.
pub(super) fn laid_before(toks: &[Token], i: usize) -> bool {
    i > 1 && toks[i - 1].low == "before" && toks[i - 2].low == "put"
}

/// "I want priyanka to see it": the word at `i` is someone one wants or asks to do something
/// (not "needs moving to …", a verb).
pub(super) fn wanted_to(toks: &[Token], i: usize) -> bool {
    // "I ask merely to be informed": an adverb, no one.
    let verb = toks[i].low.len() > 4 && toks[i].low.ends_with("ing")
        || matches!(
            toks[i].low.as_str(),
            "merely" | "only" | "just" | "simply" | "kindly" | "politely"
        );
    i > 0
        && !verb
        && matches!(
            toks[i - 1].low.as_str(),
            "want" | "wants" | "need" | "needs" | "ask" | "asked" | "told" | "tell"
        )
        && toks.get(i + 1).is_some_and(|n| n.low == "to")
}

/// "I've got priyanka coming down to the pool", "I've rounded up priyanka", "drafted in
/// priyanka": the word at `i` is someone one has coming or gathers.
pub(super) fn brought_along(toks: &[Token], i: usize) -> bool {
    let coming = i > 0
        && toks[i - 1].low == "got"
        && toks.get(i + 1).is_some_and(|n| {
            // "got priyanka signed on for a tinker".
            matches!(
                n.low.as_str(),
                "coming" | "popping" | "dropping" | "visiting" | "signed" | "lined"
            )
        })
        // Not "got work coming up", "got company coming".
        && !matches!(toks[i].low.as_str(), "work" | "company" | "guests" | "visitors" | "people" | "friends");
    coming || i > 1 && drafted(toks, i - 1)
}

/// "rounded up", "drafted in", "roped in", "signed up", "bidden" ending at `k`: whom one gathers
/// follows.
pub(super) fn drafted(toks: &[Token], k: usize) -> bool {
    k > 0
        && match toks[k].low.as_str() {
            // "I've collared priyanka to sort out the mix": caught to do something.
            "bidden" | "summoned" | "collared" | "buttonholed" => true,
            "up" => matches!(toks[k - 1].low.as_str(), "rounded" | "roped" | "signed" | "drummed"),
            "in" => matches!(toks[k - 1].low.as_str(), "drafted" | "roped" | "brought" | "hauled"),
            _ => false,
        }
}

/// What one settles with someone ("arranged with priyanka that …").
const SETTLED: &[&str] = &[
    "arranged",
    "agreed",
    "settled",
    "confirmed",
    "checked",
    "fixed",
    "sorted",
];

/// "check if Thu 10 Dec at 11 works for yusuf": whom a time suits, at `i`.
pub(super) fn suited(toks: &[Token], i: usize) -> bool {
    i > 1
        && toks[i - 1].low == "for"
        && matches!(toks[i - 2].low.as_str(), "work" | "works" | "suit" | "suits")
        && !matches!(
            toks[i].low.as_str(),
            "now" | "sure" | "once" | "good" | "free" | "nothing" | "anything"
        )
}

/// "w/ sue and her fella dave", "lunch with sue and her sister roxy": a word at `i` after whose
/// kin it is, further down a list, names that one, in lowercase too.
pub(super) fn kin_named(toks: &[Token], i: usize) -> bool {
    i > 2
        && matches!(toks[i - 3].low.as_str(), "and" | "&" | "+")
        && matches!(toks[i - 2].low.as_str(), "her" | "his" | "their")
        && (KIN.contains(&toks[i - 1].low.as_str())
            || matches!(
                toks[i - 1].low.as_str(),
                "sister"
                    | "brother"
                    | "fella"
                    | "bloke"
                    | "missus"
                    | "partner"
                    | "boyfriend"
                    | "girlfriend"
                    | "fiance"
                    | "fiancee"
                    | "hubby"
            ))
        // (A name, not how or when: not "and her husband early on saturday".)
        && name_like(&toks[i].low)
        && !toks[i].low.ends_with("ly")
        && ![NOT_NAMES, NOT_PEOPLE].iter().any(|list| list.contains(&toks[i].low.as_str()))
        && crate::intent::dates::weekday(&toks[i].low).is_none()
}

/// A lone lowercase word after "with" (or another word that introduces people) that ends where
/// the list of people does; in a list opening the request (`opening_list`), a verb it is the
/// subject of may follow it ("bo and chen would like …").
pub(super) fn lowercase_name(toks: &[Token], used: &[bool], i: usize, opening_list: bool) -> bool {
    let t = &toks[i];
    // ("w/ the Okafor twins, walls are shut for the comp": things in the plural and their state
    // after a comma, a clause of its own.)
    if i > 0
        && toks[i - 1].low == ","
        && t.low.len() > 3
        && t.low.ends_with('s')
        && !t.low.ends_with("ss")
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "are" | "were"))
    {
        return false;
    }
    // ("My meeting with Mr. Gideon Harcourt-Mbeki, listed for Wednesday 2 December at 5.15 p.m.,
    // must move": how the meeting stands, set off after whom it is with, before its day.)
    if i > 0
        && toks[i - 1].low == ","
        && super::super::lexer::STANDS_FIXED.contains(&t.low.as_str())
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "for" | "on" | "at"))
        && (i + 2..toks.len().min(i + 5)).any(|k| super::super::dates::day_or_hour_at(toks, k))
    {
        return false;
    }
    // (A word before the opening, an interjection itself, starts nothing and has nothing before it.)
    let starts = i == opening(toks)
        || i > 0 && {
            let prev = toks[i - 1].low.as_str();
            // "with sanjay and also tom", "an invite to anya".
            let and_also = prev == "also" && i > 1 && toks[i - 2].low == "and";
            matches!(prev, "with" | "meet" | "meeting" | "catch" | "and" | ",")
            || and_also
            || kin_named(toks, i)
            // "sit across a table from priyanka": whom one sits facing.
            || across_table_from(toks, i - 1)
            || between_us(toks, i)
            || laid_before(toks, i)
            || wanted_to(toks, i)
            || brought_along(toks, i)
            || with_asker_after_colon(toks, i)
            || acts_as_subject(toks, i)
            || one_to_one_of(toks, i)
            || prev == ":" && opening_list
            || to_someone(toks, i - 1)
            // "whens xochitl fre for a call": whose free time is asked, opening the request.
            || prev == "when"
                && i == 1
                && toks
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "free" | "available"))
            || PERSON_VERBS.contains(&prev)
            || got_to_do(toks, i)
            || suited(toks, i)
        };
    // "I have bidden priyanka to a council of war", "gotta get priyanka to gawp at it".
    let bidden_to = i > 0 && (drafted(toks, i - 1) || got_to_do(toks, i));
    let ends = toks.get(i + 1).is_none_or(|n| {
        n.punct
            || bidden_to && matches!(n.low.as_str(), "to" | "into")
            // "tempted priyanka with a box of treats into a fry-off".
            || got_to_do(toks, i) && n.low == "with"
            // "got priyanka signed on".
            || i > 0 && toks[i - 1].low == "got" && matches!(n.low.as_str(), "signed" | "lined")
            || i == 1 && toks[0].low == "when" && matches!(n.low.as_str(), "free" | "available")
            // "Monday's 4:45pm with priyanka (now) clashes with …": what the meeting with someone
            // runs into (not "with music now for an hour", "busy with work now").
            || i > 0 && matches!(toks[i - 1].low.as_str(), "with" | "w/") && {
                let now = usize::from(n.low == "now");
                toks.get(i + 1 + now).is_some_and(|v| {
                    matches!(v.low.as_str(), "clashes" | "collides" | "conflicts" | "overlaps")
                        // ("… with priyanka runs slap into a wire change": or runs, bumps or
                        // crashes into it.)
                        || matches!(v.low.as_str(), "runs" | "bumps" | "crashes")
                            && toks.get(i + 2 + now).is_some_and(|p| {
                                matches!(p.low.as_str(), "into" | "slap" | "smack" | "straight" | "right")
                            })
                })
            }
            || used[i + 1]
            || fits_asker_in(toks, i)
            || one_to_one_of(toks, i)
            // ("ximena 1:1 → thu 17 dec": a one-to-one with someone, opening the request.)
            || i == opening(toks) && one_to_one_named(toks, i)
            || AFTER_NAME.contains(&n.low.as_str())
            || SUBJECT_VERBS.contains(&n.low.as_str()) && (opening_list || i > 0)
            // "put me and tomasz down for sparring": entered on a list for something.
            || n.low == "down" && toks.get(i + 2).is_some_and(|f| f.low == "for")
            // "two hours with priyanka working out where …": what is done with someone (not "w/
            // lorries flying past", things doing something).
            || n.low.len() > 4 && n.low.ends_with("ing") && !used[i + 1] && !t.low.ends_with('s')
            // "leaves Monday's 12:30 with priyanka high and dry": the idiom says how it is left.
            || n.low == "high" && starts_with(toks, i + 2, &["and", "dry"])
            // "I have arranged with priyanka that we will …": what was settled with someone.
            || n.low == "that" && i > 1 && SETTLED.contains(&toks[i - 2].low.as_str())
            || n.low == "that" && between_us(toks, i)
            // "15 mins w/ oluwaseun the morning of the 14th": a time of day follows.
            || n.low == "the"
                && toks.get(i + 2).is_some_and(|t| {
                    super::super::clock::part_word(&t.low).is_some() || matches!(t.low.as_str(), "week" | "weekend")
                })
    });
    // "with Jorge and Wen, project's on hold": a word with "'s" where a list of names would end
    // is "… is", a clause of its own.
    // "eggs come with shells so thin that they crack", "shelves too high to reach": a thing
    // described, its "that" or "to" following; "with shelves up to the roof": a thing reaching
    // somewhere.
    // ("so loose they wobble": the result may follow without "that"; not "with priya too on
    // friday", nor "with ana so we can talk".)
    let pronoun = |t: &Token| matches!(t.low.as_str(), "we" | "i" | "they" | "you" | "he" | "she" | "it");
    let described = toks.get(i + 1).is_some_and(|n| matches!(n.low.as_str(), "so" | "too"))
        && toks
            .get(i + 2)
            .is_some_and(|a| !a.punct && !pronoun(a) && !matches!(a.low.as_str(), "that" | "much"))
        && toks.get(i + 3..).is_some_and(|rest| {
            rest.iter()
                .take(3)
                .any(|t| matches!(t.low.as_str(), "that" | "to") || pronoun(t))
        })
        || (starts_with(toks, i + 1, &["up", "to"]) || starts_with(toks, i + 1, &["down", "to"]))
            && toks
                .get(i + 3)
                .is_some_and(|t| matches!(t.low.as_str(), "the" | "my" | "his" | "her" | "their" | "our" | "its"));
    // "send oars", "send snacks": things asked for at the end, not someone sent an invitation.
    let things_sent = i > 0
        && toks[i - 1].low == "send"
        && t.low.len() > 3
        && t.low.ends_with('s')
        && toks.get(i + 1).is_none_or(|n| n.punct);
    // "hot and very loud with chirping": a doing that fills a place, not someone ("with
    // marketing" is a department).
    // "The air is thick with damp": what fills it, a doing or not.
    let doing = i > 1
        && toks[i - 1].low == "with"
        && matches!(
            toks[i - 2].low.as_str(),
            "loud" | "noisy" | "alive" | "thick" | "full" | "heavy" | "ringing" | "echoing" | "buzzing" | "humming"
        )
        && (t.low.ends_with("ing") || matches!(toks[i - 2].low.as_str(), "thick" | "heavy" | "full" | "alive"))
        // "the walls being sprayed with disinfectant": what a thing is covered with.
        || i > 1
            && toks[i - 1].low == "with"
            && matches!(
                toks[i - 2].low.as_str(),
                "sprayed" | "covered" | "soaked" | "splashed" | "coated" | "smeared" | "doused" | "drenched" | "sprinkled" | "dusted"
            );
    // "filling the airwaves with reminiscences and cannot possibly slip away": the clause goes on
    // with what the one asking cannot do, so no list of people (not "with bo and can you …", nor
    // "with bo and can't do mornings": a plural thing only).
    let goes_on = t.low.len() > 4
        && t.low.ends_with('s')
        && starts_with(toks, i + 1, &["and"])
        && toks.get(i + 2).is_some_and(|n| {
            matches!(
                n.low.as_str(),
                "cannot" | "can't" | "couldn't" | "mustn't" | "won't" | "am"
            )
        });
    // "snores through anything with fins": what a thing has, no one met (not "anything with
    // lucia", someone).
    // (Only where a thing is said to act on it: not "cancel anything with james tomorrow".)
    let features = i > 2
        && toks[i - 1].low == "with"
        && matches!(
            toks[i - 2].low.as_str(),
            "anything" | "something" | "everything" | "nothing"
        )
        && (matches!(
            toks[i - 3].low.as_str(),
            "through" | "at" | "for" | "about" | "on" | "over" | "than"
        )
            // ("ahead of anything with nuts or sesame"; not "clear friday of anything with james".)
            || i > 3 && toks[i - 3].low == "of" && toks[i - 4].low == "ahead")
        && t.low.len() > 3
        && t.low.ends_with('s');
    // "it's a big old farmhouse with outbuildings": what a thing is said to have, no one met (not
    // "it's a catch-up with priyas", a meeting; nor "it's lunch with the Patels", none said to be).
    let described_with = i > 2
        && toks[i - 1].low == "with"
        && !t.capitalised()
        && t.low.len() > 4
        && t.low.ends_with('s')
        && (i.saturating_sub(7)..i - 2).any(|k| {
            (toks[k].low == "it" && toks[k].possessive || starts_with(toks, k, &["it", "is"]))
                && toks[k + 1..i - 1].iter().any(|t| matches!(t.low.as_str(), "a" | "an"))
                && toks[k + 1..i - 1]
                    .iter()
                    .all(|t| !t.punct && !MEETING_NOUNS.contains(&t.low.as_str()))
        });
    // "whether the bakery fits its vans with trackers": what a thing is fitted with, no one met.
    let fitted_with = i > 2
        && toks[i - 1].low == "with"
        && (i.saturating_sub(5)..i - 1).any(|j| {
            matches!(
                toks[j].low.as_str(),
                "fit" | "fits" | "fitted" | "fitting" | "equip" | "equips" | "equipped" | "kit" | "kits"
            )
            // (Things fitted, "its" or "their" next, with things in the plural: not "I'll be fit for
            // tomorrow's 1:20pm with elsa", "fit the new blinds with tom", "fit my dress with sofia".)
            && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "its" | "their"))
        })
        && t.low.len() > 4
        && t.low.ends_with('s')
        && toks[i.saturating_sub(5)..i - 1]
            .iter()
            // (Not "fit a 20-minute call with kenji": a meeting fitted in, held with someone.)
            .all(|t| {
                !t.punct && !MEETING_NOUNS.contains(&t.low.as_str()) && !super::super::durations::is_length(&t.low)
            });
    // "whether we should build a few fishing platforms with rails along the bank": what things
    // built or bought have, in the plural after things, no one met (not "build a few slides with
    // designers", "buy some drinks with friends", people; nor "build a deck with ana", one).
    let built_with = i > 3
        && toks[i - 1].low == "with"
        && !t.capitalised()
        && t.low.len() > 3
        && t.low.ends_with('s')
        && !["ers", "ors", "ists", "ians", "ees", "nds", "tes"]
            .iter()
            .any(|end| t.low.ends_with(end))
        && !NOT_PEOPLE.contains(&t.low.as_str())
        && toks[i - 2].low.len() > 3
        && toks[i - 2].low.ends_with('s')
        && !MEETING_NOUNS.contains(&toks[i - 2].low.as_str())
        && (i.saturating_sub(6)..i - 2).any(|j| {
            matches!(
                toks[j].low.as_str(),
                "build" | "built" | "buy" | "bought" | "install" | "installed" | "put" | "order" | "ordered"
            ) && toks[j + 1..i - 1]
                .iter()
                .all(|t| !t.punct && !super::super::durations::is_length(&t.low))
                && toks.get(j + 1).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "a" | "some" | "new" | "more" | "two" | "three" | "up" | "in"
                    )
                })
        })
        // (Where the things go next, "along the bank", "by the lake": not "put up some shelves with
        // james", a name in the plural's shape.)
        && toks.get(i + 1).is_some_and(|n| {
            matches!(n.low.as_str(), "along" | "round" | "around" | "by" | "beside" | "across" | "over" | "under")
        })
        && toks
            .get(i + 2)
            .is_some_and(|n| matches!(n.low.as_str(), "the" | "each" | "every" | "our" | "its"));
    // "whether we should line the store with cedar boarding": what a place is lined or clad with,
    // a material before the thing made of it, no one met (not "line up the store visit with ana
    // tomorrow", a meeting).
    let lined_with = i > 2
        && toks[i - 1].low == "with"
        && (i.saturating_sub(5)..i - 1).any(|j| {
            matches!(
                toks[j].low.as_str(),
                "line" | "lined" | "lining" | "clad" | "panel" | "insulate" | "tile" | "pave" | "floor" | "face"
            ) && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "the" | "its" | "their" | "our"))
        })
        && toks
            .get(i + 1)
            .is_some_and(|n| !n.punct && !n.capitalised() && n.low.len() > 3 && n.low.chars().all(char::is_alphabetic))
        // (The material and the thing made of it closing the phrase: not "tile the bathroom with
        // dave first thing", "floor the attic with jo before lunch".)
        && toks
            .get(i + 2)
            .is_none_or(|n| n.punct || matches!(n.low.as_str(), "so" | "to" | "and" | "for"))
        && toks[i.saturating_sub(5)..i - 1].iter().all(|t| {
            !t.punct && !MEETING_NOUNS.contains(&t.low.as_str()) && !super::super::durations::is_length(&t.low)
        });
    // "cables tied to the bar w/ tie-line, never w/ tape": what a thing is fastened with, no one
    // met, and so too what it is not fastened with after it.
    // (A fastening a few words before in the same sentence, no meeting, length, day or hour
    // between: not "tied up w/ ana all day", "the call w/ bo is tied to the launch", "bolted to
    // the wall right across Monday's 3:30pm with elsa".)
    let fastened_with = i > 2
        && matches!(toks[i - 1].low.as_str(), "with" | "w/")
        && (i.saturating_sub(12)..i - 1)
            .rev()
            // (Within its clause, a comma passed only before "never" or "not": not "strapped to the
            // rack with bungees — drive up w/ sven".)
            .take_while(|&j| {
                !matches!(
                    toks[j].low.as_str(),
                    "." | ";" | ":" | "?" | "!" | "-" | "\u{2013}" | "\u{2014}"
                ) && (toks[j].low != ","
                    || toks
                        .get(j + 1)
                        .is_some_and(|n| matches!(n.low.as_str(), "never" | "not")))
            })
            .any(|j| {
                matches!(
                    toks[j].low.as_str(),
                    "tied"
                        | "taped"
                        | "strapped"
                        | "lashed"
                        | "fastened"
                        | "clamped"
                        | "bolted"
                        | "glued"
                        | "clipped"
                        | "pinned"
                        | "wired"
                ) && toks
                    .get(j + 1)
                    // (Fastened to something: not "still wired on espresso".)
                    .is_some_and(|n| matches!(n.low.as_str(), "to" | "onto" | "round" | "down"))
                    && toks[j + 1..i - 1].iter().all(|t| {
                        !MEETING_NOUNS.contains(&t.low.as_str())
                            && !super::super::durations::is_length(&t.low)
                            && !t.possessive
                            && !t.low.starts_with(|c: char| c.is_ascii_digit())
                    })
            });
    // "packing the sleepers by hand w/ beaters": the tools a job is done with by hand, in the
    // plural, no one met (not "by hand with ana", one named).
    let by_hand = i > 2
        && toks[i - 1].low == "with"
        && toks[i - 2].low == "hand"
        && toks[i - 3].low == "by"
        && !t.capitalised()
        && t.low.len() > 3
        && t.low.ends_with('s')
        && !t.low.ends_with("ss");
    // "bagged, tagged and wheeled further along", "sold, paid for, wrapped": what was done to a
    // thing, listed (after or before another, not "with jared and khaled", names).
    // (Only an irregular one opens such a list or ends it: not "with saeed, khaled and omar".)
    let irregular = IRREGULAR_PARTICIPLES.contains(&t.low.as_str());
    let after_participle = i > 1 && toks[i - 1].low == "," && participle(&toks[i - 2].low);
    // "The bucket and ladle: emptied and rinsed": what was done, two doings after a heading's
    // colon (not "Attendees: ahmed and rashid").
    // (Only doings of six letters or more, neither ending "-eed": not "Attendees: saeed and
    // waleed", "Team: hamed and javed".)
    let done = |low: &str| participle(low) && low.chars().count() >= 6 && !low.ends_with("eed");
    let paired_after_colon = |first: usize| {
        first > 0
            && toks[first - 1].low == ":"
            && done(&toks[first].low)
            && toks
                .get(first + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "and" | ","))
            && toks.get(first + 2).is_some_and(|n| done(&n.low))
    };
    let done_listed = participle(&t.low) && (paired_after_colon(i) || i > 1 && paired_after_colon(i - 2))
        || participle(&t.low)
            && (after_participle
                && toks.get(i + 1).is_some_and(|n| matches!(n.low.as_str(), "and" | ","))
                && toks.get(i + 2).is_some_and(|n| participle(&n.low))
                || irregular && after_participle
                || irregular
                    && toks.get(i + 1).is_some_and(|n| n.low == ",")
                    && toks.get(i + 2).is_some_and(|n| participle(&n.low)));
    // "phone velcroed to my wrist": a thing that was done to, after a noun that is also a verb of
    // calling, not someone called.
    // (Only "phone", "call" or "ring" as a noun after a comma or "my": not "invite jared to the
    // standup", "call jared to discuss".)
    let done_to = participle(&t.low)
        && i > 1
        && matches!(toks[i - 1].low.as_str(), "phone" | "call" | "ring")
        && matches!(toks[i - 2].low.as_str(), "," | "my" | "the" | "his" | "her")
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "to" | "into" | "onto" | "on" | "under" | "inside"));
    // "like a dragon with hiccups": what a thing in a likeness has, no one met (not "I'd like a
    // call with bo").
    let likeness = i > 3
        && toks[i - 1].low == "with"
        && matches!(toks[i - 3].low.as_str(), "a" | "an")
        && toks[i - 4].low == "like"
        && !MEETING_NOUNS.contains(&toks[i - 2].low.as_str())
        && (i < 5
            || !matches!(
                toks[i - 5].low.as_str(),
                "i'd"
                    | "we'd"
                    | "you'd"
                    | "would"
                    | "i"
                    | "we"
                    | "you"
                    | "they"
                    | "should"
                    | "really"
                    | "also"
                    | "to"
                    | "d"
                    // (Nor "I feel like a drink with raj", "something like a walk with tom".)
                    | "feel"
                    | "feels"
                    | "felt"
                    | "fancy"
                    | "something"
                    | "anything"
                    | "more"
                    | "just"
                    | "looks"
                    | "sounds"
            ));
    // "the man with the levers": what someone described has, not someone else met.
    let described_by = i > 3 && toks[i - 1].low == "the" && described_has(toks, i - 2);
    // "Noor Haddad, convened to choose …": what was done, said after someone and a comma.
    // (Only a long participle before "to" or "by": not "call with ana, khaled at 3", "bo, waleed
    // for 30 minutes".)
    // ("Monday's 10:30am with Noor Haddad, called to pick a design": so too a meeting called or
    // arranged for something.)
    let convened = matches!(
        t.low.as_str(),
        "called" | "arranged" | "scheduled" | "planned" | "booked"
    ) && i > 0
        && toks[i - 1].low == ","
        && starts_with(toks, i + 1, &["to"]);
    let done_after = convened
        || participle(&t.low)
            && t.low.len() >= 8
            && !t.low.ends_with("eed")
            && i > 0
            && toks[i - 1].low == ","
            && toks.get(i + 1).is_some_and(|n| matches!(n.low.as_str(), "to" | "by"));
    // "chasing it with straws": what a thing is done with; "the cows look at me with pity": how.
    // (Not "book it with ana": only after a doing in "-ing", or a look at someone.)
    // (Only things in the plural, or a look at oneself, in a clause with no day or hour: not
    // "reviewing it with ana tomorrow", "look at them with priya friday 4pm".)
    let timeless = || clause_is_timeless(toks, i);
    // "clinging on with arms and knees": so too after a doing and its particle; "stuff their
    // trouser legs with straw": or after one's own things, plural, whatever it is done with.
    // (Only padded or filled: not "go over his slides with jonas".)
    let own_things = i > 3
        && toks[i - 2].low.ends_with('s')
        && !toks[i - 2].low.ends_with("ss")
        && (i.saturating_sub(4)..i - 2).any(|k| matches!(toks[k].low.as_str(), "their" | "his" | "her" | "its"))
        && (i.saturating_sub(6)..i - 2).any(|k| {
            matches!(
                toks[k].low.as_str(),
                "stuff"
                    | "stuffed"
                    | "pad"
                    | "padded"
                    | "fill"
                    | "filled"
                    | "line"
                    | "lined"
                    | "pack"
                    | "packed"
                    | "wrap"
                    | "wrapped"
            )
        });
    let instrument = i > 2
        && toks[i - 1].low == "with"
        && t.low.len() > 3
        && timeless()
        && (matches!(toks[i - 2].low.as_str(), "it" | "them")
            && toks[i - 3].low.len() > 4
            && toks[i - 3].low.ends_with("ing")
            && t.low.len() > 4
            && t.low.ends_with('s')
            && !t.low.ends_with("ss")
            // (Only holding on: not "catching up with maria", "checking in with sara".)
            || matches!(toks[i - 2].low.as_str(), "on" | "in" | "up")
                && matches!(toks[i - 3].low.as_str(), "clinging" | "hanging" | "holding")
            || own_things);
    // "he's in hospital w/ appendicitis", "off sick with tonsillitis": an illness one is down
    // with, a word for an inflammation or a common illness closing its clause, no one.
    let illness = i > 0
        && matches!(toks[i - 1].low.as_str(), "with" | "w/")
        && (t.low.len() > 6 && t.low.ends_with("itis")
            || matches!(
                t.low.as_str(),
                "flu" | "covid" | "chickenpox" | "measles" | "mumps" | "shingles" | "pneumonia" | "norovirus"
            ))
        && toks
            .get(i + 1)
            .is_none_or(|n| n.punct || matches!(n.low.as_str(), "so" | "and" | "but"));
    // "fitting cameras with floodlights": things that things have, no one, in a clause naming no
    // day or hour (not "tennis w/ jules", "two hours with jonas": a name's ending after a vowel, a
    // game or a length before; nor "book rides with jacobs on tuesday at 4", someone met then).
    let things_with_things = i > 1
        && matches!(toks[i - 1].low.as_str(), "with" | "w/")
        && things(&toks[i - 2])
        && !toks[i - 2].low.ends_with("is")
        && !super::super::durations::is_length(&toks[i - 2].low)
        && !MEETING_NOUNS.contains(&toks[i - 2].low.as_str())
        && things(t)
        && clause_is_timeless(toks, i)
        && t.low.len() > 5
        && t.low
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| c.is_alphabetic() && !"aeiouy".contains(c));
    let manner = i > 3
        && toks[i - 1].low == "with"
        && matches!(toks[i - 2].low.as_str(), "me" | "us")
        && toks[i - 3].low == "at"
        && timeless();
    // "For those unfamiliar: quadball is played with a broom handle": a game or a word, said how
    // it is played or spelt.
    let played = matches!(toks.get(i + 1).map(|n| n.low.as_str()), Some("is" | "was"))
        && toks
            .get(i + 2)
            .is_some_and(|n| matches!(n.low.as_str(), "played" | "spelt" | "spelled" | "pronounced"));
    // "Title: Returned, with regret.": how, closing its clause (not "Bo, regret I missed the call").
    let manner =
        manner || t.low == "regret" && i > 0 && toks[i - 1].low == "with" && toks.get(i + 1).is_none_or(|n| n.punct);
    // "glided down on top of me and settled, with a hum": what a thing did after "me and", no one
    // (not "with ana and jared,", "me and khaled,", "me and rasheed,": names ending so).
    let did_after_me = i > 1
        && toks[i - 1].low == "and"
        && toks[i - 2].low == "me"
        && participle(&t.low)
        && t.low.len() >= 7
        && !t.low.ends_with("eed")
        && !t.low.ends_with("med")
        && toks.get(i + 1).is_none_or(|n| n.punct)
        // "people kept opening me and rummaging in me": what others kept doing to me, a doing
        // and where (not "me and manning", a name; nor "book lunch for me and fleming on friday":
        // only after a doing to me).
        || i > 2
            && toks[i - 1].low == "and"
            && toks[i - 2].low == "me"
            && toks[i - 3].low.len() > 4
            && toks[i - 3].low.ends_with("ing")
            && t.low.len() >= 7
            && t.low.ends_with("ing")
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "in" | "on" | "through" | "around" | "about" | "into" | "over"));
    // "a flea with crosses for eyes", "a snowman with buttons for a nose": what a likeness has in
    // place of a part of the face, no one (not "with ana for lunch", "book a session with jake for
    // legs", "an appointment with kate for nose piercing": only after "a" or "an" and a thing that is
    // no meeting, the part ending the clause).
    let in_place_of = i > 2
        && toks[i - 1].low == "with"
        && matches!(toks[i - 3].low.as_str(), "a" | "an")
        && !MEETING_NOUNS.contains(&toks[i - 2].low.as_str())
        && !matches!(
            toks[i - 2].low.as_str(),
            "appointment" | "session" | "slot" | "check" | "test" | "exam" | "consultation" | "class" | "lesson"
        )
        && toks.get(i + 1).is_some_and(|n| n.low == "for")
        && {
            let part = i + 2 + usize::from(toks.get(i + 2).is_some_and(|a| matches!(a.low.as_str(), "a" | "an")));
            toks.get(part)
                .is_some_and(|p| matches!(p.low.as_str(), "eyes" | "eye" | "ears" | "nose" | "mouth" | "tail"))
                && toks.get(part + 1).is_none_or(|n| n.punct)
        };
    // "The bathroom lock: works only from the outside.": a verb said of someone ("Eun-ji works
    // from Seoul") is no name itself.
    let verb_said = t.low.len() > 4 && t.low.ends_with('s') && SUBJECT_VERBS.contains(&t.low.as_str());
    // "explain, with diagrams, why …": what something is explained with, set off by commas before
    // a question word (not "a call, with ana, tomorrow", "a call, with julius, how does friday
    // look": only after a verb of explaining).
    let aside_with = i > 2
        && toks[i - 1].low == "with"
        && toks[i - 2].low == ","
        && matches!(
            toks[i - 3].low.as_str(),
            "explain" | "show" | "describe" | "discuss" | "illustrate" | "prove" | "demonstrate" | "justify"
        )
        && t.low.len() > 5
        && t.low.ends_with('s')
        && !t.low.ends_with("ss")
        && starts_with(toks, i + 1, &[","])
        && toks
            .get(i + 2)
            .is_some_and(|n| matches!(n.low.as_str(), "why" | "how" | "what" | "where" | "whether" | "that"));
    // "then a bog with opinions.": what a thing has, ending a sentence with no day or hour (not "a
    // lunch with colleagues.", a meeting; nor "a drink with friends.").
    let thing_has = i > 2
        && toks[i - 1].low == "with"
        && matches!(toks[i - 3].low.as_str(), "a" | "an")
        && !MEETING_NOUNS.contains(&toks[i - 2].low.as_str())
        && !matches!(
            toks[i - 2].low.as_str(),
            "drink" | "drinks" | "coffee" | "lunch" | "dinner" | "walk" | "chat" | "game" | "round" | "meal" | "night"
        )
        && t.low.len() > 5
        && t.low.ends_with('s')
        && !t.low.ends_with("ss")
        && !KIN.contains(&t.low.as_str())
        && !matches!(
            t.low.as_str(),
            "friends" | "colleagues" | "mates" | "parents" | "neighbours"
        )
        && toks.get(i + 1).is_some_and(|n| matches!(n.low.as_str(), "." | "!"))
        && clause_is_timeless(toks, i)
        // (In a sentence that asks for nothing: not "book a haircut with francis.", "Organise a BBQ
        // with neighbors.")
        && !super::super::lexer::sentence_of(toks, i).any(|k| {
                    matches!(
                        toks[k].low.as_str(),
                        "book"
                            | "organise"
                            | "organize"
                            | "plan"
                            | "schedule"
                            | "arrange"
                            | "set"
                            | "find"
                            | "get"
                            | "have"
                            | "want"
                            | "need"
                            | "grab"
                            | "fix"
                            | "add"
                            | "put"
                            | "invite"
                            | "please"
                    )
                });
    // "a grey lump with crystals in it": what a thing holds, no one (not "with bo in the room",
    // "a call with andreas on it").
    let held_in = i > 2
        && toks[i - 1].low == "with"
        // (After a thing: not "a meeting with nicolas in it", "a call with andreas on it".)
        && (i.saturating_sub(4)..i - 2).any(|k| matches!(toks[k].low.as_str(), "a" | "an" | "the"))
        && !MEETING_NOUNS.contains(&toks[i - 2].low.as_str())
        && t.low.len() > 4
        && t.low.ends_with('s')
        && !t.low.ends_with("ss")
        && (starts_with(toks, i + 1, &["in", "it"])
            || starts_with(toks, i + 1, &["on", "it"])
            || starts_with(toks, i + 1, &["inside"]));
    // "Circle with wings: this hide. Circle with wings and a frown: a goose": a map's symbol
    // described, opening a sentence, before the colon of its meaning (not "Coffee with friends:
    // Friday?").
    // (Not a meeting's: "Lunch with james: Friday at 1?", "Call with investors: next Tuesday",
    // nor with a day, an hour or a question after the colon.)
    let symbol = i > 1
        && toks[i - 1].low == "with"
        && toks[i - 2].capitalised()
        && !MEETING_NOUNS.contains(&toks[i - 2].low.as_str())
        && !matches!(
            toks[i - 2].low.as_str(),
            "lunch"
                | "dinner"
                | "drinks"
                | "coffee"
                | "breakfast"
                | "brunch"
                | "call"
                | "sync"
                | "chat"
                | "review"
                | "workshop"
                | "session"
                | "meeting"
                | "catch-up"
                | "catchup"
                | "interview"
                | "training"
                | "walk"
        )
        && {
            let end = (i..toks.len())
                .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
                .unwrap_or(toks.len());
            !(i..end).any(|k| {
                weekday(&toks[k].low).is_some()
                    || matches!(toks[k].low.as_str(), "today" | "tomorrow" | "tonight" | "next")
                    || toks[k].low.starts_with(|c: char| c.is_ascii_digit())
            }) && toks.get(end).is_none_or(|t| t.low != "?")
        }
        && (i == 2 || matches!(toks[i - 3].low.as_str(), "." | "!" | "?"))
        && t.low.len() > 4
        && t.low.ends_with('s')
        && !matches!(
            t.low.as_str(),
            "friends" | "colleagues" | "mates" | "parents" | "neighbours" | "kids" | "guests"
        )
        && (starts_with(toks, i + 1, &[":"])
            || starts_with(toks, i + 1, &["and"]) && (i + 2..toks.len().min(i + 6)).any(|k| toks[k].low == ":"));
    // "its pages soft as felt with handling": how a thing got so, a doing, no one.
    let worn_with = i > 1
        && toks[i - 1].low == "with"
        && t.low.len() > 6
        && t.low.ends_with("ing")
        && matches!(
            toks[i - 2].low.as_str(),
            "felt" | "worn" | "frayed" | "faded" | "grubby" | "battered"
        );
    // "came in to have a tape measure certified and left with opinions.": what one went away
    // with, no one (not "left with ana.", "left with friends.").
    let left_with = i > 1
        && toks[i - 1].low == "with"
        && toks[i - 2].low == "left"
        && t.low.len() > 6
        && t.low.ends_with('s')
        && !matches!(t.low.as_str(), "friends" | "colleagues" | "parents" | "neighbours")
        // (Not "left with douglas.", "charles", "francis": names ending so.)
        && !["as", "is", "us", "es", "os"].iter().any(|end| t.low.ends_with(end))
        && toks.get(i + 1).is_some_and(|n| matches!(n.low.as_str(), "." | "!"));
    starts
        && ends
        && !illness
        && !things_with_things
        && !left_with
        && !worn_with
        && !symbol
        && !held_in
        && !aside_with
        && !thing_has
        && !in_place_of
        && !verb_said
        && !played
        && !did_after_me
        && !instrument
        && !manner
        && !described_by
        && !done_after
        && !doing
        && !goes_on
        && !features
        && !done_listed
        && !done_to
        && !likeness
        && !described
        && !things_sent
        && !in_a_state(toks, i)
        && !lined_with
        && !fitted_with
        && !built_with
        && !described_with
        && !fastened_with
        && !by_hand
        // ("whether the base should fit winches to the front of the vehicles": things fitted to a
        // thing, not someone squeezed in; "whether the hall should fit sensors along the reclaim
        // belts": or along, under or over one.)
        && !(i > 0
            && matches!(toks[i - 1].low.as_str(), "fit" | "fits")
            && t.low.len() > 4
            && t.low.ends_with('s')
            && (starts_with(toks, i + 1, &["to", "the"])
                // (To a part of a thing: not "can you fit jonas to the 3pm slot".)
                // ("whether we should fit alarms to the lehr controllers": or to things, asked
                // about.)
                && (toks.get(i + 3).is_some_and(|n| {
                    matches!(
                        n.low.as_str(),
                        "front" | "back" | "side" | "sides" | "top" | "bottom" | "roof" | "rear" | "wall" | "walls" | "end"
                    )
                }) || i > 1
                    && matches!(toks[i - 2].low.as_str(), "should" | "could" | "would" | "might")
                    // (Asked "whether": not "we could fit james to the tuesday sessions".)
                    && (i.saturating_sub(5)..i - 2).any(|k| toks[k].low == "whether")
                    && (i + 3..toks.len().min(i + 6))
                        .take_while(|&k| !toks[k].punct && !toks[k].capitalised())
                        .any(|k| toks[k].low.len() > 3 && toks[k].low.ends_with('s')))
                || toks.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.low.as_str(),
                        "along" | "under" | "over" | "across" | "onto" | "inside" | "above" | "below" | "beside"
                    )
                }) && starts_with(toks, i + 2, &["the"])
                // ("whether we should fit turnstiles between the skate hire counter and the ice":
                // or between two, asked about; not "can you fit jonas between the two calls".)
                || starts_with(toks, i + 1, &["between", "the"])
                    && i > 1
                    && matches!(toks[i - 2].low.as_str(), "should" | "could" | "would" | "might")))
        // ("whether we should fit keel cooling to the hire boats", "fit underfloor heating in the
        // studio": a kind of a system fitted to a thing or in a place, named by the word before what
        // it does; not "can you fit amy in this morning", nor "can you fit priya coaching in on
        // thursday", "fit jenny visiting on sunday".)
        && !(i > 0
            && matches!(toks[i - 1].low.as_str(), "fit" | "fits")
            && toks.get(i + 1).is_some_and(|n| {
                n.low.len() > 5
                    && n.low.ends_with("ing")
                    && !n.capitalised()
                    && !matches!(n.low.as_str(), "morning" | "evening" | "meeting" | "something" | "anything")
            })
            && toks.get(i + 2).is_some_and(|n| matches!(n.low.as_str(), "to" | "onto" | "on" | "in"))
            && toks
                .get(i + 3)
                .is_some_and(|n| matches!(n.low.as_str(), "the" | "a" | "an" | "our" | "all" | "every" | "each")))
        && !worn(toks, i)
        // "speech-to-text": words joined into one, not a name.
        && t.low.matches('-').count() < 2
        // "with Shira, Avi and the Goldbergs, save 3 hours": time kept, before how long, not someone.
        && !(matches!(
            t.low.as_str(),
            "save" | "keep" | "allow" | "block" | "hold" | "reserve" | "budget" | "leave"
        ) && toks
            .get(i + 1)
            .is_some_and(|n| n.low.starts_with(|c: char| c.is_ascii_digit()) || matches!(n.low.as_str(), "a" | "an")))
        // "with Noor Haddad, allowing an hour", "…, taking 45 minutes": what is done to what follows,
        // not someone ("with marketing and Svetlana" is a team).
        && !(t.low.len() > 5
            && t.low.ends_with("ing")
            && toks.get(i + 1).is_some_and(|n| {
                matches!(
                    n.low.as_str(),
                    "a" | "an" | "the" | "some" | "me" | "us" | "them" | "it" | "my" | "our" | "his" | "her" | "their"
                )
            }))
        && !matches!(
            t.low.as_str(),
            "allowing"
                | "taking"
                | "lasting"
                | "spending"
                | "giving"
                | "leaving"
                | "reserving"
                | "budgeting"
                // "a workshop with the product guild, starting at 9am".
                | "starting"
                | "beginning"
                | "finishing"
        )
        // ("florentyna's 10:30 on fri 8/1 is cancelled": unless someone's meeting, by its hour,
        // opens the request.)
        && (!t.possessive
            || one_to_one_of(toks, i)
            || i == opening(toks) && meeting_by_hour_at(toks, used, i + 1))
        && !t.capitalised()
        // "About me: spontaneous, adventurous and …": how someone is, no one.
        && !(t.low.len() > 5 && (t.low.ends_with("ous") || t.low.ends_with("ful")))
        && !AFTER_NAME.contains(&t.low.as_str())
        && name_like(&t.low)
        && !NOT_PEOPLE.contains(&t.low.as_str())
        // "with Oskar & Lina, just to see": a word that is no name capitalised is none in
        // lowercase either.
        && !NOT_NAMES.contains(&t.low.as_str())
        && !MEETING_NOUNS.contains(&t.low.as_str())
        && !MEETING_LEADS.contains(&t.low.as_str())
        && !GROUP_WORDS.contains(&t.low.as_str())
}

/// "The one-on-one with zhang wei at 3 on friday": a given name and a family name in lowercase
/// right after "with", before the day or hour of the meeting ("at 3", "on friday", "tomorrow"), is
/// one person; how many words (two), when both could be names (not "with cold hands", "with pink
/// soup.": no day or hour follows).
pub(super) fn lowercase_full_name(toks: &[Token], used: &[bool], i: usize) -> Option<usize> {
    let could_be = |k: usize| {
        toks.get(k).is_some_and(|t| {
            !t.punct
                && !used[k]
                && !t.capitalised()
                && name_like(&t.low)
                && (2..=12).contains(&t.low.len())
                && ![
                    NOT_PEOPLE,
                    NOT_NAMES,
                    MEETING_NOUNS,
                    MEETING_LEADS,
                    GROUP_WORDS,
                    AFTER_NAME,
                    PARTICLES,
                ]
                .iter()
                .any(|words| words.contains(&t.low.as_str()))
                // (A doing, "with ana sailing": not "mei ling", a name of four letters.)
                && !(t.low.len() > 4 && t.low.ends_with("ing"))
                // (Not "meet with dana briefly tomorrow": how, not who; "sean kelly" is someone.)
                && !matches!(
                    t.low.as_str(),
                    "briefly" | "quickly" | "only" | "early" | "really" | "properly" | "shortly" | "probably" | "hopefully"
                        | "ideally"
                )
        })
    };
    let after_with = i > 0 && matches!(toks[i - 1].low.as_str(), "with" | "w/");
    // "w/ oskar + mei ling to plan the rota": the second of a lowercase pair after "with", before
    // what they meet to do or a comma.
    let joined_after_with = i > 2
        && matches!(toks[i - 1].low.as_str(), "+" | "&" | "and")
        && matches!(toks[i - 3].low.as_str(), "with" | "w/")
        && !toks[i - 2].capitalised()
        && name_like(&toks[i - 2].low)
        && toks.get(i + 2).is_some_and(|t| matches!(t.low.as_str(), "to" | ","));
    // ("Cancel Wed 6/1 13:30 mentoring w/ zhu wei": or ending the request, the meeting's day and
    // hour named before.)
    // (Two words that could be a name: not "with bo remotely", "with ana downstairs", "with old
    // friends", "with supplier reps".)
    let how_or_many = toks.get(i + 1).is_some_and(|t| {
        t.low.ends_with("ly")
            || t.low.ends_with('s')
            || matches!(
                t.low.as_str(),
                "online"
                    | "offsite"
                    | "onsite"
                    | "downstairs"
                    | "upstairs"
                    | "outside"
                    | "inside"
                    | "abroad"
                    | "instead"
                    | "together"
                    | "too"
            )
    }) || toks.get(i).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "old" | "new" | "external" | "internal" | "supplier" | "client"
        )
    });
    let dated_before = i + 2 == toks.len()
        && !how_or_many
        && (0..i).any(|k| crate::intent::dates::day_named_at(toks, k))
        && toks[..i].iter().any(crate::intent::clock::written_clock);
    let ends = toks
        .get(i + 2)
        .is_some_and(|n| matches!(n.low.as_str(), "at" | "on") && crate::intent::dates::day_or_hour_at(toks, i + 3))
        || crate::intent::dates::day_or_hour_at(toks, i + 2)
        || dated_before;
    // ("w/ grandma rosa saturday": kin before a name, too.)
    let kin_first = toks.get(i).is_some_and(|t| {
        !used[i]
            && matches!(
                t.low.as_str(),
                "uncle" | "aunt" | "auntie" | "grandma" | "grandpa" | "granny" | "cousin"
            )
    });
    ((after_with && ends || joined_after_with || asked_to_be_free(toks, i))
        && (could_be(i) || kin_first)
        && could_be(i + 1))
    .then_some(2)
}

/// "wen is mohammed al-farsi availble on the 9th": two words at `i` asked to be free, after
/// "when", "if" or "whether" and "is" (not "is tennis court free on Saturday").
pub(super) fn asked_to_be_free(toks: &[Token], i: usize) -> bool {
    i > 1
        && matches!(toks[i - 1].low.as_str(), "is" | "are")
        && matches!(toks[i - 2].low.as_str(), "when" | "if" | "whether")
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "free" | "available"))
}

/// "it is agreed between priyanka and myself", "settled between me and priyanka that …": the
/// word at `i` is the other party to what is agreed.
pub(super) fn between_us(toks: &[Token], i: usize) -> bool {
    let me = |t: &Token| matches!(t.low.as_str(), "myself" | "me");
    // ("between me and priyanka" only after what was agreed: not "keep this between me and lea".)
    let agreed = |between: usize| {
        (between.saturating_sub(3)..between).any(|k| {
            matches!(
                toks[k].low.as_str(),
                "settled" | "agreed" | "arranged" | "decided" | "fixed"
            )
        })
    };
    i > 0 && toks[i - 1].low == "between" && starts_with(toks, i + 1, &["and"]) && toks.get(i + 2).is_some_and(me)
        || i > 2 && toks[i - 1].low == "and" && me(&toks[i - 2]) && toks[i - 3].low == "between" && agreed(i - 3)
}

/// A past participle ("pushed", "crammed", "worked"): five letters or more ending in "-ed", not a
/// name that does ("Ahmed", "Alfred", "Mildred"), or one of the common irregular ones ("sold",
/// "paid", "done").
pub(super) fn participle(low: &str) -> bool {
    low.len() > 4
        && low.ends_with("ed")
        && !matches!(
            low,
            "ahmed" | "mohammed" | "mohamed" | "muhammed" | "alfred" | "mildred" | "wilfred" | "winifred" | "manfred"
        )
        || IRREGULAR_PARTICIPLES.contains(&low)
}

/// "bagged and locked in the safe": a word that can only be a verb's past participle, its last
/// consonant doubled or "ck" before "ed", no name (not "jared", "naveed", and no doubled "m", "r"
/// or "y": "mohammed", "muhammed", "jarred", "sayyed").
pub(super) fn plainly_done(low: &str) -> bool {
    let b = low.as_bytes();
    low.len() > 5
        && low.ends_with("ed")
        && (low.ends_with("cked") || b[b.len() - 3] == b[b.len() - 4] && !b"aeiouymr".contains(&b[b.len() - 3]))
}

/// "the man with the levers": what someone described has, in a clause with no day or hour (not
/// "book a call for the new guy with the recruiters tuesday at 2", an introduction).
pub(super) fn described_has(toks: &[Token], with: usize) -> bool {
    with > 0
        && toks[with].low == "with"
        && PERSON_NOUNS.contains(&toks[with - 1].low.as_str())
        && clause_is_timeless(toks, with)
}

/// "sit across a table from priyanka": the "from" at `from` after "across" and a table or desk
/// introduces whom one sits facing (not "across the road from Ana's place").
pub(super) fn across_table_from(toks: &[Token], from: usize) -> bool {
    from > 1
        && toks[from].low == "from"
        && matches!(toks[from - 1].low.as_str(), "table" | "desk")
        && (from.saturating_sub(4)..from).any(|k| toks[k].low == "across")
}

/// Whether the clause around `at` (between punctuation) names no day or hour.
fn clause_is_timeless(toks: &[Token], at: usize) -> bool {
    let start = (0..at).rev().find(|&k| toks[k].punct).map_or(0, |k| k + 1);
    let end = (at..toks.len()).find(|&k| toks[k].punct).unwrap_or(toks.len());
    !(start..end).any(|k| super::super::dates::day_or_hour_at(toks, k))
}

/// Words for someone described, not named ("the man with the levers").
const PERSON_NOUNS: &[&str] = &[
    "man", "woman", "guy", "lady", "boy", "girl", "kid", "chap", "bloke", "fellow", "person",
];

/// Past participles that do not end in "-ed".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "sold", "paid", "made", "built", "bought", "caught", "taught", "kept", "lost", "sent", "spent", "told", "done",
    "gone", "seen", "taken", "given", "written", "shown", "thrown", "broken", "chosen", "frozen", "stolen", "driven",
    "bound", "found", "wound", "sewn", "sworn", "torn", "worn", "shut", "split", "spun", "stuck", "struck", "swept",
];

/// "'You'll love it, Grandad,' he said.": someone addressed in quoted speech, the name before a
/// comma or exclamation mark, a closing quote and "he", "she" or "they" said it, is spoken to in
/// the story, not met.
pub(super) fn addressed_in_quote(toks: &[Token], k: usize) -> bool {
    // (Not "'Can we meet next week, Ana?' asked Tom": a question put to someone, or a speaker
    // named.)
    toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "," | "!"))
        && toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "'" | "\""))
        && toks
            .get(k + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "he" | "she" | "they"))
        && toks.get(k + 3).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "said" | "says" | "cried" | "shouted" | "told" | "yelled" | "whispered" | "added"
            )
        })
}

/// "gotta get priyanka to gawp at it": the lone word at `i` between "get" and "to" and a verb is
/// someone one gets to do something (not "get home to change", "get round to it", "got pushed to
/// spring"); "I've talked priyanka into a session", "pressed priyanka into service": someone
/// talked, pressed or tempted into it.
pub(super) fn got_to_do(toks: &[Token], i: usize) -> bool {
    // "tempted priyanka with a box of jam-filled treats into a fry-off": the "into" may come after
    // what one tempted them with, in the same clause.
    let talked_into = i > 0
        && TALKED_INTO.contains(&toks[i - 1].low.as_str())
        // "won priyanka over to a dough trial", "talked priyanka round to it".
        && toks[i + 1..]
            .iter()
            .take(10)
            .take_while(|t| !t.punct)
            .any(|t| matches!(t.low.as_str(), "into" | "over" | "round"));
    if talked_into {
        return true;
    }
    let low = toks[i].low.as_str();
    // "I've got ducks to placate": things one has to deal with, not someone got to do something.
    let had = i > 1 && matches!(toks[i - 2].low.as_str(), "i've" | "we've" | "have" | "has" | "i'd");
    // ("the clean stuff's getting harder to find": what something gets to be, compared.)
    let compared = matches!(
        low,
        "harder"
            | "easier"
            | "better"
            | "worse"
            | "busier"
            | "quieter"
            | "longer"
            | "later"
            | "closer"
            | "cheaper"
            | "dearer"
            | "scarcer"
            | "rarer"
            | "tougher"
            | "trickier"
            | "riskier"
    );
    i > 0
        && !participle(low)
        && !had
        && !compared
        && matches!(toks[i - 1].low.as_str(), "get" | "got" | "getting")
        && toks.get(i + 1).is_some_and(|t| t.low == "to")
        && toks.get(i + 2).is_some_and(|t| {
            !t.punct
                && !t.capitalised()
                && name_like(&t.low)
                && !matches!(
                    t.low.as_str(),
                    "it" | "that" | "this" | "the" | "a" | "an" | "my" | "our" | "your" | "work" | "bed" | "sleep"
                )
        })
        && !matches!(
            toks[i].low.as_str(),
            "home" | "round" | "around" | "back" | "down" | "up" | "out" | "over" | "time" | "ready" | "used"
        )
}

/// "at the desk with headphones on", "out w/ wellies on": a word after "with" followed by an
/// "on" that ends the clause is something worn or switched on, not someone; so is one followed by
/// "on my hands" or another part of the body ("with paste on my fingers", "with flour on her face").
fn worn(toks: &[Token], i: usize) -> bool {
    // "with loupes on my nose".
    const BODY: &[&str] = &[
        "hands", "hand", "fingers", "face", "arms", "knees", "boots", "clothes", "shirt", "gloves", "head", "nose",
        "ears", "eyes", "glasses", "goggles", "visor", "specs",
    ];
    // "the dogs wait with bows in their fur", "with sand in my shoes": what sits in someone's fur,
    // hair or shoes.
    let in_fur = starts_with(toks, i + 1, &["in"])
        && toks
            .get(i + 2)
            .is_some_and(|n| matches!(n.low.as_str(), "my" | "his" | "her" | "their" | "its"))
        && toks.get(i + 3).is_some_and(|n| {
            matches!(
                n.low.as_str(),
                "fur" | "hair" | "mouth" | "teeth" | "pocket" | "pockets" | "shoes" | "boots" | "socks" | "eyes"
            )
        })
        // (Ending its phrase: not "in her hair salon", a place.)
        && toks
            .get(i + 4)
            .is_none_or(|n| n.punct || matches!(n.low.as_str(), "and" | "or" | "but" | "while" | "when" | "as" | "so"));
    let on = toks.get(i + 1).is_some_and(|n| n.low == "on");
    in_fur
        || on
            && (toks.get(i + 2).is_none_or(|n| n.punct)
                || toks
                    .get(i + 2)
                    .is_some_and(|n| matches!(n.low.as_str(), "my" | "his" | "her" | "their" | "our" | "both"))
                    && toks.get(i + 3).is_some_and(|n| BODY.contains(&n.low.as_str())))
}

/// Forms of the verbs one shows someone through something with ("walk bo through it", "take
/// the interns through the audit").
pub(crate) const SHOWING: &[&str] = &["walk", "walks", "walking", "walked", "take", "takes", "taking", "took"];

/// "walking kiri through the rota", "take bo through it": the lone lowercase word at
/// `i` between a form of "walk" or "take" and "through" is the one shown round, someone to meet.
pub(super) fn walked_through(toks: &[Token], used: &[bool], i: usize) -> bool {
    let t = &toks[i];
    i > 0
        && SHOWING.contains(&toks[i - 1].low.as_str())
        // "walk priyanka along the core trays", "take bo round the site".
        && toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "through" | "along" | "round" | "around"))
        && !used[i]
        && !t.punct
        && !t.capitalised()
        && name_like(&t.low)
        && ![NOT_PEOPLE, NOT_NAMES, MEETING_NOUNS, GROUP_WORDS]
            .iter()
            .any(|words| words.contains(&t.low.as_str()))
}

/// "The operator has wandered off to chat with the man on the stall": "with" whom someone else
/// went off to talk, in a sentence where the one asking does nothing, meets no one.
pub(super) fn gone_off_to_talk(toks: &[Token], i: usize) -> bool {
    let start = (0..i)
        .rev()
        .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?" | "("))
        .map_or(0, |k| k + 1);
    toks[i].low == "with"
        && i > 2
        && matches!(
            toks[i - 1].low.as_str(),
            "chat" | "talk" | "gossip" | "natter" | "speak"
        )
        && toks[i - 2].low == "to"
        && toks[i - 3].low == "off"
        // (Someone else named before: not "Going off to chat with the vendor".)
        && toks[start..i - 3]
            .iter()
            .any(|t| matches!(t.low.as_str(), "the" | "he" | "she" | "they" | "his" | "her"))
        && !toks[start..i].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "i" | "we" | "i'll" | "i'm" | "we'll" | "let's" | "me" | "us"
            )
        })
}

/// "The artist has dispensed with perspective, proportion and permission", "did away with the
/// rota": "with" at `i` after doing without names what is gone, no one to meet (not "dispense
/// with the formalities and meet Ana", who is named after "meet"; nor "parted with jonas on good
/// terms", someone).
pub(super) fn done_without(toks: &[Token], i: usize) -> bool {
    toks[i].low == "with"
        && i > 0
        && (matches!(
            toks[i - 1].low.as_str(),
            "dispense" | "dispenses" | "dispensed" | "dispensing"
        ) || toks[i - 1].low == "away"
            && i > 1
            && matches!(toks[i - 2].low.as_str(), "do" | "does" | "did" | "done" | "doing"))
}

/// "but the licensing authority has ruled that we are not permitted …", "the town council has
/// refused us a street trading licence", "The church choir have asked whether I might play …": a
/// body (ending before `end`) that has ruled or refused gives the reason a thing is dropped, and one
/// that has asked whether one might do something asks a favour, no one to meet (not "… has refused,
/// so book a call with us", met after in the same sentence, nor "… has refused our application.
/// Please book a call with them", met after at all; nor "the parents have asked to meet me").
pub(super) fn ruled_by(toks: &[Token], end: usize) -> bool {
    let sentence = || {
        toks[end..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
    };
    let ruled = toks[end..].iter().take(2).any(|t| {
        matches!(
            t.low.as_str(),
            "ruled" | "refused" | "declined" | "rejected" | "forbidden" | "banned"
        )
    });
    let asked_whether = toks[end..].iter().take(2).any(|t| t.low == "asked")
        && toks[end..]
            .iter()
            .take(3)
            .any(|t| matches!(t.low.as_str(), "whether" | "if"));
    toks.get(end).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "has" | "have" | "ruled" | "refused" | "declined" | "rejected"
        )
    }) && (ruled || asked_whether)
        && !sentence().any(|t| t.low == "they")
        // (Met after: "with us", "with them", "invite them"; not "I should hate to let them down".)
        && !toks[end..].windows(2).any(|w| {
            w[0].low == "with" && matches!(w[1].low.as_str(), "us" | "them")
                || matches!(w[0].low.as_str(), "meet" | "invite" | "see" | "call" | "ring" | "book") && w[1].low == "them"
        })
}

/// "the Salvation Army band can come and play carols for us! Please book the concert with their
/// bandmaster, Mr. Desmond Ogunleye": a body (ending before `end`) whose post is named after it,
/// "their" and the post set off by a comma before the one who holds it, is met in that one
/// person (not "the band and their manager, Mr. Lee", both met in one list; nor "The Smith family
/// are coming … invite their neighbour, Tom Reed", kin or a friend, not a post).
pub(super) fn met_in_their_post_holder(toks: &[Token], end: usize) -> bool {
    toks[end - 1].low != "family"
        && (end + 1..toks.len()).any(|j| {
            toks[j].low == "their"
                && toks[end..j].iter().any(|t| matches!(t.low.as_str(), "." | "!" | "?"))
                && (j + 2..toks.len().min(j + 5)).any(|comma| {
                    toks[comma].low == ","
                        && toks[j + 1..comma].iter().all(|t| !t.punct && !t.capitalised())
                        && !kin_word(toks[comma - 1].low.trim_end_matches('s'))
                        && one_named_after(toks, comma + 1)
                })
        })
}

/// "In preparation for …", "Ahead of the January mocks, …": a preposition (at `i`, alone before
/// `k`) opening a sentence, capitalised as the sentence's first word, no one.
pub(super) fn preposition_opening(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && matches!(
            toks[i].low.as_str(),
            "in" | "on" | "at" | "for" | "from" | "during" | "after" | "before" | "ahead" | "following"
        )
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "," | "." | "!" | "?" | ":"))
}

/// "in sha Allah": God's name alone (at `i`, before `k`), in a blessing, no one (not "Allah
/// Ditta", "Allah Rakha Khan", given names).
pub(super) fn gods_name(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1 && toks[i].low == "allah"
}

/// "Mr. Anselm Kowalewski, who tunes my Bechstein,": a capitalised word (at `i`, alone before `k`)
/// after one's own, in a clause saying what someone does, is a thing of one's own, no one to meet
/// (not "with Ana, who is bringing my Mum,": kin of one's own).
pub(super) fn owned_in_relative(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && i > 2
        && matches!(toks[i - 1].low.as_str(), "my" | "our")
        && !kin_word(&toks[i].low)
        && toks[i - 2].low.ends_with('s')
        && !toks[i - 2].punct
        && toks[i - 3].low == "who"
        && toks.get(k).is_some_and(|t| t.punct)
}

/// "I'm dreadfully behind with Middlemarch!": "with" at `i` after being behind says what one is
/// behind with, a thing, no one to meet (not "book a catch-up with Ana, I'm behind", where
/// "with" comes first).
pub(super) fn behind_with(toks: &[Token], i: usize) -> bool {
    toks[i].low == "with" && i > 0 && toks[i - 1].low == "behind"
}

/// "He gets on well with snails and less well with the lawnmower": "with" at `i` after how someone
/// else gets on says how they get along, no one to meet (not "I get on well with Ana").
pub(super) fn gets_on_with(toks: &[Token], i: usize) -> bool {
    let well = |k: usize| matches!(toks[k].low.as_str(), "well" | "badly" | "fine" | "famously");
    toks[i].low == "with" && i > 3 && well(i - 1) && {
        // "… and less well with the lawnmower": the same getting on, compared.
        let on = (i.saturating_sub(12)..i - 1).rev().find(|&k| {
            k > 0 && toks[k].low == "on" && matches!(toks[k - 1].low.as_str(), "gets" | "got" | "get" | "getting")
        });
        on.is_some_and(|on| {
            on > 1
                && matches!(toks[on - 2].low.as_str(), "he" | "she" | "it" | "they")
                && !toks[on..i].iter().any(|t| matches!(t.low.as_str(), "." | "!" | "?"))
        })
    }
        // (Not "He gets on well with priyanka, so invite her to Tuesday's lunch": a sentence that
        // asks for something, or names a day or an hour.)
        && !sentence_asks_or_times(toks, i)
}

/// Words of a body's post that name a person when "deputy" or "acting" is before them ("the
/// deputy launching authority, Mrs. …"): not a team of several ("the assistant coaching team,
/// Coach Rivera").
pub(super) fn one_persons_post(low: &str) -> bool {
    !matches!(
        low,
        "team" | "teams" | "group" | "crew" | "squad" | "staff" | "department" | "committee" | "panel" | "board"
    )
}

/// Whether one person is named at `k`, by a title or a first and last name, and no more: "Mrs.
/// Senara Polwhele-Diallo,", "Ian Ross." (not "Thursday afternoon", "Please avoid Monday", "Bo
/// will send the agenda", "Ana and Cy").
pub(super) fn one_named_after(toks: &[Token], k: usize) -> bool {
    let word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.capitalised()
                && !t.punct
                && !t.possessive
                && super::super::dates::weekday(&t.low).is_none()
                && !MONTHS.contains(&t.low.as_str())
        })
    };
    let titled = toks.get(k).is_some_and(|t| HONORIFICS.contains(&t.low.as_str()));
    let first = k + usize::from(titled) + usize::from(titled && toks.get(k + 1).is_some_and(|t| t.low == "."));
    let end = (first..toks.len().min(first + 4)).find(|&j| !word(j)).unwrap_or(first);
    (titled && end > first || end >= first + 2)
        && toks
            .get(end)
            .is_none_or(|t| matches!(t.low.as_str(), "," | "." | ")" | "!" | "?"))
}

/// "with the Chapter Clerk, Mr. Ambrose Okafor-Lindley", "our SENCo, Ms. Nkechi Balogun-Frost",
/// "the water board's engineer, Mr. Eamonn Achterberg": a post (at `start`, ending before `end`),
/// or a body's post after it, opened by "the" or one's own and set off by a comma before the one
/// person who holds it, says what the holder is; the holder is met, not the post nor the body (not
/// "the ops team, Mr Castellanos and Ada", a group and its members; nor "Ana, Dr. Lindgren", two
/// people).
pub(super) fn post_before_named_holder(toks: &[Token], start: usize, end: usize) -> bool {
    const OPENERS: &[&str] = &["the", "our", "my", "their", "his", "her", "your"];
    // ("our school improvement partner,": the opener a few words back, over lowercase words in the
    // same phrase; a capitalised post right after it, "the Chapter Clerk,", not "my colleague
    // Priya, Dr. Tom Hale", someone named after their kin or work.)
    let lowercase_post = |j: usize| !toks[j].capitalised() && !toks[j].punct;
    let opened = start > 0 && OPENERS.contains(&toks[start - 1].low.as_str())
        || OPENERS.contains(&toks[start].low.as_str())
        || lowercase_post(start)
            && (start.saturating_sub(3)..start)
                .rev()
                .take_while(|&j| lowercase_post(j))
                .any(|j| OPENERS.contains(&toks[j].low.as_str()));
    // (A body's post: "the local authority's safeguarding officer,", up to three lowercase words
    // after the body.)
    let comma = if end > start && toks[end - 1].possessive {
        (end + 1..toks.len().min(end + 4))
            .find(|&e| toks[e].low == ",")
            .filter(|&e| toks[end..e].iter().all(|t| !t.punct && !t.capitalised()))
    } else {
        Some(end).filter(|&e| e > start && e - start <= 4)
    };
    opened
        && comma.is_some_and(|e| {
            let post = &toks[e - 1];
            toks.get(e).is_some_and(|t| t.low == ",")
                && !post.possessive
                && !post.punct
                && one_persons_post(&post.low)
                // (One person: not "the Smiths, Dr. Ana Lee", a household.)
                && (!post.low.ends_with('s') || post.low.ends_with("ss"))
                && one_named_after(toks, e + 1)
        })
}

/// "the insurer is satisfied with the sign-out board", "the vet was happy with her weight": "with"
/// at `i` after someone else being content says what pleases them, no one to meet (not "I'm happy
/// with Ana and Bo, book them Tuesday": the asker's own choice, or a sentence that asks for
/// something or names a day or an hour).
pub(super) fn content_with(toks: &[Token], i: usize) -> bool {
    toks[i].low == "with"
        && i > 2
        && matches!(
            toks[i - 1].low.as_str(),
            "satisfied" | "content" | "pleased" | "happy" | "comfortable"
        )
        && matches!(
            toks[i - 2].low.as_str(),
            "is" | "are" | "was" | "were" | "seems" | "seemed" | "been"
        )
        && !matches!(toks[i - 3].low.as_str(), "i" | "we" | "you")
        // (Nor one pointed back to after: "The kids were happy with the babysitter. Get her again
        // for Saturday night.")
        && !toks[super::super::lexer::sentence_of(toks, i).end..]
            .iter()
            .any(|t| matches!(t.low.as_str(), "her" | "him" | "them"))
        && !sentence_asks_or_times(toks, i)
}

/// Whether the sentence holding `i` names a day or an hour, or asks to invite, add, book, schedule,
/// join, include, meet or put: a sentence about someone else's doings asks none of these.
fn sentence_asks_or_times(toks: &[Token], i: usize) -> bool {
    super::super::lexer::sentence_of(toks, i).any(|k| {
        super::super::dates::day_or_hour_at(toks, k)
            || matches!(
                toks[k].low.as_str(),
                "invite" | "add" | "book" | "schedule" | "join" | "include" | "meet" | "put"
            )
    })
}

/// "My son's come down with chickenpox", "she went down with flu", "I'm down with a cold": after
/// coming, going or being down, "with" at `i` names an illness, not someone to meet.
pub(super) fn falls_ill(toks: &[Token], i: usize) -> bool {
    const DOWN: &[&str] = &[
        "come", "comes", "came", "coming", "go", "goes", "gone", "went", "going", "i'm", "am", "is", "are", "was",
        "were", "been",
    ];
    i > 1 && toks[i - 1].low == "down" && DOWN.contains(&toks[i - 2].low.as_str())
        || i > 0 && FILLED.contains(&toks[i - 1].low.as_str())
}

/// "keep pace with the strands", "in line with the budget", "in step with the band": "with" after
/// a word of keeping level compares, it names no one to meet.
pub(super) fn keeps_level(toks: &[Token], i: usize) -> bool {
    i > 0 && matches!(toks[i - 1].low.as_str(), "pace" | "step" | "line" | "par" | "tandem")
}

/// "has informed me, with regret and remarkably little notice,": "with" at `i` before a feeling
/// says how something is done, no one to meet (not "with Regina", a name).
pub(super) fn with_feeling(toks: &[Token], i: usize) -> bool {
    toks[i].low == "with"
        && toks.get(i + 1).is_some_and(|t| {
            !t.capitalised()
                && matches!(
                    t.low.as_str(),
                    "regret" | "sadness" | "pleasure" | "delight" | "gratitude" | "sorrow" | "reluctance" | "relief"
                )
        })
}

/// "clashes with training", "collides with the offsite": "with" after a word of clashing names
/// what is in the way, no one to meet.
pub(super) fn clashes(toks: &[Token], i: usize) -> bool {
    i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "clash" | "clashes" | "clashing" | "clashed" | "collides" | "colliding" | "overlaps" | "overlapping"
        )
}

/// "riddled with errors", "swamped with orders": after being filled or covered, "with" names
/// what fills it, not someone to meet.
const FILLED: &[&str] = &[
    // "astronauts are issued with tethers": what one is given to carry, no one met.
    "issued",
    "equipped",
    "riddled",
    "covered",
    "filled",
    "packed",
    "loaded",
    "littered",
    "swamped",
    "plagued",
    "crammed",
    "stuffed",
    "flooded",
    "inundated",
    "teeming",
    "bursting",
    "fraught",
];

/// "With the fleet out and the office quiet, …", "With Bo away next week, …": a "with" opening the
/// request or a clause at `i`, whose phrase up to its comma says what state people or things are
/// in, sets the scene; no one in it is met. The index of that comma.
pub(super) fn sets_the_scene(toks: &[Token], i: usize) -> Option<usize> {
    if toks[i].low != "with" {
        return None;
    }
    let opens = i == 0 || toks[i - 1].punct;
    let comma = (i + 1..toks.len().min(i + 16)).find(|&k| toks[k].punct)?;
    let state = (i + 2..comma).any(|k| SCENE_STATES.contains(&toks[k].low.as_str()) && !toks[k - 1].punct);
    // "up the clock tower w/ the escapement in bits.": mid-sentence, a "with" whose thing is in a
    // state ("in bits", "in pieces") ending the sentence sets the scene too.
    let thing_in_state = !opens
        && toks[comma].low == "."
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "my" | "our"))
        && (i + 3..comma).any(|k| toks[k - 1].low == "in" && STATES_IN.contains(&toks[k].low.as_str()));
    (opens && toks[comma].low == "," && state || thing_in_state).then_some(comma)
}

/// "with the head of year", "a call with the landlord": someone named by what they are, where a
/// name is expected — the head of something, or, after what the meeting is and "with" (`met`),
/// one word ending the clause, or a word and a doer after a length ("1h with the tile supplier"):
/// the tokens taken from "the" at `i`, and the role; a lone trade ("with the electrician?") is
/// someone wherever it stands.
pub(super) fn role_at(toks: &[Token], used: &[bool], i: usize, met: bool) -> Option<(usize, String)> {
    if toks.get(i)?.low != "the" {
        return None;
    }
    // "the man with the levers": what someone described has, no one met.
    if i > 1 && described_has(toks, i - 1) {
        return None;
    }
    // "the black smears scrubbed off with the board cleaner and the white pad": what a thing is
    // cleaned with, after a word of cleaning (not "with the office cleaner", someone met).
    let cleaned = i > 1
        && matches!(toks[i - 1].low.as_str(), "with" | "w/")
        && (i.saturating_sub(5)..i - 1).any(|k| {
            matches!(
                toks[k].low.as_str(),
                "scrubbed" | "wiped" | "cleaned" | "polished" | "washed" | "sprayed" | "rubbed" | "buffed" | "scoured"
            )
        });
    if cleaned && (i + 1..toks.len().min(i + 3)).any(|k| matches!(toks[k].low.as_str(), "cleaner" | "cleaners")) {
        return None;
    }
    let word = |k: usize| common_word(toks, used, k) && !NOT_NAMES.contains(&toks[k].low.as_str());
    let ends = |k: usize| clause_ends(toks, used, k);
    let head = ROLE_HEADS.contains(&toks.get(i + 1)?.low.as_str()) && starts_with(toks, i + 2, &["of"]);
    // "1h with the tile supplier", "a call with the kitchen fitter": after a length or what the
    // meeting is, a word and one who does something ("-er", "-or", "-ist", "-ian") name someone.
    let length_before = i > 1 && used[i - 2] && super::super::durations::is_length(&toks[i - 2].low);
    // "the quarterly review with the finance department", "meet the procurement department": after
    // what the meeting is, or "meet" (which takes a word and a doer too), a department (not "from the lexicography department,
    // where …", no one met).
    let meet = i > 0 && toks[i - 1].low == "meet";
    let met_or_meet = met || meet;
    let doer = |k: usize| {
        let low = toks[k].low.as_str();
        low.len() > 4 && ["er", "or", "ist", "ian"].iter().any(|end| low.ends_with(end))
            || met_or_meet && matches!(low, "department" | "dept")
    };
    // "the sound engineer, Rafa,": a name after the role is who is met.
    let named_after =
        |k: usize| toks.get(k).is_some_and(|t| t.low == ",") && toks.get(k + 1).is_some_and(names_someone);
    // "with the HR business partner", "with the IT manager": a department in capitals ("IT" too,
    // no pronoun there) may open a role, of two words after it.
    let department = |k: usize| {
        toks.get(k).is_some_and(|t| {
            !used[k] && (2..=4).contains(&t.orig.len()) && t.orig.chars().all(|c| c.is_ascii_uppercase())
        })
    };
    let headed = head && word(i + 1) && word(i + 3) && ends(i + 4);
    let departmental = met && department(i + 1) && word(i + 2) && word(i + 3) && doer(i + 3) && ends(i + 4);
    let len = if headed || departmental {
        4
    } else if (met || lone_trade(toks, i)) && word(i + 1) && ends(i + 2) && !named_after(i + 2) {
        2
    } else if (met
        || meet
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "department" | "dept"))
        || length_before
        || toks.get(i + 2).is_some_and(trade))
        && !named_after(i + 3)
        && (word(i + 1) || department(i + 1))
        && !toks[i + 1].possessive
        && word(i + 2)
        // ("the herd vet and Ingrid": a trade of few letters, too; "with the ward clerk": or a
        // post.)
        && (doer(i + 2)
            || trade(&toks[i + 2])
            || super::roles::held_post(&toks[i + 2])
            || super::roles::deputy_head(toks, i + 2))
        && ends(i + 3)
    {
        3
    } else {
        return None;
    };
    // "with the registrar on call", "the engineer on duty": who holds the post at the time.
    let on_call = usize::from([&["on", "call"], &["on", "duty"]].iter().any(|p| {
        starts_with(toks, i + len, &p[..])
                    && (i + len..i + len + 2).all(|k| !used[k])
                    // (Ending the clause: not "the manager on duty schedules", a topic.)
                    && clause_ends(toks, used, i + len + 2)
    })) * 2;
    let len = len + on_call;
    let words: Vec<&str> = toks[i + 1..i + len].iter().map(|t| t.orig.as_str()).collect();
    Some((len, words.join(" ")))
}

/// "the chair has only one setting, and it is called Deep Tissue": the name a thing is called,
/// no one.
pub(super) fn a_things_name(toks: &[Token], i: usize) -> bool {
    i > 2
        && matches!(toks[i - 1].low.as_str(), "called" | "named")
        && (matches!(toks[i - 2].low.as_str(), "is" | "was")
            && matches!(toks[i - 3].low.as_str(), "it" | "which" | "this" | "that")
            || toks[i - 2].low == "it's")
}

/// "MANUSCRIPT, WITH COMMENTS IN THE MARGIN - THE AUTOBIOGRAPHY OF …": a "WITH" in a heading
/// shouted whole with no day or hour in it, a title's word introducing no one (not "LUNCH WITH
/// ANA ON FRIDAY AT NOON").
pub(super) fn titled_with(toks: &[Token], i: usize) -> bool {
    toks[i].orig == "WITH"
        // (After a comma, a heading's: not "CALL WITH ANA", "SET UP A CALL WITH THE DESIGN TEAM".)
        && i > 0
        && toks[i - 1].low == ","
        && super::super::lexer::sentences(toks)
            .iter()
            .find(|s| s.contains(&i))
            .is_some_and(|s| {
                toks[s.clone()]
                    .iter()
                    .filter(|t| !t.punct)
                    .all(|t| t.in_capitals() || t.orig.chars().count() == 1)
                    && !s.clone().any(|k| super::super::dates::day_or_hour_at(toks, k))
            })
}

/// "Tickle is not the word.": a word said to be, or not to be, the word for something is the word
/// itself, no one.
pub(super) fn the_word_itself(toks: &[Token], k: usize) -> bool {
    // (Closing its clause: not "Ana is the word person on the team".)
    [
        &["is", "not", "the", "word"][..],
        &["isn't", "the", "word"],
        &["is", "the", "word"],
    ]
    .iter()
    .any(|words| starts_with(toks, k, words) && toks.get(k + words.len()).is_none_or(|t| t.punct))
}

/// "the vendor withdrew the Georgian bureau", "the Rossi contract", "my PhD student", "a Roman
/// villa": one capitalised word between "the", "a" or a possessive (at `i - 1`) and a lowercase word that ends no
/// name (at `k`) describes that thing or person; it is no one.
pub(super) fn describes_a_thing(toks: &[Token], used: &[bool], i: usize, k: usize) -> bool {
    k == i + 1
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "the" | "a" | "an" | "my" | "our" | "your" | "his" | "her" | "their"
        )
        && !toks[i].possessive
        && toks.get(k).is_some_and(|n| {
            !used[k]
                && !n.punct
                && !n.capitalised()
                && name_like(&n.low)
                && ![AFTER_NAME, SUBJECT_VERBS, GROUP_WORDS, NOT_PEOPLE]
                    .iter()
                    .any(|words| words.contains(&n.low.as_str()))
        })
}

/// "with my PhD student ananya", "with our site manager bo", "with my TA, ravi,": a lone
/// lowercase word at `i` after "with", a possessive and up to two words that end in one naming a
/// person (one who does something, kin or a friend, a post in capitals), with or without a comma
/// between, is that person's name, where the list of people would end.
pub(super) fn named_after_role(toks: &[Token], used: &[bool], i: usize) -> bool {
    // (A trade may end the request: nothing after it to be its name.)
    if i >= toks.len() {
        return false;
    }
    let person = |t: &Token| {
        let low = t.low.as_str();
        !t.possessive
            && (!t.capitalised()
                && (low.len() > 4
                    && ["er", "or", "ist", "ian", "ent", "ant"]
                        .iter()
                        .any(|end| low.ends_with(end))
                    || KIN.contains(&low)
                    || shares_a_post(low))
                || POSTS_IN_CAPITALS.contains(&low))
    };
    // "with my TA, ravi, on Friday": the name set off by commas after the role.
    let role_end = if i > 0 && toks[i - 1].low == "," { i - 1 } else { i };
    // "with my old university friend marcus": up to three words between "my" and the name.
    let introduced = (2..=5).any(|back| {
        role_end > back
            // ("… + my husband ravi": or further down a list of people, after kin or a trade only;
            // not "+ my visor steaming up", "and my further approval".)
            && (toks[role_end - back].low == "with"
                || matches!(toks[role_end - back].low.as_str(), "and" | "+" | "&")
                    && (KIN.contains(&toks[role_end - 1].low.as_str())
                        || trade(&toks[role_end - 1])
                        || shares_a_post(&toks[role_end - 1].low))
                    // (In a list of people met: not "reschedule swim and my daughter piano".)
                    && toks[role_end.saturating_sub(back + 8)..role_end - back]
                        .iter()
                        .any(|t| t.low == "with"))
            && matches!(toks[role_end - back + 1].low.as_str(), "my" | "our")
            && (role_end - back + 2..role_end).all(|k| !used[k] && !toks[k].punct && name_like(&toks[k].low))
    });
    // ("typed with my other hand": "other" before a part of one's body is no doer; "with my other
    // supervisor" names one.)
    let other = matches!(toks[role_end.saturating_sub(1)].low.as_str(), "other" | "another")
        && matches!(
            toks[i].low.as_str(),
            "hand" | "foot" | "arm" | "leg" | "eye" | "ear" | "side" | "shoe" | "glove" | "sock"
        );
    // "book the stonemason wojciech", "move the cleaner pemba from sat": so too after a verb that
    // books or moves a visit and "the", where the word before the name is a trade (not "book the
    // order asap"), or one known by what they bring ("w/ the flour mill guy jürgen").
    let fellow = role_end > 0
        && matches!(
            toks[role_end - 1].low.as_str(),
            "guy" | "lady" | "bloke" | "chap" | "fella"
        );
    let booked = (2..=4 + usize::from(fellow)).any(|back| {
        role_end >= back
            && matches!(
                toks[role_end - back].low.as_str(),
                "book" | "move" | "put" | "cancel" | "reschedule" | "with"
            )
            && toks[role_end - back + 1].low == "the"
            && (role_end - back + 2..role_end).all(|k| !used[k] && !toks[k].punct && name_like(&toks[k].low))
    }) && (trade(&toks[role_end - 1]) || fellow)
        && !super::trades::describes_visit(&toks[i])
        && !how_or_when(&toks[i].low);
    // "w/ the roofer kemal + scaffolder dmitri": a second trade and its name, listed after a
    // first trade and its lowercase name.
    let listed = role_end > 0 && trade(&toks[role_end - 1]) && {
        let the = usize::from(role_end >= 2 && toks[role_end - 2].low == "the");
        role_end.checked_sub(2 + the).is_some_and(|j| {
            j >= 2
                && matches!(toks[j].low.as_str(), "+" | "and" | "&")
                && trade(&toks[j - 2])
                && !toks[j - 1].punct
                && !toks[j - 1].capitalised()
        }) && !super::trades::describes_visit(&toks[i])
            // (A name, not "bricklayer lads".)
            && !matches!(
                toks[i].low.as_str(),
                "lads" | "guys" | "boys" | "girls" | "folks" | "mates" | "crew" | "team" | "gang"
            )
            && !how_or_when(&toks[i].low)
    };
    role_end > 0
        && (person(&toks[role_end - 1]) && introduced || booked || listed)
        && !other
        && lowercase_after_title(toks, used, i)
}

/// "book the plumber pronto", "move the cleaner earlier", "cancel the dentist altogether": a word
/// saying how, how often or when after a trade, not the trade's name.
fn how_or_when(low: &str) -> bool {
    low.ends_with("ly")
        || matches!(
            low,
            "round"
                | "online"
                | "altogether"
                | "pronto"
                | "forward"
                | "forwards"
                | "early"
                | "earlier"
                | "later"
                | "sooner"
                | "over"
                | "out"
                | "together"
                | "anyway"
                | "home"
                | "onsite"
                | "remote"
                | "virtual"
                | "instead"
                | "again"
                | "too"
        )
}

/// "book jaroslav the piano tuner for tuesday", "w/ chinonso the roofer sat": a lone lowercase
/// word at `i` after "with" or a verb booking or moving a visit, then "the", up to one word and a
/// trade ending the clause, is the trade's name; how many tokens the name and its trade take.
pub(super) fn named_before_trade(toks: &[Token], used: &[bool], i: usize) -> Option<usize> {
    let booked = i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "with" | "book" | "move" | "cancel" | "reschedule"
        );
    let trade_at = (i + 2..=i + 3).find(|&k| toks.get(k).is_some_and(trade))?;
    let plain = |k: usize| !used[k] && !toks[k].punct && !toks[k].capitalised() && name_like(&toks[k].low);
    // (Not "book mum the dentist": for whom the trade is booked.)
    (booked
        && lowercase_name_word(toks, used, i)
        && !KIN.contains(&toks[i].low.as_str())
        && !how_or_when(&toks[i].low)
        && starts_with(toks, i + 1, &["the"])
        && (i + 2..=trade_at).all(plain)
        && clause_ends(toks, used, trade_at + 1))
    .then_some(trade_at + 1 - i)
}

/// "with Emil's parents", "with Ambassador Lindqvist's office": after a name's possessive (ending
/// at `k`), a word naming the people who are that person's (kin, staff, office) and ending the
/// list of people; the word.
pub(super) fn theirs_at<'a>(toks: &'a [Token], used: &[bool], k: usize) -> Option<&'a str> {
    const THEIRS: &[&str] = &[
        "parents",
        "family",
        "kids",
        "children",
        "office",
        "team",
        "staff",
        "assistant",
        "secretary",
        "lawyer",
        "lawyers",
    ];
    let t = toks.get(k)?;
    let low = t.low.as_str();
    let kin = KIN.contains(&low) || low.strip_suffix('s').is_some_and(|one| KIN.contains(&one));
    (k > 0
        && toks[k - 1].possessive
        && !used[k]
        && !t.capitalised()
        && (kin || THEIRS.contains(&low))
        && clause_ends(toks, used, k + 1))
    .then_some(t.orig.as_str())
}

/// "my co-sup amaru", "our co-host": one who shares a post with the one asking (not "the co-op").
fn shares_a_post(low: &str) -> bool {
    low.strip_prefix("co-")
        .is_some_and(|post| post.len() > 1 && post != "op")
}

/// Posts written in capitals that name one person ("my TA", "our GP").
const POSTS_IN_CAPITALS: &[&str] = &["ta", "pa", "ea", "gp", "vp", "ceo", "cfo", "cto", "coo"];

/// Kin or a friend named by what they are ("Grandma Rose", "Auntie Grace"): [`KIN`], and
/// "auntie", said before a name rather than after "my".
pub(crate) fn kin_word(low: &str) -> bool {
    KIN.contains(&low) || low == "auntie"
}

/// Kin and friends, who may be named after a possessive ("with my cousin ravi").
pub(super) const KIN: &[&str] = &[
    "friend",
    "colleague",
    "boss",
    "mate",
    "wife",
    "husband",
    "son",
    "daughter",
    "mum",
    "mom",
    "dad",
    "aunt",
    "uncle",
    "cousin",
    "niece",
    "nephew",
    "grandma",
    "grandpa",
    "granny",
    "grandad",
    "nan",
    "neighbour",
    "neighbor",
    // "dinner with my in-laws": kin met together.
    "in-laws",
    "parents-in-law",
    "parents",
    "grandparents",
];

/// "I'm flying to Reykjavik", "driving back from Leeds", "our flight back from Krakow": after a
/// word of travel and "to" or
/// "from", the word at `i` is where one goes or comes from, not someone.
pub(super) fn travelled_to(toks: &[Token], i: usize) -> bool {
    // "flying back from", "flying out to", "flying in from"; "off" only before "to" ("off to
    // Lisbon", not "get sign off from Marco").
    let travel = |k: usize| {
        TRAVEL.contains(&toks[k].low.as_str())
            && (toks[k].low != "off" || toks.get(k + 1).is_some_and(|t| t.low == "to"))
    };
    // ("she's moved to Leeds": one who has moved house, not "the call has been moved to Tom's
    // office".)
    let moved_house = |k: usize| {
        toks[k].low == "moved"
            && k > 0
            && matches!(
                toks[k - 1].low.as_str(),
                "she's" | "he's" | "they've" | "i've" | "we've" | "she" | "he" | "they"
            )
    };
    let verb = |k: usize| {
        travel(k)
            || moved_house(k)
            || matches!(toks[k].low.as_str(), "back" | "out" | "in" | "over" | "home") && k > 0 && travel(k - 1)
    };
    // "They're leaving for Montréal": where one leaves for.
    let leaving = i > 1
        && toks[i - 1].low == "for"
        && matches!(
            toks[i - 2].low.as_str(),
            "leaving" | "leave" | "left" | "bound" | "departing"
        );
    // "My cousin might pass through Berlin": where one passes through.
    let passing = i > 1
        && toks[i - 1].low == "through"
        && matches!(
            toks[i - 2].low.as_str(),
            "pass" | "passing" | "passes" | "travelling" | "traveling"
        );
    // ("the Year 10 trip to Kraków from Monday": a trip's town only before when it is, not "a trip
    // to Grandma Rose", "a trip to Dr. Hale", "the trip to Priya went well", people visited.)
    let town_visited = |k: usize| {
        toks[k - 2].low != "trip"
            || !HONORIFICS.contains(&toks[k].low.as_str())
                && !kin_word(&toks[k].low)
                && (toks
                    .get(k + 1)
                    .is_none_or(|t| t.punct || matches!(t.low.as_str(), "from" | "on" | "with"))
                    || crate::intent::dates::day_or_hour_at(toks, k + 1))
    };
    // ("come up to Durham for a few days", "a run out to Stansted": up, down or out to a town, a
    // journey; "might be away at Stortford": where one is away; not "pop down to Marcus", "go down
    // to Sam for a chat", "head out to Priya", someone visited at their desk.)
    let gone_up_to = i > 2
        && toks[i - 1].low == "to"
        && matches!(toks[i - 2].low.as_str(), "up" | "down" | "out")
        && matches!(
            toks[i - 3].low.as_str(),
            "come" | "coming" | "run" | "drive" | "driving" | "travel" | "travelling"
        )
        && toks.get(i + 1).is_none_or(|t| t.punct || t.low == "for");
    let away_at =
        i > 1 && toks[i - 1].low == "at" && toks[i - 2].low == "away" && toks.get(i + 1).is_none_or(|t| t.punct);
    leaving
        || passing
        || gone_up_to
        || away_at
        || i > 1 && matches!(toks[i - 1].low.as_str(), "to" | "from") && verb(i - 2) && town_visited(i)
}

/// Words of travel.
const TRAVEL: &[&str] = &[
    "fly",
    "flying",
    "flies",
    "flew",
    "travel",
    "travelling",
    "traveling",
    "travels",
    "travelled",
    "traveled",
    "drive",
    "driving",
    "drove",
    "heading",
    "headed",
    // "cancel everything from tuesday to thursday, off to Lisbon", "going to Lisbon".
    "off",
    "going",
    "commuting",
    "relocating",
    // "emigrated to Adelaide many years ago".
    "emigrated",
    "emigrating",
    // "our flight back from Krakow", "the train to Leeds": a journey named by its means.
    "flight",
    "flights",
    "train",
    "ferry",
    "coach",
    "returning",
    // "chaperoning the Year 10 trip to Kraków": a journey named as such.
    "trip",
];

/// A free word at `k` that may be part of what names people ("board", "new",
/// "tutors"): not punctuation, not a pronoun or other word that is no one, not what a meeting is.
pub(super) fn common_word(toks: &[Token], used: &[bool], k: usize) -> bool {
    // ("the lens supplier": an instrument saying what someone deals in, before a word.)
    // (Not before when: "with the long lens Saturday morning", "the feeler gauges tomorrow".)
    let describing = INSTRUMENTS.contains(&toks.get(k).map_or("", |t| t.low.as_str()))
        && toks.get(k + 1).is_some_and(|n| {
            !n.punct
                && !n.capitalised()
                && name_like(&n.low)
                && !AFTER_NAME.contains(&n.low.as_str())
                && n.low != "and"
                && !crate::intent::dates::day_or_hour_at(toks, k + 1)
        });
    toks.get(k).is_some_and(|t| {
        !used[k]
            && !t.punct
            && name_like(&t.low)
            && (describing
                || ![NOT_PEOPLE, MEETING_NOUNS, MEETING_LEADS]
                    .iter()
                    .any(|words| words.contains(&t.low.as_str())))
    })
}

/// Whether what names people ends before `k`: at the end, punctuation, a word already read, or a
/// word that follows a name ("on", "next", "for").
pub(super) fn clause_ends(toks: &[Token], used: &[bool], k: usize) -> bool {
    // ("and the damp surveyor he recommended, some time …": a clause saying who chose them, a
    // pronoun and its verb closing the phrase.)
    let chosen_by = |n: &Token| {
        matches!(n.low.as_str(), "he" | "she" | "they" | "we" | "you")
            && toks
                .get(k + 1)
                .is_some_and(|t| !t.punct && t.low.len() > 4 && t.low.ends_with("ed"))
            && toks.get(k + 2).is_none_or(|t| t.punct)
    };
    toks.get(k)
        .is_none_or(|n| n.punct || used[k] || AFTER_NAME.contains(&n.low.as_str()) || chosen_by(n))
}

/// "to" at `k` after an invitation, a word for talking or an apology ("send an invite to anya",
/// "talk to chiara", "with my apologies to elsa"), or after what one shows or presents, a few
/// words back in the clause ("show the new depth charts to priyanka"): who follows is someone
/// to meet.
pub(super) fn to_someone(toks: &[Token], k: usize) -> bool {
    let shown = (k.saturating_sub(5)..k).rev().take_while(|&j| !toks[j].punct).any(|j| {
        matches!(
            toks[j].low.as_str(),
            "show" | "present" | "demo" | "pitch" | "showing" | "presenting" | "demonstrate" | "question"
        )
    });
    toks[k].low == "to" && shown
        || toks[k].low == "to"
            && k > 0
            && matches!(
                toks[k - 1].low.as_str(),
                "invite"
                    | "invites"
                    | "invitation"
                    | "invitations"
                    | "talk"
                    | "speak"
                    | "chat"
                    | "chatting"
                    | "talking"
                    | "apologies"
                    | "apology"
                    | "apologise"
                    | "apologize"
                    | "explain"
            )
}

fn is_name_word(t: &Token) -> bool {
    let low = t.low.as_str();
    // "L-plates", "T-shirts", "U-turn", "X-ray": a letter joined to a word names a thing.
    // (Not "J-Lo": a name's second part capitalised.)
    let lettered = low.len() > 3
        && low.as_bytes()[1] == b'-'
        && low.as_bytes()[0].is_ascii_alphabetic()
        && t.orig.chars().nth(2).is_some_and(char::is_lowercase);
    // "Mid-pitch, axes sunk", "Hi-vis, ear muffs": a prefix joined to a lowercase word is a thing,
    // not a name (not "Jae-won", "Co-op").
    // "(sotto voce) Page-turner.": so is a word joined to a lowercase doer (not "Mary-jane",
    // "Hans-peter"), or to a doing ("Shin-kicking is a traditional combat sport"; not "Mei-ling").
    let midway = t.orig.split_once('-').is_some_and(|(head, tail)| {
        (matches!(
            head.to_lowercase().as_str(),
            "mid" | "hi" | "pre" | "non" | "post" | "self" | "anti" | "semi" | "multi"
        ) || matches!(
            tail,
            "turner"
                | "keeper"
                | "holder"
                | "maker"
                | "watcher"
                | "spotter"
                | "catcher"
                | "runner"
                | "sweeper"
                | "bearer"
                | "sitter"
                | "minder"
                | "setter"
                | "cleaner"
        ) || tail.len() > 5 && tail.ends_with("ing"))
            && tail.starts_with(|c: char| c.is_lowercase())
    });
    // "Fatima al-Sayed", "Omar el-Amin": a lowercase particle joined to the capitalised family name.
    let joined_particle = t.orig.split_once('-').is_some_and(|(head, tail)| {
        matches!(
            head,
            "al" | "el" | "bin" | "ibn" | "abu" | "ben" | "ul" | "ad" | "ash" | "as"
        ) && tail.starts_with(char::is_uppercase)
            && tail.chars().skip(1).all(char::is_lowercase)
    });
    !t.punct
        && !lettered
        && !midway
        && (t.capitalised() || joined_particle)
        && !t.is_email()
        && !NOT_NAMES.contains(&low)
        && weekday(low).is_none()
        && low.strip_suffix('s').is_none_or(|one| weekday(one).is_none())
        && !low.chars().any(|c| c.is_ascii_digit())
        && weekday_span(low).is_none()
        && !MONTHS.contains(&low)
}

/// True when the request has letters and none of them lowercase ("NEED 1 HOUR WITH MARCUS").
pub(super) fn shouted(toks: &[Token]) -> bool {
    let letters = || toks.iter().flat_map(|t| t.orig.chars()).filter(|c| c.is_alphabetic());
    letters().nth(2).is_some() && !letters().any(char::is_lowercase)
}

/// Letters, with hyphens or apostrophes inside ("ji-woo", "o'brien").
/// ("the H&S officer", "the R&D team": a short abbreviation joined by "&" too.)
pub(super) fn name_like(low: &str) -> bool {
    let joined = |c: char| c == '&' && low.len() <= 5 && !low.ends_with('&');
    low.starts_with(char::is_alphabetic)
        && low
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || joined(c))
}

/// What a thing may be "in" that says its state ("the boiler in bits", "the plan in tatters").
const STATES_IN: &[&str] = &[
    "bits", "pieces", "tatters", "ruins", "disarray", "chaos", "shreds", "flames",
];

/// "the candidate, Ms. Haruka Sato,", "the kindergarten teacher, Frau Yilmaz,", "the Lagos team
/// lead, Chidinma Eze,": "the", one to three words (the first one or two may be a place's or a
/// body's name: "the Sea Scouts leader, Mr. Oswin Kerrigan-Ade,") and a comma at `i`, before a
/// capitalised name or an address that says who the words mean ("the entertainer,
/// marvin@…"); how many words.
pub(super) fn role_before_name(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).is_some_and(|t| !t.punct && !t.capitalised());
    let capital = |k: usize| toks.get(k).is_some_and(|t| !t.punct && t.capitalised());
    let placed = (1..=2)
        .find(|&n| (1..=n).all(|m| capital(i + m)) && word(i + n + 1))
        .unwrap_or(0);
    let mut words = placed + (i + 1 + placed..i + 4).take_while(|&k| word(k)).count();
    // ("the Chairman of the Council, Cllr. …", "the vice-chairman of the Planning Sub-Committee,
    // Cllr. …": or the post of a body named in capitals.)
    // ("the Dean of Students, Professor …": or "of" alone before the body.)
    let of_body = (words >= 2 && toks[i + words - 1].low == "of" && toks[i + words].low == "the"
        || words >= 1 && toks[i + words].low == "of")
        .then(|| {
            (1..=3).find(|&n| {
                (1..=n).all(|m| capital(i + words + m)) && toks.get(i + words + n + 1).is_some_and(|t| t.low == ",")
            })
        })
        .flatten()
        .unwrap_or(0);
    words += of_body;
    // ("with our supplier in Dubai, Mr. Rashid Al-Mansouri,": or where the post is held, after it;
    // one's own post too.)
    let held_in = words > 1
        && toks[i + words].low == "in"
        && toks.get(i + 1 + words).is_some_and(|t| t.capitalised() && !t.punct)
        && toks.get(i + 2 + words).is_some_and(|t| t.low == ",");
    words += usize::from(held_in);
    let determiner = |t: &Token| t.low == "the" || held_in && matches!(t.low.as_str(), "our" | "my");
    (toks.get(i).is_some_and(determiner)
        && (1..=3).contains(&(words - of_body))
        && toks.get(i + 1 + words).is_some_and(|t| t.low == ",")
        && toks
            .get(i + 2 + words)
            .is_some_and(|t| names_someone(t) || t.is_email())
        // (A body's post only before one person named in full or by a title, or alone and set off
        // by commas, "the head of HR, Priya,": not "the Head of Maths, Bo and Cal", "the Friends
        // of Kew, Ana and Bo", a list.)
        && (of_body == 0
            || one_named_after(toks, i + 2 + words)
            || toks.get(i + 3 + words).is_some_and(|t| t.low == ",")))
    .then_some(words)
}

/// A capitalised word that may be a name, not the one asking ("the recruiter, I took …").
pub(super) fn names_someone(t: &Token) -> bool {
    t.capitalised() && !matches!(t.low.as_str(), "i" | "i'm" | "i've" | "i'll" | "i'd")
}

/// A capitalised word at `i` (ending before `k`) opening a sentence before a comma and where its
/// holder is: "Darts. Caller, on stage, white gloves." names the one writing by a role, no one to
/// meet (not "Ana, on Monday …", "Bo, in the afternoon, …", "Ana, in HR, needs 30 min").
pub(super) fn role_at_post(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!"))
        && starts_with(toks, k, &[","])
        && toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "on" | "in" | "at" | "behind" | "by" | "under" | "inside" | "beside" | "up" | "down"
            )
        })
        && !(k + 2..k + 5).any(|j| {
            crate::intent::dates::day_or_hour_at(toks, j)
                || toks
                    .get(j)
                    .is_some_and(|t| crate::intent::clock::part_word(&t.low).is_some())
        })
        // (Not "Ana, in HR, needs 30 min with me": the aside closed and the name's verb
        // after it; nor "Ana, by any chance …".)
        && !starts_with(toks, k + 1, &["by", "any"])
        && !(k + 2..toks.len().min(k + 6)).any(|j| {
            toks[j].low == ","
                && toks.get(j + 1).is_some_and(|t| {
                    SUBJECT_VERBS.contains(&t.low.as_str())
                        || matches!(
                            t.low.as_str(),
                            "should" | "will" | "would" | "could" | "is" | "has" | "wants" | "needs" | "asked"
                        )
                })
        })
}

/// A capitalised word at `i` (ending before `k`) shown rather than named: a title in quotes, a
/// cheer or things called out, a word shown in capitals.
pub(super) fn shown_not_named(toks: &[Token], i: usize, k: usize) -> bool {
    let t = &toks[i];
    // "Put 'Parent-teacher conference' on my calendar": a title in quotes, not someone
    // (not "'Bo'" alone, nor "'Ana 1:1'", "'Bo and Ana sync'": people the title names).
    let quoted = i > 0
        && matches!(toks[i - 1].low.as_str(), "'" | "\"")
        && (i + 1..toks.len().min(i + 8))
            .find(|&j| toks[j].low == toks[i - 1].low)
            .is_some_and(|close| {
                close > i + 1
                    && !toks[i + 1..close].iter().any(|t| {
                        t.low.starts_with(|c: char| c.is_ascii_digit())
                            || matches!(t.low.as_str(), "and" | "&" | "/" | "+")
                    })
            });
    // "Go, fight, win!": a cheer opening a sentence (not "Lunch with Go on Friday").
    // "Root - rock - puddle - yeehaw!": things called out one by one, dashed apart.
    let cheer = (i == 0 || toks[i - 1].punct)
        && (t.low == "go" && toks.get(k).is_some_and(|n| matches!(n.low.as_str(), "," | "!"))
            || k == i + 1
                && starts_with(toks, k, &["-"])
                && toks.get(k + 1).is_some_and(|n| !n.punct && !n.capitalised())
                && starts_with(toks, k + 2, &["-"]));
    // "a queue of cars glares at the word STOP", "Sign still says STOP.": a word shown, in
    // capitals, not someone.
    let word_shown = i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "word" | "says" | "said" | "reads" | "reading" | "saying"
        )
        && t.orig.chars().all(char::is_uppercase);
    quoted || cheer || word_shown
}

/// "Dear Kairos, Please cancel everything … closed the centre to visitors. Harriet Sowerby": a
/// name of up to three words (at `i`, ending before `k`) alone after a letter's last sentence,
/// closing it, is the one who signed it, no one to meet (not a name after a title's full stop,
/// "… with Dr. Ana Lee", nor in a text that opens with no greeting).
pub(super) fn signed_below(toks: &[Token], i: usize, k: usize) -> bool {
    // ("Oh Kairos, I'm in such a muddle. …", "Kairos dear, …", "Assalamu alaikum Kairos,": or
    // opened by calling on the assistant, or with another greeting.)
    // (Not "Kairos, book 45 minutes … Her name is below.\nAna Lopez", a name given below.)
    let letter = toks.first().is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "dear" | "hi" | "hello" | "hey" | "assalamu" | "salaam" | "salam"
        ) || t.low == "oh" && (starts_with(toks, 1, &[","]) || starts_with(toks, 2, &[",", ","]))
            || t.low == "kairos" && (starts_with(toks, 1, &["dear"]) || starts_with(toks, 1, &[",", "dear", ","]))
    });
    letter
        && i > 1
        && matches!(toks[i - 1].low.as_str(), "." | "!" | "?")
        && !HONORIFICS.contains(&toks[i - 2].low.as_str())
        // (After a question only a long one, the name closing the text with no stop: not "With
        // whom? Ana Lopez.", "His name? Kwame Mensah.", the name asked for.)
        && (toks[i - 1].low != "?"
            || k == toks.len()
                && toks[..i - 1]
                    .iter()
                    .rev()
                    .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
                    .count()
                    > 4)
        && (1..=3).contains(&(k - i))
        && toks[i..k].iter().all(|t| t.capitalised() && !t.possessive)
        && toks[k..].iter().all(|t| t.low == ".")
}

/// "Kind regards,\nHarriet Olufemi-Crane\nDeputy Headteacher, St Aidan's C of E Primary School",
/// "Thanks!\nRhiannon\nCoordinator, Tŷ Bara Food Bank": whether all from `from` to the end, after
/// a sign-off, is a signature: a name and the post and body it signs for, every word capitalised
/// but the small words of a body's name (not "Thanks, and book Ana for Friday", the request going
/// on).
pub(super) fn signature_tail(toks: &[Token], from: usize) -> bool {
    let rest = toks.get(from..).unwrap_or_default();
    let small = |t: &Token| {
        matches!(
            t.low.as_str(),
            "," | "!" | "." | "&" | "of" | "and" | "the" | "for" | "-" | "to" | "(" | ")"
            // ("Col. H. R. Ashworth-Gale (retd.)": a rank held no longer.)
            | "retd" | "rtd"
        )
    };
    rest.len() <= 24
        && rest.iter().any(|t| t.capitalised() && !t.punct)
        && rest.iter().all(|t| small(t) || t.capitalised() && !t.punct)
        && dates_free(rest)
}

/// No weekday or month among `toks`: a signature names none.
fn dates_free(toks: &[Token]) -> bool {
    toks.iter()
        .all(|t| super::super::dates::weekday(&t.low).is_none() && !MONTHS.contains(&t.low.as_str()))
}

/// "Chests, bellows and reservoirs are to be raised only with the chain hoist": a capitalised word
/// (at `i`, alone before `k`) opening a sentence, listed with things in the lowercase plural, is
/// a thing too (not "Ana, bo and chen are free", names in lowercase, nor "Tom, the twins and
/// Ana", nor "Lewis, parents and carers are invited", people listed).
pub(super) fn listed_with_things(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?" | ":"))
        && toks[i].low.ends_with('s')
        && starts_with(toks, k, &[","])
        && toks.get(k + 1).is_some_and(things)
        && starts_with(toks, k + 2, &["and"])
        && toks.get(k + 3).is_some_and(things)
}

/// A lowercase word in the plural naming things, not people ("bellows", "floodlights"; not
/// "carers", "florists", "guests", "cousins").
fn things(t: &Token) -> bool {
    let one = t.low.trim_end_matches('s');
    !t.punct
        && !t.capitalised()
        && t.low.len() > 4
        && t.low.ends_with('s')
        && !t.low.ends_with("ss")
        // (Those who do something: "carers", "florists"; not "hoists".)
        && !["er", "or", "ian", "ee", "ent", "ant", "ie"].iter().any(|end| one.ends_with(end))
        && !(one.len() > 5 && one.ends_with("ist"))
        && !matches!(
            t.low.as_str(),
            "kids" | "guests" | "friends" | "staff" | "members" | "families" | "neighbours" | "neighbors" | "colleagues"
        )
        && !KIN.contains(&t.low.as_str())
}

/// "What's on Sun 6th? Producer wants a brush-up.", "Van's got a flat!!", "Roller's broke again.":
/// a calling, a vehicle or a thing broken (at `i`, alone before `k`) opening a later sentence with
/// its article dropped, as notes drop them, and saying how things stand with no day, hour, length
/// or meeting in it: the reason told, no one named (not "Producer wants to meet Ana", "Client needs
/// an hour Tuesday afternoon", "Coach wants 20 min Saturday at 9", "Manager has agreed to a 1:1",
/// the one the time is for, unless what they cannot do; nor "Hi! Peter wants a call", "Van is free
/// Monday at 10", names).
pub(super) fn bare_noun_subject(toks: &[Token], i: usize, k: usize) -> bool {
    let low = toks[i].low.as_str();
    let calling = super::words::REMARKERS.contains(&low)
        || matches!(
            low,
            "lifeguard"
                | "caretaker"
                | "manager"
                | "boss"
                | "client"
                | "supplier"
                | "driver"
                | "warden"
                | "chef"
                | "porter"
                | "director"
                | "organiser"
                | "organizer"
                | "plumber"
                | "builder"
                | "landlord"
                | "electrician"
        );
    // (A vehicle only with "'s got" and its trouble: "Van's got a flat!!".)
    let vehicle = matches!(low, "van" | "car" | "truck" | "lorry" | "minibus" | "bus")
        && toks[i].possessive
        && starts_with(toks, k, &["got"])
        && toks[k + 1..toks.len().min(k + 5)]
            .iter()
            .any(|t| matches!(t.low.as_str(), "flat" | "puncture" | "problem" | "fault" | "dead"));
    // ("Roller's broke again.": or anything said to be broken, and nothing more.)
    let broken = toks[i].possessive
        && toks.get(k).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "broke" | "broken" | "bust" | "busted" | "knackered" | "kaput"
            )
        })
        && toks[k + 1..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
            .all(|t| matches!(t.low.as_str(), "again" | "down" | "now" | "today"));
    let states = !toks[i].possessive
        && toks.get(k).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "wants" | "needs" | "can't" | "cannot" | "won't" | "says" | "is" | "isn't" | "has" | "hasn't"
            )
        });
    let clause: Vec<&Token> = toks[k..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?" | ","))
        .collect();
    let timed = clause.iter().any(|t| {
        t.low.starts_with(|c: char| c.is_ascii_digit())
            || super::super::dates::weekday(&t.low).is_some()
            || super::super::durations::is_length(&t.low)
            || MEETING_NOUNS.contains(&t.low.as_str())
            || matches!(
                t.low.as_str(),
                "meet"
                    | "with"
                    | "w/"
                    | "see"
                    | "call"
                    | "free"
                    | "available"
                    | "agreed"
                    | "confirmed"
                    | "fine"
                    | "hour"
                    | "today"
                    | "tomorrow"
                    | "tonight"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "1:1"
                    | "follow-up"
                    | "visit"
                    | "tasting"
                    | "session"
            )
    });
    // ("Client has postponed the board meeting itself.": what it did, told; not "Manager has
    // agreed to a 1:1", "Client has confirmed Thursday", "Lindqvist has asked for 45 minutes".)
    let did = toks.get(k).is_some_and(|t| t.low == "has")
        && toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "postponed" | "cancelled" | "canceled" | "pulled" | "withdrawn" | "dropped" | "left" | "gone"
            )
        });
    k == i + 1
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "." | "!" | "?")
        && (calling && states || vehicle || broken)
        // ("Lifeguard can't open up till 6:30": a day or an hour it cannot do is why, still.)
        && (!timed || did || toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "can't" | "cannot" | "won't")))
        // (Nor a sentence that goes on to ask: "…, book it", "…, find 30 min".)
        && !toks[k..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
            .any(|t| matches!(t.low.as_str(), "book" | "find" | "pencil" | "move" | "cancel" | "schedule"))
}

/// "The Lord Lieutenant's office has written regarding a visit": the word at `k` is an office that
/// wrote or rang (see `lists::group_at`).
pub(super) fn office_got_in_touch(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.low == "office")
        && (["written", "rung", "phoned", "emailed"]
            .iter()
            .any(|done| starts_with(toks, k + 1, &["has", done]))
            || toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "wrote" | "rang" | "phoned" | "emailed")))
}

/// "w/ LX designer Odalys + DSM Kit": a department or a post written in capitals (at `i`) before
/// the lowercase word for a post and its holder's name, or a post known by its letters before the
/// holder's name, is no part of the name (not "w/ AJ Smith", initials; nor "w/ IT and Bo").
pub(super) fn post_in_capitals_before_holder(toks: &[Token], i: usize) -> bool {
    const POSTS: &[&str] = &[
        "ceo", "cfo", "cto", "coo", "cmo", "cio", "md", "vp", "pa", "pm", "dsm", "asm", "gp", "hr",
    ];
    let t = &toks[i];
    let holder = |k: usize| {
        toks.get(k)
            .is_some_and(|n| !n.punct && n.capitalised() && !n.in_capitals())
    };
    let post_word = |k: usize| {
        toks.get(k).is_some_and(|n| {
            !n.punct
                && !n.capitalised()
                && n.low.len() > 3
                && !matches!(
                    n.low.as_str(),
                    "and" | "with" | "from" | "for" | "plus" | "then" | "also" | "both" | "team" | "meeting" | "call"
                )
        })
    };
    // (In a list of those met only: after "with", "w/", "+", "&", "and" or a comma.)
    i > 0
        && matches!(toks[i - 1].low.as_str(), "with" | "w/" | "+" | "&" | "and" | ",")
        && t.in_capitals()
        && (2..=4).contains(&t.low.len())
        && t.low.chars().all(|c| c.is_ascii_alphabetic())
        && (post_word(i + 1) && holder(i + 2) || POSTS.contains(&t.low.as_str()) && holder(i + 1))
}

/// The place named after "the" by its kind (see `place_of_kind`).
pub(super) fn place_named_by_kind(toks: &[Token], i: usize, k: usize) -> bool {
    i > 0
        && toks[i - 1].low == "the"
        && !toks[k - 1].possessive
        && toks.get(k).is_some_and(|t| {
            !t.possessive
                && matches!(
                    t.low.as_str(),
                    "stop"
                        | "stops"
                        | "branch"
                        | "depot"
                        | "site"
                        | "surgery"
                        | "estate"
                        | "campus"
                        | "route"
                        | "block"
                        | "building"
                        // ("in the Hodgkin Room": a room or a hall named by someone, the place.)
                        | "room"
                        | "hall"
                        | "suite"
                        | "lounge"
                        | "chapel"
                        | "gallery"
                )
        })
        && toks.get(k + 1).is_none_or(|t| !GROUP_WORDS.contains(&t.low.as_str()))
}

/// "go to the …", "going to the …": the "the" at `the` opens where one goes.
pub(super) fn gone_to(toks: &[Token], the: usize) -> bool {
    the > 1
        && toks[the].low == "the"
        && toks[the - 1].low == "to"
        && matches!(
            toks[the - 2].low.as_str(),
            "go" | "going" | "get" | "getting" | "head" | "heading" | "went"
        )
}

/// A capitalised word at `i` (ending before `k`) that directs or marks rather than names: a
/// one-word sentence beside another ("Nod. Flick. Onward."), a doing done alone ("Reading only,
/// no turning", "Research only, no edits:"), a letter drawn on something ("a big X inked on the map", "a lone Q") or numbering
/// a part ("Section B - …"), words shouted in
/// capitals amid lowercase ones ("as an ORDER GIVEN", "HOP TO IT"), or the first of things called
/// out ("Flask, notebook, anorak").
pub(super) fn directs_not_named(toks: &[Token], i: usize, k: usize) -> bool {
    let stop = |j: usize| toks.get(j).is_some_and(|t| matches!(t.low.as_str(), "." | "!"));
    // "(pianissimo) Reading only": a stage direction in brackets opens one too.
    let opens = i == 0 || stop(i - 1) || toks[i - 1].low == ")";
    let one_word = |j: usize| toks.get(j).is_some_and(|t| !t.punct && t.capitalised()) && stop(j + 1);
    // (Not "Thanks. Bo." alone: two such sentences in a row.)
    let terse =
        opens && k == i + 1 && stop(k) && (one_word(k + 1) || i >= 2 && one_word(i - 2) && (i < 3 || stop(i - 3)));
    // "Watching, not throwing.": so is one set against another.
    let doing_alone = opens
        && k == i + 1
        && toks[i].low.len() > 5
        && toks[i].low.ends_with("ing")
        && (starts_with(toks, k, &["only", ","]) || starts_with(toks, k, &[",", "not"]));
    // (Not "I" or "A", nor an initial before its full stop: "J. Okafor".)
    let letter = k == i + 1
        && toks[i].orig.len() == 1
        && !matches!(toks[i].low.as_str(), "i" | "a")
        && !stop(k)
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "a" | "an" | "big" | "huge" | "giant" | "little" | "small" | "red" | "black"
        )
        // "nothing but vowels and a lone Q.": one of a kind, before a full stop too.
        || k == i + 1
            && toks[i].orig.len() == 1
            && i > 1
            && matches!(toks[i - 1].low.as_str(), "lone" | "single")
            && matches!(toks[i - 2].low.as_str(), "a" | "the")
        // "Section B - what happened": the letter numbering a part of a form.
        || k == i + 1
            && toks[i].orig.len() == 1
            && i > 0
            && super::layout::PART_WORDS.contains(&toks[i - 1].low.as_str())
            && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "-" | "–" | "—" | ":"));
    // (Not a request shouted whole, nor one word such as "IT" or "HR".)
    let capitals = |t: &Token| t.orig.chars().count() > 1 && t.orig.chars().all(char::is_uppercase);
    // ("W/ THE SUPPLIER MRS ADA LOWE": or a titled name after "with", "the" and a post.)
    let after_post = HONORIFICS.contains(&toks[i].low.as_str())
        && (2..=3).any(|n| {
            i > n
                && toks[i - n].low == "the"
                && matches!(toks[i - n - 1].low.as_str(), "with" | "w/")
                && !toks[i - n + 1..i].iter().any(|t| GROUP_WORDS.contains(&t.low.as_str()))
        });
    // (Nor where people are named: "with IBM HR", "Meeting with JOHN SMITH".)
    let introduced = i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "with" | "w/" | "meet" | "meeting" | "invite" | "see" | "and" | "&"
        )
        || after_post;
    // "RATED PG FOR MILD PERIL AND HEAVY BREATHING.": a sentence shouted whole amid others names
    // no one either.
    let shouted_sentence = {
        let stop = |j: usize| matches!(toks[j].low.as_str(), "." | "!" | "?");
        let start = (0..i).rev().find(|&j| stop(j)).map_or(0, |j| j + 1);
        let end = (i..toks.len()).find(|&j| stop(j)).unwrap_or(toks.len());
        // ("GUEST QUESTIONNAIRE - SLEEPING-POD HOTEL", "FUNCTION ROOM OF A SEASIDE HOTEL": with
        // hyphens, and a word of one letter.)
        let shouted = |end: usize| {
            toks[start..end]
                .iter()
                .filter(|t| !t.punct)
                .all(|t| t.in_capitals() || t.orig.chars().count() == 1 && t.capitalised())
        };
        // "ROUND SHEET …, FILLED IN BY ME, THE DRIVER, AND CLIPPED TO THE DASHBOARD: bags …": so
        // is a long heading in capitals before its colon, the sentence going on in lowercase.
        // (Not "QUARTERLY REVIEW WITH JOHN SMITH AND MARY JONES IN LONDON:": a heading naming
        // whom the meeting is with.)
        let heading = (i..end).find(|&j| toks[j].low == ":").is_some_and(|colon| {
            toks[start..colon].iter().filter(|t| !t.punct).count() >= 8
                && shouted(colon)
                && !toks[start..colon]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "with" | "w/" | "meet" | "meeting" | "invite"))
        });
        end - start >= 5 && shouted(end) || heading
    };
    // (Not "LUNCH WITH ANA ON FRIDAY AT NOON. thanks": someone met, however loud.)
    let met = i > 0
        && (matches!(
            toks[i - 1].low.as_str(),
            "with" | "w/" | "meet" | "meeting" | "invite" | "see"
        ) || after_post)
        && !titled_with(toks, i - 1);
    // (Hyphens within a shouted sentence only: not "for ANNE-MARIE DUBOIS and me".)
    // "A BALLAD OF THE THREE-LEGGED RACE, composed …": so is a name in capitals after "THE" or
    // "OF" in capitals, words of a title.
    let titled = i > 0 && matches!(toks[i - 1].orig.as_str(), "THE" | "OF");
    let shouted_amid = ((shouted_sentence && !met || titled) && toks[i..k].iter().all(Token::in_capitals)
        || k > i + 1 && !introduced && toks[i..k].iter().all(capitals))
        && toks.iter().any(|t| t.orig.chars().any(char::is_lowercase));
    // "Flask, notebook, anorak zipped to the chin": things called out, the rest of the list in
    // lowercase (not "Ana, Bo, Chen").
    let things_called_out = opens
        && k == i + 1
        && starts_with(toks, k, &[","])
        // (Not "Priya, monday, 10am": when, not a thing.)
        && toks.get(k + 1).is_some_and(|t| {
            !t.punct
                && !t.capitalised()
                && t.low.chars().all(char::is_alphabetic)
                && !matches!(
                    t.low.as_str(),
                    "and" | "or" | "next" | "this" | "today" | "tomorrow" | "tonight"
                )
                && weekday(&t.low).is_none()
                && crate::intent::clock::part_word(&t.low).is_none()
        })
        && starts_with(toks, k + 2, &[","]);
    // "Love is in the air, darling", "Sing, O muse": the saying or the invocation, not someone
    // called Love or Sing (not "Ben Love", "with Sing"); "Leader's just ahead on the straight":
    // whoever leads a race, opening its sentence (not "the Team Leader").
    // "Nature, it seems, is merciful", "Steady, man. Steady.": the world at large, a word to
    // oneself (not "Steady Capital", "with Nature and Ben").
    let saying = starts_with(toks, i, &["love", "is", "in", "the", "air"])
        || starts_with(toks, i, &["sing", ",", "o"])
        // "Sing, O Muse", "Ask me not again, O herald": whoever "O" calls upon.
        // (Only set off by a comma before and after: not "with O Neill on monday", "Ms O Hara".)
        || i > 1 && toks[i - 1].orig == "O" && toks[i - 2].low == "," && toks.get(k).is_some_and(|t| t.punct)
        || starts_with(toks, i, &["nature", ",", "it", "seems"])
        || toks[i].low == "steady" && (starts_with(toks, k, &[",", "man"]) || opens && stop(k))
        || opens && toks[i].low == "leader" && toks[i].possessive;
    // "Research only, no edits: add nothing": a heading of what is done alone and what is not,
    // before its colon (not "Ana only, no Bo.").
    // (Nor "Sarah only, not the whole team:", "Ana only, not Bo:", people left out, nor "Dana
    // only, no agenda: coffee with her", someone spoken of after.)
    let left_out = toks.get(k + 3).is_some_and(|t| {
        t.capitalised() && !t.punct
            || t.low == "the"
                && toks[k + 4..]
                    .iter()
                    .take(3)
                    .any(|t| GROUP_WORDS.contains(&t.low.as_str()))
    });
    let spoken_of = toks[k..]
        .iter()
        .any(|t| matches!(t.low.as_str(), "him" | "her" | "he" | "she"));
    let done_alone = opens
        && k == i + 1
        && starts_with(toks, k, &["only", ","])
        && toks
            .get(k + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "no" | "not" | "nothing"))
        && toks[k + 2..].iter().take(5).any(|t| t.low == ":")
        && !left_out
        && !spoken_of;
    // "I do the rota at Linden Pharmacy", "the Oakfield Brewery co-operative", "Garage is shut
    // Mon 21 Dec": a business or a place by its name, its last word saying what it is (alone only
    // opening its sentence before what it is or does), no one.
    let business = |t: &Token| {
        t.capitalised()
            && matches!(
                t.low.as_str(),
                "pharmacy"
                    | "brewery"
                    | "surgery"
                    | "clinic"
                    | "hotel"
                    | "inn"
                    | "library"
                    | "hospital"
                    | "hospice"
                    | "academy"
                    | "college"
                    | "university"
                    | "cathedral"
                    | "centre"
                    | "center"
                    | "bakery"
                    | "studios"
                    | "cafe"
                    | "café"
                    | "restaurant"
                    | "theatre"
                    | "theater"
                    | "museum"
                    | "gallery"
                    | "garage"
                    | "nursery"
                    // "This is Ayşe from Linden Dental Practice".
                    | "practice"
                    // "at Holt & Varga Accountants", "this is reception at Marienplatz Dental".
                    | "dental"
                    | "accountants"
                    | "solicitors"
                    | "opticians"

                    // "the charity shop on Hill St": a street (not "Della Street", a surname).
                    | "st"
                    | "road"
                    | "rd"
                    | "avenue"
                    // "Mrs Kowalski at 3 Elm Row" (not "Lane" or "Street", surnames too).
                    | "row"
                    | "wynd"
                    | "crescent"
                    | "terrace"
                    // "the Brotzeit café on Oderberger Straße": a German street's.
                    | "straße"
                    | "strasse"
                    | "platz"
                    | "allee"
            )
    };
    // (Not "a call with Linden Pharmacy", "meet with the Grand Hotel": the business talked with.)
    let lead = if i > 0 && toks[i - 1].low == "the" { i - 1 } else { i };
    // ("at Holt & Varga Accountants": not the second name of a firm at which someone is.)
    let firm_of_two = |amp: usize| {
        toks[amp].orig == "&"
            && amp > 1
            && toks[amp - 1].capitalised()
            && !toks[amp - 1].punct
            && toks[amp - 2].low == "at"
    };
    let talked_with = lead > 0
        && matches!(
            toks[lead - 1].low.as_str(),
            "with" | "w/" | "meet" | "call" | "ring" | "phone" | "contact" | "email" | "invite" | "see" | "and" | "&"
        )
        && !firm_of_two(lead - 1);
    // ("at Holt & Varga Accountants": so is the first name of such a firm, at which someone is.)
    let first_of_firm = k == i + 1
        && i > 0
        && toks[i - 1].low == "at"
        && toks.get(k).is_some_and(|t| t.orig == "&")
        && (k + 2..toks.len().min(k + 5))
            .take_while(|&e| toks[e - 1].capitalised() && !toks[e - 1].punct)
            .any(|e| business(&toks[e - 1]) && toks.get(e).is_none_or(|t| !t.capitalised() || t.punct));
    // (Nor "the viewing at 14 Elm Road": a house's number before its street, read as it was.)
    let numbered_house = i > 0 && toks[i - 1].low.starts_with(|c: char| c.is_ascii_digit());
    // ("the volunteers at Eastgate Food Bank": a bank of three words or more, or after "at", is a
    // place; not "Mia Bank", "Tom Bank".)
    let bank =
        toks[k - 1].low == "bank" && toks[k - 1].capitalised() && (k > i + 2 || i > 0 && toks[i - 1].low == "at");
    // ("our carol singing at Meadowbank Care Home": a home of care, too.)
    let care_home = k > i + 1
        && toks[k - 1].low == "home"
        && toks[k - 1].capitalised()
        && matches!(toks[k - 2].low.as_str(), "care" | "nursing" | "retirement");
    // ("I run the Tuesday reading buddies at Hollybank library": a place's name before what it is
    // in lowercase, after "at".)
    let lowercase_place = k == i + 1
        && i > 0
        && toks[i - 1].low == "at"
        && toks.get(k).is_some_and(|t| {
            !t.capitalised()
                && matches!(
                    t.low.as_str(),
                    "library"
                        | "school"
                        | "church"
                        | "hospital"
                        | "surgery"
                        | "pharmacy"
                        | "station"
                        | "hall"
                        | "centre"
                        | "center"
                )
        });
    // ("The twins start at Lindenhof Primary in January": a primary school, after "at".)
    let primary = k > i + 1 && toks[k - 1].low == "primary" && i > 0 && toks[i - 1].low == "at";
    // (Nor "can Frau Platz do a call": someone titled, a street's word their name; not "at Mr Lee's
    // Cafe", a business.)
    let titled = HONORIFICS.contains(&toks[i].low.as_str())
        && matches!(toks[k - 1].low.as_str(), "straße" | "strasse" | "platz" | "allee");
    let place_named = !talked_with
        && !titled
        && !numbered_house
        && k > i + 1
        && (business(&toks[k - 1]) || bank || care_home || primary)
        || first_of_firm
        // ("(flat 3, Rowan Court)": a court of flats, in an address after a comma or a bracket;
        // not "Sarah Court and I", a surname.)
        || k > i + 1
            && toks[k - 1].low == "court"
            && toks[k - 1].capitalised()
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "," | "(")
        || lowercase_place
        || !talked_with
            && k == i + 1
            && opens
            && business(&toks[i])
            && toks
                .get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "is" | "was" | "will" | "has" | "closes" | "opens"));
    // "Damage: any chain that has stretched … taken out of use": a heading of a checklist,
    // opening its sentence before a colon and a lowercase determiner, no one (not "Ana: the 3pm
    // works", someone answering).
    // (Only among other headings of the kind: not "Ana: any chance we can do 3pm Friday?", someone
    // answering.)
    // (Counted only where the rest holds: not for every name read.)
    let among_headings = || {
        (0..toks.len().saturating_sub(1))
            .filter(|&j| {
                toks[j].capitalised()
                    && !toks[j].punct
                    && (j == 0 || matches!(toks[j - 1].low.as_str(), "." | "!" | "?"))
                    && toks[j + 1].low == ":"
            })
            .nth(1)
            .is_some()
    };
    let checklist_heading = opens
        && k == i + 1
        && starts_with(toks, k, &[":"])
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "any" | "every" | "each" | "all" | "no"))
        && among_headings();
    // "we're moving to Lisbon in Feb": where one moves home, no one.
    // (Only one's own move: not "the 1:1s are moving to Ana".)
    let moved_to = i > 2
        && toks[i - 1].low == "to"
        && (matches!(toks[i - 2].low.as_str(), "moving" | "relocating" | "emigrating")
            && matches!(toks[i - 3].low.as_str(), "i'm" | "im" | "we're" | "were" | "they're")
            // "Work's sending me to Hamburg": where one is sent, no one met.
            // (A place of one word, no purpose after it: not "sending me to Dr. Weber", "to Anna
            // Schmidt for physio", "to Jonas for onboarding", someone one is sent to see.)
            || matches!(toks[i - 2].low.as_str(), "me" | "us")
                && matches!(toks[i - 3].low.as_str(), "sending" | "posting" | "flying")
                && k == i + 1
                && !HONORIFICS.contains(&toks[i].low.as_str())
                // ("… to Hamburg for the first half of next week": for how long, though.)
                && (!starts_with(toks, k, &["for"])
                    || toks[k + 1..].iter().take(5).any(|t| {
                        matches!(
                            t.low.as_str(),
                            "week" | "weeks" | "day" | "days" | "month" | "months" | "half" | "weekend" | "night" | "nights"
                        )
                    })))
        // (Nor "I'm moving to Ana's 3pm slot": someone's time moved to.)
        && !toks[k - 1].possessive;
    // "w/ Priyanka from Northwind": where someone named comes from, a firm, no one more (not "a
    // call from Ana", whoever makes it).
    // (Only of someone named among those met: not "Call from Ana", "Greetings from Kenji", "a
    // handover to Ana from Bo".)
    // ("w/ Gaby from Hüpfburg Heaven", "the electrician from Brandt Elektro": a firm of two words,
    // or someone met by their trade, too.)
    // (Not "handover with Ana from Tom Hale": one handing over.)
    let handed_over = toks[..i]
        .iter()
        .any(|t| matches!(t.low.as_str(), "handover" | "hand-over" | "handing"));
    // ("This is Maren from Ostwind Hearing Care.": a firm of up to four words where the one writing
    // is introduced, closing the sentence.)
    let introduced_from = i > 3 && toks[i - 3].low == "is" && toks[i - 4].low == "this" && starts_with(toks, k, &["."]);
    let from_firm = (k == i + 1 || k == i + 2 && !handed_over || k <= i + 4 && introduced_from)
        && i > 2
        && toks[i - 1].low == "from"
        // ("This is Keeley from Riverside Physiotherapy.": or the one writing, introduced; "I'm
        // writing from Kunze Opticians.": or where they write from.)
        // (Said by the one writing, of a firm: not "the woman calling from Siemens", "writing
        // from Anna Berg's account".)
        && (matches!(toks[i - 2].low.as_str(), "writing" | "calling" | "emailing" | "messaging")
            && i > 2
            && matches!(toks[i - 3].low.as_str(), "i'm" | "am" | "we're" | "are")
            && !toks[i..k].iter().any(|t| t.possessive)
            // ("Please book Tomasz from KüchenWerk to install it": or the one booked, by name.)
            || (matches!(
                toks[i - 3].low.as_str(),
                "with" | "w/" | "and" | "&" | "+" | "," | "book" | "invite"
            ) || toks[i - 3].low == "is" && i > 3 && toks[i - 4].low == "this")
            && toks[i - 2].capitalised()
            && !toks[i - 2].punct
            && !toks[i - 2].possessive
            && toks[i - 2].low != "i"
            // ("the estimator from Umzüge Kranich": or by what they do.)
            || toks[i - 3].low == "the" && (trade(&toks[i - 2]) || super::roles::doer(toks, i - 2)));
    // "the school business manager at St Aidan's", "St Mary's": a school, church or hospital
    // named after its saint, no one.
    // ("at St. Aidan's": the saint's name after the full stop, too.)
    let saints = toks[i].low == "st"
        && (k > i + 1 && toks[k - 1].possessive
            || k == i + 1
                && starts_with(toks, k, &["."])
                && toks.get(k + 1).is_some_and(|t| t.possessive && t.capitalised()));
    // "bk studio B w/ …", "plan B", "room C": a letter naming a room or an option, no one.
    // (Not "the studio J and I use": someone, with the one writing.)
    let lettered = k == i + 1
        && !starts_with(toks, k, &["and", "i"])
        && toks[i].orig.chars().count() == 1
        && toks[i].capitalised()
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "studio"
                | "room"
                | "lab"
                | "court"
                | "gate"
                | "bay"
                | "ward"
                | "block"
                | "pitch"
                | "platform"
                | "stage"
                | "screen"
                | "hall"
                | "floor"
                | "level"
                | "unit"
                | "building"
                | "wing"
                | "zone"
                | "section"
                | "plan"
                | "option"
        );
    // "head of Year 8", "the Year 7 trip", "Form 3": a year or class numbered, no one.
    let numbered = k == i + 1
        && matches!(toks[i].low.as_str(), "year" | "grade" | "form" | "class")
        && toks
            .get(k)
            .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
    // "between Christmas and New Year": the holiday, no one.
    let new_year = toks[k - 1].low == "year"
        && (k == i + 2 && toks[i].orig == "New" || k == i + 1 && i > 0 && toks[i - 1].orig == "New");
    // "Hi, this is reception at Marienplatz Dental.", "I'm the office manager at Holt & Varga.": the
    // firm the one writing works at, named after their post, no one met.
    // (The second of a firm's two names too, after "&".)
    let at = if i > 0 && toks[i - 1].low == "at" {
        Some(i - 1)
    } else if i > 2
        && toks[i - 1].orig == "&"
        && toks[i - 2].capitalised()
        && !toks[i - 2].punct
        && toks[i - 3].low == "at"
    {
        Some(i - 3)
    } else {
        None
    };
    // ("I keep Dr. Ottilie Rasmussen-Eke's diary at Lindwurm Dermatology.": or where the diary the
    // one writing keeps is kept.)
    // (A firm of two words or more: not "I keep Ben's calendar at Ana — can she and Ben meet".)
    let diary_at = |at: usize| {
        k > i + 1
            && at > 2
            && (matches!(toks[at - 1].low.as_str(), "diary" | "calendar" | "bookings")
                && toks[at - 2].possessive
                && (at.saturating_sub(9)..at - 2).any(|j| toks[j].low == "i" && kept_by_writer(toks, j + 2, false))
                // ("I manage the diary for Mr. Cuthbert Oyinlola-Fenn at Fenn & Daughters Estate
                // Agents.": or where the one the writer keeps the diary for works.)
                // (The firm right after the name, and no one titled: not "… for Mrs Hale and need a
                // slot at Dr Ian Shaw".)
                || !HONORIFICS.contains(&toks[i].low.as_str()) && (at.saturating_sub(10)..at).any(|j| {
                    toks[j].low == "for"
                        && toks[j + 1..at].iter().all(|t| t.capitalised() || t.low == "." || HONORIFICS.contains(&t.low.as_str()))
                        && j > 3
                        && matches!(toks[j - 1].low.as_str(), "diary" | "calendar" | "bookings")
                        && matches!(toks[j - 2].low.as_str(), "the" | "my")
                        && kept_by_writer(toks, j - 2, true)
                        && toks[j - 4].low == "i"
                }))
    };
    // ("Hello from the Eastside Netball Club!": or greeting from it, opening the request, a body
    // with "the"; not "Greetings from Kenji!", someone met.)
    let greeted_from = toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "hello" | "hi" | "greetings" | "hey"))
        && i == 3
        && toks[1].low == "from"
        && toks[2].low == "the"
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "!" | "." | ","));
    // (Not one's home: "I'm staying at Ana's".)
    let writers_firm = greeted_from
        || !toks[i..k].iter().any(|t| t.possessive)
            && at.is_some_and(|at| {
                diary_at(at)
                    || (at.saturating_sub(6)..at).any(|j| {
                        let said = if starts_with(toks, j, &["this", "is"]) || starts_with(toks, j, &["i", "am"]) {
                            j + 2
                        } else if toks[j].low == "i'm" {
                            j + 1
                        } else {
                            return false;
                        };
                        // (A post, "reception" or "the office manager": not "I'm having dinner at Bea and
                        // Tom's", "I'm stuck at Frankfurt airport", what one does or where one is.)
                        let post = if toks[said].low == "the" {
                            said + 1 < at
                        } else {
                            said + 1 == at && toks[j].low == "this"
                        };
                        (j == 0 || matches!(toks[j - 1].low.as_str(), "." | "!" | "?" | ","))
                            && said < at
                            && post
                            && toks[said..at].iter().all(|t| {
                                !t.punct && !t.capitalised() && !t.low.ends_with("ing") && !t.low.ends_with("ed")
                            })
                    })
            });
    terse
        || new_year
        || writers_firm
        || doing_alone
        || done_alone
        || letter
        || shouted_amid
        || things_called_out
        || saying
        || numbered
        || place_named
        || lettered
        || saints
        || from_firm
        || checklist_heading
        || moved_to
}
