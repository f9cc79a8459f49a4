//! A CalDAV client of our own (RFC 4791, 6578, 6764), small because Kairos needs little of
//! CalDAV: find a user's calendars from a base address, learn what changed in one since a
//! sync token (or, on servers without `sync-collection`, read the events of a window), fetch
//! changed events, and write or remove one event conditionally on its ETag. Requests go through the guarded [`FeedClient`]. (The `libdav` crate
//! was weighed: it finds the context path with GET and lands on Radicale's web page, fetches a
//! window in two round trips and brings a DNS stack Kairos does not use.)

use chrono::{DateTime, Utc};
use reqwest::Url;

use super::dav_xml::{self, Multistatus};
use super::fetch::{DavAnswer, DavRequest, FeedClient, FetchError, Login};

/// Events fetched per `calendar-multiget` REPORT.
const MULTIGET_BATCH: usize = 200;
/// Calendars a discovery lists, at most.
const MAX_CALENDARS: usize = 100;

/// A calendar found on the server.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct FoundCalendar {
    /// The calendar collection's address.
    pub url: String,
    pub name: String,
    /// Whether it holds events (some hold only tasks).
    pub events: bool,
    /// Whether the server reports its changes incrementally (`sync-collection`).
    pub incremental: bool,
}

/// What changed in a calendar since a sync token.
#[derive(Debug, Clone, Default)]
pub struct Delta {
    pub token: Option<String>,
    /// Events added or changed: href and ETag.
    pub changed: Vec<(String, Option<String>)>,
    pub deleted: Vec<String>,
}

/// The answer to "what changed?".
#[derive(Debug, Clone)]
pub enum Changes {
    Delta(Delta),
    /// The token is no longer valid: start again from none.
    TokenExpired,
    /// The calendar does not report changes: read a window instead.
    Unsupported,
}

/// One event resource: its href, ETag and iCalendar text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    pub href: String,
    pub etag: Option<String>,
    pub data: String,
}

/// What a write expects to find at its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect<'a> {
    /// Nothing (`If-None-Match: *`): a new event.
    Nothing,
    /// The version with this ETag (`If-Match`).
    Version(&'a str),
    /// Whatever is there: Kairos's own event, taken back after someone else changed it.
    Anything,
}

/// How a conditional write went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Put {
    /// Done; the new ETag, when the server gave one.
    Written(Option<String>),
    /// The precondition failed: the event there is not the one expected.
    Conflict,
}

/// A CalDAV server reached through `client` as `login`.
#[derive(Debug, Clone, Copy)]
pub struct Server<'a> {
    pub client: &'a FeedClient,
    pub login: &'a Login,
}

fn join(base: &str, href: &str) -> Result<String, FetchError> {
    let base = Url::parse(base).map_err(|e| FetchError::BadUrl(e.to_string()))?;
    base.join(href)
        .map(String::from)
        .map_err(|e| FetchError::NotDav(format!("a bad href `{href}`: {e}")))
}

fn multistatus(answer: &DavAnswer) -> Result<Multistatus, FetchError> {
    if answer.status != 207 {
        return Err(FetchError::Status(answer.status));
    }
    dav_xml::parse(&answer.body).map_err(|e| FetchError::NotDav(e.0))
}

