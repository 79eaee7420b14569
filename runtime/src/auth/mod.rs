//! Credentials that renew themselves: the OAuth 2.0 client-credentials grant
//! (Auth0's Management API tokens), fetched once, shared by every call of a
//! client, renewed shortly before they expire and once after a `401`.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method};
use serde::Deserialize;
use tokio::sync::Mutex;
use tokio::time::Instant;

use crate::body::Body;
use crate::error::{Error, RequestError};
use crate::secret::Masked;

#[cfg(feature = "redis")]
mod redis;
#[cfg(feature = "token-store")]
mod store;
mod token;

use token::Token;

#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub use redis::RedisStore;
#[cfg(feature = "token-store")]
#[cfg_attr(docsrs, doc(cfg(feature = "token-store")))]
pub use store::{MemoryStore, StoreError, StoreFuture, TokenStore};

/// The path template that names a client's token requests in errors, hooks and
/// the test kit: the token URL is a whole URL, not a path of the API.
pub(crate) const TOKEN_TEMPLATE: &str = "<token_url>";

/// The route of a client's token requests.
pub(crate) fn token_route() -> crate::error::Route {
    crate::error::Route { method: Method::POST, template: TOKEN_TEMPLATE }
}

/// How long before a token's expiry it is renewed, at least, for a token of five
/// minutes or more; a tenth of its lifetime when that is longer, less a little
/// jitter so that many clients do not renew at the same instant.
const MARGIN: Duration = Duration::from_secs(30);

/// How long a token lives when its answer does not say (`expires_in` missing or
/// not a number).
const DEFAULT_LIFETIME: Duration = Duration::from_secs(3600);

/// The longest a token is used before it is renewed, whatever its answer says:
/// a lifetime of centuries is a server's mistake, and renewing once a day costs
/// one token a day.
const MAX_LIFETIME: Duration = Duration::from_secs(24 * 3600);

/// The shortest a token is used, whatever its answer says (`expires_in: 0`, or a
/// negative number): without it, every call would wait for a token of its own.
/// A server that refuses it answers `401`, and the token is renewed once.
const MIN_USE: Duration = Duration::from_secs(1);

/// The client-credentials grant: a token from `token_url` for `client_id` and
/// `client_secret`, fetched when first needed, shared by every call of the client,
/// and renewed before it expires (one fetch at a time, however many calls wait).
/// A `401` to a token the client believes valid renews it once and sends again
/// once. The secret and the token are sensitive everywhere.
///
/// ```no_run
/// use restpoint_runtime::Client;
/// use restpoint_runtime::auth::ClientCredentials;
///
/// let client = Client::builder("https://tenant.eu.auth0.com")
///     .auth(
///         ClientCredentials::new("https://tenant.eu.auth0.com/oauth/token", "CLIENT_ID", "SECRET")
///             .audience("https://tenant.eu.auth0.com/api/v2/"),
///     )
///     .build()?;
/// # Ok::<(), restpoint_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct ClientCredentials {
    pub(crate) token_url: String,
    client_id: String,
    client_secret: String,
    audience: Option<String>,
    scope: Option<String>,
    /// Where the token is shared with other processes, if anywhere.
    #[cfg(feature = "token-store")]
    store: Option<std::sync::Arc<dyn TokenStore>>,
}

impl ClientCredentials {
    /// The grant for `client_id` and `client_secret` at `token_url` (Auth0's is
    /// `https://{tenant}/oauth/token`).
    pub fn new(
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        ClientCredentials {
            token_url: token_url.into(),
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            audience: None,
            scope: None,
            #[cfg(feature = "token-store")]
            store: None,
        }
    }

    /// Shares the token through `store` with every client of the same
    /// credentials, in this process or another: one fetch for the fleet (a short
    /// lock in the store; the others wait for its token a bounded time, then
    /// fetch themselves), the token sealed with a key derived from the client
    /// secret. A store that does not answer is done without: the process's own
    /// token is used, and the store used again when it answers.
    ///
    /// ```
    /// use restpoint_runtime::auth::{ClientCredentials, MemoryStore};
    ///
    /// let shared = MemoryStore::default();
    /// let credentials = ClientCredentials::new("https://tenant.eu.auth0.com/oauth/token", "ID", "SECRET")
    ///     .audience("https://tenant.eu.auth0.com/api/v2/")
    ///     .store(shared.clone());
    /// # let _ = credentials;
    /// ```
    #[cfg(feature = "token-store")]
    #[cfg_attr(docsrs, doc(cfg(feature = "token-store")))]
    pub fn store(mut self, store: impl TokenStore + 'static) -> Self {
        self.store = Some(std::sync::Arc::new(store));
        self
    }

