use restpoint::endpoint;

// A page number is an integer, or an `Option` of one.
#[endpoint(GET, "/api/v2/users", response = Vec<serde_json::Value>, paginate = offset(page, per_page))]
struct ListUsers {
    #[query]
    page: String,
    #[query]
    per_page: u32,
}

fn main() {}
