//! One `tracing` span per `send`, with the method, the path *template* (never the
//! values), the attempt, the status and the elapsed time. Without the `tracing`
//! feature, nothing.

/// The call's span and when it started; nothing (and no allocation) when no
/// subscriber listens, so that the state of a call is the same size either way.
#[cfg(feature = "tracing")]
pub(crate) struct Trace(Option<Box<(tracing::Span, std::time::Instant)>>);

#[cfg(feature = "tracing")]
impl Trace {
    pub(crate) fn start(route: &crate::Route) -> Self {
        let span = tracing::info_span!(
            "restpoint.send",
            method = %route.method,
            path = route.template,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        Trace((!span.is_disabled()).then(|| Box::new((span, std::time::Instant::now()))))
    }

    /// The span, to instrument the call with; `None` if no subscriber listens.
    pub(crate) fn span(&self) -> Option<tracing::Span> {
        self.0.as_ref().map(|trace| trace.0.clone())
    }

    pub(crate) fn attempt(&self, attempt: u32) {
        if let Some(trace) = &self.0 {
            trace.0.record("attempt", attempt);
        }
    }

    pub(crate) fn status(&self, status: http::StatusCode) {
        if let Some(trace) = &self.0 {
            trace.0.record("status", status.as_u16());
        }
    }

    pub(crate) fn retrying(&self, wait: std::time::Duration) {
        if let Some(trace) = &self.0 {
            let _entered = trace.0.enter();
            tracing::info!(wait_ms = wait.as_millis() as u64, "retrying");
        }
    }

    pub(crate) fn finish(&self, outcome: &str) {
        if let Some(trace) = &self.0 {
            trace.0.record("elapsed_ms", trace.1.elapsed().as_millis() as u64);
            let _entered = trace.0.enter();
            tracing::info!(outcome, "done");
        }
    }
}

#[cfg(not(feature = "tracing"))]
pub(crate) struct Trace;

#[cfg(not(feature = "tracing"))]
impl Trace {
    pub(crate) fn start(_: &crate::Route) -> Self {
        Trace
    }
    pub(crate) fn attempt(&self, _: u32) {}
    pub(crate) fn status(&self, _: http::StatusCode) {}
    pub(crate) fn retrying(&self, _: std::time::Duration) {}
    pub(crate) fn finish(&self, _: &str) {}
}
