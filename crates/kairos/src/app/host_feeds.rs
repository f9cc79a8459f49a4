//! A host's secret ICS feed of their Kairos bookings, for Google, Apple or Outlook to subscribe
//! to: creating it (which replaces any earlier address), reading what it is, revoking it, and
//! the calendar it serves. The address's token is 256 random bits shown once; like API keys,
//! only its SHA-256 is kept. The feed holds the same events, with the same `UID`s, as the
//! bookings' invites, so a calendar that got both shows each booking once.

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};
use utoipa::ToSchema;

use super::{Error, Result, keys};
use crate::ids::{HostId, OrgId};
use crate::model::HostFeed;
use crate::model::planner::PlannedBlock;
use crate::notify::{self, ics};
use crate::store;
use crate::store::host_feeds::FeedOwner;

/// Every feed token starts with this, so a leaked feed address is easy to recognise.
pub const TOKEN_PREFIX: &str = "kfeed_";
/// Random bytes in a token (hex-encoded after the prefix).
const TOKEN_BYTES: usize = 32;
/// The file name a feed is served under: `<token>.ics`.
const FILE_SUFFIX: &str = ".ics";
/// How far back and ahead the feed shows bookings.
pub const BEHIND: TimeDelta = TimeDelta::days(30);
pub const AHEAD: TimeDelta = TimeDelta::days(365);
/// The most bookings one feed shows; past it, the coming ones are kept before the past ones.
pub const MAX_BOOKINGS: i64 = 5_000;
/// The most planned blocks one feed shows.
pub const MAX_PLANNED: usize = 5_000;
/// How often subscribers are asked to fetch the feed again (an RFC 5545 duration).
pub const REFRESH: &str = "PT15M";

/// What a new feed shows besides the host's bookings. Read only from a JSON object (serde
/// would otherwise take `[]` or `[true]` for a struct): anything else is refused.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(try_from = "serde_json::Map<String, serde_json::Value>")]
pub struct NewHostFeed {
    /// Whether the feed also shows the host's planned blocks (tasks, habits, focus time) as
    /// busy events (default false).
    #[serde(default)]
    pub include_planned: bool,
}

impl TryFrom<serde_json::Map<String, serde_json::Value>> for NewHostFeed {
    type Error = String;

    fn try_from(fields: serde_json::Map<String, serde_json::Value>) -> std::result::Result<Self, String> {
        let mut feed = Self::default();
        for (name, value) in fields {
            match (name.as_str(), value) {
                ("include_planned", serde_json::Value::Bool(include)) => feed.include_planned = include,
                ("include_planned", _) => return Err("`include_planned` must be true or false".to_owned()),
                (other, _) => return Err(format!("unknown field `{other}`; a feed takes only `include_planned`")),
            }
        }
        Ok(feed)
    }
}

/// A freshly made feed and its address, which is shown exactly once.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CreatedHostFeed {
    /// The feed's secret address. Give it to the calendar now: Kairos keeps only a hash of it.
    #[schema(example = "https://book.acme.example/feeds/kfeed_0123….ics")]
    pub url: String,
    /// The same address as `webcal://`, which opens a subscription in Apple Calendar and Outlook.
    #[schema(example = "webcal://book.acme.example/feeds/kfeed_0123….ics")]
    pub webcal_url: String,
    #[serde(flatten)]
    pub feed: HostFeed,
}

/// Makes `host`'s feed, served under `public_base` (the instance's public URL without a
/// trailing slash). A host has one feed: making it again gives it a new address, and the old
/// one stops working at once.
pub async fn create(
    pool: &PgPool,
    org: OrgId,
    host: HostId,
    new: NewHostFeed,
    public_base: &str,
    now: DateTime<Utc>,
) -> Result<CreatedHostFeed> {
    let token = format!("{TOKEN_PREFIX}{}", keys::random_hex(TOKEN_BYTES)?);
    let mut tx = store::begin(pool).await?;
    require_host(&mut tx, org, host).await?;
    let feed = store::host_feeds::replace(&mut *tx, org, host, &keys::hash(&token), new.include_planned, now).await?;
    tx.commit().await?;
    let url = format!("{public_base}/feeds/{token}{FILE_SUFFIX}");
    Ok(CreatedHostFeed {
        webcal_url: webcal(&url),
        url,
        feed,
    })
}

/// The host's feed, without its address (which only its creation shows).
pub async fn get(pool: &PgPool, org: OrgId, host: HostId) -> Result<HostFeed> {
    let mut conn = store::acquire(pool).await?;
    require_host(&mut conn, org, host).await?;
    store::host_feeds::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("feed"))
}

/// Revokes the host's feed: its address answers 404 from now on.
pub async fn revoke(pool: &PgPool, org: OrgId, host: HostId) -> Result<()> {
    let mut conn = store::acquire(pool).await?;
    require_host(&mut conn, org, host).await?;
    if !store::host_feeds::delete(&mut *conn, org, host).await? {
        return Err(Error::NotFound("feed"));
    }
    Ok(())
}

