//! `KAIROS_TRUSTED_PROXIES`: the proxies (addresses or CIDR blocks, comma-separated) whose
//! `X-Forwarded-For` names the client. Parsed once at start.

use std::net::IpAddr;
use std::str::FromStr;

use ipnet::IpNet;

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    #[must_use]
    pub fn contains(&self, address: IpAddr) -> bool {
        let address = match address {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
            v4 @ IpAddr::V4(_) => v4,
        };
        self.0.iter().any(|net| net.contains(&address))
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromStr for TrustedProxies {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        text.split([',', ' '])
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| {
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("`{item}` is neither an IP address nor a CIDR block"))
            })
            .collect::<Result<_, _>>()
            .map(Self)
    }
}

impl TryFrom<String> for TrustedProxies {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_blocks_of_both_families() {
        let proxies: TrustedProxies = "10.0.0.0/8, 127.0.0.1 fd00::/8".parse().expect("valid");
        assert!(proxies.contains("10.200.1.1".parse().expect("an address")));
        assert!(proxies.contains("127.0.0.1".parse().expect("an address")));
        assert!(proxies.contains("::ffff:127.0.0.1".parse().expect("an address")));
        assert!(proxies.contains("fd12::1".parse().expect("an address")));
        assert!(!proxies.contains("127.0.0.2".parse().expect("an address")));
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
        assert!("proxy.internal".parse::<TrustedProxies>().is_err());
        assert!("".parse::<TrustedProxies>().expect("empty is none").is_empty());
    }
}
