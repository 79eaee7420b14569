//! The network: requests sent by reqwest.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use crate::error::TransportError;
use crate::hooks::Call;
use crate::transport::{Pending, ResponseBody, Transport};
use crate::wire::Request;

/// Sends through a `reqwest::Client` (restpoint's own, or the caller's).
#[derive(Debug, Clone)]
pub(crate) struct Network(pub(crate) reqwest::Client);

impl Transport for Network {
    fn send(&self, request: Request, _call: &Call<'_>) -> Pending {
        Box::pin(Sent(self.0.execute(request.into_reqwest())))
    }
}

/// reqwest's answer to come, as a head and a body to read: a future of its own
/// rather than an `async` block, which would be one more state machine.
struct Sent<F>(F);

impl<F> Future for Sent<F>
where
    F: Future<Output = reqwest::Result<reqwest::Response>> + Unpin,
{
    type Output = Result<http::Response<ResponseBody>, TransportError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut response = match ready!(Pin::new(&mut self.0).poll(cx)) {
            Ok(response) => response,
            Err(error) => return Poll::Ready(Err(TransportError::from_reqwest(error))),
        };
        let mut head = http::Response::new(());
        *head.status_mut() = response.status();
        *head.version_mut() = response.version();
        *head.headers_mut() = std::mem::take(response.headers_mut());
        Poll::Ready(Ok(head.map(|()| ResponseBody::network(response))))
    }
}
