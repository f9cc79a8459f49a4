//! Sessions and CSRF for the web app. The cookie holds only a random id; everything else
//! (the user, the synchroniser token) is server-side, in PostgreSQL or Redis (see
//! [`crate::state::sessions`]). Every POST goes through [`Posted`],
//! which refuses the request unless its `_csrf` field matches the session's token, so no
//! handler can forget the check.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::de::DeserializeOwned;

use super::render::WebError;
use crate::app;
use crate::state::AppState;
use crate::state::client::ClientAddress;
use crate::store::accounts::{SessionRow, SessionUser};

pub const COOKIE: &str = "kairos_session";

/// The session cookie's value in a request, if any.
fn cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

/// The `Set-Cookie` header for a session id living `ttl` (`None` clears the cookie).
pub fn set_cookie(state: &AppState, id: Option<(&str, chrono::TimeDelta)>) -> HeaderValue {
    let secure = state
        .config
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let (value, max_age) = match id {
        Some((id, ttl)) => (id, ttl.num_seconds()),
        None => ("", 0),
    };
    let text = format!(
        "{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{}",
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("kairos_session=; Max-Age=0"))
}

/// The visitor's session as found (or not) from their cookie.
#[derive(Debug, Clone)]
pub struct Session {
    pub id: Option<String>,
    pub row: Option<SessionRow>,
    /// Who is asking: new anonymous sessions are limited per client address.
    client: ClientAddress,
}

impl Session {
    async fn load(state: &AppState, extensions: &Extensions, headers: &HeaderMap) -> Result<Self, WebError> {
        let client = ClientAddress::of(extensions, headers, &state.config.trusted_proxies);
        let Some(id) = cookie(headers) else {
            return Ok(Self {
                id: None,
                row: None,
                client,
            });
        };
        let row = state.sessions.session(&id, state.now()).await?;
        Ok(Self {
            id: row.as_ref().map(|_| id),
            row,
            client,
        })
    }

    pub fn user(&self) -> Option<&SessionUser> {
        self.row.as_ref().and_then(|r| r.user.as_ref())
    }

    /// The CSRF token for a form, starting an anonymous session (and returning its cookie)
    /// when the visitor has none. New anonymous sessions are limited per client address, so a
    /// client that drops its cookies cannot fill the session store.
    pub async fn csrf(&self, state: &AppState) -> Result<(String, Option<HeaderValue>), WebError> {
        if let Some(row) = &self.row {
            return Ok((row.csrf_token.clone(), None));
        }
        state.limiter.anonymous_session(&self.client, state.now()).await?;
        let (id, csrf) = state.sessions.start(None, state.now()).await?;
        Ok((csrf, Some(set_cookie(state, Some((&id, app::accounts::ANONYMOUS_TTL))))))
    }
}

impl FromRequestParts<AppState> for Session {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WebError> {
        Session::load(state, &parts.extensions, &parts.headers).await
    }
}

/// A logged-in host: the session's id and token, and who they are.
#[derive(Debug, Clone)]
pub struct Signed {
    pub session: String,
    pub csrf: String,
    pub user: SessionUser,
}

impl Signed {
    fn of(session: Session) -> Option<Self> {
        let id = session.id?;
        let row = session.row?;
        Some(Self {
            session: id,
            csrf: row.csrf_token,
            user: row.user?,
        })
    }
}

/// Pages for hosts send everyone else to the log-in page.
#[derive(Debug)]
pub struct LogInFirst;

impl IntoResponse for LogInFirst {
    fn into_response(self) -> Response {
        Redirect::to("/login").into_response()
    }
}

impl FromRequestParts<AppState> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let session = Session::load(state, &parts.extensions, &parts.headers)
            .await
            .map_err(IntoResponse::into_response)?;
        Signed::of(session).ok_or_else(|| LogInFirst.into_response())
    }
}

/// A form POST whose CSRF token matched its session's: the session and the parsed form.
#[derive(Debug)]
pub struct Posted<T> {
    pub session: Session,
    pub form: T,
}

impl<T> Posted<T> {
    /// The logged-in host behind the form, or a redirect to the log-in page.
    pub fn signed(&self) -> Result<Signed, LogInFirst> {
        Signed::of(self.session.clone()).ok_or(LogInFirst)
    }
}

/// The fields of a form that carries nothing but its token (log out, cancel).
#[derive(Debug, serde::Deserialize)]
pub struct NoFields {}

#[derive(serde::Deserialize)]
struct Token {
    #[serde(rename = "_csrf", default)]
    csrf: String,
}

/// Equal without revealing where two tokens differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl<T: DeserializeOwned> FromRequest<AppState> for Posted<T> {
    type Rejection = WebError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, WebError> {
        let session = Session::load(state, req.extensions(), req.headers()).await?;
        let body = Bytes::from_request(req, state).await.map_err(|_| WebError::BadForm)?;
        let token: Token = serde_urlencoded::from_bytes(&body).map_err(|_| WebError::BadForm)?;
        let expected = session.row.as_ref().map(|r| r.csrf_token.as_str());
        if !expected.is_some_and(|e| !token.csrf.is_empty() && same(e, &token.csrf)) {
            return Err(WebError::Csrf);
        }
        let form = serde_urlencoded::from_bytes(&body).map_err(|_| WebError::BadForm)?;
        Ok(Self { session, form })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_session_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; kairos_session=abc; b=2"));
        assert_eq!(cookie(&headers).as_deref(), Some("abc"));
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
    }
}
