use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users", response = 42)]
struct ListUsers {}

fn main() {}
