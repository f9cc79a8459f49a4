//! The assistant's job: understand a request, then answer it — questions when it is unclear,
//! ranked proposals for a meeting to book, move or cancel, the agenda for a description — and,
//! when the request was sent with `auto_book`, carry out the best proposal that still works.

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use kairos_core::intent::{Intent, IntentKind, Issue};
use sqlx::{PgConnection, PgPool};

use super::super::{Error, Result};
use super::find_time::{self, Ask};
use super::meetings::{self, Found};
use super::proposal::{Action, Outcome, Proposal};
use super::reply::Reply;
use super::{add_to_plan, describe, people, words};
use crate::app::assistant::engine::{Understander, Understood};
use crate::ids::{AssistantRequestId, OrgId};
use crate::model::Host;
use crate::store;
use crate::store::assistant::Answer;

/// A meeting without a stated length lasts this long.
const DEFAULT_MINUTES: u32 = 30;

/// Understands and answers a stored request (the job's work). A request already answered, or
/// gone with its host, is nothing to do, so a retried job changes nothing. Meetings are found
/// and times searched as of `now`; relative dates are read from when the request was asked.
pub async fn run(
    pool: &PgPool,
    understander: &Understander,
    org: OrgId,
    id: AssistantRequestId,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let (request, host) = {
        let mut conn = store::acquire(pool).await?;
        let Some(request) = store::assistant::to_understand(&mut conn, org, id).await? else {
            return Ok(());
        };
        let Some(host) = store::hosts::get(&mut *conn, org, request.host_id).await? else {
            return Ok(());
        };
        (request, host)
    };
    if request.status != "queued" {
        return Ok(());
    }
    let zone: Tz = request.zone.tz();
    // No pooled connection is held while a model may be thinking.
    let Understood {
        intent: understood,
        engine,
        fallback,
    } = understander.understand(&request.text, request.asked_at, zone).await;
    tracing::info!(request.id = %id, engine = engine.as_str(), fallback = fallback.as_deref(), "assistant request understood");
    let mut conn = store::acquire(pool).await?;
    let reply = respond(pool, &mut conn, org, &host, &understood, zone, now)
        .await
        .map_err(|err| anyhow::anyhow!("{err}"))?;
    let proposals = serde_json::to_value(&reply.proposals)?;
    let outcome = reply.outcome.as_ref().map(serde_json::to_value).transpose()?;
    let answer = Answer {
        status: reply.status,
        engine: engine.as_str(),
        intent: &serde_json::to_value(&understood)?,
        questions: &serde_json::to_value(&reply.questions)?,
        proposals: &proposals,
        message: reply.message.as_deref(),
        outcome: outcome.as_ref(),
    };
    store::assistant::answer(&mut conn, org, id, &answer).await?;
    drop(conn);
    // Auto-booking books new meetings only: a move or a cancellation always waits for the
    // host's confirmation, so a misreading never changes an existing meeting on its own.
    let only_bookings = reply.proposals.iter().all(|p| matches!(p.action, Action::Book { .. }));
    if request.auto_book && reply.status == "proposed" && only_bookings {
        auto_book(pool, org, id, &reply.proposals, now).await?;
    }
    Ok(())
}

/// Confirms the first proposal that can still be carried out; when none can, says so.
async fn auto_book(
    pool: &PgPool,
    org: OrgId,
    id: AssistantRequestId,
    proposals: &[Proposal],
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    for proposal in proposals {
        match super::confirm(pool, org, id, proposal.id, now).await {
            Ok(_) => return Ok(()),
            Err(Error::Unavailable(_) | Error::Conflict { .. }) => {}
            Err(err) => return Err(anyhow::anyhow!("{err}")),
        }
    }
    let mut conn = store::acquire(pool).await?;
    let said = "None of the proposed times could be booked: they were taken meanwhile. Ask again for new times.";
    store::assistant::acted(&mut conn, org, id, "unable", said, None).await?;
    Ok(())
}

