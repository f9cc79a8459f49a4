//! Times of day and parts of day: "3pm", "15:30", "noon", "half past two", "between 2 and 4pm",
//! "before 11am", "from 2pm", "morning", "lunchtime".

mod routine;
mod spelled;

use chrono::{NaiveTime, TimeDelta, Timelike};

use super::lexer::{Token, starts_with};
use super::{PartOfDay, TimeOfDay};

/// Finds the time of day mentioned among the unused tokens (a clock time or range wins over a
/// part of day) and marks its tokens used. Two parts offered as alternatives ("morning or
/// afternoon") leave the day open.
pub(crate) fn extract(toks: &[Token], used: &mut [bool]) -> Option<TimeOfDay> {
    let routine = routine::sentences(toks);
    let mut part = None;
    let mut i = 0;
    while i < toks.len() {
        if used[i] || toks[i].punct {
            i += 1;
            continue;
        }
        // "I teach until lunch most days. Can you find …": the hours of one's routine, told
        // in a sentence of their own, are not the ones asked for.
        if routine[i] {
            i += 1;
            continue;
        }
        let free = |(len, _): &(usize, TimeOfDay)| !(i..i + len).any(|k| used[k]);
        if let Some((len, time)) = bare_range(toks, i)
            .filter(free)
            .or_else(|| clock_phrase(toks, i).filter(free))
            .or_else(|| hour_after_day(toks, i).filter(free))
            .or_else(|| meeting_by_its_hour(toks, i).filter(free))
            .or_else(|| from_alone(toks, i).filter(free))
        {
            used[i..i + len].iter_mut().for_each(|u| *u = true);
            return Some(half_of_day_named(toks, i..i + len, time));
        }
        // "later in the afternoon, say 4": a bare hour offered after "say" is the time meant.
        if toks[i].low == "say"
            && let Some((len, time)) = hour_at(toks, i + 1).filter(|&(len, _)| !(i + 1..i + 1 + len).any(|k| used[k]))
        {
            used[i..=i + len].iter_mut().for_each(|u| *u = true);
            return Some(time);
        }
        // "Good afternoon," greets; it names no time.
        let greeting = i > 0 && toks[i - 1].low == "good" && (i == 1 || toks[i - 2].punct);
        // "a run of night shifts": a part of day naming a shift names the work, not a time.
        let shift = toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "shift" | "shifts"));
        // "before opening night", "the first night of the run": a night named for what happens
        // on it is an occasion, not the time asked for.
        let occasion = toks[i].low == "night"
            && i > 0
            && (toks[i - 1].low == "first"
                || toks[i - 1].low.ends_with("ing")
                    && toks[i - 1].low != "during"
                    && part_word(&toks[i - 1].low).is_none());
        if part.is_none()
            && !greeting
            && !shift
            && !occasion
            && let Some((len, p)) = part_at(toks, i)
        {
            let either = starts_with(toks, i + len, &["or"])
                .then(|| part_at(toks, i + len + 1))
                .flatten()
                .map(|(other, _)| len + 1 + other);
            part = Some((i, either.unwrap_or(len), either.is_none().then_some(p)));
            i += len;
            continue;
        }
        i += 1;
    }
    let (i, len, p) = part?;
    used[i..i + len].iter_mut().for_each(|u| *u = true);
    p
}

/// "my 6:30 spin class tomorrow morning", "the 7:30 breakfast": a bare hour from 1 to 7 (in
/// `phrase`, read as the afternoon's) is the morning's when "morning" follows within a few words
/// of the same clause, with nothing between that moves, bounds or joins it ("the 4:30 to Thursday
/// morning"), or "breakfast" right after it or a few words before it in its clause ("breakfast
/// at 7:30"; not "6:30 dinner and breakfast", "Cancel breakfast, 5:30 drinks"); "one hour
/// tonight at 8", "at 9 this evening": a bare hour from 8 to 11 is the evening's when "tonight"
/// or "evening" is right beside it.
fn half_of_day_named(toks: &[Token], phrase: std::ops::Range<usize>, time: TimeOfDay) -> TimeOfDay {
    let written = toks[phrase.clone()].iter().find_map(|t| {
        let (hour, rest) = t.low.split_once([':', '.']).unwrap_or((t.low.as_str(), ""));
        let marked = rest.contains(['a', 'p']);
        hour.parse::<u32>().ok().filter(|_| !marked)
    });
    // "any evening mon 7th to thu 10th, after 8": a bare hour from 6 to 11 after which an evening
    // asked for begins is the evening's (not with a morning named too).
    if let TimeOfDay::After(at) = time {
        // (Not "night": "on nights, find time after 8" may be the morning after a shift; nor an
        // evening ruled out or of another day: "no evenings please", "this evening's dinner is
        // off", "I'm out tonight".)
        let evening = (0..toks.len()).any(|k| {
            matches!(toks[k].low.as_str(), "evening" | "evenings")
                && !toks[k].possessive
                && k > 0
                && matches!(
                    toks[k - 1].low.as_str(),
                    "any" | "an" | "the" | "in" | "weekday" | "one"
                )
        })
        // ("anything on tonight after 8?": or "tonight", read as today's evening, right before the
        // bound.)
        || phrase.start > 0
            && (toks[phrase.start - 1].low == "tonight"
                || toks[phrase.start - 1].low == "evening" && phrase.start > 1 && toks[phrase.start - 2].low == "today");
        let morning = toks.iter().any(|t| part_word(&t.low) == Some(PartOfDay::Morning));
        return if evening && !morning && written.is_some_and(|h| (6..=11).contains(&h) && at.hour() == h) {
            TimeOfDay::After(hm(at.hour() + 12, at.minute()))
        } else {
            time
        };
    }
    let TimeOfDay::At(at) = time else { return time };
    let (start, end) = (phrase.start, phrase.end);
    let bare = written.is_some_and(|h| (1..=7).contains(&h) && at.hour() == h + 12);
    let morning = (end..toks.len().min(end + 5))
        .take_while(|&k| {
            !toks[k].punct
                && !matches!(
                    toks[k].low.as_str(),
                    "to" | "into" | "till" | "until" | "over" | "from" | "or"
                )
        })
        .take_while(|&k| !matches!(toks[k].low.as_str(), "and" | "instead" | "about" | "re" | "after" | "for"))
        .any(|k| part_word(&toks[k].low) == Some(PartOfDay::Morning) || toks[k].low == "breakfast" && k == end)
        // "breakfast at 7:30", "breakfast with investors at 7": a morning's meal, just before, in
        // the same clause.
        || (start.saturating_sub(4)..start)
            .rev()
            .take_while(|&k| !toks[k].punct)
            .any(|k| toks[k].low == "breakfast");
    // ("tonight" reads as "today evening"; not "this evening or at 10 tomorrow", "at 11, evening
    // dinner": another time, or another clause.)
    let evening = |k: usize| toks.get(k).is_some_and(|t| t.low == "evening");
    let joins = |k: usize| {
        toks.get(k)
            .is_some_and(|t| !t.punct && !matches!(t.low.as_str(), "or" | "and"))
    };
    // ("Friday evening, 8:30 works": the hour right after the evening and its comma.)
    let beside = start > 0 && evening(start - 1)
        || start > 1 && evening(start - 2) && (joins(start - 1) || toks[start - 1].low == ",")
        || evening(end)
        || evening(end + 1) && joins(end);
    let tonight = beside && written.is_some_and(|h| (8..=11).contains(&h) && at.hour() == h);
    // "cancel my blood test at the clinic on wed 2nd at 7:40", "bk physio … fri 4/12 7:45", "a
    // safety briefing on Monday at 7:30": seven o'clock and some minutes, for what is done before
    // the working day (a clinic's test or treatment, a briefing or a standup), with nothing of the
    // evening anywhere in the request, is the morning's (not "dinner on sunday at 7:30", "the 7:30
    // book club", "choir rehearsal Thursday at 7:30", a call "once the kids are asleep": evenings,
    // however said).
    let minutes_past_seven = toks[start..end].iter().any(|t| {
        t.low
            .split_once(':')
            .is_some_and(|(h, m)| h == "7" && m.len() == 2 && m.parse::<u32>().is_ok_and(|m| m > 0))
    }) && at.hour() == 19;
    // ("… at 7:45 before work", "she starts early": or said to come before it.)
    let before_work = (0..toks.len())
        .any(|k| starts_with(toks, k, &["before", "work"]) || starts_with(toks, k, &["before", "the", "office"]));
    let before_the_working_day = before_work
        || toks.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "physio"
                    | "physiotherapy"
                    | "blood"
                    | "clinic"
                    | "dentist"
                    | "gp"
                    | "scan"
                    | "x-ray"
                    | "vaccination"
                    | "jab"
                    | "fasting"
                    | "briefing"
                    | "standup"
                    | "stand-up"
                    | "huddle"
                    | "early"
            )
        });
    let of_the_evening = of_the_evening(toks);
    if bare && (morning || minutes_past_seven && before_the_working_day && !of_the_evening) {
        TimeOfDay::At(hm(at.hour() - 12, at.minute()))
    } else if tonight {
        TimeOfDay::At(hm(at.hour() + 12, at.minute()))
    } else {
        time
    }
}

