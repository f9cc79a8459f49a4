//! The assistant box: a sentence goes to the assistant's job; its page shows the answer once
//! the job has run (the page's script reloads it while it is queued), with each proposal's
//! reasons and a button to confirm it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::Nav;
use super::dashboard::host_zone;
use super::render::{FieldErrors, WebError, page};
use super::session::{Posted, Signed};
use crate::app;
use crate::app::assistant::{AssistantRequest, Proposal};
use crate::ids::AssistantRequestId;
use crate::state::AppState;

#[derive(Template)]
#[template(path = "assistant.html")]
struct AskPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    text: String,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "assistant_request.html")]
struct RequestPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    request: AssistantRequest,
    zone: String,
    questions: Vec<String>,
    proposals: Vec<Proposal>,
    error: Option<String>,
}

fn ask_page(signed: &Signed, text: String, errors: FieldErrors) -> Response {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = AskPage {
        title: "Assistant".to_owned(),
        nav: Nav::of(signed, "assistant"),
        csrf: signed.csrf.clone(),
        text,
        errors,
    };
    page(status, &body)
}

pub async fn start(signed: Signed) -> Response {
    ask_page(&signed, String::new(), FieldErrors::default())
}

#[derive(Debug, Deserialize)]
pub struct AskForm {
    #[serde(default)]
    text: String,
}

pub async fn ask(State(state): State<AppState>, posted: Posted<AskForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    match app::assistant::ask(&state.pool, org, host, &posted.form.text, false, state.now()).await {
        Ok(request) => Ok(Redirect::to(&format!("/app/assistant/{}", request.id)).into_response()),
        Err(err) => Ok(ask_page(
            &signed,
            posted.form.text.clone(),
            FieldErrors::from_app(err, "text")?,
        )),
    }
}

fn parse_id(id: &str) -> Result<AssistantRequestId, WebError> {
    id.parse()
        .map_err(|_| WebError::App(app::Error::NotFound("assistant request")))
}

async fn request_page(
    state: &AppState,
    signed: &Signed,
    id: AssistantRequestId,
    error: Option<String>,
) -> Result<Response, WebError> {
    let request = app::assistant::get(&state.pool, signed.user.org_id, id).await?;
    let zone = host_zone(state, signed.user.org_id, signed.user.host_id).await?;
    let status = if error.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let body = RequestPage {
        title: "Assistant".to_owned(),
        nav: Nav::of(signed, "assistant"),
        csrf: signed.csrf.clone(),
        zone: zone.name().to_owned(),
        questions: serde_json::from_value(request.questions.clone()).unwrap_or_default(),
        proposals: if request.status == "proposed" {
            serde_json::from_value(request.proposals.clone()).unwrap_or_default()
        } else {
            Vec::new()
        },
        request,
        error,
    };
    Ok(page(status, &body))
}

pub async fn request(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    request_page(&state, &signed, parse_id(&id)?, None).await
}

#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    proposal: u32,
}

pub async fn confirm(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<ConfirmForm>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let id = parse_id(&id)?;
    match app::assistant::confirm(&state.pool, signed.user.org_id, id, posted.form.proposal, state.now()).await {
        Ok(_) => Ok(Redirect::to(&format!("/app/assistant/{id}")).into_response()),
        Err(err @ (app::Error::Unavailable(_) | app::Error::Conflict { .. } | app::Error::Invalid { .. })) => {
            let message = err.to_string().replace('`', "");
            request_page(&state, &signed, id, Some(message)).await
        }
        Err(err) => Err(err.into()),
    }
}
