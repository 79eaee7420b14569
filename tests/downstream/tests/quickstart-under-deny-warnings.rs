//! The quickstart, with every lint that could fire on generated code denied.
#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub)]

use restpoint::{endpoint, Client};
use serde::Deserialize;

/// Links a secondary account to the primary user `id`.
#[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<Identity>)]
#[derive(Debug, Default)]
pub struct LinkUserAccount {
    /// The primary user.
    pub id: String,
    /// The secondary account's provider.
    pub provider: Option<String>,
    /// The secondary account's connection.
    pub connection_id: Option<String>,
    /// The secondary account's id.
    pub user_id: Option<String>,
    /// The secondary account's JWT.
    pub link_with: Option<String>,
}

/// One identity of a user.
#[derive(Debug, Deserialize)]
pub struct Identity {
    /// The identity provider.
    pub provider: String,
}

/// Links two accounts.
pub async fn link(client: &Client) -> Result<Vec<Identity>, restpoint::Error> {
    LinkUserAccount { id: "auth0|1".into(), link_with: Some("jwt".into()), ..Default::default() }
        .send(client)
        .await
}

fn main() {}
