//! Hosts' calendar sources: finding the calendars of a CalDAV account, adding, listing and
//! removing the feeds and calendars Kairos reads (addresses and logins sealed), asking for a
//! sync and queueing the due ones; a source whose last good sync is too old is reported
//! stale, and blocks or not as configured. The sync itself is `calendar_sync`.

use chrono::{DateTime, TimeDelta, Utc};
use serde::Deserialize;
use sqlx::PgPool;
use utoipa::ToSchema;

use super::{Error, OnConstraint, ProblemCode, Result, validate};
use crate::calendars::caldav::{FoundCalendar, Server};
use crate::calendars::fetch::{self, FeedClient, FetchError, Login};
use crate::config::Config;
use crate::ids::{CalendarSourceId, HostId, OrgId};
use crate::jobs::enqueue::{self, Planned};
use crate::jobs::payload::{CalendarSync, Job};
use crate::model::CalendarSource;
use crate::sealing::Keyring;
use crate::store;
use crate::store::calendar_sources::{NewSource, SourceKind};

/// Sources a host may have.
pub const MAX_SOURCES_PER_HOST: usize = 20;
/// How far back and ahead a sync reads busy time.
pub const SYNC_BEHIND: TimeDelta = TimeDelta::days(1);
pub const SYNC_AHEAD: TimeDelta = TimeDelta::days(180);
/// Sources housekeeping queues for sync in one round.
const DUE_PER_ROUND: i64 = 500;

/// A new source: a feed's address (`https://`, `http://` or `webcal://`) in `url`, or a
/// calendar on a CalDAV server in `caldav` (one of the two).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCalendarSource {
    #[schema(example = "Work (Google)")]
    pub name: String,
    /// The feed's address, e.g. Google's "secret address in iCal format".
    #[schema(example = "https://calendar.google.com/calendar/ical/ana%40acme.example/private-0123/basic.ics")]
    pub url: Option<String>,
    /// A CalDAV calendar: its address (from `POST …/calendar-sources/discover`) and the login.
    pub caldav: Option<CalDavAccount>,
    /// Whether all-day events block their days (default true).
    #[serde(default = "yes")]
    pub all_day_busy: bool,
    /// Whether the host's bookings are written to this calendar (a CalDAV calendar; one per
    /// host; default false).
    #[serde(default)]
    pub receives_bookings: bool,
    /// Whether its events' titles are shown when Kairos explains why a time is busy (default
    /// false: only the source's name).
    #[serde(default)]
    pub show_titles: bool,
}

fn yes() -> bool {
    true
}

/// A CalDAV account: the server's address (or a calendar's) and the login. The password is
/// sealed at rest and never shown again.
#[derive(Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CalDavAccount {
    #[schema(example = "https://caldav.fastmail.com/")]
    pub url: String,
    #[schema(example = "ana@acme.example")]
    pub username: String,
    /// An app password where the provider offers them.
    pub password: String,
}

impl std::fmt::Debug for CalDavAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CalDavAccount({}, {}, password hidden)", self.url, self.username)
    }
}

/// The calendars found on a CalDAV account.
#[derive(Debug, Clone, serde::Serialize, ToSchema)]
pub struct Discovered {
    pub calendars: Vec<FoundCalendar>,
}

/// When a source counts as stale, and whether a stale source still blocks.
#[derive(Debug, Clone, Copy)]
pub struct Freshness {
    pub stale_after: TimeDelta,
    pub stale_block: bool,
}

impl Freshness {
    pub fn from_config(config: &Config) -> Self {
        Self {
            stale_after: TimeDelta::minutes(i64::from(config.calendar_stale_after_minutes)),
            stale_block: config.calendar_stale_sources_block,
        }
    }

    fn is_stale(&self, source: &CalendarSource, now: DateTime<Utc>) -> bool {
        source.last_success_at.is_none_or(|at| at < now - self.stale_after)
    }
}

/// Where a source's sealed address belongs: the sealed value opens only for its own row.
pub(super) fn url_context(id: CalendarSourceId) -> String {
    format!("calendar_sources.url:{id}")
}

/// Where a CalDAV source's sealed login belongs.
pub(super) fn login_context(id: CalendarSourceId) -> String {
    format!("calendar_sources.login:{id}")
}

