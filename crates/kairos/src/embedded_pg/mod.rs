//! The "embedded default" database: a private PostgreSQL cluster that Kairos
//! creates and runs itself when no `DATABASE_URL` is configured, so that a
//! fresh install works without setting up a database server first.
//!
//! It does not bundle PostgreSQL; it drives the system's server binaries
//! (`initdb`, `pg_ctl`), found under `/usr/lib/postgresql/<version>/bin`, via
//! `pg_config --bindir` or on `PATH`. It does not install them either (that is
//! the job of `scripts/run.sh`); when none are found, start-up says so. Everything
//! lives under the Kairos data directory:
//!
//! * `<data_dir>/postgres/` is the cluster (`PGDATA`), created by `initdb`
//!   with superuser `kairos` and `trust` authentication;
//! * `<data_dir>/postgres-run/` holds the server's Unix socket (the server
//!   does not listen on TCP at all, and the directory is mode 0700, so only
//!   Kairos' own user, the `postgres` user and root can connect);
//! * `<data_dir>/postgres.log` is the server log.
//!
//! PostgreSQL refuses to run as root, so when Kairos is root the cluster is
//! owned by, and every `initdb`/`pg_ctl` runs as, the `postgres` system user
//! (through `runuser`, or `su` where `runuser` is missing). The server is
//! started with `pg_ctl start` in its own session: it outlives a Kairos crash,
//! and the next [`EmbeddedPostgres::start`] simply reuses it. Call
//! [`EmbeddedPostgres::stop`] on an orderly shutdown.
//!
//! This file holds the public API and the cluster's lifecycle (`initdb`,
//! start, stop, creating the database). The submodules each do one job for
//! it: `binaries` finds (or installs) the server binaries and their version,
//! `runner` runs commands as the right user, `paths` chooses and checks
//! the paths handed to PostgreSQL, and `lockfile` clears stale lock files.

mod binaries;
mod lockfile;
mod paths;
mod programs;
mod runner;

use std::ffi::OsString;
use std::fs;
use std::io::{ErrorKind, Read as _, Seek as _, SeekFrom};
use std::os::unix::ffi::OsStringExt as _;
use std::os::unix::fs::{DirBuilderExt as _, MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, Result, anyhow, bail};
use sqlx::Connection as _;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgSslMode};
use tracing::{info, warn};

use binaries::{binaries_major, find_bin_dir, read_pg_version};
use paths::{ensure_shell_safe, socket_dir_for};
use programs::command_failed;
use runner::{Invocation, Runner, SYSTEM_USER, chown_to_postgres, effective_uid, postgres_uid, shell_quote};

/// Port number of the cluster. The server does not listen on TCP; the port
/// only names the socket file (`.s.PGSQL.5432`). It is passed explicitly so
/// that a `PGPORT` in the environment cannot change it.
const PORT: u16 = 5432;
/// Superuser created by `initdb`, and the role Kairos connects as.
const SUPERUSER: &str = "kairos";
/// Database Kairos uses inside the cluster.
const DATABASE: &str = "kairos";
/// How long `pg_ctl` may wait for the server to start or stop, in seconds.
const PG_CTL_TIMEOUT_SECS: &str = "60";
/// How long to keep retrying the first connection to a server that
/// `pg_ctl status` reports as running (it may still be starting up).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// A private PostgreSQL cluster under the Kairos data directory, started (or
/// found already running) by [`EmbeddedPostgres::start`].
#[derive(Debug)]
pub struct EmbeddedPostgres {
    /// Directory holding `initdb`, `pg_ctl` and `postgres`.
    bin_dir: PathBuf,
    /// The absolute Kairos data directory.
    data_dir: PathBuf,
    /// The cluster, `<data_dir>/postgres`.
    pgdata: PathBuf,
    /// Directory of the server's Unix socket.
    socket_dir: PathBuf,
    /// Server log, `<data_dir>/postgres.log`.
    log_file: PathBuf,
    /// How the PostgreSQL tools are run (directly, or as `postgres`).
    runner: Runner,
}

