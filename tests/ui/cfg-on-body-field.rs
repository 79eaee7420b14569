use restpoint::endpoint;

#[endpoint(POST, "/api/v2/users")]
struct CreateUser {
    #[cfg(unix)]
    #[body]
    user: serde_json::Value,
}

fn main() {}
