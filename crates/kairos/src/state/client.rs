//! Who is asking: the client's address as the socket says, or — when the socket is a proxy the
//! operator trusts (`KAIROS_TRUSTED_PROXIES`) — as that proxy's `X-Forwarded-For` says. Only
//! trusted proxies may name the client: anyone else's `X-Forwarded-For` is ignored, so a
//! client cannot dodge its limits by making up addresses, and behind an ingress every client
//! still counts as itself.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap};

use super::AppState;
use crate::config::TrustedProxies;

/// The client's address; `None` when not served over TCP (it then counts as one client).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub Option<IpAddr>);

impl ClientAddress {
    /// The address as a limit counts it: an IPv6 client by its /64, the block one subscriber
    /// usually holds whole.
    #[must_use]
    pub fn key(&self) -> String {
        match self.0 {
            None => "unknown".to_owned(),
            Some(IpAddr::V4(v4)) => v4.to_string(),
            Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => {
                    let s = v6.segments();
                    format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
                }
            },
        }
    }

    /// The client behind `peer` given the request's `X-Forwarded-For` values: the nearest
    /// address in the chain, from the right, that is not itself a trusted proxy.
    #[must_use]
    pub fn resolve<'a>(peer: IpAddr, forwarded_for: impl Iterator<Item = &'a str>, trusted: &TrustedProxies) -> Self {
        if !trusted.contains(peer) {
            return Self(Some(peer));
        }
        let hops: Vec<&str> = forwarded_for.flat_map(|value| value.split(',')).collect();
        let mut client = peer;
        for hop in hops.iter().rev() {
            let hop = hop.trim();
            let Some(address) = hop
                .parse::<IpAddr>()
                .ok()
                .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
            else {
                // A malformed hop: the last address a trusted proxy vouched for stands.
                break;
            };
            client = address;
            if !trusted.contains(address) {
                break;
            }
        }
        Self(Some(client))
    }
}

impl ClientAddress {
    /// The client of a request with these extensions (the socket's address) and headers.
    #[must_use]
    pub fn of(extensions: &Extensions, headers: &HeaderMap, trusted: &TrustedProxies) -> Self {
        let Some(peer) = extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()) else {
            return Self(None);
        };
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok());
        Self::resolve(peer, forwarded, trusted)
    }
}

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Self::of(
            &parts.extensions,
            &parts.headers,
            &state.config.trusted_proxies,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trusted(text: &str) -> TrustedProxies {
        text.parse().expect("valid list")
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    #[test]
    fn only_a_trusted_proxy_names_the_client() {
        let proxies = trusted("10.0.0.0/8, 127.0.0.1");
        // An untrusted peer's header is ignored.
        let direct = ClientAddress::resolve(ip("198.51.100.9"), ["203.0.113.1"].into_iter(), &proxies);
        assert_eq!(direct, ClientAddress(Some(ip("198.51.100.9"))));
        // Through two trusted hops, the first untrusted address from the right is the client,
        // whatever the client wrote further left.
        let chained = ClientAddress::resolve(
            ip("10.1.2.3"),
            ["6.6.6.6, 203.0.113.5", "10.9.9.9"].into_iter(),
            &proxies,
        );
        assert_eq!(chained, ClientAddress(Some(ip("203.0.113.5"))));
        // No header: the proxy itself.
        let bare = ClientAddress::resolve(ip("127.0.0.1"), std::iter::empty(), &proxies);
        assert_eq!(bare, ClientAddress(Some(ip("127.0.0.1"))));
        // Garbage stops the walk at the last vouched-for address.
        let garbage = ClientAddress::resolve(ip("10.0.0.1"), ["203.0.113.5, nonsense"].into_iter(), &proxies);
        assert_eq!(garbage, ClientAddress(Some(ip("10.0.0.1"))));
    }

    #[test]
    fn keys_group_ipv6_by_64_and_unmap_ipv4() {
        assert_eq!(ClientAddress(Some(ip("2001:db8:a:b:1::2"))).key(), "2001:db8:a:b::/64");
        assert_eq!(ClientAddress(Some(ip("::ffff:192.0.2.1"))).key(), "192.0.2.1");
        assert_eq!(ClientAddress(None).key(), "unknown");
    }
}
