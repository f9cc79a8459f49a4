//! The virtual users' choices (which event type, which day, which slot, how long to think),
//! drawn from rand's small, fast generator: one per user, so no lock or allocation per draw.
//! Not for secrets.

use rand::rngs::SmallRng;
use rand::{Rng as _, SeedableRng};

#[derive(Debug, Clone)]
pub struct Rng(SmallRng);

impl Rng {
    /// A generator with a fixed seed (reproducible sequences, for tests).
    #[must_use]
    pub fn seeded(seed: u64) -> Self {
        Self(SmallRng::seed_from_u64(seed))
    }

    /// A generator seeded from the operating system's entropy (through rand's thread-local
    /// generator), so that users started in the same instant draw different sequences.
    #[must_use]
    pub fn from_entropy() -> Self {
        Self(SmallRng::from_rng(&mut rand::rng()))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0.random()
    }

    /// A uniform integer in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { self.0.random_range(0..n) }
    }

    /// A uniform float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        self.0.random()
    }

    /// True with probability `p` (clamped to `[0, 1]`).
    pub fn chance(&mut self, p: f64) -> bool {
        self.0.random_bool(p.clamp(0.0, 1.0))
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

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn seeded_generators_repeat_and_draws_stay_in_range() {
        let (mut a, mut b) = (Rng::seeded(7), Rng::seeded(7));
        let first: Vec<u64> = (0..8).map(|_| a.next_u64()).collect();
        assert_eq!(first, (0..8).map(|_| b.next_u64()).collect::<Vec<_>>());
        let mut rng = Rng::from_entropy();
        assert!((0..1000).all(|_| rng.below(5) < 5));
        assert_eq!(rng.below(0), 0);
        assert!(!rng.chance(0.0) && rng.chance(1.0));
        let hex = rng.hex(12);
        assert!(hex.len() == 12 && hex.bytes().all(|b| b.is_ascii_hexdigit()));
    }
}
