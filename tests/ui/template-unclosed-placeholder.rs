use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<id")]
struct GetUser {
    id: String,
}

fn main() {}
