//! `BlockingClient`: the same requests, limits, retries and answers as
//! [`Client`](crate::Client), for programs without an async runtime.
//!
//! It runs the async client on a small runtime of its own, on its own thread, and
//! waits for the outcome on the caller's thread (a mock's blocking client runs on
//! a paused clock, so that its retries take no time). The caller's thread never enters
//! an async runtime, so the client can be built, used and dropped anywhere (in a
//! `tokio::task::spawn_blocking` closure, or even inside a runtime, where it
//! blocks that thread) without a panic.

use std::fmt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::mpsc;
use std::task::Poll;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};

use crate::builder::ClientBuilder;
use crate::call::Success;
use crate::client::Client;
use crate::endpoint::Endpoint;
use crate::error::{ConfigError, Error, TransportError};
use crate::facts::Facts;
use crate::request::PreparedRequest;
use crate::stream::ResponseStream;

/// Sends endpoints to one API and waits for the answer. Built like a
/// [`Client`](crate::Client), with the same defaults.
///
/// ```no_run
/// let client = restpoint_runtime::BlockingClient::builder("https://tenant.eu.auth0.com")
///     .bearer_auth("eyJhbGciOi...")
///     .build_blocking()?;
/// # Ok::<(), restpoint_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct BlockingClient {
    client: Client,
    worker: Arc<Worker>,
}

/// The runtime the requests run on, driven by a thread of its own; it stops,
/// without being waited for, when the last clone of the client is dropped.
struct Worker {
    runtime: tokio::runtime::Handle,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl Worker {
    /// A worker whose clock is paused (for a mock's client) or real.
    fn start(paused: bool) -> std::io::Result<Self> {
        let mut builder = tokio::runtime::Builder::new_current_thread();
        builder.enable_all();
        #[cfg(feature = "test-util")]
        builder.start_paused(paused);
        #[cfg(not(feature = "test-util"))]
        let _ = paused;
        let runtime = builder.build()?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::Builder::new().name("restpoint-blocking".into()).spawn(move || {
            // Runs the spawned requests until the client is gone; the runtime is
            // dropped here, on its own thread, never inside another one.
            let _ = runtime.block_on(stopped);
        })?;
        Ok(Worker { runtime: handle, _stop: stop })
    }
}

impl ClientBuilder {
    /// Builds a [`BlockingClient`], or reports the first invalid setting.
    #[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
    pub fn build_blocking(self) -> Result<BlockingClient, Error> {
        BlockingClient::from_client(self.build()?)
    }
}

impl BlockingClient {
    /// A blocking client for the API at `base_url`, with the default settings.
    pub fn new(base_url: impl AsRef<str>) -> Result<Self, Error> {
        Self::builder(base_url).build_blocking()
    }

    /// A builder; finish it with [`ClientBuilder::build_blocking`].
    pub fn builder(base_url: impl AsRef<str>) -> ClientBuilder {
        Client::builder(base_url)
    }

    fn from_client(client: Client) -> Result<Self, Error> {
        let worker = Worker::start(client.paused_clock())
            .map_err(|error| ConfigError::Runtime(error.to_string()))?;
        Ok(BlockingClient { client, worker: Arc::new(worker) })
    }

    /// The base URL, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        self.client.base_url()
    }

    /// Sends `endpoint` and decodes a `2xx` answer; see [`Client::send`](crate::Client::send).
    pub fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response, Error> {
        self.execute(endpoint).map(http::Response::into_body)
    }

    /// Like [`send`](BlockingClient::send), keeping the status and the headers.
    pub fn execute<E: Endpoint>(&self, endpoint: &E) -> Result<http::Response<E::Response>, Error> {
        // Prepared and decoded here; only the exchange, which does not depend on
        // the endpoint's type, crosses to the worker.
        let prepared = self.client.settings().prepare(endpoint)?;
        self.run(prepared, Facts::of::<E>(), E::route())?.decode::<E>()
    }

    /// Runs a prepared call on the worker and waits for its `2xx` answer.
    pub(crate) fn run(
        &self,
        prepared: PreparedRequest,
        facts: Facts,
        route: crate::Route,
    ) -> Result<Success, Error> {
        let client = self.client.clone();
        self.on_worker(route, async move { client.run(prepared, facts).await })?
    }

