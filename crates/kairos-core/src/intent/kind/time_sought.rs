//! Whether a length of time is what the one asking wants found ("look for 3 hours of deep work",
//! "do i have 20 minutes today between 1 and 3 for a call with lena?", "squeeze in a haircut …,
//! 1.5h, what have i got").

use super::super::lexer::{Token, starts_with};

fn unit(t: &Token) -> bool {
    matches!(
        t.low.as_str(),
        "hour" | "hours" | "hr" | "hrs" | "h" | "minute" | "minutes" | "min" | "mins"
    )
}

fn amount(t: &Token) -> bool {
    t.low.starts_with(|c: char| c.is_ascii_digit())
        || matches!(t.low.as_str(), "a" | "an" | "one" | "two" | "three" | "four" | "half")
}

/// "look for 3 hours of deep work before the end of the month": a length looked for is time asked
/// for (not "look for a new flat by Friday").
pub(super) fn looked_for(toks: &[Token]) -> bool {
    toks.windows(4).any(|w| {
        matches!(w[0].low.as_str(), "look" | "looking" | "search" | "searching")
            && w[1].low == "for"
            && (amount(&w[2]) && unit(&w[3])
                || w[2].low.starts_with(|c: char| c.is_ascii_digit()) && w[2].low.ends_with(['h', 'n', 's']))
    })
}

/// "do i have 20 minutes today between 1 and 3 for a call with lena?", "do I have an hour free
/// tomorrow", "do i have time on Monday for Bo": a length, or time, asked whether one has it is
/// time looked for (not "do I have anything on Monday", "do i have meetings after 3": what is on).
pub(super) fn had(toks: &[Token]) -> bool {
    // (Not "Do I have a 30 minute call with Bo tomorrow?", "a 1 hour dentist appointment": a
    // meeting of that length, asked about.)
    // (Not "1 hour for lunch with Jo": what the time is for.)
    let meeting_at = |m: usize| {
        toks.get(m).is_some_and(|t| {
            crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
                || matches!(
                    t.low.as_str(),
                    "appointment" | "appt" | "visit" | "class" | "lesson" | "booking"
                )
        })
    };
    let a_meeting = |j: usize| {
        meeting_at(j + 1)
            || toks
                .get(j + 1)
                .is_some_and(|t| !matches!(t.low.as_str(), "for" | "to" | "with"))
                && meeting_at(j + 2)
    };
    (0..toks.len()).any(|i| {
        let k = i + 3;
        starts_with(toks, i, &["do", "i", "have"])
            // (Not "Do I have room 4B booked": a room.)
            && (toks
                .get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "time" | "room" | "space"))
                && (toks.get(k + 1).is_none_or(|t| {
                    t.punct
                        || matches!(
                            t.low.as_str(),
                            "for" | "to" | "on" | "in" | "this" | "next" | "today" | "tomorrow" | "tonight" | "free"
                                | "at" | "before" | "after" | "between" | "around"
                        )
                }) || crate::intent::dates::day_named_at(toks, k + 1))
                || toks.get(k).is_some_and(amount)
                    && (k + 1..toks.len().min(k + 4)).any(|j| unit(&toks[j]) && !a_meeting(j))
                // "do i have 30mins": a length in one word (not "do I have 1:1s tomorrow").
                || toks.get(k).is_some_and(|t| {
                    t.low.starts_with(|c: char| c.is_ascii_digit())
                        && t.low.ends_with(['h', 'n', 's'])
                        && !t.low.contains(':')
                }))
    })
}

/// "tryin to squeeze in a haircut before the end of the month, 1.5h, what have i got": a length
/// to squeeze or fit in, then what one has, asks where it fits, not what is on.
pub(super) fn room_asked(toks: &[Token]) -> bool {
    let squeezed = toks
        .windows(2)
        .any(|w| matches!(w[0].low.as_str(), "squeeze" | "fit") && w[1].low == "in");
    let length = toks.iter().any(|t| super::super::durations::is_length(&t.low));
    let what_i_have = (0..toks.len()).any(|i| {
        starts_with(toks, i, &["what", "have", "i", "got"]) || starts_with(toks, i, &["what", "do", "i", "have"])
    });
    squeezed && length && what_i_have
}

