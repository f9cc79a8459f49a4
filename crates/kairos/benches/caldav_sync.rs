//! How long an incremental sync of a CalDAV calendar of 2,000 events takes when one of them
//! changed, against a real Radicale on loopback: the whole sync job (the mirror read, the
//! `sync-collection` REPORT, the multiget of what changed, reading every event's busy time,
//! the one transaction that stores it), which requests reached the server (from Radicale's own
//! log), and — the reference in the same run — how long Radicale itself spent answering them.
//!
//! `DATABASE_URL=postgres://… KAIROS_TEST_PYTHON=<python with radicale> cargo bench -p kairos
//! --bench caldav_sync` (`CALDAV_BENCH_EVENTS` sets the calendar's size, default 2000;
//! `CALDAV_BENCH_ROUNDS` the number of measured syncs, default 20).

use std::io::{Read, Seek, SeekFrom};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use base64::Engine;
use chrono::{DateTime, TimeDelta, Utc};
use kairos::app::calendar_sync::Syncer;
use kairos::calendars::fetch::FeedClient;
use kairos::config::Config;
use kairos::ids::{CalendarSourceId, OrgId};
use serde_json::{Value, json};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgPool};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// The scratch database (dropped and created afresh by each run).
const DATABASE: &str = "kairos_bench_caldav";
const CALENDAR: &str = "/alice/work/";

/// Radicale with one user, `alice`, logging every request it answers.
struct Radicale {
    base: String,
    log: PathBuf,
    dir: PathBuf,
    child: Child,
}

