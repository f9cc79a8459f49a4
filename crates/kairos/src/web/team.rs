//! The organisation's people and API access: the hosts, a form to invite a colleague (a new
//! host with a login and a first password shown once), and the API keys (created with their
//! secret shown once, revoked with a button).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::Nav;
use super::render::{FieldErrors, WebError, page, when};
use super::session::{NoFields, Posted, Signed};
use crate::app;
use crate::ids::ApiKeyId;
use crate::state::AppState;
use crate::store::PageRequest;

#[derive(Debug, Clone, Default, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    time_zone: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct KeyForm {
    #[serde(default)]
    key_name: String,
}

#[derive(Debug, Clone)]
struct KeyRow {
    id: String,
    name: String,
    prefix: String,
    created: String,
    revoked: bool,
}

/// What was just created and is shown this once.
#[derive(Debug, Clone, Default)]
struct ShownOnce {
    invited: Option<(String, String)>,
    secret: Option<String>,
}

#[derive(Template)]
#[template(path = "team.html")]
struct TeamPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    zone: String,
    hosts: Vec<(String, String, String)>,
    keys: Vec<KeyRow>,
    form: InviteForm,
    errors: FieldErrors,
    shown: ShownOnce,
}

async fn team_page(
    state: &AppState,
    signed: &Signed,
    form: InviteForm,
    errors: FieldErrors,
    shown: ShownOnce,
) -> Result<Response, WebError> {
    let org = signed.user.org_id;
    let zone = super::dashboard::host_zone(state, org, signed.user.host_id).await?;
    let hosts = app::hosts::list(&state.pool, org, PageRequest::first(100))
        .await?
        .data
        .into_iter()
        .map(|h| (h.name, h.email.into(), h.time_zone.name().to_owned()))
        .collect();
    let keys = app::keys::list(&state.pool, org, PageRequest::first(100))
        .await?
        .data
        .into_iter()
        .map(|k| KeyRow {
            id: k.id.to_string(),
            name: k.name,
            prefix: k.prefix,
            created: when(k.created_at, zone),
            revoked: k.revoked_at.is_some(),
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = TeamPage {
        title: "Team and API keys".to_owned(),
        nav: Nav::of(signed, "team"),
        csrf: signed.csrf.clone(),
        zone: zone.name().to_owned(),
        hosts,
        keys,
        form,
        errors,
        shown,
    };
    Ok(page(status, &body))
}

pub async fn show(State(state): State<AppState>, signed: Signed) -> Result<Response, WebError> {
    team_page(
        &state,
        &signed,
        InviteForm::default(),
        FieldErrors::default(),
        ShownOnce::default(),
    )
    .await
}

pub async fn invite(State(state): State<AppState>, posted: Posted<InviteForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let form = posted.form;
    match app::accounts::invite(
        &state.pool,
        signed.user.org_id,
        &form.name,
        &form.email,
        &form.time_zone,
    )
    .await
    {
        Ok(invited) => {
            let shown = ShownOnce {
                invited: Some((invited.host.email.into(), invited.password)),
                secret: None,
            };
            team_page(&state, &signed, InviteForm::default(), FieldErrors::default(), shown).await
        }
        Err(err) => {
            let errors = FieldErrors::from_app(err, "email")?;
            team_page(&state, &signed, form, errors, ShownOnce::default()).await
        }
    }
}

pub async fn create_key(State(state): State<AppState>, posted: Posted<KeyForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    match app::keys::create(&state.pool, signed.user.org_id, &posted.form.key_name, None).await {
        Ok(created) => {
            let shown = ShownOnce {
                invited: None,
                secret: Some(created.secret),
            };
            team_page(&state, &signed, InviteForm::default(), FieldErrors::default(), shown).await
        }
        Err(err) => {
            let mut errors = FieldErrors::default();
            for (_, message) in FieldErrors::from_app(err, "key_name")?.into_pairs() {
                errors.add("key_name", message);
            }
            team_page(&state, &signed, InviteForm::default(), errors, ShownOnce::default()).await
        }
    }
}

pub async fn revoke_key(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<NoFields>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let id: ApiKeyId = id.parse().map_err(|_| app::Error::NotFound("API key"))?;
    let errors = match app::keys::revoke(&state.pool, signed.user.org_id, id).await {
        Ok(()) => FieldErrors::default(),
        Err(app::Error::NotFound(what)) => return Err(app::Error::NotFound(what).into()),
        Err(err) => {
            let mut errors = FieldErrors::default();
            for (_, message) in FieldErrors::from_app(err, "keys")?.into_pairs() {
                errors.add("keys", message);
            }
            errors
        }
    };
    team_page(&state, &signed, InviteForm::default(), errors, ShownOnce::default()).await
}
