//! What the benchmarks share: the seed request, declared with restpoint and written by
//! hand with reqwest, and the answer the servers give.
#![allow(dead_code)]

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use restpoint::endpoint;
use serde::{Deserialize, Serialize};

pub const PRIMARY: &str = "auth0|63d17c6a9d503d76c056c177";
pub const SECONDARY: &str = "auth0|63d17c6b77d74b740960460a";
pub const TOKEN: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.bench-token";
pub const IDENTITIES: &str = r#"[{"connection":"Username-Password-Authentication","user_id":"63d17c6a9d503d76c056c177","provider":"auth0","isSocial":false},{"connection":"Username-Password-Authentication","user_id":"63d17c6b77d74b740960460a","provider":"auth0","isSocial":false}]"#;

#[derive(Debug, Deserialize)]
pub struct Identity {
    pub provider: String,
    pub user_id: serde_json::Value,
    pub connection: String,
    #[serde(rename = "isSocial")]
    pub is_social: bool,
}

#[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<Identity>)]
#[derive(Default)]
pub struct LinkUserAccount {
    pub id: String,
    pub provider: Option<String>,
    pub connection_id: Option<String>,
    pub user_id: Option<String>,
    pub link_with: Option<String>,
}

pub fn link() -> LinkUserAccount {
    LinkUserAccount {
        id: PRIMARY.into(),
        provider: Some("auth0".into()),
        user_id: Some(SECONDARY.into()),
        ..Default::default()
    }
}

// By hand: what a careful user writes with reqwest and percent-encoding.

pub const SEGMENT: &AsciiSet =
    &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

#[derive(Serialize)]
struct LinkBody<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    provider: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    connection_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    link_with: Option<&'a str>,
}

pub fn link_by_hand(http: &reqwest::Client, base: &str, id: &str) -> reqwest::RequestBuilder {
    let url = format!("{base}/api/v2/users/{}/identities", utf8_percent_encode(id, SEGMENT));
    let body = LinkBody {
        provider: Some("auth0"),
        connection_id: None,
        user_id: Some(SECONDARY),
        link_with: None,
    };
    http.post(url).bearer_auth(TOKEN).json(&body)
}
