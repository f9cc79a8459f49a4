//! Cues that a request asks what is on rather than for anything to change: how full a day is,
//! what it looks like, what one has on or has booked with someone, whether one is engaged, what is
//! in the diary ("What have I got on Saturday?", "how does my Thursday look?", "am I free at all
//! on the 4th?").

use super::super::lexer::{Token, starts_with};
use super::{asks_more, names_a_day, phrases, starts_with_any, verb_can_stand};

/// "any plans sunday evening?": a question opening with "any plans" asks what is on (not "Book
/// dinner with Ana unless I have any plans").
/// "Please what are my programmes for Sunday 29th November from 1pm?", "what are my plans for
/// Sunday?": one's engagements asked for at the head of a sentence, as Nigerian English and most
/// people name them, with nothing booked after (not "Ana asked what are my plans for Friday, book
/// lunch with her at 1", "What are my appointments like next week, can you book a haircut …").
pub(super) fn asks_what_my_plans_are(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        starts_with(toks, i, &["what", "are", "my"])
            && toks.get(i + 3).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "programmes" | "programs" | "plans" | "appointments" | "engagements" | "commitments" | "meetings"
                )
            })
            && (i == 0 || toks[i - 1].punct || matches!(toks[i - 1].low.as_str(), "please" | "pls" | "so"))
            && !toks[i..].iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "book" | "schedule" | "add" | "put" | "set" | "arrange" | "pencil" | "block" | "move" | "cancel"
                )
            })
    })
}

pub(super) fn asks_any_plans(toks: &[Token]) -> bool {
    starts_with(toks, 0, &["any", "plans"]) && toks.last().is_some_and(|t| t.low == "?")
}

/// "Give me a quick look at tomorrow", "give me a peek at next week": a look at a day describes it
/// (not "a quick look at when Ana is free", "a peek at Bo's availability": free time looked for).
pub(super) fn gives_a_look_at_a_day(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        let adjective = usize::from(
            toks.get(i + 3)
                .is_some_and(|t| !matches!(t.low.as_str(), "look" | "peek")),
        );
        let look = i + 3 + adjective;
        starts_with(toks, i, &["give", "me", "a"])
            && toks
                .get(look)
                .is_some_and(|t| matches!(t.low.as_str(), "look" | "peek"))
            && toks.get(look + 1).is_some_and(|t| t.low == "at")
            && !toks[look + 1..]
                .iter()
                .any(|t| matches!(t.low.as_str(), "when" | "free" | "availability" | "available"))
    })
}

/// "any lessons booked wed 2nd btwn 10 and 12?": whether lessons, sessions or classes are booked,
/// opening the request, with nothing booked in it (not "… unless any lessons booked clash",
/// "any lessons booked? if not book 1h with …").
pub(super) fn asks_any_booked(toks: &[Token]) -> bool {
    toks.first().is_some_and(|t| t.low == "any")
        && toks
            .get(1)
            // ("any jobs booked w/ the Lindqvists before the 18th?")
            .is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "lessons"
                        | "sessions"
                        | "classes"
                        | "jobs"
                        | "appointments"
                        | "meetings"
                        | "calls"
                        // ("any rehearsals booked w/ Maggie before the 19th?")
                        | "rehearsals"
                        | "visits"
                        | "viewings"
                        | "fittings"
                        | "practices"
                )
            })
        && starts_with(toks, 2, &["booked"])
        // (Nor anything done with them after: "if not, add one Thursday at 10", "… can go".)
        && !toks.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "book" | "find" | "schedule" | "add" | "put" | "cancel" | "move" | "clear" | "go" | "drop" | "scrap"
            )
        })
}

