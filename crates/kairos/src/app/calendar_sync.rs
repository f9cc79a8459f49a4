//! The sync of one calendar source, run as a job: open its sealed address (and login), pull
//! what changed — a feed with a conditional GET, a CalDAV calendar with `sync-collection` and
//! a multiget of the changed events only (or a window's events on servers without it) — read
//! the busy time of the coming months, and replace what the source had given, in one
//! transaction. A failed sync records its error on the source and keeps the busy time known.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::PgPool;

use super::calendar_sources::{SYNC_AHEAD, SYNC_BEHIND, login_context, url_context};
use crate::calendars::caldav::{Changes, Object, Server};
use crate::calendars::fetch::{FeedClient, FetchError, Fetched, Login, Validators};
use crate::calendars::ics_busy::{self, FeedBusy, Reading};
use crate::ids::{BookingId, CalendarSourceId, HostId, OrgId};
use crate::sealing::Keyring;
use crate::store;
use crate::store::calendar_sources::{MirrorChange, NewBusy, SourceKind, StoredUrl, SyncTarget, Synced};

/// How long a feed that answers "not modified" may go without being read in full.
const REREAD_AFTER: TimeDelta = TimeDelta::days(1);

/// Events a CalDAV calendar may hold, at most.
pub const MAX_CALDAV_EVENTS: usize = 20_000;

/// How a sync ended, for the job.
#[derive(Debug)]
pub enum SyncEnd {
    /// Synced, or recorded an error that retrying will not mend (it shows on the source).
    Done,
    /// The server failed in a way that may pass: worth retrying soon.
    Transient(String),
}

/// How one sync went, for the metrics.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    Synced,
    Unchanged,
    /// Failed in a way that may pass (the server, the network).
    Transient,
    /// Failed in a way that needs the host or the operator (an address, a password, a page
    /// that is not a calendar, a key).
    Failed,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Self::Synced => "synced",
            Self::Unchanged => "unchanged",
            Self::Transient => "transient",
            Self::Failed => "failed",
        }
    }
}

/// Why a pull failed: the server (maybe passing), or something only the host or operator can
/// mend.
enum Failure {
    Fetch(FetchError),
    Lasting(String),
}

impl From<FetchError> for Failure {
    fn from(err: FetchError) -> Self {
        Self::Fetch(err)
    }
}

/// What a pull brought.
enum Pulled {
    /// A feed that answered 304.
    Unchanged,
    Feed {
        text: String,
        validators: Validators,
    },
    CalDav {
        /// Every event of the calendar after the change, for reading.
        texts: Vec<String>,
        change: OwnedMirrorChange,
    },
}

/// A CalDAV mirror change that owns its parts (see [`MirrorChange`]).
struct OwnedMirrorChange {
    stored: Vec<Object>,
    deleted: Vec<String>,
    replace_all: bool,
    token: Option<String>,
}

/// What a sync works with: the database, the guarded HTTP client and the keys that open
/// addresses and logins.
#[derive(Debug, Clone, Copy)]
pub struct Syncer<'a> {
    pub pool: &'a PgPool,
    pub feeds: &'a FeedClient,
    pub keys: &'a Keyring,
}

