//! `report.json`: the whole [`Report`](super::Report), for scripts and later comparison.

use super::Report;

/// The report as pretty-printed JSON.
pub fn render(report: &Report) -> anyhow::Result<String> {
    let mut text = serde_json::to_string_pretty(report)?;
    text.push('\n');
    Ok(text)
}

/// Reads a report written by [`render`].
pub fn parse(text: &str) -> anyhow::Result<Report> {
    Ok(serde_json::from_str(text)?)
}
