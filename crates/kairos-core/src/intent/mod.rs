//! The scheduling assistant's understanding of an English request, as deterministic pure code.
//!
//! [`parse`] turns "find 30 minutes with Bo and ana@x.com next week, not Monday" into an
//! [`Intent`]: what is asked ([`IntentKind`]), who takes part, how long, when (a [`Window`] of
//! local dates resolved against `now` in the host's zone), which days to avoid, and any zone
//! named. Whatever cannot be read without guessing — "3/4", "the 31st of February", a sentence
//! with no recognisable request — is reported in [`Intent::issues`] or as
//! [`IntentKind::Clarify`], never silently filled in.
//!
//! A signature below a letter or after its last sentence is set aside first (who wrote the request
//! is no one to meet), and a day or hour taken back as it is said ("7am no 7:30") is dropped. Each stage claims the words it understands so later stages do not read them
//! twice: zones, habit frequencies, durations, negations, times of day, dates, then participants
//! and titles.

mod avoid;
mod clock;
mod corrections;
mod dates;
mod durations;
mod focus;
mod kind;
mod lexer;
mod people;
mod recurrence;
mod signature;
mod title;
mod when;
mod zones;

use chrono::{DateTime, NaiveDate, NaiveTime, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

use crate::interval::Interval;
use crate::zone::{Edge, Zone, resolve};

use kind::Kind;

/// A named part of the working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    /// 08:00–12:00.
    Morning,
    /// 12:00–17:00.
    Afternoon,
    /// 17:00–21:00.
    Evening,
}

impl PartOfDay {
    /// The wall-clock hours this part of day stands for.
    #[must_use]
    pub fn hours(self) -> (NaiveTime, NaiveTime) {
        let (a, b) = match self {
            PartOfDay::Morning => (8, 12),
            PartOfDay::Afternoon => (12, 17),
            PartOfDay::Evening => (17, 21),
        };
        (hour(a), hour(b))
    }
}

fn hour(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// When during a day: a clock time, a part of day, or bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeOfDay {
    At(NaiveTime),
    Part(PartOfDay),
    Between(NaiveTime, NaiveTime),
    Before(NaiveTime),
    After(NaiveTime),
}

/// Local calendar dates `start..=end` and, optionally, when during each of those days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Window {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub time: Option<TimeOfDay>,
}

impl Window {
    /// The instants from the start of the first day to the end of the last day in `zone`
    /// (narrowed to the time of day when the window covers a single day). DST gaps and folds are
    /// resolved by [`crate::zone::resolve`].
    #[must_use]
    pub fn interval(&self, zone: Tz) -> Option<Interval> {
        let next = self.end.succ_opt()?;
        let (from, to) = match (self.time, self.start == self.end) {
            (Some(TimeOfDay::Part(p)), true) => (self.start.and_time(p.hours().0), self.start.and_time(p.hours().1)),
            (Some(TimeOfDay::Between(a, b)), true) => (self.start.and_time(a), self.start.and_time(b)),
            (Some(TimeOfDay::Before(b)), true) => (self.start.and_time(NaiveTime::MIN), self.start.and_time(b)),
            (Some(TimeOfDay::After(a)), true) => (self.start.and_time(a), next.and_time(NaiveTime::MIN)),
            _ => (self.start.and_time(NaiveTime::MIN), next.and_time(NaiveTime::MIN)),
        };
        Interval::new(resolve(zone, from, Edge::Start), resolve(zone, to, Edge::End))
    }
}

/// Someone to meet: a name as written, or a lowercase email address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Participant {
    Name(String),
    Email(String),
}

/// Something to keep clear: a weekday, a part of day, or a part of one weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Avoid {
    pub weekday: Option<Weekday>,
    pub part: Option<PartOfDay>,
}

