//! Extractors that turn every way a request can be wrong into a problem+json that names the
//! problem: JSON bodies and query strings are parsed with the path of the offending field,
//! ids in paths are typed, and API keys are resolved to the caller's organisation.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::{header, request::Parts};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;

use crate::app::ProblemCode;
use crate::app::{self, Error};
use crate::ids::OrgId;
use crate::state::AppState;

/// A JSON body, refused with 415 (wrong type), 413 (too large), 400 (not JSON) or 422 (a field
/// is wrong, named by its path).
#[derive(Debug, Clone)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Error> {
        let (is_json, bytes) = read_body(req, state).await?;
        if !is_json {
            return Err(Error::UnsupportedMediaType);
        }
        parse_json(&bytes).map(ApiJson)
    }
}

/// A JSON body that may be left out entirely (then `T::default()`).
#[derive(Debug, Clone)]
pub struct OptionalJson<T>(pub T);

impl<T: DeserializeOwned + Default> FromRequest<AppState> for OptionalJson<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Error> {
        let (is_json, bytes) = read_body(req, state).await?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(OptionalJson(T::default()));
        }
        if !is_json {
            return Err(Error::UnsupportedMediaType);
        }
        parse_json(&bytes).map(OptionalJson)
    }
}

/// The body, within the configured size limit, and whether it is declared as JSON.
async fn read_body(req: Request, state: &AppState) -> Result<(bool, Bytes), Error> {
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|mime| {
            let mime = mime.trim();
            mime.eq_ignore_ascii_case("application/json") || mime.ends_with("+json")
        });
    let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
        if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            Error::PayloadTooLarge {
                limit: state.config.max_body_bytes,
            }
        } else {
            Error::BadRequest {
                code: ProblemCode::UnreadableBody,
                message: rejection.body_text(),
            }
        }
    })?;
    Ok((is_json, bytes))
}

fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                let detail = strip_position(&inner.to_string());
                let message = if path == "." {
                    detail
                } else {
                    format!("`{path}`: {detail}")
                };
                Error::Invalid {
                    code: ProblemCode::InvalidField,
                    field: (path != ".").then_some(path),
                    message,
                }
            }
            _ => malformed(&inner),
        }
    })?;
    de.end().map_err(|err| malformed(&err))?;
    Ok(value)
}

fn malformed(err: &serde_json::Error) -> Error {
    Error::BadRequest {
        code: ProblemCode::MalformedJson,
        message: format!("the body is not valid JSON: {err}"),
    }
}

/// serde's data errors end with "at line 1 column 42", which helps nobody reading a field name.
fn strip_position(message: &str) -> String {
    message.split(" at line ").next().unwrap_or(message).to_owned()
}

/// A query string, refused with 422 naming the parameter.
#[derive(Debug, Clone)]
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Error> {
        let query = parts.uri.query().unwrap_or_default();
        let de = serde_urlencoded::Deserializer::new(form_urlencoded_parse(query));
        serde_path_to_error::deserialize(de).map(ApiQuery).map_err(|err| {
            let path = err.path().to_string();
            Error::Invalid {
                code: ProblemCode::InvalidQuery,
                field: (path != ".").then_some(path),
                message: err.into_inner().to_string(),
            }
        })
    }
}

fn form_urlencoded_parse(query: &str) -> form_urlencoded::Parse<'_> {
    form_urlencoded::parse(query.as_bytes())
}

/// Path segments. A segment that cannot even be decoded names no resource: 404 problem+json
/// instead of axum's plain-text 400.
#[derive(Debug, Clone)]
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Error> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| ApiPath(value))
            .map_err(|_| Error::NotFound("resource"))
    }
}

/// The organisation of the API key in `Authorization: Bearer …`.
#[derive(Debug, Clone, Copy)]
pub struct Tenant(pub OrgId);

impl FromRequestParts<AppState> for Tenant {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        app::keys::authenticate(&state.pool, bearer(&parts.headers)?)
            .await
            .map(Tenant)
    }
}

/// The API key in `Authorization: Bearer …`.
pub fn bearer(headers: &axum::http::HeaderMap) -> Result<&str, Error> {
    let header = headers.get(header::AUTHORIZATION).ok_or(Error::Unauthenticated(
        "this endpoint needs an API key: `Authorization: Bearer kai_…`",
    ))?;
    header
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .ok_or(Error::Unauthenticated(
            "the Authorization header must be `Bearer <API key>`",
        ))
}

/// Parses an id from a path segment; a malformed id names nothing, so it is a 404.
pub fn id<T: std::str::FromStr>(text: &str, what: &'static str) -> Result<T, Error> {
    text.parse().map_err(|_| Error::NotFound(what))
}

/// Parses an RFC 3339 instant from a query parameter. A `+` in an offset arrives as a space
/// when the client did not percent-encode it, so that is accepted too.
pub fn instant(field: &str, text: &str) -> Result<DateTime<Utc>, Error> {
    let repaired = text.trim().replace(' ', "+");
    let parsed = DateTime::parse_from_rfc3339(&repaired)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| {
            Error::invalid(
                field,
                format!("`{field}` must be an RFC 3339 instant like 2026-12-01T09:00:00Z"),
            )
        })?;
    crate::app::validate::instant(field, parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_name_the_field() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Body {
            inner: Inner,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            count: u8,
        }
        match parse_json::<Body>(br#"{"inner": {"count": "x"}}"#) {
            Err(Error::Invalid { field, .. }) => assert_eq!(field.as_deref(), Some("inner.count")),
            other => panic!("expected an invalid field, got {other:?}"),
        }
        assert!(matches!(
            parse_json::<Body>(b"{"),
            Err(Error::BadRequest {
                code: ProblemCode::MalformedJson,
                ..
            })
        ));
        assert!(matches!(
            parse_json::<Body>(br#"{"inner": {"count": 1}} x"#),
            Err(Error::BadRequest { .. })
        ));
    }

    #[test]
    fn instants_accept_unencoded_plus() {
        let t = instant("start", "2026-12-01T09:00:00 01:00").expect("repaired");
        assert_eq!(t.to_rfc3339(), "2026-12-01T08:00:00+00:00");
        assert!(instant("start", "tomorrow").is_err());
    }
}
