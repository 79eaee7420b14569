use restpoint::endpoint;

#[endpoint(POST, "/oauth/token", body = form, auth = bearer)]
struct GetToken {
    grant_type: String,
}

fn main() {}
