use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<user-id>")]
struct GetUser {
    user_id: String,
}

fn main() {}
