//! People named together: a group ("the design team"), people listed in parentheses after what
//! names them together, and a list asked about ("whether kai and mira could …").

use super::super::Participant;
use super::super::lexer::{Token, starts_with};
use super::names::{clause_ends, common_word, name_like};
use super::words::{
    AFTER_NAME, GROUP_WORDS, HONORIFICS, MEETING_LEADS, MEETING_NOUNS, NOT_NAMES, NOT_PEOPLE, PLURAL_THINGS,
    SUBJECT_FOLLOWERS, THING_STATES,
};

/// "… tomorrow at 8.30. The Oduya family have postponed the service until after the inquest.": a
/// family that did something, opening a sentence after the request at `i`, the reason told, no
/// one to meet (not "The Oduya family want to meet", "The Brown family have changed their plans
/// and want to meet us at 4", met); where the family's name ends.
pub(super) fn family_did(toks: &[Token], i: usize) -> Option<usize> {
    if i == 0 || toks[i].low != "the" || !matches!(toks[i - 1].low.as_str(), "." | "!" | "?") {
        return None;
    }
    let family = (i + 1..toks.len().min(i + 5)).find(|&k| matches!(toks[k].low.as_str(), "family" | "families"))?;
    let did = toks[i + 1..family].iter().all(|t| t.capitalised() && !t.punct)
        && matches!(toks.get(family + 1).map(|t| t.low.as_str()), Some("have" | "has"))
        && toks.get(family + 2).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "postponed" | "cancelled" | "canceled" | "pulled" | "withdrawn" | "changed" | "delayed"
            )
        });
    let met = toks[family..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
        .any(|t| {
            matches!(
                t.low.as_str(),
                "meet" | "want" | "wants" | "see" | "us" | "join" | "with" | "w/"
            )
        });
    (did && !met).then_some(family + 1)
}

/// `(Ana, Bo)`, `(ana and bo lima)`, `(zoe@x.com)` at `i`: its length and the people in it,
/// when every entry is one to three words or an e-mail address — lowercase words only in a list
/// of several, so that `(as usual)` stays a remark, unless `named_one` and a single word (a
/// trade's holder, "the architect (priya)").
fn listed_in_parentheses(
    toks: &[Token],
    used: &[bool],
    i: usize,
    named_one: bool,
) -> Option<(usize, Vec<Participant>)> {
    if toks.get(i)?.low != "(" {
        return None;
    }
    let close = (i + 1..toks.len().min(i + 16)).find(|&k| toks[k].low == ")")?;
    let mut people = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut lowercase = false;
    for k in i + 1..=close {
        let t = &toks[k];
        if used[k] && k != close {
            return None;
        }
        if matches!(t.low.as_str(), "," | "and" | ")") {
            match words.len() {
                0 => {}
                1..=3 => people.push(Participant::Name(words.join(" "))),
                _ => return None,
            }
            words.clear();
        } else if t.is_email() {
            people.push(Participant::Email(t.low.clone()));
        } else if !t.punct && name_like(&t.low) && !NOT_PEOPLE.contains(&t.low.as_str()) {
            lowercase |= !t.capitalised();
            words.push(t.orig.clone());
        } else if let Some(honorific) = words
            .last_mut()
            .filter(|w| t.low == "." && HONORIFICS.contains(&w.to_lowercase().as_str()))
        {
            // "(Ms. Farah, Mr. Lindgren)": an honorific keeps its full stop.
            honorific.push('.');
        } else {
            return None;
        }
    }
    let one_word = matches!(&people[..], [Participant::Name(name)] if !name.contains(' '));
    let named = !people.is_empty() && (!lowercase || people.len() > 1 || named_one && one_word);
    named.then_some((close + 1 - i, people))
}

/// People listed in parentheses after up to four words that name them together, starting at
/// `i` ("the design team (Ana, Bo)", "finance (Ines and Ravi)", "the auditors (Haas and
/// Petrov)"): the tokens taken and the people.
pub(super) fn listed_after(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, Vec<Participant>)> {
    // ("the field team in Kisumu (Brian Ouma and Faith Chebet)": or past where the group is, a
    // place's capitalised name after "in", before more than one named in the brackets; not "the
    // data team at Acme (Zoom)".)
    let placed = |open: usize| {
        (i + 1..open).any(|k| {
            toks[k].low == "in"
                && GROUP_WORDS.contains(&toks[k - 1].low.as_str())
                && open <= k + 3
                && (k + 1..open).all(|j| toks[j].capitalised())
        }) && toks[open + 1..]
            .iter()
            .take_while(|t| t.low != ")")
            .any(|t| matches!(t.low.as_str(), "," | "and" | "&" | "+"))
    };
    let open = (i..toks.len().min(i + 8))
        .find(|&k| toks[k].low == "(")
        .filter(|&open| open < i + 5 || placed(open))?;
    if open == i || (i..open).any(|k| used[k] || toks[k].punct) {
        return None;
    }
    // ("w/ Kofi Ansah-Byrne (BBC Leeds)": a full name, all capitalised and no group's word,
    // before where they are from, alone in the brackets; not "Marketing (Ana, Bo and Cy)",
    // "Project Falcon (Ana and Bo)", "Mum (Ana Lopez)".)
    let full_name =
        open >= i + 2 && (i..open).all(|k| toks[k].capitalised() && !GROUP_WORDS.contains(&toks[k].low.as_str()));
    let alone = toks[open + 1..]
        .iter()
        .take_while(|t| t.low != ")")
        .all(|t| !matches!(t.low.as_str(), "," | "and" | "&" | "+"));
    if full_name && alone {
        return None;
    }
    // ("the architect (priya)": a trade and its one holder's name, in lowercase too.)
    let trade_named = open == i + 2 && toks[i].low == "the" && super::trades::trade(&toks[i + 1]);
    // ("w/ Kwame (PT)", "the auditors (KPMG)": a post's or a body's letters alone in brackets after
    // a name or a group, no one; not "the regulator (FCA)", the body met.)
    let before = &toks[open - 1];
    let named_before = before.capitalised() || GROUP_WORDS.contains(&before.low.as_str()) || before.low.ends_with('s');
    if named_before
        && starts_with(toks, open + 2, &[")"])
        && toks[open + 1].in_capitals()
        && toks[open + 1].low.len() <= 5
    {
        return None;
    }
    let (len, people) = listed_in_parentheses(toks, used, open, trade_named)?;
    Some((open + len - i, people))
}

