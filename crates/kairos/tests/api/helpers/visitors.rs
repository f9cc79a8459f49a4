//! Visitors of the web app as a browser without JavaScript is one: a cookie jar, forms with
//! their CSRF token, redirects read one at a time; and an organisation known only by its slug.

use reqwest::StatusCode;
use reqwest::redirect::Policy;

use super::app::{Org, TestApp};

/// A browser-like visitor: its own cookie jar, redirects not followed.
pub struct Visitor {
    pub base: String,
    pub client: reqwest::Client,
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub set_cookie: Option<String>,
    pub html: String,
}

impl Page {
    /// The CSRF token of the page's first form.
    pub fn csrf(&self) -> String {
        let marker = "name=\"_csrf\" value=\"";
        let start = self.html.find(marker).expect("a form with a CSRF token") + marker.len();
        self.html[start..start + 64].to_owned()
    }
}

impl Visitor {
    pub fn new(app: &TestApp) -> Self {
        Self::at(&app.base)
    }

    /// A visitor of the Kairos at `base` (`http://127.0.0.1:port`).
    pub fn at(base: &str) -> Self {
        let client = kairos::tls::client_builder()
            .cookie_store(true)
            .redirect(Policy::none())
            .build()
            .expect("client");
        Self {
            base: base.to_owned(),
            client,
        }
    }

    async fn page(response: reqwest::Response) -> Page {
        let status = response.status();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let set_cookie = response
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Page {
            status,
            location,
            set_cookie,
            html: response.text().await.expect("body"),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::page(
            self.client
                .get(format!("{}{path}", self.base))
                .send()
                .await
                .expect("GET"),
        )
        .await
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> Page {
        Self::page(
            self.client
                .post(format!("{}{path}", self.base))
                .form(form)
                .send()
                .await
                .expect("POST"),
        )
        .await
    }

    /// Posts `form` with the CSRF token of the form on `page_path`.
    pub async fn submit(&self, page_path: &str, action: &str, form: &[(&str, &str)]) -> Page {
        let token = self.get(page_path).await.csrf();
        let mut fields = vec![("_csrf", token.as_str())];
        fields.extend_from_slice(form);
        self.post(action, &fields).await
    }

    /// Logs in through the log-in form.
    pub async fn log_in(&self, email: &str, password: &str) -> Page {
        self.submit("/login", "/login", &[("email", email), ("password", password)])
            .await
    }

    /// Logs in to the organisation whose address is `org`.
    pub async fn log_in_to(&self, org: &str, email: &str, password: &str) -> Page {
        self.submit(
            "/login",
            "/login",
            &[("organization", org), ("email", email), ("password", password)],
        )
        .await
    }

    /// Signs up `slug` with owner `email` (password `correct horse 1`) in `zone`.
    pub async fn sign_up(&self, slug: &str, email: &str, zone: &str) -> Page {
        self.submit(
            "/signup",
            "/signup",
            &[
                ("organization", "Globex"),
                ("slug", slug),
                ("name", "Ana Lima"),
                ("email", email),
                ("password", "correct horse 1"),
                ("time_zone", zone),
            ],
        )
        .await
    }
}

/// An organisation known only by its slug, for booking through its public link.
pub fn public_org(slug: &str) -> Org {
    Org {
        id: String::new(),
        slug: slug.to_owned(),
        key: String::new(),
    }
}
