//! Which redirects a client follows, and what it sends to the next location. The
//! decision is a pure function of the answer and the request, so it is tested
//! without a network.

use http::header::{CONTENT_LENGTH, CONTENT_TYPE, LOCATION};
use http::{HeaderMap, Method, StatusCode};
use reqwest::Url;

use crate::request::PreparedRequest;

/// Which redirects a [`Client`](crate::Client) follows.
///
/// The default, [`RedirectPolicy::same_origin`], follows a redirect only to the
/// origin (scheme, host and port) of the request, so nothing a request carries
/// (credentials, `#[secret]` values, the body) can be handed to another server.
/// A redirect that is not followed comes back as an [`Error::Status`](crate::Error::Status)
/// that keeps the `3xx` answer, its `Location` header included. No request ever
/// carries a `Referer`.
///
/// ```
/// use restpoint_runtime::{Client, RedirectPolicy};
///
/// // Follow a CDN's redirect to another host, without credentials or body.
/// let client = Client::builder("https://api.example.com")
///     .redirects(RedirectPolicy::any_origin().max_redirects(3))
///     .build()?;
/// # Ok::<(), restpoint_runtime::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectPolicy {
    max_redirects: u32,
    cross_origin: bool,
}

impl Default for RedirectPolicy {
    fn default() -> Self {
        RedirectPolicy::same_origin()
    }
}

impl RedirectPolicy {
    /// The default: follows up to 10 redirects within the request's origin.
    pub fn same_origin() -> Self {
        RedirectPolicy { max_redirects: 10, cross_origin: false }
    }

    /// This policy, kept within the request's origin.
    pub(crate) fn within_origin(&self) -> RedirectPolicy {
        RedirectPolicy { cross_origin: false, ..self.clone() }
    }

    /// Follows no redirect: every `3xx` is returned as an error.
    pub fn none() -> Self {
        RedirectPolicy { max_redirects: 0, cross_origin: false }
    }

    /// Also follows redirects to other origins, but sends them no sensitive header
    /// (`Authorization`, `Cookie`, the client's credentials, `#[secret]` headers)
    /// and no body: a `307` or `308` of a request with a body is not followed
    /// across origins. Once a redirect has left the origin, every later hop goes
    /// without them too.
    pub fn any_origin() -> Self {
        RedirectPolicy { max_redirects: 10, cross_origin: true }
    }

    /// At most `max` redirects per attempt; the answer to the last one is returned
    /// as it is.
    pub fn max_redirects(mut self, max: u32) -> Self {
        self.max_redirects = max;
        self
    }

    /// Whether `status` is a redirect a policy may follow.
    pub(crate) fn is_redirect(status: StatusCode) -> bool {
        matches!(status.as_u16(), 301..=303 | 307 | 308)
    }

    /// What to send after `status` and `headers`, the answer to `hop` (the request
    /// just sent to `url`, redirect number `redirects` of its attempt); `None` when
    /// the answer is not a redirect to follow.
    pub(crate) fn follow(
        &self,
        hop: &Hop,
        url: &Url,
        redirects: u32,
        status: StatusCode,
        headers: &HeaderMap,
    ) -> Option<Hop> {
        let keeps_method = match status.as_u16() {
            307 | 308 => true,
            301..=303 => false,
            _ => return None,
        };
        if redirects >= self.max_redirects {
            return None;
        }
        let location = headers.get(LOCATION)?.to_str().ok()?;
        let next = url.join(location).ok()?;
        if !matches!(next.scheme(), "http" | "https") {
            return None;
        }
        let leaves_origin = hop.stripped || next.origin() != url.origin();
        if leaves_origin && !self.cross_origin {
            return None;
        }
        // As browsers do: 303 turns anything but HEAD into a bodiless GET, and 301 or
        // 302 turn a POST into one; 307 and 308 resend the same request.
        let to_get = !keeps_method
            && ((status == StatusCode::SEE_OTHER && hop.method != Method::HEAD)
                || hop.method == Method::POST);
        let has_body = hop.has_body && !to_get;
        if leaves_origin && has_body {
            return None;
        }
        Some(Hop {
            url: Some(next),
            method: if to_get { Method::GET } else { hop.method.clone() },
            has_body,
            stripped: leaves_origin,
        })
    }
}

/// One request of an attempt: the first, or one that follows a redirect.
#[derive(Debug, Clone)]
pub(crate) struct Hop {
    /// Where a redirect leads; `None` for the first request, whose URL is the
    /// prepared request's (and which sends what was prepared).
    pub(crate) url: Option<Url>,
    pub(crate) method: Method,
    /// Whether it carries the request's body.
    pub(crate) has_body: bool,
    /// Whether it has left the origin: it then carries no sensitive header.
    pub(crate) stripped: bool,
}

