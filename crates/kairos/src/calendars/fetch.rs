//! Fetching from hosts' calendar servers: a feed's conditional GET (ETag, Last-Modified) and
//! CalDAV's WebDAV requests, through the SSRF guard, bounded in time and size, following at
//! most a few redirects (each checked by the guard), `webcal://` read as `https://`. A server
//! that answers garbage, slowly or without end is an error on its source, never a stuck
//! worker.

use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};

use crate::config::Config;
use crate::outbound_guard::{self as guard, GuardedResolver, Policy, Refused};

/// The setting that lets calendar feeds be fetched from non-public addresses.
pub const SETTING: &str = "KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES";
/// Redirects followed before giving up.
const MAX_REDIRECTS: usize = 5;

/// Fetches feeds. Cheap to clone; build one per process.
#[derive(Debug, Clone)]
pub struct FeedClient {
    http: reqwest::Client,
    policy: Policy,
    max_bytes: usize,
}

/// What was last seen of a feed, for a conditional request.
#[derive(Debug, Clone, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// What the server answered.
#[derive(Debug)]
pub enum Fetched {
    /// Nothing changed since the validators were taken.
    NotModified,
    /// The feed, with the validators of this version.
    Feed { text: String, validators: Validators },
}

/// Why a feed could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("the address is not usable: {0}")]
    BadUrl(String),
    #[error(transparent)]
    Refused(#[from] Refused),
    #[error("no complete answer within the time limit (KAIROS_CALENDAR_FETCH_TIMEOUT_SECS)")]
    Timeout,
    #[error("could not connect: {0}")]
    Connect(String),
    #[error("the server answered {0}")]
    Status(u16),
    #[error("the server refused the user name or password (401)")]
    Unauthorized,
    #[error("the server's answer is not WebDAV: {0}")]
    NotDav(String),
    #[error("the feed is larger than {0} bytes")]
    TooLarge(usize),
    #[error("the feed is not UTF-8 text")]
    NotText,
    #[error("the request failed: {0}")]
    Other(String),
}

impl FetchError {
    /// Whether trying again later may help (a slow or failing server, not a refused address,
    /// a wrong password or an unusable feed).
    #[must_use]
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Timeout | Self::Connect(_) | Self::Other(_) => true,
            Self::Status(status) => *status == 408 || *status == 429 || *status >= 500,
            Self::BadUrl(_)
            | Self::Refused(_)
            | Self::TooLarge(_)
            | Self::NotText
            | Self::Unauthorized
            | Self::NotDav(_) => false,
        }
    }
}

