//! The motivating endpoint, Auth0's *Link a user account*, declared as in the
//! README's quickstart.

use auth0_standin::{PRIMARY_USER_ID, SECONDARY_USER_ID, StandIn, TOKEN};
use restpoint::{Client, endpoint};
use serde::Deserialize;

use crate::support::{Reply, Server};

/// Links a secondary account to the primary user `id`.
#[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<Identity>)]
#[derive(Debug, Default)]
pub struct LinkUserAccount {
    pub id: String,
    pub provider: Option<String>,
    pub connection_id: Option<String>,
    pub user_id: Option<String>,
    pub link_with: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Identity {
    pub provider: String,
    pub user_id: serde_json::Value,
    pub connection: String,
    #[serde(rename = "isSocial")]
    pub is_social: bool,
}

fn link_secondary() -> LinkUserAccount {
    LinkUserAccount {
        id: PRIMARY_USER_ID.into(),
        provider: Some("auth0".into()),
        user_id: Some(SECONDARY_USER_ID.into()),
        ..Default::default()
    }
}

const IDENTITIES: &str = r#"[
    {"connection":"Username-Password-Authentication","user_id":"63d17c6a9d503d76c056c177","provider":"auth0","isSocial":false},
    {"connection":"github","user_id":1234567,"provider":"github","isSocial":true}
]"#;

#[tokio::test]
async fn sends_exactly_the_request_auth0_documents() {
    let server = Server::replying(Reply::json(201, IDENTITIES)).await;
    let client = Client::builder(server.url()).bearer_auth("tok-123").build().unwrap();

    let identities = link_secondary().send(&client).await.unwrap();

    let received = server.single();
    assert_eq!(received.method, "POST");
    assert_eq!(received.target, "/api/v2/users/auth0%7C63d17c6a9d503d76c056c177/identities");
    assert_eq!(received.header("authorization"), Some("Bearer tok-123"));
    assert_eq!(received.header("content-type"), Some("application/json"));
    assert_eq!(
        received.header("user-agent"),
        Some(concat!("restpoint/", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(
        received.body_text(),
        r#"{"provider":"auth0","user_id":"auth0|63d17c6b77d74b740960460a"}"#
    );

    assert_eq!(identities.len(), 2);
    assert_eq!(identities[0].user_id, "63d17c6a9d503d76c056c177");
    assert_eq!(identities[1].user_id, 1234567);
    assert!(identities[1].is_social);
    assert_eq!(identities[1].connection, "github");
}

#[tokio::test]
async fn link_with_alone_is_the_whole_body() {
    let server = Server::replying(Reply::json(201, "[]")).await;
    let client = Client::new(server.url()).unwrap();
    let request = LinkUserAccount {
        id: PRIMARY_USER_ID.into(),
        link_with: Some("eyJhbGciOiJSUzI1NiJ9.e30.sig".into()),
        ..Default::default()
    };
    request.send(&client).await.unwrap();
    assert_eq!(server.single().body_text(), r#"{"link_with":"eyJhbGciOiJSUzI1NiJ9.e30.sig"}"#);
}

#[tokio::test]
async fn links_accounts_on_the_auth0_standin() {
    let standin = StandIn::start().await.unwrap();
    let client = Client::builder(standin.base_url()).bearer_auth(TOKEN).build().unwrap();

    let response = client.execute(&link_secondary()).await.unwrap();

    assert_eq!(response.status(), 201);
    let users: Vec<String> = response
        .body()
        .iter()
        .map(|i| format!("{}|{}", i.provider, i.user_id.as_str().unwrap()))
        .collect();
    assert_eq!(users, [PRIMARY_USER_ID, SECONDARY_USER_ID]);
    assert_eq!(response.headers()["x-ratelimit-limit"], "50");
}

#[tokio::test]
async fn standin_answers_auth0_errors() {
    let standin = StandIn::start().await.unwrap();
    let wrong_token = Client::builder(standin.base_url()).bearer_auth("nope").build().unwrap();
    let error = link_secondary().send(&wrong_token).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));

    let client = Client::builder(standin.base_url()).bearer_auth(TOKEN).build().unwrap();
    let both = LinkUserAccount { link_with: Some("a.b.c".into()), ..link_secondary() };
    let error = both.send(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    let body: serde_json::Value = serde_json::from_slice(error.body().unwrap()).unwrap();
    assert_eq!(body["statusCode"], 400);
    assert_eq!(body["errorCode"], "invalid_body");

    let missing = LinkUserAccount { id: "auth0|nobody".into(), ..link_secondary() };
    let error = missing.send(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
}