/// A group, or names joined by commas and "and", at `i`, followed by a word that makes them the
/// subject of a question ("kai, mira and jo could …", "the finance team could …", "hendrik
/// free"): the tokens taken and the people.
pub(super) fn subject_list(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, Vec<Participant>)> {
    // "… and I could": the asker closes the list.
    let asker = |k: usize| starts_with(toks, k, &["and", "i"]) || starts_with(toks, k, &["and", "me"]);
    let follows = |k: usize| {
        let k = if asker(k) { k + 2 } else { k };
        // "when giulia is free": "is" before being free.
        let k = if toks.get(k).is_some_and(|t| t.low == "is")
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "free" | "available" | "around"))
        {
            k + 1
        } else {
            k
        };
        toks.get(k).is_some_and(|t| SUBJECT_FOLLOWERS.contains(&t.low.as_str()))
    };
    if let Some((len, group)) = group_at(toks, used, i) {
        return follows(i + len).then(|| (len, vec![Participant::Name(group)]));
    }
    let mut people = Vec::new();
    // "me and theo", "me, tomasz and femi": the asker opens the list.
    let mut k = i + if starts_with(toks, i, &["me", "and"])
        || starts_with(toks, i, &["i", "and"])
        || starts_with(toks, i, &["me", ","])
            && i > 0
            && super::words::ASKER_LIST_LEADS.contains(&toks[i - 1].low.as_str())
    {
        2
    } else {
        0
    };
    loop {
        // "Björn, lucía and the QA team are all available": a group closing the list.
        if !people.is_empty()
            && toks[k - 1].low == "and"
            && let Some((len, group)) = group_at(toks, used, k)
        {
            people.push(Participant::Name(group));
            k += len;
            break;
        }
        let t = toks.get(k)?;
        let low = t.low.as_str();
        // "while a jammed hatch is worked free": a thing done, not someone free ("are mohammed
        // and ana free" asks about people).
        let participle =
            !t.capitalised() && super::names::participle(low) && toks.get(k + 1).is_some_and(|n| n.low == "free");
        // "the press is having both of its belts cut off": a doing after "is", not someone.
        // (Only before what it does something to: not "is xiaoming free", "are sterling and jo
        // free", "is channing free for lunch", names asked about.)
        let doing = k == i
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "is" | "are")
            && !t.capitalised()
            && low.len() > 4
            && low.ends_with("ing")
            && (toks.get(k + 1).is_some_and(|n| {
                matches!(
                    n.low.as_str(),
                    "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "my"
                )
            }) || starts_with(toks, k + 1, &["both", "of"]));
        // "guests are out all day", "the racking inspectors are in all day": where one is, after
        // "is" or "are", no one.
        let away = k == i
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "is" | "are")
            && matches!(low, "out" | "away" | "off" | "back" | "home" | "in");
        if used[k]
            || t.punct
            || !name_like(low)
            || participle
            || doing
            || away
            || [NOT_PEOPLE, NOT_NAMES, MEETING_NOUNS, MEETING_LEADS]
                .iter()
                .any(|words| words.contains(&low))
        {
            return None;
        }
        people.push(Participant::Name(t.orig.clone()));
        k += 1;
        match toks.get(k).map(|t| t.low.as_str()) {
            Some("," | "and") if !asker(k) => k += 1,
            _ => break,
        }
    }
    let together = people.len() > 1
        && toks
            .get(k)
            .is_some_and(|t| super::words::TOGETHER_FOLLOWERS.contains(&t.low.as_str()));
    (follows(k) || together).then_some((k - i, people))
}

