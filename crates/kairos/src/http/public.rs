//! The unauthenticated endpoints behind an event type's public link and an invitee's
//! booking link: see the event type, list free slots, book, and manage one's own booking.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;

use super::extract::{ApiJson, ApiPath, ApiQuery, OptionalJson, instant};
use super::problem::Problem;
use crate::app::ProblemCode;
use crate::app::bookings::{Booked, BookingRequest, CancelRequest, RescheduleRequest};
use crate::app::slots::{PublicEventType, SlotList};
use crate::app::{self, Error, Result};
use crate::model::Booking;
use crate::state::AppState;
use crate::state::client::ClientAddress;

/// The event type's public description.
#[utoipa::path(get, path = "/v1/public/event-types/{org}/{slug}", tag = "public",
    params(("org" = String, Path, description = "Organisation slug"), ("slug" = String, Path, description = "Event type slug")),
    responses((status = 200, body = PublicEventType), (status = 404, body = Problem)))]
pub async fn event_type(
    State(state): State<AppState>,
    ApiPath((org, slug)): ApiPath<(String, String)>,
) -> Result<Json<PublicEventType>> {
    let (_, event_type) = app::event_types::public(&state.pool, &org, &slug).await?;
    Ok(Json(PublicEventType::of(&org, &event_type)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SlotQueryParams {
    /// First instant a slot may start (RFC 3339; default now).
    #[param(format = DateTime)]
    pub start: Option<String>,
    /// Slots start before this instant (default `start` + 7 days; at most 62 days after it).
    #[param(format = DateTime)]
    pub end: Option<String>,
    /// IANA zone to render times and group days in (default the first host's zone).
    pub time_zone: Option<String>,
}

/// Free slots between two instants, grouped by date in the requested zone.
#[utoipa::path(get, path = "/v1/public/event-types/{org}/{slug}/slots", tag = "public",
    params(("org" = String, Path, description = "Organisation slug"), ("slug" = String, Path, description = "Event type slug"), SlotQueryParams),
    responses((status = 200, body = SlotList), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn slots(
    State(state): State<AppState>,
    ApiPath((org, slug)): ApiPath<(String, String)>,
    ApiQuery(q): ApiQuery<SlotQueryParams>,
) -> Result<Response> {
    let start = q.start.as_deref().map(|s| instant("start", s)).transpose()?;
    let end = q.end.as_deref().map(|s| instant("end", s)).transpose()?;
    let now = state.now();
    let request = app::slots::check_request(&org, &slug, start, end, q.time_zone.as_deref(), now)?;
    // A range that starts "now" is a new one each time: not worth keeping.
    if start.is_none() {
        let computed = state
            .slot_cache
            .compute(&state.pool, None, (&org, &slug), request, now)
            .await?;
        return Ok(Json(computed.list).into_response());
    }
    // The cache hands over the list's JSON as it keeps it, sent without another look.
    let body = state.slot_cache.list(&state.pool, &org, &slug, request, now).await?;
    Ok((
        [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))],
        body,
    )
        .into_response())
}

/// Books a slot. With an `Idempotency-Key` header, retries get the first response back.
#[utoipa::path(post, path = "/v1/public/event-types/{org}/{slug}/bookings", tag = "public", request_body = BookingRequest,
    params(
        ("org" = String, Path, description = "Organisation slug"),
        ("slug" = String, Path, description = "Event type slug"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe: the first response is replayed")
    ),
    responses(
        (status = 201, body = Booking),
        (status = 404, body = Problem),
        (status = 409, description = "The slot was taken meanwhile", body = Problem),
        (status = 422, description = "The time is not bookable (reason says why) or a field is invalid", body = Problem),
        (status = 429, description = "Too many bookings from this address or for this e-mail address (Retry-After)", body = Problem)
    ))]
pub async fn book(
    State(state): State<AppState>,
    client: ClientAddress,
    ApiPath((org, slug)): ApiPath<(String, String)>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<BookingRequest>,
) -> Result<Response> {
    let key = match headers.get("idempotency-key") {
        None => None,
        Some(value) => Some(value.to_str().map_err(|_| Error::BadRequest {
            code: ProblemCode::InvalidIdempotencyKey,
            message: "Idempotency-Key must be visible ASCII".to_owned(),
        })?),
    };
    state.limiter.booking(&client, &body.email, state.now()).await?;
    Ok(
        match app::bookings::book(&state.pool, &state.waker, &org, &slug, body, key, state.now()).await? {
            Booked::New(booking) => (StatusCode::CREATED, Json(booking)).into_response(),
            Booked::Replayed { status, body } => {
                let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
                let mut response = (status, Json(body)).into_response();
                response
                    .headers_mut()
                    .insert("idempotent-replayed", HeaderValue::from_static("true"));
                response
            }
        },
    )
}

/// The booking behind an invitee's link.
#[utoipa::path(get, path = "/v1/public/bookings/{uid}", tag = "public",
    params(("uid" = String, Path, description = "The booking's invitee uid")),
    responses((status = 200, body = Booking), (status = 404, body = Problem)))]
