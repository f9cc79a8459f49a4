//! A private temporary directory for a dump on its way to or from a destination, removed when
//! the operation ends however it ends.

use std::path::{Path, PathBuf};

use anyhow::Context;

#[derive(Debug)]
pub struct WorkDir(PathBuf);

impl WorkDir {
    /// A new directory under the system's temporary directory (`TMPDIR`).
    pub fn new() -> anyhow::Result<Self> {
        let path = std::env::temp_dir().join(format!("kairos-backup-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&path).with_context(|| format!("cannot create {}", path.display()))?;
        Ok(Self(path))
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
