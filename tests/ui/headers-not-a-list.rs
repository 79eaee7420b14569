use restpoint::endpoint;

#[endpoint(GET, "/user", headers("Accept": "application/json"))]
struct GetAuthenticatedUser {}

fn main() {}
