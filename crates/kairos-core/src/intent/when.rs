//! When a request is about: the time of day and the dates asked for, and in a reschedule the
//! meeting referred to, split from its new time by "instead of", "currently", or the last free
//! "to" (or "into", or "until").

use chrono::{Datelike, Days, NaiveDate, NaiveTime, Timelike, Weekday};

use super::lexer::{Token, starts_with};
use super::{MeetingRef, PartOfDay, TimeOfDay, clock, dates};

/// Words after which the old time of a moved meeting is named ("on Wednesday instead of Tuesday").
const INSTEAD: &[&[&str]] = &[&["instead", "of"], &["rather", "than"]];

/// Words after which a moved meeting's present time is named ("it's currently on Monday, I need
/// it on Thursday"), when a day or time follows them ([`now_on`]).
const NOW_ON: &[&[&str]] = &[&["currently"], &["presently"]];

/// A day or time named at `k`: "on", "at" or "for" before it, or a weekday.
fn now_on(toks: &[Token], k: usize) -> bool {
    // ("presently fixed for Tuesday": with how it was set.)
    let k = k + usize::from(toks.get(k).is_some_and(|t| SET_FOR.contains(&t.low.as_str())));
    toks.get(k)
        .is_some_and(|t| matches!(t.low.as_str(), "on" | "at" | "for") || dates::weekday(&t.low).is_some())
}

/// How a meeting's present time was set ("presently fixed for …", "currently scheduled for …").
pub(super) const SET_FOR: &[&str] = &["fixed", "set", "scheduled", "booked", "planned", "arranged", "slated"];

/// "the kids' dentist on Monday at ten to four, just cancel that, we'll go in January": a clause
/// after the cancellation saying what one will do instead ("we'll go", "I'll rebook", "we will try"
/// opening it) names when that is, not the meeting cancelled; its tokens are marked used so that
/// its dates bound nothing (not "cancel everything from Monday, we'll be away until January",
/// where one will be, which bounds what is cancelled; nor "we'll cancel …", the cancellation
/// itself; nor "Ana cancelled, I'll book something else", a cancellation reported). The clause
/// ends at its comma or dash: "Please cancel, I'll find another slot later, my Tuesday 10am with
/// Ana" keeps the meeting after it.
pub(super) fn set_aside_later_plan(toks: &[Token], used: &mut [bool]) {
    let Some(cancel) = toks.iter().position(|t| t.low == "cancel") else {
        return;
    };
    let opens = (cancel + 1..toks.len()).find(|&k| {
        let will = if matches!(toks[k].low.as_str(), "we'll" | "i'll") {
            1
        } else if matches!(toks[k].low.as_str(), "we" | "i") && toks.get(k + 1).is_some_and(|t| t.low == "will") {
            2
        } else {
            return false;
        };
        matches!(toks[k - 1].low.as_str(), "," | "." | "-" | ";")
            && toks.get(k + will).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "go" | "rebook" | "book" | "do" | "try" | "reschedule" | "come" | "see" | "sort" | "find" | "redo"
                )
            })
    });
    if let Some(start) = opens {
        let end = (start..toks.len())
            .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?" | ";" | "," | "-" | "–" | "—"))
            .unwrap_or(toks.len());
        if !toks[start..end].iter().any(|t| t.low.starts_with("cancel")) {
            used[start..end].iter_mut().for_each(|u| *u = true);
        }
    }
}

