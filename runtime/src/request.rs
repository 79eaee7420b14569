//! Turning an endpoint's values into a request, once, independent of the client
//! that sends it: the one place where path, query, headers and body are assembled.
//! Every attempt of a call sends the same prepared request.

use bytes::Bytes;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, Method};

use crate::body::Body;
use crate::error::{ConfigError, RequestError};
use crate::secret::masked_url;
use crate::upload::Payload;

/// A client's validated base URL: absolute, `http` or `https`, without query,
/// fragment or credentials. Its text has no trailing `/`, so that a path template
/// can be appended to it, and every prepared request's URL starts with it; it is
/// also kept parsed, so that a request's URL need not be parsed again whole (its
/// host above all, through IDNA) for every attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BaseUrl {
    text: Box<str>,
    parsed: reqwest::Url,
}

/// The `user:password@` of a base URL, percent-decoded: it becomes a `Basic`
/// credential and leaves the URL.
pub(crate) struct UserInfo {
    pub(crate) user: String,
    pub(crate) password: Option<String>,
}

impl BaseUrl {
    pub(crate) fn parse(input: &str) -> Result<Self, ConfigError> {
        Self::parse_with_credentials(input).map(|(base, _)| base)
    }

    /// The base URL and the credentials it held, if any. Errors never repeat
    /// the credentials.
    pub(crate) fn parse_with_credentials(
        input: &str,
    ) -> Result<(Self, Option<UserInfo>), ConfigError> {
        let problem = |shown: &str, problem: &str| ConfigError::BaseUrl {
            url: shown.to_owned(),
            problem: problem.to_owned(),
        };
        let mut url = reqwest::Url::parse(input)
            .map_err(|e| problem(&masked_url(input), &format!("is not a URL: {e}")))?;
        let credentials = (!url.username().is_empty() || url.password().is_some()).then(|| {
            let decode = |text: &str| {
                percent_encoding::percent_decode_str(text).decode_utf8_lossy().into_owned()
            };
            UserInfo { user: decode(url.username()), password: url.password().map(decode) }
        });
        // Cannot fail on an `http(s)` URL; if it did, the credentials must not stay.
        if url.set_username("").is_err() || url.set_password(None).is_err() {
            return Err(problem(&masked_url(input), "has credentials that cannot be removed"));
        }
        if !matches!(url.scheme(), "http" | "https") {
            return Err(problem(url.as_str(), "must start with `http://` or `https://`"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(problem(&masked_url(url.as_str()), "must not have a query or a fragment"));
        }
        let text = url.as_str().trim_end_matches('/').into();
        Ok((BaseUrl { text, parsed: url }, credentials))
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// `url` (a base URL of this client followed by a path and a query, or any
    /// other URL) parsed: from the parsed base for the first, whole for others.
    pub(crate) fn url_of(&self, url: &str) -> Result<reqwest::Url, RequestError> {
        let after_base = url
            .strip_prefix(&*self.text)
            .filter(|rest| rest.is_empty() || rest.starts_with('/') || rest.starts_with('?'));
        let Some(rest) = after_base else {
            return reqwest::Url::parse(url).map_err(|e| RequestError::Url(e.to_string()));
        };
        // The base's own path (a prefix, or none), then the rest of the path.
        let base_path = self.parsed.path().trim_end_matches('/');
        let (path, query) = match rest.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (rest, None),
        };
        let mut parsed = self.parsed.clone();
        if base_path.is_empty() {
            parsed.set_path(path);
        } else {
            parsed.set_path(&format!("{base_path}{path}"));
        }
        parsed.set_query(query);
        Ok(parsed)
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

/// A request ready to be handed to any HTTP client. Its body is encoded once: a
/// retry sends a copy, which shares the bytes.
#[derive(Debug)]
pub(crate) struct PreparedRequest {
    pub(crate) method: Method,
    /// Parsed for each request sent (one parse per attempt, as a copy would cost).
    pub(crate) url: String,
    /// The endpoint's own headers (usually none); the content type and a client's
    /// defaults join them in [`PreparedRequest::headers`], for each attempt, so that
    /// a retry needs no copy of a finished header map. Held inline (an empty map
    /// allocates nothing): a box would cost an allocation for each request that
    /// has any.
    own_headers: HeaderMap,
    content_type: Option<HeaderValue>,
    pub(crate) body: Option<Payload>,
    /// Whether the client's credentials go with it (not for `auth = none`).
    pub(crate) authenticated: bool,
}

impl PreparedRequest {
    /// A request of `method` to `url`, with the endpoint's own headers and body.
    pub(crate) fn new(
        method: Method,
        url: String,
        own_headers: HeaderMap,
        body: Option<Body>,
        authenticated: bool,
    ) -> Result<Self, RequestError> {
        let (content_type, body) = match body {
            Some(Body { content_type, payload }) => (Some(content_type), Some(payload)),
            None => (None, None),
        };
        Ok(PreparedRequest { method, url, own_headers, content_type, body, authenticated })
    }

    /// The URL, parsed for a request.
    /// The URL, parsed (from `base`, the client's, when it starts with it).
    pub(crate) fn parse_url(&self, base: &BaseUrl) -> Result<reqwest::Url, RequestError> {
        base.url_of(&self.url)
    }

    /// The headers to send: the endpoint's own, then the body's content type and
    /// `defaults` under every name the endpoint did not set itself.
    pub(crate) fn headers(&self, defaults: &HeaderMap) -> HeaderMap {
        // Sized once, with room for the content type and for reqwest's `Accept`:
        // appending to a clone of the endpoint's map, or to a map just full, grows it.
        let own = &self.own_headers;
        let mut headers = HeaderMap::with_capacity(own.len() + defaults.len() + 2);
        for (name, value) in own {
            headers.append(name.clone(), value.clone());
        }
        if let Some(content_type) = &self.content_type {
            if !headers.contains_key(CONTENT_TYPE) {
                headers.insert(CONTENT_TYPE, content_type.clone());
            }
        }
        // A body read from files as it is sent has a length known beforehand.
        if let Some(body @ Payload::Files(_)) = &self.body {
            headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
        }
        // A write with no body says so: some servers and proxies answer `411` otherwise.
        if self.body.is_none()
            && matches!(self.method, Method::POST | Method::PUT | Method::PATCH)
            && !headers.contains_key(CONTENT_LENGTH)
        {
            headers.insert(CONTENT_LENGTH, HeaderValue::from_static("0"));
        }
        // Each value of each default, in one walk (no lookup of its name), unless the
        // endpoint sets that header itself.
        for (name, value) in defaults {
            let overridden = !own.is_empty() && own.contains_key(name);
            // `auth = none`: none of the client's credentials.
            if !overridden && (self.authenticated || !crate::secret::is_sensitive(name, value)) {
                headers.append(name.clone(), value.clone());
            }
        }
        headers
    }

    pub(crate) fn to_curl(&self, defaults: &HeaderMap, reveal: bool) -> String {
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
        match &self.body {
            Some(Payload::Bytes(body)) => {
                command.push_str(" \\\n  --data-binary ");
                command.push_str(&shell_quote(&String::from_utf8_lossy(body)));
            }
            Some(Payload::Files(segments)) => match segments.only_file() {
                // A whole file, as curl reads one.
                Some(path) => {
                    command.push_str(" \\\n  --data-binary ");
                    command.push_str(&shell_quote(&format!("@{}", path.display())));
                }
                None => {
                    let files: Vec<String> =
                        segments.files().map(|path| path.display().to_string()).collect();
                    command.push_str(&format!(
                        " \\\n  # the body: {} bytes, with {} read when sent",
                        body_len(&self.body),
                        files.join(", ")
                    ));
                }
            },
            None => {}
        }
        command
    }

    pub(crate) fn into_http(
        self,
        defaults: &HeaderMap,
    ) -> Result<http::Request<Bytes>, RequestError> {
        let headers = self.headers(defaults);
        let body = match &self.body {
            Some(payload) => payload.read_all().map_err(|e| RequestError::Url(e.to_string()))?,
            None => Bytes::new(),
        };
        let mut request = http::Request::new(body);
        *request.method_mut() = self.method;
        *request.uri_mut() = self
            .url
            .parse()
            .map_err(|e: http::uri::InvalidUri| RequestError::Url(e.to_string()))?;
        *request.headers_mut() = headers;
        Ok(request)
    }
}

fn body_len(body: &Option<Payload>) -> u64 {
    body.as_ref().map_or(0, Payload::len)
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

    proptest::proptest! {
        /// A URL parsed from the client's parsed base is the URL parsed whole:
        /// any base, any path and query the writers make, any other URL.
        #[test]
        fn urls_from_the_parsed_base_are_the_urls_parsed_whole(
            base in "(http|https)://(h|example\\.com|xn--bcher-kva\\.example|B\\u{fc}cher\\.example|127\\.0\\.0\\.1|\\[::1\\])(:8080)?(/|/prefix|/a/b/|/%7C)?",
            segments in proptest::collection::vec("\\PC{0,8}", 0..4),
            literal in "(/[a-z.]{0,6}){0,2}",
            query in proptest::collection::vec(("[a-z]{1,4}", "\\PC{0,6}"), 0..3),
            other in "(http://elsewhere(:1)?/x\\?y|https://h2/)?",
        ) {
            let base = BaseUrl::parse(&base).unwrap();
            let mut url = base.as_str().to_owned();
            url.push_str(&literal);
            let mut path = crate::path::PathWriter::new(&mut url);
            for segment in &segments {
                path.push_literal("/");
                if path.push_segment("s", segment).is_err() {
                    return Ok(());
                }
            }
            crate::query::QueryWriter::new(&mut url).append(&query).unwrap();
            let whole = reqwest::Url::parse(&url).unwrap();
            proptest::prop_assert_eq!(base.url_of(&url).unwrap(), whole);
            if !other.is_empty() {
                let whole = reqwest::Url::parse(&other).unwrap();
                proptest::prop_assert_eq!(base.url_of(&other).unwrap(), whole);
            }
        }
    }

    #[test]
    fn base_url_rejects_what_a_path_cannot_follow() {
        for bad in ["t.auth0.com", "ftp://h", "http://h/?q=1", "http://h/#f", ""] {
            assert!(BaseUrl::parse(bad).is_err(), "{bad} was accepted");
        }
    }
}
