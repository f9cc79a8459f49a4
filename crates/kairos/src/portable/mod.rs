//! Portable data: one organisation's complete data as versioned JSON (`kairos export`) that
//! another Kairos loads with the same ids (`kairos import`), idempotently. Operational state
//! (jobs, events, delivery logs, API keys, idempotency keys, calendar sources' synced busy
//! time) stays behind; webhook endpoints travel without their secrets, calendar sources with
//! their feed address sealed.

pub mod command;
pub mod export;
pub mod format;
pub mod import;