/// The meeting referred to, the time of day and the dates asked for. A reschedule names the
/// meeting after "instead of" or "currently" (up to the next punctuation) or else before its last
/// free "to"; the
/// rest of the request is its new time (on the same day when only a time is given).
pub(super) fn extract(
    toks: &[Token],
    used: &mut [bool],
    reschedule: bool,
    today: NaiveDate,
) -> (MeetingRef, Option<TimeOfDay>, dates::Dates) {
    let old = if reschedule { old_part(toks, used) } else { None };
    let Some(old) = old else {
        let time = clock::extract(toks, used);
        let d = dates::extract(toks, used, today);
        return (reference(d.range, time), time, d);
    };
    let inside = |k: usize| old.contains(&k);
    let (which_time, which_dates) = within(used, inside, |u| {
        (clock::extract(toks, u), dates::extract(toks, u, today))
    });
    let (time, mut target) = within(
        used,
        |k| !inside(k),
        |u| (clock::extract(toks, u), dates::extract(toks, u, today)),
    );
    target.issues.extend(which_dates.issues.iter().cloned());
    // "bump the planning from 10:00 Monday to 11:30": what a meeting is moved from is its time,
    // not a bound.
    let moved_from = old.clone().any(|k| toks[k].low == "from") && !old.clone().any(|k| toks[k].low == "after");
    let which_time = match which_time {
        Some(TimeOfDay::After(t)) if moved_from => Some(TimeOfDay::At(t)),
        other => other,
    };
    // "move the 1:1 from monday 3 to thursday morning": a bare hour right after the meeting's day
    // is its hour.
    let which_time = which_time.or_else(|| {
        old.clone().find_map(|k| {
            // (Not "my monday 1 on 1", "friday 5 a side": what the meeting is.)
            let (len, t) = dates::weekday(&toks[k].low)
                .and_then(|_| clock::hour_at(toks, k + 1))
                .filter(|(len, _)| old.contains(&(k + len)) && !used[k + 1])
                .filter(|(len, _)| {
                    toks.get(k + 1 + len)
                        .is_none_or(|t| !matches!(t.low.as_str(), "on" | "a" | "hour" | "hours" | "x" | "-"))
                })?;
            used[k + 1..=k + len].iter_mut().for_each(|u| *u = true);
            Some(t)
        })
    });
    let which = reference(which_dates.range, which_time);
    // "push today's 2pm to 4": a bare hour right after the divider is the new time.
    let time = time.or_else(|| {
        let (len, t) = clock::hour_at(toks, old.end).filter(|_| target.range.is_none() && !used[old.end])?;
        // ("can it go to 5 same day": or the meeting's own day said again.)
        // ("to 11 the same day": with "the" too.)
        let same_day = |k: usize| {
            let k = k + usize::from(toks.get(k).is_some_and(|t| t.low == "the"));
            matches!(toks.get(k).map(|t| t.low.as_str()), Some("same" | "that"))
                && toks.get(k + 1).is_some_and(|t| t.low == "day")
        };
        let ends = toks.get(old.end + len).is_none_or(|t| t.punct || t.low == "instead") || same_day(old.end + len);
        ends.then(|| {
            used[old.end..old.end + len].iter_mut().for_each(|u| *u = true);
            t
        })
    });
    // (The hour itself only on the meeting's own day, said to be in the evening: "tonight's 7:30".)
    let evening_said = old.clone().any(|k| {
        matches!(toks[k].low.as_str(), "tonight" | "pm" | "p.m")
            || toks[k].low.ends_with("pm")
            || clock::part_word(&toks[k].low).is_some_and(|part| part != PartOfDay::Morning)
    }) || clock::of_the_evening(toks);
    let same_day = target.range.is_none() || target.range == which.date.map(|d| (d, d));
    let time = evening_kept(toks, old.end, which.time, time, same_day && evening_said);
    let which = MeetingRef {
        time: morning_kept(toks, old.clone(), which.time, time),
        ..which
    };
    if target.range.is_none() && time.is_some() {
        target.range = which.date.map(|d| (d, d));
    }
    // "from 9 Dec 16:00 to the next day, same time": the day after the meeting's.
    // ("to the next day, any time after lunch": with only an hour named, on the meeting's day,
    // the next day where it is moved to; not "to 3pm, not the next day".)
    if let Some(after) = which.date
        && (target.range.is_none() && next_day(toks, old.end)
            || target.range == Some((after, after)) && moved_to_next_day(toks, old.end))
        && let Some(day) = after.succ_opt()
    {
        target.range = Some((day, day));
    }
    // "The 11:20 on the 22nd with Aditi - could we do it the day before instead, sometime after
    // 3pm?": the day before the meeting's, said alone (not "the day before the offsite").
    // (Where it is done or moved to: not "send her the agenda the day before", "he flies out the day
    // before".)
    let day_before = (old.end..toks.len()).any(|k| {
        k > 1
            && (matches!(toks[k - 1].low.as_str(), "to" | "be")
                || toks[k - 1].low == "it"
                    && matches!(
                        toks[k - 2].low.as_str(),
                        "do" | "move" | "make" | "have" | "put" | "hold" | "shift" | "push" | "bring"
                    ))
            && starts_with(toks, k, &["the", "day", "before"])
            && toks
                .get(k + 3)
                .is_none_or(|t| t.punct || matches!(t.low.as_str(), "instead" | "then" | "please"))
    });
    if let Some(after) = which.date
        && day_before
        && target.range.is_none_or(|(s, e)| s == e && s == after)
    {
        target.range = after.pred_opt().map(|d| (d, d));
    }
    // "postpone Thursday's meeting to the following Monday": that weekday after the meeting's day.
    if let Some(after) = which.date
        && let Some(day) = following_weekday(toks, old.end)
        && let Some((start, end)) = target.range.filter(|(s, e)| s == e && s.weekday() == day)
    {
        let ahead = (7 + day.num_days_from_monday() - after.weekday().num_days_from_monday()) % 7;
        let ahead = if ahead == 0 { 7 } else { ahead };
        target.range = after
            .checked_add_days(Days::new(u64::from(ahead)))
            .map(|d| (d, d))
            .or(Some((start, end)));
    }
    // "to the following morning", "the following afternoon": the day after the meeting's.
    let next_day = (old.end..toks.len().saturating_sub(1)).any(|k| {
        toks[k].low == "following" && matches!(toks[k + 1].low.as_str(), "day" | "morning" | "afternoon" | "evening")
    });
    if let Some(after) = which.date.filter(|_| next_day)
        && target.range.is_none_or(|(s, e)| s == e && s == after)
    {
        target.range = after.succ_opt().map(|d| (d, d));
    }
    // "from Thursday 3 December to sometime the following week", "to some morning in the week
    // after?": the week after the meeting's (not "the week after next"); after a day that may be
    // read two ways ("from 3/12"), no week is known.
    let following_week = (old.end..toks.len().saturating_sub(1)).any(|k| {
        toks[k].low == "following" && toks[k + 1].low == "week"
            || k > 1
                && toks[k - 1].low == "the"
                && matches!(toks[k - 2].low.as_str(), "to" | "in" | "into" | "for" | "during")
                && toks[k].low == "week"
                && toks[k + 1].low == "after"
                && toks.get(k + 2).is_none_or(|t| t.punct)
    });
    // "to the following week same day same time": that weekday, a week on (said right after it: not
    // "to the following week, but not the same day as the offsite").
    // ("… the following week. Same day works for everyone.": or a sentence after it saying so,
    // not "the same day won't work for Bo".)
    let same_day = (old.end..toks.len()).any(|k| {
        let mut j = k + 2;
        j += usize::from(
            toks.get(j)
                .is_some_and(|t| matches!(t.low.as_str(), "," | "." | "-" | ";")),
        );
        j += if starts_with(toks, j, &["on", "the"]) {
            2
        } else {
            usize::from(toks.get(j).is_some_and(|t| t.low == "the"))
        };
        starts_with(toks, k, &["following", "week"])
            && starts_with(toks, j, &["same"])
            && toks
                .get(j + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "day" | "weekday"))
            && !toks[j + 2..].iter().take(3).any(|t| {
                matches!(
                    t.low.as_str(),
                    "won't" | "wont" | "doesn't" | "isn't" | "not" | "can't" | "cannot" | "no"
                )
            })
    });
    if following_week {
        if let Some(after) = which.date.filter(|_| same_day) {
            target.range = after.checked_add_days(Days::new(7)).map(|d| (d, d)).or(target.range);
        } else if let Some(after) = which.date {
            let monday = dates::monday_of(after);
            // ("out to the following week, any time Monday or Tuesday": the days of it listed right
            // after it.)
            // ("into the week after, Tuesday or Wednesday" too.)
            let listed = (old.end..toks.len())
                .find(|&k| starts_with(toks, k, &["following", "week"]) || starts_with(toks, k, &["week", "after"]))
                .and_then(|k| weekdays_listed_after(toks, k + 2));
            let (first, last) = listed.unwrap_or((0, 6));
            target.range = monday
                .checked_add_days(Days::new(7 + first))
                .zip(monday.checked_add_days(Days::new(7 + last)))
                .or(target.range);
        } else if !which_dates.issues.is_empty() {
            target.range = None;
        }
    }
    // "move dec 7 11:00 w/ Orla to sometime between tue and thu that week": the days listed right
    // before "that week" (or after it), in the meeting's own week, when no other day or week is
    // named.
    if let Some(after) = which.date
        && let Some(k) = (old.end..toks.len()).find(|&k| starts_with(toks, k, &["that", "week"]))
        // ("to later that week, Thursday or Friday": or right after it.)
        && let Some((first, last)) = weekdays_listed_before(toks, k).or_else(|| weekdays_listed_after(toks, k + 2))
        && !(old.end..toks.len()).any(|j| {
            j != k + 1
                && (dates::month(&toks[j].low).is_some()
                    || dates::day_number(&toks[j].low).is_some()
                    || matches!(toks[j].low.as_str(), "week" | "weeks" | "following" | "next" | "after"))
        })
    {
        let monday = dates::monday_of(after);
        target.range = monday
            .checked_add_days(Days::new(first))
            .zip(monday.checked_add_days(Days::new(last)))
            .or(target.range);
    }
    // "put it one week later", "two days later": that long after the meeting's day.
    let later = (old.end..toks.len().saturating_sub(1)).find_map(|k| {
        let count = match toks[k].low.as_str() {
            "a" | "one" => 1,
            "two" => 2,
            "three" => 3,
            n => n.parse::<u64>().ok().filter(|n| (1..=8).contains(n))?,
        };
        let days = match toks[k + 1].low.as_str() {
            "week" | "weeks" => 7,
            "day" | "days" => 1,
            _ => return None,
        };
        (toks.get(k + 2).is_some_and(|t| t.low == "later")).then_some(count * days)
    });
    if let Some(after) = which.date
        && let Some(days) = later
        && target.range.is_none_or(|(s, e)| s == e && s == after)
    {
        target.range = after.checked_add_days(Days::new(days)).map(|d| (d, d));
    }
    // "the 9:45 call on Jan 5 → the afternoon of the 6th": a day of the month alone, as the new
    // day, is read from the meeting's month (not the next 6th from today): in the way it is
    // moved ("bring … forward to the 5th", "push … back to the 2nd"), else in the meeting's own
    // month unless the month after or before has it within a week of the meeting.
    if let Some(after) = which.date
        && let Some((day, _)) = target.range.filter(|(s, e)| s == e)
        && only_a_day_of_the_month(toks, day.day(), |k| !inside(k))
        && let Some(near) = day_near(after, day.day(), direction(toks)).filter(|d| *d >= today)
    {
        target.range = Some((near, near));
    }
    // "The Jan 4 9:15 standup: push it to the week of the 11th": so too the week of a day of the
    // month alone, from Monday to Sunday.
    if let Some(after) = which.date
        && target
            .range
            .is_some_and(|(s, e)| (e - s).num_days() == 6 && s.weekday() == Weekday::Mon)
        && let Some(day) = week_of_a_day_alone(toks, |k| !inside(k))
        && let Some(near) = day_near(after, day, direction(toks)).filter(|d| *d >= today)
    {
        let monday = dates::monday_of(near);
        target.range = monday.checked_add_days(Days::new(6)).map(|sunday| (monday, sunday));
    }
    // "Monday at the same time": the new day, at the meeting's own time.
    let same_time = toks
        .windows(2)
        .any(|w| w[0].low == "same" && matches!(w[1].low.as_str(), "time" | "hour" | "slot"))
        // ("pushed two days later? keep the time": the time kept.)
        || toks.windows(3).enumerate().any(|(k, w)| {
            // (Not "we won't keep the time".)
            w[0].low == "keep"
                && w[1].low == "the"
                && w[2].low == "time"
                && !toks[k.saturating_sub(3)..k]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "won't" | "can't" | "don't" | "not" | "cannot"))
        });
    let time = time.or(which_time.filter(|_| same_time && target.range.is_some()));
    // "… to the 10th, keep it at 1pm": a time kept is the meeting's own time as well as its new one.
    let mut which = which;
    if let Some(TimeOfDay::At(t)) = time.filter(|_| which.time.is_none() && keeps_time(toks)) {
        which.time = Some(t);
    }
    (which, time, target)
}

