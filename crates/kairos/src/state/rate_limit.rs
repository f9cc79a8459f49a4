//! Limits on anonymous work — public bookings, an invitee's reschedules and cancellations,
//! log-in attempts, fetches of a host's feed — so that no one client, address, account,
//! booking or feed can fill calendars, send mail to strangers, guess passwords or make Kairos
//! render calendars at machine speed. Counted in fixed windows in
//! Redis when the instance has a link to it, so every instance enforces one limit, and in
//! this process's memory otherwise or while Redis is down. Past a limit the answer is 429
//! with `Retry-After` (the end of the window).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

use super::client::ClientAddress;
use super::redis_link::RedisLink;
use crate::app::{self, keys};
use crate::ids::HostId;

/// One limit: at most `limit` requests per `window_secs`-second window for one key.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Part of the counter's key; stable.
    pub name: &'static str,
    /// What was counted, for the 429's detail ("too many {what}").
    pub what: &'static str,
    pub limit: u32,
    pub window_secs: i64,
}

/// Public booking attempts from one client address: enough for an office behind one NAT.
pub const BOOKINGS_PER_ADDRESS: Rule = Rule {
    name: "bookings-address",
    what: "bookings from this address",
    limit: 20,
    window_secs: 3_600,
};
/// Public bookings for one invitee e-mail address, from anywhere.
pub const BOOKINGS_PER_EMAIL: Rule = Rule {
    name: "bookings-email",
    what: "bookings for this e-mail address",
    limit: 10,
    window_secs: 3_600,
};
/// An invitee's reschedules and cancellations from one client address.
pub const CHANGES_PER_ADDRESS: Rule = Rule {
    name: "changes-address",
    what: "reschedules and cancellations from this address",
    limit: 20,
    window_secs: 3_600,
};
/// Reschedules and cancellations of one booking through its invitee link: each sends mail.
pub const CHANGES_PER_BOOKING: Rule = Rule {
    name: "changes-booking",
    what: "changes to this booking",
    limit: 5,
    window_secs: 86_400,
};
/// Log-in attempts from one client address, whatever the account.
pub const LOG_INS_PER_ADDRESS: Rule = Rule {
    name: "log-ins-address",
    what: "log-in attempts from this address",
    limit: 30,
    window_secs: 900,
};
/// Log-in attempts for one account, from anywhere (the per-address lockout of an account is
/// in `app::accounts`).
pub const LOG_INS_PER_ACCOUNT: Rule = Rule {
    name: "log-ins-account",
    what: "log-in attempts for this account",
    limit: 50,
    window_secs: 900,
};

/// New anonymous web sessions (the CSRF token of a form) from one client address: a visitor
/// keeps theirs in a cookie, so only a client that drops its cookies needs more.
pub const ANONYMOUS_SESSIONS_PER_ADDRESS: Rule = Rule {
    name: "sessions-address",
    what: "new sessions from this address",
    limit: 120,
    window_secs: 3_600,
};

/// Fetches of one host's feed, from anywhere: counted per feed, not per address, because the
/// calendar services that poll feeds (Google's, Microsoft's) fetch many users' feeds from a few
/// shared addresses. Clients refresh every 15 minutes at most, so this leaves room for many
/// subscribers of one feed while a leaked address cannot make Kairos render it at machine speed.
pub const FEED_READS_PER_FEED: Rule = Rule {
    name: "feed-reads",
    what: "reads of this feed",
    limit: 120,
    window_secs: 3_600,
};

/// The in-memory counters: key → (end of its window, count), and the earliest second at
/// which a full table is worth scanning for ended windows again.
#[derive(Debug, Default)]
struct Memory {
    counts: HashMap<String, (i64, u32)>,
    next_sweep: i64,
}

/// Counters kept in memory at most. A full table first forgets the counters whose window has
/// ended, then those counted only once (a one-off invitee or address: forgetting it gives it at
/// most one more attempt, and only while the table is flooded); only a table full of keys
/// counted again and again refuses new keys until windows end. So a flood of fresh addresses
/// costs bounded memory, a busy hour of real invitees does not lock newcomers out, and the
/// clients that repeat — the ones a limit is for — keep their counts.
const MEMORY_KEYS: usize = 100_000;

#[derive(Debug, Clone, Default)]
pub struct RateLimiter {
    redis: Option<RedisLink>,
    /// Counter key → (end of its window, count).
    memory: Arc<Mutex<Memory>>,
}

