//! The arguments of the agent tools, with their JSON Schemas (what an agent is shown), and the
//! checks that turn them into the assistant's intents: every value bounded, dates real, at most
//! a month searched, names and e-mail addresses without control characters.

use chrono::{NaiveDate, NaiveTime};
use kairos_core::Zone;
use kairos_core::intent::{Intent, IntentKind, MeetingRef, PartOfDay, Participant, TimeOfDay, Window};
use rmcp::schemars::{self, JsonSchema};
use serde::{Deserialize, Serialize};

use crate::app::{Error, Result, validate};

/// People named in one call, at most.
const MAX_PEOPLE: usize = 20;
/// Days one search may cover, at most.
const MAX_SEARCH_DAYS: i64 = 31;

/// A part of the day, on the zone's wall clock.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DayPart {
    /// 08:00–12:00.
    Morning,
    /// 12:00–17:00.
    Afternoon,
    /// 17:00–21:00.
    Evening,
}

impl From<DayPart> for PartOfDay {
    fn from(part: DayPart) -> Self {
        match part {
            DayPart::Morning => PartOfDay::Morning,
            DayPart::Afternoon => PartOfDay::Afternoon,
            DayPart::Evening => PartOfDay::Evening,
        }
    }
}

/// Which days, and which hours of them.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Days {
    /// The first day, `YYYY-MM-DD`.
    pub from_date: NaiveDate,
    /// The last day (included), `YYYY-MM-DD`; at most 31 days after `from_date`.
    pub to_date: NaiveDate,
    /// Only this part of each day.
    #[serde(default)]
    pub part_of_day: Option<DayPart>,
    /// Not before this time of day, `HH:MM` (with `latest`, instead of `part_of_day`).
    #[serde(default)]
    pub earliest: Option<NaiveTime>,
    /// Not after this time of day, `HH:MM`.
    #[serde(default)]
    pub latest: Option<NaiveTime>,
}

impl Days {
    fn window(&self) -> Result<Window> {
        if self.to_date < self.from_date {
            return Err(Error::invalid("to_date", "`to_date` must not be before `from_date`"));
        }
        if (self.to_date - self.from_date).num_days() > MAX_SEARCH_DAYS {
            return Err(Error::invalid(
                "to_date",
                format!("at most {MAX_SEARCH_DAYS} days may be searched at once"),
            ));
        }
        let time = match (self.part_of_day, self.earliest, self.latest) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
                return Err(Error::invalid(
                    "part_of_day",
                    "give `part_of_day` or `earliest`/`latest`, not both",
                ));
            }
            (Some(part), None, None) => Some(TimeOfDay::Part(part.into())),
            (None, Some(from), Some(to)) if to <= from => {
                return Err(Error::invalid("latest", "`latest` must be after `earliest`"));
            }
            (None, Some(from), Some(to)) => Some(TimeOfDay::Between(from, to)),
            (None, Some(from), None) => Some(TimeOfDay::After(from)),
            (None, None, Some(to)) => Some(TimeOfDay::Before(to)),
            (None, None, None) => None,
        };
        Ok(Window {
            start: self.from_date,
            end: self.to_date,
            time,
        })
    }
}

/// Find free times for a meeting; the answer's proposals can then be confirmed.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FindTimes {
    /// The host to act for (`hst_…`); may be left out with a key limited to one host.
    #[serde(default)]
    pub host_id: Option<String>,
    /// Who else to meet: colleagues by name or e-mail address, and at most one person from
    /// outside the organisation by e-mail address.
    #[serde(default)]
    pub people: Vec<String>,
    /// The meeting's length, 5–720 minutes.
    pub duration_minutes: u32,
    /// Which days to search.
    pub days: Days,
    /// The IANA zone the days and times are in (default: the host's).
    #[serde(default)]
    pub zone: Option<String>,
}

