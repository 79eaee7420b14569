use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
fn list_users() {}

fn main() {}
