use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<id>")]
struct GetUser {
    #[query]
    id: String,
}

fn main() {}
