//! Durable background work. Jobs live in PostgreSQL beside the data that causes them and are
//! enqueued in the same transaction, so nothing acknowledged is lost and nothing rolled back
//! runs. Workers claim with `FOR UPDATE SKIP LOCKED`, hold a lease they renew, retry with
//! backoff and leave what keeps failing dead for an operator. Jobs are at-least-once; each
//! kind's effect is made idempotent where the receiver allows it.

pub mod admin;
pub mod backoff;
pub mod enqueue;
pub mod handler;
pub mod maintenance;
pub mod options;
pub mod outbox;
pub mod payload;
pub mod wake;
pub mod worker;

pub use handler::{Handler, Outcome};
pub use options::WorkerOptions;
pub use payload::Job;

/// The channel the `jobs` insert trigger notifies, and housekeeping after it puts jobs back.
pub const CHANNEL: &str = "kairos_jobs";
