use restpoint::endpoint;

// `items` and `pages` exist on endpoints declared with `paginate = ...`.
#[endpoint(GET, "/api/v2/users", response = Vec<serde_json::Value>)]
struct ListUsers {
    #[query]
    page: u32,
}

async fn run(client: &restpoint::Client) {
    let _ = ListUsers { page: 0 }.items(client);
}

fn main() {}
