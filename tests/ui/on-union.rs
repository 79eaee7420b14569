use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
union ListUsers {
    page: u32,
}

fn main() {}
