//! Places, bodies and occasions named as if people: a body one is from or that sits, a building, an
//! institution, a gathering, a feast or a service of worship, a numbered stage, a town before its
//! province, and a part of someone's body cared for ("the Brigade of Gurkhas", "once Court has
//! risen", "the Chapter House", "Evensong", "to redress Mum's leg") — no one to meet.

use super::super::lexer::{Token, starts_with};
use super::names::{gone_to, place_named_by_kind};
use super::words::{GROUP_WORDS, HONORIFICS, MEETING_NOUNS};

/// "book the district nurse, Nkechi, to come and redress Mum's leg": a name (at `i`, ending before
/// `k`) in the possessive before a part of their body, closing its phrase, is whose body is cared
/// for, not someone met (not "with Mum's leg in plaster", who still comes).
pub(super) fn whose_body(toks: &[Token], i: usize, k: usize) -> bool {
    toks[k - 1].possessive
        && !(i > 0 && matches!(toks[i - 1].low.as_str(), "with" | "w/" | "and" | "&"))
        && toks.get(k).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "leg"
                    | "legs"
                    | "arm"
                    | "foot"
                    | "feet"
                    | "knee"
                    | "hip"
                    | "ankle"
                    | "wrist"
                    | "shoulder"
                    | "wound"
                    | "stitches"
                    | "dressing"
            )
        })
        && toks.get(k + 1).is_none_or(|t| {
            t.punct
                || matches!(
                    t.low.as_str(),
                    "on" | "at" | "and" | "tomorrow" | "today" | "this" | "next"
                )
        })
}

/// "Liam, Chloe and Mei from our Sydney office", "Kiri at our Auckland studio": a capitalised word
/// at `i`, after "from" or "at" and "the" or "our", naming the group (ending at `k`) the people
/// named come from; no one to meet.
pub(super) fn group_of_origin(toks: &[Token], i: usize, k: usize) -> bool {
    // "from the San Francisco team": a place of one or two words.
    (i + 1..=i + 2).contains(&k)
        && i > 1
        && matches!(toks[i - 2].low.as_str(), "from" | "at")
        && matches!(toks[i - 1].low.as_str(), "the" | "our" | "their")
        && toks.get(k).is_some_and(|t| GROUP_WORDS.contains(&t.low.as_str()))
}

/// "The motion before the House - that this House would dissolve itself", "no longer has a House
/// to sit in", "I must go to the Ausländerbehörde next tuesday": a capitalised word alone at `i`
/// (ending before `k`) after "the", "this", "that" or "a", before punctuation, "to" or a verb it
/// is the subject of, or where one goes, is a body or a place, no one (not "the Bo sync", a
/// meeting named by whom it is with).
pub(super) fn institution_named(toks: &[Token], i: usize, k: usize) -> bool {
    // (Not "Find time with the Dean.": someone by their post.)
    k == i + 1
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "the" | "this" | "that" | "a")
        && !(i > 1 && matches!(toks[i - 2].low.as_str(), "with" | "w/"))
        && (toks.get(k).is_some_and(|t| {
            t.punct
                || matches!(
                    t.low.as_str(),
                    "would" | "will" | "shall" | "is" | "has" | "may" | "must" | "to"
                )
        }) || gone_to(toks, i - 1))
}

/// "as the Chapter House is required for a funeral reception": a name of two words or more (at `i`,
/// ending before `k`) after "the", ending in a word for a building or a room, is the place, no one
/// (not "with the Dean", nor "the Hall family", nor "the Revd Sarah Church", someone titled).
pub(super) fn building_named(toks: &[Token], i: usize, k: usize) -> bool {
    k > i + 1
        && i > 0
        && toks[i - 1].low == "the"
        && !toks[i..k]
            .iter()
            .any(|t| HONORIFICS.contains(&t.low.as_str()) || t.low == "hon")
        && !toks[k - 1].possessive
        && (matches!(
            toks[k - 1].low.as_str(),
            "house" | "hall" | "room" | "centre" | "center" | "chapel" | "church" | "library" | "theatre" | "gallery"
        )
            // ("as the Parish Office is closed in the afternoons": an office said to be shut or
            // open; not "with the London Office", those who work there.)
            || toks[k - 1].low == "office"
                && starts_with(toks, k, &["is"])
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "closed" | "shut" | "open")))
        && toks
            .get(k)
            .is_none_or(|t| t.punct || !t.capitalised() && !matches!(t.low.as_str(), "family" | "team"))
}

