//! Hosts' calendar sources, the busy intervals their last good sync found, and the mirror of
//! CalDAV calendars' events.

use chrono::{DateTime, Utc};
use sqlx::postgres::types::PgRange;
use sqlx::{PgConnection, PgExecutor};

use crate::ids::{BookingId, CalendarSourceId, HostId, OrgId};
use crate::model::CalendarSource;

/// A source's feed address as stored: sealed, or (written before sealing) plain until its
/// next sync seals it.
#[derive(Debug, Clone)]
pub enum StoredUrl {
    Sealed(Vec<u8>),
    Plain(String),
}

/// How a source is read: an iCalendar feed, or a CalDAV calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Ics,
    CalDav,
}

impl SourceKind {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ics => "ics",
            Self::CalDav => "caldav",
        }
    }
}

/// What a sync needs of a source.
#[derive(Debug, Clone)]
pub struct SyncTarget {
    pub host_id: HostId,
    pub kind: SourceKind,
    pub url: StoredUrl,
    /// A CalDAV source's sealed login, and where its last sync left off.
    pub login_sealed: Option<Vec<u8>>,
    pub sync_token: Option<String>,
    pub all_day_busy: bool,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// When its events were last read in full.
    pub read_at: Option<DateTime<Utc>>,
    /// The host's zone and address, for floating times and declined events.
    pub time_zone: String,
    pub host_email: String,
}

/// One busy interval to store.
#[derive(Debug, Clone)]
pub struct NewBusy {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub uid: String,
    pub title: String,
}

/// A new source, its address sealed by the caller.
#[derive(Debug, Clone)]
pub struct NewSource<'a> {
    pub id: CalendarSourceId,
    pub kind: SourceKind,
    pub name: &'a str,
    pub url_sealed: &'a [u8],
    /// A CalDAV source's user name and password, sealed.
    pub login_sealed: Option<&'a [u8]>,
    /// Whether the host's bookings are written to it (a CalDAV source, one per host).
    pub receives_bookings: bool,
    /// Whether its events' titles may be shown when Kairos explains busy time.
    pub show_titles: bool,
    /// What may be shown of the address.
    pub address: &'a str,
    pub all_day_busy: bool,
}

#[tracing::instrument(skip_all)]
pub async fn insert(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    new: NewSource<'_>,
    created_at: DateTime<Utc>,
) -> sqlx::Result<CalendarSource> {
    sqlx::query!(
        "INSERT INTO calendar_sources (id, org_id, host_id, kind, name, url_sealed, login_sealed, address, all_day_busy,
                                       created_at, receives_bookings, show_titles)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        new.id as CalendarSourceId,
        org as OrgId,
        host as HostId,
        new.kind.as_str(),
        new.name,
        new.url_sealed,
        new.login_sealed,
        new.address,
        new.all_day_busy,
        created_at,
        new.receives_bookings,
        new.show_titles
    )
    .execute(db)
    .await?;
    Ok(CalendarSource {
        id: new.id,
        host_id: host,
        kind: new.kind.as_str().to_owned(),
        receives_bookings: new.receives_bookings,
        show_titles: new.show_titles,
        name: new.name.to_owned(),
        address: new.address.to_owned(),
        all_day_busy: new.all_day_busy,
        blocking: true,
        stale: false,
        last_attempt_at: None,
        last_success_at: None,
        last_error: None,
        events: 0,
        busy_intervals: 0,
        created_at,
    })
}

/// A host's sources, oldest first.
#[tracing::instrument(skip_all)]
pub async fn list(db: impl PgExecutor<'_>, org: OrgId, host: HostId) -> sqlx::Result<Vec<CalendarSource>> {
    let rows = sqlx::query!(
        r#"SELECT id AS "id: CalendarSourceId", host_id AS "host_id: HostId", kind, receives_bookings, show_titles, name,
                  address, all_day_busy,
                  blocking, last_attempt_at, last_success_at, last_error, events, busy_intervals, created_at
           FROM calendar_sources WHERE org_id = $1 AND host_id = $2 ORDER BY created_at, id"#,
        org as OrgId,
        host as HostId
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| CalendarSource {
            id: r.id,
            host_id: r.host_id,
            kind: r.kind,
            receives_bookings: r.receives_bookings,
            show_titles: r.show_titles,
            name: r.name,
            address: r.address,
            all_day_busy: r.all_day_busy,
            blocking: r.blocking,
            // Known only against the clock and the configured limit: the caller decides.
            stale: false,
            last_attempt_at: r.last_attempt_at,
            last_success_at: r.last_success_at,
            last_error: r.last_error,
            events: r.events,
            busy_intervals: r.busy_intervals,
            created_at: r.created_at,
        })
        .collect())
}