/// Whether anything in `toks` says the evening: a part of the day after the morning, or an
/// evening's outing ("dinner", "drinks", "the pub quiz", "a curry", "the carol concert").
pub(crate) fn of_the_evening(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        part_word(&t.low).is_some_and(|part| part != PartOfDay::Morning)
            || matches!(
                t.low.as_str(),
                "dinner"
                    | "supper"
                    | "drinks"
                    | "party"
                    | "gig"
                    | "concert"
                    | "show"
                    | "theatre"
                    | "theater"
                    | "cinema"
                    | "movie"
                    | "film"
                    | "club"
                    | "pub"
                    | "quiz"
                    | "curry"
                    | "carol"
                    | "carols"
                    | "bar"
                    | "date"
                    | "night"
                    | "nights"
                    | "pm"
                    | "p.m"
            )
    })
}

/// A part of day starting at `i`, as a [`TimeOfDay`].
pub(crate) fn part_at(toks: &[Token], i: usize) -> Option<(usize, TimeOfDay)> {
    // ("… evening or": nothing after the "or".)
    toks.get(i)?;
    if starts_with(toks, i, &["lunch", "time"]) {
        return Some((2, lunch()));
    }
    if ["over", "at", "around", "during"]
        .iter()
        .any(|lead| starts_with(toks, i, &[lead, "lunch"]))
    {
        return Some((2, lunch()));
    }
    if starts_with(toks, i, &["first", "thing"]) {
        return Some((2, TimeOfDay::Part(PartOfDay::Morning)));
    }
    // "read for half an hour before bed", "at bedtime": the evening, when no other part of the day
    // is named ("I'll check before bed. Book a call on Monday morning."; "every night" agrees).
    let bedtime = starts_with(toks, i, &["before", "bed"])
        || starts_with(toks, i, &["before", "bedtime"])
        || starts_with(toks, i, &["at", "bedtime"]);
    if bedtime
        && !toks
            .iter()
            .any(|t| part_word(&t.low).is_some_and(|p| p != PartOfDay::Evening))
    {
        return Some((2, TimeOfDay::Part(PartOfDay::Evening)));
    }
    if toks[i].low == "lunchtime" {
        return Some((1, lunch()));
    }
    // "tomorrow am", "Monday pm": the morning or the afternoon of the day just named; "17-18 Dec,
    // pm": or set off by a comma on its own after the days (not "Cc: Leo, PM", someone's post).
    let after_days = i > 1
        && toks[i - 1].low == ","
        && (super::dates::month(&toks[i - 2].low).is_some()
            || super::dates::weekday(&toks[i - 2].low).is_some()
            || toks[i - 2].low.starts_with(|c: char| c.is_ascii_digit()))
        && toks.get(i + 1).is_none_or(|t| t.punct)
        && !toks[i].in_capitals();
    if let Some(prev) = i.checked_sub(1).map(|p| toks[p].low.as_str())
        && (matches!(prev, "today" | "tomorrow")
            || super::dates::weekday(prev).is_some()
            || after_days
            // ("-> fri 11 dec am": or a date's month, ending the request.)
            || super::dates::month(prev).is_some() && toks.get(i + 1).is_none_or(|t| t.punct) && !toks[i].in_capitals())
    {
        match toks[i].low.as_str() {
            "am" => return Some((1, TimeOfDay::Part(PartOfDay::Morning))),
            "pm" => return Some((1, TimeOfDay::Part(PartOfDay::Afternoon))),
            _ => {}
        }
    }
    // "pm only", "am only": a part of the day however it is written.
    if toks.get(i + 1).is_some_and(|t| t.low == "only") {
        match toks[i].low.as_str() {
            "am" => return Some((1, TimeOfDay::Part(PartOfDay::Morning))),
            "pm" => return Some((1, TimeOfDay::Part(PartOfDay::Afternoon))),
            _ => {}
        }
    }
    // "w/ Ayşe + the night porters", "for the hospice night team": those who work at night, no
    // part of the day asked for.
    // (Not "Friday night team drinks", "late night crew call", "movie night team outing": a night
    // named by its day or what fills it, then its event.)
    let night_workers = toks[i].low == "night"
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "porter"
                    | "porters"
                    | "team"
                    | "staff"
                    | "nurse"
                    | "nurses"
                    | "crew"
                    | "manager"
                    | "guard"
                    | "guards"
                    | "workers"
            )
        })
        && i > 0
        && (toks[i - 1].low == "the" || toks[i - 1].low.len() > 3 && super::dates::weekday(&toks[i - 1].low).is_none())
        && !matches!(
            toks[i - 1].low.as_str(),
            "late" | "tomorrow" | "tonight" | "movie" | "game" | "quiz" | "karaoke" | "date" | "every"
        )
        && toks.get(i + 2).is_none_or(|t| {
            !matches!(
                t.low.as_str(),
                "drinks"
                    | "party"
                    | "dinner"
                    | "social"
                    | "meeting"
                    | "call"
                    | "bowling"
                    | "building"
                    | "outing"
                    | "lunch"
            )
        });
    // "in last night's storm", "since yesterday morning's call": a part of a day gone, told, no
    // part asked for.
    // (Not the slot asked for: "the same slot as yesterday afternoon's call".)
    let gone = i > 0
        && matches!(toks[i - 1].low.as_str(), "last" | "yesterday")
        && toks[i].possessive
        && !(i > 1 && toks[i - 2].low == "as");
    // ("Quiz night's getting too big 🙈 can you find an hour … tomorrow afternoon": a night named by
    // what fills it, told of as the subject of the story, another part of the day asked for.)
    let told_night = toks[i].low == "night"
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "quiz" | "movie" | "film" | "game" | "games" | "karaoke" | "bingo" | "poker" | "trivia" | "curry"
        )
        && (i == 1 || matches!(toks[i - 2].low.as_str(), "." | "!" | "?"))
        && (toks[i].possessive
            || toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "is" | "was" | "has" | "keeps")))
        // (Asked of a day: "tomorrow afternoon"; not "I'm working all afternoon though", "keep my
        // morning clear", "not in the afternoon".)
        && (1..toks.len()).any(|k| {
            k != i
                && part_word(&toks[k].low).is_some_and(|p| p != PartOfDay::Evening)
                && (matches!(toks[k - 1].low.as_str(), "today" | "tomorrow")
                    || super::dates::weekday(&toks[k - 1].low).is_some())
        });
    // ("… to wed, same time — organ tuner's in that night", "push it back to eleven, the milk
    // tanker's coming late that morning": the part of the day pointed back to in a clause telling
    // why, the new hour given before it.)
    // (Only in a move, the hour closing its phrase, and the clause telling, not asking: not "I'm
    // driving to 10 Downing Street …", "Reply to 3 emails …", "same time as last week? If not,
    // anything that afternoon".)
    let clause = (0..i)
        .rev()
        .find(|&k| matches!(toks[k].low.as_str(), "," | "-" | "–" | "—" | "." | "?" | "!"))
        .map_or(0, |k| k + 1);
    let pointed_after_hour = i > 0
        && toks[i - 1].low == "that"
        && toks[..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "move" | "shift" | "push" | "reschedule" | "go"))
        && !toks[clause..i].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "anything" | "find" | "book" | "can" | "could" | "any" | "if" | "and" | "block"
            )
        })
        && (toks[..i]
            .windows(3)
            .any(|w| w[0].low == "same" && w[1].low == "time" && w[2].low != "as")
            || (0..i - 1).any(|k| {
                toks[k].low == "to"
                    && toks.get(k + 1).is_some_and(|t| {
                        t.low.starts_with(|c: char| c.is_ascii_digit()) || spelled::hour_word(&t.low).is_some()
                    })
                    && toks
                        .get(k + 2)
                        .is_none_or(|t| t.punct || matches!(t.low.as_str(), "am" | "pm" | "o'clock"))
            }));
    // ("… as I have been asked to attend a completion meeting that morning. Would you kindly find an
    // alternative … in the afternoon?": so too before another part of the day asked for.)
    // (Not "Move my Tuesday 3pm call … to that morning", the part moved to.)
    let pointed_before_another = i > 1
        && toks[i - 1].low == "that"
        && !matches!(toks[i - 2].low.as_str(), "to" | "for" | "until" | "till" | "into")
        && (i + 1..toks.len()).any(|k| {
            toks[k - 1].low != "that" && part_word(&toks[k].low).is_some_and(|p| Some(p) != part_word(&toks[i].low))
        })
        && !toks[clause..i].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "anything" | "find" | "book" | "can" | "could" | "any" | "if" | "and" | "block"
            )
        });
    if night_workers || gone || told_night || pointed_after_hour || pointed_before_another {
        return None;
    }
    part_word(&toks[i].low).map(|p| (1, TimeOfDay::Part(p)))
}

