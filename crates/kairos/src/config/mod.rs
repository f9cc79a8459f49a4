//! Configuration: defaults, then an optional TOML file (`KAIROS_CONFIG`), then `KAIROS_*`
//! environment variables. Validated once at start with messages that name the setting;
//! secrets are `SecretString`s whose `Debug` is redacted, so the config can be logged.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::{ExposeSecret as _, SecretString};
use serde::Deserialize;

pub mod backup_schedule;
pub mod trusted_proxies;

use backup_schedule::Schedule;
pub use trusted_proxies::TrustedProxies;

use crate::sealing::{self, Key, Keyring};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Json,
    Pretty,
}

/// How the connection to the SMTP server is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Plain text: only for a relay on the same host or a trusted network.
    None,
    /// Connect in plain text and upgrade with STARTTLS, refusing servers that cannot (port 587).
    Starttls,
    /// TLS from the first byte (SMTPS, port 465).
    Tls,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address of the HTTP API (`KAIROS_LISTEN`).
    pub listen: SocketAddr,
    /// Where "now" comes from: the system clock, except where a test sets it.
    #[serde(skip)]
    pub clock: crate::clock::Clock,
    /// PostgreSQL URL (`KAIROS_DATABASE_URL` or `DATABASE_URL`); none means the embedded cluster.
    pub database_url: Option<SecretString>,
    /// Where the embedded cluster and other local state live (`KAIROS_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Seed a demo organisation on start when the database has none (`KAIROS_DEMO`).
    pub demo: bool,
    /// Whether `POST /v1/organizations` accepts sign-ups from anyone (`KAIROS_ALLOW_SIGNUP`).
    pub allow_signup: bool,
    pub log_format: LogFormat,
    /// A tracing filter such as `info` or `kairos=debug,sqlx=warn` (`KAIROS_LOG`).
    pub log: String,
    /// Largest connection count of this instance's pool (`KAIROS_DB_MAX_CONNECTIONS`); the
    /// default follows the sizing rule (see [`default_pool_size`]).
    pub db_max_connections: u32,
    pub db_min_connections: u32,
    /// How long a request waits for a pooled connection before it is answered 503.
    pub db_acquire_timeout_ms: u64,
    /// Close connections idle this long (0: never).
    pub db_idle_timeout_secs: u64,
    /// Replace connections after this long (0: never), so server-side memory does not creep.
    pub db_max_lifetime_secs: u64,
    /// `statement_timeout` of every connection (0: none).
    pub db_statement_timeout_ms: u64,
    /// How many instances share the database: the default pool size is divided among them
    /// and the start-up headroom check multiplies by it (`KAIROS_INSTANCES`).
    pub instances: u32,
    /// Requests served at once by this instance; more are answered 503 at once (0: no limit).
    pub max_in_flight: usize,
    /// Web app pages served at once, a budget apart from the API's, so that pages waiting on a
    /// sick session store cannot starve the API (`KAIROS_WEB_MAX_IN_FLIGHT`; 0: no limit).
    pub web_max_in_flight: usize,
    /// Whole-request deadline; a slower request is answered 503 and its work rolled back
    /// (0: none).
    pub request_timeout_ms: u64,
    /// How long a client may take to send a request body; a slower one is answered 408 before
    /// it takes an in-flight slot (`KAIROS_BODY_READ_TIMEOUT_MS`).
    pub body_read_timeout_ms: u64,
    /// Proxies whose `X-Forwarded-For` names the client, for limits and logs
    /// (`KAIROS_TRUSTED_PROXIES`: addresses or CIDR blocks, comma-separated; none by default).
    pub trusted_proxies: TrustedProxies,
    /// Address of the Prometheus `/metrics` listener, separate from the API (`KAIROS_METRICS_LISTEN`).
    pub metrics_listen: Option<SocketAddr>,
    /// Largest accepted request body (`KAIROS_MAX_BODY_BYTES`).
    pub max_body_bytes: usize,
    /// Connect and whole-request deadline of one webhook delivery (`KAIROS_WEBHOOK_TIMEOUT_MS`).
    pub webhook_timeout_ms: u64,
    /// Whether webhooks may be delivered to loopback, private, link-local and other
    /// non-public addresses (`KAIROS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES`). Off, so API users
    /// cannot make Kairos reach into the network it runs in.
    pub webhook_allow_private_addresses: bool,
    /// Consecutive failed deliveries after which an endpoint is disabled
    /// (`KAIROS_WEBHOOK_DISABLE_AFTER`).
    pub webhook_disable_after: u32,
    /// Whether hosts' calendar feeds may be fetched from loopback, private and other
    /// non-public addresses (`KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES`); off, as for webhooks.
    pub calendar_allow_private_addresses: bool,
    /// Minutes between two syncs of a calendar source (`KAIROS_CALENDAR_SYNC_MINUTES`).
    pub calendar_sync_minutes: u32,
    /// Largest calendar feed read, in bytes (`KAIROS_CALENDAR_MAX_FEED_BYTES`).
    pub calendar_max_feed_bytes: usize,
    /// Longest one request to a calendar server may take, body included
    /// (`KAIROS_CALENDAR_FETCH_TIMEOUT_SECS`).
    pub calendar_fetch_timeout_secs: u64,
    /// Minutes after its last successful sync at which a calendar source counts as stale
    /// (`KAIROS_CALENDAR_STALE_AFTER_MINUTES`): reported on the source and the dashboard.
    pub calendar_stale_after_minutes: u32,
    /// Whether a stale source's busy time still blocks (`KAIROS_CALENDAR_STALE_SOURCES_BLOCK`):
    /// on by default, since an old copy of a calendar is safer than none.
    pub calendar_stale_sources_block: bool,
    /// The key that seals secrets at rest, such as calendar feed addresses: 32 bytes in base64
    /// (`KAIROS_SECRETS_KEY`, e.g. from `openssl rand -base64 32`). None: a key made once in
    /// `<data_dir>/secrets.key`, which only suits a single instance.
    pub secrets_key: Option<SecretString>,
    /// Earlier keys, comma-separated, that still open what they sealed while a rotation runs
    /// (`KAIROS_SECRETS_OLD_KEYS`).
    pub secrets_old_keys: Option<SecretString>,
    /// NATS server to publish domain events to (`KAIROS_NATS_URL`, e.g. `nats://127.0.0.1:4222`);
    /// none: no publishing.
    pub nats_url: Option<SecretString>,
    /// Redis holding the web app's sessions, the shared rate limits and the slot cache
    /// (`KAIROS_REDIS_URL`, `redis://` or `rediss://`); none: sessions are kept in PostgreSQL,
    /// limits in each instance, and nothing is cached.
    pub redis_url: Option<SecretString>,
    /// A streaming replica of the database (`KAIROS_REPLICA_DATABASE_URL`) that computes public
    /// slot lists when it has caught up with the primary for the event type asked about;
    /// none: everything is read from the primary.
    pub replica_database_url: Option<SecretString>,
    /// How long a cached public slot list may be served while its calendars are unchanged
    /// (`KAIROS_SLOT_CACHE_TTL_SECS`); 0: no slot cache. Needs `redis_url`.
    pub slot_cache_ttl_secs: u64,
    /// Megabytes of slot lists each instance keeps in its own memory in front of Redis, each
    /// still checked against the current versions (`KAIROS_SLOT_CACHE_MEMORY_MB`); 0: every hit
    /// reads Redis.
    pub slot_cache_memory_mb: u64,
    /// JetStream stream holding the events, created or updated at start (`KAIROS_NATS_STREAM`).
    pub nats_stream: String,
    /// Events go to `<prefix>.<kind>`, e.g. `kairos.events.booking.created`; the stream holds
    /// `<prefix>.>` (`KAIROS_NATS_SUBJECT_PREFIX`).
    pub nats_subject_prefix: String,
    /// How long a publish waits for JetStream's acknowledgement (`KAIROS_NATS_PUBLISH_TIMEOUT_MS`).
    pub nats_publish_timeout_ms: u64,
    /// Jobs one `kairos worker` runs at once (`KAIROS_WORKER_CONCURRENCY`).
    pub worker_concurrency: usize,
    /// Jobs `kairos serve` runs in-process (`KAIROS_SERVE_WORKERS`); unset: the worker
    /// concurrency with the embedded database (one command runs everything), 0 with an
    /// external one (run `kairos worker` beside it).
    pub serve_workers: Option<usize>,
    /// A claimed job's lease, renewed every third of it while it runs; a job whose worker
    /// died runs again this long after (`KAIROS_JOB_LEASE_SECS`).
    pub job_lease_secs: u64,
    /// Longest one attempt of a job may run (`KAIROS_JOB_TIMEOUT_SECS`).
    pub job_timeout_secs: u64,
    /// Wait before the first retry of a failed job; doubles with each attempt, with jitter
    /// (`KAIROS_JOB_BACKOFF_BASE_MS`).
    pub job_backoff_base_ms: u64,
    /// Longest wait between two attempts (`KAIROS_JOB_BACKOFF_MAX_SECS`).
    pub job_backoff_max_secs: u64,
    /// How long a stopping worker lets running jobs finish before putting them back
    /// (`KAIROS_WORKER_GRACE_SECS`).
    pub worker_grace_secs: u64,
    /// How long succeeded and cancelled jobs are kept (`KAIROS_JOB_RETENTION_HOURS`); dead
    /// jobs stay until retried.
    pub job_retention_hours: u64,
    /// Address of `kairos worker`'s Prometheus `/metrics` listener (`KAIROS_WORKER_METRICS_LISTEN`).
    pub worker_metrics_listen: Option<SocketAddr>,
    /// SMTP server for booking e-mails (`KAIROS_SMTP_HOST`); none means the mails are written
    /// as `.eml` files under `<data_dir>/mail` instead of sent.
    pub smtp_host: Option<String>,
    /// SMTP server port (`KAIROS_SMTP_PORT`): 587 for STARTTLS, usually 465 for `tls`.
    pub smtp_port: u16,
    /// SMTP login (`KAIROS_SMTP_USERNAME`); set together with the password, or neither.
    pub smtp_username: Option<String>,
    /// SMTP password (`KAIROS_SMTP_PASSWORD`).
    pub smtp_password: Option<SecretString>,
    /// `none`, `starttls` or `tls` (`KAIROS_SMTP_TLS`).
    pub smtp_tls: SmtpTls,
    /// Deadline of each SMTP command, connecting included (`KAIROS_SMTP_TIMEOUT_MS`).
    pub smtp_timeout_ms: u64,
    /// The `From` of booking e-mails, e.g. `Acme <bookings@acme.example>` (`KAIROS_EMAIL_FROM`).
    pub email_from: String,
    /// Base URL the API is reached at from outside, e.g. `https://book.acme.example`
    /// (`KAIROS_PUBLIC_URL`); when set, invitees' mails link to their booking and hosts' feed
    /// addresses start with it.
    pub public_url: Option<String>,
    /// Base URL of an OpenAI-compatible chat completions API that understands assistant
    /// requests, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:11434/v1`
    /// (`KAIROS_LLM_BASE_URL`); none: the deterministic parser alone.
    pub llm_base_url: Option<String>,
    /// The model asked (`KAIROS_LLM_MODEL`); required with a base URL.
    pub llm_model: Option<String>,
    /// Sent as `Authorization: Bearer …` when set (`KAIROS_LLM_API_KEY`).
    pub llm_api_key: Option<SecretString>,
    /// Connect and whole-request deadline of one model call; past it the parser answers
    /// (`KAIROS_LLM_TIMEOUT_MS`).
    pub llm_timeout_ms: u64,
    /// The API key `kairos mcp` acts with for the agent on its standard input and output
    /// (`KAIROS_MCP_API_KEY`); over HTTP each request brings its own.
    pub mcp_api_key: Option<SecretString>,
    /// Local directory backups are written to (`KAIROS_BACKUP_DIR`); or S3 below.
    pub backup_dir: Option<PathBuf>,
    /// S3 bucket backups are written to (`KAIROS_BACKUP_S3_BUCKET`).
    pub backup_s3_bucket: Option<String>,
    /// Key prefix inside the bucket, e.g. `kairos/prod` (`KAIROS_BACKUP_S3_PREFIX`).
    pub backup_s3_prefix: String,
    /// The bucket's region (`KAIROS_BACKUP_S3_REGION`); else `AWS_REGION`, else `us-east-1`.
    pub backup_s3_region: Option<String>,
    /// Endpoint of an S3-compatible service such as MinIO (`KAIROS_BACKUP_S3_ENDPOINT`).
    pub backup_s3_endpoint: Option<String>,
    /// Access key (`KAIROS_BACKUP_S3_ACCESS_KEY_ID`); else the usual `AWS_*` sources.
    pub backup_s3_access_key_id: Option<String>,
    /// Secret key (`KAIROS_BACKUP_S3_SECRET_ACCESS_KEY`), never logged.
    pub backup_s3_secret_access_key: Option<SecretString>,
    /// Allow a plain-http endpoint (`KAIROS_BACKUP_S3_ALLOW_HTTP`), for a store on the same network.
    pub backup_s3_allow_http: bool,
    /// Days whose newest backup `prune` keeps (`KAIROS_BACKUP_KEEP_DAILY`).
    pub backup_keep_daily: u32,
    /// ISO weeks whose newest backup `prune` keeps (`KAIROS_BACKUP_KEEP_WEEKLY`).
    pub backup_keep_weekly: u32,
    /// When workers make backups (`KAIROS_BACKUP_SCHEDULE`): `daily HH:MM` (UTC) or
    /// `every <n>m|h|d`; none: only by hand.
    pub backup_schedule: Option<String>,
    /// Whether scheduled backups are also verified by a restore into a scratch database
    /// (`KAIROS_BACKUP_VERIFY`); needs the CREATEDB privilege.
    pub backup_verify: bool,
    /// Longest one scheduled backup job may run (`KAIROS_BACKUP_TIMEOUT_SECS`).
    pub backup_timeout_secs: u64,
}

