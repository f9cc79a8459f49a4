//! A flood of log-ins with random e-mails (which no per-account lockout stops) against the
//! real `kairos serve`: every Argon2 check takes about 19 MiB, so without a bound on how many
//! run at once, and on the memory each one keeps, the server's memory grows with the attackers.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sqlx::PgPool;

use crate::helpers::peers::TempDir;
use crate::helpers::visitors::Visitor;

/// A `kairos serve` process on a free loopback port, killed when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    async fn start(pool: &PgPool, data_dir: &TempDir) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_kairos"))
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("KAIROS_DATABASE_URL", crate::helpers::database::database_url(pool))
            .env("KAIROS_DATA_DIR", &data_dir.0)
            .env("KAIROS_LISTEN", format!("127.0.0.1:{port}"))
            .env("KAIROS_METRICS_LISTEN", "127.0.0.1:0")
            .env("KAIROS_SERVE_WORKERS", "0")
            .env("KAIROS_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start kairos serve");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = kairos::tls::client_builder().build().expect("client");
        while client.get(format!("{}/healthz", server.base)).send().await.is_err() {
            assert!(Instant::now() < deadline, "kairos serve did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        server
    }

    /// The process's peak resident memory so far (VmHWM), in MiB.
    fn peak_mib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).expect("status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .expect("VmHWM")
            / 1024
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[sqlx::test(migrations = "./migrations")]
async fn a_log_in_flood_with_random_emails_does_not_grow_memory_with_the_attackers(pool: PgPool) {
    let data_dir = TempDir::new("password-flood");
    let server = Server::start(&pool, &data_dir).await;
    let visitor = Visitor::at(&server.base);
    // One check first, so the baseline includes what a single log-in needs.
    visitor.log_in("nobody@flood.example", "not the password").await;
    let before = server.peak_mib();

    const ATTACKERS: usize = 40;
    let token = visitor.get("/login").await.csrf();
    let attempts = (0..ATTACKERS).map(|i| {
        let (visitor, token) = (&visitor, token.clone());
        async move {
            let email = format!("random{i}@flood.example");
            visitor
                .post(
                    "/login",
                    &[("_csrf", &token), ("email", &email), ("password", "guess guess guess")],
                )
                .await
                .status
        }
    });
    let statuses = futures::future::join_all(attempts).await;
    let after = server.peak_mib();
    eprintln!("peak resident memory: {before} MiB before, {after} MiB after {ATTACKERS} log-ins at once");
    for status in &statuses {
        assert!(
            [200, 401, 422, 429, 503].contains(&status.as_u16()),
            "a refused, limited or shed log-in, not {status}"
        );
    }
    // One address gets a bounded number of attempts, whatever the accounts it tries.
    let allowed = usize::try_from(kairos::state::rate_limit::LOG_INS_PER_ADDRESS.limit).unwrap_or(usize::MAX);
    let checked = statuses.iter().filter(|s| s.as_u16() == 401).count();
    assert!(
        checked < allowed,
        "{checked} passwords were checked for one address after one before; the limit is {allowed}"
    );
    // However many the flood's shedding let through, the address is cut off within its limit.
    let mut more = 0;
    loop {
        let status = visitor
            .post(
                "/login",
                &[
                    ("_csrf", &token),
                    ("email", "late@flood.example"),
                    ("password", "guess guess guess"),
                ],
            )
            .await
            .status;
        if status.as_u16() == 429 {
            break;
        }
        more += 1;
        assert!(more <= allowed, "still no 429 after {more} more attempts: {status}");
    }
    // Unbounded, the checks take 19 MiB each at once (and kept it); each password thread now
    // reuses one 19 MiB block, so the flood may cost the other threads' blocks and the requests
    // themselves, within the stated bound of 64 MiB over the server after one log-in (on two
    // cores; each further core is one more password thread, with its own block).
    let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let bound_mib = 64 + 19 * u64::try_from(cores.saturating_sub(2)).unwrap_or(0);
    assert!(
        after.saturating_sub(before) < bound_mib,
        "peak memory grew from {before} MiB to {after} MiB during the flood (bound: +{bound_mib} MiB)"
    );
}
