//! Secrets at rest: what Kairos must keep but never show (a calendar feed's secret address, a
//! CalDAV password) is sealed with XChaCha20-Poly1305 under a key from the configuration
//! before it reaches the database, bound to the row it belongs to, and opened only where it is
//! used. A keyring holds the current key, which seals, and earlier ones, which still open, so
//! the key can be rotated without downtime.

use std::fmt;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

/// The first byte of a sealed value: the layout below.
const FORMAT: u8 = 1;
const FINGERPRINT_LEN: usize = 8;
const NONCE_LEN: usize = 24;
const HEADER_LEN: usize = 1 + FINGERPRINT_LEN + NONCE_LEN;

/// A 256-bit key with the fingerprint that names it in sealed values (never the key itself).
#[derive(Clone)]
pub struct Key {
    cipher: XChaCha20Poly1305,
    fingerprint: [u8; FINGERPRINT_LEN],
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({})", self.fingerprint())
    }
}

impl Key {
    pub fn from_bytes(bytes: &[u8; 32]) -> Self {
        let digest = Sha256::digest([b"kairos sealing key\n".as_slice(), bytes].concat());
        let mut fingerprint = [0; FINGERPRINT_LEN];
        fingerprint.copy_from_slice(&digest[..FINGERPRINT_LEN]);
        Self {
            cipher: XChaCha20Poly1305::new(bytes.into()),
            fingerprint,
        }
    }

    /// A key written as base64 (32 bytes once decoded, e.g. from `openssl rand -base64 32`).
    pub fn from_base64(text: &str) -> Result<Self, String> {
        let bytes = STANDARD.decode(text.trim()).map_err(|_| "is not base64".to_owned())?;
        let bytes: [u8; 32] = bytes
            .try_into()
            .map_err(|b: Vec<u8>| format!("is {} bytes once decoded; a key is 32", b.len()))?;
        Ok(Self::from_bytes(&bytes))
    }

    /// Sixteen hex digits naming the key, safe to log and to compare between instances.
    pub fn fingerprint(&self) -> String {
        self.fingerprint.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Why a sealed value could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("the sealed value is damaged or of an unknown format")]
    Malformed,
    #[error(
        "the value is sealed with key {0}, which this instance does not hold (set the same KAIROS_SECRETS_KEY, or keep the old key in KAIROS_SECRETS_OLD_KEYS, on every instance)"
    )]
    UnknownKey(String),
    #[error("the sealed value does not belong here or was altered")]
    Forged,
}

/// The keys this instance holds: `current` seals, every key opens.
#[derive(Debug, Clone)]
pub struct Keyring {
    current: Key,
    older: Vec<Key>,
}

impl Keyring {
    pub fn new(current: Key, older: Vec<Key>) -> Self {
        Self { current, older }
    }

    pub fn current(&self) -> &Key {
        &self.current
    }

    /// Seals `secret` for the place `context` names (a table, column and row id), so the
    /// sealed value opens only there.
    pub fn seal(&self, secret: &str, context: &str) -> Vec<u8> {
        let mut nonce = [0; NONCE_LEN];
        getrandom::fill(&mut nonce).expect("the operating system's random source");
        let sealed = self
            .current
            .cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: secret.as_bytes(),
                    aad: context.as_bytes(),
                },
            )
            .expect("XChaCha20-Poly1305 seals any message this size");
        let mut out = Vec::with_capacity(HEADER_LEN + sealed.len());
        out.push(FORMAT);
        out.extend_from_slice(&self.current.fingerprint);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// Opens what [`Keyring::seal`] sealed for `context`.
    pub fn open(&self, sealed: &[u8], context: &str) -> Result<String, OpenError> {
        if sealed.len() < HEADER_LEN || sealed[0] != FORMAT {
            return Err(OpenError::Malformed);
        }
        let fingerprint = &sealed[1..=FINGERPRINT_LEN];
        let key = std::iter::once(&self.current)
            .chain(&self.older)
            .find(|k| k.fingerprint == fingerprint)
            .ok_or_else(|| OpenError::UnknownKey(fingerprint.iter().map(|b| format!("{b:02x}")).collect()))?;
        let mut nonce = [0; NONCE_LEN];
        nonce.copy_from_slice(&sealed[1 + FINGERPRINT_LEN..HEADER_LEN]);
        let plain = key
            .cipher
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: &sealed[HEADER_LEN..],
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| OpenError::Forged)?;
        String::from_utf8(plain).map_err(|_| OpenError::Malformed)
    }

    /// Whether `sealed` is under the current key (else it should be sealed again).
    pub fn is_current(&self, sealed: &[u8]) -> bool {
        sealed.len() >= HEADER_LEN && sealed[1..=FINGERPRINT_LEN] == self.current.fingerprint
    }
}

