use restpoint::endpoint;

#[derive(Debug)]
struct Auth0Error {
    message: String,
}

#[endpoint(GET, "/api/v2/users/<id>", error = Auth0Error)]
struct GetUser {
    id: String,
}

fn main() {}
