//! Gets some fields of a user: `GET /api/v2/users/{id}?fields=...`.
//!
//! ```text
//! cargo run --example get_user [USER_ID]
//! ```

use restpoint::{Client, endpoint};
use serde::Deserialize;

/// Gets a user, only the listed fields.
#[endpoint(GET, "/api/v2/users/<id>", response = UserSummary)]
pub struct GetUser<'a> {
    pub id: &'a str,
    #[query]
    #[serde(serialize_with = "restpoint::query::comma_separated")]
    pub fields: &'a [&'a str],
    #[query]
    pub include_fields: bool,
}

#[derive(Debug, Deserialize)]
pub struct UserSummary {
    pub email: String,
    pub name: String,
    pub blocked: bool,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let id = std::env::args().nth(1).unwrap_or_else(|| auth0_standin::PRIMARY_USER_ID.to_owned());
    let target = auth0_standin::Target::from_env().await?;
    let client = Client::builder(&target.base_url).bearer_auth(&target.token).build()?;

    let request = GetUser { id: &id, fields: &["email", "name", "blocked"], include_fields: true };
    let user = request.send(&client).await?;
    println!("{id}: {} <{}>, blocked: {}", user.name, user.email, user.blocked);
    Ok(())
}
