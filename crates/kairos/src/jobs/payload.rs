//! Every job kind as a typed, versioned payload. The kind and version are stored beside the
//! JSON, so a worker decodes exactly the shape that was written and refuses (and retries
//! later, after a deploy) a version it does not know rather than misreading it.

use serde::{Deserialize, Serialize};

use crate::ids::{AssistantRequestId, BookingId, CalendarSourceId, EventId, HostId, OrgId, WebhookId};

/// The work an event causes, decided when a worker picks it up: one e-mail per participant,
/// one delivery per subscribed webhook, one broker message when a broker is configured, and
/// the reminders before the start (stale ones withdrawn). The booking's transaction writes
/// only this job, so booking stays cheap; the jobs it queues carry unique keys, so running it
/// twice queues nothing twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fanout {
    pub event_id: EventId,
    /// The event type's reminders (minutes before the start) when the event happened; none
    /// for a cancellation. Absent from fan-outs queued with their reminders beside them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reminder_minutes: Vec<i32>,
}

/// What an e-mail about a booking announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "notice")]
pub enum Notice {
    /// The booking's event (`booking.created`, `.rescheduled`, `.cancelled`) as it happened.
    Event,
    /// A reminder this many minutes before the start.
    Reminder { minutes_before: i32 },
}

/// One e-mail about a booking to one recipient. One job per recipient, so a recipient whose
/// server refuses does not make the others' mail go out twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingEmail {
    pub org_id: OrgId,
    pub booking_id: BookingId,
    /// The event being announced; for a reminder, the latest event of the booking at the time
    /// the reminder fired.
    pub event_id: EventId,
    pub notice: Notice,
    /// The recipient's address.
    pub to: String,
}

/// A reminder due before a booking's start: when it fires it queues one [`BookingEmail`] per
/// participant, unless the booking was cancelled or moved since (its `sequence` changed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    pub org_id: OrgId,
    pub booking_id: BookingId,
    pub sequence: i32,
    pub minutes_before: i32,
}

/// One event to one webhook endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookDelivery {
    pub org_id: OrgId,
    pub webhook_id: WebhookId,
    pub event_id: EventId,
}

/// One event to the broker (NATS JetStream), acknowledged before the job succeeds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishEvent {
    pub event_id: EventId,
}

/// One assistant request to understand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Understand {
    pub org_id: OrgId,
    pub request_id: AssistantRequestId,
}

/// Re-plans one host's tasks, habits and focus time. Queued with every change that touches
/// the plan, under a key naming the host's re-plan generation, so a burst of changes makes
/// one run (see `app::replan`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Replan {
    pub org_id: OrgId,
    pub host_id: HostId,
}

/// A scheduled backup: create one, prune past the retention policy, record the success (and
/// verify it when `KAIROS_BACKUP_VERIFY` is on). Queued by workers' housekeeping under a key
/// naming its slot, so however many workers run, each slot makes one backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    pub slot: chrono::DateTime<chrono::Utc>,
}

/// Syncs one calendar source of a host (fetch its feed, replace its busy time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarSync {
    pub org_id: OrgId,
    pub source_id: CalendarSourceId,
}

/// Writes one booking, as it is now, to the CalDAV calendar of a host that receives bookings
/// (creates, updates or removes its event there).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarWrite {
    pub org_id: OrgId,
    pub booking_id: BookingId,
    pub source_id: CalendarSourceId,
}

/// A job of any kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    Fanout(Fanout),
    BookingEmail(BookingEmail),
    Reminder(Reminder),
    WebhookDelivery(WebhookDelivery),
    PublishEvent(PublishEvent),
    Understand(Understand),
    Replan(Replan),
    Backup(Backup),
    CalendarSync(CalendarSync),
    CalendarWrite(CalendarWrite),
}

/// How a kind is run: its name in the queue, current payload version, attempts before it is
/// dead, and priority (higher first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindSpec {
    pub name: &'static str,
    /// The version written.
    pub version: i16,
    /// The oldest version still read: jobs queued by an older release run after an upgrade.
    pub oldest_read: i16,
    pub max_attempts: i32,
    pub priority: i16,
}

