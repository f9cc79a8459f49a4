//! The client of an OpenAI-compatible chat completions API (OpenAI, Ollama, vLLM, llama.cpp
//! server). One call per request, bounded in time and in the bytes read back, never following
//! redirects; every way it can go wrong is a [`Failure`] with a metric label, so the caller can
//! fall back to the parser and say why.

use std::time::Duration;

use anyhow::Context;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use kairos_core::intent::Intent;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::{prompt, schema};
use crate::config::Config;
use crate::outbound_guard::causes;

/// Most bytes of an answer read; a longer one is refused rather than buffered.
const ANSWER_CAP: usize = 256 * 1024;

/// Why the model's answer was not used.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("no answer within {0} ms")]
    Timeout(u128),
    #[error("could not reach the model: {0}")]
    Connect(String),
    #[error("the model's server answered HTTP {status}: {excerpt}")]
    Status { status: u16, excerpt: String },
    #[error("the answer is not a chat completion: {0}")]
    BadResponse(String),
    #[error("the model refused: {0}")]
    Refusal(String),
    #[error("the answer is not JSON: {0}")]
    InvalidJson(String),
    #[error("the answer does not fit the intent schema: {0}")]
    Schema(String),
}

impl Failure {
    /// The `outcome` label of `kairos_assistant_understood_total`.
    #[must_use]
    pub fn outcome(&self) -> &'static str {
        match self {
            Failure::Timeout(_) => "timeout",
            Failure::Connect(_) => "connection_error",
            Failure::Status { .. } => "http_error",
            Failure::BadResponse(_) => "bad_response",
            Failure::Refusal(_) => "refusal",
            Failure::InvalidJson(_) => "invalid_json",
            Failure::Schema(_) => "schema",
        }
    }
}

/// Asks one configured model to understand requests.
#[derive(Debug, Clone)]
pub struct LlmClient {
    http: reqwest::Client,
    url: String,
    model: String,
    key: Option<SecretString>,
    timeout: Duration,
}

