//! The `Client`: one base URL, default headers, limits, and a transport
//! underneath; it sends any [`Endpoint`] and decodes its answer.

use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;

use crate::call;
use crate::config::{CallOptions, Settings};
use crate::endpoint::Endpoint;
use crate::error::Error;
use crate::facts::Facts;
use crate::redirect::Hop;
use crate::transport::Transport;
use crate::wire::Request;

/// Sends endpoints to one API. Cheap to clone: clones share the connection pool.
///
/// Its defaults hold against a server that misbehaves: a connect timeout (10 s),
/// a read timeout that ends an answer which stops moving (20 s), a cap on the size
/// of an answer (32 MiB), and redirects followed only within the origin. See
/// [`ClientBuilder`](crate::ClientBuilder) to change them.
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
    pub(crate) transport: Arc<dyn Transport>,
    pub(crate) settings: Arc<Settings>,
}

impl Client {
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
        call::start(&*self.transport, &self.settings, None, prepared, facts)
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
        self.sending(endpoint, Some(Box::new(options)))
    }

    fn sending<E: Endpoint>(
        &self,
        endpoint: &E,
        options: Option<Box<CallOptions>>,
    ) -> Sending<'_, E> {
        // Built in place: a `Result` of the call or an error would be one more copy.
        let state = match self.settings.prepare(endpoint) {
            Ok(prepared) => call::Started::Running(call::start(
                &*self.transport,
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
            call::start(&*self.transport, &self.settings, None, prepared?, facts)
                .await?
                .decode::<E>()
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
        facts: Facts,
    ) -> Result<call::Success, Error> {
        let parts = call::Parts {
            transport: &*self.transport,
            settings: &self.settings,
            options: None,
            prepared,
            facts,
        };
        call::run(&parts).await
    }

    /// Whether the client's transport runs on tokio's paused clock (the test kit's).
    #[cfg(feature = "blocking")]
    pub(crate) fn paused_clock(&self) -> bool {
        self.transport.paused_clock()
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