/// How an existing meeting was referred to ("my 3pm", "tomorrow's meeting"); participants named
/// with it are in [`Intent::participants`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
pub struct MeetingRef {
    pub date: Option<NaiveDate>,
    /// With `date`, the last day of a range of days the meetings lie in ("everything Monday to
    /// Wednesday", "my meetings next week"); `None`: the one day `date`.
    pub until: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    /// With no `time`, the part of the day the meeting lies in ("my yoga class this evening",
    /// "the boiler service appointment tomorrow morning").
    pub part: Option<PartOfDay>,
    /// The request means every meeting that fits, not one ("cancel everything Monday to
    /// Wednesday", "all my meetings on Friday"); only with a date.
    pub every: bool,
}

/// Words that ask about every meeting that fits rather than one.
const EVERY: &[&str] = &["all", "everything", "every", "meetings", "anything"];

/// What "every" counts when it speaks of meetings ("every Monday", "every appointment", "every
/// single one"), besides days, parts of days and what meetings are called.
const EVERY_OF: &[&str] = &[
    "day",
    "week",
    "weekday",
    "weekend",
    "month",
    "time",
    "single",
    "one",
    "other",
    "occurrence",
    "instance",
    "lunchtime",
    "appointment",
    "event",
    "booking",
    "class",
    "lesson",
    "shift",
    "entry",
];

/// "reserve 90 minutes on 17 December from 13:00": a booking of a given length from a time with
/// no end starts then; "after 13:00" still leaves the start open.
fn starts_at(toks: &[lexer::Token], window: Window, length: Option<u32>) -> Window {
    let from_a_clock = toks
        .windows(2)
        .any(|w| w[0].low == "from" && w[1].low.starts_with(|c: char| c.is_ascii_digit()));
    match window.time {
        Some(TimeOfDay::After(t)) if length.is_some() && from_a_clock => Window {
            time: Some(TimeOfDay::At(t)),
            ..window
        },
        _ => window,
    }
}

/// "book the retro … fri 10:30-11:30", "schedule the review on Tuesday from 2 to 4pm": a booking
/// with no length over a span of hours is the meeting filling it, from its start to its end (not
/// "sometime between 2 and 4" or "a quick call … between 10 and 12", a span searched within).
fn filled_span(
    toks: &[lexer::Token],
    time: Option<TimeOfDay>,
    length: Option<u32>,
) -> (Option<TimeOfDay>, Option<u32>) {
    // ("any time between 9 and 5", "whenever works", "I'm free from 2 to 5pm", "at some point",
    // "ideally between 9 and 12", "a quick call": said of when it may fall, or of a short
    // meeting.)
    let searched = toks.iter().any(|t| {
        matches!(
            t.low.as_str(),
            "sometime"
                | "somewhere"
                | "anytime"
                | "any"
                | "whenever"
                | "window"
                | "free"
                | "point"
                | "ideally"
                | "quick"
                | "available"
        )
    });
    match time {
        Some(TimeOfDay::Between(a, b)) if length.is_none() && !searched && b > a => {
            (Some(TimeOfDay::At(a)), u32::try_from((b - a).num_minutes()).ok())
        }
        _ => (time, length),
    }
}

/// How often a habit recurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Daily,
    Weekdays,
    PerWeek(u8),
}

/// What the request asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum IntentKind {
    /// Find free time; `book` when the request says to book or schedule it rather than suggest.
    FindTime {
        book: bool,
    },
    /// Move an existing meeting to `to` (also in [`Intent::window`]).
    Reschedule {
        which: MeetingRef,
        to: Option<Window>,
    },
    Cancel {
        which: MeetingRef,
    },
    /// Describe the calendar over [`Intent::window`].
    Describe,
    /// A task of [`Intent::duration_minutes`] to fit in before `due`.
    AddTask {
        title: String,
        due: Option<NaiveDate>,
    },
    /// A recurring block of [`Intent::duration_minutes`].
    AddHabit {
        title: String,
        frequency: Option<Frequency>,
        part: Option<PartOfDay>,
    },
    /// No scheduling request was recognised; ask the user.
    Clarify,
}

/// Something in the request that was not resolved because doing so would mean guessing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Issue {
    /// A numeric date whose day and month could be either way round, such as `3/4`.
    AmbiguousDate(String),
    /// A date that does not exist or has passed, such as `the 31st of February`.
    InvalidDate(String),
}

