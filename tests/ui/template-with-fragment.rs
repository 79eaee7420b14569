use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users#top")]
struct ListUsers {}

fn main() {}
