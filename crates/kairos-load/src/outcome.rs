//! What became of one request, classified the same way everywhere: success, an expected
//! booking conflict, load shedding, client or server errors, timeouts and transport failures.

/// The outcome classes, in the order reports list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// 2xx.
    Ok,
    /// 409 `slot_taken`: someone else was faster. Expected under contention, not an error.
    Conflict,
    /// 503: the service refused the request to protect itself (`Retry-After` is honoured by
    /// not retrying).
    Shed,
    /// Any other 4xx (including a 409 other than `slot_taken`) and unexpected statuses.
    ClientError,
    /// 5xx other than 503.
    ServerError,
    /// The client's timeout expired before the whole response arrived.
    Timeout,
    /// No connection could be made.
    ConnectError,
    /// The connection failed after it was made (reset, closed, unreadable body).
    IoError,
}

impl Outcome {
    pub const ALL: [Outcome; 8] = [
        Outcome::Ok,
        Outcome::Conflict,
        Outcome::Shed,
        Outcome::ClientError,
        Outcome::ServerError,
        Outcome::Timeout,
        Outcome::ConnectError,
        Outcome::IoError,
    ];
    pub const COUNT: usize = Self::ALL.len();

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Conflict => "conflict",
            Outcome::Shed => "shed",
            Outcome::ClientError => "client_error",
            Outcome::ServerError => "server_error",
            Outcome::Timeout => "timeout",
            Outcome::ConnectError => "connect_error",
            Outcome::IoError => "io_error",
        }
    }

    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }

    /// Failures that are neither expected (conflict), deliberate (shed) nor timeouts, which
    /// are counted on their own.
    #[must_use]
    pub fn is_error(self) -> bool {
        matches!(
            self,
            Outcome::ClientError | Outcome::ServerError | Outcome::ConnectError | Outcome::IoError
        )
    }

    /// Classifies a complete HTTP response by its status and, for a 409, its problem code.
    #[must_use]
    pub fn of_status(status: u16, body: &[u8]) -> Outcome {
        match status {
            200..=299 => Outcome::Ok,
            409 if is_slot_taken(body) => Outcome::Conflict,
            503 => Outcome::Shed,
            500..=599 => Outcome::ServerError,
            _ => Outcome::ClientError,
        }
    }

    /// Classifies a failed exchange.
    #[must_use]
    pub fn of_error(err: &reqwest::Error) -> Outcome {
        if err.is_timeout() {
            Outcome::Timeout
        } else if err.is_connect() {
            Outcome::ConnectError
        } else {
            Outcome::IoError
        }
    }
}

/// Whether a problem+json body carries `"code": "slot_taken"` (whitespace-tolerant, without
/// parsing the JSON).
fn is_slot_taken(body: &[u8]) -> bool {
    const KEY: &[u8] = b"\"code\"";
    let mut rest = body;
    while let Some(at) = find(rest, KEY) {
        let after = &rest[at + KEY.len()..];
        let value = after
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b':'))
            .map_or(&[][..], |start| &after[start..]);
        if value.starts_with(b"\"slot_taken\"") {
            return true;
        }
        rest = after;
    }
    false
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Parses a `Retry-After` header given in seconds (the HTTP-date form is not used by Kairos).
#[must_use]
pub fn retry_after_secs(value: &str) -> Option<u64> {
    value.trim().parse().ok()
}
