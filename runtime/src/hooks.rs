//! Hooks: code of the user's that runs around every call of a client, with the
//! endpoint's facts in hand, to sign requests, add a correlation id, meter
//! latency or log. A small trait of restpoint's own, called synchronously in
//! order: no boxing, no futures, no cost when a client has none.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bytes::Bytes;
use http::Method;

use crate::error::{BoxError, Error, TransportError};
use crate::facts::Facts;
pub use crate::wire::Request;

/// Runs around every call of a [`Client`](crate::Client) (and a
/// `BlockingClient`) it is added to with
/// [`ClientBuilder::hook`](crate::ClientBuilder::hook).
///
/// Every method has a default that does nothing; implement those you need.
/// Hooks run in the order they were added, on the task that sends, so they should
/// be quick: to wait for something, do it before the call. They see the calls of
/// endpoints, not the client's own token requests (those carry its secret).
///
/// A hook that panics panics the caller, as any code of the caller's would: the
/// task that awaits `send`, or the thread that called `send_blocking` (with the
/// hook's message; the blocking client's own thread carries on). To refuse a
/// request, return an error from [`on_request`](Hook::on_request).
///
/// ```
/// use std::sync::atomic::{AtomicU32, Ordering};
/// use restpoint_runtime::hooks::{Call, Hook, Request};
/// use restpoint_runtime::BoxError;
///
/// /// Adds `X-Correlation-Id`, the same on every attempt of a call.
/// struct CorrelationId;
///
/// impl Hook for CorrelationId {
///     fn on_request(&self, call: &Call<'_>, request: &mut Request) -> Result<(), BoxError> {
///         let id = format!("{}-{}", call.endpoint(), call.id());
///         request.headers_mut().insert("x-correlation-id", id.parse()?);
///         Ok(())
///     }
/// }
///
/// let client = restpoint_runtime::Client::builder("https://tenant.auth0.com")
///     .hook(CorrelationId)
///     .build()?;
/// # Ok::<(), restpoint_runtime::Error>(())
/// ```
pub trait Hook: Send + Sync + 'static {
    /// Once per call, before anything is sent.
    fn on_call(&self, call: &Call<'_>) {
        let _ = call;
    }

    /// Before each request goes on the wire (each attempt, and each redirect an
    /// attempt follows), with the client's default headers in place: it may change
    /// the headers and the body. An error ends the call with [`Error::Hook`], and
    /// nothing more is sent.
    fn on_request(&self, call: &Call<'_>, request: &mut Request) -> Result<(), BoxError> {
        let _ = (call, request);
        Ok(())
    }

    /// After each request: its answer, or why there is none.
    fn on_response(&self, call: &Call<'_>, response: Response<'_>) {
        let _ = (call, response);
    }

    /// Once per call, at its end: the `2xx` answer (not yet decoded), or the error.
    fn on_call_end(&self, call: &Call<'_>, outcome: Result<&http::Response<Bytes>, &Error>) {
        let _ = (call, outcome);
    }
}

/// What a hook knows of the call it runs in: the endpoint's facts, and how far
/// the call has come.
#[derive(Debug)]
pub struct Call<'a> {
    pub(crate) facts: &'a Facts,
    pub(crate) id: u64,
    pub(crate) attempt: u32,
    /// The time waited for turns in the rate budget, in microseconds (beside
    /// `attempt`, in what would be padding: the call's state does not grow).
    pub(crate) budget_wait: u32,
    /// When the call started; only read when the client has hooks.
    pub(crate) started: Option<tokio::time::Instant>,
}

