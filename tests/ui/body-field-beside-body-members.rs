use restpoint::endpoint;

#[endpoint(PATCH, "/api/v2/users/<id>")]
struct UpdateUser {
    id: String,
    #[body]
    update: String,
    blocked: bool,
}

fn main() {}
