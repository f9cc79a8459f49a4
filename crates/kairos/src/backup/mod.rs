//! Verified backups: `pg_dump`/`pg_restore` in custom format, a manifest per backup (checksum,
//! row counts and fingerprints, schema version, newest data), a local or S3-compatible
//! destination, retention, restores that refuse to overwrite data by accident, and
//! verification by a real restore into a scratch database. One job per module; the schedule is
//! run by the workers (`app::scheduled_backups`), the `kairos backup …` command line is
//! `cli::backup`.

pub mod catalog;
pub mod census;
pub mod create;
pub mod destination;
pub mod invariants;
pub mod manifest;
pub mod progress;
pub mod restore;
pub mod retention;
pub mod target;
pub mod tools;
pub mod verify;
pub mod workdir;

pub use destination::{Destination, S3Settings};
pub use manifest::Manifest;
pub use retention::Policy;
pub use target::PgTarget;

use crate::config::Config;

/// The database the configuration names, as the client tools reach it: `DATABASE_URL`, or the
/// embedded cluster's socket (whose options the open pool carries).
pub fn source_of(config: &Config, pool: &sqlx::PgPool) -> anyhow::Result<PgTarget> {
    use secrecy::ExposeSecret;
    match &config.database_url {
        Some(url) => PgTarget::from_url(url.expose_secret()),
        None => Ok(PgTarget::from_options(&pool.connect_options())),
    }
}

/// The retention policy of the configuration.
#[must_use]
pub fn policy_of(config: &Config) -> Policy {
    Policy {
        daily: config.backup_keep_daily,
        weekly: config.backup_keep_weekly,
    }
}
