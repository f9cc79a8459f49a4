//! Booking e-mails sent to a real SMTP server and read back by Python's mail and iCalendar
//! parsers; the file mailer; the `.ics` endpoints.

use std::path::PathBuf;

use chrono::Weekday;
use chrono_tz::Europe::Berlin;
use kairos::config::{Config, SmtpTls};
use kairos::ids::OrgId;
use kairos::model::Booking;
use kairos::model::events::{DomainEvent, EventKind};
use kairos::notify::{BookingMail, MailError, Mailer, Notice, Role, compose, load_context, recipients};
use serde_json::{Value, json};

use crate::helpers::peers::{SmtpServer, TempDir, files_in, free_port, read_invite, read_mails};
use crate::helpers::{Org, TestApp, at, next};

const NOTES: &str = "Agenda: <b>pricing</b>, Q&A; \"café\" ☕\nSecond line";

/// An organisation with two hosts in different zones sharing a collective event type, and a
/// booking of it by an invitee in São Paulo; returns the organisation and the booking.
async fn booked(app: &TestApp) -> (Org, Booking) {
    let org = app.sign_up("mailco").await;
    let ana = app.host(&org, "Ana", "Europe/Berlin").await;
    let bo = app.host(&org, "Bo", "America/New_York").await;
    app.event_type(
        &org,
        json!({"slug": "sync", "title": "Sync, weekly", "kind": "collective", "duration_minutes": 30,
               "location": "Room 4; 2nd floor", "hosts": [ana, bo]}),
    )
    .await;
    let start = at(Berlin, next(Weekday::Mon, Berlin), "16:00");
    let body = app
        .post(
            &format!("/v1/public/event-types/{}/sync/bookings", org.slug),
            None,
            json!({"start": start, "name": "Zoë <Z>", "email": "zoe@example.com",
                   "time_zone": "America/Sao_Paulo", "notes": NOTES}),
        )
        .await
        .expect(201);
    (org, serde_json::from_value(body).expect("a booking"))
}

fn smtp_config(port: u16) -> Config {
    Config {
        smtp_host: Some("127.0.0.1".to_owned()),
        smtp_port: port,
        smtp_tls: SmtpTls::None,
        smtp_timeout_ms: 5_000,
        email_from: "Mailco Bookings <bookings@mailco.example>".to_owned(),
        ..Config::default()
    }
}

async fn mail_for(app: &TestApp, org: &Org, kind: EventKind, booking: Booking, config: &Config) -> BookingMail {
    let org: OrgId = org.id.parse().expect("org id");
    let mut conn = app.pool.acquire().await.expect("connection");
    let context = load_context(&mut conn, org, &booking).await.expect("context");
    BookingMail {
        event: DomainEvent::new(kind, org, booking, chrono::Utc::now()),
        context,
        from: config.sender().expect("sender"),
        public_url: config.public_base_url(),
    }
}

/// Sends the notice to everyone and returns the new mails as Python reads them, by recipient.
async fn send_all(mailer: &Mailer, mail: &BookingMail, notice: Notice, server: &SmtpServer) -> Vec<Value> {
    let before = server.received().len();
    for to in recipients(mail) {
        mailer
            .send(compose(mail, notice, &to).expect("composes"))
            .await
            .expect("sent");
    }
    let files: Vec<PathBuf> = server.received().into_iter().skip(before).collect();
    let mut mails = read_mails(&files);
    mails.sort_by_key(|m| address(&m["To"]));
    mails
}

/// The address of a `Name <address>` header, to order mails by recipient.
fn address(header: &Value) -> String {
    let text = header.as_str().unwrap_or_default();
    text.rsplit_once('<').map_or(text, |(_, rest)| rest).to_owned()
}

fn invite(mail: &Value) -> &Value {
    let invites = mail["invites"].as_array().expect("invites");
    assert_eq!(invites.len(), 1, "one invite in {mail}");
    &invites[0]
}

