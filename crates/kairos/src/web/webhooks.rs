//! Webhook endpoints in the web app: the list, a form to add one (its signing secret shown
//! once), deleting, and each endpoint's delivery log.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::Nav;
use super::dashboard::host_zone;
use super::render::{FieldErrors, WebError, page, when};
use super::session::{NoFields, Posted, Signed};
use crate::app;
use crate::ids::WebhookId;
use crate::state::AppState;
use crate::store::PageRequest;

#[derive(Debug, Clone, Default, Deserialize)]
pub struct WebhookForm {
    #[serde(default)]
    url: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    created: Option<String>,
    #[serde(default)]
    rescheduled: Option<String>,
    #[serde(default)]
    cancelled: Option<String>,
}

#[derive(Debug, Clone)]
struct Row {
    id: String,
    url: String,
    events: String,
    state: String,
}

#[derive(Template)]
#[template(path = "webhooks.html")]
struct ListPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    rows: Vec<Row>,
    form: WebhookForm,
    errors: FieldErrors,
    secret: Option<String>,
}

#[derive(Debug, Clone)]
struct Attempt {
    at: String,
    event: String,
    attempt: i32,
    status: String,
    duration: i32,
    error: String,
    ok: bool,
}

#[derive(Template)]
#[template(path = "webhook_deliveries.html")]
struct DeliveriesPage {
    title: String,
    nav: Option<Nav>,
    url: String,
    zone: String,
    attempts: Vec<Attempt>,
}

async fn list_page(
    state: &AppState,
    signed: &Signed,
    form: WebhookForm,
    errors: FieldErrors,
    secret: Option<String>,
) -> Result<Response, WebError> {
    let rows = app::webhooks::list(&state.pool, signed.user.org_id, PageRequest::first(100))
        .await?
        .data
        .into_iter()
        .map(|w| Row {
            id: w.id.to_string(),
            url: w.url,
            events: w.events.iter().map(|e| e.as_str()).collect::<Vec<_>>().join(", "),
            state: match (w.enabled, w.disabled_reason) {
                (true, _) if w.consecutive_failures > 0 => {
                    format!("enabled; {} failures in a row", w.consecutive_failures)
                }
                (true, _) => "enabled".to_owned(),
                (false, Some(reason)) => format!("disabled: {reason}"),
                (false, None) => "disabled".to_owned(),
            },
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = ListPage {
        title: "Webhooks".to_owned(),
        nav: Nav::of(signed, "webhooks"),
        csrf: signed.csrf.clone(),
        rows,
        form,
        errors,
        secret,
    };
    Ok(page(status, &body))
}

pub async fn list(State(state): State<AppState>, signed: Signed) -> Result<Response, WebError> {
    let form = WebhookForm {
        created: Some("on".to_owned()),
        rescheduled: Some("on".to_owned()),
        cancelled: Some("on".to_owned()),
        ..WebhookForm::default()
    };
    list_page(&state, &signed, form, FieldErrors::default(), None).await
}

pub async fn create(State(state): State<AppState>, posted: Posted<WebhookForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let form = posted.form;
    let events: Vec<String> = [
        (&form.created, "booking.created"),
        (&form.rescheduled, "booking.rescheduled"),
        (&form.cancelled, "booking.cancelled"),
    ]
    .iter()
    .filter(|(on, _)| on.is_some())
    .map(|(_, name)| (*name).to_owned())
    .collect();
    let allow_private = state.config.webhook_allow_private_addresses;
    match app::webhooks::create(
        &state.pool,
        signed.user.org_id,
        allow_private,
        &form.url,
        &events,
        &form.description,
    )
    .await
    {
        Ok(created) => {
            list_page(
                &state,
                &signed,
                WebhookForm::default(),
                FieldErrors::default(),
                Some(created.secret),
            )
            .await
        }
        Err(err) => {
            let errors = FieldErrors::from_app(err, "url")?;
            list_page(&state, &signed, form, errors, None).await
        }
    }
}

fn parse_id(id: &str) -> Result<WebhookId, WebError> {
    id.parse().map_err(|_| WebError::App(app::Error::NotFound("webhook")))
}

pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<NoFields>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    app::webhooks::delete(&state.pool, signed.user.org_id, parse_id(&id)?).await?;
    Ok(Redirect::to("/app/webhooks").into_response())
}

pub async fn deliveries(
    State(state): State<AppState>,
    signed: Signed,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let org = signed.user.org_id;
    let id = parse_id(&id)?;
    let webhook = app::webhooks::get(&state.pool, org, id).await?;
    let zone = host_zone(&state, org, signed.user.host_id).await?;
    let attempts = app::webhooks::deliveries(&state.pool, org, id, PageRequest::first(100))
        .await?
        .data
        .into_iter()
        .map(|d| Attempt {
            at: when(d.delivered_at, zone),
            event: d.event_kind.as_str().to_owned(),
            attempt: d.attempt,
            status: d
                .status_code
                .map_or_else(|| "no response".to_owned(), |s| s.to_string()),
            duration: d.duration_ms,
            error: d.error.unwrap_or_default(),
            ok: d.succeeded,
        })
        .collect();
    let body = DeliveriesPage {
        title: "Webhook deliveries".to_owned(),
        nav: Nav::of(&signed, "webhooks"),
        url: webhook.url,
        zone: zone.name().to_owned(),
        attempts,
    };
    Ok(page(StatusCode::OK, &body))
}
