//! Reading an answer's body within the client's limits, whatever transport it
//! came from: a size cap, and a read timeout that ends an answer which stops
//! moving (silent, or trickling).

use std::ops::DerefMut;
use std::pin::{Pin, pin};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::HeaderMap;
use tokio::time::{Instant, Sleep};

use crate::error::TransportError;
use crate::transport::ResponseBody;
use crate::transport::body::PollChunk;

/// How much an answer must bring in each `read_timeout` window to count as
/// moving: a server that trickles less is treated as silent.
pub(crate) const MIN_PROGRESS: u64 = 1024;

/// What an error keeps of an answer that is over the size cap.
pub(crate) const PREVIEW: usize = 64 * 1024;

/// The limits of one call, from the client's settings and the call's options.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// The longest one attempt may take, start to end; none by default.
    pub(crate) timeout: Option<Duration>,
    /// The answer's head must arrive within this, and then every window of this
    /// long must bring [`MIN_PROGRESS`] bytes or the end of the body.
    pub(crate) read_timeout: Duration,
    /// The largest body read into memory.
    pub(crate) max_response_size: u64,
}

/// Why a body was not read whole.
pub(crate) enum ReadFailure {
    /// It broke off, or stalled.
    Broken(TransportError),
    /// It is over the size cap (the second field); the answer's body is the
    /// first part only.
    TooLarge(Box<http::Response<Bytes>>, u64),
}

/// A body being read to its end, within the size cap and the read timeout: a
/// future of its own, which holds only what reading needs.
pub(crate) struct Reading<'t, C> {
    status: http::StatusCode,
    version: http::Version,
    headers: HeaderMap,
    chunks: C,
    body: Collector,
    progress: Progress<&'t mut Sleep>,
    /// Read to its end, or not to be read.
    done: bool,
    /// Over the size cap.
    over: bool,
    /// Whether the body is kept (an error's, or one to decode).
    keep: bool,
    limit: u64,
}

impl<'t> Reading<'t, ()> {
    /// Reads the body of `head`: kept if `keep` (else only counted, so that the
    /// connection can be reused), within `limits`, its windows timed by `timer`.
    /// A `HEAD` answer's length says nothing of a body, which it has not.
    pub(crate) fn new(
        head: http::Response<ResponseBody>,
        head_request: bool,
        keep: bool,
        limits: Limits,
        timer: Pin<&'t mut Sleep>,
    ) -> Reading<'t, impl PollChunk + use<'t>> {
        let (parts, body) = head.into_parts();
        let limit = limits.max_response_size;
        let declared = if head_request { None } else { body.len() };
        // Over the cap by its own account: only the first part is read, for the error.
        let declared_over = declared.is_some_and(|length| length > limit);
        let collector = if declared_over {
            Collector::new(keep, PREVIEW as u64, None)
        } else {
            Collector::new(keep, limit, declared)
        };
        Reading {
            status: parts.status,
            version: parts.version,
            headers: parts.headers,
            chunks: body.into_chunks(),
            body: collector,
            progress: Progress::new(limits.read_timeout, timer),
            // A body to drop that is over the cap by its own account is not read at all.
            done: !keep && declared_over,
            over: declared_over,
            keep,
            limit,
        }
    }
}

impl<C: PollChunk + Unpin> Future for Reading<'_, C> {
    type Output = Result<http::Response<Bytes>, ReadFailure>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        while !this.done {
            match this.progress.poll_chunk(&mut this.chunks, cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Err(error)) => {
                    this.done = true;
                    return Poll::Ready(Err(ReadFailure::Broken(error)));
                }
                Poll::Ready(Ok(Some(chunk))) => {
                    if !this.body.push(chunk) {
                        this.over = true;
                        this.done = true;
                    }
                }
                Poll::Ready(Ok(None)) => this.done = true,
            }
        }
        let body = std::mem::replace(&mut this.body, Collector::new(false, 0, None)).finish();
        let headers = std::mem::take(&mut this.headers);
        let answer = crate::request::answer(this.status, this.version, headers, body);
        Poll::Ready(if this.over && this.keep {
            Err(ReadFailure::TooLarge(Box::new(answer), this.limit))
        } else {
            Ok(answer)
        })
    }
}

