use restpoint::endpoint;

#[endpoint(POST, "/api/v2/users")]
struct CreateUser {
    #[body]
    user: String,
    #[body]
    metadata: String,
}

fn main() {}
