//! The planner: a host's tasks and habits, planner settings, and the plan a job keeps up to
//! date (read it, or ask for a re-plan now).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::extract::{ApiJson, ApiPath, ApiQuery, Tenant, id, instant};
use super::pagination::ListParams;
use super::problem::Problem;
use crate::app::planner::{HabitChanges, NewHabit, NewTask, TaskChanges};
use crate::app::{self, Result};
use crate::ids::{HabitId, HostId, TaskId};
use crate::model::Page;
use crate::model::planner::{Habit, Plan, PlannerSettings, Task};
use crate::state::AppState;

fn host_id(text: &str) -> Result<HostId> {
    id(text, "host")
}

fn task_id(text: &str) -> Result<TaskId> {
    id(text, "task")
}

fn habit_id(text: &str) -> Result<HabitId> {
    id(text, "habit")
}

/// Adds a task for the planner to fit into the host's free time; a re-plan follows.
#[utoipa::path(post, path = "/v1/hosts/{host_id}/tasks", tag = "planner", security(("api_key" = [])), request_body = NewTask,
    params(("host_id" = String, Path, description = "Host id")),
    responses((status = 201, body = Task), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn add_task(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiJson(body): ApiJson<NewTask>,
) -> Result<(StatusCode, Json<Task>)> {
    let task = app::planner::add_task(&state.pool, org, host_id(&host)?, body, state.now()).await?;
    Ok((StatusCode::CREATED, Json(task)))
}

#[utoipa::path(get, path = "/v1/hosts/{host_id}/tasks", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id"), ListParams),
    responses((status = 200, body = Page<Task>), (status = 404, body = Problem)))]
pub async fn list_tasks(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Page<Task>>> {
    Ok(Json(
        app::planner::list_tasks(&state.pool, org, host_id(&host)?, params.by_id()?).await?,
    ))
}

#[utoipa::path(get, path = "/v1/hosts/{host_id}/tasks/{task_id}", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id"), ("task_id" = String, Path, description = "Task id")),
    responses((status = 200, body = Task), (status = 404, body = Problem)))]
pub async fn get_task(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, task)): ApiPath<(String, String)>,
) -> Result<Json<Task>> {
    Ok(Json(
        app::planner::get_task(&state.pool, org, host_id(&host)?, task_id(&task)?).await?,
    ))
}

/// Changes the given fields (`"status": "done"` stops planning it); a re-plan follows.
#[utoipa::path(patch, path = "/v1/hosts/{host_id}/tasks/{task_id}", tag = "planner", security(("api_key" = [])), request_body = TaskChanges,
    params(("host_id" = String, Path, description = "Host id"), ("task_id" = String, Path, description = "Task id")),
    responses((status = 200, body = Task), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn update_task(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, task)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<TaskChanges>,
) -> Result<Json<Task>> {
    Ok(Json(
        app::planner::update_task(&state.pool, org, host_id(&host)?, task_id(&task)?, body, state.now()).await?,
    ))
}

/// Deletes a task and its planned blocks; a re-plan follows.
#[utoipa::path(delete, path = "/v1/hosts/{host_id}/tasks/{task_id}", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id"), ("task_id" = String, Path, description = "Task id")),
    responses((status = 204), (status = 404, body = Problem)))]
pub async fn delete_task(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, task)): ApiPath<(String, String)>,
) -> Result<StatusCode> {
    app::planner::delete_task(&state.pool, org, host_id(&host)?, task_id(&task)?, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Adds a habit (daily or n times a week, inside a local-time window); a re-plan follows.
#[utoipa::path(post, path = "/v1/hosts/{host_id}/habits", tag = "planner", security(("api_key" = [])), request_body = NewHabit,
    params(("host_id" = String, Path, description = "Host id")),
    responses((status = 201, body = Habit), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn add_habit(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiJson(body): ApiJson<NewHabit>,
) -> Result<(StatusCode, Json<Habit>)> {
    let habit = app::planner::add_habit(&state.pool, org, host_id(&host)?, body, state.now()).await?;
    Ok((StatusCode::CREATED, Json(habit)))
}

#[utoipa::path(get, path = "/v1/hosts/{host_id}/habits", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id"), ListParams),
    responses((status = 200, body = Page<Habit>), (status = 404, body = Problem)))]
pub async fn list_habits(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Page<Habit>>> {
    Ok(Json(
        app::planner::list_habits(&state.pool, org, host_id(&host)?, params.by_id()?).await?,
    ))
}

#[utoipa::path(get, path = "/v1/hosts/{host_id}/habits/{habit_id}", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id"), ("habit_id" = String, Path, description = "Habit id")),
    responses((status = 200, body = Habit), (status = 404, body = Problem)))]
