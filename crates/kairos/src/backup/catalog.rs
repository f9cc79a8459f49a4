//! The backups a destination holds (those with a manifest), and pruning them by the
//! retention policy.

use anyhow::Context;

use super::destination::Destination;
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
            Ok(manifest) => manifests.push(manifest),
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

/// Deletes the backups the policy lets go (manifest first, so a half-deleted backup is
/// never listed); returns their names. With `dry_run`, only names them.
pub async fn prune(destination: &Destination, policy: Policy, dry_run: bool) -> anyhow::Result<Vec<String>> {
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
    }
    Ok(gone)
}
