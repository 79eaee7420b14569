//! `organizations`: 21 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get organizations
///
/// `GET /organizations` (`get_organizations`).
#[endpoint(
    GET,
    "/organizations",
    response = GetOrganizations200Response,
    error = ApiError,
    paginate = checkpoint(from = from, take = take, default_size = 50)
)]
#[derive(Debug, Clone, Default)]
pub struct GetOrganizations {
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Optional Id from which to start selection.
    #[query]
    pub from: Option<String>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub take: Option<i64>,
    /// Field to sort by. Use `field:order` where order is `1` for ascending and `-1` for descending. e.g. `created_at:1`. We currently support sorting by the following fields: `name`, `display_name` and `created_at`.
    #[query]
    pub sort: Option<String>,
}

/// Create an Organization
///
/// `POST /organizations` (`post_organizations`).
#[endpoint(
    POST,
    "/organizations",
    response = PostOrganizations201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostOrganizations {
    /// The name of this organization.
    pub name: String,
    /// Friendly name of this organization.
    pub display_name: Option<String>,
    pub branding: Option<GetOrganizations200ResponseOneOfInnerBranding>,
    /// Metadata associated with the organization, in the form of an object with string values (max 255 chars). Maximum of 25 metadata properties allowed.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Connections that will be enabled for this organization. See POST enabled_connections endpoint for the object format. (Max of 10 connections allowed)
    pub enabled_connections: Option<
        Vec<PostOrganizationsRequestEnabledConnectionsInner>,
    >,
}

/// Get organization by name
///
/// `GET /organizations/name/{name}` (`get_name_by_name`).
#[endpoint(
    GET,
    "/organizations/name/<name>",
    response = GetOrganizations200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetNameByName {
    /// name of the organization to retrieve.
    pub name: String,
}

/// Get organization
///
/// `GET /organizations/{id}` (`get_organizations_by_id`).
#[endpoint(
    GET,
    "/organizations/<id>",
    response = GetOrganizations200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetOrganizationsById {
    /// ID of the organization to retrieve.
    pub id: String,
}

/// Delete organization
///
/// `DELETE /organizations/{id}` (`delete_organizations_by_id`).
#[endpoint(DELETE, "/organizations/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteOrganizationsById {
    /// Organization identifier.
    pub id: String,
}

/// Modify an Organization
///
/// `PATCH /organizations/{id}` (`patch_organizations_by_id`).
#[endpoint(
    PATCH,
    "/organizations/<id>",
    response = GetOrganizations200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchOrganizationsById {
    /// ID of the organization to update.
    pub id: String,
    /// Friendly name of this organization.
    pub display_name: Option<String>,
    /// The name of this organization.
    pub name: Option<String>,
    pub branding: Option<PatchOrganizationsByIdRequestBranding>,
    /// Metadata associated with the organization, in the form of an object with string values (max 255 chars). Maximum of 25 metadata properties allowed.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Get connections enabled for an organization
///
/// `GET /organizations/{id}/enabled_connections` (`get_enabled_connections`).
#[endpoint(
    GET,
    "/organizations/<id>/enabled_connections",
    response = GetEnabledConnections200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetEnabledConnections {
    /// Organization identifier.
    pub id: String,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
}

/// Add connections to an organization
///
/// `POST /organizations/{id}/enabled_connections` (`post_enabled_connections`).
#[endpoint(
    POST,
    "/organizations/<id>/enabled_connections",
    response = GetEnabledConnections200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostEnabledConnections {
    /// Organization identifier.
    pub id: String,
    /// Single connection ID to add to the organization.
    pub connection_id: String,
    /// When true, all users that log in with this connection will be automatically granted membership in the organization. When false, users must be granted membership in the organization before logging in with this connection.
    pub assign_membership_on_login: Option<bool>,
    /// Determines whether organization signup should be enabled for this organization connection. Only applicable for database connections. Default: false.
    pub is_signup_enabled: Option<bool>,
    /// Determines whether a connection should be displayed on this organization’s login prompt. Only applicable for enterprise connections. Default: true.
    pub show_as_button: Option<bool>,
}

/// Get an enabled connection for an organization
///
/// `GET /organizations/{id}/enabled_connections/{connectionId}` (`get_enabled_connections_by_connectionId`).
#[endpoint(
    GET,
    "/organizations/<id>/enabled_connections/<connection_id>",
    response = GetEnabledConnections200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetEnabledConnectionsByConnectionId {
    /// Organization identifier.
    pub id: String,
    /// Connection identifier.
    pub connection_id: String,
}

/// Delete connections from an organization
///
/// `DELETE /organizations/{id}/enabled_connections/{connectionId}` (`delete_enabled_connections_by_connectionId`).
#[endpoint(
    DELETE,
    "/organizations/<id>/enabled_connections/<connection_id>",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteEnabledConnectionsByConnectionId {
    /// Organization identifier.
    pub id: String,
    /// Connection identifier.
    pub connection_id: String,
}

/// Update the Connection of an Organization
///
/// `PATCH /organizations/{id}/enabled_connections/{connectionId}` (`patch_enabled_connections_by_connectionId`).
#[endpoint(
    PATCH,
    "/organizations/<id>/enabled_connections/<connection_id>",
    response = GetEnabledConnections200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchEnabledConnectionsByConnectionId {
    /// Organization identifier.
    pub id: String,
    /// Connection identifier.
    pub connection_id: String,
    /// When true, all users that log in with this connection will be automatically granted membership in the organization. When false, users must be granted membership in the organization before logging in with this connection.
    pub assign_membership_on_login: Option<bool>,
    /// Determines whether organization signup should be enabled for this organization connection. Only applicable for database connections. Default: false.
    pub is_signup_enabled: Option<bool>,
    /// Determines whether a connection should be displayed on this organization’s login prompt. Only applicable for enterprise connections. Default: true.
    pub show_as_button: Option<bool>,
}

/// Get invitations to an organization
///
/// `GET /organizations/{id}/invitations` (`get_invitations`).
#[endpoint(
    GET,
    "/organizations/<id>/invitations",
    response = GetInvitations200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetInvitations {
    /// Organization identifier.
    pub id: String,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub per_page: Option<i64>,
    /// When true, return results inside an object that also contains the start and limit.  When false (default), a direct array of results is returned.  We do not yet support returning the total invitations count.
    #[query]
    pub include_totals: Option<bool>,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false). Defaults to true.
    #[query]
    pub include_fields: Option<bool>,
    /// Field to sort by. Use field:order where order is 1 for ascending and -1 for descending Defaults to created_at:-1.
    #[query]
    pub sort: Option<String>,
}