/// "what have we got on fri 15th to sun 17th jan?", "what've we got on friday?": what a household
/// or a team has on, with no length to fit in (not "30 mins — what've we got?", "find an hour with
/// the marketing team this week, what have we got?", room for it asked).
pub(super) fn asks_what_we_have_on(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        starts_with(toks, k, &["what", "have", "we", "got"])
            || starts_with(toks, k, &["what", "we", "got"])
            || starts_with(toks, k, &["what", "do", "we", "have"])
    }) && !toks.iter().any(|t| {
        super::super::durations::is_length(&t.low)
            // (Nor with free time asked or something booked after: "what have we got free on
            // Tuesday? book the plumber …", "what do we have on Thursday? add the school play at
            // 6pm", "we need to meet the landlord …, what have we got open?")
            || matches!(
                t.low.as_str(),
                "find" | "fit" | "squeeze" | "free" | "open" | "book" | "add" | "schedule" | "put" | "pencil" | "meet"
            )
    })
}

/// "I keep Mrs. Nwachukwu's diary - what does she have on from Monday 14 to Wednesday 16
/// December?", "what has he got between 9 and 1 on Saturday?": what the one whose diary the writer keeps has on, asked of a day or a span, with
/// nothing booked or sought (not "what does she have on her list", "what do they have on the
/// menu? book dinner …", "what does she have on Monday, and can you book 30 min with her?").
pub(super) fn asks_what_they_have_on(toks: &[Token]) -> bool {
    let asked = (0..toks.len()).find_map(|k| {
        [
            &["what", "does", "she", "have", "on"][..],
            &["what", "does", "he", "have", "on"],
            &["what", "do", "they", "have", "on"],
            // ("what does he have between 8 and 11 on Wednesday 9 December?": see below.)
            &["what", "does", "she", "have"],
            &["what", "does", "he", "have"],
            // "I look after Mr. Kamau's salon bookings. What has he got between 9 and 1 …?"
            &["what", "has", "he", "got"],
            &["what", "has", "she", "got"],
            &["what", "have", "they", "got"],
        ]
        .iter()
        .find(|words| starts_with(toks, k, words))
        .map(|words| k + words.len())
        // ("could you tell me what he's got on Thursday 17 December?")
        .or_else(|| {
            (toks[k].low == "what"
                && toks.get(k + 1).is_some_and(|t| {
                    matches!(t.low.as_str(), "he" | "she" | "he's" | "she's") && (t.possessive || t.low.ends_with("'s"))
                })
                && starts_with(toks, k + 2, &["got"]))
            .then_some(k + 3)
        })
        // ("could you tell me what Dr. Ilunga has on Monday 7 December": someone named, with
        // their title.)
        .or_else(|| {
            let does = usize::from(starts_with(toks, k + 1, &["does"]));
            let from = k + 1 + does;
            let titled = toks
                .get(from)
                .is_some_and(|t| crate::intent::people::HONORIFICS.contains(&t.low.as_str()));
            let dot = usize::from(titled && starts_with(toks, from + 1, &["."]));
            let name = from + 1 + dot;
            let verb = if does == 1 { "have" } else { "has" };
            (toks[k].low == "what"
                && titled
                && toks.get(name).is_some_and(|t| t.capitalised() && !t.punct)
                && starts_with(toks, name + 1, &[verb]))
            .then_some(name + 2)
        })
    });
    asked.is_some_and(|next| {
        // (Without "on", only before the hours or days asked: "what does he have between 8 and
        // 11", not "what does she have this week at the market".)
        let bare_have = toks[next - 1].low == "have";
        toks.get(next).is_some_and(|t| {
            matches!(t.low.as_str(), "from" | "on" | "between")
                || !bare_have
                    && (matches!(
                        t.low.as_str(),
                        "next" | "this" | "tomorrow" | "today" | "over" | "during"
                    ) || crate::intent::dates::day_named_at(toks, next))
        }) && !toks.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "book" | "find" | "schedule" | "add" | "block" | "put" | "arrange"
            )
        })
    })
}

