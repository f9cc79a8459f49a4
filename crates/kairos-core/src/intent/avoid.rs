//! Days and parts of day to keep clear, named before ("not Monday", "avoid Friday afternoons",
//! "skip Wednesday", "no mornings"), after ("Tuesday is out", "mornings are bad for me") or
//! around ("keep Thursday free") a list of them.

use chrono::Datelike;

use super::Avoid;
use super::clock::part_word;
use super::dates::{day_at, weekday};
use super::kind::Kind;
use super::lexer::{Token, starts_with};

const BEFORE: &[&[&str]] = &[
    &["anything", "but"],
    &["anything", "except"],
    &["any", "day", "but"],
    &["any", "day", "except"],
    &["any", "time", "but"],
    &["anytime", "but"],
    &["whenever", "but"],
    // "any evening the following week apart from the Friday": the day in the span.
    &["apart", "from", "the"],
    &["apart", "from"],
    &["aside", "from"],
    &["except", "for"],
    &["never", "on"],
    &["nothing", "on"],
    // "Not Wednesday, and nothing in the mornings": parts of every day ruled out (not "I've got
    // nothing in the morning on Tuesday", a free part of one day: only before a part of the day
    // said of every day).
    &["nothing", "in", "the"],
    &["i'm", "off", "on"],
    &["i'm", "away", "on"],
    &["other", "than"],
    &["can't", "do"],
    &["cannot", "do"],
    &["can't", "make"],
    &["except", "on"],
    // "any day from Monday 7 to Friday 11 December except the Thursday": the day in the span.
    &["except", "the"],
    &["except"],
    &["excluding"],
    &["keep", "it", "off"],
    // "doh put it on Sunday, Sunday is church": not to be put on that day.
    &["don't", "put", "it", "on"],
    &["do", "not", "put", "it", "on"],
    // "avoid the Wednesday": the day in the span asked for.
    &["avoid", "the"],
    &["avoid"],
    &["avoiding"],
    &["skip"],
    &["skipping"],
    &["not", "work", "on"],
    &["not", "working", "on"],
    &["doesn't", "work", "on"],
    &["don't", "work", "on"],
    &["not", "in", "on"],
    &["not", "in", "the"],
    &["not", "on", "the"],
    &["not", "on"],
    // "not in friday".
    &["not", "in"],
    &["not"],
    &["i'm", "busy", "on"],
    &["i'm", "busy"],
    &["i'm", "out", "on"],
    &["i'm", "out"],
    &["busy", "on"],
    &["unavailable", "on"],
    &["no"],
];

const AFTER: &[&[&str]] = &[
    &["is", "out"],
    &["is", "off"],
    &["is", "a", "no-go"],
    &["are", "a", "no-go"],
    &["are", "no-go"],
    &["is", "no-go"],
    &["is", "impossible"],
    // "Wednesdays are unavailable for Professor Solberg".
    &["is", "unavailable"],
    &["are", "unavailable"],
    &["are", "impossible"],
    &["are", "not", "possible"],
    &["aren't", "possible"],
    &["are", "full"],
    &["are", "packed"],
    &["is", "not", "possible"],
    &["isn't", "possible"],
    &["isn't", "good"],
    &["aren't", "good"],
    &["doesn't", "suit"],
    &["do", "not", "suit"],
    &["don't", "suit"],
    &["is", "full"],
    &["is", "packed"],
    &["are", "out"],
    &["doesn't", "work"],
    &["don't", "work"],
    &["does", "not", "work"],
    &["do", "not", "work"],
    &["won't", "work"],
    &["is", "bad"],
    &["are", "bad"],
    &["is", "no", "good"],
    // "mornings are a no".
    &["are", "a", "no"],
    &["is", "a", "no"],
    &["are", "no", "good"],
    &["is", "not", "an", "option"],
    &["isn't", "an", "option"],
    &["is", "no", "option"],
    &["are", "not", "an", "option"],
    // "Monday he cannot", "Fridays she can't do": someone ruling the days out.
    &["he", "cannot"],
    &["she", "cannot"],
    &["they", "cannot"],
    &["he", "can't"],
    &["she", "can't"],
    &["they", "can't"],
    &["i", "cannot"],
    &["i", "can't"],
    // ("Any morning in the week commencing 7th December will suffice, Wednesday excepted": a day
    // ruled out after it, the old way.)
    &["excepted"],
];