/// `the design team`, `the Toronto office`: words ending in a group noun.
pub(super) fn group_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    if toks.get(i)?.low != "the" {
        return None;
    }
    // "a stern letter to the housing office", "Message: it's the marina office, your boat …": an
    // office written to, or one calling, no one met; "LETTER OF RESIGNATION FROM THE GLACIER … TO
    // THE NATIONAL PARK AUTHORITY": so too a body a heading's letter is to.
    let heading_letter = i > 0 && toks[i - 1].low == "to" && {
        let start = (0..i)
            .rev()
            .find(|&k| toks[k].punct && toks[k].low != ",")
            .map_or(0, |k| k + 1);
        // (A heading in capitals up to "to": not "LETTER received, talk to the legal team".)
        matches!(toks[start].low.as_str(), "letter" | "complaint" | "petition" | "memo")
            && toks[start..i].iter().all(|t| t.orig.chars().all(|c| !c.is_lowercase()))
    };
    // "Appeals: to be lodged with the appeals panel": where a thing is filed, no one met.
    let filed_with = i > 1 && toks[i - 1].low == "with" && matches!(toks[i - 2].low.as_str(), "lodged" | "filed");
    // "HERITAGE DEPARTMENT OF THE TOWN COUNCIL": a part of a body, named as such.
    // (In a heading's capitals only: not "a call with the planning department of the city
    // council", the council's people met.)
    let part_of_body = i > 1
        && toks[i - 1].low == "of"
        && matches!(
            toks[i - 2].low.as_str(),
            "department" | "ministry" | "directorate" | "division"
        )
        && toks[i - 2].orig.chars().all(|c| !c.is_lowercase());
    if heading_letter
        || part_of_body
        || filed_with
        || i > 1 && toks[i - 1].low == "to" && matches!(toks[i - 2].low.as_str(), "letter" | "complaint" | "note")
        // (Only an office announcing itself: not "it's the design team again, book them".)
        || i > 0
            && toks[i - 1].low == "it"
            && toks[i - 1].possessive
            && (i + 1..toks.len().min(i + 4)).any(|k| toks[k].low == "office" && starts_with(toks, k + 1, &[","]))
        // "so I can phone the housing office": an office rung, no one met (not "call the sales team",
        // "ring the Berlin office", one's own colleagues somewhere, nor "the front office staff").
        || i > 0
            && matches!(toks[i - 1].low.as_str(), "phone" | "ring" | "call")
            && (i + 1..toks.len().min(i + 4))
                .take_while(|&k| !toks[k].punct && !toks[k].capitalised())
                .any(|k| {
                    matches!(toks[k].low.as_str(), "office" | "helpline" | "hotline" | "switchboard")
                        && toks.get(k + 1).is_none_or(|t| t.punct || matches!(t.low.as_str(), "to" | "about" | "and" | "on" | "at" | "for"))
                })
        // ("… so that the launching authority can judge the surf from this desk": a body in what a
        // thing is for, able to do something, no one met; not "and so the ops team will join me",
        // "so that the ops team can join us", those met.)
        || i > 1
            && toks[i - 1].low == "that"
            && toks[i - 2].low == "so"
            && (i + 2..toks.len().min(i + 5)).any(|k| {
                GROUP_WORDS.contains(&toks[k - 1].low.as_str())
                    && toks[i + 1..k].iter().all(|t| !t.punct)
                    && matches!(toks[k].low.as_str(), "can" | "could" | "may" | "might")
                    && toks.get(k + 1).is_some_and(|v| {
                        !matches!(v.low.as_str(), "join" | "meet" | "come" | "attend" | "make" | "see" | "be")
                    })
                    // (Nor "so that the design team can present to us", "… can catch up with Ana":
                    // one met after all.)
                    && !toks[k + 1..]
                        .iter()
                        .take_while(|t| !t.punct)
                        .any(|t| matches!(t.low.as_str(), "us" | "me" | "with" | "w/" | "our") || t.capitalised())
            })
        // ("… between Monday 4th and Friday 8th January? The Lord Lieutenant's office has written
        // regarding a visit": an office that wrote or rang, opening a sentence of its own, the
        // reason told; not "The design office wants a call with me".)
        || (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
            && (i + 1..toks.len().min(i + 5))
                .take_while(|&k| !toks[k].punct)
                .any(|k| super::names::office_got_in_touch(toks, k))
        // "for discussing the second chapter of his thesis": a chapter counted, of a book, no
        // chapter of members (not "the mobile chapter").
        || toks.get(i + 2).is_some_and(|t| t.low == "chapter")
            && toks.get(i + 1).is_some_and(|t| {
                super::super::dates::day_number(&t.low).is_some_and(|(_, ordinal)| ordinal)
                    || matches!(t.low.as_str(), "next" | "last" | "final" | "opening" | "closing")
            })
            // (Of a book, or closing the phrase: not "the next chapter committee".)
            && toks.get(i + 3).is_none_or(|t| {
                t.punct
                    || matches!(
                        t.low.as_str(),
                        "of" | "next" | "this" | "on" | "at" | "in" | "with" | "for" | "by" | "tomorrow" | "today"
                    )
            })
        // "with the usual people", "the usual crowd": whoever came before, no one named (not "the
        // usual review panel", a group of its own).
        || starts_with(toks, i + 1, &["usual"])
            && toks.get(i + 2).is_some_and(|t| GROUP_WORDS.contains(&t.low.as_str()))
            && toks.get(i + 3).is_none_or(|t| !t.capitalised())
    {
        return None;
    }
    // "a level creeping up towards the painted band": a stripe painted or printed on a thing, no
    // band of players (not "book the red band", a band by its name).
    if starts_with(toks, i + 2, &["band"])
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "painted" | "printed" | "shaded" | "marked"))
    {
        return None;
    }
    // "while the rest of the team carry the stretcher up": others at work on a thing in a story, no
    // one met (not "while the rest of the team watches", "… joins at 3").
    if i > 0
        && toks[i - 1].low == "while"
        && starts_with(toks, i + 1, &["rest", "of"])
        && (i + 4..i + 6).any(|k| {
            toks.get(k).is_some_and(|t| !t.punct)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "their" | "his" | "her"))
        })
    {
        return None;
    }
    // "on behalf of the parish council", "courtesy of the school fete committee": for whom, or
    // whose gift, no one met; "it has cracked the tiles of the accounts office": a place, its
    // fabric named.
    // "PRESS RELEASE - THE NATIONAL SPACE AGENCY, ISSUED BY ME, ITS PRESS OFFICER": the body a
    // heading in capitals says the writer writes for, no one met.
    if toks.get(i + 1).is_some_and(Token::in_capitals)
        // (Only a heading saying the writer wrote it: not "CALL WITH THE LEGAL TEAM - SET UP BY ME".)
        && crate::intent::lexer::sentence_of(toks, i).any(|at| {
            at > 0
                && matches!(toks[at - 1].orig.as_str(), "ISSUED" | "WRITTEN" | "COMPILED" | "PREPARED" | "DRAFTED")
                && toks[at].orig == "BY"
                && toks.get(at + 1).is_some_and(|t| t.orig == "ME")
        })
    {
        return None;
    }
    // "AT THE REQUEST OF THE COUNCIL'S PARKING OFFICE": at whose asking (a heading's capitals only:
    // not "at the request of the finance team, book a call with them").
    if i > 1 && toks[i - 1].low == "of" && toks[i - 2].orig == "REQUEST" {
        return None;
    }
    if i > 1
        && toks[i - 1].low == "of"
        && matches!(
            toks[i - 2].low.as_str(),
            "behalf"
                | "courtesy"
                | "tiles"
                | "floor"
                | "walls"
                | "wall"
                | "windows"
                | "door"
                | "doors"
                | "roof"
                | "ceiling"
                | "carpet"
                | "stairs"
        )
    {
        return None;
    }
    // "to agree how the office charity committee spends the kitty": the group talked about, no
    // one met (after a verb of settling it: not "work out how the marketing team can join …, and
    // send them the invite").
    if i > 1
        && toks[i - 1].low == "how"
        && matches!(toks[i - 2].low.as_str(), "agree" | "decide" | "discuss" | "settle")
    {
        return None;
    }
    // "carry us to the end of the chapter": a part of something, no group.
    if toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "end" | "start" | "beginning" | "middle" | "top" | "bottom"
        )
    }) && toks.get(i + 2).is_some_and(|t| t.low == "of")
    {
        return None;
    }
    // "with the chain of office about my shoulders": what one holds office by, no group.
    if toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "chain" | "seal" | "term" | "badge"))
        && starts_with(toks, i + 2, &["of", "office"])
    {
        return None;
    }
    // "a record for the most people crammed into a car": a count of people, no group.
    if toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "most" | "fewest"))
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "people" | "folk" | "folks" | "persons"))
    {
        return None;
    }
    // "the remaining dancers circle ever closer", "the fish crowd round my left heel": a group word
    // that is a verb of moving, no group (not "the inner circle", "the book circle", "the knitting
    // circle around 7pm", "the pub crowd around 7", "the uni crowd round the corner").
    let moving = |k: usize| {
        toks[k].low == "circle"
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "ever" | "closer" | "overhead"))
            || matches!(toks[k].low.as_str(), "crowd" | "circle")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "round" | "around"))
                && toks
                    .get(k + 2)
                    .is_some_and(|t| matches!(t.low.as_str(), "my" | "his" | "her" | "their" | "our"))
                // (Round a part of one's body: not "the mum crowd round my place".)
                && toks[k + 3..].iter().take(2).any(|t| {
                    matches!(
                        t.low.as_str(),
                        "heel" | "heels" | "feet" | "foot" | "ankles" | "ankle" | "legs" | "knees" | "head" | "toes"
                    )
                })
    };
    // "the whole kitchen brigade", "the entire sales team": all of the group, not part of its name.
    let all = usize::from(
        toks.get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "whole" | "entire")),
    );
    let mut k = i + 1;
    // "the Leeds warehouse shift leads": up to four words.
    while k < toks.len() && k < i + 5 + all && !used[k] && !toks[k].punct {
        // "to adopt the semicolon as the society's emblem": "as" ends no group's name; "re the damp
        // in the guild's archive room": nor does a place's "in the" (not "the rest of the team").
        // ("a big wedding up on the downs needs the crew": nor another "the" but in "the rest
        // of the team".)
        if toks[k].low == "as" || toks[k].low == "the" && toks[k - 1].low != "of" {
            return None;
        }
        // "the robot no longer leads tour groups": a negation ends no group's name, a verb follows
        // (not "the No Code team", "the still unnamed platform team").
        // ("the coach will circle the roundabout": a verb follows its modal, too.)
        // (Not "the Can Do team", "the Will Jones team": a capitalised word is part of a name.)
        if starts_with(toks, k, &["no", "longer"])
            || !toks[k].capitalised()
                && matches!(
                    toks[k].low.as_str(),
                    "not" | "never" | "will" | "would" | "can" | "could" | "must" | "should" | "shall"
                )
        {
            return None;
        }
        // "the main office is shut": a place, not people to meet; "the vacancy board is plastered
        // from edge to edge": a thing.
        let shut = |from: usize| {
            let is = usize::from(toks.get(from).is_some_and(|t| matches!(t.low.as_str(), "is" | "was")));
            toks.get(from + is).is_some_and(|t| {
                matches!(t.low.as_str(), "shut" | "closed")
                    || is == 1 && matches!(t.low.as_str(), "plastered" | "covered" | "cluttered" | "crammed")
            })
        };
        // "the standup w/ platform team", "the retro with mobile squad": what the meeting is, or
        // whom it is with, ends the group's words.
        if MEETING_NOUNS.contains(&toks[k].low.as_str()) || toks[k].low == "with" {
            return None;
        }
        // "the choir committee meeting": a group before what the meeting is names the meeting.
        // ("the youth orchestra audition with Mrs. Tanaka-Weiss": so does a group before its
        // audition or rehearsal held with someone else.)
        let meeting = toks.get(k + 1).is_some_and(|t| MEETING_NOUNS.contains(&t.low.as_str()))
            || toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "audition" | "auditions" | "rehearsal" | "sectional"))
                && toks.get(k + 2).is_some_and(|t| t.low == "with");
        // "the night shift nurses": a group word before the people it describes is no group.
        let describes = toks.get(k + 1).is_some_and(|t| {
            toks[k].low == "shift" && !used[k + 1] && !t.punct && !AFTER_NAME.contains(&t.low.as_str())
        });
        // "the IT helpdesk team": a group word before another one is part of the group's name.
        let another = toks
            .get(k + 1)
            .is_some_and(|t| !used[k + 1] && GROUP_WORDS.contains(&t.low.as_str()));
        // "the Ops Leadership Forum": a capitalised group word before another capitalised word is
        // part of a title, read as a name of its own.
        let titled = toks[k].capitalised() && toks.get(k + 1).is_some_and(|t| !used[k + 1] && t.capitalised());
        if names_a_thing(toks, i, k) {
            return None;
        }
        // "the foundry has decided that the office stays an office": a group word before what it
        // stays or becomes, a place or a body told of, no group's name going on (not "the Paris
        // office stays on the invite", "the finance team stays in budget review").
        let stays = GROUP_WORDS.contains(&toks[k].low.as_str())
            && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "stays" | "stay" | "remains" | "remain" | "becomes" | "become"
                )
            })
            && toks.get(k + 2).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"));
        if leaves_no_group(toks, k) || moving(k) || stays {
            return None;
        }
        // "call with the school office secretary": a group word before the post of one who works in
        // it names that one, the words whole; "I'm the parish office volunteer for Canon Ekwueme":
        // no one, where the post is the writer's own.
        if toks[k].low == "office"
            && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "volunteer" | "assistant" | "administrator" | "secretary" | "clerk"
                )
            })
        {
            // (Nor "As the office assistant for Ravi": the writer's own post, a word or none before
            // "office".)
            if i > 0 && matches!(toks[i - 1].low.as_str(), "i'm" | "as") || k == i + 1 + all {
                return None;
            }
            let words: Vec<&str> = toks[i + 1 + all..=k + 1].iter().map(|t| t.orig.as_str()).collect();
            return Some((k + 2 - i, words.join(" ")));
        }
        // "the u14 girls' team manager", "the squad captain": a group word before the post of the
        // one who runs it names that one, the words whole.
        let runs_it = toks.get(k + 1).is_some_and(|t| {
            !used[k + 1]
                && matches!(
                    t.low.as_str(),
                    // (Not "coach": "the football club coach", a bus.)
                    "manager" | "captain" | "leader" | "secretary" | "convenor" | "treasurer"
                )
        }) && (clause_ends(toks, used, k + 2) || starts_with(toks, k + 2, &["both"]));
        if runs_it
            && k > i + 1 + all
            && (i + 1 + all..k).all(|j| !matches!(toks[j].low.as_str(), "of" | "the"))
            && matches!(
                toks[k].low.as_str(),
                "team" | "squad" | "side" | "club" | "group" | "choir" | "band"
            )
        {
            let words: Vec<&str> = toks[i + 1 + all..=k + 1].iter().map(|t| t.orig.as_str()).collect();
            return Some((k + 2 - i, words.join(" ")));
        }
        // "w/ Jae-won + the weekend staff", "the team meal w/ the kitchen staff": staff of one
        // kind, right after "with" or further down a list of people (not "the compliments of the
        // staff", "the new staff", "uniforms for the front-of-house staff").
        let staff = toks[k].low == "staff"
            && k == i + 2
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "with" | "w/" | "+" | "&" | "and")
            && !matches!(
                toks[i + 1].low.as_str(),
                "new" | "old" | "other" | "whole" | "same" | "reduced" | "skeleton" | "extra" | "full" | "christmas"
            )
            && !toks[i + 1].punct
            && !toks[i + 1].possessive
            // (Met in a request: not "with the reduced staff over christmas, block the 24th",
            // opening it; ending its phrase: not "the teaching staff meeting".)
            && i > 1
            && toks.get(k + 1).is_none_or(|t| {
                t.punct || !MEETING_NOUNS.contains(&t.low.as_str()) && t.low != "do"
            });
        if staff {
            let words: Vec<&str> = toks[i + 1..=k].iter().map(|t| t.orig.as_str()).collect();
            return Some((k + 1 - i, words.join(" ")));
        }
        // "update the on-call rotation": a rota is a group only after "with", "and" or "for".
        let rota = toks[k].low == "rotation" && !(i > 0 && matches!(toks[i - 1].low.as_str(), "with" | "and" | "for"));
        // ("the cast" alone: not "the die is cast".)
        let cast_of_dice = toks[k].low == "cast" && k != i + 1;
        if GROUP_WORDS.contains(&toks[k].low.as_str())
            && !rota
            && !cast_of_dice
            && k > i + 1 + all
            && !shut(k + 1)
            && !meeting
            && !describes
            && !another
            && !titled
        {
            let words: Vec<&str> = toks[i + 1 + all..=k].iter().map(|t| t.orig.as_str()).collect();
            return Some((k + 1 - i, words.join(" ")));
        }
        k += 1;
    }
    None
}

