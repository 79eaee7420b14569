use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users", response)]
struct ListUsers {}

fn main() {}