/// Words that, in a reschedule, lead to the meeting that cannot take place as it is.
const MEETING_LEADS: &[&[&str]] = &[
    &["can't", "do"],
    &["cannot", "do"],
    &["can't", "make"],
    &["cannot", "make"],
];

/// `keep … free`: the words that close a list opened by `keep`.
const KEEP_CLOSERS: &[&str] = &["free", "clear", "open"];

/// Finds days and parts of day to keep clear, marking them (and the words that say so) used.
/// In a reschedule, "can't make / can't do Tuesday at 11" names the meeting being moved, and in a
/// cancellation "the workshop next Thursday is off" the meeting called off, not a day to keep
/// clear.
pub(crate) fn extract(toks: &[Token], used: &mut [bool], kind: Kind) -> Vec<Avoid> {
    let reschedule = kind == Kind::Reschedule;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let names_meeting = reschedule && MEETING_LEADS.iter().any(|lead| starts_with(toks, i, lead));
        match negated_at(toks, used, i, kind).filter(|_| !names_meeting) {
            Some((end, items)) => {
                used[i..end].iter_mut().for_each(|u| *u = true);
                out.extend(items);
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Words at `i` keeping Saturdays and Sundays clear where time is sought, and how many: "Weekdays
/// only, please." said on its own, after a stop or a comma and closing it (not "her shop is open
/// weekdays only", "Not weekdays only, weekends work too", "Is Ana available weekdays only?", nor
/// of a habit, which says when it recurs); "but not at the weekend".
fn weekend_kept_clear(toks: &[Token], i: usize) -> Option<usize> {
    let on_its_own = (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "," | "!" | "?" | ";" | ":" | "-" | "("))
        && toks
            .get(i + 2)
            .is_none_or(|t| matches!(t.low.as_str(), "." | "," | "!" | ")" | "please" | "pls"));
    if on_its_own && (starts_with(toks, i, &["weekdays", "only"]) || starts_with(toks, i, &["only", "weekdays"])) {
        return Some(2);
    }
    // (After "but" or a comma, closing the clause: not "if not at the weekend then Monday", "why
    // not at the weekend?", "not on the weekend rota", "weekend or not at the weekend".)
    (i > 0
        && matches!(toks[i - 1].low.as_str(), "but" | ",")
        && ["at", "on", "over"]
            .iter()
            .any(|p| starts_with(toks, i, &["not", p, "the", "weekend"]))
        && toks
            .get(i + 4)
            .is_none_or(|t| matches!(t.low.as_str(), "." | "," | "!" | ";" | "please" | "pls")))
    .then_some(4)
}

/// "on any weekday between Monday 7 and Friday 18 December": a weekday chosen from a span of days
/// (`range`) that holds a weekend keeps its Saturdays and Sundays clear where time is sought (not
/// "any weekday the week after next", read as Monday to Friday, nor "any weekday from the 14th to
/// the 18th", no weekend in it).
pub(crate) fn weekdays_of_span(
    toks: &[Token],
    kind: Kind,
    mut avoid: Vec<Avoid>,
    range: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
) -> Vec<Avoid> {
    // (Not "any weekday or Saturday between …", "Not any weekday, it has to be the weekend".)
    let chosen = (0..toks.len().saturating_sub(1))
        .any(|k| toks[k].low == "any" && toks[k + 1].low == "weekday" && !(k > 0 && toks[k - 1].low == "not"))
        && !toks.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "sat" | "saturday" | "saturdays" | "sun" | "sunday" | "sundays" | "weekend" | "weekends"
            )
        });
    let weekend_inside = range.is_some_and(|(start, end)| {
        start
            .iter_days()
            .take_while(|day| *day <= end)
            .take(7)
            .any(|day| matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun))
    });
    if matches!(kind, Kind::Find | Kind::Book) && chosen && weekend_inside {
        for day in weekend() {
            if !avoid.contains(&day) {
                avoid.push(day);
            }
        }
    }
    avoid
}

