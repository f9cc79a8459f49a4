//! Calendar dates, relative ("tomorrow", "next week", "this Friday", "in two weeks") and absolute
//! ("March 3", "the 15th", "3/14", "2027-01-08"), resolved against the host's local today.
//!
//! Conventions: a bare weekday is its next occurrence after today; "this Friday" may be today;
//! "next Friday" is the Friday of next (Monday-based) week; weeks run Monday to Sunday; a
//! date without a year is its next occurrence; "before X" ends the day before X, but "before end
//! of day X" (or EOD, close of business) ends with X.

mod absolute;
mod periods;
mod told;
mod weekdays;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::Issue;
use super::lexer::{Token, starts_with};

pub(crate) use absolute::{MONTHS, dash_dates_written, day_and_month, day_number, month};
pub(crate) use told::{FEASTS, deadline_met_before, due_before_asked};
pub(crate) use weekdays::{day_at, weekday, weekday_span};

/// The dates mentioned, merged into one inclusive range, and anything that could not be read.
#[derive(Debug, Default)]
pub(crate) struct Dates {
    pub range: Option<(NaiveDate, NaiveDate)>,
    pub issues: Vec<Issue>,
    /// A date was named as a deadline ("by Friday", "before end of day Thursday").
    pub deadline: bool,
}

#[derive(Debug, Clone)]
enum Hit {
    Range(NaiveDate, NaiveDate),
    Bad(Issue),
}

/// Finds every date expression among the unused tokens, marks them used, and merges them.
/// A day or span named in a request: its first and last days, the sentence it is in, and whether
/// it was "on" a day or "between" two.
type Named<'a> = (NaiveDate, NaiveDate, usize, Option<&'a str>);