/// "The Council's twinning link with …": a body named by one capitalised word (at `i`, before
/// `k`) after "the", in the possessive, before what is its, is whose the thing is, no one to meet
/// (not "the Council's meeting with …", the body's own meeting).
pub(super) fn bodys_own(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && i > 0
        && toks[i - 1].low == "the"
        && toks[i].possessive
        && GROUP_WORDS.contains(&toks[i].low.trim_end_matches("'s"))
        // (Nor "the Board's advisers", its people.)
        && toks.get(k).is_some_and(|t| {
            !t.punct
                && !t.capitalised()
                && !MEETING_NOUNS.contains(&t.low.as_str())
                && !GROUP_WORDS.contains(&t.low.as_str())
                && !["ers", "ors", "ists", "ants", "ents", "ians"].iter().any(|end| t.low.ends_with(end))
        })
}

/// "twinning link with Portugal Cove, Newfoundland,": a capitalised name of two words (at `i`,
/// before `k`) before a comma and a known province or country, or that province after such a
/// name and a comma, names a town and where it is, no one (not "with Ana, Berlin team lead", "Bo,
/// India office", "Priya, Singapore, and Tom, London", people and their cities).
pub(super) fn town_and_province(toks: &[Token], i: usize, k: usize) -> bool {
    let province_closing = |p: usize| {
        toks.get(p)
            .is_some_and(|t| crate::intent::zones::names_a_country(&t.low))
            && toks.get(p + 1).is_none_or(|t| t.punct)
    };
    // ("our partners in Cork, Ireland,": one word after "in" or "from" too.)
    let town = |from: usize, to: usize| {
        (to >= from + 2 || from > 0 && matches!(toks[from - 1].low.as_str(), "in" | "from" | "at" | "near"))
            && to > from
            && toks[from..to].iter().all(|t| t.capitalised() && !t.punct)
    };
    starts_with(toks, k, &[","]) && town(i, k) && province_closing(k + 1)
        || k == i + 1
            && i > 2
            && toks[i - 1].low == ","
            && (town(i - 2, i - 1) || town(i - 3, i - 1))
            && province_closing(i)
}

/// "The agenda for the Annual Parish Meeting must be circulated", "the Open Day debrief": a name of two words or more (at
/// `i`, ending before `k`) after "the", ending in a word for a gathering, is the occasion, no one
/// (not "with the Meeting family", nor "the Revd Ana Meeting", someone titled; nor "the Welsh
/// Assembly", a body met).
pub(super) fn gathering_named(toks: &[Token], i: usize, k: usize) -> bool {
    k > i + 1
        && i > 0
        && toks[i - 1].low == "the"
        && !toks[i..k].iter().any(|t| HONORIFICS.contains(&t.low.as_str()))
        && !toks[k - 1].possessive
        && matches!(
            toks[k - 1].low.as_str(),
            "meeting" | "conference" | "festival" | "fair" | "agm" | "day" | "week" | "evening" | "night"
        )
        && toks.get(k).is_none_or(|t| t.punct || !t.capitalised())
        // (A day, week, evening or night only before what of it is meant, "the Open Day debrief":
        // not "with the Rachel Day from accounts", someone.)
        && (!matches!(toks[k - 1].low.as_str(), "day" | "week" | "evening" | "night")
            || toks.get(k).is_some_and(|t| {
                !t.punct
                    && !t.capitalised()
                    && t.low.chars().all(char::is_alphabetic)
                    && !matches!(
                        t.low.as_str(),
                        "from" | "in" | "at" | "of" | "and" | "on" | "for" | "with" | "to" | "is" | "was" | "will"
                    )
            }))
}

/// "the Key Stage 1 nativity dress rehearsal", "our Year 6 class": a name (at `i`, ending before
/// `k`) after "the" or one's own, before a number and what it is, names a stage or a class, no one
/// (not "with Ana 3 times a week").
pub(super) fn numbered_stage(toks: &[Token], i: usize, k: usize) -> bool {
    i > 0
        && matches!(toks[i - 1].low.as_str(), "the" | "our" | "my" | "their")
        && toks
            .get(k)
            .is_some_and(|t| t.low.len() <= 2 && t.low.chars().all(|c| c.is_ascii_digit()))
        // (What the stage or class holds, one thing: not "our Dan 2 weeks on Saturday", "our Ana 2
        // mornings", counts of time.)
        && toks.get(k + 1).is_some_and(|t| {
            !t.punct
                && !t.capitalised()
                && !matches!(t.low.as_str(), "more" | "of" | "or" | "and" | "to" | "at")
                && (!t.low.ends_with('s') || t.low.ends_with("ss"))
        })
}