/// Saturday and Sunday, whole days, to keep clear.
fn weekend() -> [Avoid; 2] {
    [chrono::Weekday::Sat, chrono::Weekday::Sun].map(|wd| Avoid {
        weekday: Some(wd),
        part: None,
    })
}

/// A negated list starting at `i`: where it ends and what it rules out.
fn negated_at(toks: &[Token], used: &[bool], i: usize, kind: Kind) -> Option<(usize, Vec<Avoid>)> {
    let (cancel, reschedule) = (kind == Kind::Cancel, kind == Kind::Reschedule);
    if used[i] {
        return None;
    }
    if matches!(kind, Kind::Find | Kind::Book)
        && let Some(len) = weekend_kept_clear(toks, i)
    {
        return Some((i + len, weekend().to_vec()));
    }
    // (Not "Which Fridays are unavailable?", a question about them.)
    let asked_which = i > 0 && matches!(toks[i - 1].low.as_str(), "which" | "what");
    if let Some((end, items)) = list(toks, used, i).filter(|_| !cancel && !asked_which) {
        let tail = AFTER.iter().find(|t| starts_with(toks, end, t))?;
        // ("mornings are a no", ending its clause: not "Tuesday is a no from Ana", "a no phone day".)
        if tail.last() == Some(&"no") && toks.get(end + tail.len()).is_some_and(|t| !t.punct) {
            return None;
        }
        if reschedule && meeting_missed(toks, end + tail.len()) {
            return None;
        }
        // "The 2:15 with Anders on Monday won't work, shift it to Tuesday": in a move, the day a
        // meeting named by its hour is on, not a day to keep clear.
        if reschedule && i > 0 && toks[i - 1].low == "on" && meeting_by_hour_before(toks, i - 1) {
            return None;
        }
        return Some((end + tail.len(), items));
    }
    // "from Jan 4 to Jan 8, not the Monday.", "next week, not the mornings", "but not on a
    // Wednesday.": days or parts ruled out after a comma (or opening the request), ending the
    // clause (not "not the Friday after, this one", "not the Monday one-to-one", "I'm not on a
    // Friday shift").
    // ("the week of the 21st, uh just not the Thursday": "just" may come first, and a filler.)
    let mut opens = i;
    if opens > 0 && toks[opens - 1].low == "just" {
        opens -= 1;
        while opens > 0 && matches!(toks[opens - 1].low.as_str(), "uh" | "um" | "er" | "erm") {
            opens -= 1;
        }
    }
    // ("… before Christmas. Not on a Wednesday, please.": or opening a sentence after one asking for
    // time; not "Bins: out on a Tuesday night. Not on a Wednesday, please.")
    // ("… any day from Wednesday 2 to Wednesday 9 December, mornings only? Not the Friday, please.":
    // or after a question asking for it.)
    let after_asking = opens > 0 && matches!(toks[opens - 1].low.as_str(), "." | "?") && {
        // (A title's dot ends no sentence: "… with Mr. Bell any day …".)
        let start = (0..opens - 1)
            .rev()
            .find(|&k| {
                matches!(toks[k].low.as_str(), "." | "!" | "?" | ":")
                    && !(k > 0 && super::people::HONORIFICS.contains(&toks[k - 1].low.as_str()))
            })
            .map_or(0, |p| p + 1);
        toks[start..opens - 1].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "need"
                    | "needs"
                    | "find"
                    | "book"
                    | "meet"
                    | "schedule"
                    | "arrange"
                    | "want"
                    | "move"
                    | "set"
                    | "cancel"
                    | "remind"
                    | "like"
                    | "times"
                    | "twice"
                    | "renew"
                    | "call"
            )
        })
    };
    // ("…, so after a quarter to four, and not on a Friday, as …": or "and" after a comma.)
    let and_after_comma = opens > 1 && toks[opens - 1].low == "and" && toks[opens - 2].low == ",";
    if (opens == 0
        || matches!(toks[opens - 1].low.as_str(), "," | "but" | "-" | "though")
        || after_asking
        || and_after_comma)
        // ("…, with the exception of the Wednesday.": said formally.)
        && let Some(words) = [
            &["not", "the"][..],
            &["not", "on", "a"],
            &["with", "the", "exception", "of", "the"],
        ]
        .into_iter()
        .find(|words| starts_with(toks, i, words))
        && let Some((end, items)) = list(toks, used, i + words.len())
        && toks.get(end).is_none_or(|t| {
            t.punct && t.low != ","
                // ("Not the Friday though, that's Dad's day centre.")
                || matches!(t.low.as_str(), "please" | "pls" | "though")
                // ("but not the Wednesday, that's when they're draining the lock": or why, after a
                // comma.)
                // (Not "not the Thursday, that's the 3rd, …": which day it is.)
                || t.low == ","
                    && (toks.get(end + 1).is_some_and(|n| n.low == "that" && n.possessive)
                        && (starts_with(toks, end + 2, &["when"]) || starts_with(toks, end + 2, &[",", "when"]))
                        || toks
                            .get(end + 1)
                            .is_some_and(|n| matches!(n.low.as_str(), "because" | "since"))
                        // ("and not on a Friday, as that is our staff briefing.": "as" saying why,
                        // before what is that day; not "not the Monday, as well as …".)
                        || starts_with(toks, end + 1, &["as"])
                            && toks.get(end + 2).is_some_and(|n| {
                                matches!(n.low.as_str(), "that" | "it" | "we" | "i" | "they" | "he" | "she" | "there")
                                    || n.low == "that" && n.possessive
                            })
                        // ("but NOT the Tuesday, when the hall is given over to the Brownies!": what
                        // happens that day; not "not the Monday, when can we …", a question.)
                        || starts_with(toks, end + 1, &["when"])
                            && toks.get(end + 2).is_some_and(|n| {
                                !matches!(
                                    n.low.as_str(),
                                    "can" | "could" | "would" | "will" | "is" | "are" | "do" | "does" | "should"
                                )
                            }))
                // ("but not on a Monday if that's okay": or asked as a favour.)
                || starts_with(toks, end, &["if", "that"]) && toks[end + 1].possessive
                || starts_with(toks, end, &["if", "possible"])
                // ("Not on a Wednesday, please."; not "…, please, or Thursday.")
                || t.low == ","
                    && toks.get(end + 1).is_some_and(|n| matches!(n.low.as_str(), "please" | "pls"))
                    && !(toks.get(end + 2).is_some_and(|n| n.low == ",")
                        && toks.get(end + 3).is_some_and(|n| matches!(n.low.as_str(), "or" | "and")))
        })
    {
        return Some((end, items));
    }
    // "Tuesday's a no-go", "Friday's out": a day and its "is" in one word, then what rules it out,
    // ending the clause (not "Tuesday's full agenda", "Monday's out of office reply", "Friday's off
    // to a bad start", the day's things; nor in a move, where "Monday's out" may be the meeting's).
    if toks[i].possessive
        && !cancel
        && !reschedule
        && let Some(wd) = weekday(&toks[i].low)
        && let Some(tail) = AFTER.iter().find(|t| {
            t[0] == "is"
                && starts_with(toks, i + 1, &t[1..])
                && toks.get(i + t.len()).is_none_or(|next| next.punct || next.low == "for")
        })
    {
        let avoid = Avoid {
            weekday: Some(wd),
            part: None,
        };
        return Some((i + tail.len(), vec![avoid]));
    }
    if toks[i].low == "keep"
        && let Some((end, items)) = list(toks, used, i + 1)
        && toks.get(end).is_some_and(|t| KEEP_CLOSERS.contains(&t.low.as_str()))
    {
        return Some((end + 1, items));
    }
    // "She's not available on Friday afternoons.": in a search, days or parts not available,
    // ending their clause (not "I'm not available on Monday, block it", "if Sam is not available on
    // Thursday and book …", "not available on Monday until 11", nor in a booking, a move or a
    // cancellation; nor "I was not available on Monday", what was).
    // ("Neither of them is available on Tuesday mornings.": or none of the people asked about.)
    let neither = ["them", "us"].iter().any(|who| {
        [&["is"][..], &["are"]].iter().any(|be| {
            starts_with(
                toks,
                i,
                &[&["neither", "of", who][..], be, &["available", "on"]].concat(),
            )
        })
    });
    if neither {
        let (end, items) = list(toks, used, i + 6)?;
        let closes = toks
            .get(end)
            .is_none_or(|t| matches!(t.low.as_str(), "." | "!" | ";" | "," | "-" | "?"));
        return (closes && kind == Kind::Find).then_some((end, items));
    }
    if starts_with(toks, i, &["not", "available", "on"]) {
        let past = i > 0 && matches!(toks[i - 1].low.as_str(), "was" | "were");
        let supposed = toks[..i]
            .iter()
            .rev()
            .take_while(|t| !t.punct)
            .any(|t| matches!(t.low.as_str(), "if" | "whether"));
        let now = !(past || supposed);
        let (end, items) = list(toks, used, i + 3)?;
        let closes = toks
            .get(end)
            .is_none_or(|t| matches!(t.low.as_str(), "." | "!" | ";" | "," | "-" | "?"));
        return (now && closes && kind == Kind::Find).then_some((end, items));
    }
    // "any weekday in the week of 14 December bar Thursday": "bar" for "except", after the days
    // it leaves one out of (not "drinks at the bar Friday", "at Hotel 21 bar Friday").
    if toks[i].low == "bar"
        && i > 0
        && (super::dates::month(&toks[i - 1].low).is_some()
            || matches!(
                toks[i - 1].low.as_str(),
                "week" | "weekday" | "weekdays" | "days" | "day"
            ))
        && toks.get(i + 1).is_some_and(|t| weekday(&t.low).is_some())
    {
        return list(toks, used, i + 1);
    }
    // "van's in for its MOT wed 2nd so not that day": where time is sought, the one weekday named
    // before in its sentence, pointed back to, closing the clause (not "not that day's standup",
    // nor after two weekdays, "Monday or Tuesday, not that day").
    // (Or where the verb is yet to be read: "need 30 min w/ …".)
    if matches!(kind, Kind::Find | Kind::Book | Kind::Clarify)
        && starts_with(toks, i, &["not", "that", "day"])
        && toks.get(i + 3).is_none_or(|t| t.punct)
    {
        let sentence = super::lexer::sentence_of(toks, i);
        let named: Vec<chrono::Weekday> = toks[sentence.start..i].iter().filter_map(|t| weekday(&t.low)).collect();
        if let [wd] = named[..] {
            return Some((
                i + 3,
                vec![Avoid {
                    weekday: Some(wd),
                    part: None,
                }],
            ));
        }
    }
    let trigger = BEFORE.iter().find(|t| starts_with(toks, i, t))?;
    // ("nothing in the mornings", not "nothing in the morning".)
    let every_day = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "mornings" | "afternoons" | "evenings"))
    };
    // ("except the Thursday", "apart from the Friday", a day: not "except the Friday one with Bo",
    // "except the Tuesday standup", "apart from the Friday retro", a meeting left alone.)
    let day_at = i + trigger.len();
    let a_meeting_left = trigger.last() == Some(&"the")
        && toks.get(day_at).is_some_and(|t| weekday(&t.low).is_some())
        && toks.get(day_at + 1).is_some_and(|t| {
            crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
                || matches!(
                    t.low.as_str(),
                    "one" | "ones" | "board" | "class" | "team" | "meetup" | "retro"
                )
        });
    if asked_about(toks, i) || trigger[0] == "nothing" && trigger.len() == 3 && !every_day(i + 3) || a_meeting_left {
        return None;
    }
    list(toks, used, i + trigger.len())
}

