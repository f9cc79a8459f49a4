//! Webhook endpoints and their delivery logs.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

use super::extract::{ApiJson, ApiPath, ApiQuery, Tenant, id};
use super::pagination::ListParams;
use super::problem::Problem;
use crate::app::{self, Result};
use crate::ids::WebhookId;
use crate::model::{Page, Webhook, WebhookDelivery, WebhookWithSecret};
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhook {
    /// Where events are POSTed: an http(s) URL on a public address.
    #[schema(example = "https://crm.acme.example/hooks/kairos")]
    pub url: String,
    /// Kinds of event to send: `booking.created`, `booking.rescheduled`, `booking.cancelled`.
    #[schema(example = json!(["booking.created", "booking.cancelled"]))]
    pub events: Vec<String>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookChanges {
    pub url: Option<String>,
    pub events: Option<Vec<String>>,
    pub description: Option<String>,
    /// `true` re-enables a disabled endpoint and clears its failure count; `false` pauses it.
    pub enabled: Option<bool>,
}

fn webhook_id(text: &str) -> Result<WebhookId> {
    id(text, "webhook")
}

/// Adds an endpoint. The response shows its signing secret, this once.
#[utoipa::path(post, path = "/v1/webhooks", tag = "webhooks", security(("api_key" = [])), request_body = NewWebhook, responses(
    (status = 201, body = WebhookWithSecret), (status = 422, body = Problem)
))]
pub async fn create(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiJson(body): ApiJson<NewWebhook>,
) -> Result<(StatusCode, Json<WebhookWithSecret>)> {
    let allow_private = state.config.webhook_allow_private_addresses;
    let created = app::webhooks::create(
        &state.pool,
        org,
        allow_private,
        &body.url,
        &body.events,
        &body.description,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

#[utoipa::path(get, path = "/v1/webhooks", tag = "webhooks", security(("api_key" = [])), params(ListParams),
    responses((status = 200, body = Page<Webhook>)))]
pub async fn list(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Page<Webhook>>> {
    Ok(Json(app::webhooks::list(&state.pool, org, params.by_id()?).await?))
}

#[utoipa::path(get, path = "/v1/webhooks/{id}", tag = "webhooks", security(("api_key" = [])),
    params(("id" = String, Path, description = "Webhook id")), responses((status = 200, body = Webhook), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(webhook): ApiPath<String>,
) -> Result<Json<Webhook>> {
    Ok(Json(app::webhooks::get(&state.pool, org, webhook_id(&webhook)?).await?))
}

#[utoipa::path(patch, path = "/v1/webhooks/{id}", tag = "webhooks", security(("api_key" = [])), request_body = WebhookChanges,
    params(("id" = String, Path, description = "Webhook id")),
    responses((status = 200, body = Webhook), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn update(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(webhook): ApiPath<String>,
    ApiJson(body): ApiJson<WebhookChanges>,
) -> Result<Json<Webhook>> {
    let webhook = webhook_id(&webhook)?;
    let requested = app::webhooks::Requested {
        url: body.url.as_deref(),
        events: body.events.as_deref(),
        description: body.description.as_deref(),
        enabled: body.enabled,
    };
    let allow_private = state.config.webhook_allow_private_addresses;
    Ok(Json(
        app::webhooks::update(&state.pool, org, webhook, allow_private, requested).await?,
    ))
}

#[utoipa::path(delete, path = "/v1/webhooks/{id}", tag = "webhooks", security(("api_key" = [])),
    params(("id" = String, Path, description = "Webhook id")), responses((status = 204), (status = 404, body = Problem)))]
pub async fn delete(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(webhook): ApiPath<String>,
) -> Result<StatusCode> {
    app::webhooks::delete(&state.pool, org, webhook_id(&webhook)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Replaces the signing secret at once and shows the new one, this once.
#[utoipa::path(post, path = "/v1/webhooks/{id}/rotate-secret", tag = "webhooks", security(("api_key" = [])),
    params(("id" = String, Path, description = "Webhook id")),
    responses((status = 200, body = WebhookWithSecret), (status = 404, body = Problem)))]
pub async fn rotate_secret(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(webhook): ApiPath<String>,
) -> Result<Json<WebhookWithSecret>> {
    Ok(Json(
        app::webhooks::rotate_secret(&state.pool, org, webhook_id(&webhook)?).await?,
    ))
}

/// Every attempt to deliver an event to the endpoint, newest first.
#[utoipa::path(get, path = "/v1/webhooks/{id}/deliveries", tag = "webhooks", security(("api_key" = [])),
    params(("id" = String, Path, description = "Webhook id"), ListParams),
    responses((status = 200, body = Page<WebhookDelivery>), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn deliveries(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(webhook): ApiPath<String>,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Page<WebhookDelivery>>> {
    let webhook = webhook_id(&webhook)?;
    Ok(Json(
        app::webhooks::deliveries(&state.pool, org, webhook, params.by_id()?).await?,
    ))
}
