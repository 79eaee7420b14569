//! What went wrong beneath an [`Error`](super::Error): the transport, the
//! client's settings, the request's values, a list's pages.

use std::fmt;

use http::HeaderName;

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
        TransportError { kind, message: with_causes(error.to_string(), &error) }
    }

    /// From the error of hyper's pooled client, as reqwest would say it: "error
    /// sending request" and the whole chain of causes. A connection that timed
    /// out is a timeout, as with reqwest.
    pub(crate) fn from_hyper(error: &(dyn std::error::Error + 'static)) -> Self {
        let mut timed_out = false;
        let mut connect = false;
        let mut cause = Some(error);
        while let Some(inner) = cause {
            if let Some(io) = inner.downcast_ref::<std::io::Error>() {
                timed_out |= io.kind() == std::io::ErrorKind::TimedOut;
            }
            if let Some(client) = inner.downcast_ref::<hyper_util::client::legacy::Error>() {
                connect |= client.is_connect();
            }
            cause = inner.source();
        }
        let kind = match (timed_out, connect) {
            (true, _) => TransportKind::Timeout,
            (false, true) => TransportKind::Connect,
            (false, false) => TransportKind::Other,
        };
        let message = with_causes("error sending request: ".to_owned() + &error.to_string(), error);
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

    /// The server could not be reached: for a [`Transport`](crate::transport::Transport)
    /// of your own. Such an attempt is retried whatever the endpoint's method,
    /// since nothing was sent.
    pub fn connect(message: impl Into<String>) -> Self {
        TransportError { kind: TransportKind::Connect, message: message.into() }
    }

    /// The answer did not come in time: for a
    /// [`Transport`](crate::transport::Transport) of your own.
    pub fn timeout(message: impl Into<String>) -> Self {
        TransportError { kind: TransportKind::Timeout, message: message.into() }
    }

    /// Any other failure: for a [`Transport`](crate::transport::Transport) of
    /// your own.
    pub fn other(message: impl Into<String>) -> Self {
        TransportError { kind: TransportKind::Other, message: message.into() }
    }

    /// A body that broke off, by the error of the stream it came from.
    pub(crate) fn from_body(error: Box<dyn std::error::Error + Send + Sync>) -> Self {
        let message = with_causes(format!("the answer's body broke off: {error}"), &*error);
        TransportError { kind: TransportKind::Other, message }
    }
}

/// `message`, then each of `error`'s causes after a colon: the errors of
/// reqwest and hyper say only their outermost part themselves.
fn with_causes(mut message: String, error: &dyn std::error::Error) -> String {
    let mut cause = error.source();
    while let Some(inner) = cause {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        cause = inner.source();
    }
    message
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TransportError {}

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
    /// TLS could not be set up: the platform's certificates or library.
    #[error("TLS could not be set up: {0}")]
    Tls(String),
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

/// Why a list could not be walked further; see [`Error::Paging`](crate::Error::Paging).
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
