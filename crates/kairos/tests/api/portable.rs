//! `kairos export` and `kairos import` against real databases: an organisation exported from
//! one and imported into a fresh one is the same, table by table and through the API; a second
//! import changes nothing; a slug owned by another organisation is refused.

use kairos::portable::format::{CALENDAR_FILE, DATA_FILE, Export, TABLES};
use kairos::portable::import::Refused;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;

use crate::helpers::database::target_of;
use crate::helpers::peers::TempDir;
use crate::helpers::seed::seed;
use crate::helpers::{Org, TestApp};

/// A fresh, migrated database beside the test's own, dropped by [`Scratch::drop_now`].
struct Scratch {
    name: String,
    pool: PgPool,
}

impl Scratch {
    async fn create(admin: &PgPool) -> Self {
        let name = format!("kairos_import_{}", uuid::Uuid::new_v4().simple());
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(admin)
            .await
            .expect("create database");
        let pool = PgPoolOptions::new()
            .max_connections(4)
            .connect_with(target_of(admin).with_database(&name).connect_options())
            .await
            .expect("connect");
        kairos::store::MIGRATOR.run(&pool).await.expect("migrate");
        Self { name, pool }
    }

    async fn drop_now(self, admin: &PgPool) {
        self.pool.close().await;
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {} WITH (FORCE)", self.name)))
            .execute(admin)
            .await
            .expect("drop database");
    }
}

async fn export_of(pool: &PgPool, slug: &str) -> (Export, String) {
    let mut conn = pool.acquire().await.expect("connection");
    kairos::portable::export::export(&mut conn, slug).await.expect("export")
}

