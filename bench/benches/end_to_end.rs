//! End to end against a server in another process, the way users meet it: this
//! bench starts itself again as a hyper server (a process of its own, on its own
//! threads), and sends the seed request (`POST /api/v2/users/<id>/identities`, a
//! JSON answer of two identities) from a current-thread runtime, with restpoint
//! and by hand with reqwest (`reqwest::Client::new()`), 1 and 64 in flight. Rounds
//! alternate which side goes first; each figure is a ratio of throughputs per
//! round, reported as the median with its spread.
//!
//! restpoint is built as users build it, with its default features (this bench
//! is in a crate of its own for that).
//!
//! Many short rounds (101 of 2,048 requests a side by default): on a shared machine
//! a round swings by ±30 %, and the median of many short alternating rounds moves
//! less between runs than that of a few long ones. Beside the throughputs, the bench
//! gives the client thread's time on the CPU per request (Linux), which tells time
//! spent in the client from time spent waiting for the server.
//!
//! `cargo bench -p restpoint-bench --bench end_to_end` (`E2E_ROUNDS`, `E2E_REQUESTS` to change the
//! rounds and the requests per side and round; `E2E_ONLY` and `E2E_IN_FLIGHT` to run one
//! side and one of the two for a profiler; `E2E_HAND_READ_TIMEOUT=1` to give the
//! hand-written side the read timeout restpoint has by default); `BENCHMARKS.md` has
//! the figures.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use bytes::Bytes;
use restpoint::Client;

const SERVE: &str = "RESTPOINT_E2E_SERVE";

#[path = "../../benches/common/mod.rs"]
mod common;
use common::{IDENTITIES, TOKEN, link, link_by_hand};

async fn by_hand(http: &reqwest::Client, base: &str) -> Vec<common::Identity> {
    let response = link_by_hand(http, base, common::PRIMARY).send().await.expect("an answer");
    assert!(response.status().is_success(), "status {}", response.status());
    response.json().await.expect("two identities")
}

fn main() {
    if std::env::var_os(SERVE).is_some() {
        return serve();
    }
    let env = |key: &str, default: usize| {
        std::env::var(key).ok().and_then(|n| n.parse().ok()).unwrap_or(default)
    };
    let (rounds, requests) = (env("E2E_ROUNDS", 101), env("E2E_REQUESTS", 2048));
    let mut server = Server::start();
    let base = server.base.clone();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
    let runtime = runtime.expect("a runtime");
    // `E2E_HAND_READ_TIMEOUT=1`: the hand-written side with the read timeout that
    // restpoint sets by default (20 s), to compare like with like: a timer a request.
    let http = match std::env::var_os("E2E_HAND_READ_TIMEOUT") {
        Some(_) => reqwest::Client::builder().read_timeout(Duration::from_secs(20)).build(),
        None => Ok(reqwest::Client::new()),
    };
    let http = http.expect("a reqwest client");
    // `E2E_SAME_CLIENT=1`: restpoint sends through the hand-written side's
    // `reqwest::Client` too, to tell the client's configuration from restpoint's code.
    let builder = Client::builder(&base).bearer_auth(TOKEN);
    let builder = match std::env::var_os("E2E_SAME_CLIENT") {
        Some(_) => builder.reqwest_client(http.clone()),
        None => builder,
    };
    let client = builder.build().expect("a client");
    let request = link();
    // `E2E_IN_FLIGHT=1` (or `64`): one of the two, for a profiler.
    let only: Option<usize> = std::env::var("E2E_IN_FLIGHT").ok().and_then(|n| n.parse().ok());
    for in_flight in [1usize, 64].into_iter().filter(|n| only.is_none_or(|only| only == *n)) {
        let batches = requests / in_flight;
        let ours = || async {
            let started = Started::now();
            for _ in 0..batches {
                let sends = (0..in_flight).map(|_| request.send(&client));
                for identities in futures_util::future::join_all(sends).await {
                    assert_eq!(identities.expect("a 201").len(), 2);
                }
            }
            started.finish()
        };
        let theirs = || async {
            let started = Started::now();
            for _ in 0..batches {
                let sends = (0..in_flight).map(|_| by_hand(&http, &base));
                for identities in futures_util::future::join_all(sends).await {
                    assert_eq!(identities.len(), 2);
                }
            }
            started.finish()
        };
        let (mut ratios, mut rates) = (Vec::new(), (Vec::new(), Vec::new()));
        let mut on_cpu = (Vec::new(), Vec::new());
        // `E2E_ONLY=restpoint|reqwest`: one side alone, for a profiler.
        if let Ok(side) = std::env::var("E2E_ONLY") {
            runtime.block_on(async {
                for _ in 0..rounds {
                    match side.as_str() {
                        "restpoint" => ours().await,
                        _ => theirs().await,
                    };
                }
            });
            continue;
        }
        runtime.block_on(async {
            // A round to warm the connections and the server up.
            ours().await;
            theirs().await;
            for round in 0..rounds {
                let (a, b) = if round % 2 == 0 {
                    let a = ours().await;
                    (a, theirs().await)
                } else {
                    let b = theirs().await;
                    (ours().await, b)
                };
                let sent = (batches * in_flight) as f64;
                rates.0.push(sent / a.elapsed.as_secs_f64());
                rates.1.push(sent / b.elapsed.as_secs_f64());
                ratios.push(b.elapsed.as_secs_f64() / a.elapsed.as_secs_f64());
                if let (Some(a), Some(b)) = (a.on_cpu, b.on_cpu) {
                    on_cpu.0.push(a.as_secs_f64() * 1e6 / sent);
                    on_cpu.1.push(b.as_secs_f64() * 1e6 / sent);
                }
            }
        });
        let (ratio, low, high) = spread(&mut ratios);
        let (ours, _, _) = spread(&mut rates.0);
        let (theirs, _, _) = spread(&mut rates.1);
        println!(
            "{in_flight:>2} in flight, {rounds} rounds of {} requests a side: restpoint \
             {ours:.0} req/s, reqwest {theirs:.0} req/s; throughput ratio median {ratio:.3} \
             (min {low:.3}, max {high:.3})",
            batches * in_flight
        );
        if !on_cpu.0.is_empty() {
            let (ours, _, _) = spread(&mut on_cpu.0);
            let (theirs, _, _) = spread(&mut on_cpu.1);
            println!(
                "{in_flight:>2} in flight, the client thread on the CPU a request (median): \
                 restpoint {ours:.1} µs, reqwest {theirs:.1} µs"
            );
        }
    }
    server.stop();
}

