//! Lifetimes, generic parameters, visibilities, doc comments, raw identifiers and
//! the user's own derives all pass through.
#![deny(warnings)]

use std::fmt::Display;

use restpoint::{endpoint, Endpoint};
use serde::Serialize;

/// Gets a user.
#[endpoint(GET, "/api/v2/users/<id>")]
#[derive(Debug, Clone, Copy)]
pub(crate) struct GetUser<'a> {
    /// Borrowed, not copied.
    pub(crate) id: &'a str,
    #[query]
    fields: Option<&'a str>,
}

#[endpoint(GET, "/api/v2/<kind>/<id>", response = ())]
struct GetAny<K: Display, T = u64>
where
    T: Display,
{
    kind: K,
    id: T,
}

#[endpoint(PUT, "/api/v2/things/<type>")]
struct PutThing<B: Serialize> {
    r#type: String,
    #[body]
    body: B,
}

#[endpoint(POST, "/api/v2/things")]
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CreateThing {
    thing_name: String,
}

fn main() {
    let user = GetUser { id: "a|b", fields: Some("email") };
    let copy = user;
    let request = copy.to_http_request("http://h").unwrap();
    assert_eq!(request.uri(), "http://h/api/v2/users/a%7Cb?fields=email");
    let _ = format!("{user:?}");

    let any = GetAny::<&str> { kind: "roles", id: 7 };
    assert_eq!(any.to_http_request("http://h").unwrap().uri(), "http://h/api/v2/roles/7");

    let put = PutThing { r#type: "a".into(), body: [1, 2] };
    assert_eq!(put.to_http_request("http://h").unwrap().body().as_ref(), b"[1,2]");

    let create = CreateThing { thing_name: "x".into() };
    // The user's own `Serialize` derive sees the `#[serde]` attribute too.
    assert_eq!(serde_json::to_string(&create).unwrap(), r#"{"thingName":"x"}"#);
    assert_eq!(
        create.to_http_request("http://h").unwrap().body().as_ref(),
        br#"{"thingName":"x"}"#
    );
}
