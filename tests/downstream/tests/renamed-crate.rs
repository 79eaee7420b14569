//! `crate = "..."`: restpoint reached through another name, as when a crate
//! re-exports it or renames the dependency.
#![deny(warnings)]

mod sdk {
    pub use restpoint as http_api;
}

use sdk::http_api::Endpoint as _;

#[sdk::http_api::endpoint(POST, "/api/v2/users/<id>/identities", crate = "crate::sdk::http_api")]
struct LinkUserAccount {
    id: String,
    link_with: Option<String>,
}

fn main() {
    let request = LinkUserAccount { id: "auth0|1".into(), link_with: None };
    let request = request.to_http_request("http://h").unwrap();
    assert_eq!(request.uri(), "http://h/api/v2/users/auth0%7C1/identities");
    assert_eq!(request.body().as_ref(), b"{}");
}
