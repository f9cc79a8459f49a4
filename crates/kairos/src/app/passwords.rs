//! Argon2id hashing and checking of passwords with one reusable block of memory per password
//! thread: a check then costs no allocation, so the process's memory for passwords is the
//! thread count times Argon2's 19 MiB, allocated once, however many log-ins arrive.

use std::cell::RefCell;

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};

/// The most memory a stored hash may ask for (in 1 KiB blocks): four times today's default,
/// room for stronger settings later; a hash asking for more is refused, not computed.
const MAX_BLOCKS: usize = 4 * Params::DEFAULT_M_COST as usize;

thread_local! {
    /// This thread's Argon2 memory, grown to the largest hash it has computed.
    static MEMORY: RefCell<Vec<Block>> = const { RefCell::new(Vec::new()) };
}

/// Runs `work` over `blocks` of this thread's memory, or `None` past [`MAX_BLOCKS`].
fn with_memory<T>(blocks: usize, work: impl FnOnce(&mut [Block]) -> T) -> Option<T> {
    if blocks > MAX_BLOCKS {
        return None;
    }
    MEMORY.with(|memory| {
        let mut memory = memory.try_borrow_mut().ok()?;
        if memory.len() < blocks {
            memory.resize(blocks, Block::default());
        }
        Some(work(&mut memory[..blocks]))
    })
}

/// Hashes `password` with a fresh random salt into a PHC string (`$argon2id$v=19$m=19456,…`),
/// with the `argon2` crate's default parameters.
pub fn hash(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let encoded = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let params = Params::default();
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    with_memory(params.block_count(), |memory| {
        argon2.hash_password_into_with_memory(password.as_bytes(), &salt, &mut out, memory)
    })
    .ok_or_else(|| anyhow::anyhow!("no memory for hashing a password"))?
    .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))?;
    let hashed = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| anyhow::anyhow!("parameters: {e}"))?,
        salt: Some(encoded.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("output: {e}"))?),
    };
    Ok(hashed.to_string())
}

/// Whether `password` matches `stored` (a PHC string written by [`hash`] or by the `argon2`
/// crate), compared in constant time. An unreadable stored hash matches nothing.
#[must_use]
pub fn verify(password: &str, stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let argon2 = Argon2::new(algorithm, version, params.clone());
    let mut out = vec![0u8; expected.len()];
    let computed = with_memory(params.block_count(), |memory| {
        argon2.hash_password_into_with_memory(password.as_bytes(), salt_bytes, &mut out, memory)
    });
    matches!(computed, Some(Ok(()))) && Output::new(&out).is_ok_and(|out| out == expected)
}

#[cfg(test)]
mod tests {
    use argon2::PasswordVerifier;

    use super::*;

    #[test]
    fn a_hash_checks_its_password_only_and_reads_as_the_crates_own() {
        let stored = hash("correct horse 1").expect("hash");
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
        assert!(verify("correct horse 1", &stored));
        assert!(!verify("correct horse 2", &stored));
        assert!(!verify("", &stored));
        // The argon2 crate's own checker agrees, so hashes stay portable both ways.
        let parsed = PasswordHash::new(&stored).expect("a PHC string");
        assert!(Argon2::default().verify_password(b"correct horse 1", &parsed).is_ok());
        assert!(Argon2::default().verify_password(b"correct horse 2", &parsed).is_err());
    }

    #[test]
    fn hashes_written_by_the_crate_check_here() {
        use argon2::PasswordHasher;
        let salt = SaltString::encode_b64(b"0123456789abcdef").expect("salt");
        let stored = Argon2::default()
            .hash_password(b"an older password", &salt)
            .expect("hash")
            .to_string();
        assert!(verify("an older password", &stored));
        assert!(!verify("an older passwore", &stored));
        // Weaker parameters (say, from before a change of defaults) still check.
        let weak = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(1024, 1, 1, None).expect("params"),
        )
        .hash_password(b"weak", &salt)
        .expect("hash")
        .to_string();
        assert!(verify("weak", &weak));
    }

    #[test]
    fn unreadable_or_oversized_hashes_match_nothing() {
        for stored in [
            "",
            "plain text",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ",
            "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$ZkY0H6mH4dHTtb6wlXsKpD33O1Dr3Pq5r1rBlWnFyX8",
            "$scrypt$ln=16,r=8,p=1$c29tZXNhbHQ$ZkY0H6mH4dHTtb6wlXsKpD33O1Dr3Pq5r1rBlWnFyX8",
        ] {
            assert!(!verify("anything", stored), "{stored}");
        }
    }
}
