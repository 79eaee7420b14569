use restpoint::endpoint;

#[derive(Debug, serde::Deserialize)]
struct Auth0Error {
    message: String,
}

#[derive(Debug, serde::Deserialize)]
struct NotFound {
    message: String,
}

// A status and its class may each have a type (the status's goes first), but
// not two types for one status.
#[endpoint(GET, "/api/v2/users/<id>", error(404) = NotFound, error(4XX) = Auth0Error, error(404) = Auth0Error)]
struct GetUser {
    id: String,
}

fn main() {}
