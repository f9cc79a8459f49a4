//! Outcome classification: statuses and problem codes, and real transport failures against
//! throw-away listeners on 127.0.0.1 (refused, never answering, hanging up).

use std::time::Duration;

use kairos_load::client;
use kairos_load::outcome::{Outcome, retry_after_secs};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

#[test]
fn statuses_are_classified() {
    assert_eq!(Outcome::of_status(200, b""), Outcome::Ok);
    assert_eq!(Outcome::of_status(201, b"{}"), Outcome::Ok);
    assert_eq!(Outcome::of_status(204, b""), Outcome::Ok);
    assert_eq!(Outcome::of_status(503, b""), Outcome::Shed);
    assert_eq!(Outcome::of_status(500, b""), Outcome::ServerError);
    assert_eq!(Outcome::of_status(502, b""), Outcome::ServerError);
    assert_eq!(Outcome::of_status(404, b""), Outcome::ClientError);
    assert_eq!(Outcome::of_status(422, b""), Outcome::ClientError);
    assert_eq!(
        Outcome::of_status(302, b""),
        Outcome::ClientError,
        "redirects are not followed"
    );
}

#[test]
fn only_slot_taken_conflicts_are_expected() {
    let taken =
        br#"{"type":"/problems/slot_taken","title":"Conflict","status":409,"detail":"taken","code":"slot_taken"}"#;
    assert_eq!(Outcome::of_status(409, taken), Outcome::Conflict);
    assert_eq!(
        Outcome::of_status(409, b"{ \"code\" : \"slot_taken\" }"),
        Outcome::Conflict
    );
    let cancelled =
        br#"{"type":"/problems/booking_cancelled","status":409,"code":"booking_cancelled","detail":"slot_taken?"}"#;
    assert_eq!(Outcome::of_status(409, cancelled), Outcome::ClientError);
    assert_eq!(Outcome::of_status(409, b""), Outcome::ClientError);
}

#[test]
fn outcome_names_and_error_classes() {
    let names: Vec<&str> = Outcome::ALL.iter().map(|o| o.name()).collect();
    assert_eq!(
        names,
        [
            "ok",
            "conflict",
            "shed",
            "client_error",
            "server_error",
            "timeout",
            "connect_error",
            "io_error"
        ]
    );
    let errors: Vec<&str> = Outcome::ALL.iter().filter(|o| o.is_error()).map(|o| o.name()).collect();
    assert_eq!(errors, ["client_error", "server_error", "connect_error", "io_error"]);
    for (i, o) in Outcome::ALL.iter().enumerate() {
        assert_eq!(o.index(), i);
    }
    assert_eq!(retry_after_secs(" 3 "), Some(3));
    assert_eq!(retry_after_secs("Wed, 21 Oct 2026 07:28:00 GMT"), None);
}

async fn one_exchange(url: &str, timeout: Duration) -> client::Reply {
    let client = client::build(timeout).expect("client");
    client::exchange(client.get(url), |_| Some(())).await.0
}

#[tokio::test]
async fn a_refused_connection_is_a_connect_error() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    let reply = one_exchange(&format!("http://{addr}/"), Duration::from_secs(2)).await;
    assert_eq!(reply.outcome, Outcome::ConnectError);
    assert_eq!(reply.status, None);
}

#[tokio::test]
async fn a_silent_server_is_a_timeout_measured_at_the_timeout() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let server = tokio::spawn(async move {
        let (socket, _) = listener.accept().await.expect("accept");
        tokio::time::sleep(Duration::from_secs(5)).await;
        drop(socket);
    });
    let reply = one_exchange(&format!("http://{addr}/"), Duration::from_millis(300)).await;
    assert_eq!(reply.outcome, Outcome::Timeout);
    assert!(
        reply.latency >= Duration::from_millis(300) && reply.latency < Duration::from_secs(3),
        "{reply:?}"
    );
    server.abort();
}

#[tokio::test]
async fn a_hang_up_before_the_response_is_an_io_error() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        let mut buf = [0u8; 1024];
        let _ = socket.read(&mut buf).await;
        let _ = socket
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nshort")
            .await;
        // Closing with 95 bytes of the body missing.
    });
    let reply = one_exchange(&format!("http://{addr}/"), Duration::from_secs(2)).await;
    assert_eq!(reply.outcome, Outcome::IoError, "{reply:?}");
}

#[tokio::test]
async fn a_503_is_shed_with_its_retry_after_and_the_body_is_read_only_on_success() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        for response in [
            "HTTP/1.1 503 Service Unavailable\r\nretry-after: 2\r\nconnection: close\r\ncontent-length: 2\r\n\r\n{}",
            "HTTP/1.1 201 Created\r\nconnection: close\r\ncontent-length: 11\r\n\r\n{\"uid\":\"a\"}",
        ] {
            let (mut socket, _) = listener.accept().await.expect("accept");
            let mut buf = [0u8; 1024];
            let _ = socket.read(&mut buf).await;
            let _ = socket.write_all(response.as_bytes()).await;
        }
    });
    let client = client::build(Duration::from_secs(2)).expect("client");
    let url = format!("http://{addr}/");
    let (shed, read) = client::exchange(client.get(&url), |_| Some("read")).await;
    assert_eq!(shed.outcome, Outcome::Shed);
    assert_eq!(shed.retry_after, Some(2));
    assert_eq!(read, None, "failed responses are not handed to the reader");
    let (ok, uid) = client::exchange(
        client.get(&url).header("connection", "close"),
        kairos_load::scenario::booking_uid,
    )
    .await;
    assert_eq!(ok.outcome, Outcome::Ok);
    assert_eq!(ok.status, Some(201));
    assert_eq!(uid.as_deref(), Some("a"));
}
