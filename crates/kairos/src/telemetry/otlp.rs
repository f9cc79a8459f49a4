//! Trace export over OTLP (HTTP/protobuf) when `OTEL_EXPORTER_OTLP_ENDPOINT` is set — the
//! standard OpenTelemetry variable, so any collector (the OpenTelemetry Collector, Tempo,
//! Jaeger) works unchanged. Nothing is exported otherwise. Spans are batched on a background
//! thread, so exporting never blocks a request.

use anyhow::Context;
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{SpanExporter, WithExportConfig};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::SdkTracerProvider;
use tracing::Subscriber;
use tracing_subscriber::Layer;
use tracing_subscriber::registry::LookupSpan;

/// The standard variable naming the collector's base URL (e.g. `http://127.0.0.1:4318`).
pub const ENDPOINT_VARIABLE: &str = "OTEL_EXPORTER_OTLP_ENDPOINT";

/// A tracing layer exporting spans to the collector at `endpoint` (its base URL; traces go to
/// `<endpoint>/v1/traces`), and the provider to flush and shut down on exit.
pub fn layer<S>(endpoint: &str) -> anyhow::Result<(impl Layer<S>, SdkTracerProvider)>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    let traces = format!("{}/v1/traces", endpoint.trim_end_matches('/'));
    let exporter = SpanExporter::builder()
        .with_http()
        .with_endpoint(traces)
        .build()
        .context("cannot build the OTLP span exporter")?;
    let provider = SdkTracerProvider::builder()
        .with_batch_exporter(exporter)
        .with_resource(Resource::builder().with_service_name("kairos").build())
        .build();
    let tracer = provider.tracer("kairos");
    Ok((tracing_opentelemetry::layer().with_tracer(tracer), provider))
}
