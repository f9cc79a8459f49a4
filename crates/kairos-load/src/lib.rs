//! kairos-load: a load generator for Kairos whose virtual users behave like people on a
//! booking link (open the page, list slots, book, sometimes cancel), with HDR latency
//! statistics and self-contained reports, and the hosts' external calendars to load it with.
//! The binary in `main.rs` only parses the command line.

pub mod api;
pub mod cli;
pub mod client;
pub mod feeds;
pub mod fixture;
pub mod ics;
pub mod journal;
pub mod outcome;
pub mod progress;
pub mod report;
pub mod rng;
pub mod runner;
pub mod scenario;
pub mod setup;
pub mod stats;
pub mod target;
