//! Finding `pg_dump` and `pg_restore` whose version suits the server. `pg_dump` refuses a
//! server newer than itself, and a dump is best read by the same major version, so among the
//! copies on `PATH` and under Debian's `/usr/lib/postgresql/<major>/bin` the lowest major at
//! least the server's is chosen.

use std::path::{Path, PathBuf};

use anyhow::Context;
use tokio::process::Command;

/// A matching pair of client tools.
#[derive(Debug, Clone)]
pub struct PgTools {
    pub pg_dump: PathBuf,
    pub pg_restore: PathBuf,
    /// Their major version.
    pub major: u32,
    /// `pg_dump --version`'s number, e.g. `15.20`.
    pub version: String,
}

impl PgTools {
    /// The tools for a server of major version `server_major`.
    pub async fn find(server_major: u32) -> anyhow::Result<Self> {
        let mut candidates: Vec<PathBuf> = Vec::new();
        if let Some(path) = std::env::var_os("PATH") {
            candidates.extend(std::env::split_paths(&path).map(|dir| dir.join("pg_dump")));
        }
        if let Ok(entries) = std::fs::read_dir("/usr/lib/postgresql") {
            candidates.extend(entries.flatten().map(|e| e.path().join("bin").join("pg_dump")));
        }
        let mut found: Vec<(u32, String, PathBuf)> = Vec::new();
        for pg_dump in candidates.into_iter().filter(|p| p.is_file()) {
            if let Some((major, version)) = version_of(&pg_dump).await
                && !found.iter().any(|(m, _, _)| *m == major)
            {
                found.push((major, version, pg_dump));
            }
        }
        found.sort_by_key(|(major, _, _)| *major);
        let versions: Vec<String> = found.iter().map(|(_, v, _)| v.clone()).collect();
        let (major, version, pg_dump) = found
            .into_iter()
            .find(|(major, _, _)| *major >= server_major)
            .with_context(|| {
                format!(
                    "no pg_dump of version {server_major} or newer (found: {}); install Debian's postgresql-client-{server_major}",
                    if versions.is_empty() { "none".to_owned() } else { versions.join(", ") }
                )
            })?;
        let pg_restore =
            sibling(&pg_dump, "pg_restore").with_context(|| format!("no pg_restore next to {}", pg_dump.display()))?;
        Ok(Self {
            pg_dump,
            pg_restore,
            major,
            version,
        })
    }
}

/// Runs a client tool against `target`, failing with the end of its error output.
pub async fn run(tool: &Path, args: &[String], target: &super::target::PgTarget) -> anyhow::Result<()> {
    let name = tool.file_name().map_or_else(|| "tool".into(), |n| n.to_string_lossy());
    let output = Command::new(tool)
        .args(args)
        .envs(target.env())
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true)
        .output()
        .await
        .with_context(|| format!("cannot run {}", tool.display()))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(8).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    anyhow::bail!("{name} failed ({}): {}", output.status, tail.join("\n"))
}

fn sibling(tool: &Path, name: &str) -> Option<PathBuf> {
    let path = tool.parent()?.join(name);
    path.is_file().then_some(path)
}

/// `(major, "15.20")` from `pg_dump (PostgreSQL) 15.20 (Debian …)`.
async fn version_of(tool: &Path) -> Option<(u32, String)> {
    let output = Command::new(tool).arg("--version").output().await.ok()?;
    parse_version(&String::from_utf8_lossy(&output.stdout))
}

fn parse_version(text: &str) -> Option<(u32, String)> {
    let version = text
        .split_whitespace()
        .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))?;
    let major = version.split('.').next()?.parse().ok()?;
    Some((major, version.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_the_banner() {
        assert_eq!(
            parse_version("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n"),
            Some((15, "15.20".to_owned()))
        );
        assert_eq!(parse_version("pg_dump (PostgreSQL) 17beta1"), None);
        assert_eq!(
            parse_version("pg_dump (PostgreSQL) 16.4"),
            Some((16, "16.4".to_owned()))
        );
    }
}
