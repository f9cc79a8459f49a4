//! Sign-up, the caller's organisation, and its API keys.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::ToSchema;

use super::extract::{ApiJson, ApiPath, ApiQuery, Tenant, id};
use super::pagination::ListParams;
use super::problem::Problem;
use crate::app::ProblemCode;
use crate::app::keys::CreatedKey;
use crate::app::orgs::SignedUp;
use crate::app::{self, Error, Result};
use crate::ids::HostId;
use crate::model::{ApiKey, Organization, Page};
use crate::state::AppState;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignUpRequest {
    #[schema(example = "Acme")]
    pub name: String,
    /// Appears in public booking links.
    #[schema(example = "acme")]
    pub slug: String,
}

/// Creates an organisation and its first API key (shown once).
#[utoipa::path(post, path = "/v1/organizations", tag = "organizations", request_body = SignUpRequest, responses(
    (status = 201, body = SignedUp), (status = 403, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)
))]
pub async fn sign_up(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<SignUpRequest>,
) -> Result<(StatusCode, Json<SignedUp>)> {
    if !state.config.allow_signup {
        return Err(Error::Forbidden {
            code: ProblemCode::SignupClosed,
            message: "sign-up is closed on this Kairos".to_owned(),
        });
    }
    let signed_up = app::orgs::sign_up(&state.pool, &body.name, &body.slug).await?;
    Ok((StatusCode::CREATED, Json(signed_up)))
}

/// The organisation of the API key.
#[utoipa::path(get, path = "/v1/organization", tag = "organizations", security(("api_key" = [])), responses(
    (status = 200, body = Organization), (status = 401, body = Problem)
))]
pub async fn me(State(state): State<AppState>, Tenant(org): Tenant) -> Result<Json<Organization>> {
    Ok(Json(app::orgs::get(&state.pool, org).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewKeyRequest {
    #[schema(example = "CI deploys")]
    pub name: String,
    /// Limit the key to this host: it then serves only the agent interface (`/mcp`), and every
    /// call through it acts for this host alone.
    #[serde(default)]
    pub host_id: Option<HostId>,
}

/// Creates an API key; its secret is in this response only.
#[utoipa::path(post, path = "/v1/api-keys", tag = "api keys", security(("api_key" = [])), request_body = NewKeyRequest, responses(
    (status = 201, body = CreatedKey), (status = 422, body = Problem)
))]
pub async fn create_key(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiJson(body): ApiJson<NewKeyRequest>,
) -> Result<(StatusCode, Json<CreatedKey>)> {
    Ok((
        StatusCode::CREATED,
        Json(app::keys::create(&state.pool, org, &body.name, body.host_id).await?),
    ))
}

/// Lists the organisation's API keys (never their secrets).
#[utoipa::path(get, path = "/v1/api-keys", tag = "api keys", security(("api_key" = [])), params(ListParams), responses(
    (status = 200, body = Page<ApiKey>)
))]
pub async fn list_keys(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Page<ApiKey>>> {
    Ok(Json(app::keys::list(&state.pool, org, params.by_id()?).await?))
}

/// Revokes an API key at once.
#[utoipa::path(delete, path = "/v1/api-keys/{id}", tag = "api keys", security(("api_key" = [])),
    params(("id" = String, Path, description = "API key id")),
    responses((status = 204), (status = 404, body = Problem)))]
pub async fn revoke_key(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(key): ApiPath<String>,
) -> Result<StatusCode> {
    app::keys::revoke(&state.pool, org, id(&key, "API key")?).await?;
    Ok(StatusCode::NO_CONTENT)
}
