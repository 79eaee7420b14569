use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users?page=1")]
struct ListUsers {}

fn main() {}
