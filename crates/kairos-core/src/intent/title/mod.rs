//! The free-text title of a task or habit: a quoted phrase if there is one, otherwise what is left
//! of the request once its lead-in ("remind me to", "habit:", "block"), its list ("on my todo
//! list"), its subject ("I go swimming") and every date, time, duration and frequency are claimed.

mod words;

use super::dates::weekday_span;
use super::lexer::{Token, starts_with};
use words::{
    FILLERS, HABIT_LEADS, HABIT_OPENING_VERBS, LIST_NOUNS, OPENING_VERBS, SUBJECTS, TASK_LEADS, TIME_AMOUNTS,
    TIME_VERBS, TITLE_ENDS,
};

/// The title of a task or habit: a quoted phrase, or else the first run of unclaimed words
/// after the lead-in ("remind me to", "habit:"), with connecting words trimmed from both ends and
/// a first-person subject from the start, up to a picture ending it ("writing client programmes
/// ✍️ keep putting it off"). Email addresses stay in it.
pub(crate) fn title(toks: &[Token], used: &[bool], habit: bool) -> String {
    let title = words_of_title(toks, used, habit);
    match title.find(picture) {
        Some(at) if !title[..at].trim().is_empty() => title[..at].trim_end().to_owned(),
        _ => title,
    }
}

/// A picture written among words: a symbol or dingbat ("✍", "☕") or an emoji (not an arrow or a
/// sign of mathematics, "Q3 → Q4", "≥ 90", nor a dash, a quote or an ellipsis).
fn picture(c: char) -> bool {
    matches!(u32::from(c), 0x2600..=0x27BF | 0x1F000..)
}

