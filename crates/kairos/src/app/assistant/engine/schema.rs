//! What a language model may answer, and how that answer becomes an [`Intent`]. The model's
//! output is untrusted input like any request body: it is read into flat serde structs that
//! refuse unknown fields and kinds, then every value is checked (dates that exist and are near,
//! sane durations, plausible e-mail addresses, bounded strings) before it is converted. The
//! JSON Schema sent with the request describes the same shape, so a provider that enforces
//! schemas (`strict`) produces it directly.

use chrono::{NaiveDate, NaiveTime, TimeDelta, Weekday};
use kairos_core::Zone;
use kairos_core::intent::{
    Avoid, Frequency, Intent, IntentKind, Issue, MeetingRef, PartOfDay, Participant, TimeOfDay, Window,
};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::app::validate;

/// How far from today a date the model gives may lie, either way.
const MAX_DISTANCE: TimeDelta = TimeDelta::days(2 * 365);
/// Meetings and tasks shorter or longer than this are not what anyone asked for.
const DURATION_MINUTES: std::ops::RangeInclusive<i64> = 5..=720;
const MAX_PARTICIPANTS: usize = 20;
const MAX_NAME: usize = 100;
const MAX_TITLE: usize = 200;
const MAX_AVOID: usize = 14;
const MAX_UNCLEAR: usize = 5;

/// The kinds of request the model may name; anything else is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    FindTime,
    BookTime,
    Reschedule,
    Cancel,
    Describe,
    AddTask,
    AddHabit,
    Clarify,
}

const KINDS: [&str; 8] = [
    "find_time",
    "book_time",
    "reschedule",
    "cancel",
    "describe",
    "add_task",
    "add_habit",
    "clarify",
];

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Part {
    Morning,
    Afternoon,
    Evening,
}

impl From<Part> for PartOfDay {
    fn from(part: Part) -> Self {
        match part {
            Part::Morning => PartOfDay::Morning,
            Part::Afternoon => PartOfDay::Afternoon,
            Part::Evening => PartOfDay::Evening,
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Recurrence {
    Daily,
    Weekdays,
    PerWeek,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelAvoid {
    weekday: Option<String>,
    part_of_day: Option<Part>,
}

/// The model's answer, as flat as the schema so that small models fill it in reliably.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelIntent {
    kind: Kind,
    #[serde(default)]
    participants: Vec<String>,
    duration_minutes: Option<i64>,
    window_start: Option<String>,
    window_end: Option<String>,
    time_at: Option<String>,
    time_after: Option<String>,
    time_before: Option<String>,
    part_of_day: Option<Part>,
    #[serde(default)]
    avoid: Vec<ModelAvoid>,
    zone: Option<String>,
    meeting_date: Option<String>,
    meeting_time: Option<String>,
    title: Option<String>,
    due_date: Option<String>,
    frequency: Option<Recurrence>,
    times_per_week: Option<i64>,
    #[serde(default)]
    unclear_dates: Vec<String>,
}

fn nullable(schema: Value) -> Value {
    let mut any = serde_json::Map::new();
    any.insert("anyOf".to_owned(), Value::Array(vec![schema, json!({"type": "null"})]));
    Value::Object(any)
}

fn text(description: &str) -> Value {
    nullable(json!({"type": "string", "description": description}))
}

fn part() -> Value {
    nullable(json!({"type": "string", "enum": ["morning", "afternoon", "evening"]}))
}

/// The JSON Schema of [`ModelIntent`], in the subset strict structured outputs accept: every
/// property required (absent values are `null`), no additional properties.
#[must_use]
pub fn schema() -> Value {
    let date = "a date as YYYY-MM-DD";
    let clock = "a 24-hour time as HH:MM";
    let properties = json!({
        "kind": {"type": "string", "enum": KINDS, "description":
            "find_time: suggest free time; book_time: find and book it; reschedule or cancel an existing meeting; \
             describe: say what is on the calendar; add_task; add_habit; clarify: no scheduling request"},
        "participants": {"type": "array", "items": {"type": "string"},
            "description": "people to meet, each a name or an e-mail address as written"},
        "duration_minutes": nullable(json!({"type": "integer", "description": "length in minutes"})),
        "window_start": text(&format!("first day the request is about, {date}")),
        "window_end": text(&format!("last day the request is about, {date}")),
        "time_at": text(&format!("an exact time asked for, {clock}")),
        "time_after": text(&format!("not before this time, {clock}")),
        "time_before": text(&format!("not after this time, {clock}")),
        "part_of_day": part(),
        "avoid": {"type": "array", "items": {
            "type": "object", "additionalProperties": false, "required": ["weekday", "part_of_day"],
            "properties": {
                "weekday": nullable(json!({"type": "string", "enum":
                    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]})),
                "part_of_day": part(),
            }}, "description": "weekdays or parts of days to keep clear"},
        "zone": text("an IANA time zone named in the request, such as Europe/Berlin"),
        "meeting_date": text(&format!("for reschedule or cancel: the day of the existing meeting, {date}")),
        "meeting_time": text(&format!("for reschedule or cancel: the start of the existing meeting, {clock}")),
        "title": text("for add_task and add_habit: what it is"),
        "due_date": text(&format!("for add_task: when it is due, {date}")),
        "frequency": nullable(json!({"type": "string", "enum": ["daily", "weekdays", "per_week"]})),
        "times_per_week": nullable(json!({"type": "integer", "description": "with frequency per_week"})),
        "unclear_dates": {"type": "array", "items": {"type": "string"},
            "description": "dates in the request that cannot be resolved without guessing, as written (such as 3/4)"},
    });
    let required: Vec<&String> = properties.as_object().map(|p| p.keys().collect()).unwrap_or_default();
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": required,
        "properties": properties,
    })
}