/// `address` checked as a calendar address, as a field error of `field`.
fn checked_url(field: &str, address: &str, allow_private: bool) -> Result<reqwest::Url> {
    let address = validate::line(field, address, 2000)?;
    fetch::check_url(&address, allow_private).map_err(|err| Error::Invalid {
        code: match err {
            FetchError::Refused(_) => ProblemCode::AddressNotAllowed,
            _ => ProblemCode::InvalidField,
        },
        field: Some(field.to_owned()),
        message: format!("`{field}` {err}"),
    })
}

/// The account's address and login, checked.
fn checked_account(account: &CalDavAccount, allow_private: bool) -> Result<(reqwest::Url, Login)> {
    let url = checked_url("caldav.url", &account.url, allow_private)?;
    let login = Login {
        username: validate::line("caldav.username", &account.username, 200)?,
        password: validate::line("caldav.password", &account.password, 500)?,
    };
    Ok((url, login))
}

/// The calendars of a CalDAV account (RFC 6764 discovery from its address): what a host
/// chooses from before adding one as a source.
pub async fn discover(client: &FeedClient, allow_private: bool, account: &CalDavAccount) -> Result<Discovered> {
    let (url, login) = checked_account(account, allow_private)?;
    let server = Server { client, login: &login };
    let calendars = server.discover(url.as_str()).await.map_err(|err| server_error(&err))?;
    Ok(Discovered { calendars })
}

/// What a calendar server's failure during a request means for the caller.
fn server_error(err: &FetchError) -> Error {
    match err {
        FetchError::Unauthorized => Error::Invalid {
            code: ProblemCode::CalendarLoginFailed,
            field: Some("caldav.password".to_owned()),
            message: err.to_string(),
        },
        FetchError::Refused(_) => Error::Invalid {
            code: ProblemCode::AddressNotAllowed,
            field: Some("caldav.url".to_owned()),
            message: err.to_string(),
        },
        other => Error::Upstream {
            code: ProblemCode::CalendarServerFailed,
            message: format!("the calendar server: {other}"),
        },
    }
}

/// The part of a feed address that is safe to show: scheme and host.
fn shown(url: &reqwest::Url) -> String {
    format!("{}://{}/…", url.scheme(), url.host_str().unwrap_or_default())
}

/// Adds a feed to `host`'s calendar sources, its address sealed with `keys`, and queues its
/// first sync. `allow_private` is `KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES`.
pub async fn add(
    pool: &PgPool,
    keys: &Keyring,
    allow_private: bool,
    org: OrgId,
    host: HostId,
    new: NewCalendarSource,
    now: DateTime<Utc>,
) -> Result<CalendarSource> {
    let name = validate::line("name", &new.name, 200)?;
    let (kind, url, login) = match (&new.url, &new.caldav) {
        (Some(url), None) => (SourceKind::Ics, checked_url("url", url, allow_private)?, None),
        (None, Some(account)) => {
            let (url, login) = checked_account(account, allow_private)?;
            (SourceKind::CalDav, url, Some(login))
        }
        _ => {
            return Err(Error::invalid(
                "url",
                "give either `url` (an ICS feed) or `caldav` (a CalDAV calendar)",
            ));
        }
    };
    if new.receives_bookings && kind != SourceKind::CalDav {
        return Err(Error::invalid(
            "receives_bookings",
            "bookings can be written to a CalDAV calendar only, not to a feed",
        ));
    }
    let mut tx = store::begin(pool).await?;
    store::hosts::get(&mut *tx, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    if store::calendar_sources::list(&mut *tx, org, host).await?.len() >= MAX_SOURCES_PER_HOST {
        return Err(Error::invalid(
            "url",
            format!("a host may have at most {MAX_SOURCES_PER_HOST} calendar sources"),
        ));
    }
    let id = CalendarSourceId::generate();
    let sealed = keys.seal(url.as_str(), &url_context(id));
    let login_sealed = match &login {
        Some(login) => Some(keys.seal(
            &serde_json::to_string(login).map_err(anyhow::Error::from)?,
            &login_context(id),
        )),
        None => None,
    };
    let new = NewSource {
        id,
        kind,
        name: &name,
        url_sealed: &sealed,
        login_sealed: login_sealed.as_deref(),
        receives_bookings: new.receives_bookings,
        show_titles: new.show_titles,
        address: &shown(&url),
        all_day_busy: new.all_day_busy,
    };
    let source = store::calendar_sources::insert(&mut *tx, org, host, new, now)
        .await
        .on_constraint("calendar_sources_one_receiver", || {
            Error::invalid(
                "receives_bookings",
                "the host already has a calendar that receives their bookings",
            )
        })?;
    enqueue::enqueue(&mut tx, vec![sync_job(org, id, "added")], now).await?;
    tx.commit().await?;
    Ok(source)
}

/// The host's sources, each marked stale or not as of `now`.
pub async fn list(
    pool: &PgPool,
    freshness: Freshness,
    org: OrgId,
    host: HostId,
    now: DateTime<Utc>,
) -> Result<Vec<CalendarSource>> {
    let mut conn = store::acquire(pool).await?;
    store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let mut sources = store::calendar_sources::list(&mut *conn, org, host).await?;
    for source in &mut sources {
        source.stale = freshness.is_stale(source, now);
    }
    Ok(sources)
}

/// Removes a source and the busy time it gave.
pub async fn remove(pool: &PgPool, org: OrgId, host: HostId, id: CalendarSourceId, now: DateTime<Utc>) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    super::planner::queue_replans(&mut tx, org, &[host], now).await?;
    if !store::calendar_sources::delete(&mut *tx, org, host, id).await? {
        return Err(Error::NotFound("calendar source"));
    }
    tx.commit().await?;
    Ok(())
}

