//! Lists every user of a tenant, every page: `GET /api/v2/users` declared with
//! `paginate = offset(page, per_page, cap = 1000)`, walked as a stream.
//!
//! ```text
//! cargo run --example list_all_users [USERS]
//! ```
//!
//! With no environment it starts a local stand-in holding `USERS` users (950 by
//! default; try 1234 to see Auth0's 1,000-record cap reported before the request
//! Auth0 would refuse). With `AUTH0_DOMAIN` and `AUTH0_TOKEN` it lists your tenant.

use std::process::ExitCode;

use restpoint::{Client, Error, Page, PagingError, endpoint};
use serde::Deserialize;

/// Every user, 100 a page, with the total: Auth0 serves the first 1,000 only.
#[endpoint(GET, "/api/v2/users", response = UsersPage,
           paginate = offset(page, per_page, cap = 1000))]
pub struct ListUsers {
    #[query]
    pub page: u32,
    #[query]
    pub per_page: u32,
    #[query]
    pub include_totals: bool,
}

/// A page of users with `include_totals=true`.
#[derive(Debug, Deserialize, Page)]
pub struct UsersPage {
    #[page(items)]
    pub users: Vec<User>,
    #[page(total)]
    pub total: u64,
}

#[derive(Debug, Deserialize)]
pub struct User {
    pub user_id: String,
    pub email: Option<String>,
}

#[tokio::main]
async fn main() -> ExitCode {
    let users = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(950);
    let standin = auth0_standin::StandIn::builder().users(users);
    let target = match auth0_standin::Target::from_env_or(standin).await {
        Ok(target) => target,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };
    let client = match Client::builder(&target.base_url).bearer_auth(&target.token).build() {
        Ok(client) => client,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::FAILURE;
        }
    };

    let request = ListUsers { page: 0, per_page: 100, include_totals: true };
    let mut pages = request.pages(&client);
    let (mut listed, mut count) = (0, 0);
    loop {
        match pages.try_next().await {
            Ok(Some(page)) => {
                count += 1;
                let remaining = page.headers().get("x-ratelimit-remaining").cloned();
                let UsersPage { users, total } = page.into_body();
                listed += users.len();
                let first = users.first().map_or("-", |user| user.user_id.as_str());
                println!(
                    "page {count:>2}: {:>3} users from {first:<36} {listed:>5} of {total} \
                     (rate limit left: {remaining:?})",
                    users.len(),
                );
            }
            Ok(None) => {
                println!("Listed all {listed} users in {count} pages.");
                return ExitCode::SUCCESS;
            }
            Err(error @ Error::Paging { problem: PagingError::Cap { .. }, .. }) => {
                println!("Listed {listed} users in {count} pages, then: {error}");
                return ExitCode::SUCCESS;
            }
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::FAILURE;
            }
        }
    }
}
