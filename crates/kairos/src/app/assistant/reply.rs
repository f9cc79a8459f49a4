//! What the assistant answers to an understood request: questions, proposals to confirm, or
//! what it has done.

use super::proposal::{Outcome, Proposal};

/// What Kairos answers to an understood request.
#[derive(Debug, Default)]
pub struct Reply {
    pub status: &'static str,
    pub questions: Vec<String>,
    pub proposals: Vec<Proposal>,
    pub message: Option<String>,
    pub outcome: Option<Outcome>,
}

impl Reply {
    pub(super) fn done(message: String, outcome: Outcome) -> Self {
        Self {
            status: "done",
            message: Some(message),
            outcome: Some(outcome),
            ..Self::default()
        }
    }

    pub(super) fn ask(questions: Vec<String>) -> Self {
        Self {
            status: "needs_clarification",
            message: Some(questions.join(" ")),
            questions,
            ..Self::default()
        }
    }

    /// The reply with `note` (what was understood so far) after its message.
    pub(super) fn noting(mut self, note: Option<String>) -> Self {
        if let Some(note) = note {
            self.message = Some(match self.message.take() {
                Some(message) => format!("{message} {note}"),
                None => note,
            });
        }
        self
    }

    pub(super) fn unable(why: String) -> Self {
        Self {
            status: "unable",
            message: Some(why),
            ..Self::default()
        }
    }

    pub(super) fn proposing(proposals: Vec<Proposal>, message: String) -> Self {
        Self {
            status: "proposed",
            proposals,
            message: Some(message),
            ..Self::default()
        }
    }
}
