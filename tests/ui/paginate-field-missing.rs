use restpoint::endpoint;

// `pge` is not a field of the struct.
#[endpoint(GET, "/api/v2/users", response = Vec<serde_json::Value>, paginate = offset(page = pge, per_page))]
struct ListUsers {
    #[query]
    page: u32,
    #[query]
    per_page: u32,
}

fn main() {}
