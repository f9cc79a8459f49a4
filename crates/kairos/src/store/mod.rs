//! All SQL lives here. Every function that reads or writes tenant data takes the `OrgId`, so
//! there is no unscoped lookup to misuse; the only lookups without one resolve a public handle
//! (an organisation's slug, an invitee's booking uid, a host feed's token) to the organisation
//! that owns it.
//! Queries are checked against the schema at compile time (`sqlx::query!`, with `.sqlx/`
//! committed for offline builds).

pub mod accounts;
pub mod agent_actions;
pub mod api_keys;
pub mod assistant;
pub mod availability;
pub mod backups;
pub mod bookings;
pub mod busy;
pub mod calendar_sources;
pub mod calendars;
pub mod event_types;
pub mod events;
pub mod explain;
pub mod host_feeds;
pub mod hosts;
pub mod idempotency;
pub mod jobs;
pub mod orgs;
pub mod planner;
pub mod webhooks;

use sqlx::PgPool;
use std::time::{Duration, Instant};

use anyhow::Context;
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, Postgres, Transaction};

use crate::config::Config;

/// A zone read back from a row. Zones are checked before they are written, so an unknown one
/// means the row was changed behind Kairos's back: an error, never a silent UTC.
pub fn stored_zone(name: &str) -> sqlx::Result<kairos_core::Zone> {
    kairos_core::Zone::parse(name).map_err(|err| sqlx::Error::Decode(Box::new(err)))
}

/// An e-mail address read back from a row (checked when it was written, like [`stored_zone`]).
pub fn stored_email(text: &str) -> sqlx::Result<crate::model::values::EmailAddress> {
    crate::model::values::EmailAddress::parse(text).map_err(|err| sqlx::Error::Decode(Box::new(err)))
}

/// A slug read back from a row (checked when it was written, like [`stored_zone`]).
pub fn stored_slug(text: &str) -> sqlx::Result<crate::model::values::Slug> {
    crate::model::values::Slug::parse(text).map_err(|err| sqlx::Error::Decode(Box::new(err)))
}

/// The embedded migrations; `kairos migrate` and start-up both run them.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// How long a pooled connection may rest before it is checked again when next taken.
const PING_AFTER_IDLE: Duration = Duration::from_secs(1);

/// Every statement Kairos prepares is planned once per connection and the plan reused.
/// PostgreSQL's default (`auto`) plans a prepared statement anew on each execution whenever
/// its generic plan looks dearer than the custom ones, and for the statement that reads the
/// hosts' calendars (every booking and every uncached slot list) it always does: about 0.7 ms
/// of planning for 0.3 ms of execution, the same plan each time. Kairos's statements find rows
/// by key, organisation and time range through their indexes, whatever the values, so the
/// generic plan is the plan (docs/scaling.md, "The booking transaction").
pub const PLAN_CACHE_MODE: &str = "force_generic_plan";

/// Opens the pool with every setting owned by configuration (sqlx's 30 s acquire default
/// would turn a saturated instance into one that hangs). `statement_timeout` is sent at
/// connection start-up, so no statement can hold a connection longer than configured, and so
/// is [`PLAN_CACHE_MODE`].
/// A connection that rested longer than [`PING_AFTER_IDLE`] is pinged before it is handed out
/// (a dead one is replaced); one in steady use is not, which saves a round trip on every
/// request of a busy instance. If the database restarts, a request on a connection used in
/// the second before fails once with a 503 "retry shortly", and that connection is dropped.
pub async fn connect(config: &Config, options: PgConnectOptions) -> anyhow::Result<PgPool> {
    let options = session_settings(config, options);
    let seconds = |s: u64| (s > 0).then(|| Duration::from_secs(s));
    let pool = PgPoolOptions::new()
        .max_connections(config.db_max_connections)
        .min_connections(config.db_min_connections)
        .acquire_timeout(config.acquire_timeout())
        .idle_timeout(seconds(config.db_idle_timeout_secs))
        .max_lifetime(seconds(config.db_max_lifetime_secs))
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for > PING_AFTER_IDLE {
                    conn.ping().await?;
                }
                Ok(true)
            })
        })
        .connect_with(options)
        .await
        .context("cannot connect to PostgreSQL")?;
    Ok(pool)
}

/// A small pool of its own for workers running inside an API process, so background jobs
/// (and the worker's long-lived LISTEN connection) never take connections the API's pool is
/// sized for: one for LISTEN plus one per two concurrent jobs (jobs hold a connection only
/// between their network calls), at most 9.
pub async fn worker_pool(config: &Config, api_pool: &PgPool, concurrency: usize) -> anyhow::Result<PgPool> {
    let size = u32::try_from(1 + concurrency.div_ceil(2).clamp(2, 8)).unwrap_or(9);
    PgPoolOptions::new()
        .max_connections(size)
        .acquire_timeout(config.acquire_timeout())
        .idle_timeout(Some(Duration::from_secs(config.db_idle_timeout_secs.max(60))))
        .connect_with((*api_pool.connect_options()).clone())
        .await
        .context("cannot open the workers' database pool")
}

