//! Eight clients standing for the processes of a fleet against one tenant that
//! allows 50 calls a second and issues tokens of 2 s: they share one token and
//! one rate budget, and no call is refused.
//!
//! ```text
//! cargo run --example fleet                               # shared in this process (MemoryStore)
//! REDIS_URL=redis://127.0.0.1:6379/ cargo run --example fleet   # shared through Redis, as processes would
//! ```
//!
//! Without Redis the token is shared through a `MemoryStore` and each client
//! takes an eighth of the budget; with `REDIS_URL`, a `RedisStore` holds the token
//! (sealed) and the budget, as it would for processes on several machines. A hook
//! adds up what the budget cost the calls: the time each waited for its turns.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use auth0_standin::{CLIENT_ID, CLIENT_SECRET, PRIMARY_USER_ID, StandIn};
use restpoint::auth::{ClientCredentials, MemoryStore, RedisStore};
use restpoint::hooks::{Call, Hook};
use restpoint::{Client, RateBudget, endpoint};

#[endpoint(GET, "/api/v2/users/<id>")]
pub struct GetUser {
    pub id: String,
}

const PROCESSES: u32 = 8;
/// Calls each process makes at once.
const CALLS_EACH: u32 = 20;

/// The calls' waits for their turns in the budget: all of them added up, and the
/// longest.
#[derive(Clone, Default)]
struct BudgetWaits(Arc<Mutex<(Duration, Duration)>>);

impl Hook for BudgetWaits {
    fn on_call_end(
        &self,
        call: &Call<'_>,
        _: Result<&http::Response<bytes::Bytes>, &restpoint::Error>,
    ) {
        let mut waits = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        waits.0 += call.budget_wait();
        waits.1 = waits.1.max(call.budget_wait());
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let tenant =
        StandIn::builder().rate_limit(50).token_lifetime(Duration::from_secs(2)).start().await?;
    let base = tenant.base_url();
    let redis = std::env::var("REDIS_URL").ok();
    let memory = MemoryStore::default();
    let waits = BudgetWaits::default();
    let mut fleet = Vec::new();
    for _ in 0..PROCESSES {
        let credentials =
            ClientCredentials::new(format!("{base}/oauth/token"), CLIENT_ID, CLIENT_SECRET)
                .audience(format!("{base}/api/v2/"));
        let (credentials, budget) = match &redis {
            Some(url) => {
                let store = RedisStore::new(url)?;
                let budget = RateBudget::per_second(45).shared(store.clone(), "tenant", PROCESSES);
                (credentials.store(store), budget)
            }
            None => (credentials.store(memory.clone()), RateBudget::per_second(45 / PROCESSES)),
        };
        let client = Client::builder(&base).auth(credentials).rate_limit(budget);
        fleet.push(client.hook(waits.clone()).build()?);
    }
    let started = Instant::now();
    let calls: Vec<_> = fleet
        .iter()
        .flat_map(|client| {
            (0..CALLS_EACH).map(move |_| {
                let client = client.clone();
                tokio::spawn(
                    async move { GetUser { id: PRIMARY_USER_ID.into() }.send(&client).await },
                )
            })
        })
        .collect();
    let mut failed = 0;
    for call in calls {
        if call.await?.is_err() {
            failed += 1;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{} calls in {seconds:.1} s ({:.0} a second), {} tokens issued, {} answered 429, {failed} failed ({})",
        PROCESSES * CALLS_EACH,
        f64::from(PROCESSES * CALLS_EACH) / seconds,
        tenant.tokens_issued(),
        tenant.rate_limited(),
        if redis.is_some() { "through Redis" } else { "in this process" }
    );
    let (total, longest) = *waits.0.lock().unwrap_or_else(PoisonError::into_inner);
    println!(
        "waits for a turn in the budget: {:.2} s a call on average, {:.2} s the longest",
        total.as_secs_f64() / f64::from(PROCESSES * CALLS_EACH),
        longest.as_secs_f64()
    );
    Ok(())
}
