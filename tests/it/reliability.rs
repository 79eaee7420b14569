//! Retries against servers that misbehave on purpose: what is retried, what is
//! never sent twice, how long the client waits, and what the error keeps.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use restpoint::{Client, Error, RetryPolicy, endpoint};
use serde::Deserialize;

use crate::misbehaving::{Behaviour, RawServer};
use crate::support::{Reply, Server, refused_url};

#[derive(Debug, Deserialize, PartialEq)]
struct Ok {
    ok: bool,
}

#[endpoint(GET, "/api/v2/users/<id>", response = Ok)]
struct GetUser {
    id: &'static str,
}

#[endpoint(POST, "/api/v2/users", response = Ok)]
struct CreateUser {
    email: &'static str,
}

#[endpoint(POST, "/api/v2/jobs/verification-email", response = Ok, idempotent)]
struct SendVerificationEmail {
    user_id: &'static str,
}

/// Short backoffs, so that the tests that do not test waiting do not wait.
fn client(url: &str) -> Client {
    let fast = RetryPolicy::new().backoff(Duration::from_millis(10), Duration::from_millis(40));
    Client::builder(url).retry(fast).build().unwrap()
}

/// Answers each request with the next reply of `replies`; the last one repeats.
async fn scripted(replies: Vec<Reply>) -> Server {
    let count = Arc::new(AtomicUsize::new(0));
    Server::start(move |_| {
        let n = count.fetch_add(1, Ordering::SeqCst);
        replies.get(n).or(replies.last()).cloned().unwrap_or_else(|| Reply::empty(500))
    })
    .await
}

#[tokio::test]
async fn connection_refused_is_retried_for_any_method_then_reported() {
    let url = refused_url().await;
    for error in [
        GetUser { id: "a" }.send(&client(&url)).await.unwrap_err(),
        CreateUser { email: "a@example.com" }.send(&client(&url)).await.unwrap_err(),
    ] {
        assert!(matches!(error, Error::Transport { .. }) && error.is_connect(), "{error:?}");
        assert_eq!(error.attempts(), 3);
        assert!(error.to_string().contains("after 3 attempts"), "{error}");
    }
}

