use restpoint::endpoint;

#[endpoint]
struct ListUsers {}

fn main() {}
