use restpoint::endpoint;

// `per_pag` is neither a role nor a field.
#[endpoint(GET, "/api/v2/users", response = Vec<serde_json::Value>, paginate = offset(page, per_pag))]
struct ListUsers {
    #[query]
    page: u32,
    #[query]
    per_page: u32,
}

fn main() {}