/// "push the design crit thursday 2pm back an hour": a meeting moved by a length (`shift`, in
/// minutes) goes from its own time, on its own day, when nothing else names the new time; the new
/// time, with `dates` set to that day (past midnight, the time as read).
pub(super) fn moved_by_length(
    shift: Option<i64>,
    which: MeetingRef,
    time: Option<TimeOfDay>,
    dates: &mut dates::Dates,
) -> Option<TimeOfDay> {
    let (Some(minutes), Some(at), Some(day)) = (shift, which.time, which.date) else {
        return time;
    };
    let unnamed = time.is_none_or(|t| t == TimeOfDay::At(at)) && dates.range.is_none_or(|(a, b)| a == b && a == day);
    let (moved, wrapped) = at.overflowing_add_signed(chrono::TimeDelta::minutes(minutes));
    if !unnamed || wrapped != 0 {
        return time;
    }
    dates.range = Some((day, day));
    Some(TimeOfDay::At(moved))
}

/// "postpone Friday's 11:00 call by one week", "push Monday's 3pm back a week": a meeting moved by
/// whole days (`days`) goes to that many days from its own day, at its own time, when nothing
/// else names the new day; the new time, with `dates` set to that day.
pub(super) fn moved_by_days(
    days: Option<i64>,
    which: MeetingRef,
    time: Option<TimeOfDay>,
    dates: &mut dates::Dates,
) -> Option<TimeOfDay> {
    let (Some(days), Some(day)) = (days, which.date) else {
        return time;
    };
    let unnamed = dates.range.is_none_or(|(a, b)| a == b && a == day);
    let moved = if days >= 0 {
        day.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    let Some(moved) = moved.filter(|_| unnamed) else {
        return time;
    };
    dates.range = Some((moved, moved));
    time.or(which.time.map(TimeOfDay::At))
}

/// "the next day", "the following day", "the day after" from `from` on.
fn next_day(toks: &[Token], from: usize) -> bool {
    (from..toks.len()).any(|k| {
        starts_with(toks, k, &["next", "day"])
            || starts_with(toks, k, &["following", "day"])
            || starts_with(toks, k, &["day", "after"]) && toks.get(k + 2).is_none_or(|t| t.punct)
    })
}

/// From `from` on, a comma (or a semicolon or a dash) before "can we do", "can that be" or "can it
/// be" (or "could …") and a weekday, "today", "tomorrow" or a day of the month: where it stands
/// ("…, can we do monday same time", "…, can we do the 4th?").
pub(crate) fn another_day_asked(toks: &[Token], from: usize) -> Option<usize> {
    (from..toks.len()).find(|&i| {
        // ("…, they've asked if we can do the following Monday instead": or asked on someone's
        // behalf, "if" or "whether" closing a few words of asking.)
        // ("…, any way we can do Friday morning instead?": or whether there is a way.)
        let reported = (i + 2..toks.len().min(i + 6))
            .find(|&k| matches!(toks[k].low.as_str(), "if" | "whether"))
            .filter(|&k| {
                toks[i + 1..k].iter().all(|t| !t.punct)
                    && toks[i + 1..k]
                        .iter()
                        .any(|t| matches!(t.low.as_str(), "asked" | "asking" | "wondering" | "wondered"))
            })
            .or_else(|| {
                [
                    &["any", "way"][..],
                    &["is", "there", "any", "way"],
                    &["is", "there", "a", "way"],
                ]
                .iter()
                .find(|lead| starts_with(toks, i + 1, lead))
                .map(|lead| i + lead.len())
            })
            .filter(|&k| {
                ["can", "could"]
                    .iter()
                    .any(|m| starts_with(toks, k + 1, &["we", m, "do"]))
            });
        let day_at = |d: usize| {
            toks.get(d)
                .is_some_and(|t| dates::weekday(&t.low).is_some() || matches!(t.low.as_str(), "today" | "tomorrow"))
                || toks.get(d).is_some_and(|t| t.low == "the")
                    && toks.get(d + 1).is_some_and(|t| {
                        dates::day_number(&t.low).is_some_and(|(_, ordinal)| ordinal)
                            || t.low == "following" && toks.get(d + 2).is_some_and(|t| dates::weekday(&t.low).is_some())
                    })
        };
        // ("sun 29th 7pm → can we do mon 30th": or an arrow.)
        (matches!(toks[i].low.as_str(), "," | ";" | "-" | "–" | "—") || toks[i].is_arrow())
            && (reported.is_some_and(|k| day_at(k + 4))
                // ("…, can that be Friday afternoon instead": or asked of the meeting.)
                || ["can", "could"].iter().any(|m| {
                    ["we", "that", "it"].iter().any(|who| {
                        let verb = if *who == "we" { "do" } else { "be" };
                        starts_with(toks, i + 1, &[m, who, verb])
                    })
                }) && day_at(i + 4))
    })
}

/// "The supervision with Bukola at 3 this afternoon isn't going to work, I'm stuck on a home
/// visit. Any slot next week apart from Monday?": a meeting with someone at an hour, said in the
/// opening sentence not to work out, then another slot asked for in the next, is moved there; where
/// that first sentence ends (not "The 3pm slot you offered won't work. Any slot next week?", a
/// time only offered, nor "… won't work. Any idea why?").
fn said_to_move_then_when(toks: &[Token]) -> Option<usize> {
    let stop = (0..toks.len()).find(|&k| {
        matches!(toks[k].low.as_str(), "." | "!")
            && !(k > 0 && toks[k].low == "." && super::people::HONORIFICS.contains(&toks[k - 1].low.as_str()))
    })?;
    // (A meeting's, on its day: not "The car needs moving.")
    let needs = stop > 2
        && matches!(toks[stop - 1].low.as_str(), "moving" | "rescheduling" | "rearranging")
        && matches!(toks[stop - 2].low.as_str(), "needs" | "need")
        && (0..stop).any(|k| super::dates::day_named_at(toks, k));
    let when_after = (stop + 1..toks.len())
        .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "!" | "?"))
        .any(|k| super::dates::day_named_at(toks, k));
    (needs && when_after).then_some(stop)
}

