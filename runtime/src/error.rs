//! The errors of building a client, building a request and sending it. Each keeps
//! what a caller needs to act on it: the route, and whatever the server said.

use std::any::Any;
use std::fmt;
use std::time::SystemTime;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, Method, StatusCode};

use crate::retry::RateLimit;

/// A boxed error from a response decoder.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The route an error happened on: the method and the path *template* (never the
/// filled-in path, whose values may be identifiers a log should not hold).
///
/// Displays as `POST /api/v2/users/<id>/identities`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// The HTTP method.
    pub method: Method,
    /// The path template as declared, placeholders included.
    pub template: &'static str,
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.template)
    }
}

/// Everything that can go wrong with restpoint.
///
/// Every variant that concerns a request names its [`Route`]; every variant that
/// got an answer keeps the status, the headers and the raw body, so nothing the
/// server said is lost.
///
/// ```
/// # async fn run(client: &restpoint_runtime::Client, request: &impl restpoint_runtime::Endpoint) {
/// match client.send(request).await {
///     Ok(_) => {}
///     Err(error) if error.status().is_some_and(|s| s.as_u16() == 404) => {
///         eprintln!("not found: {}", String::from_utf8_lossy(error.body().unwrap_or_default()));
///     }
///     Err(error) => eprintln!("{error}"),
/// }
/// # }
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client could not be built: a bad base URL or default header.
    #[error("invalid client configuration: {0}")]
    Config(#[from] ConfigError),

    /// The request could not be built from the endpoint's values; nothing was sent.
    #[error("{route}: {source}")]
    #[non_exhaustive]
    Request {
        /// The route called.
        route: Route,
        /// What was wrong with the values.
        source: RequestError,
    },

    /// No answer: the connection failed, timed out, stalled or broke before the
    /// whole response was read.
    #[error("{route}: {source}{}", tries(*attempts))]
    #[non_exhaustive]
    Transport {
        /// The route called.
        route: Route,
        /// How many times the request was sent (or tried to be).
        attempts: u32,
        /// What went wrong; it never holds the URL, whose values may be secret.
        source: TransportError,
    },

    /// The answer is larger than the client's
    /// [`max_response_size`](crate::ClientBuilder::max_response_size), by its
    /// `Content-Length` or as it arrived; reading stopped there.
    #[error(
        "{route}: the {} answer is larger than the limit of {limit} bytes{}",
        response.status(),
        tries(*attempts)
    )]
    #[non_exhaustive]
    TooLarge {
        /// The route called.
        route: Route,
        /// How many times the request was sent.
        attempts: u32,
        /// The limit it passed.
        limit: u64,
        /// The answer: status and headers, and only the first part of the body
        /// (64 KiB at most).
        response: Box<http::Response<Bytes>>,
    },

    /// No token could be had for the request: the token endpoint's error (its
    /// status and body, if it answered) is the source. The request was not sent.
    #[error("{route}: could not get a token: {source}")]
    #[non_exhaustive]
    Auth {
        /// The route called.
        route: Route,
        /// What the token endpoint said, or why it said nothing.
        source: Box<Error>,
    },

    /// A [`Hook`](crate::hooks::Hook) refused the request; nothing more was sent.
    #[error("{route}: a hook refused the request: {source}")]
    #[non_exhaustive]
    Hook {
        /// The route called.
        route: Route,
        /// How many requests were sent before it.
        attempts: u32,
        /// The hook's error.
        source: BoxError,
    },

    /// The server answered with a status outside `2xx`.
    #[error(
        "{route}: server answered {}{}{}",
        response.status(),
        tries(*attempts),
        excerpt(response.body())
    )]
    #[non_exhaustive]
    Status {
        /// The route called.
        route: Route,
        /// How many times the request was sent.
        attempts: u32,
        /// The last answer: status, headers and the body, unchanged.
        response: Box<http::Response<Bytes>>,
        /// When the server said the request may be sent again (`Retry-After`,
        /// `x-ratelimit-reset`), if it did.
        retry_at: Option<SystemTime>,
        /// The body decoded into the endpoint's `error = T` type, if it has one and
        /// the body fits it; see [`Error::api_error`].
        api_error: Option<Box<dyn ErrorBody>>,
    },

    /// The answer could not be written where it was to go (a file, a writer).
    #[error("{route}: could not write the answer: {source}")]
    #[non_exhaustive]
    Io {
        /// The route called.
        route: Route,
        /// The writer's error.
        source: std::io::Error,
    },

    /// A list could not be walked further: the API's offset cap is reached, the
    /// server repeated a page, or the next page cannot be asked for. Every page
    /// before it was given.
    #[error("{route}: {problem}")]
    #[non_exhaustive]
    Paging {
        /// The route called.
        route: Route,
        /// What stopped the walk.
        problem: PagingError,
    },

    /// The server answered `2xx`, but its body is not what the endpoint's response
    /// type expects.
    #[error("{route}: could not decode the {} answer: {source}", response.status())]
    #[non_exhaustive]
    Decode {
        /// The route called.
        route: Route,
        /// How many times the request was sent.
        attempts: u32,
        /// The answer: status, headers and the body, unchanged.
        response: Box<http::Response<Bytes>>,
        /// Why it did not decode.
        source: BoxError,
    },
}

