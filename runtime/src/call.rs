//! One call: the attempts of a prepared request, the retry policy between them,
//! and the outcome, decoded into the endpoint's type last. Both clients run it.

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::{HeaderMap, HeaderValue};
use tokio::time::Instant;

use crate::auth::{Fetch, TokenSource};
use crate::body::Body;
use crate::config::{CallOptions, Settings};
use crate::endpoint::{Endpoint, ResponseFormat as _};
use crate::error::{Error, keep_answer};
use crate::exchange::{Answer, Exchange, Failure};
use crate::facts::{Facts, SuccessBody};
use crate::hooks::{Call, Hooks, next_call_id};
use crate::request::PreparedRequest;
use crate::retry::{Decision, RetryPolicy};
use crate::trace::Trace;
use crate::transport::Transport;

/// A call under way, type-erased: every endpoint's `send` holds this one small
/// box, so that the code of the call (its state, its drop) is generated once, not
/// again in each endpoint's future.
pub(crate) type Running<'a> = Pin<Box<dyn Future<Output = Result<Success, Error>> + Send + 'a>>;

/// A call as the future of `send` or `stream` holds it: under way, or never
/// started because the request could not be built (its error, until taken).
pub(crate) enum Started<'a> {
    Running(Running<'a>),
    Failed(Option<Error>),
}

impl<'a> Started<'a> {
    #[inline]
    pub(crate) fn new(call: Result<Running<'a>, Error>) -> Self {
        match call {
            Ok(call) => Started::Running(call),
            Err(error) => Started::Failed(Some(error)),
        }
    }

    #[inline]
    pub(crate) fn poll(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<Success, Error>> {
        match self {
            Started::Running(call) => call.as_mut().poll(cx),
            // Polled again after it was ready: no second answer will come.
            Started::Failed(error) => {
                error.take().map_or(std::task::Poll::Pending, |e| std::task::Poll::Ready(Err(e)))
            }
        }
    }
}

/// Starts sending `prepared`; see [`run`].
pub(crate) fn start<'a>(
    transport: &'a dyn Transport,
    settings: &'a Settings,
    options: Option<Box<CallOptions>>,
    prepared: PreparedRequest,
    facts: Facts,
) -> Running<'a> {
    // The call's parts are held here once, in one value; `run` borrows them. The
    // options are boxed: most calls have none.
    let parts = Parts { transport, settings, options, prepared, facts };
    Box::pin(async move { run(&parts).await })
}

/// What a call is made of: one value, for the futures that run it to borrow.
pub(crate) struct Parts<'a> {
    pub(crate) transport: &'a dyn Transport,
    pub(crate) settings: &'a Settings,
    pub(crate) options: Option<Box<CallOptions>>,
    pub(crate) prepared: PreparedRequest,
    pub(crate) facts: Facts,
}

/// Sends the request until it succeeds or the retry policy gives up. It does
/// not depend on the endpoint's type, so one copy serves every endpoint.
pub(crate) async fn run(parts: &Parts<'_>) -> Result<Success, Error> {
    let trace = Trace::start(&parts.facts.route);
    #[cfg(feature = "tracing")]
    let outcome = {
        // Boxed: a span to enter is a choice, kept out of every other call's state.
        let traced = trace
            .span()
            .map(|span| Box::pin(tracing::Instrument::instrument(attempts(parts, &trace), span)));
        match traced {
            Some(traced) => traced.await,
            None => attempts(parts, &trace).await,
        }
    };
    #[cfg(not(feature = "tracing"))]
    let outcome = attempts(parts, &trace).await;
    trace.finish(if outcome.is_ok() { "ok" } else { "error" });
    outcome
}

