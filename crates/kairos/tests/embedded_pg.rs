//! Integration test of the embedded default database: creates a private
//! PostgreSQL cluster in a fresh temporary directory, uses it, stops it, and
//! starts it again to check that the existing cluster and its data are reused.
//!
//! Needs the PostgreSQL server binaries, which `scripts/test.sh` installs.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use kairos::embedded_pg::EmbeddedPostgres;
use sqlx::Connection as _;
use sqlx::postgres::PgConnection;

/// A directory under the system temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<Self> {
        let path = std::env::temp_dir().join(format!("kairos-embedded-pg-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(TempDir(path))
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

async fn connect(pg: &EmbeddedPostgres) -> Result<PgConnection> {
    PgConnection::connect_with(&pg.connect_options())
        .await
        .context("connecting to the embedded cluster")
}

/// Runs `body` against a started cluster and stops the cluster afterwards,
/// even when `body` fails, so that no server is left running.
async fn with_cluster(dir: &Path, body: impl AsyncFnOnce(&EmbeddedPostgres) -> Result<()>) -> Result<()> {
    let pg = EmbeddedPostgres::start(dir).await?;
    let result = body(&pg).await;
    let stopped = pg.stop().await;
    result?;
    stopped
}

#[tokio::test(flavor = "multi_thread")]
async fn creates_reuses_and_stops_a_cluster() -> Result<()> {
    let dir = TempDir::new()?;

    with_cluster(dir.path(), async |pg| {
        let mut conn = connect(pg).await?;
        let one: i32 = sqlx::query_scalar("SELECT 1").fetch_one(&mut conn).await?;
        assert_eq!(one, 1);
        let database: String = sqlx::query_scalar("SELECT current_database()")
            .fetch_one(&mut conn)
            .await?;
        assert_eq!(database, "kairos");
        sqlx::query("CREATE TABLE survives_restart (note text NOT NULL)")
            .execute(&mut conn)
            .await?;
        sqlx::query("INSERT INTO survives_restart (note) VALUES ('still here')")
            .execute(&mut conn)
            .await?;
        conn.close().await?;
        Ok(())
    })
    .await?;
    assert!(dir.path().join("postgres/PG_VERSION").is_file());

    with_cluster(dir.path(), async |pg| {
        let mut conn = connect(pg).await?;
        let note: String = sqlx::query_scalar("SELECT note FROM survives_restart")
            .fetch_one(&mut conn)
            .await?;
        assert_eq!(note, "still here");
        conn.close().await?;
        // Stopping here and again in `with_cluster`: a second stop is a no-op.
        pg.stop().await
    })
    .await?;

    let path = dir.path().to_path_buf();
    drop(dir);
    assert!(!path.exists());
    Ok(())
}
