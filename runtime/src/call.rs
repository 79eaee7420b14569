//! One call: the attempts of a prepared request, the retry policy between them,
//! and the outcome, decoded into the endpoint's type last. Both clients run it.

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::HeaderMap;
use tokio::time::Instant;

use crate::auth::Fetch;
use crate::body::Body;
use crate::config::{CallOptions, Settings};
use crate::endpoint::{Endpoint, ResponseFormat as _};
use crate::error::{Error, keep_answer};
use crate::exchange::{Answer, Exchange, Failure};
use crate::facts::{Facts, SuccessBody};
use crate::hooks::{Call, Hooks, next_call_id};
use crate::request::PreparedRequest;
use crate::retry::{self, Decision, RetryPolicy};
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
    options: Option<CallOptions>,
    prepared: PreparedRequest,
    facts: Facts,
) -> Running<'a> {
    // The request, the options and the facts are held here once; `run` borrows them.
    Box::pin(async move { run(transport, settings, options.as_ref(), &prepared, &facts).await })
}

/// Sends `prepared` until it succeeds or the retry policy gives up. It does not
/// depend on the endpoint's type, so one copy serves every endpoint.
pub(crate) async fn run(
    transport: &dyn Transport,
    settings: &Settings,
    options: Option<&CallOptions>,
    prepared: &PreparedRequest,
    facts: &Facts,
) -> Result<Success, Error> {
    let trace = Trace::start(&facts.route);
    #[cfg(feature = "tracing")]
    let outcome = if trace.is_enabled() {
        let span = trace.span();
        let attempts = attempts(transport, settings, options, prepared, facts, &trace);
        tracing::Instrument::instrument(attempts, span).await
    } else {
        attempts(transport, settings, options, prepared, facts, &trace).await
    };
    #[cfg(not(feature = "tracing"))]
    let outcome = attempts(transport, settings, options, prepared, facts, &trace).await;
    trace.finish(if outcome.is_ok() { "ok" } else { "error" });
    outcome
}

async fn attempts(
    transport: &dyn Transport,
    settings: &Settings,
    options: Option<&CallOptions>,
    prepared: &PreparedRequest,
    facts: &Facts,
    trace: &Trace,
) -> Result<Success, Error> {
    let (limits, policy) = settings.for_call(options);
    let within_origin;
    let (hooks, redirects) = if facts.token_request {
        within_origin = settings.redirects.within_origin();
        (Hooks::none(), &within_origin)
    } else {
        (&settings.hooks, &settings.redirects)
    };
    let exchange = Exchange {
        transport,
        base: &settings.base,
        defaults: &settings.headers,
        extra_headers: options.and_then(CallOptions::headers),
        limits,
        redirects,
        hooks,
        success_body: facts.success_body,
    };
    let started = (!hooks.is_empty()).then(Instant::now);
    let mut call = Call { facts, id: next_call_id(), attempt: 0, started };
    hooks.on_call(&call);
    // Credentials that renew themselves: a token before the first attempt, and a
    // new one, once, after a `401` to it.
    let tokens = settings.auth.as_deref().filter(|_| facts.authenticated);
    let fetch = TokenFetch { transport, settings };
    let auth_failed = |source| Error::Auth { route: facts.route.clone(), source: Box::new(source) };
    // Boxed, as the renewal below: the token's fetch is a call of its own, kept
    // out of the state of calls without credentials.
    let mut authorization = match tokens {
        Some(tokens) => Some(Box::pin(tokens.header(&fetch, None)).await.map_err(auth_failed)?),
        None => None,
    };
    let mut renewed = false;
    loop {
        call.attempt = call.attempt.saturating_add(1);
        trace.attempt(call.attempt);
        let outcome = exchange.attempt(prepared, &call, authorization.as_ref()).await;
        if let (Some(tokens), Some(used), Ok(answer)) = (tokens, &authorization, &outcome) {
            if answer.status() == http::StatusCode::UNAUTHORIZED && !renewed {
                renewed = true;
                let renewed_token = Box::pin(tokens.header(&fetch, Some(used))).await;
                authorization = Some(renewed_token.map_err(auth_failed)?);
                continue;
            }
        }
        match &outcome {
            Ok(answer) => trace.status(answer.status()),
            Err(Failure::TooLarge(answer, _)) => trace.status(answer.status()),
            Err(Failure::Transport(_) | Failure::Hook(_) | Failure::Request(_)) => {}
        }
        match next_step(policy, facts, call.attempt, outcome) {
            Next::Retry(wait) => {
                trace.retrying(wait);
                tokio::time::sleep(wait).await;
            }
            Next::Done(outcome) => {
                hooks.on_call_end(&call, outcome.as_ref().map(|success| &success.answer));
                return outcome;
            }
        }
    }
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
            decode_error: |_| None,
            succeeded: |_| true,
            token_request: true,
        };
        let (transport, settings) = (self.transport, self.settings);
        async move {
            let prepared = prepared.map_err(|source| Error::Request { route, source })?;
            // Boxed: a call that fetches a token is inside a call.
            let success = Box::pin(run(transport, settings, None, &prepared, &facts)).await?;
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
        Ok(Answer { response, .. }) => {
            policy.after_status(attempt, response.status(), response.headers(), facts.idempotent)
        }
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
                .then(|| retry::retry_at(answer.headers(), SystemTime::now()))
                .flatten();
            let api_error = (facts.decode_error)(answer.body());
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
