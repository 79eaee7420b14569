use restpoint::{endpoint, Client};
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

#[derive(Debug, Deserialize)]
pub struct Identity {
    pub provider: String,
    pub user_id: serde_json::Value, // Auth0 sends a string or a number
    pub connection: String,
    #[serde(rename = "isSocial")]
    pub is_social: bool,
}

async fn link(token: &str) -> Result<Vec<Identity>, restpoint::Error> {
    let client = Client::builder("https://tenant.eu.auth0.com").bearer_auth(token).build()?;
    LinkUserAccount {
        id: "auth0|63d17c6a9d503d76c056c177".into(),
        provider: Some("auth0".into()),
        user_id: Some("auth0|63d17c6b77d74b740960460a".into()),
        ..Default::default()
    }
    .send(&client)
    .await
}
