//! The outbound HTTP client of webhooks: bounded in time (connect and total timeouts) and in
//! what it reads back, never following redirects or environment proxies, and connecting only
//! to the addresses the guard allows.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderMap;

use crate::config::Config;
use crate::outbound_guard::{self as guard, GuardedResolver, Policy, Refused};

/// The setting that lets webhooks reach non-public addresses.
pub const SETTING: &str = "KAIROS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES";

/// Most bytes of a response body read; the rest is left unread.
pub const BODY_READ_CAP: usize = 64 * 1024;

/// Most bytes of a response body kept for the delivery log.
const BODY_EXCERPT: usize = 256;

/// Sends signed webhook requests. Cheap to clone; build one per process.
#[derive(Debug, Clone)]
pub struct WebhookClient {
    http: reqwest::Client,
    policy: Policy,
    timeout: Duration,
    disable_after: i32,
}

/// What the endpoint answered.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    /// The start of the body, for the delivery log.
    pub excerpt: String,
}

/// Why no answer arrived.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Refused(#[from] Refused),
    #[error("the URL is not valid: {0}")]
    BadUrl(String),
    #[error("no response within {0} ms")]
    Timeout(u128),
    #[error("could not connect: {0}")]
    Connect(String),
    #[error("request failed: {0}")]
    Other(String),
}

impl WebhookClient {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let timeout = Duration::from_millis(config.webhook_timeout_ms);
        let policy = Policy {
            allow_private: config.webhook_allow_private_addresses,
            setting: SETTING,
        };
        let http = crate::tls::client_builder()
            .user_agent(concat!("Kairos-Webhooks/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(timeout)
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .dns_resolver(Arc::new(GuardedResolver { policy }))
            .build()?;
        Ok(Self {
            http,
            policy,
            timeout,
            disable_after: i32::try_from(config.webhook_disable_after).unwrap_or(i32::MAX),
        })
    }

    /// Consecutive failed attempts after which an endpoint is disabled.
    #[must_use]
    pub fn disable_after(&self) -> i32 {
        self.disable_after
    }

    /// Whether non-public addresses may be reached.
    #[must_use]
    pub fn allow_private(&self) -> bool {
        self.policy.allow_private
    }

    /// Refuses a URL that can never be delivered to: not http(s), or an IP literal the guard
    /// refuses (names are checked when resolved, on every request).
    pub fn check_url(&self, url: &str) -> Result<reqwest::Url, SendError> {
        let parsed = reqwest::Url::parse(url).map_err(|err| SendError::BadUrl(err.to_string()))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
            return Err(SendError::BadUrl("only http and https URLs with a host".to_owned()));
        }
        if let Some(ip) = guard::literal_ip(&parsed) {
            guard::check(ip, self.policy)?;
        }
        Ok(parsed)
    }

    /// POSTs `body` with `headers`; any answer, whatever its status, is an `Answer`.
    pub async fn post(&self, url: &str, headers: HeaderMap, body: Vec<u8>) -> Result<Answer, SendError> {
        let url = self.check_url(url)?;
        let mut response = self
            .http
            .post(url)
            .headers(headers)
            .body(body)
            .send()
            .await
            .map_err(|err| self.classify(&err))?;
        let status = response.status().as_u16();
        let mut read = Vec::new();
        // The status is what counts; a body that cannot be read or is cut off does not change it.
        while read.len() < BODY_READ_CAP {
            match response.chunk().await {
                Ok(Some(chunk)) => read.extend_from_slice(&chunk),
                Ok(None) | Err(_) => break,
            }
        }
        read.truncate(BODY_EXCERPT);
        Ok(Answer {
            status,
            excerpt: String::from_utf8_lossy(&read).into_owned(),
        })
    }

    fn classify(&self, err: &reqwest::Error) -> SendError {
        if let Some(refused) = guard::refusal(err) {
            return SendError::Refused(refused.clone());
        }
        if err.is_timeout() {
            return SendError::Timeout(self.timeout.as_millis());
        }
        if err.is_connect() {
            return SendError::Connect(guard::causes(err));
        }
        SendError::Other(guard::causes(err))
    }
}
