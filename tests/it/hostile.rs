//! A hostile or broken server cannot crash restpoint, exhaust its memory, hang
//! it, or pull a secret out of it. One section per way a server (or a careless
//! setting) tried; each test fails if its defence is taken away.

use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use restpoint::multipart::File;
use restpoint::{CallOptions, Client, Error, RateLimit, RedirectPolicy, RetryPolicy, endpoint};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::misbehaving::{Behaviour, RawServer};
use crate::support::{Reply, Server, refused_url};

const CODE: &str = "CODE-secret-41";
const PASSWORD: &str = "PW-secret-42";
const KEY: &str = "KEY-secret-43";
const JWT: &str = "JWT-secret-44";
const TOKEN: &str = "TOKEN-secret-45";
const DEFAULT_KEY: &str = "DEFAULT-secret-46";
const SECRETS: [&str; 6] = [CODE, PASSWORD, KEY, JWT, TOKEN, DEFAULT_KEY];

/// A secret in every place a request can carry one.
#[endpoint(POST, "/users/<id>/link/<code>", response = ())]
#[derive(Debug, Clone)]
struct Link {
    id: String,
    #[secret]
    code: String,
    #[secret]
    #[query]
    password: String,
    #[secret]
    #[header("X-Link-Key")]
    key: String,
    #[secret]
    link_with: String,
    provider: String,
}

fn link() -> Link {
    Link {
        id: "user-1".into(),
        code: CODE.into(),
        password: PASSWORD.into(),
        key: KEY.into(),
        link_with: JWT.into(),
        provider: "auth0".into(),
    }
}

#[endpoint(GET, "/things/<id>")]
struct GetThing {
    id: String,
}

fn thing() -> GetThing {
    GetThing { id: "t-1".into() }
}

fn assert_no_secret(what: &str, text: &str) {
    for secret in SECRETS {
        assert!(!text.contains(secret), "{what} shows {secret}:\n{text}");
    }
}

fn assert_error_shows_no_secret(error: &Error) {
    assert_no_secret("the error's Display", &error.to_string());
    assert_no_secret("the error's Debug", &format!("{error:?}"));
}

fn client_with_credentials(url: &str) -> restpoint::ClientBuilder {
    Client::builder(url)
        .bearer_auth(TOKEN)
        .sensitive_header("X-Default-Key", DEFAULT_KEY)
        .header("Accept-Language", "en")
}

// 1. Numbers a clock cannot hold.

#[tokio::test]
async fn header_numbers_no_clock_can_hold_do_not_panic() {
    let huge = u64::MAX.to_string();
    let far = SystemTime::now() + Duration::from_secs(365 * 24 * 3600);
    for (status, header, retryable) in [
        (429, "retry-after", true),
        (404, "retry-after", false),
        (400, "x-ratelimit-reset", false),
        (503, "x-ratelimit-reset", true),
    ] {
        let reply = Reply::json(status, "{}").with_header(header, &huge);
        let server = Server::replying(reply.with_header("x-ratelimit-limit", "50")).await;
        let client = Client::new(server.url()).unwrap();
        let error = thing().send(&client).await.unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        // Too far to wait: not retried, and said when.
        assert_eq!(server.received().len(), 1, "{status} {header}");
        assert_eq!(error.retry_at().is_some_and(|at| at > far), retryable, "{status} {header}");
        assert!(error.rate_limit().is_some());
    }
    let reply = Reply::json(200, "{}").with_header("x-ratelimit-reset", &huge);
    let server = Server::replying(reply).await;
    let answer = Client::new(server.url()).unwrap().execute(&thing()).await.unwrap();
    let limit = RateLimit::from_headers(answer.headers()).unwrap();
    assert!(limit.reset.is_some_and(|at| at > far));
}

// 2. Transport errors.

