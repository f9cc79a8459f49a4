//! Event types: what invitees book, with their rules and hosts.

use std::collections::BTreeSet;

use kairos_core::HostMode;
use serde::Deserialize;
use sqlx::{PgConnection, PgPool};
use utoipa::ToSchema;

use super::ProblemCode;
use super::{Error, OnConstraint, Result, validate};
use crate::ids::{EventTypeId, HostId, OrgId};
use crate::model::{EventType, Page};
use crate::store::event_types::EventTypeFields;
use crate::store::{self, PageRequest};

/// Most hosts one event type may have.
pub const MAX_HOSTS: usize = 20;

/// Fields of an event type; on create, `slug`, `title`, `duration_minutes` and `hosts` are
/// required, on update every field is optional and only the given ones change.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventTypeInput {
    #[schema(example = "intro-call", pattern = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]
    pub slug: Option<String>,
    #[schema(example = "Intro call")]
    pub title: Option<String>,
    pub description: Option<String>,
    /// `single` (default), `collective` (all hosts attend) or `round_robin` (one free host).
    #[schema(value_type = Option<String>, example = "single")]
    pub kind: Option<HostMode>,
    #[schema(minimum = 5, maximum = 720)]
    #[schema(example = 30)]
    pub duration_minutes: Option<i32>,
    /// Distance between offered start times; defaults to the duration.
    #[schema(minimum = 5, maximum = 720)]
    pub slot_step_minutes: Option<i32>,
    /// Where the meeting happens: an address, a phone number or a video link.
    pub location: Option<String>,
    #[schema(minimum = 0, maximum = 720)]
    pub buffer_before_minutes: Option<i32>,
    #[schema(minimum = 0, maximum = 720)]
    pub buffer_after_minutes: Option<i32>,
    /// How long before its start a slot can still be booked.
    #[schema(minimum = 0, maximum = 525600)]
    pub min_notice_minutes: Option<i32>,
    /// How many calendar days ahead can be booked (default 60).
    #[schema(minimum = 0, maximum = 730)]
    pub horizon_days: Option<i32>,
    /// Most bookings of this event type per host and day; `null` for no limit.
    #[serde(default, deserialize_with = "validate::present")]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 1000)]
    pub max_per_day: Option<Option<i32>>,
    /// Reminder e-mails, in minutes before the start (default `[1440, 60]`: a day and an hour;
    /// `[]` for none; at most 5, each up to 28 days).
    #[schema(example = json!([1440, 60]))]
    pub reminder_minutes: Option<Vec<i32>>,
    pub hosts: Option<Vec<HostId>>,
}

/// Reminders an event type sends unless told otherwise: a day and an hour before.
pub const DEFAULT_REMINDERS: [i32; 2] = [1440, 60];
const MAX_REMINDERS: usize = 5;
const LONGEST_REMINDER_MINUTES: i32 = 28 * 24 * 60;

/// Distinct offsets, largest first, each 1 minute to 28 days.
fn reminders(offsets: &[i32]) -> Result<Vec<i32>> {
    let distinct: BTreeSet<i32> = offsets.iter().copied().collect();
    if offsets.len() > MAX_REMINDERS || distinct.len() != offsets.len() {
        return Err(Error::invalid(
            "reminder_minutes",
            format!("`reminder_minutes` lists at most {MAX_REMINDERS} distinct offsets"),
        ));
    }
    for (i, &minutes) in offsets.iter().enumerate() {
        validate::range(&format!("reminder_minutes[{i}]"), minutes, 1, LONGEST_REMINDER_MINUTES)?;
    }
    Ok(distinct.into_iter().rev().collect())
}

fn required<T>(field: &str, value: Option<T>) -> Result<T> {
    value.ok_or_else(|| Error::invalid(field, format!("`{field}` is required")))
}

/// Applies `input` on top of `base` and validates the result as a whole.
async fn merge(
    tx: &mut PgConnection,
    org: OrgId,
    base: EventTypeFields,
    input: EventTypeInput,
) -> Result<EventTypeFields> {
    // The slot step follows the duration unless it was set to something else.
    let step_follows_duration = input.slot_step_minutes.is_none() && base.slot_step_minutes == base.duration_minutes;
    let mut f = EventTypeFields {
        slug: input.slug.map_or(Ok(base.slug), |s| validate::slug("slug", &s))?,
        title: input
            .title
            .map_or(Ok(base.title), |t| validate::line("title", &t, 200))?,
        description: input.description.map_or(Ok(base.description), |d| {
            validate::optional_text("description", &d, 5000)
        })?,
        kind: input.kind.unwrap_or(base.kind),
        duration_minutes: input.duration_minutes.map_or(Ok(base.duration_minutes), |v| {
            validate::range("duration_minutes", v, 5, 720)
        })?,
        slot_step_minutes: input.slot_step_minutes.map_or(Ok(base.slot_step_minutes), |v| {
            validate::range("slot_step_minutes", v, 5, 720)
        })?,
        location: input
            .location
            .map_or(Ok(base.location), |l| validate::optional_line("location", &l, 500))?,
        buffer_before_minutes: input
            .buffer_before_minutes
            .map_or(Ok(base.buffer_before_minutes), |v| {
                validate::range("buffer_before_minutes", v, 0, 720)
            })?,
        buffer_after_minutes: input.buffer_after_minutes.map_or(Ok(base.buffer_after_minutes), |v| {
            validate::range("buffer_after_minutes", v, 0, 720)
        })?,
        min_notice_minutes: input.min_notice_minutes.map_or(Ok(base.min_notice_minutes), |v| {
            validate::range("min_notice_minutes", v, 0, 525_600)
        })?,
        horizon_days: input
            .horizon_days
            .map_or(Ok(base.horizon_days), |v| validate::range("horizon_days", v, 0, 730))?,
        max_per_day: match input.max_per_day {
            None => base.max_per_day,
            Some(None) => None,
            Some(Some(v)) => Some(validate::range("max_per_day", v, 1, 1000)?),
        },
        reminder_minutes: input
            .reminder_minutes
            .map_or(Ok(base.reminder_minutes), |r| reminders(&r))?,
        hosts: input.hosts.unwrap_or(base.hosts),
    };
    if step_follows_duration {
        f.slot_step_minutes = f.duration_minutes;
    }
    let distinct: BTreeSet<_> = f.hosts.iter().collect();
    if f.hosts.is_empty() || f.hosts.len() > MAX_HOSTS || distinct.len() != f.hosts.len() {
        return Err(Error::invalid(
            "hosts",
            format!("`hosts` must list 1 to {MAX_HOSTS} distinct hosts"),
        ));
    }
    if f.kind == HostMode::Single && f.hosts.len() != 1 {
        return Err(Error::invalid(
            "hosts",
            "a `single` event type has exactly one host; use `collective` or `round_robin` for more",
        ));
    }
    let known = store::hosts::count_existing(&mut *tx, org, &f.hosts).await?;
    if usize::try_from(known).unwrap_or(0) != f.hosts.len() {
        return Err(Error::invalid(
            "hosts",
            "`hosts` names a host that does not exist in this organisation",
        ));
    }
    Ok(f)
}