impl Server<'_> {
    async fn send(&self, method: &str, url: &str, depth: Option<&str>, body: &str) -> Result<DavAnswer, FetchError> {
        self.client
            .dav(DavRequest {
                method,
                url,
                login: self.login,
                depth,
                condition: None,
                content_type: "application/xml; charset=utf-8",
                body,
            })
            .await
    }

    /// PUTs `calendar` (an iCalendar text) at `url` if what is there is what `expected`
    /// says; [`Put::Conflict`] when it is not (412).
    pub async fn put(&self, url: &str, calendar: &str, expected: Expect<'_>) -> Result<Put, FetchError> {
        let condition = match expected {
            Expect::Nothing => Some(("If-None-Match", "*")),
            Expect::Version(etag) => Some(("If-Match", etag)),
            Expect::Anything => None,
        };
        let answer = self
            .client
            .dav(DavRequest {
                method: "PUT",
                url,
                login: self.login,
                depth: None,
                condition,
                content_type: "text/calendar; charset=utf-8",
                body: calendar,
            })
            .await?;
        match answer.status {
            200..=299 => Ok(Put::Written(answer.etag)),
            412 => Ok(Put::Conflict),
            status => Err(FetchError::Status(status)),
        }
    }

    /// Deletes the event at `url` if it is the version `expected` says; one already gone is
    /// fine.
    pub async fn delete(&self, url: &str, expected: Expect<'_>) -> Result<Put, FetchError> {
        let answer = self
            .client
            .dav(DavRequest {
                method: "DELETE",
                url,
                login: self.login,
                depth: None,
                condition: match expected {
                    Expect::Version(etag) => Some(("If-Match", etag)),
                    Expect::Nothing | Expect::Anything => None,
                },
                content_type: "text/plain",
                body: "",
            })
            .await?;
        match answer.status {
            200..=299 | 404 | 410 => Ok(Put::Written(None)),
            412 => Ok(Put::Conflict),
            status => Err(FetchError::Status(status)),
        }
    }

    async fn propfind(&self, url: &str, depth: &str, body: &str) -> Result<(String, Multistatus), FetchError> {
        let answer = self.send("PROPFIND", url, Some(depth), body).await?;
        Ok((answer.url.clone(), multistatus(&answer)?))
    }

    /// The user's principal from `url`, if it names one.
    async fn principal_at(&self, url: &str) -> Result<Option<String>, FetchError> {
        match self.propfind(url, "0", dav_xml::CURRENT_USER_PRINCIPAL).await {
            Ok((answered, found)) => match found.responses.iter().find_map(|r| r.principal.clone()) {
                Some(href) => Ok(Some(join(&answered, &href)?)),
                None => Ok(None),
            },
            Err(FetchError::Status(_) | FetchError::NotDav(_)) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// The calendars of the account at `base` (RFC 6764): the principal from the base address
    /// or its `/.well-known/caldav`, its calendar home, and the calendars there; a base that is
    /// itself a calendar is that calendar.
    pub async fn discover(&self, base: &str) -> Result<Vec<FoundCalendar>, FetchError> {
        let principal = match self.principal_at(base).await? {
            Some(principal) => Some(principal),
            None => self.principal_at(&join(base, "/.well-known/caldav")?).await?,
        };
        let home = match &principal {
            Some(principal) => {
                let (answered, found) = self.propfind(principal, "0", dav_xml::CALENDAR_HOME_SET).await?;
                match found.responses.iter().find_map(|r| r.home_set.clone()) {
                    Some(href) => join(&answered, &href)?,
                    None => principal.clone(),
                }
            }
            None => base.to_owned(),
        };
        let (answered, found) = self.propfind(&home, "1", dav_xml::COLLECTIONS).await?;
        let mut calendars = Vec::new();
        for response in found
            .responses
            .into_iter()
            .filter(|r| r.is_calendar)
            .take(MAX_CALENDARS)
        {
            let url = join(&answered, &response.href)?;
            let fallback = url
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            calendars.push(FoundCalendar {
                name: response.display_name.unwrap_or(fallback),
                events: response.components.is_empty() || response.components.iter().any(|c| c == "VEVENT"),
                incremental: response.sync_token.is_some(),
                url,
            });
        }
        if calendars.is_empty() && principal.is_none() {
            return Err(FetchError::NotDav(
                "no CalDAV principal or calendar at this address".to_owned(),
            ));
        }
        Ok(calendars)
    }

    /// What changed in `calendar` since `token` (none: everything, as changes).
    pub async fn changes(&self, calendar: &str, token: Option<&str>) -> Result<Changes, FetchError> {
        let answer = self
            .send("REPORT", calendar, Some("1"), &dav_xml::sync_collection(token))
            .await?;
        if answer.status != 207 && dav_xml::is_invalid_sync_token(&answer.body) {
            return Ok(if token.is_some() {
                Changes::TokenExpired
            } else {
                Changes::Unsupported
            });
        }
        if matches!(answer.status, 400 | 403 | 405 | 415 | 501) {
            return Ok(Changes::Unsupported);
        }
        let found = multistatus(&answer)?;
        let own_path = Url::parse(calendar).map(|u| u.path().to_owned()).unwrap_or_default();
        let mut delta = Delta {
            token: found.sync_token,
            ..Delta::default()
        };
        for response in found.responses {
            if response.href.is_empty() || response.href.trim_end_matches('/') == own_path.trim_end_matches('/') {
                continue;
            }
            if response.status == Some(404) {
                delta.deleted.push(response.href);
            } else if !response.href.ends_with('/') {
                delta.changed.push((response.href, response.etag));
            }
        }
        Ok(Changes::Delta(delta))
    }

    /// The events `hrefs` of `calendar`, in batches; one that vanished meanwhile is left out.
    pub async fn fetch(&self, calendar: &str, hrefs: &[String]) -> Result<Vec<Object>, FetchError> {
        let mut objects = Vec::with_capacity(hrefs.len());
        for batch in hrefs.chunks(MULTIGET_BATCH) {
            let answer = self
                .send("REPORT", calendar, Some("1"), &dav_xml::multiget(batch))
                .await?;
            objects.extend(objects_of(multistatus(&answer)?));
        }
        Ok(objects)
    }

    /// The events of `calendar` that touch `[from, until)`, with their data.
    pub async fn events_between(
        &self,
        calendar: &str,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<Object>, FetchError> {
        let format = "%Y%m%dT%H%M%SZ";
        let body = dav_xml::events_between(&from.format(format).to_string(), &until.format(format).to_string());
        let answer = self.send("REPORT", calendar, Some("1"), &body).await?;
        Ok(objects_of(multistatus(&answer)?).collect())
    }
}

fn objects_of(found: Multistatus) -> impl Iterator<Item = Object> {
    found.responses.into_iter().filter_map(|r| {
        Some(Object {
            data: r.calendar_data?,
            href: r.href,
            etag: r.etag,
        })
    })
}
