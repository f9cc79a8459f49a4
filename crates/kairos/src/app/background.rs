//! What each kind of job does: fan an event out into notifications (and re-plans for the
//! booking's hosts), send one e-mail, fire a reminder, deliver one webhook, publish one event
//! to the broker, understand an assistant request, re-plan a host, make a scheduled backup. Every effect that can be
//! deduplicated is: fan-out and reminders queue jobs under unique keys, webhooks and broker
//! messages carry the event id, e-mails a stable `Message-ID`.

use std::time::Duration;

use lettre::message::Mailbox;
use sqlx::PgPool;

use super::assistant::engine::Understander;
use super::calendar_sources::Freshness;
use super::calendar_sync::{SyncEnd, Syncer};
use super::scheduled_backups::{self, Plan};
use crate::broker::Broker;
use crate::calendars::fetch::FeedClient;
use crate::clock::Clock;
use crate::config::Config;
use crate::config::backup_schedule::Schedule;
use crate::ids::EventId;
use crate::jobs::enqueue::{self, Planned};
use crate::jobs::payload::{
    self, BookingEmail, CalendarWrite, Fanout, Job, Notice, PublishEvent, Reminder, WebhookDelivery,
};
use crate::jobs::{Handler, Outcome, outbox};
use crate::model::BookingStatus;
use crate::model::events::DomainEvent;
use crate::notify::{self, BookingMail, Mailer};
use crate::sealing::Keyring;
use crate::store;
use crate::store::jobs::Claimed;
use crate::webhooks::{self, WebhookClient};

/// Runs every job kind with this process's mailer, webhook client and broker connection.
#[derive(Debug)]
pub struct Runner {
    pool: PgPool,
    mailer: Mailer,
    from: Mailbox,
    public_url: Option<String>,
    webhooks: WebhookClient,
    feeds: FeedClient,
    /// How often each calendar source is synced (`KAIROS_CALENDAR_SYNC_MINUTES`).
    calendar_sync: chrono::TimeDelta,
    /// When a calendar source is stale, and whether it then blocks.
    calendar_freshness: Freshness,
    /// Opens calendar feed addresses (and seals them anew after a key rotation).
    keyring: Keyring,
    broker: Option<Broker>,
    understander: Understander,
    /// Scheduled backups' source, destination and retention; none without a destination.
    backup: Option<Plan>,
    /// When housekeeping queues backups (`KAIROS_BACKUP_SCHEDULE`); none: never.
    backup_schedule: Option<Schedule>,
    /// Longest a backup job may run: a large database takes longer than other jobs.
    backup_timeout: Duration,
    /// What "now" is for the jobs' decisions (is a reminder still due, what to re-plan from).
    clock: Clock,
}

impl Runner {
    /// Builds the outbound clients the configuration asks for (and connects to NATS when
    /// `KAIROS_NATS_URL` is set).
    pub async fn from_config(pool: PgPool, config: &Config) -> anyhow::Result<Self> {
        Ok(Self {
            mailer: Mailer::from_config(config)?,
            from: config.sender()?,
            public_url: config.public_base_url(),
            webhooks: WebhookClient::from_config(config)?,
            feeds: FeedClient::from_config(config)?,
            calendar_sync: chrono::TimeDelta::minutes(i64::from(config.calendar_sync_minutes)),
            calendar_freshness: Freshness::from_config(config),
            keyring: config.keyring()?,
            broker: Broker::connect(config).await?,
            understander: Understander::from_config(config)?,
            backup: Plan::from_config(config, &pool)?,
            backup_schedule: config.scheduled_backups(),
            backup_timeout: Duration::from_secs(config.backup_timeout_secs),
            clock: config.clock,
            pool,
        })
    }

    async fn event(&self, id: EventId) -> anyhow::Result<Option<DomainEvent>> {
        Ok(store::events::get(&mut *store::acquire(&self.pool).await?, id).await?)
    }

    /// The mails about `event`, with what they show besides the booking.
    async fn mail(&self, event: DomainEvent) -> anyhow::Result<BookingMail> {
        let mut conn = store::acquire(&self.pool).await?;
        let context = notify::load_context(&mut conn, event.org_id, &event.data)
            .await
            .map_err(|err| anyhow::anyhow!("{err}"))?;
        Ok(BookingMail {
            event,
            context,
            from: self.from.clone(),
            public_url: self.public_url.clone(),
        })
    }