/// "the meeting with Mrs. Okonkwo on Tuesday I cannot make it, please move …": in a reschedule,
/// a day ruled out ("I cannot", "is out", …) and then "make it", "do it" or "attend" is the
/// meeting's day, which cannot take place as it is, not a day to keep clear.
fn meeting_missed(toks: &[Token], k: usize) -> bool {
    let verb = toks.get(k).map(|t| t.low.as_str());
    verb == Some("attend") || matches!(verb, Some("make" | "do")) && toks.get(k + 1).is_some_and(|t| t.low == "it")
}

/// A meeting named by its hour in the clause before `k` ("The 2:15 with Anders").
fn meeting_by_hour_before(toks: &[Token], k: usize) -> bool {
    // (In the same clause: not "Move the 3pm to Thursday since on Tuesday won't work".)
    (0..k)
        .rev()
        .take_while(|&j| !toks[j].punct && !matches!(toks[j].low.as_str(), "since" | "because" | "as" | "so" | "and"))
        .any(|j| crate::intent::clock::written_clock(&toks[j]))
}

/// "Am I busy on Friday?", "are we out on Monday?": the asker asks about the days, not rules
/// them out.
fn asked_about(toks: &[Token], i: usize) -> bool {
    i >= 2 && matches!(toks[i - 2].low.as_str(), "am" | "are" | "is") && matches!(toks[i - 1].low.as_str(), "i" | "we")
}