pub(crate) fn extract(toks: &[Token], used: &mut [bool], today: NaiveDate) -> Dates {
    let mut out = Dates::default();
    // The days named as such, and the one named as a deadline.
    let mut days: Option<(NaiveDate, NaiveDate)> = None;
    let mut by: Option<(NaiveDate, NaiveDate)> = None;
    // The day a "due" names, which ends the range whatever days are named inside it.
    let mut due_day: Option<NaiveDate> = None;
    // Where the last day named ended, and whether days named since narrowed a whole week.
    let mut last_end = 0;
    let mut narrowed = false;
    let mut named: Vec<Named> = Vec::new();
    let sentence_of = |k: usize| {
        toks[..k]
            .iter()
            .filter(|t| matches!(t.low.as_str(), "." | "!" | "?"))
            .count()
    };
    let mut i = 0;
    while i < toks.len() {
        if used[i] || toks[i].punct {
            i += 1;
            continue;
        }
        // "(before) end of day Thursday": the date is Thursday, and "before" its end means by it.
        let by_end = end_of_day(toks, i)
            .filter(|&n| i + n < toks.len() && !used[i..i + n].iter().any(|u| *u))
            .filter(|&n| match_at(toks, i + n, today).is_some());
        let at = i + by_end.unwrap_or(0);
        let Some((len, hit)) = match_at(toks, at, today) else {
            i += 1;
            continue;
        };
        let hit = following_week_of_day_named(toks, at, today).unwrap_or(hit);
        // (Its words taken, so that no one is read in them: "retires on 18 Dec".)
        if !(at..at + len).any(|k| used[k]) && anothers_milestone(toks, at, today) {
            used[at..at + len].iter_mut().for_each(|u| *u = true);
            i = at + len;
            continue;
        }
        // (Its words taken too: "tonight's retrospective …, so this is brief" is no evening.)
        // ("… push that to Friday same time because the inspectors are in all day Thursday": a day
        // told after what is asked, taken so that no move reads it either.)
        if !(at..at + len).any(|k| used[k])
            && (reason_before_so(toks, at, len)
                || ruled_out_as_named(toks, at, len)
                || told::told_after_booked(toks, at)
                || told::weekday_told(toks, at)
                || told::weekday_said_to_be(toks, at)
                || told::told_today_itself(toks, at))
        {
            used[at..at + len].iter_mut().for_each(|u| *u = true);
            i = at + len;
            continue;
        }
        if (at..at + len).any(|k| used[k])
            || names_a_kind_of_thing(toks, at, len)
            || told_as_past(toks, at, len, today)
            || told::told_before_asked(toks, at, len)
            || told::away_told(toks, at)
            || told::awaited_told(toks, at)
            || told::told_anyway(toks, at)
            || told::occasion_for(toks, at)
            || since_then(toks, at, len, today)
            || happened_on(toks, at, len, today)
            || the_day_again(toks, at, len)
            // ("he moved in with his son last weekend", "about last Sunday's abandoned match": one
            // gone by; not "the last weekend of the month", "her last Friday here", "at last Friday
            // works", a weekday not someone's or something's.)
            || at > 0
                && toks[at - 1].low == "last"
                && (toks[at].low == "weekend"
                    || len == 1
                        && toks[at].possessive
                        && weekday(&toks[at].low).is_some()
                        && !(at > 1
                            && (toks[at - 2].possessive
                                || matches!(
                                    toks[at - 2].low.as_str(),
                                    "at" | "her" | "his" | "our" | "my" | "their" | "your" | "one" | "a" | "every"
                                ))))
                && !(at > 1 && toks[at - 2].low == "the")
                && toks.get(at + 1).is_none_or(|t| t.low != "of")
            || the_sun(toks, at)
        {
            i += 1;
            continue;
        }
        used[i..at + len].iter_mut().for_each(|u| *u = true);
        // "on 2027-01-05 (Tue)": the weekday in brackets after a date says that date again (not
        // after "but", "except" or "not", a day ruled out, as read without the brackets).
        if let Hit::Range(s, e) = &hit
            && s == e
            && !toks[i.saturating_sub(2)..i]
                .iter()
                .any(|t| matches!(t.low.as_str(), "but" | "except" | "not" | "besides"))
            && toks.get(at + len).is_some_and(|t| t.low == "(")
            && toks.get(at + len + 1).and_then(|t| weekday(&t.low)) == Some(s.weekday())
            && toks.get(at + len + 2).is_some_and(|t| t.low == ")")
        {
            used[at + len..at + len + 3].iter_mut().for_each(|u| *u = true);
        }
        // "the weekend of the 12th … that Saturday and Sunday": days named again, pointing back.
        // Not "I regret that Monday's 10:30am …", a meeting named by its day.
        // ("can we make that Friday the eighteenth instead": nor "that" as the meeting moved, after
        // a verb that moves it, another day "instead"; not "put that Friday in the diary", "make
        // that Tuesday a work-from-home day", the day named before.)
        let moved_there = at > 1
            && matches!(toks[at - 2].low.as_str(), "make" | "move" | "shift" | "push")
            && toks[at..]
                .iter()
                .take(8)
                .take_while(|t| !t.punct || t.low == ",")
                .any(|t| t.low == "instead");
        let pointing_back = at > 0
            && toks[at - 1].low == "that"
            && !toks[at].possessive
            && weekday(&toks[at].low).is_some()
            && !moved_there;
        // "Before I agree to cover the Sunday shift at the brewery, what's in my calendar on the
        // 13th?", "cover the Saturday market": a weekday naming a shift or a stall one covers or
        // works, no day asked about.
        let day_at = if toks[at].low == "the" { at + 1 } else { at };
        let covered = day_at >= 2
            && toks[day_at - 1].low == "the"
            && matches!(toks[day_at - 2].low.as_str(), "cover" | "covering" | "work" | "working")
            && toks.get(day_at).is_some_and(|t| weekday(&t.low).is_some())
            && at + len == day_at + 1
            // (A shift or a stall: not "cover the Monday standup", "work the Friday review into my
            // calendar", a meeting on its day.)
            && toks.get(day_at + 1).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "shift" | "shifts" | "market" | "stall" | "late" | "lates" | "early" | "earlies" | "rota" | "till" | "bar"
                )
            });
        if covered {
            used[at..at + len].iter_mut().for_each(|u| *u = true);
            i = at + len;
            continue;
        }
        if pointing_back {
            let and_another = super::lexer::starts_with(toks, at + len, &["and"])
                && toks.get(at + len + 1).is_some_and(|t| weekday(&t.low).is_some());
            let end = at + len + if and_another { 2 } else { 0 };
            used[at..end].iter_mut().for_each(|u| *u = true);
            i = end;
            continue;
        }
        // "no later than Thursday": by Thursday.
        // ("on or before 18th December": by it, too.)
        let latest = i >= 3
            && !used[i - 3..i].iter().any(|u| *u)
            && (super::lexer::starts_with(toks, i - 2, &["later", "than"])
                && matches!(toks[i - 3].low.as_str(), "no" | "not")
                || super::lexer::starts_with(toks, i - 3, &["on", "or", "before"]));
        if latest {
            used[i - 3..i - 1].iter_mut().for_each(|u| *u = true);
        }
        // "I've got Elsa coming by next Tuesday": a visit's "by", not a deadline.
        let visiting = i > 1
            && toks[i - 1].low == "by"
            && matches!(
                toks[i - 2].low.as_str(),
                "coming" | "come" | "comes" | "drop" | "dropping" | "stop" | "stopping" | "swing" | "swinging"
            );
        // "no inclination to yield before tomorrow's 12:30 with priyanka": a meeting named by its day
        // and hour is that day, whatever comes before it ("before Friday's review" is a deadline).
        let named_meeting = toks[at..at + len].iter().any(|t| t.possessive)
            && toks
                .get(at + len)
                .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
        // "due on the 5th", "due Friday": a deadline, whatever else the request dates ("book flights
        // for Xmas, 20 mins, due on the 5th"); "the deadline is 11.12.", too.
        let due_from = (i.saturating_sub(2)..i).find(|&k| {
            !used[k..i].iter().any(|u| *u)
                && (toks[k].low == "due" && (k + 1 == i || matches!(toks[k + 1].low.as_str(), "on" | "by"))
                    || toks[k].low == "deadline" && k + 2 == i && matches!(toks[k + 1].low.as_str(), "is" | ":"))
        });
        let due = due_from.is_some();
        if let Some(k) = due_from {
            used[k..i].iter_mut().for_each(|u| *u = true);
        }
        // "Before the planning deadline on 18 December I need an hour …": the day of a deadline
        // that what is asked must come before is a bound, as "before the 18th" (not "the deadline
        // on the 18th", told alone, nor "before the launch, the deadline on the 18th").
        let before_deadline = i >= 2
            && !used[i - 1]
            && matches!(toks[i - 1].low.as_str(), "on" | "of")
            && told::deadline_met_before(toks, i - 2);
        let modifier = if latest || due {
            Some("by")
        } else if before_deadline {
            Some("before")
        } else {
            i.checked_sub(1)
                .filter(|&p| !used[p] && !visiting && !named_meeting)
                .map(|p| toks[p].low.as_str())
        };
        // "I'm on nights till wednesday so … find me and Wanza forty minutes thursday or friday":
        // how long the one asking is away or on another shift, no bound on what is asked.
        // (Only with another day asked after it: not "Block my calendar, I'm on holiday till the
        // 4th", "I'm on leave till Wednesday, find an hour with Bo before then"; and "on" a shift
        // or leave: not "I'm gonna leave it till Friday".)
        // ("the patient's son can't fly in until Sunday night. Please move it to Monday": or
        // until when someone can't come, told.)
        let away_until = matches!(modifier, Some("until" | "till"))
            && i >= 2
            && {
                let from = i.saturating_sub(5);
                toks[from..i - 1]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "can't" | "cannot" | "won't" | "couldn't"))
                    // ("the vaccine delivery is delayed till Thursday. Please move it to Friday":
                    // or until when another thing is held up.)
                    || i >= 3
                        && matches!(toks[i - 2].low.as_str(), "delayed" | "postponed")
                        && matches!(toks[i - 3].low.as_str(), "is" | "was" | "been" | "are" | "got")
                    || toks[from..i - 1]
                        .iter()
                        .any(|t| matches!(t.low.as_str(), "i'm" | "am" | "i've"))
                        && (from..i - 1).any(|k| {
                            matches!(toks[k].low.as_str(), "away" | "abroad")
                                || k > 0
                                    && toks[k - 1].low == "on"
                                    && matches!(
                                        toks[k].low.as_str(),
                                        "nights" | "leave" | "holiday" | "lates" | "earlies" | "nightshift"
                                    )
                        })
            }
            && (at + len..toks.len()).any(|k| day_named_at(toks, k));
        if away_until {
            used[i - 1..at + len].iter_mut().for_each(|u| *u = true);
            last_end = at + len;
            i = at + len;
            continue;
        }
        let was_deadline = out.deadline;
        // "thursday through saturday": a weekday closing a span of days is the one after the day
        // that opens it.
        let closes_span = matches!(modifier, Some("through" | "thru" | "to" | "until" | "till" | "-"))
            && weekday(&toks[at].low).is_some();
        let hit = match (hit, out.range) {
            // (Only after a single day: not "next week from tuesday to thursday".)
            (Hit::Range(s, e), Some((opened, only))) if closes_span && s == e && opened == only && s < opened => {
                match (add_days(s, 7), add_days(e, 7)) {
                    (Some(s), Some(e)) => Hit::Range(s, e),
                    _ => Hit::Range(s, e),
                }
            }
            (hit, _) => hit,
        };
        let hit = match (hit, modifier) {
            (Hit::Range(_, end), Some("before")) if by_end.is_some() => {
                used[i - 1] = true;
                out.deadline = true;
                Hit::Range(today, end)
            }
            (Hit::Range(start, _), Some("before")) => {
                used[i - 1] = true;
                out.deadline = true;
                match start.pred_opt() {
                    Some(end) if end >= today => Hit::Range(today, end),
                    _ => bad(&toks[i - 1..at + len]),
                }
            }
            // "from the 8th until the 11th": the days between, not a deadline.
            (Hit::Range(_, end), Some("until" | "till")) if let Some((start, _)) = out.range => {
                used[i - 1] = true;
                Hit::Range(start, end)
            }
            (Hit::Range(_, end), Some("by" | "until" | "till")) => {
                used[i - 1] = true;
                out.deadline = true;
                Hit::Range(today, end)
            }
            (hit, _) => hit,
        };
        let deadline_now = out.deadline && !was_deadline;
        match hit {
            Hit::Bad(issue) => out.issues.push(issue),
            Hit::Range(s, e) => {
                if due {
                    due_day = Some(e);
                }
                // "Out of office next week, clear all my meetings monday through wednesday":
                // weekdays named apart from a whole week they fall in say which of its days (not
                // "next week or tuesday", "this week and next": joined, both).
                // (Only a span of weekdays, or a weekday a time of day follows in its clause: not
                // "next week, Monday is a holiday", "from Tuesday on", "Thursday would be ideal".)
                let span = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| matches!(t.low.as_str(), "through" | "thru" | "to" | "until" | "till" | "-"))
                        && toks.get(k + 1).is_some_and(|t| weekday(&t.low).is_some())
                };
                let timed = (at + len..toks.len().min(at + len + 6))
                    .take_while(|&k| !toks[k].punct)
                    .any(|k| {
                        super::clock::part_word(&toks[k].low).is_some()
                            || toks[k].low.starts_with(|c: char| c.is_ascii_digit())
                            || matches!(toks[k].low.as_str(), "between" | "noon" | "midday")
                    });
                // ("The new oven arrives next week. Please book Tomasz … on Thursday 3 December": or
                // a weekday with its date, one day said in full.)
                // (Not one ruled out: "I'm away Thursday 3 December".)
                let in_full = len > 1
                    && s == e
                    && !(at.saturating_sub(3)..at).any(|k| {
                        matches!(
                            toks[k].low.as_str(),
                            "away" | "off" | "out" | "busy" | "except" | "not" | "but" | "unavailable" | "besides"
                        )
                    });
                let by_weekday = weekday(&toks[at].low).is_some() && (span(at + len) || timed || in_full);
                let joined = i <= last_end + 2
                    && (last_end..i).any(|k| matches!(toks[k].low.as_str(), "and" | "or" | "plus" | "either"));
                // Days that may narrow a week, and whether they do the whole week `(a, b)`.
                let may_narrow = !joined && !narrowed && by_weekday;
                let narrows = |(a, b): (NaiveDate, NaiveDate)| {
                    may_narrow && a <= s && e <= b && (a, b) != (s, e) && (b - a).num_days() == 6
                };
                let union = |range: Option<(NaiveDate, NaiveDate)>| {
                    Some(range.map_or(
                        (s, e),
                        |(a, b): (NaiveDate, NaiveDate)| {
                            if narrows((a, b)) { (s, e) } else { (a.min(s), b.max(e)) }
                        },
                    ))
                };
                // ("before their wedding on the 19th", "Their party is on the 12th": an event of
                // others, on its day; not "Book the dentist on the 14th", "Ana flies out on the 5th".)
                let owner = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| matches!(t.low.as_str(), "their" | "his" | "her"))
                };
                let their_event = modifier == Some("on")
                    && i >= 3
                    && (owner(i - 3) || i >= 4 && toks[i - 2].low == "is" && owner(i - 4));
                let how = if toks[at].low == "between" || modifier == Some("between") {
                    Some("between")
                } else {
                    their_event.then_some("on")
                };
                named.push((s, e, sentence_of(at), how));
                let narrowing = out.range.is_some_and(narrows);
                if deadline_now {
                    by = Some((s, e));
                } else {
                    days = union(days);
                }
                out.range = union(out.range);
                narrowed |= narrowing;
            }
        }
        last_end = at + len;
        i = at + len;
    }
    // "The couple want a walkthrough before their wedding on the 19th. Find an hour … between the
    // 7th and the 11th": a day something is on, said in a sentence before the one asking for a
    // span, sets the scene; the span is what is asked.
    if let Some(&(_, _, sentence, _)) = named.iter().find(|n| n.3 == Some("between")) {
        let (asked, scene): (Vec<&Named>, Vec<&Named>) = named.iter().partition(|n| n.2 == sentence);
        let scene_set = !scene.is_empty() && scene.iter().all(|n| n.2 < sentence && n.3 == Some("on"));
        if scene_set && let (Some(s), Some(e)) = (asked.iter().map(|n| n.0).min(), asked.iter().map(|n| n.1).max()) {
            out.range = Some((s, e));
        }
    }
    // "we're finally out of this flat on the 20th!! need 1h … mon 14th-thu 17th": one's own news
    // on a day, exclaimed in the sentence opening the request, before days asked for in another,
    // sets the scene; the days after it are what is asked.
    // (Not the day offered, "I'm free on Tuesday! … then", "I can do Thursday!", nor one pointed
    // back to, "… that day".)
    let first_stop = toks.iter().position(|t| matches!(t.low.as_str(), "." | "!" | "?"));
    let opens_own_news = toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "we're" | "i'm" | "we" | "i"))
        && first_stop.is_some_and(|stop| {
            toks[stop].low == "!"
                && !toks[..stop].iter().any(|t| {
                    matches!(
                        t.low.as_str(),
                        "free" | "can" | "gap" | "available" | "do" | "around" | "off" | "in" | "here"
                    )
                })
                && !toks[stop..]
                    .windows(2)
                    .any(|w| w[0].low == "then" || w[0].low == "that" && w[1].low == "day")
        });
    if opens_own_news
        && named.first().is_some_and(|n| n.2 == 0)
        && let (Some(s), Some(e)) = (
            named.iter().filter(|n| n.2 > 0).map(|n| n.0).min(),
            named.iter().filter(|n| n.2 > 0).map(|n| n.1).max(),
        )
    {
        out.range = Some((s, e));
    }
    // "The in-laws arrive on Sunday, so … by Saturday": a deadline ends the range whatever other
    // days are named; days named inside it narrow it ("before christmas? like between the 21st
    // and 23rd").
    if let Some((from, end)) = by {
        out.range = Some(match days {
            Some((a, b)) if a >= from && b <= end => (a, b),
            Some((a, _)) => (a.min(from), end),
            None => (from, end),
        });
    }
    // "Schedule 2 hours on Thursday to write the report, it's due Friday": the day it is due ends
    // the range.
    if let (Some(end), Some((start, _))) = (due_day, out.range) {
        out.range = Some((start.min(end), end));
    }
    // "any weekday the week after next", "any weekday in the week of 14 December": the working days
    // of a whole week asked (not "every weekday", a habit's).
    if toks.windows(2).any(|w| w[0].low == "any" && w[1].low == "weekday")
        && let Some((monday, sunday)) = out.range
        && monday.weekday() == Weekday::Mon
        && (sunday - monday).num_days() == 6
    {
        out.range = add_days(monday, 4).map(|friday| (monday, friday));
    }
    if !out.issues.is_empty() {
        out.range = None;
    }
    out
}

