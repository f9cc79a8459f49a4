//! Demo data for the quick start: an organisation with two hosts in different zones, three
//! event types (single, collective, round robin) and a few bookings, created through the
//! same use cases the API calls. Seeded once into an empty database; the demo API key is
//! kept in the data directory so every later start can print it again.

use std::path::Path;

use anyhow::Context;
use chrono::{DateTime, TimeDelta, Utc};
use kairos_core::HostMode;
use sqlx::PgPool;

use crate::app::bookings::BookingRequest;
use crate::app::event_types::EventTypeInput;
use crate::app::{self, bookings, slots};
use crate::store;

const KEY_FILE: &str = "demo-api-key.txt";
/// The demo's web login: Ana Lima of Acme. Demo data only; never seeded into a real database
/// (the seed runs only with `--demo` on an empty one).
pub const DEMO_EMAIL: &str = "ana@acme.example";
pub const DEMO_PASSWORD: &str = "kairos-demo";

/// Seeds the demo when the database has no organisation, with bookings from the day after
/// `now`; returns the demo API key.
pub async fn ensure(pool: &PgPool, data_dir: &Path, now: DateTime<Utc>) -> anyhow::Result<String> {
    let key_file = data_dir.join(KEY_FILE);
    if store::orgs::any(pool).await? {
        return Ok(std::fs::read_to_string(&key_file)
            .map(|k| k.trim().to_owned())
            .unwrap_or_else(|_| {
                "(the database was not seeded by this data directory; create a key with POST /v1/api-keys)".to_owned()
            }));
    }
    let signed_up = app::orgs::sign_up(pool, "Acme", "acme").await?;
    let org = signed_up.organization.id;
    let ana = app::hosts::create(pool, org, "Ana Lima", "ana@acme.example", "Europe/Lisbon").await?;
    app::accounts::add_login(pool, org, ana.id, DEMO_PASSWORD).await?;
    let bo = app::hosts::create(pool, org, "Bo Chen", "bo@acme.example", "America/New_York").await?;
    let event_type = |slug: &str, title: &str, kind, minutes, hosts| EventTypeInput {
        slug: Some(slug.to_owned()),
        title: Some(title.to_owned()),
        kind: Some(kind),
        duration_minutes: Some(minutes),
        location: Some("https://meet.example/acme".to_owned()),
        hosts: Some(hosts),
        ..EventTypeInput::default()
    };
    let intro = app::event_types::create(
        pool,
        org,
        event_type("intro", "Intro call", HostMode::Single, 30, vec![ana.id]),
    )
    .await?;
    app::event_types::create(
        pool,
        org,
        event_type("team-demo", "Team demo", HostMode::Collective, 45, vec![ana.id, bo.id]),
    )
    .await?;
    app::event_types::create(
        pool,
        org,
        event_type(
            "support",
            "Support session",
            HostMode::RoundRobin,
            30,
            vec![ana.id, bo.id],
        ),
    )
    .await?;

    // Book the first two free intro slots from tomorrow on.
    let week = slots::check_request(
        "acme",
        &intro.slug,
        Some(now + TimeDelta::days(1)),
        Some(now + TimeDelta::days(8)),
        None,
        now,
    )?;
    let list = slots::compute(pool, "acme", &intro.slug, week, now).await?.list;
    let starts: Vec<String> = list
        .days
        .iter()
        .flat_map(|d| d.slots.iter().map(|s| s.start.clone()))
        .take(2)
        .collect();
    let waker = crate::jobs::wake::Waker::new(pool.clone());
    for (start, (name, email)) in starts
        .iter()
        .zip([("Carla Diaz", "carla@example.com"), ("Dev Patel", "dev@example.com")])
    {
        let start = chrono::DateTime::parse_from_rfc3339(start)
            .context("demo slot time")?
            .with_timezone(&Utc);
        let request = BookingRequest {
            start,
            name: name.to_owned(),
            email: email.to_owned(),
            time_zone: "Europe/Madrid".to_owned(),
            notes: "Booked by the demo seed".to_owned(),
        };
        bookings::book(pool, &waker, "acme", &intro.slug, request, None, now).await?;
    }

    std::fs::create_dir_all(data_dir).with_context(|| format!("creating {}", data_dir.display()))?;
    std::fs::write(&key_file, &signed_up.api_key.secret).with_context(|| format!("writing {}", key_file.display()))?;
    tracing::info!("demo organisation `acme` seeded");
    Ok(signed_up.api_key.secret)
}
