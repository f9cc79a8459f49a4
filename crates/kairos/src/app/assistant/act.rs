//! Carrying out a confirmed proposal inside the caller's transaction. Whatever the intent said,
//! the requesting host can only book meetings they take part in and move or cancel their own
//! bookings: the checks here do not trust the proposal, whichever engine produced it.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sqlx::PgConnection;

use super::super::{Error, Result, bookings, one_off};
use super::proposal::{Action, Outcome, Proposal};
use super::words;
use crate::app::ProblemCode;
use crate::ids::OrgId;
use crate::model::{Attendee, Booking, Canceller, Host};
use crate::store;

/// Does what `proposal` proposes on behalf of `host` at `now`; the outcome and a sentence
/// saying it.
pub async fn carry_out(
    tx: &mut PgConnection,
    org: OrgId,
    host: &Host,
    proposal: &Proposal,
    now: DateTime<Utc>,
) -> Result<(Outcome, String)> {
    let zone: Tz = host.time_zone.tz();
    match &proposal.action {
        Action::Book { title, hosts, guest } => {
            if hosts.first() != Some(&host.id) {
                return Err(not_yours());
            }
            let invitee = match guest {
                Some(email) => Attendee {
                    name: email.split('@').next().unwrap_or(email).to_owned(),
                    email: super::super::validate::email("guest", email)?,
                    time_zone: host.time_zone,
                },
                None => Attendee {
                    name: host.name.clone(),
                    email: host.email.clone(),
                    time_zone: host.time_zone,
                },
            };
            let minutes = i32::try_from((proposal.end - proposal.start).num_minutes()).unwrap_or(i32::MAX);
            let meeting = one_off::Meeting {
                title,
                hosts,
                start: proposal.start,
                duration_minutes: minutes,
                invitee: &invitee,
                notes: "",
            };
            let booking = one_off::book(tx, org, &meeting, now).await?;
            let said = format!(
                "Booked “{title}” for {}. Invitations are on their way.",
                words::span(booking.start, booking.end, zone)
            );
            Ok((
                Outcome::Booked {
                    booking_id: booking.id,
                    proposal: proposal.id,
                },
                said,
            ))
        }
        Action::Reschedule { booking_id } => {
            own(tx, org, host, *booking_id).await?;
            let booking = bookings::reschedule_in(tx, org, *booking_id, proposal.start, now).await?;
            let said = format!(
                "Moved the meeting to {}.",
                words::span(booking.start, booking.end, zone)
            );
            Ok((
                Outcome::Rescheduled {
                    booking_id: booking.id,
                    proposal: proposal.id,
                },
                said,
            ))
        }
        Action::Cancel { booking_id } => {
            let booking = cancel(tx, org, host, *booking_id, now).await?;
            let said = format!(
                "Cancelled the meeting of {}. Everyone is told.",
                words::span(booking.start, booking.end, zone)
            );
            Ok((
                Outcome::Cancelled {
                    booking_id: booking.id,
                    proposal: proposal.id,
                },
                said,
            ))
        }
        Action::CancelAll { booking_ids } => {
            // All in this one transaction: every meeting still ahead is cancelled, or none. One
            // that has ended since the proposal is left as it is.
            let mut spans = Vec::with_capacity(booking_ids.len());
            let mut cancelled = Vec::with_capacity(booking_ids.len());
            // Every host's booking lock at once, in host order, before the first is cancelled:
            // taken meeting by meeting, two such cancellations could take them crosswise.
            let mut hosts = Vec::new();
            for id in booking_ids {
                hosts.extend(own(tx, org, host, *id).await?.hosts);
            }
            store::bookings::lock_hosts(tx, &hosts).await?;
            for id in booking_ids {
                if own(tx, org, host, *id).await?.end <= now {
                    continue;
                }
                let booking = cancel(tx, org, host, *id, now).await?;
                spans.push(words::span(booking.start, booking.end, zone));
                cancelled.push(booking.id);
            }
            if cancelled.is_empty() {
                return Err(Error::Conflict {
                    code: ProblemCode::BookingInPast,
                    message: "the meetings are over and cannot be cancelled".to_owned(),
                });
            }
            let said = format!(
                "Cancelled {} meetings: {}. Everyone is told.",
                spans.len(),
                spans.join("; ")
            );
            Ok((
                Outcome::CancelledAll {
                    booking_ids: cancelled,
                    proposal: proposal.id,
                },
                said,
            ))
        }
    }
}

/// Cancels a booking `host` takes part in, unless it is already over.
async fn cancel(
    tx: &mut PgConnection,
    org: OrgId,
    host: &Host,
    id: crate::ids::BookingId,
    now: DateTime<Utc>,
) -> Result<Booking> {
    let booking = own(tx, org, host, id).await?;
    if booking.end <= now {
        return Err(Error::Conflict {
            code: ProblemCode::BookingInPast,
            message: "the meeting is over and cannot be cancelled".to_owned(),
        });
    }
    bookings::cancel_in(tx, org, id, None, Canceller::Host, now).await
}

/// The booking, when `host` takes part in it.
async fn own(tx: &mut PgConnection, org: OrgId, host: &Host, id: crate::ids::BookingId) -> Result<Booking> {
    let booking = store::bookings::get(&mut *tx, org, id)
        .await?
        .ok_or(Error::NotFound("booking"))?;
    if booking.hosts.contains(&host.id) {
        Ok(booking)
    } else {
        Err(not_yours())
    }
}

fn not_yours() -> Error {
    Error::Forbidden {
        code: ProblemCode::NotYourMeeting,
        message: "the assistant acts only on meetings the requesting host takes part in".to_owned(),
    }
}
