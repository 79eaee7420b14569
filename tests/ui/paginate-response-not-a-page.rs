use restpoint::endpoint;

#[derive(serde::Deserialize)]
struct UsersPage {
    users: Vec<serde_json::Value>,
    total: u64,
}

// The envelope must say which field is the list: `#[derive(restpoint::Page)]`.
#[endpoint(GET, "/api/v2/users", response = UsersPage, paginate = offset(page, per_page))]
struct ListUsers {
    #[query]
    page: u32,
    #[query]
    per_page: u32,
}

fn main() {}