fn params_of<'a>(people: &'a Value, address: &str) -> &'a Value {
    &people
        .as_array()
        .expect("people")
        .iter()
        .find(|p| p["address"] == address)
        .unwrap_or_else(|| panic!("{address} in {people}"))["params"]
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs aiosmtpd and icalendar (Python): scripts/test.sh provides them (KAIROS_TEST_PYTHON)"]
async fn booking_mails_reach_everyone_with_a_calendar_invite(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, booking) = booked(&app).await;
    let server = SmtpServer::start();
    let config = Config {
        public_url: Some("https://book.mailco.example/".to_owned()),
        ..smtp_config(server.port)
    };
    let mailer = Mailer::from_config(&config).expect("mailer");
    assert!(matches!(mailer, Mailer::Smtp(_)));

    let mail = mail_for(&app, &org, EventKind::BookingCreated, booking.clone(), &config).await;
    let people = recipients(&mail);
    assert_eq!(
        people.iter().map(|p| (p.role, p.email.as_str())).collect::<Vec<_>>(),
        [
            (Role::Invitee, "zoe@example.com"),
            (Role::Host, "ana@mailco.example"),
            (Role::Host, "bo@mailco.example")
        ]
    );
    let mails = send_all(&mailer, &mail, Notice::Confirmed, &server).await;
    assert_eq!(mails.len(), 3, "one mail per person: {mails:#?}");
    let [ana, bo, zoe] = [&mails[0], &mails[1], &mails[2]];
    assert_eq!(ana["To"], "Ana <ana@mailco.example>");
    assert_eq!(bo["To"], "Bo <bo@mailco.example>");
    assert_eq!(zoe["To"], "\"Zoë <Z>\" <zoe@example.com>");
    for m in &mails {
        assert_eq!(m["From"], "Mailco Bookings <bookings@mailco.example>");
        assert_eq!(m["Auto-Submitted"], "auto-generated");
        let id = m["Message-ID"].as_str().expect("Message-ID");
        assert!(
            id.starts_with(&format!("<{}.confirmed.", mail.event.id)) && id.ends_with("@mailco.example>"),
            "{id}"
        );
    }
    assert_ne!(ana["Message-ID"], bo["Message-ID"]);

    // Each person reads the time in their own zone.
    let local = |zone: chrono_tz::Tz, format: &str| booking.start.with_timezone(&zone).format(format).to_string();
    let sao_paulo = chrono_tz::America::Sao_Paulo;
    let new_york = chrono_tz::America::New_York;
    assert_eq!(
        zoe["Subject"],
        format!(
            "Confirmed: Sync, weekly with Ana, Bo on {} (America/Sao_Paulo)",
            local(sao_paulo, "%a %-d %b %Y %H:%M")
        )
    );
    assert_eq!(
        ana["Subject"],
        format!(
            "New booking: Sync, weekly with Zoë <Z> on {} (Europe/Berlin)",
            local(Berlin, "%a %-d %b %Y %H:%M")
        )
    );
    assert!(
        bo["Subject"]
            .as_str()
            .expect("subject")
            .ends_with(&format!("{} (America/New_York)", local(new_york, "%H:%M")))
    );
    assert_eq!(
        ana["Reply-To"], "\"Zoë <Z>\" <zoe@example.com>",
        "hosts can answer the invitee"
    );
    let zoe_text = zoe["plain"].as_str().expect("text part");
    assert!(zoe_text.contains("Your booking is confirmed."), "{zoe_text}");
    let when = format!(
        "When:  {}–{} (America/Sao_Paulo)",
        local(sao_paulo, "%A %-d %B %Y, %H:%M"),
        booking.end.with_timezone(&sao_paulo).format("%H:%M")
    );
    assert!(zoe_text.contains(&when), "{when} in {zoe_text}");
    assert!(zoe_text.contains("Room 4; 2nd floor"));
    assert!(zoe_text.contains(&format!("https://book.mailco.example/booking/{}", booking.uid)));
    let ana_text = ana["plain"].as_str().expect("text part");
    assert!(
        !ana_text.contains(&booking.uid),
        "the invitee's link is not shown to hosts"
    );
    assert!(ana_text.contains("Zoë <Z> booked Sync, weekly with you."), "{ana_text}");
    let ana_html = ana["html"].as_str().expect("html part");
    assert!(
        ana_html.contains("Agenda: &#60;b&#62;pricing&#60;/b&#62;, Q&#38;A; &#34;café&#34; ☕<br>Second line"),
        "{ana_html}"
    );
    assert!(ana_html.contains("Zoë &#60;Z&#62; booked"));
    assert!(!ana_html.contains("<b>pricing"));

    // The invite, as a calendar program reads it.
    let first = invite(zoe).clone();
    for m in &mails {
        assert_eq!(invite(m), &first, "everyone gets the same invite");
    }
    assert_eq!(first["filename"], "invite.ics");
    assert_eq!(first["method_param"], "REQUEST");
    assert_eq!(first["charset"], "utf-8");
    assert!(first["crlf_only"].as_bool().expect("bool"));
    assert!(first["longest_line"].as_u64().expect("octets") <= 75);
    assert_eq!(first["method"], "REQUEST");
    assert_eq!(first["version"], "2.0");
    assert_eq!(first["uid"], format!("{}@kairos", booking.id));
    assert_eq!(first["sequence"], 0);
    assert_eq!(first["status"], "CONFIRMED");
    assert_eq!(first["summary"], "Sync, weekly");
    assert_eq!(first["location"], "Room 4; 2nd floor");
    assert_eq!(first["description"], NOTES);
    assert_eq!(first["dtstart"], booking.start.to_rfc3339());
    assert_eq!(first["dtend"], booking.end.to_rfc3339());
    assert_eq!(first["organizer"][0]["address"], "mailto:ana@mailco.example");
    assert_eq!(first["organizer"][0]["params"]["CN"], "Ana");
    assert_eq!(first["attendees"].as_array().expect("attendees").len(), 3);
    let zoe_params = params_of(&first["attendees"], "mailto:zoe@example.com");
    assert_eq!(zoe_params["CN"], "Zoë <Z>");
    assert_eq!(zoe_params["PARTSTAT"], "ACCEPTED");
    assert_eq!(zoe_params["ROLE"], "REQ-PARTICIPANT");
    assert_eq!(params_of(&first["attendees"], "mailto:bo@mailco.example")["CN"], "Bo");

    // Rescheduled: the same event, updated.
    let moved = at(Berlin, next(Weekday::Mon, Berlin), "16:30");
    let body = app
        .post(
            &format!("/v1/bookings/{}/reschedule", booking.id),
            Some(&org.key),
            json!({"start": moved}),
        )
        .await
        .expect(200);
    let rescheduled: Booking = serde_json::from_value(body).expect("booking");
    let mail = mail_for(&app, &org, EventKind::BookingRescheduled, rescheduled, &config).await;
    let mails = send_all(&mailer, &mail, Notice::Rescheduled, &server).await;
    assert_eq!(mails.len(), 3);
    assert!(
        mails[2]["Subject"]
            .as_str()
            .expect("subject")
            .starts_with("Rescheduled: ")
    );
    let update = invite(&mails[2]);
    assert_eq!(update["method"], "REQUEST");
    assert_eq!(update["uid"], first["uid"]);
    assert!(update["sequence"].as_i64() > first["sequence"].as_i64(), "{update}");
    assert_eq!(update["dtstart"], moved.to_rfc3339());

    // Cancelled by the host: the event is withdrawn.
    let body = app
        .post(
            &format!("/v1/bookings/{}/cancel", booking.id),
            Some(&org.key),
            json!({"reason": "Ana is ill"}),
        )
        .await
        .expect(200);
    let cancelled: Booking = serde_json::from_value(body).expect("booking");
    let mail = mail_for(&app, &org, EventKind::BookingCancelled, cancelled, &config).await;
    let mails = send_all(&mailer, &mail, Notice::Cancelled, &server).await;
    assert_eq!(mails.len(), 3);
    let zoe = &mails[2];
    assert!(
        zoe["Subject"]
            .as_str()
            .expect("subject")
            .starts_with("Cancelled: Sync, weekly with Ana, Bo on ")
    );
    let zoe_text = zoe["plain"].as_str().expect("text");
    assert!(
        zoe_text.contains("cancelled by the host") && zoe_text.contains("Ana is ill"),
        "{zoe_text}"
    );
    let cancel = invite(zoe);
    assert_eq!(cancel["method"], "CANCEL");
    assert_eq!(cancel["method_param"], "CANCEL");
    assert_eq!(cancel["status"], "CANCELLED");
    assert_eq!(cancel["uid"], first["uid"]);
    assert!(cancel["sequence"].as_i64() > update["sequence"].as_i64());

    // Reminders carry no invite.
    let mails = send_all(&mailer, &mail, Notice::Reminder { minutes_before: 60 }, &server).await;
    assert_eq!(mails.len(), 3);
    assert!(mails.iter().all(|m| m["invites"].as_array().is_some_and(Vec::is_empty)));
    assert!(
        mails[2]["Subject"]
            .as_str()
            .expect("subject")
            .starts_with("Reminder: Sync, weekly with Ana, Bo in 1 hour, ")
    );
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs aiosmtpd and icalendar (Python): scripts/test.sh provides them (KAIROS_TEST_PYTHON)"]
async fn smtp_failures_say_whether_to_retry(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, mut booking) = booked(&app).await;
    let server = SmtpServer::start();
    let config = smtp_config(server.port);
    let mailer = Mailer::from_config(&config).expect("mailer");

    booking.invitee.email = kairos::model::values::EmailAddress::parse("reject@example.com").expect("an address");
    let mail = mail_for(&app, &org, EventKind::BookingCreated, booking.clone(), &config).await;
    let to = &recipients(&mail)[0];
    let err = mailer
        .send(compose(&mail, Notice::Confirmed, to).expect("composes"))
        .await
        .expect_err("550 refuses the mail");
    assert!(matches!(err, MailError::Permanent(_)), "{err}");
    assert!(err.to_string().contains("550"), "{err}");

    booking.invitee.email = kairos::model::values::EmailAddress::parse("later@example.com").expect("an address");
    let mail = mail_for(&app, &org, EventKind::BookingCreated, booking, &config).await;
    let to = &recipients(&mail)[0];
    let err = mailer
        .send(compose(&mail, Notice::Confirmed, to).expect("composes"))
        .await
        .expect_err("451 defers the mail");
    assert!(err.is_transient(), "{err}");
    assert!(server.received().is_empty());

    let nobody = Mailer::from_config(&smtp_config(free_port())).expect("mailer");
    let err = nobody
        .send(compose(&mail, Notice::Confirmed, to).expect("composes"))
        .await
        .expect_err("nobody listens");
    assert!(err.is_transient(), "a refused connection is worth retrying: {err}");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs aiosmtpd and icalendar (Python): scripts/test.sh provides them (KAIROS_TEST_PYTHON)"]