/// `Monday or Tuesday`, `Friday afternoons, mornings`: where the list ends and its items.
fn list(toks: &[Token], used: &[bool], mut k: usize) -> Option<(usize, Vec<Avoid>)> {
    let first = k;
    let free = |k: usize| k < toks.len() && !used[k];
    let mut items = Vec::new();
    let mut end = k;
    // ("to any day next week exc wed": a day excepted from any day asked for; "any dry day … but
    // not fri": "but not" too.)
    let but_not = usize::from(k > 2 && toks[k - 1].low == "not" && toks[k - 2].low == "but");
    let excepted = k > 1 + but_not
        && (but_not == 1 || matches!(toks[k - 1].low.as_str(), "except" | "excluding" | "but"))
        && toks[..k - 1 - but_not].iter().any(|t| t.low == "any");
    // "can't make Monday's 3pm": a day's meeting, not a day to keep clear.
    while free(k) && !toks[k].possessive {
        // "weekends are out", "no weekends": Saturdays and Sundays (not "this weekend", a date).
        let dated = k > 0
            && matches!(
                toks[k - 1].low.as_str(),
                "this" | "next" | "the" | "that" | "coming" | "a"
            );
        if matches!(toks[k].low.as_str(), "weekend" | "weekends") && !dated {
            items.extend([chrono::Weekday::Sat, chrono::Weekday::Sun].map(|wd| Avoid {
                weekday: Some(wd),
                part: None,
            }));
            k += 1;
            end = k;
            if toks
                .get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "or" | "and" | "nor" | ","))
            {
                k += 1;
                continue;
            }
            break;
        }
        // ("not sat morning tho": "sat" and "sun" too, before a part of the day, opening the list
        // or joined by "or" or "and"; not "cant make sat 11am", the meeting's own day, nor "not
        // mon, sat morning is best", the time wanted after a comma.)
        // ("any day 4-9 jan except sat, before noon": or alone after "except", of any day asked; not
        // "I'm busy all week except sat", the day that is free.)
        // ("NOT sat or sun": or joined to another day by "or" or "and".)
        let joined_day = |at: usize| {
            toks.get(at)
                .is_some_and(|t| weekday(&t.low).is_some() || matches!(t.low.as_str(), "sat" | "sun"))
        };
        let short_day = || {
            day_at(toks, k).filter(|_| {
                toks.get(k + 1).is_some_and(|t| part_word(&t.low).is_some())
                    && (k == first || matches!(toks[k - 1].low.as_str(), "or" | "and"))
                    // (After "not": not "busy all week except sat or sun", the days that are free.)
                    || k == first && k > 0 && toks[k - 1].low == "not" && starts_with(toks, k + 1, &["or"]) && joined_day(k + 2)
                    || k > first && toks[k - 1].low == "or" && joined_day(k - 2)
                    || k == first && excepted && matches!(toks[k - 1].low.as_str(), "except" | "excluding")
                    // ("mornings, not Sat (open house all day)", "evenings only & NOT sat - …": or
                    // written as a day is, or after a shouted "NOT", alone before a mark.)
                    || k == first
                        && k > 0
                        && toks[k - 1].low == "not"
                        && (toks[k].capitalised()
                            // (Not "free or NOT sat.", "if NOT sat, sun", "WHY NOT sat?": a choice
                            // or a question.)
                            || toks[k - 1].in_capitals()
                                && !(k > 1 && matches!(toks[k - 2].low.as_str(), "or" | "if" | "why" | "whether"))
                                && toks.get(k + 1).is_some_and(|t| t.low != "?"))
                        && toks.get(k + 1).is_some_and(|t| t.punct)
            })
        };
        let (len, item) = match plural_weekday(&toks[k].low).or_else(short_day) {
            Some(wd) => {
                let part = toks.get(k + 1).filter(|_| free(k + 1)).and_then(|t| part_word(&t.low));
                (
                    1 + usize::from(part.is_some()),
                    Avoid {
                        weekday: Some(wd),
                        part,
                    },
                )
            }
            None => match part_word(&toks[k].low) {
                Some(p) => (
                    1,
                    Avoid {
                        weekday: None,
                        part: Some(p),
                    },
                ),
                None => break,
            },
        };
        items.push(item);
        k += len;
        end = k;
        // ("to any day next week exc wed, mornings": a part of the day closing the request after a
        // comma and the one day excepted from any day is the part asked for, not another ruled
        // out; "Friday afternoons, mornings", "avoid Monday, evenings" go on.)
        // ("sometime dec 8-11, not fri, mornings only": whatever rules the day out, when said to be
        // the only part asked.)
        let only_part = toks.get(k + 2).is_some_and(|t| t.low == "only");
        let asked_part = (excepted || only_part)
            && items.len() == 1
            && toks.get(k).is_some_and(|t| t.low == ",")
            && toks.get(k + 1).is_some_and(|t| part_word(&t.low).is_some())
            // ("… except Tuesday, afternoons only.": or said to be the only part asked.)
            && toks.get(k + 2).is_none_or(|t| t.punct || t.low == "only")
            && items
                .last()
                .is_some_and(|a: &Avoid| a.weekday.is_some() && a.part.is_none());
        if asked_part {
            break;
        }
        if toks
            .get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "or" | "and" | "nor" | ","))
        {
            k += 1;
        } else {
            break;
        }
    }
    (!items.is_empty()).then_some((end, items))
}