impl Error {
    /// The status of the answer, if there was one.
    pub fn status(&self) -> Option<StatusCode> {
        self.response().map(http::Response::status)
    }

    /// The raw body of the answer, if there was one (its first part, for
    /// [`Error::TooLarge`]).
    pub fn body(&self) -> Option<&[u8]> {
        self.response().map(|response| response.body().as_ref())
    }

    /// The headers of the answer, if there was one.
    pub fn headers(&self) -> Option<&HeaderMap> {
        self.response().map(http::Response::headers)
    }

    /// The whole answer, if there was one: status, headers and raw body.
    pub fn response(&self) -> Option<&http::Response<Bytes>> {
        match self {
            Error::Auth { source, .. } => source.response(),
            Error::Status { response, .. }
            | Error::Decode { response, .. }
            | Error::TooLarge { response, .. } => Some(response),
            _ => None,
        }
    }

    /// The answer kept, to change what it shows.
    pub(crate) fn response_mut(&mut self) -> Option<&mut http::Response<Bytes>> {
        match self {
            Error::Auth { source, .. } => source.response_mut(),
            Error::Status { response, .. }
            | Error::Decode { response, .. }
            | Error::TooLarge { response, .. } => Some(response),
            _ => None,
        }
    }

    /// The route the error happened on (none for a [`Error::Config`]).
    pub fn route(&self) -> Option<&Route> {
        match self {
            Error::Request { route, .. }
            | Error::Transport { route, .. }
            | Error::Status { route, .. }
            | Error::Decode { route, .. }
            | Error::TooLarge { route, .. }
            | Error::Hook { route, .. }
            | Error::Paging { route, .. }
            | Error::Io { route, .. }
            | Error::Auth { route, .. } => Some(route),
            Error::Config(_) => None,
        }
    }