/// Which existing meeting of the host: the day it is on, and its start time or people when the
/// day has several.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The day of the meeting, `YYYY-MM-DD`.
    pub date: NaiveDate,
    /// Its start on the zone's wall clock, `HH:MM`.
    #[serde(default)]
    pub start_time: Option<NaiveTime>,
    /// People in it, by name or e-mail address.
    #[serde(default)]
    pub people: Vec<String>,
}

/// Propose new times for an existing meeting.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProposeReschedule {
    #[serde(default)]
    pub host_id: Option<String>,
    pub meeting: Meeting,
    /// When to move it to.
    pub to: Days,
    #[serde(default)]
    pub zone: Option<String>,
}

/// Propose cancelling an existing meeting.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProposeCancel {
    #[serde(default)]
    pub host_id: Option<String>,
    pub meeting: Meeting,
    #[serde(default)]
    pub zone: Option<String>,
}

/// Carry out one proposal of an earlier answer.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Confirm {
    /// The answer's `request_id` (`asr_…`).
    pub request_id: String,
    /// The proposal's number (1 is the best).
    pub proposal: u32,
    /// Any string unique to this intended action (1–200 characters): a retry with the same key
    /// gets the first call's answer instead of acting twice.
    pub idempotency_key: String,
}

/// Undo an agent's confirmed cancellation.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Undo {
    /// The recorded action of the confirmation (`agt_…`, the `action_id` of its answer).
    pub action_id: String,
    /// See `confirm`.
    pub idempotency_key: String,
}

/// One day of the host's calendar.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DescribeDay {
    #[serde(default)]
    pub host_id: Option<String>,
    /// The day, `YYYY-MM-DD`, on the host's wall clock.
    pub date: NaiveDate,
}

/// Why the host is busy or free over a span.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExplainBusy {
    #[serde(default)]
    pub host_id: Option<String>,
    /// RFC 3339, e.g. `2026-12-07T09:00:00Z`.
    pub start: chrono::DateTime<chrono::Utc>,
    /// RFC 3339; at most 31 days after `start`.
    pub end: chrono::DateTime<chrono::Utc>,
}

/// A task for the planner to fit into the host's free time.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AddTask {
    #[serde(default)]
    pub host_id: Option<String>,
    /// What to do, 1–200 characters.
    pub title: String,
    /// The work, 5–2,400 minutes.
    pub duration_minutes: u32,
    /// The day it is due (by the end of it, on the host's wall clock).
    #[serde(default)]
    pub due_date: Option<NaiveDate>,
    /// See `confirm`.
    pub idempotency_key: String,
}

/// How often a habit recurs.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HabitFrequency {
    Daily,
    Weekdays,
    /// `times_per_week` days a week.
    Weekly,
}

/// A recurring block for the planner.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AddHabit {
    #[serde(default)]
    pub host_id: Option<String>,
    /// What it is, 1–200 characters.
    pub title: String,
    /// Its length, 5–720 minutes.
    pub duration_minutes: u32,
    pub frequency: HabitFrequency,
    /// With `weekly`: 1–7.
    #[serde(default)]
    pub times_per_week: Option<u8>,
    #[serde(default)]
    pub part_of_day: Option<DayPart>,
    /// See `confirm`.
    pub idempotency_key: String,
}

/// The planner's blocks over some days.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ShowPlan {
    #[serde(default)]
    pub host_id: Option<String>,
    /// The first day, `YYYY-MM-DD` (default: today).
    #[serde(default)]
    pub from_date: Option<NaiveDate>,
    /// The last day (included); at most 31 days after `from_date` (default: a week).
    #[serde(default)]
    pub to_date: Option<NaiveDate>,
}

/// Only the host, for tools that need nothing else.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HostOnly {
    #[serde(default)]
    pub host_id: Option<String>,
}

