//! Assistant requests: the sentence, what the understanding job made of it, the proposals it
//! offers and what was done.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::ids::{AssistantRequestId, HostId, OrgId};

/// A stored request.
#[derive(Debug, Clone)]
pub struct RequestRow {
    pub id: AssistantRequestId,
    pub host_id: HostId,
    pub text: String,
    pub auto_book: bool,
    pub status: String,
    pub engine: Option<String>,
    pub intent: Option<serde_json::Value>,
    pub questions: serde_json::Value,
    pub proposals: serde_json::Value,
    pub message: Option<String>,
    pub outcome: Option<serde_json::Value>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

struct Row {
    id: AssistantRequestId,
    host_id: HostId,
    text: String,
    auto_book: bool,
    status: String,
    engine: Option<String>,
    intent: Option<serde_json::Value>,
    questions: serde_json::Value,
    proposals: serde_json::Value,
    message: Option<String>,
    outcome: Option<serde_json::Value>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<Row> for RequestRow {
    fn from(r: Row) -> Self {
        Self {
            id: r.id,
            host_id: r.host_id,
            text: r.text,
            auto_book: r.auto_book,
            status: r.status,
            engine: r.engine,
            intent: r.intent,
            questions: r.questions,
            proposals: r.proposals,
            message: r.message,
            outcome: r.outcome,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

/// Inserts a request queued at `asked_at` (which its relative dates are read from); false
/// when the host is not the organisation's.
#[tracing::instrument(skip_all)]
pub async fn insert(
    conn: &mut PgConnection,
    org: OrgId,
    id: AssistantRequestId,
    host: HostId,
    text: &str,
    auto_book: bool,
    asked_at: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "INSERT INTO assistant_requests (id, org_id, host_id, text, auto_book, created_at, updated_at)
         SELECT $1, $2, id, $4, $5, $6, $6 FROM hosts WHERE org_id = $2 AND id = $3",
        id as AssistantRequestId,
        org as OrgId,
        host as HostId,
        text,
        auto_book,
        asked_at
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[tracing::instrument(skip_all)]
pub async fn get(conn: &mut PgConnection, org: OrgId, id: AssistantRequestId) -> sqlx::Result<Option<RequestRow>> {
    let row = sqlx::query_as!(
        Row,
        r#"SELECT id AS "id: _", host_id AS "host_id: _", text, auto_book, status, engine, intent, questions, proposals, message, outcome,
                created_at, updated_at
         FROM assistant_requests WHERE org_id = $1 AND id = $2"#,
        org as OrgId,
        id as AssistantRequestId
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(RequestRow::from))
}

/// The request, row-locked until the transaction ends, so two confirmations cannot both act on
/// its proposals.
#[tracing::instrument(skip_all)]
pub async fn lock(tx: &mut PgConnection, org: OrgId, id: AssistantRequestId) -> sqlx::Result<Option<RequestRow>> {
    let row = sqlx::query_as!(
        Row,
        r#"SELECT id AS "id: _", host_id AS "host_id: _", text, auto_book, status, engine, intent, questions, proposals, message, outcome,
                created_at, updated_at
         FROM assistant_requests WHERE org_id = $1 AND id = $2
         FOR UPDATE"#,
        org as OrgId,
        id as AssistantRequestId
    )
    .fetch_optional(tx)
    .await?;
    Ok(row.map(RequestRow::from))
}

/// What the understanding job needs: the request, with the requesting host's zone.
#[derive(Debug, Clone)]
pub struct ToUnderstand {
    pub host_id: HostId,
    pub text: String,
    pub zone: kairos_core::Zone,
    pub asked_at: DateTime<Utc>,
    pub auto_book: bool,
    pub status: String,
}

pub async fn to_understand(
    conn: &mut PgConnection,
    org: OrgId,
    id: AssistantRequestId,
) -> sqlx::Result<Option<ToUnderstand>> {
    let row = sqlx::query!(
        r#"SELECT r.host_id AS "host_id: HostId", r.text, h.time_zone, r.created_at, r.auto_book, r.status FROM assistant_requests r
         JOIN hosts h ON h.org_id = r.org_id AND h.id = r.host_id
         WHERE r.org_id = $1 AND r.id = $2"#,
        org as OrgId,
        id as AssistantRequestId
    )
    .fetch_optional(conn)
    .await?;
    row.map(|r| {
        Ok(ToUnderstand {
            host_id: r.host_id,
            text: r.text,
            zone: super::stored_zone(&r.time_zone)?,
            asked_at: r.created_at,
            auto_book: r.auto_book,
            status: r.status,
        })
    })
    .transpose()
}

/// What Kairos made of a request and answers: its status, the intent and the engine that read
/// it, questions, proposals, the answer in words and what was done.
#[derive(Debug, Clone)]
pub struct Answer<'a> {
    pub status: &'a str,
    pub engine: &'a str,
    pub intent: &'a serde_json::Value,
    pub questions: &'a serde_json::Value,
    pub proposals: &'a serde_json::Value,
    pub message: Option<&'a str>,
    pub outcome: Option<&'a serde_json::Value>,
}

/// Records the answer to a request.
#[tracing::instrument(skip_all)]
pub async fn answer(conn: &mut PgConnection, org: OrgId, id: AssistantRequestId, a: &Answer<'_>) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE assistant_requests SET status = $3, engine = $4, intent = $5, questions = $6, proposals = $7,
                message = $8, outcome = $9, updated_at = now()
         WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as AssistantRequestId,
        a.status,
        a.engine,
        a.intent,
        a.questions,
        a.proposals,
        a.message,
        a.outcome
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Records that a confirmed proposal was carried out (or, with `status` still `proposed`, why
/// it could not be).
#[tracing::instrument(skip_all)]
pub async fn acted(
    conn: &mut PgConnection,
    org: OrgId,
    id: AssistantRequestId,
    status: &str,
    message: &str,
    outcome: Option<&serde_json::Value>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE assistant_requests SET status = $3, message = $4, outcome = $5, updated_at = now()
         WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as AssistantRequestId,
        status,
        message,
        outcome
    )
    .execute(conn)
    .await?;
    Ok(())
}
