//! Database call timings: every store function runs in a span (`#[tracing::instrument]`), and
//! this layer turns each such span's lifetime into the `kairos_db_query_duration_seconds`
//! histogram, labelled `store.function`. One mechanism gives both the trace span and the metric.

use std::time::Instant;

use tracing::Subscriber;
use tracing::span::{Attributes, Id};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::LookupSpan;

/// The module whose spans are database calls.
pub const STORE_TARGET: &str = "kairos::store";

/// Records the duration of store spans.
#[derive(Debug, Clone, Copy)]
pub struct DbTimings;

struct Started(Instant);

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for DbTimings {
    fn on_new_span(&self, _attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(Started(Instant::now()));
        }
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(span) = ctx.span(&id) else { return };
        let Some(Started(started)) = span.extensions_mut().remove::<Started>() else {
            return;
        };
        let metadata = span.metadata();
        let module = metadata
            .target()
            .strip_prefix("kairos::store::")
            .unwrap_or(metadata.target());
        metrics::histogram!("kairos_db_query_duration_seconds", "db_operation" => format!("{module}.{}", metadata.name()))
            .record(started.elapsed().as_secs_f64());
    }
}