/// Whether the word at `k`, among the words after "the", shows they name no group: a thing
/// followed by a group of its own ("cranked the machine and a crowd of schoolchildren looked on";
/// not "the sales and marketing team"), a place ("the dog-leg by the post office"; not "the post
/// office staff"), a service called out ("The fire brigade is on its way"), or what a thing is for
/// or where it is ("plan the hunt for the office", "the mess by the office recycling bins"), or
/// what a row is over ("settle the row over the office thermostat"), or a
/// new or old office ("the quotes for the new office"; not "the new office manager").
fn leaves_no_group(toks: &[Token], k: usize) -> bool {
    let next = toks.get(k + 1).map(|t| t.low.as_str());
    // "I need to give her the new band list": a paper a group's names are on, no one met (not
    // "the band's list", whose it is, nor "with the band, list the songs").
    if !toks[k].possessive && matches!(next, Some("list" | "lists" | "rota" | "rotas" | "register" | "roster")) {
        return true;
    }
    // "re taking on the housing association's boiler contract": a body's thing, the body not met
    // (not "the brand team's 9:45 call", "the design team's review", its meeting).
    // (Only as what a meeting is about, "on", "about" or "re" the body's thing: not "for the product
    // team's offsite planning", "with the sales team's new hires", "if the design team's free".)
    let about = (k.saturating_sub(4)..k)
        .rev()
        .find(|&j| toks[j].low == "the")
        .is_some_and(|j| {
            j > 0
                && matches!(
                    toks[j - 1].low.as_str(),
                    "on" | "about" | "re" | "regarding" | "over" | "discuss" | "discussing"
                )
                // ("has been eaten up by the river board's inspection of the weir", "because of
                // the school board's visit": or what takes a meeting's place, the body's doing.)
                // (Only a word of taking its place: not "the demo organised by the sales team's new
                // hires", an event of theirs booked.)
                || j > 1
                    && (toks[j - 1].low == "by"
                        && matches!(
                            toks[j - 2].low.as_str(),
                            "up" | "eaten" | "taken" | "swallowed" | "replaced" | "displaced" | "overtaken" | "bumped" | "pushed" | "knocked" | "squeezed" | "crowded"
                        )
                        || toks[j - 1].low == "of" && toks[j - 2].low == "because")
        });
    if about
        && toks[k].possessive
        && GROUP_WORDS.contains(&toks[k].low.as_str())
        && toks.get(k + 1).is_some_and(|t| {
            !t.capitalised()
                && t.low.chars().all(char::is_alphabetic)
                && !MEETING_NOUNS.contains(&t.low.as_str())
                // (Nor "The advisory board's been asking": "has", not whose; nor "the first panel's
                // chair", one of its people.)
                && !matches!(
                    t.low.as_str(),
                    "been" | "got" | "gone" | "asked" | "said" | "just" | "already" | "not" | "always" | "never" | "still"
                )
                && !super::words::ROLE_HEADS.contains(&t.low.as_str())
                && !matches!(
                    t.low.as_str(),
                    "members" | "staff" | "lead" | "leads" | "secretary" | "manager" | "rep" | "reps" | "people"
                )
        })
        && toks.get(k + 2).is_none_or(|t| !MEETING_NOUNS.contains(&t.low.as_str()))
    {
        return true;
    }
    // "as the river authority's inspector is coming to read the meter": one sent by a body, said
    // to come, neither met (not "with the design team's lead", "the sales team's rep is joining
    // us", one who joins; nor "the county council's surveyor is coming Tuesday at 10, block an hour
    // for him", "the marketing team's lead is coming in … with me", a visit met, its day, hour or
    // the one met said in its sentence).
    let visit_met = || {
        (k + 2..toks.len())
            .take_while(|&j| !matches!(toks[j].low.as_str(), "." | "!" | "?"))
            .any(|j| {
                matches!(toks[j].low.as_str(), "me" | "him" | "her" | "them" | "us")
                    || crate::intent::dates::day_or_hour_at(toks, j)
            })
    };
    let sent = toks[k].possessive
        && GROUP_WORDS.contains(&toks[k].low.as_str())
        && toks.get(k + 1).is_some_and(|t| !t.punct)
        && super::roles::doer(toks, k + 1)
        && toks.get(k + 2).is_some_and(|t| {
            matches!(t.low.as_str(), "comes" | "came" | "arrives" | "visits" | "inspects")
                || matches!(t.low.as_str(), "is" | "was" | "will")
                    && toks.get(k + 3).is_some_and(|n| {
                        matches!(
                            n.low.as_str(),
                            "coming" | "arriving" | "visiting" | "due" | "come" | "visit" | "arrive"
                        )
                    })
        })
        && !visit_met();
    if sent {
        return true;
    }
    // "to go over the allotment committee accounts": the group's papers, the group not met.
    if GROUP_WORDS.contains(&toks[k].low.as_str())
        && matches!(
            next,
            Some(
                "accounts"
                    | "minutes"
                    | "budget"
                    | "report"
                    | "agenda"
                    | "newsletter"
                    | "website"
                    | "spreadsheet"
                    | "figures"
            )
        )
        // (The papers closing the phrase: not "the finance team budget holders", "the office
        // figures people".)
        && toks.get(k + 2).is_none_or(|t| {
            t.punct
                || matches!(
                    t.low.as_str(),
                    "and" | "for" | "with" | "next" | "this" | "on" | "by" | "before" | "at" | "tomorrow" | "today"
                )
        })
    {
        return true;
    }
    match toks[k].low.as_str() {
        "and" => matches!(next, Some("a" | "an" | "the")),
        "board" => thing_board(toks, k),
        // "about the new office": a place moved into or out of, no group.
        // "put through to the taxi office": a service's desk, no one met.
        "office" => {
            matches!(
                toks[k - 1].low.as_str(),
                "post" | "new" | "old" | "taxi" | "ticket" | "box" | "booking" | "sorting"
            ) && !next.is_some_and(|n| {
                GROUP_WORDS.contains(&n)
                    || matches!(
                        n,
                        "manager"
                            | "staff"
                            | "clerk"
                            | "workers"
                            | "lot"
                            | "mates"
                            | "colleagues"
                            | "folk"
                            | "folks"
                            | "gang"
                            | "crowd"
                            | "buddies"
                            | "pals"
                    )
            })
        }
        "fire" => matches!(next, Some("brigade" | "service" | "department")),
        // "the new family hatchback": a car for a family, no group (not "the Okafor family home").
        "family" => {
            !toks[k - 1].capitalised() && matches!(next, Some("hatchback" | "car" | "saloon" | "estate" | "van"))
        }
        // (Not "the voice over team", "the over 18s squad", "the people over at HQ".)
        "over" => k > 0 && toks[k - 1].low == "row" && matches!(next, Some("the" | "a" | "my" | "our")),
        word => matches!(
            word,
            "for" | "by" | "near" | "behind" | "beside" | "outside" | "inside" | "under" | "above" | "around"
        ),
    }
}