impl RateLimiter {
    #[must_use]
    pub fn new(redis: Option<RedisLink>) -> Self {
        Self {
            redis,
            memory: Arc::default(),
        }
    }

    /// Counts a public booking by `client` for `email`.
    pub async fn booking(&self, client: &ClientAddress, email: &str, now: DateTime<Utc>) -> app::Result<()> {
        self.hit(
            &[
                (&BOOKINGS_PER_ADDRESS, &client.key()),
                (&BOOKINGS_PER_EMAIL, &email.trim().to_lowercase()),
            ],
            now,
        )
        .await
    }

    /// Counts a reschedule or cancellation by `client` of the booking behind `uid`.
    pub async fn change(&self, client: &ClientAddress, uid: &str, now: DateTime<Utc>) -> app::Result<()> {
        self.hit(
            &[(&CHANGES_PER_ADDRESS, &client.key()), (&CHANGES_PER_BOOKING, uid)],
            now,
        )
        .await
    }

    /// Counts a log-in attempt by `client` for the account `email`.
    pub async fn log_in(&self, client: &ClientAddress, email: &str, now: DateTime<Utc>) -> app::Result<()> {
        self.hit(
            &[
                (&LOG_INS_PER_ADDRESS, &client.key()),
                (&LOG_INS_PER_ACCOUNT, &email.trim().to_lowercase()),
            ],
            now,
        )
        .await
    }

    /// Counts a fetch of the feed of `host` (only feeds that exist are counted, so made-up
    /// addresses cannot fill the counters).
    pub async fn feed_read(&self, host: HostId, now: DateTime<Utc>) -> app::Result<()> {
        self.hit(&[(&FEED_READS_PER_FEED, &host.to_string())], now).await
    }

    /// Counts a new anonymous session for `client`.
    pub async fn anonymous_session(&self, client: &ClientAddress, now: DateTime<Utc>) -> app::Result<()> {
        self.hit(&[(&ANONYMOUS_SESSIONS_PER_ADDRESS, &client.key())], now).await
    }

    /// Counts one request against each `(rule, key)`; the first limit exceeded is the answer.
    pub async fn hit(&self, checks: &[(&Rule, &str)], now: DateTime<Utc>) -> app::Result<()> {
        for (rule, key) in checks {
            let window = now.timestamp().div_euclid(rule.window_secs);
            let ends = (window + 1) * rule.window_secs;
            // Keys are hashed: no e-mail address or booking link is written to Redis.
            let digest = super::hex(&keys::hash(key)[..16]);
            let counter = format!("kairos:limit:{}:{digest}:{window}", rule.name);
            let count = self.count(&counter, ends, rule.window_secs, now.timestamp()).await;
            if count > rule.limit {
                metrics::counter!("kairos_rate_limited_total", "rule" => rule.name).increment(1);
                return Err(app::Error::RateLimited {
                    what: rule.what,
                    retry_after_secs: u64::try_from(ends - now.timestamp()).unwrap_or(1).max(1),
                });
            }
        }
        Ok(())
    }

    async fn count(&self, counter: &str, ends: i64, window_secs: i64, now: i64) -> u32 {
        if let Some(redis) = &self.redis {
            let mut pipe = redis::pipe();
            pipe.atomic().incr(counter, 1).expire(counter, window_secs + 1).ignore();
            match redis.pipe::<(u32,)>(&pipe).await {
                Ok((count,)) => return count,
                Err(_) => metrics::counter!("kairos_rate_limit_fallbacks_total").increment(1),
            }
        }
        self.count_in_memory(counter, ends, now)
    }

    /// Counts in memory; `ends` is the end of the counter's window, `now` the current second.
    fn count_in_memory(&self, counter: &str, ends: i64, now: i64) -> u32 {
        let mut memory = self.memory.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !memory.counts.contains_key(counter) && memory.counts.len() >= MEMORY_KEYS {
            // Scanning a full table costs a pass over it: at most once a second.
            if now >= memory.next_sweep {
                memory.counts.retain(|_, (window_end, _)| *window_end > now);
                if memory.counts.len() >= MEMORY_KEYS {
                    memory.counts.retain(|_, (_, count)| *count > 1);
                }
                memory.next_sweep = now + 1;
            }
            if memory.counts.len() >= MEMORY_KEYS {
                return u32::MAX;
            }
        }
        let entry = memory.counts.entry(counter.to_owned()).or_insert((ends, 0));
        entry.1 = entry.1.saturating_add(1);
        entry.1
    }
}

