//! One attempt on the wire: send the request, follow the redirects the policy
//! allows, and read the answer within the client's limits: a size cap, and a
//! read timeout that ends an answer which stops moving (silent, or trickling).

use std::ops::DerefMut;
use std::pin::{Pin, pin};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_core::Stream;
use http::{HeaderMap, HeaderValue, Method};
use tokio::time::{Instant, Sleep};

use crate::error::{BoxError, RequestError, TransportError};
use crate::facts::SuccessBody;
use crate::hooks::{Call, Hooks, Request, Response};
use crate::redirect::{Hop, RedirectPolicy};
use crate::request::{BaseUrl, PreparedRequest};

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

/// Why an attempt has no answer to decode.
pub(crate) enum Failure {
    /// No whole answer.
    Transport(TransportError),
    /// An answer over the size cap (the second field); its body is the first
    /// part only.
    TooLarge(Box<http::Response<Bytes>>, u64),
    /// A hook refused the request; nothing was sent.
    Hook(BoxError),
    /// The request's URL does not parse; nothing was sent.
    Request(RequestError),
}

impl From<TransportError> for Failure {
    fn from(error: TransportError) -> Self {
        Failure::Transport(error)
    }
}

/// Where requests go: the network, or the test kit's double.
#[derive(Clone, Debug)]
pub(crate) enum Backend {
    Http(reqwest::Client),
    #[cfg(feature = "test-util")]
    Mock(crate::mock::Mock),
}

/// The head of an answer, its body still to read.
enum Head {
    Http(reqwest::Response),
    /// The mock's answer, and the URL it answered.
    #[cfg(feature = "test-util")]
    Mock(http::Response<Bytes>, reqwest::Url),
}

/// What [`Exchange::after_head`] makes of a head.
enum AfterHead {
    Redirect(Hop),
    Stream(http::Response<Bytes>),
    Read(Head),
}

/// What [`Exchange::read`] gives: a body to read, or an answer whole already.
enum Read<'t, S> {
    Reading(Reading<'t, S>),
    // Only the test kit's answers are whole already.
    #[cfg_attr(not(feature = "test-util"), allow(dead_code))]
    Whole(Result<http::Response<Bytes>, Failure>),
}

/// A body being read to its end, within the size cap and the read timeout: a
/// future of its own, which holds only what reading needs.
struct Reading<'t, S> {
    status: http::StatusCode,
    version: http::Version,
    headers: HeaderMap,
    chunks: S,
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

impl<S: Stream<Item = reqwest::Result<Bytes>> + Unpin> Future for Reading<'_, S> {
    type Output = Result<http::Response<Bytes>, Failure>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        while !this.done {
            match this.progress.poll_chunk(Pin::new(&mut this.chunks), cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Err(error)) => {
                    this.done = true;
                    return Poll::Ready(Err(error.into()));
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
            Err(Failure::TooLarge(Box::new(answer), this.limit))
        } else {
            Ok(answer)
        })
    }
}

impl Head {
    fn status(&self) -> http::StatusCode {
        match self {
            Head::Http(response) => response.status(),
            #[cfg(feature = "test-util")]
            Head::Mock(response, _) => response.status(),
        }
    }

    fn headers(&self) -> &HeaderMap {
        match self {
            Head::Http(response) => response.headers(),
            #[cfg(feature = "test-util")]
            Head::Mock(response, _) => response.headers(),
        }
    }

    /// The URL the answer came from: where a redirect is resolved against.
    fn url(&self) -> &reqwest::Url {
        match self {
            Head::Http(response) => response.url(),
            #[cfg(feature = "test-util")]
            Head::Mock(_, url) => url,
        }
    }

    /// The head alone, for a hook that sees a redirect go by.
    fn without_body(&self) -> http::Response<Bytes> {
        let mut response = http::Response::new(Bytes::new());
        *response.status_mut() = self.status();
        *response.headers_mut() = self.headers().clone();
        response
    }
}

