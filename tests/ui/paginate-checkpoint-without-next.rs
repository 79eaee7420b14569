use restpoint::endpoint;

// A plain array says no next token: `checkpoint` paging needs a page with `#[page(next)]`.
#[endpoint(GET, "/api/v2/organizations", response = Vec<serde_json::Value>, paginate = checkpoint(from, take))]
struct ListOrganizations {
    #[query]
    from: Option<String>,
    #[query]
    take: u32,
}

fn main() {}
