use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
struct ListUsers {
    #[header("X Request Id")]
    request_id: String,
}

fn main() {}