/// Checks the model's answer and turns it into an intent; the error names what was wrong.
pub fn into_intent(model: &ModelIntent, today: NaiveDate) -> Result<Intent, String> {
    let dates = Dates { today };
    let time = time_of_day(model)?;
    let start = dates.optional("window_start", model.window_start.as_deref())?;
    let end = dates.optional("window_end", model.window_end.as_deref())?;
    let window = match (start.or(end), end.or(start)) {
        (Some(start), Some(end)) if end < start => {
            return Err(format!("window_end {end} is before window_start {start}"));
        }
        (Some(start), Some(end)) => Some(Window { start, end, time }),
        _ => None,
    };
    if window.is_none() && model.kind != Kind::AddHabit && time.is_some() {
        return Err("a time of day needs window_start".to_owned());
    }
    let which = MeetingRef {
        date: dates.optional("meeting_date", model.meeting_date.as_deref())?,
        until: None,
        every: false,
        time: model
            .meeting_time
            .as_deref()
            .map(|t| clock("meeting_time", t))
            .transpose()?,
        part: None,
    };
    let (kind, window) = match model.kind {
        Kind::FindTime => (IntentKind::FindTime { book: false }, window),
        Kind::BookTime => (IntentKind::FindTime { book: true }, window),
        Kind::Describe => (IntentKind::Describe, window),
        Kind::Clarify => (IntentKind::Clarify, window),
        Kind::Reschedule => (IntentKind::Reschedule { which, to: window }, window),
        Kind::Cancel => (IntentKind::Cancel { which }, None),
        Kind::AddTask => (
            IntentKind::AddTask {
                title: title(model.title.as_deref())?,
                due: dates.optional("due_date", model.due_date.as_deref())?,
            },
            None,
        ),
        Kind::AddHabit => (
            IntentKind::AddHabit {
                title: title(model.title.as_deref())?,
                frequency: frequency(model.frequency, model.times_per_week)?,
                part: model.part_of_day.map(PartOfDay::from),
            },
            None,
        ),
    };
    let duration_minutes = model
        .duration_minutes
        .map(|m| {
            u32::try_from(m)
                .ok()
                .filter(|_| DURATION_MINUTES.contains(&m))
                .ok_or_else(|| format!("duration_minutes {m} is outside 5–720"))
        })
        .transpose()?;
    let zone = model
        .zone
        .as_deref()
        .map(|z| Zone::parse(z).map_err(|err| format!("zone: {err}")))
        .transpose()?;
    Ok(Intent {
        kind,
        participants: participants(&model.participants)?,
        duration_minutes,
        window,
        avoid: avoid(&model.avoid)?,
        zone,
        issues: unclear(&model.unclear_dates)?,
    })
}