/// `morning(s)`, `afternoon(s)`, `evening(s)`, `night(s)`.
pub(crate) fn part_word(low: &str) -> Option<PartOfDay> {
    match low.strip_suffix('s').unwrap_or(low) {
        "morning" => Some(PartOfDay::Morning),
        "afternoon" => Some(PartOfDay::Afternoon),
        "evening" | "night" => Some(PartOfDay::Evening),
        _ => None,
    }
}

fn lunch() -> TimeOfDay {
    TimeOfDay::Between(hm(12, 0), hm(14, 0))
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

/// A clock expression at `i`: a range, a bound, or a single time.
fn clock_phrase(toks: &[Token], i: usize) -> Option<(usize, TimeOfDay)> {
    let low = toks.get(i)?.low.as_str();
    // "the 16.12", "on 18.12.", "deadline 15.12.": a day and month, not a time; with its closing
    // full stop after a word of deadlines (not "tomorrow 10.10.", a time), or after "the deadline
    // is".
    let dotted = toks.get(i + 1).is_some_and(|t| t.low == ".")
        && i > 0
        && (matches!(
            toks[i - 1].low.as_str(),
            "deadline" | "due" | "by" | "until" | "till" | "before"
        ) || i > 1 && toks[i - 2].low == "deadline" && toks[i - 1].low == "is");
    if (dotted || i > 0 && matches!(toks[i - 1].low.as_str(), "the" | "on"))
        && super::dates::day_and_month(low).is_some()
    {
        return None;
    }
    // "after school (3.30 onwards)", "4pm onwards": an hour written as a clock's and the rest of
    // the day after it (not "from Dec 5 onwards", "for ages 8 onwards").
    if toks.iter().skip(i + 1).take(3).any(|t| t.low == "onwards")
        && let Some((len, c)) = clock(toks, i, true)
        && toks.get(i + len).is_some_and(|t| t.low == "onwards")
        && (written_clock(&toks[i]) || toks[i].low.contains('.') || len > 1)
    {
        return Some((len + 1, TimeOfDay::After(c.time())));
    }
    // "tmrw's 1900 drinks", "Mon 7th 1530": four digits right after a day, an hour of the 24-hour
    // clock (not "December 2026", a year after a month, nor "the 7th 2027"; nor before what is
    // counted or a street's name, "Tuesday 1500 words", "the 3rd 1000 copies", "Tuesday 1234 Oak
    // Road").
    let counted = || {
        toks.get(i + 1).is_some_and(|n| {
            !n.punct
                && (n.capitalised() && super::dates::weekday(&n.low).is_none()
                    || n.low.len() > 3
                        && n.low.ends_with('s')
                        && !super::people::MEETING_NOUNS.contains(&n.low.as_str()))
        })
    };
    if i > 0
        && let Some(t) = four_digit_clock(low)
        && !counted()
        && !(2020..=2039).contains(&low.parse::<u32>().unwrap_or(0))
        && {
            let day = &toks[i - 1];
            super::dates::weekday(&day.low).is_some()
                || day.possessive && matches!(day.low.as_str(), "today" | "tomorrow" | "tmrw")
                || super::dates::day_number(&day.low).is_some_and(|(_, ordinal)| ordinal)
        }
    {
        return Some((1, TimeOfDay::At(t)));
    }
    // ("btw 10 & 12:30": "between" as texted, before an hour.)
    let btw = low == "btw"
        && toks
            .get(i + 1)
            .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
    if low == "between" || low == "from" || btw {
        // "from 15 December", "between 14 and 18 December": days of a month.
        let month_at = |k: usize| toks.get(k).is_some_and(|t| super::dates::month(&t.low).is_some());
        if month_at(i + 2) || month_at(i + 4) {
            return None;
        }
        // ("from half nine till twelve": or its start as British English says half past, when
        // the range's end follows; "from half nine" alone is read as before, an hour.)
        let said = clock(toks, i + 1, true).or_else(|| spelled_offset(toks, i + 1));
        let half = said.is_none();
        let (a_len, a) = said.or_else(|| british_half(toks, i + 1))?;
        let sep = toks.get(i + 1 + a_len);
        if sep.is_some_and(|sep| matches!(sep.low.as_str(), "and" | "to" | "until" | "till" | "-"))
            // ("from eight till half ten": or its end as British English says half past.)
            && let Some((b_len, b)) = clock(toks, i + 2 + a_len, true)
                .or_else(|| spelled_offset(toks, i + 2 + a_len))
                .or_else(|| british_half(toks, i + 2 + a_len))
        {
            let (start, end) = align(a, b);
            return Some((2 + a_len + b_len, TimeOfDay::Between(start, end)));
        }
        if half {
            return None;
        }
        // "from 2pm (on)": the rest of the day.
        if low == "from" {
            let on = usize::from(sep.is_some_and(|t| matches!(t.low.as_str(), "on" | "onwards")));
            return Some((1 + a_len + on, TimeOfDay::After(a.time())));
        }
        return None;
    }
    // "tomorrow past 4pm", "anything past 2pm": "past" an hour written as a clock's, right after
    // a day or what is looked for, is after it; "nothing past 6pm" before it (not "half past one",
    // a clock time itself; nor "don't go past 5:30pm", "in the past 2pm slots", said otherwise).
    // ("past 3pm today, what's left?": or opening the request.)
    let past = low == "past"
        && toks.get(i + 1).is_some_and(written_clock)
        && (i == 0
            || spelled::offset_at(toks, i - 1).is_none() && super::dates::weekday(&toks[i - 1].low).is_some()
            || matches!(
                toks[i - 1].low.as_str(),
                "today"
                    | "tomorrow"
                    | "evening"
                    | "anything"
                    | "something"
                    | "nothing"
                    | "not"
                    | "time"
                    | "free"
                    | ","
                    | "meetings"
            ));
    // ("not past 5:30pm": its "not" read with "before" below, not twice.)
    let nothing_past = past
        && (i.saturating_sub(3)..i)
            .filter(|&k| !(k + 1 == i && toks[k].low == "not"))
            .any(|k| {
                matches!(
                    toks[k].low.as_str(),
                    "nothing" | "no" | "not" | "don't" | "dont" | "doesn't" | "can't" | "never"
                )
            });
    if low == "before" || low == "after" || low == "until" || past {
        // "after lunch" / "before lunch": lunch is 12:00–14:00.
        let (len, t) = if toks.get(i + 1).is_some_and(|t| t.low == "lunch") {
            (1, if low == "after" { hm(14, 0) } else { hm(12, 0) })
        } else {
            // ("any time after half past one", "after half one": a clock time spelled out.)
            let (len, c) = clock(toks, i + 1, true)
                .or_else(|| spelled_offset(toks, i + 1))
                .or_else(|| british_half(toks, i + 1))
                .or_else(|| ends_at(toks, i + 1))
                .or_else(|| hour_of_a_thing(toks, i + 1))
                .or_else(|| hour_of_what_one_does(toks, i + 1))
                .or_else(|| timetable_hour(toks, i + 1))?;
            // "before 15 December", "before 10 Dec": a date, not a time (a short month that is also a
            // name only where the words end or go on with a number: not "before 10 Jan gets in",
            // someone; but "before 15 Dec to cfm the docs").
            // (After a bare number only: not "before 9am Dec the 3rd", an hour and then its day.)
            let k = i + 1 + len;
            let bare_number = len == 1 && toks[i + 1].low.chars().all(|c| c.is_ascii_digit());
            if toks.get(k).is_some_and(|t| {
                super::dates::MONTHS.contains(&t.low.as_str())
                    || super::dates::month(&t.low).is_some()
                        && (bare_number && !matches!(t.low.as_str(), "jan" | "may" | "jun" | "june")
                            || toks
                                .get(k + 1)
                                .is_none_or(|n| n.punct || n.low.starts_with(|c: char| c.is_ascii_digit())))
            }) {
                return None;
            }
            (len, c.time())
        };
        // "not before 10am" means from 10am on; the negation is part of the phrase.
        let negated = i > 0 && toks[i - 1].low == "not";
        let after = (low == "after" || past && !nothing_past) != negated;
        return Some((
            1 + len,
            if after {
                TimeOfDay::After(t)
            } else {
                TimeOfDay::Before(t)
            },
        ));
    }
    // "reserve 4 to 5 today", "block 2 till 4", "block saturday 10 to 12": hours right after a verb
    // that holds time, or after it and a day, are a span (not "move the 4 to 5", a meeting and its
    // new hour).
    let holds = |k: usize| matches!(toks[k].low.as_str(), "reserve" | "block" | "book" | "hold");
    let day_between = i > 1
        && (super::dates::weekday(&toks[i - 1].low).is_some()
            || matches!(toks[i - 1].low.as_str(), "today" | "tomorrow"))
        && holds(i - 2);
    if i > 0
        && (holds(i - 1) || day_between)
        && let Some((a_len, a)) = clock(toks, i, true)
        && toks
            .get(i + a_len)
            .is_some_and(|t| matches!(t.low.as_str(), "to" | "till" | "until"))
        && let Some((b_len, b)) = clock(toks, i + a_len + 1, true)
        // (Not "Reserve 4 to 6 seats", "6 to 8 of us", "3 to 4 interview slots": a count of
        // things or people; nor "1 to 1", a one-on-one.)
        && !toks.get(i + a_len + 1 + b_len).is_some_and(|t| {
            !t.punct
                && !super::dates::day_named_at(toks, i + a_len + 1 + b_len)
                && !matches!(t.low.as_str(), "for" | "with" | "on" | "today" | "tomorrow" | "to" | "and" | "pm" | "am")
        })
        && a.time() != b.time()
    {
        let (start, end) = align(a, b);
        return Some((a_len + 1 + b_len, TimeOfDay::Between(start, end)));
    }
    // "Dec 14-16" are days of the month, not hours.
    let after_month = i > 0 && super::dates::month(&toks[i - 1].low).is_some()
        || toks.get(i + 1).is_some_and(|t| super::dates::month(&t.low).is_some());
    // ("ten-thirty", "twenty-five past nine": no range, words read below.)
    if let Some((a, b)) = low.split_once('-').filter(|_| !after_month)
        && (a.starts_with(|c: char| c.is_ascii_digit()) || matches!(a, "noon" | "midday" | "midnight"))
    {
        let a = parse_clock(a, None, true)?;
        let b = parse_clock(b, toks.get(i + 1).map(|t| t.low.as_str()), true)?;
        let (start, end) = align(a, b);
        // ("Monday 30-11 … to Tuesday 1-12, same time": after a weekday, hours that would run
        // backwards are the day and the month, where the writer dates so elsewhere.)
        if start >= end
            && i > 0
            && super::dates::weekday(&toks[i - 1].low).is_some()
            && super::dates::dash_dates_written(toks)
        {
            return None;
        }
        return Some((1 + usize::from(b.extra), TimeOfDay::Between(start, end)));
    }
    if matches!(low, "no" | "not") && starts_with(toks, i + 2, &["than"]) {
        let later = match toks.get(i + 1)?.low.as_str() {
            "later" => true,
            "earlier" => false,
            _ => return None,
        };
        let (len, c) = clock(toks, i + 3, true)?;
        let t = c.time();
        // ("commences no earlier than 10.00 a.m. and concludes by 12.30 p.m.": a start and an end
        // said together, a span.)
        let ending = |t: &Token| {
            matches!(
                t.low.as_str(),
                "concludes"
                    | "conclude"
                    | "concluding"
                    | "finishes"
                    | "finish"
                    | "finishing"
                    | "ends"
                    | "end"
                    | "ending"
                    | "done"
                    | "is"
                    | "be"
                    | "wraps"
                    | "wrapped"
                    | "up"
                    | "over"
            )
        };
        // ("… and finishing no later than 12:00": or no later than the end.)
        let bound = |k: usize| {
            if matches!(toks[k].low.as_str(), "by" | "before") {
                Some(1)
            } else {
                (matches!(toks[k].low.as_str(), "no" | "not") && starts_with(toks, k + 1, &["later", "than"]))
                    .then_some(3)
            }
        };
        let ended_by = starts_with(toks, i + 3 + len, &["and"])
            .then(|| (i + 5 + len..toks.len().min(i + 8 + len)).find_map(|k| bound(k).map(|n| (k, n))))
            .flatten()
            .filter(|&(k, _)| toks[i + 4 + len..k].iter().all(ending))
            .and_then(|(k, n)| clock(toks, k + n, true).map(|(l, end)| (k + n + l - i, end.time())))
            .filter(|&(_, end)| !later && end > t);
        if let Some((span, end)) = ended_by {
            return Some((span, TimeOfDay::Between(t, end)));
        }
        return Some((
            3 + len,
            if later {
                TimeOfDay::Before(t)
            } else {
                TimeOfDay::After(t)
            },
        ));
    }
    if let Some((len, minutes)) = spelled::offset_at(toks, i) {
        let (hour_len, c) = clock(toks, i + len, true)?;
        let t = c.time().overflowing_add_signed(TimeDelta::minutes(minutes)).0;
        return Some((len + hour_len, TimeOfDay::At(t)));
    }
    if let Some((len, c)) = british_half(toks, i) {
        return Some((len, TimeOfDay::At(c.time())));
    }
    if low == "at" || low == "around" || low == "about" {
        // ("at 14 Amselweg": a house, not an hour.)
        if crate::intent::lexer::house_number_at(toks, i + 1) || chambers_number_at(toks, i + 1) {
            return None;
        }
        if let Some((len, t)) = clock_phrase(toks, i + 1).filter(|_| spelled::offset_at(toks, i + 1).is_some()) {
            return Some((1 + len, t));
        }
        // "at half two": half past, in British English.
        if toks.get(i + 1).is_some_and(|t| t.low == "half")
            && let Some((len, c)) = clock(toks, i + 2, true)
        {
            return Some((2 + len, TimeOfDay::At(Clock { minute: 30, ..c }.time())));
        }
        // "@ 1500": an hour and its minutes in four digits, as a timetable writes them.
        // (Not before a count's unit, a street's name or "if": "at 2000 yen", "at 2020 Main
        // Street", "at 1200 if it dips".)
        if let Some(c) = toks.get(i + 1).and_then(|t| four_digit_clock(&t.low)).filter(|_| {
            toks.get(i + 2).is_none_or(|t| {
                (!t.capitalised() || t.in_capitals() || super::dates::weekday(&t.low).is_some())
                    && !matches!(
                        t.low.as_str(),
                        "yen"
                            | "euros"
                            | "euro"
                            | "dollars"
                            | "pounds"
                            | "feet"
                            | "metres"
                            | "meters"
                            | "miles"
                            | "km"
                            | "people"
                            | "units"
                            | "items"
                            | "copies"
                            | "if"
                            | "words"
                            | "calories"
                            | "steps"
                            | "st"
                            | "ave"
                            | "rd"
                            | "street"
                            | "avenue"
                            | "road"
                            | "lane"
                            | "blvd"
                    )
            })
            // (Nor with another hour said after it: "Meet at 2000 main st on Saturday at 11".)
            && !(i + 2..toks.len()).any(|k| {
                toks[k].low == "at"
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
            })
        }) {
            return Some((2, TimeOfDay::At(c)));
        }
        let (len, c) = clock(toks, i + 1, true)?;
        // "at 9 and half", "at 9 and a half": half past, as non-native speakers say it.
        // (Not "at 7 and half an hour of stretching", "at 4 and a half hour later".)
        let half = and_a_part_past(toks, i + 1 + len, "half").filter(|more| {
            toks.get(i + 1 + len + more).is_none_or(|t| {
                !matches!(
                    t.low.as_str(),
                    "an" | "a" | "hour" | "hours" | "hr" | "hrs" | "later" | "of" | "minute" | "minutes"
                )
            })
        });
        if let Some(more) = half.filter(|_| c.minute == 0) {
            return Some((1 + len + more, TimeOfDay::At(Clock { minute: 30, ..c }.time())));
        }
        // "at 11 and quarter", "at 11 and a quarter": a quarter past.
        // (Ending its phrase: not "at 7 and a quarter mile loop", "at 3 and quarter finals".)
        let quarter = and_a_part_past(toks, i + 1 + len, "quarter").filter(|more| {
            toks.get(i + 1 + len + more).is_none_or(|t| {
                t.punct
                    || super::dates::day_named_at(toks, i + 1 + len + more)
                    || matches!(
                        t.low.as_str(),
                        "on" | "with" | "w/" | "for" | "tomorrow" | "today" | "am" | "pm" | "please" | "pls"
                    )
            })
        });
        if let Some(more) = quarter.filter(|_| c.minute == 0) {
            return Some((1 + len + more, TimeOfDay::At(Clock { minute: 15, ..c }.time())));
        }
        return Some((1 + len, TimeOfDay::At(c.time())));
    }
    let (len, c) = clock(toks, i, false)?;
    Some((len, TimeOfDay::At(c.time())))
}

/// "dinner w/ Leena & Marco sat 7", "Wednesday 4, an hour": a bare hour (1 to 12) right after the
/// day it falls on, ending its phrase, is that day's time (1–7 in the afternoon, as everywhere);
/// a day of the month it could be has been read as a date before this ("Monday the 7th",
/// "Tuesday 8 December"), and a count or length is followed by what it counts ("Monday 2 hours").
fn hour_after_day(toks: &[Token], i: usize) -> Option<(usize, TimeOfDay)> {
    // ("on Monday, 11 in the morning": or its day and a comma.)
    let comma = usize::from(toks.get(i.checked_sub(1)?)?.low == "," && i > 1);
    let day = toks.get(i.checked_sub(1 + comma)?)?.low.as_str();
    let named_day =
        super::dates::weekday(day).is_some() || matches!(day, "sat" | "sun" | "today" | "tomorrow" | "tonight");
    // "on saturday 9 in the morning": or the part of the day it falls in.
    let in_part =
        starts_with(toks, i + 1, &["in", "the"]) && toks.get(i + 3).is_some_and(|t| part_word(&t.low).is_some());
    let ends = in_part
        || toks
            .get(i + 1)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "with" | "for" | "please"));
    // "dinner w/ Leena & Marco sat 8": a meal's bare 8 to 11 is no morning hour; left unread.
    let meal = toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "dinner" | "supper" | "drinks"));
    let morning = toks[i].low.parse::<u32>().is_ok_and(|h| (8..=11).contains(&h));
    // "for Wednesday 9, at 16h": with the hour given apart after it, a day of the month.
    let hour_after = hour_given_apart(toks, i + 1);
    if !(named_day && bare_hour(&toks[i]) && ends) || meal && morning || hour_after || no_hour_of_its_part(toks, i) {
        return None;
    }
    hour_at(toks, i)
}

