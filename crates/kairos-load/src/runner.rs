//! `kairos-load run`: drives virtual users against a fixture's event types — a closed model
//! (a fixed number of users looping over journeys) or an open model (journeys started at a
//! fixed rate whatever the completions, up to a concurrency cap) — within a hard time bound,
//! then writes the reports.

use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use reqwest::{Client, RequestBuilder};
use tokio::sync::Notify;
use tokio::task::JoinSet;

use crate::cli::RunArgs;
use crate::client::{self, Reply, post_json};
use crate::fixture::Fixture;
use crate::journal::{Ack, Journal};
use crate::outcome::Outcome;
use crate::progress::{self, Gauges};
use crate::report::{self, Journeys, Model, Report, RunInfo, Settings};
use crate::rng::Rng;
use crate::scenario::{self, CANCEL_BODY, EventLinks, Mix, Step, repetitions};
use crate::stats::Recorder;
use crate::target::Target;

/// Extra time after the last in-flight request's timeout before stragglers are abandoned.
const GRACE: Duration = Duration::from_secs(2);
/// Longest `Retry-After` a user waits out.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

/// What every virtual user shares.
#[derive(Debug)]
struct Shared {
    client: Client,
    recorder: Arc<Recorder>,
    gauges: Arc<Gauges>,
    links: Vec<EventLinks>,
    /// `{base}/v1/public/bookings/`.
    bookings: String,
    mix: Mix,
    journal: Option<Journal>,
    /// Bookings carry an Idempotency-Key (and are sent once more after no answer, a 5xx or a 503).
    keyed: bool,
    think: Duration,
    jitter: f64,
    /// No request starts after this.
    deadline: Instant,
    stopped: AtomicBool,
    stop: Notify,
}

/// How a journey ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// Every step it meant to do succeeded.
    Done,
    /// A step failed or conflicted; the person gives up on this attempt.
    GaveUp,
    /// The service shed the request: wait this long before the next journey.
    Backoff(Duration),
    /// The run is over.
    Stopped,
}

impl Shared {
    fn live(&self) -> bool {
        !self.stopped.load(Ordering::Relaxed) && Instant::now() < self.deadline
    }

    fn stop(&self) {
        self.stopped.store(true, Ordering::Relaxed);
        self.stop.notify_waiters();
    }

    /// Sleeps until `until` (at most until the deadline), waking early if the run is stopped.
    async fn sleep_until(&self, until: Instant) {
        let notified = self.stop.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        if self.stopped.load(Ordering::Relaxed) {
            return;
        }
        let wake = tokio::time::Instant::from_std(until.min(self.deadline));
        tokio::select! {
            () = tokio::time::sleep_until(wake) => {}
            () = notified => {}
        }
    }

    /// Thinks before a step (except a journey's first); false when the run is over.
    async fn before_step(&self, first: &mut bool, rng: &mut Rng) -> bool {
        if !std::mem::replace(first, false) {
            let pause = rng.jitter(self.think, self.jitter);
            self.sleep_until(Instant::now() + pause).await;
        }
        self.live()
    }

    /// Sends one request of `step` and records it.
    async fn send<T>(
        &self,
        step: Step,
        request: RequestBuilder,
        read: impl FnOnce(&[u8]) -> Option<T>,
    ) -> (Reply, Option<T>) {
        let (reply, value) = client::exchange(request, read).await;
        self.recorder.record(step, reply.outcome, reply.latency);
        if let Some(journal) = &self.journal {
            journal.request(step, &reply);
        }
        (reply, value)
    }

    /// Notes in the journal, if any, what the service acknowledged.
    fn acknowledged(&self, ack: Ack, uid: &str) {
        if let Some(journal) = &self.journal {
            journal.acknowledged(ack, uid);
        }
    }
}

/// `None` when the step succeeded; otherwise how the journey ends.
fn ended(reply: &Reply) -> Option<End> {
    match reply.outcome {
        Outcome::Ok => None,
        Outcome::Shed => Some(End::Backoff(
            reply
                .retry_after
                .map_or(Duration::from_secs(1), Duration::from_secs)
                .min(MAX_RETRY_AFTER),
        )),
        _ => Some(End::GaveUp),
    }
}

/// The header that names the virtual user's own address to a proxy-trusting Kairos.
const FORWARDED_FOR: &str = "x-forwarded-for";
/// The header that makes a booking safe to send twice.
const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// The pause before a booking is sent again.
const RETRY_PAUSE: Duration = Duration::from_millis(250);