pub async fn get_habit(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, habit)): ApiPath<(String, String)>,
) -> Result<Json<Habit>> {
    Ok(Json(
        app::planner::get_habit(&state.pool, org, host_id(&host)?, habit_id(&habit)?).await?,
    ))
}

/// Changes the given fields (`"times_per_week": null` makes it daily); a re-plan follows.
#[utoipa::path(patch, path = "/v1/hosts/{host_id}/habits/{habit_id}", tag = "planner", security(("api_key" = [])), request_body = HabitChanges,
    params(("host_id" = String, Path, description = "Host id"), ("habit_id" = String, Path, description = "Habit id")),
    responses((status = 200, body = Habit), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn update_habit(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, habit)): ApiPath<(String, String)>,
    ApiJson(body): ApiJson<HabitChanges>,
) -> Result<Json<Habit>> {
    Ok(Json(
        app::planner::update_habit(&state.pool, org, host_id(&host)?, habit_id(&habit)?, body, state.now()).await?,
    ))
}

/// Deletes a habit and its planned blocks; a re-plan follows.
#[utoipa::path(delete, path = "/v1/hosts/{host_id}/habits/{habit_id}", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id"), ("habit_id" = String, Path, description = "Habit id")),
    responses((status = 204), (status = 404, body = Problem)))]
pub async fn delete_habit(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath((host, habit)): ApiPath<(String, String)>,
) -> Result<StatusCode> {
    app::planner::delete_habit(&state.pool, org, host_id(&host)?, habit_id(&habit)?, state.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The host's planner settings (the defaults until set).
#[utoipa::path(get, path = "/v1/hosts/{host_id}/planner", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id")),
    responses((status = 200, body = PlannerSettings), (status = 404, body = Problem)))]
pub async fn get_settings(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
) -> Result<Json<PlannerSettings>> {
    Ok(Json(app::planner::settings(&state.pool, org, host_id(&host)?).await?))
}

/// Replaces the planner settings as a whole (a field left out takes its default); a re-plan follows.
#[utoipa::path(put, path = "/v1/hosts/{host_id}/planner", tag = "planner", security(("api_key" = [])), request_body = PlannerSettings,
    params(("host_id" = String, Path, description = "Host id")),
    responses((status = 200, body = PlannerSettings), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn put_settings(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiJson(body): ApiJson<PlannerSettings>,
) -> Result<Json<PlannerSettings>> {
    Ok(Json(
        app::planner::put_settings(&state.pool, org, host_id(&host)?, body, state.now()).await?,
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PlanRange {
    /// RFC 3339 instant (default: now); blocks overlapping `[from, to)` are listed.
    #[param(format = DateTime)]
    pub from: Option<String>,
    /// Default: 7 days after `from`; at most 92 days after it.
    #[param(format = DateTime)]
    pub to: Option<String>,
}

/// The planned blocks in a range, what each is for, the tasks at risk and the plan's metrics.
#[utoipa::path(get, path = "/v1/hosts/{host_id}/plan", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id"), PlanRange),
    responses((status = 200, body = Plan), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn get_plan(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    ApiQuery(range): ApiQuery<PlanRange>,
) -> Result<Json<Plan>> {
    let from = range.from.as_deref().map(|t| instant("from", t)).transpose()?;
    let to = range.to.as_deref().map(|t| instant("to", t)).transpose()?;
    Ok(Json(
        app::planner::plan(&state.pool, org, host_id(&host)?, from, to, state.now()).await?,
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReplanQueued {
    pub host_id: HostId,
    /// Always `queued`: read the plan again in a moment.
    pub status: &'static str,
}

/// Re-plans now: answers 202 at once while a job re-plans (coalescing with one already queued).
#[utoipa::path(post, path = "/v1/hosts/{host_id}/plan", tag = "planner", security(("api_key" = [])),
    params(("host_id" = String, Path, description = "Host id")),
    responses((status = 202, body = ReplanQueued), (status = 404, body = Problem)))]
pub async fn replan(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
) -> Result<(StatusCode, Json<ReplanQueued>)> {
    let host = host_id(&host)?;
    app::planner::request_replan(&state.pool, org, host, state.now()).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(ReplanQueued {
            host_id: host,
            status: "queued",
        }),
    ))
}
