//! A host's calendar sources: the feeds and CalDAV calendars whose busy time Kairos reads.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use super::extract::{ApiJson, ApiPath, Tenant, id};
use super::problem::Problem;
use crate::app::calendar_sources::{CalDavAccount, Discovered, Freshness, NewCalendarSource};
use crate::app::{self, Result};
use crate::ids::{CalendarSourceId, HostId};
use crate::model::CalendarSource;
use crate::state::AppState;

fn ids(host: &str, source: &str) -> Result<(HostId, CalendarSourceId)> {
    Ok((id(host, "host")?, id(source, "calendar source")?))
}

/// Adds an ICS feed (`url`) or a CalDAV calendar (`caldav`) whose events keep the host busy;
/// its first sync is queued at once, and later ones every `KAIROS_CALENDAR_SYNC_MINUTES`.
#[utoipa::path(post, path = "/v1/hosts/{id}/calendar-sources", tag = "calendar sources", security(("api_key" = [])),
    request_body = NewCalendarSource,
    params(("id" = String, Path, description = "Host id")),
    responses((status = 201, body = CalendarSource), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn add(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiJson(body): ApiJson<NewCalendarSource>,
) -> Result<(StatusCode, Json<CalendarSource>)> {
    let allow_private = state.config.calendar_allow_private_addresses;
    let host = id(&host, "host")?;
    let source =
        app::calendar_sources::add(&state.pool, &state.keyring, allow_private, org, host, body, state.now()).await?;
    Ok((StatusCode::CREATED, Json(source)))
}

/// The host's calendar sources, each with how its last sync went and whether it is stale (no
/// successful sync within `KAIROS_CALENDAR_STALE_AFTER_MINUTES`).
#[utoipa::path(get, path = "/v1/hosts/{id}/calendar-sources", tag = "calendar sources", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id")),
    responses((status = 200, body = Vec<CalendarSource>), (status = 404, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
) -> Result<Json<Vec<CalendarSource>>> {
    let freshness = Freshness::from_config(&state.config);
    let host = id(&host, "host")?;
    Ok(Json(
        app::calendar_sources::list(&state.pool, freshness, org, host, state.now()).await?,
    ))
}

/// Removes a source and the busy time it gave.
#[utoipa::path(delete, path = "/v1/hosts/{id}/calendar-sources/{source_id}", tag = "calendar sources", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id"), ("source_id" = String, Path, description = "Calendar source id")),
    responses((status = 204), (status = 404, body = Problem)))]
pub async fn remove(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, source)): ApiPath<(String, String)>,
) -> Result<StatusCode> {
    let (host, source) = ids(&host, &source)?;
    app::calendar_sources::remove(&state.pool, org, host, source, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Queues a sync of the source now (202); the source's `last_success_at` and `last_error`
/// tell how it went.
#[utoipa::path(post, path = "/v1/hosts/{id}/calendar-sources/{source_id}/sync", tag = "calendar sources", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id"), ("source_id" = String, Path, description = "Calendar source id")),
    responses((status = 202), (status = 404, body = Problem)))]
pub async fn sync(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, source)): ApiPath<(String, String)>,
) -> Result<StatusCode> {
    let (host, source) = ids(&host, &source)?;
    app::calendar_sources::sync_soon(&state.pool, org, host, source, state.now()).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Finds the calendars of a CalDAV account from its address (RFC 6764: the address, then its
/// `/.well-known/caldav`, the user's principal and calendar home), to choose which to add as
/// sources. Asks the server now, within its time limit; nothing is stored.
#[utoipa::path(post, path = "/v1/hosts/{id}/calendar-sources/discover", tag = "calendar sources", security(("api_key" = [])),
    request_body = CalDavAccount,
    params(("id" = String, Path, description = "Host id")),
    responses((status = 200, body = Discovered), (status = 404, body = Problem), (status = 422, body = Problem),
        (status = 502, body = Problem, description = "The calendar server failed or is not CalDAV")))]
pub async fn discover(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiJson(body): ApiJson<CalDavAccount>,
) -> Result<Json<Discovered>> {
    let host = id(&host, "host")?;
    app::hosts::get(&state.pool, org, host).await?;
    let allow_private = state.config.calendar_allow_private_addresses;
    Ok(Json(
        app::calendar_sources::discover(&state.feeds, allow_private, &body).await?,
    ))
}
