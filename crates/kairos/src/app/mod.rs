//! The use cases: everything a host, an invitee or an operator can do, independent of HTTP.
//! Each takes the pool (or a transaction) and, for tenant data, the caller's `OrgId`.

pub mod accounts;
pub mod agent;
pub mod assistant;
pub mod availability;
pub mod background;
pub mod bookings;
pub mod busy;
pub mod calendar_sources;
pub mod calendar_sync;
pub mod calendar_write;
pub mod error;
pub mod event_types;
pub mod explain;
pub mod host_feeds;
pub mod hosts;
pub mod housekeeping;
pub mod invites;
pub mod keys;
pub mod one_off;
pub mod orgs;
mod password_threads;
mod passwords;
pub mod planner;
pub mod problem_code;
pub mod replan;
pub mod replica_reads;
pub mod scheduled_backups;
pub mod slots;
pub mod validate;
pub mod webhooks;

pub use error::{Error, OnConstraint, Result};
pub use problem_code::ProblemCode;
