//! Starting Kairos for a test and talking to it: the app on port 0, replies with their
//! problem checks, and the organisations, hosts and bookings most tests begin with.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use kairos::config::Config;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sqlx::PgPool;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub pool: PgPool,
    shutdown: CancellationToken,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

/// A response: status, headers and JSON body (`Value::Null` when empty or not JSON).
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Reply {
    /// Asserts the status, printing the body when it differs.
    #[track_caller]
    pub fn expect(self, status: u16) -> Value {
        assert_eq!(self.status.as_u16(), status, "unexpected status; body: {}", self.body);
        self.body
    }

    /// Asserts a problem+json with this status and code; returns the body.
    #[track_caller]
    pub fn problem(self, status: u16, code: &str) -> Value {
        assert_eq!(self.status.as_u16(), status, "unexpected status; body: {}", self.body);
        let content_type = self
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        assert_eq!(content_type, "application/problem+json");
        assert_eq!(self.body["code"], code, "unexpected problem: {}", self.body);
        assert_eq!(self.body["status"], status);
        assert_eq!(self.body["type"], format!("/problems/{code}"));
        self.body
    }
}

/// An organisation created through sign-up, with its key.
#[derive(Debug, Clone)]
pub struct Org {
    pub id: String,
    pub slug: String,
    pub key: String,
}

impl TestApp {
    pub async fn spawn(pool: PgPool) -> Self {
        Self::spawn_with(pool, Config::default()).await
    }

    pub async fn spawn_with(pool: PgPool, config: Config) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
        let base = format!("http://{}", listener.local_addr().expect("local addr"));
        let shutdown = CancellationToken::new();
        let server = kairos::startup::serve(listener, pool.clone(), Arc::new(config), shutdown.clone());
        tokio::spawn(async move {
            if let Err(err) = server.await {
                eprintln!("test server failed: {err:#}");
            }
        });
        let client = kairos::tls::client_builder()
            .pool_max_idle_per_host(256)
            .build()
            .expect("client");
        Self {
            base,
            client,
            pool,
            shutdown,
        }
    }

    pub async fn send(&self, method: Method, path: &str, key: Option<&str>, body: Option<Value>) -> Reply {
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        if let Some(key) = key {
            request = request.bearer_auth(key);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        self.reply(request).await
    }

    pub async fn reply(&self, request: reqwest::RequestBuilder) -> Reply {
        let response = request.send().await.expect("request sent");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.expect("body read");
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply { status, headers, body }
    }

    pub async fn get(&self, path: &str, key: Option<&str>) -> Reply {
        self.send(Method::GET, path, key, None).await
    }

    pub async fn post(&self, path: &str, key: Option<&str>, body: Value) -> Reply {
        self.send(Method::POST, path, key, Some(body)).await
    }

    pub async fn put(&self, path: &str, key: Option<&str>, body: Value) -> Reply {
        self.send(Method::PUT, path, key, Some(body)).await
    }

    pub async fn patch(&self, path: &str, key: Option<&str>, body: Value) -> Reply {
        self.send(Method::PATCH, path, key, Some(body)).await
    }

    pub async fn delete(&self, path: &str, key: Option<&str>) -> Reply {
        self.send(Method::DELETE, path, key, None).await
    }

    pub async fn sign_up(&self, slug: &str) -> Org {
        let body = self
            .post(
                "/v1/organizations",
                None,
                json!({"name": format!("Org {slug}"), "slug": slug}),
            )
            .await
            .expect(201);
        Org {
            id: body["organization"]["id"].as_str().expect("org id").to_owned(),
            slug: slug.to_owned(),
            key: body["api_key"]["secret"].as_str().expect("secret").to_owned(),
        }
    }

    /// Creates a host (Mon–Fri 09:00–17:00 in `zone` by default) and returns its id.
    pub async fn host(&self, org: &Org, name: &str, zone: &str) -> String {
        let email = format!("{}@{}.example", name.to_lowercase().replace(' ', "."), org.slug);
        let body = self
            .post(
                "/v1/hosts",
                Some(&org.key),
                json!({"name": name, "email": email, "time_zone": zone}),
            )
            .await
            .expect(201);
        body["id"].as_str().expect("host id").to_owned()
    }

    /// Creates an event type from `fields` (slug, title, duration_minutes and hosts required).
    pub async fn event_type(&self, org: &Org, fields: Value) -> Value {
        self.post("/v1/event-types", Some(&org.key), fields).await.expect(201)
    }

    /// An organisation `slug` with one host, Ana (Europe/Berlin, default hours), and her
    /// 30-minute event type `intro`; returns the organisation and the host id.
    pub async fn with_intro(&self, slug: &str) -> (Org, String) {
        let org = self.sign_up(slug).await;
        let host = self.host(&org, "Ana", "Europe/Berlin").await;
        self.event_type(
            &org,
            json!({"slug": "intro", "title": "Intro", "duration_minutes": 30, "hosts": [host]}),
        )
        .await;
        (org, host)
    }

    pub async fn book(&self, org: &Org, slug: &str, start: DateTime<Utc>, email: &str) -> Reply {
        self.book_from(org, slug, start, email, None).await
    }

    /// A public booking sent as if forwarded for the client at `forwarded_for` (which counts
    /// only when the app trusts the loopback proxy, `KAIROS_TRUSTED_PROXIES`).
    pub async fn book_from(
        &self,
        org: &Org,
        slug: &str,
        start: DateTime<Utc>,
        email: &str,
        forwarded_for: Option<&str>,
    ) -> Reply {
        let body = json!({"start": start, "name": "Invitee", "email": email, "time_zone": "Europe/Paris"});
        let mut request = self
            .client
            .post(format!(
                "{}/v1/public/event-types/{}/{slug}/bookings",
                self.base, org.slug
            ))
            .json(&body);
        if let Some(address) = forwarded_for {
            request = request.header("x-forwarded-for", address);
        }
        self.reply(request).await
    }

    pub async fn booking_count(&self) -> i64 {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM bookings WHERE status = 'confirmed'")
            .fetch_one(&self.pool)
            .await
            .expect("count bookings")
    }
}

/// All slot starts of a slots response, flattened, as instants.
pub fn slot_starts(body: &Value) -> Vec<DateTime<Utc>> {
    body["days"]
        .as_array()
        .expect("days")
        .iter()
        .flat_map(|d| d["slots"].as_array().expect("slots").iter())
        .map(|s| {
            DateTime::parse_from_rfc3339(s["start"].as_str().expect("start"))
                .expect("rfc3339")
                .with_timezone(&Utc)
        })
        .collect()
}
