//! `sessions`: 2 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get session
///
/// `GET /sessions/{id}` (`get_session`).
#[endpoint(GET, "/sessions/<id>", response = GetSession200Response, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetSession {
    /// ID of session to retrieve
    pub id: String,
}

/// Delete session
///
/// `DELETE /sessions/{id}` (`delete_session`).
#[endpoint(DELETE, "/sessions/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteSession {
    /// ID of the session to delete.
    pub id: String,
}