    /// How many times the request was sent: 0 when it could not be built, more than
    /// 1 when it was retried.
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Transport { attempts, .. }
            | Error::Status { attempts, .. }
            | Error::Decode { attempts, .. }
            | Error::TooLarge { attempts, .. }
            | Error::Hook { attempts, .. } => *attempts,
            Error::Config(_)
            | Error::Request { .. }
            | Error::Auth { .. }
            | Error::Paging { .. }
            | Error::Io { .. } => 0,
        }
    }

    /// When the server said the request may be sent again, if it said so; a wait
    /// longer than the client's [`RetryPolicy::max_wait`](crate::RetryPolicy::max_wait)
    /// is not slept but returned here.
    pub fn retry_at(&self) -> Option<SystemTime> {
        match self {
            Error::Status { retry_at, .. } => *retry_at,
            _ => None,
        }
    }

    /// The rate-limit facts of the answer, if it had any.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.headers().and_then(RateLimit::from_headers)
    }

    /// The error body decoded into the endpoint's `error = T` type, if the
    /// endpoint declares one and the body fits it. The raw body stays in
    /// [`Error::body`] either way.
    ///
    /// ```
    /// # fn show(error: &restpoint_runtime::Error) {
    /// #[derive(Debug, serde::Deserialize)]
    /// struct Auth0Error {
    ///     message: String,
    /// }
    /// if let Some(auth0) = error.api_error::<Auth0Error>() {
    ///     eprintln!("Auth0 says: {}", auth0.message);
    /// }
    /// # }
    /// ```
    pub fn api_error<T: 'static>(&self) -> Option<&T> {
        match self {
            // `as_ref` first: `Box<dyn ErrorBody>` is an `ErrorBody` itself.
            Error::Status { api_error: Some(body), .. } => body.as_ref().as_any().downcast_ref(),
            _ => None,
        }
    }

    /// Whether the request timed out: the whole attempt took longer than its
    /// timeout, or the answer stopped moving for the read timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport { source, .. } if source.is_timeout())
    }

    /// Whether the server could not be reached at all (connection refused, no
    /// route to host): it cannot have seen the request.
    pub fn is_connect(&self) -> bool {
        matches!(self, Error::Transport { source, .. } if source.is_connect())
    }

    /// Whether the answer was larger than the client accepts.
    pub fn is_too_large(&self) -> bool {
        matches!(self, Error::TooLarge { .. })
    }
}

/// An answer kept in an error: sensitive headers (`Set-Cookie`, say) are marked,
/// so that the error's `Debug` does not show them.
pub(crate) fn keep_answer(mut answer: http::Response<Bytes>) -> Box<http::Response<Bytes>> {
    crate::secret::mark_sensitive(answer.headers_mut());
    Box::new(answer)
}

fn tries(attempts: u32) -> String {
    if attempts > 1 { format!(" after {attempts} attempts") } else { String::new() }
}

