//! Tokens and a rate budget shared through Redis by clients that stand for the
//! processes of a fleet (each its own credentials, its own store, its own
//! connection), against a real `redis-server` on a free loopback port: one fetch
//! for all, nothing secret at rest, a stored value the runtime did not seal never
//! sent, a refused token forgotten only if it is still the one stored, calls that
//! go on while Redis is away and share again when it is back; one budget for the
//! fleet, each process's share of it while Redis is away, and the server's word
//! heard by one process holding them all.
//!
//! `cargo test --test it shared_tokens -- --ignored`, with `redis-server` on the
//! `PATH` (`apt-get install redis-server`).

use std::time::{Duration, Instant};

use restpoint::Client;
use restpoint::auth::RedisStore;
use support::{Redis, free_port};

use crate::budget::arrivals;
use crate::credentials::{Api, SECRET, TokenServer, user};

/// Reading and writing the keys a fleet shares, as an operator would.
trait Keys {
    async fn everything(&self) -> Vec<(String, Vec<u8>)>;
    async fn set(&self, key: &str, value: &[u8]);
}

impl Keys for Redis {
    /// Every key and its value.
    async fn everything(&self) -> Vec<(String, Vec<u8>)> {
        let client = redis_client::Client::open(self.url()).unwrap();
        let mut connection = client.get_multiplexed_async_connection().await.unwrap();
        let keys: Vec<String> =
            redis_client::cmd("KEYS").arg("*").query_async(&mut connection).await.unwrap();
        let mut everything = Vec::new();
        for key in keys {
            let value: Vec<u8> =
                redis_client::cmd("GET").arg(&key).query_async(&mut connection).await.unwrap();
            everything.push((key, value));
        }
        everything
    }

    async fn set(&self, key: &str, value: &[u8]) {
        let client = redis_client::Client::open(self.url()).unwrap();
        let mut connection = client.get_multiplexed_async_connection().await.unwrap();
        let () = redis_client::cmd("SET")
            .arg(key)
            .arg(value)
            .query_async(&mut connection)
            .await
            .unwrap();
    }
}

/// A client as one process of the fleet makes it: its own store and connection.
fn process(tokens: &TokenServer, store: RedisStore) -> Client {
    Client::builder(tokens.server.url()).auth(tokens.credentials().store(store)).build().unwrap()
}