/// The sizing rule for a PostgreSQL pool: about two connections per database core (plus one),
/// shared by every instance. Without better knowledge the database is assumed to have as many
/// cores as this machine (true of the embedded default); set `KAIROS_DB_MAX_CONNECTIONS` when
/// it runs elsewhere.
#[must_use]
pub fn default_pool_size(database_cores: u32, instances: u32) -> u32 {
    ((2 * database_cores + 1) / instances.max(1)).max(2)
}

/// In-flight requests per instance: enough to keep the cores and the pool busy, few enough
/// that a request waits milliseconds in line, not hundreds (Little's law: at ~2,000
/// requests/s, 32 in flight is ~16 ms each). Past it, a fast 503 beats a slow 200. Measured on
/// 2 cores at 5,000 users: 32 in flight served more (61.6 k vs 57.8 k successes in 30 s) with
/// half the p99 (slots 55 vs 111 ms) of 64.
#[must_use]
pub fn default_in_flight(cores: u32) -> usize {
    usize::try_from(16 * cores.max(1)).unwrap_or(32)
}

fn machine_cores() -> u32 {
    std::thread::available_parallelism().map_or(2, |n| u32::try_from(n.get()).unwrap_or(2))
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            clock: crate::clock::Clock::System,
            database_url: None,
            data_dir: PathBuf::from("data"),
            demo: false,
            allow_signup: true,
            log_format: LogFormat::Json,
            log: "info".to_owned(),
            db_max_connections: default_pool_size(machine_cores(), 1),
            db_min_connections: 0,
            db_acquire_timeout_ms: 2_000,
            db_idle_timeout_secs: 600,
            db_max_lifetime_secs: 1_800,
            db_statement_timeout_ms: 5_000,
            instances: 1,
            max_in_flight: default_in_flight(machine_cores()),
            web_max_in_flight: default_in_flight(machine_cores()) / 2,
            request_timeout_ms: 10_000,
            body_read_timeout_ms: 10_000,
            trusted_proxies: TrustedProxies::default(),
            metrics_listen: Some(SocketAddr::from(([127, 0, 0, 1], 9464))),
            max_body_bytes: 64 * 1024,
            webhook_timeout_ms: 10_000,
            webhook_allow_private_addresses: false,
            webhook_disable_after: 15,
            calendar_allow_private_addresses: false,
            calendar_sync_minutes: 15,
            calendar_max_feed_bytes: 20 * 1024 * 1024,
            calendar_fetch_timeout_secs: 30,
            calendar_stale_after_minutes: 360,
            calendar_stale_sources_block: true,
            secrets_key: None,
            secrets_old_keys: None,
            nats_url: None,
            redis_url: None,
            replica_database_url: None,
            slot_cache_ttl_secs: 60,
            slot_cache_memory_mb: 32,
            nats_stream: "KAIROS".to_owned(),
            nats_subject_prefix: "kairos.events".to_owned(),
            nats_publish_timeout_ms: 5_000,
            worker_concurrency: 8,
            serve_workers: None,
            job_lease_secs: 30,
            job_timeout_secs: 120,
            job_backoff_base_ms: 10_000,
            job_backoff_max_secs: 3_600,
            worker_grace_secs: 20,
            job_retention_hours: 168,
            worker_metrics_listen: Some(SocketAddr::from(([127, 0, 0, 1], 9465))),
            smtp_host: None,
            smtp_port: 587,
            smtp_username: None,
            smtp_password: None,
            smtp_tls: SmtpTls::Starttls,
            smtp_timeout_ms: 10_000,
            email_from: "Kairos <no-reply@localhost>".to_owned(),
            public_url: None,
            llm_base_url: None,
            llm_model: None,
            llm_api_key: None,
            mcp_api_key: None,
            llm_timeout_ms: 10_000,
            backup_dir: None,
            backup_s3_bucket: None,
            backup_s3_prefix: String::new(),
            backup_s3_region: None,
            backup_s3_endpoint: None,
            backup_s3_access_key_id: None,
            backup_s3_secret_access_key: None,
            backup_s3_allow_http: false,
            backup_keep_daily: 7,
            backup_keep_weekly: 4,
            backup_schedule: None,
            backup_verify: false,
            backup_timeout_secs: 6 * 3600,
        }
    }
}

