use restpoint::endpoint;

// `#[derive(Debug)]` above `#[endpoint]` is expanded before the macro can mask the
// secrets, so the two `Debug` impls conflict: a compile error rather than a leak.
// Write the derive below `#[endpoint]`.
#[derive(Debug)]
#[endpoint(POST, "/api/v2/users/<id>/identities")]
struct LinkUserAccount {
    id: String,
    #[secret]
    link_with: String,
}

fn main() {}