/// What one attempt needs besides the request.
pub(crate) struct Exchange<'a> {
    pub(crate) backend: &'a Backend,
    /// The client's base URL, parsed once.
    pub(crate) base: &'a BaseUrl,
    /// The client's default headers.
    pub(crate) defaults: &'a HeaderMap,
    /// The call's own headers, over every other.
    pub(crate) extra_headers: Option<&'a HeaderMap>,
    pub(crate) limits: Limits,
    pub(crate) redirects: &'a RedirectPolicy,
    pub(crate) hooks: &'a Hooks,
    /// What becomes of a `2xx` body.
    pub(crate) success_body: SuccessBody,
}

impl Exchange<'_> {
    /// Sends `request` and reads the answer: the last one, after the redirects
    /// the policy follows.
    pub(crate) async fn attempt(
        &self,
        request: &PreparedRequest,
        call: &Call<'_>,
        authorization: Option<&HeaderValue>,
    ) -> Result<http::Response<Bytes>, Failure> {
        let attempt = self.redirecting(request, call, authorization);
        match self.limits.timeout {
            Some(limit) => tokio::time::timeout(limit, attempt)
                .await
                .unwrap_or_else(|_| Err(TransportError::timed_out(limit).into())),
            None => attempt.await,
        }
    }

    // The values this future keeps across its awaits are few and owned: a value
    // borrowed in an `async fn` is kept in its future to the end of its scope, so
    // the request, the head and the next hop are handled in the plain functions
    // below. The state of a call is then about half as large.
    async fn redirecting(
        &self,
        prepared: &PreparedRequest,
        call: &Call<'_>,
        authorization: Option<&HeaderValue>,
    ) -> Result<http::Response<Bytes>, Failure> {
        // One timer for the whole attempt, moved as the read timeout's windows move.
        let mut timer = pin!(tokio::time::sleep_until(deadline(self.limits.read_timeout)));
        let mut hop = Hop::first(prepared);
        let mut redirects = 0;
        loop {
            if redirects > 0 {
                timer.as_mut().reset(deadline(self.limits.read_timeout));
            }
            let request = self.request(prepared, call, authorization, &hop)?;
            let head = match self.head(request, call, timer.as_mut()).await {
                Ok(head) => head,
                Err(error) => {
                    self.hooks.on_response(call, Response::Failed(&error));
                    return Err(error.into());
                }
            };
            let head = match self.after_head(head, &hop, redirects, call) {
                AfterHead::Redirect(next) => {
                    hop = next;
                    redirects += 1;
                    continue;
                }
                AfterHead::Stream(answer) => return Ok(answer),
                AfterHead::Read(head) => head,
            };
            let answer = match self.read(head, hop.method == Method::HEAD, timer.as_mut()) {
                Read::Reading(reading) => reading.await,
                Read::Whole(answer) => answer,
            };
            match &answer {
                Ok(answer) => self.hooks.on_response(call, Response::Answer(answer)),
                Err(Failure::TooLarge(answer, _)) => {
                    self.hooks.on_response(call, Response::Answer(answer));
                }
                Err(Failure::Transport(error)) => {
                    self.hooks.on_response(call, Response::Failed(error));
                }
                Err(Failure::Hook(_) | Failure::Request(_)) => {}
            }
            return answer;
        }
    }

    /// The request of `hop`, as the hooks leave it.
    fn request(
        &self,
        prepared: &PreparedRequest,
        call: &Call<'_>,
        authorization: Option<&HeaderValue>,
        hop: &Hop,
    ) -> Result<Request, Failure> {
        // Copied only on a redirect hop; a first request parses the prepared URL.
        let url = match &hop.url {
            Some(url) => url.clone(),
            None => prepared.parse_url(self.base).map_err(Failure::Request)?,
        };
        let mut request =
            Request::for_hop(prepared, self.defaults, self.extra_headers, authorization, hop, url);
        self.hooks.on_request(call, &mut request).map_err(Failure::Hook)?;
        Ok(request)
    }

    /// What follows a head: the next hop of a redirect the policy follows, a `2xx`
    /// to stream handed over unread, or a body to read.
    fn after_head(&self, head: Head, hop: &Hop, redirects: u32, call: &Call<'_>) -> AfterHead {
        let next = self.redirects.follow(hop, head.url(), redirects, head.status(), head.headers());
        match next {
            Some(next) => {
                if !self.hooks.is_empty() {
                    self.hooks.on_response(call, Response::Answer(&head.without_body()));
                }
                AfterHead::Redirect(next)
            }
            None if self.success_body == SuccessBody::Stream && head.status().is_success() => {
                let answer = head.unread(self.limits.read_timeout);
                self.hooks.on_response(call, Response::Answer(&answer));
                AfterHead::Stream(answer)
            }
            None => AfterHead::Read(head),
        }
    }

    /// Sends one request; its answer's head must come before `timer` fires.
    async fn head(
        &self,
        request: Request,
        call: &Call<'_>,
        timer: Pin<&mut Sleep>,
    ) -> Result<Head, TransportError> {
        let stalled = || TransportError::stalled(self.limits.read_timeout, MIN_PROGRESS);
        match self.backend {
            Backend::Http(http) => {
                let _ = call;
                let sent = http.execute(request.into_reqwest());
                let response = before(timer, sent).await.ok_or_else(stalled)?;
                response.map(Head::Http).map_err(TransportError::from_reqwest)
            }
            #[cfg(feature = "test-util")]
            Backend::Mock(mock) => {
                let answer = mock.answer(call, &request)?;
                if let Some(delay) = answer.delay {
                    before(timer, tokio::time::sleep(delay)).await.ok_or_else(stalled)?;
                }
                Ok(Head::Mock(answer.into_response(), request.url))
            }
        }
    }

    /// Reads the body of `head` chunk by chunk, within the size cap and the read
    /// timeout: a [`Reading`] for a body from the network, or, for an answer
    /// that is whole already (the test kit's), the answer. A `HEAD` answer's
    /// `Content-Length` describes a body it does not have, so it is not held
    /// against the cap.
    fn read<'t>(
        &self,
        head: Head,
        head_request: bool,
        timer: Pin<&'t mut Sleep>,
    ) -> Read<'t, impl Stream<Item = reqwest::Result<Bytes>> + Unpin + use<'t>> {
        // Without the test kit, a head is always from the network.
        #[cfg_attr(not(feature = "test-util"), allow(clippy::infallible_destructuring_match))]
        let mut response = match head {
            Head::Http(response) => response,
            #[cfg(feature = "test-util")]
            Head::Mock(response, _) => return Read::Whole(self.cap(response)),
        };
        let (status, version) = (response.status(), response.version());
        // Taken, not cloned: only the body is read from here on.
        let headers = std::mem::take(response.headers_mut());
        let keep = self.success_body == SuccessBody::Keep || !status.is_success();
        let limit = self.limits.max_response_size;
        // From the body's size hint (its `Content-Length`), with no header to parse.
        let declared = if head_request { None } else { response.content_length() };
        // Over the cap by its own account: only the first part is read, for the error.
        let declared_over = declared.is_some_and(|length| length > limit);
        let body = if declared_over {
            Collector::new(keep, PREVIEW as u64, None)
        } else {
            Collector::new(keep, limit, declared)
        };
        Read::Reading(Reading {
            status,
            version,
            headers,
            chunks: response.bytes_stream(),
            body,
            progress: Progress::new(self.limits.read_timeout, timer),
            // A body to drop that is over the cap by its own account is not read at all.
            done: !keep && declared_over,
            over: declared_over,
            keep,
            limit,
        })
    }

    /// The size cap, for an answer that is whole already (the mock's).
    #[cfg(feature = "test-util")]
    fn cap(&self, mut answer: http::Response<Bytes>) -> Result<http::Response<Bytes>, Failure> {
        let limit = self.limits.max_response_size;
        if self.success_body == SuccessBody::Drop && answer.status().is_success() {
            *answer.body_mut() = Bytes::new();
        }
        if answer.body().len() as u64 <= limit {
            return Ok(answer);
        }
        let preview = answer.body().slice(..answer.body().len().min(PREVIEW));
        *answer.body_mut() = preview;
        Err(Failure::TooLarge(Box::new(answer), limit))
    }
}

