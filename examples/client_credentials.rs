//! Gets a Management API token with the client-credentials grant
//! (`POST /oauth/token`, a form body) by hand, then lets a client do it: fetched
//! once, kept, and renewed before it expires.
//!
//! ```text
//! cargo run --example client_credentials
//! ```
//!
//! With `AUTH0_DOMAIN`, `AUTH0_CLIENT_ID` and `AUTH0_CLIENT_SECRET` it asks your
//! tenant; otherwise a local stand-in.

use restpoint::auth::ClientCredentials;
use restpoint::{Client, endpoint};
use serde::Deserialize;

/// Asks for an access token for `audience`; never with a client's credentials.
#[endpoint(POST, "/oauth/token", body = form, response = Token, auth = none)]
pub struct GetToken<'a> {
    pub grant_type: &'a str,
    pub client_id: &'a str,
    pub client_secret: &'a str,
    pub audience: &'a str,
}

#[derive(Deserialize)]
pub struct Token {
    pub access_token: String,
    pub expires_in: u64,
    pub scope: String,
}

/// Gets a user, to show the token works.
#[endpoint(GET, "/api/v2/users/<id>", response = User)]
pub struct GetUser<'a> {
    pub id: &'a str,
}

#[derive(Deserialize)]
pub struct User {
    pub email: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let env = |key: &str| std::env::var(key).ok();
    let mut standin = None;
    let (base_url, client_id, client_secret) = match (
        env("AUTH0_DOMAIN"),
        env("AUTH0_CLIENT_ID"),
        env("AUTH0_CLIENT_SECRET"),
    ) {
        (Some(domain), Some(id), Some(secret)) => (format!("https://{domain}"), id, secret),
        _ => {
            let server = auth0_standin::StandIn::start().await?;
            let base_url = server.base_url();
            println!(
                "No AUTH0_DOMAIN, AUTH0_CLIENT_ID and AUTH0_CLIENT_SECRET: calling a local stand-in at {base_url}"
            );
            standin = Some(server);
            (base_url, auth0_standin::CLIENT_ID.to_owned(), auth0_standin::CLIENT_SECRET.to_owned())
        }
    };

    let anonymous = Client::new(&base_url)?;
    let audience = format!("{base_url}/api/v2/");
    let request = GetToken {
        grant_type: "client_credentials",
        client_id: &client_id,
        client_secret: &client_secret,
        audience: &audience,
    };
    let token = request.send(&anonymous).await?;
    println!("Got a token for {audience}, valid {} s, scopes: {}", token.expires_in, token.scope);

    let management = Client::builder(&base_url).bearer_auth(&token.access_token).build()?;
    let user = GetUser { id: auth0_standin::PRIMARY_USER_ID }.send(&management).await?;
    println!("With it, {} is {}", auth0_standin::PRIMARY_USER_ID, user.email);

    // The same, left to the client: the token is fetched on the first call, shared
    // by every call, and renewed before it expires or once after a `401`.
    let credentials =
        ClientCredentials::new(format!("{base_url}/oauth/token"), &client_id, &client_secret)
            .audience(&audience);
    let renewing = Client::builder(&base_url).auth(credentials).build()?;
    let user = GetUser { id: auth0_standin::SECONDARY_USER_ID }.send(&renewing).await?;
    println!("A renewing client: {} is {}", auth0_standin::SECONDARY_USER_ID, user.email);
    drop(standin);
    Ok(())
}
