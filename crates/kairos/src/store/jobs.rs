//! The job queue's SQL. Claims use `FOR UPDATE SKIP LOCKED` in one autocommitted statement,
//! so a claim is durable the moment it returns and two workers never take the same job; every
//! later write names the claim's lease token, so a worker whose lease was reaped cannot
//! overwrite what the job's next owner does.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::ids::JobId;

/// A job to insert.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub id: JobId,
    pub kind: &'static str,
    pub version: i16,
    pub payload: serde_json::Value,
    pub priority: i16,
    pub run_at: DateTime<Utc>,
    pub max_attempts: i32,
    pub unique_key: Option<String>,
    pub subject: Option<Uuid>,
}

/// A job a worker holds a lease on.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: JobId,
    pub kind: String,
    pub version: i16,
    pub payload: serde_json::Value,
    /// This attempt's number, from 1.
    pub attempt: i32,
    pub max_attempts: i32,
    pub run_at: DateTime<Utc>,
    pub lease_token: Uuid,
}

/// A job as an operator sees it.
#[derive(Debug, Clone)]
pub struct JobRow {
    pub id: JobId,
    pub kind: String,
    pub version: i16,
    pub state: String,
    pub priority: i16,
    pub attempts: i32,
    pub max_attempts: i32,
    pub run_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub payload: serde_json::Value,
}

/// Jobs as column arrays, for one `INSERT … SELECT * FROM unnest(…)` however many there are.
#[derive(Debug, Default)]
pub struct JobColumns {
    pub ids: Vec<JobId>,
    pub kinds: Vec<String>,
    pub versions: Vec<i16>,
    pub payloads: Vec<serde_json::Value>,
    pub priorities: Vec<i16>,
    pub run_ats: Vec<DateTime<Utc>>,
    pub max_attempts: Vec<i32>,
    pub unique_keys: Vec<Option<String>>,
    pub subjects: Vec<Option<Uuid>>,
}

impl From<&[NewJob]> for JobColumns {
    fn from(jobs: &[NewJob]) -> Self {
        let mut columns = Self::default();
        for job in jobs {
            columns.ids.push(job.id);
            columns.kinds.push(job.kind.to_owned());
            columns.versions.push(job.version);
            columns.payloads.push(job.payload.clone());
            columns.priorities.push(job.priority);
            columns.run_ats.push(job.run_at);
            columns.max_attempts.push(job.max_attempts);
            columns.unique_keys.push(job.unique_key.clone());
            columns.subjects.push(job.subject);
        }
        columns
    }
}

/// Inserts jobs in one statement; a job whose `unique_key` exists already is skipped. Returns
/// how many were inserted.
#[tracing::instrument(skip_all)]
pub async fn insert(conn: &mut PgConnection, jobs: &[NewJob]) -> sqlx::Result<u64> {
    if jobs.is_empty() {
        return Ok(0);
    }
    let c = JobColumns::from(jobs);
    let done = sqlx::query!(
        r#"INSERT INTO jobs (id, kind, version, payload, priority, run_at, max_attempts, unique_key, subject)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::int2[], $4::jsonb[], $5::int2[], $6::timestamptz[],
                                $7::int4[], $8::text[], $9::uuid[])
           ON CONFLICT (unique_key) DO NOTHING"#,
        &c.ids as &[JobId],
        &c.kinds,
        &c.versions,
        &c.payloads,
        &c.priorities,
        &c.run_ats,
        &c.max_attempts,
        &c.unique_keys as &[Option<String>],
        &c.subjects as &[Option<Uuid>],
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Which jobs a claim takes, by priority. A worker keeps background work (negative
/// priorities: calendar syncs, backups) to part of its slots, so a thousand syncs due at once
/// never hold every slot while e-mails, webhooks and reminders wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Any,
    /// Priority 0 and above.
    Foreground,
    /// Below 0.
    Background,
}

impl Band {
    fn priorities(self) -> (i16, i16) {
        match self {
            Self::Any => (i16::MIN, i16::MAX),
            Self::Foreground => (0, i16::MAX),
            Self::Background => (i16::MIN, -1),
        }
    }
}

/// Claims up to `limit` jobs ready at `now` (highest priority, then earliest `run_at`) under a
/// fresh lease of `lease_seconds`. `run_at` is on Kairos's clock, so readiness is judged by
/// it; the lease is the database's own bookkeeping and runs on its `now()`.
#[tracing::instrument(skip_all)]
pub async fn claim(
    conn: &mut PgConnection,
    limit: i64,
    lease_seconds: f64,
    now: DateTime<Utc>,
    band: Band,
) -> sqlx::Result<Vec<Claimed>> {
    let token = Uuid::now_v7();
    let (lowest, highest) = band.priorities();
    let rows = sqlx::query!(
        r#"UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_token = $1,
                  lease_until = now() + make_interval(secs => $2), started_at = now()
           WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $4 AND priority BETWEEN $5 AND $6
                        ORDER BY priority DESC, run_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING id AS "id: JobId", kind, version, payload, attempts, max_attempts, run_at"#,
        token,
        lease_seconds,
        limit,
        now,
        lowest,
        highest
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Claimed {
            id: r.id,
            kind: r.kind,
            version: r.version,
            payload: r.payload,
            attempt: r.attempts,
            max_attempts: r.max_attempts,
            run_at: r.run_at,
            lease_token: token,
        })
        .collect())
}

