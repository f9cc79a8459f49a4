//! Days told of around a request, the story's and not when anything is wanted: a day or a month in
//! a clause opening the text that tells of an event ("Our winter flying displays finish on Sunday
//! 13 December.") when what is asked after names days of its own, a day one is away, a feast's
//! Sunday a thing is for, a thing's due date told before time asked "beforehand", and a deadline
//! what is asked must come before (a bound, not a task).

use super::absolute::{day_number, digits, month};
use super::weekday;
use crate::intent::lexer::{Token, sentence_of, starts_with};

/// Words that ask for something of the calendar ("book", "can", "please"): a clause with one
/// tells no story.
pub(super) const REQUEST_WORDS: &[&str] = &[
    "book",
    "find",
    "schedule",
    "need",
    "want",
    "move",
    "cancel",
    "can",
    "could",
    "would",
    "please",
    "pls",
    "set",
    "arrange",
    "block",
    "put",
    "add",
    "meet",
    "i'd",
    "let's",
    "clear",
    "reschedule",
    "invite",
    "reserve",
    "pencil",
    "organise",
    "organize",
    "remind",
];

/// Words that offer a day or ask after one ("free", "works", "?"): a clause with one tells no
/// story either.
const OFFERING: &[&str] = &[
    "free",
    "available",
    "works",
    "work",
    "suits",
    "suit",
    "fine",
    "good",
    "ok",
    "okay",
    "prefer",
    "ideal",
    "best",
    "?",
];

/// Whether `t` asks for something or offers a day.
fn asking(t: &Token) -> bool {
    REQUEST_WORDS.contains(&t.low.as_str()) || OFFERING.contains(&t.low.as_str())
}

/// Words that ask, in what follows the story.
const ASKED_AFTER: &[&str] = &[
    "can", "could", "would", "pls", "please", "need", "find", "book", "any", "want", "schedule", "arrange",
];

/// Words that move or call off a meeting: a day told before them may be the meeting's.
const MOVING: &[&str] = &[
    "move",
    "moved",
    "reschedule",
    "rescheduled",
    "push",
    "shift",
    "bring",
    "cancel",
    "postpone",
    "swap",
    "switch",
    "make",
    "go",
];

/// Whether the word at `k` moves or calls off a meeting ("move", "cancel", "can it go to …"; not
/// "go through the list").
fn moving(toks: &[Token], k: usize) -> bool {
    MOVING.contains(&toks[k].low.as_str())
        && (!matches!(toks[k].low.as_str(), "go" | "make" | "bring")
            || toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "to" | "it" | "that" | "forward" | "back" | "ahead")))
}

/// Words that tell of an event or a state ("finish", "starts", "is", "hosting").
const TELLING: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "we're",
    "they're",
    "it's",
    "starts",
    "start",
    "finish",
    "finishes",
    "ends",
    "end",
    "opens",
    "open",
    "closes",
    "close",
    "shut",
    "closed",
    "begins",
    "begin",
    "arrives",
    "arrive",
    "leaves",
    "leave",
    "runs",
    "run",
    "celebrate",
    "celebrates",
];

/// Whether the word at `k` tells of an event: a word of [`TELLING`]; "go" or "goes" with where
/// ("flowers … go in", "decorations go up"; not "we'll go with Thursday", a choice); "I'm" and a
/// doing with what is done ("I'm shooting a wedding", "I'm running a stall"; not "I'm thinking
/// Tuesday", "I'm around Monday", "I'm in the office Wednesday", the day offered).
fn telling(toks: &[Token], k: usize) -> bool {
    let low = toks[k].low.as_str();
    TELLING.contains(&low)
        || matches!(low, "go" | "goes")
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "in" | "up" | "out" | "live" | "ahead"))
        || doing_told(toks, k)
}

/// "I'm hosting a trunk show", "We are changing our out-of-hours provider from January": what the
/// one asking is doing, told at `k` ("we're" or "we are" too; not "I'm thinking", "We are moving
/// the weekly standup from Monday", a meeting moved).
fn doing_told(toks: &[Token], k: usize) -> bool {
    let low = toks[k].low.as_str();
    (matches!(low, "i'm" | "we're")
        || k > 0 && (low == "are" && toks[k - 1].low == "we" || low == "am" && toks[k - 1].low == "i"))
        && toks.get(k + 1).is_some_and(|t| {
            t.low.len() > 5
                && t.low.ends_with("ing")
                && !matches!(
                    t.low.as_str(),
                    "thinking"
                        | "moving"
                        | "shifting"
                        | "pushing"
                        | "rescheduling"
                        | "bringing"
                        | "hoping"
                        | "planning"
                        | "looking"
                        | "wondering"
                        | "going"
                        | "working"
                        | "travelling"
                )
        })
        && toks
            .get(k + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "the" | "our" | "my"))
}

