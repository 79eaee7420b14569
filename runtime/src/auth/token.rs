//! A token held: what renewing credentials send, and until when.

use http::HeaderValue;
use tokio::time::Instant;

/// A token and when to stop using it.
#[derive(Clone)]
pub(super) struct Token {
    /// `Bearer <token>`, sensitive.
    pub(super) header: HeaderValue,
    pub(super) renew_at: Instant,
}