fn slug_taken(slug: &str) -> impl FnOnce() -> Error + '_ {
    move || Error::Conflict {
        code: ProblemCode::SlugTaken,
        message: format!("an event type with slug `{slug}` already exists"),
    }
}

pub async fn create(pool: &PgPool, org: OrgId, input: EventTypeInput) -> Result<EventType> {
    let duration = required("duration_minutes", input.duration_minutes)?;
    let base = EventTypeFields {
        slug: validate::slug("slug", &required("slug", input.slug.clone())?)?,
        title: required("title", input.title.clone())?,
        description: String::new(),
        kind: HostMode::Single,
        duration_minutes: duration,
        slot_step_minutes: duration,
        location: String::new(),
        buffer_before_minutes: 0,
        buffer_after_minutes: 0,
        min_notice_minutes: 0,
        horizon_days: 60,
        max_per_day: None,
        reminder_minutes: DEFAULT_REMINDERS.to_vec(),
        hosts: required("hosts", input.hosts.clone())?,
    };
    let mut tx = store::begin(pool).await?;
    let fields = merge(&mut tx, org, base, input).await?;
    let saved = save(&mut tx, org, EventTypeId::generate(), &fields).await?;
    tx.commit().await?;
    Ok(saved)
}

/// Changes the given fields; concurrent edits of one event type apply one after the other.
pub async fn update(pool: &PgPool, org: OrgId, id: EventTypeId, input: EventTypeInput) -> Result<EventType> {
    let mut tx = store::begin(pool).await?;
    let current = store::event_types::lock(&mut tx, org, id, true)
        .await?
        .ok_or(Error::NotFound("event type"))?;
    let fields = merge(&mut tx, org, EventTypeFields::of(&current), input).await?;
    let saved = save(&mut tx, org, id, &fields).await?;
    tx.commit().await?;
    Ok(saved)
}

async fn save(tx: &mut PgConnection, org: OrgId, id: EventTypeId, fields: &EventTypeFields) -> Result<EventType> {
    store::event_types::upsert(tx, org, id, fields)
        .await
        .on_constraint("event_types_slug_unique", slug_taken(&fields.slug))?;
    store::event_types::get(&mut *tx, org, id)
        .await?
        .ok_or(Error::NotFound("event type"))
}

pub async fn get(pool: &PgPool, org: OrgId, id: EventTypeId) -> Result<EventType> {
    store::event_types::get(&mut *store::acquire(pool).await?, org, id)
        .await?
        .ok_or(Error::NotFound("event type"))
}

pub async fn list(pool: &PgPool, org: OrgId, page: PageRequest<EventTypeId>) -> Result<Page<EventType>> {
    let rows = store::event_types::list(&mut *store::acquire(pool).await?, org, page.plus_one()).await?;
    Ok(page.cut(rows, |e| e.id.to_string()))
}

/// Deletes an event type that has never been booked; one with bookings must be kept for them.
pub async fn delete(pool: &PgPool, org: OrgId, id: EventTypeId) -> Result<()> {
    let deleted = store::event_types::delete(&mut *store::acquire(pool).await?, org, id)
        .await
        .on_constraint("bookings_org_id_event_type_id_fkey", || Error::Conflict {
            code: ProblemCode::EventTypeInUse,
            message: "the event type has bookings and cannot be deleted".to_owned(),
        })?;
    if deleted {
        Ok(())
    } else {
        Err(Error::NotFound("event type"))
    }
}

/// Anything that is not a slug cannot name an event type (and must not reach SQL as is).
pub(crate) fn check_link(org_slug: &str, slug: &str) -> Result<()> {
    if validate::slug("org", org_slug).is_ok() && validate::slug("slug", slug).is_ok() {
        Ok(())
    } else {
        Err(Error::NotFound("event type"))
    }
}

pub async fn public(pool: &PgPool, org_slug: &str, slug: &str) -> Result<(OrgId, EventType)> {
    check_link(org_slug, slug)?;
    store::event_types::get_public(&mut *store::acquire(pool).await?, org_slug, slug)
        .await?
        .ok_or(Error::NotFound("event type"))
}