/// "at quarter to eleven", "at ten to nine": whether the "to" at `k` is inside a clock time said
/// in words, after "quarter" or a word leading to a time, an hour after it (not "push the nine to
/// eleven", a meeting named by its hour and its new one).
pub(crate) fn to_inside_a_clock(toks: &[Token], k: usize) -> bool {
    k > 0
        && toks[k].low == "to"
        && (toks[k - 1].low == "quarter"
            || k > 1
                && matches!(
                    toks[k - 2].low.as_str(),
                    "at" | "around" | "about" | "by" | "before" | "after" | "until" | "till" | "from" | "to"
                ))
        && spelled::offset_at(toks, k - 1).is_some_and(|(len, _)| len == 2)
        && toks
            .get(k + 1)
            .is_some_and(|t| spelled::hour_word(&t.low).is_some() || t.low.starts_with(|c: char| c.is_ascii_digit()))
}

/// "on Friday 11 in the afternoon": a bare number at `k` that is no hour of the afternoon named
/// right after it, so a day of the month.
pub(crate) fn no_hour_of_its_part(toks: &[Token], k: usize) -> bool {
    starts_with(toks, k + 1, &["in", "the"])
        && toks
            .get(k + 3)
            .is_some_and(|t| part_word(&t.low) == Some(PartOfDay::Afternoon))
        && toks[k].low.parse::<u32>().is_ok_and(|h| (7..=11).contains(&h))
}

