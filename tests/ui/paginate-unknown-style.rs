use restpoint::endpoint;

// The styles are `offset`, `checkpoint`, `cursor` and `link`.
#[endpoint(GET, "/api/v2/users", response = Vec<serde_json::Value>, paginate = offest(page, per_page))]
struct ListUsers {
    #[query]
    page: u32,
    #[query]
    per_page: u32,
}

fn main() {}
