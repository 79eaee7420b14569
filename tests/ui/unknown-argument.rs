use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users", respnse = Vec<String>)]
struct ListUsers {}

fn main() {}
