//! Every body, query and response mode, checked byte for byte on the wire.

use bytes::Bytes;
use restpoint::multipart::File;
use restpoint::{BlockingClient, Client, endpoint};
use serde::{Deserialize, Serialize};

use crate::support::{Reply, Server};

/// Auth0's `POST /oauth/token`, which takes a form body.
#[endpoint(POST, "/oauth/token", body = form, response = Token)]
struct GetToken<'a> {
    grant_type: &'a str,
    client_id: &'a str,
    client_secret: &'a str,
    audience: Option<&'a str>,
    scope: Option<&'a str>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Token {
    access_token: String,
    expires_in: u64,
}

#[tokio::test]
async fn form_body() {
    let reply =
        Reply::json(200, r#"{"access_token":"eyJ","expires_in":86400,"token_type":"Bearer"}"#);
    let server = Server::replying(reply).await;
    let client = Client::new(server.url()).unwrap();
    let request = GetToken {
        grant_type: "client_credentials",
        client_id: "abc",
        client_secret: "s3cr&t=+",
        audience: Some("https://tenant.auth0.com/api/v2/"),
        scope: None,
    };
    let token = request.send(&client).await.unwrap();
    assert_eq!(token, Token { access_token: "eyJ".into(), expires_in: 86400 });
    let received = server.single();
    assert_eq!(received.header("content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(
        received.body_text(),
        "grant_type=client_credentials&client_id=abc&client_secret=s3cr%26t%3D%2B\
         &audience=https%3A%2F%2Ftenant.auth0.com%2Fapi%2Fv2%2F"
    );
}

#[endpoint(POST, "/api/v2/imports/<kind>", response = ())]
struct RawImport<B: restpoint::RawBody> {
    kind: &'static str,
    #[body(content_type = "text/csv")]
    data: B,
}

#[tokio::test]
async fn raw_bodies_of_every_byte_type() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let csv = "email\na@example.com\n";
    RawImport { kind: "string", data: csv.to_owned() }.send(&client).await.unwrap();
    RawImport { kind: "str", data: csv }.send(&client).await.unwrap();
    RawImport { kind: "vec", data: csv.as_bytes().to_vec() }.send(&client).await.unwrap();
    RawImport { kind: "bytes", data: Bytes::from_static(csv.as_bytes()) }
        .send(&client)
        .await
        .unwrap();
    for received in server.received() {
        assert_eq!(received.header("content-type"), Some("text/csv"), "{}", received.target);
        assert_eq!(received.body_text(), csv, "{}", received.target);
    }
    assert_eq!(server.received().len(), 4);
}

/// Auth0's *Create import users job*: a JSON file and form fields, as multipart.
#[endpoint(POST, "/api/v2/jobs/users-imports", body = multipart)]
struct ImportUsers {
    users: File,
    connection_id: String,
    upsert: Option<bool>,
    external_id: Option<String>,
}

#[tokio::test]
async fn multipart_body_with_a_file_part() {
    let server = Server::replying(Reply::json(202, r#"{"status":"pending","id":"job_1"}"#)).await;
    let client = Client::new(server.url()).unwrap();
    let users = File::new("users.json", "application/json", r#"[{"email":"a@example.com"}]"#);
    let request =
        ImportUsers { users, connection_id: "con_1".into(), upsert: Some(true), external_id: None };
    let job = request.send(&client).await.unwrap();
    assert_eq!(job["id"], "job_1");

    let received = server.single();
    let content_type = received.header("content-type").unwrap();
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").unwrap();
    assert_eq!(
        received.body_text(),
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"users\"; filename=\"users.json\"\r\n\
             Content-Type: application/json\r\n\r\n[{{\"email\":\"a@example.com\"}}]\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"connection_id\"\r\n\r\ncon_1\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"upsert\"\r\n\r\ntrue\r\n\
             --{boundary}--\r\n"
        )
    );
}

/// Discord's `files[0]`: a part named by serde's rename, as JSON and form fields are.
#[endpoint(POST, "/channels/<channel_id>/messages", body = multipart)]
struct CreateMessage {
    channel_id: u64,
    #[serde(rename = "files[0]")]
    first: File,
    #[serde(rename = "payload_json", skip_serializing_if = "Option::is_none")]
    payload: Option<String>,
}

#[tokio::test]
async fn multipart_part_names_follow_serde_renames() {
    let server = Server::replying(Reply::json(200, "{}")).await;
    let client = Client::new(server.url()).unwrap();
    let first = File::new("a.png", "image/png", "PNG");
    let request =
        CreateMessage { channel_id: 7, first, payload: Some(r#"{"content":"hi"}"#.into()) };
    request.send(&client).await.unwrap();
    let body = server.single().body_text().to_owned();
    assert!(body.contains(r#"name="files[0]"; filename="a.png""#), "{body}");
    assert!(body.contains(r#"name="payload_json""#), "{body}");
    assert!(!body.contains(r#"name="first""#) && !body.contains(r#"name="payload""#), "{body}");
}

#[derive(Serialize, Default)]
struct Paging {
    page: Option<u32>,
    per_page: Option<u32>,
    include_totals: Option<bool>,
}

#[endpoint(GET, "/api/v2/users")]
struct SearchUsers {
    #[query]
    #[serde(serialize_with = "restpoint::query::comma_separated")]
    fields: Vec<&'static str>,
    #[query]
    connection: Vec<String>,
    #[query]
    #[serde(flatten)]
    paging: Paging,
}

#[tokio::test]
async fn query_sequences_and_flattened_parameters() {
    let server = Server::replying(Reply::json(200, "[]")).await;
    let client = Client::new(server.url()).unwrap();
    let request = SearchUsers {
        fields: vec!["email", "user_id"],
        connection: vec!["db one".into(), "google-oauth2".into()],
        paging: Paging { page: Some(1), per_page: None, include_totals: Some(true) },
    };
    request.send(&client).await.unwrap();
    let empty = SearchUsers { fields: vec![], connection: vec![], paging: Paging::default() };
    empty.send(&client).await.unwrap();
    let targets: Vec<String> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/api/v2/users?fields=email%2Cuser_id&connection=db+one&connection=google-oauth2\
             &page=1&include_totals=true",
            // An empty comma-separated list sends nothing.
            "/api/v2/users",
        ]
    );
}

#[endpoint(GET, "/export/<name>", response = String)]
struct ExportText {
    name: &'static str,
}

#[endpoint(GET, "/export/<name>", response = Bytes)]
struct ExportBytes {
    name: &'static str,
}

#[endpoint(GET, "/users/<id>", response = Option<Token>)]
struct MaybeUser {
    id: u32,
}

#[tokio::test]
async fn text_bytes_and_empty_responses() {
    let server = Server::start(|received| match received.target.as_str() {
        "/export/text" => Reply::json(200, "zoë,1\n"),
        "/export/bin" => {
            Reply { body: Bytes::from_static(&[0, 159, 146, 150]), ..Reply::empty(200) }
        }
        _ => Reply::empty(204),
    })
    .await;
    let client = Client::new(server.url()).unwrap();
    assert_eq!(ExportText { name: "text" }.send(&client).await.unwrap(), "zoë,1\n");
    assert_eq!(
        ExportBytes { name: "bin" }.send(&client).await.unwrap(),
        [0, 159, 146, 150].as_slice()
    );
    assert_eq!(MaybeUser { id: 1 }.send(&client).await.unwrap(), None);

    let error = ExportText { name: "bin" }.send(&client).await.unwrap_err();
    assert!(matches!(error, restpoint::Error::Decode { .. }), "{error:?}");
    assert_eq!(error.body(), Some([0, 159, 146, 150].as_slice()));
}

#[endpoint(DELETE, "/users/<id>", response = Token)]
struct DeleteReturningToken {
    id: u32,
}

#[tokio::test]
async fn an_empty_body_for_a_type_that_needs_one_is_a_decode_error() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let error = DeleteReturningToken { id: 1 }.send(&client).await.unwrap_err();
    assert!(matches!(error, restpoint::Error::Decode { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(204));
}

#[tokio::test]
async fn execute_keeps_status_and_rate_limit_headers() {
    let reply = Reply::json(201, r#"{"access_token":"a","expires_in":1}"#)
        .with_header("x-ratelimit-limit", "50")
        .with_header("x-ratelimit-remaining", "0");
    let server = Server::replying(reply).await;
    let client = Client::new(server.url()).unwrap();
    let request = GetToken {
        grant_type: "client_credentials",
        client_id: "a",
        client_secret: "b",
        audience: None,
        scope: Some("read:users"),
    };
    let response = client.execute(&request).await.unwrap();
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["x-ratelimit-remaining"], "0");
    assert_eq!(response.body().access_token, "a");
}

#[tokio::test]
async fn a_users_own_reqwest_client() {
    let server = Server::replying(Reply::empty(204)).await;
    let http = reqwest::Client::builder().user_agent("custom/1.0").build().unwrap();
    let client = Client::from_reqwest(http, server.url()).unwrap();
    RawImport { kind: "x", data: "a" }.send(&client).await.unwrap();
    // The user's client keeps its settings: restpoint adds no User-Agent of its own.
    assert_eq!(server.single().header("user-agent"), Some("custom/1.0"));
}

#[test]
fn send_blocking_shares_the_async_path() {
    // The server needs a runtime of its own; the blocking client must not run in one.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime
        .block_on(Server::replying(Reply::json(200, r#"{"access_token":"t","expires_in":5}"#)));
    let client = BlockingClient::builder(server.url()).bearer_auth("tok").build_blocking().unwrap();
    let request = GetToken {
        grant_type: "client_credentials",
        client_id: "a",
        client_secret: "b",
        audience: None,
        scope: None,
    };
    let token = request.send_blocking(&client).unwrap();
    assert_eq!(token.expires_in, 5);
    let received = server.single();
    assert_eq!(received.header("authorization"), Some("Bearer tok"));
    assert_eq!(received.body_text(), "grant_type=client_credentials&client_id=a&client_secret=b");

    let refused = BlockingClient::new("http://127.0.0.1:9").unwrap();
    assert!(request.send_blocking(&refused).unwrap_err().is_connect());
}

#[endpoint(PUT, "/api/v2/users/<id>/metadata", response = ())]
struct PutMetadata {
    id: u32,
    #[body]
    metadata: Option<serde_json::Value>,
}

#[endpoint(HEAD, "/api/v2/users/<id>")]
struct UserExists {
    id: u32,
}

#[tokio::test]
async fn an_optional_whole_body_and_head_without_a_response_type() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    PutMetadata { id: 1, metadata: None }.send(&client).await.unwrap();
    PutMetadata { id: 2, metadata: Some(serde_json::json!({"a": 1})) }.send(&client).await.unwrap();
    // A `HEAD` endpoint decodes nothing: its response type is `()`.
    let () = UserExists { id: 3 }.send(&client).await.unwrap();

    let received = server.received();
    assert_eq!((received[0].body.len(), received[0].header("content-type")), (0, None));
    assert_eq!(
        (received[1].body_text(), received[1].header("content-type")),
        (r#"{"a":1}"#, Some("application/json"))
    );
    assert_eq!(
        (received[2].method.as_str(), received[2].target.as_str()),
        ("HEAD", "/api/v2/users/3")
    );
}

/// A raw file body: the file's own content type is sent, not the attribute's.
#[endpoint(PUT, "/objects/<name>", response = ())]
struct PutFile {
    name: String,
    #[body(content_type = "application/octet-stream")]
    file: File,
}

#[tokio::test]
async fn a_raw_file_body_keeps_its_own_content_type() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let file = File::new("photo.png", "image/png", "PNG");
    PutFile { name: "photo.png".into(), file }.send(&client).await.unwrap();
    let received = server.single();
    assert_eq!(received.header("content-type"), Some("image/png"), "{received:#?}");
    assert_eq!(received.body_text(), "PNG");
}
