//! `GET /v1/hosts/{id}/explain`: why each time in a range is unavailable for a host.

use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::IntoParams;

use super::extract::{ApiPath, ApiQuery, Tenant, id, instant};
use super::problem::Problem;
use crate::app::calendar_sources::Freshness;
use crate::app::explain::{Asked, Explanation};
use crate::app::{self, Result};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExplainParams {
    /// Start of the range (RFC 3339).
    #[param(format = DateTime)]
    pub start: String,
    /// End of the range (RFC 3339; at most 31 days after `start`).
    #[param(format = DateTime)]
    pub end: String,
    /// An event type of the host whose own rules (notice, horizon, buffers, daily limit) count.
    pub event_type: Option<String>,
}

/// Every reason a time in the range is unavailable for the host, by start: outside working
/// hours or an override, a booking, a busy block, a planned block, an event of one of their
/// calendar sources (with the source's name, its freshness and, if it allows, the event's
/// title) and, with an event type, the past, minimum notice, horizon, buffers and daily limit.
#[utoipa::path(get, path = "/v1/hosts/{id}/explain", tag = "hosts", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id"), ExplainParams),
    responses((status = 200, body = Explanation), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn explain(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiQuery(params): ApiQuery<ExplainParams>,
) -> Result<Json<Explanation>> {
    let asked = Asked {
        host: id(&host, "host")?,
        start: instant("start", &params.start)?,
        end: instant("end", &params.end)?,
        event_type: params.event_type.as_deref().map(|e| id(e, "event type")).transpose()?,
    };
    let freshness = Freshness::from_config(&state.config);
    Ok(Json(
        app::explain::explain(&state.pool, freshness, org, asked, state.now()).await?,
    ))
}