/// Webhooks arrive disabled with a new secret: compare them without those fields.
fn comparable(mut export: Export) -> Export {
    for row in export.tables.get_mut("webhooks").expect("webhooks") {
        let object = row.as_object_mut().expect("object");
        for field in ["enabled", "disabled_reason"] {
            object.remove(field);
        }
    }
    export.exported_at = chrono::DateTime::UNIX_EPOCH;
    export
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn an_exported_organisation_is_reproduced_by_import_and_import_is_idempotent(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let org = seed(&app, "acme").await;
    seed(&app, "other").await;
    let dir = TempDir::new("export");
    let mut out = Vec::new();
    kairos::portable::command::export(&pool, "acme", &dir.0, &mut out)
        .await
        .expect("export");
    let (original, calendar) = export_of(&pool, "acme").await;
    assert_eq!(original.format, "kairos-export");
    assert_eq!(original.version, 1);
    assert_eq!(original.tables["bookings"].len(), 3);
    assert!(
        original.tables["webhooks"].iter().all(|w| w.get("secret").is_none()),
        "secrets stay behind"
    );
    let sources = &original.tables["calendar_sources"];
    assert!(sources[0].get("url").is_none() && sources[0]["url_sealed"].is_string());
    let everything = serde_json::to_string(&original).expect("json");
    assert!(!everything.contains("private-0123"), "feed addresses leave sealed only");
    let unseeded = ["planner_habits", "planned_blocks", "planner_results"];
    for table in TABLES.iter().filter(|t| !unseeded.contains(&t.name)) {
        assert!(!original.tables[table.name].is_empty(), "{} is exported", table.name);
    }
    let written = std::fs::read_to_string(dir.0.join(CALENDAR_FILE)).expect("calendar");
    assert_eq!(written, calendar);
    assert_eq!(calendar.matches("BEGIN:VEVENT").count(), 3);
    assert_eq!(calendar.matches("STATUS:CANCELLED").count(), 1);
    assert!(!calendar.contains("METHOD:"), "a calendar file, not an iTIP message");

    let fresh = Scratch::create(&pool).await;
    let mut out = Vec::new();
    kairos::portable::command::import(&fresh.pool, &dir.0, &mut out)
        .await
        .expect("import");
    let report = String::from_utf8(out).expect("utf-8");
    let key = report
        .rsplit("(shown once): ")
        .next()
        .expect("a new key")
        .trim()
        .to_owned();
    assert!(key.starts_with("kai_"), "{report}");
    let (imported, imported_calendar) = export_of(&fresh.pool, "acme").await;
    assert_eq!(comparable(imported.clone()), comparable(original.clone()));
    assert_eq!(imported_calendar, calendar);
    let webhook = &imported.tables["webhooks"][0];
    assert_eq!(webhook["enabled"], false, "imported endpoints wait for a new secret");

    // The imported organisation works through the API with the new key.
    let copy = TestApp::spawn(fresh.pool.clone()).await;
    let there = Org {
        id: org.id.clone(),
        slug: "acme".to_owned(),
        key,
    };
    let me = copy.get("/v1/organization", Some(&there.key)).await.expect(200);
    assert_eq!(me["id"], org.id.as_str(), "the same id");
    let from = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let to = (chrono::Utc::now() + chrono::TimeDelta::days(30)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let path = format!("/v1/bookings?from={from}&to={to}");
    let here = app.get(&path, Some(&org.key)).await.expect(200);
    let there_list = copy.get(&path, Some(&there.key)).await.expect(200);
    assert_eq!(here["items"], there_list["items"]);

    // A second import inserts nothing and changes nothing.
    let data: Export = serde_json::from_slice(&std::fs::read(dir.0.join(DATA_FILE)).expect("data")).expect("json");
    let mut conn = fresh.pool.acquire().await.expect("connection");
    let again = kairos::portable::import::import(&mut conn, data)
        .await
        .expect("re-import");
    drop(conn);
    assert!(again.inserted.values().all(|n| *n == 0), "{:?}", again.inserted);
    assert!(again.api_key.is_none());
    let (after, _) = export_of(&fresh.pool, "acme").await;
    assert_eq!(comparable(after), comparable(imported));
    drop(copy);
    fresh.drop_now(&pool).await;
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn import_refuses_a_slug_that_belongs_to_another_organisation(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    seed(&app, "acme").await;
    let (mut export, _) = export_of(&pool, "acme").await;
    // The same slug under another organisation's id.
    export.organization["id"] = uuid::Uuid::now_v7().to_string().into();
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM hosts")
        .fetch_one(&pool)
        .await
        .expect("count");
    let mut conn = pool.acquire().await.expect("connection");
    let err = kairos::portable::import::import(&mut conn, export.clone())
        .await
        .expect_err("refused");
    assert!(
        matches!(err.downcast_ref::<Refused>(), Some(Refused::SlugTaken { .. })),
        "{err:#}"
    );
    export.format = "something-else".to_owned();
    let err = kairos::portable::import::import(&mut conn, export)
        .await
        .expect_err("refused");
    assert!(
        matches!(err.downcast_ref::<Refused>(), Some(Refused::NotAnExport { .. })),
        "{err:#}"
    );
    drop(conn);
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM hosts")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(before, after, "nothing was written");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn import_refuses_rows_that_belong_to_another_organisation(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    seed(&app, "acme").await;
    let (acme, _) = export_of(&pool, "acme").await;
    let acme_id = acme.organization["id"].clone();
    let counts = async || -> (i64, i64) {
        let hosts = sqlx::query_scalar("SELECT count(*) FROM hosts").fetch_one(&pool).await;
        let attendees = sqlx::query_scalar("SELECT count(*) FROM attendees")
            .fetch_one(&pool)
            .await;
        (hosts.expect("hosts"), attendees.expect("attendees"))
    };
    let before = counts().await;

    // A new organisation whose file plants a host in Acme (a row with Acme's org_id)...
    let mut intruder = acme.clone();
    intruder.organization["id"] = uuid::Uuid::now_v7().to_string().into();
    intruder.organization["slug"] = "intruder".into();
    for rows in intruder.tables.values_mut() {
        rows.clear();
    }
    let mut host = acme.tables["hosts"][0].clone();
    host["id"] = uuid::Uuid::now_v7().to_string().into();
    host["email"] = "planted@intruder.example".into();
    assert_eq!(host["org_id"], acme_id);
    let mut planted_host = intruder.clone();
    planted_host.tables.insert("hosts".to_owned(), vec![host]);
    // ...or a guest in one of Acme's bookings (attendees carry no org_id, only the booking).
    let mut guest = acme.tables["attendees"][0].clone();
    guest["position"] = 99.into();
    guest["email"] = "planted@intruder.example".into();
    let mut planted_guest = intruder;
    planted_guest.tables.insert("attendees".to_owned(), vec![guest]);

    let mut conn = pool.acquire().await.expect("connection");
    for (export, table) in [(planted_host, "hosts"), (planted_guest, "attendees")] {
        let err = kairos::portable::import::import(&mut conn, export)
            .await
            .expect_err("refused");
        assert!(
            matches!(err.downcast_ref::<Refused>(), Some(Refused::ForeignRows { table: t, count: 1, .. }) if *t == table),
            "{err:#}"
        );
    }
    drop(conn);
    assert_eq!(counts().await, before, "nothing was planted");
    let intruders: i64 = sqlx::query_scalar("SELECT count(*) FROM organizations WHERE slug = 'intruder'")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(intruders, 0, "a refused import leaves no organisation behind");
}
