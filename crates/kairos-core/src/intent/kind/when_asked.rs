//! Cues that a request asks when a meeting could be, rather than books it: whether a time suits
//! someone ("does Thursday at 11 work for Yusuf?"), when someone could squeeze one in, the earliest
//! time, any room at all ("if they have any time next week"), or an arrangement being tried.

use super::super::lexer::{Token, starts_with};
use super::{a_day_or_hour, asks_a_booking, names_a_time, starts_with_any};

/// "can u check if Thu 10 Dec at 11 works for yusuf", "does Thursday at 11 work for Yusuf?",
/// "Check whether 4:45pm on Wednesday the 16th suits the onboarding team":
/// whether a day or an hour named suits someone, asked, looks for a time (not "Thursday works for
/// me, book it", told).
pub(super) fn time_suits_asked(toks: &[Token]) -> bool {
    let asked = toks.iter().any(|t| t.low == "?")
        || toks
            .iter()
            .take(6)
            .any(|t| matches!(t.low.as_str(), "does" | "do" | "would" | "will" | "if" | "whether"));
    asked
        && (1..toks.len()).any(|k| {
            // ("Check whether 4:45pm on Wednesday the 16th suits the onboarding team": "suits"
            // takes whom it suits without "for".)
            // ("is 11:15 on monday 14 dec ok for the hiring panel?": or is "ok", "good" or "fine"
            // for them, asked.)
            (matches!(
                toks[k].low.as_str(),
                "work" | "works" | "suit" | "suits" | "ok" | "okay" | "good" | "fine"
            ) && toks.get(k + 1).is_some_and(|t| t.low == "for")
                || matches!(toks[k].low.as_str(), "suit" | "suits")
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.low == "the" || t.capitalised() && !t.punct))
                && (k.saturating_sub(6)..k).any(|j| a_day_or_hour(toks, j))
        })
}

/// "I am trying to arrange a working session … Any day from Monday 4 to Friday 8 January would
/// suit": a meeting one is still trying to arrange, a time to look for.
pub(super) fn trying_to_arrange(toks: &[Token]) -> bool {
    // (Not with a booking asked besides or an hour named: "I'm trying to schedule a call with Ana
    // on Tuesday at 3pm, can you book it?"; a search asked besides is the time looked for: "I am
    // trying to arrange a case conference … Could you find a time in the week commencing 7
    // December?".)
    !asks_a_booking(toks)
        && !(0..toks.len()).any(|k| names_a_time(toks, k))
        && toks.windows(3).enumerate().any(|(k, w)| {
            // ("trying to set a time with Bo": a time set too.)
            let set_a_time = w[2].low == "set"
                && toks.get(k + 3).is_some_and(|t| t.low == "a")
                && toks
                    .get(k + 4)
                    .is_some_and(|t| matches!(t.low.as_str(), "time" | "date"));
            matches!(w[0].low.as_str(), "trying" | "attempting")
                && w[1].low == "to"
                && (matches!(w[2].low.as_str(), "arrange" | "organise" | "organize" | "schedule") || set_a_time)
        })
}

/// "grab twenty minutes with the finance folks tomorrow afternoon if they've got anything": time
/// wanted only if the others have any, which is looked for first.
pub(super) fn if_they_have_any(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        toks[i].low == "if"
            && toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "they" | "he" | "she" | "they've" | "he's" | "she's" | "they're"
                )
            })
            && (i + 2..toks.len().min(i + 5)).any(|k| {
                // ("if they've got anything", "if she has any time": not "if he has any questions",
                // "if she's any better".)
                let free_after = toks.get(k + 1).is_none_or(|t| {
                    t.punct || matches!(t.low.as_str(), "free" | "open" | "available" | "then" | "that")
                });
                let time_after = toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "time" | "availability" | "slots" | "slot" | "space" | "room" | "gaps" | "gap" | "openings"
                    )
                });
                (toks[k].low == "anything" && free_after || toks[k].low == "any" && time_after)
                    && (i + 2..k).all(|j| matches!(toks[j].low.as_str(), "'ve" | "have" | "has" | "got"))
                    && !toks[i + 1].low.ends_with("'s")
                    && !toks[i + 1].low.ends_with("'re")
            })
    })
}

/// "is there maybe a time I could grab coffee with Yusuf", "any time we could meet": asking
/// whether a time exists ("there" or "any" before it, no clock time stated).
pub(super) fn a_time_asked(toks: &[Token]) -> bool {
    (1..toks.len()).any(|i| {
        // "is there anytime tomorow evening i could fit in an hour": "anytime" and its day.
        let anytime = toks[i].low == "anytime"
            && (i + 1..toks.len().min(i + 5)).any(|k| {
                matches!(toks[k].low.as_str(), "i" | "we") && toks.get(k + 1).is_some_and(|t| t.low == "could")
            });
        anytime
            || toks[i].low == "time"
                && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "i" | "we"))
                && toks.get(i + 2).is_some_and(|t| t.low == "could")
                && toks[i.saturating_sub(4)..i]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "there" | "any"))
    }) && !(0..toks.len()).any(|k| names_a_time(toks, k))
}

