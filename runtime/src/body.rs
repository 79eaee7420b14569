//! A request body: bytes and their content type, encoded once so that every
//! attempt (and every rendering) sends the same ones; or files, read from disk
//! anew for each attempt.

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use http::HeaderValue;
use serde::Serialize;

use crate::error::RequestError;
use crate::upload::{OpenFile, Payload, Segment, Segments};

/// A request body and its content type.
#[derive(Debug, Clone)]
pub struct Body {
    pub(crate) content_type: HeaderValue,
    pub(crate) payload: Payload,
}

impl Body {
    /// A body of `bytes` sent as `content_type`.
    pub fn new(content_type: HeaderValue, bytes: impl Into<Bytes>) -> Self {
        Body { content_type, payload: Payload::Bytes(bytes.into()) }
    }

    /// The file at `path`, sent as `content_type`: read from disk as it is sent,
    /// and again for a retry, never held whole in memory. Its length is taken now;
    /// a file that has another when it is sent is an error.
    ///
    /// ```no_run
    /// let body = restpoint_runtime::Body::file("application/zip", "export.zip")?;
    /// assert!(body.bytes().is_none());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn file(content_type: &'static str, path: impl AsRef<Path>) -> std::io::Result<Self> {
        let file = OpenFile::open(path.as_ref())?;
        Ok(Body::from_segments(
            HeaderValue::from_static(content_type),
            vec![Segment::File(Arc::new(file))],
        ))
    }

    pub(crate) fn from_segments(content_type: HeaderValue, segments: Vec<Segment>) -> Self {
        Body { content_type, payload: Payload::Files(Arc::new(Segments::new(segments))) }
    }

    /// `value` serialized as JSON, sent as `application/json`.
    ///
    /// ```
    /// let body = restpoint_runtime::Body::json(&serde_json::json!({"link_with": "jwt"}))?;
    /// assert_eq!(body.bytes().unwrap(), br#"{"link_with":"jwt"}"#.as_slice());
    /// # Ok::<(), restpoint_runtime::RequestError>(())
    /// ```
    pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<Self, RequestError> {
        let bytes = serde_json::to_vec(value).map_err(RequestError::Body)?;
        Ok(Body::new(HeaderValue::from_static("application/json"), bytes))
    }

    /// `value` serialized as `application/x-www-form-urlencoded`, the way HTML forms
    /// and OAuth token endpoints take it. `None` values are left out; nested maps,
    /// structs and sequences are bracketed as Stripe, Rails and PHP read them
    /// (`metadata[order_id]=6735`, `items[0][price]=price_1`, the brackets
    /// percent-encoded), and a list is `name[]=a&name[]=b` (or repeated keys, with
    /// [`form::repeated_keys`](crate::form::repeated_keys)).
    ///
    /// ```
    /// let body = restpoint_runtime::Body::form(&[("grant_type", "client_credentials")])?;
    /// assert_eq!(body.bytes().unwrap(), "grant_type=client_credentials".as_bytes());
    /// # Ok::<(), restpoint_runtime::RequestError>(())
    /// ```
    pub fn form<T: Serialize + ?Sized>(value: &T) -> Result<Self, RequestError> {
        let text = crate::form::to_string(value)?;
        Ok(Body::new(HeaderValue::from_static("application/x-www-form-urlencoded"), text))
    }

    /// `value`'s bytes as they are, sent as `content_type`.
    ///
    /// ```
    /// let body = restpoint_runtime::Body::raw("text/csv", &"email\na@example.com\n".to_owned());
    /// assert_eq!(body.content_type(), "text/csv");
    /// ```
    pub fn raw<T: RawBody + ?Sized>(content_type: &'static str, value: &T) -> Self {
        value.to_body(HeaderValue::from_static(content_type))
    }

    /// The content type.
    pub fn content_type(&self) -> &HeaderValue {
        &self.content_type
    }

    /// The encoded bytes; `None` for a body read from files as it is sent.
    pub fn bytes(&self) -> Option<&Bytes> {
        self.payload.bytes()
    }

    /// The length in bytes.
    pub fn len(&self) -> u64 {
        self.payload.len()
    }

    /// Whether the body has no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A value that can be sent as a raw body: its bytes as they are.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be sent as a raw body",
    label = "a `#[body(content_type = \"...\")]` field is sent as raw bytes",
    note = "use `Vec<u8>`, `bytes::Bytes`, `String`, `&str`, `&[u8]` or `restpoint::multipart::File`, or drop `content_type` to send it as JSON"
)]
pub trait RawBody {
    /// The bytes to send.
    fn to_bytes(&self) -> Bytes;

    /// The body, sent as `content_type`: [`to_bytes`](RawBody::to_bytes), unless
    /// the value is read from disk as it is sent.
    fn to_body(&self, content_type: HeaderValue) -> Body {
        Body::new(content_type, self.to_bytes())
    }
}

impl RawBody for [u8] {
    fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self)
    }
}

impl RawBody for str {
    fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self.as_bytes())
    }
}

impl RawBody for Vec<u8> {
    fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self)
    }
}

impl RawBody for String {
    fn to_bytes(&self) -> Bytes {
        Bytes::copy_from_slice(self.as_bytes())
    }
}

impl RawBody for Bytes {
    fn to_bytes(&self) -> Bytes {
        self.clone()
    }
}

impl<T: RawBody + ?Sized> RawBody for &T {
    fn to_bytes(&self) -> Bytes {
        (**self).to_bytes()
    }

    fn to_body(&self, content_type: HeaderValue) -> Body {
        (**self).to_body(content_type)
    }
}
