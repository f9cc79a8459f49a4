//! Outbound webhooks per the Standard Webhooks spec: signing, a guarded HTTP client that only
//! reaches public addresses, and one delivery attempt with its bookkeeping. The job layer
//! decides when to attempt and how long to wait between retries.

pub mod client;
pub mod deliver;
pub mod sign;

pub use client::WebhookClient;
pub use deliver::{Delivery, DeliveryError, DropReason, deliver, subscribers};