/// A request, understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Intent {
    pub kind: IntentKind,
    pub participants: Vec<Participant>,
    pub duration_minutes: Option<u32>,
    pub window: Option<Window>,
    pub avoid: Vec<Avoid>,
    /// A zone named in the request; times in [`Intent::window`] are on its wall clock.
    pub zone: Option<Zone>,
    pub issues: Vec<Issue>,
}

/// "whether everything's all right": "everything" with its "'s" ("is") says how things are.
fn is_everything_as_it_is(t: &lexer::Token) -> bool {
    t.low == "everything" && t.possessive
}

/// Understands `text`, resolving relative dates against `now` on the wall clock of `host`.
#[must_use]
pub fn parse(text: &str, now: DateTime<Utc>, host: Tz) -> Intent {
    let toks = corrections::without_taken_back(lexer::tokenize(signature::without(text)));
    // A note to the assistant inside a pasted document is the request, when it asks something
    // whole: a time to find or book with whom and when, a meeting to move or cancel by its day, a
    // habit with how often, a day to describe, a task; not one leaning on what the document named
    // before it ("book 30 minutes with them", "move the 10am call", "cancel it").
    if let Some(note) = focus::note(&toks) {
        let asked = read(&toks[note.clone()], now, host);
        // ("block an hour on Wednesday afternoon for me": a time for oneself needs no one; "book
        // 30 minutes with them", "book the Monday one": one leaning back does.)
        let leans_back = toks[note].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "them" | "him" | "her" | "it" | "that" | "those" | "these" | "then" | "both" | "one"
            )
        });
        let whole = match &asked.kind {
            IntentKind::Clarify => false,
            IntentKind::FindTime { .. } => asked.window.is_some() && (!asked.participants.is_empty() || !leans_back),
            IntentKind::Cancel { which } | IntentKind::Reschedule { which, .. } => which.date.is_some(),
            IntentKind::AddHabit { frequency, .. } => frequency.is_some(),
            IntentKind::Describe => asked.window.is_some(),
            IntentKind::AddTask { .. } => true,
        };
        if whole {
            return asked;
        }
    }
    read(&toks, now, host)
}

