//! An endpoint becomes an `http::Request` with no server and no I/O.

use restpoint::{Client, Endpoint, endpoint};

#[endpoint(POST, "/api/v2/users/<id>/identities")]
#[derive(Default)]
struct LinkUserAccount {
    id: String,
    provider: Option<String>,
    user_id: Option<String>,
    link_with: Option<String>,
}

fn request() -> LinkUserAccount {
    LinkUserAccount {
        id: "auth0|63d17c6a9d503d76c056c177".into(),
        provider: Some("google-oauth2".into()),
        user_id: Some("108091299999329986433".into()),
        ..Default::default()
    }
}

#[test]
fn to_http_request_builds_the_whole_request() {
    let request = request().to_http_request("https://tenant.eu.auth0.com/").unwrap();
    assert_eq!(request.method(), "POST");
    assert_eq!(
        request.uri(),
        "https://tenant.eu.auth0.com/api/v2/users/auth0%7C63d17c6a9d503d76c056c177/identities"
    );
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(request.headers().len(), 1);
    assert_eq!(
        request.body().as_ref(),
        br#"{"provider":"google-oauth2","user_id":"108091299999329986433"}"#
    );
}

#[test]
fn the_clients_request_adds_its_default_headers() {
    let client = Client::builder("https://tenant.eu.auth0.com").bearer_auth("tok").build().unwrap();
    let request = client.http_request(&request()).unwrap();
    assert_eq!(request.headers()["authorization"], "Bearer tok");
    assert!(request.headers()["authorization"].is_sensitive());
    assert_eq!(request.headers()["user-agent"], concat!("restpoint/", env!("CARGO_PKG_VERSION")));
}

#[test]
fn the_route_is_described_by_constants() {
    assert_eq!(LinkUserAccount::METHOD, "POST");
    assert_eq!(LinkUserAccount::PATH_TEMPLATE, "/api/v2/users/<id>/identities");
}

#[test]
fn a_bad_base_url_is_a_config_error() {
    let error = request().to_http_request("tenant.eu.auth0.com").unwrap_err();
    assert!(matches!(error, restpoint::Error::Config(_)), "{error:?}");
}
