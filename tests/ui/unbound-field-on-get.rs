use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
struct ListUsers {
    page: u32,
}

fn main() {}