/// "hawk walk season starts sat 5th 🦅 need 40 min w/ Ffion + Tariq … thu 3rd or fri 4th",
/// "We're hosting a trunk show with a new designer in January. Can you find me 90 minutes …
/// Tuesday, December 8th through Friday, December 11th", "Maisie's 7th is sat 12th 🎈 before that
/// i need half an hour … mon 30th–fri 4th": the day (at `at`, `len` words long) in a clause that
/// tells of something, with nothing asked or offered before its end (a full stop, a picture, or
/// "before that" or "after that" pointing back to it), when what follows asks for something and
/// names a day of its own by its name or date (not "Book the room Monday. Tuesday too?", asked;
/// "I'm free on Monday. Can you find an hour with Bo on Tuesday?", offered; "The launch is next
/// week. Find an hour on Thursday", a week the day falls in; nor "Ms. Lindqvist is booked in on
/// Tuesday 15 December at 16:20 … Please move her to Friday", a meeting's day and hour, in a
/// request that moves one).
pub(super) fn told_before_asked(toks: &[Token], at: usize, len: usize) -> bool {
    let sentence = sentence_of(toks, at);
    let picture = |t: &Token| !t.punct && !t.low.chars().any(char::is_alphanumeric);
    // ("Our AGM is in late January, and before it I must …": "before it" too; "I'm shooting a
    // wedding … on Saturday 19 December and need a 90-minute walkthrough …": or "and" before what
    // is asked.)
    // ("… our ruby wedding on Saturday 16 January, and we need to sit down with …": or "and" and
    // who asks.)
    let points_back = |k: usize| {
        matches!(toks[k].low.as_str(), "before" | "after")
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "that" | "then" | "it"))
            || toks[k].low == "and"
                && (toks.get(k + 1).is_some_and(asking)
                    || toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "we" | "i"))
                        && toks.get(k + 2).is_some_and(asking))
    };
    let end = (at + len..sentence.end)
        .find(|&k| picture(&toks[k]) || points_back(k))
        .unwrap_or(sentence.end);
    let named = &toks[at..at + len];
    // ("salon's shut sun + mon 🐩 need …": a short "sun" or "sat" too.)
    // ("due in mid-January": a part of a month too.)
    let by_name_or_date = named.iter().any(|t| {
        let month_part = ["mid-", "early-", "late-"]
            .iter()
            .find_map(|part| t.low.strip_prefix(part))
            .unwrap_or(&t.low);
        weekday(&t.low).is_some() || month(month_part).is_some() || digits(&t.low) && day_number(&t.low).is_some()
    }) || (at..at + len).any(|k| super::day_at(toks, k).is_some());
    // ("We are changing our out-of-hours provider from January.": "from" a day in what one is doing,
    // told, is no bound.)
    let deadline = at > 0
        && (matches!(toks[at - 1].low.as_str(), "by" | "before" | "until" | "till")
            || toks[at - 1].low == "from" && !(sentence.start..at).any(|k| doing_told(toks, k)));
    let after = &toks[end..];
    // ("The board review is on 14 December. Please book a prep session … on the Friday before",
    // "… a Monday or Tuesday after that": days asked counted from the one told.)
    let counted_from = (end + 2..toks.len()).any(|k| {
        matches!(toks[k].low.as_str(), "before" | "after")
            && toks
                .get(k + 1)
                .is_none_or(|t| t.punct || matches!(t.low.as_str(), "that" | "then" | "it" | "this"))
    });
    by_name_or_date
        && !counted_from
        // ("I'm working from the Leeds office on Tuesday 8th. Book a room there …": nor one
        // pointed back to.)
        && !pointed_back(toks, (end + 2).min(toks.len()))
        && !deadline
        && !named.iter().any(|t| t.possessive)
        && !toks[..end].iter().any(asking)
        && !(end..toks.len()).any(|k| moving(toks, k))
        // (Nor with its hours, "at 16:20", "from 9 to 5".)
        && !(at + len..end).any(|k| {
            crate::intent::clock::written_clock(&toks[k])
                || matches!(toks[k].low.as_str(), "at" | "from" | "between")
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
        })
        // (Nor named again after: "The workshop is on Wednesday 9 December … book Room 4 for
        // Wednesday too?")
        && !named.iter().filter_map(|t| weekday(&t.low)).any(|day| {
            toks[end..].iter().any(|t| weekday(&t.low) == Some(day))
        })
        && (sentence.start..end).any(|k| telling(toks, k))
        && after.iter().any(|t| ASKED_AFTER.contains(&t.low.as_str()))
        && (end..toks.len()).any(|k| day_named_later(toks, k))
}