impl EmbeddedPostgres {
    /// Creates the cluster under `data_dir` if needed, starts it unless it is
    /// already running, and makes sure the `kairos` database exists.
    ///
    /// Fails, naming what to install, when no PostgreSQL server binaries are found.
    pub async fn start(data_dir: &Path) -> Result<EmbeddedPostgres> {
        fs::create_dir_all(data_dir).with_context(|| format!("cannot create data directory {}", data_dir.display()))?;
        let data_dir = fs::canonicalize(data_dir)
            .with_context(|| format!("cannot resolve data directory {}", data_dir.display()))?;
        let pgdata = data_dir.join("postgres");
        let log_file = data_dir.join("postgres.log");
        // pg_ctl pastes these two paths, in double quotes, into a shell command.
        ensure_shell_safe(&pgdata)?;
        ensure_shell_safe(&log_file)?;
        let socket_dir = socket_dir_for(&data_dir);

        let root = effective_uid().await? == 0;
        let existing_major = read_pg_version(&pgdata)?;
        let bin_dir = find_bin_dir(existing_major.as_deref()).await.ok_or_else(|| {
            let version = existing_major
                .as_deref()
                .map(|v| format!(" of PostgreSQL {v}, which created {},", pgdata.display()))
                .unwrap_or_default();
            anyhow!(
                "no PostgreSQL server binaries (initdb, pg_ctl){version} were found, which the embedded \
                 default database needs: install Debian's `postgresql` package (scripts/run.sh does), \
                 or set DATABASE_URL to an existing PostgreSQL server"
            )
        })?;
        let bin_major = binaries_major(&bin_dir).await?;
        info!(bin_dir = %bin_dir.display(), version = %bin_major, "using PostgreSQL server binaries");
        if let Some(existing) = &existing_major
            && *existing != bin_major
        {
            bail!(
                "the embedded database in {} was created by PostgreSQL {existing}, but the \
                 PostgreSQL binaries found ({}) are version {bin_major}; install PostgreSQL \
                 {existing} (e.g. the `postgresql-{existing}` package) or upgrade the cluster \
                 with pg_upgrade",
                pgdata.display(),
                bin_dir.display(),
            );
        }

        let runner = if root {
            Runner::as_postgres().await?
        } else {
            Runner::Direct
        };
        let pg = EmbeddedPostgres {
            bin_dir,
            data_dir,
            pgdata,
            socket_dir,
            log_file,
            runner,
        };
        pg.prepare_directories().await?;
        if existing_major.is_none() {
            pg.init_cluster().await?;
        }
        if root {
            chown_to_postgres(&[
                pg.pgdata.as_os_str(),
                pg.socket_dir.as_os_str(),
                pg.log_file.as_os_str(),
            ])
            .await?;
        }
        lockfile::clear_stale_lock_files(&pg.pgdata, &pg.socket_dir);

        if pg.is_running().await? {
            info!(pgdata = %pg.pgdata.display(), "embedded PostgreSQL is already running; reusing it");
        } else {
            pg.start_server().await?;
        }
        pg.ensure_database().await?;
        Ok(pg)
    }

    /// Options for connecting to the `kairos` database as the `kairos`
    /// superuser over the cluster's Unix socket.
    pub fn connect_options(&self) -> PgConnectOptions {
        self.options_for(DATABASE)
    }

    /// Stops the server (`pg_ctl stop -m fast`), waiting until it is down.
    /// Does nothing when it is not running.
    pub async fn stop(&self) -> Result<()> {
        if !self.is_running().await? {
            info!(pgdata = %self.pgdata.display(), "embedded PostgreSQL is not running");
            return Ok(());
        }
        info!(pgdata = %self.pgdata.display(), "stopping embedded PostgreSQL");
        let stop = Invocation::new(self.bin("pg_ctl"))
            .arg("-D")
            .arg(&self.pgdata)
            .arg("-m")
            .arg("fast")
            .arg("-w")
            .arg("-t")
            .arg(PG_CTL_TIMEOUT_SECS)
            .arg("stop");
        self.runner.run(&stop).await?;
        info!("embedded PostgreSQL stopped");
        Ok(())
    }

    fn options_for(&self, database: &str) -> PgConnectOptions {
        // `new_without_pgpass` still reads PG* environment variables; every
        // setting that matters is overridden below.
        PgConnectOptions::new_without_pgpass()
            .socket(&self.socket_dir)
            .port(PORT)
            .username(SUPERUSER)
            .database(database)
            .ssl_mode(PgSslMode::Disable)
    }

    fn bin(&self, name: &str) -> PathBuf {
        self.bin_dir.join(name)
    }

