//! Endpoints declared by a user's own `macro_rules!`.
#![deny(warnings)]

use restpoint::{endpoint, Endpoint};

macro_rules! get_by_id {
    ($name:ident, $template:literal) => {
        #[endpoint(GET, $template, response = ())]
        pub struct $name {
            pub id: String,
        }
    };
}

get_by_id!(GetUser, "/api/v2/users/<id>");
get_by_id!(GetRole, "/api/v2/roles/<id>");

fn main() {
    let request = GetRole { id: "rol|1".into() }.to_http_request("http://h").unwrap();
    assert_eq!(request.uri(), "http://h/api/v2/roles/rol%7C1");
    assert_eq!(GetUser::PATH_TEMPLATE, "/api/v2/users/<id>");
}
