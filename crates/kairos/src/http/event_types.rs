//! Event types: what invitees book.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use super::extract::{ApiJson, ApiPath, ApiQuery, Tenant, id};
use super::pagination::ListParams;
use super::problem::Problem;
use crate::app::event_types::EventTypeInput;
use crate::app::{self, Result};
use crate::ids::EventTypeId;
use crate::model::{EventType, Page};
use crate::state::AppState;

fn event_type_id(text: &str) -> Result<EventTypeId> {
    id(text, "event type")
}

/// Creates an event type; its public link is `/v1/public/event-types/{org slug}/{slug}`.
#[utoipa::path(post, path = "/v1/event-types", tag = "event types", security(("api_key" = [])), request_body = EventTypeInput, responses(
    (status = 201, body = EventType), (status = 409, body = Problem), (status = 422, body = Problem)
))]
pub async fn create(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiJson(body): ApiJson<EventTypeInput>,
) -> Result<(StatusCode, Json<EventType>)> {
    Ok((
        StatusCode::CREATED,
        Json(app::event_types::create(&state.pool, org, body).await?),
    ))
}

#[utoipa::path(get, path = "/v1/event-types", tag = "event types", security(("api_key" = [])), params(ListParams), responses((status = 200, body = Page<EventType>)))]
pub async fn list(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Page<EventType>>> {
    Ok(Json(app::event_types::list(&state.pool, org, params.by_id()?).await?))
}

#[utoipa::path(get, path = "/v1/event-types/{id}", tag = "event types", security(("api_key" = [])),
    params(("id" = String, Path, description = "Event type id")), responses((status = 200, body = EventType), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(event_type): ApiPath<String>,
) -> Result<Json<EventType>> {
    Ok(Json(
        app::event_types::get(&state.pool, org, event_type_id(&event_type)?).await?,
    ))
}

/// Changes the given fields (`max_per_day: null` removes the limit).
#[utoipa::path(patch, path = "/v1/event-types/{id}", tag = "event types", security(("api_key" = [])), request_body = EventTypeInput,
    params(("id" = String, Path, description = "Event type id")),
    responses((status = 200, body = EventType), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn update(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(event_type): ApiPath<String>,
    ApiJson(body): ApiJson<EventTypeInput>,
) -> Result<Json<EventType>> {
    Ok(Json(
        app::event_types::update(&state.pool, org, event_type_id(&event_type)?, body).await?,
    ))
}

/// Deletes an event type that has no bookings.
#[utoipa::path(delete, path = "/v1/event-types/{id}", tag = "event types", security(("api_key" = [])),
    params(("id" = String, Path, description = "Event type id")),
    responses((status = 204), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn delete(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(event_type): ApiPath<String>,
) -> Result<StatusCode> {
    app::event_types::delete(&state.pool, org, event_type_id(&event_type)?).await?;
    Ok(StatusCode::NO_CONTENT)
}
