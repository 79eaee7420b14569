//! What a client is configured with, the defaults a hostile server cannot break,
//! and the options that change them for one call.

use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue};

use crate::endpoint::Endpoint;
use crate::error::Error;
use crate::hooks::Hooks;
use crate::redirect::RedirectPolicy;
use crate::request::{BaseUrl, PreparedRequest};
use crate::retry::RetryPolicy;
use crate::transport::read::Limits;

/// How long a connection may take to open, unless set otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long an answer may stand still, unless set otherwise: its head must arrive
/// within this, and then every such window must bring 1 KiB or the end.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(20);

/// The largest answer read into memory, unless set otherwise: 32 MiB.
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 32 * 1024 * 1024;

/// What every request of a client shares: where it goes, the default headers,
/// and the limits it is read within.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) base: BaseUrl,
    /// Sent under every name an endpoint does not set itself. `Debug` shows
    /// sensitive values (the credentials) as `Sensitive`.
    pub(crate) headers: HeaderMap,
    pub(crate) limits: Limits,
    pub(crate) retry: RetryPolicy,
    pub(crate) redirects: RedirectPolicy,
    pub(crate) hooks: Hooks,
    /// Credentials that renew themselves, if the client has them.
    pub(crate) auth: Option<std::sync::Arc<crate::auth::TokenSource>>,
    /// The rate budget every attempt waits its turn in, if the client has one.
    pub(crate) budget: Option<std::sync::Arc<crate::limit::Limiter>>,
}

impl Settings {
    /// The request `endpoint` describes, or why there is none.
    pub(crate) fn prepare<E: Endpoint>(&self, endpoint: &E) -> Result<PreparedRequest, Error> {
        crate::endpoint::prepare(endpoint, &self.base)
            .map_err(|source| Error::Request { route: E::route(), source })
    }

    /// A `curl` command for `endpoint`; see [`Client::to_curl`](crate::Client::to_curl).
    pub(crate) fn curl<E: Endpoint>(&self, endpoint: &E, reveal: bool) -> String {
        let prepared = if reveal {
            self.prepare(endpoint)
        } else {
            crate::secret::redacted(|| self.prepare(endpoint))
        };
        match prepared {
            Ok(prepared) => prepared.to_curl(&self.headers, reveal),
            Err(error) => format!("# restpoint: {error}"),
        }
    }

    pub(crate) fn http_request<E: Endpoint>(
        &self,
        endpoint: &E,
    ) -> Result<http::Request<Bytes>, Error> {
        self.prepare(endpoint)?
            .into_http(&self.headers)
            .map_err(|source| Error::Request { route: E::route(), source })
    }

    /// The limits and the retry policy of one call: the client's, less what
    /// `options` change.
    pub(crate) fn for_call<'a>(
        &'a self,
        options: Option<&'a CallOptions>,
    ) -> (Limits, &'a RetryPolicy) {
        let Some(options) = options else {
            return (self.limits, &self.retry);
        };
        let limits = Limits {
            timeout: options.timeout.or(self.limits.timeout),
            read_timeout: options.read_timeout.unwrap_or(self.limits.read_timeout),
            max_response_size: options.max_response_size.unwrap_or(self.limits.max_response_size),
        };
        (limits, options.retry.as_ref().unwrap_or(&self.retry))
    }
}

/// Options for one call, over the client's: `endpoint.send_with(&client, options)`.
///
/// ```no_run
/// # async fn run(client: &restpoint_runtime::Client, endpoint: &impl restpoint_runtime::Endpoint) -> Result<(), restpoint_runtime::Error> {
/// use std::time::Duration;
/// use restpoint_runtime::{CallOptions, RetryPolicy};
///
/// let options = CallOptions::new()
///     .timeout(Duration::from_secs(5))
///     .max_response_size(1024 * 1024)
///     .retry(RetryPolicy::none());
/// client.send_with(endpoint, options).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default)]
#[must_use = "options do nothing until passed to `send_with`"]
pub struct CallOptions {
    timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    max_response_size: Option<u64>,
    retry: Option<RetryPolicy>,
    headers: HeaderMap,
}

impl CallOptions {
    /// No change: the client's settings.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// The longest one attempt may take, start to end of the answer; see
    /// [`ClientBuilder::timeout`](crate::ClientBuilder::timeout).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How long the answer may stand still; see
    /// [`ClientBuilder::read_timeout`](crate::ClientBuilder::read_timeout).
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }

    /// The largest answer read, in bytes; see
    /// [`ClientBuilder::max_response_size`](crate::ClientBuilder::max_response_size).
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = Some(bytes);
        self
    }

    /// How this call is retried.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// Sends the header `name: value` on this call, over the endpoint's and the
    /// client's of that name. A credential by its name (`Authorization`, ...) is
    /// sensitive, as everywhere.
    ///
    /// ```
    /// use restpoint_runtime::CallOptions;
    /// use restpoint_runtime::http::{HeaderName, HeaderValue};
    ///
    /// let options = CallOptions::new()
    ///     .header(HeaderName::from_static("if-none-match"), HeaderValue::from_static("\"v42\""));
    /// ```
    pub fn header(mut self, name: HeaderName, mut value: HeaderValue) -> Self {
        crate::secret::mark(&name, &mut value, false);
        self.headers.insert(name, value);
        self
    }

    /// The headers of this call.
    pub(crate) fn headers(&self) -> Option<&HeaderMap> {
        (!self.headers.is_empty()).then_some(&self.headers)
    }
}
