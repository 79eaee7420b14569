use restpoint::endpoint;

#[endpoint(POST, "/oauth/token", body = from)]
struct GetToken {
    grant_type: String,
}

fn main() {}
