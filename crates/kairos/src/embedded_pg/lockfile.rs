//! Clearing stale PostgreSQL lock files. After a crash (say, of a container)
//! a lock file may name a PID that has since been reused by an unrelated
//! process, which would make `pg_ctl status` report the server as running and
//! the server refuse to start. This module detects such lock files and
//! removes them before the cluster is started.

use std::fs;
use std::path::Path;

use tracing::warn;

use super::PORT;

/// Removes lock files whose PID now belongs to an unrelated process.
///
/// After a crash (say, of a container) `postmaster.pid` may name a PID
/// that has since been reused. `pg_ctl status` would then report the
/// server as running, and the server would refuse to start ("lock file
/// already exists"). A live postmaster always has its data directory as
/// working directory, so a live process whose working directory is
/// something else cannot own the lock. Lock files of processes that no
/// longer exist are left alone: PostgreSQL removes those itself.
pub(super) fn clear_stale_lock_files(pgdata: &Path, socket_dir: &Path) {
    let socket_lock = socket_dir.join(format!(".s.PGSQL.{PORT}.lock"));
    for lock in [pgdata.join("postmaster.pid"), socket_lock] {
        let Some(pid) = lock_file_pid(&lock) else {
            continue;
        };
        if pid_owned_by_other_process(pid, pgdata) {
            warn!(lock = %lock.display(), pid, "removing stale lock file whose PID belongs to another process");
            if let Err(err) = fs::remove_file(&lock) {
                warn!(lock = %lock.display(), error = %err, "cannot remove stale lock file");
            }
        }
    }
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