/// "Need to squeeze in 15 mins with Benedikt & Hana sometime between Tuesday and Thursday": time
/// squeezed or fitted in "sometime", with no calendar or invitation spoken of, is time looked
/// for; nothing is booked until a time is chosen.
pub(super) fn squeezed_in_sometime(toks: &[Token]) -> bool {
    let squeezed = toks
        .windows(2)
        .any(|w| matches!(w[0].low.as_str(), "squeeze" | "fit") && w[1].low == "in");
    let sometime = toks
        .iter()
        .enumerate()
        .any(|(i, t)| t.low == "sometime" || t.low == "some" && toks.get(i + 1).is_some_and(|n| n.low == "time"));
    let booked = toks.iter().any(|t| {
        t.low.starts_with("invit")
            || matches!(
                t.low.as_str(),
                "calendar" | "cal" | "diary" | "book" | "invite" | "invites"
            )
    });
    squeezed && sometime && !booked && !toks.iter().enumerate().any(|(i, _)| names_a_time(toks, i))
}

/// "wen can Lachlan, Ayşe and me squeeze in an hour tmrw morning": when others (and the one
/// asking) have room, asked — a time to look for (not "when can you squeeze in …", the assistant
/// asked).
pub(super) fn when_they_could_squeeze_in(toks: &[Token]) -> bool {
    toks.first().is_some_and(|t| t.low == "when")
        && toks
            .get(1)
            .is_some_and(|t| matches!(t.low.as_str(), "can" | "could" | "will"))
        && (2..toks.len()).any(|j| {
            matches!(toks[j].low.as_str(), "squeeze" | "fit")
                && starts_with(toks, j + 1, &["in"])
                && !toks[2..j].iter().any(|t| matches!(t.low.as_str(), "you" | "u"))
        })
        // (Not "When can we fit in the team photo? book it for Tuesday at 3": then booked.)
        && !toks.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "book" | "put" | "pencil" | "schedule" | "diary" | "calendar" | "cal"
            )
        })
}

/// "could Père Antoine and the choir committee squeeze in fifteen minutes with me?": whether
/// others have room for the one asking, asked, with no hour named — a time to look for (not
/// "could you squeeze in …", the assistant asked to book).
/// ("can lorcan squeeze in 20 mins with me sat morning? need to hand back the spare keys": the
/// question may be followed by why, though not by a booking asked for: "Could Ana fit in lunch
/// with me next week? Book it if she can.")
pub(super) fn they_could_squeeze_me_in(toks: &[Token]) -> bool {
    let asked = |j: usize| {
        let question = toks[j..].iter().position(|t| matches!(t.low.as_str(), "." | "!" | "?"));
        toks.last().is_some_and(|t| t.low == "?")
            || question.is_some_and(|q| {
                toks[j + q].low == "?"
                    && !toks[j + q..]
                        .iter()
                        .any(|t| matches!(t.low.as_str(), "book" | "put" | "pencil" | "schedule"))
            })
    };
    !(0..toks.len()).any(|k| names_a_time(toks, k))
        && (0..toks.len()).any(|k| {
            matches!(toks[k].low.as_str(), "could" | "can")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| !matches!(t.low.as_str(), "you" | "u" | "i" | "we" | "it"))
                && (k + 2..toks.len().min(k + 10)).any(|j| {
                    // (Time or a meeting squeezed in: not "can they fit in the car with me?".)
                    let with = (j + 2..toks.len()).find(|&w| toks[w].low == "with");
                    let time_or_meeting = with.is_some_and(|w| {
                        toks[j + 2..w].iter().any(|t| {
                            t.low.starts_with(|c: char| c.is_ascii_digit())
                                || crate::intent::lexer::number(&t.low).is_some_and(|n| n > 1.0)
                                || super::super::people::MEETING_NOUNS.contains(&t.low.as_str())
                                || matches!(
                                    t.low.as_str(),
                                    "minutes"
                                        | "mins"
                                        | "min"
                                        | "hour"
                                        | "quarter"
                                        | "half"
                                        | "call"
                                        | "chat"
                                        | "check-up"
                                        | "checkup"
                                        | "appointment"
                                        | "session"
                                        | "meeting"
                                        | "slot"
                                        | "retro"
                                        | "follow-up"
                                        | "review"
                                        | "standup"
                                        | "sync"
                                        | "catch-up"
                                )
                        })
                    });
                    matches!(toks[j].low.as_str(), "squeeze" | "fit")
                        && toks.get(j + 1).is_some_and(|t| t.low == "in")
                        && asked(j)
                        && time_or_meeting
                        && with.is_some_and(|w| toks.get(w + 1).is_some_and(|t| matches!(t.low.as_str(), "me" | "us")))
                })
        })
}

/// "Between 3 and 5 this afternoon, can I fit in 25 minutes with Yusuf?": whether there is room,
/// asked, with no booking asked for after it ("… If so book it", "… and send her an invite").
pub(super) fn fit_in_asked(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        starts_with_any(toks, i, &[&["can", "i", "fit", "in"], &["could", "i", "fit", "in"]])
            && !toks[i..].iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "book" | "schedule" | "invite" | "lock" | "reserve" | "pencil" | "send" | "put"
                )
            })
    })
}

/// "what's the earliest I could grab an hour with the design crew on wednesday": the soonest time
/// asked, with no booking asked for (not "the earliest I can do is 3pm Friday, book the call").
pub(super) fn earliest_asked(toks: &[Token]) -> bool {
    (1..toks.len()).any(|i| {
        matches!(
            toks[i - 1].low.as_str(),
            "what's" | "whats" | "when's" | "what" | "is" | "'s"
        ) && starts_with_any(
            toks,
            i,
            &[&["the", "earliest", "i", "could"], &["the", "earliest", "i", "can"]],
        ) && !toks[i..].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "book" | "schedule" | "put" | "lock" | "reserve" | "pencil" | "invite"
            )
        })
    })
}
