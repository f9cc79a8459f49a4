//! The backups a destination holds (those with a manifest), and pruning them by the
//! retention policy — and of what failed backups left behind (a dump whose manifest was never
//! written, a temporary file of an interrupted copy) once it is old enough not to be a backup
//! still being made.

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};

use super::destination::{self, Destination};
use super::manifest::{self, Manifest};
use super::retention::{self, Policy};

/// Every finished backup, oldest first. Unreadable manifests are skipped with a warning.
pub async fn list(destination: &Destination) -> anyhow::Result<Vec<Manifest>> {
    let mut manifests = Vec::new();
    for file in destination.names().await? {
        if manifest::name_of_manifest(&file).is_none() {
            continue;
        }
        match destination.read(&file).await.and_then(|b| Manifest::from_json(&b)) {
            Ok(manifest) if manifest::name_of_manifest(&file) == Some(manifest.name.as_str()) => {
                manifests.push(manifest);
            }
            Ok(manifest) => tracing::warn!(
                file,
                name = manifest.name.escape_debug().to_string(),
                "skipping a manifest that names another backup than its file"
            ),
            Err(err) => tracing::warn!(file, error = %format!("{err:#}"), "skipping an unreadable manifest"),
        }
    }
    manifests.sort_by(|a, b| a.created_at.cmp(&b.created_at).then_with(|| a.name.cmp(&b.name)));
    Ok(manifests)
}

/// The manifest of `name`, or of the newest backup when `name` is `None`.
pub async fn find(destination: &Destination, name: Option<&str>) -> anyhow::Result<Manifest> {
    match name {
        Some(name) => {
            let bytes = destination
                .read(&manifest::manifest_file(name))
                .await
                .with_context(|| format!("no backup named `{name}` in {destination}"))?;
            Manifest::from_json(&bytes)
        }
        None => list(destination)
            .await?
            .pop()
            .with_context(|| format!("no backups in {destination}")),
    }
}

/// How old a dump without manifest or a temporary file must be before prune takes it for
/// the leftover of a failed backup rather than one being made.
pub const LEFTOVER_AGE: Duration = Duration::hours(24);

/// Deletes the backups the policy lets go (manifest first, so a half-deleted backup is
/// never listed) and the leftovers of failed backups older than [`LEFTOVER_AGE`] at `now`;
/// returns the names of the backups. With `dry_run`, only names them.
pub async fn prune(
    destination: &Destination,
    policy: Policy,
    dry_run: bool,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<String>> {
    let backups: Vec<_> = list(destination)
        .await?
        .into_iter()
        .map(|m| (m.name, m.created_at))
        .collect();
    let gone = retention::to_delete(&backups, policy);
    if !dry_run {
        for name in &gone {
            destination.delete(&manifest::manifest_file(name)).await?;
            destination.delete(&manifest::dump_file(name)).await?;
            tracing::info!(backup = %name, "backup pruned");
        }
        for leftover in leftovers(&destination.names().await?, now) {
            destination.delete(&leftover).await?;
            tracing::info!(file = %leftover, "leftover of a failed backup deleted");
        }
    }
    Ok(gone)
}

/// Among `files`, the dumps without a manifest and the temporary files whose backup was
/// started before `now - LEFTOVER_AGE`.
#[must_use]
pub fn leftovers(files: &[String], now: DateTime<Utc>) -> Vec<String> {
    let finished: std::collections::HashSet<&str> =
        files.iter().filter_map(|f| manifest::name_of_manifest(f)).collect();
    files
        .iter()
        .filter(|file| {
            let backup = match destination::of_partial(file) {
                Some(stored) => stored.strip_suffix(".dump").or_else(|| stored.strip_suffix(".json")),
                None => file.strip_suffix(".dump").filter(|name| !finished.contains(name)),
            };
            backup
                .and_then(manifest::created_at_of)
                .is_some_and(|started| started < now - LEFTOVER_AGE)
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_are_orphan_dumps_and_temporary_files_of_old_backups() {
        let now = manifest::created_at_of("kairos-20300102T120000.000Z").expect("a name");
        let files: Vec<String> = [
            "kairos-20291230T030000.000Z.dump",
            "kairos-20291230T030000.000Z.json",
            "kairos-20291231T030000.000Z.dump",
            ".kairos-20291231T030000.000Z.dump.partial",
            "kairos-20300102T110000.000Z.dump",
            ".kairos-20300102T110000.000Z.json.partial",
            "notes.txt",
            "kairos-../x.dump",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(
            leftovers(&files, now),
            [
                "kairos-20291231T030000.000Z.dump",
                ".kairos-20291231T030000.000Z.dump.partial"
            ]
        );
    }

    #[test]
    fn only_our_names_are_backup_names() {
        assert!(manifest::created_at_of("kairos-20261127T030000.123Z").is_some());
        for forged in [
            "../victim",
            "kairos-20261127T030000.123Z/..",
            "kairos-2026112703000.1234Z",
            "kairos-20261327T030000.000Z",
        ] {
            assert!(manifest::created_at_of(forged).is_none(), "{forged}");
        }
    }
}
