//! Wakes idle workers after commits that left the `NOTIFY` out of their transaction (see
//! `store::jobs::Wake`): one `NOTIFY` for each burst of such commits, sent a moment after the
//! first of them, so that the commits wait for no lock and the database sends a few hundred
//! notifications a second at most rather than one per booking.

use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::mpsc;

/// How long a wake-up waits for the commits around it to join it.
const GATHER: Duration = Duration::from_millis(2);

/// A handle that asks for the workers to be woken; clones share one sender, which stops when the
/// last handle is dropped.
#[derive(Debug, Clone)]
pub struct Waker {
    asked: mpsc::Sender<()>,
}

impl Waker {
    /// A waker for the workers listening on `pool`'s database. Needs a Tokio runtime.
    #[must_use]
    pub fn new(pool: PgPool) -> Self {
        // One wake-up waiting is enough: a later ask is answered by it.
        let (asked, wakes) = mpsc::channel(1);
        tokio::spawn(send(pool, wakes));
        Self { asked }
    }

    /// Asks for the workers to be woken; call it once the transaction that queued jobs has
    /// committed. Never waits: a wake-up already asked for and not yet sent covers this one.
    pub fn wake(&self) {
        let _already_asked = self.asked.try_send(());
    }
}

/// Sends a `NOTIFY` for every burst of asks. An ask received here came after its commit, and the
/// `NOTIFY` after the ask, so no commit is left unannounced; one that fails leaves its jobs to
/// the workers' next poll.
async fn send(pool: PgPool, mut wakes: mpsc::Receiver<()>) {
    while wakes.recv().await.is_some() {
        tokio::time::sleep(GATHER).await;
        while wakes.try_recv().is_ok() {}
        let woken = async { crate::store::jobs::wake(&mut *crate::store::acquire(&pool).await?).await };
        if let Err(err) = woken.await {
            tracing::debug!(error = %err, "could not wake the workers; they will find the jobs at their next poll");
        }
    }
}