/// Understands the request in `toks`.
fn read(toks: &[lexer::Token], now: DateTime<Utc>, host: Tz) -> Intent {
    let today = now.with_timezone(&host).date_naive();
    let mut used = vec![false; toks.len()];
    let zone = zones::extract(toks, &mut used, host);
    let recurring = recurrence::extract(toks, &mut used);
    let kind = kind::classify(toks, recurring.is_some());
    let duration_minutes = durations::extract(toks, &mut used, kind == Kind::Reschedule);
    let avoid = avoid::extract(toks, &mut used, kind);
    if kind == Kind::Cancel {
        when::set_aside_later_plan(toks, &mut used);
    }

    let (mut which, time, mut dates) = when::extract(toks, &mut used, kind == Kind::Reschedule, today);
    let time = if kind == Kind::Reschedule {
        let time = when::moved_by_length(durations::shift(toks), which, time, &mut dates);
        when::moved_by_days(durations::day_shift(toks), which, time, &mut dates)
    } else {
        time
    };
    // "I can't do it after all", "not at all": "all" that says nothing of meetings; nor does "all
    // my puzzle props", all of some things of one's own.
    let things_of_ones_own = |i: usize| {
        const ENTRIES: &[&str] = &[
            "meetings",
            "appointments",
            "calls",
            "sessions",
            "bookings",
            "events",
            "plans",
            "commitments",
            "lessons",
        ];
        // "All those petals", "all the stock": things, unless meetings follow.
        toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "my" | "our" | "his" | "her" | "their" | "those" | "these" | "the"
            )
        }) && !toks[i + 2..]
            .iter()
            .take(3)
            .take_while(|t| !t.punct)
            .any(|t| ENTRIES.contains(&t.low.as_str()) || t.possessive)
    };
    // "the storm has set every lamp on the board alight": "every" before a thing, not before a
    // day, a time or a meeting, says nothing of meetings.
    let every_thing = |i: usize| {
        toks[i].low == "every"
            && toks.get(i + 1).is_some_and(|t| {
                let low = t.low.as_str();
                !t.punct
                    && dates::weekday(low.strip_suffix('s').unwrap_or(low)).is_none()
                    && clock::part_word(low).is_none()
                    && !people::MEETING_NOUNS.contains(&low)
                    && !EVERY_OF.contains(&low)
            })
    };
    let every_word = |i: usize| {
        EVERY.contains(&toks[i].low.as_str())
            && !every_thing(i)
            // "whether everything's all right": everything as it is, no meetings meant.
            && !is_everything_as_it_is(&toks[i])
            // "all to no avail": in vain, no meetings meant.
            && !lexer::starts_with(toks, i, &["all", "to", "no"])
            // "That's all.": nothing more said.
            && !(toks[i].low == "all"
                && i > 0
                && (toks[i - 1].low == "that's" || toks[i - 1].low == "that" && toks[i - 1].possessive)
                && toks.get(i + 1).is_none_or(|t| t.punct))
            // "steam all over my specs": everywhere on something; "the flux has gone all gummy":
            // wholly so.
            && !(toks[i].low == "all"
                && (i > 0
                    && matches!(
                        toks[i - 1].low.as_str(),
                        "after" | "at" | "gone" | "went" | "goes" | "going" | "got" | "gets" | "getting" | "turned"
                    )
                    || things_of_ones_own(i)
                    || toks.get(i + 1).is_some_and(|t| t.low == "over")))
    };
    which.every = which.date.is_some() && (0..toks.len()).any(every_word);
    let verbless = kind == Kind::Clarify;
    let named = kind::Named {
        // A move's meeting, named by its day, is dated too ("the review on Tuesday, I want to make
        // it later").
        dated: dates.range.is_some() || which.date.is_some(),
        sized: duration_minutes.is_some(),
        shared: kind::shared(toks),
        urgent: kind::urgent(toks),
        deadline: dates.deadline,
        misdated: !dates.issues.is_empty(),
        timed: matches!(time, Some(TimeOfDay::At(_))),
    };
    let kind = kind::settle(kind, named, toks, &used);
    let window = dates.range.map(|(start, end)| Window { start, end, time });
    let avoid = avoid::weekdays_of_span(toks, kind, avoid, dates.range);
    // "mornings are out for him so afternoons only": a part of every day kept clear that the part
    // of day asked for already leaves out is said by it.
    let mut avoid = avoid;
    avoid.retain(
        |a| !matches!((a.weekday, a.part, time), (None, Some(part), Some(TimeOfDay::Part(asked))) if part != asked),
    );
    // "not Monday, Mondays are school run chaos": a day kept clear, said twice, is kept clear once.
    let mut said = Vec::with_capacity(avoid.len());
    avoid.retain(|a| {
        let first = !said.contains(a);
        said.push(*a);
        first
    });
    let anywhere = matches!(
        kind,
        Kind::Find | Kind::Book | Kind::Describe | Kind::Reschedule | Kind::Cancel
    );
    let participants = people::extract(toks, &used, anywhere, verbless);

    // ("book the set-build day … on Saturday 13 December from ten till four": the span booked is
    // its length even when the day, not a Saturday, is asked about.)
    let (window, duration_minutes) = match kind {
        Kind::Book => {
            let (start, length) = filled_span(toks, time, duration_minutes);
            (window.map(|w| Window { time: start, ..w }), length)
        }
        _ => (window, duration_minutes),
    };
    // "find something that works for everyone": a search for nothing named, with no one, no
    // length and no day, asks what is meant.
    let nothing_sought = kind == Kind::Find
        && participants.is_empty()
        && duration_minutes.is_none()
        && window.is_none()
        // (Only "find something that …": not "find a time for lunch, anything works for me", "find
        // smth for lunch".)
        && (toks.windows(3).any(|w| {
            w[0].low == "find" && matches!(w[1].low.as_str(), "something" | "anything") && w[2].low == "that"
        })
            // ("can we do the usual but later": or one leaning on what the asker and the
            // assistant know, naming nothing; not "the usual grocery run", named.)
            // (Only "the usual" as what is done or asked for: not "find time for lunch, the
            // usual, please".)
            // ("same as last time with the Brussels lot": or opening with what was done before, and
            // asking nothing else: not "same as last time, find time for lunch".)
            || lexer::starts_with(toks, 0, &["same", "as", "last", "time"])
                && !toks[4..].iter().any(|t| {
                    matches!(
                        t.low.as_str(),
                        "find" | "book" | "schedule" | "arrange" | "move" | "cancel" | "set" | "put" | "add" | "block"
                    )
                })
            // ("nah the other slot's better": one of the times offered before.)
            || toks
                .windows(3)
                .any(|w| w[0].low == "the" && w[1].low == "other" && matches!(w[2].low.as_str(), "slot" | "time" | "one" | "option"))
            || toks.windows(2).enumerate().any(|(k, w)| {
                w[0].low == "the"
                    && w[1].low == "usual"
                    // ("the usual slot, please": or opening the request and all of it; not "The usual
                    // slot is taken, find me another one".)
                    && (k == 0
                        && toks[2..].iter().all(|t| {
                            t.punct || matches!(t.low.as_str(), "please" | "pls" | "slot" | "time" | "one" | "spot")
                        })
                        || k > 0 && matches!(toks[k - 1].low.as_str(), "do" | "for" | "book" | "arrange" | "schedule"))
                    && !toks[..k].iter().any(|t| crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str()))
                    && toks.get(k + 2).is_none_or(|t| {
                        t.punct || matches!(t.low.as_str(), "but" | "again" | "please" | "pls" | "maybe" | "time" | "slot" | "one")
                    })
            }));
    // "cancel", "can you move the meeting": a move or a cancellation naming no meeting, no one and
    // no time asks which.
    // ("book a meeting for me": nor a booking naming nothing.)
    let nothing_named = matches!(kind, Kind::Cancel | Kind::Reschedule | Kind::Book)
        && participants.is_empty()
        && which.date.is_none()
        && which.time.is_none()
        && which.part.is_none()
        && window.is_none()
        && toks.iter().all(|t| {
            t.punct
                || matches!(
                    t.low.as_str(),
                    "can"
                        | "could"
                        | "you"
                        | "please"
                        | "pls"
                        | "move"
                        | "reschedule"
                        | "cancel"
                        | "the"
                        | "a"
                        | "meeting"
                        | "it"
                        | "that"
                        | "this"
                        | "one"
                        | "book"
                        | "for"
                        | "me"
                        // "shift the other one as well", "can you move those two": one leaning on
                        // what was said before, naming nothing either.
                        | "shift"
                        | "push"
                        | "bump"
                        // "can you swap those two around".
                        | "swap"
                        | "around"
                        | "back"
                        | "other"
                        | "those"
                        | "these"
                        | "them"
                        | "both"
                        | "two"
                        | "ones"
                        | "too"
                        | "also"
                        | "as"
                        | "well"
                )
        });
    // "ok go ahead with option B": one of the choices offered before, which this request alone
    // does not hold.
    let picks_a_choice = matches!(kind, Kind::Book | Kind::Find)
        && participants.is_empty()
        && window.is_none()
        && toks.windows(2).any(|w| {
            // (A letter or a number: not "the option to extend", "choice of wine".)
            matches!(w[0].low.as_str(), "option" | "choice" | "proposal")
                && (1..=2).contains(&w[1].orig.chars().count())
                && w[1].orig.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        });
    // "book the same slot as last week with the usual people": a time taken from meetings gone by,
    // which this request alone does not hold, and no day named (not "same slot as last week, but
    // on Friday").
    let same_as_before = matches!(kind, Kind::Book | Kind::Find)
        && window.is_none()
        && toks.windows(5).any(|w| {
            w[0].low == "same"
                && matches!(w[1].low.as_str(), "slot" | "time" | "hour")
                && w[2].low == "as"
                // ("same slot as the one we had with the couriers": or a meeting gone by.)
                && (w[3].low == "last" && matches!(w[4].low.as_str(), "week" | "time")
                    || w[3].low == "before"
                    || w[3].low == "the" && w[4].low == "one")
        })
        // (Not ruled out: "not the same slot as the one we had", "avoid the same slot as …".)
        && !toks.windows(3).any(|w| {
            matches!(w[0].low.as_str(), "not" | "but" | "avoid" | "except")
                && w[1].low == "the"
                && w[2].low == "same"
        });
    // "the usual people want Friday, book 1h": people meant but not named, and no one else, asked
    // about rather than booked alone.
    let usual_people = matches!(kind, Kind::Book | Kind::Find)
        && participants.is_empty()
        && toks
            .windows(3)
            .any(|w| w[0].low == "the" && w[1].low == "usual" && people::GROUP_WORDS.contains(&w[2].low.as_str()));
    // "just book him in wherever suits": someone named only as "him" or "her", with no day, hour
    // or length, leans on what was said before.
    let only_pointed_at = matches!(kind, Kind::Book | Kind::Find)
        && participants.is_empty()
        && window.is_none()
        && duration_minutes.is_none()
        // (The one booked, not "her brakes", "her knee": whose a thing is.)
        && toks.iter().enumerate().any(|(k, t)| {
            matches!(t.low.as_str(), "him" | "her")
                && toks
                    .get(k + 1)
                    .is_none_or(|n| n.punct || matches!(n.low.as_str(), "in" | "for" | "a" | "an" | "some"))
        });
    // "make it the usual slot": a time kept from before, no day named (not a meeting moved back to
    // its own usual time, nor "not the usual time", one ruled out).
    let usual_slot = matches!(kind, Kind::Book | Kind::Find)
        && window.is_none()
        && toks.windows(3).enumerate().any(|(k, w)| {
            w[0].low == "the"
                && w[1].low == "usual"
                && matches!(w[2].low.as_str(), "slot" | "time" | "hour")
                && !(k > 0 && toks[k - 1].low == "not")
        });
    let (kind, window) = match kind {
        _ if nothing_named || picks_a_choice || same_as_before || usual_people || only_pointed_at || usual_slot => {
            (IntentKind::Clarify, None)
        }
        Kind::Find if nothing_sought => (IntentKind::Clarify, None),
        Kind::Find => (IntentKind::FindTime { book: false }, window),
        Kind::Book => (
            IntentKind::FindTime { book: true },
            window.map(|w| starts_at(toks, w, duration_minutes)),
        ),
        // "what's my day look like": my day, with no other named, is today.
        Kind::Describe => {
            // (Not "my day on 2/12", a day that may be read two ways, asked about.)
            // (Only "my day" asked about as it stands: not "my day like on my birthday", a day
            // named that is not read.)
            let my_day = toks.windows(2).enumerate().any(|(k, w)| {
                w[0].low == "my"
                    && w[1].low == "day"
                    && toks[k + 2..].iter().all(|t| {
                        t.punct
                            || matches!(
                                t.low.as_str(),
                                "look" | "looking" | "like" | "be" | "is" | "'s" | "today"
                            )
                    })
            }) && dates.issues.is_empty();
            let window = window.or_else(|| {
                my_day.then_some(Window {
                    start: today,
                    end: today,
                    time,
                })
            });
            (IntentKind::Describe, window)
        }
        // "what's the forecast for Leeds on Friday?": a request that asks nothing of the calendar
        // reads no dates for it either.
        Kind::Clarify => (IntentKind::Clarify, None),
        Kind::Reschedule => (IntentKind::Reschedule { which, to: window }, window),
        Kind::Cancel => (IntentKind::Cancel { which }, None),
        Kind::Task => {
            let title = title::title(toks, &used, false);
            // "need to see someone at some point": nothing named to do; ask what is meant.
            if title::vague(&title) {
                (IntentKind::Clarify, window)
            } else {
                (
                    IntentKind::AddTask {
                        title,
                        due: window.map(|w| w.end),
                    },
                    None,
                )
            }
        }
        Kind::Habit => {
            let title = title::title(toks, &used, true);
            // "Schedule gym sessions twice a week": the sessions recur, their activity is the habit
            // (a single "gym session" is kept as written).
            // (Not "my sessions", "Ana's sessions": whose, not what.)
            let whose = |rest: &str| {
                rest.rsplit(' ').next().is_some_and(|last| {
                    last.ends_with("'s")
                        || matches!(
                            last.to_lowercase().as_str(),
                            "my" | "our" | "your" | "his" | "her" | "their"
                        )
                })
            };
            let title = match title.strip_suffix(" sessions") {
                Some(activity) if !activity.is_empty() && !whose(activity) => activity.to_owned(),
                _ => title,
            };
            let (frequency, freq_part) = recurring
                .or_else(|| recurrence::in_habit(toks))
                .map_or((None, None), |(f, p)| (Some(f), p));
            // "a 15-minute walk after lunch": after an hour of the afternoon is the afternoon.
            let part = freq_part.or(match time {
                Some(TimeOfDay::Part(p)) => Some(p),
                Some(TimeOfDay::After(t)) if (12..17).contains(&t.hour()) => Some(PartOfDay::Afternoon),
                // "every weekday after school": when school is out, the afternoon.
                // (Not "after school run", "after nursery drop-off": the morning's.)
                None if toks.windows(3).any(|w| {
                    w[0].low == "after"
                        && matches!(w[1].low.as_str(), "school" | "nursery")
                        && (w[2].punct
                            || matches!(
                                w[2].low.as_str(),
                                "on" | "each" | "every" | "and" | "for" | "please" | "pls"
                            ))
                }) || toks.len() >= 2
                    && toks[toks.len() - 2].low == "after"
                    && matches!(toks[toks.len() - 1].low.as_str(), "school" | "nursery") =>
                {
                    Some(PartOfDay::Afternoon)
                }
                _ => None,
            });
            (IntentKind::AddHabit { title, frequency, part }, None)
        }
    };
    // "what's the weather like in Hamburg?": a request that asks nothing of the calendar reads no
    // clock in the place it names; "cancel the catch-up with the Lisbon office", "clear Monday,
    // I'll be at the conference in Lisbon": nor does a cancellation, from a place alone; "move
    // the kickoff w/ the Lisbon office from Dec 1 to Dec 3 at 11am": nor a move, from a group's
    // place alone, the meeting's hours one's own.
    // ("Am I free on Monday afternoon? My cousin in Toronto wants to video call", "send the NDA
    // back to the client in Singapore": nor does a description or a task, from someone else's
    // place alone; not "I'm in Tokyo next week — what's on Tuesday at 9?", where the one asking is.)
    let asker_there = toks.windows(2).any(|w| {
        matches!(w[0].low.as_str(), "i'm" | "im" | "be" | "me" | "we're" | "am" | "i")
            && matches!(w[1].low.as_str(), "in" | "fly" | "flying")
    });
    let cancelled = matches!(kind, IntentKind::Cancel { .. })
        || matches!(kind, IntentKind::Describe | IntentKind::AddTask { .. }) && !asker_there;
    // (Unless the group's clock is spoken of: "move my call with the Tokyo team to 9am their time",
    // "to whatever is 9am for them".)
    let their_clock = toks.windows(2).any(|w| {
        w[0].low == "their"
            && matches!(
                w[1].low.as_str(),
                "time" | "timezone" | "clock" | "local" | "morning" | "afternoon" | "evening"
            )
            || w[0].low == "for" && w[1].low == "them"
    });
    let moved = matches!(kind, IntentKind::Reschedule { .. }) && !their_clock;
    let zone = zone
        .filter(|found| kind != IntentKind::Clarify && !(cancelled && found.by_place) && !(moved && found.of_group))
        .map(|found| found.tz);
    Intent {
        kind,
        participants,
        duration_minutes,
        window,
        avoid,
        zone: zone.map(|tz| Zone::parse(tz.name()).unwrap_or(Zone::UTC)),
        issues: dates.issues,
    }
}

#[cfg(test)]
mod tests;
