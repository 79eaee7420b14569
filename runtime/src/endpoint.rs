//! The `Endpoint` trait: what the `#[endpoint]` macro implements, and all a
//! [`Client`](crate::Client) needs to know to send a request and decode its answer.

use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::client::Client;
use crate::error::{BoxError, Error, ErrorBody, RequestError, Route};
use crate::path::PathWriter;
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
        PreparedRequest::new(self, &base)
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

    /// Decodes a non-`2xx` body into the endpoint's `error = T` type, if it has
    /// one; see [`Error::api_error`].
    fn decode_error(body: &Bytes) -> Option<Box<dyn ErrorBody>>
    where
        Self: Sized,
    {
        let _ = body;
        None
    }

    /// The request as a `curl` command that sends it through `client`'s base URL,
    /// with the client's default headers. Secrets (the bearer token, sensitive
    /// headers, `#[secret]` fields) show as `***`;
    /// [`to_curl_unmasked`](Endpoint::to_curl_unmasked) shows them.
    ///
    /// A request that cannot be built renders as a shell comment saying why.
    fn to_curl(&self, client: &Client) -> String
    where
        Self: Sized,
    {
        client.settings().curl(self, false)
    }

    /// Like [`to_curl`](Endpoint::to_curl), with every secret shown. Mind where
    /// the result goes.
    fn to_curl_unmasked(&self, client: &Client) -> String
    where
        Self: Sized,
    {
        client.settings().curl(self, true)
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

/// A request body and its content type.
#[derive(Debug, Clone)]
pub struct Body {
    pub(crate) content_type: HeaderValue,
    pub(crate) bytes: Bytes,
}

impl Body {
    /// A body of `bytes` sent as `content_type`.
    pub fn new(content_type: HeaderValue, bytes: impl Into<Bytes>) -> Self {
        Body { content_type, bytes: bytes.into() }
    }

    /// `value` serialized as JSON, sent as `application/json`.
    ///
    /// ```
    /// let body = restpoint_runtime::Body::json(&serde_json::json!({"link_with": "jwt"}))?;
    /// assert_eq!(body.bytes(), br#"{"link_with":"jwt"}"#.as_slice());
    /// # Ok::<(), restpoint_runtime::RequestError>(())
    /// ```
    pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<Self, RequestError> {
        let bytes = serde_json::to_vec(value).map_err(RequestError::Body)?;
        Ok(Body::new(HeaderValue::from_static("application/json"), bytes))
    }

    /// `value` serialized as `application/x-www-form-urlencoded`, the way HTML forms
    /// and OAuth token endpoints take it. `None` values are left out.
    ///
    /// ```
    /// let body = restpoint_runtime::Body::form(&[("grant_type", "client_credentials")])?;
    /// assert_eq!(body.bytes(), "grant_type=client_credentials".as_bytes());
    /// # Ok::<(), restpoint_runtime::RequestError>(())
    /// ```
    pub fn form<T: Serialize + ?Sized>(value: &T) -> Result<Self, RequestError> {
        let text = serde_html_form::to_string(value).map_err(RequestError::Form)?;
        Ok(Body::new(HeaderValue::from_static("application/x-www-form-urlencoded"), text))
    }

    /// `value`'s bytes as they are, sent as `content_type`.
    ///
    /// ```
    /// let body = restpoint_runtime::Body::raw("text/csv", &"email\na@example.com\n".to_owned());
    /// assert_eq!(body.content_type(), "text/csv");
    /// ```
    pub fn raw<T: RawBody + ?Sized>(content_type: &'static str, value: &T) -> Self {
        Body::new(HeaderValue::from_static(content_type), value.to_bytes())
    }

    /// The content type.
    pub fn content_type(&self) -> &HeaderValue {
        &self.content_type
    }

    /// The encoded bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }
}

/// A value that can be sent as a raw body: its bytes as they are.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be sent as a raw body",
    label = "a `#[body(content_type = \"...\")]` field is sent as raw bytes",
    note = "use `Vec<u8>`, `bytes::Bytes`, `String`, `&str` or `&[u8]`, or drop `content_type` to send it as JSON"
)]
pub trait RawBody {
    /// The bytes to send.
    fn to_bytes(&self) -> Bytes;
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
}

/// Appends query parameters to a request URL; given to [`Endpoint::write_query`].
///
/// ```
/// use restpoint_runtime::QueryWriter;
///
/// let mut url = String::from("/api/v2/users");
/// QueryWriter::new(&mut url).append(&[("q", "email:\"a b\""), ("page", "0")])?;
/// assert_eq!(url, "/api/v2/users?q=email%3A%22a+b%22&page=0");
/// # Ok::<(), restpoint_runtime::RequestError>(())
/// ```
pub struct QueryWriter<'a> {
    url: &'a mut String,
}

impl<'a> QueryWriter<'a> {
    /// A writer that appends to the URL in `url`, starting the query with `?` or
    /// continuing it with `&`.
    pub fn new(url: &'a mut String) -> Self {
        QueryWriter { url }
    }

    /// Appends `params` (a struct, a map or a sequence of pairs) as
    /// `application/x-www-form-urlencoded` pairs. `None` values are omitted and
    /// sequences become repeated keys (`k=a&k=b`).
    pub fn append<T: Serialize + ?Sized>(&mut self, params: &T) -> Result<(), RequestError> {
        let before = self.url.len();
        self.url.push(if self.url.contains('?') { '&' } else { '?' });
        let separator_end = self.url.len();
        let result = serde_html_form::ser::push_to_string(self.url, params);
        // Nothing appended (all `None`): no dangling separator.
        if result.is_err() || self.url.len() == separator_end {
            self.url.truncate(before);
        }
        result.map_err(RequestError::Query)
    }
}

/// How a `2xx` response body becomes an endpoint's response type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot decode a response into `{T}`",
    note = "a `response = T` type must implement `serde::de::DeserializeOwned` (derive `Deserialize`), or be `()` to ignore the body"
)]
pub trait ResponseFormat<T> {
    /// Whether a `2xx` body is kept for [`decode`](ResponseFormat::decode); when
    /// `false`, it is read and dropped as it arrives, without filling memory.
    const KEEPS_BODY: bool = true;

    /// Decodes `body`.
    fn decode(body: &Bytes) -> Result<T, BoxError>;
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

/// Keeps the body's bytes as they are; `response = Bytes`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Raw;

impl ResponseFormat<Bytes> for Raw {
    fn decode(body: &Bytes) -> Result<Bytes, BoxError> {
        Ok(body.clone())
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
