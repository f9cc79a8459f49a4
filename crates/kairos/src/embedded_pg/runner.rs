//! Running PostgreSQL's tools as the right user. PostgreSQL refuses to run as
//! root, so when Kairos is root every `initdb`/`pg_ctl` must run as the
//! `postgres` system user, through `runuser` or, where that is missing, `su`
//! (which needs the command line quoted for `sh`). This module hides that
//! choice behind [`Runner`], and also holds what goes with it: telling
//! whether Kairos is root, handing files to `postgres`, and turning a failed
//! command into an error that carries its output.

use std::ffi::{OsStr, OsString};
use std::fmt::Write as _;
use std::fs;
use std::os::unix::ffi::{OsStrExt as _, OsStringExt as _};
use std::os::unix::fs::MetadataExt as _;
use std::path::PathBuf;
use std::process::{Output, Stdio};

use anyhow::{Context as _, Result, bail};
use tokio::process::Command;

use super::programs::{command_failed, find_program};

/// System user that owns the cluster when Kairos runs as root.
pub(super) const SYSTEM_USER: &str = "postgres";

/// How PostgreSQL tools are run.
#[derive(Debug, Clone)]
pub(super) enum Runner {
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
    pub(super) async fn as_postgres() -> Result<Runner> {
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

    pub(super) fn is_as_postgres(&self) -> bool {
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

    pub(super) fn describe(&self, invocation: &Invocation) -> String {
        let command = invocation.describe();
        match self {
            Runner::Direct => command,
            Runner::Runuser(_) => format!("runuser -u {SYSTEM_USER} -- {command}"),
            Runner::Su(_) => format!("su {SYSTEM_USER} -s /bin/sh -c '{command}'"),
        }
    }

    /// Runs the command and returns its output, whatever its exit status.
    pub(super) async fn output(&self, invocation: &Invocation) -> Result<Output> {
        self.command(invocation)
            .output()
            .await
            .with_context(|| format!("cannot run `{}`", self.describe(invocation)))
    }

    /// Runs the command and fails unless it succeeds.
    pub(super) async fn run(&self, invocation: &Invocation) -> Result<Output> {
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
pub(super) struct Invocation {
    program: PathBuf,
    args: Vec<OsString>,
}

impl Invocation {
    pub(super) fn new(program: impl Into<PathBuf>) -> Self {
        Invocation {
            program: program.into(),
            args: Vec::new(),
        }
    }

    pub(super) fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
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

/// Quotes `arg` for `sh`.
pub(super) fn shell_quote(arg: &OsStr) -> Vec<u8> {
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

/// The effective user id of this process.
pub(super) async fn effective_uid() -> Result<u32> {
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
pub(super) async fn postgres_uid() -> Result<u32> {
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
pub(super) async fn chown_to_postgres(paths: &[&OsStr]) -> Result<()> {
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
