//! Assistant requests: the sentence, and what the understanding job made of it.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::ids::{AssistantRequestId, HostId, OrgId};

/// A stored request.
#[derive(Debug, Clone)]
pub struct RequestRow {
    pub id: AssistantRequestId,
    pub host_id: HostId,
    pub text: String,
    pub status: String,
    pub intent: Option<serde_json::Value>,
    pub questions: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Inserts a queued request; false when the host is not the organisation's.
#[tracing::instrument(skip_all)]
pub async fn insert(
    conn: &mut PgConnection,
    org: OrgId,
    id: AssistantRequestId,
    host: HostId,
    text: &str,
) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "INSERT INTO assistant_requests (id, org_id, host_id, text)
         SELECT $1, $2, id, $4 FROM hosts WHERE org_id = $2 AND id = $3",
        id.0,
        org.0,
        host.0,
        text
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[tracing::instrument(skip_all)]
pub async fn get(conn: &mut PgConnection, org: OrgId, id: AssistantRequestId) -> sqlx::Result<Option<RequestRow>> {
    let row = sqlx::query!(
        "SELECT id, host_id, text, status, intent, questions, created_at, updated_at
         FROM assistant_requests WHERE org_id = $1 AND id = $2",
        org.0,
        id.0
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| RequestRow {
        id: AssistantRequestId(r.id),
        host_id: HostId(r.host_id),
        text: r.text,
        status: r.status,
        intent: r.intent,
        questions: r.questions,
        created_at: r.created_at,
        updated_at: r.updated_at,
    }))
}

/// The request's text, the requesting host's zone and when it was asked.
pub async fn to_understand(
    conn: &mut PgConnection,
    org: OrgId,
    id: AssistantRequestId,
) -> sqlx::Result<Option<(String, String, DateTime<Utc>)>> {
    let row = sqlx::query!(
        "SELECT r.text, h.time_zone, r.created_at FROM assistant_requests r
         JOIN hosts h ON h.org_id = r.org_id AND h.id = r.host_id
         WHERE r.org_id = $1 AND r.id = $2",
        org.0,
        id.0
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.text, r.time_zone, r.created_at)))
}

/// Records what the request was understood as.
#[tracing::instrument(skip_all)]
pub async fn understood(
    conn: &mut PgConnection,
    org: OrgId,
    id: AssistantRequestId,
    status: &str,
    intent: &serde_json::Value,
    questions: &serde_json::Value,
) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE assistant_requests SET status = $3, intent = $4, questions = $5, updated_at = now()
         WHERE org_id = $1 AND id = $2",
        org.0,
        id.0,
        status,
        intent,
        questions
    )
    .execute(conn)
    .await?;
    Ok(())
}