impl Syncer<'_> {
    /// Syncs source `id` as of `now`, recording how it went in the metrics.
    pub async fn sync(self, org: OrgId, id: CalendarSourceId, now: DateTime<Utc>) -> anyhow::Result<SyncEnd> {
        let started = Instant::now();
        let (outcome, end) = self.sync_once(org, id, now).await?;
        if let Some(outcome) = outcome {
            metrics::histogram!("kairos_calendar_sync_duration_seconds", "outcome" => outcome.label())
                .record(started.elapsed().as_secs_f64());
            if matches!(outcome, Outcome::Transient | Outcome::Failed) {
                metrics::counter!("kairos_calendar_sync_errors_total", "kind" => outcome.label()).increment(1);
            }
        }
        Ok(end)
    }

    /// The sync, and how it went (none when the source is gone).
    async fn sync_once(
        self,
        org: OrgId,
        id: CalendarSourceId,
        now: DateTime<Utc>,
    ) -> anyhow::Result<(Option<Outcome>, SyncEnd)> {
        let pool = self.pool;
        let Some(target) = store::calendar_sources::sync_target(&mut *store::acquire(pool).await?, org, id).await?
        else {
            return Ok((None, SyncEnd::Done));
        };
        let pulled = match self.open_url(org, id, &target).await? {
            Err(failure) => Err(failure),
            Ok(url) => match target.kind {
                SourceKind::Ics => self.pull_feed(&target, &url, now).await,
                SourceKind::CalDav => {
                    let mirrored = store::calendar_sources::mirror(&mut *store::acquire(pool).await?, id).await?;
                    self.pull_caldav(id, &target, &url, mirrored, now).await
                }
            },
        };
        let fail = async |message: &str| -> anyhow::Result<()> {
            store::calendar_sources::record_failure(&mut *store::acquire(pool).await?, org, id, message, now).await?;
            Ok(())
        };
        let (busy, validators, change) = match pulled {
            Err(Failure::Fetch(err)) => {
                let message = err.to_string();
                fail(&message).await?;
                return Ok(if err.is_transient() {
                    (Some(Outcome::Transient), SyncEnd::Transient(message))
                } else {
                    (Some(Outcome::Failed), SyncEnd::Done)
                });
            }
            Err(Failure::Lasting(message)) => {
                fail(&message).await?;
                return Ok((Some(Outcome::Failed), SyncEnd::Done));
            }
            Ok(Pulled::Unchanged) => {
                store::calendar_sources::record_unchanged(&mut *store::acquire(pool).await?, org, id, now).await?;
                return Ok((Some(Outcome::Unchanged), SyncEnd::Done));
            }
            Ok(Pulled::Feed { text, validators }) => match read_busy(&target, vec![text], true, now).await? {
                Ok(busy) => (busy, validators, None),
                Err(err) => {
                    fail(&err.to_string()).await?;
                    return Ok((Some(Outcome::Failed), SyncEnd::Done));
                }
            },
            Ok(Pulled::CalDav { texts, change }) => {
                // One event that cannot be read is counted, not fatal: the others still count.
                let busy = read_busy(&target, texts, false, now).await?.unwrap_or_default();
                (busy, Validators::default(), Some(change))
            }
        };
        let busy = without_own_bookings(pool, org, target.host_id, busy).await?;
        let stored: Vec<NewBusy> = busy
            .busy
            .into_iter()
            .map(|b| NewBusy {
                start: b.start,
                end: b.end,
                uid: b.uid,
                title: b.title,
            })
            .collect();
        let mut tx = store::begin(pool).await?;
        super::planner::queue_replans(&mut tx, org, &[target.host_id], now).await?;
        if let Some(change) = &change {
            let mirror = MirrorChange {
                hrefs: change.stored.iter().map(|o| o.href.as_str()).collect(),
                etags: change.stored.iter().map(|o| o.etag.as_deref()).collect(),
                data: change.stored.iter().map(|o| o.data.as_str()).collect(),
                deleted: &change.deleted,
                replace_all: change.replace_all,
                sync_token: change.token.as_deref(),
            };
            store::calendar_sources::update_mirror(&mut tx, id, &mirror).await?;
        }
        store::calendar_sources::record_success(
            &mut tx,
            org,
            target.host_id,
            id,
            Synced {
                busy: &stored,
                events: i32::try_from(busy.events).unwrap_or(i32::MAX),
                etag: validators.etag.as_deref(),
                last_modified: validators.last_modified.as_deref(),
                at: now,
            },
        )
        .await?;
        tx.commit().await?;
        Ok((Some(Outcome::Synced), SyncEnd::Done))
    }

    /// The source's address, sealed anew when it was plain or under an older key.
    async fn open_url(
        self,
        org: OrgId,
        id: CalendarSourceId,
        target: &SyncTarget,
    ) -> anyhow::Result<Result<String, Failure>> {
        let url = match open_url(self.keys, id, target) {
            Ok(url) => url,
            Err(message) => return Ok(Err(Failure::Lasting(message))),
        };
        if !matches!(&target.url, StoredUrl::Sealed(sealed) if self.keys.is_current(sealed)) {
            let sealed = self.keys.seal(&url, &url_context(id));
            let login = target
                .login_sealed
                .as_deref()
                .and_then(|login| self.keys.open(login, &login_context(id)).ok())
                .map(|opened| self.keys.seal(&opened, &login_context(id)));
            let mut conn = store::acquire(self.pool).await?;
            store::calendar_sources::reseal(&mut *conn, org, id, &sealed, login.as_deref()).await?;
        }
        Ok(Ok(url))
    }

    /// A feed, asked conditionally unless its text was last read a day or more ago: then in
    /// full, so that its recurring events are expanded over today's window.
    async fn pull_feed(self, target: &SyncTarget, url: &str, now: DateTime<Utc>) -> Result<Pulled, Failure> {
        let seen = if target.read_at.is_some_and(|read| now - read < REREAD_AFTER) {
            Validators {
                etag: target.etag.clone(),
                last_modified: target.last_modified.clone(),
            }
        } else {
            Validators::default()
        };
        Ok(match self.feeds.fetch(url, &seen).await? {
            Fetched::NotModified => Pulled::Unchanged,
            Fetched::Feed { text, validators } => Pulled::Feed { text, validators },
        })
    }

    /// What changed in a CalDAV calendar since the last sync (everything at the first), with
    /// the calendar's events after the change.
    async fn pull_caldav(
        self,
        id: CalendarSourceId,
        target: &SyncTarget,
        url: &str,
        mirrored: Vec<(String, Option<String>, String)>,
        now: DateTime<Utc>,
    ) -> Result<Pulled, Failure> {
        let login = open_login(self.keys, id, target).map_err(Failure::Lasting)?;
        let server = Server {
            client: self.feeds,
            login: &login,
        };
        let mut changes = server.changes(url, target.sync_token.as_deref()).await?;
        let mut from_scratch = target.sync_token.is_none();
        if matches!(changes, Changes::TokenExpired) {
            changes = server.changes(url, None).await?;
            from_scratch = true;
        }
        let change = match changes {
            Changes::Delta(delta) => {
                let known: HashMap<&str, Option<&str>> = mirrored
                    .iter()
                    .map(|(href, etag, _)| (href.as_str(), etag.as_deref()))
                    .collect();
                let wanted: Vec<String> = delta
                    .changed
                    .iter()
                    .filter(|(href, etag)| etag.is_none() || known.get(href.as_str()) != Some(&etag.as_deref()))
                    .map(|(href, _)| href.clone())
                    .collect();
                let mut deleted = delta.deleted;
                if from_scratch {
                    // A full listing: what the mirror has and the server no longer lists is gone.
                    let listed: HashSet<&str> = delta.changed.iter().map(|(href, _)| href.as_str()).collect();
                    deleted.extend(known.keys().filter(|h| !listed.contains(*h)).map(|h| (*h).to_owned()));
                }
                if mirrored.len() + wanted.len() > MAX_CALDAV_EVENTS + deleted.len() {
                    return Err(Failure::Lasting(format!(
                        "the calendar holds more than {MAX_CALDAV_EVENTS} events"
                    )));
                }
                OwnedMirrorChange {
                    stored: server.fetch(url, &wanted).await?,
                    deleted,
                    replace_all: false,
                    token: delta.token,
                }
            }
            Changes::Unsupported => OwnedMirrorChange {
                stored: server.events_between(url, now - SYNC_BEHIND, now + SYNC_AHEAD).await?,
                deleted: Vec::new(),
                replace_all: true,
                token: None,
            },
            Changes::TokenExpired => {
                return Err(Failure::Fetch(FetchError::NotDav(
                    "the server refused a sync from the start".to_owned(),
                )));
            }
        };
        if change.stored.len() > MAX_CALDAV_EVENTS {
            return Err(Failure::Lasting(format!(
                "the calendar holds more than {MAX_CALDAV_EVENTS} events"
            )));
        }
        let replaced: HashSet<&str> = change
            .stored
            .iter()
            .map(|o| o.href.as_str())
            .chain(change.deleted.iter().map(String::as_str))
            .collect();
        let mut texts: Vec<String> = if change.replace_all {
            Vec::new()
        } else {
            mirrored
                .into_iter()
                .filter(|(href, _, _)| !replaced.contains(href.as_str()))
                .map(|(_, _, data)| data)
                .collect()
        };
        texts.extend(change.stored.iter().map(|o| o.data.clone()));
        Ok(Pulled::CalDav { texts, change })
    }
}

