//! Real CalDAV servers for the tests, from PyPI: Radicale (with a login) and Xandikos (without
//! one), each on a loopback port with its storage in a temporary directory, stopped when
//! dropped; and the few WebDAV requests a test makes to set up calendars and change events as
//! a host's other calendar app would.

use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::peers::{TempDir, free_port, python_with};

/// A running CalDAV server.
pub struct CalDavServer {
    pub base: String,
    pub username: String,
    pub password: String,
    child: Child,
    _dir: TempDir,
}

impl CalDavServer {
    /// Radicale with one user, `alice` (password `secret`), whose calendars live under `/alice/`.
    pub fn radicale() -> Self {
        let python = python_with(&["radicale"]);
        let dir = TempDir::new("radicale");
        std::fs::write(dir.0.join("users"), "alice:secret\n").expect("write users");
        let port = free_port();
        let child = Command::new(python)
            .args(["-m", "radicale", "--config", ""])
            .arg(format!("--server-hosts=127.0.0.1:{port}"))
            .args([
                "--auth-type=htpasswd",
                "--auth-htpasswd-encryption=plain",
                "--auth-delay=0",
            ])
            .arg(format!("--auth-htpasswd-filename={}", dir.0.join("users").display()))
            .arg(format!(
                "--storage-filesystem-folder={}",
                dir.0.join("collections").display()
            ))
            .arg("--logging-level=warning")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start radicale");
        Self::listening(child, port, dir, "alice", "secret")
    }

    /// Xandikos with its default principal `/user/` and calendar `/user/calendars/calendar/`;
    /// it asks for no login (any is accepted).
    pub fn xandikos() -> Self {
        let python = python_with(&["xandikos"]);
        let dir = TempDir::new("xandikos");
        let port = free_port();
        let child = Command::new(python)
            .args(["-m", "xandikos", "serve", "--defaults", "-l", "127.0.0.1", "-p"])
            .arg(port.to_string())
            .arg("-d")
            .arg(dir.0.join("data"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start xandikos");
        Self::listening(child, port, dir, "anyone", "anything")
    }

    fn listening(mut child: Child, port: u16, dir: TempDir, username: &str, password: &str) -> Self {
        let deadline = Instant::now() + Duration::from_secs(20);
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
            assert!(
                child.try_wait().expect("poll the server").is_none(),
                "the CalDAV server exited"
            );
            assert!(
                Instant::now() < deadline,
                "the CalDAV server did not listen on {port} in time"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            base: format!("http://127.0.0.1:{port}/"),
            username: username.to_owned(),
            password: password.to_owned(),
            child,
            _dir: dir,
        }
    }

    /// Stops the server now (as a server that went down).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    async fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: String) -> reqwest::Response {
        let mut request = kairos::tls::client_builder()
            .build()
            .expect("client")
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).expect("method"),
                format!("{}{}", self.base, path.trim_start_matches('/')),
            )
            .basic_auth(&self.username, Some(&self.password))
            .body(body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("the CalDAV server answers")
    }

    /// Makes a calendar at `path` holding `components` (e.g. `VEVENT`).
    pub async fn make_calendar(&self, path: &str, name: &str, components: &str) {
        let body = format!(
            r#"<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><d:displayname>{name}</d:displayname><c:supported-calendar-component-set><c:comp name="{components}"/></c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>"#
        );
        let answer = self
            .send("MKCALENDAR", path, &[("Content-Type", "application/xml")], body)
            .await;
        assert_eq!(answer.status().as_u16(), 201, "MKCALENDAR {path}");
    }

    /// Writes event `uid` (`start`/`end` as `20270317T140000Z`) at `path`, returning its ETag.
    pub async fn put_event(&self, path: &str, uid: &str, summary: &str, start: &str, end: &str) -> String {
        let body = format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Other calendar app//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n\
             DTSTAMP:20270301T000000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        );
        let answer = self
            .send("PUT", path, &[("Content-Type", "text/calendar; charset=utf-8")], body)
            .await;
        assert!(answer.status().is_success(), "PUT {path}: {}", answer.status());
        answer
            .headers()
            .get("etag")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    /// The status and body of a GET of `path`.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let answer = self.send("GET", path, &[], String::new()).await;
        let status = answer.status().as_u16();
        (status, answer.text().await.expect("a body"))
    }

    pub async fn delete(&self, path: &str) {
        let answer = self.send("DELETE", path, &[], String::new()).await;
        assert!(answer.status().is_success(), "DELETE {path}: {}", answer.status());
    }
}

impl Drop for CalDavServer {
    fn drop(&mut self) {
        self.stop();
    }
}
