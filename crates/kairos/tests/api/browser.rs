//! The web app in a real browser: Debian's headless Chromium driven over WebDriver
//! (chromedriver on a free port, started here) against Kairos on port 0 with a real worker.
//! One host signs up, sets hours and creates an event type; a visitor whose browser is in
//! Asia/Tokyo books through the public page, cancels through their link; a second visitor
//! loses a race for a time and gets fresh times; the assistant proposes a meeting and the
//! host confirms it. Every main page is checked with axe-core (no serious or critical
//! violations) and, with `KAIROS_SCREENSHOTS=1`, photographed at desktop and phone widths.
//!
//! Needs chromedriver at `KAIROS_TEST_CHROMEDRIVER` and axe.min.js at `KAIROS_TEST_AXE`, so it is
//! `#[ignore]`d for plain `cargo test`; scripts/test.sh provides both and runs it. Without them
//! it fails, naming what is missing.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use chrono::Weekday;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use sqlx::PgPool;
use tokio::process::{Child, Command};

use crate::helpers::peers::required;
use crate::helpers::worker::{Worker, config, eventually};
use crate::helpers::{TestApp, at, next};

/// The zone of the visitors' browsers.
const VISITOR_ZONE: &str = "Asia/Tokyo";

/// chromedriver in a process group of its own, which is ended with every browser it started
/// when the test ends, passed or failed.
struct Driver {
    process: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(pid) = self.process.id() {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", "--", &format!("-{pid}")])
                .status();
        }
    }
}

impl Driver {
    async fn start(binary: &str) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let process = Command::new(binary)
            .arg(format!("--port={port}"))
            .env("TZ", VISITOR_ZONE)
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("chromedriver starts");
        let url = format!("http://127.0.0.1:{port}");
        let ready = eventually(Duration::from_secs(20), async || {
            tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok()
        })
        .await;
        assert!(ready, "chromedriver did not listen on {port}");
        Driver { process, url }
    }

    /// A new browser with its own profile (and so its own cookies).
    async fn browser(&self) -> Client {
        let root = std::fs::read_to_string("/proc/self/status")
            .map(|s| {
                s.lines()
                    .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
            })
            .unwrap_or(false);
        let mut args = vec![
            "--headless=new",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--window-size=1280,900",
            "--disable-crash-reporter",
            "--disable-breakpad",
        ];
        if root {
            args.push("--no-sandbox");
        }
        let mut options = json!({"args": args});
        if let Ok(binary) = std::env::var("KAIROS_TEST_CHROMIUM") {
            options["binary"] = json!(binary);
        } else if std::path::Path::new("/usr/bin/chromium").exists() {
            options["binary"] = json!("/usr/bin/chromium");
        }
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".to_owned(), json!("chrome"));
        caps.insert("goog:chromeOptions".to_owned(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&self.url)
            .await
            .expect("a browser session")
    }
}

/// A browser on a Kairos server.
struct Tab {
    client: Client,
    base: String,
}

impl Tab {
    async fn open(&self, path: &str) {
        self.client
            .goto(&format!("{}{path}", self.base))
            .await
            .expect("page opens");
    }

    async fn fill(&self, id: &str, value: &str) {
        let field = self.client.find(Locator::Id(id)).await.expect(id);
        field.clear().await.expect("cleared");
        field.send_keys(value).await.expect("typed");
    }

    /// Clicks a link or submit button and waits until the next page has replaced this one.
    async fn click(&self, css: &str) {
        let old = self.client.find(Locator::Css("html")).await.expect("a page");
        self.client
            .find(Locator::Css(css))
            .await
            .expect(css)
            .click()
            .await
            .expect("clicked");
        let replaced = eventually(Duration::from_secs(20), async || old.tag_name().await.is_err()).await;
        assert!(replaced, "clicking {css} did not lead to a new page");
    }

    /// Waits until the page's text contains `needle`; returns the text.
    async fn wait_for_text(&self, needle: &str) -> String {
        let mut text = String::new();
        let found = eventually(Duration::from_secs(20), async || {
            text = match self.client.find(Locator::Css("body")).await {
                Ok(body) => body.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            text.contains(needle)
        })
        .await;
        assert!(found, "`{needle}` never appeared; page text: {text}");
        text
    }

    async fn path(&self) -> String {
        let url = self.client.current_url().await.expect("url");
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        }
    }
}

/// The main pages' checks: axe-core finds no serious or critical violation, the page has a
/// title and is small; and, when asked, screenshots at desktop and phone widths.
struct Checks {
    axe: String,
    screenshots: Option<PathBuf>,
    checked: Vec<String>,
}

