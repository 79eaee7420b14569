//! `grants`: 3 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get grants
///
/// `GET /grants` (`get_grants`).
#[endpoint(
    GET,
    "/grants",
    response = GetGrants200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetGrants {
    /// Number of results per page.
    #[query]
    pub per_page: Option<i64>,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// user_id of the grants to retrieve.
    #[query]
    pub user_id: Option<String>,
    /// client_id of the grants to retrieve.
    #[query]
    pub client_id: Option<String>,
    /// audience of the grants to retrieve.
    #[query]
    pub audience: Option<String>,
}

/// Delete a grant by user_id
///
/// `DELETE /grants` (`delete_grants_by_user_id`).
#[endpoint(DELETE, "/grants", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteGrantsByUserId {
    /// user_id of the grant to delete.
    #[query]
    pub user_id: String,
}

/// Delete a grant by id
///
/// `DELETE /grants/{id}` (`delete_grants_by_id`).
#[endpoint(DELETE, "/grants/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteGrantsById {
    /// ID of the grant to delete.
    pub id: String,
}