fn plural_weekday(low: &str) -> Option<chrono::Weekday> {
    weekday(low).or_else(|| weekday(low.strip_suffix('s')?))
}
#[cfg(test)]
mod tests {
    use super::super::PartOfDay;
    use super::super::lexer::tokenize;
    use super::*;
    use chrono::Weekday;

    fn avoid(text: &str) -> Vec<Avoid> {
        let toks = tokenize(text);
        let mut used = vec![false; toks.len()];
        extract(&toks, &mut used, Kind::Find)
    }

    #[test]
    fn negated_days_and_parts() {
        assert_eq!(
            avoid("but not Monday"),
            vec![Avoid {
                weekday: Some(Weekday::Mon),
                part: None
            }]
        );
        assert_eq!(
            avoid("avoid Friday afternoons"),
            vec![Avoid {
                weekday: Some(Weekday::Fri),
                part: Some(PartOfDay::Afternoon)
            }]
        );
        assert_eq!(
            avoid("no mornings"),
            vec![Avoid {
                weekday: None,
                part: Some(PartOfDay::Morning)
            }]
        );
        assert_eq!(avoid("not Monday or Tuesday").len(), 2);
        assert!(avoid("not sure").is_empty());
        assert!(avoid("Ana can't make Monday's 3pm").is_empty());
        // A question about a day rules nothing out.
        assert!(avoid("am I busy on Friday the 4th?").is_empty());
        assert_eq!(avoid("I'm busy on Friday").len(), 1);
        assert_eq!(
            avoid("any day but Thursday"),
            vec![Avoid {
                weekday: Some(Weekday::Thu),
                part: None
            }]
        );
    }

    #[test]
    fn days_ruled_out_after_or_around_the_list() {
        let monday = Avoid {
            weekday: Some(Weekday::Mon),
            part: None,
        };
        assert_eq!(avoid("Mondays don't work for me"), vec![monday]);
        assert_eq!(
            avoid("mornings are bad"),
            vec![Avoid {
                weekday: None,
                part: Some(PartOfDay::Morning)
            }]
        );
        assert_eq!(avoid("keep Monday free"), vec![monday]);
        assert_eq!(avoid("skip Monday"), vec![monday]);
        assert!(avoid("Monday works").is_empty());
    }
}