/// "Could you move my parents' evening slot … to Tuesday 15 December at 6:10pm? I'm on a late shift
/// on the 10th.": the day (at `at`) in a sentence of the one asking's own, saying they are away,
/// busy or on a shift then, asking nothing, while another sentence names a day by its name or date,
/// is why, not when anything is wanted (not "I'm on a late shift on the 10th, so find me an hour on
/// the 11th", one sentence; nor "I'm free on the 10th.", offered; nor "I'm travelling on Wednesday
/// 2nd. Please move my 3pm call with Bo that day …", pointed back to). So too a sentence of one's
/// own duty with its "I'm" left out ("on call this weekend", "swapped to a late on wed"), and
/// someone else "gone" away in the clause closing the request ("pls, she's gone to her son's for
/// the wknd").
pub(super) fn away_told(toks: &[Token], at: usize) -> bool {
    const AWAY: &[&str] = &[
        "shift",
        "shifts",
        "away",
        "off",
        "busy",
        "out",
        "travelling",
        "traveling",
        "leave",
        "holiday",
        "nights",
        "lates",
        "earlies",
        "abroad",
        // ("She's duty doc Weds.": on duty then.)
        "duty",
    ];
    let sentence = sentence_of(toks, at);
    // ("what've i got sun 29th? on call this weekend and want to plan the route": or a sentence
    // of one's own duty, its "I'm" left out.)
    // ("… any time after 3? swapped to a late on wed": or a shift one has swapped to.)
    let shift_word = |t: &Token| {
        matches!(
            t.low.as_str(),
            "late" | "early" | "night" | "lates" | "earlies" | "nights" | "shift"
        )
    };
    let on_call = toks[sentence.start].low == "on"
        && toks
            .get(sentence.start + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "call" | "duty"))
        || matches!(toks[sentence.start].low.as_str(), "swapped" | "switched")
            && toks.get(sentence.start + 1).is_some_and(|t| t.low == "to")
            && (sentence.start + 2..sentence.start + 4).any(|k| toks.get(k).is_some_and(shift_word));
    let own = matches!(toks[sentence.start].low.as_str(), "i'm" | "we're")
        || toks[sentence.start].low == "i" && toks.get(sentence.start + 1).is_some_and(|t| t.low == "am")
        || on_call;
    // ("… same time. He is travelling on Thursday.", "She's duty doc Weds.": or a sentence of
    // someone else's, said of them alone, away or on duty then.)
    let opener = &toks[sentence.start];
    let someone_elses = sentence.start > 0
        && (matches!(opener.low.as_str(), "she" | "he") && opener.possessive
            || matches!(opener.low.as_str(), "she" | "he" | "they")
                && toks
                    .get(sentence.start + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "is" | "are" | "will")));
    // ("bloods w/ Mrs Rowcliffe tmrw 8:30 → mon 30th 8:30 pls, she's gone to her son's for the
    // wknd": or the last clause, closing the request, of someone else gone away.)
    let clause = (sentence.start..at)
        .rev()
        .find(|&k| toks[k].low == ",")
        .map_or(sentence.start, |k| k + 1);
    let theirs = clause > sentence.start
        && (toks[clause].possessive && matches!(toks[clause].low.as_str(), "she" | "he")
            || toks[clause].low == "they're")
        && toks.get(clause + 1).is_some_and(|t| t.low == "gone")
        && !toks[clause..sentence.end].iter().any(|t| t.low == "," || asking(t));
    let (told, rest) = if theirs {
        (clause..sentence.end, 0..clause)
    } else if on_call {
        // (Only as far as its "and": "… and want to plan the route" is what one will do.)
        let end = (at..sentence.end)
            .find(|&k| toks[k].low == "and")
            .unwrap_or(sentence.end);
        (sentence.start..end, 0..sentence.start)
    } else {
        (sentence.clone(), 0..sentence.start)
    };
    // ("… Can you book a haircut with Sophie then?": "then" too, said of the day one is away.)
    let then = toks.iter().any(|t| t.low == "then");
    (own || theirs || someone_elses)
        && !pointed_back(toks, 0)
        && !then
        && toks[told.start..at]
            .iter()
            .any(|t| AWAY.contains(&t.low.as_str()) || t.low == "gone" || on_call)
        && !toks[told.clone()].iter().any(asking)
        && rest.chain(told.end..toks.len()).any(|k| day_named_later(toks, k))
}