/// "smells of damp plywood and sun cream", "under the sun": the sun, not Sunday.
fn the_sun(toks: &[Token], at: usize) -> bool {
    toks[at].low == "sun"
        && (at > 0 && toks[at - 1].low == "the"
            || toks.get(at + 1).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "cream"
                        | "hat"
                        | "hats"
                        | "glasses"
                        | "lounger"
                        | "loungers"
                        | "bed"
                        | "light"
                        | "shine"
                        | "tan"
                        | "block"
                        | "screen"
                        | "dial"
                        | "deck"
                        | "roof"
                        | "burn"
                        | "rise"
                        | "set"
                )
            }))
}

/// "the christmas cards", "the November bank statements": a month or a holiday standing alone
/// before a noun says what kind of thing that is, not when anything happens.
fn names_a_kind_of_thing(toks: &[Token], at: usize, len: usize) -> bool {
    // Besides what may follow any date (absolute::leads_on_from_a_date): words that go on a
    // clause about when ("Christmas is …", "December, so …").
    const DATE_FOLLOWERS: &[&str] = &[
        "on", "by", "with", "pls", "so", "but", "when", "because", "as", "then", "that", "this", "next", "is", "was",
        "i", "we", "sometime", "week", "eve", "day", "time",
    ];
    let word = at + len - 1;
    // "re the charity shop saturday rota": a weekday naming a rota, no day asked.
    // ("re the sunday rota": after "the" too.)
    let alone = len == 1 || len == 2 && toks[at].low == "the";
    // (The rota itself, closing its phrase: not "my saturday rota shift 9-1", "Friday rota meeting
    // at 3", on that day.)
    if alone
        && weekday(&toks[word].low).is_some()
        && starts_with(toks, at + len, &["rota"])
        && toks.get(at + len + 1).is_none_or(|t| t.punct || t.low == "and")
    {
        return true;
    }
    // "the sidesmen's rota for Christmas Day", "the Christmas Day rota", "THE XMAS EVE ORDER": the
    // holiday a rota, a menu, the seating or an order of goods is for, not when anything happens
    // (not "the Christmas Day service", on the day, nor "dinner plans for Christmas Eve at 7pm",
    // plans made for the day).
    const PLANS: &[&str] = &[
        "rota",
        "rotas",
        "menu",
        "menus",
        "arrangements",
        "seating",
        "order",
        "orders",
        // "the quota for January", "the budget for March": what is shared out over the month.
        "quota",
        "quotas",
        "budget",
        "budgets",
    ];
    // ("about the quota for January": or a month's, alone after "for".)
    if len == 1
        && word > 1
        && month(&toks[word].low).is_some()
        && toks[word - 1].low == "for"
        && PLANS.contains(&toks[word - 2].low.as_str())
    {
        return true;
    }
    let first = if word > 0 && toks[word - 1].low == "christmas" && matches!(toks[word].low.as_str(), "day" | "eve") {
        Some(word - 1)
    } else {
        Some(word).filter(|&w| toks[w].low == "christmas")
    };
    if let Some(first) = first
        && (first > 1 && toks[first - 1].low == "for" && PLANS.contains(&toks[first - 2].low.as_str())
            || first < word && toks.get(word + 1).is_some_and(|t| PLANS.contains(&t.low.as_str())))
    {
        return true;
    }
    // ("the soloist our Boxing Day couple have chosen": a holiday of two words after one's own,
    // before what of it is meant; not "on our Boxing Day walk at 10", "my Boxing Day morning".)
    if at > 0
        && matches!(toks[at - 1].low.as_str(), "our" | "my" | "their")
        && len == 2
        && matches!(
            (toks[at].low.as_str(), toks[word].low.as_str()),
            ("boxing", "day") | ("christmas", "day") | ("christmas", "eve")
        )
        && toks.get(word + 1).is_some_and(|next| {
            !next.punct
                && !next.capitalised()
                && next.low.chars().all(char::is_alphabetic)
                // (Those it is for, or what is made for it: not "our Christmas Day lunch at the
                // Swan", "my Christmas Day shift", "our Boxing Day hike", what is done on the day.)
                && matches!(
                    next.low.as_str(),
                    "couple" | "couples" | "bride" | "brides" | "groom" | "guests" | "families" | "regulars" | "visitors"
                        | "cards" | "presents" | "gifts" | "shopping" | "decorations" | "jumpers" | "jumper"
                )
        })
        && !toks[word + 1..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
            .any(crate::intent::clock::written_clock)
    {
        return true;
    }
    let holiday_or_month = toks[word].low == "christmas" || absolute::MONTHS.contains(&toks[word].low.as_str());
    // "running club xmas 10k recce": a holiday naming a race by its distance.
    let race = |t: &Token| {
        t.low
            .strip_suffix('k')
            .or_else(|| t.low.strip_suffix("km"))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    // (Not "block 8 to 10am for the xmas 10k": the race on the day.)
    let on_the_day = word > 0
        && matches!(
            toks[word - 1].low.as_str(),
            "the" | "for" | "on" | "at" | "by" | "before" | "after" | "until" | "till" | "this" | "next"
        );
    if alone && !on_the_day && toks[word].low == "christmas" && toks.get(word + 1).is_some_and(race) {
        return true;
    }
    // "Our office closes between Christmas and New Year, from Monday 28 December until Thursday 31
    // December": the holidays, their days said again after a comma.
    if toks[word].low == "christmas"
        && starts_with(toks, word + 1, &["and", "new", "year", ",", "from"])
        && absolute::MONTHS
            .iter()
            .any(|m| toks[word + 6..].iter().take(5).any(|t| t.low == *m))
    {
        return true;
    }
    alone
        && holiday_or_month
        && toks.get(word + 1).is_some_and(|next| {
            // ("a Christmas sing-along": after the holiday, a word joined by hyphens too; not "a
            // January follow-up", "Christmas mid-afternoon walk", a month or a time of day.)
            let joined = toks[word].low == "christmas"
                && next.low.contains('-')
                && next.low.starts_with(char::is_alphabetic)
                && !next.low.split('-').any(|part| {
                    matches!(
                        part,
                        "mid" | "early" | "late" | "morning" | "afternoon" | "evening" | "day" | "night" | "eve"
                    )
                })
                && next.low.chars().all(|c| c.is_alphabetic() || c == '-');
            !next.punct
                && (next.low.chars().all(char::is_alphabetic) || joined)
                && !absolute::leads_on_from_a_date(next)
                && !DATE_FOLLOWERS.contains(&next.low.as_str())
                && weekday(&next.low).is_none()
        })
}

/// "We've had three new starters on the ward this month. Can you see where … between 14 and 18
/// December", "Take the Friday 11:00 interview …, she withdrew this morning.", "The release
/// slipped to January, so …", "Following this morning's telephone conversation": the present
/// week, month, year or part of today, or a month, in a clause telling what has happened (or a
/// thing of earlier today), while another clause names days of its own, is the story's, not when
/// anything is wanted.
fn told_as_past(toks: &[Token], at: usize, len: usize, today: NaiveDate) -> bool {
    const PAST: &[&str] = &[
        "we've", "i've", "they've", "he's", "she's", "had", "was", "were", "been", "withdrew", "said", "told", "wrote",
        "rang", "sent", "went", "came", "lost", "left",
    ];
    // ("… on tuesday - she's working from Nairobi this month": so does a clause about where
    // someone else is, "he" or "she" (or someone named: "Tomás is in Buenos Aires this month")
    // working, staying or away; not "She wants to meet this week", "she can do this afternoon".)
    let someone = |t: &Token| {
        matches!(t.low.as_str(), "he" | "she")
            || t.capitalised()
                && !matches!(
                    t.low.as_str(),
                    "i" | "it" | "this" | "that" | "there" | "we" | "they" | "what" | "who" | "which"
                )
                && weekday(&t.low).is_none()
                && month(&t.low).is_none()
    };
    let elsewhere_now = |k: usize| {
        someone(&toks[k])
            && (toks[k].possessive || toks.get(k + 1).is_some_and(|t| t.low == "is"))
            && toks.get(k + 1 + usize::from(!toks[k].possessive)).is_some_and(|t| {
                t.low.len() > 4 && t.low.ends_with("ing")
                    || matches!(t.low.as_str(), "away" | "abroad" | "based" | "in")
                    // ("Kirra's back home in Brisbane next week".)
                    || t.low == "back" && starts_with_home_or_in(toks, k + 2 + usize::from(!toks[k].possessive))
            })
    };
    let past = |t: &Token| PAST.contains(&t.low.as_str()) || t.low.len() > 4 && t.low.ends_with("ed");
    let next = toks.get(at + 1).map_or("", |t| t.low.as_str());
    // "The release slipped to January, so the review on Thursday …": a month named in the story.
    let a_month = len == 1 && absolute::MONTHS.contains(&toks[at].low.as_str());
    let current = a_month
        || toks[at].low == "this"
            && (len == 2 && matches!(next, "week" | "month" | "year")
                || len == 1 && matches!(next, "morning" | "afternoon"));
    let std::ops::Range { start, end } = clause_around(toks, at);
    let elsewhere = (0..start)
        .chain(end..toks.len())
        .any(|k| match_at(toks, k, today).is_some());
    // "Following this morning's telephone conversation, …": a thing of earlier today, named by it.
    let earlier_today = len == 1
        && toks[at].low == "this"
        && toks.get(at + 1).is_some_and(|t| t.possessive)
        && at > 0
        && matches!(
            toks[at - 1].low.as_str(),
            "following" | "since" | "per" | "re" | "regarding" | "about"
        );
    // ("Ngozi's working from Lagos next week; can you find 45 minutes with her on Thursday the 3rd":
    // so does next week or month, in a clause about where someone else will be, when another
    // asks for a date in it; not "my sister Ingrid is in town next week … not tuesday", the week
    // asked.)
    // (A day of the month asked for after "on": not "any day but the 2nd", "1st or 2nd week".)
    let dated_elsewhere = (0..start).chain(end..toks.len()).any(|k| {
        absolute::day_number(&toks[k].low).is_some_and(|(_, ordinal)| ordinal)
            && toks.get(k + 1).is_none_or(|t| t.punct || t.low != "week")
            && (k.saturating_sub(4)..k).any(|j| toks[j].low == "on")
            && !(k.saturating_sub(4)..k).any(|j| matches!(toks[j].low.as_str(), "but" | "not" | "except"))
    });
    let coming = toks[at].low == "next" && len == 2 && matches!(next, "week" | "month") && dated_elsewhere;
    elsewhere
        && (current && (earlier_today || toks[start..end].iter().any(past) || (start..end).any(elsewhere_now))
            || coming && (start..end).any(elsewhere_now))
}

/// "unit's short-staffed mon so tue 1st–thu 3rd pls", "three boats coming back off hire on
/// Saturday, so the weekend's no good, … any day from Monday the seventh …": a day in a sentence
/// telling why, before its "so", with a request after the "so" naming another day by its name or
/// date, is the story's (not "Book the room Monday so we can prep for Tuesday", "Lunch with Ana
/// Monday so …", "Reschedule my dentist to Thursday so I'm free on Friday", asked in that sentence;
/// nor "Ms. Oduya will be travelling on Thursday 10 December, so could you please move our 09:30
/// meeting that day to …", the day of a meeting moved or cancelled after it; nor "Monday at 12 or
/// so").
fn reason_before_so(toks: &[Token], at: usize, len: usize) -> bool {
    // (Besides the words of a request, "make", "keep", "hold", "with" and the like ask too.)
    const ALSO_ASKS: &[&str] = &["make", "keep", "hold", "get", "do", "with", "w/", "due"];
    const ASKED_AFTER: &[&str] = &[
        "can", "could", "would", "pls", "please", "need", "find", "book", "what", "what's", "what've", "any", "how",
        "is", "are", "want", "anytime", "anything",
    ];
    const MOVES: &[&str] = &[
        "move",
        "moved",
        "push",
        "pushed",
        "shift",
        "reschedule",
        "postpone",
        "cancel",
        "go",
        "bring",
        "switch",
        "swap",
        "drop",
        "scrap",
        "clear",
        "rearrange",
        "change",
    ];
    let sentence = super::lexer::sentence_of(toks, at);
    let Some(so) = (at + len..sentence.end).find(|&k| toks[k].low == "so" && toks[k - 1].low != "or") else {
        return false;
    };
    let asks = toks[sentence.start..at]
        .iter()
        .any(|t| told::REQUEST_WORDS.contains(&t.low.as_str()) || ALSO_ASKS.contains(&t.low.as_str()));
    // (A day in the possessive names a meeting or an event on it, asked about or moved: not
    // "tonight's retrospective …, so this is brief", "Monday's 10:30am … isn't happening".)
    let possessive = toks[at..at + len].iter().any(|t| t.possessive);
    let after = &toks[so + 1..];
    !asks
        && !possessive
        && !after.iter().any(|t| MOVES.contains(&t.low.as_str()))
        && after.iter().any(|t| ASKED_AFTER.contains(&t.low.as_str()))
        && (so + 1..toks.len()).any(|k| told::day_named_later(toks, k))
}

/// "so the weekend's no good, … any day from Monday the seventh …": a day ruled out as it is named,
/// with another day named elsewhere, is no day asked for.
fn ruled_out_as_named(toks: &[Token], at: usize, len: usize) -> bool {
    let end = at + len;
    // (Not "Tuesday's out though", a day the move may not go to; nor in a move at all, "Tomorrow's
    // no good, move my call with Ana to Monday", where it may be the meeting's.)
    let ruled_out = toks[end - 1].possessive && starts_with(toks, end, &["no", "good"])
        || starts_with(toks, end, &["is", "no", "good"]);
    let moving = toks.iter().any(|t| {
        matches!(
            t.low.as_str(),
            "move" | "reschedule" | "push" | "shift" | "bring" | "postpone" | "resched" | "mv"
        )
    });
    ruled_out && !moving && (0..toks.len()).any(|k| !(at..end).contains(&k) && day_named_at(toks, k))
}

/// "Our daughter arrived on Tuesday 🥰 … could you find 2 hours … tomorrow, Sunday or Monday": a
/// weekday "on" which something happened, told by its verb in the past right before, while other
/// days are asked, is the story's.
fn happened_on(toks: &[Token], at: usize, len: usize, today: NaiveDate) -> bool {
    // (Events that befall someone or something, not what fills a calendar: not "I've blocked on
    // Monday", "the class is cancelled on Monday", "we agreed on Friday", "what I had on Friday".)
    const HAPPENED: &[&str] = &[
        "arrived", "started", "began", "broke", "died", "fell", "crashed", "landed", "resigned", "retired", "texted",
        "emailed", "phoned", "wrote", "came",
    ];
    len == 1
        && at > 1
        && toks[at - 1].low == "on"
        && HAPPENED.contains(&toks[at - 2].low.as_str())
        && weekday(&toks[at].low).is_some()
        && (0..at - 2)
            .chain(at + len..toks.len())
            .any(|k| match_at(toks, k, today).is_some())
}

/// "The rehearsal … on Wednesday 9 December at 7:30pm needs moving. Any evening the following week
/// works": "the following week" after a day named with its date is the week after that day's, not
/// the one after this.
fn following_week_of_day_named(toks: &[Token], at: usize, today: NaiveDate) -> Option<Hit> {
    if !starts_with(toks, at, &["the", "following", "week"]) && !starts_with(toks, at, &["following", "week"]) {
        return None;
    }
    let dated = |k: usize, len: usize| (k..k + len).any(|j| absolute::day_number(&toks[j].low).is_some());
    let named = (0..at).rev().find_map(|k| {
        let (len, hit) = match_at(toks, k, today)?;
        match hit {
            // (One to come soon: not "Thanks for the meeting on 20 November", past, read as next
            // year's.)
            Hit::Range(a, b) if a == b && k + len <= at && dated(k, len) && a <= add_days(today, 120)? => Some(a),
            _ => None,
        }
    })?;
    week_of(add_days(named, 7)?)
}

/// "from Tuesday 15 December at 9:00 to … He has a funeral to attend on the Tuesday.": "the"
/// weekday named before with its date is that day again, no other (not "Not the Monday, please",
/// a day ruled out of those named).
fn the_day_again(toks: &[Token], at: usize, len: usize) -> bool {
    let dated = |k: usize| toks.get(k + 1).is_some_and(|t| absolute::day_number(&t.low).is_some());
    let day = at + len - 1;
    let ruled_out = (day.saturating_sub(3)..day).any(|k| {
        matches!(
            toks[k].low.as_str(),
            "not" | "but" | "except" | "excluding" | "no" | "avoid"
        )
    });
    (at..=day).all(|k| k == day || toks[k].low == "the")
        && day > 0
        && toks[day - 1].low == "the"
        && weekday(&toks[day].low).is_some()
        && !dated(day)
        && !ruled_out
        // (Not "the Monday after", "the Thursday before": another day, counted from it.)
        && toks
            .get(day + 1)
            .is_none_or(|t| !matches!(t.low.as_str(), "after" | "before" | "of"))
        && (0..day - 1).any(|k| toks[k].low == toks[day].low && dated(k))
}

/// "Our cat has been off her food since Tuesday. … tomorrow or Sunday": a weekday after "since"
/// is when something began, in the past, while other days are named as those wanted.
fn since_then(toks: &[Token], at: usize, len: usize, today: NaiveDate) -> bool {
    // (After something that has gone on, "been", "had" or "has": not "Since Monday is a holiday,
    // move …", "since Friday is the deadline", because.)
    // ("Since Wednesday I've been working from Berlin": or after it, in its clause.)
    let perfect = |j: usize| {
        matches!(
            toks[j].low.as_str(),
            "been" | "had" | "has" | "have" | "hasn't" | "haven't" | "i've" | "we've"
        )
    };
    let gone_on = (at.saturating_sub(8)..at.saturating_sub(1))
        .rev()
        .take_while(|&j| !toks[j].punct)
        .any(perfect)
        || (at + len..toks.len().min(at + len + 4))
            .take_while(|&j| !toks[j].punct)
            .any(perfect);
    // ("third time since September!": a month after "since" is always when something began; not
    // "since September is our busiest month", because.)
    let month_begun = absolute::MONTHS.contains(&toks[at].low.as_str())
        && toks
            .get(at + 1)
            .is_none_or(|t| !matches!(t.low.as_str(), "is" | "was" | "will" | "isn't" | "wasn't"));
    at > 0
        && toks[at - 1].low == "since"
        && len == 1
        && (gone_on && weekday(&toks[at].low).is_some() || month_begun)
        && (0..at - 1)
            .chain(at + len..toks.len())
            .any(|k| match_at(toks, k, today).is_some())
}

/// The clause around `at`: from after the mark before it to the mark after it (an apostrophe
/// is no mark).
fn clause_around(toks: &[Token], at: usize) -> std::ops::Range<usize> {
    let ends = |t: &Token| t.punct && t.low != "'";
    let start = (0..at).rev().find(|&k| ends(&toks[k])).map_or(0, |k| k + 1);
    let end = (at..toks.len()).find(|&k| ends(&toks[k])).unwrap_or(toks.len());
    start..end
}

/// "Brigitte from accounts retires on 18 Dec!! can u find 30 min … next week", "Our new agency
/// nurse starts in January — can you find …": the day someone else starts, retires or leaves
/// (at `at`), told before anything is asked, while another clause names days of its own, is the
/// story's (not "I start in January", "find time before Ana leaves on Friday").
fn anothers_milestone(toks: &[Token], at: usize, today: NaiveDate) -> bool {
    let std::ops::Range { start, end } = clause_around(toks, at);
    // (Days of their own: not "that Friday", the day told pointed back to.)
    let elsewhere = (0..start)
        .chain(end..toks.len())
        .any(|k| match_at(toks, k, today).is_some() && !(k > 0 && toks[k - 1].low == "that"));
    let asking = |t: &Token| {
        matches!(
            t.low.as_str(),
            "find"
                | "book"
                | "schedule"
                | "can"
                | "could"
                | "please"
                | "pls"
                | "i"
                | "me"
                | "my"
                | "we"
                | "before"
                | "after"
                | "until"
                | "when"
        )
    };
    // (The verb's someone before it, and "on", "in" or "at" after: not "Which leaves today's 11.15
    // with Noor high and dry".)
    let changes = (start..at).any(|k| {
        matches!(
            toks[k].low.as_str(),
            "starts" | "start" | "retires" | "retire" | "leaves" | "arrives" | "joins"
        ) && k > start
            && !matches!(toks[k - 1].low.as_str(), "which" | "that" | "it" | "this")
            && (toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "on" | "in"))
                // ("start at Lindenhof Primary in January": at a place, not "arrives at 8".)
                || starts_with(toks, k + 1, &["at"]) && toks.get(k + 2).is_some_and(|t| t.capitalised() && !t.punct))
    });
    // (Not pointed back to later: "Priya arrives on Tuesday, can we find 1 hr with her that
    // afternoon", "Kaito starts on Monday 30th. Set up his onboarding that Monday", "… book it then".)
    let pointed_back = (end..toks.len()).any(|k| {
        toks[k].low == "then"
            || toks[k].low == "that"
                && toks.get(k + 1).is_some_and(|t| {
                    weekday(&t.low).is_some()
                        || matches!(
                            t.low.as_str(),
                            "day" | "morning" | "afternoon" | "evening" | "week" | "weekend" | "date"
                        )
                })
    });
    // (Days of their own said in full, not a bare day of the month the milestone's month may
    // hold: "… starts in January - can you find a slot for her induction in the week of the
    // 11th".)
    let in_full = (0..start).chain(end..toks.len()).any(|k| {
        let low = toks[k].low.as_str();
        weekday(low).is_some()
            || month(low).is_some()
            || matches!(low, "next" | "this" | "tomorrow" | "today" | "weekend")
    });
    elsewhere && in_full && changes && !pointed_back && !toks[at].possessive && !toks[start..at].iter().any(asking)
}

