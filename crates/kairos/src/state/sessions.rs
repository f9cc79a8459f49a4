//! Where the web app keeps its sessions: PostgreSQL (the `web_sessions` table) by default, or
//! Redis when `KAIROS_REDIS_URL` is set, so the session lookup on every page can stay off the
//! database.
//!
//! In Redis a session is one hash, `kairos:session:<hex of the cookie's SHA-256>`, holding the
//! CSRF token, the user's id (empty while anonymous) and the expiry, and living as long as the
//! session (its TTL), so expired sessions need no housekeeping. A logged-in session's key is
//! also in the set `kairos:user-sessions:<user's uuid>`, which is how a password change finds
//! and ends the user's other sessions. The user's details are always read from PostgreSQL.
//! As in PostgreSQL, only the hash of the cookie value is stored. While Redis is down, pages
//! that need a session answer 503 at once (the API, which needs none, is unaffected).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use super::hex;
use super::redis_link::{RedisDown, RedisLink};
use crate::app::{self, keys};
use crate::ids::UserId;
use crate::store;
use crate::store::accounts::SessionRow;

/// The web app's session store, chosen by the configuration.
#[derive(Clone)]
pub enum SessionStore {
    Postgres(PgPool),
    Redis { redis: RedisLink, pool: PgPool },
}

impl std::fmt::Debug for SessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SessionStore::Postgres(_) => "SessionStore::Postgres",
            SessionStore::Redis { .. } => "SessionStore::Redis",
        })
    }
}

impl From<RedisDown> for app::Error {
    fn from(err: RedisDown) -> Self {
        tracing::warn!(error = %err, "a web session could not be read or written");
        app::Error::SessionStoreUnavailable
    }
}

/// The Redis key of the session whose cookie hashes to `id_hash` (given in hex).
#[must_use]
pub fn session_key(id_hash_hex: &str) -> String {
    format!("kairos:session:{id_hash_hex}")
}

/// The Redis set of a user's logged-in sessions (the hex hashes of their cookies).
#[must_use]
pub fn user_sessions_key(user: UserId) -> String {
    format!("kairos:user-sessions:{}", user.0)
}

