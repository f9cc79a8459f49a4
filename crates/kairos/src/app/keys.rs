//! API keys: generation, hashing and authentication. Keys are 256 random bits, so a fast
//! SHA-256 is enough to store them (no password-style stretching needed); the secret is
//! returned once at creation and never stored.

use sha2::{Digest, Sha256};
use sqlx::PgPool;

use super::ProblemCode;
use super::{Error, Result};
use crate::ids::{ApiKeyId, HostId, OrgId};
use crate::model::{ApiKey, Page};
use crate::store::api_keys::NewKey;
use crate::store::{self, PageRequest};

/// Every key starts with this, so leaked keys are easy to recognise and scan for.
pub const KEY_PREFIX: &str = "kai_";

/// A freshly created key and its secret, which is shown exactly once.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CreatedKey {
    #[serde(flatten)]
    pub key: ApiKey,
    /// The bearer token. Store it now: Kairos keeps only its hash.
    pub secret: String,
}

/// `bytes` random bytes from the operating system's CSPRNG, hex-encoded.
pub fn random_hex(bytes: usize) -> Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|err| Error::Internal(anyhow::anyhow!("no randomness: {err}")))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

#[must_use]
pub fn hash(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

pub(crate) async fn create_in(
    db: &mut sqlx::PgConnection,
    org: OrgId,
    name: &str,
    host: Option<HostId>,
) -> Result<CreatedKey> {
    let name = super::validate::line("name", name, 200)?;
    let secret = format!("{KEY_PREFIX}{}", random_hex(32)?);
    let prefix: String = secret.chars().take(KEY_PREFIX.len() + 8).collect();
    let new = NewKey {
        name: &name,
        prefix: &prefix,
        host,
    };
    let key = store::api_keys::insert(db, org, ApiKeyId::generate(), new, &hash(&secret))
        .await?
        .ok_or_else(|| Error::invalid("host_id", "`host_id` names no host of this organisation"))?;
    Ok(CreatedKey { key, secret })
}

/// Creates a key; with `host`, one limited to that host, for the agent interface only.
pub async fn create(pool: &PgPool, org: OrgId, name: &str, host: Option<HostId>) -> Result<CreatedKey> {
    let mut conn = store::acquire(pool).await?;
    create_in(&mut conn, org, name, host).await
}

pub async fn list(pool: &PgPool, org: OrgId, page: PageRequest<ApiKeyId>) -> Result<Page<ApiKey>> {
    let keys = store::api_keys::list(&mut *store::acquire(pool).await?, org, page.plus_one()).await?;
    Ok(page.cut(keys, |k| k.id.to_string()))
}

/// Revokes a key at once. The last live key cannot be revoked: nothing could then reach the
/// organisation through the API, so create its successor first.
pub async fn revoke(pool: &PgPool, org: OrgId, id: ApiKeyId) -> Result<()> {
    let mut tx = store::begin(pool).await?;
    let live = store::api_keys::lock_live(&mut tx, org).await?;
    if live == [id] {
        return Err(Error::Conflict {
            code: ProblemCode::LastApiKey,
            message: "this is the organisation's last live API key; create another before revoking it".to_owned(),
        });
    }
    if !store::api_keys::revoke(&mut *tx, org, id).await? {
        return Err(Error::NotFound("API key"));
    }
    tx.commit().await?;
    Ok(())
}

/// Who a live key lets in: its organisation, the key, and the one host it is limited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyScope {
    pub org: OrgId,
    pub key: ApiKeyId,
    pub host: Option<HostId>,
}

/// The scope of a bearer token, if it is a live key.
pub async fn scope(pool: &PgPool, token: &str) -> Result<KeyScope> {
    if !token.starts_with(KEY_PREFIX) || token.len() > 200 {
        return Err(Error::Unauthenticated("the API key is not valid"));
    }
    match store::api_keys::authenticate(&mut *store::acquire(pool).await?, &hash(token)).await? {
        Some((org, key, host)) => Ok(KeyScope { org, key, host }),
        None => Err(Error::Unauthenticated("the API key is not valid or has been revoked")),
    }
}

/// The organisation a bearer token lets into the REST API. A key limited to one host is
/// refused there: it serves only the agent interface, where every call is held to that host.
pub async fn authenticate(pool: &PgPool, token: &str) -> Result<OrgId> {
    let scope = scope(pool, token).await?;
    if scope.host.is_some() {
        return Err(Error::Forbidden {
            code: ProblemCode::AgentKeyOnly,
            message: "this key is limited to one host and serves only the agent interface (/mcp)".to_owned(),
        });
    }
    Ok(scope.org)
}