pub(crate) fn fell_through_then_another_slot(toks: &[Token]) -> Option<usize> {
    // (An honorific's full stop ends no sentence: "with Dr. Mihail Popa".)
    let stop = (0..toks.len()).find(|&k| {
        matches!(toks[k].low.as_str(), "." | "!" | "?")
            && !(k > 0 && toks[k].low == "." && super::people::HONORIFICS.contains(&toks[k - 1].low.as_str()))
    })?;
    let first = &toks[..stop];
    let owned = toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "the" | "my" | "our"));
    let with = first.iter().position(|t| t.low == "with")?;
    // ("at 3 this afternoon", "at 10:30".)
    let timed = first[with..].windows(2).any(|w| {
        crate::intent::clock::written_clock(&w[1])
            || w[0].low == "at" && w[1].low.starts_with(|c: char| c.is_ascii_digit())
    });
    let offered = first
        .iter()
        .any(|t| matches!(t.low.as_str(), "you" | "offered" | "proposed" | "suggested"));
    let fell_through = (0..stop).any(|k| {
        [
            &["isn't", "going", "to", "work"][..],
            &["is", "not", "going", "to", "work"],
            &["isn't", "going", "to", "happen"],
            &["won't", "work"],
            &["can't", "happen"],
            &["doesn't", "work"],
            // ("The appointment … with Dr. Mihail Popa on Monday 30 November at 9h, I cannot come.
            // Is it possible the next day at the same hour?")
            &["i", "cannot", "come"],
            &["i", "can't", "come"],
            &["i", "cannot", "make", "it"],
            &["i", "can't", "make", "it"],
        ]
        .iter()
        .any(|words| starts_with(toks, k, words))
    });
    // (A slot for the meeting: not "Any other room free?", "Any other ideas?", "Any time you could
    // look at it?", "Any day we could get more sign-ups?", another thing asked about.)
    let slot_at = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "slot" | "slots" | "time" | "day" | "date"))
    };
    let asks_of_others = toks[stop + 1..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            matches!(w[0].low.as_str(), "you" | "i" | "we" | "who") && matches!(w[1].low.as_str(), "could" | "can")
        });
    let another = !asks_of_others
        && (starts_with(toks, stop + 1, &["any"])
            && (slot_at(stop + 2) || starts_with(toks, stop + 2, &["other"]) && slot_at(stop + 3))
            || starts_with(toks, stop + 1, &["another"]) && slot_at(stop + 2))
        || starts_with(toks, stop + 1, &["is", "it", "possible"])
            && (stop + 4..toks.len().min(stop + 8))
                .any(|k| super::dates::day_named_at(toks, k) || toks[k].low == "next");
    (owned && timed && !offered && fell_through && another).then_some(stop)
}

/// Words joining the weekdays of a list ("Monday or Tuesday", "between tue and thu").
const WEEKDAY_JOINS: &[&str] = &["or", "and", ",", "-", "to", "through", "thru", "between"];

/// The first and last of `days` (as days from Monday), when they run forwards.
fn span_of_days(days: &[u64]) -> Option<(u64, u64)> {
    let (first, last) = (*days.first()?, *days.last()?);
    (first <= last).then_some((first, last))
}

/// The weekdays listed after a comma at `k` ("…, any time Monday or Tuesday", "…, Wednesday or
/// Thursday?"), as [`span_of_days`], the list ending the request or its sentence (not "…, I'm out
/// Monday", "…, Wednesday at the earliest", "…, Monday is a holiday", "…, after Tuesday").
fn weekdays_listed_after(toks: &[Token], k: usize) -> Option<(u64, u64)> {
    if toks.get(k).is_none_or(|t| t.low != ",") {
        return None;
    }
    let mut j = k + 1;
    while toks.get(j).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "any" | "time" | "anytime" | "ideally" | "preferably" | "on"
        )
    }) {
        j += 1;
    }
    let mut days = Vec::new();
    while let Some(t) = toks.get(j) {
        if let Some(d) = dates::weekday(&t.low).filter(|_| !t.possessive) {
            days.push(u64::from(d.num_days_from_monday()));
        } else if !(WEEKDAY_JOINS.contains(&t.low.as_str()) && t.low != "between") {
            break;
        }
        j += 1;
    }
    let ends = toks.get(j).is_none_or(|t| {
        matches!(
            t.low.as_str(),
            "." | "?" | "!" | ";" | "please" | "pls" | "works" | "work"
        ) || crate::intent::clock::part_word(&t.low).is_some()
    });
    if ends { span_of_days(&days) } else { None }
}

/// The weekdays listed right before `k` ("between tue and thu that week"), as [`span_of_days`].
fn weekdays_listed_before(toks: &[Token], k: usize) -> Option<(u64, u64)> {
    let mut days = Vec::new();
    let mut j = k;
    while j > 0 {
        let t = &toks[j - 1];
        if let Some(d) = dates::weekday(&t.low).filter(|_| !t.possessive) {
            days.push(u64::from(d.num_days_from_monday()));
        } else if !WEEKDAY_JOINS.contains(&t.low.as_str()) || t.low == "," {
            break;
        }
        j -= 1;
    }
    // (The list right before it: not "to Monday, I'm out that week".)
    if k == 0 || dates::weekday(&toks[k - 1].low).is_none() {
        return None;
    }
    days.reverse();
    span_of_days(&days)
}

/// "to the next day", "to the following day", "to the day after" from `from` on: the next day
/// where a meeting is moved to.
fn moved_to_next_day(toks: &[Token], from: usize) -> bool {
    (from.saturating_sub(1)..toks.len()).any(|k| {
        ["next", "following"]
            .iter()
            .any(|w| starts_with(toks, k, &["to", "the", w, "day"]))
            || starts_with(toks, k, &["to", "the", "day", "after"]) && toks.get(k + 4).is_none_or(|t| t.punct)
    })
}

/// The weekday named after "following" from `from` on ("to the following Monday"), or before an
/// "after" that ends its clause ("to the monday after, any time in the afternoon").
/// The tokens `part` keeps name day `day` by its number alone ("the 6th", "on the 11th"), no
/// month, weekday or day said otherwise.
fn only_a_day_of_the_month(toks: &[Token], day: u32, part: impl Fn(usize) -> bool) -> bool {
    let words: Vec<&str> = (0..toks.len())
        .filter(|&k| part(k))
        .map(|k| toks[k].low.as_str())
        .collect();
    let ordinal = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && dates::day_number(w) == Some((day, true));
    words.iter().any(|w| ordinal(w))
        && !words.iter().any(|w| {
            dates::month(w).is_some()
                || dates::weekday(w).is_some()
                || matches!(
                    *w,
                    "today" | "tomorrow" | "week" | "weekend" | "month" | "next" | "following"
                )
        })
}

/// The day of the month in "the week of the 11th", among the tokens `part` keeps, with no month
/// after it.
fn week_of_a_day_alone(toks: &[Token], part: impl Fn(usize) -> bool) -> Option<u32> {
    (0..toks.len()).find_map(|k| {
        let the = usize::from(toks.get(k + 2).is_some_and(|t| t.low == "the"));
        let at = k + 2 + the;
        let (day, true) = dates::day_number(&toks.get(at)?.low)? else {
            return None;
        };
        // (Not "the week of the 11th of January", a month after "of".)
        let of = usize::from(toks.get(at + 1).is_some_and(|t| t.low == "of"));
        (part(k)
            && starts_with(toks, k, &["week", "of"])
            && toks.get(at + 1 + of).is_none_or(|t| dates::month(&t.low).is_none()))
        .then_some(day)
    })
}

