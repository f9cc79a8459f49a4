//! The SSRF guard of every outbound request to an address an API user chose (webhook
//! endpoints, calendar feeds): Kairos must not become their way into the network it runs in.
//! Only public unicast addresses may be connected to, and the check is made on the addresses
//! actually connected to (the resolver below filters them), so a name that resolves to a
//! public address when saved and a private one later (DNS rebinding) is still refused.
//! Operators who reach their own network opt in, per use, with the setting its [`Policy`] names
//! (`KAIROS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES`, `KAIROS_CALENDAR_ALLOW_PRIVATE_ADDRESSES`).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Whether one use of the guard lets non-public addresses through, and the setting that
/// says so (named in refusals).
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub allow_private: bool,
    pub setting: &'static str,
}

/// A destination the guard refused.
#[derive(Debug, Clone, thiserror::Error)]
#[error("refused to connect to {target}: {reason} (set {setting}=true to allow non-public addresses)")]
pub struct Refused {
    pub target: String,
    pub reason: String,
    pub setting: &'static str,
}

/// Why `ip` is not a public unicast address, or `None` when it is.
#[must_use]
pub fn non_public(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => non_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => non_public_v4(v4),
            None => non_public_v6(v6),
        },
    }
}

fn non_public_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    let reason = match (a, b, c) {
        _ if ip.is_unspecified() => "an unspecified address",
        _ if ip.is_loopback() => "a loopback address",
        _ if ip.is_private() => "a private (RFC 1918) address",
        _ if ip.is_link_local() => "a link-local address",
        _ if ip.is_multicast() => "a multicast address",
        _ if ip.is_broadcast() => "the broadcast address",
        _ if ip.is_documentation() => "a documentation address",
        (0, _, _) => "a 'this network' address",
        (100, 64..=127, _) => "a shared (CGNAT) address",
        (192, 0, 0) => "an IETF protocol address",
        (192, 88, 99) => "a 6to4 relay address",
        (198, 18..=19, _) => "a benchmarking address",
        (240..=255, _, _) => "a reserved address",
        _ => return None,
    };
    Some(reason)
}

fn non_public_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let segments = ip.segments();
    let reason = if ip.is_unspecified() {
        "an unspecified address"
    } else if ip.is_loopback() {
        "a loopback address"
    } else if ip.is_multicast() {
        "a multicast address"
    } else if segments[0] & 0xfe00 == 0xfc00 {
        "a unique-local address"
    } else if segments[0] & 0xffc0 == 0xfe80 {
        "a link-local address"
    } else if segments[0] & 0xe000 != 0x2000 {
        // Public unicast is 2000::/3; the rest (NAT64, IPv4-compatible, site-local, …) is not.
        "not a global unicast address"
    } else if segments[0] == 0x2001 && segments[1] == 0x0db8 {
        "a documentation address"
    } else if segments[0] == 0x2001 && segments[1] < 0x0200 {
        // IETF protocol assignments, including Teredo (2001::/32).
        "an IETF protocol address"
    } else if segments[0] == 0x2002 {
        // 6to4 embeds an IPv4 address that may be private.
        "a 6to4 address"
    } else {
        return None;
    };
    Some(reason)
}

/// Refuses a non-public address unless the policy allows them.
pub fn check(ip: IpAddr, policy: Policy) -> Result<(), Refused> {
    match non_public(ip) {
        Some(reason) if !policy.allow_private => Err(Refused {
            target: ip.to_string(),
            reason: reason.to_owned(),
            setting: policy.setting,
        }),
        _ => Ok(()),
    }
}

/// A URL's host when it is an IP literal (those never reach the resolver).
#[must_use]
pub fn literal_ip(url: &reqwest::Url) -> Option<IpAddr> {
    let host = url.host_str()?;
    host.strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host)
        .parse()
        .ok()
}

/// The resolver of a guarded client: the system's, less every address the guard refuses.
/// A name left with no address fails to resolve, with the reason.
#[derive(Debug, Clone, Copy)]
pub struct GuardedResolver {
    pub policy: Policy,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let (allowed, refused): (Vec<_>, Vec<_>) =
                found.into_iter().partition(|addr| check(addr.ip(), policy).is_ok());
            if allowed.is_empty() {
                // The addresses themselves are not told: the delivery log is read by API users,
                // and the names and addresses of the network Kairos runs in are not theirs.
                let reason = match refused.first() {
                    Some(addr) => format!(
                        "it resolves only to non-public addresses (such as {})",
                        non_public(addr.ip()).unwrap_or("not public")
                    ),
                    None => "it resolves to no address".to_owned(),
                };
                return Err(Box::new(Refused {
                    target: host,
                    reason,
                    setting: policy.setting,
                }) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(allowed.into_iter()) as Addrs)
        })
    }
}

/// The guard's refusal in an error's source chain, when that is why a request failed.
#[must_use]
pub fn refusal<'a>(err: &'a (dyn std::error::Error + 'static)) -> Option<&'a Refused> {
    let mut current = Some(err);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<Refused>() {
            return Some(found);
        }
        current = e.source();
    }
    None
}

/// The messages of an error's causes, without reqwest's outer message, which carries the URL
/// (and any secret in it).
#[must_use]
pub fn causes(err: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = Vec::new();
    let mut current = err.source();
    while let Some(e) = current {
        parts.push(e.to_string());
        current = e.source();
    }
    if parts.is_empty() {
        err.to_string()
    } else {
        parts.join(": ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> bool {
        non_public(text.parse().expect("an address")).is_some()
    }

    #[test]
    fn non_public_addresses_are_refused() {
        for ip in [
            "127.0.0.1",
            "127.8.9.10",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.255",
            "0.0.0.0",
            "0.1.2.3",
            "224.0.0.1",
            "255.255.255.255",
            "240.0.0.1",
            "192.0.2.1",
            "198.18.0.1",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "ff02::1",
            "64:ff9b::a00:1",
            "2001:db8::1",
            "2002:a00:1::1",
            "2001::1",
        ] {
            assert!(refused(ip), "{ip} must be refused");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for ip in [
            "1.1.1.1",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(!refused(ip), "{ip} is public");
        }
        let policy = |allow_private| Policy {
            allow_private,
            setting: "KAIROS_EXAMPLE_ALLOW_PRIVATE",
        };
        assert!(
            check("10.0.0.1".parse().expect("ip"), policy(true)).is_ok(),
            "allowed when configured"
        );
        let err = check("10.0.0.1".parse().expect("ip"), policy(false)).expect_err("refused");
        assert!(err.to_string().contains("KAIROS_EXAMPLE_ALLOW_PRIVATE"), "{err}");
    }
}