/// The title before any picture is cut from it (see [`title`]).
fn words_of_title(toks: &[Token], used: &[bool], habit: bool) -> String {
    if let Some(quoted) = quoted(toks) {
        return quoted;
    }
    if let Some(made) = habit.then(|| made_habitual(toks, used)).flatten() {
        return made;
    }
    let mut used = used.to_vec();
    for i in 0..toks.len() {
        if let Some(len) = list_at(toks, i) {
            used[i..i + len].iter_mut().for_each(|u| *u = true);
        }
        // "mon-fri", "every mon-fri": the days a habit recurs on, not part of what is done.
        if weekday_span(&toks[i].low).is_some() {
            used[i] = true;
            if i > 0 && matches!(toks[i - 1].low.as_str(), "every" | "each") {
                used[i - 1] = true;
            }
        }
        // "an hour at some point to review …": when, left open, not what is done.
        if starts_with(toks, i, &["at", "some", "point"]) {
            used[i..i + 3].iter_mut().for_each(|u| *u = true);
        }
        // "set aside um fifteen no make it twenty minutes": a count taken back before the one
        // claimed, spoken, is no part of what is done.
        if let Some(len) = [&["no", "make", "it"][..], &["no", "wait"], &["no", "sorry"], &["sorry"]]
            .iter()
            .find(|said| starts_with(toks, i, said))
            .map(|said| said.len())
            && i > 0
            && (toks[i - 1].low.chars().all(|c| c.is_ascii_digit())
                || super::lexer::whole(&toks[i - 1].low, 1, 120).is_some())
            && used.get(i + len).is_some_and(|u| *u)
        {
            used[i - 1..i + len].iter_mut().for_each(|u| *u = true);
        }
    }
    // "…, no excuses: 30 mins of German flashcards": what a habit's length is of.
    if let Some(of) = habit.then(|| length_of(toks, &used)).flatten() {
        return of;
    }
    let leads = if habit { HABIT_LEADS } else { TASK_LEADS };
    // A lead followed by a word pointing back ("I need it done by Monday") names nothing; another
    // lead, if there is one, does ("I've got to submit the claims").
    // ("I need to do it every evening": so does doing it.)
    let pointing = |at: usize| {
        let at = at + usize::from(toks.get(at).is_some_and(|t| t.low == "do"));
        toks.get(at)
            .is_some_and(|t| matches!(t.low.as_str(), "it" | "this" | "that"))
    };
    let lead_from = |from: usize| {
        let find = |skip_pointing: bool| {
            leads.iter().find_map(|lead| {
                (from..toks.len()).find_map(|i| {
                    let len = lead_at(toks, i, lead)?;
                    // "remind me 2 days before …": a count, not "to".
                    let counted = lead.last() == Some(&"2") && toks.get(i + len).is_some_and(|t| counts(&t.low));
                    // "if I want to keep doing this I've got to work on my posture": a wish after
                    // "if" is the condition, not what is done.
                    let conditional = i > 0 && toks[i - 1].low == "if";
                    // "Journal, I must also ask you to pass a note to my assistant: …": what the one
                    // written to is asked to do is no task of one's own.
                    let asks_the_addressee = matches!(lead.first(), Some(&("i" | "i've" | "i'm")))
                        && (i + len..toks.len().min(i + len + 3)).any(|k| {
                            matches!(toks[k].low.as_str(), "ask" | "beg") && starts_with(toks, k + 1, &["you"])
                        });
                    // "She bids me turn about.": what one is told in a word or two closing a
                    // story's sentence is no task.
                    // (Only a task's, a verb and its particle: not "My coach tells me to stretch
                    // daily.", a habit.)
                    let told_briefly = !habit
                        && matches!(lead.first(), Some(&("bids" | "bid" | "tells")))
                        && toks.get(i + len + 1).is_some_and(|t| {
                            matches!(
                                t.low.as_str(),
                                "about" | "around" | "round" | "away" | "down" | "up" | "back" | "over"
                            )
                        })
                        && toks
                            .get(i + len + 2)
                            .is_some_and(|t| matches!(t.low.as_str(), "." | "!"));
                    // "… I need to work on my posture each evening, 15 minutes a time. … I have to
                    // clamber over the back wheel.": a habit's lead whose sentence says how often or
                    // how long comes first.
                    let stop = |k: usize| matches!(toks[k].low.as_str(), "." | "!" | "?");
                    let start = (0..i).rev().find(|&k| stop(k)).map_or(0, |k| k + 1);
                    let unclaimed = habit && !(start..toks.len()).take_while(|&k| k < i || !stop(k)).any(|k| used[k]);
                    // "Task, new, for my assistant, …: I've been asked to audit the accounts": a word
                    // heading an index's entry, a comma after it, leads in only when nothing else
                    // does.
                    // (A word and a comma after it: not "Task, call the bank so I can pay rent".)
                    // "… I've been asked to audit the accounts. Please add it to my to-do list as a
                    // task, just for me": so is what it is to be added as.
                    let indexed = *lead == ["task"]
                        && starts_with(toks, i + len, &[","])
                        && (toks.get(i + len + 2).is_some_and(|t| t.low == ",")
                            || i > 1 && toks[i - 1].low == "a" && toks[i - 2].low == "as");
                    // "I need to send the match fees reminder to the parents": a reminder sent to
                    // others is the thing done, no lead.
                    // (To others only: not "Send me a reminder to call Bo", "send a reminder to renew
                    // my passport".)
                    let sent = *lead == ["reminder"]
                        && (i.saturating_sub(4)..i).any(|k| {
                            matches!(
                                toks[k].low.as_str(),
                                "send" | "sending" | "email" | "post" | "write" | "draft" | "print"
                            ) && !toks[k..i].iter().any(|t| matches!(t.low.as_str(), "me" | "myself"))
                        })
                        && (!starts_with(toks, i + 1, &["to"])
                            || toks.get(i + 2).is_some_and(|t| {
                                matches!(
                                    t.low.as_str(),
                                    "the" | "all" | "our" | "every" | "everyone" | "my" | "his" | "her" | "their"
                                ) || t.capitalised()
                                    || t.low.len() > 3 && t.low.ends_with('s')
                            }));
                    (!(used[i]
                        || sent
                        || told_briefly
                        || skip_pointing && (pointing(i + len) || unclaimed || indexed)
                        || as_a_recurring(toks, i)
                        || counted
                        || conditional
                        || asks_the_addressee))
                        .then_some((i, i + len))
                })
            })
        };
        find(true).or_else(|| find(false))
    };
    let lead = lead_from(0);
    // Without a lead, what is done is named next to what it takes or when it is due ("ok im
    // finally doing it - lift weights five days a week", "my manager dumped another one on me:
    // fix the links by Wednesday"), not in a remark before it.
    let from = lead.map_or_else(|| run_before_claimed(toks, &used), |(_, end)| end);
    // "book flights for the offsite, must be done by the 4th": the run before the deadline says
    // what it takes, the clause before it what is done.
    // "write the performance reviews for my team, needs about 3h": so does "needs" after a comma
    // (not "needs review by friday", "what the client needs").
    let needs_after_comma = from > 0 && toks[from - 1].low == "," && starts_with(toks, from, &["needs"]);
    let from = if lead.is_none() && (TITLE_ENDS.iter().any(|end| starts_with(toks, from, end)) || needs_after_comma) {
        clause_before(toks, &used, from)
    } else {
        from
    };
    // "my teacher says I slack off 😅 so cello scales 4x a week": a story before "so" says why;
    // what is done follows it.
    let from = if lead.is_none() {
        after_so(toks, &used, from).unwrap_or(from)
    } else {
        from
    };
    // "new recurring job: work on my podcast", "whack this on my jobs list: clean up the CRM": what
    // a colon introduces, a word or two after the lead or the list.
    let from = introduced(toks, &used, from).unwrap_or(from);
    let after = words_between(toks, &used, from, toks.len(), habit);
    // "tack it up on my to-do board as a task, like a proclamation on the town noticeboard": a
    // simile after the lead says what it is like, not what is done.
    let simile = lead.is_some() && {
        let first = (from..toks.len()).find(|&k| !toks[k].punct);
        // "…, clear as a painted smile": so too a likeness with "as".
        let article = |k: usize| {
            toks.get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "the"))
        };
        // Set off by a comma ("…, clear as a painted smile"), not "todo: register as a volunteer".
        first.is_some_and(|k| {
            toks[k].low == "like" && article(k + 1)
                || k > 0 && toks[k - 1].low == "," && toks.get(k + 1).is_some_and(|t| t.low == "as") && article(k + 2)
        })
    };
    let after = if simile { String::new() } else { after };
    // "put this into rotation …, as a series: stretch each evening": a run opening with "this"
    // points ahead to what the colon later in its sentence introduces.
    let after = match colon_ahead(toks, &used, from) {
        Some(colon) if after.split(' ').next() == Some("this") => words_between(toks, &used, colon, toks.len(), habit),
        _ => after,
    };
    // "write the chapter 3 draft for my supervisor, due on the 18th": a run that is only a
    // connecting word before the deadline leaves the clause before it.
    let after = if after.is_empty() && lead.is_none() && from > 0 {
        words_between(toks, &used, clause_before(toks, &used, from), toks.len(), habit)
    } else {
        after
    };
    // "I keep promising myself I'll write poetry … Could you put an hour … for it": a run that is
    // the request to the assistant names nothing; what the one asking said they would do does.
    // "Could you add running 4x a week": else the ask is no part of what is done either.
    // "so I'm giving it a polish of its own. I'll stretch my calves …": a lead that only
    // points back at something names less than what the one asking says they will do.
    let after = if lead.is_some() && habit && after.starts_with("it ") {
        said_they_would(toks, &used, habit).unwrap_or(after)
    } else {
        after
    };
    let after = if lead.is_none() && asks_the_assistant(&after) {
        said_they_would(toks, &used, habit)
            .or_else(|| past_the_ask(toks, &used, from, habit))
            .unwrap_or(after)
    } else {
        after
    };
    // "Is it possible to note a task for me? I must update the wiki by the 8th": a lead with
    // nothing after it, and a later lead that names something.
    let later = lead
        .filter(|_| after.is_empty())
        .and_then(|(at, _)| lead_from(at + 1))
        .map(|(_, end)| words_between(toks, &used, end, toks.len(), habit))
        .filter(|later| !later.is_empty() && !matches!(later.as_str(), "it" | "this" | "that"));
    if let Some(later) = later {
        return later;
    }
    // "help me stick with it", "as a recurring event": a lead followed only by a word pointing back
    // or naming an entry names nothing; another lead may ("make time for knitting").
    let after = if names_nothing(&after) {
        other_lead(toks, &used, leads, lead, habit).unwrap_or_default()
    } else {
        after
    };
    // "… review the contract by Wednesday; can you log it as a task?": a lead that points back
    // with "it" names what was said before it.
    // "… track it for me as a task", "perch it on my to-do list as a task": within the lead's
    // clause, up to six words before it (eight when it is put somewhere); not the "it" of a question ("is it possible to note a
    // task").
    // "Make it a task: translate the user manual …": a colon after the lead introduces the work.
    // ("add it to my to-do list as a task to ring the landlord": or "to" and what is done.)
    let introduces = lead.is_some_and(|(_, end)| toks.get(end).is_some_and(|t| matches!(t.low.as_str(), ":" | "to")));
    let points_back = !introduces
        && lead.is_some_and(|(at, end)| {
            let from = at.saturating_sub(8);
            (from..at).rev().take_while(|&k| !toks[k].punct).any(|k| {
                // Seven or eight words back only when put somewhere ("perch it on my to-do list as
                // a task", "add it to my to-do list as a task"; not "Once it lands in the shared
                // drive please remind me to …").
                let put_there = toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "on" | "onto" | "into" | "in" | "up" | "to"));
                // "enter the same on the Driver's to-do list as a task": "the same" put somewhere
                // too (not "Bo wants the same as last time so remind me to …").
                (toks[k].low == "it"
                    || toks[k].low == "same"
                        && k > 1
                        && toks[k - 1].low == "the"
                        && matches!(toks[k - 2].low.as_str(), "enter" | "put" | "add" | "log" | "note" | "record" | "place" | "list"))
                && (at - k <= 6 || put_there)
                // Nor the "it" of "some of it back for deep work".
                && !(k > 0
                    && matches!(
                        toks[k - 1].low.as_str(),
                        "is" | "was" | "would" | "will" | "does" | "could" | "can" | "of"
                    ))
                // "keep it on my radar that I've got to …": "it" points ahead to the "that".
                && !toks[k..at].iter().any(|t| t.low == "that")
                // "it's down to me to …": the "it" of "it's" right before the lead is its
                // subject, pointing at nothing.
                && (k + 1 != at || !toks[k].possessive)
                // "it has fallen to me to audit …": nor of "it has" right before it, when what the
                // lead names points back at nothing (not "The expense report — it has fallen to me
                // to submit it").
                && !(k + 2 == at
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.low.as_str(), "has" | "had"))
                    && !pointing(end)
                    && !toks[end..]
                        .iter()
                        .take(3)
                        .take_while(|t| !t.punct)
                        .any(|t| matches!(t.low.as_str(), "it" | "them"))
                    // (Nor "it has fallen to me to sort out by Friday": a verb and no more.)
                    && toks[end..].iter().take_while(|t| !t.punct && t.low != "by").count() >= 3)
                // "I've made it a rule to …": the "it" one makes a rule points ahead to what
                // follows the lead's "to".
                && !(k > 0
                    && matches!(toks[k - 1].low.as_str(), "make" | "made" | "making" | "makes")
                    && toks[end - 1].low == "to")
            })
        });
    match lead {
        // "add a daily 10 minute journaling habit": nothing after the lead, the title before it.
        Some((at, _)) if (after.is_empty() || points_back) && at > 0 => {
            // What the one asking says they will do, past a greeting or an aside ("Hi, for your
            // records: I have undertaken to … by Wednesday"), else the first words.
            // "Prescription from the physio …: work on my posture each evening, …. Kindly give it
            // a standing place …, recurring": what a colon introduced, to the end of its sentence.
            let colon = (0..at).rev().find(|&k| toks[k].low == ":").filter(|_| habit);
            let from = colon.map_or_else(
                || {
                    // "I've volunteered to reply …": what one says one does, from the start.
                    let opens_with_me = toks
                        .first()
                        .is_some_and(|t| matches!(t.low.as_str(), "i" | "i've" | "i'm" | "i'll" | "i'd" | "we"));
                    own_clause(toks, &used, at)
                        .or_else(|| {
                            (!opens_with_me)
                                .then(|| infinitive_before_claimed(toks, &used, at))
                                .flatten()
                        })
                        .unwrap_or(0)
                },
                |c| c + 1,
            );
            let to = colon.map_or(at, |c| {
                (c..at)
                    .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
                    .unwrap_or(at)
            });
            let before = words_between(toks, &used, from, to, habit);
            let before = if before.is_empty() && from > 0 {
                words_between(toks, &used, 0, at, habit)
            } else {
                before
            };
            // "I keep forgetting to call the insurer …. Make it a task": what one keeps forgetting
            // to do is what is done.
            // "I drew the short straw and must audit the reports": what one must do, after what
            // befell them; "at my day job I've been asked to audit the expense reports": what one
            // was asked to do, past where.
            let before = ["keep forgetting to ", "keep meaning to ", "keep putting off "]
                .iter()
                .find_map(|lead| before.strip_prefix(lead))
                .or_else(|| before.split_once(" and must ").map(|(_, done)| done))
                .or_else(|| before.split_once(" been asked to ").map(|(_, done)| done))
                .map_or(before.clone(), str::to_owned);
            if before.is_empty() { after } else { before }
        }
        _ => after,
    }
}