/// Which way a meeting is moved, when a word says so: earlier (`Some(false)`: "forward",
/// "earlier") or later (`Some(true)`: "back", "postpone", "later").
fn direction(toks: &[Token]) -> Option<bool> {
    let said = |words: &[&str]| toks.iter().any(|t| words.contains(&t.low.as_str()));
    match (
        said(&["forward", "forwards", "earlier", "advance"]),
        said(&["back", "postpone", "postponed", "later", "delay", "delayed"]),
    ) {
        (true, false) => Some(false),
        (false, true) => Some(true),
        _ => None,
    }
}

/// The date with day of the month `day` for a meeting on `near` moved `later` (or earlier, or
/// either way): in the meeting's month or the one before or after.
fn day_near(near: NaiveDate, day: u32, later: Option<bool>) -> Option<NaiveDate> {
    let first = near.with_day(1)?;
    let candidates: Vec<NaiveDate> = [
        first.checked_sub_months(chrono::Months::new(1)),
        Some(first),
        first.checked_add_months(chrono::Months::new(1)),
    ]
    .into_iter()
    .flatten()
    .filter_map(|m| m.with_day(day))
    .collect();
    let distance = |d: &NaiveDate| (*d - near).num_days().abs();
    match later {
        Some(true) => candidates.into_iter().filter(|d| *d >= near).min_by_key(distance),
        Some(false) => candidates.into_iter().filter(|d| *d <= near).min_by_key(distance),
        None => {
            let own = near.with_day(day);
            let close = candidates.iter().copied().find(|d| Some(*d) != own && distance(d) <= 7);
            close.or(own)
        }
    }
}

fn following_weekday(toks: &[Token], from: usize) -> Option<Weekday> {
    (from..toks.len().saturating_sub(1)).find_map(|k| {
        if toks[k].low == "following" {
            return dates::weekday(&toks[k + 1].low);
        }
        (toks[k + 1].low == "after" && toks.get(k + 2).is_none_or(|t| t.punct))
            .then(|| dates::weekday(&toks[k].low))
            .flatten()
    })
}

/// "keep it at 1pm", "keeping the time at 14:00": the time is kept as it was.
fn keeps_time(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        matches!(toks[i].low.as_str(), "keep" | "keeping" | "keeps")
            && toks[i + 1..]
                .iter()
                .take(3)
                .take_while(|t| !t.punct)
                .any(|t| matches!(t.low.as_str(), "at" | "time"))
    })
}

/// "call w/ Leanne sun 29th 7pm → can we do mon 30th any time after 8?": a bound after a new hour
/// written bare (from `from` on), read in the morning, is the evening's when the meeting moved is
/// in the afternoon or evening and that evening hour is within three hours of it; "push tonight's
/// 7:30 sectional … to 8": so is the hour itself on the meeting's own day, said to be in the
/// evening (`same_evening`) (not "move my 3pm to after 10", "the 7pm to after 9am", nor "move my
/// 6pm call with Ana to tomorrow at 9", another day's hour).
fn evening_kept(
    toks: &[Token],
    from: usize,
    old: Option<NaiveTime>,
    new: Option<TimeOfDay>,
    same_evening: bool,
) -> Option<TimeOfDay> {
    let Some(old) = old.filter(|t| t.hour() >= 12) else {
        return new;
    };
    let bare = |h: u32| {
        (from..toks.len()).any(|k| {
            toks[k].low == h.to_string()
                && toks
                    .get(k + 1)
                    .is_none_or(|n| !matches!(n.low.as_str(), "am" | "a.m" | "pm" | "p.m" | ":" | "o'clock"))
        }) && !toks[from..].iter().any(|t| clock::part_word(&t.low).is_some())
    };
    let later = |t: NaiveTime| {
        let evening = t.overflowing_add_signed(chrono::Duration::hours(12)).0;
        if t.hour() < 12 && bare(t.hour()) && evening > old && evening - old <= chrono::Duration::hours(3) {
            evening
        } else {
            t
        }
    };
    new.map(|time| match time {
        TimeOfDay::After(t) => TimeOfDay::After(later(t)),
        TimeOfDay::At(t) if same_evening => TimeOfDay::At(later(t)),
        other => other,
    })
}

/// "can the 7:45 key handover w/ Pawel tmrw go to 8:15 instead": the meeting's hour written bare
/// (in `old`), read in the evening, is the morning's when the new time is in the morning and up to
/// three hours after that morning hour (not "move the 7:45 to 10:30pm", nor "the 7pm to 8am",
/// written so).
fn morning_kept(
    toks: &[Token],
    old: std::ops::Range<usize>,
    was: Option<NaiveTime>,
    new: Option<TimeOfDay>,
) -> Option<NaiveTime> {
    let (Some(was), Some(TimeOfDay::At(new) | TimeOfDay::After(new) | TimeOfDay::Before(new))) = (was, new) else {
        return was;
    };
    let morning = was.overflowing_sub_signed(chrono::Duration::hours(12)).0;
    // (No "pm" or part of the day said of it.)
    let bare = !old.clone().any(|k| {
        toks[k].low.ends_with("pm")
            || matches!(toks[k].low.as_str(), "p.m" | "tonight")
            || clock::part_word(&toks[k].low).is_some()
    });
    let shortly_after = new >= morning && new - morning <= chrono::Duration::hours(3);
    // (Nothing of the evening: not "the 7:30 dinner … to 9", "the 6:30 carol concert … to 8:30".)
    let bare = bare && !clock::of_the_evening(toks);
    if (13..=19).contains(&was.hour()) && new.hour() < 12 && bare && shortly_after {
        Some(morning)
    } else {
        Some(was)
    }
}