    /// Creates the socket directory and the log file, and checks that the
    /// `postgres` user can reach the data directory when running as root.
    async fn prepare_directories(&self) -> Result<()> {
        match fs::symlink_metadata(&self.socket_dir) {
            Ok(meta) => {
                if !meta.is_dir() {
                    bail!(
                        "socket directory {} exists but is not a directory",
                        self.socket_dir.display()
                    );
                }
                if !self.socket_dir.starts_with(&self.data_dir) {
                    // A shared /tmp: refuse a directory someone else planted.
                    let mut allowed = vec![effective_uid().await?];
                    if self.runner.is_as_postgres() {
                        allowed.push(postgres_uid().await?);
                    }
                    if !allowed.contains(&meta.uid()) {
                        bail!(
                            "socket directory {} is owned by uid {}, not by Kairos or the \
                             postgres user; remove it",
                            self.socket_dir.display(),
                            meta.uid()
                        );
                    }
                }
            }
            Err(err) if err.kind() == ErrorKind::NotFound => {
                fs::DirBuilder::new()
                    .mode(0o700)
                    .create(&self.socket_dir)
                    .with_context(|| format!("cannot create socket directory {}", self.socket_dir.display()))?;
            }
            Err(err) => {
                return Err(err)
                    .with_context(|| format!("cannot inspect socket directory {}", self.socket_dir.display()));
            }
        }
        fs::set_permissions(&self.socket_dir, fs::Permissions::from_mode(0o700))
            .with_context(|| format!("cannot set permissions of {}", self.socket_dir.display()))?;
        fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log_file)
            .with_context(|| format!("cannot create log file {}", self.log_file.display()))?;