/// "any sessions with Tiberiu between now and the end of December?", "any lessons w/ Ms. Hadley
/// next week?": whether meetings with someone are in the calendar, asked outright, is what it
/// holds (not "any time with Tiberiu next week?", time sought; nor "… and book one", more asked);
/// "Have I got any sessions with Priyanka booked before Christmas?", "do I have any calls with
/// Bo …?": so too asked whether one has them; "any fittings w/ Benedetta in the diary before the
/// 20th?", "have I got any gigs with Sunita …?": meetings named by what they are (not "any spots
/// with Bo next week?", "any dates with Bo that work in January?", times sought; nor "any emails
/// with Bo", "any delays with the train", no meetings).
pub(super) fn meetings_with_asked(toks: &[Token]) -> bool {
    const MEETINGS: &[&str] = &[
        "sessions",
        "meetings",
        "calls",
        "appointments",
        "appts",
        "lessons",
        "classes",
        "gigs",
        "fittings",
        "tastings",
        "interviews",
        "dinners",
        "lunches",
        "rehearsals",
        "viewings",
        "catchups",
        "catch-ups",
        "demos",
        "visits",
        "consultations",
        "shoots",
    ];
    let any = [&["have", "i", "got"][..], &["do", "i", "have"], &["have", "i"], &[]]
        .iter()
        .find(|lead| starts_with(toks, 0, lead) && toks.get(lead.len()).is_some_and(|t| t.low == "any"))
        .map_or(0, |lead| lead.len());
    toks.get(any).is_some_and(|t| t.low == "any")
        && toks.get(any + 1).is_some_and(|t| MEETINGS.contains(&t.low.as_str()))
        && toks
            .get(any + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "with" | "w/"))
        && toks.last().is_some_and(|t| t.low == "?")
        && toks.iter().filter(|t| t.low == "?").count() == 1
        && !asks_more(toks)
}

/// "Could you let me know what he has on Monday 7 December between 2 and 6pm?": what the one whose
/// diary the writer keeps has on a day, asked outright, with nothing booked or looked for besides
/// (not "what she has on the budget", "Ask Ana what she has on Thursday and find us an hour").
pub(super) fn their_day_asked(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        starts_with(toks, i, &["what"])
            && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "he" | "she"))
            && starts_with(toks, i + 2, &["has", "on"])
            && crate::intent::dates::day_named_at(toks, i + 4)
            && toks.last().is_some_and(|t| t.low == "?")
    }) && !toks.iter().any(|t| {
        matches!(
            t.low.as_str(),
            "book" | "set" | "schedule" | "find" | "meet" | "arrange" | "organise" | "organize" | "ask" | "check"
        )
    })
}

/// "What's in the diary between Monday 28 and Wednesday 30 December?": what the calendar holds,
/// asked outright, with nothing booked or looked for besides (not "what's in the diary Tuesday?
/// if nothing, book 1h with Ana", "Check what's in the diary and find 1h with Ana").
pub(super) fn in_the_diary_asked(toks: &[Token]) -> bool {
    let asked = (0..toks.len()).any(|k| {
        // ("What's in his diary for the week …": or the one's whose diary the writer keeps.)
        let whose = |k: usize| {
            toks.get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "the" | "his" | "her" | "their"))
        };
        let diary = |t: &Token| matches!(t.low.as_str(), "diary" | "calendar");
        // ("What's in Mr. Quarshie-Holt's diary on Tuesday …": or in that of someone named.)
        let named = |from: usize| {
            (from + 1..toks.len().min(from + 5)).any(|d| {
                diary(&toks[d])
                    && toks[d - 1].possessive
                    && toks[from..d].iter().all(|t| t.capitalised() || t.low == ".")
            })
        };
        toks[k].low == "what"
            && (k == 0 || toks[k - 1].punct)
            && [&["in"][..], &["is", "in"]].iter().any(|words| {
                let at = k + 1 + words.len();
                starts_with(toks, k + 1, words) && (whose(at) && toks.get(at + 1).is_some_and(diary) || named(at))
            })
    });
    asked && !asks_more(toks)
}

