//! Kairos's statements are planned once per connection, not on every execution: the pool asks
//! PostgreSQL for generic plans (`kairos::store::PLAN_CACHE_MODE`; why in docs/scaling.md,
//! "The booking transaction").

use chrono::{TimeDelta, Weekday};
use chrono_tz::Europe::Berlin;
use kairos::config::Config;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::helpers::{TestApp, at, next};

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn bookings_reuse_one_plan_of_the_calendar_statement(_pool_options: PgPoolOptions, connect: PgConnectOptions) {
    // One connection, so every booking runs its statements on it.
    let config = Config {
        db_max_connections: 1,
        ..Config::default()
    };
    let pool = kairos::store::connect(&config, connect).await.expect("pool");
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let (org, _host) = app.with_intro("plans").await;
    let first = at(Berlin, next(Weekday::Tue, Berlin), "09:00");
    let bookings = 8;
    for n in 0..bookings {
        app.book(
            &org,
            "intro",
            first + TimeDelta::hours(n),
            &format!("guest{n}@example.com"),
        )
        .await
        .expect(201);
    }

    let mut conn = pool.acquire().await.expect("the pool's connection");
    // The statement that reads the hosts' calendars (it alone reads overrides and busy blocks).
    let (generic, custom): (i64, i64) = sqlx::query_as(
        "SELECT generic_plans, custom_plans FROM pg_prepared_statements
         WHERE statement LIKE '%availability_overrides%' AND statement LIKE '%busy_blocks%'",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("the calendar statement is prepared on the pool's connection");
    assert_eq!(custom, 0, "planned anew on an execution");
    assert!(generic >= bookings, "{generic} executions with the generic plan");
}