impl Config {
    /// Reads the layered configuration from the process environment and validates it.
    pub fn load() -> anyhow::Result<Self> {
        let mut figment = Figment::new();
        if let Ok(path) = std::env::var("KAIROS_CONFIG") {
            figment = figment.merge(Toml::file_exact(&path));
        }
        let figment = figment
            .merge(Env::raw().only(&["DATABASE_URL"]))
            .merge(Env::prefixed("KAIROS_").ignore(&["CONFIG"]));
        Self::from_figment(&figment)
    }

    /// Extracts and validates the configuration from any set of providers.
    pub fn from_figment(figment: &Figment) -> anyhow::Result<Self> {
        let config: Config = figment
            .extract()
            .context("invalid configuration (settings are KAIROS_<NAME> variables, see docs/configuration.md)")?;
        config.validate()?;
        Ok(config)
    }

    pub fn validate(&self) -> anyhow::Result<()> {
        if self.db_max_connections == 0 {
            bail!("KAIROS_DB_MAX_CONNECTIONS must be at least 1");
        }
        if self.db_min_connections > self.db_max_connections {
            bail!(
                "KAIROS_DB_MIN_CONNECTIONS ({}) must not exceed KAIROS_DB_MAX_CONNECTIONS ({})",
                self.db_min_connections,
                self.db_max_connections
            );
        }
        if self.db_acquire_timeout_ms == 0 || self.db_acquire_timeout_ms > 60_000 {
            bail!("KAIROS_DB_ACQUIRE_TIMEOUT_MS must be between 1 and 60000");
        }
        if self.instances == 0 {
            bail!("KAIROS_INSTANCES must be at least 1");
        }
        if !(100..=300_000).contains(&self.body_read_timeout_ms) {
            bail!("KAIROS_BODY_READ_TIMEOUT_MS must be between 100 and 300000");
        }
        if self.max_body_bytes < 1024 {
            bail!("KAIROS_MAX_BODY_BYTES must be at least 1024");
        }
        if !(100..=300_000).contains(&self.webhook_timeout_ms) {
            bail!("KAIROS_WEBHOOK_TIMEOUT_MS must be between 100 and 300000");
        }
        if !(1..=1440).contains(&self.calendar_sync_minutes) {
            bail!("KAIROS_CALENDAR_SYNC_MINUTES must be between 1 and 1440");
        }
        if !(1024..=256 * 1024 * 1024).contains(&self.calendar_max_feed_bytes) {
            bail!("KAIROS_CALENDAR_MAX_FEED_BYTES must be between 1024 and 268435456");
        }
        if !(1..=300).contains(&self.calendar_fetch_timeout_secs) {
            bail!("KAIROS_CALENDAR_FETCH_TIMEOUT_SECS must be between 1 and 300");
        }
        if self.slot_cache_ttl_secs > 3_600 {
            bail!("KAIROS_SLOT_CACHE_TTL_SECS must be between 0 and 3600");
        }
        if self.slot_cache_memory_mb > 4_096 {
            bail!("KAIROS_SLOT_CACHE_MEMORY_MB must be between 0 and 4096");
        }
        if !(1..=43_200).contains(&self.calendar_stale_after_minutes) {
            bail!("KAIROS_CALENDAR_STALE_AFTER_MINUTES must be between 1 and 43200");
        }
        self.configured_keys()?;
        if self.webhook_disable_after == 0 || self.webhook_disable_after > 10_000 {
            bail!("KAIROS_WEBHOOK_DISABLE_AFTER must be between 1 and 10000");
        }
        if !valid_stream_name(&self.nats_stream) {
            bail!(
                "KAIROS_NATS_STREAM `{}` must be 1–255 characters without spaces, `.`, `*`, `>`, `/` or `\\`",
                self.nats_stream
            );
        }
        if !valid_subject_prefix(&self.nats_subject_prefix) {
            bail!(
                "KAIROS_NATS_SUBJECT_PREFIX `{}` must be dot-separated tokens without spaces or wildcards, like `kairos.events`",
                self.nats_subject_prefix
            );
        }
        if !(1..=1024).contains(&self.worker_concurrency) {
            bail!("KAIROS_WORKER_CONCURRENCY must be between 1 and 1024");
        }
        if self.serve_workers.is_some_and(|n| n > 1024) {
            bail!("KAIROS_SERVE_WORKERS must be between 0 and 1024");
        }
        if !(3..=3600).contains(&self.job_lease_secs) {
            bail!("KAIROS_JOB_LEASE_SECS must be between 3 and 3600");
        }
        if !(1..=86_400).contains(&self.job_timeout_secs) {
            bail!("KAIROS_JOB_TIMEOUT_SECS must be between 1 and 86400");
        }
        if self.job_backoff_base_ms == 0 || self.job_backoff_max_secs.saturating_mul(1000) < self.job_backoff_base_ms {
            bail!("KAIROS_JOB_BACKOFF_BASE_MS must be at least 1 and at most KAIROS_JOB_BACKOFF_MAX_SECS");
        }
        if self.worker_grace_secs > 3600 {
            bail!("KAIROS_WORKER_GRACE_SECS must be at most 3600");
        }
        if self.job_retention_hours == 0 {
            bail!("KAIROS_JOB_RETENTION_HOURS must be at least 1");
        }
        if !(100..=60_000).contains(&self.nats_publish_timeout_ms) {
            bail!("KAIROS_NATS_PUBLISH_TIMEOUT_MS must be between 100 and 60000");
        }
        tracing_subscriber::EnvFilter::try_new(&self.log)
            .with_context(|| format!("KAIROS_LOG `{}` is not a valid log filter", self.log))?;
        self.validate_redis()?;
        if let Some(url) = &self.replica_database_url
            && url.expose_secret().parse::<sqlx::postgres::PgConnectOptions>().is_err()
        {
            // The URL is a secret (it may carry a password), so the message does not repeat it.
            bail!("KAIROS_REPLICA_DATABASE_URL is not a valid PostgreSQL URL (like postgres://replica/kairos)");
        }
        self.validate_mail()?;
        self.validate_llm()?;
        self.validate_backup()
    }

