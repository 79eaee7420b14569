//! The rate budget, against a loopback server that records when each request
//! arrived: attempts spaced by it (retries included), and the server's word,
//! a `429`'s reset or `x-ratelimit-remaining: 0`, holding every call.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use restpoint::{Client, RateBudget, RetryPolicy, endpoint};

use crate::support::{Received, Reply, Server};

#[endpoint(GET, "/api/v2/users")]
pub(crate) struct ListUsers {}

/// The spacing of requests as they arrived, from the first.
pub(crate) fn arrivals(server: &Server) -> Vec<Duration> {
    let received = server.received();
    let first = received.first().map(|r| r.at).expect("requests");
    received.iter().map(|r| r.at.duration_since(first)).collect()
}

/// `calls` calls of `ListUsers` on `client`, all at once.
pub(crate) async fn all(client: &Client, calls: usize) {
    let calls: Vec<_> = (0..calls)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { ListUsers {}.send(&client).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().expect("a call");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attempts_wait_their_turn_after_a_burst() {
    let server = Server::replying(Reply::json(200, "[]")).await;
    let budget = RateBudget::per_second(20).burst(5);
    let client = Client::builder(server.url()).rate_limit(budget).build().unwrap();
    all(&client, 25).await;
    let arrived = arrivals(&server);
    // 5 at once, then one every 50 ms: the 25th at 1 s.
    assert!(arrived[4] < Duration::from_millis(40), "{arrived:?}");
    let last = arrived[24];
    assert!(last >= Duration::from_millis(950) && last < Duration::from_millis(1400), "{last:?}");
    // No half second holds more than its share and the burst.
    for (i, at) in arrived.iter().enumerate() {
        let within =
            arrived[i..].iter().take_while(|later| **later - *at < Duration::from_millis(500));
        assert!(within.count() <= 10 + 5, "{arrived:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_with_a_reset_holds_every_call_until_it() {
    let answered = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&answered);
    let server = Server::start(move |_: &Received| {
        if count.fetch_add(1, Ordering::SeqCst) == 0 {
            return Reply::json(429, "{}").with_header("retry-after", "1");
        }
        Reply::json(200, "[]")
    })
    .await;
    let budget = RateBudget::per_second(1000).burst(1000);
    let client = Client::builder(server.url()).rate_limit(budget).build().unwrap();
    ListUsers {}.send(&client).await.expect("retried after the reset");
    all(&client, 10).await;
    // The `429`, then nothing until its reset: its own retry and the ten others.
    let arrived = arrivals(&server);
    assert_eq!(arrived.len(), 12);
    assert!(arrived[1..].iter().all(|at| *at >= Duration::from_millis(950)), "{arrived:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spent_budget_holds_calls_and_the_turn_counts_in_the_timeout() {
    let server = Server::replying(
        Reply::json(200, "[]")
            .with_header("x-ratelimit-remaining", "0")
            .with_header("x-ratelimit-reset-after", "3"),
    )
    .await;
    let client = Client::builder(server.url())
        .rate_limit(RateBudget::per_second(100))
        .timeout(Duration::from_secs(1))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    ListUsers {}.send(&client).await.expect("the first");
    // Held 3 s by the server's word: a call of a 1 s timeout times out waiting.
    let error = ListUsers {}.send(&client).await.expect_err("held past its timeout");
    assert!(error.is_timeout(), "{error}");
    assert_eq!(server.received().len(), 1);
}

/// Each call's `budget_wait` as its hooks saw it: at each request (its attempt
/// too), and at its end.
#[derive(Clone, Default)]
struct Waits {
    requests: Arc<Mutex<Vec<(u64, u32, Duration)>>>,
    ends: Arc<Mutex<Vec<(u64, Duration)>>>,
}

impl restpoint::hooks::Hook for Waits {
    fn on_request(
        &self,
        call: &restpoint::hooks::Call<'_>,
        _: &mut restpoint::hooks::Request,
    ) -> Result<(), restpoint::BoxError> {
        let seen = (call.id(), call.attempt(), call.budget_wait());
        self.requests.lock().unwrap().push(seen);
        Ok(())
    }

    fn on_call_end(
        &self,
        call: &restpoint::hooks::Call<'_>,
        _: Result<&http::Response<bytes::Bytes>, &restpoint::Error>,
    ) {
        self.ends.lock().unwrap().push((call.id(), call.budget_wait()));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hooks_see_how_long_a_call_waited_for_its_turns() {
    // The third request is refused once (`503`): its call's second attempt waits
    // for a turn of its own.
    let answered = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&answered);
    let server = Server::start(move |_: &Received| match count.fetch_add(1, Ordering::SeqCst) {
        2 => Reply::json(503, "{}"),
        _ => Reply::json(200, "[]"),
    })
    .await;
    let waits = Waits::default();
    let client = Client::builder(server.url())
        .rate_limit(RateBudget::new(1, Duration::from_millis(300)))
        .retry(
            RetryPolicy::new()
                .max_retries(1)
                .backoff(Duration::from_millis(10), Duration::from_millis(10)),
        )
        .hook(waits.clone())
        .build()
        .unwrap();
    for _ in 0..3 {
        ListUsers {}.send(&client).await.expect("a 200");
    }
    let requests = waits.requests.lock().unwrap().clone();
    let ends = waits.ends.lock().unwrap().clone();
    assert_eq!((requests.len(), ends.len()), (4, 3), "{requests:?}");
    let spacing = Duration::from_millis(300);
    let ms = Duration::from_millis;
    // The first call's turn was there; the second's came 300 ms after the first's.
    assert!(ends[0].1 < ms(100), "{ends:?}");
    assert!(ends[1].1 >= spacing - ms(30) && ends[1].1 < spacing + ms(200), "{ends:?}");
    // The third: a turn for each attempt, the waits added up, the end's the last.
    let third: Vec<_> = requests.iter().filter(|(id, _, _)| *id == ends[2].0).collect();
    assert_eq!(third.iter().map(|(_, attempt, _)| *attempt).collect::<Vec<_>>(), [1, 2]);
    assert!(third[1].2 >= third[0].2 + spacing - ms(40), "{third:?}");
    assert_eq!(ends[2].1, third[1].2);
}

#[tokio::test]
async fn a_retrys_wait_is_not_a_wait_for_a_turn() {
    // Without a budget, a call that waits 300 ms before its retry (the server's
    // `Retry-After`) and for a slow answer waited for no turn.
    let answered = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&answered);
    let server = Server::start(move |_: &Received| match count.fetch_add(1, Ordering::SeqCst) {
        0 => Reply::json(503, "{}").with_header("retry-after", "0.3"),
        _ => Reply::json(200, "[]").after(Duration::from_millis(100)),
    })
    .await;
    let waits = Waits::default();
    let client = Client::builder(server.url()).hook(waits.clone()).build().unwrap();
    let started = std::time::Instant::now();
    ListUsers {}.send(&client).await.expect("a 200");
    assert!(started.elapsed() >= Duration::from_millis(350), "{:?}", started.elapsed());
    let requests = waits.requests.lock().unwrap().clone();
    assert_eq!(requests.iter().map(|(_, attempt, _)| *attempt).collect::<Vec<_>>(), [1, 2]);
    assert!(requests.iter().all(|(_, _, wait)| wait.is_zero()), "{requests:?}");
    assert_eq!(waits.ends.lock().unwrap()[0].1, Duration::ZERO);
}
