use restpoint::endpoint;

// Which field of the last item is the cursor? `key = id`.
#[endpoint(GET, "/v1/customers", response = Vec<serde_json::Value>, paginate = cursor(from = starting_after, limit))]
struct ListCustomers {
    #[query]
    starting_after: Option<String>,
    #[query]
    limit: u32,
}

fn main() {}