/// Whether a cookie value has the shape of a session id (64 hex digits).
fn well_formed(id: &str) -> bool {
    id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

impl SessionStore {
    /// Redis when the instance has a link to it (`KAIROS_REDIS_URL`), PostgreSQL otherwise.
    pub fn new(redis: Option<RedisLink>, pool: PgPool) -> Self {
        match redis {
            Some(redis) => {
                tracing::info!("web sessions are kept in Redis");
                SessionStore::Redis { redis, pool }
            }
            None => SessionStore::Postgres(pool),
        }
    }

    /// A new session started at `now` (anonymous when `user` is `None`): its cookie value and
    /// CSRF token.
    pub async fn start(&self, user: Option<UserId>, now: DateTime<Utc>) -> app::Result<(String, String)> {
        let redis = match self {
            SessionStore::Postgres(pool) => return app::accounts::start_session(pool, user, now).await,
            SessionStore::Redis { redis, .. } => redis,
        };
        let id = keys::random_hex(32)?;
        let csrf = keys::random_hex(32)?;
        let ttl = if user.is_some() {
            app::accounts::SESSION_TTL
        } else {
            app::accounts::ANONYMOUS_TTL
        };
        let seconds = ttl.num_seconds();
        let expires = (now + ttl).timestamp();
        let hashed = hex(&keys::hash(&id));
        let key = session_key(&hashed);
        let user_field = user.map(|u| u.0.to_string()).unwrap_or_default();
        let mut pipe = redis::pipe();
        pipe.atomic()
            .hset_multiple(
                &key,
                &[
                    ("csrf", csrf.as_str()),
                    ("user", user_field.as_str()),
                    ("expires", expires.to_string().as_str()),
                ],
            )
            .ignore()
            .expire(&key, seconds)
            .ignore();
        if let Some(user) = user {
            // Every logged-in session lasts as long, so the set lives as long as the newest.
            let set = user_sessions_key(user);
            pipe.sadd(&set, &hashed).ignore().expire(&set, seconds).ignore();
        }
        redis.pipe::<()>(&pipe).await?;
        Ok((id, csrf))
    }

    /// The session behind a cookie value that is live at `now`, with its user when logged in.
    pub async fn session(&self, id: &str, now: DateTime<Utc>) -> app::Result<Option<SessionRow>> {
        let (redis, pool) = match self {
            SessionStore::Postgres(pool) => return app::accounts::session(pool, id, now).await,
            SessionStore::Redis { redis, pool } => (redis, pool),
        };
        if !well_formed(id) {
            return Ok(None);
        }
        let fields: HashMap<String, String> = redis
            .cmd(redis::cmd("HGETALL").arg(session_key(&hex(&keys::hash(id)))))
            .await?;
        let (Some(csrf), Some(expires)) = (fields.get("csrf"), fields.get("expires")) else {
            return Ok(None);
        };
        if expires.parse::<i64>().map_or(true, |at| at <= now.timestamp()) {
            return Ok(None);
        }
        let user = match fields.get("user").and_then(|u| u.parse::<uuid::Uuid>().ok()) {
            Some(user) => store::accounts::session_user(&mut *store::acquire(pool).await?, UserId(user)).await?,
            None => None,
        };
        Ok(Some(SessionRow {
            csrf_token: csrf.clone(),
            user,
        }))
    }

    /// Ends the session behind a cookie value.
    pub async fn end(&self, id: &str) -> app::Result<()> {
        let redis = match self {
            SessionStore::Postgres(pool) => return app::accounts::end_session(pool, id).await,
            SessionStore::Redis { redis, .. } => redis,
        };
        let hashed = hex(&keys::hash(id));
        let key = session_key(&hashed);
        let user: Option<String> = redis.cmd(redis::cmd("HGET").arg(&key).arg("user")).await?;
        let mut pipe = redis::pipe();
        pipe.atomic().del(&key).ignore();
        if let Some(user) = user.and_then(|u| u.parse::<uuid::Uuid>().ok()) {
            pipe.srem(user_sessions_key(UserId(user)), &hashed).ignore();
        }
        redis.pipe::<()>(&pipe).await?;
        Ok(())
    }

    /// Ends every session of `user` but the one behind cookie value `keep`.
    pub async fn end_others(&self, user: UserId, keep: &str) -> app::Result<()> {
        let redis = match self {
            SessionStore::Postgres(pool) => {
                return app::accounts::end_other_sessions(pool, user, keep).await;
            }
            SessionStore::Redis { redis, .. } => redis,
        };
        let keep = hex(&keys::hash(keep));
        let set = user_sessions_key(user);
        let members: Vec<String> = redis.cmd(redis::cmd("SMEMBERS").arg(&set)).await?;
        let others: Vec<&String> = members.iter().filter(|m| **m != keep).collect();
        if others.is_empty() {
            return Ok(());
        }
        let mut pipe = redis::pipe();
        pipe.atomic();
        for other in &others {
            pipe.del(session_key(other)).ignore();
        }
        pipe.srem(&set, others).ignore();
        redis.pipe::<()>(&pipe).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_namespaced_by_hash_and_user() {
        let hashed = hex(&keys::hash("abc"));
        assert_eq!(hashed.len(), 64);
        assert_eq!(
            session_key(&hashed),
            "kairos:session:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let user = UserId(uuid::Uuid::nil());
        assert_eq!(
            user_sessions_key(user),
            "kairos:user-sessions:00000000-0000-0000-0000-000000000000"
        );
        assert!(well_formed(&"a".repeat(64)));
        assert!(!well_formed("a"));
        assert!(!well_formed(&"g".repeat(64)));
    }
}
