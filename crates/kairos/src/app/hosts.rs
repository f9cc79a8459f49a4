//! Hosts: create (with default working hours), read, list, update.

use kairos_core::{LocalSpan, WeeklyHours, Zone};
use sqlx::PgPool;

use super::ProblemCode;
use super::{Error, OnConstraint, Result, availability, validate};
use crate::ids::{HostId, OrgId};
use crate::model::{Host, Page, Schedule, WeeklySchedule};
use crate::store::{self, PageRequest};

/// New hosts can be booked Monday to Friday, 09:00–17:00 in their own zone, until they say
/// otherwise.
pub(crate) fn default_schedule(time_zone: Zone) -> Result<Schedule> {
    let nine_to_five = LocalSpan::new(9 * 60, 17 * 60).map_err(|e| Error::Internal(e.into()))?;
    Ok(Schedule {
        time_zone,
        weekly: WeeklySchedule::from_days(WeeklyHours::weekdays(&[nine_to_five]).days().clone()),
        overrides: Vec::new(),
    })
}

fn email_taken(email: &str) -> impl FnOnce() -> Error + '_ {
    move || Error::Conflict {
        code: ProblemCode::EmailTaken,
        message: format!("a host with e-mail `{email}` already exists"),
    }
}

pub async fn create(pool: &PgPool, org: OrgId, name: &str, email: &str, time_zone: &str) -> Result<Host> {
    let name = validate::line("name", name, 200)?;
    let email = validate::email("email", email)?;
    let zone = validate::zone("time_zone", time_zone)?;
    let mut tx = store::begin(pool).await?;
    let host = store::hosts::insert(&mut *tx, org, HostId::generate(), &name, &email, zone.name())
        .await
        .on_constraint("hosts_email_unique", email_taken(&email))?;
    availability::replace_in(&mut tx, org, host.id, default_schedule(zone)?).await?;
    tx.commit().await?;
    Ok(host)
}

pub async fn get(pool: &PgPool, org: OrgId, id: HostId) -> Result<Host> {
    store::hosts::get(&mut *store::acquire(pool).await?, org, id)
        .await?
        .ok_or(Error::NotFound("host"))
}

pub async fn list(pool: &PgPool, org: OrgId, page: PageRequest<HostId>) -> Result<Page<Host>> {
    let hosts = store::hosts::list(&mut *store::acquire(pool).await?, org, page.plus_one()).await?;
    Ok(page.cut(hosts, |h| h.id.to_string()))
}

/// Changes the given fields. A host's time zone is their profile's; working hours keep the
/// zone of their schedule until the schedule is replaced.
pub async fn update(
    pool: &PgPool,
    org: OrgId,
    id: HostId,
    name: Option<&str>,
    email: Option<&str>,
    time_zone: Option<&str>,
) -> Result<Host> {
    let name = name.map(|n| validate::line("name", n, 200)).transpose()?;
    let email = email.map(|e| validate::email("email", e)).transpose()?;
    let zone = time_zone.map(|z| validate::zone("time_zone", z)).transpose()?;
    let taken = email.as_deref().unwrap_or_default().to_owned();
    store::hosts::update(
        &mut *store::acquire(pool).await?,
        org,
        id,
        name.as_deref(),
        email.as_deref(),
        zone.map(|z| z.name()),
    )
    .await
    .on_constraint("hosts_email_unique", email_taken(&taken))?
    .ok_or(Error::NotFound("host"))
}