/// The booking a Kairos event's UID names (see `notify::ics::event_uid`).
fn kairos_booking(uid: &str) -> Option<BookingId> {
    uid.strip_suffix("@kairos")?.parse().ok()
}

/// `busy` without the host's own Kairos bookings — their invites accepted into the calendar,
/// or the events written back: a booking must not block itself (when it is moved), and a
/// cancelled one frees its time at once, not at the calendar's next sync.
async fn without_own_bookings(pool: &PgPool, org: OrgId, host: HostId, mut busy: FeedBusy) -> anyhow::Result<FeedBusy> {
    let mut named: Vec<BookingId> = busy.busy.iter().filter_map(|b| kairos_booking(&b.uid)).collect();
    if named.is_empty() {
        return Ok(busy);
    }
    named.sort_by_key(|id| id.0);
    named.dedup();
    let own: HashSet<BookingId> =
        store::calendar_sources::own_bookings(&mut *store::acquire(pool).await?, org, host, &named)
            .await?
            .into_iter()
            .collect();
    busy.busy
        .retain(|b| kairos_booking(&b.uid).is_none_or(|id| !own.contains(&id)));
    Ok(busy)
}

/// Source `id`'s address, opened (or why it cannot be).
pub(super) fn open_url(keys: &Keyring, id: CalendarSourceId, target: &SyncTarget) -> Result<String, String> {
    match &target.url {
        StoredUrl::Sealed(sealed) => keys
            .open(sealed, &url_context(id))
            .map_err(|err| format!("the address cannot be opened: {err}")),
        StoredUrl::Plain(url) => Ok(url.clone()),
    }
}

