//! Observability: JSON logs to stdout by default (one object per event, with the request
//! span's fields) or a human format (`KAIROS_LOG_FORMAT=pretty`); Prometheus metrics on their
//! own listener; database call timings taken from the store's spans.

pub mod db_spans;
pub mod metrics;
pub mod otlp;

use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

use crate::config::{Config, LogFormat};

/// What must be flushed before the process exits.
#[derive(Debug, Default)]
pub struct Telemetry {
    traces: Option<opentelemetry_sdk::trace::SdkTracerProvider>,
}

impl Telemetry {
    /// Flushes spans still in the export buffer.
    pub fn shutdown(self) {
        if let Some(provider) = self.traces
            && let Err(err) = provider.shutdown()
        {
            tracing::warn!(error = %err, "could not flush traces");
        }
    }
}

/// Installs the global subscriber; a second call (as in tests) is a no-op. Each layer filters
/// on its own, so quiet logs (`KAIROS_LOG=warn`) still leave database timings measured. Spans
/// go to an OTLP collector when `OTEL_EXPORTER_OTLP_ENDPOINT` is set.
pub fn init(config: &Config) -> Telemetry {
    init_to(config, Output::Stdout)
}

/// Where the logs go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Stdout,
    /// For a command whose standard output is a protocol (`kairos mcp`).
    Stderr,
}

/// [`init`], with the logs on `output`.
pub fn init_to(config: &Config, output: Output) -> Telemetry {
    let filter = EnvFilter::try_new(&config.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let writer = match output {
        Output::Stdout => tracing_subscriber::fmt::writer::BoxMakeWriter::new(std::io::stdout),
        Output::Stderr => tracing_subscriber::fmt::writer::BoxMakeWriter::new(std::io::stderr),
    };
    let logs = tracing_subscriber::fmt::layer().with_writer(writer);
    let logs = match config.log_format {
        LogFormat::Json => logs
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .boxed(),
        LogFormat::Pretty => logs.compact().boxed(),
    };
    let db = db_spans::DbTimings.with_filter(Targets::new().with_target(db_spans::STORE_TARGET, tracing::Level::INFO));
    let mut telemetry = Telemetry::default();
    let traces = match std::env::var(otlp::ENDPOINT_VARIABLE) {
        Ok(endpoint) if !endpoint.is_empty() => match otlp::layer(&endpoint) {
            Ok((layer, provider)) => {
                telemetry.traces = Some(provider);
                Some(layer.with_filter(Targets::new().with_target("kairos", tracing::Level::INFO)))
            }
            Err(err) => {
                eprintln!("kairos: traces will not be exported: {err:#}");
                None
            }
        },
        _ => None,
    };
    let _ = tracing_subscriber::registry()
        .with(logs.with_filter(filter))
        .with(db)
        .with(traces)
        .try_init();
    telemetry
}
