//! The invitee's pages: an event type's booking page (a month of free days, the chosen day's
//! times in the visitor's zone), the details form, and the booking link's page with the
//! calendar file, cancel and reschedule. A time taken meanwhile re-shows fresh times with a
//! message instead of an error page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, TimeDelta, Utc};
use kairos_core::{Unavailable, Zone};
use serde::Deserialize;

use super::Nav;
use super::calendar::{self, Calendar};
use super::render::{FieldErrors, WebError, clock_span, page, when, with_cookie};
use super::session::{Posted, Session, Signed};
use crate::app::bookings::{Booked, BookingRequest};
use crate::app::slots::PublicEventType;
use crate::app::{self, Error};
use crate::ids::{BookingId, OrgId};
use crate::model::BookingStatus;
use crate::state::AppState;
use crate::state::client::ClientAddress;

const TAKEN: &str = "Sorry, that time was just taken by someone else. Here are the times still free.";

#[derive(Debug, Default, Deserialize)]
pub struct MonthQuery {
    tz: Option<String>,
    month: Option<String>,
    date: Option<String>,
}

#[derive(Template)]
#[template(path = "book.html")]
struct BookPage {
    title: String,
    nav: Option<Nav>,
    event: PublicEventType,
    base: String,
    cal: Calendar,
    message: Option<String>,
    /// The URL named no zone: the page's script reloads it with the browser's.
    ask_zone: bool,
}

/// The visitor's zone: the one asked for if it exists, else the first host's (the page's
/// script then asks again with the browser's zone).
fn visitor_zone(tz: Option<&str>) -> Option<Zone> {
    tz.and_then(|t| Zone::parse(t).ok())
}

async fn booking_page_with(
    state: &AppState,
    org: &str,
    slug: &str,
    q: &MonthQuery,
    message: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let zone = match visitor_zone(q.tz.as_deref()) {
        Some(z) => z,
        None => {
            let (org_id, event_type) = app::event_types::public(&state.pool, org, slug).await?;
            match event_type.hosts.first().copied() {
                Some(h) => app::hosts::get(&state.pool, org_id, h).await?.time_zone,
                None => Zone::UTC,
            }
        }
    };
    let (cal, event) = calendar::month(
        state,
        org,
        slug,
        zone,
        q.month.as_deref(),
        q.date.as_deref(),
        state.now(),
    )
    .await?;
    let body = BookPage {
        title: format!("Book {}", event.title),
        nav: None,
        base: format!("/book/{org}/{slug}"),
        event,
        cal,
        message,
        ask_zone: q.tz.is_none(),
    };
    Ok(page(status, &body))
}

pub async fn booking_page(
    State(state): State<AppState>,
    Path((org, slug)): Path<(String, String)>,
    Query(q): Query<MonthQuery>,
) -> Result<Response, WebError> {
    booking_page_with(&state, &org, &slug, &q, None, StatusCode::OK).await
}

#[derive(Debug, Deserialize)]
pub struct DetailsQuery {
    start: String,
    tz: Option<String>,
}

#[derive(Template)]
#[template(path = "details.html")]
struct DetailsPage {
    title: String,
    nav: Option<Nav>,
    event: PublicEventType,
    base: String,
    csrf: String,
    start: String,
    when: String,
    zone: String,
    zone_q: String,
    name: String,
    email: String,
    notes: String,
    errors: FieldErrors,
}

fn instant(text: &str) -> Result<DateTime<Utc>, WebError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| WebError::App(Error::invalid("start", "the chosen time is not valid")))
        .and_then(|t| Ok(app::validate::instant("start", t)?))
}

struct Details<'a> {
    org: &'a str,
    slug: &'a str,
    start: DateTime<Utc>,
    zone: Zone,
    name: String,
    email: String,
    notes: String,
}

async fn details_page(
    state: &AppState,
    csrf: String,
    d: Details<'_>,
    errors: FieldErrors,
) -> Result<DetailsPage, WebError> {
    let (_, event_type) = app::event_types::public(&state.pool, d.org, d.slug).await?;
    let event = PublicEventType::of(d.org, &event_type);
    let end = d.start + TimeDelta::minutes(i64::from(event.duration_minutes));
    Ok(DetailsPage {
        title: format!("Your details · {}", event.title),
        nav: None,
        base: format!("/book/{}/{}", d.org, d.slug),
        csrf,
        start: d.start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        when: format!(
            "{} {}",
            when(d.start, d.zone).split(", ").next().unwrap_or_default(),
            clock_span(d.start, end, d.zone)
        ),
        zone: d.zone.name().to_owned(),
        zone_q: form_urlencoded::byte_serialize(d.zone.name().as_bytes()).collect(),
        event,
        name: d.name,
        email: d.email,
        notes: d.notes,
        errors,
    })
}

