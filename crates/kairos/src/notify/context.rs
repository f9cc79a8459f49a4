//! What a booking's invite and e-mails show besides the booking itself, read in one place so
//! the mails and the `.ics` endpoints describe a booking alike.

use sqlx::PgConnection;

use crate::ids::OrgId;
use crate::model::{Attendee, Booking};
use crate::store;

/// The event type's title and location and the booking's hosts, in the booking's order (the
/// first is the organiser).
#[derive(Debug, Clone)]
pub struct BookingContext {
    pub title: String,
    pub location: String,
    pub hosts: Vec<Attendee>,
}

/// Why a booking's context could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ContextError {
    /// The booking's event type or one of its hosts no longer exists.
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Loads the context of `booking` in organisation `org`.
pub async fn load_context(
    conn: &mut PgConnection,
    org: OrgId,
    booking: &Booking,
) -> Result<BookingContext, ContextError> {
    let event_type = store::event_types::get(&mut *conn, org, booking.event_type_id)
        .await?
        .ok_or(ContextError::NotFound("event type"))?;
    let mut hosts = Vec::with_capacity(booking.hosts.len());
    for id in &booking.hosts {
        let host = store::hosts::get(&mut *conn, org, *id)
            .await?
            .ok_or(ContextError::NotFound("host"))?;
        hosts.push(Attendee {
            name: host.name,
            email: host.email,
            time_zone: host.time_zone,
        });
    }
    Ok(BookingContext {
        title: event_type.title,
        location: event_type.location,
        hosts,
    })
}