/// "I need an hour with our choir director … Is there anything on the 8th, 9th or 10th after
/// 6pm?": a length the one asking needs with someone, then whether there is anything on some
/// days, asks for a time it fits, not what is on (not "I need an hour with Bo. Do I have anything
/// on Friday?", what is on asked of oneself).
pub(super) fn needed_then_any_room(toks: &[Token]) -> bool {
    let needed = (0..toks.len()).find(|&i| {
        i > 0
            && matches!(toks[i - 1].low.as_str(), "i" | "we")
            && matches!(toks[i].low.as_str(), "need" | "needs")
            && toks.get(i + 1).is_some_and(amount)
            && toks.get(i + 2).is_some_and(unit)
            && starts_with(toks, i + 3, &["with"])
    });
    needed.is_some_and(|i| (i + 4..toks.len()).any(|k| starts_with(toks, k, &["is", "there", "anything", "on"])))
}

/// "I need to know when Mrs. Okonkwo is free for 30 minutes, any day until 18 December", "can you
/// see when he's free", "can u check if Kofi's free thurs arvo", "When's Bongani next free for a call?": when someone is free, asked to be
/// known in the request's opening clause or of the assistant, or asked outright opening it, is time
/// looked for (not a task "to know", nor "find out when the shop is
/// open", "check when the sofa is available", a thing; nor "Write the report by Friday and check
/// when Bo is free", a task first, nor with a reminder asked).
pub(super) fn when_free_asked(toks: &[Token]) -> bool {
    let someone = |t: &Token| {
        t.capitalised() && t.low != "the"
            || matches!(t.low.as_str(), "he" | "she" | "they" | "he's" | "she's" | "they're")
            || t.possessive && matches!(t.low.as_str(), "he" | "she")
    };
    let reminded = toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "remind" | "reminder" | "todo" | "to-do" | "task"));
    // ("…, can you see when he's free": or asked of the assistant in a clause of its own.)
    let asked = |k: usize| k > 2 && matches!(toks[k - 3].low.as_str(), "can" | "could") && toks[k - 2].low == "you";
    // "When's Bongani next free for a 20-minute call?": or asked outright, opening the request.
    let opening = |k: usize| {
        let be = usize::from(
            toks[k].low == "when" && toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "is" | "are")),
        );
        // ("whens xochitl fre": or written in lowercase, without the apostrophe.)
        k == 0
            && toks[k].low == "when"
            && toks.get(k + 1 + be).is_some_and(|t| {
                !t.punct
                    && (t.capitalised() || be == 0)
                    && !matches!(
                        t.low.as_str(),
                        "the" | "i" | "it" | "we" | "you" | "they" | "my" | "is" | "are"
                    )
            })
            && toks[k + 2 + be..]
                .iter()
                .take(2)
                .take_while(|t| !t.punct)
                .any(|t| matches!(t.low.as_str(), "free" | "available"))
    };
    !reminded
        && (0..toks.len()).any(|k| {
            opening(k)
                // ("hey can u check if Kofi's free thurs arvo …? need to go over the orders": or
                // whether they are; not "I'll check if Ana is free later", the asker's own doing.)
                || k > 0
                    && (toks[k].low == "when"
                        || matches!(toks[k].low.as_str(), "if" | "whether")
                            && !toks[..k]
                                .iter()
                                .any(|t| matches!(t.low.as_str(), "i" | "i'll" | "i'm" | "we" | "we'll")))
                    && matches!(toks[k - 1].low.as_str(), "know" | "see" | "out" | "check")
                    && (k < 8 && !toks[..k].iter().any(|t| t.punct || t.low == "and") || asked(k))
                    // ("see if tomasz is around": a name in lowercase too, before "is".)
                    && (toks.get(k + 1).is_some_and(someone)
                        || matches!(toks[k].low.as_str(), "if" | "whether")
                            && toks.get(k + 2).is_some_and(|t| t.low == "is")
                            && toks.get(k + 1).is_some_and(|t| {
                                t.low.chars().all(char::is_alphabetic)
                                    && !matches!(
                                        t.low.as_str(),
                                        "it" | "that" | "this" | "there" | "the" | "everyone" | "anyone" | "someone" | "everything"
                                    )
                            }))
                    && (k + 1..toks.len().min(k + 8))
                        .take_while(|&j| !toks[j].punct || toks[j].low == ".")
                        .any(|j| {
                            // ("see if tomasz is around for an hour": or around.)
                            (matches!(toks[j].low.as_str(), "free" | "available")
                                || toks[j].low == "around" && matches!(toks[k].low.as_str(), "if" | "whether"))
                                && (matches!(toks[j - 1].low.as_str(), "is" | "are") || toks[j - 1].possessive)
                        })
        })
}