#[cfg(test)]
mod tests {
    use std::net::IpAddr;

    use chrono::TimeZone as _;

    use super::*;

    fn client(text: &str) -> ClientAddress {
        ClientAddress(text.parse::<IpAddr>().ok())
    }

    #[tokio::test]
    async fn the_limit_holds_per_key_and_resets_with_the_window() {
        let limiter = RateLimiter::new(None);
        let at = Utc
            .with_ymd_and_hms(2030, 3, 31, 0, 30, 0)
            .single()
            .expect("a valid instant");
        for _ in 0..BOOKINGS_PER_ADDRESS.limit {
            limiter
                .booking(&client("203.0.113.7"), &format!("{}@example.com", rand_tag()), at)
                .await
                .expect("allowed");
        }
        let refused = limiter.booking(&client("203.0.113.7"), "x@example.com", at).await;
        assert!(
            matches!(
                refused,
                Err(app::Error::RateLimited {
                    retry_after_secs: 1_800,
                    ..
                })
            ),
            "{refused:?}"
        );
        // Another address is counted apart; the same one is free again in the next window.
        limiter
            .booking(&client("203.0.113.8"), "y@example.com", at)
            .await
            .expect("allowed");
        let next_hour = at + chrono::Duration::hours(1);
        limiter
            .booking(&client("203.0.113.7"), "z@example.com", next_hour)
            .await
            .expect("allowed");
    }

    #[tokio::test]
    async fn an_ipv6_client_is_counted_by_its_64_prefix() {
        let limiter = RateLimiter::new(None);
        let at = Utc
            .with_ymd_and_hms(2030, 10, 27, 1, 0, 0)
            .single()
            .expect("a valid instant");
        for i in 0..LOG_INS_PER_ADDRESS.limit {
            let address = format!("2001:db8:1:2::{i:x}");
            limiter
                .log_in(&client(&address), &format!("u{i}@example.com"), at)
                .await
                .expect("allowed");
        }
        let refused = limiter
            .log_in(&client("2001:db8:1:2:ffff::1"), "other@example.com", at)
            .await;
        assert!(matches!(refused, Err(app::Error::RateLimited { .. })), "{refused:?}");
    }

    const RULE: Rule = Rule {
        name: "test",
        what: "tests",
        limit: 5,
        window_secs: 60,
    };

    fn new_year() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2030, 12, 31, 23, 59, 0)
            .single()
            .expect("a valid instant")
    }

    #[tokio::test]
    async fn a_table_full_of_one_off_keys_forgets_them_and_keeps_the_repeaters() {
        let limiter = RateLimiter::new(None);
        let at = new_year();
        for _ in 0..RULE.limit {
            limiter.hit(&[(&RULE, "repeater")], at).await.expect("within the limit");
        }
        for i in 1..MEMORY_KEYS {
            limiter
                .hit(&[(&RULE, &format!("once-{i}"))], at)
                .await
                .expect("room for it");
        }
        // The table is full of live windows: a newcomer makes the one-off keys go.
        limiter.hit(&[(&RULE, "newcomer")], at).await.expect("room made");
        assert_eq!(limiter.memory.lock().expect("memory").counts.len(), 2);
        let refused = limiter.hit(&[(&RULE, "repeater")], at).await;
        assert!(
            matches!(refused, Err(app::Error::RateLimited { .. })),
            "the repeater keeps its count: {refused:?}"
        );
    }

    #[tokio::test]
    async fn a_table_full_of_repeated_keys_refuses_new_keys_until_their_windows_end() {
        let limiter = RateLimiter::new(None);
        let at = new_year();
        for i in 0..MEMORY_KEYS {
            let key = format!("client-{i}");
            for _ in 0..2 {
                limiter.hit(&[(&RULE, &key)], at).await.expect("room for it");
            }
        }
        // Known keys still count; a new one is refused while every window is live.
        limiter.hit(&[(&RULE, "client-0")], at).await.expect("a known client");
        let refused = limiter.hit(&[(&RULE, "newcomer")], at).await;
        assert!(matches!(refused, Err(app::Error::RateLimited { .. })), "{refused:?}");
        // Once those windows have ended, the table makes room.
        let later = at + chrono::Duration::seconds(61);
        limiter.hit(&[(&RULE, "newcomer")], later).await.expect("room again");
    }

    fn rand_tag() -> String {
        uuid::Uuid::new_v4().simple().to_string()
    }
}
