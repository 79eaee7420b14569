//! `users`: 31 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// List or Search Users
///
/// `GET /users` (`get_users`).
#[endpoint(
    GET,
    "/users",
    response = GetUsers200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page, cap = 1000)
)]
#[derive(Debug, Clone, Default)]
pub struct GetUsers {
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Field to sort by. Use `field:order` where order is `1` for ascending and `-1` for descending. e.g. `created_at:1`
    #[query]
    pub sort: Option<String>,
    /// Connection filter. Only applies when using `search_engine=v1`. To filter by connection with `search_engine=v2|v3`, use `q=identities.connection:"connection_name"`
    #[query]
    pub connection: Option<String>,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
    /// Query in Lucene query string syntax. Some query types cannot be used on metadata fields, for details see Searchable Fields.
    #[query]
    pub q: Option<String>,
    /// The version of the search engine
    /// One of `v1`, `v2`, `v3`.
    #[query]
    pub search_engine: Option<GetUsersSearchEngineParameter>,
}

/// Create a User
///
/// `POST /users` (`post_users`).
#[endpoint(POST, "/users", response = GetUsers200ResponseOneOfInner, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostUsers {
    /// The user's email.
    pub email: Option<String>,
    /// The user's phone number (following the E.164 recommendation).
    pub phone_number: Option<String>,
    /// Data related to the user that does not affect the application's core functionality.
    pub user_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether this user was blocked by an administrator (true) or not (false).
    pub blocked: Option<bool>,
    /// Whether this email address is verified (true) or unverified (false). User will receive a verification email after creation if `email_verified` is false or not specified
    pub email_verified: Option<bool>,
    /// Whether this phone number has been verified (true) or not (false).
    pub phone_verified: Option<bool>,
    pub app_metadata: Option<GetInvitations200ResponseOneOfInnerAppMetadata>,
    /// The user's given name(s).
    pub given_name: Option<String>,
    /// The user's family name(s).
    pub family_name: Option<String>,
    /// The user's full name.
    pub name: Option<String>,
    /// The user's nickname.
    pub nickname: Option<String>,
    /// A URI pointing to the user's picture.
    pub picture: Option<String>,
    /// The external user's id provided by the identity provider.
    pub user_id: Option<String>,
    /// Name of the connection this user should be created in.
    pub connection: String,
    /// Initial password for this user. Only valid for auth0 connection strategy.
    pub password: Option<String>,
    /// Whether the user will receive a verification email after creation (true) or no email (false). Overrides behavior of `email_verified` parameter.
    pub verify_email: Option<bool>,
    /// The user's username. Only valid if the connection requires a username.
    pub username: Option<String>,
}

/// Get a User
///
/// `GET /users/{id}` (`get_users_by_id`).
#[endpoint(
    GET,
    "/users/<id>",
    response = GetUsers200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetUsersById {
    /// ID of the user to retrieve.
    pub id: String,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Delete a User
///
/// `DELETE /users/{id}` (`delete_users_by_id`).
#[endpoint(DELETE, "/users/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteUsersById {
    /// ID of the user to delete.
    pub id: String,
}

/// Update a User
///
/// `PATCH /users/{id}` (`patch_users_by_id`).
#[endpoint(
    PATCH,
    "/users/<id>",
    response = GetUsers200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchUsersById {
    /// ID of the user to update.
    pub id: String,
    /// Whether this user was blocked by an administrator (true) or not (false).
    pub blocked: Option<bool>,
    /// Whether this email address is verified (true) or unverified (false). If set to false the user will not receive a verification email unless `verify_email` is set to true.
    pub email_verified: Option<bool>,
    /// Email address of this user.
    pub email: Option<String>,
    /// The user's phone number (following the E.164 recommendation).
    pub phone_number: Option<String>,
    /// Whether this phone number has been verified (true) or not (false).
    pub phone_verified: Option<bool>,
    /// User metadata to which this user has read/write access.
    pub user_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    pub app_metadata: Option<UserUpdateAppMetadata>,
    /// Given name/first name/forename of this user.
    pub given_name: Option<String>,
    /// Family name/last name/surname of this user.
    pub family_name: Option<String>,
    /// Name of this user.
    pub name: Option<String>,
    /// Preferred nickname or alias of this user.
    pub nickname: Option<String>,
    /// URL to picture, photo, or avatar of this user.
    pub picture: Option<String>,
    /// Whether this user will receive a verification email after creation (true) or no email (false). Overrides behavior of `email_verified` parameter.
    pub verify_email: Option<bool>,
    /// Whether this user will receive a text after changing the phone number (true) or no text (false). Only valid when changing phone number for SMS connections.
    pub verify_phone_number: Option<bool>,
    /// New password for this user. Only valid for database connections.
    pub password: Option<String>,
    /// Name of the connection to target for this user update.
    pub connection: Option<String>,
    /// Auth0 client ID. Only valid when updating email address.
    pub client_id: Option<String>,
    /// The user's username. Only valid if the connection requires a username.
    pub username: Option<String>,
}

