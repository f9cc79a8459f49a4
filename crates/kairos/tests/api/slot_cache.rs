//! The slot cache in Redis (`KAIROS_REDIS_URL`), against the real server at
//! `KAIROS_TEST_REDIS_URL`: two instances share one cache; an entry is really served (an entry
//! edited in Redis shows through), and never once its calendars changed — a booking, a
//! cancellation, a busy block, new hours or an event type edit made on one instance is seen at
//! once by a read on the other; time alone retires an entry when the horizon moves on or its
//! first slot falls inside the notice; a damaged entry is discarded; every change to a host's
//! calendar bumps its version; and a Redis that is down or never answers is bypassed. The
//! tests are `#[ignore]`d for plain `cargo test`; scripts/test.sh starts Redis and runs them.
//! Organisations have random slugs, so parallel tests sharing one Redis never share keys.

use std::time::Duration;

use chrono::{DateTime, Utc};
use kairos::clock::Clock;
use kairos::config::Config;
use kairos::state::slot_cache::Entry;
use redis::AsyncCommands;
use redis::aio::MultiplexedConnection;
use secrecy::SecretString;
use serde_json::{Value, json};
use sqlx::PgPool;

use crate::helpers::app::Org;
use crate::helpers::{TestApp, q, slot_starts};

fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("an RFC 3339 instant")
}

fn config(redis: &str) -> Config {
    Config {
        // Wednesday 10 March 2027; the slots read are those of Monday the 15th in Berlin.
        clock: Clock::starting_at(at("2027-03-10T12:00:00Z")),
        redis_url: Some(SecretString::from(redis.to_owned())),
        // The booking limits count in the shared Redis too, and with the clock standing at
        // the same instant in every run, in the same window: each booking comes from an
        // address and an e-mail of its own (see `book`), so no run inherits another's count.
        trusted_proxies: "127.0.0.1".parse().expect("valid"),
        ..Config::default()
    }
}

fn redis_url() -> String {
    crate::helpers::peers::required("KAIROS_TEST_REDIS_URL", "a Redis server")
}

async fn redis() -> MultiplexedConnection {
    redis::Client::open(redis_url())
        .expect("Redis URL")
        .get_multiplexed_async_connection()
        .await
        .expect("connect to Redis")
}

/// An organisation of its own (random slug) with Ana (Mon–Fri 09:00–17:00 Berlin) and a
/// 30-minute "intro".
async fn organisation(app: &TestApp) -> (Org, String) {
    let slug = format!("cache-{}", uuid::Uuid::new_v4().simple());
    app.with_intro(&slug[..30]).await
}

fn monday_path(org: &Org) -> String {
    format!(
        "/v1/public/event-types/{}/intro/slots?start={}&end={}&time_zone=Europe/Berlin",
        org.slug,
        q(at("2027-03-15T00:00:00Z")),
        q(at("2027-03-16T00:00:00Z"))
    )
}

async fn monday(app: &TestApp, org: &Org) -> Vec<DateTime<Utc>> {
    slot_starts(&app.get(&monday_path(org), None).await.expect(200))
}

/// Books "intro" at `start` as an invitee of a fresh address and e-mail.
async fn book(app: &TestApp, org: &Org, start: DateTime<Utc>) -> Value {
    let id = uuid::Uuid::new_v4();
    let [a, b, c, ..] = *id.as_bytes();
    app.book_from(
        org,
        "intro",
        start,
        &format!("invitee-{}@example.com", id.simple()),
        Some(&format!("10.{a}.{b}.{c}")),
    )
    .await
    .expect(201)
}

/// The one cached entry of the organisation's slot lists.
async fn entry_key(redis: &mut MultiplexedConnection, org: &Org) -> String {
    let keys: Vec<String> = redis
        .keys(format!("kairos:slots:{}:intro:*", org.slug))
        .await
        .expect("KEYS");
    let entries: Vec<String> = keys.into_iter().filter(|k| !k.ends_with(":computing")).collect();
    assert_eq!(entries.len(), 1, "one cached list: {entries:?}");
    entries[0].clone()
}