/// When a window of `window` that starts now ends; a window too long for the
/// clock ends in a year, which is as good as never.
pub(crate) fn deadline(window: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(window)
        .or_else(|| now.checked_add(Duration::from_secs(365 * 24 * 3600)))
        .unwrap_or(now)
}

/// `future`'s output, or `None` if `timer` fires first.
pub(crate) async fn before<F: Future>(mut timer: Pin<&mut Sleep>, future: F) -> Option<F::Output> {
    let mut future = pin!(future);
    std::future::poll_fn(|cx| {
        if let Poll::Ready(output) = future.as_mut().poll(cx) {
            return Poll::Ready(Some(output));
        }
        timer.as_mut().poll(cx).map(|()| None)
    })
    .await
}

/// The read timeout, applied to a body: each window must bring [`MIN_PROGRESS`]
/// bytes, or the end. A timer marks the window's end (the attempt's own, or one
/// of a body read by the caller); the first window starts when the head has
/// arrived.
pub(crate) struct Progress<T> {
    window: Duration,
    timer: Pin<T>,
    bytes: u64,
    /// When the first window ends, until the timer is set to it: it is set only
    /// if the body has to be waited for (most answers' bodies come with their
    /// head), which saves a timer update for each of them.
    first_deadline: Option<Instant>,
}

impl<T: DerefMut<Target = Sleep>> Progress<T> {
    pub(crate) fn new(window: Duration, timer: Pin<T>) -> Self {
        Progress { window, timer, bytes: 0, first_deadline: Some(deadline(window)) }
    }

    /// The next chunk of `body`, the end (`None`), or an error if the window
    /// ends before it has moved enough.
    pub(crate) fn poll_chunk<C: PollChunk + ?Sized>(
        &mut self,
        body: &mut C,
        cx: &mut Context<'_>,
    ) -> Poll<Result<Option<Bytes>, TransportError>> {
        loop {
            match body.poll_chunk(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    self.bytes = self.bytes.saturating_add(chunk.len() as u64);
                    return Poll::Ready(Ok(Some(chunk)));
                }
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Err(error)),
                Poll::Ready(None) => return Poll::Ready(Ok(None)),
                Poll::Pending => {}
            }
            if let Some(first) = self.first_deadline.take() {
                self.timer.as_mut().reset(first);
            }
            match self.timer.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                // The window is over: on to the next if this one moved enough.
                Poll::Ready(()) if self.bytes >= MIN_PROGRESS => {
                    self.timer.as_mut().reset(deadline(self.window));
                    self.bytes = 0;
                }
                Poll::Ready(()) => {
                    return Poll::Ready(Err(TransportError::stalled(self.window, MIN_PROGRESS)));
                }
            }
        }
    }
}

/// Reads a `2xx` body left for the caller, as it arrives, chunk by chunk,
/// within the read timeout.
pub(crate) struct BodyReader {
    chunks: Box<dyn PollChunk + Send>,
    progress: Progress<Box<Sleep>>,
}

impl BodyReader {
    /// Reads `chunks` within the read timeout `window`, from now.
    pub(crate) fn new(chunks: impl PollChunk + Send + 'static, window: Duration) -> Self {
        let timer = Box::pin(tokio::time::sleep_until(deadline(window)));
        BodyReader { chunks: Box::new(chunks), progress: Progress::new(window, timer) }
    }

    /// The whole of `body`, as one chunk.
    pub(crate) fn whole(body: Bytes, window: Duration) -> Self {
        BodyReader::new(ResponseBody::from(body).into_chunks(), window)
    }