/// A unit a number counts ("days", "hours", "times").
fn counts(low: &str) -> bool {
    matches!(
        low,
        "days" | "day" | "hours" | "hour" | "weeks" | "week" | "times" | "minutes" | "min" | "mins" | "months"
    )
}

/// Past the first colon after `from` in the same sentence, when a word follows it.
fn colon_ahead(toks: &[Token], used: &[bool], from: usize) -> Option<usize> {
    let colon = (from..toks.len())
        .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "?" | "!"))
        .find(|&k| toks[k].low == ":")?;
    toks.get(colon + 1)
        .is_some_and(|t| !t.punct && !used[colon + 1])
        .then_some(colon + 1)
}

/// "put it in as a recurring fixture", "lace it into my calendar as a standing block, …":
/// "recurring" or "block" at `i` after "as a" (and perhaps one word on what kind) says what form
/// the entry takes; what follows it names no habit.
fn as_a_recurring(toks: &[Token], i: usize) -> bool {
    // ("as my own block": one's own, too.)
    let as_a = |k: usize| k > 0 && matches!(toks[k].low.as_str(), "a" | "an" | "my") && toks[k - 1].low == "as";
    // "like the tape that records over itself - my own block, going round …": "my own block"
    // says it as well, with or without "as".
    // (Not "my own block of quiet time for reading": a block of what.)
    let my_own = i > 1
        && toks[i - 1].low == "own"
        && toks[i - 2].low == "my"
        && !toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "of" | "for"));
    matches!(toks[i].low.as_str(), "recurring" | "block")
        && i > 1
        && (my_own || as_a(i - 1) || i > 2 && as_a(i - 2) || i > 3 && as_a(i - 3))
}

