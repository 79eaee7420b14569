//! The `Client`: one base URL, default headers, limits, and a `reqwest::Client`
//! underneath; it sends any [`Endpoint`] and decodes its answer.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use http::header::{AUTHORIZATION, USER_AGENT};
use http::{HeaderMap, HeaderName, HeaderValue};

use crate::auth::{ClientCredentials, TokenSource};
use crate::call;
use crate::config::{
    CallOptions, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_READ_TIMEOUT, Settings,
};
use crate::endpoint::Endpoint;
use crate::error::{ConfigError, Error};
use crate::facts::Facts;
use crate::hooks::{Hook, Hooks, Request};
use crate::redirect::{Hop, RedirectPolicy};
use crate::request::{BaseUrl, UserInfo};
use crate::retry::RetryPolicy;
use crate::transport::{Backend, Limits};

const DEFAULT_USER_AGENT: &str = concat!("restpoint/", env!("CARGO_PKG_VERSION"));

/// Sends endpoints to one API. Cheap to clone: clones share the connection pool.
///
/// Its defaults hold against a server that misbehaves: a connect timeout (10 s),
/// a read timeout that ends an answer which stops moving (20 s), a cap on the size
/// of an answer (32 MiB), and redirects followed only within the origin. See
/// [`ClientBuilder`] to change them.
///
/// ```no_run
/// # async fn run() -> Result<(), restpoint_runtime::Error> {
/// use std::time::Duration;
///
/// let client = restpoint_runtime::Client::builder("https://tenant.eu.auth0.com")
///     .bearer_auth("eyJhbGciOi...")
///     .timeout(Duration::from_secs(10))
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    backend: Backend,
    settings: Arc<Settings>,
}

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
    pub fn new(base_url: &str) -> Result<Self, Error> {
        Self::builder(base_url).build()
    }

    /// A builder for a client for the API at `base_url`.
    ///
    /// Credentials in the URL (`https://user:password@host`) are taken out of it
    /// and sent as `Authorization: Basic`, like
    /// [`basic_auth`](ClientBuilder::basic_auth); they are never displayed.
    pub fn builder(base_url: &str) -> ClientBuilder {
        ClientBuilder::new(base_url)
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
    pub fn from_reqwest(http: reqwest::Client, base_url: &str) -> Result<Self, Error> {
        let mut builder = ClientBuilder::new(base_url).reqwest_client(http);
        builder.headers.remove(USER_AGENT);
        builder.build()
    }

    /// The base URL, without a trailing `/` (and without credentials).
    pub fn base_url(&self) -> &str {
        self.settings.base.as_str()
    }

    pub(crate) fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Starts sending a prepared request.
    pub(crate) fn start(
        &self,
        prepared: crate::request::PreparedRequest,
        facts: Facts,
    ) -> call::Running<'_> {
        call::start(&self.backend, &self.settings, None, prepared, facts)
    }

    /// Sends `endpoint` and decodes a `2xx` answer into its response type.
    ///
    /// Any other status is an [`Error::Status`] that keeps the status, headers and
    /// raw body; a `2xx` body that does not decode is an [`Error::Decode`] that keeps
    /// them too. Values that cannot make a request are an [`Error::Request`], before
    /// anything is sent.
    ///
    /// The request is built when `send` is called, so the future borrows the client
    /// only: the endpoint may be dropped before it is awaited.
    pub fn send<E: Endpoint>(&self, endpoint: &E) -> Sending<'_, E> {
        self.sending(endpoint, None)
    }

    /// Like [`send`](Client::send), with `options` for this call only: a timeout,
    /// a size cap, a retry policy.
    pub fn send_with<E: Endpoint>(&self, endpoint: &E, options: CallOptions) -> Sending<'_, E> {
        self.sending(endpoint, Some(options))
    }

    fn sending<E: Endpoint>(&self, endpoint: &E, options: Option<CallOptions>) -> Sending<'_, E> {
        // Built in place: a `Result` of the call or an error would be one more copy.
        let state = match self.settings.prepare(endpoint) {
            Ok(prepared) => call::Started::Running(call::start(
                &self.backend,
                &self.settings,
                options,
                prepared,
                Facts::of::<E>(),
            )),
            Err(error) => call::Started::Failed(Some(error)),
        };
        Sending { state, endpoint: PhantomData }
    }

    /// Like [`send`](Client::send), but keeps the status and the headers of the
    /// answer beside the decoded body (Auth0's `x-ratelimit-*` headers, say).
    pub fn execute<E: Endpoint>(
        &self,
        endpoint: &E,
    ) -> impl Future<Output = Result<http::Response<E::Response>, Error>> + Send + use<'_, E> {
        let prepared = self.settings.prepare(endpoint);
        let facts = Facts::of::<E>();
        async move {
            call::start(&self.backend, &self.settings, None, prepared?, facts).await?.decode::<E>()
        }
    }

    /// Sends `endpoint` and gives the answer as soon as its head has arrived, its
    /// body to read as it arrives: in chunks, as a `Stream` of `Bytes`, as
    /// server-sent events, or copied to a file (see
    /// [`ResponseStream`](crate::stream::ResponseStream)). Endpoints declared with
    /// `#[endpoint]` have it as `endpoint.stream(&client)`.
    ///
    /// Until the head of a `2xx` answer arrives the call is a `send`'s: the same
    /// retries, credentials, hooks and errors. Then nothing is retried, and no
    /// size cap applies; the read timeout still ends a body that stops moving.
    pub fn stream<E: Endpoint>(&self, endpoint: &E) -> crate::stream::Opening<'_> {
        let call = self
            .settings
            .prepare(endpoint)
            .map(|prepared| self.start(prepared, Facts::streaming::<E>()));
        crate::stream::Opening::new(call, E::route(), self.settings.limits.read_timeout)
    }

    /// Runs a prepared call to its `2xx` answer, undecoded: for the blocking client.
    #[cfg(feature = "blocking")]
    pub(crate) async fn run(
        &self,
        prepared: crate::request::PreparedRequest,
        facts: &Facts,
    ) -> Result<call::Success, Error> {
        call::run(&self.backend, &self.settings, None, &prepared, facts).await
    }

    /// Whether requests go to the test kit's double rather than the network.
    #[cfg(feature = "blocking")]
    pub(crate) fn is_mock(&self) -> bool {
        #[cfg(feature = "test-util")]
        if let Backend::Mock(_) = self.backend {
            return true;
        }
        false
    }

    /// The `reqwest::Request` that `send` sends first, built without I/O: to send
    /// through reqwest middleware, say.
    pub fn build_request<E: Endpoint>(&self, endpoint: &E) -> Result<reqwest::Request, Error> {
        let prepared = self.settings.prepare(endpoint)?;
        let url = prepared
            .parse_url(&self.settings.base)
            .map_err(|source| Error::Request { route: E::route(), source })?;
        let first = Hop::first(&prepared);
        let request = Request::for_hop(&prepared, &self.settings.headers, None, None, &first, url);
        Ok(request.into_reqwest())
    }

    /// The request `send` would send, as a `curl` command, with the client's base
    /// URL and default headers. Secrets (credentials, sensitive headers,
    /// `#[secret]` fields) show as `***`; [`to_curl_unmasked`](Client::to_curl_unmasked)
    /// shows them.
    ///
    /// A request that cannot be built renders as a shell comment saying why.
    ///
    /// ```
    /// use restpoint_runtime::{Client, Endpoint, Json, PathWriter, RequestError};
    ///
    /// struct GetUser;
    /// impl Endpoint for GetUser {
    ///     type Response = serde_json::Value;
    ///     type Format = Json;
    ///     const METHOD: http::Method = http::Method::GET;
    ///     const PATH_TEMPLATE: &'static str = "/api/v2/users/me";
    ///     fn write_path(&self, path: &mut PathWriter<'_>) -> Result<(), RequestError> {
    ///         path.push_literal("/api/v2/users/me");
    ///         Ok(())
    ///     }
    /// }
    ///
    /// let client = Client::builder("https://tenant.auth0.com").bearer_auth("tok").build()?;
    /// assert_eq!(
    ///     client.to_curl(&GetUser),
    ///     "curl 'https://tenant.auth0.com/api/v2/users/me' \\\n  \
    ///      -H 'user-agent: restpoint/0.1.0' \\\n  \
    ///      -H 'authorization: Bearer ***'"
    /// );
    /// # Ok::<(), restpoint_runtime::Error>(())
    /// ```
    pub fn to_curl<E: Endpoint>(&self, endpoint: &E) -> String {
        self.settings.curl(endpoint, false)
    }

    /// Like [`to_curl`](Client::to_curl), with every secret shown. Mind where the
    /// result goes.
    pub fn to_curl_unmasked<E: Endpoint>(&self, endpoint: &E) -> String {
        self.settings.curl(endpoint, true)
    }

    /// The request `send` would send, as an [`http::Request`], the client's default
    /// headers included, built without any I/O.
    pub fn http_request<E: Endpoint>(&self, endpoint: &E) -> Result<http::Request<Bytes>, Error> {
        self.settings.http_request(endpoint)
    }
}

