//! Event types: the list with each one's public link, a form to create one (hosted by the
//! logged-in host) and the same form to edit it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::Nav;
use super::dashboard::event_types;
use super::render::{FieldErrors, WebError, page};
use super::session::{Posted, Signed};
use crate::app;
use crate::app::event_types::EventTypeInput;
use crate::http::AppState;
use crate::ids::EventTypeId;

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
}

fn input(form: &EventTypeForm) -> Result<EventTypeInput, FieldErrors> {
    let duration = form.duration_minutes.trim().parse::<i32>().map_err(|_| {
        let mut errors = FieldErrors::default();
        errors.add("duration_minutes", "the duration must be a whole number of minutes");
        errors
    })?;
    Ok(EventTypeInput {
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
    let body = ListPage {
        title: "Event types".to_owned(),
        nav: Nav::of(signed, "event-types"),
        csrf: signed.csrf.clone(),
        items,
        form,
        errors,
    };
    Ok(page(status, &body))
}

pub async fn list(State(state): State<AppState>, signed: Signed) -> Result<Response, WebError> {
    let form = EventTypeForm {
        duration_minutes: "30".to_owned(),
        ..EventTypeForm::default()
    };
    list_page(&state, &signed, form, FieldErrors::default()).await
}

fn field_of_conflict(err: &app::Error) -> &'static str {
    match err {
        app::Error::Conflict { code: "slug_taken", .. } => "slug",
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
    fields.hosts = Some(vec![signed.user.host_id]);
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
    let body = EditPage {
        title: format!("Edit {}", current.title),
        nav: Nav::of(signed, "event-types"),
        csrf: signed.csrf.clone(),
        id: id.to_string(),
        link: format!("/book/{}/{}", signed.user.org_slug, current.slug),
        form: form.unwrap_or(EventTypeForm {
            slug: current.slug,
            title: current.title,
            duration_minutes: current.duration_minutes.to_string(),
            location: current.location,
            description: current.description,
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