/// The length of `lead` where it starts at `i`, with words that say how much time may stand
/// before its "time" ("plan in some time to" leads in as "plan time to" does).
fn lead_at(toks: &[Token], i: usize, lead: &[&str]) -> Option<usize> {
    let mut k = i;
    for (n, word) in lead.iter().enumerate() {
        if n > 0 && *word == "time" {
            while toks.get(k).is_some_and(|t| TIME_AMOUNTS.contains(&t.low.as_str())) {
                k += 1;
            }
        }
        (toks.get(k)?.low == *word).then_some(())?;
        k += 1;
    }
    Some(k - i)
}

/// The first run of unclaimed words in `toks[from..to]`, past connecting words, a first-person
/// subject and an opening verb (of a habit too, with `habit`), with connecting words trimmed from
/// its end.
fn words_between(toks: &[Token], used: &[bool], from: usize, to: usize, habit: bool) -> String {
    // "book flights for christmas, … by wednesday": a holiday after "for" is what the work is for,
    // part of the title, even when read as a date.
    // ("ring the council about our Christmas Eve opening hours": or before what of it is meant,
    // after "our" or "the".)
    let holiday_at = |h: usize| toks.get(h).is_some_and(|t| HOLIDAYS.contains(&t.low.as_str()));
    let qualifying = |h: usize| {
        h > 0 && matches!(toks[h - 1].low.as_str(), "our" | "the" | "my" | "their") && {
            let end = h + 1 + usize::from(toks.get(h + 1).is_some_and(|t| matches!(t.low.as_str(), "eve" | "day")));
            toks.get(end)
                .is_some_and(|t| !t.punct && !t.capitalised() && used.get(end) == Some(&false))
        }
    };
    let for_a_holiday = |k: usize| {
        k > 0 && toks[k - 1].low == "for" && holiday_at(k)
            || holiday_at(k) && qualifying(k)
            || k > 0 && matches!(toks[k].low.as_str(), "eve" | "day") && holiday_at(k - 1) && qualifying(k - 1)
    };
    // ("for Morning Prayer": a part of the day capitalised before another capitalised word names
    // a thing, an office of the day, not when it falls; not "EVERY MORNING CHECKING THE TEMPS",
    // shouted.)
    let named_part = |k: usize| {
        toks[k].capitalised()
            && !toks[k].in_capitals()
            && k > 0
            && !matches!(toks[k - 1].low.as_str(), "." | "!" | "?")
            && matches!(toks[k].low.as_str(), "morning" | "evening" | "afternoon" | "night")
            && toks.get(k + 1).is_some_and(|t| t.capitalised() && !t.punct)
    };
    let free = |k: usize| (!used[k] || toks[k].is_email() || for_a_holiday(k) || named_part(k)) && !toks[k].punct;
    let honorific_stop = |k: usize| honorific_stop(toks, k);
    let skip = |k: usize| {
        let low = toks[k].low.as_str();
        // "help me practice guitar": the help asked for is no part of what is done (not "help Dad
        // with the garden").
        let help_me = low == "help" && toks.get(k + 1).is_some_and(|t| t.low == "me");
        // "I am to audit the expense reports" (not "AM yoga", the morning's).
        let i_am = low == "am" && k > 0 && toks[k - 1].low == "i";
        // "due as stated": the date said before, no part of what is done.
        let as_stated = low == "as"
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "stated" | "said" | "mentioned" | "above" | "aforesaid"))
            || matches!(low, "stated" | "said" | "mentioned" | "above" | "aforesaid")
                && k > 0
                && toks[k - 1].low == "as";
        // "make journaling a daily thing": what is made a habit, not made.
        let made_a_habit = habit
            && low == "make"
            && toks[k + 1..]
                .iter()
                .take(5)
                .any(|t| matches!(t.low.as_str(), "thing" | "habit"));
        // "keep 15 minutes each afternoon for stretching": how often, its part of the day taken.
        let each_part = matches!(low, "each" | "every") && k + 1 < to && used[k + 1];
        // "keep 45 minutes free every Friday afternoon for placing the stock order": the time
        // kept free, right after its length and before when or what for, says how it is kept,
        // not what is done (not "15 minutes clear the kitchen", "30 minutes free writing").
        // ("an hour kept free every weekday morning for thesis writing", "two hours blocked out for
        // allotment work": "kept" said too, or blocked out.)
        const KEPT: &[&[&str]] = &[
            &["free"],
            &["clear"],
            &["kept", "free"],
            &["kept", "clear"],
            &["blocked", "out"],
        ];
        let after_length = |j: usize| j > 0 && used[j - 1] && super::durations::is_length(&toks[j - 1].low);
        // How many words say how the time is kept, at `j`.
        let kept_at = |j: usize| {
            KEPT.iter()
                .find(|words| starts_with(toks, j, words))
                .map(|words| words.len())
                .filter(|&len| {
                    after_length(j)
                        && toks
                            .get(j + len)
                            .is_some_and(|t| t.low == "for" || used[j + len] && !t.punct)
                })
        };
        let kept_free = habit && (k.saturating_sub(1)..=k).any(|j| kept_at(j).is_some_and(|len| k < j + len));
        // ("twenty minutes to just tidy the flat": nor how little, after "to" opening it.)
        !free(k)
            || each_part
            || kept_free
            || FILLERS.contains(&low)
            || low == "just" && k > 0 && toks[k - 1].low == "to"
            || SUBJECTS.contains(&low)
            || low == ":"
            || help_me
            || i_am
            || made_a_habit
            || as_stated
    };
    let mut k = from;
    loop {
        if k < to && skip(k) {
            k += 1;
        } else if let Some(verb) = OPENING_VERBS
            .iter()
            .chain(if habit { HABIT_OPENING_VERBS } else { &[] })
            .find(|v| starts_with(toks, k, v) && k < to && free(k) && !phrasal(toks, k + v.len()))
        {
            k += verb.len();
        } else if habit
            && k < to
            && free(k)
            && matches!(toks[k].low.as_str(), "plan" | "schedule")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.low.len() > 4 && t.low.ends_with("ing"))
            // (Only a doing said alone: not "plan shopping list", "plan upcoming week".)
            && toks.get(k + 2).is_none_or(|t| t.punct || used[k + 2])
        {
            // "Please plan swimming twice a week": what is planned, a doing, is the habit.
            k += 1;
        } else if habit && k < to && free(k) && toks[k].low == "do" && bare_noun_at(toks, k + 1) {
            // "i wanna do yoga every day", "do Japanese flashcards": a habit's "do" before what is
            // done says nothing of it (not "do the dishes", "do my stretches").
            k += 1;
        } else if let Some(verb) = TIME_VERBS.iter().find(|v| {
            starts_with(toks, k, v)
                && k < to
                && free(k)
                && toks.get(k + v.len()).is_some_and(|next| {
                    used[k + v.len()]
                        // ("keep to the budget": held to, not time kept.)
                        || matches!(next.low.as_str(), "for" | "to") && !(v[0] == "keep" && next.low == "to")
                })
        }) {
            k += verb.len();
        } else {
            break;
        }
    }
    // "email Halvorsen re: contract": the colon of what the work is about ends nothing.
    let regarding = |k: usize| k > 0 && toks[k].low == ":" && toks[k - 1].low == "re" && k + 1 < to && free(k + 1);
    let mut words: Vec<&Token> = Vec::new();
    while k < to
        && (free(k) || honorific_stop(k) || regarding(k))
        && !TITLE_ENDS.iter().any(|end| starts_with(toks, k, end))
    {
        words.push(&toks[k]);
        k += 1;
    }
    let first = k - words.len();
    // Connecting words, "for me" and a vague "thing" end nothing ("a walk for me", "a Spanish
    // practice thing").
    loop {
        let n = words.len();
        // "Aroha's farewell 🎉 deadline the 11th", "renew the passport - deadline Friday": the
        // word bringing in the day it is due, set apart, before it; "ideally mornings": a wish
        // for when (not "check the grant deadline", "extend the deadline on Friday").
        let before_when = |word: &str| {
            words.last().is_some_and(|t| t.low == word)
                && toks.get(first + n).is_some_and(|t| !t.punct && !free(first + n))
        };
        let set_apart = n >= 2 && !words[n - 2].low.chars().any(char::is_alphanumeric);
        let leads_to_when = before_when("deadline") && set_apart || before_when("ideally");
        // Not "pack my stuff": what is one's own is no vague thing.
        // "a recurring 1-hour gym slot": the slot is the time, not what is done.
        let vague_end = n >= 2
            && matches!(words[n - 1].low.as_str(), "thing" | "stuff" | "slot")
            && !matches!(
                words[n - 2].low.as_str(),
                "my" | "your" | "our" | "his" | "her" | "their" | "the" | "a" | "this" | "that"
            );
        // "1 hour of focus time blocked": how the time is kept, not what is done.
        let kept = n >= 2
            && matches!(
                words[n - 1].low.as_str(),
                "blocked" | "booked" | "reserved" | "scheduled" | "pencilled" | "penciled" | "slotted"
            );
        // "add journaling to my evenings": "my" whose noun was read as the time ends nothing.
        let owner = words
            .last()
            .is_some_and(|t| matches!(t.low.as_str(), "my" | "our" | "your" | "their"));
        // ("Aroha's farewell 🎉": nor an emoji, no word at all.)
        let no_word = words.last().is_some_and(|t| !t.low.chars().any(char::is_alphanumeric));
        if words.last().is_some_and(|t| FILLERS.contains(&t.low.as_str()))
            || vague_end
            || kept
            || owner
            || no_word
            || leads_to_when
        {
            words.pop();
        } else if n >= 2 && words[n - 1].low == "me" && words[n - 2].low == "for" {
            words.truncate(n - 2);
        } else {
            break;
        }
    }
    let mut title = String::new();
    for t in words {
        if !title.is_empty() && t.low != "." && t.low != ":" {
            title.push(' ');
        }
        title.push_str(&t.written());
    }
    title
}

