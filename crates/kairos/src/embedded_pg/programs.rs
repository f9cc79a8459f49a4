//! Finding and running the external programs the embedded cluster needs, with errors that
//! show what a failed program said.

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use anyhow::anyhow;

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

pub(super) fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}

/// The error for a command that exited unsuccessfully: its output, with the
/// command line and exit status as context.
pub(super) fn command_failed(description: &str, output: &Output) -> anyhow::Error {
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
