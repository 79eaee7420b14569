//! One `tracing` span per `send`, with the method, the path *template* (never the
//! values), the attempt, the status and the elapsed time. Without the `tracing`
//! feature, nothing.

#[cfg(feature = "tracing")]
pub(crate) struct Trace {
    span: tracing::Span,
    start: std::time::Instant,
}

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
        Trace { span, start: std::time::Instant::now() }
    }

    pub(crate) fn span(&self) -> tracing::Span {
        self.span.clone()
    }

    /// Whether a subscriber listens; if not, the span is not entered at all.
    pub(crate) fn is_enabled(&self) -> bool {
        !self.span.is_disabled()
    }

    pub(crate) fn attempt(&self, attempt: u32) {
        self.span.record("attempt", attempt);
    }

    pub(crate) fn status(&self, status: http::StatusCode) {
        self.span.record("status", status.as_u16());
    }

    pub(crate) fn retrying(&self, wait: std::time::Duration) {
        let _entered = self.span.enter();
        tracing::info!(wait_ms = wait.as_millis() as u64, "retrying");
    }

    pub(crate) fn finish(&self, outcome: &str) {
        self.span.record("elapsed_ms", self.start.elapsed().as_millis() as u64);
        let _entered = self.span.enter();
        tracing::info!(outcome, "done");
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
