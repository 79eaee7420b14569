//! Auth0's error answers.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::tenant::{Tenant, TokenState};

/// An answer in the shape of Auth0's errors.
pub struct ApiError {
    status: StatusCode,
    message: String,
    error_code: &'static str,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>, error_code: &'static str) -> Self {
        ApiError { status, message: message.into(), error_code }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message, "invalid_body")
    }

    pub fn no_user() -> Self {
        ApiError::new(StatusCode::NOT_FOUND, "The user does not exist.", "inexistent_user")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({
            "statusCode": self.status.as_u16(),
            "error": self.status.canonical_reason().unwrap_or_default(),
            "message": self.message,
            "errorCode": self.error_code,
        });
        with_rate_limit((self.status, axum::Json(body)).into_response())
    }
}

/// The error Auth0 answers with `status`: its body, and for `429` the
/// `Retry-After` and an exhausted `x-ratelimit-remaining`.
pub fn scripted(status: StatusCode) -> Response {
    let (message, error_code) = match status.as_u16() {
        429 => ("Global limit has been reached", "too_many_requests"),
        401 => ("Invalid token", "invalid_token"),
        403 => ("Insufficient scope", "insufficient_scope"),
        404 => ("The user does not exist.", "inexistent_user"),
        _ => ("The request failed", "server_error"),
    };
    let mut response = ApiError::new(status, message, error_code).into_response();
    if status == StatusCode::TOO_MANY_REQUESTS {
        let headers = response.headers_mut();
        headers.insert("retry-after", HeaderValue::from_static("1"));
        headers.insert("x-ratelimit-remaining", HeaderValue::from_static("0"));
    }
    response
}

/// Auth0 answers every Management API call with its rate-limit headers.
pub fn with_rate_limit(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert("x-ratelimit-limit", HeaderValue::from_static("50"));
    headers.insert("x-ratelimit-remaining", HeaderValue::from_static("49"));
    headers.insert("x-ratelimit-reset", HeaderValue::from_static("1764043200"));
    response
}

/// A JSON answer with the rate-limit headers.
pub fn json(status: StatusCode, body: serde_json::Value) -> Response {
    with_rate_limit((status, axum::Json(body)).into_response())
}

pub fn authorize(tenant: &Tenant, headers: &HeaderMap) -> Result<(), ApiError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    match token {
        None => {
            Err(ApiError::new(StatusCode::UNAUTHORIZED, "Missing authentication", "missing_token"))
        }
        Some(token) => match tenant.token_state(token) {
            TokenState::Valid => Ok(()),
            TokenState::Expired => Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                "Expired token received for JSON Web Token validation",
                "invalid_token",
            )),
            TokenState::Invalid => {
                Err(ApiError::new(StatusCode::UNAUTHORIZED, "Invalid token", "invalid_token"))
            }
        },
    }
}