/// The start of a body, for a one-line message; the full body stays in the error.
fn excerpt(body: &Bytes) -> String {
    const MAX: usize = 200;
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() {
        return String::new();
    }
    let mut end = text.len().min(MAX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let ellipsis = if end < text.len() { "..." } else { "" };
    let line: String = text[..end].chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    format!(": {line}{ellipsis}")
}

/// Why no whole answer arrived. It says what happened and never holds the
/// request's URL, whose path and query values may be secret.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportKind,
    message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TransportKind {
    Connect,
    Timeout,
    Other,
}

impl TransportError {
    /// Whether the attempt timed out or the answer stopped moving.
    pub fn is_timeout(&self) -> bool {
        self.kind == TransportKind::Timeout
    }

    /// Whether the server could not be reached at all.
    pub fn is_connect(&self) -> bool {
        self.kind == TransportKind::Connect
    }

    /// From reqwest's error, without its URL; the message is the whole chain of
    /// causes, since reqwest's own is only the outermost ("error sending request").
    pub(crate) fn from_reqwest(error: reqwest::Error) -> Self {
        let error = error.without_url();
        let kind = if error.is_timeout() {
            TransportKind::Timeout
        } else if error.is_connect() {
            TransportKind::Connect
        } else {
            TransportKind::Other
        };
        let mut message = error.to_string();
        let mut cause = std::error::Error::source(&error);
        while let Some(inner) = cause {
            message.push_str(": ");
            message.push_str(&inner.to_string());
            cause = inner.source();
        }
        TransportError { kind, message }
    }

    /// The answer did not bring `least` bytes in `window`: no head, or too little
    /// of its body.
    pub(crate) fn stalled(window: std::time::Duration, least: u64) -> Self {
        TransportError {
            kind: TransportKind::Timeout,
            message: format!(
                "the answer stalled: less than {least} bytes in {window:?} (the read timeout)"
            ),
        }
    }

    /// The attempt took longer than `limit`.
    pub(crate) fn timed_out(limit: std::time::Duration) -> Self {
        TransportError {
            kind: TransportKind::Timeout,
            message: format!("no whole answer within {limit:?} (the timeout)"),
        }
    }

    /// A failure with no better description.
    #[cfg(any(feature = "blocking", feature = "test-util"))]
    pub(crate) fn other(message: impl Into<String>) -> Self {
        TransportError { kind: TransportKind::Other, message: message.into() }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TransportError {}

/// An error body decoded into an endpoint's `error = T` type.
pub trait ErrorBody: fmt::Debug + Send + Sync + 'static {
    /// As `Any`, to downcast to the declared type.
    fn as_any(&self) -> &dyn Any;
}

impl<T: fmt::Debug + Send + Sync + 'static> ErrorBody for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Why a client could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The base URL is not an absolute `http` or `https` URL without query or fragment.
    #[error("base URL `{url}` {problem}")]
    BaseUrl {
        /// The URL as given, with any credentials in it masked.
        url: String,
        /// What is wrong with it.
        problem: String,
    },
    /// A default header has an invalid name or value.
    #[error("default header `{name}` has an invalid name or value")]
    Header {
        /// The header name as given.
        name: String,
    },
    /// The underlying HTTP client could not be built (e.g. no TLS backend).
    #[error("the HTTP client could not be built: {0}")]
    Http(#[source] reqwest::Error),
    /// The token URL of [`ClientCredentials`](crate::auth::ClientCredentials) is
    /// not an absolute `http` or `https` URL.
    #[error("the token URL of the client credentials is not an absolute `http` or `https` URL")]
    TokenUrl,
    /// The blocking client's runtime could not be started.
    #[error("the blocking client's runtime could not be started: {0}")]
    Runtime(String),
}

/// Why an endpoint's values could not become a request. Nothing was sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// A path value cannot be sent as one path segment.
    #[error("path parameter `{name}` {problem}; it cannot be sent as a path segment")]
    PathParam {
        /// The placeholder's name.
        name: &'static str,
        /// What is wrong with the value.
        problem: &'static str,
    },
    /// A header value is not a valid HTTP header value (it holds CR, LF or another
    /// control character), which would otherwise allow header injection.
    #[error("header `{name}` has a value that is not a valid HTTP header value")]
    HeaderValue {
        /// The header's name.
        name: HeaderName,
    },
    /// A multipart file's content type is not a valid header value (it holds CR,
    /// LF or another control character), which would otherwise let it add parts.
    #[error("multipart part `{part}` has a content type that is not a valid header value")]
    PartContentType {
        /// The part's name.
        part: String,
    },
    /// The query parameters could not be serialized.
    #[error("the query could not be serialized: {0}")]
    Query(#[source] serde_html_form::ser::Error),
    /// The body could not be serialized as JSON.
    #[error("the body could not be serialized: {0}")]
    Body(#[source] serde_json::Error),
    /// The body could not be serialized as a form: a value of `field` cannot be
    /// sent in one.
    #[error("the form body could not be serialized: field `{field}`: {problem}")]
    FormField {
        /// The field, as a path: `address.city`, `items[0].price`.
        field: String,
        /// Why it cannot be sent.
        problem: String,
    },
    /// The URL made from the base URL, the path and the query is not valid.
    #[error("the request URL is not valid: {0}")]
    Url(String),
}

/// Why a list could not be walked further; see [`Error::Paging`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PagingError {
    /// The next page would pass the API's offset cap (`cap = N` on the
    /// endpoint): the API would refuse it.
    #[error(
        "offset paging stops at the API's cap of {cap} items, and the list may go on after \
         item {read}: to read past it, page by checkpoint (the API's `from`/`take` cursor) \
         instead, or narrow the query"
    )]
    Cap {
        /// The cap.
        cap: u64,
        /// How many items the walk had read from the start of the list.
        read: u64,
    },
    /// The server answered a page already read (the same items as the page
    /// before, whatever else changed, or a token or link it gave before); the walk
    /// stopped rather than loop.
    #[error(
        "the server answered a page already read (the same items again, or a position it \
         gave before); stopped rather than loop"
    )]
    Repeated,
    /// The last item of a page has no key to ask for the page after it.
    #[error("the last item of the page has no cursor key, so the next page cannot be asked for")]
    NoKey,
    /// A `Link` header's next page is on another origin, which is never followed.
    #[error(
        "the next page's link leads to another origin ({origin}); only the client's origin is \
         followed"
    )]
    OtherOrigin {
        /// The other origin: scheme, host and port only.
        origin: String,
    },
    /// A `Link` header's next page is on the client's origin but not under its
    /// base URL's path, which is never followed.
    #[error(
        "the next page's link leaves the client's base URL (for the path {path}); only links \
         under the base URL are followed"
    )]
    OutsideBase {
        /// The path the link leads to.
        path: String,
    },
    /// A page holds more items than were asked for (the endpoint's page size), or
    /// more than [`MAX_ITEMS_UNASKED`](crate::page::MAX_ITEMS_UNASKED) when it asks
    /// for no size: it is refused before it is decoded.
    #[error("a page holds {held} items, more than the {most} a page may hold; not decoded")]
    TooManyItems {
        /// How many items the page holds.
        held: u64,
        /// How many it may hold.
        most: u64,
    },
    /// The walk asked for as many pages as it may
    /// ([`max_pages`](crate::page::Pages::max_pages),
    /// [`DEFAULT_MAX_PAGES`](crate::page::DEFAULT_MAX_PAGES) unless set), and the
    /// server says the list goes on.
    #[error(
        "the walk asked for {most} pages, the most it may (`max_pages` sets it), and the list \
         goes on"
    )]
    TooManyPages {
        /// The most pages it may ask for.
        most: u64,
    },
    /// A `Link` header's next page is not a URL.
    #[error("the next page's link is not a URL")]
    BadLink,
    /// A position does not fit the endpoint's paging field.
    #[error("the next page cannot be asked for: {0}")]
    Field(String),
    /// The page number or offset passed the largest number.
    #[error("the page number or offset overflowed")]
    Overflow,
    /// A checkpoint of another paging style was given to resume from.
    #[error("the checkpoint does not fit this endpoint's paging style")]
    Checkpoint,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_error_displays_route_status_and_body_excerpt() {
        let body = Bytes::from_static(b"{\"statusCode\":404,\n\"error\":\"Not Found\"}");
        let mut response = http::Response::new(body);
        *response.status_mut() = StatusCode::NOT_FOUND;
        let route = Route { method: Method::POST, template: "/api/v2/users/<id>/identities" };
        let error = Error::Status {
            route,
            attempts: 1,
            response: Box::new(response),
            retry_at: None,
            api_error: None,
        };
        assert_eq!(
            error.to_string(),
            "POST /api/v2/users/<id>/identities: server answered 404 Not Found: \
             {\"statusCode\":404, \"error\":\"Not Found\"}"
        );
        assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
        assert_eq!(error.body().map(<[u8]>::len), Some(39));
    }

    #[test]
    fn excerpt_cuts_long_bodies_on_a_char_boundary() {
        let body = Bytes::from("é".repeat(150));
        let text = excerpt(&body);
        assert!(text.ends_with("é..."), "{text}");
        assert_eq!(text.chars().filter(|&c| c == 'é').count(), 100);
        assert_eq!(excerpt(&Bytes::new()), "");
    }
}
