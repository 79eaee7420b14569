//! Answers read as they arrive: the status and headers first, then the body in
//! chunks, in events (`text/event-stream`), or copied to a writer or a file, in
//! flat memory.
//!
//! The call is the same as a `send`'s until the head of a `2xx` answer arrives:
//! the same retries, rate-limit waits, credentials and hooks; an answer outside
//! `2xx` is the usual [`Error`] with its status, headers and (capped) body. Once
//! the head of a `2xx` has arrived nothing is retried: an error while reading is
//! an error, never a silent second request. The read timeout applies between
//! chunks (each window must bring 1 KiB or the end); no total timeout cuts a body
//! that keeps flowing.

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use http::{HeaderMap, StatusCode, Version};
use serde::de::DeserializeOwned;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::call::{self, Success};
use crate::error::{Error, Route, keep_answer};
pub use crate::sse::EventStreamError;
use crate::sse::{Dispatched, Parser};
use crate::transport::read::BodyReader;

/// An answer whose body is read as it arrives; made by an endpoint's
/// `stream(&client)` (or [`Client::stream`](crate::Client::stream)).
///
/// ```no_run
/// # async fn run(client: &restpoint_runtime::Client, endpoint: &impl restpoint_runtime::Endpoint)
/// # -> Result<(), restpoint_runtime::Error> {
/// let mut download = client.stream(endpoint).await?;
/// println!("{} bytes to come", download.content_length().unwrap_or(0));
/// while let Some(chunk) = download.chunk().await? {
///     // each chunk as it arrives
/// #   let _ = chunk;
/// }
/// # Ok(()) }
/// ```
#[must_use = "the body is read only when asked for"]
pub struct ResponseStream {
    status: StatusCode,
    version: Version,
    headers: HeaderMap,
    body: BodyReader,
    route: Route,
    attempts: u32,
    finished: bool,
}

impl ResponseStream {
    pub(crate) fn new(success: Success, route: Route, read_timeout: Duration) -> Self {
        let Success { mut answer, attempts, unread } = success;
        let body = match unread {
            Some(body) => *body,
            // An answer that was read whole (a `304`, say): its body, as one chunk.
            None => BodyReader::whole(std::mem::take(answer.body_mut()), read_timeout),
        };
        let (parts, _) = answer.into_parts();
        ResponseStream {
            status: parts.status,
            version: parts.version,
            headers: parts.headers,
            body,
            route,
            attempts,
            finished: false,
        }
    }

    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The HTTP version.
    pub fn version(&self) -> Version {
        self.version
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body's length by its `Content-Length`, if it says.
    pub fn content_length(&self) -> Option<u64> {
        self.headers
            .get(http::header::CONTENT_LENGTH)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse().ok())
    }

    /// The next chunk of the body as it arrives, or `None` at its end. An error
    /// ends the body; it is not retried.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        std::future::poll_fn(|cx| self.poll_chunk(cx)).await
    }

    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Result<Option<Bytes>, Error>> {
        if self.finished {
            return Poll::Ready(Ok(None));
        }
        let chunk = std::task::ready!(self.body.poll_chunk(cx));
        if !matches!(chunk, Ok(Some(_))) {
            self.finished = true;
        }
        Poll::Ready(chunk.map_err(|source| Error::Transport {
            route: self.route.clone(),
            attempts: self.attempts,
            source,
        }))
    }

    /// Writes the rest of the body to `writer` as it arrives, and flushes it;
    /// returns how many bytes were written.
    pub async fn copy_to<W>(&mut self, writer: &mut W) -> Result<u64, Error>
    where
        W: AsyncWrite + Unpin + ?Sized,
    {
        let mut written = 0u64;
        while let Some(chunk) = self.chunk().await? {
            writer.write_all(&chunk).await.map_err(|source| self.io_error(source))?;
            written = written.saturating_add(chunk.len() as u64);
        }
        writer.flush().await.map_err(|source| self.io_error(source))?;
        Ok(written)
    }

    /// Writes the body to a new file at `path` (replacing one that is there), as
    /// it arrives; returns how many bytes were written.
    pub async fn save(mut self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let mut file =
            tokio::fs::File::create(path).await.map_err(|source| self.io_error(source))?;
        let written = self.copy_to(&mut file).await?;
        file.sync_all().await.map_err(|source| self.io_error(source))?;
        Ok(written)
    }

    /// The body as server-sent events (`text/event-stream`), each as soon as it
    /// is whole. A line and an event's data are limited to 8 MiB each by default
    /// ([`Events::max_line_len`], [`Events::max_event_len`]); passing a limit, or
    /// bytes that are not UTF-8, ends the stream with an [`Error::Decode`] whose
    /// source is an [`EventStreamError`].
    pub fn events(self) -> Events {
        Events { body: self, parser: Parser::default(), ready: VecDeque::new(), failed: None }
    }

    /// The route, for errors.
    #[cfg(feature = "blocking")]
    pub(crate) fn route(&self) -> &Route {
        &self.route
    }

    fn io_error(&self, source: std::io::Error) -> Error {
        Error::Io { route: self.route.clone(), source }
    }
}

impl Stream for ResponseStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_chunk(cx).map(Result::transpose)
    }
}

impl fmt::Debug for ResponseStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseStream")
            .field("route", &self.route)
            .field("status", &self.status)
            .field("headers", &self.headers)
            .finish_non_exhaustive()
    }
}