/// "free after 6pm on sat 19/12?", "busy tomorrow morning?": whether one is free then, asked in
/// a word, with no one named and no length (not "free slots tomorrow?", times asked for).
pub(super) fn free_then_asked(toks: &[Token]) -> bool {
    let then = |t: &Token| {
        names_a_day(t)
            || crate::intent::clock::written_clock(t)
            || crate::intent::clock::part_word(&t.low).is_some()
            || matches!(
                t.low.as_str(),
                "after" | "before" | "on" | "at" | "from" | "until" | "all"
            )
    };
    // (One short clause: not "busy all morning, can you find me a slot after lunch?", "free after 5,
    // so could you book me a massage for 6?", "free at 3 for a call?".)
    let one_clause = toks.len() <= 12
        && !toks.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "," | "-" | "so" | "can" | "could" | "find" | "book" | "for" | "to"
            )
        });
    one_clause
        && toks.first().is_some_and(|t| matches!(t.low.as_str(), "free" | "busy"))
        && toks.get(1).is_some_and(then)
        && toks.last().is_some_and(|t| t.low == "?")
        && toks.iter().filter(|t| t.low == "?").count() == 1
        && !toks[1..].iter().any(|t| {
            t.low == "with"
                || t.capitalised() && !names_a_day(t) && crate::intent::dates::month(&t.low).is_none()
                || super::super::durations::is_length(&t.low)
        })
}

/// "could you confirm whether I have any engagements on the evening of Saturday 12 December?":
/// whether the calendar holds something, asked (not "if I have any questions").
pub(super) fn whether_engaged(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        matches!(toks[k].low.as_str(), "whether" | "if")
            && starts_with(toks, k + 1, &["i", "have", "any"])
            && toks.get(k + 4).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "engagements"
                        | "engagement"
                        | "meetings"
                        | "meeting"
                        | "plans"
                        | "appointments"
                        | "appointment"
                        | "conflicts"
                        | "conflict"
                        | "clashes"
                        | "events"
                        | "calls"
                        | "commitments"
                        | "bookings"
                )
            })
    })
}

/// "what is on Dec 14-16", "what is on my calendar tomorrow": what a day holds, asked (not "what
/// is on your mind? Book a call …", "what is on the menu").
pub(super) fn what_is_on_a_day(toks: &[Token]) -> bool {
    // (Nor with a meeting asked besides: "What is on the table, and can we meet Tuesday at 2?".)
    !asks_more(toks)
        && !toks.iter().any(|t| matches!(t.low.as_str(), "meet" | "also"))
        && (0..toks.len()).any(|k| {
            // (A day or the calendar within a few words, and not of one's mind, the menu, the TV,
            // what is on sale or at the cinema.)
            let thing = toks.get(k + 3).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "your" | "his" | "her" | "their" | "tv" | "television" | "at" | "sale"
                )
            }) || ["menu", "table", "news", "agenda", "slides"]
                .iter()
                .any(|w| starts_with(toks, k + 3, &["the", w]));
            // "which things are in my calendar on Monday 14 December?": or the things a day or one's
            // calendar holds, named right after (not "what things are on sale on Friday", "in the
            // box for Monday's class").
            let things_held = matches!(toks[k].low.as_str(), "which" | "what")
                && starts_with(toks, k + 1, &["things", "are"])
                && toks.get(k + 3).is_some_and(|t| matches!(t.low.as_str(), "on" | "in"))
                && (crate::intent::dates::day_named_at(toks, k + 4)
                    || starts_with(toks, k + 4, &["my"])
                    || toks.get(k + 4).is_some_and(|t| t.low == "for")
                        && crate::intent::dates::day_named_at(toks, k + 5));
            (starts_with(toks, k, &["what", "is", "on"]) || things_held)
                && !thing
                && (k + 3..toks.len().min(k + 8)).any(|d| {
                    crate::intent::dates::day_named_at(toks, d)
                        || starts_with(toks, d, &["the", "weekend"])
                        || starts_with(toks, d, &["my", "calendar"])
                        || starts_with(toks, d, &["my", "schedule"])
                        || starts_with(toks, d, &["my", "plate"])
                })
        })
}

/// "Could you run through my calendar from Tuesday 29 to Thursday 31 December?": the calendar run
/// through over days, and nothing else asked (not "run through my calendar and book an hour …",
/// "Book 30 minutes … to run through my calendar", "run through my diary with Helen").
pub(super) fn runs_through_days(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        starts_with(toks, k, &["run", "through", "my"])
            && toks
                .get(k + 3)
                .is_some_and(|t| matches!(t.low.as_str(), "calendar" | "diary" | "schedule"))
            && toks[..k]
                .iter()
                .all(|t| t.punct || matches!(t.low.as_str(), "could" | "can" | "would" | "you" | "please" | "pls"))
            && toks[k + 4..].iter().all(|t| {
                t.punct
                    || names_a_day(t)
                    || crate::intent::dates::month(&t.low).is_some()
                    || t.low.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        t.low.as_str(),
                        "from"
                            | "to"
                            | "for"
                            | "on"
                            | "the"
                            | "next"
                            | "this"
                            | "week"
                            | "and"
                            | "until"
                            | "till"
                            | "through"
                    )
            })
            && toks[k + 4..].iter().any(names_a_day)
    })
}