pub const FANOUT: KindSpec = KindSpec {
    name: "event.fanout",
    // 2: carries the reminders it queues (1: they were queued beside it, with the booking).
    // A worker of an older release refuses a 2 and leaves it for a newer one.
    version: 2,
    oldest_read: 1,
    max_attempts: 25,
    priority: 20,
};
pub const BOOKING_EMAIL: KindSpec = KindSpec {
    name: "booking.email",
    version: 1,
    oldest_read: 1,
    max_attempts: 10,
    priority: 10,
};
pub const REMINDER: KindSpec = KindSpec {
    name: "booking.reminder",
    version: 1,
    oldest_read: 1,
    max_attempts: 5,
    priority: 10,
};
pub const WEBHOOK_DELIVERY: KindSpec = KindSpec {
    name: "webhook.deliver",
    version: 1,
    oldest_read: 1,
    max_attempts: 10,
    priority: 0,
};
pub const PUBLISH_EVENT: KindSpec = KindSpec {
    name: "event.publish",
    version: 1,
    oldest_read: 1,
    max_attempts: 25,
    priority: 5,
};

pub const UNDERSTAND: KindSpec = KindSpec {
    name: "assistant.understand",
    version: 1,
    oldest_read: 1,
    max_attempts: 5,
    priority: 30,
};

pub const REPLAN: KindSpec = KindSpec {
    name: "planner.replan",
    version: 1,
    oldest_read: 1,
    max_attempts: 10,
    priority: 15,
};

pub const BACKUP: KindSpec = KindSpec {
    name: "backup.run",
    version: 1,
    oldest_read: 1,
    max_attempts: 3,
    priority: -10,
};

/// Below e-mails, webhooks and reminders, so a thousand sources due at once wait behind them.
pub const CALENDAR_SYNC: KindSpec = KindSpec {
    name: "calendar.sync",
    version: 1,
    oldest_read: 1,
    max_attempts: 3,
    priority: -5,
};

/// A booking written to a host's calendar, like a webhook: it retries for a while.
pub const CALENDAR_WRITE: KindSpec = KindSpec {
    name: "calendar.write",
    version: 1,
    oldest_read: 1,
    max_attempts: 10,
    priority: 0,
};

/// Every kind a worker of this version runs.
pub const KINDS: [KindSpec; 10] = [
    UNDERSTAND,
    REPLAN,
    FANOUT,
    BOOKING_EMAIL,
    REMINDER,
    WEBHOOK_DELIVERY,
    PUBLISH_EVENT,
    BACKUP,
    CALENDAR_SYNC,
    CALENDAR_WRITE,
];

/// A stored job this worker cannot read.
#[derive(Debug, thiserror::Error)]
pub enum Undecodable {
    #[error("unknown job kind `{0}` (written by a newer version?)")]
    Kind(String),
    #[error("{kind} payload version {version} is not known to this worker (written by a newer version?)")]
    Version { kind: String, version: i16 },
    #[error("malformed {kind} payload: {source}")]
    Payload {
        kind: String,
        #[source]
        source: serde_json::Error,
    },
}

impl Job {
    #[must_use]
    pub fn spec(&self) -> KindSpec {
        match self {
            Self::Fanout(_) => FANOUT,
            Self::BookingEmail(_) => BOOKING_EMAIL,
            Self::Reminder(_) => REMINDER,
            Self::WebhookDelivery(_) => WEBHOOK_DELIVERY,
            Self::PublishEvent(_) => PUBLISH_EVENT,
            Self::Understand(_) => UNDERSTAND,
            Self::Replan(_) => REPLAN,
            Self::Backup(_) => BACKUP,
            Self::CalendarSync(_) => CALENDAR_SYNC,
            Self::CalendarWrite(_) => CALENDAR_WRITE,
        }
    }

    /// The payload as stored (the current version of its kind).
    pub fn encode(&self) -> serde_json::Result<serde_json::Value> {
        match self {
            Self::Fanout(p) => serde_json::to_value(p),
            Self::BookingEmail(p) => serde_json::to_value(p),
            Self::Reminder(p) => serde_json::to_value(p),
            Self::WebhookDelivery(p) => serde_json::to_value(p),
            Self::PublishEvent(p) => serde_json::to_value(p),
            Self::Understand(p) => serde_json::to_value(p),
            Self::Replan(p) => serde_json::to_value(p),
            Self::Backup(p) => serde_json::to_value(p),
            Self::CalendarSync(p) => serde_json::to_value(p),
            Self::CalendarWrite(p) => serde_json::to_value(p),
        }
    }

