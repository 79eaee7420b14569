//! One attempt: send the request through the transport, follow the redirects
//! the policy allows, and read the answer within the client's limits. The hooks
//! see each request and answer here, and only here.
//!
//! The first request and its answer are the hot path, inline; a redirect to
//! follow and a body left to stream are entered only when they happen.

use std::pin::{Pin, pin};

use bytes::Bytes;
use http::{HeaderValue, Method};
use tokio::time::Sleep;

use crate::config::{CallOptions, Settings};
use crate::error::{BoxError, RequestError, TransportError};
use crate::facts::SuccessBody;
use crate::hooks::{Call, Hooks, Response};
use crate::redirect::{Hop, RedirectPolicy};
use crate::request::PreparedRequest;
use crate::transport::read::{self, BodyReader, Limits, MIN_PROGRESS, ReadFailure, Reading};
use crate::transport::{Pending, ResponseBody, Transport};
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

/// What [`Exchange::after_head`] makes of a head: the next hop of a redirect, a
/// body to read, or the attempt's outcome already (a `2xx` to stream, or a
/// failure). No `Result`: one value, so that the state of the attempt keeps
/// one while it follows a redirect.
enum AfterHead {
    Redirect(Hop),
    Read(http::Response<ResponseBody>),
    Done(Result<Answer, Failure>),
}

/// What one attempt needs besides the request.
pub(crate) struct Exchange<'a> {
    pub(crate) transport: &'a dyn Transport,
    /// The client's: its base URL, default headers and limits.
    pub(crate) settings: &'a Settings,
    /// The call's own options, over the client's.
    pub(crate) options: Option<&'a CallOptions>,
    pub(crate) redirects: &'a RedirectPolicy,
    pub(crate) hooks: &'a Hooks,
    /// What becomes of a `2xx` body.
    pub(crate) success_body: SuccessBody,
}

impl<'a> Exchange<'a> {
    /// The limits of this call: the client's, less what its options change.
    /// Read where needed rather than kept: the exchange is in every call's state.
    pub(crate) fn limits(&self) -> Limits {
        self.settings.for_call(self.options).0
    }

