use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
struct ListUsers;

fn main() {}