/// The future of [`Client::stream`](crate::Client::stream) (and of an endpoint's
/// `stream`): the call under way, then the answer with its body unread.
#[must_use = "a request is sent only when its future is awaited"]
pub struct Opening<'c> {
    state: call::Started<'c>,
    route: Route,
    read_timeout: Duration,
}

impl<'c> Opening<'c> {
    pub(crate) fn new(
        call: Result<call::Running<'c>, Error>,
        route: Route,
        read_timeout: Duration,
    ) -> Self {
        Opening { state: call::Started::new(call), route, read_timeout }
    }
}

impl Future for Opening<'_> {
    type Output = Result<ResponseStream, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        this.state
            .poll(cx)
            .map(|outcome| Ok(ResponseStream::new(outcome?, this.route.clone(), this.read_timeout)))
    }
}

impl fmt::Debug for Opening<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Opening").field("route", &self.route).finish_non_exhaustive()
    }
}

/// One server-sent event.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Event {
    /// Its type (`event:`), `message` if the server gave none.
    pub event: String,
    /// Its data (`data:` lines, joined by `\n`).
    pub data: String,
    /// The last event id (`id:`) so far.
    pub id: String,
    /// How long the server asks a client to wait before reconnecting (`retry:`).
    pub retry: Option<Duration>,
}

impl Event {
    /// The data, decoded from JSON into `T`.
    ///
    /// ```
    /// # fn show(event: &restpoint_runtime::stream::Event) -> Result<(), serde_json::Error> {
    /// #[derive(serde::Deserialize)]
    /// struct Delta { content: String }
    /// if event.data != "[DONE]" {
    ///     print!("{}", event.json::<Delta>()?.content);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(&self.data)
    }
}

/// The events of a `text/event-stream` answer, each as soon as it is whole;
/// made by [`ResponseStream::events`].
///
/// Parsed as the WHATWG specification says, a line at a time in linear time;
/// a line or an event's data longer than its limit, or bytes that are not UTF-8,
/// end the stream with an error. Polling reads at most 1 MiB before it lets other
/// tasks (and the caller's timers) run, however fast the server sends.
///
/// ```no_run
/// # async fn run(client: &restpoint_runtime::Client, endpoint: &impl restpoint_runtime::Endpoint)
/// # -> Result<(), restpoint_runtime::Error> {
/// let mut events = client.stream(endpoint).await?.events().max_event_len(64 * 1024 * 1024);
/// while let Some(event) = events.try_next().await? {
///     println!("{}: {}", event.event, event.data);
/// }
/// # Ok(()) }
/// ```
#[must_use = "a stream does nothing unless polled"]
pub struct Events {
    body: ResponseStream,
    parser: Parser,
    /// Events parsed and not yet given.
    ready: VecDeque<Dispatched>,
    /// The error that follows them, if the body broke a rule.
    failed: Option<Error>,
}

/// How much of the body one poll reads at most before it yields.
const READ_PER_POLL: usize = 1024 * 1024;

impl Events {
    /// The longest line accepted, in bytes (8 MiB unless set).
    pub fn max_line_len(mut self, bytes: usize) -> Self {
        self.parser.max_line = bytes;
        self
    }

    /// The largest data of one event accepted, in bytes (8 MiB unless set).
    pub fn max_event_len(mut self, bytes: usize) -> Self {
        self.parser.max_event = bytes;
        self
    }

    /// The next event, or `None` at the end of the body.
    pub async fn try_next(&mut self) -> Result<Option<Event>, Error> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await.transpose()
    }

    /// The error for a stream that broke a rule: the head, and the first 64 KiB of
    /// the line or event that broke it.
    fn malformed(&mut self, problem: EventStreamError) -> Error {
        self.body.finished = true;
        let mut answer = http::Response::new(self.parser.excerpt(64 * 1024));
        *answer.status_mut() = self.body.status;
        *answer.version_mut() = self.body.version;
        *answer.headers_mut() = self.body.headers.clone();
        Error::Decode {
            route: self.body.route.clone(),
            attempts: self.body.attempts,
            response: keep_answer(answer),
            source: Box::new(problem),
        }
    }
}

impl Stream for Events {
    type Item = Result<Event, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let mut read = 0;
        loop {
            if let Some(Dispatched { event, data, id, retry }) = this.ready.pop_front() {
                return Poll::Ready(Some(Ok(Event { event, data, id, retry })));
            }
            if let Some(error) = this.failed.take() {
                return Poll::Ready(Some(Err(error)));
            }
            if read >= READ_PER_POLL {
                // A fast server never makes the body wait: let other tasks run.
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            let Some(chunk) = std::task::ready!(this.body.poll_chunk(cx)).transpose() else {
                // An event the body ends in the middle of is not dispatched.
                return Poll::Ready(None);
            };
            let chunk = match chunk {
                Ok(chunk) => chunk,
                Err(error) => return Poll::Ready(Some(Err(error))),
            };
            read += chunk.len();
            if let Err(problem) = this.parser.feed(&chunk, &mut this.ready) {
                // The events before the problem first, then the error.
                this.failed = Some(this.malformed(problem));
            }
        }
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Events").field("route", &self.body.route).finish_non_exhaustive()
    }
}