// A plain function returning a block, not an `async fn`, which would keep each
// parameter twice in the call's state.
#[expect(clippy::manual_async_fn, reason = "an `async fn` keeps its parameters twice")]
fn attempts<'a>(
    parts: &'a Parts<'a>,
    trace: &'a Trace,
) -> impl Future<Output = Result<Success, Error>> + Send + 'a {
    async move {
        // Read through `parts` rather than copied out of it: each copy would be one
        // more field of the call's state.
        let policy = parts.settings.for_call(parts.options.as_deref()).1;
        let within_origin;
        let (hooks, redirects) = if parts.facts.token_request {
            within_origin = parts.settings.redirects.within_origin();
            (Hooks::none(), &within_origin)
        } else {
            (&parts.settings.hooks, &parts.settings.redirects)
        };
        let exchange = Exchange {
            transport: parts.transport,
            settings: parts.settings,
            options: parts.options.as_deref(),
            redirects,
            hooks,
            success_body: parts.facts.success_body,
        };
        let started = (!hooks.is_empty()).then(Instant::now);
        let mut call =
            Call { facts: &parts.facts, id: next_call_id(), attempt: 0, budget_wait: 0, started };
        exchange.hooks.on_call(&call);
        // Credentials that renew themselves: a token for each attempt, taken after
        // its waits (its turn in the budget, a retry's), and a new one, once, after a
        // `401` to it.
        let tokens = parts.settings.auth.as_deref().filter(|_| parts.facts.authenticated);
        let mut authorization: Option<HeaderValue> = None;
        // Whether a `401` refused the token held: the next attempt's is a new one.
        let (mut refused, mut renewed) = (false, false);
        loop {
            call.attempt = call.attempt.saturating_add(1);
            trace.attempt(call.attempt);
            // Its turn in the rate budget, within the call's timeout (what is left of
            // it is the attempt's), then its token: `None` if the turn did not come.
            let timeout = match (&parts.settings.budget, tokens) {
                (None, None) => Some(exchange.limits().timeout),
                _ => {
                    let timeout = exchange.limits().timeout;
                    let waited = &mut call.budget_wait;
                    before_attempt(parts, tokens, timeout, &mut authorization, refused, waited)
                        .await?
                }
            };
            refused = false;
            // The outcome lives in this block only: the waits after it (for a new
            // token, before a retry) do not keep it in the call's state.
            let wait = {
                let authorization = authorization.as_ref();
                let outcome = match timeout {
                    None => Err(timed_out(exchange.limits().timeout)),
                    Some(None) => exchange.attempt(&parts.prepared, &call, authorization).await,
                    Some(Some(limit)) => {
                        exchange.attempt_within(limit, &parts.prepared, &call, authorization).await
                    }
                };
                // What the server said of the budget: every call holds.
                if let (Ok(answer), Some(budget)) = (&outcome, &parts.settings.budget) {
                    budget.heard(&answer.response);
                }
                let refused = matches!(&outcome, Ok(answer) if answer.status() == http::StatusCode::UNAUTHORIZED);
                if refused && tokens.is_some() && !renewed {
                    None
                } else {
                    match &outcome {
                        Ok(answer) => trace.status(answer.status()),
                        Err(Failure::TooLarge(answer, _)) => trace.status(answer.status()),
                        Err(Failure::Transport(_) | Failure::Hook(_) | Failure::Request(_)) => {}
                    }
                    match next_step(policy, &parts.facts, call.attempt, outcome) {
                        Next::Retry(wait) => Some(wait),
                        Next::Done(outcome) => {
                            exchange.hooks.on_call_end(
                                &call,
                                outcome.as_ref().map(|success| &success.answer),
                            );
                            return outcome;
                        }
                    }
                }
            };
            match (wait, tokens) {
                // The token is taken after the wait, never before it: one that
                // expired while the call waited is renewed, not sent.
                (Some(wait), _) => {
                    trace.retrying(wait);
                    tokio::time::sleep(wait).await;
                }
                // A `401` to a renewing token: a new one, once, and the attempt again.
                (None, Some(_)) => (renewed, refused) = (true, true),
                (None, None) => {}
            }
        }
    }
}

/// Ready for an attempt: its timeout (`Some(None)` for none), or `None` if its
/// turn in the budget did not come within the call's timeout.
type Ready = Option<Option<Duration>>;

