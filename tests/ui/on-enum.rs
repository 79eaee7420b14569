use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
enum ListUsers {
    All,
}

fn main() {}
