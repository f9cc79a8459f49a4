//! The command line: `setup` creates a load-test organisation and writes a fixture; `feeds`
//! gives its hosts external calendars; `run` drives virtual users against it. Also the parsers
//! for durations, arrival rates and mixes.

use std::path::PathBuf;
use std::time::Duration;

use clap::{ArgGroup, Args, Parser, Subcommand};

use crate::scenario::Mix;

#[derive(Debug, Parser)]
#[command(
    name = "kairos-load",
    version,
    about = "Load generator for Kairos: virtual users on booking links"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign up an organisation with hosts available 24/7 and one event type each; write a fixture.
    Setup(SetupArgs),
    /// Write ICS feeds for every host of the fixture, add them as its calendar sources and wait
    /// until Kairos has synced them all.
    Feeds(FeedsArgs),
    /// Run virtual users against the fixture's event types and write reports.
    Run(Box<RunArgs>),
}

/// Where the load goes. Only this address is ever contacted.
#[derive(Debug, Clone, Args)]
pub struct TargetArgs {
    /// Base URL of the Kairos instance, e.g. http://127.0.0.1:8080 (plain HTTP).
    #[arg(long)]
    pub target: String,
    /// Allow a target that is not a loopback address (never point this at someone else's server).
    #[arg(long)]
    pub allow_remote: bool,
}

#[derive(Debug, Clone, Args)]
pub struct SetupArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Number of hosts (each gets its own single-host event type).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub hosts: u32,
    /// Organisation slug (default `loadtest-<random>`).
    #[arg(long)]
    pub org: Option<String>,
    /// Where to write the fixture JSON (it contains the organisation's API key).
    #[arg(long, default_value = "fixture.json")]
    pub out: PathBuf,
    /// Client timeout of each setup request.
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub timeout: Duration,
    /// Hosts created at once.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..=64))]
    pub concurrency: u32,
}

#[derive(Debug, Clone, Args)]
pub struct FeedsArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// The fixture written by `setup` (its hosts get the feeds; its key adds them).
    #[arg(long, default_value = "fixture.json")]
    pub fixture: PathBuf,
    /// Directory the feeds are written to (created if missing), one `<host id>-<n>.ics` each.
    #[arg(long)]
    pub dir: PathBuf,
    /// Base URL at which Kairos reads the files of `--dir`, e.g. http://127.0.0.1:18310 (a
    /// loopback address unless --allow-remote; Kairos must allow private addresses for it:
    /// KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES=true).
    #[arg(long)]
    pub feed_base: String,
    /// Feeds per host.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub sources: u32,
    /// Events (`VEVENT`s) per feed, spread over the days the load books in.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=20_000))]
    pub events: u32,
    /// Seed of the feeds' contents: the same seed writes the same events for the same fixture
    /// on the same day.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// How long to wait for every source's first successful sync.
    #[arg(long, default_value = "5m", value_parser = parse_duration)]
    pub wait: Duration,
    /// Write what was written and synced, and when, to this JSON file.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Client timeout of each request.
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub timeout: Duration,
}

#[derive(Debug, Clone, Args)]
#[command(group(ArgGroup::new("model").required(true).args(["users", "arrival_rate"])))]
pub struct RunArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// The fixture written by `setup`.
    #[arg(long, default_value = "fixture.json")]
    pub fixture: PathBuf,
    /// Closed model: this many virtual users, each looping over journeys.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub users: Option<u32>,
    /// Open model: journeys started per unit of time regardless of completions, e.g. `500/s`.
    #[arg(long, value_parser = parse_rate)]
    pub arrival_rate: Option<f64>,
    /// Open model: most journeys in progress at once; arrivals beyond it are dropped and counted.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub max_concurrency: u32,
    /// Users (closed) or the arrival rate (open) grow linearly to their target over this time.
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub ramp_up: Duration,
    /// How long the full load is held after the ramp-up.
    #[arg(long, default_value = "30s", value_parser = parse_duration)]
    pub duration: Duration,
    /// Pause between steps, varied by ±`--jitter`.
    #[arg(long, default_value = "1s", value_parser = parse_duration)]
    pub think_time: Duration,
    /// Relative spread of the think time (0.5: ±50 %).
    #[arg(long, default_value_t = 0.5, value_parser = parse_jitter)]
    pub jitter: f64,
    /// STEP=WEIGHT list. page, slots, book: expected times per journey (0.5: every other journey;
    /// omitted: never); cancel: probability that a successful booking is cancelled. Without slots
    /// (e.g. `book=1`) each booking picks its own time on the fixture's grid: a booking-only load.
    #[arg(long, default_value = "page=1,slots=1,book=1,cancel=0.2")]
    pub mix: Mix,
    /// Client timeout of each request (connect to last body byte).
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub timeout: Duration,
    /// Directory for report.json and report.html (created if missing).
    #[arg(long, default_value = "load-report")]
    pub out_dir: PathBuf,
    /// Also write every request and every acknowledged booking and cancellation to this file,
    /// one JSON object a line (what a fault drill checks against the database).
    #[arg(long)]
    pub journal: Option<PathBuf>,
    /// Book without an Idempotency-Key, and so without sending a booking twice: the booking as
    /// `scripts/pgbench/book.sql` runs it (a key adds a statement to claim it and one to store
    /// the answer), for comparing Kairos with its own SQL.
    #[arg(long)]
    pub no_idempotency_keys: bool,
    /// A name for this run in the reports (e.g. `owned-1000`).
    #[arg(long)]
    pub label: Option<String>,
    /// No progress line on stderr.
    #[arg(long)]
    pub quiet: bool,
}

/// Parses `250ms`, `10s`, `1.5s`, `2m`, `1h` or a bare number of seconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration like 500ms, 10s or 2m"))?;
    let seconds = match unit.trim() {
        "ms" => value / 1000.0,
        "" | "s" => value,
        "m" | "min" => value * 60.0,
        "h" => value * 3600.0,
        other => return Err(format!("unknown unit `{other}` in `{text}` (use ms, s, m or h)")),
    };
    if !seconds.is_finite() || !(0.0..=86_400.0).contains(&seconds) {
        return Err(format!("`{text}` must be between 0 and 24 h"));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// Parses an arrival rate in journeys per second: `500/s`, `500`, `30000/m`, `0.5/s`.
pub fn parse_rate(text: &str) -> Result<f64, String> {
    let text = text.trim();
    let (number, per) = text.split_once('/').unwrap_or((text, "s"));
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a rate like 500/s"))?;
    let per_second = match per.trim() {
        "s" => value,
        "m" | "min" => value / 60.0,
        "h" => value / 3600.0,
        other => return Err(format!("unknown rate unit `/{other}` (use /s, /m or /h)")),
    };
    if !per_second.is_finite() || per_second <= 0.0 || per_second > 1_000_000.0 {
        return Err(format!("rate `{text}` must be above 0 and at most 1000000/s"));
    }
    Ok(per_second)
}

fn parse_jitter(text: &str) -> Result<f64, String> {
    let value: f64 = text.trim().parse().map_err(|_| format!("`{text}` is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err("jitter must be between 0 and 1".to_owned())
    }
}
