//! Reading and replacing a host's schedule, and turning a stored schedule into the core's
//! `Availability`.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use kairos_core::{Availability, WeeklyHours, Zone};
use serde::Deserialize;
use sqlx::{PgConnection, PgPool};
use utoipa::ToSchema;

use super::{Error, Result, validate};
use crate::ids::{HostId, OrgId};
use crate::model::{DateOverride, Schedule, WeeklySchedule};
use crate::store;
use crate::store::availability::StoredSchedule;

/// A [`Schedule`] as a client sends it, its zone not yet checked: a name that is not a zone
/// gets the use case's `unknown_time_zone`, naming the field, not a parse error.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Schedule)]
pub struct ScheduleInput {
    /// IANA zone the hours are written in.
    #[schema(example = "Europe/Berlin")]
    pub time_zone: String,
    pub weekly: WeeklySchedule,
    #[serde(default)]
    pub overrides: Vec<DateOverride>,
}

impl From<Schedule> for ScheduleInput {
    /// A schedule read back, to change and send again.
    fn from(schedule: Schedule) -> Self {
        Self {
            time_zone: schedule.time_zone.name().to_owned(),
            weekly: schedule.weekly,
            overrides: schedule.overrides,
        }
    }
}

/// A schedule may carry at most this many date overrides (two years of days).
pub const MAX_OVERRIDES: usize = 730;

pub async fn get(pool: &PgPool, org: OrgId, host: HostId) -> Result<Schedule> {
    let stored = store::availability::load(&mut *store::acquire(pool).await?, org, &[host], None, None).await?;
    let stored = stored.into_iter().next().ok_or(Error::NotFound("host"))?;
    to_model(stored)
}

/// Replaces `host`'s schedule and queues a re-plan to run at `now`.
pub async fn replace(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    schedule: ScheduleInput,
    now: DateTime<Utc>,
) -> Result<Schedule> {
    let schedule = Schedule {
        time_zone: validate::zone("time_zone", &schedule.time_zone)?,
        weekly: schedule.weekly,
        overrides: schedule.overrides,
    };
    let mut tx = store::begin(pool).await?;
    super::planner::queue_replans(&mut tx, org, &[host], now).await?;
    store::hosts::get(&mut *tx, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let saved = replace_in(&mut tx, org, host, schedule).await?;
    tx.commit().await?;
    Ok(saved)
}

pub(crate) async fn replace_in(
    tx: &mut PgConnection,
    org: OrgId,
    host: HostId,
    schedule: Schedule,
) -> Result<Schedule> {
    let zone = schedule.time_zone;
    if schedule.overrides.len() > MAX_OVERRIDES {
        return Err(Error::invalid(
            "overrides",
            format!("at most {MAX_OVERRIDES} date overrides are allowed"),
        ));
    }
    let mut seen = BTreeSet::new();
    for (i, o) in schedule.overrides.iter().enumerate() {
        validate::date(&format!("overrides[{i}].date"), o.date)?;
        if !seen.insert(o.date) {
            return Err(Error::invalid(
                format!("overrides[{i}].date"),
                format!("{} has more than one override", o.date),
            ));
        }
    }
    // Normalize (sort and merge spans) through the core before storing.
    let weekly = WeeklyHours::new(schedule.weekly.into_days());
    let normalized = Schedule {
        time_zone: zone,
        weekly: WeeklySchedule::from_days(weekly.days().clone()),
        overrides: schedule
            .overrides
            .into_iter()
            .map(|o| DateOverride {
                date: o.date,
                spans: kairos_core::availability::normalize_spans(o.spans),
            })
            .collect(),
    };
    let weekly_json = serde_json::to_value(weekly.days()).map_err(anyhow::Error::from)?;
    let overrides: Vec<_> = normalized
        .overrides
        .iter()
        .map(|o| Ok((o.date, serde_json::to_value(&o.spans).map_err(anyhow::Error::from)?)))
        .collect::<Result<_>>()?;
    store::availability::replace(tx, org, host, zone.name(), &weekly_json, &overrides).await?;
    Ok(normalized)
}

fn to_model(stored: StoredSchedule) -> Result<Schedule> {
    let weekly: [Vec<kairos_core::LocalSpan>; 7] =
        serde_json::from_value(stored.weekly).map_err(anyhow::Error::from)?;
    let overrides: Vec<DateOverride> = serde_json::from_value(stored.overrides).map_err(anyhow::Error::from)?;
    Ok(Schedule {
        time_zone: Zone::parse(&stored.time_zone).map_err(|e| Error::Internal(e.into()))?,
        weekly: WeeklySchedule::from_days(weekly),
        overrides,
    })
}

/// The core's view of a stored schedule.
pub(crate) fn to_core(stored: StoredSchedule) -> Result<Availability> {
    let schedule = to_model(stored)?;
    let mut availability = Availability::new(schedule.time_zone, WeeklyHours::new(schedule.weekly.into_days()));
    for o in schedule.overrides {
        availability.set_override(o.date, o.spans);
    }
    Ok(availability)
}