/// Whether a booking may have failed on the way (no answer, a server error, a shed request)
/// rather than been refused: then it is sent once more with the same Idempotency-Key.
fn worth_retrying(outcome: Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Shed | Outcome::ServerError | Outcome::Timeout | Outcome::ConnectError | Outcome::IoError
    )
}

/// One person on one booking link: open the page, list a day's slots, book one, maybe cancel.
async fn journey(s: &Shared, rng: &mut Rng, scratch: &mut String) -> End {
    let links = &s.links[rng.below(s.links.len())];
    // Each journey is a different person: it names its own address in `X-Forwarded-For`,
    // which a Kairos that trusts the generator's address (KAIROS_TRUSTED_PROXIES) counts its
    // per-client limits by.
    let client = format!("10.{}.{}.{}", rng.below(256), rng.below(256), rng.below(256));
    let mut first = true;
    for _ in 0..repetitions(s.mix.page, rng) {
        if !s.before_step(&mut first, rng).await {
            return End::Stopped;
        }
        let (reply, _) = s
            .send(
                Step::Page,
                s.client.get(&links.page).header(FORWARDED_FOR, &client),
                |_| Some(()),
            )
            .await;
        if let Some(end) = ended(&reply) {
            return end;
        }
    }
    let books = repetitions(s.mix.book, rng);
    let mut picked = Vec::new();
    for _ in 0..repetitions(s.mix.slots, rng) {
        if !s.before_step(&mut first, rng).await {
            return End::Stopped;
        }
        let day = scenario::pick_day(chrono::Utc::now().date_naive(), rng);
        let zone = scenario::ZONES[rng.below(scenario::ZONES.len())];
        scenario::slots_url(scratch, links, day, zone);
        let request = s.client.get(scratch.as_str()).header(FORWARDED_FOR, &client);
        let (reply, found) = s
            .send(Step::Slots, request, |body| scenario::pick_slots(body, books, rng))
            .await;
        if let Some(end) = ended(&reply) {
            return end;
        }
        picked = found.unwrap_or_default();
    }
    if s.mix.slots == 0.0 {
        // Booking only: the invitee comes with a time in mind.
        let today = chrono::Utc::now().date_naive();
        picked = (0..books).map(|_| scenario::pick_start(today, rng)).collect();
    }
    for start in picked {
        if !s.before_step(&mut first, rng).await {
            return End::Stopped;
        }
        let body = scenario::booking_body(&start, rng);
        // A careful client: every booking carries an Idempotency-Key, and one that got no
        // answer, a server error or a 503 is sent once more, with the same key, after a pause.
        // Without keys, a booking is sent once.
        let key = s
            .keyed
            .then(|| format!("{:016x}{:016x}", rng.next_u64(), rng.next_u64()));
        let book = || {
            let request = post_json(&s.client, &links.book, body.clone()).header(FORWARDED_FOR, &client);
            match &key {
                Some(key) => request.header(IDEMPOTENCY_KEY, key),
                None => request,
            }
        };
        let (mut reply, mut uid) = s.send(Step::Book, book(), scenario::booking_uid).await;
        if let Some(key) = key.as_ref().filter(|_| worth_retrying(reply.outcome)) {
            tokio::time::sleep(RETRY_PAUSE).await;
            if let Some(journal) = &s.journal {
                journal.retried(key);
            }
            (reply, uid) = s.send(Step::Book, book(), scenario::booking_uid).await;
        }
        if let Some(end) = ended(&reply) {
            return end;
        }
        if let Some(uid) = &uid {
            s.acknowledged(Ack::Booked, uid);
        }
        if let Some(uid) = uid
            && rng.chance(s.mix.cancel)
        {
            if !s.before_step(&mut first, rng).await {
                return End::Stopped;
            }
            scratch.clear();
            let _ = write!(scratch, "{}{uid}/cancel", s.bookings);
            let request = post_json(&s.client, scratch, CANCEL_BODY.to_owned()).header(FORWARDED_FOR, &client);
            let (reply, _) = s.send(Step::Cancel, request, |_| Some(())).await;
            if let Some(end) = ended(&reply) {
                return end;
            }
            s.acknowledged(Ack::Cancelled, &uid);
        }
    }
    End::Done
}

