//! Auth0 Management API 2.0, imported by `restpoint-import`: 235 endpoints in 33 modules, and 603 models in [`models`].
//!
//! Paths are relative to the API's base URL, `https://{domain}/api/v2`: [`BASE_URL`] (<https://login0.local.dev.auth0.com/api/v2>) with each variable's default, [`base_url`] with others.
//!
//! What could not be expressed exactly is listed in `IMPORT-REPORT.md`.
/// The API's base URL, as the description gives it: a client's, with
/// `restpoint::Client::builder(BASE_URL)`.
///
/// `https://{domain}/api/v2` with each variable's default; [`base_url`] gives it with others.
pub const BASE_URL: &str = "https://login0.local.dev.auth0.com/api/v2";

/// The API's base URL, `https://{domain}/api/v2`, with these values: a client's, with
/// `restpoint::Client::builder(&base_url(..))`.
///
/// - `domain`: The tenant's domain, such as `TENANT.eu.auth0.com`, or its custom domain. By default `login0.local.dev.auth0.com`.
pub fn base_url(domain: &str) -> String {
    ["https://", domain, "/api/v2"].concat()
}

#[rustfmt::skip]
pub mod auth;

#[rustfmt::skip]
pub mod models;

#[rustfmt::skip]
pub mod actions;

#[rustfmt::skip]
pub mod anomaly;

#[rustfmt::skip]
pub mod attack_protection;

#[rustfmt::skip]
pub mod blacklists;

#[rustfmt::skip]
pub mod branding;

#[rustfmt::skip]
pub mod client_grants;

#[rustfmt::skip]
pub mod clients;

#[rustfmt::skip]
pub mod connections;

#[rustfmt::skip]
pub mod custom_domains;

#[rustfmt::skip]
pub mod device_credentials;

#[rustfmt::skip]
pub mod email_templates;

#[rustfmt::skip]
pub mod emails;

#[rustfmt::skip]
pub mod grants;

#[rustfmt::skip]
pub mod guardian;

#[rustfmt::skip]
pub mod hooks;

#[rustfmt::skip]
pub mod jobs;

#[rustfmt::skip]
pub mod keys;

#[rustfmt::skip]
pub mod log_streams;

#[rustfmt::skip]
pub mod logs;

#[rustfmt::skip]
pub mod organizations;

#[rustfmt::skip]
pub mod prompts;

#[rustfmt::skip]
pub mod refresh_tokens;

#[rustfmt::skip]
pub mod resource_servers;

#[rustfmt::skip]
pub mod roles;

#[rustfmt::skip]
pub mod rules;

#[rustfmt::skip]
pub mod rules_configs;

#[rustfmt::skip]
pub mod sessions;

#[rustfmt::skip]
pub mod stats;

#[rustfmt::skip]
pub mod tenants;

#[rustfmt::skip]
pub mod tickets;

#[rustfmt::skip]
pub mod user_blocks;

#[rustfmt::skip]
pub mod users;

#[rustfmt::skip]
pub mod users_by_email;
