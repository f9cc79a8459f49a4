//! `kairos-load setup`: signs up a load-test organisation, creates hosts spread over several
//! zones with 24/7 availability and one single-host event type each, and writes the fixture.

use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use reqwest::Method;
use serde_json::{Value, json};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::api::{Api, text};
use crate::cli::SetupArgs;
use crate::fixture::{Fixture, FixtureEventType};
use crate::rng::Rng;
use crate::scenario::ZONES;
use crate::target::Target;

/// Event types created by setup: 15-minute meetings bookable from now to 60 days ahead.
const DURATION_MINUTES: u32 = crate::scenario::GRID_MINUTES;
const HORIZON_DAYS: u32 = 60;

pub async fn run(args: SetupArgs) -> anyhow::Result<()> {
    let target = Target::parse(&args.target.target, args.target.allow_remote)?;
    let api = Api {
        client: crate::client::build(args.timeout)?,
        target,
    };
    let started = Instant::now();
    let org = match args.org {
        Some(org) => org,
        None => format!("loadtest-{}", Rng::from_entropy().hex(8)),
    };
    let signed_up = api
        .call(
            Method::POST,
            "/v1/organizations",
            None,
            Some(json!({"name": format!("Load test {org}"), "slug": org})),
            201,
        )
        .await
        .context("signing up the load-test organisation")?;
    let key = text(&signed_up["api_key"]["secret"], "api_key.secret")?;
    let org_id = text(&signed_up["organization"]["id"], "organization.id")?;

    let api = Arc::new(api);
    let key = Arc::<str>::from(key);
    let org = Arc::<str>::from(org);
    let limit = Arc::new(Semaphore::new(args.concurrency as usize));
    let mut tasks = JoinSet::new();
    for index in 0..args.hosts {
        let (api, key, org, limit) = (Arc::clone(&api), Arc::clone(&key), Arc::clone(&org), Arc::clone(&limit));
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await?;
            let event_type = host_with_event_type(&api, &key, &org, index).await?;
            Ok::<_, anyhow::Error>((index, event_type))
        });
    }
    let mut event_types = Vec::with_capacity(args.hosts as usize);
    while let Some(joined) = tasks.join_next().await {
        event_types.push(joined.context("a setup task panicked")??);
    }
    event_types.sort_by_key(|(index, _)| *index);

    let fixture = Fixture {
        target: api.target.base().to_owned(),
        organization: org.to_string(),
        organization_id: org_id,
        api_key: key.to_string(),
        event_types: event_types.into_iter().map(|(_, e)| e).collect(),
        created_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    fixture.write(&args.out)?;
    eprintln!(
        "setup: organisation `{}` with {} hosts and event types in {:.1} s; fixture written to {}",
        fixture.organization,
        fixture.event_types.len(),
        started.elapsed().as_secs_f64(),
        args.out.display()
    );
    Ok(())
}

/// Creates host number `index` in a zone of [`ZONES`], makes them available around the clock
/// and gives them a single-host event type.
async fn host_with_event_type(api: &Api, key: &str, org: &str, index: u32) -> anyhow::Result<FixtureEventType> {
    let zone = ZONES[index as usize % ZONES.len()];
    let host = api
        .call(
            Method::POST,
            "/v1/hosts",
            Some(key),
            Some(json!({"name": format!("Load host {index}"), "email": format!("host-{index}@{org}.example"), "time_zone": zone})),
            201,
        )
        .await
        .with_context(|| format!("creating host {index}"))?;
    let host_id = text(&host["id"], "host id")?;
    let all_day = json!([{"start": "00:00", "end": "24:00"}]);
    let weekly: serde_json::Map<String, Value> = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .into_iter()
    .map(|day| (day.to_owned(), all_day.clone()))
    .collect();
    api.call(
        Method::PUT,
        &format!("/v1/hosts/{host_id}/availability"),
        Some(key),
        Some(json!({"time_zone": zone, "weekly": weekly})),
        200,
    )
    .await
    .with_context(|| format!("setting the availability of host {index}"))?;
    let slug = format!("meet-{index}");
    let event_type = api
        .call(
            Method::POST,
            "/v1/event-types",
            Some(key),
            Some(json!({
                "slug": slug,
                "title": format!("Load test meeting {index}"),
                "duration_minutes": DURATION_MINUTES,
                "horizon_days": HORIZON_DAYS,
                "min_notice_minutes": 0,
                "hosts": [host_id],
            })),
            201,
        )
        .await
        .with_context(|| format!("creating event type {slug}"))?;
    Ok(FixtureEventType {
        slug,
        id: text(&event_type["id"], "event type id")?,
        host_id,
        time_zone: zone.to_owned(),
    })
}