impl LlmClient {
    /// The client `KAIROS_LLM_*` asks for; none without a base URL.
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Self>> {
        let Some(base) = &config.llm_base_url else {
            return Ok(None);
        };
        let timeout = Duration::from_millis(config.llm_timeout_ms);
        let http = crate::tls::client_builder()
            .user_agent(concat!("Kairos/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(timeout)
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .context("cannot build the LLM client")?;
        let url = format!("{}/chat/completions", base.trim_end_matches('/'));
        if config.llm_api_key.is_some() && url.starts_with("http://") && !is_loopback(&url) {
            tracing::warn!(%url, "KAIROS_LLM_API_KEY will be sent over plain http; use https");
        }
        Ok(Some(Self {
            http,
            url,
            model: config.llm_model.clone().unwrap_or_default(),
            key: config.llm_api_key.clone(),
            timeout,
        }))
    }

    /// Asks the model what `text` means, asked at `now` by a host in `zone`, and checks the
    /// answer.
    #[tracing::instrument(skip_all, fields(llm.model = %self.model))]
    pub async fn understand(&self, text: &str, now: DateTime<Utc>, zone: Tz) -> Result<Intent, Failure> {
        let body = prompt::chat_request(&self.model, text, now, zone);
        let answer = tokio::time::timeout(self.timeout, self.call(&body))
            .await
            .map_err(|_| Failure::Timeout(self.timeout.as_millis()))??;
        let value: serde_json::Value =
            serde_json::from_str(unfenced(&answer)).map_err(|err| Failure::InvalidJson(err.to_string()))?;
        let model: schema::ModelIntent =
            serde_path_to_error::deserialize(value).map_err(|err| Failure::Schema(err.to_string()))?;
        schema::into_intent(&model, now.with_timezone(&zone).date_naive()).map_err(Failure::Schema)
    }

    /// Sends the request; the model's answer: a tool call's arguments, else the message content.
    async fn call(&self, body: &serde_json::Value) -> Result<String, Failure> {
        let mut request = self.http.post(&self.url).json(body);
        if let Some(key) = &self.key {
            request = request.bearer_auth(key.expose_secret());
        }
        let mut response = request.send().await.map_err(|err| self.failure(&err))?;
        let status = response.status();
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|err| self.failure(&err))? {
            if bytes.len() + chunk.len() > ANSWER_CAP {
                return Err(Failure::BadResponse(format!("longer than {ANSWER_CAP} bytes")));
            }
            bytes.extend_from_slice(&chunk);
        }
        if !status.is_success() {
            return Err(Failure::Status {
                status: status.as_u16(),
                excerpt: excerpt(&bytes),
            });
        }
        let completion: Completion =
            serde_json::from_slice(&bytes).map_err(|err| Failure::BadResponse(err.to_string()))?;
        let choice = completion
            .choices
            .into_iter()
            .next()
            .ok_or_else(|| Failure::BadResponse("no choices".to_owned()))?;
        // Whatever an answer cut at its length limit says, it is not the whole intent.
        if choice.finish_reason.as_deref() == Some("length") {
            return Err(Failure::BadResponse(format!(
                "cut short at the limit of {} tokens",
                prompt::MAX_ANSWER_TOKENS
            )));
        }
        let message = choice.message;
        if let Some(call) = message.tool_calls.into_iter().next() {
            return Ok(call.function.arguments);
        }
        match (message.content, message.refusal) {
            (Some(content), _) if !content.trim().is_empty() => Ok(content),
            (_, Some(refusal)) => Err(Failure::Refusal(refusal)),
            _ => Err(Failure::BadResponse("neither content nor a tool call".to_owned())),
        }
    }

    fn failure(&self, err: &reqwest::Error) -> Failure {
        if err.is_timeout() {
            Failure::Timeout(self.timeout.as_millis())
        } else if err.is_connect() {
            Failure::Connect(causes(err))
        } else {
            Failure::BadResponse(causes(err))
        }
    }
}

#[derive(Debug, Deserialize)]
struct Completion {
    #[serde(default)]
    choices: Vec<Choice>,
}

#[derive(Debug, Deserialize)]
struct Choice {
    message: Message,
    /// `"length"` when the answer was cut at `max_tokens`.
    finish_reason: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Message {
    content: Option<String>,
    refusal: Option<String>,
    #[serde(default)]
    tool_calls: Vec<ToolCall>,
}

#[derive(Debug, Deserialize)]
struct ToolCall {
    function: Function,
}

#[derive(Debug, Deserialize)]
struct Function {
    arguments: String,
}

/// The JSON inside a Markdown code fence, which models without enforced schemas like to add.
fn unfenced(answer: &str) -> &str {
    let trimmed = answer.trim();
    trimmed
        .strip_prefix("```json")
        .or_else(|| trimmed.strip_prefix("```"))
        .and_then(|rest| rest.strip_suffix("```"))
        .map_or(trimmed, str::trim)
}

fn excerpt(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect()
}

fn is_loopback(url: &str) -> bool {
    reqwest::Url::parse(url).is_ok_and(|u| {
        u.host_str().is_some_and(|host| {
            host == "localhost"
                || host
                    .trim_matches(['[', ']'])
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fenced_answers_are_unwrapped() {
        assert_eq!(unfenced("```json\n{\"a\": 1}\n```"), "{\"a\": 1}");
        assert_eq!(unfenced(" {\"a\": 1} "), "{\"a\": 1}");
        assert_eq!(unfenced("```\n{}\n```"), "{}");
    }

    #[test]
    fn loopback_is_recognised() {
        assert!(is_loopback("http://127.0.0.1:11434/v1/chat/completions"));
        assert!(is_loopback("http://localhost:8080/v1/chat/completions"));
        assert!(!is_loopback("http://models.internal/v1/chat/completions"));
    }
}
