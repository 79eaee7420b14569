//! One attempt: send the request through the transport, follow the redirects
//! the policy allows, and read the answer within the client's limits. The hooks
//! see each request and answer here, and only here.
//!
//! The first request and its answer are the hot path, inline; a redirect to
//! follow and a body left to stream are entered only when they happen.

use std::pin::{Pin, pin};

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method};
use tokio::time::Sleep;

use crate::error::{BoxError, RequestError, TransportError};
use crate::facts::SuccessBody;
use crate::hooks::{Call, Hooks, Response};
use crate::redirect::{Hop, RedirectPolicy};
use crate::request::{BaseUrl, PreparedRequest};
use crate::transport::read::{self, BodyReader, Limits, MIN_PROGRESS, ReadFailure, Reading};
use crate::transport::{ResponseBody, Transport};
use crate::wire::Request;

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

impl From<ReadFailure> for Failure {
    fn from(failure: ReadFailure) -> Self {
        match failure {
            ReadFailure::Broken(error) => Failure::Transport(error),
            ReadFailure::TooLarge(answer, limit) => Failure::TooLarge(answer, limit),
        }
    }
}

/// What an attempt brings: the answer, its body read; or, for a `2xx` to
/// stream, its head, the body left to read by the caller.
pub(crate) struct Answer {
    pub(crate) response: http::Response<Bytes>,
    /// The body still to read, for a `2xx` to stream.
    pub(crate) unread: Option<Box<BodyReader>>,
}

impl Answer {
    fn read(response: http::Response<Bytes>) -> Self {
        Answer { response, unread: None }
    }

    pub(crate) fn status(&self) -> http::StatusCode {
        self.response.status()
    }
}

/// What [`Exchange::after_head`] makes of a head.
enum AfterHead {
    Redirect(Hop),
    Stream(Answer),
    Read(http::Response<ResponseBody>),
}

/// What one attempt needs besides the request.
pub(crate) struct Exchange<'a> {
    pub(crate) transport: &'a dyn Transport,
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
    ) -> Result<Answer, Failure> {
        let attempt = self.first(request, call, authorization);
        match self.limits.timeout {
            Some(limit) => tokio::time::timeout(limit, attempt)
                .await
                .unwrap_or_else(|_| Err(TransportError::timed_out(limit).into())),
            None => attempt.await,
        }
    }

    // The values this future keeps across its awaits are few and owned: a value
    // borrowed in an `async fn` is kept in its future to the end of its scope, so
    // the request and the head are handled in the plain functions below.
    async fn first(
        &self,
        prepared: &PreparedRequest,
        call: &Call<'_>,
        authorization: Option<&HeaderValue>,
    ) -> Result<Answer, Failure> {
        // One timer for the whole attempt, moved as the read timeout's windows move.
        let mut timer = pin!(tokio::time::sleep_until(read::deadline(self.limits.read_timeout)));
        let hop = Hop::first(prepared);
        let request = self.request(prepared, call, authorization, &hop)?;
        let head = self.head(request, call, timer.as_mut()).await?;
        match self.after_head(head, &hop, 0, prepared, call)? {
            AfterHead::Read(head) => self.read(head, &hop, call, timer).await,
            AfterHead::Stream(answer) => Ok(answer),
            // Out of line: most calls are never redirected.
            AfterHead::Redirect(next) => {
                Box::pin(self.redirected(prepared, call, authorization, next, timer)).await
            }
        }
    }

    /// The hops after the first, each with the read timeout's window anew.
    async fn redirected(
        &self,
        prepared: &PreparedRequest,
        call: &Call<'_>,
        authorization: Option<&HeaderValue>,
        mut hop: Hop,
        mut timer: Pin<&mut Sleep>,
    ) -> Result<Answer, Failure> {
        let mut redirects = 1;
        loop {
            timer.as_mut().reset(read::deadline(self.limits.read_timeout));
            let request = self.request(prepared, call, authorization, &hop)?;
            let head = self.head(request, call, timer.as_mut()).await?;
            match self.after_head(head, &hop, redirects, prepared, call)? {
                AfterHead::Read(head) => return self.read(head, &hop, call, timer).await,
                AfterHead::Stream(answer) => return Ok(answer),
                AfterHead::Redirect(next) => {
                    hop = next;
                    redirects += 1;
                }
            }
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

    /// Sends one request; its answer's head must come before `timer` fires.
    async fn head(
        &self,
        request: Request,
        call: &Call<'_>,
        timer: Pin<&mut Sleep>,
    ) -> Result<http::Response<ResponseBody>, Failure> {
        let sent = self.transport.send(request, call);
        let head = match read::before(timer, sent).await {
            Some(head) => head,
            None => Err(TransportError::stalled(self.limits.read_timeout, MIN_PROGRESS)),
        };
        head.map_err(|error| {
            self.hooks.on_response(call, Response::Failed(&error));
            Failure::Transport(error)
        })
    }

    /// What follows a head: the next hop of a redirect the policy follows, a `2xx`
    /// to stream handed over unread, or a body to read.
    fn after_head(
        &self,
        head: http::Response<ResponseBody>,
        hop: &Hop,
        redirects: u32,
        prepared: &PreparedRequest,
        call: &Call<'_>,
    ) -> Result<AfterHead, Failure> {
        let status = head.status();
        if RedirectPolicy::is_redirect(status) {
            // The URL the answer came from, where its `Location` is resolved.
            let url = match &hop.url {
                Some(url) => url.clone(),
                None => prepared.parse_url(self.base).map_err(Failure::Request)?,
            };
            if let Some(next) = self.redirects.follow(hop, &url, redirects, status, head.headers())
            {
                if !self.hooks.is_empty() {
                    let (parts, _) = head.into_parts();
                    let seen = http::Response::from_parts(parts, Bytes::new());
                    self.hooks.on_response(call, Response::Answer(&seen));
                }
                return Ok(AfterHead::Redirect(next));
            }
        }
        if self.success_body == SuccessBody::Stream && status.is_success() {
            let (parts, body) = head.into_parts();
            let response = http::Response::from_parts(parts, Bytes::new());
            self.hooks.on_response(call, Response::Answer(&response));
            let unread = BodyReader::new(body.into_chunks(), self.limits.read_timeout);
            return Ok(AfterHead::Stream(Answer { response, unread: Some(Box::new(unread)) }));
        }
        Ok(AfterHead::Read(head))
    }

    /// Reads the body of `head` within the size cap and the read timeout, and
    /// shows the answer to the hooks. A `HEAD` answer's `Content-Length`
    /// describes a body it does not have, so it is not held against the cap.
    async fn read(
        &self,
        head: http::Response<ResponseBody>,
        hop: &Hop,
        call: &Call<'_>,
        timer: Pin<&mut Sleep>,
    ) -> Result<Answer, Failure> {
        let keep = self.success_body == SuccessBody::Keep || !head.status().is_success();
        let head_request = hop.method == Method::HEAD;
        let reading = Reading::new(head, head_request, keep, self.limits, timer);
        let answer = reading.await.map_err(Failure::from);
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
        answer.map(Answer::read)
    }
}
