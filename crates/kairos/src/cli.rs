//! The `kairos` command line: `serve` and `migrate`.

use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::startup::{self, Database};
use crate::{demo, telemetry};

#[derive(Debug, Parser)]
#[command(
    name = "kairos",
    version,
    about = "Self-hostable scheduling: booking links, availability, slots and bookings."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the HTTP API (settings from KAIROS_* variables; see the README).
    Serve {
        /// Seed a demo organisation when the database is empty (same as KAIROS_DEMO=true).
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
}

/// Parses the command line and runs the chosen command.
pub async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let mut config = Config::load()?;
    let telemetry = telemetry::init(&config);
    let outcome = match cli.command {
        Command::Serve { demo } => {
            config.demo |= demo;
            serve(config).await
        }
        Command::Migrate => match Database::open(&config).await {
            Ok(db) => {
                tracing::info!("migrations applied");
                db.close().await;
                Ok(())
            }
            Err(err) => Err(err),
        },
    };
    telemetry.shutdown();
    outcome
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let config = Arc::new(config);
    let db = Database::open(&config).await?;
    match crate::store::server_connection_budget(&db.pool).await {
        Ok(budget) => {
            if let Some(warning) = config.headroom_warning(budget) {
                tracing::warn!(
                    pool = config.db_max_connections,
                    instances = config.instances,
                    budget,
                    "{warning}"
                );
            }
        }
        Err(err) => tracing::warn!(error = %err, "could not read the server's max_connections"),
    }
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {} (KAIROS_LISTEN)", config.listen))?;
    let address = listener.local_addr()?;
    let url = format!("http://{address}");
    if config.demo {
        let key = demo::ensure(&db.pool, &config.data_dir).await?;
        println!(
            "\nKairos is running at {url}\n  demo API key: {key}\n  public booking link: {url}/v1/public/event-types/acme/intro/slots\n  API reference: {url}/openapi.json\n"
        );
    } else {
        println!("Kairos is running at {url}");
    }
    tracing::info!(%address, "listening");
    let shutdown = CancellationToken::new();
    startup::cancel_on_signal(shutdown.clone());
    if let Some(metrics_address) = config.metrics_listen {
        let metrics_listener = TcpListener::bind(metrics_address)
            .await
            .with_context(|| format!("cannot listen on {metrics_address} (KAIROS_METRICS_LISTEN)"))?;
        tracing::info!(address = %metrics_address, "metrics at /metrics");
        let pool = db.pool.clone();
        let shutdown = shutdown.clone();
        tokio::spawn(async move {
            if let Err(err) = crate::telemetry::metrics::serve(metrics_listener, pool, shutdown).await {
                tracing::error!(error = ?err, "metrics listener stopped");
            }
        });
    }
    let served = startup::serve(listener, db.pool.clone(), Arc::clone(&config), shutdown).await;
    db.close().await;
    served
}