    /// Reads a stored payload of `kind` at `version`.
    pub fn decode(kind: &str, version: i16, payload: serde_json::Value) -> Result<Self, Undecodable> {
        let spec = KINDS
            .into_iter()
            .find(|s| s.name == kind)
            .ok_or_else(|| Undecodable::Kind(kind.to_owned()))?;
        if !(spec.oldest_read..=spec.version).contains(&version) {
            return Err(Undecodable::Version {
                kind: kind.to_owned(),
                version,
            });
        }
        let malformed = |source| Undecodable::Payload {
            kind: kind.to_owned(),
            source,
        };
        Ok(match spec.name {
            "event.fanout" => Self::Fanout(serde_json::from_value(payload).map_err(malformed)?),
            "booking.email" => Self::BookingEmail(serde_json::from_value(payload).map_err(malformed)?),
            "booking.reminder" => Self::Reminder(serde_json::from_value(payload).map_err(malformed)?),
            "webhook.deliver" => Self::WebhookDelivery(serde_json::from_value(payload).map_err(malformed)?),
            "assistant.understand" => Self::Understand(serde_json::from_value(payload).map_err(malformed)?),
            "planner.replan" => Self::Replan(serde_json::from_value(payload).map_err(malformed)?),
            "backup.run" => Self::Backup(serde_json::from_value(payload).map_err(malformed)?),
            "calendar.sync" => Self::CalendarSync(serde_json::from_value(payload).map_err(malformed)?),
            "calendar.write" => Self::CalendarWrite(serde_json::from_value(payload).map_err(malformed)?),
            _ => Self::PublishEvent(serde_json::from_value(payload).map_err(malformed)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fanout_queued_beside_its_reminders_reads_as_one_without_them() {
        let event_id = EventId::generate();
        let older = serde_json::json!({"event_id": event_id});
        let job = Job::decode("event.fanout", 1, older).expect("decoded");
        assert_eq!(
            job,
            Job::Fanout(Fanout {
                event_id,
                reminder_minutes: Vec::new()
            })
        );
    }

    #[test]
    fn every_kind_round_trips_and_unknown_versions_are_refused() {
        let org_id = OrgId::generate();
        let booking_id = BookingId::generate();
        let event_id = EventId::generate();
        let jobs = [
            Job::Fanout(Fanout {
                event_id,
                reminder_minutes: vec![1440, 60],
            }),
            Job::BookingEmail(BookingEmail {
                org_id,
                booking_id,
                event_id,
                notice: Notice::Reminder { minutes_before: 60 },
                to: "ana@example.com".to_owned(),
            }),
            Job::Reminder(Reminder {
                org_id,
                booking_id,
                sequence: 2,
                minutes_before: 1440,
            }),
            Job::WebhookDelivery(WebhookDelivery {
                org_id,
                webhook_id: WebhookId::generate(),
                event_id,
            }),
            Job::PublishEvent(PublishEvent { event_id }),
            Job::CalendarSync(CalendarSync {
                org_id,
                source_id: CalendarSourceId::generate(),
            }),
            Job::CalendarWrite(CalendarWrite {
                org_id,
                booking_id,
                source_id: CalendarSourceId::generate(),
            }),
            Job::Understand(Understand {
                org_id,
                request_id: AssistantRequestId::generate(),
            }),
            Job::Replan(Replan {
                org_id,
                host_id: HostId::generate(),
            }),
            Job::Backup(Backup {
                slot: chrono::DateTime::from_timestamp(1_800_000_000, 0).expect("valid"),
            }),
        ];
        for job in jobs {
            let spec = job.spec();
            let payload = job.encode().expect("encodes");
            assert!(matches!(
                Job::decode(spec.name, spec.oldest_read - 1, payload.clone()),
                Err(Undecodable::Version { .. })
            ));
            assert_eq!(
                Job::decode(spec.name, spec.version, payload.clone()).expect("decodes"),
                job
            );
            assert!(matches!(
                Job::decode(spec.name, spec.version + 1, payload),
                Err(Undecodable::Version { .. })
            ));
        }
        assert!(matches!(
            Job::decode("sms.send", 1, serde_json::json!({})),
            Err(Undecodable::Kind(_))
        ));
        assert!(matches!(
            Job::decode("event.publish", 1, serde_json::json!({"event_id": 7})),
            Err(Undecodable::Payload { .. })
        ));
    }
}