    async fn fanout(&self, job: Fanout) -> anyhow::Result<Outcome> {
        let Some(event) = self.event(job.event_id).await? else {
            return Ok(Outcome::Fail(format!("event {} does not exist", job.event_id)));
        };
        let (org, booking, kind) = (event.org_id, event.data.id, event.kind);
        let (sequence, happened) = (event.data.sequence, event.timestamp);
        let hosts = event.data.hosts.clone();
        let mail = self.mail(event).await?;
        let mut jobs: Vec<Planned> = notify::recipients(&mail)
            .into_iter()
            .map(|to| {
                Job::BookingEmail(BookingEmail {
                    org_id: org,
                    booking_id: booking,
                    event_id: job.event_id,
                    notice: Notice::Event,
                    to: to.email.clone(),
                })
                .planned()
                .unique(format!("email:{}:{}", job.event_id, to.email.to_lowercase()))
                .about(booking.0)
            })
            .collect();
        let mut tx = store::begin(&self.pool).await?;
        for webhook_id in webhooks::subscribers(&mut tx, org, kind).await? {
            jobs.push(
                Job::WebhookDelivery(WebhookDelivery {
                    org_id: org,
                    webhook_id,
                    event_id: job.event_id,
                })
                .planned()
                .unique(format!("webhook:{}:{webhook_id}", job.event_id))
                .about(booking.0),
            );
        }
        // The hosts whose bookings are written to a CalDAV calendar: the booking as it is now.
        for (_, source_id) in store::calendar_sources::receivers(&mut *tx, org, &hosts).await? {
            jobs.push(
                Job::CalendarWrite(CalendarWrite {
                    org_id: org,
                    booking_id: booking,
                    source_id,
                })
                .planned()
                .unique(format!("calendar.write:{}:{source_id}", job.event_id))
                .about(booking.0),
            );
        }
        if self.broker.is_some() {
            jobs.push(
                Job::PublishEvent(PublishEvent { event_id: job.event_id })
                    .planned()
                    .unique(format!("publish:{}", job.event_id))
                    .about(booking.0),
            );
        }
        let now = self.clock.now();
        // Reminders follow the booking as it is now: those of its earlier times (all, once it is
        // cancelled) are withdrawn, and this event's are queued only while it still describes
        // the booking — a fan-out that runs late never brings back a stale reminder (the booking
        // is locked, so a change committing meanwhile waits and its own fan-out follows). Which are
        // due is judged as of the change, as if queued with it: one whose time passed while
        // the workers were down still goes, late.
        let current = store::bookings::lock(&mut tx, org, booking)
            .await?
            .filter(|b| b.status == BookingStatus::Confirmed);
        let keep = current.as_ref().map(|b| b.sequence);
        store::jobs::cancel_stale(&mut tx, booking.0, payload::REMINDER.name, keep).await?;
        if let Some(current) = current.filter(|b| b.sequence == sequence) {
            jobs.extend(outbox::reminders(org, &current, &job.reminder_minutes, happened));
        }
        enqueue::enqueue(&mut tx, jobs, now).await?;
        // The booking changed its hosts' calendars: their plans follow.
        super::planner::queue_replans(&mut tx, org, &hosts, now).await?;
        tx.commit().await?;
        Ok(Outcome::Done)
    }

    async fn email(&self, job: BookingEmail) -> anyhow::Result<Outcome> {
        let Some(event) = self.event(job.event_id).await? else {
            return Ok(Outcome::Fail(format!("event {} does not exist", job.event_id)));
        };
        let notice = match job.notice {
            Notice::Event => notify::Notice::of(event.kind),
            Notice::Reminder { minutes_before } => notify::Notice::Reminder {
                minutes_before: u32::try_from(minutes_before).unwrap_or(0),
            },
        };
        let mail = self.mail(event).await?;
        let Some(to) = notify::recipients(&mail)
            .into_iter()
            .find(|r| r.email.eq_ignore_ascii_case(&job.to))
        else {
            tracing::info!(to = %job.to, "no longer a participant of the booking; mail not sent");
            return Ok(Outcome::Done);
        };
        let message = match notify::compose(&mail, notice, &to) {
            Ok(message) => message,
            Err(err) => return Ok(Outcome::Fail(format!("cannot compose the mail: {err:#}"))),
        };
        Ok(match self.mailer.send(message).await {
            Ok(()) => Outcome::Done,
            Err(err) if err.is_transient() => Outcome::Retry(err.to_string()),
            Err(err) => Outcome::Fail(err.to_string()),
        })
    }

    async fn reminder(&self, job: Reminder) -> anyhow::Result<Outcome> {
        let mut conn = store::acquire(&self.pool).await?;
        let booking = store::bookings::get(&mut *conn, job.org_id, job.booking_id).await?;
        let now = self.clock.now();
        let due = booking
            .as_ref()
            .is_some_and(|b| b.status == BookingStatus::Confirmed && b.sequence == job.sequence && b.start > now);
        if !due {
            tracing::info!(booking = %job.booking_id, "reminder no longer due (booking moved, cancelled or past)");
            return Ok(Outcome::Done);
        }
        let Some(event) = store::events::latest_of(&mut conn, job.org_id, job.booking_id).await? else {
            return Ok(Outcome::Fail(format!("booking {} has no events", job.booking_id)));
        };
        drop(conn);
        let event_id = event.id;
        let mail = self.mail(event).await?;
        let jobs = notify::recipients(&mail)
            .into_iter()
            .map(|to| {
                Job::BookingEmail(BookingEmail {
                    org_id: job.org_id,
                    booking_id: job.booking_id,
                    event_id,
                    notice: Notice::Reminder {
                        minutes_before: job.minutes_before,
                    },
                    to: to.email.clone(),
                })
                .planned()
                .unique(format!(
                    "reminder-email:{}:{}:{}:{}",
                    job.booking_id,
                    job.sequence,
                    job.minutes_before,
                    to.email.to_lowercase()
                ))
                .about(job.booking_id.0)
            })
            .collect();
        enqueue::enqueue(&mut *store::acquire(&self.pool).await?, jobs, now).await?;
        Ok(Outcome::Done)
    }

