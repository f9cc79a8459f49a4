//! API keys: stored as SHA-256 hashes, scoped to one organisation, revocable.

use sqlx::PgExecutor;

use crate::ids::{ApiKeyId, HostId, OrgId};
use crate::model::ApiKey;

use super::PageRequest;

#[tracing::instrument(skip_all)]
pub async fn insert(
    db: impl PgExecutor<'_>,
    org: OrgId,
    id: ApiKeyId,
    key: NewKey<'_>,
    secret_hash: &[u8],
) -> sqlx::Result<Option<ApiKey>> {
    let row = sqlx::query!(
        "INSERT INTO api_keys (id, org_id, name, prefix, secret_hash, host_id)
         SELECT $1, $2, $3, $4, $5, $6
         WHERE $6::uuid IS NULL OR EXISTS (SELECT 1 FROM hosts WHERE org_id = $2 AND id = $6)
         RETURNING created_at",
        id as ApiKeyId,
        org as OrgId,
        key.name,
        key.prefix,
        secret_hash,
        key.host as Option<HostId>
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|row| ApiKey {
        id,
        name: key.name.to_owned(),
        prefix: key.prefix.to_owned(),
        host_id: key.host,
        created_at: row.created_at,
        revoked_at: None,
    }))
}

/// What a new key is called, how it starts, and the host it is limited to (if any).
#[derive(Debug, Clone, Copy)]
pub struct NewKey<'a> {
    pub name: &'a str,
    pub prefix: &'a str,
    pub host: Option<HostId>,
}

#[tracing::instrument(skip_all)]
pub async fn list(db: impl PgExecutor<'_>, org: OrgId, page: PageRequest<ApiKeyId>) -> sqlx::Result<Vec<ApiKey>> {
    let rows = sqlx::query!(
        r#"SELECT id AS "id: ApiKeyId", name, prefix, host_id AS "host_id: HostId", created_at, revoked_at FROM api_keys
         WHERE org_id = $1 AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3"#,
        org as OrgId,
        page.after as Option<ApiKeyId>,
        page.limit
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| ApiKey {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            host_id: r.host_id,
            created_at: r.created_at,
            revoked_at: r.revoked_at,
        })
        .collect())
}

/// The organisation's live keys, locked until the transaction ends.
#[tracing::instrument(skip_all)]
pub async fn lock_live(tx: &mut sqlx::PgConnection, org: OrgId) -> sqlx::Result<Vec<ApiKeyId>> {
    sqlx::query_scalar!(
        r#"SELECT id AS "id: ApiKeyId" FROM api_keys WHERE org_id = $1 AND revoked_at IS NULL ORDER BY id FOR UPDATE"#,
        org as OrgId
    )
    .fetch_all(&mut *tx)
    .await
}

/// Revokes the key; `false` when the organisation has no such key. Revoking twice is fine.
#[tracing::instrument(skip_all)]
pub async fn revoke(db: impl PgExecutor<'_>, org: OrgId, id: ApiKeyId) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as ApiKeyId
    )
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The organisation, key id and host (for a key limited to one) of a live key with this hash.
#[tracing::instrument(skip_all)]
pub async fn authenticate(
    db: impl PgExecutor<'_>,
    secret_hash: &[u8],
) -> sqlx::Result<Option<(OrgId, ApiKeyId, Option<HostId>)>> {
    let row = sqlx::query!(
        r#"SELECT org_id AS "org_id: OrgId", id AS "id: ApiKeyId", host_id AS "host_id: HostId"
           FROM api_keys WHERE secret_hash = $1 AND revoked_at IS NULL"#,
        secret_hash
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| (r.org_id, r.id, r.host_id)))
}
