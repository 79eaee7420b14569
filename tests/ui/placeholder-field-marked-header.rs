use restpoint::endpoint;

#[endpoint(DELETE, "/api/v2/users/<id>")]
struct DeleteUser {
    #[header("X-User-Id")]
    id: String,
}

fn main() {}
