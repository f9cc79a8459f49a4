//! Where backups are kept: a local directory, or a bucket of S3-compatible object storage
//! (AWS S3, MinIO, Ceph, R2, …) through `object_store`. Both hold flat objects named
//! `<backup>.dump` and `<backup>.json`; large dumps stream through multipart uploads.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use futures::StreamExt;
use object_store::aws::AmazonS3Builder;
use object_store::buffered::BufWriter;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use secrecy::ExposeSecret;
use tokio::io::AsyncWriteExt;

use crate::config::Config;

/// A place to keep backups.
#[derive(Debug, Clone)]
pub enum Destination {
    Local(PathBuf),
    S3 {
        store: Arc<dyn ObjectStore>,
        prefix: String,
        /// `s3://bucket/prefix`, for messages.
        label: String,
    },
}

/// How to reach an S3-compatible bucket.
#[derive(Debug, Clone, Default)]
pub struct S3Settings {
    pub bucket: String,
    pub prefix: String,
    pub region: Option<String>,
    pub endpoint: Option<String>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    pub allow_http: bool,
}

impl Destination {
    /// The destination the configuration names, if any.
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Self>> {
        if let Some(dir) = &config.backup_dir {
            return Ok(Some(Self::Local(dir.clone())));
        }
        let Some(bucket) = &config.backup_s3_bucket else {
            return Ok(None);
        };
        Self::s3(&S3Settings {
            bucket: bucket.clone(),
            prefix: config.backup_s3_prefix.clone(),
            region: config.backup_s3_region.clone(),
            endpoint: config.backup_s3_endpoint.clone(),
            access_key_id: config.backup_s3_access_key_id.clone(),
            secret_access_key: config
                .backup_s3_secret_access_key
                .as_ref()
                .map(|s| s.expose_secret().to_owned()),
            allow_http: config.backup_s3_allow_http,
        })
        .map(Some)
    }

    /// A bucket; settings not given come from the usual `AWS_*` environment variables.
    pub fn s3(settings: &S3Settings) -> anyhow::Result<Self> {
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(&settings.bucket)
            .with_allow_http(settings.allow_http);
        if let Some(region) = &settings.region {
            builder = builder.with_region(region);
        } else if std::env::var_os("AWS_REGION").is_none() && std::env::var_os("AWS_DEFAULT_REGION").is_none() {
            builder = builder.with_region("us-east-1");
        }
        if let Some(endpoint) = &settings.endpoint {
            // S3-compatible services are mostly reached by path, not by virtual host.
            builder = builder.with_endpoint(endpoint).with_virtual_hosted_style_request(false);
        }
        if let Some(key) = &settings.access_key_id {
            builder = builder.with_access_key_id(key);
        }
        if let Some(secret) = &settings.secret_access_key {
            builder = builder.with_secret_access_key(secret);
        }
        let store = builder.build().context("invalid S3 backup settings")?;
        let prefix = settings.prefix.trim_matches('/').to_owned();
        let label = if prefix.is_empty() {
            format!("s3://{}", settings.bucket)
        } else {
            format!("s3://{}/{prefix}", settings.bucket)
        };
        Ok(Self::S3 {
            store: Arc::new(store),
            prefix,
            label,
        })
    }

    fn object(prefix: &str, name: &str) -> ObjectPath {
        if prefix.is_empty() {
            ObjectPath::from(name)
        } else {
            ObjectPath::from(format!("{prefix}/{name}"))
        }
    }

    /// Stores the file at `from` as `name` (readable by its owner only, when local).
    pub async fn upload(&self, from: &Path, name: &str) -> anyhow::Result<()> {
        match self {
            Self::Local(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .with_context(|| format!("cannot create {}", dir.display()))?;
                through_partial(dir, name, |partial| async move {
                    tokio::fs::copy(from, &partial).await.map(drop)
                })
                .await
            }
            Self::S3 { store, prefix, label } => {
                let mut file = tokio::fs::File::open(from).await?;
                let mut writer = BufWriter::new(Arc::clone(store), Self::object(prefix, name));
                let copied = tokio::io::copy(&mut file, &mut writer).await;
                match copied {
                    Ok(_) => writer
                        .shutdown()
                        .await
                        .with_context(|| format!("cannot upload {name} to {label}")),
                    Err(err) => {
                        let _ = writer.abort().await;
                        Err(err).with_context(|| format!("cannot upload {name} to {label}"))
                    }
                }
            }
        }
    }

    /// Fetches `name` into the file `to`.
    pub async fn download(&self, name: &str, to: &Path) -> anyhow::Result<()> {
        match self {
            Self::Local(dir) => {
                tokio::fs::copy(dir.join(name), to)
                    .await
                    .with_context(|| format!("cannot read {}", dir.join(name).display()))?;
                Ok(())
            }
            Self::S3 { store, prefix, label } => {
                let mut stream = store
                    .get(&Self::object(prefix, name))
                    .await
                    .with_context(|| format!("cannot fetch {name} from {label}"))?
                    .into_stream();
                let mut file = tokio::fs::File::create(to).await?;
                while let Some(chunk) = stream.next().await {
                    file.write_all(&chunk.with_context(|| format!("cannot fetch {name} from {label}"))?)
                        .await?;
                }
                file.flush().await?;
                Ok(())
            }
        }
    }

