//! `kairos healthcheck`: a probe for container runtimes. The image carries no curl, so a
//! Docker `HEALTHCHECK` runs the binary itself: it asks the API's `/readyz` (or the URL given)
//! and fails unless a 2xx answer arrives in time.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use anyhow::{Context, bail};

/// The readiness URL of an API listening on `listen`. A wildcard address (`0.0.0.0`, `::`)
/// is not something to connect to, so the probe asks loopback on the same port.
#[must_use]
pub fn readiness_url(listen: SocketAddr) -> String {
    let ip = match listen.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}/readyz", SocketAddr::new(ip, listen.port()))
}

/// GETs `url` and succeeds only on a 2xx answer within `timeout` (connecting included).
pub async fn probe(url: &str, timeout: Duration) -> anyhow::Result<()> {
    let client = crate::tls::client_builder()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .context("cannot build the HTTP client")?;
    let response = client
        .get(url)
        .send()
        .await
        .with_context(|| format!("{url} did not answer"))?;
    let status = response.status();
    if !status.is_success() {
        bail!("{url} answered {status}");
    }
    Ok(())
}
