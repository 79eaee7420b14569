//! Errors keep what the server said: status, headers and the raw body.

use std::time::Duration;

use restpoint::{Client, Error, endpoint};
use serde::Deserialize;

use crate::support::{Reply, Server, refused_url};

#[derive(Debug, Deserialize)]
struct User {
    #[allow(dead_code)]
    user_id: String,
}

#[endpoint(GET, "/api/v2/users/<id>", response = User)]
struct GetUser {
    id: String,
}

const NOT_FOUND: &str = r#"{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}"#;

#[tokio::test]
async fn not_found_keeps_status_headers_and_auth0_body() {
    let reply = Reply::json(404, NOT_FOUND).with_header("x-ratelimit-remaining", "9");
    let server = Server::replying(reply).await;
    let client = Client::new(server.url()).unwrap();

    let error = GetUser { id: "auth0|gone".into() }.send(&client).await.unwrap_err();

    assert!(matches!(error, Error::Status { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(error.body(), Some(NOT_FOUND.as_bytes()));
    assert_eq!(error.headers().unwrap()["x-ratelimit-remaining"], "9");
    let route = error.route().unwrap();
    assert_eq!((route.method.as_str(), route.template), ("GET", "/api/v2/users/<id>"));
    assert_eq!(
        error.to_string(),
        format!("GET /api/v2/users/<id>: server answered 404 Not Found: {NOT_FOUND}")
    );
}

#[tokio::test]
async fn invalid_json_on_200_keeps_the_body() {
    let server = Server::replying(Reply::json(200, "<html>maintenance</html>")).await;
    let client = Client::new(server.url()).unwrap();

    let error = GetUser { id: "auth0|1".into() }.send(&client).await.unwrap_err();

    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(error.body(), Some(b"<html>maintenance</html>".as_slice()));
    assert!(
        error.to_string().starts_with(
            "GET /api/v2/users/<id>: could not decode the 200 OK answer: expected value"
        ),
        "{error}"
    );
}

#[tokio::test]
async fn a_200_of_the_wrong_shape_is_a_decode_error() {
    let server = Server::replying(Reply::json(200, r#"{"user_id": 42}"#)).await;
    let client = Client::new(server.url()).unwrap();
    let error = GetUser { id: "a".into() }.send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_eq!(error.body(), Some(br#"{"user_id": 42}"#.as_slice()));
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    let client = Client::new(&refused_url().await).unwrap();
    let error = GetUser { id: "a".into() }.send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(error.is_connect());
    assert_eq!(error.status(), None);
    assert_eq!(error.body(), None);
    let message = error.to_string();
    assert!(message.starts_with("GET /api/v2/users/<id>: "), "{message}");
    assert!(message.to_lowercase().contains("connect"), "{message}");
}

#[tokio::test]
async fn a_timeout_is_reported_as_one() {
    let reply = Reply::json(200, r#"{"user_id":"a"}"#).after(Duration::from_secs(5));
    let server = Server::replying(reply).await;
    let client = Client::builder(server.url()).timeout(Duration::from_millis(100)).build().unwrap();
    let error = GetUser { id: "a".into() }.send(&client).await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
}
