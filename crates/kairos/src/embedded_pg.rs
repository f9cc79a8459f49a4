//! The "embedded default" database: a private PostgreSQL cluster that Kairos
//! creates and runs itself when no `DATABASE_URL` is configured, so that a
//! fresh install works without setting up a database server first.
//!
//! It does not bundle PostgreSQL; it drives the system's server binaries
//! (`initdb`, `pg_ctl`), found under `/usr/lib/postgresql/<version>/bin`, via
//! `pg_config --bindir` or on `PATH`, and installed with `apt-get` when Kairos
//! runs as root on a Debian-like system and none are present. Everything lives
//! under the Kairos data directory:
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

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::fs;
use std::io::{ErrorKind, Read as _, Seek as _, SeekFrom};
use std::os::unix::ffi::{OsStrExt as _, OsStringExt as _};
use std::os::unix::fs::{DirBuilderExt as _, MetadataExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::Duration;

use anyhow::{Context as _, Result, anyhow, bail};
use sha2::{Digest as _, Sha256};
use sqlx::Connection as _;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgSslMode};
use tokio::process::Command;
use tracing::{info, warn};

/// Port number of the cluster. The server does not listen on TCP; the port
/// only names the socket file (`.s.PGSQL.5432`). It is passed explicitly so
/// that a `PGPORT` in the environment cannot change it.
const PORT: u16 = 5432;
/// Superuser created by `initdb`, and the role Kairos connects as.
const SUPERUSER: &str = "kairos";
/// Database Kairos uses inside the cluster.
const DATABASE: &str = "kairos";
/// System user that owns the cluster when Kairos runs as root.
const SYSTEM_USER: &str = "postgres";
/// Longest Unix socket path the kernel accepts: `sun_path` is 108 bytes,
/// including the terminating NUL.
const MAX_SOCKET_PATH: usize = 107;
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
    /// This may install the `postgresql` package (as root, with `apt-get`) when
    /// no PostgreSQL server binaries are found.
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
        let bin_dir = match find_bin_dir(existing_major.as_deref()).await {
            Some(dir) => dir,
            None => {
                install_postgresql(root).await?;
                find_bin_dir(existing_major.as_deref()).await.ok_or_else(|| {
                    anyhow!(
                        "the `postgresql` package was installed, but no PostgreSQL server \
                             binaries (initdb, pg_ctl) were found afterwards"
                    )
                })?
            }
        };
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
        pg.clear_stale_lock_files();

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

    /// Removes lock files whose PID now belongs to an unrelated process.
    ///
    /// After a crash (say, of a container) `postmaster.pid` may name a PID
    /// that has since been reused. `pg_ctl status` would then report the
    /// server as running, and the server would refuse to start ("lock file
    /// already exists"). A live postmaster always has its data directory as
    /// working directory, so a live process whose working directory is
    /// something else cannot own the lock. Lock files of processes that no
    /// longer exist are left alone: PostgreSQL removes those itself.
    fn clear_stale_lock_files(&self) {
        let socket_lock = self.socket_dir.join(format!(".s.PGSQL.{PORT}.lock"));
        for lock in [self.pgdata.join("postmaster.pid"), socket_lock] {
            let Some(pid) = lock_file_pid(&lock) else {
                continue;
            };
            if pid_owned_by_other_process(pid, &self.pgdata) {
                warn!(lock = %lock.display(), pid, "removing stale lock file whose PID belongs to another process");
                if let Err(err) = fs::remove_file(&lock) {
                    warn!(lock = %lock.display(), error = %err, "cannot remove stale lock file");
                }
            }
        }
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

/// How PostgreSQL tools are run.
#[derive(Debug, Clone)]
enum Runner {
    /// As the current (non-root) user.
    Direct,
    /// As `postgres`, through `runuser -u postgres --`.
    Runuser(PathBuf),
    /// As `postgres`, through `su postgres -s /bin/sh -c`.
    Su(PathBuf),
}

impl Runner {
    /// Finds a way to run commands as the `postgres` user, trying `runuser`
    /// first and `su` second, and checking that it works.
    async fn as_postgres() -> Result<Runner> {
        let mut candidates = Vec::new();
        if let Some(runuser) = find_program("runuser") {
            candidates.push(Runner::Runuser(runuser));
        }
        if let Some(su) = find_program("su") {
            candidates.push(Runner::Su(su));
        }
        let probe = Invocation::new("true");
        let mut failures = String::new();
        for runner in candidates {
            match runner.run(&probe).await {
                Ok(_) => return Ok(runner),
                Err(err) => {
                    let _ = write!(failures, "\n{err:#}");
                }
            }
        }
        bail!(
            "Kairos runs as root, but PostgreSQL refuses to run as root and the commands \
             could not be run as the `{SYSTEM_USER}` system user (does it exist? is runuser or \
             su installed?); run Kairos as an unprivileged user or set DATABASE_URL{failures}"
        )
    }

    fn is_as_postgres(&self) -> bool {
        !matches!(self, Runner::Direct)
    }

    fn command(&self, invocation: &Invocation) -> Command {
        let mut command = match self {
            Runner::Direct => {
                let mut command = Command::new(&invocation.program);
                command.args(&invocation.args);
                command
            }
            Runner::Runuser(runuser) => {
                let mut command = Command::new(runuser);
                command
                    .args(["-u", SYSTEM_USER, "--"])
                    .arg(&invocation.program)
                    .args(&invocation.args);
                command
            }
            Runner::Su(su) => {
                let mut script = shell_quote(invocation.program.as_os_str());
                for arg in &invocation.args {
                    script.push(b' ');
                    script.extend_from_slice(&shell_quote(arg));
                }
                let mut command = Command::new(su);
                command
                    .args([SYSTEM_USER, "-s", "/bin/sh", "-c"])
                    .arg(OsString::from_vec(script));
                command
            }
        };
        // The `postgres` user may not be able to enter Kairos' working
        // directory, and the tools fail when they cannot resolve it.
        command
            .current_dir("/")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    fn describe(&self, invocation: &Invocation) -> String {
        let command = invocation.describe();
        match self {
            Runner::Direct => command,
            Runner::Runuser(_) => format!("runuser -u {SYSTEM_USER} -- {command}"),
            Runner::Su(_) => format!("su {SYSTEM_USER} -s /bin/sh -c '{command}'"),
        }
    }

    /// Runs the command and returns its output, whatever its exit status.
    async fn output(&self, invocation: &Invocation) -> Result<Output> {
        self.command(invocation)
            .output()
            .await
            .with_context(|| format!("cannot run `{}`", self.describe(invocation)))
    }

    /// Runs the command and fails unless it succeeds.
    async fn run(&self, invocation: &Invocation) -> Result<Output> {
        let output = self.output(invocation).await?;
        if output.status.success() {
            Ok(output)
        } else {
            Err(command_failed(&self.describe(invocation), &output))
        }
    }
}

/// A program and its arguments, before deciding which user runs it.
#[derive(Debug)]
struct Invocation {
    program: PathBuf,
    args: Vec<OsString>,
}

impl Invocation {
    fn new(program: impl Into<PathBuf>) -> Self {
        Invocation {
            program: program.into(),
            args: Vec::new(),
        }
    }

    fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_os_string());
        self
    }

    fn describe(&self) -> String {
        let mut text = self.program.display().to_string();
        for arg in &self.args {
            text.push(' ');
            text.push_str(&arg.to_string_lossy());
        }
        text
    }
}