/// Holidays a piece of work may be for ("book flights for christmas").
const HOLIDAYS: &[&str] = &["christmas", "easter", "halloween", "thanksgiving", "diwali", "hanukkah"];

/// What a habit is made of ("make deep work part of my routine", "make yoga a habit", "set up
/// Pilates as a regular thing"): the
/// words between "make" and what it becomes, unless they only point back ("make it a habit").
fn made_habitual(toks: &[Token], used: &[bool]) -> Option<String> {
    // "can u add walking as a habit".
    const MAKES: &[&[&str]] = &[&["make"], &["set", "up"], &["add"]];
    const BECOMES: &[&[&str]] = &[
        &["part", "of"],
        &["a", "habit"],
        &["a", "routine"],
        &["into", "a"],
        &["as", "a"],
    ];
    let (make, len) =
        (0..toks.len()).find_map(|i| MAKES.iter().find(|m| starts_with(toks, i, m)).map(|m| (i, m.len())))?;
    let from = make + len;
    let end = (from..toks.len().min(from + 7)).find(|&k| BECOMES.iter().any(|b| starts_with(toks, k, b)))?;
    // "make for me a habit of …": who it is for is not what it is.
    let from = from + if starts_with(toks, from, &["for", "me"]) { 2 } else { 0 };
    let words = &toks[from.min(end)..end];
    let pointing = words.len() == 1 && matches!(words[0].low.as_str(), "it" | "this" | "that");
    (!words.is_empty() && !pointing && words.iter().enumerate().all(|(k, t)| !t.punct && !used[from + k]))
        .then(|| words.iter().map(Token::written).collect::<Vec<_>>().join(" "))
}

/// Where the nearest clause before the one starting at `from` with a free word starts (past the
/// punctuation between, and past a clause only of what is claimed: "…, 90 mins, has to be done").
fn clause_before(toks: &[Token], used: &[bool], from: usize) -> usize {
    let mut from = from;
    loop {
        let end = (0..from).rev().find(|&k| !toks[k].punct).map_or(0, |k| k + 1);
        let start = (0..end).rev().find(|&k| toks[k].punct).map_or(0, |k| k + 1);
        if start == 0 || (start..end).any(|k| !used[k]) {
            return start;
        }
        from = start;
    }
}

