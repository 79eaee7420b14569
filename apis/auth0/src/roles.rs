//! `roles`: 10 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get roles
///
/// `GET /roles` (`get_roles`).
#[endpoint(
    GET,
    "/roles",
    response = GetOrganizationMemberRoles200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetRoles {
    /// Number of results per page. Defaults to 50.
    #[query]
    pub per_page: Option<i64>,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Optional filter on name (case-insensitive).
    #[query]
    pub name_filter: Option<String>,
}

/// Create a role
///
/// `POST /roles` (`post_roles`).
#[endpoint(
    POST,
    "/roles",
    response = GetOrganizationMemberRoles200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostRoles {
    /// Name of the role.
    pub name: String,
    /// Description of the role.
    pub description: Option<String>,
}

/// Get a role
///
/// `GET /roles/{id}` (`get_roles_by_id`).
#[endpoint(
    GET,
    "/roles/<id>",
    response = GetOrganizationMemberRoles200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetRolesById {
    /// ID of the role to retrieve.
    pub id: String,
}

/// Delete a role
///
/// `DELETE /roles/{id}` (`delete_roles_by_id`).
#[endpoint(DELETE, "/roles/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteRolesById {
    /// ID of the role to delete.
    pub id: String,
}

/// Update a role
///
/// `PATCH /roles/{id}` (`patch_roles_by_id`).
#[endpoint(
    PATCH,
    "/roles/<id>",
    response = GetOrganizationMemberRoles200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchRolesById {
    /// ID of the role to update.
    pub id: String,
    /// Name of this role.
    pub name: Option<String>,
    /// Description of this role.
    pub description: Option<String>,
}

/// Get permissions granted by role
///
/// `GET /roles/{id}/permissions` (`get_role_permission`).
#[endpoint(
    GET,
    "/roles/<id>/permissions",
    response = GetRolePermission200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetRolePermission {
    /// ID of the role to list granted permissions.
    pub id: String,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub per_page: Option<i64>,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
}

/// Associate permissions with a role
///
/// `POST /roles/{id}/permissions` (`post_role_permission_assignment`).
#[endpoint(POST, "/roles/<id>/permissions", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostRolePermissionAssignment {
    /// ID of the role to add permissions to.
    pub id: String,
    /// array of resource_server_identifier, permission_name pairs.
    pub permissions: Vec<PostRolePermissionAssignmentRequestPermissionsInner>,
}

/// Remove permissions from a role
///
/// `DELETE /roles/{id}/permissions` (`delete_role_permission_assignment`).
#[endpoint(DELETE, "/roles/<id>/permissions", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteRolePermissionAssignment {
    /// ID of the role to remove permissions from.
    pub id: String,
    /// array of resource_server_identifier, permission_name pairs.
    pub permissions: Vec<PostRolePermissionAssignmentRequestPermissionsInner>,
}

/// Get a role's users
///
/// `GET /roles/{id}/users` (`get_role_user`).
#[endpoint(
    GET,
    "/roles/<id>/users",
    response = GetRoleUser200Response,
    error = ApiError,
    paginate = checkpoint(from = from, take = take, default_size = 50)
)]
#[derive(Debug, Clone, Default)]
pub struct GetRoleUser {
    /// ID of the role to retrieve a list of users associated with.
    pub id: String,
    /// Number of results per page. Defaults to 50.
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
}

/// Assign users to a role
///
/// `POST /roles/{id}/users` (`post_role_users`).
#[endpoint(POST, "/roles/<id>/users", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostRoleUsers {
    /// ID of the role to assign users to.
    pub id: String,
    /// user_id's of the users to assign the role to.
    pub users: Vec<String>,
}
