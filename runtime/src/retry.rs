//! When to send a request again, and after how long: the one policy both clients
//! follow. It never resends what the server may have acted on, unless the server
//! said so (`429`, `503`) or the request is idempotent.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
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
///
/// How long to wait is read from the answer: `Retry-After` (seconds or a date),
/// `x-ratelimit-reset-after` (seconds, fractional: Discord's), `x-ratelimit-reset`
/// (a Unix time, fractional or not, or seconds from now: Auth0's, GitHub's),
/// `x-ratelimit-reset-requests` and `-tokens` (durations such as `6m0s` or `20ms`:
/// OpenAI's). Where several are sent the most precise wins (a fractional
/// `x-ratelimit-reset-after` over a `Retry-After` rounded up to whole seconds), and
/// among equals the longest. For an API that says it another way, teach the policy
/// with [`wait_from`](RetryPolicy::wait_from).
#[derive(Clone)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_wait: Duration,
    read_wait: Option<WaitReader>,
}

/// A function that reads how long to wait from an answer.
type WaitReader = Arc<dyn Fn(&http::Response<Bytes>) -> Option<Duration> + Send + Sync>;

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_retries", &self.max_retries)
            .field("initial_backoff", &self.initial_backoff)
            .field("max_backoff", &self.max_backoff)
            .field("max_wait", &self.max_wait)
            .field("wait_from", &self.read_wait.as_ref().map(|_| "fn"))
            .finish()
    }
}

impl PartialEq for RetryPolicy {
    fn eq(&self, other: &Self) -> bool {
        let same_reader = match (&self.read_wait, &other.read_wait) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        (self.max_retries, self.initial_backoff, self.max_backoff, self.max_wait)
            == (other.max_retries, other.initial_backoff, other.max_backoff, other.max_wait)
            && same_reader
    }
}

