//! The fixture that `setup` writes and `run` reads: which organisation and event types to
//! load, and the organisation's API key (so the file is written readable by its owner only).

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fixture {
    /// The base URL setup ran against (informative; `run` uses its own `--target`).
    pub target: String,
    /// Organisation slug, the first part of every public link.
    pub organization: String,
    pub organization_id: String,
    /// Bearer key of the organisation.
    pub api_key: String,
    pub event_types: Vec<FixtureEventType>,
    /// RFC 3339 instant of the setup.
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixtureEventType {
    pub slug: String,
    pub id: String,
    pub host_id: String,
    pub time_zone: String,
}

impl Fixture {
    pub fn read(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read fixture {}", path.display()))?;
        let fixture: Fixture =
            serde_json::from_str(&text).with_context(|| format!("{} is not a kairos-load fixture", path.display()))?;
        if fixture.event_types.is_empty() {
            bail!("fixture {} has no event types", path.display());
        }
        Ok(fixture)
    }

    /// Writes the fixture (mode 0600 on Unix: it holds an API key).
    pub fn write(&self, path: &Path) -> anyhow::Result<()> {
        let text = serde_json::to_string_pretty(self)?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(path)
            .with_context(|| format!("cannot write fixture {}", path.display()))?;
        file.write_all(text.as_bytes())?;
        file.write_all(b"\n")?;
        Ok(())
    }
}
