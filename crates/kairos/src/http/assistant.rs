//! The scheduling assistant: a host's sentence in, a request id out; the understanding runs
//! as a job and is read back by id; a proposal is carried out by confirming it.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

use super::extract::{ApiJson, ApiPath, Tenant, id};
use super::problem::Problem;
use crate::app::assistant::AssistantRequest;
use crate::app::{self, Result};
use crate::ids::HostId;
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRequest {
    /// The host on whose behalf the assistant acts; relative dates use their zone.
    pub host_id: HostId,
    /// What the host wants, in plain English.
    #[schema(example = "find 45 minutes with Bo next Tuesday afternoon")]
    pub text: String,
    /// Carry out the best proposal that still works without waiting for a confirmation.
    #[serde(default)]
    pub auto_book: bool,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Confirmation {
    /// The `id` of the proposal to carry out.
    pub proposal: u32,
}

/// Takes a host's request; answers 202 with its id while a job understands it.
#[utoipa::path(post, path = "/v1/assistant/requests", tag = "assistant", security(("api_key" = [])), request_body = NewRequest,
    responses((status = 202, body = AssistantRequest), (status = 422, body = Problem)))]
pub async fn ask(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiJson(body): ApiJson<NewRequest>,
) -> Result<(StatusCode, Json<AssistantRequest>)> {
    let request = app::assistant::ask(&state.pool, org, body.host_id, &body.text, body.auto_book, state.now()).await?;
    Ok((StatusCode::ACCEPTED, Json(request)))
}

/// A request, with its status and, once understood, its intent or the questions it raises.
#[utoipa::path(get, path = "/v1/assistant/requests/{id}", tag = "assistant", security(("api_key" = [])),
    params(("id" = String, Path, description = "Assistant request id")),
    responses((status = 200, body = AssistantRequest), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(request): ApiPath<String>,
) -> Result<Json<AssistantRequest>> {
    Ok(Json(
        app::assistant::get(&state.pool, org, id(&request, "assistant request")?).await?,
    ))
}

/// Carries out one of a request's proposals: books, moves or cancels the meeting, with the
/// usual e-mails, reminders and webhooks from the queue.
#[utoipa::path(post, path = "/v1/assistant/requests/{id}/confirm", tag = "assistant", security(("api_key" = [])),
    params(("id" = String, Path, description = "Assistant request id")), request_body = Confirmation,
    responses((status = 200, body = AssistantRequest), (status = 404, body = Problem), (status = 409, body = Problem),
              (status = 422, body = Problem)))]
pub async fn confirm(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(request): ApiPath<String>,
    ApiJson(body): ApiJson<Confirmation>,
) -> Result<Json<AssistantRequest>> {
    let id = id(&request, "assistant request")?;
    Ok(Json(
        app::assistant::confirm(&state.pool, org, id, body.proposal, state.now()).await?,
    ))
}