pub async fn details(
    State(state): State<AppState>,
    session: Session,
    Path((org, slug)): Path<(String, String)>,
    Query(q): Query<DetailsQuery>,
) -> Result<Response, WebError> {
    let start = instant(&q.start)?;
    let zone = visitor_zone(q.tz.as_deref()).unwrap_or(Zone::UTC);
    let (csrf, cookie) = session.csrf(&state).await?;
    let d = Details {
        org: &org,
        slug: &slug,
        start,
        zone,
        name: String::new(),
        email: String::new(),
        notes: String::new(),
    };
    let body = details_page(&state, csrf, d, FieldErrors::default()).await?;
    Ok(with_cookie(page(StatusCode::OK, &body), cookie))
}

#[derive(Debug, Deserialize)]
pub struct BookForm {
    #[serde(default)]
    start: String,
    #[serde(default)]
    tz: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    notes: String,
}

/// The month query that shows the day of `start` in `zone`, with fresh times.
fn day_of(start: DateTime<Utc>, zone: Zone) -> MonthQuery {
    let local = start.with_timezone(&zone.tz()).date_naive();
    MonthQuery {
        tz: Some(zone.name().to_owned()),
        month: Some(local.format("%Y-%m").to_string()),
        date: Some(local.format("%Y-%m-%d").to_string()),
    }
}

pub async fn book(
    State(state): State<AppState>,
    client: ClientAddress,
    Path((org, slug)): Path<(String, String)>,
    posted: Posted<BookForm>,
) -> Result<Response, WebError> {
    let Posted { session, form } = posted;
    state.limiter.booking(&client, &form.email, state.now()).await?;
    let start = instant(&form.start)?;
    let zone = visitor_zone(Some(&form.tz)).unwrap_or(Zone::UTC);
    let request = BookingRequest {
        start,
        name: form.name.clone(),
        email: form.email.clone(),
        time_zone: zone.name().to_owned(),
        notes: form.notes.clone(),
    };
    match app::bookings::book(&state.pool, &state.waker, &org, &slug, request, None, state.now()).await {
        Ok(Booked::New(booking)) => Ok(Redirect::to(&format!("/booking/{}", booking.uid)).into_response()),
        Ok(Booked::Replayed { .. }) => Ok(Redirect::to(&format!("/book/{org}/{slug}")).into_response()),
        Err(Error::Unavailable(why)) => {
            let message = if why == Unavailable::Taken {
                TAKEN.to_owned()
            } else {
                format!("That time cannot be booked: {why}. Here are the times still free.")
            };
            booking_page_with(
                &state,
                &org,
                &slug,
                &day_of(start, zone),
                Some(message),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(err) => {
            let errors = FieldErrors::from_app(err, "name")?;
            let (csrf, _) = session.csrf(&state).await?;
            let d = Details {
                org: &org,
                slug: &slug,
                start,
                zone,
                name: form.name,
                email: form.email,
                notes: form.notes,
            };
            let body = details_page(&state, csrf, d, errors).await?;
            Ok(page(StatusCode::UNPROCESSABLE_ENTITY, &body))
        }
    }
}

#[derive(Template)]
#[template(path = "manage.html")]
struct ManagePage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    uid: String,
    link: String,
    cancelled: bool,
    when: String,
    zone: String,
    name: String,
    email: String,
    location: String,
}

pub async fn manage(
    State(state): State<AppState>,
    session: Session,
    Path(uid): Path<String>,
) -> Result<Response, WebError> {
    let (org, id) = app::bookings::resolve_uid(&state.pool, &uid).await?;
    let booking = app::bookings::get(&state.pool, org, id).await?;
    let event_type = app::event_types::get(&state.pool, org, booking.event_type_id).await?;
    let zone = booking.invitee.time_zone;
    let (csrf, cookie) = session.csrf(&state).await?;
    let path = format!("/booking/{uid}");
    let body = ManagePage {
        title: format!("{} · your booking", event_type.title),
        nav: None,
        csrf,
        link: state
            .config
            .public_base_url()
            .map_or_else(|| path.clone(), |b| format!("{b}{path}")),
        uid,
        cancelled: booking.status == BookingStatus::Cancelled,
        when: format!(
            "{} {}",
            when(booking.start, zone).split(", ").next().unwrap_or_default(),
            clock_span(booking.start, booking.end, zone)
        ),
        zone: zone.name().to_owned(),
        name: booking.invitee.name,
        email: booking.invitee.email.into(),
        location: event_type.location,
    };
    Ok(with_cookie(page(StatusCode::OK, &body), cookie))
}

#[derive(Debug, Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    reason: String,
}