/// "home", or "in" and a place, at `k`: where someone is back ("back home in Brisbane", "back in
/// Lagos", "back in the office", "back in town"; not "back in January", "back in this afternoon",
/// "back in full swing").
fn starts_with_home_or_in(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.low == "home")
        || toks.get(k).is_some_and(|t| t.low == "in")
            && toks.get(k + 1).is_some_and(|t| {
                matches!(t.low.as_str(), "the" | "town")
                    || t.capitalised() && month(&t.low).is_none() && weekday(&t.low).is_none()
            })
}

/// "need it on Friday 11", "want it for Tuesday": a meeting wanted on a day, from `k` (not for a
/// day's thing).
pub(crate) fn wanted_on_a_day(toks: &[Token], k: usize) -> bool {
    // ("is it possible to change to Friday 18 December": changed to it.)
    // (Only as asked: not "the change to Friday deliveries", a topic.)
    if toks[k].low == "change"
        && k > 1
        && toks[k - 1].low == "to"
        && matches!(toks[k - 2].low.as_str(), "possible" | "want" | "need" | "like" | "able")
        && starts_with(toks, k + 1, &["to"])
        && day_named_at(toks, k + 2)
    {
        return !toks[k + 2].possessive;
    }
    // ("please put it for Wednesday 16 December", "I need to put it on Thursday 3 December": or put
    // there.)
    // (Not "put it on next week's agenda", a thing of the day, nor "on Tuesday too", another.)
    let put_for = toks[k].low == "put"
        && toks.get(k + 2).is_some_and(|t| {
            t.low == "for"
                || t.low == "on"
                    && k > 1
                    && toks[k - 1].low == "to"
                    && matches!(toks[k - 2].low.as_str(), "need" | "want")
        })
        && !toks[(k + 3).min(toks.len())..].iter().take(3).any(|t| t.possessive)
        && !toks[(k + 3).min(toks.len())..]
            .iter()
            .any(|t| matches!(t.low.as_str(), "too" | "also" | "well"));
    (matches!(toks[k].low.as_str(), "need" | "want" | "needed" | "wanted") || put_for)
        && starts_with(toks, k + 1, &["it"])
        && toks.get(k + 2).is_some_and(|t| matches!(t.low.as_str(), "on" | "for"))
        && day_named_at(toks, k + 3)
        // (The day itself: not "I need it for Thursday's board paper".)
        && !toks[k + 3].possessive
}

