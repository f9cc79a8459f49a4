//! The web app over HTTP, as a browser without JavaScript uses it: a cookie jar, forms with
//! their CSRF token, redirects read one at a time. Sign-up, log-in and log-out; forms without
//! a token refused; one organisation's session kept out of another's pages; the log-in rate
//! limit; booking through the public page, including a time taken meanwhile.

use chrono::{Datelike, TimeDelta, Utc, Weekday};
use chrono_tz::Tz;
use reqwest::StatusCode;
use sqlx::PgPool;

use crate::helpers::visitors::{Visitor, public_org};
use crate::helpers::{TestApp, at, next};

#[sqlx::test(migrations = "./migrations")]
async fn sign_up_log_out_log_in_and_change_password(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let ana = Visitor::new(&app);
    assert_eq!(ana.get("/app").await.location.as_deref(), Some("/login"));

    let refused = ana.sign_up("Bad Slug", "ana@globex.example", "Europe/Lisbon").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.html.contains("id=\"slug-error\""),
        "the error sits next to its field"
    );
    assert!(
        refused.html.contains("value=\"ana@globex.example\""),
        "typed values are kept"
    );

    let signed_up = ana.sign_up("globex", "ana@globex.example", "Europe/Lisbon").await;
    assert_eq!(signed_up.status, StatusCode::SEE_OTHER, "{}", signed_up.html);
    assert_eq!(signed_up.location.as_deref(), Some("/app"));
    let dashboard = ana.get("/app").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(dashboard.html.contains("Ana Lima · Globex"));
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users")
        .fetch_one(&pool)
        .await
        .expect("user");
    assert!(hash.starts_with("$argon2id$"), "{hash}");

    let out = ana.submit("/app", "/logout", &[]).await;
    assert_eq!(out.location.as_deref(), Some("/login"));
    assert_eq!(ana.get("/app").await.location.as_deref(), Some("/login"));

    let wrong = ana.log_in("ana@globex.example", "nope nope nope").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.html.contains("Wrong e-mail address or password."));
    let right = ana.log_in("ANA@globex.example", "correct horse 1").await;
    assert_eq!(right.location.as_deref(), Some("/app"));

    // A second session of Ana's ends when she changes her password in the first.
    let other = Visitor::new(&app);
    other.log_in("ana@globex.example", "correct horse 1").await;
    assert_eq!(other.get("/app").await.status, StatusCode::OK);
    let bad = ana
        .submit(
            "/app/password",
            "/app/password",
            &[("current", "wrong password"), ("new", "a new password")],
        )
        .await;
    assert!(bad.html.contains("id=\"current-error\""));
    let changed = ana
        .submit(
            "/app/password",
            "/app/password",
            &[("current", "correct horse 1"), ("new", "a new password")],
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK);
    assert!(changed.html.contains("Your password was changed"));
    assert_eq!(ana.get("/app").await.status, StatusCode::OK);
    assert_eq!(other.get("/app").await.location.as_deref(), Some("/login"));
}

