//! All SQL lives here. Every function that reads or writes tenant data takes the `OrgId`, so
//! there is no unscoped lookup to misuse; the only lookups without one resolve a public handle
//! (an organisation's slug, an invitee's booking uid) to the organisation that owns it.
//! Queries are checked against the schema at compile time (`sqlx::query!`, with `.sqlx/`
//! committed for offline builds).

pub mod api_keys;
pub mod availability;
pub mod bookings;
pub mod busy;
pub mod event_types;
pub mod hosts;
pub mod idempotency;
pub mod orgs;

use sqlx::PgPool;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::config::Config;

/// The embedded migrations; `kairos migrate` and start-up both run them.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Opens the pool with every setting owned by configuration (sqlx's 30 s acquire default
/// would turn a saturated instance into one that hangs).
pub async fn connect(config: &Config, options: PgConnectOptions) -> anyhow::Result<PgPool> {
    use anyhow::Context;
    let pool = PgPoolOptions::new()
        .max_connections(config.db_max_connections)
        .min_connections(config.db_min_connections)
        .acquire_timeout(config.acquire_timeout())
        .connect_with(options)
        .await
        .context("cannot connect to PostgreSQL")?;
    Ok(pool)
}

/// Runs pending migrations.
pub async fn migrate(pool: &PgPool) -> anyhow::Result<()> {
    use anyhow::Context;
    MIGRATOR.run(pool).await.context("running database migrations")
}

/// Keyset pagination: at most `limit` rows after the cursor position.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest<C> {
    pub after: Option<C>,
    pub limit: i64,
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
