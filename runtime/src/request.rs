//! Turning an endpoint's values into a request, once, independent of the client
//! that sends it: the one place where path, query, headers and body are assembled.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue, Method};

use crate::endpoint::{Endpoint, QueryWriter, ResponseFormat};
use crate::error::{ConfigError, Error, RequestError};
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
        let url = url::Url::parse(input).map_err(|e| problem(&format!("is not a URL: {e}")))?;
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
        PreparedRequest::new(endpoint, &self.base, &self.headers)
            .map_err(|source| Error::Request { route: E::route(), source })
    }

    /// The request `endpoint` describes again, for a retry, with the body (and its
    /// content type) of the first attempt: every attempt sends the same bytes.
    pub(crate) fn prepare_replay<E: Endpoint>(
        &self,
        endpoint: &E,
        replay: &Replay,
    ) -> Result<PreparedRequest, Error> {
        let mut prepared = self.prepare(endpoint)?;
        prepared.body.clone_from(&replay.body);
        match &replay.content_type {
            Some(content_type) => prepared.headers.insert(CONTENT_TYPE, content_type.clone()),
            None => prepared.headers.remove(CONTENT_TYPE),
        };
        Ok(prepared)
    }

    /// A `curl` command for `endpoint`; see [`Endpoint::to_curl`].
    pub(crate) fn curl<E: Endpoint>(&self, endpoint: &E, reveal: bool) -> String {
        let prepared = if reveal {
            self.prepare(endpoint)
        } else {
            crate::secret::redacted(|| self.prepare(endpoint))
        };
        match prepared {
            Ok(prepared) => prepared.to_curl(reveal),
            Err(error) => format!("# restpoint: {error}"),
        }
    }

    pub(crate) fn http_request<E: Endpoint>(
        &self,
        endpoint: &E,
    ) -> Result<http::Request<Bytes>, Error> {
        self.prepare(endpoint)?
            .into_http()
            .map_err(|source| Error::Request { route: E::route(), source })
    }
}

/// Turns the last answer into the endpoint's response, or into an error that keeps
/// it whole: the one place, shared by every client, that decides success.
pub(crate) fn decode_answer<E: Endpoint>(
    answer: http::Response<Bytes>,
    attempts: u32,
) -> Result<http::Response<E::Response>, Error> {
    let route = E::route();
    if !answer.status().is_success() {
        let retry_at = retry::retry_at(answer.headers(), SystemTime::now());
        let api_error = E::decode_error(answer.body());
        let response = Box::new(answer);
        return Err(Error::Status { route, attempts, response, retry_at, api_error });
    }
    match E::Format::decode(answer.body()) {
        Ok(value) => Ok(answer.map(|_| value)),
        Err(source) => Err(Error::Decode { route, attempts, response: Box::new(answer), source }),
    }
}

/// What both clients do between attempts: ask the policy, and say why they stop.
pub(crate) enum Next<R, T> {
    /// Wait this long, then send this copy of the request.
    Retry(Duration, R),
    /// This is the outcome.
    Done(Result<http::Response<T>, Error>),
}

/// Decides what follows attempt `attempt`, whose outcome is `outcome`; `again` is
/// a copy of the request to send next, if the policy may still retry.
pub(crate) fn next_step<E: Endpoint, R>(
    policy: &RetryPolicy,
    attempt: u32,
    again: Option<R>,
    outcome: Result<http::Response<Bytes>, reqwest::Error>,
) -> Next<R, E::Response> {
    let decision = match &outcome {
        Ok(answer) if answer.status().is_success() => Decision::GiveUp,
        Ok(answer) => {
            policy.after_status(attempt, answer.status(), answer.headers(), E::idempotent())
        }
        Err(error) => policy.after_transport_error(attempt, error.is_connect(), E::idempotent()),
    };
    match (decision, again, outcome) {
        (Decision::RetryAfter(wait), Some(again), _) => Next::Retry(wait, again),
        (_, _, Ok(answer)) => Next::Done(decode_answer::<E>(answer, attempt)),
        (_, _, Err(source)) => {
            Next::Done(Err(Error::Transport { route: E::route(), attempts: attempt, source }))
        }
    }
}

/// The parts of a first attempt that a retry sends again as they were.
pub(crate) struct Replay {
    body: Option<Bytes>,
    content_type: Option<HeaderValue>,
}

/// A request ready to be handed to any HTTP client. Its body is encoded once:
/// every attempt sends the same bytes.
#[derive(Debug)]
pub(crate) struct PreparedRequest {
    pub(crate) method: Method,
    pub(crate) url: String,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Option<Bytes>,
}

impl PreparedRequest {
    /// Builds the request `endpoint` describes against `base`, with `defaults` added
    /// under every header the endpoint did not set itself.
    pub(crate) fn new<E: Endpoint>(
        endpoint: &E,
        base: &BaseUrl,
        defaults: &HeaderMap,
    ) -> Result<Self, RequestError> {
        let mut url = String::with_capacity(base.as_str().len() + E::PATH_TEMPLATE.len() + 32);
        url.push_str(base.as_str());
        endpoint.write_path(&mut PathWriter::new(&mut url))?;
        endpoint.write_query(&mut QueryWriter::new(&mut url))?;

        let mut headers = HeaderMap::new();
        endpoint.write_headers(&mut headers)?;
        let body = endpoint.body()?.map(|body| {
            if !headers.contains_key(CONTENT_TYPE) {
                headers.insert(CONTENT_TYPE, body.content_type);
            }
            body.bytes
        });
        for name in defaults.keys() {
            if !headers.contains_key(name) {
                for value in defaults.get_all(name) {
                    headers.append(name.clone(), value.clone());
                }
            }
        }
        Ok(PreparedRequest { method: E::METHOD, url, headers, body })
    }

    fn to_curl(&self, reveal: bool) -> String {
        let mut command = String::from("curl");
        match self.method.as_str() {
            "GET" => {}
            "HEAD" => command.push_str(" --head"),
            method => command.push_str(&format!(" -X {method}")),
        }
        command.push(' ');
        command.push_str(&shell_quote(&self.url));
        for (name, value) in &self.headers {
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

    /// What a retry must send again unchanged.
    pub(crate) fn replay(&self) -> Replay {
        Replay { body: self.body.clone(), content_type: self.headers.get(CONTENT_TYPE).cloned() }
    }

    /// The URL, parsed for reqwest.
    pub(crate) fn url<E: Endpoint>(&self) -> Result<reqwest::Url, Error> {
        reqwest::Url::parse(&self.url).map_err(|e| Error::Request {
            route: E::route(),
            source: RequestError::Url(e.to_string()),
        })
    }

    pub(crate) fn into_http(self) -> Result<http::Request<Bytes>, RequestError> {
        let mut request = http::Request::new(self.body.unwrap_or_default());
        *request.method_mut() = self.method;
        *request.uri_mut() = self
            .url
            .parse()
            .map_err(|e: http::uri::InvalidUri| RequestError::Url(e.to_string()))?;
        *request.headers_mut() = self.headers;
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