/// Get a list of authentication methods
///
/// `GET /users/{id}/authentication-methods` (`get_authentication-methods`).
#[endpoint(
    GET,
    "/users/<id>/authentication-methods",
    response = GetAuthenticationMethods200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetAuthenticationMethods {
    /// The ID of the user in question.
    pub id: String,
    /// Page index of the results to return. First page is 0. Default is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Default is 50.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
}

/// Update all authentication methods by replacing them with the given ones
///
/// `PUT /users/{id}/authentication-methods` (`put_authentication-methods`).
#[endpoint(
    PUT,
    "/users/<id>/authentication-methods",
    response = Vec<PutAuthenticationMethods200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutAuthenticationMethods {
    /// The ID of the user in question.
    pub id: String,
    #[body]
    pub body: Vec<PutAuthenticationMethodsRequestInner>,
}

/// Creates an authentication method for a given user
///
/// `POST /users/{id}/authentication-methods` (`post_authentication-methods`).
#[endpoint(
    POST,
    "/users/<id>/authentication-methods",
    response = PostAuthenticationMethods201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostAuthenticationMethods {
    /// The ID of the user to whom the new authentication method will be assigned.
    pub id: String,
    pub r#type: PostAuthenticationMethodsRequestType,
    /// A human-readable label to identify the authentication method.
    pub name: Option<String>,
    /// Base32 encoded secret for TOTP generation.
    pub totp_secret: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    pub phone_number: Option<String>,
    /// Applies to email authentication methods only. The email address used to send verification messages.
    pub email: Option<String>,
    pub preferred_authentication_method: Option<
        PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod,
    >,
    /// Applies to webauthn authentication methods only. The id of the credential.
    pub key_id: Option<String>,
    /// Applies to webauthn authentication methods only. The public key.
    pub public_key: Option<String>,
    /// Applies to webauthn authentication methods only. The relying party identifier.
    pub relying_party_identifier: Option<String>,
}

/// Delete all authentication methods for the given user
///
/// `DELETE /users/{id}/authentication-methods` (`delete_authentication-methods`).
#[endpoint(
    DELETE,
    "/users/<id>/authentication-methods",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteAuthenticationMethods {
    /// The ID of the user in question.
    pub id: String,
}

/// Get an authentication method by ID
///
/// `GET /users/{id}/authentication-methods/{authentication_method_id}` (`get_authentication-methods_by_authentication_method_id`).
#[endpoint(
    GET,
    "/users/<id>/authentication-methods/<authentication_method_id>",
    response = GetAuthenticationMethods200ResponseOneOfInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetAuthenticationMethodsByAuthenticationMethodId {
    /// The ID of the user in question.
    pub id: String,
    /// The ID of the authentication methods in question.
    pub authentication_method_id: String,
}

/// Delete an authentication method by ID
///
/// `DELETE /users/{id}/authentication-methods/{authentication_method_id}` (`delete_authentication-methods_by_authentication_method_id`).
#[endpoint(
    DELETE,
    "/users/<id>/authentication-methods/<authentication_method_id>",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteAuthenticationMethodsByAuthenticationMethodId {
    /// The ID of the user in question.
    pub id: String,
    /// The ID of the authentication method to delete.
    pub authentication_method_id: String,
}

/// Update an authentication method
///
/// `PATCH /users/{id}/authentication-methods/{authentication_method_id}` (`patch_authentication-methods_by_authentication_method_id`).
#[endpoint(
    PATCH,
    "/users/<id>/authentication-methods/<authentication_method_id>",
    response = PatchAuthenticationMethodsByAuthenticationMethodId200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchAuthenticationMethodsByAuthenticationMethodId {
    /// The ID of the user in question.
    pub id: String,
    /// The ID of the authentication method to update.
    pub authentication_method_id: String,
    /// A human-readable label to identify the authentication method.
    pub name: Option<String>,
    pub preferred_authentication_method: Option<
        PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod,
    >,
}

