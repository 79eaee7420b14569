//! Links two Auth0 user accounts: `POST /api/v2/users/{id}/identities`.
//!
//! ```text
//! cargo run --example link_user_account [PRIMARY_USER_ID] [SECONDARY_USER_ID]
//! ```
//!
//! With no environment it starts a local stand-in for the Auth0 Management API on
//! 127.0.0.1 and calls that. With `AUTH0_DOMAIN` (`tenant.eu.auth0.com`) it calls
//! your tenant: with `AUTH0_CLIENT_ID` and `AUTH0_CLIENT_SECRET` (a
//! machine-to-machine application allowed `update:users`) the client gets its
//! token and renews it; with `AUTH0_TOKEN` it sends that token.

use std::process::ExitCode;

use restpoint::auth::ClientCredentials;
use restpoint::{Client, endpoint};
use serde::Deserialize;

/// Links a secondary account to the primary user `id`.
#[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<Identity>)]
#[derive(Debug, Default)]
pub struct LinkUserAccount {
    pub id: String,
    pub provider: Option<String>,
    pub connection_id: Option<String>,
    pub user_id: Option<String>,
    pub link_with: Option<String>,
}

/// One identity of a user, as Auth0 returns it.
#[derive(Debug, Deserialize)]
pub struct Identity {
    pub provider: String,
    pub user_id: serde_json::Value, // Auth0 sends a string or a number
    pub connection: String,
    #[serde(rename = "isSocial")]
    pub is_social: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let primary = args.next().unwrap_or_else(|| auth0_standin::PRIMARY_USER_ID.to_owned());
    let secondary = args.next().unwrap_or_else(|| auth0_standin::SECONDARY_USER_ID.to_owned());

    // Your tenant, or a local stand-in that lives as long as `target`.
    let target = match auth0_standin::Target::from_env().await {
        Ok(target) => target,
        Err(error) => {
            eprintln!("could not start the local stand-in: {error}");
            return ExitCode::FAILURE;
        }
    };
    let builder = Client::builder(&target.base_url);
    let builder = match &target.credentials {
        Some(app) => builder.auth(
            ClientCredentials::new(&app.token_url, &app.client_id, &app.client_secret)
                .audience(&app.audience),
        ),
        None => builder.bearer_auth(&target.token),
    };
    let client = match builder.build() {
        Ok(client) => client,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    // The secondary account is named by its provider and its id within it.
    let (provider, user_id) = secondary.split_once('|').unwrap_or(("auth0", &secondary));
    let request = LinkUserAccount {
        id: primary,
        provider: Some(provider.to_owned()),
        user_id: Some(user_id.to_owned()),
        ..Default::default()
    };

    // `request.send(&client)` gives the identities; `execute` keeps the status too.
    match client.execute(&request).await {
        Ok(response) => {
            println!("StatusCode: {}", response.status());
            println!("Identities of {}:", request.id);
            for identity in response.body() {
                let user_id = match &identity.user_id {
                    serde_json::Value::String(id) => id.clone(),
                    other => other.to_string(),
                };
                println!(
                    "  {}|{} (connection {}, social: {})",
                    identity.provider, user_id, identity.connection, identity.is_social
                );
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            if let Some(status) = error.status() {
                println!("StatusCode: {status}");
            }
            if let Some(body) = error.body() {
                println!("BodyStr: {}", String::from_utf8_lossy(body));
            }
            ExitCode::FAILURE
        }
    }
}
