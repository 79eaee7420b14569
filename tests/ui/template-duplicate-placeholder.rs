use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<id>/links/<id>")]
struct GetLink {
    id: String,
}

fn main() {}
