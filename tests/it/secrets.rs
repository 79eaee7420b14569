//! Secrets never leak: the bearer token and `#[secret]` values appear in no
//! `Debug`, no error, no trace and no curl rendering, yet reach the server.

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use restpoint::{Client, endpoint};

use crate::support::{Reply, Server};

const TOKEN: &str = "tok-9f8e7d6c5b4a";
const LINK_JWT: &str = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LWp3dA.sig-1234";
const PASSWORD: &str = "hunter2-correct-horse";
const API_KEY: &str = "key-0011223344";
const RESET_CODE: &str = "reset-code-5566";
const SECRETS: [&str; 5] = [TOKEN, LINK_JWT, PASSWORD, API_KEY, RESET_CODE];

/// Every place a secret can be: body member, query, header, path.
#[endpoint(POST, "/api/v2/users/<id>/identities/<code>", response = ())]
#[derive(Debug, Clone, Default)]
struct LinkWithSecrets {
    id: String,
    #[secret]
    code: String,
    #[secret]
    link_with: Option<String>,
    #[secret]
    #[query]
    password: String,
    #[secret]
    #[header("X-Api-Key")]
    api_key: String,
    provider: Option<String>,
}

fn request() -> LinkWithSecrets {
    LinkWithSecrets {
        id: "auth0|1".into(),
        code: RESET_CODE.into(),
        link_with: Some(LINK_JWT.into()),
        password: PASSWORD.into(),
        api_key: API_KEY.into(),
        provider: Some("auth0".into()),
    }
}

fn assert_no_secret(what: &str, text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "{what} shows a secret:\n{text}");
    }
}

/// A `tracing` writer into a shared buffer.
#[derive(Clone, Default)]
pub(crate) struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

#[tokio::test]
async fn no_rendering_shows_a_secret_and_the_server_gets_them_all() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .finish();
    // Global, not scoped to this thread: a span's interest is cached per call site for
    // the whole process, and tests on other threads meet the same call site with no
    // subscriber (a thread-scoped default made this test flaky). Other tests' spans
    // land in the buffer too, which only adds text the assertions can search.
    tracing::subscriber::set_global_default(subscriber).expect("the only global subscriber");

    let body = r#"{"statusCode":401,"error":"Unauthorized","message":"Invalid token"}"#;
    let server = Server::replying(Reply::json(401, body)).await;
    let client = Client::builder(server.url()).bearer_auth(TOKEN).build().unwrap();
    let error = request().send(&client).await.unwrap_err();

    // The request carried every secret...
    let received = server.single();
    assert_eq!(
        received.target,
        format!("/api/v2/users/auth0%7C1/identities/{RESET_CODE}?password={PASSWORD}")
    );
    assert_eq!(received.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(received.header("x-api-key"), Some(API_KEY));
    assert_eq!(received.body_text(), format!(r#"{{"link_with":"{LINK_JWT}","provider":"auth0"}}"#));

    // ...and nothing shows one.
    assert_no_secret("the client's Debug", &format!("{client:?}"));
    assert_no_secret("the endpoint's Debug", &format!("{:?}", request()));
    assert_no_secret("the error's Display", &error.to_string());
    assert_no_secret("the error's Debug", &format!("{error:?}"));
    let curl = client.to_curl(&request());
    assert_no_secret("to_curl", &curl);
    let trace = captured.text();
    assert_no_secret("the trace", &trace);

    // The renderings are there, and say what they mask.
    assert!(
        format!("{:?}", request()).contains(r#"code: ***, link_with: Some(***), password: ***"#)
    );
    assert!(curl.contains("'authorization: Bearer ***'"), "{curl}");
    assert!(curl.contains("'x-api-key: ***'"), "{curl}");
    assert!(curl.contains(r#"{"link_with":"***","provider":"auth0"}"#), "{curl}");
    assert!(curl.contains("/api/v2/users/auth0%7C1/identities/***?password=***"), "{curl}");
    assert!(
        trace.contains("restpoint.send") && trace.contains("/api/v2/users/<id>/identities/<code>"),
        "{trace}"
    );
    assert!(trace.contains("status=401"), "{trace}");

    // Only an explicit opt-in shows them.
    let unmasked = client.to_curl_unmasked(&request());
    for secret in SECRETS {
        assert!(unmasked.contains(secret), "to_curl_unmasked hides {secret}:\n{unmasked}");
    }
}

#[test]
fn curl_is_a_runnable_command() {
    let client = Client::builder("https://tenant.eu.auth0.com").bearer_auth(TOKEN).build().unwrap();
    let request = LinkWithSecrets { provider: Some("it's".into()), ..request() };
    assert_eq!(
        client.to_curl(&request),
        "curl -X POST 'https://tenant.eu.auth0.com/api/v2/users/auth0%7C1/identities/***?password=***' \\\n  \
         -H 'x-api-key: ***' \\\n  \
         -H 'content-type: application/json' \\\n  \
         -H 'user-agent: restpoint/0.1.0' \\\n  \
         -H 'authorization: Bearer ***' \\\n  \
         --data-binary '{\"link_with\":\"***\",\"provider\":\"it'\\''s\"}'"
    );
}

#[test]
fn a_newline_in_a_token_or_a_secret_header_is_refused_before_any_io() {
    let error =
        Client::builder("http://127.0.0.1:9").bearer_auth("tok\r\nX-Evil: 1").build().unwrap_err();
    assert!(matches!(error, restpoint::Error::Config(_)), "{error:?}");
    assert!(!error.to_string().contains("X-Evil"), "{error}");

    let client = Client::new("http://127.0.0.1:9").unwrap();
    let bad = LinkWithSecrets { api_key: "k\nX-Evil: 1".into(), ..request() };
    let error = client.http_request(&bad).unwrap_err();
    assert!(matches!(error, restpoint::Error::Request { .. }), "{error:?}");
    assert_no_secret("a request error", &format!("{error} {error:?}"));
    assert!(!format!("{error:?}").contains("X-Evil"));
}
