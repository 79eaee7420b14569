//! The `Endpoint` trait: what the `#[endpoint]` macro implements, and all a
//! [`Client`](crate::Client) needs to know to send a request and decode its answer.

use bytes::Bytes;
use http::{HeaderMap, Method};
use serde::de::DeserializeOwned;

use crate::body::Body;
use crate::error::{BoxError, Error, ErrorBody, RequestError, Route};
use crate::path::PathWriter;
use crate::query::QueryWriter;
use crate::request::{BaseUrl, PreparedRequest};

/// An HTTP API endpoint: a method, a path template, and how a value of the
/// implementing type fills in the path, the query, the headers and the body.
///
/// `#[endpoint(...)]` implements it; it can be written by hand too, and the
/// [`Client`](crate::Client) sends either the same way.
///
/// ```
/// use restpoint_runtime::{Endpoint, Json, PathWriter, RequestError};
///
/// struct GetUser {
///     id: String,
/// }
///
/// impl Endpoint for GetUser {
///     type Response = serde_json::Value;
///     type Format = Json;
///     const METHOD: http::Method = http::Method::GET;
///     const PATH_TEMPLATE: &'static str = "/api/v2/users/<id>";
///
///     fn write_path(&self, path: &mut PathWriter<'_>) -> Result<(), RequestError> {
///         path.push_literal("/api/v2/users/");
///         path.push_segment("id", &self.id)
///     }
/// }
///
/// let request = GetUser { id: "auth0|42".into() }.to_http_request("https://tenant.auth0.com")?;
/// assert_eq!(request.uri(), "https://tenant.auth0.com/api/v2/users/auth0%7C42");
/// # Ok::<(), restpoint_runtime::Error>(())
/// ```
pub trait Endpoint {
    /// What a `2xx` answer decodes into.
    type Response;

    /// How a `2xx` body becomes [`Endpoint::Response`]: [`Json`], [`Text`], [`Raw`]
    /// or [`Ignore`].
    type Format: ResponseFormat<Self::Response>;

    /// The HTTP method.
    const METHOD: Method;

    /// The path template as declared, e.g. `/api/v2/users/<id>/identities`. Errors
    /// and logs name it instead of the filled-in path.
    const PATH_TEMPLATE: &'static str;

