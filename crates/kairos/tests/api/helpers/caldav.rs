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
        Self::started("radicale", "/alice/", "alice", "secret", |port, dir| {
            std::fs::write(dir.0.join("users"), "alice:secret\n").expect("write users");
            Command::new(&python)
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
                .expect("start radicale")
        })
    }

    /// Xandikos with its default principal `/user/` and calendar `/user/calendars/calendar/`;
    /// it asks for no login (any is accepted).
    pub fn xandikos() -> Self {
        let python = python_with(&["xandikos"]);
        Self::started("xandikos", "/user/", "anyone", "anything", |port, dir| {
            Command::new(&python)
                .args(["-m", "xandikos", "serve", "--defaults", "-l", "127.0.0.1", "-p"])
                .arg(port.to_string())
                .arg("-d")
                .arg(dir.0.join("data"))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start xandikos")
        })
    }

    /// Starts a server with `spawn` on a freed port until the one listening there answers for
    /// `principal` as this server: a port freed for one test's server can be taken by another
    /// test's server starting at the same moment, which would then answer in its place.
    fn started(
        name: &str,
        principal: &str,
        username: &str,
        password: &str,
        spawn: impl Fn(u16, &TempDir) -> Child,
    ) -> Self {
        for _ in 0..5 {
            let dir = TempDir::new(name);
            let port = free_port();
            let child = spawn(port, &dir);
            let mut server = Self::listening(child, port, dir, username, password);
            // (Its own process still running: one that could not bind the port has exited.)
            if server.answers_for(principal) && server.child.try_wait().is_ok_and(|status| status.is_none()) {
                return server;
            }
            server.stop();
        }
        panic!("the {name} server never answered for {principal} on its own port");
    }

    /// Whether a PROPFIND of `principal`, with this server's login, finds it (207): the server on
    /// this port is the one started, not another test's.
    fn answers_for(&self, principal: &str) -> bool {
        use base64::Engine as _;
        use std::io::{Read as _, Write as _};
        let host = self.base.trim_start_matches("http://").trim_end_matches('/');
        let Ok(mut stream) = TcpStream::connect(host) else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
        let login = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.username, self.password));
        let request = format!(
            "PROPFIND {principal} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Basic {login}\r\nDepth: 0\r\n\
             Content-Length: 0\r\nConnection: close\r\n\r\n"
        );
        // ("HTTP/1.0 207" from Radicale, "HTTP/1.1 207" from Xandikos; the answer read whole, as
        // the server closes it.)
        let mut answer = Vec::new();
        stream.write_all(request.as_bytes()).is_ok()
            && stream.read_to_end(&mut answer).is_ok()
            && answer.starts_with(b"HTTP/1.")
            && answer.get(8..13) == Some(b" 207 ".as_slice())
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
