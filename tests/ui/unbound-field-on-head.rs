use restpoint::endpoint;

#[endpoint(HEAD, "/api/v2/users/<id>")]
struct UserExists {
    id: String,
    fields: String,
}

fn main() {}