/// Edits the entry at `key` in Redis: its first slot taken out, under a valid header.
async fn drop_first_slot(redis: &mut MultiplexedConnection, key: &str) {
    let stored: Vec<u8> = redis.get(key).await.expect("GET");
    let mut entry = Entry::decode(&stored.into()).expect("an entry");
    let mut list: Value = serde_json::from_slice(&entry.body).expect("a JSON body");
    list["days"][0]["slots"].as_array_mut().expect("slots").remove(0);
    entry.body = list.to_string().into();
    let _: () = redis.set(key, entry.encode()).await.expect("SET");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs Redis: run through scripts/test.sh"]
async fn instances_share_entries_and_never_serve_one_from_before_a_commit(pool: PgPool) {
    let url = redis_url();
    let first = TestApp::spawn_with(pool.clone(), config(&url)).await;
    let second = TestApp::spawn_with(pool, config(&url)).await;
    let (org, host) = organisation(&first).await;
    let mut redis = redis().await;

    let fresh = monday(&first, &org).await;
    assert_eq!(fresh.len(), 16, "09:00–17:00 in half hours: {fresh:?}");
    assert_eq!(fresh[0], at("2027-03-15T08:00:00Z"));

    // The entry is served: one edited in Redis (its first slot taken out) shows through on the
    // other instance, while nothing changed in the database.
    let key = entry_key(&mut redis, &org).await;
    drop_first_slot(&mut redis, &key).await;
    assert_eq!(
        monday(&second, &org).await,
        fresh[1..].to_vec(),
        "served from the cache"
    );

    // A booking on one instance: the next read on the other sees it, and the edit is gone
    // with the entry it was in.
    let booked = book(&second, &org, at("2027-03-15T10:00:00Z")).await;
    let after_booking = monday(&first, &org).await;
    let mut expected = fresh.clone();
    expected.retain(|s| *s != at("2027-03-15T10:00:00Z"));
    assert_eq!(after_booking, expected);

    // Its cancellation frees the slot again.
    let id = booked["id"].as_str().expect("booking id");
    first
        .post(&format!("/v1/bookings/{id}/cancel"), Some(&org.key), json!({}))
        .await
        .expect(200);
    assert_eq!(monday(&second, &org).await, fresh);

    // A busy block.
    second
        .post(
            &format!("/v1/hosts/{host}/busy-blocks"),
            Some(&org.key),
            json!({"start": "2027-03-15T12:00:00Z", "end": "2027-03-15T13:00:00Z", "title": "Dentist"}),
        )
        .await
        .expect(201);
    let blocked = monday(&first, &org).await;
    assert_eq!(blocked.len(), 14);
    assert!(!blocked.contains(&at("2027-03-15T12:00:00Z")));

    // New weekly hours: Mondays 13:00–15:00 only.
    first
        .put(
            &format!("/v1/hosts/{host}/availability"),
            Some(&org.key),
            json!({"time_zone": "Europe/Berlin", "weekly": {"monday": [{"start": "13:00", "end": "15:00"}]}}),
        )
        .await
        .expect(200);
    assert_eq!(
        monday(&second, &org).await,
        vec![at("2027-03-15T13:00:00Z"), at("2027-03-15T13:30:00Z")],
        "13:00–14:00 is the busy block"
    );

    // An event type edit: an hour long, so 13:00 no longer fits before the block ends at 14:00.
    let event_type: Value = first.get("/v1/event-types", Some(&org.key)).await.expect(200);
    let id = event_type["data"][0]["id"].as_str().expect("event type id").to_owned();
    second
        .patch(
            &format!("/v1/event-types/{id}"),
            Some(&org.key),
            json!({"duration_minutes": 60}),
        )
        .await
        .expect(200);
    assert_eq!(monday(&first, &org).await, vec![at("2027-03-15T13:00:00Z")]);
}

/// An instance serves its own copy of an entry without asking Redis, but only while the entry's
/// versions are current: a change on another instance makes it unservable at once. Many reads
/// at once, of this link and of links that do not exist, each get their own answer (they share
/// the statements reading the versions).
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs Redis: run through scripts/test.sh"]
async fn an_instances_own_copy_is_served_only_while_current(pool: PgPool) {
    let url = redis_url();
    let first = TestApp::spawn_with(pool.clone(), config(&url)).await;
    let second = TestApp::spawn_with(pool, config(&url)).await;
    let (org, _) = organisation(&first).await;
    let mut redis = redis().await;
    let fresh = monday(&first, &org).await;
    assert_eq!(fresh.len(), 16);

    // The entry in Redis loses its first slot: the other instance serves the edited entry,
    // while the one that stored it serves its own copy.
    let key = entry_key(&mut redis, &org).await;
    drop_first_slot(&mut redis, &key).await;
    assert_eq!(monday(&second, &org).await, fresh[1..].to_vec(), "from Redis");
    assert_eq!(monday(&first, &org).await, fresh, "from the instance's memory");
    // Even with Redis emptied, the copy is served.
    let _: () = redis.del(&key).await.expect("DEL");
    assert_eq!(monday(&first, &org).await, fresh, "from the instance's memory");

    // A booking on the other instance: the copy is out of date at once.
    book(&second, &org, at("2027-03-15T10:00:00Z")).await;
    let mut expected = fresh.clone();
    expected.retain(|s| *s != at("2027-03-15T10:00:00Z"));
    assert_eq!(monday(&first, &org).await, expected);

    // 24 reads at once on each instance (under its in-flight limit), every third of a link
    // that does not exist.
    let missing = monday_path(&org).replace("/intro/", "/no-such-link/");
    let reads = (0..48).map(|i| {
        let app = if i % 2 == 0 { &first } else { &second };
        let path = if i % 3 == 0 { missing.clone() } else { monday_path(&org) };
        async move { (i, app.get(&path, None).await) }
    });
    for (i, answer) in futures::future::join_all(reads).await {
        if i % 3 == 0 {
            let problem = answer.expect(404);
            assert_eq!(problem["code"], "not_found", "{problem}");
        } else {
            assert_eq!(slot_starts(&answer.expect(200)), expected, "read {i}");
        }
    }
    // Then one more booking, and every read after it sees it.
    book(&first, &org, at("2027-03-15T11:00:00Z")).await;
    expected.retain(|s| *s != at("2027-03-15T11:00:00Z"));
    let reads = (0..40).map(|i| monday(if i % 2 == 0 { &first } else { &second }, &org));
    for seen in futures::future::join_all(reads).await {
        assert_eq!(seen, expected);
    }
}

/// Time alone retires an entry: once the booking horizon has moved on (it may uncover more),
/// and once its first slot falls inside the minimum notice. Instances whose clocks stand at
/// later instants read what an earlier one stored.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs Redis: run through scripts/test.sh"]
async fn time_passing_retires_entries(pool: PgPool) {
    let url = redis_url();
    let at_clock = |instant: &str| Config {
        clock: Clock::starting_at(at(instant)),
        ..config(&url)
    };
    // Wednesday 10 March, 13:00 in Berlin.
    let wednesday = TestApp::spawn_with(pool.clone(), at_clock("2027-03-10T12:00:00Z")).await;
    let (org, _) = organisation(&wednesday).await;
    let event_type: Value = wednesday.get("/v1/event-types", Some(&org.key)).await.expect(200);
    let id = event_type["data"][0]["id"].as_str().expect("event type id").to_owned();
    wednesday
        .patch(
            &format!("/v1/event-types/{id}"),
            Some(&org.key),
            json!({"horizon_days": 4, "min_notice_minutes": 60}),
        )
        .await
        .expect(200);
    // Four days ahead ends with Sunday the 14th: Monday is not bookable yet.
    assert_eq!(monday(&wednesday, &org).await, Vec::<DateTime<Utc>>::new());

    // Thursday 00:30 in Berlin: the horizon has moved on to Monday.
    let thursday = TestApp::spawn_with(pool.clone(), at_clock("2027-03-10T23:30:00Z")).await;
    let all = monday(&thursday, &org).await;
    assert_eq!(all.len(), 16, "09:00–17:00 in half hours: {all:?}");

    // Monday 09:30 in Berlin: with an hour's notice, 10:30 is the first slot left.
    let monday_morning = TestApp::spawn_with(pool, at_clock("2027-03-15T08:30:00Z")).await;
    let left: Vec<_> = all.into_iter().filter(|s| *s >= at("2027-03-15T09:30:00Z")).collect();
    assert_eq!(left.len(), 13);
    assert_eq!(monday(&monday_morning, &org).await, left);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs Redis: run through scripts/test.sh"]
async fn a_damaged_entry_is_discarded_and_replaced(pool: PgPool) {
    // Without its own copy in memory, the instance reads every entry from Redis.
    let without_memory = Config {
        slot_cache_memory_mb: 0,
        ..config(&redis_url())
    };
    let app = TestApp::spawn_with(pool, without_memory).await;
    let (org, _) = organisation(&app).await;
    let mut redis = redis().await;
    let fresh = monday(&app, &org).await;
    let key = entry_key(&mut redis, &org).await;
    let good: Vec<u8> = redis.get(&key).await.expect("GET");
    // Another shape, a cut body, a body changed under its header (a slot moved by an hour).
    let moved = String::from_utf8(good.clone())
        .expect("text")
        .replacen("T09:", "T10:", 1);
    assert_ne!(moved.as_bytes(), good.as_slice(), "the entry holds a 09:00 slot");
    for damaged in [
        b"not an entry".to_vec(),
        br#"{"versions": {"event_type": "1"}, "list": []}"#.to_vec(),
        good[..good.len() - 10].to_vec(),
        moved.into_bytes(),
    ] {
        let _: () = redis.set(&key, damaged.as_slice()).await.expect("SET");
        assert_eq!(monday(&app, &org).await, fresh, "{}", String::from_utf8_lossy(&damaged));
        let stored: Vec<u8> = redis.get(&key).await.expect("GET");
        assert_ne!(stored, damaged, "replaced by a good entry");
        let entry = Entry::decode(&stored.into()).expect("a good entry");
        serde_json::from_slice::<Value>(&entry.body).expect("a JSON body");
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn every_change_to_a_calendar_bumps_its_version(pool: PgPool) {
    let config = Config {
        redis_url: None,
        ..config("redis://unused")
    };
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let (org, host) = app.with_intro("acme").await;
    let version = async || -> kairos::store::calendars::SlotVersions {
        kairos::store::calendars::slot_versions(&pool, "acme", "intro")
            .await
            .expect("versions")
            .expect("the link")
    };
    let mut seen = version().await;
    let mut changed = async |what: &str| {
        let now = version().await;
        assert_ne!(now, seen, "{what} must change the versions");
        seen = now;
    };
    let booked = book(&app, &org, at("2027-03-15T10:00:00Z")).await;
    changed("a booking").await;
    let id = booked["id"].as_str().expect("id");
    app.post(
        &format!("/v1/bookings/{id}/reschedule"),
        Some(&org.key),
        json!({"start": "2027-03-15T11:00:00Z"}),
    )
    .await
    .expect(200);
    changed("a reschedule").await;
    app.post(&format!("/v1/bookings/{id}/cancel"), Some(&org.key), json!({}))
        .await
        .expect(200);
    changed("a cancellation").await;
    let block = app
        .post(
            &format!("/v1/hosts/{host}/busy-blocks"),
            Some(&org.key),
            json!({"start": "2027-03-15T12:00:00Z", "end": "2027-03-15T13:00:00Z"}),
        )
        .await
        .expect(201);
    changed("a busy block").await;
    let block = block["id"].as_str().expect("block id");
    app.delete(&format!("/v1/hosts/{host}/busy-blocks/{block}"), Some(&org.key))
        .await
        .expect(204);
    changed("a busy block removed").await;
    app.put(
        &format!("/v1/hosts/{host}/availability"),
        Some(&org.key),
        json!({"time_zone": "Europe/Berlin", "weekly": {"monday": [{"start": "09:00", "end": "12:00"}]},
               "overrides": [{"date": "2027-03-22", "spans": []}]}),
    )
    .await
    .expect(200);
    changed("hours and an override").await;
    // External busy time, as a sync stores it, and a source that stops blocking.
    sqlx::query(
        "INSERT INTO calendar_sources (id, org_id, host_id, name, url) \
         SELECT gen_random_uuid(), org_id, id, 'Work', 'https://calendar.example.com/work.ics' FROM hosts",
    )
    .execute(&pool)
    .await
    .expect("a source");
    sqlx::query(
        "INSERT INTO external_busy (org_id, host_id, source_id, during, uid) \
         SELECT org_id, host_id, id, tstzrange('2027-03-15T14:00Z', '2027-03-15T15:00Z'), 'e1' FROM calendar_sources",
    )
    .execute(&pool)
    .await
    .expect("external busy time");
    changed("external busy time").await;
    sqlx::query("UPDATE calendar_sources SET blocking = false")
        .execute(&pool)
        .await
        .expect("stale");
    changed("a source that stops blocking").await;
    let planner = format!("/v1/hosts/{host}/planner");
    app.put(&planner, Some(&org.key), json!({"planned_blocks_busy": false}))
        .await
        .expect(200);
    changed("a host that starts to use the planner").await;
    app.put(&planner, Some(&org.key), json!({"planned_blocks_busy": true}))
        .await
        .expect(200);
    changed("planned blocks that start to count as busy").await;
    sqlx::query("UPDATE calendar_sources SET last_error = 'down'")
        .execute(&pool)
        .await
        .expect("bookkeeping");
    assert_eq!(version().await, seen, "a source's bookkeeping is not its busy time");
    app.put(
        &planner,
        Some(&org.key),
        json!({"planned_blocks_busy": true, "freeze_minutes": 45}),
    )
    .await
    .expect(200);
    assert_eq!(version().await, seen, "the planner's other settings are not free time");
    sqlx::query("UPDATE planner_settings SET replan_generation = replan_generation + 1")
        .execute(&pool)
        .await
        .expect("a planner run starts");
    assert_eq!(version().await, seen, "a planner run's start is not free time");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_redis_that_is_down_or_never_answers_is_bypassed(pool: PgPool) {
    // Nothing listens on the first; the second accepts connections and never answers.
    let closed = crate::helpers::peers::free_port();
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let silent_port = silent.local_addr().expect("address").port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            held.push(socket);
        }
    });
    for port in [closed, silent_port] {
        let app = TestApp::spawn_with(pool.clone(), config(&format!("redis://127.0.0.1:{port}/"))).await;
        let (org, _) = organisation(&app).await;
        for _ in 0..3 {
            let answer = tokio::time::timeout(Duration::from_secs(10), monday(&app, &org))
                .await
                .expect("answered, not hung on Redis");
            assert_eq!(answer.len(), 16, "computed from PostgreSQL");
        }
    }
}