impl Call<'_> {
    /// The endpoint's type name, without its module path: `LinkUserAccount`.
    pub fn endpoint(&self) -> &'static str {
        self.facts.name()
    }

    /// The method.
    pub fn method(&self) -> &Method {
        &self.facts.route.method
    }

    /// The path template, as declared: `/api/v2/users/<id>/identities`.
    pub fn template(&self) -> &'static str {
        self.facts.route.template
    }

    /// The method and the template, for errors and logs.
    pub fn route(&self) -> &crate::error::Route {
        &self.facts.route
    }

    /// Whether the endpoint may be sent again after a failure the server may
    /// have seen.
    pub fn idempotent(&self) -> bool {
        self.facts.idempotent
    }

    /// Whether the call carries the client's credentials: `false` for an endpoint
    /// declared `auth = none`.
    pub fn authenticated(&self) -> bool {
        self.facts.authenticated
    }

    /// A number for this call, unique in the process and the same for every
    /// attempt: to correlate them.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The attempt under way, from 1; 0 before the first.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }

    /// The time since the call started.
    pub fn elapsed(&self) -> Duration {
        self.started.map_or(Duration::ZERO, |started| started.elapsed())
    }

    /// The time the call has waited for its turns in the client's
    /// [rate budget](crate::ClientBuilder::rate_limit), every attempt's so far
    /// (a fleet's shared budget's too): what the limit cost it, to meter. Zero
    /// without a budget; to the microsecond, up to 71 minutes.
    ///
    /// ```
    /// use std::time::Duration;
    /// use restpoint_runtime::BoxError;
    /// use restpoint_runtime::hooks::{Call, Hook, Request};
    ///
    /// /// Says which calls the budget held back for more than a second.
    /// struct BudgetWaits;
    ///
    /// impl Hook for BudgetWaits {
    ///     fn on_request(&self, call: &Call<'_>, _: &mut Request) -> Result<(), BoxError> {
    ///         if call.budget_wait() > Duration::from_secs(1) {
    ///             eprintln!("{} waited {:?} for its turns", call.endpoint(), call.budget_wait());
    ///         }
    ///         Ok(())
    ///     }
    /// }
    /// ```
    pub fn budget_wait(&self) -> Duration {
        Duration::from_micros(u64::from(self.budget_wait))
    }
}

/// A number for each call.
pub(crate) fn next_call_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// What one request brought.
#[derive(Debug, Clone, Copy)]
pub enum Response<'a> {
    /// An answer: status, headers and body (a redirect that is followed, or an
    /// answer over the size cap, with the part of the body that was read).
    Answer(&'a http::Response<Bytes>),
    /// No answer.
    Failed(&'a TransportError),
}

impl Response<'_> {
    /// The status, if there was an answer.
    pub fn status(&self) -> Option<http::StatusCode> {
        match self {
            Response::Answer(answer) => Some(answer.status()),
            Response::Failed(_) => None,
        }
    }
}

/// The hooks of a client, in order.
#[derive(Clone, Default)]
pub(crate) struct Hooks(Vec<Arc<dyn Hook>>);

impl Hooks {
    /// No hook, for calls that hooks do not see.
    pub(crate) fn none() -> &'static Hooks {
        static NONE: Hooks = Hooks(Vec::new());
        &NONE
    }

    pub(crate) fn push(&mut self, hook: Arc<dyn Hook>) {
        self.0.push(hook);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn on_call(&self, call: &Call<'_>) {
        self.0.iter().for_each(|hook| hook.on_call(call));
    }

    pub(crate) fn on_request(
        &self,
        call: &Call<'_>,
        request: &mut Request,
    ) -> Result<(), BoxError> {
        self.0.iter().try_for_each(|hook| hook.on_request(call, request))
    }

    pub(crate) fn on_response(&self, call: &Call<'_>, response: Response<'_>) {
        self.0.iter().for_each(|hook| hook.on_response(call, response));
    }

    pub(crate) fn on_call_end(
        &self,
        call: &Call<'_>,
        outcome: Result<&http::Response<Bytes>, &Error>,
    ) {
        self.0.iter().for_each(|hook| hook.on_call_end(call, outcome));
    }
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} hooks", self.0.len())
    }
}
