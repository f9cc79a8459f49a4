//! Adding a CalDAV account in the web app, in two steps: the server's address and the login,
//! from which Kairos discovers the account's calendars (RFC 6764); then the host ticks the
//! calendars that keep them busy and, if they like, the one that receives their bookings.
//! The password goes back to the host's own browser in the second step (the form posts it
//! again) and is sealed at rest once a calendar is added; it is never shown.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::Nav;
use super::calendars::calendars_page;
use super::render::{FieldErrors, WebError, page};
use super::session::{Posted, Signed};
use crate::app;
use crate::app::calendar_sources::{CalDavAccount, NewCalendarSource};
use crate::state::AppState;

/// Calendars one account may offer in the second step, at most.
const MAX_FOUND: usize = 50;

#[derive(Debug, Deserialize)]
pub struct AccountForm {
    #[serde(default)]
    url: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    /// Checkboxes: present when ticked.
    all_day_busy: Option<String>,
    show_titles: Option<String>,
    /// The second step's choices: `calendar_<i>` (an address), `name_<i>`, `busy_<i>` (ticked)
    /// and `receiver` (the `<i>` of the calendar that receives bookings).
    #[serde(flatten)]
    chosen: HashMap<String, String>,
}

#[derive(Debug, Clone)]
struct Choice {
    index: usize,
    url: String,
    name: String,
}

#[derive(Template)]
#[template(path = "caldav_choose.html")]
struct ChoosePage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    url: String,
    username: String,
    password: String,
    all_day_busy: bool,
    show_titles: bool,
    calendars: Vec<Choice>,
    error: Option<String>,
}

/// `POST /app/calendars/caldav`: discovers the account's calendars, or adds the chosen ones.
pub async fn add(State(state): State<AppState>, posted: Posted<AccountForm>) -> Result<Response, WebError> {
    let signed = match posted.signed() {
        Ok(s) => s,
        Err(redirect) => return Ok(redirect.into_response()),
    };
    let form = posted.form;
    if form.chosen.keys().any(|k| k.starts_with("calendar_")) {
        return add_chosen(&state, &signed, form).await;
    }
    let account = CalDavAccount {
        url: form.url.clone(),
        username: form.username.clone(),
        password: form.password.clone(),
    };
    let allow_private = state.config.calendar_allow_private_addresses;
    let found = match app::calendar_sources::discover(&state.feeds, allow_private, &account).await {
        Ok(found) => found.calendars,
        Err(err) => return account_error(&state, &signed, err).await,
    };
    let calendars: Vec<Choice> = found
        .into_iter()
        .filter(|c| c.events)
        .take(MAX_FOUND)
        .enumerate()
        .map(|(index, c)| Choice {
            index,
            name: if c.name.trim().is_empty() {
                format!("Calendar {}", index + 1)
            } else {
                c.name
            },
            url: c.url,
        })
        .collect();
    if calendars.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add("caldav", "the account has no calendar with events".to_owned());
        return calendars_page(&state, &signed, errors, None).await;
    }
    Ok(choose_page(&signed, &form, calendars, None, StatusCode::OK))
}

fn choose_page(
    signed: &Signed,
    form: &AccountForm,
    calendars: Vec<Choice>,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let body = ChoosePage {
        title: "Choose calendars".to_owned(),
        nav: Nav::of(signed, "calendars"),
        csrf: signed.csrf.clone(),
        url: form.url.clone(),
        username: form.username.clone(),
        password: form.password.clone(),
        all_day_busy: form.all_day_busy.is_some(),
        show_titles: form.show_titles.is_some(),
        calendars,
        error,
    };
    page(status, &body)
}

/// The second step: every ticked calendar becomes a source of the host's.
async fn add_chosen(state: &AppState, signed: &Signed, form: AccountForm) -> Result<Response, WebError> {
    let offered: Vec<Choice> = (0..MAX_FOUND)
        .filter_map(|index| {
            let url = form.chosen.get(&format!("calendar_{index}"))?.clone();
            let name = form
                .chosen
                .get(&format!("name_{index}"))
                .cloned()
                .unwrap_or_else(|| format!("Calendar {}", index + 1));
            Some(Choice { index, url, name })
        })
        .collect();
    let receiver = form.chosen.get("receiver").and_then(|r| r.parse::<usize>().ok());
    let mut ticked: Vec<&Choice> = offered
        .iter()
        .filter(|c| form.chosen.contains_key(&format!("busy_{}", c.index)) || receiver == Some(c.index))
        .collect();
    // The receiving calendar first: the one that can be refused (a host has one) refuses
    // before any other is added.
    ticked.sort_by_key(|c| receiver != Some(c.index));
    if ticked.is_empty() {
        let error = Some("Tick at least one calendar.".to_owned());
        return Ok(choose_page(
            signed,
            &form,
            offered.clone(),
            error,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let allow_private = state.config.calendar_allow_private_addresses;
    let (org, host) = (signed.user.org_id, signed.user.host_id);
    for choice in ticked {
        let new = NewCalendarSource {
            name: choice.name.clone(),
            url: None,
            caldav: Some(CalDavAccount {
                url: choice.url.clone(),
                username: form.username.clone(),
                password: form.password.clone(),
            }),
            all_day_busy: form.all_day_busy.is_some(),
            receives_bookings: receiver == Some(choice.index),
            show_titles: form.show_titles.is_some(),
        };
        if let Err(err) =
            app::calendar_sources::add(&state.pool, &state.keyring, allow_private, org, host, new, state.now()).await
        {
            return account_error(state, signed, err).await;
        }
    }
    Ok(Redirect::to("/app/calendars").into_response())
}

/// The calendars page with the account's problem beside its form: a refused login or address,
/// or a server that failed.
async fn account_error(state: &AppState, signed: &Signed, err: app::Error) -> Result<Response, WebError> {
    let errors = match err {
        app::Error::Upstream { message, .. } => {
            let mut errors = FieldErrors::default();
            errors.add("caldav", message);
            errors
        }
        other => FieldErrors::from_app(other, "caldav")?,
    };
    calendars_page(state, signed, errors, None).await
}
