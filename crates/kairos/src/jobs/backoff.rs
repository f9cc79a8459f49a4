//! When a failed job runs again: exponential backoff with jitter, so a receiver that is down
//! is not hammered and jobs that failed together do not retry in lockstep.

use std::time::Duration;

/// Exponential backoff: `base × 2^(attempt-1)`, at most `cap`, then a random point in the
/// upper half of that ("equal jitter": never sooner than half the nominal delay).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(10),
            cap: Duration::from_secs(3600),
        }
    }
}

impl Backoff {
    /// The nominal (un-jittered) delay after failed attempt number `attempt` (from 1).
    #[must_use]
    pub fn nominal(&self, attempt: i32) -> Duration {
        let doublings = u32::try_from(attempt.saturating_sub(1)).unwrap_or(0).min(30);
        self.base.saturating_mul(1 << doublings).min(self.cap)
    }

    /// The delay to wait, with `unit` a random number in [0, 1) choosing the point in the upper
    /// half of the nominal delay.
    #[must_use]
    pub fn delay(&self, attempt: i32, unit: f64) -> Duration {
        let nominal = self.nominal(attempt);
        nominal.div_f64(2.0) + nominal.div_f64(2.0).mul_f64(unit.clamp(0.0, 1.0))
    }

    /// [`Self::delay`] with a fresh random number.
    #[must_use]
    pub fn jittered(&self, attempt: i32) -> Duration {
        let unit = getrandom::u64().map_or(0.5, |n| (n >> 11) as f64 / (1u64 << 53) as f64);
        self.delay(attempt, unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_up_to_the_cap_and_jitters_within_the_upper_half() {
        let backoff = Backoff {
            base: Duration::from_secs(10),
            cap: Duration::from_secs(300),
        };
        assert_eq!(backoff.nominal(1), Duration::from_secs(10));
        assert_eq!(backoff.nominal(2), Duration::from_secs(20));
        assert_eq!(backoff.nominal(5), Duration::from_secs(160));
        assert_eq!(backoff.nominal(6), Duration::from_secs(300));
        assert_eq!(backoff.nominal(60), Duration::from_secs(300), "no overflow");
        assert_eq!(backoff.delay(3, 0.0), Duration::from_secs(20));
        assert_eq!(backoff.delay(3, 1.0), Duration::from_secs(40));
        for attempt in 1..12 {
            let delay = backoff.jittered(attempt);
            let nominal = backoff.nominal(attempt);
            assert!(delay >= nominal / 2 && delay <= nominal, "{delay:?} vs {nominal:?}");
        }
    }
}