/// Deletes a source and its busy intervals; false when there was none.
#[tracing::instrument(skip_all)]
pub async fn delete(db: impl PgExecutor<'_>, org: OrgId, host: HostId, id: CalendarSourceId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "DELETE FROM calendar_sources WHERE org_id = $1 AND host_id = $2 AND id = $3",
        org as OrgId,
        host as HostId,
        id as CalendarSourceId
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// What syncing `id` needs, or `None` when it no longer exists.
#[tracing::instrument(skip_all)]
pub async fn sync_target(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: CalendarSourceId,
) -> sqlx::Result<Option<SyncTarget>> {
    let row = sqlx::query!(
        r#"SELECT c.host_id AS "host_id: HostId", c.kind, c.url, c.url_sealed, c.login_sealed, c.sync_token, c.all_day_busy, c.etag, c.last_modified,
                  c.read_at, h.time_zone, h.email
           FROM calendar_sources c JOIN hosts h ON h.org_id = c.org_id AND h.id = c.host_id
           WHERE c.org_id = $1 AND c.id = $2"#,
        org as OrgId,
        id as CalendarSourceId
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| SyncTarget {
        host_id: r.host_id,
        kind: if r.kind == "caldav" {
            SourceKind::CalDav
        } else {
            SourceKind::Ics
        },
        login_sealed: r.login_sealed,
        sync_token: r.sync_token,
        url: match (r.url_sealed, r.url) {
            (Some(sealed), _) => StoredUrl::Sealed(sealed),
            (None, plain) => StoredUrl::Plain(plain.unwrap_or_default()),
        },
        all_day_busy: r.all_day_busy,
        etag: r.etag,
        last_modified: r.last_modified,
        read_at: r.read_at,
        time_zone: r.time_zone,
        host_email: r.email,
    }))
}

/// Records a failed sync: the busy intervals already known stay.
#[tracing::instrument(skip_all)]
pub async fn record_failure(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: CalendarSourceId,
    error: &str,
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE calendar_sources SET last_attempt_at = $3, last_error = $4 WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as CalendarSourceId,
        at,
        error
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Records a sync that found the feed unchanged.
#[tracing::instrument(skip_all)]
pub async fn record_unchanged(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: CalendarSourceId,
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE calendar_sources SET last_attempt_at = $3, last_success_at = $3, last_error = NULL, blocking = true
         WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as CalendarSourceId,
        at
    )
    .execute(db)
    .await?;
    Ok(())
}

/// The result of a successful sync, replacing the source's busy intervals.
#[derive(Debug, Clone)]
pub struct Synced<'a> {
    pub busy: &'a [NewBusy],
    pub events: i32,
    pub etag: Option<&'a str>,
    pub last_modified: Option<&'a str>,
    pub at: DateTime<Utc>,
}

