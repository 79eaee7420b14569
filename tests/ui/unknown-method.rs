use restpoint::endpoint;

#[endpoint(FETCH, "/api/v2/users")]
struct ListUsers {}

fn main() {}
