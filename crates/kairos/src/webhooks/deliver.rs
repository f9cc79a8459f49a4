//! One delivery attempt of one event to one endpoint, and its bookkeeping: the delivery log
//! row, the endpoint's failure count, and disabling an endpoint that keeps failing. Retrying
//! with backoff is the job layer's: `Ok` means the job is done, `Err` means try again later
//! (see [`DeliveryError::is_retryable`]).

use std::time::{Duration, Instant};

use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use sqlx::{PgConnection, PgPool};

use super::client::WebhookClient;
use super::sign;
use crate::ids::{DeliveryId, OrgId, WebhookId};
use crate::model::events::{DomainEvent, EventKind};
use crate::store::{self, webhooks::NewDelivery};

/// Most characters of an error kept in the delivery log.
const ERROR_CHARS: usize = 500;

/// A finished job: delivered, or nothing left to deliver to.
#[derive(Debug, Clone)]
pub enum Delivery {
    /// The endpoint answered 2xx; the attempt is in the log and its failure count is reset.
    Delivered(Attempt),
    /// The endpoint was deleted, is disabled or no longer subscribed: drop the job, do not retry.
    Dropped(DropReason),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropReason {
    Deleted,
    Disabled,
    /// The endpoint stopped subscribing to the event's kind after the delivery was queued.
    Unsubscribed,
}

/// One logged attempt.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub id: DeliveryId,
    /// The endpoint's status; `None` when no answer arrived.
    pub status_code: Option<u16>,
    pub duration: Duration,
    pub error: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// The endpoint answered non-2xx, did not answer in time, could not be reached, or its
    /// address was refused. The attempt is logged and counted.
    #[error("delivery to webhook {webhook} failed: {}", attempt.error.as_deref().unwrap_or("unknown error"))]
    Failed {
        webhook: WebhookId,
        attempt: Attempt,
        /// This failure reached the limit and disabled the endpoint.
        disabled_now: bool,
    },
    /// The database failed; the attempt may not be logged.
    #[error("database error while delivering a webhook")]
    Store(#[from] sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl DeliveryError {
    /// Whether the job should be tried again (with backoff). A failure that disabled the
    /// endpoint is final: the next attempt would be dropped anyway.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        !matches!(self, Self::Failed { disabled_now: true, .. })
    }
}

/// The enabled endpoints of `org` subscribed to `kind`: one delivery job each. Takes the
/// connection of the transaction that makes the event happen.
pub async fn subscribers(conn: &mut PgConnection, org: OrgId, kind: EventKind) -> sqlx::Result<Vec<WebhookId>> {
    store::webhooks::subscribers(conn, org, kind).await
}

/// Attempts to deliver `event` to endpoint `webhook` of `org`, as attempt number `attempt`
/// (1 for the first). The body is the event's JSON; `webhook-id` is the event id, the same on
/// every attempt, so receivers can deduplicate.
#[tracing::instrument(skip_all, fields(webhook = %webhook, event = %event.id, attempt))]
pub async fn deliver(
    pool: &PgPool,
    client: &WebhookClient,
    org: OrgId,
    webhook: WebhookId,
    event: &DomainEvent,
    attempt: i32,
) -> Result<Delivery, DeliveryError> {
    let target = store::webhooks::target(&mut *store::acquire(pool).await?, org, webhook).await?;
    let Some(target) = target else {
        return Ok(Delivery::Dropped(DropReason::Deleted));
    };
    if !target.enabled {
        return Ok(Delivery::Dropped(DropReason::Disabled));
    }
    if !target.events.iter().any(|k| k == event.kind.as_str()) {
        return Ok(Delivery::Dropped(DropReason::Unsubscribed));
    }

    let body = event.to_wire().map_err(anyhow::Error::from)?;
    let msg_id = event.id.to_string();
    // The receiver checks the signature's age against its own clock: this is wall time, not a
    // scheduling decision.
    let timestamp = crate::clock::Clock::System.now().timestamp();
    let signature = sign::sign(&target.secret, &msg_id, timestamp, &body);
    let headers = headers(&msg_id, timestamp, &signature)?;

    let started = Instant::now();
    let sent = client.post(&target.url, headers, body).await;
    let duration = started.elapsed();
    let (status_code, error) = match &sent {
        Ok(answer) if (200..300).contains(&answer.status) => (Some(answer.status), None),
        Ok(answer) => {
            let excerpt = answer.excerpt.trim();
            let error = if excerpt.is_empty() {
                format!("HTTP {}", answer.status)
            } else {
                format!("HTTP {}: {excerpt}", answer.status)
            };
            (Some(answer.status), Some(error))
        }
        Err(err) => (None, Some(err.to_string())),
    };
    let error = error.map(|e| e.chars().take(ERROR_CHARS).collect::<String>());
    let attempt_log = Attempt {
        id: DeliveryId::generate(),
        status_code,
        duration,
        error,
    };
    record(pool, client, org, webhook, event, attempt, attempt_log).await
}

fn headers(msg_id: &str, timestamp: i64, signature: &str) -> anyhow::Result<HeaderMap> {
    let mut headers = HeaderMap::new();
    headers.insert(sign::ID_HEADER, HeaderValue::from_str(msg_id)?);
    headers.insert(sign::TIMESTAMP_HEADER, HeaderValue::from(timestamp));
    headers.insert(sign::SIGNATURE_HEADER, HeaderValue::from_str(signature)?);
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(headers)
}

/// Logs the attempt and updates the endpoint's counters in one transaction.
async fn record(
    pool: &PgPool,
    client: &WebhookClient,
    org: OrgId,
    webhook: WebhookId,
    event: &DomainEvent,
    attempt: i32,
    log: Attempt,
) -> Result<Delivery, DeliveryError> {
    let mut tx = store::begin(pool).await?;
    let succeeded = log.error.is_none();
    let mut disabled_now = false;
    if succeeded {
        if !store::webhooks::record_success(&mut *tx, org, webhook).await? {
            return Ok(Delivery::Dropped(DropReason::Deleted));
        }
    } else {
        let limit = client.disable_after();
        let reason = format!(
            "disabled after {limit} consecutive failed deliveries; the last: {}",
            log.error.as_deref().unwrap_or("unknown error")
        );
        match store::webhooks::record_failure(&mut *tx, org, webhook, limit, &reason).await? {
            None => return Ok(Delivery::Dropped(DropReason::Deleted)),
            Some(after) => disabled_now = after.disabled_now,
        }
    }
    let row = NewDelivery {
        id: log.id,
        event_id: event.id,
        event_kind: event.kind,
        attempt,
        status_code: log.status_code.map(i32::from),
        duration_ms: i32::try_from(log.duration.as_millis()).unwrap_or(i32::MAX),
        error: log.error.as_deref(),
        succeeded,
    };
    store::webhooks::insert_delivery(&mut *tx, org, webhook, &row).await?;
    tx.commit().await?;

    let outcome = if succeeded { "delivered" } else { "failed" };
    metrics::counter!("kairos_webhook_deliveries_total", "outcome" => outcome).increment(1);
    metrics::histogram!("kairos_webhook_delivery_duration_seconds").record(log.duration.as_secs_f64());
    if succeeded {
        Ok(Delivery::Delivered(log))
    } else {
        if disabled_now {
            tracing::warn!(%webhook, "webhook endpoint disabled after {} consecutive failures", client.disable_after());
        }
        Err(DeliveryError::Failed {
            webhook,
            attempt: log,
            disabled_now,
        })
    }
}