/// Replaces the busy intervals of source `id` (of `host`) with a sync's, in the caller's
/// transaction, and records the success (the source's row is locked first).
#[tracing::instrument(skip_all)]
pub async fn record_success(
    conn: &mut PgConnection,
    org: OrgId,
    host: HostId,
    id: CalendarSourceId,
    synced: Synced<'_>,
) -> sqlx::Result<()> {
    // The source's row first: a second sync of the same source waits here until this one commits,
    // then replaces what it wrote (deleting before it would see nothing to delete, and both would
    // insert); and a removal of the source, which deletes the row and then its busy time, takes
    // its locks in the same order.
    sqlx::query!(
        "UPDATE calendar_sources
         SET last_attempt_at = $3, last_success_at = $3, last_error = NULL, events = $4, busy_intervals = $5,
             etag = $6, last_modified = $7, blocking = true, read_at = $3
         WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as CalendarSourceId,
        synced.at,
        synced.events,
        i32::try_from(synced.busy.len()).unwrap_or(i32::MAX),
        synced.etag,
        synced.last_modified
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "DELETE FROM external_busy WHERE org_id = $1 AND source_id = $2",
        org as OrgId,
        id as CalendarSourceId
    )
    .execute(&mut *conn)
    .await?;
    let during: Vec<PgRange<DateTime<Utc>>> = synced.busy.iter().map(|b| PgRange::from(b.start..b.end)).collect();
    let uids: Vec<&str> = synced.busy.iter().map(|b| b.uid.as_str()).collect();
    let titles: Vec<&str> = synced.busy.iter().map(|b| b.title.as_str()).collect();
    sqlx::query!(
        "INSERT INTO external_busy (source_id, org_id, host_id, during, uid, title)
         SELECT $1, $2, $3, d, u, t FROM unnest($4::tstzrange[], $5::text[], $6::text[]) AS x(d, u, t)",
        id as CalendarSourceId,
        org as OrgId,
        host as HostId,
        &during as &[PgRange<DateTime<Utc>>],
        &uids as &[&str],
        &titles as &[&str]
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Sources whose last attempt is older than `before` (or never made), oldest first, at most
/// `limit`: what housekeeping queues for sync.
#[tracing::instrument(skip_all)]
pub async fn due(
    db: impl PgExecutor<'_>,
    before: DateTime<Utc>,
    limit: i64,
) -> sqlx::Result<Vec<(OrgId, CalendarSourceId)>> {
    let rows = sqlx::query!(
        r#"SELECT org_id AS "org_id: OrgId", id AS "id: CalendarSourceId" FROM calendar_sources
           WHERE last_attempt_at IS NULL OR last_attempt_at < $1
           ORDER BY last_attempt_at NULLS FIRST LIMIT $2"#,
        before,
        limit
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.org_id, r.id)).collect())
}

/// Stores source `id`'s address (and a CalDAV source's login) sealed anew under the current
/// key, dropping any plain copy of the address.
#[tracing::instrument(skip_all)]
pub async fn reseal(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: CalendarSourceId,
    url_sealed: &[u8],
    login_sealed: Option<&[u8]>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE calendar_sources SET url_sealed = $3, url = NULL, login_sealed = coalesce($4, login_sealed)
         WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as CalendarSourceId,
        url_sealed,
        login_sealed
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Sets which sources' busy time counts: all when `stale_block`, else only those with a
/// successful sync since `stale_before`. Returns how many sources changed.
#[tracing::instrument(skip_all)]
pub async fn refresh_blocking(
    db: impl PgExecutor<'_>,
    stale_before: DateTime<Utc>,
    stale_block: bool,
) -> sqlx::Result<u64> {
    let done = sqlx::query!(
        "UPDATE calendar_sources SET blocking = $2 OR coalesce(last_success_at >= $1, false)
         WHERE blocking <> ($2 OR coalesce(last_success_at >= $1, false))",
        stale_before,
        stale_block
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// How syncing goes across all sources: the sources with no successful sync since
/// `stale_before`, and the latest successful sync of any.
#[derive(Debug, Clone, Copy)]
pub struct SyncHealth {
    pub sources: i64,
    pub stale: i64,
    pub freshest: Option<DateTime<Utc>>,
}

#[tracing::instrument(skip_all)]
pub async fn health(db: impl PgExecutor<'_>, stale_before: DateTime<Utc>) -> sqlx::Result<SyncHealth> {
    let row = sqlx::query!(
        r#"SELECT count(*) AS "sources!",
                  count(*) FILTER (WHERE last_success_at IS NULL OR last_success_at < $1) AS "stale!",
                  max(last_success_at) AS freshest
           FROM calendar_sources"#,
        stale_before
    )
    .fetch_one(db)
    .await?;
    Ok(SyncHealth {
        sources: row.sources,
        stale: row.stale,
        freshest: row.freshest,
    })
}

/// The events of CalDAV source `id` as mirrored: href, ETag and iCalendar text.
#[tracing::instrument(skip_all)]
pub async fn mirror(
    db: impl PgExecutor<'_>,
    id: CalendarSourceId,
) -> sqlx::Result<Vec<(String, Option<String>, String)>> {
    let rows = sqlx::query!(
        "SELECT href, etag, data FROM caldav_objects WHERE source_id = $1 ORDER BY href",
        id as CalendarSourceId
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.href, r.etag, r.data)).collect())
}

/// Changes to a CalDAV source's mirror: events to store (added or changed), hrefs to forget,
/// whether everything else goes, and where the sync left off.
#[derive(Debug, Clone)]
pub struct MirrorChange<'a> {
    pub hrefs: Vec<&'a str>,
    pub etags: Vec<Option<&'a str>>,
    pub data: Vec<&'a str>,
    pub deleted: &'a [String],
    pub replace_all: bool,
    pub sync_token: Option<&'a str>,
}