/// "what's the damage on the 23rd", "what's the damage for Thursday": what a day holds, asked
/// (not "what's the damage for the repair", a cost).
pub(super) fn damage_of_a_day(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        starts_with(toks, k, &["what", "the", "damage"])
            && toks.get(k + 3).is_some_and(|t| matches!(t.low.as_str(), "on" | "for"))
            && (crate::intent::dates::day_named_at(toks, k + 4)
                || starts_with(toks, k + 4, &["my", "calendar"])
                || starts_with(toks, k + 4, &["my", "schedule"]))
    })
}

/// "show tmrw", "Show next week": a short request of "show" and a day right after it asks what is
/// on that day (not "Show this to Ana on Friday", "show the 3 options").
pub(super) fn shows_a_day(toks: &[Token]) -> bool {
    let day =
        |t: &Token| crate::intent::dates::weekday(&t.low).is_some() || matches!(t.low.as_str(), "today" | "tomorrow");
    let next_or_this = toks.get(1).is_some_and(|t| matches!(t.low.as_str(), "next" | "this"))
        && toks
            .get(2)
            .is_some_and(|t| day(t) || matches!(t.low.as_str(), "week" | "weekend"));
    // ("show Jan 11–15", "show dec 10": or a month and its days.)
    let dated = toks
        .get(1)
        .is_some_and(|t| crate::intent::dates::month(&t.low).is_some())
        && toks
            .get(2)
            .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
    toks.len() <= 4
        && toks.first().is_some_and(|t| t.low == "show")
        && (toks.get(1).is_some_and(day) || next_or_this || dated)
}

/// "what's the rest of this week looking like": "what" and, within eight words, "looking like"
/// (not "what I'm looking for").
pub(super) fn asks_what_it_looks_like(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        toks[i].low == "what"
            && (i + 1..toks.len().min(i + 9)).any(|k| {
                starts_with(toks, k, &["looking", "like"])
                    // "What's Tuesday week shaping up like?": of a day, a week or the calendar, with
                    // nothing else asked (not "What's the budget shaping up like?").
                    || starts_with(toks, k, &["shaping", "up", "like"])
                        && (i + 1..k).any(|j| {
                            // (The day itself: not "the Friday party".)
                            names_a_day(&toks[j])
                                && !toks[j].possessive
                                && matches!(toks[j + 1].low.as_str(), "shaping" | "week")
                                || matches!(
                                    toks[j].low.as_str(),
                                    "week" | "weekend" | "diary" | "calendar" | "schedule"
                                )
                        })
                        && !asks_more(toks)
            })
    })
}

/// "anything today before noon?", "anything on Friday?": a question opening with "anything" (or
/// "any stuff") about a day asks what is on it.
pub(super) fn asks_anything_on(toks: &[Token]) -> bool {
    // "any evening stuff on wed 16/12?", "any stuff going on Saturday night?": or "any" stuff, of a
    // part of the day or not, on a day named right after it (not "any stuff on sale on Friday?").
    let stuff = if toks
        .get(1)
        .is_some_and(|t| crate::intent::clock::part_word(&t.low).is_some())
    {
        2
    } else {
        1
    };
    let linking = toks[(stuff + 1).min(toks.len())..]
        .iter()
        .take(2)
        .take_while(|t| matches!(t.low.as_str(), "on" | "for" | "happening" | "going"))
        .count();
    let any_stuff = toks.first().is_some_and(|t| t.low == "any")
        && toks.get(stuff).is_some_and(|t| t.low == "stuff")
        && crate::intent::dates::day_named_at(toks, stuff + 1 + linking);
    (toks.first().is_some_and(|t| t.low == "anything") || any_stuff)
        && toks.last().is_some_and(|t| t.low == "?")
        && toks.iter().take(6).any(names_a_day)
        // "saturday after 2pm, anything?": or a day named, then "anything?" closing the request.
        // (Only times between: not "Tomorrow I need an hour with Bo, anything?".)
        || toks.len() >= 4
            && toks.first().is_some_and(names_a_day)
            && toks[toks.len() - 2].low == "anything"
            && toks[toks.len() - 3].low == ","
            && toks.last().is_some_and(|t| t.low == "?")
            && toks[1..toks.len() - 3].iter().all(|t| {
                names_a_day(t)
                    || super::super::clock::part_word(&t.low).is_some()
                    || t.low.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        t.low.as_str(),
                        "after" | "before" | "from" | "to" | "until" | "between" | "and" | "the" | "at" | "on" | "noon"
                    )
            })
}

