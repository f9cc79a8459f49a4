//! Webhook endpoints, their delivery counters and their delivery log.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor};

use crate::ids::{DeliveryId, EventId, OrgId, WebhookId};
use crate::model::events::EventKind;
use crate::model::{Webhook, WebhookDelivery};

use super::PageRequest;

struct WebhookRow {
    id: WebhookId,
    url: String,
    description: String,
    events: Vec<String>,
    enabled: bool,
    disabled_reason: Option<String>,
    consecutive_failures: i32,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<WebhookRow> for Webhook {
    fn from(r: WebhookRow) -> Self {
        Webhook {
            id: r.id,
            url: r.url,
            description: r.description,
            // The table's CHECK admits only known kinds.
            events: r.events.iter().filter_map(|e| EventKind::parse(e)).collect(),
            enabled: r.enabled,
            disabled_reason: r.disabled_reason,
            consecutive_failures: r.consecutive_failures,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

fn kinds(events: &[EventKind]) -> Vec<String> {
    events.iter().map(|k| k.as_str().to_owned()).collect()
}

#[tracing::instrument(skip_all)]
pub async fn insert(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: WebhookId,
    url: &str,
    description: &str,
    events: &[EventKind],
    secret: &[u8],
) -> sqlx::Result<Webhook> {
    let row = sqlx::query_as!(
        WebhookRow,
        r#"INSERT INTO webhooks (id, org_id, url, description, events, secret) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id AS "id: _", url, description, events, enabled, disabled_reason, consecutive_failures, created_at, updated_at"#,
        id as WebhookId,
        org as OrgId,
        url,
        description,
        &kinds(events),
        secret
    )
    .fetch_one(db)
    .await?;
    Ok(row.into())
}

#[tracing::instrument(skip_all)]
pub async fn get(db: impl PgExecutor<'_>, org: OrgId, id: WebhookId) -> sqlx::Result<Option<Webhook>> {
    let row = sqlx::query_as!(
        WebhookRow,
        r#"SELECT id AS "id: _", url, description, events, enabled, disabled_reason, consecutive_failures, created_at, updated_at
         FROM webhooks WHERE org_id = $1 AND id = $2"#,
        org as OrgId,
        id as WebhookId
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(Into::into))
}

#[tracing::instrument(skip_all)]
pub async fn list(db: impl PgExecutor<'_>, org: OrgId, page: PageRequest<WebhookId>) -> sqlx::Result<Vec<Webhook>> {
    let rows = sqlx::query_as!(
        WebhookRow,
        r#"SELECT id AS "id: _", url, description, events, enabled, disabled_reason, consecutive_failures, created_at, updated_at
         FROM webhooks WHERE org_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3"#,
        org as OrgId,
        page.after as Option<WebhookId>,
        page.limit
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// The changes `PATCH` may make; `None` leaves a field as it is.
#[derive(Debug, Default)]
pub struct Changes<'a> {
    pub url: Option<&'a str>,
    pub description: Option<&'a str>,
    pub events: Option<&'a [EventKind]>,
    pub enabled: Option<bool>,
}

/// Applies the changes; `None` when the organisation has no such endpoint. Enabling an
/// endpoint clears its failure count and the reason it was disabled.
#[tracing::instrument(skip_all)]
pub async fn update(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: WebhookId,
    changes: Changes<'_>,
) -> sqlx::Result<Option<Webhook>> {
    let events = changes.events.map(kinds);
    let row = sqlx::query_as!(
        WebhookRow,
        r#"UPDATE webhooks SET
             url = coalesce($3, url),
             description = coalesce($4, description),
             events = coalesce($5, events),
             enabled = coalesce($6, enabled),
             consecutive_failures = CASE WHEN $6 THEN 0 ELSE consecutive_failures END,
             disabled_reason = CASE WHEN $6 THEN NULL
                                    WHEN NOT $6 THEN coalesce(disabled_reason, 'disabled through the API')
                                    ELSE disabled_reason END,
             updated_at = now()
         WHERE org_id = $1 AND id = $2
         RETURNING id AS "id: _", url, description, events, enabled, disabled_reason, consecutive_failures, created_at, updated_at"#,
        org as OrgId,
        id as WebhookId,
        changes.url,
        changes.description,
        events.as_deref(),
        changes.enabled
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(Into::into))
}

/// Replaces the signing secret; `None` when the organisation has no such endpoint.
#[tracing::instrument(skip_all)]
pub async fn set_secret(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: WebhookId,
    secret: &[u8],
) -> sqlx::Result<Option<Webhook>> {
    let row = sqlx::query_as!(
        WebhookRow,
        r#"UPDATE webhooks SET secret = $3, updated_at = now() WHERE org_id = $1 AND id = $2
         RETURNING id AS "id: _", url, description, events, enabled, disabled_reason, consecutive_failures, created_at, updated_at"#,
        org as OrgId,
        id as WebhookId,
        secret
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(Into::into))
}

#[tracing::instrument(skip_all)]
pub async fn delete(db: impl PgExecutor<'_>, org: OrgId, id: WebhookId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "DELETE FROM webhooks WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as WebhookId
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What a delivery needs to know about its endpoint.
#[derive(Debug)]
pub struct Target {
    pub url: String,
    pub secret: Vec<u8>,
    pub enabled: bool,
    /// The event kinds it is subscribed to now.
    pub events: Vec<String>,
}

#[tracing::instrument(skip_all)]
pub async fn target(db: impl PgExecutor<'_>, org: OrgId, id: WebhookId) -> sqlx::Result<Option<Target>> {
    let row = sqlx::query_as!(
        Target,
        "SELECT url, secret, enabled, events FROM webhooks WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as WebhookId
    )
    .fetch_optional(db)
    .await?;
    Ok(row)
}

/// The enabled endpoints of the organisation subscribed to `kind`, oldest first.
#[tracing::instrument(skip_all)]
pub async fn subscribers(db: &mut PgConnection, org: OrgId, kind: EventKind) -> sqlx::Result<Vec<WebhookId>> {
    sqlx::query_scalar!(
        r#"SELECT id AS "id: WebhookId" FROM webhooks WHERE org_id = $1 AND enabled AND $2 = ANY(events) ORDER BY id"#,
        org as OrgId,
        kind.as_str()
    )
    .fetch_all(db)
    .await
}

/// A success: the failure count starts again. `false` when the endpoint is gone.
#[tracing::instrument(skip_all)]
pub async fn record_success(db: impl PgExecutor<'_>, org: OrgId, id: WebhookId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "UPDATE webhooks SET consecutive_failures = 0 WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as WebhookId
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The endpoint's counters after a failure.
#[derive(Debug, Clone, Copy)]
pub struct AfterFailure {
    pub consecutive_failures: i32,
    /// Whether this failure is the one that disabled the endpoint.
    pub disabled_now: bool,
}

/// A failure: counts it, and disables the endpoint (with `reason`) when the count reaches
/// `disable_after`. `None` when the endpoint is gone.
#[tracing::instrument(skip_all)]
pub async fn record_failure(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: WebhookId,
    disable_after: i32,
    reason: &str,
) -> sqlx::Result<Option<AfterFailure>> {
    let row = sqlx::query!(
        r#"WITH prior AS (SELECT enabled FROM webhooks WHERE org_id = $1 AND id = $2 FOR UPDATE)
           UPDATE webhooks w SET
               consecutive_failures = w.consecutive_failures + 1,
               enabled = w.enabled AND w.consecutive_failures + 1 < $3,
               disabled_reason = CASE WHEN w.enabled AND w.consecutive_failures + 1 >= $3 THEN $4
                                      ELSE w.disabled_reason END,
               updated_at = CASE WHEN w.enabled AND w.consecutive_failures + 1 >= $3 THEN now()
                                 ELSE w.updated_at END
           FROM prior
           WHERE w.org_id = $1 AND w.id = $2
           RETURNING w.consecutive_failures, (prior.enabled AND NOT w.enabled) AS "disabled_now!""#,
        org as OrgId,
        id as WebhookId,
        disable_after,
        reason
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| AfterFailure {
        consecutive_failures: r.consecutive_failures,
        disabled_now: r.disabled_now,
    }))
}

/// One row of the delivery log.
#[derive(Debug)]
pub struct NewDelivery<'a> {
    pub id: DeliveryId,
    pub event_id: EventId,
    pub event_kind: EventKind,
    pub attempt: i32,
    pub status_code: Option<i32>,
    pub duration_ms: i32,
    pub error: Option<&'a str>,
    pub succeeded: bool,
}

#[tracing::instrument(skip_all)]
pub async fn insert_delivery(
    db: impl PgExecutor<'_>,
    org: OrgId,
    webhook: WebhookId,
    d: &NewDelivery<'_>,
) -> sqlx::Result<DateTime<Utc>> {
    sqlx::query_scalar!(
        "INSERT INTO webhook_deliveries
             (id, org_id, webhook_id, event_id, event_kind, attempt, status_code, duration_ms, error, succeeded)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING delivered_at",
        d.id as DeliveryId,
        org as OrgId,
        webhook as WebhookId,
        d.event_id as EventId,
        d.event_kind.as_str(),
        d.attempt,
        d.status_code,
        d.duration_ms,
        d.error,
        d.succeeded
    )
    .fetch_one(db)
    .await
}

/// The endpoint's delivery log, newest first.
#[tracing::instrument(skip_all)]
pub async fn list_deliveries(
    db: impl PgExecutor<'_>,
    org: OrgId,
    webhook: WebhookId,
    page: PageRequest<DeliveryId>,
) -> sqlx::Result<Vec<WebhookDelivery>> {
    let rows = sqlx::query!(
        r#"SELECT id AS "id: DeliveryId", event_id AS "event_id: EventId", event_kind, attempt, status_code, duration_ms, error, succeeded, delivered_at
         FROM webhook_deliveries
         WHERE org_id = $1 AND webhook_id = $2 AND ($3::uuid IS NULL OR id < $3)
         ORDER BY id DESC LIMIT $4"#,
        org as OrgId,
        webhook as WebhookId,
        page.after as Option<DeliveryId>,
        page.limit
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(WebhookDelivery {
                id: r.id,
                event_id: r.event_id,
                event_kind: EventKind::parse(&r.event_kind)?,
                attempt: r.attempt,
                status_code: r.status_code,
                duration_ms: r.duration_ms,
                error: r.error,
                succeeded: r.succeeded,
                delivered_at: r.delivered_at,
            })
        })
        .collect())
}
