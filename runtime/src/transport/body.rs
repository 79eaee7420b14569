//! The body of an answer, as a transport gives it: still to read.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use hyper::body::Body as _;

use bytes::Bytes;
use futures_core::Stream;

use crate::error::{BoxError, TransportError};

/// The body of an answer, to be read as it arrives: from the network, from a
/// stream of chunks, or whole already. The client reads it within its limits
/// whatever it is made of.
///
/// ```
/// use restpoint_runtime::transport::ResponseBody;
///
/// let whole = ResponseBody::from("{\"id\":1}");
/// assert_eq!(whole.len(), Some(8));
///
/// let chunks = futures_util::stream::iter([Ok::<_, std::io::Error>("a"), Ok("b")]);
/// let streamed = ResponseBody::from_stream(chunks);
/// assert_eq!(streamed.len(), None);
/// ```
pub struct ResponseBody {
    kind: Kind,
}

enum Kind {
    /// reqwest's answer, its head taken: the network's through a `reqwest::Client`
    /// (one of the caller's own, or for a proxy named in the environment).
    Network(reqwest::Response),
    /// hyper's body: the network's, read without a box.
    Direct(hyper::body::Incoming),
    /// A body whole already; `None` once read.
    Whole(Option<Bytes>),
    Stream(BoxStream),
}

/// A stream of chunks, boxed: only a transport other than the network makes one.
type BoxStream = Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send + Unpin>;

impl ResponseBody {
    /// No body.
    pub fn empty() -> Self {
        ResponseBody { kind: Kind::Whole(None) }
    }

    /// A body that arrives as `chunks`, in order; an error ends it, as a broken
    /// connection would.
    pub fn from_stream<S, B, E>(chunks: S) -> Self
    where
        S: Stream<Item = Result<B, E>> + Send + 'static,
        B: Into<Bytes>,
        E: Into<BoxError>,
    {
        let chunks = Chunked { chunks: Box::pin(chunks) };
        ResponseBody { kind: Kind::Stream(Box::new(chunks)) }
    }

    pub(crate) fn network(response: reqwest::Response) -> Self {
        ResponseBody { kind: Kind::Network(response) }
    }

    pub(crate) fn direct(body: hyper::body::Incoming) -> Self {
        ResponseBody { kind: Kind::Direct(body) }
    }

    /// The body's length, where it is known before it is read: a whole body's,
    /// or the network's by its `Content-Length`.
    pub fn len(&self) -> Option<u64> {
        match &self.kind {
            Kind::Network(response) => response.content_length(),
            Kind::Direct(body) => body.size_hint().exact(),
            Kind::Whole(body) => Some(body.as_ref().map_or(0, |b| b.len() as u64)),
            Kind::Stream(_) => None,
        }
    }

    /// Whether the body is known to be empty.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// The body's chunks as they arrive. The network's are read through
    /// reqwest's own stream, unboxed: the type is named by the caller's generic.
    pub(crate) fn into_chunks(
        self,
    ) -> Chunks<impl Stream<Item = reqwest::Result<Bytes>> + Unpin + Send + 'static> {
        match self.kind {
            Kind::Network(response) => Chunks::Network(response.bytes_stream()),
            Kind::Direct(body) => Chunks::Direct(body),
            Kind::Whole(body) => Chunks::Whole(body),
            Kind::Stream(stream) => Chunks::Stream(stream),
        }
    }
}

impl From<Bytes> for ResponseBody {
    fn from(body: Bytes) -> Self {
        ResponseBody { kind: Kind::Whole((!body.is_empty()).then_some(body)) }
    }
}

impl From<Vec<u8>> for ResponseBody {
    fn from(body: Vec<u8>) -> Self {
        Bytes::from(body).into()
    }
}

impl From<String> for ResponseBody {
    fn from(body: String) -> Self {
        Bytes::from(body).into()
    }
}

impl From<&'static str> for ResponseBody {
    fn from(body: &'static str) -> Self {
        Bytes::from_static(body.as_bytes()).into()
    }
}

impl From<&'static [u8]> for ResponseBody {
    fn from(body: &'static [u8]) -> Self {
        Bytes::from_static(body).into()
    }
}

impl fmt::Debug for ResponseBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.kind {
            Kind::Network(_) | Kind::Direct(_) => "network",
            Kind::Whole(_) => "whole",
            Kind::Stream(_) => "stream",
        };
        f.debug_struct("ResponseBody").field("kind", &kind).field("len", &self.len()).finish()
    }
}

/// A stream of chunks of any bytes and error types, as the client reads them.
struct Chunked<S> {
    chunks: Pin<Box<S>>,
}

impl<S, B, E> Stream for Chunked<S>
where
    S: Stream<Item = Result<B, E>>,
    B: Into<Bytes>,
    E: Into<BoxError>,
{
    type Item = Result<Bytes, BoxError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let chunks = self.get_mut().chunks.as_mut();
        chunks.poll_next(cx).map(|item| item.map(|chunk| chunk.map(Into::into).map_err(Into::into)))
    }
}

/// A body's chunks as they arrive: what [`Progress`] reads.
pub(crate) trait PollChunk {
    /// The next chunk, the end (`None`), or why the body broke off.
    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, TransportError>>>;
}

/// A body's chunks, as [`read`](super::read) reads them.
pub(crate) enum Chunks<N> {
    Network(N),
    Direct(hyper::body::Incoming),
    Whole(Option<Bytes>),
    Stream(BoxStream),
}

impl<N: Stream<Item = reqwest::Result<Bytes>> + Unpin> PollChunk for Chunks<N> {
    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, TransportError>>> {
        match self {
            Chunks::Network(stream) => Pin::new(stream)
                .poll_next(cx)
                .map(|item| item.map(|chunk| chunk.map_err(TransportError::from_reqwest))),
            Chunks::Direct(body) => loop {
                // Trailers, the only frames that are not data, are passed over.
                match ready!(Pin::new(&mut *body).poll_frame(cx)) {
                    Some(Ok(frame)) => match frame.into_data() {
                        Ok(chunk) => return Poll::Ready(Some(Ok(chunk))),
                        Err(_) => continue,
                    },
                    Some(Err(error)) => {
                        return Poll::Ready(Some(Err(TransportError::from_body(error.into()))));
                    }
                    None => return Poll::Ready(None),
                }
            },
            Chunks::Whole(body) => Poll::Ready(body.take().map(Ok)),
            Chunks::Stream(stream) => Pin::new(stream)
                .poll_next(cx)
                .map(|item| item.map(|chunk| chunk.map_err(TransportError::from_body))),
        }
    }
}
