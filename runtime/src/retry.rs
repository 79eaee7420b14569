//! When to send a request again, and after how long: the one policy both clients
//! follow. It never resends what the server may have acted on, unless the server
//! said so (`429`, `503`) or the request is idempotent.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::{HeaderMap, StatusCode};

/// How a [`Client`](crate::Client) retries. On by default: see [`RetryPolicy::new`].
///
/// ```
/// use std::time::Duration;
/// use restpoint_runtime::{Client, RetryPolicy};
///
/// let patient = RetryPolicy::new().max_retries(5).max_wait(Duration::from_secs(120));
/// let client = Client::builder("https://tenant.auth0.com").retry(patient).build()?;
/// let once = Client::builder("https://tenant.auth0.com").retry(RetryPolicy::none()).build()?;
/// # Ok::<(), restpoint_runtime::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::new()
    }
}

/// What to do after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Send again after this long.
    RetryAfter(Duration),
    /// Report the outcome as it is.
    GiveUp,
}

impl RetryPolicy {
    /// The default: at most 2 retries (3 attempts); waits as long as the server
    /// asks (`Retry-After`, `x-ratelimit-reset`) up to 60 s, otherwise backs off
    /// exponentially from 250 ms up to 8 s, with jitter.
    pub fn new() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_wait: Duration::from_secs(60),
        }
    }

    /// Never retry: every request is sent once.
    pub fn none() -> Self {
        RetryPolicy { max_retries: 0, ..RetryPolicy::new() }
    }

    /// At most `retries` retries after the first attempt.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// Backoff when the server names no time: `initial`, doubled each retry, at most
    /// `max`, each wait a random 50 to 100 % of that.
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// The longest wait the client sleeps. When a server asks for longer, the error
    /// is returned at once; [`Error::retry_at`](crate::Error::retry_at) says when.
    pub fn max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = max_wait;
        self
    }

    /// Whether a retry may follow attempt number `attempt` (from 1).
    pub(crate) fn may_retry(&self, attempt: u32) -> bool {
        attempt <= self.max_retries
    }

    /// Whether an answer of `status` is one a retry could fix.
    pub(crate) fn retryable(status: StatusCode, idempotent: bool) -> bool {
        match status.as_u16() {
            // The server did not act on the request and says to come back.
            429 | 503 => true,
            // A gateway failed: the origin may have acted, so only if that is harmless.
            502 | 504 => idempotent,
            _ => false,
        }
    }

    /// After the answer `status` to attempt number `attempt` (from 1).
    pub(crate) fn after_status(
        &self,
        attempt: u32,
        status: StatusCode,
        headers: &HeaderMap,
        idempotent: bool,
    ) -> Decision {
        if !Self::retryable(status, idempotent) || !self.may_retry(attempt) {
            return Decision::GiveUp;
        }
        let now = SystemTime::now();
        let asked = retry_at(headers, now)
            .map(|at| at.duration_since(now).unwrap_or_default())
            .unwrap_or_default();
        // Never sooner than the backoff: a date in the past, or a reset that has
        // already passed, must not turn into retries a millisecond apart.
        let wait = asked.max(self.backoff_for(attempt));
        if wait > self.max_wait { Decision::GiveUp } else { Decision::RetryAfter(wait) }
    }

    /// After attempt `attempt` got no answer. `unsent` says the server cannot have
    /// seen the request (the connection was refused).
    pub(crate) fn after_transport_error(
        &self,
        attempt: u32,
        unsent: bool,
        idempotent: bool,
    ) -> Decision {
        if (unsent || idempotent) && self.may_retry(attempt) {
            Decision::RetryAfter(self.backoff_for(attempt))
        } else {
            Decision::GiveUp
        }
    }

    fn backoff_for(&self, attempt: u32) -> Duration {
        let doubled = self.initial_backoff.saturating_mul(1 << attempt.saturating_sub(1).min(16));
        doubled.min(self.max_backoff).mul_f64(0.5 + fastrand::f64() / 2.0)
    }
}

/// When the server says the request may be sent again: `Retry-After` (seconds or
/// an HTTP date), else `x-ratelimit-reset`. No arithmetic on a server's number
/// can overflow: a time further than [`FAR_FUTURE`] is read as that.
pub(crate) fn retry_at(headers: &HeaderMap, now: SystemTime) -> Option<SystemTime> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
    if let Some(value) = text("retry-after") {
        if let Ok(seconds) = value.parse::<u64>() {
            return Some(seconds_from(now, seconds));
        }
        if let Ok(date) = httpdate::parse_http_date(value) {
            return Some(date);
        }
    }
    reset_time(text("x-ratelimit-reset")?.parse::<u64>().ok()?, now)
}

