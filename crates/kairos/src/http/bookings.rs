//! The host's view of bookings: list, read, cancel, reschedule.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use utoipa::IntoParams;

use super::extract::{ApiJson, ApiPath, ApiQuery, OptionalJson, Tenant, id, instant};
use super::pagination::{ListParams, bad_cursor};
use super::problem::Problem;
use crate::app::bookings::{CancelRequest, ListCursor, RescheduleRequest};
use crate::app::{self, Result};
use crate::ids::{BookingId, HostId};
use crate::model::{Booking, BookingStatus, Canceller, Page};
use crate::state::AppState;
use crate::store::bookings::BookingFilter;

fn booking_id(text: &str) -> Result<BookingId> {
    id(text, "booking")
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BookingQuery {
    /// Bookings starting at or after this instant (RFC 3339).
    #[param(format = DateTime)]
    pub from: String,
    /// Bookings starting before this instant; at most 366 days after `from`.
    #[param(format = DateTime)]
    pub to: String,
    #[param(value_type = Option<String>)]
    pub status: Option<BookingStatus>,
    /// Only bookings this host takes part in.
    pub host: Option<String>,
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    pub cursor: Option<String>,
}

fn parse_cursor(text: &str) -> Result<ListCursor> {
    let (micros, id) = text.split_once('~').ok_or_else(bad_cursor)?;
    let start = micros
        .parse::<i64>()
        .ok()
        .and_then(DateTime::<Utc>::from_timestamp_micros)
        .ok_or_else(bad_cursor)?;
    let id = id.parse::<BookingId>().map_err(|_| bad_cursor())?;
    Ok((start, id))
}

/// Bookings in a time range, by start.
#[utoipa::path(get, path = "/v1/bookings", tag = "bookings", security(("api_key" = [])), params(BookingQuery),
    responses((status = 200, body = Page<Booking>), (status = 422, body = Problem)))]
pub async fn list(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiQuery(q): ApiQuery<BookingQuery>,
) -> Result<Json<Page<Booking>>> {
    let limit = ListParams {
        limit: q.limit,
        cursor: None,
    }
    .limit()?;
    let filter = BookingFilter {
        from: instant("from", &q.from)?,
        to: instant("to", &q.to)?,
        status: q.status,
        host: q
            .host
            .as_deref()
            .filter(|h| !h.is_empty())
            .map(str::parse::<HostId>)
            .transpose()
            .map_err(|e| app::Error::invalid("host", e.to_string()))?,
    };
    let after = q
        .cursor
        .as_deref()
        .filter(|c| !c.is_empty())
        .map(parse_cursor)
        .transpose()?;
    Ok(Json(app::bookings::list(&state.pool, org, filter, after, limit).await?))
}

#[utoipa::path(get, path = "/v1/bookings/{id}", tag = "bookings", security(("api_key" = [])),
    params(("id" = String, Path, description = "Booking id")), responses((status = 200, body = Booking), (status = 404, body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(booking): ApiPath<String>,
) -> Result<Json<Booking>> {
    Ok(Json(app::bookings::get(&state.pool, org, booking_id(&booking)?).await?))
}

/// The booking's calendar invite (iCalendar): `METHOD:REQUEST` while confirmed,
/// `METHOD:CANCEL` once cancelled.
#[utoipa::path(get, path = "/v1/bookings/{id}/invite.ics", tag = "bookings", security(("api_key" = [])),
    params(("id" = String, Path, description = "Booking id")),
    responses((status = 200, description = "The invite", content_type = "text/calendar", body = String), (status = 404, body = Problem)))]
pub async fn invite(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(booking): ApiPath<String>,
) -> Result<Response> {
    Ok(calendar(
        app::invites::invite(&state.pool, org, booking_id(&booking)?).await?,
    ))
}

/// An iCalendar response, offered as `invite.ics`.
pub(super) fn calendar(body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"invite.ics\""),
        ],
        body,
    )
        .into_response()
}

/// Cancels the booking and frees its time; cancelling twice is harmless.
#[utoipa::path(post, path = "/v1/bookings/{id}/cancel", tag = "bookings", security(("api_key" = [])), request_body = CancelRequest,
    params(("id" = String, Path, description = "Booking id")),
    responses((status = 200, body = Booking), (status = 404, body = Problem), (status = 409, body = Problem)))]
pub async fn cancel(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(booking): ApiPath<String>,
    OptionalJson(body): OptionalJson<CancelRequest>,
) -> Result<Json<Booking>> {
    let reason = body.reason;
    Ok(Json(
        app::bookings::cancel(
            &state.pool,
            org,
            booking_id(&booking)?,
            reason.as_deref(),
            Canceller::Host,
            state.now(),
        )
        .await?,
    ))
}

/// Moves the booking to a new start, atomically.
#[utoipa::path(post, path = "/v1/bookings/{id}/reschedule", tag = "bookings", security(("api_key" = [])), request_body = RescheduleRequest,
    params(("id" = String, Path, description = "Booking id")),
    responses((status = 200, body = Booking), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem)))]
pub async fn reschedule(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(booking): ApiPath<String>,
    ApiJson(body): ApiJson<RescheduleRequest>,
) -> Result<Json<Booking>> {
    Ok(Json(
        app::bookings::reschedule(&state.pool, org, booking_id(&booking)?, body.start, state.now()).await?,
    ))
}
