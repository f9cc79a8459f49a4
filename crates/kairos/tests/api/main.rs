//! Integration tests of the HTTP API against a real PostgreSQL: each test gets a fresh
//! database (`#[sqlx::test]`, migrated with Kairos's own migrations) and a real server on
//! port 0. Set DATABASE_URL to a PostgreSQL server where the user may create databases.

mod helpers;

mod abuse_limits;
mod agent;
mod assistant;
mod auth;
mod availability;
mod background;
mod backup;
mod bookings;
mod broker;
mod browser;
mod caldav;
mod calendar_sources;
mod clock;
mod config_reference;
mod event_types;
mod host_feeds;
mod hosts;
mod instants;
mod isolation;
mod llm;
mod mail;
mod metrics;
mod operations;
mod overload;
mod password_flood;
mod planner;
mod portable;
mod query_plans;
mod race;
mod replica;
mod schemathesis;
mod slot_cache;
mod slots;
mod slow_clients;
mod traces;
mod web;
mod web_redis;
mod webhooks;
mod worker_kill;