/// Below this, an `x-ratelimit-reset` is a number of seconds from now (as some
/// APIs send it), not a Unix time (Auth0's and GitHub's): it is before 2001.
const RESET_IS_A_DELAY_BELOW: u64 = 1_000_000_000;

/// The furthest a server's time is taken to be: ten years from now. Any wait that
/// long is past every [`RetryPolicy::max_wait`], so the call gives up and says when.
const FAR_FUTURE: Duration = Duration::from_secs(10 * 365 * 24 * 3600);

fn seconds_from(now: SystemTime, seconds: u64) -> SystemTime {
    let delay = Duration::from_secs(seconds).min(FAR_FUTURE);
    // Within ten years of any clock a program runs on.
    now.checked_add(delay).unwrap_or(now)
}

fn reset_time(reset: u64, now: SystemTime) -> Option<SystemTime> {
    if reset < RESET_IS_A_DELAY_BELOW {
        return Some(seconds_from(now, reset));
    }
    let far = seconds_from(now, u64::MAX);
    Some(UNIX_EPOCH.checked_add(Duration::from_secs(reset)).map_or(far, |at| at.min(far)))
}

/// The rate-limit facts of an answer: Auth0's `x-ratelimit-limit`,
/// `x-ratelimit-remaining` and `x-ratelimit-reset`.
///
/// ```
/// use restpoint_runtime::RateLimit;
///
/// let mut headers = http::HeaderMap::new();
/// headers.insert("x-ratelimit-limit", "50".parse().unwrap());
/// headers.insert("x-ratelimit-remaining", "0".parse().unwrap());
/// headers.insert("x-ratelimit-reset", "1764043200".parse().unwrap());
/// let limit = RateLimit::from_headers(&headers).unwrap();
/// assert_eq!((limit.limit, limit.remaining), (Some(50), Some(0)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed in the window.
    pub limit: Option<u64>,
    /// Requests left in the window.
    pub remaining: Option<u64>,
    /// When the window resets. A value below 1,000,000,000 is read as seconds
    /// from now rather than a Unix time.
    pub reset: Option<SystemTime>,
}

