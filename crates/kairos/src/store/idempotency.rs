//! Idempotency keys: the first successful response to a request carrying a key is stored in
//! the same transaction as its effect and replayed to every retry with that key for 24 hours;
//! after that the key may be used afresh.

use sqlx::PgConnection;

/// What a key means for the request at hand.
#[derive(Debug, Clone)]
pub enum Claim {
    /// First use: go ahead, then [`complete`] in the same transaction.
    New,
    /// Seen before with the same request: answer this.
    Replay { status: u16, body: serde_json::Value },
    /// Seen before with a different request.
    Mismatch,
}

/// Claims `key` within `scope`. A concurrent request with the same key waits here until the
/// first one commits (then replays it) or rolls back (then proceeds as new).
#[tracing::instrument(skip_all)]
pub async fn claim(tx: &mut PgConnection, scope: &str, key: &str, request_hash: &[u8]) -> sqlx::Result<Claim> {
    let inserted = sqlx::query!(
        "INSERT INTO idempotency_keys (scope, key, request_hash, status, body) VALUES ($1, $2, $3, 0, 'null')
         ON CONFLICT (scope, key) DO UPDATE
             SET request_hash = excluded.request_hash, status = 0, body = 'null', created_at = now()
             WHERE idempotency_keys.created_at < now() - interval '24 hours'",
        scope,
        key,
        request_hash
    )
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 1 {
        return Ok(Claim::New);
    }
    let row = sqlx::query!(
        "SELECT request_hash, status, body FROM idempotency_keys WHERE scope = $1 AND key = $2",
        scope,
        key
    )
    .fetch_one(&mut *tx)
    .await?;
    if row.request_hash != request_hash {
        return Ok(Claim::Mismatch);
    }
    Ok(Claim::Replay {
        status: u16::try_from(row.status).unwrap_or(200),
        body: row.body,
    })
}

#[tracing::instrument(skip_all)]
pub async fn complete(
    tx: &mut PgConnection,
    scope: &str,
    key: &str,
    status: u16,
    body: &serde_json::Value,
) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE idempotency_keys SET status = $3, body = $4 WHERE scope = $1 AND key = $2",
        scope,
        key,
        i16::try_from(status).unwrap_or(200),
        body
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Deletes keys past their 24-hour replay window (workers do this in their housekeeping).
#[tracing::instrument(skip_all)]
pub async fn prune_expired(conn: &mut PgConnection) -> sqlx::Result<u64> {
    let done = sqlx::query!("DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'")
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