/// Pushes the lease forward. False when the lease is no longer this worker's (reaped).
#[tracing::instrument(skip_all)]
pub async fn heartbeat(conn: &mut PgConnection, id: JobId, token: Uuid, lease_seconds: f64) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "UPDATE jobs SET lease_until = now() + make_interval(secs => $3)
         WHERE id = $1 AND lease_token = $2 AND state = 'running'",
        id as JobId,
        token,
        lease_seconds
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks a held job succeeded. False when the lease was lost meanwhile.
#[tracing::instrument(skip_all)]
pub async fn succeed(conn: &mut PgConnection, id: JobId, token: Uuid) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "UPDATE jobs SET state = 'succeeded', finished_at = now(), lease_token = NULL, lease_until = NULL
         WHERE id = $1 AND lease_token = $2",
        id as JobId,
        token
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Where a failed attempt leaves its job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterFailure {
    /// Queued again for `run_at`.
    Retrying,
    /// Out of attempts (or not retryable): dead until an operator retries it.
    Dead,
    /// The lease was lost meanwhile; the job's new owner decides.
    LeaseLost,
}

/// Records a failed attempt: back to the queue at `retry_at`, or dead when `give_up` or out
/// of attempts.
#[tracing::instrument(skip_all)]
pub async fn fail(
    conn: &mut PgConnection,
    id: JobId,
    token: Uuid,
    error: &str,
    retry_at: DateTime<Utc>,
    give_up: bool,
) -> sqlx::Result<AfterFailure> {
    let state = sqlx::query_scalar!(
        r#"UPDATE jobs SET
               state = CASE WHEN $5 OR attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
               run_at = CASE WHEN $5 OR attempts >= max_attempts THEN run_at ELSE $4 END,
               finished_at = CASE WHEN $5 OR attempts >= max_attempts THEN now() END,
               -- A job out of attempts says so: its last error may have called itself temporary.
               last_error = CASE WHEN NOT $5 AND attempts >= max_attempts
                                 THEN 'gave up after ' || attempts || ' attempts; the last failed with: ' || $3
                                 ELSE $3 END,
               lease_token = NULL, lease_until = NULL
           WHERE id = $1 AND lease_token = $2
           RETURNING state"#,
        id as JobId,
        token,
        error,
        retry_at,
        give_up
    )
    .fetch_optional(conn)
    .await?;
    Ok(match state.as_deref() {
        Some("dead") => AfterFailure::Dead,
        Some(_) => AfterFailure::Retrying,
        None => AfterFailure::LeaseLost,
    })
}

/// Puts held jobs back in the queue to run at `now` (a worker shutting down past its grace
/// period), without counting the interrupted attempt.
#[tracing::instrument(skip_all)]
pub async fn release(conn: &mut PgConnection, id: JobId, token: Uuid, now: DateTime<Utc>) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "UPDATE jobs SET state = 'queued', attempts = greatest(attempts - 1, 0), run_at = $3,
                lease_token = NULL, lease_until = NULL, last_error = 'interrupted by worker shutdown'
         WHERE id = $1 AND lease_token = $2",
        id as JobId,
        token,
        now
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A job whose lease expired, as the reaper left it.
#[derive(Debug, Clone)]
pub struct Reaped {
    pub id: JobId,
    pub kind: String,
    pub dead: bool,
}

/// Returns every job whose lease ran out (its worker died or hung) to the queue, ready at
/// `now`, or to dead when that was its last attempt.
#[tracing::instrument(skip_all)]
pub async fn reap(conn: &mut PgConnection, now: DateTime<Utc>) -> sqlx::Result<Vec<Reaped>> {
    let rows = sqlx::query!(
        r#"UPDATE jobs SET
               state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
               finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
               run_at = $1, lease_token = NULL, lease_until = NULL,
               last_error = 'lease expired: the worker running it stopped or lost the database'
           WHERE state = 'running' AND lease_until < now()
           RETURNING id AS "id: JobId", kind, state"#,
        now
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Reaped {
            id: r.id,
            kind: r.kind,
            dead: r.state == "dead",
        })
        .collect())
}