    fn validate_redis(&self) -> anyhow::Result<()> {
        let Some(url) = &self.redis_url else {
            return Ok(());
        };
        let url = url.expose_secret();
        // The URL is a secret (it may carry a password), so the message does not repeat it.
        if !(url.starts_with("redis://") || url.starts_with("rediss://")) {
            bail!("KAIROS_REDIS_URL must be a redis:// or rediss:// URL");
        }
        if redis::Client::open(url).is_err() {
            bail!("KAIROS_REDIS_URL is not a valid Redis URL (like redis://127.0.0.1:6379/0)");
        }
        Ok(())
    }

    fn validate_backup(&self) -> anyhow::Result<()> {
        if self.backup_dir.is_some() && self.backup_s3_bucket.is_some() {
            bail!("set KAIROS_BACKUP_DIR or KAIROS_BACKUP_S3_BUCKET, not both");
        }
        if self
            .backup_s3_bucket
            .as_deref()
            .is_some_and(|b| b.trim().is_empty() || b.contains(['/', ' ']))
        {
            bail!("KAIROS_BACKUP_S3_BUCKET must be a bucket name");
        }
        if self.backup_keep_daily == 0 && self.backup_keep_weekly == 0 {
            bail!(
                "KAIROS_BACKUP_KEEP_DAILY and KAIROS_BACKUP_KEEP_WEEKLY must not both be 0 (prune would delete every backup)"
            );
        }
        if !(60..=7 * 86_400).contains(&self.backup_timeout_secs) {
            bail!("KAIROS_BACKUP_TIMEOUT_SECS must be between 60 and 604800");
        }
        if let Some(schedule) = &self.backup_schedule {
            Schedule::parse(schedule).map_err(|err| anyhow::anyhow!("KAIROS_BACKUP_SCHEDULE `{schedule}`: {err}"))?;
            if self.backup_dir.is_none() && self.backup_s3_bucket.is_none() {
                bail!("KAIROS_BACKUP_SCHEDULE needs KAIROS_BACKUP_DIR or KAIROS_BACKUP_S3_BUCKET");
            }
        }
        Ok(())
    }

