use restpoint::endpoint;

#[endpoint(GET, "/api/v2/users/<idd>")]
struct GetUser {
    #[query]
    id: String,
}

fn main() {}
