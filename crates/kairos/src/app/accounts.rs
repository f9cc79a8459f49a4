//! Accounts of the web app: sign-up (an organisation, its owner as a host and a user, in one
//! transaction), logging in with a rate limit per account and client, password changes and
//! server-side sessions. Passwords are hashed with Argon2id on a blocking thread, so a burst
//! of log-ins cannot stall the async workers.

use chrono::{DateTime, TimeDelta, Utc};
use sqlx::PgPool;

use super::ProblemCode;
use super::{Error, OnConstraint, Result, availability, keys, validate};
use crate::ids::{HostId, OrgId, UserId};
use crate::store;
use crate::store::accounts::{SessionRow, User};

/// Failed log-ins allowed per account and client within [`LOCKOUT_WINDOW`].
pub const MAX_FAILURES: i64 = 5;
pub const LOCKOUT_WINDOW: TimeDelta = TimeDelta::minutes(15);
/// How long a logged-in session lasts; an anonymous one (a form's CSRF token) lasts a day.
pub const SESSION_TTL: TimeDelta = TimeDelta::days(14);
pub const ANONYMOUS_TTL: TimeDelta = TimeDelta::days(1);
const MIN_PASSWORD: usize = 10;
const MAX_PASSWORD: usize = 200;

/// What a new account is made of.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SignUp {
    #[serde(default)]
    pub organization: String,
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub time_zone: String,
}

/// How a log-in attempt ended.
#[derive(Debug)]
pub enum LogIn {
    Ok(User),
    /// Wrong e-mail or password; the two are not told apart.
    Refused,
    /// Too many failures for this account from this client: wait.
    Locked,
}

fn password(field: &str, value: &str) -> Result<String> {
    let n = value.chars().count();
    if !(MIN_PASSWORD..=MAX_PASSWORD).contains(&n) {
        return Err(Error::invalid(
            field,
            format!("the password must be {MIN_PASSWORD} to {MAX_PASSWORD} characters long"),
        ));
    }
    Ok(value.to_owned())
}

async fn hash(password: String) -> Result<String> {
    super::password_threads::run(move || super::passwords::hash(&password))
        .await?
        .map_err(Error::Internal)
}

async fn verify(password: String, stored: String) -> Result<bool> {
    super::password_threads::run(move || super::passwords::verify(&password, &stored)).await
}

/// A hash to verify against when the e-mail is unknown, so both cases take as long.
const DECOY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ZkY0H6mH4dHTtb6wlXsKpD33O1Dr3Pq5r1rBlWnFyX8";

/// Creates an organisation, its owner as a host (default working hours) and their user.
pub async fn sign_up(pool: &PgPool, form: SignUp) -> Result<User> {
    let organization = validate::line("organization", &form.organization, 200)?;
    let slug = validate::slug("slug", &form.slug)?;
    let name = validate::line("name", &form.name, 200)?;
    let email = validate::email("email", &form.email)?;
    let zone = validate::zone("time_zone", &form.time_zone)?;
    let password = password("password", &form.password)?;
    let password_hash = hash(password).await?;

    let mut tx = store::begin(pool).await?;
    let org = store::orgs::insert(&mut *tx, OrgId::generate(), &slug, &organization)
        .await
        .on_constraint("organizations_slug_key", || Error::Conflict {
            code: ProblemCode::SlugTaken,
            message: format!("the address `{slug}` is taken; choose another"),
        })?;
    let host = store::hosts::insert(&mut *tx, org.id, HostId::generate(), &name, &email, zone.name()).await?;
    availability::replace_in(&mut tx, org.id, host.id, super::hosts::default_schedule(zone)?).await?;
    let id = UserId::generate();
    // An address may have a login in several organisations, so nothing here tells the visitor
    // whether it has one elsewhere.
    store::accounts::insert_user(&mut *tx, id, org.id, host.id, &email, &password_hash).await?;
    tx.commit().await?;
    Ok(User {
        id,
        org_id: org.id,
        host_id: host.id,
        email: email.into(),
        password_hash,
    })
}

/// Gives an existing host of `org` a login with this password.
pub async fn add_login(pool: &PgPool, org: OrgId, host: HostId, password: &str) -> Result<UserId> {
    let password_hash = hash(self::password("password", password)?).await?;
    let mut tx = store::begin(pool).await?;
    let found = store::hosts::get(&mut *tx, org, host)
        .await?
        .ok_or(Error::NotFound("host"))?;
    let id = UserId::generate();
    store::accounts::insert_user(&mut *tx, id, org, host, &found.email, &password_hash)
        .await
        .on_constraint("users_email_unique", email_taken)?;
    tx.commit().await?;
    Ok(id)
}

/// A colleague invited into an organisation: their host and login, with a first password
/// that is shown to the inviting host once and that the colleague changes.
#[derive(Debug, Clone)]
pub struct Invited {
    pub host: crate::model::Host,
    pub password: String,
}

