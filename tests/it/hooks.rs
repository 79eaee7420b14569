//! Hooks see which endpoint is called and can change what is sent: a signature
//! over the exact body bytes, on every attempt, checked by a real server; a
//! metrics hook that meters each endpoint; a hook that refuses; and the same
//! hooks on the blocking client.

use std::sync::{Arc, Mutex, PoisonError};

use hmac::{KeyInit, Mac};
use restpoint::hooks::{Call, Hook, Request, Response};
use restpoint::{BoxError, Client, Error, RetryPolicy, endpoint};

use crate::support::{Received, Reply, Server};

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

const KEY: &[u8] = b"whsec_signing-key";

fn signature(body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(KEY).expect("any key length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Signs the exact bytes sent, and says which endpoint asked.
struct Sign;

impl Hook for Sign {
    fn on_request(&self, call: &Call<'_>, request: &mut Request) -> Result<(), BoxError> {
        let body = request.body().map(|b| b.to_vec()).unwrap_or_default();
        request.headers_mut().insert("x-signature", signature(&body).parse()?);
        let facts = format!(
            "{} {} {} idempotent={} attempt={}",
            call.endpoint(),
            call.method(),
            call.template(),
            call.idempotent(),
            call.attempt()
        );
        request.headers_mut().insert("x-endpoint", facts.parse()?);
        Ok(())
    }
}

/// Counts what it sees, per hook method.
#[derive(Clone, Default)]
struct Metrics(Arc<Mutex<Vec<String>>>);

impl Metrics {
    fn seen(&self) -> Vec<String> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
    fn push(&self, line: String) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).push(line);
    }
}

impl Hook for Metrics {
    fn on_call(&self, call: &Call<'_>) {
        self.push(format!("call {}", call.route()));
    }
    fn on_response(&self, call: &Call<'_>, response: Response<'_>) {
        let status = response.status().map_or("none".to_owned(), |s| s.as_u16().to_string());
        self.push(format!("attempt {} of {}: {status}", call.attempt(), call.endpoint()));
    }
    fn on_call_end(&self, call: &Call<'_>, outcome: Result<&http::Response<bytes::Bytes>, &Error>) {
        let status = match outcome {
            Ok(answer) => answer.status().as_u16(),
            Err(error) => error.status().map_or(0, |s| s.as_u16()),
        };
        self.push(format!("end {} {status} after {} attempts", call.endpoint(), call.attempt()));
    }
}

#[endpoint(POST, "/v1/charges/<id>/capture", idempotent)]
#[derive(Debug, Clone)]
struct CaptureCharge {
    id: String,
    amount: u64,
    #[secret]
    statement_descriptor: Option<String>,
}

fn capture() -> CaptureCharge {
    CaptureCharge { id: "ch_1".into(), amount: 1999, statement_descriptor: Some("ACME".into()) }
}

/// Answers `503` to the first request and `200` after it, each with the
/// signature the server computes over the body it received.
async fn verifying_server() -> Server {
    Server::start(|received: &Received| {
        let expected = signature(&received.body);
        let valid = received.header("x-signature") == Some(expected.as_str());
        match (received.header("x-endpoint").unwrap_or_default().ends_with("attempt=1"), valid) {
            (_, false) => Reply::json(401, r#"{"error":"bad signature"}"#),
            (true, true) => Reply::json(503, "{}"),
            (false, true) => Reply::json(200, r#"{"captured":true}"#),
        }
    })
    .await
}

fn quick_retries() -> RetryPolicy {
    RetryPolicy::new()
        .backoff(std::time::Duration::from_millis(5), std::time::Duration::from_millis(10))
}

#[tokio::test]
async fn a_hook_signs_the_exact_bytes_of_every_attempt_and_sees_the_endpoint() {
    let server = verifying_server().await;
    let metrics = Metrics::default();
    let client = Client::builder(server.url())
        .hook(Sign)
        .hook(metrics.clone())
        .retry(quick_retries())
        .build()
        .unwrap();
    let answer = capture().send(&client).await.unwrap();
    assert_eq!(answer, serde_json::json!({"captured": true}));

    let received = server.received();
    assert_eq!(received.len(), 2);
    for (n, request) in received.iter().enumerate() {
        assert_eq!(request.body_text(), r#"{"amount":1999,"statement_descriptor":"ACME"}"#);
        assert_eq!(request.header("x-signature"), Some(signature(&request.body).as_str()));
        assert_eq!(
            request.header("x-endpoint").unwrap(),
            format!(
                "CaptureCharge POST /v1/charges/<id>/capture idempotent=true attempt={}",
                n + 1
            )
        );
    }
    // Called once per call and once per attempt, in order.
    assert_eq!(
        metrics.seen(),
        [
            "call POST /v1/charges/<id>/capture",
            "attempt 1 of CaptureCharge: 503",
            "attempt 2 of CaptureCharge: 200",
            "end CaptureCharge 200 after 2 attempts",
        ]
    );
}

#[tokio::test]
async fn a_hook_that_refuses_ends_the_call_before_anything_is_sent() {
    struct Refuse;
    impl Hook for Refuse {
        fn on_request(&self, call: &Call<'_>, _: &mut Request) -> Result<(), BoxError> {
            Err(format!("{} is not allowed in this test", call.endpoint()).into())
        }
    }
    let server = Server::replying(Reply::json(200, "{}")).await;
    let metrics = Metrics::default();
    let client = Client::builder(server.url()).hook(Refuse).hook(metrics.clone()).build().unwrap();
    let error = capture().send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Hook { attempts: 0, .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "POST /v1/charges/<id>/capture: a hook refused the request: CaptureCharge is not allowed in this test"
    );
    assert!(server.received().is_empty());
    assert_eq!(
        metrics.seen().last().map(String::as_str),
        Some("end CaptureCharge 0 after 1 attempts")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hooks_run_on_the_blocking_client_too() {
    let server = verifying_server().await;
    let metrics = Metrics::default();
    let client = restpoint::BlockingClient::builder(server.url())
        .hook(Sign)
        .hook(metrics.clone())
        .retry(quick_retries())
        .build_blocking()
        .unwrap();
    let answer = tokio::task::spawn_blocking(move || capture().send_blocking(&client))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(answer, serde_json::json!({"captured": true}));
    assert_eq!(server.received().len(), 2);
    assert_eq!(metrics.seen().len(), 4);
}
