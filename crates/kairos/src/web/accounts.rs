//! Sign-up, log-in, log-out and password change. Logging in (or signing up) replaces the
//! visitor's anonymous session with a new one, so a session id planted before log-in is
//! worthless after it.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::Nav;
use super::render::{FieldErrors, WebError, page, with_cookie};
use super::session::{Posted, Session, Signed, set_cookie};
use crate::app;
use crate::app::ProblemCode;
use crate::app::accounts::{LogIn, SignUp};
use crate::ids::UserId;
use crate::state::AppState;
use crate::state::client::ClientAddress;
use axum::extract::{Query, State};

#[derive(Template)]
#[template(path = "signup.html")]
struct SignUpPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    form: SignUp,
    errors: FieldErrors,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LogInPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    organization: String,
    email: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    errors: FieldErrors,
    done: bool,
}

/// Sign-up follows the API's switch (`KAIROS_ALLOW_SIGNUP`).
fn signup_open(state: &AppState) -> Result<(), WebError> {
    if state.config.allow_signup {
        Ok(())
    } else {
        Err(WebError::App(app::Error::Forbidden {
            code: ProblemCode::SignupClosed,
            message: "Sign-up is closed on this Kairos; ask your organisation's host to invite you.".to_owned(),
        }))
    }
}

pub async fn sign_up_page(State(state): State<AppState>, session: Session) -> Result<Response, WebError> {
    signup_open(&state)?;
    if session.user().is_some() {
        return Ok(Redirect::to("/app").into_response());
    }
    let (csrf, cookie) = session.csrf(&state).await?;
    let body = SignUpPage {
        title: "Sign up".to_owned(),
        nav: None,
        csrf,
        form: SignUp::default(),
        errors: FieldErrors::default(),
    };
    Ok(with_cookie(page(StatusCode::OK, &body), cookie))
}

/// Ends the visitor's current session and starts a logged-in one.
async fn logged_in(state: &AppState, old: &Session, user: UserId) -> Result<Response, WebError> {
    if let Some(id) = &old.id {
        state.sessions.end(id).await?;
    }
    let (id, _) = state.sessions.start(Some(user), state.now()).await?;
    Ok(with_cookie(
        Redirect::to("/app").into_response(),
        Some(set_cookie(state, Some((&id, app::accounts::SESSION_TTL)))),
    ))
}

pub async fn sign_up(State(state): State<AppState>, posted: Posted<SignUp>) -> Result<Response, WebError> {
    signup_open(&state)?;
    let Posted { session, form } = posted;
    match app::accounts::sign_up(&state.pool, form.clone()).await {
        Ok(user) => logged_in(&state, &session, user.id).await,
        Err(err) => {
            let field = match &err {
                app::Error::Conflict {
                    code: ProblemCode::EmailTaken,
                    ..
                } => "email",
                _ => "slug",
            };
            let errors = FieldErrors::from_app(err, field)?;
            let (csrf, _) = session.csrf(&state).await?;
            let body = SignUpPage {
                title: "Sign up".to_owned(),
                nav: None,
                csrf,
                form: SignUp {
                    password: String::new(),
                    ..form
                },
                errors,
            };
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, &body))
        }
    }
}

/// `/login?org=<address>` fills in the organisation, for links from an organisation's pages.
#[derive(Debug, Default, serde::Deserialize)]
pub struct LogInQuery {
    #[serde(default)]
    org: String,
}

pub async fn log_in_page(
    State(state): State<AppState>,
    Query(query): Query<LogInQuery>,
    session: Session,
) -> Result<Response, WebError> {
    if session.user().is_some() {
        return Ok(Redirect::to("/app").into_response());
    }
    let (csrf, cookie) = session.csrf(&state).await?;
    let body = LogInPage {
        title: "Log in".to_owned(),
        nav: None,
        csrf,
        organization: query.org.chars().take(100).collect(),
        email: String::new(),
        error: None,
    };
    Ok(with_cookie(page(StatusCode::OK, &body), cookie))
}

#[derive(Debug, serde::Deserialize)]
pub struct LogInForm {
    /// The organisation's address, needed only when the e-mail has logins in several.
    #[serde(default)]
    organization: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn log_in(
    State(state): State<AppState>,
    client: ClientAddress,
    posted: Posted<LogInForm>,
) -> Result<Response, WebError> {
    let Posted { session, form } = posted;
    state.limiter.log_in(&client, &form.email, state.now()).await?;
    let client = client.key();
    let (status, error) = match app::accounts::log_in(
        &state.pool,
        &form.organization,
        &form.email,
        &form.password,
        &client,
        state.now(),
    )
    .await?
    {
        LogIn::Ok(user) => return logged_in(&state, &session, user.id).await,
        LogIn::Refused => (
            StatusCode::UNAUTHORIZED,
            "Wrong e-mail address or password. If your address belongs to several organisations, \
                 give the organisation's address too."
                .to_owned(),
        ),
        LogIn::Locked => (
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "Too many failed log-ins for this account from your address. Wait {} minutes and try again.",
                app::accounts::LOCKOUT_WINDOW.num_minutes()
            ),
        ),
    };
    let (csrf, _) = session.csrf(&state).await?;
    let body = LogInPage {
        title: "Log in".to_owned(),
        nav: None,
        csrf,
        organization: form.organization,
        email: form.email,
        error: Some(error),
    };
    Ok(page(status, &body))
}

pub async fn log_out(
    State(state): State<AppState>,
    posted: Posted<super::session::NoFields>,
) -> Result<Response, WebError> {
    if let Some(id) = &posted.session.id {
        state.sessions.end(id).await?;
    }
    Ok(with_cookie(
        Redirect::to("/login").into_response(),
        Some(set_cookie(&state, None)),
    ))
}

pub async fn password_page(signed: Signed) -> Response {
    let body = PasswordPage {
        title: "Change password".to_owned(),
        nav: Nav::of(&signed, "password"),
        csrf: signed.csrf.clone(),
        errors: FieldErrors::default(),
        done: false,
    };
    page(StatusCode::OK, &body)
}

#[derive(Debug, serde::Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    posted: Posted<PasswordForm>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let user = &signed.user;
    let result = app::accounts::change_password(
        &state.pool,
        user.org_id,
        user.id,
        &posted.form.current,
        &posted.form.new,
    )
    .await;
    // A new password ends the user's other sessions (a thief's, say), wherever they are kept.
    let result = match result {
        Ok(()) => state.sessions.end_others(user.id, &signed.session).await,
        Err(err) => Err(err),
    };
    let (status, errors, done) = match result {
        Ok(()) => (StatusCode::OK, FieldErrors::default(), true),
        Err(err) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FieldErrors::from_app(err, "new")?,
            false,
        ),
    };
    let body = PasswordPage {
        title: "Change password".to_owned(),
        nav: Nav::of(&signed, "password"),
        csrf: signed.csrf.clone(),
        errors,
        done,
    };
    Ok(page(status, &body))
}
