use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<id>")]
struct GetUser {
    #[cfg(unix)]
    id: String,
}

fn main() {}