pub async fn cancel(
    State(state): State<AppState>,
    client: ClientAddress,
    Path(uid): Path<String>,
    posted: Posted<CancelForm>,
) -> Result<Response, WebError> {
    state.limiter.change(&client, &uid, state.now()).await?;
    app::bookings::cancel_by_uid(&state.pool, &uid, Some(&posted.form.reason), state.now()).await?;
    Ok(Redirect::to(&format!("/booking/{uid}")).into_response())
}

#[derive(Template)]
#[template(path = "reschedule.html")]
struct ReschedulePage {
    title: String,
    nav: Option<Nav>,
    csrf: String,
    event: PublicEventType,
    base: String,
    current: String,
    cal: Calendar,
    message: Option<String>,
    /// The URL named no zone: the page's script reloads it with the browser's.
    ask_zone: bool,
}

/// The booking a reschedule page moves, and where its links lead: the invitee's by their
/// link, or a host's (from the dashboard) by id.
pub(super) struct Target {
    org: OrgId,
    id: BookingId,
    base: String,
    done: String,
    nav: Option<Nav>,
    zone: Option<Zone>,
}

impl Target {
    async fn invitee(state: &AppState, uid: &str) -> Result<Self, WebError> {
        let (org, id) = app::bookings::resolve_uid(&state.pool, uid).await?;
        Ok(Self {
            org,
            id,
            base: format!("/booking/{uid}/reschedule"),
            done: format!("/booking/{uid}"),
            nav: None,
            zone: None,
        })
    }

    pub(super) fn host(signed: &Signed, id: BookingId, zone: Zone) -> Self {
        Self {
            org: signed.user.org_id,
            id,
            base: format!("/app/bookings/{id}/reschedule"),
            done: "/app".to_owned(),
            nav: Nav::of(signed, "bookings"),
            zone: Some(zone),
        }
    }
}

pub(super) async fn reschedule_with(
    state: &AppState,
    target: Target,
    (csrf, cookie): (String, Option<HeaderValue>),
    q: &MonthQuery,
    message: Option<String>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let booking = app::bookings::get(&state.pool, target.org, target.id).await?;
    let event_type = app::event_types::get(&state.pool, target.org, booking.event_type_id).await?;
    let org_slug = app::orgs::get(&state.pool, target.org).await?.slug;
    let zone = visitor_zone(q.tz.as_deref())
        .or(target.zone)
        .unwrap_or(booking.invitee.time_zone);
    let (cal, event) = calendar::month(
        state,
        &org_slug,
        &event_type.slug,
        zone,
        q.month.as_deref(),
        q.date.as_deref(),
        state.now(),
    )
    .await?;
    let body = ReschedulePage {
        title: format!("Reschedule {}", event.title),
        nav: target.nav,
        csrf,
        base: target.base,
        current: format!(
            "{} {}",
            when(booking.start, zone).split(", ").next().unwrap_or_default(),
            clock_span(booking.start, booking.end, zone)
        ),
        event,
        cal,
        message,
        ask_zone: q.tz.is_none() && target.zone.is_none(),
    };
    Ok(with_cookie(page(status, &body), cookie))
}

/// Moves the target's booking to the form's time; a time taken meanwhile shows fresh ones.
pub(super) async fn move_to(
    state: &AppState,
    target: Target,
    csrf: String,
    form: &RescheduleForm,
) -> Result<Response, WebError> {
    let start = instant(&form.start)?;
    let zone = visitor_zone(Some(&form.tz)).unwrap_or(Zone::UTC);
    match app::bookings::reschedule(&state.pool, target.org, target.id, start, state.now()).await {
        Ok(_) => Ok(Redirect::to(&target.done).into_response()),
        Err(Error::Unavailable(_)) => {
            let q = day_of(start, zone);
            reschedule_with(
                state,
                target,
                (csrf, None),
                &q,
                Some(TAKEN.to_owned()),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(err) => Err(err.into()),
    }
}

pub async fn reschedule_page(
    State(state): State<AppState>,
    session: Session,
    Path(uid): Path<String>,
    Query(q): Query<MonthQuery>,
) -> Result<Response, WebError> {
    let target = Target::invitee(&state, &uid).await?;
    let csrf = session.csrf(&state).await?;
    reschedule_with(&state, target, csrf, &q, None, StatusCode::OK).await
}

#[derive(Debug, Deserialize)]
pub struct RescheduleForm {
    #[serde(default)]
    start: String,
    #[serde(default)]
    tz: String,
}

pub async fn reschedule(
    State(state): State<AppState>,
    client: ClientAddress,
    Path(uid): Path<String>,
    posted: Posted<RescheduleForm>,
) -> Result<Response, WebError> {
    state.limiter.change(&client, &uid, state.now()).await?;
    let target = Target::invitee(&state, &uid).await?;
    let (csrf, _) = posted.session.csrf(&state).await?;
    move_to(&state, target, csrf, &posted.form).await
}
