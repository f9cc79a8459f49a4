//! The paths Kairos hands to PostgreSQL, and the limits they must respect:
//! pg_ctl pastes the data directory and log file into a double-quoted shell
//! command, and the server's Unix socket path must fit the kernel's 107-byte
//! limit and be expressible in `unix_socket_directories`. This module rejects
//! unusable paths and chooses where the socket goes.

use std::fmt::Write as _;
use std::os::unix::ffi::OsStrExt as _;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use sha2::{Digest as _, Sha256};

use super::PORT;

/// Longest Unix socket path the kernel accepts: `sun_path` is 108 bytes,
/// including the terminating NUL.
const MAX_SOCKET_PATH: usize = 107;

/// Rejects paths that would break the double-quoted shell command pg_ctl
/// builds around `-D` and `-l`.
pub(super) fn ensure_shell_safe(path: &Path) -> Result<()> {
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
pub(super) fn socket_dir_for(data_dir: &Path) -> PathBuf {
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
