//! Path values are percent-encoded as exactly one segment, whatever they hold.

use restpoint::{Client, Error, RequestError, endpoint};

use crate::support::{Reply, Server};

#[endpoint(GET, "/api/v2/users/<id>", response = ())]
struct GetUser {
    id: String,
}

#[endpoint(DELETE, "/api/v2/users/<id>/identities/<provider>/<user_id>", response = ())]
struct UnlinkIdentity<'a> {
    id: &'a str,
    provider: &'a str,
    user_id: u128,
}

async fn target_for(id: &str) -> String {
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = Client::new(server.url()).unwrap();
    GetUser { id: id.into() }.send(&client).await.unwrap();
    server.single().target
}

#[tokio::test]
async fn every_character_outside_unreserved_is_encoded() {
    for (value, expected) in [
        ("auth0|123", "/api/v2/users/auth0%7C123"),
        ("a/b", "/api/v2/users/a%2Fb"),
        ("a?b", "/api/v2/users/a%3Fb"),
        ("a#b", "/api/v2/users/a%23b"),
        ("100%", "/api/v2/users/100%25"),
        ("%7C", "/api/v2/users/%257C"),
        ("a b", "/api/v2/users/a%20b"),
        ("zoë 東京", "/api/v2/users/zo%C3%AB%20%E6%9D%B1%E4%BA%AC"),
        ("../admin", "/api/v2/users/..%2Fadmin"),
        ("...", "/api/v2/users/..."),
        ("a;b=c&d+e", "/api/v2/users/a%3Bb%3Dc%26d%2Be"),
        ("AZaz09-._~", "/api/v2/users/AZaz09-._~"),
    ] {
        assert_eq!(target_for(value).await, expected, "value {value:?}");
    }
}

#[tokio::test]
async fn values_that_cannot_be_one_segment_are_errors_before_any_io() {
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = Client::new(server.url()).unwrap();
    for (value, problem) in [("", "is empty"), (".", "is `.`"), ("..", "is `..`")] {
        let error = GetUser { id: value.into() }.send(&client).await.unwrap_err();
        match &error {
            Error::Request {
                source: RequestError::PathParam { name, problem: p }, route, ..
            } => {
                assert_eq!((*name, *p), ("id", problem));
                assert_eq!(route.template, "/api/v2/users/<id>");
            }
            other => panic!("{value:?} gave {other:?}"),
        }
        assert_eq!(
            error.to_string(),
            format!(
                "GET /api/v2/users/<id>: path parameter `id` {problem}; it cannot be sent as a path segment"
            )
        );
    }
    assert!(server.received().is_empty(), "a request was sent: {:?}", server.received());
}

#[tokio::test]
async fn three_placeholders_of_borrowed_and_numeric_fields() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let request =
        UnlinkIdentity { id: "auth0|1", provider: "google-oauth2", user_id: 108091299999329986433 };
    request.send(&client).await.unwrap();
    let received = server.single();
    assert_eq!(received.method, "DELETE");
    assert_eq!(
        received.target,
        "/api/v2/users/auth0%7C1/identities/google-oauth2/108091299999329986433"
    );
    assert!(received.body.is_empty());
    assert_eq!(received.header("content-type"), None);
}

/// Auth0's `POST /api/v2/email-templates`: `body` and `from` are required and
/// may be `null`.
#[endpoint(POST, "/api/v2/email-templates", response = serde_json::Value)]
struct CreateEmailTemplate {
    template: String,
    #[send_null]
    body: Option<String>,
    #[send_null]
    from: Option<String>,
    #[serde(rename = "resultUrl")]
    result_url: Option<String>,
}

#[tokio::test]
async fn a_send_null_member_is_sent_as_null_and_others_are_left_out() {
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = restpoint::Client::new(server.url()).unwrap();
    let request = CreateEmailTemplate {
        template: "verify_email".into(),
        body: None,
        from: Some("me@example.com".into()),
        result_url: None,
    };
    request.send(&client).await.unwrap();
    assert_eq!(
        server.single().body_text(),
        r#"{"template":"verify_email","body":null,"from":"me@example.com"}"#
    );
}
