//! The `kairos` command line: `serve`, `worker`, `jobs`, `migrate`, `healthcheck`, `backup`,
//! `export` and `import`.

pub mod backup;

use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use secrecy::ExposeSecret;
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
    /// Run the HTTP API (settings from KAIROS_* variables; see docs/configuration.md).
    Serve {
        /// Seed a demo organisation when the database is empty (same as KAIROS_DEMO=true).
        #[arg(long)]
        demo: bool,
    },
    /// Run background jobs (e-mails, reminders, webhooks, events) until SIGTERM, then finish
    /// running jobs within KAIROS_WORKER_GRACE_SECS.
    Worker {
        /// Jobs run at once (default KAIROS_WORKER_CONCURRENCY).
        #[arg(long)]
        concurrency: Option<usize>,
    },
    /// Inspect the job queue and retry dead jobs.
    Jobs {
        #[command(subcommand)]
        command: crate::jobs::admin::JobsCommand,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Exit 0 when the API on KAIROS_LISTEN is ready (GET /readyz answers 2xx), else 1; for
    /// container health checks.
    Healthcheck {
        /// Probe this URL instead, e.g. a worker's metrics: http://127.0.0.1:9465/metrics.
        #[arg(long)]
        url: Option<String>,
        /// Give up after this many seconds.
        #[arg(long, default_value_t = 3)]
        timeout_secs: u64,
    },
    /// Create, list, verify, restore and prune backups (see docs/backups.md).
    Backup(backup::BackupArgs),
    /// Write one organisation's data as portable JSON and an .ics of its bookings.
    Export {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        /// Directory to write into (created if missing).
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Load an export (from `kairos export`) into this Kairos; importing twice changes nothing.
    Import {
        /// The directory `kairos export` wrote.
        dir: std::path::PathBuf,
    },
    /// Serve the agent interface (Model Context Protocol) to one agent on standard input and
    /// output, acting with the API key in KAIROS_MCP_API_KEY; logs go to standard error.
    Mcp,
}

/// Parses the command line and runs the chosen command.
pub async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let mut config = Config::load()?;
    let output = match cli.command {
        Command::Mcp => telemetry::Output::Stderr,
        _ => telemetry::Output::Stdout,
    };
    let telemetry = telemetry::init_to(&config, output);
    let outcome = match cli.command {
        Command::Serve { demo } => {
            config.demo |= demo;
            serve(config).await
        }
        Command::Worker { concurrency } => worker(config, concurrency).await,
        Command::Jobs { command } => match Database::open(&config).await {
            Ok(db) => {
                let done = crate::jobs::admin::run(&db.pool, command, &mut std::io::stdout()).await;
                db.close().await;
                done
            }
            Err(err) => Err(err),
        },
        Command::Backup(args) => backup::run(&config, args, &mut std::io::stdout()).await,
        Command::Export { org, out } => match Database::open(&config).await {
            Ok(db) => {
                let done = crate::portable::command::export(&db.pool, &org, &out, &mut std::io::stdout()).await;
                db.close().await;
                done
            }
            Err(err) => Err(err),
        },
        Command::Import { dir } => match Database::open(&config).await {
            Ok(db) => {
                let done = crate::portable::command::import(&db.pool, &dir, &mut std::io::stdout()).await;
                db.close().await;
                done
            }
            Err(err) => Err(err),
        },
        Command::Migrate => match Database::open(&config).await {
            Ok(db) => {
                tracing::info!("migrations applied");
                db.close().await;
                Ok(())
            }
            Err(err) => Err(err),
        },
        Command::Mcp => mcp(config).await,
        Command::Healthcheck { url, timeout_secs } => {
            let url = url.unwrap_or_else(|| crate::healthcheck::readiness_url(config.listen));
            crate::healthcheck::probe(&url, std::time::Duration::from_secs(timeout_secs)).await
        }
    };
    telemetry.shutdown();
    outcome
}

async fn mcp(config: Config) -> anyhow::Result<()> {
    let key = config
        .mcp_api_key
        .clone()
        .ok_or_else(|| anyhow::anyhow!("set KAIROS_MCP_API_KEY to the API key the agent acts with"))?;
    let db = Database::open(&config).await?;
    let state = startup::app_state(db.pool.clone(), Arc::new(config))?;
    let served = match crate::app::keys::scope(&state.pool, key.expose_secret()).await {
        Ok(scope) => crate::mcp::serve_stdio(state, scope).await,
        Err(err) => Err(anyhow::anyhow!("KAIROS_MCP_API_KEY: {err}")),
    };
    db.close().await;
    served
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
        let key = demo::ensure(&db.pool, &config.data_dir, config.clock.now()).await?;
        println!(
            "\nKairos is running at {url}\n  web app: {url}/login (demo login {} / {})\n  booking page: {url}/book/acme/intro\n  demo API key: {key}\n  public booking link: {url}/v1/public/event-types/acme/intro/slots\n  API reference: {url}/openapi.json\n",
            demo::DEMO_EMAIL,
            demo::DEMO_PASSWORD
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
    let workers = config.in_process_workers();
    let worker = if workers > 0 {
        tracing::info!(
            concurrency = workers,
            "running background jobs in-process (KAIROS_SERVE_WORKERS)"
        );
        let pool = crate::store::worker_pool(&config, &db.pool, workers).await?;
        Some(startup::spawn_worker(&pool, &config, workers, shutdown.clone()).await?)
    } else {
        None
    };
    let served = startup::serve(listener, db.pool.clone(), Arc::clone(&config), shutdown).await;
    if let Some(worker) = worker {
        worker.await.context("worker task")??;
    }
    db.close().await;
    served
}

async fn worker(config: Config, concurrency: Option<usize>) -> anyhow::Result<()> {
    let db = Database::open(&config).await?;
    let shutdown = CancellationToken::new();
    startup::cancel_on_signal(shutdown.clone());
    if let Some(address) = config.worker_metrics_listen {
        let listener = TcpListener::bind(address)
            .await
            .with_context(|| format!("cannot listen on {address} (KAIROS_WORKER_METRICS_LISTEN)"))?;
        tracing::info!(%address, "worker metrics at /metrics");
        let pool = db.pool.clone();
        let shutdown = shutdown.clone();
        tokio::spawn(async move {
            if let Err(err) = crate::telemetry::metrics::serve(listener, pool, shutdown).await {
                tracing::error!(error = ?err, "metrics listener stopped");
            }
        });
    }
    let concurrency = concurrency.unwrap_or(config.worker_concurrency).max(1);
    let worker = startup::spawn_worker(&db.pool, &config, concurrency, shutdown).await?;
    let done = worker.await.context("worker task")?;
    db.close().await;
    done
}
