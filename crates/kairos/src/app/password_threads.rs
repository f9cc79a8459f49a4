//! The threads that hash and check passwords: a fixed set, one per core, so Argon2's memory
//! (about 19 MiB a check) is bounded by the core count however many log-ins arrive at once.

use super::{Error, Result};

/// A piece of password work (an Argon2 hash or check) for the password threads.
type PasswordJob = Box<dyn FnOnce() + Send>;

/// How many password hashes and checks run at once in this process: one per core, each on one
/// of that many long-lived threads. Argon2 takes about 19 MiB and a core's worth of work each;
/// on the shared blocking pool every new thread kept its own 19 MiB after its first check, so a
/// flood of log-ins with random e-mails (which no per-account lockout stops) grew the process
/// without bound. A process-wide budget, like the cores it stands for.
static PASSWORD_THREADS: std::sync::LazyLock<(tokio::sync::Semaphore, std::sync::mpsc::Sender<PasswordJob>)> =
    std::sync::LazyLock::new(|| {
        let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        let (sender, receiver) = std::sync::mpsc::channel::<PasswordJob>();
        let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
        let mut started = 0;
        for i in 0..threads {
            let receiver = std::sync::Arc::clone(&receiver);
            let spawned = std::thread::Builder::new()
                .name(format!("kairos-password-{i}"))
                .spawn(move || {
                    loop {
                        let next = match receiver.lock() {
                            Ok(receiver) => receiver.recv(),
                            Err(_) => return,
                        };
                        match next {
                            Ok(job) => job(),
                            Err(_) => return,
                        }
                    }
                });
            match spawned {
                Ok(_) => started += 1,
                Err(err) => tracing::error!(error = %err, "could not start a password thread"),
            }
        }
        (tokio::sync::Semaphore::new(started), sender)
    });

/// How long a password check waits for its turn before it is answered "overloaded" (503 with
/// `Retry-After`). Waiting requests hold an in-flight slot, so a flood past the in-flight limit
/// is shed at once by the API's own limiter.
const PASSWORD_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Runs `work` (a hash or a check) on a password thread, or says the service is busy.
pub(super) async fn run<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    let (permits, threads) = &*PASSWORD_THREADS;
    let _permit = tokio::time::timeout(PASSWORD_WAIT, permits.acquire())
        .await
        .map_err(|_| Error::Overloaded)?
        .map_err(|_| Error::Overloaded)?;
    let (done, result) = tokio::sync::oneshot::channel();
    threads
        .send(Box::new(move || {
            let _ = done.send(work());
        }))
        .map_err(|_| anyhow::anyhow!("the password threads are gone"))?;
    Ok(result
        .await
        .map_err(|_| anyhow::anyhow!("a password thread stopped mid-check"))?)
}
