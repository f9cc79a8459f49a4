//! The agent interface on the API listener (`/mcp`, authenticated here with the caller's key)
//! and the record of what agents did (`GET /v1/agent-actions`).

use axum::Json;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;

use super::extract::{ApiQuery, Tenant, bearer};
use super::problem::Problem;
use crate::app::{self, Error, Result};
use crate::ids::AgentActionId;
use crate::state::AppState;
use crate::store::agent_actions::AgentAction;

/// `/mcp`: the agent server, behind a check of the caller's key whose scope every tool call
/// is then held to.
pub fn mcp(state: &AppState) -> axum::Router<AppState> {
    axum::Router::new()
        .route_service("/mcp", crate::mcp::service(state.clone()))
        .route_layer(axum::middleware::from_fn_with_state(state.clone(), authenticate))
}

async fn authenticate(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let scope = match bearer(request.headers()) {
        Ok(token) => app::keys::scope(&state.pool, token).await,
        Err(err) => Err(err),
    };
    match scope {
        Ok(scope) => {
            request.extensions_mut().insert(scope);
            next.run(request).await
        }
        Err(err) => err.into_response(),
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ActionsQuery {
    /// Only actions older than this one (the last `id` of the previous page).
    pub before: Option<String>,
}

/// What agents did through the agent interface, newest first (at most 100): which key, for
/// which host, which tool, with what arguments, and what it returned.
#[utoipa::path(get, path = "/v1/agent-actions", tag = "api keys", security(("api_key" = [])), params(ActionsQuery), responses(
    (status = 200, body = Vec<AgentAction>), (status = 401, body = Problem)
))]
pub async fn actions(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiQuery(query): ApiQuery<ActionsQuery>,
) -> Result<Json<Vec<AgentAction>>> {
    let before = query
        .before
        .map(|text| {
            text.parse::<AgentActionId>()
                .map_err(|e| Error::invalid("before", e.to_string()))
        })
        .transpose()?;
    Ok(Json(app::agent::actions(&state.pool, org, before).await?))
}
