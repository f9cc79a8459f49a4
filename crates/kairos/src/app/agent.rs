//! What an agent may do through the agent interface (MCP): every call is held to its key's
//! scope (one organisation, and one host when the key says so), and every write runs once per
//! idempotency key and is recorded — which key, for which host, which tool, with what
//! arguments, and what it returned.

use std::future::Future;

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use super::assistant::{self, AssistantRequest};
use super::{Error, ProblemCode, Result, validate};
use crate::ids::{AgentActionId, AssistantRequestId, HostId, OrgId};
use crate::store::agent_actions::{AgentAction, Call, Claim};
use crate::store::{self};

pub use super::keys::KeyScope;

/// Recorded calls listed at once, at most.
pub const MAX_LISTED: i64 = 100;

/// The host a call acts for: a key limited to one host acts for that host (naming another is
/// refused); any other key must name one.
pub fn host_for(scope: &KeyScope, named: Option<HostId>) -> Result<HostId> {
    match (scope.host, named) {
        (Some(own), Some(named)) if own != named => Err(outside_scope()),
        (Some(own), _) => Ok(own),
        (None, Some(named)) => Ok(named),
        (None, None) => Err(Error::invalid(
            "host_id",
            "`host_id` is required: this key is not limited to one host",
        )),
    }
}

fn outside_scope() -> Error {
    Error::Forbidden {
        code: ProblemCode::OutsideKeyScope,
        message: "this key acts only for its own host".to_owned(),
    }
}

/// Runs `write` once for this key, tool and idempotency key, recording it: a retry with the same
/// idempotency key and arguments gets the first call's result without running it again; the
/// same idempotency key with other arguments is refused. A write that fails leaves no record,
/// so it may be retried.
#[allow(clippy::too_many_arguments)] // One call's who, what and when.
pub async fn record<F>(
    pool: &PgPool,
    scope: &KeyScope,
    host: HostId,
    tool: &str,
    idempotency_key: &str,
    arguments: &serde_json::Value,
    now: DateTime<Utc>,
    write: F,
) -> Result<serde_json::Value>
where
    F: Future<Output = Result<serde_json::Value>>,
{
    let idempotency_key = validate::line("idempotency_key", idempotency_key, 200)?;
    let call = Call {
        org: scope.org,
        key: scope.key,
        host,
        tool,
        idempotency_key: &idempotency_key,
    };
    let claim = store::agent_actions::claim(&mut *store::acquire(pool).await?, call, arguments, now).await?;
    let id = match claim {
        Claim::New(id) => id,
        Claim::Earlier { arguments: earlier, .. } if &earlier != arguments => {
            return Err(Error::Conflict {
                code: ProblemCode::IdempotencyKeyReused,
                message: "this idempotency key was used for a call with other arguments".to_owned(),
            });
        }
        Claim::Earlier {
            result: Some(result), ..
        } => return Ok(result),
        Claim::Earlier { result: None, .. } => {
            return Err(Error::Conflict {
                code: ProblemCode::ActionInProgress,
                message: "a call with this idempotency key is still running; retry shortly".to_owned(),
            });
        }
    };
    match write.await {
        Ok(result) => {
            store::agent_actions::complete(&mut *store::acquire(pool).await?, scope.org, id, &result).await?;
            Ok(result)
        }
        Err(err) => {
            store::agent_actions::release(&mut *store::acquire(pool).await?, scope.org, id).await?;
            Err(err)
        }
    }
}

/// Confirms proposal `proposal` of an assistant request of a host in the key's scope.
pub async fn confirm(
    pool: &PgPool,
    scope: &KeyScope,
    request: AssistantRequestId,
    proposal: u32,
    now: DateTime<Utc>,
) -> Result<AssistantRequest> {
    let asked = assistant::get(pool, scope.org, request).await?;
    host_for(scope, Some(asked.host_id))?;
    assistant::confirm(pool, scope.org, request, proposal, now).await
}

/// The organisation's recorded agent calls, newest first (before `before`, when given).
pub async fn actions(pool: &PgPool, org: OrgId, before: Option<AgentActionId>) -> Result<Vec<AgentAction>> {
    Ok(store::agent_actions::list(&mut *store::acquire(pool).await?, org, before, MAX_LISTED).await?)
}