/// Deletes jobs finished more than `retention_seconds` ago; dead jobs stay until retried or
/// removed by an operator. `finished_at` is the database's own stamp, so its `now()` judges.
#[tracing::instrument(skip_all)]
pub async fn prune(conn: &mut PgConnection, retention_seconds: f64) -> sqlx::Result<u64> {
    let done = sqlx::query!(
        "DELETE FROM jobs WHERE state IN ('succeeded', 'cancelled')
           AND finished_at < now() - make_interval(secs => $1)",
        retention_seconds
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Cancels the queued jobs of `kind` about `subject` whose payload's `sequence` is not `keep`
/// (the reminders of a booking's earlier times, or all of them when `keep` is `None`: the
/// booking was cancelled). A job already running finishes; its handler re-checks what it is
/// about.
#[tracing::instrument(skip_all)]
pub async fn cancel_stale(conn: &mut PgConnection, subject: Uuid, kind: &str, keep: Option<i32>) -> sqlx::Result<u64> {
    let done = sqlx::query!(
        "UPDATE jobs SET state = 'cancelled', finished_at = now()
         WHERE subject = $1 AND kind = $2 AND state = 'queued'
           AND ($3::int4 IS NULL OR (payload->>'sequence')::int4 IS DISTINCT FROM $3)",
        subject,
        kind,
        keep
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// When the next queued job becomes ready, if any is queued.
pub async fn next_run_at(conn: &mut PgConnection, band: Band) -> sqlx::Result<Option<DateTime<Utc>>> {
    let (lowest, highest) = band.priorities();
    sqlx::query_scalar!(
        r#"SELECT min(run_at) AS "next" FROM jobs WHERE state = 'queued' AND priority BETWEEN $1 AND $2"#,
        lowest,
        highest
    )
    .fetch_one(conn)
    .await
}

/// At most `limit` jobs in a state, newest first, optionally of one kind.
pub async fn list(conn: &mut PgConnection, state: &str, kind: Option<&str>, limit: i64) -> sqlx::Result<Vec<JobRow>> {
    let rows = sqlx::query!(
        r#"SELECT id AS "id: JobId", kind, version, state, priority, attempts, max_attempts, run_at, last_error, created_at,
                finished_at, payload
         FROM jobs WHERE state = $1 AND ($2::text IS NULL OR kind = $2)
         ORDER BY id DESC LIMIT $3"#,
        state,
        kind,
        limit
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| JobRow {
            id: r.id,
            kind: r.kind,
            version: r.version,
            state: r.state,
            priority: r.priority,
            attempts: r.attempts,
            max_attempts: r.max_attempts,
            run_at: r.run_at,
            last_error: r.last_error,
            created_at: r.created_at,
            finished_at: r.finished_at,
            payload: r.payload,
        })
        .collect())
}

/// Sends dead jobs back to the queue, ready at `now`, with a fresh set of attempts: the given
/// ones, or every dead job when `ids` is `None`. Returns the ids requeued.
#[tracing::instrument(skip_all)]
pub async fn retry_dead(
    conn: &mut PgConnection,
    ids: Option<&[JobId]>,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<JobId>> {
    let ids = sqlx::query_scalar!(
        r#"UPDATE jobs SET state = 'queued', attempts = 0, run_at = $2, finished_at = NULL
         WHERE state = 'dead' AND ($1::uuid[] IS NULL OR id = ANY($1))
         RETURNING id AS "id: JobId""#,
        ids as Option<&[JobId]>,
        now
    )
    .fetch_all(&mut *conn)
    .await?;
    if !ids.is_empty() {
        wake(conn).await?;
    }
    Ok(ids)
}

/// Who wakes the workers for the jobs a statement queues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The `jobs_notify` trigger, in the transaction: a NOTIFY, which makes the transaction's
    /// commit wait for every other notifying commit before it, WAL flush included.
    InTransaction,
    /// The caller, with [`wake`], once its transaction has committed: the commit waits for no
    /// other (the transaction-local setting `kairos.wake_after_commit` tells the trigger).
    AfterCommit,
}

/// Wakes idle workers now (a NOTIFY on the workers' channel, delivered when this statement's
/// own transaction ends): after a commit that queued jobs with [`Wake::AfterCommit`], or after
/// requeueing.
#[tracing::instrument(skip_all)]
pub async fn wake(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::query!("SELECT pg_notify('kairos_jobs', '')")
        .execute(conn)
        .await?;
    Ok(())
}

/// How many jobs there are of each kind in each state.
pub async fn counts(conn: &mut PgConnection) -> sqlx::Result<Vec<(String, String, i64)>> {
    let rows = sqlx::query!(r#"SELECT kind, state, count(*) AS "count!" FROM jobs GROUP BY kind, state"#)
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|r| (r.kind, r.state, r.count)).collect())
}

/// Age at `now` of the oldest job that is ready and waiting for a worker (0 when none waits).
pub async fn oldest_ready_age_seconds(conn: &mut PgConnection, now: DateTime<Utc>) -> sqlx::Result<f64> {
    sqlx::query_scalar!(
        r#"SELECT coalesce(extract(epoch FROM $1 - min(run_at)), 0)::float8 AS "age!"
           FROM jobs WHERE state = 'queued' AND run_at <= $1"#,
        now
    )
    .fetch_one(conn)
    .await
}
