//! Auth0 Management API 2.0, imported by `restpoint-import`: 235 endpoints in 33 modules, and 603 models in [`models`].
//!
//! Paths are relative to the API's base URL, such as https://login0.local.dev.auth0.com/api/v2: `restpoint::Client::builder("https://login0.local.dev.auth0.com/api/v2")`.
//!
//! What could not be expressed exactly is listed in `IMPORT-REPORT.md`.
/// The API's base URL, as the description gives it: a client's, with
/// `restpoint::Client::builder(BASE_URL)`.
pub const BASE_URL: &str = "https://login0.local.dev.auth0.com/api/v2";

/// How clients of this API authenticate: a client builder for each way its
/// description names, its credentials marked sensitive.
pub mod auth {
    /// `bearerAuth`: a bearer token.
    pub fn bearer_auth(base_url: &str, token: &str) -> restpoint::ClientBuilder {
        restpoint::Client::builder(base_url).bearer_auth(token)
    }
    /// `oAuth2ClientCredentials`: OAuth 2 client credentials, with tokens from https://login0.local.dev.auth0.com/oauth/token/.
    pub fn o_auth2_client_credentials(
        base_url: &str,
        client_id: &str,
        client_secret: &str,
    ) -> restpoint::ClientBuilder {
        restpoint::Client::builder(base_url).auth(restpoint::auth::ClientCredentials::new(
            "https://login0.local.dev.auth0.com/oauth/token/",
            client_id,
            client_secret,
        ))
    }
}
pub mod actions;
pub mod anomaly;
pub mod attack_protection;
pub mod blacklists;
pub mod branding;
pub mod client_grants;
pub mod clients;
pub mod connections;
pub mod custom_domains;
pub mod device_credentials;
pub mod email_templates;
pub mod emails;
pub mod grants;
pub mod guardian;
pub mod hooks;
pub mod jobs;
pub mod keys;
pub mod log_streams;
pub mod logs;
pub mod models;
pub mod organizations;
pub mod prompts;
pub mod refresh_tokens;
pub mod resource_servers;
pub mod roles;
pub mod rules;
pub mod rules_configs;
pub mod sessions;
pub mod stats;
pub mod tenants;
pub mod tickets;
pub mod user_blocks;
pub mod users;
pub mod users_by_email;