    /// Writes a small object (a manifest).
    pub async fn write(&self, name: &str, bytes: Vec<u8>) -> anyhow::Result<()> {
        match self {
            Self::Local(dir) => {
                tokio::fs::create_dir_all(dir).await?;
                through_partial(
                    dir,
                    name,
                    |partial| async move { tokio::fs::write(&partial, bytes).await },
                )
                .await
            }
            Self::S3 { store, prefix, label } => {
                store
                    .put(&Self::object(prefix, name), PutPayload::from(bytes))
                    .await
                    .with_context(|| format!("cannot upload {name} to {label}"))?;
                Ok(())
            }
        }
    }

    /// Reads a small object (a manifest).
    pub async fn read(&self, name: &str) -> anyhow::Result<Vec<u8>> {
        match self {
            Self::Local(dir) => tokio::fs::read(dir.join(name))
                .await
                .with_context(|| format!("cannot read {}", dir.join(name).display())),
            Self::S3 { store, prefix, label } => Ok(store
                .get(&Self::object(prefix, name))
                .await
                .with_context(|| format!("cannot fetch {name} from {label}"))?
                .bytes()
                .await?
                .to_vec()),
        }
    }

    /// The names of the objects directly in the destination.
    pub async fn names(&self) -> anyhow::Result<Vec<String>> {
        match self {
            Self::Local(dir) => {
                let mut names = Vec::new();
                let mut entries = match tokio::fs::read_dir(dir).await {
                    Ok(entries) => entries,
                    Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(names),
                    Err(err) => return Err(err).with_context(|| format!("cannot list {}", dir.display())),
                };
                while let Some(entry) = entries.next_entry().await? {
                    if let Some(name) = entry.file_name().to_str() {
                        names.push(name.to_owned());
                    }
                }
                Ok(names)
            }
            Self::S3 { store, prefix, label } => {
                let listing = store
                    .list_with_delimiter((!prefix.is_empty()).then(|| ObjectPath::from(prefix.as_str())).as_ref())
                    .await
                    .with_context(|| format!("cannot list {label}"))?;
                Ok(listing
                    .objects
                    .into_iter()
                    .filter_map(|o| o.location.filename().map(str::to_owned))
                    .collect())
            }
        }
    }

    /// Deletes `name`; a missing object is not an error.
    pub async fn delete(&self, name: &str) -> anyhow::Result<()> {
        match self {
            Self::Local(dir) => match tokio::fs::remove_file(dir.join(name)).await {
                Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                    Err(err).with_context(|| format!("cannot delete {}", dir.join(name).display()))
                }
                _ => Ok(()),
            },
            Self::S3 { store, prefix, label } => match store.delete(&Self::object(prefix, name)).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(err) => Err(err).with_context(|| format!("cannot delete {name} from {label}")),
            },
        }
    }
}

/// The temporary name `name` is written under in a local directory.
#[must_use]
pub fn partial_file(name: &str) -> String {
    format!(".{name}.partial")
}

/// The object a temporary name stands for (`.x.partial` → `x`).
#[must_use]
pub fn of_partial(file: &str) -> Option<&str> {
    file.strip_prefix('.')?.strip_suffix(".partial")
}

/// Stores `name` in `dir` under its temporary name first (`fill` writes it there), then makes
/// it owner-only, syncs it and renames it: a crash leaves no half file, and a failure (a full
/// disk) removes the temporary file it left.
async fn through_partial<F, Fut>(dir: &Path, name: &str, fill: F) -> anyhow::Result<()>
where
    F: FnOnce(std::path::PathBuf) -> Fut,
    Fut: Future<Output = std::io::Result<()>>,
{
    let partial = dir.join(partial_file(name));
    let stored = async {
        fill(partial.clone())
            .await
            .with_context(|| format!("cannot write {}", partial.display()))?;
        owner_only(&partial).await?;
        tokio::fs::File::open(&partial).await?.sync_all().await?;
        tokio::fs::rename(&partial, dir.join(name)).await?;
        anyhow::Ok(())
    }
    .await;
    if stored.is_err() {
        let _ = tokio::fs::remove_file(&partial).await;
    }
    stored
}

/// Backups hold every booking and e-mail address: readable by the owner only (0600).
async fn owner_only(path: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    tokio::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .await
        .with_context(|| format!("cannot restrict {}", path.display()))
}

impl std::fmt::Display for Destination {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Local(dir) => write!(f, "{}", dir.display()),
            Self::S3 { label, .. } => f.write_str(label),
        }
    }
}
