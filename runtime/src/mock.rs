//! The test kit's network double: answers calls by endpoint, as scripted, and
//! records every request exactly as it would have gone on the wire. Behind the
//! `test-util` feature.

use std::collections::HashMap;
use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::auth::TOKEN_TEMPLATE;
use crate::builder::ClientBuilder;
use crate::client::Client;
use crate::endpoint::Endpoint;
use crate::error::{Error, Route, TransportError};
use crate::hooks::{Call, Request};
use crate::transport::{Pending, ResponseBody, Transport};

/// The token a mock grants to a client with credentials, unless scripted otherwise.
pub const MOCK_TOKEN: &str = "mock-token";

/// A stand-in for the network, for the tests of code that calls endpoints: it
/// answers each endpoint as scripted with [`Mock::on`], and records what every
/// call sent. Clients made from it ([`Mock::client`], [`Mock::builder`]) run the
/// whole of restpoint (hooks, retries, limits, decoding) but no I/O.
///
/// Retries wait on tokio's clock: under `#[tokio::test(start_paused = true)]`, a
/// 60 s `Retry-After` takes no time at all. A blocking client made from a mock
/// runs on a paused clock of its own.
///
/// ```
/// use restpoint_runtime::mock::{Mock, MockResponse};
/// # use restpoint_runtime::{Endpoint, Json, PathWriter, RequestError};
/// # struct DeleteUser;
/// # impl Endpoint for DeleteUser {
/// #     type Response = ();
/// #     type Format = restpoint_runtime::Ignore;
/// #     const METHOD: http::Method = http::Method::DELETE;
/// #     const PATH_TEMPLATE: &'static str = "/api/v2/users/<id>";
/// #     fn write_path(&self, path: &mut PathWriter<'_>) -> Result<(), RequestError> {
/// #         path.push_literal("/api/v2/users/");
/// #         path.push_segment("id", "auth0|1")
/// #     }
/// # }
///
/// # #[tokio::main(flavor = "current_thread", start_paused = true)]
/// # async fn main() -> Result<(), restpoint_runtime::Error> {
/// let mock = Mock::new();
/// mock.on::<DeleteUser>().respond_in_order([
///     MockResponse::new(429).header("retry-after", "60"),
///     MockResponse::new(204),
/// ]);
/// let client = mock.client();
/// client.send(&DeleteUser).await?;
///
/// let sent = mock.sent_to::<DeleteUser>();
/// assert_eq!(sent.len(), 2);
/// assert_eq!(sent[1].url(), "http://mock.restpoint.invalid/api/v2/users/auth0%7C1");
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
pub struct Mock {
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    scripts: HashMap<(Method, &'static str), Script>,
    sent: Vec<Sent>,
}

/// The answers of one endpoint: played in order, the last one repeated.
struct Script {
    answers: Vec<MockResponse>,
    played: usize,
}

impl Mock {
    /// A mock with no answers yet: every call fails until one is scripted.
    pub fn new() -> Self {
        Mock::default()
    }

    /// Scripts the answers to endpoint `E` (by its method and path template).
    pub fn on<E: Endpoint>(&self) -> On<'_> {
        On { mock: self, key: (E::METHOD, E::PATH_TEMPLATE) }
    }

    /// Scripts the answers to the client's token requests (`ClientBuilder::auth`);
    /// unscripted, the mock grants [`MOCK_TOKEN`] for an hour.
    pub fn on_token(&self) -> On<'_> {
        On { mock: self, key: (Method::POST, TOKEN_TEMPLATE) }
    }

    /// Every request sent so far, in order.
    pub fn sent(&self) -> Vec<Sent> {
        self.lock().sent.clone()
    }

    /// The requests sent by calls of endpoint `E`, in order.
    pub fn sent_to<E: Endpoint>(&self) -> Vec<Sent> {
        let sent = &self.lock().sent;
        sent.iter()
            .filter(|s| s.route.method == E::METHOD && s.route.template == E::PATH_TEMPLATE)
            .cloned()
            .collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records `request` and plays the next answer for the call's endpoint.
    fn answer(&self, call: &Call<'_>, request: &Request) -> Result<MockResponse, TransportError> {
        let mut state = self.lock();
        state.sent.push(Sent {
            route: call.route().clone(),
            endpoint: call.endpoint(),
            attempt: call.attempt(),
            method: request.method.clone(),
            url: request.url.to_string(),
            headers: request.headers.clone(),
            body: request.body.as_ref().and_then(|body| body.read_all().ok()).unwrap_or_default(),
        });
        let key = (call.method().clone(), call.template());
        // The client's own token request (`ClientBuilder::auth`): a token, unless
        // the test scripts it with `Mock::on_token`.
        if call.template() == TOKEN_TEMPLATE && !state.scripts.contains_key(&key) {
            let token = serde_json::json!({"access_token": MOCK_TOKEN, "expires_in": 3600});
            return Ok(MockResponse::json(200, &token));
        }
        let Some(script) = state.scripts.get_mut(&key) else {
            return Err(TransportError::other(format!(
                "the mock has no answer for `{}`: script one with `mock.on::<{}>()`",
                call.route(),
                call.endpoint()
            )));
        };
        let index = script.played.min(script.answers.len().saturating_sub(1));
        script.played += 1;
        match script.answers.get(index) {
            Some(answer) => Ok(answer.clone()),
            None => Err(TransportError::other(format!(
                "the mock's script for `{}` is empty",
                call.route()
            ))),
        }
    }
}

