use restpoint::endpoint;

#[endpoint(GET, users)]
struct ListUsers {}

fn main() {}
