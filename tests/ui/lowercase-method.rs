use restpoint::endpoint;

#[endpoint(post, "/api/v2/users")]
struct CreateUser {
    email: String,
}

fn main() {}