    /// Runs `future` on the worker and waits for its output. A panic in it (a
    /// hook's) is the caller's, as with the async client: it goes on on the
    /// caller's thread, with its message, and the worker carries on.
    pub(crate) fn on_worker<T: Send + 'static>(
        &self,
        route: crate::Route,
        future: impl Future<Output = T> + Send + 'static,
    ) -> Result<T, Error> {
        let (done, outcome) = mpsc::sync_channel(1);
        self.worker.runtime.spawn(async move {
            let mut future = std::pin::pin!(future);
            let caught = std::future::poll_fn(|cx| {
                match std::panic::catch_unwind(AssertUnwindSafe(|| future.as_mut().poll(cx))) {
                    Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
                    Ok(Poll::Pending) => Poll::Pending,
                    Err(panic) => Poll::Ready(Err(panic)),
                }
            })
            .await;
            let _ = done.send(caught);
        });
        match outcome.recv() {
            Ok(Ok(output)) => Ok(output),
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => Err(stopped(route)),
        }
    }

    /// Sends `endpoint` and gives the answer as soon as its head has arrived, its
    /// body to read as it arrives; see [`Client::stream`](crate::Client::stream).
    pub fn stream<E: Endpoint>(&self, endpoint: &E) -> Result<BlockingResponseStream, Error> {
        let prepared = self.client.settings().prepare(endpoint)?;
        let success = self.run(prepared, Facts::streaming::<E>(), E::route())?;
        let read_timeout = self.client.settings().limits.read_timeout;
        let stream = ResponseStream::new(success, E::route(), read_timeout);
        Ok(BlockingResponseStream::new(self.clone(), stream))
    }

    /// The request `send` would send, as an [`http::Request`], built without I/O.
    pub fn http_request<E: Endpoint>(&self, endpoint: &E) -> Result<http::Request<Bytes>, Error> {
        self.client.http_request(endpoint)
    }

    /// The async client underneath: it shares the connection pool and settings.
    pub fn as_async(&self) -> &Client {
        &self.client
    }
}

fn stopped(route: crate::Route) -> Error {
    Error::Transport {
        route,
        attempts: 0,
        source: TransportError::other("the blocking client's runtime stopped"),
    }
}

impl fmt::Debug for BlockingClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BlockingClient").field("client", &self.client).finish_non_exhaustive()
    }
}

/// An answer whose body is read as it arrives, for a
/// [`BlockingClient`](crate::BlockingClient): an [`std::io::Read`].
///
/// ```no_run
/// # fn run(client: &restpoint_runtime::BlockingClient, endpoint: &impl restpoint_runtime::Endpoint)
/// # -> Result<(), Box<dyn std::error::Error>> {
/// let mut download = client.stream(endpoint)?;
/// let mut file = std::fs::File::create("asset.bin")?;
/// std::io::copy(&mut download, &mut file)?;
/// # Ok(()) }
/// ```
pub struct BlockingResponseStream {
    client: BlockingClient,
    stream: Option<ResponseStream>,
    status: StatusCode,
    headers: HeaderMap,
    buffer: Bytes,
}

impl BlockingResponseStream {
    pub(crate) fn new(client: BlockingClient, stream: ResponseStream) -> Self {
        let (status, headers) = (stream.status(), stream.headers().clone());
        BlockingResponseStream {
            client,
            stream: Some(stream),
            status,
            headers,
            buffer: Bytes::new(),
        }
    }

    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The next chunk of the body, or `None` at its end.
    pub fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        if !self.buffer.is_empty() {
            return Ok(Some(std::mem::take(&mut self.buffer)));
        }
        let Some(mut stream) = self.stream.take() else { return Ok(None) };
        let route = stream.route().clone();
        let read = self.client.on_worker(route, async move {
            let chunk = stream.chunk().await;
            (stream, chunk)
        });
        let (stream, chunk) = read?;
        if matches!(chunk, Ok(Some(_))) {
            self.stream = Some(stream);
        }
        chunk
    }
}

impl std::io::Read for BlockingResponseStream {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.buffer.is_empty() {
            match self.chunk() {
                Ok(Some(chunk)) => self.buffer = chunk,
                Ok(None) => return Ok(0),
                Err(error) => {
                    let kind = if error.is_timeout() {
                        std::io::ErrorKind::TimedOut
                    } else {
                        std::io::ErrorKind::Other
                    };
                    return Err(std::io::Error::new(kind, error));
                }
            }
        }
        let n = out.len().min(self.buffer.len());
        out[..n].copy_from_slice(&self.buffer.split_to(n));
        Ok(n)
    }
}

impl fmt::Debug for BlockingResponseStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BlockingResponseStream")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}