/// "Please cancel the walk-round with Mr. … on Monday 14 December at 2pm; the scaffolding won't
/// be up until January.": the day (at `at`) something else waits for, "until" it in a clause
/// denying it before then, asking nothing, while the request names its own day before, is why,
/// not when (not "I can't meet until Thursday, so book Bo then", one clause asking).
pub(super) fn awaited_told(toks: &[Token], at: usize) -> bool {
    let until = (at.saturating_sub(2)..=at).find(|&k| matches!(toks[k].low.as_str(), "until" | "till"));
    // (Only in a cancellation, or a move to a day named before it: not "Push my Monday call with
    // Bo. He won't be in until Wednesday.", the day a move or a search waits for; but "could we move
    // it to the following Monday, same time? His bank statements won't be in until the 18th.")
    let cancelling = toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "cancel" | "cancelled" | "scrap" | "axe" | "delete"));
    let moved_to_a_day = |before: usize| {
        (0..before).any(|k| toks[k].low == "to" && (k + 1..before.min(k + 4)).any(|d| day_named_later(toks, d)))
    };
    until.is_some_and(|until| {
        let clause = (0..until)
            .rev()
            .find(|&k| matches!(toks[k].low.as_str(), ";" | "." | "!" | "?"))
            .map_or(0, |k| k + 1);
        let end = (at..toks.len())
            .find(|&k| matches!(toks[k].low.as_str(), ";" | "." | "!" | "?"))
            .unwrap_or(toks.len());
        clause > 0
            && (cancelling || moved_to_a_day(clause))
            && toks[clause..until].iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "won't" | "isn't" | "aren't" | "wasn't" | "not" | "can't" | "cannot"
                )
            })
            && !toks[clause..end].iter().any(asking)
            && (0..clause).any(|k| day_named_later(toks, k))
    })
}

/// "Understudy rehearsal w/ Priya Lindgren tmrw 11:00 - CANCEL. She's on tonight anyway.": the day
/// (at `at`) in a later sentence closing with "anyway", told of someone else or a thing ("she's",
/// "he is", "it's"), asking nothing, after a request that named a day of its own, is a reason told,
/// not when (not "Rebook it for Friday anyway.", "Try Thursday anyway.", asked; nor "I'm off
/// Tuesday anyway.", one's own day).
pub(super) fn told_anyway(toks: &[Token], at: usize) -> bool {
    let sentence = sentence_of(toks, at);
    let last = (sentence.start..sentence.end).rev().find(|&k| !toks[k].punct);
    let day_before = (0..sentence.start)
        .any(|k| day_named_later(toks, k) || matches!(toks[k].low.as_str(), "today" | "tomorrow" | "tmrw" | "tonight"));
    let opener = &toks[sentence.start];
    let third_party = matches!(opener.low.as_str(), "she" | "he" | "it" | "they" | "they're")
        && (opener.possessive
            || opener.low == "they're"
            || toks
                .get(sentence.start + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "is" | "was" | "has" | "are" | "were" | "have")));
    sentence.start > 0
        && third_party
        && last.is_some_and(|k| toks[k].low == "anyway" && k > at)
        && !toks[sentence.clone()]
            .iter()
            .any(|t| asking(t) || MOVING.contains(&t.low.as_str()))
        && day_before
}

