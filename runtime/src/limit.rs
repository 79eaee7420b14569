//! A rate budget: every attempt of a client's calls (retries and the resend
//! after a `401` included) waits for its turn before it is sent, by a GCRA
//! limit of `count` per `period` with a burst; and the server's word is
//! heeded by all: after a `429` with a reset, or `x-ratelimit-remaining: 0`,
//! every call holds until the reset. With [`RateBudget::shared`] (feature
//! `redis`) the budget and the holds are the fleet's, one atomic script per
//! turn; while Redis is away, each process takes a cautious share of it.

use std::fmt;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use bytes::Bytes;
use tokio::time::Instant;

/// A rate budget for [`ClientBuilder::rate_limit`](crate::ClientBuilder::rate_limit).
///
/// ```
/// use std::time::Duration;
/// use restpoint_runtime::{Client, RateBudget};
///
/// // Auth0's free tenants: 2 calls a second, a burst of 10.
/// let client = Client::builder("https://tenant.eu.auth0.com/api/v2")
///     .rate_limit(RateBudget::new(2, Duration::from_secs(1)).burst(10))
///     .build()?;
/// # Ok::<(), restpoint_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct RateBudget {
    count: u32,
    period: Duration,
    burst: u32,
    #[cfg(feature = "redis")]
    shared: Option<(crate::auth::RedisStore, String, u32)>,
}

impl fmt::Debug for RateBudget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RateBudget")
            .field("count", &self.count)
            .field("period", &self.period)
            .field("burst", &self.burst)
            .finish_non_exhaustive()
    }
}

impl RateBudget {
    /// `count` attempts per `period`, evenly spaced (a burst of one).
    pub fn new(count: u32, period: Duration) -> Self {
        RateBudget {
            count: count.max(1),
            period,
            burst: 1,
            #[cfg(feature = "redis")]
            shared: None,
        }
    }

    /// `count` attempts a second.
    pub fn per_second(count: u32) -> Self {
        RateBudget::new(count, Duration::from_secs(1))
    }

    /// As many attempts at once, after a quiet time.
    pub fn burst(mut self, burst: u32) -> Self {
        self.burst = burst.max(1);
        self
    }

    /// The budget of a fleet: every process that gives the same `name` to a
    /// store on the same Redis draws from one budget, and heeds the server's
    /// word heard by any of them. While Redis is away, each of the `processes`
    /// takes its share of the limit (`count / processes`), and the budget is
    /// shared again when Redis is back.
    #[cfg(feature = "redis")]
    #[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
    pub fn shared(mut self, store: crate::auth::RedisStore, name: &str, processes: u32) -> Self {
        self.shared = Some((store, name.to_owned(), processes.max(1)));
        self
    }

    /// The time between two attempts.
    fn interval(&self) -> Duration {
        self.period / self.count
    }
}

/// A client's budget, as its calls use it.
pub(crate) struct Limiter {
    interval: Duration,
    /// How far ahead of its spacing an attempt may go: a burst's worth.
    tolerance: Duration,
    /// The theoretical arrival time of the next attempt, and until when the
    /// server asked to hold.
    local: Mutex<(Instant, Option<Instant>)>,
    #[cfg(feature = "redis")]
    shared: Option<Shared>,
}

#[cfg(feature = "redis")]
struct Shared {
    store: crate::auth::RedisStore,
    key: String,
    /// The local spacing while Redis is away: the interval times the processes.
    away_interval: Duration,
}

impl fmt::Debug for Limiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Limiter").field("interval", &self.interval).finish_non_exhaustive()
    }
}

impl Limiter {
    pub(crate) fn new(limit: RateBudget) -> Self {
        let interval = limit.interval();
        Limiter {
            interval,
            tolerance: interval * (limit.burst - 1),
            local: Mutex::new((Instant::now(), None)),
            #[cfg(feature = "redis")]
            shared: limit.shared.map(|(store, name, processes)| Shared {
                store,
                key: format!("restpoint:limit:{name}"),
                away_interval: interval * processes,
            }),
        }
    }