impl Hop {
    /// The first request of an attempt: `request` as prepared.
    pub(crate) fn first(request: &PreparedRequest) -> Self {
        Hop {
            url: None,
            method: request.method.clone(),
            has_body: request.body.is_some(),
            stripped: false,
        }
    }

    /// Removes from `headers` what this hop must not send (a first request sends
    /// what was prepared).
    pub(crate) fn restrict(&self, headers: &mut HeaderMap) {
        if self.url.is_none() {
            return;
        }
        // Turned into a `GET` (or `HEAD`): the body's headers go with the body.
        if !self.has_body && matches!(self.method, Method::GET | Method::HEAD) {
            headers.remove(CONTENT_TYPE);
            headers.remove(CONTENT_LENGTH);
        }
        if self.stripped {
            crate::secret::remove_sensitive(headers);
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn hop(url: &str, method: Method, has_body: bool) -> (Hop, Url) {
        let first = Hop { url: None, method, has_body, stripped: false };
        (first, Url::parse(url).unwrap())
    }

    /// Where `next` leads.
    fn target(next: &Hop) -> &Url {
        next.url.as_ref().unwrap()
    }

    fn to(location: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(LOCATION, location.parse().unwrap());
        headers
    }

    fn status(code: u16) -> StatusCode {
        StatusCode::from_u16(code).unwrap()
    }

    /// Every decision of `follow` in one table: status, method, body, where
    /// the `Location` leads, the policy, and what is sent next (or nothing).
    #[test]
    fn what_a_redirect_leads_to() {
        let same = RedirectPolicy::same_origin();
        let any = RedirectPolicy::any_origin();
        let none = RedirectPolicy::none();
        let from = "http://api.test/v1/a";
        #[rustfmt::skip]
        type Next = Option<(&'static str, Method, bool, bool)>;
        let table: Vec<(u16, Method, bool, &str, &RedirectPolicy, Next)> = vec![
            // status, method, body, location, policy  =>  (url, method, body, stripped)
            (
                301,
                Method::GET,
                false,
                "/v1/b",
                &same,
                Some(("http://api.test/v1/b", Method::GET, false, false)),
            ),
            (
                302,
                Method::POST,
                true,
                "/v1/b",
                &same,
                Some(("http://api.test/v1/b", Method::GET, false, false)),
            ),
            (
                303,
                Method::PUT,
                true,
                "/v1/b",
                &same,
                Some(("http://api.test/v1/b", Method::GET, false, false)),
            ),
            (
                303,
                Method::HEAD,
                false,
                "/v1/b",
                &same,
                Some(("http://api.test/v1/b", Method::HEAD, false, false)),
            ),
            (
                307,
                Method::POST,
                true,
                "/v1/b",
                &same,
                Some(("http://api.test/v1/b", Method::POST, true, false)),
            ),
            (
                308,
                Method::PATCH,
                true,
                "b?x=1",
                &same,
                Some(("http://api.test/v1/b?x=1", Method::PATCH, true, false)),
            ),
            (
                301,
                Method::DELETE,
                false,
                "/v1/b",
                &same,
                Some(("http://api.test/v1/b", Method::DELETE, false, false)),
            ),
            (302, Method::GET, false, "http://cdn.test/x", &same, None),
            (
                302,
                Method::GET,
                false,
                "http://cdn.test/x",
                &any,
                Some(("http://cdn.test/x", Method::GET, false, true)),
            ),
            (307, Method::POST, true, "http://cdn.test/x", &any, None),
            (
                303,
                Method::POST,
                true,
                "http://cdn.test/x",
                &any,
                Some(("http://cdn.test/x", Method::GET, false, true)),
            ),
            (302, Method::GET, false, "ftp://api.test/x", &any, None),
            (302, Method::GET, false, "/v1/b", &none, None),
            (300, Method::GET, false, "/v1/b", &same, None),
            (304, Method::GET, false, "/v1/b", &same, None),
            (200, Method::GET, false, "/v1/b", &same, None),
        ];
        for (code, method, body, location, policy, expected) in table {
            let (first, url) = hop(from, method.clone(), body);
            let next = policy.follow(&first, &url, 0, status(code), &to(location));
            let next = next.map(|n| (target(&n).to_string(), n.method, n.has_body, n.stripped));
            let expected = expected.map(|(u, m, b, s)| (u.to_owned(), m, b, s));
            assert_eq!(next, expected, "{code} {method} {location}");
        }
        // The count of redirects is the policy's to bound.
        let (first, url) = hop(from, Method::GET, false);
        assert!(same.follow(&first, &url, 9, status(302), &to("/b")).is_some());
        assert!(same.follow(&first, &url, 10, status(302), &to("/b")).is_none());
        // Once a hop has left the origin, the next carries no credentials either.
        let left = Hop { stripped: true, ..first };
        let next = any.follow(&left, &url, 1, status(302), &to("/back")).unwrap();
        assert!(next.stripped);
    }

    #[test]
    fn same_origin_follows_only_within_the_origin() {
        let policy = RedirectPolicy::same_origin();
        let (first, url) = hop("http://api.test:8080/v1/a", Method::POST, true);
        let next = policy.follow(&first, &url, 0, status(308), &to("/v1/b?x=1")).unwrap();
        assert_eq!(target(&next).as_str(), "http://api.test:8080/v1/b?x=1");
        assert_eq!((&next.method, next.has_body, next.stripped), (&Method::POST, true, false));
        for elsewhere in
            ["http://other.test:8080/", "http://api.test:9090/", "https://api.test:8080/"]
        {
            let followed = policy.follow(&first, &url, 0, status(307), &to(elsewhere));
            assert!(followed.is_none(), "{elsewhere}");
        }
        assert!(policy.follow(&first, &url, 10, status(307), &to("/v1/c")).is_none());
        let none = RedirectPolicy::none();
        assert!(none.follow(&first, &url, 0, status(307), &to("/v1/c")).is_none());
    }

    #[test]
    fn see_other_and_a_moved_post_become_a_bodiless_get() {
        let policy = RedirectPolicy::same_origin();
        let (post, url) = hop("http://h/a", Method::POST, true);
        for code in [301, 302, 303] {
            let next = policy.follow(&post, &url, 0, status(code), &to("/b")).unwrap();
            assert_eq!((next.method, next.has_body), (Method::GET, false), "{code}");
        }
        let (put, url) = hop("http://h/a", Method::PUT, true);
        let next = policy.follow(&put, &url, 0, status(302), &to("/b")).unwrap();
        assert_eq!((next.method, next.has_body), (Method::PUT, true));
        let (head, url) = hop("http://h/a", Method::HEAD, false);
        let next = policy.follow(&head, &url, 0, status(303), &to("/b")).unwrap();
        assert_eq!(next.method, Method::HEAD);
    }

    #[test]
    fn any_origin_goes_across_without_credentials_or_body() {
        let policy = RedirectPolicy::any_origin();
        let (get, url) = hop("https://api.test/a", Method::GET, false);
        let next = policy.follow(&get, &url, 0, status(302), &to("https://cdn.test/f")).unwrap();
        assert!(next.stripped);
        // Back to the first origin: still stripped, once they have left.
        let back = policy.follow(&next, target(&next), 1, status(302), &to("https://api.test/b"));
        assert!(back.unwrap().stripped);
        let (post, url) = hop("https://api.test/a", Method::POST, true);
        assert!(policy.follow(&post, &url, 0, status(307), &to("https://cdn.test/f")).is_none());
    }

    #[test]
    fn what_is_not_a_redirect_to_follow() {
        let policy = RedirectPolicy::any_origin();
        let (get, url) = hop("http://h/a", Method::GET, false);
        assert!(policy.follow(&get, &url, 0, status(200), &to("/b")).is_none());
        assert!(policy.follow(&get, &url, 0, status(304), &to("/b")).is_none());
        assert!(policy.follow(&get, &url, 0, status(302), &HeaderMap::new()).is_none());
        assert!(policy.follow(&get, &url, 0, status(302), &to("file:///etc/passwd")).is_none());
        assert!(policy.follow(&get, &url, 0, status(302), &to("http://[::1")).is_none());
    }

    proptest! {
        /// Whatever a server puts in `Location`, on whatever status, deciding
        /// neither panics nor leaves the origin under the default policy.
        #[test]
        fn any_location_is_decided_without_a_panic(
            location in "\\PC{0,60}|(https?|ftp|file)://[a-z.:0-9@\\[\\]]{0,20}/[ -~]{0,20}",
            status in 300u16..400,
            redirects in 0u32..12,
        ) {
            let Ok(value) = location.parse::<http::HeaderValue>() else { return Ok(()) };
            let mut headers = HeaderMap::new();
            headers.insert(LOCATION, value);
            let status = status_code(status);
            let (first, url) = hop("https://api.test/a?b=1", Method::POST, true);
            let same = RedirectPolicy::same_origin().follow(&first, &url, redirects, status, &headers);
            if let Some(next) = same {
                prop_assert_eq!(target(&next).origin(), url.origin());
            }
            let any = RedirectPolicy::any_origin().follow(&first, &url, redirects, status, &headers);
            if let Some(next) = any {
                prop_assert!(!next.stripped || !next.has_body);
            }
        }
    }

    fn status_code(code: u16) -> StatusCode {
        StatusCode::from_u16(code).unwrap()
    }
}