/// What comes before an attempt: its turn in the client's rate budget, within
/// the call's `timeout` (already read for the call), the time it took added to
/// `waited` (microseconds), then its token (a new one if the last was `refused`).
/// The attempt's timeout, what is left of the call's; `None` if the turn did
/// not come within it. Boxed: calls without a budget or credentials do not
/// carry its state.
fn before_attempt<'a>(
    parts: &'a Parts<'_>,
    tokens: Option<&'a TokenSource>,
    mut timeout: Option<Duration>,
    authorization: &'a mut Option<HeaderValue>,
    refused: bool,
    waited: &'a mut u32,
) -> Pin<Box<dyn Future<Output = Result<Ready, Error>> + Send + 'a>> {
    Box::pin(async move {
        if let Some(budget) =
            parts.settings.budget.as_deref().filter(|_| !parts.facts.token_request)
        {
            let started = Instant::now();
            let came = match timeout {
                None => {
                    budget.turn().await;
                    true
                }
                Some(limit) => tokio::time::timeout(limit, budget.turn()).await.is_ok(),
            };
            let took = started.elapsed();
            let micros = u32::try_from(took.as_micros()).unwrap_or(u32::MAX);
            *waited = waited.saturating_add(micros);
            if !came {
                return Ok(None);
            }
            timeout = timeout.map(|limit| limit.saturating_sub(took));
        }
        if let Some(tokens) = tokens {
            let held = if refused { authorization.as_ref() } else { None };
            *authorization = Some(token(parts, tokens, held).await?);
        }
        Ok(Some(timeout))
    })
}

/// The failure of an attempt whose turn did not come within the call's timeout.
#[cold]
fn timed_out(limit: Option<Duration>) -> Failure {
    crate::error::TransportError::timed_out(limit.unwrap_or_default()).into()
}

/// A token from `tokens` (a new one if `refused` is the one they hold), fetched
/// through the call's transport. Boxed: the fetch is a call of its own, kept out
/// of the state of calls without credentials.
fn token<'a>(
    parts: &'a Parts<'_>,
    tokens: &'a TokenSource,
    refused: Option<&'a HeaderValue>,
) -> Pin<Box<dyn Future<Output = Result<HeaderValue, Error>> + Send + 'a>> {
    let fetch = TokenFetch { transport: parts.transport, settings: parts.settings };
    Box::pin(async move {
        tokens.header(fetch, refused).await.map_err(|source| Error::Auth {
            route: parts.facts.route.clone(),
            source: Box::new(source),
        })
    })
}

/// Fetches tokens through the client's own transport and limits, as a call of
/// its own (retried like any idempotent call), with none of the client's
/// credentials.
struct TokenFetch<'a> {
    transport: &'a dyn Transport,
    settings: &'a Settings,
}

impl Fetch for TokenFetch<'_> {
    fn fetch(
        &self,
        url: &str,
        form: Body,
    ) -> impl Future<Output = Result<http::Response<Bytes>, Error>> + Send {
        let route = crate::auth::token_route();
        let prepared = PreparedRequest::new(
            http::Method::POST,
            url.to_owned(),
            HeaderMap::new(),
            Some(form),
            false,
        );
        let facts = Facts {
            type_name: "ClientCredentials",
            route: route.clone(),
            idempotent: true,
            authenticated: false,
            success_body: SuccessBody::Keep,
            accepts_not_modified: false,
            decode_error: |_, _| None,
            succeeded: |_| true,
            token_request: true,
        };
        let (transport, settings) = (self.transport, self.settings);
        async move {
            let prepared = prepared.map_err(|source| Error::Request { route, source })?;
            let parts = Parts { transport, settings, options: None, prepared, facts };
            // Boxed: a call that fetches a token is inside a call.
            let success = Box::pin(run(&parts)).await?;
            Ok(success.answer)
        }
    }
}

/// A `2xx` answer and how many attempts it took.
pub(crate) struct Success {
    pub(crate) answer: http::Response<Bytes>,
    pub(crate) attempts: u32,
    /// The body still to read, for a call that streams it.
    pub(crate) unread: Option<Box<crate::transport::read::BodyReader>>,
}