/// Whether the group word at `k`, in words opened by "the" at `i`, names a thing rather than
/// people: a part of a thing ("the front panel of the big matrix sign"), a group word before what
/// it names ("the old office block whose front …"), a board one writes on or that shows something
/// ("sand it down to the bare board", "the notice board", "the new electronic bed board"), or a
/// board named by a thing in lowercase and said to be doing something ("the queue board flashin
/// red", "the last board's been scored"; not "the Legal & Compliance board", "with the finance board", "invite the advisory board
/// to a call" or "the steering board and me"), or the last or first of a run of things said to be
/// up or in ("wen the last panel's up").
fn names_a_thing(toks: &[Token], i: usize, k: usize) -> bool {
    let before = |words: &[&str]| k > 0 && words.contains(&toks[k - 1].low.as_str());
    let part = toks[k].low == "panel" && before(PANEL_PARTS);
    // "the big panel of switches blinking": a panel made of things (not "a panel of judges").
    let panel_of_things = toks[k].low == "panel"
        && starts_with(toks, k + 1, &["of"])
        && toks.get(k + 2).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "switches"
                    | "buttons"
                    | "dials"
                    | "lights"
                    | "knobs"
                    | "controls"
                    | "levers"
                    | "gauges"
                    | "screens"
                    | "glass"
            )
        });
    let thing_of = GROUP_WORDS.contains(&toks[k].low.as_str())
        && toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "block" | "window" | "desk" | "door" | "kitchen" | "supplies" | "tour" | "trip"
            )
        });
    let plank = toks[k].low == "board" && before(THING_BOARDS);
    // "the new camera pod under the nose": a pod that holds a thing.
    let casing =
        toks[k].low == "pod" && before(&["camera", "sensor", "escape", "engine", "cargo", "gun", "seed", "coffee"]);
    let doing = |t: &Token| t.low != "meeting" && (t.low.ends_with("ing") || t.low.ends_with("in")) && t.low.len() > 4;
    let is = usize::from(toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "is" | "was")));
    let posted = toks[k].low == "board"
        && k == i + 2
        && !toks[k - 1].capitalised()
        && !(i > 0 && matches!(toks[i - 1].low.as_str(), "with" | "w/" | "for" | "to"))
        && (toks.get(k + 1 + is).is_some_and(doing)
            // "when the last board's been scored": a thing done to it.
            || toks[k].possessive
                && starts_with(toks, k + 1, &["been"])
                && toks.get(k + 2).is_some_and(|t| DONE_TO_BOARDS.contains(&t.low.as_str())));
    // (Not "the last panel's in session", "with the first panel's chair": people, or only "up",
    // "in", "down" or "done" closing a clause.)
    let run_done = k == i + 2
        && matches!(toks[k - 1].low.as_str(), "last" | "first" | "final")
        && toks[k].possessive
        && toks
            .get(k + 1)
            // ("once the last squad's out": or out of the water.)
            .is_some_and(|t| matches!(t.low.as_str(), "up" | "in" | "down" | "done" | "out"))
        && toks
            .get(k + 2)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "and" | "n" | "&"))
        // (Out of the water only closing its clause, and not pointed back to: not "out and about",
        // "the last team's out, book them for Friday".)
        && (toks[k + 1].low != "out"
            || toks.get(k + 2).is_none_or(|t| t.punct) && !toks[k + 2..].iter().any(|t| t.low == "them"));
    // "the ticket office is shuttered": a place said to be shut or broken, not people.
    // ("The council office will be closed from Thursday 24 December …": or will be closed or
    // shut, a place's; not "the design team will be overbooked", nor "the Berlin office will be
    // shut on Monday, set up a call with the Berlin office", met after.)
    let will_be = starts_with(toks, k + 1, &["will", "be"])
        && toks
            .get(k + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "closed" | "shut"))
        && !matches!(
            toks[k].low.as_str(),
            "team" | "group" | "crew" | "squad" | "staff" | "department"
        )
        && !toks[k + 3..].iter().any(|t| matches!(t.low.as_str(), "with" | "w/"));
    let shut = will_be
        || toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "is" | "was"))
            && toks.get(k + 2).is_some_and(|t| THING_STATES.contains(&t.low.as_str()));
    part || panel_of_things || thing_of || plank || casing || posted || run_done || shut
}

