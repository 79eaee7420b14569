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
//! - `POST /oauth/token` (form body, client credentials)

mod error;
mod jobs;
mod oauth;
mod tenant;
mod users;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{delete, get, post};

pub use tenant::{
    CLIENT_ID, CLIENT_SECRET, PRIMARY_USER_ID, SECONDARY_USER_ID, SOCIAL_USER_ID, TOKEN,
};

use error::ApiError;
use tenant::Tenant;

/// A running stand-in. It stops when dropped.
pub struct StandIn {
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl StandIn {
    /// Starts a stand-in on a free port of 127.0.0.1, with the users
    /// [`PRIMARY_USER_ID`], [`SECONDARY_USER_ID`] and [`SOCIAL_USER_ID`] and a few
    /// more, and one machine-to-machine application ([`CLIENT_ID`]).
    pub async fn start() -> std::io::Result<StandIn> {
        let listener = tokio::net::TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let app = Router::new()
            .route("/api/v2/users", get(users::list))
            .route("/api/v2/users/{id}", get(users::get).patch(users::update))
            .route("/api/v2/users/{id}/identities", post(users::link))
            .route("/api/v2/users/{id}/identities/{provider}/{user_id}", delete(users::unlink))
            .route("/api/v2/jobs/users-imports", post(jobs::import_users))
            .route("/oauth/token", post(oauth::token))
            .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "Not Found", "not_found") })
            .with_state(Arc::new(Tenant::seeded()));
        let server = tokio::spawn(async move {
            // Ends only when the task is aborted, on drop.
            let _ = axum::serve(listener, app).await;
        });
        Ok(StandIn { addr, server })
    }

    /// `http://127.0.0.1:<port>`, to use as a client's base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Where the examples send their requests: your tenant when `AUTH0_DOMAIN` and
/// `AUTH0_TOKEN` are set, otherwise a stand-in started here.
pub struct Target {
    /// The base URL to give a client.
    pub base_url: String,
    /// The Management API token to send.
    pub token: String,
    /// The stand-in, if one was started; it stops when this is dropped.
    pub standin: Option<StandIn>,
}

impl Target {
    /// Your tenant, or a new stand-in; says which on standard output.
    pub async fn from_env() -> std::io::Result<Target> {
        match (std::env::var("AUTH0_DOMAIN"), std::env::var("AUTH0_TOKEN")) {
            (Ok(domain), Ok(token)) => {
                println!("Calling the Auth0 tenant {domain}");
                Ok(Target { base_url: format!("https://{domain}"), token, standin: None })
            }
            _ => {
                let standin = StandIn::start().await?;
                let base_url = standin.base_url();
                println!("No AUTH0_DOMAIN and AUTH0_TOKEN: calling a local stand-in at {base_url}");
                Ok(Target { base_url, token: TOKEN.to_owned(), standin: Some(standin) })
            }
        }
    }
}
