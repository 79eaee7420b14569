//! The network as a client sends through it: by default straight through hyper's
//! pooled client, and through reqwest for a `reqwest::Client` of one's own or a
//! proxy named in the environment. The same request goes on the wire either way;
//! TLS verifies the server against the platform's roots; a proxy in the
//! environment carries the requests.
//!
//! What the environment decides is read when a client is built, and a test must
//! not change its own process's environment (the other tests run beside it): the
//! tests that need one run a `child_*` test of this file in a process of their
//! own, with the variables set.

use std::convert::Infallible;
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use restpoint::{Client, RetryPolicy, endpoint};
use serde::Deserialize;
use tokio::net::TcpListener;
use tokio_rustls::rustls;

use crate::support::{Reply, Server};

#[derive(Debug, Deserialize)]
pub struct Created {
    pub id: u64,
}

/// Creates a widget.
#[endpoint(POST, "/widgets/<shelf>", response = Created)]
pub struct CreateWidget {
    pub shelf: String,
    #[query]
    pub dry_run: Option<bool>,
    pub name: String,
}

/// Lists nothing, with no body.
#[endpoint(GET, "/ping", response = ())]
pub struct Ping {}

/// Removes a widget: a body-less `DELETE`.
#[endpoint(DELETE, "/widgets/<id>", response = ())]
pub struct RemoveWidget {
    pub id: u64,
}

/// The headers a server received, sorted, `name: value` each.
fn headers_of(received: &crate::support::Received) -> Vec<String> {
    let mut headers: Vec<String> = received
        .headers
        .iter()
        .map(|(name, value)| format!("{name}: {}", value.to_str().unwrap_or("<bytes>")))
        .collect();
    headers.sort();
    headers
}

#[tokio::test]
async fn the_default_network_puts_on_the_wire_what_reqwest_does() {
    let server = Server::start(|request| match request.method.as_str() {
        "POST" => Reply::json(201, r#"{"id":7}"#),
        _ => Reply::empty(204),
    })
    .await;
    let direct = Client::builder(server.url()).bearer_auth("tok-1").build().unwrap();
    // What restpoint's client was before it sent straight through hyper.
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .referer(false)
        .build()
        .unwrap();
    let reqwest = Client::builder(server.url()).bearer_auth("tok-1").reqwest_client(http);
    let reqwest = reqwest.build().unwrap();

    for client in [&direct, &reqwest] {
        let create = CreateWidget { shelf: "a b".into(), dry_run: Some(true), name: "bolt".into() };
        assert_eq!(create.send(client).await.unwrap().id, 7);
        Ping {}.send(client).await.unwrap();
        RemoveWidget { id: 9 }.send(client).await.unwrap();
    }

    let received = server.received();
    assert_eq!(received.len(), 6);
    let (direct, reqwest) = received.split_at(3);
    for (direct, reqwest) in direct.iter().zip(reqwest) {
        assert_eq!(direct.method, reqwest.method);
        assert_eq!(direct.target, reqwest.target);
        assert_eq!(headers_of(direct), headers_of(reqwest), "{} {}", direct.method, direct.target);
        assert_eq!(direct.body, reqwest.body);
    }
    let create = &received[0];
    assert_eq!(create.target, "/widgets/a%20b?dry_run=true");
    assert_eq!(create.header("accept"), Some("*/*"));
    assert_eq!(create.header("host"), Some(server.url().trim_start_matches("http://")));
    assert_eq!(create.header("content-length"), Some("15"));
    assert_eq!(create.body_text(), r#"{"name":"bolt"}"#);
}

/// A server on 127.0.0.1 that speaks TLS with the certificate in `tls/`
/// (for `localhost` and `127.0.0.1`, issued by `tls/ca.pem`, a test CA that no
/// platform trusts), answers `200 {}` to every request and keeps their targets.
struct TlsServer {
    port: u16,
    targets: Arc<Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
}

fn tls_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/it/tls").join(name)
}

impl TlsServer {
    async fn start() -> TlsServer {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};

        let chain = CertificateDer::pem_file_iter(tls_file("server.pem")).unwrap();
        let chain = chain.collect::<Result<Vec<_>, _>>().unwrap();
        let key = PrivateKeyDer::from_pem_file(tls_file("server.key")).unwrap();
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let targets = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&targets);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let (acceptor, log) = (acceptor.clone(), Arc::clone(&log));
                tokio::spawn(async move {
                    // A client that refuses the certificate ends the handshake.
                    let Ok(stream) = acceptor.accept(stream).await else { return };
                    let service = service_fn(move |request: http::Request<_>| {
                        let log = Arc::clone(&log);
                        async move {
                            let target = request.uri().to_string();
                            log.lock().unwrap_or_else(PoisonError::into_inner).push(target);
                            let body = Full::new(Bytes::from_static(b"{}"));
                            Ok::<_, Infallible>(http::Response::new(body))
                        }
                    });
                    let _ =
                        http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                });
            }
        });
        TlsServer { port, targets, task }
    }

    fn targets(&self) -> Vec<String> {
        self.targets.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[tokio::test]
async fn tls_refuses_a_server_no_root_vouches_for() {
    let server = TlsServer::start().await;
    let client = Client::new(format!("https://localhost:{}", server.port)).unwrap();

    let error = Ping {}.send(&client).await.unwrap_err();

    assert!(matches!(error, restpoint::Error::Transport { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("invalid peer certificate: UnknownIssuer"), "{message}");
    assert!(server.targets().is_empty(), "nothing is sent over a refused connection");
}

#[tokio::test]
async fn the_connect_timeout_counts_the_tls_handshake() {
    // A server that takes connections and never answers the TLS handshake.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            open.push(stream);
        }
    });
    let client = Client::builder(format!("https://localhost:{port}"))
        .connect_timeout(Duration::from_millis(300))
        .read_timeout(Duration::from_secs(30))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();

    let started = Instant::now();
    let error = Ping {}.send(&client).await.unwrap_err();

    assert!(error.is_timeout(), "{error:?}");
    assert!(
        error.to_string().contains("no connection within 300ms (the connect timeout)"),
        "{error}"
    );
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
    held.abort();
}

