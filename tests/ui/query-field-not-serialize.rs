use restpoint::endpoint;

struct Page(u32);

#[endpoint(GET, "/api/v2/users")]
struct ListUsers {
    #[query]
    page: Page,
}

fn main() {}
