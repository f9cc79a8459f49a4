//! The web app's accounts: users (hosts with a password), their server-side sessions and
//! failed log-in attempts. Sessions are looked up by the hash of their cookie value, so a
//! leaked database does not hand out live sessions.

use chrono::{DateTime, Utc};
use sqlx::PgExecutor;

use crate::ids::{HostId, OrgId, UserId};

/// A user with what the web app needs to serve them.
#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub org_id: OrgId,
    pub host_id: HostId,
    pub email: String,
    pub password_hash: String,
}

/// A live session: its CSRF token and, once logged in, its user and their organisation.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub csrf_token: String,
    pub user: Option<SessionUser>,
}

#[derive(Debug, Clone)]
pub struct SessionUser {
    pub id: UserId,
    pub org_id: OrgId,
    pub host_id: HostId,
    pub email: String,
    pub name: String,
    pub org_slug: String,
    pub org_name: String,
}

#[tracing::instrument(skip_all)]
pub async fn insert_user(
    db: impl PgExecutor<'_>,
    id: UserId,
    org: OrgId,
    host: HostId,
    email: &str,
    password_hash: &str,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO users (id, org_id, host_id, email, password_hash) VALUES ($1, $2, $3, $4, $5)",
        id as UserId,
        org as OrgId,
        host as HostId,
        email,
        password_hash
    )
    .execute(db)
    .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
/// The login `email` has in the organisation whose address is `org_slug`, or, with no
/// organisation given, in the first organisation it joined. Exactly one account is ever
/// returned, so logging in checks one password however many organisations an address is in.
pub async fn user_for_log_in(
    db: impl PgExecutor<'_>,
    email: &str,
    org_slug: Option<&str>,
) -> sqlx::Result<Option<User>> {
    let row = sqlx::query!(
        r#"SELECT u.id AS "id: UserId", u.org_id AS "org_id: OrgId", u.host_id AS "host_id: HostId", u.email, u.password_hash
           FROM users u JOIN organizations o ON o.id = u.org_id
           WHERE u.email = $1 AND ($2::text IS NULL OR o.slug = $2)
           ORDER BY u.created_at, u.id
           LIMIT 1"#,
        email,
        org_slug
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| User {
        id: r.id,
        org_id: r.org_id,
        host_id: r.host_id,
        email: r.email,
        password_hash: r.password_hash,
    }))
}

#[tracing::instrument(skip_all)]
pub async fn user(db: impl PgExecutor<'_>, org: OrgId, id: UserId) -> sqlx::Result<Option<User>> {
    let row = sqlx::query!(
        r#"SELECT id AS "id: UserId", org_id AS "org_id: OrgId", host_id AS "host_id: HostId", email, password_hash FROM users WHERE org_id = $1 AND id = $2"#,
        org as OrgId,
        id as UserId
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| User {
        id: r.id,
        org_id: r.org_id,
        host_id: r.host_id,
        email: r.email,
        password_hash: r.password_hash,
    }))
}

#[tracing::instrument(skip_all)]
pub async fn set_password(db: impl PgExecutor<'_>, org: OrgId, id: UserId, password_hash: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE users SET password_hash = $3 WHERE org_id = $1 AND id = $2",
        org as OrgId,
        id as UserId,
        password_hash
    )
    .execute(db)
    .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn insert_session(
    db: impl PgExecutor<'_>,
    id_hash: &[u8],
    user: Option<UserId>,
    csrf_token: &str,
    expires_at: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO web_sessions (id_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)",
        id_hash,
        user as Option<UserId>,
        csrf_token,
        expires_at
    )
    .execute(db)
    .await?;
    Ok(())
}

