//! What sharing costs a call: the seed request sent to a hyper server on
//! 127.0.0.1 (one in flight), plain, then through a rate budget in memory and
//! on Redis (a `redis-server` on loopback, started here), and with renewing
//! credentials whose token is kept in a `MemoryStore` and in Redis (held, as in
//! steady state; and read from the store by a fresh client). Ratios to the plain
//! call are in BENCHMARKS.md.
//!
//! `cargo bench --bench fleet` (needs `redis-server` on the `PATH`).

use std::sync::{Mutex, OnceLock};

use divan::Bencher;
use restpoint::auth::{ClientCredentials, MemoryStore, RedisStore};
use restpoint::{Client, ClientBuilder, RateBudget};
use support::Redis;

#[path = "common/mod.rs"]
mod common;
use common::*;

fn main() {
    divan::main();
    // The run's `redis-server` ends with it.
    if let Some((redis, _)) = REDIS.get() {
        redis.lock().unwrap_or_else(std::sync::PoisonError::into_inner).kill();
    }
}

static REDIS: OnceLock<(Mutex<Redis>, String)> = OnceLock::new();

/// A `redis-server` for the whole run, on a free port: its URL.
fn redis() -> &'static str {
    &REDIS
        .get_or_init(|| {
            let redis = Redis::start();
            let url = redis.url();
            (Mutex::new(redis), url)
        })
        .1
}

fn builder() -> (ClientBuilder, String) {
    let (_, addr) = runtime();
    let base = format!("http://{addr}");
    (Client::builder(&base).reqwest_client(reqwest_client()), base)
}

fn credentials(base: &str) -> ClientCredentials {
    ClientCredentials::new(format!("{base}/oauth/token"), "bench-client", "bench-secret")
}

/// Sends the seed once per iteration on `client`.
fn bench_sends(bencher: Bencher, client: Client) {
    let (runtime, _) = runtime();
    let request = link();
    runtime.block_on(request.send(&client)).expect("a first call");
    bencher.bench_local(|| runtime.block_on(request.send(&client)).expect("a 201"));
}

/// A budget no call waits for: what taking a turn costs.
fn roomy() -> RateBudget {
    RateBudget::per_second(1_000_000_000).burst(1_000_000_000)
}

#[divan::bench(sample_count = 300)]
fn plain(bencher: Bencher) {
    let (builder, _) = builder();
    bench_sends(bencher, builder.bearer_auth(TOKEN).build().unwrap());
}

#[divan::bench(sample_count = 300)]
fn budget_in_memory(bencher: Bencher) {
    let (builder, _) = builder();
    bench_sends(bencher, builder.bearer_auth(TOKEN).rate_limit(roomy()).build().unwrap());
}

#[divan::bench(sample_count = 300)]
fn budget_on_redis(bencher: Bencher) {
    let (builder, _) = builder();
    let store = RedisStore::new(redis()).unwrap();
    let budget = roomy().shared(store, "bench", 1);
    bench_sends(bencher, builder.bearer_auth(TOKEN).rate_limit(budget).build().unwrap());
}

#[divan::bench(sample_count = 300)]
fn token_held_from_memory_store(bencher: Bencher) {
    let (builder, base) = builder();
    let credentials = credentials(&base).store(MemoryStore::default());
    bench_sends(bencher, builder.auth(credentials).build().unwrap());
}

#[divan::bench(sample_count = 300)]
fn token_held_from_redis(bencher: Bencher) {
    let (builder, base) = builder();
    let credentials = credentials(&base).store(RedisStore::new(redis()).unwrap());
    bench_sends(bencher, builder.auth(credentials).build().unwrap());
}

/// A fresh client's first call, its token fetched from the server (no store):
/// the baseline of the two that read a stored token.
#[divan::bench(sample_count = 200)]
fn first_call_token_fetched(bencher: Bencher) {
    let (runtime, addr) = runtime();
    let base = format!("http://{addr}");
    let request = link();
    bencher.bench_local(|| {
        let client = Client::builder(&base).auth(credentials(&base)).build().unwrap();
        runtime.block_on(request.send(&client)).expect("a 201")
    });
}

/// A fresh client's first call, its token read from Redis (stored by another).
#[divan::bench(sample_count = 200)]
fn first_call_token_read_from_redis(bencher: Bencher) {
    let (runtime, addr) = runtime();
    let base = format!("http://{addr}");
    let request = link();
    let store = RedisStore::new(redis()).unwrap();
    let first =
        Client::builder(&base).auth(credentials(&base).store(store.clone())).build().unwrap();
    runtime.block_on(request.send(&first)).expect("the token stored");
    bencher.bench_local(|| {
        let client =
            Client::builder(&base).auth(credentials(&base).store(store.clone())).build().unwrap();
        runtime.block_on(request.send(&client)).expect("a 201")
    });
}
