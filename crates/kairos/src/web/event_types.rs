//! Event types: the list with each one's public link, a form to create one (hosted by the
//! logged-in host) and the same form to edit it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

use kairos_core::HostMode;
use serde::Deserialize;

use super::Nav;
use super::dashboard::event_types;
use super::render::{FieldErrors, WebError, page};
use super::session::{Posted, Signed};
use crate::app;
use crate::app::ProblemCode;
use crate::app::event_types::EventTypeInput;
use crate::ids::{EventTypeId, HostId, OrgId};
use crate::state::AppState;
use crate::store::PageRequest;

/// The form's fields, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EventTypeForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    duration_minutes: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    description: String,
    /// `single`, `collective` or `round_robin`.
    #[serde(default)]
    kind: String,
    /// Checked hosts arrive as `host_<id>=on`.
    #[serde(flatten)]
    rest: HashMap<String, String>,
}

impl EventTypeForm {
    fn chosen_hosts(&self) -> Vec<HostId> {
        let mut hosts: Vec<HostId> = self
            .rest
            .keys()
            .filter_map(|k| k.strip_prefix("host_"))
            .filter_map(|id| id.parse().ok())
            .collect();
        hosts.sort();
        hosts
    }
}

/// A host of the organisation as a checkbox of the form.
#[derive(Debug, Clone)]
struct HostChoice {
    id: String,
    name: String,
    checked: bool,
}

const KINDS: [(&str, &str); 3] = [
    ("single", "One host"),
    ("collective", "Collective: every chosen host attends"),
    ("round_robin", "Round robin: one free host, taking turns"),
];

/// The organisation's hosts, those of `chosen` checked.
async fn host_choices(state: &AppState, org: OrgId, chosen: &[HostId]) -> Result<Vec<HostChoice>, WebError> {
    Ok(app::hosts::list(&state.pool, org, PageRequest::first(100))
        .await?
        .data
        .into_iter()
        .map(|h| HostChoice {
            checked: chosen.contains(&h.id),
            id: h.id.to_string(),
            name: h.name,
        })
        .collect())
}

#[derive(Debug, Clone)]
struct Item {
    id: String,
    title: String,
    duration: i32,
    link: String,
}

#[derive(Template)]
#[template(path = "event_types.html")]
struct ListPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    items: Vec<Item>,
    form: EventTypeForm,
    errors: FieldErrors,
    hosts: Vec<HostChoice>,
    kinds: [(&'static str, &'static str); 3],
}

#[derive(Template)]
#[template(path = "event_type_edit.html")]
struct EditPage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    id: String,
    link: String,
    form: EventTypeForm,
    errors: FieldErrors,
    saved: bool,
    hosts: Vec<HostChoice>,
    kinds: [(&'static str, &'static str); 3],
}

fn input(form: &EventTypeForm) -> Result<EventTypeInput, FieldErrors> {
    let duration = form.duration_minutes.trim().parse::<i32>().map_err(|_| {
        let mut errors = FieldErrors::default();
        errors.add("duration_minutes", "the duration must be a whole number of minutes");
        errors
    })?;
    let kind = match form.kind.as_str() {
        "" => None,
        name => Some(
            serde_json::from_value::<HostMode>(serde_json::Value::from(name)).map_err(|_| {
                let mut errors = FieldErrors::default();
                errors.add("kind", "choose how the hosts take part");
                errors
            })?,
        ),
    };
    let hosts = form.chosen_hosts();
    Ok(EventTypeInput {
        kind,
        hosts: Some(hosts),
        slug: Some(form.slug.trim().to_owned()),
        title: Some(form.title.clone()),
        duration_minutes: Some(duration),
        location: Some(form.location.clone()),
        description: Some(form.description.clone()),
        ..EventTypeInput::default()
    })
}

