//! Turning an endpoint's values into a request, once, independent of the client
//! that sends it: the one place where path, query, headers and body are assembled.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue, Method};

use crate::endpoint::{Body, Endpoint, QueryWriter, ResponseFormat};
use crate::error::{ConfigError, Error, ErrorBody, RequestError, Route};
use crate::path::PathWriter;
use crate::retry::{self, Decision, RetryPolicy};

/// A validated base URL: absolute, `http` or `https`, without query or fragment,
/// and without a trailing `/`, so that a path template can be appended to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BaseUrl(Box<str>);

impl BaseUrl {
    pub(crate) fn parse(input: &str) -> Result<Self, ConfigError> {
        let problem = |problem: &str| ConfigError::BaseUrl {
            url: input.to_owned(),
            problem: problem.to_owned(),
        };
        let url = reqwest::Url::parse(input).map_err(|e| problem(&format!("is not a URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(problem("must start with `http://` or `https://`"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(problem("must not have a query or a fragment"));
        }
        Ok(BaseUrl(url.as_str().trim_end_matches('/').into()))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// What every request of a client shares: where it goes, the default headers, and
/// how long it may take.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) base: BaseUrl,
    /// Sent under every name an endpoint does not set itself. `Debug` shows
    /// sensitive values (the bearer token) as `Sensitive`.
    pub(crate) headers: HeaderMap,
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
}

impl Settings {
    /// The request `endpoint` describes, or why there is none.
    pub(crate) fn prepare<E: Endpoint>(&self, endpoint: &E) -> Result<PreparedRequest, Error> {
        PreparedRequest::new(endpoint, &self.base)
            .map_err(|source| Error::Request { route: E::route(), source })
    }

    /// A `curl` command for `endpoint`; see [`Endpoint::to_curl`].
    pub(crate) fn curl<E: Endpoint>(&self, endpoint: &E, reveal: bool) -> String {
        let prepared = if reveal {
            self.prepare(endpoint)
        } else {
            crate::secret::redacted(|| self.prepare(endpoint))
        };
        match prepared {
            Ok(prepared) => prepared.to_curl(&self.headers, reveal),
            Err(error) => format!("# restpoint: {error}"),
        }
    }

    pub(crate) fn http_request<E: Endpoint>(
        &self,
        endpoint: &E,
    ) -> Result<http::Request<Bytes>, Error> {
        self.prepare(endpoint)?
            .into_http(&self.headers)
            .map_err(|source| Error::Request { route: E::route(), source })
    }
}

/// An answer as both clients keep it: status, version and headers as received
/// (taken, not copied), and the whole body.
pub(crate) fn answer(
    status: http::StatusCode,
    version: http::Version,
    headers: HeaderMap,
    body: Bytes,
) -> http::Response<Bytes> {
    let mut answer = http::Response::new(body);
    *answer.status_mut() = status;
    *answer.version_mut() = version;
    *answer.headers_mut() = headers;
    answer
}

/// What the sending loop, compiled once for every endpoint, needs to know of one:
/// the generic code that knows the endpoint's type fills it in.
pub(crate) struct Facts {
    pub(crate) route: Route,
    pub(crate) idempotent: bool,
    pub(crate) decode_error: fn(&Bytes) -> Option<Box<dyn ErrorBody>>,
}

impl Facts {
    pub(crate) fn of<E: Endpoint>() -> Facts {
        Facts { route: E::route(), idempotent: E::idempotent(), decode_error: E::decode_error }
    }
}

/// A `2xx` answer and how many attempts it took.
pub(crate) struct Success {
    pub(crate) answer: http::Response<Bytes>,
    pub(crate) attempts: u32,
}

impl Success {
    /// Decodes the body into the endpoint's response type: the only step of an
    /// answer that depends on it.
    pub(crate) fn decode<E: Endpoint>(self) -> Result<http::Response<E::Response>, Error> {
        let Success { answer, attempts } = self;
        match E::Format::decode(answer.body()) {
            Ok(value) => Ok(answer.map(|_| value)),
            Err(source) => Err(Error::Decode {
                route: E::route(),
                attempts,
                response: Box::new(answer),
                source,
            }),
        }
    }
}

/// What both clients do between attempts.
pub(crate) enum Next {
    /// Wait this long, then send again.
    Retry(Duration),
    /// This is the outcome.
    Done(Result<Success, Error>),
}

/// Decides what follows attempt `attempt`, whose outcome is `outcome`.
pub(crate) fn next_step(
    policy: &RetryPolicy,
    facts: &Facts,
    attempt: u32,
    outcome: Result<http::Response<Bytes>, reqwest::Error>,
) -> Next {
    let decision = match &outcome {
        Ok(answer) if answer.status().is_success() => Decision::GiveUp,
        Ok(answer) => {
            policy.after_status(attempt, answer.status(), answer.headers(), facts.idempotent)
        }
        Err(error) => policy.after_transport_error(attempt, error.is_connect(), facts.idempotent),
    };
    let route = || facts.route.clone();
    match (decision, outcome) {
        (Decision::RetryAfter(wait), _) => Next::Retry(wait),
        (Decision::GiveUp, Ok(answer)) if answer.status().is_success() => {
            Next::Done(Ok(Success { answer, attempts: attempt }))
        }
        (Decision::GiveUp, Ok(answer)) => {
            let retry_at = retry::retry_at(answer.headers(), SystemTime::now());
            let api_error = (facts.decode_error)(answer.body());
            let response = Box::new(answer);
            Next::Done(Err(Error::Status {
                route: route(),
                attempts: attempt,
                response,
                retry_at,
                api_error,
            }))
        }
        (Decision::GiveUp, Err(source)) => {
            Next::Done(Err(Error::Transport { route: route(), attempts: attempt, source }))
        }
    }
}

/// A request ready to be handed to any HTTP client. Its body is encoded once: a
/// retry sends a copy, which shares the bytes.
#[derive(Debug)]
pub(crate) struct PreparedRequest {
    pub(crate) method: Method,
    pub(crate) url: String,
    /// The endpoint's own headers (usually none); the content type and a client's
    /// defaults join them in [`PreparedRequest::headers`], for each attempt, so that
    /// a retry needs no copy of a finished header map.
    own_headers: HeaderMap,
    content_type: Option<HeaderValue>,
    pub(crate) body: Option<Bytes>,
}

impl PreparedRequest {
    /// Builds the request `endpoint` describes against `base`.
    pub(crate) fn new<E: Endpoint>(endpoint: &E, base: &BaseUrl) -> Result<Self, RequestError> {
        let mut url = String::with_capacity(base.as_str().len() + E::PATH_TEMPLATE.len() + 32);
        url.push_str(base.as_str());
        endpoint.write_path(&mut PathWriter::new(&mut url))?;
        endpoint.write_query(&mut QueryWriter::new(&mut url))?;
        let mut own_headers = HeaderMap::new();
        endpoint.write_headers(&mut own_headers)?;
        let body = endpoint.body()?;
        let (content_type, body) = match body {
            Some(Body { content_type, bytes }) => (Some(content_type), Some(bytes)),
            None => (None, None),
        };
        Ok(PreparedRequest { method: E::METHOD, url, own_headers, content_type, body })
    }

    /// The headers to send: the endpoint's own, then the body's content type and
    /// `defaults` under every name the endpoint did not set itself.
    pub(crate) fn headers(&self, defaults: &HeaderMap) -> HeaderMap {
        // Sized once: appending to a clone of the endpoint's map would grow it.
        let mut headers = HeaderMap::with_capacity(self.own_headers.len() + defaults.len() + 1);
        for (name, value) in &self.own_headers {
            headers.append(name.clone(), value.clone());
        }
        if let Some(content_type) = &self.content_type {
            if !headers.contains_key(CONTENT_TYPE) {
                headers.insert(CONTENT_TYPE, content_type.clone());
            }
        }
        for name in defaults.keys() {
            if !self.own_headers.contains_key(name) {
                for value in defaults.get_all(name) {
                    headers.append(name.clone(), value.clone());
                }
            }
        }
        headers
    }

    fn to_curl(&self, defaults: &HeaderMap, reveal: bool) -> String {
        let mut command = String::from("curl");
        match self.method.as_str() {
            "GET" => {}
            "HEAD" => command.push_str(" --head"),
            method => command.push_str(&format!(" -X {method}")),
        }
        command.push(' ');
        command.push_str(&shell_quote(&self.url));
        for (name, value) in &self.headers(defaults) {
            let value = match (value.is_sensitive() && !reveal, value.to_str()) {
                (true, Ok(text)) if text.starts_with("Bearer ") => "Bearer ***".to_owned(),
                (true, _) => crate::secret::MASK.to_owned(),
                (false, Ok(text)) => text.to_owned(),
                (false, Err(_)) => String::from_utf8_lossy(value.as_bytes()).into_owned(),
            };
            command.push_str(" \\\n  -H ");
            command.push_str(&shell_quote(&format!("{name}: {value}")));
        }
        if let Some(body) = &self.body {
            command.push_str(" \\\n  --data-binary ");
            command.push_str(&shell_quote(&String::from_utf8_lossy(body)));
        }
        command
    }

    /// What one attempt sends, for either reqwest client: the URL parsed, the
    /// headers with `defaults`, and a copy of the body that shares its bytes, so that
    /// every attempt sends the same ones.
    pub(crate) fn attempt_parts(
        &self,
        defaults: &HeaderMap,
        route: &Route,
    ) -> Result<(Method, reqwest::Url, HeaderMap, Option<Bytes>), Error> {
        let url = reqwest::Url::parse(&self.url).map_err(|e| Error::Request {
            route: route.clone(),
            source: RequestError::Url(e.to_string()),
        })?;
        Ok((self.method.clone(), url, self.headers(defaults), self.body.clone()))
    }

    pub(crate) fn into_http(
        self,
        defaults: &HeaderMap,
    ) -> Result<http::Request<Bytes>, RequestError> {
        let headers = self.headers(defaults);
        let mut request = http::Request::new(self.body.unwrap_or_default());
        *request.method_mut() = self.method;
        *request.uri_mut() = self
            .url
            .parse()
            .map_err(|e: http::uri::InvalidUri| RequestError::Url(e.to_string()))?;
        *request.headers_mut() = headers;
        Ok(request)
    }
}

/// `text` as one shell word: in single quotes, each `'` written `'\''`.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_keeps_its_path_prefix_without_trailing_slash() {
        assert_eq!(BaseUrl::parse("http://h:1/prefix/").unwrap().as_str(), "http://h:1/prefix");
        assert_eq!(BaseUrl::parse("https://t.auth0.com").unwrap().as_str(), "https://t.auth0.com");
    }

    #[test]
    fn base_url_rejects_what_a_path_cannot_follow() {
        for bad in ["t.auth0.com", "ftp://h", "http://h/?q=1", "http://h/#f", ""] {
            assert!(BaseUrl::parse(bad).is_err(), "{bad} was accepted");
        }
    }
}