async fn calls(clients: &[Client], each: usize) {
    let calls = clients.iter().flat_map(|client| {
        (0..each).map(move |_| {
            let client = client.clone();
            tokio::spawn(async move { user().send(&client).await })
        })
    });
    for call in calls.collect::<Vec<_>>() {
        call.await.unwrap().expect("the call");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn eight_processes_fetch_one_token_and_redis_holds_nothing_secret() {
    let redis = Redis::start();
    let tokens = TokenServer::start(86400, Api::NewestToken).await;
    let fleet: Vec<Client> =
        (0..8).map(|_| process(&tokens, RedisStore::new(&redis.url()).unwrap())).collect();
    calls(&fleet, 20).await;
    assert_eq!((tokens.issued(), tokens.api_calls()), (1, 160));
    // Every key the fleet wrote, read back: a digest for a name, a seal for a value.
    let everything = redis.everything().await;
    assert_eq!(everything.len(), 1, "the token; the fetch lock is let go");
    for (key, value) in &everything {
        assert!(key.starts_with("restpoint:token:") && !key.contains("client-id"), "{key}");
        for secret in ["tok-1", SECRET, "Bearer"] {
            let shown = String::from_utf8_lossy(value);
            assert!(!value.windows(secret.len()).any(|w| w == secret.as_bytes()), "{shown}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn a_value_the_runtime_did_not_seal_is_never_sent_and_is_overwritten() {
    let redis = Redis::start();
    let tokens = TokenServer::start(86400, Api::NewestToken).await;
    calls(&[process(&tokens, RedisStore::new(&redis.url()).unwrap())], 1).await;
    let (key, sealed) = redis.everything().await.remove(0);
    for forged in [&b"Bearer forged"[..], b"", &sealed[..sealed.len() - 1]] {
        redis.set(&key, forged).await;
        let before = tokens.issued();
        calls(&[process(&tokens, RedisStore::new(&redis.url()).unwrap())], 1).await;
        assert_eq!(tokens.issued(), before + 1, "fetched again, not taken from {forged:?}");
        let now = redis.everything().await.remove(0).1;
        assert!(now != forged && now.len() > 40, "overwritten with a seal");
    }
    let sent = tokens.server.received();
    assert!(sent.iter().all(|r| r.header("authorization") != Some("Bearer forged")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn a_refused_token_is_forgotten_only_if_it_is_still_the_one_stored() {
    let redis = Redis::start();
    let tokens = TokenServer::start(86400, Api::NewestToken).await;
    let store = || RedisStore::new(&redis.url()).unwrap();
    let (first, second) = (process(&tokens, store()), process(&tokens, store()));
    calls(&[first.clone(), second.clone()], 1).await;
    assert_eq!(tokens.issued(), 1);
    // Elsewhere, a token is issued: `tok-1` is refused from now on.
    calls(&[process(&tokens, RedisStore::new("redis://127.0.0.1:1/").unwrap())], 1).await;
    assert_eq!(tokens.issued(), 2);
    // The first process is refused `tok-1`, forgets it and fetches `tok-3` for all.
    calls(&[first], 1).await;
    assert_eq!(tokens.issued(), 3);
    // The second is refused `tok-1` too: the stored token is `tok-3`, which it
    // takes rather than forget it and fetch a fourth.
    calls(&[second], 1).await;
    assert_eq!(tokens.issued(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn calls_go_on_while_redis_is_away_and_share_again_when_it_is_back() {
    let mut redis = Redis::start();
    let tokens = TokenServer::start(86400, Api::AnyIssued).await;
    let store = RedisStore::new(&redis.url()).unwrap();
    redis.kill();
    // Away from the start: building never fails, and each process fetches its own.
    let started = Instant::now();
    let away: Vec<Client> = (0..2).map(|_| process(&tokens, store.clone())).collect();
    calls(&away, 5).await;
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    assert_eq!((tokens.issued(), tokens.api_calls()), (2, 10));
    // Back: the same store's connection is made again, and shared by new processes.
    redis.restart();
    let back: Vec<Client> = (0..3).map(|_| process(&tokens, store.clone())).collect();
    let deadline = Instant::now() + Duration::from_secs(10);
    calls(&back[..1], 1).await;
    while redis.everything().await.is_empty() {
        assert!(Instant::now() < deadline, "the store did not come back");
        tokio::time::sleep(Duration::from_millis(100)).await;
        calls(&[process(&tokens, store.clone())], 1).await;
    }
    let issued = tokens.issued();
    calls(&back[1..], 5).await;
    assert_eq!(tokens.issued(), issued, "the others take the stored token");
}

/// A client of the fleet's budget on `redis`: `count` a second for `processes`.
fn budgeted(server: &crate::support::Server, store: RedisStore, count: u32) -> Client {
    let budget = restpoint::RateBudget::per_second(count).shared(store, "tenant", 2);
    Client::builder(server.url()).rate_limit(budget).build().unwrap()
}

/// `each` calls on each of `clients`, all at once.
async fn listed(clients: &[Client], each: usize) {
    let calls = clients.iter().map(|client| crate::budget::all(client, each));
    futures_util::future::join_all(calls).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn two_processes_draw_from_one_budget() {
    let redis = Redis::start();
    let server = crate::support::Server::replying(crate::support::Reply::json(200, "[]")).await;
    let fleet: Vec<Client> =
        (0..2).map(|_| budgeted(&server, RedisStore::new(&redis.url()).unwrap(), 20)).collect();
    listed(&fleet, 20).await;
    // 40 attempts at 20 a second for the two together: the last at 1.95 s.
    let last = *arrivals(&server).last().unwrap();
    assert!(last >= Duration::from_millis(1850) && last < Duration::from_millis(2600), "{last:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn while_redis_is_away_each_process_takes_its_share() {
    let server = crate::support::Server::replying(crate::support::Reply::json(200, "[]")).await;
    let away = || RedisStore::new(&format!("redis://127.0.0.1:{}/", free_port())).unwrap();
    let fleet: Vec<Client> = (0..2).map(|_| budgeted(&server, away(), 20)).collect();
    listed(&fleet, 10).await;
    // Each process 10 a second (its half): 10 calls each, the last at 0.9 s,
    // never 20 a second each.
    let arrived = arrivals(&server);
    let last = *arrived.last().unwrap();
    assert!(last >= Duration::from_millis(850) && last < Duration::from_millis(1500), "{last:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn the_servers_word_heard_by_one_process_holds_the_fleet() {
    let redis = Redis::start();
    let answered = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = std::sync::Arc::clone(&answered);
    let server = crate::support::Server::start(move |_: &crate::support::Received| {
        if count.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            return crate::support::Reply::json(429, "{}").with_header("retry-after", "1");
        }
        crate::support::Reply::json(200, "[]")
    })
    .await;
    let (first, second) = (
        budgeted(&server, RedisStore::new(&redis.url()).unwrap(), 1000),
        budgeted(&server, RedisStore::new(&redis.url()).unwrap(), 1000),
    );
    let heard = tokio::spawn(async move { crate::budget::ListUsers {}.send(&first).await });
    // The second process starts once the first heard the `429`.
    while answered.load(std::sync::atomic::Ordering::SeqCst) == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    listed(&[second], 5).await;
    heard.await.unwrap().expect("retried after the reset");
    let arrived = arrivals(&server);
    assert_eq!(arrived.len(), 7);
    assert!(arrived[1..].iter().all(|at| *at >= Duration::from_millis(950)), "{arrived:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn a_redis_that_does_not_answer_costs_a_call_a_bounded_wait() {
    let redis = Redis::start();
    let tokens = TokenServer::start(86400, Api::AnyIssued).await;
    let store = RedisStore::new(&redis.url()).unwrap();
    calls(&[process(&tokens, store.clone())], 1).await;
    // Stopped, not gone: connections open, no answer.
    let process = redis.process().expect("running");
    process.signal("-STOP");
    let started = Instant::now();
    let budget = restpoint::RateBudget::per_second(100).shared(store.clone(), "tenant", 2);
    let client = Client::builder(tokens.server.url())
        .auth(tokens.credentials().store(store.clone()))
        .rate_limit(budget)
        .build()
        .unwrap();
    user().send(&client).await.expect("the call goes on without Redis");
    let took = started.elapsed();
    process.signal("-CONT");
    // The token read, the lock and the budget's turn: 300 ms each at most.
    assert!(took < Duration::from_millis(1500), "{took:?}");
}

/// Redis away (nothing listens on its port; no `redis-server` needed): calls go
/// on with the process's own token, and a `tracing` warning says so once, not
/// once per call.
#[tokio::test]
async fn a_redis_away_is_said_once_not_per_call() {
    let captured = crate::secrets::Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(tracing::Level::INFO)
        .with_ansi(false)
        .finish();
    // This test's thread only: the runtime is this thread's (current-thread).
    let _scoped = tracing::subscriber::set_default(subscriber);
    let tokens = TokenServer::start(86400, Api::AnyIssued).await;
    let away = format!("redis://127.0.0.1:{}/", free_port());
    let store = RedisStore::new(&away).unwrap();
    // Three clients of the store, one after the other: each asks it for the
    // token, finds it away, and fetches its own.
    for _ in 0..3 {
        calls(&[process(&tokens, store.clone())], 1).await;
    }
    assert_eq!((tokens.issued(), tokens.api_calls()), (3, 3));
    let said = captured.text();
    let warnings = said.matches("the Redis token store is away").count();
    assert_eq!(warnings, 1, "{said}");
    assert!(said.contains("WARN"), "{said}");
}

/// A TCP proxy on loopback in front of `target`: what the client sends goes on
/// at once, what the server answers is held `delay` first. Dropped, it stops.
struct SlowProxy {
    port: u16,
    delay: std::sync::Arc<std::sync::atomic::AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl SlowProxy {
    async fn start(target: u16) -> SlowProxy {
        use std::sync::atomic::Ordering;
        use tokio::io::{AsyncReadExt, AsyncWriteExt};

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let delay = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let held = delay.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let Ok(server) = tokio::net::TcpStream::connect(("127.0.0.1", target)).await else {
                    continue;
                };
                let (mut client_read, mut client_write) = client.into_split();
                let (mut server_read, mut server_write) = server.into_split();
                tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
                });
                let held = held.clone();
                tokio::spawn(async move {
                    let mut buffer = vec![0; 16 * 1024];
                    while let Ok(read @ 1..) = server_read.read(&mut buffer).await {
                        let delay = held.load(Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(delay)).await;
                        if client_write.write_all(&buffer[..read]).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        SlowProxy { port, delay, task }
    }

    fn hold(&self, delay: Duration) {
        let millis = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        self.delay.store(millis, std::sync::atomic::Ordering::SeqCst);
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }
}

impl Drop for SlowProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Redis that answers, but late (each answer held 600 ms, past the store's 300 ms
/// per operation): a call costs the store's bounds and goes on with its own
/// token; the late answers, when they come, are never taken for the answers of
/// later commands on the same connection; and once Redis is quick again the
/// token is shared again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs redis-server (Debian's package); .ci/run installs it and runs these"]
async fn a_redis_that_answers_late_costs_a_bounded_wait_and_no_answer_is_mismatched() {
    let redis = Redis::start();
    let proxy = SlowProxy::start(redis.port()).await;
    let tokens = TokenServer::start(86400, Api::AnyIssued).await;
    let store = RedisStore::new(&proxy.url()).unwrap();
    // Quick: one token, stored.
    calls(&[process(&tokens, store.clone())], 1).await;
    assert_eq!(tokens.issued(), 1);
    let stored = redis.everything().await;

    proxy.hold(Duration::from_millis(600));
    let started = Instant::now();
    calls(&[process(&tokens, store.clone())], 1).await;
    let took = started.elapsed();
    assert!(took < Duration::from_millis(1500), "{took:?}");
    assert_eq!(tokens.issued(), 2, "the stored token did not come in time: its own");

    // Quick again, late answers still on their way: each command gets its own
    // answer. A new process takes the stored token (one of the two issued, still
    // sealed and whole), and fetches none.
    proxy.hold(Duration::ZERO);
    tokio::time::sleep(Duration::from_millis(700)).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut made = 2;
    loop {
        let before = tokens.issued();
        calls(&[process(&tokens, store.clone())], 1).await;
        made += 1;
        if tokens.issued() == before {
            break;
        }
        assert!(Instant::now() < deadline, "the store was not shared again");
    }
    let now = redis.everything().await;
    assert_eq!(now.len(), 1, "{now:?}");
    assert!(now[0].1.len() > 40, "a seal, not a stray answer: {:?}", now[0].1);
    assert_eq!(now[0].0, stored[0].0, "the same key");
    // One request a call: no token sent was refused (a stray answer taken for a
    // token would be, and the call sent again).
    assert_eq!(tokens.api_calls(), made);
}