/// What is done to a board that is a thing ("the last board's been scored"; not "the new board's
/// been appointed", people).
const DONE_TO_BOARDS: &[&str] = &[
    "played", "scored", "dealt", "wiped", "cleared", "reset", "set", "sanded", "painted", "cleaned", "fixed", "mended",
    "repaired", "replaced",
];

/// What one books through a club ("a tennis court with the club").
const FACILITIES: &[&str] = &[
    "court", "pitch", "lane", "table", "room", "field", "green", "tee", "slot", "boat", "hall",
];

/// What a panel is the part of a thing by ("the front panel", "the control panel").
const PANEL_PARTS: &[&str] = &["front", "back", "side", "top", "rear", "control", "solar", "access"];

/// What makes a board a thing ("the bare board", "the notice board", "the bed board").
const THING_BOARDS: &[&str] = &[
    // "The toe board: the lip along the edge of the gallery": the edge of a floor.
    "toe",
    "kick",
    "running",
    "chopping",
    "bare",
    "blank",
    "wooden",
    "cutting",
    "notice",
    "pit",
    "chalk",
    "ironing",
    "drawing",
    "dart",
    "diving",
    "sign",
    "price",
    "bread",
    "white",
    "black",
    "bed",
    "activities",
    "bulletin",
    "menu",
    "message",
    "score",
    "key",
    "circuit",
    "sound",
    "switch",
    "skirting",
    "floor",
    "arrivals",
    "departures",
    "snow",
    "chopping",
    "results",
    "bell",
    // "the spirit board lies face-down on the table".
    "spirit",
    "ouija",
];

