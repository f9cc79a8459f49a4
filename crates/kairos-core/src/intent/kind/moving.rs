//! Verbs that move or hold a meeting, said of things, places and oneself, where they move or hold
//! none ("queues that have already shuffled inside", "when the gliders are pushed back into the
//! hangar", "a guardsman is not supposed to move a muscle", "when I want it to hold").

use super::super::lexer::Token;
use super::{day_or_hour_ahead, somewhen_ahead, the_calendar_at};

/// Whether the verb at `i` moves or holds no meeting here.
pub(super) fn moves_no_meeting(toks: &[Token], i: usize) -> bool {
    // "queues that have already shuffled inside": a thing moving on its own, nothing moved to a
    // time (not "shuffle it along to Friday").
    // "Please keep your arms inside and hold on to your windbreaks": gripping, nothing held in a
    // calendar (not "hold on to Friday at 3 for me").
    // (Not "Hold on to her 10am on Monday", "hold on to their Thursday slot": a time kept.)
    let grips = toks[i].low == "hold"
        && super::super::lexer::starts_with(toks, i + 1, &["on", "to"])
        && toks
            .get(i + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "your" | "their" | "his" | "her"))
        && toks.get(i + 4).is_some_and(|t| {
            !matches!(t.low.as_str(), "slot" | "calendar" | "diary" | "usual" | "time")
                && !t.low.starts_with(|c: char| c.is_ascii_digit())
        })
        && !day_or_hour_ahead(toks, i);
    // "when this train gets moving": setting off, nothing moved.
    let sets_off = toks[i].low == "moving"
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "get" | "gets" | "got" | "getting")
        && toks.get(i + 1).is_none_or(|t| t.punct || t.low == "again");
    // "we can only shuffle sideways in a line": so too sideways, before where (not "shuffle
    // sideways my call with Priya").
    let shuffled_off = matches!(toks[i].low.as_str(), "shuffled" | "shuffle" | "shuffles" | "shuffling")
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "inside" | "in" | "off" | "along" | "forward" | "forwards" | "away" | "out" | "past"
            )
        })
        // (Nothing shuffled after it: not "shuffle forward my call with Ana by an hour".)
        && toks.get(i + 2).is_none_or(|t| t.punct || t.low == "and")
        && !day_or_hour_ahead(toks, i)
        || matches!(toks[i].low.as_str(), "shuffled" | "shuffle" | "shuffles" | "shuffling")
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "sideways" | "sidewise" | "backwards"))
            && toks.get(i + 2).is_none_or(|t| {
                t.punct
                    || matches!(
                        t.low.as_str(),
                        "and" | "in" | "along" | "across" | "through" | "past" | "on" | "towards" | "toward" | "into"
                    )
            })
            && !day_or_hour_ahead(toks, i);
    // "team-mates, who were pushing from behind": pushing bodily, nothing moved to a time (not
    // "push it from Tuesday to Friday"); "a bedstead - pushed by a team from the garden centre":
    // what pushed a thing (not "pushed by a day", "pushed by an hour").
    let shoved_bodily = matches!(toks[i].low.as_str(), "push" | "pushing" | "pushed" | "pushes")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "from" | "against" | "behind"))
        && !day_or_hour_ahead(toks, i)
        || matches!(toks[i].low.as_str(), "pushed" | "pulled" | "towed")
            && super::super::lexer::starts_with(toks, i + 1, &["by"])
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "the" | "two" | "four" | "six"))
            // (Not "pushed by two days", "by an extra hour", "by the usual amount": how far.)
            && !toks[i + 3..].iter().take(3).any(|t| {
                matches!(
                    t.low.trim_end_matches('s'),
                    "day" | "week" | "hour" | "bit" | "few" | "couple" | "half" | "month" | "fortnight" | "minute" | "min" | "amount" | "while"
                )
            });
    // "when the gliders are pushed back into the hangar": a thing put away somewhere, nothing
    // moved to a time (not "push it back into next week").
    // ("no wheel already pushed into it", "was pushed into a suit by the producer": nor a thing or
    // one pushed into a place or a thing.)
    let back = usize::from(toks.get(i + 1).is_some_and(|t| t.low == "back"));
    let put_away = matches!(
        toks[i].low.as_str(),
        "push" | "pushed" | "pushing" | "wheeled" | "rolled"
    ) && toks
        .get(i + 1 + back)
        .is_some_and(|t| matches!(t.low.as_str(), "into" | "in" | "onto" | "inside" | "under"))
        && toks
            .get(i + 2 + back)
            .is_some_and(|t| t.low == "the" || back == 0 && matches!(t.low.as_str(), "it" | "a" | "an"))
        // ("into a suit", not "in a bit", "into a free slot", "into a different day": a time.)
        && !(toks.get(i + 2 + back).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
            && (toks[i + 1 + back].low != "into"
                || toks[i + 3 + back..].iter().take(2).any(|t| {
                    matches!(
                        t.low.as_str(),
                        "slot" | "gap" | "day" | "week" | "time" | "later" | "earlier" | "different" | "new" | "free" | "bit" | "opening"
                    ) || crate::intent::clock::part_word(&t.low).is_some()
                })))
        && !somewhen_ahead(toks, i);
    // "where I pushed the glove's tip into the open tin": a part of a thing pushed into a place,
    // nothing moved to a time (not "push the team's review into the afternoon", "push my boss's
    // offsite into the spring", "the landlord's visit into the gap after my calls").
    let part_pushed_in = matches!(toks[i].low.as_str(), "push" | "pushed" | "pushing")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "my" | "his" | "her"))
        && toks.get(i + 2).is_some_and(|t| t.possessive)
        && toks.get(i + 3).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "tip"
                    | "end"
                    | "edge"
                    | "heel"
                    | "toe"
                    | "point"
                    | "nose"
                    | "blade"
                    | "handle"
                    | "corner"
                    | "thumb"
                    | "finger"
                    | "stem"
                    | "neck"
                    | "spout"
            )
        })
        && super::super::lexer::starts_with(toks, i + 4, &["into", "the"])
        && !somewhen_ahead(toks, i);
    // "the old blade put back in its wooden box": a thing put back where it is kept, nothing put
    // back to later (not "put it back to Friday", "put the call back in the diary for Monday").
    let put_back_in_place = toks[i].low == "put"
        && back == 1
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "in" | "into" | "on" | "onto"))
        && toks
            .get(i + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "its" | "their" | "the" | "his" | "her"))
        // ("Can the review be put back in the new year?": nor a time.)
        && !toks[i + 4..].iter().take(3).any(|t| {
            matches!(
                t.low.as_str(),
                "calendar"
                    | "cal"
                    | "diary"
                    | "schedule"
                    | "agenda"
                    | "slot"
                    | "week"
                    | "afternoon"
                    | "morning"
                    | "new"
                    | "year"
                    | "month"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "winter"
                    | "holidays"
            ) || crate::intent::dates::MONTHS.contains(&t.low.as_str())
                || crate::intent::dates::weekday(&t.low).is_some()
        })
        && !somewhen_ahead(toks, i);
    // "when I want it to hold, it lets go": a thing holding fast, nothing held in the calendar (not
    // "hold Friday afternoon", "can you hold 3pm").
    let holds_fast = toks[i].low == "hold"
        && toks
            .get(i + 1)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "tight" | "fast" | "firm" | "steady" | "still"))
        // (Not "Friday 3pm: hold.": a time named before it in its sentence.)
        && !somewhen_ahead(toks, i)
        && !(0..i)
            .rev()
            .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "!" | "?"))
            .any(|k| crate::intent::dates::day_or_hour_at(toks, k));
    // "some shaky move we're still spotting", "like a move that's been nailed": a move made, a
    // noun, with nothing after it to move (not "good move the standup to 9:30", chat with no
    // comma).
    let move_made = toks[i].low == "move"
        && i > 0
        && (toks[i - 1].low == "a"
            || matches!(
                toks[i - 1].low.as_str(),
                "shaky"
                    | "bold"
                    | "smart"
                    | "clever"
                    | "good"
                    | "bad"
                    | "wrong"
                    | "risky"
                    | "wise"
                    | "false"
                    | "winning"
            ) && i > 1
                && matches!(
                    toks[i - 2].low.as_str(),
                    "a" | "an" | "no" | "some" | "that" | "this" | "one"
                ))
        && !toks.get(i + 1).is_some_and(|t| {
            t.low.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    t.low.as_str(),
                    "it" | "them"
                        | "the"
                        | "my"
                        | "our"
                        | "your"
                        | "his"
                        | "her"
                        | "their"
                        | "this"
                        | "these"
                        | "those"
                        | "everything"
                        | "all"
                )
        });
    // "can you move along my calendar … like I move along the cable": going over it or a thing,
    // a look (not "move it along to Friday").
    let moves_over_calendar = toks[i].low == "move"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "along" | "across" | "through" | "over" | "down"))
        && (the_calendar_at(toks, i + 2)
            || toks.get(i + 2).is_some_and(|t| matches!(t.low.as_str(), "the" | "my")) && !somewhen_ahead(toks, i));
    // "when the black clouds roll over the ridge": a thing rolling over a place, nothing moved to a
    // time (not "roll it over to Tuesday").
    let rolls_over_a_place = matches!(toks[i].low.as_str(), "roll" | "rolls" | "rolled" | "rolling")
        && super::super::lexer::starts_with(toks, i + 1, &["over"])
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "my"))
        && !somewhen_ahead(toks, i);
    // "Float still hasn't moved.": nothing has, nothing to move; "Moving would be an act of war":
    // moving talked of, not asked for.
    let unmoved = toks[i].low == "moved"
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "hasn't" | "haven't" | "hasnt" | "havent" | "never"
        );
    let moving_talked_of = toks[i].low == "moving"
        && (i == 0 || toks[i - 1].punct)
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "would" | "is" | "was" | "will" | "isn't" | "wouldn't"))
        // (Not "Moving is fine, put it on Friday": a time to move it to, in its sentence.)
        && !(i..toks.len())
            .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "!" | "?"))
            .any(|k| crate::intent::dates::day_or_hour_at(toks, k));
    // "to agree on moving the large-print shelves nearer the door": moving a thing, what a meeting
    // is about (not "talk about moving the standup to Friday", "agree on moving our 1:1").
    let moving_a_thing = toks[i].low == "moving"
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "on" | "about" | "discuss" | "discussing" | "over" | "re"
        )
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "our" | "my" | "some" | "a"))
        && toks.get(i + 2).is_some_and(|t| {
            !crate::intent::dates::day_or_hour_at(toks, i + 2) && !t.possessive
        })
        // (Nor "discuss moving the quarterly review with Tom", "moving the project kickoff
        // later", "moving the retro": a meeting a word or two on.)
        && !toks[i + 2..].iter().take(3).take_while(|t| !t.punct).any(|t| {
            crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
                || matches!(
                    t.low.as_str(),
                    "retro" | "kickoff" | "kick-off" | "standup" | "stand-up" | "sync" | "call" | "meeting" | "appointment" | "session" | "1:1"
                )
        })
        && !day_or_hour_ahead(toks, i);
    // "Heave - heave - it's moving - HEAVE!": a thing said to be moving, with no time in its
    // sentence, moves no meeting (not "it's moving to Friday").
    let it_moves = toks[i].low == "moving"
        && i > 0
        && (toks[i - 1].low == "it" && toks[i - 1].possessive
            || toks[i - 1].low == "its"
            || i > 1 && toks[i - 2].low == "it" && toks[i - 1].low == "is")
        && toks.get(i + 1).is_none_or(|t| t.punct)
        // (Not "The 1:1 with Ana? It's moving.": a meeting named before it.)
        && !toks[..i]
            .iter()
            .any(|t| crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str()) || t.low == "review")
        && !(0..toks.len())
            .filter(|&k| {
                !(k..i).any(|j| matches!(toks[j].low.as_str(), "." | "!" | "?"))
                    && !(i..k).any(|j| matches!(toks[j].low.as_str(), "." | "!" | "?"))
            })
            .any(|k| crate::intent::dates::day_or_hour_at(toks, k));
    // "a guardsman is not supposed to move a muscle", "I cannot move so much as a finger":
    // keeping still, nothing moved.
    let so_much_as = usize::from(super::super::lexer::starts_with(toks, i + 1, &["so", "much", "as"])) * 3;
    let still = toks[i].low == "move"
        && super::super::lexer::starts_with(toks, i + 1 + so_much_as, &["a"])
        && toks
            .get(i + 2 + so_much_as)
            .is_some_and(|t| matches!(t.low.as_str(), "muscle" | "finger" | "limb" | "step" | "inch"));
    // "Shove it into my calendar": put in, nothing moved (not "shove it to Friday").
    let shoved_in = matches!(toks[i].low.as_str(), "shove" | "push" | "slide" | "nudge")
        && toks.get(i + 1).is_some_and(|t| t.low == "it")
        && toks.get(i + 2).is_some_and(|t| matches!(t.low.as_str(), "into" | "in"))
        && the_calendar_at(toks, i + 3);
    // "i'll slide into their dms myself": a message sent, nothing moved.
    // (Only someone's messages: not "let the sync slide into the chat slot on friday".)
    let slid_into_messages = matches!(toks[i].low.as_str(), "slide" | "slid" | "sliding")
        && toks.get(i + 1).is_some_and(|t| t.low == "into")
        && toks
            .get(i + 2)
            .is_some_and(|t| t.possessive || matches!(t.low.as_str(), "their" | "his" | "her" | "my" | "your"))
        && toks.get(i + 3).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "dms" | "dm" | "inbox" | "messages" | "mentions" | "texts"
            )
        });
    // "the choir moved on to a rousing hymn": went on to something else, nothing moved (not "move
    // on to Friday").
    // (Nor "move on to the weekend", "to another time", "to a later date": a time.)
    let went_on = matches!(toks[i].low.as_str(), "moved" | "moving" | "moves" | "move")
        && super::super::lexer::starts_with(toks, i + 1, &["on", "to"])
        && toks
            .get(i + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "the" | "another" | "other"))
        && !(i + 4..toks.len().min(i + 8)).take_while(|&k| !toks[k].punct).any(|k| {
            crate::intent::dates::day_or_hour_at(toks, k)
                || crate::intent::clock::part_word(&toks[k].low).is_some()
                || matches!(
                    toks[k].low.as_str(),
                    "time" | "day" | "date" | "slot" | "week" | "weekend" | "later" | "earlier" | "noon"
                )
        });
    // "We're moving out at Christmas.": leaving one's home, nothing moved (not "move out the 3pm").
    // ("TENANT'S MOVED OUT": or someone who has, in a word with "'s".)
    let moving_out = matches!(toks[i].low.as_str(), "moving" | "move" | "moved")
        && toks.get(i + 1).is_some_and(|t| t.low == "out")
        && i > 0
        && (matches!(
            toks[i - 1].low.as_str(),
            "we're" | "i'm" | "we" | "i" | "are" | "am" | "they're" | "to" | "has" | "have"
        ) || toks[i - 1].possessive && crate::intent::dates::day_at(toks, i - 1).is_none())
        && toks.get(i + 2).is_none_or(|t| {
            t.punct && t.low != "?"
                || matches!(
                    t.low.as_str(),
                    "at" | "of" | "on" | "in" | "next" | "this" | "soon" | "before" | "after"
                )
        })
        // (No meeting in its sentence: not "move out next week's review by a day", "move out on
        // Monday? The standup, I mean, to Tuesday".)
        && !toks[i + 2..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!"))
            .any(|t| t.possessive || super::super::people::MEETING_NOUNS.contains(&t.low.as_str()) || t.low == "standup");
    // "promised to help Rahul and Deepa move flats": moving home, nothing moved to a time.
    let moves_home = matches!(toks[i].low.as_str(), "move" | "moving" | "moved")
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "flats" | "flat" | "house" | "apartment" | "apartments" | "home"
            )
        })
        // (Not "move home visit to later", "move house party to the evening": a meeting named.)
        && toks
            .get(i + 2)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "and" | "with" | "for" | "next" | "this"))
        && !day_or_hour_ahead(toks, i);
    // "Eoin (my brother) moved to Vancouver in the summer": someone gone to live in a place, nothing
    // moved (not "moved to Monday", "moved to the 9th", days; nor "moved to Tuesday in the summer").
    let relocated = toks[i].low == "moved"
        && toks.get(i + 1).is_some_and(|t| t.low == "to")
        && toks.get(i + 2).is_some_and(|t| {
            t.capitalised()
                && !t.punct
                && crate::intent::dates::weekday(&t.low).is_none()
                && !crate::intent::dates::MONTHS.contains(&t.low.as_str())
                && !t.low.starts_with(|c: char| c.is_ascii_digit())
        })
        && i > 0
        && !matches!(
            toks[i - 1].low.as_str(),
            "be" | "been" | "being" | "get" | "it" | "is" | "was"
        )
        // (Said of someone opening the sentence: a name, a note in brackets after it, or one's kin
        // or a pronoun; not "the call with Tom moved to Zoom", "the offsite moved to Lisbon".)
        && {
            let start = (0..i)
                .rev()
                .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
                .map_or(0, |k| k + 1);
            let close = (start..i).find(|&k| toks[k].low == "(");
            let subject = &toks[start..close.unwrap_or(i)];
            let kin = subject.len() == 2
                && matches!(subject[0].low.as_str(), "my" | "our" | "his" | "her")
                && (crate::intent::people::is_kin(&subject[1].low)
                    || matches!(
                        subject[1].low.as_str(),
                        "sister" | "brother" | "mother" | "father" | "partner" | "flatmate"
                    ));
            let named = !subject.is_empty()
                && subject.len() <= 3
                && subject.iter().all(|t| t.capitalised() && !t.punct && !t.possessive);
            let pronoun = subject.len() == 1 && matches!(subject[0].low.as_str(), "he" | "she" | "they");
            (kin || named || pronoun) && close.is_none_or(|_| toks[i - 1].low == ")")
        };
    // "nothing to bump into": knocked against, nothing moved (not "bump it into next week").
    let bumped_against = matches!(toks[i].low.as_str(), "bump" | "bumped" | "bumping")
        && toks.get(i + 1).is_some_and(|t| t.low == "into")
        && !somewhen_ahead(toks, i);
    shoved_in
        || moves_home
        || moving_out
        || relocated
        || went_on
        || slid_into_messages
        || bumped_against
        || moves_of_itself(toks, i)
        || it_moves
        || still
        || shuffled_off
        || shoved_bodily
        || sets_off
        || grips
        || move_made
        || put_away
        || part_pushed_in
        || put_back_in_place
        || moves_over_calendar
        || rolls_over_a_place
        || unmoved
        || moving_talked_of
        || moving_a_thing
        || holds_fast
}