/// Delete All Authenticators
///
/// `DELETE /users/{id}/authenticators` (`delete_authenticators`).
#[endpoint(DELETE, "/users/<id>/authenticators", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteAuthenticators {
    /// ID of the user to delete.
    pub id: String,
}

/// Get the First Confirmed Multi-factor Authentication Enrollment
///
/// `GET /users/{id}/enrollments` (`get_enrollments`).
#[endpoint(
    GET,
    "/users/<id>/enrollments",
    response = Vec<UserEnrollment>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetEnrollments {
    /// ID of the user to list enrollments for.
    pub id: String,
}

/// Link a User Account
///
/// `POST /users/{id}/identities` (`post_identities`).
#[endpoint(
    POST,
    "/users/<id>/identities",
    response = Vec<UserIdentity>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostIdentities {
    /// ID of the primary user account to link a second user account to.
    pub id: String,
    pub provider: Option<PostIdentitiesRequestProvider>,
    /// connection_id of the secondary user account being linked when more than one `auth0` database provider exists.
    pub connection_id: Option<String>,
    pub user_id: Option<PostIdentitiesRequestUserId>,
    /// JWT for the secondary account being linked. If sending this parameter, `provider`, `user_id`, and `connection_id` must not be sent.
    pub link_with: Option<String>,
}

/// Unlink a User Identity
///
/// `DELETE /users/{id}/identities/{provider}/{user_id}` (`delete_user_identity_by_user_id`).
#[endpoint(
    DELETE,
    "/users/<id>/identities/<provider>/<user_id>",
    response = Vec<DeleteUserIdentityByUserId200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteUserIdentityByUserId {
    /// ID of the primary user account.
    pub id: String,
    /// Identity provider name of the secondary linked account (e.g. `google-oauth2`).
    /// One of `ad`, `adfs`, `amazon`, `apple`, `dropbox`, `bitbucket`, `aol`, `auth0-oidc`, `auth0`, `baidu`, `bitly`, `box`, ....
    pub provider: DeleteUserIdentityByUserIdProviderParameter,
    /// ID of the secondary linked account (e.g. `123456789081523216417` part after the `|` in `google-oauth2|123456789081523216417`).
    pub user_id: String,
}

/// Get user's log events
///
/// `GET /users/{id}/logs` (`get_logs_by_user`).
#[endpoint(
    GET,
    "/users/<id>/logs",
    response = GetLogs200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page, cap = 1000)
)]
#[derive(Debug, Clone, Default)]
pub struct GetLogsByUser {
    /// ID of the user of the logs to retrieve
    pub id: String,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Paging is disabled if parameter not sent.
    #[query]
    pub per_page: Option<i64>,
    /// Field to sort by. Use `fieldname:1` for ascending order and `fieldname:-1` for descending.
    #[query]
    pub sort: Option<String>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
}

/// Invalidate All Remembered Browsers for Multi-factor Authentication
///
/// `POST /users/{id}/multifactor/actions/invalidate-remember-browser` (`post_invalidate-remember-browser`).
#[endpoint(
    POST,
    "/users/<id>/multifactor/actions/invalidate-remember-browser",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostInvalidateRememberBrowser {
    /// ID of the user to invalidate all remembered browsers and authentication factors for.
    pub id: String,
}

/// Delete a User's Multi-factor Provider
///
/// `DELETE /users/{id}/multifactor/{provider}` (`delete_multifactor_by_provider`).
#[endpoint(
    DELETE,
    "/users/<id>/multifactor/<provider>",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteMultifactorByProvider {
    /// ID of the user to remove a multifactor configuration from.
    pub id: String,
    /// The multi-factor provider. Supported values 'duo' or 'google-authenticator'
    /// One of `duo`, `google-authenticator`.
    pub provider: DeleteMultifactorByProviderProviderParameter,
}