impl Eq for RetryPolicy {}

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
            read_wait: None,
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

    /// Reads how long to wait from a retryable answer (its status, headers and
    /// body) with `read`, before the headers restpoint reads itself (which it
    /// falls back to when `read` says `None`): for an API that says it another
    /// way, such as a body's `{"retry_after": 0.8}`. The wait is still at least
    /// the backoff and at most [`max_wait`](RetryPolicy::max_wait).
    ///
    /// ```
    /// use std::time::Duration;
    /// use restpoint_runtime::{Client, RetryPolicy};
    ///
    /// // Discord: `{"message": "You are being rate limited.", "retry_after": 0.8}`.
    /// let policy = RetryPolicy::new().wait_from(|answer| {
    ///     let body: serde_json::Value = serde_json::from_slice(answer.body()).ok()?;
    ///     Duration::try_from_secs_f64(body["retry_after"].as_f64()?).ok()
    /// });
    /// let client = Client::builder("https://discord.com/api/v10").retry(policy).build()?;
    /// # Ok::<(), restpoint_runtime::Error>(())
    /// ```
    pub fn wait_from(
        mut self,
        read: impl Fn(&http::Response<Bytes>) -> Option<Duration> + Send + Sync + 'static,
    ) -> Self {
        self.read_wait = Some(Arc::new(read));
        self
    }

    /// How long `answer` asks to wait, by the policy's reader, then by the
    /// headers; `None` if it does not say.
    pub(crate) fn asked_wait(&self, answer: &http::Response<Bytes>) -> Option<Duration> {
        let read = self.read_wait.as_ref().and_then(|read| read(answer));
        read.map(|wait| wait.min(FAR_FUTURE))
            .or_else(|| wait_in(answer.headers(), SystemTime::now()))
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

    /// After `answer`, the answer to attempt number `attempt` (from 1).
    pub(crate) fn after_status(
        &self,
        attempt: u32,
        answer: &http::Response<Bytes>,
        idempotent: bool,
    ) -> Decision {
        if !Self::retryable(answer.status(), idempotent) || !self.may_retry(attempt) {
            return Decision::GiveUp;
        }
        let asked = self.asked_wait(answer).unwrap_or_default();
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

/// When the server says the request may be sent again (see [`wait_in`]). No
/// arithmetic on a server's number can overflow: a time further than
/// [`FAR_FUTURE`] is read as that.
#[cfg(test)]
pub(crate) fn retry_at(headers: &HeaderMap, now: SystemTime) -> Option<SystemTime> {
    wait_in(headers, now).map(|wait| now.checked_add(wait).unwrap_or(now))
}

/// How long the headers ask to wait: the most precise of what they say (a
/// fractional number or a duration in milliseconds over whole seconds), and
/// among equals the longest.
pub(crate) fn wait_in(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
    let mut waits: Vec<(bool, Duration)> = Vec::new();
    if let Some(value) = text("retry-after") {
        match seconds(value) {
            Some(wait) => waits.push(wait),
            None => {
                if let Ok(date) = httpdate::parse_http_date(value) {
                    waits.push((false, date.duration_since(now).unwrap_or_default()));
                }
            }
        }
    }
    waits.extend(text("x-ratelimit-reset-after").and_then(seconds));
    if let Some((precise, reset)) = text("x-ratelimit-reset").and_then(seconds) {
        let at = reset_time(reset, now);
        waits.push((precise, at.duration_since(now).unwrap_or_default()));
    }
    for name in ["x-ratelimit-reset-requests", "x-ratelimit-reset-tokens"] {
        waits.extend(text(name).and_then(go_duration).map(|wait| (true, wait)));
    }
    let precise = waits.iter().any(|(precise, _)| *precise);
    waits.into_iter().filter(|(p, _)| *p == precise).map(|(_, wait)| wait.min(FAR_FUTURE)).max()
}

/// A number of seconds, whole or fractional (`2`, `1.050`), and whether it is
/// finer than a second; `None` for anything else (negative, not finite). Not
/// capped: a Unix time is a number of seconds too.
fn seconds(value: &str) -> Option<(bool, Duration)> {
    if let Ok(whole) = value.parse::<u64>() {
        return Some((false, Duration::from_secs(whole)));
    }
    if value.len() > 32 || !value.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let number: f64 = value.parse().ok()?;
    // To the millisecond: a Unix time as an `f64` is off in its last digits. The
    // cast saturates, so a number past the clock is the furthest time.
    Some((true, Duration::from_millis((number * 1000.0).round() as u64)))
}

/// A duration as Go writes it (`6m0s`, `1.5s`, `20ms`, `1h2m3.5s`), as OpenAI's
/// `x-ratelimit-reset-*` headers send it.
fn go_duration(value: &str) -> Option<Duration> {
    if value.is_empty() || value.len() > 64 {
        return None;
    }
    let mut total = Duration::ZERO;
    let mut rest = value;
    while !rest.is_empty() {
        let number_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let (number, after) = rest.split_at(number_len);
        let number: f64 = number.parse().ok()?;
        let unit_len = after.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(after.len());
        let (unit, next) = after.split_at(unit_len);
        let scale = match unit {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 1e-3,
            "us" | "µs" => 1e-6,
            "ns" => 1e-9,
            _ => return None,
        };
        let part = Duration::try_from_secs_f64(number * scale).unwrap_or(FAR_FUTURE);
        total = total.saturating_add(part);
        rest = next;
    }
    Some(total.min(FAR_FUTURE))
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

/// When a reset happens: `reset` is a Unix time, or, below
/// [`RESET_IS_A_DELAY_BELOW`] seconds, a delay from now.
fn reset_time(reset: Duration, now: SystemTime) -> SystemTime {
    let far = seconds_from(now, u64::MAX);
    if reset.as_secs() < RESET_IS_A_DELAY_BELOW {
        return now.checked_add(reset).map_or(far, |at| at.min(far));
    }
    UNIX_EPOCH.checked_add(reset).map_or(far, |at| at.min(far))
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
        let text = |name: &str| headers.get(name)?.to_str().ok().map(str::trim);
        let number = |name: &str| text(name)?.parse::<u64>().ok();
        let limit = RateLimit {
            limit: number("x-ratelimit-limit"),
            remaining: number("x-ratelimit-remaining"),
            reset: text("x-ratelimit-reset")
                .and_then(seconds)
                .map(|(_, reset)| reset_time(reset, SystemTime::now())),
        };
        (limit != RateLimit { limit: None, remaining: None, reset: None }).then_some(limit)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn answer(status: StatusCode, headers: &HeaderMap) -> http::Response<Bytes> {
        let mut answer = http::Response::new(Bytes::new());
        *answer.status_mut() = status;
        *answer.headers_mut() = headers.clone();
        answer
    }

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
            policy.after_status(1, &answer(StatusCode::TOO_MANY_REQUESTS, &huge), true),
            Decision::GiveUp
        );
    }

    #[test]
    fn a_wait_in_the_past_is_at_least_the_backoff() {
        let policy = RetryPolicy::new().backoff(Duration::from_millis(400), Duration::from_secs(1));
        let past = headers(&[("retry-after", "Tue, 25 Nov 2025 04:00:10 GMT")]);
        for _ in 0..20 {
            match policy.after_status(1, &answer(StatusCode::SERVICE_UNAVAILABLE, &past), false) {
                Decision::RetryAfter(wait) => {
                    assert!(wait >= Duration::from_millis(200), "{wait:?}")
                }
                Decision::GiveUp => panic!("a 503 is retried"),
            }
        }
    }

    /// Every header a server may say its wait in, alone and together: the
    /// most precise wins, and among equals the longest.
    #[test]
    fn what_the_headers_ask_to_wait() {
        let now = UNIX_EPOCH + Duration::from_secs(1_733_212_344);
        let ms = Duration::from_millis;
        #[rustfmt::skip]
        type Row = (&'static [(&'static str, &'static str)], Option<Duration>);
        let table: Vec<Row> = vec![
            (&[("retry-after", "2")], Some(ms(2000))),
            (&[("retry-after", "0.5")], Some(ms(500))),
            (&[("x-ratelimit-reset-after", "1.050")], Some(ms(1050))),
            // Discord: `Retry-After` rounded up, `reset-after` to the millisecond.
            (&[("retry-after", "2"), ("x-ratelimit-reset-after", "1.050")], Some(ms(1050))),
            // A fractional Unix time (0.8 s from now), and a whole one.
            (&[("x-ratelimit-reset", "1733212344.8")], Some(ms(800))),
            (&[("x-ratelimit-reset", "1733212346")], Some(ms(2000))),
            // Seconds from now, as some APIs send it.
            (&[("x-ratelimit-reset", "30")], Some(ms(30_000))),
            // OpenAI: Go durations; the longer of the two resets.
            (&[("x-ratelimit-reset-requests", "6m0s")], Some(ms(360_000))),
            (
                &[("x-ratelimit-reset-requests", "20ms"), ("x-ratelimit-reset-tokens", "1.5s")],
                Some(ms(1500)),
            ),
            (&[("x-ratelimit-reset-tokens", "1h2m3.5s")], Some(ms(3_723_500))),
            (&[("retry-after", "-1")], None),
            (&[("retry-after", "NaN")], None),
            (&[("x-ratelimit-reset-requests", "6 minutes")], None),
            (&[("x-ratelimit-reset-after", "1e400")], None),
            (&[], None),
        ];
        for (pairs, expected) in table {
            assert_eq!(wait_in(&headers(pairs), now), expected, "{pairs:?}");
        }
    }

    #[test]
    fn which_answers_are_retried() {
        let policy = RetryPolicy::new();
        let none = HeaderMap::new();
        let retried = |status: u16, idempotent| {
            let status = StatusCode::from_u16(status).unwrap();
            matches!(
                policy.after_status(1, &answer(status, &none), idempotent),
                Decision::RetryAfter(_)
            )
        };
        assert!(retried(429, false) && retried(503, false));
        assert!(retried(502, true) && !retried(502, false));
        assert!(retried(504, true) && !retried(504, false));
        assert!(!retried(500, true) && !retried(404, true));
        assert_eq!(
            policy.after_status(3, &answer(StatusCode::TOO_MANY_REQUESTS, &none), true),
            Decision::GiveUp
        );
    }

    #[test]
    fn a_wait_beyond_the_maximum_is_not_slept() {
        let policy = RetryPolicy::new().max_wait(Duration::from_secs(5));
        let long = headers(&[("retry-after", "3600")]);
        assert_eq!(
            policy.after_status(1, &answer(StatusCode::TOO_MANY_REQUESTS, &long), true),
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
                let _ = RetryPolicy::new().after_status(attempt, &answer(status, &map), idempotent);
            }
        }
    }
}
