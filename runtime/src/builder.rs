//! Every way to make a [`Client`]: `new`, the [`ClientBuilder`] and its
//! settings, and `from_reqwest`.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use http::header::{AUTHORIZATION, USER_AGENT};
use http::{HeaderMap, HeaderName, HeaderValue};

use crate::auth::{ClientCredentials, TokenSource};
use crate::client::Client;
use crate::config::{
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_READ_TIMEOUT, Settings,
};
use crate::error::{ConfigError, Error};
use crate::hooks::{Hook, Hooks};
use crate::redirect::RedirectPolicy;
use crate::request::{BaseUrl, UserInfo};
use crate::retry::RetryPolicy;
use crate::transport::read::Limits;
use crate::transport::{Direct, Network, Transport, proxy_in_environment};

const DEFAULT_USER_AGENT: &str = concat!("restpoint/", env!("CARGO_PKG_VERSION"));

impl Client {
    /// A client for the API at `base_url`, with the default settings.
    ///
    /// A path in the base URL is kept: with `http://host/prefix`, the endpoint
    /// `/users` is sent to `http://host/prefix/users`.
    ///
    /// ```
    /// let client = restpoint_runtime::Client::new("http://127.0.0.1:8080/api")?;
    /// assert_eq!(client.base_url(), "http://127.0.0.1:8080/api");
    /// # Ok::<(), restpoint_runtime::Error>(())
    /// ```
    pub fn new(base_url: impl AsRef<str>) -> Result<Self, Error> {
        Self::builder(base_url).build()
    }

    /// A builder for a client for the API at `base_url`.
    ///
    /// Credentials in the URL (`https://user:password@host`) are taken out of it
    /// and sent as `Authorization: Basic`, like
    /// [`basic_auth`](ClientBuilder::basic_auth); they are never displayed.
    pub fn builder(base_url: impl AsRef<str>) -> ClientBuilder {
        ClientBuilder::new(base_url.as_ref())
    }

    /// A client that sends through `http`, a `reqwest::Client` configured by the
    /// caller (proxies, TLS, connection pool), to the API at `base_url`.
    ///
    /// ```
    /// let http = reqwest::Client::builder()
    ///     .redirect(reqwest::redirect::Policy::none())
    ///     .build()?;
    /// let client = restpoint_runtime::Client::from_reqwest(http, "https://tenant.auth0.com")?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// The client's own settings stand: restpoint adds no `User-Agent` of its own,
    /// and its connect timeout and redirect policy are the client's. Build it with
    /// `redirect(Policy::none())`, as above, so that restpoint's
    /// [`RedirectPolicy`] decides: reqwest's default follows redirects to any host
    /// and keeps every header but `Authorization` and `Cookie`.
    pub fn from_reqwest(http: reqwest::Client, base_url: impl AsRef<str>) -> Result<Self, Error> {
        let mut builder = ClientBuilder::new(base_url.as_ref()).reqwest_client(http);
        builder.headers.remove(USER_AGENT);
        builder.build()
    }
}

/// Configures a [`Client`]; made by [`Client::builder`].
///
/// The first invalid setting is kept and reported by [`ClientBuilder::build`], so
/// the calls chain without a `?` each.
///
/// | setting | default |
/// |---|---|
/// | [`connect_timeout`](ClientBuilder::connect_timeout) | 10 s |
/// | [`read_timeout`](ClientBuilder::read_timeout) | 20 s without the head of an answer, or without 1 KiB of its body |
/// | [`timeout`](ClientBuilder::timeout) | none: a download that keeps flowing is not cut |
/// | [`max_response_size`](ClientBuilder::max_response_size) | 32 MiB |
/// | [`redirects`](ClientBuilder::redirects) | [`RedirectPolicy::same_origin`] |
/// | [`retry`](ClientBuilder::retry) | [`RetryPolicy::new`] |
#[must_use = "a builder does nothing until `build` is called"]
#[derive(Debug)]
pub struct ClientBuilder {
    base: Result<BaseUrl, ConfigError>,
    headers: HeaderMap,
    limits: Limits,
    connect_timeout: Duration,
    retry: RetryPolicy,
    redirects: RedirectPolicy,
    hooks: Hooks,
    auth: Option<ClientCredentials>,
    budget: Option<crate::limit::RateBudget>,
    transport: Option<Arc<dyn Transport>>,
    error: Option<ConfigError>,
}