/// The error for a command that exited unsuccessfully: its output, with the
/// command line and exit status as context.
fn command_failed(description: &str, output: &Output) -> anyhow::Error {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut message = stderr.trim().to_owned();
    if message.is_empty() {
        message = stdout.trim().to_owned();
    }
    if message.is_empty() {
        message = "(no output)".to_owned();
    }
    anyhow!(message).context(format!("`{description}` failed ({})", output.status))
}

/// Quotes `arg` for `sh`.
fn shell_quote(arg: &OsStr) -> Vec<u8> {
    let mut quoted = vec![b'\''];
    for &byte in arg.as_bytes() {
        if byte == b'\'' {
            quoted.extend_from_slice(b"'\\''");
        } else {
            quoted.push(byte);
        }
    }
    quoted.push(b'\'');
    quoted
}

/// Rejects paths that would break the double-quoted shell command pg_ctl
/// builds around `-D` and `-l`.
fn ensure_shell_safe(path: &Path) -> Result<()> {
    if path
        .as_os_str()
        .as_bytes()
        .iter()
        .any(|byte| matches!(byte, b'"' | b'$' | b'`' | b'\\' | b'\n'))
    {
        bail!(
            "the data directory path {} contains a character PostgreSQL's pg_ctl cannot \
             handle (one of \" $ ` \\ or a newline); choose another data directory",
            path.display()
        );
    }
    Ok(())
}