/// "for the Midnight Mass", "after Evensong", "the Service of Nine Lessons and Carols": a church
/// service, or the words of its name after "Service of", no one (not "with Mass Ltd's rep", a
/// firm, nor "the Head of Service, Ana").
pub(super) fn service_of_worship(toks: &[Token], i: usize, k: usize) -> bool {
    const SERVICES: &[&str] = &[
        "mass",
        "evensong",
        "matins",
        "eucharist",
        "vespers",
        "compline",
        "benediction",
    ];
    // ("the Midnight Mass": its last word, after one saying which; after a word saying when or
    // what for, not "with Ben Mass", someone of that name.)
    let which = k == i + 1
        || k == i + 2
            && matches!(
                toks[i].low.as_str(),
                "midnight" | "high" | "sung" | "choral" | "christmas" | "easter" | "evening" | "morning"
            );
    let named = which
        && SERVICES.contains(&toks[k - 1].low.as_str())
        && !toks[k - 1].possessive
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "the" | "after" | "before" | "at" | "for" | "to" | "from" | "during" | "until" | "till"
        );
    // ("the Service of …": the service itself, after "the" and before "of".)
    let head = |j: usize| {
        j > 0
            && toks[j - 1].low == "the"
            && matches!(toks[j].low.as_str(), "service" | "festival")
            && toks[j].capitalised()
            && starts_with(toks, j + 1, &["of"])
    };
    let opens_name = head(i) && k == i + 1;
    // (What its name goes on with, capitalised words joined by "of" and "and".)
    let within = (0..i)
        .rev()
        .take_while(|&j| toks[j].capitalised() || matches!(toks[j].low.as_str(), "of" | "and"))
        .any(head);
    named || opens_name || within
}

/// "w/ Mrs Olwen Batista-Reid from St Austell Juniors": a club, a school or a firm by its name (at
/// `i`, ending before `k`, its last word saying what body it is) after "from", right after someone
/// met (in `met`), is where they are from, no one (not "with Ana from Tom Hale", someone).
pub(super) fn body_they_are_from(toks: &[Token], i: usize, k: usize, met: &[super::Participant]) -> bool {
    let just_met = |at: usize| {
        toks[at].capitalised()
            && !toks[at].punct
            && !toks[at].possessive
            && met
                .iter()
                .any(|p| matches!(p, super::Participant::Name(n) if n.ends_with(toks[at].orig.as_str())))
    };
    // ("with Ms. Harriet Oyelaran-Blythe of Pemberton Lusk, and …": the firm of one named in full
    // with a title, set off before the list goes on; not "with Ana of Bo's team", "the Duke of
    // Westminster".)
    let firm_of_titled = i > 1
        && toks[i - 1].low == "of"
        && just_met(i - 2)
        && (k - i) <= 3
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "," | "." | ";"))
        && met.iter().any(|p| {
            matches!(p, super::Participant::Name(n)
                if n.ends_with(toks[i - 2].orig.as_str())
                    && n.split(' ').count() > 2
                    && HONORIFICS.contains(&n.split(' ').next().unwrap_or_default().trim_end_matches('.').to_lowercase().as_str()))
        });
    firm_of_titled
        || i > 1
            && matches!(
                toks[k - 1].low.as_str(),
                "juniors"
                    | "rovers"
                    | "united"
                    | "fc"
                    | "athletic"
                    | "wanderers"
                    | "academy"
                    | "school"
                    | "college"
                    | "club"
                    | "trust"
                    | "council"
                    | "ltd"
                    | "group"
                    | "society"
                    | "hospital"
                    | "surgery"
            )
            && toks[i - 1].low == "from"
            && just_met(i - 2)
}

/// "after 4.30 p.m., once Court has risen": a body that sits, named alone (at `i`, before `k`) as
/// the one that sits or rises, no one (not "once Ana has risen", "with Court on Monday").
pub(super) fn body_sitting(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && matches!(
            toks[i].low.as_str(),
            "court" | "parliament" | "congress" | "senate" | "synod" | "tribunal" | "chapter"
        )
        && i > 0
        && !toks[i - 1].capitalised()
        && (starts_with(toks, k, &["has", "risen"])
            || starts_with(toks, k, &["is", "sitting"])
            || starts_with(toks, k, &["has", "adjourned"])
            || toks
                .get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "rises" | "sits" | "adjourns" | "resumes" | "risen")))
}

