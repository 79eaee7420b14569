use restpoint::endpoint;

struct User {
    email: String,
}

#[endpoint(GET, "/api/v2/users/<id>", response = User)]
struct GetUser {
    id: String,
}

fn main() {}
