use restpoint::endpoint;

#[endpoint(GET, "/api/v2/user list")]
struct ListUsers {}

fn main() {}