/// "An old comrade of mine from the Brigade of Gurkhas, Major …": a body named "the … of …" after
/// "from", where someone is known from, its first word saying what body it is, both its words (at
/// `i`, ending before `k`) no one (not "a letter from the Duke of Kent", "a visit from the Chair of
/// Governors", one who holds a post).
pub(super) fn body_of_from(toks: &[Token], i: usize, k: usize) -> bool {
    let opens = |head: usize| {
        head > 1
            && toks[head - 1].low == "the"
            && toks[head - 2].low == "from"
            && toks[head].capitalised()
            && !toks[head].possessive
            && matches!(
                toks[head].low.as_str(),
                "brigade"
                    | "regiment"
                    | "corps"
                    | "battalion"
                    | "university"
                    | "college"
                    | "institute"
                    | "academy"
                    | "school"
                    | "bank"
                    | "society"
                    | "guild"
                    | "order"
                    | "ministry"
                    | "department"
                    | "church"
                    | "league"
                    | "federation"
                    | "association"
            )
            && starts_with(toks, head + 1, &["of"])
            && toks.get(head + 2).is_some_and(|t| t.capitalised() && !t.punct)
    };
    // ("from the University of Leeds, Dr. …": or read as one name with its "of".)
    opens(i) && (k == i + 1 || starts_with(toks, i + 1, &["of"]))
        || i > 2 && toks[i - 1].low == "of" && k == i + 1 && opens(i - 2)
}

/// "the flower arranging for Advent Sunday": the word naming a feast before its Sunday (at `i`,
/// alone before `k`), no one.
pub(super) fn feast_named(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && crate::intent::dates::FEASTS.contains(&toks[i].low.as_str())
        && toks.get(k).is_some_and(|t| t.low == "sunday")
}

/// "book the Little Cressing stop w/ Mr Eustace …", "the Alder Court block": a name (at `i`, ending
/// before `k`) after "the" and before a word saying what kind of place it is, a stop on a round, a
/// branch or a block, names the place, no one (not "the Priya call", a meeting named by whom it is
/// with; nor "the Leeds site team", a group).
pub(super) fn place_of_kind(toks: &[Token], i: usize, k: usize) -> bool {
    // ("about the speed cushions on Church Street": a street by its name, after "on" or "in";
    // "GP lead at Lordship Lane surgery": or "at".)
    let street = k > i + 1
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "on" | "in" | "along" | "off" | "at")
        && matches!(
            toks[k - 1].low.as_str(),
            "street" | "road" | "lane" | "avenue" | "close" | "drive" | "terrace" | "crescent" | "square"
        )
        // (Not "catch up on Tom Street's proposal", someone's; nor "pop in on Mary Close Sunday",
        // someone visited on a day.)
        && !toks[k - 1].possessive
        && !(i > 1 && toks[i - 2].low == "in")
        && !super::super::dates::day_or_hour_at(toks, k);
    street || place_named_by_kind(toks, i, k)
}

/// "I look after the music library for the Westbrook Community Orchestra.": a body one works for,
/// named (ending before `k`) after "for the" by a word saying what body it is, in a sentence of
/// the writer's own doing with no one met in it, the body closing it (not "find an hour with the
/// Westbrook Community Orchestra", "I need time for the Westbrook Community Orchestra", "I run a
/// workshop for the Hillside Garden Club on Thursday", "I organise the monthly meeting for the
/// Parish Council, book the next one", a session held for the body).
pub(super) fn works_for_body(toks: &[Token], i: usize, k: usize) -> bool {
    let sentence = crate::intent::lexer::sentence_of(toks, i);
    k >= i + 2
        && i > 1
        && toks[i - 1].low == "the"
        && toks[i - 2].low == "for"
        && matches!(
            toks[k - 1].low.as_str(),
            "orchestra" | "choir" | "society" | "association" | "club" | "trust" | "council" | "ensemble"
        )
        && toks[sentence.start].low == "i"
        && toks.get(sentence.start + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "look" | "work" | "run" | "manage" | "coordinate" | "organise" | "organize" | "keep" | "volunteer"
            )
        })
        && !toks[sentence.start..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "with" | "w/" | "meet" | "need" | "want"))
        && toks.get(k).is_none_or(|t| matches!(t.low.as_str(), "." | "!"))
        && !toks[sentence.start..i].iter().any(|t| {
            MEETING_NOUNS.contains(&t.low.as_str())
                || matches!(
                    t.low.as_str(),
                    "workshop" | "rehearsal" | "training" | "quiz" | "q&a" | "class" | "course" | "night"
                )
        })
}
