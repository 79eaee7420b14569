//! `refresh_tokens`: 2 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get a refresh token
///
/// `GET /refresh-tokens/{id}` (`get_refresh_token`).
#[endpoint(
    GET,
    "/refresh-tokens/<id>",
    response = GetRefreshToken200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetRefreshToken {
    /// ID refresh token to retrieve
    pub id: String,
}

/// Delete a refresh tokens
///
/// `DELETE /refresh-tokens/{id}` (`delete_refresh_token`).
#[endpoint(DELETE, "/refresh-tokens/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteRefreshToken {
    /// ID of the refresh token to delete.
    pub id: String,
}
