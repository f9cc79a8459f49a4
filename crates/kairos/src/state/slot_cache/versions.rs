//! The versions a cached slot list is checked against, read for many slot reads in one
//! statement. Every hit needs the current versions of its link from PostgreSQL; under load,
//! reads that arrive while a statement is running wait for the next one and share it, so the
//! database answers one statement per batch instead of one per read. Never stale: a read only
//! joins a statement that has not been sent yet, so the statement's snapshot is taken after
//! the read began and sees every commit that finished before it.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use sqlx::PgPool;
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::app::error::is_transient;
use crate::app::{Error, Result, slots};
use crate::store;
use crate::store::calendars::SlotVersions;

/// Reads waiting for a statement, at most; past that a read asks PostgreSQL on its own.
const QUEUE: usize = 4_096;
/// Links in one statement, at most.
const MOST_PER_STATEMENT: usize = 256;
/// Statements of one instance running at once: a batch forms while they run.
const STATEMENTS_AT_ONCE: usize = 2;

/// One read waiting for its link's versions.
struct Ask {
    org_slug: String,
    slug: String,
    answer: oneshot::Sender<Answer>,
}

/// What a batch gives a read: the versions (`None`: no such event type), the database's
/// refusal for lack of a connection, its failure to answer now (a lost connection, a statement
/// timeout: every read of the batch gets the same 503 rather than each trying again while the
/// database struggles), or nothing (any other error: the read asks on its own, and gets its
/// own error).
enum Answer {
    Found(Option<SlotVersions>),
    Overloaded,
    Unavailable,
    Failed,
}

/// The instance's batching reader of slot versions; its task starts with the first read.
#[derive(Debug, Clone)]
pub struct VersionReader {
    pool: PgPool,
    queue: Arc<OnceLock<mpsc::Sender<Ask>>>,
}

impl VersionReader {
    #[must_use]
    pub fn new(pool: PgPool) -> Self {
        Self {
            pool,
            queue: Arc::new(OnceLock::new()),
        }
    }

    /// The current versions behind `/{org_slug}/{slug}`, read by a statement sent after this
    /// call began.
    pub async fn read(&self, org_slug: &str, slug: &str) -> Result<SlotVersions> {
        let queue = self.queue.get_or_init(|| {
            let (sender, receiver) = mpsc::channel(QUEUE);
            tokio::spawn(answer_all(self.pool.clone(), receiver));
            sender
        });
        let (answer, answered) = oneshot::channel();
        let ask = Ask {
            org_slug: org_slug.to_owned(),
            slug: slug.to_owned(),
            answer,
        };
        if queue.try_send(ask).is_ok() {
            match answered.await {
                Ok(Answer::Found(versions)) => return versions.ok_or(Error::NotFound("event type")),
                Ok(Answer::Overloaded) => return Err(Error::Overloaded),
                Ok(Answer::Unavailable) => return Err(Error::DatabaseUnavailable),
                Ok(Answer::Failed) | Err(_) => {}
            }
        }
        slots::versions(&self.pool, org_slug, slug).await
    }
}

/// Takes the reads waiting whenever a statement may start, and answers them with one.
async fn answer_all(pool: PgPool, mut asks: mpsc::Receiver<Ask>) {
    let running = Arc::new(Semaphore::new(STATEMENTS_AT_ONCE));
    loop {
        let Ok(turn) = running.clone().acquire_owned().await else {
            return;
        };
        let Some(first) = asks.recv().await else { return };
        let mut batch = vec![first];
        while batch.len() < MOST_PER_STATEMENT {
            match asks.try_recv() {
                Ok(ask) => batch.push(ask),
                Err(_) => break,
            }
        }
        let pool = pool.clone();
        tokio::spawn(async move {
            answer(&pool, batch).await;
            drop(turn);
        });
    }
}

/// One statement for the distinct links of `batch`, its answer handed to each read.
async fn answer(pool: &PgPool, batch: Vec<Ask>) {
    let mut position: HashMap<(&str, &str), usize> = HashMap::with_capacity(batch.len());
    let (mut org_slugs, mut slugs) = (Vec::new(), Vec::new());
    let places: Vec<usize> = batch
        .iter()
        .map(|ask| {
            *position.entry((&ask.org_slug, &ask.slug)).or_insert_with(|| {
                org_slugs.push(ask.org_slug.clone());
                slugs.push(ask.slug.clone());
                org_slugs.len() - 1
            })
        })
        .collect();
    metrics::counter!("kairos_cache_version_statements_total").increment(1);
    metrics::counter!("kairos_cache_version_reads_total").increment(batch.len() as u64);
    let found = store::calendars::slot_versions_of(pool, &org_slugs, &slugs).await;
    for (ask, place) in batch.into_iter().zip(places) {
        let answer = match &found {
            Ok(found) => found.get(place).cloned().map_or(Answer::Failed, Answer::Found),
            Err(sqlx::Error::PoolTimedOut) => Answer::Overloaded,
            Err(err) if is_transient(err) => Answer::Unavailable,
            Err(_) => Answer::Failed,
        };
        // A read that stopped waiting (its client went away) needs no answer.
        let _ = ask.answer.send(answer);
    }
    if let Err(err) = &found {
        tracing::warn!(error = %err, "reading slot versions in a batch failed");
    }
}
