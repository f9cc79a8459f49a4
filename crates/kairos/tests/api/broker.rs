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

#[tokio::test]
async fn an_unreachable_server_is_an_error() {
    let config = Config {
        nats_url: Some(SecretString::from("nats://127.0.0.1:1".to_owned())),
        ..Config::default()
    };
    let err = Broker::connect(&config).await.expect_err("nothing listens on port 1");
    assert!(format!("{err:#}").contains("KAIROS_NATS_URL"), "{err:#}");
}
