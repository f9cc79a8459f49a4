//! Portable data: one organisation's complete data as versioned JSON (`kairos export`) that
//! another Kairos loads with the same ids (`kairos import`), idempotently. Operational state
//! (jobs, events, delivery logs, API keys, idempotency keys) stays behind; webhook endpoints
//! travel without their secrets.

pub mod command;
pub mod export;
pub mod format;
pub mod import;