/// A closed-model user: starts at `start_at`, then journeys and thinks until the deadline.
async fn user(s: Arc<Shared>, start_at: Instant) {
    s.sleep_until(start_at).await;
    if !s.live() {
        return;
    }
    s.gauges.enter();
    let mut rng = Rng::from_entropy();
    let mut scratch = String::with_capacity(256);
    while s.live() {
        s.gauges.journeys.fetch_add(1, Ordering::Relaxed);
        let end = journey(&s, &mut rng, &mut scratch).await;
        let mut pause = rng.jitter(s.think, s.jitter);
        match end {
            End::Stopped => break,
            End::Backoff(wait) => {
                s.gauges.retry_after_waits.fetch_add(1, Ordering::Relaxed);
                pause = pause.max(wait);
            }
            End::Done | End::GaveUp => {}
        }
        s.sleep_until(Instant::now() + pause).await;
    }
    s.gauges.leave();
}

/// When arrival `n` (from 0) happens, in seconds after the start, for a rate that grows
/// linearly from 0 to `rate` per second over `ramp` seconds and then stays there.
#[must_use]
pub fn arrival_offset(n: u64, rate: f64, ramp: f64) -> f64 {
    let n = n as f64;
    let during_ramp = rate * ramp / 2.0;
    if ramp > 0.0 && n < during_ramp {
        (2.0 * ramp * n / rate).sqrt()
    } else {
        n / rate + ramp / 2.0
    }
}

async fn closed(s: &Arc<Shared>, users: u32, start: Instant, ramp: Duration, hard_stop: Instant) {
    let mut tasks = JoinSet::new();
    for id in 0..users {
        let start_at = start + ramp.mul_f64(f64::from(id) / f64::from(users));
        tasks.spawn(user(Arc::clone(s), start_at));
    }
    let drained = tokio::time::timeout_at(tokio::time::Instant::from_std(hard_stop), async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        eprintln!("some requests outlived the run and its timeout; abandoning them");
        tasks.abort_all();
    }
}

