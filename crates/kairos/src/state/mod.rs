//! What every request handler can reach, shared by the API and the web app: the database
//! pool, the configuration (and so the clock), where the web app's sessions live, and the
//! slot cache.

pub mod client;
pub mod rate_limit;
pub mod redis_link;
pub mod sessions;
pub mod slot_cache;

use std::sync::Arc;

use sqlx::PgPool;

use crate::config::Config;
use rate_limit::RateLimiter;
use sessions::SessionStore;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub pool: PgPool,
    pub config: Arc<Config>,
    /// Where the web app's sessions are kept (PostgreSQL, or Redis when configured).
    pub sessions: SessionStore,
    /// Public slot lists kept in Redis, when configured.
    pub slot_cache: slot_cache::SlotCache,
    /// Limits on anonymous work (bookings, an invitee's changes, log-ins).
    pub limiter: RateLimiter,
    /// A one-connection pool of its own for `/readyz`, so readiness says whether the database
    /// answers, not whether the API's pool is busy (a lock that fills it would otherwise take
    /// every instance out of the load balancer at once).
    pub probe: PgPool,
    /// The keys that seal secrets at rest (calendar feed addresses).
    pub keyring: crate::sealing::Keyring,
    /// The guarded client for hosts' calendar servers (CalDAV discovery).
    pub feeds: crate::calendars::fetch::FeedClient,
    /// Wakes the workers after a booking has committed (bookings leave the `NOTIFY` out of
    /// their transactions).
    pub waker: crate::jobs::wake::Waker,
}

impl AppState {
    /// The current instant on the configured clock: what every decision of a request uses.
    #[must_use]
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.config.clock.now()
    }
}

/// `bytes` as lowercase hex (Redis keys of hashed secrets).
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
