//! A progress line on a terminal: what runs, for how long, and how big its file has grown.
//! Nothing is printed when stderr is not a terminal (the scheduled job, CI logs).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use tokio::task::JoinHandle;

/// A running progress line; [`Progress::done`] ends it.
#[derive(Debug)]
pub struct Progress {
    ticker: Option<JoinHandle<()>>,
}

impl Progress {
    /// Shows `label`, the time since now and, when given, the size of `file`.
    #[must_use]
    pub fn start(label: &str, file: Option<PathBuf>) -> Self {
        if !std::io::stderr().is_terminal() {
            return Self { ticker: None };
        }
        let label = label.to_owned();
        let started = Instant::now();
        let ticker = tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_millis(500));
            loop {
                tick.tick().await;
                let size = file
                    .as_ref()
                    .and_then(|f| std::fs::metadata(f).ok())
                    .map(|m| format!(", {:.1} MB", m.len() as f64 / 1e6))
                    .unwrap_or_default();
                eprint!("\r{label}: {:.0} s{size}   ", started.elapsed().as_secs_f64());
                let _ = std::io::stderr().flush();
            }
        });
        Self { ticker: Some(ticker) }
    }

    /// Ends the line.
    pub fn done(self) {
        if let Some(ticker) = self.ticker {
            ticker.abort();
            eprintln!();
        }
    }
}