/// The tokens that name the meeting being moved.
fn old_part(toks: &[Token], used: &[bool]) -> Option<std::ops::Range<usize>> {
    let instead = (0..toks.len()).find_map(|i| {
        let instead_of = INSTEAD.iter().find(|m| starts_with(toks, i, m));
        // ("… wants her boiler service moved. It's booked for Thursday the 3rd at 9am; she'd
        // prefer …": or how it was set, said of "it" opening its sentence.)
        let booked = || {
            let is = usize::from(!toks[i].possessive && starts_with(toks, i + 1, &["is"]));
            let opens = i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?" | ";");
            (opens && toks[i].low == "it" && (toks[i].possessive || is == 1))
                .then_some(i + 1 + is)
                .filter(|&k| toks.get(k).is_some_and(|t| SET_FOR.contains(&t.low.as_str())) && now_on(toks, k))
        };
        let start = instead_of
            .or_else(|| {
                NOW_ON
                    .iter()
                    .find(|m| starts_with(toks, i, m) && now_on(toks, i + m.len()))
            })
            .map(|marker| i + marker.len())
            .or_else(booked)?;
        // ("currently set for Thursday 10 December at 09:00 to Friday 11 December": what is now
        // on ends at the "to" leading to its new day.)
        // ("currently set for Monday 14 December at 2 p.m. to be moved to the morning of …": or at
        // a "to" before the verb that moves it.)
        let to_new_day = |k: usize| {
            instead_of.is_none()
                && toks[k].low == "to"
                && (dates::day_named_at(toks, k + 1) || toks.get(k + 1).is_some_and(|t| t.low == "be" || moves(t)))
        };
        let end = (start..toks.len())
            .find(|&k| toks[k].punct || to_new_day(k))
            .unwrap_or(toks.len());
        // "moved over whole rather than copied": only a day, an hour or a part of the day named
        // after it ("instead of noon", "rather than the morning") is the meeting's old time.
        (start..end)
            .any(|k| {
                dates::day_or_hour_at(toks, k)
                    || clock::part_word(&toks[k].low).is_some()
                    || matches!(toks[k].low.as_str(), "noon" | "midday" | "midnight")
            })
            .then_some(start..end)
    });
    // "move the 1:1 with Kasimir off monday 8am, any time tuesday before 10 works": taken off a
    // day, to the end of its clause, is the meeting (read after the dividers below, so "off
    // Monday to Wednesday at 10" keeps its "to").
    let taken_off = (1..toks.len())
        .find(|&i| toks[i].low == "off" && dates::day_named_at(toks, i + 1))
        .and_then(|i| (i + 1..toks.len()).find(|&k| toks[k].low == ","))
        .map(|comma| 0..comma + 1);
    // "move the 8am with rohan on tuesday, any time thursday works": a comma (or a dash: "can't make
    // 3.45 on the 10th - any time on the 11th works") before "any time" and a day ends the meeting
    // named; what follows is when it may go.
    let any_time_after = (1..toks.len())
        .find(|&i| {
            matches!(toks[i].low.as_str(), "," | ";" | "-" | "–" | "—")
                && (starts_with(toks, i + 1, &["any", "time"]) || starts_with(toks, i + 1, &["anytime"]))
                && (i + 2..i + 5).any(|k| dates::day_named_at(toks, k))
        })
        .map(|comma| 0..comma + 1);
    // "The call with Mister Endo of Thursday 10 at 11h, I need it on Friday 11": a comma before
    // the meeting is wanted on another day ends the meeting named.
    let wanted_after = (1..toks.len())
        .find(|&i| toks[i].low == "," && (i + 1..toks.len().min(i + 7)).any(|k| dates::wanted_on_a_day(toks, k)))
        .map(|comma| 0..comma + 1);
    // "I can't make the 6pm with Mireille tonight, can we do monday same time": so does one before
    // "can we do" a day.
    let asked_after = another_day_asked(toks, 1).map(|comma| 0..comma + 1);
    // "The supervision with Bukola at 3 this afternoon won't work. Any slot next week …?": the
    // opening sentence names the meeting.
    let fell_through = fell_through_then_another_slot(toks).map(|stop| 0..stop + 1);
    // "The rehearsal with Morag … at 7:30pm needs moving. Any evening the following week …": a
    // sentence saying the meeting must move names it; the next says when to.
    let said_to_move = said_to_move_then_when(toks).map(|stop| 0..stop + 1);
    instead
        .or_else(|| {
            // "put off Monday's 11:20 until Tuesday": "until" divides as "to" does. "Called out
            // to a delivery, so please rebook …": never a "to" before the verb that moves.
            // ("… could be moved to Thursday 10 December at 14:00. Please make the change.": or the
            // meeting said to be moved, before a later word of moving; not "We moved to the new
            // office", "I got moved to nights", what happened before.)
            let verb = (0..toks.len())
                .position(|k| {
                    moves(&toks[k])
                        || k > 0
                            && matches!(toks[k - 1].low.as_str(), "be" | "been" | "being")
                            && matches!(toks[k].low.as_str(), "moved" | "shifted" | "pushed" | "bumped")
                })
                .unwrap_or(0);
            // "isn't going to work", "will have to slip to Wednesday": a "to" after a word that
            // takes a verb next marks that verb, not the new time.
            // ("isn't going to happen, could we do Tuesday instead?": unless nothing else divides.)
            let infinitive = |k: usize| INFINITIVE_LEADS.contains(&toks[k - 1].low.as_str());
            let divider = |from: usize, words: &[&str], marks: bool| {
                (from.max(1)..toks.len()).rev().find(|&k| {
                    words.contains(&toks[k].low.as_str())
                            && !used[k]
                            && (marks || !infinitive(k))
                            // (Not "at quarter to eleven", a clock time.)
                            && !clock::to_inside_a_clock(toks, k)
                })
            };
            // "ask you to migrate Monday's 4:45pm with priyanka to the 9th at 2pm, to revise the
            // entry to match, and to make certain …": after a meeting named by its day, the first
            // "to" before a day or hour read as one divides, whatever else follows.
            let named = toks.iter().position(|t| {
                t.possessive && (dates::weekday(&t.low).is_some() || matches!(t.low.as_str(), "today" | "tomorrow"))
            });
            // A day, or an hour ("to 4").
            let dated = |k: usize| {
                dates::day_named_at(toks, k)
                    || toks
                        .get(k)
                        .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
            };
            let to_a_day = named
                .and_then(|from| (from + 1..toks.len()).find(|&k| toks[k].low == "to" && !used[k] && dated(k + 1)));
            // "… from 9 December I want to move on 11 December": "on" a day right after the verb
            // that moves divides as "to" does.
            let moved_on = (verb > 0 || toks.first().is_some_and(moves))
                && toks.get(verb + 1).is_some_and(|t| t.low == "on")
                && dated(verb + 2);
            // "… has to shift — anytime Friday afternoon works": a dash right after the verb that
            // moves, before a day, divides.
            // "… needs to move: sometime between the 16th and the 18th": a colon too.
            let dashed = verb > 0
                && toks
                    .get(verb + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "-" | "\u{2013}" | "\u{2014}" | ":"))
                && (verb + 2..verb + 7)
                    .take_while(|&k| toks.get(k).is_some_and(|t| !t.punct))
                    .any(dated);
            // "re-slot Monday's 5pm into Wednesday": "into" divides as "to" does; after the meeting
            // named by its day, when it is (not "whispering lines into the dark. So Monday's
            // 4:45pm …").
            let past_named = named.map_or(verb, |n| n.max(verb));
            // "from Tuesday 15 December at 9:00 to Thursday 17 December … He has a funeral to
            // attend on the Tuesday.": the last "to" before a day or hour divides, not a later one
            // before a verb.
            let to_dated = divider(past_named, &["to"], false)
                .filter(|&k| !dated(k + 1))
                .and_then(|_| {
                    (past_named.max(1)..toks.len()).rev().find(|&k| {
                        toks[k].low == "to"
                            && !used[k]
                            && dated(k + 1)
                            && !clock::to_inside_a_clock(toks, k)
                            // (Not a span of hours: "the 10 to 11 slot", "from 9 to 11".)
                            && !(toks[k - 1].low.starts_with(|c: char| c.is_ascii_digit())
                                && toks[k + 1].low.starts_with(|c: char| c.is_ascii_digit()))
                    })
                });
            // ("mv my sync w/ kemi mon 11am → 3pm same day pls, got dragged into the incident
            // retro": an arrow before a day or hour, wherever a later "into" is; not "Move my call
            // with Ana to Wednesday 2pm; she flies Mon -> Tue", a "to" before a day said.)
            let to_a_day_said =
                (1..toks.len()).any(|k| toks[k].low == "to" && !toks[k].is_arrow() && !used[k] && dated(k + 1));
            let arrow = (1..toks.len())
                .find(|&k| toks[k].is_arrow() && !used[k] && dated(k + 1))
                .filter(|_| !to_a_day_said);
            // ("… can we shift it to Wednesday, same time? The nativity dress rehearsal's been moved
            // into the hall on Tuesday": a "to" before a day, ahead of a later "into" a place.)
            let to_before_into = divider(past_named, &["to", "into"], false)
                .filter(|&k| toks[k].low == "into" && !dated(k + 1) && !a_part_of_day_at(toks, k + 1))
                .and_then(|into| {
                    (past_named.max(1)..into).rev().find(|&k| {
                        toks[k].low == "to" && !used[k] && dated(k + 1) && !clock::to_inside_a_clock(toks, k)
                    })
                })
                // (Not with an arrow about: "… to Wednesday 2pm; she flies Mon -> Tue and gets into
                // Berlin late".)
                .filter(|_| !(1..toks.len()).any(|k| toks[k].is_arrow()));
            let to = moved_on
                .then_some(verb + 1)
                .or(dashed.then_some(verb + 1))
                .or(arrow)
                .or(to_a_day)
                .or(to_dated)
                .or(to_before_into)
                .or_else(|| divider(past_named, &["to", "into"], false))
                // Not "whispering lines into the dark till the final curtain": a day, an hour or a
                // part of one follows ("until the afternoon of the 10th").
                .or_else(|| {
                    divider(1, &["until", "till"], false).filter(|&k| dated(k + 1) || a_part_of_day_at(toks, k + 1))
                })
                .or_else(|| divider(past_named, &["to", "into"], true))?;
            // "I need to move Monday's 11:20 …": "to" before the verb that moves divides nothing,
            // nor before those told ("explain the delay to them", "alert them to its revised
            // coordinates"), nor before a verb that brings something in line ("amend the entry to
            // match"): the "to" before it does.
            let divides = |k: usize| {
                !toks.get(k + 1).is_some_and(|t| {
                    moves(t)
                        || matches!(
                            t.low.as_str(),
                            "them" | "him" | "her" | "everyone" | "everybody" | "all" | "its" | "their" | "his"
                        )
                        || CONFORMING_VERBS.contains(&t.low.as_str())
                })
            };
            // "ask you to keep it circling until Wednesday at 10, …, and alert them to its revised
            // coordinates": an "until" before it divides too, not an infinitive's "to".
            let to = if divides(to) {
                to
            } else {
                // The last free word before `to` that `marks` and that divides.
                let last_before = |marks: &dyn Fn(usize) -> bool| {
                    (verb.max(1)..to).rev().find(|&k| marks(k) && !used[k] && divides(k))
                };
                last_before(&|k| {
                    toks[k].low == "to" && !infinitive(k) || matches!(toks[k].low.as_str(), "until" | "till")
                })
                .or_else(|| last_before(&|k| toks[k].low == "to"))
                .unwrap_or(to)
            };
            divides(to).then_some(0..to + 1)
        })
        .or(taken_off)
        .or(any_time_after)
        .or(wanted_after)
        .or(asked_after)
        .or(fell_through)
        .or(said_to_move)
        .or_else(|| {
            // "The call with Ms. Abara on the 8th must be moved one day later, preferably before
            // noon": the meeting named before the verb that moves, its new time after it.
            let verb = (1..toks.len()).find(|&k| {
                (moves(&toks[k])
                    || matches!(
                        toks[k].low.as_str(),
                        "moved" | "pushed" | "shifted" | "bumped" | "delayed" | "postponed"
                    ))
                    && !used[k]
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.low.as_str(), "one" | "a" | "two" | "three"))
                    && toks
                        .get(k + 2)
                        .is_some_and(|t| matches!(t.low.as_str(), "day" | "days" | "week" | "weeks"))
                    && toks.get(k + 3).is_some_and(|t| t.low == "later")
            })?;
            Some(0..verb + 1)
        })
        .or_else(|| {
            // "The meeting should be the 9th at 2pm instead": what it should be is the new time.
            let be = (1..toks.len()).rev().find(|&k| {
                toks[k].low == "be"
                    && !used[k]
                    && matches!(toks[k - 1].low.as_str(), "should" | "could" | "would" | "can")
                    // A day follows, not "can be delivered".
                    && toks.get(k + 1).is_some_and(|t| {
                        t.low.starts_with(|c: char| c.is_ascii_digit())
                            || dates::weekday(&t.low).is_some()
                            || dates::month(&t.low).is_some()
                            || matches!(t.low.as_str(), "the" | "next" | "on" | "at" | "today" | "tomorrow")
                    })
            })?;
            Some(0..be + 1)
        })
        .or_else(|| {
            // "my meeting on Wednesday I must change, please put it on Friday": the meeting is
            // named before a verb takes it up again as "it"; its new time follows.
            // "… - can it be Thursday at 11 instead?": "it be" too; "can it go later that day? After
            // 4": "it go" too.
            let it = (1..toks.len()).rev().find(|&k| {
                // ("the one coming Wednesday the sixteenth at nine, um, can we make that Friday the
                // eighteenth instead": "that" too, before the new day.)
                // ("… at eight can we make that nine no wait half nine same day": or before a new
                // hour of the same day.)
                (toks[k].low == "it"
                    || toks[k].low == "that"
                        && MOVE_VERBS.contains(&toks[k - 1].low.as_str())
                        && (dates::day_named_at(toks, k + 1)
                            || (k + 2..toks.len().min(k + 9)).any(|j| starts_with(toks, j, &["same", "day"]))))
                    && !used[k]
                    && (MOVE_VERBS.contains(&toks[k - 1].low.as_str())
                        // "Re-cue it for the 9th at 2pm": whatever is done again.
                        || toks[k - 1].low.starts_with("re-")
                        || toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "be" | "go")))
                    && toks.get(k + 1).is_some_and(|t| !t.punct)
            })?;
            let be = usize::from(toks.get(it + 1).is_some_and(|t| matches!(t.low.as_str(), "be" | "go")));
            // ("that Friday": read with the day it points to.)
            let that = usize::from(toks[it].low == "that");
            Some(0..it + 1 + be - that)
        })
        .or_else(|| {
            // "The retro on Wednesday 4pm clashes with something, can you find a new slot on
            // Thursday": the meeting is named before "a new slot", its new time after (not "a new
            // time for Monday's 2pm", which names the meeting).
            // "…, new time is Tuesday before 10".
            let new = (1..toks.len()).find(|&k| {
                (new_slot_at(toks, k) || starts_with(toks, k, &["new", "time", "is"]))
                    && toks.get(k + 3).is_some_and(|t| t.low != "for")
            })?;
            Some(0..new + 3)
        })
        .or_else(|| {
            // "reschedule my Tuesday meeting for Wednesday": "for" and a day give the new one
            // ("a new time for Monday's 2pm" names the meeting instead).
            let day = |t: &Token| {
                !t.possessive && (dates::weekday(&t.low).is_some() || matches!(t.low.as_str(), "today" | "tomorrow"))
            };
            // "change it for the 4 December": a written date too.
            let number = |k: usize| {
                toks.get(k)
                    .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
            };
            // "for next Friday", "for Dec 8".
            let next_day = |k: usize| {
                toks.get(k)
                    .is_some_and(|t| matches!(t.low.as_str(), "next" | "this" | "coming"))
                    && toks.get(k + 1).is_some_and(day)
            };
            let month_at = |k: usize| toks.get(k).is_some_and(|t| dates::month(&t.low).is_some()) && number(k + 1);
            // "for the week after next", "for next week": a week given whole.
            let week_at = |k: usize| {
                toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "the" | "next"))
                    && toks.get(k + 1).is_some_and(|t| t.low == "week")
                    && toks
                        .get(k + 2)
                        .is_none_or(|t| t.punct || matches!(t.low.as_str(), "after" | "instead"))
            };
            let date_at = |k: usize| {
                toks.get(k).is_some_and(day)
                    || week_at(k)
                    || toks.get(k).is_some_and(|t| t.low == "the") && number(k + 1)
                    || next_day(k)
                    || month_at(k)
            };
            // ("My meeting with Major …, fixed for Thursday the 10th …, must be put back one week":
            // not the day a meeting stands fixed for, set off after it.)
            let stands_fixed = |k: usize| {
                k > 1 && toks[k - 2].low == "," && super::lexer::STANDS_FIXED.contains(&toks[k - 1].low.as_str())
            };
            let to = (1..toks.len())
                .rev()
                .find(|&k| toks[k].low == "for" && !used[k] && date_at(k + 1) && !stands_fixed(k))?;
            Some(0..to + 1)
        })
        .or_else(|| {
            // "Zeynep and Paulo cant do friday 11:00 anymore, can we do friday 4pm instead": what
            // "can we do" asks for "instead" is the new time; the meeting is named before it.
            let ask = (2..toks.len()).rev().find(|&k| {
                // The meeting named before it, by its day or hour ("friday 11:00").
                let named_before = (0..k - 2).any(|j| dates::day_or_hour_at(toks, j));
                toks[k].low == "do"
                    && named_before
                    && !used[k]
                    && matches!(toks[k - 1].low.as_str(), "we" | "you" | "i")
                    && matches!(toks[k - 2].low.as_str(), "can" | "could" | "shall")
                    && toks[k + 1..]
                        .iter()
                        .take_while(|t| !t.punct)
                        .any(|t| t.low == "instead")
            })?;
            Some(0..ask + 1)
        })
        .or_else(|| {
            // "can my call with Giulia Romano today at 3 happen later, like after 6?": the meeting
            // is named, by its day or hour, before "happen"; its new time follows.
            let happen = (1..toks.len()).find(|&k| {
                toks[k].low == "happen"
                    && !used[k]
                    && (0..k).any(|j| dates::day_or_hour_at(toks, j))
                    && toks.get(k + 1).is_some_and(|t| !t.punct)
            })?;
            Some(0..happen + 1)
        })
        .or_else(|| possessive_part(toks))
}

