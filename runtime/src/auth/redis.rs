//! [`RedisStore`]: the token store on Redis, for a fleet of processes.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use redis::aio::ConnectionManager;
use tokio::sync::OnceCell;

use super::store::{StoreError, StoreFuture, TokenStore};

/// The longest one Redis operation may take before the call goes on without
/// it: a slow Redis costs a call this much at most, never its timeout.
const ANSWER_WITHIN: Duration = Duration::from_millis(300);

/// Removes the value if it starts with the fingerprint given (a refused token
/// is forgotten only if it is still the one stored).
const REMOVE_IF: &str = r"
local value = redis.call('GET', KEYS[1])
if value and string.sub(value, 1, #ARGV[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0";

/// Lets a lock go only for its owner.
const UNLOCK: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0";

/// A turn of a fleet's rate budget (GCRA on Redis's own clock, so that the
/// machines' clocks need not agree): `KEYS[1]` the next turn, `KEYS[2]` until
/// when the server asked to hold; `ARGV` the spacing and the burst's tolerance,
/// in microseconds. The wait, in microseconds.
const TURN: &str = r"
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local hold = tonumber(redis.call('GET', KEYS[2]) or '0')
local start = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), now, hold)
local next = start + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', next), 'PX', math.ceil((next - now) / 1000) + 1000)
local at = math.max(start - tonumber(ARGV[2]), hold)
return math.max(at - now, 0)";

/// Every process holds until `ARGV[1]` microseconds from now (Redis's clock),
/// unless it holds longer already.
const HOLD: &str = r"
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local until_ = now + tonumber(ARGV[1])
if until_ > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%.0f', until_), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1)
end
return 0";

/// A [`TokenStore`] on Redis: one token for every process of a fleet (and one
/// fetch of it), sealed at rest. Connecting is lazy: building it never fails
/// because Redis is down, and calls go on without it while it is (each Redis
/// operation is given 300 ms), then share again when it is back, the
/// connection remade by itself. Clones share one connection.
///
/// ```no_run
/// use restpoint_runtime::auth::{ClientCredentials, RedisStore};
///
/// let store = RedisStore::new("redis://127.0.0.1:6379/")?;
/// let credentials = ClientCredentials::new("https://tenant.eu.auth0.com/oauth/token", "ID", "SECRET")
///     .audience("https://tenant.eu.auth0.com/api/v2/")
///     .store(store);
/// # Ok::<(), restpoint_runtime::auth::StoreError>(())
/// ```
#[derive(Clone)]
pub struct RedisStore {
    client: redis::Client,
    connection: Arc<OnceCell<ConnectionManager>>,
    /// Whether it was last found away (said once, not per call).
    away: Arc<AtomicBool>,
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let info = self.client.get_connection_info();
        f.debug_struct("RedisStore").field("addr", &info.addr()).finish_non_exhaustive()
    }
}

impl RedisStore {
    /// A store at `url` (`redis://host:port/db`, `rediss://` for TLS); an error
    /// only for a URL that is not one. Nothing is connected yet.
    pub fn new(url: &str) -> Result<Self, StoreError> {
        Ok(RedisStore {
            client: redis::Client::open(url).map_err(StoreError::new)?,
            connection: Arc::new(OnceCell::new()),
            away: Arc::new(AtomicBool::new(false)),
        })
    }

    /// The wait for the next turn of the budget `key`: one atomic script.
    pub(crate) async fn turn(
        &self,
        key: &str,
        interval: Duration,
        tolerance: Duration,
    ) -> Result<Duration, StoreError> {
        let (turns, hold) = (format!("{key}:next"), format!("{key}:hold"));
        let (interval, tolerance) = (interval.as_micros() as u64, tolerance.as_micros() as u64);
        let wait: u64 = self
            .run(async move |connection| {
                redis::Script::new(TURN)
                    .key(&turns)
                    .key(&hold)
                    .arg(interval)
                    .arg(tolerance)
                    .invoke_async(connection)
                    .await
            })
            .await?;
        Ok(Duration::from_micros(wait))
    }