/// A day named from `k` on: a weekday, "today", "tomorrow", "next" or "this" opening one, a month,
/// or "the" before a day of the month or a week ("to the 9th", "to the week after next").
pub(crate) fn day_named_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        weekday(&t.low).is_some()
            || matches!(t.low.as_str(), "today" | "tomorrow" | "next" | "this")
            || month(&t.low).is_some()
            || t.low == "the"
                && toks.get(k + 1).is_some_and(|n| {
                    n.low.starts_with(|c: char| c.is_ascii_digit()) || matches!(n.low.as_str(), "week" | "following")
                })
    })
}

/// A day named from `k` (see [`day_named_at`]) or a number there, a date or an hour ("on Friday",
/// "the 9th", "3pm").
pub(crate) fn day_or_hour_at(toks: &[Token], k: usize) -> bool {
    day_named_at(toks, k)
        || toks
            .get(k)
            .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
}

/// "a very grumpy cob", "the cob wall": "a" or "an" up to three words before `i` in its clause,
/// or "the" just before it with a noun after (not "by the EOD", "at the COB each day"), so a noun
/// at `i`.
pub(super) fn after_an_article(toks: &[Token], i: usize) -> bool {
    // "by EOD", "before COB": a deadline, whatever article came before.
    let deadline = i > 0 && matches!(toks[i - 1].low.as_str(), "by" | "before" | "until" | "till");
    let noun_after = toks.get(i + 1).is_some_and(|t| {
        !t.punct
            && t.low.len() > 2
            && t.low.chars().all(char::is_alphabetic)
            && !matches!(
                t.low.as_str(),
                "each"
                    | "every"
                    | "today"
                    | "tomorrow"
                    | "tonight"
                    | "and"
                    | "for"
                    | "on"
                    | "then"
                    | "please"
                    | "latest"
            )
    });
    !deadline
        && (i > 0 && toks[i - 1].low == "the" && noun_after
            || toks[i.saturating_sub(3)..i]
                .iter()
                .rev()
                .take_while(|t| !t.punct)
                .any(|t| matches!(t.low.as_str(), "a" | "an")))
}