/// "Wednesday 9, at 16h", "Thursday 10, 2pm", "Tuesday 15 with Mister Dvořák at 10h": the hour
/// given apart right after a bare number at `k - 1`, in its clause (not "Wednesday 9, or if not
/// Thursday at 10", "Friday 11, and again at 6pm", another day or time).
pub(crate) fn hour_given_apart(toks: &[Token], k: usize) -> bool {
    let start = k + usize::from(toks.get(k).is_some_and(|t| t.low == ","));
    for j in start..toks.len().min(start + 8) {
        let t = &toks[j];
        if written_clock(t)
            || t.low == "at"
                && toks
                    .get(j + 1)
                    .is_some_and(|h| h.low.starts_with(|c: char| c.is_ascii_digit()))
            || t.low == "same"
                && toks
                    .get(j + 1)
                    .is_some_and(|h| matches!(h.low.as_str(), "hour" | "time"))
        {
            return true;
        }
        if t.punct || matches!(t.low.as_str(), "or" | "and" | "then" | "if" | "but") {
            return false;
        }
    }
    false
}

/// "bin the half eight with Siobhan", "after half one", "8 till half 10": half past, in British
/// English, before an hour in words (or in digits after a word bounding the time), at `k`.
fn british_half(toks: &[Token], k: usize) -> Option<(usize, Clock)> {
    let next = &toks.get(k + 1)?.low;
    // (After a word closing a range only with its first hour before it: "8 till half 10", not
    // "book the pitch till half 9".)
    let digit_hour = next.len() <= 2
        && next.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
        && k > 0
        && (matches!(toks[k - 1].low.as_str(), "at" | "from" | "by" | "after" | "before")
            // ("tmrw half 11", "no make it half 11": right after its day, or what it is made.)
            || matches!(toks[k - 1].low.as_str(), "today" | "tomorrow" | "tonight")
            || super::dates::weekday(&toks[k - 1].low).is_some()
            || toks[k - 1].low == "it" && k > 1 && matches!(toks[k - 2].low.as_str(), "make" | "mek")
            || matches!(toks[k - 1].low.as_str(), "till" | "til" | "until" | "to" | "-" | "–")
                && k > 1
                && toks[k - 2].low.starts_with(|c: char| c.is_ascii_digit()));
    if toks.get(k)?.low != "half" || spelled::hour_word(next).is_none() && !digit_hour {
        return None;
    }
    let (len, c) = clock(toks, k + 1, true)?;
    Some((1 + len, Clock { minute: 30, ..c }))
}