/// "with the board", "with the altos", "with the new volunteers": a word after "the" that names
/// people together — a group word, or a plural ending the clause — and one or two words that may
/// describe them before it (with a number: "the Year 9 tutors"): the tokens taken and the group.
pub(super) fn lone_group_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    // "the brackets arrived with the wrong bolts": what a thing came with is no one.
    // "the man with the levers": nor what someone described has.
    let supplied = i > 1
        && toks[i - 1].low == "with"
        && (matches!(
            toks[i - 2].low.as_str(),
            "arrived" | "shipped" | "delivered" | "supplied" | "fitted" | "lodged" | "filed"
        ) || super::names::described_has(toks, i - 1)
            // "The fleas came in with the cats": what things came in with (not "Ana came in with
            // the auditors": only after things, "the" and a lowercase plural).
            || i > 4
                && toks[i - 2].low == "in"
                && matches!(toks[i - 3].low.as_str(), "came" | "come" | "comes")
                && toks[i - 4].low.ends_with('s')
                && !toks[i - 4].capitalised()
                && toks[i - 5].low == "the");
    // "I'm up to my shins in nettles partway up a hillside with the kids": those one is with where
    // one says one is, in a clause of one's own, no one to meet.
    let clause_start = (0..i).rev().find(|&k| toks[k].punct).map_or(0, |k| k + 1);
    let in_scene = i > 0
        && toks[i - 1].low == "with"
        && (starts_with(toks, clause_start, &["i'm"]) || starts_with(toks, clause_start, &["i", "am"]))
        && toks[clause_start..i].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "up" | "out" | "in" | "on" | "at" | "partway" | "halfway"
            )
        })
        && !toks[clause_start..i]
            .iter()
            .any(|t| MEETING_NOUNS.contains(&t.low.as_str()) || t.low == "free");
    let (len, group) = group_ending(toks, used, i, |k| {
        clause_ends(toks, used, k) || is_said_of_meeting(toks, i, k)
    })
    .filter(|_| !supplied && !in_scene)?;
    // "left at the kerb with the hazards on", "sat with the lights off": what is switched on or
    // off, ending its clause, is a thing.
    // "drive with the headlights on through my calendar": so too before where one goes with them.
    let switched = toks
        .get(i + len)
        .is_some_and(|t| matches!(t.low.as_str(), "on" | "off"))
        && toks.get(i + len + 1).is_none_or(|t| {
            t.punct || matches!(t.low.as_str(), "through" | "into" | "across" | "along" | "down" | "up")
        });
    // "the touchline crackles and cuts out": a thing doing something, its verbs paired, no group.
    // (Not "with the designers and sort out the agenda": the asker's verb, not the group's.)
    let doing = starts_with(toks, i + len, &["and"])
        && toks
            .get(i + len + 1)
            .is_some_and(|t| t.low.len() > 3 && t.low.ends_with('s'))
        && toks
            .get(i + len + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "out" | "off" | "up" | "down"));
    (!switched && !doing).then_some((len, group))
}

/// "tonight's 8pm w/ the book club is off", "7pm … with the neighbourhood watch got scrapped": a
/// group met with right after a meeting, then what is said of the meeting (not "the box office is
/// shuttered", a place; nor "the problem with the weekly updates is …", "a walk with the dogs is
/// …", no meeting); "… with the onboarding buddies can happen tomorrow": a modal only before the
/// meeting's moving to a day (not "A meeting with the investors could change everything").
fn is_said_of_meeting(toks: &[Token], i: usize, k: usize) -> bool {
    meeting_met_with(toks, i)
        && toks.get(k).is_some_and(|t| {
            matches!(t.low.as_str(), "is" | "was" | "got" | "has")
                || matches!(
                    t.low.as_str(),
                    "can" | "could" | "will" | "should" | "must" | "won't" | "can't"
                ) && toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.low.as_str(), "happen" | "move" | "go" | "be" | "take"))
                    && (k + 2..toks.len().min(k + 7)).any(|d| crate::intent::dates::day_named_at(toks, d))
        })
}

/// The group opening at `i` follows "with" shortly after a meeting, by its name or its hour, in
/// the same clause ("the 1pm lunch w/", "tonight's 8pm with", "the 5pm on Friday with").
fn meeting_met_with(toks: &[Token], i: usize) -> bool {
    i > 1
        && matches!(toks[i - 1].low.as_str(), "with" | "w/")
        && (i.saturating_sub(5)..i - 1)
            .rev()
            .take_while(|&k| !toks[k].punct)
            .any(|k| {
                // ("Set up 30 minutes with the engineering org": or its length.)
                MEETING_NOUNS.contains(&toks[k].low.as_str())
                    || crate::intent::clock::written_clock(&toks[k])
                    || matches!(
                        toks[k].low.as_str(),
                        "all-hands" | "session" | "meeting" | "minutes" | "mins" | "min" | "hour" | "hours"
                    )
            })
}

/// "the Antwerp gallery owners pulled out, so …", "the night porters phoned": a group
/// opening the request as the subject of a verb only people are ([`PEOPLE_DO`]).
pub(super) fn subject_group_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    group_ending(toks, used, i, |k| {
        // "the kitchen fitters just rang": an adverb may come between.
        let adverb = usize::from(
            toks.get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "just" | "finally" | "already" | "have" | "has")),
        );
        toks.get(k + adverb)
            .is_some_and(|t| !used[k + adverb] && PEOPLE_DO.contains(&t.low.as_str()))
    })
}

/// What only people do, said of a group after it: withdrawing, asking, calling ("the club accounts
/// won't be ready" is said of things too).
pub(super) const PEOPLE_DO: &[&str] = &[
    "pulled", "dropped", "backed", "bailed", "withdrew", "asked", "called", "phoned", "rang", "emailed", "texted",
    "messaged",
];