#[tokio::test]
async fn transport_errors_show_no_secret() {
    let refused = client_with_credentials(&refused_url().await).build().unwrap();
    let error = link().send(&refused).await.unwrap_err();
    assert!(error.is_connect(), "{error:?}");
    assert_error_shows_no_secret(&error);
    assert!(error.to_string().contains("POST /users/<id>/link/<code>"), "{error}");

    let reset = RawServer::start(vec![Behaviour::ResetBeforeResponse]).await;
    let client = client_with_credentials(&reset.url()).build().unwrap();
    let error = link().send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_error_shows_no_secret(&error);

    let silent = RawServer::serve(|_, stream| hold(stream)).await;
    let client = client_with_credentials(&silent.url())
        .read_timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let error = link().send(&client).await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert_error_shows_no_secret(&error);
}

/// Keeps the connection open and says nothing.
async fn hold(stream: TcpStream) {
    tokio::time::sleep(Duration::from_secs(120)).await;
    drop(stream);
}

// 3. Redirects.

#[tokio::test]
async fn a_redirect_to_another_origin_is_not_followed_and_keeps_its_location() {
    let elsewhere = Server::replying(Reply::json(200, "{}")).await;
    for status in [301, 302, 303, 307, 308] {
        let target = format!("{}/landing", elsewhere.url());
        let origin = Server::replying(Reply::empty(status).with_header("location", &target)).await;
        let client = client_with_credentials(&origin.url()).build().unwrap();
        let error = link().send(&client).await.unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        let location = error.headers().and_then(|h| h.get("location")).unwrap();
        assert_eq!(location, target.as_str());
        assert_eq!(origin.received().len(), 1);
        assert_error_shows_no_secret(&error);
    }
    assert!(elsewhere.received().is_empty(), "{:#?}", elsewhere.received());
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed_without_a_referer() {
    let server = Server::start(|received| match received.target.starts_with("/users/") {
        true => Reply::empty(308).with_header("location", "/moved?x=1"),
        false => Reply::empty(204),
    })
    .await;
    let client = client_with_credentials(&server.url()).build().unwrap();
    link().send(&client).await.unwrap();
    let received = server.received();
    assert_eq!(received.len(), 2);
    let (first, moved) = (&received[0], &received[1]);
    assert_eq!((moved.method.as_str(), moved.target.as_str()), ("POST", "/moved?x=1"));
    // The same origin gets the same request: credentials, secrets and body.
    assert_eq!(moved.body, first.body);
    assert_eq!(moved.header("x-link-key"), Some(KEY));
    assert_eq!(moved.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert!(received.iter().all(|r| r.header("referer").is_none()), "{received:#?}");

    // A 302 turns a POST into a GET: no body, no content type.
    let server = Server::start(|received| match received.method.as_str() {
        "POST" => Reply::empty(302).with_header("location", "/after"),
        _ => Reply::empty(204),
    })
    .await;
    link().send(&client_with_credentials(&server.url()).build().unwrap()).await.unwrap();
    let after = &server.received()[1];
    assert_eq!((after.method.as_str(), after.target.as_str()), ("GET", "/after"));
    assert!(after.body.is_empty() && after.header("content-type").is_none(), "{after:#?}");
}

#[endpoint(GET, "/files/<name>", response = Bytes)]
struct Download {
    name: String,
    #[secret]
    #[header("X-Link-Key")]
    key: String,
    #[header("X-Request-Id")]
    request_id: String,
}

#[tokio::test]
async fn any_origin_goes_across_without_credentials_secrets_or_body() {
    let cdn = Server::replying(Reply::bytes(200, "file contents")).await;
    let target = format!("{}/blob/1", cdn.url());
    let origin = Server::replying(Reply::empty(302).with_header("location", &target)).await;
    let client = client_with_credentials(&origin.url())
        .header("Cookie", "session=abc")
        .redirects(RedirectPolicy::any_origin())
        .build()
        .unwrap();
    let download = Download { name: "a.bin".into(), key: KEY.into(), request_id: "r-1".into() };
    assert_eq!(download.send(&client).await.unwrap(), "file contents");
    let across = cdn.single();
    for sensitive in ["authorization", "x-default-key", "x-link-key", "cookie", "referer"] {
        assert!(across.header(sensitive).is_none(), "{sensitive} went across: {across:#?}");
    }
    assert_eq!(across.header("x-request-id"), Some("r-1"));
    assert_eq!(across.header("accept-language"), Some("en"));

    // A body is never sent across: a 307 of a POST stays unfollowed.
    let origin = Server::replying(Reply::empty(307).with_header("location", &target)).await;
    let client = client_with_credentials(&origin.url())
        .redirects(RedirectPolicy::any_origin())
        .build()
        .unwrap();
    let error = link().send(&client).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307));
    assert_eq!(cdn.received().len(), 1);
}

