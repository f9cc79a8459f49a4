//! The one error type of the use cases. Client mistakes carry a stable code and a sentence;
//! everything else is `Internal` and is logged, never shown. The HTTP layer renders it as
//! RFC 9457 problem+json (see `http::problem`).

use super::ProblemCode;
use kairos_core::Unavailable;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request is well-formed but a value in it is not acceptable (422).
    #[error("{message}")]
    Invalid {
        code: ProblemCode,
        field: Option<String>,
        message: String,
    },
    /// The request could not be read at all: malformed JSON, a bad header (400).
    #[error("{message}")]
    BadRequest { code: ProblemCode, message: String },
    /// No such resource in the caller's organisation (404).
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The request conflicts with the current state (409).
    #[error("{message}")]
    Conflict { code: ProblemCode, message: String },
    /// The requested time cannot be booked; `Taken` is a conflict, the rest are refusals.
    #[error("{0}")]
    Unavailable(Unavailable),
    #[error("{0}")]
    Unauthenticated(&'static str),
    /// Understood, but not allowed here (403).
    #[error("{message}")]
    Forbidden { code: ProblemCode, message: String },
    #[error("the request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the request body must be JSON (Content-Type: application/json)")]
    UnsupportedMediaType,
    /// The database pool had no connection in time: the instance is saturated (503).
    #[error("the service is busy; retry shortly")]
    Overloaded,
    /// The database could not answer this time (a statement timeout, a restart, a lost
    /// connection, a deadlock): the transaction rolled back, nothing was written, and the
    /// request may be retried shortly (503).
    #[error("the database is unavailable for a moment; nothing was changed, retry shortly")]
    DatabaseUnavailable,
    /// Redis, where this instance keeps web sessions, cannot answer now (503).
    #[error("sessions are unavailable for a moment; retry shortly")]
    SessionStoreUnavailable,
    /// Too many requests of one kind from one client, address, account or booking (429).
    #[error("too many {what}; retry in {retry_after_secs} s")]
    RateLimited { what: &'static str, retry_after_secs: u64 },
    /// A server Kairos called for the request failed (502).
    #[error("{message}")]
    Upstream { code: ProblemCode, message: String },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Seconds a client should wait before retrying a 503.
pub const RETRY_AFTER_SECONDS: u32 = 1;

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The problem code this error is answered with (the HTTP layer adds the status).
    #[must_use]
    pub fn code(&self) -> ProblemCode {
        match self {
            Error::Invalid { code, .. }
            | Error::BadRequest { code, .. }
            | Error::Conflict { code, .. }
            | Error::Forbidden { code, .. }
            | Error::Upstream { code, .. } => *code,
            Error::NotFound(_) => ProblemCode::NotFound,
            Error::Unavailable(Unavailable::Taken) => ProblemCode::SlotTaken,
            Error::Unavailable(_) => ProblemCode::SlotUnavailable,
            Error::Unauthenticated(_) => ProblemCode::Unauthenticated,
            Error::PayloadTooLarge { .. } => ProblemCode::PayloadTooLarge,
            Error::UnsupportedMediaType => ProblemCode::UnsupportedMediaType,
            Error::Overloaded => ProblemCode::Overloaded,
            Error::DatabaseUnavailable => ProblemCode::DatabaseUnavailable,
            Error::SessionStoreUnavailable => ProblemCode::SessionStoreUnavailable,
            Error::RateLimited { .. } => ProblemCode::RateLimited,
            Error::Internal(_) => ProblemCode::Internal,
        }
    }

    /// A 422 naming the offending field.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid {
            code: ProblemCode::InvalidField,
            field: Some(field.into()),
            message: message.into(),
        }
    }
}

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::PoolTimedOut => Error::Overloaded,
            transient if is_transient(&transient) => {
                tracing::warn!(error = %transient, "the database could not answer; answered 503");
                Error::DatabaseUnavailable
            }
            other => Error::Internal(anyhow::Error::new(other).context("database error")),
        }
    }
}

/// Whether `err` says the database could not answer *now* rather than that the request is
/// wrong: a lost or refused connection, or a SQLSTATE of class 08 (connection exception), 57
/// (operator intervention: statement timeout, shutdown, cannot connect now), 53300 (too many
/// connections), 40001 (serialization failure) or 40P01 (deadlock).
pub fn is_transient(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_) | sqlx::Error::PoolClosed | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08") || code.starts_with("57") || ["53300", "40001", "40P01"].contains(&code.as_ref())
        }),
        _ => false,
    }
}

/// Turns a named constraint violation into a client error, at one place per use case.
pub trait OnConstraint<T> {
    fn on_constraint(self, name: &str, to_error: impl FnOnce() -> Error) -> Result<T>;
}

impl<T> OnConstraint<T> for std::result::Result<T, sqlx::Error> {
    fn on_constraint(self, name: &str, to_error: impl FnOnce() -> Error) -> Result<T> {
        self.map_err(|err| match &err {
            sqlx::Error::Database(db) if db.constraint() == Some(name) => to_error(),
            _ => Error::from(err),
        })
    }
}

impl From<crate::notify::ContextError> for Error {
    fn from(err: crate::notify::ContextError) -> Self {
        match err {
            crate::notify::ContextError::NotFound(what) => Error::NotFound(what),
            crate::notify::ContextError::Database(err) => err.into(),
        }
    }
}
