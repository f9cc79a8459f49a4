//! Domain events on NATS JetStream, for systems that would rather consume a stream than run a
//! webhook endpoint. Each event is published to `<prefix>.<kind>` with its event id as
//! `Nats-Msg-Id`, so JetStream drops a retried publish within the duplicate window, and a
//! publish counts only once JetStream has acknowledged storing it. NATS is optional: Kairos
//! starts while it is down, the client reconnects in the background, and events wait in the
//! outbox (their publish jobs retry) until it is back.

use std::time::Duration;

use anyhow::{Context, bail};
use async_nats::jetstream::{self, stream};
use secrecy::ExposeSecret;
use tokio::sync::OnceCell;

use crate::config::Config;
use crate::model::events::{DomainEvent, EventKind};

/// How long JetStream remembers message ids to drop duplicates.
pub const DUPLICATE_WINDOW: Duration = Duration::from_secs(120);

/// How long one attempt to connect to the server may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a publish waits for a (re)connecting client before it fails.
const CONNECTED_WAIT: Duration = Duration::from_secs(1);

/// A connection to JetStream and where events go. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Broker {
    client: async_nats::Client,
    jetstream: jetstream::Context,
    stream: String,
    prefix: String,
    ack_timeout: Duration,
    /// Set once the stream is known to exist and hold the event subjects.
    ready: std::sync::Arc<OnceCell<()>>,
}

impl Broker {
    /// A broker when `KAIROS_NATS_URL` is set (`None` otherwise). It does not wait for the
    /// server: the client connects and reconnects in the background, and the stream is made
    /// sure of before the first publish.
    pub async fn connect(config: &Config) -> anyhow::Result<Option<Broker>> {
        let Some(url) = &config.nats_url else {
            return Ok(None);
        };
        let client = async_nats::ConnectOptions::new()
            .name("kairos")
            .connection_timeout(CONNECT_TIMEOUT)
            .retry_on_initial_connect()
            .connect(url.expose_secret())
            .await
            .context("invalid NATS address (KAIROS_NATS_URL)")?;
        Ok(Some(Broker {
            jetstream: jetstream::new(client.clone()),
            client,
            stream: config.nats_stream.clone(),
            prefix: config.nats_subject_prefix.clone(),
            ack_timeout: Duration::from_millis(config.nats_publish_timeout_ms),
            ready: std::sync::Arc::default(),
        }))
    }

    /// Makes sure the stream exists and holds the event subjects, without touching its other
    /// settings; once per broker, retried by the next publish while it fails.
    async fn ensure_stream(&self) -> anyhow::Result<()> {
        self.ready
            .get_or_try_init(|| async {
                let subjects = format!("{}.>", self.prefix);
                let mut created = self
                    .jetstream
                    .get_or_create_stream(stream::Config {
                        name: self.stream.clone(),
                        subjects: vec![subjects.clone()],
                        duplicate_window: DUPLICATE_WINDOW,
                        ..Default::default()
                    })
                    .await
                    .with_context(|| format!("cannot create the JetStream stream `{}`", self.stream))?;
                let existing = created
                    .info()
                    .await
                    .context("cannot read the JetStream stream")?
                    .config
                    .clone();
                if !existing.subjects.contains(&subjects) {
                    let mut updated = existing;
                    updated.subjects.push(subjects);
                    self.jetstream
                        .update_stream(&updated)
                        .await
                        .with_context(|| format!("cannot add the event subjects to the stream `{}`", self.stream))?;
                }
                Ok(())
            })
            .await
            .map(|_| ())
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
    /// already stored is acknowledged as a duplicate and stored once. Each outcome sets
    /// `kairos_nats_up`.
    pub async fn publish(&self, event: &DomainEvent) -> anyhow::Result<()> {
        let published = self.publish_within_timeout(event).await;
        metrics::gauge!("kairos_nats_up").set(if published.is_ok() { 1.0 } else { 0.0 });
        published
    }

    async fn publish_within_timeout(&self, event: &DomainEvent) -> anyhow::Result<()> {
        // While the client is (re)connecting, wait a moment, then fail: waiting out the
        // acknowledgement timeout would hold a worker that e-mails and webhooks need.
        let connecting_until = tokio::time::Instant::now() + CONNECTED_WAIT;
        while self.client.connection_state() != async_nats::connection::State::Connected {
            if tokio::time::Instant::now() >= connecting_until {
                bail!("NATS is not connected (KAIROS_NATS_URL); the client keeps reconnecting");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let payload = event.to_wire().context("serializing the event")?;
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(async_nats::header::NATS_MESSAGE_ID, event.id.to_string().as_str());
        let subject = self.subject(event.kind);
        let acked = tokio::time::timeout(self.ack_timeout, async {
            self.ensure_stream().await?;
            let pending = self
                .jetstream
                .publish_with_headers(subject.clone(), headers, payload.into())
                .await?;
            Ok::<_, anyhow::Error>(pending.await?)
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