/// `end of day`, `end of the day`, `EOD`, `close of business`, `COB` at `i`: its length.
fn end_of_day(toks: &[Token], i: usize) -> Option<usize> {
    const PHRASES: &[&[&str]] = &[
        &["end", "of", "day"],
        &["end", "of", "the", "day"],
        &["eod"],
        &["close", "of", "business"],
        &["cob"],
    ];
    // "a cob": a horse.
    let a_thing = after_an_article(toks, i);
    PHRASES
        .iter()
        .find(|phrase| !(a_thing && phrase.len() == 1) && super::lexer::starts_with(toks, i, phrase))
        .map(|phrase| phrase.len())
}

/// The date expression starting at `i`: how many tokens it takes and the dates it names.
fn match_at(toks: &[Token], i: usize, today: NaiveDate) -> Option<(usize, Hit)> {
    // "find time the week of": a date looked for past the end of the request is none.
    toks.get(i)?;
    weekdays::week_then_day(toks, i, today)
        .or_else(|| periods::match_at(toks, i, today))
        .or_else(|| weekdays::match_at(toks, i, today))
        .or_else(|| absolute::match_at(toks, i, today))
}

fn day(d: NaiveDate) -> Option<Hit> {
    Some(Hit::Range(d, d))
}

fn add_days(d: NaiveDate, n: u64) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(n))
}

