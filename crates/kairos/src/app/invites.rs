//! A booking's calendar invite on demand, for the host (by id) and the invitee (by their
//! link): the same iCalendar the e-mails carry, as of the booking's last change.

use sqlx::PgPool;

use super::bookings::resolve_uid;
use super::{Error, Result};
use crate::ids::{BookingId, OrgId};
use crate::notify::{ics, load_context};
use crate::store;

/// The booking's invite: a `REQUEST` while confirmed, a `CANCEL` once cancelled.
pub async fn invite(pool: &PgPool, org: OrgId, id: BookingId) -> Result<String> {
    let mut conn = store::acquire(pool).await?;
    let booking = store::bookings::get(&mut *conn, org, id)
        .await?
        .ok_or(Error::NotFound("booking"))?;
    let context = load_context(&mut conn, org, &booking).await?;
    Ok(ics::render(&ics::Invite {
        booking: &booking,
        title: &context.title,
        location: &context.location,
        hosts: &context.hosts,
        stamp: booking.updated_at,
    }))
}

/// The invite behind an invitee's link.
pub async fn invite_by_uid(pool: &PgPool, uid: &str) -> Result<String> {
    let (org, id) = resolve_uid(pool, uid).await?;
    invite(pool, org, id).await
}