/// "list today's meetings pls", "list my appointments for friday": meetings listed, what is on.
/// (Only one's own or a day's: not "list bookings on airbnb by friday", "list the events on
/// eventbrite", a job.)
pub(super) fn lists_meetings(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        toks[i].low == "list"
            && verb_can_stand(toks, i)
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "my" | "all" | "our") || t.possessive && names_a_day(t))
            && !toks.iter().any(|t| matches!(t.low.as_str(), "by" | "due"))
            && (i + 1..toks.len().min(i + 4)).any(|k| {
                matches!(
                    toks[k].low.as_str(),
                    "meetings" | "appointments" | "events" | "calls" | "bookings"
                )
            })
    })
}

/// "Is Monday afternoon pretty packed?", "are we swamped next week?": a question opening with
/// "is" or "are" about how full the calendar is.
pub(super) fn asks_how_full(toks: &[Token]) -> bool {
    // "how rammed is wednesday": how full, asked of a day.
    let how = toks.first().is_some_and(|t| t.low == "how")
        && toks.get(1).is_some_and(|t| phrases::FULLNESS.contains(&t.low.as_str()))
        && toks.get(2).is_some_and(|t| matches!(t.low.as_str(), "is" | "are"))
        && crate::intent::dates::day_named_at(toks, 3)
        // (The day and its part ending the question: not "How rammed is Friday night in town".)
        && toks[3..].iter().all(|t| {
            t.punct
                || names_a_day(t)
                || crate::intent::clock::part_word(&t.low).is_some()
                || matches!(t.low.as_str(), "week" | "weekend")
        });
    if how {
        return true;
    }
    let opens = toks.first().is_some_and(|t| matches!(t.low.as_str(), "is" | "are"));
    // "is tmrw free?", "Is Saturday open for me?": free, available or open, of a day rather than
    // of someone.
    let a_day = toks.get(1).is_some_and(names_a_day);
    opens
        && toks.get(1).is_some_and(|t| t.low != "you")
        && toks.iter().enumerate().any(|(k, t)| {
            // ("open" only of the day as it stands: not "is wednesday evening open for like an
            // hour?", time sought.)
            // (Nor with a booking to follow: "Is Wednesday open? If so book 1h with Ana".)
            let open = t.low == "open"
                && !toks
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "book" | "schedule" | "put" | "add" | "pencil" | "slot"))
                && (toks.get(k + 1).is_none_or(|n| n.low == "?")
                    || starts_with(toks, k + 1, &["for", "me"])
                    || starts_with(toks, k + 1, &["for", "us"]));
            phrases::FULLNESS.contains(&t.low.as_str())
                || a_day && (matches!(t.low.as_str(), "free" | "available") || open)
                || a_day && phrases::LIKENED_FULL.contains(&t.low.as_str()) && !asks_more(toks)
        })
}

/// "tell me what sunday looks like": what a day, named, looks like (not "what success looks
/// like").
pub(super) fn what_a_day_looks_like(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        toks[i].low == "what"
            && crate::intent::dates::day_or_hour_at(toks, i + 1)
            && starts_with_any(toks, i + 2, &[&["looks", "like"]])
    })
}
