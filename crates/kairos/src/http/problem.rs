//! RFC 9457 problem details: every error leaves Kairos as `application/problem+json` with a
//! stable `code` (also the last segment of `type`), a human `detail`, and the offending
//! `field` when there is one. Internal errors are logged with their cause chain and answered
//! with a generic 500 that reveals nothing.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kairos_core::Unavailable;
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::Error;
use crate::app::ProblemCode;
pub use crate::app::error::RETRY_AFTER_SECONDS;

/// The problem+json body.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// `/problems/<code>`, a stable identifier of the problem type.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: &'static str,
    pub status: u16,
    pub detail: String,
    /// Machine-readable problem code.
    pub code: ProblemCode,
    /// The request field the problem is about, as a JSON path (`weekly.monday[0].end`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For `slot_unavailable`: why the time cannot be booked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
}

/// The stable code of a slot refusal.
#[must_use]
pub fn reason_code(reason: Unavailable) -> &'static str {
    match reason {
        Unavailable::NoHosts => "no_hosts",
        Unavailable::InPast => "in_past",
        Unavailable::TooSoon => "too_soon",
        Unavailable::BeyondHorizon => "beyond_horizon",
        Unavailable::OutsideWorkingHours => "outside_working_hours",
        Unavailable::Taken => "taken",
        Unavailable::InsideBuffer => "inside_buffer",
        Unavailable::DayFull => "day_full",
        Unavailable::OffGrid => "off_grid",
    }
}

pub fn problem(status: StatusCode, code: ProblemCode, detail: String) -> Response {
    render(status, code, detail, None, None)
}

fn render(
    status: StatusCode,
    code: ProblemCode,
    detail: String,
    field: Option<String>,
    reason: Option<&'static str>,
) -> Response {
    let body = Problem {
        kind: format!("/problems/{}", code.as_str()),
        title: status.canonical_reason().unwrap_or("Error"),
        status: status.as_u16(),
        detail,
        code,
        field,
        reason,
    };
    let mut response = (status, axum::Json(body)).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    if status == StatusCode::SERVICE_UNAVAILABLE {
        headers.insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECONDS));
    }
    if status == StatusCode::UNAUTHORIZED {
        headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    response
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let detail = self.to_string();
        let code = self.code();
        match self {
            Error::Invalid { field, .. } => render(StatusCode::UNPROCESSABLE_ENTITY, code, detail, field, None),
            Error::BadRequest { .. } => render(StatusCode::BAD_REQUEST, code, detail, None, None),
            Error::NotFound(_) => problem(StatusCode::NOT_FOUND, code, detail),
            Error::Conflict { .. } => problem(StatusCode::CONFLICT, code, detail),
            Error::Unavailable(Unavailable::Taken) => render(
                StatusCode::CONFLICT,
                code,
                "that time is already booked; choose another slot".to_owned(),
                Some("start".to_owned()),
                Some(reason_code(Unavailable::Taken)),
            ),
            Error::Unavailable(reason) => render(
                StatusCode::UNPROCESSABLE_ENTITY,
                code,
                detail,
                Some("start".to_owned()),
                Some(reason_code(reason)),
            ),
            Error::Forbidden { .. } => problem(StatusCode::FORBIDDEN, code, detail),
            Error::Upstream { .. } => problem(StatusCode::BAD_GATEWAY, code, detail),
            Error::Unauthenticated(_) => problem(StatusCode::UNAUTHORIZED, code, detail),
            Error::PayloadTooLarge { .. } => problem(StatusCode::PAYLOAD_TOO_LARGE, code, detail),
            Error::UnsupportedMediaType => problem(StatusCode::UNSUPPORTED_MEDIA_TYPE, code, detail),
            Error::Overloaded => problem(StatusCode::SERVICE_UNAVAILABLE, code, detail),
            Error::DatabaseUnavailable => problem(StatusCode::SERVICE_UNAVAILABLE, code, detail),
            Error::SessionStoreUnavailable => problem(StatusCode::SERVICE_UNAVAILABLE, code, detail),
            Error::RateLimited { retry_after_secs, .. } => {
                let mut response = problem(StatusCode::TOO_MANY_REQUESTS, code, detail);
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
                response
            }
            Error::Internal(err) => {
                tracing::error!(error = ?err, "internal error");
                problem(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    code,
                    "something went wrong on our side".to_owned(),
                )
            }
        }
    }
}
