//! The only address the generator talks to: a base URL checked to be plain HTTP on a loopback
//! address unless the operator explicitly allows a remote one.

use std::net::IpAddr;

use anyhow::{Context, bail};
use reqwest::Url;

/// A validated base URL without a trailing slash, e.g. `http://127.0.0.1:8080`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    base: String,
}

impl Target {
    /// Accepts `http://` URLs whose host is a loopback address (127.0.0.0/8, ::1 or
    /// `localhost`); any other host needs `allow_remote`.
    pub fn parse(text: &str, allow_remote: bool) -> anyhow::Result<Self> {
        let url = Url::parse(text.trim()).with_context(|| format!("`{text}` is not a URL"))?;
        if url.scheme() != "http" {
            bail!("the target must be a plain http:// URL (got `{}`)", url.scheme());
        }
        if !url.username().is_empty() || url.password().is_some() {
            bail!("the target URL must not carry credentials");
        }
        if url.query().is_some() || url.fragment().is_some() {
            bail!("the target URL must be a base URL without query or fragment");
        }
        let host = url.host_str().context("the target URL has no host")?;
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        let loopback = match bare.parse::<IpAddr>() {
            Ok(ip) => ip.is_loopback(),
            Err(_) => host.eq_ignore_ascii_case("localhost"),
        };
        if !loopback && !allow_remote {
            bail!(
                "refusing to load `{host}`: only loopback targets (127.0.0.1, ::1, localhost) are allowed \
                 without --allow-remote"
            );
        }
        let base = url.as_str().trim_end_matches('/').to_owned();
        Ok(Self { base })
    }

    /// The base URL, without a trailing slash.
    #[must_use]
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The absolute URL of `path` (which starts with `/`).
    #[must_use]
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}
