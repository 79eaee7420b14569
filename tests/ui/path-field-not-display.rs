use restpoint::endpoint;

struct UserId(String);

#[endpoint(GET, "/api/v2/users/<id>")]
struct GetUser {
    id: UserId,
}

fn main() {}