/// The answer to `understood`, asked by `host` in `zone`, as of `now`.
pub async fn respond(
    pool: &PgPool,
    conn: &mut PgConnection,
    org: OrgId,
    host: &Host,
    understood: &Intent,
    host_zone: Tz,
    now: DateTime<Utc>,
) -> Result<Reply> {
    let questions = questions(understood);
    if !questions.is_empty() {
        return Ok(Reply::ask(questions).noting(so_far(understood)));
    }
    let zone = understood.zone.map_or(host_zone, |z| z.tz());
    match &understood.kind {
        IntentKind::FindTime { .. } => find_time(conn, org, host, understood, zone, now).await,
        IntentKind::Reschedule { which, to } => {
            let found = meetings::find(conn, org, host, *which, &understood.participants, zone, now).await?;
            let meeting = match found {
                Found::One(m) => m,
                Found::None(why) => return Ok(Reply::unable(why)),
                Found::Several(question) => return Ok(Reply::ask(vec![question])),
                // One meeting is moved at a time.
                Found::All(meetings) => return Ok(Reply::ask(vec![meetings::which_of(&meetings, zone)])),
            };
            let mut hosts = vec![host.clone()];
            let others: Vec<_> = meeting
                .booking
                .hosts
                .iter()
                .copied()
                .filter(|h| *h != host.id)
                .collect();
            hosts.extend(store::hosts::by_ids(&mut *conn, org, &others).await?);
            let ask = Ask {
                hosts: &hosts,
                duration: meeting.booking.end - meeting.booking.start,
                window: to.or(understood.window),
                avoid: &understood.avoid,
                zone,
                moving: Some(meeting.booking.id),
                now,
            };
            let action = Action::Reschedule {
                booking_id: meeting.booking.id,
            };
            Ok(match find_time::search(conn, org, &ask, &action).await? {
                Ok(proposals) => {
                    let said = format!(
                        "Here {} to move {} to. Confirm one to move it; everyone will be told.",
                        count(proposals.len()),
                        meetings::line(&meeting, zone)
                    );
                    Reply::proposing(proposals, said)
                }
                Err(why) => Reply::unable(why),
            })
        }
        IntentKind::Cancel { which } => {
            let found = meetings::find(conn, org, host, *which, &understood.participants, zone, now).await?;
            Ok(match found {
                Found::One(m) => {
                    let line = meetings::line(&m, zone);
                    let proposal = Proposal {
                        id: 1,
                        start: m.booking.start,
                        end: m.booking.end,
                        label: words::span(m.booking.start, m.booking.end, zone),
                        reasons: vec![format!("The one upcoming meeting of yours that fits: {line}.")],
                        action: Action::Cancel {
                            booking_id: m.booking.id,
                        },
                    };
                    Reply::proposing(vec![proposal], format!("Confirm proposal 1 to cancel {line}."))
                }
                Found::None(why) => Reply::unable(why),
                Found::Several(question) => Reply::ask(vec![question]),
                Found::All(meetings) => cancel_all(&meetings, zone),
            })
        }
        IntentKind::Describe => {
            let today = now.with_timezone(&zone).date_naive();
            let (items, summary) = describe::agenda(conn, org, host, understood.window, zone, today).await?;
            Ok(Reply {
                status: "done",
                message: Some(summary),
                outcome: Some(Outcome::Described { items }),
                ..Reply::default()
            })
        }
        IntentKind::AddTask { title, due } => {
            add_to_plan::add_task(pool, org, host, title, *due, understood, zone, now).await
        }
        IntentKind::AddHabit { title, frequency, part } => {
            add_to_plan::add_habit(pool, org, host, title, *frequency, *part, understood, now).await
        }
        IntentKind::Clarify => Ok(Reply::ask(vec![WHAT_TO_DO.to_owned()]).noting(so_far(understood))),
    }
}