/// CalDAV source `id`'s login, opened (or why it cannot be).
pub(super) fn open_login(keys: &Keyring, id: CalendarSourceId, target: &SyncTarget) -> Result<Login, String> {
    let sealed = target
        .login_sealed
        .as_deref()
        .ok_or_else(|| "the CalDAV login is missing".to_owned())?;
    let text = keys
        .open(sealed, &login_context(id))
        .map_err(|err| format!("the CalDAV login cannot be opened: {err}"))?;
    serde_json::from_str(&text).map_err(|_| "the CalDAV login is damaged".to_owned())
}

/// The busy time of `texts` (each an iCalendar document) for `target`'s host as of `now`,
/// read off the async threads (thousands of events take tens of milliseconds). A `whole_feed`
/// must be readable; of a CalDAV calendar's events, one that cannot be read counts as
/// unreadable and the others still count.
async fn read_busy(
    target: &SyncTarget,
    texts: Vec<String>,
    whole_feed: bool,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<FeedBusy, ics_busy::FeedError>> {
    let zone: chrono_tz::Tz = target.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let owners = vec![target.host_email.to_lowercase()];
    let all_day_busy = target.all_day_busy;
    Ok(tokio::task::spawn_blocking(move || {
        let reading = Reading {
            from: now - SYNC_BEHIND,
            until: now + SYNC_AHEAD,
            zone,
            all_day_busy,
            owners: &owners,
        };
        if let (true, [text]) = (whole_feed, texts.as_slice()) {
            return ics_busy::read(text, &reading);
        }
        let mut all = FeedBusy::default();
        for text in &texts {
            match ics_busy::read(text, &reading) {
                Ok(one) => {
                    all.busy.extend(one.busy);
                    all.events += one.events;
                    all.unreadable += one.unreadable;
                    all.truncated |= one.truncated;
                }
                Err(_) => all.unreadable += 1,
            }
        }
        all.busy.sort_by_key(|b| b.start);
        Ok(all)
    })
    .await?)
}
