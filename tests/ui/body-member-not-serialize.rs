use restpoint::endpoint;

struct Metadata(u32);

#[endpoint(POST, "/api/v2/users")]
struct CreateUser {
    email: String,
    metadata: Option<Metadata>,
}

fn main() {}
