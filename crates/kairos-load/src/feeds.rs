//! `kairos-load feeds`: gives every host of a fixture external calendars, so a load can be run
//! with busy time from them — writes ICS feeds over the days the load books in, adds each as
//! the host's calendar source, and waits until Kairos has synced every one, failing on the
//! first sync error.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use chrono::{DateTime, TimeDelta, Utc};
use reqwest::Method;
use serde::Serialize;
use serde_json::{Value, json};

use crate::api::{Api, text};
use crate::cli::FeedsArgs;
use crate::fixture::Fixture;
use crate::ics::{self, FeedSpec};
use crate::scenario::LOOKAHEAD_DAYS;
use crate::target::Target;

/// How often the sources' state is read while waiting.
const POLL: Duration = Duration::from_secs(1);
/// How often the wait says how far it got.
const PROGRESS: Duration = Duration::from_secs(10);

/// What was written, added and synced; printed, and written as JSON with `--out`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub hosts: usize,
    pub sources: usize,
    pub sources_per_host: u32,
    pub events_per_source: u32,
    /// The window the events lie in: from the start of tomorrow (UTC), as many days as the load
    /// looks ahead.
    pub window_from: DateTime<Utc>,
    pub window_until: DateTime<Utc>,
    pub bytes_written: u64,
    pub events_written: u64,
    pub series_written: u64,
    /// Busy occurrences in what was written (series expanded, free and cancelled events left out).
    pub busy_written: u64,
    /// What Kairos reports after its syncs: events read and busy intervals stored.
    pub events_synced: u64,
    pub busy_intervals_synced: u64,
    /// When the first source was added, and the first and last successful syncs.
    pub registered_at: DateTime<Utc>,
    pub first_success_at: DateTime<Utc>,
    pub last_success_at: DateTime<Utc>,
    /// From the first source added to the last successful sync.
    pub sync_seconds: f64,
}

/// One source as added.
struct Added {
    host_id: String,
    id: String,
    name: String,
}

pub async fn run(args: FeedsArgs) -> anyhow::Result<()> {
    let target = Target::parse(&args.target.target, args.target.allow_remote)?;
    let feed_base = Target::parse(&args.feed_base, args.target.allow_remote).context("--feed-base")?;
    let fixture = Fixture::read(&args.fixture)?;
    let mut seen = HashSet::new();
    let hosts: Vec<&str> = fixture
        .event_types
        .iter()
        .map(|e| e.host_id.as_str())
        .filter(|id| seen.insert(*id))
        .collect();

    let now = Utc::now();
    let from = (now.date_naive() + TimeDelta::days(1))
        .and_hms_opt(0, 0, 0)
        .context("midnight")?
        .and_utc();
    let until = from + TimeDelta::days(LOOKAHEAD_DAYS as i64);
    std::fs::create_dir_all(&args.dir).with_context(|| format!("cannot create {}", args.dir.display()))?;
    let (mut bytes, mut events, mut series, mut busy) = (0u64, 0u64, 0u64, 0u64);
    let mut files = Vec::with_capacity(hosts.len() * args.sources as usize);
    for (index, host_id) in hosts.iter().enumerate() {
        for n in 1..=args.sources {
            let file = format!("{host_id}-{n}.ics");
            let name = format!("Load feed {n} of host {index}");
            let feed = ics::write(&FeedSpec {
                name: &name,
                uid_prefix: &format!("{host_id}-{n}"),
                events: args.events,
                from,
                until,
                stamp: now,
                seed: args
                    .seed
                    .wrapping_mul(1_000_003)
                    .wrapping_add(index as u64 * 64 + u64::from(n)),
            });
            let path = args.dir.join(&file);
            std::fs::write(&path, &feed.text).with_context(|| format!("cannot write {}", path.display()))?;
            bytes += feed.text.len() as u64;
            events += u64::from(feed.events);
            series += u64::from(feed.series);
            busy += u64::from(feed.busy);
            files.push((*host_id, file, name));
        }
    }
    eprintln!(
        "feeds: wrote {} feeds ({:.1} MB, {events} events, {busy} busy occurrences from {from} to {until}) to {}",
        files.len(),
        bytes as f64 / 1e6,
        args.dir.display()
    );

    let api = Api {
        client: crate::client::build(args.timeout)?,
        target,
    };
    let key = fixture.api_key.as_str();
    let registered_at = Utc::now();
    let mut added = Vec::with_capacity(files.len());
    for (host_id, file, name) in files {
        let url = feed_base.url(&format!("/{file}"));
        let source = api
            .call(
                Method::POST,
                &format!("/v1/hosts/{host_id}/calendar-sources"),
                Some(key),
                Some(json!({"name": name, "url": url})),
                201,
            )
            .await
            .with_context(|| format!("adding {url} to host {host_id}"))?;
        added.push(Added {
            host_id: host_id.to_owned(),
            id: text(&source["id"], "calendar source id")?,
            name,
        });
    }
    eprintln!(
        "feeds: added {} calendar sources in {:.1} s; waiting up to {} s for their syncs",
        added.len(),
        (Utc::now() - registered_at).num_milliseconds() as f64 / 1000.0,
        args.wait.as_secs()
    );

    let synced = wait_for_syncs(&api, key, &hosts, &added, args.wait).await?;
    let mut summary = Summary {
        hosts: hosts.len(),
        sources: added.len(),
        sources_per_host: args.sources,
        events_per_source: args.events,
        window_from: from,
        window_until: until,
        bytes_written: bytes,
        events_written: events,
        series_written: series,
        busy_written: busy,
        events_synced: 0,
        busy_intervals_synced: 0,
        registered_at,
        first_success_at: DateTime::<Utc>::MAX_UTC,
        last_success_at: DateTime::<Utc>::MIN_UTC,
        sync_seconds: 0.0,
    };
    for source in &synced {
        summary.events_synced += source.events;
        summary.busy_intervals_synced += source.busy_intervals;
        summary.first_success_at = summary.first_success_at.min(source.success_at);
        summary.last_success_at = summary.last_success_at.max(source.success_at);
    }
    summary.sync_seconds = (summary.last_success_at - registered_at).num_milliseconds() as f64 / 1000.0;
    eprintln!(
        "feeds: {} sources synced within {:.1} s of the first being added: {} events read, {} busy intervals stored \
         (written: {} events, {} busy occurrences)",
        summary.sources,
        summary.sync_seconds,
        summary.events_synced,
        summary.busy_intervals_synced,
        summary.events_written,
        summary.busy_written
    );
    if summary.events_synced != summary.events_written || summary.busy_intervals_synced != summary.busy_written {
        eprintln!("feeds: warning: Kairos read other counts than were written (see above)");
    }
    if let Some(out) = &args.out {
        let mut text = serde_json::to_string_pretty(&summary)?;
        text.push('\n');
        std::fs::write(out, text).with_context(|| format!("cannot write {}", out.display()))?;
    }
    Ok(())
}