/// "and half", "and a half" (or quarter) at `k` after an hour: how many words say it.
fn and_a_part_past(toks: &[Token], k: usize, part: &str) -> Option<usize> {
    [&["and", part][..], &["and", "a", part][..]]
        .into_iter()
        .find(|words| starts_with(toks, k, words))
        .map(<[&str]>::len)
}

/// "before 0900", "after 1430": an hour of the 24-hour clock in four digits, from 00 to 17 (not
/// "before 2027", "from before 1945", years).
fn timetable_hour(toks: &[Token], i: usize) -> Option<(usize, Clock)> {
    let low = &toks.get(i)?.low;
    let time = four_digit_clock(low).filter(|t| t.hour() <= 17)?;
    let hour = time.hour();
    Some((
        1,
        Clock {
            hour,
            minute: time.minute(),
            meridiem: Some(hour >= 12),
            extra: false,
        },
    ))
}

/// "1500", "0930": an hour of a 24-hour clock and its minutes in four digits.
fn four_digit_clock(low: &str) -> Option<NaiveTime> {
    if low.len() != 4 || !low.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m) = low.split_at(2);
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// "from 9" whose "to" and end were read elsewhere ("bump the standup … from 9 to 9:45", the new
/// time being the move's): from then on, which a move reads as the meeting's own time.
fn from_alone(toks: &[Token], i: usize) -> Option<(usize, TimeOfDay)> {
    if toks[i].low != "from" {
        return None;
    }
    let (len, c) = clock(toks, i + 1, true)?;
    // Only before "to" and a clock time ("from 7 to 9 Dec" are days).
    let clock_after = toks.get(i + 2 + len).is_some_and(written_clock);
    (starts_with(toks, i + 1 + len, &["to"]) && clock_after).then_some((1 + len, TimeOfDay::After(c.time())))
}

/// A clock time written so that it can be nothing else: digits with minutes or am/pm ("10:30",
/// "3pm").
pub(crate) fn written_clock(t: &Token) -> bool {
    t.low.starts_with(|c: char| c.is_ascii_digit())
        && (t.low.contains(':') || t.low.ends_with("am") || t.low.ends_with("pm"))
}

/// A whole hour of the clock in digits alone, 1 to 12 ("7", not "07" or "15").
fn bare_hour(t: &Token) -> bool {
    !t.low.starts_with('0') && t.low.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
}

/// "cancel my 3 with Teodora", "scrap my 6 tonight", "cancel the 7 with Anjali tonight": a bare
/// hour (1 to 12) after "my", "our" or "the" and before "with", a day or the end names a meeting
/// by its hour.
fn meeting_by_its_hour(toks: &[Token], i: usize) -> Option<(usize, TimeOfDay)> {
    let owned = matches!(toks.get(i.checked_sub(1)?)?.low.as_str(), "my" | "our" | "the");
    let named = toks.get(i + 1).is_none_or(|t| {
        t.punct
            || matches!(t.low.as_str(), "with" | "today" | "tonight" | "tomorrow")
            || super::dates::weekday(&t.low).is_some()
    });
    (owned && named && bare_hour(&toks[i]))
        .then(|| hour_at(toks, i))
        .flatten()
}

/// "half past one", "quarter to five" at `i`, as a clock time that may open or close a range
/// ("between half past one and four"): the tokens taken and the time, its am/pm as the hour's.
fn spelled_offset(toks: &[Token], i: usize) -> Option<(usize, Clock)> {
    let (len, minutes) = spelled::offset_at(toks, i)?;
    let (hour_len, c) = clock(toks, i + len, true)?;
    let total = i64::from(c.hour * 60 + c.minute) + minutes;
    let (hour, minute) = (total.div_euclid(60), total.rem_euclid(60));
    // "quarter to one": 12:45, not 0:45.
    let hour = u32::try_from(if hour == 0 { 12 } else { hour }).ok()?;
    let minute = u32::try_from(minute).ok()?;
    Some((len + hour_len, Clock { hour, minute, ..c }))
}

/// A bare hour at `i` ("4", "10:30", "4pm") where only a time can stand — after the "to" that
/// gives a meeting its new time ("push today's 2pm to 4") — and the tokens it takes. Without
/// am/pm, 1–7 are afternoon hours, as everywhere.
pub(crate) fn hour_at(toks: &[Token], i: usize) -> Option<(usize, TimeOfDay)> {
    let (len, c) = clock(toks, i, true)?;
    Some((len, TimeOfDay::At(c.time())))
}

/// How many words an hour takes at `i`, however it is said ("7:30", "twenty past ten", "half
/// ten", "0930" as rosters write it).
pub(crate) fn hour_said_at(toks: &[Token], i: usize) -> Option<usize> {
    clock(toks, i, true)
        .or_else(|| spelled_offset(toks, i))
        .or_else(|| british_half(toks, i))
        .map(|(len, _)| len)
        .or_else(|| four_digit_clock(&toks.get(i)?.low).map(|_| 1))
}

/// "2 to 4pm", "2 till 2:30", "noon till half one": a range without "between" or "from", when its
/// end is written as a clock time (with am/pm or minutes, or in words); "sat 5th, 9 till 12",
/// "Tuesday 8th, 7 till 10 in the morning": or any end, right after the day it is on.
fn bare_range(toks: &[Token], i: usize) -> Option<(usize, TimeOfDay)> {
    let (a_len, a) = clock(toks, i, true)?;
    let sep = toks.get(i + a_len)?;
    if !matches!(sep.low.as_str(), "to" | "till" | "until" | "-") {
        return None;
    }
    let on_its_day = i > 1
        && sep.low == "till"
        && toks[i - 1].low == ","
        && (super::dates::weekday(&toks[i - 2].low).is_some()
            || super::dates::day_number(&toks[i - 2].low).is_some_and(|(_, ordinal)| ordinal));
    // ("reserve noon till half one", "12 to half past one": or an end said in words.)
    let (b_len, b) = clock(toks, i + a_len + 1, on_its_day)
        .or_else(|| spelled_offset(toks, i + a_len + 1))
        .or_else(|| british_half(toks, i + a_len + 1))?;
    let (start, end) = align(a, b);
    (start < end).then_some((a_len + 1 + b_len, TimeOfDay::Between(start, end)))
}

/// A clock time as read: hour, minute, whether am/pm was given, whether it took the next token.
#[derive(Debug, Clone, Copy)]
struct Clock {
    hour: u32,
    minute: u32,
    meridiem: Option<bool>,
    extra: bool,
}

impl Clock {
    /// Without am/pm, 1–7 o'clock are read as afternoon hours (meetings rarely start at 4am).
    fn time(self) -> NaiveTime {
        let hour = match self.meridiem {
            Some(pm) => (self.hour % 12) + if pm { 12 } else { 0 },
            None if (1..=7).contains(&self.hour) => self.hour + 12,
            None => self.hour,
        };
        hm(hour, self.minute)
    }
}

