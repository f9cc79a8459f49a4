//! Finding the PostgreSQL server binaries Kairos drives (`initdb`, `pg_ctl`)
//! and telling their major version, which must match the version of an
//! existing cluster. Kairos does not bundle PostgreSQL, so when none are found
//! and Kairos runs as root on a Debian-like system, this module installs the
//! `postgresql` package with `apt-get`.

use std::ffi::OsString;
use std::fs;
use std::io::ErrorKind;
use std::os::unix::ffi::OsStringExt as _;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use anyhow::{Context as _, Result, anyhow, bail};
use tokio::process::Command;
use tracing::info;

use super::runner::command_failed;

/// The major version recorded in `PGDATA/PG_VERSION`, if there is a cluster.
pub(super) fn read_pg_version(pgdata: &Path) -> Result<Option<String>> {
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
pub(super) async fn find_bin_dir(preferred_major: Option<&str>) -> Option<PathBuf> {
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
pub(super) fn find_program(name: &str) -> Option<PathBuf> {
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
pub(super) async fn binaries_major(bin_dir: &Path) -> Result<String> {
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
pub(super) async fn install_postgresql(root: bool) -> Result<()> {
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