// 4. The size of an answer.

#[endpoint(GET, "/export", response = Bytes)]
struct Export {}

#[endpoint(GET, "/export", response = ())]
struct ExportIgnored {}

#[tokio::test]
async fn an_answer_over_the_cap_is_an_error_that_keeps_its_start() {
    let body: Bytes = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let server = Server::replying(Reply::bytes(200, body.clone())).await;
    let client = Client::builder(server.url()).max_response_size(100_000).build().unwrap();
    let error = Export {}.send(&client).await.unwrap_err();
    assert!(error.is_too_large(), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert_eq!(error.body(), Some(&body[..64 * 1024]));
    assert!(error.to_string().contains("larger than the limit of 100000 bytes"), "{error}");

    // A failure's body counts the same, and keeps its status.
    let server = Server::replying(Reply::bytes(500, body.clone())).await;
    let client = Client::builder(server.url()).max_response_size(100_000).build().unwrap();
    let error = Export {}.send(&client).await.unwrap_err();
    assert!(error.is_too_large() && error.status().map(|s| s.as_u16()) == Some(500));

    // Per call, either way.
    let small = CallOptions::new().max_response_size(10);
    assert!(Export {}.send_with(&client, small).await.unwrap_err().is_too_large());
    let large = CallOptions::new().max_response_size(1_000_000);
    let server = Server::replying(Reply::bytes(200, body.clone())).await;
    let client = Client::builder(server.url()).max_response_size(10).build().unwrap();
    assert_eq!(Export {}.send_with(&client, large).await.unwrap(), body);
}

#[tokio::test]
async fn a_body_without_a_length_is_cut_at_the_cap_and_an_ignored_one_is_not_kept() {
    // 64 chunks of 1 KiB, no Content-Length.
    let chunked = || {
        RawServer::serve(|_, mut stream| async move {
            let head = "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
            let _ = stream.write_all(head.as_bytes()).await;
            for _ in 0..64 {
                let chunk = format!("400\r\n{}\r\n", "x".repeat(1024));
                if stream.write_all(chunk.as_bytes()).await.is_err() {
                    return;
                }
            }
            let _ = stream.write_all(b"0\r\n\r\n").await;
        })
    };
    let server = chunked().await;
    let client = Client::builder(server.url()).max_response_size(10_000).build().unwrap();
    let error = Export {}.send(&client).await.unwrap_err();
    assert!(error.is_too_large(), "{error:?}");
    let start = error.body().unwrap();
    assert!(start.len() > 10_000 && start.iter().all(|&b| b == b'x'), "{}", start.len());

    // `response = ()`: read and dropped, whatever its size.
    let server = chunked().await;
    let client = Client::builder(server.url()).max_response_size(10_000).build().unwrap();
    ExportIgnored {}.send(&client).await.unwrap();
}

// 5. Timeouts.

/// Sends the head of an answer whose body never comes, then a byte a second.
async fn trickle_body(mut stream: TcpStream) {
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n";
    let _ = stream.write_all(head.as_bytes()).await;
    trickle(stream, b" ".repeat(1000)).await;
}

/// Writes `bytes` one a second.
async fn trickle(mut stream: TcpStream, bytes: Vec<u8>) {
    for byte in bytes {
        if stream.write_all(&[byte]).await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// The defaults alone end a silent or trickling server within about a minute,
/// for both clients alike.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_timeouts_end_a_silent_or_trickling_server() {
    let silent = RawServer::serve(|_, stream| hold(stream)).await;
    let trickling_body = RawServer::serve(|_, stream| trickle_body(stream)).await;
    let trickling_head = RawServer::serve(|_, stream| {
        trickle(stream, b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}".to_vec())
    })
    .await;
    let check = |what: &str, elapsed: Duration, error: Error| {
        assert!(error.is_timeout(), "{what}: {error:?}");
        // The default read timeout is 20 s; a POST is sent once.
        assert!(elapsed >= Duration::from_secs(19), "{what}: {elapsed:?}");
        assert!(elapsed < Duration::from_secs(30), "{what}: {elapsed:?}");
    };
    let mut blocking = Vec::new();
    for url in [silent.url(), trickling_head.url()] {
        blocking.push(tokio::task::spawn_blocking(move || {
            let client = restpoint::BlockingClient::new(&url).unwrap();
            let started = Instant::now();
            let error = link().send_blocking(&client).unwrap_err();
            (started.elapsed(), error)
        }));
    }
    // Each timed on its own.
    let timed = |url: String| async move {
        let client = Client::new(&url).unwrap();
        let started = Instant::now();
        let error = link().send(&client).await.unwrap_err();
        (started.elapsed(), error)
    };
    let (a, b, c) =
        tokio::join!(timed(silent.url()), timed(trickling_body.url()), timed(trickling_head.url()));
    check("async, silent", a.0, a.1);
    check("async, trickling body", b.0, b.1);
    check("async, trickling head", c.0, c.1);
    for (what, task) in ["blocking, silent", "blocking, trickling head"].into_iter().zip(blocking) {
        let (elapsed, error) = task.await.unwrap();
        check(what, elapsed, error);
    }
}

#[tokio::test]
async fn a_silent_server_ends_the_whole_call_retries_included() {
    let silent = RawServer::serve(|_, stream| hold(stream)).await;
    let client = Client::builder(silent.url())
        .read_timeout(Duration::from_millis(300))
        .retry(RetryPolicy::new().backoff(Duration::from_millis(10), Duration::from_millis(20)))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = thing().send(&client).await.unwrap_err();
    assert!(error.is_timeout() && error.attempts() == 3, "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    assert_eq!(silent.seen(), 3);
}

#[tokio::test]
async fn a_download_that_keeps_flowing_is_not_cut() {
    // 2 KiB every 100 ms for 1.5 s, with a read timeout of 400 ms.
    let server = RawServer::serve(|_, mut stream| async move {
        let head = "HTTP/1.1 200 OK\r\ncontent-length: 30720\r\n\r\n";
        let _ = stream.write_all(head.as_bytes()).await;
        for _ in 0..15 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let _ = stream.write_all(&[b'd'; 2048]).await;
        }
    })
    .await;
    let client =
        Client::builder(server.url()).read_timeout(Duration::from_millis(400)).build().unwrap();
    let started = Instant::now();
    let body = Export {}.send(&client).await.unwrap();
    assert_eq!(body.len(), 30720);
    assert!(started.elapsed() > Duration::from_millis(1400));
}

// 6. Credentials in the base URL.

#[tokio::test]
async fn credentials_in_the_base_url_are_sent_as_basic_and_never_shown() {
    let server = Server::replying(Reply::json(200, "{}")).await;
    let url = server.url().replace("http://", &format!("http://alice:{PASSWORD}@"));
    let client = Client::new(&url).unwrap();
    thing().send(&client).await.unwrap();
    // base64("alice:PW-secret-42")
    assert_eq!(server.single().header("authorization"), Some("Basic YWxpY2U6UFctc2VjcmV0LTQy"));
    assert_eq!(client.base_url(), server.url());
    assert_no_secret("the client's Debug", &format!("{client:?}"));
    assert_no_secret("to_curl", &client.to_curl(&thing()));
    assert!(client.to_curl(&thing()).contains("'authorization: ***'"));

    let refused = refused_url().await.replace("http://", &format!("http://alice:{PASSWORD}@"));
    let error = thing().send(&Client::new(&refused).unwrap()).await.unwrap_err();
    assert_error_shows_no_secret(&error);
    let error = Client::new(format!("http://alice:{PASSWORD}@h:99999/")).unwrap_err();
    assert_error_shows_no_secret(&error);
    let error = Client::new(format!("ftp://alice:{PASSWORD}@h/")).unwrap_err();
    assert_error_shows_no_secret(&error);
}

// 7. Every place a secret can hide.

#[endpoint(POST, "/upload", body = multipart, response = ())]
struct Upload {
    #[secret]
    token: String,
    users: File,
}

fn shout<S: serde::Serializer>(value: &str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&value.to_uppercase())
}

#[endpoint(POST, "/pin", response = ())]
#[derive(Debug)]
struct SetPin {
    #[secret]
    #[serde(serialize_with = "shout", rename = "PIN")]
    pin: String,
    user: String,
}

#[endpoint(PUT, "/raw", response = ())]
struct PutRaw {
    #[secret]
    #[body(content_type = "text/plain")]
    text: String,
}

#[tokio::test]
async fn no_rendering_shows_a_secret_wherever_it_is_declared() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::builder(server.url())
        .header("Authorization", &format!("Basic {TOKEN}"))
        .header("X-Api-Key", KEY)
        .header("Cookie", &format!("session={CODE}"))
        .build()
        .unwrap();
    assert_no_secret("the client's Debug", &format!("{client:?}"));

    let upload = Upload { token: JWT.into(), users: File::new("u.json", "application/json", "[]") };
    let curl = client.to_curl(&upload);
    assert_no_secret("a multipart to_curl", &curl);
    assert!(curl.contains("***"), "{curl}");
    upload.send(&client).await.unwrap();
    assert!(server.received()[0].body_text().contains(JWT));

    let pin = SetPin { pin: PASSWORD.to_lowercase(), user: "u".into() };
    let (lower, upper) = (PASSWORD.to_lowercase(), PASSWORD.to_uppercase());
    for (what, text) in [("to_curl", client.to_curl(&pin)), ("Debug", format!("{pin:?}"))] {
        assert!(!text.contains(&lower) && !text.contains(&upper), "{what}: {text}");
    }
    assert!(client.to_curl(&pin).contains(r#"{"PIN":"***","user":"u"}"#));
    pin.send(&client).await.unwrap();
    // The field's own serializer ran for the server.
    assert_eq!(server.received()[1].body_text(), format!(r#"{{"PIN":"{upper}","user":"u"}}"#));

    let raw = PutRaw { text: PASSWORD.into() };
    let curl = client.to_curl(&raw);
    assert_no_secret("a raw body to_curl", &curl);
    raw.send(&client).await.unwrap();
    assert_eq!(server.received()[2].body_text(), PASSWORD);
    for header in ["authorization", "x-api-key", "cookie"] {
        assert!(curl.contains(&format!("'{header}: ***'")), "{curl}");
    }
}

#[tokio::test]
async fn an_error_shows_no_sensitive_header_of_the_answer() {
    let reply = Reply::json(401, "{}").with_header("set-cookie", &format!("session={CODE}"));
    let server = Server::replying(reply).await;
    let error = thing().send(&Client::new(server.url()).unwrap()).await.unwrap_err();
    assert_no_secret("the error's Debug", &format!("{error:?}"));
    // Kept all the same, for the caller to read.
    let cookie = error.headers().unwrap().get("set-cookie").unwrap();
    assert!(cookie.to_str().unwrap().contains(CODE));
}

// 8. Multipart content types.

#[tokio::test]
async fn a_content_type_cannot_add_parts_to_a_multipart_body() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let injected = "text/csv\r\n\r\ninjected\r\n--boundary\r\nContent-Disposition: form-data";
    let upload = Upload { token: "t".into(), users: File::new("u.csv", injected, "a,b") };
    let error = upload.send(&client).await.unwrap_err();
    assert!(matches!(error, Error::Request { .. }), "{error:?}");
    assert!(error.to_string().contains("content type"), "{error}");
    assert!(server.received().is_empty());
}

// 9. The blocking client inside an async runtime.

#[tokio::test]
async fn the_blocking_client_works_inside_a_current_thread_runtime() {
    // The server runs on a runtime of its own: this one blocks while sending.
    let (url, _server) = server_on_its_own_thread();
    let client = restpoint::BlockingClient::new(&url).unwrap();
    let answer = thing().send_blocking(&client).unwrap();
    assert_eq!(answer, serde_json::json!({"ok": true}));
    let clone = client.clone();
    drop(client);
    drop(clone);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_blocking_client_works_inside_spawn_blocking_and_a_multi_thread_runtime() {
    let server = Server::replying(Reply::json(200, r#"{"ok":true}"#)).await;
    let url = server.url();
    let client = restpoint::BlockingClient::new(&url).unwrap();
    let in_task = thing().send_blocking(&client).unwrap();
    let in_blocking = tokio::task::spawn_blocking(move || {
        let answer = thing().send_blocking(&client);
        drop(client);
        answer
    })
    .await
    .unwrap()
    .unwrap();
    assert_eq!(in_task, in_blocking);
    assert_eq!(server.received().len(), 2);
}

/// A server on a thread and runtime of its own; it stops when the sender drops.
fn server_on_its_own_thread() -> (String, std::sync::mpsc::Sender<()>) {
    let (url_tx, url_rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let server = Server::replying(Reply::json(200, r#"{"ok":true}"#)).await;
            url_tx.send(server.url()).unwrap();
            let _ = tokio::task::spawn_blocking(move || stop_rx.recv()).await;
        });
    });
    (url_rx.recv().unwrap(), stop_tx)
}

// 10. Waits that are no waits.

#[tokio::test]
async fn a_wait_in_the_past_or_a_reset_as_a_delay_still_waits() {
    let policy = RetryPolicy::new().backoff(Duration::from_millis(200), Duration::from_secs(1));
    let past = "Tue, 25 Nov 2025 04:00:10 GMT";
    let server = Server::start(move |_| Reply::empty(503).with_header("retry-after", past)).await;
    let client = Client::builder(server.url()).retry(policy.clone()).build().unwrap();
    let error = thing().send(&client).await.unwrap_err();
    assert_eq!(error.attempts(), 3);
    let received = server.received();
    for pair in received.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(gap >= Duration::from_millis(100), "retried after {gap:?}");
    }

    // `x-ratelimit-reset: 1` is one second from now, not 1970.
    let server = Server::replying(Reply::empty(429).with_header("x-ratelimit-reset", "1")).await;
    let client = Client::builder(server.url()).retry(policy.max_retries(1)).build().unwrap();
    thing().send(&client).await.unwrap_err();
    let received = server.received();
    let gap = received[1].at - received[0].at;
    assert!(gap >= Duration::from_millis(900), "retried after {gap:?}");
}

#[tokio::test]
async fn only_a_retryable_answer_says_when_to_retry() {
    let reply = Reply::json(404, "{}")
        .with_header("x-ratelimit-remaining", "49")
        .with_header("x-ratelimit-reset", "29");
    let server = Server::replying(reply).await;
    let error = thing().send(&Client::new(server.url()).unwrap()).await.unwrap_err();
    assert_eq!(error.retry_at(), None);
    assert_eq!(error.rate_limit().and_then(|limit| limit.remaining), Some(49));
}

// 11. Declarations at the edges of the macro.

#[endpoint(POST, "/configured", response = ())]
struct Configured<'__c, '__r> {
    #[cfg(any())]
    never: String,
    #[cfg(not(any()))]
    always: &'__c str,
    #[cfg(any())]
    #[query]
    never_query: u32,
    #[cfg(not(any()))]
    #[header("X-Always")]
    always_header: &'__r str,
    #[cfg_attr(all(), serde(rename = "renamed"))]
    value: u8,
    __marker: u8,
}

#[tokio::test]
async fn cfg_fields_and_names_like_the_macros_own() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let configured = Configured { always: "yes", always_header: "h", value: 1, __marker: 7 };
    configured.send(&client).await.unwrap();
    let received = server.single();
    assert_eq!(received.target, "/configured");
    assert_eq!(received.header("x-always"), Some("h"));
    assert_eq!(received.body_text(), r#"{"always":"yes","renamed":1,"__marker":7}"#);
}