/// "the mummy just moved.", "a stone that moves gathers no coins", "moving only my thumb": a thing
/// or one's own body moving, in a sentence that (with the next) names no meeting, no time to move
/// one to and no "it" or "them" moved, moves no meeting.
/// (Not "Can you get the dentist moved?", "moving my dentist, please": what one has moved or moves
/// is still asked for.)
fn moves_of_itself(toks: &[Token], i: usize) -> bool {
    let stop = |k: usize| matches!(toks[k].low.as_str(), "." | "!" | "?" | ";");
    let start = (0..i).rev().find(|&k| stop(k)).map_or(0, |k| k + 1);
    let end = (i + 1..toks.len()).find(|&k| stop(k)).unwrap_or(toks.len());
    // (Nor "the retro moves. New time Thursday at 3pm": the new time said in the next sentence.)
    let next_end = (end + 1..toks.len()).find(|&k| stop(k)).unwrap_or(toks.len());
    let sentence = start..next_end;
    let body = |k: usize| toks.get(k).is_some_and(|t| BODY.contains(&t.low.as_str()));
    // (Only a thing said to move of itself, after an adverb, "that" or a part of the body, or one's
    // own doing after a comma: not "Dentist moved. Find me a new slot.", a meeting named by what it is.)
    let of_itself = i > 0
        && (matches!(
            toks[i - 1].low.as_str(),
            "just" | "suddenly" | "slowly" | "finally" | "barely" | "that" | "which" | "who"
        ) || toks[i].low == "moving" && toks[i - 1].low == ","
            // "His lips moved on that bit": a part of the body.
            || body(i - 1));
    matches!(toks[i].low.as_str(), "moved" | "moves" | "moving")
        && of_itself
        && !sentence.clone().any(|k| {
            crate::intent::dates::day_or_hour_at(toks, k)
                || crate::intent::clock::part_word(&toks[k].low).is_some()
                || crate::intent::people::MEETING_NOUNS.contains(&toks[k].low.as_str())
                || matches!(
                    toks[k].low.as_str(),
                    "appointment" | "appt" | "booking" | "event" | "later" | "earlier"
                )
        })
        && !(start..end).any(|k| matches!(toks[k].low.as_str(), "it" | "them" | "everything"))
        // (Not "get the dentist moved", "I need the vet moved": a wish or an errand for it.)
        && !(start..i).any(|k| {
            matches!(
                toks[k].low.as_str(),
                "get" | "got" | "need" | "needs" | "want" | "wants" | "like" | "have" | "please" | "pls" | "can" | "could"
            )
        })
        // (Not "moving my dentist", "moves the vet": a thing moved, unless a part of the body.)
        && !toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "the" | "my" | "our" | "your" | "his" | "her" | "their" | "a" | "an" | "this" | "that" | "these" | "those"
            ) && !body(i + 2)
        })
}

