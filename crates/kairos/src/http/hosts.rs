//! Hosts, their availability and their busy blocks.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::extract::{ApiJson, ApiPath, ApiQuery, Tenant, id, instant};
use super::pagination::ListParams;
use super::problem::Problem;
use crate::app::availability::ScheduleInput;
use crate::app::{self, Result};
use crate::ids::HostId;
use crate::model::{BusyBlock, Host, Page, Schedule};
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewHost {
    #[schema(example = "Ana Lima")]
    pub name: String,
    #[schema(example = "ana@acme.example")]
    pub email: String,
    #[schema(example = "Europe/Lisbon")]
    pub time_zone: String,
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HostChanges {
    pub name: Option<String>,
    pub email: Option<String>,
    pub time_zone: Option<String>,
}

fn host_id(text: &str) -> Result<HostId> {
    id(text, "host")
}

/// Adds a host, bookable Monday to Friday 09:00–17:00 in their zone until changed.
#[utoipa::path(post, path = "/v1/hosts", tag = "hosts", security(("api_key" = [])), request_body = NewHost, responses(
    (status = 201, body = Host), (status = 409, body = Problem), (status = 422, body = Problem)
))]
pub async fn create(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiJson(body): ApiJson<NewHost>,
) -> Result<(StatusCode, Json<Host>)> {
    let host = app::hosts::create(&state.pool, org, &body.name, &body.email, &body.time_zone).await?;
    Ok((StatusCode::CREATED, Json(host)))
}

#[utoipa::path(get, path = "/v1/hosts", tag = "hosts", security(("api_key" = [])), params(ListParams), responses((status = 200, body = Page<Host>)))]
pub async fn list(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Page<Host>>> {
    Ok(Json(app::hosts::list(&state.pool, org, params.by_id()?).await?))
}

#[utoipa::path(get, path = "/v1/hosts/{id}", tag = "hosts", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id")), responses((status = 200, body = Host), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
) -> Result<Json<Host>> {
    Ok(Json(app::hosts::get(&state.pool, org, host_id(&host)?).await?))
}

#[utoipa::path(patch, path = "/v1/hosts/{id}", tag = "hosts", security(("api_key" = [])), request_body = HostChanges,
    params(("id" = String, Path, description = "Host id")),
    responses((status = 200, body = Host), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn update(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiJson(body): ApiJson<HostChanges>,
) -> Result<Json<Host>> {
    let host = host_id(&host)?;
    let updated = app::hosts::update(
        &state.pool,
        org,
        host,
        body.name.as_deref(),
        body.email.as_deref(),
        body.time_zone.as_deref(),
    )
    .await?;
    Ok(Json(updated))
}

/// The host's weekly hours and date overrides.
#[utoipa::path(get, path = "/v1/hosts/{id}/availability", tag = "availability", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id")), responses((status = 200, body = Schedule), (status = 404, body = Problem)))]
pub async fn get_availability(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
) -> Result<Json<Schedule>> {
    Ok(Json(app::availability::get(&state.pool, org, host_id(&host)?).await?))
}

/// Replaces the host's weekly hours and date overrides as a whole.
#[utoipa::path(put, path = "/v1/hosts/{id}/availability", tag = "availability", security(("api_key" = [])), request_body = ScheduleInput,
    params(("id" = String, Path, description = "Host id")),
    responses((status = 200, body = Schedule), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn put_availability(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiJson(body): ApiJson<ScheduleInput>,
) -> Result<Json<Schedule>> {
    Ok(Json(
        app::availability::replace(&state.pool, org, host_id(&host)?, body, state.now()).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBusyBlock {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    #[serde(default)]
    pub title: String,
}

/// Marks the host busy (an appointment elsewhere) so no slot is offered then.
#[utoipa::path(post, path = "/v1/hosts/{id}/busy-blocks", tag = "busy blocks", security(("api_key" = [])), request_body = NewBusyBlock,
    params(("id" = String, Path, description = "Host id")),
    responses((status = 201, body = BusyBlock), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn add_busy(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiJson(body): ApiJson<NewBusyBlock>,
) -> Result<(StatusCode, Json<BusyBlock>)> {
    let block = app::busy::add(
        &state.pool,
        org,
        host_id(&host)?,
        body.start,
        body.end,
        &body.title,
        state.now(),
    )
    .await?;
    Ok((StatusCode::CREATED, Json(block)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BusyRange {
    /// RFC 3339 instant; blocks overlapping `[from, to)` are listed.
    #[param(format = DateTime)]
    pub from: String,
    #[param(format = DateTime)]
    pub to: String,
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

#[utoipa::path(get, path = "/v1/hosts/{id}/busy-blocks", tag = "busy blocks", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id"), BusyRange),
    responses((status = 200, body = Page<BusyBlock>), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn list_busy(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiQuery(range): ApiQuery<BusyRange>,
) -> Result<Json<Page<BusyBlock>>> {
    let page = ListParams {
        limit: range.limit,
        cursor: range.cursor,
    }
    .by_id()?;
    let (from, to) = (instant("from", &range.from)?, instant("to", &range.to)?);
    Ok(Json(
        app::busy::list(&state.pool, org, host_id(&host)?, from, to, page).await?,
    ))
}

#[utoipa::path(delete, path = "/v1/hosts/{id}/busy-blocks/{block_id}", tag = "busy blocks", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id"), ("block_id" = String, Path, description = "Busy block id")),
    responses((status = 204), (status = 404, body = Problem)))]
pub async fn remove_busy(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, block)): ApiPath<(String, String)>,
) -> Result<StatusCode> {
    app::busy::remove(
        &state.pool,
        org,
        host_id(&host)?,
        id(&block, "busy block")?,
        state.now(),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
