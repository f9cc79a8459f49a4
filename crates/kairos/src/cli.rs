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
    telemetry::init(&config);
    match cli.command {
        Command::Serve { demo } => {
            config.demo |= demo;
            serve(config).await
        }
        Command::Migrate => {
            let db = Database::open(&config).await?;
            tracing::info!("migrations applied");
            db.close().await;
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let config = Arc::new(config);
    let db = Database::open(&config).await?;
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
    let served = startup::serve(listener, db.pool.clone(), Arc::clone(&config), shutdown).await;
    db.close().await;
    served
}
