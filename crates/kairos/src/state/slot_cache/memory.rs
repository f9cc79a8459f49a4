//! The instance's own copy of the slot lists it served lately, in front of Redis. An entry here
//! is checked exactly as one from Redis (the current versions, and the time it stays right),
//! so it is never staler; it only saves the call to Redis on a hit. Each is kept for the cache's
//! time to live from when this instance got it, and the whole is bounded by the bytes of its
//! bodies (`KAIROS_SLOT_CACHE_MEMORY_MB`), the least useful evicted first.

use std::sync::Arc;
use std::time::{Duration, Instant};

use quick_cache::Weighter;
use quick_cache::sync::Cache;

use super::Entry;

/// Bytes an entry is counted for beyond its body: its key, versions and bookkeeping.
const OVERHEAD: u64 = 256;
/// A typical entry's weight, to size the table up front.
const TYPICAL_BYTES: u64 = 4 * 1024;

#[derive(Clone)]
struct ByBytes;

impl Weighter<String, Kept> for ByBytes {
    fn weight(&self, key: &String, kept: &Kept) -> u64 {
        OVERHEAD + (key.len() + kept.entry.versions.len() + kept.entry.body.len()) as u64
    }
}

#[derive(Clone)]
struct Kept {
    entry: Arc<Entry>,
    until: Instant,
}

/// Recent slot lists of this instance, by cache key; off when sized 0.
#[derive(Clone)]
pub struct Memory(Option<Arc<Cache<String, Kept, ByBytes>>>);

impl std::fmt::Debug for Memory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Memory")
    }
}

impl Memory {
    /// Holds at most `bytes` of entries.
    #[must_use]
    pub fn new(bytes: u64) -> Self {
        if bytes == 0 {
            return Self(None);
        }
        let items = usize::try_from(bytes / TYPICAL_BYTES).unwrap_or(usize::MAX).max(16);
        Self(Some(Arc::new(Cache::with_weighter(items, bytes, ByBytes))))
    }

    /// The entry last kept under `key` if its time to live has not run out, whatever its
    /// versions.
    pub fn get(&self, key: &str) -> Option<Arc<Entry>> {
        let kept = self.0.as_ref()?.get(key)?;
        (Instant::now() < kept.until).then_some(kept.entry)
    }

    /// Keeps `entry` under `key` for `lives`.
    pub fn keep(&self, key: &str, entry: Arc<Entry>, lives: Duration) {
        if let Some(cache) = &self.0 {
            let until = Instant::now() + lives;
            cache.insert(key.to_owned(), Kept { entry, until });
        }
    }
}
