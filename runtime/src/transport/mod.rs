//! Where requests go: the [`Transport`] interface, which the network and the
//! test kit's double both implement, and the [`ResponseBody`] they answer with.
//!
//! A transport sends one request and gives the answer's head as soon as it has
//! arrived, its body still to come. Everything else (redirects, hooks, retries,
//! credentials, and reading the body within the size cap and the read timeout)
//! is the client's, the same whatever the transport: a test that answers through
//! the test kit's `Mock` (the `test-util` feature) sees the limits production sees.
//!
//! ```
//! use restpoint_runtime::hooks::{Call, Request};
//! use restpoint_runtime::transport::{Pending, ResponseBody, Transport};
//!
//! /// Answers every request with `204`, without any I/O.
//! #[derive(Debug)]
//! struct NoContent;
//!
//! impl Transport for NoContent {
//!     fn send(&self, _request: Request, _call: &Call<'_>) -> Pending {
//!         let mut answer = http::Response::new(ResponseBody::empty());
//!         *answer.status_mut() = http::StatusCode::NO_CONTENT;
//!         Box::pin(std::future::ready(Ok(answer)))
//!     }
//! }
//!
//! let client = restpoint_runtime::Client::builder("http://api.invalid")
//!     .transport(NoContent)
//!     .build()?;
//! # Ok::<(), restpoint_runtime::Error>(())
//! ```

mod body;
mod direct;
mod network;
pub(crate) mod read;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub use body::ResponseBody;
pub(crate) use direct::{Direct, proxy_in_environment};
pub(crate) use network::Network;

use crate::error::TransportError;
use crate::hooks::Call;
use crate::wire::Request;

/// A network's answer to come, made the transport's answer by `answer` (a
/// function: no size, called directly) when it comes: a future of its own rather
/// than an `async` block, which would be one more state machine a request.
pub(crate) struct Sent<F, A>(pub(crate) F, pub(crate) A);

impl<F, A> Future for Sent<F, A>
where
    F: Future + Unpin,
    A: FnMut(F::Output) -> Result<http::Response<ResponseBody>, TransportError> + Unpin,
{
    type Output = Result<http::Response<ResponseBody>, TransportError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let Sent(sent, answer) = &mut *self;
        Pin::new(sent).poll(cx).map(answer)
    }
}

/// The answer of a [`Transport`] to come: its head, the body still to read.
pub type Pending =
    Pin<Box<dyn Future<Output = Result<http::Response<ResponseBody>, TransportError>> + Send>>;

/// Sends one request and answers with its head, the body to read as it arrives.
///
/// The client runs everything around it: the hooks have seen and changed the
/// request, and the client reads the body within its size cap and read timeout
/// (the head must come within the read timeout too), follows redirects by its
/// policy and retries by its own. A transport only moves bytes: the network
/// (by default hyper's pooled client, used straight; reqwest when the
/// environment names a proxy, or the `reqwest::Client` given to
/// [`ClientBuilder::reqwest_client`](crate::ClientBuilder::reqwest_client)), the
/// test kit's `Mock` (the `test-util` feature), or one of your own (a recording, a
/// replay, an in-process server), set with
/// [`ClientBuilder::transport`](crate::ClientBuilder::transport).
pub trait Transport: fmt::Debug + Send + Sync + 'static {
    /// Sends `request`, made by `call` (its endpoint, attempt and id).
    fn send(&self, request: Request, call: &Call<'_>) -> Pending;

    /// Whether the client's clock is tokio's paused one (the test kit's): a
    /// blocking client made over this transport then runs on a paused clock, so
    /// that waits take no time.
    #[doc(hidden)]
    fn paused_clock(&self) -> bool {
        false
    }
}