async fn require_host(conn: &mut PgConnection, org: OrgId, host: HostId) -> Result<()> {
    store::hosts::get(&mut *conn, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    Ok(())
}

/// The feed served as `file` (`<token>.ics`). A file name that is not a token, a token never
/// made and a revoked or replaced one are all the same 404.
pub async fn find(pool: &PgPool, file: &str) -> Result<FeedOwner> {
    let token = token_of(file).ok_or(Error::NotFound("feed"))?;
    store::host_feeds::find_by_token(&mut *store::acquire(pool).await?, &keys::hash(token))
        .await?
        .ok_or(Error::NotFound("feed"))
}

/// The token in a feed's file name, if it has the shape of one.
fn token_of(file: &str) -> Option<&str> {
    let token = file.strip_suffix(FILE_SUFFIX)?;
    let secret = token.strip_prefix(TOKEN_PREFIX)?;
    let is_hex =
        secret.len() == TOKEN_BYTES * 2 && secret.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    is_hex.then_some(token)
}

/// The address as `webcal://`.
fn webcal(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    format!("webcal://{rest}")
}

/// The feed's calendar as of `now`: the host's confirmed bookings from [`BEHIND`] ago to
/// [`AHEAD`], each as its invite's event, and, when the feed asks for them, the host's planned
/// blocks as busy events.
pub async fn calendar(pool: &PgPool, feed: &FeedOwner, now: DateTime<Utc>) -> Result<String> {
    let window = (now - BEHIND, now + AHEAD);
    let mut conn = store::acquire(pool).await?;
    let bookings = store::bookings::active_for_host(&mut *conn, feed.org, feed.host, window, now, MAX_BOOKINGS).await?;
    let contexts = notify::load_contexts(&mut conn, feed.org, &bookings).await?;
    let invites: Vec<ics::Invite<'_>> = bookings
        .iter()
        .zip(&contexts)
        .map(|(booking, context)| ics::Invite {
            booking,
            title: &context.title,
            location: &context.location,
            hosts: &context.hosts,
            stamp: booking.updated_at,
        })
        .collect();
    let planned = if feed.include_planned {
        planned(&mut conn, feed, window).await?
    } else {
        Vec::new()
    };
    let busy: Vec<ics::Busy<'_>> = planned
        .iter()
        .map(|(uid, block, stamp)| ics::Busy {
            uid,
            summary: &block.title,
            start: block.start,
            end: block.end,
            stamp: *stamp,
        })
        .collect();
    let name = format!("Kairos — {}", feed.host_name);
    Ok(ics::subscription(
        &ics::Subscription {
            name: &name,
            refresh: REFRESH,
        },
        &invites,
        &busy,
    ))
}

/// The host's planned blocks in the window, each with its `UID` and its `DTSTAMP` (when the
/// plan was last made).
async fn planned(
    conn: &mut PgConnection,
    feed: &FeedOwner,
    window: (DateTime<Utc>, DateTime<Utc>),
) -> Result<Vec<(String, PlannedBlock, DateTime<Utc>)>> {
    let mut blocks = store::planner::blocks(&mut *conn, feed.org, feed.host, window.0, Some(window.1)).await?;
    blocks.truncate(MAX_PLANNED);
    let planned_at = store::planner::result(&mut *conn, feed.org, feed.host)
        .await?
        .map_or(feed.created_at, |(at, _, _)| at);
    Ok(blocks
        .into_iter()
        .map(|block| (planned_uid(feed.host, &block), block, planned_at))
        .collect())
}

/// A planned block's `UID`: made from what the block is, so it stays the same while a re-plan
/// keeps the block where it was, and never looks like a booking's.
fn planned_uid(host: HostId, block: &PlannedBlock) -> String {
    let what = match (block.task_id, block.habit_id) {
        (Some(task), _) => task.to_string(),
        (None, Some(habit)) => habit.to_string(),
        (None, None) => block.kind.as_str().to_owned(),
    };
    let digest = keys::hash(&format!(
        "{host}:{what}:{}:{}",
        block.start.timestamp(),
        block.end.timestamp()
    ));
    let short: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("planned-{short}@kairos")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_token_shaped_file_name_is_looked_up() {
        let token = format!("{TOKEN_PREFIX}{}", "0a".repeat(32));
        assert_eq!(token_of(&format!("{token}.ics")), Some(token.as_str()));
        for bad in [
            token.clone(),
            format!("{token}.ICS"),
            format!("{token}.ics.ics"),
            format!("{}.ics", token.to_uppercase()),
            format!("{TOKEN_PREFIX}{}.ics", "0a".repeat(31)),
            format!("{TOKEN_PREFIX}{}.ics", "0A".repeat(32)),
            format!("{TOKEN_PREFIX}{}g.ics", "0a".repeat(31)),
            format!("kai_{}.ics", "0a".repeat(32)),
            ".ics".to_owned(),
            String::new(),
            format!("{TOKEN_PREFIX}{}é.ics", "0a".repeat(31)),
        ] {
            assert_eq!(token_of(&bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_new_feed_is_read_only_from_an_object_with_known_fields() {
        let read = |text: &str| serde_json::from_str::<NewHostFeed>(text).map(|f| f.include_planned);
        assert_eq!(read("{}").ok(), Some(false));
        assert_eq!(read(r#"{"include_planned": true}"#).ok(), Some(true));
        for refused in [
            "[]",
            "[true]",
            "true",
            "\"x\"",
            r#"{"include_planned": 1}"#,
            r#"{"include_plan": true}"#,
        ] {
            assert!(read(refused).is_err(), "{refused}");
        }
    }

    #[test]
    fn webcal_addresses_keep_host_and_path() {
        assert_eq!(
            webcal("https://book.example/feeds/x.ics"),
            "webcal://book.example/feeds/x.ics"
        );
        assert_eq!(
            webcal("http://127.0.0.1:8080/feeds/x.ics"),
            "webcal://127.0.0.1:8080/feeds/x.ics"
        );
    }

    #[test]
    fn tokens_are_long_random_and_recognisable() {
        let a = format!("{TOKEN_PREFIX}{}", keys::random_hex(TOKEN_BYTES).expect("randomness"));
        let b = format!("{TOKEN_PREFIX}{}", keys::random_hex(TOKEN_BYTES).expect("randomness"));
        assert_ne!(a, b);
        assert_eq!(token_of(&format!("{a}.ics")), Some(a.as_str()));
    }
}
