//! Sending a composed mail: over SMTP when a server is configured, otherwise into `.eml` files
//! under the data directory, so the embedded default works (and can be inspected) with no mail
//! server at all. Failures say whether a retry can help, for the job layer to decide.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use lettre::message::Message;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use secrecy::ExposeSecret;

use crate::config::{Config, SmtpTls};

/// Why a mail was not sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// Worth retrying later: the server was unreachable or slow, the connection broke, it
    /// answered 4xx (try again later), or the mail directory could not be written.
    #[error("sending failed, may succeed later: {0:#}")]
    Transient(anyhow::Error),
    /// Retrying will not help: the server refused the mail for good (5xx), e.g. an unknown
    /// recipient, or the message itself is unusable.
    #[error("sending refused: {0:#}")]
    Permanent(anyhow::Error),
}

impl MailError {
    #[must_use]
    pub fn is_transient(&self) -> bool {
        matches!(self, Self::Transient(_))
    }
}

/// Where mails go.
#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Writes each mail as `<dir>/<timestamp>-<message id>.eml`.
    Files(PathBuf),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Smtp(_) => f.write_str("Mailer::Smtp"),
            Self::Files(dir) => f.debug_tuple("Mailer::Files").field(dir).finish(),
        }
    }
}

impl Mailer {
    /// The mailer the configuration asks for: SMTP when `smtp_host` is set, else files in
    /// `<data_dir>/mail`.
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let Some(host) = config.smtp_host.as_deref() else {
            return Ok(Self::Files(config.data_dir.join("mail")));
        };
        let tls = match config.smtp_tls {
            SmtpTls::None => Tls::None,
            SmtpTls::Starttls => Tls::Required(TlsParameters::new(host.to_owned()).context("KAIROS_SMTP_HOST")?),
            SmtpTls::Tls => Tls::Wrapper(TlsParameters::new(host.to_owned()).context("KAIROS_SMTP_HOST")?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(config.smtp_port)
            .tls(tls)
            .timeout(Some(config.smtp_timeout()));
        if let (Some(user), Some(password)) = (&config.smtp_username, &config.smtp_password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.expose_secret().to_owned()));
        }
        Ok(Self::Smtp(builder.build()))
    }

    /// Sends one message to the recipients of its envelope.
    pub async fn send(&self, message: Message) -> Result<(), MailError> {
        match self {
            Self::Smtp(transport) => transport.send(message).await.map(drop).map_err(classify),
            Self::Files(dir) => write_file(dir, &message).await.map_err(MailError::Transient),
        }
    }
}

fn classify(err: lettre::transport::smtp::Error) -> MailError {
    // 5xx replies and mails the client itself cannot send are final; everything else
    // (4xx, connection, TLS, timeouts, garbled replies) may pass on another attempt.
    if err.is_permanent() || err.is_client() {
        MailError::Permanent(err.into())
    } else {
        MailError::Transient(err.into())
    }
}

async fn write_file(dir: &Path, message: &Message) -> anyhow::Result<()> {
    tokio::fs::create_dir_all(dir)
        .await
        .with_context(|| format!("cannot create the mail directory {}", dir.display()))?;
    let id: String = message
        .headers()
        .get_raw("Message-ID")
        .unwrap_or("no-id")
        .chars()
        .filter(|c| !matches!(c, '<' | '>'))
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '@') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let name = format!(
        "{}-{id}.eml",
        crate::clock::Clock::System.now().format("%Y%m%dT%H%M%S%.6fZ")
    );
    // Written aside and renamed, so a reader never sees half a mail.
    let partial = dir.join(format!(".{name}.partial"));
    tokio::fs::write(&partial, message.formatted())
        .await
        .with_context(|| format!("cannot write {}", partial.display()))?;
    tokio::fs::rename(&partial, dir.join(&name))
        .await
        .with_context(|| format!("cannot rename {}", partial.display()))?;
    Ok(())
}