/// Past a "so" in the run of free words from `from`, when someone before it is the subject of a
/// clause of its own ("… says I slack off so cello scales") and no one after it ("I swim so I
/// keep fit", "stretch so my back stops hurting" say what is done before "so").
fn after_so(toks: &[Token], used: &[bool], from: usize) -> Option<usize> {
    let free = |k: usize| !used[k] && !toks[k].punct;
    let so = (from..toks.len())
        .take_while(|&k| free(k))
        .find(|&k| toks[k].low == "so")?;
    let subject = |t: &Token| matches!(t.low.as_str(), "i" | "i'm" | "i've" | "we" | "he" | "she" | "they");
    let clause_after = toks.get(so + 1).is_some_and(|t| {
        subject(t)
            || matches!(
                t.low.as_str(),
                "i'll" | "i'd" | "you" | "it" | "that" | "my" | "our" | "your" | "his" | "her" | "their"
            )
    });
    let story = toks[from..so].iter().any(subject);
    (story && !clause_after && so + 1 < toks.len() && free(so + 1)).then_some(so + 1)
}

/// A run that opens by asking the assistant ("Could you put", "can you block").
fn asks_the_assistant(run: &str) -> bool {
    let low = run.to_lowercase();
    [
        "could you ",
        "can you ",
        "would you ",
        "will you ",
        "could u ",
        "can u ",
        "would u ",
    ]
    .iter()
    .any(|ask| low.starts_with(ask))
}

/// The words after the "you" of an ask opening the run at `from` ("Could you add running …"),
/// when they name something.
fn past_the_ask(toks: &[Token], used: &[bool], from: usize, habit: bool) -> Option<String> {
    let you = (from..toks.len()).take(3).find(|&k| toks[k].low == "you")?;
    let words = words_between(toks, used, you + 1, toks.len(), habit);
    (!words.is_empty() && !names_nothing(&words)).then_some(words)
}

/// What the one asking says they will do ("I'll write poetry and then …", "I will stretch …"), up
/// to "and then" or the end of its clause.
fn said_they_would(toks: &[Token], used: &[bool], habit: bool) -> Option<String> {
    // "So I decide: I will stretch my calves …": "I will" too.
    let at = (0..toks.len()).find(|&k| {
        !used[k]
            && (matches!(toks[k].low.as_str(), "i'll" | "i'd")
                || toks[k].low == "will" && k > 0 && toks[k - 1].low == "i")
    })?;
    let end = (at + 1..toks.len())
        .find(|&k| toks[k].punct || starts_with(toks, k, &["and", "then"]))
        .unwrap_or(toks.len());
    let words = words_between(toks, used, at + 1, end, habit);
    (!words.is_empty() && !names_nothing(&words)).then_some(words)
}

/// A title that names nothing: a word pointing back, a calendar entry as such, a lone "is"
/// ("Deadline is 15 December"), or how long it recurs ("recurring with no end date", "a recurring
/// block that just keeps going").
fn names_nothing(title: &str) -> bool {
    // "I'd like it done by next Friday": what is pointed at, wanted finished.
    let pointed_done = matches!(
        title.split_once(' '),
        Some((
            "it" | "this" | "that",
            "done" | "finished" | "sorted" | "completed" | "handled"
        ))
    );
    // "set it at an hour and a half": a verb of what it takes, pointing back.
    let sets_it = matches!(
        title.split_once(' '),
        Some(("set" | "mark" | "clock" | "put" | "log", rest)) if rest == "it" || rest.starts_with("it ")
    );
    // "a to-do standing by itself", "a task all of its own": how the entry stands, not what is
    // done.
    let stands_alone = ["by itself", "of its own", "on its own"]
        .iter()
        .any(|end| title.ends_with(end))
        && title.split(' ').count() <= 5;
    pointed_done
        || sets_it
        || stands_alone
        || title.starts_with("with no end")
        || title.starts_with("without end")
        || ["", "block ", "slot ", "event "].iter().any(|entry| {
            title.starts_with(&format!("{entry}that just keeps")) || title.starts_with(&format!("{entry}that keeps"))
        })
        || matches!(
            title,
            "it" | "this"
                | "that"
                // "a to-do just for me": how the entry is, not what is done.
                | "just"
                | "only"
                | "event"
                | "entry"
                | "appointment"
                | "item"
                | "thing"
                | "slot"
                | "block"
                | "spot"
                | "is"
                | "was"
        )
}

/// "see someone", "do something", "sort out stuff", "talk to someone about this soon": a task's
/// title that is a verb (with its particle) and a word naming no one and nothing in particular
/// says nothing to do.
pub(crate) fn vague(title: &str) -> bool {
    const INDEFINITE: &[&str] = &[
        "someone",
        "somebody",
        "something",
        "anyone",
        "anybody",
        "anything",
        "stuff",
        "things",
    ];
    let mut words: Vec<&str> = title.split_whitespace().collect();
    // "remind me abt the 3pm with Ana": a word of what about, and nothing named after it.
    if let [only] = words.as_slice()
        && matches!(only.to_lowercase().as_str(), "about" | "abt" | "re" | "regarding")
    {
        return true;
    }
    // "talk to someone about this soon": about nothing named either, whenever.
    if let [.., "soon" | "later" | "sometime" | "eventually"] = words.as_slice() {
        words.pop();
    }
    if let [.., "about", "this" | "that" | "it"] = words.as_slice() {
        words.truncate(words.len() - 2);
    }
    (2..=3).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| INDEFINITE.contains(&w.to_lowercase().as_str()))
}

/// The words after a lead other than `lead`, the first in the list's order that names something.
fn other_lead(
    toks: &[Token],
    used: &[bool],
    leads: &[&[&str]],
    lead: Option<(usize, usize)>,
    habit: bool,
) -> Option<String> {
    leads.iter().find_map(|l| {
        (0..toks.len())
            .filter(|&i| starts_with(toks, i, l) && !used[i] && lead.is_none_or(|(at, _)| at != i))
            .map(|i| words_between(toks, used, i + l.len(), toks.len(), habit))
            .find(|words| !words.is_empty() && !names_nothing(words))
    })
}

