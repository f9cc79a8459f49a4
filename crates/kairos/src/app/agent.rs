//! What an agent may do through the agent interface (MCP): every call is held to its key's
//! scope (one organisation, and one host when the key says so), and every write runs once per
//! idempotency key and is recorded — which key, for which host, which tool, with what
//! arguments, and what it returned.

use std::future::Future;

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::PgPool;

use super::assistant::{self, AssistantRequest};
use super::{Error, ProblemCode, Result, one_off, validate};
use crate::ids::{AgentActionId, AssistantRequestId, BookingId, HostId, OrgId};
use crate::store::agent_actions::{AgentAction, Call, Claim};
use crate::store::{self};

pub use super::keys::KeyScope;

/// Recorded calls listed at once, at most.
pub const MAX_LISTED: i64 = 100;

/// How long after an agent confirmed a cancellation it may undo it.
pub const UNDO_WINDOW: TimeDelta = TimeDelta::minutes(15);

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
/// so it may be retried. Returns the record's id with the result.
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
) -> Result<(AgentActionId, serde_json::Value)>
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
            id,
            result: Some(result),
            ..
        } => return Ok((id, result)),
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
            Ok((id, result))
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

/// The host a recorded action was for, when the key may see it.
pub async fn host_of(pool: &PgPool, scope: &KeyScope, action: AgentActionId) -> Result<HostId> {
    let recorded = store::agent_actions::get(&mut *store::acquire(pool).await?, scope.org, action)
        .await?
        .ok_or(Error::NotFound("agent action"))?;
    host_for(scope, Some(recorded.host_id))
}

/// Undoes a cancellation the agent confirmed (recorded as `action`) within [`UNDO_WINDOW`]: the
/// meeting is booked again at the same time with the same hosts, invitee and notes, through the
/// same checks as any booking — so only if the time is still free for everyone. The restored
/// meeting is a new booking (invitations go out again); the cancelled one stays as it was.
pub async fn undo(
    pool: &PgPool,
    scope: &KeyScope,
    action: AgentActionId,
    now: DateTime<Utc>,
) -> Result<serde_json::Value> {
    let not_undoable = |message: &str| Error::Conflict {
        code: ProblemCode::NotUndoable,
        message: message.to_owned(),
    };
    let mut tx = store::begin(pool).await?;
    let recorded = store::agent_actions::get(&mut *tx, scope.org, action)
        .await?
        .ok_or(Error::NotFound("agent action"))?;
    let host = host_for(scope, Some(recorded.host_id))?;
    let outcome = recorded.result.as_ref().and_then(|r| r.get("outcome"));
    let cancelled = outcome
        .filter(|o| recorded.tool == "confirm" && o["type"] == "cancelled")
        .and_then(|o| o["booking_id"].as_str())
        .and_then(|id| id.parse::<BookingId>().ok())
        .ok_or_else(|| not_undoable("only a cancellation confirmed by an agent can be undone"))?;
    if now - recorded.created_at > UNDO_WINDOW {
        return Err(not_undoable(&format!(
            "a cancellation can be undone for {} minutes after it was confirmed",
            UNDO_WINDOW.num_minutes()
        )));
    }
    let booking = store::bookings::get(&mut *tx, scope.org, cancelled)
        .await?
        .ok_or(Error::NotFound("booking"))?;
    let title = store::event_types::get(&mut *tx, scope.org, booking.event_type_id)
        .await?
        .map_or_else(|| "Meeting".to_owned(), |e| e.title);
    // The acting host first, as the booking's own requester.
    let mut hosts = vec![host];
    hosts.extend(booking.hosts.iter().copied().filter(|h| *h != host));
    let meeting = one_off::Meeting {
        title: &title,
        hosts: &hosts,
        start: booking.start,
        duration_minutes: i32::try_from((booking.end - booking.start).num_minutes()).unwrap_or(i32::MAX),
        invitee: &booking.invitee,
        notes: &booking.notes,
    };
    let restored = one_off::book(&mut tx, scope.org, &meeting, now).await?;
    tx.commit().await?;
    Ok(serde_json::json!({
        "restored_booking_id": restored.id,
        "cancelled_booking_id": booking.id,
        "start": restored.start,
        "end": restored.end,
    }))
}

/// The organisation's recorded agent calls, newest first (before `before`, when given).
pub async fn actions(pool: &PgPool, org: OrgId, before: Option<AgentActionId>) -> Result<Vec<AgentAction>> {
    Ok(store::agent_actions::list(&mut *store::acquire(pool).await?, org, before, MAX_LISTED).await?)
}
