//! `#[secret]` on every kind of field, `idempotent` and `error = T` together, with
//! the user's `Debug` derive replaced by one that masks the secrets.
#![deny(warnings)]

use restpoint::endpoint;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Auth0Error {
    #[allow(dead_code)]
    message: String,
}

#[endpoint(POST, "/api/v2/tickets/<ticket>", idempotent, error = Auth0Error, response = ())]
#[derive(Debug, Clone, PartialEq)]
struct RedeemTicket<T: std::fmt::Display + serde::Serialize> {
    #[secret]
    ticket: T,
    #[secret]
    #[query]
    otp: Option<String>,
    #[secret]
    #[header("X-Api-Key")]
    api_key: String,
    #[secret]
    password: String,
    email: String,
}

fn main() {
    let request = RedeemTicket {
        ticket: 42,
        otp: None,
        api_key: "k".into(),
        password: "p".into(),
        email: "a@example.com".into(),
    };
    assert_eq!(request.clone(), request);
    assert_eq!(
        format!("{request:?}"),
        r#"RedeemTicket { ticket: ***, otp: None, api_key: ***, password: ***, email: "a@example.com" }"#
    );
}
