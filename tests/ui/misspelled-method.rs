use restpoint::endpoint;

#[endpoint(PATHC, "/api/v2/users/<id>")]
struct UpdateUser {
    id: String,
}

fn main() {}