    /// Sends `request` and reads the answer: the last one, after the redirects
    /// the policy follows.
    //
    // The state this future keeps across its awaits is what the request needs
    // and no more: the request and the head are handled in plain functions, and
    // each value is moved into the future that needs it (a value matched on, or
    // a parameter of an `async fn`, would be kept beside it). A redirect to
    // follow is a future of its own, boxed. Its size is asserted by a test
    // (`call::tests`).
    //
    // A plain function returning a block, not an `async fn`: an `async fn`
    // keeps each parameter twice in its state, as passed and as a local.
    #[expect(clippy::manual_async_fn, reason = "an `async fn` keeps its parameters twice")]
    pub(crate) fn attempt(
        &'a self,
        prepared: &'a PreparedRequest,
        call: &'a Call<'a>,
        authorization: Option<&'a HeaderValue>,
    ) -> impl Future<Output = Result<Answer, Failure>> + Send + 'a {
        async move {
            // One timer for the request, moved as the read timeout's windows move.
            let mut timer =
                pin!(tokio::time::sleep_until(read::deadline(self.limits().read_timeout)));
            let sent = self.send(prepared, call, authorization, &Hop::first(prepared))?;
            let head = self.head(read::before(timer.as_mut(), sent).await, call)?;
            let head = match self.after_head(head, None, prepared, call) {
                AfterHead::Read(head) => head,
                AfterHead::Done(outcome) => return outcome,
                AfterHead::Redirect(next) => {
                    return Box::pin(self.redirected(prepared, call, authorization, next)).await;
                }
            };
            let answer = self.reading(head, prepared.method == Method::HEAD, timer).await;
            self.seen(call, answer)
        }
    }

    /// [`attempt`](Exchange::attempt) within the total timeout `limit`: boxed,
    /// since a total timeout is a choice, so that its timer stays out of every
    /// other call's state.
    pub(crate) fn attempt_within(
        &'a self,
        limit: std::time::Duration,
        prepared: &'a PreparedRequest,
        call: &'a Call<'a>,
        authorization: Option<&'a HeaderValue>,
    ) -> Pin<Box<dyn Future<Output = Result<Answer, Failure>> + Send + 'a>> {
        Box::pin(async move {
            let attempt = self.attempt(prepared, call, authorization);
            tokio::time::timeout(limit, attempt)
                .await
                .unwrap_or_else(|_| Err(TransportError::timed_out(limit).into()))
        })
    }

    /// The hops after the first, each with the read timeout's window anew.
    async fn redirected(
        &self,
        prepared: &PreparedRequest,
        call: &Call<'_>,
        authorization: Option<&HeaderValue>,
        mut hop: Hop,
    ) -> Result<Answer, Failure> {
        let mut timer = pin!(tokio::time::sleep_until(read::deadline(self.limits().read_timeout)));
        let mut redirects = 1;
        loop {
            timer.as_mut().reset(read::deadline(self.limits().read_timeout));
            let sent = self.send(prepared, call, authorization, &hop)?;
            let head = self.head(read::before(timer.as_mut(), sent).await, call)?;
            let head = match self.after_head(head, Some((&hop, redirects)), prepared, call) {
                AfterHead::Read(head) => head,
                AfterHead::Done(outcome) => return outcome,
                AfterHead::Redirect(next) => {
                    hop = next;
                    redirects += 1;
                    continue;
                }
            };
            let answer = self.reading(head, hop.method == Method::HEAD, timer.as_mut()).await;
            return self.seen(call, answer);
        }
    }

    /// Sends the request of `hop`, as the hooks leave it, through the transport.
    fn send(
        &self,
        prepared: &PreparedRequest,
        call: &Call<'_>,
        authorization: Option<&HeaderValue>,
        hop: &Hop,
    ) -> Result<Pending, Failure> {
        let url = self.url_of(prepared, hop).map_err(Failure::Request)?;
        let mut request = Request::for_hop(
            prepared,
            &self.settings.headers,
            self.options.and_then(CallOptions::headers),
            authorization,
            hop,
            url,
        );
        self.hooks.on_request(call, &mut request).map_err(Failure::Hook)?;
        Ok(self.transport.send(request, call))
    }

    /// The URL of `hop`: a redirect's, copied, or for the first request the
    /// prepared one, parsed.
    fn url_of(&self, prepared: &PreparedRequest, hop: &Hop) -> Result<reqwest::Url, RequestError> {
        match &hop.url {
            Some(url) => Ok(url.clone()),
            None => prepared.parse_url(&self.settings.base),
        }
    }

    /// The head the transport gave, if it came before the read timeout's first
    /// window ended (`None` if not).
    fn head(
        &self,
        head: Option<Result<http::Response<ResponseBody>, TransportError>>,
        call: &Call<'_>,
    ) -> Result<http::Response<ResponseBody>, Failure> {
        let head = head.unwrap_or_else(|| {
            Err(TransportError::stalled(self.limits().read_timeout, MIN_PROGRESS))
        });
        head.map_err(|error| {
            self.hooks.on_response(call, Response::Failed(&error));
            Failure::Transport(error)
        })
    }

    /// What follows a head: the next hop of a redirect the policy follows, a `2xx`
    /// to stream handed over unread, or a body to read. `hop` is the request
    /// the head answers and how many redirects came before it; `None` for the
    /// first request, as prepared.
    fn after_head(
        &self,
        head: http::Response<ResponseBody>,
        hop: Option<(&Hop, u32)>,
        prepared: &PreparedRequest,
        call: &Call<'_>,
    ) -> AfterHead {
        let status = head.status();
        if RedirectPolicy::is_redirect(status) {
            let first = Hop::first(prepared);
            let (hop, redirects) = hop.unwrap_or((&first, 0));
            // The URL the answer came from, where its `Location` is resolved.
            let url = match self.url_of(prepared, hop) {
                Ok(url) => url,
                Err(error) => return AfterHead::Done(Err(Failure::Request(error))),
            };
            if let Some(next) = self.redirects.follow(hop, &url, redirects, status, head.headers())
            {
                if !self.hooks.is_empty() {
                    let (parts, _) = head.into_parts();
                    let seen = http::Response::from_parts(parts, Bytes::new());
                    self.hooks.on_response(call, Response::Answer(&seen));
                }
                return AfterHead::Redirect(next);
            }
        }
        if self.success_body == SuccessBody::Stream && status.is_success() {
            let (parts, body) = head.into_parts();
            let response = http::Response::from_parts(parts, Bytes::new());
            self.hooks.on_response(call, Response::Answer(&response));
            let unread = BodyReader::new(body.into_chunks(), self.limits().read_timeout);
            return AfterHead::Done(Ok(Answer { response, unread: Some(Box::new(unread)) }));
        }
        AfterHead::Read(head)
    }

    /// Reads the body of `head` within the size cap and the read timeout, its
    /// windows timed by `timer`. A `HEAD` answer's `Content-Length` describes a
    /// body it does not have, so it is not held against the cap.
    fn reading<'t>(
        &self,
        head: http::Response<ResponseBody>,
        head_request: bool,
        timer: Pin<&'t mut Sleep>,
    ) -> impl Future<Output = Result<http::Response<Bytes>, ReadFailure>> + use<'t> {
        let keep = self.success_body == SuccessBody::Keep || !head.status().is_success();
        Reading::new(head, head_request, keep, self.limits(), timer)
    }

    /// Shows the hooks the answer that was read, or why there is none.
    fn seen(
        &self,
        call: &Call<'_>,
        answer: Result<http::Response<Bytes>, ReadFailure>,
    ) -> Result<Answer, Failure> {
        let answer = answer.map_err(Failure::from);
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
