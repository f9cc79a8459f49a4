//! The scheduling assistant's requests. A host's sentence is stored and its job queued in one
//! transaction; the job understands it (relative dates resolved against the moment it was
//! asked, in the host's zone) and answers: questions when it is unclear — never a guess —,
//! ranked proposals with reasons, an agenda, or an explanation of why nothing fits. Nothing is
//! booked, moved or cancelled until the host confirms a proposal, or sent the request with
//! `auto_book`.

mod act;
mod add_to_plan;
mod describe;
pub mod engine;
mod find_time;
mod meetings;
mod people;
pub mod proposal;
mod reply;
mod understand;
mod words;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgPool;
use utoipa::ToSchema;

use super::{Error, Result, validate};
use crate::app::ProblemCode;
use crate::ids::{AssistantRequestId, HostId, OrgId};
use crate::jobs::Job;
use crate::jobs::payload::Understand;
use crate::store;
pub use proposal::{Action, Outcome, Proposal};
pub use understand::run as understand;

/// A request and what Kairos made of it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AssistantRequest {
    pub id: AssistantRequestId,
    pub host_id: HostId,
    pub text: String,
    /// Whether the best proposal that still works is carried out without confirmation.
    pub auto_book: bool,
    /// `queued`; then `needs_clarification` (see `questions`), `proposed` (confirm one of
    /// `proposals`), `unable` (`message` says why), `understood` (nothing to act on) or `done`
    /// (`outcome` says what was done).
    pub status: String,
    /// What understood the sentence: `parser` or `llm`.
    pub engine: Option<String>,
    /// The parsed intent: kind, participants, duration, window, days to avoid, zone.
    #[schema(value_type = Option<Object>)]
    pub intent: Option<serde_json::Value>,
    /// What to ask the host before acting, when the request is unclear.
    #[schema(value_type = Vec<String>)]
    pub questions: serde_json::Value,
    /// Ranked proposals, best first.
    #[schema(value_type = Vec<Proposal>)]
    pub proposals: serde_json::Value,
    /// The assistant's answer in words.
    pub message: Option<String>,
    /// What was done.
    #[schema(value_type = Option<Outcome>)]
    pub outcome: Option<serde_json::Value>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<store::assistant::RequestRow> for AssistantRequest {
    fn from(r: store::assistant::RequestRow) -> Self {
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

/// Stores `text` as a request of `host` asked at `now` and queues its understanding.
pub async fn ask(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    text: &str,
    auto_book: bool,
    now: DateTime<Utc>,
) -> Result<AssistantRequest> {
    let text = validate::text("text", text, 2000)?;
    let id = AssistantRequestId::generate();
    let mut tx = store::begin(pool).await?;
    if !store::assistant::insert(&mut tx, org, id, host, &text, auto_book, now).await? {
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
    crate::jobs::enqueue::enqueue(&mut tx, vec![job], now).await?;
    let row = store::assistant::get(&mut tx, org, id)
        .await?
        .ok_or(Error::NotFound("assistant request"))?;
    tx.commit().await?;
    Ok(row.into())
}

/// Answers an intent stated by a program rather than a sentence (an agent's tool call): stores
/// it as a request of `host` with `text` describing it, answers it at once as the assistant's
/// job would (proposals to confirm, an agenda, a task added, or questions), and returns it.
/// Nothing is booked, moved or cancelled until a proposal is confirmed.
pub async fn answer_intent(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    intent: &kairos_core::intent::Intent,
    text: &str,
    now: DateTime<Utc>,
) -> Result<AssistantRequest> {
    let text = validate::text("text", text, 2000)?;
    let id = AssistantRequestId::generate();
    let mut conn = store::acquire(pool).await?;
    if !store::assistant::insert(&mut conn, org, id, host, &text, false, now).await? {
        return Err(Error::NotFound("host"));
    }
    let host = store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let reply = understand::respond(pool, &mut conn, org, &host, intent, host.time_zone.tz(), now).await?;
    let outcome = reply.outcome.as_ref().map(json).transpose()?;
    let answer = store::assistant::Answer {
        status: reply.status,
        engine: "agent",
        intent: &json(intent)?,
        questions: &json(&reply.questions)?,
        proposals: &json(&reply.proposals)?,
        message: reply.message.as_deref(),
        outcome: outcome.as_ref(),
    };
    store::assistant::answer(&mut conn, org, id, &answer).await?;
    let row = store::assistant::get(&mut conn, org, id)
        .await?
        .ok_or(Error::NotFound("assistant request"))?;
    Ok(row.into())
}

fn json(value: &impl Serialize) -> Result<serde_json::Value> {
    Ok(serde_json::to_value(value).map_err(anyhow::Error::from)?)
}

pub async fn get(pool: &PgPool, org: OrgId, id: AssistantRequestId) -> Result<AssistantRequest> {
    store::assistant::get(&mut *store::acquire(pool).await?, org, id)
        .await?
        .map(AssistantRequest::from)
        .ok_or(Error::NotFound("assistant request"))
}

/// Carries out proposal `choice` of a request: books, moves or cancels in one transaction that
/// also records the outcome, so a request is acted on once. When the time was taken meanwhile
/// the error says so and the request keeps its proposals. Notice and horizons are judged as
/// of `now`.
pub async fn confirm(
    pool: &PgPool,
    org: OrgId,
    id: AssistantRequestId,
    choice: u32,
    now: DateTime<Utc>,
) -> Result<AssistantRequest> {
    let mut tx = store::begin(pool).await?;
    let request = store::assistant::lock(&mut tx, org, id)
        .await?
        .ok_or(Error::NotFound("assistant request"))?;
    match request.status.as_str() {
        "proposed" => {}
        "done" => {
            return Err(Error::Conflict {
                code: ProblemCode::AlreadyDone,
                message: "this request was already carried out".to_owned(),
            });
        }
        other => {
            return Err(Error::Conflict {
                code: ProblemCode::NothingToConfirm,
                message: format!("the request has no proposals to confirm (its status is `{other}`)"),
            });
        }
    }
    let proposals: Vec<Proposal> = serde_json::from_value(request.proposals).map_err(anyhow::Error::from)?;
    let proposal = proposals.iter().find(|p| p.id == choice).ok_or_else(|| {
        Error::invalid(
            "proposal",
            format!("there is no proposal {choice}; choose one of 1–{}", proposals.len()),
        )
    })?;
    let host = store::hosts::get(&mut *tx, org, request.host_id)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let (outcome, said) = act::carry_out(&mut tx, org, &host, proposal, now).await?;
    let outcome = serde_json::to_value(&outcome).map_err(anyhow::Error::from)?;
    store::assistant::acted(&mut tx, org, id, "done", &said, Some(&outcome)).await?;
    let row = store::assistant::get(&mut tx, org, id)
        .await?
        .ok_or(Error::NotFound("assistant request"))?;
    tx.commit().await?;
    Ok(row.into())
}