    fn validate_llm(&self) -> anyhow::Result<()> {
        if !(100..=300_000).contains(&self.llm_timeout_ms) {
            bail!("KAIROS_LLM_TIMEOUT_MS must be between 100 and 300000");
        }
        let Some(base) = &self.llm_base_url else {
            return Ok(());
        };
        let url = reqwest::Url::parse(base)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        let Some(url) = url else {
            bail!("KAIROS_LLM_BASE_URL must be an http:// or https:// URL, e.g. https://api.openai.com/v1");
        };
        if !url.username().is_empty() || url.password().is_some() || url.query().is_some() {
            bail!("KAIROS_LLM_BASE_URL must not carry credentials or a query; put the key in KAIROS_LLM_API_KEY");
        }
        if self
            .llm_model
            .as_deref()
            .is_none_or(|m| m.trim().is_empty() || m.len() > 200)
        {
            bail!("KAIROS_LLM_MODEL must name the model (1–200 characters) when KAIROS_LLM_BASE_URL is set");
        }
        if self.llm_timeout_ms >= self.job_timeout_secs.saturating_mul(1000) {
            bail!(
                "KAIROS_LLM_TIMEOUT_MS must be shorter than KAIROS_JOB_TIMEOUT_SECS, so a slow model leaves time for the parser"
            );
        }
        Ok(())
    }

