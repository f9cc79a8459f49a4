//! What a booking's invite and e-mails show besides the booking itself, read in one place so
//! the mails and the `.ics` endpoints describe a booking alike.

use std::collections::HashMap;

use sqlx::PgConnection;

use crate::ids::{EventTypeId, HostId, OrgId};
use crate::model::{Attendee, Booking, Host};
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
        hosts.push(attendee(host));
    }
    Ok(BookingContext {
        title: event_type.title,
        location: event_type.location,
        hosts,
    })
}

/// The contexts of many bookings of organisation `org`, in their order, reading each event
/// type once and every host in one query: a calendar of thousands of bookings costs a few
/// queries, not thousands. The same context as [`load_context`] gives each booking.
pub async fn load_contexts(
    conn: &mut PgConnection,
    org: OrgId,
    bookings: &[Booking],
) -> Result<Vec<BookingContext>, ContextError> {
    let mut event_types: HashMap<EventTypeId, (String, String)> = HashMap::new();
    for booking in bookings {
        if event_types.contains_key(&booking.event_type_id) {
            continue;
        }
        let event_type = store::event_types::get(&mut *conn, org, booking.event_type_id)
            .await?
            .ok_or(ContextError::NotFound("event type"))?;
        event_types.insert(booking.event_type_id, (event_type.title, event_type.location));
    }
    let mut host_ids: Vec<HostId> = bookings.iter().flat_map(|b| b.hosts.iter().copied()).collect();
    host_ids.sort_unstable();
    host_ids.dedup();
    let hosts: HashMap<HostId, Attendee> = store::hosts::by_ids(&mut *conn, org, &host_ids)
        .await?
        .into_iter()
        .map(|host| (host.id, attendee(host)))
        .collect();
    bookings
        .iter()
        .map(|booking| {
            let (title, location) = event_types
                .get(&booking.event_type_id)
                .ok_or(ContextError::NotFound("event type"))?;
            let hosts = booking
                .hosts
                .iter()
                .map(|id| hosts.get(id).cloned().ok_or(ContextError::NotFound("host")))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(BookingContext {
                title: title.clone(),
                location: location.clone(),
                hosts,
            })
        })
        .collect()
}

fn attendee(host: Host) -> Attendee {
    Attendee {
        name: host.name,
        email: host.email,
        time_zone: host.time_zone,
    }
}