/// The socket directory: `<data_dir>/postgres-run`, unless the socket path in
/// it would be too long or the path is unusable in `unix_socket_directories`.
///
/// A Unix socket path is limited to 107 bytes (`sun_path`), and PostgreSQL
/// refuses longer socket paths. For a deep data directory the socket therefore
/// goes to `/tmp/kairos-pg-<hash>`, where `<hash>` is the start of the SHA-256
/// of the data directory path: stable across restarts, distinct per data
/// directory. The same fallback is used when the path contains a character
/// that `unix_socket_directories` (a comma-separated list) cannot express, or
/// is not UTF-8.
fn socket_dir_for(data_dir: &Path) -> PathBuf {
    let preferred = data_dir.join("postgres-run");
    let socket = preferred.join(format!(".s.PGSQL.{PORT}"));
    let usable = preferred
        .to_str()
        .is_some_and(|path| !path.contains([',', '"', '\\']) && path.trim() == path);
    if usable && socket.as_os_str().len() <= MAX_SOCKET_PATH {
        return preferred;
    }
    let digest = Sha256::digest(data_dir.as_os_str().as_bytes());
    let mut name = String::from("kairos-pg-");
    for byte in &digest[..8] {
        let _ = write!(name, "{byte:02x}");
    }
    Path::new("/tmp").join(name)
}

/// The effective user id of this process.
async fn effective_uid() -> Result<u32> {
    // /proc/self belongs to the process' effective uid.
    if let Ok(meta) = fs::metadata("/proc/self") {
        return Ok(meta.uid());
    }
    let output = Command::new("id")
        .arg("-u")
        .output()
        .await
        .context("cannot run `id -u`")?;
    if !output.status.success() {
        return Err(command_failed("id -u", &output));
    }
    parse_uid(&output.stdout).context("cannot parse the output of `id -u`")
}

/// The uid of the `postgres` system user.
async fn postgres_uid() -> Result<u32> {
    let output = Command::new("id")
        .args(["-u", SYSTEM_USER])
        .output()
        .await
        .with_context(|| format!("cannot run `id -u {SYSTEM_USER}`"))?;
    if !output.status.success() {
        return Err(command_failed(&format!("id -u {SYSTEM_USER}"), &output));
    }
    parse_uid(&output.stdout).with_context(|| format!("cannot parse `id -u {SYSTEM_USER}`"))
}

fn parse_uid(stdout: &[u8]) -> Result<u32> {
    Ok(String::from_utf8_lossy(stdout).trim().parse()?)
}

/// `chown -R postgres:postgres` on the given paths.
async fn chown_to_postgres(paths: &[&OsStr]) -> Result<()> {
    let mut command = Command::new("chown");
    command
        .arg("-R")
        .arg(format!("{SYSTEM_USER}:{SYSTEM_USER}"))
        .args(paths);
    let description = format!(
        "chown -R {SYSTEM_USER}:{SYSTEM_USER} {}",
        paths
            .iter()
            .map(|path| path.to_string_lossy())
            .collect::<Vec<_>>()
            .join(" ")
    );
    let output = command
        .output()
        .await
        .with_context(|| format!("cannot run `{description}`"))?;
    if !output.status.success() {
        return Err(command_failed(&description, &output));
    }
    Ok(())
}

/// The major version recorded in `PGDATA/PG_VERSION`, if there is a cluster.
fn read_pg_version(pgdata: &Path) -> Result<Option<String>> {
    let file = pgdata.join("PG_VERSION");
    match fs::read_to_string(&file) {
        Ok(version) => Ok(Some(version.trim().to_owned())),
        Err(err) if err.kind() == ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err).with_context(|| format!("cannot read {}", file.display())),
    }
}

/// Finds the directory of the PostgreSQL server binaries: preferably the
/// version of an existing cluster, otherwise the highest version under
/// `/usr/lib/postgresql`, otherwise `pg_config --bindir`, otherwise `PATH`.
async fn find_bin_dir(preferred_major: Option<&str>) -> Option<PathBuf> {
    let mut versioned: Vec<(Vec<u32>, String, PathBuf)> = Vec::new();
    if let Ok(entries) = fs::read_dir("/usr/lib/postgresql") {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(version) = name.split('.').map(str::parse::<u32>).collect::<Result<Vec<_>, _>>() else {
                continue;
            };
            let bin = entry.path().join("bin");
            if has_server_tools(&bin) {
                versioned.push((version, name, bin));
            }
        }
    }
    versioned.sort();
    if let Some(major) = preferred_major
        && let Some((_, _, bin)) = versioned.iter().find(|(_, name, _)| name == major)
    {
        return Some(bin.clone());
    }
    if let Some((_, _, bin)) = versioned.pop() {
        return Some(bin);
    }

    if let Ok(output) = Command::new("pg_config").arg("--bindir").output().await
        && output.status.success()
    {
        let bin = PathBuf::from(OsString::from_vec(output.stdout.trim_ascii().to_vec()));
        if has_server_tools(&bin) {
            return Some(bin);
        }
    }

    let initdb = find_program("initdb")?;
    let bin = initdb.parent()?.to_path_buf();
    has_server_tools(&bin).then_some(bin)
}

