//! An in-process stand-in for the Auth0 Management API, so that restpoint's
//! examples and tests run with no Auth0 account. It listens on 127.0.0.1 only.
//!
//! It serves, the way Auth0 does (bearer token checked, Auth0's shapes, Auth0's
//! error body `{"statusCode","error","message","errorCode"}`, `x-ratelimit-*`
//! headers on every answer):
//!
//! - `GET /api/v2/users` (`q`, `page`, `per_page`, `include_totals`)
//! - `GET /api/v2/users/{id}` (`fields`, `include_fields`)
//! - `PATCH /api/v2/users/{id}`
//! - `POST /api/v2/users/{id}/identities` (*Link a user account*: `link_with` alone,
//!   or `provider` + `user_id` with an optional `connection_id`)
//! - `DELETE /api/v2/users/{id}/identities/{provider}/{user_id}`
//! - `POST /api/v2/jobs/users-imports` (multipart: a `users` JSON file)
//! - `POST /api/v2/jobs/users-exports` (`format: json`), completed at once, its
//!   file at the job's `location` (`GET /exports/{file}`, no token, as a signed URL)
//! - `GET /api/v2/organizations` (checkpoint: `from`/`take`, answered with
//!   `next`; or `page`/`per_page`, `include_totals`)
//! - `GET /api/v2/logs` (checkpoint: `from` a `log_id`, `take`)
//! - `POST /oauth/token` (form body, client credentials)
//!
//! Paging by page number stops at Auth0's cap of the first 1,000 records, with
//! Auth0's `400`. [`StandIn::builder`] sets how many users, organizations and log
//! events there are, and a token lifetime, for tests of paging and of renewal.
//!
//! It is meant for your tests too: [`StandIn::start`] gives a tenant on
//! loopback with known users ([`PRIMARY_USER_ID`], [`SECONDARY_USER_ID`],
//! [`SOCIAL_USER_ID`]) and the token [`TOKEN`]; [`StandIn::user`] shows what your
//! code did to them, [`StandIn::add_user`] seeds more, and [`StandIn::fail_next`]
//! makes the next answers Auth0's errors (a `429` with `Retry-After`, say).
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use auth0_standin::{StandIn, PRIMARY_USER_ID, TOKEN};
//!
//! let tenant = StandIn::start().await?;
//! tenant.fail_next(&[429]); // the first call is rate limited, then answered
//! // ... point your code at `tenant.base_url()` with the token `TOKEN` ...
//! let primary = tenant.user(PRIMARY_USER_ID).expect("seeded");
//! assert_eq!(primary["identities"].as_array().map(Vec::len), Some(1));
//! # Ok(()) }
//! ```

mod error;
mod jobs;
mod limit;
mod lists;
mod oauth;
mod tenant;
mod users;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{delete, get, post};

pub use tenant::{
    CLIENT_ID, CLIENT_SECRET, PRIMARY_USER_ID, SECONDARY_USER_ID, SOCIAL_USER_ID, TOKEN,
};

use error::ApiError;
use tenant::{Options, Tenant};

/// Configures a stand-in; made by [`StandIn::builder`].
#[derive(Debug, Clone, Default)]
#[must_use = "a builder does nothing until `start` is called"]
pub struct Builder {
    options: Options,
}

impl Builder {
    /// How many users the tenant holds (at least the seeded ones); generated
    /// users are `auth0|65b0...`, `userNNNN@example.com`.
    pub fn users(mut self, count: usize) -> Self {
        self.options.users = count;
        self
    }

    /// How many organizations there are; 57 by default.
    pub fn organizations(mut self, count: usize) -> Self {
        self.options.organizations = count;
        self
    }

    /// How many log events there are; 250 by default.
    pub fn logs(mut self, count: usize) -> Self {
        self.options.logs = count;
        self
    }

    /// Issues tokens that expire after `lifetime` (`expires_in`, in whole
    /// seconds, at least 1), each a new one, and answers an expired one with
    /// Auth0's `401`. Without it, `/oauth/token` issues [`TOKEN`], valid a day.
    pub fn token_lifetime(mut self, lifetime: Duration) -> Self {
        self.options.token_lifetime = Some(lifetime);
        self
    }

    /// Limits the whole tenant to `per_second` Management API calls a second,
    /// as Auth0 does: a bucket of `per_second` calls refilled at that rate, every
    /// answer with `x-ratelimit-limit`, `-remaining` and `-reset`, and Auth0's
    /// `429` when it is empty ([`StandIn::rate_limited`] counts them). Token
    /// requests are not limited.
    pub fn rate_limit(mut self, per_second: u32) -> Self {
        self.options.rate_limit = Some(per_second);
        self
    }