/// Start and end of a range, the start taking the end's am/pm when it has none ("2 and 4pm").
/// An end at 12 "in the morning" or "am" that would come before a morning start is noon, where
/// the morning ends ("between 10 and 12 in the morning").
fn align(a: Clock, b: Clock) -> (NaiveTime, NaiveTime) {
    let end = b.time();
    let end = if b.hour == 12 && b.meridiem == Some(false) && a.time() > end && a.time() < hm(12, 0) {
        hm(12, 0)
    } else {
        end
    };
    let start = match (a.meridiem, b.meridiem) {
        (None, Some(pm)) => {
            let guess = Clock {
                meridiem: Some(pm),
                ..a
            }
            .time();
            if guess <= end { guess } else { a.time() }
        }
        _ => a.time(),
    };
    // "block tomorrow 7-9 for date night": both bare, the start read as the afternoon's and the
    // end not; the end is the evening's too.
    let end = if a.meridiem.is_none() && b.meridiem.is_none() && end < start && end.hour() < 12 && start.hour() >= 12 {
        hm(end.hour() + 12, end.minute())
    } else {
        end
    };
    // "sat 12th 7:30-12": both bare, the start at seven and some minutes read as the evening's and
    // the end noon; the start is the morning's (not "the karaoke room sat 7-12", "the hall 1-12").
    let start = if a.meridiem.is_none()
        && b.meridiem.is_none()
        && end == hm(12, 0)
        && start > end
        && a.hour == 7
        && a.minute > 0
    {
        hm(start.hour() - 12, start.minute())
    } else {
        start
    };
    (start, end)
}

/// A clock time at `i`, in digits or words ("two", "two thirty"), with the part of day that may
/// follow it ("3 in the afternoon"); a bare hour counts when `bare_hour_ok` or when `o'clock`
/// follows it.
/// "after Evensong, which concludes at a quarter to six", "after the end of period five at ten past
/// three": what something is after, named at `i`, then the hour it ends at: the hour and the
/// length of all of it (not "after the match, which is at 3, let's meet", an hour it starts at).
fn ends_at(toks: &[Token], i: usize) -> Option<(usize, Clock)> {
    let at = told_end(toks, i).or_else(|| end_of(toks, i))?;
    let from = at + 1;
    // ("at ten past three": the minutes past an hour before the bare hour.)
    let (len, c) = spelled_offset(toks, from).or_else(|| clock(toks, from, true))?;
    // (The hour closing its clause: not "which ends at 10 Downing Street", a place.)
    toks.get(from + len).is_none_or(|t| t.punct).then_some(())?;
    Some((from + len - i, c))
}

/// "b4 the 6AM shift change": the hour of a thing named after it, at `i`, and the length of both.
fn hour_of_a_thing(toks: &[Token], i: usize) -> Option<(usize, Clock)> {
    (toks.get(i)?.low == "the").then_some(())?;
    let (len, c) = clock(toks, i + 1, false)?;
    toks.get(i + 1 + len)
        .is_some_and(|t| !t.punct && t.low.chars().all(char::is_alphabetic))
        .then_some((len + 1, c))
}

/// "any night …, after we shut at 10pm": the hour of what one does, told at `i` in a short
/// clause, and the length of the clause.
fn hour_of_what_one_does(toks: &[Token], i: usize) -> Option<(usize, Clock)> {
    (matches!(toks.get(i)?.low.as_str(), "we" | "i" | "they") && toks.get(i + 2)?.low == "at").then_some(())?;
    clock(toks, i + 3, true).map(|(len, c)| (len + 3, c))
}

/// Where "at" stands in ", which concludes at", after what is named at `i` in a word or two.
fn told_end(toks: &[Token], i: usize) -> Option<usize> {
    let comma = (i + 1..toks.len().min(i + 4)).find(|&k| toks[k].low == ",")?;
    if toks[i..comma].iter().any(|t| t.punct) {
        return None;
    }
    let verb = comma + 2;
    (matches!(toks.get(comma + 1)?.low.as_str(), "which" | "that")
        && matches!(
            toks.get(verb)?.low.as_str(),
            "ends" | "finishes" | "concludes" | "closes" | "wraps"
        ))
    .then_some(())?;
    let at = verb + 1 + usize::from(toks.get(verb + 1)?.low == "up");
    (toks.get(at)?.low == "at").then_some(at)
}

/// Where "at" stands in "the end of period five at", the end of something named in a word or
/// three at `i` (not "the end of the day", no hour after it).
fn end_of(toks: &[Token], i: usize) -> Option<usize> {
    starts_with(toks, i, &["the", "end", "of"]).then_some(())?;
    let at = (i + 4..toks.len().min(i + 7))
        .take_while(|&k| !toks[k].punct)
        .find(|&k| toks[k].low == "at")?;
    // (Not "after the end of the month at 10am", the end of a span of days and the hour wanted
    // after it.)
    (!toks[i + 3..at].iter().any(|t| {
        matches!(
            t.low.as_str(),
            "week" | "month" | "year" | "term" | "quarter" | "season" | "holidays"
        )
    }))
    .then_some(at)
}

fn clock(toks: &[Token], i: usize, bare_hour_ok: bool) -> Option<(usize, Clock)> {
    let t = toks.get(i)?;
    let next = toks.get(i + 1).map(|t| t.low.as_str());
    // "from one side of the gallery to the other", "one of the pegs": "one" the number of a thing,
    // no hour (not "at one by the station", "at one more or less").
    if t.low == "one" && matches!(next, Some("side" | "end" | "of" | "another")) {
        return None;
    }
    // ("for the Midnight Mass": a name the hour begins, after "the" and capitalised before another
    // capitalised word, no time; not "at Midnight, Monday", "at Noon EST", "At Noon On Friday".)
    if t.low == "midnight"
        && t.capitalised()
        && i > 0
        && toks[i - 1].low == "the"
        && toks
            .get(i + 1)
            .is_some_and(|n| n.capitalised() && !n.punct && !n.in_capitals() && super::dates::weekday(&n.low).is_none())
    {
        return None;
    }
    // ("9 sharp with Bo", "8 sharp for the run": not "5 sharp questions", a thing's kind.)
    let sharp = next == Some("sharp")
        && toks.get(i + 2).is_none_or(|t| {
            t.punct
                || !t.low.starts_with(char::is_alphabetic)
                || super::dates::day_named_at(toks, i + 2)
                || matches!(
                    t.low.as_str(),
                    "on" | "at" | "please" | "pls" | "with" | "w/" | "for" | "to" | "every" | "in"
                )
        });
    let oclock_next = next == Some("o'clock") || sharp;
    let (mut len, mut c) = match spelled::hour_word(&t.low) {
        // "two thirty", "my one pm": a spelled hour with its minutes, or am or pm, is a time
        // wherever it stands.
        Some(hour)
            if bare_hour_ok
                || oclock_next
                || next.and_then(spelled::minute_word).is_some()
                // (After "my" or "the" and in lowercase only: not "one PM and two devs", "with one
                // pm and one eng", a project manager.)
                || i > 0
                    && (matches!(toks[i - 1].low.as_str(), "my" | "the" | "our" | "your") || toks[i - 1].possessive)
                    && toks.get(i + 1).is_some_and(|n| matches!(n.orig.as_str(), "am" | "pm" | "a.m" | "p.m")) =>
        {
            let minute = next.and_then(spelled::minute_word);
            let c = Clock {
                hour,
                minute: minute.unwrap_or(0),
                meridiem: None,
                extra: false,
            };
            (1 + usize::from(minute.is_some()), c)
        }
        Some(_) => return None,
        // "ten-thirty in the morning", "four-fifteen": a spelled hour and its minutes joined (not
        // "a ten-fifteen minute walk", a length).
        None if let Some((hour, minute)) = t
            .low
            .split_once('-')
            .and_then(|(h, m)| Some((spelled::hour_word(h)?, spelled::minute_word(m)?)))
            && !next.is_some_and(|n| {
                matches!(
                    n,
                    "minute" | "minutes" | "min" | "mins" | "hour" | "hours" | "people" | "years" | "year"
                )
            }) =>
        {
            let c = Clock {
                hour,
                minute,
                meridiem: None,
                extra: false,
            };
            (1, c)
        }
        None => {
            let c = parse_clock(&t.low, next, bare_hour_ok || oclock_next)?;
            (1 + usize::from(c.extra), c)
        }
    };
    len += usize::from(toks.get(i + len).is_some_and(|t| t.low == "o'clock") || sharp && len == 1);
    if c.meridiem.is_none()
        && let Some((extra, pm)) = spelled::meridiem_after(toks, i + len)
    {
        c.meridiem = Some(pm);
        len += extra;
    }
    Some((len, c))
}

