//! A tiny, fast pseudo-random generator (SplitMix64) for the virtual users' choices: which
//! event type, which day, which slot, how long to think. Not for secrets; it exists so that the
//! generator needs no extra dependency and no lock or allocation per draw.

use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator with a fixed seed (reproducible sequences, for tests).
    #[must_use]
    pub fn seeded(seed: u64) -> Self {
        Self(seed)
    }

    /// A generator seeded from the clock and a caller-chosen stream number, so that users
    /// started in the same instant still draw different sequences.
    #[must_use]
    pub fn from_clock(stream: u64) -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let mut rng = Self(nanos ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        // Multiply-shift: unbiased enough for load generation, and division-free.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A uniform float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// True with probability `p` (clamped to `[0, 1]`).
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// `base` scaled by a uniform factor in `[1 - jitter, 1 + jitter]`.
    pub fn jitter(&mut self, base: std::time::Duration, jitter: f64) -> std::time::Duration {
        let factor = 1.0 + jitter * (2.0 * self.unit() - 1.0);
        base.mul_f64(factor.max(0.0))
    }

    /// A lower-case hex string of `len` characters.
    pub fn hex(&mut self, len: usize) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        (0..len).map(|_| char::from(DIGITS[self.below(16)])).collect()
    }
}