/// A source after its first successful sync.
struct Synced {
    success_at: DateTime<Utc>,
    events: u64,
    busy_intervals: u64,
}

/// Reads the hosts' sources until every one `added` has synced, failing on the first that
/// reports an error or when `wait` has passed.
async fn wait_for_syncs(
    api: &Api,
    key: &str,
    hosts: &[&str],
    added: &[Added],
    wait: Duration,
) -> anyhow::Result<Vec<Synced>> {
    let started = Instant::now();
    let mut said = Instant::now();
    let ours: HashSet<&str> = added.iter().map(|a| a.id.as_str()).collect();
    loop {
        let mut synced = Vec::with_capacity(added.len());
        let mut synced_ids = HashSet::new();
        for host_id in hosts {
            let list = api
                .call(
                    Method::GET,
                    &format!("/v1/hosts/{host_id}/calendar-sources"),
                    Some(key),
                    None,
                    200,
                )
                .await
                .with_context(|| format!("reading the calendar sources of host {host_id}"))?;
            for source in list.as_array().context("the calendar sources are not a list")? {
                if !source["id"].as_str().is_some_and(|id| ours.contains(id)) {
                    continue;
                }
                if let Some(error) = source["last_error"].as_str() {
                    let name = source["name"].as_str().unwrap_or_default();
                    bail!("calendar source `{name}` of host {host_id} failed to sync: {error}");
                }
                if let Some(at) = source["last_success_at"].as_str() {
                    synced_ids.insert(source["id"].as_str().unwrap_or_default().to_owned());
                    synced.push(Synced {
                        success_at: DateTime::parse_from_rfc3339(at)
                            .with_context(|| format!("last_success_at `{at}`"))?
                            .with_timezone(&Utc),
                        events: count(&source["events"]),
                        busy_intervals: count(&source["busy_intervals"]),
                    });
                }
            }
        }
        if synced.len() == added.len() {
            return Ok(synced);
        }
        if started.elapsed() >= wait {
            let waiting: Vec<String> = added
                .iter()
                .filter(|a| !synced_ids.contains(&a.id))
                .take(3)
                .map(|a| format!("`{}` of host {}", a.name, a.host_id))
                .collect();
            bail!(
                "{} of {} calendar sources had not synced after {} s (e.g. {}): is a worker running \
                 (`kairos worker`), and may it read private addresses (KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES=true)?",
                added.len() - synced.len(),
                added.len(),
                wait.as_secs(),
                waiting.join(", ")
            );
        }
        if said.elapsed() >= PROGRESS {
            eprintln!("feeds: {} of {} sources synced", synced.len(), added.len());
            said = Instant::now();
        }
        tokio::time::sleep(POLL).await;
    }
}

fn count(value: &Value) -> u64 {
    value.as_u64().unwrap_or(0)
}
