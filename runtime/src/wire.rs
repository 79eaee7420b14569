//! The request as it goes on the wire: what hooks see and change, and what a
//! [`Transport`](crate::transport::Transport) sends.

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method};

use crate::redirect::Hop;
use crate::request::PreparedRequest;
use crate::upload::Payload;

/// A request as it goes on the wire; a hook may change its headers and body.
#[derive(Debug)]
pub struct Request {
    pub(crate) method: Method,
    pub(crate) url: reqwest::Url,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Option<Payload>,
}

impl Request {
    /// The request for `hop` of `prepared`, to `url`: its headers with the
    /// client's `defaults` and the call's `extra` ones, less what the hop must not
    /// carry, and the body, which
    /// shares its bytes with every attempt.
    pub(crate) fn for_hop(
        prepared: &PreparedRequest,
        defaults: &HeaderMap,
        extra: Option<&HeaderMap>,
        authorization: Option<&HeaderValue>,
        hop: &Hop,
        url: reqwest::Url,
    ) -> Self {
        let mut headers = prepared.headers(defaults);
        if let Some(authorization) = authorization {
            crate::auth::authorize(&mut headers, authorization);
        }
        for (name, value) in extra.into_iter().flatten() {
            headers.insert(name.clone(), value.clone());
        }
        hop.restrict(&mut headers);
        Request {
            method: hop.method.clone(),
            url,
            headers,
            body: if hop.has_body { prepared.body.clone() } else { None },
        }
    }

    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The URL, with the path and query values encoded.
    pub fn url(&self) -> &str {
        self.url.as_str()
    }

    /// The headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The headers, to change.
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        &mut self.headers
    }

    /// The body's bytes, exactly as they are sent; `None` for no body, and for a
    /// body read from files as it is sent (see [`body_len`](Request::body_len)).
    pub fn body(&self) -> Option<&Bytes> {
        self.body.as_ref().and_then(Payload::bytes)
    }

    /// The body's length in bytes, whether in memory or read from files; `None`
    /// for no body.
    pub fn body_len(&self) -> Option<u64> {
        self.body.as_ref().map(Payload::len)
    }

    /// Replaces the body (its `Content-Type` header is the caller's to change).
    pub fn set_body(&mut self, body: impl Into<Bytes>) {
        self.body = Some(Payload::Bytes(body.into()));
        self.headers.remove(http::header::CONTENT_LENGTH);
    }

    /// The whole body, read from its files where it is sent from files; empty for
    /// no body. For a [`Transport`](crate::transport::Transport) that keeps what
    /// it sends: mind that a large upload is then read into memory.
    pub fn read_body(&self) -> std::io::Result<Bytes> {
        self.body.as_ref().map_or(Ok(Bytes::new()), Payload::read_all)
    }

    /// The request for reqwest to send (for a
    /// [`Transport`](crate::transport::Transport) over reqwest middleware, say);
    /// a body from files is read as it is sent.
    pub fn into_reqwest(self) -> reqwest::Request {
        let mut outgoing = reqwest::Request::new(self.method, self.url);
        *outgoing.headers_mut() = self.headers;
        *outgoing.body_mut() = self.body.as_ref().map(Payload::to_reqwest);
        outgoing
    }

    /// The request for hyper to send, with what reqwest would add: `Accept: */*`
    /// where the request names no `Accept`, and an empty body where it has none.
    pub(crate) fn into_http(
        mut self,
    ) -> Result<http::Request<reqwest::Body>, crate::error::TransportError> {
        let uri = self.url.as_str().parse::<http::Uri>().map_err(|error| {
            crate::error::TransportError::other(format!("the URL is not a valid URI: {error}"))
        })?;
        self.headers.entry(http::header::ACCEPT).or_insert(HeaderValue::from_static("*/*"));
        let body = self.body.as_ref().map_or_else(|| Bytes::new().into(), Payload::to_reqwest);
        let mut outgoing = http::Request::new(body);
        *outgoing.method_mut() = self.method;
        *outgoing.uri_mut() = uri;
        *outgoing.headers_mut() = self.headers;
        Ok(outgoing)
    }
}