        if self.runner.is_as_postgres() {
            let probe = Invocation::new("test").arg("-x").arg(&self.data_dir);
            if let Err(err) = self.runner.run(&probe).await {
                return Err(err).with_context(|| {
                    format!(
                        "the `{SYSTEM_USER}` system user cannot access the data directory {}; \
                         make it and every parent directory searchable by that user (e.g. \
                         `chmod o+x`), or use another data directory",
                        self.data_dir.display()
                    )
                });
            }
        }
        Ok(())
    }

    /// Runs `initdb` into a scratch directory and renames it to PGDATA, so
    /// that an interrupted `initdb` never leaves a half-made cluster behind.
    async fn init_cluster(&self) -> Result<()> {
        if let Some(entry) = fs::read_dir(&self.pgdata).ok().and_then(|mut entries| entries.next()) {
            let entry = entry.with_context(|| format!("cannot read {}", self.pgdata.display()))?;
            bail!(
                "{} is not empty (it contains {:?}) but holds no PostgreSQL cluster (no \
                 PG_VERSION); move it away so that Kairos can create a new one",
                self.pgdata.display(),
                entry.file_name()
            );
        }

        let scratch = self.data_dir.join("postgres.initdb");
        info!(pgdata = %self.pgdata.display(), "creating embedded PostgreSQL cluster with initdb");
        let mut last_error = None;
        for locale in ["C.UTF-8", "C"] {
            self.fresh_directory(&scratch).await?;
            let initdb = Invocation::new(self.bin("initdb"))
                .arg("-D")
                .arg(&scratch)
                .arg("-U")
                .arg(SUPERUSER)
                .arg("--auth=trust")
                .arg("--encoding=UTF8")
                .arg(format!("--locale={locale}"));
            match self.runner.run(&initdb).await {
                Ok(_) => {
                    last_error = None;
                    break;
                }
                Err(err) => {
                    warn!(locale, error = %format!("{err:#}"), "initdb failed");
                    last_error = Some(err);
                }
            }
        }
        if let Some(err) = last_error {
            // Best effort: the error below is what matters.
            let _ = fs::remove_dir_all(&scratch);
            return Err(err.context("cannot create the embedded PostgreSQL cluster"));
        }
        fs::rename(&scratch, &self.pgdata)
            .with_context(|| format!("cannot rename {} to {}", scratch.display(), self.pgdata.display()))?;
        info!(pgdata = %self.pgdata.display(), "embedded PostgreSQL cluster created");
        Ok(())
    }

    /// Replaces `dir` by an empty directory that the tools can write to.
    async fn fresh_directory(&self, dir: &Path) -> Result<()> {
        match fs::remove_dir_all(dir) {
            Ok(()) => {}
            Err(err) if err.kind() == ErrorKind::NotFound => {}
            Err(err) => {
                return Err(err).with_context(|| format!("cannot remove {}", dir.display()));
            }
        }
        fs::DirBuilder::new()
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        if self.runner.is_as_postgres() {
            chown_to_postgres(&[dir.as_os_str()]).await?;
        }
        Ok(())
    }

    /// Asks `pg_ctl status` whether the cluster's server is running.
    async fn is_running(&self) -> Result<bool> {
        let status = Invocation::new(self.bin("pg_ctl"))
            .arg("-D")
            .arg(&self.pgdata)
            .arg("status");
        let output = self.runner.output(&status).await?;
        match output.status.code() {
            Some(0) => Ok(true),
            // 3: not running; 4: no accessible data directory.
            Some(3 | 4) => Ok(false),
            _ => Err(command_failed(&self.runner.describe(&status), &output)),
        }
    }

    async fn start_server(&self) -> Result<()> {
        info!(
            pgdata = %self.pgdata.display(),
            socket_dir = %self.socket_dir.display(),
            log = %self.log_file.display(),
            "starting embedded PostgreSQL"
        );
        // pg_ctl hands `-o` to the server through `sh -c`, hence the quoting.
        let mut server_options = b"-c listen_addresses='' -p ".to_vec();
        server_options.extend_from_slice(PORT.to_string().as_bytes());
        server_options.extend_from_slice(b" -k ");
        server_options.extend_from_slice(&shell_quote(self.socket_dir.as_os_str()));
        server_options.extend_from_slice(b" -c max_connections=200 -c shared_buffers=128MB");
        let start = Invocation::new(self.bin("pg_ctl"))
            .arg("-D")
            .arg(&self.pgdata)
            .arg("-l")
            .arg(&self.log_file)
            .arg("-w")
            .arg("-t")
            .arg(PG_CTL_TIMEOUT_SECS)
            .arg("-o")
            .arg(OsString::from_vec(server_options))
            .arg("start");
        if let Err(err) = self.runner.run(&start).await {
            let tail = log_tail(&self.log_file);
            return Err(anyhow!("{err:#}\nlast lines of {}:\n{tail}", self.log_file.display())
                .context("embedded PostgreSQL did not start"));
        }
        info!("embedded PostgreSQL started");
        Ok(())
    }

    /// Creates the `kairos` database unless it exists.
    async fn ensure_database(&self) -> Result<()> {
        let options = self.options_for("postgres");
        let deadline = tokio::time::Instant::now() + CONNECT_TIMEOUT;
        let mut conn = loop {
            match PgConnection::connect_with(&options).await {
                Ok(conn) => break conn,
                Err(err) if tokio::time::Instant::now() < deadline => {
                    tracing::debug!(error = %err, "embedded PostgreSQL not accepting connections yet");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                Err(err) => {
                    return Err(err).with_context(|| {
                        format!(
                            "cannot connect to embedded PostgreSQL through {}",
                            self.socket_dir.display()
                        )
                    });
                }
            }
        };
        let exists: Option<i32> = sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1")
            .bind(DATABASE)
            .fetch_optional(&mut conn)
            .await
            .context("cannot list the databases of embedded PostgreSQL")?;
        if exists.is_none() {
            info!(database = DATABASE, "creating database in embedded PostgreSQL");
            match sqlx::query("CREATE DATABASE kairos").execute(&mut conn).await {
                Ok(_) => {}
                // duplicate_database: created concurrently, which is fine.
                Err(sqlx::Error::Database(err)) if err.code().as_deref() == Some("42P04") => {}
                Err(err) => {
                    return Err(err).context("cannot create the kairos database");
                }
            }
        }
        conn.close()
            .await
            .context("cannot close the connection to embedded PostgreSQL")?;
        Ok(())
    }
}

/// The last lines of the server log, for error messages.
fn log_tail(log_file: &Path) -> String {
    const TAIL_BYTES: u64 = 4096;
    let read = || -> std::io::Result<String> {
        let mut file = fs::File::open(log_file)?;
        let len = file.metadata()?.len();
        file.seek(SeekFrom::Start(len.saturating_sub(TAIL_BYTES)))?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let lines: Vec<&str> = text.lines().collect();
        Ok(lines[lines.len().saturating_sub(10)..].join("\n"))
    };
    read().unwrap_or_else(|err| format!("(cannot read the log: {err})"))
}
