use restpoint::endpoint;

#[derive(Debug, serde::Deserialize)]
struct Auth0Error {
    message: String,
}

// `error(...)` is for answers that failed: a `2xx` is not one, nor a status past 599.
#[endpoint(GET, "/api/v2/users/<id>", error(200) = Auth0Error, error(2XX) = Auth0Error, error(600) = Auth0Error)]
struct GetUser {
    id: String,
}

fn main() {}