/// The settings every connection starts with: [`PLAN_CACHE_MODE`] and the configured
/// `statement_timeout`.
fn session_settings(config: &Config, options: PgConnectOptions) -> PgConnectOptions {
    let options = options.options([("plan_cache_mode", PLAN_CACHE_MODE)]);
    if config.db_statement_timeout_ms > 0 {
        options.options([("statement_timeout", config.db_statement_timeout_ms.to_string())])
    } else {
        options
    }
}

/// The pool of a streaming replica (`KAIROS_REPLICA_DATABASE_URL`), opened when first used so
/// that a replica that is down never stops start-up, with the primary's settings but a short
/// wait: a replica that does not answer at once is passed over for the primary.
pub fn replica_pool(config: &Config, url: &str) -> anyhow::Result<PgPool> {
    let options: PgConnectOptions = url
        .parse()
        .context("KAIROS_REPLICA_DATABASE_URL is not a valid PostgreSQL URL")?;
    Ok(PgPoolOptions::new()
        .max_connections(config.db_max_connections)
        .min_connections(0)
        .acquire_timeout(REPLICA_WAIT)
        .idle_timeout(Duration::from_secs(60))
        .connect_lazy_with(session_settings(config, options)))
}

/// The longest a slot read waits for a replica connection before reading from the primary.
const REPLICA_WAIT: Duration = Duration::from_millis(250);

/// A one-connection pool beside `pool`, made when first needed, with short waits: for the
/// checks that must tell "the database is down" apart from "the pool is busy" (readiness, the
/// `kairos_db_up` gauge).
#[must_use]
pub fn probe_pool(pool: &PgPool) -> PgPool {
    PgPoolOptions::new()
        .max_connections(1)
        .min_connections(0)
        .acquire_timeout(Duration::from_secs(2))
        .idle_timeout(Duration::from_secs(60))
        .connect_lazy_with(pool.connect_options().as_ref().clone())
}

/// Runs pending migrations.
pub async fn migrate(pool: &PgPool) -> anyhow::Result<()> {
    MIGRATOR.run(pool).await.context("running database migrations")
}

/// A pooled connection, with the wait for it measured: the acquire-wait histogram and the
/// acquire-timeout counter are how an operator sees a pool that is too small.
pub async fn acquire(pool: &PgPool) -> sqlx::Result<PoolConnection<Postgres>> {
    let started = Instant::now();
    let connection = pool.acquire().await;
    metrics::histogram!("kairos_db_pool_acquire_duration_seconds").record(started.elapsed().as_secs_f64());
    if matches!(connection, Err(sqlx::Error::PoolTimedOut)) {
        metrics::counter!("kairos_db_pool_acquire_timeouts_total").increment(1);
    }
    connection
}

/// A transaction on a measured connection (see [`acquire`]).
pub async fn begin(pool: &PgPool) -> sqlx::Result<Transaction<'static, Postgres>> {
    Transaction::begin(acquire(pool).await?, None).await
}

/// The server's `max_connections` less the slots reserved for superusers.
pub async fn server_connection_budget(pool: &PgPool) -> sqlx::Result<i64> {
    let budget = sqlx::query_scalar!(
        r#"SELECT (current_setting('max_connections')::int
                  - current_setting('superuser_reserved_connections')::int)::bigint AS "budget!""#
    )
    .fetch_one(pool)
    .await?;
    Ok(budget)
}

/// Keyset pagination: at most `limit` rows after the cursor position.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest<C> {
    pub after: Option<C>,
    pub limit: i64,
}

impl<C> PageRequest<C> {
    /// The first `limit` rows.
    #[must_use]
    pub fn first(limit: i64) -> Self {
        Self { after: None, limit }
    }
}

impl<C: Copy> PageRequest<C> {
    /// The same request asking for one row more, which tells whether another page exists.
    #[must_use]
    pub fn plus_one(self) -> Self {
        Self {
            after: self.after,
            limit: self.limit + 1,
        }
    }

    /// Trims rows fetched with [`Self::plus_one`] to a page and names the next cursor.
    pub fn cut<T>(self, mut rows: Vec<T>, cursor_of: impl Fn(&T) -> String) -> crate::model::Page<T> {
        let limit = usize::try_from(self.limit).unwrap_or(usize::MAX);
        let more = rows.len() > limit;
        rows.truncate(limit);
        let next_cursor = if more { rows.last().map(cursor_of) } else { None };
        crate::model::Page {
            data: rows,
            next_cursor,
        }
    }
}
