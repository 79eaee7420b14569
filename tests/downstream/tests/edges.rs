//! Declarations at the edges: `#[cfg]` fields in every role they may have, names
//! like the macro's own, and `#[secret]` on a raw body and with `serialize_with`.

// `#[cfg(all())]` and `#[cfg(any())]` on purpose: a field always and never there.
#![allow(clippy::non_minimal_cfg)]

use restpoint::endpoint;

fn shout<S: serde::Serializer>(value: &str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&value.to_uppercase())
}

#[endpoint(POST, "/users/<id>", response = ())]
#[derive(Debug)]
pub struct Configured<'__c, '__r, '__restpoint_r, T: serde::Serialize> {
    pub id: &'__c str,
    #[cfg(any())]
    pub never: String,
    #[cfg(any())]
    #[query]
    pub never_query: u32,
    #[cfg(all())]
    #[header("X-Always")]
    pub always_header: &'__r str,
    #[cfg_attr(all(), serde(rename = "renamed"))]
    pub value: T,
    #[secret]
    #[serde(serialize_with = "shout")]
    pub pin: &'__restpoint_r str,
    pub __marker: u8,
    pub __restpoint_marker: u8,
}

#[endpoint(PUT, "/raw", response = ())]
#[derive(Debug)]
pub struct SecretRaw {
    #[secret]
    #[body(content_type = "text/plain")]
    pub text: String,
}

#[endpoint(POST, "/generic", response = ())]
pub struct SecretInGeneric<T: std::fmt::Display, const N: usize> {
    #[secret]
    #[serde(serialize_with = "display")]
    pub value: T,
    pub sizes: Vec<u8>,
}

fn display<T: std::fmt::Display, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

fn main() {
    let configured = Configured {
        id: "u",
        always_header: "h",
        value: 1,
        pin: "1234",
        __marker: 0,
        __restpoint_marker: 0,
    };
    assert!(!format!("{configured:?}").contains("1234"));
    let raw = SecretRaw { text: "secret".into() };
    assert!(!format!("{raw:?}").contains("secret\""));
    let _ = SecretInGeneric::<u32, 2> { value: 7, sizes: vec![1, 2] };
}
