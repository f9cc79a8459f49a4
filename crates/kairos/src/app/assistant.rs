//! The scheduling assistant's requests. A host's sentence is stored and its understanding job
//! queued in one transaction; the job turns it into an intent (or questions to ask back, never
//! a guess) with the deterministic parser, resolving relative dates against the moment it was
//! asked in the host's zone. Proposals and actions build on this intent.

use chrono::{DateTime, Utc};
use kairos_core::intent::{self, IntentKind, Issue};
use serde::Serialize;
use sqlx::PgPool;
use utoipa::ToSchema;

use super::{Error, Result, validate};
use crate::ids::{AssistantRequestId, HostId, OrgId};
use crate::jobs::Job;
use crate::jobs::payload::Understand;
use crate::store;
use crate::understand::{Understander, Understood};

/// A request and what Kairos understood.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AssistantRequest {
    pub id: AssistantRequestId,
    pub host_id: HostId,
    pub text: String,
    /// `queued`, `understood` or `needs_clarification`.
    pub status: String,
    /// The parsed intent: kind, participants, duration, window, days to avoid, zone.
    #[schema(value_type = Option<Object>)]
    pub intent: Option<serde_json::Value>,
    /// What to ask the host before acting, when the request is unclear.
    #[schema(value_type = Vec<String>)]
    pub questions: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<store::assistant::RequestRow> for AssistantRequest {
    fn from(r: store::assistant::RequestRow) -> Self {
        Self {
            id: r.id,
            host_id: r.host_id,
            text: r.text,
            status: r.status,
            intent: r.intent,
            questions: r.questions,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

/// Stores `text` as a request of `host` and queues its understanding.
pub async fn ask(pool: &PgPool, org: OrgId, host: HostId, text: &str) -> Result<AssistantRequest> {
    let text = validate::text("text", text, 2000)?;
    let id = AssistantRequestId::generate();
    let mut tx = store::begin(pool).await?;
    if !store::assistant::insert(&mut tx, org, id, host, &text).await? {
        return Err(Error::invalid(
            "host_id",
            "`host_id` names no host of this organisation",
        ));
    }
    let job = Job::Understand(Understand {
        org_id: org,
        request_id: id,
    })
    .planned()
    .unique(format!("understand:{id}"));
    crate::jobs::enqueue::enqueue(&mut tx, vec![job]).await?;
    let row = store::assistant::get(&mut tx, org, id)
        .await?
        .ok_or(Error::NotFound("assistant request"))?;
    tx.commit().await?;
    Ok(row.into())
}

pub async fn get(pool: &PgPool, org: OrgId, id: AssistantRequestId) -> Result<AssistantRequest> {
    store::assistant::get(&mut *store::acquire(pool).await?, org, id)
        .await?
        .map(AssistantRequest::from)
        .ok_or(Error::NotFound("assistant request"))
}

/// Understands a stored request (the job's work). Missing requests (deleted with their host)
/// are nothing to do.
pub async fn understand(
    pool: &PgPool,
    understander: &Understander,
    org: OrgId,
    id: AssistantRequestId,
) -> anyhow::Result<()> {
    let found = store::assistant::to_understand(&mut *store::acquire(pool).await?, org, id).await?;
    let Some((text, zone, asked_at)) = found else {
        return Ok(());
    };
    let zone: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::UTC);
    // No pooled connection is held while a model may be thinking.
    let Understood {
        intent: understood,
        engine,
        fallback,
    } = understander.understand(&text, asked_at, zone).await;
    tracing::info!(request.id = %id, engine = engine.as_str(), fallback = fallback.as_deref(), "assistant request understood");
    let questions = questions(&understood);
    let status = if questions.is_empty() {
        "understood"
    } else {
        "needs_clarification"
    };
    store::assistant::understood(
        &mut *store::acquire(pool).await?,
        org,
        id,
        status,
        &serde_json::to_value(&understood)?,
        &serde_json::to_value(&questions)?,
    )
    .await?;
    Ok(())
}

/// The questions an unclear request raises, in the host's words where possible.
fn questions(understood: &intent::Intent) -> Vec<String> {
    let mut out: Vec<String> = understood
        .issues
        .iter()
        .map(|issue| match issue {
            Issue::AmbiguousDate(text) => format!("Which date do you mean by “{text}”: day/month or month/day?"),
            Issue::InvalidDate(text) => format!("“{text}” is not a date I can use. Which day do you mean?"),
        })
        .collect();
    if understood.kind == IntentKind::Clarify {
        out.push(
            "What would you like me to do: find a time, move or cancel a meeting, describe your calendar, \
             or add a task or a habit?"
                .to_owned(),
        );
    }
    out
}