impl ClientBuilder {
    fn new(base_url: &str) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert(USER_AGENT, HeaderValue::from_static(DEFAULT_USER_AGENT));
        let (base, credentials) = match BaseUrl::parse_with_credentials(base_url) {
            Ok((base, credentials)) => (Ok(base), credentials),
            Err(error) => (Err(error), None),
        };
        let builder = ClientBuilder {
            base,
            headers,
            limits: Limits {
                timeout: None,
                read_timeout: DEFAULT_READ_TIMEOUT,
                max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            },
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            retry: RetryPolicy::new(),
            redirects: RedirectPolicy::default(),
            hooks: Hooks::default(),
            auth: None,
            budget: None,
            transport: None,
            error: None,
        };
        match credentials {
            Some(UserInfo { user, password }) => builder.basic_auth(user, password),
            None => builder,
        }
    }

    /// Sends `Authorization: Bearer <token>` with every request. The value is marked
    /// sensitive: `Debug` output shows `Sensitive` in its place, and it is never
    /// sent across origins.
    pub fn bearer_auth(self, token: impl fmt::Display) -> Self {
        let value = format!("Bearer {token}");
        self.set_header(AUTHORIZATION.as_str(), &value, true)
    }

    /// Sends `Authorization: Basic <user:password in base64>` with every request
    /// (Stripe's key as the user name, Twilio's SID and token), marked sensitive.
    ///
    /// ```
    /// let client = restpoint_runtime::Client::builder("https://api.stripe.com")
    ///     .basic_auth("sk_test_4eC39", None::<&str>)
    ///     .build()?;
    /// assert!(!format!("{client:?}").contains("sk_test"));
    /// # Ok::<(), restpoint_runtime::Error>(())
    /// ```
    pub fn basic_auth(self, user: impl fmt::Display, password: Option<impl fmt::Display>) -> Self {
        let credentials = match password {
            Some(password) => format!("{user}:{password}"),
            None => format!("{user}:"),
        };
        let value =
            format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(credentials));
        self.set_header(AUTHORIZATION.as_str(), &value, true)
    }

    /// Sends the header `name: value` with every request, unless an endpoint sets a
    /// header of that name itself. Replaces an earlier default of the same name,
    /// `User-Agent` (`restpoint/<version>` by default) included.
    ///
    /// A header that carries credentials by its name (`Authorization`,
    /// `Proxy-Authorization`, `Cookie`, `X-Api-Key`, ... see
    /// [`SENSITIVE_HEADERS`](crate::SENSITIVE_HEADERS)) is sensitive whichever
    /// way it is set; [`sensitive_header`](ClientBuilder::sensitive_header) marks
    /// any other.
    pub fn header(self, name: &str, value: &str) -> Self {
        self.set_header(name, value, false)
    }

    /// Like [`header`](ClientBuilder::header), for a value that is a secret: masked
    /// in `Debug`, `to_curl` and errors, and never sent across origins.
    pub fn sensitive_header(self, name: &str, value: &str) -> Self {
        self.set_header(name, value, true)
    }

    /// Gives up on an attempt that has not completed after `timeout`, the time to
    /// read the whole answer included. None by default, so that a long download
    /// that keeps flowing is not cut; the read timeout ends one that stops.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.limits.timeout = Some(timeout);
        self
    }

    /// How long opening a connection may take, the name's lookup, TCP and TLS
    /// counted; 10 s by default. (A client given by
    /// [`reqwest_client`](ClientBuilder::reqwest_client) keeps its own.)
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long an answer may stand still; 20 s by default. The head of the
    /// answer must arrive within `timeout` of sending, and then every window of
    /// `timeout` must bring at least 1 KiB of the body or its end: a server that
    /// is silent, or trickles a byte at a time, ends in an error for which
    /// [`Error::is_timeout`] is true. A download that keeps flowing is never cut.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.limits.read_timeout = timeout;
        self
    }

    /// The largest answer read into memory, in bytes; 32 MiB by default. A larger
    /// one (by its `Content-Length`, or as it arrives) is an [`Error::TooLarge`]
    /// that keeps its status, headers and first 64 KiB; reading stops there. A
    /// `response = ()` endpoint reads a `2xx` body without keeping it, and stops
    /// reading at the limit.
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.limits.max_response_size = bytes;
        self
    }

    /// Which redirects are followed; [`RedirectPolicy::same_origin`] unless set.
    pub fn redirects(mut self, policy: RedirectPolicy) -> Self {
        self.redirects = policy;
        self
    }

    /// Sends through `http`, a `reqwest::Client` configured by the caller, instead
    /// of a new one; the settings here apply on top of it. See
    /// [`Client::from_reqwest`] for its redirects.
    pub fn reqwest_client(self, http: reqwest::Client) -> Self {
        self.transport(Network(http))
    }

    /// Sends through `transport` instead of the network: the test kit's
    /// `Mock` (`test-util`), or a [`Transport`] of your own (a recording,
    /// a replay, middleware). The client's hooks, retries, redirects, credentials
    /// and limits apply to it as to the network: its answers are read within the
    /// size cap and the read timeout. The connect timeout is the transport's.
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// Authenticates every call (but those of `auth = none` endpoints) with
    /// credentials that renew themselves: see
    /// [`ClientCredentials`](crate::auth::ClientCredentials). It replaces a token
    /// set with [`bearer_auth`](ClientBuilder::bearer_auth), and works the same on a
    /// client given by [`reqwest_client`](ClientBuilder::reqwest_client) and on a
    /// `BlockingClient`.
    pub fn auth(mut self, credentials: ClientCredentials) -> Self {
        if url_problem(&credentials.token_url) {
            self.error.get_or_insert(ConfigError::TokenUrl);
        }
        self.headers.remove(AUTHORIZATION);
        self.auth = Some(credentials);
        self
    }

    /// A rate budget: every attempt of every call (retries and the resend after a
    /// `401` included) waits for its turn before it is sent, and its token is
    /// taken after that wait; the wait counts in the call's timeout. After a `429`
    /// with a reset, or `x-ratelimit-remaining: 0`, every call holds until the
    /// reset. See [`RateBudget`](crate::RateBudget).
    pub fn rate_limit(mut self, budget: crate::limit::RateBudget) -> Self {
        self.budget = Some(budget);
        self
    }

    /// Adds `hook`, to run around every call; hooks run in the order added. See
    /// [`Hook`].
    pub fn hook(mut self, hook: impl Hook) -> Self {
        self.hooks.push(Arc::new(hook));
        self
    }

    /// How requests are retried; [`RetryPolicy::new`] unless set, and
    /// [`RetryPolicy::none`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Builds the client, or reports the first invalid setting.
    ///
    /// Unless a [`transport`](ClientBuilder::transport) or a
    /// [`reqwest_client`](ClientBuilder::reqwest_client) is given, the client
    /// sends through hyper's pooled client, used straight (the one reqwest sends
    /// through, without reqwest's work on each request, which restpoint does
    /// itself: redirects, timeouts), set as reqwest sets it by default: TLS by
    /// rustls with the platform's verifier (`default-tls`) or by the platform's
    /// library (`native-tls`), connections kept 90 s idle, `TCP_NODELAY`. When the
    /// environment names a proxy (`HTTP_PROXY`, `HTTPS_PROXY` or `ALL_PROXY`, in
    /// either case), it sends through reqwest instead, which honours them and
    /// `NO_PROXY`.
    pub fn build(mut self) -> Result<Client, Error> {
        let transport: Arc<dyn Transport> = match self.transport.take() {
            Some(transport) => transport,
            // A proxy in the environment: reqwest, which honours it.
            None if proxy_in_environment() => Arc::new(Network(
                reqwest::Client::builder()
                    // restpoint follows redirects itself, by its own policy.
                    .redirect(reqwest::redirect::Policy::none())
                    .referer(false)
                    .connect_timeout(self.connect_timeout)
                    .build()
                    .map_err(ConfigError::Http)?,
            )),
            None => Arc::new(Direct::new(self.connect_timeout)?),
        };
        Ok(Client { transport, settings: Arc::new(self.settings()?) })
    }

    fn settings(self) -> Result<Settings, Error> {
        match self.error {
            Some(error) => Err(error.into()),
            None => Ok(Settings {
                base: self.base?,
                headers: self.headers,
                limits: self.limits,
                retry: self.retry,
                redirects: self.redirects,
                hooks: self.hooks,
                auth: self.auth.map(|credentials| Arc::new(TokenSource::new(credentials))),
                budget: self.budget.map(|budget| Arc::new(crate::limit::Limiter::new(budget))),
            }),
        }
    }

    fn set_header(mut self, name: &str, value: &str, sensitive: bool) -> Self {
        let parsed = HeaderName::try_from(name).ok().zip(HeaderValue::try_from(value).ok());
        match parsed {
            Some((name, mut value)) => {
                crate::secret::mark(&name, &mut value, sensitive);
                self.headers.insert(name, value);
            }
            None => {
                self.error.get_or_insert(ConfigError::Header { name: name.to_owned() });
            }
        }
        self
    }
}