/// The session with this hash unexpired at `now`, with its user when logged in.
#[tracing::instrument(skip_all)]
pub async fn session(db: impl PgExecutor<'_>, id_hash: &[u8], now: DateTime<Utc>) -> sqlx::Result<Option<SessionRow>> {
    let row = sqlx::query!(
        r#"SELECT s.csrf_token, u.id AS "user_id?: UserId", u.org_id AS "org_id?: OrgId", u.host_id AS "host_id?: HostId",
                  u.email AS "email?", h.name AS "name?", o.slug AS "org_slug?", o.name AS "org_name?"
             FROM web_sessions s
             LEFT JOIN users u ON u.id = s.user_id
             LEFT JOIN hosts h ON h.org_id = u.org_id AND h.id = u.host_id
             LEFT JOIN organizations o ON o.id = u.org_id
            WHERE s.id_hash = $1 AND s.expires_at > $2"#,
        id_hash,
        now
    )
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| {
        let user = match (r.user_id, r.org_id, r.host_id, r.email, r.name, r.org_slug, r.org_name) {
            (Some(id), Some(org), Some(host), Some(email), Some(name), Some(org_slug), Some(org_name)) => {
                Some(SessionUser {
                    id,
                    org_id: org,
                    host_id: host,
                    email,
                    name,
                    org_slug,
                    org_name,
                })
            }
            _ => None,
        };
        SessionRow {
            csrf_token: r.csrf_token,
            user,
        }
    }))
}

/// A logged-in user's details, for sessions kept outside PostgreSQL (in Redis).
#[tracing::instrument(skip_all)]
pub async fn session_user(db: impl PgExecutor<'_>, id: UserId) -> sqlx::Result<Option<SessionUser>> {
    let row: Option<(UserId, OrgId, HostId, String, String, String, String)> = sqlx::query_as(
        "SELECT u.id, u.org_id, u.host_id, u.email, h.name, o.slug, o.name
           FROM users u
           JOIN hosts h ON h.org_id = u.org_id AND h.id = u.host_id
           JOIN organizations o ON o.id = u.org_id
          WHERE u.id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(id, org, host, email, name, org_slug, org_name)| SessionUser {
        id,
        org_id: org,
        host_id: host,
        email,
        name,
        org_slug,
        org_name,
    }))
}

#[tracing::instrument(skip_all)]
pub async fn delete_session(db: impl PgExecutor<'_>, id_hash: &[u8]) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM web_sessions WHERE id_hash = $1", id_hash)
        .execute(db)
        .await?;
    Ok(())
}

/// Ends every session of a user but one (after a password change).
#[tracing::instrument(skip_all)]
pub async fn delete_other_sessions(db: impl PgExecutor<'_>, user: UserId, keep: &[u8]) -> sqlx::Result<()> {
    sqlx::query!(
        "DELETE FROM web_sessions WHERE user_id = $1 AND id_hash <> $2",
        user as UserId,
        keep
    )
    .execute(db)
    .await?;
    Ok(())
}

#[tracing::instrument(skip_all)]
pub async fn delete_expired_sessions(db: impl PgExecutor<'_>, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let done = sqlx::query!("DELETE FROM web_sessions WHERE expires_at <= $1", now)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

#[tracing::instrument(skip_all)]
pub async fn record_failure(db: impl PgExecutor<'_>, email: &str, client: &str, at: DateTime<Utc>) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO login_failures (email, client, failed_at) VALUES ($1, $2, $3)",
        email,
        client,
        at
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Failed attempts for this account from this client since `since`.
#[tracing::instrument(skip_all)]
pub async fn failures_since(
    db: impl PgExecutor<'_>,
    email: &str,
    client: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<i64> {
    let n = sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM login_failures WHERE email = $1 AND client = $2 AND failed_at > $3"#,
        email,
        client,
        since
    )
    .fetch_one(db)
    .await?;
    Ok(n)
}

/// Forgets the failures of an account from a client (after it logged in).
#[tracing::instrument(skip_all)]
pub async fn clear_failures(db: impl PgExecutor<'_>, email: &str, client: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "DELETE FROM login_failures WHERE email = $1 AND client = $2",
        email,
        client
    )
    .execute(db)
    .await?;
    Ok(())
}

/// Forgets failed log-ins older than `before` (they no longer count towards a lock).
#[tracing::instrument(skip_all)]
pub async fn prune_failures(db: impl PgExecutor<'_>, before: DateTime<Utc>) -> sqlx::Result<u64> {
    let done = sqlx::query!("DELETE FROM login_failures WHERE failed_at < $1", before)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
