//! Write-back: a host's booking, as it is now, written to the CalDAV calendar that receives
//! their bookings — created with `If-None-Match: *` under the invite's UID, updated with
//! `If-Match` on the ETag written last (the SEQUENCE the invite carries), removed on
//! cancellation. Run as a job from the booking's events, so a booking never waits on a remote
//! server; each run writes the booking's current state, so a repeated or late run writes
//! nothing twice. An event someone changed in their calendar app is taken back: Kairos owns it.

use super::calendar_sync::{Syncer, open_login, open_url};
use crate::calendars::caldav::{Expect, Put, Server};
use crate::calendars::fetch::FetchError;
use crate::ids::{BookingId, CalendarSourceId, OrgId};
use crate::jobs::Outcome;
use crate::model::BookingStatus;
use crate::notify::{self, ics};
use crate::store;

/// Where booking `booking`'s event lives in the calendar at `calendar` (its collection's
/// address): named after the booking, so a lost record still finds it.
fn event_address(calendar: &str, booking: BookingId) -> Result<String, FetchError> {
    let base = reqwest::Url::parse(calendar).map_err(|e| FetchError::BadUrl(e.to_string()))?;
    let base = if base.path().ends_with('/') {
        base
    } else {
        reqwest::Url::parse(&format!("{base}/")).map_err(|e| FetchError::BadUrl(e.to_string()))?
    };
    base.join(&format!("{booking}.ics"))
        .map(String::from)
        .map_err(|e| FetchError::BadUrl(e.to_string()))
}

/// Writes `booking` to source `source` as it is now.
pub async fn write(
    ctx: Syncer<'_>,
    org: OrgId,
    booking: BookingId,
    source: CalendarSourceId,
) -> anyhow::Result<Outcome> {
    let mut conn = store::acquire(ctx.pool).await?;
    let Some(target) = store::calendar_sources::sync_target(&mut *conn, org, source).await? else {
        return Ok(Outcome::Done);
    };
    let Some(current) = store::bookings::get(&mut *conn, org, booking).await? else {
        return Ok(Outcome::Done);
    };
    let opened = open_url(ctx.keys, source, &target).and_then(|url| Ok((url, open_login(ctx.keys, source, &target)?)));
    let (calendar, login) = match opened {
        Ok(opened) => opened,
        Err(message) => return Ok(Outcome::Fail(message)),
    };
    let server = Server {
        client: ctx.feeds,
        login: &login,
    };
    let written = store::calendar_sources::written(&mut *conn, source, booking).await?;
    let result = match current.status {
        BookingStatus::Confirmed => {
            let context = notify::load_context(&mut conn, org, &current)
                .await
                .map_err(|err| anyhow::anyhow!("{err}"))?;
            let text = ics::calendar(
                None,
                &[ics::Invite {
                    booking: &current,
                    title: &context.title,
                    location: &context.location,
                    hosts: &context.hosts,
                    stamp: current.updated_at,
                }],
            );
            put(&server, &calendar, booking, written.as_ref(), &text).await
        }
        BookingStatus::Cancelled => remove(&server, written.as_ref()).await,
    };
    match result {
        Ok(record) => {
            let record = record.as_ref().map(|(href, etag)| (href.as_str(), etag.as_deref()));
            store::calendar_sources::record_written(&mut *conn, source, booking, record).await?;
            Ok(Outcome::Done)
        }
        Err(err) if err.is_transient() => Ok(Outcome::Retry(format!("writing to the calendar: {err}"))),
        Err(err) => Ok(Outcome::Fail(format!("writing to the calendar: {err}"))),
    }
}

/// Creates or updates the event; where it now is and its ETag.
async fn put(
    server: &Server<'_>,
    calendar: &str,
    booking: BookingId,
    written: Option<&(String, Option<String>)>,
    text: &str,
) -> Result<Option<(String, Option<String>)>, FetchError> {
    let (href, expect) = match written {
        Some((href, Some(etag))) => (href.clone(), Expect::Version(etag)),
        Some((href, None)) => (href.clone(), Expect::Anything),
        None => (event_address(calendar, booking)?, Expect::Nothing),
    };
    let etag = match server.put(&href, text, expect).await? {
        Put::Written(etag) => etag,
        // Created before its record was kept, or changed in a calendar app: Kairos's own event.
        Put::Conflict => match server.put(&href, text, Expect::Anything).await? {
            Put::Written(etag) => etag,
            Put::Conflict => return Err(FetchError::Status(412)),
        },
    };
    Ok(Some((href, etag)))
}

/// Removes the event, if one was written.
async fn remove(
    server: &Server<'_>,
    written: Option<&(String, Option<String>)>,
) -> Result<Option<(String, Option<String>)>, FetchError> {
    let Some((href, etag)) = written else {
        return Ok(None);
    };
    let expect = etag.as_deref().map_or(Expect::Anything, Expect::Version);
    if server.delete(href, expect).await? == Put::Conflict {
        server.delete(href, Expect::Anything).await?;
    }
    Ok(None)
}
