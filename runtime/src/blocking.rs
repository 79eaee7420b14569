//! `BlockingClient`: the same requests and answers as [`Client`](crate::Client),
//! sent without an async runtime (reqwest's blocking client underneath).

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;

use crate::client::ClientBuilder;
use crate::endpoint::Endpoint;
use crate::error::Error;
use crate::error::Route;
use crate::request::{Facts, Next, PreparedRequest, Settings, Success, answer, next_step};
use crate::trace::Trace;

/// Sends endpoints to one API and waits for the answer. Built like a
/// [`Client`](crate::Client); not to be used from within an async runtime.
///
/// ```no_run
/// let client = restpoint_runtime::BlockingClient::builder("https://tenant.eu.auth0.com")
///     .bearer_auth("eyJhbGciOi...")
///     .build_blocking()?;
/// # Ok::<(), restpoint_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct BlockingClient {
    http: reqwest::blocking::Client,
    settings: Arc<Settings>,
}

impl BlockingClient {
    /// A blocking client for the API at `base_url`, with the default settings.
    pub fn new(base_url: &str) -> Result<Self, Error> {
        Self::builder(base_url).build_blocking()
    }

    /// A builder; finish it with [`ClientBuilder::build_blocking`].
    pub fn builder(base_url: &str) -> ClientBuilder {
        crate::Client::builder(base_url)
    }

    pub(crate) fn from_parts(http: reqwest::blocking::Client, settings: Settings) -> Self {
        BlockingClient { http, settings: Arc::new(settings) }
    }

    /// The base URL, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        self.settings.base.as_str()
    }

    /// Sends `endpoint` and decodes a `2xx` answer; see [`Client::send`](crate::Client::send).
    pub fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response, Error> {
        self.execute(endpoint).map(http::Response::into_body)
    }

    /// Like [`send`](BlockingClient::send), keeping the status and the headers.
    pub fn execute<E: Endpoint>(&self, endpoint: &E) -> Result<http::Response<E::Response>, Error> {
        let prepared = self.settings.prepare(endpoint)?;
        self.exchange(prepared, &Facts::of::<E>())?.decode::<E>()
    }

    /// The blocking twin of the async client's loop; one copy serves every endpoint.
    fn exchange(&self, prepared: PreparedRequest, facts: &Facts) -> Result<Success, Error> {
        let trace = Trace::start(&facts.route);
        #[cfg(feature = "tracing")]
        let _entered = trace.span().entered();
        let outcome = self.attempts(prepared, facts, &trace);
        trace.finish(if outcome.is_ok() { "ok" } else { "error" });
        outcome
    }

    fn attempts(
        &self,
        prepared: PreparedRequest,
        facts: &Facts,
        trace: &Trace,
    ) -> Result<Success, Error> {
        let mut attempt = 0u32;
        loop {
            attempt = attempt.saturating_add(1);
            trace.attempt(attempt);
            let outcome = self.attempt(self.to_reqwest(&prepared, &facts.route)?);
            if let Ok(answer) = &outcome {
                trace.status(answer.status());
            }
            match next_step(&self.settings.retry, facts, attempt, outcome) {
                Next::Retry(wait) => {
                    trace.retrying(wait);
                    std::thread::sleep(wait);
                }
                Next::Done(outcome) => return outcome,
            }
        }
    }

    fn attempt(
        &self,
        request: reqwest::blocking::Request,
    ) -> Result<http::Response<Bytes>, reqwest::Error> {
        let mut response = self.http.execute(request)?;
        let (status, version) = (response.status(), response.version());
        // Taken, not cloned: the response is consumed by `bytes` next.
        let headers = std::mem::take(response.headers_mut());
        Ok(answer(status, version, headers, response.bytes()?))
    }

    /// The `reqwest::blocking::Request` that `send` sends first, built without I/O.
    pub fn build_request<E: Endpoint>(
        &self,
        endpoint: &E,
    ) -> Result<reqwest::blocking::Request, Error> {
        self.to_reqwest(&self.settings.prepare(endpoint)?, &E::route())
    }

    fn to_reqwest(
        &self,
        prepared: &PreparedRequest,
        route: &Route,
    ) -> Result<reqwest::blocking::Request, Error> {
        let (method, url, headers, body) = prepared.attempt_parts(&self.settings.headers, route)?;
        let mut request = reqwest::blocking::Request::new(method, url);
        *request.headers_mut() = headers;
        *request.body_mut() = body.map(reqwest::blocking::Body::from);
        if let Some(timeout) = self.settings.timeout {
            *request.timeout_mut() = Some(timeout);
        }
        Ok(request)
    }

    /// The request `send` would send, as an [`http::Request`], built without I/O.
    pub fn http_request<E: Endpoint>(&self, endpoint: &E) -> Result<http::Request<Bytes>, Error> {
        self.settings.http_request(endpoint)
    }
}

impl fmt::Debug for BlockingClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BlockingClient").field("settings", &self.settings).finish_non_exhaustive()
    }
}
