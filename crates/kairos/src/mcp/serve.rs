//! The agent server's transports: streamable HTTP (stateless, so any instance behind the load
//! balancer answers any call; the HTTP layer authenticates each request's key) and stdio (for
//! an agent that starts `kairos mcp` itself, with the key given in the configuration).

use std::sync::Arc;

use rmcp::ServiceExt;
use rmcp::transport::streamable_http_server::session::never::NeverSessionManager;
use rmcp::transport::streamable_http_server::{StreamableHttpServerConfig, StreamableHttpService};

use super::AgentServer;
use crate::app::agent::KeyScope;
use crate::state::AppState;

/// The streamable HTTP service. Every request carries the caller's key (checked before it gets
/// here), so there are no sessions to keep and no `Host` check to make: a page in a browser
/// cannot reach it without the key.
pub fn service(state: AppState) -> StreamableHttpService<AgentServer, NeverSessionManager> {
    let max_body = state.config.max_body_bytes;
    let mut config = StreamableHttpServerConfig::default().disable_allowed_hosts();
    config.legacy_session_mode = false;
    config.json_response = true;
    config.sse_keep_alive = None;
    config.max_request_body_bytes = max_body;
    StreamableHttpService::new(
        move || Ok(AgentServer::new(state.clone(), None)),
        Arc::new(NeverSessionManager::default()),
        config,
    )
}

/// Serves one agent on standard input and output until it hangs up.
pub async fn serve_stdio(state: AppState, scope: KeyScope) -> anyhow::Result<()> {
    let running = AgentServer::new(state, Some(scope))
        .serve(rmcp::transport::stdio())
        .await?;
    running.waiting().await?;
    Ok(())
}
