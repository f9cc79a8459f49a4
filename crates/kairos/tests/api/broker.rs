//! Events on NATS JetStream, against the real server at `KAIROS_TEST_NATS_URL`. Each test
//! uses its own stream and subjects, so runs never see each other's messages.

use std::time::Duration;

use chrono::Utc;
use futures::StreamExt;
use kairos::broker::Broker;
use kairos::config::Config;
use kairos::ids::{BookingId, EventTypeId, HostId, OrgId};
use kairos::model::events::{DomainEvent, EventKind};
use kairos::model::{Attendee, Booking, BookingStatus};
use secrecy::SecretString;

fn event(kind: EventKind) -> DomainEvent {
    let start = Utc::now();
    let booking = Booking {
        id: BookingId::generate(),
        uid: "u1".to_owned(),
        event_type_id: EventTypeId::generate(),
        status: BookingStatus::Confirmed,
        start,
        end: start + chrono::TimeDelta::minutes(30),
        hosts: vec![HostId::generate()],
        invitee: Attendee {
            name: "Iris".to_owned(),
            email: kairos::model::values::EmailAddress::parse("iris@example.com").expect("an address"),
            time_zone: kairos_core::Zone::parse("UTC").expect("a zone"),
        },
        notes: String::new(),
        sequence: 0,
        cancel_reason: None,
        cancelled_by: None,
        cancelled_at: None,
        created_at: start,
        updated_at: start,
    };
    DomainEvent::new(kind, OrgId::generate(), booking, chrono::Utc::now())
}

#[tokio::test]
async fn no_url_means_no_broker() {
    assert!(
        Broker::connect(&Config::default())
            .await
            .expect("nothing to do")
            .is_none()
    );
}

#[tokio::test]
#[ignore = "needs a NATS server with JetStream: scripts/test.sh provides it (KAIROS_TEST_NATS_URL)"]
async fn events_are_stored_once_with_their_id() {
    let config = crate::helpers::peers::nats_config();
    let broker = Broker::connect(&config).await.expect("connected").expect("configured");
    // Connecting again finds the stream as it is.
    Broker::connect(&config)
        .await
        .expect("connected again")
        .expect("configured");
    let event = event(EventKind::BookingRescheduled);
    let subject = format!("{}.booking.rescheduled", config.nats_subject_prefix);
    assert_eq!(broker.subject(EventKind::BookingRescheduled), subject);

    broker.publish(&event).await.expect("acknowledged");
    broker.publish(&event).await.expect("a retry is acknowledged too");
    let other = self::event(EventKind::BookingCancelled);
    broker.publish(&other).await.expect("acknowledged");

    let client = async_nats::connect(crate::helpers::peers::nats_url())
        .await
        .expect("test client");
    let jetstream = async_nats::jetstream::new(client);
    let mut stream = jetstream
        .get_stream(&config.nats_stream)
        .await
        .expect("the stream exists");
    let info = stream.info().await.expect("stream info");
    assert_eq!(info.state.messages, 2, "the retried publish is stored once");
    assert_eq!(info.config.duplicate_window, Duration::from_secs(120));
    assert_eq!(info.config.subjects, [format!("{}.>", config.nats_subject_prefix)]);

    let consumer: async_nats::jetstream::consumer::PullConsumer = stream
        .create_consumer(async_nats::jetstream::consumer::pull::Config::default())
        .await
        .expect("consumer");
    let mut messages = consumer
        .fetch()
        .max_messages(10)
        .expires(Duration::from_secs(2))
        .messages()
        .await
        .expect("fetch");
    let mut received = Vec::new();
    while let Some(message) = messages.next().await {
        let message = message.expect("message");
        message.ack().await.expect("ack");
        received.push(message);
        if received.len() == 2 {
            break;
        }
    }
    assert_eq!(received.len(), 2);
    let first = &received[0];
    assert_eq!(first.subject.as_str(), subject);
    let id = first
        .headers
        .as_ref()
        .and_then(|h| h.get("Nats-Msg-Id"))
        .map(|v| v.as_str().to_owned());
    assert_eq!(id, Some(event.id.to_string()));
    let payload: serde_json::Value = serde_json::from_slice(&first.payload).expect("JSON payload");
    // The event as the API would show it, less the invitee's secret link.
    let mut expected = serde_json::to_value(&event).expect("event JSON");
    expected["data"].as_object_mut().expect("data").remove("uid");
    assert_eq!(payload, expected);
    assert_eq!(payload["type"], "booking.rescheduled");
    assert_eq!(
        received[1].subject.as_str(),
        format!("{}.booking.cancelled", config.nats_subject_prefix)
    );

    jetstream.delete_stream(&config.nats_stream).await.expect("clean up");
}

/// The `nats-server` binary that scripts/test.sh installs to run the shared server.
fn nats_server_binary() -> String {
    std::env::var("KAIROS_TEST_NATS_SERVER")
        .ok()
        .filter(|p| !p.is_empty())
        .or_else(|| {
            ["/usr/sbin/nats-server", "/usr/bin/nats-server"]
                .into_iter()
                .find(|p| std::path::Path::new(p).exists())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "nats-server".to_owned())
}

/// Starts without a server, publishes once one appears: the outage costs retries, not the
/// process.
#[tokio::test]
#[ignore = "needs Debian's nats-server: scripts/test.sh provides it"]
async fn starts_without_a_server_and_publishes_once_it_is_up() {
    let port = crate::helpers::peers::free_port();
    let mut config = crate::helpers::peers::nats_config();
    config.nats_url = Some(SecretString::from(format!("nats://127.0.0.1:{port}")));
    config.nats_publish_timeout_ms = 1_000;
    let started = std::time::Instant::now();
    let broker = Broker::connect(&config)
        .await
        .expect("connecting does not wait for the server")
        .expect("configured");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "connect waited {:?}",
        started.elapsed()
    );

    let event = event(EventKind::BookingCreated);
    let failed = std::time::Instant::now();
    let err = broker.publish(&event).await.expect_err("nothing listens yet");
    assert!(
        failed.elapsed() < Duration::from_secs(3),
        "a publish waited {:?}",
        failed.elapsed()
    );
    assert!(format!("{err:#}").contains("NATS is not connected"), "{err:#}");

    let store = crate::helpers::peers::TempDir::new("nats-store");
    let mut server = std::process::Command::new(nats_server_binary())
        .args(["-a", "127.0.0.1", "-p", &port.to_string(), "-js", "-sd"])
        .arg(&store.0)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start nats-server (Debian's nats-server)");
    // The client reconnects with backoff; the job's retries are what keep trying.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let published = loop {
        match broker.publish(&event).await {
            Ok(()) => break Ok(()),
            Err(err) if std::time::Instant::now() > deadline => break Err(err),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    };
    let stored = async {
        let client = async_nats::connect(format!("nats://127.0.0.1:{port}")).await?;
        let mut stream = async_nats::jetstream::new(client)
            .get_stream(&config.nats_stream)
            .await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(stream.info().await?.state.messages)
    }
    .await;
    let _ = server.kill();
    let _ = server.wait();
    published.expect("published once the server is up");
    assert_eq!(
        stored.expect("stream info"),
        1,
        "the stream was made and holds the event"
    );
}
