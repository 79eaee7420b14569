//! The crate against an independent validator: Stoplight Prism, started as a
//! validating mock of Auth0's description, is sent every operation once, with
//! the values of `samples` (made by the importer from the description). Prism
//! must accept every request (a `400` or `422` is its validator refusing one)
//! and every answer must decode into the operation's response type.
//!
//! It needs Prism: `npm ci` at the repository's root installs it (`.ci/run`
//! does), or `PRISM=/path/to/prism`. Run with
//! `cargo test -p restpoint-auth0 --test prism -- --ignored --nocapture`.

// As the importer made it (`--samples`).
#[rustfmt::skip]
mod samples;

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Prism, running until dropped.
struct Prism {
    child: Child,
    port: u16,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn prism_command() -> PathBuf {
    if let Some(prism) = std::env::var_os("PRISM") {
        return prism.into();
    }
    let installed = repository().join("node_modules/.bin/prism");
    assert!(
        installed.exists(),
        "Prism is not installed: run `npm ci` at the repository's root (it installs \
         @stoplight/prism-cli), or set PRISM to its command"
    );
    installed
}

fn start_prism(description: &Path) -> Prism {
    // A free port on loopback: bound, read, and let go for Prism to take.
    let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new(prism_command())
        // Answers made from the schemas, not from the description's examples (some
        // of which its own schemas refuse): the types are checked against the
        // schemas. Seeded, so that a run is repeatable; `PRISM_SEED` tries others.
        .args(["mock", "--host", "127.0.0.1", "--port", &port.to_string(), "--dynamic"])
        .args(["--seed", &std::env::var("PRISM_SEED").unwrap_or_else(|_| "restpoint".into())])
        .arg(description)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Prism starts");
    let prism = Prism { child, port };
    let started = Instant::now();
    while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
        assert!(started.elapsed() < Duration::from_secs(120), "Prism did not listen in 120 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    prism
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Stoplight Prism (`npm ci` at the repository's root); run by .ci/run"]
async fn prism_accepts_every_request_and_every_answer_decodes() {
    let description = repository().join("import/tests/data/auth0-management-api.openapi.yaml");
    let prism = start_prism(&description);
    let client = restpoint::Client::builder(format!("http://127.0.0.1:{}", prism.port))
        .bearer_auth("a-token")
        .build()
        .expect("a client");
    let (mut accepted, mut decoded, mut failures) = (0, 0, Vec::new());
    samples::send_every_operation(&client, |operation, outcome| match outcome {
        Ok(()) => {
            accepted += 1;
            decoded += 1;
        }
        Err(error) => {
            // Prism's validator says why in `sl-violations`, with a `400` (where
            // the description declares one) or a `422`.
            let violations = error
                .headers()
                .and_then(|headers| headers.get("sl-violations"))
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let answered = error.status().is_some_and(|status| status.is_success());
            if answered || (error.status().is_some() && violations.is_empty()) {
                accepted += 1;
            }
            let body = error.body().map(String::from_utf8_lossy).unwrap_or_default();
            failures.push(format!("{operation}: {error}\n{violations}\n{body:.400}"));
        }
    })
    .await;
    for failure in &failures {
        eprintln!("{failure}");
    }
    let total = samples::OPERATIONS;
    println!("requests accepted {accepted}/{total}, answers decoded {decoded}/{total}");
    assert_eq!((accepted, decoded), (total, total), "{} failed", failures.len());
}