    /// Holds every process of the budget `key` for `wait`.
    pub(crate) async fn hold(&self, key: &str, wait: Duration) -> Result<(), StoreError> {
        let hold = format!("{key}:hold");
        let wait = wait.as_micros() as u64;
        let _: i64 = self
            .run(async move |connection| {
                redis::Script::new(HOLD).key(&hold).arg(wait).invoke_async(connection).await
            })
            .await?;
        Ok(())
    }

    /// Runs `command` on the connection, within [`ANSWER_WITHIN`]; an error if
    /// Redis is away, slow or refuses.
    async fn run<T: redis::FromRedisValue>(
        &self,
        command: impl AsyncFnOnce(&mut ConnectionManager) -> redis::RedisResult<T>,
    ) -> Result<T, StoreError> {
        let outcome = tokio::time::timeout(ANSWER_WITHIN, async {
            let connection = self
                .connection
                .get_or_try_init(|| {
                    // Made again soon after Redis is back: short, few tries per
                    // command, each command's own 300 ms bounding the rest.
                    let config = redis::aio::ConnectionManagerConfig::new()
                        .set_connection_timeout(Some(ANSWER_WITHIN))
                        .set_response_timeout(Some(ANSWER_WITHIN))
                        .set_number_of_retries(2)
                        .set_min_delay(Duration::from_millis(50))
                        .set_max_delay(Duration::from_millis(200));
                    ConnectionManager::new_with_config(self.client.clone(), config)
                })
                .await?;
            command(&mut connection.clone()).await
        })
        .await;
        let outcome = match outcome {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(StoreError::new(error)),
            Err(_) => Err(StoreError::new("Redis did not answer within 300 ms")),
        };
        self.said(&outcome);
        outcome
    }

    /// Says once when Redis goes away, and once when it is back.
    fn said<T>(&self, outcome: &Result<T, StoreError>) {
        let away = outcome.is_err();
        if self.away.swap(away, Ordering::Relaxed) != away {
            #[cfg(feature = "tracing")]
            match outcome {
                Err(error) => tracing::warn!(
                    %error,
                    "the Redis token store is away: calls use this process's own token until it is back"
                ),
                Ok(_) => tracing::info!("the Redis token store is back: the token is shared again"),
            }
        }
    }
}

impl TokenStore for RedisStore {
    fn get<'a>(&'a self, key: &'a str) -> StoreFuture<'a, Option<Vec<u8>>> {
        Box::pin(
            self.run(async move |connection| {
                redis::cmd("GET").arg(key).query_async(connection).await
            }),
        )
    }

    fn put<'a>(&'a self, key: &'a str, value: &'a [u8], ttl: Duration) -> StoreFuture<'a, ()> {
        let millis = ttl.as_millis().max(1) as u64;
        Box::pin(self.run(async move |connection| {
            redis::cmd("SET")
                .arg(key)
                .arg(value)
                .arg("PX")
                .arg(millis)
                .query_async(connection)
                .await
        }))
    }

    fn remove_if<'a>(&'a self, key: &'a str, prefix: &'a [u8]) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let _: i64 = self
                .run(async |connection| {
                    redis::Script::new(REMOVE_IF)
                        .key(key)
                        .arg(prefix)
                        .invoke_async(connection)
                        .await
                })
                .await?;
            Ok(())
        })
    }

    fn lock<'a>(&'a self, key: &'a str, owner: &'a str, ttl: Duration) -> StoreFuture<'a, bool> {
        let millis = ttl.as_millis().max(1) as u64;
        Box::pin(async move {
            let taken: Option<String> = self
                .run(async move |connection| {
                    redis::cmd("SET")
                        .arg(key)
                        .arg(owner)
                        .arg("NX")
                        .arg("PX")
                        .arg(millis)
                        .query_async(connection)
                        .await
                })
                .await?;
            Ok(taken.is_some())
        })
    }

    fn unlock<'a>(&'a self, key: &'a str, owner: &'a str) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let _: i64 = self
                .run(async |connection| {
                    redis::Script::new(UNLOCK).key(key).arg(owner).invoke_async(connection).await
                })
                .await?;
            Ok(())
        })
    }
}
