//! The organisation's side of the API that `setup` and `feeds` use before any load: one JSON
//! request at a time with the organisation's key, failing unless the expected status comes back.

use anyhow::{Context, bail};
use reqwest::{Client, Method};
use serde_json::Value;

use crate::target::Target;

#[derive(Debug)]
pub struct Api {
    pub client: Client,
    pub target: Target,
}

impl Api {
    /// Sends a JSON request (`body`, if any) and returns the JSON answer, failing unless the
    /// status is `expect`.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        key: Option<&str>,
        body: Option<Value>,
        expect: u16,
    ) -> anyhow::Result<Value> {
        let mut request = self.client.request(method, self.target.url(path));
        if let Some(body) = body {
            request = request.json(&body);
        }
        if let Some(key) = key {
            request = request.bearer_auth(key);
        }
        let response = request
            .send()
            .await
            .with_context(|| format!("cannot reach {}", self.target.url(path)))?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await?;
        let value: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        if status != expect {
            bail!(
                "{path} answered {status} (expected {expect}): {}",
                String::from_utf8_lossy(&bytes).chars().take(500).collect::<String>()
            );
        }
        Ok(value)
    }
}

/// The string at `value`, or an error naming `what` is missing from the answer.
pub fn text(value: &Value, what: &str) -> anyhow::Result<String> {
    value
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("the answer has no `{what}`"))
}
