//! Webhook endpoints: create (with a fresh signing secret), read, list, change, delete,
//! rotate the secret, and read the delivery log.

use sqlx::PgPool;

use super::ProblemCode;
use super::{Error, Result, validate};
use crate::ids::{DeliveryId, OrgId, WebhookId};
use crate::model::events::EventKind;
use crate::model::{Page, Webhook, WebhookDelivery, WebhookWithSecret};
use crate::outbound_guard as guard;
use crate::store::{self, PageRequest, webhooks::Changes};
use crate::webhooks::sign;

/// Longest accepted endpoint URL.
const URL_MAX: usize = 2_000;

/// The changes a caller asked for, before validation.
#[derive(Debug, Default)]
pub struct Requested<'a> {
    pub url: Option<&'a str>,
    pub events: Option<&'a [String]>,
    pub description: Option<&'a str>,
    pub enabled: Option<bool>,
}

/// An absolute http(s) URL with a host and no credentials; an IP literal must pass the
/// address guard (names are checked at every delivery, when they are resolved).
fn url(value: &str, allow_private: bool) -> Result<String> {
    let value = value.trim();
    let bad = |why: &str| Error::invalid("url", format!("`url` {why}"));
    if value.len() > URL_MAX {
        return Err(bad(&format!("must be at most {URL_MAX} characters")));
    }
    let parsed = reqwest::Url::parse(value).map_err(|_| bad("must be an absolute http or https URL"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(bad("must use http or https"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(bad("must name a host"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(bad(
            "must not contain credentials; verify requests by their signature instead",
        ));
    }
    if let Some(ip) = guard::literal_ip(&parsed) {
        let policy = guard::Policy {
            allow_private,
            setting: crate::webhooks::client::SETTING,
        };
        guard::check(ip, policy).map_err(|refused| Error::Invalid {
            code: ProblemCode::AddressNotAllowed,
            field: Some("url".to_owned()),
            message: refused.to_string(),
        })?;
    }
    Ok(parsed.to_string())
}

/// A non-empty list of known event kinds, without repeats, in the order given.
fn events(values: &[String]) -> Result<Vec<EventKind>> {
    if values.is_empty() {
        return Err(Error::invalid(
            "events",
            "`events` must name at least one kind of event",
        ));
    }
    let mut kinds = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let kind = EventKind::parse(value).ok_or_else(|| {
            let known: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
            Error::invalid(
                format!("events[{i}]"),
                format!("`{value}` is not a kind of event; use one of {}", known.join(", ")),
            )
        })?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    Ok(kinds)
}

fn new_secret() -> Result<Vec<u8>> {
    let mut secret = vec![0u8; sign::SECRET_BYTES];
    getrandom::fill(&mut secret).map_err(|err| Error::Internal(anyhow::anyhow!("no randomness: {err}")))?;
    Ok(secret)
}

pub async fn create(
    pool: &PgPool,
    org: OrgId,
    allow_private: bool,
    url_text: &str,
    event_names: &[String],
    description: &str,
) -> Result<WebhookWithSecret> {
    let url = url(url_text, allow_private)?;
    let kinds = events(event_names)?;
    let description = validate::optional_text("description", description, 500)?;
    let secret = new_secret()?;
    let webhook = store::webhooks::insert(
        &mut *store::acquire(pool).await?,
        org,
        WebhookId::generate(),
        &url,
        &description,
        &kinds,
        &secret,
    )
    .await?;
    Ok(WebhookWithSecret {
        webhook,
        secret: sign::encode_secret(&secret),
    })
}

pub async fn get(pool: &PgPool, org: OrgId, id: WebhookId) -> Result<Webhook> {
    store::webhooks::get(&mut *store::acquire(pool).await?, org, id)
        .await?
        .ok_or(Error::NotFound("webhook"))
}

pub async fn list(pool: &PgPool, org: OrgId, page: PageRequest<WebhookId>) -> Result<Page<Webhook>> {
    let webhooks = store::webhooks::list(&mut *store::acquire(pool).await?, org, page.plus_one()).await?;
    Ok(page.cut(webhooks, |w| w.id.to_string()))
}

/// Changes the given fields. `enabled: true` turns a disabled endpoint back on with a clean
/// failure count.
pub async fn update(
    pool: &PgPool,
    org: OrgId,
    id: WebhookId,
    allow_private: bool,
    requested: Requested<'_>,
) -> Result<Webhook> {
    let url = requested.url.map(|u| url(u, allow_private)).transpose()?;
    let kinds = requested.events.map(events).transpose()?;
    let description = requested
        .description
        .map(|d| validate::optional_text("description", d, 500))
        .transpose()?;
    let changes = Changes {
        url: url.as_deref(),
        description: description.as_deref(),
        events: kinds.as_deref(),
        enabled: requested.enabled,
    };
    store::webhooks::update(&mut *store::acquire(pool).await?, org, id, changes)
        .await?
        .ok_or(Error::NotFound("webhook"))
}

pub async fn delete(pool: &PgPool, org: OrgId, id: WebhookId) -> Result<()> {
    if store::webhooks::delete(&mut *store::acquire(pool).await?, org, id).await? {
        Ok(())
    } else {
        Err(Error::NotFound("webhook"))
    }
}

/// Replaces the signing secret at once; the new one is shown this once.
pub async fn rotate_secret(pool: &PgPool, org: OrgId, id: WebhookId) -> Result<WebhookWithSecret> {
    let secret = new_secret()?;
    let webhook = store::webhooks::set_secret(&mut *store::acquire(pool).await?, org, id, &secret)
        .await?
        .ok_or(Error::NotFound("webhook"))?;
    Ok(WebhookWithSecret {
        webhook,
        secret: sign::encode_secret(&secret),
    })
}

/// The endpoint's delivery log, newest first.
pub async fn deliveries(
    pool: &PgPool,
    org: OrgId,
    id: WebhookId,
    page: PageRequest<DeliveryId>,
) -> Result<Page<WebhookDelivery>> {
    let mut conn = store::acquire(pool).await?;
    if store::webhooks::get(&mut *conn, org, id).await?.is_none() {
        return Err(Error::NotFound("webhook"));
    }
    let rows = store::webhooks::list_deliveries(&mut *conn, org, id, page.plus_one()).await?;
    Ok(page.cut(rows, |d| d.id.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            url(" https://hooks.acme.example/kairos ", false).ok().as_deref(),
            Some("https://hooks.acme.example/kairos")
        );
        for bad in [
            "",
            "hooks.acme.example",
            "ftp://acme.example/",
            "https://u:p@acme.example/",
            "mailto:a@b.c",
        ] {
            assert!(url(bad, false).is_err(), "{bad} should be refused");
        }
        assert!(url("http://127.0.0.1:9000/", false).is_err());
        assert!(url("http://10.0.0.1/", false).is_err());
        assert!(url("http://[::1]/", false).is_err());
        assert!(url("http://127.0.0.1:9000/", true).is_ok());
    }

    #[test]
    fn event_lists() {
        let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            events(&names(&["booking.created", "booking.created", "booking.cancelled"])).ok(),
            Some(vec![EventKind::BookingCreated, EventKind::BookingCancelled])
        );
        assert!(events(&[]).is_err());
        match events(&names(&["booking.created", "booking.deleted"])) {
            Err(Error::Invalid { field, .. }) => assert_eq!(field.as_deref(), Some("events[1]")),
            other => panic!("expected a named field, got {other:?}"),
        }
    }
}