/// The key kept in `path`, made (random, readable by its owner only) when there is none: the
/// default for a single instance that was given no key. The file appears whole or not at all,
/// so processes starting together agree on one key.
pub fn key_file(path: &Path) -> anyhow::Result<Key> {
    use anyhow::Context as _;
    if !path.exists() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        let draft = path.with_extension(format!(
            "new-{}-{:016x}",
            std::process::id(),
            getrandom::u64().unwrap_or(0)
        ));
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let written = options.open(&draft).and_then(|mut file| {
            use std::io::Write as _;
            file.write_all(STANDARD.encode(bytes).as_bytes())?;
            file.sync_all()
        });
        // A hard link never replaces a file: whoever links first wins, the others read theirs.
        let linked = written.and_then(|()| std::fs::hard_link(&draft, path));
        let _ = std::fs::remove_file(&draft);
        match linked {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(err) => return Err(err).with_context(|| format!("creating {}", path.display())),
        }
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Key::from_base64(&text).map_err(|why| anyhow::anyhow!("the key in {} {why}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(seed: u8) -> Keyring {
        Keyring::new(Key::from_bytes(&[seed; 32]), Vec::new())
    }

    #[test]
    fn a_sealed_secret_opens_in_its_place_only() {
        let keys = ring(1);
        let sealed = keys.seal(
            "https://calendar.example/private-abc/basic.ics",
            "calendar_sources.url:1",
        );
        assert!(!String::from_utf8_lossy(&sealed).contains("private-abc"));
        assert_eq!(
            keys.open(&sealed, "calendar_sources.url:1").as_deref(),
            Ok("https://calendar.example/private-abc/basic.ics")
        );
        assert_eq!(keys.open(&sealed, "calendar_sources.url:2"), Err(OpenError::Forged));
        let mut altered = sealed.clone();
        *altered.last_mut().expect("bytes") ^= 1;
        assert_eq!(keys.open(&altered, "calendar_sources.url:1"), Err(OpenError::Forged));
        assert_eq!(
            keys.open(&sealed[..10], "calendar_sources.url:1"),
            Err(OpenError::Malformed)
        );
        // Two seals of one secret differ (a fresh nonce each time).
        assert_ne!(
            sealed,
            keys.seal(
                "https://calendar.example/private-abc/basic.ics",
                "calendar_sources.url:1"
            )
        );
    }

    #[test]
    fn rotation_opens_old_values_and_seals_new_ones_with_the_new_key() {
        let old = ring(1);
        let sealed = old.seal("secret", "here");
        let rotated = Keyring::new(Key::from_bytes(&[2; 32]), vec![Key::from_bytes(&[1; 32])]);
        assert_eq!(rotated.open(&sealed, "here").as_deref(), Ok("secret"));
        assert!(!rotated.is_current(&sealed));
        let resealed = rotated.seal("secret", "here");
        assert!(rotated.is_current(&resealed));
        let without_old = ring(2);
        assert!(
            matches!(without_old.open(&sealed, "here"), Err(OpenError::UnknownKey(f)) if f == old.current().fingerprint())
        );
    }

    #[test]
    fn keys_from_base64_must_be_32_bytes() {
        assert!(Key::from_base64(&STANDARD.encode([7u8; 32])).is_ok());
        assert!(
            Key::from_base64(&STANDARD.encode([7u8; 16]))
                .expect_err("too short")
                .contains("16 bytes")
        );
        assert!(Key::from_base64("not base64!").is_err());
    }

    #[test]
    fn the_key_file_is_made_once_and_kept_private() {
        let dir = std::env::temp_dir().join(format!("kairos-sealing-{}", std::process::id()));
        let path = dir.join("keys").join("secrets.key");
        let first = key_file(&path).expect("made");
        let again = key_file(&path).expect("read");
        assert_eq!(first.fingerprint(), again.fingerprint());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&path).expect("there").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_dir_all(&dir).expect("cleaned up");
    }
}
