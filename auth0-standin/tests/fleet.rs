//! A fleet against one tenant: the stand-in in its own process (a tenant-wide
//! limit of `LIMIT` calls a second, tokens that live 2 s), a real `redis-server`,
//! and 8 worker processes (this binary again, in its worker's role) making
//! 250 calls each, all at once. Side by side: each process on its own (its share
//! of the limit, its own tokens), and the fleet sharing tokens and budget through
//! Redis; then the same with Redis killed after a third of the calls and started
//! again after two thirds. Run by `.ci/run`:
//!
//! `cargo test --release -p restpoint-auth0-standin --test fleet -- --ignored --nocapture`
//!
//! The binary has no test harness (`harness = false`): it is the fleet's
//! measure when asked with `--ignored`, a worker of it when started by it (with
//! `FLEET_STANDIN` set), and nothing otherwise, so that a plain `cargo test`
//! neither runs a fleet nor shows a worker as a test.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use auth0_standin::{CLIENT_ID, CLIENT_SECRET, PRIMARY_USER_ID};
use restpoint::auth::{ClientCredentials, RedisStore};
use restpoint::{Client, RateBudget, endpoint};
use support::{Process, Redis};

const WORKERS: usize = 8;
const CALLS: usize = 250;
/// The tenant's limit, calls a second.
const LIMIT: u32 = 200;
/// The fleet's budget: a little under the tenant's limit.
const BUDGET: u32 = LIMIT * 95 / 100;
const TOKEN_LIFE: Duration = Duration::from_secs(2);

#[endpoint(GET, "/api/v2/users/<id>")]
struct GetUser {
    id: String,
}

/// The stand-in, in its own process: its base URL, and the process.
fn standin() -> (String, Process) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_restpoint-auth0-standin"))
        .args(["--rate-limit", &LIMIT.to_string()])
        .args(["--token-lifetime-ms", &TOKEN_LIFE.as_millis().to_string()])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the stand-in starts");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("its output");
    BufReader::new(stdout).read_line(&mut line).expect("its base URL");
    (line.trim().to_owned(), Process(child))
}

/// What the stand-in counted.
fn stats(base: &str) -> serde_json::Value {
    // One runtime for every look, every 50 ms of a run.
    static RUNTIME: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    let runtime = RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
    });
    runtime.block_on(async {
        let client = Client::new(base).unwrap();
        #[endpoint(GET, "/__standin/stats")]
        struct Stats {}
        Stats {}.send(&client).await.expect("the stand-in's stats")
    })
}

fn calls_answered(stats: &serde_json::Value) -> u64 {
    stats["requests"]
        .as_object()
        .map(|paths| {
            paths
                .iter()
                .filter(|(path, _)| path.starts_with("/api/v2/"))
                .filter_map(|(_, n)| n.as_u64())
                .sum()
        })
        .unwrap_or(0)
}

/// One run of the fleet: what the tenant and the workers saw.
#[derive(Debug)]
struct Run {
    tokens: u64,
    rate_limited: u64,
    failed: u64,
    seconds: f64,
}

impl Run {
    fn throughput(&self) -> f64 {
        (WORKERS * CALLS) as f64 / self.seconds
    }
}