fn has_server_tools(bin: &Path) -> bool {
    ["initdb", "pg_ctl"].iter().all(|tool| is_executable(&bin.join(tool)))
}

fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}

/// Looks `name` up on `PATH` and in the usual system directories (a non-login
/// root `PATH` may lack the `sbin` ones, where `runuser` lives).
fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(
            [
                "/usr/local/sbin",
                "/usr/local/bin",
                "/usr/sbin",
                "/usr/bin",
                "/sbin",
                "/bin",
            ]
            .into_iter()
            .map(PathBuf::from),
        )
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

/// The major version of the binaries in `bin_dir`, from `pg_ctl --version`
/// (e.g. `pg_ctl (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)` gives `15`).
async fn binaries_major(bin_dir: &Path) -> Result<String> {
    let pg_ctl = bin_dir.join("pg_ctl");
    let description = format!("{} --version", pg_ctl.display());
    let output = Command::new(&pg_ctl)
        .arg("--version")
        .output()
        .await
        .with_context(|| format!("cannot run `{description}`"))?;
    if !output.status.success() {
        return Err(command_failed(&description, &output));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let version = text
        .split_once("(PostgreSQL)")
        .and_then(|(_, rest)| rest.split_whitespace().next())
        .ok_or_else(|| anyhow!("unexpected output of `{description}`: {}", text.trim()))?;
    let parts: Vec<&str> = version
        .split(|c: char| !c.is_ascii_digit())
        .take_while(|part| !part.is_empty())
        .collect();
    let major = match parts.as_slice() {
        // Before PostgreSQL 10 the major version had two parts (9.6).
        [first, second, ..] if first.parse::<u32>().is_ok_and(|n| n < 10) => {
            format!("{first}.{second}")
        }
        [first, ..] => (*first).to_owned(),
        [] => bail!("unexpected output of `{description}`: {}", text.trim()),
    };
    Ok(major)
}

/// Installs the `postgresql` package with apt-get, when that is possible.
async fn install_postgresql(root: bool) -> Result<()> {
    let apt_get = find_program("apt-get");
    let Some(apt_get) = apt_get.filter(|_| root) else {
        bail!(
            "no PostgreSQL server binaries (initdb, pg_ctl) found, which the embedded default \
             database needs; install the `postgresql` package, or set DATABASE_URL to use an \
             existing PostgreSQL server"
        );
    };
    let apt = |args: &[&str]| {
        let mut command = Command::new(&apt_get);
        command
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(Stdio::null());
        (command, format!("apt-get {}", args.join(" ")))
    };
    let install_args = ["install", "-y", "postgresql"];

    info!("no PostgreSQL server binaries found; running `apt-get install -y postgresql`");
    let (mut install, description) = apt(&install_args);
    let output = install
        .output()
        .await
        .with_context(|| format!("cannot run `{description}`"))?;
    if output.status.success() {
        info!("installed the postgresql package");
        return Ok(());
    }
    let error = command_failed(&description, &output);
    info!(error = %format!("{error:#}"), "apt-get install failed; running `apt-get update` and retrying");

    let (mut update, description) = apt(&["update"]);
    let output = update
        .output()
        .await
        .with_context(|| format!("cannot run `{description}`"))?;
    if !output.status.success() {
        return Err(command_failed(&description, &output));
    }
    let (mut install, description) = apt(&install_args);
    let output = install
        .output()
        .await
        .with_context(|| format!("cannot run `{description}`"))?;
    if !output.status.success() {
        return Err(command_failed(&description, &output));
    }
    info!("installed the postgresql package");
    Ok(())
}

/// The PID on the first line of a PostgreSQL lock file.
fn lock_file_pid(lock: &Path) -> Option<u32> {
    let text = fs::read_to_string(lock).ok()?;
    text.lines().next()?.trim().parse().ok()
}

/// Whether `pid` is alive but is not a server of the cluster in `pgdata`
/// (its working directory is elsewhere). `false` when that cannot be told.
fn pid_owned_by_other_process(pid: u32, pgdata: &Path) -> bool {
    let Ok(cwd) = fs::read_link(format!("/proc/{pid}/cwd")) else {
        return false;
    };
    let pgdata = fs::canonicalize(pgdata).unwrap_or_else(|_| pgdata.to_path_buf());
    cwd != pgdata
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