#[tokio::test]
async fn a_reset_before_any_answer_is_retried_for_get() {
    let server =
        RawServer::start(vec![Behaviour::ResetBeforeResponse, Behaviour::Json(r#"{"ok":true}"#)])
            .await;
    let answer = GetUser { id: "a" }.send(&client(&server.url())).await.unwrap();
    assert_eq!(answer, Ok { ok: true });
    assert_eq!(server.seen(), 2);
}

#[tokio::test]
async fn a_reset_before_any_answer_is_not_retried_for_post() {
    let server =
        RawServer::start(vec![Behaviour::ResetBeforeResponse, Behaviour::Json(r#"{"ok":true}"#)])
            .await;
    let error =
        CreateUser { email: "a@example.com" }.send(&client(&server.url())).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(!error.is_connect());
    assert_eq!(error.attempts(), 1);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.seen(), 1, "a POST the server may have acted on was sent again");
}

#[tokio::test]
async fn an_endpoint_declared_idempotent_is_retried_after_a_reset() {
    let server =
        RawServer::start(vec![Behaviour::ResetBeforeResponse, Behaviour::Json(r#"{"ok":true}"#)])
            .await;
    let answer =
        SendVerificationEmail { user_id: "auth0|1" }.send(&client(&server.url())).await.unwrap();
    assert_eq!(answer, Ok { ok: true });
    assert_eq!(server.seen(), 2);
}

#[tokio::test]
async fn a_reset_mid_body_is_retried_for_get_and_not_for_post() {
    let server =
        RawServer::start(vec![Behaviour::ResetMidBody, Behaviour::Json(r#"{"ok":true}"#)]).await;
    assert_eq!(GetUser { id: "a" }.send(&client(&server.url())).await.unwrap(), Ok { ok: true });
    assert_eq!(server.seen(), 2);

    let server = RawServer::start(vec![Behaviour::ResetMidBody]).await;
    let error =
        CreateUser { email: "a@example.com" }.send(&client(&server.url())).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_eq!((error.attempts(), server.seen()), (1, 1));
}

#[tokio::test]
async fn a_slow_server_times_out_and_a_post_is_not_resent() {
    let server =
        Server::replying(Reply::json(200, r#"{"ok":true}"#).after(Duration::from_secs(5))).await;
    let fast = RetryPolicy::new().backoff(Duration::from_millis(10), Duration::from_millis(40));
    let client = Client::builder(server.url())
        .timeout(Duration::from_millis(100))
        .retry(fast)
        .build()
        .unwrap();

    let error = CreateUser { email: "a@example.com" }.send(&client).await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert_eq!((error.attempts(), server.received().len()), (1, 1));

    let error = GetUser { id: "a" }.send(&client).await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert_eq!(error.attempts(), 3);
}

#[tokio::test]
async fn a_500_with_an_html_body_is_kept_and_not_retried() {
    let html = "<html><body><h1>500 Internal Server Error</h1></body></html>";
    let reply =
        Reply { headers: vec![("content-type", "text/html".into())], ..Reply::json(500, html) };
    let server = Server::replying(reply).await;
    let error = GetUser { id: "a" }.send(&client(&server.url())).await.unwrap_err();
    assert!(matches!(error, Error::Status { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(error.body(), Some(html.as_bytes()));
    assert_eq!(error.headers().unwrap()["content-type"], "text/html");
    assert_eq!((error.attempts(), server.received().len()), (1, 1));
}

#[tokio::test]
async fn a_200_with_invalid_json_is_a_decode_error_that_keeps_the_body() {
    let server = Server::replying(Reply::json(200, "{\"ok\": tru")).await;
    let error = GetUser { id: "a" }.send(&client(&server.url())).await.unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert_eq!(error.body(), Some(b"{\"ok\": tru".as_slice()));
    assert_eq!(error.attempts(), 1);
}

fn too_many(header: (&'static str, String)) -> Reply {
    Reply::json(429, r#"{"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached"}"#)
        .with_header(header.0, &header.1)
}

/// Sends one POST that gets `first`, then `200`; returns how long it took.
async fn waited_for(first: Reply) -> Duration {
    let server = scripted(vec![first, Reply::json(200, r#"{"ok":true}"#)]).await;
    let start = Instant::now();
    let answer = CreateUser { email: "a@example.com" }.send(&client(&server.url())).await.unwrap();
    let waited = start.elapsed();
    assert_eq!(answer, Ok { ok: true });
    let bodies: Vec<_> = server.received().into_iter().map(|r| r.body).collect();
    assert_eq!(bodies.len(), 2);
    assert_eq!(bodies[0], bodies[1], "every attempt sends the same bytes");
    waited
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

#[tokio::test]
async fn a_429_with_retry_after_seconds_waits_that_long() {
    let waited = waited_for(too_many(("retry-after", "1".into()))).await;
    assert!(waited >= Duration::from_secs(1), "waited only {waited:?}");
    assert!(waited < Duration::from_secs(3), "waited {waited:?}");
}

#[tokio::test]
async fn a_429_with_an_http_date_waits_until_then() {
    let date = httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(unix_now() + 2));
    let waited = waited_for(too_many(("retry-after", date))).await;
    assert!(waited >= Duration::from_millis(900), "waited only {waited:?}");
    assert!(waited < Duration::from_secs(4), "waited {waited:?}");
}

#[tokio::test]
async fn a_429_with_auth0s_rate_limit_reset_waits_until_then() {
    let waited = waited_for(too_many(("x-ratelimit-reset", (unix_now() + 2).to_string()))).await;
    assert!(waited >= Duration::from_millis(900), "waited only {waited:?}");
    assert!(waited < Duration::from_secs(4), "waited {waited:?}");
}

#[tokio::test]
async fn a_429_forever_is_three_attempts_then_the_429() {
    let server = Server::replying(too_many(("x-ratelimit-remaining", "0".into()))).await;
    let error =
        CreateUser { email: "a@example.com" }.send(&client(&server.url())).await.unwrap_err();
    assert!(matches!(error, Error::Status { .. }), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!((error.attempts(), server.received().len()), (3, 3));
    assert!(error.body().unwrap().starts_with(br#"{"statusCode":429"#));
    assert_eq!(error.rate_limit().and_then(|r| r.remaining), Some(0));
}

#[tokio::test]
async fn a_503_then_a_200_succeeds() {
    let server = scripted(vec![
        Reply::json(503, "upstream unavailable"),
        Reply::json(200, r#"{"ok":true}"#),
    ])
    .await;
    let answer = CreateUser { email: "a@example.com" }.send(&client(&server.url())).await.unwrap();
    assert_eq!(answer, Ok { ok: true });
    assert_eq!(server.received().len(), 2);
}

#[tokio::test]
async fn a_502_is_retried_only_when_idempotent() {
    let server =
        scripted(vec![Reply::json(502, "bad gateway"), Reply::json(200, r#"{"ok":true}"#)]).await;
    let error =
        CreateUser { email: "a@example.com" }.send(&client(&server.url())).await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), error.attempts()), (Some(502), 1));
    assert_eq!(GetUser { id: "a" }.send(&client(&server.url())).await.unwrap(), Ok { ok: true });
}

#[tokio::test]
async fn a_wait_beyond_the_maximum_returns_at_once_with_when_to_retry() {
    let server = Server::replying(too_many(("retry-after", "3600".into()))).await;
    let start = Instant::now();
    let error = GetUser { id: "a" }.send(&client(&server.url())).await.unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(1), "slept {:?}", start.elapsed());
    assert_eq!(error.attempts(), 1);
    let retry_at = error.retry_at().expect("when to retry");
    let from_now = retry_at.duration_since(SystemTime::now()).unwrap_or_default();
    assert!(
        from_now > Duration::from_secs(3590) && from_now <= Duration::from_secs(3600),
        "{from_now:?}"
    );
}

#[tokio::test]
async fn retries_can_be_turned_off() {
    let server = scripted(vec![Reply::json(503, "busy"), Reply::json(200, r#"{"ok":true}"#)]).await;
    let client = Client::builder(server.url()).retry(RetryPolicy::none()).build().unwrap();
    let error = GetUser { id: "a" }.send(&client).await.unwrap_err();
    assert_eq!((error.status().map(|s| s.as_u16()), error.attempts()), (Some(503), 1));
}

#[derive(Debug, Deserialize)]
struct Auth0Error {
    #[serde(rename = "statusCode")]
    status_code: u16,
    message: String,
    #[serde(rename = "errorCode")]
    error_code: Option<String>,
}

#[endpoint(GET, "/api/v2/users/<id>", response = Ok, error = Auth0Error)]
struct GetUserTyped {
    id: &'static str,
}

#[tokio::test]
async fn error_bodies_decode_into_the_declared_type_and_stay_raw() {
    let body = r#"{"statusCode":404,"error":"Not Found","message":"The user does not exist.","errorCode":"inexistent_user"}"#;
    let server =
        scripted(vec![Reply::json(404, body), Reply::json(500, "<html>oops</html>")]).await;
    let client = client(&server.url());

    let error = GetUserTyped { id: "auth0|gone" }.send(&client).await.unwrap_err();
    let auth0 = error.api_error::<Auth0Error>().expect("an Auth0 error body");
    assert_eq!((auth0.status_code, auth0.message.as_str()), (404, "The user does not exist."));
    assert_eq!(auth0.error_code.as_deref(), Some("inexistent_user"));
    assert_eq!(error.body(), Some(body.as_bytes()));

    let error = GetUserTyped { id: "auth0|gone" }.send(&client).await.unwrap_err();
    assert!(error.api_error::<Auth0Error>().is_none());
    assert_eq!(error.body(), Some(b"<html>oops</html>".as_slice()));
}

/// Error answers of several shapes, as Svix's description gives them: each
/// status's body decodes into the type declared for it, even where another
/// type would fit it too.
#[derive(Debug, Deserialize, PartialEq)]
struct HttpErrorOut {
    code: String,
    detail: String,
}

#[derive(Debug, Deserialize, PartialEq)]
struct HttpValidationError {
    detail: Vec<serde_json::Value>,
}

/// Fits any object: a body of the `5XX` class decodes as this, never as the
/// `error = T` above it.
#[derive(Debug, Deserialize, PartialEq)]
struct ServerTrouble {
    detail: Option<serde_json::Value>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Maintenance {
    until: String,
}

#[endpoint(
    GET,
    "/api/v1/app/<id>",
    response = Ok,
    error = HttpErrorOut,
    error(422) = HttpValidationError,
    error(5XX) = ServerTrouble,
    error(503) = Maintenance
)]
struct GetApp {
    id: &'static str,
}

#[tokio::test]
async fn error_bodies_decode_into_the_type_of_their_status() {
    let conflict = r#"{"code":"conflict","detail":"exists"}"#;
    let invalid = r#"{"detail":[{"loc":["body","name"],"msg":"required","type":"missing"}]}"#;
    let server = scripted(vec![
        Reply::json(409, conflict),
        Reply::json(422, invalid),
        // A `422` whose body fits only the type of other statuses: no typed error.
        Reply::json(422, conflict),
        Reply::json(500, conflict),
        Reply::json(503, r#"{"until":"noon"}"#),
        Reply::json(400, r#"{"neither":true}"#),
    ])
    .await;
    let client = Client::builder(server.url()).retry(RetryPolicy::none()).build().unwrap();
    let mut errors = Vec::new();
    for _ in 0..6 {
        errors.push(GetApp { id: "app_1" }.send(&client).await.unwrap_err());
    }

    let out = |code: &str, detail: &str| HttpErrorOut { code: code.into(), detail: detail.into() };
    assert_eq!(errors[0].api_error::<HttpErrorOut>(), Some(&out("conflict", "exists")));
    let validation = errors[1].api_error::<HttpValidationError>().expect("the 422's type");
    assert_eq!(validation.detail.len(), 1);
    assert!(errors[1].api_error::<HttpErrorOut>().is_none());
    assert!(errors[2].api_error::<HttpValidationError>().is_none());
    assert!(errors[2].api_error::<HttpErrorOut>().is_none());
    assert_eq!(errors[2].body(), Some(conflict.as_bytes()));
    // The class's type, though the body fits `error = T` as well.
    assert_eq!(
        errors[3].api_error::<ServerTrouble>(),
        Some(&ServerTrouble { detail: Some("exists".into()) })
    );
    assert!(errors[3].api_error::<HttpErrorOut>().is_none());
    // A status of its own goes before its class.
    assert_eq!(errors[4].api_error::<Maintenance>(), Some(&Maintenance { until: "noon".into() }));
    // A body of no declared shape: no typed error, the raw body kept.
    assert!(errors[5].api_error::<HttpErrorOut>().is_none());
    assert_eq!(errors[5].body(), Some(br#"{"neither":true}"#.as_slice()));
    assert_eq!(
        errors.iter().map(|e| e.status().map(|s| s.as_u16())).collect::<Vec<_>>(),
        [409, 422, 422, 500, 503, 400].map(Some)
    );
}

#[tokio::test]
async fn rate_limit_facts_of_a_success() {
    let reply = Reply::json(200, r#"{"ok":true}"#)
        .with_header("x-ratelimit-limit", "50")
        .with_header("x-ratelimit-remaining", "49")
        .with_header("x-ratelimit-reset", "1764043200");
    let server = Server::replying(reply).await;
    let response = client(&server.url()).execute(&GetUser { id: "a" }).await.unwrap();
    let limit = restpoint::RateLimit::from_headers(response.headers()).unwrap();
    assert_eq!((limit.limit, limit.remaining), (Some(50), Some(49)));
    assert_eq!(limit.reset, Some(UNIX_EPOCH + Duration::from_secs(1_764_043_200)));
}
