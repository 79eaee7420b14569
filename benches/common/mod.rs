//! What the benchmarks share: the seed request, declared with restpoint and written by
//! hand with reqwest, and the answer the servers give.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::OnceLock;

use bytes::Bytes;
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

/// One current-thread runtime that drives both the client and a hyper server on
/// 127.0.0.1 (which answers every request `201` with two identities, and
/// `/oauth/token` with a token of a day): no
/// cross-thread wake-ups, so the figures measure the code, not the scheduler.
pub fn runtime() -> &'static (tokio::runtime::Runtime, SocketAddr) {
    static RUNTIME: OnceLock<(tokio::runtime::Runtime, SocketAddr)> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        let runtime =
            tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        let addr = runtime.block_on(async {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
            let addr = listener.local_addr().expect("an address");
            tokio::spawn(async move {
                loop {
                    let Ok((stream, _)) = listener.accept().await else { continue };
                    tokio::spawn(serve(stream));
                }
            });
            addr
        });
        (runtime, addr)
    })
}

async fn serve(stream: tokio::net::TcpStream) {
    let service = hyper::service::service_fn(|request: http::Request<_>| async move {
        // A token for renewing credentials; two identities for everything else.
        let body = match request.uri().path() {
            "/oauth/token" => r#"{"access_token":"bench-token","expires_in":86400}"#,
            _ => IDENTITIES,
        };
        let mut response =
            http::Response::new(http_body_util::Full::new(Bytes::from_static(body.as_bytes())));
        *response.status_mut() = http::StatusCode::CREATED;
        response
            .headers_mut()
            .insert("content-type", http::HeaderValue::from_static("application/json"));
        Ok::<_, std::convert::Infallible>(response)
    });
    let io = hyper_util::rt::TokioIo::new(stream);
    let _ = hyper::server::conn::http1::Builder::new().serve_connection(io, service).await;
}

/// A reqwest client as the hand-written side configures it.
pub fn reqwest_client() -> reqwest::Client {
    reqwest::Client::builder().user_agent("restpoint/0.1.0").build().expect("a reqwest client")
}
