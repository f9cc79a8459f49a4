//! Kairos: the self-hostable scheduling service. `main.rs` only parses the command line;
//! everything else is here so tests can start the real application on port 0.

pub mod app;
pub mod backup;
pub mod broker;
pub mod calendars;
pub mod cli;
pub mod clock;
pub mod config;
pub mod demo;
pub mod embedded_pg;

pub mod healthcheck;
pub mod http;
pub mod ids;
pub mod jobs;
#[cfg(test)]
mod layers;
pub mod mcp;
pub mod model;
pub mod notify;
pub mod outbound_guard;
pub mod portable;
pub mod sealing;
pub mod server;
pub mod startup;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod tls;
pub mod web;
pub mod webhooks;
