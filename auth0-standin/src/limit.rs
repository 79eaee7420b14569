//! A tenant-wide rate limit, as Auth0's Management API has one: a bucket of
//! `limit` calls refilled at `limit` a second, every answer carrying
//! `x-ratelimit-limit`, `-remaining` and `-reset` (Unix seconds when the bucket
//! is full again), and a `429` with them once it is empty.

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;

/// The bucket, and how many calls it refused.
#[derive(Debug)]
pub struct Limit {
    limit: u32,
    bucket: Mutex<(f64, Instant)>,
    refused: Mutex<usize>,
}

impl Limit {
    pub fn new(limit: u32) -> Self {
        let limit = limit.max(1);
        Limit {
            limit,
            bucket: Mutex::new((f64::from(limit), Instant::now())),
            refused: Mutex::default(),
        }
    }

    /// Takes one call from the bucket: the headers to answer with, and whether
    /// it was refused.
    pub fn take(&self) -> (bool, [(&'static str, HeaderValue); 3]) {
        let mut bucket = self.bucket.lock().unwrap_or_else(PoisonError::into_inner);
        let (tokens, at) = &mut *bucket;
        let now = Instant::now();
        let limit = f64::from(self.limit);
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * limit).min(limit);
        *at = now;
        let allowed = *tokens >= 1.0;
        if allowed {
            *tokens -= 1.0;
        } else {
            *self.refused.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        }
        let full_in = Duration::from_secs_f64((limit - *tokens) / limit);
        let reset = (SystemTime::now() + full_in).duration_since(UNIX_EPOCH).unwrap_or_default();
        let number = |n: u64| HeaderValue::from(n);
        let headers = [
            ("x-ratelimit-limit", number(u64::from(self.limit))),
            ("x-ratelimit-remaining", number(tokens.floor() as u64)),
            ("x-ratelimit-reset", number(reset.as_secs() + u64::from(reset.subsec_nanos() > 0))),
        ];
        (!allowed, headers)
    }

    /// How many calls were answered `429`.
    pub fn refused(&self) -> usize {
        *self.refused.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// `response` with the bucket's headers, over the fixed ones.
pub fn with_headers(mut response: Response, headers: [(&'static str, HeaderValue); 3]) -> Response {
    for (name, value) in headers {
        response.headers_mut().insert(name, value);
    }
    response
}

/// Auth0's `429` of a spent tenant limit.
pub fn refused() -> Response {
    crate::error::scripted(StatusCode::TOO_MANY_REQUESTS)
}
