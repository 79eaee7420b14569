//! `client_grants`: 4 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get client grants
///
/// `GET /client-grants` (`get_client-grants`).
#[endpoint(
    GET,
    "/client-grants",
    response = GetClientGrants200Response,
    error = ApiError,
    paginate = checkpoint(from = from, take = take, default_size = 50)
)]
#[derive(Debug, Clone, Default)]
pub struct GetClientGrants {
    /// Number of results per page.
    #[query]
    pub per_page: Option<i64>,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Optional Id from which to start selection.
    #[query]
    pub from: Option<String>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub take: Option<i64>,
    /// Optional filter on audience.
    #[query]
    pub audience: Option<String>,
    /// Optional filter on client_id.
    #[query]
    pub client_id: Option<String>,
    /// Optional filter on allow_any_organization.
    #[query]
    pub allow_any_organization: Option<bool>,
}

/// Create client grant
///
/// `POST /client-grants` (`post_client-grants`).
#[endpoint(POST, "/client-grants", response = ClientGrant, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostClientGrants {
    /// ID of the client.
    pub client_id: String,
    /// The audience (API identifier) of this client grant
    pub audience: String,
    pub organization_usage: Option<ClientGrantCreateOrganizationUsage>,
    /// If enabled, any organization can be used with this grant. If disabled (default), the grant must be explicitly assigned to the desired organizations.
    pub allow_any_organization: Option<bool>,
    /// Scopes allowed for this client grant.
    pub scope: Vec<String>,
}

/// Delete client grant
///
/// `DELETE /client-grants/{id}` (`delete_client-grants_by_id`).
#[endpoint(DELETE, "/client-grants/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteClientGrantsById {
    /// ID of the client grant to delete.
    pub id: String,
}

/// Update client grant
///
/// `PATCH /client-grants/{id}` (`patch_client-grants_by_id`).
#[endpoint(PATCH, "/client-grants/<id>", response = ClientGrant, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchClientGrantsById {
    /// ID of the client grant to update.
    pub id: String,
    /// Scopes allowed for this client grant.
    pub scope: Option<Vec<String>>,
    pub organization_usage: Option<PatchClientGrantsByIdRequestOrganizationUsage>,
    /// Controls allowing any organization to be used with this grant
    pub allow_any_organization: Option<bool>,
}