/// Applies `change` to source `id`'s mirror, in the caller's transaction.
#[tracing::instrument(skip_all)]
pub async fn update_mirror(
    conn: &mut PgConnection,
    id: CalendarSourceId,
    change: &MirrorChange<'_>,
) -> sqlx::Result<()> {
    if change.replace_all {
        sqlx::query!(
            "DELETE FROM caldav_objects WHERE source_id = $1",
            id as CalendarSourceId
        )
        .execute(&mut *conn)
        .await?;
    } else if !change.deleted.is_empty() {
        sqlx::query!(
            "DELETE FROM caldav_objects WHERE source_id = $1 AND href = ANY($2)",
            id as CalendarSourceId,
            change.deleted
        )
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query!(
        "INSERT INTO caldav_objects (source_id, href, etag, data)
         SELECT $1, h, e, d FROM unnest($2::text[], $3::text[], $4::text[]) AS x(h, e, d)
         ON CONFLICT (source_id, href) DO UPDATE SET etag = excluded.etag, data = excluded.data",
        id as CalendarSourceId,
        &change.hrefs as &[&str],
        &change.etags as &[Option<&str>],
        &change.data as &[&str]
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "UPDATE calendar_sources SET sync_token = $2 WHERE id = $1",
        id as CalendarSourceId,
        change.sync_token
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The sources that receive the bookings of `hosts`: host and source.
#[tracing::instrument(skip_all)]
pub async fn receivers(
    db: impl PgExecutor<'_>,
    org: OrgId,
    hosts: &[HostId],
) -> sqlx::Result<Vec<(HostId, CalendarSourceId)>> {
    let rows = sqlx::query!(
        r#"SELECT host_id AS "host_id: HostId", id AS "id: CalendarSourceId" FROM calendar_sources
           WHERE org_id = $1 AND host_id = ANY($2) AND receives_bookings"#,
        org as OrgId,
        hosts as &[HostId]
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.host_id, r.id)).collect())
}

/// Where booking `booking` was written in source `id`, and the ETag it had then.
#[tracing::instrument(skip_all)]
pub async fn written(
    db: impl PgExecutor<'_>,
    id: CalendarSourceId,
    booking: BookingId,
) -> sqlx::Result<Option<(String, Option<String>)>> {
    let row = sqlx::query!(
        "SELECT href, etag FROM caldav_written WHERE source_id = $1 AND booking_id = $2",
        id as CalendarSourceId,
        booking as BookingId
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.href, r.etag)))
}

/// Records that `booking` is written at `href` with `etag` in source `id` (none: removed).
#[tracing::instrument(skip_all)]
pub async fn record_written(
    db: impl PgExecutor<'_>,
    id: CalendarSourceId,
    booking: BookingId,
    written: Option<(&str, Option<&str>)>,
) -> sqlx::Result<()> {
    match written {
        Some((href, etag)) => {
            sqlx::query!(
                "INSERT INTO caldav_written (source_id, booking_id, href, etag) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (source_id, booking_id) DO UPDATE SET href = excluded.href, etag = excluded.etag",
                id as CalendarSourceId,
                booking as BookingId,
                href,
                etag
            )
            .execute(db)
            .await?;
        }
        None => {
            sqlx::query!(
                "DELETE FROM caldav_written WHERE source_id = $1 AND booking_id = $2",
                id as CalendarSourceId,
                booking as BookingId
            )
            .execute(db)
            .await?;
        }
    }
    Ok(())
}

/// Of `bookings`, those of `host`: a Kairos booking's own copy in the host's calendar (the
/// invite they accepted, or the event written back) must not block the booking itself.
#[tracing::instrument(skip_all)]
pub async fn own_bookings(
    db: impl PgExecutor<'_>,
    org: OrgId,
    host: HostId,
    bookings: &[BookingId],
) -> sqlx::Result<Vec<BookingId>> {
    sqlx::query_scalar!(
        r#"SELECT booking_id AS "id!: BookingId" FROM booking_hosts
           WHERE org_id = $1 AND host_id = $2 AND booking_id = ANY($3)"#,
        org as OrgId,
        host as HostId,
        bookings as &[BookingId]
    )
    .fetch_all(db)
    .await
}
