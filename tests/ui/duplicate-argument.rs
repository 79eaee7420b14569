use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users", response = Vec<String>, response = String)]
struct ListUsers {}

fn main() {}