/// Past a colon that follows `from` within three words of the same clause, or a list named just
/// before it ("on my jobs list:"): where what it introduces starts, when free words follow (not
/// "deep work: every Saturday", whose colon introduces how often).
fn introduced(toks: &[Token], used: &[bool], from: usize) -> Option<usize> {
    let colon = (from..toks.len().min(from + 9))
        .take_while(|&k| !toks[k].punct || matches!(toks[k].low.as_str(), ":" | ","))
        .find(|&k| toks[k].low == ":")?;
    // "One for the to-do list, please:": a list just before, a "please" aside.
    let listed = (0..colon).rev().take(8).any(|k| {
        list_at(toks, k).is_some_and(|len| (k + len..colon).all(|j| toks[j].punct || toks[j].low == "please"))
    });
    let after = toks.get(colon + 1).is_some_and(|t| !t.punct && !used[colon + 1]);
    (after && (colon > from && colon <= from + 3 || listed)).then_some(colon + 1)
}

/// Where a clause opened by the one asking starts ("I have undertaken to …" after "Hi, for your
/// records:"), when one follows punctuation, with or without a conjunction ("…, so I've made up
/// my mind to …").
fn first_person_clause(toks: &[Token]) -> Option<usize> {
    first_person_clauses(toks).next()
}

/// Where each clause in `toks` that the one asking opens ("I …", "so I've …") starts; not an
/// aside set off by commas ("The brakes, I have learned, are a rumour").
fn first_person_clauses(toks: &[Token]) -> impl Iterator<Item = usize> + '_ {
    (1..toks.len()).filter(|&k| {
        let opens = toks[k - 1].punct
            || k > 1 && toks[k - 2].punct && matches!(toks[k - 1].low.as_str(), "so" | "and" | "but" | "which");
        // (A remark of knowing or hearing only: not "Right, I'll stretch daily, 10 mins, …".)
        let aside = toks[k - 1].low == ","
            && toks[k + 1..].iter().take(3).any(|t| t.low == ",")
            && toks[k + 1..].iter().take(2).any(|t| {
                matches!(
                    t.low.as_str(),
                    "learned"
                        | "learnt"
                        | "heard"
                        | "think"
                        | "guess"
                        | "suppose"
                        | "believe"
                        | "know"
                        | "fear"
                        | "gather"
                        | "reckon"
                        | "admit"
                        | "hope"
                )
            });
        // ("Journal, I must also ask you to pass a note …", "Dear Journal, I write to you from the
        // high end of a seesaw": nor one asking the one written to, or saying one writes.)
        let asks_you = (k + 1..toks.len().min(k + 5)).any(|j| {
            toks[j].low == "ask" && starts_with(toks, j + 1, &["you"])
                || matches!(toks[j].low.as_str(), "write" | "writing") && starts_with(toks, j + 1, &["to", "you"])
        });
        opens && !aside && !asks_you && matches!(toks[k].low.as_str(), "i" | "i've" | "i'm" | "i'll" | "i'd" | "we")
    })
}

/// "I'm not allowed to speak …: I've got to audit the expense reports this week. Could you slip
/// it onto my to-do list as a task": of the clauses the one asking opens before `at`, the last
/// whose sentence names when (a claimed word), else the first.
fn own_clause(toks: &[Token], used: &[bool], at: usize) -> Option<usize> {
    let dated = |k: usize| {
        (k..at)
            .take_while(|&j| !matches!(toks[j].low.as_str(), "." | "?" | "!"))
            .any(|j| used[j] && !toks[j].punct)
    };
    // "Dear Journal, I write to you … I sat down on the seesaw … the finance director has asked me
    // to audit the expense reports this week": what one has been asked to do, against its
    // deadline, before an undated clause of one's own (not "I need to renew my passport. It has
    // to happen by Friday").
    let asked = infinitive_before_claimed(toks, used, at).filter(|&k| {
        k > 1 && toks[k - 1].low == "me" && matches!(toks[k - 2].low.as_str(), "asked" | "told" | "wants")
    });
    first_person_clauses(&toks[..at])
        .filter(|&k| dated(k))
        .last()
        .or(asked)
        .or_else(|| first_person_clause(&toks[..at]))
}

/// "my name's come out of the hat to audit the expense reports this week. Keep it on file as a
/// task": where the last free "to" before `at` opens a run of free words that ends against a
/// claimed one (the deadline or the length), the work done.
fn infinitive_before_claimed(toks: &[Token], used: &[bool], at: usize) -> Option<usize> {
    (1..at).rev().find(|&k| {
        // Not "needs to be done by the 11th".
        toks[k].low == "to" && !used[k] && toks.get(k + 1).is_some_and(|t| t.low != "be") && {
            let end = (k + 1..at).find(|&e| used[e] || toks[e].punct).unwrap_or(at);
            end > k + 1 && end < at && used[end] && !toks[end].punct
        }
    })
}

/// The free words after a length and "of" ("90 mins of Spanish revision") or "for" a doing ("45
/// minute for making momo achar"), if any.
fn length_of(toks: &[Token], used: &[bool]) -> Option<String> {
    let of = (1..toks.len()).find(|&i| {
        (toks[i].low == "of"
            || toks[i].low == "for"
                && toks
                    .get(i + 1)
                    .is_some_and(|t| t.low.len() > 4 && t.low.ends_with("ing")))
            && !used[i]
            && used[i - 1]
            && super::durations::is_length(&toks[i - 1].low)
            && toks.get(i + 1).is_some_and(|t| !used[i + 1] && !t.punct)
    })?;
    let words = words_between(toks, used, of + 1, toks.len(), true);
    (!words.is_empty()).then_some(words)
}

/// "send the contract to Mrs. Ionescu": an honorific's full stop at `k` ends nothing; nor does a
/// saint's, before the name in the possessive ("the condition report for the St. Mary's organ";
/// not "on Church St. It closes early", a street's).
fn honorific_stop(toks: &[Token], k: usize) -> bool {
    k > 0
        && toks[k].low == "."
        && (crate::intent::people::HONORIFICS.contains(&toks[k - 1].low.as_str())
            || toks[k - 1].orig == "St" && toks.get(k + 1).is_some_and(|t| t.capitalised() && t.possessive))
}