/// Dates the model resolved, held to the neighbourhood of today.
struct Dates {
    today: NaiveDate,
}

impl Dates {
    fn optional(&self, field: &str, value: Option<&str>) -> Result<Option<NaiveDate>, String> {
        value.map(|v| self.date(field, v)).transpose()
    }

    fn date(&self, field: &str, value: &str) -> Result<NaiveDate, String> {
        let date = NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map_err(|_| format!("{field} `{}` is not a date as YYYY-MM-DD", shorten(value)))?;
        if (date - self.today).abs() > MAX_DISTANCE {
            return Err(format!(
                "{field} {date} is more than two years from today ({})",
                self.today
            ));
        }
        Ok(date)
    }
}

fn clock(field: &str, value: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(value, "%H:%M")
        .map_err(|_| format!("{field} `{}` is not a time as HH:MM", shorten(value)))
}

/// One reading of when during the day: an exact time, a part of day, or bounds.
fn time_of_day(model: &ModelIntent) -> Result<Option<TimeOfDay>, String> {
    let at = model.time_at.as_deref().map(|t| clock("time_at", t)).transpose()?;
    let after = model
        .time_after
        .as_deref()
        .map(|t| clock("time_after", t))
        .transpose()?;
    let before = model
        .time_before
        .as_deref()
        .map(|t| clock("time_before", t))
        .transpose()?;
    let part = model.part_of_day.map(PartOfDay::from);
    let given = usize::from(at.is_some()) + usize::from(part.is_some()) + usize::from(after.or(before).is_some());
    if given > 1 {
        return Err("give one of time_at, part_of_day or time_after/time_before".to_owned());
    }
    Ok(match (at, part, after, before) {
        (Some(at), ..) => Some(TimeOfDay::At(at)),
        (_, Some(part), ..) => Some(TimeOfDay::Part(part)),
        (_, _, Some(a), Some(b)) if b <= a => return Err(format!("time_before {b} is not after time_after {a}")),
        (_, _, Some(a), Some(b)) => Some(TimeOfDay::Between(a, b)),
        (_, _, Some(a), None) => Some(TimeOfDay::After(a)),
        (_, _, None, Some(b)) => Some(TimeOfDay::Before(b)),
        _ => None,
    })
}

fn participants(given: &[String]) -> Result<Vec<Participant>, String> {
    if given.len() > MAX_PARTICIPANTS {
        return Err(format!("more than {MAX_PARTICIPANTS} participants"));
    }
    given
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let field = format!("participants[{i}]");
            if p.contains('@') {
                validate::email(&field, p).map(|e| Participant::Email(e.into()))
            } else {
                validate::text(&field, p, MAX_NAME).map(Participant::Name)
            }
            .map_err(|err| err.to_string())
        })
        .collect()
}

fn title(given: Option<&str>) -> Result<String, String> {
    validate::text("title", given.unwrap_or_default(), MAX_TITLE).map_err(|err| err.to_string())
}

