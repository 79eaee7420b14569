//! Streaming against hand-written reqwest, side by side in one run, on a loopback
//! server: downloading 1 GiB (restpoint's `stream` and `chunk` against reqwest's
//! `bytes_stream`), and the time to the first server-sent event (restpoint's
//! `events`, with its own bounded parser, against reqwest's `bytes_stream` with the
//! `eventsource-stream` parser, as one would write it by hand). Rounds alternate the two sides; the figures are ratios per round, with
//! their spread.
//!
//! `cargo bench --bench streaming` (`STREAMING_ROUNDS=n` to change the rounds);
//! `BENCHMARKS.md` has the figures.

use std::time::{Duration, Instant};

use eventsource_stream::Eventsource;
use futures_util::StreamExt;
use restpoint::{Client, endpoint};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const GIB: u64 = 1024 * 1024 * 1024;
const CHUNK: usize = 64 * 1024;

#[endpoint(GET, "/gib")]
struct Download {}

#[endpoint(GET, "/sse")]
struct Events {}

async fn serve(mut stream: TcpStream) {
    let mut buffer = vec![0u8; 4096];
    loop {
        let mut head = Vec::new();
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(n) => head.extend_from_slice(&buffer[..n]),
            }
        }
        let written = if head.starts_with(b"GET /gib") {
            gibibyte(&mut stream).await
        } else {
            let event = b"data: {\"delta\":\"Hello\"}\n\n";
            let mut answer =
                b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
                    .to_vec();
            answer.extend_from_slice(format!("{:x}\r\n", event.len()).as_bytes());
            answer.extend_from_slice(event);
            answer.extend_from_slice(b"\r\n0\r\n\r\n");
            stream.write_all(&answer).await
        };
        if written.is_err() {
            return;
        }
    }
}

async fn gibibyte(stream: &mut TcpStream) -> std::io::Result<()> {
    stream.write_all(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n").await?;
    let mut framed = format!("{CHUNK:x}\r\n").into_bytes();
    framed.extend_from_slice(&vec![b'x'; CHUNK]);
    framed.extend_from_slice(b"\r\n");
    for _ in 0..GIB / CHUNK as u64 {
        stream.write_all(&framed).await?;
    }
    stream.write_all(b"0\r\n\r\n").await
}

/// Median, smallest and largest of `values`.
fn spread(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (values[values.len() / 2], values[0], values[values.len() - 1])
}

fn main() {
    let rounds: usize =
        std::env::var("STREAMING_ROUNDS").ok().and_then(|n| n.parse().ok()).unwrap_or(8);
    // The server on a runtime of its own, on its own threads.
    let server = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build();
    let server = server.expect("a runtime");
    let listener = server.block_on(TcpListener::bind("127.0.0.1:0")).expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("an address"));
    server.spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve(stream));
        }
    });

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
    let runtime = runtime.expect("a runtime");
    let http = reqwest::Client::new();
    let client = Client::builder(&base).reqwest_client(http.clone()).build().expect("a client");

    runtime.block_on(async {
        let restpoint_download = || async {
            let started = Instant::now();
            let mut download = Download {}.stream(&client).await.expect("an answer");
            let mut read = 0u64;
            while let Some(chunk) = download.chunk().await.expect("a chunk") {
                read += chunk.len() as u64;
            }
            assert_eq!(read, GIB);
            started.elapsed()
        };
        let reqwest_download = || async {
            let started = Instant::now();
            let response = http.get(format!("{base}/gib")).send().await.expect("an answer");
            let mut body = response.error_for_status().expect("a 200").bytes_stream();
            let mut read = 0u64;
            while let Some(chunk) = body.next().await {
                read += chunk.expect("a chunk").len() as u64;
            }
            assert_eq!(read, GIB);
            started.elapsed()
        };
        let mut ratios = Vec::new();
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for round in 0..rounds + 1 {
            let (a, b) = if round % 2 == 0 {
                let a = restpoint_download().await;
                (a, reqwest_download().await)
            } else {
                let b = reqwest_download().await;
                (restpoint_download().await, b)
            };
            // The first round warms the connections up.
            if round > 0 {
                let gib_per_s = |d: Duration| 1.0 / d.as_secs_f64();
                ours.push(gib_per_s(a));
                theirs.push(gib_per_s(b));
                ratios.push(b.as_secs_f64() / a.as_secs_f64());
            }
        }
        let (ratio, low, high) = spread(&mut ratios);
        let (ours, _, _) = spread(&mut ours);
        let (theirs, _, _) = spread(&mut theirs);
        println!(
            "download 1 GiB, {rounds} rounds: restpoint {ours:.2} GiB/s, reqwest {theirs:.2} GiB/s; \
             throughput ratio restpoint/reqwest median {ratio:.3} (min {low:.3}, max {high:.3})"
        );

        let restpoint_event = || async {
            let started = Instant::now();
            let answer = Events {}.stream(&client).await.expect("an answer");
            let mut events = answer.events();
            events.try_next().await.expect("an event").expect("one event");
            let first = started.elapsed();
            while events.try_next().await.expect("an event").is_some() {}
            first
        };
        let reqwest_event = || async {
            let started = Instant::now();
            let response = http.get(format!("{base}/sse")).send().await.expect("an answer");
            let mut events = response.error_for_status().expect("a 200").bytes_stream().eventsource();
            events.next().await.expect("one event").expect("an event");
            let first = started.elapsed();
            while events.next().await.is_some() {}
            first
        };
        let mut differences = Vec::new();
        for round in 0..2001 {
            let (a, b) = if round % 2 == 0 {
                let a = restpoint_event().await;
                (a, reqwest_event().await)
            } else {
                let b = reqwest_event().await;
                (restpoint_event().await, b)
            };
            if round > 0 {
                differences.push((a.as_secs_f64() - b.as_secs_f64()) * 1e6);
            }
        }
        let (median, low, high) = spread(&mut differences);
        let p90 = differences[differences.len() * 9 / 10];
        println!(
            "time to the first event, 2000 rounds: restpoint minus reqwest median {median:.1} µs \
             (p90 {p90:.1} µs, min {low:.1} µs, max {high:.1} µs)"
        );
    });
}
