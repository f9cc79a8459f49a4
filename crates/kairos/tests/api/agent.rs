//! The agent interface driven by a real MCP client, the official Python SDK (`mcp`, from PyPI),
//! over streamable HTTP and over stdio (`kairos mcp`): list the tools, find a time, confirm a
//! proposal, see the booking in the API and its e-mail queued, a retry answered from the record,
//! a second confirmation refused, and a key limited to another host unable to act.

use std::time::Duration;

use chrono::{Days, NaiveDate, Weekday};
use chrono_tz::Europe::Berlin;
use serde_json::{Value, json};

use crate::helpers::{TestApp, at, next};

/// Runs the Python agent with `plan` and returns its transcript.
async fn agent(plan: Value) -> Value {
    let python = crate::helpers::peers::python_with(&["mcp"]);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/api/mcp_agent.py");
    let run = tokio::process::Command::new(python)
        .arg(script)
        .arg(plan.to_string())
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(120), run)
        .await
        .expect("the agent finished within 2 minutes")
        .expect("the agent ran");
    assert!(
        output.status.success(),
        "the agent failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the agent prints JSON")
}

fn over_http(app: &TestApp, key: &str, calls: &Value) -> Value {
    json!({"http": {"url": format!("{}/mcp", app.base), "key": key}, "calls": calls})
}