fn frequency(given: Option<Recurrence>, times: Option<i64>) -> Result<Option<Frequency>, String> {
    Ok(match (given, times) {
        (Some(Recurrence::PerWeek), Some(n @ 1..=7)) => Some(Frequency::PerWeek(u8::try_from(n).unwrap_or(1))),
        (Some(Recurrence::PerWeek), _) => return Err("frequency per_week needs times_per_week 1–7".to_owned()),
        (_, Some(_)) => return Err("times_per_week goes with frequency per_week".to_owned()),
        (Some(Recurrence::Daily), None) => Some(Frequency::Daily),
        (Some(Recurrence::Weekdays), None) => Some(Frequency::Weekdays),
        (None, None) => None,
    })
}

fn avoid(given: &[ModelAvoid]) -> Result<Vec<Avoid>, String> {
    if given.len() > MAX_AVOID {
        return Err(format!("more than {MAX_AVOID} entries in avoid"));
    }
    given
        .iter()
        .map(|a| {
            let weekday = a
                .weekday
                .as_deref()
                .map(|d| {
                    d.parse::<Weekday>()
                        .map_err(|_| format!("avoid weekday `{}` is not a day of the week", shorten(d)))
                })
                .transpose()?;
            if weekday.is_none() && a.part_of_day.is_none() {
                return Err("an avoid entry needs a weekday or a part_of_day".to_owned());
            }
            Ok(Avoid {
                weekday,
                part: a.part_of_day.map(PartOfDay::from),
            })
        })
        .collect()
}

fn unclear(given: &[String]) -> Result<Vec<Issue>, String> {
    if given.len() > MAX_UNCLEAR {
        return Err(format!("more than {MAX_UNCLEAR} unclear_dates"));
    }
    given
        .iter()
        .enumerate()
        .map(|(i, d)| {
            validate::text(&format!("unclear_dates[{i}]"), d, MAX_NAME)
                .map(Issue::AmbiguousDate)
                .map_err(|err| err.to_string())
        })
        .collect()
}