async fn list_page(
    state: &AppState,
    signed: &Signed,
    form: EventTypeForm,
    errors: FieldErrors,
) -> Result<Response, WebError> {
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let items = event_types(state, signed.user.org_id)
        .await?
        .into_iter()
        .map(|t| Item {
            id: t.id.to_string(),
            link: format!("/book/{}/{}", signed.user.org_slug, t.slug),
            title: t.title,
            duration: t.duration_minutes,
        })
        .collect();
    let chosen = form.chosen_hosts();
    let chosen = if chosen.is_empty() {
        vec![signed.user.host_id]
    } else {
        chosen
    };
    let body = ListPage {
        title: "Event types".to_owned(),
        nav: Nav::of(signed, "event-types"),
        csrf: signed.csrf.clone(),
        items,
        hosts: host_choices(state, signed.user.org_id, &chosen).await?,
        kinds: KINDS,
        form,
        errors,
    };
    Ok(page(status, &body))
}

pub async fn list(State(state): State<AppState>, signed: Signed) -> Result<Response, WebError> {
    let form = EventTypeForm {
        duration_minutes: "30".to_owned(),
        kind: "single".to_owned(),
        ..EventTypeForm::default()
    };
    list_page(&state, &signed, form, FieldErrors::default()).await
}

fn field_of_conflict(err: &app::Error) -> &'static str {
    match err {
        app::Error::Conflict {
            code: ProblemCode::SlugTaken,
            ..
        } => "slug",
        _ => "title",
    }
}

pub async fn create(State(state): State<AppState>, posted: Posted<EventTypeForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let form = posted.form;
    let mut fields = match input(&form) {
        Ok(f) => f,
        Err(errors) => return list_page(&state, &signed, form, errors).await,
    };
    if fields.hosts.as_ref().is_none_or(Vec::is_empty) {
        fields.hosts = Some(vec![signed.user.host_id]);
    }
    match app::event_types::create(&state.pool, signed.user.org_id, fields).await {
        Ok(created) => Ok(Redirect::to(&format!("/app/event-types/{}", created.id)).into_response()),
        Err(err) => {
            let field = field_of_conflict(&err);
            list_page(&state, &signed, form, FieldErrors::from_app(err, field)?).await
        }
    }
}

fn parse_id(id: &str) -> Result<EventTypeId, WebError> {
    id.parse()
        .map_err(|_| WebError::App(app::Error::NotFound("event type")))
}

async fn edit_page(
    state: &AppState,
    signed: &Signed,
    id: EventTypeId,
    form: Option<EventTypeForm>,
    errors: FieldErrors,
    saved: bool,
) -> Result<Response, WebError> {
    let current = app::event_types::get(&state.pool, signed.user.org_id, id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let chosen = form
        .as_ref()
        .map_or_else(|| current.hosts.clone(), EventTypeForm::chosen_hosts);
    let hosts = host_choices(state, signed.user.org_id, &chosen).await?;
    let body = EditPage {
        hosts,
        kinds: KINDS,
        title: format!("Edit {}", current.title),
        nav: Nav::of(signed, "event-types"),
        csrf: signed.csrf.clone(),
        id: id.to_string(),
        link: format!("/book/{}/{}", signed.user.org_slug, current.slug),
        form: form.unwrap_or(EventTypeForm {
            slug: current.slug.into(),
            title: current.title,
            duration_minutes: current.duration_minutes.to_string(),
            location: current.location,
            description: current.description,
            kind: serde_json::to_value(current.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            rest: HashMap::new(),
        }),
        errors,
        saved,
    };
    Ok(page(status, &body))
}

pub async fn edit(State(state): State<AppState>, signed: Signed, Path(id): Path<String>) -> Result<Response, WebError> {
    edit_page(&state, &signed, parse_id(&id)?, None, FieldErrors::default(), false).await
}

pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted<EventTypeForm>,
) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let id = parse_id(&id)?;
    let form = posted.form;
    let fields = match input(&form) {
        Ok(f) => f,
        Err(errors) => return edit_page(&state, &signed, id, Some(form), errors, false).await,
    };
    match app::event_types::update(&state.pool, signed.user.org_id, id, fields).await {
        Ok(_) => edit_page(&state, &signed, id, None, FieldErrors::default(), true).await,
        Err(app::Error::NotFound(what)) => Err(app::Error::NotFound(what).into()),
        Err(err) => {
            let field = field_of_conflict(&err);
            edit_page(
                &state,
                &signed,
                id,
                Some(form),
                FieldErrors::from_app(err, field)?,
                false,
            )
            .await
        }
    }
}
