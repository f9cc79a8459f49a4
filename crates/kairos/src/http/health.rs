//! Liveness and readiness for load balancers and orchestrators.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::problem::problem;
use crate::app::ProblemCode;
use crate::state::AppState;

/// The process is up and serving HTTP.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, description = "Alive", body = String)))]
pub async fn healthz() -> &'static str {
    "ok"
}

/// The instance can serve requests: its database answers (checked on a connection of its
/// own, so a busy API pool does not make the instance look dead). Redis, when configured, is
/// reported in the logs and metrics (`kairos_redis_up`), not here: only PostgreSQL is
/// required.
#[utoipa::path(get, path = "/readyz", tag = "operations", responses(
    (status = 200, description = "Ready", body = String),
    (status = 503, description = "Database unreachable", body = super::problem::Problem)
))]
pub async fn readyz(State(state): State<AppState>) -> Response {
    // A closed API pool means the instance is shutting down: not ready, whatever the database.
    let answered = if state.pool.is_closed() {
        Err(sqlx::Error::PoolClosed)
    } else {
        sqlx::query_scalar::<_, i32>("SELECT 1").fetch_one(&state.probe).await
    };
    match answered {
        Ok(_) => "ready".into_response(),
        Err(err) => {
            tracing::warn!(error = %err, "readiness check failed");
            problem(
                StatusCode::SERVICE_UNAVAILABLE,
                ProblemCode::NotReady,
                "the database is not reachable".to_owned(),
            )
        }
    }
}
