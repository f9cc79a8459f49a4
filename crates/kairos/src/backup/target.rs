//! A PostgreSQL database as both sqlx and the libpq tools (`pg_dump`, `pg_restore`) reach it.
//! The tools get their connection through `PG*` environment variables rather than a URL on the
//! command line, so the password never shows in the process list.

use std::path::PathBuf;

use anyhow::Context;
use secrecy::{ExposeSecret, SecretString};
use sqlx::postgres::{PgConnectOptions, PgSslMode};

/// Where a database is and how to log in to it.
#[derive(Debug, Clone)]
pub struct PgTarget {
    /// A host name, an address, or a Unix socket directory.
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: Option<SecretString>,
    pub database: String,
    /// libpq's `sslmode` (`disable`, `prefer`, `require`, `verify-full`, …).
    pub sslmode: Option<String>,
}

impl PgTarget {
    /// From a `postgres://user:password@host:port/database?sslmode=…` URL.
    pub fn from_url(url: &str) -> anyhow::Result<Self> {
        let parsed = reqwest::Url::parse(url).context("not a valid PostgreSQL URL")?;
        if !matches!(parsed.scheme(), "postgres" | "postgresql") {
            anyhow::bail!("a PostgreSQL URL starts with postgres://");
        }
        let decode = |s: &str| percent_decode(s).with_context(|| format!("cannot read `{s}` in the PostgreSQL URL"));
        let query = |key: &str| {
            parsed
                .query_pairs()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.into_owned())
        };
        let host = match parsed.host_str() {
            Some(host) if !host.is_empty() => host.trim_matches(['[', ']']).to_owned(),
            _ => query("host").unwrap_or_else(|| "localhost".to_owned()),
        };
        let user = match parsed.username() {
            "" => std::env::var("USER").unwrap_or_else(|_| "postgres".to_owned()),
            user => decode(user)?,
        };
        let database = match parsed.path().trim_start_matches('/') {
            "" => user.clone(),
            db => decode(db)?,
        };
        Ok(Self {
            host,
            port: parsed.port().unwrap_or(5432),
            user,
            password: parsed.password().map(decode).transpose()?.map(SecretString::from),
            database,
            sslmode: query("sslmode"),
        })
    }

    /// From sqlx's options (the embedded cluster: a socket directory, no password).
    #[must_use]
    pub fn from_options(options: &PgConnectOptions) -> Self {
        let host = options.get_socket().map_or_else(
            || options.get_host().to_owned(),
            |socket: &PathBuf| socket.display().to_string(),
        );
        Self {
            host,
            port: options.get_port(),
            user: options.get_username().to_owned(),
            password: None,
            database: options.get_database().unwrap_or(options.get_username()).to_owned(),
            sslmode: None,
        }
    }

    /// The same server and login, another database.
    #[must_use]
    pub fn with_database(&self, database: &str) -> Self {
        Self {
            database: database.to_owned(),
            ..self.clone()
        }
    }

    /// libpq environment variables for a child process.
    #[must_use]
    pub fn env(&self) -> Vec<(&'static str, String)> {
        let mut env = vec![
            ("PGHOST", self.host.clone()),
            ("PGPORT", self.port.to_string()),
            ("PGUSER", self.user.clone()),
            ("PGDATABASE", self.database.clone()),
            // Restores and dumps must not inherit an operator's PGOPTIONS statement_timeout.
            ("PGOPTIONS", "-c statement_timeout=0".to_owned()),
        ];
        if let Some(password) = &self.password {
            env.push(("PGPASSWORD", password.expose_secret().to_owned()));
        }
        if let Some(mode) = &self.sslmode {
            env.push(("PGSSLMODE", mode.clone()));
        }
        env
    }

    /// sqlx options for the same database.
    #[must_use]
    pub fn connect_options(&self) -> PgConnectOptions {
        let mut options = PgConnectOptions::new_without_pgpass()
            .host(&self.host)
            .port(self.port)
            .username(&self.user)
            .database(&self.database);
        if self.host.starts_with('/') {
            options = options.socket(&self.host);
        }
        if let Some(password) = &self.password {
            options = options.password(password.expose_secret());
        }
        if let Some(mode) = self.sslmode.as_deref().and_then(|m| m.parse::<PgSslMode>().ok()) {
            options = options.ssl_mode(mode);
        }
        options
    }

    /// Opens one connection with no statement timeout (backups run long statements).
    pub async fn connect(&self) -> anyhow::Result<sqlx::PgConnection> {
        use sqlx::ConnectOptions;
        // Counting a million rows is expected to be slow: no slow-statement warnings.
        self.connect_options()
            .options([("statement_timeout", "0")])
            .disable_statement_logging()
            .connect()
            .await
            .with_context(|| format!("cannot connect to database `{}` on {}", self.database, self.host))
    }
}

fn percent_decode(text: &str) -> anyhow::Result<String> {
    let bytes: Vec<u8> = form_urlencoded::parse(format!("x={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned().into_bytes())
        .unwrap_or_default();
    String::from_utf8(bytes).context("not UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_become_libpq_settings_without_the_password_on_the_command_line() {
        let target =
            PgTarget::from_url("postgres://kai%40ros:p%2Fw+1@db.internal:6543/kairos?sslmode=require").expect("valid");
        assert_eq!(target.host, "db.internal");
        assert_eq!(target.port, 6543);
        assert_eq!(target.user, "kai@ros");
        assert_eq!(
            target
                .password
                .as_ref()
                .map(|p| p.expose_secret().to_owned())
                .as_deref(),
            Some("p/w+1")
        );
        assert_eq!(target.database, "kairos");
        let env = target.with_database("scratch").env();
        assert!(env.contains(&("PGDATABASE", "scratch".to_owned())));
        assert!(env.contains(&("PGSSLMODE", "require".to_owned())));
        assert!(!format!("{target:?}").contains("p/w"));
        assert!(PgTarget::from_url("mysql://x/y").is_err());
    }
}
