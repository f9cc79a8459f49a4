//! The invariant Kairos exists for: many invitees racing for one slot produce exactly one
//! booking, and every loser gets a clean 409.

use chrono::Weekday;
use chrono_tz::Europe::Berlin;
use futures::future::join_all;
use serde_json::json;

use crate::helpers::database::lock_waits;
use crate::helpers::{TestApp, at, next};

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn two_hundred_concurrent_requests_for_one_slot_make_one_booking(pool: sqlx::PgPool) {
    // Every request must reach the database for the race to be real: no shedding here
    // (shedding has tests of its own in `overload`).
    // Every invitee is a different client behind the (trusted) loopback proxy, so the
    // per-client limits leave the race to the database.
    let config = kairos::config::Config {
        max_in_flight: 1_000,
        trusted_proxies: "127.0.0.1".parse().expect("valid"),
        ..kairos::config::Config::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let (org, _host) = app.with_intro("racers").await;
    let start = at(Berlin, next(Weekday::Wed, Berlin), "10:00");

    let attempts = (0..200).map(|i| {
        let app = &app;
        let org = &org;
        async move {
            let client = format!("10.0.{}.{}", i / 256, i % 256);
            app.book_from(org, "intro", start, &format!("racer{i}@example.com"), Some(&client))
                .await
        }
    });
    let replies = join_all(attempts).await;

    let created = replies.iter().filter(|r| r.status.as_u16() == 201).count();
    let conflicts: Vec<_> = replies.iter().filter(|r| r.status.as_u16() == 409).collect();
    assert_eq!(created, 1, "exactly one booking wins");
    assert_eq!(conflicts.len(), 199, "every other request loses cleanly");
    for reply in conflicts {
        assert_eq!(reply.body["code"], "slot_taken");
    }
    assert_eq!(app.booking_count().await, 1, "the table holds exactly one booking");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn the_database_refuses_overlaps_even_without_the_application(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, host) = app.with_intro("direct").await;
    let start = at(Berlin, next(Weekday::Wed, Berlin), "10:00");
    let booking = app.book(&org, "intro", start, "a@example.com").await.expect(201);

    // Write a second booking for the same host straight into the tables, bypassing every
    // check of the application: the exclusion constraint must refuse an overlap and accept
    // a back-to-back meeting (half-open ranges).
    let existing = uuid::Uuid::parse_str(&booking["id"].as_str().expect("id")[4..]).expect("uuid");
    let host_id = uuid::Uuid::parse_str(&host[4..]).expect("uuid");
    let insert = |offset_minutes: i64| {
        let pool = app.pool.clone();
        async move {
            sqlx::query(
                "WITH b AS (
                    INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at)
                    SELECT gen_random_uuid(), md5(random()::text), org_id, event_type_id, 'confirmed', $3, $3 + interval '30 minutes'
                    FROM bookings WHERE id = $1 RETURNING id, org_id)
                 INSERT INTO booking_hosts (booking_id, host_id, org_id, during)
                 SELECT b.id, $2, b.org_id, tstzrange($3, $3 + interval '30 minutes') FROM b",
            )
            .bind(existing)
            .bind(host_id)
            .bind(start + chrono::TimeDelta::minutes(offset_minutes))
            .execute(&pool)
            .await
        }
    };
    let err = insert(15).await.expect_err("an overlapping reservation is refused");
    let constraint = err.as_database_error().and_then(|e| e.constraint().map(str::to_owned));
    assert_eq!(
        constraint.as_deref(),
        Some("booking_hosts_no_overlap"),
        "unexpected error: {err}"
    );
    insert(30).await.expect("a back-to-back reservation is accepted");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_reschedule_racing_new_bookings_for_the_same_time_wins_at_most_once(pool: sqlx::PgPool) {
    let config = kairos::config::Config {
        trusted_proxies: "127.0.0.1".parse().expect("valid"),
        ..kairos::config::Config::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let (org, _host) = app.with_intro("movers").await;
    let day = next(Weekday::Wed, Berlin);
    let existing = app
        .book(&org, "intro", at(Berlin, day, "10:00"), "first@example.com")
        .await
        .expect(201);
    let uid = existing["uid"].as_str().expect("uid").to_owned();
    let target = at(Berlin, day, "11:00");

    let bookings = (0..20).map(|i| {
        let app = &app;
        let org = &org;
        async move {
            let client = format!("10.1.0.{i}");
            app.book_from(org, "intro", target, &format!("new{i}@example.com"), Some(&client))
                .await
                .status
                .as_u16()
        }
    });
    let reschedule = async {
        app.post(
            &format!("/v1/public/bookings/{uid}/reschedule"),
            None,
            json!({"start": target}),
        )
        .await
        .status
        .as_u16()
    };
    let (booked, moved) = tokio::join!(join_all(bookings), reschedule);
    let winners = booked.iter().filter(|s| **s == 201).count() + usize::from(moved == 200);
    assert_eq!(
        winners, 1,
        "exactly one request gets 11:00 (bookings {booked:?}, reschedule {moved})"
    );
    assert!(
        booked.iter().all(|s| *s == 201 || *s == 409),
        "losers get 409: {booked:?}"
    );
    assert!(
        moved == 200 || moved == 409,
        "the reschedule wins or loses cleanly: {moved}"
    );
    let at_target: i64 =
        sqlx::query_scalar("SELECT count(*) FROM bookings WHERE status = 'confirmed' AND starts_at = $1")
            .bind(target)
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(at_target, 1);
    assert_eq!(app.booking_count().await, if moved == 200 { 1 } else { 2 });
}

/// A round-robin reschedule releases its old host and takes its new one in two statements, so it
/// bumps their calendar versions in that order; a cancellation of a booking with both hosts bumps
/// them in host order, in one. Were the cancellation not to take the hosts' booking locks first,
/// a move to the host of lower id racing it would deadlock (one of the two answered 503). Here
/// the move is held between its two statements by an uncommitted reservation of the new time
/// (which its insert must wait on), the cancellation starts meanwhile, and both must succeed.
#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_cancellation_racing_a_round_robin_move_to_a_lower_host_does_not_deadlock(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let org = app.sign_up("deadlock").await;
    let one = app.host(&org, "Ana", "Europe/Berlin").await;
    let other = app.host(&org, "Bo", "Europe/Berlin").await;
    let (low, high) = if uuid_of(&one) < uuid_of(&other) {
        (one, other)
    } else {
        (other, one)
    };
    for (slug, kind, hosts) in [
        ("any", "round_robin", json!([low, high])),
        ("both", "collective", json!([low, high])),
        ("high-only", "single", json!([high])),
    ] {
        app.event_type(
            &org,
            json!({"slug": slug, "title": slug, "kind": kind, "duration_minutes": 30, "hosts": hosts}),
        )
        .await;
    }
    let day = next(Weekday::Wed, Berlin);
    let shared = app
        .book(&org, "both", at(Berlin, day, "09:00"), "shared@example.com")
        .await
        .expect(201);
    // Two round-robin bookings at 10:00: one lands on each host; the one on the higher host moves.
    let mut moving = None;
    for email in ["a@example.com", "b@example.com"] {
        let booked = app.book(&org, "any", at(Berlin, day, "10:00"), email).await.expect(201);
        if booked["hosts"] == json!([high]) {
            moving = Some(booked);
        }
    }
    let moving = moving.expect("one round-robin booking is on the higher host");
    // At 12:00 the higher host is busy, so the move goes to the lower one.
    app.book(&org, "high-only", at(Berlin, day, "12:00"), "c@example.com")
        .await
        .expect(201);
    let target = at(Berlin, day, "12:00");

    // An uncommitted reservation of the lower host at 12:00 holds the move's insert.
    let mut holder = app.pool.begin().await.expect("begin");
    let any_event_type: uuid::Uuid = sqlx::query_scalar("SELECT id FROM event_types WHERE slug = 'any'")
        .fetch_one(&mut *holder)
        .await
        .expect("event type");
    let held = uuid::Uuid::now_v7();
    sqlx::query(
        "INSERT INTO bookings (id, uid, org_id, event_type_id, status, starts_at, ends_at, notes, created_at, updated_at)
         VALUES ($1, 'held', substr($2, 5)::uuid, $3, 'confirmed', $4, $4 + interval '30 minutes', '', now(), now())",
    )
    .bind(held)
    .bind(&org.id)
    .bind(any_event_type)
    .bind(target)
    .execute(&mut *holder)
    .await
    .expect("held booking");
    sqlx::query(
        "INSERT INTO booking_hosts (booking_id, host_id, org_id, during)
         VALUES ($1, substr($2, 5)::uuid, substr($3, 5)::uuid, tstzrange($4, $4 + interval '30 minutes'))",
    )
    .bind(held)
    .bind(&low)
    .bind(&org.id)
    .bind(target)
    .execute(&mut *holder)
    .await
    .expect("held reservation");

    let moving_id = moving["id"].as_str().expect("id").to_owned();
    let shared_id = shared["id"].as_str().expect("id").to_owned();
    let move_path = format!("/v1/bookings/{moving_id}/reschedule");
    let cancel_path = format!("/v1/bookings/{shared_id}/cancel");
    let (moved, cancelled) = tokio::join!(app.post(&move_path, Some(&org.key), json!({"start": target})), async {
        lock_waits(&app.pool, 1).await;
        let cancelled = app.post(&cancel_path, Some(&org.key), json!({}));
        let release = async {
            lock_waits(&app.pool, 2).await;
            holder.rollback().await.expect("rollback");
        };
        tokio::join!(cancelled, release).0
    });
    let moved = moved.expect(200);
    assert_eq!(moved["hosts"], json!([low]), "the move went to the lower host");
    assert_eq!(cancelled.expect(200)["status"], "cancelled");
}

fn uuid_of(id: &str) -> uuid::Uuid {
    id.split_once('_')
        .and_then(|(_, hex)| uuid::Uuid::parse_str(hex).ok())
        .expect("a prefixed id")
}
