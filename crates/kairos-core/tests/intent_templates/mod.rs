//! Requests generated from a grammar of templates × fillers, each with the intent a person would
//! expect computed from the parts it was built from — so the evaluation is as large as wanted and
//! every label is right by construction. Whole templates are held out: the parser may be tuned
//! on the training templates, never on the held-out ones, whose score measures wording it was
//! not tuned on (the issue's unseen-wording gap: other verbs, no verb, lists and cases of names).
//!
//! Labels use the corpus's vocabulary (see `intent_corpus.rs`) and its reference moment, Friday
//! 2026-11-27 09:00 UTC with the host in Europe/Berlin.

use serde_json::{Map, Value, json};

/// A filler: the words it puts into the request and the label fields it sets.
#[derive(Debug, Clone, Copy)]
pub struct Filler {
    pub text: &'static str,
    pub fields: &'static str,
}

const fn f(text: &'static str, fields: &'static str) -> Filler {
    Filler { text, fields }
}

/// People: as written, in any case, listed with commas and "and", by e-mail address.
const PEOPLE: &[Filler] = &[
    f("Ana", r#"{"participants": ["Ana"]}"#),
    f("ana", r#"{"participants": ["ana"]}"#),
    f("Bo and Chen", r#"{"participants": ["Bo", "Chen"]}"#),
    f("bo and chen", r#"{"participants": ["bo", "chen"]}"#),
    f("Ana, Bo and Priya", r#"{"participants": ["Ana", "Bo", "Priya"]}"#),
    f(
        "priya.shah@example.com",
        r#"{"participants": ["priya.shah@example.com"]}"#,
    ),
    f(
        "Ana and zoe@example.com",
        r#"{"participants": ["Ana", "zoe@example.com"]}"#,
    ),
];

/// People listed in parentheses after a group ("the design team (Ana, Bo)").
const PEOPLE_LISTED: &[Filler] = &[
    f("Ana, Bo", r#"{"participants": ["Ana", "Bo"]}"#),
    f("ana and bo", r#"{"participants": ["ana", "bo"]}"#),
    f("Priya Shah and Chen", r#"{"participants": ["Priya Shah", "Chen"]}"#),
];

/// A deadline at the end of a day.
const DUE_END_OF_DAY: &[Filler] = &[
    f("before end of day Thursday", r#"{"due": "2026-12-03"}"#),
    f("by EOD Monday", r#"{"due": "2026-11-30"}"#),
    f("before close of business Friday", r#"{"due": "2026-12-04"}"#),
    f("by end of day tomorrow", r#"{"due": "2026-11-28"}"#),
];

/// One person, for meetings referred to.
const PERSON: &[Filler] = &[
    f("Ana", r#"{"participants": ["Ana"]}"#),
    f("bo", r#"{"participants": ["bo"]}"#),
    f("Priya", r#"{"participants": ["Priya"]}"#),
];

const DURATION: &[Filler] = &[
    f("30 minutes", r#"{"duration": 30}"#),
    f("30 min", r#"{"duration": 30}"#),
    f("half an hour", r#"{"duration": 30}"#),
    f("an hour", r#"{"duration": 60}"#),
    f("45 mins", r#"{"duration": 45}"#),
    f("90 minutes", r#"{"duration": 90}"#),
    f("2 hours", r#"{"duration": 120}"#),
];

/// A length as an adjective ("a 30-minute call").
const DURATION_ADJECTIVE: &[Filler] = &[
    f("30-minute", r#"{"duration": 30}"#),
    f("45-minute", r#"{"duration": 45}"#),
    f("one-hour", r#"{"duration": 60}"#),
    f("2-hour", r#"{"duration": 120}"#),
];

/// Days of a search, relative to Friday 2026-11-27.
const WHEN: &[Filler] = &[
    f(
        "tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "on Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "on tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "on Thursday",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on December 3",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "on 8 Dec",
        r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#,
    ),
];

/// Hours of those days (joined to the days' window).
const TIME: &[Filler] = &[
    f("", "{}"),
    f(" in the morning", r#"{"time": "morning"}"#),
    f(" in the afternoon", r#"{"time": "afternoon"}"#),
    f(" after 2pm", r#"{"time": ">14:00"}"#),
    f(" before noon", r#"{"time": "<12:00"}"#),
];

/// Days to describe, as a subject ("what does Monday look like").
const DAY: &[Filler] = &[
    f(
        "tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f("Monday", r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "Wednesday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
];

/// A meeting's start, as people say it.
const CLOCK: &[Filler] = &[
    f("3pm", r#"{"which": {"time": "15:00"}}"#),
    f("10am", r#"{"which": {"time": "10:00"}}"#),
    f("2:30pm", r#"{"which": {"time": "14:30"}}"#),
    f("11 o'clock", r#"{"which": {"time": "11:00"}}"#),
];

/// A meeting's day, possessive.
const DAY_OF: &[Filler] = &[
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
    f("Thursday's", r#"{"which": {"date": "2026-12-03"}}"#),
];

/// Where a meeting moves to.
const TO: &[Filler] = &[
    f("Monday", r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#),
    f(
        "Wednesday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "December 9",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
];

const TASK: &[Filler] = &[
    f("write the report", r#"{"title": "write the report"}"#),
    f("prepare the board slides", r#"{"title": "prepare the board slides"}"#),
    f("review the budget", r#"{"title": "review the budget"}"#),
];

const DUE: &[Filler] = &[
    f("Friday", r#"{"due": "2026-12-04"}"#),
    f("Monday", r#"{"due": "2026-11-30"}"#),
    f("December 10", r#"{"due": "2026-12-10"}"#),
    f("tomorrow", r#"{"due": "2026-11-28"}"#),
];

const HABIT: &[Filler] = &[
    f("reading", r#"{"title": "reading"}"#),
    f("yoga", r#"{"title": "yoga"}"#),
    f("meditation", r#"{"title": "meditation"}"#),
];

const HABIT_VERB: &[Filler] = &[
    f("go running", r#"{"title": "go running"}"#),
    f("meditate", r#"{"title": "meditate"}"#),
    f("practise piano", r#"{"title": "practise piano"}"#),
];

const FREQUENCY: &[Filler] = &[
    f("every day", r#"{"frequency": "daily"}"#),
    f("every weekday", r#"{"frequency": "weekdays"}"#),
    f("three times a week", r#"{"frequency": "3/week"}"#),
    f("twice a week", r#"{"frequency": "2/week"}"#),
    f("every morning", r#"{"frequency": "daily", "part": "morning"}"#),
];

/// Urgency without a date: as soon as possible.
const URGENCY: &[Filler] = &[
    f("asap", "{}"),
    f("urgent:", "{}"),
    f("as soon as possible,", "{}"),
    f("ASAP -", "{}"),
];

/// A range of days whose meetings are meant.
const DAYS_OF_MEETINGS: &[Filler] = &[
    f(
        "Monday to Wednesday",
        r#"{"which": {"date": "2026-11-30", "until": "2026-12-02"}}"#,
    ),
    f(
        "next week",
        r#"{"which": {"date": "2026-11-30", "until": "2026-12-06"}}"#,
    ),
    f(
        "from Tuesday to Thursday",
        r#"{"which": {"date": "2026-12-01", "until": "2026-12-03"}}"#,
    ),
];

/// Days of a search in other shapes than `WHEN` (preposition included where people use one):
/// "next <weekday>" is that weekday of next week (corpus: "next Tuesday" = 12-01, "next
/// Wednesday" = 12-02), "this coming Tuesday" = 12-01 (so "this coming Thursday" = 12-03),
/// "early next week" = Mon-Wed, "the week after next" = 12-07..12-13, "the 9th" = 12-09,
/// "Mon"/"Wed" abbreviations, "Monday or Tuesday" = the span of both.
const WHEN_VARIED: &[Filler] = &[
    f(
        "next Tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f("on Wed", r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#),
    f(
        "the day after tomorrow",
        r#"{"window": {"start": "2026-11-29", "end": "2026-11-29"}}"#,
    ),
    f(
        "early next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-02"}}"#,
    ),
    f(
        "the week after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f(
        "on the 9th",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "this coming Thursday",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "on Monday or Tuesday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-01"}}"#,
    ),
];

/// Hours of those days in other shapes than `TIME` (joined to the days' window): "after lunch"
/// is after 14:00, "around noon" is 12:00, "between 2 and 4pm" is 14:00-16:00 (all as in the
/// corpus).
const TIME_VARIED: &[Filler] = &[
    f("", "{}"),
    f(" after lunch", r#"{"time": ">14:00"}"#),
    f(" before 11am", r#"{"time": "<11:00"}"#),
    f(" between 2 and 4pm", r#"{"time": "14:00-16:00"}"#),
    f(" in the evening", r#"{"time": "evening"}"#),
    f(" around noon", r#"{"time": "12:00"}"#),
];

/// Spans to describe, as the object of a verb ("walk me through tomorrow morning"); a part of
/// the day goes into the window (corpus: "am I busy tomorrow morning?"); "the rest of the week"
/// is today to Sunday (corpus: "what's my schedule for the rest of the week").
const DAY_SPAN: &[Filler] = &[
    f(
        "tomorrow morning",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28", "time": "morning"}}"#,
    ),
    f("Monday", r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "Thursday afternoon",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "afternoon"}}"#,
    ),
    f("the 9th", r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#),
    f(
        "the rest of the week",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-29"}}"#,
    ),
];

/// Where a meeting moves to, with its preposition ("... on Tuesday instead"). Deliberately no
/// Monday, Thursday or tomorrow, so it never equals a `DAY_OF` it is combined with; bare
/// "Friday" is next week's (corpus: "find 2h on Friday" = 12-04).
const TO_INSTEAD: &[Filler] = &[
    f(
        "on Tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "on Wednesday afternoon",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "afternoon"}}"#,
    ),
    f(
        "the week after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f(
        "on December 9",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "on Friday at 4pm",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04", "time": "16:00"}}"#,
    ),
];

/// A deadline given with "before": due the day before (corpus: "review the contract before
/// Wednesday" and "call the landlord before Wednesday" are due 12-01, "file expenses before the
/// end of the month" 11-29, "before the 31st" 12-30).
const DUE_BEFORE: &[Filler] = &[
    f("Friday", r#"{"due": "2026-12-03"}"#),
    f("Monday", r#"{"due": "2026-11-29"}"#),
    f("Wednesday", r#"{"due": "2026-12-01"}"#),
    f("December 10", r#"{"due": "2026-12-09"}"#),
];

/// A habit as a gerund ("the habit of stretching"): the title is the gerund (corpus: "add a
/// habit of stretching for 10 min every weekday" has title "stretching").
const HABIT_GERUND: &[Filler] = &[
    f("journaling", r#"{"title": "journaling"}"#),
    f("stretching", r#"{"title": "stretching"}"#),
    f("running", r#"{"title": "running"}"#),
    f("reading", r#"{"title": "reading"}"#),
];

/// How often, in other shapes than `FREQUENCY` (corpus: "on weekdays" = weekdays, "4x a week" =
/// 4/week, "every evening" = daily + evening, "three mornings a week" = 3/week + morning).
const FREQUENCY_VARIED: &[Filler] = &[
    f("daily", r#"{"frequency": "daily"}"#),
    f("on weekdays", r#"{"frequency": "weekdays"}"#),
    f("four times a week", r#"{"frequency": "4/week"}"#),
    f("every evening", r#"{"frequency": "daily", "part": "evening"}"#),
    f("three mornings a week", r#"{"frequency": "3/week", "part": "morning"}"#),
];

/// A day with a clock time or part of the day and a named zone, no preposition ("would Tuesday at
/// 9am New York time work?"). Zones as in the corpus: "New York time" and "Eastern" =
/// America/New_York, "London time" = Europe/London, "Pacific" = America/Los_Angeles, "Tokyo
/// time" = Asia/Tokyo, "Sydney time" = Australia/Sydney, "CET" = Europe/Berlin; "next
/// <weekday>" is that weekday of next week. No bare "Friday" (said on a Friday, a reader could
/// take it for today).
const WHEN_ZONED: &[Filler] = &[
    f(
        "Tuesday at 9am New York time",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01", "time": "09:00"}, "tz": "America/New_York"}"#,
    ),
    f(
        "tomorrow at 4pm London time",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28", "time": "16:00"}, "tz": "Europe/London"}"#,
    ),
    f(
        "Monday at 8:30am Pacific",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30", "time": "08:30"}, "tz": "America/Los_Angeles"}"#,
    ),
    f(
        "next Wednesday at 10am Tokyo time",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "10:00"}, "tz": "Asia/Tokyo"}"#,
    ),
    f(
        "Thursday afternoon Sydney time",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "afternoon"}, "tz": "Australia/Sydney"}"#,
    ),
    f(
        "the 9th at 3pm CET",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09", "time": "15:00"}, "tz": "Europe/Berlin"}"#,
    ),
    f(
        "Monday morning Eastern",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30", "time": "morning"}, "tz": "America/New_York"}"#,
    ),
];

/// Days of a search in shapes not in `WHEN` or `WHEN_VARIED` (preposition included where people
/// use one): "tmrw" = tomorrow, "Tues" = Tuesday, "next Thursday" = 12-03 (corpus: "next
/// Thursday morning" = 12-03), "mid next week" = Tue-Thu (corpus), "the Thursday after next" =
/// 12-10 (corpus), "Wednesday or Thursday" = the span of both, "this coming Monday" = 11-30
/// (corpus: "this coming Tuesday" = 12-01).
const WHEN_H3: &[Filler] = &[
    f("tmrw", r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#),
    f("on Tues", r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#),
    f(
        "next Thursday",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "mid next week",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-03"}}"#,
    ),
    f(
        "the Thursday after next",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10"}}"#,
    ),
    f(
        "on Dec 7",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-07"}}"#,
    ),
    f(
        "on Wednesday or Thursday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-03"}}"#,
    ),
    f(
        "this coming Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
];

/// Hours of those days in shapes not in `TIME` or `TIME_VARIED` (joined to the days' window), as
/// in the corpus: "first thing" = morning, "lunchtime" = 12:00-14:00, "late afternoon" =
/// afternoon, "after 3" = after 15:00, "no earlier than 11" = after 11:00 ("not before 10" = after
/// 10:00), "between 1 and 3" = 13:00-15:00, "half past two" = 14:30, "around 3pm" = 15:00
/// ("around 2" = 14:00).
const TIME_H3: &[Filler] = &[
    f("", "{}"),
    f(" first thing", r#"{"time": "morning"}"#),
    f(" at lunchtime", r#"{"time": "12:00-14:00"}"#),
    f(" late afternoon", r#"{"time": "afternoon"}"#),
    f(" after 3", r#"{"time": ">15:00"}"#),
    f(" no earlier than 11", r#"{"time": ">11:00"}"#),
    f(" between 1 and 3", r#"{"time": "13:00-15:00"}"#),
    f(" at half past two", r#"{"time": "14:30"}"#),
    f(" around 3pm", r#"{"time": "15:00"}"#),
];

/// Spans to describe, after "for" ("what's on deck for tmrw?"); a part of the day goes into the
/// window (corpus: "anything I should know about for Monday morning?"; "tonight" and "each
/// night" are evening); "this weekend" = 11-28..11-29 and "the week after next" =
/// 12-07..12-13 (corpus); "next Friday" = 12-04 (corpus).
const DAY_H3: &[Filler] = &[
    f("tmrw", r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#),
    f("Tuesday", r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#),
    f(
        "Monday morning",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30", "time": "morning"}}"#,
    ),
    f(
        "the week after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f(
        "this weekend",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-29"}}"#,
    ),
    f(
        "next Friday",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04"}}"#,
    ),
    f(
        "the 10th",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10"}}"#,
    ),
    f(
        "Thursday evening",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "evening"}}"#,
    ),
];

/// A meeting's day, possessive, in other days than `DAY_OF`. No "Friday's" (said on a Friday, a
/// reader could take it for today's).
const DAY_OF_H3: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Tuesday's", r#"{"which": {"date": "2026-12-01"}}"#),
    f("Wednesday's", r#"{"which": {"date": "2026-12-02"}}"#),
];

/// A meeting's day, possessive, for meetings that move: only days before every `TO_H3` target, so
/// a target such as "Wednesday" or "next Tuesday" can only be read one way.
const DAY_OF_EARLY: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
];

/// A meeting's start in other shapes than `CLOCK`; all later than 10:00 Berlin, so "today's" one
/// has not yet passed ("my 11:30 w/ Pia" is 11:30 in the corpus).
const CLOCK_H3: &[Filler] = &[
    f("4:15pm", r#"{"which": {"time": "16:15"}}"#),
    f("noon", r#"{"which": {"time": "12:00"}}"#),
    f("11:30", r#"{"which": {"time": "11:30"}}"#),
    f("5pm", r#"{"which": {"time": "17:00"}}"#),
    f("2:45pm", r#"{"which": {"time": "14:45"}}"#),
];

/// One person, for meetings referred to, in other shapes than `PERSON`: a full name, lowercase,
/// an e-mail address.
const PERSON_H3: &[Filler] = &[
    f("Chen", r#"{"participants": ["Chen"]}"#),
    f("marta", r#"{"participants": ["marta"]}"#),
    f("zoe@example.com", r#"{"participants": ["zoe@example.com"]}"#),
    f("Priya Shah", r#"{"participants": ["Priya Shah"]}"#),
];

/// Where a meeting moves to, no preposition: all after every `DAY_OF_EARLY` day (so never the day
/// it is combined with, and "next Tuesday" or "Wednesday" cannot mean the week after), never bare
/// "Friday": "next Tuesday" = 12-01 and "next
/// Friday" = 12-04 (corpus), "the morning of the 9th" = 12-09 in the morning.
const TO_H3: &[Filler] = &[
    f(
        "Wednesday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "next Tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "next Friday afternoon",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04", "time": "afternoon"}}"#,
    ),
    f(
        "the week after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f("Dec 10", r#"{"window": {"start": "2026-12-10", "end": "2026-12-10"}}"#),
    f(
        "Wednesday at 4pm",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "16:00"}}"#,
    ),
    f(
        "the morning of the 9th",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09", "time": "morning"}}"#,
    ),
];

/// Tasks in other words than `TASK`, one of them starting with "book" (a task all the same:
/// corpus "new task: book flights, 30 min").
const TASK_H3: &[Filler] = &[
    f(
        "send the signed contract back",
        r#"{"title": "send the signed contract back"}"#,
    ),
    f("update the hiring plan", r#"{"title": "update the hiring plan"}"#),
    f("book flights to Oslo", r#"{"title": "book flights to Oslo"}"#),
    f("chase the unpaid invoices", r#"{"title": "chase the unpaid invoices"}"#),
];

/// A deadline with its preposition. "by X" is due X, "before X" the day before (corpus: "before
/// Wednesday" = 12-01, "before the 31st" = 12-30), "by EOD Tuesday" is Tuesday (corpus: "by end
/// of day Monday" = 11-30), "by the end of the month" = 11-30 (corpus: "by end of month" =
/// 11-30), "next Tuesday" = 12-01 so "before next Tuesday" = 11-30, "next Friday" = 12-04.
const DUE_H3: &[Filler] = &[
    f("by Thursday", r#"{"due": "2026-12-03"}"#),
    f("before the 15th", r#"{"due": "2026-12-14"}"#),
    f("by EOD Tuesday", r#"{"due": "2026-12-01"}"#),
    f("before next Tuesday", r#"{"due": "2026-11-30"}"#),
    f("by tomorrow", r#"{"due": "2026-11-28"}"#),
    f("by the end of the month", r#"{"due": "2026-11-30"}"#),
    f("by next Friday", r#"{"due": "2026-12-04"}"#),
    f("by the 9th", r#"{"due": "2026-12-09"}"#),
];

/// Habits as verb phrases, the title being the phrase (corpus: "go running", "hit the gym",
/// "practice Spanish"), less a bare "do", which says nothing of the habit: every blind writer who
/// labelled one titled "do yoga" as "yoga" and "do journaling" as "journaling".
const HABIT_VERB_H3: &[Filler] = &[
    f("do pilates", r#"{"title": "pilates"}"#),
    f("learn Italian", r#"{"title": "learn Italian"}"#),
    f("stretch", r#"{"title": "stretch"}"#),
    f("walk the dog", r#"{"title": "walk the dog"}"#),
    f("go swimming", r#"{"title": "go swimming"}"#),
];

/// How often, in shapes not in `FREQUENCY` or `FREQUENCY_VARIED` (corpus: "every Saturday" and
/// "a weekly habit" = 1/week, "4x a week" = 4/week, "each night" = daily + evening, "every
/// weekday morning" = weekdays + morning, "three mornings a week" = 3/week + morning).
const FREQUENCY_H3: &[Filler] = &[
    f("once a week", r#"{"frequency": "1/week"}"#),
    f("twice weekly", r#"{"frequency": "2/week"}"#),
    f("each evening", r#"{"frequency": "daily", "part": "evening"}"#),
    f(
        "every weekday morning",
        r#"{"frequency": "weekdays", "part": "morning"}"#,
    ),
    f("3x a week", r#"{"frequency": "3/week"}"#),
    f("every single day", r#"{"frequency": "daily"}"#),
    f("five mornings a week", r#"{"frequency": "5/week", "part": "morning"}"#),
];

/// People, in shapes not in `PEOPLE`: a lone first name, a pair, a lowercase list of three, a
/// title and surname (corpus: "get me 30 minutes with Dr. Ngo" has "Dr. Ngo"), a team (corpus:
/// "the design team" is "design team"), "&" between names (corpus: "Bo & Ana"), an e-mail
/// address with a hyphenated name.
const PEOPLE_H4: &[Filler] = &[
    f("Lena", r#"{"participants": ["Lena"]}"#),
    f("Lena and Tomasz", r#"{"participants": ["Lena", "Tomasz"]}"#),
    f("kai, mira and jo", r#"{"participants": ["kai", "mira", "jo"]}"#),
    f("Dr. Okoye", r#"{"participants": ["Dr. Okoye"]}"#),
    f("the finance team", r#"{"participants": ["finance team"]}"#),
    f("Ana & Bo", r#"{"participants": ["Ana", "Bo"]}"#),
    f(
        "r.patel@example.com and Jean-Paul",
        r#"{"participants": ["r.patel@example.com", "Jean-Paul"]}"#,
    ),
];

/// One person, for meetings referred to, in shapes not in `PERSON` or `PERSON_H3`.
const PERSON_H4: &[Filler] = &[
    f("Lena", r#"{"participants": ["Lena"]}"#),
    f("tomasz", r#"{"participants": ["tomasz"]}"#),
    f("Dr. Okoye", r#"{"participants": ["Dr. Okoye"]}"#),
    f("m.rossi@example.com", r#"{"participants": ["m.rossi@example.com"]}"#),
    f("Jean-Paul", r#"{"participants": ["Jean-Paul"]}"#),
];

/// Lengths in shapes not all in `DURATION` (corpus: "1h" = 60, "30m" = 30 so "45m" = 45, "a
/// quarter of an hour" = 15, "an hour and a half" = 90, "1 hr" = 60).
const DURATION_H4: &[Filler] = &[
    f("20 mins", r#"{"duration": 20}"#),
    f("a quarter of an hour", r#"{"duration": 15}"#),
    f("1h", r#"{"duration": 60}"#),
    f("an hour and a half", r#"{"duration": 90}"#),
    f("40 minutes", r#"{"duration": 40}"#),
    f("two hours", r#"{"duration": 120}"#),
    f("45m", r#"{"duration": 45}"#),
    f("1 hr", r#"{"duration": 60}"#),
];

/// A length as an adjective, in shapes not in `DURATION_ADJECTIVE` (corpus: "a half-hour slot"
/// = 30, "a 90-min block" = 90). Each reads after "a".
const DURATION_ADJECTIVE_H4: &[Filler] = &[
    f("20-minute", r#"{"duration": 20}"#),
    f("90-minute", r#"{"duration": 90}"#),
    f("half-hour", r#"{"duration": 30}"#),
    f("60-minute", r#"{"duration": 60}"#),
    f("two-hour", r#"{"duration": 120}"#),
    f("45-min", r#"{"duration": 45}"#),
];

/// Days of a search in shapes not in `WHEN`, `WHEN_VARIED` or `WHEN_H3` (preposition included
/// where people use one): "this coming Wednesday" = 12-02 (corpus: "this coming Tuesday" =
/// 12-01), "Tuesday the 1st" = 12-01 (corpus: "Monday the 30th" = 11-30), "next Monday" = 11-30
/// (corpus: "push the 10am with Katja to next Monday"), "the Tuesday after next" = 12-08
/// (corpus), "in the next couple of days" = today to Sunday (corpus), "Thurs" = Thursday 12-03,
/// "sometime next week" = 11-30..12-06. No bare "Friday".
const WHEN_H4: &[Filler] = &[
    f(
        "this coming Wednesday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "on Tuesday the 1st",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "next Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "the Tuesday after next",
        r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#,
    ),
    f(
        "in the next couple of days",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-29"}}"#,
    ),
    f(
        "on Thurs",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "on 10 December",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10"}}"#,
    ),
    f(
        "sometime next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on the 7th",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-07"}}"#,
    ),
];

/// Hours of those days in shapes not in `TIME`, `TIME_VARIED` or `TIME_H3` (joined to the days'
/// window), as in the corpus: "after 4" = after 16:00 ("after 3" = after 15:00), "before lunch" =
/// before 12:00, "from 9 to 11" = 09:00-11:00, "not before 10" = after 10:00, "no later than
/// 5pm" = before 17:00, "around 11" = 11:00 ("around 2" = 14:00).
const TIME_H4: &[Filler] = &[
    f("", "{}"),
    f(" after 4", r#"{"time": ">16:00"}"#),
    f(" before lunch", r#"{"time": "<12:00"}"#),
    f(" from 9 to 11", r#"{"time": "09:00-11:00"}"#),
    f(" at 10:30", r#"{"time": "10:30"}"#),
    f(" not before 10", r#"{"time": ">10:00"}"#),
    f(" no later than 5pm", r#"{"time": "<17:00"}"#),
    f(" around 11", r#"{"time": "11:00"}"#),
];

/// Spans to describe, with their preposition ("what's already booked on Sunday?"); a part of the
/// day goes into the window (corpus: "am I busy tomorrow morning?", "what's on this afternoon",
/// "each night" is evening). As in the corpus: "Sunday" = 11-29, "next Tuesday" = 12-01, "over
/// the weekend" = 11-28..11-29, "the week of December 14" = 12-14..12-20 (so "the week of the
/// 7th" = 12-07..12-13), "between the 7th and the 11th" = 12-07..12-11.
const DAY_H4: &[Filler] = &[
    f(
        "for tomorrow evening",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28", "time": "evening"}}"#,
    ),
    f(
        "on Sunday",
        r#"{"window": {"start": "2026-11-29", "end": "2026-11-29"}}"#,
    ),
    f(
        "this afternoon",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27", "time": "afternoon"}}"#,
    ),
    f(
        "next Tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "over the weekend",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-29"}}"#,
    ),
    f(
        "on the 11th",
        r#"{"window": {"start": "2026-12-11", "end": "2026-12-11"}}"#,
    ),
    f(
        "for the week of the 7th",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f(
        "on Wednesday morning",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "morning"}}"#,
    ),
    f(
        "between the 1st and the 4th",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-04"}}"#,
    ),
];

/// A meeting's day, not possessive ("the meeting of Monday at 11am"). No bare "Friday"; "next
/// Thursday" = 12-03 (corpus: "next Thursday morning" = 12-03).
const WHICH_DAY_H4: &[Filler] = &[
    f("today", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday", r#"{"which": {"date": "2026-11-30"}}"#),
    f("Wednesday", r#"{"which": {"date": "2026-12-02"}}"#),
    f("the 8th", r#"{"which": {"date": "2026-12-08"}}"#),
    f("next Thursday", r#"{"which": {"date": "2026-12-03"}}"#),
];

/// A meeting's start in shapes not in `CLOCK` or `CLOCK_H3`; all later than 10:00 Berlin, so
/// today's one has not yet passed. As in the corpus: "11.30" = 11:30 (so "4.30pm" = 16:30),
/// "half past two" = 14:30 (so "half past three" = 15:30), 24-hour "13:00".
const CLOCK_H4: &[Filler] = &[
    f("11am", r#"{"which": {"time": "11:00"}}"#),
    f("4.30pm", r#"{"which": {"time": "16:30"}}"#),
    f("13:00", r#"{"which": {"time": "13:00"}}"#),
    f("half past three", r#"{"which": {"time": "15:30"}}"#),
    f("12:30", r#"{"which": {"time": "12:30"}}"#),
    f("5:45pm", r#"{"which": {"time": "17:45"}}"#),
];

/// A meeting's day, possessive, for meetings brought forward: only days after every
/// `TO_EARLIER_H4` target, so "forward" (earlier) always holds and the target can only be read
/// one way.
const DAY_OF_LATE_H4: &[Filler] = &[
    f("Tuesday's", r#"{"which": {"date": "2026-12-01"}}"#),
    f("Wednesday's", r#"{"which": {"date": "2026-12-02"}}"#),
    f("Thursday's", r#"{"which": {"date": "2026-12-03"}}"#),
];

/// Where a meeting is brought forward to: all before every `DAY_OF_LATE_H4` day. As in the
/// corpus: "first thing Monday" = 11-30 in the morning, "this afternoon" = 11-27 in the
/// afternoon, "Monday" = 11-30.
const TO_EARLIER_H4: &[Filler] = &[
    f("Monday", r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#),
    f(
        "first thing Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30", "time": "morning"}}"#,
    ),
    f(
        "Monday at 9:30",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30", "time": "09:30"}}"#,
    ),
    f(
        "tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "this afternoon",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27", "time": "afternoon"}}"#,
    ),
];

/// Tasks in other words than `TASK` and `TASK_H3`, one starting with "set up" (a task all the
/// same: corpus "new task: book flights, 30 min"). No names of people in them.
const TASK_H4: &[Filler] = &[
    f("renew the office lease", r#"{"title": "renew the office lease"}"#),
    f("draft the press release", r#"{"title": "draft the press release"}"#),
    f("set up the new laptops", r#"{"title": "set up the new laptops"}"#),
    f("sign off the Q4 forecast", r#"{"title": "sign off the Q4 forecast"}"#),
    f("order printer toner", r#"{"title": "order printer toner"}"#),
];

/// A deadline with no preposition, after "deadline": due that day, as "by X" is (corpus: "by
/// next Friday" = 12-04 so "next Wednesday" = 12-02, "by end of next week" = 12-04, "by end of
/// month" = 11-30, "by the 10th" = 12-10 so "the 11th" = 12-11).
const DUE_H4: &[Filler] = &[
    f("Monday", r#"{"due": "2026-11-30"}"#),
    f("next Wednesday", r#"{"due": "2026-12-02"}"#),
    f("the 11th", r#"{"due": "2026-12-11"}"#),
    f("end of next week", r#"{"due": "2026-12-04"}"#),
    f("Dec 14", r#"{"due": "2026-12-14"}"#),
    f("tomorrow", r#"{"due": "2026-11-28"}"#),
    f("end of the month", r#"{"due": "2026-11-30"}"#),
];

/// Habits as nouns, the title being the noun phrase (corpus: "Spanish lessons", "strength
/// training", "deep work", "piano practice").
const HABIT_NOUN_H4: &[Filler] = &[
    f("French practice", r#"{"title": "French practice"}"#),
    f("strength training", r#"{"title": "strength training"}"#),
    f("deep work", r#"{"title": "deep work"}"#),
    f("guitar practice", r#"{"title": "guitar practice"}"#),
    f("breathing exercises", r#"{"title": "breathing exercises"}"#),
];

/// How often, in shapes not in `FREQUENCY`, `FREQUENCY_VARIED` or `FREQUENCY_H3` (corpus: "every
/// Tuesday and Thursday" = 2/week, "Mondays, Wednesdays and Fridays" = 3/week, "every Saturday"
/// = 1/week, "every Monday morning" = 1/week + morning, "each afternoon" = daily + afternoon,
/// "every weekday morning" = weekdays + morning, "three evenings a week" = 3/week + evening).
const FREQUENCY_H4: &[Filler] = &[
    f("every Tuesday and Thursday", r#"{"frequency": "2/week"}"#),
    f("on weekday mornings", r#"{"frequency": "weekdays", "part": "morning"}"#),
    f("four evenings a week", r#"{"frequency": "4/week", "part": "evening"}"#),
    f("every Saturday", r#"{"frequency": "1/week"}"#),
    f("each afternoon", r#"{"frequency": "daily", "part": "afternoon"}"#),
    f("Mondays, Wednesdays and Fridays", r#"{"frequency": "3/week"}"#),
    f("once a day", r#"{"frequency": "daily"}"#),
    f(
        "every Saturday morning",
        r#"{"frequency": "1/week", "part": "morning"}"#,
    ),
];

/// People, in shapes not in `PEOPLE` or `PEOPLE_H4`: a lone first name, a British title without a
/// full stop (corpus: "Mrs Schmidt" is "Mrs Schmidt"), a pair, a lowercase name, a team (corpus:
/// "the design team" is "design team"), a full name with an apostrophe (corpus: "O'Brien"), an
/// e-mail address, a list of three. Each reads after "with" or "w".
const PEOPLE_H5: &[Filler] = &[
    f("Marguerite", r#"{"participants": ["Marguerite"]}"#),
    f("Dr Adeyemi", r#"{"participants": ["Dr Adeyemi"]}"#),
    f("Sofia and Mateo", r#"{"participants": ["Sofia", "Mateo"]}"#),
    f("jin", r#"{"participants": ["jin"]}"#),
    f("the procurement team", r#"{"participants": ["procurement team"]}"#),
    f("Siobhan O'Neill", r#"{"participants": ["Siobhan O'Neill"]}"#),
    f(
        "k.nakamura@example.com",
        r#"{"participants": ["k.nakamura@example.com"]}"#,
    ),
    f(
        "Aoife, Rahul and Beth",
        r#"{"participants": ["Aoife", "Rahul", "Beth"]}"#,
    ),
];

/// People before "and I" ("when Sofia, Mateo and I could get together"): the speaker is not a
/// participant (corpus: "a slot where Bo and I are both free" has only "Bo"; "Mia, Omar and I need
/// 30 minutes" has "Mia" and "Omar").
const PEOPLE_AND_I_H5: &[Filler] = &[
    f("Marguerite", r#"{"participants": ["Marguerite"]}"#),
    f("Dr Adeyemi", r#"{"participants": ["Dr Adeyemi"]}"#),
    f("Sofia, Mateo", r#"{"participants": ["Sofia", "Mateo"]}"#),
    f("jin", r#"{"participants": ["jin"]}"#),
    f("the procurement team", r#"{"participants": ["procurement team"]}"#),
    f(
        "k.nakamura@example.com",
        r#"{"participants": ["k.nakamura@example.com"]}"#,
    ),
];

/// People as a voice dictation would write them: names only, no e-mail addresses.
const PEOPLE_VOICE_H5: &[Filler] = &[
    f("Marguerite", r#"{"participants": ["Marguerite"]}"#),
    f("Dr Adeyemi", r#"{"participants": ["Dr Adeyemi"]}"#),
    f("Sofia and Mateo", r#"{"participants": ["Sofia", "Mateo"]}"#),
    f("the procurement team", r#"{"participants": ["procurement team"]}"#),
    f("Siobhan O'Neill", r#"{"participants": ["Siobhan O'Neill"]}"#),
];

/// Lengths in shapes not all in `DURATION` or `DURATION_H4` (corpus: "1.5 hours" = 90 and "2 hrs" =
/// 120 so "1.5 hrs" = 90, "30m" = 30 so "20m" = 20, "25 mins" = 25, "45 mins" = 45 so "40 mins" =
/// 40). Each reads after "for about", "roughly" and at the start of a clause; none is longer than
/// the narrowest `TIME_H5` or `WHEN_TERSE_H5` range (two hours), so no request asks for more time
/// than its window has.
const DURATION_H5: &[Filler] = &[
    f("25 min", r#"{"duration": 25}"#),
    f("50 minutes", r#"{"duration": 50}"#),
    f("an hour", r#"{"duration": 60}"#),
    f("40 mins", r#"{"duration": 40}"#),
    f("15 minutes", r#"{"duration": 15}"#),
    f("1.5 hrs", r#"{"duration": 90}"#),
    f("20m", r#"{"duration": 20}"#),
];

/// Lengths as a voice dictation writes them, in words (corpus: "twenty minutes" = 20).
const DURATION_VOICE_H5: &[Filler] = &[
    f("forty five minutes", r#"{"duration": 45}"#),
    f("twenty minutes", r#"{"duration": 20}"#),
    f("fifteen minutes", r#"{"duration": 15}"#),
    f("half an hour", r#"{"duration": 30}"#),
    f("an hour and a half", r#"{"duration": 90}"#),
    f("one hour", r#"{"duration": 60}"#),
];

/// A length as an adjective, in shapes not in `DURATION_ADJECTIVE` or `DURATION_ADJECTIVE_H4`
/// (corpus: "a 45-min call" = 45, "a 20-minute gap" = 20). Each reads after "A" (no vowel sound
/// first); none longer than the narrowest `TIME_H5` range (two hours).
const DURATION_ADJECTIVE_H5: &[Filler] = &[
    f("25-minute", r#"{"duration": 25}"#),
    f("50-minute", r#"{"duration": 50}"#),
    f("35-minute", r#"{"duration": 35}"#),
    f("15-minute", r#"{"duration": 15}"#),
    f("60-min", r#"{"duration": 60}"#),
    f("40-minute", r#"{"duration": 40}"#),
];

/// Days of a search in shapes not in `WHEN`, `WHEN_VARIED`, `WHEN_H3` or `WHEN_H4` (preposition
/// included where people use one). As in the corpus: "late next week" = 12-03..12-04, "next
/// Wednesday" = 12-02 (so "next Wed" too), "between the 7th and the 11th" = 12-07..12-11 (so
/// "between the 8th and the 10th" = 12-08..12-10), "the week of December 14" = 12-14..12-20 (so
/// "the week of the 14th"), "Monday the 30th" = 11-30 (so "Monday the 7th" = 12-07), "next Tues or
/// Weds" = 12-01..12-02 (so "on Weds" = 12-02), "sometime next week" = 11-30..12-06 (so "any day
/// next week"). No bare "Friday".
const WHEN_H5: &[Filler] = &[
    f(
        "late next week",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-04"}}"#,
    ),
    f(
        "next Wed",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "between the 8th and the 10th",
        r#"{"window": {"start": "2026-12-08", "end": "2026-12-10"}}"#,
    ),
    f(
        "the week of the 14th",
        r#"{"window": {"start": "2026-12-14", "end": "2026-12-20"}}"#,
    ),
    f(
        "on Monday the 7th",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-07"}}"#,
    ),
    f("on Weds", r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#),
    f(
        "any day next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on the 4th of December",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04"}}"#,
    ),
];

/// Hours of those days in shapes not in `TIME`, `TIME_VARIED`, `TIME_H3` or `TIME_H4` (joined to
/// the days' window); each a part of the day or a bound, so it reads after a single day or a span.
/// As in the corpus: "late afternoon" = afternoon and "early morning" = morning (so "early
/// afternoon" and "late morning"), "after 3" = after 15:00 (so "after 3:30" = after 15:30), "from 9
/// to 11" = 09:00-11:00 and "between 1 and 3" = 13:00-15:00 (so "from 1 to 3"), "before 11am" =
/// before 11:00 (so "before 10am").
const TIME_H5: &[Filler] = &[
    f("", "{}"),
    f(" in the early afternoon", r#"{"time": "afternoon"}"#),
    f(" late morning", r#"{"time": "morning"}"#),
    f(" after 3:30", r#"{"time": ">15:30"}"#),
    f(" from 1 to 3", r#"{"time": "13:00-15:00"}"#),
    f(" before 10am", r#"{"time": "<10:00"}"#),
    f(" no later than 4pm", r#"{"time": "<16:00"}"#),
];

/// Days and hours of a search as a phone-typing sales rep writes them, no preposition: "mon" =
/// Monday 11-30 (corpus: "scrap mon's 1:1" = 11-30), "tues" = 12-01, "thurs" = 12-03, "am" is the
/// morning, "b4 11" = before 11:00 (corpus: "b4 noon" = before 12:00), "2-4" = 14:00-16:00 (corpus:
/// "3-4pm" = 15:00-16:00; hours 1 to 7 are afternoon, as "Thursday at 3" = 15:00), "nxt wk" = next
/// week, "early nxt wk" = Mon-Wed (corpus: "early next week").
const WHEN_TERSE_H5: &[Filler] = &[
    f(
        "mon am",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30", "time": "morning"}}"#,
    ),
    f(
        "tues after 3",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01", "time": ">15:00"}}"#,
    ),
    f(
        "thurs am",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "morning"}}"#,
    ),
    f("nxt wk", r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#),
    f("dec 8", r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#),
    f(
        "tmrw b4 11",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28", "time": "<11:00"}}"#,
    ),
    f(
        "wed 2-4",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "14:00-16:00"}}"#,
    ),
    f(
        "early nxt wk",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-02"}}"#,
    ),
];

/// Single days as a voice dictation writes them, lowercase, ordinals in words: "december ninth" =
/// 12-09, "monday the seventh" = 12-07 (corpus: "Monday the 30th" = 11-30), "wednesday the
/// second" = 12-02, "next thursday" = 12-03 (corpus: "next Thursday morning" = 12-03).
const WHEN_VOICE_H5: &[Filler] = &[
    f(
        "tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "on tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "next thursday",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "on december ninth",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "on monday the seventh",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-07"}}"#,
    ),
    f(
        "on wednesday the second",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
];

/// Hours of those days as a voice dictation writes them (joined to the days' window): "3 p.m." =
/// 15:00, "10 a.m." = 10:00, "at noon" = 12:00 (corpus: "Tuesday at noon"), "nine thirty" = 09:30
/// (corpus: "Thursday at 9" = 09:00).
const TIME_VOICE_H5: &[Filler] = &[
    f("", "{}"),
    f(" at 3 p.m.", r#"{"time": "15:00"}"#),
    f(" at 10 a.m.", r#"{"time": "10:00"}"#),
    f(" sometime in the afternoon", r#"{"time": "afternoon"}"#),
    f(" after 4 p.m.", r#"{"time": ">16:00"}"#),
    f(" at noon", r#"{"time": "12:00"}"#),
    f(" at nine thirty", r#"{"time": "09:30"}"#),
];

/// Single days opening a request, capitalised, no preposition: "Next Thursday" = 12-03 (corpus:
/// "next Thursday morning" = 12-03), "Monday the 7th" = 12-07, "Dec 9" = 12-09. No bare "Friday".
const DAY_FIRST_H5: &[Filler] = &[
    f("Tuesday", r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#),
    f(
        "Tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "Next Thursday",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "Monday the 7th",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-07"}}"#,
    ),
    f(
        "Wednesday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f("Dec 9", r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#),
];

/// Hours right after such a day, no preposition for a part of the day (corpus: "Tuesday afternoon",
/// "Monday morning"): "after 4" = after 16:00 (corpus).
const TIME_FIRST_H5: &[Filler] = &[
    f("", "{}"),
    f(" afternoon", r#"{"time": "afternoon"}"#),
    f(" morning", r#"{"time": "morning"}"#),
    f(" at 10:30", r#"{"time": "10:30"}"#),
    f(" at 2pm", r#"{"time": "14:00"}"#),
    f(" after 4", r#"{"time": ">16:00"}"#),
];

/// Spans to describe, with their preposition where people use one; a part of the day goes into the
/// window (corpus: "am I busy tomorrow morning?", "what's on this afternoon"). As in the corpus:
/// "later today" = today (corpus: "find 30 minutes later today"), "first thing tomorrow" = 11-28 in
/// the morning, "the Tuesday after next" = 12-08 (so "the Monday after next" = 12-07), "the 4th" =
/// 12-04 (corpus: "before the 4th" ends 12-03).
const DAY_H5: &[Filler] = &[
    f(
        "later today",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27"}}"#,
    ),
    f(
        "first thing tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28", "time": "morning"}}"#,
    ),
    f(
        "on Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "on Tuesday afternoon",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01", "time": "afternoon"}}"#,
    ),
    f(
        "on the 4th",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04"}}"#,
    ),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on Wednesday the 2nd",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "the Monday after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-07"}}"#,
    ),
];

/// A meeting's day, possessive, for a parent meeting. No "Friday's" (said on a Friday, a reader
/// could take it for today's) or "tomorrow's" (a Saturday). "next Thursday's" = 12-03 (corpus:
/// "next Thursday morning" = 12-03).
const DAY_OF_H5: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
    f("Tuesday's", r#"{"which": {"date": "2026-12-01"}}"#),
    f("Wednesday's", r#"{"which": {"date": "2026-12-02"}}"#),
    f("next Thursday's", r#"{"which": {"date": "2026-12-03"}}"#),
];

/// A meeting's start in shapes not in `CLOCK`, `CLOCK_H3` or `CLOCK_H4`; all later than 10:00
/// Berlin, so today's one has not yet passed. As in the corpus: hours 1 to 7 without am/pm are
/// afternoon ("the 3:30 with Ingrid" = 15:30, "my 4:30 with Grace" = 16:30), "half past two" =
/// 14:30 (so "half past four" = 16:30).
const CLOCK_H5: &[Filler] = &[
    f("3:45", r#"{"which": {"time": "15:45"}}"#),
    f("4:20pm", r#"{"which": {"time": "16:20"}}"#),
    f("half past four", r#"{"which": {"time": "16:30"}}"#),
    f("12:45", r#"{"which": {"time": "12:45"}}"#),
    f("10:40am", r#"{"which": {"time": "10:40"}}"#),
];

/// One person, for meetings referred to, in shapes not in `PERSON`, `PERSON_H3` or `PERSON_H4`: a
/// title with or without a full stop (corpus: "Dr. Ngo", "Mrs Schmidt"), a full name, lowercase.
const PERSON_H5: &[Filler] = &[
    f("Mrs. Kaur", r#"{"participants": ["Mrs. Kaur"]}"#),
    f("Mr Osei", r#"{"participants": ["Mr Osei"]}"#),
    f("Tom Baptiste", r#"{"participants": ["Tom Baptiste"]}"#),
    f("lucia", r#"{"participants": ["lucia"]}"#),
    f("Ms. Lindqvist", r#"{"participants": ["Ms. Lindqvist"]}"#),
];

/// A meeting's day, not possessive, for meetings that move: only days before every `TO_H5` target,
/// so a target can only be read one way. No bare "Friday".
const WHICH_DAY_H5: &[Filler] = &[
    f("today", r#"{"which": {"date": "2026-11-27"}}"#),
    f("Monday", r#"{"which": {"date": "2026-11-30"}}"#),
    f("Tuesday", r#"{"which": {"date": "2026-12-01"}}"#),
];

/// Where a meeting moves to, no preposition: all after every `WHICH_DAY_H5` day. As in the corpus:
/// "next Friday" = 12-04, "the 10th" = 12-10, "the week of December 14" = 12-14..12-20 (so "the
/// week of the 14th"), "Thursday at 9" = 09:00.
const TO_H5: &[Filler] = &[
    f(
        "Wednesday afternoon",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "afternoon"}}"#,
    ),
    f(
        "Thursday at 9am",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "09:00"}}"#,
    ),
    f(
        "the 10th",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10"}}"#,
    ),
    f(
        "next Friday morning",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04", "time": "morning"}}"#,
    ),
    f(
        "the week of the 14th",
        r#"{"window": {"start": "2026-12-14", "end": "2026-12-20"}}"#,
    ),
    f(
        "Wednesday the 9th",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
];

/// A teacher's and a parent's tasks, the title being the verb phrase; no names of people, no dates,
/// one with a number that is not a time ("Year 9").
const TASK_H5: &[Filler] = &[
    f("mark the Year 9 essays", r#"{"title": "mark the Year 9 essays"}"#),
    f(
        "write the end-of-term reports",
        r#"{"title": "write the end-of-term reports"}"#,
    ),
    f(
        "email the parents about the field trip",
        r#"{"title": "email the parents about the field trip"}"#,
    ),
    f(
        "fill in the school trip form",
        r#"{"title": "fill in the school trip form"}"#,
    ),
    f("order new lab goggles", r#"{"title": "order new lab goggles"}"#),
];

/// A deadline with its preposition. "by X" is due X, "before X" the day before (corpus: "before
/// Wednesday" = 12-01), "no later than Thursday" = 12-03 (corpus), "by end of next week" = 12-04
/// (corpus), "by Sunday" = 11-29 (corpus: "call mum on Sunday" = 11-29), "Tuesday the 8th" = 12-08
/// (corpus).
const DUE_H5: &[Filler] = &[
    f("by Wednesday", r#"{"due": "2026-12-02"}"#),
    f("no later than Thursday", r#"{"due": "2026-12-03"}"#),
    f("before the 10th", r#"{"due": "2026-12-09"}"#),
    f("by the end of next week", r#"{"due": "2026-12-04"}"#),
    f("by Tuesday the 8th", r#"{"due": "2026-12-08"}"#),
    f("by Sunday", r#"{"due": "2026-11-29"}"#),
    f("before Monday", r#"{"due": "2026-11-29"}"#),
];

/// Habits as verb phrases, the title being the phrase (corpus: "go running", "hit the gym", "write
/// in my journal").
const HABIT_VERB_H5: &[Filler] = &[
    f("do my physio exercises", r#"{"title": "do my physio exercises"}"#),
    f("practise the violin", r#"{"title": "practise the violin"}"#),
    f("go for a jog", r#"{"title": "go for a jog"}"#),
    f("read to the kids", r#"{"title": "read to the kids"}"#),
    f("work on my novel", r#"{"title": "work on my novel"}"#),
];

/// How often, in shapes not in `FREQUENCY`, `FREQUENCY_VARIED`, `FREQUENCY_H3` or `FREQUENCY_H4`
/// (corpus: "every night" = daily + evening, "mon-fri" = weekdays, "every Tuesday and Thursday"
/// is 2/week, "every Saturday" = 1/week, "3 times a week" = 3/week and "2x weekly" = 2/week (so
/// "three times weekly" = 3/week), "every weekday morning" = weekdays + morning, "twice a week in
/// the evening" = 2/week + evening).
const FREQUENCY_H5: &[Filler] = &[
    f("every night", r#"{"frequency": "daily", "part": "evening"}"#),
    f("Monday to Friday", r#"{"frequency": "weekdays"}"#),
    f("on Tuesdays and Thursdays", r#"{"frequency": "2/week"}"#),
    f("every Sunday", r#"{"frequency": "1/week"}"#),
    f("three times weekly", r#"{"frequency": "3/week"}"#),
    f(
        "each weekday evening",
        r#"{"frequency": "weekdays", "part": "evening"}"#,
    ),
    f(
        "twice a week in the mornings",
        r#"{"frequency": "2/week", "part": "morning"}"#,
    ),
];

/// Classmates, as a student types them after "me and": a lone first name, a lowercase pair, a
/// list of three, a lowercase name, "&" between names (corpus: "Bo & Ana" is "Bo" and "Ana").
/// The speaker is not a participant (corpus: "find time for me and Sam on Monday" has only "Sam").
const CLASSMATES_H6: &[Filler] = &[
    f("Jonas", r#"{"participants": ["Jonas"]}"#),
    f("priya and leo", r#"{"participants": ["priya", "leo"]}"#),
    f("Mia, Theo and Ruth", r#"{"participants": ["Mia", "Theo", "Ruth"]}"#),
    f("fatima", r#"{"participants": ["fatima"]}"#),
    f("Ben & Charlie", r#"{"participants": ["Ben", "Charlie"]}"#),
];

/// People, in shapes not in earlier sets: a lone first name, a pair, a team (corpus: "the design
/// team" is "design team"), a lowercase name, a title with a full stop (corpus: "Dr. Ngo"), an
/// e-mail address, a list of three, a British title without a full stop and a two-word name
/// (corpus: "Mrs Schmidt", "Maria Lopez"). Each reads after "with" and "w/".
const PEOPLE_H6: &[Filler] = &[
    f("Hannah", r#"{"participants": ["Hannah"]}"#),
    f("Ravi and Leonie", r#"{"participants": ["Ravi", "Leonie"]}"#),
    f("the marketing team", r#"{"participants": ["marketing team"]}"#),
    f("olu", r#"{"participants": ["olu"]}"#),
    f("Dr. Brennan", r#"{"participants": ["Dr. Brennan"]}"#),
    f(
        "n.fischer@example.com",
        r#"{"participants": ["n.fischer@example.com"]}"#,
    ),
    f(
        "José, Mette and Arjun",
        r#"{"participants": ["José", "Mette", "Arjun"]}"#,
    ),
    f(
        "Ms Achterberg and Li Wei",
        r#"{"participants": ["Ms Achterberg", "Li Wei"]}"#,
    ),
];

/// Lengths, some in shapes not in earlier sets (corpus: "2 hrs" = 120 so "2hrs" = 120, "1h30" = 90
/// so "1h15" = 75, "1.5h" = 90, "45 mins" = 45 so "90 mins" = 90). Each reads after "like",
/// "prob", "save", "take" and at the start of a clause; none longer than the narrowest
/// `TIME_H6` range (three hours).
const DURATION_H6: &[Filler] = &[
    f("2hrs", r#"{"duration": 120}"#),
    f("an hour", r#"{"duration": 60}"#),
    f("90 mins", r#"{"duration": 90}"#),
    f("45 minutes", r#"{"duration": 45}"#),
    f("30 mins", r#"{"duration": 30}"#),
    f("1h15", r#"{"duration": 75}"#),
    f("20 minutes", r#"{"duration": 20}"#),
    f("1.5h", r#"{"duration": 90}"#),
];

/// A length as an adjective, in shapes not in earlier sets (corpus: "a 1-hour interview" = 60, "a
/// 2-hr block" = 120, "a 90-min block" = 90, "a 30 min catch-up" = 30). Each reads after "a" (no
/// vowel sound first); none longer than the narrowest `TIME_H6` range (three hours).
const DURATION_ADJECTIVE_H6: &[Filler] = &[
    f("30-min", r#"{"duration": 30}"#),
    f("1-hour", r#"{"duration": 60}"#),
    f("2-hr", r#"{"duration": 120}"#),
    f("90-min", r#"{"duration": 90}"#),
    f("25-minute", r#"{"duration": 25}"#),
    f("ten-minute", r#"{"duration": 10}"#),
];

/// Days of a search in shapes not in earlier sets (preposition included where people use one). As
/// in the corpus: "Tuesday the 8th" = 12-08 (so "Thursday the 3rd" = 12-03), "this week" =
/// 11-27..11-29 (so "sometime this week"), "over the weekend" = 11-28..11-29, "December 3rd" =
/// 12-03 (so "Dec 2nd" = 12-02), "Wed or Thu" = 12-02..12-03 and "Thursday or Friday" =
/// 12-03..12-04 (so "Thu or Fri"), "in two weeks" = 12-07..12-13, "between Monday and
/// Wednesday" = 11-30..12-02 (so "between Tuesday and Thursday" = 12-01..12-03), "the 3rd" =
/// 12-03 (so "the 2nd" = 12-02), "sometime next week" = 11-30..12-06 (so "next week sometime").
/// No bare "Friday".
const WHEN_H6: &[Filler] = &[
    f(
        "on Thursday the 3rd",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "sometime this week",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-29"}}"#,
    ),
    f(
        "over the weekend",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-29"}}"#,
    ),
    f(
        "on Dec 2nd",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "on Thu or Fri",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-04"}}"#,
    ),
    f(
        "in two weeks",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f(
        "between Tuesday and Thursday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-03"}}"#,
    ),
    f(
        "on the 2nd",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "next week sometime",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
];

/// Hours of those days in shapes not in earlier sets (joined to the days' window); each a part of
/// the day, a bound, a range or a start, so it reads after a single day or a span. As in the
/// corpus: "after 4" = after 16:00 (so "after 5" = after 17:00), "before 11am" = before 11:00
/// (so "before 9:30" = before 09:30, "before 3pm" = before 15:00), "from 9 to 11" = 09:00-11:00
/// (so "from 9 to 12" = 09:00-12:00), "late afternoon" = afternoon, "after 2pm" = after 14:00 (so
/// "after 1pm"), "my 4:30 with Grace" = 16:30, "around midday" = 12:00 (so "at midday").
const TIME_H6: &[Filler] = &[
    f("", "{}"),
    f(" after 5", r#"{"time": ">17:00"}"#),
    f(" before 9:30", r#"{"time": "<09:30"}"#),
    f(" from 9 to 12", r#"{"time": "09:00-12:00"}"#),
    f(" in the late afternoon", r#"{"time": "afternoon"}"#),
    f(" after 1pm", r#"{"time": ">13:00"}"#),
    f(" before 3pm", r#"{"time": "<15:00"}"#),
    f(" at 4:30", r#"{"time": "16:30"}"#),
    f(" at midday", r#"{"time": "12:00"}"#),
];

/// Spans to describe, with their preposition where people use one; a part of the day goes into the
/// window (corpus: "am I busy tomorrow morning?"; "tonight" and "every night" are evening, so
/// "tomorrow night" is 11-28 in the evening). As in the corpus: "today" = 11-27, "next week" =
/// 11-30..12-06, "this weekend" = 11-28..11-29 (so "the weekend"), "between Monday and
/// Wednesday" = 11-30..12-02, "next Wednesday" = 12-02, "the 8th" = 12-08.
const DAY_H6: &[Filler] = &[
    f(
        "for today",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27"}}"#,
    ),
    f(
        "tomorrow night",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28", "time": "evening"}}"#,
    ),
    f(
        "on Wednesday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "for next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "for the weekend",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-29"}}"#,
    ),
    f(
        "on Thursday morning",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "morning"}}"#,
    ),
    f(
        "for the 8th",
        r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#,
    ),
    f(
        "between Monday and Wednesday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-02"}}"#,
    ),
    f(
        "next Wednesday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
];

/// One person, for meetings referred to, in shapes not in earlier sets: a first name, lowercase, a
/// title with a full stop (corpus: "Dr. Ngo"), a British title without one (corpus: "Mrs
/// Schmidt"), an e-mail address, a full name.
const PERSON_H6: &[Filler] = &[
    f("Magnus", r#"{"participants": ["Magnus"]}"#),
    f("ingrid", r#"{"participants": ["ingrid"]}"#),
    f("Dr. Feld", r#"{"participants": ["Dr. Feld"]}"#),
    f("Ms Okafor", r#"{"participants": ["Ms Okafor"]}"#),
    f("t.berg@example.com", r#"{"participants": ["t.berg@example.com"]}"#),
    f("Carlos Ruiz", r#"{"participants": ["Carlos Ruiz"]}"#),
];

/// A meeting's day, not possessive, with its preposition where people use one ("the meeting with
/// Magnus on Monday at 4pm"). No bare "Friday". As in the corpus: "the 3rd" = 12-03, "Tuesday the
/// 8th" = 12-08, "Dec 9" = 12-09.
const WHICH_DAY_H6: &[Filler] = &[
    f("today", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow", r#"{"which": {"date": "2026-11-28"}}"#),
    f("on Monday", r#"{"which": {"date": "2026-11-30"}}"#),
    f("on Wednesday", r#"{"which": {"date": "2026-12-02"}}"#),
    f("on the 3rd", r#"{"which": {"date": "2026-12-03"}}"#),
    f("on Tuesday the 8th", r#"{"which": {"date": "2026-12-08"}}"#),
    f("on Dec 9", r#"{"which": {"date": "2026-12-09"}}"#),
];

/// A meeting's start in shapes not all in earlier sets; all later than 10:00 Berlin, so today's one
/// has not yet passed. Each reads after "at" and after a possessive day. As in the corpus: "11.30"
/// = 11:30 (so "11.45" = 11:45, "2.15pm" = 14:15), "three o'clock" = 15:00 (so "3 o'clock"),
/// hours 1 to 7 without am/pm are afternoon ("my 4:30 with Grace" = 16:30, so "4:40" = 16:40),
/// 24-hour "13:00" (so "17:30").
const CLOCK_H6: &[Filler] = &[
    f("4pm", r#"{"which": {"time": "16:00"}}"#),
    f("1:15pm", r#"{"which": {"time": "13:15"}}"#),
    f("11.45", r#"{"which": {"time": "11:45"}}"#),
    f("3 o'clock", r#"{"which": {"time": "15:00"}}"#),
    f("10:45am", r#"{"which": {"time": "10:45"}}"#),
    f("2.15pm", r#"{"which": {"time": "14:15"}}"#),
    f("17:30", r#"{"which": {"time": "17:30"}}"#),
    f("4:40", r#"{"which": {"time": "16:40"}}"#),
];

/// A meeting's day, possessive, for meetings that move: only days before every `TO_FIRST_H6`
/// target, so a target can only be read one way. No "Friday's".
const DAY_OF_H6: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
    f("Tuesday's", r#"{"which": {"date": "2026-12-01"}}"#),
];

/// Where a meeting moves to, opening a sentence (capitalised, no preposition unless people use
/// one): all after every `DAY_OF_H6` day. As in the corpus: "Thursday morning" = 12-03 in the
/// morning, "the week after next" = 12-07..12-13, "next Wednesday" = 12-02 and "Wednesday at 11"
/// = 11:00, "the 10th" = 12-10 (so "the 9th" = 12-09), "after 3" = after 15:00, "next Friday" =
/// 12-04.
const TO_FIRST_H6: &[Filler] = &[
    f(
        "Thursday morning",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "morning"}}"#,
    ),
    f(
        "The week after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f(
        "Next Wednesday at 11",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "11:00"}}"#,
    ),
    f("The 9th", r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#),
    f(
        "Any time on Thursday",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "Wednesday after 3",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": ">15:00"}}"#,
    ),
    f(
        "Next Friday",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04"}}"#,
    ),
];

/// A student's and a freelancer's tasks, the title being the verb phrase; no names of people, no
/// dates, no numbers.
const TASK_H6: &[Filler] = &[
    f("finish my lab report", r#"{"title": "finish my lab report"}"#),
    f("proofread my cover letter", r#"{"title": "proofread my cover letter"}"#),
    f("back up the client files", r#"{"title": "back up the client files"}"#),
    f(
        "write up the meeting minutes",
        r#"{"title": "write up the meeting minutes"}"#,
    ),
    f("submit the expense claims", r#"{"title": "submit the expense claims"}"#),
];

/// A deadline after "need it done". "by X" is due X, "before X" the day before (corpus: "before
/// Wednesday" = 12-01). As in the corpus: "water the plants tomorrow evening" is due that day (so
/// "by Tuesday evening" = 12-01, "by Monday morning" = 11-30), "the 4th" = 12-04, "Dec 3" = 12-03,
/// "I should update my CV this week" is due 11-29, "next Thursday" = 12-03.
const DUE_H6: &[Filler] = &[
    f("by Tuesday evening", r#"{"due": "2026-12-01"}"#),
    f("by the 4th", r#"{"due": "2026-12-04"}"#),
    f("by Monday morning", r#"{"due": "2026-11-30"}"#),
    f("by Dec 3", r#"{"due": "2026-12-03"}"#),
    f("this week", r#"{"due": "2026-11-29"}"#),
    f("by next Thursday", r#"{"due": "2026-12-03"}"#),
    f("before Thursday", r#"{"due": "2026-12-02"}"#),
    f("by Wednesday at the latest", r#"{"due": "2026-12-02"}"#),
];

/// Habits as nouns or a gerund, the title being the phrase (corpus: "Spanish lessons", "strength
/// training", "deep work", "stretching"); no article, no "my".
const HABIT_NOUN_H6: &[Filler] = &[
    f("Spanish revision", r#"{"title": "Spanish revision"}"#),
    f("core workouts", r#"{"title": "core workouts"}"#),
    f("meal prep", r#"{"title": "meal prep"}"#),
    f("mobility work", r#"{"title": "mobility work"}"#),
    f("sketching", r#"{"title": "sketching"}"#),
    f("German flashcards", r#"{"title": "German flashcards"}"#),
];

/// How often, in shapes not in earlier sets (corpus: "every Saturday" = 1/week, so "on Sundays";
/// "every weekday" = weekdays, so "each weekday"; "four times a week" = 4/week, so "four days a
/// week"; "every Tuesday and Thursday" = 2/week and "three evenings a week" = evening, so "on
/// Monday and Wednesday evenings" = 2/week + evening; "every afternoon" = daily + afternoon;
/// "every Saturday morning" = 1/week + morning, so "on Saturday mornings"; "2x weekly" =
/// 2/week, so "2x a week").
const FREQUENCY_H6: &[Filler] = &[
    f("on Sundays", r#"{"frequency": "1/week"}"#),
    f("each weekday", r#"{"frequency": "weekdays"}"#),
    f("four days a week", r#"{"frequency": "4/week"}"#),
    f(
        "on Monday and Wednesday evenings",
        r#"{"frequency": "2/week", "part": "evening"}"#,
    ),
    f("every afternoon", r#"{"frequency": "daily", "part": "afternoon"}"#),
    f("on Saturday mornings", r#"{"frequency": "1/week", "part": "morning"}"#),
    f("2x a week", r#"{"frequency": "2/week"}"#),
];

/// People, in shapes not in earlier sets: a lone first name, a pair, a team (corpus: "the design
/// team" is "design team"), a title with a full stop (corpus: "Dr. Ngo"), a lowercase name, an
/// e-mail address, a list of three, a hyphenated full name (corpus: "Jean-Luc", "Maria Lopez"), a
/// British title without a full stop and a first name (corpus: "Mrs Schmidt"). Each reads after
/// "with" and "w/", as the subject of a sentence and at the start of one.
const PEOPLE_H7: &[Filler] = &[
    f("Ingrid", r#"{"participants": ["Ingrid"]}"#),
    f("Tariq and Wen", r#"{"participants": ["Tariq", "Wen"]}"#),
    f("the legal team", r#"{"participants": ["legal team"]}"#),
    f("Dr. Ferreira", r#"{"participants": ["Dr. Ferreira"]}"#),
    f("felix", r#"{"participants": ["felix"]}"#),
    f("m.chu@example.com", r#"{"participants": ["m.chu@example.com"]}"#),
    f(
        "Aisha, Pavel and Noor",
        r#"{"participants": ["Aisha", "Pavel", "Noor"]}"#,
    ),
    f("Anna-Lena Vogt", r#"{"participants": ["Anna-Lena Vogt"]}"#),
    f("Mr Haddad and Ilse", r#"{"participants": ["Mr Haddad", "Ilse"]}"#),
];

/// People before "and I" ("when Tariq, Wen and I are free"): the speaker is not a participant
/// (corpus: "a slot where Bo and I are both free" has only "Bo"; "Mia, Omar and I need 30
/// minutes" has "Mia" and "Omar").
const PEOPLE_AND_I_H7: &[Filler] = &[
    f("Ingrid", r#"{"participants": ["Ingrid"]}"#),
    f("Tariq, Wen", r#"{"participants": ["Tariq", "Wen"]}"#),
    f("the legal team", r#"{"participants": ["legal team"]}"#),
    f("Dr. Ferreira", r#"{"participants": ["Dr. Ferreira"]}"#),
    f("felix", r#"{"participants": ["felix"]}"#),
    f("m.chu@example.com", r#"{"participants": ["m.chu@example.com"]}"#),
    f("Anna-Lena Vogt", r#"{"participants": ["Anna-Lena Vogt"]}"#),
];

/// Lengths, some in shapes not in earlier sets (corpus: "45 mins" = 45 so "35 minutes" = 35 and
/// "75 minutes" = 75, "~1hr" = 60 so "1hr", "1.5 hours" = 90, "25 mins" = 25 so "15 mins").
/// Each reads after "about", "said yes to", "Estimated time:" and before "each"; none longer than
/// the narrowest `TIME_H7` range (two hours).
const DURATION_H7: &[Filler] = &[
    f("35 minutes", r#"{"duration": 35}"#),
    f("an hour", r#"{"duration": 60}"#),
    f("half an hour", r#"{"duration": 30}"#),
    f("45 min", r#"{"duration": 45}"#),
    f("1hr", r#"{"duration": 60}"#),
    f("75 minutes", r#"{"duration": 75}"#),
    f("15 mins", r#"{"duration": 15}"#),
    f("1.5 hours", r#"{"duration": 90}"#),
];

/// A length as an adjective, in shapes not all in earlier sets (corpus: "a 45-min call" = 45 so
/// "a 40-min sync" = 40, "a half hour slot" = 30, "a 2-hr block" = 120 so "a 1-hr" = 60, "a
/// 20-minute gap" = 20 so "a 75-minute" = 75). Each reads after "a" (no vowel sound first) and
/// at the start of a clause; none longer than the narrowest `TIME_H7` range (two hours).
const DURATION_ADJECTIVE_H7: &[Filler] = &[
    f("40-min", r#"{"duration": 40}"#),
    f("half hour", r#"{"duration": 30}"#),
    f("75-minute", r#"{"duration": 75}"#),
    f("1-hr", r#"{"duration": 60}"#),
    f("15-min", r#"{"duration": 15}"#),
    f("50-minute", r#"{"duration": 50}"#),
];

/// Days of a search, with their preposition where people use one. As in the corpus: "next
/// Wednesday" = 12-02, "Tuesday the 8th" = 12-08 (so "Thursday the 10th" = 12-10), "the Tuesday
/// after next" = 12-08 (so "the Monday after next" = 12-07), "15 December" = 12-15 (so "11
/// December" = 12-11), "Wed or Thu" = 12-02..12-03 (so "Mon or Tue" = 11-30..12-01), "this
/// weekend" = 11-28..11-29, "the 9th" = 12-09 (so "the 15th" = 12-15), "Sunday" = 11-29. No bare
/// "Friday".
const WHEN_H7: &[Filler] = &[
    f(
        "tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "next Wednesday",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
    f(
        "on Thursday the 10th",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10"}}"#,
    ),
    f(
        "the Monday after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-07"}}"#,
    ),
    f(
        "on 11 December",
        r#"{"window": {"start": "2026-12-11", "end": "2026-12-11"}}"#,
    ),
    f(
        "on Mon or Tue",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-01"}}"#,
    ),
    f(
        "this weekend",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-29"}}"#,
    ),
    f(
        "on the 15th",
        r#"{"window": {"start": "2026-12-15", "end": "2026-12-15"}}"#,
    ),
    f(
        "on Sunday",
        r#"{"window": {"start": "2026-11-29", "end": "2026-11-29"}}"#,
    ),
];

/// Hours of those days (joined to the days' window); each a part of the day, a bound or a range,
/// so it reads after a single day or a span and after "when" or "which times". As in the corpus:
/// "between 10 and 12" = 10:00-12:00, "after 4pm" = after 16:00, "before 9:30" = before 09:30
/// (so "before 10:30"), "from 9 to 11" = 09:00-11:00 and "between 1 and 2:30" = 13:00-14:30 (so
/// "from 1 to 3:30" = 13:00-15:30), "no earlier than 11" = after 11:00 (so "no earlier than 2pm"
/// = after 14:00), "between 9 and 11 Chicago time" = 09:00-11:00 America/Chicago and "4pm UK
/// time" = Europe/London (so "between 9 and 11 UK time").
const TIME_H7: &[Filler] = &[
    f("", "{}"),
    f(" between 10 and 12", r#"{"time": "10:00-12:00"}"#),
    f(" after 4pm", r#"{"time": ">16:00"}"#),
    f(" before 10:30", r#"{"time": "<10:30"}"#),
    f(" from 1 to 3:30", r#"{"time": "13:00-15:30"}"#),
    f(" no earlier than 2pm", r#"{"time": ">14:00"}"#),
    f(
        " between 9 and 11 UK time",
        r#"{"time": "09:00-11:00", "tz": "Europe/London"}"#,
    ),
    f(" in the afternoon", r#"{"time": "afternoon"}"#),
];

/// Spans to describe, with their preposition where people use one; a part of the day goes into the
/// window (corpus: "am I busy tomorrow morning?", "what's on this afternoon"; "tonight" is evening,
/// so "this evening" is 11-27 in the evening). As in the corpus: "today" = 11-27, "next Thursday"
/// = 12-03, "this week" = 11-27..11-29, "next week" = 11-30..12-06, "the 14th" = 12-14, "from
/// the 7th through the 9th" = 12-07..12-09 (so "between the 7th and the 9th").
const DAY_H7: &[Filler] = &[
    f("today", r#"{"window": {"start": "2026-11-27", "end": "2026-11-27"}}"#),
    f(
        "this evening",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27", "time": "evening"}}"#,
    ),
    f(
        "tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "on Tuesday morning",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01", "time": "morning"}}"#,
    ),
    f(
        "next Thursday",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "this week",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-29"}}"#,
    ),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on the 14th",
        r#"{"window": {"start": "2026-12-14", "end": "2026-12-14"}}"#,
    ),
    f(
        "on Monday afternoon",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30", "time": "afternoon"}}"#,
    ),
    f(
        "between the 7th and the 9th",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-09"}}"#,
    ),
];

/// One person, for meetings referred to, in shapes not in earlier sets: a first name, lowercase, a
/// British title without a full stop (corpus: "Mrs Schmidt"), an e-mail address, a full name, a
/// title with a full stop (corpus: "Dr. Ngo"). Each reads after "with" and before "and I".
const PERSON_H7: &[Filler] = &[
    f("Henrik", r#"{"participants": ["Henrik"]}"#),
    f("sunita", r#"{"participants": ["sunita"]}"#),
    f("Dr Mensah", r#"{"participants": ["Dr Mensah"]}"#),
    f("l.moreau@example.com", r#"{"participants": ["l.moreau@example.com"]}"#),
    f("Beatriz Costa", r#"{"participants": ["Beatriz Costa"]}"#),
    f("Mrs. Hale", r#"{"participants": ["Mrs. Hale"]}"#),
];

/// A meeting's day, not possessive, with its preposition where people use one ("were due to meet
/// on Monday at 2pm"). No bare "Friday". As in the corpus: "next Tuesday" = 12-01, "Thursday the
/// 3rd" = 12-03, "9 December" = 12-09.
const WHICH_DAY_H7: &[Filler] = &[
    f("today", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow", r#"{"which": {"date": "2026-11-28"}}"#),
    f("on Monday", r#"{"which": {"date": "2026-11-30"}}"#),
    f("next Tuesday", r#"{"which": {"date": "2026-12-01"}}"#),
    f("on Wednesday", r#"{"which": {"date": "2026-12-02"}}"#),
    f("on Thursday the 3rd", r#"{"which": {"date": "2026-12-03"}}"#),
    f("on 9 December", r#"{"which": {"date": "2026-12-09"}}"#),
];

/// A meeting's start in shapes not all in earlier sets; all later than 10:00 Berlin, so today's one
/// has not yet passed. Each reads after "at" and before "meeting". As in the corpus: "11:30" =
/// 11:30 (so "11:15"), "3 o'clock" = 15:00 (so "4 o'clock" = 16:00), "11.30" = 11:30 (so "12.30"
/// and "5.15pm" = 17:15).
const CLOCK_H7: &[Filler] = &[
    f("1:30pm", r#"{"which": {"time": "13:30"}}"#),
    f("11:15", r#"{"which": {"time": "11:15"}}"#),
    f("4 o'clock", r#"{"which": {"time": "16:00"}}"#),
    f("12.30", r#"{"which": {"time": "12:30"}}"#),
    f("10:30am", r#"{"which": {"time": "10:30"}}"#),
    f("5.15pm", r#"{"which": {"time": "17:15"}}"#),
    f("2pm", r#"{"which": {"time": "14:00"}}"#),
];

/// A meeting's day, possessive, for meetings that move: only days before every `TO_H7` target, so
/// a target can only be read one way. No "Friday's".
const DAY_OF_H7: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
    f("Tuesday's", r#"{"which": {"date": "2026-12-01"}}"#),
];

/// Where a meeting moves to, no preposition: all after every `DAY_OF_H7` day. As in the corpus:
/// "Wednesday morning" = 12-02 in the morning, "next Thursday" = 12-03, "Tuesday the 8th" =
/// 12-08, "the morning of the 9th" = 12-09 in the morning (so "the afternoon of the 10th" = 12-10
/// in the afternoon), "after 3pm" = after 15:00, "Dec 10" = 12-10 (so "Dec 11").
const TO_H7: &[Filler] = &[
    f(
        "Wednesday morning",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "morning"}}"#,
    ),
    f(
        "next Thursday at 2pm",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "14:00"}}"#,
    ),
    f(
        "Tuesday the 8th",
        r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#,
    ),
    f(
        "the afternoon of the 10th",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10", "time": "afternoon"}}"#,
    ),
    f(
        "Thursday after 3pm",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": ">15:00"}}"#,
    ),
    f("Dec 11", r#"{"window": {"start": "2026-12-11", "end": "2026-12-11"}}"#),
];

/// Office tasks, the title being the verb phrase; no names of people, no dates, no numbers, no
/// words for meetings.
const TASK_H7: &[Filler] = &[
    f(
        "renew the software licences",
        r#"{"title": "renew the software licences"}"#,
    ),
    f("tidy up the shared drive", r#"{"title": "tidy up the shared drive"}"#),
    f(
        "reply to the auditors' questions",
        r#"{"title": "reply to the auditors' questions"}"#,
    ),
    f(
        "draft the staff newsletter",
        r#"{"title": "draft the staff newsletter"}"#,
    ),
    f("reconcile the petty cash", r#"{"title": "reconcile the petty cash"}"#),
    f(
        "update the onboarding checklist",
        r#"{"title": "update the onboarding checklist"}"#,
    ),
];

/// A deadline with its preposition. "by X" is due X, "before X" the day before (corpus: "before
/// Wednesday" = 12-01, so "before Tuesday" = 11-30), "no later than Thursday" = 12-03 (so "no
/// later than Monday" = 11-30), "before close of business Friday" = 12-04 (so "by close of
/// business Tuesday" = 12-01), "by end of next week" = 12-04, "Tuesday the 8th" = 12-08 (so
/// "Wednesday the 9th" = 12-09), "I should update my CV this week" is due 11-29.
const DUE_H7: &[Filler] = &[
    f("by Thursday", r#"{"due": "2026-12-03"}"#),
    f("by the 11th", r#"{"due": "2026-12-11"}"#),
    f("before Tuesday", r#"{"due": "2026-11-30"}"#),
    f("no later than Monday", r#"{"due": "2026-11-30"}"#),
    f("by close of business Tuesday", r#"{"due": "2026-12-01"}"#),
    f("by end of next week", r#"{"due": "2026-12-04"}"#),
    f("by Wednesday the 9th", r#"{"due": "2026-12-09"}"#),
    f("this week", r#"{"due": "2026-11-29"}"#),
];

/// Habits as verb phrases, the title being the phrase (corpus: "go running", "practice guitar",
/// "hit the gym"); none with a word for a part of the day.
const HABIT_VERB_H7: &[Filler] = &[
    f("do my stretches", r#"{"title": "do my stretches"}"#),
    f("practise French", r#"{"title": "practise French"}"#),
    f("go cycling", r#"{"title": "go cycling"}"#),
    f("play the piano", r#"{"title": "play the piano"}"#),
    f("lift weights", r#"{"title": "lift weights"}"#),
    f("study Japanese", r#"{"title": "study Japanese"}"#),
];

/// How often, in shapes not in earlier sets (corpus: "four days a week" = 4/week, so "five days a
/// week" = 5/week; "on weekday mornings" = weekdays + morning, so "on weekday evenings" =
/// weekdays + evening; "every Saturday" = 1/week, so "every Wednesday"; "twice a week in the
/// mornings" = 2/week + morning, so "twice a week in the evenings"; "on Tuesdays and Thursdays" =
/// 2/week, so "on Tuesdays and Fridays"; "each morning" = daily + morning; "Monday to Friday" =
/// weekdays, so "Monday through Friday"; "every Tuesday and Thursday" = 2/week, so "every
/// Saturday and Sunday").
const FREQUENCY_H7: &[Filler] = &[
    f("five days a week", r#"{"frequency": "5/week"}"#),
    f("on weekday evenings", r#"{"frequency": "weekdays", "part": "evening"}"#),
    f("every Wednesday", r#"{"frequency": "1/week"}"#),
    f(
        "twice a week in the evenings",
        r#"{"frequency": "2/week", "part": "evening"}"#,
    ),
    f("on Tuesdays and Fridays", r#"{"frequency": "2/week"}"#),
    f("each morning", r#"{"frequency": "daily", "part": "morning"}"#),
    f("Monday through Friday", r#"{"frequency": "weekdays"}"#),
    f("every Saturday and Sunday", r#"{"frequency": "2/week"}"#),
];

/// People, in shapes not in earlier sets: a lone first name, a pair, a team (corpus: "the design
/// team" is "design team", so "the data team" is "data team"), a title with a full stop (corpus:
/// "Dr. Ngo", "Mr. Okafor"), a lowercase name, an e-mail address, a list of three, a hyphenated
/// full name (corpus: "Jean-Luc", "Maria Lopez"), a British title without a full stop and a first
/// name (corpus: "Mrs Schmidt"). Each reads after "with", after "w/" and before "booked in".
const PEOPLE_H8: &[Filler] = &[
    f("Yusuf", r#"{"participants": ["Yusuf"]}"#),
    f("Greta and Ollie", r#"{"participants": ["Greta", "Ollie"]}"#),
    f("the data team", r#"{"participants": ["data team"]}"#),
    f("Mr. Abara", r#"{"participants": ["Mr. Abara"]}"#),
    f("marisol", r#"{"participants": ["marisol"]}"#),
    f("e.vance@example.com", r#"{"participants": ["e.vance@example.com"]}"#),
    f(
        "Kwame, Lotte and Sunniva",
        r#"{"participants": ["Kwame", "Lotte", "Sunniva"]}"#,
    ),
    f("Jae-won Park", r#"{"participants": ["Jae-won Park"]}"#),
    f("Ms Dubois and Petra", r#"{"participants": ["Ms Dubois", "Petra"]}"#),
];

/// Lengths, written out (corpus: "45 minutes" = 45, "1 hour" = 60, "half an hour" = 30, "90
/// minutes" = 90, "two hours" = 120, "25 mins" = 25). Each reads after "for", "about",
/// "approximately" and before "per session"; none longer than the narrowest `TIME_H8` range (two
/// hours).
const DURATION_H8: &[Filler] = &[
    f("an hour", r#"{"duration": 60}"#),
    f("30 minutes", r#"{"duration": 30}"#),
    f("45 minutes", r#"{"duration": 45}"#),
    f("1 hour", r#"{"duration": 60}"#),
    f("20 minutes", r#"{"duration": 20}"#),
    f("90 minutes", r#"{"duration": 90}"#),
    f("25 minutes", r#"{"duration": 25}"#),
    f("half an hour", r#"{"duration": 30}"#),
    f("two hours", r#"{"duration": 120}"#),
];

/// Lengths as a terse note writes them (corpus: "30m" = 30, "1h" = 60, "1.5h" = 90, "2h" = 120,
/// "90 min" = 90, "20 min" = 20, so "45m" = 45); none longer than the narrowest `TIME_H8` range
/// (two hours).
const DURATION_TERSE_H8: &[Filler] = &[
    f("30m", r#"{"duration": 30}"#),
    f("1h", r#"{"duration": 60}"#),
    f("45m", r#"{"duration": 45}"#),
    f("20 min", r#"{"duration": 20}"#),
    f("1.5h", r#"{"duration": 90}"#),
    f("2h", r#"{"duration": 120}"#),
    f("90 min", r#"{"duration": 90}"#),
];

/// A length as an adjective (corpus: "a 30-minute slot" = 30, "a 1-hour interview" = 60, "a
/// one-hour kickoff" = 60, "a half-hour slot" = 30, "a 90-min block" = 90, "a 20-minute gap" =
/// 20, "a 45-minute call" = 45, so "a 40-minute" = 40). Each reads after "a"; none longer than
/// the narrowest `TIME_H8` range (two hours).
const DURATION_ADJECTIVE_H8: &[Filler] = &[
    f("30-minute", r#"{"duration": 30}"#),
    f("1-hour", r#"{"duration": 60}"#),
    f("one-hour", r#"{"duration": 60}"#),
    f("half-hour", r#"{"duration": 30}"#),
    f("90-min", r#"{"duration": 90}"#),
    f("20-minute", r#"{"duration": 20}"#),
    f("40-minute", r#"{"duration": 40}"#),
    f("45-minute", r#"{"duration": 45}"#),
];

/// Days of a search, with their preposition where people use one. As in the corpus: "Tuesday or
/// Wednesday next week" = 12-01..12-02 and "next week Tuesday" = 12-01 (so "Thursday next week"
/// = 12-03 and "Wednesday or Thursday next week" = 12-02..12-03), "Monday the 30th" = 11-30,
/// "the Tuesday after next" = 12-08 (so "the Wednesday after next" = 12-09), "December 3rd" =
/// 12-03 (so "December 8th" = 12-08), "the 9th" = 12-09 (so "the 16th" = 12-16), "Tuesday 8
/// December" = 12-08 (so "Wednesday 9 December" = 12-09), "in the week of 14 December" =
/// 12-14..12-20, "sometime next week" = 11-30..12-06 (so "at some point next week"). No bare
/// "Friday".
const WHEN_H8: &[Filler] = &[
    f(
        "on Thursday next week",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "on Monday the 30th",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "the Wednesday after next",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "on December 8th",
        r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#,
    ),
    f(
        "on the 16th",
        r#"{"window": {"start": "2026-12-16", "end": "2026-12-16"}}"#,
    ),
    f(
        "on Wednesday or Thursday next week",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-03"}}"#,
    ),
    f(
        "on Wednesday 9 December",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "in the week of 14 December",
        r#"{"window": {"start": "2026-12-14", "end": "2026-12-20"}}"#,
    ),
    f(
        "at some point next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
];

/// Hours of those days (joined to the days' window); each a part of the day, a bound or a range,
/// so it reads after a single day or a span. As in the corpus: "between 10 and noon" =
/// 10:00-12:00, "Thursday after 2" = after 14:00, "2 to 4pm" = 14:00-16:00 and "from 2 to 3pm" =
/// 14:00-15:00 (so "from 2 to 4pm"), "before 11am" = before 11:00 (so "before 2pm" = before
/// 14:00), "in the morning" = morning.
const TIME_H8: &[Filler] = &[
    f("", "{}"),
    f(" between 10 and noon", r#"{"time": "10:00-12:00"}"#),
    f(" after 2", r#"{"time": ">14:00"}"#),
    f(" from 2 to 4pm", r#"{"time": "14:00-16:00"}"#),
    f(" before 2pm", r#"{"time": "<14:00"}"#),
    f(" in the morning", r#"{"time": "morning"}"#),
];

/// Spans to describe, with their preposition where people use one; a part of the day goes into the
/// window (corpus: "am I busy tomorrow morning?", "what's on this afternoon"; "tonight" is 11-27 in
/// the evening). As in the corpus: "next week" = 11-30..12-06, "from the 14th to the 18th" =
/// 12-14..12-18 (so "from the 8th to the 10th"), "the 9th" = 12-09 (so "the 16th" = 12-16),
/// "Tuesday 8 December" = 12-08 (so "Wednesday 9 December" = 12-09), "next week Tuesday" = 12-01
/// (so "Thursday next week" = 12-03).
const DAY_H8: &[Filler] = &[
    f(
        "on Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "tomorrow afternoon",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28", "time": "afternoon"}}"#,
    ),
    f(
        "tonight",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27", "time": "evening"}}"#,
    ),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on Thursday next week",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "from the 8th to the 10th",
        r#"{"window": {"start": "2026-12-08", "end": "2026-12-10"}}"#,
    ),
    f(
        "on the 16th",
        r#"{"window": {"start": "2026-12-16", "end": "2026-12-16"}}"#,
    ),
    f(
        "on Wednesday 9 December",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
];

/// One person, for meetings referred to: a first name, lowercase, a title with a full stop
/// (corpus: "Dr. Ngo", "Mr. Okafor"), a British title without one (corpus: "Mrs Schmidt"), an
/// e-mail address, a hyphenated full name. Each reads after "w/" and as the subject of a
/// sentence ("Yusuf just let me know").
const PERSON_H8: &[Filler] = &[
    f("Yusuf", r#"{"participants": ["Yusuf"]}"#),
    f("greta", r#"{"participants": ["greta"]}"#),
    f("Mr. Abara", r#"{"participants": ["Mr. Abara"]}"#),
    f("Ms Dubois", r#"{"participants": ["Ms Dubois"]}"#),
    f("e.vance@example.com", r#"{"participants": ["e.vance@example.com"]}"#),
    f("Jae-won Park", r#"{"participants": ["Jae-won Park"]}"#),
];

/// A meeting's day, not possessive, with its preposition where people use one ("our meeting on
/// Monday at 3pm"). No bare "Friday". As in the corpus: "the 8th" = 12-08, "Tuesday 8 December" =
/// 12-08 (so "Wednesday 9 December" = 12-09), "next week Tuesday" = 12-01 (so "Thursday next
/// week" = 12-03).
const WHICH_DAY_H8: &[Filler] = &[
    f("today", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow", r#"{"which": {"date": "2026-11-28"}}"#),
    f("on Monday", r#"{"which": {"date": "2026-11-30"}}"#),
    f("on Tuesday", r#"{"which": {"date": "2026-12-01"}}"#),
    f("on Thursday next week", r#"{"which": {"date": "2026-12-03"}}"#),
    f("on the 8th", r#"{"which": {"date": "2026-12-08"}}"#),
    f("on Wednesday 9 December", r#"{"which": {"date": "2026-12-09"}}"#),
];

/// A meeting's start; all later than 10:00 Berlin, so today's one has not yet passed. Each reads
/// after "at" and after a possessive day. As in the corpus: hours 1 to 7 without am/pm are
/// afternoon ("the 3:30 with Ingrid" = 15:30, so "2:15" = 14:15), "4.30pm" = 16:30 (so "4.45pm" =
/// 16:45), "my 11:30 w/ Pia" = 11:30 (so "12:15" = 12:15).
const CLOCK_H8: &[Filler] = &[
    f("3pm", r#"{"which": {"time": "15:00"}}"#),
    f("11:30am", r#"{"which": {"time": "11:30"}}"#),
    f("2:15", r#"{"which": {"time": "14:15"}}"#),
    f("4.45pm", r#"{"which": {"time": "16:45"}}"#),
    f("1pm", r#"{"which": {"time": "13:00"}}"#),
    f("5:30pm", r#"{"which": {"time": "17:30"}}"#),
    f("12:15", r#"{"which": {"time": "12:15"}}"#),
];

/// A meeting's day, possessive, for meetings that move: only days before every `TO_H8` target, so
/// a target can only be read one way. No "Friday's".
const DAY_OF_H8: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
    f("Tuesday's", r#"{"which": {"date": "2026-12-01"}}"#),
];

/// Where a meeting moves to, with its preposition where people use one ("... happen on Thursday
/// next week instead"): all after every `DAY_OF_H8` day. As in the corpus: "next week Tuesday" =
/// 12-01 (so "Thursday next week" = 12-03), "Wednesday at 11" = 11:00, "next Friday" = 12-04, "on
/// the 14th in the afternoon" = 12-14 in the afternoon (so "on the 10th in the morning"),
/// "Thursday after 2" = after 14:00, "Tuesday 8 December" = 12-08 (so "Wednesday 9 December"),
/// "the week after next" = 12-07..12-13.
const TO_H8: &[Filler] = &[
    f(
        "on Thursday next week",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "on Wednesday at 11",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "11:00"}}"#,
    ),
    f(
        "next Friday",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04"}}"#,
    ),
    f(
        "on the 10th in the morning",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10", "time": "morning"}}"#,
    ),
    f(
        "on Thursday after 2",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": ">14:00"}}"#,
    ),
    f(
        "on Wednesday 9 December",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "the week after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
];

/// Office and personal tasks, the title being the verb phrase; no names of people, no dates, no
/// numbers, no words for meetings or for booking.
const TASK_H8: &[Filler] = &[
    f("renew my passport", r#"{"title": "renew my passport"}"#),
    f(
        "finalise the vendor shortlist",
        r#"{"title": "finalise the vendor shortlist"}"#,
    ),
    f("clean up the CRM contacts", r#"{"title": "clean up the CRM contacts"}"#),
    f(
        "prepare the handover notes",
        r#"{"title": "prepare the handover notes"}"#,
    ),
    f(
        "fix the broken links on the website",
        r#"{"title": "fix the broken links on the website"}"#,
    ),
    f(
        "answer the customer survey",
        r#"{"title": "answer the customer survey"}"#,
    ),
];

/// A deadline with its preposition. "by X" is due X, "before X" the day before (corpus: "before the
/// 9th" = 12-08, so "before the 8th" = 12-07; "next Friday" = 12-04, so "before next Friday" =
/// 12-03), "by end of day Monday" = 11-30 (corpus), "no later than Thursday" = 12-03 (so "no later
/// than Wednesday" = 12-02), "by the 10th" = 12-10 (so "by the 16th"), "December 3rd" = 12-03 (so
/// "by December 11th" = 12-11), "next week Tuesday" = 12-01 (so "by Thursday next week" = 12-03).
const DUE_H8: &[Filler] = &[
    f("by Thursday next week", r#"{"due": "2026-12-03"}"#),
    f("by the 16th", r#"{"due": "2026-12-16"}"#),
    f("before the 8th", r#"{"due": "2026-12-07"}"#),
    f("by end of day Monday", r#"{"due": "2026-11-30"}"#),
    f("before next Friday", r#"{"due": "2026-12-03"}"#),
    f("by December 11th", r#"{"due": "2026-12-11"}"#),
    f("no later than Wednesday", r#"{"due": "2026-12-02"}"#),
];

/// Habits as verb phrases, the title being the phrase (corpus: "go running", "hit the gym",
/// "practice Spanish", "write in my journal"), less a bare "do" (as for [`HABIT_VERB_H3`]); none
/// with a word for a part of the day or a number.
const HABIT_VERB_H8: &[Filler] = &[
    f("go bouldering", r#"{"title": "go bouldering"}"#),
    f("practise Portuguese", r#"{"title": "practise Portuguese"}"#),
    f("do yoga", r#"{"title": "yoga"}"#),
    f("work on my podcast", r#"{"title": "work on my podcast"}"#),
    f("write poetry", r#"{"title": "write poetry"}"#),
    f("go for a swim", r#"{"title": "go for a swim"}"#),
];

/// How often, in shapes not all in earlier sets (corpus: "4 mornings a week" = 4/week and "3
/// evenings a week" = 3/week, so "three days a week" = 3/week; "every Tuesday and Thursday" =
/// 2/week, so "on Mondays and Thursdays"; "every weekday afternoon" = weekdays + afternoon, so
/// "every weekday evening" = weekdays + evening; "twice a week in the evening" = 2/week + evening,
/// so "twice a week in the morning"; "3 times a week" = 3/week, so "4 times a week" = 4/week;
/// "mon-fri" = weekdays, so "Mon-Fri"; "every Monday morning" = 1/week + morning, so "each Sunday
/// morning").
const FREQUENCY_H8: &[Filler] = &[
    f("three days a week", r#"{"frequency": "3/week"}"#),
    f("on Mondays and Thursdays", r#"{"frequency": "2/week"}"#),
    f(
        "every weekday evening",
        r#"{"frequency": "weekdays", "part": "evening"}"#,
    ),
    f(
        "twice a week in the morning",
        r#"{"frequency": "2/week", "part": "morning"}"#,
    ),
    f("4 times a week", r#"{"frequency": "4/week"}"#),
    f("Mon-Fri", r#"{"frequency": "weekdays"}"#),
    f("each Sunday morning", r#"{"frequency": "1/week", "part": "morning"}"#),
];

/// People, in shapes not all in earlier sets: a lone first name, a pair, a team (corpus: "lunch
/// w/ the sales team" is "sales team"), a lowercase name, an e-mail address, a list of three, a
/// British title without a full stop and a first name (corpus: "Mrs Schmidt"), a full name
/// (corpus: "Maria Lopez"), a title with a full stop (corpus: "Dr. Ngo"). Each reads after
/// "with", after "me and" (the speaker is not a participant: corpus "find time for me and Sam on
/// Monday" has only "Sam") and after "new meeting ->".
const PEOPLE_H9: &[Filler] = &[
    f("Oskar", r#"{"participants": ["Oskar"]}"#),
    f("Nadia and Femi", r#"{"participants": ["Nadia", "Femi"]}"#),
    f("the sales team", r#"{"participants": ["sales team"]}"#),
    f("chiara", r#"{"participants": ["chiara"]}"#),
    f("s.ortiz@example.com", r#"{"participants": ["s.ortiz@example.com"]}"#),
    f("Hugo, Maren and Tobi", r#"{"participants": ["Hugo", "Maren", "Tobi"]}"#),
    f("Mrs Achebe and Paul", r#"{"participants": ["Mrs Achebe", "Paul"]}"#),
    f("Camille Martin", r#"{"participants": ["Camille Martin"]}"#),
    f("Dr. Varga", r#"{"participants": ["Dr. Varga"]}"#),
];

/// One person, for meetings referred to: a first name, lowercase, a British title without a full
/// stop (corpus: "Mrs Schmidt"), a full name, an e-mail address, a title with a full stop
/// (corpus: "Dr. Ngo"). Each reads after "meeting with" and after a clock time and "with".
const PERSON_H9: &[Filler] = &[
    f("Oskar", r#"{"participants": ["Oskar"]}"#),
    f("chiara", r#"{"participants": ["chiara"]}"#),
    f("Mrs Achebe", r#"{"participants": ["Mrs Achebe"]}"#),
    f("Camille Martin", r#"{"participants": ["Camille Martin"]}"#),
    f("s.ortiz@example.com", r#"{"participants": ["s.ortiz@example.com"]}"#),
    f("Dr. Varga", r#"{"participants": ["Dr. Varga"]}"#),
];

/// Lengths (corpus: "45 mins" = 45, "20 min" = 20, "1 hour" = 60, "90 minutes" = 90, "two hours"
/// = 120, "1.5 hours" = 90, "15 mins" = 15, "half an hour" = 30). Each reads before "tops", after
/// "I'd allow", in a comma-separated list and after "make space ... for"; none longer than the
/// narrowest `TIME_H9` range (two hours).
const DURATION_H9: &[Filler] = &[
    f("an hour", r#"{"duration": 60}"#),
    f("30 minutes", r#"{"duration": 30}"#),
    f("45 mins", r#"{"duration": 45}"#),
    f("20 min", r#"{"duration": 20}"#),
    f("1 hour", r#"{"duration": 60}"#),
    f("90 minutes", r#"{"duration": 90}"#),
    f("two hours", r#"{"duration": 120}"#),
    f("half an hour", r#"{"duration": 30}"#),
    f("15 mins", r#"{"duration": 15}"#),
    f("1.5 hours", r#"{"duration": 90}"#),
];

/// A length as an adjective (corpus: "a 30-minute slot" = 30, "a one-hour kickoff" = 60, "a
/// 1-hour interview" = 60, "a 20-minute gap" = 20, "a 45-minute call" = 45, "a 90-min block" =
/// 90, so "a 90-minute" = 90 and "a 15-minute" = 15). Each reads after "a" (no vowel sound
/// first); none longer than the narrowest `TIME_H9` range (two hours).
const DURATION_ADJECTIVE_H9: &[Filler] = &[
    f("30-minute", r#"{"duration": 30}"#),
    f("45-minute", r#"{"duration": 45}"#),
    f("one-hour", r#"{"duration": 60}"#),
    f("90-minute", r#"{"duration": 90}"#),
    f("20-minute", r#"{"duration": 20}"#),
    f("two-hour", r#"{"duration": 120}"#),
    f("15-minute", r#"{"duration": 15}"#),
    f("1-hour", r#"{"duration": 60}"#),
];

/// Days of a search, with their preposition where people use one. As in the corpus: "next
/// Monday" = 11-30 (so "next Mon"), "find a slot on the 1st" = 12-01, "Monday or Tuesday" =
/// 11-30..12-01 (so "Monday or Wednesday" = 11-30..12-02), "3 December" = 12-03, "Friday the 4th"
/// = 12-04, "the 8th or the 9th" = 12-08..12-09 (so "the 3rd or the 4th" = 12-03..12-04), "next
/// week Tuesday" = 12-01 and "Thursday next week" = 12-03 (so "Wednesday next week" = 12-02). No
/// bare "Friday".
const WHEN_H9: &[Filler] = &[
    f(
        "tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "on Tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "next Mon",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "on the 1st",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "on Monday or Wednesday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-02"}}"#,
    ),
    f(
        "on 3 December",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "on Friday the 4th",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04"}}"#,
    ),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on the 3rd or the 4th",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-04"}}"#,
    ),
    f(
        "on Wednesday next week",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02"}}"#,
    ),
];

/// Hours of those days (joined to the days' window); each a part of the day, a bound, a range or
/// a start, so it reads after a single day or a span. As in the corpus: "before 10" = before
/// 10:00, "after 2pm" = after 14:00 (so "after 11am" = after 11:00 and "after 3pm" = after
/// 15:00), "between 9 and 11am" = 09:00-11:00, hours 1 to 7 without am/pm are afternoon ("at
/// 2:30pm" = 14:30, "Thursday at 3" = 15:00, so "at 2:30" = 14:30), "around 2" = 14:00 (so
/// "around 5" = 17:00), "in the evening" = evening.
const TIME_H9: &[Filler] = &[
    f("", "{}"),
    f(" before 10", r#"{"time": "<10:00"}"#),
    f(" after 11am", r#"{"time": ">11:00"}"#),
    f(" between 9 and 11am", r#"{"time": "09:00-11:00"}"#),
    f(" at 2:30", r#"{"time": "14:30"}"#),
    f(" around 5", r#"{"time": "17:00"}"#),
    f(" in the evening", r#"{"time": "evening"}"#),
    f(" after 3pm", r#"{"time": ">15:00"}"#),
];

/// Spans to describe, with their preposition where people use one; a part of the day goes into
/// the window (corpus: "am I busy tomorrow morning?", "what's on this afternoon", "find 30m
/// tonight" is 11-27 in the evening, so "this evening" too). Each reads after "my appointments"
/// without reading as the time of the summary (so "for" before most). As in the corpus: "the rest
/// of today" = 11-27, "next week" = 11-30..12-06, "this weekend" = 11-28..11-29, "between Monday
/// and Wednesday" = 11-30..12-02 (so "between Tuesday and Thursday" = 12-01..12-03), "the 9th" =
/// 12-09.
const DAY_H9: &[Filler] = &[
    f(
        "for tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "on Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "for next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "for the rest of today",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27"}}"#,
    ),
    f(
        "for Tuesday morning",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01", "time": "morning"}}"#,
    ),
    f(
        "for this evening",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27", "time": "evening"}}"#,
    ),
    f(
        "for the 9th",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "between Tuesday and Thursday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-03"}}"#,
    ),
    f(
        "on Wednesday afternoon",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "afternoon"}}"#,
    ),
    f(
        "for this weekend",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-29"}}"#,
    ),
];

/// A meeting's day, possessive, for meetings cancelled. No "Friday's" (said on a Friday, a reader
/// could take it for today's). As in the corpus: "next Tuesday" = 12-01 (so "next Tuesday's"),
/// "Wednesday's 10:30 meeting" = 12-02, "Thursday's 11 o'clock" = 12-03.
const DAY_OF_H9: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
    f("next Tuesday's", r#"{"which": {"date": "2026-12-01"}}"#),
    f("Wednesday's", r#"{"which": {"date": "2026-12-02"}}"#),
    f("Thursday's", r#"{"which": {"date": "2026-12-03"}}"#),
];

/// A meeting's day, possessive, for meetings that move: only days before every `TO_H9` target,
/// so a target can only be read one way. No "Friday's".
const DAY_OF_MOVE_H9: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
];

/// A meeting's start; all later than 10:00 Berlin, so today's one has not yet passed. Each reads
/// after a possessive day and before "meeting" or "with". As in the corpus: hours 1 to 7 without
/// am/pm are afternoon ("the 3:30 with Ingrid" = 15:30, so "11:20" stays 11:20), "three o'clock"
/// = 15:00 (so "2 o'clock" = 14:00), "4.30pm" = 16:30 (so "1.45pm" = 13:45), 24-hour "16:00".
const CLOCK_H9: &[Filler] = &[
    f("3:15pm", r#"{"which": {"time": "15:15"}}"#),
    f("11:20", r#"{"which": {"time": "11:20"}}"#),
    f("2 o'clock", r#"{"which": {"time": "14:00"}}"#),
    f("4:10pm", r#"{"which": {"time": "16:10"}}"#),
    f("12:40", r#"{"which": {"time": "12:40"}}"#),
    f("1.45pm", r#"{"which": {"time": "13:45"}}"#),
    f("10:50am", r#"{"which": {"time": "10:50"}}"#),
    f("16:15", r#"{"which": {"time": "16:15"}}"#),
];

/// Where a meeting moves to, after "to": all after every `DAY_OF_MOVE_H9` day. As in the corpus:
/// "Wednesday at 11" = 11:00 (so "Wednesday at 10" = 10:00), "next Thursday morning" = 12-03 in
/// the morning (so "next Thursday afternoon"), "Tuesday after 4pm" = 12-01 after 16:00, "Friday
/// the 4th" = 12-04, "the 8th" = 12-08, "on the 14th in the afternoon" = 12-14 in the afternoon
/// (so "Wednesday the 9th in the morning" = 12-09 in the morning), "at 2:30pm" = 14:30 (so
/// "Thursday at 2:30" = 12-03 at 14:30).
const TO_H9: &[Filler] = &[
    f(
        "Wednesday at 10",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "10:00"}}"#,
    ),
    f(
        "next Thursday afternoon",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "afternoon"}}"#,
    ),
    f(
        "Tuesday after 4pm",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01", "time": ">16:00"}}"#,
    ),
    f(
        "Friday the 4th",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04"}}"#,
    ),
    f("the 8th", r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#),
    f(
        "Wednesday the 9th in the morning",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09", "time": "morning"}}"#,
    ),
    f(
        "Thursday at 2:30",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "14:30"}}"#,
    ),
];

/// Office and personal tasks, the title being the verb phrase; no names of people, no dates, no
/// numbers, no words for meetings or for booking. Each reads after "I promised I'd".
const TASK_H9: &[Filler] = &[
    f("return the library books", r#"{"title": "return the library books"}"#),
    f("update the price list", r#"{"title": "update the price list"}"#),
    f(
        "print the workshop handouts",
        r#"{"title": "print the workshop handouts"}"#,
    ),
    f("submit my timesheet", r#"{"title": "submit my timesheet"}"#),
    f("send the revised quote", r#"{"title": "send the revised quote"}"#),
    f("sort out the holiday rota", r#"{"title": "sort out the holiday rota"}"#),
];

/// A deadline with its preposition. "by X" is due X, "before X" the day before (corpus: "before
/// the 9th" = 12-08, so "before the 12th" = 12-11). As in the corpus: "by Monday" = 11-30 (so
/// "by Monday at the latest"), "by the 10th" = 12-10 (so "by the 3rd" = 12-03), "by next
/// Wednesday" = 12-02, "by Dec 15" = 12-15 (so "by Dec 8" = 12-08), "call mum on Sunday" is due
/// 11-29, "by tomorrow" = 11-28, "no later than Thursday" = 12-03 (so "no later than the 9th" =
/// 12-09), "by Tuesday" = 12-01.
const DUE_H9: &[Filler] = &[
    f("by Tuesday", r#"{"due": "2026-12-01"}"#),
    f("by Monday at the latest", r#"{"due": "2026-11-30"}"#),
    f("by the 3rd", r#"{"due": "2026-12-03"}"#),
    f("before the 12th", r#"{"due": "2026-12-11"}"#),
    f("by next Wednesday", r#"{"due": "2026-12-02"}"#),
    f("by Dec 8", r#"{"due": "2026-12-08"}"#),
    f("on Sunday", r#"{"due": "2026-11-29"}"#),
    f("by tomorrow", r#"{"due": "2026-11-28"}"#),
    f("no later than the 9th", r#"{"due": "2026-12-09"}"#),
];

/// Pastimes one takes up, the title being the noun phrase (corpus: "swimming", "Pilates",
/// "strength training", "piano practice"); no article, no "my", none with a word for a part of the
/// day or a number. Each reads after "taking up".
const HABIT_NOUN_H9: &[Filler] = &[
    f("jogging", r#"{"title": "jogging"}"#),
    f("tai chi", r#"{"title": "tai chi"}"#),
    f("watercolour painting", r#"{"title": "watercolour painting"}"#),
    f("calligraphy", r#"{"title": "calligraphy"}"#),
    f("knitting", r#"{"title": "knitting"}"#),
    f("rowing", r#"{"title": "rowing"}"#),
];

/// How often, in shapes not all in earlier sets (corpus: "Mondays, Wednesdays and Fridays" =
/// 3/week, so "on Mondays, Wednesdays and Fridays"; "every weekday afternoon" = weekdays +
/// afternoon, so "each weekday afternoon"; "twice a week in the evening" = 2/week + evening, so
/// "three times a week in the evening" = 3/week + evening; "every Monday morning" = 1/week +
/// morning and "every Sunday evening" = 1/week + evening, so "every Thursday evening"; "three
/// times a week" = 3/week, so "five times a week" = 5/week; "each night" = daily + evening; "2x
/// weekly" = 2/week and "a weekly habit" = 1/week, so "weekly" = 1/week; "three mornings a week"
/// = 3/week + morning, so "two mornings a week" = 2/week + morning). Each reads after a length.
const FREQUENCY_H9: &[Filler] = &[
    f("on Mondays, Wednesdays and Fridays", r#"{"frequency": "3/week"}"#),
    f(
        "each weekday afternoon",
        r#"{"frequency": "weekdays", "part": "afternoon"}"#,
    ),
    f(
        "three times a week in the evening",
        r#"{"frequency": "3/week", "part": "evening"}"#,
    ),
    f(
        "every Thursday evening",
        r#"{"frequency": "1/week", "part": "evening"}"#,
    ),
    f("five times a week", r#"{"frequency": "5/week"}"#),
    f("each night", r#"{"frequency": "daily", "part": "evening"}"#),
    f("weekly", r#"{"frequency": "1/week"}"#),
    f("two mornings a week", r#"{"frequency": "2/week", "part": "morning"}"#),
];

/// People, in shapes not all in earlier sets: a lone first name, a pair, a team (corpus: "the
/// design team" is "design team", so "the ops team" is "ops team"), a lowercase name, a title
/// with a full stop (corpus: "Dr. Ngo"), an e-mail address, a list of three, a British title
/// without a full stop and a first name (corpus: "Mrs Schmidt"), a full name (corpus: "Maria
/// Lopez"). Each reads after "with", after "w/" and as the subject of a sentence ("Rohan
/// confirmed ...").
const PEOPLE_H10: &[Filler] = &[
    f("Rohan", r#"{"participants": ["Rohan"]}"#),
    f("Elsa and Marco", r#"{"participants": ["Elsa", "Marco"]}"#),
    f("the ops team", r#"{"participants": ["ops team"]}"#),
    f("priyanka", r#"{"participants": ["priyanka"]}"#),
    f("Dr. Lindgren", r#"{"participants": ["Dr. Lindgren"]}"#),
    f("j.okafor@example.com", r#"{"participants": ["j.okafor@example.com"]}"#),
    f(
        "Wiebke, Sanjay and Lou",
        r#"{"participants": ["Wiebke", "Sanjay", "Lou"]}"#,
    ),
    f(
        "Mr Castellanos and Ada",
        r#"{"participants": ["Mr Castellanos", "Ada"]}"#,
    ),
    f("Noor Haddad", r#"{"participants": ["Noor Haddad"]}"#),
];

/// People before "and I" ("Elsa, Marco and I agreed to meet"): the speaker is not a participant
/// (corpus: "a slot where Bo and I are both free" has only "Bo"; "Mia, Omar and I need 30
/// minutes" has "Mia" and "Omar"). Each opens a sentence, so none is lowercase.
const PEOPLE_AND_I_H10: &[Filler] = &[
    f("Rohan", r#"{"participants": ["Rohan"]}"#),
    f("Elsa, Marco", r#"{"participants": ["Elsa", "Marco"]}"#),
    f("The ops team", r#"{"participants": ["ops team"]}"#),
    f("Dr. Lindgren", r#"{"participants": ["Dr. Lindgren"]}"#),
    f("j.okafor@example.com", r#"{"participants": ["j.okafor@example.com"]}"#),
    f("Noor Haddad", r#"{"participants": ["Noor Haddad"]}"#),
    f("Mr Castellanos", r#"{"participants": ["Mr Castellanos"]}"#),
];

/// One person, for meetings referred to: a first name, lowercase, a title with a full stop
/// (corpus: "Dr. Ngo"), a British title without one (corpus: "Mrs Schmidt"), a full name. No
/// e-mail address, as each reads as the subject of a sentence ("Rohan bailed on ...") as well
/// as after "with".
const PERSON_H10: &[Filler] = &[
    f("Rohan", r#"{"participants": ["Rohan"]}"#),
    f("priyanka", r#"{"participants": ["priyanka"]}"#),
    f("Dr. Lindgren", r#"{"participants": ["Dr. Lindgren"]}"#),
    f("Mr Castellanos", r#"{"participants": ["Mr Castellanos"]}"#),
    f("Noor Haddad", r#"{"participants": ["Noor Haddad"]}"#),
    f("elsa", r#"{"participants": ["elsa"]}"#),
];

/// Lengths (corpus: "an hour" = 60, "45 minutes" = 45, "half an hour" = 30, "20 mins" = 20,
/// "90 minutes" = 90, "1 hour" = 60, "two hours" = 120, "40 minutes" = 40, "25 mins" = 25, "an
/// hour and a half" = 90). Each reads after "for", after "put", after "Probably" and before "or
/// so"; none longer than the narrowest `TIME_H10` range (two hours).
const DURATION_H10: &[Filler] = &[
    f("an hour", r#"{"duration": 60}"#),
    f("45 minutes", r#"{"duration": 45}"#),
    f("half an hour", r#"{"duration": 30}"#),
    f("20 mins", r#"{"duration": 20}"#),
    f("90 minutes", r#"{"duration": 90}"#),
    f("1 hour", r#"{"duration": 60}"#),
    f("two hours", r#"{"duration": 120}"#),
    f("40 minutes", r#"{"duration": 40}"#),
    f("25 mins", r#"{"duration": 25}"#),
    f("an hour and a half", r#"{"duration": 90}"#),
];

/// A length as an adjective (corpus: "a 30-minute slot" = 30, "a 45-minute call" = 45, "a
/// one-hour kickoff" = 60, "a 90-min block" = 90 so "a 90-minute" = 90, "a 20-minute gap" = 20,
/// "a half-hour slot" = 30, "a 1-hour interview" = 60, "a two-hour workshop" = 120). Each reads
/// after "a"; none longer than the narrowest `TIME_H10` range (two hours).
const DURATION_ADJECTIVE_H10: &[Filler] = &[
    f("30-minute", r#"{"duration": 30}"#),
    f("45-minute", r#"{"duration": 45}"#),
    f("one-hour", r#"{"duration": 60}"#),
    f("90-minute", r#"{"duration": 90}"#),
    f("20-minute", r#"{"duration": 20}"#),
    f("half-hour", r#"{"duration": 30}"#),
    f("1-hour", r#"{"duration": 60}"#),
    f("two-hour", r#"{"duration": 120}"#),
];

/// Lengths as a terse note writes them (corpus: "30m" = 30, "1h" = 60, "45m" = 45, "1.5h" = 90,
/// "2h" = 120, "20 min" = 20, "15m" = 15, "~1hr" = 60 so "1hr" = 60); none longer than the
/// narrowest `TIME_H10` range (two hours).
const DURATION_TERSE_H10: &[Filler] = &[
    f("30m", r#"{"duration": 30}"#),
    f("1h", r#"{"duration": 60}"#),
    f("45m", r#"{"duration": 45}"#),
    f("1.5h", r#"{"duration": 90}"#),
    f("2h", r#"{"duration": 120}"#),
    f("20 min", r#"{"duration": 20}"#),
    f("15m", r#"{"duration": 15}"#),
    f("1hr", r#"{"duration": 60}"#),
];

/// Lengths of a habit's sessions, before "a pop" (corpus: "15 min" = 15, "20 minutes" = 20,
/// "half an hour" = 30, "10 min" = 10, "25 minutes" = 25, "40 mins" = 40, "an hour" = 60).
const DURATION_HABIT_H10: &[Filler] = &[
    f("15 minutes", r#"{"duration": 15}"#),
    f("20 mins", r#"{"duration": 20}"#),
    f("half an hour", r#"{"duration": 30}"#),
    f("10 minutes", r#"{"duration": 10}"#),
    f("25 minutes", r#"{"duration": 25}"#),
    f("40 mins", r#"{"duration": 40}"#),
    f("an hour", r#"{"duration": 60}"#),
];

/// Days of a search, with their preposition where people use one. As in the corpus:
/// "tomorrow" = 11-28, "next Tuesday" = 12-01, "Tuesday the 8th" = 12-08 (so "Wednesday the
/// 9th" = 12-09), "next week" = 11-30..12-06, "the 10th" = 12-10, "Monday, Dec 14" = 12-14 (so
/// "Dec 14"), "the week after next" = 12-07..12-13, "Monday or Tuesday" = 11-30..12-01 (so
/// "Tuesday or Wednesday" = 12-01..12-02), "early next week" = 11-30..12-02, "3 December" = 12-03
/// (so "8 December" = 12-08), "this coming Tuesday" = 12-01 (so "this coming Monday" = 11-30).
/// No bare "Friday".
const WHEN_H10: &[Filler] = &[
    f(
        "tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "on Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "next Tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "on Wednesday the 9th",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "on Thursday",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03"}}"#,
    ),
    f(
        "next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on the 10th",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10"}}"#,
    ),
    f(
        "on Dec 14",
        r#"{"window": {"start": "2026-12-14", "end": "2026-12-14"}}"#,
    ),
    f(
        "the week after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f(
        "on Tuesday or Wednesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-02"}}"#,
    ),
    f(
        "early next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-02"}}"#,
    ),
    f(
        "on 8 December",
        r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#,
    ),
    f(
        "this coming Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
];

/// Hours of those days (joined to the days' window); each a part of the day, a bound, a range or
/// a start, so it reads after a single day or a span. As in the corpus: "in the morning" =
/// morning, "after 2pm" = after 14:00 (so "after 3pm" = after 15:00), "before noon" = before
/// 12:00, "between 2 and 4pm" = 14:00-16:00, "from 9 to 11" = 09:00-11:00 (so "from 10 to 12" =
/// 10:00-12:00), "after lunch" = after 14:00, "at 11am" = 11:00, "tomorrow at 4pm London time"
/// = 16:00 Europe/London.
const TIME_H10: &[Filler] = &[
    f("", "{}"),
    f(" in the morning", r#"{"time": "morning"}"#),
    f(" after 3pm", r#"{"time": ">15:00"}"#),
    f(" before noon", r#"{"time": "<12:00"}"#),
    f(" between 2 and 4pm", r#"{"time": "14:00-16:00"}"#),
    f(" in the afternoon", r#"{"time": "afternoon"}"#),
    f(" from 10 to 12", r#"{"time": "10:00-12:00"}"#),
    f(" after lunch", r#"{"time": ">14:00"}"#),
    f(" at 11am", r#"{"time": "11:00"}"#),
    f(" at 4pm London time", r#"{"time": "16:00", "tz": "Europe/London"}"#),
];

/// Spans to describe, with their preposition where people use one, after "what's in my
/// calendar"; a part of the day goes into the window (corpus: "am I busy tomorrow morning?",
/// "What meetings do I have this afternoon?"; "tonight" is evening, so "tomorrow evening" is
/// 11-28 in the evening). As in the corpus: "next week" = 11-30..12-06, "the rest of the week" =
/// 11-27..11-29, "over the weekend" = 11-28..11-29, "next Tuesday" = 12-01, "the 9th" = 12-09,
/// "between the 8th and the 10th" = 12-08..12-10 (so "between the 14th and the 16th" =
/// 12-14..12-16).
const DAY_H10: &[Filler] = &[
    f(
        "for tomorrow",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28"}}"#,
    ),
    f(
        "on Monday",
        r#"{"window": {"start": "2026-11-30", "end": "2026-11-30"}}"#,
    ),
    f(
        "this afternoon",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-27", "time": "afternoon"}}"#,
    ),
    f(
        "for next week",
        r#"{"window": {"start": "2026-11-30", "end": "2026-12-06"}}"#,
    ),
    f(
        "on Thursday morning",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "morning"}}"#,
    ),
    f(
        "on the 9th",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09"}}"#,
    ),
    f(
        "over the weekend",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-29"}}"#,
    ),
    f(
        "for the rest of the week",
        r#"{"window": {"start": "2026-11-27", "end": "2026-11-29"}}"#,
    ),
    f(
        "next Tuesday",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01"}}"#,
    ),
    f(
        "between the 14th and the 16th",
        r#"{"window": {"start": "2026-12-14", "end": "2026-12-16"}}"#,
    ),
    f(
        "tomorrow evening",
        r#"{"window": {"start": "2026-11-28", "end": "2026-11-28", "time": "evening"}}"#,
    ),
];

/// A meeting's day, possessive, for meetings cancelled. No "Friday's" (said on a Friday, a reader
/// could take it for today's). As in the corpus: "Sunday" = 11-29, "next Thursday" = 12-03 (so
/// "next Thursday's").
const DAY_OF_H10: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Sunday's", r#"{"which": {"date": "2026-11-29"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
    f("Tuesday's", r#"{"which": {"date": "2026-12-01"}}"#),
    f("Wednesday's", r#"{"which": {"date": "2026-12-02"}}"#),
    f("next Thursday's", r#"{"which": {"date": "2026-12-03"}}"#),
];

/// A meeting's day, possessive, for meetings that move: only days before every `TO_H10` target,
/// so a target can only be read one way. No "Friday's".
const DAY_OF_MOVE_H10: &[Filler] = &[
    f("today's", r#"{"which": {"date": "2026-11-27"}}"#),
    f("tomorrow's", r#"{"which": {"date": "2026-11-28"}}"#),
    f("Monday's", r#"{"which": {"date": "2026-11-30"}}"#),
];

/// A meeting's start; all later than 10:00 Berlin, so today's one has not yet passed. Each reads
/// after a possessive day and before "with" or a comma. As in the corpus: hours 1 to 7 without
/// am/pm are afternoon ("the 3:30 with Ingrid" = 15:30, so "2:45" = 14:45), "11.30" = 11:30 (so
/// "11.15" = 11:15), "three o'clock" = 15:00 (so "3 o'clock"), "my 11:30 w/ Pia" = 11:30 (so
/// "12:30").
const CLOCK_H10: &[Filler] = &[
    f("3:30pm", r#"{"which": {"time": "15:30"}}"#),
    f("2:45", r#"{"which": {"time": "14:45"}}"#),
    f("10:30am", r#"{"which": {"time": "10:30"}}"#),
    f("4:45pm", r#"{"which": {"time": "16:45"}}"#),
    f("12:30", r#"{"which": {"time": "12:30"}}"#),
    f("1:20pm", r#"{"which": {"time": "13:20"}}"#),
    f("5pm", r#"{"which": {"time": "17:00"}}"#),
    f("11.15", r#"{"which": {"time": "11:15"}}"#),
    f("3 o'clock", r#"{"which": {"time": "15:00"}}"#),
];

/// Where a meeting moves to, after "to": all after every `DAY_OF_MOVE_H10` day. As in the corpus:
/// "Wednesday at 10" = 12-02 at 10:00, "next Thursday morning" = 12-03 in the morning, "Tuesday
/// afternoon" = 12-01 in the afternoon, "Dec 9 at 2pm" = 14:00 (so "the 9th at 2pm"), "next
/// Friday" = 12-04, "the week after next" = 12-07..12-13, "Thursday the 10th" = 12-10, "Tuesday
/// after 4pm" = after 16:00 (so "Wednesday after 4pm"), "Dec 8" = 12-08.
const TO_H10: &[Filler] = &[
    f(
        "Wednesday at 10",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": "10:00"}}"#,
    ),
    f(
        "next Thursday morning",
        r#"{"window": {"start": "2026-12-03", "end": "2026-12-03", "time": "morning"}}"#,
    ),
    f(
        "Tuesday afternoon",
        r#"{"window": {"start": "2026-12-01", "end": "2026-12-01", "time": "afternoon"}}"#,
    ),
    f(
        "the 9th at 2pm",
        r#"{"window": {"start": "2026-12-09", "end": "2026-12-09", "time": "14:00"}}"#,
    ),
    f(
        "next Friday",
        r#"{"window": {"start": "2026-12-04", "end": "2026-12-04"}}"#,
    ),
    f(
        "the week after next",
        r#"{"window": {"start": "2026-12-07", "end": "2026-12-13"}}"#,
    ),
    f(
        "Thursday the 10th",
        r#"{"window": {"start": "2026-12-10", "end": "2026-12-10"}}"#,
    ),
    f(
        "Wednesday after 4pm",
        r#"{"window": {"start": "2026-12-02", "end": "2026-12-02", "time": ">16:00"}}"#,
    ),
    f("Dec 8", r#"{"window": {"start": "2026-12-08", "end": "2026-12-08"}}"#),
];

/// Office tasks someone has been asked to do, the title being the verb phrase; no names of
/// people, no dates, no numbers, no words for meetings, booking or how often. Each reads after
/// "I've been asked to".
const TASK_H10: &[Filler] = &[
    f(
        "review the new supplier contract",
        r#"{"title": "review the new supplier contract"}"#,
    ),
    f(
        "write up the customer case study",
        r#"{"title": "write up the customer case study"}"#,
    ),
    f("update the team wiki", r#"{"title": "update the team wiki"}"#),
    f("audit the expense reports", r#"{"title": "audit the expense reports"}"#),
    f(
        "collect feedback on the pilot",
        r#"{"title": "collect feedback on the pilot"}"#,
    ),
    f(
        "draft the job description for the analyst role",
        r#"{"title": "draft the job description for the analyst role"}"#,
    ),
    f(
        "check the translations in the brochure",
        r#"{"title": "check the translations in the brochure"}"#,
    ),
];

/// A deadline with its preposition. "by X" is due X, "before X" the day before (corpus: "before
/// Wednesday" = 12-01, so "before Thursday" = 12-02; "before the 9th" = 12-08, so "before the
/// 11th" = 12-10). As in the corpus: "by Wednesday" = 12-02, "by the 10th" = 12-10 (so "by the
/// 8th"), "by next Tuesday" = 12-01 (corpus: "next Tuesday" = 12-01), "by end of day Monday" =
/// 11-30, "by tomorrow" = 11-28, "by Dec 8" = 12-08 (so "by Dec 9"), "no later than Thursday" =
/// 12-03 and "Friday the 4th" = 12-04 (so "no later than Friday the 4th" = 12-04), "I should
/// update my CV this week" is due 11-29.
const DUE_H10: &[Filler] = &[
    f("by Wednesday", r#"{"due": "2026-12-02"}"#),
    f("by the 8th", r#"{"due": "2026-12-08"}"#),
    f("before Thursday", r#"{"due": "2026-12-02"}"#),
    f("by next Tuesday", r#"{"due": "2026-12-01"}"#),
    f("by end of day Monday", r#"{"due": "2026-11-30"}"#),
    f("by tomorrow", r#"{"due": "2026-11-28"}"#),
    f("before the 11th", r#"{"due": "2026-12-10"}"#),
    f("by Dec 9", r#"{"due": "2026-12-09"}"#),
    f("no later than Friday the 4th", r#"{"due": "2026-12-04"}"#),
    f("this week", r#"{"due": "2026-11-29"}"#),
];

/// Exercises a physiotherapist might prescribe, as verb phrases, the title being the phrase
/// (corpus: "go running", "do my physio exercises", "go for a jog"); none with a word for a part
/// of the day or a number. Each reads after "I should".
const HABIT_VERB_H10: &[Filler] = &[
    f("do my back exercises", r#"{"title": "do my back exercises"}"#),
    f("go for a brisk walk", r#"{"title": "go for a brisk walk"}"#),
    f("stretch my hamstrings", r#"{"title": "stretch my hamstrings"}"#),
    f("do some light cardio", r#"{"title": "do some light cardio"}"#),
    f("use the rowing machine", r#"{"title": "use the rowing machine"}"#),
    f("work on my posture", r#"{"title": "work on my posture"}"#),
];

/// How often (corpus: "on weekdays" = weekdays, "every morning" = daily + morning, "four times a
/// week" = 4/week, "each evening" = daily + evening, "Mondays, Wednesdays and Fridays" = 3/week
/// so "on Tuesdays, Thursdays and Saturdays" = 3/week, "every weekday afternoon" = weekdays +
/// afternoon, "twice a week" = 2/week, "every Monday morning" = 1/week + morning so "every Sunday
/// morning"). Each reads before a comma and a length.
const FREQUENCY_H10: &[Filler] = &[
    f("on weekdays", r#"{"frequency": "weekdays"}"#),
    f("every morning", r#"{"frequency": "daily", "part": "morning"}"#),
    f("four times a week", r#"{"frequency": "4/week"}"#),
    f("each evening", r#"{"frequency": "daily", "part": "evening"}"#),
    f("on Tuesdays, Thursdays and Saturdays", r#"{"frequency": "3/week"}"#),
    f(
        "every weekday afternoon",
        r#"{"frequency": "weekdays", "part": "afternoon"}"#,
    ),
    f("twice a week", r#"{"frequency": "2/week"}"#),
    f("every Sunday morning", r#"{"frequency": "1/week", "part": "morning"}"#),
];

/// A template: its name, the kind it asks for, and its text with `{slot}` markers.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    pub name: &'static str,
    pub kind: &'static str,
    pub text: &'static str,
    /// Held out: never used to tune the parser.
    pub held_out: bool,
}

const fn t(name: &'static str, kind: &'static str, text: &'static str, held_out: bool) -> Template {
    Template {
        name,
        kind,
        text,
        held_out,
    }
}

/// The first eight held-out templates (90/120 when last held out; see `intent_corpus.rs`) were
/// retired into training once a second held-out set was written; they keep their place here.
pub const TEMPLATES: &[Template] = &[
    t("find-with", "find", "find {duration} with {people} {when}{time}", false),
    t(
        "find-can-you",
        "find",
        "Can you find {duration} for me and {people} {when}{time}?",
        false,
    ),
    t(
        "find-need",
        "find",
        "I need {duration} with {people} {when}{time}",
        false,
    ),
    t(
        "find-free",
        "find",
        "when am I free {when}{time} for {duration} with {people}",
        false,
    ),
    t(
        "find-chat",
        "find",
        "any time {when}{time} for a {duration_adjective} chat with {people}?",
        false,
    ),
    t(
        "find-group-list",
        "find",
        "find {duration} with the design team ({people_listed}) {when}{time}",
        false,
    ),
    t("book-with", "book", "book {duration} with {people} {when}{time}", false),
    t(
        "book-schedule",
        "book",
        "schedule a meeting with {people} {when}{time} for {duration}",
        false,
    ),
    t(
        "book-set-up",
        "book",
        "set up a {duration_adjective} call with {people} {when}{time}",
        false,
    ),
    t("describe-look", "describe", "what does {day} look like", false),
    t("describe-show", "describe", "show me my calendar for {day}", false),
    t("describe-busy", "describe", "how busy am I {day}?", false),
    t("cancel-my", "cancel", "cancel my {clock} with {person}", false),
    t("cancel-day", "cancel", "cancel {day_of} meeting with {person}", false),
    t(
        "cancel-cant-make",
        "cancel",
        "I can't make my {clock} with {person}, please call it off",
        false,
    ),
    t(
        "reschedule-move",
        "reschedule",
        "move my {clock} with {person} to {to}",
        false,
    ),
    t(
        "reschedule-day",
        "reschedule",
        "reschedule {day_of} meeting with {person} to {to}",
        false,
    ),
    t(
        "reschedule-push",
        "reschedule",
        "can we push the {clock} with {person} to {to}?",
        false,
    ),
    t("task-add", "task", "add a task: {task}, {duration}, due {due}", false),
    t("task-remind", "task", "remind me to {task} by {due}", false),
    t(
        "task-end-of-day",
        "task",
        "add a task: {task}, {duration}, {due_end_of_day}",
        false,
    ),
    t("task-block", "task", "block {duration} to {task} by {due}", false),
    t(
        "habit-add",
        "habit",
        "add a habit: {duration} of {habit} {frequency}",
        false,
    ),
    t(
        "habit-want",
        "habit",
        "I want to {habit_verb} {frequency} for {duration}",
        false,
    ),
    // Added with the seventh blind set: people opening a request without a verb, no verb at
    // all, urgency instead of a date, and a reschedule stated as someone who can't make it.
    t(
        "find-opening-names",
        "find",
        "{people}, {duration}, {when}{time}",
        false,
    ),
    t("find-verbless", "find", "{duration} with {people} {when}{time}", false),
    t("find-urgent", "find", "{urgency} {duration} with {people}", false),
    t("cancel-range", "cancel", "cancel everything {days_of_meetings}", false),
    t(
        "reschedule-cant-make",
        "reschedule",
        "{person} can't make {day_of} {clock}, move it to {to}",
        false,
    ),
    // Added with the second held-out set: other ways of asking about free time with someone,
    // of making time for one's own work by a deadline, and of the other kinds.
    t(
        "find-have-time",
        "find",
        "do I have time for {duration} with {people} {when}{time}?",
        false,
    ),
    t(
        "find-window",
        "find",
        "is there a window {when}{time} for {duration} with {people}",
        false,
    ),
    t(
        "find-meet",
        "find",
        "I'd like to meet {people} {when}{time} for {duration}",
        false,
    ),
    t(
        "find-free-question",
        "find",
        "free {when}{time} for {duration} with {people}?",
        false,
    ),
    t(
        "book-pencil",
        "book",
        "could you pencil me in with {people} {when}{time} for {duration}",
        false,
    ),
    t(
        "book-me",
        "book",
        "please book me {duration} with {people} {when}{time}",
        false,
    ),
    t("task-reserve", "task", "reserve {duration} to {task} by {due}", false),
    t("task-find-time", "task", "find {duration} to {task} by {due}", false),
    t("describe-like", "describe", "what's my {day} like?", false),
    t(
        "cancel-take-off",
        "cancel",
        "take {day_of} meeting with {person} off my calendar",
        false,
    ),
    t(
        "reschedule-over",
        "reschedule",
        "can you move my {clock} with {person} over to {to}",
        false,
    ),
    t(
        "habit-start",
        "habit",
        "I'd like to start {habit} {frequency}, {duration} each time",
        false,
    ),
    // The second held-out set (107/150 when held out), retired into training once the third
    // was written. Written without reading the parser: other verbs and
    // sentence shapes (a question about a window, "what are my options", the other people as
    // the subject, "pencil X in", "send X an invite", "walk me through", "no need for ...
    // delete it", "can we do ... instead", "gotta ... stick it on my to-do list", "get into the
    // habit of ...") and other phrasings of days, hours, deadlines and frequencies.
    t(
        "h2-find-window",
        "find",
        "is there a {duration_adjective} window {when}{time} that suits me and {people}?",
        false,
    ),
    t(
        "h2-find-options",
        "find",
        "what are my options for {duration} with {people} {when_varied}{time_varied}?",
        false,
    ),
    t(
        "h2-find-would-like",
        "find",
        "{people} would like {duration} with me {when}{time} - what's open?",
        false,
    ),
    t(
        "h2-book-pencil",
        "book",
        "pencil {people} in for {duration} {when}{time}, please",
        false,
    ),
    t(
        "h2-book-invite",
        "book",
        "send {people} an invite for a {duration_adjective} call {when_varied}{time_varied}",
        false,
    ),
    t(
        "h2-describe-walk",
        "describe",
        "can you quickly walk me through {day_span}?",
        false,
    ),
    t(
        "h2-cancel-no-need",
        "cancel",
        "no need for {day_of} {clock} with {person} anymore, you can delete it",
        false,
    ),
    t(
        "h2-reschedule-instead",
        "reschedule",
        "can we do {day_of} {clock} with {person} {to_instead} instead?",
        false,
    ),
    t(
        "h2-task-gotta",
        "task",
        "gotta {task} before {due_before}, probably {duration} - stick it on my to-do list",
        false,
    ),
    t(
        "h2-habit-get-into",
        "habit",
        "trying to get into the habit of {habit_gerund} {frequency_varied}, {duration} each time",
        false,
    ),
    // The third held-out set (83/150 when held out), retired into training once the fourth was
    // written. Written without reading the parser: a call owed to
    // someone, "got any gaps", "mind suggesting", "slot X in", "stick ... in my diary", "what's
    // on deck", "can't do ... anymore, scrap it", "needs to slide to", "make sure I ...", "I'm
    // trying to ... help me stick with it"; days with zones, Slack shorthand ("tmrw", "Tues",
    // "3x a week") and other hours, deadlines and frequencies.
    t(
        "h3-find-owe",
        "find",
        "I owe {people} a {duration_adjective} call - would {when_zoned} work?",
        false,
    ),
    t(
        "h3-find-gaps",
        "find",
        "got any gaps {when_h3}{time_h3}? need to catch {people} for {duration}",
        false,
    ),
    t(
        "h3-find-suggest",
        "find",
        "mind suggesting a couple of slots {when_varied}{time_varied} for {duration} with {people}?",
        false,
    ),
    t(
        "h3-book-slot-in",
        "book",
        "slot {people} in {when}{time} - make it {duration}",
        false,
    ),
    t(
        "h3-book-diary",
        "book",
        "stick a {duration_adjective} catch-up with {people} in my diary {when_h3}{time_h3}",
        false,
    ),
    t("h3-describe-deck", "describe", "what's on deck for {day_h3}?", false),
    t(
        "h3-cancel-scrap",
        "cancel",
        "can't do {day_of_h3} {clock_h3} with {person_h3} anymore, scrap it",
        false,
    ),
    t(
        "h3-reschedule-slide",
        "reschedule",
        "{day_of_early} {clock_h3} with {person} needs to slide to {to_h3} - can you sort that?",
        false,
    ),
    t(
        "h3-task-make-sure",
        "task",
        "make sure I {task_h3} {due_h3} - it'll take about {duration}",
        false,
    ),
    t(
        "h3-habit-trying",
        "habit",
        "I'm trying to {habit_verb_h3} {frequency_h3}, {duration} a session - help me stick with it",
        false,
    ),
    // The fourth held-out set (56/150 when held out), retired into training once the fifth was
    // written. Written without reading the parser: a non-native request
    // for proposals ("I search ... can you propose me some?"), a terse availability check that says
    // not to invite yet, a British "see whether X could spare me ...", a PA booking into her boss's
    // calendar, a non-native "make an appointment ... the duration is ...", "before I commit ...
    // what's already booked", a non-native cancel with its object last ("erase from my agenda the
    // meeting of ..."), a British "has asked if we can bring ... forward ... rearrange it", a
    // deadline-first fragment ("deadline X: ... keep track of it"), and "make X part of my routine".
    t(
        "h4-find-propose",
        "find",
        "I search a free slot of {duration_h4} with {people_h4} {when_h4}{time_h4}, can you propose me some?",
        false,
    ),
    t(
        "h4-find-availability",
        "find",
        "Check availability {when_h4}{time_h4} - {duration_adjective_h4} meeting with {people_h4}, no invites yet",
        false,
    ),
    t(
        "h4-find-spare",
        "find",
        "Could you see whether {people_h4} could spare me {duration_h4} {when_h4}{time_h4}?",
        false,
    ),
    t(
        "h4-book-pa",
        "book",
        "PA here: my boss would like a {duration_adjective_h4} meeting with {people_h4} {when_h4}{time_h4}, please put it straight into her calendar.",
        false,
    ),
    t(
        "h4-book-appointment",
        "book",
        "Please make an appointment with {people_h4} {when_h4}{time_h4}, the duration is {duration_h4}.",
        false,
    ),
    t(
        "h4-describe-already",
        "describe",
        "Before I commit to anything - what's already booked {day_h4}?",
        false,
    ),
    t(
        "h4-cancel-erase",
        "cancel",
        "Please erase from my agenda the meeting of {which_day_h4} at {clock_h4} with {person_h4}, it does not take place.",
        false,
    ),
    t(
        "h4-reschedule-forward",
        "reschedule",
        "{person_h4} has asked if we can bring {day_of_late_h4} {clock_h4} meeting forward to {to_earlier_h4} - could you rearrange it?",
        false,
    ),
    t(
        "h4-task-deadline",
        "task",
        "deadline {due_h4}: {task_h4}. roughly {duration_h4} of work, please keep track of it for me",
        false,
    ),
    t(
        "h4-habit-routine",
        "habit",
        "Can you make {habit_noun_h4} part of my routine? {duration_h4}, {frequency_h4}.",
        false,
    ),
    // The fifth held-out set (55/150 when held out), retired into training once the sixth was
    // written. Written without reading the parser: an indirect question ("I was
    // wondering when X and I could get together"), a sales rep's phone shorthand with no
    // punctuation ("prospect call w ... which slots work"), a recruiter's passive voice ("is to
    // be held ... could some possible times be suggested? Nothing should be booked yet"), voice
    // dictation ("um so can you get X on my calendar ... for uh ..."), the time first ("Tuesday
    // afternoon, 50 minutes with X - go ahead and send the invite"), a doctor between patients
    // ("who am I seeing"), a teacher's parent meeting that "won't be going ahead", "rebook X from
    // ... to ...", "would you mind adding a to-do", "been meaning to ... a recurring block".
    t(
        "h5-find-wondering",
        "find",
        "Hi, I was wondering when {people_and_i_h5} and I could get together {when_h5}{time_h5} for about {duration_h5}?",
        false,
    ),
    t(
        "h5-find-sales-terse",
        "find",
        "prospect call w {people_h5} {duration_h5} {when_terse_h5} which slots work",
        false,
    ),
    t(
        "h5-find-passive",
        "find",
        "A {duration_adjective_h5} interview with {people_h5} is to be held {when_h5}{time_h5}; could some possible times be suggested? Nothing should be booked yet.",
        false,
    ),
    t(
        "h5-book-voice",
        "book",
        "um so can you get {people_voice_h5} on my calendar {when_voice_h5}{time_voice_h5} for uh {duration_voice_h5} yeah that's it thanks",
        false,
    ),
    t(
        "h5-book-time-first",
        "book",
        "{day_first_h5}{time_first_h5}, {duration_h5} with {people_h5} - go ahead and send the invite.",
        false,
    ),
    t(
        "h5-describe-seeing",
        "describe",
        "quick one between patients: who am I seeing {day_h5}?",
        false,
    ),
    t(
        "h5-cancel-going-ahead",
        "cancel",
        "Sorry - {day_of_h5} parent meeting at {clock_h5} with {person_h5} won't be going ahead, please clear it.",
        false,
    ),
    t(
        "h5-reschedule-rebook",
        "reschedule",
        "Can you rebook {person_h5} from {which_day_h5} at {clock_h5} to {to_h5}? Something came up on my end.",
        false,
    ),
    t(
        "h5-task-mind",
        "task",
        "Would you mind adding a to-do for me to {task_h5} {due_h5}? Roughly {duration_h5}.",
        false,
    ),
    t(
        "h5-habit-meaning",
        "habit",
        "been meaning to {habit_verb_h5} {frequency_h5} for {duration_h5} at a time - could you make that a recurring block in my calendar?",
        false,
    ),
    // The sixth held-out set (70/150 when held out), retired into training once the seventh was
    // written. Written without reading the parser: a student texting about a group
    // project ("when could me and X meet up ... we need like ..."), plain "help me figure out a
    // time ... to meet with", a formal "Please advise on suitable times ... I expect it to take",
    // "add a ... meeting ... to my calendar", a freelancer's "can u line up a call w/ ... no need to
    // check with me first" with a typo, "remind me what I've got lined up" (a question, not a task),
    // "get rid of the meeting with ... we sorted everything out over email", "find a new time for
    // ... would suit me better" (a move, not a search), "I still havent managed to ... can you add
    // that as a task?", "I keep skipping ... save ... for it ... from now on".
    t(
        "h6-find-meet-up",
        "find",
        "hey when could me and {classmates_h6} meet up {when_h6}{time_h6}? we need like {duration_h6} for the group project",
        false,
    ),
    t(
        "h6-find-figure-out",
        "find",
        "Can you help me figure out a time {when_h6}{time_h6} to meet with {people_h6}? It'd be a {duration_adjective_h6} meeting.",
        false,
    ),
    t(
        "h6-find-advise",
        "find",
        "Please advise on suitable times {when_h6}{time_h6} for a discussion with {people_h6}; I expect it to take {duration_h6}.",
        false,
    ),
    t(
        "h6-book-add-calendar",
        "book",
        "Please add a {duration_adjective_h6} meeting with {people_h6} to my calendar {when_h6}{time_h6}.",
        false,
    ),
    t(
        "h6-book-line-up",
        "book",
        "can u line up a call w/ {people_h6} {when_h6}{time_h6}? {duration_h6} shoud be enough - no need to check with me first",
        false,
    ),
    t(
        "h6-describe-lined-up",
        "describe",
        "Can you remind me what I've got lined up {day_h6}?",
        false,
    ),
    t(
        "h6-cancel-get-rid",
        "cancel",
        "Could you get rid of the meeting with {person_h6} {which_day_h6} at {clock_h6}? We sorted everything out over email.",
        false,
    ),
    t(
        "h6-reschedule-new-time",
        "reschedule",
        "Can you find a new time for {day_of_h6} {clock_h6} with {person_h6}? {to_first_h6} would suit me better.",
        false,
    ),
    t(
        "h6-task-havent-managed",
        "task",
        "I still havent managed to {task_h6} - need it done {due_h6}, prob {duration_h6}. can you add that as a task?",
        false,
    ),
    t(
        "h6-habit-keep-skipping",
        "habit",
        "I keep skipping {habit_noun_h6} - can you save {duration_h6} for it {frequency_h6} from now on?",
        false,
    ),
    // The seventh held-out set (80/150 when held out), retired into training once the eighth was
    // written. Written without reading the parser, as the everyday mix of users:
    // five plain office requests ("check when X and I are free", "organise a ... meeting ... send
    // the invite", "were due to meet ... could you cancel it", "do I have a lot of meetings",
    // "create a task ... Estimated time:"), a terse one ("X: 40-min sync ...? pls suggest times, no
    // invite yet"), two casual ones ("X said yes to ... put it in my calender", "ok im finally
    // doing it ... as a regular thing") and two formal ones ("I should be grateful if you could
    // let me know which times ... would suit", "Owing to a scheduling conflict, I need ... to be
    // moved to ...").
    t(
        "h7-find-check-free",
        "find",
        "Can you check when {people_and_i_h7} and I are free {when_h7}{time_h7}? We need about {duration_h7}.",
        false,
    ),
    t(
        "h7-find-terse-suggest",
        "find",
        "{people_h7}: {duration_adjective_h7} sync {when_h7}{time_h7}? pls suggest times, no invite yet",
        false,
    ),
    t(
        "h7-find-grateful",
        "find",
        "I should be grateful if you could let me know which times {when_h7}{time_h7} would suit for a {duration_adjective_h7} meeting with {people_h7}. Please hold off on sending invitations until I confirm.",
        false,
    ),
    t(
        "h7-book-organise",
        "book",
        "Could you organise a {duration_adjective_h7} meeting with {people_h7} {when_h7}{time_h7}? Feel free to send the invite straight away.",
        false,
    ),
    t(
        "h7-book-said-yes",
        "book",
        "{people_h7} said yes to {duration_h7} {when_h7}{time_h7} - go ahead n put it in my calender",
        false,
    ),
    t(
        "h7-describe-a-lot",
        "describe",
        "Quick check - do I have a lot of meetings {day_h7}?",
        false,
    ),
    t(
        "h7-cancel-due-to-meet",
        "cancel",
        "Heads up - {person_h7} and I were due to meet {which_day_h7} at {clock_h7}, but we don't need to anymore. Could you cancel it?",
        false,
    ),
    t(
        "h7-reschedule-owing",
        "reschedule",
        "Owing to a scheduling conflict, I need {day_of_h7} {clock_h7} meeting with {person_h7} to be moved to {to_h7}. Could you please take care of it?",
        false,
    ),
    t(
        "h7-task-create",
        "task",
        "Please create a task to {task_h7} {due_h7}. Estimated time: {duration_h7}.",
        false,
    ),
    t(
        "h7-habit-finally",
        "habit",
        "ok im finally doing it - {habit_verb_h7} {frequency_h7}, about {duration_h7} each. can u put that in my calendar as a regular thing?",
        false,
    ),
    // The eighth held-out set (65/150 when held out), retired into training once the ninth was
    // written. Written without reading the parser, as the everyday mix of users:
    // five plain office requests ("when would work best for a ... meeting with X ...", "I'd like to
    // get X booked in", "could you check what's scheduled for me", "X just let me know they won't
    // be able to attend ... please remove it", "I need to ... put it on my task list"), a casual
    // availability check ("is there a spot ... where i could hop on a call ... dont book anything
    // yet"), a terse note ("mtg w/ X, 45m, ... pls book + send invite"), a casual move ("argh, im
    // double-booked - can ... happen ... instead?"), a casual habit ("i wanna ... can u put it on
    // repeat") and a formal request for options ("Would you be so kind as to look into possible
    // times ...").
    t(
        "h8-find-work-best",
        "find",
        "When would work best for a {duration_adjective_h8} meeting with {people_h8} {when_h8}{time_h8}?",
        false,
    ),
    t(
        "h8-find-hop-on",
        "find",
        "hey is there a spot {when_h8}{time_h8} where i could hop on a call with {people_h8} for {duration_h8}? just checking, dont book anything yet",
        false,
    ),
    t(
        "h8-find-so-kind",
        "find",
        "Would you be so kind as to look into possible times {when_h8}{time_h8} for a meeting with {people_h8}? It should last approximately {duration_h8}, and I would prefer to confirm before any invitations are sent.",
        false,
    ),
    t(
        "h8-book-booked-in",
        "book",
        "I'd like to get {people_h8} booked in {when_h8}{time_h8} for {duration_h8}, please.",
        false,
    ),
    t(
        "h8-book-terse-mtg",
        "book",
        "mtg w/ {people_h8}, {duration_terse_h8}, {when_h8}{time_h8}. pls book + send invite",
        false,
    ),
    t(
        "h8-describe-scheduled",
        "describe",
        "Could you check what's scheduled for me {day_h8}?",
        false,
    ),
    t(
        "h8-cancel-let-me-know",
        "cancel",
        "{person_h8} just let me know they won't be able to attend our meeting {which_day_h8} at {clock_h8}. Please remove it from my calendar.",
        false,
    ),
    t(
        "h8-reschedule-happen-instead",
        "reschedule",
        "argh, im double-booked - can {day_of_h8} {clock_h8} w/ {person_h8} happen {to_h8} instead?",
        false,
    ),
    t(
        "h8-task-task-list",
        "task",
        "I need to {task_h8} {due_h8}. Could you put it on my task list? It should take about {duration_h8}.",
        false,
    ),
    t(
        "h8-habit-on-repeat",
        "habit",
        "i wanna {habit_verb_h8} {frequency_h8}, {duration_h8} per session - can u put it on repeat in my calendar?",
        false,
    ),
    // The ninth held-out set (72/150 when held out), retired into training once the tenth was
    // written. Written without reading the parser, as the everyday mix of users:
    // five plain office requests ("can you see when I could fit in a ... meeting with X", "can you
    // put in a ... meeting ... they're expecting the invite", "can you summarise my appointments",
    // "please change X's ... with Y to ... I've got a clash", "I promised I'd ... could you add it
    // to my tasks? I'd allow ... for it"), a casual availability check ("do me and X have any free
    // time in common ... tops"), a terse note ("new meeting -> X, 45 mins, ..., pls send invites"),
    // a casual habit ("im taking up ... could u make space in my calendar for ..."), and two formal
    // ones ("Please provide me with a shortlist of available times ... I will confirm my preferred
    // option before anything is booked", "Please note that ... is no longer required; kindly
    // delete the entry from my diary").
    t(
        "h9-find-fit-in",
        "find",
        "Can you see when I could fit in a {duration_adjective_h9} meeting with {people_h9} {when_h9}{time_h9}?",
        false,
    ),
    t(
        "h9-find-in-common",
        "find",
        "do me and {people_h9} have any free time in common {when_h9}{time_h9}? wanna go thru the numbers, {duration_h9} tops",
        false,
    ),
    t(
        "h9-find-provide",
        "find",
        "Please provide me with a shortlist of available times {when_h9}{time_h9} for a {duration_adjective_h9} meeting with {people_h9}. I will confirm my preferred option before anything is booked.",
        false,
    ),
    t(
        "h9-book-put-in",
        "book",
        "Can you put in a {duration_adjective_h9} meeting with {people_h9} {when_h9}{time_h9}? They're expecting the invite.",
        false,
    ),
    t(
        "h9-book-terse-arrow",
        "book",
        "new meeting -> {people_h9}, {duration_h9}, {when_h9}{time_h9}, pls send invites",
        false,
    ),
    t(
        "h9-describe-summarise",
        "describe",
        "Can you summarise my appointments {day_h9}, please?",
        false,
    ),
    t(
        "h9-cancel-no-longer-required",
        "cancel",
        "Please note that {day_of_h9} {clock_h9} meeting with {person_h9} is no longer required; kindly delete the entry from my diary.",
        false,
    ),
    t(
        "h9-reschedule-change-clash",
        "reschedule",
        "Please change {day_of_move_h9} {clock_h9} with {person_h9} to {to_h9} - I've got a clash.",
        false,
    ),
    t(
        "h9-task-promised",
        "task",
        "I promised I'd {task_h9} {due_h9}. Could you add it to my tasks? I'd allow {duration_h9} for it.",
        false,
    ),
    t(
        "h9-habit-taking-up",
        "habit",
        "im taking up {habit_noun_h9} - could u make space in my calendar for {duration_h9} {frequency_h9}?",
        false,
    ),
    // The tenth held-out set. Written without reading the parser, as the everyday mix of users:
    // five plain office requests ("I need to sit down with X for ... which slots are still
    // open?", "X and I agreed to meet ... please put ... in my calendar and send them an invite",
    // "could you tell me what's in my calendar ... I'm trying to plan around it", "can you shift
    // ... to ... and let them know?", "I've been asked to ... can you log it as a task?"), a
    // casual availability check with typos ("hey whens a good time ... just lookin for now"), a
    // terse confirmation ("X confirmed for 45m ... add to cal + send invite pls"), a casual
    // cancel ("ugh X bailed on ... just kill it pls"), a casual habit ("my physio says i should
    // ... a pop - can u set that up as a repeating slot?") and a formal availability question
    // ("Would there be an opening in my schedule ... to accommodate ... I should like to review
    // the possibilities first").
    t(
        "h10-find-still-open",
        "find",
        "I need to sit down with {people_h10} for {duration_h10} {when_h10}{time_h10}. Which slots are still open?",
        false,
    ),
    t(
        "h10-find-whens-good",
        "find",
        "hey whens a good time {when_h10}{time_h10} to catch up w/ {people_h10}? {duration_h10} or so, just lookin for now",
        false,
    ),
    t(
        "h10-find-accommodate",
        "find",
        "Would there be an opening in my schedule {when_h10}{time_h10} to accommodate a {duration_adjective_h10} meeting with {people_h10}? I should like to review the possibilities first.",
        false,
    ),
    t(
        "h10-book-agreed",
        "book",
        "{people_and_i_h10} and I agreed to meet {when_h10}{time_h10} - please put {duration_h10} in my calendar and send them an invite.",
        false,
    ),
    t(
        "h10-book-terse-confirmed",
        "book",
        "{people_h10} confirmed for {duration_terse_h10} {when_h10}{time_h10} - add to cal + send invite pls",
        false,
    ),
    t(
        "h10-describe-plan-around",
        "describe",
        "Could you tell me what's in my calendar {day_h10}? I'm trying to plan around it.",
        false,
    ),
    t(
        "h10-cancel-bailed",
        "cancel",
        "ugh {person_h10} bailed on {day_of_h10} {clock_h10}, just kill it pls",
        false,
    ),
    t(
        "h10-reschedule-shift",
        "reschedule",
        "Can you shift {day_of_move_h10} {clock_h10} with {person_h10} to {to_h10} and let them know?",
        false,
    ),
    t(
        "h10-task-asked-to",
        "task",
        "I've been asked to {task_h10} {due_h10}; can you log it as a task? Probably {duration_h10}.",
        false,
    ),
    t(
        "h10-habit-physio",
        "habit",
        "my physio says i should {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a pop - can u set that up as a repeating slot?",
        false,
    ),
    t(
        "h11-find-common-free",
        "find",
        "For me and {people_h9} I need a common free time {when_h9}{time_h8}, around {duration_h9}. Can you show me what is possible? Please don't make the appointment yet.",
        false,
    ),
    t(
        "h11-find-offer-them",
        "find",
        "I'm putting together a {duration_adjective_h8} planning session with {people_h8} {when_h8}{time_h8}. What times could I offer them? I'll send the invite myself once I've picked one.",
        false,
    ),
    t(
        "h11-book-set-aside",
        "book",
        "Please set aside {duration_h10} {when_h10}{time_h10} for a meeting with {people_h10}, then send them the invitation.",
        false,
    ),
    t(
        "h11-book-terse-agreed",
        "book",
        "{duration_terse_h10} w/ {people_h10} {when_h10}{time_h10}. agreed. lock it in, invite them",
        false,
    ),
    t(
        "h11-reschedule-obliged",
        "reschedule",
        "Dear assistant, I'm afraid {day_of_move_h10} {clock_h10} meeting with {person_h10} no longer fits my schedule. I would be obliged if it could be moved to {to_h10} and an updated invitation sent out. Kind regards",
        false,
    ),
    t(
        "h11-cancel-pull-out",
        "cancel",
        "Something urgent has come up, so I'll have to pull out of {day_of_h9} {clock_h9} meeting with {person_h9}. Please cancel it and send my apologies.",
        false,
    ),
    t(
        "h11-describe-stuck-with",
        "describe",
        "ok real talk, what am i stuck with {day_h10}? pls tell me it's not wall-to-wall meetings lol",
        false,
    ),
    t(
        "h11-task-volunteered",
        "task",
        "I've volunteered to {task_h7} {due_h7}. Please track it for me as a task; my estimate is {duration_h7}.",
        false,
    ),
    t(
        "h11-task-make-me",
        "task",
        "Please can you make me a task? I have to {task_h9} {due_h9}, for this I need more or less {duration_h9}.",
        false,
    ),
    t(
        "h11-habit-going-forward",
        "habit",
        "Going forward, I'd like to reserve {duration_h9} {frequency_h9} for {habit_noun_h9}. Could you set that up as a standing entry in my calendar?",
        false,
    ),
    t(
        "h12-find-only-look",
        "find",
        "{day_first_h5}{time_first_h5} is good for me. Can you look if I have {duration_h5} free for meeting {people_h5}? Only look please, do not reserve yet.",
        false,
    ),
    t(
        "h12-find-touch-base",
        "find",
        "so {people_h10} asked to touch base {when_h10}{time_h10}, likely {duration_h10} or so.. can u check what's open on my end before i get back to them? not locking anything in yet",
        false,
    ),
    t(
        "h12-book-pop-in-diary",
        "book",
        "Sometime {when_h7}{time_h7} suits, so please pop a {duration_adjective_h7} meeting with {people_h7} in the diary and send the invite across.",
        false,
    ),
    t(
        "h12-book-face-time",
        "book",
        "Need some face time with {people_h8} {when_h8}{time_h8}. Go ahead and grab {duration_h8} on my calendar and shoot over an invite.",
        false,
    ),
    t(
        "h12-reschedule-off-sick",
        "reschedule",
        "{person_h10} is off sick, so could you bump {day_of_move_h10} {clock_h10} with them to {to_h10}? Cheers.",
        false,
    ),
    t(
        "h12-cancel-nix",
        "cancel",
        "turns out we don't need {day_of_h9} {clock_h9} meeting with {person_h9} after all - nix it, thx",
        false,
    ),
    t(
        "h12-describe-slammed",
        "describe",
        "need the lay of the land before I take on anything else - how slammed am I {day_h10}?",
        false,
    ),
    t(
        "h12-task-dumped",
        "task",
        "my manager just dumped another one on me ugh: {task_h8} {due_h8}, {duration_h8} maybe. throw it on my to-do list pls",
        false,
    ),
    t(
        "h12-task-calculate",
        "task",
        "Is it possible to note a task for me? I must {task_h10} {due_h10} and I calculate {duration_h10} for this.",
        false,
    ),
    t(
        "h12-habit-no-excuses",
        "habit",
        "{frequency_h6}, no excuses: {duration_h6} of {habit_noun_h6}. Could you carve that out in my calendar as a standing thing?",
        false,
    ),
    t(
        "h13-find-voice-room",
        "find",
        "um hey does my calendar have room {when_voice_h5}{time_voice_h5} for {duration_voice_h5} with {people_voice_h5} I'm only asking so don't book anything",
        false,
    ),
    t(
        "h13-find-squeeze-in",
        "find",
        "If I wanted to squeeze in {duration_h10} with {people_h10} {when_h10}{time_h10}, where could it go? Just curious for now - don't put anything in.",
        false,
    ),
    t(
        "h13-book-kindly-fix",
        "book",
        "Kindly fix a {duration_adjective_h9} meeting with {people_h9} {when_h9}{time_h9} and send invite to them also. Please do the needful.",
        false,
    ),
    t(
        "h13-book-got-back",
        "book",
        "{people_h7} finally got back to me and {when_h7}{time_h7} is fine with them so lets make it official, it'll run about {duration_h7} - put it in my cal and send the invite",
        false,
    ),
    t(
        "h13-reschedule-put-off",
        "reschedule",
        "I'm swamped - any chance we could put off {day_of_move_h9} {clock_h9} with {person_h9} until {to_h9}? Tell them sorry from me.",
        false,
    ),
    t(
        "h13-cancel-axed",
        "cancel",
        "{day_of_h10} {clock_h10} with {person_h10} can be axed, we hashed everything out in the hallway. strike it off my calendar pls?",
        false,
    ),
    t(
        "h13-describe-driving",
        "describe",
        "I'm driving and can't look at my phone - can you read out what's on my plate {day_h7}?",
        false,
    ),
    t(
        "h13-task-radar",
        "task",
        "Could you keep it on my radar that I've got to {task_h9} {due_h9}? Reckon it'll eat up {duration_h9}.",
        false,
    ),
    t(
        "h13-habit-doctors-orders",
        "habit",
        "Doctor's orders: I'm supposed to {habit_verb_h8} {frequency_h8} for {duration_h8}. Could you make that a fixture in my calendar so I can't wriggle out of it?",
        false,
    ),
    t(
        "h13-habit-voice-routine",
        "habit",
        "okay new routine {habit_verb_h5} {frequency_h5} for about {duration_voice_h5} make sure it keeps showing up in my calendar from here on thanks",
        false,
    ),
    t(
        "h14-find-going-spare",
        "find",
        "Between shifts on the ward. Have I got {duration_h9} going spare {when_h9}{time_h9} to go over the rota with {people_h9}? Just looking for now - don't book it.",
        false,
    ),
    t(
        "h14-find-thesis-options",
        "find",
        "Need to go over my thesis draft with {people_h4} - roughly {duration_h4}, ideally {when_h4}{time_h4}. What could work on my end? Just list the options, I'll confirm with them.",
        false,
    ),
    t(
        "h14-book-arrange-circulate",
        "book",
        "Hello, further to the budget review, please arrange a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} and circulate the invitation. With thanks.",
        false,
    ),
    t(
        "h14-book-nail-down",
        "book",
        "Nail down {duration_h6} with {people_h6} {when_h6}{time_h6} and get the invite out. Thx.",
        false,
    ),
    t(
        "h14-reschedule-roll-over",
        "reschedule",
        "On site with a burst pipe and it's running long - can you roll {day_of_move_h9} {clock_h9} with {person_h9} over to {to_h9} and give them a heads-up?",
        false,
    ),
    t(
        "h14-cancel-drop",
        "cancel",
        "The ticket got resolved over chat, so {day_of_h10} {clock_h10} with {person_h10} isn't needed. Could you drop it from my calendar? Cheers",
        false,
    ),
    t(
        "h14-describe-exams",
        "describe",
        "exams are killing me lol - what have i actually got {day_h9}?",
        false,
    ),
    t(
        "h14-task-jot-down",
        "task",
        "Back in the van between call-outs - jot down a task for me: {task_h9} {due_h9}, about {duration_h9}.",
        false,
    ),
    t(
        "h14-task-undertaken",
        "task",
        "Hi, for your records: I have undertaken to {task_h10} {due_h10}. Please enter it as a task, estimated at {duration_h10}. Thank you.",
        false,
    ),
    t(
        "h14-habit-chained-desk",
        "habit",
        "I've been chained to my desk and it shows. Please set up a recurring slot of {duration_h7} {frequency_h7} for me to {habit_verb_h7}.",
        false,
    ),
    t(
        "h15-find-candidate-slots",
        "find",
        "@kairos need to pair with {people_h7} on a flaky test {when_h7}{time_h7}, ~{duration_h7}. can you drop me a few candidate slots? i'll ping them on Slack myself, so no invites from you",
        false,
    ),
    t(
        "h15-find-raffle",
        "find",
        "I've been roped into running the raffle at the church bazaar and ought to go through the prizes with {people_h8}. Might I have {duration_h8} or so free {when_h8}{time_h8}? Please don't arrange anything yet - I'd rather ring them myself.",
        false,
    ),
    t(
        "h15-book-motorway",
        "book",
        "Hands-free on the motorway, bear with me: get {duration_h10} with {people_h10} on the books {when_h10}{time_h10} to go over the pipeline, and fire off the invite - don't wait for my OK.",
        false,
    ),
    t(
        "h15-book-diarise",
        "book",
        "Re: lease dispute - please diarise a {duration_adjective_h9} conference with {people_h9} {when_h9}{time_h9} and issue calendar invitations to all attendees. Privileged and confidential.",
        false,
    ),
    t(
        "h15-reschedule-shunt",
        "reschedule",
        "Theatre list has overrun - please shunt {day_of_move_h10} {clock_h10} with {person_h10} to {to_h10} and let them know.",
        false,
    ),
    t(
        "h15-cancel-ghosted",
        "cancel",
        "nah {day_of_h10} {clock_h10} with {person_h10} is not happening, they literally ghosted the group chat. yeet it off my calendar pls",
        false,
    ),
    t(
        "h15-describe-spoken-for",
        "describe",
        "Got offered a gig, so before I say yes - what's already spoken for {day_h7}?",
        false,
    ),
    t(
        "h15-task-chuck",
        "task",
        "Mate, chuck a to-do on my list for me: {task_h8} {due_h8}. Should be {duration_h8}, give or take.",
        false,
    ),
    t(
        "h15-habit-locking-in",
        "habit",
        "ok im actually locking in: {habit_verb_h7} {frequency_h7}, {duration_h7} each go. set it to repeat in my calendar so i can't flake",
        false,
    ),
    t(
        "h15-habit-suitcase",
        "habit",
        "Living out of a suitcase is wrecking my back, so I should {habit_verb_h10} {frequency_h10}, {duration_h10} or so. Have it recur in my calendar indefinitely.",
        false,
    ),
    t(
        "h16-find-scout-out",
        "find",
        "My gels are still running, so while I wait: could you scout out {duration_h9} {when_h9}{time_h9} to look over the assay data with {people_h9}? Just scouting - I'll send the invite myself.",
        false,
    ),
    t(
        "h16-find-runway-options",
        "find",
        "runway deep-dive w/ {people_h10}: {duration_terse_h10} {when_h10}{time_h10}. anything on my side that works? options only, i'll do the invite",
        false,
    ),
    t(
        "h16-book-firm-up",
        "book",
        "on my break behind the bar so quick: firm up {duration_h8} with {people_h8} {when_h8}{time_h8} for the menu tasting, and send them the invite pls",
        false,
    ),
    t(
        "h16-book-tee-up",
        "book",
        "Up on the scaffold and the signal's patchy, so briefly: tee up a {duration_adjective_h9} snagging walkthrough with {people_h9} {when_h9}{time_h9} and send out the invites.",
        false,
    ),
    t(
        "h16-reschedule-defer",
        "reschedule",
        "The main office is shut for a fire inspection, so I'm afraid {day_of_move_h9} {clock_h9} with {person_h9} has to be deferred to {to_h9}. Could you amend the calendar entry and let them know?",
        false,
    ),
    t(
        "h16-cancel-withdraw",
        "cancel",
        "Status update: the migration went live without a hitch, so the go/no-go call with {person_h8} {which_day_h8} at {clock_h8} is moot. Please withdraw the invite - we won't be holding it.",
        false,
    ),
    t(
        "h16-describe-where-i-stand",
        "describe",
        "Drawing up the invigilation rota and need to know where I stand. What fixed commitments do I have {day_h8}?",
        false,
    ),
    t(
        "h16-task-tracker",
        "task",
        "Between incubations - put this in my task tracker: I have to {task_h9} {due_h9}, and I'd budget {duration_h9} for it.",
        false,
    ),
    t(
        "h16-task-action-item",
        "task",
        "New action item, owner: me - {task_h10} {due_h10}. I've sized it at {duration_h10}. Please add it to my open items.",
        false,
    ),
    t(
        "h16-habit-ring-fence",
        "habit",
        "Need a hobby that isn't coffee, so I'm giving {habit_noun_h9} a go. Ring-fence {duration_h9} {frequency_h9} for it in my calendar, repeating with no end date.",
        false,
    ),
    t(
        "h17-find-spot-interview",
        "find",
        "Racing to file my piece, so quickly: can you spot {duration_h10} {when_h10}{time_h10} where I could interview {people_h10} for the story? Openings only, please - I'll reach out to them myself.",
        false,
    ),
    t(
        "h17-find-queue-up",
        "find",
        "gg that raid was brutal lol. wanna queue up w/ {people_h8} {when_h8}{time_h8} for like {duration_h8} - when am i actually free? dont put anything in the calendar yet, just gimme the windows",
        false,
    ),
    t(
        "h17-book-secure-interview",
        "book",
        "Hope you're well. Following the shortlisting, I would be grateful if you could secure a {duration_adjective_h9} interview with {people_h9} {when_h9}{time_h9} and forward them the calendar invitation on my behalf. Warm regards",
        false,
    ),
    t(
        "h17-book-call-huddle",
        "book",
        "Inbound freight is backed up at the yard, so I'm calling a {duration_adjective_h10} huddle with {people_h10} {when_h10}{time_h10} to re-plan the routes. Get it into my calendar and dispatch the invite to them.",
        false,
    ),
    t(
        "h17-reschedule-postpone",
        "reschedule",
        "Dispensary's short-staffed and I can't leave the counter - please postpone {day_of_move_h10} {clock_h10} with {person_h10} until {to_h10} and let them know why.",
        false,
    ),
    t(
        "h17-cancel-wipe",
        "cancel",
        "Working from home on a rush translation and the source text has just been withdrawn, so there's nothing left to go over at {day_of_h9} {clock_h9} meeting with {person_h9}. Please wipe it from my calendar.",
        false,
    ),
    t(
        "h17-describe-rundown",
        "describe",
        "Stuck in tech rehearsals with my headset on, so keep it short: give me the rundown of my engagements {day_h7}.",
        false,
    ),
    t(
        "h17-task-park",
        "task",
        "Elbow-deep in dough, so I'm dictating: I still have to {task_h9} {due_h9}. Park that with my other to-dos, would you? Call it {duration_h9} of work.",
        false,
    ),
    t(
        "h17-habit-resolving",
        "habit",
        "Driving a rig for a living has left my back in knots, so I'm resolving to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} apiece. Could you weave that into my calendar as something that recurs?",
        false,
    ),
    t(
        "h17-habit-earmark",
        "habit",
        "Since I started working the phones at the call centre, my step count has cratered. Would you earmark {duration_h8} {frequency_h8} for me to {habit_verb_h8}, and keep it repeating until I say stop?",
        false,
    ),
    t(
        "h18-find-before-boarding",
        "find",
        "Gate's just opened and I'll be offline for the whole flight, so have some options waiting for me: where could {duration_h7} with {people_h7} fit {when_h7}{time_h7}? Hold off on any invites until I've landed.",
        false,
    ),
    t(
        "h18-find-descant",
        "find",
        "The carol concert arrangement still needs work, so: is there a {duration_adjective_h8} stretch {when_h8}{time_h8} where I could run through the descant with {people_h8}? Just tell me what's free - I'll send the invitation myself once they've said yes.",
        false,
    ),
    t(
        "h18-book-calendar-walkthrough",
        "book",
        "The venue has sent over a revised floor plan, so please calendar a {duration_adjective_h9} walk-through with {people_h9} {when_h9}{time_h9} and have the invitation sent to them.",
        false,
    ),
    t(
        "h18-book-ink-in",
        "book",
        "Under a sink with a leaking trap, so this'll be brief: ink in {duration_h10} with {people_h10} {when_h10}{time_h10} to go over the bathroom refit quote, and ping them the invite.",
        false,
    ),
    t(
        "h18-reschedule-push-back",
        "reschedule",
        "My thesis corrections just came back and they're brutal, so I'd like to push back {day_of_h7} {clock_h7} meeting with {person_h7} to {to_h7}. Can you update the entry and give them the new time?",
        false,
    ),
    t(
        "h18-cancel-scratch",
        "cancel",
        "The organ's out for repairs, which makes the run-through with {person_h6} {which_day_h6} at {clock_h6} pointless. Please scratch it from my calendar.",
        false,
    ),
    t(
        "h18-describe-how-packed",
        "describe",
        "A festival wants me to DJ, so let me check first: how packed is my diary {day_h6}?",
        false,
    ),
    t(
        "h18-task-file-under",
        "task",
        "Editing photos till my eyes hurt, but one more for the list: I've got to {task_h6}, and I need it done {due_h6}. It should take {duration_h6}. Can you file that under my tasks?",
        false,
    ),
    t(
        "h18-habit-clawing-back",
        "habit",
        "The thesis has swallowed my whole life, so I'm clawing some of it back for {habit_noun_h4}: {frequency_h4}, {duration_h4} at a stretch. Could you make that a repeating entry in my calendar?",
        false,
    ),
    t(
        "h18-habit-made-up-my-mind",
        "habit",
        "Sitting at a reception desk for a living has left me stiff and restless, so I've made up my mind to {habit_verb_h3} {frequency_h3}. Give it {duration} a time, and keep it recurring in my calendar.",
        false,
    ),
    t(
        "h19-find-empty-hours",
        "find",
        "Good day, I ask you to look in my calendar which hours are still empty {when_h9}{time_h9}. I want to discuss the contract with {people_h9} during {duration_h9}. Please tell me only the free hours, the invitation I will send it myself.",
        false,
    ),
    t(
        "h19-find-hole-in-schedule",
        "find",
        "ngl me and {classmates_h6} havent even started the history presentation 💀 is there a hole in my schedule {when_h6}{time_h6} where we could grind it out? itll take us {duration_h6}. dont add it yet tho, just tryna see what's free",
        false,
    ),
    t(
        "h19-book-allocate-briefing",
        "book",
        "In light of the acquisition announcement, please allocate calendar time for a {duration_adjective_h10} briefing with {people_h10} {when_h10}{time_h10} and extend the invitation to them accordingly. Many thanks.",
        false,
    ),
    t(
        "h19-book-voice-put-me-down",
        "book",
        "right okay put me down in the calendar with {people_voice_h5} for {duration_voice_h5} {when_voice_h5}{time_voice_h5} because we still have to polish the grant application and yeah have an invitation go out to them as well cheers",
        false,
    ),
    t(
        "h19-reschedule-switch-med-round",
        "reschedule",
        "doing the med round, cant stop - can u switch {day_of_move_h10} {clock_h10} w/ {person_h10} to {to_h10} & make sure they know? ta",
        false,
    ),
    t(
        "h19-reschedule-reshuffle-garage",
        "reschedule",
        "So my car failed its MOT on the way back from the tip, the garage's only free appointment lands right on top of {day_of_move_h9} {clock_h9} with {person_h9}, and I can't exactly walk there. Could you reshuffle ours to {to_h9} and drop them a line about it?",
        false,
    ),
    t(
        "h19-cancel-cross-out",
        "cancel",
        "Hello, it's me again. My hip is playing up and I shan't manage the trip into town, so I won't be going to {day_of_h10} {clock_h10} appointment with {person_h10}. Would you be a dear and cross it out of my calendar? Thank you ever so much.",
        false,
    ),
    t(
        "h19-describe-full-picture",
        "describe",
        "Up to my ears in wedding seating charts, so give me the full picture: what's sitting in my calendar {day_h9}?",
        false,
    ),
    t(
        "h19-task-capture",
        "task",
        "With the restructure, all sorts of admin has landed on my desk, and now it falls to me to {task_h7} {due_h7}. Could you capture that as a task? I'd guess about {duration_h7} of effort.",
        false,
    ),
    t(
        "h19-habit-pick-up",
        "habit",
        "Since retiring I've got time on my hands, so I'd love to pick up {habit_noun_h9}. Could you schedule {duration_h9} {frequency_h9} for it in my calendar, on an ongoing basis?",
        false,
    ),
    t(
        "h20-find-front-desk",
        "find",
        "Front desk here, with the lobby full and the phones ringing, so I can't look for myself: would {duration_h10} with {people_h10} fit anywhere {when_h10}{time_h10}? It's about the banqueting contract. Don't hold anything or send out an invitation - report back with whatever is free and I'll take it from there.",
        false,
    ),
    t(
        "h20-find-touchline",
        "find",
        "coach here, on the touchline so typing fast. want {duration_h5} w {people_h5} {when_terse_h5} to break down the match video - which times am i clear?? nothing goes out from u, ill text them myself once i know",
        false,
    ),
    t(
        "h20-book-convene",
        "book",
        "Matter: boundary dispute (without prejudice). Please convene a {duration_adjective_h8} consultation with {people_h8} {when_h8}{time_h8}, enter it in my calendar and cause invitations to be served on each attendee. Yours faithfully",
        false,
    ),
    t(
        "h20-book-plonk",
        "book",
        "In the school car park keeping an eye on the gate, so quickly: plonk {duration_h9} with {people_h9} in my calendar {when_h9}{time_h9} and get the invite off to them. I'll juggle the pick-ups around it.",
        false,
    ),
    t(
        "h20-reschedule-displace",
        "reschedule",
        "Hello, excuse my english. For {day_of_move_h9} {clock_h9} meeting with {person_h9} I have now a conflict. It is possible to displace it to {to_h9}? And please you advise them about the change. Thank you very much.",
        false,
    ),
    t(
        "h20-reschedule-nudge",
        "reschedule",
        "Scrubbed in with a spaniel on the table and it's not going to plan, so please nudge {day_of_h7} {clock_h7} meeting with {person_h7} along to {to_h7} and let them know I'm sorry.",
        false,
    ),
    t(
        "h20-cancel-write-off",
        "cancel",
        "Got a ewe struggling in the lambing shed and I can't leave her, so {day_of_h5} {clock_h5} with {person_h5} is a write-off. Bin it, would you? We'll settle the feed order over the phone.",
        false,
    ),
    t(
        "h20-describe-rattle-off",
        "describe",
        "The group's gone into the cathedral and I've got a breather by the coach: rattle off the meetings I've got {day_h10}.",
        false,
    ),
    t(
        "h20-task-jobs-list",
        "task",
        "Got a client under the dryer, so while the foils set, whack this on my jobs list: {task_h8} {due_h8}. I'd say {duration_h8} or thereabouts.",
        false,
    ),
    t(
        "h20-habit-cron",
        "habit",
        "/kairos been shipping code nonstop and my body is filing bug reports lol. new recurring job pls: {habit_verb_h8} {frequency_h8}, {duration_h8} per run. cron it into my calendar, recurring until further notice",
        false,
    ),
    t(
        "h21-find-look-for-a-time",
        "find",
        "Hi, could you look for a time {when_h10}{time_h10} when I can meet {people_h10} for {duration_h10}? Don't book it yet, I just want to see what's available.",
        false,
    ),
    t(
        "h21-find-plan-ahead",
        "find",
        "Trying to plan ahead: do I have {duration_h9} open {when_h9}{time_h9} for a meeting with {people_h9}? No need to book anything yet.",
        false,
    ),
    t(
        "h21-book-please-book",
        "book",
        "Please book a {duration_adjective_h8} meeting with {people_h8} {when_h8}{time_h8} and make sure they get the invite.",
        false,
    ),
    t(
        "h21-book-off-the-phone",
        "book",
        "Just got off the phone with {people_h10} - can you book us in for {duration_h10} {when_h10}{time_h10} and send the invite?",
        false,
    ),
    t(
        "h21-reschedule-make-it",
        "reschedule",
        "I need to move {day_of_move_h9} {clock_h9} with {person_h9} - could you make it {to_h9} instead?",
        false,
    ),
    t(
        "h21-reschedule-sorry-to-do-this",
        "reschedule",
        "Sorry to do this, but can {day_of_move_h10} {clock_h10} with {person_h10} be moved to {to_h10}? Please update the invite.",
        false,
    ),
    t(
        "h21-cancel-my-meeting",
        "cancel",
        "Please cancel my meeting with {person_h9} {which_day_h8} at {clock_h8}. Thanks!",
        false,
    ),
    t(
        "h21-describe-overview",
        "describe",
        "Hi, could you give me a quick overview of my meetings {day_h10}?",
        false,
    ),
    t(
        "h21-task-remember",
        "task",
        "Could you add a task so I remember to {task_h8} {due_h8}? I'll need about {duration_h8} for it.",
        false,
    ),
    t(
        "h21-habit-make-time",
        "habit",
        "I'd like to make time for {habit_noun_h9} - could you block out {duration_h9} {frequency_h9} as a recurring event?",
        false,
    ),
    t(
        "h22-find-free-periods",
        "find",
        "Which of my free periods {when_h10}{time_h10} are long enough for {duration_h10} with {people_h10}? I'm only looking for now - nothing needs to be booked.",
        false,
    ),
    t(
        "h22-find-doable",
        "find",
        "Drafting a proposal, so quick question: would {duration_h9} with {people_h9} be doable {when_h9}{time_h9}? Only tell me what's free for now; I'm not putting anything in the calendar yet.",
        false,
    ),
    t(
        "h22-book-appointment-email",
        "book",
        "Please schedule {people_h8} for a {duration_adjective_h8} appointment {when_h8}{time_h8} and email them the invite.",
        false,
    ),
    t(
        "h22-book-me-in",
        "book",
        "Book me in with {people_h10} for {duration_h10} {when_h10}{time_h10}, and send the invite to them, please.",
        false,
    ),
    t(
        "h22-reschedule-exam-clash",
        "reschedule",
        "Could you move {day_of_move_h9} {clock_h9} with {person_h9} to {to_h9}? My exam timetable just came out and there's a clash. Please tell them as well.",
        false,
    ),
    t(
        "h22-reschedule-interview",
        "reschedule",
        "Recruiting update: {day_of_move_h10} {clock_h10} interview with {person_h10} doesn't work for them anymore. Please reschedule it for {to_h10} and let them know.",
        false,
    ),
    t(
        "h22-cancel-rang",
        "cancel",
        "{person_h10} rang to say they can't come in, so please cancel {day_of_h10} {clock_h10} with them.",
        false,
    ),
    t(
        "h22-describe-list-everything",
        "describe",
        "Can you list everything that's in my calendar {day_h10}?",
        false,
    ),
    t(
        "h22-task-save",
        "task",
        "I have to {task_h10} {due_h10}. It'll probably take {duration_h10} - can you save it as a task?",
        false,
    ),
    t(
        "h22-habit-sessions",
        "habit",
        "I'd like to start a new habit: {habit_verb_h10} {frequency_h10}, in sessions of {duration_habit_h10}. Can you add it to my calendar so it keeps repeating?",
        false,
    ),
    t(
        "h23-find-hoping-to-get",
        "find",
        "I'm hoping to get {duration_h10} with {people_h10} {when_h10}{time_h10} - what are my free slots? Nothing needs booking yet, I'll check with them first.",
        false,
    ),
    t(
        "h23-find-client-pitch",
        "find",
        "Working on a client pitch. Where do I have room {when_h9}{time_h9} for {duration_h9} with {people_h9}? Don't book anything; I just need to see the gaps.",
        false,
    ),
    t(
        "h23-book-deposition-call",
        "book",
        "Put a {duration_adjective_h9} call with {people_h9} on the calendar {when_h9}{time_h9} and send them an invite - it's about the deposition.",
        false,
    ),
    t(
        "h23-book-code-review",
        "book",
        "Can you schedule a code review with {people_h10} {when_h10}{time_h10}? We'll need {duration_h10}, and please send them the invite.",
        false,
    ),
    t(
        "h23-reschedule-shifts-changed",
        "reschedule",
        "My shifts got changed, so {day_of_move_h10} {clock_h10} with {person_h10} needs moving to {to_h10}. Could you update it and tell them?",
        false,
    ),
    t(
        "h23-reschedule-move-up",
        "reschedule",
        "Could you move {day_of_late_h4} {clock_h4} with {person_h4} up to {to_earlier_h4}? We're ready earlier than planned.",
        false,
    ),
    t(
        "h23-cancel-called-off",
        "cancel",
        "Could you take {day_of_h10} {clock_h10} with {person_h10} out of my calendar? It's been called off.",
        false,
    ),
    t(
        "h23-describe-run-me-through",
        "describe",
        "Can you run me through my schedule {day_h10}?",
        false,
    ),
    t(
        "h23-task-add-this",
        "task",
        "Please add this to my tasks: {task_h7} {due_h7}. It needs about {duration_h7}.",
        false,
    ),
    t(
        "h23-habit-schedule-time",
        "habit",
        "Please schedule time for me to {habit_verb_h5} {frequency_h5}, roughly {duration_h5} each time. It should keep repeating.",
        false,
    ),
    t(
        "h24-find-available-times",
        "find",
        "Prepping for a contract renewal. What times do I have available {when_h10}{time_h10} for {duration_h10} with {people_h10}? Don't send any invites yet.",
        false,
    ),
    t(
        "h24-find-looking-for",
        "find",
        "I'm looking for {duration_h9} {when_h9}{time_h9} to talk to {people_h9} about the fundraiser. What do I have free? Just show me the options; I'll arrange it with them myself.",
        false,
    ),
    t(
        "h24-book-planning-drawings",
        "book",
        "I'd like to review the planning drawings with {people_h9} {when_h9}{time_h9}. Please book {duration_h9} for it and send them an invitation.",
        false,
    ),
    t(
        "h24-book-create-meeting",
        "book",
        "Please create a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} and invite them - it's for planning the office refurbishment.",
        false,
    ),
    t(
        "h24-reschedule-training-course",
        "reschedule",
        "I'm on a training course then, so could you reschedule {day_of_move_h9} {clock_h9} with {person_h9} to {to_h9}? Please let them know too.",
        false,
    ),
    t(
        "h24-reschedule-cover-lesson",
        "reschedule",
        "Could {day_of_h8} {clock_h8} with {person_h8} be held {to_h8} instead? I've been given a cover lesson. Please send them the updated invite.",
        false,
    ),
    t(
        "h24-cancel-on-hold",
        "cancel",
        "Can you cancel {day_of_h10} {clock_h10} with {person_h10}? The project's on hold, so we've nothing to discuss. Please send them a quick note.",
        false,
    ),
    t(
        "h24-describe-coming-up",
        "describe",
        "What have I got coming up {day_h10}?",
        false,
    ),
    t(
        "h24-task-to-dos",
        "task",
        "Add to my to-dos: {task_h5} {due_h5}. It'll take roughly {duration_h5}.",
        false,
    ),
    t(
        "h24-habit-recurring-spot",
        "habit",
        "My plan is to {habit_verb_h7} {frequency_h7}. Can you give it a recurring spot in my calendar, {duration_h7} each session?",
        false,
    ),
    t(
        "h25-find-staff-survey",
        "find",
        "What free time do I have {when_h10}{time_h10} for going through the staff survey results with {people_h10}? I think {duration_h10} will do. Don't schedule it yet - I'd like to pick the time myself.",
        false,
    ),
    t(
        "h25-find-records-system",
        "find",
        "Phones have finally gone quiet at the surgery. I'd like to take {duration_h9} {when_h9}{time_h9} to show {people_h9} the new patient-records system - when am I available? Just list the times, I'll do the inviting.",
        false,
    ),
    t(
        "h25-book-housing-interview",
        "book",
        "I'm interviewing {people_h10} {when_h10}{time_h10} for my piece on housing - please put a {duration_adjective_h10} slot in my calendar and send them an invite.",
        false,
    ),
    t(
        "h25-book-stocktake",
        "book",
        "Get {duration_h8} with {people_h8} into the calendar {when_h8}{time_h8} so we can plan the stocktake, and send the invites out.",
        false,
    ),
    t(
        "h25-reschedule-cup-fixture",
        "reschedule",
        "The cup fixture overlaps {day_of_move_h9} {clock_h9} with {person_h9}. Please move that meeting to {to_h9} and tell them about the change.",
        false,
    ),
    t(
        "h25-reschedule-lab-results",
        "reschedule",
        "The lab results aren't in yet, so please put {day_of_move_h10} {clock_h10} with {person_h10} back to {to_h10} and explain the delay to them.",
        false,
    ),
    t(
        "h25-cancel-vacancy-filled",
        "cancel",
        "Please cancel {day_of_h9} {clock_h9} interview with {person_h9} and let them know the vacancy has been filled.",
        false,
    ),
    t(
        "h25-describe-committed",
        "describe",
        "Weighing up a new project - which meetings am I committed to {day_h10}?",
        false,
    ),
    t(
        "h25-task-put-in",
        "task",
        "Put a task in for me: {task_h9} {due_h9}. It's a {duration_adjective_h9} job.",
        false,
    ),
    t(
        "h25-habit-get-serious",
        "habit",
        "I want to get serious about {habit_noun_h6}. Please add {duration_h6} {frequency_h6} to my calendar as a recurring habit.",
        false,
    ),
    t(
        "h26-find-module-feedback",
        "find",
        "I'd like to go over the module feedback with {people_h10} {when_h10}{time_h10}. Which slots could take {duration_h10}? Leave the calendar untouched for now.",
        false,
    ),
    t(
        "h26-find-coat-collection",
        "find",
        "Looking for a {duration_adjective_h7} slot {when_h7}{time_h7} to plan the coat collection with {people_h7}. What are my choices? No invites yet, please.",
        false,
    ),
    t(
        "h26-book-seating-plan",
        "book",
        "Centrepieces are finally sorted, so on to the seating plan: please book a sit-down with {people_h8} {when_h8}{time_h8} for {duration_h8} and send them an invite.",
        false,
    ),
    t(
        "h26-book-roadmap-review",
        "book",
        "Let's get a {duration_adjective_h10} roadmap review with {people_h10} in the calendar {when_h10}{time_h10} - and make sure they're invited.",
        false,
    ),
    t(
        "h26-reschedule-flu-clinic",
        "reschedule",
        "I need {day_of_move_h10} {clock_h10} with {person_h10} rescheduled to {to_h10}, as I'm covering the flu clinic. Please pass the new time on to them.",
        false,
    ),
    t(
        "h26-reschedule-invigilating",
        "reschedule",
        "Can we move {day_of_h7} {clock_h7} tutorial with {person_h7} to {to_h7}? I'm invigilating an exam then. Please make sure they get the new details.",
        false,
    ),
    t(
        "h26-cancel-flat-let",
        "cancel",
        "The flat's been let, so I won't be needing {day_of_h10} {clock_h10} viewing with {person_h10}. Please cancel it.",
        false,
    ),
    t(
        "h26-describe-childcare",
        "describe",
        "Which appointments do I have {day_h9}? I'm trying to sort out childcare.",
        false,
    ),
    t(
        "h26-task-to-do-list",
        "task",
        "One for the to-do list, please: {task_h10} {due_h10}, and it'll need {duration_h10} or so.",
        false,
    ),
    t(
        "h26-habit-keep-promising",
        "habit",
        "I keep promising myself I'll {habit_verb_h8} and then never get round to it. Could you put {duration_h8} {frequency_h8} in my calendar for it and keep it repeating?",
        false,
    ),
    t(
        "h27-find-renewal-call",
        "find",
        "Can you tell me when I'm free {when_h10}{time_h10} for a {duration_adjective_h10} renewal call with {people_h10}? I'll set it up myself once I've picked a time.",
        false,
    ),
    t(
        "h27-find-dashboard-figures",
        "find",
        "Is there {duration_h9} free in my calendar {when_h9}{time_h9} to check the dashboard figures with {people_h9}? I only need to know what's possible - no booking.",
        false,
    ),
    t(
        "h27-book-dental-referrals",
        "book",
        "The waiting room's empty for once, so: {duration_h10} with {people_h10} {when_h10}{time_h10} about the dental referrals - please book it and send them an invite.",
        false,
    ),
    t(
        "h27-book-uniform-order",
        "book",
        "{people_h7} asked to come in about the uniform order. Please book them in for {duration_h7} {when_h7}{time_h7} and send the invite.",
        false,
    ),
    t(
        "h27-reschedule-translation",
        "reschedule",
        "Can {day_of_move_h10} {clock_h10} with {person_h10} go to {to_h10} instead? I'm finishing a translation for a client. Please tell them.",
        false,
    ),
    t(
        "h27-reschedule-club-accounts",
        "reschedule",
        "The club accounts won't be ready in time, so please move {day_of_move_h9} {clock_h9} meeting with {person_h9} to {to_h9} and send them the new time.",
        false,
    ),
    t(
        "h27-cancel-settled-by-phone",
        "cancel",
        "Please delete {day_of_h10} {clock_h10} with {person_h10} from my calendar; we settled it by phone.",
        false,
    ),
    t(
        "h27-describe-calendar-say",
        "describe",
        "What does my calendar say {day_h8}?",
        false,
    ),
    t(
        "h27-task-task-list",
        "task",
        "Something for my task list: {task_h7} {due_h7}. Roughly {duration_h7}.",
        false,
    ),
    t(
        "h27-habit-enough-each-time",
        "habit",
        "Please set up a habit so I {habit_verb_h5} {frequency_h5} - {duration_h5} is enough each time.",
        false,
    ),
    t(
        "h28-find-staffing-plan",
        "find",
        "I'd like {duration_h10} with {people_h10} to review the warehouse staffing plan. Is anything free {when_h10}{time_h10}? Only looking at this stage, so don't book it.",
        false,
    ),
    t(
        "h28-find-planting-plan",
        "find",
        "Rained off on site, so catching up on admin. I want to go over the planting plan with {people_h9} {when_h9}{time_h9}, for about {duration_h9} - which parts of my calendar are clear for that? Don't book anything yet.",
        false,
    ),
    t(
        "h28-book-mortgage-review",
        "book",
        "Please book {duration_h10} {when_h10}{time_h10} for a mortgage review with {people_h10} and send them an invite.",
        false,
    ),
    t(
        "h28-book-vpn-access",
        "book",
        "Please schedule a {duration_adjective_h8} session with {people_h8} {when_h8}{time_h8} to get their VPN access sorted, and send them an invitation.",
        false,
    ),
    t(
        "h28-reschedule-delivery",
        "reschedule",
        "Called out to a delivery, so please rebook {day_of_move_h10} {clock_h10} with {person_h10} for {to_h10} and tell them why.",
        false,
    ),
    t(
        "h28-reschedule-launch-copy",
        "reschedule",
        "Can {day_of_h7} {clock_h7} with {person_h7} wait until {to_h7}? I'm behind on the launch copy. Please move it and let them know.",
        false,
    ),
    t(
        "h28-cancel-another-supplier",
        "cancel",
        "Can you call off {day_of_h9} {clock_h9} with {person_h9}? They've gone with another supplier.",
        false,
    ),
    t(
        "h28-describe-cover-shift",
        "describe",
        "What's on my schedule {day_h9}? A colleague has asked me to cover a shift.",
        false,
    ),
    t(
        "h28-task-should-cover",
        "task",
        "Set up a task for me to {task_h10} {due_h10}; {duration_h10} should cover it.",
        false,
    ),
    t(
        "h28-habit-keen-to",
        "habit",
        "I'm keen to {habit_verb_h7} {frequency_h7}. Could you make it a repeating habit in my calendar, about {duration_h7} long?",
        false,
    ),
    t(
        "h29-find-stock-count",
        "find",
        "{people_and_i_h10} and I still owe the auditors an answer on the stock count. Is there a gap of {duration_h10} {when_h10}{time_h10} when we could sit down together? I'm only scoping it out - keep the calendar as it is for now.",
        false,
    ),
    t(
        "h29-find-supplier-invoices",
        "find",
        "Lunch service is in full swing, so I'm typing one-handed. I need to go through the supplier invoices with {people_h7}, and {duration_h7} should do it. Where's there space for that {when_h7}{time_h7}? Don't commit me to anything - I'll square it with them myself.",
        false,
    ),
    t(
        "h29-book-flood-claim",
        "book",
        "Right, the insurer has finally approved the flood claim. Go ahead and lock in {duration_h10} with {people_h10} {when_h10}{time_h10} to agree when the repairs start, and send the invitation their way.",
        false,
    ),
    t(
        "h29-book-key-handover",
        "book",
        "Good morning! Is it possible that you arrange a {duration_adjective_h9} meeting with {people_h9} {when_h9}{time_h9} for the handover of the keys? Please write it in my agenda and send to them the invitation. Many thanks in advance.",
        false,
    ),
    t(
        "h29-reschedule-crane-hire",
        "reschedule",
        "Bit of a domino effect here: the crane hire has been pushed back, so {day_of_move_h10} {clock_h10} with {person_h10} has to shift to {to_h10}. Would you move it over and let them know it's the crane's fault, not mine?",
        false,
    ),
    t(
        "h29-reschedule-chickenpox",
        "reschedule",
        "My son's come down with chickenpox and I'm stuck at home with him. Rather than {day_of_h8} {clock_h8} with {person_h8}, could we do it {to_h8}? Please update it and let them know what's happened.",
        false,
    ),
    t(
        "h29-cancel-broken-wrist",
        "cancel",
        "Our drummer has gone and broken his wrist, so the recordings are off. Please drop {day_of_h10} {clock_h10} session with {person_h10} from the calendar for good - it won't be rescheduled.",
        false,
    ),
    t(
        "h29-describe-paint-flat",
        "describe",
        "My sister wants a hand painting her new flat. Before I say yes, what's already in my diary {day_h10}?",
        false,
    ),
    t(
        "h29-task-one-person-job",
        "task",
        "My line manager has landed another one on me: I need to {task_h10} {due_h10}. It's a one-person job, so just add it to my tasks and block off {duration_h10} to get it done.",
        false,
    ),
    t(
        "h29-habit-sewing-machine",
        "habit",
        "Years of hunching over a sewing machine have done my back no favours, and the GP reckons I'd do well to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per stint. Could you put that in my calendar as a repeating block, open-ended?",
        false,
    ),
    t(
        "h30-find-dispatch-desk",
        "find",
        "All my lorries are out on the road, so I've got a breather at the dispatch desk. I want to rework the delivery rounds with {people_h10} - {duration_h10} ought to cover it. Can that go in {when_h10}{time_h10} without clashing with anything I've already got? Just tell me when it could go - I'll radio them myself, so don't book or send anything.",
        false,
    ),
    t(
        "h30-find-reviewer-comments",
        "find",
        "Hello, I am PhD student and I must discuss the reviewer comments on my paper with {people_h9}. Is it realistic to find {duration_h9} {when_h9}{time_h9}, or my calendar is too full? Please only check and tell me the free moments. I don't want that you reserve something or send an invitation yet.",
        false,
    ),
    t(
        "h30-book-stylist-rota",
        "book",
        "Mid blow-dry, so excuse the typos: {people_and_i_h10} and I are going over the new stylist rota {when_h10}{time_h10}. Bung {duration_h10} in my calendar for it and send them an invite, ta.",
        false,
    ),
    t(
        "h30-book-fencing-grant",
        "book",
        "Cows are milked and I've finally got signal up on the top field, so: could you sort out a {duration_adjective_h8} meeting with {people_h8} {when_h8}{time_h8} about the fencing grant? Get it written into the calendar and let them have an invitation.",
        false,
    ),
    t(
        "h30-reschedule-re-diarise",
        "reschedule",
        "Completion on the house sale has slipped, so please re-diarise {day_of_move_h10} {clock_h10} with {person_h10} for {to_h10} and notify them of the change.",
        false,
    ),
    t(
        "h30-reschedule-punt",
        "reschedule",
        "we're in crunch for the milestone build so i've gotta punt {day_of_move_h9} {clock_h9} w/ {person_h9} to {to_h9} - can u update the invite so they get the new time?",
        false,
    ),
    t(
        "h30-cancel-pull-the-plug",
        "cancel",
        "On the till with a queue out the door, so quickly: the new grinder turned up early, which makes {day_of_h10} {clock_h10} with {person_h10} about choosing one pointless. Pull the plug on it, would you?",
        false,
    ),
    t(
        "h30-describe-night-shifts",
        "describe",
        "Just off a run of night shifts and my head's like cotton wool. Could you fill me in on what I've got booked in {day_h10}? No changes, I only need to hear what's there.",
        false,
    ),
    t(
        "h30-task-edit-suite",
        "task",
        "Still stuck in the edit suite, but before I forget: this one's all mine, nobody to rope in - I'm to {task_h10} {due_h10}. Make a to-do of it, would you? Figure on {duration_h10} of heads-down time.",
        false,
    ),
    t(
        "h30-habit-drawing-board",
        "habit",
        "Architecture is murder on the shoulders, and the osteopath's advice was to {habit_verb_h10} {frequency_h10}, in blocks of {duration_habit_h10}. Could you bake that into my calendar so it recurs without me having to ask again?",
        false,
    ),
    t(
        "h31-find-flu-jab-clinic",
        "find",
        "Quiet spell behind the dispensary counter, so a quick one. I'm meant to plan the flu-jab clinic with {people_h10}, and I'd budget {duration_h10} for it. Have I got a window for that {when_h10}{time_h10}? Purely a look-see for now - nothing gets booked and nobody gets invited.",
        false,
    ),
    t(
        "h31-find-glossary",
        "find",
        "{people_and_i_h10} and I must agree the terminology for a technical manual which I am translating. Can you look if there is {duration_h10} free for us {when_h10}{time_h10}? It is only for my information, so please do not put anything in the calendar and do not send invitations.",
        false,
    ),
    t(
        "h31-book-standby-roster",
        "book",
        "Crew scheduling here - the new timetable has thrown the standby roster into chaos. Set up {duration_h10} with {people_h10} {when_h10}{time_h10} so we can untangle it, and get the invites out to them.",
        false,
    ),
    t(
        "h31-book-fitness-assessment",
        "book",
        "Between clients at the gym. Could you put a {duration_adjective_h10} fitness assessment with {people_h10} in the diary {when_h10}{time_h10} and email the invite over to them? Cheers.",
        false,
    ),
    t(
        "h31-reschedule-tech-overrun",
        "reschedule",
        "Tech rehearsal's overrunning and I'm stuck on the prompt desk calling cues. Could you re-slot {day_of_move_h10} {clock_h10} with {person_h10} into {to_h10} and send them the updated invite?",
        false,
    ),
    t(
        "h31-reschedule-mail-outage",
        "reschedule",
        "The mail server's down and the whole helpdesk is firefighting, so I can't do {day_of_move_h10} {clock_h10} with {person_h10} after all. Please drag it over to {to_h10} and let them know about the outage.",
        false,
    ),
    t(
        "h31-cancel-club-wound-up",
        "cancel",
        "Committee news: the members have voted to wind the club up, so there's no point in {day_of_h10} {clock_h10} with {person_h10} any more. Please take it out of my calendar altogether and let them know it's off - it won't be happening at a later date either.",
        false,
    ),
    t(
        "h31-describe-pressing-done",
        "describe",
        "The pressing's finally done at the winery and I've lost track of everything else. What have I committed to {day_h10}? Don't touch anything, I only want the list.",
        false,
    ),
    t(
        "h31-task-carve-out",
        "task",
        "Site office here. Head office has lumbered me with some paperwork: I've got to {task_h10} {due_h10}. Nobody else is involved, so just stick it on my to-do list and carve out {duration_h10} for me to crack on with it.",
        false,
    ),
    t(
        "h31-habit-chiropractor",
        "habit",
        "Now the kids are back at school I finally get a bit of time to myself, and the chiropractor wants me to {habit_verb_h10} {frequency_h10}, keeping each one to {duration_habit_h10}. Can you set that up as a standing fixture in my calendar that keeps repeating?",
        false,
    ),
    t(
        "h32-find-loan-condition-reports",
        "find",
        "I'm the registrar preparing the incoming loans for the new exhibition, and I shall need to go through the condition reports with {people_h10}. Before anyone is approached, would you survey my calendar {when_h10}{time_h10} and tell me which stretches could hold {duration_h10}? Please leave the calendar exactly as it is and send nothing.",
        false,
    ),
    t(
        "h32-find-otter-enrichment",
        "find",
        "hosing out the otter pool so typing w/ one thumb - me + {people_h10} gotta rethink the enrichment plan, {duration_terse_h10} max, {when_h10}{time_h10}. am i actually free for that anywhere?? just lmk, dont stick anything in the cal or ping them",
        false,
    ),
    t(
        "h32-find-wine-list-tasting",
        "find",
        "{people_and_i_h10} and I are overhauling the wine list before the new menu launches. Could my calendar stretch to {duration_h10} {when_h10}{time_h10} so we can taste through the samples? Tell me which times would work - I'm only sounding things out, so don't reserve anything or contact anyone.",
        false,
    ),
    t(
        "h32-book-dig-site-meeting",
        "book",
        "Dig director here. Following the geophysics results from the north field, a {duration_adjective_h10} site meeting with {people_h10} is needed {when_h10}{time_h10}. Please reserve the time in my calendar and see that an invitation reaches them.",
        false,
    ),
    t(
        "h32-book-commit-flash-sheet",
        "book",
        "Between sittings at the tattoo studio and my hands are gloved, so briefly: commit {duration_h10} {when_h10}{time_h10} to going over the new flash sheet with {people_h10}. Put it straight in - no need to run options past me - and get the invite to them.",
        false,
    ),
    t(
        "h32-book-shook-on-it",
        "book",
        "{people_and_i_h10} and I shook on it: {duration_terse_h10} {when_h10}{time_h10} to debrief the sea trial. make it an event in my cal + send them the invite, no need to check back w/ me",
        false,
    ),
    t(
        "h32-reschedule-jury-service",
        "reschedule",
        "Apologies for the short notice: I've been summoned for jury service, which knocks out {day_of_move_h10} {clock_h10} with {person_h10}. Would you kindly transfer it to {to_h10} and send them a revised invitation?",
        false,
    ),
    t(
        "h32-reschedule-ferry-gales",
        "reschedule",
        "no ferries running cos of the gales so im stuck on the island - can u bounce {day_of_move_h10} {clock_h10} w/ {person_h10} to {to_h10}? give them a shout so they dont turn up at the old time",
        false,
    ),
    t(
        "h32-cancel-bureau-withdrawn",
        "cancel",
        "Saleroom news: the vendor has withdrawn the Georgian bureau from the sale, so there's nothing left for me to value. Please ditch {day_of_h10} {clock_h10}, the one with {person_h10} about the bureau - it won't be rearranged, it simply isn't needed any more.",
        false,
    ),
    t(
        "h32-task-on-the-hook",
        "task",
        "Cloud has rolled in over the observatory, so the telescope's idle and I can finally face the admin. I'm on the hook to {task_h10}, and it has to be done {due_h10}. Please make it a task for me - I'd reckon on {duration_h10} of work.",
        false,
    ),
    t(
        "h33-find-queen-rearing",
        "find",
        "Dictating from inside a bee suit at the apiary, so bear with me. Queen-rearing season needs planning with {people_h10}, and we'd want {duration_h10}. Could it be fitted in {when_h10}{time_h10}, and if so, when? I'm only asking - don't pencil anything in and don't contact them.",
        false,
    ),
    t(
        "h33-find-mooring-fees",
        "find",
        "With the fishing fleet out and the harbour office quiet, I should be grateful if you would establish whether I could spare {duration_h10} {when_h10}{time_h10} to review the mooring fees with {people_h10}. Kindly report the available times only; nothing is to be entered in the calendar and no invitation issued at this stage.",
        false,
    ),
    t(
        "h33-find-roof-survey",
        "find",
        "flying the drone for a roof survey so eyes glued to the screen - got a {duration_adjective_h10} catch-up w/ {people_h10} to fit in {when_h10}{time_h10}, where could it land? lmk the gaps only, dont lock anything in or send invites",
        false,
    ),
    t(
        "h33-book-bridge-corrosion",
        "book",
        "Please enter a {duration_adjective_h10} meeting with {people_h10} in my calendar {when_h10}{time_h10} and make sure they receive an invitation. The inspection of the river bridge found corrosion on the piers, and the repair options need agreeing without delay.",
        false,
    ),
    t(
        "h33-book-glaze-order",
        "book",
        "Hands caked in clay at the wheel, so this is a voice note: slot {duration_h10} with {people_h10} into my calendar {when_h10}{time_h10} to price up the glaze order, and send them an invite. Treat it as confirmed - I don't need to see options.",
        false,
    ),
    t(
        "h33-book-fx-hedges",
        "book",
        "on the trading floor + screens going mental. {duration_terse_h10} w/ {people_h10} {when_h10}{time_h10} re the FX hedges - make it happen: in the cal, invite out. no need to ask me first",
        false,
    ),
    t(
        "h33-reschedule-home-birth",
        "reschedule",
        "Midwife here, still at a home birth that's taking its sweet time, so I'll miss {day_of_move_h10} {clock_h10} with {person_h10}. Slide it over to {to_h10}, would you, and tell them it's been moved?",
        false,
    ),
    t(
        "h33-reschedule-recount",
        "reschedule",
        "Returning officer here - a recount has been demanded in the north ward, and I can't leave the count centre until it's done. Would you carry {day_of_move_h10} {clock_h10} with {person_h10} over to {to_h10} and make sure they're told of the new arrangement?",
        false,
    ),
    t(
        "h33-cancel-patent-abandoned",
        "cancel",
        "Patent file update: the client has decided to abandon the application, so there's nothing left to discuss at {day_of_h10} {clock_h10} with {person_h10}. Scrap it entirely, please, and let them know - it won't be coming back at a later date.",
        false,
    ),
    t(
        "h33-habit-crane-cab",
        "habit",
        "Occupational health have had a word: long shifts perched in a tower-crane cab have left my lower back in a state, and the upshot is that I should {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a session. Set that up to recur in my calendar for the foreseeable, please.",
        false,
    ),
    t(
        "h34-find-shoeing-list",
        "find",
        "Quick favour, though not a booking: I'm under a carthorse with a hoof between my knees, and I really must have a proper sit-down with {people_h10} about the shoeing list for the livery yard. Peek at my diary {when_h10}{time_h10} - is there {duration_h10} to be had, and when? Report back and leave it at that; I'll ring them from the forge.",
        false,
    ),
    t(
        "h34-find-runway-drill",
        "find",
        "How does my availability look {when_h10}{time_h10} for a {duration_adjective_h10} session with {people_h10}? It's to rehearse the runway-closure drill, and I'm asking from the control tower on my break, so keep it brief: list the openings, book nothing, and I'll raise it with them myself.",
        false,
    ),
    t(
        "h34-find-chairlift",
        "find",
        "riding the chairlift back up for another ski lesson, thumbs frozen so keeping this short. {people_and_i_h10} and I gotta regroup the beginner classes - {duration_terse_h10}, {when_h10}{time_h10}. got a free patch anywhere? eyeball it for me but dont touch the cal or msg anyone",
        false,
    ),
    t(
        "h34-book-oatmeal-stout",
        "book",
        "Mid-brew with a mash paddle in one hand, so here it is in one go - {when_h10}{time_h10}, a {duration_adjective_h10} tasting with {people_h10} of the new oatmeal stout. Lay it on: straight into my calendar, invite out to them, and no need to run times past me.",
        false,
    ),
    t(
        "h34-book-airworthiness",
        "book",
        "Airworthiness sign-off on the grounded turboprop hinges on a proper technical review. To that end, I require a {duration_adjective_h10} session with {people_h10} placed in my calendar {when_h10}{time_h10}, and an invitation sent to them. Please treat this as settled rather than as a proposal.",
        false,
    ),
    t(
        "h34-book-buttonholes",
        "book",
        "Wiring buttonholes for a wedding, florist's wire between my teeth. {people_and_i_h10} and I are meeting {when_h10}{time_h10} to thrash out the table flowers. It needs {duration_h10}. Wedge that into my calendar and get the invite over to them - it's agreed, so don't come back to me with options.",
        false,
    ),
    t(
        "h34-reschedule-lifeboat",
        "reschedule",
        "Pager's just gone and the lifeboat's launching, so {day_of_move_h10} {clock_h10} with {person_h10} will have to slip to {to_h10}. Make the change and give them the new time, please.",
        false,
    ),
    t(
        "h34-reschedule-ash-cloud",
        "reschedule",
        "{person_h10} is stuck abroad now that the ash cloud has shut the airports, so {day_of_move_h10} {clock_h10} with them isn't going to work. Could you hold it over until {to_h10} and send them the revised time?",
        false,
    ),
    t(
        "h34-cancel-blue-cheese",
        "cancel",
        "The whole batch of blue has gone over in the ageing cave, so there's nothing left to show the buyer. Knock {day_of_h10} {clock_h10} with {person_h10} on the head, please - take it off my calendar for good, it's not being rearranged - and drop them a line to say so.",
        false,
    ),
    t(
        "h34-task-purser",
        "task",
        "The seas are rough and most of the passengers are seasick, but the cruise line's shore office still wants its paperwork: somebody has to {task_h10} {due_h10}, and that somebody is me. Add it to my backlog as a to-do - nobody else is involved - and note an estimate of {duration_h10}.",
        false,
    ),
    t(
        "h35-find-concert-grand",
        "find",
        "Forgive the brevity - I'm leaning inside a concert grand with the tuning lever in my hand. The recital season's tuning rota needs mapping out with {people_h10}, and that'll take {duration_h10}. Comb through my calendar {when_h10}{time_h10} and tell me where it could go. Treat this as a question, not a go-ahead: no entries, no invitations.",
        false,
    ),
    t(
        "h35-find-stenograph",
        "find",
        "Court has risen for a short adjournment and I'm still at the stenograph. Supposing I wanted {duration_h10} {when_h10}{time_h10} to agree how the transcripts get proofread with {people_h10}, would my diary have room for it, and where? I'm only enquiring - please don't enter anything or send anyone an invitation.",
        false,
    ),
    t(
        "h35-find-fire-lookout",
        "find",
        "Up in the fire lookout, where the radio is about the only thing that works properly: might my calendar have a {duration_adjective_h10} gap {when_h10}{time_h10} for walking {people_h10} through the new patrol routes? Give me the possible times and nothing more - make no changes to the calendar and don't contact them yet.",
        false,
    ),
    t(
        "h35-book-hawk-mews",
        "book",
        "The hawks are back in the mews after their flying display, so here's something to set in stone: {duration_h10} with {people_h10} {when_h10}{time_h10} to go over the display licences. Make it a fixed entry in my calendar and send them an invitation - we've agreed it between ourselves, so there's nothing to run past me.",
        false,
    ),
    t(
        "h35-book-funeral-arrangements",
        "book",
        "Funeral director's office. So that the service arrangements can be finalised, kindly confirm a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10}: record it in my calendar and issue an invitation to them. This is decided, so there is no need to consult me again.",
        false,
    ),
    t(
        "h35-book-stage-plot",
        "book",
        "soundcheck's running + im on the desk w/ cans on. bag {duration_terse_h10} w/ {people_h10} {when_h10}{time_h10} to sort the festival stage plot - straight in the cal, invite out to them. done deal so dont check w/ me",
        false,
    ),
    t(
        "h35-reschedule-gritting",
        "reschedule",
        "Heavy snow has me out gritting the back lanes, and there's no way I'll be back in time for {day_of_move_h10} {clock_h10} with {person_h10}. Kick it down the road to {to_h10}, would you, and make sure they hear about the change?",
        false,
    ),
    t(
        "h35-reschedule-interpreter",
        "reschedule",
        "An emergency interpreting call has just come in - A&E needs a signer for a deaf patient - and that rules out {day_of_move_h10} {clock_h10} with {person_h10}. Would you re-time it to {to_h10} and pass the new arrangement on to them?",
        false,
    ),
    t(
        "h35-cancel-yacht-sold",
        "cancel",
        "The owner has sold the yacht out from under us, so the refit is dead in the water and there's no reason to keep {day_of_h10} {clock_h10} with {person_h10}. Do away with it altogether, please - we won't be looking for another date.",
        false,
    ),
    t(
        "h35-habit-jeweller-bench",
        "habit",
        "Years hunched over the bench with a loupe in my eye, setting stones, have left my neck and shoulders in knots, so I've decided it's time to do something about it: I want to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per bout. Could you build that into my calendar as a recurring commitment that just keeps coming round?",
        false,
    ),
    t(
        "h36-find-tonewood",
        "find",
        "Varnish is curing on a cello back in the workshop, so I've a moment to plan ahead. {people_and_i_h10} and I have to choose the tonewood for the next commission, and that usually takes us {duration_h10}. Can my calendar take that {when_h10}{time_h10}? If so, tell me when - and go no further: leave the calendar as it is and don't get in touch with anyone.",
        false,
    ),
    t(
        "h36-find-clock-tower",
        "find",
        "up the town hall clock tower w/ the escapement in bits and barely any signal. need {duration_terse_h10} w/ {people_h10} {when_h10}{time_h10} to agree the regilding quote - when's my cal got room for that? just tell me, no entries, no invites, ill ring them from up here",
        false,
    ),
    t(
        "h36-find-consulate",
        "find",
        "Visa interviews have broken for lunch at the consulate, which gives me a moment. Before I promise {people_h10} a {duration_adjective_h10} briefing on the new passport rules, I want to know when I could actually deliver it {when_h10}{time_h10}. List what's possible and leave it there - the calendar stays as it is and no invitation goes out.",
        false,
    ),
    t(
        "h36-book-locksmith",
        "book",
        "Crouched at a jammed front door with my picks in, so I'll say this once: I'm seeing {people_h10} {when_h10}{time_h10} about rekeying their office block, {duration_h10} all told. Set it down in my calendar as a firm appointment and get an invitation across to them - no need to show me options first.",
        false,
    ),
    t(
        "h36-book-map-proofs",
        "book",
        "The proofs of the new county map have come back from the printer riddled with errors. I'd be grateful if you would put in place a {duration_adjective_h10} review with {people_h10} {when_h10}{time_h10}: block it out in my calendar and send them the invitation. Consider it agreed rather than something to be weighed up.",
        false,
    ),
    t(
        "h36-book-food-truck",
        "book",
        "serving hatch on the food truck is mobbed so keeping this short. {people_and_i_h10} and I are reworking the festival menu {when_h10}{time_h10}, {duration_terse_h10}. slap it in my cal n send them an invite - its agreed, dont bother checking w/ me",
        false,
    ),
    t(
        "h36-reschedule-tram-diversion",
        "reschedule",
        "Points failure on the tram network, so I'm driving a diversion loop till who knows when and won't make {day_of_move_h10} {clock_h10} with {person_h10}. Push it out to {to_h10}, please, and make sure the new time reaches them.",
        false,
    ),
    t(
        "h36-reschedule-dress-rehearsal",
        "reschedule",
        "Might {day_of_move_h10} {clock_h10} with {person_h10} be shuffled along to {to_h10}? Our soloist has been held up abroad, so the orchestra's dress rehearsal has landed right on top of it. Do let them know the new time.",
        false,
    ),
    t(
        "h36-cancel-launch-manifest",
        "cancel",
        "Word from mission control: the customer has pulled their satellite off the launch manifest, so {day_of_h10} {clock_h10} with {person_h10} about the payload checks has lost its purpose. Please scrub it from my calendar entirely - there's no replacement date, it's simply gone - and send them a short note to that effect.",
        false,
    ),
    t(
        "h36-task-icebreaker",
        "task",
        "Just back from a long stint aboard a research icebreaker, and the backlog has frozen solid in my absence. The first thing to chip away at is mine alone: I'm the one who has to {task_h10} {due_h10}. Register it among my to-dos, please, and put down {duration_h10} as the estimate.",
        false,
    ),
    t(
        "h37-find-glass-furnace",
        "find",
        "Gathering molten glass on the blowpipe, so I'll be quick. {people_and_i_h10} and I have to settle the design for a chandelier commission, which will take {duration_h10}. Where in my calendar {when_h10}{time_h10} could that go? Answer with times only - don't add anything, and don't reach out to anyone.",
        false,
    ),
    t(
        "h37-find-wind-turbine",
        "find",
        "halfway up a wind turbine, gearbox cover off + harness clipped in, typing one-gloved. blade inspection findings to go over w/ {people_h10}, {duration_terse_h10} worth. any breathing room {when_h10}{time_h10}? looking only - no cal entries, no invites, ill phone them once im back on the ground",
        false,
    ),
    t(
        "h37-find-perfumer",
        "find",
        "My blotters are drying at the perfumer's organ, so while the top notes settle, a question: at which points {when_h10}{time_h10} could my calendar allow a {duration_adjective_h10} smelling session with {people_h10} to judge the new accord? I'm asking, not instructing - write nothing into the calendar and leave any invitations to me.",
        false,
    ),
    t(
        "h37-book-abbey-gargoyle",
        "book",
        "Chiselling a replacement gargoyle for the abbey roof, so dust everywhere and no time to chat. I've agreed with {people_h10} to go round the weathered carvings together {when_h10}{time_h10}, and {duration_h10} should see it done. Pin it into my calendar as a fixed appointment and have an invitation go out to them - there's no need to show me alternatives.",
        false,
    ),
    t(
        "h37-book-badger-hide",
        "book",
        "crouched in a hide waiting on the badgers so whispering this into my phone. cement {duration_terse_h10} w/ {people_h10} in my cal {when_h10}{time_h10} to pick shots for the rough cut + invite them. already agreed, so dont run it by me",
        false,
    ),
    t(
        "h37-book-big-top",
        "book",
        "Hanging upside down to check the flying trapeze in the big top, so here's the short version. {people_and_i_h10} and I have settled on a {duration_adjective_h10} safety walkthrough of the new aerial rig {when_h10}{time_h10}. Make the entry in my calendar and see that they're sent an invitation; it's final, so there's nothing to check with me.",
        false,
    ),
    t(
        "h37-reschedule-avalanche-pass",
        "reschedule",
        "The pass has been closed for avalanche control and I'm snowed in at the mountain hut, so {day_of_move_h10} {clock_h10} with {person_h10} can't happen as planned. Please delay it to {to_h10}, amend the entry to match, and make sure they get word of the new time.",
        false,
    ),
    t(
        "h37-reschedule-balloon",
        "reschedule",
        "winds finally dropped so im taking the balloon up, full basket of passengers, no way im back on the ground for {day_of_move_h10} {clock_h10} w/ {person_h10}. can u budge it to {to_h10} + let them know the new time? cheers",
        false,
    ),
    t(
        "h37-cancel-bindery",
        "cancel",
        "At the bindery with paste on my fingers: the collector has decided to keep the folio in its original boards after all, so the rebinding is off, and with it {day_of_h10} {clock_h10} with {person_h10}. Kindly expunge that appointment from my calendar altogether - it won't need a new date - and send them a brief note explaining why.",
        false,
    ),
    t(
        "h37-task-union-rep",
        "task",
        "Newly elected as union rep at the bus depot, and the paperwork is already piling up. It's down to me alone to {task_h10}, and it's due {due_h10}. Would you tack that onto my to-do list? My guess is it'll swallow {duration_h10}.",
        false,
    ),
    t(
        "h38-find-decompression-chamber",
        "find",
        "Stuck in the decompression chamber for a few hours after a dive on the rig, with only a tablet for company. The weld inspection findings need talking through with {people_h10}, probably {duration_h10} of it. Could you sift through my calendar {when_h10}{time_h10} and pick out where that might go? It's a recce, nothing more - don't schedule it and don't send anyone an invitation.",
        false,
    ),
    t(
        "h38-find-chess-congress",
        "find",
        "between rounds at the chess congress w/ my clock ticking, so: {when_h10}{time_h10}, does my cal have space for a {duration_adjective_h10} prep session w/ {people_h10} on the sicilian? show me the free bits only - nothing goes in, nobody gets pinged, i'll sort that after the last round",
        false,
    ),
    t(
        "h38-find-bell-tower",
        "find",
        "Tower captain here, drawing up the Advent peal rota for the cathedral bells. Were I to propose {duration_h10} with {people_h10} {when_h10}{time_h10} to go through it, which times could I put forward without a clash? Please treat this as an enquiry only - enter nothing in the diary and leave it to me to approach them.",
        false,
    ),
    t(
        "h38-book-marionettes",
        "book",
        "The strings on the marionettes for our Christmas show have all been replaced, so every cue needs re-blocking before opening night. Would you organise a {duration_adjective_h10} blocking session with {people_h10} {when_h10}{time_h10}? Enter it as a definite booking and send the invitation to them directly.",
        false,
    ),
    t(
        "h38-book-pit-lane",
        "book",
        "pit lane, car's up on the jacks, 2 secs: {people_h10} + me, {duration_terse_h10} {when_h10}{time_h10}, tyre strategy debrief. line it up in my cal + get the invite to them - it's a go, no options needed",
        false,
    ),
    t(
        "h38-book-projection-booth",
        "book",
        "Threading a 35mm print for tonight's retrospective up in the projection booth, so this is brief. {people_h10} finally said yes to {duration_h10} {when_h10}{time_h10} to plan the silent-film season. Lodge it in my calendar as confirmed and make sure an invitation lands with them.",
        false,
    ),
    t(
        "h38-reschedule-wedding-photographer",
        "reschedule",
        "A bride has brought her wedding forward at short notice and I'm the photographer she's counting on, so the shoot now collides with {day_of_move_h10} {clock_h10} with {person_h10}. Would you be so kind as to rearrange it for {to_h10}, and let them have the new time?",
        false,
    ),
    t(
        "h38-reschedule-surf-school",
        "reschedule",
        "swell's finally rolled in and i've got back-to-back beginners in the water at the surf school. can u rejig {day_of_move_h10} {clock_h10} w/ {person_h10} to {to_h10}? + msg them the new time pls",
        false,
    ),
    t(
        "h38-cancel-chimney-sweep",
        "cancel",
        "Soot up to my elbows on a chimney job, so quickly: the owners have decided to brick their fireplace up for good, so the visit I'd lined up - {day_of_h10} {clock_h10} with {person_h10} - is surplus to requirements. Erase it from my calendar, please; it won't need a new date. A short note to them explaining why would be appreciated.",
        false,
    ),
    t(
        "h38-habit-flight-deck",
        "habit",
        "Please put this into rotation in my calendar, as a series with no end date: {habit_verb_h10} {frequency_h10}, {duration_habit_h10} on each occasion. Doctor's orders, more or less - the aviation medical examiner reckons years of long-haul rotations strapped into a flight-deck seat are why my back has seized up.",
        false,
    ),
    t(
        "h39-find-tailor-fitting",
        "find",
        "Chalk in one hand, tape measure in the other and a groom up on the fitting stool, so I'll keep this short. I need to know whether my calendar leaves room {when_h10}{time_h10} for {duration_h10} with {people_h10} to settle the cloth order for the wedding suits. Give it a glance and name the times that would work - a glance is all I want: nothing entered, no invitations sent.",
        false,
    ),
    t(
        "h39-find-ice-resurfacer",
        "find",
        "on the ice resurfacer between public skates so typing at a crawl. me n {people_h10} gotta hash out the junior hockey rota, {duration_terse_h10} tops. any slack in my cal {when_h10}{time_h10}? suss it out + report back - dont add anything or message anyone yet",
        false,
    ),
    t(
        "h39-find-seismology-lab",
        "find",
        "Aftershock readings are still streaming in at the seismology lab, so I shall be brief. I have to take {people_h10} through the revised hazard map, which calls for a {duration_adjective_h10} session. Would you be good enough to run your eye over my calendar {when_h10}{time_h10} and advise where it could sit? Kindly confine yourself to reporting the options - make no entries and extend no invitations just yet.",
        false,
    ),
    t(
        "h39-book-oyster-trestles",
        "book",
        "Tide's out and I'm knee-deep among the oyster trestles, so quickly: {people_h10} asked to come down and see how the new stock is growing, and we've agreed to meet {when_h10}{time_h10} for {duration_h10} on the foreshore. Chalk that into my calendar and get an invitation off to them - it's settled, so just go ahead.",
        false,
    ),
    t(
        "h39-book-poetry-prize",
        "book",
        "School librarian here. The shortlist for the pupils' poetry prize is out, and the entries still need splitting up for marking. Could you peg a {duration_adjective_h10} meeting with {people_h10} into my calendar {when_h10}{time_h10} and send them an invitation? It's all been agreed, so please go straight ahead rather than offering me alternatives.",
        false,
    ),
    t(
        "h39-book-cab-rank",
        "book",
        "sat on the cab rank waiting on a fare so keeping it short. airport-run contract needs hammering out w/ {people_h10}: {when_h10}{time_h10}, {duration_terse_h10} should do it. bang it in my cal + send them the invite. all agreed already, dont need options",
        false,
    ),
    t(
        "h39-reschedule-tree-surgeon",
        "reschedule",
        "Tree surgeon here, up in the crown of an oak with the saw idling. The storm-damaged limb is fighting me, so there's no chance I'll be down in time for {day_of_move_h10} {clock_h10} with {person_h10}. Shove it back to {to_h10}, would you, and make sure they get the new time?",
        false,
    ),
    t(
        "h39-reschedule-customs-quayside",
        "reschedule",
        "With my apologies to {person_h10}, I must ask you to relocate {day_of_move_h10} {clock_h10} with them to {to_h10}. An impounded container at the port has to be examined, and as the customs officer on duty I cannot leave the quayside. Please make sure they are informed of the new arrangement.",
        false,
    ),
    t(
        "h39-cancel-ice-swan",
        "cancel",
        "Rub {day_of_h10} {clock_h10} with {person_h10} out of my calendar for good, please, and let them know why: the charity gala that commissioned my ice swan has folded, so there's nothing left to sketch out. No new date will be needed.",
        false,
    ),
    t(
        "h39-habit-trawler-nets",
        "habit",
        "Decades of hauling nets on the trawlers have caught up with my body, and the rehab clinic has put me on a regime: I'm to {habit_verb_h10} {frequency_h10}, allowing {duration_habit_h10} for each one. Could you stitch that into my calendar so it repeats with no end in sight?",
        false,
    ),
    t(
        "h40-find-calving-shed",
        "find",
        "Writing this from the calving shed: the heifer has delivered at last and the calf is up and suckling, so I can breathe again. Once I've scrubbed up I'll need {duration_h10} with {people_h10} to go over the herd health results. Would anything free up {when_h10}{time_h10}? I'm only weighing it up at this stage - hold fire on entering anything and don't contact them, I'd rather ring round myself.",
        false,
    ),
    t(
        "h40-find-stained-glass",
        "find",
        "I am restoring the stained-glass windows of a parish church, and the leading in the chancel window has proved far more corroded than we had feared. Before I commit to anything, I should like to learn whether, and where, my calendar would bear a {duration_adjective_h10} consultation with {people_h10} {when_h10}{time_h10} about re-leading the panels. This is purely for my information: the calendar is to remain untouched and nobody is to be invited.",
        false,
    ),
    t(
        "h40-find-approach-radar",
        "find",
        "on a break from approach control, radar handed over so typing fast. got to go thru the new arrival procedures w/ {people_h10}, {duration_terse_h10} shd cover it. wats open in my cal {when_h10}{time_h10}? dont put anythin in + dont msg them, just tell me wat works",
        false,
    ),
    t(
        "h40-book-pastry-section",
        "book",
        "The croquembouche for a hotel launch party has collapsed yet again in this humidity, so the pastry section needs a rethink. {people_and_i_h10} and I have agreed to get together {when_h10}{time_h10} and rework the dessert menu - it'll take {duration_h10}. That's settled, so commit it to my calendar and send them an invitation; no need to run alternatives past me.",
        false,
    ),
    t(
        "h40-book-cooperage-staves",
        "book",
        "Our cooperage has been asked to supply casks to a new distillery, and the staves we had seasoning in the yard have split in the frost. I have arranged with {people_h10} that we will go through the revised order together {when_h10}{time_h10}, allowing {duration_h10}. Kindly enter this in my calendar as a confirmed engagement and issue them an invitation; the timing is agreed, so there is no need to consult me further.",
        false,
    ),
    t(
        "h40-book-steam-footplate",
        "book",
        "on the footplate stoking the loco, coal dust everywhere so excuse typos. me + {people_h10} r going over the boiler inspection {when_h10}{time_h10}, {duration_terse_h10}. its agreed - make it proper in my cal n shoot them an invite, no q's needed",
        false,
    ),
    t(
        "h40-reschedule-radiology-scanner",
        "reschedule",
        "The main scanner in radiology has gone down and every patient is being squeezed onto the backup machine, which I'm stuck running. That means {day_of_move_h10} {clock_h10} with {person_h10} has to give - could you carry it over to {to_h10} and send them the updated time?",
        false,
    ),
    t(
        "h40-reschedule-glacier-whiteout",
        "reschedule",
        "whiteout on the glacier, heli cant get in to fetch us so im stuck at field camp. {day_of_move_h10} {clock_h10} w/ {person_h10} aint happening as planned - can u slip it to {to_h10}? n tell them the new time, ta",
        false,
    ),
    t(
        "h40-cancel-snowy-owl",
        "cancel",
        "Taxidermy bench, glass eyes everywhere. The natural history museum has shelved its new diorama, which means the snowy owl I was mounting for it is no longer wanted - and {day_of_h10} {clock_h10} with {person_h10}, which was meant to settle the pose, has no purpose left. Remove every trace of it from my calendar (it's not being moved, it's simply off) and drop them a line so they aren't left waiting.",
        false,
    ),
    t(
        "h40-task-vineyard-harvest",
        "task",
        "Harvest is in at the vineyard and the juice is bubbling away in the tanks, so the paperwork can't be dodged any longer. This bit lands on me and nobody else: I'm to {task_h10} {due_h10}. Pop it on my to-dos, would you, and allow {duration_h10} for it.",
        false,
    ),
    t(
        "h41-find-thatched-ridge",
        "find",
        "Up on a cottage roof with a bundle of water reed under my arm, so forgive the brevity. The owners have decided they want a wheat-straw ridge instead of the plain ridge we quoted for, and I'll have to talk the change through with {people_h10} - {duration_h10} ought to do it. Is my calendar clear for that anywhere {when_h10}{time_h10}? Have a nose and tell me what's free, but leave the calendar as it is and don't contact them; I'll ring round myself when I'm back down the ladder.",
        false,
    ),
    t(
        "h41-find-letterpress-typeface",
        "find",
        "Hello, I am printer in a small letterpress workshop and my hands are full of ink at the moment. A customer ordered business cards in a very old typeface and we are missing some letters, so I must discuss with {people_h10} how we can cast new ones. For this I think we need {duration_h10}. Can you please check for me if my calendar has a free place {when_h10}{time_h10}, and where? Only tell me the possibilities - I don't want that you write something in the calendar or send an invitation to anybody. Thank you.",
        false,
    ),
    t(
        "h41-find-shearing-shed",
        "find",
        "in the shearing shed w/ lanolin all over my phone so sry for typos. need to go thru the wool buyer contract w/ {people_h10}, {duration_terse_h10} or so. any gaps in my cal {when_h10}{time_h10}?? just want to kno whats doable - no cal entry, no invite, ill sort it w/ them myself",
        false,
    ),
    t(
        "h41-book-chocolate-tempering",
        "book",
        "I am tempering couverture on the marble slab and cannot step away from it, so I shall be brief. A hotel has commissioned a signature praline for its guests, and the prototypes are ready to be judged. I should be grateful if you would make a firm entry in my calendar {when_h10}{time_h10} for a {duration_adjective_h10} tasting with {people_h10}, and send them an invitation directly. The arrangement is settled, so please proceed without putting alternatives to me.",
        false,
    ),
    t(
        "h41-book-canal-lock",
        "book",
        "Queue of narrowboats backing up at the top gate, so I'll be quick. The towpath repairs need talking over with {people_h10}, and everyone's happy to meet {when_h10}{time_h10}. Get {duration_h10} down in my calendar for it and send them an invite while you're at it - no need to run it past me again, it's sorted.",
        false,
    ),
    t(
        "h41-book-crater-rim",
        "book",
        "at the crater rim w/ the gas sensor, wind howling + fingers numb. {duration_terse_h10} w/ {people_h10} {when_h10}{time_h10} re the new eruption alert levels - book it properly in my cal + send em the invite. theyre expecting it, no options needed",
        false,
    ),
    t(
        "h41-reschedule-forge-gate",
        "reschedule",
        "Hello, I am blacksmith and I have a big garden gate in the fire right now. When the iron is hot I cannot leave it, so I will not be free for {day_of_move_h10} {clock_h10} with {person_h10}. Please can you change this appointment to {to_h10} and tell them the new time? Many thanks.",
        false,
    ),
    t(
        "h41-reschedule-rope-access",
        "reschedule",
        "abseiling down a tower block redoing the window seals, both hands on the rope. no chance im making {day_of_move_h10} {clock_h10} w/ {person_h10} - can u mv it to {to_h10} n let em know the new time pls",
        false,
    ),
    t(
        "h41-cancel-escape-room",
        "cancel",
        "So the landlord has sold the building out from under our escape room, which means the pirate-themed room we were building will never open and all my puzzle props are going into storage. No point keeping {day_of_h10} {clock_h10} with {person_h10} to playtest the last lock, then - could you clear it out of my calendar for good (it doesn't need a new date) and let them know it's off? Gutted, honestly.",
        false,
    ),
    t(
        "h41-habit-hygienist-chair",
        "habit",
        "Scaling teeth with my neck craned over the hygiene chair has left me with a permanently stiff upper back, and the practice's health adviser has recommended that I {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per sitting. I would appreciate it if you could enter that in my calendar as a recurring commitment, with no end date.",
        false,
    ),
    t(
        "h42-find-parchment-chamber",
        "find",
        "I am in the conservation studio coaxing a cockled parchment charter flat inside the humidification chamber, and must keep my attention on it. The treatment proposal will need agreeing with {people_h10}, and I expect that to occupy {duration_h10}. Might you ascertain what openings my calendar affords {when_h10}{time_h10}? I wish merely to be told of them; kindly refrain from making any entry or issuing any invitation on my behalf.",
        false,
    ),
    t(
        "h42-find-sonar-launch",
        "find",
        "Hello from the survey boat. We are running sonar lines across the estuary and the water is quite rough, so please excuse my English. Back on land I must show the new depth charts to {people_h10} and explain how the sandbank has moved. I think it needs {duration_h10}. Can you please look in my calendar {when_h10}{time_h10} and say me which times are still empty for this? It is only for my information - you must not make the appointment and not write to them, I will contact them by myself.",
        false,
    ),
    t(
        "h42-find-roastery-cupping",
        "find",
        "roasters still ticking over + beans in the cooling tray so cant wander off. need to cup the new green samples w/ {people_h10}, {duration_terse_h10} prob enough. gimme options {when_h10}{time_h10} that'd fit it - options only, dont lock it in, dont ping them, theyll hear from me",
        false,
    ),
    t(
        "h42-book-chaise-longue",
        "book",
        "Thumbing this out with a mouthful of tacks - I'm stripping a chaise longue back to the webbing and there's horsehair everywhere. Anyway. {people_and_i_h10} and I have it all worked out: {duration_h10} {when_h10}{time_h10} to choose the fabric for it. Can you make that official - in my calendar, invite sent to them - without checking back with me?",
        false,
    ),
    t(
        "h42-book-phone-in",
        "book",
        "Presenting live, song's nearly done and the fader's coming up, so here goes: {duration_h10} with {people_h10} {when_h10}{time_h10} to pin down the format for the listener phone-in. Lock it into my calendar, fire off the invite, and no need to loop me back in - it's all squared away.",
        false,
    ),
    t(
        "h42-book-gold-leaf",
        "book",
        "Dictating this from the top of a ladder with gold leaf on the go, so um, here it is. Put me in for a {duration_adjective_h10} session with {people_h10} {when_h10}{time_h10} to settle the lettering for the pub sign, and send them the invite too. That's been agreed already so there's no need to come back to me with alternatives, just put it in.",
        false,
    ),
    t(
        "h42-reschedule-grow-room",
        "reschedule",
        "Disaster at the mushroom farm - the humidifier in the grow room has packed up and the lion's mane will crisp up unless I stay and nurse it. Which means {day_of_move_h10} {clock_h10} with {person_h10} needs a new home: could you bump it to {to_h10} and give them the heads-up about the change?",
        false,
    ),
    t(
        "h42-reschedule-subtitle-cues",
        "reschedule",
        "I regret that {day_of_move_h10} {clock_h10} with {person_h10} will have to be moved to {to_h10}. The subtitles I prepared for a documentary have failed quality control, and all the cues must be re-spotted before the file can be delivered. Would you amend the calendar accordingly and inform them of the change?",
        false,
    ),
    t(
        "h42-cancel-bespoke-saddle",
        "cancel",
        "Saddlery update: the racehorse I was building a bespoke saddle for has been retired from racing, so the commission is dead. That makes {day_of_h10} {clock_h10} with {person_h10} - the fitting - redundant. Strike it off my calendar entirely, it's not to be rebooked, and send them a line to say it's off.",
        false,
    ),
    t(
        "h42-task-recovery-kennels",
        "task",
        "The lurcher I've just stitched up is sleeping it off in the recovery kennels, which lets me tackle the practice admin. As a partner in the vet practice, it falls to me to {task_h10} {due_h10}, and I'm handling it solo. Could you log that as a task for me and reckon it at {duration_h10}?",
        false,
    ),
    t(
        "h43-find-fossil-prep",
        "find",
        "Got the air scribe buzzing away at a slab of mudstone in the fossil prep lab, and the ichthyosaur skull is finally poking through the rock. Before I go any further I want {people_h10} to see it and help decide how to stabilise the jaw - I reckon that's {duration_h10} of peering and arguing. Mind having a rummage through my calendar {when_h10}{time_h10} to see whether it'd fit anywhere? Purely curious: don't put anything in and don't tip them off, I'd rather ask them myself.",
        false,
    ),
    t(
        "h43-find-audiology-booth",
        "find",
        "I am writing from the audiology clinic, between hearing tests in the sound booth. The clinic is changing over to new hearing-aid fitting software, and I intend to demonstrate the revised verification procedure to {people_h10}. I should be glad if you would identify the points {when_h10}{time_h10} at which my calendar could absorb a {duration_adjective_h10} demonstration of that kind. This is a request for information alone: kindly leave my calendar unaltered and do not write to them.",
        false,
    ),
    t(
        "h43-find-organ-pipes",
        "find",
        "Dear assistant, I am organ builder and I am sitting inside the organ of a big church to voice the reed pipes, so I write short. {people_and_i_h10} and I must decide together which stops we restore and which we replace, and for this we need {duration_h10}, maybe. My question is: where in my calendar {when_h10}{time_h10} is there still place for this? Please answer with the free places only. You must not make the appointment and not invite anybody, this I do by myself.",
        false,
    ),
    t(
        "h43-book-wasp-nest",
        "book",
        "pest control life: up in a loft w/ a wasp nest + my visor steaming up, so typos incoming. {people_h10} n me agreed on {duration_terse_h10} {when_h10}{time_h10} to go thru the new bait station contract. book it for real in my cal + get the invite to em. deal's done, no alternatives pls",
        false,
    ),
    t(
        "h43-book-foley-stage",
        "book",
        "Talking this into my phone on the Foley stage, I've got a coconut shell in both hands doing hoofbeats, so excuse the rambling. Right, erm. A {duration_adjective_h10} spotting session with {people_h10} {when_h10}{time_h10} for the creature sounds on the horror film - into my calendar it goes, and out goes an invite to them. It's all agreed, so you don't need my say-so.",
        false,
    ),
    t(
        "h43-book-river-gauging",
        "book",
        "Could you get {duration_h10} with {people_h10} {when_h10}{time_h10} into my calendar, invitation and all? Bit of context, since you'll wonder: I'm a hydrologist standing waist-deep in the river with a current meter, and the readings at the gauging station have drifted so far that the rating curve has to be redone. It's firm on their side and mine, so skip the alternatives.",
        false,
    ),
    t(
        "h43-reschedule-cave-rescue",
        "reschedule",
        "I have been called out as a cave rescue volunteer - a caver is stranded behind a flooded sump - and I cannot say when I shall be back above ground. In consequence, {day_of_move_h10} {clock_h10} with {person_h10} will have to be put back to {to_h10}. Please amend the entry and see that they are told of the new arrangement.",
        false,
    ),
    t(
        "h43-reschedule-fish-auction",
        "reschedule",
        "Hi, the fish auction takes much longer than normal because the boats came in with a very big catch, and I am the buyer for our shop so I cannot leave the hall. For this reason {day_of_move_h10} {clock_h10} with {person_h10} is not possible for me. Please, you can change it for {to_h10}? And write to them the new time. Sorry for the trouble.",
        false,
    ),
    t(
        "h43-cancel-hat-blocks",
        "cancel",
        "Milliner's workroom, steam everywhere from the hat blocks. Bad news: the fashion show my collection was made for has been scrapped for lack of money, so {day_of_h10} {clock_h10} with {person_h10} to choose the trims has no reason to exist. Out it goes, please - not shunted, properly gone - and pop them a note so they don't trek over for nothing.",
        false,
    ),
    t(
        "h43-habit-plaster-stilts",
        "habit",
        "Voice message, I'm up on stilts skimming a ceiling so I can't type. Years of plastering overhead have wrecked my neck and shoulders, and the physio says I've got to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} at a go. Can you put that in my calendar as an open-ended series? Cheers, that's all.",
        false,
    ),
    t(
        "h44-find-lighthouse-lens",
        "find",
        "Before anything is committed to the diary, I should like to know where {duration_h10} with {people_h10} might be fitted in {when_h10}{time_h10}. By way of explanation: I am up in the lantern room of the lighthouse, cleaning the prisms of the great lens after its turning gear seized, and the revised maintenance regime must be agreed with them. Report the openings to me and stop there - the diary is to remain exactly as it is, and I shall make the approach to them personally.",
        false,
    ),
    t(
        "h44-find-drystone-wall",
        "find",
        "Okay, so, speech-to-text, bear with me - my gloves are caked in mud, I'm rebuilding a length of dry-stone wall that the frost pushed over. What I'm after is, um, whether there's room {when_h10}{time_h10} for me to spend {duration_h10} with {people_h10} working out where the rest of the stone's going to come from. Don't go setting anything up, mind. Just have a look, tell me what's open, and I'll, er, I'll sort the rest out with them myself.",
        false,
    ),
    t(
        "h44-find-mosaic-floor",
        "find",
        "I write you from a Roman villa where I am restorer of the mosaics, and I am kneeling on the floor putting back the little stones, so I cannot write long. Many pieces are missing in the border and I must agree with {people_h10} from where we take the new ones. For this we will need {duration_h10}, I think. Is it possible you look if my calendar has space {when_h10}{time_h10}? I want only to know the free moments - please do not fix the meeting and do not send them nothing, I make this myself.",
        false,
    ),
    t(
        "h44-book-crossword-grid",
        "book",
        "You would not believe the grid I'm wrestling with - a themed crossword where all the answers hide the names of rivers, and I've well and truly painted myself into a corner. Anyway! Talking it through with {people_h10} will unstick me, and we've agreed to do it {when_h10}{time_h10} and give it {duration_h10}. Consider yourself authorised to put it straight in my calendar and send them the invite - honestly, no need to double-check with me.",
        false,
    ),
    t(
        "h44-book-tunnel-boring",
        "book",
        "deep under the river on the tbm doing a cutterhead change, hardly any bars. sorted w/ {people_h10}: {duration_terse_h10} {when_h10}{time_h10} to go thru the lining segment deliveries. thats confirmed so pls just make the cal entry + shoot them the invite, dont come back w/ options",
        false,
    ),
    t(
        "h44-book-loom-warp",
        "book",
        "I am at the loom threading a new warp for a commission of tapestry cushions, a painstaking job that I would rather not interrupt. The colourways still have to be agreed. {people_and_i_h10} and I have accordingly fixed a {duration_adjective_h10} meeting {when_h10}{time_h10}, and I should be obliged if you would record it in my calendar as confirmed and forward an invitation to them; there is nothing further to decide.",
        false,
    ),
    t(
        "h44-reschedule-sawmill-blade",
        "reschedule",
        "Ugh, the big bandsaw at the sawmill has just snapped its blade mid-cut through a load of oak, and nobody else here knows how to fit a replacement. So {day_of_move_h10} {clock_h10} with {person_h10} isn't going to happen - any chance you could bounce it to {to_h10} and let them know what's going on?",
        false,
    ),
    t(
        "h44-reschedule-swing-bridge",
        "reschedule",
        "Message dictated from the control cabin of the swing bridge. The span has jammed part-way open with a tall ship waiting to pass, and I am obliged to remain at the controls until it is freed. I therefore ask that {day_of_move_h10} {clock_h10} with {person_h10} be transferred to {to_h10}. Please update the entry accordingly and inform them of the new time.",
        false,
    ),
    t(
        "h44-cancel-neon-sign",
        "cancel",
        "neon workshop, bending glass tubes over the burner. the bar that ordered the sign has shut for good so the whole job's binned - {day_of_h10} {clock_h10} w/ {person_h10} re the colours can go. delete it, no new date, n tell them its off",
        false,
    ),
    t(
        "h44-task-quarry-blast",
        "task",
        "The blast went off cleanly at the quarry face and the dust is settling, so as shotfirer I'm back in the site cabin facing the admin. The job that's landed on my desk is to {task_h10} {due_h10}, and nobody else can do it for me. Could you add it to my to-do list and budget {duration_h10} for it?",
        false,
    ),
    t(
        "h45-find-orchid-house",
        "find",
        "Orchid house at the botanical garden: a fungal spot has turned up on some of the slipper orchids, and I must consult {people_h10} as to whether the collection ought to be quarantined. What I would value is a note of any openings in my calendar {when_h10}{time_h10} long enough to accommodate {duration_h10} of discussion. I am not asking you to arrange it, merely to tell me where it could go; leave the calendar as it stands, and I shall write to them myself.",
        false,
    ),
    t(
        "h45-find-cargo-bike",
        "find",
        "cargo bike courier, stopped at the lights w/ a parcel for the hospital lab in the box. {people_and_i_h10} and I shd sit down re the new delivery zones, prob {duration_terse_h10}, {when_h10}{time_h10}. which bits of my cal could take that?? dont slot anything, dont msg anyone, just send me the gaps",
        false,
    ),
    t(
        "h45-find-vintage-engine",
        "find",
        "Hello. I restore old cars, and I am lying under a sports car with oil on both hands, so please excuse the short message. The engine we rebuilt is making a strange noise, and together with {people_h10} I want to listen to it and decide what we do. I think we need {duration_h10} for this. My question: in my calendar {when_h10}{time_h10}, where is still free space for it? Please you only tell me the times. Not make the appointment, not send invitation - I will telephone to them myself.",
        false,
    ),
    t(
        "h45-book-grooming-table",
        "book",
        "Voice note, sorry - I've got a soaking wet poodle on the grooming table and the dryer going, so, um. Right. I've promised {people_h10} a {duration_adjective_h10} get-together {when_h10}{time_h10} to go over the new price list for the salon. So just, erm, treat that as booked: calendar entry, invite across to them, the lot. Don't wait on me for it.",
        false,
    ),
    t(
        "h45-book-pension-valuation",
        "book",
        "As scheme actuary I have revised the mortality assumptions in the pension valuation, and the effect on the funding position is considerable. A {duration_adjective_h10} session with {people_h10} {when_h10}{time_h10} to present the results is therefore to be entered in my calendar as a fixed engagement, with an invitation issued to them in my name. No further confirmation from me is required.",
        false,
    ),
    t(
        "h45-book-whitewater-raft",
        "book",
        "river safety briefing w/ {people_h10} is happening {when_h10}{time_h10}, {duration_terse_h10} long. thats a yes from all sides so just make it exist in my cal + get the invite out to em, no options pls. (typing from the riverbank w/ the raft upside down + everything dripping)",
        false,
    ),
    t(
        "h45-reschedule-swan-rescue",
        "reschedule",
        "Oh for goodness' sake. A swan has got itself tangled in fishing line out on the reservoir, and as the rescuer with the boat licence I'm stood in waders with a very cross bird, which scuppers {day_of_move_h10} {clock_h10} with {person_h10}. Be a star and hop it across to {to_h10}? And give them a shout so they're not left hanging.",
        false,
    ),
    t(
        "h45-reschedule-shop-window",
        "reschedule",
        "Hello, I am glazier. The storm has broken the big window of a bakery and I must close it with new glass, because the shop cannot stay open to the street like this. For this I am not free for {day_of_move_h10} {clock_h10} with {person_h10}. Is it possible to set this meeting to {to_h10}? Please you inform them about the new time. Thank you, and sorry for the change.",
        false,
    ),
    t(
        "h45-cancel-hedge-maze",
        "cancel",
        "Dictating this up a ladder with the shears in a yew hedge, so, um, bear with me. The hedge maze we were going to plant on the estate isn't going ahead - the ground's too waterlogged, turns out. So {day_of_h10} {clock_h10} with {person_h10}, which was for, er, laying out the paths, has no reason to happen. Just cancel it outright, please - don't hunt for another slot, it's not coming back - and send them a note to say so.",
        false,
    ),
    t(
        "h45-task-lifeguard-chair",
        "task",
        "Perched in the lifeguard chair at the leisure pool with my whistle round my neck, and the water's dead quiet, so I might as well face the admin. Guess whose job it is to {task_h10}? Yep, mine and mine alone, and it's got to be done {due_h10}. Stick it on my to-do pile, would you, and jot down {duration_h10} as my rough guess at how long it'll take.",
        false,
    ),
    t(
        "h46-find-planetarium-dome",
        "find",
        "I am writing from the control desk beneath the planetarium dome, where the new star projector is being calibrated and stubbornly refuses to hold its alignment. The premiere of our new show depends on agreeing a revised running order with {people_h10}, and I estimate the discussion at {duration_h10}. My purpose at this stage is only to establish feasibility: could you determine which parts of my calendar {when_h10}{time_h10} remain unclaimed and long enough for it? Please reserve nothing and send them no correspondence; I shall make the approach myself when I know what is possible.",
        false,
    ),
    t(
        "h46-find-gelato-lab",
        "find",
        "Sorry for my English. I am gelato maker and I write from the laboratory behind our shop, the pistachio mix is turning in the machine and I cannot go away from it. We want to change the recipes for the new flavours, and I need to taste all of them together with {people_h10}. It takes {duration_h10}, more or less. So my question for you: {when_h10}{time_h10}, my calendar has a gap big enough for this, yes or no, and where? I want first to think a little, so no appointment in the calendar and no mail to them - only the list of the free times, please. Grazie!",
        false,
    ),
    t(
        "h46-find-golf-greens",
        "find",
        "greenkeeper here, on the ride-on mower doing the greens so thumbs only. drainage on the far fairways is shot + i gotta walk the course w/ {people_h10} to sort it, abt {duration_terse_h10}. hypothetically {when_h10}{time_h10} - wud my cal have room?? hypothetical only: dont book nothin, dont invite em, just tell me wats free",
        false,
    ),
    t(
        "h46-book-sail-loft",
        "book",
        "Dictating this, I'm on my knees on the sail loft floor stitching a clew ring into a mainsail, so, um, hands are busy. Okay. So it's settled with {people_h10}: we're going through the cut of the new racing sails {when_h10}{time_h10}, and it'll be, er, {duration_h10}. That's happening, not a maybe, so put it in my calendar properly and send the invitation off to them - you don't need my nod for it. Right, back to the stitching.",
        false,
    ),
    t(
        "h46-book-heraldic-arms",
        "book",
        "Kindly treat what follows as settled business. A {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} is to be entered in my calendar, and an invitation sent to them; you have my standing authority to do both without reverting to me. For context: I am a heraldic artist, and the tinctures on the arms I am emblazoning for a newly created borough have been called into question, which the meeting is intended to resolve.",
        false,
    ),
    t(
        "h46-book-shark-tank",
        "book",
        "Still dripping from a dive in the big shark tank at the aquarium - feeding went fine, nobody lost a finger, ha. So! {people_and_i_h10} and I have finally got our act together about the new coral display, and we're sitting down {when_h10}{time_h10} for {duration_h10}. Go ahead and make it real: pop it in my calendar and send them an invite. It's all agreed on both sides, so you've got my blessing already - just do it.",
        false,
    ),
    t(
        "h46-reschedule-sugar-shack",
        "reschedule",
        "saps running like crazy at the sugar shack + the evaporator cant be left or the syrup scorches. {day_of_move_h10} {clock_h10} w/ {person_h10} isnt gonna work - can u scooch it to {to_h10} n let em kno its moved? ty",
        false,
    ),
    t(
        "h46-reschedule-filter-beds",
        "reschedule",
        "Hello, here is the operator of the water treatment plant. The filters are blocked from the big storm and the water is not clean enough, so I must stay at the plant until it is fixed. Because of this, {day_of_move_h10} {clock_h10} with {person_h10} cannot happen for me. I ask you: please put it to {to_h10} in place of the old time, and write to them about the new time so they know. Sorry for this.",
        false,
    ),
    t(
        "h46-cancel-gable-mural",
        "cancel",
        "Okay, dictating this from the scaffold tower, I've got a paint roller in one hand. So, er, the gable wall I was going to paint the mural on has been found to be unsafe and it's coming down, which, um, kills the whole commission. That means {day_of_h10} {clock_h10} with {person_h10}, where we were going to square up the design, has no point any more. Could you get shot of it from my calendar - it's dead, not delayed, so don't look for another slot - and send them a quick message saying it's off?",
        false,
    ),
    t(
        "h46-habit-sushi-counter",
        "habit",
        "Ok so - caught my reflection in the glass of the fish display and I'm basically a question mark. That's what hunching over the sushi counter slicing fish does to a person! Decision made: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per round, and I'd love you to make it a recurring thing in my calendar that never runs out. Thanks loads!",
        false,
    ),
    t(
        "h47-find-frame-brazing",
        "find",
        "Hi, I am frame builder - I make steel bicycle frames by hand - and my torch is lit, so my message is short. A touring frame came back to the workshop with a crack near the bottom bracket, and I want to find out together with {people_h10} why this happened. I believe {duration_h10} is enough. Please tell me: my calendar {when_h10}{time_h10}, which holes does it still have for this? I only look, I don't decide yet. So nothing goes in the calendar and nobody gets an invitation from you.",
        false,
    ),
    t(
        "h47-find-waltzer-grease",
        "find",
        "at the fairground greasin the waltzer bearings, hands black w/ grease so excuse typos. ride safety certs need goin thru w/ {people_h10}, {duration_terse_h10} shud cover it. hows my cal lookin {when_h10}{time_h10} for that? report back only pls - no entry, no invite, ill holler at em myself when im down off the ride",
        false,
    ),
    t(
        "h47-find-embryology-bench",
        "find",
        "Information only, please, and no action. I am at the embryology bench with both hands inside the flow hood, so I shall be brief. The laboratory has changed its supplier of culture media, and the validation results must be reviewed with {people_h10} in a {duration_adjective_h10} session. At what points {when_h10}{time_h10} could my calendar take it? Make no entries and issue no invitations; the arrangements I shall make myself.",
        false,
    ),
    t(
        "h47-book-candle-moulds",
        "book",
        "Okay, er, recording this because I'm pouring hot wax into the pillar moulds and can't put the jug down. So. The scent for the new candle range still isn't settled, and {people_and_i_h10} and I want to smell the test pours together. We're all free {when_h10}{time_h10}, and it'll want {duration_h10}. You can go ahead and - no, hang on, let me say that properly - please put it in my calendar and send them the invitation. It's decided, no need to check with me. Okay, that's it.",
        false,
    ),
    t(
        "h47-book-disputed-codicil",
        "book",
        "I have examined the signatures on the disputed codicil under magnification, and my findings as forensic document examiner must be put before {people_h10}. A {duration_adjective_h10} conference {when_h10}{time_h10} has been agreed with them. You are instructed to enter it in my calendar as a fixed engagement and to serve an invitation on them; no confirmation from me is needed.",
        false,
    ),
    t(
        "h47-book-hard-shoulder",
        "book",
        "winch going on the flatbed, stood on the hard shoulder w/ lorries flying past. callout rates chat w/ {people_h10} is ON - theyve said yes. {when_h10}{time_h10}, {duration_terse_h10}. u handle the cal entry + the invite, i handle the wreck. no need to ping me back",
        false,
    ),
    t(
        "h47-reschedule-fog-pilot",
        "reschedule",
        "Well, the fog has rolled in thick over the harbour approaches and the container ship I'm bringing up to the docks is creeping along, so as her pilot I'm stuck on the bridge with no end in sight. Which leaves {day_of_move_h10} {clock_h10} with {person_h10} high and dry, I'm afraid. Could you re-home it to {to_h10} and drop them a note with the new time? You're a lifesaver.",
        false,
    ),
    t(
        "h47-reschedule-lift-shaft",
        "reschedule",
        "Sorry, I write quickly from inside a lift shaft. I am lift engineer, and in the hospital where I work the lift is stopped between floors and the motor does not want to start. I cannot leave before it runs again, so {day_of_move_h10} {clock_h10} with {person_h10} is not possible for me. The meeting should be {to_h10} instead - please change it in the calendar and tell them, so nobody waits for me. Thank you very much.",
        false,
    ),
    t(
        "h47-cancel-sugar-flowers",
        "cancel",
        "Icing sugar up to my elbows - I'm wiring sugar roses for a wedding cake. Well, I was. Word just came through that the wedding's been called off, so no cake, and no reason for {day_of_h10} {clock_h10} with {person_h10} to settle the tiers and the trim. Bin it, please - off the calendar completely, not moved anywhere - and let them know. All those petals, honestly.",
        false,
    ),
    t(
        "h47-habit-microscope-neck",
        "habit",
        "Prescription from the staff physio, for a pathologist whose neck has set at the angle of a microscope eyepiece: {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per dose. Kindly give it a standing place in my calendar, recurring with no end date. I shall try to be a compliant patient.",
        false,
    ),
    t(
        "h48-find-herbarium-sheets",
        "find",
        "The herbarium has taken in a large donation of pressed specimens, and I am mounting the sheets myself, so my hands are gummed and my attention is elsewhere. How the collection should be catalogued is a question I must put to {people_h10}, and I anticipate needing {duration_h10} to settle it. I am not yet ready to fix anything. Would you simply tell me whether my calendar is clear enough for that {when_h10}{time_h10}, and if so, where the openings lie? Please make no entry and approach nobody; I shall write to them myself when I have your answer.",
        false,
    ),
    t(
        "h48-find-plasticine-fox",
        "find",
        "stop-motion shoot, animating a plasticine fox frame by frame so cant step off the set. need ~{duration_terse_h10} w/ {people_h10} to fix the storyboard. {when_h10}{time_h10} - any opening in my cal for it? gaps only pls, im not booking it + they dont hear from u",
        false,
    ),
    t(
        "h48-find-cobbler-last",
        "find",
        "Greetings from the shoe workshop. I am shoemaker, I make the boots by hand, and at the moment a boot is on the last and the glue is still wet, so I write short. Our leather comes from a new tannery and the hides crack when we stitch them, so I must speak about it with {people_h10}, maybe {duration_h10}. Before I propose them anything I want to know: if I look {when_h10}{time_h10}, has my calendar enough free space for this, and at which times? Please give me only this answer. No entry in the calendar and no invitation - to ask them I make myself.",
        false,
    ),
    t(
        "h48-book-bronze-pour",
        "book",
        "Um, voice memo, I'm in the foundry in my leathers and we're about to pour the bronze for a big horse sculpture, so, er, can't type. Right. {people_and_i_h10} and I have, um, settled that we're going over the wax patterns for the horse's head {when_h10}{time_h10}, and it'll run {duration_h10}. So that's happening - stick it in my calendar for real and send them the invite, yeah? No need to bounce it back to me. Okay. Pour's starting, bye.",
        false,
    ),
    t(
        "h48-book-card-trick",
        "book",
        "Confession: my new card trick keeps flashing the palmed card, which is not ideal for a magician with a big show looming! {people_h10} kindly offered to watch the whole routine and tell me where it's leaking, so we're doing that {when_h10}{time_h10}, {duration_h10} tops. Would you be a gem and do the honours - calendar entry plus an invite to them? It's all arranged, so no need to show me alternatives. Thank you!",
        false,
    ),
    t(
        "h48-book-wig-lace",
        "book",
        "I am knotting hair into the lace foundation of a wig for the new production, hair by hair, and cannot afford to lose my place, so I shall be brief. The diary should show a {duration_adjective_h10} consultation with {people_h10} {when_h10}{time_h10} to approve the hairline designs, and they should receive an invitation from you. Kindly make the entry and send the invitation without referring back to me; it has been agreed on all sides.",
        false,
    ),
    t(
        "h48-reschedule-stunt-ramp",
        "reschedule",
        "stunt coord here, car-flip ramp failed its safety check so were rebuilding it on set n i cant get away. {day_of_move_h10} {clock_h10} w/ {person_h10} is a no-go - drag it to {to_h10}? + ping em the new slot, ty",
        false,
    ),
    t(
        "h48-reschedule-pool-tiles",
        "reschedule",
        "Excuse my English, I am tiler. I lay the tiles in the swimming pool of a hotel, and the grout must be finished before it becomes hard, so I cannot go away from here. For this reason I must give up {day_of_move_h10} {clock_h10} with {person_h10}. Please, you can change it to {to_h10} and send them the new invitation? I am sorry for the trouble I make them.",
        false,
    ),
    t(
        "h48-cancel-firework-barge",
        "cancel",
        "Er, dictating this from the firing barge out on the lake, I'm, um, unwiring the shells. So. The display's been called off - the licence got refused because of the drought, fire risk and all that. Which means {day_of_h10} {clock_h10} with {person_h10}, where we were going to, er, walk through the firing plan, has no point. Cancel it outright, please - there's no new date, it's not being moved, it's just dead - and send them a line so they know. Right, back to the shells.",
        false,
    ),
    t(
        "h48-habit-concert-harp",
        "habit",
        "So my spine has officially lodged a complaint. Turns out tilting a concert harp onto your shoulder through rehearsal after rehearsal is not great for the back, who knew! The plan I've made with myself: {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a go. Would you set that up as a recurring block in my calendar that just keeps going? Thanks heaps!",
        false,
    ),
    t(
        "h49-find-tuning-hammer",
        "find",
        "I am writing from the platform of a concert hall, tuning hammer in hand, where the house grand is being prepared for a recital. Its action has developed an unevenness in the treble that I cannot put right on site, and whether it ought to go back to the workshop for regulation is something I must discuss with {people_h10}. Perhaps {duration_h10} would suffice. Please treat this as an enquiry rather than an instruction: could you identify the vacancies in my calendar {when_h10}{time_h10} into which such a discussion would fit? On the strength of this nothing is to be entered, and no word is to reach them from you.",
        false,
    ),
    t(
        "h49-find-signal-box",
        "find",
        "signaller, in the box w/ a failed freight loco blocking the down line so its all levers + phones. need to go thru the engineering possession paperwork w/ {people_h10}, {duration_terse_h10} ish. my cal {when_h10}{time_h10} - wheres it still empty for that? scoping only, not booking: leave the cal alone + no invites, ill ask em direct",
        false,
    ),
    t(
        "h49-find-marquetry-veneer",
        "find",
        "Hi, I am furniture maker, my speciality is marquetry, and I am gluing very thin pieces of veneer into a table top, so I cannot stay long at the phone. The walnut veneer from our supplier arrived all cracked, and with {people_h10} I must decide if we change to another wood. According to me this needs {duration_h10}. I would like that you look in my calendar {when_h10}{time_h10} and tell me where is a free place long enough for it. It is only a question, not an order - please do not reserve nothing and do not write to them, because I am still thinking about it.",
        false,
    ),
    t(
        "h49-book-cider-press",
        "book",
        "Right, um, dictating this from the cider press - I'm stacking pomace in the cloths and my hands are, er, sticky with juice. So. {people_and_i_h10} and I are tasting the new blends together {when_h10}{time_h10} to pick which one gets bottled, and that'll take, um, {duration_h10}. That's fixed. Put it in my calendar as a real appointment - not a hold, not a maybe - and send them the invite. You don't need my, er, say-so for any of it. Okay. Pressing on.",
        false,
    ),
    t(
        "h49-book-radiosonde-ascent",
        "book",
        "Please regard this as an instruction rather than a query. I am at the upper-air station, where a radiosonde lost contact with the ground receiver during its ascent and a replacement balloon is being filled. The gap in the record must be accounted for, and a {duration_adjective_h10} review of the telemetry with {people_h10} {when_h10}{time_h10} has been agreed for that purpose. Let it stand in my calendar as settled, and let an invitation go to them; there is nothing on which you need consult me.",
        false,
    ),
    t(
        "h49-book-sausage-range",
        "book",
        "Sawdust on my apron and a whole lamb on the block, so I'll keep this snappy! Big news at the butcher's: we're finally launching our own sausage range, and the recipes need signing off with {people_h10}. We're doing it {when_h10}{time_h10} and {duration_h10} should be plenty - it's a done deal. So go ahead and get it in the calendar and send an invite their way, no need to check with me!",
        false,
    ),
    t(
        "h49-reschedule-paper-vat",
        "reschedule",
        "Please can you bring {day_of_move_h10} {clock_h10} with {person_h10} to {to_h10}? I explain: I make paper by hand in an old mill, and the machine that beats the rags into pulp is broken. If nobody watches the vat the pulp goes bad, so I cannot go away from here until it works again. Please write also to them the new time, so they are not waiting for me. Excuse my English and thank you.",
        false,
    ),
    t(
        "h49-reschedule-hatchery-pump",
        "reschedule",
        "re {day_of_move_h10} {clock_h10} w/ {person_h10} - cant do it. pump feeding the salmon fry tanks just died + oxygen's crashing, stuck at the hatchery. kick it over to {to_h10}? n msg em the new slot, thx",
        false,
    ),
    t(
        "h49-cancel-goldwork-banner",
        "cancel",
        "Um, talking this into my phone - I've got a needle of gold thread and I'm, er, couching it down onto a banner, so bear with me. The brass band that commissioned it has folded, not enough players left, so the banner's not wanted. Which makes {day_of_h10} {clock_h10} with {person_h10}, er, for signing off the lettering, pointless. So cancel it, please. Not postpone - cancel, it's not being rearranged anywhere. And, um, let them know it won't go ahead. Right. Back to the couching.",
        false,
    ),
    t(
        "h49-habit-wheel-hub",
        "habit",
        "Honestly, as the only wheelwright for miles I've hunched over so many wheel hubs with a spokeshave that my back creaks louder than the cart I'm restoring! Enough is enough: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a session. Could you give it a permanent home in my calendar, repeating with no end in sight? You're a star!",
        false,
    ),
    t(
        "h50-find-mist-net",
        "find",
        "at the ringing station, wren in a cloth bag n pliers in hand so typin fast. the ringing permit renewal needs ironin out w/ {people_h10}, bout {duration_terse_h10}. cud my cal swallow that {when_h10}{time_h10}? if so where - gaps only, thats the whole ask. nothin goes in, + they dont hear a peep from u",
        false,
    ),
    t(
        "h50-find-calligraphy-scrolls",
        "find",
        "I am a calligrapher, engrossing a set of honorary scrolls, and my pen is full of vermilion ink, so I shall be sparing of words. Whether the lettering is to be copperplate or uncial remains to be settled with {people_h10} over a {duration_adjective_h10} sitting. Would you examine my calendar {when_h10}{time_h10} and advise me where such a sitting might be lodged? I seek counsel, not action: the calendar is to stand as it is, and no word is to go to them.",
        false,
    ),
    t(
        "h50-find-tea-tasting",
        "find",
        "Excuse me for my English. I am tea taster, and the cups are brewing on the tasting bench in front of me, so I must be fast. The new harvest from the hill garden arrived tasting smoky, which nobody expected. {people_and_i_h10} and I have to decide if we buy it anyway, and for this we need {duration_h10}, I guess. Tell me please: in my calendar {when_h10}{time_h10}, there is an empty piece big enough for this? I want the answer only - I am not sure yet, so no appointment and no letter to them from your side.",
        false,
    ),
    t(
        "h50-book-core-shed",
        "book",
        "Okay, dictating - I'm in the core shed logging drill core and my gloves are, um, grey to the wrists from rock flour. So. The assays from the new borehole came back weird, and I've agreed to walk {people_h10} along the core trays {when_h10}{time_h10} so we can work out where the vein went. Call it {duration_h10}. That's, er, not a question, it's fixed, so write it into my calendar and let an invitation go out to them under my name - you don't need to run it by me. Okay. Over and out.",
        false,
    ),
    t(
        "h50-book-overhead-lift",
        "book",
        "Choreographer squeal incoming: the big overhead lift in my new piece finally landed in rehearsal and nobody wobbled! Trouble is, the costumes keep snagging on it, so I'm sitting down {when_h10}{time_h10} for a {duration_adjective_h10} costume summit with {people_h10} to sort it out. Consider yourself deputised: make it a proper calendar entry and send them the invite - it's agreed all round, so no need to clear it with me!",
        false,
    ),
    t(
        "h50-book-wrack-dinghy",
        "book",
        "seaweed cutter here, wellies full of seawater, haulin wrack into the dinghy so thumbs only. the drying shed lease talk w/ {people_h10} is a go: {when_h10}{time_h10}, {duration_terse_h10}. make it a real cal entry + invite em pls - its settled, no back n forth needed",
        false,
    ),
    t(
        "h50-reschedule-boundary-stones",
        "reschedule",
        "Hello, I am land surveyor. I am standing in a field behind my theodolite to measure the boundary of a farm, because the old boundary stones have disappeared and the new fence must go in the right place. I cannot leave the instrument until the measuring is finished, so {day_of_move_h10} {clock_h10} with {person_h10} is not possible for me. Please, you can carry it forward to {to_h10}? And send them the new time, so they don't come for nothing. Thanks a lot.",
        false,
    ),
    t(
        "h50-reschedule-bell-mould",
        "reschedule",
        "Regrettably, {day_of_move_h10} {clock_h10} with {person_h10} cannot be kept. The loam mould for a new peal bell has cracked in the casting pit, and as master founder I am bound to oversee its repair in person. Kindly let the appointment stand over to {to_h10}, amend the entry to suit, and ensure they are apprised of the alteration.",
        false,
    ),
    t(
        "h50-cancel-trophy-engraving",
        "cancel",
        "Right, voice-to-text, excuse the rambling - I'm at the engraving bench, loupe in my eye and the graver in my hand, so, er, bear with me. The tournament the trophies were for has been called off - the funding fell through - so there's no engraving to do, and {day_of_h10} {clock_h10} with {person_h10}, which was to, um, settle the lettering on the plinths, has lost its reason. So could that come out of my calendar entirely? Not rearranged - just gone. And a message to them saying it's off, please. Okay, that's everything.",
        false,
    ),
    t(
        "h50-task-cable-car",
        "task",
        "Gusts are far too strong to run the cable car, so the cabins are parked and swaying and I'm stuck in the control hut where the only thing left is admin, ha! This bit's all mine: I've got to {task_h10} {due_h10}. Would you add it to my to-dos and mark it down as roughly {duration_h10} of work? Ta!",
        false,
    ),
    t(
        "h51-find-bagpipe-chanter",
        "find",
        "bagpipe workshop, reamin a chanter on the lathe so thumbs only sry. need {duration_terse_h10} w/ {people_h10} to get the reed supply mess straightened out. flag up any clear stretches in my cal {when_h10}{time_h10} that'd hold it? read-only job this - dont put anythin in + dont let on to em, ill do the askin myself",
        false,
    ),
    t(
        "h51-find-ropewalk-hawser",
        "find",
        "I am writing from the ropewalk, where I am laying up a hawser by hand and must keep pace with the strands along the whole length of the shed, so I shall be brief. The hemp in the latest delivery has proved brittle, and whether we ought to change to manila is a question to be resolved with {people_h10} at a {duration_adjective_h10} conference. Would you be good enough to reconnoitre my calendar {when_h10}{time_h10} and set out for me where such a conference could sit? This is reconnaissance, not a commission: make no entry, and let no communication reach them from you.",
        false,
    ),
    t(
        "h51-find-salt-pans",
        "find",
        "Hello, I am salt maker. I stand in the salt pans near the sea with my wooden rake, because the crystals are ready and if rain comes all the harvest is lost, so I write short. The new sacks for the salt are too weak and they tear open, and with {people_h10} I must discuss what we do about it. I think for this is enough {duration_h10}. Please can you look through my calendar {when_h10}{time_h10} and point me to the places where this can enter? Answer me with the list of the places, nothing more. Do not reserve anything and do not write to them - when I decide, I contact them by myself.",
        false,
    ),
    t(
        "h51-book-snowcat-piste",
        "book",
        "Okay, er, voice memo - I'm up in the cab of the snowcat grooming the piste, and the tiller's, um, juddering, so my hands stay on the levers. Right. {people_and_i_h10} and I have, er, agreed to go through the new snow-cannon layout {when_h10}{time_h10}, and it'll take, um, {duration_h10}. That's decided. So plant it in my calendar for keeps and, er, see to it that they get an invitation. You've got free rein on this - I don't need to hear back. Right. Back to grooming.",
        false,
    ),
    t(
        "h51-book-artificial-eye",
        "book",
        "Eek, tiny sable brush in hand, painting the little red veins onto an artificial eye, so forgive the wobbly typing! The acrylic I've been curing keeps clouding over, so I badly need a proper natter with {people_h10} about switching to a new resin. We're all set to meet {when_h10}{time_h10}, and {duration_h10} should see us through. Could you enshrine that in my calendar and send an invitation winging over to them? It's signed and sealed, so consider it pre-approved - go for it!",
        false,
    ),
    t(
        "h51-book-diamond-cleaving",
        "book",
        "I am at the cleaving bench with a rough diamond cemented in the dop, and a misjudged blow would ruin the stone, so I shall be brief. The inclusions revealed under magnification oblige us to reconsider how the stone is to be divided, and this is to be settled with {people_h10} at a {duration_adjective_h10} consultation {when_h10}{time_h10}, as has been agreed with them. Please inscribe it in my calendar without further reference to me, and cause an invitation to be sent to them in my name.",
        false,
    ),
    t(
        "h51-reschedule-truffle-hound",
        "reschedule",
        "Muddy knees, ecstatic dog: my truffle hound has gone bonkers under an oak and I'm digging with my fingers so I don't bruise whatever's down there! No way am I walking away from this, so {day_of_move_h10} {clock_h10} with {person_h10} will have to make room. Could you transplant it to {to_h10} and fill them in on the new time? Thanks a bunch!",
        false,
    ),
    t(
        "h51-reschedule-submersible-arm",
        "reschedule",
        "sub pilot, still on the seabed w/ the manipulator arm snagged on an old cable, surface comms only. {day_of_move_h10} {clock_h10} w/ {person_h10} - aint gonna happen from down here. leapfrog it to {to_h10}? + tell em where it landed",
        false,
    ),
    t(
        "h51-cancel-dragon-kite",
        "cancel",
        "Um, right, dictating this - I'm, er, hemming the ripstop on a giant dragon kite, so my hands are full. So the beach where the kite festival was meant to be has been closed for, um, erosion works, and the whole festival's off. Which leaves {day_of_h10} {clock_h10} with {person_h10}, er, where we were going to plan the flying order, with nothing to plan. So, um, zap it from my calendar, please. Zap it - it's not moving, there's no new slot to find. And, er, let them know it's a washout. Okay. Back to the hemming.",
        false,
    ),
    t(
        "h51-task-snail-tunnels",
        "task",
        "Snail farmer reporting in from the misting tunnels, where the snails are munching through the lettuce like it's going out of fashion! Sadly the paperwork won't do itself, and this bit's on me: I'm the lucky so-and-so who has to {task_h10} {due_h10}. Could you add that to my chore list and put it down as {duration_h10} of graft? Cheers!",
        false,
    ),
    t(
        "h52-find-silk-reeling",
        "find",
        "Hi. I am silk reeler. I stand at the basin where the cocoons soften in hot water, and I must find the ends of the threads with my fingers, so I write short. The cocoons of the newest harvest give a thread that breaks again and again, and with {people_h10} I want to talk if we must change the mulberry leaves we give to the worms. I think {duration_h10} or so is needed. Can you spell out for me the empty pockets in my calendar {when_h10}{time_h10} where this conversation can go? Only this I ask. Please do not write anything in the calendar and do not send them an invitation - this part I arrange personally.",
        false,
    ),
    t(
        "h52-find-ice-core-freezer",
        "find",
        "Okay, um, dictating this from inside the core freezer - it's bitterly cold and I've got, er, mitts on, so no typing. Right. The ice core we pulled up has a band of volcanic ash in it that, um, shouldn't be there, and I need to pick through what it means with {people_h10}. Probably {duration_h10}. So could you, er, sniff out where the lulls are in my calendar {when_h10}{time_h10}, wherever that'd go? Look, don't touch, yeah - don't book it, and, um, they're not to hear anything from you. I'll do the inviting once I've, er, thawed out. Okay. Back into the cold.",
        false,
    ),
    t(
        "h52-find-bow-rehair",
        "find",
        "I am rehairing a cello bow at my bench; the hank is tied in at the tip but not yet at the frog, so I must be brief. The horsehair in our present stock has proved coarse and apt to snap under rosin, and whether a finer grade should be sought is to be weighed with {people_h10} in a {duration_adjective_h10} discussion. I should be grateful if you would enumerate the intervals in my calendar {when_h10}{time_h10} that could hold such a discussion. A list is all I require: make no booking of any kind, and let no message go to them; I shall raise the matter with them myself.",
        false,
    ),
    t(
        "h52-book-airship-envelope",
        "book",
        "on top of the airship envelope in a harness patchin a rip in the fabric, thumbs only. {duration_terse_h10} w/ {people_h10} {when_h10}{time_h10} to go over the new mooring mast drill - thats a firm yes from them. stamp it in my cal as a proper entry + sling em the invite. no need to check back w/ me",
        false,
    ),
    t(
        "h52-book-ostrich-incubator",
        "book",
        "Ostrich farm chaos! I'm crouched by the incubator with my ear to an egg that's started tapping from the inside - cutest noise ever. Anyway, the hatching pens need a total rethink. {people_and_i_h10} and I have fixed it: we're meeting {when_h10}{time_h10} for {duration_h10}. It's a definite, so could you slot it into my calendar as a real booking and whizz an invitation over to them? Don't bother checking with me - you've got the green light!",
        false,
    ),
    t(
        "h52-book-ship-figurehead",
        "book",
        "I am carving the figurehead for a restored sailing ship, and the chisel is at a delicate stage along the line of the hair, so I shall keep this short. The oak has revealed a shake running through the shoulder, and how the carving is to be reconceived must be decided with {people_h10}. That decision is to be taken with them {when_h10}{time_h10}, for {duration_h10}, as has been arranged. Please set it down in my calendar as a firm fixture and extend an invitation to them on my behalf; nothing about it awaits my approval.",
        false,
    ),
    t(
        "h52-reschedule-kiln-firing",
        "reschedule",
        "Um, okay, dictating - I'm stoking the wood-fired kiln, er, it's mid-firing and if the heat drops the whole load's ruined, so I can't leave it. So {day_of_move_h10} {clock_h10} with {person_h10} is, um, not going to work. Could you shift it along to {to_h10}? And, er, give them word of the new time. Right. More wood.",
        false,
    ),
    t(
        "h52-reschedule-llama-trek",
        "reschedule",
        "Llama trekking drama: my lead llama has slipped its halter up on the fell and is sunbathing on a ledge, refusing to come down, and as the guide I can hardly abandon it! So {day_of_move_h10} {clock_h10} with {person_h10} is going to need a new home. Would you be a darling and wheel it over to {to_h10}, and let them in on the new timing? Much appreciated!",
        false,
    ),
    t(
        "h52-cancel-ice-hotel",
        "cancel",
        "Hello, I am builder of an ice hotel. I cut big blocks from the frozen river with the chainsaw, so I write short. But the weather stays too mild, the ice on the river is too thin, and so the hotel cannot be built at all - the whole project is finished. For this reason {day_of_h10} {clock_h10} with {person_h10}, where we wanted to choose the design of the ice bar, has no sense any more. Please take it away from my calendar completely. Not to another time - it will not happen, never. And write them a short message that it is off. Thank you.",
        false,
    ),
    t(
        "h52-habit-galley-stoop",
        "habit",
        "sub cook here - galley ceiling's so low im stooped over the hob nonstop + my back's shot. plan is to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a pop. put it on a loop in my cal w/ no finish line pls, ta",
        false,
    ),
    t(
        "h53-find-accordion-bellows",
        "find",
        "Hello, I repair accordions, and at this moment I am gluing new leather gaskets inside the bellows, so I must be quick. The reeds of an old accordion are full of rust and the sound is sour, and with {people_h10} I must decide if we clean the reeds or make new ones. I count {duration_h10} for this talk. Please, can you check in my calendar {when_h10}{time_h10} which times are still unoccupied? I only collect the possibilities. Nothing must go in the calendar, and they must hear nothing from you - the invitation I send myself.",
        false,
    ),
    t(
        "h53-find-venom-milking",
        "find",
        "I am writing from the venom laboratory of a reptile farm, where I am milking a rather irritable viper into a collection vial, so I must be economical with words. The venom yields have fallen markedly, and whether the feeding regime is at fault is a question I intend to examine with {people_h10} in a {duration_adjective_h10} review. Would you canvass my calendar {when_h10}{time_h10} and apprise me of such portions of it as remain uncommitted? I ask for intelligence, not action: nothing is to be reserved, and they are to be left undisturbed by you; any invitation I shall extend myself.",
        false,
    ),
    t(
        "h53-find-parade-float",
        "find",
        "parade float workshop, perched on the chassis stapling tissue flowers onto a papier mache whale so thumbs only. the hydraulics that lift the tail keep jamming + i gotta chew it over w/ {people_h10}, {duration_terse_h10} is plenty. browse my cal {when_h10}{time_h10} n tell me where theres wiggle room? window shoppin only - hands off the cal + leave em be, ill rope em in myself",
        false,
    ),
    t(
        "h53-book-typewriter-carriage",
        "book",
        "Ink ribbon everywhere and a typewriter in bits on my bench - the carriage on this gorgeous old portable has jammed solid and there are springs pinging all over the workshop! Anyway, good news: {people_h10} jumped at the chance to help me sort out a spare-parts swap, and we're doing it {when_h10}{time_h10}, {duration_h10} all in. Could you nail it down in my calendar and drop an invitation into their inbox? It's a sure thing, so no sign-off from me needed!",
        false,
    ),
    t(
        "h53-book-camel-dairy",
        "book",
        "Okay, um, talking into my phone because I'm, er, milking a camel and she really doesn't like it when I let go. Right. So the milk keeps curdling in the chiller, and we can't work out why. {people_and_i_h10} and I have, um, agreed to get to the bottom of it {when_h10}{time_h10}, and it'll take, er, {duration_h10}. So that's, like, a definite. Hardwire it into my calendar and, um, post them an invitation - no need to, er, ask me again. Okay. She's fidgeting, gotta go.",
        false,
    ),
    t(
        "h53-book-yew-longbow",
        "book",
        "I am tillering a yew longbow at the bench, easing it towards full draw to see where the limbs bend unevenly, and I cannot set it down mid-draw, so I shall be brief. The yew billets I have been seasoning have developed chrysals along the belly, and so {people_h10} will join me {when_h10}{time_h10} for a {duration_adjective_h10} inspection of the remaining wood; this has been agreed with them. Kindly install it in my calendar as a binding engagement and have an invitation delivered to them forthwith; you need not seek my assent.",
        false,
    ),
    t(
        "h53-reschedule-bosun-chair",
        "reschedule",
        "hangin off the suspension bridge in a bosun's chair repaintin the main cables, wind's picked up so were stuck clipped on up here. {day_of_move_h10} {clock_h10} w/ {person_h10} - no chance. lob it over to {to_h10}? n flag the new time to em, cheers",
        false,
    ),
    t(
        "h53-reschedule-supercell",
        "reschedule",
        "I am a severe-weather researcher, writing from my intercept vehicle, parked on a farm track beneath a supercell that formed quite unexpectedly; I am obliged to follow it while its structure holds. I must therefore ask that {day_of_move_h10} {clock_h10} with {person_h10} be transposed to {to_h10}. Would you amend the entry accordingly and acquaint them with the revised time?",
        false,
    ),
    t(
        "h53-cancel-sand-sculpture",
        "cancel",
        "Sand in my ears, sand in my teeth - I was knee-deep carving a sandcastle the size of a bus for the beach sculpture trail. Was being the word! A freak high tide rolled in and flattened the lot, and the whole trail's been scrapped. So {day_of_h10} {clock_h10} with {person_h10}, which was all about the turrets, has nothing left to talk about. Purge it from my calendar, would you? It's not going to another slot, it's gone for good - and send them a quick word saying it's off. Sob!",
        false,
    ),
    t(
        "h53-task-wind-tunnel",
        "task",
        "The wind tunnel's spun down for a fan-blade swap, so the roar has finally stopped and I can hear myself think - which means admin. It's on me and me alone to {task_h10} {due_h10}. Could you pin that to my job sheet as a task and put {duration_h10} against it as my best guess?",
        false,
    ),
    t(
        "h54-find-taxidermy-owl",
        "find",
        "I am at the taxidermy bench setting glass eyes into a barn owl, and the skin is drying faster than I should like, so forgive the economy. The armatures for the larger birds keep buckling under their own weight, and I must puzzle it out with {people_h10}; I would allow {duration_h10} for the discussion. Would you winnow my calendar {when_h10}{time_h10} and set before me whichever stretches are still bare? I am gathering facts, not giving orders: let nothing be written into the calendar, and let no invitation reach them on my account.",
        false,
    ),
    t(
        "h54-find-bonsai-juniper",
        "find",
        "Hello, I work in a bonsai nursery and I am wiring the branches of an old juniper, very slowly, so I write only short. Many of our pines have yellow needles and we do not know why, so I want to sit with {people_h10} and look at them together, {duration_h10} maybe. Can you dig in my calendar {when_h10}{time_h10} and bring me back the free places? It is only to know. Please you do not put the meeting inside and you do not write to them - this part I do myself.",
        false,
    ),
    t(
        "h54-find-mole-traps",
        "find",
        "Um, okay, voice note - I'm kneeling on a soggy lawn setting mole traps, so, er, hands are filthy. Right. The molehills on the bowling green keep popping back up, and I need to, um, put heads together with {people_h10} about it. Call it {duration_h10}. Could you, er, fish out whatever's clear in my calendar {when_h10}{time_h10}? That's all I'm after, just the gaps. Don't, um, write anything in, and leave them out of it - I'll, er, get hold of them myself. Ta.",
        false,
    ),
    t(
        "h54-book-sousaphone-dent",
        "book",
        "Brass repair workshop here, with a sousaphone in bits on the bench and a dent in its bell that would make you weep! {people_and_i_h10} and I are finally settling what to charge for dent work {when_h10}{time_h10}, and we reckon {duration_h10} will cover it. It's all agreed, so be a love and etch it into my calendar, then send them their invite - no need to come back to me first!",
        false,
    ),
    t(
        "h54-book-crop-duster",
        "book",
        "crop duster here, fuelling up on a grass strip, prop still turning so keeping it quick. spray drift readings need going over w/ {people_h10} - {duration_terse_h10}, {when_h10}{time_h10}. thats agreed. stamp it into my cal + fling them an invite, no options, dont check back",
        false,
    ),
    t(
        "h54-book-gondola-poles",
        "book",
        "I write from the stern of my gondola, oar in hand, drifting beneath a bridge as the tide turns, so I shall not dwell. Several of the mooring poles along our stretch of canal have rotted through, and a {duration_adjective_h10} inspection with {people_h10} {when_h10}{time_h10} has been settled upon to decide their replacement. Be so good as to enshrine it in my calendar as a fixed appointment and to see that an invitation is conveyed to them; the matter is concluded, and my further approval is not required.",
        false,
    ),
    t(
        "h54-reschedule-steeplejack",
        "reschedule",
        "steeplejack here, clingin to a church spire, ladders lashed on + the weathercock in my lap. winds got up so im pinned here til it drops. {day_of_move_h10} {clock_h10} w/ {person_h10} aint happenin - can u cart it ovr to {to_h10}? + give em the heads up bout the new time, ta",
        false,
    ),
    t(
        "h54-reschedule-ventriloquist-dummy",
        "reschedule",
        "Well, this is mortifying: my ventriloquist's dummy has lost its jaw hinge mid-rehearsal, and I'm glue-gunning it back together before the curtain goes up, so {day_of_move_h10} {clock_h10} with {person_h10} is out of the question. Could you ferry it across to {to_h10} for me, and make sure they hear about the new time? The dummy sends its apologies too, obviously.",
        false,
    ),
    t(
        "h54-cancel-mushroom-tunnel",
        "cancel",
        "Er, dictating this from the old railway tunnel where I grow mushrooms. So. The stream burst its banks and flooded the tunnel, and the whole crop of oyster mushrooms is, um, ruined. Which means {day_of_h10} {clock_h10} with {person_h10}, where we were going to taste the new strain, is, er, pointless. Can you just sweep it off my calendar? Properly gone, I mean - no new slot, nothing to rearrange. And, um, let them know it's off, so they don't make the trip for nothing.",
        false,
    ),
    t(
        "h54-habit-sword-polisher",
        "habit",
        "Polishing swords by hand means kneeling over the whetstones until my legs go numb, and my knees and lower back have finally started to complain. So I've made a resolution: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per sitting. Would you thread that through my calendar as a repeating entry with no cut-off? My joints thank you.",
        false,
    ),
    t(
        "h55-find-sled-dog-checkpoint",
        "find",
        "musher here, at the checkpoint strawin down the dogs + untanglin gang lines w/ frozen fingers. need {duration_terse_h10} w/ {people_h10} to rethink where the food drops go along the trail. scour my cal {when_h10}{time_h10} n read me back wherever its blank? fact-findin only, not fixin - keep the cal as is + dont contact em, ill round em up myself",
        false,
    ),
    t(
        "h55-find-doll-hospital",
        "find",
        "I am at my bench in the doll hospital, re-stringing the limbs of an antique bisque doll with fresh elastic, and the tension must be held by hand, so I shall be concise. Her cracked porcelain face is either to be mended invisibly or replaced outright, and that choice is to be made with {people_h10} over a {duration_adjective_h10} consultation. Would you trawl through my calendar {when_h10}{time_h10} and compile for me an inventory of the intervals that could receive it? I intend only to weigh the possibilities: enter nothing, reserve nothing, and address no invitation to them on my behalf.",
        false,
    ),
    t(
        "h55-find-animatronic-dinosaur",
        "find",
        "Hello, I am technician for the moving dinosaurs in a theme park. I am sitting inside the belly of a big tyrannosaurus and I change the hydraulic hoses, so I write quick. The jaw of the dinosaur opens too slow and makes a terrible noise, and with {people_h10} I want to find out why. I estimate {duration_h10} for it. Can you scan my agenda {when_h10}{time_h10} and tell me in which holes this can stay? It is only for my own knowledge. Please do not fix nothing and do not send them any message, I prefer to speak with them personally.",
        false,
    ),
    t(
        "h55-book-bobbin-lace",
        "book",
        "Bobbins everywhere on my lace pillow, and if I lose my place the whole pattern unravels, so I'll be quick! The collar I'm making keeps puckering at the corners, and {people_and_i_h10} and I have sorted out when to troubleshoot it: {when_h10}{time_h10}, for {duration_h10}. It's a definite, so rivet it into my calendar and toss them an invite - no need to wait on a thumbs-up from me!",
        false,
    ),
    t(
        "h55-book-nib-grinder",
        "book",
        "I am grinding a fountain-pen nib to a stub on the wheel, and the slightest slip would ruin the tipping, so I shall be succinct. The batch of nibs returned for scratchiness must be examined, and I have come to terms with {people_h10} for an examination of them {when_h10}{time_h10}, lasting {duration_h10}. Please anchor this in my calendar as an appointment proper and see that they are furnished with an invitation; the matter is closed, so there is no call to consult me.",
        false,
    ),
    t(
        "h55-book-carousel-horse",
        "book",
        "Um, dictating this, I'm, er, up to my elbows in gesso on a carousel horse, filling the cracks in its mane, so no hands. Right. The gilding on the saddle's flaking off and I need a plan for it, so I'm sitting down with {people_h10} {when_h10}{time_h10} for, um, {duration_h10}. That's agreed, done, so, er, weld it into my calendar and beam them an invite. Don't, um, offer me other times or anything. Okay. Back to the gesso.",
        false,
    ),
    t(
        "h55-reschedule-ship-in-bottle",
        "reschedule",
        "ship in a bottle job, masts part-raised inside the glass + im holdin the riggin thread taut w/ tweezers, cant let go or it all collapses. {day_of_move_h10} {clock_h10} w/ {person_h10} - not gonna make it. scoot it on to {to_h10}? + pass em the new time, ta",
        false,
    ),
    t(
        "h55-reschedule-rhino-horn",
        "reschedule",
        "I write from the back of a pickup in the game reserve, where a sedated rhinoceros is having its horn trimmed and I, as the attending veterinarian, am monitoring its breathing; I cannot leave its side until it is on its feet again. I would therefore ask you to migrate {day_of_move_h10} {clock_h10} with {person_h10} to {to_h10}, to revise the entry to match, and to make certain they learn of the revised time.",
        false,
    ),
    t(
        "h55-cancel-waxworks",
        "cancel",
        "Wax evrywhere - im sculpting a waxwork head and the hot wax keeps drippin on my phone, sorry for typos. The musuem that houses the gallery flooded in the storm and its shutting for good, so the waxworks will never open. That makes {day_of_h10} {clock_h10} with {person_h10}, where we were to pick the glass eyes and the hair, pointless. Evict it from my calendar pls - dont go finding it another berth, its not comming back. And pass the news on to them so they dont show up for nothin.",
        false,
    ),
    t(
        "h55-task-smokejumper",
        "task",
        "Smokejumper on standby in the parachute loft, repacking my chute while the fire line stays quiet, so the paperwork finally gets a look-in. I drew the short straw and must {task_h10} {due_h10} - nobody else can take it off my hands. Could you put it on my docket as a task and tag it with an estimate of {duration_h10}?",
        false,
    ),
    t(
        "h56-find-saffron-field",
        "find",
        "Hello, I am saffron farmer. I am in the field picking the purple flowers, and I must pull out the red threads while they are fresh, so my message is short. The flowers are smaller than normal and the threads are thin, and with {people_h10} I want to discuss if the bulbs are sick. I think {duration_h10} is sufficient for this. Please, can you map out for me the empty spaces in my calendar {when_h10}{time_h10} where this talk can go? Only showing, nothing more. Don't make any appointment and don't send them an invitation - I contact them myself when I am ready.",
        false,
    ),
    t(
        "h56-find-pigeon-loft",
        "find",
        "Okay, um, voice note - I'm in the pigeon loft with a racing hen in my hands, checking her, er, wing feathers, and she won't keep still, so no typing. Right. A lot of the young birds have come home with a cough, and I want a {duration_adjective_h10} chinwag with {people_h10} about whether it's the corn mix. Could you, er, pinpoint where my calendar's got room for that {when_h10}{time_h10}? Um, I'm just weighing up my options. Don't, er, put it in, and don't send them anything - I'll, um, sort that side of it myself. Okay. She's pecking me, gotta go.",
        false,
    ),
    t(
        "h56-find-elephant-bath",
        "find",
        "mahout here, knee deep in the river scrubbin my elephant w/ a coconut husk so wet thumbs, keepin it short. her feet r crackin + i gotta talk balm n boots w/ {people_h10}, {duration_terse_h10} tops. tally up the blank bits in my cal {when_h10}{time_h10}? lookin not bookin - cal stays put + dont message em, ill chase em up myself",
        false,
    ),
    t(
        "h56-book-cork-oak",
        "book",
        "I am stripping bark from a cork oak with a hatchet, and a careless stroke would wound the living tree beneath, so I shall be brief. Much of the bark taken from the lower grove has come away brittle and pitted, and it has been agreed with {people_h10} that we shall hold a {duration_adjective_h10} appraisal of the stacked planks {when_h10}{time_h10}. Be so kind as to place it in my calendar as a settled engagement and to summon them to it by invitation; the arrangement is final and wants nothing further from me.",
        false,
    ),
    t(
        "h56-book-fortune-cookies",
        "book",
        "Fortune cookie factory here, folding cookies around their little paper fortunes while they're hot off the griddle - blink and they go hard! The printer has started smudging the fortunes into gibberish, so {people_and_i_h10} and I have pinned down when to get it fixed: {when_h10}{time_h10}, and {duration_h10} ought to cover it. It's happening, no ifs or buts, so carve it into my calendar properly and get them invited - no need to check in with me!",
        false,
    ),
    t(
        "h56-book-reindeer-corral",
        "book",
        "reindeer herder here, up to my shins in snow in the coral tryin to lasso a calf for its ear tag so excuse typos. the lichen feed we bougth is all mouldy + {people_h10} agreed to go thru it w/ me {when_h10}{time_h10}, {duration_h10} roughly. its a deal so make it a fixed thing in my calandar + lasso em an invte too, dont bother askin me",
        false,
    ),
    t(
        "h56-reschedule-ice-road",
        "reschedule",
        "ice road trucker, rig parked on a frozen lake while the ice gets tested up ahead so im goin nowhere. {day_of_move_h10} {clock_h10} w/ {person_h10} - not doable from out here. can u haul it to {to_h10}? n tip em off bout the new slot",
        false,
    ),
    t(
        "h56-reschedule-cormorant-raft",
        "reschedule",
        "Um, okay, dictating - I'm out on a bamboo raft on the river with my cormorants, er, diving for fish, and the current's picked up, so both hands are on the pole. Right. So, um, {day_of_move_h10} {clock_h10} with {person_h10} - I just can't get back to shore for it. Could you, er, tow it along to {to_h10}? And, um, keep them in the picture about the new time. Okay. Birds are back, gotta go.",
        false,
    ),
    t(
        "h56-cancel-rodeo-clown",
        "cancel",
        "Greasepaint on, baggy trousers on, all set to dive into my rodeo barrel - and then word came that the arena's flooded and the whole rodeo's off! So {day_of_h10} {clock_h10} with {person_h10}, where we were going to rehearse the bull-dodging routine, hasn't got a purpose anymore. Could you nuke it from my calendar? Not moved somewhere else - gone, full stop. And break the news to them that it's off, please!",
        false,
    ),
    t(
        "h56-habit-turf-cutting",
        "habit",
        "Cutting turf on the bog with a slane has bent my back like a hairpin, and it's not getting any straighter on its own. So I'm vowing to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per outing. Would you embed that in my calendar and have it repeat for good?",
        false,
    ),
    t(
        "h57-find-horse-dentist",
        "find",
        "Equine dentist here, rasping the back teeth of a very grumpy cob with a gag in his mouth and my arm in up to the elbow, so I'll keep it short. Several horses on the yard are quidding their feed, and I want to talk floats and sedation with {people_h10} - {duration_h10} should crack it. Could you run a finger down my calendar {when_h10}{time_h10} and point out the stretches that would take it? Purely a survey, mind: nothing gets written in and the invites stay holstered - I'll collar them myself at the yard.",
        false,
    ),
    t(
        "h57-find-champagne-riddling",
        "find",
        "Bonjour. I am riddler in a champagne cellar, it means I turn the bottles in the racks by hand, little by little, so the yeast slides down into the neck. I am deep under the ground with cold fingers, so I write short. In some bottles the deposit stays stuck on the glass and will not move, and I wish to understand why together with {people_h10}. I estimate {duration_h10} for this. Could you inspect my calendar {when_h10}{time_h10} and tell me where such a meeting would find a place? But attention: it is only a question. You must not reserve anything and you must not invite them - I will write to them myself when I decide.",
        false,
    ),
    t(
        "h57-find-gold-panning",
        "find",
        "prospectin up the creek, swirlin the pan w/ both hands + gravel everywhere so typos. found colour in the riffles but the sluice keeps clogging, need to talk it thru w/ {people_h10}, {duration_terse_h10} max. pan thru my cal {when_h10}{time_h10} n show me any nuggets of free time? just panning, not claiming - no entry, no invite, ill holler at em myself",
        false,
    ),
    t(
        "h57-book-highwire-gorge",
        "book",
        "Um, okay, voice memo - I'm, er, tensioning the cable for a highwire crossing over the gorge and I can't let go of the ratchet, so. Right. The stays keep creeping in the wind. {people_and_i_h10} and I have settled on going over the anchor points {when_h10}{time_h10}, for {duration_h10}. It's, er, fixed, no wobbling on it, ha. So bolt it into my calendar as a real booking and, um, get a meeting request over to them. Don't come back to me with, er, other options. Okay. Wind's picking up.",
        false,
    ),
    t(
        "h57-book-sea-lion-pool",
        "book",
        "Fish bucket in my fist, whistle in my teeth - I'm poolside training our sea lions, and the big bull has just decided he'd rather sulk on the rocks than do his flipper wave! So I've got {people_h10} coming down to the pool {when_h10}{time_h10} to cook up a new act - {duration_h10} of brainstorming, all agreed on. Set it in stone in my calendar and flick them an invite, would you? No need to clear it with me, it's happening!",
        false,
    ),
    t(
        "h57-book-dictionary-headword",
        "book",
        "I write from the lexicography department, where I am tracing the oldest attested use of a headword whose etymology has eluded all our citation searches. The revised entry must be settled with {people_h10}, and it has been arranged that we confer {when_h10}{time_h10} for {duration_h10}. Would you be so good as to enter the engagement in my calendar as definite and transmit a calendar invitation to them? The arrangement stands; I require neither alternatives nor any further query.",
        false,
    ),
    t(
        "h57-reschedule-kelp-longlines",
        "reschedule",
        "kelp farm, out on the longlines in the skiff haulin up fronds, swell's up + cant get in to the pontoon. {day_of_move_h10} {clock_h10} w/ {person_h10} - no dice. winch it over to {to_h10}? + fill em in on the new slot, cheers",
        false,
    ),
    t(
        "h57-reschedule-escapologist-chains",
        "reschedule",
        "Dictated while hanging upside down in a straitjacket above the water tank at rehearsal, so please forgive any oddities. The padlocks on the chains have seized, and I shan't be free of them in time for {day_of_move_h10} {clock_h10} with {person_h10}. Would you kindly reposition it to {to_h10} and make certain they are told of the revised time?",
        false,
    ),
    t(
        "h57-cancel-pearl-raft",
        "cancel",
        "Hello, I work on a pearl farm. At the moment I am on the raft and I open oysters to check the pearls, my hands are wet so my message is short. The typhoon destroyed the oyster lines and almost all oysters are dead, so this season there is no harvest. For this reason {day_of_h10} {clock_h10} with {person_h10}, where we wanted to grade the pearls, has no meaning any more. Please cut it out of my calendar completely - do not search another time for it, it is finished. And please tell them it is off, so they do not come for nothing. Thank you.",
        false,
    ),
    t(
        "h57-task-puffin-burrows",
        "task",
        "Seabird warden here, flat on my belly on a clifftop peering into puffin burrows, and the fog's rolled in so thick I can't see the birds, never mind count them. Might as well tackle the admin instead. It's fallen to me - there's nobody else on this rock, literally - to {task_h10} {due_h10}. Could you tuck it into my task list, with {duration_h10} noted as the likely effort?",
        false,
    ),
    t(
        "h58-find-bamboo-scaffold",
        "find",
        "bamboo scaffolder here, clipped onto the poles way up a tower lashing knots, so thumbs only. the lashings r fraying too fast + i wanna go over the new binding cord w/ {people_h10}, {duration_terse_h10} shd do it. can u x-ray my cal {when_h10}{time_h10} n list me the holes it cud slot into? im just doin the maths, not committin - dont put anythin in + dont invite em, ill yell down to em myself",
        false,
    ),
    t(
        "h58-find-harpsichord-quills",
        "find",
        "I am voicing a harpsichord, shaving each plectrum with a scalpel until the quill plucks the string just so, and I dare not set the blade down for long. The newly cut quills are proving too stiff in the treble, and I wish to consider the matter with {people_h10}; I should think {duration_h10} sufficient. Might I trouble you to peruse my calendar {when_h10}{time_h10} and tell me which passages of it lie free for such a conversation? I seek particulars only: nothing is to be entered, and no invitation is to go to them. I shall approach them as I see fit.",
        false,
    ),
    t(
        "h58-find-yurt-felting",
        "find",
        "Hello, I make the felt for yurts. At this moment I am rolling a big wet mat of wool with my arms and my feet, and I must not stop or the felt will not hold together, so I write very short. The new felt is thin in the middle and it tears, and I want to discover the reason together with {people_h10}. I think it takes {duration_h10}. Please can you go with your eyes over my calendar {when_h10}{time_h10} and say me where are empty places big enough for this? I only want to know it, not more. Do not write the meeting inside and do not invite them - I speak with them myself when the felt is dry.",
        false,
    ),
    t(
        "h58-book-mirror-silvering",
        "book",
        "Um, okay, dictating this - I'm, er, re-silvering an old mirror and the silver solution is sitting on the glass as we speak, so I can't, um, touch anything. Right. The backing keeps coming up all speckled and foxed. {people_and_i_h10} and I have, er, signed off on getting together {when_h10}{time_h10} to sort out the chemistry, for {duration_h10}. So, um, reflect that in my calendar as a real booking, yeah, and have an invitation, er, waiting in their inbox. It's all agreed, so don't come back to me with options. Okay. Solution's going cloudy, bye.",
        false,
    ),
    t(
        "h58-book-sheepdog-whistle",
        "book",
        "Up on the fell with a whistle between my teeth, working the young dog on the flock, and she keeps cutting in far too tight on her outrun - honestly, you'd think she'd never heard a whistle in her life! Anyway, {people_h10} said they'd come up and watch her work {when_h10}{time_h10}, and we reckon {duration_h10} will do it. That's promised all round, so rope it into my calendar as booked and loop them in with an invite - no need to check back with me!",
        false,
    ),
    t(
        "h58-book-cymbal-forge",
        "book",
        "Cymbal smith, mid-hammering a bronze blank on the anvil, can't put the hammer down. Newest batch rings dead - no shimmer. Agreed with {people_h10}: a {duration_adjective_h10} listening session {when_h10}{time_h10} to work out why. Confirmed, not a proposal - forge it into my calendar as booked and get the calendar invite out to them. No options, no need to check back.",
        false,
    ),
    t(
        "h58-reschedule-rice-paddy",
        "reschedule",
        "Hello, I stand in the rice paddy with water up to my knees and I plant the young rice by hand, my hands are all in mud. I cannot come out from the field for {day_of_move_h10} {clock_h10} with {person_h10}. Please can you replant this appointment to {to_h10}, like I replant my rice? And please tell them where it is going. Thank you.",
        false,
    ),
    t(
        "h58-reschedule-hoof-crush",
        "reschedule",
        "Hoof trimmer here, with a cow strapped in the crush and her hind foot roped up on the bar - she's got a nasty sole ulcer and I'm nowhere near finished. There's no way I'll make {day_of_move_h10} {clock_h10} with {person_h10}. Could you reroute it to {to_h10} and make sure they hear where it's landed?",
        false,
    ),
    t(
        "h58-cancel-topiary-peacock",
        "cancel",
        "A hard frost has scorched the yew peacock I have been clipping in the walled garden, and its tail is beyond saving; the shrub is to be grubbed out. Consequently, {day_of_h10} {clock_h10} with {person_h10}, at which we were to plan its shaping, serves no purpose. Kindly uproot it from my calendar altogether - it is not to be moved to another date - and let them know it will not take place.",
        false,
    ),
    t(
        "h58-habit-hot-lab-glovebox",
        "habit",
        "Working a glovebox in the hot lab means standing with my arms pushed through rubber ports and my neck craned at the leaded glass, and my shoulders have set like concrete. So I've talked myself into it: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per spell. Could you build that into the rhythm of my calendar so it repeats and never lapses?",
        false,
    ),
    t(
        "h59-find-parachute-packing",
        "find",
        "Rigger here, kneeling on a reserve canopy at the packing table with the lines bunched in my fist - if I let go it all springs apart, so bear with the brevity. The sliders have been hanging up on deployment and I want to get it sorted with {people_h10}; {duration_h10} ought to cover it. Could you unfold my calendar {when_h10}{time_h10} and lay out the gaps that would hold a conversation like that? Strictly for my information: nothing goes in, and no invitation goes to them - I'll raise it with them myself when this rig is closed.",
        false,
    ),
    t(
        "h59-find-globe-gores",
        "find",
        "Oh, you should see my bench - I'm easing wet strips of printed map onto a plaster sphere for a globe, and if I rush them they wrinkle and the coastlines refuse to meet at the seams. That's exactly the puzzle I'd love to chew over with {people_h10}, likely {duration_h10} of head-scratching. Would you give my calendar a spin {when_h10}{time_h10} and tell me where there's room for it? Just curious, nothing more - please don't enter anything and don't send them a thing; I'll track them down myself when the paste has dried.",
        false,
    ),
    t(
        "h59-find-cranberry-bog",
        "find",
        "in waders in the flooded cranberry bog corralling berries w/ a floating boom, phone in a ziplock so sry for typos. berries r coming up soft n bruised, wanna figure out why w/ {people_h10}, prob {duration_h10}. can u skim my cal {when_h10}{time_h10} + tell me which bits r still open? not committing to nothin - dont add it, dont ping em, ill text em myself when im outta the water",
        false,
    ),
    t(
        "h59-book-surfboard-shaper",
        "book",
        "Dude, I'm in the shaping bay planing down a foam blank, dusted head to toe, can't really touch my phone with these hands. The new rails keep catching on the turn, so I've got {people_h10} coming by {when_h10}{time_h10} to rethink the outline with me - {duration_h10}, all sorted, all stoked. Wax that into my calendar as a done deal and hit them up with the invite, yeah? Don't bother checking back with me, it's on.",
        false,
    ),
    t(
        "h59-book-noodle-pulling",
        "book",
        "Hello, I am noodle master in a restaurant kitchen. I am pulling the dough with both my hands, fold and pull, fold and pull, and I cannot stop, so I write short. The noodles snap before they become long and thin, maybe the flour is not right. {people_and_i_h10} and I have decided to taste and talk about it {when_h10}{time_h10}, for {duration_h10}. This is fixed already, not a question. Please make it a true appointment in my calendar and send to them the invitation. You do not need to ask me again. Thank you.",
        false,
    ),
    t(
        "h59-book-crash-test-dummy",
        "book",
        "Crash lab. Mid-reset on the sled, dummy still strapped in, sensor cables everywhere. Neck load readings coming back implausible. Fixed with {people_h10}: {duration_h10} {when_h10}{time_h10} to pick apart the data. This is decided, not floated - slate it in my calendar as confirmed and get the invitation issued to them. No alternatives wanted.",
        false,
    ),
    t(
        "h59-reschedule-lobster-pots",
        "reschedule",
        "Er, yeah, dictating this from the boat - I'm, um, hauling creels off the reef and there's a big old lobster going for my thumb, so. The rope's fouled on the rocks and I'll be out here a good while freeing it, so there's no way I'm back in harbour for {day_of_move_h10} {clock_h10} with {person_h10}. Can you, er, steer it over to {to_h10}? And, um, let them know where it's ended up. Cheers. Ow.",
        false,
    ),
    t(
        "h59-reschedule-chainsaw-bear",
        "reschedule",
        "I write with sawdust on my visor, partway through carving a bear from a cedar trunk with a chainsaw. The timber has opened along a hidden shake, and I must stay to rescue what I can of the figure, which puts {day_of_move_h10} {clock_h10} with {person_h10} beyond my reach. I should be grateful if it could be held over to {to_h10}, and if they could be advised of the new arrangement.",
        false,
    ),
    t(
        "h59-cancel-giant-pumpkin",
        "cancel",
        "Absolutely gutted. I've been babying a giant pumpkin in the polytunnel for the weigh-off, and it's gone and split right down the side - it's rotting as I type. So {day_of_h10} {clock_h10} with {person_h10}, where we were going to work out how to winch it onto the scales, is a lost cause. Compost it, please - take it clean out of my calendar, don't shuffle it somewhere else - and let them know it's off. Sigh.",
        false,
    ),
    t(
        "h59-habit-stone-lettering",
        "habit",
        "Letter cutter by trade, which means bending for ages over slabs of slate with a mallet and chisel, and my neck has started creaking like an old gate. Enough's enough, I'm turning over a new leaf: I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a shot. Could you engrave that into my calendar so it comes back round without end?",
        false,
    ),
    t(
        "h60-find-hovercraft-skirt",
        "find",
        "hovercraft engineer, skirt's ripped on the slipway + im gluing a rubber patch on w/ sticky thumbs. lift fan's guzzling fuel, need to pull it apart w/ {people_h10}, {duration_terse_h10} shd cover it. rake thru my cal {when_h10}{time_h10} n list the clear chunks? just gatherin intel - nada goes in the cal + they hear nothin from u, ill grab em on the slipway myself",
        false,
    ),
    t(
        "h60-find-pinball-flipper",
        "find",
        "Oh, it's mayhem in here - I've got an old pinball machine with the playfield propped open and wires all over the place, and the left flipper keeps going limp mid-game. I'd love to pick it apart with {people_h10}, probably {duration_h10} of tinkering and theorising. Any chance you could rack up a list of the spots in my calendar {when_h10}{time_h10} where that would fit? This is a what-if, nothing more - don't add it and don't send them a thing; I'll nudge them myself when this flipper behaves.",
        false,
    ),
    t(
        "h60-find-curling-ice",
        "find",
        "Hello, I am ice technician in a curling hall. I walk up and down the sheet with the pebbling can on my back and spray little drops of water on the ice, so I write short. The stones do not curl like they should, they go too straight, and I want to understand the reason with {people_h10}. I think we need {duration_h10}. Please can you study my calendar {when_h10}{time_h10} and write me back which empty places it has for this? I ask only for information. Please leave the calendar how it is and do not contact them - I speak to them myself when the ice is finished.",
        false,
    ),
    t(
        "h60-book-taiko-drums",
        "book",
        "Um, okay, voice note - I'm, er, stretching a cowhide over a taiko drum and jacking it tight, so both hands are, um, full. Right. The new drums keep coming out dull, no boom to them at all. {people_and_i_h10} and I have, er, agreed to sort out the skins {when_h10}{time_h10}, for {duration_h10}. So, um, drum that into my calendar as an actual booking and, er, send the invitation over to them, yeah? It's decided, so you can, um, carry on without me. Okay. Hide's slipping, bye.",
        false,
    ),
    t(
        "h60-book-leech-tanks",
        "book",
        "I write from the leech farm, where I am sorting medicinal leeches from the breeding tanks by hand, and they do not take kindly to being kept waiting, so I shall be brief. A portion of the latest brood has proved sluggish, and I have agreed a {duration_adjective_h10} review of the stock with {people_h10} {when_h10}{time_h10}. I would ask that it be set down in my calendar as a confirmed appointment, and that they be sent a formal invitation; the arrangement is final, and there is no need to refer back to me.",
        false,
    ),
    t(
        "h60-book-lamplighter",
        "book",
        "lamplighter here, up a ladder on the old gaslit street w/ my pole, the mantles keep crumblin when i light em so sry for typos. sorted it w/ {people_h10}: {duration_h10} {when_h10}{time_h10} to figure out whats killin the mantles. its a done deal so throw it in my cal as a proper booking n get an invite flyin their way. ur cleared to just do it",
        false,
    ),
    t(
        "h60-reschedule-buoy-tender",
        "reschedule",
        "Hello, I am deckhand on a buoy tender. We lift the big navigation buoys out of the sea to scrape the mussels off them, and the crane is swinging over my head, so I write short. We are still far out from the harbour and I will not be back for {day_of_move_h10} {clock_h10} with {person_h10}. Please can you float it over to {to_h10}, like my buoys? And tell them the new time, please. Thank you.",
        false,
    ),
    t(
        "h60-reschedule-bobsleigh-track",
        "reschedule",
        "Bobsleigh track. Re-icing the banked curve after a sled took the lip off it, can't leave the hose. {day_of_move_h10} {clock_h10} with {person_h10} - won't make it. Budge it to {to_h10} and tell them where it's gone.",
        false,
    ),
    t(
        "h60-cancel-snow-globe",
        "cancel",
        "Well, that's that: the whole batch of snow globes I've been filling has gone cloudy - the glycerine mix was off, and the glitter has clumped into sad little lumps at the bottom. The range is scrapped, so {day_of_h10} {clock_h10} with {person_h10}, where we were meant to choose the scenes for the domes, is pointless. Could you just can it? I don't want it on my calendar at all any more - no new slot, no shuffling it along - and let them know it's off, would you?",
        false,
    ),
    t(
        "h60-habit-kilt-pleats",
        "habit",
        "Kiltmaker by trade, which means hunching over the cutting table pressing and stitching pleats, and my shoulders have knotted up tighter than a buckled strap. Enough of that: I'm signing myself up to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a turn. Would you make that a permanent feature of my calendar, turning up again and again with no end?",
        false,
    ),
    t(
        "h61-find-oast-kiln",
        "find",
        "oast house, up on the drying floor turnin hops w/ a big wooden shovel, eyes streamin from the fumes. kiln's runnin too hot + the cones r scorching, wanna mull it over w/ {people_h10}, reckon {duration_terse_h10}. can u rifle thru my cal {when_h10}{time_h10} n dig out the gaps? just browsin - dont stick anythin in + keep schtum w/ em, ill holler at em myself",
        false,
    ),
    t(
        "h61-find-fresco-vault",
        "find",
        "I write lying on my back upon a scaffold beneath a chapel vault, where I am consolidating flaking fresco with a syringe of lime water, and I cannot climb down for some while. A bloom of salts has spread across the painted heavens, and I should like to consider it jointly with {people_h10} for {duration_h10}. Would you be good enough to leaf through my calendar {when_h10}{time_h10} and indicate where such a conversation might find room? The enquiry is for my eyes only: nothing is to be written in, and no word is to reach them from you; I shall approach them myself once my feet are on the ground.",
        false,
    ),
    t(
        "h61-find-coracle-weaving",
        "find",
        "Hello, I build coracles, the little round boats from willow and tar. While I write this I sit inside the frame and weave the willow, and my fingers are black from the tar, so please excuse the short message. The new boats let water come in at the bottom, and I want to find the cause together with {people_h10}. Maybe {duration_h10} is enough for it. Can you thumb through my calendar {when_h10}{time_h10} and show me which places have room for this? It is only a question, no more. Please do not write the meeting in and do not send them anything - I go to them myself when the tar is dry.",
        false,
    ),
    t(
        "h61-book-clog-workshop",
        "book",
        "Um, right, voice note from the workshop - I'm, er, hollowing out a wooden clog with the spoon knife, shavings all over me, so I can't really, um, hold the phone. The new soles keep splitting along the grain, it's, er, maddening. Anyway, {people_and_i_h10} and I have, um, made a pact to go through the timber {when_h10}{time_h10}, for {duration_h10}. So can you, er, make it a solid booking in my calendar and, um, send word to them with an invitation? It's all agreed, so, er, no need to check with me. Okay. Back to the clog.",
        false,
    ),
    t(
        "h61-book-ferris-wheel",
        "book",
        "Oh, the view up here is wild! I'm clipped onto the rim of the big wheel at the fairground, tightening bolts on the gondolas, and the top gondola has started squeaking like a startled mouse whenever the wheel turns. So I've got {people_h10} coming up to have a listen {when_h10}{time_h10}, and we've allowed {duration_h10} for it - all arranged and agreed. Would you get it down in my calendar as a firm booking and send them an invitation they can accept? Consider it green-lit, no need to loop back to me!",
        false,
    ),
    t(
        "h61-book-marbling-bath",
        "book",
        "Memo from the marbling studio, where I am combing pigments across a bath of size to make endpapers; I shall be brief. The colours have begun to bleed together as the sheets are laid. A {duration_adjective_h10} consultation with {people_h10} {when_h10}{time_h10} has been agreed upon to resolve the matter. Please have it recorded in my calendar as a settled booking and arrange for an invitation to go out to them; this is final, and you need not refer back to me.",
        false,
    ),
    t(
        "h61-reschedule-storm-drain",
        "reschedule",
        "Pest control. Down a storm drain setting rat traps, headtorch on, barely any signal. Nest's far bigger than expected - stuck below ground a while. {day_of_move_h10} {clock_h10} with {person_h10}: can't make it. Sling it to {to_h10} and keep them in the loop.",
        false,
    ),
    t(
        "h61-reschedule-wreck-dive",
        "reschedule",
        "Hello, I am diving instructor. I am on the boat above an old shipwreck, still in my wetsuit, and a fishing net is caught on the wreck, so I must stay and cut it free. For this reason I cannot be back for {day_of_move_h10} {clock_h10} with {person_h10}. Please, can you put this appointment over to {to_h10}? And please give them the information about the change, so they know. Thank you very much.",
        false,
    ),
    t(
        "h61-cancel-cricket-bat",
        "cancel",
        "Bad news from the bat-maker's shed: I'd just split the willow cleft for a new cricket bat and it's riddled with worm holes - the whole lot's only fit for the stove. So {day_of_h10} {clock_h10} with {person_h10}, where we were going to choose the handle and the grip, has nothing left to talk about. Could you junk it? Clear it off my calendar entirely - don't go finding it a new slot - and send them a little note that it's not happening, would you?",
        false,
    ),
    t(
        "h61-task-funicular",
        "task",
        "I drive the funicular railway up the cliff, and the car is held at the upper station while the brakes cool, which gives me a breathing space for admin. I've put my hand up to {task_h10} {due_h10}. Would you add it to my punch list as a task, costed at {duration_h10}? Much obliged.",
        false,
    ),
    t(
        "h62-find-millstone-dressing",
        "find",
        "at the watermill dressing the runner stone w/ a mill bill, grit in my teeth. flour's comin out coarse + warm, wanna puzzle it thru w/ {people_h10}, {duration_terse_h10} at most. poke round my cal {when_h10}{time_h10} + tell me where itd slot? just gettin the lay of the land - no entries, no messagin em, ill bellow down the hatch to em myself",
        false,
    ),
    t(
        "h62-find-radio-telescope",
        "find",
        "I am writing from the receiver cabin of a radio telescope, suspended high above the dish, where I am replacing a cryogenic amplifier in thick gloves; forgive the brevity. A persistent hum has crept into our observations, and I should like to examine it together with {people_h10} for {duration_h10}. Might you cast an eye across my calendar {when_h10}{time_h10} and report which intervals stand vacant? I ask merely to be informed: nothing is to be entered, and they are not to be contacted by you; I shall take the matter up with them myself when I have descended.",
        false,
    ),
    t(
        "h62-find-soap-vat",
        "find",
        "Ugh, soap disaster! I'm elbow-deep in a vat of lavender soap that's seized into something like cottage cheese, and the stick blender has given up on me. I want to work out where it all went wrong with {people_h10} - {duration_h10} or so ought to do it. Could you have a squint at my calendar {when_h10}{time_h10} and tell me where that could be shoehorned in? Just putting out a feeler: don't pop anything in and don't breathe a word to them - I'll catch them myself when I've scraped this lot out.",
        false,
    ),
    t(
        "h62-book-sauna-stove",
        "book",
        "Er, hi, dictating this from inside a sauna I'm, um, building - I'm bricking in the stove and my hands are all mortar, so, er, bear with me. The stones keep cracking when it heats up, which is, um, not ideal. Right, so {people_and_i_h10} and I have, er, agreed to go over the stove design {when_h10}{time_h10}, for {duration_h10}. Could you, um, mortar that into my calendar as a, er, confirmed booking and get an invite out the door to them? It's settled, so you don't have to, um, run it by me. Cheers. Back to the bricks.",
        false,
    ),
    t(
        "h62-book-fly-gallery",
        "book",
        "Hiya from the fly gallery! I'm perched way above the stage hauling on counterweight ropes, and the backdrop keeps snagging on its way down like a stubborn old blind. So I'm putting our heads together with {people_h10} {when_h10}{time_h10}, with {duration_h10} set aside for it - signed, sealed and agreed. Could you hoist it into my calendar, properly booked, and pass an invite along to them? You've got the green light from me, no checking back needed!",
        false,
    ),
    t(
        "h62-book-crocodile-pool",
        "book",
        "Hello, I am keeper of the crocodiles in a reptile park. I am standing in the water of their pool with a long pole and a wooden board for protection, because I must clean the filter, so I write quickly. The big crocodile does not want to eat anymore, and we have agreed a {duration_adjective_h10} talk with {people_h10} {when_h10}{time_h10} about this problem. Please, can you make it fixed in my calendar as a true appointment, and send to them the invitation? It is decided, you do not need to ask me again. Thank you.",
        false,
    ),
    t(
        "h62-reschedule-grain-silo",
        "reschedule",
        "Grain silo. Roped in, breaking up caked wheat with a bar, dust everywhere. Stuck in here a good while yet. {day_of_move_h10} {clock_h10} with {person_h10} ain't happening. Heave it over to {to_h10} and give them a heads-up.",
        false,
    ),
    t(
        "h62-reschedule-cable-ship",
        "reschedule",
        "Argh, sorry - I'm on a cable ship out at sea, splicing a snapped subsea cable in the jointing room, and it's taking forever because the fibres keep fraying. No chance I'm back on dry land in time for {day_of_move_h10} {clock_h10} with {person_h10}. Could you spool it on to {to_h10} instead? And do let them know about the switch so they're not left hanging!",
        false,
    ),
    t(
        "h62-cancel-mead-cellar",
        "cancel",
        "ugh, the mead's turned. whole cellar of it gone sour as vinegar, smells like a chip shop in here. so {day_of_h10} {clock_h10} with {person_h10} to pick labls for the bottels has no point anymore. can u pour it down the drain along with the mead? off my calendar completly - dont find it a new slot, dont rehome it - and tell them its not happening, ta",
        false,
    ),
    t(
        "h62-habit-watch-bench",
        "habit",
        "Watchmaker here - I spend ages with an eyeglass wedged in my socket, hunched over movements no bigger than a fingernail, and my upper back has set like old glue. So I've vowed to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a bout. Could you wind that into my calendar so it keeps ticking over indefinitely?",
        false,
    ),
    t(
        "h63-find-seed-vault",
        "find",
        "I am writing from inside a seed vault, bundled in a parka among racks of sealed foil packets, and the cold makes typing laborious, so I shall be concise. A batch of sorghum accessions has failed its germination test, and whether the whole collection must be regrown is a question I need to weigh with {people_h10}; I expect it to take {duration_h10}. Would you go carefully over my calendar {when_h10}{time_h10} and itemise the openings long enough for it? I want the facts and nothing besides: leave every entry where it stands, add none, and let no message go to them; I shall raise it with them myself when I am back in the warm.",
        false,
    ),
    t(
        "h63-find-penguin-moult",
        "find",
        "penguin keeper, ankle deep in moulted feathers, birds peckin at my laces so typin w/ numb fingers. the moulters r off their fish + i need to talk feed plans w/ {people_h10}, {duration_terse_h10} wd do. cud u nose thru my cal {when_h10}{time_h10} n point out the bare spots? strictly lookin - leave the cal be, nothin sent to em, ill waddle over n ask em myself",
        false,
    ),
    t(
        "h63-find-violin-varnish",
        "find",
        "Hello, I am violin maker. I am putting varnish on a new violin with a very small brush, and my fingers are all sticky, so I write short. The varnish does not dry, it stays soft like honey. {people_and_i_h10} and I must understand the reason, and I think we need {duration_h10} for this. Can you please look inside my calendar {when_h10}{time_h10} and tell to me in which places there is enough room? I ask only for knowing. Do not write nothing in the calendar and do not send them any message - I will speak to them myself when the violin hangs to dry.",
        false,
    ),
    t(
        "h63-book-tannery-pits",
        "book",
        "Phew, hello from the tannery! I'm up to my elbows in a lime pit, hauling hides about with a long hook, and the smell is what you might call character-building. The latest hides keep coming out patchy and stiff, so a {duration_adjective_h10} powwow with {people_h10} is happening {when_h10}{time_h10} - it's official. Could you hook that into my calendar as a real appointment and see that they get an invitation out of it? You've got the keys to it, no need to ask me anything!",
        false,
    ),
    t(
        "h63-book-escalator-pit",
        "book",
        "Okay, um, voice note - I'm down in the pit under an escalator, greasing the step chain, and my hands are, er, black to the wrists, so. Right. The handrail keeps lagging behind the steps, which is, um, a bit alarming. {people_and_i_h10} and I have, er, arranged to strip down the drive unit {when_h10}{time_h10}, and it'll want, um, {duration_h10}. So can you, er, bank that in my calendar as a proper appointment and, um, have the invitation go across to them? It's, er, all settled, so you don't need me for any of it. Okay. Back under.",
        false,
    ),
    t(
        "h63-book-ice-fishing-hut",
        "book",
        "ice fishin hut, just drilld a fresh hole n the lines keep freezin solid, mitts on so xcuse typos. me n {people_h10} r sortin out the heater situation {when_h10}{time_h10}, {duration_terse_h10}. they said yes n so did i, so reel it into my cal as a real booking + shoot em the invite. ur good to go w/o me",
        false,
    ),
    t(
        "h63-reschedule-dredger-hopper",
        "reschedule",
        "I write from the bridge of a dredger whose hopper doors have jammed shut under a full load of silt. I am obliged to remain aboard until they can be freed, and shall not be ashore in time for {day_of_move_h10} {clock_h10} with {person_h10}. Would you be so kind as to reassign it to {to_h10} and see that they are informed of its new position?",
        false,
    ),
    t(
        "h63-reschedule-ski-jump",
        "reschedule",
        "Argh, Im up on the in-run of the ski jump re-cutting the tracks with a rake, and the snow keeps slidin off the take-off lip, so Im stuck up here till its sorted. Theres no way Ill make {day_of_move_h10} {clock_h10} with {person_h10}. Could you zip it along to {to_h10} and make sure they get the memo? Ur a legend!",
        false,
    ),
    t(
        "h63-cancel-kombucha-scoby",
        "cancel",
        "Grim news from the brewery: a furry grey mould has bloomed across every scoby in the fermenting jars, so the whole kombucha line is being tipped away. That leaves {day_of_h10} {clock_h10} with {person_h10}, where we were going to choose the flavours, with no purpose at all. Could you just void it? Don't hunt for a new slot or push it anywhere - I want it gone from my calendar - and send them word that it's not going ahead.",
        false,
    ),
    t(
        "h63-habit-terrazzo-grinder",
        "habit",
        "Terrazzo finisher here - I spend long stretches on my knees behind a grinding machine, bringing chips of marble up to a shine, and my lower back has started to grumble louder than the grinder. So I've sworn to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a spell. Could you set that into my calendar like chips in the floor, as a standing repeat that carries on indefinitely?",
        false,
    ),
    t(
        "h64-find-snow-cannon",
        "find",
        "snowmaker, up a pylon on the nursery slope thawin out a frozen snow cannon, fingers like fish sticks. its spittin slush not powder + i gotta get to the bottom of it w/ {people_h10}, {duration_terse_h10} ish. can u scope out my cal {when_h10}{time_h10} n holler back w/ the empty bits? fact-finding only - nothin goes in, nothin goes to em, ill radio em myself",
        false,
    ),
    t(
        "h64-find-coral-aquarium",
        "find",
        "I am writing from the reef tank of an aquarium, standing waist-deep in salt water and spot-feeding the corals polyp by polyp, so I must be economical with words. Several colonies have begun to bleach, and I wish to examine the water chemistry with {people_h10} for {duration_h10}. Would you take stock of my calendar {when_h10}{time_h10} and report the intervals in which such a discussion would fit? I ask purely as a matter of inquiry: make no entry whatsoever, and send no word to them; I intend to approach them in person once I have dried off.",
        false,
    ),
    t(
        "h64-find-braille-embosser",
        "find",
        "Hello, I work as braille transcriber. My embosser is punching the dots too weak, the paper comes out nearly flat, and I am repairing it by a little screwdriver while I write, so sorry for the short message. {people_and_i_h10} and I need to find out the reason, maybe {duration_h10} or so. Please can you feel through my calendar {when_h10}{time_h10}, like a finger going over the dots, and say me the free places where this fits? It is only for my orientation. Please do not put any appointment inside and do not write to them - I contact them by myself when the machine works again.",
        false,
    ),
    t(
        "h64-book-dry-dock",
        "book",
        "Right, um, voice message - I'm, er, up on a cherry picker in the dry dock spraying antifouling onto a ship's hull, so my hands are, um, full of spray gun. The paint keeps blistering as it cures, which is, er, not good. So {people_and_i_h10} and I have, um, settled on going through the coating spec {when_h10}{time_h10}, and it'll need, er, {duration_h10}. Can you, um, clamp that into my calendar as a firm booking and, er, send an invite down the gangway to them? It's all, um, signed off, so no need to run it past me. Right. Back to the hull.",
        false,
    ),
    t(
        "h64-book-hedgehog-hospital",
        "book",
        "Hiya from the hedgehog hospital! I'm trying to weigh a row of prickly little patients on the kitchen scales and they keep rolling up into balls, so I can barely read the dial, ha. Some of the hoglets just aren't fattening up, so I've enlisted {people_h10} for a {duration_adjective_h10} confab about feeding {when_h10}{time_h10} - it's all agreed. Could you put it to bed in my calendar as a proper booking and let an invite trundle over to them? Go right ahead, no need to double-check with me!",
        false,
    ),
    t(
        "h64-book-zipline",
        "book",
        "zipline op, hangin off the top platform swappin a trolley, brakes screechin like gulls. {duration_h10} w/ {people_h10} {when_h10}{time_h10} to go over the braking kit - all agreed. clip it into my cal as a confirmed mtg + send em the invite, no need to check w/ me",
        false,
    ),
    t(
        "h64-reschedule-tidal-island",
        "reschedule",
        "I write from a tidal island, where I have been recording lichens on the chapel ruins. The causeway has flooded behind me and I shall be marooned until the water recedes, so I cannot attend {day_of_move_h10} {clock_h10} with {person_h10}. Might it be re-dated to {to_h10}, with notice of the change sent to them?",
        false,
    ),
    t(
        "h64-reschedule-geyser-valve",
        "reschedule",
        "Um, hi, er, voice note - I'm out at the geothermal field and a relief valve on a wellhead has, um, seized, so there's steam hissing everywhere and I can't leave till it's, er, sorted. So I won't make {day_of_move_h10} {clock_h10} with {person_h10}. Can you, um, vent it over to {to_h10}? And, er, clue them in on where it's gone. Ta. Right, goggles on.",
        false,
    ),
    t(
        "h64-cancel-indigo-vat",
        "cancel",
        "disaster at the dye works - the indigo vat has died on me, gone grey n sludgy, and the skeins i dipped came out the colour of dishwater. so {day_of_h10} {clock_h10} with {person_h10}, when we were gona pick shades for the new yarn, has nothin left to decide. can u sink it? take it out of my calender alltogether, dont find it another slot or shuffle it on, and let them know its off pls",
        false,
    ),
    t(
        "h64-task-ice-cream-van",
        "task",
        "Rain's bucketing down, so the ice cream van is parked up with the freezer humming and the chimes switched off, which means I've got no excuse left to dodge the admin. This bit has come my way and it's mine alone: I'm to {task_h10} {due_h10}. Could you stash it in my task list and ballpark it at {duration_h10}? Ta muchly!",
        false,
    ),
    t(
        "h65-find-denture-lab",
        "find",
        "Hello, I am dental technician. I sit under the magnifier lamp and model the wax for a denture, my fingers are full of wax, so I write not much. After the casting the bite comes out crooked, still crooked, I don't understand why, and I must study this with {people_h10} for {duration_h10} more or less. Could you dig through my calendar {when_h10}{time_h10} and list off the holes where it can fit? It is only like a dry run, for my information. The calendar must stay how it is, please put nothing inside and send them no message - I ask them myself when the wax is cold.",
        false,
    ),
    t(
        "h65-find-vending-machine",
        "find",
        "vending tech, kneelin in a hospital basement w/ a snack machine's coin mech in bits on the floor, springs everywhere. it swallows coins n spits nothin out, gotta hash it out w/ {people_h10}, {duration_terse_h10} tops. can u root thru my cal {when_h10}{time_h10} n list the clear bits? just browsin - dont put anything on it, no invites, dont contact em, ill buzz em myself",
        false,
    ),
    t(
        "h65-find-anechoic-chamber",
        "find",
        "I am writing from inside an anechoic chamber, perched on a wire-mesh walkway above a forest of foam wedges, where the silence is so complete that I can hear my own pulse. The loudspeaker under test gives off a faint buzz that none of my measurements can account for. {people_and_i_h10} and I need to get to the bottom of it, and I estimate it will take {duration_h10}. Would you sound out my calendar {when_h10}{time_h10} and call out the stretches long enough to hold such a discussion? Consider this an inquiry and nothing more: the calendar is to remain exactly as it is, and neither an invitation nor any other message is to reach them. I shall broach it with them myself once I emerge.",
        false,
    ),
    t(
        "h65-book-bagel-bakery",
        "book",
        "Hiya from the bagel bakery! I'm fishing bagels out of a bubbling kettle with a slotted paddle and the steam has fogged my glasses right up, so forgive the typing, ha. The latest batch keeps coming out wrinkly and flat as pancakes, so I've rounded up {people_h10} for a {duration_adjective_h10} crust-and-crumb post-mortem {when_h10}{time_h10} - it's all agreed. Could you bake it into my calendar as a proper appointment and post the invitation out to them? Have at it - you needn't wait for my nod!",
        false,
    ),
    t(
        "h65-book-sewer-crawler",
        "book",
        "Er, okay, dictating this - I'm, um, stood by a manhole steering the sewer camera crawler down the pipe with a joystick, so my hands are, er, busy. There's a great tangle of roots, um, choking the main, which is, er, grim viewing. {people_and_i_h10} and I have, um, shaken on going through the relining plan {when_h10}{time_h10}, and it'll need, er, {duration_h10}. So can you, um, stake that out in my calendar as an actual appointment and, er, get them an invitation? It's all, um, agreed, so you can just, er, get on with it. Right. Eyes back on the screen.",
        false,
    ),
    t(
        "h65-book-billboard-paster",
        "book",
        "billboard paster, up a ladder w/ a brush + a bucket of paste, wind tryin to turn the poster into a kite. gotta go over the new site plans w/ {people_h10} {when_h10}{time_h10}, {duration_terse_h10} - theyre up for it n so am i. paste it into my cal, its happenin, + whizz the invite over to em. no need to ask me",
        false,
    ),
    t(
        "h65-reschedule-suspension-bridge",
        "reschedule",
        "I am writing from a maintenance gantry slung beneath the deck of a suspension bridge, where I have been repainting the steelwork. A gale has got up, the gantry has been locked off until it dies down, and I am clipped to a safety line with no way back to the bank in time for {day_of_move_h10} {clock_h10} with {person_h10}. Would you kindly divert it to {to_h10} and keep them posted as to the new arrangement?",
        false,
    ),
    t(
        "h65-reschedule-hay-baler",
        "reschedule",
        "Hello, I am farmer, I make the hay bales. My baler is broken in middle of the field, the knotter does not tie the twine anymore, the hay lies everywhere and the rain is coming. I cannot go away from the field, so {day_of_move_h10} {clock_h10} with {person_h10} is not possible for me. Please can you put it over to {to_h10} and give them the news of the new time?",
        false,
    ),
    t(
        "h65-cancel-chilli-crop",
        "cancel",
        "well thats that. a cold snap got into the greenhouse n all the chilli plants keeled over, so no crop for the new hot sauce. {day_of_h10} {clock_h10} with {person_h10}, where we were gona taste for heat levels, is pointless. can u put it out of its misery pls? not moved, not reslotted, just gone from my calender - n message them that its off",
        false,
    ),
    t(
        "h65-habit-parcel-chute",
        "habit",
        "I spend my working life at the foot of a parcel chute in a sorting hub, grabbing boxes as they come skidding down and heaving them onto cages, and my lower back has started to crackle like bubble wrap. So I've struck a deal with myself to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a go. Could you set it rolling in my calendar as a repeat that rolls on and on like parcels down the chute, with no finish?",
        false,
    ),
    t(
        "h66-find-mosquito-insectary",
        "find",
        "I am standing in the insectary with a gloved forearm pressed against a mesh cage while the mosquitoes take their blood meal, so I must be brief. The latest generation of larvae has stopped pupating, and I need to go over the rearing conditions with {people_h10} for {duration_h10}. Would you net the openings in my calendar {when_h10}{time_h10} that could hold such a conversation and recite them to me? Treat it as a question only: my calendar is to stay as it is, and no invitation or note is to go to them; I shall raise the subject with them myself.",
        false,
    ),
    t(
        "h66-find-tortoise-sanctuary",
        "find",
        "tortoise sanctuary, on my knees scrubbin shells w/ a toothbrush while the big old tortoise keeps wandering off mid-scrub. hibernation boxes r too damp + i gotta go over it w/ {people_h10}, {duration_terse_h10} max. can u plod thru my cal {when_h10}{time_h10} + tell me which bits r empty? lookin only - zero bookings, no invites, dont message em, ill tell em myself",
        false,
    ),
    t(
        "h66-find-piano-roll",
        "find",
        "Um, okay, dictating - I'm at the, er, perforating bench punching holes into a piano roll for a pianola, and my hands are, um, full of paper. The roll keeps, er, tearing along the perforations when it plays, and I need to, um, get to the root of it with {people_h10} for {duration_h10}. Could you, er, play through my calendar {when_h10}{time_h10} like a roll and, um, tell me where the silent bits are? It's, er, just so I know - don't book anything, and, um, don't send them anything either. I'll, er, ask them myself. Okay. More holes.",
        false,
    ),
    t(
        "h66-book-scarecrow-workshop",
        "book",
        "Greetings from the scarecrow workshop! I'm stuffing straw into some old dungarees and it's going absolutely everywhere, so excuse any typos, ha. The crows have stopped taking my scarecrows seriously - they're actually perching on the hats! - so I've drafted in {people_h10} for {duration_h10} of brainstorming {when_h10}{time_h10}, and it's all agreed. Could you stuff it into my calendar as a proper booking and send an invite flapping over to them? Off you go, no need to wait for me!",
        false,
    ),
    t(
        "h66-book-rope-bridge",
        "book",
        "Hello, I am repairing a rope bridge over a deep gorge. I hang in a harness under the bridge and change rotten planks, so I type few words. The hand ropes are fraying faster than they should, this worries me. {people_and_i_h10} and I have decided to discuss new ropes {when_h10}{time_h10}, it will need {duration_h10}. Please tie it fast in my calendar as a real meeting and make the invitation go to them. It is all fixed between us, you can do it without my answer.",
        false,
    ),
    t(
        "h66-book-screen-print",
        "book",
        "I am drawing a squeegee across a silk screen to pull a run of posters, and it cannot leave my hands mid-pass, so I shall be succinct. The ink has been bleeding beyond the stencil, and I have accordingly agreed a {duration_adjective_h10} consultation with {people_h10} {when_h10}{time_h10} to examine the matter. Kindly print it onto my calendar as an engagement that stands and route an invitation to them; they have accepted, and you need not refer it back to me.",
        false,
    ),
    t(
        "h66-reschedule-helideck-fog",
        "reschedule",
        "on the rig, fog rolled in thick n the chopper cant land so im stuck offshore. no way im making {day_of_move_h10} {clock_h10} with {person_h10}. can u airlift it to {to_h10}? n make sure they get the new slot, ta",
        false,
    ),
    t(
        "h66-reschedule-bee-swarm",
        "reschedule",
        "I am veiled and gloved in a hawthorn hedge, coaxing a swarm of my bees into a straw skep, and bees on the move wait for no beekeeper. I am therefore unable to attend {day_of_move_h10} {clock_h10} with {person_h10}. Might I prevail upon you to hive it off to {to_h10} and make the new arrangement known to them?",
        false,
    ),
    t(
        "h66-cancel-tulip-bulbs",
        "cancel",
        "Gutted. The tulip bulbs in the drying shed have gone soft and mouldy, the whole lot, so there's nothing left to plant. There's no point any more to {day_of_h10} {clock_h10} with {person_h10} - we were only going to choose colours for the new beds. Could you weed it out of my calendar? Don't move it or find it another home - just pull it out for good - and let them know not to come.",
        false,
    ),
    t(
        "h66-task-museum-patrol",
        "task",
        "Er, dictating this on patrol - I'm, um, doing my rounds of the natural history museum with a torch while it's locked up, and the only sound is my own footsteps under the whale skeleton, so I'm, er, using the quiet for admin. There's a job with, um, my name on it: I've got to {task_h10} {due_h10}. Could you, er, catalogue it in my task list and, um, mark it as taking {duration_h10}? Cheers. Right, torch back on.",
        false,
    ),
    t(
        "h67-find-bowling-pinsetter",
        "find",
        "Wedged behind the lanes at a bowling alley with my arm inside a pinsetter that keeps laying the pins down sideways, and the racket is driving me up the wall. Marvellous. I need to unpick this mess with {people_h10}, {duration_h10} or near enough. Forage through my calendar {when_h10}{time_h10} and reel off wherever that would sit. Eyes open, hands in pockets: nothing written in, nothing sent, not a murmur to them - I'll waylay them myself as soon as this contraption stops scattering pins.",
        false,
    ),
    t(
        "h67-find-octopus-lab",
        "find",
        "Pardon the damp keystrokes. The octopus in our cephalopod laboratory has taught itself to unscrew its tank lid from within, and I am presently kneeling on that lid while a locking clamp is fitted. Keeping the animal contained is a matter I must pore over with {people_h10} for {duration_h10}. Would you sleuth through my calendar {when_h10}{time_h10} and tabulate those spans which remain at liberty for such a discussion? Curiosity alone prompts the question: nothing is to be reserved or entered, and they are to receive nothing whatever from you; I shall make my own overtures to them when the lid is secured.",
        false,
    ),
    t(
        "h67-find-volcano-fumarole",
        "find",
        "volcano obs, crouched by a fumarole w/ a gas sampler, sulphur stink, mask fogging up. readings gone haywire, gotta diagnose it w/ {people_h10}, {duration_terse_h10} prob. can u prowl thru my cal {when_h10}{time_h10} + relay back whats still going begging? spyin only - no entries, no invites, radio silence to em. ill nobble em back at base",
        false,
    ),
    t(
        "h67-book-roller-rink",
        "book",
        "Hey from the roller rink! I'm sitting cross-legged in a mountain of hire skates swapping out bearings while the disco ball showers glitter into my eyes, ha. The wheels keep seizing halfway round the track, so I've signed up {people_h10} for {duration_h10} of wheel-wrangling {when_h10}{time_h10} - everybody's thrilled and on board! Your mission: staple that into my calendar as the real deal and let an invitation waft over to them. Consider me already nodding, so off you pop!",
        false,
    ),
    t(
        "h67-book-paper-lanterns",
        "book",
        "Hello, I make paper lanterns for the river festival. I glue thin paper on bamboo frames and my fingers are sticky with rice paste, so I write only little. The lanterns take fire too easy from the candle inside, this is dangerous. {people_and_i_h10} and I have given our word to discuss a safer frame {when_h10}{time_h10}, for {duration_h10}. Please build it into my calendar like a meeting that is sure, and let the invitation sail to them like a lantern on the river. Everything is decided between us, you may act alone.",
        false,
    ),
    t(
        "h67-book-treehouse",
        "book",
        "So, er - hang on - right. I'm, um, halfway up a huge oak bolting together the floor of a treehouse, harness on, drill in my fist, so this is, er, spoken not typed. The platform keeps, um, swaying whenever the wind picks up, which is not, er, what you want. I've nabbed {people_h10} for a {duration_adjective_h10} session on the bracing {when_h10}{time_h10}, and they've, um, rubber-stamped it, same as me. So - er - nestle that into my calendar as a booking that sticks and, um, catapult an invite across to them. You can, er, steam ahead without me. Right. Drill.",
        false,
    ),
    t(
        "h67-reschedule-rollercoaster",
        "reschedule",
        "Rollercoaster maintenance. Harnessed to the lift hill, torquing every bolt on the track, and I don't come down till the lot's signed off. Typical. {day_of_move_h10} {clock_h10} with {person_h10} - not getting there. Roll it over to {to_h10} and put them wise to the new time.",
        false,
    ),
    t(
        "h67-reschedule-smokehouse",
        "reschedule",
        "The oak fire beneath the kippers in my quayside smokehouse has flared, and it must be damped and watched until the kiln steadies; I cannot in conscience leave it. I shall therefore be absent from {day_of_move_h10} {clock_h10} with {person_h10}. Might I ask you to carry it over to {to_h10}, and to put the revised time before them?",
        false,
    ),
    t(
        "h67-cancel-jigsaw-factory",
        "cancel",
        "Oh, rotten luck at the jigsaw factory: the die that cuts our pieces has gone blunt and torn the entire print run to confetti, so the new puzzle is finished before it began. That leaves {day_of_h10} {clock_h10} with {person_h10}, where we were going to choose the box art, with nothing to decide. Do me a kindness and rub it out of my calendar - not reshuffled, not parked somewhere new, rubbed out, end of story - and tell them the whole thing's off the table.",
        false,
    ),
    t(
        "h67-habit-gravedigger",
        "habit",
        "Gravedigger at a hillside churchyard - cheerier than it sounds, honestly - but years of heaving clay off a spade have left my back as stiff as a coffin lid. So I've made it a rule to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} each round. Sow that into my calendar like a perennial, so it comes up again and again, world without end.",
        false,
    ),
    t(
        "h68-find-formicarium",
        "find",
        "I am lying on my front beside the formicarium with a magnifying lens, watching a column of leafcutter ants haul fragments of leaf across the foraging arena, and I dare not budge lest I jolt the tubing. The colony has begun to neglect its fungus garden, and I must reason it through with {people_h10} for {duration_h10}. Would you follow the trails through my calendar {when_h10}{time_h10}, as an ant might, and bring back word of each patch of time that nobody has yet laid claim to? This is an errand of curiosity and nothing more: my calendar is to be left exactly as you find it, and not a syllable is to travel from you to them; I shall take the matter up with them face to face.",
        false,
    ),
    t(
        "h68-find-meteorite-hunt",
        "find",
        "meteorite huntin on a salt flat, draggin a magnet on a stick n squintin at black pebbles, sun cookin my neck. found a weird lump, gotta pick it over w/ {people_h10}, {duration_terse_h10} n we're golden. can u metal-detect my cal {when_h10}{time_h10} + beep back wherever it comes up empty? detector only, no diggin - nothin goes on the cal, no invites, dont say boo to em. ill pounce on em at camp",
        false,
    ),
    t(
        "h68-find-ghost-walk",
        "find",
        "Right, um, dictating between stops - I'm, er, leading a ghost walk through the old town with a lantern, and I've, um, paused by the gallows to, er, get my breath back. The, um, sound effects speaker in my satchel keeps cutting out right at the scary bit, and I need to, er, get to grips with it alongside {people_h10} for {duration_h10}. Could you, um, haunt my calendar {when_h10}{time_h10} and, er, whisper back which hours are as empty as a crypt? It's, um, only a sneak preview - don't, er, conjure anything into the calendar, and don't, um, send so much as a ghostly moan their way. I'll, er, spring it on them myself. Right - onward, to the, um, plague pit.",
        false,
    ),
    t(
        "h68-book-log-rolling",
        "book",
        "Hiya from the lumberjack show! I'm sitting on the riverbank in soggy braces after toppling off the log yet again, ha - best splash of the season! Our logs keep spinning way too fast underfoot, so I've rallied {people_h10} for {duration_h10} of bark-grip brainstorming {when_h10}{time_h10}, and they're all raring to go! Could you raft that into my calendar as a cast-iron plan and send an invitation bobbing downstream to them? Consider it blessed by me already - go, go, go!",
        false,
    ),
    t(
        "h68-book-sumo-stable",
        "book",
        "Hello, I am the cook in a sumo stable. I make the big hot pot stew, and my hands smell of fish stock, so my message is small. The stew has become too thin and nobody in the stable gains weight, this is very bad for sumo. {people_and_i_h10} and I have promised each other to talk about a richer recipe {when_h10}{time_h10}, it will take {duration_h10}. Please stir it into my calendar as a meeting that will happen, and serve the invitation to them like a hot bowl. All is settled between us, there is nothing more to ask me.",
        false,
    ),
    t(
        "h68-book-fugu-kitchen",
        "book",
        "I write from the preparation counter of a licensed fugu kitchen, with a pufferfish on the board before me whose toxic organs must come away without the slightest slip, so I shall keep this spare. The locked bin for the discarded organs was found unfastened, and I have therefore fixed upon a {duration_adjective_h10} conference with {people_h10} {when_h10}{time_h10} to shore up our safeguards. Be so good as to plate it up in my calendar as an engagement beyond recall, and let an invitation be carried to them; they have assented, and there is no need to bring it back to my counter for approval.",
        false,
    ),
    t(
        "h68-reschedule-dodgems",
        "reschedule",
        "dodgems. cars keep dyin mid-ride, sparks spittin off the ceiling mesh, music still blarin. im flat on my back under the floor w/ a spanner. {day_of_move_h10} {clock_h10} w/ {person_h10}? not a chance. swerve it over to {to_h10} n bring em up to speed. ta",
        false,
    ),
    t(
        "h68-reschedule-eclipse-chase",
        "reschedule",
        "Cloud has rolled across the valley on the eve of totality, and our eclipse expedition must strike camp and chase clear skies over the mountains; I shall be far beyond reach of any meeting room. I must therefore forgo {day_of_move_h10} {clock_h10} with {person_h10}. Would you be so kind as to re-site it to {to_h10} and ensure the new hour is made plain to them?",
        false,
    ),
    t(
        "h68-cancel-worm-charming",
        "cancel",
        "Sad news from the worm-charming championship: the field we use has been sold and fenced off, so there'll be no more fiddling and tapping the turf to tempt the worms up. {day_of_h10} {clock_h10} with {person_h10}, where we were going to plan the heats, has nothing left to plan. Could you dig it out of my calendar? Don't reseed it on another date - root and all, gone - and let them know it's over.",
        false,
    ),
    t(
        "h68-task-island-mailboat",
        "task",
        "Mail boat between the islands, drenched, sacks of post sliding round the deck whenever we hit a wave. Lovely. And fate, in its wisdom, has decided I'm to {task_h10} {due_h10}. Hang it on my to-do list, clock it at {duration_h10}, and I'll get stuck in when we've tied up.",
        false,
    ),
    t(
        "h69-find-conker-championship",
        "find",
        "Hello from the conker championship shed! I'm skewering conkers and threading them onto laces, and my thumbs are polka-dotted with tiny holes, ha. The new crop keeps shattering at the merest tap, so I'm itching to get our heads round it with {people_h10} for {duration_h10}. Is there any daylight in my calendar {when_h10}{time_h10} roomy enough for that? Hold up every bit of daylight you spot so I can admire it - but admiring is as far as it goes: nothing lands in the calendar, and they're kept out of the loop entirely. I'll corner them, conker in hand, when my thumbs have healed!",
        false,
    ),
    t(
        "h69-find-lava-lamp",
        "find",
        "lava lamp factory, toppin up bottles w/ hot wax + the blobs wont rise, they just mope at the bottom like wet sand. gotta get {people_h10} to gawp at it w/ me, {duration_terse_h10} oughta do. whats my cal got lyin fallow {when_h10}{time_h10}? cough up the gaps, thats the lot - dont lay a finger on the cal, invites stay in the drawer, em kept in the dark. ill ambush em by the wax vats",
        false,
    ),
    t(
        "h69-find-hammock-weaving",
        "find",
        "Hello, I weave hammocks from cotton rope on a big wooden frame behind my house. Now I sit in the middle of the net with the shuttle between my teeth, so only short words. The new hammocks stretch too much, after little use they hang nearly to the ground. I must think about this together with {people_h10}, and I count {duration_h10} for it. Which hours {when_h10}{time_h10} in my calendar are still white, without any writing, and wide enough? Only name them to me, then I choose. The calendar stays clean - no meeting inside, and no message from you to them. When the frame is empty, I knock on their door.",
        false,
    ),
    t(
        "h69-book-human-cannonball",
        "book",
        "Um, right, voice note - I'm, er, lying inside the barrel of the human cannonball rig, greasing the launch sled, so it's, um, a bit echoey in here. The, er, sled keeps sticking halfway up, which is, um, not what you want when you're the cannonball. So. {people_and_i_h10} and I have, er, cooked up a plan to strip it down {when_h10}{time_h10} - a job of, um, {duration_h10}. It's, er, a certainty. Could you, er, load that up in my calendar as a date that's going ahead and, um, launch an invitation in their direction? No need to, er, circle back to me - I'm already sold on it. Right. Grease.",
        false,
    ),
    t(
        "h69-book-glass-marbles",
        "book",
        "Glass marble works. Feeding gobs of molten glass into the rollers, sweating buckets, and most of the run's come out egg-shaped. Wonderful. {people_h10} can spare me {duration_h10} {when_h10}{time_h10} to paw through the rejects with me, and I've said yes, so that's that. Glue it into my calendar - fact, not a maybe - and shove an invite under their noses. And don't come back asking if I'm sure.",
        false,
    ),
    t(
        "h69-book-cheese-rolling",
        "book",
        "I write clinging to a fence post at the brow of a precipitous hill, where I am walking the course for the cheese-rolling race. The wheels of cheese have latterly been veering off the slope and into the hedgerow, and I have bidden {people_h10} to a {duration_adjective_h10} council of war {when_h10}{time_h10} to redraw the line of descent. It falls to you, therefore, to fix it immovably in my calendar, and to have an invitation borne to them. The decision is taken; I seek neither alternatives nor further consultation.",
        false,
    ),
    t(
        "h69-reschedule-mangrove-survey",
        "reschedule",
        "I am standing waist-deep among mangrove roots, tallying crab burrows along a survey line, and the tide has turned sooner than the charts foretold; the shore will not be mine again until long after {day_of_move_h10} {clock_h10} with {person_h10} has come and gone. Might the appointment be permitted to drift on to {to_h10}, and might they be kept abreast of where it comes to rest?",
        false,
    ),
    t(
        "h69-reschedule-zorbing-hill",
        "reschedule",
        "zorbing hill. ball's punctured, hissin like a kettle, n im zipped inside it patchin the seam. {day_of_move_h10} {clock_h10} w/ {person_h10}? nope, not from in here. tumble it down to {to_h10} n flash em the new time. cheers. not.",
        false,
    ),
    t(
        "h69-cancel-gingerbread-village",
        "cancel",
        "Oh, crumbs - literally! The gingerbread village I've been building for the bakery's festive display has caved in: the royal icing never set, and the church steeple is lying in a puddle of melted boiled sweets. It's beyond rescue, so {day_of_h10} {clock_h10} with {person_h10}, meant for choosing sweets for the rooftops, is left with nothing to choose. Could you brush it out of my calendar like so many crumbs? No second bake on another day, no new home - gone without a trace - and break it to them gently that it's off.",
        false,
    ),
    t(
        "h69-habit-bicycle-taxi",
        "habit",
        "Hello, I pedal a bicycle taxi over the cobbles of the old quarter, uphill, downhill, without rest, and now my knees and my back complain very loud. So I give my word of honour to my body: I will {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per spin. Please, can you pedal this into my calendar and let it spin round like my wheels, without a last day?",
        false,
    ),
    t(
        "h70-find-umbrella-repair",
        "find",
        "I am umbrella repairer, in a tiny kiosk beside the railway station. A broken brolly with bent ribs lies across my knees and I am fixing a new spoke into it, so my typing is slow. Many umbrellas come back to me with the same fault: the canopy tears away at the tips. I wish to solve this riddle with {people_h10} for {duration_h10}. Please open my calendar {when_h10}{time_h10} like an umbrella and tell me where the rain would fall through - I mean the places where nothing is written and there is enough room for us. Only tell me, please. Sew no meeting into it and send no message to them; I will bring it up with them myself across the counter of my kiosk.",
        false,
    ),
    t(
        "h70-find-cactus-nursery",
        "find",
        "Cactus nursery. Repotting a barrel cactus with newspaper wrapped round it, and it's still got me through the gloves. Lovely. The seedlings have gone soft and brown at the base, and I need to have it out over the watering regime with {people_h10}, {duration_h10} at a push. Hold my calendar up to the light {when_h10}{time_h10} and tell me where it's see-through - the bits with nothing written on them. That's me asking, not telling: pen stays capped, nothing goes in the calendar, not a peep to them. I'll buttonhole them myself by the potting bench, when the spines are out of my thumb.",
        false,
    ),
    t(
        "h70-find-dermestid-beetles",
        "find",
        "I write from the osteology preparation room of a natural history museum, where a colony of dermestid beetles is cleaning a heron skeleton in a sealed tank, and I am obliged to keep watch lest any escape. The beetles have grown sluggish and the work has slowed to a crawl, a matter I wish to deliberate upon with {people_h10} for {duration_h10}. Might you treat my calendar {when_h10}{time_h10} as the beetles treat a carcass - strip away everything already committed - and lay before me the bare bones that remain, which is to say the free portions able to hold such a discussion? I ask to be shown, not served: no entry is to be made, and no communication is to pass from you to them; the approach to them is mine to make.",
        false,
    ),
    t(
        "h70-book-fire-eater",
        "book",
        "Er, right, voice memo - I'm, um, in the rehearsal yard with a lit torch in my fist, so, er, typing's out of the question. The paraffin we've been, um, using keeps flaring up and singeing my eyebrows, which is, er, not ideal for a fire-eater. {people_and_i_h10} and I have, er, shaken hands on going through the fuel mix {when_h10}{time_h10}, and it'll, um, eat up {duration_h10}. Could you, er, brand that onto my calendar, hot and permanent, and, um, blow them an invitation, smoke-ring style? You've, er, already got my yes, so, um, that's all the asking done. Right. Eyebrows.",
        false,
    ),
    t(
        "h70-book-model-railway",
        "book",
        "Greetings from underneath a model railway layout! I'm lying on my tummy below the baseboard, soldering a wire to a points motor, and honestly I'm having the best time. The little locomotives keep tipping off the big curve by the viaduct, so I've talked {people_h10} into a {duration_adjective_h10} track-relaying session {when_h10}{time_h10}, and they're as keen as mustard! Could you couple it on behind my other engagements like a new carriage - a proper, confirmed entry in my calendar - and signal an invitation down the line to them? Full steam ahead: you've got my go-ahead already, so there's no call to check back.",
        false,
    ),
    t(
        "h70-book-car-wash",
        "book",
        "car wash, standin in the tunnel w/ the big spinny brushes switched off, soaked to the skin, foam in my ear. brushes keep slappin wing mirrors clean off. {duration_terse_h10} w/ {people_h10} {when_h10}{time_h10} to sort the brush pressure - we're on, its happenin. buff it onto my cal for real + squirt em the invite. no callback needed, ive said yes",
        false,
    ),
    t(
        "h70-reschedule-bank-vault",
        "reschedule",
        "I write from within the strongroom of a private bank, where a test of the door's timed lock has sealed me in rather sooner than intended, and the mechanism will not release me until well after {day_of_move_h10} {clock_h10} with {person_h10} has passed. Would you therefore be so good as to post-date the appointment to {to_h10}, amend my calendar to suit, and see that they are advised of the alteration?",
        false,
    ),
    t(
        "h70-reschedule-jam-factory",
        "reschedule",
        "Oh my goodness, jam calamity! The big copper pan of raspberry preserve has boiled over, there's sticky pink lava creeping across the kitchen floor, and I'm mopping like mad with a grin on my face. There's no way I'm peeling myself off these tiles for {day_of_move_h10} {clock_h10} with {person_h10}, so could you spoon the whole thing to {to_h10} and sweeten the news for them when you tell them it's moved? Thank you - you're a gem!",
        false,
    ),
    t(
        "h70-cancel-bouncy-castle",
        "cancel",
        "bouncy castle hire. gust caught it mid-inflate, ripped a seam clean open, its now a sad pink heap slumped over a fence. past patchin. so {day_of_h10} {clock_h10} w/ {person_h10} about the new colour scheme? pointless. deflate it outta my cal - not shifted, not rebooked, just gone - n tell em straight its done for",
        false,
    ),
    t(
        "h70-habit-living-statue",
        "habit",
        "I work as living statue on the market square: painted all over in silver, I stand on a box without moving, very long, like real metal. Now my body is stiff like real metal also, and my knees creak when I climb down. So I give to myself a new duty: to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per go. Please can you mould this into my calendar so it returns and returns, and never finishes?",
        false,
    ),
    t(
        "h71-find-cuckoo-clock",
        "find",
        "Forgive a curt note from the bench of a cuckoo-clock workshop: a wooden bird the size of a thimble is pinched in my tweezers, and my patience is wearing about as thin. Our birds have taken to croaking where they ought to call, as though each had caught a chill, and the little bellows stand chief suspect. I propose to hold an inquest into those bellows with {people_h10}, allowing {duration_h10} for the proceedings. Might you take a census of my calendar {when_h10}{time_h10} and name for me each untenanted interval roomy enough to seat that inquest? Count, but settle nobody in: no meeting is to take up residence, and no message of yours is to find its way to them; I shall bring the subject up with them at the workbench, on my own initiative.",
        false,
    ),
    t(
        "h71-find-laser-tag",
        "find",
        "laser tag arena, belly-crawlin thru the maze in a dead vest w/ the smoke machine chokin me. phasers wont register hits, scoreboard's a joke. gotta crack it w/ {people_h10}, {duration_terse_h10} tops. scope my cal {when_h10}{time_h10} n shout out every gap thats bare. recon only - cal stays as is, no invites, em none the wiser. ill collar em by the vest rack",
        false,
    ),
    t(
        "h71-find-pinata-workshop",
        "find",
        "Hola! In a small workshop behind the market I make piñatas from paper and glue, and my fingers are so full of paste that every key I press gets glued a little. The new donkeys are too strong: the stick jumps back from them and the sweets stay inside, nobody can break them. Together with {people_h10} I must find out the right thickness of paper; we will sit over it {duration_h10}, more or less. Which parts of my calendar {when_h10}{time_h10} are still naked, with no meeting on them, and long enough for this? Please write them for me like a shopping list. But only the list - do not glue any meeting inside, and from you they must hear nothing; I walk over to them myself when the paste is dry.",
        false,
    ),
    t(
        "h71-book-snowplough",
        "book",
        "Okay, so, um, I'm talking to the dashboard because I'm, er, driving the snowplough up the pass and the wipers are, um, losing the fight. The, er, blade keeps riding up over the packed ice instead of, um, biting into it, which is, er, the entire point of a blade. So I've, um, got {people_h10} signed on for a {duration_adjective_h10} tinker with the blade angle {when_h10}{time_h10}, and - er - that's settled, they're in, I'm in. Could you, um, plough a furrow for it in my calendar, deep enough that it stays put, and, er, get the invitation through the drifts to them? Take my yes as, um, read. Right. Eyes on the road.",
        false,
    ),
    t(
        "h71-book-trampoline-park",
        "book",
        "Typing this practically mid-air: I'm testing the springs on the giant trampoline at our park and I genuinely can't stop grinning! A few springs have started twanging loose and pinging off under the safety net, so {people_and_i_h10} and I are joining forces {when_h10}{time_h10} for {duration_h10} to swap the lot - it's decided and I couldn't be happier! Could you boing that into my calendar as a proper, happening-for-sure booking, and make sure an invitation clears the net and lands in their lap? Consider yourself pre-cleared for takeoff - my answer's a big fat yes!",
        false,
    ),
    t(
        "h71-book-armoury",
        "book",
        "This comes to you from the armoury of a castle museum, where a jousting harness is sprawled over my lap and I am working oil into its seized joints, so I must be concise. The gauntlets in particular will no longer close upon a lance, and I have therefore pressed {people_h10} into service for a {duration_adjective_h10} examination of the harness {when_h10}{time_h10}. Pray buckle it into my calendar as an engagement closed to revision, and an invitation is to ride out to them forthwith; the question is settled, and I have nothing to add.",
        false,
    ),
    t(
        "h71-reschedule-windmill",
        "reschedule",
        "The brake on our tower windmill has failed in a rising gale, and I am confined to the cap, tending the brake wheel while the sails race, until the wind abates; I cannot, therefore, present myself at {day_of_move_h10} {clock_h10} with {person_h10}. Since this wind keeps me here, might it at least blow the meeting on to {to_h10}? Kindly let it settle there, and make sure that news of the change reaches them.",
        false,
    ),
    t(
        "h71-reschedule-tugboat",
        "reschedule",
        "tug skipper. towline parted, barge slewin sideways into the channel, im on the foredeck w/ a heaving line n soaked thru. so much for {day_of_move_h10} {clock_h10} w/ {person_h10}. yank it to {to_h10} n give em a shout bout the change. grr.",
        false,
    ),
    t(
        "h71-cancel-hot-spring",
        "cancel",
        "Hello, I am bath attendant at a hot spring up in the mountains. Since the ground shook a little, the water comes out cold, and our beautiful pool is now a big cold puddle. At {day_of_h10} {clock_h10} with {person_h10} we planned to pick new stones for the edge of the pool, but for a cold puddle nobody needs new stones. Please scoop it out of my calendar like leaves from the water - it goes to no other place, only out - and explain them that it falls into the water, as we say in my country - it does not happen.",
        false,
    ),
    t(
        "h71-task-tollbooth",
        "task",
        "Tollbooth on the estuary bridge. Barrier's jammed open, horns blaring, coins rolling round my feet. Smashing. And, to complete the picture, my name's come out of the hat to {task_h10} {due_h10}. Keep it on file as a task of mine, reckoned at {duration_h10}, and I'll wade in once this barrier drops.",
        false,
    ),
    t(
        "h72-find-balloon-modeller",
        "find",
        "Balloon modeller here, mid-twist on a long pink balloon that's meant to become a flamingo, and honestly this new batch pops if you so much as breathe near it - there are rubber shreds all over my lap, ha! I fancy a {duration_adjective_h10} parley with {people_h10} about tracking down a tougher latex. So here's a trick for you: turn my calendar {when_h10}{time_h10} upside down, give it a good shake, and whatever hours fall out with nothing in them - those are the ones I want to hear about. Hearing about them is the whole of it, though: all of it goes back exactly where it was, and not so much as a postcard reaches them from you. I'll sidle up to them myself when this flamingo has its legs!",
        false,
    ),
    t(
        "h72-find-yak-herder",
        "find",
        "Hello, I am yak herder up on the high plateau. I sit in my tent of black wool, the wind is pulling at the ropes and I stir butter tea with the other hand, so I write only little. Our young yaks lose their hair in patches, and I want to understand the reason with {people_h10}. I think the talk needs {duration_h10}. So I ask you: if you read my calendar {when_h10}{time_h10} like I read the sky before I lead the herd to new grass, where do you see clear weather - no meeting, and enough room for us? Say it only to me. Put no ink in the calendar, and no letter goes from you to them; when I come down to the valley I go looking for them on my own feet.",
        false,
    ),
    t(
        "h72-find-laundromat",
        "find",
        "laundromat, crammed behind a dryer w/ lint up my nose. its eatin socks again + the drum wont turn. gotta haggle a repair contract w/ {people_h10}, {duration_terse_h10} n no more. sort my cal {when_h10}{time_h10} like a wash load - empty hours in a pile on their own - n text me that pile. nothin gets loaded in, no invites, keep it hush from em. ill have a word w/ em by the change machine myself",
        false,
    ),
    t(
        "h72-book-tofu-workshop",
        "book",
        "I am pressing fresh curd into the moulds at a tofu workshop, and the soy milk on the stove must not be left to scorch, so I shall be brief. The latest blocks have come out crumbly rather than silken, and I have come to an understanding with {people_h10}: a {duration_adjective_h10} trial of coagulants {when_h10}{time_h10}, to discover where the fault lies. Kindly allow it to coagulate into a solid entry in my calendar, and ladle out an invitation to them. The matter is not open to question; treat it as countersigned by me in advance.",
        false,
    ),
    t(
        "h72-book-pier-fortune-teller",
        "book",
        "Greetings from my little booth at the end of the pier, where I read palms and tea leaves - and yes, I saw this message coming! The sea air has turned my crystal ball all milky and curled my tarot cards at the corners, so {people_and_i_h10} and I have struck a bargain to restock the booth {when_h10}{time_h10}, and it'll take {duration_h10} to do it justice. The cards have spoken, so let it come true in my calendar - a real entry, no takebacks - and send them an invitation with a wink on it. No need to consult me; I already know how it ends!",
        false,
    ),
    t(
        "h72-book-salt-mine-chapel",
        "book",
        "Er, right, talking into my phone from down the salt mine - I'm, um, carving the altar for the underground chapel straight out of the rock, and my hands are, er, white to the wrists. The damp keeps, um, glazing over the carved faces and blurring them, so I've, er, coaxed {people_h10} underground for {duration_h10} {when_h10}{time_h10} to trial a sealant, and that's, um, not up for debate any more. So hew it into my calendar, er, solid as these walls, and send an invitation up in the cage to them. You've, um, got my answer before you've even asked. Right. Back to the chisel.",
        false,
    ),
    t(
        "h72-reschedule-buoyancy-pool",
        "reschedule",
        "I am at present suspended at the bottom of a neutral buoyancy pool in a pressurised suit, rehearsing a spacewalk on a full-scale mock-up of the station, and the run has been extended while a jammed hatch is worked free; I shall not surface in time for {day_of_move_h10} {clock_h10} with {person_h10}. Might I ask you to keep it circling in orbit until {to_h10}, let it touch down there instead, and alert them to its revised coordinates?",
        false,
    ),
    t(
        "h72-reschedule-prompter-box",
        "reschedule",
        "Prompter's box, folded under the lip of the stage with my knees round my ears and a script on my lap. The dress run has gone to pieces and I'm stuck down here whispering lines into the dark till the final curtain. So {day_of_move_h10} {clock_h10} with {person_h10} misses its cue. Re-cue it for {to_h10} and prompt them with the new time, so they don't walk on at the old hour. Bravo.",
        false,
    ),
    t(
        "h72-cancel-butter-sculpture",
        "cancel",
        "I write from the dairy pavilion at the county show, where I carve a life-size cow out of butter inside a refrigerated glass case. The cooling unit has failed, my cow has slumped into a golden puddle with an ear afloat in it, and the show has been abandoned for the season. And so {day_of_h10} {clock_h10} with {person_h10}, at which we were to settle her pose, has nothing left to stand on. Let it melt out of my calendar as she melted out of her case - no recasting on some later date, simply gone - and spare them a wasted journey with a short note that there is nothing to come to.",
        false,
    ),
    t(
        "h72-habit-stadium-mascot",
        "habit",
        "Muffled hello from inside a giant foam walrus! Match after match I bounce along the pitch in this costume, whose head weighs as much as a packed suitcase, and my neck has started to grind like a rusty turnstile. Time for a fightback: I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per kick-off. Could you issue it a season ticket in my calendar - its own seat, season in, season out, with no final whistle?",
        false,
    ),
    t(
        "h73-find-seaside-rock",
        "find",
        "Cheery wave from the sugar kitchen of a seaside rock shop, where I'm stretching a great warm slab of pink candy into a rope as long as the counter - my arms ache and I'm loving it! The snag is that the letters inside have started coming out squashed, so the sticks read like nonsense. I'd love a {duration_adjective_h10} think-tank with {people_h10} about how we roll the lettering in. Could you slice through my calendar {when_h10}{time_h10} like a stick of rock and show me the blank stretches inside - nothing lettered on them, and roomy enough to hold it? Showing me is the lot: keep your sticky fingers out of the calendar itself, and not a whisper travels to them from you. I'll pop round to them myself with a bag of broken rock as a peace offering!",
        false,
    ),
    t(
        "h73-find-tarantula-house",
        "find",
        "Here writes the keeper of the spider house in a zoo. A big hairy tarantula walks slowly over my sleeve, so I type very careful and not fast. Our spiders do not want to leave their old skin this season, they stay stuck inside it, and I must think this through with {people_h10}. For the talk we need {duration_h10}, I believe. Please feel along my calendar {when_h10}{time_h10} like a spider feels along her web, and show me where the threads are empty - where no appointment sits and our talk can fit. But this is only for looking. Do not catch any appointment in the web of my calendar. Them you should not contact; I visit them with my own legs when the spider is back in her glass box.",
        false,
    ),
    t(
        "h73-find-velodrome",
        "find",
        "velodrome, squattin on the banking w/ a spoke key, track bike upside down, lycra soaked. boards on the steep bend keep liftin n clatterin, like ridin a xylophone. gotta get em quiet again w/ {people_h10}, {duration_terse_h10} at most. scroll my cal {when_h10}{time_h10} n mark up the bare laps - stretches w/ nothin on em. askin not bookin: eyeballs only, no fingers on the cal, send em nothin. ill catch em trackside myself",
        false,
    ),
    t(
        "h73-book-jukebox",
        "book",
        "Um, okay, so I'm, er, wrist-deep in the guts of a jukebox at the back of the repair shop, dictating, because my fingers are, um, black with grease. The, er, selector arm keeps grabbing the wrong record and then, um, hurling it at the glass, which is, er, quite a show. So I've, um, persuaded {people_h10} to come and, er, stare into the mechanism alongside me {when_h10}{time_h10}, and we'll, um, need {duration_h10} for it. It's, er, a handshake deal - they're in and, um, so am I. Could you, um, drop the needle on it in my calendar, a, er, booking that actually plays, and, um, spin them an invitation? You don't, er, need to wait on a yes from me. Right. Back into the box.",
        false,
    ),
    t(
        "h73-book-sarcophagus",
        "book",
        "This reaches you from the conservation studio of an antiquities museum, where the painted lid of a sarcophagus rests upon my trestles and I am easing flakes of pigment back into place with a warmed spatula; I shall therefore keep my words few. Fine cracks have crept across the painted face, and the adhesive is under suspicion. {people_and_i_h10} and I have consented to scrutinise it together {when_h10}{time_h10}, devoting {duration_h10} to the examination. I ask that you set the engagement into my calendar, as enduring as the hieroglyphs upon this lid, and speed an invitation on its way to them. Nothing remains to be decided, nor need you consult me further.",
        false,
    ),
    t(
        "h73-book-bungee-dam",
        "book",
        "Bungee platform jutting off a dam wall, harness on, wind in my teeth, and the cord has gone stretchy in all the wrong places - the test sandbags are dropping nearly into the water. Brilliant. So it's settled, like it or not: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort out new cords. Carabiner it onto my calendar, booked for real and sturdy enough to hold my weight, and lower an invitation down to them on the cord. Don't bother running it by me; I've already jumped.",
        false,
    ),
    t(
        "h73-reschedule-paternoster",
        "reschedule",
        "I write from inside a paternoster lift in an old ministry building, where the open car I stepped into has halted between floors and refuses to complete its circuit; I see no prospect of release while {day_of_move_h10} {clock_h10} with {person_h10} still lies ahead of me. Might I therefore impose upon you to lift the meeting to {to_h10}, since this lift declines to lift me, redraw my calendar to match, and leave them in no doubt as to where it has landed?",
        false,
    ),
    t(
        "h73-reschedule-hurricane-hunter",
        "reschedule",
        "hurricane hunter plane, strapped in at the dropsonde chute, gettin shaken like a tin of paint. eye wall's nastier than forecast n were circlin in here way longer than planned. {day_of_move_h10} {clock_h10} with {person_h10}? not makin it. punt it to {to_h10} n wise em up to the new slot. ugh.",
        false,
    ),
    t(
        "h73-cancel-ghost-train",
        "cancel",
        "Sitting in a stalled car deep inside the ghost train, pitch dark, a rubber bat bobbing against my ear. The track has buckled past repair and the whole ride is being boarded up, no reprieve, so {day_of_h10} {clock_h10} with {person_h10} about fresh cobwebs for the tunnel has no tunnel left to haunt. Make it vanish from my calendar like a cheap spectre when the lights come up, never to reappear anywhere else, and warn them off so they don't turn up to an empty tunnel.",
        false,
    ),
    t(
        "h73-task-town-crier",
        "task",
        "Oyez, oyez! Booming at you from the steps of the market cross, where I stand in my tricorn hat and scarlet coat, handbell swinging and voice gone hoarse from bellowing proclamations. Amid all the pomp, a humbler errand has been heaped upon me: I am charged to {task_h10} {due_h10}. Would you tack it up on my to-do board as a task, like a proclamation on the town noticeboard, and give it {duration_h10} of my time? I'll set about it once the bell falls silent!",
        false,
    ),
    t(
        "h74-find-origami-studio",
        "find",
        "Hello from the origami studio, where I'm kneeling among drifts of paper cranes with papercuts striping every fingertip - worth it, though! The bother is our new washi, which splits along the valley folds, so I'm keen on a {duration_adjective_h10} heart-to-heart with {people_h10} about which mill we ought to buy from. Would you take the stretch of my planner {when_h10}{time_h10}, smooth it flat on the worktable, crease by crease, and circle the bare patches of paper for me - nothing folded into them yet, and wide enough for our heart-to-heart? Circling is where your part ends: not a crease of yours goes onto the planner, and not a peep goes out to them. I'll flutter a paper bird their way on my own!",
        false,
    ),
    t(
        "h74-find-fish-ladder",
        "find",
        "Greetings, I am the caretaker of the fish ladder beside the river dam, where the salmon jump up the little steps of water towards their spawning place. I write with wet hands from the railing, so excuse my short sentences. The fish refuse the lowest step and swim in circles below it; why, I hope to learn in company with {people_h10}. Our talk needs, I reckon, {duration_h10}. Please go up through my appointments {when_h10}{time_h10} step by step, the way a salmon goes up the ladder, and name to me the steps where the water is still empty - no appointment standing there, and space enough for our talk. Naming them is all your work. Into the calendar you put no mark, and for them no message comes from you; I walk along the river bank and tell them by my own voice.",
        false,
    ),
    t(
        "h74-find-hot-sauce",
        "find",
        "hot sauce kitchen, eyes streamin, gloves meltin. new ghost pepper batch tastes of soap n no clue y. me + {people_h10} gotta figure it, {duration_terse_h10} max. tip the cal {when_h10}{time_h10} thru a sieve n show me what dribbles out - the empty bits, nothin sittin in em. peekin only!! dont splash anythin into the cal, dont bother em either. ill corner em by the bottlin line myself",
        false,
    ),
    t(
        "h74-book-pretzel-bakery",
        "book",
        "Um, hi, so I'm, er, dictating this floury to the forearms at the pretzel bakery, twisting knots of dough on the bench. The, um, lye bath has started leaving the crusts all blotchy, like, er, a leopard, so I've, um, talked {people_h10} round into a {duration_adjective_h10} tasting {when_h10}{time_h10} to, er, track down the culprit, and they've, um, said yes, so it's sorted. Could you, um, bake it right into the calendar, er, a proper fixed entry, and slide them an invitation, um, hot from the oven? You, er, needn't run anything by me. Okay, um, dough's calling.",
        false,
    ),
    t(
        "h74-book-stamp-engraver",
        "book",
        "I address you from the engraving bench of a security printer, where, loupe screwed to my eye, I am cutting a portrait in reverse into a steel die for a new postage stamp; you will forgive my brevity. The trial impressions show the perforations biting into the design. {people_and_i_h10} and I mean to examine the proofs side by side {when_h10}{time_h10}, allotting {duration_h10} to the task. I request that you impress the appointment upon my calendar, firm and binding, and see an invitation posted to them under your own frank. You have my blessing already; regard it as bearing my signature.",
        false,
    ),
    t(
        "h74-book-kaleidoscope",
        "book",
        "Kaleidoscope workshop. The mirrors keep sliding loose inside the tubes, so every pattern comes out lopsided, and I've just sliced my thumb on a shard of coloured glass. Marvellous. Anyway, it's decided and nobody's backing out: {duration_h10} of mirror surgery {when_h10}{time_h10}, with {people_h10} holding the tubes steady. Twist it into the calendar till it clicks into place - a real, committed entry - and hand them an invite to go with it. And spare me the are-you-sure, I've had my fill of questions.",
        false,
    ),
    t(
        "h74-reschedule-canal-legging",
        "reschedule",
        "Supine on a plank at the bow of a narrowboat, I am walking her through a long canal tunnel with my boots against the dripping brickwork, since there is no towpath inside; the far portal is not yet in sight, and {day_of_move_h10} {clock_h10} with {person_h10} must, through no fault of my own, go unattended. I entreat you to glide the meeting onward to {to_h10}, set my calendar straight to agree, and have them told plainly at which quay it ties up instead.",
        false,
    ),
    t(
        "h74-reschedule-walk-in-freezer",
        "reschedule",
        "shut in the walk-in freezer at work, latch snapped off inside, breath smokin, huggin a box of frozen peas for warmth. {day_of_move_h10} {clock_h10} w/ {person_h10}?? cant get out for it. heave it to {to_h10} + txt em where it ended up. brr, hurry.",
        false,
    ),
    t(
        "h74-cancel-wishing-well",
        "cancel",
        "Hello, I take care of an old wishing well in the garden of a castle. The heavy rain made the stone wall of the well fall inside, and what stays is just a hole full of broken stones - no water, no bucket, nothing to wish into. In my calendar stands {day_of_h10} {clock_h10} with {person_h10}, for choosing a new wooden roof over the well, but a roof over broken stones makes no sense. So please let this appointment drop from my calendar the way a coin drops into the well - it never comes up at some other place, it is simply lost - and carry them the news, plainly put, that the well is gone, so they are spared a useless trip.",
        false,
    ),
    t(
        "h74-habit-pizza-oven",
        "habit",
        "Ciao from the wood-fired oven! All shift long I lean into its mouth with a long peel, spinning pizzas round in the flames, and my back is drooping like an overloaded slice - ha! So I'm prescribing myself this: {habit_verb_h10} {frequency_h10}, {duration_habit_h10} each bake. Could you fire it into the calendar on standing order, repeating and repeating like pizzas off the peel, an oven that never goes cold? Ciao ciao!",
        false,
    ),
    t(
        "h75-find-sundial-yard",
        "find",
        "Sunny greetings from the sundial restorer's yard, where I'm crouched over a weathered bronze dial, buffing the gnomon till it gleams! The catch is that the old motto round the rim has worn so faint it's barely legible, and I'm itching for a {duration_adjective_h10} squint-and-ponder with {people_h10} about whether to recut it. Could you let your shadow creep across my calendar {when_h10}{time_h10}, the way the gnomon's shadow creeps round the dial, and tell me where it falls on bare bronze - nothing engraved there yet, and enough of it to fit our squint-and-ponder? Telling is your whole job: not a scratch goes onto the calendar, and you say nothing to them. I'll beckon them over to the yard on my own!",
        false,
    ),
    t(
        "h75-find-jellyfish-tanks",
        "find",
        "Hello, I am the keeper of the jellyfish tanks in a public aquarium, and my sleeves are wet up to the shoulder while I write you. Our moon jellies begin to turn themselves inside out in the round tank, and the reason I wish to investigate together with {people_h10}. For this conversation I count {duration_h10}. Please float through my calendar {when_h10}{time_h10} slowly, as a jelly floats through the water, and mark out for me the open water - parts where no appointment is swimming, and large enough for our conversation. Marking out is everything you do. Let nothing settle into the calendar, and to them no word goes from you; they hear it from my own mouth when the tanks are clean.",
        false,
    ),
    t(
        "h75-find-scrapyard-magnet",
        "find",
        "scrapyard, up in the grab crane w/ the big electromagnet. it keeps lettin go of hatchbacks over the weighbridge, v loud. gotta crack the magnet problem w/ {people_h10}, {duration_terse_h10} ish. drag the magnet over my cal {when_h10}{time_h10} + tell me wot dont get pulled up - the bare stretches, nothin clamped on em. lookin not grabbin!! dont drop anythin into the cal n dont ring em, ill shout em over from the cab myself",
        false,
    ),
    t(
        "h75-book-coconut-shy",
        "book",
        "Er, hi, so I'm, um, voice-typing from behind the coconut shy at the fairground, with, er, a bucket of wooden balls on my hip. The, um, coconuts have started, er, clinging to their cups no matter how hard they're hit, and that's, um, bad for takings, so I've, er, drummed up {people_h10} for a {duration_adjective_h10} look at the cups {when_h10}{time_h10}, and, um, they're game, so that's, er, that. Could you, um, knock it squarely into my calendar, er, a proper prize-winning entry, and, um, lob them an invitation? You can, er, skip asking me. Right, um, roll up, roll up.",
        false,
    ),
    t(
        "h75-book-orrery-gallery",
        "book",
        "I write from the instrument gallery of an observatory museum, where I am dusting the brass wheelwork of a grand orrery with a sable brush; pray excuse my economy. The little planets have begun to lag behind their appointed stations, and the drive train is suspected. {people_and_i_h10} and I have determined to take the drive apart together {when_h10}{time_h10}, giving {duration_h10} over to the undertaking. Kindly set the occasion in a fixed orbit upon my calendar, as steadfast as the planets in their courses, and put an invitation into orbit around them as well. The course is plotted; I need not be consulted again.",
        false,
    ),
    t(
        "h75-book-crazy-golf",
        "book",
        "Crazy golf course. The windmill on the final hole has started swatting the balls straight into the duck pond, and I've just fished out yet another putter. Lovely. So, no arguments: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort the sails out. Putt it into my calendar so it drops, a booking that actually counts, and chip an invitation over to them. And don't send it back up the fairway to me for approval - I've got ducks to placate.",
        false,
    ),
    t(
        "h75-reschedule-revolving-restaurant",
        "reschedule",
        "I write from the revolving restaurant at the top of the television tower, where the turntable has seized and the lift with it, so that I am stuck aloft above the city with a cooling bowl of consomme and no means of descent; {day_of_move_h10} {clock_h10} with {person_h10} will come and go without me. Would it be too much to ask that the meeting be revolved forward to {to_h10} - somebody ought to be revolving - with my calendar brought into line and them acquainted with where it now stands?",
        false,
    ),
    t(
        "h75-reschedule-pole-lineman",
        "reschedule",
        "lineman, clipped to the top of a pole in a thunderstorm, hair standin on end. feeder's down + im not comin off this pole any time soon. {day_of_move_h10} {clock_h10} w/ {person_h10} = outta reach. rewire it to {to_h10} n spark em a buzz bout the new slot. zzzt.",
        false,
    ),
    t(
        "h75-cancel-domino-topple",
        "cancel",
        "I'd spent ages standing dominoes in snaking lines across a sports hall floor for a charity topple, and a sneeze of mine has just brought the entire run down far too soon - the tiles all flat, no rebuilding it in time, the whole thing finished. So {day_of_h10} {clock_h10} with {person_h10}, intended for rehearsing the grand finale, has nothing left to rehearse. Let it topple out of my calendar along with the rest, never to be stood back up at a later date, and give them the word so they don't arrive to a floor of fallen tiles.",
        false,
    ),
    t(
        "h75-task-street-mime",
        "task",
        "Street mime here, in whiteface and braces, pressing my palms against an invisible wall in the square - I'm not allowed to speak while in character, so I'm typing this on the sly. Between routines, real life has tapped on the invisible glass: I've got to {task_h10} {due_h10}. Could you slip it onto my to-do list as a task, clear as a painted smile, and label it as {duration_h10} of work? I'll get to it when I've climbed out of the box!",
        false,
    ),
    t(
        "h76-find-lost-property-office",
        "find",
        "Hello, I am clerk at the counter of the lost property office in a big railway station. Around me stand shelves with forgotten umbrellas, lonely gloves and a stuffed crocodile which nobody comes to fetch, so I write in small pieces. Our paper tags fade so fast that soon nobody can read where a thing was found, and with {people_h10} I wish to invent a better system. This work wants {duration_h10}, I guess. Could you look along the shelves of my calendar {when_h10}{time_h10}, like I look for a lost glove, and tell me which shelves stand empty - no appointment lying on them - and long enough for our work? The news of empty shelves is all I collect. Hand nothing in to the calendar, and from your side no letter goes out to them; when the trains are quiet I walk over to them on my own.",
        false,
    ),
    t(
        "h76-find-candyfloss-stall",
        "find",
        "Sugar-dusted hello from the candyfloss stall on the promenade, where I'm twirling sticks round the spinning drum and pink fluff keeps settling in my eyebrows - best job going! The hiccup is our new sugar, which comes out gritty instead of cloud-soft, so I'm dying for a {duration_adjective_h10} sugar clinic with {people_h10} about changing supplier. Could you twirl a stick through my calendar {when_h10}{time_h10} and gather up the wisps of nothing - fluffy stretches with no appointment stuck in them, each big enough for our sugar clinic - then hold them out so I can admire them? Admiring's my bit, and yours stops at holding out: nothing gets spun into the calendar, and they don't get so much as a sugar-coated squeak from you. I'll wave them over to the stall myself!",
        false,
    ),
    t(
        "h76-find-cinema-popcorn",
        "find",
        "cinema kiosk, knelt by the popcorn machine. kettle wont tip, burnt kernels all over the carpet, foyer reeks like a bonfire. gotta nut it out w/ {people_h10}, {duration_terse_h10} wd do it. any unpopped kernels in my cal {when_h10}{time_h10}? ie gaps w/ nothin in em. nosy not bossy - dont butter the cal w/ owt, no invites, em hear zilch from u. ill wave em down by the pick n mix",
        false,
    ),
    t(
        "h76-book-coin-mint",
        "book",
        "Gloved in cotton and bent over a lens in the press hall of the mint, I am turning freshly struck coins in the light, and must keep this spare. The latest strikes bear a faint doubled rim, and the dies stand accused of wear. {people_and_i_h10} and I have resolved to put the dies to the question together {when_h10}{time_h10}, and the inquiry will run to {duration_h10}. I would have you strike it into my calendar as a press strikes a coin - cleanly, firmly and past undoing - and mint an invitation for them from the same die. I have no wish to see it back on my bench for assay; it is already legal tender.",
        false,
    ),
    t(
        "h76-book-hall-of-mirrors",
        "book",
        "Er, right, voice note - I'm, um, inside the hall of mirrors at the funfair with a bucket and a chamois, and a whole crowd of me is, er, wiping back at me, which is, um, a lot. A few of the, er, wobbly panels have worked loose and lean in at you, which is, um, the wrong kind of scary, so I've, er, bagged {people_h10} for a {duration_adjective_h10} walk-round {when_h10}{time_h10} to rehang them, and they've, um, said go for it. So could you, er, make it stand in my calendar - not a, um, trick of the light, an actual booking, no smoke and mirrors - and, er, angle an invite their way? Don't, um, check back with me; every single reflection of me has already nodded. Right. More smudges.",
        false,
    ),
    t(
        "h76-book-wallpaper-mill",
        "book",
        "Wallpaper mill. The pattern on the new rolls won't meet at the joins, so any wall it goes on looks like it was hung in the dark, and I'm standing knee-deep in rejects. Just grand. So I've hauled in {people_h10} for {duration_h10} {when_h10}{time_h10} to get the repeat matched, and nobody's crawling out of it, me least of all. Put it up on my calendar, joins matched and no bubbles under it - a real booking, not a sample - and paper them with an invite while you're at it. Don't come back waving a sample book at me; the pattern's picked.",
        false,
    ),
    t(
        "h76-reschedule-rolling-stacks",
        "reschedule",
        "Pinned, though unhurt, between the runs of motorised shelving in the basement stacks of a university library - they rolled shut upon the aisle while I was returning bound periodicals - I see no prospect of being extricated in good time for {day_of_move_h10} {clock_h10} with {person_h10}. Would you reshelve the meeting under {to_h10}, recatalogue my calendar to match, and see that notice of its new classmark reaches them?",
        false,
    ),
    t(
        "h76-reschedule-cockle-beds",
        "reschedule",
        "cockle pickin out on the flats, tide's crept round behind me n im stuck on a sandbank w/ a rake n a bucket, wellies full. {day_of_move_h10} {clock_h10} w/ {person_h10}? forget it, im going nowhere. let the tide wash it on to {to_h10} n let em hear where it beached. ugh.",
        false,
    ),
    t(
        "h76-cancel-bubble-show",
        "cancel",
        "Pop - that was my bubble show. The drum of bubble mixture split open in the van and soaked into the carpet, the giant wands came out bent past saving, and the theatre has shut its doors to us for good, so there's no show left to put on. As for {day_of_h10} {clock_h10} with {person_h10}, where we were going to dream up the bubble-inside-a-bubble finale: there's nothing left to blow. Could you let it burst in my calendar like a bubble on a fingertip - no blowing it up afresh on some other date, just a wet spot where it used to be - and give them the heads-up so they don't turn up to a puddle of soap?",
        false,
    ),
    t(
        "h76-habit-organ-grinder",
        "habit",
        "I am organ grinder on the old harbour: without pause I turn the crank of my barrel organ, always with the right arm, and now this shoulder stands higher than the other and my back leans like a boat at low water. So I compose for my shoulders a new melody: I will {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per melody. Please wind it into my calendar like the song on the barrel, which comes round and round and never reaches its last note.",
        false,
    ),
    t(
        "h77-find-hourglass-workshop",
        "find",
        "Sandy-fingered hello from the hourglass workshop, where I'm funnelling fine sand into blown-glass bulbs and humming away - best bench in the building! The rub is our newest sand, which clumps in the neck so the glasses stall mid-trickle, and I'd adore a {duration_adjective_h10} sand symposium with {people_h10} about grading it finer. Could you let my calendar {when_h10}{time_h10} run through your fingers like sand and sing out each stretch that trickles through clean - nothing caught in it, and with elbow room for our symposium? Singing out is the beginning and end of your part: not a grain goes into the calendar, and they stay blissfully unaware of it from your end. I'll mosey over to their bench with a flask of cocoa myself!",
        false,
    ),
    t(
        "h77-find-olive-mill",
        "find",
        "Good day, I am miller in an olive mill on a dry hill, and the big stone wheels roll and roll beside me while I write, so my screen is slippery with oil. The new oil comes out cloudy and bitter, and the why of it I want to discover with {people_h10}. For our discussion I think of {duration_h10}. Would you crush my calendar {when_h10}{time_h10} under your stone like we crush the olives, and let me see only what flows out clear - the hours where no appointment is floating, and with space for our discussion? To see, nothing else. Pour nothing into the calendar, and not a drop of message reaches them from you; I climb down the hill and say it to them myself when the wheels stand still.",
        false,
    ),
    t(
        "h77-find-go-kart-track",
        "find",
        "kart track, flat on my back under a kart w/ a socket set, reekin of petrol. throttles keep stickin wide open, karts ploughin into the hay bales. gotta tame them cables w/ {people_h10}, {duration_terse_h10} gets it done. do a lap of my cal {when_h10}{time_h10} n wave the green flag at every clear straight - stretches w/ nowt parked on em. lookie-loo only, k? cal stays as is, no invites, em left clueless. ill hail em at the pit wall myself",
        false,
    ),
    t(
        "h77-book-climbing-wall",
        "book",
        "Um, okay, so I'm, er, hanging off a rope at the top of the climbing wall, screwing new holds on, and talking to my phone because my hands are, um, white with chalk. The, er, big pink holds keep spinning round on their bolts, which is, um, bad news for ankles, so I've, er, bribed {people_h10} with biscuits into a {duration_adjective_h10} reset of the overhang {when_h10}{time_h10}, and they've, um, said it's a goer. Could you, er, torque it into my calendar - a real booking that, um, won't spin loose - and, er, dangle an invite down to them? No need to, um, belay it past me beforehand. Okay, um, lowering off.",
        false,
    ),
    t(
        "h77-book-automaton-workshop",
        "book",
        "I write from the workshop of a museum of mechanical curiosities, where a clockwork writing figure sits upon my bench with its back opened and its cams laid bare; you will, I trust, pardon the brevity. Of late its quill has taken to skipping letters, and I harbour doubts about the cam stack. {people_and_i_h10} and I are pledged to open up the mechanism together {when_h10}{time_h10}, and it will detain us {duration_h10}. I should be obliged if you would let the engagement take its place in my calendar, written in a hand as steady as the figure's used to be, and let an invitation go forth to them over my signature. The matter admits of no further deliberation.",
        false,
    ),
    t(
        "h77-book-mattress-factory",
        "book",
        "Mattress factory. The new spring units keep poking through the ticking, so every bed off the line jabs you in the kidneys, and the quilting machine has just eaten my sleeve. Terrific. So this is happening, and I'm not reopening it: {duration_h10} with {people_h10} {when_h10}{time_h10} to make the springs lie down. Quilt it into my calendar, a booking with no give in it, and leave an invite on their pillows. And don't come asking if I'm sure - I've slept on it, badly.",
        false,
    ),
    t(
        "h77-reschedule-moated-manor",
        "reschedule",
        "I write to you from the gatehouse of a moated manor house, where the drawbridge has jammed in the raised position with me on the wrong side of the water, and the winding gear shows no inclination to yield before {day_of_move_h10} {clock_h10} with {person_h10} is due to begin. Since the bridge will not come down to me, may the meeting at least cross over to {to_h10}? Kindly reconcile my calendar with its new position, and make quite sure they are told where it now lies.",
        false,
    ),
    t(
        "h77-reschedule-cat-up-tree",
        "reschedule",
        "up a tree w/ a kitten stuffed down my jacket, ladders blown over n im wedged on a branch w/ it purrin in my armpit. {day_of_move_h10} {clock_h10} w/ {person_h10}? fat chance. boot it to {to_h10} n clue em in on the switch. miaow.",
        false,
    ),
    t(
        "h77-cancel-drive-in-cinema",
        "cancel",
        "Drive-in cinema, or what's left of it: a gale tore the big screen clean off its frame and flattened it across the car park, the projection hut is full of rainwater, and the place is closing down with no comeback. So {day_of_h10} {clock_h10} with {person_h10}, which was meant to sort out the crackly speaker posts, has nothing left to play to. Fade it to black in my calendar - gone for good, no sequel, no rerun on another date - and send them a closing caption so they don't park up facing a blank sky.",
        false,
    ),
    t(
        "h77-task-giraffe-house",
        "task",
        "Giraffe house. Up a stepladder with an armful of acacia, getting my ear licked by a tongue the colour of a bruise. Charming. And as if I hadn't enough on, I'm saddled with orders to {task_h10} {due_h10}. Jam it on my to-do list as a task, set it at {duration_h10} of donkey work, and I'll deal with it when my ear's dry.",
        false,
    ),
    t(
        "h78-find-snooker-hall",
        "find",
        "snooker hall, leanin over the end table w/ a hot iron, re-clothin it. new baize has a nap that drags every ball off line, total joke. gotta chew it over w/ {people_h10}, {duration_terse_h10} n we're sorted. sight down my cal {when_h10}{time_h10} like a cue n call every clear shot - gaps w/ no balls in the way, long enough for us. callin only, no pottin: nothin goes in the cal, no invites, u say nothin to em. ill grab em by the rack myself",
        false,
    ),
    t(
        "h78-find-spice-mill",
        "find",
        "Hello, I grind spices in a small shop in the old covered market. The stones of my mill turn without stop beside me and the air is so red with chilli that I sneeze on the screen while I write. The new paprika comes out from the stones brown and bitter, not red and sweet, and the reason of it I want to find with {people_h10}. For this talk I think {duration_h10} is enough. Please, taste my calendar {when_h10}{time_h10} like I taste a new pepper on the tongue, and tell me where it has no flavour at all - places where no appointment is, and long enough for our talk. Only the tasting, not the cooking: you put nothing in the calendar, and to them you send no word. I carry a little bag of the bad paprika to their stall and speak to them myself.",
        false,
    ),
    t(
        "h78-find-whispering-gallery",
        "find",
        "I write from the whispering gallery high in a cathedral dome, where I have been engaged to restore its celebrated acoustics, and where I am obliged to keep my voice - and my correspondence - low. Since the new safety rail was fitted, a murmur breathed against the wall no longer travels round to the far side, and I wish to examine the cause with {people_h10}, allowing {duration_h10} for the purpose. Would you be so kind as to lay an ear against my calendar {when_h10}{time_h10}, as I lay mine against these stones, and report each stretch in which nothing at all is to be heard - no engagement recorded there - and long enough for our examination? Listening and reporting are the whole of your commission: enter nothing in the calendar, and let no echo of the matter carry round to them from you. I shall speak to them myself when I have descended the stair.",
        false,
    ),
    t(
        "h78-book-doughnut-shop",
        "book",
        "Hiya from the doughnut shop, where I'm flipping rings of dough in bubbling oil and I'm dusted head to toe in cinnamon sugar - happiest job on the high street! The only fly in the icing: the new batch drinks up oil like a sponge and comes out greasy, so I've tempted {people_h10} with a box of jam-filled treats into a {duration_adjective_h10} fry-off {when_h10}{time_h10} to get the temperature spot on, and they said yes before I'd finished asking! Could you lower it into my calendar like dough into the fryer and let it come out a real, golden, done-and-dusted booking - then glaze them with an invitation? No need to hand it back to me for a nod; I'm sweet on it already!",
        false,
    ),
    t(
        "h78-book-karaoke-bar",
        "book",
        "Um, so, er, I'm crouched behind the little stage at the karaoke bar with a soldering iron, because the, um, microphones have started howling with feedback whenever a song climbs to a high note. So {people_and_i_h10} and I have, um, agreed to sound out the speakers together {when_h10}{time_h10}, and it'll, er, take {duration_h10}. Could you, um, put it on the songlist of my calendar - not a, er, maybe, a proper booking - and, um, hand them the mic? I mean, er, send them an invitation. You don't, um, need to run it past me; I've, er, already sung my yes. Okay. Um. Testing, testing.",
        false,
    ),
    t(
        "h78-book-piano-removals",
        "book",
        "Removals. I've got an upright piano jammed on the turn of a stairwell, the banister's in splinters and my knuckles are skinned raw. Brilliant. Just brilliant. The new straps keep sliding off the castors, so it's settled and nobody's wriggling out: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort out straps that actually grip. Strap it into my calendar good and tight - a booking that won't slip on the stairs - and deliver them an invite, signed for. And don't lug it back up to me for approval; I've lugged quite enough.",
        false,
    ),
    t(
        "h78-reschedule-telephone-exchange",
        "reschedule",
        "Greetings. I write from the switchboard of our little telephone exchange, where the storm has set every lamp on the board alight together, and I dare not take off my headset, much less attend {day_of_move_h10} {clock_h10} with {person_h10}. Would you be so good as to put the meeting through to {to_h10} instead, see that my calendar is plugged in to match, and connect them with word of the new arrangement? Much obliged; I must return to my cords.",
        false,
    ),
    t(
        "h78-reschedule-goat-roof",
        "reschedule",
        "goat farm. up on the barn roof w/ a bucket of feed tryna coax the billy down, hes chewin the gutter n wont budge. no chance im makin {day_of_move_h10} {clock_h10} w/ {person_h10}. herd it over to {to_h10} n bleat em the new slot pls. baaa",
        false,
    ),
    t(
        "h78-cancel-soapbox-derby",
        "cancel",
        "As clerk of the course for the town's soapbox derby, I regret to report that the hill we race down has been closed to racing for good and the derby abandoned, with no further race planned. Accordingly, {day_of_h10} {clock_h10} with {person_h10}, at which we were to inspect the carts' brakes, serves no purpose. I should be grateful if you would retire it from my calendar, the way a cart that has shed its wheels is retired from the race - permanently, not to be run again on some other date - and send them notice, so that they are not left waiting at an empty start ramp.",
        false,
    ),
    t(
        "h78-habit-hotel-porter",
        "habit",
        "Hello hello from the lobby of a grand old hotel, where I spend my shifts hauling steamer trunks up the sweeping staircase because the lift is forever out of order - and I adore every step of it! The only snag: my lower back has started creaking like the revolving door, so I'm treating it to some upkeep of its own. I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per turn, just me, nobody else. Could you carry that up to my calendar and leave it on standing room service - turning up again and again, with no checkout in sight? Thanks ever so!",
        false,
    ),
    t(
        "h79-find-bingo-hall",
        "find",
        "Eyes down from the bingo hall, where I'm perched up in the caller's booth with a microphone and a mug of milky tea, having the time of my life! The only blot on the card: the ball blower has taken to puffing the balls clean out of the top and pinging them off the light fittings, so I'm longing for a {duration_adjective_h10} brains trust with {people_h10} about taming it. Would you run a dauber over my calendar {when_h10}{time_h10} and read me back every square that's still blank - not a dot of ink on it, and big enough to seat our brains trust? Reading back is your whole game: you dab nothing onto the calendar yourself, and no invitation goes skipping over to them from you. I'll nip down from the booth between games and ask them myself over a cuppa!",
        false,
    ),
    t(
        "h79-find-beaver-dam",
        "find",
        "Hello, I am ranger in a wetland reserve, and I write you standing to the knees in cold water beside a beaver dam, so my fingers are stiff. The beavers have built their dam so high that the footpath behind it is drowned, and with {people_h10} I need to think out how we lower the water without chasing the animals away. I believe {duration_h10} is enough for this. Please, go along my calendar {when_h10}{time_h10} with a stick, as I go along the dam, and show me the shallow places - where you see the bottom because no appointment lies there, and with room for our thinking. Only the showing, please. You build nothing in the calendar, not even a little twig, and you send them no invitation; I go and speak with them myself when my boots are dry.",
        false,
    ),
    t(
        "h79-find-claw-machine",
        "find",
        "arcade, head stuck inside a claw machine w/ a torch in my teeth. claw's gone floppy, drops every teddy before the chute. gotta sort the grip w/ {people_h10}, {duration_terse_h10} n job done. swing the claw over my cal {when_h10}{time_h10} n tell me everywhere it grabs fresh air - gaps w/ nothin sat in em, long enough for the lot of us. windowshoppin only!! dont drop a prize in the cal or post em invites - they dont hear a dickybird from u. ill nab em by the coin pusher myself",
        false,
    ),
    t(
        "h79-book-roulette-table",
        "book",
        "I write from a roulette table in the casino, where the house rules oblige me to keep my hands in view of the cameras, and so you must excuse how brief I am. The wheel has lately developed a bias, and the ball settles in the same few pockets far more often than chance allows. {people_and_i_h10} and I are agreed that the wheel must come off its spindle and be examined together {when_h10}{time_h10}, and that the examination shall occupy {duration_h10}. Kindly place the engagement upon my calendar as a croupier places a stake - fixed where it lands, not to be withdrawn once the ball has dropped - and deal an invitation across the felt to them. The table is closed to further bets on the matter: les jeux sont faits.",
        false,
    ),
    t(
        "h79-book-potato-harvester",
        "book",
        "Potato harvester. I'm riding the picking table in sleet, flinging clods off the belt, and the web's just snapped again. Peachy. The new share keeps slicing straight through the spuds instead of lifting them, so I've dragooned {people_h10} into {duration_h10} of share-fettling {when_h10}{time_h10}, and that's the end of the argument. Sack it up in my calendar - tied at the neck, weighed and stacked, a booking as solid as a frosted clod - and tip an invitation into their trailer. And don't come trudging back up the headland waving it at me for approval; I'm wet enough.",
        false,
    ),
    t(
        "h79-book-barbers-chair",
        "book",
        "Um, so, er, I'm at the barber's, stropping a razor between, um, haircuts, and my fingers reek of, er, bay rum. The, um, new hydraulic chairs keep sinking slowly while you're, er, mid-fade, which is, um, not a great look, so I've, er, talked {people_h10} into a {duration_adjective_h10} poke around the pumps {when_h10}{time_h10}, and they've, um, bitten my hand off. So, er, could you shave it nice and clean into my calendar - an actual booking, not a, um, we'll-see - and, er, brush an invitation off the cape onto them? No need to, er, hold up the mirror so I can check the back. I've, um, seen it. Okay. Back to the strop.",
        false,
    ),
    t(
        "h79-reschedule-dry-cleaners",
        "reschedule",
        "dry cleaners, steam press jammed shut on a ballgown + if i let go it'll brand the silk. {day_of_move_h10} {clock_h10} w/ {person_h10}? cant be done. hang it back on the rail under {to_h10} n pin a ticket on em sayin where it's hangin now. ugh, steam all over my specs",
        false,
    ),
    t(
        "h79-reschedule-haberdashery",
        "reschedule",
        "Good gracious. I find myself imprisoned behind the counter of my little haberdashery, the roller shutter having come down and jammed fast, with nothing for company but the buttons and the bias binding, and I fear I shall not be let out before {day_of_move_h10} {clock_h10} with {person_h10}. Would it be a great imposition to ask you to unpin the meeting and baste it in anew for {to_h10}, with my calendar corrected accordingly, and to have them duly advised of the change? With my thanks, and apologies for the fuss.",
        false,
    ),
    t(
        "h79-cancel-fudge-kitchen",
        "cancel",
        "Sticky farewells from the fudge kitchen! My big copper kettle has finally split down the seam, the shop's lease has run out, and we're shutting up for good - no more fudge, ever, which is sad, but honestly I'm ready for a rest! So {day_of_h10} {clock_h10} with {person_h10}, which was meant for sampling the sea-salt batch, has nothing left to sample. Could you scrape it out of my calendar like the last crust off the kettle - gone entirely, not poured into a fresh tin for another go - and slip them the news wrapped up like a last square of fudge, so nobody turns up to a cold stove? Thank you, you sweetie!",
        false,
    ),
    t(
        "h79-habit-jockey",
        "habit",
        "Hello, I am jockey, and I write you from the weighing room at the racecourse, still in my silks. All my career I ride folded over the necks of the horses, and now my back is bent like a horseshoe and it does not want to open again. So I give myself a new training, only for me, nobody else: I will {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per lap. Please, can you lead it onto my calendar like a horse on the track that goes lap after lap, and never there comes a finishing post? Thank you very much.",
        false,
    ),
    t(
        "h80-find-butterfly-house",
        "find",
        "Fluttery hello from the tropical butterfly house, where I'm spritzing the passion vines with a spray bottle and a big blue butterfly has just settled on my nose - best job in the world! The little wrinkle: our newest chrysalises keep drying out and shrivelling before anything can hatch, so I'm aching for a {duration_adjective_h10} chrysalis check-up with {people_h10} about the humidity. Could you flit across my calendar {when_h10}{time_h10} like a butterfly over the flowerbeds and flutter back to tell me every blossom nobody has landed on yet - stretches with no appointment sipping at them, and roomy enough for our check-up? Fluttering back with news is all I'm after: mount nothing in the calendar, and keep your wings folded where they're concerned - no message to them from you. I'll skip across to them through the palm fronds myself!",
        false,
    ),
    t(
        "h80-find-bonded-warehouse",
        "find",
        "I write from the bonded warehouse of a whisky distillery, where I pick my way between racks of slumbering casks by the light of a hand lamp, and must be economical with my words. Certain casks in the lowest tier have begun to weep through their staves, and I wish to consider with {people_h10} whether they should be re-coopered or emptied, a deliberation I expect to require {duration_h10}. Would you be good enough to dip a valinch into my calendar {when_h10}{time_h10}, as I dip mine into a cask to draw a sample, and hold each draught up to the lamp for me, naming those stretches that come up clear - untroubled by any engagement, and ample for our deliberation? The sampling is the entire extent of my request: nothing is to be filled into the calendar, and no summons is to go out to them from you. I shall call upon them in person when the warehouse is locked.",
        false,
    ),
    t(
        "h80-find-skatepark",
        "find",
        "skatepark, sat on the rim of the bowl w/ a drill, rebolting the coping. fresh concrete's crackin up n wheels keep catchin on it, boards flyin everywhere. gotta plot the patch job w/ {people_h10}, {duration_terse_h10} shd cover it. skate a line thru my cal {when_h10}{time_h10} n tag every smooth bit for me - gaps w/ nothin bolted on, long enough for us. just readin the bowl, no droppin in: cal stays untouched, no invites, they hear diddly from u. ill grind over to em myself",
        false,
    ),
    t(
        "h80-book-salmon-pens",
        "book",
        "Hello, I work on a fish farm in a cold fjord, and I write you from the little cabin on the feed barge, where the wind shakes everything, so excuse my short English. The nets of our salmon pens become green with weed much faster than normal, and the fish do not want to eat. {people_and_i_h10} and I have decided: we go out together {when_h10}{time_h10} and inspect the nets, and this inspection will take {duration_h10}. Please, can you moor it in my calendar, made fast to the cleat so it cannot drift away - a true appointment, not only an idea - and cast the invitation across to them like a line to a boat coming in? You do not need to ask me again. It is decided, the ropes are tied.",
        false,
    ),
    t(
        "h80-book-bin-lorry",
        "book",
        "Bin lorry. Hanging off the back step in the rain, and the compactor's just choked on a dumped sofa. Lovely. The new lifting arms keep letting go of the wheelie bins before they've emptied, so there's rubbish strewn down every street, and I've press-ganged {people_h10} into {duration_h10} of arm-wrangling {when_h10}{time_h10}. No debate. Compact it into my calendar, squashed down so hard it can't spring back out - a real booking, not something I'm mulling over - and wheel an invite out to their kerb. And don't come rattling my lid asking if I'm sure; I've said it.",
        false,
    ),
    t(
        "h80-book-fire-station",
        "book",
        "Er, hi, so I'm, um, up on the roof of the fire engine in the station, er, re-rolling hoses with wet gloves on. The, er, new turntable ladder keeps, um, juddering to a stop before it's fully out, which is, er, not what you want at a fire, so I've, um, sweet-talked {people_h10} into a {duration_adjective_h10} ladder check {when_h10}{time_h10}, and they're, er, keen as anything. Could you, um, whoosh it down the pole into my calendar - a proper booking, er, not a false alarm - and, um, hose an invitation over to them? You don't, er, need to wait for my all-clear; I've, um, already given it. Right. Er, back to the hoses.",
        false,
    ),
    t(
        "h80-reschedule-wedding-carriage",
        "reschedule",
        "Pray forgive the intrusion. I write from the box seat of a horse-drawn carriage engaged for a wedding, which has sunk to its axle in a flooded lane; the horses decline to pull another step, and I see no prospect of being hauled clear in time for {day_of_move_h10} {clock_h10} with {person_h10}. Would you be so kind as to unhitch the meeting from its present post and hitch it up afresh to {to_h10}, drive my calendar round to agree with it, and send word of the new arrangement to them by the swiftest post? I remain, as ever, your obliged servant.",
        false,
    ),
    t(
        "h80-reschedule-water-tower",
        "reschedule",
        "water tower, climbed in thru the roof hatch to fix the float valve n the hatch slammed shut on me. pitch black, echoey af, wet to the knees. {day_of_move_h10} {clock_h10} w/ {person_h10}? aint happenin, im sloshin about up here. siphon it over to {to_h10} n drip em the news pls. plink.",
        false,
    ),
    t(
        "h80-cancel-pawnshop",
        "cancel",
        "Hello, I have a small pawnshop near the railway station, and I write you from behind the counter grille, between old watches and guitars which nobody came back for. The building is sold and my shop closes for always, so I take no more pledges. For this reason {day_of_h10} {clock_h10} with {person_h10}, where we wanted to value a box of old rings, has nothing left to value. Please, let it lapse from my calendar like a pledge that nobody redeems - it is gone forever, not moved to another date - and put the sad news in their hand, so they do not come and find the shutter down.",
        false,
    ),
    t(
        "h80-habit-shoeshine-stand",
        "habit",
        "Gleaming hello from my shoeshine stand in the shopping arcade, where I kneel over brogues and boots with a tin of polish and a soft cloth - wouldn't swap it for the world! The only scuff: all that kneeling and buffing has left my back as stiff as a brand-new boot, so I'm giving it a polish of its own. I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per shine, just for me, nobody else. Could you lace it into my calendar as a standing block, criss-crossing back round again and again like laces up a boot, with no knot ever tied off at the top? Thanks a heap, you're a gem!",
        false,
    ),
    t(
        "h81-find-puppet-booth",
        "find",
        "That's the way to do it! Hello from inside the stripy puppet booth on the beach, where I've got a crocodile puppet on my right hand, a string of sausages dangling from my left, and the biggest grin on the sands. My little headache: the sea breeze keeps bellying out the canvas and tipping the whole booth over mid-show, so I've set my heart on a {duration_adjective_h10} rigging rethink with {people_h10} about guy ropes and ballast. Could you draw back the little curtains on my calendar {when_h10}{time_h10} and peer across the playboard for every scene where the stage stands empty - no appointment strutting about on it, and long enough for our rigging rethink? Peering is the whole performance: nothing of yours pops up in the calendar, and no invitation - not so much as a squawk from the swazzle - reaches them from you. I'll toddle over to them myself between shows!",
        false,
    ),
    t(
        "h81-find-carpet-washing",
        "find",
        "Hello, I am carpet washer in a courtyard behind the old bazaar. I stand with bare feet on a big wet wool carpet and press the soap through it with my heels, so please you forgive that I write few words. The new carpets from the mountain villages bleed when they become wet - the red walks into the white and stays there - and I want to sit with {people_h10} and find out if the dye is bad or our soap is too strong. I think it needs {duration_h10}. Please take my calendar {when_h10}{time_h10}, hang it over the line and beat it with your stick like I beat a carpet, and tell me from which parts no dust jumps out - parts where no appointment is sitting, and wide enough for our talk. Only beating and telling, nothing more. Do not weave anything new into the calendar, and do not send them invitation or any message. I go to them myself when the carpets lie drying in the sun.",
        false,
    ),
    t(
        "h81-find-tree-rings",
        "find",
        "I write from the dendrochronology laboratory, where I am sanding a core drawn from an oak beam so that its growth rings may be read under the microscope; you will forgive me if I am sparing with words. The beam, taken from a tithe barn awaiting restoration, obstinately refuses to match our master chronology, and I should like to examine the discrepancy with {people_h10}. I would put the work at {duration_h10}. Would you bore into my calendar {when_h10}{time_h10} as I bore into a beam, and read off to me the pale bands - those stretches in which no engagement has laid down any growth, and which are broad enough to accommodate the examination? I request a reading and no more: nothing is to be added to the calendar, and no invitation or other word is to pass from you to them. I shall approach them myself when the core has been mounted.",
        false,
    ),
    t(
        "h81-book-school-crossing",
        "book",
        "Um, so, er, I'm standing in the middle of the road outside the primary school in my, um, hi-vis coat with the lollipop held up, dictating this between, er, crossings. The, um, new sign is so heavy that the wind, er, spins it round and the drivers see the blank side, which is, um, not ideal. {people_and_i_h10} and I have, er, agreed to try out a lighter pole {when_h10}{time_h10}, and it'll, um, take {duration_h10}. Could you, er, step out and stop the traffic for it in my calendar - a, um, proper booking, not a maybe - and, er, see an invitation safely across the road to them? No need to, um, check back with me; I've, er, already waved it through. Right. Um, lollipop up.",
        false,
    ),
    t(
        "h81-book-telegraph-office",
        "book",
        "Sir or Madam, I beg leave to write from the instrument room of the telegraph office, where the sounder chatters at my elbow and my hand is seldom off the key, so you shall have this as brief as a wire. The new batteries furnish so feeble a current that our messages reach the far end garbled past reading. I have arranged with {people_h10} that we shall examine the line together {when_h10}{time_h10}, and the examination will take {duration_h10}. Be pleased to tap it into my calendar as a settled engagement, plain and firm as a well-struck key, and to wire them an invitation straightaway. I beg you will not cable back for my approval; the matter is concluded. Stop. I have the honour to remain your most obedient correspondent.",
        false,
    ),
    t(
        "h81-book-club-door",
        "book",
        "on the door at the club, rope up, queue round the corner, clicker in my fist. new id scanner keeps bouncin real licences n wavin fakes thru. {people_h10} + me sortin it {when_h10}{time_h10}, {duration_terse_h10}. its locked, theyve said yes. put it on the guest list in my cal - name down, not a maybe - + snap an invite on em like a wristband. ur runnin the door here, no need to check w/ me",
        false,
    ),
    t(
        "h81-reschedule-pantomime-horse",
        "reschedule",
        "Back end of a pantomime horse, bent double in a furry tube with my nose pressed into the lining, and the costume zip has jammed solid. Oh joy. The show's overrun, nobody can find the pliers, and I'm not getting out of this thing in time for {day_of_move_h10} {clock_h10} with {person_h10}. Canter it on to {to_h10}, would you, and tell them the new time so they're not left waiting for a horse's hindquarters. And before you ask - no, I don't find it funny either.",
        false,
    ),
    t(
        "h81-reschedule-dog-walker",
        "reschedule",
        "dog walker, fistful of leads wrapped round a lamp post n a squirrel sittin smug at the top. total knot, im goin nowhere. {day_of_move_h10} {clock_h10} w/ {person_h10}? not happenin. walk it on to {to_h10} + give em a yap w/ the new time so they know. send treats",
        false,
    ),
    t(
        "h81-cancel-chestnut-cart",
        "cancel",
        "Hello, I sell roasted chestnuts from a little cart on the old stone bridge. I turn the chestnuts in the hot pan with a cloth round my fingers, so I write little and slow. The city gives my corner of the bridge to a new market, so my cart must go away and never come back. For this reason {day_of_h10} {clock_h10} with {person_h10}, where we wanted to choose new paper bags for the chestnuts, is now useless. Please peel it off my calendar like the hard skin from a hot chestnut - not moved to some other place, it is finished and it will never happen - and tell them this news, so they do not stand on the bridge and wait for me. Thank you.",
        false,
    ),
    t(
        "h81-task-bubble-tea",
        "task",
        "Bubbly hello from the bubble tea bar, where I'm shaking cups of taro milk with a scoop of chewy pearls in each and loving every wobble! The sealing machine has gone on strike and won't press the film onto the cups, so while it warms back up I'm facing the admin. I've been handed the job to {task_h10} {due_h10}, and it's mine alone. Could you plop it into my to-do list like a pearl into a cup - a task all of its own - and seal it with {duration_h10} printed on the lid as my estimate? Sip sip hooray, you're the best!",
        false,
    ),
    t(
        "h82-find-darkroom",
        "find",
        "Um, hi, so, er, I'm in the darkroom under the red safelight with my, um, tongs in the fixer tray, so I'm, er, typing this with a knuckle. The, um, new box of photo paper keeps fogging grey before it's even, er, touched the developer, and I'd like to, um, work out why with {people_h10} - {duration_h10}, er, should do it. Could you, um, develop my calendar {when_h10}{time_h10} and, er, tell me which patches come out of the tray still pure white - no appointment showing up in them, and, um, roomy enough for us? Just the, er, test strip, please. Don't, um, expose anything onto the calendar, and don't, er, send them an invitation or, um, any word at all - I'll, er, step out through the light trap and ask them myself.",
        false,
    ),
    t(
        "h82-find-record-pressing",
        "find",
        "record pressin plant, stood at the press w/ a tub of vinyl pellets n labels stuck to my gloves. new stampers keep spittin out warped discs, every record wobbles like a crisp packet. gotta sort it w/ {people_h10}, {duration_terse_h10} max. spin my cal {when_h10}{time_h10} under the stylus n tell me where the grooves run silent - gaps w/ no track cut in em, wide enough for us lot. test pressin only!! dont press nothin into the cal, no invites, they hear squat from u. ill stroll over to the press hall n ask em myself",
        false,
    ),
    t(
        "h82-find-vanilla-vines",
        "find",
        "Hello, I work on a vanilla plantation, and I write you from between the vines, where I must open every flower with a thin bamboo stick and marry it to itself by hand, because here no bee does this work. So my fingers are sticky and my words are few. The new vines give many flowers, but the green pods fall down before they are ripe, and I wish to think about the shade and the soil together with {people_h10}. For this talk I count {duration_h10}. Please, can you climb through my calendar {when_h10}{time_h10} like I climb through the vines, flower by flower, and tell me the places where nothing has opened - no appointment there, and big enough for our talk? Only looking and telling, please. You marry no flower in the calendar - nothing goes in there - and you send them no invitation and no message; I walk to them myself when my hands are clean.",
        false,
    ),
    t(
        "h82-book-deckchairs",
        "book",
        "Sunny hello from the deckchair stand on the seafront, where I'm snapping striped chairs open in a stiff breeze and loving every gust! The only fly in the sun cream: the new canvas seats keep tearing loose from their frames under anybody who sits down, so {people_and_i_h10} and I have happily agreed to re-stretch the canvas together {when_h10}{time_h10}, and it'll take {duration_h10}. Could you snap it open in my calendar and dig its legs in firm in the sand - a proper booking, not a maybe that blows off down the beach - and hand them an invitation like a hire ticket torn fresh off the roll? You needn't come paddling back to ask me; I'm already in! Sunshine and thanks!",
        false,
    ),
    t(
        "h82-book-road-markings",
        "book",
        "Road markings. Kneeling on the tarmac next to a pot of bubbling thermoplastic, cones all round me, and the lining machine's just clogged solid. Splendid. The new paint keeps peeling off before it's even set, so the lines look mangy, and I've conscripted {people_h10} into {duration_h10} of line-fixing {when_h10}{time_h10}. End of discussion. Paint it into my calendar - solid, unbroken, set hard, not some dotted-line maybe - and letter an invitation out to them in big white capitals. And don't flag me down to ask if I'm sure. I'm sure.",
        false,
    ),
    t(
        "h82-book-sleeper-train",
        "book",
        "I write from the attendant's cabin of a sleeper train, swaying somewhat between stations, and must therefore be brief. The berths in the new carriages have taken to folding themselves away unbidden, with some violence, and it is agreed between {people_h10} and myself that the mechanism shall be inspected together {when_h10}{time_h10}; the inspection will require {duration_h10}. I should be grateful if you would find it a compartment in my calendar, reserved and ticketed rather than merely enquired after, and have an invitation taken along the corridor to them. There is no need to seek my further consent; the matter is settled.",
        false,
    ),
    t(
        "h82-reschedule-ball-pit",
        "reschedule",
        "soft play centre, dived in the ball pit after a lost shoe n the cargo net's snagged round my ankle. plastic balls up to my chin, cant budge. {day_of_move_h10} {clock_h10} w/ {person_h10}? nope. wriggle it over to {to_h10} n give em a bell w/ the new time. send snacks",
        false,
    ),
    t(
        "h82-reschedule-colliery-cage",
        "reschedule",
        "Forgive this hasty note, scrawled by the glow of my cap lamp at the foot of the colliery shaft. The winding engine has failed, the cage hangs idle somewhere far above, and I see no prospect whatever of being drawn up to the surface in time for {day_of_move_h10} {clock_h10} with {person_h10}. Might I trouble you to load the engagement into a tub and run it along the roadway to {to_h10}, put my calendar right accordingly, and send word up the shaft to them of its new place? I remain, as ever, your grateful servant.",
        false,
    ),
    t(
        "h82-cancel-ballet-studio",
        "cancel",
        "Um, hello, so, er, I'm at the barre in my little ballet studio, sewing ribbons onto pointe shoes, so, um, sorry if this comes out a bit wobbly. The, er, floorboards under the lino have rotted right through, and I've, um, decided to close the studio for good - it's sad, but, er, there it is. So {day_of_h10} {clock_h10} with {person_h10}, which was, um, about sanding the floor, has, er, no floor left to be about. Could you, um, let it pirouette off the stage of my calendar and, er, not come back for an encore - not, um, moved to some other slot, just, er, gone for good - and, um, tiptoe over to them with the news, so they don't, er, turn up to a locked door? Thank you, um, so much.",
        false,
    ),
    t(
        "h82-habit-fishmonger",
        "habit",
        "Briny hello from my fishmonger's slab at the harbour market, where I'm shovelling crushed ice over the mackerel and belting out sea shanties - happy as a clam! The only bone in the fillet: all that bending over the slab has left my back as stiff as a frozen haddock, so I'm giving it some care of its own. I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} per helping, just me and nobody else. Could you set it out on my calendar like a fresh catch on ice - a standing block that comes back in like the boats to harbour, landing again and again with no final voyage? Cheers, you absolute pearl!",
        false,
    ),
    t(
        "h83-find-racket-stringing",
        "find",
        "Game, set and hello from the pro shop at the tennis club, where I've got a racket clamped in the stringing machine and I'm weaving fresh strings through the frame, grinning like I've just won the final! The only let: the new strings keep snapping mid-rally with a twang you can hear across the courts, so I'd love to crack the mystery with {people_h10}, and {duration_h10} ought to do it. Could you be the line judge for my calendar {when_h10}{time_h10} and shout 'in!' for every stretch of clear court - no appointment already bouncing about in it, and long enough for our string post-mortem? Line calls are all I'm after: nothing gets served into the calendar, and no invitation - not so much as a knock-up - goes over the net to them from you. I'll jog across to them myself at the changeover!",
        false,
    ),
    t(
        "h83-find-hen-house",
        "find",
        "Hello, I keep free-range hens on a small egg farm, and I write you from inside the henhouse with a basket on my arm, so please excuse my short words. The eggs of the new hens come with shells so thin that they crack when I only lift them, and I want to talk with {people_h10} if it is the feed or the water. I think for this we need {duration_h10}. Please, can you walk my calendar {when_h10}{time_h10} like I walk the row of nest boxes, the hand slipped under the straw, and tell me which boxes you find empty - no appointment hiding there, and big enough for our talk? I ask you only to feel and to report. Do not lay anything new into the calendar, and do not send them an invitation or any message; I walk to them myself when the eggs are collected.",
        false,
    ),
    t(
        "h83-find-knife-grinder",
        "find",
        "knife grinders van at the market, foot on the treadle, sparks flyin off the wheel. new grindstone keeps burnin the blades blue, edges come off soft as butter. gotta have words w/ {people_h10} bout it, {duration_terse_h10} tops. run ur thumb along my cal {when_h10}{time_h10} n tell me where it feels smooth - no nicks, no meetins, room enough for us. just testin the edge!! dont carve nothin into the cal, no invites, zero pings to em from u. ill whistle em over myself when the wheels stopped",
        false,
    ),
    t(
        "h83-book-glover",
        "book",
        "Good day to you. I write from my glover's bench with a strip of kid leather across my knee and a needle betwixt my lips, so you will pardon the brevity. My new pattern shears have gone blunt in a trice and chew the edges of every glove I cut quite ragged. {people_and_i_h10} and I have covenanted to sit over the shears together {when_h10}{time_h10}, and the sitting shall want {duration_h10}. Pray draw it onto my calendar as snugly as a glove onto the hand - a fixed appointment and no passing fancy - and have a card of invitation carried round to them with my compliments. You need not come back to me for leave; the thing is decided. Your servant at the bench.",
        false,
    ),
    t(
        "h83-book-dumpling-kitchen",
        "book",
        "Um, hi, so, er, I'm at the steel counter in the dumpling kitchen, pleating wrappers round the filling with flour up to my, um, elbows, so this is, er, a bit floury. The, um, new wrappers keep splitting in the bamboo steamers and the, er, filling just oozes out, so I've, um, won {people_h10} over to a {duration_adjective_h10} dough trial {when_h10}{time_h10}, and they're, er, all for it. Could you, um, crimp it shut in my calendar - a, er, proper booking, not a, um, leaky maybe - and, er, send an invitation out to them through the kitchen hatch, piping hot? No need to, um, double back to me; I've, er, already said yes. Right. Um, back to the pleats.",
        false,
    ),
    t(
        "h83-book-tyre-bay",
        "book",
        "Tyre bay. Flat on my back on a creeper under a van, wheel nuts rolling everywhere, and the balancing machine's just flung a weight across the workshop. Fan-flipping-tastic. The new batch of tyres keeps going soft at the bead, so everything I fit comes limping back, and I've frogmarched {people_h10} into {duration_h10} of tyre-prodding {when_h10}{time_h10}. Discussion closed. Wheel-nut it onto my calendar and do it up tight - a real booking, not a hand-tightened maybe - and roll an invite across the forecourt to them. And don't come honking for approval. It's approved.",
        false,
    ),
    t(
        "h83-reschedule-paddle-steamer",
        "reschedule",
        "I beg your indulgence for this hurried message, composed in the wheelhouse of a paddle steamer that has fouled a drifting rope in its wheel and now lies helpless in midstream. Until the wheel is cleared I have no hope of reaching the landing stage in time for {day_of_move_h10} {clock_h10} with {person_h10}. Would you be good enough to take that engagement in tow and bring it alongside {to_h10} instead, amend my calendar to match, and make its new berth known to them without delay? With sincere thanks, I remain yours faithfully.",
        false,
    ),
    t(
        "h83-reschedule-window-cradle",
        "reschedule",
        "window cleanin cradle, hangin off the side of a glass tower w/ the motor dead n the wind swingin us about. squeegee in my left, phone in my right, pigeons judgin me. {day_of_move_h10} {clock_h10} w/ {person_h10}? not a hope from up here. trundle it along to {to_h10} + tap on their glass w/ the new time so they know. send a rope",
        false,
    ),
    t(
        "h83-cancel-phone-repair",
        "cancel",
        "Hello, I have a small stall in the old market hall where I repair mobile phones, and I write you with a pry tool in my other hand and a cracked screen open before me, so my words are short. The market hall will be pulled down, and all stalls must go away forever, so I close my stall. Because of this, {day_of_h10} {clock_h10} with {person_h10}, where we wanted to choose a new kind of screen protector, has no more reason to be. Please do with this meeting like a factory reset on a phone: take it out of my calendar completely, not moved to some other day - it will never happen, no backup - and write them this news, so they do not come to an empty stall. Thank you.",
        false,
    ),
    t(
        "h83-task-strawberry-farm",
        "task",
        "Berry bright hello from the pick-your-own strawberry fields, where I'm kneeling in the straw between the rows, filling punnets and sneaking the odd berry - bliss! The only bruise: the scales in the weighing hut have lost their marbles and won't settle, so while they're being fixed, a bit of desk work has found its way to me: I'm to {task_h10} {due_h10}, just me on it. Could you tip it into my to-dos the way I tip berries onto the scales - a to-do standing by itself, with no meeting or invites - and hang a tag on it saying {duration_h10}, my honest reckoning of the time it'll eat? Juicy thanks!",
        false,
    ),
    t(
        "h84-find-lettuce-container",
        "find",
        "Hello, I grow salad inside an old shipping container behind the supermarket, with shelves up to the roof, pink lamps over every shelf and water that runs through thin pipes to the roots. I write you between the shelves with wet gloves, so my words are few. The new lettuces grow long and thin and pale, like they search for a sun that is not there, and I want to speak with {people_h10} about the lamps and the food in the water. I think {duration_h10} is enough for this. Please, can you shine a lamp along my calendar {when_h10}{time_h10}, shelf after shelf, and tell me where a shelf stands empty - no appointment is growing there, and it is long enough for our talk? Only to shine and to tell me, please. Let nothing sprout in the calendar, and send them no invitation and no message; I go to them myself when the roots are washed from my hands.",
        false,
    ),
    t(
        "h84-find-pickle-cannery",
        "find",
        "pickle cannery, elbow deep in a vat of brine n dill, jars clinkin past on the belt. new lids keep poppin off in the cooker n the gherkins come out fizzy. need a sitdown w/ {people_h10} bout it, {duration_terse_h10} ish. prod my cal {when_h10}{time_h10} w/ the pickle fork n tell me where u spear nothin - gaps w/ no meetins bobbin in em, room for us. just proddin!! dont jar anythin up in the cal, no invites, they dont hear a glug from u. ill bang on their door myself when the belts stop",
        false,
    ),
    t(
        "h84-find-pewterer",
        "find",
        "By your leave, I write from the pewterer's shop, where I stand at the melting pot with a ladle of molten metal in my fist and a tankard mould at my elbow, so I must be sparing with my pen. The new alloy casts full of pinholes, and every tankard I turn out would weep ale at its seams, so I would fain take counsel with {people_h10} upon the matter; I reckon {duration_h10} should suffice. Would you be so kind as to rap along my calendar {when_h10}{time_h10}, as I rap a finished tankard with my knuckle, and tell me where it rings hollow - those stretches in which no engagement sits, and roomy enough for our counsel? I desire only to hear it rung: let nothing molten touch the calendar, and let no invitation nor any word of yours travel to them. I shall wait upon them myself when the metal has cooled. Your humble servant at the pot.",
        false,
    ),
    t(
        "h84-book-helter-skelter",
        "book",
        "Um, hi, so, er, I'm inside the helter-skelter at the fair, right up at the, um, top of the tower, with a stack of hessian mats on my shoulder, so this is, er, a bit breathless. The, um, new mats keep snagging on the seams of the chute and stopping dead on the bends, which is, er, not the idea. {people_and_i_h10} and I have, um, teamed up to wax the chute together {when_h10}{time_h10}, and it'll, er, need {duration_h10}. Could you, um, send it spiralling down into my calendar and let it, er, land at the bottom and stay there - a real booking, um, not a maybe - and, er, send an invitation corkscrewing down to them on a mat? You, um, needn't climb back up to ask me; I'm, er, certain. Right. Um, mind the bend.",
        false,
    ),
    t(
        "h84-book-septic-tanker",
        "book",
        "Septic tank lorry. Stood in a soggy field holding a hose that's just split along its seam, and my boots are full of things I won't describe. Marvellous. The new pump keeps losing suction and belching the lot back up the pipe, so I've shanghaied {people_h10} into {duration_h10} of pump-wrestling {when_h10}{time_h10}. No arguments. Pump it into my calendar until it's full to the brim - a proper booking, not some dribbly maybe - and flush an invite down the line to them. And don't ring me back to check. I've checked.",
        false,
    ),
    t(
        "h84-book-cleanroom",
        "book",
        "I write from the gowning room of a semiconductor cleanroom, masked, hooded and gloved, and shall therefore be concise. The latest wafers are leaving the lithography stage with a faint haze across their surfaces, and yields have suffered accordingly. It has been agreed with {people_h10} that a {duration_adjective_h10} review of the lithography step will take place {when_h10}{time_h10}. Kindly pattern it onto my calendar as a fixed structure rather than a provisional hold, and pass an invitation through the airlock to them. No further consultation with me is required; the decision stands.",
        false,
    ),
    t(
        "h84-reschedule-pedalo",
        "reschedule",
        "pedalo hire on the boatin lake, stuck out in a big plastic swan cos the chain's come off mid-lake. pedallin thin air, driftin round n round, goose eyein my sarnie. {day_of_move_h10} {clock_h10} w/ {person_h10}? no chance. churn it across to {to_h10} + quack em the new time so they know. send oars",
        false,
    ),
    t(
        "h84-reschedule-turtle-beach",
        "reschedule",
        "I write to you from a turtle nesting beach, where I am kneeling beside a nest whose hatchlings have chosen this very moment to break the surface, and I cannot in conscience leave them until each has made its way across the sand to the sea. This renders me unable to attend {day_of_move_h10} {clock_h10} with {person_h10}. Might I ask you to shepherd that engagement down the shore to {to_h10}, as I shepherd these small creatures to the water, adjust my calendar to suit, and carry the news of its new place to them? With my thanks, I remain yours sincerely.",
        false,
    ),
    t(
        "h84-cancel-video-rental",
        "cancel",
        "Hello, I have a small shop where I rent films on old video cassettes, and I write you at the counter with a cassette in the rewinder machine, so my words are short. Nobody wants cassettes any more, the shelves are full of dust, and so I close the shop forever and give the tapes away. Because of this, {day_of_h10} {clock_h10} with {person_h10}, where we wanted to choose new boxes for the cassettes, now has nothing to be about. Please eject this meeting from my calendar like a cassette from the player - not recorded again on some other place, it is gone for always, the tape is empty - and say them this news, so they do not come to a shop with closed shutters. Thank you.",
        false,
    ),
    t(
        "h84-task-crepe-stand",
        "task",
        "Ooh la la, hello from my crepe stand at the street market, where I'm swirling batter round the hotplate with a little wooden spreader and folding in chocolate and banana - pure heaven! The only lump in the batter: the gas bottle has run dry, so while a fresh bottle is on its way, some paperwork has wafted over to me instead. I've got to {task_h10} {due_h10}, and it's all mine. Could you flip it onto my to-do list like a crepe onto a paper plate - a to-do all by itself, no meeting, nobody invited - and sprinkle {duration_h10} on top as my gut feeling of how long it'll take? Merci and hugs!",
        false,
    ),
    t(
        "h85-find-face-painting-tent",
        "find",
        "Cheery hello from the face-painting tent at the village fete, where I've just turned a giggly toddler into a tiger, whiskers and all - I adore this job! The only smudge on the canvas: the new paint palettes crack and crumble as soon as they get wet, so I'd love to get to the bottom of it with {people_h10}; {duration_h10} should see us right. Could you hold a mirror up to my calendar {when_h10}{time_h10} and show me the clean patches - stretches with nothing painted on them yet, and roomy enough for our palette crisis talks? A quick look in the mirror is all I'm after: don't paint anything into the calendar, and leave them bare-faced - no invitation, no message from you. I'll skip over to them myself once the queue has gone. Glittery thanks!",
        false,
    ),
    t(
        "h85-find-nail-bar",
        "find",
        "nail bar, mid full set w/ the uv lamp hummin n glue on every fingertip. new gel keeps liftin at the edges n every set comes back chipped. need a gab w/ {people_h10} bout it, {duration_terse_h10} max. file thru my cal {when_h10}{time_h10} n tell me which nails r still bare - gaps w/ nothin polished on, long enough for us. only nosin!! dont varnish nothin onto the cal, no invites, not a dab to em from u. ill holla at em myself when my hands r free",
        false,
    ),
    t(
        "h85-find-assay-office",
        "find",
        "I am writing from the assay office, where I stand at the bench with a tray of silver spoons awaiting their marks, and must therefore be brief. The new punches strike so faintly that the hallmarks can scarcely be read, and I propose to go into the matter with {people_h10}; I estimate that {duration_h10} will be needed. Would you be good enough to try my calendar {when_h10}{time_h10} upon the touchstone, as I would a doubtful spoon, and report where it proves pure - intervals with no engagement alloyed into them, and wide enough for that discussion? This is an enquiry and nothing further: strike no mark upon the calendar, and neither invite them nor correspond with them on my behalf. I shall seek them out in person once the tray is done.",
        false,
    ),
    t(
        "h85-book-clinker-boatyard",
        "book",
        "Boatyard. Wedged in the bilge of a clinker dinghy with a caulking iron, the tide creeping up the slip and a gull screaming at me from the mast. Lovely. The new copper nails won't clench over the roves, so every plank I hang springs loose again. {people_and_i_h10} and I are having it out over those nails {when_h10}{time_h10} - {duration_h10}, and not a breath more. Clench it into my calendar the way a nail gets clenched over a rove - bent over, going nowhere, no flimsy maybe - and push an invite out to them on the tide. And don't come rowing back to me for permission. Granted, already.",
        false,
    ),
    t(
        "h85-book-road-sweeper",
        "book",
        "drivin the road sweeper, hoppers choked w/ wet leaves n the suction's wheezin like an old dog. sortin it w/ {people_h10} {when_h10}{time_h10}, {duration_terse_h10}, agreed. hoover it up into my cal n keep it in the bag - solid, no maybe - n puff an invite their way. its settled, no askin me",
        false,
    ),
    t(
        "h85-book-donkey-sanctuary",
        "book",
        "Sunny hello from the donkey sanctuary, where I'm teasing burrs out of a shaggy old girl's coat while she nibbles hopefully at my pocket - heaven with long ears! The only thistle in the hay: the new hay nets keep tearing, and the herd is scoffing the lot in a blink. So when I floated a {duration_adjective_h10} hay-net summit {when_h10}{time_h10}, {people_h10} jumped at it - it's all agreed! Could you stable it in my calendar like a donkey bedded down in fresh straw - a settled booking, not a maybe - and trot an invitation over to them? No need to come nuzzling back to me for a yes; I'm sure as sure. Hee-haw and heaps of thanks!",
        false,
    ),
    t(
        "h85-reschedule-tar-roof",
        "reschedule",
        "Er, hi, sorry, um - I'm up on a flat roof with the, er, tar boiler, and the wind's just, um, knocked the ladder flat on the gravel, so I'm, er, stranded up here like a, um, weathervane. Which means I, um, won't make it down for {day_of_move_h10} {clock_h10} with {person_h10}. Could you, er, ease it along to {to_h10} - um, the same meeting, just sitting in its new spot in my calendar - and, er, give them a tinkle with the new time? Sorry. Um, cheers.",
        false,
    ),
    t(
        "h85-reschedule-solar-panels",
        "reschedule",
        "Hello, I install solar panels on roofs, and I write you from a roof with the safety rope on my belt, so my words are short. The crane has a problem and a big panel hangs in the air, and I must hold the guide rope until it comes down, so I cannot come to {day_of_move_h10} {clock_h10} with {person_h10}. Please, can you turn this meeting towards {to_h10}, like we turn the panels towards the sun? It is the same meeting, only in a new place in my calendar. And please let the new time shine on them too, so they know it and do not wait for me for nothing. Thank you very much.",
        false,
    ),
    t(
        "h85-cancel-microfilm-archive",
        "cancel",
        "I write from the microfilm reading room of a provincial newspaper archive, where I am threading a reel into the reader, and shall be brief. The building has been sold and the archive is to close permanently, its holdings dispersed. Consequently, {day_of_h10} {clock_h10} with {person_h10}, at which we were to choose a replacement microfilm reader, no longer serves any purpose. I would ask you to excise it from my calendar entirely - it is not to be deferred or relocated, as it will not take place at all - and to make them aware that it has been abandoned, so that they are not left waiting in an empty reading room. With thanks.",
        false,
    ),
    t(
        "h85-habit-charcoal-burner",
        "habit",
        "Greetings from the charcoal burner's clearing in the wood, where I crouch beside the smouldering clamp, patching its turf jacket wherever the smoke breaks through, until my back is as bent as a hazel bough. My physician bids me {habit_verb_h10} {frequency_h10}, {duration_habit_h10} at each turn, and I mean to heed him. This is for myself alone; none shall join me. Pray set it smouldering in my calendar as a standing engagement that rekindles of its own accord, without end, never suffered to burn out. Yours, with soot still upon my fingers.",
        false,
    ),
    t(
        "h86-find-clay-pigeon-trap",
        "find",
        "clay pigeon range, crouched in the trap house w/ ear defenders on, feedin clays into the trap while shots crack away overhead. new clays keep crumblin on the arm before they even leave it. gotta talk clays w/ {people_h10}, {duration_terse_h10} tops. follow my cal {when_h10}{time_h10} like ur leadin a crossin clay n yell out where the sky's empty - no meetins flyin thru, room for us. spottin only!! dont pull the trigger on nothin, leave the cal unshot, no invites, they dont hear a bang outta u. ill nab em myself once the range goes quiet",
        false,
    ),
    t(
        "h86-find-steelpan-yard",
        "find",
        "Hiya from the steelpan yard, where I'm tempering a freshly sunk pan over a roaring fire and the whole place rings like a carnival - dream job! The only bum note: the new drums are made of metal so thin that the notes wander out of tune as soon as they're played. So I'd love a proper pan-side chat about it with {people_h10}; {duration_h10} feels about right. Could you lend an ear to my calendar {when_h10}{time_h10}, going round it like a tuner round the pan, and hum me back the rests - quiet bars where nothing's been scored yet, with room for our drum talk? Just a listen, please: don't write any notes into the calendar, and keep them out of the tune entirely - not so much as a twang of an invite or a note from you. I'll stroll over and find them after the pan has cooled. Thanks a bundle!",
        false,
    ),
    t(
        "h86-find-barometer-workshop",
        "find",
        "Forgive my intrusion. I write from my barometer workshop, where I am filling the glass tube of a stick barometer with quicksilver, a task that brooks no haste, so I shall be short. The new boxwood cases have warped so in the damp that their scales no longer stand true against the column, and I am minded to deliberate upon the matter with {people_h10}; I judge {duration_h10} to be sufficient. Would you be so obliging as to take the pressure of my calendar {when_h10}{time_h10}, as I take the pressure of the air before setting out upon a journey, and tell me where it stands at Fair - those stretches unclouded by any engagement, and broad enough for our deliberation? I ask for the reading alone: let no appointment be set down, and let neither invitation nor letter of yours reach them. I shall make my own way to them once the mercury has settled. With a steady hand and my thanks.",
        false,
    ),
    t(
        "h86-book-concrete-pour",
        "book",
        "Concrete pour. Stood on a part-built slab in the drizzle with a vibrating poker in my fists, the mixer lorry's drum has seized solid and I'm grey to the knees in slop. Champion. The new batch plant keeps sending mix so wet it slumps straight off the shuttering, so I've collared {people_h10} to sort out the mix design with me {when_h10}{time_h10}, {duration_h10} and not a shovelful longer. Settled. Screed it into my calendar as a booked meeting and let it go off hard - set solid, not some sloppy maybe - and trowel an invite across to them. And don't come wading over to ask me. Asked and answered.",
        false,
    ),
    t(
        "h86-book-sturgeon-farm",
        "book",
        "I write from the hatchery of a sturgeon farm, where I am stripping eggs from a broodfish into a chilled bowl and cannot set it aside, and shall therefore be concise. The fertilised eggs in the new incubation jars have taken to clumping together and spoiling before they hatch, and a {duration_adjective_h10} review of the jar flow rates with {people_h10} {when_h10}{time_h10} has accordingly been settled upon. Kindly lay it down in my calendar as the roe is laid down in its tins - sealed and final, not provisional - and have an invitation, under the same seal, delivered to them. I require no further consultation on the matter; it is closed.",
        false,
    ),
    t(
        "h86-book-dunk-tank",
        "book",
        "Um, hi, er, so I'm, um, perched on the plank over the dunk tank at the, er, rugby club fundraiser, and I'm, um, dripping, because I've been dunked quite a lot, so sorry if this is, er, soggy. The, um, new target arm keeps sticking, so the plank, er, drops whenever it feels like it, which is, um, not the idea. {people_and_i_h10} and I have, er, agreed to take the release catch apart together {when_h10}{time_h10}, and it'll, um, need {duration_h10}. Could you, er, drop it into my calendar with a big, um, sploosh - properly in, for keeps, no maybe about it - and, er, bob an invitation across the water to them? You don't, um, need to fish for a yes from me; I'm, er, sure. Right. Um, ball incoming.",
        false,
    ),
    t(
        "h86-reschedule-decoy-carver",
        "reschedule",
        "Hello, I am carver of wooden ducks, the decoys that sit on a lake to bring the wild ducks down, and I write you from my bench with the knife still in my hand, so my sentences are small. The stove in my workshop is broken, and if the ducks get cold the fresh paint makes bubbles, so I must stay here and keep a little fire going without stop. Because of this I cannot come to {day_of_move_h10} {clock_h10} with {person_h10}. Please, you can let this meeting paddle across the pond to {to_h10}, like a duck who changes its place on the water? The meeting stays the meeting, it only sits now on other water in my calendar. And please blow the duck call for them - I mean, tell them the new time, so nobody is sitting alone at the old place. Many thanks and excuse my English.",
        false,
    ),
    t(
        "h86-reschedule-axe-throwing",
        "reschedule",
        "axe throwin range, im the lane coach. target board split down the middle + an axe is wedged in the ceilin beam, up a ladder wrenchin at it. {day_of_move_h10} {clock_h10} w/ {person_h10}? not happenin. wrench it out n send it whirlin over to {to_h10} - same mtg, just thunked into a new spot - n bawl em the new time so they aint stood there like a spare target",
        false,
    ),
    t(
        "h86-cancel-shadow-puppet-booth",
        "cancel",
        "I write to you from behind the linen screen of my shadow-puppet booth, with the oil lamp trimmed and a leather dragon upon its rods in my hand, and shall be brief. The hall wherein my booth has long stood is to be pulled down, and I am packing away my figures for good. Wherefore {day_of_h10} {clock_h10} with {person_h10}, where the tales for a new programme were to be chosen, has lost all purpose. I pray you snuff it out of my calendar as I snuff the lamp behind the screen when the play is ended - not to appear upon the screen again at any other time, but finished entirely - and give them notice of its ending, lest they come knocking at an empty booth. Yours, with lamp-smoke upon my cuffs.",
        false,
    ),
    t(
        "h86-habit-boomerang-workshop",
        "habit",
        "Cooee from my boomerang workshop, where I've just carved a beauty that whizzed right round the paddock and landed back at my feet - pure joy! The only wobble: whittling and sanding, bowed over my workbench, has curled my spine into a boomerang of its own. So I've made a pact with myself to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a throw. It's mine alone, nobody joins in. Could you fling it into my calendar like a boomerang, so it keeps curving back to me, throw after throw, forever - a repeating block for me alone that always comes home? Ta ever so!",
        false,
    ),
    t(
        "h87-find-well-sinker",
        "find",
        "I trust this finds you well. I write from the bottom of a well I am sinking for a farmhouse, with a lantern at my elbow and the bucket creaking down to me on its rope, so I must be sparing with my words. The new brick lining sweats and crumbles wherever the spring seeps through it, and I should like to take the matter up with {people_h10}; I reckon {duration_h10} will suffice. Would you be so good as to walk my calendar {when_h10}{time_h10} with a hazel rod, as the old water diviners walked the meadows before ever a spade was lifted, and tell me where the rod dips - that is to say, where the ground lies open, with no appointment upon it, and room enough for our discussion? I wish only to be told where it lies: sink nothing into the calendar, and send them neither invitation nor note of any kind. I shall climb up and seek them out myself when the lining is sound. Your obedient servant.",
        false,
    ),
    t(
        "h87-find-kebab-van",
        "find",
        "kebab van, carvin the doner w/ the electric knife n the grill spittin fat at me. new pittas keep splittin soon as theyre stuffed, sauce everywhere. need a word w/ {people_h10} bout it, {duration_terse_h10} max. grill my cal {when_h10}{time_h10} like its the doner n tell me where u hit bare spit - no mtgs stuck on it, room for us. just gawkin!! dont skewer nothin onto the cal, no invites, zero txts to em from u. ill go find em myself when the queue dies down",
        false,
    ),
    t(
        "h87-find-paragliding-launch",
        "find",
        "Hello hello from the paragliding launch up on the ridge, where a whole row of bright wings has just lifted off into the blue - I love this job! The only downdraught: our new canopies keep folding at the tips in the gentlest gust, so I'd love a {duration_adjective_h10} chat about it with {people_h10}. Could you soar over my calendar {when_h10}{time_h10} like a glider riding a thermal and spot me the open meadows - clear stretches where nothing has touched down yet, with room for our canopy chat? It's a sightseeing flight only: don't land anything in the calendar, and don't let so much as an invite or a message drift down to them. I'll catch them at the landing field myself when the wind drops. Blue skies and big thanks!",
        false,
    ),
    t(
        "h87-book-sandblasting-booth",
        "book",
        "Sandblasting booth. Sealed in a hood and a rubber suit that stinks of old tyres, grit in places grit has no business being, stripping rust off a trailer chassis. Living the dream. The new abrasive keeps clumping in the hose and spitting out in lumps, so the finish looks like the surface of the moon. {people_and_i_h10} and I are sitting down to hammer out the abrasive supply {when_h10}{time_h10}, {duration_h10}, end of story. Blast it into my calendar right down to bare metal - booked, no primer coat of maybe - and let an invite rip out of the nozzle at them. Don't come rapping on the booth glass to ask me. It's decided. Leave me to my rust.",
        false,
    ),
    t(
        "h87-book-cricket-farm",
        "book",
        "Hello, I work on a farm where we grow crickets for animal food and for protein flour, and I write you from the breeding room, where it is hot and very loud with chirping, so please excuse my short English. The new egg trays become mouldy too fast and the baby crickets do not hatch. With {people_h10} I have agreed a {duration_adjective_h10} talk about the trays {when_h10}{time_h10}. Please, can you close this talk inside my calendar like I close the lid on a cricket box - it is sure, not maybe, it cannot jump out - and let the invitation chirp over to them, so they hear it? You do not need to ask me again, it is decided. Thank you very much.",
        false,
    ),
    t(
        "h87-book-log-flume",
        "book",
        "Um, hi, so, er, I'm standing, um, knee-deep in the trough of the log flume at the, er, theme park - it's drained for, um, inspection - and I'm scraping, er, slime off the chute, so excuse the, um, damp phone. The, er, new logs keep, um, tipping sideways on the big drop, which is, er, not really the idea. So I've, um, agreed with {people_h10} to go over the log design together {when_h10}{time_h10}, and it should, er, take {duration_h10}. Could you, um, ride it down the flume into my calendar - like, er, all the way into the pool, a proper booking, not a, um, maybe - and, er, send an invite rippling across to them? No need to, um, check back with me, I'm, er, sure. Okay. Um, bye.",
        false,
    ),
    t(
        "h87-reschedule-lacquer-workshop",
        "reschedule",
        "I write from my lacquer workshop, where I am laying the final coat upon a writing box with a fine hair brush, and must therefore be concise. The humidity cabinet in which each coat must cure has failed, and unless I tend the damp cloths by hand the lacquer will wrinkle and the piece be ruined; I cannot leave it. I regret, then, that I shall be unable to attend {day_of_move_h10} {clock_h10} with {person_h10}. I should be grateful if you would bear the meeting across to {to_h10}, as I bear a wet panel to a fresh drying shelf - the same meeting, merely resting upon another shelf of my calendar. Kindly also see that they are given word of the new time, so that they do not wait for me in vain. With thanks.",
        false,
    ),
    t(
        "h87-reschedule-paintball-field",
        "reschedule",
        "paintball field, reffin a game, hunkered behind a hay bale w/ a jammed marker n a welt on my neck. hoppers cracked n theres paint all down my leg, cant leave till the games done. {day_of_move_h10} {clock_h10} w/ {person_h10}? no chance. re-aim it n splat it onto {to_h10} instead - same mtg, just splattered on a new bit of the cal - n pelt em w/ the new time so they aint stood there waitin",
        false,
    ),
    t(
        "h87-cancel-ferret-racing",
        "cancel",
        "Ferret racing. Crouched at the end of a drainpipe track at the county show, waiting on a ferret that's clearly curled up asleep inside the tube. Riveting. And the field's been sold off for houses, so the track is finished for good. Which makes {day_of_h10} {clock_h10} with {person_h10}, about new pipes for the course, a waste of breath. Send it down the drainpipe and don't let it pop out the other end - gone from my calendar for good, not shifted, not put off, just gone - and put word out to them that it's dead, so they don't come trudging over to an empty field. That's it. Ferret's still asleep.",
        false,
    ),
    t(
        "h87-task-marzipan-workshop",
        "task",
        "Sweet hello from the marzipan workshop, where I'm rolling teeny almond-paste piglets with pink cheeks and curly tails - honestly the sweetest job there is! The only crumb in the paste: the pink colouring has run out, so while a fresh pot is on its way I've been landed with some paperwork. I need to {task_h10} {due_h10}, and it's all on me. Could you cradle it in my to-do list like a piglet in its paper case - a to-do just for me, no meeting and nobody invited - and ice {duration_h10} onto it as my best guess at how long the job will take? Oink and thanks!",
        false,
    ),
    t(
        "h88-find-land-yacht",
        "find",
        "land yacht club on the beach, flat on my back under a yacht w/ a spanner n sand in my teeth. new sails keep splittin at the seams soon as the wind gets up. gotta sort sails w/ {people_h10}, {duration_terse_h10} will do it. tack up n down my cal {when_h10}{time_h10} n shout me the stretches of hard flat sand - no mtgs beached on em, room for us. recce run only!! dont beach nothin in the cal yrself, no invites, zero bleeps to em from u. ill sail over n ask em myself when the tide comes in",
        false,
    ),
    t(
        "h88-find-watercress-beds",
        "find",
        "Pray excuse this note. I write from the watercress beds below the old mill, standing in the clear water in my waders with a bundle of cress in each fist, so I must be brief. The new gravel laid in the lower beds has choked the flow from the source, and the cress comes up yellow and spindly; I wish to consider the remedy with {people_h10}, and I fancy {duration_h10} should answer. Would you be so good as to wade along my calendar {when_h10}{time_h10}, as I wade along the beds, parting the leaves, and lead me to the channels where the water runs clear - stretches in which no engagement has taken root, and wide enough for our consideration? I ask only to be shown: plant nothing in the calendar, and leave them undisturbed by any invitation or word running downstream from you. I shall step across to them myself when the cress is tied. I remain yours faithfully.",
        false,
    ),
    t(
        "h88-find-fly-tying-bench",
        "find",
        "I am writing from my fly-tying bench, with a hook held fast in the vice and a hackle feather partly wound, so I shall keep this concise. The latest consignment of hackle is so brittle that the fibres snap as they are wound, and the finished flies unravel on the water. I intend to discuss a replacement source of feathers with {people_h10} and would allow {duration_h10} for it. Would you kindly drift a fly over my calendar {when_h10}{time_h10} and report every pool where nothing rises to take it - periods in which no appointment is already hooked, and long enough for the discussion? This is a scouting cast and nothing more: please tie nothing into the calendar, and they are to receive nothing from you - no invitation, no note. I will approach them myself as soon as the vice is clear.",
        false,
    ),
    t(
        "h88-book-milk-float",
        "book",
        "Milk float. Crawling round the estate in the dark with the crates rattling behind me, and the battery has died partway up the hill. Super. The new glass bottles keep cracking in the crates, so the doorsteps get a puddle instead of milk. So it's on, no arguments: {duration_h10} with {people_h10} {when_h10}{time_h10} to find out why the bottles crack. Done. Deliver it into my calendar like a crate to a doorstep - booked, left there, no ifs - and post an invite through their letterbox. And don't ring the bell to ask whether I mean it. I'm not in.",
        false,
    ),
    t(
        "h88-book-agility-course",
        "book",
        "Woof-tastic hello from the dog agility course, where I'm cheering a little spaniel through the weave poles and she's absolutely flying! The only muddy paw: the new see-saw has started slamming down so hard that the dogs leap off before the end, so I've fixed on a {duration_adjective_h10} see-saw sort-out with {people_h10} {when_h10}{time_h10}. Could you send it sailing over the jumps into my calendar - a clean round, booked in for real, no refusals - and fetch an invitation to them, tail wagging? Don't whistle me back for a yes, it's all decided. Paws up and thank you!",
        false,
    ),
    t(
        "h88-book-tortilla-press",
        "book",
        "Hello, I make tortillas in a small factory, and I write you from the line, where the hot plates turn and the balls of dough come to me without stop, so excuse my simple English. The new press pushes the dough too thin and the tortillas tear when we fold them. {people_and_i_h10} and I have agreed to look at the press together {when_h10}{time_h10}, and we need {duration_h10} for it. Please, can you press this meeting flat into my calendar, so it is truly there, a real appointment and not a dream, and wrap the invitation warm in a cloth and hand it to them, like a fresh tortilla? Do not come back to me with questions, the decision is made already. Many thanks from the hot line!",
        false,
    ),
    t(
        "h88-reschedule-livestock-mart",
        "reschedule",
        "Um, hi, so, er, I'm at the livestock mart, um, stood in the pens behind the sale ring with a, er, shepherd's crook, trying to get a very, um, stubborn ram into the ring, and he's, er, not having it. The, um, auction scales have packed up, so, er, nothing can be sold till they're fixed and I, um, can't leave. So I, er, won't make {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, pen it up and, er, drive it down the lane to {to_h10} - the same meeting, just, um, in a new pen in my calendar - and, er, call the new time over the rails to them so they're not, um, left waiting? Thanks. Um, he's charging.",
        false,
    ),
    t(
        "h88-reschedule-picture-framer",
        "reschedule",
        "framin shop, mitre saw jammed mid cut n glue on every finger. new glass came in scratched, whole order stuck. {day_of_move_h10} {clock_h10} w/ {person_h10}? cant do it. unhook it n re-hang it further down the wall, to {to_h10} - same mtg, just on a diff nail in the cal - n scribble the new time on the back for em so they aint starin at a blank wall",
        false,
    ),
    t(
        "h88-cancel-rocking-horse",
        "cancel",
        "Hello, I make rocking horses by hand in a shed behind my house, and I write you with wood shavings in my hair and a tail of real horsehair in my other hand, so sorry for my small English. The beech trunk I bought for the bodies was full of rot inside, and I have no more wood, so I close the workshop for good. For this reason {day_of_h10} {clock_h10} with {person_h10}, where we planned to pick paint for the dapple horses, is now without purpose. Please, can you saw it out of my calendar and put it in the stove - not rocked forward to another date, it is finished and it will never rock back - and give them this news, so nobody comes to knock on the shed door for nothing. Thank you.",
        false,
    ),
    t(
        "h88-habit-besom-brooms",
        "habit",
        "Cheery hello from my little broom yard in the woods, where I'm binding bundles of birch twigs onto hazel handles to make proper witches' brooms - I adore it! The only tangle in the twigs: all that bending and binding has twisted my back like a gnarled old handle, so I'm treating myself. I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a sweep, just for me, no company. Could you whisk it into my calendar as a block for me alone that keeps coming back like dust to a floor, sweep after sweep, never swept away for good? Twiggy thanks!",
        false,
    ),
    t(
        "h89-find-shuttlecock-factory",
        "find",
        "Greetings. I write from the finishing bench of a shuttlecock factory, where I am seating goose feathers into their cork bases, feather by feather, and so I shall be succinct. The latest consignment of cork is so soft that the feathers work loose after a few rallies and the shuttles wobble in flight, and I would like to examine the matter with {people_h10}; {duration_h10} ought to suffice. Might you run a fingertip along my calendar {when_h10}{time_h10}, as I run mine along each feather before it is set, and report where it lies smooth - stretches unbroken by any engagement, and long enough for that examination? I ask for the report alone: set no feather into the calendar, and let no invitation or letter of any kind take wing towards them from you. I shall approach them in person once this tube is packed. Respectfully yours.",
        false,
    ),
    t(
        "h89-find-hippo-house",
        "find",
        "Big splashy hello from the hippo house at the zoo, where I'm scrubbing algae off the underwater viewing window while an enormous nosy hippo blows bubbles at me through the glass - best job on the planet! The only mud in the pool: the new sand on their beach keeps sliding into the water and choking the drains. I'd love a proper confab about it with {people_h10}, and {duration_h10} should do the trick. Could you sink down into my calendar {when_h10}{time_h10} the way a hippo sinks into the water, just eyes and ears above the surface, and spy out the clear stretches for me - nothing basking there yet, and room enough for our sand confab? Spying only, please: don't let anything slither into the calendar, and keep them well out of it - no invitation, no message, not so much as a ripple from you. I'll paddle over and fetch them myself when the hay's been tossed in. Squelchy thanks!",
        false,
    ),
    t(
        "h89-find-speedway-pits",
        "find",
        "speedway pits, knelt by a bike w/ a chain tool n shale sprayed all up my leathers. new clutch plates keep glazin soon as they get hot n the bikes bog down off the start. gotta go thru clutches w/ {people_h10}, {duration_terse_h10} tops. do a sighting lap round my cal {when_h10}{time_h10} n hold up a pit board w/ the clear bits of track on it - no mtgs parked on em, room for us. sighting lap only!! dont roll nothin up to the start line, no invites, not a toot to em from u. ill stroll over n grab em myself once the heat's run",
        false,
    ),
    t(
        "h89-book-tractor-pull",
        "book",
        "Tractor pull. Sat in the cab of a souped-up tractor at the end of the track, chained to the weight sled, with the exhaust stacks belching black smoke over the entire showground. Glorious. The new hitch pins keep shearing mid-run, so the sled just sits there sulking in the dirt. So: {people_and_i_h10} and I are going over the hitches {when_h10}{time_h10}, {duration_h10}, and that's flat. Couple it onto my calendar and pull it the whole track - booked, pinned on, not some maybe dragging loose behind - and trail an invite across to them. Don't come banging on the cab door to check. I've said it. Back to my smoke.",
        false,
    ),
    t(
        "h89-book-cigar-rolling",
        "book",
        "Hello, I roll cigars by hand in a small factory, and I write you from my table, between the tobacco leaves and the little curved knife, so please excuse my English, it is not so good. The new wrapper leaves arrive too dry, they crack when I roll them, and the cigars open again in the box. I have made a deal with {people_h10}: we sit together {when_h10}{time_h10} for {duration_h10} and look at the leaves. Please, can you roll this meeting tight into my calendar, like a good cigar, so it holds and does not open - a true appointment, not only an idea - and then put the paper ring on it and give it to them, I mean, send them the invitation? You do not need to ask me again, all is decided. Many thanks from the rolling table.",
        false,
    ),
    t(
        "h89-book-mannequin-workshop",
        "book",
        "Um, hi, er, so I'm in the, um, mannequin workshop, with a, er, fibreglass arm tucked under my elbow and a bald head, um, wedged under my chin, so, er, sorry if I mumble. The, um, new wrist joints keep, er, snapping, so the hands just, um, drop off in the display windows, which is, er, a bit of a horror show. So {people_h10} and I have, um, agreed to take the joints apart together {when_h10}{time_h10}, and it'll, er, need {duration_h10}. Could you, um, put it on display in my calendar - like, er, clicking a figure onto its base so it's, um, really there, not a maybe - and, er, hang an invite on them like a, um, price tag? No need to, er, check back with me, it's, um, decided. Okay. Er, the head's slipping.",
        false,
    ),
    t(
        "h89-reschedule-spectacle-lenses",
        "reschedule",
        "Pardon the intrusion. I pen these lines from the back room of my optician's shop, where I sit at the grinding wheel shaping a lens for a set of spectacles, and must be brief. The water feed to the wheel has run dry, and should I quit the glass for a moment it will craze and be spoilt, so I find I cannot keep {day_of_move_h10} {clock_h10} with {person_h10}. Would you be so kind as to regrind it to suit {to_h10} - the selfsame appointment, merely set in a fresh frame of my calendar - and let them read the altered time as plainly as the largest letter on the chart, so that they are not left waiting in vain? I remain, with gratitude, your servant at the wheel.",
        false,
    ),
    t(
        "h89-reschedule-fir-plantation",
        "reschedule",
        "Merry hello from the fir plantation, where I'm feeding freshly cut trees through the netting funnel and they pop out the far end all snug in their string vests - the happiest job going! The only needle in my jumper: the netting machine has jammed solid with a whole trailer of trees still waiting, so I can't slip away for {day_of_move_h10} {clock_h10} with {person_h10}. Could you lift it out of its row, root ball and all, and bed it back in for {to_h10} - the very same meeting, just growing in a new row of my calendar - and tie a little tag on it for them with the new time, so nobody's left standing by the empty row? Pine-scented thanks!",
        false,
    ),
    t(
        "h89-cancel-sign-writer",
        "cancel",
        "I write from my sign-writing studio, where I am lettering a shopfront fascia with a fine sable brush, the mahl stick resting against the board, and shall be brief. The studio has lost its lease and will close permanently; my brushes are already being packed away. Accordingly, {day_of_h10} {clock_h10} with {person_h10}, at which we were to choose a typeface for a new fascia, serves no further purpose. I would ask you to sand it off my calendar down to the bare board, never to be re-lettered at any other time, for it will not take place at all, and to hang out a board for them saying plainly that it has been abandoned, so that they do not arrive at a shuttered studio. With thanks.",
        false,
    ),
    t(
        "h89-habit-kayak-hire",
        "habit",
        "kayak hire hut by the lake, been draggin boats up the slipway all shift n my lower back's shot. gonna {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a paddle, just me, nobody taggin along. slide it into my cal as a block for me only n let it keep bobbin back round like a lost paddle on the current, again n again, no end. cheers",
        false,
    ),
    t(
        "h90-find-dartboard-factory",
        "find",
        "Kindly excuse the curtness of this note, which comes from the pressing floor of a dartboard factory, where I am binding coils of sisal into a steel band before they go under the press. The latest bales of sisal are so coarse that the fibres split wherever a dart lands, and the boards shed bristles all over the floor. I wish to weigh the matter with {people_h10}, and I estimate that {duration_h10} will be required. Would you be good enough to throw an eye over my calendar {when_h10}{time_h10}, as I size up a board before the throw, and call out the parts of it still bare of darts - intervals where nothing has landed yet, and wide enough for our deliberation? I want the scoring read aloud, nothing more: pin nothing to the calendar, and let no invitation or message fly from you in their direction. I shall take it up with them myself once the press has cooled. Yours sincerely.",
        false,
    ),
    t(
        "h90-find-hammam",
        "find",
        "Um, hello, so, er, I'm in the, um, hammam, kneeling on the hot marble slab with a, er, scrubbing mitt on my hand, so, er, sorry if this comes out a bit foggy. The, um, new boiler keeps, er, coughing, and the steam goes cold and clammy in the middle of a scrub, which is, um, not very relaxing. I'd like to, er, talk the boiler over with {people_h10}, and I, um, reckon {duration_h10} would do us nicely. Could you, er, poke your nose through the steam into my calendar {when_h10}{time_h10}, like into a misted cubicle, and, um, tell me where the marble is bare - gaps with nothing, er, lying on them, and room for that chat? It's, um, just a peek, really: don't, er, lay anything out on the slab, and, um, please leave them in peace - no invite, no message, not even a, er, wisp of steam drifting their way from you. I'll, um, wander over and ask them myself once I've, er, rinsed off. Um, thanks.",
        false,
    ),
    t(
        "h90-find-dragon-boat",
        "find",
        "dragon boat club, sat on the jetty soaked to the skin w/ a screwdriver in my teeth. new dragon head on the bow keeps workin loose n plops in the river every race. need a jaw w/ {people_h10} bout bolts, {duration_terse_h10} max. scan my cal {when_h10}{time_h10} like the river ahead from the steerin oar n foghorn back where it's empty - no mtgs moored there, wide enough for us. eyeballin only!! dont launch nothin into the cal, no invites, not a ripple to em from u. ill paddle over n collar em myself once the boat's hauled out",
        false,
    ),
    t(
        "h90-book-croquet-lawn",
        "book",
        "Good heavens, what a state of affairs. I write from the croquet lawn of our little club, mallet in hand and ball poised before the hoop, and I find the new hoops have been set so loosely in the turf that they keel over whenever a ball so much as brushes the wire. It simply will not do. I have therefore resolved upon a {duration_adjective_h10} conference with {people_h10} {when_h10}{time_h10} to have the hoops seen to properly. Be a good sort and send it clean through the hoop and into my calendar - a settled engagement, mind you, and not merely mooted - and do let them have an invitation, delivered with all the ceremony of the opening stroke. I shan't require consulting on it further; I have quite decided. Toodle-pip.",
        false,
    ),
    t(
        "h90-book-kimchi-factory",
        "book",
        "Hello, I work in a kimchi factory, and I write you from the salting room, with rubber gloves red from the chilli paste and a big cabbage under my arm, so sorry for my poor English. The new clay jars do not close good, the air comes in and the kimchi turns too fast. {people_and_i_h10} and I, we will open the jars together {when_h10}{time_h10} and look inside, and this takes {duration_h10}. Please, can you pack this meeting into my calendar like cabbage into the jar, pressed down tight so no air can come in - a real appointment, it must sit there for sure - and then tie the invitation on the lid and hand it to them? No need to come back and ask me, the lid is closed on this question. Thank you from the salting room!",
        false,
    ),
    t(
        "h90-book-cutlery-works",
        "book",
        "Cutlery works. Stood at the buffing wheel with a fistful of soup spoons, black polish up to my elbows and the extractor wheezing like it's on its last legs. Lovely. Just lovely. The new batch of steel keeps pitting, so every fork comes off the wheel looking like it's been chewed. Right: {duration_h10} with {people_h10} {when_h10}{time_h10} to find out what's eating the steel. Decided. Punch it into my calendar like the maker's mark on a spoon - in deep, dead certain - and lay an invite at their place setting. Don't come back asking whether I'm sure. I am. Back to the spoons.",
        false,
    ),
    t(
        "h90-reschedule-croissant-lamination",
        "reschedule",
        "Oh, the smell in here is glorious! I'm at the bakery folding a great slab of butter into croissant dough, turn after turn, and I'm dusted in flour up to my eyebrows - pure bliss! The only lump in the dough: the sheeter has jammed mid-fold, and if I step away the butter will melt and every layer is lost, so I can't get away for {day_of_move_h10} {clock_h10} with {person_h10}. Could you give it a turn and fold it over to {to_h10} - the very same meeting, just laminated into a fresh spot in my calendar - and brush the new time onto it like egg wash, so it shines out for them and nobody's sat there with their coffee going cold? Thanks a heap, crumbs and all!",
        false,
    ),
    t(
        "h90-reschedule-alpaca-farm",
        "reschedule",
        "alpaca farm, chasin a runaway round the field w/ a lead rope n just got spat at. gate latch snapped n the whole herd's out in the lane. {day_of_move_h10} {clock_h10} w/ {person_h10}? cant be there, im herdin fluff. lead it up the track on a rope to {to_h10} - same mtg, only changin fields in the cal, not a new thing - n yodel the new time across to em so nobody's propped on the gate for no reason. ta",
        false,
    ),
    t(
        "h90-cancel-marimba-workshop",
        "cancel",
        "I write from my marimba workshop, where I am tuning a rosewood bar on the bench, shaving its underside with a gouge and tapping it against the tuner, and I shall keep this short. The supply of rosewood has ceased entirely, and without it the workshop cannot continue; it will close its doors permanently. Consequently {day_of_h10} {clock_h10} with {person_h10}, meant for settling the finish on a new instrument, has nothing left to play for. I should be grateful if you would lift that bar off my calendar entirely and let it fall silent for good - it is not to be retuned to some other occasion, for it simply will not sound - and strike a clear note to them announcing that it is off, so that they are not left knocking at a silent workshop. With thanks.",
        false,
    ),
    t(
        "h90-habit-soy-sauce-brewery",
        "habit",
        "Hello, I work in a soy sauce brewery, where I stir the big cedar barrels with a long wooden paddle, and I write you standing on the plank above the barrels, so my English is short. All this bending over the mash makes my back hurt very much, it is crooked like an old hoop that was bent wrong. So I decide: I will {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a stir, only me, nobody with me. Please, can you brew this into my calendar as my own block that comes back and back, never finished, like the sauce in our oldest barrel that we keep brewing without end? Thank you from the plank.",
        false,
    ),
    t(
        "h91-find-enamel-brooches",
        "find",
        "Sorry, I'm not quite sure this is the right way to ask... I'm at the enameller's bench with a tiny brooch on a trivet and powdered glass on my fingertips, so I'm talking rather than typing, and I keep losing my thread. The new batch of blue keeps coming out of the kiln all freckled - I think it's the powder, though it might well be me - and I'd like to turn it over with {people_h10}, for {duration_h10} perhaps. Would you mind going over my calendar {when_h10}{time_h10} the way I check each little wire cell of a brooch before it goes in, and telling me which cells are still empty - nothing laid in them yet, and big enough for us? I'd only like to know, if that's all right: please don't put anything in the calendar, and don't get in touch with them at all - no invitation, no note. I'd rather go and ask them myself when my hands are clean. Thank you, and sorry again.",
        false,
    ),
    t(
        "h91-find-cattery",
        "find",
        "Ooh, hello from the cattery! I'm brushing the tangles out of a huffy old Persian who's giving me the most withering look - honestly, I wouldn't swap this job for a palace. The only hairball in the works: the new heated baskets keep tripping the fuse, so the pens go chilly and the cats huddle under their blankets looking betrayed. I'd love a good gossip about it with {people_h10}, and {duration_h10} should be plenty. Could you slink along the top of my calendar {when_h10}{time_h10} like a cat along a garden fence and tell me where the sunny patches are - spots with nothing curled up in them yet, and roomy enough for our gossip? Just slinking, though: don't pounce on any of those patches, leave the calendar exactly as it is, and not so much as a hiss to them from you - no invitation, no message. I'll pad over and ask them myself when this fluffball's done. Furry thanks!",
        false,
    ),
    t(
        "h91-find-greyhound-traps",
        "find",
        "greyhound track, kneelin in the startin traps w/ a spanner n sand in my boots. new trap doors keep stickin so the dogs come out in a heap n the lure's long gone. gotta go over the hinges w/ {people_h10}, bout {duration_terse_h10}. run my cal {when_h10}{time_h10} like a dog after the lure n howl back where the track's clear - no mtgs in the traps, room for us. just a trial run!! dont let nothin out the traps, no invites, not a whimper to em from u. ill jog over n grab em myself when racin's done",
        false,
    ),
    t(
        "h91-book-upholstery-bench",
        "book",
        "I'm crouched behind a stripped-down wingback at the upholstery bench with a mouthful of tacks and horsehair in places I'd rather not discuss, and I am not in the mood. The new jute webbing sags the moment it takes any weight, so every seat I finish ends up with a belly like a pelican's pouch. I've had it up to here: {duration_h10} with {people_h10} {when_h10}{time_h10} to work out why the stuff gives way. Settled. Stretch it across my calendar tight as a drum and stud it down all round - a proper booking with no slack in it - and tuck an invite down the side of the cushion for them while you're at it. Don't come prodding me for a yes; you've had it. Back to the tacks.",
        false,
    ),
    t(
        "h91-book-fletcher",
        "book",
        "Hallo. Here is writing the arrow maker from his little workshop - just now I glue the feathers onto the shafts, so my English has some bent feathers, sorry. The new goose feathers are too hard, the arrows make a curve in the air and miss like a drunken bird. With {people_h10} I am already agreed: {when_h10}{time_h10} we sit together for {duration_h10} and study the feathers. Please, shoot this meeting into my calendar so it sticks deep in the wood and stays - a real appointment, not only an idea - and tie the invitation to it and let it fly to them. You need not ask me again, the arrow has left the string. Many thanks from the feather table.",
        false,
    ),
    t(
        "h91-book-silversmith",
        "book",
        "Greetings. I write from my bench in a silversmith's workshop, where I am planishing a sugar bowl with a polished hammer, and I shall be brief. The latest sheet of sterling has arrived with a faint bloom of firestain that no amount of polishing will lift, and I have resolved upon a {duration_adjective_h10} consultation with {people_h10} {when_h10}{time_h10} to trace its origin. Kindly set it in my calendar in solid sterling rather than mere plate - a fixed engagement, not a tentative proposal - and send them an invitation, buffed to a mirror shine. I need not be consulted further; the die is cast. Yours faithfully.",
        false,
    ),
    t(
        "h91-reschedule-kettledrums",
        "reschedule",
        "Ooh, I'm perched behind my kettledrums in the orchestra pit, sticks in hand, and it's positively thunderous down here - I adore it! The only sour note: a drumhead has split right across, and I must stretch a new skin on it before the curtain goes up, so I can't make {day_of_move_h10} {clock_h10} with {person_h10}. Could you roll it along to {to_h10} - the very same meeting, just shifted to a later bar in the score of my calendar - and give them a good loud rumble with the new time, so nobody's left tapping their foot in the wings? Thanks a thunderclap!",
        false,
    ),
    t(
        "h91-reschedule-tinsmith",
        "reschedule",
        "I'm so sorry to be a nuisance, truly I am. I'm at the tinsmith's bench soldering the seams of a watering can, the flux has gone all gummy so every seam I run springs a leak, and if I put the iron down the whole can will have to come apart. I'm afraid that means I can't manage {day_of_move_h10} {clock_h10} with {person_h10}. Would it be terribly cheeky to ask you to bend it round to {to_h10}? It's the same meeting, just re-seamed into another spot in my calendar, nothing new. And could you let them know the new time, with my apologies, so they're not left standing about like an empty can? Sorry again, and thank you.",
        false,
    ),
    t(
        "h91-cancel-ukulele-shop",
        "cancel",
        "Ukulele shop, behind the counter, restringing a uke with a cracked soundboard. Rock and roll. Here's the news nobody asked for: the batch of koa we were going to sort through has warped beyond saving, and there's no more to be had anywhere. So {day_of_h10} {clock_h10} with {person_h10}, which was all about picking through that wood, has lost all its strings. Unplug it from my calendar for good - no reprise, no rescheduling it somewhere else, it's simply not happening - and strum them a short note saying it's off, so they don't turn up to stare at an empty rack. Thrilling stuff. Thanks.",
        false,
    ),
    t(
        "h91-task-parrot-sanctuary",
        "task",
        "Right so I'm at the parrot sanctuary with a macaw gnawing my collar and a cockatoo shrieking in my ear and I've barely a moment, so quick as I can: while the new perches dry out some admin has swooped down onto my shoulder, I need to {task_h10} {due_h10}, it's just me on this branch with nobody else to drag in, so could you perch it on my to-do list as a task and put a leg ring on it reading {duration_h10}, my rough guess at how long it'll take, and that's all I need, no meeting, nothing else, ta!",
        false,
    ),
    t(
        "h92-find-baggage-carousel",
        "find",
        "Hiya from the baggage hall at the airport, where I'm heaving stray suitcases off the carousel as they rumble round and round - never a dull moment down here! The only snag in the zip: the new belt sensors keep mistaking a rucksack strap for a jam and stopping the carousel dead. I'd love to sort it out with {people_h10}, and {duration_h10} ought to be plenty. Could you stand by the carousel of my calendar {when_h10}{time_h10} as it goes round and point out the stretches of belt that come round empty - no luggage sitting on them yet, and long enough for our sensor chat? I'm only reading the arrivals board here, not catching any flight: don't load a thing onto the belt, and don't let any invitation or message go down the belt to them - I'll go and find them by the coffee machine myself. Ta-ra!",
        false,
    ),
    t(
        "h92-find-particle-accelerator",
        "find",
        "Good day. I write from the control room of the particle accelerator, where I am watching the beam circulate on a bank of monitors, and so I shall keep to the point. The new focusing magnets drift out of alignment whenever they warm up, and the beam wanders off course. I propose to examine the matter with {people_h10} and expect that {duration_h10} will be needed. Would you be so good as to fire a probe through my calendar {when_h10}{time_h10} and report wherever it passes through without a collision - intervals in which no engagement is lodged, and wide enough for our examination? This is purely a measurement run: please deposit nothing in the calendar, and let no invitation or communication of any sort be emitted in their direction. I shall approach them myself when the beam has been dumped. With kind regards.",
        false,
    ),
    t(
        "h92-find-ski-patrol",
        "find",
        "ski patrol hut up top, boots still on n a rescue sled leanin on the door. new avalanche transceivers keep droppin signal in the cold, useless. gotta go over em w/ {people_h10}, {duration_terse_h10} max. do a sweep of my cal {when_h10}{time_h10} like the closin sweep down the piste n radio back the untracked powder - bits w/ no mtgs carved thru em, wide enough for us. sweep only!! dont plant a pole in nothin, no invites, not a crackle on the radio to em from u. ill ski over n grab em myself when the lifts shut",
        false,
    ),
    t(
        "h92-book-de-icing-rig",
        "book",
        "De-icing rig. Up in the basket at the end of the boom, hosing hot orange fluid over a wing in a wind that could strip paint. Delightful. The new spray nozzles keep icing up themselves, which is rich, so the wing comes out streaky and frozen in patches. Decision's made: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort out these nozzles. No debate. Coat it onto my calendar thick, like fluid on a wing - every inch covered, nothing left to freeze over into a maybe - and hose an invite across to them. Don't radio up to ask if I'm sure. I'm sure. Back to the wing.",
        false,
    ),
    t(
        "h92-book-traffic-warden",
        "book",
        "Um, hi, er, so I'm, um, out on my beat as a traffic warden, stood by a, er, parking meter with the ticket machine in my hand and a seagull, um, eyeing my sandwich. The, er, new handheld printers keep, um, jamming, so the tickets come out all, er, smudged and unreadable, which is, um, a bit embarrassing. So, er, I've settled it: a {duration_adjective_h10} sit-down with {people_h10} {when_h10}{time_h10} to, um, sort the printers out. Could you, er, stick it to my calendar like a ticket to a windscreen - stuck fast, um, a proper booking and not just a, er, warning - and tuck an invitation under their wiper? No need to, um, run it past me again, it's, er, decided. Er, right, the seagull's got the sandwich.",
        false,
    ),
    t(
        "h92-book-opera-chorus",
        "book",
        "Hello, I sing in the chorus of the opera house, and I write you from the wings, in a heavy velvet costume with a paper crown on my head, waiting for my entrance, so please excuse my English, it is not so good. The new trapdoor in the stage is sticking, and in the big scene I almost fall through it. {people_and_i_h10} and I have decided to look at the trapdoor together {when_h10}{time_h10}, and we need {duration_h10} for it. Please, can you print this meeting on the playbill of my calendar, so it is a real performance and not only a rehearsal - and then give them the invitation like a bouquet at the end of the show? You do not need to ask me again, this aria is already sung. Thank you from the wings!",
        false,
    ),
    t(
        "h92-reschedule-straddle-carrier",
        "reschedule",
        "Cheery hello from the container terminal, where I'm perched high up in the cab of a straddle carrier, plucking great steel boxes off the quay like toy bricks - best view in the port! The only rust on the hinge: the spreader has locked onto a box and won't let go, and I can't climb down till it does, so I'll miss {day_of_move_h10} {clock_h10} with {person_h10}. Could you hoist it up and ship it across to {to_h10} - the very same meeting, just restacked further along the quay of my calendar - and stick a fresh shipping label on it for them showing the new time, so they aren't left staring at an empty quay? Salty thanks!",
        false,
    ),
    t(
        "h92-reschedule-notary",
        "reschedule",
        "I write from my notary's office, where a deed lies before me awaiting my seal and signature, and must therefore be brief. The embossing press for my seal has jammed fast, and a deed cannot be left partly sealed, so I find myself unable to attend {day_of_move_h10} {clock_h10} with {person_h10}. Would you be so good as to endorse the engagement over to {to_h10}, as a bill of exchange is endorsed onward - the selfsame appointment, merely bearing a later date in my calendar, not a fresh instrument - and furnish them with a duly witnessed note of the new time, so that they do not wait upon an empty chair? I remain, with thanks, yours faithfully.",
        false,
    ),
    t(
        "h92-cancel-recording-studio",
        "cancel",
        "recording studio, slumped at the mixing desk w/ headphones round my neck n every fader pushed up. buildings been sold n the studio shuts for good, lights off, done. so {day_of_h10} {clock_h10} w/ {person_h10} bout mixin the new record? pointless now. mute that channel on my cal for good n let the master tape go in the skip - not dubbed onto another date, not remixed, its gone - n switch the red recording light off for em too, tell em its off so they dont rock up to a padlocked door",
        false,
    ),
    t(
        "h92-habit-bomb-disposal",
        "habit",
        "Bomb disposal. Crouched inside a blast suit the weight of a fridge, nudging wires with pliers while the sweat pools in my boots. Marvellous. That suit has bent my back like a coat hanger, so fine, I'll do it: I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a go, on my own, no company. Rig it into my calendar as a block just for me that keeps going off like a car alarm that never gets switched off - round and round, never defused for good. Don't make me ask again.",
        false,
    ),
    t(
        "h93-find-launderette",
        "find",
        "Hiya from the launderette, where I'm folding a mountain of service washes still warm from the dryers - honestly, the cosiest job going! The only odd sock in the basket: the new change machine keeps swallowing coins and giving nothing back, so customers are stood about hugging soggy bags of washing. I'd love a good long moan about it with {people_h10}, and {duration_h10} should be loads. Could you wander along the row of machines in my calendar {when_h10}{time_h10} and peer through the portholes for me - which drums are standing empty, with nothing sloshing about in them yet, and roomy enough for our moan? Porthole-peeping only, mind: don't load anything in, don't press start, and don't let so much as a stray sock float their way from you - no invitation, no message. It'll all come out in the wash: I'll pop over and ask them myself when the dryers stop. Toasty thanks!",
        false,
    ),
    t(
        "h93-find-crash-test-lab",
        "find",
        "I write from the observation gallery of a vehicle crash-test laboratory, where a dummy is being strapped into its seat on the sled, and I shall therefore be concise. The new high-speed cameras lose focus at the instant of impact, leaving us with nothing but a blur. I should like to review the footage with {people_h10}, and I estimate that {duration_h10} will be required. Might I ask you to send a sled down the track of my calendar {when_h10}{time_h10} and report wherever it runs clear without striking a barrier - intervals in which no engagement stands, and long enough for the review? Consider this a trial pull with no dummy aboard: nothing is to be placed in the calendar, and neither invitation nor message is to reach them from you. I shall approach them myself when the debris has been swept from the track. With kind regards.",
        false,
    ),
    t(
        "h93-find-shop-window",
        "find",
        "dept store, up a stepladder in the big front window w/ pins in my teeth n a roll of velvet under my arm. new spotlights keep poppin n the whole display goes pitch black on the shoppers. need a word w/ {people_h10} bout the wiring, {duration_terse_h10} tops. press ur nose to the glass of my cal {when_h10}{time_h10} n tell me where the window's bare - no mtgs on display, room for us. lookin, not touchin!! dont dress nothin into it, no invites, not a squeak to em from u. ill nip down n ask em myself when the blinds r up",
        false,
    ),
    t(
        "h93-book-blood-bank",
        "book",
        "Blood bank. Elbow-deep in the walk-in fridge, labelling bags of plasma with fingers I can no longer feel. Charming. The new centrifuge wobbles like a shopping trolley with a dodgy wheel, so nothing separates and I'm left with pink soup. Right: {duration_h10} with {people_h10} {when_h10}{time_h10} to find out what's wrong with that centrifuge. Not up for discussion. Transfuse it straight into my calendar - labelled, logged and on the shelf for real, not parked in quarantine as a maybe - and let an invite flow through to them. Don't come needling me to ask whether I mean it. I do. Back to the fridge.",
        false,
    ),
    t(
        "h93-book-hearing-clinic",
        "book",
        "Hello, I am audiologist in a small hearing clinic, and I write you between patients, with a tiny hearing aid on the tip of my finger and a screwdriver thin like an eyelash, so please excuse my English, it has some crackle. The new ear moulds make a whistle inside the ear, and the patients hear a kettle that never stops boiling. {people_and_i_h10} and I have decided to test the moulds together {when_h10}{time_h10}, and for this we need {duration_h10}. Please, can you turn up the volume of this meeting in my calendar until it is clear and certain - a real appointment, not a whisper that maybe nobody hears - and then speak the invitation right into their ear, so it arrives to them? You need not ask me again, my answer is already heard. Many thanks from the quiet room.",
        false,
    ),
    t(
        "h93-book-cloakroom",
        "book",
        "Um, hi, er, so I'm in the, um, cloakroom at the concert hall, sort of buried under a, er, heap of damp overcoats with a roll of raffle tickets round my wrist, so, um, sorry if I trail off. The, er, new coat rails keep, um, buckling in the middle, so the coats all slither onto the floor and, er, nobody gets their own coat back. So, um, I've made my mind up: a {duration_adjective_h10} chat with {people_h10} {when_h10}{time_h10} about the, er, rails. Could you, um, hang it up in my calendar on a proper peg, with a ticket and everything - a real booking, er, not just slung over the back of a chair - and, um, pass them an invitation like a, er, claim stub for their coat? No need to, um, come back to me on it, it's, er, decided. Um, thanks. Er, that's the interval bell.",
        false,
    ),
    t(
        "h93-reschedule-ambulance-station",
        "reschedule",
        "Ambulance station, crew room, between jobs. The stretcher ramp on our rig has seized solid and we're off the road till it's freed, so I'm stood in the bay with a grease gun. Control to calendar: {day_of_move_h10} {clock_h10} with {person_h10} - unable to attend, repeat, unable. Send the crew on to {to_h10} instead - the same meeting, just a new destination on my calendar, not a fresh job - and patch the new time through to them so nobody's left waiting at the kerb. Copy? Station out.",
        false,
    ),
    t(
        "h93-reschedule-commentary-box",
        "reschedule",
        "Greetings from the commentary box, perched high above the pavilion with binoculars, a flask of something warming and a rather soggy scorecard. The heavens have opened, the covers are on, and the groundstaff report the outfield is a boating lake, so I am chained to the microphone filling the airwaves with reminiscences and cannot possibly slip away for {day_of_move_h10} {clock_h10} with {person_h10}. Would you be a sport and drop it down the batting order to {to_h10} - the very same engagement, simply sent in further along my calendar, not a new match - and broadcast the new time to them, so nobody is left sitting padded up in the pavilion? Much obliged, and back to the cake deliveries.",
        false,
    ),
    t(
        "h93-cancel-betting-shop",
        "cancel",
        "Betting shop, behind the counter, watching the punters tear up their slips on a rain-soaked card. Glamour all the way. Head office has pulled the shutters down on this branch for good, so {day_of_h10} {clock_h10} with {person_h10}, where we were meant to go through the new screens, is a non-runner. Scratch it off the racecard of my calendar altogether - not moved, not rescheduled, no rerun, it's been led away from the starting stalls - and let them know it's a scratching so they don't turn up at a shop with its shutters down. Them's the odds. Thanks.",
        false,
    ),
    t(
        "h93-task-left-luggage",
        "task",
        "Hi, um, sorry, I'm still new at the left-luggage office at the station and still learning which claim ticket goes on which suitcase. While the conveyor's being mended, my supervisor has handed me some office work to look after on my own: I need to {task_h10} {due_h10}. It's just me, nobody else involved, so please don't turn it into a meeting or invite anyone. Could you check it in on my to-do list as a task, with a tag on the handle reading {duration_h10}, my rough guess at how long it'll take, so it's waiting on the shelf until I collect it? Sorry, and thank you!",
        false,
    ),
    t(
        "h94-find-courtroom-usher",
        "find",
        "I write from the well of a courtroom, where I serve as usher, gowned and holding a bundle of oath cards, and I shall therefore be brief. The new microphone in the witness box crackles and falls silent without warning, and whole passages of testimony vanish from the recording. I wish to take the matter up with {people_h10}, and I expect that {duration_h10} will suffice. Would you be good enough to run down the cause list of my calendar {when_h10}{time_h10} and tell me where the court rises - intervals in which nothing is listed for hearing, and long enough for our discussion? I am merely taking the list under advisement, not handing down any ruling: enter nothing in the calendar, and let no writ be served upon them by you - no invitation, no message of any kind. I shall approach them myself when the courtroom has emptied. I remain, respectfully, yours.",
        false,
    ),
    t(
        "h94-find-server-hall",
        "find",
        "data centre, stood in the cold aisle w/ a laptop on a crash cart, fingers numb. new cooling fans keep spinnin down n the racks cook like ovens. gotta thrash it out w/ {people_h10}, {duration_terse_h10} tops. trace the cables thru my cal {when_h10}{time_h10} n tell me which ports r free - nothin plugged into em yet, enough bandwidth for us. status check only!! dont patch nothin in, no invites, not a byte to em from u. ill wander over n find em myself when the alarms shut up",
        false,
    ),
    t(
        "h94-find-boxing-gym",
        "find",
        "Alright, champ? Coach here, leaning on the ropes at the boxing gym with a pair of sweaty focus pads on my hands and the speed bag rattling away behind me. The new ring canvas is as slippy as an ice rink, so you can't plant your feet without skating into the corner post. I want to go toe to toe over it with {people_h10}, and {duration_h10} should go the distance. Could you bob and weave through my calendar {when_h10}{time_h10} and spot where it drops its guard - gaps with nothing booked in them, wide enough for our talk? It's shadow-boxing only, mind, no punches landing: don't put anything in the calendar, and don't throw an invite or a message their way - I'll grab them at ringside myself. Cheers, champ!",
        false,
    ),
    t(
        "h94-book-sorting-office",
        "book",
        "Sorting office. Up to my armpits in a mailbag of soggy flyers in front of a wall of pigeonholes, ink on my thumbs. Splendid. The new sorting belt chews up anything thicker than a postcard and spits out confetti. So: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that belt seen to. Decided. Postmark it into my calendar and sort it into its proper pigeonhole - delivered for real, not left in the dead-letter pile gathering dust - and pop an invite through their letterbox. Don't send it back to me marked return to sender asking if I'm sure. I am. Back to the bag.",
        false,
    ),
    t(
        "h94-book-film-set",
        "book",
        "Sorry, I'm... on a film set, sort of folded up behind the camera dolly with the clapperboard on my knees, so this might come out a bit... jumbled. The new dolly track bows in the middle, I think, so every tracking shot wobbles like it was filmed from a rowing boat. Anyway - sorry - it's decided, properly: a {duration_adjective_h10} look at the track with {people_h10} {when_h10}{time_h10}. Could you get it in the can in my calendar? A take we're keeping, I mean, not just a screen test. And then send them an invitation, like a call sheet, so they know where to be. You don't need to check back with me, honestly, that's a wrap on the deciding. Oh - sorry - red light, quiet on set.",
        false,
    ),
    t(
        "h94-book-weather-studio",
        "book",
        "Hello, I present the weather on the local television, and I write you from the studio, standing in front of the green screen with the clicker in my hand, so please forgive my English, it has some fog inside. The new green screen has a crease, and when I point to the coast, my arm disappears into the sea. {people_and_i_h10} and I have decided to fix this screen together {when_h10}{time_h10}, and for it we need {duration_h10}. Please put this meeting on the map of my calendar like a big sun - clear and fixed, not a maybe with a chance of showers - and then blow the invitation over to them like a warm wind from the south, so it reaches them. You do not have to ask me again, this outlook is settled. Thank you from behind the screen!",
        false,
    ),
    t(
        "h94-reschedule-bus-depot",
        "reschedule",
        "Well hello there from the bus depot, where I'm stretched out in the inspection pit under a bus with a torch between my teeth - best job in town! My only spanner in the gearbox: the wheelchair ramp has jammed out like a stuck tongue, and this bus isn't leaving the pit till it's tucked back in, so I can't make {day_of_move_h10} {clock_h10} with {person_h10}. Would you wind the destination blind on it round to {to_h10} - the same bus on the same route, the very same meeting, just running as a later service in my calendar, not a new route - and flash them the new time like headlights at a junction, so they're not left at the stop peering down the road? Ding ding, and thanks a bunch!",
        false,
    ),
    t(
        "h94-reschedule-photocopier",
        "reschedule",
        "ok so I'm the copier engineer and right now I'm lying on the floor of a print room with my whole arm inside a photocopier fishing out a sheet that's wrapped itself round the fuser like a scarf and there's toner all up my sleeve and the thing keeps beeping at me like it's cross, and there's no way I'm out from under it in time for {day_of_move_h10} {clock_h10} with {person_h10}, so could you pull it out of the tray and feed it back through to {to_h10} - same original, same meeting, just copied onto a later page of my calendar, not a brand new document - and run them off a fresh copy with the new time on it so they know, thanks so much, sorry, it's beeping again",
        false,
    ),
    t(
        "h94-cancel-auction-house",
        "cancel",
        "From the rostrum of the auction house, gavel in hand and the sale catalogue open in front of me - and what a sale it was meant to be! Alas, the whole collection has been sold off privately before it ever reached the block, so {day_of_h10} {clock_h10} with {person_h10}, which was meant to appraise it, has nothing left to go under the hammer. Going, going, gone: bring the gavel down on it and strike the lot from my calendar for good - passed, not re-offered at a later sale, not carried over to another catalogue - and let them know the lot has been passed, so they don't arrive at an empty saleroom. Thank you kindly!",
        false,
    ),
    t(
        "h94-habit-coastguard-lookout",
        "habit",
        "Coastguard lookout here, up in the watch hut on the cliff with binoculars, a logbook and a radio hissing static at me. All this stooping over the chart table has bent my back like a fishhook, so I've promised myself that I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a stint, just me on my own, nobody else to bring along. Could you set it into my calendar as regular as the tides - coming in and going out by itself, over and over with no last ebb in sight - so I never have to haul it back up the beach and ask again? Much obliged, and back to the horizon.",
        false,
    ),
    t(
        "h95-find-bed-manager",
        "find",
        "Hiya from the bed management office at the hospital, where I'm stood in front of a huge magnetic board of every ward with a fistful of coloured magnets - I do love a good puzzle! The only squeaky wheel on the trolley: the new electronic bed board keeps showing beds as free after they've been filled, so trolleys go trundling off to beds that are already taken. I'd love to talk it through properly with {people_h10}, and {duration_h10} ought to cover it. Could you do a bed round of my calendar {when_h10}{time_h10} and tell me which beds are still freshly made and empty - nothing tucked up in them yet, and long enough for our talk? Just a walk down the ward with the clipboard, mind: don't admit anything, don't turn down any sheets, and don't send so much as a discharge note their way from you - no invitation, no message. I'll pop along and ask them myself when the board's been put right. Cheery thanks!",
        false,
    ),
    t(
        "h95-find-meter-reader",
        "find",
        "meter reader, wedged in a cupboard under a staircase w/ a torch in my teeth n cobwebs in my hair. new handheld keeps eatin the readings i key in, a whole round's worth gone. gotta go over it w/ {people_h10}, {duration_terse_h10} should do it. walk my cal {when_h10}{time_h10} like a meter round - shine the torch on every dial n tell me which ones aint turnin, nothin drawin on em, enough headroom for us. readin only!! dont switch nothin on, no invites, not a knock on their door from u. ill catch em myself when im outta this cupboard",
        false,
    ),
    t(
        "h95-find-crime-scene",
        "find",
        "I write from the scene of a burglary, clad in a paper suit and overshoes and dusting a windowsill for fingerprints, and must therefore be succinct. The new tub of aluminium powder clumps in the damp air, so every print we lift comes away as a grey smear. I intend to consider the matter with {people_h10}, and anticipate that {duration_h10} will suffice. Would you be so kind as to dust my calendar {when_h10}{time_h10} and report every surface that comes up clean - intervals bearing no trace of any engagement, and broad enough for our consideration? Please treat this strictly as an examination of the scene: nothing is to be sealed into an evidence bag in the calendar, and no invitation or message of any description is to cross the cordon in their direction. I shall approach them myself when the scene has been released. With kind regards.",
        false,
    ),
    t(
        "h95-book-registry-office",
        "book",
        "Hello, I am registrar in the registry office of our town, and I write you from behind the big desk, with the marriage register open and a fountain pen in my hand, between the ceremonies, so please excuse my English, it is a little stiff, like a collar that is too tight. The new ink for the register does not dry, it stays wet and smears over every page like a slug has walked there. {people_and_i_h10} and I have decided to examine this ink together {when_h10}{time_h10}, and for it we need {duration_h10}. Please, can you pronounce this meeting and my calendar joined - the words spoken, the page signed, lawful and real, not only an engagement with a ring that can still be given back - and then send the invitation to them like the announcement after the ceremony? You do not need to ask me again; I have already said 'I do'. Many thanks from the registry.",
        false,
    ),
    t(
        "h95-book-print-hall",
        "book",
        "Print hall at the newspaper. Stood beside a press the size of a bungalow, ink up to the elbows and ears ringing. Fantastic. The new reels of newsprint keep tearing mid-run, so we're wading through shredded paper and the edition keeps missing the vans. Enough. {duration_h10} with {people_h10} {when_h10}{time_h10} to find out why these reels keep snapping. Final. Lock the plate onto my calendar and let the run go - printed, folded and bundled onto the vans, not a proof with red pen still all over it - and send an invitation rolling off the press to them. Don't ring down to the hall to check I mean it. The presses are running. Back to the ink.",
        false,
    ),
    t(
        "h95-book-driving-instructor",
        "book",
        "Um, hi, er, sorry, I'm, um, parked up in a lay-by in the, er, driving school car between lessons, with my foot still, um, hovering over the dual brake out of habit, so, er, sorry if this wobbles. The, um, new dashcams we had fitted keep, er, switching themselves off the moment we go over a, um, speed bump, which is, er, not ideal. So, um, it's settled: a {duration_adjective_h10} chat with {people_h10} {when_h10}{time_h10} about the, er, dashcams. Could you, um, put it through its test in my calendar and, er, pass it - a full licence, I mean, not, um, L-plates and a provisional - and, er, indicate to them with an invitation so they, um, see it coming? No need to, er, check your mirrors with me again, it's, um, decided. Er, right, mirror, signal, manoeuvre. Thanks.",
        false,
    ),
    t(
        "h95-reschedule-car-hire-desk",
        "reschedule",
        "Hiya from the car hire desk at the airport, where I'm juggling a rack of jangling keys and a printer that won't stop spitting out paperwork - busiest little counter in the terminal! The only dent in the bumper: our whole fleet's been recalled over a faulty seatbelt clip, and I've got to check every car on the lot before any of them leave, so I'll miss {day_of_move_h10} {clock_h10} with {person_h10}. Could you switch the pick-up date on it to {to_h10} - the very same meeting, same car, same paperwork, just collected later on my calendar, not a new rental - and text them the new pick-up time so they're not left hanging about the car park with their suitcase? Cheers and safe travels!",
        false,
    ),
    t(
        "h95-reschedule-regatta",
        "reschedule",
        "so I'm out on the committee boat at the sailing club regatta with a stopwatch round my neck and an armful of signal flags and the wind has just died completely, flat calm, sails hanging like wet washing, and I can't come ashore till every boat's been towed back in, which makes {day_of_move_h10} {clock_h10} with {person_h10} a non-starter, so could you hoist the postponement flag over it and move its start to {to_h10} - same course, same race, the same meeting, just a later gun on my calendar, not a fresh race - and sound the horn for them with the new time so they're not bobbing about waiting for a gun that never goes off, thanks, sorry, must dash, I think I feel a breeze",
        false,
    ),
    t(
        "h95-cancel-petrol-station",
        "cancel",
        "Petrol station, in the kiosk behind the till, watching the price board flicker over an empty forecourt. Gripping. The oil company has decided to shut this site for good and dig the tanks out of the ground, so {day_of_h10} {clock_h10} with {person_h10}, which was to settle the new canopy lighting, is running on fumes with nowhere left to fill up. Switch the pump off on it and take it out of my calendar altogether - not moved, not topped up and parked on another date, the nozzle's back in its holster for good - and let them know it's off so they don't pull onto a forecourt full of diggers. Regards.",
        false,
    ),
    t(
        "h95-habit-cctv-room",
        "habit",
        "CCTV control room. Been sat in this swivel chair in front of a wall of screens for years and years, watching empty car parks and the odd fox, radio on my belt and a flask of stewed tea going cold. Craning up at the top row of screens has welded my neck at an angle, so I'll give in: I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a round, just me, nobody else on the rota for it. Set it up in my calendar like the tape that records over itself - my own block, going round and round for ever, never stopped and never ejected. Don't make me rewind and ask again.",
        false,
    ),
    t(
        "h96-find-airport-security",
        "find",
        "I write from a security lane at the airport, standing at the end of the conveyor in blue gloves while grey plastic trays rattle out of the machine, and must therefore be brief. The new walk-through arch shrieks at belt buckles and stays silent at everything else, so the lane backs up and its alarm has long since ceased to mean anything. I wish to examine the fault with {people_h10}, and I estimate that {duration_h10} will be required. Would you be good enough to give my calendar {when_h10}{time_h10} a thorough pat-down and tell me where it has nothing to declare - intervals in which no engagement is concealed, and roomy enough for our examination? This is a search and nothing more: confiscate nothing, place nothing in the calendar, and let no invitation or message of any kind pass through the arch to them from you. I shall approach them myself when the lane has cleared. Yours faithfully.",
        false,
    ),
    t(
        "h96-find-phone-mast",
        "find",
        "way up a phone mast in the drizzle, clipped to the ladder w/ a spanner in my teeth. new antenna brackets keep workin loose n the whole valley loses signal whenever it gusts. gotta sort brackets w/ {people_h10}, {duration_terse_h10} max. wave my cal about {when_h10}{time_h10} like a phone huntin for signal n tell me the dead spots - nothin transmittin there, room enough for us. signal check only!! dont connect nothin, dont put nothin in the cal, no invites, not a ping to em from u. ill track em down myself when my boots r back on the grass",
        false,
    ),
    t(
        "h96-find-ultrasound-room",
        "find",
        "Sorry... I'm not sure I'm asking this properly. I'm in the ultrasound room with the lights dimmed and a bottle of warm gel in my hand, so it's a bit... awkward to type. The new probe keeps freezing the picture in the middle of a scan, I think, and the screen just turns to static. I'd like to talk it over with {people_h10}, maybe for {duration_h10}, if that's not too much. Could you... gently sweep across my calendar {when_h10}{time_h10}, the way I'd sweep the probe, and tell me where the picture comes up dark and still - patches with nothing showing in them, and large enough for us? It's only a look, honestly, not a diagnosis... please don't put anything in the calendar, and don't send them anything - no invitation, no message. I'd rather ask them myself when the room is free. Sorry, and thank you.",
        false,
    ),
    t(
        "h96-book-engine-room",
        "book",
        "Hello, I am engineer on a cargo ship, and I write you from the engine room, with oil to my elbows and the big diesel shouting in my ears, so please excuse my English, it has some rust on it. The new fuel filters block very fast, and in the middle of the sea the engine coughs and loses power. {people_and_i_h10} and I have decided to open the filters together {when_h10}{time_h10}, and for this we need {duration_h10}. Please, can you make this meeting fast in my calendar, tied to the bollard with a good knot, so it holds in any storm - a true appointment, not only a maybe - and then send the invitation to them over the radio, so it arrives on their side? You do not need to ask me again, the engine order is already given. Many thanks from below the waterline.",
        false,
    ),
    t(
        "h96-book-multi-storey",
        "book",
        "Multi-storey car park. Stuck in the booth by the exit barrier breathing exhaust, while rainwater drips through the concrete onto a ticket machine that hasn't worked since it went in. Marvellous. The new plate-reading cameras can't read a plate with a speck of mud on it, so the barrier stays shut and the horns start up like a brass band. So that's that: {duration_h10} with {people_h10} {when_h10}{time_h10} to get those cameras seeing straight. Not up for discussion. Park it in my calendar properly - paid and displayed, ticket on the dashboard, not left at the kerb with the hazards on - and slap an invite on their windscreen like a parking ticket they can't argue with. Don't come tapping on the booth glass to ask if I mean it. I do. Back to the exhaust.",
        false,
    ),
    t(
        "h96-book-quiz-lectern",
        "book",
        "Hiya from the quizmaster's lectern at the village hall, microphone in my fist and a stack of answer sheets tucked under my arm - honestly the best fun a job can be! The only wrong answer on the sheet: the new buzzers keep going off all by themselves, so the rounds keep dissolving into uproar. So it's decided: a {duration_adjective_h10} buzzer fix-up with {people_h10} {when_h10}{time_h10}. Could you write it into my calendar as my final answer - in pen, no conferring, no rubbing it out - and read the invitation out to them loud and clear over the microphone, so it definitely reaches them? No need to check back with me, the sheets are handed in and I'm not asking for them back! Cheers!",
        false,
    ),
    t(
        "h96-reschedule-satellite-dish",
        "reschedule",
        "Hello from the top of a ladder, where I'm bolting a satellite dish onto a chimney stack with the whole town laid out below me like a map - best view in the business! Trouble is, the new brackets arrived with the wrong bolts, so I've got to drill the lot out and start again before I can come down, and I'll never make {day_of_move_h10} {clock_h10} with {person_h10}. Could you unclamp it and swing it round to {to_h10} instead - the very same dish on the very same chimney, the same meeting, just pointed at a different patch of sky in my calendar, not a fresh installation - and send them the new time down the cable so they're not left staring at a blank screen? Ta ever so!",
        false,
    ),
    t(
        "h96-reschedule-dj-booth",
        "reschedule",
        "dj booth at the club, headphones round my neck n the bass shakin my teeth loose. main deck's started skippin so i cant leave it, gotta nurse it thru the set. {day_of_move_h10} {clock_h10} w/ {person_h10}? not happenin. crossfade it over to {to_h10} - same track, same mtg, just mixed in further down the set in my cal, not a new tune - n drop em a msg w/ the new time so they aint stood on the dancefloor waitin for it. cheers",
        false,
    ),
    t(
        "h96-cancel-travel-agency",
        "cancel",
        "Greetings. I write from the little travel agency on the high street, surrounded by faded posters of sunlit beaches and a rack of brochures gathering dust, and I'm afraid the forecast is not sunny. The agency is shutting its doors for good; I am packing the globe into a box as I type. So {day_of_h10} {clock_h10} with {person_h10}, at which we were to plan the new cruise brochure, has nowhere left to fly. Kindly ground it and take it off my calendar altogether - not delayed, not rebooked onto another departure, it will never leave the runway - and send them word that the trip is off, so they don't make the journey for nothing. With thanks and fond regards.",
        false,
    ),
    t(
        "h96-habit-train-inspector",
        "habit",
        "so I'm walking the aisles of a swaying train with my ticket machine round my neck and I've been at it so long my back has curved like the luggage rack from stooping over the seats, so I've decided I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a go, just me, nobody else coming along, and could you put it in my calendar as my own block that keeps pulling back into the station like a train on a circular line, looping back past the same platforms again and again, never reaching a terminus and never taken out of service, so I don't have to pull the emergency cord and ask again, thanks, oops, tunnel",
        false,
    ),
    t(
        "h97-find-prison-landing",
        "find",
        "Prison landing. Stood on the walkway with a ring of keys as heavy as an anchor and the tannoy crackling in my ear. Delightful. The new electronic door locks spring open on their own whenever the power flickers, so the doors along the wing swing about like saloon doors. I mean to go over those locks with a fine-tooth comb alongside {people_h10}, and {duration_h10} should see us through. Do a cell check on my calendar {when_h10}{time_h10}: walk the landing, bang on every door and tell me which cells are standing empty - nothing locked up inside, and roomy enough for us. Headcount only. Nothing gets banged up in the calendar, and nothing goes through the hatch to them from you - no invite, no note, not a whisper. I'll corner them myself at the gate when my shift's done. Now leave me to my keys.",
        false,
    ),
    t(
        "h97-find-newsroom",
        "find",
        "Good day. I am sub-editor on the news desk of a big newspaper, and I write you in the rush before the pages close, with a page proof under my elbow, so my English will be even more crooked than normal, please forgive. The new layout programme swallows the captions under the photographs, and the pictures stand on the page without any words, like a shop window without prices. I want to discuss this with {people_h10}, and I think we need {duration_h10}. Please, can you read my calendar {when_h10}{time_h10} like a page before it goes to print, and mark for me the white space - columns where no story stands yet, and long enough for our talk? It is only reading, not writing: please put no article into the calendar, and let no invitation and no message leave the desk to them from you. I will walk to them myself when the pages are closed. Many thanks from the news desk.",
        false,
    ),
    t(
        "h97-find-loss-adjuster",
        "find",
        "Sorry, um... I'm a loss adjuster, and I'm standing in a flooded kitchen in wellies with a moisture meter in my hand, so this might come out a bit... soggy. The new claims app on my tablet keeps losing the photos, I think, so every report comes back with blank boxes where the damage ought to be. I'd like to go through it with {people_h10}, perhaps for {duration_h10}, if that's alright. Could you... walk through my calendar {when_h10}{time_h10} the way I walk through a house after a flood, and note where it's still dry - stretches with nothing sitting in them, and big enough for us? It's only an inspection, honestly, not a payout... please don't put anything in the calendar, and don't send them anything - no invitation, no message at all. I'd rather approach them myself when my socks have dried out. Sorry... and thank you.",
        false,
    ),
    t(
        "h97-book-football-referee",
        "book",
        "What a match! Hello from the referee's room under the stand, boots off, shin pads steaming and the whistle still swinging round my neck - I adore this job! The only foul of the match: the new earpiece that's meant to keep me in touch with the touchline crackles and cuts out, so I'm charging about the pitch with nothing in my ear but static. So I've made my decision: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that earpiece sorted. The goal stands - no checking it on the pitchside monitor, no replay. Could you put it in my calendar for real - on the official scoresheet, not a friendly kickabout that doesn't count - and hold the invitation up to them high and clear like a card, so there's no mistaking it? No need to come jogging over to ask me, the decision's final! Cheers!",
        false,
    ),
    t(
        "h97-book-accounts-office",
        "book",
        "Good day. I write from the accounts office, where the closing of the books has buried my desk beneath ledgers and the adding machine has not ceased its chatter, so I shall be concise. The new bookkeeping software has taken to posting entries to the wrong accounts, so nothing reconciles and the balance sheet steadfastly declines to balance. {people_and_i_h10} and I have resolved to examine the software together {when_h10}{time_h10}, and we shall require {duration_h10} for the purpose. I should be obliged if you would enter this meeting in my calendar as a posted entry - in ink, reconciled and balanced, not a provisional figure parked in a suspense account - and remit an invitation to them, so that it is duly received on their side. There is no need to query it with me; the ledger on this decision is closed. With kind regards.",
        false,
    ),
    t(
        "h97-book-operating-theatre",
        "book",
        "Operating theatre. Gowned, masked, gloved, hands held up like I'm under arrest. The new overhead lamps dim whenever the table tilts, so I'm working by the glow of the monitors. Not ideal. Decision made: a {duration_adjective_h10} debrief with {people_h10} {when_h10}{time_h10} on those lamps. Suture it into my calendar - closed, dressed and admitted for real, not a pre-op consultation pencilled in - and page them the invite. Don't call me out of theatre to check. The incision's made; we're past the point of asking. Back to the table.",
        false,
    ),
    t(
        "h97-reschedule-box-office",
        "reschedule",
        "Darling, hello from the box office window, where I'm shut in behind the glass amid a snowdrift of ticket stubs - the most glamorous cupboard in the whole theatre! The only flop of the season: the new ticket printer has begun printing every seat in invisible ink, so I'm rewriting the stalls by hand and cannot possibly sweep out for {day_of_move_h10} {clock_h10} with {person_h10}. Would you be an angel and transfer it to {to_h10}, the way I'd exchange a ticket for a later performance - the same production, the same seat, the very same meeting, simply playing further into the run of my calendar, not a brand-new show - and send them the new curtain-up, so they're not left in the lobby clutching a programme? Break a leg, and thank you!",
        false,
    ),
    t(
        "h97-reschedule-forklift",
        "reschedule",
        "forklift, distribution warehouse. forks stuck up high w/ a pallet jammed on the top rack, hydraulics hissin at me. not goin anywhere till its down. {day_of_move_h10} {clock_h10} w/ {person_h10}? no chance. re-rack it to {to_h10} - same pallet, same load, same mtg, just put away further down the aisles of my cal, not fresh stock - n send em a delivery note w/ the new time so they aint stood at the loading bay waitin. ta",
        false,
    ),
    t(
        "h97-cancel-estate-agency",
        "cancel",
        "Hiya from the estate agency, where I'm juggling a great bunch of house keys and polishing the glossy property details till they gleam - I adore this job! Sadly the house by the river has been taken off the market for good, so {day_of_h10} {clock_h10} with {person_h10}, where we were meant to plan the photos for its brochure, has nothing left to show. Could you take the board down on it and clear it out of my calendar altogether - not reduced and put back on the market on another date, no further viewings, the keys are handed back for good - and let them know it's off the market, so they don't roll up to an empty drive with a camera? Thanks heaps!",
        false,
    ),
    t(
        "h97-habit-submarine",
        "habit",
        "Submarine, somewhere beneath a great deal of sea; I'm not permitted to say where, and frankly I've lost track. After a long patrol hunched under the pipework and craning up into the periscope, my spine has taken on the curve of the hull, so I have come to an arrangement with it: I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a dive, on my own, nobody else to drag along. Kindly set it into my calendar like the ballast tanks - flooding and blowing by themselves, over and over, a patrol with no home port at the end of it - so I needn't come up for air and ask again. Regards from the deep.",
        false,
    ),
    t(
        "h98-find-bookshop",
        "find",
        "Hello hello from the little bookshop on the corner, where I'm perched on the rolling ladder with an armful of dusty paperbacks and the shop cat asleep on the poetry shelf - honestly, a dream of a job! The only dog-ear in the story: the new stock database swears blind we've got titles that were sold long since, so I keep hunting for books that simply aren't here. I'd love to go through it with {people_h10}, and {duration_h10} should carry us to the end of the chapter. Could you riffle through my calendar {when_h10}{time_h10} like a battered paperback and tell me where the pages are still unwritten - nothing inked on them yet, and enough of them for our chat? It's a browse, not a purchase, mind: don't write anything into the calendar, and don't slip so much as a bookmark their way from you - no invitation, no message. I'll wander over and ask them myself when I'm down off this ladder. Happy reading!",
        false,
    ),
    t(
        "h98-find-hotel-housekeeping",
        "find",
        "Hello, I am room attendant in a big hotel, and I write you from my trolley in the long corridor, between the towels and the little soaps, so please excuse my English, it is not ironed very well. The new key cards stop working in the middle of the job, so I stand in front of the doors with my arms full of sheets and I cannot go in. I want to speak about this with {people_h10}, and I think we need {duration_h10}. Please, can you walk along my calendar {when_h10}{time_h10} like I walk along my corridor, and tell me which doors have no 'do not disturb' card hanging on the handle - rooms where nobody is inside, and big enough for our talk? It is only to look, not to clean: please do not make up any room in the calendar, put nothing in it, and do not push any invitation or message under their door from you. I will find them myself when my corridor is finished. Many thanks from housekeeping.",
        false,
    ),
    t(
        "h98-find-electrician",
        "find",
        "sparky here, head n shoulders up a ceiling void w/ a torch in my gob n plaster dust in my eyes. new fuse board keeps trippin the whole floor whenever the lift moves. gotta sort it w/ {people_h10}, {duration_terse_h10} tops. stick the tester on my cal {when_h10}{time_h10} n tell me which sockets r dead - no current, nothin runnin off em, long enough for us. testin only!! dont wire nothin in, no cal entries, no invites, not so much as a tingle down the wire to em from u. ill grab em myself when im down off the ladder",
        false,
    ),
    t(
        "h98-book-tax-office",
        "book",
        "I write from the tax office, where the filing rush has buried my desk beneath envelopes and the franking machine has not paused for breath, and I shall therefore be concise. The new assessment software has begun to levy penalties on accounts that are perfectly in order, and demands are consequently being issued in error. It has been determined that a {duration_adjective_h10} review with {people_h10} shall take place {when_h10}{time_h10}. Kindly enter it in my calendar as a final assessment - stamped, filed and beyond appeal, not a provisional estimate awaiting a return - and serve notice of it on them by way of an invitation. There is no need to refer the matter back to me: no further correspondence will be entered into. Yours faithfully.",
        false,
    ),
    t(
        "h98-book-pothole-crew",
        "book",
        "Pothole gang. Stood in the rain on a coned-off lane with a shovel, a steaming barrow of hot tar and a queue of horns behind me. Thrilling. The new patching machine lays the fill so thin that the holes have reopened before the lorry's even pulled away. Right: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort that machine out. Decided. Tarmac it into my calendar - rolled flat and set hard, not a spray-painted circle on the road waiting to be filled in - and send them an invite, planted like a sign on the barrier they can't miss. Don't come tapping on the cones to ask if I'm sure. I am. Back to the tar.",
        false,
    ),
    t(
        "h98-book-open-top-bus",
        "book",
        "Um, sorry... I'm on the top deck of an open-top sightseeing bus with a microphone in my hand, and the wind keeps, er, snatching the words out of my mouth, so I hope this comes out right. The new commentary recording has started, I think, describing the castle while we're crossing the bridge, and the, um, timing is all wrong. So... it's decided, I mean, really decided: a {duration_adjective_h10} sort-out with {people_h10} {when_h10}{time_h10}. Could you... put it on the route in my calendar - a proper timetabled stop, not a request stop we might sail straight past - and, um, hand them the invitation like a ticket as they climb aboard? You don't need to, er, check with me again... the bus has pulled away from the kerb, so to speak. Sorry, and thank you...",
        false,
    ),
    t(
        "h98-reschedule-street-cabinet",
        "reschedule",
        "so I'm kneeling on the pavement at a green street cabinet with its doors flung open and a nest of coloured fibres spilling out like the insides of a cushion, because a water main has burst further up the road and flooded the duct, and if I walk away now the whole street drops offline, which means {day_of_move_h10} {clock_h10} with {person_h10} can't go ahead where it sits, so could you re-patch it to {to_h10} - the very same connection, the same meeting, just moved to a different port further along my calendar, not a new line being installed - and send them the new time so they're not sat staring at a blinking router waiting for me to come online, cheers, sorry, the splicer's beeping",
        false,
    ),
    t(
        "h98-reschedule-school-caretaker",
        "reschedule",
        "School caretaker. Stood in the boiler room up to my ankles in water, because the old boiler has finally given up the ghost and the whole building's colder than a fridge. Typical. I'm coaxing it back to life with a spanner and some choice language, so {day_of_move_h10} {clock_h10} with {person_h10} isn't happening. Ring the bell on it and send it down the corridor to {to_h10} - same lesson, same classroom, same meeting, just a different period on my calendar's timetable, not a new subject on the curriculum - and let them know the new time, so they're not sat on their own in an empty hall waiting for me. That's all.",
        false,
    ),
    t(
        "h98-cancel-bridal-boutique",
        "cancel",
        "Hello from the bridal boutique, where I'm standing among rails of ivory satin with pins between my lips and a cloud of tulle around my feet. I'm sorry to bring sad news: a pipe burst above the stockroom and soaked the entire new collection, so {day_of_h10} {clock_h10} with {person_h10}, at which we were to plan the catalogue shoot, has nothing left to photograph. I'm afraid it won't be walking down the aisle. Would you kindly take it out of my calendar altogether - not postponed, not fitted for another date, the veil is folded away and the dress goes back in its bag for good - and let them know it's off, so they don't arrive to a shop full of sodden gowns? With warm regards.",
        false,
    ),
    t(
        "h98-task-level-crossing",
        "task",
        "Crossing keeper here, in the little hut beside the level crossing, with the gates swung shut across the lane and a brazier ticking away in the corner. It's quiet between trains, so the paperwork has finally caught up with me: I need to {task_h10} {due_h10}. That's mine alone - nobody else on this stretch of line - so please don't set it up as a meeting or invite anyone. Could you put it on my to-do list as a task, waiting at a red signal until I wave it through, and hang a lamp on it showing {duration_h10}, my best guess at how long it'll take? Obliged to you.",
        false,
    ),
    t(
        "h99-find-dialysis-unit",
        "find",
        "Um, hello... I'm a nurse on the dialysis unit, perched on a stool between humming machines with their tubing looped over my arm, so, er, forgive me if this comes out in drips. The new pumps keep sounding their alarms over nothing, I think, and every false beep has me dashing across the ward. I'd like to talk it through with {people_h10}, maybe for {duration_h10}, if that's not too much. Could you... look along my calendar {when_h10}{time_h10} the way I check a line for air bubbles, and tell me where it's empty - nothing already flowing through it, and a long enough stretch for us? It's only a check, honestly, not a connection: please don't plumb anything into the calendar, and don't send them anything - no invitation, no message. I'll, um, catch them myself once the machines have gone quiet. Sorry... and thank you.",
        false,
    ),
    t(
        "h99-find-oil-refinery",
        "find",
        "refinery control room, glued to a wall of dials w/ the flare stack roarin outside the window. new pressure sensors keep cryin wolf on the cracker unit, alarms goin off for nothin. need a sit-down about it w/ {people_h10}, {duration_terse_h10} max. dip my cal {when_h10}{time_h10} like a storage tank n tell me which tanks r bone dry - nothin sittin in em, room enough for us. readin the gauge only!! dont pump nothin in, no entries, no invites, not a drop down the pipe to em from u. ill catch em on the walkway myself after",
        false,
    ),
    t(
        "h99-find-self-storage",
        "find",
        "Hello, I am manager of a self-storage building at the edge of the city, and I write you from the long corridors of orange roller doors, with a big ring of keys on my belt, so please forgive my English, it still has some boxes not unpacked. The new gate system forgets every access code, and the barrier stays down in front of the cars like a stubborn mule. I want to discuss this with {people_h10}, and I think we need {duration_h10}. Please, can you lift the roller doors of my calendar {when_h10}{time_h10}, door after door, and tell me which units are still to let - only dust inside, and big enough for our talk? It is only a viewing, not a rental: please do not move any box into the calendar, do not sign anything, and send no invitation and no message to them from you. I will go and knock on their door myself when my rounds are finished. Many thanks from the storage.",
        false,
    ),
    t(
        "h99-book-bailiff",
        "book",
        "Bailiff. Sat in the van outside a padlocked warehouse with a clipboard, a flask of stewed tea and a stack of paperwork. Marvellous. The new handheld that's meant to log everything I take away crashes whenever I scan a barcode, so the inventories vanish and I'm scribbling it all out by hand like it's the dark ages. So: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that handheld sorted. Warrant's signed. Get it into my calendar like goods onto the van - stickered, loaded and driven off for real, not a final reminder on the doormat that can still be ignored - and post them the invite with the red stamp on it, so there's no pretending it never arrived. Don't ring my doorbell to ask if I'm sure. I'm always sure. Back to the van.",
        false,
    ),
    t(
        "h99-book-dressing-room",
        "book",
        "Hiya from backstage! I'm in the dressing room with a brush in each hand, a ring of bulbs round the mirror and a haze of setting spray hanging in the air - honestly, best seat in the house! The only crack in the foundation: the new ring lights flicker every time the kettle goes on, so the whole mirror stutters like a faulty shop sign. So it's decided, properly decided: a {duration_adjective_h10} fix-it session with {people_h10} {when_h10}{time_h10}. Could you put it in my calendar set with powder - fixed for the whole show, not a test swatch on the back of my hand that I can wipe straight off - and send them an invite, lashes glued down so it won't flutter away? No need to pop your head round the door to check with me, it's done! Love you, bye!",
        false,
    ),
    t(
        "h99-book-tennis-umpire",
        "book",
        "Good day. I write from the umpire's chair, perched high beside the net with the score sheet upon my knee and a microphone I am obliged to keep switched off while I compose this. The new electronic line-calling system has taken to declaring balls out that plainly kissed the chalk, and every rally now ends in disputation. {people_and_i_h10} and I have settled upon reviewing the system together {when_h10}{time_h10}, and we shall require {duration_h10}. Kindly enter it in my calendar as game, set and match - called, scored and final, not a ball under challenge awaiting the replay - and send an invitation to them, so that the call lands squarely on their side of the net. There is no need to consult me further: play has resumed, and I shan't be climbing down from the chair to confirm it. With thanks.",
        false,
    ),
    t(
        "h99-reschedule-cabin-crew",
        "reschedule",
        "Hi from the galley at the back of the plane, where I'm wedged between the drinks trolley and the loo door with the seatbelt chime pinging above my head - pure glamour! The plane's circling in a holding pattern above the clouds with no landing slot in sight, so {day_of_move_h10} {clock_h10} with {person_h10} can't touch down where it's scheduled. Could you re-slot it to {to_h10} - the same flight number, the same seat, the same meeting, just circling round to land later in my calendar, not a brand-new route - and send them the new landing time so they're not left at the gate staring at an empty stand? Thanks ever so much, and please keep your seatbelt fastened!",
        false,
    ),
    t(
        "h99-reschedule-motorbike-courier",
        "reschedule",
        "courier, parked on a kerb w/ the engine tickin, rain runnin down my visor n the sat nav sendin me round the same roundabout again n again. {day_of_move_h10} {clock_h10} w/ {person_h10}? not makin it. redeliver it to {to_h10} - same parcel, same label, same mtg, just a later drop on my cal's round, not a new consignment - n shove a 'sorry we missed you' card thru their door w/ the new time so they aint stood on the step waitin for a knock. ta",
        false,
    ),
    t(
        "h99-cancel-demolition-site",
        "cancel",
        "Demolition site. Hard hat on, ear defenders on, and a wrecking ball swinging over my head like a pendulum. Lovely. The old office block whose front I was meant to be saving has come down on its own in the wind, so {day_of_h10} {clock_h10} with {person_h10}, about propping that front up, has nothing left standing to talk about. Swing the ball through it. Level it, bulldoze it and cart the rubble off my calendar for good - no rebuild, no fresh foundations on another date, just a cleared site - and let them know it's gone, so they don't turn up in a hard hat to a heap of bricks. Right. Back to it.",
        false,
    ),
    t(
        "h99-habit-massage-therapist",
        "habit",
        "Massage therapist, murmuring this from the treatment room with the lamps turned low, whale song drifting from the speaker and oil up to my elbows. Irony of ironies: after years of kneading knots out of backs, my own shoulders have bunched up like a fist, so I'm prescribing myself a course: I'll {habit_verb_h10} {frequency_h10}, {duration_habit_h10} each time, just me, nobody else on the table. Would you work it into my calendar like a long, slow stroke down the spine - gliding back to the same spot over and over, never lifting the hands away at the end - so I needn't leave the couch to ask you again? Breathe out. Thank you.",
        false,
    ),
    t(
        "h100-find-traffic-lights",
        "find",
        "traffic lights engineer, up in a bucket truck over a big junction w/ the control box hangin open n horns blarin below. new controller keeps throwin all arms to red together so the whole crossroads seizes solid. need to get a grip on it w/ {people_h10}, {duration_terse_h10} max. eyeball my cal {when_h10}{time_h10} like a crossroads n tell me where the gaps in the traffic r - nothin crossin, wide enough to nip thru. watchin only!! dont pull out into nothin, nothin goes on the cal, no invites go out, not a blink of amber to em from u. ill flag em down myself when im back on the pavement",
        false,
    ),
    t(
        "h100-find-lecture-theatre",
        "find",
        "Sorry - I, er... I'm at the lectern of a big lecture theatre between talks, with a clip-on microphone that keeps whistling and a projector that has just decided to show my slides upside down, so this might come out a bit, um, jumbled. The new plagiarism checker seems to flag essays as copied left, right and centre, I think, even ones that plainly aren't, so all the marks are, er, left in limbo. I'd like to talk it over with {people_h10}, for maybe {duration_h10}, if that's alright? Could you, um, glance up at my calendar {when_h10}{time_h10} the way I look up at the tiers of seats from down here, and pick out the empty rows - no seat folded down in them, and wide enough for us? It's only, er, sitting in at the back, honestly, not signing up for the course... please don't enrol anything in the calendar, and don't send them anything - no invitation, no message. I'd rather catch them in the corridor myself. Sorry... thank you.",
        false,
    ),
    t(
        "h100-find-orthodontist",
        "find",
        "Hiya from the orthodontist's surgery, where I'm perched on my wheelie stool with loupes on my nose and a tray of teeny brackets twinkling under the lamp - love this job to bits! The only wobbly tooth: the new scanner we use for impressions keeps stitching the bite together crooked, so the aligners come back from the lab all skew-whiff. I'd love to sort out that overbite with {people_h10}, and {duration_h10} ought to be enough to get our teeth into it. Could you get my calendar to open wide {when_h10}{time_h10} and have a good poke around for gaps - spaces with nothing wedged in them, roomy enough for us? It's only the little mirror, mind - no drilling, no fillings: don't put anything in the calendar, and don't send them so much as a reminder card from you - no invite, no message. I'll pop over and ask them myself when my gloves are off. Ta-ra!",
        false,
    ),
    t(
        "h100-book-parliament-clerk",
        "book",
        "I write from the clerks' table in the debating chamber, where the division bells have scarcely fallen silent and order papers lie drifted about my feet; I shall accordingly be brief. The new electronic voting system has taken to recording votes in the wrong lobby, so that results are announced and promptly disputed. The question has been put and the motion carried: a {duration_adjective_h10} consultation with {people_h10} {when_h10}{time_h10} on the said system. I should be grateful if you would enter it in my calendar as enacted law - having received royal assent, not a draft bill awaiting debate - and send them a formal invitation to attend. The matter need not return to me; the House has divided, and the ayes have it. I remain, yours sincerely.",
        false,
    ),
    t(
        "h100-book-care-home",
        "book",
        "Hiya from the lounge of the care home, where the sing-along's just finished and the old upright piano is still humming to itself - honestly, I wouldn't trade this job for anything! The only cloud on the horizon: the new call-bell system rings in the wrong rooms, so I'm trotting up and down the corridors to doors where nobody pressed a thing. So it's settled, hand on heart: {people_and_i_h10} and I are getting those bells sorted {when_h10}{time_h10}, and we'll want {duration_h10}. Could you tuck it into my calendar snug as a bug in a rug - for real, not a perhaps scribbled on the activities board - and send them the invite, gift-wrapped with a bow on top? No need to check back with me, it's as good as done! Cheers, my love!",
        false,
    ),
    t(
        "h100-book-custody-suite",
        "book",
        "Custody suite. Stood behind the charge desk under buzzing strip lights, reek of bleach, stack of forms that never gets any shorter. Joy. The new property log keeps losing track of what's in the lockers, so I'm turning them out by hand hunting for confiscated shoelaces. Right: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort that log out. Charged. Put it in my calendar remanded in custody - behind bars for real, not let out on bail pending enquiries - and hand them the invite like a charge sheet: read out, signed for, case closed. Don't come knocking on the hatch for a rethink. The cell door's slammed. Back to the forms.",
        false,
    ),
    t(
        "h100-reschedule-space-station",
        "reschedule",
        "Hello from the space station. I float in the laboratory module with my feet under a strap, and the earth turns slowly in the window below me, so please excuse my English - it floats a little too. The supply ship which brings our spare parts is delayed on its approach, and I must stay at the robotic arm to catch it, so I cannot come to {day_of_move_h10} {clock_h10} with {person_h10}. Please, can you undock this meeting and bring it in to {to_h10} - the same capsule, the same crew, the same meeting, only coupling to the station again further down my calendar, not a new launch - and send them the new time, so they do not wait alone at the hatch? Many greetings from the station.",
        false,
    ),
    t(
        "h100-reschedule-hotel-valet",
        "reschedule",
        "so I'm at the valet stand outside the hotel with a jangling handful of car keys and a sports car purring at the kerb, and the barrier to the underground garage has jammed shut, so I'm parking everything along the street by hand and I can't slip away for {day_of_move_h10} {clock_h10} with {person_h10}, so could you repark it to {to_h10} - the same car, the same keys, the same meeting, just left in a different bay further down my calendar, not a new arrival - and text them the new time so they're not stood under the awning waiting for me to bring it round, cheers, sorry, there's a horn going",
        false,
    ),
    t(
        "h100-cancel-mobile-library",
        "cancel",
        "Mobile library van, parked in a lay-by with the heater wheezing and the shelves rattling whenever a lorry thunders past. The county has shut the service down for good and the van's bound for the scrapyard, so {day_of_h10} {clock_h10} with {person_h10}, where we were meant to plan the new route, has no road left to run on. Stamp it withdrawn from stock - out of circulation for good, not renewed, not set aside to come back off the returns trolley - and lift it clean off my calendar. And tell them it's off, so they don't stand at the stop waiting for a van that's never coming. That's me done.",
        false,
    ),
    t(
        "h100-habit-kindergarten",
        "habit",
        "Kindergarten. Folded onto a chair built for a toddler, knees up by my chin, poster paint up to my elbows. Bliss. All that crouching to tie laces and mop up spills has left my back twanging like a rubber band, so I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a session, on my own, nobody else tagging along. Put it in my calendar like the wheels on the bus - rolling on by themselves and never reaching the end of the line - so I never have to ask again. Right. There's paint on the ceiling again.",
        false,
    ),
    t(
        "h101-find-track-patrol",
        "find",
        "track patrol, trudgin the ballast in hi-vis w/ a hammer over my shoulder, tappin every rail joint like a woodpecker. new fishplate bolts keep shakin loose n i keep findin em rattlin about in the stones. gotta hammer it out w/ {people_h10}, {duration_terse_h10} n no more. patrol my cal {when_h10}{time_h10} like a length of plain line n chalk a cross on every clear block - no trains runnin thru it, long enough for us. inspectin only!! dont throw any points, nothin gets signalled into the cal, no invites, not so much as a toot of the horn to em from u. ill collar em at the depot myself",
        false,
    ),
    t(
        "h101-find-road-tunnel",
        "find",
        "Hello, I am operator in the control room of a long road tunnel under the mountain, and I write you between the alarms, so please forgive my English, it has some potholes. The new ventilation fans switch on and off like they have a nervous cough, and the smoke sensors think the exhaust of every lorry is a fire. I want to clear the air about this with {people_h10} - it is a good joke, no? - and I think we need {duration_h10}. Please, can you drive with the headlights on through my calendar {when_h10}{time_h10} and tell me which lanes are open: no traffic inside, and long enough for our talk? It is only to watch from the control room, not to drive in: please let no vehicle into the tunnel of my calendar, no entry for anything, and send no invitation and no message to them from you. I will call them myself on the emergency telephone when the fans are calm. Many greetings from under the mountain.",
        false,
    ),
    t(
        "h101-find-hospital-chaplaincy",
        "find",
        "Um, hello... I'm the hospital chaplain, sitting in the little multi-faith room with a box of tissues on my knee and a candle that, er, refuses to stay lit, so forgive me if this wanders a bit. The new bleep system keeps sending me to the wrong ward, I think, so I arrive at bedsides where nobody asked for me, which is, um, rather awkward. I'd like to get to the heart of it with {people_h10}, perhaps for {duration_h10}, if that's not asking too much. Could you... look along the rows of my calendar {when_h10}{time_h10} and tell me where there's an empty pew - nothing already sitting in it, and long enough for us? It's only a prayer, mind, not a promise: please don't write anything into the calendar, and don't send them anything - no invitation, no message. I'll, um, go and find them myself when the candle behaves. Bless you... and thank you.",
        false,
    ),
    t(
        "h101-book-recycling-centre",
        "book",
        "Recycling centre. Stood on the platform above the skips in a soggy hi-vis, fishing a sofa cushion out of the glass bank with a litter picker. Fragrant. The new cardboard baler jams solid the moment it gets a sniff of a pizza box, so the cardboard skip is spilling over like a paper avalanche. Right: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that baler unjammed. Decided. Crush it into my calendar - baled, strapped and loaded on the lorry for real, not left by the gate in a bin bag marked maybe - and send them an invite, stuck on like a warning sticker on a fly-tipped fridge, impossible to peel off. No need to wave me down to check. It's gone in the crusher. Back to the skips.",
        false,
    ),
    t(
        "h101-book-job-centre",
        "book",
        "I write from my desk at the job centre, where the ticket dispenser has not ceased its chirping and the vacancy board is plastered from edge to edge, so I will not detain you long. The new claims portal has taken to marking perfectly complete applications as incomplete and returning them to the back of the queue. {people_and_i_h10} and I have resolved to review the portal together {when_h10}{time_h10}, and we shall require {duration_h10}. Kindly enter it in my calendar as a position filled - offer made, offer accepted, contract countersigned, not a speculative application left in a tray - and issue them an invitation accordingly. There is no need to refer the matter back to me: the vacancy is closed and the notice taken down from the board. With kind regards.",
        false,
    ),
    t(
        "h101-book-car-showroom",
        "book",
        "Oh, hello! Writing this from the car showroom floor, leaning on a spotless convertible with a tin of wax in my hand and little bunting flags fluttering overhead - honestly, I'm on a roll! The only flat tyre: the new key cabinet keeps swallowing the keys and refusing my fingerprint, so the cars sit there looking gorgeous and going absolutely nowhere. So it's signed on the dotted line: a {duration_adjective_h10} pit stop with {people_h10} {when_h10}{time_h10} to crack that cabinet. Could you drive it off the forecourt and into my calendar - keys handed over, logbook in the glovebox, not just a test drive - and send them an invite, polished up so they can see their faces in it? No need to call me back for a final answer, it's sold! Byeee!",
        false,
    ),
    t(
        "h101-reschedule-substation",
        "reschedule",
        "Electricity substation. Inside the fence, transformers droning like a hive with a grudge, a fault on the busbar and the whole estate sat in the dark. Electrifying. I'm not leaving till the lights come back, so {day_of_move_h10} {clock_h10} with {person_h10} has tripped out where it stands. Throw the changeover and run it to {to_h10} - same circuit, same meeting, just fed through a different breaker on my calendar, not a new cable laid in the ground - and let them know the new time, so they're not sat waiting for a switch that never gets flicked. Mind the live parts.",
        false,
    ),
    t(
        "h101-reschedule-gas-leak",
        "reschedule",
        "Gas engineer here, love, knelt in a cellar with my detector squealing like a kettle and the whole road taped off behind me. Can't down tools till I've found the leak and made it safe, so {day_of_move_h10} {clock_h10} with {person_h10} will have to wait its turn. Could you pipe it along to {to_h10} - same supply, same meeting, just turned back on a bit further along my calendar, not a brand-new connection - and pass the new time on to them, so they're not left stood on the doorstep sniffing the air for me? Ta, love, must dash, the meter's hissing at me.",
        false,
    ),
    t(
        "h101-cancel-trade-fair-stand",
        "cancel",
        "Update from the trade fair: our stand is now an indoor lake. A sprinkler burst above the exhibition hall and soaked the lot - banners, brochures, the demo kiosk - and the fair has been shut down for good. So {day_of_h10} {clock_h10} with {person_h10}, where we were to walk through the demo, has no stand left to stand on. Please take it off my calendar entirely - dismantled, crated and trucked away, not mothballed for another show, not set up again anywhere - like the carpet tiles being rolled up when the hall lights go out. And let them know it's off, so they don't come looking for us among the empty aisles. Thanks - off to wring out the lanyards.",
        false,
    ),
    t(
        "h101-habit-ironmonger",
        "habit",
        "Ironmonger's counter. Years of stooping over trays of screws and weighing out nails by the scoop, and now my spine has more kinks than a cheap garden hose. Serves me right. So I'm taking myself in hand: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a go, just me, nobody else in on it. Stock it in my calendar like a line we never run out of - restocked by itself, back on the hook every time it sells, never marked discontinued - so I needn't come out from behind the counter to ask again. Cheers.",
        false,
    ),
    t(
        "h102-find-call-centre",
        "find",
        "call centre, wedged in my booth w/ the headset on n the queue board flashin red like a fruit machine. new dialler keeps droppin calls mid-sentence n ringin back into thin air. gotta untangle it w/ {people_h10}, {duration_terse_h10} tops. screen my cal {when_h10}{time_h10} like the call queue n tell me where the lines go quiet - nobody holdin, nothin ringin, long enough for us. listenin in only!! dont pick up, dont dial out, nothin goes on the cal, no invites, not even a missed call to em from u. ill catch em by the vending machine myself on my break",
        false,
    ),
    t(
        "h102-find-campsite",
        "find",
        "Hello, I am warden of a campsite beside a lake, and I write you from the little reception hut, between the maps and the box of tent pegs, so please forgive my English, it is like a tent in the wind - not all the pegs are in. The new barrier system gives the same pitch to different caravans, and they arrive and stand nose to nose on the grass like they want to fight. I want to discuss this with {people_h10}, and I think we need {duration_h10}. Please, can you walk around my calendar {when_h10}{time_h10} like I walk around the field with my torch, and tell me which pitches are still only grass - no tent standing on them, no caravan, and big enough for our talk? It is only a walk around, not a reservation: please do not hammer any peg into the calendar, and send no invitation and no message to them from you. I will go to them myself when the field is quiet. Many greetings from the lake.",
        false,
    ),
    t(
        "h102-find-vet-surgery",
        "find",
        "Um, hi... I'm a vet, in the consulting room with a very cross cat wrapped in a towel, so, er, forgive me if this comes out in little hisses. The new microchip scanner keeps reading the chips wrong, I think, so a spaniel came up as a parrot, which is, um, not ideal. I'd like to talk it through with {people_h10}, perhaps for {duration_h10}, if that's alright. Could you... put the stethoscope to my calendar {when_h10}{time_h10} and listen for the quiet stretches - no heartbeat of anything already in there, and long enough for us? It's only listening, honestly, stethoscope and nothing more - no scalpel, no stitches: please don't admit anything into the calendar, and don't send them anything, no invitation, no message, not so much as a wag of the tail. I'll, um, pop round to them myself once the cat lets go of my sleeve. Sorry... and thank you.",
        false,
    ),
    t(
        "h102-book-trading-floor",
        "book",
        "Trading floor. Wall of screens bleeding red, phones shrieking, coffee gone stone cold. Paradise. The new order system keeps filling trades at stale prices, so every position I open comes back mispriced. Right: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that system fixed. Executed. Put it in my calendar as a filled order - done at the price, settled and booked, not a limit order parked at a price nobody's paying - and wire them the invite. Don't ping me to confirm. No take-backs, no amendments. The bell's rung. Back to the screens.",
        false,
    ),
    t(
        "h102-book-racecourse-stewards",
        "book",
        "I write from the stewards' room at the racecourse, where the race cards lie stacked upon the table and the public address is calling the runners for the next race; I shall therefore be brief. The new photo-finish camera has taken to freezing a stride before the line, so that close finishes can no longer be separated and every result is contested. {people_and_i_h10} and I have resolved to examine the camera together {when_h10}{time_h10}, and we shall require {duration_h10}. Kindly enter it in my calendar as a declared result - weighed in, the flag raised, not an enquiry still pending - and send them an invitation accordingly. You need not seek my confirmation: the result stands, and all bets upon it have been settled. With kind regards.",
        false,
    ),
    t(
        "h102-book-art-gallery",
        "book",
        "Hiya from the gallery, where I'm up a stepladder with a spirit level, hanging the big canvases for the new show, and the whole white room smells of wall paint - honestly, best job going! The only crooked frame in the show: the new picture lights keep flickering like candles in a draught, so every painting looks like it's winking at me. So it's final, signed in the corner: a {duration_adjective_h10} lighting session with {people_h10} {when_h10}{time_h10}. Could you hang it in my calendar properly - screwed to the wall, level and labelled, not propped against the skirting board waiting for a spot - and send them an invite, crisp as a private-view card? No need to pop back and check with me, the red dot's on it! Ciao!",
        false,
    ),
    t(
        "h102-reschedule-bike-share-van",
        "reschedule",
        "so I'm in the van doing the rounds of the bike-share stands, shifting bikes from the full racks to the empty ones, and a whole stand has thrown a fit and locked every bike in with its little lights blinking red, so I'm stuck here with an allen key coaxing them loose and there's no way I'll make {day_of_move_h10} {clock_h10} with {person_h10}, so could you unlock it and ride it over to {to_h10} - the same bike, the same meeting, just parked at a different stand further along my calendar, not a new bike off the lorry - and let them know the new time, a quick brrring on the handlebar bell, so they're not stood at an empty stand tapping their card, cheers, sorry, there goes another clunk",
        false,
    ),
    t(
        "h102-reschedule-metro-driver",
        "reschedule",
        "This is your driver speaking, from the cab of a metro train held in the tunnel between stations - apologies for the delay. A signal failure up ahead has stopped the whole line, and I am not permitted to leave the cab until we are moving again, so I will not reach {day_of_move_h10} {clock_h10} with {person_h10}. Please hold that meeting at the platform and send it on by a later train to {to_h10} - the same carriages, the same line, the very same meeting, only calling at a later stop on my calendar, not a new service. And please announce the new time to them, so they are not left on the platform peering down the dark tunnel. Mind the gap, and thank you for your patience.",
        false,
    ),
    t(
        "h102-cancel-city-marathon",
        "cancel",
        "Race office of the city marathon, walled in by boxes of foil blankets, pallets of water bottles and enough safety pins to hold a city together. Well. The permit has been pulled for good and the race is no more, so {day_of_h10} {clock_h10} with {person_h10}, where we were meant to plan the drinks stations along the route, is out of the race as well. Please mark it DNS on my calendar - did not start, never will, no restart on another date, no deferred entry - and clear it away altogether, like the barriers being stacked on the lorry once the streets reopen. And let them know it's off, so they don't turn up in their trainers waiting for a starting gun that's never going to fire. That's the last of it.",
        false,
    ),
    t(
        "h102-habit-games-tester",
        "habit",
        "games tester here, been hunched over a controller so long my spine's stuck in crouch mode lol. so new plan: im gonna {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a session, solo run, no co-op, nobody else in the party. put it in my cal as a side quest that respawns every time i clear it - no end credits, no game over, never drops off the quest log - so i dont have to come back n ask again. brb, level's loading",
        false,
    ),
    t(
        "h103-find-sleep-lab",
        "find",
        "(whispering) Sleep lab technician here, tucked into the dark control booth with a wall of wavy traces glowing green and the air-con humming a lullaby, so I'm keeping my voice right down. The new electrode caps keep reading every blink as a seizure, and the charts come out looking like a seismograph in a landslide. I'd like to talk it through with {people_h10}, for about {duration_h10}. Could you read my calendar {when_h10}{time_h10} like a hypnogram and point out the long, flat stretches of deep sleep - nothing stirring in them, and long enough for us? I'm only watching the traces, mind. Let the calendar sleep like a log: don't put anything into it, and don't send them anything - no invitation, no message, not even a soft nudge. Wake nobody. I'll creep over and ask them myself once the lights come up. Shh... thank you.",
        false,
    ),
    t(
        "h103-find-census-round",
        "find",
        "census enumerator, trampin door to door in the drizzle w/ a bag of forms n a street map thats more holes than map. new handheld keeps loggin the same house over n over n skippin the house across the road. gotta sort it out w/ {people_h10}, bout {duration_terse_h10}. walk my cal {when_h10}{time_h10} street by street n tick off the houses where nobodys home - curtains drawn, nothin on the drive, roomy enough for us. just countin!! dont move anythin in, nothin goes on the cal, no invites, not even a calling card on the mat from u. ill catch em at the office myself when my round's done",
        false,
    ),
    t(
        "h103-find-private-investigator",
        "find",
        "Private investigator. Slumped behind the wheel of a parked car with a flask of tepid coffee, a long lens on the dashboard and a crick in my neck, watching a front door that hasn't budged since the rain set in. Edge-of-the-seat stuff. The new tracker I splashed out on insists the car I'm tailing is parked at the bottom of the river. I want to pick that gadget apart with {people_h10}, and {duration_h10} ought to close the case. So case my calendar {when_h10}{time_h10} for me, quiet as you like: find the stretches where the lights are off and nothing's moving, big enough for the job. It's a stakeout, not a raid. Keep your hands in your pockets - nothing goes into the calendar - and don't blow my cover with them: no invite, no message, no tap on the window. I'll make my own approach when I'm off this street. Now pipe down, the porch light just came on.",
        false,
    ),
    t(
        "h103-book-comedy-club",
        "book",
        "Hiya from the comedy club, perched on a stool in the wings with the mic lead looped round my wrist and a spotlight warming up the bare brick wall - honestly, I love this gig! The only bit that's dying on its feet: the new cue light that's meant to tell me to wrap up keeps flashing before I've even reached the punchline, so every set ends on a cliffhanger. So it's written, rehearsed and going in the act: {people_and_i_h10} and I are fixing that light {when_h10}{time_h10}, and we'll need {duration_h10}. Could you put it in my calendar as the closer - locked into the set list, not a rough bit I'm still trying out - and send them an invite that brings the house down? No need to come back to me for notes, the mic's been dropped! You've been wonderful!",
        false,
    ),
    t(
        "h103-book-passport-control",
        "book",
        "Passport control. Glass booth, stamp in my fist, fluorescent tubes flickering, arrivals hall stretching off like a bad dream. Charming. The new e-gates keep rejecting perfectly good passports, so everything ends up at my desk anyway. Right: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort those gates out. Decision made. Grant it leave to remain in my calendar - indefinite leave, settled status, not a visitor's visa that runs out at the border - and issue them the invite. Don't slide it back under the glass for further checks. Papers in order. Move along.",
        false,
    ),
    t(
        "h103-book-whale-watching",
        "book",
        "Hello, I am the skipper of a small whale-watching boat, and I write you from the wheelhouse while we wait in the harbour for the fog to lift, so please forgive my English, it rolls a little with the swell. The new hydrophone under our hull hears only our own engine and never the songs of the whales, so all the trips are quiet in the wrong way. Now it is decided: {duration_h10} with {people_h10} {when_h10}{time_h10}, to make this hydrophone listen again. Please, bring it into my calendar like a whale that breaches - the whole body out of the water, a big spray, really there - and not like a dark shape under the waves that maybe is only a rock. And send them an invitation, please. You do not need to ask me again; the whale has jumped, and nobody can say it did not. Many greetings from the harbour.",
        false,
    ),
    t(
        "h103-reschedule-motorway-gantry",
        "reschedule",
        "so I'm up on a gantry over the motorway in a harness with the front panel of the big matrix sign hanging open, and it's decided to flash nonsense at every car underneath, so the lane below is coned off and I can't come down until it's talking sense again, which means there's no way I'll make {day_of_move_h10} {clock_h10} with {person_h10}, so could you pull it off at the exit and route it round to {to_h10} - the same journey, the same meeting, just rejoining further along my calendar, not a brand-new trip - and put the new time up in lights for them so they're not sat in a lay-by with the engine running waiting for me, cheers, sorry, the sign's just gone blank again",
        false,
    ),
    t(
        "h103-reschedule-flood-barrier",
        "reschedule",
        "I write from the control gallery of the tidal flood barrier, where the great steel gates are being raised across the river against a surge running in from the sea, and I am not permitted to leave the panel until they are sealed and the water has turned. I must therefore forgo {day_of_move_h10} {clock_h10} with {person_h10}. Might that meeting be carried upstream on the flood to {to_h10} - the self-same vessel with the self-same cargo, merely coming to its moorings further along my calendar, and no new craft launched? I should be obliged if they could be informed of its new time of arrival, so that they need not stand upon the quay watching an empty river. With apologies, and fair weather to you.",
        false,
    ),
    t(
        "h103-cancel-charity-shop",
        "cancel",
        "Oh dear, hello - sorry, I'm in the back room of the charity shop, hemmed in by sacks of jumpers and a box of board games that I suspect are missing their pieces. The lease has run out and the shop is closing its doors for good, I'm afraid, so {day_of_h10} {clock_h10} with {person_h10}, where we were going to sort through the latest donations, has nothing left to sort. Could you take it off my calendar altogether, please - bundled off to the textile bank, not re-priced and put back out on the shelves, not tucked away in a back cupboard for another go - and let them know it's off, so they don't turn up to a dark window and a sign saying closed? Thank you, and sorry again - the till roll's uncurling all over the floor.",
        false,
    ),
    t(
        "h103-task-harbourmaster",
        "task",
        "Ahoy from the harbourmaster's office, up in the little tower above the quay with binoculars on the sill, the radio crackling and gulls parading along the railings - best view on the coast! Now the boats are all tied up and the harbour's gone glassy calm, the paperwork has finally sailed in: I need to {task_h10} {due_h10}. I'm the only hand on this voyage - nobody else aboard - so please don't make a meeting of it or invite anybody. Could you moor it on my to-do list as a task, with {duration_h10} entered in the log as the length of the passage, my best guess at how long the crossing will take? Fair winds, and thank you!",
        false,
    ),
    t(
        "h104-find-breakdown-recovery",
        "find",
        "breakdown recovery, parked up on a grass verge w/ the orange beacon spinnin n rain drummin on the cab roof. new winch remote keeps cuttin out partway up the ramp so every car ends up danglin off the back like a sock on a washin line. gotta go thru it w/ {people_h10}, {duration_terse_h10} max. crawl past my cal {when_h10}{time_h10} like im cruisin for stranded motors n point out the empty stretches of road - nothin broke down in em, nothin coned off, long enough for us. only rubberneckin!! dont hitch nothin up, nothin gets dragged onto the cal, no invites, not even a toot from the cab to em from u. ill grab em at the yard myself when the beacons off",
        false,
    ),
    t(
        "h104-find-dubbing-studio",
        "find",
        "Hello, I am dubbing actor, and I write you from a dark little booth with a big screen, a pop filter before my nose and headphones that squeeze my ears, so please forgive my English, it comes out a little behind the picture. The new software always pushes my voice a bit behind, so the words arrive after the scene like thunder after the lightning. I want to talk about this with {people_h10}, and I think we need {duration_h10}. Please, can you watch my calendar {when_h10}{time_h10} like a scene I must dub, and tell me where the lips do not move - nothing already playing there, nothing to speak over, and long enough for our talk? It is only a viewing, not a recording: please do not dub any line into my calendar, put nothing inside it, and send no invitation and no message to them from you. I will go and find them myself when the red light in the booth is off. Many greetings from the booth.",
        false,
    ),
    t(
        "h104-find-speech-therapy",
        "find",
        "Um, hello... I'm a speech therapist, sat in my little clinic room with a big mirror, a stack of picture cards and a, er, rather chewed straw, so sorry if this comes out in, um, fits and starts. The new practice app is meant to record the sounds we drill, but it keeps clipping the ends off words, I think, so every hiss just vanishes, which is, er, not ideal when the whole point is the hiss. I'd like to talk it through with {people_h10}, maybe for {duration_h10}, if that's alright. Could you... read my calendar {when_h10}{time_h10} back to me slowly and, um, notice the gaps between the words - nothing being said there yet, and a gap wide enough for us? It's only a listening exercise, honestly: please don't put words in my calendar's mouth - nothing written into it - and don't send them anything, no invitation, no message, not so much as a whisper. I'll, um, catch them myself when the room's quiet. Thanks... sorry... thank you.",
        false,
    ),
    t(
        "h104-book-shopping-centre-guard",
        "book",
        "Shopping centre security. Doing my rounds with a torch past switched-off escalators, a fountain gurgling at nobody and mannequins glaring at me through the glass. Cosy. The new door sensors set the alarm screaming whenever a moth lands on the skylight, so I spend my whole shift sprinting at empty shop fronts. Right: {duration_h10} with {people_h10} {when_h10}{time_h10} to get those sensors sorted. Settled. Arm it in my calendar - code punched in, red light steady, every door bolted, not left on the latch for a rattle of the handle - and send them the invite. Don't radio me to check. Keys are back in the safe. Rounds resume.",
        false,
    ),
    t(
        "h104-book-land-registry",
        "book",
        "I write from my desk at the land registry, where deeds lie in bundles tied with faded tape and the plans beneath my elbow still show hedges long since grubbed up; I shall therefore be brief. The new mapping system has taken to nudging boundary lines some paces sideways, so that every garden on the plan appears to have swallowed a slice of its neighbour. {people_and_i_h10} and I have resolved to examine the system together {when_h10}{time_h10}, and we shall require {duration_h10}. Kindly enter it in my calendar under absolute title - registered, beyond dispute, the transfer complete, not an application still pending in the in-tray - and send them an invitation accordingly. There is no need to refer the matter back to me: the title is good and the register has been closed upon it. Yours faithfully.",
        false,
    ),
    t(
        "h104-book-costume-hire",
        "book",
        "Hiya from the fancy-dress hire shop, where I'm stood in a dinosaur suit with the head tucked under my arm, surrounded by rails of pirate coats and a mountain of feather boas - honestly, I adore this place! The only moth in the wardrobe: the new returns scanner keeps logging costumes as back on the rail while they're still out the door, so the gorilla suit is apparently hanging on its hook and out the door at the same time. So it's decided, zipped up and sequinned: a {duration_adjective_h10} scanner session with {people_h10} {when_h10}{time_h10}. Could you put it in my calendar bought and paid for - tags snipped off, receipt in the bag, not out on hire and due back on the rail - and send them an invite, sparkly as a sequin cape? No need to pop back and check with me, it's gone home in a carrier bag! Mwah!",
        false,
    ),
    t(
        "h104-reschedule-ballroom-chandelier",
        "reschedule",
        "so I'm right at the top of a wobbly ladder in the ballroom of a grand old hotel, polishing the crystal drops of the big chandelier drop by drop, and the dimmer's gone haywire and keeps flicking the bulbs on and off like a disco, so I can't climb down till it's been made safe, which means there's no way I'll make {day_of_move_h10} {clock_h10} with {person_h10}, so could you lower it down on its chain and carry it across to {to_h10} - the very same chandelier, the same meeting, just lit up further along my calendar, not a brand-new light fitting - and let them know the new time, so they're not waltzing round a dark ballroom waiting for me, cheers, sorry, the bulbs are flickering again",
        false,
    ),
    t(
        "h104-reschedule-polar-station",
        "reschedule",
        "Research station to assistant, do you read, over. Radio operator here, in the hut at the edge of the ice shelf. A blizzard has come howling off the plateau and the station is locked down - nobody leaves the hut till it blows through, over. That means I cannot make {day_of_move_h10} {clock_h10} with {person_h10}. Request you re-route that meeting to {to_h10}: same call sign, same meeting, just raised again further down my calendar, not a new station coming on the air. Relay the new time to them so they are not left calling into a dead channel, over. Wind rising, windows white. Base out.",
        false,
    ),
    t(
        "h104-cancel-department-store",
        "cancel",
        "Oh gosh, hello - sorry, I'm on the shop floor of the department store, wading between rails of coats and a pyramid of saucepans with a price gun in my hand. The building's been sold and the store is shutting its doors for good, I'm afraid, so {day_of_h10} {clock_h10} with {person_h10}, where we were going to plan the new window displays, has no windows left to dress. Could you take it off my calendar altogether, please - everything must go, cleared out in the closing-down sale, not marked down and hung back on the rail, not boxed up in the basement to come out again - and let them know it's off, so they don't turn up to brown paper taped over the glass? Thank you, and sorry again - the price gun's just jammed.",
        false,
    ),
    t(
        "h104-habit-supermarket-checkout",
        "habit",
        "Supermarket checkout. Perched at the till on a stool that has lost its cushion, hauling tins across the scanner beep after beep, and my shoulders have set like wet cement. Riveting. So here's the plan: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, solo, just me, no company. Run it through my calendar like the belt that never runs empty - the next basket always rolling up behind, never a till-closed sign put out - so I don't have to ask again. Beep.",
        false,
    ),
    t(
        "h105-find-stage-hypnotist",
        "find",
        "Greetings from the wings of the variety theatre, where I stand in a velvet waistcoat with a pocket watch swinging from its chain and a lone spotlight warming an empty chair at centre stage. Mesmerising stuff. The new wireless headset keeps cutting out at the very instant I murmur 'sleep', so my act sounds like a yawn echoing down a drainpipe. I wish to get to the bottom of it with {people_h10}, and I would allow {duration_h10} for it. So look deep, deep into my calendar {when_h10}{time_h10}... deeper... and tell me where it has gone perfectly blank - not a thought in its head, nothing stirring, and blank for long enough to hold us. But mark me: you are only to look. When I snap my fingers you will have changed nothing - no suggestion planted in my calendar, nothing entered into it - and no post-hypnotic cue goes out to them, no invitation, no message. I shall approach them myself when the house lights are up. And... you're back in the room.",
        false,
    ),
    t(
        "h105-find-chemistry-prep-room",
        "find",
        "Um, hi... I'm the science technician at a big comprehensive school, tucked away in the prep room behind the labs with a rack of test tubes balanced on my forearm and a bottle of indicator I really, er, mustn't drop, so bear with me. The new digital balance keeps, um, drifting - it reckons a feather weighs the same as a beaker - which is not ideal when every powder has to be weighed out exactly. I'd like to talk it over with {people_h10}, probably {duration_h10}, if that's alright. Could you, er, run a sort of titration on my calendar {when_h10}{time_h10}? Add it drip by drip and tell me where it turns clear - colourless, nothing dissolved in it yet, and a long enough stretch for us? It's only a trial in a test tube, honestly, not the real reaction: please don't let anything precipitate out - nothing set down in my calendar - and don't send them anything, no invitation, no message, not even a whiff from the fume cupboard. I'll, um, find them myself when the trays are washed up. Right... thanks, ever so much.",
        false,
    ),
    t(
        "h105-find-air-show",
        "find",
        "Hello from the air show, where I'm perched on top of the commentary trailer with a microphone in my fist, smoke trails criss-crossing over the runway and the engines roaring so hard I can feel it in my teeth - what a spectacle! The catch: the new loudspeakers howl with feedback whenever a jet screams past, so my commentary sounds like a kettle coming to the boil. I'd love to thrash it out with {people_h10}, and I reckon {duration_h10} or so would do it. Could you fly a slow, low pass over my calendar {when_h10}{time_h10} and call out the clear blue sky - no aircraft in that airspace, nothing lined up on the taxiway, and a gap wide enough for us? It's a display pass, not a landing: keep the wheels up - nothing comes down onto my calendar - and drop nothing on them, no invitation, no message, not so much as a waggle of the wings. I'll catch them by the hangar myself when the flying's finished. Smoke on... go!",
        false,
    ),
    t(
        "h105-book-lottery-draw",
        "book",
        "Hiya from the lottery draw studio, where I'm stood in a sequinned frock beside the big glass drum with the coloured balls tumbling round and round like socks in a dryer - honestly, I pinch myself whenever the cameras roll! The only spanner in the works: the new release chute keeps jamming, so the balls come out in a clump and I'm left grinning at the lens with nothing to read out. So it's drawn, checked and final: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that chute running sweetly. Could you put it in my calendar as the winning line - every ball matched, ticket verified, prize paid out - and not a lucky dip still rattling round the drum? And send them an invitation with all the razzle-dazzle! No need to check back with me, the result has been declared and it's official. Ta-ra, and good luck!",
        false,
    ),
    t(
        "h105-book-nuclear-control-room",
        "book",
        "This message is issued from the main control room of the nuclear power station, where I am on watch before a wall of dials, annunciator panels and a great many switches I am forbidden to touch without countersignature; I shall therefore be concise. The new alarm software has acquired the habit of sounding on routine fluctuations, so the panel lights up like a fairground at every trifling wobble in the coolant flow. {people_and_i_h10} and I are to review that software together {when_h10}{time_h10}, with {duration_h10} set aside for the purpose. Kindly take it critical in my calendar: control rods withdrawn, the reaction self-sustaining and feeding the grid - not held in cold shutdown, not a rehearsal on the training simulator - and issue the invitation to them accordingly. No further authorisation is required; the decision has been logged and is not subject to review. End of message.",
        false,
    ),
    t(
        "h105-book-dog-show",
        "book",
        "Hello, I am judge at a big dog show, and I write you from the edge of the ring, between the grooming tables and the benches where the dogs wait with bows in their fur, so please excuse my English, it trots a little crooked. The new electronic scoreboard always shows the wrong breed, so a poodle is announced as a bulldog which is very embarrassing for a serious show. Now it is decided: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to make this scoreboard tell the truth. Please, put it in my calendar like Best in Show - the big rosette pinned on, the cup lifted, the photo taken - and not like a young dog still waiting on the bench that maybe goes into the ring, maybe not. And send them an invitation, please. You do not need to ask me again; the judge has pointed, and the finger does not go back. Many greetings from the ring.",
        false,
    ),
    t(
        "h105-reschedule-arena-lighting",
        "reschedule",
        "lighting tech at the arena, clipped onto the truss way above the stage w/ a harness n a spanner, every moving head starin at the floor like its sulkin. desk wont talk to the rig so im not comin down till its lit. no way im makin {day_of_move_h10} {clock_h10} with {person_h10}. re-cue it down the setlist to {to_h10} - same song, same meeting, just played later in the show, not a new track tacked on the end. n flash them the new time so theyre not stood at the barrier waitin on me. cheers, lamp just blew again",
        false,
    ),
    t(
        "h105-reschedule-rally-stage",
        "reschedule",
        "Rally stage. Strapped in at the start line, helmet on, road book on my knee, engine ticking over. Gravel's washed out on the hairpin and the stage is red-flagged, so I'm parked up going nowhere. Notes: {day_of_move_h10} {clock_h10} with {person_h10} - not making it. Re-seed it to {to_h10}. Same car, same meeting, just running further down the start order - not a fresh entry on the list. Flag them the new time so they're not stood at the stage finish holding a stopwatch for me. Caution, loose surface. Over crest, keep flat. Out.",
        false,
    ),
    t(
        "h105-cancel-soap-opera",
        "cancel",
        "Script office of a long-running television soap. Walls papered with storyline charts, a graveyard of cold tea mugs, index cards held up with drawing pins. Marvellous. The channel has taken the show off air for good, the final episode already filmed, so {day_of_h10} {clock_h10} with {person_h10}, where we were meant to plot the next batch of cliffhangers, has no plot left to plot. Kill that meeting off in my calendar. Properly dead: no coma it wakes up from, no shock return from beyond the grave, no it-was-all-a-dream, no comeback further down the line - gone, full stop. And let them know it's off, so they don't turn up clutching a fresh pack of index cards. Fade to black.",
        false,
    ),
    t(
        "h105-task-hotel-concierge",
        "task",
        "A very warm welcome from the concierge desk, where I stand behind a polished brass bell with the crossed golden keys on my lapel and a drawer full of umbrellas and theatre tickets - the finest post in the building, if I might say so. A rare hush in the lobby allows me to attend to a matter of my own: I am to {task_h10} {due_h10}. It is mine alone to see to - nobody to summon, nobody to invite, so kindly make no meeting of it. Simply place it on my to-do list as a task, ticketed and tagged like a parcel held behind the desk for collection, with {duration_h10} written on the tag as my estimate of how long it will take. Consider it a white-glove matter: it need only be waiting there when I come for it. Very good. Thank you kindly.",
        false,
    ),
    t(
        "h106-find-orienteering-course",
        "find",
        "orienteerin course planner, crouched in a soggy gully w/ a compass on a string n a bag of orange n white control flags, brambles up to my knees. new e-punch boxes keep loggin the wrong control so evry split comes out back to front n the results board looks like a bird's nest. gotta untangle it w/ {people_h10}, {duration_terse_h10} shd do it. read my cal {when_h10}{time_h10} like a map, contour by contour, n mark the open runnable ground - no thicket, no marsh, nothin plotted on it, wide enough for us. its a map walk, not the race!! dont hang a flag on anythin, nothin goes on the cal, no invites, not even a whistle blast to em from u. ill track em down at the finish tent myself when the flags r collected",
        false,
    ),
    t(
        "h106-find-bridge-tournament",
        "find",
        "Um, hello... this is the tournament director at the bridge club - the card game, not the, er, river sort - dictating from a corner of the card room between the bidding boxes and a trolley of boards waiting to be dealt, so, um, forgive the pauses. The new scoring program keeps, er, shuffling the results between tables, so every table ends up with the wrong result, which has caused quite a stir. I'd like to go through it with {people_h10}, for, um, {duration_h10} or so. Could you, er, lay my calendar {when_h10}{time_h10} face up on the table like dummy's hand and point out the voids - suits with nothing in them at all, and, um, long enough to hold us? I'm only looking at the cards, mind, not playing any of them: please don't bid on anything or put anything into my calendar, and don't send them anything either - no invitation, no message, not so much as a, um, kick under the table. I'll catch them myself when the last board's been scored. Right... er, end of dictation. Thank you.",
        false,
    ),
    t(
        "h106-find-speed-camera-van",
        "find",
        "Speed camera van. Parked on a grass bank with a lens poking out of the rear window and a clipboard on my knee, watching the same bend all shift. Gripping. The new laser unit has begun clocking parked cars, lampposts and, memorably, a heron as well over the limit. By its reckoning the postbox on the corner is a menace to society. I'd like to take it up with {people_h10}; {duration_h10} ought to cover it. So aim the unit at my calendar {when_h10}{time_h10} and report where the road is empty - nothing coming either way, no entries at all, and a clear stretch long enough for us. Observation only. Nobody gets flashed: put nothing into my calendar and send them nothing - no invitation, no message, no penalty notice tucked under the wiper. I'll approach them myself when I'm off this bank. Back to watching the bend.",
        false,
    ),
    t(
        "h106-book-stately-home-butler",
        "book",
        "I write from the silver pantry of a stately home, where I am attending to the candelabra beneath a row of ancestral portraits that appear to disapprove of my polishing; I shall therefore be brief. The new electric bell board below stairs has taken to ringing for the library whenever the bell is pulled in the drawing room, so that I arrive, tray in hand, at an empty room more often than is seemly. {people_and_i_h10} and I are to examine the wiring together {when_h10}{time_h10}, and {duration_h10} should be set aside for it. Kindly enter it in my calendar as a fixed engagement of the house - written into the household book, the silver laid and the lamps lit - and not a possibility awaiting approval; and send them a properly addressed invitation. There is no need to ring for me to confirm: the matter is decided. I remain, as ever, at your service.",
        false,
    ),
    t(
        "h106-book-holiday-camp-entertainer",
        "book",
        "Hi-de-hi from the holiday camp! I'm up on the ballroom stage in a stripy blazer with a glittery mic in my hand and the knobbly-knees trophy tucked under my arm - honestly, best job going! The only wobble: the new disco lights keep tripping the fuses right in the middle of the conga, so the whole ballroom goes pitch black while the foam machine carries on regardless, ha! So it's sorted and it's top of the bill: {duration_h10} with {people_h10} {when_h10}{time_h10} to get those lights behaving. Could you pop it in my calendar like the headline act - name up in lights, curtain up, the show going on - and not a maybe scribbled on a beer mat? And send them an invite with a big toothy grin and a wave! No need to check back with me, it's been announced and that's that. Ho-de-ho!",
        false,
    ),
    t(
        "h106-book-gymnastics-judge",
        "book",
        "Greetings from the gymnastics hall. I am sitting at the judging table beside the balance beam, with chalk dust flying in the air and the springboard banging like a door in the wind, so I write short and my English is maybe not landing so clean. The new tablet where I enter the marks is freezing every time after the vault, so the marks come too late and the big screen of the hall shows only a little circle that turns and turns. Now it is decided: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10}, to make this tablet behave. Please put it in my calendar like a landing that is stuck - feet planted on the mat, arms up, no little step, no wobble, finished - and not like a salto that is still in the air where nobody knows yet how it comes down. And send them the invitation, please. You must not ask me again; the mark is on the board and it will not change. With sporting greetings from the hall.",
        false,
    ),
    t(
        "h106-reschedule-cycling-team-car",
        "reschedule",
        "okay I'm in the team car right behind the race, leaning out of the window with a spare wheel across my lap and the race radio squawking in my ear, and we're crawling up a mountain pass nose to tail with the motorbikes and I cannot get out of this car till we're over the summit and down the other side, so {day_of_move_h10} {clock_h10} with {person_h10} just isn't going to happen for me, can you move it to {to_h10} - drop it back through the convoy, the same meeting sliding further down the road in my calendar, not a fresh car joining the race - and tell them the new time so they're not stood on the roadside waving a bottle at an empty road waiting for me, sorry, thanks, we're into the hairpins now, hold on",
        false,
    ),
    t(
        "h106-reschedule-rowing-cox",
        "reschedule",
        "Cox. Strapped into the stern, megaphone on, blades feathered, fog so thick I can't see the bow ball. Start's held, boats lined along the bank, nothing moving. Can't leave the boat, so {day_of_move_h10} {clock_h10} with {person_h10} - not happening. Move it to {to_h10}. Same boat, same meeting, just further down the river in my calendar - not a new boat launched. Let them know the new time so they're not pacing the towpath for me. Easy all. Hold water. Out.",
        false,
    ),
    t(
        "h106-cancel-lido",
        "cancel",
        "Hello there - sad news from me, I'm afraid. I'm writing from the poolside of the old open-air lido, in flip-flops and a fleece, with the lane ropes coiled in a heap and leaves drifting across the deep end. The site's been sold and the pool is being filled in for good, so {day_of_h10} {clock_h10} with {person_h10}, where we were going to plan the new changing cubicles, has no water left to swim in. Could you cancel it and take it off my calendar altogether, please - drained to the tiles and filled in, not just shut for cleaning with a sign on the gate, not just roped off for repairs - and let them know it's off, so they don't turn up with a towel under their arm to find a pit of gravel? Thanks ever so, and mind how you go.",
        false,
    ),
    t(
        "h106-habit-orchestra-cellist",
        "habit",
        "Cellist. Orchestra pit. Wedged between the timpani and a damp wall, folded round my instrument like a bass clef for an entire opera, bowing away under the stage in the dark. Idyllic. My spine has filed a complaint. So: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, solo - no accompaniment. Make it recur in my calendar with a repeat sign at the end: da capo, back to the top every time, no coda, no closing bar, so I needn't ask again. Tuning up.",
        false,
    ),
    t(
        "h107-find-lawn-bowls-green",
        "find",
        "I write as honorary secretary of the lawn bowls club, from the bench at the edge of the green, with my woods resting in their bag at my feet and the jack lying white against the far ditch. The new electronic measure, intended to settle which wood lies nearest the jack, has developed a bias all of its own and awards the shot to whichever wood has strayed furthest away. I should like to discuss the instrument with {people_h10}, allowing {duration_h10} for the purpose. Would you be so good as to read my calendar {when_h10}{time_h10} as I would read the head before bowling, and tell me where the green lies open - no woods resting on it, nothing in the ditch, and room enough for us? I am merely studying the line, you understand, not delivering: nothing is to be rolled onto my calendar, and nothing is to be sent to them - no invitation, no message, not so much as a wave from the mat. I shall approach them myself in the clubhouse once the mat has been lifted. With thanks, and good bowling.",
        false,
    ),
    t(
        "h107-find-canyoning-gorge",
        "find",
        "canyonin guide, waist deep in a plunge pool at the bottom of a waterfall w/ my helmet on n a wet rope coiled on my shoulder. new waterproof radios keep fizzin out whenever they get splashed so evry call comes thru like a drain gurglin. gotta thrash it out w/ {people_h10}, {duration_terse_h10} shd be plenty. peer down my cal {when_h10}{time_h10} like im checkin a drop before a jump n pick out the deep clear pools - no rocks lurkin in em, nothin already in there, big enough for us. only peerin over the edge!! dont jump, dont slide, nothin goes on the cal, no invites, not even a yell down the canyon to em from u. ill collar em at the van myself when im dried off",
        false,
    ),
    t(
        "h107-find-archery-range",
        "find",
        "Hello, I am range officer at an archery club, and I write you from behind the shooting line, between the bow stands and a bucket of arrows, with the little wind flags dancing above the targets, so my English flies maybe a little to the left, like my arrows when the wind comes. The new electronic scoring system puts the arrows always in the wrong ring, so a gold becomes a white and the scores make no sense at all. I want to speak about it with {people_h10}, and I think {duration_h10} is enough for this. Please, can you look at my calendar {when_h10}{time_h10} like through the sight of my bow, and tell me where the target face is clean - no arrow already in it, no hole, and big enough for our talk? It is only aiming, not shooting: please do not let anything go - nothing lands in my calendar - and send nothing to them, no invitation, no message. I will walk over to them myself when the whistle blows to collect the arrows. Greetings from the line, and straight arrows to you.",
        false,
    ),
    t(
        "h107-book-station-announcer",
        "book",
        "Um, hello... I'm the station announcer, er, tucked in the little booth above the concourse with the microphone on its stalk and the departure boards flickering away below me, so, um, forgive me if I slip into my announcing voice. The new chime system keeps playing the, er, ding-dong after each announcement instead of before it, so everything sounds like it's been said backwards. {people_and_i_h10} and I are going to, um, go through the chimes together {when_h10}{time_h10}, and we'll need {duration_h10} for it. Could you, er, put it up in my calendar as confirmed - platform given, doors closing, departed - not 'expected', not 'delayed', not, um, stuck at the bottom of the board with no platform? And send them an invitation, please. No need to, er, check back with me - it's decided, the train has left the station. Right... er, all change. Thanks.",
        false,
    ),
    t(
        "h107-book-hospital-radio",
        "book",
        "Hiya from hospital radio! I'm squeezed into our little studio at the end of the corridor, headphones on, request cards pinned all over the corkboard and a kettle that never stops boiling - honestly, best volunteering gig going! The only bum note: the new mixing desk keeps fading every record out just before the chorus, so every song ends like a sneeze that never comes. So it's cued up and going out live: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort that desk out. Could you get it into my calendar like a record that's on air - needle down, red light on, spinning away - and not a maybe left in the pile by the turntable? And send them an invite with a cheery jingle! No need to check back with me, it's been broadcast and you can't un-play it. Back after this!",
        false,
    ),
    t(
        "h107-book-drone-light-show",
        "book",
        "Drone light show. Launch field in the drizzle, laptop balanced on a crate, the whole swarm parked dark on the grass in rows like sulking fireflies. Magical. The new firmware keeps sending them to the wrong waypoints, so the dragon I'm meant to draw across the sky comes out as a shopping trolley. Right: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to straighten it out. Decided. Fly it into my calendar - formation locked, lights blazing, holding its shape up there - not hovering on the pad waiting for clearance - and send them the invite. No sign-off needed from me. Batteries charging. Out.",
        false,
    ),
    t(
        "h107-reschedule-cricket-scorebox",
        "reschedule",
        "Cricket scorer. Perched in the scorebox with a row of sharpened pencils and a scorebook ruled into more little boxes than a tax return, watching the covers go on. Enthralling. Rain has stopped play, and the freshly installed electric scoreboard has chosen this moment to show the total as a row of question marks, so I'm stuck in the box until it can count again. As a result I shan't make {day_of_move_h10} {clock_h10} with {person_h10}. Please move it to {to_h10}, the way play resumes once the rain clears: same match, same meeting, just picked up further along my calendar - not a fresh fixture added to the list. Let them know the new time, so they're not huddled on the pavilion steps under an umbrella waiting for me. Covers still on. Pencils still sharp.",
        false,
    ),
    t(
        "h107-reschedule-fell-race-marshal",
        "reschedule",
        "okay so I've just scrambled up to the checkpoint at the top of the fell with a flag and a clipboard and my lungs on fire, and the mist has come down so thick I can barely see my own boots, so the race is on hold and I've got to stay put by the cairn till it lifts, which means there's no way I'm making {day_of_move_h10} {clock_h10} with {person_h10}, could you move it to {to_h10} - the same race, the same meeting, just reaching a checkpoint further along my calendar, not a brand-new race pinned up on the noticeboard - and let them know the new time so they're not hanging round the finish funnel peering up the hillside waiting for me, sorry, thanks, can't feel my fingers",
        false,
    ),
    t(
        "h107-cancel-dry-ski-slope",
        "cancel",
        "Ah, hello. I'm writing from the top of the old dry ski slope, the bristly matting sprouting moss and the button tow creaking on its cable with nothing left to pull. The slope's been sold off for housing and the bulldozers are already parked at the bottom, so {day_of_h10} {clock_h10} with {person_h10}, where we were going to plan new matting for the beginners' slope, has nothing left to slide down. Would you cancel it and clear it off my calendar for good, please - piste closed for ever, the matting rolled up and carted off, not just shut for a re-brush, not a red flag until the wind drops - and let them know it's off, so they don't trudge up in their salopettes to find nothing but rubble? Ah well. That's the last run skied.",
        false,
    ),
    t(
        "h107-habit-audiobook-booth",
        "habit",
        "Forgive the murmur - I'm an audiobook narrator, shut in a padded booth with foam on every wall, a script on a stand and a microphone so sensitive it picks up my stomach rumbling. I've been hunched over that stand reading aloud till my shoulders have curled up like a dog-eared page. So, a resolution: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, just me, nobody else in the booth. Could you set it in my calendar like a series with the next volume always on its way - the narration forever picking up where it left off, never the closing words read out - so I needn't ask again? Red light's on. Shh.",
        false,
    ),
    t(
        "h108-find-penalty-box",
        "find",
        "penalty box timekeepr at the ice rink, wedged on the bench behind the glass w/ a stopwatch, a whistle n a flask gone cold, puck smackin the boards right by my ear. new scoreboard keeps hangin penalties on the wrong bench so the sin bin lights up red for an empty box n evry game sheet ends up a scribble. gotta sort it w/ {people_h10}, {duration_terse_h10} shd cover it. skate my cal {when_h10}{time_h10} like fresh ice straight after the resurfacer n show me the clean open sheet - no pucks lyin about, no skate marks, nothin on it yet, wide enough for us. just eyein the ice!! dont drop the puck, nothin goes on the cal, no invites, not even a bang on the glass to em from u. ill catch em by the skate sharpener myself when the buzzer goes",
        false,
    ),
    t(
        "h108-find-judo-dojo",
        "find",
        "Greetings from the dojo. I am judo instructor here, kneeling at the edge of the tatami with my belt tied and my feet bare, so excuse my English, it falls sometimes on its back like a beginner who forgets to roll. The new electronic scoreboard gives the points always to the wrong side, so a clean throw becomes nothing and a little slip becomes the winning score. I want to speak about this with {people_h10}, and I think {duration_h10} is enough for it. Please, can you look over my calendar {when_h10}{time_h10} the way I look over the mats when I arrive, and tell me where the tatami is free - nothing lying on it, nobody standing on it, and big enough for our talk? It is only the bow, not the fight: please do not throw anything into my calendar, put nothing on it, and send nothing to them - no invitation, no message. I will go to them myself when the class is finished and the mats are swept. With respect, a bow from the dojo.",
        false,
    ),
    t(
        "h108-find-hydro-dam",
        "find",
        "Hydroelectric dam. Control room carved into the rock, a wall of dials and the river thundering through the turbines somewhere under my chair. Soothing. The new level sensor in the reservoir has decided the lake is either bone dry or about to spill over the crest, depending on its mood, so the alarms take turns sulking and shrieking. I'd like to get to the bottom of the reservoir with {people_h10}; {duration_h10} ought to do it. So run a drawdown on my calendar {when_h10}{time_h10} - let the water out on paper, not for real - and tell me where the bed lies bare: nothing stored behind the wall, nothing flowing through, and a stretch long enough for us. Dry run only. Keep the gates shut: nothing released into my calendar, nothing sent downstream to them - no invitation, no message, not a trickle. I'll go and find them myself when the alarms settle. Back to the dials.",
        false,
    ),
    t(
        "h108-book-college-lodge",
        "book",
        "I write from the porters' lodge of an old college, where I am stationed behind the counter amid the pigeonholes, the key rack and a bowler hat upon its peg, with the quadrangle lying under frost beyond the window, so I shall not keep you. The new electronic gate has taken to admitting every stray cat by the side door whilst declining each card presented at the front, so that the lodge bell has scarcely ceased ringing. {people_and_i_h10} and I have agreed to inspect the system together {when_h10}{time_h10}, and {duration_h10} is to be reserved for it. Kindly enter it in my calendar as a matter recorded in the lodge book - the ink dry, the key signed out, the name chalked on the board - and not a proposal left in a pigeonhole awaiting collection; and send them an invitation written in the college's best hand. You need not refer it back to me: the gate has closed upon the question. With the compliments of the lodge.",
        false,
    ),
    t(
        "h108-book-moving-day",
        "book",
        "Um, right, hi... I'm dictating this sat on a packing box in my new flat, er, walled in by a fortress of cardboard all labelled 'misc', with a tape gun in my lap, so forgive the, um, crinkling. The new broadband router keeps, er, dropping out whenever the kettle boils, so every video call freezes mid-word with my face stuck in a sneeze, which is, um, not ideal when I'm meant to be working from here. So, er, it's decided: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get the connection sorted. Could you, um, unpack it properly into my calendar - out of the box, on the shelf, plugged in and switched on - and not left, er, taped up in the hallway with a question mark scrawled on the side? And send them the invitation, please. You don't, um, need to run it past me again - the van's driven off and I'm not moving back. Okay... er, that's the lot. Thanks.",
        false,
    ),
    t(
        "h108-book-catwalk-backstage",
        "book",
        "Omg hi from backstage at the catwalk show - I'm kneeling between rails of frocks with a mouthful of pins and a steamer hissing at my elbow, and there's glitter in places glitter should never be - it's bedlam and I live for it! The only wardrobe malfunction: the new lighting desk keeps plunging the catwalk into darkness just as each look steps out, so the whole collection goes down the runway like a secret nobody's allowed to see. So it's stitched, hemmed and finished: {duration_h10} with {people_h10} {when_h10}{time_h10} to get those lights behaving. Could you put it in my calendar as the finale look - sewn, pressed and out under the lights - and not a toile pinned to a dress form that might never get made? And send them an invite, darling, wrapped in tissue with a bow on top! Don't bring it back to me for another fitting - it's been signed off and sent out to strut!",
        false,
    ),
    t(
        "h108-reschedule-flooded-ford",
        "reschedule",
        "okay so I tried to drive through the ford on the lane home and the water was way deeper than it looked and now the car's stalled slap bang in the middle with the river swirling round the doors and I'm perched on the roof with my phone held up high and my shoes in my lap, and I'm going nowhere till the water drops or the tow rope turns up, so there's no way I'm making {day_of_move_h10} {clock_h10} with {person_h10}, could you move it to {to_h10} - the same meeting, just floated a bit further downstream in my calendar, not a new meeting washed up on the bank - and let them know the new time so they're not sat on dry land wondering where I've got to, sorry, thanks, oh no the wipers just came on by themselves",
        false,
    ),
    t(
        "h108-reschedule-esports-final",
        "reschedule",
        "Esports arena. Referee desk, headset on, wall of monitors, grand final frozen mid-fight after the game server crashed. Nobody leaves the stage till it's back up, me included. So {day_of_move_h10} {clock_h10} with {person_h10} - can't make it. Move it to {to_h10}. Same match, same meeting, resumed from the save point further along my calendar - not a new lobby spun up. Tell them the new time so they're not stuck on a loading screen waiting for me. Rebooting. GG.",
        false,
    ),
    t(
        "h108-cancel-music-festival",
        "cancel",
        "Music festival production office. A portable cabin in a field of mud, a heap of unclaimed wristbands, a walkie-talkie that hisses at me, and a view of the main stage sinking gracefully into the bog. Glamorous. The licence has been pulled for good and the festival is no more, so {day_of_h10} {clock_h10} with {person_h10}, where we were meant to plan the stage running order, has nothing left to run. Strike it from my calendar the way a stage gets struck after the encore - scaffolding down, trackway rolled up, not paused for a passing shower, not shifted to another field - gone entirely. And let them know it's off, so they don't wade in wearing wellies to find an empty meadow. No encore.",
        false,
    ),
    t(
        "h108-task-youth-hostel",
        "task",
        "Hello hello from the youth hostel reception! I'm behind the desk with the dorm keys on their hooks, a box of lost flip-flops and a noticeboard buried under walking-route leaflets - I wouldn't swap it for anything! The bunk rooms have gone quiet and the drying room's humming away, so I've finally got a breather for my own bits: I need to {task_h10} {due_h10}. It's a solo trek - nobody else on the path - so please don't turn it into a meeting or invite anyone. Could you pop it on my to-do list as a task, with {duration_h10} as my guess at how long it'll take, like the walking time marked beside a trail on the map? Happy trails, and thanks!",
        false,
    ),
    t(
        "h109-find-bat-survey",
        "find",
        "Um, hi... sorry, I'm whispering - I'm an ecologist out on a bat survey, crouched in the reeds at the edge of a pond with a bat detector in my hand, er, clicking away like a Geiger counter, so I'll keep my voice right down. The new recorder is meant to log every call by species, but it, um, keeps tagging each plop of a frog as a rare bat, so my survey sheet reads like I've stumbled on a colony of unicorns. I'd like to go through it with {people_h10}, for {duration_h10} or so, if that's alright. Could you, er, sweep my calendar {when_h10}{time_h10} the way I sweep the detector along the hedgerow, and tell me where it goes quiet - no calls coming through, nothing roosting there already, and a gap long enough for us? I'm only, um, listening, honestly: please don't disturb the roost - nothing goes into my calendar - and don't send them anything either, no invitation, no message, not so much as a squeak. I'll, er, catch them myself once the kit's packed away. Right... shh... thanks.",
        false,
    ),
    t(
        "h109-find-polling-station",
        "find",
        "I write as presiding officer at a polling station, set up in a school gymnasium with the climbing ropes tied back against the wall bars, the booths screened off in a row and the ballot box sealed upon the table before me; I shall be brief, as electioneering of any kind is forbidden within these walls. The new electronic register has developed the unhappy habit of striking off names it has never been shown, so that the marked register now resembles a page of crossings-out. I should like to examine the matter with {people_h10}, allowing {duration_h10} for the purpose. Would you be so kind as to scrutinise my calendar {when_h10}{time_h10} as a doubtful ballot paper is scrutinised at the count, and report where it is blank - no cross in any box, nothing already entered, and a space wide enough for us? This is scrutiny only, not a vote: nothing is to be cast into my calendar, and nothing is to be sent to them - no invitation, no message, no leaflet through the door. I shall approach them myself once the poll has closed and the box has gone off to the count. Yours faithfully.",
        false,
    ),
    t(
        "h109-find-aurora-tour",
        "find",
        "Hello, I am guide for northern lights tours, and I write you from the shore of a frozen lake far outside the town, standing beside my minibus with the engine running for warmth and my tripods planted in the snow like a little forest, so please excuse my English, it is a bit stiff from the cold. The new aurora app on my phone always promises a big show when the sky is grey like wet concrete, and it says there is nothing at all when the whole sky is dancing green over my head. I want to speak about this app with {people_h10}, and I think {duration_h10} is enough for it. Please, can you look up into my calendar {when_h10}{time_h10} like I look up into the sky, and tell me where it is clear - no cloud, nothing already glowing there, and wide enough for our talk? It is only looking, not taking the picture: please do not press the shutter - nothing goes into my calendar - and send nothing to them, no invitation, no message. I will find them myself when I am back in the warm. Greetings from under the sky, and I wish you green skies.",
        false,
    ),
    t(
        "h109-book-hackathon",
        "book",
        "at a hackathon in a draughty warehouse, laptop balanced on a pallet, sleepin bag under the desk n a tower of empty energy drink cans wobblin by my elbow. new build server keeps swallowin my commits n spittin out a blank page so the demo's a ghost town. so its merged n shipped: {duration_h10} w/ {people_h10} {when_h10}{time_h10} to fix the pipeline. push it to prod in my cal - deployed, live, green tick - not sittin in a draft pull request waitin on review. n send em the invite. dont ping me for approval, its already merged. back to the keyboard",
        false,
    ),
    t(
        "h109-book-traffic-helicopter",
        "book",
        "Sorry - shouting - I'm up in the traffic helicopter, flying it myself, headset clamped on and the rotors thrashing away overhead, hovering over the ring road while the jams below spread out like spilt ink and - hang on - banking round - okay! The new camera pod under the nose keeps swinging up to film the clouds instead of the tailbacks, so every bulletin shows a lovely patch of sky and not a car in sight! So it's decided: {people_and_i_h10} and I are sorting that pod out {when_h10}{time_h10}, and we'll need {duration_h10}. Put it in my calendar - skids down, on the pad, rotors stopped, landed - not circling overhead waiting for clearance! And send them an invitation! Don't radio back to check with me - it's settled, it's touched down! Right - climbing - over and out!",
        false,
    ),
    t(
        "h109-book-photo-booth",
        "book",
        "Photo booth engineer. Crouched inside a booth at the back of an amusement arcade, curtain pulled partway, stool wound down as far as it goes, the flash popping in my face whenever it feels like it. Flattering. The new camera has tilted itself upward, so every strip comes out as a row of pricey portraits of the ceiling. So: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to straighten it out. Decided. Develop it into my calendar - printed, dried, dropped in the slot - not a preview flickering on the screen waiting for a retake - and send them the invite. No need to check with me. Smile. Flash.",
        false,
    ),
    t(
        "h109-reschedule-drag-strip",
        "reschedule",
        "Drag strip. Strapped in on the start line, helmet on, engine burbling, the light tree dark. Oil down on the track, run held till it's cleaned up. Can't leave the car. So {day_of_move_h10} {clock_h10} with {person_h10} - not making it. Move it to {to_h10}. Same run, same meeting, just re-staged further down my calendar - not a new car rolled into the lanes. Tell them the new time so they're not watching the scoreboard for a run that never launches. Visor down. Out.",
        false,
    ),
    t(
        "h109-reschedule-locked-balcony",
        "reschedule",
        "okay so funny story, I stepped out onto my balcony to shake out a rug and the sliding door clicked shut behind me and locked itself, and now I'm stood out here in my socks with my phone, the rug and a very judgemental pigeon, and there's no getting back in till I can get that door open again, so there's no way I'm making {day_of_move_h10} {clock_h10} with {person_h10}, could you slide it along the runner to {to_h10} - the very same meeting, just shifted further along my calendar, not a new meeting put together from scratch - and let them know the new time so they're not sat there staring at the door waiting for me to walk through it, sorry, thanks, the pigeon's edging closer",
        false,
    ),
    t(
        "h109-cancel-festive-grotto",
        "cancel",
        "Oh dear, hello - I'm writing from inside the festive grotto in a marquee on the town square, surrounded by cotton-wool snow, an empty velvet throne and a sack of wrapped parcels, with fairy lights blinking at me from every corner. The marquee's frame has buckled under the weight of the real snow and the grotto is being packed away for good, I'm afraid, so {day_of_h10} {clock_h10} with {person_h10}, which we'd set aside to choose the lights for the reindeer display, has nothing left to light. Could you take it off my calendar entirely, please - unwrapped and binned with the paper, not re-wrapped and popped back under the tree, not left in the sack for another go - and let them know it's off, so they don't turn up with a box of baubles to find the flaps laced shut? Thank you, and sorry - there's tinsel all down my jumper.",
        false,
    ),
    t(
        "h109-habit-radio-shack",
        "habit",
        "Hello there, from my radio shack - a garden shed crammed with transceivers, a Morse key polished by use and a wall of QSL cards from stations right round the globe. Marvellous hobby, but I spend so long hunched over the dial chasing faint signals through the static that my neck has seized up like a rusty aerial rotator. So I've made up my mind: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, on my own, nobody else on the band. Could you set it in my calendar as a beacon - keying up on its schedule over and over, never going off air, never signing off - so I needn't call in again? Best regards from the shack, and I'll be listening out.",
        false,
    ),
    t(
        "h110-find-car-boot-sale",
        "find",
        "car boot sale, stood behind a pastin table in a soggy field w/ a tin of change, a crate of odd mugs n a lampshade nobody wants. new card reader keeps chargin for the wrong stuff so a bag of marbles rings up as the telly n evry sale ends in a squabble. gotta get it sorted w/ {people_h10}, bout {duration_terse_h10} worth. sift thru my cal {when_h10}{time_h10} like a bargain hunter diggin thru a box of bric-a-brac n pull out the empty bits - no price stickers, nothin already sittin in em, roomy enough for us. eyes only, wallet stays shut!! dont haggle, dont hand over a penny, nothin goes on the cal, no invites, not even a holler across the field to em from u. ill nip over n grab em myself when the boot's slammed shut",
        false,
    ),
    t(
        "h110-find-biathlon-range",
        "find",
        "Hello from the biathlon range in the forest. I am the coach here, lying on a mat in the snow with the skis stuck upright in a drift behind me and the rifle beside me, so excuse if my English misses some targets, like a shooter with cold hands. The new electronic targets are confused: a hit stays black as if it was a miss, and a miss flips white as if it was a hit, so the penalty loop is full of skiing for no reason. I want to talk about this with {people_h10}, and I think {duration_h10} is enough for it. Please, can you look through the scope at my calendar {when_h10}{time_h10} and tell me where the target plates are still all black - nothing hit there, nothing already standing in it, and wide enough for our talk? It is only zeroing the sights before the start, not the race: please keep the bolt open - nothing goes into my calendar - and send nothing to them, no invitation, no message. I go to them myself when the range is closed and the rifles are locked away. With a wave from the range, and clean shooting to you.",
        false,
    ),
    t(
        "h110-find-mars-habitat",
        "find",
        "Mars simulation habitat. A dome of white panels squatting on a red desert, a spacesuit drying on a hook, and the same rocks outside the porthole as ever. Thrilling. The new comms relay adds extra pretend signal lag on top of the pretend signal lag, so each message home crawls in after the reply to it has already gone out. I'd like to pick it apart with {people_h10}; {duration_h10} will probably cover the damage. So send the rover out across my calendar {when_h10}{time_h10} and survey for flat, empty ground - no boulders, no craters, nothing already landed there, and a stretch long enough for us. Survey only. No touchdown: put nothing into my calendar, and transmit nothing to them - no invitation, no message, not so much as a burst of static. I'll track them down myself after I've clambered out of the suit. Back to the rocks.",
        false,
    ),
    t(
        "h110-book-cathedral-verger",
        "book",
        "I write from the vestry of the cathedral, robed in my cassock, with the verger's wand propped against the vestment press and the great west doors admitting a most uncharitable draught; I shall therefore be brief. The newly installed sound system has taken to relaying each reading from the lectern into the crypt rather than the nave, so that the nave hears only the organ while the empty crypt is treated to a very fine sermon. {people_and_i_h10} and I have resolved to trace the wiring together {when_h10}{time_h10}, and {duration_h10} is to be set aside for it. Kindly enter it in my calendar as an appointed service - printed in the order of service, the candles lit and the bell tolled - and not a petition pinned to the board at the back awaiting an answer; and send them an invitation in your fairest copperplate. There is no need to consult me further: the notices have been read and the amen said. With every good wish from the vestry.",
        false,
    ),
    t(
        "h110-book-underpass-busker",
        "book",
        "Um, hi... I'm, er, dictating this from the underpass where I busk, sat on an upturned crate with my guitar across my knees and the case open at my feet, so, um, sorry about the echo. The new tap-to-tip card reader keeps, er, taking the money and then flashing 'declined', so I end up with a case full of apologies and, um, not much else. So, er, it's settled: {duration_h10} with {people_h10} {when_h10}{time_h10} to get the reader behaving. Could you, um, put it in my calendar as a proper gig - on the bill, amp plugged in, opening chord struck - and not just, er, hummed under my breath to see if it catches on? And send them an invite, please. No need to, um, run it by me again - the song's started and I'm not stopping mid-verse. Right... er, that's my set. Cheers.",
        false,
    ),
    t(
        "h110-book-synchronised-swimming",
        "book",
        "Ooh hello from the pool! I coach synchronised swimming, so I'm perched on the end of the diving board in a soggy tracksuit with a whistle round my neck, a nose clip dangling off my wrist and a speaker belting out showtunes - I'm in my element, quite literally! The only splash in the wrong place: the new underwater speaker keeps playing the music a beat behind, so the whole routine comes out as a tangle of flailing legs kicking out of time. So it's choreographed and sequenced: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that speaker in step. Could you pop it in my calendar like the closing pose - legs up, toes pointed, smiles sparkling, held dead still as the music ends - and not a wobbly practice paddle in the shallow end? And send them an invite with a flourish and a splash! Don't come back to me for the nod - we've already dived in!",
        false,
    ),
    t(
        "h110-reschedule-wall-of-death",
        "reschedule",
        "okay so I'm at the bottom of the wall of death in my leathers with my helmet under my arm and my bike lying on its side on the boards, because the chain snapped while I was riding the wall and I had to peel off the wall and drop to the floor of the drum, and now the whole drum's creaking and the show's on hold and I'm not climbing out till there's a new chain on and it's been tested, so there's no way I'm making {day_of_move_h10} {clock_h10} with {person_h10}, could you move it to {to_h10} - the same meeting, just ridden further round the wall of my calendar, not a new bike roaring into the barrel - and let them know the new time so they're not leaning over the top rail watching an empty track waiting for me, sorry, thanks, I can still taste the exhaust",
        false,
    ),
    t(
        "h110-reschedule-darts-caller",
        "reschedule",
        "Darts. Caller, on stage, white gloves, mic in hand. Match gone to a deciding leg, nobody leaves the stage till the winning dart lands - me included. So {day_of_move_h10} {clock_h10} with {person_h10} - no chance. Move it to {to_h10}. Same match, same meeting, just carried over to a later leg further along my calendar - not a fresh board hung on the wall. Tell them the new time so they're not stood by the board waiting for a dart that never flies. Game on.",
        false,
    ),
    t(
        "h110-cancel-park-bandstand",
        "cancel",
        "Um, hello... it's the bandmaster, er, dictating this from the old bandstand in the park, sat among the folding chairs with my cornet in its case and the music stands all huddled together like, um, gossiping herons. I'm sorry to say the band has, er, played its last - the bandstand's being dismantled and we've nowhere left to play - so {day_of_h10} {clock_h10} with {person_h10}, which we'd set aside to plan the season's concerts, has, um, nothing left to play for. Could you, er, cancel it and take it off my calendar for good, please - the closing chord held and the music folded away, not a pause mark over the note, not, um, a rest before we come back in - and let them know it's off, so they don't turn up with a, er, folding chair to find the railings padlocked? Thank you... er, end of message.",
        false,
    ),
    t(
        "h110-habit-golf-caddie",
        "habit",
        "Hello from the links! I caddie on a blustery old course by the sea, so I'm out on the fairway in a flapping waterproof with a bag of clubs the weight of a small car slung across my shoulder, wiping mud off the balls with a towel - best view in the world, I'm telling you! Trouble is, all that lugging has left me as crooked as a bent flagstick. So I've had a word with myself: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, just me - no partner, nobody else in the group. Could you set it in my calendar as a round that never finishes - teeing off again straight after the last green, hole after hole, never handing the scorecard in - so you'll never have to hear me ask about it again? Fore, and cheers!",
        false,
    ),
    t(
        "h111-find-spelling-bee",
        "find",
        "I write as official pronouncer at a regional spelling bee, seated at a baize-covered table beneath the stage lights with the sealed word list, a dictionary the size of a paving slab and a brass bell within reach; I shall be brief, as silence is required in the hall. The newly installed buzzer has taken to sounding the approving chime for misspellings and the dreaded buzz for correct answers, so that the scoreboard rewards the dictionary's enemies. I wish to confer with {people_h10} on the matter and would allow {duration_h10} for it. Might you examine my calendar {when_h10}{time_h10} letter by letter, as a contested word is checked against the dictionary, and tell me where the page is still unwritten - no entry already standing there, and a space long enough for us? Consider this a request to hear the word repeated, not an attempt to spell it: nothing is to be entered in my calendar, and nothing is to be sent to them - no invitation, no message, not so much as a whispered hint. I intend to speak to them in person after the bell has rung on the final word. Yours, with careful enunciation.",
        false,
    ),
    t(
        "h111-find-beach-volleyball",
        "find",
        "Hello, I am referee for beach volleyball, and I write you from my high chair beside the net, with sand in my shoes and the wind shaking the little flags on the corners of the court, so please excuse my English, sometimes it lands outside the lines. The new electronic line sensors call the ball 'out' when it lands in the middle of the court, and when it flies away into the car park they say nothing at all. I must sit together with {people_h10} for this problem, and I think {duration_h10} will be enough. Please, can you look over my calendar {when_h10}{time_h10} like I look over the sand before the whistle, and tell me where it is smooth - no footprints, nothing lying there already, and big enough for our talk? It is only the look before the serve, not the serve: please do not put anything into my calendar, and do not write to them - no invitation, no message. I walk over to them myself when the net is taken down. Greetings from the chair, and good wind to you.",
        false,
    ),
    t(
        "h111-find-trainer-stockroom",
        "find",
        "stockroom of a runnin shoe shop on a big release, buried in shoeboxes, tissue paper evrywhere n a price gun between my teeth. new scanner reads evry left shoe as a right so the system reckons were sittin on a mountain of odd shoes n the tills r in a right state. need a proper sitdown w/ {people_h10} bout it, {duration_terse_h10} prob does it. rummage thru my cal {when_h10}{time_h10} like checkin the back shelves for a size n tell me which gaps r bare - nothin boxed up in em already, roomy enough for us. stock check only!! dont ring anythin thru the till, nothin goes on the cal, no invites, not even a shout thru the stockroom door to em from u. ill grab em myself wen the shelves r restocked",
        false,
    ),
    t(
        "h111-book-skydive-door",
        "book",
        "Shouting over the engine - I'm crouched in the open door of the jump plane, goggles down, wind tearing at my jumpsuit, the fields below like a patchwork quilt and the red light glowing - hang on - okay! The new audible altimeter in my helmet keeps beeping the pull warning at completely random heights, so I never know whether to open up or keep falling - not ideal! So it's settled: {people_and_i_h10} and I are taking that altimeter apart {when_h10}{time_h10}, and we'll need {duration_h10}! Log it in my calendar like a completed jump - out the door, canopy open, boots on the grass, rig packed away - not still crouched on the edge making up my mind! And send them an invitation! No need to check with me - I've let go of the door frame, there's no climbing back in! Light's green - go!",
        false,
    ),
    t(
        "h111-book-red-carpet",
        "book",
        "Darling, hi, it's me, live from the red carpet at my own film premiere! I'm posing in front of the sponsor wall in borrowed diamonds and heels I genuinely cannot walk in, with flashbulbs going off like a lightning storm - pinch me! The only blooper: the new livestream camera on the carpet keeps zooming in on my shoes instead of my face, so the whole premiere is going out as a gorgeous close-up of my ankles. So it's a wrap: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that camera pointing at the right end of me. Pop it in my calendar like a film on release - edited, premiered, showing on screens everywhere - not a script gathering dust in a slush pile! And send them an invite, gold-edged, naturally! No need to run it past me again, it's final cut and the credits have rolled! Mwah!",
        false,
    ),
    t(
        "h111-book-trolley-round",
        "book",
        "Supermarket car park. Herding a snake of trolleys across the tarmac in sideways rain, hi-vis flapping, hood full of water. Bliss. The new coin locks have started keeping the coin and the trolley, so the bays are chained solid and the car park is littered with strays. So: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to unjam them. Final. Shove it into my calendar - nosed into the bay, chained up, clicked home - not left drifting loose across the car park - and send them the invite. Don't ask me again. Back to the herd.",
        false,
    ),
    t(
        "h111-reschedule-loft-hatch",
        "reschedule",
        "Um, hi... I'm, er, dictating this from up in the loft - I climbed up to fetch the, um, suitcases and the folding ladder has somehow, er, sprung itself back up and slammed the hatch shut underneath me, so I'm perched on a joist among boxes of old toys with a torch, and, um, there's nobody home to let me down. So, er, there's no way I'm making {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, move it to {to_h10}? Keep it the very same meeting, just, er, lowered onto another rung further down my calendar - not a new meeting, um, dragged out of a dusty box - and let them know the new time so they're not, er, hanging on for me while I'm stuck up here. Right... I'm going to, um, try banging on the hatch. Thanks.",
        false,
    ),
    t(
        "h111-reschedule-frozen-waterfall",
        "reschedule",
        "Frozen waterfall. Mid-pitch, axes sunk, crampons scraping, rope stiff as wire. Ice above gone rotten - parked on this screw till it firms up. Can't come down. So {day_of_move_h10} {clock_h10} with {person_h10} - out of reach. Move it to {to_h10}. Same meeting, just belayed further up my calendar - not a fresh route screwed in beside it. Tell them the new time so they're not craning up at a bare curtain of ice. Fingers numb. Holding on.",
        false,
    ),
    t(
        "h111-cancel-campaign-office",
        "cancel",
        "Hello. I write from what used to be my campaign office for the council seat: a borrowed shopfront with rosettes pinned across the walls, a trestle table buried in clipboards and a tower of leaflets bearing my own face. I have withdrawn from the race, and so {day_of_h10} {clock_h10} with {person_h10}, at which we were to map out the canvassing routes, no longer serves any purpose. Please cancel it and strike it from my calendar altogether - the posters peeled off the lampposts and the rosettes boxed away, not merely a lull in campaigning, not a campaign put on ice to be revived - and inform them that it is off, so that they are spared a walk to a shopfront with its shutters down. With thanks, and my apologies for the wasted shoe leather.",
        false,
    ),
    t(
        "h111-habit-tour-drummer",
        "habit",
        "Hey from the back lounge of the tour bus! I'm the drummer in a touring band, so my life's all sticks, earplugs and a practice pad balanced on my knee while the motorway rolls by - wouldn't change it for the world! Thing is, hunching over the kit gig after gig has left my spine with more kinks than a tangled guitar lead. So, new resolution: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, strictly solo - nobody else in the line-up for this. Could you put it in my calendar on loop, like a drum pattern on repeat - bar after bar, never fading out, no big crash at the end - so I'm never asking you again? Cheers, and rock on!",
        false,
    ),
    t(
        "h112-find-tango-studio",
        "find",
        "Hola, I am a tango teacher, and I write you from the edge of the dance floor in my little studio, with my dancing shoes in my hand and the old record player scratching out a sad bandoneon, so please forgive my English, it takes the small steps of a beginner who looks at his feet. The new sound system plays every tango too fast, like somebody is chasing the music, so even the most elegant embrace turns into a race around the room. I want to sit with {people_h10} and speak about it, and I think {duration_h10} is enough for this. Please, can you look across my calendar {when_h10}{time_h10} the way I look across the floor when the music is about to start, and show me where it is empty - nobody dancing there, nothing already standing on it, and space enough for our talk? It is only the mirada, the look across the room, not yet the cabeceo that asks for the dance: please do not put anything into my calendar, and send nothing to them - no invitation, no message, not even a nod from the corner. I go to them myself when the record stops turning. Abrazos from the studio.",
        false,
    ),
    t(
        "h112-find-gig-photo-pit",
        "find",
        "in the photo pit at a gig, wedged btwn the crash barrier n the stage w/ a camera round my neck, earplugs in, sweat drippin off the lighting rig. new venue wifi keeps chewin up my uploads so evry shot lands in the gallery as a grey square n it looks like i spent the whole gig photographin a smoke machine. gotta talk it thru w/ {people_h10}, {duration_terse_h10} shd do it. zoom in on my cal {when_h10}{time_h10} like framin up a shot n tell me where the frame's empty - nothin lit up in it, nothin already on stage, wide enough for us. just squintin thru the lens!! finger off the button, nothin goes on the cal, no invites, not even a wave over the barrier to em from u. ill grab em by the merch stand myself wen the house lights come up",
        false,
    ),
    t(
        "h112-find-goalkeeper",
        "find",
        "Amateur goalkeeper. Standing between the posts in sideways rain, gloves soaked through, the ball a distant rumour at the far side of the pitch. Riveting. The club's new goal-line camera has taken to awarding a goal whenever a crisp packet blows over the line, so I now concede more litter than shots. I'd like to take the matter up with {people_h10}; {duration_h10} should see it through. So scan my calendar {when_h10}{time_h10} the way I scan an empty penalty area and report the stretches where nothing is coming at me - no entries, no traffic, and open wide enough for us. Watching brief only. Nothing goes in the net: put nothing into my calendar and send them nothing - no invitation, no message, not so much as a hoofed clearance in their direction. I'll find them myself in the clubhouse when the whistle goes. Still raining. Still nothing coming.",
        false,
    ),
    t(
        "h112-book-torch-relay",
        "book",
        "Running - sorry - I'm carrying the torch on the relay, flame held up over my head, jogging down the high street between the crash barriers with a motorbike purring along beside me and my lungs on fire - hang on - okay! The new gas canister in the torch keeps sputtering out on every corner, so the flame dies and I'm left waving a very shiny stick at the bunting! So it's settled: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that torch burning properly! Put it in my calendar - flame passed on, cauldron lit, blazing away for all to see - not a spare wick sitting unlit in the support van! And send them an invite! No need to check with me - the flame's been handed over and it never runs backwards! Nearly at the handover point - puff - go!",
        false,
    ),
    t(
        "h112-book-sentry-box",
        "book",
        "I write from a sentry box outside the palace gates, standing to attention in a scarlet tunic and a bearskin that admits neither breeze nor sound, and composing this with the utmost discretion, since a guardsman is not supposed to move a muscle. The newly fitted electronic gate has begun to swing open of its own accord at the approach of any passing leaf, yet declines entirely to open for the official car, which has lent the ceremony a certain loss of dignity. {people_and_i_h10} and I are to inspect its mechanism together {when_h10}{time_h10}, and {duration_h10} is to be set aside for it. Kindly enter it in my calendar as a standing order of the regiment - posted on the board, stamped and sealed, the drill rehearsed down to the heel-click - and not a rumour whispered along the barrack corridor awaiting confirmation; and send them an invitation bearing the proper insignia. There is no need to refer it back to me: the order has been given and the column has stepped off. I remain, motionless, at my post.",
        false,
    ),
    t(
        "h112-book-cheerleading",
        "book",
        "Heyyy from the sideline! I coach cheerleading, so I'm standing at the edge of the court in a sparkly hoodie with a glittery bow in my hair and a bin bag full of pom-poms at my feet - honestly, I'm living the dream! The only fumble: the new speaker rig keeps cutting the music right at the top of each pyramid, so the whole routine ends up wobbling in total silence like a stack of nervous deckchairs! So it's choreographed and it's happening: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that speaker rig sorted. Could you pop it in my calendar like a stunt that's hit - pyramid locked solid, arms thrown high, not a wobble - and not some shaky move we're still spotting over the crash mat? And send them an invite with a high kick and a shake of the pom-poms! No need to check back with me - the routine's been called and we're already airborne! Go, fight, win!",
        false,
    ),
    t(
        "h112-reschedule-wheel-clamp",
        "reschedule",
        "Um, hi... I'm, er, dictating this from a side street where I've come back to find my car with a big yellow clamp on its front wheel and a, um, sticker slapped across the windscreen, so I'm stood on the kerb waiting for the release van, and there's no telling when it'll turn up, and I can't walk off or it'll, er, get towed as well - and with the fine and the paperwork to sort out, my whole calendar's gone sideways. So, um, there's no way I'm making {day_of_move_h10} {clock_h10} with {person_h10}. Could you, er, move it to {to_h10}? The very same meeting, just, um, unclamped and driven further along my calendar - not a new meeting, er, squeezed into a fresh parking bay - and let them know the new time, so they're not, um, left watching the door for me. Right... I think that's the van. Er, thanks.",
        false,
    ),
    t(
        "h112-reschedule-apron-marshaller",
        "reschedule",
        "Apron. Hi-vis, ear muffs, a lit wand in each fist, jet nosed up to the stand. Lightning overhead - ramp frozen till the storm passes. Can't leave the stand. So {day_of_move_h10} {clock_h10} with {person_h10} - grounded. Move it to {to_h10}. Same meeting, just towed to another stand further along my calendar - not a fresh flight plan filed. Tell them the new time so they're not stood at the gate for a door that won't open. Wands crossed. Engines off.",
        false,
    ),
    t(
        "h112-cancel-pirate-radio",
        "cancel",
        "Well hello there, this is your friendly voice from the pirate radio ship, coming to you with a farewell broadcast from a rusting trawler anchored off the coast, with the records stacked in crates, the mast creaking in the swell and the studio lamp flickering. The transmitter has been seized and the station silenced for good, so {day_of_h10} {clock_h10} with {person_h10}, where we were going to plan the new jingles, would be broadcasting to nobody. Could you cancel it and take it off my calendar altogether, please - off the air, needle lifted, the frequency left hissing static, not a commercial break, not a jingle before we're back on air - and let them know it's off, so they don't row out with a box of records to find the ship gone dark? That's the signal fading, my lovelies - nothing but static from here on.",
        false,
    ),
    t(
        "h112-task-stage-door",
        "task",
        "Darling, hello from the stage door! I keep the stage door at a grand old theatre, so I'm tucked in my glass cubby with the signing-in book, a board of keys on hooks, a bucket of bouquets waiting to be collected and the tannoy crackling away overhead - wouldn't swap it for a leading role! The curtain's up, the corridors have gone quiet, so I can finally turn to my own paperwork: I need to {task_h10} {due_h10}. It's a solo turn - no understudy, nobody else on the bill - so don't go turning it into a meeting or sending out invites, there's a love. Just pop it on my to-do list as a task and jot {duration_h10} beside it as my guess at how long it'll take, like the running time printed on the front of the programme. Break a leg, and ta!",
        false,
    ),
    t(
        "h113-find-queue-sitter",
        "find",
        "Professional queue-sitter. Camped on a folding stool outside a shop whose shutters are still down, zipped into a sleeping bag, with a flask, a groundsheet and a cardboard sign reading 'place held'. Peak career. The agency's new app keeps dispatching me to queues that have already shuffled inside and dispersed, so I spend my stints guarding bare pavement. I'd like to raise it with {people_h10}, and {duration_h10} ought to do it. So pace along my calendar {when_h10}{time_h10} the way I pace a pavement sizing up a queue, and point me to the stretches that are empty - no stool already planted, nothing holding the spot, and long enough for us. Holding a place, not buying the ticket: put nothing into my calendar and send them nothing - no invitation, no message, not so much as a wave down the line. I'll collar them myself when the shutters go up. Still sitting. Still cold.",
        false,
    ),
    t(
        "h113-find-canoe-slalom",
        "find",
        "Hallo from the river! I am gate judge at a canoe slalom, and I write you from my little stand on the bank, with spray on my glasses and the striped poles of the gates swinging over the white water, so please excuse my English, sometimes it paddles upstream when it should go down. The new timing beam at the finish is very confused: when a boat goes through, it sleeps, and when a leaf drops on the water, it stops the timer like for a champion. I must discuss this with {people_h10}, and for this I think we need {duration_h10}. Please, can you go down my calendar {when_h10}{time_h10} like a boat runs down the course, and show me which gates are clear - no pole touched, nothing already waiting in the water, and wide enough for our talk? It is only the walk along the bank to study the course, not the run itself: please do not put the boat in the water - nothing goes into my calendar - and send nothing to them, no invitation, no message. I go to them myself when the boats are lifted out of the river. Greetings from the bank, and keep your head above the water.",
        false,
    ),
    t(
        "h113-find-load-out",
        "find",
        "load-out after a gig, rollin flight cases up a ramp into the truck in the drizzle w/ a coil of cable round my neck n gaffer tape stuck to evrythin incl me. new barcode tags on the cases keep scannin as the wrong tour so the kit list reckons the amps r on a diff continent. gotta thrash it out w/ {people_h10}, {duration_terse_h10} ish. size up my cal {when_h10}{time_h10} like eyeballin the back of the truck n tell me where there's floor space - nothin stacked there already, nothin strapped down, room enough for us. just measurin!! dont load a thing, nothin goes on the cal, dont send em a peep, no invite, nada. ill catch em myself wen the tail lift's up n the doors r latched",
        false,
    ),
    t(
        "h113-book-jewel-house",
        "book",
        "I write from the jewel house of an ancient fortress, where I stand duty in a ceremonial tunic beside the display cases, the crowns glinting beneath their lamps behind glass thick enough to stop a cannonball; I shall be brief, since conversation within the vault is discouraged. The newly fitted sensors in the cases sound the full alarm whenever a moth settles upon the glass, yet remain serenely silent when a cabinet is unlocked with its key. {people_and_i_h10} and I have determined to examine the sensors together {when_h10}{time_h10}, and {duration_h10} must be allotted to it. Pray enter it in my calendar as a piece of the regalia - catalogued, locked beneath glass and counted at the ceremony of the keys - and not a paste replica awaiting appraisal; and send them an invitation bearing the crest. You need not refer the matter back to me: the keys have been turned and the gates are shut upon it. I remain your servant, on guard.",
        false,
    ),
    t(
        "h113-book-marching-band",
        "book",
        "Sorry - puffing - I'm marching down the main road with a tuba wrapped round me like a brass python, music clipped to a lyre that keeps flapping in my face, trying to keep in step - hang on - hup - okay! The new electronic metronome clipped to my bell keeps ticking to its own tune instead of the big drum, so I keep lurching out of step like a wind-up toy with a bent key! So it's settled: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that metronome marching to the right beat! Put it in my calendar - in the programme, in step, blaring out down the middle of the road - not a tune I'm humming into the mouthpiece! And send them an invite! No need to check with me - the mace has gone up and there's no halting the column now! Rounding the corner - big breath - blow!",
        false,
    ),
    t(
        "h113-book-samba-school",
        "book",
        "Hiya from the samba school! I'm in the rehearsal hall with a whistle on a cord round my neck, feathered headdresses hanging off every hook and a surdo booming so loud my teeth are doing the shimmy - absolute heaven! The only off-beat: the new wireless mics on the parade float keep picking up taxi radios from the street, so every rehearsal comes out as a samba with traffic reports over the top! So it's rehearsed and ready to roll: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get those mics tuned to our beat. Could you pop it in my calendar like a float rolling out onto the avenue - feathers on, lights blazing, drums thundering - and not a sketch pinned to the wall of the hall? And send them an invite with a shimmy and a shake! No need to come back to me for a yes - the whistle's blown and the drums have kicked in!",
        false,
    ),
    t(
        "h113-reschedule-pole-vault",
        "reschedule",
        "Pole vault. Top of the runway, spikes on, palms chalked, pole upright. Crosswind gusting - event halted till it drops. Can't leave the runway. So {day_of_move_h10} {clock_h10} with {person_h10} - can't get there. Move it to {to_h10}. Same meeting, just carried down the runway further along my calendar - not a fresh pole pulled from the bag. Tell them the new time so they're not staring up at a bare crossbar. Chalking up. Waiting.",
        false,
    ),
    t(
        "h113-reschedule-diverted-flight",
        "reschedule",
        "Um, hi... I'm, er, dictating this from a plastic seat at the wrong airport - my flight home got, um, diverted round a storm to somewhere I'd never even heard of, and now I'm sat under a departure board that just says 'delayed' next to, er, everything, clutching a paper voucher and a little bag with a toothbrush in it, and there's, um, no telling when there'll be a seat home for me. So, er, there's no way I'm making {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, move it to {to_h10}? The very same meeting, just, er, rerouted and touching down further along my calendar - not a new meeting, um, with a fresh boarding pass - and let them know the new time, so they're not, er, left staring at the arrivals doors waiting for me. Right... there's, um, an announcement coming on. Er, thanks.",
        false,
    ),
    t(
        "h113-cancel-model-yacht-pond",
        "cancel",
        "Greetings from the model yacht pond in the park, where I am seated on the club bench with a radio transmitter in my lap, my little sloop bobbing at the water's edge and a long hooked pole at my side for rescuing the becalmed. I regret to report that the pond is to be drained and turfed over, and our club, with no water left to sail upon, has been dissolved; so {day_of_h10} {clock_h10} with {person_h10}, at which we were to settle the racing fixtures, has no water left beneath its keel. I should be grateful if you would cancel it and remove it from my calendar entirely - sails furled, hull lifted out and laid up in its box, not merely becalmed awaiting a breeze, not tacked across to another mooring - and let them know it is off, so that they do not arrive with a boat under their arm to find nothing but mud and a stranded shopping trolley. With kind regards from the bank.",
        false,
    ),
    t(
        "h113-habit-streamer-desk",
        "habit",
        "hiii from my streaming setup!! im sat in a gaming chair thats basically a spaceship cockpit, ring light blazing, keyboard doing its rainbow thing and a wall of foam panels behind me lol - literally my dream job. only bug: hunching over the mic stream after stream has curled my back into a question mark fr. so new quest unlocked: im going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, solo - no co-op, nobody else in the party. can u put it in my calendar as a quest that keeps respawning on its schedule - popping back up forever, never despawning, no end screen - so i never have to ask u again? gg and thx!!",
        false,
    ),
    t(
        "h114-find-solo-ocean-race",
        "find",
        "solo ocean race, typin this hunched at the chart table below deck, boat heeled right over, oilskins drippin, kettle swingin on its gimbal n the waves thumpin the hull like a bass drum. new autopilot's gone rogue - keeps steerin us bang into the big swells insted of slidin over em so im basically livin in a tumble dryer. need to hammer it out w/ {people_h10}, {duration_terse_h10} oughta see us thru. plot a course thru my cal {when_h10}{time_h10} like pencillin a route on the chart n mark where the water's clear - no rocks, nothin already anchored there, sea room enough for us. chartwork only!! dont cast off, nothin goes on the cal, no invites, not even a flare sent up to em frm u. ill raise em myself on the radio wen the wind eases. uplink charges by the letter so thats ur lot",
        false,
    ),
    t(
        "h114-find-fountain-show",
        "find",
        "Hello, I am operator of the musical fountain on the lake in our city park, and I write you from my little control cabin on the shore, with the big panel of switches blinking in front of me and the spray blowing against the window, and my English, I warn you, comes out in little jets and sometimes in the wrong direction. The new controller is completely confused: when the music is soft, the water shoots up high like a rocket, and when the music is loud and grand, the fountains only dribble like an old garden tap. About this I must speak with {people_h10}; for our talk, {duration_h10} is sufficient, I believe. Please, can you let your eyes run over my calendar {when_h10}{time_h10}, like I watch the surface of the lake before the show begins, and show me where the water lies calm - no jet already standing there, nothing splashing in it, and room enough for our talk? This is only the rehearsal with the pumps switched off, not the show: please write nothing into my calendar and send them nothing at all - no invitation, no message, not a drop of spray. I go and find them by myself when the lights over the lake go dark. Wet greetings from the cabin, and calm water to you.",
        false,
    ),
    t(
        "h114-find-crows-nest",
        "find",
        "Crow's nest. Clamped to the top of a tall ship's mast like a koala to a gum tree, the deck shrunk to a postage stamp below and the horizon doing exactly what horizons do: nothing. Gripping stuff. The new electronic spyglass reports gulls as icebergs and icebergs as gulls, which rather undermines the point of a lookout. I'd like a word about it with {people_h10}; {duration_h10} should suffice. So sweep my calendar {when_h10}{time_h10} the way I sweep the horizon and sing out wherever the water is clear - no sail, no fin, nothing already out there, and open sea enough for us. Spotting only, no change of course: my calendar stays untouched and nothing is signalled to them - no invitation, no message, not a pennant run up the halyard. I'll hail them myself when I'm back down the ratlines. Horizon: still empty. Gulls: still smug.",
        false,
    ),
    t(
        "h114-book-triathlon-transition",
        "book",
        "Panting - sorry - I'm in the transition zone of a triathlon, dripping lake water, wrestling my way out of a wetsuit with my bike helmet clamped in my teeth - wait - got it! The new timing chip on my ankle strap keeps logging me as still out in the lake, so according to the live results I've sunk without trace and I'm cycling as a ghost! So it's decided: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that chip telling the truth! Get it into my calendar - unracked, clipped in and pedalling off down the road in full view - not a bike still dangling in the rack by its saddle! And send them an invite! Don't wait for a thumbs-up from me - I'm over the mount line and there's no turning back into transition! Helmet on - click - gone!",
        false,
    ),
    t(
        "h114-book-diving-bell",
        "book",
        "This comes to you from inside a diving bell, lowered beneath the surface of the harbour, seated on the bench that runs round its brass rim, with my boots in the water lapping at the open base and a lamp burning against the green gloom; I shall be concise, as the air is rationed. The newly fitted air pump on the barge above has taken to wheezing out a gale whenever the bell is at rest, and to falling quite still the instant it descends, which lends the descent an unwelcome suspense. {people_and_i_h10} and I have agreed to examine the pump together {when_h10}{time_h10}, and {duration_h10} is to be reserved for it. I would ask that it be recorded in my calendar as a dive completed and logged - bell lowered, seabed reached, soundings filed - and not a proposal still drifting on the tide; and send them an invitation, properly sealed. My further assent is not required: the winch has paid out its cable and the bell already rests on the seabed. Yours, from the deep.",
        false,
    ),
    t(
        "h114-book-zumba-studio",
        "book",
        "Oh hi, from the dance studio! I teach zumba, so I'm bouncing about in front of a wall of mirrors in neon leggings and a sweatband, with a headset mic on and a playlist thumping so hard the floorboards are doing the cha-cha - honestly, I was born for this! The only missed step: the new app-controlled party lights keep plunging the whole studio into pitch dark right in the middle of a hip shake, so my routines end with a lot of wiggling into the furniture! So it's warmed up and ready to go: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get those lights dancing to our tune. Could you slot it into my calendar like a move that's been nailed - hips on the beat, arms up, big finish - and not a step I'm still fumbling through in rehearsal? And send them an invite with a hip-swing and a sparkle! No checking back with me - the beat's dropped and we're off!",
        false,
    ),
    t(
        "h114-reschedule-revolving-door",
        "reschedule",
        "Um, hi... I'm, er, dictating this from inside the revolving door of our office lobby, which has, um, jammed mid-turn, so I'm boxed into my little glass slice of it with my laptop bag and my umbrella, er, dripping on my shoes, and the repair van's apparently stuck somewhere in traffic, so there's, um, no telling when I'll be spun loose. So, er, I'm not going to get to {day_of_move_h10} {clock_h10} with {person_h10}. Would you, um, move it to {to_h10} for me? Keep it the same meeting, er, just nudged on round the door to a spot further along my calendar - not a, um, brand-new meeting stepping in off the street - and, um, give them the new time, so they're not, er, pacing the lobby wondering where I've got to. Right... I think something just, um, clicked. Er, cheers.",
        false,
    ),
    t(
        "h114-reschedule-armoured-van",
        "reschedule",
        "Cash van. Helmet on, visor down, strongbox cuffed to my wrist. Depot alarm tripped - gates shut, nothing in or out till it's cleared. Can't leave the cab. So {day_of_move_h10} {clock_h10} with {person_h10} - out of reach. Shift it to {to_h10}. Keep it the same meeting, locked up and carried further along my calendar; no new consignment signed out of the vault. Give them the new time so they're not waiting at the kerb for a van that never pulls up. Doors bolted. Sitting tight.",
        false,
    ),
    t(
        "h114-cancel-waterbed-showroom",
        "cancel",
        "Greetings. I write from the floor of the waterbed showroom I manage, seated on the edge of a display bed that sloshes at the slightest movement, beneath a banner announcing the closing-down sale, with the heaters humming and a faint scent of warm vinyl in the air. The lease has not been renewed and the showroom is to close its doors for good, so {day_of_h10} {clock_h10} with {person_h10}, at which we were to choose the new range of frames, has nothing left to furnish. Kindly cancel it and delete it from my calendar altogether - drained, folded flat and carted off to the skip, not merely topped up and left to settle, nor wheeled into another corner of the showroom - and let them know it will not take place, sparing them a journey to find the doors chained and a damp patch on the carpet. Yours, with a farewell slosh.",
        false,
    ),
    t(
        "h114-habit-silent-retreat",
        "habit",
        "psst - writing this very quietly from a silent retreat, curled on a meditation cushion in a bare whitewashed room with a singing bowl at my knee and my phone on mute, technically bending my vow of silence by typing - shh! Honestly, it's bliss. Only trouble: all this sitting cross-legged has folded my spine up like a paperclip. So I've made a quiet vow of my own: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, on my own - no companions, nobody else joining in. Could you set it in my calendar to come round again and again, like a chant that circles back to its beginning and never reaches an end, so I never have to break my silence to ask you again? Namaste, and shh.",
        false,
    ),
    t(
        "h115-find-graffiti-jetwash",
        "find",
        "jet-washin tags off a railway bridge, soaked to the pants w/ a lance gripped in my fists, goggles fogged n drizzle blowin back in my face. new hot-wash rig keeps flippin itself to cold wenever i aim at a fresh tag so the paint just sits there smirkin n i end up rinsin pigeons. need to hav it out w/ {people_h10}, {duration_terse_h10} ought to b plenty. blast a strip down my cal {when_h10}{time_h10} like takin a wall back to bare brick n show me the clean bits - no tags, nothin sprayed on em already, big enough to fit us. test patch only!! dont spray a drop, nothin goes on the cal, no invites, not even a txt to em frm u. ill corner em myself wen the pump's off n the hose is coiled",
        false,
    ),
    t(
        "h115-find-fencing-piste",
        "find",
        "Bonjour from the fencing hall. I am referee, I stand beside the piste with my little remote in the hand and the scoring machine humming on its table, and I write you between the bouts, so please forgive my English, sometimes it attacks before it has prepared. The new wireless scoring system is completely crazy: when a blade touches nothing but the air, the lamp goes on for a hit, and when the point lands clean on the jacket, the lamp stays dark like a sleeping cat. I must speak about this with {people_h10}, and I count {duration_h10} for it. Please, can you look down my calendar {when_h10}{time_h10} like I look down the piste before I call 'en garde', and show me where the strip is free - no lamp burning, nothing already standing on it, and long enough for our talk? This is only the salute before the bout, not the attack: please do not put anything into my calendar, and send nothing to them - no invitation, no message, not even a tip of the mask. I go to them by myself when the hall is swept and the blades are in the bag. Salut from the piste, and good point control to you.",
        false,
    ),
    t(
        "h115-find-twitcher-hedge",
        "find",
        "Twitching. Crouched in a dripping hedgerow with a telescope on a tripod and a sodden notebook, awaiting a rare warbler that has allegedly been seen here and has since shown no interest in being seen again. Riveting. The new birdsong app on my phone identifies the rain as a skylark and my own sneezes as a bittern, which is more than the warbler has managed. I'd like to go over it with {people_h10}; {duration_h10} should be ample. So run the scope along my calendar {when_h10}{time_h10}, branch by branch, and log the stretches where nothing stirs - no entry perched there, nothing already nesting, and cover long enough for us. Field notes only, no ringing: put nothing into my calendar and send them nothing - no invitation, no message, not even a whistle through the hedge. I'll flush them out myself when the tripod is folded. Still no warbler. Still raining.",
        false,
    ),
    t(
        "h115-book-rare-books-room",
        "book",
        "I write from the rare books reading room, where pencils alone are permitted, the volumes rest on foam cradles with weighted snakes across their pages, and a hush prevails that I would not dream of breaking aloud; hence this note. The newly installed climate controller has taken to breathing damp into the room precisely when the vellum wants dry air, and to parching it like a desert when the leather wants moisture, so that the bindings have begun to curl like dry leaves. {people_and_i_h10} and I have settled upon examining the controller together {when_h10}{time_h10}, and {duration_h10} should be reserved for it. Kindly enter it in my calendar as an accessioned volume - catalogued, given its shelfmark and placed upon the shelf - rather than a request slip still waiting to be fetched up from the stacks; and send them an invitation on the library's letterhead. There is no call to seek my further approval: the entry is inked in the register and the ink has dried. With quiet regards from the reading room.",
        false,
    ),
    t(
        "h115-book-kitesurf-launch",
        "book",
        "Yelling into my helmet mic - I'm on the beach with the kite up and hauling me towards the surf like a dog that's spotted a squirrel, harness hooked in, board jammed under my arm, sand in my teeth - whoa - steady - okay! The new smart bar on my lines keeps popping the safety release at random, so the kite folds up and flops into the sea like a wet bedsheet right as I'm up and flying across the bay! So it's agreed: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that bar to hang on! Get it into my calendar - launched, powered up and skimming out across the water where the whole beach can see it - not a kite still rolled up in its bag on the sand! And send them an invite! Don't wait for a yes from me - my feet have left the sand and there's no stuffing a kite back in its bag mid-gust! Here comes a monster gust - hold tight - wheee!",
        false,
    ),
    t(
        "h115-book-figure-skating",
        "book",
        "Oh hi, from the rink! I'm a figure skater, so I'm leaning on the barrier in a sequinned dress and a fluffy jacket, skate guards poking out of my pocket and the ice glittering under the lights like a giant frosted mirror - honestly, where else would I be? Just a teeny wobble: the new music system keeps skipping to a random track just as I go up for a jump, so my dreamy ballet routine ends up landing to a polka! So it's on the ice and spinning: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that music landing on cue. Could you pop it into my calendar like a jump that's been landed clean - blade down, arms out, scores flashing up on the board - and not a shaky practice jump I'm still tumbling out of? And send them an invite with a twirl and a sprinkle of sequins! You don't need to come back to me for a yes - the music's started and I'm already gliding!",
        false,
    ),
    t(
        "h115-reschedule-sprained-ankle",
        "reschedule",
        "Er, is this thing recording? Right. Um, I'm dictating this from a cubicle in A&E, propped up on a trolley with my ankle, er, balanced on a pillow and swelling up like a party balloon, because I, um, went over on it stepping off a kerb, and I'm stuck waiting for an X-ray with a paper blanket over my knees, and, er, goodness knows when I'll be hobbling out of here. So, um, I won't be limping along to {day_of_move_h10} {clock_h10} with {person_h10}. Could you, er, move it to {to_h10}? Keep it the same meeting, just, um, strapped up and carried on crutches further along my calendar - not a new meeting, er, booked in from scratch - and let them know the new time, so they're not, um, left waiting about for me. Oh - er - the curtain's moving, I think that's the X-ray. Thanks.",
        false,
    ),
    t(
        "h115-reschedule-hazmat-decon",
        "reschedule",
        "Hazmat. Sealed suit, respirator wheezing, boots in a tray of disinfectant. Drum split in the chemical store - wing sealed till the air tests clean. Stuck inside the tape. So {day_of_move_h10} {clock_h10} with {person_h10} - unreachable. Move it to {to_h10}. Keep it the very same meeting - bagged, tagged and wheeled further along my calendar; nothing new drawn up. Send them the new time so they're not hovering by a taped-off door. Visor fogging. Waiting on the all-clear.",
        false,
    ),
    t(
        "h115-cancel-model-rocket-field",
        "cancel",
        "Oh hello! It's me, writing from the launch field of our model rocket club, perched on a camping stool beside the launch rail with a box of igniters, a dog-eared checklist and a rocket whose nose cone I painted myself in go-faster stripes - my happy place! Sadly the field's been sold off for a retail park, and with nowhere left to launch from, the club's voted to wind itself up, so {day_of_h10} {clock_h10} with {person_h10}, where we were going to plan our launch programme, has nothing left to fly. Could you cancel it and clear it out of my calendar completely, please - countdown scrubbed, rocket lifted off the rail and packed away in its box, not a hold in the count waiting for the wind to drop, not wheeled across to a different launch window - and let them know it's off, so they don't turn up with a rocket tucked under their arm to find a digger parked on the pad? Bit of a damp squib, but thank you ever so!",
        false,
    ),
    t(
        "h115-task-middle-seat",
        "task",
        "Middle seat, long-haul. Elbows pinned, the armrests long since surrendered, knees pressed into the tray table, and the moving map showing a tiny plane inching across a vast blue nothing. Glamorous. I've watched every film worth watching and several that weren't, so I might as well face my own admin: I need to {task_h10} {due_h10}. A solo job - nobody to sit down with, nothing to book, no invitations. Just put it on my to-do list as a task, with {duration_h10} noted beside it as my estimate of how long it'll take - roughly the length of the nap I won't be getting. Back to the moving map. Still over the ocean.",
        false,
    ),
    t(
        "h116-find-gutter-clearing",
        "find",
        "up a ladder clearin gutters, arm hooked round the downpipe, bucket danglin off a rung n a fistful of soggy leaves n moss. new gutter vac keeps blowin insted of suckin so all the muck i loosen gets slapped straight back in my face. gotta sort it out w/ {people_h10}, {duration_terse_h10} shud cover it. run a scoop along my cal {when_h10}{time_h10} n tell me which stretches r flowin clear - no clogs, nothin already lodged in em, long enuf to fit us. peek only!! dont shift a leaf, nothin goes on the cal, no invites, not even a rattle of the ladder at em frm u. ill nab em myself wen my boots r back on the grass",
        false,
    ),
    t(
        "h116-find-glider-winch",
        "find",
        "Hello, I am the winch driver at a gliding club, and I write you from the cab of our old winch truck at the far edge of the airfield, with the long cable lying out over the grass and the windsock dancing on its pole, so please excuse my English, sometimes it leaves the ground before it has enough speed. The new brake on the cable drum has its own ideas: when I want the cable to run soft, it grabs and jerks like a frightened horse, and when I want it to hold, it lets go and the cable falls down in the grass like a dropped shoelace. About this I must speak with {people_h10}, and for this we need {duration_h10}, I think. Please, can you look along my calendar {when_h10}{time_h10} like I look along the cable before a launch, and tell me where it runs clear - no knot in it, nothing already hooked on, and long enough for our talk? This is only the check of the line, not the launch: please do not write anything into my calendar, and send nothing to them - no invitation, no message, not even a blink of the headlamps. I go to them by myself when the gliders are pushed back into the hangar. Greetings from the winch, and good thermals to you.",
        false,
    ),
    t(
        "h116-find-traffic-count",
        "find",
        "Traffic count. Parked on a folding stool beside a roundabout in a hi-vis tabard, a clicker in each fist, watching cars circle like water round a plughole that never drains. Enthralling. The new automatic counter bolted to the lamp post logs lorries as bicycles and bicycles as buses, so on paper the town has been overrun by buses. I'd like to tot up the damage with {people_h10}; {duration_h10} ought to do it. So click through my calendar {when_h10}{time_h10} the way I click through the traffic, and note the gaps where nothing goes by - no entries passing, nothing already parked there, and a gap wide enough for us. Counting only, no diversions: leave my calendar exactly as it is and send them nothing - no invitation, no message, not so much as a toot of the horn. I'll flag them down myself when the cones are stacked. Another hatchback. Be still, my heart.",
        false,
    ),
    t(
        "h116-book-senate-house",
        "book",
        "I write from the senate house of the university, seated in the oak-panelled chamber beneath a painted ceiling of allegorical clouds, with the ceremonial mace reposing upon its crimson cushion and the great register of degrees lying open before me; the chamber observes a strict silence, and I shall therefore keep this short. The electronic voting consoles lately fitted to the benches have acquired a disconcerting independence of mind: they record abstentions as enthusiastic ayes and nays as polite abstentions, so that motions are carried which nobody supported. {people_and_i_h10} and I have determined to inspect the consoles together {when_h10}{time_h10}, and {duration_h10} is to be reserved for the purpose. I should be grateful if you would enter it in my calendar as a statute duly passed - debated, voted upon and sealed into the records of the chamber - and not a motion still lying on the table awaiting debate; and send them an invitation bearing the university crest. You need not refer the matter back to me: the question has been put and the mace restored to its cushion. With collegial regards from the chamber.",
        false,
    ),
    t(
        "h116-book-ski-cross-gate",
        "book",
        "Gasping - I'm crouched in the start gate of a ski-cross course, poles planted, goggles steaming up, the course plunging away below me in a jumble of kickers and banked turns and the gate rattling against my shins - ugh - it's wobbling - right! The new electronic start gate keeps flinging itself open while the beeps are still sounding, so I keep lurching out ahead of the signal and getting flagged for a false start! So that's my line picked: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that gate to wait its turn! Get it into my calendar - out of the gate, over the kickers and carving down the course for the whole mountain to see - not me still hunched in the start hut fiddling with my bindings! And send them an invite! No need to wait for my say-so - my ski tips are over the lip and gravity's made the call! Beep - beep - go!",
        false,
    ),
    t(
        "h116-book-jazz-club-singer",
        "book",
        "Well hello there, from the jazz club! I'm the singer here, so I'm perched on a stool by the baby grand in a velvet gown and elbow-length gloves, the spotlight warm as a bubble bath and a curl of stage fog wrapped round my ankles - honestly, heaven! Just the teensiest sour note: the new wireless mic keeps cutting out right as I swell into the big note, so my ballads all end with me mouthing away like a goldfish in sequins! So it's all arranged: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that mic singing along with me. Could you pop it into my calendar like a song on the set list - arranged, rehearsed and sung right through to the closing flourish - and not a lyric I'm still scribbling on a napkin? And send them an invite, with a wink and a swish of velvet! No need to come back to me for a yes - the spotlight's on and I'm already swaying!",
        false,
    ),
    t(
        "h116-reschedule-hotel-fire-alarm",
        "reschedule",
        "Okay, um... is it... right, it's recording. So, er, I'm stood in the car park of my hotel in a dressing gown and, um, paper slippers, with a towel still wrapped round my hair, because the fire alarm went off and the sprinklers came on, and, er, the fire engines are still parked across the entrance with their lights going, and my room is apparently, um, ankle-deep in water, laptop and notes included. So, er, there's no way I'm ready for {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, move it to {to_h10}? Keep it the same meeting, er, just shepherded out through the fire exit to a spot further down my calendar - not a, um, brand-new meeting - and let them know the new time, so they're not, er, sat waiting for me while I'm out here dripping. Oh - um - the alarm's finally stopped. Er, thanks.",
        false,
    ),
    t(
        "h116-reschedule-oil-spill",
        "reschedule",
        "Oil spill. Beach. Waders, gauntlets, crude to the shins, booms strung across the bay. Slick still riding in on the tide. Can't down shovels till it's contained. So {day_of_move_h10} {clock_h10} with {person_h10} - not happening. Push it to {to_h10}. Same meeting, scooped up and carried further down my calendar - no new entry poured in. Tell them the new time so they're not waiting on a doorstep for boots that never arrive. Gloves tarred. Still shovelling.",
        false,
    ),
    t(
        "h116-cancel-sister-city",
        "cancel",
        "Allow me a brief communication from the committee room of the town hall, where I sit beneath the crossed flags of our town and its sister city across the sea, with the exchange-visit folder at my elbow and a box of commemorative lapel badges gathering dust upon the sideboard. Regrettably, the sister-city society has voted to dissolve itself, the bonds between the towns having frayed beyond repair, so {day_of_h10} {clock_h10} with {person_h10}, at which we were to arrange the exchange visit, no longer has any reason to be held. Kindly cancel it and strike it from my calendar entirely - the flags lowered, the charter folded and the badges boxed for the archive, not an adjournment pending a further sitting, nor a visit redirected to some other town - and inform them that it will not take place, so that they are not left standing on the town hall steps with a bouquet and a prepared speech. Yours, with the gavel laid to rest.",
        false,
    ),
    t(
        "h116-habit-check-in-desk",
        "habit",
        "Hiya from the check-in desk! I work at the airport, so I'm stood behind the counter in a neckerchief and a name badge, slapping tags on suitcases, the departures screen flickering overhead and the belt trundling bags off into the great unknown - honestly, I adore it! Only snag: heaving overstuffed suitcases onto the scales, bag after bag, has left my back as bent as a trolley with a wonky wheel. So I've made myself a promise: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, just me - no travel buddy, nobody else tagging along. Could you set it in my calendar as a shuttle that runs on its timetable forever - boarding, wheels up, touching down and turning straight round for the return leg, never parked up in the hangar - so I never need to ask you again? Bon voyage, and ta!",
        false,
    ),
    t(
        "h117-find-gum-scraping",
        "find",
        "on my knees on the high st scrapin gum off the paving w/ a scraper n a knee pad thats given up the ghost, pigeons linin up behind me like i owe em money. new freeze spray thats meant to crack the gum keeps frostin my boots to the slab insted so i end up welded to the pavement beside the blob im meant to be shiftin. gotta have words w/ {people_h10} bout it, {duration_terse_h10} shud do. scrape along my cal {when_h10}{time_h10} n point out the bare bits of pavement - nothin stuck to em, nothin trodden in already, wide enuf to fit us. lookin only!! dont lift a blob, nothin goes in the cal, no invites, not even a flick of the scraper at em frm u. ill grab em myself wen my knees unbend",
        false,
    ),
    t(
        "h117-find-via-ferrata",
        "find",
        "Hello, I am mountain guide, and I write you while I am clipped to the steel cable of a via ferrata, high on a wall of grey rock, with my carabiners on the cable and my boot on an iron rung, so please forgive my English, sometimes it reaches for a hold that is not there. The new weather app on my phone is completely lost: when the sky is blue like a postcard, it shouts thunder and lightning, and when the black clouds roll over the ridge, it shows me a happy yellow face in sunglasses. About this I must speak with {people_h10}, and I think {duration_h10} is enough for it. Please, can you move along my calendar {when_h10}{time_h10} like I move along the cable, clip and unclip, and show me where the rock is free - no rope already hanging there, nothing anchored in it, and a ledge long enough for our talk? This is only reading the route with the eyes, not climbing it: please do not put anything in my calendar, and send nothing to them - no invitation, no message, not even a yodel down the valley. I speak to them by myself when I stand on flat ground with my helmet off. Greetings from the wall, and good grip to you.",
        false,
    ),
    t(
        "h117-find-mystery-shopper",
        "find",
        "Mystery shopping. Loitering in the showroom of a furniture superstore, pretending to agonise over lampshades while a camera hidden in my lapel films the ceiling tiles in loving detail. Cloak-and-dagger stuff. The agency's new checklist app ticks every box before I've looked at anything and has just awarded top marks for courtesy to a cardboard cut-out. I'd like to compare notes on it with {people_h10}; {duration_h10} will do nicely. So browse my calendar {when_h10}{time_h10} with the same studied nonchalance and report back on the aisles that stand empty - nothing already on display there, nothing reserved, and floor space enough for us. Browsing only, no purchase: leave my calendar as it is and send them nothing - no invitation, no message, not a meaningful glance across the aisle. I'll approach them myself when my cover is safely blown. Still undercover. Still lampshades.",
        false,
    ),
    t(
        "h117-book-polo-enclosure",
        "book",
        "I write from the members' enclosure of a polo ground, seated beneath a striped awning with field glasses upon my knee, while the ponies thunder past the boards in a spray of turf; the interval between chukkas is brief, and I shall be correspondingly so. The newly installed sprinklers have developed a most unsporting independence: they rise from the turf and drench the field in the very thick of play, yet sulk below ground whenever the grass is gasping for water. {people_and_i_h10} and I have resolved to inspect the sprinkler controls together {when_h10}{time_h10}, and {duration_h10} is to be reserved for the purpose. Kindly enter it in my calendar as a goal duly scored - struck cleanly between the posts, the flag waved and the tally posted - rather than a ball still lying loose in the rough awaiting a mallet; and dispatch an invitation to them, as crisp as freshly pressed white breeches. There is no need to refer the matter to me again: the bell has rung and the ponies have been led off the field. With sporting regards from the enclosure.",
        false,
    ),
    t(
        "h117-book-mountain-bike",
        "book",
        "Gasping - I'm partway down a mountain-bike trail, mud up to my eyebrows, brakes squealing, the bike bucking over roots like a goat on a trampoline - whoa - tree - missed it! The new electronic gear shifter keeps clunking into its stiffest gear the instant the trail tips uphill, so I grind to a halt and topple sideways into the bracken like a felled signpost! So that's my line chosen: {duration_h10} with {people_h10} {when_h10}{time_h10} to talk that shifter out of its tantrums! Get it into my calendar - dropped in, committed and tearing down the trail in a rooster tail of mud - not me still dithering at the top of the drop with my brakes clamped! And send them an invite! No waiting for a nod from me - the front wheel's off the edge and there's no pedalling back up! Root - rock - puddle - yeehaw!",
        false,
    ),
    t(
        "h117-book-party-bus",
        "book",
        "Hiya from the party bus! I'm the host, so I'm swaying in the aisle in a glittery jumpsuit with a feather boa round my neck, a disco ball twirling over my head and the bass thumping so hard the windows hum along - honestly, who needs an office? The only bump in the road: the new smart blinds keep flying open at every red light, so the whole disco ends up on show to the traffic like a fishbowl on wheels! So it's on the route map: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get those blinds to behave. Could you pop it into my calendar like a stop on the itinerary - bell dinged, doors hissing open, music pumping right on cue - and not a detour I'm still squinting at on the satnav? And send them an invite with a honk of the horn and a fling of glitter! No need to check back with me - the engine's revving and we're pulling out!",
        false,
    ),
    t(
        "h117-reschedule-safari-park",
        "reschedule",
        "Um, hi... is it, er, recording? Right. So I'm, um, stuck in my car in the monkey enclosure of a safari park, and the baboons have, er, prised the wipers off and there's a big grumpy baboon, um, perched on the bonnet gnawing my aerial like it owes him money, and the exit gate's been, er, shut till the troop wanders off, and they're, um, in no hurry whatsoever. So, er, I won't be getting to {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, move it to {to_h10}? Keep it the same meeting, er, just coaxed out past the baboons to a spot further along my calendar - not a, um, new meeting made up from scratch - and let them know the new time, so they're not, er, hanging about waiting while my wing mirror goes, um, walkabout. Oh - er - something's just landed on the roof. Um, thanks.",
        false,
    ),
    t(
        "h117-reschedule-sinkhole",
        "reschedule",
        "Sinkhole. Opened up in the road outside my front door. Car nose-down in it, hazards blinking. Street cordoned, gas off. Can't leave the house till it's shored up. So {day_of_move_h10} {clock_h10} with {person_h10} - cut off. Move it to {to_h10}. Same meeting, winched out of the hole and set down further along my calendar - nothing new dug up. Tell them the new time so they're not standing on a kerb that isn't there any more. Ground creaking. Staying put.",
        false,
    ),
    t(
        "h117-cancel-beach-detecting",
        "cancel",
        "Oh, hello! It's me, down on the beach with my metal detector, headphones clamped on, a trowel tucked in my belt and a pouch full of ring-pulls and bottle tops that beeped like pirate treasure - bliss! Sadly the whole beach is being fenced off for a new marina, so there's no sand left to sweep, and {day_of_h10} {clock_h10} with {person_h10}, where we were going to plan our sweeps along the tideline, has nothing left to find. Would you cancel it and wipe it off my calendar for good, please - hole filled back in and the sand raked flat, not a spot I've flagged to come back and dig, not shuffled along to some other stretch of beach - and drop them a line to say it's off, so they aren't left trudging over the dunes with a detector on their shoulder only to meet a wall of hoarding and a cement mixer? Not a doubloon in sight, but many thanks!",
        false,
    ),
    t(
        "h117-task-hold-music",
        "task",
        "On hold. Phone clamped between ear and shoulder, the same tinny pan-pipe loop circling like a vulture, and a recorded voice assuring me at intervals that my call is important. Touching. I've been told I'm a valued caller so often I've begun to doubt it. Since I'm going nowhere, I might as well face my own admin: I need to {task_h10} {due_h10}. It's mine to do alone - no meeting, no invitations, nobody to loop in. Add it to my to-do list as a task, due as stated, and mark it as taking {duration_h10} by my reckoning - which, unlike this call, has an end in sight. The pan pipes have started again. Still a valued caller.",
        false,
    ),
    t(
        "h118-find-leaflet-round",
        "find",
        "leaflet round, soaked thru, satchel of gym flyers slung over my shoulder n every letterbox on the estate snappin shut like a mousetrap w/ a terrier on the other side tryin to eat the flyer n my fingers with it. new route app keeps sendin me round the same cul-de-sac over n over while whole streets get nothin. need to thrash it out w/ {people_h10}, {duration_terse_h10} shud cover it. do a round of my cal {when_h10}{time_h10} n tell me which doors r unlatched - nothin wedged in the flap already, no junk mail pilin up behind it, roomy enuf for the lot of us. peekin thru the letterbox only!! dont post a thing, nothin goes on the cal, no invites, not even a scrap of paper thru their door frm u. ill doorstep em myself wen the satchel's empty",
        false,
    ),
    t(
        "h118-find-ship-lift",
        "find",
        "Hello, I am operator of the ship lift on the canal - the big steel trough full of water that carries the boats up and down the hill like a bathtub riding in an elevator - and I write you from the control room high above it, with the gates and the counterweights blinking on my screens, so please excuse my English, sometimes it goes up when it should go down. The new level sensors are completely confused: when the trough is full to the brim, they tell me it is dry like an empty glass, and when the water is running away through a leaky gate, they tell me all is perfect and brimming. About this I must speak with {people_h10}, and for our talk I think {duration_h10} is enough. Please, can you look into my calendar {when_h10}{time_h10} like I look down into the trough before I let a boat inside, and tell me where the water lies free - no boat already floating there, nothing moored in it, and long enough for our talk? This is only the look over the railing, not the lift: please write nothing in my calendar and send nothing to them - no invitation, no message, not even a wave from the railing. I go to them by myself when the trough rests at the bottom and the gates are closed. Greetings from the lift, and I wish you boats that always float level.",
        false,
    ),
    t(
        "h118-find-stop-go-roadworks",
        "find",
        "Roadworks. Standing at the end of a lane closure in a hard hat, twirling a stop/go sign on a pole like a lollipop nobody asked for, while a queue of cars glares at the word STOP. Gripping. The new temporary traffic lights, brought in to replace me, show green in both directions together, which is exciting and explains why I am still holding this sign. I'd like to go through it with {people_h10}; {duration_h10} should be plenty. So squint down my calendar {when_h10}{time_h10} like a lane about to be reopened, and tell me where the road is clear - no cones, nothing already parked in the lane, and a stretch long enough for us. Stop, not go: leave my calendar untouched and send them nothing - no invitation, no message, not a flash of the headlights. I'll flag them down myself when the barriers are folded onto the lorry. Sign still says STOP. The cars remain unconvinced.",
        false,
    ),
    t(
        "h118-book-observatory-dome",
        "book",
        "A brief note from the dome of the observatory, where I am seated upon the observing chair beside the great brass refractor, with the shutter slit open to the heavens and a red lamp glowing upon the log book; the eye must not be dazzled, so the screen is kept dim and my words few. The newly fitted drive motor has taken to turning the dome in precisely the opposite direction to the telescope, so that the instrument gazes with great devotion upon the inside of a wall while the stars proceed across the slit without a witness. {people_and_i_h10} and I have agreed to examine the motor together {when_h10}{time_h10}, and {duration_h10} is to be set aside for it. Kindly enter it in my calendar as an observation duly made - the object acquired, brought to sharp focus and recorded in the log with its coordinates - and not a faint smudge at the edge of the field still awaiting confirmation; and send them an invitation, as clear as a steady sky. You need not refer the matter back to me: the plate has been exposed and developed. With regards from beneath the dome.",
        false,
    ),
    t(
        "h118-book-coasteering",
        "book",
        "Spluttering - I'm coasteering, clinging to a sea cliff in a wetsuit, helmet and buoyancy aid, the swell slopping round my ankles and barnacles grating my palms - whoa - wave - still here! The new waterproof radio clipped to my vest keeps announcing that the tide's going out just as a wall of water comes crashing in, so I keep getting slapped off the rock like a fly off a windscreen! So that's my jump picked: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that radio telling the tide the right way round! Get it into my calendar - leapt, plunged and bobbing up in the gully in a burst of foam - not me still teetering on the ledge peering at the swell! And send them an invite! Don't hold on for a yes from me - my feet have left the rock and the sea's rushing up to meet me! Deep breath - jump - splash!",
        false,
    ),
    t(
        "h118-book-mermaid-show",
        "book",
        "Blub blub, hello from the mermaid tank! I perform at the aquarium as a mermaid, so I'm perched on a fibreglass rock in a shimmering sequinned tail, plastic pearls tangled in my hair, rays gliding past the glass and a breathing regulator tucked behind a clump of fake seaweed - honestly, it's the dream! The only ripple: the new bubble curtain along the back wall keeps erupting into a jacuzzi right as I swish in for my big twirl, so I get fizzed up to the surface like a cork out of a bottle! So it's swimming along nicely: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that bubble curtain behaving. Could you pop it into my calendar like a pearl that's been found and threaded onto the necklace - clasped, gleaming and round my neck - and not a shell I'm still prising open on the sandy bottom? And send them an invite with a flick of my tail and a stream of bubbles! No need to run it past me again - I've gulped my air and I'm sinking gracefully out of sight!",
        false,
    ),
    t(
        "h118-reschedule-hailstorm-phone-box",
        "reschedule",
        "Um, hello... is it, er, taking this down? Good. So I'm, um, crammed into an old red phone box at the side of a country lane, sheltering from a hailstorm - the hailstones are, er, clattering off the roof like gravel tipped onto a tin shed, and my car's sat outside with, um, a windscreen cracked like crazy paving, and the lane's turned into a, er, slushy white river. So, er, I'm not going to make it to {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, move it to {to_h10}? It's the existing meeting I mean, er, just picked up and carried along to the new spot in my calendar - please don't, um, set up a fresh meeting beside it - and, er, let them know the new time, so they're not, um, sat waiting and wondering if I've been washed away. Oh - um - I think it's easing off. Er, ta very much.",
        false,
    ),
    t(
        "h118-reschedule-landslip",
        "reschedule",
        "Landslip. Hillside slid across the road out of the village. Car nose to a wall of mud and uprooted hedge. Digger on its way, eventually. Boxed in. So {day_of_move_h10} {clock_h10} with {person_h10} - buried. Move it to {to_h10}. Same meeting, dug out and rolled further along my calendar - don't make a fresh entry. Tell them the new time so they're not waiting at a junction I can't reach. Mud still creeping. Kettle on.",
        false,
    ),
    t(
        "h118-cancel-roller-derby",
        "cancel",
        "Hey hey, greetings from rinkside at roller derby! I'm in fishnets, knee pads and a helmet with a glittery star on it, sat on the bench lacing up my skates with the track taped out on the sports hall floor - my favourite place in the world! Sadly the sports hall roof's been condemned and there's nowhere else to skate, so the league's folded, and {day_of_h10} {clock_h10} with {person_h10}, where we were going to draw up our bout fixtures, has no track left to roll on. Could you cancel it and peel it right off my calendar, please - whistle blown, skates unlaced and slung over my shoulder, not a penalty I'll sit out and then skate back from, nor moved to some other rink - and give them a shout that it's not happening, so they don't roll up in their knee pads to find a padlock on the doors and a puddle where the track used to be? Skates hung up on the peg, but heaps of thanks!",
        false,
    ),
    t(
        "h118-habit-judges-chambers",
        "habit",
        "From my chambers, having just risen from the bench and still in my robes, with my wig upon its stand and a pile of briefs tied in pink tape awaiting my attention, I must trouble you with a personal matter. The law is a noble calling, but presiding from a high-backed chair and leaning forward to catch every word of argument has left my back as crooked as a disreputable alibi. I have therefore resolved to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, alone - I require no company, and nobody else need attend. Kindly enter it in my calendar as a perpetual injunction: in force from its making, recurring on its schedule of its own accord and binding until expressly discharged, so that I need never apply to you again. The court rises.",
        false,
    ),
    t(
        "h119-find-bunting-cherry-picker",
        "find",
        "up a cherry picker stringin bunting twixt the lamp posts on the parade, basket wobblin in the wind, pockets stuffed w/ cable ties n a bundle o flags slung round my neck like a scarf. new cordless tie gun keeps spittin the ties off into the road insted of cinchin em round the post, so the flags r danglin like washin off a snapped line. want a natter w/ {people_h10} bout it, {duration_terse_h10} wud see us rite. run along my cal {when_h10}{time_h10} like its a length o cord n tell me where its bare - no flags clipped on already, nothin knotted in, long enuf to fit us. eyeballin only!! dont hang a thing, nothin goes on the cal, no invites, not even a flutter of a flag at em frm u. ill nab em myself wen the basket's back down on the tarmac",
        false,
    ),
    t(
        "h119-find-catacomb-guide",
        "find",
        "Hello, I am guide in the catacombs under the old city, and I write you from a narrow corridor deep below the streets, with a torch on my helmet and the walls built from bones stacked neat like firewood, so please excuse my English, sometimes it takes the wrong tunnel and comes out under the wrong street. The new motion lamps we installed in the ceiling are very strange: when I walk under them they go dark like a blown candle, and when the corridor is empty they shine bright like a party for the skulls. This problem I want to discuss with {people_h10}; for it I need {duration_h10}, I think. Please, can you take your torch and walk through my calendar {when_h10}{time_h10}, like I walk through the corridors, and tell me where I find an empty niche - no bones already resting inside, nothing laid there, and deep enough for our talk? This is only looking with the light, not moving any stone: please do not write anything into my calendar, and send nothing to them - no invitation, no message, not even an echo down the tunnel. I speak with them myself when I climb back up into the fresh air. Greetings from below, and I wish that your candle never goes out.",
        false,
    ),
    t(
        "h119-find-long-jump-pit",
        "find",
        "Long-jump pit. Kneeling at the edge with a rake and a tape measure, smoothing the sand flat between leaps and watching it get dented again. Riveting. The new laser measuring gadget on its stand reports every landing as either a world record or somewhere in the car park, so the results sheet reads like science fiction. This calls for a serious word with {people_h10}; {duration_h10} should suffice. So run the tape along my calendar {when_h10}{time_h10} and tell me where the sand lies smooth - no footprints, no dent where something has already landed, and a stretch long enough for us. Measuring only, no jumping: leave my calendar exactly as it is and send them nothing - no invitation, no message, not so much as a wave of the white flag. I'll catch them myself when the pit is covered over. Sand in my shoes. As ever.",
        false,
    ),
    t(
        "h119-book-dressage-judge",
        "book",
        "I write from the judge's box at the end of a dressage arena, seated behind its little window with the score sheets clipped to a board and a bell at my elbow, while a grey horse performs a most elegant passage along the long side; the test demands my undivided attention, and I shall accordingly be concise. The newly installed scoring tablet has acquired a capricious disposition: it awards a glowing mark to a horse that shies at the flower tubs and a dismal score to an immaculate halt, so that the results bear no relation to what has been ridden. {people_and_i_h10} and I have arranged to go over the tablet's workings {when_h10}{time_h10}, for which {duration_h10} should be set aside. Kindly enter it in my calendar as a test ridden to its conclusion - the closing halt made, the salute returned and the marks signed and posted on the board - and not a movement still being schooled in the warm-up arena; and send them an invitation, as neatly turned out as a plaited mane. You need not refer the matter back to me: the sheet is signed and the horse has left the arena on a long rein. With regards from the judge's box.",
        false,
    ),
    t(
        "h119-book-parkour-roofs",
        "book",
        "Panting - I'm mid-run across the roofs of the old town, vaulting air vents and skylights, palms scuffed raw, grit skittering under my trainers - hup - ledge - cleared! The new smart-grip trainers are meant to stiffen for landings but go soft as bedroom slippers the instant I push off, so I touch down like a sack of laundry flung off a balcony! So I'm committing to the gap: {duration_h10} with {people_h10} {when_h10}{time_h10} to get those soles gripping when it counts! Get it into my calendar - sprung, flown and rolled out onto the far roof - not me still crouched on the parapet sizing up the drop! And send them an invite! Don't wait for a nod from me - my toes have left the edge and there's no un-jumping now! Vault - roll - up and running!",
        false,
    ),
    t(
        "h119-book-line-dancing",
        "book",
        "Howdy from the village hall! I teach line dancing, so I'm up on the stage in a cowboy hat, a fringed waistcoat and boots that jingle with every step, the floorboards drumming along and fairy lights looped round the wagon wheel on the wall - honestly, best job this side of the prairie! The only stone in my boot: the new wireless speaker keeps speeding the music up part-way through a song, so a gentle shuffle turns into a stampede and my heels are clattering like a runaway train! So it's all lined up: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that speaker keeping the beat. Could you pop it into my calendar like a step that's been called, danced and stomped home - grapevine, heel, hitch and turn - and not a move I'm still practising in the mirror? And send them an invite with a tip of my hat and a jingle of my spurs! No need to check back with me - the fiddle's kicked in and my boots are already scooting!",
        false,
    ),
    t(
        "h119-reschedule-burst-pipe",
        "reschedule",
        "Um, hello? Is it, er, listening? Right. So I'm, um, stood on a kitchen chair in my socks holding a washing-up bowl over my head, because a pipe's burst under the bathroom floor and water is, er, gushing out of the ceiling light like a, um, shower that's lost its way, and the stopcock under the sink is, er, rusted solid, and the lino's, um, starting to float. So, er, I can't get to {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, move it to {to_h10}? I mean the meeting that's already there, er, just mopped up and wrung out into a drier spot further along my calendar - not a, um, fresh meeting set up beside it - and, er, let them know the new time, so they're not, um, left waiting while I'm bailing out the kitchen. Oh - er - the bowl's full again. Um, cheers.",
        false,
    ),
    t(
        "h119-reschedule-jackknifed-lorry",
        "reschedule",
        "Jackknifed lorry. Slewed across the only bridge out of town, load of gravel fanned over the tarmac. Queue behind me to the horizon. Engine off. Going nowhere. So {day_of_move_h10} {clock_h10} with {person_h10} - stuck on the wrong bank. Shift it to {to_h10}. Same meeting, cleared off the bridge and set down further along my calendar - no new entry. Tell them the new time so they're not left pacing. Handbrake on. Radio on. Still gravel.",
        false,
    ),
    t(
        "h119-cancel-wild-swimming",
        "cancel",
        "Ahoy, hello! I'm perched on the jetty of our little lake in a bobble hat and a towelling robe, goggles pushed up on my forehead, toes tingling and cheeks glowing after a dip - the most blissful feeling on earth! Sadly a bloom of blue-green algae has turned the lake the colour of a snooker table and it's been fenced off for good, so our wild swimming club has voted to dissolve, and {day_of_h10} {clock_h10} with {person_h10}, where we were going to map out our loops round the marker buoys, has no lake left to plan for. Could you cancel it and haul it right out of my calendar, please - towel round the shoulders and goggles packed away, not a quick breather clinging to a buoy before striking out again, nor ferried across to some other lake - and let them know it's off, so they don't come padding down to the shore with a tow float bobbing behind them only to meet a padlocked gate and a sign about algae? Teeth chattering, but oodles of thanks!",
        false,
    ),
    t(
        "h119-habit-carpet-fitter",
        "habit",
        "Carpet fitter. On my knees in an empty hallway, knee kicker thumping the pile onto the gripper rods, trimming along the skirting with a hooked blade. Thrilling. Crawling round rooms on my knees for a living has left my back with more rucks in it than a badly stretched underlay. So: I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, on my own - no company, no invitations. Lay it into my calendar as something that repeats on its schedule - stretched wall to wall, tucked under the skirting and gripped fast, running on by itself until I pull it up - so I never have to ask again. Back to the gripper rods.",
        false,
    ),
    t(
        "h120-find-overflow-car-park",
        "find",
        "car park marshal in the overflow field at the theme park, wellies sunk in the mud, arms goin like a windsock in a gale wavin cars into rows. new ticket scanner on my lanyard reads evry windscreen pass as a coach so im sendin lil hatchbacks off to the coach bays n the coaches r wedged in by the hedge. gotta have it out w/ {people_h10} bout it, {duration_terse_h10} shud do. walk the rows of my cal {when_h10}{time_h10} n tell me which bays r empty - no motor parked up in em, nothin reversed in already, wide enuf to fit us. lookin only!! dont wave anythin in, nothin goes in the cal, no invites, not even a toot of the horn at em frm u. ill flag em down myself wen the field's cleared n the gate's chained",
        false,
    ),
    t(
        "h120-find-wave-machine",
        "find",
        "Hello, I am the operator of the wave machine in a water park, and I write to you from my little glass hut at the edge of the wave pool, with my hand resting beside the big red button and the water still asleep, so be patient with my English, it also comes in waves - sometimes too strong, sometimes nothing at all. The new control panel has its own temper: when I choose the gentle setting, it throws up walls of water like a storm at sea, and when I choose the big waves, the pool lies flat like a mirror and the rubber rings only turn around and around. For this I must talk with {people_h10}, and I think {duration_h10} is enough for it. Please, can you look across my calendar {when_h10}{time_h10} the way I look across the pool before I press the button, and show me where the water is flat and empty - nothing already bobbing there, no inflatable drifting in it, and space enough for our talk? This is only my look through the glass, the button stays unpressed: please put nothing in my calendar and send nothing to them - no invitation, no message, not even a ripple in their direction. I go to them myself when the machine is sleeping again and the pool is drained. Many splashes from the wave hut!",
        false,
    ),
    t(
        "h120-find-riverbank-angling",
        "find",
        "Riverbank. Folding chair in the reeds, rod in its rest, float sitting on the water as motionless as a paperweight. Not a nibble. Electrifying. The new electronic bite alarm screeches whenever a leaf drifts past and snores through anything with fins, so by its reckoning my entire catch is foliage. I'd like to mull it over with {people_h10}; {duration_h10} ought to cover it. So watch my calendar {when_h10}{time_h10} the way I watch the float, and tell me where the water lies still - nothing on the line, nothing already taking the bait, and a stretch long enough for us. Watching only, no casting: leave my calendar as it is and send them nothing - no invitation, no message, not so much as a twitch of the line. I'll reel them in myself when the rod is packed away. Float still hasn't moved. Neither have I.",
        false,
    ),
    t(
        "h120-book-ocean-liner-bridge",
        "book",
        "I write from the bridge of an ocean liner, seated in the captain's chair with the radar sweeping its patient circles at my elbow and a grey swell rolling beneath the bow; the watch requires my attention, and I shall therefore be brief. The newly fitted stabilisers have developed a contrary temperament: they unfold with great ceremony in a flat calm and fold themselves meekly away at the faintest hint of a swell, so that the ship rolls like a barrel precisely when she ought not. {people_and_i_h10} and I have agreed to examine the stabilisers' controls together {when_h10}{time_h10}, and {duration_h10} is to be set aside for it. Kindly enter it in my calendar as a course laid in and engaged - the heading set, full ahead rung on the telegraph and the bow swinging onto the new bearing - and not a line merely pencilled on the chart for consideration; and send them an invitation, run up as smartly as a pennant at the yardarm. There is no need to refer the matter back to me: the helm is over and the wake is curving astern. With regards from the bridge.",
        false,
    ),
    t(
        "h120-book-sandboarding-dune",
        "book",
        "Puffing - I'm hauling a sandboard up a colossal dune, sand pouring into my shoes, sliding back a step for every step I take - oof - wind in my teeth - nearly at the crest! The new wax on the base is meant to make it fly, but it grips like sticky tape, so I tip off the top and grind to a halt in the middle of the slope like a tea tray on a doormat! So I'm tipping over the edge: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort out that wax before it buries me! Get it into my calendar for real - dropped over the lip, carving and whooshing all the way to the bottom in a spray of sand - not me still kneeling at the crest with the board across my knees! And send them an invite! Don't wait for a yes from me - my weight's forward and the dune's doing the rest! Lean - swoosh - faceful of sand!",
        false,
    ),
    t(
        "h120-book-carnival-stilts",
        "book",
        "Hiya from way up high! I'm a stilt walker at the carnival, so I'm towering over the procession in striped trousers that go on and on, a top hat with a feather in it and a frilly parasol for balance, waving down at the floats from up among the streamers - honestly, the view is to die for! The only wobble: my new spring-loaded stilts are meant to add a little bounce, but they boing like pogo sticks the instant I stop concentrating, so I keep bobbing along like a heron doing the hokey-cokey! So it's all sorted: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get those stilts walking instead of springing. Could you put it in my calendar like a stride I've actually taken - planted, steady and carrying me on down the street - and not a step I'm still teetering over with a stilt waving in mid-air? And send them an invite, with a tip of my top hat and a twirl of the parasol! No need to check back with me - I'm already striding off with the parade!",
        false,
    ),
    t(
        "h120-reschedule-jammed-bathroom-door",
        "reschedule",
        "Um, hello? Is this, er, on? Right. So I'm, um, locked in my own bathroom - the door handle came clean off in my hand and the, er, spindle dropped out on the landing side, so I'm sat on the edge of the bath with a, um, toothbrush mug and a loofah, trying to tease the latch open with a, er, nail file, and it is, um, not budging. So, er, I won't be making {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, move it to {to_h10}? The meeting that's already in there, I mean, er, just slid along to the new spot in my calendar - not a, um, duplicate made up alongside it - and, er, let them know the new time, so they're not, um, left waiting while I'm negotiating with a doorknob. Oh - er - nope, still stuck. Um, ta.",
        false,
    ),
    t(
        "h120-reschedule-laryngitis",
        "reschedule",
        "Laryngitis. Voice gone. Croak at best, squeak at worst. Scarf on, lozenges lined up, notepad doing the talking. So {day_of_move_h10} {clock_h10} with {person_h10} - can't do it mute. Move it to {to_h10}. Same meeting, carried quietly further along my calendar - no new entry. Tell them the new time so they're not straining to hear a voice that isn't there. Lozenge in. Saying nothing.",
        false,
    ),
    t(
        "h120-cancel-headmasters-study",
        "cancel",
        "Permit me a brief communication from my study at the school, where I sit beneath the honours boards with their gilt lettering fading, the handbell silent upon the mantelpiece and a stack of unsigned reports at my elbow. It has now been decided that the school is to close its doors for good and merge with its neighbour across the valley, so {day_of_h10} {clock_h10} with {person_h10}, at which we were to plan the prize-giving, has no further purpose. Kindly cancel it and remove it from my calendar entirely - the register closed, the final bell rung and the chairs stacked upon the desks, not a lesson merely deferred nor moved to another classroom - and inform them that it will not take place, so that they are not left waiting in the corridor outside my study. Yours, with the chalk laid down.",
        false,
    ),
    t(
        "h120-task-sleeping-cat",
        "task",
        "Pinned to the sofa by a sleeping cat. Sprawled across my lap like a furry sandbag, purring like a distant outboard motor, my leg long since gone numb. Moving would be an act of war. The remote is out of reach; the phone, mercifully, is not. So, admin: I need to {task_h10} {due_h10}. Mine alone - nothing to arrange with anybody, nothing to send out, no invitations. Put it on my to-do list as a task, due as stated, and log it as needing {duration_h10} - assuming I'm ever released. The cat has just stretched and resettled. Heavier now.",
        false,
    ),
    t(
        "h121-find-hotel-pool-skimmer",
        "find",
        "Hotel pool. Long-handled net, skimming leaves off the surface while the wind shakes fresh ones down from the palms behind me. I scoop out a leaf and a handful drift down in its place. Enchanting. The new robotic pool cleaner trundles along the tiles with tremendous purpose, swallows nothing but the end of its own hose and then parks itself in the deep end to sulk. This merits a word with {people_h10}; {duration_h10} should see to it. So skim my calendar {when_h10}{time_h10} and tell me where the surface is clear - nothing floating there, nothing already sunk to the bottom, and a stretch of clear water wide enough for us. Skimming only, nothing fished out and nothing dropped in: leave my calendar untouched and send them nothing - no invitation, no message, not even a drip off the end of the net. I'll collar them myself when the net is back on its hook. Another leaf just landed. Naturally.",
        false,
    ),
    t(
        "h121-find-skip-lorry",
        "find",
        "in the cab of the skip lorry reversin up sum narrow drive, beeper goin, lift arms swingin round like a fairground ride. new remote for the arms has a mind of its own - press lift n it tips, press tip n it lowers, so iv just dumped a load of rubble on a lawn. gotta thrash it out w/ {people_h10}, {duration_terse_h10} shud cover it. check my cal {when_h10}{time_h10} like i check the yard for empties n tell me which r free - nothin dumped in em, not out on hire already, big enuf to take us. just lookin!! dont lift nothin, nothin goes on the cal, no invites, dont even flash the hazards at em frm u. ill chase em up myself wen the chains r off n the lorrys back in the yard",
        false,
    ),
    t(
        "h121-find-bicycle-garage",
        "find",
        "Hello, I work as attendant in the big underground bicycle garage below the central station, and I write you from my little booth between the racks, where the bicycles stand in rows so long that they disappear in the neon light like a forest of handlebars. Please forgive my English, it is a little rusty, like the chains of the bicycles that nobody comes to collect. The new counting gates at the entrance are very confused: a bicycle rolls in and the sign says the garage is full, a bicycle rolls out and the sign says there are more free places than the garage ever had. About this I must speak with {people_h10}, and I expect we need {duration_h10}. Please, can you pedal slowly along my calendar {when_h10}{time_h10}, like I pedal along the racks on my inspection round, and tell me where is a free place - no wheel already pushed into it, no lock hanging there, and long enough for our conversation? This is only looking, I do not park anything: please put nothing in my calendar and send nothing to them - no invitation, no message, not even a tring of the bell. I go and find them myself when my round is finished and the booth is locked. Greetings from under the station, and I wish you always a pump nearby when the tyre goes flat.",
        false,
    ),
    t(
        "h121-book-mayors-parlour",
        "book",
        "I write from the mayor's parlour at the town hall, seated beneath the borough's coat of arms with the chain of office about my shoulders and the ceremonial scissors laid upon the desk, while the civic car waits at the door; I shall accordingly be concise. The newly installed public-address system in the council chamber has proved wilful: it amplifies the faintest rustle of an agenda paper into a thunderclap and reduces every speech from the dais to a murmur, so that our debates are conducted largely in dumb show. {people_and_i_h10} and I have resolved to examine the system together {when_h10}{time_h10}, and {duration_h10} should be reserved for the purpose. Kindly enter it in my calendar as a ribbon already cut - the scissors closed, the ribbon fluttering to the carpet and the plaque unveiled - and not a ceremony still pencilled into the programme awaiting approval; and send them an invitation, embossed, as it were, with the borough seal. There is no need to seek my further assent: the ribbon is severed and cannot be retied. With civic regards from the parlour.",
        false,
    ),
    t(
        "h121-book-mud-run",
        "book",
        "Gasping - I'm belly-down on a mud-run course, squirming under a sagging rope net through brown sludge - ugh - elbows - knees - wooden wall dead ahead! The new timing chip on my shoelace is meant to log every obstacle, but it's so clogged with sludge it has me crossing the finish before I've left the start, so the leaderboard shows me teleporting round the course like a muddy ghost! So I'm going over the wall: {duration_h10} with {people_h10} {when_h10}{time_h10} to scrape that chip clean and make it count properly! Get it into my calendar for keeps - hauled up the rope, over the top and splashing down into the ice bath on the far side - not me still dangling off the rope with my trainers scrabbling at the planks! And send them an invite! Don't wait for a thumbs-up from me - I've let go of the rope and gravity's in charge! Splash - spit - keep crawling!",
        false,
    ),
    t(
        "h121-book-tap-dance-studio",
        "book",
        "Hiya from the tap studio! I'm in my shiny black tap shoes on the sprung floor, mirrors all down the wall and a battered old piano in the corner - nothing beats the clatter of metal on wood, honestly, it's music you can stamp on! The only bum note: the new floor mics pick up every shuffle and flap and then play it back a beat late through the speakers, so I sound like an echo chasing its own tail and my paradiddles come back to me in a tangle! So it's all fixed up: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get those mics tapping along on the beat. Could you pop it into my calendar like a dance I've tapped right through to its final stamp - heels down, arms out, ta-da! - and not a combination I'm still marking out in my socks at the back of the room? And send them an invite with a jazz-hands flourish! No need to run it past me - the music's started and my toes are already clicking!",
        false,
    ),
    t(
        "h121-reschedule-wisdom-tooth",
        "reschedule",
        "Um, hello? Ith thith - sorry - is this, er, recording? Right. So I'm, um, slumped in the recovery chair at the dental surgery with a, er, wad of gauze clamped between my teeth, because a wisdom tooth has just been, um, wrestled out of my jaw, and my whole face is, er, as numb as a doorstop and puffing up like a, um, hamster with a secret. So, er, there's no way I can talk my way through {day_of_move_h10} {clock_h10} with {person_h10}. Could you, um, push it along to {to_h10}? The, er, meeting that's already in there, I mean - just, um, lifted out and set down at the new spot in my calendar, not a, er, spare copy left sitting beside it - and, um, tell them where it's gone, so they're not, er, left listening to me mumbling through cotton wool. Oh - er - I think I've just, um, dribbled on the phone. Um, thanks.",
        false,
    ),
    t(
        "h121-reschedule-power-cut",
        "reschedule",
        "Power cut. Whole street dark. Fridge silent, laptop dead, phone down to its last sliver of battery. Candle on the table. So {day_of_move_h10} {clock_h10} with {person_h10} - not happening by candlelight. Move it to {to_h10}. Not a fresh entry - the existing meeting, lifted and set down further along my calendar. Tell them the new slot so they don't dial into silence. Matches somewhere. Still fumbling.",
        false,
    ),
    t(
        "h121-cancel-sea-cadets",
        "cancel",
        "Signal from the sea cadets' drill hall on the quay. Ensign hauled down, brass bell unpolished, training boat up on its trailer. Hall's been sold off and the unit has been paid off for good - no vessel, no deck left to scrub. So {day_of_h10} {clock_h10} with {person_h10}, where we were to chart the sailing programme, is surplus to requirements. Orders as follows: cancel it and strike it from my calendar entirely - struck off the ship's books, not a watch swapped nor a berth shifted to another vessel. Then signal them that it's off, so they don't muster on an empty quayside in polished boots. That is all. Carry on.",
        false,
    ),
    t(
        "h121-habit-rugby-prop",
        "habit",
        "Alright, message from the changing room at the rugby club, still caked in the pitch, boots steaming on the bench and a bag of frozen peas balanced on my neck. Packing down in the front row of every scrum has left my spine crumpled like a tackle bag that's been kicked round the car park. So I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, on my tod - nobody else to invite, no squad to round up. Put it in my calendar as something that keeps coming round on its schedule - packed down, hooked and driven, over and over, rolling on like a driving maul that never goes to ground - so I'm not back on the phone to you about it. Right. Showers.",
        false,
    ),
    t(
        "h122-find-fence-panels",
        "find",
        "puttin up fence panels round sumbody's back garden in a proper gale, posts concreted in, panel catchin every gust n haulin me across the lawn like a dog thats clocked a squirrel. new laser level clipped to the post swears evrythin's dead true wen the whole run is leanin like a queue of tipsy penguins. gotta level w/ {people_h10} bout it, {duration_terse_h10} shud cover it. walk the fence line of my cal {when_h10}{time_h10} n tell me where theres a gap - no panel slotted in already, nothin screwed to the rails, wide enuf to squeeze us thru. just sizin it up!! dont fix nothin, nothin goes on the cal, no invites, not a whisper to em frm u. ill reel em in myself wen the last panel's up n the wind's died down",
        false,
    ),
    t(
        "h122-find-sign-spinner",
        "find",
        "Street corner. Holding a giant arrow-shaped placard for a sofa warehouse, spinning it for passers-by who are all staring at their phones. Exhilarating. The new light-up placard they've issued me flashes its arrow backwards, so the rare shopper who does glance up gets marched off in the wrong direction, towards the bus station. This calls for a frank exchange with {people_h10}; {duration_h10} ought to settle it. So point me along my calendar {when_h10}{time_h10} and tell me where the pavement is clear - nobody standing there, no stall already pitched on it, and a stretch wide enough to take us. Pointing only, not steering: leave my calendar as it is and send them nothing - no invitation, no message, not so much as a flicker of the arrow their way. I'll accost them myself when the placard's back in the van. Another spin. Nobody looks.",
        false,
    ),
    t(
        "h122-find-glass-bottom-boat",
        "find",
        "Hello, I am the skipper of a small glass-bottom boat, and I write you from the wheel while my passengers lie on their bellies and press their noses to the glass floor to look at the reef below, so please forgive my English, it swims a little crooked, like a crab. The new fish-finder screen beside the wheel is a big liar: when only a sleepy turtle lies on the sand it shows a shark, and the children scream, and when a whole cloud of silver fish passes under us it shows an empty sea. About this I need to talk with {people_h10}, and for that I think {duration_h10} is enough. Please, can you look down through my calendar {when_h10}{time_h10} like my passengers look through the glass, and tell me where the sand is bare - no fish already swimming there, no coral grown on it, and wide enough for our talk? This is only looking, the net stays on the deck: please put nothing in my calendar and send nothing to them - no invitation, no message, not even a bubble rising up to them. I talk with them myself when the boat is tied at the jetty. Greetings from over the reef, and I wish you always calm water under your keel.",
        false,
    ),
    t(
        "h122-book-graduation-platform",
        "book",
        "I write from the platform of the great hall, in full academic dress beneath the organ gallery, while a seemingly endless procession of graduands files up the steps to receive their scrolls; as I am reading each of their names aloud, I shall be economical with words. The newly installed electronic display above the platform has taken leave of its senses: it shows the name of whichever graduand preceded the present candidate, so that every proud family applauds a stranger and the photographers are utterly flummoxed. {people_and_i_h10} and I have resolved to examine the display together {when_h10}{time_h10}, and {duration_h10} should be reserved for the purpose. Kindly enter it in my calendar as a degree duly conferred - the scroll presented, the hand shaken and the tassel turned - and not a candidate still fidgeting in the robing room awaiting the call; and send them an invitation bearing, as it were, the university's seal. There is no need to consult me further: the degree is conferred and cannot be unconferred. With academic regards from the platform.",
        false,
    ),
    t(
        "h122-book-bog-snorkelling",
        "book",
        "Spluttering - I'm face-down in a peat bog in a snorkel and flippers, kicking along a trench of brown murk - blub - can't see my own hand - reeds whipping my mask - turn - push off! The new waterproof fitness tracker on my wrist is meant to count my lengths, but it's got so much peat in it that it reckons I'm either fast asleep or scaling a mountain, and the marshals on the bank are in hysterics! So I've thrown my hat over the wall: {duration_h10} with {people_h10} {when_h10}{time_h10} to flush that tracker out and get it counting straight! Get it into my calendar, done and dusted - the trench swum, the flippers kicked and me hauled out onto the bank, dripping and triumphant - not me still hovering on the duckboards with a toe in the sludge! And send them an invite! Don't wait on my word - I've gone under and there's no surfacing dry! Blub - kick - spit out the peat!",
        false,
    ),
    t(
        "h122-book-aqua-aerobics",
        "book",
        "Hiya from the poolside! I teach aqua aerobics, so I'm up on the tiles in a sparkly swimsuit and a sun visor, with foam floats propped along the wall and a pool full of flowery swimming caps bobbing up and down to the disco classics - honestly, it's the jolliest splash in town! The only wrinkle: the new underwater speakers make the music sound like a whale humming in the bath, so my class is jogging on the spot to a tune nobody can make out, and some are doing the twist while the rest do the cancan! So it's all done bar the shouting: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get those speakers singing in tune. Could you pop it in my calendar like a routine we've splashed right through to the big finish - arms up, floats high, everybody whooping - and not a move I'm still demonstrating up on the poolside? And send them an invite with a wiggle and a wave of my float! No need to come back to me - the music's pumping and my class is already kicking!",
        false,
    ),
    t(
        "h122-reschedule-slept-past-stop",
        "reschedule",
        "And what a howler, listeners! The commuter - yours truly - has nodded off against the train window and sailed clean past the stop, right out to the very last station on the line! The doors have opened onto a deserted platform in a town nobody's ever heard of, the ticket office is shuttered and there's not a train back on the board. Unbelievable scenes! So {day_of_move_h10} {clock_h10} with {person_h10} is simply out of reach from here. Could you move it to {to_h10}? Not a new fixture pencilled in beside it, mind - the very same meeting, carried upfield to its new spot in my calendar - and let them know the new time, so they're not left standing in the tunnel wondering which way I've gone. And the guard's blowing the whistle... on the wrong train. Back to the studio!",
        false,
    ),
    t(
        "h122-reschedule-green-hair-dye",
        "reschedule",
        "Oh gosh, I'm so sorry, I know, I know - I tried a home hair-dye kit to go a subtle auburn, and I've come out the colour of a freshly mown football pitch. Not a tasteful sage, honestly - a proper highlighter-pen green, and the more I scrub, the brighter it glows. I'm hunched over the bathroom sink in a towel turban with green fingers and a green-streaked basin, and I simply cannot show my face at {day_of_move_h10} {clock_h10} with {person_h10} looking green with envy in the most literal way. Could you move it to {to_h10}, please? The meeting that's already there, I mean - just carried over to its new spot in my calendar, not a copy left sitting alongside it - and let them know the new time, so they aren't left wondering what became of me. Sorry, sorry, sorry. Off to try washing-up liquid.",
        false,
    ),
    t(
        "h122-cancel-seance-circle",
        "cancel",
        "Woe, woe! I write by a guttering candle in the parlour of our séance circle, where the velvet drapes hang heavy, the spirit board lies face-down on the table and the planchette refuses to stir. Our medium has hung up her shawl and retired to the seaside, the table-rapping has fallen silent, and the circle has voted to disband for evermore. So {day_of_h10} {clock_h10} with {person_h10}, where we were to summon the departed for our grand finale, shall never be called to order. Cancel it, I implore you, and let it pass beyond the veil of my calendar for good - not merely slumbering until it is summoned anew, nor spirited across to some other parlour - and let them know it's off, lest they come rapping at the door in their cloaks to find nothing but an empty room and a cold draught. The candle gutters. The spirits are silent. Farewell.",
        false,
    ),
    t(
        "h122-task-paddleboard",
        "task",
        "Whoa, man. So I'm, like, parked on a paddleboard in the dead centre of the lake - not a breath of wind, water smooth as a freshly ironed sheet, paddle across my knees and a dragonfly hitching a ride on the nose of the board like it bought a ticket. Pure glass, man. Paddling in would totally wreck the vibe, so I figured I'd tackle some admin: I gotta {task_h10} {due_h10}. Just me on the board for this, brah - nobody else riding the wave, so no meeting, no invites, nobody paddling out to join. Just float it onto my to-do list as a task, due like I said, and log {duration_h10} as my guess at how long it takes. Radical. Oh - the dragonfly bailed. Gnarly.",
        false,
    ),
    t(
        "h123-find-flatpack-wardrobe",
        "find",
        "on my knees in sumbodys spare room buildin a flatpack wardrobe, allen key in my teeth, bag o screws spilt all over the carpet n the instructions r just drawins of a smilin bloke wiv a pencil. new app that scans the pics n talks u thru it keeps insistin this lot is a bunk bed, so iv bolted a ladder on where the doors shud go. gotta have words w/ {people_h10} bout it, {duration_terse_h10} wud sort it. flick thru my cal {when_h10}{time_h10} like its the instructions n tell me where the page is blank - no panel screwed on already, nothin bolted in, room enuf to fit us. just flickin!! dont build nothin, nothin goes on the cal, no invites, not a peep to em frm u. ill grab em myself wen the doors r on n the cardboard's out in the recyclin",
        false,
    ),
    t(
        "h123-find-segway-tour",
        "find",
        "Hello, I am guide for segway tours in the old town, and I write you from the front of my little line of tourists, who roll behind me in their yellow helmets like ducklings behind their mother, so please forgive my English, it goes a little wobbly over the cobblestones. The new segways from our company have a strange character: when I lean forward to go, they stand still like a donkey that has decided it is finished, and when I stand straight to wait by the fountain, they roll away gently by themselves towards the souvenir shops. About this I must speak with {people_h10}, and I think {duration_h10} is enough for it. Please, can you roll slowly through my calendar {when_h10}{time_h10}, like I roll through the little streets looking for a place to stop my group, and tell me where the square is empty - no tour group already standing there, no market stall set up on it, and big enough for our talk? This is only looking, I do not park the group: please put nothing in my calendar and send nothing to them - no invitation, no message, not even a beep of the little horn. I speak with them myself when the tourists have given back their helmets. Greetings from the cobblestones, and as we say in my country: let every hill you meet be a small hill.",
        false,
    ),
    t(
        "h123-find-gong-bath",
        "find",
        "Shhh... soft voice now. I lead gong baths, and I'm kneeling on a cushion in a candlelit studio with the mallet resting in my lap, while a room full of people lie under blankets on their mats, breathing as slowly as hibernating bears. The new gong stand has a squeak in its hinge, so whenever I strike, the great golden gong hums beautifully and then the stand answers it like a cellar door in a horror film, and the whole room opens an eye. I'd like to talk it through gently with {people_h10}; {duration_h10} would be plenty. So... breathe in... and let your attention drift across my calendar {when_h10}{time_h10}, and notice, without judgement, where there is stillness - nothing already humming there, nobody already resting on that mat, and a space wide enough to hold us. Only notice, don't act: leave my calendar exactly as it is and send them nothing - no invitation, no message, not so much as a shimmer of sound in their direction. I'll drift over to them myself when the blankets are folded away. And... breathe out.",
        false,
    ),
    t(
        "h123-book-gentlemens-club-porter",
        "book",
        "I write from the porter's lodge of a gentlemen's club, seated behind the mahogany counter beneath the pigeonholes for members' letters, where the rule of silence extends even to the turning of newspapers in the reading room; I shall accordingly be discreet and brief. The newly installed electronic front door has proved a most indiscreet servant: it greets every member with a fanfare loud enough to rouse the library from its armchairs, yet admits any passing stranger without so much as a glance at his card. {people_and_i_h10} and I have arranged to examine the contraption together {when_h10}{time_h10}, and {duration_h10} is to be set aside for it. Kindly enter it in my calendar as a member duly elected - the ballot box emptied with no black ball among the white, the name inscribed in the members' book and the club tie presented - and not a candidate merely proposed and left languishing for want of a seconder; and send them an invitation, delivered, as it were, upon a silver salver. You need not refer the matter back to me: the ballot is closed and the book is signed. With the compliments of the lodge.",
        false,
    ),
    t(
        "h123-book-skyscraper-stair-race",
        "book",
        "Wheezing - I'm pounding up the emergency stairwell of a skyscraper in a charity stair race, bib flapping, trainers squeaking, lungs squealing like a dog's rubber toy - hup - grab the rail - swing round the landing - another flight! The new heart-rate strap round my chest is meant to pace me, but it's decided I've nodded off and keeps buzzing at me to wake up, so I'm being nagged to get a move on by a gadget while I'm scaling a tower block! So I've burned my boats: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that strap telling a climber from a sleeper! Get it into my calendar as a climb that's over - the top landing reached, the roof door shoved open and my palm slapped on the finish buzzer - not me still hanging off the banister somewhere below, gulping down air! And send them an invite! Don't wait on a word from me - I haven't the breath to spare, and there's no going back down! Step - step - step - roof!",
        false,
    ),
    t(
        "h123-book-comic-convention-cosplay",
        "book",
        "Hiya from the comic convention! I'm in full cosplay as an intergalactic space knight - shiny foam armour, a cape that sweeps the carpet and a glowing laser sword that weighs practically nothing - posing for photos in the main hall between a dragon and a very tall robot, and honestly, it's the happiest place on the planet! The only glitch in the galaxy: the new voice changer inside my helmet is meant to give me a deep, booming villain's voice, but it makes me sound like a cartoon chipmunk who's swallowed a kazoo, so whenever I growl 'Kneel before me!' the whole queue dissolves into giggles! So it's all signed off: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that voice changer booming properly. Could you pop it in my calendar like a pose I've struck and held for the cameras - cape flung back, sword aloft, flashes popping - and not a pose I'm still rehearsing in the hotel mirror? And send them an invite with a swish of my cape! No need to get my say-so - the photographers are calling and I'm already in position!",
        false,
    ),
    t(
        "h123-reschedule-head-in-railings",
        "reschedule",
        "The park was quiet. Too quiet. I'd leaned through the railings to fetch a glove some kid had dropped, and when I went to pull back, the railings had other ideas. Now my head's on the wrong side of the iron, the rest of me's on the right side, and a park keeper with a bar of soap is walking my way with the look of a man who's seen it all before. So {day_of_move_h10} {clock_h10} with {person_h10}? Not going to happen, see. Move it to {to_h10}. The meeting already on the books, mind - slid quietly down my calendar to its new spot, no look-alike left behind to muddy the trail - and tip them off about the new time, so they're not left waiting on a street corner under a flickering lamp. The keeper's lathering up the bars. This town never changes.",
        false,
    ),
    t(
        "h123-reschedule-superglued-hand",
        "reschedule",
        "Oh, hello, dearie, it's only me. Now, you'll laugh, but I was fixing the arm of my reading glasses with a tube of superglue, and I've only gone and glued my hand to the kitchen table. Stuck fast like a limpet, dearie - I can reach the biscuit tin but not the front door, and the nice young man from the flat upstairs has popped home to look up what dissolves it. So I don't think I can manage {day_of_move_h10} {clock_h10} with {person_h10}, not with a table attached to me. Would you be a treasure and move it to {to_h10}? Just the meeting that's already there, mind - shuffled along to its new spot in my calendar, not another knitted up alongside it - and let them know the new time, so they're not sat waiting and wondering where I've got to. Oh, here he is back with the nail-varnish remover. Wish me luck, dearie.",
        false,
    ),
    t(
        "h123-cancel-morris-side",
        "cancel",
        "Ah, well. I'm sat on the bench outside the village hall with my bells still strapped round my shins, a hanky in each fist and my stick across my knees, and they've never sounded so quiet. Our morris side has danced its last: the squire's knees have given up, the fiddler's moved to the city, and there's nobody left young enough to take up the sticks, so we've unbuckled our bells for good. So {day_of_h10} {clock_h10} with {person_h10}, where we were to work out the dances for the village fete, has nothing left to dance to. Could you cancel it, please, and clear it right off my calendar - the last dance danced, the hankies folded and the bells laid to rest in a drawer, not just sitting out a round, nor skipped across to some other village green - and let them know it's off, so they don't come jingling up to an empty green and a squeezebox gone silent? Ah, well. Hey-ho.",
        false,
    ),
    t(
        "h123-habit-cricket-umpire",
        "habit",
        "Umpire, speaking from the bowler's end. White coat, wide-brimmed hat, a bowler's sweater tied round my waist and another knotted round my neck, pebbles in my pocket to count the deliveries. Stooping over the stumps for every ball, match after match, has left my back with more turn in it than a leg-spinner's googly. So, after due consideration, I'm going to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, on my own - nobody to invite, no team to summon. Put it in my calendar as something that recurs on its schedule - an innings that bats on and on of its own accord and never declares, until I personally raise the finger and send it back to the pavilion - so I'm not walking back to you about it again. Over. Bails off.",
        false,
    ),
    t(
        "h124-find-page-turner",
        "find",
        "(sotto voce) Page-turner. Perched on a stool at the pianist's left elbow in a hushed recital hall, score open on the stand, my entire job a nod and a flick of the corner. Nobody ever claps for me. The new tablet on the stand is meant to turn the page itself when the pianist winks, but it mistakes every wink for a sneeze and every sneeze for a wink, so we leap into the finale while the hall is still drifting through the slow movement. (diminuendo) Must take this up with {people_h10}; {duration_h10} should see us through. So read ahead in my calendar {when_h10}{time_h10}, the way I read a bar ahead of the pianist, and tell me where the staves are blank - no notes already written in, nothing tied over from the previous bar, and a rest long enough to hold us. (pianissimo) Reading only, no turning: leave my calendar exactly as it is and send them nothing - no invitation, no message, not so much as a rustle of manuscript paper in their direction. I'll catch them myself at the stage door when the applause has died away. (fermata) Nod. Flick. Onward.",
        false,
    ),
    t(
        "h124-find-camel-trek",
        "find",
        "Peace and cool water to you! Here writes the guide of a camel caravan, sitting in the shade of a thorn tree while my camels kneel in the sand chewing with the faces of old professors, and my tourists pour the desert out of their boots. My English walks like a camel, forgive me - it rocks from side to side, but it arrives. The new satellite navigator from my company is very proud and always wrong: it says the oasis is behind us when I can see the palm trees in front, and it leads us round in a big circle, so the tourists photograph the same dune again and again and think it is a new dune. About this I must sit down with {people_h10}, and I think {duration_h10} is enough. Please, ride slowly across my calendar {when_h10}{time_h10}, like I look over the sand from the top of the dune, and show me where the ground is empty - no tent already standing there, no other caravan resting in it, and wide enough for our talk. In the desert we say: who walks slowly still reaches the well. So only look, do not unload the camels: put nothing in my calendar and send nothing to them - no invitation, no message, not even the small ring of a camel bell toward them. I find them myself when the saddles are off and the tourists are snoring in the tents. Go well, and may your shadow always walk in front of you.",
        false,
    ),
    t(
        "h124-find-rat-catcher",
        "find",
        "flat on my belly under sumbodys hallway floorboards wiv a head torch, cobwebs in my gob, n a rat the size of a handbag starin back at me from the far joist like its darin me to blink. new electronic trap is meant to zap em n ping my phone wen its caught sumthin but it keeps pingin me bout the cat next door n lets the rat stroll straight past like a bouncer wavin in a regular. gotta have a proper natter w/ {people_h10} bout it, {duration_terse_h10} shud do it. shine a torch along my cal {when_h10}{time_h10} n tell me where theres a clear run - nothin nestin in it already, no droppins, long enuf to squeeze us thru. just lookin!! dont set nothin, nothin goes on the cal, no invites, not a squeak to em frm u. ill corner em myself wen im out from under the boards n the trap's in the skip",
        false,
    ),
    t(
        "h124-book-ball-kid",
        "book",
        "Psst - crouched by the net post at a tennis tournament, knees bent, fingers spread, ready to pounce - rally's going - here it comes - into the net - GO - sprint, scoop, skid back to my spot before the umpire looks down! The new electronic line-calling system is meant to bellow 'Out!' whenever a ball lands wide, but it bellows at pigeons, at shadows, at the players' shoelaces, and keeps as quiet as a church mouse when the ball sails into the car park! So I've made my dash and there's no unscooping it: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that system calling what it actually sees! Get it into my calendar as a point that's been played out - ball scooped, rolled down to the far end and the towel handed over - not me still crouched at the post, twitching for a ball that never comes! And send them an invite! Don't wait for my nod - the umpire's asked for quiet and my lips are zipped! Crouch - pounce - sprint!",
        false,
    ),
    t(
        "h124-book-treaty-signing",
        "book",
        "I write from the long baize table of a treaty conference, seated between the flags of my own delegation and those of the delegation opposite, a fountain pen uncapped before me and an interpreter murmuring in my earpiece; as the signatures are about to be exchanged, I must be brief. The newly installed interpretation headsets have provoked a diplomatic incident of their own: they render every courtesy as an insult and every concession as a threat, so that our counterparts have repeatedly risen to leave over what was, in the original, a compliment on their neckties. {people_and_i_h10} and I have agreed to examine the headsets together {when_h10}{time_h10}, and {duration_h10} is to be set aside for it. Kindly enter it in my calendar as a treaty ratified - the text initialled, the seals pressed into the wax and the pens presented to the heads of delegation as keepsakes - and not a draft still circulating in square brackets for further comment; and send them an invitation, conveyed, as it were, by diplomatic bag. There is no need to refer the matter back to me: the ink is dry and the communiqué has been issued. Please accept the assurances of my highest consideration.",
        false,
    ),
    t(
        "h124-book-pirate-party",
        "book",
        "Ahoy there, shipmate! I'm a children's party entertainer, so I'm in a draughty community hall dressed as a pirate captain - tricorn hat, eye patch, stripy waistcoat and a squeaky foam cutlass - with a crew of knee-high buccaneers swarming up the rigging of a cardboard galleon, and honestly, shiver me timbers, it's the finest berth on the high seas! The only barnacle on the hull: my new talking parrot puppet is meant to squawk 'Yo-ho-ho!' on cue, but its batteries have gone funny and all it says is 'Who's a pretty boy, then?' in a terribly posh voice, and the crew is on the brink of mutiny! So it's all shipshape and settled: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that parrot squawking like a proper pirate. Could you stow it in my calendar like treasure that's buried for keeps - chest in the hole, sand shovelled back and a big X inked on the map - and not a map I'm still scribbling in crayon? And send them an invite, with a sweep of my tricorn! No need to check back with me - the anchor's weighed and we're under full sail! Arrr!",
        false,
    ),
    t(
        "h124-reschedule-hiccups",
        "reschedule",
        "Ahem. I do apologise for the - hic - interruptions. I have been seized by the most tenacious attack of hiccups, and I have attempted every remedy known to - hic - science: I have held my breath until I saw stars, drunk a glass of water upside down over the sink, and had the neighbour's boy clash saucepan lids behind my ear, all to no - hic - avail. I sound like a bicycle horn with a grievance. Under the circumstances I cannot possibly present myself at {day_of_move_h10} {clock_h10} with {person_h10} without disgracing the - hic - proceedings. Would you be so kind as to move it to {to_h10}? The meeting that already stands in my calendar, I mean, conveyed to its new position - not a - hic - duplicate left standing beside the original - and do inform them of the new time, so that they are not kept waiting while I bounce about like a startled frog. Thank you. Hic. Oh, for heaven's sake.",
        false,
    ),
    t(
        "h124-reschedule-escaped-python",
        "reschedule",
        "ok dont panic but my pet python has got out of her tank n is sumwhere in the flat. lid wasnt clipped shut. im stood on the sofa in my socks w a pillowcase n a broom like a knight who forgot his armour, landlord's gonna go spare, n every cable behind the telly looks like a tail rn. so no way im makin {day_of_move_h10} {clock_h10} with {person_h10}. can u move it to {to_h10}?? the meeting thats already in there - just slide it along my cal, dont make a copy of it - n tell them the new time so theyre not sat waitin on me while im playin hide n seek with a snake. omg the laundry basket just moved. brb",
        false,
    ),
    t(
        "h124-cancel-lake-monster-hunt",
        "cancel",
        "Keep this between us. I'm writing from the boathouse on the shore of the lake, binoculars round my neck, the sonar rig wrapped in a tarpaulin and my corkboard of blurry photographs and red string propped against the oars. The hunt for the lake's monster has been called off for good: the famous hump turned out to be a drifting log with a cormorant on it, the grainy footage was somebody's inflatable crocodile, and the sponsors have quietly taken their money and gone back to golf. So {day_of_h10} {clock_h10} with {person_h10}, where we were to chart the great sonar sweep, has nothing left to chase. Please cancel it and sink it out of my calendar entirely - gone down to the murky bottom with the rest of the legends, not just diving to pop up elsewhere nor paddling across to some other lake - and let them know it's off, so they don't turn up on the jetty with flasks and a long lens to stare at flat water. They'll say it was a log. I'll say nothing.",
        false,
    ),
    t(
        "h124-task-portrait-sitter",
        "task",
        "Forgive the mumbling; I am dictating through lips I dare not move. I am sitting for my portrait in oils, installed in a wing-backed chair in the library with a hand resting upon a globe, a spaniel at my feet who has long since dozed off, and the painter squinting at me over his easel, thumb aloft, muttering about my jawline. The faintest twitch and he sighs like a punctured bellows and scrapes off my nose. Since I cannot rise to attend to anything, I shall attend to admin instead: I need to {task_h10} {due_h10}. Mine alone - nothing to arrange with anybody, nothing to send out, no invitations. Kindly put it on my to-do list as a task, due as stated, and note that it should take {duration_h10} - assuming I am ever released from this gilded pose. The painter has just asked me to look noble. I am looking noble.",
        false,
    ),
    t(
        "h125-find-zombie-maze",
        "find",
        "ok so im a scare actor at the zombie maze, crouched in a wardrobe in full rotting makeup w/ fake blood crustin in my eyebrows, waitin to lurch out at ppl. lowkey the best job ever. problem is the new motion sensor is meant to buzz my wrist wen a group's comin so i know to jump, but it buzzes for the cleaner's mop n stays dead quiet for actual screamin teenagers, so ive just leapt out growlin at a bucket n let a whole school trip stroll past me like im part of the furniture lol. literally am part of the furniture. gotta sort it w/ {people_h10}, {duration_terse_h10} tops. can u creep thru my cal {when_h10}{time_h10} n tell me where its empty - nobody already lurkin in that slot, no cobwebs strung across it, long enuf for us to shuffle thru? just scopin it tho fr, no jumpin out: dont put nothin on my cal, no invite, not even a spooky dm to em. ill grab em myself wen the maze shuts n ive scrubbed the brains off my face. brb someones comin. BRAAAINS",
        false,
    ),
    t(
        "h125-find-magicians-assistant",
        "find",
        "Hello from inside the box. I am assistant of stage magician, and I write you lying in long wooden box on stage, my head sticking out at top end and my feet in glittery shoes sticking out at bottom end, while magician walks around me with big saw and bigger smile for audience. Please excuse my English, I learn it from television quiz shows, so it comes out, how you say, with the buzzer already pressed. New box from our company has bad character: little lights inside must flash when saw goes through middle, but they flash only when magician sneezes, and wheels under box roll by themselves towards orchestra pit, so every show I travel across stage like pram on a hill that has stopped listening to its mother. About this I must sit together with {people_h10}, and {duration_h10} is enough, I think. Please, can you look through my calendar {when_h10}{time_h10} like audience looks at my box, very carefully, searching for trick, and tell me where is empty place - nobody already lying inside, no rabbit already waiting in the hat, and long enough for our talk? Only look, no sawing, please: put nothing in calendar and send nothing to them - no invitation, no message, not even small puff of smoke in their direction. I find them myself after curtain comes down, when I am again, how you say, not in pieces. In my country we say: who counts the teeth of the saw does not feel them. Drumroll, please.",
        false,
    ),
    t(
        "h125-find-speed-dating",
        "find",
        "Hello, gorgeous! Your hostess with the mostest here, perched on a bar stool in the upstairs function room of a hotel where I run speed dating - little candlelit tables, name badges, hopeful faces, and me with a brass bell that sends everybody shuffling along a seat whenever I give it a ding. Love is in the air, darling, along with rather a lot of aftershave. The only smudge on the lipstick: the new matchmaking app on the tablets pairs everybody with precisely the person they ticked 'absolutely not' beside, so I've spent the entire event steering blushing strangers apart like a bouncer at a magnet convention. I must have a cosy little tete-a-tete with {people_h10} about it - {duration_h10} should do the trick. Would you be a sweetheart and browse my calendar {when_h10}{time_h10} the way my guests browse the room - coyly, over the rim of a glass - and tell me where there's a gap still unattached: nobody already sitting in that chair, no badge pinned to it, and long enough for us to get properly acquainted? Just eyeing up, mind, no proposals: don't put a ring on anything - nothing goes into my calendar, and send them nothing - no invitation, no message, not so much as a wink across the room. I'll make the approach myself when the bell has rung for the final swap and the name badges are in the bin. Toodle-oo, lovebirds!",
        false,
    ),
    t(
        "h125-book-mechanical-bull",
        "book",
        "Whoa - hang on - I'm riding a mechanical bull at my mate's stag do, hat gone, boots flapping, glove welded to the strap, and the beast is bucking like a filing cabinet tumbling down an escalator - hup - sideways - still on! The new control box is meant to let the operator dial it from gentle to wild, but the dial's wired back to front, so the timid riders get flung into the crash mats and the show-offs get rocked like a baby in a cradle! So I've taken the bull by the horns and there's no letting go: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that dial turning the right way round! Get it into my calendar as a ride that's been ridden - buzzer sounded, hat waved and me sliding off onto the mats grinning like a dog with its head out of a car window - not me still dithering by the stool, wondering whether to climb on! And send them an invite! Don't wait for a nod from me - I'm clinging on with every finger I've got and can't spare any of them to wave! Yee - hup - whoa - mats!",
        false,
    ),
    t(
        "h125-book-best-man-speech",
        "book",
        "Sorry - is this thing on? *tap tap* Lovely. Hello from the top table, where I'm the best man and meant to be in full flow with my speech, except I've tucked my phone behind my cue cards so I can sort this while the room's still howling at the story about the groom and the inflatable canoe. Honestly, I'm having a ball. The only hitch that isn't the newlyweds': the venue's new wireless microphone keeps picking up the local taxi firm's radio, so right in the middle of my heartfelt bit about true love a crackly voice announced a pick-up for the airport and the whole room turned round to look for the car! So I'm taking the plunge, same as my mate: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to stop that microphone taking bookings for minicabs. Pop it in my calendar like vows that have been spoken and sealed - rings on, register signed, confetti in everyone's hair - and not a proposal I'm still rehearsing on bended knee in front of the bathroom mirror. And send them an invite with a clink of my glass! No need to check with me - the vicar asked if anyone objected and nobody said a word! Right... where was I... ah yes, the canoe.",
        false,
    ),
    t(
        "h125-book-drill-sergeant",
        "book",
        "LISTEN IN! Your drill sergeant, bellowing from the middle of the parade ground with my pace stick clamped under my arm and a squad of recruits in front of me, swaying like reeds in the wake of a speedboat! The new electronic cadence box bolted to the saluting dais is supposed to beep the marching beat, but it beeps whenever a pigeon lands on it, so my squad is marching to pigeon rhythm and piling into each other at every turn like skittles with ambitions! {people_and_i_h10} and I WILL be dealing with that box {when_h10}{time_h10}, and {duration_h10} is to be allotted to it - NO ARGUMENTS! Put it in my calendar as an ORDER GIVEN - boots stamped, salute snapped, matter closed - NOT a suggestion mumbled in the canteen queue! And send them an invitation, HOP TO IT! You do NOT come back to me for permission - I do NOT repeat myself! EYES FRONT!",
        false,
    ),
    t(
        "h125-reschedule-seagull-keys",
        "reschedule",
        "(hushed) And here, on a windswept seafront, we witness a remarkable act of piracy. The herring gull, as bold as a pickpocket in a top hat, has waited patiently on the railings, eyeing its quarry: a human, distracted by a phone, with a set of car keys dangling from a finger. Then, in a blur of grey and white, it strikes. The keys are borne aloft and deposited, with evident satisfaction, on the roof of the amusement arcade, far beyond the reach of any human arm. The human, stranded, can only watch. Without its vehicle, it cannot possibly reach {day_of_move_h10} {clock_h10} with {person_h10}, and so, in a soft and submissive murmur, it asks that the meeting be moved to {to_h10}. Observe closely: this is no fresh entry hatched beside the original, but the very same meeting, migrating along the calendar to new territory - and the other party must be told of the new slot, lest they wait alone at the watering hole. Truly remarkable. But look... the gull returns. For the sunglasses.",
        false,
    ),
    t(
        "h125-reschedule-frozen-flagpole",
        "reschedule",
        "Telegram style as tongue is occupied STOP At ski resort STOP Licked frozen flagpole on a dare from nephew STOP Tongue stuck fast STOP Lift attendant gone for jug of warm water STOP Small crowd gathering with cameras STOP Cannot speak cannot leave STOP Therefore {day_of_move_h10} {clock_h10} with {person_h10} impossible STOP Do not cancel STOP Move it to {to_h10} STOP Same meeting shifted along calendar no duplicate left behind STOP Inform them of new slot so they are not left waiting STOP Dignity lost STOP Water arriving STOP Ow STOP",
        false,
    ),
    t(
        "h125-cancel-kazoo-band",
        "cancel",
        "Pray lend me an ear, though I'm writing in rhyme: / our kazoo band has buzzed its farewell, past its prime. / The comb-and-paper section has moved to the coast, / our bandleader's lips have gone stiff as a post, / and the scout hut we practised in, draughty and bare, / is full of yoga mats stacked everywhere. / So {day_of_h10} {clock_h10} with {person_h10}, to choose what we'd play, / has nothing to choose from - so cancel it, pray: / not shifted to some other hut, not put on pause, / but struck off for good, with no 'maybe' clause. / Please wipe it clean off of my calendar's page, / and tell them it's off, so they don't take the stage / in a sequinned waistcoat, kazoo in their hand, / to find only echoes instead of a band. / The paper is folded, the buzzing is through - / my thanks, and a sorrowful toot, to you.",
        false,
    ),
    t(
        "h125-habit-wrestling-ring",
        "habit",
        "MEMORANDUM. From: the masked villain of the regional wrestling circuit. Subject: my spine. I compose this from the corner of the ring, still in mask and cape, draped over the top rope while the referee counts my opponent out and the crowd boos me with great affection. Being body-slammed onto the canvas for a living, and hurling myself off the corner post like a sack of mail flung from a moving train, has left my lower back with all the suppleness of a park bench. Having taken advice, I hereby resolve to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time. This is a solo bout: no tag partner, no opponent, nobody to be invited. Kindly enter it in my calendar as a recurring commitment - a rematch that keeps climbing back into the ring of its own accord, which the promoters can never bring themselves to retire - so that I need not raise the matter with you again. I remain, yours in spandex and liniment, the Villain.",
        false,
    ),
    t(
        "h126-find-poker-table",
        "find",
        "Final table. Shades on, cards face down, chips stacked in towers I'm not counting out loud. Dealer's tapping the felt, waiting on me. So, short. Need a word with {people_h10} about the buy-in they still owe the kitty - {duration_terse_h10}, no more. Peek at my calendar {when_h10}{time_h10} the way I peek at my hole cards - corner lifted, palm cupped, nobody at the table any the wiser. Tell me where it's empty: no hand already being played there, no chips already in that pot, a seat open wide enough for us. I'm checking, not betting. Nothing goes in the calendar. No invite, no message, not a flicker of a tell in their direction. Cards stay close to my chest; I'll do the dealing myself when the table's broken up. Poker face. Your action, dealer.",
        false,
    ),
    t(
        "h126-find-spy-bench",
        "find",
        "The umbrella is furled. I repeat: the umbrella is furled. Your agent reporting from a park bench, collar up, hat brim down, newspaper raised with eyeholes snipped through the crossword, tossing crumbs to the ducks as cover while I keep watch on a gentleman in a beige mac who keeps retying the same shoelace with deeply suspicious devotion. Headquarters requires a quiet debrief with {people_h10}; {duration_h10} should be sufficient. Conduct a discreet sweep of my calendar {when_h10}{time_h10} and report back where the coast is clear - no operative already posted in that slot, nobody tailing along behind it, and cover wide enough to hide us all. Surveillance only: do not make contact. Plant nothing in my calendar and transmit nothing to them - no invitation, no message, not so much as a chalk mark on a lamppost. I'll make the approach myself when the gentleman in the mac has finished with his laces and melted into the crowd. This bench is being vacated. The ducks know nothing.",
        false,
    ),
    t(
        "h126-find-wife-carrying",
        "find",
        "Hei! Is me, standing on the start line of the wife-carrying championship, with my wife hanging upside down over my back in the proper grip, her legs round my neck like a scarf that has opinions and her hands holding tight to my belt. In front of us is the course: sand, logs to climb over, and a water pit where many strong husbands have gone down and come up with weed on the head. I am typing with the thumb only, so my English is little bit upside down also. Before the whistle: I must sit together with {people_h10} about the rules, because the jury says my grip is too creative. I think {duration_h10} is enough for it. Please, carry your eye over my calendar {when_h10}{time_h10} like I carry my wife over the course - careful, not dropping nothing - and tell me where the ground is free: no log already lying there, no pit already dug in it, and long enough for our talk. Only looking, not running: put nothing in my calendar and send nothing to them - no invitation, no message, not even a little splash in their direction. I speak with them myself when we have crossed the finish and my wife is again the right way up. In my village we say: who carries a heavy load must not stop to count the clouds. Whistle! Hold on, my dear!",
        false,
    ),
    t(
        "h126-book-cliff-diver",
        "book",
        "Okay - okay - toes curled over the lip of the cliff - sea boiling away far below like a washing machine full of marbles - crowd on the rocks gone dead quiet - wind whistling through my ears - hands chalked, goggles on, looked down, which was a mistake, never look down! Sorting this before I go: {duration_h10} with {people_h10} {when_h10}{time_h10} to go through the sponsorship deal! In for a penny, in for a pound - get it into my calendar, fixed and final, like a dive that's already left the rock - not me still teetering up here flapping my arms like a puppet with tangled strings! And send them an invite - straight off, no checking back with me, because nobody climbs back up a cliff in mid-air! Arms up - deep breath - here goes nothing - SPLAAASH!",
        false,
    ),
    t(
        "h126-book-ship-launch",
        "book",
        "I write from the ceremonial dais at the shipyard, in hat and gloves, beneath a hull so immense that it blots out the sky, while a brass band plays, bunting snaps in the breeze and a beribboned bottle dangles on its cord before me, awaiting my swing; the yard foreman has raised his hand, so I must be succinct. {people_and_i_h10} and I shall meet {when_h10}{time_h10} to settle the vexed question of the vessel's maiden berth, and {duration_h10} is to be reserved for the purpose. Kindly enter it in my calendar as a vessel launched - the bottle shattered across the bow, the chocks knocked away and the hull thundering down the ways into the harbour - and not a ship still propped upon the stocks awaiting her blessing; and dispatch an invitation to them forthwith. There is no call to consult me further: she is afloat, and no ship was ever hauled back up onto dry land to be launched again. May God bless her and all who sail in her.",
        false,
    ),
    t(
        "h126-book-silent-disco",
        "book",
        "omg im at a silent disco in the student union, evry1 in glowy headphones flailin to diff channels n the only actual sound is squeaky trainers n ppl belting out songs nobody else can hear lmaooo. im on blue obvs. anyway mid-shimmy i sorted it w/ {people_h10}: {duration_terse_h10} {when_h10}{time_h10} for the society budget thing. its a wrap, no cap. stick it in my cal n ping them the invite, dont wait on me to confirm, i literally cant hear a thing in these cans anyway. its locked in tighter than these headphones r clamped on my skull. brb the dj just flipped green to a power ballad n my whole channel is slow dancin w/ strangers",
        false,
    ),
    t(
        "h126-reschedule-contact-nap",
        "reschedule",
        "(whispering) Hi - sorry, I have to whisper. I'm pinned flat on the sofa under a sleeping baby who has finally, finally dropped off on my chest after endless jiggling, shushing and pacing the landing like a caged lion. She's snoring tiny milky snores into my collarbone, a little fist is wrapped round my necklace, and my arm has gone completely numb. If I so much as sneeze, the whole house of cards comes tumbling down. So there's no way on earth I can make {day_of_move_h10} {clock_h10} with {person_h10}. Could you move it to {to_h10}? The meeting that's already in my calendar, I mean - gently lifted and laid down in its new spot, the way you'd ease a sleeping baby into a cot, nothing left behind where it was - and let them know the new time, so they're not left waiting for me. You're a star. Oh no - she's stirring... no... false alarm. Nobody breathe.",
        false,
    ),
    t(
        "h126-reschedule-goose-standoff",
        "reschedule",
        "Well, partner, reckon I've wandered into a showdown. I'm out on the canal towpath, and there's a goose standin' square in my way, wings spread wide as swingin' doors, neck low like a rattler fixin' to strike, hissin' like a kettle on a campfire. This here towpath ain't big enough for me and that goose, and I'd wager the goose has come to the same conclusion. I take a step, it takes a step. My boots are rooted, my hat's in my hand, and there ain't a sheriff for miles. So I won't be ridin' into {day_of_move_h10} {clock_h10} with {person_h10}, no sir. Mosey it on over to {to_h10}, would ya? The same meetin' that's already sittin' in my calendar, mind - herded on down the trail to its new spot, not a stray copy left tied up at the hitchin' rail - and send word to 'em about the new time, so they ain't left waitin' by the water trough. Uh-oh. It's honkin'. I'm backin' away real slow.",
        false,
    ),
    t(
        "h126-cancel-debating-society",
        "cancel",
        "Order! Order! I write as the outgoing chair of our debating society, from the dispatch box of a wood-panelled chamber where the benches stand empty, the gavel lies wrapped in a duster and the portrait of our founder leans against the wall with its face turned to the panelling. The motion before the House - that this House would dissolve itself - has been carried without a dissenting voice, the opposition benches having defected en masse to the pub quiz. Accordingly, {day_of_h10} {clock_h10} with {person_h10}, at which we were to draw up the motions for the regional tournament, no longer has a House to sit in. I therefore move that it be cancelled and struck from my calendar entirely - not adjourned, not referred to committee, not carried over into another chamber - and that they be told it is off, lest they arrive clutching their rebuttals only to address rows of empty green leather. Motion carried. Clear the chamber.",
        false,
    ),
    t(
        "h126-task-buried-in-sand",
        "task",
        "Dictating from a beach, where I have been buried up to the chin in sand. My nieces and nephews did the honours with plastic spades and alarming zeal, patted me down as flat as a billiard table, sculpted a mermaid's tail where my legs used to be, and then scampered off to chase the waves. My phone is wedged against a bucket, a hermit crab is conducting a thorough inspection of my ear, and I cannot move so much as a finger. Since I'm stuck fast, I may as well get something off my chest - metaphorically, the chest itself being under a considerable quantity of beach: I need to {task_h10} {due_h10}. This is mine alone - nothing to arrange with anybody, no meeting, no invitations. Please put it on my to-do list as a task, due as I said, and note that it should take {duration_h10}, assuming somebody digs me out before the tide comes in. The crab has moved on to my nose. Splendid.",
        false,
    ),
    t(
        "h127-find-trainspotter",
        "find",
        "End of the platform. Flask, notebook, anorak zipped to the chin, lens trained on the signal gantry. The express is due through and I'm not taking my eye off the cutting. So: brief. Need a word with {people_h10} about the society newsletter - {duration_terse_h10}, tops. Read down my calendar {when_h10}{time_h10} the way I read down a timetable: line by line, no skipping. Tell me where the track's clear - nothing already running on that line, no freight crawling up behind it, a gap wide enough to slip us through. Spotting only. Don't underline anything in the book: nothing goes into my calendar, no invite, no message, not so much as a wave from the footbridge their way. I'll catch them myself at the clubroom when the express has gone through. Signal's dropped. Lamps in the cutting. Pen ready.",
        false,
    ),
    t(
        "h127-find-air-guitar",
        "find",
        "Hello from backstage of the air guitar championship! I am competitor from a small town by the lake, and I stand here in leather trousers and a wig of enormous hair, my invisible guitar hanging on my invisible strap, waiting that they call my name. Excuse my English - it plays a few wrong chords, but with big feeling. The organisers have a new toy: a camera that must judge how real the invisible guitar looks, but it gives the best marks to a man who was only scratching his back, and nothing at all to the most beautiful solo of nothing I have ever not played. About this I must sit together with {people_h10}, and {duration_h10} is enough, I think. Please, can you strum softly across my calendar {when_h10}{time_h10}, like I strum the strings that are not there, and tell me where is silence - no song already playing in that place, no other band already on that stage, and long enough for our talk? Only listening, please, no playing: put nothing in my calendar and send nothing to them - no invitation, no message, not even a small squeal of feedback from the amplifier. I find them myself after I come down from the stage and give back the wig. My grandmother always told me: empty hands make the loudest music. Now they call me. Rock and roll!",
        false,
    ),
    t(
        "h127-find-geocaching",
        "find",
        "Right, so, picture this: I'm up to my shins in nettles partway up a hillside with the kids, waving my phone about like a castaway hunting for a signal on a desert island, because somewhere within spitting distance there's a geocache - a little plastic tub with a logbook and a few keyrings in it - and the app insists we're standing right on top of it. We are standing right on top of a very surprised hedgehog. The latest update has decided that north is whichever way I happen to be facing, so we've been marching round in ever-smaller circles like bathwater on its way out. Anyway, as the kids poke about under rocks: I need to get together with {people_h10} about the school fun run, and {duration_h10} should cover it. Could you hunt through my calendar {when_h10}{time_h10} the way we're hunting this hillside, and tell me where the coordinates land on open ground - nothing already tucked under that rock, nobody else's tub stashed in that hedge, and room enough for all of us? Just a look, mind - we're only reading the map here, not digging: don't hide anything in my calendar, and don't send them an invite or a message, not so much as a smiley scrawled in the logbook their way. I'll get in touch with them myself when we're home and I've picked the goosegrass out of the dog. Oh, hang on - my youngest is shouting. It was in the hollow of the tree we've been leaning on all along. Typical.",
        false,
    ),
    t(
        "h127-book-tug-of-war",
        "book",
        "Heave - dig in your heels - HEAVE! I'm the anchor on our tug-of-war team at the school sports, rope wound round my middle, heels gouged into the turf, leaning back so far I'm staring straight up at the clouds, and the lot on the other end are as immovable as a piano at the top of a spiral staircase - heave! The new electronic judge on the centre mark is meant to blare a horn whenever the ribbon crosses over, but it blares every time the ice cream van plays its tune, so we've been crowned champions and booed off more often than a pantomime villain - heave! So we've dug in and we're not giving an inch: {duration_h10} with {people_h10} {when_h10}{time_h10} to get that horn blaring for the ribbon and not for the ice cream van! Get it into my calendar as a pull that's been won - ribbon dragged over the line, the other lot sprawled face-down on the grass, the rope dropped in a heap - not us still locked in a stalemate, groaning like a rusty drawbridge! And send them an invite! Don't wait for a word from me - every breath I've got is going into this rope! Heave - heave - it's moving - HEAVE!",
        false,
    ),
    t(
        "h127-book-barbershop-harmony",
        "book",
        "Bah-dah-bum-bummm! Hello from the wings of the barbershop harmony contest, where I'm buttoned into a candy-striped blazer with a straw boater and a bow tie the size of a butterfly, and our little group is humming the pitch into each other's ears like bees in a jam jar. Sweetest sound this side of the rainbow, honestly! The only wobble in the chord: the new pitch-pipe app on my phone creeps sharper whenever somebody's phone buzzes, so we start in a lovely key and end up somewhere else entirely, like a lift that's lost its buttons. So it's all tied up with a bow: a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to get that app holding its note. Could you put it in my calendar like a chord that's been struck and left to ring - every voice locked in, the overtones bouncing off the rafters, boaters swept off to the crowd - and not a harmony we're still hunting for in the car park? And send them an invite, with a doff of my boater! No need to come back to me - they've called our name and we've already taken the breath! Ahhh-men!",
        false,
    ),
    t(
        "h127-book-time-capsule",
        "book",
        "I write from the school playground, standing at the lip of a freshly dug pit in my academic gown, a ceremonial spade in my gloved hand and a steel capsule at my feet, packed with the pupils' letters to the future, a class photograph and, I am reliably informed, a rather sticky yo-yo; the choir has begun the school song and I am to speak directly after it, so I shall be concise. {people_and_i_h10} and I have resolved to meet {when_h10}{time_h10} to consider the parents' concerns about the school gates, and {duration_h10} is to be set aside for it. Please record it in my calendar as a capsule sealed and interred - the lid bolted down, the earth tamped back over it and the commemorative plaque screwed into place - and not a box still standing open on the trestle table awaiting its last letters; and send them an invitation without delay. There is no call to refer the matter back to me: what is buried stays buried, and it is not to be dug up again by anybody presently living. I remain, with the compliments of the staff room, the Head.",
        false,
    ),
    t(
        "h127-reschedule-split-trousers",
        "reschedule",
        "omg. so im at my school reunion disco n thought id bust out the worm like back at school discos. big mistake. HUGE. hit the floor, did the wriggle, n heard a rip louder than the bass drop. trousers split right down the back seam n now im wedged in the corner behind the speaker stack w my jacket knotted round my waist like a nappy, waitin on my mate to fetch a sewing kit from her car 🙃 so theres no way im makin {day_of_move_h10} {clock_h10} with {person_h10} in this state lol. can u move it to {to_h10}?? the meeting thats already in there i mean - just budge it along my cal, dont leave a spare behind - n let them know the new time so theyre not stood there like a wallflower waitin for me to turn up. ugh the dj just put on a slow song. do NOT make eye contact w anybody",
        false,
    ),
    t(
        "h127-reschedule-flash-mob",
        "reschedule",
        "And he's been swallowed whole! Extraordinary scenes here on the station concourse as a flash mob bursts out of nowhere - commuters flinging down their briefcases, a cleaner twirling her mop like a baton, a brass section rising from behind the ticket machines - and our man, clutching his coffee and his umbrella, is swept into the middle of the routine like a cork in a whirlpool! He tries the side exit - blocked! He tries to look as if he's part of it - and the crowd adores it! There is no way through this throng, and that surely puts paid to {day_of_move_h10} {clock_h10} with {person_h10}. So the call goes in: shift it to {to_h10}! Mark this, it's the very same meeting that's already on the board, transferred to the new slot - not a substitute left warming the bench alongside it - and the other party must be told of the new time, so they're not left standing in the centre circle all on their own. Oh, and now they've hoisted him onto their shoulders! What a finish! (That's me, by the way. Please move it and tell them.)",
        false,
    ),
    t(
        "h127-cancel-duck-race",
        "cancel",
        "Sing, O muse, of the rubber duck race, and of its fall! For lo, the yellow host was mustered in nets upon the old stone bridge, each duck sponsored by the good townsfolk, each dreaming of glory at the finishing boom. But the river, by the spite of the gods, shrank beneath the arches to a trickle a child could step across; the heron came and carried off the favourite; and a mighty wind scattered the rest of the flock into the ornamental fountains of the park, whence they have not returned. The committee has laid down its clipboards for good. So {day_of_h10} {clock_h10} with {person_h10}, where we were to chart the course of the flotilla, has no river left to sail upon. Cancel it, I beseech thee, and strike it from my calendar entirely - not borne downstream to some other pool, nor left adrift to bob up on another tide, but gone like a duck over the weir - and send word that it is off, lest they stand upon the bridge with a net and a starting pistol, gazing down at dry stones. Thus ends the tale. Quack.",
        false,
    ),
    t(
        "h127-task-salon-dryer",
        "task",
        "SORRY IF I'M SHOUTING - I'm under the big hood dryer at the hairdresser's, head full of foils like I'm trying to pick up radio from outer space, and the roar in here is like sitting inside a jet engine that's been told to keep its voice down. Magazine on my lap, cup of tea going lukewarm at my elbow, and I'm not allowed to stir until the colourist comes back to check on me. So, since I'm stuck under here like a tortoise in its shell: I need to {task_h10} {due_h10}. That's just me on my own - nobody to meet, nothing to send, no invitations. Can you pop it on my to-do list as a task, due like I said, and jot down that it should take {duration_h10}, roughly? Oh, here she comes - she's peeling back a foil to have a peek. Please don't say orange. Please don't say orange...",
        false,
    ),
    t(
        "h128-find-tandem-bike",
        "find",
        "Greetings from the back saddle of a tandem bicycle, which is the least glamorous seat in all of cycling: my partner up front does the steering, the braking, the gear changes and the admiring of the view, and I get a close-up of a rain jacket and the privilege of pedalling whenever I'm told. The handlebars at my end are bolted on purely for decoration, which tells you everything about my standing in this partnership. We're grinding up a hill so steep that the road signs appear to be leaning backwards. Anyway, since I've got nothing to steer: I need to thrash things out with {people_h10} about the club's insurance renewal, and {duration_h10} ought to do it. Could you coast down my calendar {when_h10}{time_h10} and tell me where the road is clear - no traffic already on that stretch, no parked vans hemming it in, and a gap wide enough for the lot of us to ride through side by side? But be the back rider on this: pedal, don't steer. Nothing goes into my calendar - no invitation, no message to them, not so much as a tinkle of the bell in their direction. I'll sort it out with them myself when we've reached the top and I can feel my knees again. Oh - we're standing on the pedals. Apparently this is the flat bit.",
        false,
    ),
    t(
        "h128-find-sunlounger-towel",
        "find",
        "lol ok so im on hols n ive crept down to the pool before anybody else is up to bag the good sunloungers w towels. its a full on turf war down here, theres a bloke in socks n sandals circlin my row like a shark round a lilo 😂 anyway while im on guard duty: need a catch up w {people_h10} about the leaving do, {duration_terse_h10} max. can u have a nosy at my cal {when_h10}{time_h10} n tell me where theres a free lounger? nothin already sprawled on it, no towel already slung over it, n space for all of us. LOOKIN ONLY!! dont drape anythin over it, dont put nothin in my cal, no invite, no msg to them, not even a wave across the pool. ill sort it w them myself when im home n a bit less sunburnt. uh oh socks n sandals is makin his move. HOLD THE LINE",
        false,
    ),
    t(
        "h128-find-hide-and-seek",
        "find",
        "(whispering) Airing cupboard. Knees to chin. Towels on my head, boiler gurgling at my ear. Hide-and-seek with the kids - they're counting in the hall. Can't type much. Need a word with {people_h10} about the roof repairs. {duration_terse_h10}, roughly. Eye my calendar {when_h10}{time_h10} the way I'm eyeing the landing through the gap by the hinges. Where's it empty? Nobody already hiding there, nothing squashed in beside it, room for all of us. Look only. Stay hidden: nothing in my calendar, no invite, no message to them, not a creak. I'll reach them myself when I've been found. Footsteps on the landing. Handle's turning. Breathe through the nose.",
        false,
    ),
    t(
        "h128-book-centrifuge",
        "book",
        "Nnngh - strapped into the centrifuge at astronaut school - the arm whirling me round like a bucket swung over somebody's head - cheeks peeling back like curtains in a gale - eyelids weighing a tonne - grey creeping in at the edges - can barely lift a finger to the screen! Getting this out while I still can: {duration_h10} with {people_h10} {when_h10}{time_h10} to sign off the mission patch design! Book it - press it into my calendar as hard as this seat is pressing me - flattened in, fixed, not some maybe floating about weightless in the cabin - and send them the invite! Don't check back with me - I can't even lift my tongue - mmmf - slowing - slowing - oh, the room's still going round...",
        false,
    ),
    t(
        "h128-book-siege-reenactment",
        "book",
        "Hark! I pen these lines from the ramparts of a castle under siege - or, to be exact, from a folding stool behind a wooden trebuchet, clad in chainmail and a helm that whistles in the wind - while the enemy host, a troop of history buffs in tabards, mills about the moat with foam swords and flasks of tea. The counterweight is hoisted, the sling is laden with a sack of wet sponges, and the marshal awaits my word, so I must be brief. {people_and_i_h10} and I have sworn to parley {when_h10}{time_h10} touching the vexed matter of the visitor car park, and {duration_h10} is to be reserved for it. Let it be writ into my calendar as a missile loosed - the arm swung, the sponge sailing over the battlements, beyond all recalling - and not a stone still cradled in the sling; and let an invitation be borne to them forthwith. Seek not my further leave: no trebuchet ever built could catch back what it hath flung. Loose!",
        false,
    ),
    t(
        "h128-book-head-shave",
        "book",
        "Eek, it's actually happening! I'm perched on a swivel chair in the middle of the staff room with a bin bag tied round my neck like a superhero cape, the whole office cheering me on, and the clippers are mowing a stripe straight up the middle of my head like a lawnmower through a meadow. Great clumps of hair are tumbling into my lap and apparently I'm starting to look like a newborn hedgehog - but the sponsorship page has gone through the roof, so there's no wriggling off this chair! While I'm pinned here: {people_h10} said yes to a {duration_adjective_h10} catch-up {when_h10}{time_h10} about the sponsor forms, so could you pop it into my calendar - locked in, as bare and final as my scalp is about to be, no wispy maybes left hanging - and send them an invite? Go right ahead without me, I can't exactly nod with clippers at my skull! Ooh, that's cold. Is it meant to be that cold? Who opened a window?",
        false,
    ),
    t(
        "h128-reschedule-stepping-stones",
        "reschedule",
        "Hello. I am hiker from abroad, on walking holiday, and I am standing on a stone in the middle of a river. It was a path of stones - you jump, jump, jump and you are over, very easy. But the rain came in the hills, the river grew up behind me, and now the stones in front are under the water and the stones behind are also under the water. So I stand here on my little island with my rucksack, like a statue somebody put in a fountain for a joke. A man with a dog on the bank is shouting that the rescue is coming with a rope. So {day_of_move_h10} {clock_h10} with {person_h10}, I cannot be there, it is not possible. Please, move it to {to_h10}. The same meeting that stands already in my calendar - you carry it across to the new place, stone by stone, and leave nothing behind on the old stone - and tell them the new time, so they do not wait for me on the other side of the water. Ah - the rope flies to me. I catch it. Wish me dry socks!",
        false,
    ),
    t(
        "h128-reschedule-nativity-play",
        "reschedule",
        "Sorry, sorry - I'm in the wings of the school nativity play with a stapler in my teeth and it is carnage. The innkeeper has stage fright and is hiding under the manger, the star on its stick has snapped, a shepherd is wearing his tea towel as a cape, the angel has just announced to the entire hall that she needs the loo, and the donkey's ears have fallen off. Every parent in the room is filming. So I have about as much chance of making {day_of_move_h10} {clock_h10} with {person_h10} as that donkey has of getting its ears back on straight. Could you move it to {to_h10}? The meeting that's already in my calendar, I mean - passed along to its new spot like the baby doll going down the line of kings, nothing left lying in the old place - and let them know the new time, so they're not sat waiting while I'm gluing ears onto a donkey. Oh no. The kings have started singing the wrong song. And everyone's joining in.",
        false,
    ),
    t(
        "h128-cancel-ice-bath",
        "cancel",
        "W-w-well, here I am, s-sat up to my neck in a tub of ice water in my friend's garden, because s-somebody on the internet promised it would make me a new person. So far it has made me a b-blue person. My teeth are going like castanets, my toes have gone very quiet, and there's a robin on the fence looking at me with open p-pity. Anyway: {day_of_h10} {clock_h10} with {person_h10} can go - the board has shelved the whole project, so there's n-nothing left to talk about. C-c-cancel it, please. Out of my calendar entirely - not moved to some warmer spot, not left b-bobbing in the tub for another go, just g-gone, like the feeling in my feet - and let them know it's off, so they don't turn up for nothing. Is that the b-buzzer? That's the buzzer. T-towel! TOWEL!",
        false,
    ),
    t(
        "h128-habit-contortionist",
        "habit",
        "Lab journal, latest entry. Subject: myself, a circus contortionist, presently folded into a perspex box not much bigger than a microwave, feet tucked behind ears, chin resting on own knee, awaiting the drum roll. Observation: a career spent tying myself in reef knots has left my back bendy in all the wrong directions and stiff in all the right ones; the physiotherapist describes my spine as a deckchair that has forgotten how to stand up. Conclusion: I shall {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time. Method: alone - no assistants, no audience, nobody to invite. Required action: enter it in my calendar as a recurring fixture that keeps unfolding itself again and again of its own accord until I personally say otherwise, so that the matter need not be raised with you again. End of entry. Lid closing. Breathe in.",
        false,
    ),
    t(
        "h129-find-triangle-player",
        "find",
        "I address you from the back row of the symphony orchestra, where I have the honour to play the triangle - a post of grave responsibility and almost total idleness. The score grants me an ocean of rests before my solitary ting, and I am counting the bars silently on my fingers, like a shepherd tallying sheep that refuse to stand still, beater poised and instrument dangling from its little loop of string, while the conductor glowers at the brass section as a cat glowers at a closed door. My cue being not yet in sight, I shall attend to business. I require a quiet conference with {people_h10} concerning the music stands, whose lamps flicker whenever the timpani roll; {duration_h10} ought to suffice. Would you be so good as to run your eye along my calendar {when_h10}{time_h10} as I run mine along the score, and tell me where the staves stand empty - no passage already written in, no other instrument already playing in that bar, and room enough for all of us to gather? Pray note, however, that this is a rest and not an entry: write nothing into my calendar and send nothing to them - no invitation, no message, not so much as a tinkle in their direction. I shall approach them myself when the final chord has died away and the applause has rattled itself out like hail on a tin roof. Ah. The baton is swinging round towards me like a lighthouse beam. Ting.",
        false,
    ),
    t(
        "h129-find-rock-paper-scissors",
        "find",
        "Rock paper scissors championship. Knockout round. Folding table, chalk line, referee with a whistle. Across from me: shaved head, jaw like an anvil, pumping his fist like he's churning butter. Crowd chanting. So - short. Need a sit-down with {people_h10} about the league's sponsorship money - {duration_terse_h10}, no longer. Scan my calendar {when_h10}{time_h10} the way I'm scanning his knuckles: slow, cold, missing nothing. Where's it bare? Nothing already thrown down there, no paper wrapped over it, no scissors snipping it short, room for all of us. Watching, not throwing. Nothing goes in my calendar. No invite. No message. Not so much as a twitch of a finger their way. I'll handle them myself when the bracket's settled. Referee's hand is up. He's gone pale. He's going paper. Scissors it is.",
        false,
    ),
    t(
        "h129-find-musical-chairs",
        "find",
        "Hello from party of my niece! I am the uncle with the most important job: I control the music for musical chairs. The children run round and round the chairs like moths round a porch lamp, and when I press pause they throw themselves at the seats like sailors at the last lifeboat. Much screaming. Some biting, I think. Excuse my English, I learn it mostly from song lyrics, so sometimes it rhymes when it should not. While the children run: I must talk together with {people_h10} about the parking at the school gate, and {duration_h10} is enough, I think. Please, walk around my calendar {when_h10}{time_h10} like the children walk around the chairs, and tell me where a chair is still empty - nobody already sitting on it, no jacket thrown over it, and big enough for all of us. But only looking, please - do not sit down! Put nothing in my calendar and send nothing to them - no invitation, no message, not even a little wave across the room. I speak with them myself when the party is finished and the balloons are all popped. Everybody knows: the hand on the pause button is the hand that makes the tears. Stop! Music off! Oh no. My niece is out. I am in big trouble now.",
        false,
    ),
    t(
        "h129-book-crowd-surfing",
        "book",
        "Whoaaa - I'm crowd-surfing - actually doing it - flat on my back on a sea of hands at the front of the gig, being passed overhead like juicy gossip through a village - a trainer's gone - hoodie riding up - somebody's got hold of my belt - the band's going full pelt and the lights are strobing like a thunderstorm trapped in a jar! While I've got a hand free: {duration_h10} with {people_h10} {when_h10}{time_h10} to sort out the tour van insurance! Book it - land it in my calendar - lifted over the barrier by security and set down on solid ground - not me still bobbing about up here like a beach ball nobody wants to catch! And send them the invite! Don't check back with me - I can't even see my phone, it's gone off somewhere into the crowd - whoa - tipping - down I go - hello, security!",
        false,
    ),
    t(
        "h129-book-gurning-contest",
        "book",
        "Hiya! You won't believe where I'm typing from: I've got my head poked through a horse collar on the stage at the village show, and I'm in the gurning contest, pulling the ugliest face I can manage - bottom lip hauled right up over my nose, eyes crossed, cheeks sucked in till I look like a walnut that's just had some bad news. The judges are peering at me like a pawnbroker at a dodgy watch, and my gran's in the front row shouting encouragement. Anyway, I can type, I just can't talk: I've fixed up a {duration_adjective_h10} sit-down with {people_h10} {when_h10}{time_h10} about the tombola at the school fete, so could you stick it in my calendar - set firm, the way my mum always warned my face would stay if the wind changed, no wobbly maybes - and send them an invite? Don't bother running it past me, I can't exactly say yes with my lip up my nostrils! Ooh, they're holding up the scores. Is that good? That looks good. Gran's crying.",
        false,
    ),
    t(
        "h129-book-lawnmower-race",
        "book",
        "Pit wall, pit wall, do you read? Over. Racing a ride-on lawnmower round a bumpy field, blades off, throttle wide open, engine coughing like a grandad at a bonfire, grass cuttings in my goggles. Leader's just ahead on the straight, exhaust spitting. Keeping comms short. Over. {people_and_i_h10} and I will meet {when_h10}{time_h10} about the spectator fencing, and {duration_h10} is to be blocked out for it. Over. Log it in my calendar as a chequered flag - race run, result posted, mower back in the shed - not a grid still revving on the start line. Over. Send them the invitation. Repeat: send them the invitation. No need to raise me on the radio for approval. Over. Tyre wall on the bend - braking - not braking - out.",
        false,
    ),
    t(
        "h129-reschedule-kiss-cam",
        "reschedule",
        "omg omg omg. at the basketball w my mates n the kiss cam just landed on me n my mate's dad. big heart round our heads on a screen the size of a house, whole arena chanting. i panicked n offered him a handshake. a HANDSHAKE. crowd booed like we'd nicked the mascot's head lol. now im hunched inside my hoodie like a tortoise that's just opened its tax bill 💀 so no way am i showin my face at {day_of_move_h10} {clock_h10} with {person_h10}, gotta lie low. can u bump it to {to_h10}?? the meeting thats already in my cal i mean - slide it along, dont leave a copy sat in the old spot - n tell them the new time so theyre not sat there like a lemon. ugh the camera's swingin back round. DO NOT LOOK UP",
        false,
    ),
    t(
        "h129-reschedule-muster-drill",
        "reschedule",
        "Hello, dear, it's me, stood on the top deck of a cruise ship in a bright orange life jacket that makes me look like a satsuma in a hurry. It's the safety drill, you see - the captain crackling away over the loudspeakers, a young man with a clipboard ticking us off like library books, and all of us herded into rows at our muster station like a school photograph nobody wanted to be in. Nobody's allowed back below until every name's been called, and the gentleman behind me has put his jacket on back to front and looks like a parcel somebody wrapped with their eyes shut. So I shan't be making {day_of_move_h10} {clock_h10} with {person_h10}, I'm afraid - I can't even get back to my cabin for my reading glasses. Would you be a poppet and move it to {to_h10}? The meeting that's already in my calendar, I mean - just carried along to its new spot like a deckchair dragged to a sunnier bit of deck, nothing left behind in the old place - and let them know the new time, so they're not left twiddling their thumbs waiting for me. Ooh, that's the horn. Everybody's clapping, so I suppose we've not sunk.",
        false,
    ),
    t(
        "h129-cancel-twister",
        "cancel",
        "The spinner said left hand, red. It always does. I'm at my sister's house party, folded over a plastic mat like a road map nobody can put back, right foot on blue, left hand on red, somebody's elbow parked in my kidneys and my cousin's chin resting on my shoulder like it pays rent there. Nobody in this room is going anywhere. It's that kind of party. So, the business: {day_of_h10} {clock_h10} with {person_h10}, where we were going to pick a new supplier for the office chairs - the deal fell through. The supplier folded like a cheap card table, and there's nothing left on the table to talk about. Cancel it. Strike it from my calendar clean - no forwarding address, no rain check, no 'maybe' left lying on the mat - and tell them it's off, so they don't show up to an empty room with their hat in their hand. Then the spinner clicked round again. Right hand, green. I reached. The whole heap went down like a rack of badly parked bicycles. Some games nobody wins.",
        false,
    ),
    t(
        "h129-habit-stone-skipping",
        "habit",
        "Dear assistant, I write from a shingle beach, where I have just retained my title as champion stone skipper - a noble sport in which grown adults crouch at the water's edge and fling flat pebbles sideways at the sea, while a panel of judges in anoraks counts the bounces with the solemnity of bishops. My winning throw danced across the bay like a flea on a hot stove. Alas, a career spent whipping my arm round sideways has left my shoulder creaking like an old garden gate and my back twisted like a wrung dishcloth, and the physiotherapist says I walk like a crab that has mislaid its keys. I have therefore resolved to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time. This is mine alone: no teammate, no coach, nobody to invite. Please enter it in my calendar as a recurring fixture - a stone that keeps on skipping, bounce after bounce across the water, never sinking until I say so - so that I need not raise the matter with you again. Yours, with a very sore arm, the Champion.",
        false,
    ),
    t(
        "h130-find-polygraph",
        "find",
        "Polygraph room. Cuff tight on my arm, sensors taped to my fingertips, a rubber belt round my ribs. Needles scribbling across the paper roll like an earthquake drawing its own portrait. Examiner opposite with a face like a locked safe. Yes-or-no answers only, so this stays short. Need a word with {people_h10} about the vetting paperwork - {duration_terse_h10}, tops. Go over my calendar {when_h10}{time_h10} the way this machine goes over me: every flicker logged, nothing taken on trust. Tell me where it's honestly empty - nothing already sitting there, nothing hiding under the surface, room for all of us. The plain truth, no action. Nothing goes in my calendar. No invite. No message. Not so much as a raised eyebrow their way. I'll make contact myself when I'm unplugged - and that's the whole truth and nothing but. Another question coming. Is the sky blue. Yes. Needle jumps anyway. Marvellous.",
        false,
    ),
    t(
        "h130-find-leaning-tower",
        "find",
        "Hello! I am tourist, and I write you standing on the grass in front of the famous leaning tower, my arms up in the air and my palms flat against nothing, because I make the photo where I hold up the tower so it does not fall. My husband lies on his belly in the grass with the camera and shouts 'left! more left! now you are pushing a cloud!' All around me many other tourists make the same pose, so it looks like a whole crowd is propping up a building that was crooked before all our grandmothers were born. Excuse my English - I learn it from a phrasebook with many pages missing, so I must build the bridge while I walk on it. While my arms are in the sky: I must sit together with {people_h10} about the suitcase that the airline has sent to the wrong country, and {duration_h10} is enough, I think. Please, can you look through my calendar {when_h10}{time_h10} the way my husband looks through the camera, with an eye squeezed shut, very careful, and tell me where it stands empty and straight - nobody already standing there, nothing leaning on it, and long enough for our talk? Only looking, please - do not push! Put nothing in my calendar and send nothing to them: no invitation, no message, not even a postcard. I speak with them myself when we are back in the hotel and my arms come down from the sky. In my country we say: the crooked tower never falls, because everybody is holding it up. Click! He says the photo is wrong and in it the tower now falls on my head. Again!",
        false,
    ),
    t(
        "h130-find-flotation-tank",
        "find",
        "Breathe in... and out. I'm speaking to you from inside a flotation tank at the wellness centre - a dark, lidded pod of water so thick with salt that I'm drifting on top of it like a message in a bottle, ears under the surface, no light, no sound, just the soft drum of my own heartbeat. I am weightless. I am a still pond. Let the thoughts pass by like clouds... all except this thought, which I'm holding gently, the way you'd hold a soap bubble: I'd like a quiet conversation with {people_h10} about the office move, and {duration_h10} should be plenty. So, if you would, let your attention float softly over my calendar {when_h10}{time_h10} - without grasping, without judging - and simply notice where there's empty space: nothing already resting there, nothing stirring the water, room enough for all of us. Notice, and leave it be. We're observing, not doing: nothing goes into my calendar, no invitation drifts their way, no message, not even a gentle nudge. I'll reach out to them myself when I've climbed out, rinsed off the salt and remembered which way is up. And... return to the breath. Oh - is that knocking on the lid? The attendant says I've been snoring.",
        false,
    ),
    t(
        "h130-book-pogo-stick",
        "book",
        "Hup - hup - hup - I'm bouncing the length of the high street on a pogo stick for the hospice fundraiser - knees bent, elbows out, springing up and down like a jack-in-the-box that's just heard good news - shoppers diving into doorways - a pigeon's given up on me altogether - hup! Can't stop - if I stop, I topple like a chimney in a demolition video! So, quick, while I'm airborne: a {duration_adjective_h10} huddle with {people_h10} {when_h10}{time_h10} to sort out who rattles the collection buckets! Book it - plant it in my calendar flat-footed and solid as a postbox - not me still pinging about in mid-air with nowhere to land! And send them the invite! No need to check back with me - I can't hold the phone steady on the way up, never mind on the way down! Hup - kerb - hup - puddle - hup - oh, sorry, madam - lovely hat!",
        false,
    ),
    t(
        "h130-book-knighthood",
        "book",
        "I compose this upon a velvet kneeling stool in the ballroom of the palace, in a hired tailcoat whose trousers were plainly cut for a taller and more fortunate man, while an equerry hovers at my elbow and the royal sword hangs poised above my shoulder like a question waiting for its answer. I have been warned that I must neither sneeze nor fidget nor, upon any account, attempt a pleasantry, so I shall be economical. {people_and_i_h10} and I have agreed to meet {when_h10}{time_h10} to settle the thorny question of the charity's new trustees, and {duration_h10} is to be reserved for the purpose. Pray enter it in my calendar as an honour conferred - the blade laid upon each shoulder, the command to rise pronounced, the insignia pinned upon the lapel - and not a name still languishing upon a list awaiting approval; and send them an invitation by return. There is no need to refer the matter back to me: what the Crown has bestowed is not handed in at the palace railings on the way out. 'Arise,' says the monarch. I arise. My knees crack like a starting pistol, and a guardsman very nearly salutes.",
        false,
    ),
    t(
        "h130-book-ear-piercing",
        "book",
        "omgg im on a stool at the piercing kiosk in the shopping centre gettin my ears done, lady's dotted my lobes w purple pen n is loadin the gun rn, my mate's filmin n a bunch of kids r pressed up against the glass starin at me like im a puppy in a pet shop window 😭 ok quick before she fires: sorted it w {people_h10}, {duration_terse_h10} {when_h10}{time_h10} for the flat deposit thing. pinky promised, no take-backsies. bung it in my cal n fire off the invite, dont wait on me to say yes, im literally not allowed to move my head. its stuck in there tighter than these studs r about to be. OW. ok that was fine actually. other ear now. OW OW",
        false,
    ),
    t(
        "h130-reschedule-stuck-jumper",
        "reschedule",
        "Oh, this is mortifying. I'm in a changing cubicle at a clothes shop in town, and I tried on a polo neck jumper that was clearly knitted for a much smaller human, and now it's stuck fast: my arms are pinned straight up over my head, my face is jammed in the neck hole like a mole peering out of its tunnel, and the empty ends of the sleeves are flopping about above me like an inflatable tube man outside a car dealer's. The shop assistant keeps asking through the curtain whether everything's all right, and I keep trilling 'lovely, thanks!' through a mouthful of wool. I'm typing this with the tip of my nose, on the phone propped up on the little stool. So I can't possibly get to {day_of_move_h10} {clock_h10} with {person_h10} - I'll be lucky to get out of here with my dignity, let alone my eyebrows. Could you move it to {to_h10}? The meeting that's already in my calendar, I mean - lifted across to its new spot like a hanger slid along the rail, no copy left dangling in the old place - and let them know the new time, so they're not kicking their heels waiting for me. Oh dear, the curtain's twitching. She's come in with the scissors. Well. I suppose I'm buying it, then.",
        false,
    ),
    t(
        "h130-reschedule-christening",
        "reschedule",
        "SCENE: A chilly village church. A stone font, centre stage. The VICAR, in white robes, beams at the congregation. Enter the GODPARENT - that's me - clutching the baby, who wears a lace gown long enough to trip a bishop and is wailing like a smoke alarm that's been insulted. The baby seizes the VICAR's spectacles. The congregation gasps. Photographs on the church steps and a reception in the church hall loom ahead; there is no exit, stage left or otherwise. GODPARENT (aside, thumbing a phone behind the hymn book): There's no earthly way I'll make {day_of_move_h10} {clock_h10} with {person_h10}. Move it to {to_h10}, would you? The meeting already in my calendar, mind - carried over to its new place the way this baby is about to be carried to the font, nothing left behind in the old spot - and tell them the new time, so they aren't left waiting in an empty room. (The VICAR dips his fingers in the water. Silence. The baby sneezes on him. Curtain.)",
        false,
    ),
    t(
        "h130-cancel-hoovered-ring",
        "cancel",
        "THIS DEED is made by me, the undersigned, kneeling on the hallway carpet amid the emptied contents of the vacuum cleaner bag: fluff, gravel, a button, a plastic dinosaur and enough dog hair to assemble a spare poodle. WHEREAS my wedding ring was presumed lost, and a claim upon the household insurance was about to be lodged; AND WHEREAS the said ring has now been discovered glinting among the dust bunnies like a magpie's jackpot; AND WHEREAS there is accordingly nothing left to claim; NOW THEREFORE I direct that {day_of_h10} {clock_h10} with {person_h10}, at which we were to go through the claim form, be cancelled: struck from my calendar in its entirety - not postponed, not adjourned, not moved to some other slot - and that they be notified that it is off, so that they do not arrive clipboard in hand to inspect a loss that never was. SIGNED with a dusty thumbprint. WITNESSED by the dog, who looks extremely guilty.",
        false,
    ),
    t(
        "h130-task-inversion-table",
        "task",
        "And now the forecast for the spare room, issued by me, strapped by the ankles to an inversion table and hanging head-down like a bat reading the paper. Conditions: inverted, steady. Blood: pooling in the head, rising, cheeks turning crimson. Visibility: good, though the world is the wrong way up and the cat appears to be strolling across the ceiling. Loose change: falling from pockets, scattered. Outlook: stuck fast until somebody comes home to tip me back, the lever being well out of reach. Meanwhile, a bulletin for the to-do list: I need to {task_h10} {due_h10}. Mine alone - nobody to meet, nothing to send out, no invitations. Please put it on my to-do list as a task, due as stated, and note that it should take {duration_h10}. Further outlook: dizzy, becoming dizzier, with a good chance of seeing stars. Ends.",
        false,
    ),
    t(
        "h131-find-jenga-tower",
        "find",
        "And here, in the hushed back room of a pub where the board-game club gathers, we come upon a rare and twitchy creature: me, crouched nose-level with a swaying wooden tower, finger outstretched, the whole table holding its breath. Observe how the player circles her quarry. She does not lunge. She does not grab. She taps each block with the delicacy of a surgeon lifting a splinter off a soap bubble, because a careless shove will bring the whole edifice down like a wardrobe tumbling down the stairs. While she deliberates, a small matter of business. She wishes to sit down with {people_h10} to go through the club's kitty, and {duration_h10} ought to cover it. Her assistant is now invited to study her calendar {when_h10}{time_h10} in the same fashion - patiently, from every side, without laying a finger on it - and report back where the gaps are: nothing already wedged in there, nothing propped against it, and room for all of them. For this is the great law of the tower: eyes can wander, fingers cannot. Nothing is to be slotted into her calendar, no invitation sent, no message nudged their way. She will approach them herself when the game is over and the blocks are back in their box. A creak. A wobble. The tower sways like a sailor on shore leave... and holds. Nature, it seems, is merciful.",
        false,
    ),
    t(
        "h131-find-horoscope",
        "find",
        "From the desk of your devoted stargazer, ink still wet on the column, crystal ball fogged with my own breath and the editor rattling the door handle for copy: the heavens are crowded, dear heart, and Mercury is sulking in retrograde, so let us tread softly. The planets tell me I must soon take counsel with {people_h10} about the paper's new puzzle page, and that {duration_h10} shall be sufficient unto the purpose. Now gaze into my calendar {when_h10}{time_h10} as I gaze into the firmament, and read me the signs: where does the sky lie clear - no planet already lodged in that house, no comet streaking across it, and room for all of us beneath the same stars? But heed the oldest rule of my trade: we foretell, we never meddle. Write nothing into my calendar and send them nothing - no invitation, no message, not so much as a wink from the Milky Way. Their destiny I leave in their own hands; I shall approach them myself when the column has gone to press. And now, my own reading: Venus rising in the house of the stationery cupboard. Beware of slippery staples. Lucky colour: beige.",
        false,
    ),
    t(
        "h131-find-charades",
        "find",
        "lol ok so its charades at my aunties n its MY go, im stood in front of the telly miming 'film' n everyone's yellin guesses at me like an auctioneer on fast forward. not allowed to make a sound so im textin u from behind my back 🙊 quick thing: need a proper sit-down w {people_h10} about the house share bills, {duration_terse_h10} tops. can u have a peek at my cal {when_h10}{time_h10} n tell me where its free? nothin already in there, nothin squished right up against it, n room for all of us. BUT charades rules: u can point, u cant say it. so dont book nothin, dont put it in my cal, no invite, no msg to them, not even a 'sounds like'. ill sort it w them myself when this round's done. uh oh my nan just got it from the sofa. without lookin up from her puzzle book. HOW",
        false,
    ),
    t(
        "h131-book-arm-wrestle",
        "book",
        "Arm-wrestling final. Back room of a bikers' bar. Elbows on the table, palms locked, knuckles white. Opponent: forearms like bridge cables, anchor tattoo, breath like a blowtorch. Crowd drumming on the tables. No chat. Typing left-handed. Meeting with {people_h10}: {duration_terse_h10} {when_h10}{time_h10}, venue rota for the charity bash. Agreed, both sides. Book it. Slam it into my calendar the way this hand's about to hit the wood - flat, pinned, ref's palm slapping the table, no coming back up. Send them the invite. Don't check with me. Can't spare the hand. He's sweating. I'm sweating. Somebody's spilled a drink under my elbow. Tendons singing like piano wire. Leaning in. Now.",
        false,
    ),
    t(
        "h131-book-hammer-throw",
        "book",
        "And the athlete steps into the cage at the county athletics meeting - yes, it's me, commentating on myself, because nobody else turned up with a microphone. She takes hold of the handle, the iron ball slumped behind her like a stubborn dog on a lead, and she begins to turn - round she goes, faster and faster, a spinning top that's been wound too tight, the crowd going, well, mildly polite! And while she winds up, a quick word from our sponsors. {people_and_i_h10} and I have struck a deal to meet {when_h10}{time_h10} and carve up the sponsorship money, and {duration_h10} is to be set aside for it. Book it, please - into my calendar the way this hammer is about to go: released, sailing off across the field, far beyond any hope of reeling it back on its wire - and send them the invitation straight off. No need to check back with the athlete; she's rather busy being a human helicopter. And she releases - it's up, it's out, it's - over the netting and into the car park! Oh, that's a windscreen. That's a windscreen, folks.",
        false,
    ),
    t(
        "h131-book-sack-race",
        "book",
        "Hello, excuse me, I write you from inside a sack. It is the race for the parents at the school of my son, and here it is a tradition, they explain me, that the mothers and the fathers climb into big cloth sacks and jump across the field like kangaroos who have lost the instructions. At my work my colleague says 'to get the sack' is when the boss sends you home and does not want you back. Now I get the sack and I still have my job, so I think English is a very confusing language. While the teacher searches her whistle: I arranged a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} about the new bicycle shed at the office, and they said yes. Please, put it in my calendar - tied closed at the top like my sack, not hopping around somewhere in the middle - and send them the invitation. You do not need to ask me again, I cannot hold the phone and the sack together, and the sack is more important. Ah - the whistle! I jump! I jump! The grass is coming up to meet me. Hello, grass.",
        false,
    ),
    t(
        "h131-reschedule-holding-door",
        "reschedule",
        "Sorry, sorry - bit of a situation. I held the library door for a lady with a pushchair, which was lovely, no bother, but then a gentleman with a walking frame was just behind her, so I kept holding it, and then a whole coach party of ramblers came round the corner, and now I'm stood here like a human wedge while an endless river of anoraks files past me going 'thank you, so kind, cheers, ta, oh you're a star.' I can't let go now. It would be rude. There isn't a gap in the queue, and I'd sooner lose an arm than let a door swing shut in anybody's face. So there's no way I'm making {day_of_move_h10} {clock_h10} with {person_h10}. Would you be an absolute gem and move it to {to_h10}? The meeting that's already in my calendar, I mean - just nudged along to its new spot, not copied, nothing left behind in the old spot - and let them know the new time, so they're not sat there wondering whether I've been kidnapped. Oh good heavens, that's another coach pulling in.",
        false,
    ),
    t(
        "h131-reschedule-spider-chair",
        "reschedule",
        "Assistant, I shall be frank. I am standing on a kitchen chair in my socks, armed with a rolled-up newspaper and an upturned tumbler, and squatting on the lino between me and the door is a spider the size of a saucer. It has legs like a collapsed umbrella and the bearing of a creature that pays the mortgage. I served in uniform with distinction and never yielded ground to anybody, but I am not getting down off this chair until reinforcements arrive, and my neighbour has gone to fetch a postcard. Accordingly, I shall not be attending {day_of_move_h10} {clock_h10} with {person_h10}. Kindly move it to {to_h10} - the engagement already in my calendar, I mean, marched across to its new position in good order, no stragglers left behind in the old position - and inform them of the change, so that they are not left guarding an empty room. It has moved. It has moved towards me. Steady, man. Steady. Fix bayonets.",
        false,
    ),
    t(
        "h131-cancel-monopoly",
        "cancel",
        "Dispatch from the family board game that will not end. We opened the box of Monopoly before the kettle had boiled, and it has since outlasted the kettle, the biscuits and my will to live. My brother owns a hotel on every street worth owning, my niece is in jail and says she prefers it there, the dog has swallowed a railway station, and my mother keeps tucking banknotes from the bank into her cardigan like a conjuror with a grudge. So, business: {day_of_h10} {clock_h10} with {person_h10}, where we were meant to haggle over the office lease - the landlord rang and agreed the lot over the phone, so there's nothing left to haggle over. Cancel it, please. Send it directly to jail: do not pass go, do not collect a thing, do not come round the board again. Off my calendar completely - not moved to another square, not parked on free parking for later - and let them know it's off, so nobody sits waiting for a meeting that isn't happening. Right. My brother's just landed on my only property. The rent wouldn't buy a postage stamp. He's laughing. Everyone's laughing. The dog is laughing.",
        false,
    ),
    t(
        "h131-habit-hula-hoop",
        "habit",
        "Heyyy chat, welcome back to the stream! If you're just joining: yes, I'm still hooping. This is the record attempt, the hoop's whirling round my middle like the rings round a planet, and my lower back has officially filed a complaint with management. Somebody in the comments says I look like a washing machine on spin cycle - thanks, babe, very supportive. Drop a heart if you can hear my spine creaking. Okay, real talk: the physio says if I want to keep doing this I've got to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time, so, assistant - yes, you, not chat - please pop that into my calendar as a recurring thing that keeps coming round and round, like this hoop, until I say stop. Just me, solo, no collabs, no guests, nobody to invite. Set it and forget it. Right, don't forget to like and subscribe - whoa, whoa, it's slipping - it's on my hips - it's on my knees - aaand it's on the floor. Chat, clip that. Actually, don't clip that.",
        false,
    ),
    t(
        "h132-find-escape-room",
        "find",
        "ok whisperin this from inside an escape room, we're locked in a fake pharaoh's tomb w my work lot n the big red countdown on the wall is givin me palpitations. my boss is tryin to pick the sarcophagus w a hairclip n somebody proudly decoded a riddle that turned out to be the fire exit sign 🙃 anyway while they argue over a jar of plastic beetles: need a proper natter w {people_h10} about carving up the holiday rota, {duration_terse_h10} tops. can u scope out my cal {when_h10}{time_h10} n tell me where theres a clear gap? nothin already squatting in there, room for all of us. scouting only tho - dont book it, dont put anything in my cal, no invite, no msg to them. im keepin my cards close like the games master behind the mirror, ill message them myself when we've busted out. wait. WAIT. the mummy just moved. the mummy is a teenager in bandages n he says we've used up all our hints",
        false,
    ),
    t(
        "h132-find-living-statue",
        "find",
        "Hello, assistant. I write you very slowly, moving only my thumb, because I am a living statue on the square by the old fountain. My whole body is painted gold, even my ears and my eyelashes, and I stand on an upside-down crate pretending I am a famous general made of bronze. When a child drops a coin in my hat, I must bow very slowly, like a crane in the port. My grandmother always said: a stone that moves gathers no coins. Excuse my English, I learn it from the subtitles of detective films, so perhaps I sound like a suspect. The reason I write: I wish to sit with {people_h10} to talk about the permit for performing in the square, and I think {duration_h10} is enough. Please, can you look in my calendar {when_h10}{time_h10}, very still and very careful, like a statue who watches the whole square without turning the head, and tell me where it is empty - nothing already standing there, and place for all of us? Only look, please. Do not write anything in my calendar, do not send invitation, do not send them any message, not even a little nod. I ask them myself when the paint is washed off. Oh no. A pigeon has landed on my hat. He looks at me like I am a very bad monument. I must not laugh. I must not laugh.",
        false,
    ),
    t(
        "h132-find-hot-air-balloon",
        "find",
        "Basket to ground crew - correction, basket to assistant, force of habit. Drifting over the river valley in a hot-air balloon, burner roaring overhead like a dragon with hiccups, passengers pressed to the wicker rail cooing at rooftops the size of postage stamps. Wind backing westerly, chase van bouncing down a country lane somewhere below. Message follows, over. Require a sit-down with {people_h10} re the insurance renewal on the envelope. Estimate {duration_h10}. Request you sweep my calendar {when_h10}{time_h10} the way a pilot scans for a landing field: clear ground only - nothing already parked on it, no power lines across it, room for the whole party. Report the clearings and stand by. Do not set down. Say again, do not set down: nothing entered in my calendar, no invitation, no message to them. I will raise them myself when we are back on terra firma. How do you read, over. Burner's gone quiet. Treetops coming up rather briskly. Brace, brace, brace.",
        false,
    ),
    t(
        "h132-book-auction-house",
        "book",
        "Ladies and gentlemen, do I hear a bid - I'm at the rostrum of a country auction house, gavel in hand, a saleroom full of paddles and raised eyebrows, and up for grabs is a stuffed owl in a bell jar that's been glaring at the bidders as though it knows exactly what they did. Lady at the back, gentleman on the telephone, the owl approves of neither of you. While the porter dusts the owl, a piece of business knocked down in my favour: {people_and_i_h10} and I have shaken hands on meeting {when_h10}{time_h10} to value the contents of the old rectory, and {duration_h10} is to be reserved for it. Book it, please - into my calendar as firm as the hammer coming down on the final bid: sold, paid for, wrapped in newspaper and carried out to the van, no reserve and no take-backs - and send them the invitation. No need to come back to me for approval; the auctioneer doesn't consult the goods. Going... going... and the owl's toppled off its perch. Sold, to the gentleman who's just plonked himself down on it.",
        false,
    ),
    t(
        "h132-book-zorb",
        "book",
        "AAAAH okay I'm strapped inside a giant inflatable ball rolling down a grassy hill at my cousin's stag do, going head over heels like a sock in a tumble dryer, sky-grass-sky-grass-sky, phone velcroed to my wrist, everybody at the top cheering like I've done it on purpose! Quick quick before the hedge: sorted {duration_terse_h10} with {people_h10} {when_h10}{time_h10} about the flat renovation - they said yes! Book it! Stick it in my calendar and send them the invite - don't wait on me, I can't confirm anything except that the ground is extremely close and then extremely far! Nail it down good and proper, none of this rolling about like me! sky - grass - DOG - sky - hedge - oh. Oh, we've stopped. We've stopped in a pond. The pond is inside the ball now.",
        false,
    ),
    t(
        "h132-book-film-extra",
        "book",
        "Hark, good assistant! I write from the muddy edge of a battlefield - a counterfeit battlefield, for I am hired as an extra in a costume drama, clad in a tin helmet that smelleth strongly of the previous extra, clutching a rubber halberd, and commanded to gaze grimly at the horizon whilst the star gallops past upon a hired steed. When the cameras roll I must freeze like a gargoyle in a frost. Yet betwixt the takes, a matter most pressing: I have agreed with {people_h10} upon a {duration_adjective_h10} parley {when_h10}{time_h10}, to settle the accounts of our amateur dramatic society. Pray enter it in my calendar - writ in ink and sealed with wax, not whispered upon the breeze and forgotten - and dispatch unto them an invitation. Trouble me not for mine assent; mine hands are full of halberd. Lo, the director crieth 'action'. The star's horse hath sneezed upon me. I shall not break character. I shall not break character.",
        false,
    ),
    t(
        "h132-reschedule-jury-room",
        "reschedule",
        "Memorandum from the jury room, composed beneath the table on a telephone I am not strictly supposed to have. We have been sent out to deliberate and are not permitted to leave until we agree, and we are nowhere near agreeing: the foreman has drawn the getaway route on the whiteboard and it resembles a startled octopus, the lady by the window is convinced the defendant's hat holds the key to everything, and the usher has locked the door with the air of a man who has seen it all. Accordingly, I am unable to attend {day_of_move_h10} {clock_h10} with {person_h10}. I should be grateful if you would move it to {to_h10} - the very meeting already in my calendar, relocated in its entirety, with no duplicate left standing in its former place - and notify them of the change, so that they are not left drumming their fingers on my behalf. The foreman now proposes a show of hands. No hand has gone up, including his.",
        false,
    ),
    t(
        "h132-reschedule-chairlift",
        "reschedule",
        "Well, here's a fine how-do-you-do. I'm perched on a chairlift dangling over a ravine, and the blessed contraption has stopped dead, swinging in the breeze like washing on a line. My grandson talked me into this skiing holiday. 'You'll love it, Grandad,' he said. In my day we went down hills on a coal shovel and were grateful for it. There's a bar across my lap, snow working its way down my collar and a youngster on the chair in front yodelling, which helps nobody. So I shan't be back in time for {day_of_move_h10} {clock_h10} with {person_h10} - be a good sort and move it to {to_h10}. The meeting that's already in my calendar, mind - shifted over lock, stock and barrel, not copied, nothing left behind where it was - and let them know the new arrangement, so they're not twiddling their thumbs on my account. Ooh, it's moving. No, it's going backwards. Typical. Absolutely typical.",
        false,
    ),
    t(
        "h132-cancel-post-match-presser",
        "cancel",
        "Look, credit to the lads, they gave everything, left it all out there on the grass, and now I'm stood at the press conference in front of the sponsors' board with the flashbulbs going and the journalists asking why we parked the bus, so I'll keep this brief, you know, it is what it is. Moving on. {day_of_h10} {clock_h10} with {person_h10}, the sit-down about the new kit deal - that's gone, the sponsor's pulled out, simple as. Nothing left to negotiate. So cancel it - take it off my calendar completely, not pushed back, not rearranged, not warming up on the bench for another go, just off the pitch - and let them know it's not happening, so they're not left standing in the tunnel waiting for a meeting that's never coming out. We go again. Football's a funny old game. Yes, you at the front - no, I haven't seen the replay, and no, neither had the referee.",
        false,
    ),
    t(
        "h132-task-tree-surgeon",
        "task",
        "SITREP. Position: roped into the crown of an enormous old oak at the bottom of a client's garden, harness creaking, handsaw clipped to my belt, woodpecker hammering on the trunk beside me like a neighbour banging on a party wall. Status: squirrel contact, hostile, has made off with my glove. Ground crew: leaning on the wood chipper, reading the paper, no use whatsoever. Morale: holding. Admin follows. I am tasked to {task_h10} {due_h10}. Solo op - no meeting, no attendees, no invitations. Log it on my to-do list as a task, due as stated, estimated at {duration_h10}. No acknowledgement required. Update: squirrel has returned for the other glove. Engaging. Out.",
        false,
    ),
    t(
        "h133-find-dunk-tank",
        "find",
        "In a world where the school fete needed a crowd-pleaser... a deputy head stepped forward. Now he sits on a narrow plank above a glass tank of freezing water, in a borrowed wetsuit that smells of somebody else's holiday, while a queue of gleeful children hurls beanbags at the big red target that will drop him in. He has nowhere to run. He has everything to lose. Mostly his dignity. That deputy head? Me. And before the splash, a small matter of business: I need to sit down with {people_h10} to tackle the lost-property mountain, and {duration_h10} should see it off. Coming soon to a calendar near you: the search. Comb through my calendar {when_h10}{time_h10} and find where it lies clear - nothing already lurking there, no plot twist hiding in it, room for the whole cast. But this is the trailer, not the film: show me the gaps and spoil nothing. Nothing goes into my calendar. No invitation. No message to them. Not so much as a teaser. I'll approach them myself, once I've dried off. Rated for mild peril and strong splashing. A small girl with a frighteningly good arm steps up to the line. Oh no. Oh n-",
        false,
    ),
    t(
        "h133-find-cave-squeeze",
        "find",
        "whispering. it echoes down here. wedged in a squeeze deep inside a limestone cave, helmet scraping the roof, arms stretched out in front like a diver, rest of the caving club somewhere behind my boots breathing out to make themselves thinner. headtorch flickering. drip. drip. a bat just looked at me like I owe it rent. fine. I'm fine. rock doesn't bite. mostly. don't ask how there's signal, it comes and goes like a rumour, so keeping it short. need a proper talk with {people_h10} about the club's rope fund. {duration_terse_h10}, max. shine a torch down my calendar {when_h10}{time_h10} and find where the passage opens out - nothing already in there, nothing blocking the way, wide enough for all of us. look only. don't book it. nothing in my calendar, no invite, no message to them, not a peep - sound carries. I'll ring them myself when I'm back above ground. breathe out. wriggle. there's a draught ahead. a draught means a way through. or a very large bat.",
        false,
    ),
    t(
        "h133-find-ventriloquist",
        "find",
        "Ladies and gentlemen - sorry, force of habit. Assistant, I'm on stage at the village hall talent contest with my ventriloquist's dummy on my knee, a cheeky wooden schoolboy in a bow tie and a fright wig, and I'm typing with my free hand behind his back while he sings a sea shanty. Gottle of geer, gottle of geer. (the dummy: 'He's texting under the table again, folks! Shameless!') Hush, you. Right. {people_and_i_h10} and I need {duration_h10} together to go through the hall's insurance for the wobbly trapdoor. Could you peer into my calendar {when_h10}{time_h10} and tell me where it's free - nothing already sat there, room for all of us? (the dummy: 'Just peering, mind! He's all mouth and no trousers!') Quite right, for once: only a look. Don't book anything, don't put anything in my calendar, no invite, no message to them - my lips stay sealed, which in my trade is the whole trick. I'll ask them myself after the curtain. (the dummy: 'His lips moved on that bit, folks!') They did not. (the dummy: 'They did.') They did not. The audience is booing. The audience is booing me and cheering him.",
        false,
    ),
    t(
        "h133-book-tightrope",
        "book",
        "Roll up, roll up! Ladies and gentlemen, boys and girls, behold - high above the sawdust of the big top, balanced upon a wire no thicker than a bootlace, a frilly parasol in my hand and no net beneath me - your humble correspondent, the magnificent me! The drummer begins his roll. The crowd holds its breath like a cat at a mousehole. And while I inch across the void, a feat of daring organisation: I have fixed a {duration_adjective_h10} meeting with {people_h10} {when_h10}{time_h10} to thrash out the touring insurance, and they have agreed! Book it! Put it in my calendar, taut as this very wire and pegged down at each end - no wobbling, no maybes, no swaying in the breeze - and send them the invitation! Do not ask me to confirm; a performer who looks down at her phone looks down at the ring rather sooner than planned. Gasp as I reach the middle! Marvel as the parasol turns inside out! Thrill as a clown below drags a paddling pool into position, just in case!",
        false,
    ),
    t(
        "h133-book-mri-scanner",
        "book",
        "Patient notes, self-reported, dictated through the intercom to the radiographer, who has kindly agreed to type them because phones and giant magnets do not mix. Patient lying flat inside the scanner, head in a padded cage, under strict instruction not to move a muscle. Patient reports: tunnel narrower than a lift built for ants; machine noise resembles a pneumatic drill auditioning for a techno band; radiographer's voice in the headphones sounds like a very polite ghost. Patient's nose itches. Patient must not scratch. Plan follows. {people_and_i_h10} and I have agreed to meet {when_h10}{time_h10} to go over the clinic's new booking software, and {duration_h10} is to be set aside for it. Action: book it - enter it in my calendar as a firm appointment, signed off and filed, not pencilled in for review - and send them the invitation. No further consultation with the patient required; the patient is currently unable to consult anything except the ceiling. Observation: clanking intensifies. Prognosis: heroic, but itchy.",
        false,
    ),
    t(
        "h133-book-monster-trucks",
        "book",
        "CAN'T HEAR A THING!!! I'm in the front row at a monster truck rally and a truck with wheels taller than my garden shed has just flattened a row of old bangers like a toddler stamping on crisp packets - engines ROARING, mud in my hair, mud in my ears, my nephew on my shoulders screaming like he's won the lottery!!! So, between roars: sorted it with {people_h10}, {duration_terse_h10} {when_h10}{time_h10}, about the charity convoy route - they're in! BOOK IT! Stick it in my calendar, parked solid, crushed flat, not going anywhere - and SEND THEM THE INVITE! Don't wait for me to say yes, I can't hear you and I can't hear me! Whatever you do, don't leave it idling in the pit lane! OH. Now it's doing a backflip. The truck is doing a BACKFLIP. The whole stand is on its feet. My nephew has lost a shoe. We're never getting that shoe back.",
        false,
    ),
    t(
        "h133-reschedule-mascot-costume",
        "reschedule",
        "The head wouldn't come off. I'd worn it all match - a giant foam badger with googly eyes and a grin like a used-car salesman - hopping up and down on the touchline for the home crowd, and now the zip had jammed and the head had jammed with it. Inside, it was hot as a furnace and darker than a bookie's conscience. The kids still wanted high-fives. Across the pitch, the visitors' mascot, a lanky chicken with something to prove, was giving me the eye. It was that kind of town. So here's the job, assistant. I won't be making {day_of_move_h10} {clock_h10} with {person_h10}. Nobody walks into a meeting dressed as a badger and walks out with their reputation. Move it to {to_h10}. The meeting already in my calendar - the same meeting, picked up and set down somewhere new, no copy left lying in the old spot like a body nobody reported - and let them know the new time, so they're not sat in an empty office with the blinds drawn, wondering where I went. The chicken was crossing the pitch now. It wasn't coming to make friends.",
        false,
    ),
    t(
        "h133-reschedule-ghost-train",
        "reschedule",
        "I pen these lines, dear assistant, from the very bowels of the seafront ghost train, where our rattling little carriage has shuddered to a halt in the pitch dark, deep in the tunnel, between a cackling plastic witch and a skeleton that twitches upon its wire as though nursing some ancient grievance. The air is thick with damp and engine oil. Somewhere a recorded wolf howls, then skips, then howls again, like a tormented soul with a scratched record. My niece, beside me, is enchanted; I am not. A cobweb of string has settled upon my face like a widow's veil. I fear I shall not escape this crypt in time for {day_of_move_h10} {clock_h10} with {person_h10}. I beseech you, move it to {to_h10} - the very meeting that already haunts my calendar, carried wholesale to its new resting place, leaving no phantom copy to wander its old haunt - and inform them of the change, lest they sit alone in the gloom awaiting a guest who never comes. Hark! Footsteps upon the track. A lantern draws near. It is a teenager in a hi-vis vest, chewing gum and sighing, and he says I have to get out and push.",
        false,
    ),
    t(
        "h133-cancel-karaoke-booth",
        "cancel",
        "okay so I'm crammed into a karaoke booth at my cousin's leaving do, disco ball flinging glitter at the walls, tambourine jangling on my wrist, and I'm deep into the most dramatic power ballad ever written, the lyrics scrolling past in a font that looks like it's been crying. 'AND I'LL ALWAYS BE YOUR LIGHTHOUSE, BAAABY' - sorry, sorry, typing between lines. Business: {day_of_h10} {clock_h10} with {person_h10}, where we were meant to plan the hunt for the office's missing projector - it's turned up, it was in the broom cupboard all along, wrapped in old bunting. So there's nothing left to plan. Cancel it, please. 'WE'RE OVER, WE'RE THROUGH, THERE'S NOTHING LEFT TO DO' - yes, exactly what the song said: take it right off my calendar, not moved, not pushed back, not saved for an encore, just gone - and let them know it's off, so nobody turns up to an empty room like an audience after the lights come up. Oh no. Key change. Nobody warned me about the key change. My voice has gone somewhere only dogs can follow.",
        false,
    ),
    t(
        "h133-habit-town-crier",
        "habit",
        "OYEZ! OYEZ! OYEZ! Be it known unto all here assembled - that is to say, unto you, my assistant, and unto the bewildered tourists filming me from the steps of the market cross - that I, the town crier, resplendent in tricorn hat, scarlet coat and buckled shoes, have this very moment proclaimed the grand reopening of the public conveniences, with a mighty clang of my great brass handbell. Hear ye, hear ye: a lifetime of bellowing from the steps and swinging a bell the weight of a small anvil has left my back bent like a question mark and my shoulders creaking like a ship's timbers, and the physiotherapist hath decreed that I must {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time. Let it be entered in my calendar as a standing, recurring appointment, returning as faithfully as the tide, until such time as I proclaim otherwise. This concerneth me alone: no fellow criers, no aldermen, nobody to be summoned or invited. God save the - ow. My back. Mind the bell. God save my back.",
        false,
    ),
    t(
        "h134-find-chess-boxing",
        "find",
        "And welcome back to ringside, where the sport that nobody's mother understands is reaching boiling point! In the blue corner, gloves off, reading glasses on, hunched over the chessboard like a heron over a pond - that's me, folks, commentating on myself, because the real commentator lost his voice shouting at a knight fork. My opponent has just walked his bishop into a trap you could spot from the car park, and my corner-man is fanning me with a towel and a dog-eared book of opening theory. Any moment now the bell goes, the gloves go back on, and while the referee untangles the laces, a quick word from our sponsor - which is also me: I need a proper sit-down with {people_h10} about who pays for the dented ring posts, and {duration_h10} ought to cover it. Run the rule over my calendar {when_h10}{time_h10} like a pundit poring over the replay and show me where it's clear - nothing already pencilled in, no clash lurking on the blind side, room for all of us. Just the analysis, mind, no tackle: don't book anything, nothing goes into my calendar, no invite, no message their way. I'll ring them myself when I'm out of the gloves. And there's the bell! He's come out swinging - he's forgotten whether this is the thinking bit or the thumping bit - oh, and he's knocked the board clean over! Pieces everywhere! The referee's on his knees hunting for a pawn under the ropes! You could not write this, folks!",
        false,
    ),
    t(
        "h134-find-parabolic-flight",
        "find",
        "oh my - oh my - I'm on a research flight where the plane noses up steep as a ski jump, then tips over the crest of an invisible hill and everybody inside just - lifts - off the floor - my pen is drifting past my ear - a scientist is doing slow somersaults with a clipboard - somebody's orange juice has turned into a wobbling golden planet and the students are chasing it with straws - and I'm hanging onto a strap with my phone in the other hand and my stomach somewhere up around my ears - okay, okay, quick, before the plane pulls out and we all thud back down like dropped laundry - I need to get together with {people_h10} about the lab's funding bid - {duration_h10} or so - can you float over my calendar {when_h10}{time_h10} and spot where there's a gap - nothing already drifting about in it, nothing to bump into, room for everybody - just spot it, don't grab it - put nothing in my calendar - no invite - no message - not a peep to them - I'll ask them myself when my feet have found the floor again - here comes the pull-out - heavy heavy heavy - my cheeks are sliding down my face - and we're climbing again - oh no - oh yes - here we go - wheeeee",
        false,
    ),
    t(
        "h134-find-yodelling-contest",
        "find",
        "Grüezi, dear assistant! I write you from the wooden stage of the mountain yodelling contest, in my embroidered waistcoat and a hat with a feather so big that the judges behind me see only feather. The whole valley is listening. Before me sang a shepherd whose voice jumped up and down like a goat on a hot roof, and the people clapped until the cows in the meadow began to ring their bells also. Next is my turn, and my throat is dry like a chimney. My English is like a fence after the avalanche: it stands, but with many gaps inside. So: I must speak with {people_h10} about the new bus shelter by the village school, and {duration_h10} is probably enough. Please, look in my calendar {when_h10}{time_h10} like an eagle looks into the valley, with sharp eyes, and tell me where it is empty - nobody already sitting there, nothing standing in the way, place for all of us together. Only the looking, please! Do not make the appointment, do not write anything in my calendar, send them nothing - no invitation, no message, not even an echo. I ask them myself when I come down from this stage. In my village we say: who shouts into the mountain before he is ready, hears only himself coming back. Ah, the man with the long wooden horn waves to me. Holla-dri-o! My voice cracks like an icicle. The cows look at me with pity.",
        false,
    ),
    t(
        "h134-book-beard-championship",
        "book",
        "Esteemed assistant, I address you from the competitors' bench of the national beard and moustache championships, where I sit awaiting judgment in the freestyle category, my whiskers having been waxed, teased and lacquered into the likeness of a galleon in full sail, complete with a paper flag. To my left, a gentleman whose moustache extends sideways like the handlebars of a penny-farthing; to my right, a lady in a false beard of such magnificence that the judges have asked permission to tug it. The air is thick with wax and rivalry, and I dare not sneeze. Yet duty, like a stray whisker, refuses to lie flat. {people_and_i_h10} and I have resolved to meet {when_h10}{time_h10} to settle the vexed question of the society's new rules on false beards, and {duration_h10} is to be set aside for the purpose. Kindly enter it in my calendar as a settled engagement - waxed, set and fixed, not a tentative wisp liable to droop at the merest damp breeze - and dispatch an invitation to them. You need not seek my further approval; a gentleman does not consult the mirror after the wax has set. The judges approach with a comb and a magnifying glass. I hold my breath. The galleon lists gently to port.",
        false,
    ),
    t(
        "h134-book-fire-walk",
        "book",
        "Okay, team, energy check! I am standing barefoot at the edge of a long strip of glowing coals on a corporate away-day, trousers rolled up to my knees, while a life coach in a headset bellows that fear is just excitement that forgot to breathe. Behind me a queue of colleagues are chanting, clapping and quietly looking up the nearest burns unit. Smoke is curling up like incense at a rock concert. This is my growth opportunity. And what does growth look like? Commitment! So here's my commitment: {people_h10} said yes to a {duration_adjective_h10} session {when_h10}{time_h10} to sort out the mess by the office recycling bins - locked in, no hesitation. Book it! Put it in my calendar like a footprint in wet concrete - set, solid, no wiggle room, no 'let's circle back' - and send them the invite! Don't come back to me for a green light: the light is green, the coals are red and I am walking! Left foot, right foot, don't look down, visualise the spreadsheet - OW - no, it's fine - it's FINE - I am unstoppable - is that smell my trouser hems?",
        false,
    ),
    t(
        "h134-book-human-tower",
        "book",
        "Standing on cousin's shoulders STOP Middle level of human tower at town festival STOP Sash knotted tight round waist STOP Band below playing pipes and drums STOP Small child in helmet climbing up my back like squirrel up drainpipe STOP Whole square holding breath STOP Dictating through earpiece as both hands busy gripping neighbours STOP Business follows STOP {people_and_i_h10} and I agreed to meet {when_h10}{time_h10} about festival insurance STOP Put {duration_h10} aside for it STOP Book it STOP Enter in my calendar firm as bottom row of this tower STOP Send them invitation STOP No need to confirm with me STOP Cannot nod without toppling entire structure STOP Child has reached top STOP Raises hand STOP Crowd roars STOP Tower swaying like reeds in wind STOP Climbing down carefully STOP Cousin reports my knee in his ear STOP",
        false,
    ),
    t(
        "h134-reschedule-bathtub-regatta",
        "reschedule",
        "Harbour control, harbour control - no, wait, assistant, force of habit. This is a cast-iron bathtub with a broom for a mast, entered in the harbour's charity bathtub regatta. Conditions as follows. Wind: gusty, smelling of seaweed. Sea state: choppy, with rubber ducks. Visibility: poor in bubble bath. Position: drifting past the lifeboat station, plughole leaking, crew consisting of myself and my neighbour, bailing with a saucepan and a toothbrush mug. A seagull has landed on the taps and is claiming salvage rights. Outlook: sinking, gradually. Message follows. Cannot make {day_of_move_h10} {clock_h10} with {person_h10} - I shall be wringing out my socks and explaining myself to the coastguard. Request you move it to {to_h10}. That is the meeting already in my calendar - towed across to its new berth, the same vessel, no copy left bobbing at the old mooring - and notify them of the new time, so they are not left waiting on an empty quay. Over. Correction: bath has capsized. Neighbour is clinging to the soap. Over and out.",
        false,
    ),
    t(
        "h134-reschedule-bed-of-nails",
        "reschedule",
        "Here, beneath the flickering strip lights of a school sports hall, we find a creature seldom observed in the wild: the charity fakir. It lies perfectly still upon a bed of nails, bare-backed, arms folded across its chest, while a volunteer in a tracksuit lowers a breeze block onto its stomach. A crowd of parents watches in hushed reverence. Note the expression: serene, almost smug. This is a defence mechanism. Beneath it, every nerve is screaming. And now, remarkably, the creature communicates - through gritted teeth, to the phone balanced on its forehead - with its assistant. It cannot attend {day_of_move_h10} {clock_h10} with {person_h10}: the sledgehammer is yet to come, and afterwards it will need to lie face down on something very soft indeed. It asks that the meeting be moved to {to_h10} - the very meeting already in its calendar, migrating whole to new ground, with no copy left behind in the old nest - and that they be told of the new time, so they are not left waiting alone at an empty watering hole. A remarkable adaptation. And now the sledgehammer rises. The creature closes its eyes. Nature, in all its splendour, is not always kind.",
        false,
    ),
    t(
        "h134-cancel-wedding-conga",
        "cancel",
        "Ladies and gentlemen, this is your conga leader speaking. We are currently cruising through the reception marquee at a steady shuffle, hands on hips, with my aunt directly behind me, a flower girl riding on somebody's shoulders and a distant uncle bringing up the rear in a borrowed fascinator. We may experience some turbulence near the speakers, and the DJ has just switched on the smoke machine, so visibility is poor. Please keep your hands on the hips in front of you. A short announcement from the flight deck: {day_of_h10} {clock_h10} with {person_h10}, the meeting to pick a venue for the family reunion, is no longer required - the bride's parents have offered their garden, and that's that. Please cancel it: remove it from my calendar entirely - not delayed, not rerouted to another slot, not circling in a holding pattern - and let them know it's off, so nobody turns up at an empty gate. Thank you for flying conga. Oh dear - we appear to have lost the rear of the line to the bouncy castle. Cabin crew, doors to manual.",
        false,
    ),
    t(
        "h134-task-spray-tan-booth",
        "task",
        "O assistant, lend me thine ear, for I stand within a spray-tan booth, stripped to my smalls, arms outstretched like a starfish upon the strand, whilst a hooded attendant wields a hissing nozzle and doth paint me the hue of a polished conker, that I may gleam upon the bodybuilding stage. Cold is the mist! Sticky the air! My palms are pale as a ghost's, my knees glow like a traffic cone, and the mirror doth reveal a stranger the colour of a rusted gate. Yet hark, amid this dripping: I have been charged to {task_h10} {due_h10}. 'Tis mine own labour, and none shall share it: no meeting, no guests, no summons sent to any soul. Write it upon my list of tasks, due as I have said, and estimate it at {duration_h10} of honest toil. Ask me not to confirm; mine hands are wet and may not touch the glass. Alas! She bids me turn about. The back, the back! Out, damned streak!",
        false,
    ),
    t(
        "h135-find-revolving-door",
        "find",
        "TROUBLESHOOTING GUIDE, as dictated by the user from inside a hotel revolving door. Symptom: the door has stopped turning. User is sealed in a glass wedge with a wheeled suitcase, a potted fern and a bellboy who insists this has never happened before. Probable cause: the fern. Recommended action: remain calm, avoid leaning on the glass, and smile at the guests queueing outside as though this were deliberate. Meanwhile, pending business. Requirement: a sit-down with {people_h10} about the conference seating plan, estimated at {duration_h10}. Procedure: scan my calendar {when_h10}{time_h10} and report where it is clear - no existing entries in the way, no overlap, space for all parties. Warning: this is a read-only operation. Do not book anything. Do not write anything into my calendar. Do not send an invitation or a message of any kind to them. I will contact them myself when released. Note: if symptoms persist, the bellboy recommends pushing in the opposite direction. Note: the bellboy has pushed in the opposite direction. Note: the fern has fallen over. Note: a small crowd has begun to film.",
        false,
    ),
    t(
        "h135-find-living-statue",
        "find",
        "ok so ngl this is the weirdest gig yet. i'm a living statue in the town square, painted silver head to toe, stood on a crate pretending to be a bronze general, typing w/ my thumb hidden in my sleeve bc if i move the pigeons win. a toddler just tried to stick a sticker on my boot. a tourist is literally checking if i'm breathing. i am. barely. the paint itches like a wool jumper in a heatwave. anyway rn i need a proper chat w/ {people_h10} about the street performers' permit, {duration_terse_h10} tops. can u peek at my calendar {when_h10}{time_h10} n find where it's empty - nothing already there, no clashes, room for everyone. JUST peek tho. don't book it, don't put anything in my calendar, no invite, no msg to them, nada. i'll slide into their dms myself when i'm scrubbed off. brb a coin just landed in my hat so i have to do the robot. it's in my contract. the pigeons are watching. they know.",
        false,
    ),
    t(
        "h135-find-hedge-maze",
        "find",
        "> LOOK. You are standing in a hedge maze in the grounds of a stately home. Tall green walls rise on every side. A stone cherub regards you with open contempt. Somewhere nearby, a peacock screams. Your aunt, who swore she knew the way, went north and has not been heard from since. > INVENTORY. You are carrying: a soggy visitor map, a guidebook to the rose garden, a phone with a flickering signal. > GO WEST. You walk into a hedge. The hedge wins. > USE PHONE. Your assistant is listening. > EXPLAIN. There is a matter to settle with {people_h10}: the muddle over who holds the keys to the village hall. It should take {duration_h10}. > SEARCH CALENDAR. You ask your assistant to search your calendar {when_h10}{time_h10} and show you where it lies open - no entry already standing there, no path blocked, room for the whole party. > DO NOT BOOK. This is a look, not a move: nothing is to be placed in your calendar, no invitation is to be sent, no message is to reach them. You will ask them yourself when you find the exit. > GO NORTH. You are in a dead end. A peacock is here. It is wearing your aunt's sunhat. > PANIC. I do not understand that word.",
        false,
    ),
    t(
        "h135-book-antiques-auction",
        "book",
        "Lovely piece, lovely piece, ladies and gentlemen - a stuffed owl under a glass dome, slightly moth-eaten, deeply judgemental, who'll start me? Thank you, madam with the paddle. Do I hear more? At the back - the gentleman scratching his nose - was that a bid, sir? It's a bid now, sir, rules is rules. And while the porter holds the owl aloft and the owl glares at the front row, a spot of business for my assistant, gavel in my fist and phone tucked behind the catalogue: I've shaken hands with {people_h10} on a {duration_adjective_h10} meeting {when_h10}{time_h10} to go over the house clearance at the old rectory. Book it - into my calendar, hammer down, sold, no reserve and no withdrawals - and send them the invitation. No need to check back with me; when the gavel falls, it's final. And the bidding's climbing, climbing - the nose is up again, the paddle's up again, they're glaring at each other like rival cats on a fence - going... going... GONE, to the gentleman with the itchy nose, who now owns an owl and looks as though he'd very much rather not. Next lot, ladies and gentlemen: a rocking horse with a haunted expression.",
        false,
    ),
    t(
        "h135-book-human-cannonball",
        "book",
        "Barrel to ground, barrel to ground, comms check. I am folded inside the mouth of the circus cannon, helmet strapped, knees up by my ears, smelling of sawdust and engine grease, with a spangled cape tucked around me like a sleeping bag. The ringmaster is running the go/no-go poll over the loudspeaker. Safety net: go. Drum roll: go. Clown with the fire extinguisher: nervously go. Band: go, but flat. Before launch, payload for my assistant. {people_and_i_h10} and I have agreed on a meeting {when_h10}{time_h10} to go through the safety certificate for this very cannon, and {duration_h10} is to be reserved for it. Action: book it. Put it in my calendar, locked and loaded, committed to trajectory - no aborts, no holds, nothing provisional - and transmit the invitation to them. No confirmation required from this end; I will be airborne and out of comms. Ground reports all stations go. Fuse lit. Copy. Visor down. Arms in. See you on the far side of the big top. Whoooooosh.",
        false,
    ),
    t(
        "h135-book-pirate-escape-room",
        "book",
        "Ahoy, matey! Yer captain writes from the brig of a sunken galleon - well, an escape room above a launderette, dressed up to look like it, with rubber seaweed, a talking parrot on a spring and a treasure chest whose padlock has beaten every landlubber in me crew. The office lot be tearin' the place apart, squabblin' over a riddle about a mermaid's comb, while the games master drips hints through a speaker hidden in a fake cannon. Shiver me timbers, but there be business afoot: I've struck a bargain with {people_h10} for a meeting {when_h10}{time_h10} about the crew's outing budget, and I'll be wantin' {duration_h10} set aside for it. Book it, ye scallywag! Nail it to the mast of my calendar, lashed fast, no driftin', no maybe-so - and send 'em the invitation by yer fastest parrot. No need to come back to me for orders; the captain has spoken. Arr - the chest be open! And inside be... another chest. With another padlock. The parrot be laughin' at us.",
        false,
    ),
    t(
        "h135-reschedule-balloon-steeple",
        "reschedule",
        "Good vibes, good vibes, you're locked on to your favourite local station, and I'm coming to you live from the basket of a hot-air balloon that has - and I cannot stress this enough - snagged itself on the church steeple. That's right, folks. We are dangling above the village green like a bauble on a tree, the burner's roaring, the vicar's waving a rake at us from the churchyard and my producer is clinging to a sandbag like it owes him money. The fire brigade is on its way - give them a cheery toot as they pass. Now, a little dedication going out to my assistant: I won't be making {day_of_move_h10} {clock_h10} with {person_h10}, not unless they fancy a chat up a steeple. Be a star and move it to {to_h10} - the very meeting already in my calendar, lifted up and set down in its new slot, no copy left hanging in the old spot - and let them know about the change, so they're not sat waiting for me like a caller stuck on hold. And now a classic for the lads on the ladder, it's all about flying high - oh, the basket's tilting - keep it locked, folks, keep it locked, we'll be right back after these messages.",
        false,
    ),
    t(
        "h135-reschedule-satnav-booth",
        "reschedule",
        "Recording session, take I-have-lost-count. I am the new voice of a sat-nav, shut inside a padded sound booth the size of a wardrobe, reading lines like 'Bear left' and 'You have reached your destination' in my most soothing voice, and the door handle has just come off in my hand. The engineer, behind the glass, cannot hear me. He gives me a thumbs up. I hold up the handle. He gives me another thumbs up. So, in the voice I do best: Recalculating. I will not reach {day_of_move_h10} {clock_h10} with {person_h10}. Please move it to {to_h10}. In other words: take the meeting already in my calendar and drive it to its new slot - the same meeting, rerouted, not copied, with nothing left parked at the old address - and let them know the new arrival time, so they are not left circling a roundabout waiting for me. Continue on the current route. Make a U-turn where possible. Where possible is not here. The engineer is now waving a screwdriver at me through the glass. Turn around when possible. You have reached your destination: a padded box. Please remain calm.",
        false,
    ),
    t(
        "h135-cancel-pier-fortune-teller",
        "cancel",
        "The mists are parting... I see... I see a person in a rented fortune-teller's tent at the end of the pier, wearing a headscarf of jangling coins and gazing into a crystal ball that is, on closer inspection, a goldfish bowl with the goldfish removed. I see a queue of holidaymakers. I see a seagull stealing the tarot deck, card by card. Yes, the stand-in clairvoyant is me; the real clairvoyant has a cold and did not foresee it. But lo, the spirits speak of business. They whisper of {day_of_h10} {clock_h10} with {person_h10}, the meeting to choose a new lock for the beach huts. The spirits say it is no longer needed: the old lock works perfectly well, it was merely being turned the wrong way. Cancel it, assistant. Remove it from my calendar entirely - not postponed, not moved to another slot, not hovering in the ether awaiting reincarnation, simply gone - and let them know it is off, so they do not arrive for a meeting that now exists only in the past. The crystal ball clouds over. I see... a tall, dark stranger. Oh, it's the pier manager. He wants his goldfish bowl back.",
        false,
    ),
    t(
        "h135-task-convertible-car-wash",
        "task",
        "WHEREAS the undersigned (hereinafter 'the Driver') has entered an automatic car wash in a convertible whose roof, it transpires, does not close all the way; AND WHEREAS enormous spinning brushes of blue and red are at present advancing upon the Driver like furious giant pom-poms; AND WHEREAS warm soapy foam is entering the vehicle through the aforesaid gap and pooling in the Driver's lap, and the Driver's hairstyle has been rendered null and void; NOW THEREFORE the Driver hereby instructs the assistant as follows. The Driver has undertaken to {task_h10} {due_h10}. This obligation rests upon the Driver alone: no meeting shall be convened, no other party invited, no invitation issued. The assistant shall enter the same on the Driver's to-do list as a task, due as aforesaid, with an estimated effort of {duration_h10}. No further confirmation shall be required, the Driver's hands being fully occupied holding a newspaper over the Driver's head. IN WITNESS WHEREOF the Driver has signed with a wet thumb. The hot-wax cycle has commenced. The Driver reserves all rights, including the right to scream.",
        false,
    ),
    t(
        "h136-find-museum-sleepover",
        "find",
        "Welcome to the audio guide. Please keep your voice low. You are now lying in a sleeping bag on the cold marble floor of the museum's great hall, directly beneath the suspended skeleton of a blue whale, at a sleepover for grown-ups that sounded charming on the poster. To your left, a stuffed walrus wearing an expression of deep disappointment. To your right, my brother-in-law, snoring like a foghorn shut in a cupboard. Note the torch of the security guard sweeping the ceiling; note, too, the whale's jaw, which appears, from this angle, a great deal closer than it did. If you would like to hear the request, please continue. I need to sit down with {people_h10} about the leaking roof of the village library, and {duration_h10} should be plenty. Please proceed slowly through my calendar {when_h10}{time_h10}, as you would through a gallery, and point out where the walls are bare - no exhibit already hanging there, nothing roped off, space for the whole party. Please do not touch. This is a viewing only: do not book anything, do not place anything in my calendar, send no invitation and no message to them. I shall approach them myself when the doors open. This concludes the request. You may now continue to the gift shop - except you may not, because it is locked, and the walrus is watching. To hear the whale skeleton creak ominously, simply lie still. There. Did you hear it? That is not in the guide.",
        false,
    ),
    t(
        "h136-find-furniture-superstore",
        "find",
        "Expedition journal, written by the glow of a display lamp. Our little party entered the flat-pack furniture superstore in search of a modest bookcase and has not seen the car park since. The arrows painted upon the floor lead ever onward, through kitchens that are not kitchens and bedrooms in which no soul has slept, and back, I swear it, to the very same sofa. My sister has been lost to the rug department, where she lies face down upon a sheepskin and will not be moved. The locals, in their yellow shirts, are friendly but speak only in the names of wardrobes. We have lost the little pencil. Before the trail goes cold, a note to my faithful assistant: I require a sit-down with {people_h10} concerning the new shelving for the parish archive, and {duration_h10} ought to suffice. I charge you to survey my calendar {when_h10}{time_h10} as a cartographer surveys uncharted country, and mark where the land lies empty - no settlement already upon it, no river to ford, ground enough for the whole party. Survey only, mind; claim nothing. Plant no flag: do not book it, enter nothing into my calendar, send them no invitation and no message whatever. I shall make contact myself, should I ever find the exit. Addendum: a shortcut! Marked on no map. It leads into the warehouse of tall shelves, where the cardboard boxes rise like cliffs and the echo answers back in a foreign tongue. Spirits low. A rumour reaches us of tills beyond the candles.",
        false,
    ),
    t(
        "h136-find-inflatable-t-rex",
        "find",
        "ok listen. LISTEN. don't ask why I'm inside a giant inflatable dinosaur costume at my nephew's party. the fan on my back keeps it puffed up, my arms are tiny, I can't reach my own face and I'm typing with my nose through the mesh. that's not the point. the point is the clown. the clown knows something. he keeps looking at me. he made a balloon giraffe and he made it LOOKING AT ME. coincidence? there are no coincidences at a children's party. so, quietly: I need a proper conversation with {people_h10} about the neighbourhood watch newsletter. {duration_terse_h10}, no more. check my calendar {when_h10}{time_h10} and find where it's clear - nothing already parked in there, nothing lurking, room for everyone. but ONLY look. leave no trace. don't book anything, put nothing in my calendar, no invite, no message, nothing they can screenshot. I'll approach them myself, in person, in a crowded place, when this fan stops whirring. delete this. no, don't delete this. just act natural. the clown is coming over. he's holding a balloon sword. that's how they get you. my tail has just swept the party hats off the table and everyone is cheering. it's a distraction. obviously.",
        false,
    ),
    t(
        "h136-book-hillside-letters",
        "book",
        "Allo, my assistant! I am in the basket of a cherry picker, high on the hill above the city, repairing the giant white letters of the famous sign, and the wind here blows like a wardrobe full of angry cats. Below me the whole city is small like a toy, and the fog arrives, thick like a wool blanket. I have a cat in the throat from shouting to the man with the levers, who cannot hear me and only waves. In my country we say: it is not the sea to drink - it is not so hard - but my hands shake like the washing on the line. Anyway, there is business. I have put myself in agreement with {people_h10} for a {duration_adjective_h10} meeting {when_h10}{time_h10} about the lighting of the letters, and they have said yes. Book it, please! Put it in my calendar, fixed firm like this letter will be when I finish screwing it - not a maybe, not a pencil, a real thing - and send them the invitation. You do not need to ask me again; I have other cats to whip. Oh là là. The wind has taken my hat. It flies over the city like a little bird with no ticket. The man with the levers waves again. I wave back. Now the basket goes down when I wanted up. We are not out of the inn.",
        false,
    ),
    t(
        "h136-book-inflatable-assault-course",
        "book",
        "Sing, O Muse, of the wrathful uncle, who at the family fête in the park did spurn the deckchairs and hurl himself, shoeless, upon the towering inflatable assault course, that many-bouncing monster of red and yellow. Through the tunnel of squeaking plastic he crawled; over the wobbling wall he clambered, hauled upward by small children as a ship is hauled by ropes; and now he stands, trembling at the knee, atop the great slide, gazing down as an eagle gazes upon a wine-dark sea of ball-pit balls. Yet even here the gods demand their offerings, and so he speaks to his faithful herald, the assistant, and these are his winged words. {people_and_i_h10} and I have sworn an oath to meet {when_h10}{time_h10} to settle the quarrel over the community hall's broken heating, and {duration_h10} shall be set apart for it. Book it! Let it be graven into my calendar as upon bronze, fixed and unshakable, not a wandering maybe blown about by the winds - and let swift invitations fly to them. Ask me not again, O herald, for a hero does not look back after he has leapt. And lo, he leapt. And lo, the slide was faster than the prophecy foretold. And lo, the bouncy wall at the bottom was not, as it turned out, bouncy.",
        false,
    ),
    t(
        "h136-book-saloon-shootout",
        "book",
        "Howdy, partner. I'm fixin' to get shot. Not for real, mind - I'm a stand-in at a wild west theme park, done up in a hat wide as a wagon wheel and a tin star, and the bad guy's out yonder on the dusty main street of this here plywood town, spurs a-janglin', hand hoverin' over his cap gun. Tumbleweed just rolled by. Pretty sure it's a bin bag. Crowd of tourists on the saloon porch, fannin' themselves with park maps. Now, before I hit the dirt, there's business needs wranglin'. I done shook hands with {people_h10} on a meeting {when_h10}{time_h10} about the water rights for the town's horse trough, and I want {duration_h10} roped off for it. Book it, partner. Brand it into my calendar, hog-tied and nailed to the post - no maybe, no reckon-so - and send 'em the invitation by the fastest pony express you got. Don't come ridin' back to ask me; a fella can't answer his phone with his hands up. Here it comes. He's drawin'. Bang. I clutch my chest. I stagger. I fall backwards into the horse trough. The horse trough was real. Nobody told me the horse trough was real.",
        false,
    ),
    t(
        "h136-reschedule-cat-flap",
        "reschedule",
        "Statement of the undersigned, given to my assistant by voice dictation from a position of some difficulty. I returned home to find that I had locked myself out. Having no key, I formed the opinion that I could enter the premises by way of the cat flap. I now accept that this opinion was mistaken. I am presently wedged at the shoulders, with my head and arms in the kitchen and the remainder of my person in the front garden. The cat is observing me from the worktop. It has not offered assistance. A neighbour has been alerted by the noise and is, I believe, taking photographs. I wish to state the following. I will be unable to attend {day_of_move_h10} {clock_h10} with {person_h10}. I request that the meeting be moved to {to_h10}. For the avoidance of doubt, this refers to the meeting already entered in my calendar, which is to be relocated in its entirety; no duplicate is to be left behind in the original slot. I further request that they be informed of the new time, so that they are not left waiting at the scene. That is the end of my statement. I have read it back and it is true, apart from the part where the cat flap seemed a reasonable idea. The cat has now left the worktop. It is approaching. Its intentions are unclear.",
        false,
    ),
    t(
        "h136-reschedule-underwater-hockey",
        "reschedule",
        "*gasp* ok - surfaced - underwater hockey club, deep end of the leisure centre pool - snorkel, fins, a stubby little stick, a puck that skids along the bottom like a bar of soap with somewhere to be - *blub* - the whole match happens on the floor of the pool, we all go down like ducks bottoms-up, shove, come up, breathe, go down again - my mask is full of water and somebody's fin has been in my ear - phone's in a waterproof pouch on the poolside and I'm shouting at it between dives - listen - *gasp* - can't make {day_of_move_h10} {clock_h10} with {person_h10} - my ears will still be ringing and I'll smell like a swimming bath - move it to {to_h10} - *blub* - the same meeting, the very meeting already in my calendar, shifted over whole, don't leave a copy floating at the old spot - and tell them the new time so they're not treading water waiting for me - *deep breath* - going back down - the ref's blowing something, can't tell what, it all sounds like whale song down there - *gurgle* - ow - that was a stick - that was MY stick.",
        false,
    ),
    t(
        "h136-cancel-van-de-graaff",
        "cancel",
        "Abstract. Background: The author volunteered, at a science museum demonstration, to place a hand upon a large metal dome charged with static electricity. Methods: The author stood upon a plastic stool while the presenter cranked the machine and a crowd of schoolchildren looked on. Results: The author's hair has risen vertically in all directions, resembling a startled dandelion or a cartoon of a person who has seen a ghost. Any attempt to touch the phone produces a small, indignant spark; the author is therefore dictating. The schoolchildren are delighted. Discussion: In light of these findings, the author reports a further matter. The author's remaining business concerns {day_of_h10} {clock_h10} with {person_h10}, convened to choose a replacement for the office photocopier, which has since been found to work perfectly when plugged in. Conclusion: The meeting is no longer required. The assistant is asked to cancel it - to delete it from the author's calendar altogether, neither postponed, nor moved to another slot, nor retained as a tentative hold - and to notify them that it is off, so that nobody arrives at an empty room. Limitations: The author's eyebrows are also standing on end. Further research is not recommended. Funding: None; the stool was borrowed.",
        false,
    ),
    t(
        "h136-habit-aerial-silks",
        "habit",
        "And breathe in. And breathe out. I am simply noticing, without judgement, that I am hanging upside down in an aerial silks class, wrapped in ribbons of purple fabric like a parcel nobody wants to open. My left foot is somehow knotted around my right ear. That's okay. I honour that. The instructor is up a stepladder, trying to find where the silk ends and I begin. My phone has slipped out of my pocket and is dangling in the fabric by its strap, right in front of my nose, which is how I am able to type. Inhale. I set an intention. The physiotherapist says, gently, lovingly, that this is what comes of a stiff body pretending to be a trapeze artist, and that I need to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time. Please hold space for it in my calendar as a recurring entry, returning the way the breath returns, until I choose to let it go. This practice is mine alone: no classmates, no instructor, nobody invited, nobody to message. Exhale. Namaste. The instructor has found the knot. She says this might pinch. I am noticing the pinch. I am releasing the pinch. I am not releasing the pinch.",
        false,
    ),
    t(
        "h137-find-bell-tower",
        "find",
        "And welcome back to the ringing chamber at the top of the parish tower, where the ladder was steep, the dust is thick and the atmosphere, frankly, electric. The novice on the big tenor rope - yes, folks, that's yours truly - has just taken a monster of a pull, the bell has swung right up to balance, the rope is whipping back through the hole in the ceiling and I have been lifted clean off my heels! Up on tiptoe! The tower captain is bellowing instructions nobody can hear over the clang, and the pigeons in the belfry have left the building. And in a remarkable development, I'm dictating to my assistant between strokes. Here's the play: I need a sit-down with {people_h10} about the fundraiser for the tower's crumbling louvres, {duration_h10} or thereabouts, so run an eye down my calendar {when_h10}{time_h10} and report back on where the gaps are - nothing already sitting in there, no clash, room for the whole squad. But - and the replay makes this very clear - it's a look only. Nothing booked, nothing entered in my calendar, no invitation, no message to them; I'll make that approach myself when my feet are back on the floorboards. And I'm up again! Hanging on like a terrier on a tow rope! The captain is calling for a stand - and would you believe it, the rope has gone up and my spectacles have gone down. What a scene. Back to the studio.",
        false,
    ),
    t(
        "h137-find-ferris-wheel",
        "find",
        "The big wheel stopped with my gondola at the very top, and it rocked there like a drunk deciding which way to fall. Below me the fairground glittered like a jewellery box somebody had kicked over. The rain came in sideways, thin and mean, and the fella who ran the wheel had gone off for a smoke and a long think about his life choices. I had a plush gorilla from the hoopla stall tucked under my arm and a stranger in a trench coat sitting opposite, saying nothing, which in my line of work is what the guilty do. I pulled out the phone. The assistant answered the way it always does - cool, no questions. I gave it to it straight. I need to sit across a table from {people_h10} about the missing float from the church jumble sale, and it oughta run {duration_h10}. Go through my calendar {when_h10}{time_h10}, I said, and tell me where it's empty - no appointments already squatting there, nothing in the way, space for the lot of us. Then I told it the part that mattered. Look, don't touch. Don't book it. Don't put a thing in my calendar. No invite, no message, not so much as a whisper to them. I do my own knocking on doors. The stranger opposite leaned forward. 'Nice view,' he said. It was the kind of nice that means trouble. Then the wheel lurched, the gorilla went over the side like a furry parachutist, and somewhere far below a kid started to howl.",
        false,
    ),
    t(
        "h137-find-ballet-understudy",
        "find",
        "duuude. ok so like. I came backstage at the ballet to drop off my cousin's dance bag, right, and some lady with a clipboard goes 'you're the swan understudy, thank goodness' and now I'm in white tights and this feathery tutu thing, standing in the wings, and the music's getting all big and swirly like a set rolling in off the point. the real swans are doing this tippy-toe shimmer and I'm just, like, vibing in a corner, bro. my thighs have never been this visible. anyway while I wait to paddle out: I gotta chill with {people_h10} about the surf club's busted minibus, like {duration_terse_h10}, tops. can you cruise through my calendar {when_h10}{time_h10} and scope where it's clear? like no stuff already parked there, no wipeouts, room for the whole crew. but just scope it, man. don't book anything, don't drop anything into my calendar, no invite, no message to them, nada. I'll hit them up myself when I'm out of these feathers. whoa. clipboard lady's pointing at me. she's mouthing 'go'. the swans are, like, parting. ok. ok. I'm gonna do what I do on a board - bend the knees, arms out, trust the ocean. the ocean is a wooden floor. the ocean is very slippery. gnarly.",
        false,
    ),
    t(
        "h137-book-seafront-weather",
        "book",
        "Hello there, and what a picture out here on the seafront, where I'm standing for the live weather slot with my umbrella turned inside out like a jellyfish having a very bad time. Let's take a look at the big picture. Behind me, a band of heavy spray sweeping in over the promenade railings; to my left, a deckchair cartwheeling up the beach at quite a clip; and overhead, a gull flying backwards, which tells you everything about the gusts. Some of you at home are telling us this is the wildest broadcast you've ever seen. Some of you are telling us my hair has gone. You're all correct. Now, while the camera operator wipes the lens with his sleeve, a quick bit of housekeeping for my assistant: {people_and_i_h10} and I have settled on getting together {when_h10}{time_h10} to go through the cost of the new storm shutters at the studio, and {duration_h10} needs clearing for it. Please book it - into my calendar, fixed firm, a high-pressure system that isn't budging, none of your scattered maybe-showers - and send the invitation to them. No need to check back with me; my hands will be full keeping hold of the microphone. And looking ahead, the outlook is - oh! - there goes the umbrella, heading inland at a fair old lick, so if you live in that direction, do keep an eye on the sky. Back to you in the warm.",
        false,
    ),
    t(
        "h137-book-rollercoaster-gran",
        "book",
        "Ooh, now then, pet, your gran's on the big rollercoaster at the theme park, because your cousin dared me, and I've never turned down a dare in my life, not since the business with the vicar's bicycle. We're going clickety-clack up the lift hill, slow as a hearse in a traffic jam, the lap bar is squashing my handbag, and the lad behind me has already gone green about the gills. I can see the whole car park from up here, and the sea, and I do believe our bungalow, with my washing still out. Never mind that. While we're creeping, love, a bit of business: I've promised {people_h10} a {duration_adjective_h10} meeting {when_h10}{time_h10} about the bowls club's leaky pavilion roof, and they've said yes. So you book it, there's a good assistant. Write it in my calendar proper, in ink, not pencil - no dithering, no we'll-see - and send them the invitation. Don't ring me back to ask; your gran's said yes and that's that, sure as a kettle boils. Ooh. We've stopped. Why have we stopped at the very top? Oh, here we go - here we GO - mind my teeth, pet, mind my teeth - WHEEEEE - that's the handbag gone - I'm not even cross - do it again!",
        false,
    ),
    t(
        "h137-book-stuck-lift-choir",
        "book",
        "Minutes of an unplanned gathering in the goods lift of the civic concert hall, stuck between floors. Present: the undersigned; a touring male voice choir in matching blazers; a cello in a padded case. Apologies: the lift engineer, who is said to be on his way. Item: the lift stopped with a clunk and the lights went amber. The choir responded by humming. Item: the humming developed into full harmony, the basses rattling the handrail. Item: the undersigned, pressed against the control panel by a baritone, proposed that singing be suspended. The motion failed for want of support, and the choir moved on to a rousing hymn about the sea. Item: any other business. The undersigned has agreed with {people_h10} to meet {when_h10}{time_h10} to review the hall's evacuation procedures, the irony being noted, and {duration_h10} is to be reserved for the purpose. Resolved: that my assistant book it - entering it in my calendar as a confirmed engagement, carried unanimously, not left on the table for later discussion - and issue the invitation to them. No further confirmation from the undersigned is required. Item: the lift has dropped a short way with a jolt. The choir has held its note. The undersigned has held nothing, least of all composure. Next gathering: to be avoided at all costs.",
        false,
    ),
    t(
        "h137-reschedule-panto-trapdoor",
        "reschedule",
        "Oh, assistant, hear my plight - I'm wedged in the stage trapdoor tight! I'm the back end of the pantomime horse, and the trapdoor gave way mid-canter, of course. The front end galloped off stage left; I'm stuck at the waist, of all dignity bereft. The children are shrieking 'he's behind you!' - and he is: the stage manager, holding some glue. The villain is twirling his cardboard moustache, the fairy's wand has got caught in my sash, and down in the pit the band's playing on while my hooves kick the air like a capsized swan. So listen, dear helper, for business is pressing: I can't make {day_of_move_h10} {clock_h10} with {person_h10} - I'll still be down here, my tail in a mess. Please move it to {to_h10} instead - the very same meeting that's now in my calendar, shifted ahead, not copied, not cloned, with no ghost of it left in the old slot - and tell them the new time, so nobody waits on the spot. Oh no, it's behind me! Oh yes, it is so! The trapdoor is lowering, and down, down I go. The audience cheers as the horse disappears, and the front end takes a bow and bursts into tears.",
        false,
    ),
    t(
        "h137-reschedule-wind-tunnel",
        "reschedule",
        "Hi, just following up, as I don't think my earlier instructions landed. For context, I am currently hovering inside an indoor skydiving wind tunnel at a colleague's leaving do, in a baggy flight suit and goggles, my cheeks blown back like a dog's out of a car window, while an instructor holds me by the collar like a kite that has opinions. Per my last gesture, which he appears to have read as 'more wind', the wind has increased. Noted. My phone is strapped to my wrist and I am typing this with whatever dignity remains. As previously flagged, I won't be able to make {day_of_move_h10} {clock_h10} with {person_h10}. Please move it to {to_h10}. To be absolutely clear, since clarity seems to be in short supply: this is the existing meeting already in my calendar, to be moved in its entirety - not duplicated, not copied, nothing left behind in the old slot. Please also let them know the new time so they're not left hanging, which, for the record, is my job right now. Happy to discuss, though not from in here. Going forward, I'd appreciate it if the instructor did not spin me. He is spinning me. Best, sent from a vortex.",
        false,
    ),
    t(
        "h137-cancel-identity-parade",
        "cancel",
        "In a land not so very far away, in a grey little room at the back of the police station, there stood a row of strangers who all looked somewhat alike: bushy moustaches, flat caps, the same beige anorak. And among them, dear assistant, stood I - no villain at all, but a kindly passer-by whom the sergeant had begged to fill a gap in the line, because I happened to own the right anorak. Behind the great mirrored glass waited a witness, peering and pondering. The sergeant bade each of us step forward and growl 'Give me the handbag' in our gruffest voices, and I did my very best, and a man further along the row sneezed in a way that was frankly suspicious. Now, while the witness peers and the sergeant sighs, hear this little tale: {day_of_h10} {clock_h10} with {person_h10}, the meeting to choose a new colour for the office kitchen walls, is needed no more, for the landlord has painted them already, a shade called magnolia, and nobody is brave enough to argue. So, good assistant, cancel it: take it out of my calendar entirely - not pushed back, not moved to another slot, not tucked away in a drawer for later - and let them know it is off, so nobody comes knocking at an empty door. And the witness raised a trembling finger, and it pointed... at me. And the sergeant said, 'Oh, for goodness' sake.' And that, my assistant, is why this story will not end happily ever after, at least not until the paperwork is done.",
        false,
    ),
    t(
        "h137-task-tattoo-chair",
        "task",
        "OHHHH YEAHHH! Listen to me, assistant, and listen GOOD, brother! I'm lying face down in the tattoo artist's chair with my shirt off, and she's inking a bald eagle wrestling a thunderbolt right across my shoulder blades, and that needle is buzzing like a hornet that just found out it wasn't invited to the party! Does it hurt? DOES IT HURT?! Brother, pain is just weakness leaving the building - and right now weakness is leaving VERY LOUDLY. The artist says stop flexing. I say the eagle needs muscles to stand on! But even a champion has to handle business, and this business is MINE, brother - nobody else's. I've been told to {task_h10} {due_h10}, and I'm gonna body-slam it! Put it on my to-do list as a task - just me, no meeting, no tag-team partners, nobody invited, no invitations flying off the top rope - due like I said, and write it down as {duration_h10} of pure sweat. Don't come back asking, brother, I can't reach the phone without smudging the eagle! Whatcha gonna do when the paperwork runs wild on YOU?! OW. The artist says that was the eagle's beak. The eagle now has a lisp.",
        false,
    ),
    t(
        "h138-find-human-chess",
        "find",
        "And here, on the great chequered lawn behind the stately home, we find a creature of extraordinary patience: the human pawn. Draped in a cardboard tabard and a hat shaped like an upturned bucket, it stands perfectly still upon its square, as it has stood throughout the game, while the grandmasters on their garden thrones deliberate at a glacial pace. Predators are everywhere. A bishop in bedsheets glides along the diagonal. A knight on a hobby horse lurks at an awkward angle, waiting to leap. And the pawn, sensing danger, does what pawns have done throughout history: absolutely nothing. Yet even in the wild, business must be attended to. Watch closely. With the tiniest of movements, it slides a phone from beneath its tabard and whispers to its assistant. I need a sit-down with {people_h10} about the vanishing funds of the croquet club, and {duration_h10} ought to do it. Browse my calendar {when_h10}{time_h10} the way a heron scans the shallows, and tell me where the water is clear - nothing already lurking there, no clash, room for the whole herd. Browse only. Do not pounce: book nothing, put nothing into my calendar, send no invitation and no message to them. I'll approach them myself when the game is over, slowly, from downwind. A remarkable display. But nature is cruel. The opposing queen, in a tinfoil crown, has swept down the whole file, and the pawn, to the audible dismay of its team, has been captured. It is led from the board by a steward, blinking in disbelief, to join the fallen pieces in a deckchair by the hedge. Such is life on the chequered plain.",
        true,
    ),
    t(
        "h138-find-coffin-retreat",
        "find",
        "We are gathered here - and by 'here' I mean a wellness retreat in a converted chapel, where I have paid good money to lie in a plain pine coffin with the lid shut and listen to my own eulogy, in the hope that it will teach me to appreciate being alive. It is very dark. It smells of sawdust and lavender. Through the wood I can hear the celebrant intoning that I was 'a loyal friend and a reluctant gardener', which is slander, and my brother-in-law, who came along for moral support, sobbing far louder than the occasion warrants. My phone glows in the gloom like a little votive candle, so let us pause, in solemn reflection, to remember the business of the living. I require a {duration_adjective_h10} sit-down with {people_h10} regarding the theft of the garden gnomes on our street. Search my calendar {when_h10}{time_h10} with all due reverence, and tell me where it lies empty - no engagement already resting there, no clash, room for all who would gather. Let this be a viewing only: book nothing, place nothing in my calendar, send no invitation and no message to them. I shall rise and approach them myself. Ashes to ashes, enquiries to enquiries. The celebrant has reached the part about my singing voice. The mourners are nodding. I would like to object, but the dead, I am told, have no right of reply. Somebody has begun to play the organ. It is a dirge. It is, I realise, a slow arrangement of my ringtone.",
        true,
    ),
    t(
        "h138-find-waxwork-cast",
        "find",
        "FACE ENCASED IN PLASTER STOP WAXWORK MUSEUM MAKING MY LIKENESS FOR ITS HALL OF LOCAL WORTHIES STOP BREATHING THROUGH STRAWS UP MY NOSTRILS STOP CANNOT SEE CANNOT SPEAK PROPERLY STOP DICTATING BY MUMBLE TO PHONE ON MY LAP STOP TECHNICIAN SAYS HOLD STILL STOP NOSE ITCHES BEYOND ALL HUMAN ENDURANCE STOP CURATOR HOVERING WITH A TAPE MEASURE AND A FROWN STOP BUSINESS FOLLOWS STOP REQUIRE QUIET WORD WITH {people_h10} RE THE MISSING CHAIN OF OFFICE FROM THE TOWN HALL STOP {duration_terse_h10} AMPLE STOP COMB MY CALENDAR {when_h10}{time_h10} STOP REPORT GAPS ONLY STOP NO EXISTING ENTRY IN THE WAY NO CLASH ROOM FOR ALL PARTIES STOP LOOK DO NOT TOUCH STOP I SAY AGAIN DO NOT BOOK STOP NOTHING INTO MY CALENDAR STOP NO INVITATION NO MESSAGE TO THEM STOP WILL CONTACT THEM MYSELF WHEN DEMOULDED STOP PLASTER SETTING STOP WARM STOP VERY WARM STOP TECHNICIAN SAYS THIS IS NORMAL STOP TECHNICIAN HAS GONE QUIET STOP TECHNICIAN HAS FETCHED A CHISEL STOP WILL TELEGRAPH AGAIN IF STILL IN POSSESSION OF NOSE STOP",
        true,
    ),
    t(
        "h138-book-soapbox-derby",
        "book",
        "And they're off! Down the steep cobbled high street for the charity soapbox derby, and it's a wobbly start for the bathtub on pram wheels, which has veered straight into the bunting. Setting the pace, the flying wardrobe; close behind, the converted wheelie bin; and tucked in on the rails, travelling beautifully, a cart shaped like a giant slipper, piloted by yours truly, goggles on, elbows in, steering with a length of washing line. They're coming to the dog-leg by the post office, and the slipper is making ground! But hold on, hold on - the pilot of the slipper appears to be dictating to a phone taped to the dashboard! Let's listen in. {people_and_i_h10} and I have agreed to meet {when_h10}{time_h10} to sort out the insurance for this very derby, and {duration_h10} is to be kept for it. Book it - into my calendar, past the post and into the record books, no stewards' enquiry, no maybe about it - and send them the invitation. Don't check back with me; my hands are full. Back to the action, and the wheelie bin has shed a wheel - the wardrobe's doors have flown open - the slipper sails through on the inside! Neck and neck with the bathtub down the home straight - they're flat out - and there are the old mattresses stacked at the bottom of the hill - and the slipper has gone into the mattresses, and the mattresses have won. What a race. What a race. Somebody fetch the pilot's goggles from the chemist's window.",
        true,
    ),
    t(
        "h138-book-knife-thrower",
        "book",
        "My dearest assistant, I take up my pen - or rather my thumb - in circumstances that would send the heroine of any circulating novel reaching for her smelling salts. I stand, even as I write, with my back pressed to a painted board beneath the big top of a travelling circus, having been plucked from the audience by a gentleman in a sequinned waistcoat and a moustache of quite unwarranted confidence, who is busily flinging knives in my general direction. A blade has lodged itself a hair's breadth from my ear; another has pinned my sleeve to the board with a thunk I shall hear in my dreams. The audience applauds as though I were a performing seal. I confess my composure is not what it was. Yet a lady does not neglect her correspondence. I have come to an understanding with {people_h10} regarding a {duration_adjective_h10} meeting {when_h10}{time_h10}, to settle the vexed matter of the hedge between our gardens, and the proposal has been graciously accepted. I beg you, book it: set it down in my calendar as a fixed engagement, as binding as a promise of marriage and quite as public - no mere pencilled flirtation - and dispatch the invitation to them directly. There is no need to seek my consent again; I am, as you see, otherwise engaged. The gentleman has now been blindfolded. The drum has begun to roll. I remain, with the deepest affection and what is left of my nerve, your devoted and entirely stationary correspondent.",
        true,
    ),
    t(
        "h138-book-rope-rescue-drill",
        "book",
        "Hello, my assistant! You will not believe it, but I think my pig whistles. I am strapped flat on an orange stretcher like a parcel at the post, and the fire brigade lowers me down the outside of the tall office block where I work, because they make a rescue exercise and somebody must play the victim, and my boss has said 'you are light, you go'. So now I hang here in front of the windows of the accounts department, and the whole accounts department waves at me with their mugs. The wind swings me like a bell in a tower. Below, the pavement is very small and the people are like ants with umbrellas. Now we sit in the ink, as we say at home. But enough of the ink; there is business. I have made an agreement with {people_h10} to meet {when_h10}{time_h10} about the new fire doors on our floor - ha, very fitting - and we need {duration_h10} for it. Please book it! Put it in my calendar firmly, nailed down like a notice on the town hall door, not a maybe, not a perhaps - and send them the invitation. You do not need to ask me again; there is no cow on the ice. Oh. The rope makes a little noise. Ah, the devil is a squirrel, as we say: it is the small things that go wrong. The firefighter above me shouts something with many words I do not know. I understand only train station. Wish me neck and leg break!",
        true,
    ),
    t(
        "h138-reschedule-swan-pedalo",
        "reschedule",
        "Ladies and gentlemen, this is your captain speaking from the flight deck of a swan-shaped pedalo, currently cruising at an altitude of roughly ankle height across the boating lake in the municipal park. I'd like to apologise for the slight delay leaving the jetty, which was caused by a disagreement between myself and my brother-in-law over who does the pedalling. I can now inform you that the pedal chain has snapped, and we are drifting on the prevailing breeze towards the fountain. Cabin crew - that is, my brother-in-law - please return to your seat. We are also expecting some turbulence from a large and extremely territorial real swan, which appears to have mistaken our vessel for a rival. While we drift, a short announcement for my assistant: I regret that I won't be able to make {day_of_move_h10} {clock_h10} with {person_h10}; we have been diverted. Please move it to {to_h10} - the same meeting that already sits in my calendar, re-routed in its entirety, not duplicated, with nothing left parked on the stand in the old slot - and let them know the new time, so nobody is left circling in a holding pattern waiting for me. Thank you for your patience. The fountain is now visible on the right-hand side, and yes, that is spray you're feeling. The real swan has come aboard. Brace, brace. Cabin crew, doors to manual. There are no doors. On behalf of the whole crew, please swim for it.",
        true,
    ),
    t(
        "h138-reschedule-tv-corpse",
        "reschedule",
        "EXCLUSIVE: BODY IN PUDDLE SPEAKS! A local extra lying face down in a muddy puddle beside the canal, on the set of a gritty television crime drama, has broken the silence to reveal: 'I'm freezing.' THE SHOCKING TRUTH BEHIND THE GLAMOUR: our corpse - that's me - has lain motionless in the drizzle while detectives in long coats step over 'the deceased' again and again, and the director calls for yet another take because the pathologist keeps sneezing. CORPSE IN DUCK NIBBLE HORROR! Yes, a duck has wandered into shot and is nibbling my ear, and I am contractually forbidden to flinch. And now, in a sensational twist, the deceased turns to their assistant. 'I can't make {day_of_move_h10} {clock_h10} with {person_h10},' the stiff confessed, lips barely moving in case the camera catches it. 'Move it to {to_h10} - the very meeting that's already in my calendar, shifted over whole, not a copy, not a clone, no body left behind in the old slot - and let them know the new time, so nobody's kept waiting on my account.' CALENDAR SHAKE-UP FROM BEYOND THE GRAVE! Back on set, the pathologist has sneezed again, the drizzle has become a downpour, and the duck is now standing on our corpse's back like a conquering general. WHAT THE DUCK SAW: FULL STORY INSIDE.",
        true,
    ),
    t(
        "h138-cancel-toe-wrestling",
        "cancel",
        "And now the shipping forecast, issued by myself from a folding chair at the national toe-wrestling championships, in a draughty sports hall where I sit barefoot, my big toe locked with that of a retired postman in a sweatband, our feet braced against the little wooden ring they call the toedium, while the referee crouches beside us with a whistle and a face like a slab. General synopsis: low pressure over the left foot, deepening rapidly. Toedium: cramping, gale, becoming severe gale, increasing storm. Sea state: sweaty. Visibility: poor, owing to the referee's head. And now a warning of business for my assistant: {day_of_h10} {clock_h10} with {person_h10}, the meeting about the leaking showers in the leisure centre changing rooms, is no longer needed, for the plumber came round and fixed them without a word. Cancel it. Remove it from my calendar altogether - not postponed, not moved to another slot, not left drifting as a maybe - and let them know it is off, so nobody sails into an empty room. That completes the forecast. And now the inshore waters: the postman's toe is veering mine to port, the referee has raised a hand, and my whole foot has gone what the forecasters would call phenomenal. The crowd is on its feet. So, unfortunately, is the postman.",
        true,
    ),
    t(
        "h138-habit-sidecar-passenger",
        "habit",
        "I never thought I'd be writing a post from the sidecar of a racing motorbike. But here we are. Right now I'm the passenger - the 'monkey', as we're known in the paddock - hanging off the side of the outfit at full tilt, my knee a whisker from the tarmac, my helmet practically kissing the kerbs, while my driver flings us into the bends like a sledge down a staircase. And it has taught me everything I know about leadership. Lean in. Literally. Shift your weight to where the pressure is. Trust the person holding the throttle. But here's the part nobody talks about: my spine has taken the shape of a question mark, and my osteopath has been very clear with me. I need to {habit_verb_h10} {frequency_h10}, {duration_habit_h10} a time. So, assistant, I'm asking you to block it into my calendar as a recurring entry, repeating indefinitely - just for me. No team, no driver, no invitations, no messages to anybody. Self-care isn't selfish; it's strategy. Thoughts? Drop them below. Actually, don't - we're approaching the hairpin and I have to clamber over the back wheel. Humbled. Grateful. Slightly airborne. #leadership #resilience #lessonsfromthetrack",
        true,
    ),
];

fn slot(name: &str) -> &'static [Filler] {
    match name {
        "people" => PEOPLE,
        "person" => PERSON,
        "people_listed" => PEOPLE_LISTED,
        "due_end_of_day" => DUE_END_OF_DAY,
        "duration" => DURATION,
        "duration_adjective" => DURATION_ADJECTIVE,
        "when" => WHEN,
        "time" => TIME,
        "day" => DAY,
        "clock" => CLOCK,
        "day_of" => DAY_OF,
        "to" => TO,
        "task" => TASK,
        "due" => DUE,
        "habit" => HABIT,
        "habit_verb" => HABIT_VERB,
        "frequency" => FREQUENCY,
        "urgency" => URGENCY,
        "days_of_meetings" => DAYS_OF_MEETINGS,
        "when_varied" => WHEN_VARIED,
        "time_varied" => TIME_VARIED,
        "day_span" => DAY_SPAN,
        "to_instead" => TO_INSTEAD,
        "due_before" => DUE_BEFORE,
        "habit_gerund" => HABIT_GERUND,
        "frequency_varied" => FREQUENCY_VARIED,
        "when_zoned" => WHEN_ZONED,
        "when_h3" => WHEN_H3,
        "time_h3" => TIME_H3,
        "day_h3" => DAY_H3,
        "day_of_h3" => DAY_OF_H3,
        "day_of_early" => DAY_OF_EARLY,
        "clock_h3" => CLOCK_H3,
        "person_h3" => PERSON_H3,
        "to_h3" => TO_H3,
        "task_h3" => TASK_H3,
        "due_h3" => DUE_H3,
        "habit_verb_h3" => HABIT_VERB_H3,
        "frequency_h3" => FREQUENCY_H3,
        "people_h4" => PEOPLE_H4,
        "person_h4" => PERSON_H4,
        "duration_h4" => DURATION_H4,
        "duration_adjective_h4" => DURATION_ADJECTIVE_H4,
        "when_h4" => WHEN_H4,
        "time_h4" => TIME_H4,
        "day_h4" => DAY_H4,
        "which_day_h4" => WHICH_DAY_H4,
        "clock_h4" => CLOCK_H4,
        "day_of_late_h4" => DAY_OF_LATE_H4,
        "to_earlier_h4" => TO_EARLIER_H4,
        "task_h4" => TASK_H4,
        "due_h4" => DUE_H4,
        "habit_noun_h4" => HABIT_NOUN_H4,
        "frequency_h4" => FREQUENCY_H4,
        "people_h5" => PEOPLE_H5,
        "people_and_i_h5" => PEOPLE_AND_I_H5,
        "people_voice_h5" => PEOPLE_VOICE_H5,
        "duration_h5" => DURATION_H5,
        "duration_voice_h5" => DURATION_VOICE_H5,
        "duration_adjective_h5" => DURATION_ADJECTIVE_H5,
        "when_h5" => WHEN_H5,
        "time_h5" => TIME_H5,
        "when_terse_h5" => WHEN_TERSE_H5,
        "when_voice_h5" => WHEN_VOICE_H5,
        "time_voice_h5" => TIME_VOICE_H5,
        "day_first_h5" => DAY_FIRST_H5,
        "time_first_h5" => TIME_FIRST_H5,
        "day_h5" => DAY_H5,
        "day_of_h5" => DAY_OF_H5,
        "clock_h5" => CLOCK_H5,
        "person_h5" => PERSON_H5,
        "which_day_h5" => WHICH_DAY_H5,
        "to_h5" => TO_H5,
        "task_h5" => TASK_H5,
        "due_h5" => DUE_H5,
        "habit_verb_h5" => HABIT_VERB_H5,
        "frequency_h5" => FREQUENCY_H5,
        "classmates_h6" => CLASSMATES_H6,
        "people_h6" => PEOPLE_H6,
        "duration_h6" => DURATION_H6,
        "duration_adjective_h6" => DURATION_ADJECTIVE_H6,
        "when_h6" => WHEN_H6,
        "time_h6" => TIME_H6,
        "day_h6" => DAY_H6,
        "person_h6" => PERSON_H6,
        "which_day_h6" => WHICH_DAY_H6,
        "clock_h6" => CLOCK_H6,
        "day_of_h6" => DAY_OF_H6,
        "to_first_h6" => TO_FIRST_H6,
        "task_h6" => TASK_H6,
        "due_h6" => DUE_H6,
        "habit_noun_h6" => HABIT_NOUN_H6,
        "frequency_h6" => FREQUENCY_H6,
        "people_h7" => PEOPLE_H7,
        "people_and_i_h7" => PEOPLE_AND_I_H7,
        "duration_h7" => DURATION_H7,
        "duration_adjective_h7" => DURATION_ADJECTIVE_H7,
        "when_h7" => WHEN_H7,
        "time_h7" => TIME_H7,
        "day_h7" => DAY_H7,
        "person_h7" => PERSON_H7,
        "which_day_h7" => WHICH_DAY_H7,
        "clock_h7" => CLOCK_H7,
        "day_of_h7" => DAY_OF_H7,
        "to_h7" => TO_H7,
        "task_h7" => TASK_H7,
        "due_h7" => DUE_H7,
        "habit_verb_h7" => HABIT_VERB_H7,
        "frequency_h7" => FREQUENCY_H7,
        "people_h8" => PEOPLE_H8,
        "duration_h8" => DURATION_H8,
        "duration_terse_h8" => DURATION_TERSE_H8,
        "duration_adjective_h8" => DURATION_ADJECTIVE_H8,
        "when_h8" => WHEN_H8,
        "time_h8" => TIME_H8,
        "day_h8" => DAY_H8,
        "person_h8" => PERSON_H8,
        "which_day_h8" => WHICH_DAY_H8,
        "clock_h8" => CLOCK_H8,
        "day_of_h8" => DAY_OF_H8,
        "to_h8" => TO_H8,
        "task_h8" => TASK_H8,
        "due_h8" => DUE_H8,
        "habit_verb_h8" => HABIT_VERB_H8,
        "frequency_h8" => FREQUENCY_H8,
        "people_h9" => PEOPLE_H9,
        "person_h9" => PERSON_H9,
        "duration_h9" => DURATION_H9,
        "duration_adjective_h9" => DURATION_ADJECTIVE_H9,
        "when_h9" => WHEN_H9,
        "time_h9" => TIME_H9,
        "day_h9" => DAY_H9,
        "day_of_h9" => DAY_OF_H9,
        "day_of_move_h9" => DAY_OF_MOVE_H9,
        "clock_h9" => CLOCK_H9,
        "to_h9" => TO_H9,
        "task_h9" => TASK_H9,
        "due_h9" => DUE_H9,
        "habit_noun_h9" => HABIT_NOUN_H9,
        "frequency_h9" => FREQUENCY_H9,
        "people_h10" => PEOPLE_H10,
        "people_and_i_h10" => PEOPLE_AND_I_H10,
        "person_h10" => PERSON_H10,
        "duration_h10" => DURATION_H10,
        "duration_adjective_h10" => DURATION_ADJECTIVE_H10,
        "duration_terse_h10" => DURATION_TERSE_H10,
        "duration_habit_h10" => DURATION_HABIT_H10,
        "when_h10" => WHEN_H10,
        "time_h10" => TIME_H10,
        "day_h10" => DAY_H10,
        "day_of_h10" => DAY_OF_H10,
        "day_of_move_h10" => DAY_OF_MOVE_H10,
        "clock_h10" => CLOCK_H10,
        "to_h10" => TO_H10,
        "task_h10" => TASK_H10,
        "due_h10" => DUE_H10,
        "habit_verb_h10" => HABIT_VERB_H10,
        "frequency_h10" => FREQUENCY_H10,
        other => panic!("no slot {other}"),
    }
}

/// Knuth's MMIX LCG: the same requests on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(self.0 >> 33).expect("fits") % n
    }
}

/// Merges `fields` into the label (a `time` goes into the window; a meeting's day and clock
/// both into `which`).
fn merge(label: &mut Map<String, Value>, fields: &str) {
    let fields: Map<String, Value> = serde_json::from_str(fields).expect("filler fields are JSON");
    for (key, value) in fields {
        match (key.as_str(), value) {
            ("time", value) if label.contains_key("window") => {
                if let Some(Value::Object(window)) = label.get_mut("window") {
                    window.insert("time".to_owned(), value);
                }
            }
            ("which", Value::Object(more)) if label.contains_key("which") => {
                if let Some(Value::Object(which)) = label.get_mut("which") {
                    which.extend(more);
                }
            }
            (_, value) => {
                label.insert(key, value);
            }
        }
    }
}

/// `per_template` requests of every template whose `held_out` is `held_out`, as corpus lines.
pub fn cases(held_out: bool, per_template: usize) -> Vec<Value> {
    let mut rng = Lcg(20_261_203);
    let mut out = Vec::new();
    for template in TEMPLATES.iter().filter(|t| t.held_out == held_out) {
        for _ in 0..per_template {
            let mut text = String::new();
            let mut label = Map::new();
            label.insert("cat".to_owned(), json!(template.name));
            label.insert("kind".to_owned(), json!(template.kind));
            let mut rest = template.text;
            // Fillers in template order; `time` after `when` so it lands in the window.
            while let Some(open) = rest.find('{') {
                text.push_str(&rest[..open]);
                let close = rest[open..].find('}').expect("closed slot") + open;
                let fillers = slot(&rest[open + 1..close]);
                let chosen = fillers[rng.below(fillers.len())];
                text.push_str(chosen.text);
                merge(&mut label, chosen.fields);
                rest = &rest[close + 1..];
            }
            text.push_str(rest);
            label.insert("text".to_owned(), json!(text));
            out.push(Value::Object(label));
        }
    }
    out
}
