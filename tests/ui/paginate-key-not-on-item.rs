use restpoint::endpoint;

#[derive(serde::Deserialize)]
struct Customer {
    id: String,
}

// The key names a field of the item (`Customer`), not of the request.
#[endpoint(GET, "/v1/customers", response = Vec<Customer>, paginate = cursor(from = starting_after, key = idd, limit))]
struct ListCustomers {
    #[query]
    starting_after: Option<String>,
    #[query]
    limit: u32,
}

fn main() {}
