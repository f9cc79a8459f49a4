//! Who a request names. An email is a colleague when a host of the organisation has it, and a
//! guest otherwise; a name must fit exactly one colleague (by whole name or first name). A name
//! that fits no one or several people becomes a question — the assistant never guesses who.

use kairos_core::intent::Participant;
use sqlx::PgConnection;

use super::super::Result;
use super::words;
use crate::ids::OrgId;
use crate::model::Host;
use crate::store;

/// The people a request names, resolved.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// Hosts of the organisation, without the requesting host.
    pub colleagues: Vec<Host>,
    /// Email addresses of people outside the organisation.
    pub guests: Vec<String>,
}

/// Resolves `participants` for `requester`: the people, or the questions to ask first.
pub async fn resolve(
    conn: &mut PgConnection,
    org: OrgId,
    requester: &Host,
    participants: &[Participant],
) -> Result<Result<People, Vec<String>>, super::super::Error> {
    let emails: Vec<String> = participants
        .iter()
        .filter_map(|p| match p {
            Participant::Email(e) => Some(e.to_lowercase()),
            Participant::Name(_) => None,
        })
        .collect();
    let names: Vec<String> = participants
        .iter()
        .filter_map(|p| match p {
            Participant::Name(n) => Some(n.to_lowercase()),
            Participant::Email(_) => None,
        })
        .collect();
    let known = if participants.is_empty() {
        Vec::new()
    } else {
        store::hosts::matching(&mut *conn, org, &emails, &names).await?
    };
    let mut people = People::default();
    let mut questions = Vec::new();
    for participant in participants {
        match participant {
            Participant::Email(email) => {
                let email = email.to_lowercase();
                match known.iter().find(|h| h.email.as_str() == email) {
                    Some(host) => add(&mut people.colleagues, host, requester),
                    None if !people.guests.contains(&email) => people.guests.push(email),
                    None => {}
                }
            }
            Participant::Name(name) => {
                let fits: Vec<&Host> = known
                    .iter()
                    .filter(|h| h.id != requester.id && fits(&h.name, name))
                    .collect();
                match fits.as_slice() {
                    [host] => add(&mut people.colleagues, host, requester),
                    [] => questions.push(format!(
                        "I don't know a colleague called “{name}”. Who do you mean? For someone outside \
                         your organisation, give their email address."
                    )),
                    several => {
                        let options: Vec<String> =
                            several.iter().map(|h| format!("{} ({})", h.name, h.email)).collect();
                        questions.push(format!("Which {name} do you mean: {}?", or_list(&options)));
                    }
                }
            }
        }
    }
    Ok(if questions.is_empty() {
        Ok(people)
    } else {
        Err(questions)
    })
}

fn add(colleagues: &mut Vec<Host>, host: &Host, requester: &Host) {
    if host.id != requester.id && !colleagues.iter().any(|c| c.id == host.id) {
        colleagues.push(host.clone());
    }
}

/// True when `name` as written is the person's whole name or first name, ignoring case.
pub fn fits(full_name: &str, name: &str) -> bool {
    let (full_name, name) = (full_name.to_lowercase(), name.to_lowercase());
    full_name == name || full_name.split_whitespace().next() == Some(name.as_str())
}

fn or_list(items: &[String]) -> String {
    words::list(items).replacen(" and ", " or ", usize::from(items.len() > 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_fits_the_whole_or_first_name() {
        assert!(fits("Bo Chen", "bo"));
        assert!(fits("Bo Chen", "Bo Chen"));
        assert!(!fits("Bo Chen", "Chen"));
        assert!(!fits("Bob Chen", "Bo"));
    }
}