/// "… move to Tuesday 1-12, same time. Monday is a strike in the port": a weekday (at `at`)
/// opening a later sentence, said to be an event, after a request that named a day of its own,
/// is why, not when (not "Monday is a good day for it", "Friday is an option", offered).
pub(super) fn weekday_said_to_be(toks: &[Token], at: usize) -> bool {
    if weekday(&toks[at].low).is_none() {
        return false;
    }
    let sentence = sentence_of(toks, at);
    let is = usize::from(!toks[at].possessive);
    sentence.start > 0
        && at == sentence.start
        && (is == 0 || toks.get(at + 1).is_some_and(|t| t.low == "is"))
        && toks
            .get(at + is + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "the"))
        && toks.get(at + is + 2).is_some_and(|t| {
            !t.punct
                && !OFFERING.contains(&t.low.as_str())
                && !matches!(
                    t.low.as_str(),
                    "better"
                        | "great"
                        | "possibility"
                        | "option"
                        | "choice"
                        | "day"
                        | "safer"
                        | "quieter"
                        | "backup"
                        | "fallback"
                        | "alternative"
                        | "reserve"
                        | "plan"
                        | "second"
                )
        })
        && (0..sentence.start).any(|k| day_named_later(toks, k))
}

/// "Today itself Mr. Balasubramanian informed he has to leave early": the day something was told
/// (at `at`), as India stresses it, before who told and a telling verb, names no day wanted (not
/// "finish it today itself", the day wanted).
pub(super) fn told_today_itself(toks: &[Token], at: usize) -> bool {
    // (Opening its sentence before who told: not "schedule the call with Ravi today itself as I
    // told the client", "Today itself works as Ravi confirmed …".)
    toks[at].low == "today"
        && starts_with(toks, at + 1, &["itself"])
        && (at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?"))
        && toks.get(at + 2).is_some_and(Token::capitalised)
        // (Past a title's stop: "Mr. Balasubramanian informed".)
        && (at + 2..toks.len().min(at + 8))
            .take_while(|&k| !matches!(toks[k].low.as_str(), "," | "?" | "!" | ";"))
            .any(|k| {
                matches!(
                    toks[k].low.as_str(),
                    "informed" | "told" | "said" | "rang" | "called" | "mailed" | "emailed" | "messaged" | "confirmed"
                )
            })
}

/// "Tomorrow is Saturday so Monday or Tuesday", "… tomorrow at 11am. I had forgotten tomorrow is
/// Saturday": which weekday today or tomorrow is, told (at `at`, either word) beside another day
/// named, names no day wanted (not "tomorrow is fine", "Saturday is better", a day offered; nor
/// "Tomorrow's Saturday so I'm free all day, book a hike at 10", the day told the one wanted).
pub(super) fn weekday_told(toks: &[Token], at: usize) -> bool {
    let relative = |k: usize| matches!(toks[k].low.as_str(), "today" | "tomorrow");
    let told = |k: usize| {
        relative(k) && (toks[k].possessive || toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "is" | "was")))
    };
    let day_after = |k: usize| usize::from(!toks[k].possessive) + k + 1;
    let another_day = |told: usize, day: usize| {
        (0..toks.len()).any(|k| {
            k != told && k != day && (day_named_later(toks, k) || matches!(toks[k].low.as_str(), "today" | "tomorrow"))
        })
    };
    if relative(at) {
        let day = day_after(at);
        told(at) && toks.get(day).is_some_and(|t| weekday(&t.low).is_some()) && another_day(at, day)
    } else {
        weekday(&toks[at].low).is_some()
            && (at.saturating_sub(2)..at).any(|k| relative(k) && told(k) && day_after(k) == at && another_day(k, at))
    }
}

/// "Before the planning deadline on 18 December I need an hour and a half with our architect": the
/// "deadline" at `at` is one that time with someone, asked after it in its sentence, must come
/// before — "before" or "ahead of" it, and a length or a meeting with someone after it (not
/// "Before Friday I need to meet the deadline", "the deadline before the launch", nor "Before the
/// deadline on 11 December I need to write up the report with Bo's notes", one's own work).
pub(crate) fn deadline_met_before(toks: &[Token], at: usize) -> bool {
    let after: Vec<usize> = sentence_of(toks, at).skip_while(|&k| k <= at).collect();
    toks[at].low == "deadline"
        && (at.saturating_sub(4)..at).any(|j| {
            (toks[j].low == "before" || toks[j].low == "ahead" && toks.get(j + 1).is_some_and(|t| t.low == "of"))
                && toks[j + 1..at].iter().all(|t| !t.punct)
        })
        && after
            .iter()
            .any(|&k| matches!(toks[k].low.as_str(), "with" | "w/") && toks.get(k + 1).is_some_and(|t| !t.possessive))
        && after.iter().any(|&k| {
            crate::intent::durations::is_length(&toks[k].low)
                || crate::intent::people::MEETING_NOUNS.contains(&toks[k].low.as_str())
        })
}