    /// Waits for this attempt's turn: past any hold the server asked for, and
    /// within the budget.
    pub(crate) async fn turn(&self) {
        let wait = self.wait_for_turn().await;
        // A turn that is due costs no timer: tokio's would wait for its next tick.
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }

    /// How long this attempt waits for its turn, its slot taken.
    async fn wait_for_turn(&self) -> Duration {
        #[cfg(feature = "redis")]
        if let Some(shared) = &self.shared {
            let wait = shared.store.turn(&shared.key, self.interval, self.tolerance).await;
            // Redis is away: this process's cautious share.
            return wait.unwrap_or_else(|_| self.reserve(shared.away_interval, Instant::now()));
        }
        self.reserve(self.interval, Instant::now())
    }

    /// Takes the next slot of the local budget at `now`, spaced by `interval`:
    /// how long to wait for it.
    fn reserve(&self, interval: Duration, now: Instant) -> Duration {
        let mut local = self.local.lock().unwrap_or_else(PoisonError::into_inner);
        let (tat, hold) = &mut *local;
        let start = (*tat).max(now).max(hold.unwrap_or(now));
        *tat = start + interval;
        let at = start.checked_sub(self.tolerance).unwrap_or(now).max(hold.unwrap_or(now));
        at.saturating_duration_since(now)
    }

    /// What the server said of the budget in `answer`: after a `429` with a
    /// reset, or `x-ratelimit-remaining: 0`, every call holds until the reset.
    pub(crate) fn heard(&self, answer: &http::Response<Bytes>) {
        if let Some(wait) = asked_to_hold(answer) {
            self.hold(wait);
        }
    }

    /// Holds every call for `wait`: in this process at once, and in the fleet's
    /// budget as soon as Redis takes it (the call does not wait for that).
    fn hold(&self, wait: Duration) {
        #[cfg(feature = "redis")]
        if let Some(shared) = &self.shared {
            let (store, key) = (shared.store.clone(), shared.key.clone());
            if let Ok(runtime) = tokio::runtime::Handle::try_current() {
                runtime.spawn(async move {
                    let _ = store.hold(&key, wait).await;
                });
            }
        }
        let until = Instant::now() + wait;
        let mut local = self.local.lock().unwrap_or_else(PoisonError::into_inner);
        local.1 = Some(local.1.map_or(until, |held| held.max(until)));
    }
}

/// How long the server asks every call to hold, if it does: a `429`'s reset,
/// or the reset of a budget it says is spent.
fn asked_to_hold(answer: &http::Response<Bytes>) -> Option<Duration> {
    let spent = answer
        .headers()
        .get("x-ratelimit-remaining")
        .and_then(|value| value.to_str().ok())
        .is_some_and(|remaining| remaining.trim() == "0");
    if answer.status() != http::StatusCode::TOO_MANY_REQUESTS && !spent {
        return None;
    }
    crate::retry::wait_in(answer.headers(), std::time::SystemTime::now())
        .filter(|wait| !wait.is_zero())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_goes_at_once_and_the_rest_are_spaced() {
        let limiter = Limiter::new(RateBudget::per_second(10).burst(3));
        let now = Instant::now();
        let waits: Vec<Duration> = (0..6).map(|_| limiter.reserve(limiter.interval, now)).collect();
        let ms: Vec<u128> = waits.iter().map(Duration::as_millis).collect();
        assert_eq!(ms, [0, 0, 0, 100, 200, 300]);
    }

    #[test]
    fn the_servers_word_holds_every_call() {
        let limiter = Limiter::new(RateBudget::per_second(100).burst(100));
        let answer = http::Response::builder()
            .status(200)
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-reset-after", "2")
            .body(Bytes::new())
            .unwrap();
        let now = Instant::now();
        limiter.heard(&answer);
        let wait = limiter.reserve(limiter.interval, now);
        assert!(wait >= Duration::from_secs(2) && wait < Duration::from_millis(2100), "{wait:?}");
        let ok = http::Response::builder().status(200).body(Bytes::new()).unwrap();
        assert_eq!(asked_to_hold(&ok), None);
    }
}