pub async fn booking(State(state): State<AppState>, ApiPath(uid): ApiPath<String>) -> Result<Json<Booking>> {
    Ok(Json(app::bookings::get_by_uid(&state.pool, &uid).await?))
}

/// The booking's calendar invite (iCalendar), for the invitee to add to their calendar.
#[utoipa::path(get, path = "/v1/public/bookings/{uid}/invite.ics", tag = "public",
    params(("uid" = String, Path, description = "The booking's invitee uid")),
    responses((status = 200, description = "The invite", content_type = "text/calendar", body = String), (status = 404, body = Problem)))]
pub async fn invite(State(state): State<AppState>, ApiPath(uid): ApiPath<String>) -> Result<Response> {
    Ok(super::bookings::calendar(
        app::invites::invite_by_uid(&state.pool, &uid).await?,
    ))
}

/// The invitee cancels their booking.
#[utoipa::path(post, path = "/v1/public/bookings/{uid}/cancel", tag = "public", request_body = CancelRequest,
    params(("uid" = String, Path, description = "The booking's invitee uid")),
    responses((status = 200, body = Booking), (status = 404, body = Problem), (status = 409, body = Problem),
        (status = 429, description = "Too many changes to this booking or from this address (Retry-After)", body = Problem)))]
pub async fn cancel(
    State(state): State<AppState>,
    client: ClientAddress,
    ApiPath(uid): ApiPath<String>,
    OptionalJson(body): OptionalJson<CancelRequest>,
) -> Result<Json<Booking>> {
    state.limiter.change(&client, &uid, state.now()).await?;
    Ok(Json(
        app::bookings::cancel_by_uid(&state.pool, &uid, body.reason.as_deref(), state.now()).await?,
    ))
}

/// The invitee moves their booking to another free slot.
#[utoipa::path(post, path = "/v1/public/bookings/{uid}/reschedule", tag = "public", request_body = RescheduleRequest,
    params(("uid" = String, Path, description = "The booking's invitee uid")),
    responses((status = 200, body = Booking), (status = 404, body = Problem), (status = 409, body = Problem), (status = 422, body = Problem),
        (status = 429, description = "Too many changes to this booking or from this address (Retry-After)", body = Problem)))]
pub async fn reschedule(
    State(state): State<AppState>,
    client: ClientAddress,
    ApiPath(uid): ApiPath<String>,
    ApiJson(body): ApiJson<RescheduleRequest>,
) -> Result<Json<Booking>> {
    state.limiter.change(&client, &uid, state.now()).await?;
    Ok(Json(
        app::bookings::reschedule_by_uid(&state.pool, &uid, body.start, state.now()).await?,
    ))
}
