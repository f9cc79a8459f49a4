//! Finding the PostgreSQL server binaries Kairos drives (`initdb`, `pg_ctl`)
//! and telling their major version, which must match the version of an
//! existing cluster. Kairos neither bundles nor installs PostgreSQL: `scripts/run.sh`
//! installs Debian's package, and without one the start-up error says what is missing.

use std::ffi::OsString;
use std::fs;
use std::io::ErrorKind;
use std::os::unix::ffi::OsStringExt as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, anyhow, bail};
use tokio::process::Command;

use super::programs::{command_failed, find_program, is_executable};

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
