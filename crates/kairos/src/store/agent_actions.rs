//! The record of agents' writes: one row per (key, tool, idempotency key), claimed before the
//! write runs and completed with what it returned.

use chrono::{DateTime, Utc};
use sqlx::PgExecutor;

use crate::ids::{AgentActionId, ApiKeyId, HostId, OrgId};

/// How long a claim may stay without a result before a retry takes it over: well past any
/// request's deadline, so only a claim whose process died is taken.
pub const STALE_CLAIM: chrono::TimeDelta = chrono::TimeDelta::minutes(2);

/// Who is acting, and the call being recorded.
#[derive(Debug, Clone, Copy)]
pub struct Call<'a> {
    pub org: OrgId,
    pub key: ApiKeyId,
    pub host: HostId,
    pub tool: &'a str,
    pub idempotency_key: &'a str,
}

/// What a claim found: a new row to complete, or an earlier call's arguments and result (`None`
/// while it still runs).
#[derive(Debug, Clone, PartialEq)]
pub enum Claim {
    New(AgentActionId),
    Earlier {
        id: AgentActionId,
        arguments: serde_json::Value,
        result: Option<serde_json::Value>,
    },
}

/// Claims the call, or finds the earlier one with the same key, tool and idempotency key (taking
/// it over when it has stayed without a result for [`STALE_CLAIM`]).
#[tracing::instrument(skip_all)]
pub async fn claim(
    conn: &mut sqlx::PgConnection,
    call: Call<'_>,
    arguments: &serde_json::Value,
    now: DateTime<Utc>,
) -> sqlx::Result<Claim> {
    let id = AgentActionId::generate();
    let inserted = sqlx::query!(
        "INSERT INTO agent_actions (id, org_id, api_key_id, host_id, tool, idempotency_key, arguments, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (org_id, api_key_id, tool, idempotency_key) DO NOTHING",
        id as AgentActionId,
        call.org as OrgId,
        call.key as ApiKeyId,
        call.host as HostId,
        call.tool,
        call.idempotency_key,
        arguments,
        now
    )
    .execute(&mut *conn)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok(Claim::New(id));
    }
    // A claim that never completed (its process died mid-write) is taken over once it is stale.
    let taken = sqlx::query_scalar!(
        r#"UPDATE agent_actions SET created_at = $5
           WHERE org_id = $1 AND api_key_id = $2 AND tool = $3 AND idempotency_key = $4
             AND result IS NULL AND created_at < $6 AND arguments = $7
           RETURNING id AS "id: AgentActionId""#,
        call.org as OrgId,
        call.key as ApiKeyId,
        call.tool,
        call.idempotency_key,
        now,
        now - STALE_CLAIM,
        arguments
    )
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = taken {
        return Ok(Claim::New(id));
    }
    let earlier = sqlx::query!(
        r#"SELECT id AS "id: AgentActionId", arguments, result FROM agent_actions
         WHERE org_id = $1 AND api_key_id = $2 AND tool = $3 AND idempotency_key = $4"#,
        call.org as OrgId,
        call.key as ApiKeyId,
        call.tool,
        call.idempotency_key
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(Claim::Earlier {
        id: earlier.id,
        arguments: earlier.arguments,
        result: earlier.result,
    })
}

/// Records what the claimed call returned.
#[tracing::instrument(skip_all)]
pub async fn complete(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: AgentActionId,
    result: &serde_json::Value,
) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE agent_actions SET result = $3 WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as AgentActionId,
        result
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Drops a claim whose call failed, so the agent may retry with the same idempotency key.
#[tracing::instrument(skip_all)]
pub async fn release(db: impl PgExecutor<'_>, org: OrgId, id: AgentActionId) -> sqlx::Result<()> {
    sqlx::query!(
        "DELETE FROM agent_actions WHERE org_id = $1 AND id = $2 AND result IS NULL",
        org as OrgId,
        id as AgentActionId
    )
    .execute(db)
    .await?;
    Ok(())
}

/// One recorded call.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AgentAction {
    pub id: AgentActionId,
    pub api_key_id: ApiKeyId,
    pub host_id: HostId,
    pub tool: String,
    pub idempotency_key: String,
    #[schema(value_type = Object)]
    pub arguments: serde_json::Value,
    #[schema(value_type = Option<Object>)]
    pub result: Option<serde_json::Value>,
    pub created_at: DateTime<Utc>,
}

/// One recorded call.
#[tracing::instrument(skip_all)]
pub async fn get(db: impl PgExecutor<'_>, org: OrgId, id: AgentActionId) -> sqlx::Result<Option<AgentAction>> {
    sqlx::query_as!(
        AgentAction,
        r#"SELECT id AS "id: AgentActionId", api_key_id AS "api_key_id: ApiKeyId", host_id AS "host_id: HostId",
                  tool, idempotency_key, arguments, result, created_at
           FROM agent_actions WHERE org_id = $1 AND id = $2"#,
        org as OrgId,
        id as AgentActionId
    )
    .fetch_optional(db)
    .await
}

/// The organisation's recorded calls, newest first, after `before` (an id) when given.
#[tracing::instrument(skip_all)]
pub async fn list(
    db: impl PgExecutor<'_>,
    org: OrgId,
    before: Option<AgentActionId>,
    limit: i64,
) -> sqlx::Result<Vec<AgentAction>> {
    sqlx::query_as!(
        AgentAction,
        r#"SELECT id AS "id: AgentActionId", api_key_id AS "api_key_id: ApiKeyId", host_id AS "host_id: HostId",
                  tool, idempotency_key, arguments, result, created_at
           FROM agent_actions WHERE org_id = $1 AND ($2::uuid IS NULL OR id < $2)
           ORDER BY id DESC LIMIT $3"#,
        org as OrgId,
        before as Option<AgentActionId>,
        limit
    )
    .fetch_all(db)
    .await
}