impl Checks {
    /// With the axe-core script at `axe_path`.
    fn new(axe_path: &str) -> Self {
        let axe = std::fs::read_to_string(axe_path)
            .unwrap_or_else(|err| panic!("axe.min.js at {axe_path} (KAIROS_TEST_AXE) is not readable: {err}"));
        let screenshots = (std::env::var("KAIROS_SCREENSHOTS").as_deref() == Ok("1"))
            .then(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/screenshots"));
        Self {
            axe,
            screenshots,
            checked: Vec::new(),
        }
    }

    async fn page(&mut self, tab: &Tab, name: &str) {
        let title = tab.client.title().await.expect("title");
        assert!(title.ends_with("· Kairos"), "{name} has a title: {title}");
        let size = tab.client.source().await.expect("source").len();
        assert!(size < 50_000, "{name} is {size} bytes");
        tab.client.execute(&self.axe, vec![]).await.expect("axe injected");
        let result = tab
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']})
                    .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                          .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.html).slice(0, 3)}))))
                    .catch(e => done([{id: 'axe-error', help: String(e)}]));",
                vec![],
            )
            .await
            .expect("axe ran");
        assert_eq!(result, json!([]), "accessibility violations on {name}");
        if let Some(dir) = &self.screenshots {
            std::fs::create_dir_all(dir).expect("screenshot folder");
            for (width, height, suffix) in [(1280, 900, "desktop"), (390, 844, "phone")] {
                tab.client.set_window_size(width, height).await.expect("resized");
                let png = tab.client.screenshot().await.expect("screenshot");
                std::fs::write(dir.join(format!("{name}-{suffix}.png")), png).expect("screenshot written");
            }
            tab.client.set_window_size(1280, 900).await.expect("resized");
        }
        self.checked.push(name.to_owned());
    }
}