/// Parts of the body one moves ("moving only my thumb", "not a muscle moves").
const BODY: &[&str] = &[
    "thumb",
    "thumbs",
    "finger",
    "fingers",
    "hand",
    "hands",
    "arm",
    "arms",
    "leg",
    "legs",
    "foot",
    "feet",
    "head",
    "eyes",
    "lips",
    "mouth",
    "muscle",
    "muscles",
    "toe",
    "toes",
    "eyebrow",
    "eyebrows",
    "shoulders",
    "neck",
];

/// Pushing and holding said of things, or denied, where no meeting is pushed or held: a force on
/// something ("the wall pushes inwards on the fairgoer"), someone pushing nothing ("when the
/// nephew pushes,"), a thing on wheels pushed somewhere ("pushed the car … up on to the
/// podium"), what is too much to grasp ("too hard to hold either"), and what cannot be done ("I
/// can't do it earlier").
pub(super) fn pushes_or_holds_no_meeting(toks: &[Token], i: usize) -> bool {
    // "I can't do it earlier": what cannot be, nothing moved.
    let cannot_do_it = toks[i].low == "do"
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "can't" | "cant" | "cannot" | "couldn't" | "won't"
        )
        && (super::super::lexer::starts_with(toks, i + 1, &["it", "earlier"])
            || super::super::lexer::starts_with(toks, i + 1, &["it", "later"]));
    // "marshals have since pushed the car, judge and all, up on to the podium": a thing on wheels
    // pushed, nothing moved.
    let pushed_on_wheels = matches!(toks[i].low.as_str(), "pushed" | "pushes" | "pushing")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "my" | "his" | "her" | "their"))
        && toks.get(i + 2).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "car"
                    | "trolley"
                    | "pram"
                    | "buggy"
                    | "wheelchair"
                    | "bike"
                    | "cart"
                    | "barrow"
                    | "wheelbarrow"
                    | "scooter"
            )
        })
        // (Only before a comma or a way up, along or in: not "pushing the car service to Friday".)
        && toks
            .get(i + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "," | "up" | "along" | "into" | "uphill" | "downhill"));
    // "a sister laughing too hard to hold either": what is too much to grasp, no time held (after
    // "too" only: not "Would it be hard to hold Thursday at 10 for Ana?").
    let too_hard_to_hold = toks[i].low == "hold"
        && i > 2
        && toks[i - 1].low == "to"
        && matches!(
            toks[i - 2].low.as_str(),
            "hard" | "heavy" | "slippery" | "hot" | "big" | "difficult"
        )
        && toks[i - 3].low == "too"
        // (Holding no day or hour: not "Is it too difficult to hold Friday morning for deep work?")
        && !crate::intent::dates::day_or_hour_at(toks, i + 1)
        && crate::intent::clock::part_word(toks.get(i + 1).map_or("", |t| t.low.as_str())).is_none();
    // "the wall pushes inwards on the fairgoer": a force on something, nothing moved (not "push
    // outwards to Friday my call with Bo").
    let presses = matches!(toks[i].low.as_str(), "pushes" | "pushing" | "push")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "inwards" | "inward" | "outwards" | "outward"))
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "on" | "against"))
        // "for higher, when the nephew pushes, and for lower": someone pushing, pushing nothing (not
        // "get the 3pm pushed.").
        || toks[i].low == "pushes"
            && i > 1
            && matches!(toks[i - 2].low.as_str(), "the" | "he" | "she" | "they")
            && toks.get(i + 1).is_some_and(|t| t.punct);
    cannot_do_it || presses || pushed_on_wheels || too_hard_to_hold
}