impl RateLimit {
    /// The facts in `headers`, or `None` if it has none of the three.
    pub fn from_headers(headers: &HeaderMap) -> Option<RateLimit> {
        let number = |name: &str| headers.get(name)?.to_str().ok()?.trim().parse::<u64>().ok();
        let limit = RateLimit {
            limit: number("x-ratelimit-limit"),
            remaining: number("x-ratelimit-remaining"),
            reset: number("x-ratelimit-reset").and_then(|s| reset_time(s, SystemTime::now())),
        };
        (limit != RateLimit { limit: None, remaining: None, reset: None }).then_some(limit)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (http::HeaderName::from_static(k), v.parse().unwrap())).collect()
    }

    #[test]
    fn retry_after_in_both_forms_and_the_auth0_reset() {
        let now = UNIX_EPOCH + Duration::from_secs(1_764_043_200);
        assert_eq!(
            retry_at(&headers(&[("retry-after", "7")]), now),
            Some(now + Duration::from_secs(7))
        );
        let date = headers(&[("retry-after", "Tue, 25 Nov 2025 04:00:10 GMT")]);
        assert_eq!(retry_at(&date, now), Some(UNIX_EPOCH + Duration::from_secs(1_764_043_210)));
        let reset = headers(&[("x-ratelimit-reset", "1764043230")]);
        assert_eq!(retry_at(&reset, now), Some(UNIX_EPOCH + Duration::from_secs(1_764_043_230)));
        assert_eq!(retry_at(&headers(&[("retry-after", "soon")]), now), None);
        let delay = headers(&[("x-ratelimit-reset", "30")]);
        assert_eq!(retry_at(&delay, now), Some(now + Duration::from_secs(30)));
    }

    #[test]
    fn numbers_too_large_for_a_clock_are_the_far_future() {
        let huge = u64::MAX.to_string();
        let now = SystemTime::now();
        let far = now + FAR_FUTURE;
        assert_eq!(retry_at(&headers(&[("retry-after", &huge)]), now), Some(far));
        assert_eq!(retry_at(&headers(&[("x-ratelimit-reset", &huge)]), now), Some(far));
        let limit = headers(&[("x-ratelimit-limit", "50"), ("x-ratelimit-reset", &huge)]);
        assert!(RateLimit::from_headers(&limit).unwrap().reset.unwrap() > now + FAR_FUTURE / 2);
        // Too far to wait: given up at once.
        let policy = RetryPolicy::new();
        let huge = headers(&[("retry-after", &huge)]);
        assert_eq!(
            policy.after_status(1, StatusCode::TOO_MANY_REQUESTS, &huge, true),
            Decision::GiveUp
        );
    }

    #[test]
    fn a_wait_in_the_past_is_at_least_the_backoff() {
        let policy = RetryPolicy::new().backoff(Duration::from_millis(400), Duration::from_secs(1));
        let past = headers(&[("retry-after", "Tue, 25 Nov 2025 04:00:10 GMT")]);
        for _ in 0..20 {
            match policy.after_status(1, StatusCode::SERVICE_UNAVAILABLE, &past, false) {
                Decision::RetryAfter(wait) => {
                    assert!(wait >= Duration::from_millis(200), "{wait:?}")
                }
                Decision::GiveUp => panic!("a 503 is retried"),
            }
        }
    }

    #[test]
    fn which_answers_are_retried() {
        let policy = RetryPolicy::new();
        let none = HeaderMap::new();
        let retried = |status: u16, idempotent| {
            let status = StatusCode::from_u16(status).unwrap();
            matches!(policy.after_status(1, status, &none, idempotent), Decision::RetryAfter(_))
        };
        assert!(retried(429, false) && retried(503, false));
        assert!(retried(502, true) && !retried(502, false));
        assert!(retried(504, true) && !retried(504, false));
        assert!(!retried(500, true) && !retried(404, true));
        assert_eq!(
            policy.after_status(3, StatusCode::TOO_MANY_REQUESTS, &none, true),
            Decision::GiveUp
        );
    }

    #[test]
    fn a_wait_beyond_the_maximum_is_not_slept() {
        let policy = RetryPolicy::new().max_wait(Duration::from_secs(5));
        let long = headers(&[("retry-after", "3600")]);
        assert_eq!(
            policy.after_status(1, StatusCode::TOO_MANY_REQUESTS, &long, true),
            Decision::GiveUp
        );
    }

    #[test]
    fn transport_errors_resend_only_what_the_server_cannot_have_acted_on() {
        let policy = RetryPolicy::new();
        assert!(matches!(policy.after_transport_error(1, true, false), Decision::RetryAfter(_)));
        assert!(matches!(policy.after_transport_error(1, false, true), Decision::RetryAfter(_)));
        assert_eq!(policy.after_transport_error(1, false, false), Decision::GiveUp);
        assert_eq!(policy.after_transport_error(3, true, true), Decision::GiveUp);
        assert_eq!(RetryPolicy::none().after_transport_error(1, true, true), Decision::GiveUp);
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_with_jitter() {
        let policy =
            RetryPolicy::new().backoff(Duration::from_millis(100), Duration::from_millis(300));
        for _ in 0..100 {
            let first = policy.backoff_for(1);
            assert!(
                (Duration::from_millis(50)..=Duration::from_millis(100)).contains(&first),
                "{first:?}"
            );
            let third = policy.backoff_for(3);
            assert!(
                (Duration::from_millis(150)..=Duration::from_millis(300)).contains(&third),
                "{third:?}"
            );
        }
    }

    fn header_value() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<u64>().prop_map(|n| n.to_string()),
            any::<i64>().prop_map(|n| n.to_string()),
            "[0-9]{15,40}",
            "(Mon|Tue|Sun), [0-9]{1,2} (Jan|Feb|Dec) [0-9]{1,5} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT",
            "[ -~]{0,30}",
        ]
    }

    proptest! {
        /// Whatever a server puts in these headers, on whatever status, reading
        /// them neither panics nor overflows.
        #[test]
        fn server_headers_never_panic(
            retry_after in header_value(),
            reset in header_value(),
            remaining in header_value(),
            limit in header_value(),
            status in 100u16..600,
            attempt in 0u32..5,
        ) {
            let mut map = HeaderMap::new();
            for (name, value) in [
                ("retry-after", &retry_after),
                ("x-ratelimit-reset", &reset),
                ("x-ratelimit-remaining", &remaining),
                ("x-ratelimit-limit", &limit),
            ] {
                if let Ok(value) = value.parse() {
                    map.insert(name, value);
                }
            }
            let status = StatusCode::from_u16(status).unwrap();
            let _ = retry_at(&map, SystemTime::now());
            let _ = retry_at(&map, UNIX_EPOCH);
            let _ = RateLimit::from_headers(&map);
            for idempotent in [false, true] {
                let _ = RetryPolicy::new().after_status(attempt, status, &map, idempotent);
            }
        }
    }
}
