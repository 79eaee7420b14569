//! The `Client`: one base URL, default headers, and a `reqwest::Client` underneath;
//! it sends any [`Endpoint`] and decodes its answer.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{AUTHORIZATION, USER_AGENT};
use http::{HeaderMap, HeaderName, HeaderValue};

use crate::endpoint::Endpoint;
use crate::error::Route;
use crate::error::{ConfigError, Error};
use crate::request::{BaseUrl, Facts, Next, PreparedRequest, Settings, Success, answer, next_step};
use crate::retry::RetryPolicy;
use crate::trace::Trace;

const DEFAULT_USER_AGENT: &str = concat!("restpoint/", env!("CARGO_PKG_VERSION"));

/// Sends endpoints to one API. Cheap to clone: clones share the connection pool.
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
    http: reqwest::Client,
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
    pub fn builder(base_url: &str) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// A client that sends through `http`, a `reqwest::Client` configured by the
    /// caller (proxies, TLS, connection pool), to the API at `base_url`.
    ///
    /// ```
    /// let http = reqwest::Client::new();
    /// let client = restpoint_runtime::Client::from_reqwest(http, "https://tenant.auth0.com")?;
    /// # Ok::<(), restpoint_runtime::Error>(())
    /// ```
    ///
    /// The client's own settings stand: restpoint adds no `User-Agent` of its own.
    pub fn from_reqwest(http: reqwest::Client, base_url: &str) -> Result<Self, Error> {
        let mut builder = ClientBuilder::new(base_url).reqwest_client(http);
        builder.headers.remove(USER_AGENT);
        builder.build()
    }

    /// The base URL, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        self.settings.base.as_str()
    }

    pub(crate) fn settings(&self) -> &Settings {
        &self.settings
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
    pub fn send<E: Endpoint>(
        &self,
        endpoint: &E,
    ) -> impl Future<Output = Result<E::Response, Error>> + Send + use<'_, E> {
        // Not `execute(..).map(..)`: one state machine per endpoint type, not two.
        let prepared = self.settings.prepare(endpoint);
        let facts = Facts::of::<E>();
        async move { Ok(self.exchange(prepared?, &facts).await?.decode::<E>()?.into_body()) }
    }

    /// Like [`send`](Client::send), but keeps the status and the headers of the
    /// answer beside the decoded body (Auth0's `x-ratelimit-*` headers, say).
    pub fn execute<E: Endpoint>(
        &self,
        endpoint: &E,
    ) -> impl Future<Output = Result<http::Response<E::Response>, Error>> + Send + use<'_, E> {
        let prepared = self.settings.prepare(endpoint);
        let facts = Facts::of::<E>();
        async move { self.exchange(prepared?, &facts).await?.decode::<E>() }
    }

    /// Sends a request until it succeeds or the retry policy gives up. It does not
    /// depend on the endpoint's type, so one copy serves every endpoint.
    async fn exchange(&self, prepared: PreparedRequest, facts: &Facts) -> Result<Success, Error> {
        let trace = Trace::start(&facts.route);
        #[cfg(feature = "tracing")]
        let outcome = if trace.is_enabled() {
            let span = trace.span();
            tracing::Instrument::instrument(self.attempts(prepared, facts, &trace), span).await
        } else {
            self.attempts(prepared, facts, &trace).await
        };
        #[cfg(not(feature = "tracing"))]
        let outcome = self.attempts(prepared, facts, &trace).await;
        trace.finish(if outcome.is_ok() { "ok" } else { "error" });
        outcome
    }

    async fn attempts(
        &self,
        prepared: PreparedRequest,
        facts: &Facts,
        trace: &Trace,
    ) -> Result<Success, Error> {
        let mut attempt = 0u32;
        loop {
            attempt = attempt.saturating_add(1);
            trace.attempt(attempt);
            let outcome = self.attempt(self.to_reqwest(&prepared, &facts.route)?).await;
            if let Ok(answer) = &outcome {
                trace.status(answer.status());
            }
            match next_step(&self.settings.retry, facts, attempt, outcome) {
                Next::Retry(wait) => {
                    trace.retrying(wait);
                    tokio::time::sleep(wait).await;
                }
                Next::Done(outcome) => return outcome,
            }
        }
    }

    /// One exchange: the answer read whole, or why there is none.
    async fn attempt(
        &self,
        request: reqwest::Request,
    ) -> Result<http::Response<Bytes>, reqwest::Error> {
        let mut response = self.http.execute(request).await?;
        let (status, version) = (response.status(), response.version());
        // Taken, not cloned: the response is consumed by `bytes` next.
        let headers = std::mem::take(response.headers_mut());
        Ok(answer(status, version, headers, response.bytes().await?))
    }

    /// The `reqwest::Request` that `send` sends first, built without I/O: to send
    /// through reqwest middleware, say.
    pub fn build_request<E: Endpoint>(&self, endpoint: &E) -> Result<reqwest::Request, Error> {
        self.to_reqwest(&self.settings.prepare(endpoint)?, &E::route())
    }

    fn to_reqwest(
        &self,
        prepared: &PreparedRequest,
        route: &Route,
    ) -> Result<reqwest::Request, Error> {
        let (method, url, headers, body) = prepared.attempt_parts(&self.settings.headers, route)?;
        let mut request = reqwest::Request::new(method, url);
        *request.headers_mut() = headers;
        *request.body_mut() = body.map(reqwest::Body::from);
        // Only when set: reqwest keeps it in the request's extensions, a map.
        if let Some(timeout) = self.settings.timeout {
            *request.timeout_mut() = Some(timeout);
        }
        Ok(request)
    }

    /// The request `send` would send, as an [`http::Request`], the client's default
    /// headers included, built without any I/O.
    pub fn http_request<E: Endpoint>(&self, endpoint: &E) -> Result<http::Request<Bytes>, Error> {
        self.settings.http_request(endpoint)
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
#[must_use = "a builder does nothing until `build` is called"]
#[derive(Debug)]
pub struct ClientBuilder {
    base: Result<BaseUrl, ConfigError>,
    headers: HeaderMap,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    http: Option<reqwest::Client>,
    error: Option<ConfigError>,
}

impl ClientBuilder {
    fn new(base_url: &str) -> Self {
        let mut headers = HeaderMap::new();
        headers.insert(USER_AGENT, HeaderValue::from_static(DEFAULT_USER_AGENT));
        ClientBuilder {
            base: BaseUrl::parse(base_url),
            headers,
            timeout: None,
            retry: RetryPolicy::new(),
            http: None,
            error: None,
        }
    }

    /// Sends `Authorization: Bearer <token>` with every request. The value is marked
    /// sensitive: `Debug` output shows `Sensitive` in its place.
    pub fn bearer_auth(self, token: impl fmt::Display) -> Self {
        let value = format!("Bearer {token}");
        self.set_header(AUTHORIZATION.as_str(), &value, true)
    }

    /// Sends the header `name: value` with every request, unless an endpoint sets a
    /// header of that name itself. Replaces an earlier default of the same name,
    /// `User-Agent` (`restpoint/<version>` by default) included.
    pub fn header(self, name: &str, value: &str) -> Self {
        self.set_header(name, value, false)
    }

    /// Gives up on a request that has not completed after `timeout`, the time to
    /// read the whole answer included. There is no timeout by default.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends through `http`, a `reqwest::Client` configured by the caller, instead
    /// of a new one; the settings here apply on top of it.
    pub fn reqwest_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
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
        let http = match self.http.take() {
            Some(http) => http,
            None => reqwest::Client::builder().build().map_err(ConfigError::Http)?,
        };
        Ok(Client { http, settings: Arc::new(self.settings()?) })
    }

    /// Builds a [`BlockingClient`](crate::BlockingClient), or reports the first
    /// invalid setting. Not to be called from within an async runtime.
    #[cfg(feature = "blocking")]
    pub fn build_blocking(self) -> Result<crate::BlockingClient, Error> {
        let http = reqwest::blocking::Client::builder().build().map_err(ConfigError::Http)?;
        Ok(crate::BlockingClient::from_parts(http, self.settings()?))
    }

    fn settings(self) -> Result<Settings, Error> {
        match self.error {
            Some(error) => Err(error.into()),
            None => Ok(Settings {
                base: self.base?,
                headers: self.headers,
                timeout: self.timeout,
                retry: self.retry,
            }),
        }
    }

    fn set_header(mut self, name: &str, value: &str, sensitive: bool) -> Self {
        let parsed = HeaderName::try_from(name).ok().zip(HeaderValue::try_from(value).ok());
        match parsed {
            Some((name, mut value)) => {
                value.set_sensitive(sensitive);
                self.headers.insert(name, value);
            }
            None => {
                self.error.get_or_insert(ConfigError::Header { name: name.to_owned() });
            }
        }
        self
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
    fn bad_base_url_is_a_config_error() {
        assert!(matches!(
            Client::new("not a url"),
            Err(Error::Config(ConfigError::BaseUrl { .. }))
        ));
    }
}