/// Reads `noon`, `3pm`, `3 pm`, `9:45am`, `15:30`, `11.30`, `15h`, `9h30`, `3ish`, and (when `bare_hour_ok`) a
/// bare `9`.
fn parse_clock(low: &str, next: Option<&str>, bare_hour_ok: bool) -> Option<Clock> {
    let low = low
        .strip_suffix("ish")
        .map_or(low, |l| l.strip_suffix('-').unwrap_or(l));
    let fixed = |hour| Clock {
        hour,
        minute: 0,
        meridiem: Some(hour >= 12),
        extra: false,
    };
    match low {
        "noon" | "midday" => return Some(fixed(12)),
        "midnight" => return Some(fixed(0)),
        _ => {}
    }
    let (body, mut meridiem) = if let Some(b) = low.strip_suffix("am") {
        (b, Some(false))
    } else if let Some(b) = low.strip_suffix("pm") {
        (b, Some(true))
    } else {
        (low, None)
    };
    let mut extra = false;
    if meridiem.is_none() {
        match next {
            Some("am" | "a.m") => (meridiem, extra) = (Some(false), true),
            Some("pm" | "p.m") => (meridiem, extra) = (Some(true), true),
            _ => {}
        }
    }
    // "15h", "9h30": a 24-hour clock as written in much of Europe.
    let (h, m, colon) = match body.split_once([':', '.', 'h']) {
        Some((h, m)) if m.len() == 2 => (h, m, true),
        Some((h, "")) if body.ends_with('h') => (h, "0", true),
        Some(_) => return None,
        None => (body, "0", false),
    };
    if h.is_empty() || h.len() > 2 || !h.chars().all(|c| c.is_ascii_digit()) || !m.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let hour: u32 = h.parse().ok()?;
    let minute: u32 = m.parse().ok()?;
    if minute > 59 || hour > 23 || (meridiem.is_some() && !(1..=12).contains(&hour)) {
        return None;
    }
    if meridiem.is_none() && !colon && !bare_hour_ok {
        return None;
    }
    // "07:30", "09.15": a leading zero writes the 24-hour clock, so the hour is the morning's.
    if meridiem.is_none() && colon && h.len() == 2 && h.starts_with('0') && hour > 0 {
        meridiem = Some(false);
    }
    Some(Clock {
        hour,
        minute,
        meridiem,
        extra,
    })
}

/// "The clerk at 4 Hare Court is asking about a hearing", "Survey at 14 Elm Gardens … on Tuesday at
/// 10": a number before a court or a place of houses (see `numbered_court_at`) is a house's
/// when its sentence names no day, or the request names its hour elsewhere (not "Picnic with Ana
/// at 12 Kew Gardens on Sunday", "Meet Sam at 2 Earls Court on Saturday", the hour one meets).
pub(super) fn chambers_number_at(toks: &[Token], i: usize) -> bool {
    if !numbered_court_at(toks, i) {
        return false;
    }
    let sentence = super::lexer::sentence_of(toks, i);
    let day_named = sentence.clone().any(|k| {
        super::dates::weekday(&toks[k].low).is_some()
            || super::dates::month(&toks[k].low).is_some()
            || matches!(toks[k].low.as_str(), "today" | "tomorrow" | "tonight" | "tmrw")
    });
    let hour_elsewhere = (0..toks.len()).any(|k| {
        k != i
            && (written_clock(&toks[k])
                || k + 1 != i
                    && toks[k].low == "at"
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit())))
    });
    !day_named || hour_elsewhere
}

/// "4 Hare Court", "22 Windsor Buildings": a bare number at `i` before a name of two words
/// ending in a word for a court or a place that may be where houses or chambers are, or where
/// people meet ("Hampton Court", "Kew Gardens"); the caller says which.
fn numbered_court_at(toks: &[Token], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| (1..=3).contains(&t.low.len()) && t.low.chars().all(|c| c.is_ascii_digit()))
        && toks
            .get(i + 1)
            .is_some_and(|t| t.capitalised() && !t.punct && !t.in_capitals())
        && toks.get(i + 2).is_some_and(|n| {
            n.capitalised() && matches!(n.low.as_str(), "court" | "place" | "gardens" | "yard" | "buildings")
        })
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn time(text: &str) -> Option<TimeOfDay> {
        let toks = tokenize(text);
        let mut used = vec![false; toks.len()];
        extract(&toks, &mut used)
    }

    #[test]
    fn clock_times() {
        assert_eq!(time("at 3pm"), Some(TimeOfDay::At(hm(15, 0))));
        assert_eq!(time("15:30"), Some(TimeOfDay::At(hm(15, 30))));
        assert_eq!(time("at 12am"), Some(TimeOfDay::At(hm(0, 0))));
        assert_eq!(time("at 12pm"), Some(TimeOfDay::At(hm(12, 0))));
        assert_eq!(time("noon"), Some(TimeOfDay::At(hm(12, 0))));
        assert_eq!(time("at 4"), Some(TimeOfDay::At(hm(16, 0))));
        assert_eq!(time("at 9"), Some(TimeOfDay::At(hm(9, 0))));
        assert_eq!(time("4 pm"), Some(TimeOfDay::At(hm(16, 0))));
        assert_eq!(time("at 11.30"), Some(TimeOfDay::At(hm(11, 30))));
        assert_eq!(time("my 11 o'clock"), Some(TimeOfDay::At(hm(11, 0))));
        assert_eq!(time("around 3ish"), Some(TimeOfDay::At(hm(15, 0))));
    }

    #[test]
    fn clock_times_in_words() {
        assert_eq!(time("at half past two"), Some(TimeOfDay::At(hm(14, 30))));
        assert_eq!(time("quarter to five"), Some(TimeOfDay::At(hm(16, 45))));
        assert_eq!(time("ten past 3"), Some(TimeOfDay::At(hm(15, 10))));
        assert_eq!(time("twenty to six"), Some(TimeOfDay::At(hm(17, 40))));
        assert_eq!(time("at half two"), Some(TimeOfDay::At(hm(14, 30))));
        assert_eq!(time("at eleven"), Some(TimeOfDay::At(hm(11, 0))));
        assert_eq!(time("at 9 in the evening"), Some(TimeOfDay::At(hm(21, 0))));
        assert_eq!(time("from 2pm onwards"), Some(TimeOfDay::After(hm(14, 0))));
        assert_eq!(time("at a cafe"), None);
    }

    #[test]
    fn ranges_and_bounds() {
        assert_eq!(
            time("between 2 and 4pm"),
            Some(TimeOfDay::Between(hm(14, 0), hm(16, 0)))
        );
        assert_eq!(
            time("from 10am to 11:30am"),
            Some(TimeOfDay::Between(hm(10, 0), hm(11, 30)))
        );
        assert_eq!(time("3-4pm"), Some(TimeOfDay::Between(hm(15, 0), hm(16, 0))));
        assert_eq!(time("before 11am"), Some(TimeOfDay::Before(hm(11, 0))));
        assert_eq!(time("after 4pm"), Some(TimeOfDay::After(hm(16, 0))));
    }

    #[test]
    fn parts_of_day_and_non_times() {
        assert_eq!(time("tomorrow morning"), Some(TimeOfDay::Part(PartOfDay::Morning)));
        assert_eq!(time("morning or afternoon"), None);
        assert_eq!(time("my 1:1"), None);
        assert_eq!(time("in 3 days"), None);
        assert_eq!(time("on 3/14"), None);
    }
}