/// A key limited to `host`, created through the API.
async fn host_key(app: &TestApp, org_key: &str, host: &str) -> String {
    let created = app
        .post("/v1/api-keys", Some(org_key), json!({"name": "agent", "host_id": host}))
        .await
        .expect(201);
    assert_eq!(created["host_id"], host);
    created["secret"].as_str().expect("secret").to_owned()
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs mcp (Python): scripts/test.sh provides it (KAIROS_TEST_PYTHON)"]
async fn an_agent_finds_a_time_and_books_it_once_within_its_keys_scope(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (org, ana) = app.with_intro("agents").await;
    let bo = app.host(&org, "Bo", "Europe/Berlin").await;
    let ana_key = host_key(&app, &org.key, &ana).await;
    let bo_key = host_key(&app, &org.key, &bo).await;
    // A key limited to one host serves only the agent interface.
    app.get("/v1/bookings", Some(&ana_key))
        .await
        .problem(403, "agent_key_only");

    let monday = next(Weekday::Mon, Berlin);
    let friday = monday.checked_add_days(Days::new(4)).expect("a Friday");
    let find = json!({"tool": "find_free_times", "arguments": {
        "people": [], "duration_minutes": 30,
        "days": {"from_date": monday.to_string(), "to_date": friday.to_string(), "part_of_day": "morning"}
    }});
    let confirm = |key: &str| json!({"tool": "confirm", "arguments": {"request_id": "$0.id", "proposal": 1, "idempotency_key": key}});
    let transcript = agent(over_http(
        &app,
        &ana_key,
        &json!([find, confirm("first"), confirm("first"), confirm("second")]),
    ))
    .await;

    let tools: Vec<&str> = transcript["tools"]
        .as_array()
        .expect("tools")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for tool in [
        "find_free_times",
        "confirm",
        "propose_reschedule",
        "propose_cancel",
        "describe_day",
        "add_task",
        "show_plan",
    ] {
        assert!(tools.contains(&tool), "{tool} is offered: {tools:?}");
    }
    let results = transcript["results"].as_array().expect("results");
    let found = &results[0];
    assert!(!found["is_error"].as_bool().expect("flag"), "{found}");
    assert_eq!(found["structured"]["status"], "proposed", "{found}");
    let proposal = &found["structured"]["proposals"][0];
    let start: chrono::DateTime<chrono::Utc> = proposal["start"].as_str().expect("start").parse().expect("an instant");
    let (from, to) = (at(Berlin, monday, "08:00"), at(Berlin, friday, "12:00"));
    assert!(from <= start && start < to, "a morning of the asked week: {start}");

    let booked = &results[1];
    assert!(!booked["is_error"].as_bool().expect("flag"), "{booked}");
    assert_eq!(booked["structured"]["status"], "done");
    let booking_id = booked["structured"]["outcome"]["booking_id"]
        .as_str()
        .expect("booking id")
        .to_owned();
    // The same idempotency key again: the first answer, nothing done twice.
    assert_eq!(results[2]["structured"], booked["structured"]);
    // Another confirmation of the same request is refused.
    assert!(results[3]["is_error"].as_bool().expect("flag"));
    assert_eq!(results[3]["structured"]["code"], "already_done");

    let booking = app
        .get(&format!("/v1/bookings/{booking_id}"), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(booking["start"], proposal["start"]);
    assert_eq!(booking["status"], "confirmed");
    // The booking's event is in the outbox with the job that sends its e-mails and webhooks.
    let (event, fanout): (String, i64) = sqlx::query_as(
        "SELECT e.kind, (SELECT count(*) FROM jobs WHERE kind = 'event.fanout')
         FROM domain_events e WHERE e.booking_id = $1::uuid",
    )
    .bind(booking_id.trim_start_matches("bkg_"))
    .fetch_one(&pool)
    .await
    .expect("the booking's event");
    assert_eq!((event.as_str(), fanout), ("booking.created", 1));
    let bookings: i64 = sqlx::query_scalar("SELECT count(*) FROM bookings")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(bookings, 1, "booked once");

    // What the agent did is on record: the confirmation, with its key and host.
    let actions = app.get("/v1/agent-actions", Some(&org.key)).await.expect(200);
    let confirmations: Vec<&Value> = actions
        .as_array()
        .expect("list")
        .iter()
        .filter(|a| a["tool"] == "confirm")
        .collect();
    assert_eq!(confirmations.len(), 1, "{actions}");
    assert_eq!(confirmations[0]["host_id"], ana);
    assert_eq!(confirmations[0]["idempotency_key"], "first");
    assert_eq!(confirmations[0]["result"]["outcome"]["booking_id"], booking_id.as_str());

    // Ana's agent cancels the meeting, then undoes it: the same time is booked again, once.
    let local = start.with_timezone(&Berlin);
    let cancel_then_undo = json!([
        {"tool": "propose_cancel", "arguments": {"meeting": {
            "date": local.date_naive().to_string(), "start_time": local.format("%H:%M").to_string()
        }}},
        {"tool": "confirm", "arguments": {"request_id": "$0.id", "proposal": 1, "idempotency_key": "cancel"}},
        {"tool": "undo", "arguments": {"action_id": "$1.action_id", "idempotency_key": "undo"}},
        {"tool": "undo", "arguments": {"action_id": "$1.action_id", "idempotency_key": "undo again"}},
        {"tool": "undo", "arguments": {"action_id": booked["structured"]["action_id"], "idempotency_key": "undo booking"}}
    ]);
    let undone = agent(over_http(&app, &ana_key, &cancel_then_undo)).await;
    let steps = undone["results"].as_array().expect("results");
    assert_eq!(steps[1]["structured"]["outcome"]["type"], "cancelled", "{}", steps[1]);
    let restored = steps[2]["structured"]["restored_booking_id"]
        .as_str()
        .expect("restored");
    let again = app
        .get(&format!("/v1/bookings/{restored}"), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(
        (&again["start"], &again["status"]),
        (&proposal["start"], &json!("confirmed"))
    );
    let first = app
        .get(&format!("/v1/bookings/{booking_id}"), Some(&org.key))
        .await
        .expect(200);
    assert_eq!(first["status"], "cancelled");
    assert_eq!(
        steps[3]["structured"]["code"], "slot_taken",
        "undone once: {}",
        steps[3]
    );
    assert_eq!(steps[4]["structured"]["code"], "not_undoable", "{}", steps[4]);

    // Bo's key cannot act for Ana: not by naming her, not by confirming her request.
    let request_id = found["structured"]["id"].as_str().expect("request id");
    let find_for_ana = json!({"tool": "find_free_times", "arguments": {
        "host_id": ana, "people": [], "duration_minutes": 30,
        "days": {"from_date": monday.to_string(), "to_date": friday.to_string()}
    }});
    let confirm_anas =
        json!({"tool": "confirm", "arguments": {"request_id": request_id, "proposal": 2, "idempotency_key": "x"}});
    let refused = agent(over_http(&app, &bo_key, &json!([find_for_ana, confirm_anas]))).await;
    for result in refused["results"].as_array().expect("results") {
        assert!(result["is_error"].as_bool().expect("flag"), "{result}");
        assert_eq!(result["structured"]["code"], "outside_key_scope", "{result}");
    }
    // And a call without a key gets nowhere.
    let anonymous = app
        .client
        .post(format!("{}/mcp", app.base))
        .json(&json!({}))
        .send()
        .await
        .expect("sent");
    assert_eq!(anonymous.status(), 401);
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs mcp (Python): scripts/test.sh provides it (KAIROS_TEST_PYTHON)"]
async fn kairos_mcp_serves_an_agent_over_stdio_with_the_configured_key(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (org, ana) = app.with_intro("stdio-agents").await;
    let ana_key = host_key(&app, &org.key, &ana).await;
    let plan = json!({
        "stdio": {
            "command": env!("CARGO_BIN_EXE_kairos"),
            "env": {
                "KAIROS_DATABASE_URL": crate::helpers::database::database_url(&pool),
                "KAIROS_MCP_API_KEY": ana_key,
                "KAIROS_LOG": "warn",
                "PATH": std::env::var("PATH").unwrap_or_default(),
            }
        },
        "calls": [
            {"tool": "whoami", "arguments": {}},
            {"tool": "add_task", "arguments": {"title": "Board deck", "duration_minutes": 120, "idempotency_key": "deck"}},
            {"tool": "add_task", "arguments": {"title": "Board deck", "duration_minutes": 120, "idempotency_key": "deck"}},
            {"tool": "add_task", "arguments": {"title": "Other", "duration_minutes": 60, "idempotency_key": "deck"}}
        ]
    });
    let transcript = agent(plan).await;
    let results = transcript["results"].as_array().expect("results");
    assert_eq!(results[0]["structured"]["host_id"], ana);
    assert_eq!(results[1]["structured"]["status"], "done", "{}", results[1]);
    assert_eq!(
        results[2]["structured"], results[1]["structured"],
        "a retry is answered from the record"
    );
    assert_eq!(results[3]["structured"]["code"], "idempotency_key_reused");
    let tasks = app
        .get(&format!("/v1/hosts/{ana}/tasks"), Some(&org.key))
        .await
        .expect(200);
    let titles: Vec<&str> = tasks["data"]
        .as_array()
        .expect("data")
        .iter()
        .filter_map(|t| t["title"].as_str())
        .collect();
    assert_eq!(titles, ["Board deck"], "one task, added once");
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
#[ignore = "needs mcp (Python): scripts/test.sh provides it (KAIROS_TEST_PYTHON)"]
async fn bad_tool_arguments_get_a_clear_problem_and_change_nothing(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (org, ana) = app.with_intro("careless-agents").await;
    let ana_key = host_key(&app, &org.key, &ana).await;
    let monday = next(Weekday::Mon, Berlin);
    let days = |to: NaiveDate| json!({"from_date": monday.to_string(), "to_date": to.to_string()});
    let week = monday.checked_add_days(Days::new(4)).expect("a Friday");
    let find = |extra: Value| {
        let mut arguments = json!({"people": [], "duration_minutes": 30, "days": days(week)});
        for (key, value) in extra.as_object().expect("fields") {
            arguments[key] = value.clone();
        }
        json!({"tool": "find_free_times", "arguments": arguments})
    };
    let crowd: Vec<String> = (0..21).map(|n| format!("Person{n}")).collect();
    let calls = json!([
        find(json!({"days": days(monday.checked_add_days(Days::new(40)).expect("later"))})),
        find(json!({"people": ["Ana\u{0}"]})),
        find(json!({"people": crowd})),
        find(json!({"days": {"from_date": monday.to_string(), "to_date": week.to_string(), "earliest": "14:00", "latest": "10:00"}})),
        find(json!({"zone": "Mars/Olympus_Mons"})),
        find(json!({"host_id": "hst_nonsense"})),
        {"tool": "add_task", "arguments": {"title": "x", "duration_minutes": 30, "idempotency_key": ""}},
        {"tool": "confirm", "arguments": {"request_id": "nonsense", "proposal": 1, "idempotency_key": "k"}},
        {"tool": "undo", "arguments": {"action_id": "agt_00000000000000000000000000000000", "idempotency_key": "k"}},
        find(json!({"surprise": true}))
    ]);
    let transcript = agent(over_http(&app, &ana_key, &calls)).await;
    let results = transcript["results"].as_array().expect("results");
    let codes: Vec<&str> = results[..9]
        .iter()
        .map(|r| r["structured"]["code"].as_str().unwrap_or("none"))
        .collect();
    assert_eq!(
        codes,
        [
            "invalid_field",
            "invalid_field",
            "invalid_field",
            "invalid_field",
            "invalid_field",
            "invalid_field",
            "invalid_field",
            "invalid_field",
            "not_found"
        ],
        "{transcript}"
    );
    // An argument the tool does not have is refused when the arguments are read, naming it.
    assert!(results[9]["is_error"].as_bool().expect("flag"), "{}", results[9]);
    let said = results[9]["text"].as_str().expect("text");
    assert!(said.contains("unknown field `surprise`"), "{said}");
    // Nothing was recorded or stored.
    let stored: (i64, i64) =
        sqlx::query_as("SELECT (SELECT count(*) FROM agent_actions), (SELECT count(*) FROM planner_tasks)")
            .fetch_one(&pool)
            .await
            .expect("counts");
    assert_eq!(stored, (0, 0));
}

#[sqlx::test(migrator = "kairos::store::MIGRATOR")]
async fn a_write_whose_process_died_is_taken_over_once_stale_and_not_before(pool: sqlx::PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (org, ana) = app.with_intro("crashing-agents").await;
    let secret = host_key(&app, &org.key, &ana).await;
    let scope = kairos::app::keys::scope(&pool, &secret).await.expect("the key's scope");
    let host = scope.host.expect("limited to Ana");
    // The claims' ages are what matter: any fixed instant serves, on any day the suite runs.
    let now: chrono::DateTime<chrono::Utc> = "2026-03-02T09:00:00Z".parse().expect("an instant");
    let arguments = json!({"title": "x"});
    // A claim left without a result, as by a process killed mid-write.
    let abandoned = |age: chrono::TimeDelta| {
        sqlx::query(
            "INSERT INTO agent_actions (id, org_id, api_key_id, host_id, tool, idempotency_key, arguments, created_at)
             SELECT gen_random_uuid(), org_id, id, host_id, 'add_task', $2, $3, $4 FROM api_keys WHERE prefix = $1",
        )
        .bind(&secret[..12])
        .bind(format!("key-{}", age.num_seconds()))
        .bind(&arguments)
        .bind(now - age)
        .execute(&pool)
    };
    let write = |key: String| {
        let (pool, arguments) = (pool.clone(), arguments.clone());
        async move {
            kairos::app::agent::record(&pool, &scope, host, "add_task", &key, &arguments, now, async {
                Ok(json!({"done": true}))
            })
            .await
        }
    };
    abandoned(chrono::TimeDelta::seconds(30)).await.expect("a recent claim");
    abandoned(chrono::TimeDelta::minutes(10)).await.expect("a stale claim");
    let recent = write("key-30".to_owned()).await.expect_err("still running");
    assert_eq!(recent.code().as_str(), "action_in_progress");
    let (_, result) = write("key-600".to_owned()).await.expect("taken over");
    assert_eq!(result, json!({"done": true}));
    let stored: Option<Value> =
        sqlx::query_scalar("SELECT result FROM agent_actions WHERE idempotency_key = 'key-600'")
            .fetch_one(&pool)
            .await
            .expect("the record");
    assert_eq!(stored, Some(json!({"done": true})));
}