async fn open(
    s: &Arc<Shared>,
    rate: f64,
    max: u64,
    start: Instant,
    ramp: Duration,
    full: Duration,
    hard_stop: Instant,
) {
    let seed = Rng::from_entropy().next_u64();
    let mut n: u64 = 0;
    loop {
        let offset = arrival_offset(n, rate, ramp.as_secs_f64());
        if offset >= full.as_secs_f64() {
            break;
        }
        let at = start + Duration::from_secs_f64(offset);
        if at > Instant::now() {
            s.sleep_until(at).await;
        } else if n.is_multiple_of(256) {
            // Catching up: let the workers breathe.
            tokio::task::yield_now().await;
        }
        if !s.live() {
            break;
        }
        if s.gauges.active.load(Ordering::Relaxed) >= max {
            s.gauges.dropped.fetch_add(1, Ordering::Relaxed);
        } else {
            s.gauges.enter();
            s.gauges.journeys.fetch_add(1, Ordering::Relaxed);
            let shared = Arc::clone(s);
            tokio::spawn(async move {
                let mut rng = Rng::seeded(seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
                let mut scratch = String::new();
                if let End::Backoff(_) = journey(&shared, &mut rng, &mut scratch).await {
                    shared.gauges.retry_after_waits.fetch_add(1, Ordering::Relaxed);
                }
                shared.gauges.leave();
            });
        }
        n += 1;
    }
    while s.gauges.active.load(Ordering::Relaxed) > 0 && Instant::now() < hard_stop {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    if s.gauges.active.load(Ordering::Relaxed) > 0 {
        eprintln!("some requests outlived the run and its timeout; abandoning them");
    }
}

/// Checks that the target answers and knows the fixture's event types before loading it.
async fn preflight(client: &Client, links: &EventLinks) -> anyhow::Result<()> {
    let response = client
        .get(&links.page)
        .send()
        .await
        .with_context(|| format!("cannot reach {}", links.page))?;
    match response.status().as_u16() {
        200 | 503 => Ok(()),
        404 => bail!(
            "{} is not found: was `setup` run against this target and database?",
            links.page
        ),
        status => bail!("{} answered {status}; is this a Kairos?", links.page),
    }
}

pub async fn run(args: RunArgs) -> anyhow::Result<()> {
    let target = Target::parse(&args.target.target, args.target.allow_remote)?;
    let fixture = Fixture::read(&args.fixture)?;
    let client = client::build(args.timeout)?;
    let links: Vec<EventLinks> = fixture
        .event_types
        .iter()
        .map(|e| EventLinks::new(target.base(), &fixture.organization, &e.slug))
        .collect();
    preflight(&client, &links[0]).await?;
    std::fs::create_dir_all(&args.out_dir).with_context(|| format!("cannot create {}", args.out_dir.display()))?;

    let started_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let start = Instant::now();
    let full = args.ramp_up + args.duration;
    let hard_stop = start + full + args.timeout + GRACE;
    let recorder = Arc::new(Recorder::new(start));
    let gauges = Arc::new(Gauges::default());
    let shared = Arc::new(Shared {
        client,
        recorder: Arc::clone(&recorder),
        gauges: Arc::clone(&gauges),
        links,
        bookings: target.url("/v1/public/bookings/"),
        mix: args.mix,
        journal: args.journal.as_deref().map(Journal::create).transpose()?,
        keyed: !args.no_idempotency_keys,
        think: args.think_time,
        jitter: args.jitter,
        deadline: start + full,
        stopped: AtomicBool::new(false),
        stop: Notify::new(),
    });
    {
        let shared = Arc::clone(&shared);
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                eprintln!("interrupted: finishing in-flight requests, then reporting");
                shared.stop();
            }
        });
    }
    let done = Arc::new(AtomicBool::new(false));
    let progress = (!args.quiet).then(|| {
        let name = if args.users.is_some() { "users" } else { "journeys" };
        progress::spawn(Arc::clone(&recorder), Arc::clone(&gauges), name, Arc::clone(&done))
    });

    let model = match (args.users, args.arrival_rate) {
        (Some(users), _) => {
            closed(&shared, users, start, args.ramp_up, hard_stop).await;
            Model {
                kind: "closed".to_owned(),
                users: Some(users),
                arrival_rate_per_s: None,
                max_concurrency: None,
            }
        }
        (None, Some(rate)) => {
            open(
                &shared,
                rate,
                u64::from(args.max_concurrency),
                start,
                args.ramp_up,
                full,
                hard_stop,
            )
            .await;
            Model {
                kind: "open".to_owned(),
                users: None,
                arrival_rate_per_s: Some(rate),
                max_concurrency: Some(args.max_concurrency),
            }
        }
        (None, None) => bail!("give --users (closed model) or --arrival-rate (open model)"),
    };
    let elapsed = start.elapsed();
    done.store(true, Ordering::Relaxed);
    if let Some(progress) = progress {
        progress.abort();
    }
    let collected = recorder.finish();
    if let Some(journal) = &shared.journal {
        journal.flush()?;
    }

    let info = RunInfo {
        label: args.label.clone(),
        target: target.base().to_owned(),
        organization: fixture.organization.clone(),
        started_at,
        model,
        settings: Settings {
            ramp_up_s: args.ramp_up.as_secs_f64(),
            duration_s: args.duration.as_secs_f64(),
            think_time_s: args.think_time.as_secs_f64(),
            jitter: args.jitter,
            timeout_s: args.timeout.as_secs_f64(),
            mix: args.mix.to_string(),
            requests_per_journey: args.mix.requests_per_journey(),
            event_types: fixture.event_types.len(),
        },
        elapsed_s: elapsed.as_secs_f64(),
        journeys: Journeys {
            started: gauges.journeys.load(Ordering::Relaxed),
            dropped: gauges.dropped.load(Ordering::Relaxed),
            peak_active: gauges.peak.load(Ordering::Relaxed),
            retry_after_waits: gauges.retry_after_waits.load(Ordering::Relaxed),
        },
    };
    let report = Report::build(info, &collected);
    write_reports(&report, &args.out_dir)?;
    print!("{}", report::table::render(&report));
    eprintln!(
        "reports: {} and {}",
        args.out_dir.join("report.json").display(),
        args.out_dir.join("report.html").display()
    );
    Ok(())
}

fn write_reports(report: &Report, dir: &std::path::Path) -> anyhow::Result<()> {
    let json = dir.join("report.json");
    std::fs::write(&json, report::json::render(report)?).with_context(|| format!("cannot write {}", json.display()))?;
    let html = dir.join("report.html");
    std::fs::write(&html, report::html::render(report)).with_context(|| format!("cannot write {}", html.display()))?;
    Ok(())
}
