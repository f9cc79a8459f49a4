//! The `kairos` binary: everything lives in the library; this only starts the runtime.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    kairos::tls::install_crypto_provider();
    match kairos::cli::run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("kairos: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
