//! Turning templates and errors into HTML responses: one place sets the content type and the
//! security headers (a strict Content-Security-Policy: scripts and styles only from Kairos
//! itself), renders error pages, and formats instants on a named zone's wall clock.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use kairos_core::Zone;

use crate::app;

/// An HTML page with the given status.
pub fn page(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => {
            let mut response = (status, html).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            headers.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(
                    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'",
                ),
            );
            headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
            headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(err) => {
            tracing::error!(error = %err, "rendering a page failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A page with a `Set-Cookie` header when a session was just started.
pub fn with_cookie(mut response: Response, cookie: Option<HeaderValue>) -> Response {
    if let Some(cookie) = cookie {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// Messages for form fields, shown next to the field they concern.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    #[must_use]
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, m)| m.as_str())
    }

    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push((field.to_owned(), message.into()));
    }

    pub fn extend(&mut self, other: FieldErrors) {
        self.0.extend(other.0);
    }

    #[must_use]
    pub fn into_pairs(self) -> Vec<(String, String)> {
        self.0
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A client error of the use cases as a message on its field (on `fallback` when it names
    /// none); anything else stays an error.
    pub fn from_app(err: app::Error, fallback: &str) -> Result<Self, WebError> {
        let mut errors = Self::default();
        match err {
            app::Error::Invalid { field, message, .. } => {
                let field = field.unwrap_or_else(|| fallback.to_owned());
                // Nested paths (`weekly.monday[0]`) belong to their first segment's field.
                let top = field.split(['.', '[']).next().unwrap_or(fallback).to_owned();
                errors.add(&top, message.replace('`', ""));
            }
            app::Error::Conflict { message, .. } | app::Error::Forbidden { message, .. } => {
                errors.add(fallback, message.replace('`', ""));
            }
            app::Error::Unavailable(why) => errors.add(fallback, why.to_string()),
            other => return Err(other.into()),
        }
        Ok(errors)
    }
}

/// Why a page could not be served.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error(transparent)]
    App(#[from] app::Error),
    /// The form's CSRF token is missing or does not match the session's.
    #[error("CSRF token missing or wrong")]
    Csrf,
    #[error("unreadable form")]
    BadForm,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    title: String,
    message: String,
    nav: Option<super::Nav>,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let retry_after = match &self {
            WebError::App(app::Error::RateLimited { retry_after_secs, .. }) => Some(*retry_after_secs),
            _ => None,
        };
        let (status, title, message) = match self {
            WebError::Csrf => (
                StatusCode::FORBIDDEN,
                "Form expired",
                "This form has expired or did not come from this site. Go back, reload the page and try again."
                    .to_owned(),
            ),
            WebError::BadForm => (
                StatusCode::BAD_REQUEST,
                "Unreadable form",
                "The form could not be read. Go back and try again.".to_owned(),
            ),
            WebError::App(app::Error::NotFound(what)) => (
                StatusCode::NOT_FOUND,
                "Not found",
                format!("There is no such {what} here. Check the link."),
            ),
            WebError::App(app::Error::RateLimited { retry_after_secs, .. }) => (
                StatusCode::TOO_MANY_REQUESTS,
                "Too many attempts",
                format!(
                    "There have been too many attempts from here. Try again in {} minutes.",
                    retry_after_secs.div_ceil(60)
                ),
            ),
            WebError::App(
                app::Error::Overloaded | app::Error::DatabaseUnavailable | app::Error::SessionStoreUnavailable,
            ) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "Busy",
                "Kairos is busy right now; try again in a moment.".to_owned(),
            ),
            WebError::App(err @ (app::Error::Internal(_) | app::Error::Unauthenticated(_))) => {
                tracing::error!(error = ?err, "a page failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "Something went wrong on our side. Try again in a moment.".to_owned(),
                )
            }
            WebError::App(app::Error::Forbidden { message, .. }) => {
                (StatusCode::FORBIDDEN, "Not allowed", message.replace('`', ""))
            }
            WebError::App(other) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "Not possible",
                other.to_string().replace('`', ""),
            ),
        };
        let mut response = page(
            status,
            &ErrorPage {
                title: title.to_owned(),
                message,
                nav: None,
            },
        );
        let retry_after = retry_after.or_else(|| {
            (status == StatusCode::SERVICE_UNAVAILABLE).then_some(u64::from(crate::app::error::RETRY_AFTER_SECONDS))
        });
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from(seconds));
        }
        response
    }
}

/// `Tue 1 Dec 2026, 09:30` on `zone`'s wall clock.
#[must_use]
pub fn when(at: DateTime<Utc>, zone: Zone) -> String {
    at.with_timezone(&zone.tz()).format("%a %-d %b %Y, %H:%M").to_string()
}

/// `09:30–10:00` on `zone`'s wall clock.
#[must_use]
pub fn clock_span(start: DateTime<Utc>, end: DateTime<Utc>, zone: Zone) -> String {
    let tz = zone.tz();
    format!(
        "{}–{}",
        start.with_timezone(&tz).format("%H:%M"),
        end.with_timezone(&tz).format("%H:%M")
    )
}
