//! Durable background work. Jobs live in PostgreSQL beside the data that causes them and are
//! enqueued in the same transaction, so nothing acknowledged is lost and nothing rolled back
//! runs. Workers claim with `FOR UPDATE SKIP LOCKED`, hold a lease they renew, retry with
//! backoff and leave what keeps failing dead for an operator. Jobs are at-least-once; each
//! kind's effect is made idempotent where the receiver allows it.

pub mod admin;
pub mod backoff;
pub mod enqueue;
pub mod maintenance;
pub mod outbox;
pub mod payload;
pub mod runner;
pub mod worker;

pub use payload::Job;
pub use worker::{Handler, Outcome, WorkerOptions};