    pub(crate) fn poll_chunk(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Result<Option<Bytes>, TransportError>> {
        self.progress.poll_chunk(self.chunks.as_mut(), cx)
    }
}

/// A body as it arrives: kept (up to a limit) or only counted.
struct Collector {
    keep: bool,
    limit: u64,
    /// The body's `Content-Length`, within the limit: the buffer's size, once a
    /// second chunk needs one.
    declared: u64,
    seen: u64,
    /// The first chunk, kept as it is (most answers are one chunk, and need no
    /// copy); or, once the body is over the limit, the first [`PREVIEW`] bytes.
    first: Option<Bytes>,
    /// Every chunk, once there is more than one.
    joined: Vec<u8>,
}

impl Collector {
    fn new(keep: bool, limit: u64, declared: Option<u64>) -> Self {
        Collector {
            keep,
            limit,
            declared: declared.unwrap_or(0).min(limit),
            seen: 0,
            first: None,
            joined: Vec::new(),
        }
    }

    /// Adds `chunk`; `false` once the body is over the limit (what is kept is then
    /// the first [`PREVIEW`] bytes).
    fn push(&mut self, chunk: Bytes) -> bool {
        self.seen = self.seen.saturating_add(chunk.len() as u64);
        if !self.keep {
            return self.seen <= self.limit;
        }
        if self.seen > self.limit {
            let mut preview = Vec::with_capacity(PREVIEW);
            for part in
                [self.first.take().unwrap_or_default(), Bytes::from(self.take_joined()), chunk]
            {
                let room = PREVIEW - preview.len();
                preview.extend_from_slice(&part[..part.len().min(room)]);
            }
            self.first = Some(Bytes::from(preview));
            return false;
        }
        if self.first.is_none() && self.joined.is_empty() {
            self.first = Some(chunk);
            return true;
        }
        if let Some(first) = self.first.take() {
            let capacity = usize::try_from(self.declared).unwrap_or(0);
            self.joined.reserve_exact(capacity.max(first.len() + chunk.len()));
            self.append(&first);
        }
        self.append(&chunk);
        true
    }

    /// Appends with growth that never passes the limit, so that memory stays
    /// within it whatever the server sends.
    fn append(&mut self, bytes: &[u8]) {
        let needed = self.joined.len() + bytes.len();
        if needed > self.joined.capacity() {
            let limit = usize::try_from(self.limit).unwrap_or(usize::MAX);
            let target = self.joined.capacity().saturating_mul(2).min(limit).max(needed);
            self.joined.reserve_exact(target - self.joined.len());
        }
        self.joined.extend_from_slice(bytes);
    }

    fn take_joined(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.joined)
    }

    fn finish(mut self) -> Bytes {
        match self.first.take() {
            Some(first) => first,
            None => Bytes::from(self.take_joined()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_chunk_is_kept_without_a_copy() {
        let chunk = Bytes::from_static(b"{\"a\":1}");
        let mut body = Collector::new(true, 100, None);
        assert!(body.push(chunk.clone()));
        let kept = body.finish();
        assert_eq!(kept.as_ptr(), chunk.as_ptr());
    }

    #[test]
    fn chunks_are_joined_up_to_the_limit_then_cut_to_a_preview() {
        let mut body = Collector::new(true, 10, Some(4));
        assert!(body.push(Bytes::from_static(b"abcd")));
        assert!(body.push(Bytes::from_static(b"efgh")));
        assert!(body.joined.capacity() <= 10, "{}", body.joined.capacity());
        assert!(!body.push(Bytes::from_static(b"ijk")));
        assert_eq!(body.finish(), Bytes::from_static(b"abcdefghijk"));

        let mut body = Collector::new(true, 10, None);
        assert!(body.push(Bytes::from_static(b"0123456789")));
        assert_eq!(body.finish(), Bytes::from_static(b"0123456789"));
    }

    #[test]
    fn a_preview_is_the_first_part_only() {
        let mut body = Collector::new(true, PREVIEW as u64, None);
        assert!(body.push(Bytes::from(vec![b'a'; PREVIEW - 1])));
        assert!(!body.push(Bytes::from(vec![b'b'; 10])));
        let preview = body.finish();
        assert_eq!(preview.len(), PREVIEW);
        assert_eq!(preview[PREVIEW - 1], b'b');
    }

    #[test]
    fn a_dropped_body_is_only_counted() {
        let mut body = Collector::new(false, 8, None);
        assert!(body.push(Bytes::from_static(b"12345678")));
        assert!(!body.push(Bytes::from_static(b"9")));
        assert!(body.finish().is_empty());
    }
}