/// True when `t` is a verb that moves a meeting ("rebook", "push", "rescheduling").
fn moves(t: &Token) -> bool {
    const STEMS: &[&str] = &["resched", "postpon", "defer", "rebook"];
    const VERBS: &[&str] = &[
        "move",
        "shift",
        "push",
        "bump",
        "change",
        "swap",
        "rearrange",
        // "rejig today's 5pm to Friday".
        "rejig",
        "delay",
        "nudge",
        "slide",
        "shunt",
        "put",
        "punt",
        "budge",
        "prepone",
        "drag",
        "slip",
        // "kick it down the road to Friday", "re-time it to noon", "mosey it on over to the 9th".
        "kick",
        "mosey",
        "re-time",
        "retime",
    ];
    VERBS.contains(&t.low.as_str()) || STEMS.iter().any(|s| t.low.starts_with(s)) || super::kind::books_again(t)
}

/// Verbs of bringing a record in line, never a time ("update the entry to match", "… to reflect it").
const CONFORMING_VERBS: &[&str] = &["match", "reflect", "suit", "fit", "agree", "correspond"];

/// "a new slot", "find another time": three words at `k` asking another time for a meeting.
pub(super) fn new_slot_at(toks: &[Token], k: usize) -> bool {
    [
        ["a", "new", "slot"],
        ["a", "new", "time"],
        ["find", "another", "slot"],
        ["find", "another", "time"],
    ]
    .iter()
    .any(|words| starts_with(toks, k, words))
}