    fn validate_mail(&self) -> anyhow::Result<()> {
        if let Some(host) = &self.smtp_host
            && (host.trim().is_empty() || host.contains(char::is_whitespace))
        {
            bail!("KAIROS_SMTP_HOST must be a host name or address (unset it to write mails to files)");
        }
        if self.smtp_port == 0 {
            bail!("KAIROS_SMTP_PORT must be between 1 and 65535");
        }
        if self.smtp_username.is_some() != self.smtp_password.is_some() {
            bail!("KAIROS_SMTP_USERNAME and KAIROS_SMTP_PASSWORD must be set together");
        }
        if self.smtp_timeout_ms == 0 || self.smtp_timeout_ms > 300_000 {
            bail!("KAIROS_SMTP_TIMEOUT_MS must be between 1 and 300000");
        }
        self.sender()?;
        if let Some(url) = &self.public_url {
            let rest = url
                .strip_prefix("https://")
                .or_else(|| url.strip_prefix("http://"))
                .unwrap_or_default();
            if rest.is_empty() || rest.starts_with('/') || url.contains(char::is_whitespace) {
                bail!("KAIROS_PUBLIC_URL must be an http:// or https:// URL, e.g. https://book.example.com");
            }
        }
        Ok(())
    }

    /// The keys given in the configuration, if any: the current one and the old ones.
    fn configured_keys(&self) -> anyhow::Result<Option<(Key, Vec<Key>)>> {
        let old = match &self.secrets_old_keys {
            None => Vec::new(),
            Some(list) => list
                .expose_secret()
                .split(',')
                .filter(|k| !k.trim().is_empty())
                .enumerate()
                .map(|(i, k)| {
                    Key::from_base64(k).map_err(|why| anyhow::anyhow!("key {} of KAIROS_SECRETS_OLD_KEYS {why}", i + 1))
                })
                .collect::<anyhow::Result<_>>()?,
        };
        match &self.secrets_key {
            Some(key) => {
                let key =
                    Key::from_base64(key.expose_secret()).map_err(|why| anyhow::anyhow!("KAIROS_SECRETS_KEY {why}"))?;
                Ok(Some((key, old)))
            }
            None if old.is_empty() => Ok(None),
            None => bail!("KAIROS_SECRETS_OLD_KEYS is set without KAIROS_SECRETS_KEY"),
        }
    }

    /// The keys that seal and open secrets at rest: the configured ones, else the key file in
    /// the data directory (made on first use).
    pub fn keyring(&self) -> anyhow::Result<Keyring> {
        if let Some((current, old)) = self.configured_keys()? {
            return Ok(Keyring::new(current, old));
        }
        let path = self.data_dir.join("secrets.key");
        let key = sealing::key_file(&path)?;
        tracing::info!(
            path = %path.display(),
            fingerprint = %key.fingerprint(),
            "secrets at rest are sealed with the key file; set KAIROS_SECRETS_KEY, the same on every instance, when running more than one"
        );
        Ok(Keyring::new(key, Vec::new()))
    }

    /// When workers make backups, parsed (`validate` has refused a schedule that does not parse).
    #[must_use]
    pub fn scheduled_backups(&self) -> Option<Schedule> {
        self.backup_schedule.as_deref().and_then(|s| Schedule::parse(s).ok())
    }

    /// Jobs `kairos serve` runs in-process (see [`Self::serve_workers`]).
    #[must_use]
    pub fn in_process_workers(&self) -> usize {
        self.serve_workers.unwrap_or(if self.database_url.is_none() {
            self.worker_concurrency
        } else {
            0
        })
    }

    /// The `From` mailbox of booking e-mails.
    pub fn sender(&self) -> anyhow::Result<lettre::message::Mailbox> {
        self.email_from.parse().map_err(|err| {
            anyhow::anyhow!(
                "KAIROS_EMAIL_FROM `{}` is not a mailbox like `Kairos <no-reply@example.com>`: {err}",
                self.email_from
            )
        })
    }

    /// `KAIROS_PUBLIC_URL` without a trailing slash, ready to have paths appended.
    #[must_use]
    pub fn public_base_url(&self) -> Option<String> {
        self.public_url
            .as_deref()
            .map(|url| url.trim_end_matches('/').to_owned())
    }

    #[must_use]
    pub fn smtp_timeout(&self) -> Duration {
        Duration::from_millis(self.smtp_timeout_ms)
    }

    #[must_use]
    pub fn acquire_timeout(&self) -> Duration {
        Duration::from_millis(self.db_acquire_timeout_ms)
    }

    #[must_use]
    pub fn body_read_timeout(&self) -> Duration {
        Duration::from_millis(self.body_read_timeout_ms)
    }

    #[must_use]
    pub fn request_timeout(&self) -> Option<Duration> {
        (self.request_timeout_ms > 0).then(|| Duration::from_millis(self.request_timeout_ms))
    }

    /// A warning when this deployment's pools could exhaust the server's connections,
    /// leaving none for migrations, backups or an operator's `psql`.
    #[must_use]
    pub fn headroom_warning(&self, server_budget: i64) -> Option<String> {
        let wanted = i64::from(self.db_max_connections) * i64::from(self.instances);
        let spare = server_budget - wanted;
        (spare < 5).then(|| {
            format!(
                "{} instance(s) × a pool of {} = {wanted} connections, but the server accepts {server_budget} \
                 (max_connections less superuser_reserved_connections): keep at least 5 spare for migrations, \
                 backups and operators. Lower KAIROS_DB_MAX_CONNECTIONS, put PgBouncer in front, or raise max_connections.",
                self.instances, self.db_max_connections
            )
        })
    }
}

