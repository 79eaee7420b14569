//! The errors of building a client, building a request and sending it. Each keeps
//! what a caller needs to act on it: the route, and whatever the server said.

use std::any::Any;
use std::fmt;
use std::time::SystemTime;

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};

use crate::retry::RateLimit;

mod cause;

pub use cause::{ConfigError, PagingError, RequestError, TransportError};

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
        /// The body decoded into the endpoint's error type for its status
        /// (`error(404) = T`, `error(4XX) = T`, else `error = T`), if it has one
        /// and the body fits it; see [`Error::api_error`].
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

    /// The error body decoded into the endpoint's error type for the answer's
    /// status, if the endpoint declares one (`error(404) = T` for the status,
    /// `error(4XX) = T` for its class, else `error = T`), it is `T`, and the body
    /// fits it. The raw body stays in [`Error::body`] either way.
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
