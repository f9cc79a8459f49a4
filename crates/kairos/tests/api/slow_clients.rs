//! Clients that send slowly or too much hold a socket, never an in-flight slot: a body that
//! trickles in is answered 408 when its read time is up, one that is too large 413 before it
//! is read, and meanwhile everyone else is served.

use std::time::Duration;

use kairos::config::Config;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::TestApp;

/// A socket that sent the headers of a 60,000-byte JSON body and then one byte of it.
async fn trickling_post(base: &str, path: &str) -> TcpStream {
    let address = base.trim_start_matches("http://");
    let mut socket = TcpStream::connect(address).await.expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{{"
    );
    socket.write_all(head.as_bytes()).await.expect("send the head");
    socket
}

/// The status line of what the server answered on `socket`, waiting at most `within`.
async fn status_line(socket: &mut TcpStream, within: Duration) -> String {
    let mut answer = Vec::new();
    let mut buffer = [0_u8; 1024];
    let read = tokio::time::timeout(within, async {
        while !answer.windows(2).any(|w| w == b"\r\n") {
            let n = socket.read(&mut buffer).await.expect("read");
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buffer[..n]);
        }
    })
    .await;
    assert!(read.is_ok(), "no answer within {within:?}");
    String::from_utf8_lossy(&answer).lines().next().unwrap_or("").to_owned()
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn trickling_bodies_do_not_take_the_slots_of_other_clients(pool: sqlx::PgPool) {
    let config = Config {
        max_in_flight: 4,
        body_read_timeout_ms: 4_000,
        ..Config::default()
    };
    let app = TestApp::spawn_with(pool, config).await;
    let (org, _) = app.with_intro("patient").await;

    // Ten times the in-flight limit of anonymous bookers that never finish their bodies.
    let booking = format!("/v1/public/event-types/{}/intro/bookings", org.slug);
    let mut slow = Vec::new();
    for _ in 0..40 {
        slow.push(trickling_post(&app.base, &booking).await);
    }
    // Everyone else is served while they trickle: none of them has been answered yet.
    for i in 0..8 {
        app.get("/v1/hosts", Some(&org.key)).await.expect(200);
        app.post(
            "/v1/hosts",
            Some(&org.key),
            json!({"name": format!("Host {i}"), "email": format!("h{i}@example.com"), "time_zone": "Europe/Berlin"}),
        )
        .await
        .expect(201);
    }
    for socket in &slow {
        let mut byte = [0_u8; 1];
        assert!(
            matches!(socket.try_read(&mut byte), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
            "a trickling body was answered before the others were served"
        );
    }
    // The trickling ones are answered 408 once their read time is up, and wrote nothing.
    for socket in &mut slow {
        let line = status_line(socket, Duration::from_secs(10)).await;
        assert!(line.starts_with("HTTP/1.1 408"), "a trickling body got `{line}`");
    }
    let hosts = app.get("/v1/hosts?limit=100", Some(&org.key)).await.expect(200);
    assert_eq!(
        hosts["data"].as_array().map(Vec::len),
        Some(9),
        "Ana and the eight added"
    );
    assert_eq!(app.booking_count().await, 0);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_body_declared_too_large_is_refused_before_it_is_read(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let address = app.base.trim_start_matches("http://").to_owned();
    let mut socket = TcpStream::connect(&address).await.expect("connect");
    let head = format!(
        "POST /v1/public/event-types/any/intro/bookings HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"
    );
    socket.write_all(head.as_bytes()).await.expect("send the head");
    let line = status_line(&mut socket, Duration::from_secs(5)).await;
    assert!(line.starts_with("HTTP/1.1 413"), "a declared 100 MB body got `{line}`");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_deeply_nested_body_is_a_clear_refusal_not_a_crash(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, _) = app.with_intro("nested").await;
    // 30,000 levels of arrays fit in the body limit; a recursive reader without a depth bound
    // would overflow its stack on them.
    let depth = 30_000;
    let body = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    for path in [
        format!("/v1/public/event-types/{}/intro/bookings", org.slug),
        "/v1/hosts".to_owned(),
    ] {
        let reply = app
            .reply(
                app.client
                    .post(format!("{}{path}", app.base))
                    .bearer_auth(&org.key)
                    .header("content-type", "application/json")
                    .body(body.clone()),
            )
            .await;
        // Refused as it is read, with a problem that says what is wrong with it.
        assert!(
            [400, 422].contains(&reply.status.as_u16()),
            "{path}: {} {}",
            reply.status,
            reply.body
        );
        assert!(
            ["malformed_json", "invalid_field"].contains(&reply.body["code"].as_str().unwrap_or_default()),
            "{path}: {}",
            reply.body
        );
    }
    // And the server is still there.
    app.get("/v1/hosts", Some(&org.key)).await.expect(200);
}
