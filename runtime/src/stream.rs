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
use crate::transport::{BodyReader, Unread};

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
        let Success { mut answer, attempts } = success;
        let body = Unread::take(&mut answer).unwrap_or_else(|| {
            // An answer that was read whole (a `304`, say): its body, as one chunk.
            BodyReader::whole(std::mem::take(answer.body_mut()), read_timeout)
        });
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
    /// is whole.
    pub fn events(self) -> Events {
        let head = http::Response::new(Bytes::new());
        let (mut parts, _) = head.into_parts();
        parts.status = self.status;
        parts.headers = self.headers.clone();
        let route = self.route.clone();
        let attempts = self.attempts;
        let events = eventsource_stream::EventStream::new(self);
        Events { events, head: Some(parts), route, attempts }
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
/// made by [`ResponseStream::events`]. Parsed by the `eventsource-stream` crate.
#[must_use = "a stream does nothing unless polled"]
pub struct Events {
    events: eventsource_stream::EventStream<ResponseStream>,
    /// The answer's head, for an error that keeps it.
    head: Option<http::response::Parts>,
    route: Route,
    attempts: u32,
}

impl Events {
    /// The next event, or `None` at the end of the body.
    pub async fn try_next(&mut self) -> Result<Option<Event>, Error> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await.transpose()
    }
}

impl Stream for Events {
    type Item = Result<Event, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        let next = std::task::ready!(Pin::new(&mut this.events).poll_next(cx));
        Poll::Ready(next.map(|event| match event {
            Ok(event) => {
                Ok(Event { event: event.event, data: event.data, id: event.id, retry: event.retry })
            }
            Err(eventsource_stream::EventStreamError::Transport(error)) => Err(error),
            Err(error) => {
                let parts =
                    this.head.take().unwrap_or_else(|| http::Response::new(()).into_parts().0);
                Err(Error::Decode {
                    route: this.route.clone(),
                    attempts: this.attempts,
                    response: keep_answer(http::Response::from_parts(parts, Bytes::new())),
                    source: error.to_string().into(),
                })
            }
        }))
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Events").field("route", &self.route).finish_non_exhaustive()
    }
}