/// Whether a word from `from` on points back to a day told ("that day", "that morning", "the
/// same day", "there"; not "the shop is quieter then", an hour).
fn pointed_back(toks: &[Token], from: usize) -> bool {
    let there = |k: usize| {
        toks[k].low == "there"
            // (Not "if there isn't anything", "there's", there being something.)
            && !toks[k].possessive
            && toks.get(k + 1).is_none_or(|t| {
                !matches!(
                    t.low.as_str(),
                    "is" | "isn't" | "are" | "aren't" | "was" | "wasn't" | "were" | "will" | "won't" | "may" | "might"
                )
            })
    };
    (from..toks.len()).any(|k| {
        matches!(toks[k].low.as_str(), "that" | "same")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.low == "day" || crate::intent::clock::part_word(&t.low).is_some())
            // ("On duty Tuesday and Wednesday. What have I got on those days?".)
            || matches!(toks[k].low.as_str(), "those" | "these") && toks.get(k + 1).is_some_and(|t| t.low == "days")
            || there(k)
    })
}

/// Feasts of the church year named by a word before "Sunday" ("Advent Sunday", "Palm Sunday").
pub(crate) const FEASTS: &[&str] = &[
    "advent",
    "palm",
    "easter",
    "mothering",
    "remembrance",
    "trinity",
    "whit",
    "gaudete",
    "laetare",
    "passion",
    "stir-up",
];

/// "book the flower arranging for Advent Sunday with Winifred … on Saturday at ten": the Sunday (at
/// `at`) of a feast the thing is for, named with its feast's word after "for", when the day it is
/// done is named after it in the same request for one thing, is the occasion, not when anything is
/// wanted (not "for Advent Sunday" alone, nor "for Advent Sunday at 10:45", its hour, nor "for
/// Advent Sunday, and the setup on Saturday morning", another thing's day).
pub(super) fn occasion_for(toks: &[Token], at: usize) -> bool {
    // (A title's full stop ends nothing: "with Winifred and Mrs. Opal Castellane-Reid, on
    // Saturday".)
    let another_thing = |k: usize| {
        matches!(toks[k].low.as_str(), "!" | "?" | ";")
            || toks[k].low == "." && !(k > 0 && crate::intent::people::HONORIFICS.contains(&toks[k - 1].low.as_str()))
            || toks[k].low == "and"
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "the" | "my" | "our"))
    };
    at > 1
        && toks[at].low == "sunday"
        && FEASTS.contains(&toks[at - 1].low.as_str())
        && toks[at - 1].capitalised()
        && toks[at - 2].low == "for"
        && toks
            .get(at + 1)
            .is_none_or(|t| t.low != "at" && !crate::intent::clock::written_clock(t))
        && (at + 1..toks.len())
            .take_while(|&k| !another_thing(k))
            .any(|k| day_named_later(toks, k))
}

/// "The ERC grant report is due in mid-January. Beforehand I need two hours with the principal
/// investigator …": whether the "due" at `at`, told of a thing ("is due"), is followed by a
/// sentence opening with "beforehand" (or "before then", "ahead of that") that asks for time
/// with someone — the date due is the story's, no task nor bound (not "The report is due on
/// Friday. Block two hours to write it.", one's own work).
pub(crate) fn due_before_asked(toks: &[Token], at: usize) -> bool {
    let sentence = sentence_of(toks, at);
    let next = sentence_of(toks, sentence.end.min(toks.len().saturating_sub(1)) + 1);
    let opens = |k: usize| {
        toks.get(k).is_some_and(|t| t.low == "beforehand")
            || toks.get(k).is_some_and(|t| t.low == "before")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "then" | "that" | "it"))
            || toks.get(k).is_some_and(|t| t.low == "ahead")
                && toks.get(k + 1).is_some_and(|t| t.low == "of")
                && toks
                    .get(k + 2)
                    .is_some_and(|t| matches!(t.low.as_str(), "then" | "that" | "it"))
    };
    toks[at].low == "due"
        && at > 0
        && matches!(toks[at - 1].low.as_str(), "is" | "are" | "was")
        && sentence.end < toks.len()
        && opens(next.start)
        && next.clone().any(|k| matches!(toks[k].low.as_str(), "with" | "w/"))
        && next.clone().any(|k| {
            crate::intent::durations::is_length(&toks[k].low)
                || crate::intent::people::MEETING_NOUNS.contains(&toks[k].low.as_str())
        })
}