/// When a window of `window` that starts now ends; a window too long for the
/// clock ends in a year, which is as good as never.
fn deadline(window: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(window)
        .or_else(|| now.checked_add(Duration::from_secs(365 * 24 * 3600)))
        .unwrap_or(now)
}

/// `future`'s output, or `None` if `timer` fires first.
async fn before<F: Future>(mut timer: Pin<&mut Sleep>, future: F) -> Option<F::Output> {
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
    pub(crate) fn poll_chunk<S>(
        &mut self,
        mut body: Pin<&mut S>,
        cx: &mut Context<'_>,
    ) -> Poll<Result<Option<Bytes>, TransportError>>
    where
        S: Stream<Item = reqwest::Result<Bytes>> + ?Sized,
    {
        loop {
            match body.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    self.bytes = self.bytes.saturating_add(chunk.len() as u64);
                    return Poll::Ready(Ok(Some(chunk)));
                }
                Poll::Ready(Some(Err(error))) => {
                    return Poll::Ready(Err(TransportError::from_reqwest(error)));
                }
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

/// A `2xx` body left for the caller to read as it arrives, within the read
/// timeout: carried to it in the answer's extensions, through the retry loop,
/// which never looks at it.
#[derive(Clone)]
pub(crate) struct Unread(Arc<Mutex<Option<BodyReader>>>);

impl Unread {
    /// The reader, taken out of `answer`; none if the body was read already.
    pub(crate) fn take(answer: &mut http::Response<Bytes>) -> Option<BodyReader> {
        let unread = answer.extensions_mut().remove::<Unread>()?;
        let mut reader = unread.0.lock().unwrap_or_else(PoisonError::into_inner);
        reader.take()
    }
}

/// Reads a body as it arrives, chunk by chunk, within the read timeout.
pub(crate) struct BodyReader {
    source: Source,
    progress: Progress<Box<Sleep>>,
}

enum Source {
    Http(Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>),
    /// A body that is whole already (the test kit's), given as one chunk.
    Whole(Option<Bytes>),
}

impl Source {
    fn whole(body: Bytes) -> Self {
        Source::Whole((!body.is_empty()).then_some(body))
    }
}

impl BodyReader {
    /// The whole of `body`, as one chunk.
    pub(crate) fn whole(body: Bytes, window: Duration) -> Self {
        BodyReader::new(Source::whole(body), window)
    }

    /// Reads `source` within the read timeout `window`, from now.
    fn new(source: Source, window: Duration) -> Self {
        let timer = Box::pin(tokio::time::sleep_until(deadline(window)));
        BodyReader { source, progress: Progress::new(window, timer) }
    }

    pub(crate) fn poll_chunk(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Result<Option<Bytes>, TransportError>> {
        match &mut self.source {
            Source::Http(body) => self.progress.poll_chunk(body.as_mut(), cx),
            Source::Whole(body) => Poll::Ready(Ok(body.take())),
        }
    }
}

impl Head {
    /// The answer's head, its body left unread in an [`Unread`] extension.
    fn unread(self, window: Duration) -> http::Response<Bytes> {
        let (mut answer, source) = match self {
            Head::Http(mut response) => {
                let mut answer = http::Response::new(Bytes::new());
                *answer.status_mut() = response.status();
                *answer.version_mut() = response.version();
                *answer.headers_mut() = std::mem::take(response.headers_mut());
                (answer, Source::Http(Box::pin(response.bytes_stream())))
            }
            #[cfg(feature = "test-util")]
            Head::Mock(response, _) => {
                let (parts, body) = response.into_parts();
                (http::Response::from_parts(parts, Bytes::new()), Source::whole(body))
            }
        };
        let reader = BodyReader::new(source, window);
        answer.extensions_mut().insert(Unread(Arc::new(Mutex::new(Some(reader)))));
        answer
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
    /// The first chunk, kept as it is: most answers are one chunk, and need no copy.
    first: Option<Bytes>,
    /// Every chunk, once there is more than one.
    joined: Vec<u8>,
    preview: Option<Bytes>,
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
            preview: None,
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
            self.preview = Some(Bytes::from(preview));
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
        if let Some(preview) = self.preview.take() {
            return preview;
        }
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
