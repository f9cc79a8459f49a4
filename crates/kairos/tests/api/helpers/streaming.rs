//! A PostgreSQL primary and a streaming replica made from it with `pg_basebackup -R`, both of
//! the test's own: the system's server programs (`KAIROS_TEST_PG_BIN`, set by scripts/test.sh),
//! loopback ports, a scratch directory; stopped and removed when dropped. Run as PostgreSQL's
//! own user when the tests run as root (PostgreSQL refuses root).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use sqlx::Connection as _;
use sqlx::postgres::{PgConnectOptions, PgConnection};

use super::peers::{TempDir, free_port, required};

pub struct Replicated {
    bin: PathBuf,
    owner: Option<(u32, u32)>,
    dir: TempDir,
    pub primary: u16,
    pub replica: u16,
}

impl Replicated {
    /// Starts a primary, then a replica streaming from it.
    pub fn start() -> Self {
        let bin = PathBuf::from(required("KAIROS_TEST_PG_BIN", "PostgreSQL's server programs"));
        let dir = TempDir::new("streaming");
        let owner = postgres_owner();
        if let Some((uid, gid)) = owner {
            std::os::unix::fs::chown(&dir.0, Some(uid), Some(gid)).expect("hand the scratch directory to postgres");
        }
        let this = Self {
            bin,
            owner,
            dir,
            primary: free_port(),
            replica: free_port(),
        };
        let primary = this.data("primary");
        this.run(
            "initdb",
            &["-D", path(&primary), "-U", "postgres", "-A", "trust", "-E", "UTF8"],
        );
        append(
            &primary.join("postgresql.conf"),
            &format!(
                "listen_addresses = '127.0.0.1'\nport = {}\nunix_socket_directories = '{}'\n\
                 wal_level = replica\nmax_wal_senders = 4\nhot_standby = on\nfsync = off\n",
                this.primary,
                this.dir.0.display()
            ),
        );
        this.pg_ctl(&primary, "start");
        let replica = this.data("replica");
        let port = this.primary.to_string();
        this.run(
            "pg_basebackup",
            &[
                "-h",
                "127.0.0.1",
                "-p",
                &port,
                "-U",
                "postgres",
                "-D",
                path(&replica),
                "-R",
                "-X",
                "stream",
            ],
        );
        append(&replica.join("postgresql.conf"), &format!("port = {}\n", this.replica));
        this.pg_ctl(&replica, "start");
        this
    }

    /// Connection options for `database` on the server at `port`.
    pub fn options(port: u16, database: &str) -> PgConnectOptions {
        PgConnectOptions::new()
            .host("127.0.0.1")
            .port(port)
            .username("postgres")
            .database(database)
    }

    /// The URL of `database` on the server at `port`.
    pub fn url(port: u16, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{port}/{database}?sslmode=disable")
    }

    /// Waits until the replica has replayed everything the primary has written so far; how
    /// long that took.
    pub async fn caught_up(&self) -> Duration {
        let started = Instant::now();
        let mut primary = PgConnection::connect_with(&Self::options(self.primary, "postgres"))
            .await
            .expect("the primary");
        let mut replica = PgConnection::connect_with(&Self::options(self.replica, "postgres"))
            .await
            .expect("the replica");
        let written: String = sqlx::query_scalar("SELECT pg_current_wal_lsn()::text")
            .fetch_one(&mut primary)
            .await
            .expect("the primary's position");
        while started.elapsed() < Duration::from_secs(30) {
            let replayed: bool = sqlx::query_scalar("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn")
                .bind(&written)
                .fetch_one(&mut replica)
                .await
                .expect("the replica's position");
            if replayed {
                return started.elapsed();
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the replica did not catch up within 30 s");
    }

    fn data(&self, name: &str) -> PathBuf {
        self.dir.0.join(name)
    }

    fn pg_ctl(&self, data: &Path, action: &str) {
        let log = data.with_extension("log");
        self.run("pg_ctl", &["-D", path(data), "-l", path(&log), "-w", action]);
    }

    /// Runs one of PostgreSQL's programs, as its own user when the tests run as root.
    fn run(&self, program: &str, args: &[&str]) {
        let program = self.bin.join(program);
        let mut command = if self.owner.is_some() {
            let mut runuser = Command::new("runuser");
            runuser.args(["-u", "postgres", "--"]).arg(&program);
            runuser
        } else {
            Command::new(&program)
        };
        let output = command.args(args).output().expect("run a PostgreSQL program");
        assert!(
            output.status.success(),
            "{} {args:?} failed: {}{}",
            program.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

impl Drop for Replicated {
    fn drop(&mut self) {
        for name in ["replica", "primary"] {
            let data = self.data(name);
            if data.join("postmaster.pid").exists() {
                let _ = std::panic::catch_unwind(|| {
                    self.run("pg_ctl", &["-D", path(&data), "-m", "immediate", "-w", "stop"]);
                });
            }
        }
    }
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

fn append(file: &Path, text: &str) {
    use std::io::Write as _;
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(file)
        .expect("open a PostgreSQL configuration file");
    f.write_all(text.as_bytes()).expect("write the configuration");
}

/// PostgreSQL's user and group when the tests run as root (`None` otherwise).
fn postgres_owner() -> Option<(u32, u32)> {
    let me = Command::new("id").arg("-u").output().expect("id -u");
    if String::from_utf8_lossy(&me.stdout).trim() != "0" {
        return None;
    }
    let passwd = std::fs::read_to_string("/etc/passwd").expect("/etc/passwd");
    let line = passwd
        .lines()
        .find(|l| l.starts_with("postgres:"))
        .expect("a postgres user (Debian's postgresql package makes it)");
    let fields: Vec<&str> = line.split(':').collect();
    Some((
        fields[2].parse().expect("a user id"),
        fields[3].parse().expect("a group id"),
    ))
}