impl FeedClient {
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let policy = Policy {
            allow_private: config.calendar_allow_private_addresses,
            setting: SETTING,
        };
        let redirects = reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= MAX_REDIRECTS {
                return attempt.error("too many redirects");
            }
            // Names are checked by the resolver; an address written as a literal is not
            // resolved, so it is checked here.
            match guard::literal_ip(attempt.url()).map(|ip| guard::check(ip, policy)) {
                Some(Err(refused)) => attempt.error(refused),
                _ => attempt.follow(),
            }
        });
        let http = crate::tls::client_builder()
            .user_agent(concat!("Kairos-Calendar/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            // The longest a whole request may take, connection and body included.
            .timeout(Duration::from_secs(config.calendar_fetch_timeout_secs))
            .redirect(redirects)
            .no_proxy()
            .dns_resolver(Arc::new(GuardedResolver { policy }))
            .build()?;
        Ok(Self {
            http,
            policy,
            max_bytes: config.calendar_max_feed_bytes,
        })
    }

    /// GETs the feed at `address`, conditionally on `seen`.
    pub async fn fetch(&self, address: &str, seen: &Validators) -> Result<Fetched, FetchError> {
        let url = check_url(address, self.policy.allow_private)?;
        let mut request = self.http.get(url).header("Accept", "text/calendar, */*;q=0.5");
        if let Some(etag) = &seen.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        if let Some(modified) = &seen.last_modified {
            request = request.header(IF_MODIFIED_SINCE, modified);
        }
        let response = request.send().await.map_err(|e| classify(&e))?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .filter(|v| v.len() <= 200)
                .map(str::to_owned)
        };
        let validators = Validators {
            etag: header(ETAG),
            last_modified: header(LAST_MODIFIED),
        };
        let text = self.read_text(response).await?;
        Ok(Fetched::Feed { text, validators })
    }

    /// Sends a WebDAV request (`PROPFIND`, `REPORT`…) with `body` to `url`, logged in as
    /// `login`, and reads the answer whatever its status.
    pub async fn dav(&self, request: DavRequest<'_>) -> Result<DavAnswer, FetchError> {
        let url = check_url(request.url, self.policy.allow_private)?;
        let method = reqwest::Method::from_bytes(request.method.as_bytes())
            .map_err(|_| FetchError::BadUrl(format!("no method {}", request.method)))?;
        let mut builder = self
            .http
            .request(method, url)
            .basic_auth(&request.login.username, Some(&request.login.password))
            .header("Content-Type", request.content_type)
            .body(request.body.to_owned());
        if let Some(depth) = request.depth {
            builder = builder.header("Depth", depth);
        }
        if let Some((name, value)) = request.condition {
            builder = builder.header(name, value);
        }
        let response = builder.send().await.map_err(|e| classify(&e))?;
        let status = response.status().as_u16();
        if status == 401 {
            return Err(FetchError::Unauthorized);
        }
        let url = response.url().to_string();
        let etag = response
            .headers()
            .get(ETAG)
            .and_then(|v| v.to_str().ok())
            .filter(|v| v.len() <= 200)
            .map(str::to_owned);
        let body = self.read_text(response).await?;
        Ok(DavAnswer {
            status,
            url,
            etag,
            body,
        })
    }

    /// The body of `response`, within the size bound, as text.
    async fn read_text(&self, mut response: reqwest::Response) -> Result<String, FetchError> {
        if response
            .content_length()
            .is_some_and(|n| usize::try_from(n).map_or(true, |n| n > self.max_bytes))
        {
            return Err(FetchError::TooLarge(self.max_bytes));
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| classify(&e))? {
            if body.len() + chunk.len() > self.max_bytes {
                return Err(FetchError::TooLarge(self.max_bytes));
            }
            body.extend_from_slice(&chunk);
        }
        String::from_utf8(body).map_err(|_| FetchError::NotText)
    }
}

/// A CalDAV account's user name and password.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct Login {
    pub username: String,
    pub password: String,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Login({}, password hidden)", self.username)
    }
}

/// One WebDAV request.
#[derive(Debug, Clone, Copy)]
pub struct DavRequest<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub login: &'a Login,
    pub depth: Option<&'a str>,
    /// A precondition header: `If-Match` or `If-None-Match` and its value.
    pub condition: Option<(&'a str, &'a str)>,
    pub content_type: &'a str,
    pub body: &'a str,
}

/// A WebDAV answer of any status (401 is an error): where it came from after redirects, and
/// its body.
#[derive(Debug, Clone)]
pub struct DavAnswer {
    pub status: u16,
    pub url: String,
    pub etag: Option<String>,
    pub body: String,
}

/// The URL a feed address stands for (`webcal://` is `https://`), or why it cannot be one;
/// `allow_private` is `KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES`.
pub fn check_url(address: &str, allow_private: bool) -> Result<reqwest::Url, FetchError> {
    let address = address.trim();
    let address = match address.get(..9) {
        Some(scheme) if scheme.eq_ignore_ascii_case("webcal://") => format!("https://{}", &address[9..]),
        _ => address.to_owned(),
    };
    let url = reqwest::Url::parse(&address).map_err(|e| FetchError::BadUrl(e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(FetchError::BadUrl(
            "use an https, http or webcal address with a host".to_owned(),
        ));
    }
    if let Some(ip) = guard::literal_ip(&url) {
        let policy = Policy {
            allow_private,
            setting: SETTING,
        };
        guard::check(ip, policy)?;
    }
    Ok(url)
}

/// What a reqwest error means for the source.
fn classify(err: &reqwest::Error) -> FetchError {
    if let Some(refused) = guard::refusal(err) {
        FetchError::Refused(refused.clone())
    } else if err.is_timeout() {
        FetchError::Timeout
    } else if err.is_connect() {
        FetchError::Connect(guard::causes(err))
    } else {
        FetchError::Other(guard::causes(err))
    }
}
