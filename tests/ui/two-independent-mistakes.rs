use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<idd>")]
struct GetUser {
    id: String,
    fields: String,
}

fn main() {}