    /// Starts the stand-in on a free port of 127.0.0.1.
    pub async fn start(self) -> std::io::Result<StandIn> {
        StandIn::start_with(&self.options).await
    }
}

/// A running stand-in. It stops when dropped.
pub struct StandIn {
    addr: SocketAddr,
    tenant: Arc<Tenant>,
    server: tokio::task::JoinHandle<()>,
}

impl StandIn {
    /// Starts a stand-in on a free port of 127.0.0.1, with the users
    /// [`PRIMARY_USER_ID`], [`SECONDARY_USER_ID`] and [`SOCIAL_USER_ID`] and a few
    /// more, and one machine-to-machine application ([`CLIENT_ID`]).
    pub async fn start() -> std::io::Result<StandIn> {
        StandIn::builder().start().await
    }

    /// A builder, for a tenant of another size or with short-lived tokens.
    ///
    /// ```no_run
    /// # async fn run() -> std::io::Result<()> {
    /// use std::time::Duration;
    ///
    /// let tenant = auth0_standin::StandIn::builder()
    ///     .users(1234)
    ///     .token_lifetime(Duration::from_secs(2))
    ///     .start()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn builder() -> Builder {
        Builder::default()
    }

    async fn start_with(options: &Options) -> std::io::Result<StandIn> {
        let listener = tokio::net::TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let tenant = Arc::new(Tenant::new(options));
        let app = Router::new()
            .route("/api/v2/users", get(users::list))
            .route("/api/v2/users/{id}", get(users::get).patch(users::update))
            .route("/api/v2/users/{id}/identities", post(users::link))
            .route("/api/v2/users/{id}/identities/{provider}/{user_id}", delete(users::unlink))
            .route("/api/v2/jobs/users-imports", post(jobs::import_users))
            .route("/api/v2/jobs/users-exports", post(jobs::export_users))
            .route("/exports/{file}", get(jobs::download_export))
            .route("/api/v2/organizations", get(lists::organizations))
            .route("/api/v2/logs", get(lists::logs))
            .route("/oauth/token", post(oauth::token))
            .route("/__standin/stats", get(stats))
            .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "Not Found", "not_found") })
            .layer(middleware::from_fn_with_state(Arc::clone(&tenant), scripted_failures))
            .with_state(Arc::clone(&tenant));
        let server = tokio::spawn(async move {
            // Ends only when the task is aborted, on drop.
            let _ = axum::serve(listener, app).await;
        });
        Ok(StandIn { addr, tenant, server })
    }

    /// `http://127.0.0.1:<port>`, to use as a client's base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The user `user_id` as the tenant holds it now, in Auth0's shape.
    pub fn user(&self, user_id: &str) -> Option<serde_json::Value> {
        self.tenant.users().get(user_id).cloned()
    }

    /// Every user, in Auth0's shape, by id.
    pub fn users(&self) -> Vec<serde_json::Value> {
        self.tenant.users().values().cloned().collect()
    }

    /// Adds a user with one identity, in Auth0's shape, and returns it. A
    /// `user_id` is `provider|id`, as in `auth0|64a0...` or `google-oauth2|1080...`.
    pub fn add_user(
        &self,
        user_id: &str,
        connection: &str,
        email: &str,
        name: &str,
    ) -> serde_json::Value {
        let user = tenant::new_user(user_id, connection, email, name);
        self.tenant.users().insert(user_id.to_owned(), user.clone());
        user
    }

    /// Appends `count` new log events, after every existing one.
    pub fn add_logs(&self, count: usize) {
        self.tenant.add_logs(count);
    }

    /// Every log event, oldest first, in Auth0's shape.
    pub fn logs(&self) -> Vec<serde_json::Value> {
        self.tenant.logs().clone()
    }

    /// Every organization, in the order they are listed.
    pub fn organizations(&self) -> Vec<serde_json::Value> {
        self.tenant.organizations.clone()
    }

    /// How many requests arrived for `path` (`/api/v2/users`, say), whatever
    /// their query or answer.
    pub fn requests(&self, path: &str) -> usize {
        self.tenant.requests(path)
    }

    /// How many tokens `/oauth/token` issued (with a
    /// [`token_lifetime`](Builder::token_lifetime); [`TOKEN`] is not counted).
    pub fn tokens_issued(&self) -> usize {
        self.tenant.tokens_issued()
    }

    /// How many calls the tenant's rate limit answered `429`.
    pub fn rate_limited(&self) -> usize {
        self.tenant.limit.as_ref().map_or(0, limit::Limit::refused)
    }

    /// Answers the next requests, one each, with Auth0's error of each status in
    /// `statuses` (its body and headers; a `429` with `Retry-After: 1` and
    /// `x-ratelimit-remaining: 0`), before any check; then as usual.
    pub fn fail_next(&self, statuses: &[u16]) {
        self.tenant.failures().extend(statuses);
    }
}