/// Queues a sync of the source now (one per source however often it is asked within ten
/// seconds).
pub async fn sync_soon(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    id: CalendarSourceId,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    if !store::calendar_sources::list(&mut *tx, org, host)
        .await?
        .iter()
        .any(|s| s.id == id)
    {
        return Err(Error::NotFound("calendar source"));
    }
    let asked = format!("asked:{}", now.timestamp() / 10);
    enqueue::enqueue(&mut tx, vec![sync_job(org, id, &asked)], now).await?;
    tx.commit().await?;
    Ok(())
}

/// The sync job of a source, under a key naming why it runs (`occasion`), so the same
/// occasion queues it once.
fn sync_job(org: OrgId, id: CalendarSourceId, occasion: &str) -> Planned {
    Job::CalendarSync(CalendarSync {
        org_id: org,
        source_id: id,
    })
    .planned()
    .unique(format!("calendar.sync:{id}:{occasion}"))
}

/// Housekeeping: applies the stale policy (which sources block) and reports, as metrics, how
/// many sources are stale and how long ago the freshest successful sync was.
pub async fn check_freshness(pool: &PgPool, freshness: Freshness, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut conn = store::acquire(pool).await?;
    let stale_before = now - freshness.stale_after;
    let changed = store::calendar_sources::refresh_blocking(&mut *conn, stale_before, freshness.stale_block).await?;
    if changed > 0 {
        tracing::info!(
            changed,
            "calendar sources changed between blocking and not (stale policy)"
        );
    }
    let health = store::calendar_sources::health(&mut *conn, stale_before).await?;
    metrics::gauge!("kairos_calendar_sources").set(health.sources as f64);
    metrics::gauge!("kairos_calendar_sources_stale").set(health.stale as f64);
    if let Some(freshest) = health.freshest {
        let age = (now - freshest).num_milliseconds().max(0) as f64 / 1000.0;
        metrics::gauge!("kairos_calendar_sync_freshest_age_seconds").set(age);
    }
    Ok(())
}

/// Queues a sync of every source not tried for `interval` (housekeeping).
pub async fn queue_due(pool: &PgPool, interval: TimeDelta, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut conn = store::acquire(pool).await?;
    let due = store::calendar_sources::due(&mut *conn, now - interval, DUE_PER_ROUND).await?;
    if !due.is_empty() {
        // One per source and interval, however many workers run housekeeping.
        let round = format!("due:{}", now.timestamp() / interval.num_seconds().max(1));
        let jobs = due.into_iter().map(|(org, id)| sync_job(org, id, &round)).collect();
        enqueue::enqueue(&mut conn, jobs, now).await?;
    }
    Ok(())
}
