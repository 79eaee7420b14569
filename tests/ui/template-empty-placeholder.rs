use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<>")]
struct GetUser {
    id: String,
}

fn main() {}
