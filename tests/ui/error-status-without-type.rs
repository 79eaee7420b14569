use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<id>", error(404), idempotent)]
struct GetUser {
    id: String,
}

fn main() {}
