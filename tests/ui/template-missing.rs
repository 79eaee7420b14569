use restpoint::endpoint;

#[endpoint(GET)]
struct ListUsers {}

fn main() {}