async fn without_smtp_mails_are_written_to_files(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, booking) = booked(&app).await;
    let data = TempDir::new("data");
    let config = Config {
        data_dir: data.0.clone(),
        ..Config::default()
    };
    let mailer = Mailer::from_config(&config).expect("mailer");
    assert!(matches!(mailer, Mailer::Files(_)));
    let mail = mail_for(&app, &org, EventKind::BookingCreated, booking.clone(), &config).await;
    for to in recipients(&mail) {
        mailer
            .send(compose(&mail, Notice::Confirmed, &to).expect("composes"))
            .await
            .expect("written");
    }
    let files = files_in(&data.0.join("mail"));
    assert_eq!(files.len(), 3, "{files:?}");
    for file in &files {
        let name = file.file_name().expect("name").to_string_lossy().into_owned();
        assert!(
            name.ends_with("@localhost.eml") && name.contains(&mail.event.id.to_string()),
            "{name}"
        );
    }
    let mails = read_mails(&files);
    let mut to: Vec<&str> = mails.iter().map(|m| m["To"].as_str().expect("To")).collect();
    to.sort_unstable_by_key(|t| address(&Value::from(*t)));
    assert_eq!(
        to,
        [
            "Ana <ana@mailco.example>",
            "Bo <bo@mailco.example>",
            "\"Zoë <Z>\" <zoe@example.com>"
        ]
    );
    for m in &mails {
        assert_eq!(m["From"], "Kairos <no-reply@localhost>");
        assert_eq!(invite(m)["uid"], format!("{}@kairos", booking.id));
        assert!(m["plain"].as_str().is_some_and(|t| t.contains("Sync, weekly")));
    }
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs aiosmtpd and icalendar (Python): scripts/test.sh provides them (KAIROS_TEST_PYTHON)"]
async fn invites_can_be_downloaded(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, booking) = booked(&app).await;
    let host_path = format!("/v1/bookings/{}/invite.ics", booking.id);
    let public_path = format!("/v1/public/bookings/{}/invite.ics", booking.uid);

    let download = |path: String, key: Option<String>| {
        let app = &app;
        async move {
            let mut request = app.client.get(format!("{}{path}", app.base));
            if let Some(key) = key {
                request = request.bearer_auth(key);
            }
            let response = request.send().await.expect("sent");
            assert_eq!(response.status().as_u16(), 200);
            let content_type = response.headers()["content-type"].to_str().expect("ascii").to_owned();
            assert_eq!(content_type, "text/calendar; charset=utf-8");
            read_invite(&response.bytes().await.expect("body"))
        }
    };
    for calendar in [
        download(host_path.clone(), Some(org.key.clone())).await,
        download(public_path.clone(), None).await,
    ] {
        assert_eq!(calendar["method"], "REQUEST");
        assert_eq!(calendar["status"], "CONFIRMED");
        assert_eq!(calendar["uid"], format!("{}@kairos", booking.id));
        assert_eq!(calendar["dtstart"], booking.start.to_rfc3339());
        assert_eq!(calendar["attendees"].as_array().expect("attendees").len(), 3);
        assert!(calendar["longest_line"].as_u64().expect("octets") <= 75);
    }

    app.post(&format!("/v1/public/bookings/{}/cancel", booking.uid), None, json!({}))
        .await
        .expect(200);
    for calendar in [
        download(host_path.clone(), Some(org.key.clone())).await,
        download(public_path.clone(), None).await,
    ] {
        assert_eq!(calendar["method"], "CANCEL");
        assert_eq!(calendar["status"], "CANCELLED");
        assert_eq!(calendar["sequence"], 1);
    }

    app.get(&host_path, None).await.problem(401, "unauthenticated");
    let other = app.sign_up("otherco").await;
    app.get(&host_path, Some(&other.key)).await.problem(404, "not_found");
    app.get(
        "/v1/bookings/bkg_00000000000000000000000000000000/invite.ics",
        Some(&org.key),
    )
    .await
    .problem(404, "not_found");
    app.get("/v1/bookings/nonsense/invite.ics", Some(&org.key))
        .await
        .problem(404, "not_found");
    app.get("/v1/public/bookings/0123456789abcdef0123456789abcdef/invite.ics", None)
        .await
        .problem(404, "not_found");

    let doc = app.get("/openapi.json", None).await.expect(200);
    for path in ["/v1/bookings/{id}/invite.ics", "/v1/public/bookings/{uid}/invite.ics"] {
        assert!(
            doc["paths"][path]["get"]["responses"]["200"]["content"]["text/calendar"].is_object(),
            "{path} is documented as text/calendar"
        );
    }
}
