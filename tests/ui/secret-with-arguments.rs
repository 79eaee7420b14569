use restpoint::endpoint;

#[endpoint(POST, "/api/v2/users/<id>/identities")]
struct LinkUserAccount {
    id: String,
    #[secret(mask = "x")]
    link_with: String,
}

fn main() {}
