//! Understanding a host's request, behind one interface whatever does the work: the
//! deterministic parser of `kairos-core`, or — when `KAIROS_LLM_BASE_URL` is set — a language
//! model, whose answer is checked like any other input and replaced by the parser's whenever it
//! cannot be used (no answer in time, an HTTP error, invalid JSON, a value outside the schema).
//! The model only ever proposes an intent; what is done with it is decided, under the host's
//! own permissions, by the code that acts on intents.

pub mod llm;
mod prompt;
pub mod schema;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use kairos_core::intent::{self, Intent};

use crate::config::Config;
use llm::LlmClient;

/// What produced an intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Engine {
    Parser,
    Llm,
}

impl Engine {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Engine::Parser => "parser",
            Engine::Llm => "llm",
        }
    }
}

/// A request, understood, and by what.
#[derive(Debug, Clone)]
pub struct Understood {
    pub intent: Intent,
    pub engine: Engine,
    /// Why the model's answer was not used (`"timeout: no answer within 300 ms"`), when a model
    /// is configured and the parser answered instead.
    pub fallback: Option<String>,
}

/// Understands requests with the parser, or with a configured model and the parser behind it.
#[derive(Debug, Clone, Default)]
pub struct Understander {
    llm: Option<LlmClient>,
}

impl Understander {
    /// The deterministic parser alone.
    #[must_use]
    pub fn parser() -> Self {
        Self::default()
    }

    /// A model client when `KAIROS_LLM_BASE_URL` is set, else the parser alone.
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        Ok(Self {
            llm: LlmClient::from_config(config)?,
        })
    }

    /// Understands `text`, asked at `now` by a host whose zone is `zone`. Never fails: without a
    /// usable answer from the model the parser's intent is returned, with the reason.
    pub async fn understand(&self, text: &str, now: DateTime<Utc>, zone: Tz) -> Understood {
        let Some(llm) = &self.llm else {
            count(Engine::Parser, "ok");
            return parsed(text, now, zone, None);
        };
        match llm.understand(text, now, zone).await {
            Ok(intent) => {
                count(Engine::Llm, "ok");
                Understood {
                    intent,
                    engine: Engine::Llm,
                    fallback: None,
                }
            }
            Err(failure) => {
                let outcome = failure.outcome();
                count(Engine::Parser, outcome);
                tracing::warn!(outcome, error = %failure, "the model's answer was not used; the parser answered");
                parsed(text, now, zone, Some(format!("{outcome}: {failure}")))
            }
        }
    }
}

fn parsed(text: &str, now: DateTime<Utc>, zone: Tz, fallback: Option<String>) -> Understood {
    Understood {
        intent: intent::parse(text, now, zone),
        engine: Engine::Parser,
        fallback,
    }
}

fn count(engine: Engine, outcome: &'static str) {
    metrics::counter!("kairos_assistant_understood_total", "engine" => engine.as_str(), "outcome" => outcome)
        .increment(1);
}