/// A day by its name or date at `k`, not by "tomorrow", "next week" or a deadline's "by the
/// 10th".
pub(super) fn day_named_later(toks: &[Token], k: usize) -> bool {
    let ordinal = |k: usize| {
        toks.get(k)
            .is_some_and(|t| digits(&t.low) && day_number(&t.low).is_some_and(|(_, suffixed)| suffixed))
    };
    !(k > 0 && matches!(toks[k - 1].low.as_str(), "by" | "before" | "until" | "till"))
        && (weekday(&toks[k].low).is_some()
            || month(&toks[k].low).is_some()
            || ordinal(k)
            // (A weekday shortened only before its date: not "so they're not sat on their own".)
            || matches!(toks[k].low.as_str(), "sat" | "sun") && ordinal(k + 1))
}

/// "put in a mock test w/ Jordan sat 5th 8am, 1hr. he's got the real one on the 12th", "bk colour
/// consult w/ Ayesha sat 28th 9:30 … she wants to go copper for xmas!!", "lesson w/ Ollie mon 2pm
/// -> tue same time pls, car's in for a new clutch mon": a day (at `at`) in a clause that tells
/// what someone else has or wants, how a thing stands, what is coming, that a place is shut or why,
/// after a request
/// that named a day and an hour, is the story's (not "book Ana sat 5th 8am. she's free on the 12th
/// too", offered; nor "move my 2pm mon, it's on tue now", the meeting itself).
pub(super) fn told_after_booked(toks: &[Token], at: usize) -> bool {
    let picture = |t: &Token| !t.punct && !t.low.chars().any(char::is_alphanumeric);
    let opens_clause = |k: usize| k == 0 || toks[k - 1].punct || picture(&toks[k - 1]);
    // Someone else who has or wants something ("he's got", "she wants"), or a thing as it stands
    // ("car's in", "abstract deadline's mon").
    let someone_has = |k: usize| {
        matches!(
            toks[k].low.as_str(),
            "he's" | "she's" | "he" | "she" | "they" | "they've"
        ) && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "got" | "has" | "have" | "wants" | "want"))
    };
    // (A thing, not someone: not "the client's only around wed", "wife's off wed", "whole team's
    // in".)
    let someone_named = |low: &str| {
        ["er", "or", "ist", "ent", "ant", "ian"]
            .iter()
            .any(|end| low.ends_with(end))
            || crate::intent::people::kin_word(low)
            || matches!(
                low,
                "partner" | "sister" | "brother" | "kid" | "kids" | "team" | "family" | "client" | "coach"
            )
    };
    // (Someone's thing is a thing: "boss's flight lands wed".)
    let state = |k: usize| {
        toks.get(k).is_none_or(|t| {
            matches!(
                t.low.as_str(),
                "only"
                    | "off"
                    | "in"
                    | "out"
                    | "away"
                    | "around"
                    | "free"
                    | "busy"
                    | "back"
                    | "on"
                    | "at"
                    | "got"
                    | "been"
                    | "not"
                    | "never"
                    | "always"
                    | "here"
                    | "there"
                    | "available"
            )
        })
    };
    let thing_stands = |k: usize| {
        toks[k].possessive
            && !toks[k].capitalised()
            && !(someone_named(toks[k].low.trim_end_matches("'s")) && state(k + 1))
            && weekday(toks[k].low.trim_end_matches("'s")).is_none()
            && !matches!(
                toks[k].low.as_str(),
                "it's"
                    | "that's"
                    | "what's"
                    | "let's"
                    | "there's"
                    | "here's"
                    | "who's"
                    | "when's"
                    | "today's"
                    | "tomorrow's"
                    | "he's"
                    | "she's"
            )
    };
    // ("Pool shut Thu eve for maintenance.": a place said to be shut; "… uh because the racking
    // inspectors are in all day Thursday": or a reason given.)
    let shut = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "shut" | "closed"))
            && !toks[k].punct
            && weekday(&toks[k].low).is_none()
            && !matches!(toks[k].low.as_str(), "i" | "we" | "you" | "it" | "that" | "this")
    };
    let reason = |k: usize| matches!(toks[k].low.as_str(), "because" | "cause" | "cos" | "coz" | "since");
    // ("… to weds 8am, timber delivery coming tues": a thing said to be coming, arriving or due.)
    let arriving = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "coming" | "arriving" | "due" | "landing"))
            && !toks[k].punct
            && !toks[k].capitalised()
            && !toks[k].possessive
            && !someone_named(&toks[k].low)
            && weekday(&toks[k].low).is_none()
            && !matches!(
                toks[k].low.as_str(),
                "i" | "i'm"
                    | "we"
                    | "we're"
                    | "you"
                    | "he"
                    | "she"
                    | "they"
                    | "he's"
                    | "she's"
                    | "they're"
                    | "it"
                    | "is"
                    | "am"
                    | "are"
            )
    };
    // ("abstract deadline's mon": a word before the thing.)
    let one_word_before = |k: usize| k > 0 && opens_clause(k - 1) && !toks[k - 1].punct && !toks[k - 1].possessive;
    // ("The nativity dress rehearsal's been moved into the hall on Tuesday": or up to three, in
    // lowercase after the first.)
    let named_from_clause_start = |k: usize| {
        (k.saturating_sub(3)..k.saturating_sub(1)).any(|j| {
            opens_clause(j)
                && toks[j..k].iter().all(|t| !t.punct && !t.possessive)
                && toks[j + 1..k].iter().all(|t| !t.capitalised())
        })
    };
    // (Not "The big choir concert's on Saturday, put me down for 2h that morning": nothing asked
    // or pointed back to after it in its sentence.)
    let rest_asks_nothing = || {
        let sentence = sentence_of(toks, at);
        !toks[at..sentence.end].iter().any(asking)
            && !(at..sentence.end).any(|k| {
                matches!(toks[k].low.as_str(), "that" | "same")
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.low == "day" || crate::intent::clock::part_word(&t.low).is_some())
            })
    };
    let Some(teller) = (at.saturating_sub(10)..at).rev().find(|&k| {
        (someone_has(k) || thing_stands(k) || shut(k) || arriving(k))
            && (opens_clause(k) || one_word_before(k) || named_from_clause_start(k) && rest_asks_nothing())
            || reason(k)
    }) else {
        return false;
    };
    let between = &toks[teller..at];
    // (A reason that gives the day wanted is no story: not "because Thursday is free", "cause he
    // wants Friday instead", "since Friday is what she asked for", the clause read to its end.)
    let clause_end = (at..toks.len())
        .find(|&k| toks[k].punct && toks[k].low != "'")
        .unwrap_or(toks.len());
    let wanted_in_reason = reason(teller)
        && toks[teller..clause_end].iter().any(|t| {
            REQUEST_WORDS.contains(&t.low.as_str())
                || OFFERING.contains(&t.low.as_str())
                || matches!(
                    t.low.as_str(),
                    "wants"
                        | "want"
                        | "wanted"
                        | "asked"
                        | "prefers"
                        | "prefer"
                        | "better"
                        | "suits"
                        | "instead"
                        | "whenever"
                        | "works"
                )
        });
    if wanted_in_reason {
        return false;
    }
    // (An hour in digits, "at two" or "same time".)
    let hour_said = |k: usize| {
        crate::intent::clock::written_clock(&toks[k])
            || toks[k].low == "at" && crate::intent::clock::hour_at(toks, k + 1).is_some()
            || toks[k].low == "same" && toks.get(k + 1).is_some_and(|t| t.low == "time")
    };
    let asked_before =
        (0..teller).any(|k| super::day_at(toks, k).is_some() || day_named_later(toks, k)) && (0..teller).any(hour_said);
    asked_before
        && !between.iter().any(|t| {
            t.punct && t.low != "'"
                || REQUEST_WORDS.contains(&t.low.as_str())
                || OFFERING.contains(&t.low.as_str())
                // (Nor a day offered or moved to: "kai's only got wed mornings", "she wants to
                // switch to fri 4th", "she's got a slot sat 5th".)
                || matches!(
                    t.low.as_str(),
                    "now" | "instead" | "too" | "also" | "only" | "maybe" | "around" | "so" | "switch" | "swap"
                        | "shift" | "push" | "change" | "bring" | "slot" | "slots" | "space" | "gap" | "availability"
                )
        })
}