/// List user's organizations
///
/// `GET /users/{id}/organizations` (`get_user_organizations`).
#[endpoint(
    GET,
    "/users/<id>/organizations",
    response = GetUserOrganizations200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetUserOrganizations {
    /// ID of the user to retrieve the organizations for.
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

/// Get a User's Permissions
///
/// `GET /users/{id}/permissions` (`get_permissions`).
#[endpoint(
    GET,
    "/users/<id>/permissions",
    response = GetPermissions200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetPermissions {
    /// ID of the user to retrieve the permissions for.
    pub id: String,
    /// Number of results per page.
    #[query]
    pub per_page: Option<i64>,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
}

/// Assign Permissions to a User
///
/// `POST /users/{id}/permissions` (`post_permissions`).
#[endpoint(POST, "/users/<id>/permissions", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostPermissions {
    /// ID of the user to assign permissions to.
    pub id: String,
    /// List of permissions to add to this user.
    pub permissions: Vec<PostRolePermissionAssignmentRequestPermissionsInner>,
}

/// Remove Permissions from a User
///
/// `DELETE /users/{id}/permissions` (`delete_permissions`).
#[endpoint(DELETE, "/users/<id>/permissions", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeletePermissions {
    /// ID of the user to remove permissions from.
    pub id: String,
    /// List of permissions to remove from this user.
    pub permissions: Vec<PostRolePermissionAssignmentRequestPermissionsInner>,
}

/// Generate New Multi-factor Authentication Recovery Code
///
/// `POST /users/{id}/recovery-code-regeneration` (`post_recovery-code-regeneration`).
#[endpoint(
    POST,
    "/users/<id>/recovery-code-regeneration",
    response = PostRecoveryCodeRegeneration200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostRecoveryCodeRegeneration {
    /// ID of the user to regenerate a multi-factor authentication recovery code for.
    pub id: String,
}

/// Get a user's roles
///
/// `GET /users/{id}/roles` (`get_user_roles`).
#[endpoint(
    GET,
    "/users/<id>/roles",
    response = GetOrganizationMemberRoles200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetUserRoles {
    /// ID of the user to list roles for.
    pub id: String,
    /// Number of results per page.
    #[query]
    pub per_page: Option<i64>,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
}

/// Assign roles to a user
///
/// `POST /users/{id}/roles` (`post_user_roles`).
#[endpoint(POST, "/users/<id>/roles", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostUserRoles {
    /// ID of the user to associate roles with.
    pub id: String,
    /// List of roles IDs to associated with the user.
    pub roles: Vec<String>,
}

/// Removes roles from a user
///
/// `DELETE /users/{id}/roles` (`delete_user_roles`).
#[endpoint(DELETE, "/users/<id>/roles", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteUserRoles {
    /// ID of the user to remove roles from.
    pub id: String,
    /// List of roles IDs to remove from the user.
    pub roles: Vec<String>,
}

/// Get refresh tokens for a user
///
/// `GET /users/{user_id}/refresh-tokens` (`get_refresh_tokens_for_user`).
#[endpoint(
    GET,
    "/users/<user_id>/refresh-tokens",
    response = GetRefreshTokensForUser200Response,
    error = ApiError,
    paginate = checkpoint(from = from, take = take, default_size = 50)
)]
#[derive(Debug, Clone, Default)]
pub struct GetRefreshTokensForUser {
    /// ID of the user to get refresh tokens for
    pub user_id: String,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// An optional cursor from which to start the selection (exclusive).
    #[query]
    pub from: Option<String>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub take: Option<i64>,
}

/// Delete refresh tokens for a user
///
/// `DELETE /users/{user_id}/refresh-tokens` (`delete_refresh_tokens_for_user`).
#[endpoint(DELETE, "/users/<user_id>/refresh-tokens", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteRefreshTokensForUser {
    /// ID of the user to get remove refresh tokens for
    pub user_id: String,
}

/// Get sessions for user
///
/// `GET /users/{user_id}/sessions` (`get_sessions_for_user`).
#[endpoint(
    GET,
    "/users/<user_id>/sessions",
    response = GetSessionsForUser200Response,
    error = ApiError,
    paginate = checkpoint(from = from, take = take, default_size = 50)
)]
#[derive(Debug, Clone, Default)]
pub struct GetSessionsForUser {
    /// ID of the user to get sessions for
    pub user_id: String,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// An optional cursor from which to start the selection (exclusive).
    #[query]
    pub from: Option<String>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub take: Option<i64>,
}

/// Delete sessions for user
///
/// `DELETE /users/{user_id}/sessions` (`delete_sessions_for_user`).
#[endpoint(DELETE, "/users/<user_id>/sessions", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteSessionsForUser {
    /// ID of the user to get sessions for
    pub user_id: String,
}