/// Starts the workers against `base`, sharing through `redis` if given, and
/// calls `during` with the calls answered so far until they are done.
fn fleet(base: &str, redis: Option<&str>, mut during: impl FnMut(u64)) -> Run {
    let started = Instant::now();
    let workers: Vec<Child> = (0..WORKERS)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .env("FLEET_STANDIN", base)
                .env("FLEET_REDIS", redis.unwrap_or(""))
                .stdout(Stdio::piped())
                .spawn()
                .expect("a worker")
        })
        .collect();
    let mut workers: Vec<Option<Child>> = workers.into_iter().map(Some).collect();
    let mut failed = 0;
    while workers.iter().any(Option::is_some) {
        during(calls_answered(&stats(base)));
        for slot in &mut workers {
            let done = slot.as_mut().is_some_and(|worker| matches!(worker.try_wait(), Ok(Some(_))));
            if done {
                let output = slot.take().unwrap().wait_with_output().unwrap();
                let printed = String::from_utf8_lossy(&output.stdout);
                let line = printed
                    .lines()
                    .find_map(|line| line.split_once("FLEET-FAILED "))
                    .map(|(_, n)| n);
                failed +=
                    line.and_then(|n| n.trim().parse::<u64>().ok()).expect("a worker's count");
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let seconds = started.elapsed().as_secs_f64();
    let stats = stats(base);
    Run {
        tokens: stats["tokens_issued"].as_u64().unwrap_or(0),
        rate_limited: stats["rate_limited"].as_u64().unwrap_or(0),
        failed,
        seconds,
    }
}

/// One worker process: `CALLS` calls, 8 at a time, through a client with
/// renewing credentials and a rate budget, shared through Redis if given, else
/// its own share of the limit. Prints how many failed.
fn worker(base: String) {
    let redis = std::env::var("FLEET_REDIS").ok().filter(|url| !url.is_empty());
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let failed = runtime.block_on(async move {
        let credentials =
            ClientCredentials::new(format!("{base}/oauth/token"), CLIENT_ID, CLIENT_SECRET)
                .audience(format!("{base}/api/v2/"));
        let (credentials, budget) = match &redis {
            Some(url) => {
                let store = RedisStore::new(url).unwrap();
                let budget =
                    RateBudget::per_second(BUDGET).shared(store.clone(), "tenant", WORKERS as u32);
                (credentials.store(store), budget)
            }
            None => (credentials, RateBudget::per_second(BUDGET / WORKERS as u32)),
        };
        let client = Client::builder(&base).auth(credentials).rate_limit(budget).build().unwrap();
        let (next, failed) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (client, next, failed) =
                    (client.clone(), Arc::clone(&next), Arc::clone(&failed));
                tokio::spawn(async move {
                    while next.fetch_add(1, Ordering::SeqCst) < CALLS {
                        let call = GetUser { id: PRIMARY_USER_ID.to_owned() }.send(&client).await;
                        if let Err(error) = call {
                            eprintln!("a call failed: {error}");
                            failed.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                })
            })
            .collect();
        for task in tasks {
            let _ = task.await;
        }
        failed.load(Ordering::SeqCst)
    });
    println!("FLEET-FAILED {failed}");
}

fn show(name: &str, run: &Run) {
    println!(
        "| {name} | {} | {} | {:.0} calls/s ({:.0} % of {LIMIT}) | {} |",
        run.tokens,
        run.rate_limited,
        run.throughput(),
        run.throughput() * 100.0 / f64::from(LIMIT),
        run.failed
    );
}

fn main() {
    if let Ok(base) = std::env::var("FLEET_STANDIN") {
        return worker(base);
    }
    if !std::env::args().any(|arg| arg == "--ignored") {
        println!("fleet: ignored (a fleet of processes with redis-server; run with --ignored)");
        return;
    }
    a_fleet_shares_tokens_and_budget_through_redis_and_rides_out_its_loss();
    println!("fleet: ok");
}

fn a_fleet_shares_tokens_and_budget_through_redis_and_rides_out_its_loss() {
    let lives = |run: &Run| (run.seconds / TOKEN_LIFE.as_secs_f64()).ceil() as u64;
    println!(
        "| {WORKERS} processes x {CALLS} calls | tokens issued | 429s | throughput | calls failed |"
    );
    println!("|---|---:|---:|---:|---:|");

    let (base, _standin) = standin();
    let alone = fleet(&base, None, |_| {});
    show("each on its own", &alone);
    assert_eq!(alone.failed, 0, "{alone:?}");

    let (base, _standin) = standin();
    let redis = Redis::start();
    let shared = fleet(&base, Some(&redis.url()), |_| {});
    show("through Redis", &shared);
    assert_eq!((shared.failed, shared.rate_limited), (0, 0), "{shared:?}");
    assert!(shared.tokens <= lives(&shared) + 1, "{shared:?}");
    assert!(shared.throughput() >= 0.9 * f64::from(LIMIT), "{shared:?}");
    drop(redis);

    // Redis killed after a third of the calls, started again after two thirds.
    let (base, _standin) = standin();
    let mut redis = Redis::start();
    let url = redis.url();
    let total = (WORKERS * CALLS) as u64;
    let mut restarted: Option<(Instant, u64)> = None;
    let base_for_stats = base.clone();
    let lost = fleet(&base, Some(&url), |answered| {
        if answered >= total / 3 && redis.process().is_some() && restarted.is_none() {
            redis.kill();
        }
        if answered >= 2 * total / 3 && redis.process().is_none() && restarted.is_none() {
            redis.restart();
            let tokens = stats(&base_for_stats)["tokens_issued"].as_u64().unwrap_or(0);
            restarted = Some((Instant::now(), tokens));
        }
    });
    show("Redis killed at 1/3, back at 2/3", &lost);
    assert_eq!(lost.failed, 0, "{lost:?}");
    let (at, tokens) = restarted.expect("Redis was started again");
    let after = lost.tokens - tokens;
    let lives_after = (at.elapsed().as_secs_f64() / TOKEN_LIFE.as_secs_f64()).ceil() as u64;
    println!("tokens issued after the restart: {after} in {lives_after} token lives");
    assert!(after <= lives_after + 1, "{after} tokens after the restart, {lives_after} lives");
}