#[sqlx::test(migrations = "./migrations")]
async fn forms_without_the_sessions_csrf_token_are_refused(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Lisbon").await;
    let fields = [("title", "Intro"), ("slug", "intro"), ("duration_minutes", "30")];

    let missing = ana.post("/app/event-types", &fields).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    assert!(missing.html.contains("This form has expired"));
    let mut forged = vec![("_csrf", "0".repeat(64))];
    forged.extend(fields.iter().map(|(k, v)| (*k, (*v).to_owned())));
    let forged: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        ana.post("/app/event-types", &forged).await.status,
        StatusCode::FORBIDDEN
    );
    // Another visitor's valid token is no good in Ana's session either.
    let stranger_token = Visitor::new(&app).get("/login").await.csrf();
    let mut borrowed = vec![("_csrf", stranger_token.as_str())];
    borrowed.extend_from_slice(&fields);
    assert_eq!(
        ana.post("/app/event-types", &borrowed).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(ana.post("/logout", &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(
        Visitor::new(&app)
            .post(
                "/login",
                &[("email", "ana@globex.example"), ("password", "correct horse 1")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM event_types")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(count, 0, "nothing was written");

    let made = ana.submit("/app/event-types", "/app/event-types", &fields).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.html);
}

#[sqlx::test(migrations = "./migrations")]
async fn a_session_cannot_reach_another_organisations_pages(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;
    let made = ana
        .submit(
            "/app/event-types",
            "/app/event-types",
            &[("title", "Intro"), ("slug", "intro"), ("duration_minutes", "30")],
        )
        .await;
    let edit_path = made.location.expect("the new event type's page");
    let date = next(Weekday::Mon, chrono_tz::Europe::Berlin);
    let start = at(chrono_tz::Europe::Berlin, date, "10:00").to_rfc3339();
    let visitor = Visitor::new(&app);
    let booked = visitor
        .submit(
            &format!(
                "/book/globex/intro/details?start={}&tz=UTC",
                crate::helpers::q(at(chrono_tz::Europe::Berlin, date, "10:00"))
            ),
            "/book/globex/intro",
            &[
                ("start", &start),
                ("tz", "UTC"),
                ("name", "Carla"),
                ("email", "carla@example.com"),
            ],
        )
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.html);
    let booking_id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM bookings")
        .fetch_one(&pool)
        .await
        .expect("booking");
    let booking_id = kairos::ids::BookingId(booking_id).to_string();

    let bo = Visitor::new(&app);
    bo.sign_up("initech", "bo@initech.example", "UTC").await;
    assert_eq!(ana.get(&edit_path).await.status, StatusCode::OK);
    let other = bo.get(&edit_path).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert!(!other.html.contains("Intro"));
    let bo_dashboard = bo.get("/app").await.html;
    assert!(
        !bo_dashboard.contains("Carla"),
        "Bo's dashboard shows only Initech's bookings"
    );
    assert!(ana.get("/app").await.html.contains("Carla"));
    let cancel = bo
        .submit("/app", &format!("/app/bookings/{booking_id}/cancel"), &[])
        .await;
    assert_eq!(cancel.status, StatusCode::NOT_FOUND);
    assert_eq!(
        bo.get(&format!("/app/bookings/{booking_id}/reschedule")).await.status,
        StatusCode::NOT_FOUND
    );
    let moved = bo
        .submit(
            "/app",
            &format!("/app/bookings/{booking_id}/reschedule"),
            &[("start", &start), ("tz", "UTC")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::NOT_FOUND);
    let edit = bo
        .submit(
            "/app",
            &edit_path,
            &[("title", "Hijacked"), ("slug", "intro"), ("duration_minutes", "30")],
        )
        .await;
    assert_eq!(edit.status, StatusCode::NOT_FOUND);
    let (status, title): (String, String) =
        sqlx::query_as("SELECT b.status, e.title FROM bookings b JOIN event_types e ON e.id = b.event_type_id")
            .fetch_one(&pool)
            .await
            .expect("booking");
    assert_eq!((status.as_str(), title.as_str()), ("confirmed", "Intro"));
}

#[sqlx::test(migrations = "./migrations")]
async fn wrong_passwords_lock_the_account_for_that_client(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "UTC").await;
    Visitor::new(&app).sign_up("initech", "bo@initech.example", "UTC").await;
    let guesser = Visitor::new(&app);
    for _ in 0..kairos::app::accounts::MAX_FAILURES {
        let wrong = guesser.log_in("ana@globex.example", "guess guess guess").await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    }
    let locked = guesser.log_in("ana@globex.example", "correct horse 1").await;
    assert_eq!(
        locked.status,
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(locked.html.contains("Too many failed log-ins"), "{}", locked.html);
    // Another account from the same client is not locked.
    let bo = guesser.log_in("bo@initech.example", "correct horse 1").await;
    assert_eq!(bo.location.as_deref(), Some("/app"));
}

#[sqlx::test(migrations = "./migrations")]
async fn parallel_guesses_get_no_more_password_checks_than_the_limit(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    Visitor::new(&app).sign_up("globex", "ana@globex.example", "UTC").await;
    let guesser = Visitor::new(&app);
    let token = guesser.get("/login").await.csrf();
    let guesses = (0..40).map(|i| {
        let (guesser, token) = (&guesser, token.clone());
        async move {
            let password = format!("guess number {i}");
            guesser
                .post(
                    "/login",
                    &[
                        ("_csrf", &token),
                        ("email", "ana@globex.example"),
                        ("password", &password),
                    ],
                )
                .await
                .status
        }
    });
    let statuses = futures::future::join_all(guesses).await;
    let checked = statuses.iter().filter(|s| **s == StatusCode::UNAUTHORIZED).count();
    let locked = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    // Past the in-flight limit the rest are shed at once.
    let shed = statuses
        .iter()
        .filter(|s| **s == StatusCode::SERVICE_UNAVAILABLE)
        .count();
    assert_eq!(checked + locked + shed, 40, "{statuses:?}");
    assert!(locked > 0, "{statuses:?}");
    assert!(
        checked <= usize::try_from(kairos::app::accounts::MAX_FAILURES).expect("small"),
        "{checked} of 40 parallel guesses had their password checked"
    );
}

#[sqlx::test(migrations = "./migrations")]
async fn booking_through_the_public_page_and_a_time_taken_meanwhile(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;
    let hours = ana
        .submit(
            "/app/availability",
            "/app/availability",
            &[
                ("time_zone", "Europe/Berlin"),
                ("monday", "09:00-12:00, 13:00-17:00"),
                ("tuesday", "25:00-26:00"),
            ],
        )
        .await;
    assert_eq!(hours.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(hours.html.contains("id=\"tuesday-error\""), "the bad day is named");
    let hours = ana
        .submit(
            "/app/availability",
            "/app/availability",
            &[("time_zone", "Europe/Berlin"), ("monday", "09:00-12:00, 13:00-17:00")],
        )
        .await;
    assert_eq!(hours.status, StatusCode::OK);
    assert!(hours.html.contains("value=\"09:00-12:00, 13:00-17:00\""));
    ana.submit(
        "/app/event-types",
        "/app/event-types",
        &[("title", "Intro call"), ("slug", "intro"), ("duration_minutes", "30")],
    )
    .await;

    let berlin: Tz = chrono_tz::Europe::Berlin;
    let date = next(Weekday::Mon, berlin);
    let start = at(berlin, date, "10:00");
    let month = date.format("%Y-%m").to_string();
    let day = date.format("%Y-%m-%d").to_string();
    let carla = Visitor::new(&app);
    let page = carla
        .get(&format!("/book/globex/intro?tz=Asia/Tokyo&month={month}&date={day}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.html.contains("<title>Book Intro call · Kairos</title>"));
    assert!(page.html.len() < 50_000, "page is {} bytes", page.html.len());
    // 10:00 in Berlin is 18:00 in Tokyo (winter) or 17:00 (summer): the page speaks Tokyo.
    let tokyo = start.with_timezone(&chrono_tz::Asia::Tokyo).format("%H:%M").to_string();
    assert!(
        page.html.contains(&format!(">{tokyo}</a>")),
        "slot shown on Tokyo's clock"
    );
    assert!(page.html.contains("(Asia/Tokyo)"));

    let start_text = start.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let details = format!("/book/globex/intro/details?start={start_text}&tz=Asia/Tokyo");
    let form = [
        ("start", start_text.as_str()),
        ("tz", "Asia/Tokyo"),
        ("name", "Carla Diaz"),
        ("email", "not an address"),
    ];
    let invalid = carla.submit(&details, "/book/globex/intro", &form).await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.html.contains("id=\"email-error\""));
    let form = [
        ("start", start_text.as_str()),
        ("tz", "Asia/Tokyo"),
        ("name", "Carla Diaz"),
        ("email", "carla@example.com"),
        ("notes", "About the demo"),
    ];
    let booked = carla.submit(&details, "/book/globex/intro", &form).await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.html);
    let link = booked.location.expect("the booking's link");
    let confirmation = carla.get(&link).await;
    assert!(confirmation.html.contains("You are booked"));
    assert!(confirmation.html.contains(&format!("{tokyo}–")));
    assert!(confirmation.html.contains("/invite.ics"));

    // Dev opened the same time before Carla booked it.
    let dev = Visitor::new(&app);
    let form = [
        ("start", start_text.as_str()),
        ("tz", "Europe/Paris"),
        ("name", "Dev Patel"),
        ("email", "dev@example.com"),
    ];
    let late = dev.submit(&details, "/book/globex/intro", &form).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(late.html.contains("that time was just taken"), "{}", late.html);
    let paris = start
        .with_timezone(&chrono_tz::Europe::Paris)
        .format("%H:%M")
        .to_string();
    assert!(!late.html.contains(&format!(">{paris}</a>")), "the taken time is gone");
    assert!(late.html.contains("class=\"slot\""), "fresh times are offered");
    assert_eq!(app.booking_count().await, 1);

    // The invitee cancels through their link; the host sees it cancelled.
    assert!(ana.get("/app").await.html.contains("Carla Diaz"));
    let cancelled = carla
        .submit(&link, &format!("{link}/cancel"), &[("reason", "conflict")])
        .await;
    assert_eq!(cancelled.location.as_deref(), Some(link.as_str()));
    assert!(carla.get(&link).await.html.contains("This booking is cancelled"));
    assert_eq!(app.booking_count().await, 0);
}

/// Sign-up and invitations answer the same whether or not an address has a login elsewhere:
/// an address may belong to several organisations, and logging in names the one it means.
#[sqlx::test(migrations = "./migrations")]
async fn nothing_tells_a_stranger_that_an_address_has_an_account_elsewhere(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let ana = Visitor::new(&app);
    let first = ana.sign_up("globex", "ana@globex.example", "Europe/Lisbon").await;
    let fresh = Visitor::new(&app)
        .sign_up("initech", "someone.new@initech.example", "UTC")
        .await;
    let again = Visitor::new(&app)
        .sign_up("globex-2", "ana@globex.example", "UTC")
        .await;
    for page in [&first, &fresh, &again] {
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.html);
        assert_eq!(page.location.as_deref(), Some("/app"));
    }

    // Inviting an address with a login in another organisation reads like any invitation.
    let bo = Visitor::new(&app);
    bo.sign_up("hooli", "bo@hooli.example", "UTC").await;
    let invite = |email: &'static str| {
        let ana = &ana;
        async move {
            ana.submit(
                "/app/team",
                "/app/team",
                &[("name", "Bo Chen"), ("email", email), ("time_zone", "UTC")],
            )
            .await
        }
    };
    let taken_elsewhere = invite("bo@hooli.example").await;
    let unknown = invite("cy@nowhere.example").await;
    for page in [&taken_elsewhere, &unknown] {
        assert_eq!(page.status, StatusCode::OK, "{}", page.html);
        assert!(page.html.contains("id=\"first-password\">"), "{}", page.html);
    }
    let marker = "id=\"first-password\">";
    let at = taken_elsewhere.html.find(marker).expect("shown") + marker.len();
    let bo_at_globex = taken_elsewhere.html[at..at + 16].to_owned();

    // Each login is its own: the organisation's address picks it; without one, the first.
    let logins: i64 = sqlx::query_scalar("SELECT count(*) FROM users WHERE email = 'ana@globex.example'")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(logins, 2);
    // The organisation of the session that logged in last.
    let logged_in_to = || async {
        sqlx::query_scalar::<_, String>(
            "SELECT o.slug FROM web_sessions s JOIN users u ON u.id = s.user_id \
             JOIN organizations o ON o.id = u.org_id ORDER BY s.created_at DESC LIMIT 1",
        )
        .fetch_one(&pool)
        .await
        .expect("a logged-in session")
    };
    let v = Visitor::new(&app);
    assert_eq!(
        v.log_in("ana@globex.example", "correct horse 1")
            .await
            .location
            .as_deref(),
        Some("/app")
    );
    assert_eq!(logged_in_to().await, "globex", "the first organisation");
    let v = Visitor::new(&app);
    let page = v.log_in_to("globex-2", "ana@globex.example", "correct horse 1").await;
    assert_eq!(page.location.as_deref(), Some("/app"));
    assert_eq!(logged_in_to().await, "globex-2", "the organisation named");
    let v = Visitor::new(&app);
    assert_eq!(
        v.log_in_to("globex", "bo@hooli.example", &bo_at_globex)
            .await
            .location
            .as_deref(),
        Some("/app")
    );
    let v = Visitor::new(&app);
    let wrong_org = v.log_in_to("hooli", "bo@hooli.example", &bo_at_globex).await;
    assert_eq!(
        wrong_org.status,
        StatusCode::UNAUTHORIZED,
        "Bo's Hooli password is not this one"
    );
    let nowhere = Visitor::new(&app)
        .log_in_to("no-such-org", "bo@hooli.example", "correct horse 1")
        .await;
    assert_eq!(nowhere.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        strip_csrf(&nowhere.html),
        strip_csrf(&wrong_org.html).replace("value=\"hooli\"", "value=\"no-such-org\""),
        "a wrong organisation and a wrong password read the same"
    );
}

/// A page without its form token, to compare two answers.
fn strip_csrf(html: &str) -> String {
    html.lines()
        .filter(|l| !l.contains("_csrf"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[sqlx::test(migrations = "./migrations")]
async fn a_colleague_is_invited_and_api_keys_are_shown_once(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Lisbon").await;

    let invited = ana
        .submit(
            "/app/team",
            "/app/team",
            &[
                ("name", "Bo Chen"),
                ("email", "bo@globex.example"),
                ("time_zone", "America/New_York"),
            ],
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK);
    let marker = "id=\"first-password\">";
    let at = invited.html.find(marker).expect("the first password is shown") + marker.len();
    let password = invited.html[at..at + 16].to_owned();
    let again = ana
        .submit(
            "/app/team",
            "/app/team",
            &[("name", "Bo"), ("email", "bo@globex.example"), ("time_zone", "UTC")],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.html.contains("id=\"email-error\""));

    let bo = Visitor::new(&app);
    let logged_in = bo.log_in("bo@globex.example", &password).await;
    assert_eq!(logged_in.location.as_deref(), Some("/app"));
    assert!(bo.get("/app").await.html.contains("Bo Chen · Globex"));
    assert!(!ana.get("/app/team").await.html.contains(&password), "shown only once");

    let created = ana.submit("/app/team", "/app/api-keys", &[("key_name", "CRM")]).await;
    let marker = "id=\"new-key\">";
    let at = created.html.find(marker).expect("the secret is shown") + marker.len();
    let secret = created.html[at..at + 68].to_owned();
    assert!(secret.starts_with("kai_"), "{secret}");
    let me = app.get("/v1/organization", Some(&secret)).await.expect(200);
    assert_eq!(me["slug"], "globex");
    assert!(!ana.get("/app/team").await.html.contains(&secret), "shown only once");

    let key_id = me_key_id(&app, &secret).await;
    let last = ana
        .submit("/app/team", &format!("/app/api-keys/{key_id}/revoke"), &[])
        .await;
    assert!(
        last.html.contains("last live API key"),
        "the last key stays: {}",
        last.html
    );
    let other = ana.submit("/app/team", "/app/api-keys", &[("key_name", "Spare")]).await;
    assert_eq!(other.status, StatusCode::OK);
    let revoked = ana
        .submit("/app/team", &format!("/app/api-keys/{key_id}/revoke"), &[])
        .await;
    assert_eq!(revoked.status, StatusCode::OK);
    app.get("/v1/organization", Some(&secret))
        .await
        .problem(401, "unauthenticated");
}

async fn me_key_id(app: &TestApp, secret: &str) -> String {
    let keys = app.get("/v1/api-keys", Some(secret)).await.expect(200);
    keys["data"][0]["id"].as_str().expect("key id").to_owned()
}

#[sqlx::test(migrations = "./migrations")]
async fn the_invitee_reschedules_through_their_link(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (org, _) = app.with_intro("globex").await;
    let berlin: Tz = chrono_tz::Europe::Berlin;
    let date = next(Weekday::Tue, berlin);
    let booked = app
        .book(&org, "intro", at(berlin, date, "10:00"), "carla@example.com")
        .await
        .expect(201);
    let uid = booked["uid"].as_str().expect("uid");
    app.book(&org, "intro", at(berlin, date, "11:00"), "dev@example.com")
        .await
        .expect(201);

    let carla = Visitor::new(&app);
    let month = date.format("%Y-%m");
    let page_path = format!("/booking/{uid}/reschedule?tz=Europe/Berlin&month={month}&date={date}");
    let page = carla.get(&page_path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.html.contains("Now: <strong>"), "the current time is shown");
    let free = at(berlin, date, "14:00").to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let taken = at(berlin, date, "11:00").to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    assert!(page.html.contains(&format!("value=\"{free}\"")), "14:00 is offered");
    assert!(!page.html.contains(&format!("value=\"{taken}\"")), "Dev's 11:00 is not");

    let lost = carla
        .submit(
            &page_path,
            &format!("/booking/{uid}/reschedule"),
            &[("start", &taken), ("tz", "Europe/Berlin")],
        )
        .await;
    assert_eq!(lost.status, StatusCode::CONFLICT);
    assert!(lost.html.contains("that time was just taken"));
    let moved = carla
        .submit(
            &page_path,
            &format!("/booking/{uid}/reschedule"),
            &[("start", &free), ("tz", "Europe/Berlin")],
        )
        .await;
    assert_eq!(moved.location.as_deref(), Some(format!("/booking/{uid}").as_str()));
    let now = carla.get(&format!("/booking/{uid}")).await.html;
    // Carla booked with Europe/Paris, the same clock as Berlin.
    assert!(now.contains("14:00–14:30"), "{now}");
    let booking = app.get(&format!("/v1/public/bookings/{uid}"), None).await.expect(200);
    assert_eq!(
        booking["start"],
        at(berlin, date, "14:00").to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    );
}

#[sqlx::test(migrations = "./migrations")]
async fn date_overrides_and_busy_blocks_change_the_free_times(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;
    ana.submit(
        "/app/event-types",
        "/app/event-types",
        &[("title", "Intro"), ("slug", "intro"), ("duration_minutes", "30")],
    )
    .await;
    let berlin: Tz = chrono_tz::Europe::Berlin;
    let monday = next(Weekday::Mon, berlin);
    let tuesday = monday + chrono::TimeDelta::days(1);
    let slots_on = async |date: chrono::NaiveDate| {
        let html = Visitor::new(&app)
            .get(&format!(
                "/book/globex/intro?tz=Europe/Berlin&month={}&date={date}",
                date.format("%Y-%m")
            ))
            .await
            .html;
        html.matches("class=\"slot\"").count()
    };
    assert_eq!(slots_on(monday).await, 16, "09:00–17:00 in half hours");

    let bad = ana
        .submit(
            "/app/time-off",
            "/app/time-off/overrides",
            &[("date", &monday.to_string()), ("hours", "10-11")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.html.contains("id=\"override_hours-error\""));
    let short = ana
        .submit(
            "/app/time-off",
            "/app/time-off/overrides",
            &[("date", &monday.to_string()), ("hours", "10:00-11:00")],
        )
        .await;
    assert_eq!(short.location.as_deref(), Some("/app/time-off"));
    assert_eq!(slots_on(monday).await, 2);
    ana.submit(
        "/app/time-off",
        "/app/time-off/overrides",
        &[("date", &monday.to_string()), ("hours", "")],
    )
    .await;
    assert_eq!(slots_on(monday).await, 0, "the day off");
    assert!(ana.get("/app/time-off").await.html.contains("Day off"));
    ana.submit(
        "/app/time-off",
        &format!("/app/time-off/overrides/{monday}/remove"),
        &[],
    )
    .await;
    assert_eq!(slots_on(monday).await, 16);

    let busy = ana
        .submit(
            "/app/time-off",
            "/app/time-off/busy",
            &[
                ("title", "Dentist"),
                ("start", &format!("{tuesday}T10:00")),
                ("end", &format!("{tuesday}T12:00")),
            ],
        )
        .await;
    assert_eq!(busy.location.as_deref(), Some("/app/time-off"), "{}", busy.html);
    assert_eq!(slots_on(tuesday).await, 12);
    let inverted = ana
        .submit(
            "/app/time-off",
            "/app/time-off/busy",
            &[
                ("start", &format!("{tuesday}T12:00")),
                ("end", &format!("{tuesday}T10:00")),
            ],
        )
        .await;
    assert_eq!(inverted.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(inverted.html.contains("id=\"busy_end-error\""), "{}", inverted.html);
    let page = ana.get("/app/time-off").await.html;
    assert!(page.contains("Dentist"));
    let marker = "action=\"/app/time-off/busy/";
    let at = page.find(marker).expect("a remove button") + marker.len();
    let id = page[at..].split('/').next().expect("id").to_owned();
    ana.submit("/app/time-off", &format!("/app/time-off/busy/{id}/remove"), &[])
        .await;
    assert_eq!(slots_on(tuesday).await, 16);
}

#[sqlx::test(migrations = "./migrations")]
async fn webhook_endpoints_and_their_delivery_log(pool: PgPool) {
    let config = crate::helpers::worker::config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let _worker = crate::helpers::worker::Worker::start(&pool, &config).await;
    let receiver = crate::helpers::receiver::Receiver::start().await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;
    ana.submit(
        "/app/event-types",
        "/app/event-types",
        &[("title", "Intro"), ("slug", "intro"), ("duration_minutes", "30")],
    )
    .await;

    let none = ana
        .submit("/app/webhooks", "/app/webhooks", &[("url", &receiver.url())])
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY, "no event chosen");
    assert!(none.html.contains("id=\"events-error\""), "{}", none.html);
    let bad = ana
        .submit(
            "/app/webhooks",
            "/app/webhooks",
            &[("url", "ftp://x"), ("created", "on")],
        )
        .await;
    assert!(bad.html.contains("id=\"url-error\""));
    let added = ana
        .submit(
            "/app/webhooks",
            "/app/webhooks",
            &[("url", &receiver.url()), ("created", "on"), ("cancelled", "on")],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK);
    assert!(
        added.html.contains("id=\"webhook-secret\">whsec_"),
        "the secret is shown once"
    );
    assert!(!ana.get("/app/webhooks").await.html.contains("whsec_"));

    let org = public_org("globex");
    let berlin: Tz = chrono_tz::Europe::Berlin;
    app.book(
        &org,
        "intro",
        at(berlin, next(Weekday::Mon, berlin), "10:00"),
        "carla@example.com",
    )
    .await
    .expect(201);
    let list = ana.get("/app/webhooks").await.html;
    let marker = "href=\"/app/webhooks/";
    let at = list.find(marker).expect("a deliveries link") + marker.len();
    let id = list[at..].split('"').next().expect("id").to_owned();
    let delivered = crate::helpers::worker::eventually(std::time::Duration::from_secs(20), async || {
        ana.get(&format!("/app/webhooks/{id}"))
            .await
            .html
            .contains("booking.created")
    })
    .await;
    assert!(delivered, "the delivery shows in the log");
    assert_eq!(receiver.requests().len(), 1);
    let log = ana.get(&format!("/app/webhooks/{id}")).await.html;
    assert!(log.contains("✓ 204"), "the receiver's status: {log}");

    let bo = Visitor::new(&app);
    bo.sign_up("initech", "bo@initech.example", "UTC").await;
    assert_eq!(
        bo.get(&format!("/app/webhooks/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    let deleted = ana
        .submit("/app/webhooks", &format!("/app/webhooks/{id}/delete"), &[])
        .await;
    assert_eq!(deleted.location.as_deref(), Some("/app/webhooks"));
    assert!(ana.get("/app/webhooks").await.html.contains("No endpoints yet."));
}

#[sqlx::test(migrations = "./migrations")]
async fn event_types_with_several_hosts(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;
    ana.submit(
        "/app/team",
        "/app/team",
        &[
            ("name", "Bo Chen"),
            ("email", "bo@globex.example"),
            ("time_zone", "America/New_York"),
        ],
    )
    .await;
    let ids: Vec<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM hosts ORDER BY name")
        .fetch_all(&pool)
        .await
        .expect("hosts");
    let (ana_id, bo_id) = (
        format!("host_{}", kairos::ids::HostId(ids[0])),
        format!("host_{}", kairos::ids::HostId(ids[1])),
    );
    let base = [
        ("title", "Team demo"),
        ("slug", "team-demo"),
        ("duration_minutes", "45"),
    ];
    let mut single = base.to_vec();
    single.extend([("kind", "single"), (ana_id.as_str(), "on"), (bo_id.as_str(), "on")]);
    let refused = ana.submit("/app/event-types", "/app/event-types", &single).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.html.contains("id=\"hosts-error\""), "{}", refused.html);

    let mut collective = base.to_vec();
    collective.extend([("kind", "collective"), (ana_id.as_str(), "on"), (bo_id.as_str(), "on")]);
    let made = ana.submit("/app/event-types", "/app/event-types", &collective).await;
    let edit = made.location.expect("created");
    let (kind, hosts): (String, i64) = sqlx::query_as(
        "SELECT e.kind, (SELECT count(*) FROM event_type_hosts h WHERE h.event_type_id = e.id) FROM event_types e",
    )
    .fetch_one(&pool)
    .await
    .expect("event type");
    assert_eq!((kind.as_str(), hosts), ("collective", 2));
    let page = ana.get(&edit).await.html;
    assert!(page.contains("value=\"collective\" checked"));
    assert_eq!(
        page.matches("\" checked> ").count(),
        3,
        "the kind and both hosts are checked"
    );

    // Berlin 09:00–17:00 and New York 09:00–17:00 overlap 15:00–17:00 Berlin time.
    let berlin: Tz = chrono_tz::Europe::Berlin;
    let date = next(Weekday::Wed, berlin);
    let html = Visitor::new(&app)
        .get(&format!(
            "/book/globex/team-demo?tz=Europe/Berlin&month={}&date={date}",
            date.format("%Y-%m")
        ))
        .await
        .html;
    let times: Vec<&str> = html
        .match_indices("class=\"slot\"")
        .map(|(i, _)| {
            let label = &html[i..];
            let start = label.find('>').expect("tag end") + 1;
            &label[start..start + 5]
        })
        .collect();
    // Only when both are free: inside Ana's hours and Bo's (15:00–17:00 in Berlin, or more
    // in the weeks when only one of the two zones has changed its clocks).
    let new_york: Tz = chrono_tz::America::New_York;
    assert!(!times.is_empty(), "the overlap has times");
    for time in &times {
        let start = at(berlin, date, time);
        let end = start + chrono::TimeDelta::minutes(45);
        assert!(
            start >= at(new_york, date, "09:00") && end <= at(new_york, date, "17:00"),
            "{time} is in Bo's hours"
        );
        assert!(
            start >= at(berlin, date, "09:00") && end <= at(berlin, date, "17:00"),
            "{time} is in Ana's hours"
        );
    }
    assert!(times.len() < 10, "not Ana's whole day: {times:?}");

    let mut none = base.to_vec();
    none.push(("kind", "collective"));
    let unhosted = ana.submit(&edit, &edit, &none).await;
    assert_eq!(unhosted.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unhosted.html.contains("id=\"hosts-error\""));
}

#[sqlx::test(migrations = "./migrations")]
async fn the_host_reschedules_from_the_dashboard(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;
    ana.submit(
        "/app/event-types",
        "/app/event-types",
        &[("title", "Intro"), ("slug", "intro"), ("duration_minutes", "30")],
    )
    .await;
    let org = public_org("globex");
    let berlin: Tz = chrono_tz::Europe::Berlin;
    let date = next(Weekday::Thu, berlin);
    let booked = app
        .book(&org, "intro", at(berlin, date, "10:00"), "carla@example.com")
        .await
        .expect(201);
    let id = booked["id"].as_str().expect("id");
    let dashboard = ana.get("/app").await.html;
    let path = format!("/app/bookings/{id}/reschedule");
    assert!(dashboard.contains(&format!("href=\"{path}\"")), "a reschedule link");
    let page = ana
        .get(&format!("{path}?month={}&date={date}", date.format("%Y-%m")))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.html.contains("(Europe/Berlin)"), "in the host's zone");
    let to = at(berlin, date, "15:00").to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    assert!(page.html.contains(&format!("value=\"{to}\"")));
    let moved = ana
        .submit(&path, &path, &[("start", &to), ("tz", "Europe/Berlin")])
        .await;
    assert_eq!(moved.location.as_deref(), Some("/app"));
    let booking = app
        .get(
            &format!("/v1/public/bookings/{}", booked["uid"].as_str().expect("uid")),
            None,
        )
        .await
        .expect(200);
    assert_eq!(booking["start"], to);
    assert!(ana.get("/app").await.html.contains("15:00–15:30"));
}

#[sqlx::test(migrations = "./migrations")]
async fn sign_up_follows_the_switch(pool: PgPool) {
    let config = kairos::config::Config {
        allow_signup: false,
        ..kairos::config::Config::default()
    };
    let app = TestApp::spawn_with(pool.clone(), config).await;
    let visitor = Visitor::new(&app);
    let page = visitor.get("/signup").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.html.contains("Sign-up is closed"));
    let token = visitor.get("/login").await.csrf();
    let posted = visitor
        .post(
            "/signup",
            &[
                ("_csrf", &token),
                ("organization", "Globex"),
                ("slug", "globex"),
                ("name", "Ana"),
                ("email", "ana@globex.example"),
                ("password", "correct horse 1"),
                ("time_zone", "UTC"),
            ],
        )
        .await;
    assert_eq!(posted.status, StatusCode::FORBIDDEN);
    let orgs: i64 = sqlx::query_scalar("SELECT count(*) FROM organizations")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(orgs, 0);
}

#[sqlx::test(migrations = "./migrations")]
async fn the_session_cookie_is_http_only_same_site_and_secure_behind_https(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let cookie = Visitor::new(&app)
        .get("/login")
        .await
        .set_cookie
        .expect("a session cookie");
    assert!(cookie.starts_with("kairos_session="), "{cookie}");
    for part in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(part), "{part} in {cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM web_sessions WHERE user_id IS NULL")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(stored, 1, "the session lives in PostgreSQL");

    let config = kairos::config::Config {
        public_url: Some("https://book.example".to_owned()),
        ..kairos::config::Config::default()
    };
    let behind_https = TestApp::spawn_with(pool, config).await;
    let cookie = Visitor::new(&behind_https)
        .get("/login")
        .await
        .set_cookie
        .expect("cookie");
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[sqlx::test(migrations = "./migrations")]
async fn tasks_and_habits_from_the_planner_page_are_planned(pool: PgPool) {
    let config = crate::helpers::worker::config(None);
    let app = TestApp::spawn_with(pool.clone(), config.clone()).await;
    let _worker = crate::helpers::worker::Worker::start(&pool, &config).await;
    let ana = Visitor::new(&app);
    ana.sign_up("globex", "ana@globex.example", "Europe/Berlin").await;

    let bad = ana
        .submit(
            "/app/planner",
            "/app/planner/tasks",
            &[("title", "Deck"), ("duration_minutes", "lots")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.html.contains("id=\"task_duration_minutes-error\""));
    let empty = ana
        .submit(
            "/app/planner",
            "/app/planner/tasks",
            &[("title", " "), ("duration_minutes", "60")],
        )
        .await;
    assert!(empty.html.contains("id=\"task_title-error\""), "{}", empty.html);
    let berlin: Tz = chrono_tz::Europe::Berlin;
    let due = next(Weekday::Fri, berlin);
    let added = ana
        .submit(
            "/app/planner",
            "/app/planner/tasks",
            &[
                ("title", "Board deck"),
                ("duration_minutes", "90"),
                ("due", &due.to_string()),
            ],
        )
        .await;
    assert_eq!(added.location.as_deref(), Some("/app/planner"), "{}", added.html);

    let window = ana
        .submit(
            "/app/planner",
            "/app/planner/habits",
            &[
                ("title", "Gym"),
                ("times_per_week", "3"),
                ("window", "seven"),
                ("duration_minutes", "60"),
            ],
        )
        .await;
    assert!(window.html.contains("id=\"habit_window-error\""));
    let habit = ana
        .submit(
            "/app/planner",
            "/app/planner/habits",
            &[
                ("title", "Gym"),
                ("times_per_week", "3"),
                ("window", "07:00-10:00"),
                ("duration_minutes", "60"),
            ],
        )
        .await;
    assert_eq!(habit.location.as_deref(), Some("/app/planner"), "{}", habit.html);

    // The re-plan runs as a job and places the task as early as it can: in this week or a later
    // one, at the latest the week of its due date (which weeks those are depends on today).
    let today = Utc::now().with_timezone(&berlin).date_naive();
    let monday = today - TimeDelta::days(i64::from(today.weekday().num_days_from_monday()));
    let weeks: Vec<String> = std::iter::successors(Some(monday), |d| Some(*d + TimeDelta::days(7)))
        .take_while(|d| *d <= due)
        .map(|d| format!("/app/planner?week={d}"))
        .collect();
    let shows_task = |html: &str| html.contains("Board deck") && html.contains("block task");
    let planned = crate::helpers::worker::eventually(std::time::Duration::from_secs(20), async || {
        for week in &weeks {
            if shows_task(&ana.get(week).await.html) {
                return true;
            }
        }
        false
    })
    .await;
    assert!(planned, "no week from {today} to {due} shows the task");
    let mut week = String::new();
    for candidate in &weeks {
        if shows_task(&ana.get(candidate).await.html) {
            week.clone_from(candidate);
            break;
        }
    }
    let html = ana.get(&week).await.html;
    assert!(html.contains("Planned "), "the plan's time is shown");
    assert!(html.contains("(Europe/Berlin)"));
}

#[sqlx::test(migrations = "./migrations")]
async fn the_demo_login_works(pool: PgPool) {
    let dir = std::env::temp_dir().join(format!("kairos-web-demo-{}", uuid::Uuid::new_v4()));
    kairos::demo::ensure(&pool, &dir, chrono::Utc::now())
        .await
        .expect("demo seeded");
    let app = TestApp::spawn(pool).await;
    let visitor = Visitor::new(&app);
    let logged_in = visitor
        .log_in(kairos::demo::DEMO_EMAIL, kairos::demo::DEMO_PASSWORD)
        .await;
    assert_eq!(logged_in.location.as_deref(), Some("/app"));
    let dashboard = visitor.get("/app").await.html;
    assert!(dashboard.contains("Ana Lima · Acme"));
    assert!(dashboard.contains("Carla Diaz"), "the demo bookings are listed");
    std::fs::remove_dir_all(&dir).ok();
}