/// The future of [`Client::send`] (and of an endpoint's `send`): the call under
/// way, then its `2xx` answer decoded into the endpoint's response type.
///
/// The request was built when `send` was called; the future borrows only the
/// client. Every endpoint's `send` returns this one type, so its code is not
/// generated again for each endpoint.
#[must_use = "a request is sent only when its future is awaited"]
pub struct Sending<'c, E> {
    state: call::Started<'c>,
    endpoint: PhantomData<fn() -> E>,
}

impl<E: Endpoint> Future for Sending<'_, E> {
    type Output = Result<E::Response, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let state = &mut self.get_mut().state;
        state.poll(cx).map(|outcome| Ok(outcome?.decode::<E>()?.into_body()))
    }
}

impl<E> fmt::Debug for Sending<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sending").field("endpoint", &std::any::type_name::<E>()).finish()
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client").field("settings", &self.settings).finish_non_exhaustive()
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
    backend: Option<Backend>,
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
            backend: None,
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

    /// How long opening a connection may take; 10 s by default. (A client given
    /// by [`reqwest_client`](ClientBuilder::reqwest_client) keeps its own.)
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
    pub fn reqwest_client(mut self, http: reqwest::Client) -> Self {
        self.backend = Some(Backend::Http(http));
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
    pub fn build(mut self) -> Result<Client, Error> {
        let backend = match self.backend.take() {
            Some(backend) => backend,
            None => Backend::Http(
                reqwest::Client::builder()
                    // restpoint follows redirects itself, by its own policy.
                    .redirect(reqwest::redirect::Policy::none())
                    .referer(false)
                    .connect_timeout(self.connect_timeout)
                    .build()
                    .map_err(ConfigError::Http)?,
            ),
        };
        Ok(Client { backend, settings: Arc::new(self.settings()?) })
    }

    /// Builds a [`BlockingClient`](crate::BlockingClient), or reports the first
    /// invalid setting.
    #[cfg(feature = "blocking")]
    #[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
    pub fn build_blocking(self) -> Result<crate::BlockingClient, Error> {
        crate::BlockingClient::from_client(self.build()?)
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

#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
impl crate::mock::Mock {
    /// The base URL of clients made from a mock.
    pub const BASE_URL: &'static str = "http://mock.restpoint.invalid";

    /// A client whose requests this mock answers, with the default settings.
    pub fn client(&self) -> Client {
        let client = self.builder().build();
        // Nothing in the default settings can fail to build.
        client.unwrap_or_else(|_| unreachable!("the default settings are valid"))
    }

    /// A builder for a client whose requests this mock answers: add hooks,
    /// credentials, a retry policy, as the code under test does.
    pub fn builder(&self) -> ClientBuilder {
        let mut builder = ClientBuilder::new(Self::BASE_URL);
        builder.backend = Some(Backend::Mock(self.clone()));
        builder
    }

    /// A blocking client whose requests this mock answers, on a paused clock.
    #[cfg(feature = "blocking")]
    pub fn blocking_client(&self) -> Result<crate::BlockingClient, Error> {
        self.builder().build_blocking()
    }
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
