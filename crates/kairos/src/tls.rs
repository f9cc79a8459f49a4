//! TLS for Kairos's outbound connections: rustls with the ring provider (no aws-lc-rs, so the
//! build needs no C toolchain) and the system's trusted roots. Kairos's own HTTP clients carry
//! their configuration explicitly; `main` also installs ring once as the process's provider,
//! for the clients libraries build inside themselves (S3 backups, OTLP traces).

use std::sync::Arc;

use rustls_platform_verifier::BuilderVerifierExt as _;

/// Installs ring as the process-wide rustls provider. A second call changes nothing.
pub fn install_crypto_provider() {
    // An error only means a provider is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// A client configuration with ring and the platform's certificate verifier.
///
/// # Errors
/// When the system's trusted roots cannot be loaded.
pub fn client_config() -> Result<rustls::ClientConfig, rustls::Error> {
    let mut config = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()?
        .with_platform_verifier()?
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

/// An HTTP client builder using [`client_config`], needing no process-wide provider. Falls back
/// to reqwest's own set-up (and so the installed provider) if the roots cannot be loaded.
pub fn client_builder() -> reqwest::ClientBuilder {
    let builder = reqwest::Client::builder();
    match client_config() {
        Ok(config) => builder.tls_backend_preconfigured(config),
        Err(err) => {
            tracing::warn!(error = %err, "cannot load the system's trusted roots for TLS");
            builder
        }
    }
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn clients_build_without_a_process_wide_provider() {
        // No provider is installed in this test process unless another test did: either way,
        // building must not depend on it.
        let client = super::client_builder().build().expect("a client");
        drop(client);
    }
}