/// Runs this file's test `name` in a process of its own, with `env` set; fails
/// unless it ran and passed.
async fn in_a_child(name: &'static str, env: &[(&str, &str)]) {
    let env: Vec<(String, String)> =
        env.iter().map(|(name, value)| (name.to_string(), value.to_string())).collect();
    // Waited for on a thread of its own: the servers run on this test's runtime.
    tokio::task::spawn_blocking(move || run_child(name, env)).await.unwrap()
}

fn run_child(name: &str, env: Vec<(String, String)>) {
    let this = std::env::current_exe().unwrap();
    let test = format!("network::{name}");
    let mut child = Command::new(this);
    child.args([test.as_str(), "--exact", "--ignored", "--nocapture", "--test-threads=1"]);
    // Nothing of the parent's environment decides for the child.
    for name in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]
    {
        child.env_remove(name);
    }
    child.env(CHILD, "1").envs(env);
    let output = child.output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    let errors = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{name} failed:\n{text}\n{errors}");
    assert!(text.contains("test result: ok. 1 passed"), "{name} did not run:\n{text}");
}

/// Set for a `child_*` test run by its parent; without it the child returns at
/// once (as it does in a plain `cargo test -- --ignored`).
const CHILD: &str = "RESTPOINT_NETWORK_CHILD";
/// The URL a child sends its one request to.
const CHILD_URL: &str = "RESTPOINT_NETWORK_CHILD_URL";

/// The child half of the tests below: sends `GET /ping` to `CHILD_URL` with a
/// client made in this process's environment.
#[tokio::test]
#[ignore = "the child half of a test below, run by it in a process of its own"]
async fn child_sends_one_ping() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let url = std::env::var(CHILD_URL).unwrap();
    let client = Client::new(url).unwrap();
    Ping {}.send(&client).await.unwrap();
}

#[tokio::test]
async fn tls_trusts_the_roots_the_platform_is_told_of() {
    let server = TlsServer::start().await;
    let ca = tls_file("ca.pem");
    let url = format!("https://localhost:{}", server.port);

    // `SSL_CERT_FILE`: the roots of the platform's verifier on Linux.
    let env = [("SSL_CERT_FILE", ca.to_str().unwrap()), (CHILD_URL, url.as_str())];
    in_a_child("child_sends_one_ping", &env).await;

    assert_eq!(server.targets(), ["/ping"]);
}

#[tokio::test]
async fn a_proxy_in_the_environment_carries_the_requests() {
    let proxy = Server::replying(Reply::empty(204)).await;
    let proxy_url = proxy.url();

    let env = [("HTTP_PROXY", proxy_url.as_str()), (CHILD_URL, "http://api.invalid:8080")];
    in_a_child("child_sends_one_ping", &env).await;

    // Sent to the proxy, in the absolute form a proxy is asked in.
    let received = proxy.single();
    assert_eq!(received.target, "http://api.invalid:8080/ping");
    assert_eq!(received.header("host"), Some("api.invalid:8080"));
}

#[tokio::test]
async fn no_proxy_sends_past_the_proxy_in_the_environment() {
    let proxy = Server::replying(Reply::empty(204)).await;
    let server = Server::replying(Reply::empty(204)).await;
    let (proxy_url, url) = (proxy.url(), server.url());

    let env =
        [("HTTP_PROXY", proxy_url.as_str()), ("NO_PROXY", "127.0.0.1"), (CHILD_URL, url.as_str())];
    in_a_child("child_sends_one_ping", &env).await;

    assert!(proxy.received().is_empty());
    assert_eq!(server.single().target, "/ping");
}
