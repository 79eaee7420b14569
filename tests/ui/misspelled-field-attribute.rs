use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
struct ListUsers {
    #[querry]
    page: u32,
}

fn main() {}
