//! The network: requests sent by reqwest.

use crate::error::TransportError;
use crate::hooks::Call;
use crate::transport::{Pending, ResponseBody, Transport};
use crate::wire::Request;

/// Sends through a `reqwest::Client` (restpoint's own, or the caller's).
#[derive(Debug, Clone)]
pub(crate) struct Network(pub(crate) reqwest::Client);

impl Transport for Network {
    fn send(&self, request: Request, _call: &Call<'_>) -> Pending {
        let sent = self.0.execute(request.into_reqwest());
        Box::pin(async move {
            let mut response = sent.await.map_err(TransportError::from_reqwest)?;
            let mut head = http::Response::new(());
            *head.status_mut() = response.status();
            *head.version_mut() = response.version();
            *head.headers_mut() = std::mem::take(response.headers_mut());
            Ok(head.map(|()| ResponseBody::network(response)))
        })
    }
}