/// A JetStream stream name: no whitespace, subject separators or wildcards.
fn valid_stream_name(name: &str) -> bool {
    (1..=255).contains(&name.len())
        && !name
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '.' | '*' | '>' | '/' | '\\'))
}

/// Literal subject tokens joined by dots.
fn valid_subject_prefix(prefix: &str) -> bool {
    prefix.split('.').all(|token| {
        !token.is_empty()
            && !token
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '*' | '>'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_toml(text: &str) -> anyhow::Result<Config> {
        Config::from_figment(&Figment::new().merge(Toml::string(text)))
    }

    #[test]
    fn defaults_are_valid_and_owned() {
        let config = from_toml("").expect("defaults");
        assert_eq!(config.acquire_timeout(), Duration::from_secs(2));
        assert!(config.database_url.is_none());
    }

    #[test]
    fn bad_settings_are_named() {
        let err = format!("{:#}", from_toml("db_max_connections = \"lots\"").expect_err("refused"));
        assert!(err.contains("db_max_connections"), "{err}");
        let err = from_toml("db_max_connections = 0").expect_err("refused").to_string();
        assert!(err.contains("KAIROS_DB_MAX_CONNECTIONS"), "{err}");
        let err = from_toml("db_min_connections = 50").expect_err("refused").to_string();
        assert!(err.contains("KAIROS_DB_MIN_CONNECTIONS"), "{err}");
        let err = format!("{:#}", from_toml("listen = \"nowhere\"").expect_err("refused"));
        assert!(err.contains("listen"), "{err}");
        let err = format!("{:#}", from_toml("no_such_setting = 1").expect_err("refused"));
        assert!(err.contains("no_such_setting"), "{err}");
    }

    #[test]
    fn pool_size_follows_the_sizing_rule() {
        assert_eq!(default_pool_size(2, 1), 5);
        assert_eq!(default_pool_size(8, 1), 17);
        assert_eq!(default_pool_size(8, 4), 4);
        assert_eq!(default_pool_size(2, 10), 2, "never below two per instance");
    }

    #[test]
    fn headroom_is_checked_across_instances() {
        let config = from_toml("db_max_connections = 20\ninstances = 4").expect("valid");
        assert!(config.headroom_warning(200).is_none());
        assert!(config.headroom_warning(85).is_none(), "five spare is enough");
        let warning = config.headroom_warning(83).expect("80 of 83 leaves too little");
        assert!(
            warning.contains("4 instance(s)") && warning.contains("80 connections"),
            "{warning}"
        );
        assert!(from_toml("instances = 0").is_err());
    }

    #[test]
    fn webhook_and_nats_settings_are_checked() {
        let config = from_toml("").expect("defaults");
        assert_eq!(config.webhook_timeout_ms, 10_000);
        assert!(!config.webhook_allow_private_addresses);
        assert_eq!(config.webhook_disable_after, 15);
        assert_eq!(config.nats_stream, "KAIROS");
        for (setting, name) in [
            ("webhook_timeout_ms = 0", "KAIROS_WEBHOOK_TIMEOUT_MS"),
            ("webhook_disable_after = 0", "KAIROS_WEBHOOK_DISABLE_AFTER"),
            ("nats_stream = \"a.b\"", "KAIROS_NATS_STREAM"),
            ("nats_subject_prefix = \"kairos.>\"", "KAIROS_NATS_SUBJECT_PREFIX"),
            ("nats_subject_prefix = \"kairos..events\"", "KAIROS_NATS_SUBJECT_PREFIX"),
        ] {
            let err = from_toml(setting).expect_err(setting).to_string();
            assert!(err.contains(name), "{setting}: {err}");
        }
        let config = from_toml("nats_url = \"nats://user:hunter2@nats:4222\"").expect("valid");
        assert!(!format!("{config:?}").contains("hunter2"));
    }

    #[test]
    fn mail_settings_are_checked() {
        let config = from_toml("").expect("defaults");
        assert!(config.smtp_host.is_none());
        assert_eq!(config.smtp_port, 587);
        assert_eq!(config.smtp_tls, SmtpTls::Starttls);
        assert_eq!(
            config.sender().expect("mailbox").email.to_string(),
            "no-reply@localhost"
        );
        let config =
            from_toml("smtp_tls = \"tls\"\nsmtp_port = 465\npublic_url = \"https://book.example/\"").expect("valid");
        assert_eq!(config.smtp_tls, SmtpTls::Tls);
        assert_eq!(config.public_base_url().as_deref(), Some("https://book.example"));
        let err = format!("{:#}", from_toml("smtp_tls = \"ssl\"").expect_err("refused"));
        assert!(err.contains("smtp_tls"), "{err}");
        let err = from_toml("email_from = \"not a mailbox\"")
            .expect_err("refused")
            .to_string();
        assert!(err.contains("KAIROS_EMAIL_FROM"), "{err}");
        let err = from_toml("smtp_username = \"kairos\"")
            .expect_err("refused")
            .to_string();
        assert!(err.contains("KAIROS_SMTP_PASSWORD"), "{err}");
        let err = from_toml("public_url = \"book.example\"")
            .expect_err("refused")
            .to_string();
        assert!(err.contains("KAIROS_PUBLIC_URL"), "{err}");
        let err = from_toml("smtp_host = \" \"").expect_err("refused").to_string();
        assert!(err.contains("KAIROS_SMTP_HOST"), "{err}");
        let config = from_toml("smtp_username = \"kairos\"\nsmtp_password = \"hunter2\"").expect("valid");
        assert!(!format!("{config:?}").contains("hunter2"));
    }

    #[test]
    fn worker_settings_are_checked_and_in_process_workers_follow_the_database() {
        let embedded = from_toml("").expect("defaults");
        assert_eq!(embedded.in_process_workers(), 8, "one command runs everything");
        let external = from_toml("database_url = \"postgres://db/kairos\"").expect("valid");
        assert_eq!(external.in_process_workers(), 0, "API instances leave jobs to workers");
        let chosen = from_toml("database_url = \"postgres://db/kairos\"\nserve_workers = 2").expect("valid");
        assert_eq!(chosen.in_process_workers(), 2);
        for (setting, name) in [
            ("worker_concurrency = 0", "KAIROS_WORKER_CONCURRENCY"),
            ("job_lease_secs = 1", "KAIROS_JOB_LEASE_SECS"),
            ("job_timeout_secs = 0", "KAIROS_JOB_TIMEOUT_SECS"),
            (
                "job_backoff_base_ms = 5000\njob_backoff_max_secs = 1",
                "KAIROS_JOB_BACKOFF_BASE_MS",
            ),
            ("job_retention_hours = 0", "KAIROS_JOB_RETENTION_HOURS"),
        ] {
            let err = from_toml(setting).expect_err(setting).to_string();
            assert!(err.contains(name), "{setting}: {err}");
        }
    }

    #[test]
    fn llm_settings_are_checked() {
        let config = from_toml("").expect("defaults");
        assert!(config.llm_base_url.is_none(), "the parser alone by default");
        assert_eq!(config.llm_timeout_ms, 10_000);
        let config = from_toml(
            "llm_base_url = \"http://127.0.0.1:11434/v1\"\nllm_model = \"llama3.1\"\nllm_api_key = \"sk-hunter2\"",
        )
        .expect("valid");
        assert!(!format!("{config:?}").contains("hunter2"));
        for (setting, name) in [
            (
                "llm_base_url = \"api.openai.com/v1\"\nllm_model = \"m\"",
                "KAIROS_LLM_BASE_URL",
            ),
            (
                "llm_base_url = \"ftp://models/v1\"\nllm_model = \"m\"",
                "KAIROS_LLM_BASE_URL",
            ),
            (
                "llm_base_url = \"https://user:pw@models/v1\"\nllm_model = \"m\"",
                "KAIROS_LLM_BASE_URL",
            ),
            ("llm_base_url = \"https://models/v1\"", "KAIROS_LLM_MODEL"),
            (
                "llm_base_url = \"https://models/v1\"\nllm_model = \" \"",
                "KAIROS_LLM_MODEL",
            ),
            ("llm_timeout_ms = 0", "KAIROS_LLM_TIMEOUT_MS"),
            (
                "llm_base_url = \"https://models/v1\"\nllm_model = \"m\"\nllm_timeout_ms = 60000\njob_timeout_secs = 30",
                "KAIROS_LLM_TIMEOUT_MS",
            ),
        ] {
            let err = from_toml(setting).expect_err(setting).to_string();
            assert!(err.contains(name), "{setting}: {err}");
        }
    }

    #[test]
    fn backup_settings_are_checked() {
        let config = from_toml("").expect("defaults");
        assert_eq!((config.backup_keep_daily, config.backup_keep_weekly), (7, 4));
        assert!(config.backup_schedule.is_none());
        let config = from_toml("backup_dir = \"/backups\"\nbackup_schedule = \"daily 03:30\"").expect("valid");
        assert!(config.scheduled_backups().is_some());
        for (setting, name) in [
            ("backup_schedule = \"daily 03:30\"", "KAIROS_BACKUP_DIR"),
            (
                "backup_dir = \"/b\"\nbackup_schedule = \"hourly\"",
                "KAIROS_BACKUP_SCHEDULE",
            ),
            (
                "backup_dir = \"/b\"\nbackup_s3_bucket = \"b\"",
                "KAIROS_BACKUP_S3_BUCKET",
            ),
            (
                "backup_keep_daily = 0\nbackup_keep_weekly = 0",
                "KAIROS_BACKUP_KEEP_DAILY",
            ),
            ("backup_timeout_secs = 1", "KAIROS_BACKUP_TIMEOUT_SECS"),
        ] {
            let err = from_toml(setting).expect_err(setting).to_string();
            assert!(err.contains(name), "{setting}: {err}");
        }
        let config = from_toml("backup_s3_bucket = \"b\"\nbackup_s3_secret_access_key = \"hunter2\"").expect("valid");
        assert!(!format!("{config:?}").contains("hunter2"));
    }

    #[test]
    fn the_redis_url_is_checked_and_redacted() {
        assert!(from_toml("").expect("defaults").redis_url.is_none());
        for url in ["http://cache:6379", "cache:6379", "redis://cache:notaport"] {
            let err = from_toml(&format!("redis_url = \"{url}\"")).expect_err(url).to_string();
            assert!(err.contains("KAIROS_REDIS_URL"), "{url}: {err}");
        }
        for url in ["redis://127.0.0.1:6379/2", "rediss://:hunter2@cache.example:6380"] {
            let config = from_toml(&format!("redis_url = \"{url}\"")).expect(url);
            assert!(!format!("{config:?}").contains("hunter2"));
        }
    }

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let config = from_toml("database_url = \"postgres://kairos:hunter2@db/kairos\"").expect("valid");
        assert!(!format!("{config:?}").contains("hunter2"));
    }
}