/// People as the assistant's participants: an e-mail address (lower-cased) or a name.
pub fn participants(people: &[String]) -> Result<Vec<Participant>> {
    if people.len() > MAX_PEOPLE {
        return Err(Error::invalid("people", format!("at most {MAX_PEOPLE} people")));
    }
    people
        .iter()
        .map(|person| {
            let person = validate::line("people", person, 200)?;
            Ok(if person.contains('@') {
                Participant::Email(person.to_lowercase())
            } else {
                Participant::Name(person)
            })
        })
        .collect()
}

/// The zone named, if any.
pub fn zone(name: Option<&str>) -> Result<Option<Zone>> {
    name.map(|name| Zone::parse(name).map_err(|_| Error::invalid("zone", format!("`{name}` is not an IANA time zone"))))
        .transpose()
}

/// An intent of `kind` with nothing else filled in.
pub fn intent(kind: IntentKind) -> Intent {
    Intent {
        kind,
        participants: Vec::new(),
        duration_minutes: None,
        window: None,
        avoid: Vec::new(),
        zone: None,
        issues: Vec::new(),
    }
}

impl FindTimes {
    pub fn intent(&self) -> Result<Intent> {
        Ok(Intent {
            participants: participants(&self.people)?,
            duration_minutes: Some(self.duration_minutes),
            window: Some(self.days.window()?),
            zone: zone(self.zone.as_deref())?,
            ..intent(IntentKind::FindTime { book: false })
        })
    }
}

impl Meeting {
    fn reference(&self) -> MeetingRef {
        MeetingRef {
            date: Some(self.date),
            until: None,
            time: self.start_time,
            part: None,
            every: false,
        }
    }
}

impl ProposeReschedule {
    pub fn intent(&self) -> Result<Intent> {
        let to = self.to.window()?;
        Ok(Intent {
            participants: participants(&self.meeting.people)?,
            window: Some(to),
            zone: zone(self.zone.as_deref())?,
            ..intent(IntentKind::Reschedule {
                which: self.meeting.reference(),
                to: Some(to),
            })
        })
    }
}

impl ProposeCancel {
    pub fn intent(&self) -> Result<Intent> {
        Ok(Intent {
            participants: participants(&self.meeting.people)?,
            zone: zone(self.zone.as_deref())?,
            ..intent(IntentKind::Cancel {
                which: self.meeting.reference(),
            })
        })
    }
}

impl AddTask {
    pub fn intent(&self) -> Result<Intent> {
        Ok(Intent {
            duration_minutes: Some(self.duration_minutes),
            ..intent(IntentKind::AddTask {
                title: validate::line("title", &self.title, 200)?,
                due: self.due_date,
            })
        })
    }
}

impl AddHabit {
    pub fn intent(&self) -> Result<Intent> {
        use kairos_core::intent::Frequency;
        let frequency = match (self.frequency, self.times_per_week) {
            (HabitFrequency::Daily, None) => Frequency::Daily,
            (HabitFrequency::Weekdays, None) => Frequency::Weekdays,
            (HabitFrequency::Weekly, Some(n @ 1..=7)) => Frequency::PerWeek(n),
            (HabitFrequency::Weekly, _) => {
                return Err(Error::invalid(
                    "times_per_week",
                    "`weekly` needs `times_per_week` of 1–7",
                ));
            }
            (_, Some(_)) => {
                return Err(Error::invalid(
                    "times_per_week",
                    "`times_per_week` goes with `weekly` only",
                ));
            }
        };
        Ok(Intent {
            duration_minutes: Some(self.duration_minutes),
            ..intent(IntentKind::AddHabit {
                title: validate::line("title", &self.title, 200)?,
                frequency: Some(frequency),
                part: self.part_of_day.map(PartOfDay::from),
            })
        })
    }
}

impl DescribeDay {
    pub fn intent(&self) -> Intent {
        Intent {
            window: Some(Window {
                start: self.date,
                end: self.date,
                time: None,
            }),
            ..intent(IntentKind::Describe)
        }
    }
}
