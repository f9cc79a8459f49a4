//! The real peers of the mail tests: an SMTP server (aiosmtpd) and a reader of what it
//! received that parses mails with Python's `email` package and invites with `icalendar`,
//! so the tests check what other software makes of Kairos's output.

use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The value of `variable`, which names `peer`, a real peer the calling test needs (the test
/// is `#[ignore]`d for plain `cargo test`; scripts/test.sh provides the peer and sets the
/// variable). Panics naming both when it is unset: a missing peer fails the test, never passes it.
#[track_caller]
pub fn required(variable: &str, peer: &str) -> String {
    match std::env::var(variable) {
        Ok(value) if !value.is_empty() => value,
        _ => {
            panic!("{variable} is not set: this test needs {peer}, which scripts/test.sh provides (setting {variable})")
        }
    }
}

/// The Python of the test peers (`KAIROS_TEST_PYTHON`, set by scripts/test.sh), checked to
/// import `modules`. Panics when the variable is unset or the modules are missing.
#[track_caller]
pub fn python_with(modules: &[&str]) -> String {
    let python = required(
        "KAIROS_TEST_PYTHON",
        &format!("a Python with {}", modules.join(" and ")),
    );
    let modules = modules.join(", ");
    let check = Command::new(&python)
        .args(["-c", &format!("import {modules}")])
        .output()
        .unwrap_or_else(|err| panic!("cannot run `{python}` (KAIROS_TEST_PYTHON): {err}; run scripts/test.sh"));
    assert!(
        check.status.success(),
        "`{python}` (KAIROS_TEST_PYTHON) lacks {modules} ({}); run scripts/test.sh or set KAIROS_TEST_PYTHON to a \
         Python with scripts/test-requirements.txt installed",
        String::from_utf8_lossy(&check.stderr).trim()
    );
    python
}

/// The Python with aiosmtpd and icalendar, the mail tests' peers.
#[track_caller]
pub fn python() -> String {
    python_with(&["aiosmtpd", "icalendar"])
}

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("kairos-{label}-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        Self(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An aiosmtpd handler that stores mails in a Maildir and, like a real server, refuses some
/// recipients: `reject…` for good (550) and `later…` for now (451).
const HANDLER: &str = r#"
import mailbox

class Handler:
    def __init__(self, mail_dir):
        self.box = mailbox.Maildir(mail_dir, create=True)

    @classmethod
    def from_cli(cls, parser, *args):
        return cls(args[0])

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("reject"):
            return "550 5.1.1 mailbox unavailable"
        if address.startswith("later"):
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.box.add(envelope.original_content)
        return "250 Message accepted for delivery"
"#;

/// Prints a JSON array, one object per file: a mail (`mail` mode) with its headers, text,
/// HTML and parsed invites, or a bare invite (`ics` mode).
const READER: &str = r#"
import email, json, sys
from email import policy
import icalendar

def people(value):
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [{"address": str(v), "params": {k: str(p) for k, p in v.params.items()}} for v in values]

def invite(data):
    lines = data.split(b"\r\n")
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1, "one VEVENT"
    ev = events[0]
    return {
        "crlf_only": b"\n" not in data.replace(b"\r\n", b""),
        "longest_line": max(len(l) for l in lines),
        "method": str(cal.get("METHOD")),
        "version": str(cal.get("VERSION")),
        "prodid": str(cal.get("PRODID")),
        "uid": str(ev.get("UID")),
        "sequence": int(ev.get("SEQUENCE")),
        "status": str(ev.get("STATUS")),
        "summary": str(ev.get("SUMMARY")),
        "location": str(ev.get("LOCATION")) if ev.get("LOCATION") is not None else None,
        "description": str(ev.get("DESCRIPTION")) if ev.get("DESCRIPTION") is not None else None,
        "dtstart": ev.decoded("DTSTART").isoformat(),
        "dtend": ev.decoded("DTEND").isoformat(),
        "organizer": people(ev.get("ORGANIZER")),
        "attendees": people(ev.get("ATTENDEE")),
    }

def mail(data):
    msg = email.message_from_bytes(data, policy=policy.default)
    out = {k: str(msg[k]) for k in ("From", "To", "Reply-To", "Subject", "Message-ID", "Auto-Submitted") if msg[k] is not None}
    out["plain"] = None
    out["html"] = None
    out["invites"] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            out["plain"] = part.get_content()
        elif kind == "text/html":
            out["html"] = part.get_content()
        elif kind == "text/calendar":
            found = invite(part.get_payload(decode=True))
            found["content_type"] = str(part["Content-Type"])
            found["filename"] = part.get_filename()
            found["method_param"] = part.get_param("method")
            found["charset"] = part.get_content_charset()
            out["invites"].append(found)
    return out

mode = sys.argv[1]
results = []
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        data = f.read()
    results.append(mail(data) if mode == "mail" else invite(data))
print(json.dumps(results))
"#;

fn run_reader(mode: &str, files: &[PathBuf]) -> Vec<Value> {
    let output = Command::new(python())
        .args(["-c", READER, mode])
        .args(files)
        .output()
        .expect("run the reader");
    assert!(
        output.status.success(),
        "the Python reader failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice::<Vec<Value>>(&output.stdout).expect("reader prints JSON")
}

/// Mails as Python reads them.
pub fn read_mails(files: &[PathBuf]) -> Vec<Value> {
    run_reader("mail", files)
}

/// A bare iCalendar object as the `icalendar` package reads it.
pub fn read_invite(ics: &[u8]) -> Value {
    let dir = TempDir::new("ics");
    let path = dir.0.join("invite.ics");
    std::fs::write(&path, ics).expect("write ics");
    run_reader("ics", &[path]).remove(0)
}

/// A local port nobody listens on (right now).
pub fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

/// A running aiosmtpd on a loopback port, stopped when dropped.
pub struct SmtpServer {
    pub port: u16,
    child: Child,
    dir: TempDir,
}

impl SmtpServer {
    pub fn start() -> Self {
        let python = python();
        let dir = TempDir::new("smtp");
        std::fs::write(dir.0.join("kairos_test_handler.py"), HANDLER).expect("write handler");
        let port = free_port();
        let mut child = Command::new(&python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "kairos_test_handler.Handler"])
            .arg(dir.0.join("maildir"))
            .env("PYTHONPATH", &dir.0)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start aiosmtpd");
        let deadline = Instant::now() + Duration::from_secs(15);
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
            if let Some(status) = child.try_wait().expect("poll aiosmtpd") {
                let output = child.wait_with_output().expect("aiosmtpd output");
                panic!(
                    "aiosmtpd exited ({status}): {}",
                    String::from_utf8_lossy(&output.stderr)
                );
            }
            assert!(Instant::now() < deadline, "aiosmtpd did not listen on {port} in time");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { port, child, dir }
    }

    /// The files of the mails received so far, oldest first.
    pub fn received(&self) -> Vec<PathBuf> {
        files_in(&self.dir.0.join("maildir").join("new"))
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The files in `dir` whose names do not start with a dot, by modification time then name.
pub fn files_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            let modified = e.metadata().and_then(|m| m.modified()).unwrap_or(std::time::UNIX_EPOCH);
            (modified, e.path())
        })
        .collect();
    files.sort();
    files.into_iter().map(|(_, path)| path).collect()
}

/// The NATS server with JetStream the tests use: `KAIROS_TEST_NATS_URL`. Panics when it is
/// unset; the tests that call this are `#[ignore]`d and scripts/test.sh provides the server.
pub fn nats_url() -> String {
    required("KAIROS_TEST_NATS_URL", "a NATS server with JetStream")
}

/// A configuration with a stream and subject prefix of its own.
pub fn nats_config() -> kairos::config::Config {
    let unique = uuid::Uuid::now_v7().simple().to_string();
    kairos::config::Config {
        nats_url: Some(secrecy::SecretString::from(nats_url())),
        nats_stream: format!("KAIROS_TEST_{unique}"),
        nats_subject_prefix: format!("kairos_test.{unique}.events"),
        ..kairos::config::Config::default()
    }
}
