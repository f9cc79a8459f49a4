//! An optional line-per-event record of a run (`--journal`): every request with its status, and
//! every booking and cancellation the service acknowledged, each with the wall-clock time. It is
//! what a fault drill checks against the database afterwards: nothing acknowledged may be lost.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::Mutex;

use anyhow::Context;

use crate::client::Reply;
use crate::scenario::Step;

/// What the service acknowledged, by the invitee's booking uid.
#[derive(Debug, Clone, Copy)]
pub enum Ack {
    /// 201 to a booking.
    Booked,
    /// 2xx to a cancellation.
    Cancelled,
}

/// JSON lines, written through a buffer shared by every virtual user.
#[derive(Debug)]
pub struct Journal {
    out: Mutex<BufWriter<File>>,
}

impl Journal {
    pub fn create(path: &Path) -> anyhow::Result<Self> {
        let file = File::create(path).with_context(|| format!("cannot create the journal {}", path.display()))?;
        Ok(Self {
            out: Mutex::new(BufWriter::new(file)),
        })
    }

    /// One request: `{"at_ms", "step", "status" (null without a response), "outcome", "ms"}`.
    pub fn request(&self, step: Step, reply: &Reply) {
        let line = serde_json::json!({
            "at_ms": now_ms(),
            "step": step.name(),
            "status": reply.status,
            "outcome": reply.outcome.name(),
            "ms": reply.latency.as_secs_f64() * 1000.0,
        });
        self.write(&line);
    }

    /// One acknowledgement: `{"at_ms", "booked": uid}` or `{"at_ms", "cancelled": uid}`.
    pub fn acknowledged(&self, ack: Ack, uid: &str) {
        let key = match ack {
            Ack::Booked => "booked",
            Ack::Cancelled => "cancelled",
        };
        let line = serde_json::json!({ "at_ms": now_ms(), key: uid });
        self.write(&line);
    }

    /// A booking sent again with its Idempotency-Key: `{"at_ms", "retried": key}`.
    pub fn retried(&self, key: &str) {
        let line = serde_json::json!({ "at_ms": now_ms(), "retried": key });
        self.write(&line);
    }

    fn write(&self, line: &serde_json::Value) {
        let mut out = self.out.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Err(err) = writeln!(out, "{line}") {
            eprintln!("cannot write the journal: {err}");
        }
    }

    /// Writes what is buffered.
    pub fn flush(&self) -> anyhow::Result<()> {
        let mut out = self.out.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        out.flush().context("cannot write the journal")
    }
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