/// The start of a value quoted in an error, so a huge answer does not become a huge log line.
fn shorten(value: &str) -> String {
    value.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or(NaiveDate::MIN)
    }

    /// A complete answer with `changes` applied over a plain "find 45 minutes tomorrow".
    fn answer(changes: Value) -> Value {
        let mut base = json!({
            "kind": "find_time", "participants": ["Bo", "Ana@Example.com"], "duration_minutes": 45,
            "window_start": "2026-11-28", "window_end": "2026-11-28", "time_at": null, "time_after": null,
            "time_before": null, "part_of_day": "afternoon", "avoid": [], "zone": null, "meeting_date": null,
            "meeting_time": null, "title": null, "due_date": null, "frequency": null, "times_per_week": null,
            "unclear_dates": [],
        });
        if let (Some(base), Value::Object(changes)) = (base.as_object_mut(), changes) {
            base.extend(changes);
        }
        base
    }

    fn convert(value: Value) -> Result<Intent, String> {
        let model: ModelIntent = serde_json::from_value(value).map_err(|err| format!("serde: {err}"))?;
        into_intent(&model, today())
    }

    #[test]
    fn a_good_answer_becomes_the_intent() {
        let intent = convert(answer(json!({}))).expect("valid");
        assert_eq!(intent.kind, IntentKind::FindTime { book: false });
        assert_eq!(intent.duration_minutes, Some(45));
        assert_eq!(
            intent.participants,
            vec![
                Participant::Name("Bo".into()),
                Participant::Email("ana@example.com".into())
            ]
        );
        let window = intent.window.expect("window");
        assert_eq!(window.start, NaiveDate::from_ymd_opt(2026, 11, 28).expect("date"));
        assert_eq!(window.time, Some(TimeOfDay::Part(PartOfDay::Afternoon)));
    }

    #[test]
    fn every_field_the_schema_names_is_read_and_required() {
        let schema = schema();
        let required = schema["required"].as_array().expect("required");
        let sample = answer(json!({}));
        assert_eq!(required.len(), sample.as_object().expect("object").len());
        for field in required {
            let field = field.as_str().expect("name");
            assert!(sample.get(field).is_some(), "{field} is not in the answer struct");
        }
        assert_eq!(schema["additionalProperties"], false);
    }

    #[test]
    fn kinds_and_fields_outside_the_schema_are_refused() {
        let err = convert(answer(json!({"kind": "delete_everything"}))).expect_err("refused");
        assert!(err.contains("delete_everything"), "{err}");
        let err = convert(answer(json!({"api_key": "x"}))).expect_err("refused");
        assert!(err.contains("api_key"), "{err}");
    }

    #[test]
    fn absurd_values_are_refused_with_the_field_named() {
        for (changes, field) in [
            (json!({"duration_minutes": 100_000}), "duration_minutes"),
            (json!({"duration_minutes": 2}), "duration_minutes"),
            (json!({"duration_minutes": -30}), "duration_minutes"),
            (json!({"window_start": "28/11/2026"}), "window_start"),
            (json!({"window_start": "2026-02-31"}), "window_start"),
            (
                json!({"window_start": "2031-01-01", "window_end": "2031-01-02"}),
                "window_start",
            ),
            (
                json!({"window_start": "2026-12-05", "window_end": "2026-12-01"}),
                "window_end",
            ),
            (json!({"time_at": "25:00", "part_of_day": null}), "time_at"),
            (
                json!({"time_after": "15:00", "time_before": "14:00", "part_of_day": null}),
                "time_before",
            ),
            (json!({"time_at": "15:00"}), "time_at"),
            (json!({"participants": ["bo@"]}), "participants[0]"),
            (json!({"participants": ["a@b@c com"]}), "participants[0]"),
            (json!({"participants": ["x".repeat(101)]}), "participants[0]"),
            (json!({"participants": vec!["Bo"; 21]}), "participants"),
            (json!({"zone": "Mars/Olympus"}), "zone"),
            (json!({"kind": "add_task", "title": null}), "title"),
            (json!({"kind": "add_task", "title": "t".repeat(201)}), "title"),
            (
                json!({"kind": "add_habit", "title": "run", "frequency": "per_week"}),
                "times_per_week",
            ),
            (
                json!({"avoid": [{"weekday": "caturday", "part_of_day": null}]}),
                "avoid",
            ),
            (json!({"avoid": [{"weekday": null, "part_of_day": null}]}), "avoid"),
            (json!({"unclear_dates": ["3/4\u{7}"]}), "unclear_dates[0]"),
            (json!({"window_start": null, "window_end": null}), "window_start"),
        ] {
            let err = convert(answer(changes.clone())).expect_err(&changes.to_string());
            assert!(err.contains(field), "{changes}: {err}");
        }
    }

    #[test]
    fn kinds_carry_their_own_fields() {
        let cancel = convert(answer(json!({
            "kind": "cancel", "meeting_date": "2026-11-30", "meeting_time": "15:00",
            "window_start": null, "window_end": null, "part_of_day": null,
        })))
        .expect("valid");
        assert_eq!(
            cancel.kind,
            IntentKind::Cancel {
                which: MeetingRef {
                    date: NaiveDate::from_ymd_opt(2026, 11, 30),
                    until: None,
                    time: NaiveTime::from_hms_opt(15, 0, 0),
                    part: None,
                    every: false,
                }
            }
        );
        let habit = convert(answer(json!({
            "kind": "add_habit", "title": "Run", "frequency": "per_week", "times_per_week": 3,
            "window_start": null, "window_end": null, "part_of_day": "morning",
        })))
        .expect("valid");
        assert_eq!(
            habit.kind,
            IntentKind::AddHabit {
                title: "Run".into(),
                frequency: Some(Frequency::PerWeek(3)),
                part: Some(PartOfDay::Morning),
            }
        );
        let unclear = convert(answer(
            json!({"unclear_dates": ["3/4"], "window_start": null, "window_end": null, "part_of_day": null}),
        ))
        .expect("valid");
        assert_eq!(unclear.issues, vec![Issue::AmbiguousDate("3/4".into())]);
    }
}
