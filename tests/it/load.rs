//! Many requests at once: 10,000 random path values each arrive as exactly one
//! segment that decodes to itself, and a bounded load test ends with no error.

use std::sync::Arc;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use restpoint::{Client, endpoint};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::support::{Reply, Server};

#[endpoint(GET, "/echo/<value>/end", response = ())]
struct Echo {
    value: String,
    #[header("X-Case")]
    case: usize,
}

/// Sends `requests` with at most `in_flight` at once; returns the errors.
async fn send_all(client: &Client, requests: Vec<Echo>, in_flight: usize) -> Vec<String> {
    let permits = Arc::new(Semaphore::new(in_flight));
    let mut tasks = JoinSet::new();
    for request in requests {
        let (client, permits) = (client.clone(), Arc::clone(&permits));
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await.map_err(|e| e.to_string())?;
            request.send(&client).await.map_err(|e| e.to_string())
        });
    }
    let mut errors = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok(Ok(())) => {}
            Ok(Err(error)) => errors.push(error),
            Err(panic) => errors.push(panic.to_string()),
        }
    }
    errors
}

/// Values of every kind: any Unicode, and strings dense in `/`, `%`, `.` and the
/// other characters that could change a route. Empty, `.` and `..` are refused
/// before any I/O (tested elsewhere), so they are not drawn.
fn path_values(count: usize) -> Vec<String> {
    let strategy = prop_oneof![
        any::<String>(),
        "[/%.?#&=+;:@ ~|\\\\a-zé東-]{1,12}",
        "(%[0-9A-Fa-f]{2}|\\.|/){1,6}",
    ]
    .prop_filter("a value that is one segment", |v| !matches!(v.as_str(), "" | "." | ".."));
    let mut runner = TestRunner::deterministic();
    (0..count)
        .filter_map(|_| strategy.new_tree(&mut runner).ok().map(|tree| tree.current()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_random_path_values_each_arrive_as_one_segment() {
    let values = path_values(10_000);
    assert_eq!(values.len(), 10_000);
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let requests =
        values.iter().enumerate().map(|(case, v)| Echo { value: v.clone(), case }).collect();

    let errors = send_all(&client, requests, 64).await;
    assert!(errors.is_empty(), "{} errors, the first: {}", errors.len(), errors[0]);

    let received = server.received();
    assert_eq!(received.len(), values.len());
    for request in received {
        let case: usize = request.header("x-case").unwrap().parse().unwrap();
        let segments: Vec<&str> = request.target.split('/').collect();
        assert_eq!(segments.len(), 4, "{:?} became {}", values[case], request.target);
        assert_eq!((segments[1], segments[3]), ("echo", "end"), "{}", request.target);
        let decoded = percent_encoding::percent_decode_str(segments[2]).decode_utf8().unwrap();
        assert_eq!(decoded, values[case], "{}", request.target);
    }
}

/// Run by `.ci/run` in release mode: `cargo test --release --test it -- --ignored`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a load test; .ci/run runs it in release mode"]
async fn ten_thousand_requests_256_in_flight_without_an_error() {
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    let requests = (0..10_000).map(|case| Echo { value: format!("user|{case}"), case }).collect();
    let start = std::time::Instant::now();
    let errors = send_all(&client, requests, 256).await;
    let elapsed = start.elapsed();
    assert!(errors.is_empty(), "{} errors, the first: {}", errors.len(), errors[0]);
    assert_eq!(server.received().len(), 10_000);
    println!(
        "10,000 requests, 256 in flight: {elapsed:?} ({:.0} requests/s)",
        10_000.0 / elapsed.as_secs_f64()
    );
}