/// The Monday of the week `d` falls in.
pub(crate) fn monday_of(d: NaiveDate) -> NaiveDate {
    d.week(Weekday::Mon).first_day()
}

fn week_of(d: NaiveDate) -> Option<Hit> {
    let monday = monday_of(d);
    Some(Hit::Range(monday, add_days(monday, 6)?))
}

fn month_of(d: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let first = d.with_day(1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some((first, last))
}

/// A small whole number written in digits or words ("3", "ten").
fn count(low: &str, max: f64) -> Option<u64> {
    let n = super::lexer::number(low)?;
    (n.fract() == 0.0 && (0.0..=max).contains(&n)).then_some(())?;
    // Checked above: a small whole number.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Some(n as u64)
}

/// The words of `src`, as written, for an issue.
fn bad(src: &[Token]) -> Hit {
    Hit::Bad(Issue::InvalidDate(
        src.iter().map(|t| t.orig.as_str()).collect::<Vec<_>>().join(" "),
    ))
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    fn range(text: &str, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let toks = tokenize(text);
        let mut used = vec![false; toks.len()];
        extract(&toks, &mut used, today).range
    }

    #[test]
    fn relative_days_cross_month_and_year_ends() {
        let eve = ymd(2026, 12, 31);
        assert_eq!(range("tomorrow", eve), Some((ymd(2027, 1, 1), ymd(2027, 1, 1))));
        assert_eq!(range("next month", eve), Some((ymd(2027, 1, 1), ymd(2027, 1, 31))));
        assert_eq!(range("next week", eve), Some((ymd(2027, 1, 4), ymd(2027, 1, 10))));
        assert_eq!(range("the 3rd", eve), Some((ymd(2027, 1, 3), ymd(2027, 1, 3))));
        let jan31 = ymd(2027, 1, 31);
        assert_eq!(range("next month", jan31), Some((ymd(2027, 2, 1), ymd(2027, 2, 28))));
        assert_eq!(range("in 3 days", jan31), Some((ymd(2027, 2, 3), ymd(2027, 2, 3))));
        assert_eq!(range("the 30th", jan31), Some((ymd(2027, 3, 30), ymd(2027, 3, 30))));
    }

    #[test]
    fn weekdays() {
        let friday = ymd(2026, 11, 27);
        assert_eq!(range("Friday", friday), Some((ymd(2026, 12, 4), ymd(2026, 12, 4))));
        assert_eq!(range("this Friday", friday), Some((friday, friday)));
        assert_eq!(
            range("next Monday", friday),
            Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))
        );
        assert_eq!(
            range("Thursday or Friday", friday),
            Some((ymd(2026, 12, 3), ymd(2026, 12, 4)))
        );
        assert_eq!(range("before Wednesday", friday), Some((friday, ymd(2026, 12, 1))));
    }

    #[test]
    fn the_end_of_a_named_day_is_that_day() {
        let friday = ymd(2026, 11, 27);
        let thursday = ymd(2026, 12, 3);
        assert_eq!(range("before end of day Thursday", friday), Some((friday, thursday)));
        assert_eq!(range("by EOD Thursday", friday), Some((friday, thursday)));
        assert_eq!(
            range("before close of business Thursday", friday),
            Some((friday, thursday))
        );
        // Alone, the end of the day is today's.
        assert_eq!(range("by end of day", friday), Some((friday, friday)));
    }

    #[test]
    fn absolute_dates_and_ambiguity() {
        let today = ymd(2026, 11, 27);
        assert_eq!(range("March 3", today), Some((ymd(2027, 3, 3), ymd(2027, 3, 3))));
        assert_eq!(range("3/14", today), Some((ymd(2027, 3, 14), ymd(2027, 3, 14))));
        assert_eq!(
            range("29 February 2028", today),
            Some((ymd(2028, 2, 29), ymd(2028, 2, 29)))
        );
        let toks = tokenize("on 3/4");
        let mut used = vec![false; toks.len()];
        let d = extract(&toks, &mut used, today);
        assert_eq!(d.range, None);
        assert_eq!(d.issues, vec![Issue::AmbiguousDate("3/4".into())]);
        assert_eq!(range("the 31st of February", today), None);
    }

    #[test]
    fn positions_in_weeks_and_months() {
        let today = ymd(2026, 11, 27);
        assert_eq!(
            range("mid next week", today),
            Some((ymd(2026, 12, 1), ymd(2026, 12, 3)))
        );
        assert_eq!(
            range("early next week", today),
            Some((ymd(2026, 11, 30), ymd(2026, 12, 2)))
        );
        assert_eq!(
            range("end of month", today),
            Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))
        );
        assert_eq!(
            range("the start of next month", today),
            Some((ymd(2026, 12, 1), ymd(2026, 12, 7)))
        );
        assert_eq!(range("late January", today), Some((ymd(2027, 1, 21), ymd(2027, 1, 31))));
        assert_eq!(range("the end of the week", today), Some((today, today)));
        assert_eq!(range("start the report", today), None);
    }

    #[test]
    fn spans_and_counts_ahead() {
        let today = ymd(2026, 11, 27);
        assert_eq!(range("the next fortnight", today), Some((today, ymd(2026, 12, 11))));
        assert_eq!(range("over the next 10 days", today), Some((today, ymd(2026, 12, 7))));
        assert_eq!(
            range("two days from now", today),
            Some((ymd(2026, 11, 29), ymd(2026, 11, 29)))
        );
        assert_eq!(
            range("in a couple of weeks", today),
            Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))
        );
        assert_eq!(
            range("the first week of January", today),
            Some((ymd(2027, 1, 4), ymd(2027, 1, 10)))
        );
    }

    #[test]
    fn weekdays_qualified_by_a_week_or_a_date() {
        let today = ymd(2026, 11, 27);
        assert_eq!(
            range("Tuesday or Wednesday next week", today),
            Some((ymd(2026, 12, 1), ymd(2026, 12, 2)))
        );
        assert_eq!(
            range("the Thursday after next", today),
            Some((ymd(2026, 12, 10), ymd(2026, 12, 10)))
        );
        assert_eq!(
            range("Monday, Dec 14", today),
            Some((ymd(2026, 12, 14), ymd(2026, 12, 14)))
        );
        assert_eq!(
            range("the 7th through 11th", today),
            Some((ymd(2026, 12, 7), ymd(2026, 12, 11)))
        );
    }
}