/// "the afternoon of the 10th", "end of day", "lunch", "the weekend", "later": a part of a day, or a
/// word of when, at `k` or the word after.
fn a_part_of_day_at(toks: &[Token], k: usize) -> bool {
    toks.iter().skip(k).take(2).any(|t| {
        matches!(
            t.low.as_str(),
            "morning" | "afternoon" | "evening" | "noon" | "lunch" | "end" | "weekend" | "later"
        )
    })
}

/// Words after which "to" marks the verb that follows ("going to work", "have to slip").
const INFINITIVE_LEADS: &[&str] = &[
    "going", "have", "has", "had", "need", "needs", "want", "wants", "ought", "able", "got", "used",
    // "Might I ask you to keep it circling until Wednesday": what the assistant is asked to do.
    "you",
];

/// Verbs that give a meeting named before them, as "it", its new time ("put it on Friday").
/// "can we do it on sunday instead": "do" too.
const MOVE_VERBS: &[&str] = &[
    "put", "move", "make", "shift", "push", "set", "have", "bump", "change", "pass", "drag", "do",
];

/// Words that end a meeting named by its day ("Thursday's 3pm with Bo on Tuesday instead"): what
/// follows is who it is with or its new time.
const AFTER_POSSESSIVE: &[&str] = &["with", "on", "to", "for", "the", "next", "this", "instead", "in"];

/// "Can we do Thursday's 3pm with Bo on Tuesday instead?": without "to" or "instead of", the
/// meeting is the one named by a possessive day and what follows it up to who or when.
/// ("road's flooded at the ford 🌊 push tmrw's 9:15 stop …": a day's possessive before its hour
/// ahead of any other's; not "Bo's call in Monday's slot", "Ana's review after Friday's standup",
/// the day another thing is on.)
fn possessive_part(toks: &[Token]) -> Option<std::ops::Range<usize>> {
    let a_day =
        |t: &Token| dates::weekday(&t.low).is_some() || matches!(t.low.as_str(), "today" | "tomorrow" | "tonight");
    let day = (0..toks.len())
        .find(|&k| {
            toks[k].possessive
                && a_day(&toks[k])
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
        })
        .or_else(|| toks.iter().position(|t| t.possessive && !t.punct))?;
    let end = (day + 1..toks.len())
        .find(|&k| {
            let t = &toks[k];
            t.punct || AFTER_POSSESSIVE.contains(&t.low.as_str()) || dates::weekday(&t.low).is_some()
        })
        .unwrap_or(toks.len());
    (end < toks.len()).then_some(0..end)
}

/// Runs `f` on the tokens `keep` selects (the others look used), keeping what it claims.
fn within<T>(used: &mut [bool], keep: impl Fn(usize) -> bool, f: impl FnOnce(&mut [bool]) -> T) -> T {
    let mut local: Vec<bool> = used.iter().enumerate().map(|(k, u)| *u || !keep(k)).collect();
    let out = f(&mut local);
    for (k, u) in used.iter_mut().enumerate() {
        if keep(k) {
            *u = local[k];
        }
    }
    out
}

/// A reference to existing meetings: the day named, or the first and last of the days named, and
/// a clock time.
fn reference(range: Option<(NaiveDate, NaiveDate)>, time: Option<TimeOfDay>) -> MeetingRef {
    MeetingRef {
        date: range.map(|(a, _)| a),
        until: range.filter(|(a, b)| a != b).map(|(_, b)| b),
        every: false,
        time: match time {
            Some(TimeOfDay::At(t)) => Some(t),
            _ => None,
        },
        part: match time {
            Some(TimeOfDay::Part(part)) => Some(part),
            _ => None,
        },
    }
}