    async fn webhook(&self, job: WebhookDelivery, attempt: i32) -> anyhow::Result<Outcome> {
        let Some(event) = self.event(job.event_id).await? else {
            return Ok(Outcome::Fail(format!("event {} does not exist", job.event_id)));
        };
        Ok(
            match webhooks::deliver(&self.pool, &self.webhooks, job.org_id, job.webhook_id, &event, attempt).await {
                Ok(delivery) => {
                    tracing::info!(?delivery, "webhook delivery settled");
                    Outcome::Done
                }
                Err(err) if err.is_retryable() => Outcome::Retry(err.to_string()),
                Err(err) => Outcome::Fail(err.to_string()),
            },
        )
    }

    async fn publish(&self, job: PublishEvent) -> anyhow::Result<Outcome> {
        let Some(broker) = &self.broker else {
            return Ok(Outcome::Retry(
                "no broker: set KAIROS_NATS_URL on the workers as on the API".to_owned(),
            ));
        };
        let Some(event) = self.event(job.event_id).await? else {
            return Ok(Outcome::Fail(format!("event {} does not exist", job.event_id)));
        };
        broker.publish(&event).await?;
        store::events::mark_published(&mut *store::acquire(&self.pool).await?, event.id, self.clock.now()).await?;
        Ok(Outcome::Done)
    }
}

impl Handler for Runner {
    async fn run(&self, job: &Claimed) -> Outcome {
        let decoded = match Job::decode(&job.kind, job.version, job.payload.clone()) {
            Ok(decoded) => decoded,
            // Perhaps written by a newer version: retry (with backoff) rather than lose it.
            Err(err) => return Outcome::Retry(err.to_string()),
        };
        let done = match decoded {
            Job::Fanout(p) => self.fanout(p).await,
            Job::BookingEmail(p) => self.email(p).await,
            Job::Reminder(p) => self.reminder(p).await,
            Job::WebhookDelivery(p) => self.webhook(p, job.attempt).await,
            Job::PublishEvent(p) => self.publish(p).await,
            Job::Understand(p) => {
                super::assistant::understand(&self.pool, &self.understander, p.org_id, p.request_id, self.clock.now())
                    .await
                    .map(|()| Outcome::Done)
            }
            Job::Replan(p) => super::replan::replan(&self.pool, p.org_id, p.host_id, self.clock.now())
                .await
                .map(|()| Outcome::Done),
            Job::CalendarSync(p) => {
                let last_attempt = job.attempt >= job.max_attempts;
                let now = self.clock.now();
                let syncer = Syncer {
                    pool: &self.pool,
                    feeds: &self.feeds,
                    keys: &self.keyring,
                };
                syncer.sync(p.org_id, p.source_id, now).await.map(|end| match end {
                    // The error shows on the source; after the last attempt the next
                    // scheduled sync tries again, with no dead job for a user's feed.
                    SyncEnd::Transient(reason) if !last_attempt => Outcome::Retry(reason),
                    SyncEnd::Transient(_) | SyncEnd::Done => Outcome::Done,
                })
            }
            Job::CalendarWrite(p) => {
                let syncer = Syncer {
                    pool: &self.pool,
                    feeds: &self.feeds,
                    keys: &self.keyring,
                };
                super::calendar_write::write(syncer, p.org_id, p.booking_id, p.source_id).await
            }
            Job::Backup(p) => match &self.backup {
                None => Ok(Outcome::Fail(format!(
                    "backup of {} queued, but this worker has no backup destination (KAIROS_BACKUP_DIR or KAIROS_BACKUP_S3_BUCKET)",
                    p.slot
                ))),
                Some(plan) => scheduled_backups::run(&self.pool, plan).await.map(|()| Outcome::Done),
            },
        };
        done.unwrap_or_else(|err| Outcome::Retry(format!("{err:#}")))
    }

    fn time_limit(&self, job: &Claimed, default: Duration) -> Duration {
        if job.kind == payload::BACKUP.name {
            self.backup_timeout
        } else {
            default
        }
    }

    async fn housekeeping(&self, now: chrono::DateTime<chrono::Utc>) {
        super::housekeeping::run(&self.pool, self.backup_schedule, now).await;
        if let Err(err) = super::calendar_sources::queue_due(&self.pool, self.calendar_sync, now).await {
            tracing::warn!(error = %format!("{err:#}"), "could not queue calendar syncs; will try again");
        }
        if let Err(err) = super::calendar_sources::check_freshness(&self.pool, self.calendar_freshness, now).await {
            tracing::warn!(error = %format!("{err:#}"), "could not check calendar sources' freshness; will try again");
        }
    }
}