    /// The API the token is for (Auth0: `https://{tenant}/api/v2/`).
    pub fn audience(mut self, audience: impl Into<String>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// The scopes asked for, space-separated.
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// The token request's form body.
    fn form(&self) -> Result<Body, RequestError> {
        #[derive(serde::Serialize)]
        struct Form<'a> {
            grant_type: &'static str,
            client_id: &'a str,
            client_secret: &'a str,
            audience: Option<&'a str>,
            scope: Option<&'a str>,
        }
        let form = Form {
            grant_type: "client_credentials",
            client_id: &self.client_id,
            client_secret: &self.client_secret,
            audience: self.audience.as_deref(),
            scope: self.scope.as_deref(),
        };
        Body::form(&form)
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("token_url", &crate::secret::masked_url(&self.token_url))
            .field("client_id", &self.client_id)
            .field("client_secret", &Masked)
            .field("audience", &self.audience)
            .field("scope", &self.scope)
            .finish_non_exhaustive()
    }
}

/// A client's credentials and the token it holds; one fetch at a time.
pub(crate) struct TokenSource {
    pub(crate) credentials: ClientCredentials,
    token: Mutex<Option<Token>>,
    /// The token's place in a store shared with other processes.
    #[cfg(feature = "token-store")]
    shared: Option<store::Shared>,
}

impl fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenSource")
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

/// How a token is fetched: the client's transport, and its limits.
pub(crate) trait Fetch {
    /// Sends the token request, `POST` to `url` with `form`; the `2xx` answer.
    fn fetch(
        &self,
        url: &str,
        form: Body,
    ) -> impl Future<Output = Result<http::Response<Bytes>, Error>> + Send;
}

impl TokenSource {
    pub(crate) fn new(credentials: ClientCredentials) -> Self {
        #[cfg(feature = "token-store")]
        let shared = credentials.store.clone().map(|store| {
            let named = [
                credentials.token_url.as_str(),
                credentials.client_id.as_str(),
                credentials.audience.as_deref().unwrap_or(""),
                credentials.scope.as_deref().unwrap_or(""),
            ];
            store::Shared::new(store, named, &credentials.client_secret)
        });
        TokenSource {
            credentials,
            token: Mutex::new(None),
            #[cfg(feature = "token-store")]
            shared,
        }
    }

    /// The `Authorization` value to send: the token held, or a new one if there is
    /// none, it is due for renewal, or it is `rejected` (answered `401`). Calls that
    /// arrive while one fetches wait for its token.
    pub(crate) async fn header(
        &self,
        fetch: impl Fetch,
        rejected: Option<&HeaderValue>,
    ) -> Result<HeaderValue, Error> {
        let mut held = self.token.lock().await;
        if let Some(token) = held.as_ref() {
            let fresh = Instant::now() < token.renew_at;
            let refused = rejected.is_some_and(|rejected| *rejected == token.header);
            if fresh && !refused {
                return Ok(token.header.clone());
            }
        }
        #[cfg(feature = "token-store")]
        if let Some(shared) = &self.shared {
            let token = self.shared_token(shared, &fetch, rejected).await?;
            let header = token.header.clone();
            *held = Some(token);
            return Ok(header);
        }
        let token = self.fetch(&fetch).await?;
        let header = token.header.clone();
        *held = Some(token);
        Ok(header)
    }

    /// A token through the store: the fleet's, if it holds one (not `rejected`);
    /// else one fetch for the fleet, by whoever takes the lock, which the others
    /// wait for a bounded time before they fetch themselves. Each step the store
    /// does not answer is done without it.
    #[cfg(feature = "token-store")]
    async fn shared_token(
        &self,
        shared: &store::Shared,
        fetch: &impl Fetch,
        rejected: Option<&HeaderValue>,
    ) -> Result<Token, Error> {
        if let Some(rejected) = rejected {
            let _ = shared.forget(rejected).await;
        }
        match shared.take(rejected).await {
            Ok(Some(token)) => return Ok(token),
            Ok(None) => {}
            // The store is away: this process's own token.
            Err(_) => return self.fetch(fetch).await,
        }
        if matches!(shared.lock().await, Ok(false)) {
            let waited = Instant::now() + store::WAIT_FOR_FETCH;
            while Instant::now() < waited {
                tokio::time::sleep(store::LOOK_EVERY).await;
                match shared.take(rejected).await {
                    Ok(Some(token)) => return Ok(token),
                    Ok(None) => {}
                    Err(_) => break,
                }
            }
        }
        let fetched = self.fetch(fetch).await;
        if let Ok(token) = &fetched {
            let _ = shared.put(token).await;
        }
        let _ = shared.unlock().await;
        fetched
    }