/// What the stand-in counted, for a test in another process: tokens issued,
/// calls answered `429` by the rate limit, requests by path.
async fn stats(State(tenant): State<Arc<Tenant>>) -> Response {
    let body = serde_json::json!({
        "tokens_issued": tenant.tokens_issued(),
        "rate_limited": tenant.limit.as_ref().map_or(0, limit::Limit::refused),
        "requests": tenant.requests_by_path(),
    });
    axum::response::IntoResponse::into_response(axum::Json(body))
}

/// Plays the failures scripted with [`StandIn::fail_next`].
async fn scripted_failures(
    State(tenant): State<Arc<Tenant>>,
    request: Request,
    next: Next,
) -> Response {
    tenant.count_request(request.uri().path());
    let failure = tenant.failures().pop_front();
    if let Some(status) = failure.and_then(|status| StatusCode::from_u16(status).ok()) {
        return error::scripted(status);
    }
    let limited = tenant.limit.as_ref().filter(|_| request.uri().path().starts_with("/api/v2/"));
    let Some(limit) = limited else { return next.run(request).await };
    match limit.take() {
        (true, headers) => limit::with_headers(limit::refused(), headers),
        (false, headers) => limit::with_headers(next.run(request).await, headers),
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Where the examples send their requests: your tenant when `AUTH0_DOMAIN` and
/// either `AUTH0_CLIENT_ID` and `AUTH0_CLIENT_SECRET` or `AUTH0_TOKEN` are set,
/// otherwise a stand-in started here.
pub struct Target {
    /// The base URL to give a client.
    pub base_url: String,
    /// The Management API token to send, when there are no `credentials`.
    pub token: String,
    /// A machine-to-machine application's credentials, to get tokens with.
    pub credentials: Option<Credentials>,
    /// The stand-in, if one was started; it stops when this is dropped.
    pub standin: Option<StandIn>,
}

/// The client-credentials grant's values: `POST {token_url}` with
/// `client_id`, `client_secret` and `audience`.
pub struct Credentials {
    /// `https://{domain}/oauth/token`.
    pub token_url: String,
    /// The application's client id.
    pub client_id: String,
    /// The application's secret.
    pub client_secret: String,
    /// The Management API: `https://{domain}/api/v2/`.
    pub audience: String,
}

impl Target {
    /// Your tenant, or a new stand-in; says which on standard output.
    pub async fn from_env() -> std::io::Result<Target> {
        Target::from_env_or(StandIn::builder()).await
    }

    /// Like [`from_env`](Target::from_env), starting the stand-in `standin`
    /// builds.
    pub async fn from_env_or(standin: Builder) -> std::io::Result<Target> {
        let env = |key: &str| std::env::var(key).ok().filter(|value| !value.is_empty());
        let Some(domain) = env("AUTH0_DOMAIN") else {
            let standin = standin.start().await?;
            let base_url = standin.base_url();
            println!("No AUTH0_DOMAIN: calling a local stand-in at {base_url}");
            return Ok(Target {
                base_url,
                token: TOKEN.to_owned(),
                credentials: None,
                standin: Some(standin),
            });
        };
        let base_url = format!("https://{domain}");
        if let (Some(client_id), Some(client_secret)) =
            (env("AUTH0_CLIENT_ID"), env("AUTH0_CLIENT_SECRET"))
        {
            println!(
                "Calling the Auth0 tenant {domain}, with a token for the application {client_id}"
            );
            let credentials = Credentials {
                token_url: format!("{base_url}/oauth/token"),
                client_id,
                client_secret,
                audience: format!("{base_url}/api/v2/"),
            };
            return Ok(Target {
                base_url,
                token: String::new(),
                credentials: Some(credentials),
                standin: None,
            });
        }
        match env("AUTH0_TOKEN") {
            Some(token) => {
                println!("Calling the Auth0 tenant {domain}");
                Ok(Target { base_url, token, credentials: None, standin: None })
            }
            None => Err(std::io::Error::other(
                "AUTH0_DOMAIN is set: set AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET, or AUTH0_TOKEN, too",
            )),
        }
    }
}