impl Success {
    /// Decodes the body into the endpoint's response type: the only step of an
    /// answer that depends on it.
    pub(crate) fn decode<E: Endpoint>(self) -> Result<http::Response<E::Response>, Error> {
        let Success { answer, attempts, .. } = self;
        match E::Format::decode_answer(&answer) {
            Ok(value) => Ok(answer.map(|_| value)),
            Err(source) => Err(Error::Decode {
                route: E::route(),
                attempts,
                response: keep_answer(answer),
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
    outcome: Result<Answer, Failure>,
) -> Next {
    // A `2xx` that fails the endpoint's check is a failure, and not one to retry.
    let not_modified = |status: http::StatusCode| {
        status == http::StatusCode::NOT_MODIFIED && facts.accepts_not_modified
    };
    let success = matches!(&outcome, Ok(Answer { response, .. })
        if (response.status().is_success() && (facts.succeeded)(response)) || not_modified(response.status()));
    let decision = match &outcome {
        Ok(answer) if answer.status().is_success() || success => Decision::GiveUp,
        Ok(Answer { response, .. }) => policy.after_status(attempt, response, facts.idempotent),
        Err(Failure::Transport(error)) => {
            policy.after_transport_error(attempt, error.is_connect(), facts.idempotent)
        }
        Err(Failure::TooLarge(..) | Failure::Hook(_) | Failure::Request(_)) => Decision::GiveUp,
    };
    if let Decision::RetryAfter(wait) = decision {
        return Next::Retry(wait);
    }
    let route = facts.route.clone();
    let attempts = attempt;
    Next::Done(match outcome {
        Ok(Answer { response, unread }) if success => {
            Ok(Success { answer: response, attempts, unread })
        }
        Ok(Answer { response: answer, .. }) => {
            // Said only where a retry could have helped: a `404` with rate-limit
            // headers has nothing to wait for.
            let retry_at = RetryPolicy::retryable(answer.status(), facts.idempotent)
                .then(|| policy.asked_wait(&answer))
                .flatten()
                .and_then(|wait| SystemTime::now().checked_add(wait));
            let api_error = (facts.decode_error)(answer.status(), answer.body());
            Err(Error::Status {
                route,
                attempts,
                response: keep_answer(answer),
                retry_at,
                api_error,
            })
        }
        Err(Failure::Transport(source)) => Err(Error::Transport { route, attempts, source }),
        Err(Failure::TooLarge(answer, limit)) => {
            Err(Error::TooLarge { route, attempts, limit, response: keep_answer(*answer) })
        }
        // This attempt sent nothing.
        Err(Failure::Hook(source)) => {
            Err(Error::Hook { route, attempts: attempts.saturating_sub(1), source })
        }
        Err(Failure::Request(source)) => Err(Error::Request { route, source }),
    })
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use http::{HeaderMap, Method, StatusCode};

    use super::*;
    use crate::error::{Route, TransportError};

    fn facts(idempotent: bool) -> Facts {
        Facts {
            type_name: "Test",
            route: Route { method: Method::GET, template: "/t" },
            idempotent,
            authenticated: true,
            success_body: SuccessBody::Keep,
            accepts_not_modified: false,
            decode_error: |_, _| None,
            succeeded: |_| true,
            token_request: false,
        }
    }

    fn answer(status: u16, headers: &[(&'static str, &str)]) -> Result<Answer, Failure> {
        let mut response = http::Response::new(Bytes::from_static(b"{}"));
        *response.status_mut() = StatusCode::from_u16(status).unwrap();
        for (name, value) in headers {
            response.headers_mut().insert(*name, value.parse().unwrap());
        }
        Ok(Answer { response, unread: None })
    }

    /// What `next_step` decided, in a word, and the wait if it retries.
    fn step(
        policy: &RetryPolicy,
        facts: &Facts,
        attempt: u32,
        outcome: Result<Answer, Failure>,
    ) -> (&'static str, Option<Duration>) {
        match next_step(policy, facts, attempt, outcome) {
            Next::Retry(wait) => ("retry", Some(wait)),
            Next::Done(Ok(_)) => ("ok", None),
            Next::Done(Err(Error::Status { .. })) => ("status", None),
            Next::Done(Err(Error::Transport { .. })) => ("transport", None),
            Next::Done(Err(Error::TooLarge { .. })) => ("too large", None),
            Next::Done(Err(Error::Hook { .. })) => ("hook", None),
            Next::Done(Err(Error::Request { .. })) => ("request", None),
            Next::Done(Err(other)) => panic!("{other:?}"),
        }
    }

    #[test]
    fn what_follows_an_attempt() {
        // A fixed backoff of 100 ms, jittered to 50..=100 ms.
        let policy =
            RetryPolicy::new().backoff(Duration::from_millis(100), Duration::from_millis(100));
        let connect = || Err(Failure::Transport(TransportError::connect("refused")));
        let reset = || Err(Failure::Transport(TransportError::other("reset")));
        let too_large = || Err(Failure::TooLarge(Box::new(http::Response::new(Bytes::new())), 1));
        #[rustfmt::skip]
        type Row = (&'static str, bool, u32, Result<Answer, Failure>, &'static str);
        let table: Vec<Row> = vec![
            // what,                        idempotent, attempt, outcome,        decision
            ("a 2xx", true, 1, answer(200, &[]), "ok"),
            ("a 404", true, 1, answer(404, &[]), "status"),
            ("a 429", false, 1, answer(429, &[]), "retry"),
            ("a 429 on the last attempt", true, 3, answer(429, &[]), "status"),
            ("a 503 to a POST", false, 2, answer(503, &[]), "retry"),
            ("a 502 to a POST", false, 1, answer(502, &[]), "status"),
            ("a 502 to a GET", true, 1, answer(502, &[]), "retry"),
            (
                "a 429 asking for an hour",
                true,
                1,
                answer(429, &[("retry-after", "3600")]),
                "status",
            ),
            ("a refused connection, POST", false, 1, connect(), "retry"),
            ("a reset connection, POST", false, 1, reset(), "transport"),
            ("a reset connection, GET", true, 1, reset(), "retry"),
            ("a reset, the last attempt", true, 3, reset(), "transport"),
            ("an answer over the cap", true, 1, too_large(), "too large"),
            ("a hook's refusal", true, 1, Err(Failure::Hook("no".into())), "hook"),
            ("a 304 not asked for", true, 1, answer(304, &[]), "status"),
        ];
        for (what, idempotent, attempt, outcome, expected) in table {
            let (decision, wait) = step(&policy, &facts(idempotent), attempt, outcome);
            assert_eq!(decision, expected, "{what}");
            if let Some(wait) = wait {
                let range = Duration::from_millis(50)..=Duration::from_millis(100);
                assert!(range.contains(&wait), "{what}: {wait:?}");
            }
        }

        // A `Retry-After` within the policy's longest wait is the wait.
        let (decision, wait) = step(&policy, &facts(true), 1, answer(503, &[("retry-after", "7")]));
        assert_eq!((decision, wait), ("retry", Some(Duration::from_secs(7))));
        // A `304` is a success where the endpoint takes one, and a check decides a 2xx.
        let conditional = Facts { accepts_not_modified: true, ..facts(true) };
        assert_eq!(step(&policy, &conditional, 1, answer(304, &[])).0, "ok");
        let checked = Facts { succeeded: |answer| answer.body().len() > 2, ..facts(true) };
        assert_eq!(step(&policy, &checked, 1, answer(200, &[])).0, "status");
        // No retry at all with `RetryPolicy::none`.
        assert_eq!(step(&RetryPolicy::none(), &facts(true), 1, answer(429, &[])).0, "status");
    }

    /// The state of a call under way, one allocation: held within glibc's
    /// thread cache (1,032 bytes at most), so that a call costs no trip to the
    /// allocator's slower bins. `BENCHMARKS.md` tells what it was and why it
    /// matters at 64 calls in flight.
    #[test]
    fn the_state_of_a_call_stays_small() {
        let client = crate::Client::new("http://127.0.0.1:1").unwrap();
        let prepared = PreparedRequest::new(
            Method::POST,
            "http://127.0.0.1:1/x".into(),
            HeaderMap::new(),
            None,
            true,
        )
        .unwrap();
        let running = client.start(prepared, facts(false));
        let size = std::mem::size_of_val(&*running);
        // The same with every feature (`tracing`'s span is boxed, entered only
        // when a subscriber wants it), in debug and release builds.
        assert!(size <= 1024, "the call's future is {size} bytes");
    }
}