    /// A new token. The answer is kept in an error only with its credentials
    /// (`access_token`, `refresh_token`, `id_token`) masked.
    async fn fetch(&self, fetch: &impl Fetch) -> Result<Token, Error> {
        self.fetch_unmasked(fetch).await.map_err(|mut error| {
            if let Some(answer) = error.response_mut() {
                let masked = crate::secret::masked_token_answer(answer.body());
                *answer.body_mut() = masked;
            }
            error
        })
    }

    async fn fetch_unmasked(&self, fetch: &impl Fetch) -> Result<Token, Error> {
        let form = self
            .credentials
            .form()
            .map_err(|source| Error::Request { route: token_route(), source })?;
        let answer = fetch.fetch(&self.credentials.token_url, form).await?;
        #[derive(Deserialize)]
        struct Granted {
            access_token: String,
            /// A number, a number in a string, or anything else (then ignored).
            #[serde(default)]
            expires_in: Option<serde_json::Value>,
        }
        let granted: Granted = match serde_json::from_slice(answer.body()) {
            Ok(granted) => granted,
            Err(source) => {
                return Err(Error::Decode {
                    route: token_route(),
                    attempts: 1,
                    response: crate::error::keep_answer(answer),
                    source: source.into(),
                });
            }
        };
        let mut header = HeaderValue::try_from(format!("Bearer {}", granted.access_token))
            .map_err(|_| Error::Request {
                route: token_route(),
                source: RequestError::HeaderValue { name: http::header::AUTHORIZATION },
            })?;
        header.set_sensitive(true);
        let now = Instant::now();
        let renew_at = now.checked_add(use_for(granted.expires_in.as_ref())).unwrap_or(now);
        Ok(Token { header, renew_at })
    }
}

/// How long a token whose answer says `expires_in` is used before it is renewed:
/// a margin before it expires (a tenth of its life, and at least 30 s for a
/// token of five minutes or more; less up to a tenth of that again at random),
/// never less than [`MIN_USE`], and never more than [`MAX_LIFETIME`].
fn use_for(expires_in: Option<&serde_json::Value>) -> Duration {
    let seconds = match expires_in {
        Some(serde_json::Value::Number(number)) => number.as_f64(),
        Some(serde_json::Value::String(text)) => text.trim().parse::<f64>().ok(),
        _ => None,
    };
    let lifetime = match seconds {
        Some(seconds) if seconds.is_nan() => DEFAULT_LIFETIME,
        Some(seconds) if seconds <= 0.0 => Duration::ZERO,
        Some(seconds) if seconds >= MAX_LIFETIME.as_secs_f64() => MAX_LIFETIME,
        Some(seconds) => Duration::from_secs_f64(seconds),
        None => DEFAULT_LIFETIME,
    };
    // A tenth of the life, and at least `MARGIN` for a token of five minutes or
    // more; a short-lived one (seconds) is used for nine tenths of its life, so
    // that a fleet sharing it fetches one per life, not two.
    let margin = if lifetime >= MARGIN * 10 { (lifetime / 10).max(MARGIN) } else { lifetime / 10 };
    let margin = margin + margin.mul_f64(fastrand::f64() / 10.0);
    lifetime.saturating_sub(margin).max(MIN_USE)
}

/// Puts `authorization` into `headers`, over any other.
pub(crate) fn authorize(headers: &mut HeaderMap, authorization: &HeaderValue) {
    headers.insert(http::header::AUTHORIZATION, authorization.clone());
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn what_providers_send_as_expires_in() {
        // An hour, less a tenth and up to a hundredth at random.
        let about_an_hour = |used: Duration| (3203..=3240).contains(&used.as_secs());
        for hour in [json!(3600), json!("3600"), json!(" 3600 "), json!(3600.5)] {
            assert!(about_an_hour(use_for(Some(&hour))), "{hour}");
        }
        // Missing, or not a number: an hour.
        for missing in [None, Some(json!(null)), Some(json!("soon")), Some(json!([1]))] {
            assert!(about_an_hour(use_for(missing.as_ref())), "{missing:?}");
        }
        // Nothing, or less than nothing: used for a second.
        for none in [json!(0), json!(-5), json!("-1e9"), json!(0.2)] {
            assert_eq!(use_for(Some(&none)), MIN_USE, "{none}");
        }
        // Centuries, or more than a u64 holds: a day at most.
        for absurd in [json!(u64::MAX), json!(1e300), json!("1e999"), json!(i64::MAX)] {
            let used = use_for(Some(&absurd));
            assert!(used < MAX_LIFETIME && used > MAX_LIFETIME / 2, "{absurd}: {used:?}");
        }
    }
}
