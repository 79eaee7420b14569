//! Searches users page by page: `GET /api/v2/users` with a search query.
//!
//! ```text
//! cargo run --example list_users [QUERY]      # e.g. 'email:"example.com"'
//! ```
//!
//! Calls a local Auth0 stand-in, or your tenant with `AUTH0_DOMAIN` and `AUTH0_TOKEN`.

use restpoint::{Client, endpoint};
use serde::Deserialize;

/// Lists or searches users, one page at a time.
#[endpoint(GET, "/api/v2/users", response = UserPage)]
pub struct ListUsers<'a> {
    #[query]
    pub q: Option<&'a str>,
    #[query]
    pub page: u32,
    #[query]
    pub per_page: u32,
    #[query]
    pub include_totals: bool,
}

/// A page of users, as Auth0 sends it with `include_totals=true`.
#[derive(Debug, Deserialize)]
pub struct UserPage {
    pub total: u32,
    pub users: Vec<User>,
}

#[derive(Debug, Deserialize)]
pub struct User {
    pub user_id: String,
    pub email: String,
    pub name: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let query = std::env::args().nth(1).unwrap_or_else(|| "email:\"example.com\"".to_owned());
    let target = auth0_standin::Target::from_env().await?;
    let client = Client::builder(&target.base_url).bearer_auth(&target.token).build()?;

    let mut page = 0;
    loop {
        let request = ListUsers { q: Some(&query), page, per_page: 2, include_totals: true };
        let UserPage { total, users } = request.send(&client).await?;
        println!("Page {page} ({total} users match {query}):");
        for user in &users {
            println!("  {:<40} {:<28} {}", user.user_id, user.email, user.name);
        }
        if users.is_empty() || (page + 1) * 2 >= total {
            break;
        }
        page += 1;
    }
    Ok(())
}