    /// Writes the path, with every placeholder filled in and encoded.
    fn write_path(&self, path: &mut PathWriter<'_>) -> Result<(), RequestError>;

    /// Writes the query parameters, if any.
    fn write_query(&self, query: &mut QueryWriter<'_>) -> Result<(), RequestError> {
        let _ = query;
        Ok(())
    }

    /// Adds the endpoint's own headers, if any. They take precedence over the
    /// client's default headers of the same name.
    fn write_headers(&self, headers: &mut HeaderMap) -> Result<(), RequestError> {
        let _ = headers;
        Ok(())
    }

    /// The request body, if any.
    fn body(&self) -> Result<Option<Body>, RequestError> {
        Ok(None)
    }

    /// The request as an [`http::Request`] against `base_url`, built without any
    /// I/O: to test, log, or send it with another client. It carries only the
    /// endpoint's own headers; [`Client::http_request`](crate::Client::http_request)
    /// adds a client's defaults.
    fn to_http_request(&self, base_url: &str) -> Result<http::Request<Bytes>, Error>
    where
        Self: Sized,
    {
        let base = BaseUrl::parse(base_url)?;
        prepare(self, &base)
            .and_then(|prepared| prepared.into_http(&HeaderMap::new()))
            .map_err(|source| Error::Request { route: Self::route(), source })
    }

    /// Whether sending the request twice does no more than sending it once, so
    /// that it may be retried after a failure the server may have seen. By
    /// default, what the method says (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`);
    /// `#[endpoint(POST, "...", idempotent)]` says it of any endpoint.
    fn idempotent() -> bool
    where
        Self: Sized,
    {
        Self::METHOD.is_idempotent()
    }

    /// Whether the request carries the client's credentials (its `Authorization`
    /// and every other sensitive default header). `true` by default;
    /// `#[endpoint(POST, "/oauth/token", auth = none)]` says no, for a call that
    /// must never carry them.
    fn authenticated() -> bool
    where
        Self: Sized,
    {
        true
    }

    /// Whether a `2xx` answer is a success. `true` by default;
    /// `#[endpoint(..., check = path)]` names a function that looks closer, for
    /// APIs that report failures inside a `2xx` (Slack answers
    /// `200 {"ok":false,"error":"channel_not_found"}`). A `2xx` that fails the check
    /// is an [`Error::Status`](crate::Error::Status), its body decoded into the
    /// `error = T` type, and is not retried.
    ///
    /// ```
    /// fn slack_ok(answer: &http::Response<bytes::Bytes>) -> bool {
    ///     #[derive(serde::Deserialize)]
    ///     struct Ok { ok: bool }
    ///     serde_json::from_slice::<Ok>(answer.body()).is_ok_and(|body| body.ok)
    /// }
    /// ```
    fn succeeded(response: &http::Response<Bytes>) -> bool
    where
        Self: Sized,
    {
        let _ = response;
        true
    }

    /// Decodes the body of an answer with `status` that failed (a non-`2xx`, or a
    /// `2xx` that failed the check) into the endpoint's error type for it: the
    /// `error(404) = T` of its status, else of its class (`error(4XX) = T`), else
    /// `error = T`; `None` if there is none or the body does not fit it. See
    /// [`Error::api_error`].
    fn decode_error(status: http::StatusCode, body: &Bytes) -> Option<Box<dyn ErrorBody>>
    where
        Self: Sized,
    {
        let _ = (status, body);
        None
    }

    /// The route, for errors and logs.
    #[doc(hidden)]
    fn route() -> Route
    where
        Self: Sized,
    {
        Route { method: Self::METHOD, template: Self::PATH_TEMPLATE }
    }
}

/// The request `endpoint` describes, against `base`: the one place where an
/// endpoint's path, query, headers and body are written.
pub(crate) fn prepare<E: Endpoint>(
    endpoint: &E,
    base: &BaseUrl,
) -> Result<PreparedRequest, RequestError> {
    let mut url = String::with_capacity(base.as_str().len() + E::PATH_TEMPLATE.len() + 32);
    url.push_str(base.as_str());
    endpoint.write_path(&mut PathWriter::new(&mut url))?;
    endpoint.write_query(&mut QueryWriter::new(&mut url))?;
    let mut own_headers = HeaderMap::new();
    endpoint.write_headers(&mut own_headers)?;
    PreparedRequest::new(E::METHOD, url, own_headers, endpoint.body()?, E::authenticated())
}

/// How a `2xx` response body becomes an endpoint's response type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot decode a response into `{T}`",
    note = "a `response = T` type must implement `serde::de::DeserializeOwned` (derive `Deserialize`), or be `()` to ignore the body; for raw bytes or text under another name (a type alias), write `format = raw` or `format = text`"
)]
pub trait ResponseFormat<T> {
    /// Whether a `2xx` body is kept for [`decode`](ResponseFormat::decode); when
    /// `false`, it is read and dropped as it arrives, without filling memory.
    const KEEPS_BODY: bool = true;

    /// Whether a `304 Not Modified` is an answer to decode (the answer to a
    /// conditional request) rather than an error.
    const ACCEPTS_NOT_MODIFIED: bool = false;

    /// Decodes `body`.
    fn decode(body: &Bytes) -> Result<T, BoxError>;

    /// Decodes a whole answer; by default, its body.
    fn decode_answer(answer: &http::Response<Bytes>) -> Result<T, BoxError> {
        Self::decode(answer.body())
    }
}

