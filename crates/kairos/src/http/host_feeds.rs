//! A host's secret ICS feed of their bookings: made, read and revoked with the organisation's
//! key, and served without one at its secret address, with an `ETag` so calendar services that
//! poll it are answered `304` while nothing changed.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::extract::{ApiPath, OptionalJson, Tenant, id};
use super::problem::Problem;
use crate::app::host_feeds::{CreatedHostFeed, NewHostFeed};
use crate::app::{self, Result, keys};
use crate::config::Config;
use crate::model::HostFeed;
use crate::state::AppState;

/// How long a client or proxy may reuse a fetched feed without asking again.
const CACHE_CONTROL: &str = "private, max-age=300";
const CALENDAR_TYPE: &str = "text/calendar; charset=utf-8";

/// Makes the host's feed and answers its secret address, shown this once. Making it again
/// gives a new address: the old one stops working at once.
#[utoipa::path(post, path = "/v1/hosts/{id}/feed", tag = "host feeds", security(("api_key" = [])),
    request_body(content = Option<NewHostFeed>, description = "What the feed shows besides bookings; may be left out (or `null`)"),
    params(("id" = String, Path, description = "Host id")),
    responses((status = 201, body = CreatedHostFeed), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn create(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
    OptionalJson(body): OptionalJson<Option<NewHostFeed>>,
) -> Result<(StatusCode, Json<CreatedHostFeed>)> {
    let host = id(&host, "host")?;
    let base = public_base(&state.config);
    let new = body.unwrap_or_default();
    let feed = app::host_feeds::create(&state.pool, org, host, new, &base, state.now()).await?;
    Ok((StatusCode::CREATED, Json(feed)))
}

/// What the host's feed shows and when its address was made; the address itself is shown only
/// when the feed is made.
#[utoipa::path(get, path = "/v1/hosts/{id}/feed", tag = "host feeds", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id")),
    responses((status = 200, body = HostFeed), (status = 404, description = "No such host, or it has no feed", body = Problem)))]
pub async fn get(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
) -> Result<Json<HostFeed>> {
    let host = id(&host, "host")?;
    Ok(Json(app::host_feeds::get(&state.pool, org, host).await?))
}

/// Revokes the host's feed: its address answers 404 from now on.
#[utoipa::path(delete, path = "/v1/hosts/{id}/feed", tag = "host feeds", security(("api_key" = [])),
    params(("id" = String, Path, description = "Host id")),
    responses((status = 204), (status = 404, description = "No such host, or it has no feed", body = Problem)))]
pub async fn revoke(
    State(state): State<AppState>,
    Tenant(org): Tenant,
    ApiPath(host): ApiPath<String>,
) -> Result<StatusCode> {
    let host = id(&host, "host")?;
    app::host_feeds::revoke(&state.pool, org, host).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The feed itself (iCalendar): the host's confirmed bookings from 30 days ago to a year ahead,
/// and their planned blocks if the feed shows them. No key: the address is the secret. An
/// unknown, revoked or replaced address is 404.
#[utoipa::path(get, path = "/feeds/{file}", tag = "host feeds",
    params(
        ("file" = String, Path, description = "The feed's secret token followed by `.ics`"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` of an earlier answer: 304 while the feed is unchanged")
    ),
    responses(
        (status = 200, description = "The feed", content_type = "text/calendar", body = String,
            headers(("ETag" = String, description = "Of the body"), ("Cache-Control" = String, description = "`private, max-age=300`"))),
        (status = 304, description = "Unchanged since the `ETag` given"),
        (status = 404, body = Problem),
        (status = 429, description = "The feed was fetched too often this hour (Retry-After)", body = Problem)
    ))]
pub async fn feed(
    State(state): State<AppState>,
    ApiPath(file): ApiPath<String>,
    headers: HeaderMap,
) -> Result<Response> {
    let owner = app::host_feeds::find(&state.pool, &file).await?;
    state.limiter.feed_read(owner.host, state.now()).await?;
    let body = app::host_feeds::calendar(&state.pool, &owner, state.now()).await?;
    Ok(conditional(&headers, body))
}

/// The calendar with its validators, or `304` when the client's copy is this one.
fn conditional(request: &HeaderMap, body: String) -> Response {
    let etag = etag_of(&body);
    let cached = [
        (header::ETAG, etag.clone()),
        (header::CACHE_CONTROL, CACHE_CONTROL.to_owned()),
    ];
    if request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .any(|value| names(value, &etag))
    {
        return (StatusCode::NOT_MODIFIED, cached).into_response();
    }
    (cached, [(header::CONTENT_TYPE, CALENDAR_TYPE)], body).into_response()
}

/// A strong `ETag` of the body: its SHA-256, shortened.
fn etag_of(body: &str) -> String {
    let digest: String = keys::hash(body)[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{digest}\"")
}

/// Whether an `If-None-Match` value names `etag` (RFC 9110 §13.1.2: a list of tags compared
/// weakly, or `*`).
fn names(value: &HeaderValue, etag: &str) -> bool {
    value.to_str().is_ok_and(|list| {
        list.split(',')
            .map(str::trim)
            .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
    })
}

/// Where feeds are served from: `KAIROS_PUBLIC_URL`, or else the listen address (a wildcard
/// one as loopback), which only this machine can reach. A request's own `Host` is never used:
/// anyone can send any `Host`, and the address must not be theirs.
fn public_base(config: &Config) -> String {
    config.public_base_url().unwrap_or_else(|| {
        tracing::warn!("KAIROS_PUBLIC_URL is not set: the feed's address names the listen address");
        let listen = config.listen;
        let ip = match listen.ip() {
            IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
            ip => ip,
        };
        format!("http://{}", SocketAddr::new(ip, listen.port()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_compares_weakly_and_takes_lists_and_star() {
        let etag = "\"abc\"";
        for matching in ["\"abc\"", "W/\"abc\"", "\"x\", \"abc\"", "*", " \"abc\" "] {
            assert!(names(&HeaderValue::from_static(matching), etag), "{matching}");
        }
        for other in ["\"abd\"", "abc", "W/abc", "", "\"abc"] {
            assert!(!names(&HeaderValue::from_static(other), etag), "{other}");
        }
    }

    #[test]
    fn the_etag_is_strong_and_follows_the_body() {
        let a = etag_of("BEGIN:VCALENDAR\r\n");
        assert!(a.starts_with('"') && a.ends_with('"') && a.len() == 34, "{a}");
        assert_eq!(a, etag_of("BEGIN:VCALENDAR\r\n"));
        assert_ne!(a, etag_of("BEGIN:VCALENDAR\r\n "));
    }

    #[test]
    fn without_a_public_url_feeds_name_the_listen_address() {
        let mut config = Config {
            listen: "0.0.0.0:8080".parse().expect("an address"),
            ..Config::default()
        };
        assert_eq!(public_base(&config), "http://127.0.0.1:8080");
        config.listen = "[::]:8080".parse().expect("an address");
        assert_eq!(public_base(&config), "http://[::1]:8080");
        config.public_url = Some("https://book.example/".to_owned());
        assert_eq!(public_base(&config), "https://book.example");
    }
}