impl Radicale {
    fn start() -> anyhow::Result<Self> {
        let python = std::env::var("KAIROS_TEST_PYTHON")
            .context("set KAIROS_TEST_PYTHON to a Python with radicale (scripts/test-requirements.txt)")?;
        let dir = std::env::temp_dir().join(format!("kairos-bench-radicale-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("users"), "alice:secret\n")?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let log = dir.join("radicale.log");
        let child = Command::new(python)
            .args(["-m", "radicale", "--config", ""])
            .arg(format!("--server-hosts=127.0.0.1:{port}"))
            .args([
                "--auth-type=htpasswd",
                "--auth-htpasswd-encryption=plain",
                "--auth-delay=0",
                "--logging-level=info",
            ])
            .arg(format!("--auth-htpasswd-filename={}", dir.join("users").display()))
            .arg(format!(
                "--storage-filesystem-folder={}",
                dir.join("collections").display()
            ))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log)?)
            .spawn()
            .context("start radicale")?;
        let mut server = Self {
            base: format!("http://127.0.0.1:{port}"),
            log,
            dir,
            child,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
            if server.child.try_wait()?.is_some() || Instant::now() > deadline {
                bail!("radicale did not start (see {})", server.log.display());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(server)
    }

    /// How far the log has grown, to read what comes after.
    fn log_mark(&self) -> anyhow::Result<u64> {
        Ok(std::fs::metadata(&self.log)?.len())
    }

    /// The requests answered since `mark`: method, and the seconds Radicale says it spent.
    fn answered_since(&self, mark: u64) -> anyhow::Result<Vec<(String, f64)>> {
        let mut file = std::fs::File::open(&self.log)?;
        file.seek(SeekFrom::Start(mark))?;
        let mut text = String::new();
        file.read_to_string(&mut text)?;
        // `[INFO] REPORT response status for '/alice/work/' with depth '1' in 0.012 seconds …`
        Ok(text
            .lines()
            .filter_map(|line| {
                let (_, rest) = line.split_once("[INFO] ")?;
                let (method, rest) = rest.split_once(" response status for ")?;
                let (_, rest) = rest.split_once(" in ")?;
                let seconds = rest.split_whitespace().next()?.parse().ok()?;
                Some((method.to_owned(), seconds))
            })
            .collect())
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The event `index` of the calendar, its start shifted by `moved` minutes: one or two a day
/// over the next 90 days, a tenth of them weekly series.
fn event(index: usize, now: DateTime<Utc>, moved: i64) -> String {
    let day = now.date_naive() + TimeDelta::days(1 + (index % 90) as i64);
    let start = day
        .and_hms_opt(7 + (index % 10) as u32, 0, 0)
        .expect("an hour")
        .and_utc()
        + TimeDelta::minutes(moved);
    let end = start + TimeDelta::minutes(30 + 15 * (index % 3) as i64);
    let rule = if index.is_multiple_of(10) {
        "RRULE:FREQ=WEEKLY;COUNT=12\r\n"
    } else {
        ""
    };
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kairos bench//Other calendar app//EN\r\nBEGIN:VEVENT\r\n\
         UID:bench-{index}@other\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:{}\r\nDTEND:{}\r\n{rule}\
         SUMMARY:Meeting {index}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        start.format("%Y%m%dT%H%M%SZ"),
        end.format("%Y%m%dT%H%M%SZ")
    )
}

async fn dav(client: &reqwest::Client, method: &str, url: String, body: String) -> anyhow::Result<()> {
    let answer = client
        .request(reqwest::Method::from_bytes(method.as_bytes())?, &url)
        .basic_auth("alice", Some("secret"))
        .header("Content-Type", "text/calendar; charset=utf-8")
        .body(body)
        .send()
        .await?;
    if !answer.status().is_success() {
        bail!("{method} {url}: {}", answer.status());
    }
    Ok(())
}

/// Fills the calendar with `count` events, eight PUTs at a time.
async fn fill(client: &reqwest::Client, base: &str, count: usize, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mkcalendar = r#"<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><d:displayname>Work</d:displayname></d:prop></d:set></c:mkcalendar>"#;
    dav(client, "MKCALENDAR", format!("{base}{CALENDAR}"), mkcalendar.to_owned()).await?;
    let limit = Arc::new(Semaphore::new(8));
    let mut puts = JoinSet::new();
    for index in 0..count {
        let (client, limit) = (client.clone(), Arc::clone(&limit));
        let url = format!("{base}{CALENDAR}bench-{index}.ics");
        puts.spawn(async move {
            let _permit = limit.acquire_owned().await?;
            dav(&client, "PUT", url, event(index, now, 0)).await
        });
    }
    while let Some(put) = puts.join_next().await {
        put??;
    }
    Ok(())
}

async fn scratch_pool(url: &str) -> anyhow::Result<PgPool> {
    let admin: PgConnectOptions = url.parse()?;
    let mut conn = admin.connect().await?;
    sqlx::query("DROP DATABASE IF EXISTS kairos_bench_caldav WITH (FORCE)")
        .execute(&mut conn)
        .await?;
    sqlx::query("CREATE DATABASE kairos_bench_caldav")
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    let pool = PgPoolOptions::new()
        .max_connections(8)
        .connect_with(admin.database(DATABASE))
        .await?;
    kairos::store::migrate(&pool).await?;
    Ok(pool)
}

async fn post(client: &reqwest::Client, url: String, key: Option<&str>, body: Value) -> anyhow::Result<Value> {
    let mut request = client.post(&url).json(&body);
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    let answer = request.send().await?;
    let status = answer.status();
    let body: Value = answer.json().await?;
    if !status.is_success() {
        bail!("POST {url}: {status} {body}");
    }
    Ok(body)
}

fn text(value: &Value) -> anyhow::Result<&str> {
    value.as_str().context("a string in the API's answer")
}

/// An organisation, a host and the calendar as its CalDAV source, through the API.
async fn source(client: &reqwest::Client, api: &str, calendar: &str) -> anyhow::Result<(OrgId, CalendarSourceId)> {
    let org = post(
        client,
        format!("{api}/v1/organizations"),
        None,
        json!({"name": "Bench", "slug": "bench"}),
    )
    .await?;
    let key = text(&org["api_key"]["secret"])?;
    let host = post(
        client,
        format!("{api}/v1/hosts"),
        Some(key),
        json!({"name": "Alice", "email": "alice@bench.example", "time_zone": "Europe/Berlin"}),
    )
    .await?;
    let source = post(
        client,
        format!("{api}/v1/hosts/{}/calendar-sources", text(&host["id"])?),
        Some(key),
        json!({"name": "Work", "caldav": {"url": calendar, "username": "alice", "password": "secret"}}),
    )
    .await?;
    Ok((
        text(&org["organization"]["id"])?.parse()?,
        text(&source["id"])?.parse()?,
    ))
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn describe(requests: &[(String, f64)]) -> String {
    requests
        .iter()
        .map(|(method, _)| method.as_str())
        .collect::<Vec<_>>()
        .join(" + ")
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // `cargo test --benches` runs benches without `--bench`; only measure when asked to bench.
    if !std::env::args().any(|a| a == "--bench") {
        return Ok(());
    }
    let url = std::env::var("DATABASE_URL").context("set DATABASE_URL to a PostgreSQL server")?;
    let setting = |name: &str, default: usize| std::env::var(name).ok().and_then(|n| n.parse().ok()).unwrap_or(default);
    let count = setting("CALDAV_BENCH_EVENTS", 2000);
    let rounds = setting("CALDAV_BENCH_ROUNDS", 20);
    let now = Utc::now();

    let radicale = Radicale::start()?;
    let client = kairos::tls::client_builder().build()?;
    let filled = Instant::now();
    fill(&client, &radicale.base, count, now).await?;
    println!(
        "radicale: {count} events written in {:.1} s",
        filled.elapsed().as_secs_f64()
    );

    let pool = scratch_pool(&url).await?;
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("{e}"))?;
    let config = Config {
        calendar_allow_private_addresses: true,
        secrets_key: Some(base64::engine::general_purpose::STANDARD.encode(key).into()),
        ..Config::default()
    };
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let api = format!("http://{}", listener.local_addr()?);
    let shutdown = CancellationToken::new();
    tokio::spawn(kairos::startup::serve(
        listener,
        pool.clone(),
        Arc::new(config.clone()),
        shutdown.clone(),
    ));
    let (org, id) = source(&client, &api, &format!("{}{CALENDAR}", radicale.base)).await?;
    let feeds = FeedClient::from_config(&config)?;
    let keys = config.keyring()?;
    let syncer = Syncer {
        pool: &pool,
        feeds: &feeds,
        keys: &keys,
    };
    let busy = async || -> anyhow::Result<i64> {
        Ok(sqlx::query_scalar("SELECT count(*) FROM external_busy")
            .fetch_one(&pool)
            .await?)
    };

    let mark = radicale.log_mark()?;
    let started = Instant::now();
    syncer.sync(org, id, Utc::now()).await?;
    let first = started.elapsed();
    println!(
        "first sync: {:.1} ms, {} busy intervals stored; requests: {}",
        first.as_secs_f64() * 1000.0,
        busy().await?,
        describe(&radicale.answered_since(mark)?)
    );

    // Nothing changed: the server says so in one REPORT.
    let mark = radicale.log_mark()?;
    let started = Instant::now();
    syncer.sync(org, id, Utc::now()).await?;
    println!(
        "sync with nothing changed: {:.1} ms; requests: {}",
        started.elapsed().as_secs_f64() * 1000.0,
        describe(&radicale.answered_since(mark)?)
    );

    // One event moved by a quarter of an hour, then synced.
    let (mut total, mut server, mut seen) = (Vec::new(), Vec::new(), None);
    for round in 0..rounds {
        let index = (round * 97) % count;
        let moved = 15 * (1 + round as i64 % 3);
        dav(
            &client,
            "PUT",
            format!("{}{CALENDAR}bench-{index}.ics", radicale.base),
            event(index, now, moved),
        )
        .await?;
        let mark = radicale.log_mark()?;
        let started = Instant::now();
        syncer.sync(org, id, Utc::now()).await?;
        total.push(started.elapsed().as_secs_f64() * 1000.0);
        let requests = radicale.answered_since(mark)?;
        server.push(requests.iter().map(|(_, s)| s * 1000.0).sum::<f64>());
        let described = describe(&requests);
        if seen.as_ref().is_some_and(|s| *s != described) {
            bail!("round {round} sent {described}, others {}", seen.unwrap_or_default());
        }
        seen = Some(described);
    }
    let error: Option<String> = sqlx::query_scalar("SELECT last_error FROM calendar_sources")
        .fetch_one(&pool)
        .await?;
    if let Some(error) = error {
        bail!("the source recorded an error: {error}");
    }
    total.sort_by(f64::total_cmp);
    server.sort_by(f64::total_cmp);
    println!(
        "one event changed among {count}, {rounds} syncs; requests each: {}",
        seen.unwrap_or_default()
    );
    println!(
        "  whole sync job: p50 {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        percentile(&total, 0.5),
        percentile(&total, 0.9),
        total.last().copied().unwrap_or_default()
    );
    println!(
        "  reference, radicale answering those requests: p50 {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        percentile(&server, 0.5),
        percentile(&server, 0.9),
        server.last().copied().unwrap_or_default()
    );
    println!("  busy intervals stored: {}", busy().await?);
    shutdown.cancel();
    pool.close().await;
    Ok(())
}