/// Create invitations to an organization
///
/// `POST /organizations/{id}/invitations` (`post_invitations`).
#[endpoint(
    POST,
    "/organizations/<id>/invitations",
    response = GetInvitations200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostInvitations {
    /// Organization identifier.
    pub id: String,
    pub inviter: GetInvitations200ResponseOneOfInnerInviter,
    pub invitee: GetInvitations200ResponseOneOfInnerInvitee,
    /// Auth0 client ID. Used to resolve the application's login initiation endpoint.
    pub client_id: String,
    /// The id of the connection to force invitee to authenticate with.
    pub connection_id: Option<String>,
    pub app_metadata: Option<GetInvitations200ResponseOneOfInnerAppMetadata>,
    /// Data related to the user that does not affect the application's core functionality.
    pub user_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Number of seconds for which the invitation is valid before expiration. If unspecified or set to 0, this value defaults to 604800 seconds (7 days). Max value: 2592000 seconds (30 days).
    pub ttl_sec: Option<i64>,
    /// List of roles IDs to associated with the user.
    pub roles: Option<Vec<String>>,
    /// Whether the user will receive an invitation email (true) or no email (false), true by default
    pub send_invitation_email: Option<bool>,
}

/// Get a specific invitation to an Organization
///
/// `GET /organizations/{id}/invitations/{invitation_id}` (`get_invitations_by_invitation_id`).
#[endpoint(
    GET,
    "/organizations/<id>/invitations/<invitation_id>",
    response = GetInvitations200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetInvitationsByInvitationId {
    /// Organization identifier.
    pub id: String,
    /// The id of the user invitation.
    pub invitation_id: String,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false). Defaults to true.
    #[query]
    pub include_fields: Option<bool>,
}

/// Delete an invitation to an Organization
///
/// `DELETE /organizations/{id}/invitations/{invitation_id}` (`delete_invitations_by_invitation_id`).
#[endpoint(
    DELETE,
    "/organizations/<id>/invitations/<invitation_id>",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteInvitationsByInvitationId {
    /// Organization identifier.
    pub id: String,
    /// The id of the user invitation.
    pub invitation_id: String,
}

/// Get members who belong to an organization
///
/// `GET /organizations/{id}/members` (`get_members`).
#[endpoint(
    GET,
    "/organizations/<id>/members",
    response = GetMembers200Response,
    error = ApiError,
    paginate = checkpoint(from = from, take = take, default_size = 50)
)]
#[derive(Debug, Clone, Default)]
pub struct GetMembers {
    /// Organization identifier.
    pub id: String,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Optional Id from which to start selection.
    #[query]
    pub from: Option<String>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub take: Option<i64>,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Add members to an organization
///
/// `POST /organizations/{id}/members` (`post_members`).
#[endpoint(POST, "/organizations/<id>/members", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostMembers {
    /// Organization identifier.
    pub id: String,
    /// List of user IDs to add to the organization as members.
    pub members: Vec<String>,
}

/// Delete members from an organization
///
/// `DELETE /organizations/{id}/members` (`delete_members`).
#[endpoint(DELETE, "/organizations/<id>/members", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteMembers {
    /// Organization identifier.
    pub id: String,
    /// List of user IDs to remove from the organization.
    pub members: Vec<String>,
}

/// Get user roles assigned to an Organization member
///
/// `GET /organizations/{id}/members/{user_id}/roles` (`get_organization_member_roles`).
#[endpoint(
    GET,
    "/organizations/<id>/members/<user_id>/roles",
    response = GetOrganizationMemberRoles200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetOrganizationMemberRoles {
    /// Organization identifier.
    pub id: String,
    /// ID of the user to associate roles with.
    pub user_id: String,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
}

/// Assign user roles to an Organization member
///
/// `POST /organizations/{id}/members/{user_id}/roles` (`post_organization_member_roles`).
#[endpoint(
    POST,
    "/organizations/<id>/members/<user_id>/roles",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostOrganizationMemberRoles {
    /// Organization identifier.
    pub id: String,
    /// ID of the user to associate roles with.
    pub user_id: String,
    /// List of roles IDs to associated with the user.
    pub roles: Vec<String>,
}

/// Delete user roles from an Organization member
///
/// `DELETE /organizations/{id}/members/{user_id}/roles` (`delete_organization_member_roles`).
#[endpoint(
    DELETE,
    "/organizations/<id>/members/<user_id>/roles",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteOrganizationMemberRoles {
    /// Organization identifier.
    pub id: String,
    /// User ID of the organization member to remove roles from.
    pub user_id: String,
    /// List of roles IDs associated with the organization member to remove.
    pub roles: Vec<String>,
}
