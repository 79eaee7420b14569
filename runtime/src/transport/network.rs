//! The network: requests sent by reqwest.

use crate::error::TransportError;
use crate::hooks::Call;
use crate::transport::{Pending, ResponseBody, Sent, Transport};
use crate::wire::Request;

/// Sends through a `reqwest::Client` (restpoint's own, or the caller's).
#[derive(Debug, Clone)]
pub(crate) struct Network(pub(crate) reqwest::Client);

impl Transport for Network {
    fn send(&self, request: Request, _call: &Call<'_>) -> Pending {
        Box::pin(Sent(self.0.execute(request.into_reqwest()), answer))
    }
}

/// reqwest's answer as a head and a body to read.
fn answer(
    sent: reqwest::Result<reqwest::Response>,
) -> Result<http::Response<ResponseBody>, TransportError> {
    let mut response = sent.map_err(TransportError::from_reqwest)?;
    let mut head = http::Response::new(());
    *head.status_mut() = response.status();
    *head.version_mut() = response.version();
    *head.headers_mut() = std::mem::take(response.headers_mut());
    Ok(head.map(|()| ResponseBody::network(response)))
}