/// One side's round: how long it took, and how long the client's thread was on
/// the CPU meanwhile (where the system tells it).
struct Timing {
    elapsed: Duration,
    on_cpu: Option<Duration>,
}

/// The start of a side's round.
struct Started {
    at: Instant,
    on_cpu: Option<Duration>,
}

impl Started {
    fn now() -> Started {
        Started { at: Instant::now(), on_cpu: thread_on_cpu() }
    }

    fn finish(self) -> Timing {
        let elapsed = self.at.elapsed();
        let on_cpu = self.on_cpu.zip(thread_on_cpu()).map(|(start, end)| end.saturating_sub(start));
        Timing { elapsed, on_cpu }
    }
}

/// The time this thread has run on a CPU, from Linux's `schedstat` (scheduler
/// statistics: the first field is nanoseconds on the CPU); `None` elsewhere.
fn thread_on_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Median, smallest and largest.
fn spread(values: &mut [f64]) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    (values[values.len() / 2], values[0], values[values.len() - 1])
}

/// This bench, started again as the server.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start() -> Server {
        let exe = std::env::current_exe().expect("this bench's path");
        let mut child = Command::new(exe)
            .env(SERVE, "1")
            .stdout(Stdio::piped())
            .spawn()
            .expect("the server process");
        let stdout = child.stdout.take().expect("its output");
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("its address");
        Server { child, base: format!("http://{}", line.trim()) }
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The server process: hyper on a multi-thread runtime, `201` and two identities
/// to every request; prints its address, then serves until killed.
fn serve() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build();
    let runtime = runtime.expect("a runtime");
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        println!("{}", listener.local_addr().expect("an address"));
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            tokio::spawn(async move {
                let service = hyper::service::service_fn(|_request| async {
                    let mut response = http::Response::new(http_body_util::Full::new(
                        Bytes::from_static(IDENTITIES.as_bytes()),
                    ));
                    *response.status_mut() = http::StatusCode::CREATED;
                    response
                        .headers_mut()
                        .insert("content-type", http::HeaderValue::from_static("application/json"));
                    Ok::<_, std::convert::Infallible>(response)
                });
                let io = hyper_util::rt::TokioIo::new(stream);
                let _ =
                    hyper::server::conn::http1::Builder::new().serve_connection(io, service).await;
            });
        }
    });
}
