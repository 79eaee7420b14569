use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users")]
struct ListUsers {
    #[query]
    #[header("X-Page")]
    page: u32,
}

fn main() {}
