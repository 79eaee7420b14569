use restpoint::endpoint;

#[derive(Debug)]
struct NotFound {
    message: String,
}

#[endpoint(GET, "/api/v2/users/<id>", error(404) = NotFound)]
struct GetUser {
    id: String,
}

fn main() {}
