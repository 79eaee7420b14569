//! `users_by_email`: 1 endpoint.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Search Users by Email
///
/// `GET /users-by-email` (`get_users-by-email`).
#[endpoint(
    GET,
    "/users-by-email",
    response = Vec<GetUsers200ResponseOneOfInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetUsersByEmail {
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false). Defaults to true.
    #[query]
    pub include_fields: Option<bool>,
    /// Email address to search for (case-sensitive).
    #[query]
    pub email: String,
}