impl Mock {
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
        Client::builder(Self::BASE_URL).transport(self.clone())
    }

    /// A blocking client whose requests this mock answers, on a paused clock.
    #[cfg(feature = "blocking")]
    pub fn blocking_client(&self) -> Result<crate::BlockingClient, Error> {
        self.builder().build_blocking()
    }
}

impl Transport for Mock {
    fn send(&self, request: Request, call: &Call<'_>) -> Pending {
        let answer = self.answer(call, &request);
        Box::pin(async move {
            let answer = answer?;
            if let Some(delay) = answer.delay {
                tokio::time::sleep(delay).await;
            }
            Ok(answer.into_response())
        })
    }

    fn paused_clock(&self) -> bool {
        true
    }
}

impl fmt::Debug for Mock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("Mock")
            .field("endpoints", &state.scripts.len())
            .field("sent", &state.sent.len())
            .finish()
    }
}

/// Scripts the answers of one endpoint; made by [`Mock::on`].
#[must_use = "an endpoint is scripted by `respond` or `respond_in_order`"]
pub struct On<'a> {
    mock: &'a Mock,
    key: (Method, &'static str),
}

impl On<'_> {
    /// Answers every call with `response`.
    pub fn respond(self, response: MockResponse) {
        self.respond_in_order([response]);
    }

    /// Answers with `responses` in order, one per request; the last one answers
    /// every request after it. Replaces an earlier script of the endpoint.
    pub fn respond_in_order(self, responses: impl IntoIterator<Item = MockResponse>) {
        let script = Script { answers: responses.into_iter().collect(), played: 0 };
        self.mock.lock().scripts.insert(self.key, script);
    }
}

/// An answer the [`Mock`] gives.
#[derive(Debug, Clone)]
pub struct MockResponse {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
    pub(crate) delay: Option<Duration>,
    /// The body in chunks of this many bytes, one each this long.
    pub(crate) trickle: Option<(usize, Duration)>,
}

impl MockResponse {
    /// An answer of `status` with no body. A status outside 100 to 999 is `500`.
    pub fn new(status: u16) -> Self {
        MockResponse {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            headers: HeaderMap::new(),
            body: Bytes::new(),
            delay: None,
            trickle: None,
        }
    }

    /// An answer of `status` with `body` as JSON.
    pub fn json(status: u16, body: &impl Serialize) -> Self {
        MockResponse::new(status)
            .header("content-type", "application/json")
            .body(serde_json::to_vec(body).unwrap_or_default())
    }

    /// Adds the header `name: value`; one that is not a valid header is left out.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            self.headers.append(name, value);
        }
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }

    /// Answers only after `delay`, on tokio's clock: a delay longer than the read
    /// timeout is a timeout.
    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// Sends the body in chunks of `size` bytes, one each `every` (on tokio's
    /// clock), with no `Content-Length` known beforehand: a slow or stalling
    /// server, read as the network's answers are, within the client's read
    /// timeout (each window must bring 1 KiB or the end) and size cap.
    ///
    /// ```
    /// use std::time::Duration;
    /// use restpoint_runtime::mock::MockResponse;
    ///
    /// // 100 bytes a minute: a read timeout of 20 s ends it.
    /// let trickle = MockResponse::new(200).body(vec![b'x'; 4096]).trickle(100, Duration::from_secs(60));
    /// # let _ = trickle;
    /// ```
    pub fn trickle(mut self, size: usize, every: Duration) -> Self {
        self.trickle = Some((size.max(1), every));
        self
    }

    fn into_response(self) -> http::Response<ResponseBody> {
        let body = match self.trickle {
            Some((size, every)) => ResponseBody::from_stream(Trickle {
                body: self.body,
                size,
                every,
                timer: Box::pin(tokio::time::sleep(every)),
            }),
            None => ResponseBody::from(self.body),
        };
        let mut response = http::Response::new(body);
        *response.status_mut() = self.status;
        *response.headers_mut() = self.headers;
        response
    }
}

/// A body given in chunks of `size`, one each `every`.
struct Trickle {
    body: Bytes,
    size: usize,
    every: Duration,
    timer: Pin<Box<tokio::time::Sleep>>,
}

impl Stream for Trickle {
    type Item = Result<Bytes, std::convert::Infallible>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.body.is_empty() {
            return Poll::Ready(None);
        }
        std::task::ready!(this.timer.as_mut().poll(cx));
        let next = tokio::time::Instant::now() + this.every;
        this.timer.as_mut().reset(next);
        let chunk = this.body.split_to(this.size.min(this.body.len()));
        Poll::Ready(Some(Ok(chunk)))
    }
}

/// A request the [`Mock`] received, exactly as it would have gone on the wire.
#[derive(Debug, Clone)]
pub struct Sent {
    route: Route,
    endpoint: &'static str,
    attempt: u32,
    method: Method,
    url: String,
    headers: HeaderMap,
    body: Bytes,
}

impl Sent {
    /// The endpoint's method and path template.
    pub fn route(&self) -> &Route {
        &self.route
    }

    /// The endpoint's type name.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// Which attempt of its call it was, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The URL, encoded.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The headers, the client's defaults and the hooks' included.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The value of the header `name`, as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The body's bytes (empty for no body).
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// The body decoded from JSON.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}