async fn find_time(
    conn: &mut PgConnection,
    org: OrgId,
    host: &Host,
    understood: &Intent,
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<Reply> {
    let people = match people::resolve(conn, org, host, &understood.participants).await? {
        Ok(people) => people,
        Err(questions) => return Ok(Reply::ask(questions)),
    };
    if people.guests.len() > 1 {
        return Ok(Reply::ask(vec![format!(
            "I can invite one person from outside your organisation to a meeting. Whom should I invite: {}?",
            words::list(&people.guests).replacen(" and ", " or ", 1)
        )]));
    }
    let minutes = understood.duration_minutes.unwrap_or(DEFAULT_MINUTES);
    if !(5..=720).contains(&minutes) {
        return Ok(Reply::unable(
            "A meeting must last between 5 minutes and 12 hours.".to_owned(),
        ));
    }
    let mut hosts = vec![host.clone()];
    hosts.extend(people.colleagues.iter().cloned());
    let mut names: Vec<String> = hosts.iter().map(|h| h.name.clone()).collect();
    names.extend(people.guests.iter().cloned());
    let action = Action::Book {
        title: title(&names),
        hosts: hosts.iter().map(|h| h.id).collect(),
        guest: people.guests.first().cloned(),
    };
    let duration = TimeDelta::minutes(i64::from(minutes));
    let ask = Ask {
        hosts: &hosts,
        duration,
        window: understood.window,
        avoid: &understood.avoid,
        zone,
        moving: None,
        now,
    };
    Ok(match find_time::search(conn, org, &ask, &action).await? {
        Ok(proposals) => {
            let with = if names.len() > 1 {
                format!(" with {}", words::list(&names[1..]))
            } else {
                String::new()
            };
            let said = format!(
                "Here {} for {}{with}. Confirm one to book it.",
                count(proposals.len()),
                words::duration(duration)
            );
            Reply::proposing(proposals, said)
        }
        Err(why) => Reply::unable(why),
    })
}

/// One proposal that cancels every meeting of a range of days together, each listed.
fn cancel_all(meetings: &[meetings::Meeting], zone: Tz) -> Reply {
    let (Some(first), Some(last)) = (meetings.first(), meetings.last()) else {
        return Reply::unable("I found no meeting to cancel.".to_owned());
    };
    let (start, end) = (first.booking.start, last.booking.end);
    let proposal = Proposal {
        id: 1,
        start,
        end,
        label: format!(
            "{} meetings, {} to {}",
            meetings.len(),
            words::date(start.with_timezone(&zone).date_naive()),
            words::date(end.with_timezone(&zone).date_naive())
        ),
        reasons: meetings.iter().map(|m| meetings::line(m, zone)).collect(),
        action: Action::CancelAll {
            booking_ids: meetings.iter().map(|m| m.booking.id).collect(),
        },
    };
    let said = format!(
        "Confirm proposal 1 to cancel these {} meetings together; everyone is told.",
        meetings.len()
    );
    Reply::proposing(vec![proposal], said)
}

/// "Meeting: Ana Lima, Bo Chen and zoe@example.com", within the title's length limit.
fn title(names: &[String]) -> String {
    let title = format!("Meeting: {}", words::list(names));
    if title.chars().count() <= 200 {
        title
    } else {
        title.chars().take(199).chain(std::iter::once('…')).collect()
    }
}

fn count(n: usize) -> String {
    if n == 1 {
        "is a time".to_owned()
    } else {
        format!("are {n} times")
    }
}

const WHAT_TO_DO: &str = "What would you like me to do: find a time, move or cancel a meeting, describe your \
                          calendar, or add a task or a habit?";

/// The questions an unclear request raises, in the host's words where possible.
/// What was understood of a request the assistant asks about, so that the host sees what it got
/// and answers only what is missing: "So far I understood: 45 minutes, with Bo, on Tue 1 Dec."
fn so_far(understood: &Intent) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(minutes) = understood.duration_minutes {
        parts.push(words::duration(TimeDelta::minutes(i64::from(minutes))));
    }
    let people: Vec<String> = understood
        .participants
        .iter()
        .map(|p| match p {
            kairos_core::intent::Participant::Name(n) | kairos_core::intent::Participant::Email(n) => n.clone(),
        })
        .collect();
    if !people.is_empty() {
        parts.push(format!("with {}", words::list(&people)));
    }
    if let Some(window) = &understood.window {
        parts.push(words::window(window));
    }
    (!parts.is_empty()).then(|| format!("So far I understood: {}.", parts.join(", ")))
}

fn questions(understood: &Intent) -> Vec<String> {
    understood
        .issues
        .iter()
        .map(|issue| match issue {
            Issue::AmbiguousDate(text) => format!("Which date do you mean by “{text}”: day/month or month/day?"),
            Issue::InvalidDate(text) => format!("“{text}” is not a date I can use. Which day do you mean?"),
        })
        .collect()
}
