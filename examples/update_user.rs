//! Blocks a user and records why: `PATCH /api/v2/users/{id}`.
//!
//! ```text
//! cargo run --example update_user [USER_ID]
//! ```

use restpoint::{Client, endpoint};
use serde::Deserialize;
use serde_json::json;

/// Updates a user; only the fields that are `Some` are sent.
#[endpoint(PATCH, "/api/v2/users/<id>", response = User)]
#[derive(Default)]
pub struct UpdateUser {
    pub id: String,
    pub blocked: Option<bool>,
    pub name: Option<String>,
    pub app_metadata: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize)]
pub struct User {
    pub user_id: String,
    pub name: String,
    pub blocked: bool,
    pub app_metadata: serde_json::Value,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let id = std::env::args().nth(1).unwrap_or_else(|| auth0_standin::SECONDARY_USER_ID.to_owned());
    let target = auth0_standin::Target::from_env().await?;
    let client = Client::builder(&target.base_url).bearer_auth(&target.token).build()?;

    let request = UpdateUser {
        id,
        blocked: Some(true),
        app_metadata: Some(json!({ "blocked_reason": "chargeback" })),
        ..Default::default()
    };
    let user = request.send(&client).await?;
    println!(
        "{} ({}): blocked = {}, app_metadata = {}",
        user.user_id, user.name, user.blocked, user.app_metadata
    );
    Ok(())
}
