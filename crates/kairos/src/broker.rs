//! Domain events on NATS JetStream, for systems that would rather consume a stream than run a
//! webhook endpoint. Each event is published to `<prefix>.<kind>` with its event id as
//! `Nats-Msg-Id`, so JetStream drops a retried publish within the duplicate window, and a
//! publish counts only once JetStream has acknowledged storing it.

use std::time::Duration;

use anyhow::{Context, bail};
use async_nats::jetstream::{self, stream};
use secrecy::ExposeSecret;

use crate::config::Config;
use crate::model::events::{DomainEvent, EventKind};

/// How long JetStream remembers message ids to drop duplicates.
pub const DUPLICATE_WINDOW: Duration = Duration::from_secs(120);

/// How long connecting to the server may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A connection to JetStream and where events go. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Broker {
    jetstream: jetstream::Context,
    stream: String,
    prefix: String,
    ack_timeout: Duration,
}

impl Broker {
    /// Connects when `KAIROS_NATS_URL` is set (`None` otherwise) and makes sure the stream
    /// exists and holds the event subjects, without touching its other settings.
    pub async fn connect(config: &Config) -> anyhow::Result<Option<Broker>> {
        let Some(url) = &config.nats_url else {
            return Ok(None);
        };
        let client = async_nats::ConnectOptions::new()
            .name("kairos")
            .connection_timeout(CONNECT_TIMEOUT)
            .connect(url.expose_secret())
            .await
            .context("cannot connect to NATS (KAIROS_NATS_URL)")?;
        let jetstream = jetstream::new(client);
        let subjects = format!("{}.>", config.nats_subject_prefix);
        let mut created = jetstream
            .get_or_create_stream(stream::Config {
                name: config.nats_stream.clone(),
                subjects: vec![subjects.clone()],
                duplicate_window: DUPLICATE_WINDOW,
                ..Default::default()
            })
            .await
            .with_context(|| format!("cannot create the JetStream stream `{}`", config.nats_stream))?;
        let existing = created
            .info()
            .await
            .context("cannot read the JetStream stream")?
            .config
            .clone();
        if !existing.subjects.contains(&subjects) {
            let mut updated = existing;
            updated.subjects.push(subjects);
            jetstream
                .update_stream(&updated)
                .await
                .with_context(|| format!("cannot add the event subjects to the stream `{}`", config.nats_stream))?;
        }
        Ok(Some(Broker {
            jetstream,
            stream: config.nats_stream.clone(),
            prefix: config.nats_subject_prefix.clone(),
            ack_timeout: Duration::from_millis(config.nats_publish_timeout_ms),
        }))
    }

    /// The stream events are stored in.
    #[must_use]
    pub fn stream(&self) -> &str {
        &self.stream
    }

    /// The subject of a kind of event, e.g. `kairos.events.booking.created`.
    #[must_use]
    pub fn subject(&self, kind: EventKind) -> String {
        format!("{}.{}", self.prefix, kind.as_str())
    }

    /// Publishes the event's JSON and waits for JetStream's acknowledgement. An error (not
    /// sent, not acknowledged in time) means the job should be retried; a retry of an event
    /// already stored is acknowledged as a duplicate and stored once.
    pub async fn publish(&self, event: &DomainEvent) -> anyhow::Result<()> {
        let payload = event.to_wire().context("serializing the event")?;
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(async_nats::header::NATS_MESSAGE_ID, event.id.to_string().as_str());
        let subject = self.subject(event.kind);
        let acked = tokio::time::timeout(self.ack_timeout, async {
            let pending = self
                .jetstream
                .publish_with_headers(subject.clone(), headers, payload.into())
                .await?;
            pending.await
        })
        .await;
        match acked {
            Err(_) => bail!(
                "JetStream did not acknowledge event {} on `{subject}` within {} ms",
                event.id,
                self.ack_timeout.as_millis()
            ),
            Ok(Err(err)) => Err(err).with_context(|| format!("publishing event {} to `{subject}`", event.id)),
            Ok(Ok(ack)) => {
                tracing::debug!(event = %event.id, %subject, sequence = ack.sequence, duplicate = ack.duplicate, "event published");
                Ok(())
            }
        }
    }
}