/// Whether `url` cannot be a token endpoint: an absolute `http(s)` URL.
fn url_problem(url: &str) -> bool {
    reqwest::Url::parse(url).map_or(true, |url| !matches!(url.scheme(), "http" | "https"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_reports_the_first_bad_setting() {
        let error = Client::builder("http://h").header("bad name", "v").bearer_auth("a\nb").build();
        assert!(
            matches!(error, Err(Error::Config(ConfigError::Header { ref name })) if name == "bad name")
        );
    }

    #[test]
    fn debug_hides_the_bearer_token() {
        let client = Client::builder("http://h").bearer_auth("s3cret-token").build().unwrap();
        let debug = format!("{client:?}");
        assert!(!debug.contains("s3cret-token"), "{debug}");
        assert!(debug.contains("Sensitive"), "{debug}");
    }

    #[test]
    fn credentials_by_name_are_sensitive_however_they_are_set() {
        let client = Client::builder("http://h")
            .header("Authorization", "Basic c2VjcmV0")
            .header("X-Api-Key", "key-123")
            .sensitive_header("X-Signing-Key", "sig-456")
            .header("Accept-Language", "en")
            .build()
            .unwrap();
        let debug = format!("{client:?}");
        for secret in ["c2VjcmV0", "key-123", "sig-456"] {
            assert!(!debug.contains(secret), "{debug}");
        }
        assert!(debug.contains("\"en\""), "{debug}");
    }

    #[test]
    fn credentials_in_the_base_url_become_basic_auth_and_are_never_shown() {
        let builder = Client::builder("http://alice:p%40ss-w0rd@h:8080/api");
        assert!(!format!("{builder:?}").contains("p%40ss"));
        let client = builder.build().unwrap();
        assert_eq!(client.base_url(), "http://h:8080/api");
        let debug = format!("{client:?}");
        assert!(!debug.contains("p%40ss") && !debug.contains("alice"), "{debug}");
        let authorization = client.settings().headers.get(AUTHORIZATION).unwrap();
        // base64("alice:p@ss-w0rd")
        assert_eq!(authorization, "Basic YWxpY2U6cEBzcy13MHJk");
        assert!(authorization.is_sensitive());
        for bad in [
            "ftp://alice:pw-secret@h/",
            "http://alice:pw-secret@h/?q=1",
            "http://alice:pw-secret@h:99999/",
        ] {
            let error = Client::new(bad).unwrap_err().to_string();
            assert!(!error.contains("pw-secret") && !error.contains("alice"), "{error}");
        }
    }

    #[test]
    fn bad_base_url_is_a_config_error() {
        assert!(matches!(
            Client::new("not a url"),
            Err(Error::Config(ConfigError::BaseUrl { .. }))
        ));
    }
}