/// Where the first run of free words that ends against a claimed word (a frequency, a length)
/// starts, or 0.
fn run_before_claimed(toks: &[Token], used: &[bool]) -> usize {
    // ("… for Mrs. Ito until the 8th": an honorific's full stop ends no run.)
    let free = |k: usize| !used[k] && (!toks[k].punct || honorific_stop(toks, k));
    let mut start = 0;
    for k in 0..toks.len() {
        if !free(k) {
            if used[k] && k > start && !toks[k].punct {
                return start;
            }
            start = k + 1;
        }
    }
    0
}

/// A word at `k` that opens a noun without an article or owner ("yoga", "Japanese flashcards").
fn bare_noun_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        !t.punct
            && !matches!(
                t.low.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "my"
                    | "your"
                    | "our"
                    | "his"
                    | "her"
                    | "their"
                    | "some"
                    | "it"
                    | "this"
                    | "that"
                    | "so"
                    | "not"
                    | "more"
            )
    })
}

/// A particle at `k` makes the verb before it part of what is done ("put together the plan").
fn phrasal(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "together" | "away" | "out" | "off" | "back" | "down" | "up"
        )
    })
}

/// `'finish slides'`, `"Q3 report"`: the words between a pair of matching quote marks, not a
/// word of a story quoted after "the", "by", "a" or "was" ("by 'here' I mean", "the 'monkey', as
/// we're known", "I was 'a loyal friend'", "(hereinafter 'the Driver')"), nor a sentence said
/// ("Usage: 'Help, I am in the sofa bed.'"), nor what a word means ("from the French for 'never
/// again'").
fn quoted(toks: &[Token]) -> Option<String> {
    // ("SCREENPLAY, WORKING TITLE 'THE ATTIC'": a work's name, too.)
    let storied = |k: usize| {
        k > 0
            && matches!(
                toks[k - 1].low.as_str(),
                "the" | "by" | "a" | "an" | "was" | "were" | "hereinafter"
            )
            // (In a heading's capitals: not "add a task with working title 'Budget draft'".)
            || k > 1 && toks[k - 1].orig == "TITLE" && toks[k - 2].low == "working"
    };
    // (A sentence of five words or more, set off by a comma and ending in a stop; not "Title it
    // 'Call the bank.'".)
    let said = |words: &[Token]| {
        words.len() >= 5
            && words.iter().any(|t| t.low == ",")
            && words.last().is_some_and(|t| matches!(t.low.as_str(), "." | "!" | "?"))
    };
    let meaning = |k: usize| {
        k > 1
            && toks[k - 1].low == "for"
            && matches!(
                toks[k - 2].low.as_str(),
                "french" | "latin" | "greek" | "german" | "italian" | "spanish" | "slang" | "short"
            )
    };
    let mut from = 0;
    while let Some(open) = (from..toks.len()).find(|&k| toks[k].punct && matches!(toks[k].low.as_str(), "'" | "\"")) {
        let len = toks[open + 1..]
            .iter()
            .position(|t| t.punct && t.low == toks[open].low)?;
        let words = &toks[open + 1..open + 1 + len];
        // ("A SOUVENIR TIN OF 'GENUINE MOUNTAIN AIR' FROM THE GIFT SHOP": a name in a heading's
        // capitals, the word before it shouted too.)
        // (Three words or more of capitals before it: not "send the HR 'NEW STARTER PACK'", "URGENT
        // 'FINAL BUDGET'".)
        let shouted = words.len() > 1
            && open > 2
            && toks[open - 3..open]
                .iter()
                .all(|t| !t.punct && t.orig.chars().all(|c| !c.is_lowercase()))
            && toks[open - 3..open].iter().filter(|t| t.orig.len() > 1).count() >= 2
            && words.iter().all(|t| t.orig.chars().all(|c| !c.is_lowercase()));
        if !storied(open) && !words.is_empty() && !said(words) && !meaning(open) && !shouted {
            return Some(words.iter().map(Token::written).collect::<Vec<_>>().join(" "));
        }
        from = open + len + 2;
    }
    None
}

/// `on my todo list`, `to the list`, `to my tasks`: the tokens it takes.
fn list_at(toks: &[Token], i: usize) -> Option<usize> {
    let lead = usize::from(matches!(toks[i].low.as_str(), "on" | "to" | "onto" | "in" | "for"));
    let owner = usize::from(
        toks.get(i + lead)
            .is_some_and(|t| matches!(t.low.as_str(), "my" | "the" | "our")),
    );
    if lead + owner == 0 {
        return None;
    }
    // "on my jobs list": a word naming the list before "list".
    if lead + owner == 2 && starts_with(toks, i + 3, &["list"]) && !toks[i + 2].punct {
        return Some(4);
    }
    let noun = LIST_NOUNS.iter().find(|n| starts_with(toks, i + lead + owner, n))?;
    // "update the calendar" names a thing to do; "in my calendar" where it goes.
    if lead == 0 && matches!(noun.first().copied(), Some("calendar" | "diary")) {
        return None;
    }
    // ("Kindly add to my list of tasks: submit …": the list named with what it holds.)
    let holds = [&["of", "tasks"][..], &["of", "to-dos"], &["of", "things", "to", "do"]]
        .iter()
        .find(|held| *noun == ["list"] && starts_with(toks, i + lead + owner + 1, held))
        .map_or(0, |held| held.len());
    Some(lead + owner + noun.len() + holds)
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn task(text: &str) -> String {
        let toks = tokenize(text);
        title(&toks, &vec![false; toks.len()], false)
    }

    #[test]
    fn quoted_listed_and_first_person_titles() {
        assert_eq!(task("put 'finish slides' on my todo list"), "finish slides");
        assert_eq!(task("add buy milk to my to-do list"), "buy milk");
        assert_eq!(task("todo: call mum"), "call mum");
        let toks = tokenize("I usually go swimming");
        assert_eq!(title(&toks, &vec![false; toks.len()], true), "go swimming");
        // "add" opens the request; "reserve" with nothing claimed after it is what is done.
        assert_eq!(task("add running"), "running");
        assert_eq!(task("reserve a table at Luigi's"), "reserve a table at Luigi's");
    }
}
