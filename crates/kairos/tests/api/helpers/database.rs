//! The test's own database as other programs reach it: a URL for a child `kairos` process,
//! a target for the backup tools, and what its sessions are waiting on.

use kairos::backup::PgTarget;
use sqlx::PgPool;

/// The URL of the test's own database, for a child process.
pub fn database_url(pool: &PgPool) -> String {
    let base = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let name = pool
        .connect_options()
        .get_database()
        .expect("a named test database")
        .to_owned();
    let (server, _) = base.rsplit_once('/').expect("a URL with a database");
    format!("{server}/{name}")
}

/// The test database of `pool`, as the backup tools reach it.
pub fn target_of(pool: &PgPool) -> PgTarget {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let database = pool.connect_options().get_database().expect("database name").to_owned();
    PgTarget::from_url(&url).expect("DATABASE_URL").with_database(&database)
}

/// Waits until at least `n` statements in the test's database wait on a lock, so that a test can
/// start the next of several racing transactions at a chosen point; panics after five seconds.
pub async fn lock_waits(pool: &PgPool, n: i64) {
    for _ in 0..200 {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
        .fetch_one(pool)
        .await
        .expect("activity");
        if waiting >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("{n} statements never waited on a lock");
}
