//! Telling people about their bookings: the iCalendar invite, the e-mails that carry it, and
//! the mailer that sends them. The job queue decides when; this module decides what and how.

pub mod context;
pub mod email;
pub mod ics;
pub mod mailer;

pub use context::{BookingContext, ContextError, load_context, load_contexts};
pub use email::{BookingMail, Notice, Recipient, Role, compose, recipients};
pub use mailer::{MailError, Mailer};