/// Adds a colleague to `org` as a host (default working hours) who can log in.
pub async fn invite(pool: &PgPool, org: OrgId, name: &str, email: &str, time_zone: &str) -> Result<Invited> {
    let name = validate::line("name", name, 200)?;
    let email = validate::email("email", email)?;
    let zone = validate::zone("time_zone", time_zone)?;
    let password = keys::random_hex(8)?;
    let password_hash = hash(password.clone()).await?;
    let mut tx = store::begin(pool).await?;
    let host = store::hosts::insert(&mut *tx, org, HostId::generate(), &name, &email, zone.name())
        .await
        .on_constraint("hosts_email_unique", email_taken)?;
    availability::replace_in(&mut tx, org, host.id, super::hosts::default_schedule(zone)?).await?;
    store::accounts::insert_user(&mut *tx, UserId::generate(), org, host.id, &email, &password_hash)
        .await
        .on_constraint("users_email_unique", email_taken)?;
    tx.commit().await?;
    Ok(Invited { host, password })
}

fn email_taken() -> Error {
    Error::Conflict {
        code: ProblemCode::EmailTaken,
        message: "an account with this e-mail address exists".to_owned(),
    }
}

/// Checks an e-mail and password from `client` (its IP address), counting failures in the
/// lockout window before `now`. `organization` is the address (slug) of the organisation to log
/// in to; blank means the first one the e-mail joined. One password is checked either way, and
/// a refusal reads the same whether the address is unknown, in no such organisation, or the
/// password is wrong.
///
/// Each attempt is recorded as a failure *before* its password is checked, and checked only
/// when it is among the first [`MAX_FAILURES`] + 1 of the window; success clears the record.
/// Counting first makes the limit hold against parallel guesses: each attempt's count includes
/// every attempt recorded before it, so at most that many passwords are ever checked.
pub async fn log_in(
    pool: &PgPool,
    organization: &str,
    email: &str,
    password: &str,
    client: &str,
    now: DateTime<Utc>,
) -> Result<LogIn> {
    let email = email.trim().to_lowercase();
    let organization = organization.trim().to_lowercase();
    store::accounts::record_failure(pool, &email, client, now).await?;
    let attempts = store::accounts::failures_since(pool, &email, client, now - LOCKOUT_WINDOW).await?;
    if attempts > MAX_FAILURES {
        return Ok(LogIn::Locked);
    }
    let organization = (!organization.is_empty()).then_some(organization.as_str());
    let user = store::accounts::user_for_log_in(pool, &email, organization).await?;
    let stored = user.as_ref().map_or(DECOY, |u| u.password_hash.as_str()).to_owned();
    let matches = verify(password.to_owned(), stored).await?;
    match user {
        Some(user) if matches => {
            store::accounts::clear_failures(pool, &email, client).await?;
            Ok(LogIn::Ok(user))
        }
        _ => Ok(LogIn::Refused),
    }
}

/// Changes a user's password after checking the current one. The caller then ends the user's
/// other sessions, wherever they are kept.
pub async fn change_password(pool: &PgPool, org: OrgId, user: UserId, current: &str, new: &str) -> Result<()> {
    let found = store::accounts::user(pool, org, user)
        .await?
        .ok_or(Error::NotFound("user"))?;
    if !verify(current.to_owned(), found.password_hash).await? {
        return Err(Error::invalid("current", "the current password is not right"));
    }
    let new = password("new", new)?;
    let hashed = hash(new).await?;
    store::accounts::set_password(&mut *store::acquire(pool).await?, org, user, &hashed).await?;
    Ok(())
}

/// A new session started at `now` (anonymous when `user` is `None`): its cookie value and
/// CSRF token.
pub async fn start_session(pool: &PgPool, user: Option<UserId>, now: DateTime<Utc>) -> Result<(String, String)> {
    let id = keys::random_hex(32)?;
    let csrf = keys::random_hex(32)?;
    let ttl = if user.is_some() { SESSION_TTL } else { ANONYMOUS_TTL };
    let mut conn = store::acquire(pool).await?;
    store::accounts::insert_session(&mut *conn, &keys::hash(&id), user, &csrf, now + ttl).await?;
    Ok((id, csrf))
}

/// The session behind a cookie value that is live at `now`.
pub async fn session(pool: &PgPool, id: &str, now: DateTime<Utc>) -> Result<Option<SessionRow>> {
    if id.len() != 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    Ok(store::accounts::session(&mut *store::acquire(pool).await?, &keys::hash(id), now).await?)
}

pub async fn end_session(pool: &PgPool, id: &str) -> Result<()> {
    store::accounts::delete_session(&mut *store::acquire(pool).await?, &keys::hash(id)).await?;
    Ok(())
}

/// Ends every session of a user but the one behind cookie value `keep` (after a password change).
pub async fn end_other_sessions(pool: &PgPool, user: UserId, keep: &str) -> Result<()> {
    store::accounts::delete_other_sessions(&mut *store::acquire(pool).await?, user, &keys::hash(keep)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let hashed = hash("correct horse battery".to_owned()).await.expect("hash");
        assert!(hashed.starts_with("$argon2id$"), "{hashed}");
        assert!(
            verify("correct horse battery".to_owned(), hashed.clone())
                .await
                .expect("verify")
        );
        assert!(!verify("wrong horse battery".to_owned(), hashed).await.expect("verify"));
        // The decoy costs what a real check costs: it parses, with today's parameters.
        let decoy = argon2::password_hash::PasswordHash::new(DECOY).expect("the decoy parses");
        assert_eq!(
            argon2::Params::try_from(&decoy).expect("parameters").block_count(),
            argon2::Params::default().block_count()
        );
    }

    #[test]
    fn password_length_is_checked() {
        assert!(password("p", "short").is_err());
        assert!(password("p", "long enough!").is_ok());
    }
}
