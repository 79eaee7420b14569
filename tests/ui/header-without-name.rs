use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
struct ListUsers {
    #[header]
    request_id: String,
}

fn main() {}
