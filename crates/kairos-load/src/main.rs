//! The `kairos-load` command: parses the command line and runs `setup`, `feeds` or `run`.

use clap::Parser;
use kairos_load::cli::{Cli, Command};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async move {
        match cli.command {
            Command::Setup(args) => kairos_load::setup::run(args).await,
            Command::Feeds(args) => kairos_load::feeds::run(args).await,
            Command::Run(args) => kairos_load::runner::run(*args).await,
        }
    })
}