/// As [`lone_group_at`], with `ends` saying whether the group may end before a token.
fn group_ending(toks: &[Token], used: &[bool], i: usize, ends: impl Fn(usize) -> bool) -> Option<(usize, String)> {
    if toks.get(i)?.low != "the" {
        return None;
    }
    let word = |k: usize| common_word(toks, used, k);
    let people = |k: usize| {
        let t = &toks[k];
        let low = t.low.as_str();
        let plural = low.len() > 3 && low.ends_with('s') && !low.ends_with("ss") && !t.possessive;
        // "the sunday brunch with the book club": a club is people met only when met with (not "book
        // a tennis court with the club", what is booked through it).
        // ("drinks with Saoirse, Tadhg and the book club": or closing a list of those met with.)
        let listed = i > 0
            && toks[i - 1].low == "and"
            && (i.saturating_sub(8)..i).any(|k| matches!(toks[k].low.as_str(), "with" | "w/"));
        let club = low == "club"
            && i > 0
            && (matches!(toks[i - 1].low.as_str(), "with" | "w/") || listed)
            && !(i > 1 && FACILITIES.contains(&toks[i - 2].low.as_str()));
        // "the 1pm lunch w/ the alumni network", "the all-hands with the engineering org": so is a
        // network or an org, right after a meeting (not "points failure on the tram network",
        // "trouble with the office network").
        // ("a sync with Tupac Quispe and the logistics desk": or closing a list met with so.)
        let with_before = (i.saturating_sub(8)..i)
            .rev()
            .find(|&w| matches!(toks[w].low.as_str(), "with" | "w/"));
        let met_so = meeting_met_with(toks, i)
            || i > 0 && toks[i - 1].low == "and" && with_before.is_some_and(|w| meeting_met_with(toks, w + 1));
        let network = matches!(low, "network" | "org" | "desk") && met_so;
        // "with the neighbourhood watch": the residents who keep it.
        let watch = low == "watch" && k > 0 && matches!(toks[k - 1].low.as_str(), "neighbourhood" | "neighborhood");
        word(k)
            && !NOT_NAMES.contains(&low)
            && !PLURAL_THINGS.contains(&low)
            && ends(k + 1)
            // ("the cast" alone: not "the die is cast".)
            && (GROUP_WORDS.contains(&low) && (low != "cast" || k == i + 1) || plural || club || network || watch)
    };
    // "the Year 9 tutors", "the grade 5 parents": a number after the describing word is part of it.
    let number = |k: usize| {
        toks.get(k)
            .is_some_and(|t| !used[k] && !t.punct && t.low.chars().all(|c| c.is_ascii_digit()))
    };
    // "the under-12s coaches", "the over-60s choir", "the U9 parents": an age band or a grade
    // describes them.
    let band = |k: usize| {
        toks.get(k).is_some_and(|t| {
            !used[k]
                && t.low.starts_with(char::is_alphabetic)
                && t.low.chars().any(|c| c.is_ascii_digit())
                && t.low.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
    };
    // "the security review board", "the interview panel": what a meeting is may describe them, a
    // group word after it.
    let meeting_kind = |k: usize| {
        toks.get(k)
            .is_some_and(|t| !used[k] && MEETING_NOUNS.contains(&t.low.as_str()))
            && toks.get(k + 1).is_some_and(|t| GROUP_WORDS.contains(&t.low.as_str()))
    };
    let second = i + 2 + usize::from(number(i + 2));
    // "the night shift nurses", "the Hamburg freight forwarders": two words may describe them.
    let last = [i + 1, second, second + 1]
        .into_iter()
        .take_while(|&k| word(k) || band(k) || meeting_kind(k))
        .find(|&k| people(k))?;
    let words: Vec<&str> = toks[i + 1..=last].iter().map(|t| t.orig.as_str()).collect();
    Some((last + 1 - i, words.join(" ")))
}

/// "the hall's fuse board is being replaced", "the notice board": the board at `k` is a thing, no
/// body of people.
fn thing_board(toks: &[Token], k: usize) -> bool {
    toks[k].low == "board"
        && k > 0
        && matches!(
            toks[k - 1].low.as_str(),
            "fuse"
                | "notice"
                | "white"
                | "black"
                | "chopping"
                | "cutting"
                | "ironing"
                | "dart"
                | "circuit"
                | "switch"
                | "skirting"
                | "floor"
                | "key"
                | "drawing"
                | "diving"
                | "cork"
                | "bread"
                | "cheese"
                | "score"
                | "message"
                | "sandwich"
                | "bulletin"
                | "distribution"
        )
}

/// "with HK office partner Mr. Stanley Wong": a group (at `i`) before one's post and a title names
/// where the one titled works, no group met: where the title stands.
pub(super) fn titled_after_workplace_post(toks: &[Token], used: &[bool], i: usize) -> Option<usize> {
    // (Named by its place, capitalised: not "the design team lead Mr. Kim and his designers", the
    // team met too.)
    if !toks.get(i)?.capitalised() {
        return None;
    }
    let end = (i..toks.len().min(i + 3))
        .take_while(|&k| !toks[k].punct && !used[k])
        .find(|&k| GROUP_WORDS.contains(&toks[k].low.as_str()))?;
    (toks.get(end + 1).is_some_and(|t| !t.punct)
        && super::roles::doer(toks, end + 1)
        && toks.get(end + 2).is_some_and(|t| HONORIFICS.contains(&t.low.as_str())))
    .then_some(end + 2)
}

/// A group named without "the" after "with" ("w/ dev team", "with design team"): up to two
/// words and a group word, not a group of one's own ("my team").
pub(super) fn bare_group_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    let first = toks.get(i)?;
    // ("coffee with Forks crew": a word that is no one in lowercase may name a group.)
    if NOT_PEOPLE.contains(&first.low.as_str()) && !first.capitalised() || GROUP_WORDS.contains(&first.low.as_str()) {
        return None;
    }
    let end = (i + 1..toks.len().min(i + 3))
        .take_while(|&k| !toks[k].punct && !used[k])
        .find(|&k| GROUP_WORDS.contains(&toks[k].low.as_str()))?;
    if (i..end).any(|k| toks[k].punct || used[k]) {
        return None;
    }
    // "the thing with those people": people pointed at, ending the clause, no one named (not
    // "those designers", "those folks from marketing").
    if matches!(first.low.as_str(), "those" | "these") && end == i + 1 && toks.get(end + 1).is_none_or(|t| t.punct) {
        return None;
    }
    // "a paperback with its last chapter torn out": a thing's part, what was done to it following
    // (not "Acme and its legal team", "its board").
    if first.low == "its"
        && toks.get(end + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "torn" | "ripped" | "missing" | "removed" | "cut" | "gone"
            )
        })
    {
        return None;
    }
    if titled_after_workplace_post(toks, used, i).is_some() {
        return None;
    }
    // "with Ambassador Lindqvist's office": a possessive inside the group's name is kept.
    let words: Vec<String> = toks[i..=end].iter().map(Token::written).collect();
    Some((end + 1 - i, words.join(" ")))
}
