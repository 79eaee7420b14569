//! What the sending loop, compiled once for every endpoint, knows of one: the
//! generic code that knows the endpoint's type fills it in.

use bytes::Bytes;

use crate::endpoint::{Endpoint, ResponseFormat};
use crate::error::{ErrorBody, Route};

/// What becomes of a `2xx` body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SuccessBody {
    /// Read whole, within the size cap, to decode.
    Keep,
    /// Read and dropped as it arrives (`response = ()`), so that the connection
    /// can be reused.
    Drop,
    /// Left unread, for the caller to read as it arrives (`Success::unread`).
    Stream,
}

#[derive(Debug)]
pub(crate) struct Facts {
    /// The endpoint's type name, as `std::any::type_name` gives it.
    pub(crate) type_name: &'static str,
    pub(crate) route: Route,
    pub(crate) idempotent: bool,
    /// Whether it carries the client's credentials (not for `auth = none`).
    pub(crate) authenticated: bool,
    /// What becomes of a `2xx` body: decoded, dropped as it arrives
    /// (`response = ()`), or streamed to the caller.
    pub(crate) success_body: SuccessBody,
    /// Decodes a non-`2xx` body (or a `2xx` that failed the check) by its status.
    pub(crate) decode_error: fn(http::StatusCode, &Bytes) -> Option<Box<dyn ErrorBody>>,
    /// Whether a `304 Not Modified` is a success (`response = Conditional<T>`).
    pub(crate) accepts_not_modified: bool,
    /// Whether a `2xx` answer is a success (`check = ...`).
    pub(crate) succeeded: fn(&http::Response<Bytes>) -> bool,
    /// A client's own request for a token: it carries the client's secret and
    /// its answer the token, so hooks do not see it, and it follows no redirect
    /// to another origin, whatever the client's policy.
    pub(crate) token_request: bool,
}

impl Facts {
    pub(crate) fn of<E: Endpoint>() -> Facts {
        Facts {
            type_name: std::any::type_name::<E>(),
            route: E::route(),
            idempotent: E::idempotent(),
            authenticated: E::authenticated(),
            success_body: if <E::Format as ResponseFormat<E::Response>>::KEEPS_BODY {
                SuccessBody::Keep
            } else {
                SuccessBody::Drop
            },
            accepts_not_modified: <E::Format as ResponseFormat<E::Response>>::ACCEPTS_NOT_MODIFIED,
            decode_error: E::decode_error,
            succeeded: E::succeeded,
            token_request: false,
        }
    }
}

impl Facts {
    /// The facts of `E`, for a call whose `2xx` body the caller reads as it
    /// arrives: it is neither decoded nor checked.
    pub(crate) fn streaming<E: Endpoint>() -> Facts {
        Facts { success_body: SuccessBody::Stream, succeeded: |_| true, ..Facts::of::<E>() }
    }

    /// The endpoint's type name, without its module path or parameters.
    pub(crate) fn name(&self) -> &'static str {
        short_name(self.type_name)
    }
}

/// `my_api::users::ListUsers<'_>` is `ListUsers`.
fn short_name(path: &'static str) -> &'static str {
    let without_parameters = path.split('<').next().unwrap_or(path);
    without_parameters.rsplit("::").next().unwrap_or(without_parameters)
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_names() {
        assert_eq!(super::short_name("a::b::ListUsers<'_, u8>"), "ListUsers");
        assert_eq!(super::short_name("GetUser"), "GetUser");
    }
}