/// The answer to a conditional request (one that sent `If-None-Match` or
/// `If-Modified-Since`): a fresh body, or `304 Not Modified`. Declare
/// `response = Conditional<T>`; `T` decodes a fresh body as it would alone.
///
/// ```no_run
/// # use restpoint_runtime as restpoint;
/// # async fn run(client: &restpoint::Client, get: impl restpoint::Endpoint<Response = restpoint::Conditional<serde_json::Value>>) -> Result<(), restpoint::Error> {
/// use restpoint::Conditional;
///
/// match client.send(&get).await? {
///     Conditional::Modified { value, etag, .. } => println!("new: {value} ({etag:?})"),
///     Conditional::NotModified { .. } => println!("the copy we have is current"),
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conditional<T> {
    /// A fresh representation, and the validators to send next time.
    Modified {
        /// The body, decoded.
        value: T,
        /// The `ETag`, for `If-None-Match`.
        etag: Option<String>,
        /// The `Last-Modified` date, for `If-Modified-Since`.
        last_modified: Option<String>,
    },
    /// `304 Not Modified`: the copy the caller has is current.
    NotModified {
        /// The `ETag`, if the server repeated it.
        etag: Option<String>,
    },
}

impl<T> Conditional<T> {
    /// The fresh value, if there is one.
    pub fn modified(self) -> Option<T> {
        match self {
            Conditional::Modified { value, .. } => Some(value),
            Conditional::NotModified { .. } => None,
        }
    }

    /// The `ETag` the server sent.
    pub fn etag(&self) -> Option<&str> {
        match self {
            Conditional::Modified { etag, .. } | Conditional::NotModified { etag } => {
                etag.as_deref()
            }
        }
    }
}

/// Decodes [`Conditional`] answers, a fresh body with the format `F`.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConditionalFormat<F>(std::marker::PhantomData<F>);

impl<T, F: ResponseFormat<T>> ResponseFormat<Conditional<T>> for ConditionalFormat<F> {
    const KEEPS_BODY: bool = F::KEEPS_BODY;
    const ACCEPTS_NOT_MODIFIED: bool = true;

    fn decode(body: &Bytes) -> Result<Conditional<T>, BoxError> {
        let value = F::decode(body)?;
        Ok(Conditional::Modified { value, etag: None, last_modified: None })
    }

    fn decode_answer(answer: &http::Response<Bytes>) -> Result<Conditional<T>, BoxError> {
        let text =
            |name| answer.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let etag = text(http::header::ETAG);
        if answer.status() == http::StatusCode::NOT_MODIFIED {
            return Ok(Conditional::NotModified { etag });
        }
        let value = F::decode_answer(answer)?;
        Ok(Conditional::Modified { value, etag, last_modified: text(http::header::LAST_MODIFIED) })
    }
}

/// Decodes the body as JSON into any `DeserializeOwned` type.
///
/// An empty body (a `204 No Content`, say) decodes as JSON `null`: fine for an
/// `Option`, `()` or `serde_json::Value`, a decode error for types that need a value.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json;

impl<T: DeserializeOwned> ResponseFormat<T> for Json {
    fn decode(body: &Bytes) -> Result<T, BoxError> {
        let body: &[u8] = if body.trim_ascii().is_empty() { b"null" } else { body };
        serde_json::from_slice(body).map_err(Into::into)
    }
}

/// Keeps the body as text; `response = String`. A body that is not UTF-8 is a
/// decode error (that keeps the bytes).
#[derive(Debug, Clone, Copy, Default)]
pub struct Text;

impl ResponseFormat<String> for Text {
    fn decode(body: &Bytes) -> Result<String, BoxError> {
        Ok(std::str::from_utf8(body)?.to_owned())
    }
}

/// Keeps the body's bytes as they are; `response = Bytes` or `Vec<u8>`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Raw;

impl ResponseFormat<Bytes> for Raw {
    fn decode(body: &Bytes) -> Result<Bytes, BoxError> {
        Ok(body.clone())
    }
}

impl ResponseFormat<Vec<u8>> for Raw {
    fn decode(body: &Bytes) -> Result<Vec<u8>, BoxError> {
        Ok(body.to_vec())
    }
}

/// Ignores the body, whatever it holds (an empty `204 No Content` included): it
/// is read and dropped as it arrives, never held in memory.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ignore;

impl ResponseFormat<()> for Ignore {
    const KEEPS_BODY: bool = false;

    fn decode(_: &Bytes) -> Result<(), BoxError> {
        Ok(())
    }
}