#[sqlx::test(migrations = "./migrations")]
#[ignore = "needs Chromium, chromedriver and axe-core: scripts/test.sh provides them (KAIROS_TEST_CHROMEDRIVER, KAIROS_TEST_AXE)"]
async fn hosts_and_visitors_in_a_real_browser(pool: PgPool) {
    let chromedriver = required(
        "KAIROS_TEST_CHROMEDRIVER",
        "chromedriver (Debian's chromium-driver) with Chromium",
    );
    let axe = required("KAIROS_TEST_AXE", "axe-core's axe.min.js (npm's axe-core)");
    let config = config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let _worker = Worker::start(&pool, &config).await;
    let driver = Driver::start(&chromedriver).await;
    let mut checks = Checks::new(&axe);

    // The host signs up, sets her hours (in Lisbon) and creates an event type.
    let host = Tab {
        client: driver.browser().await,
        base: app.base.clone(),
    };
    host.open("/signup").await;
    checks.page(&host, "signup").await;
    let detected = host
        .client
        .find(Locator::Id("time_zone"))
        .await
        .expect("zone field")
        .prop("value")
        .await
        .expect("value");
    assert_eq!(
        detected.as_deref(),
        Some(VISITOR_ZONE),
        "the browser's zone is detected"
    );
    for (id, value) in [
        ("organization", "Globex"),
        ("slug", "globex"),
        ("name", "Ana Lima"),
        ("email", "ana@globex.example"),
        ("password", "correct horse 1"),
        ("time_zone", "Europe/Lisbon"),
    ] {
        host.fill(id, value).await;
    }
    host.click("form[action='/signup'] button[type=submit]").await;
    host.wait_for_text("Ana Lima · Globex").await;
    checks.page(&host, "dashboard-empty").await;

    host.open("/app/availability").await;
    for day in [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ] {
        host.fill(day, "09:00-12:00, 13:00-18:00").await;
    }
    host.click("form[action='/app/availability'] button[type=submit]").await;
    host.wait_for_text("Your hours were saved.").await;
    checks.page(&host, "availability").await;

    host.open("/app/event-types").await;
    host.fill("title", "Intro call").await;
    host.fill("slug", "intro").await;
    host.fill("duration_minutes", "30").await;
    host.click("form[action='/app/event-types'] button[type=submit]").await;
    host.wait_for_text("Public link").await;
    let link = host
        .client
        .find(Locator::Id("public-link"))
        .await
        .expect("public link")
        .attr("href")
        .await
        .expect("href")
        .expect("a link");
    assert_eq!(link, "/book/globex/intro");
    checks.page(&host, "event-type").await;

    // A visitor in Tokyo opens the link: the page asks again in the browser's zone.
    let carla = Tab {
        client: driver.browser().await,
        base: app.base.clone(),
    };
    carla.open(&link).await;
    carla.wait_for_text(&format!("({VISITOR_ZONE})")).await;
    assert!(carla.path().await.contains("tz=Asia%2FTokyo"), "{}", carla.path().await);
    if carla.client.find(Locator::Css("a.slot")).await.is_err() {
        carla.click("a[aria-label='Next month']").await;
    }
    checks.page(&carla, "booking-page").await;
    let first = carla.client.find(Locator::Css("a.slot")).await.expect("a free time");
    let label = first.text().await.expect("slot label");
    first.click().await.expect("slot chosen");
    carla.wait_for_text("Your name").await;
    checks.page(&carla, "booking-details").await;
    carla.fill("name", "Carla Diaz").await;
    carla.fill("email", "carla@example.com").await;
    carla.click("form button[type=submit]").await;
    let confirmation = carla.wait_for_text("You are booked").await;
    assert!(
        confirmation.contains(&format!("{label}–")),
        "the time on Tokyo's clock: {confirmation}"
    );
    assert!(confirmation.contains(VISITOR_ZONE));
    checks.page(&carla, "booking-confirmed").await;
    let manage = carla.path().await;

    // The host sees the booking.
    host.open("/app").await;
    host.wait_for_text("Carla Diaz").await;
    checks.page(&host, "dashboard").await;

    // Dev opens a time; someone books it through the API before Dev sends the form.
    let dev = Tab {
        client: driver.browser().await,
        base: app.base.clone(),
    };
    // A day with many free times, so fresh ones remain after the race.
    let busy_day = next(Weekday::Thu, chrono_tz::Europe::Paris);
    dev.open(&format!(
        "{link}?tz=Europe/Paris&month={}&date={busy_day}",
        busy_day.format("%Y-%m")
    ))
    .await;
    let slot = dev.client.find(Locator::Css("a.slot")).await.expect("a free time");
    let start = slot.attr("data-start").await.expect("attr").expect("data-start");
    slot.click().await.expect("slot chosen");
    dev.wait_for_text("Your name").await;
    let org = crate::helpers::visitors::public_org("globex");
    let start: chrono::DateTime<chrono::Utc> = start.parse().expect("instant");
    app.book(&org, "intro", start, "faster@example.com").await.expect(201);
    dev.fill("name", "Dev Patel").await;
    dev.fill("email", "dev@example.com").await;
    dev.click("form button[type=submit]").await;
    let taken = dev.wait_for_text("that time was just taken").await;
    assert!(taken.contains("(Europe/Paris)"), "{taken}");
    assert!(
        dev.client.find(Locator::Css("a.slot")).await.is_ok(),
        "fresh times are offered"
    );
    checks.page(&dev, "slot-taken").await;

    // Carla cancels through her link.
    carla.open(&manage).await;
    carla.click("form[action$='/cancel'] button[type=submit]").await;
    carla.wait_for_text("This booking is cancelled").await;
    host.open("/app").await;
    host.wait_for_text("Cancelled").await;

    // The assistant proposes a meeting and the host confirms it.
    let lisbon = chrono_tz::Europe::Lisbon;
    let day = next(Weekday::Wed, lisbon);
    host.open("/app/assistant").await;
    checks.page(&host, "assistant").await;
    host.fill(
        "text",
        &format!(
            "find 30 minutes with iris@example.com on {} in the afternoon",
            day.format("%B %-d")
        ),
    )
    .await;
    host.click("form[action='/app/assistant'] button[type=submit]").await;
    host.wait_for_text("Proposals").await;
    checks.page(&host, "assistant-proposals").await;
    host.click("ol.proposals form button[type=submit]").await;
    host.wait_for_text("Done.").await;
    let (guest, starts): (String, chrono::DateTime<chrono::Utc>) = sqlx::query_as(
        "SELECT a.email, b.starts_at FROM bookings b JOIN attendees a ON a.booking_id = b.id
          WHERE b.status = 'confirmed' AND a.email = 'iris@example.com'",
    )
    .fetch_one(&pool)
    .await
    .expect("the assistant's booking");
    assert_eq!(guest, "iris@example.com");
    assert!(
        starts >= at(lisbon, day, "12:00") && starts < at(lisbon, day, "18:00"),
        "{starts}"
    );

    host.open("/app/planner").await;
    host.fill("task_title", "Board deck").await;
    host.fill("task_duration_minutes", "120").await;
    host.click("form[action='/app/planner/tasks'] button[type=submit]")
        .await;
    host.fill("habit_title", "Gym").await;
    host.fill("habit_times_per_week", "3").await;
    host.fill("habit_window", "07:00-10:00").await;
    host.fill("habit_duration_minutes", "60").await;
    host.click("form[action='/app/planner/habits'] button[type=submit]")
        .await;
    let planned = eventually(Duration::from_secs(20), async || {
        host.open("/app/planner").await;
        let text = host.wait_for_text("Planner").await;
        text.contains("Planned ")
    })
    .await;
    assert!(planned, "the week shows the new plan");
    checks.page(&host, "planner").await;
    host.open("/app/event-types").await;
    checks.page(&host, "event-types").await;
    host.open("/app/password").await;
    checks.page(&host, "password").await;
    host.open("/app/team").await;
    checks.page(&host, "team").await;
    host.open("/app/time-off").await;
    checks.page(&host, "time-off").await;
    host.open("/app/calendars").await;
    checks.page(&host, "calendars").await;
    host.open("/app/webhooks").await;
    checks.page(&host, "webhooks").await;
    let login = Tab {
        client: driver.browser().await,
        base: app.base.clone(),
    };
    login.open("/login").await;
    checks.page(&login, "login").await;

    for tab in [host, carla, dev, login] {
        tab.client.close().await.expect("browser closed");
    }
    let _: Value = json!(checks.checked);
}
