//! `connections`: 15 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get all connections
///
/// `GET /connections` (`get_connections`).
#[endpoint(
    GET,
    "/connections",
    response = GetConnections200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetConnections {
    /// The amount of entries per page. Defaults to 100 if not provided
    #[query]
    pub per_page: Option<i64>,
    /// The page number. Zero based
    #[query]
    pub page: Option<i64>,
    /// true if a query summary must be included in the result, false otherwise. Not returned when using checkpoint pagination. Default `false`.
    #[query]
    pub include_totals: Option<bool>,
    /// Optional Id from which to start selection.
    #[query]
    pub from: Option<String>,
    /// Number of results per page. Defaults to 50.
    #[query]
    pub take: Option<i64>,
    /// Provide strategies to only retrieve connections with such strategies
    #[query]
    pub strategy: Option<Vec<GetConnectionsStrategyParameterInner>>,
    /// Provide the name of the connection to retrieve
    #[query]
    pub name: Option<String>,
    /// A comma separated list of fields to include or exclude (depending on include_fields) from the result, empty to retrieve all fields
    #[query]
    pub fields: Option<String>,
    /// `true` if the fields specified are to be included in the result, `false` otherwise (defaults to `true`)
    #[query]
    pub include_fields: Option<bool>,
}

/// Create a connection
///
/// `POST /connections` (`post_connections`).
#[endpoint(POST, "/connections", response = Connection, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostConnections {
    /// The name of the connection. Must start and end with an alphanumeric character and can only contain alphanumeric characters and '-'. Max length 128
    pub name: String,
    /// Connection name used in the new universal login experience
    pub display_name: Option<String>,
    pub strategy: ConnectionCreateStrategy,
    pub options: Option<ConnectionCreateOptions>,
    /// The identifiers of the clients for which the connection is to be enabled. If the array is empty or the property is not specified, no clients are enabled
    pub enabled_clients: Option<Vec<String>>,
    /// `true` promotes to a domain-level connection so that third-party applications can use it. `false` does not promote the connection, so only first-party applications with the connection enabled can use it. (Defaults to `false`.)
    pub is_domain_connection: Option<bool>,
    /// Enables showing a button for the connection in the login page (new experience only). If false, it will be usable only by HRD. (Defaults to `false`.)
    pub show_as_button: Option<bool>,
    /// Defines the realms for which the connection will be used (ie: email domains). If the array is empty or the property is not specified, the connection name will be added as realm.
    pub realms: Option<Vec<String>>,
    /// Metadata associated with the connection in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Get a connection
///
/// `GET /connections/{id}` (`get_connections_by_id`).
#[endpoint(GET, "/connections/<id>", response = Connection, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetConnectionsById {
    /// The id of the connection to retrieve
    pub id: String,
    /// A comma separated list of fields to include or exclude (depending on include_fields) from the result, empty to retrieve all fields
    #[query]
    pub fields: Option<String>,
    /// `true` if the fields specified are to be included in the result, `false` otherwise (defaults to `true`)
    #[query]
    pub include_fields: Option<bool>,
}

/// Delete a connection
///
/// `DELETE /connections/{id}` (`delete_connections_by_id`).
#[endpoint(DELETE, "/connections/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteConnectionsById {
    /// The id of the connection to delete
    pub id: String,
}

/// Update a connection
///
/// `PATCH /connections/{id}` (`patch_connections_by_id`).
#[endpoint(PATCH, "/connections/<id>", response = Connection, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchConnectionsById {
    /// The id of the connection to update
    pub id: String,
    /// The connection name used in the new universal login experience. If display_name is not included in the request, the field will be overwritten with the name value.
    pub display_name: Option<String>,
    pub options: Option<ConnectionUpdateOptions>,
    /// The identifiers of the clients for which the connection is to be enabled. If the property is not specified, no clients are enabled. If the array is empty, the connection will be disabled for every client.
    pub enabled_clients: Option<Vec<String>>,
    /// `true` promotes to a domain-level connection so that third-party applications can use it. `false` does not promote the connection, so only first-party applications with the connection enabled can use it. (Defaults to `false`.)
    pub is_domain_connection: Option<bool>,
    /// Enables showing a button for the connection in the login page (new experience only). If false, it will be usable only by HRD. (Defaults to `false`.)
    pub show_as_button: Option<bool>,
    /// Defines the realms for which the connection will be used (ie: email domains). If the array is empty or the property is not specified, the connection name will be added as realm.
    pub realms: Option<Vec<String>>,
    /// Metadata associated with the connection in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Get a connection's SCIM configuration
///
/// `GET /connections/{id}/scim-configuration` (`get_scim-configuration`).
#[endpoint(
    GET,
    "/connections/<id>/scim-configuration",
    response = GetScimConfiguration200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetScimConfiguration {
    /// The id of the connection to retrieve its SCIM configuration
    pub id: String,
}

/// Create a SCIM configuration
///
/// `POST /connections/{id}/scim-configuration` (`post_scim-configuration`).
#[endpoint(
    POST,
    "/connections/<id>/scim-configuration",
    response = GetScimConfiguration200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostScimConfiguration {
    /// The id of the connection to create its SCIM configuration
    pub id: String,
    /// User ID attribute for generating unique user ids
    pub user_id_attribute: Option<String>,
    /// The mapping between auth0 and SCIM
    pub mapping: Option<Vec<GetScimConfiguration200ResponseMappingInner>>,
}

/// Delete a connection's SCIM configuration
///
/// `DELETE /connections/{id}/scim-configuration` (`delete_scim-configuration`).
#[endpoint(
    DELETE,
    "/connections/<id>/scim-configuration",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteScimConfiguration {
    /// The id of the connection to delete its SCIM configuration
    pub id: String,
}

/// Patch a connection's SCIM configuration
///
/// `PATCH /connections/{id}/scim-configuration` (`patch_scim-configuration`).
#[endpoint(
    PATCH,
    "/connections/<id>/scim-configuration",
    response = GetScimConfiguration200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchScimConfiguration {
    /// The id of the connection to update its SCIM configuration
    pub id: String,
    /// User ID attribute for generating unique user ids
    pub user_id_attribute: String,
    /// The mapping between auth0 and SCIM
    pub mapping: Vec<GetScimConfiguration200ResponseMappingInner>,
}

/// Get a connection's default SCIM mapping
///
/// `GET /connections/{id}/scim-configuration/default-mapping` (`get_default-mapping`).
#[endpoint(
    GET,
    "/connections/<id>/scim-configuration/default-mapping",
    response = GetDefaultMapping200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetDefaultMapping {
    /// The id of the connection to retrieve its default SCIM mapping
    pub id: String,
}

/// Get a connection's SCIM tokens
///
/// `GET /connections/{id}/scim-configuration/tokens` (`get_scim_tokens`).
#[endpoint(
    GET,
    "/connections/<id>/scim-configuration/tokens",
    response = Vec<GetScimTokens200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetScimTokens {
    /// The id of the connection to retrieve its SCIM configuration
    pub id: String,
}

/// Create a SCIM Token
///
/// `POST /connections/{id}/scim-configuration/tokens` (`post_scim_token`).
#[endpoint(
    POST,
    "/connections/<id>/scim-configuration/tokens",
    response = PostScimToken201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostScimToken {
    /// The id of the connection to create its SCIM token
    pub id: String,
    /// The scopes of the scim token
    pub scopes: Option<Vec<String>>,
    /// Lifetime of the token in seconds. Must be greater than 900
    pub token_lifetime: Option<i64>,
}

/// Delete a connection's SCIM token
///
/// `DELETE /connections/{id}/scim-configuration/tokens/{tokenId}` (`delete_tokens_by_tokenId`).
#[endpoint(
    DELETE,
    "/connections/<id>/scim-configuration/tokens/<token_id>",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteTokensByTokenId {
    /// The connection id that owns the SCIM token to delete
    pub id: String,
    /// The id of the scim token to delete
    pub token_id: String,
}

/// Check connection status
///
/// `GET /connections/{id}/status` (`get_status`).
#[endpoint(GET, "/connections/<id>/status", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetStatus {
    /// ID of the connection to check
    pub id: String,
}

/// Delete a connection user
///
/// `DELETE /connections/{id}/users` (`delete_users_by_email`).
#[endpoint(DELETE, "/connections/<id>/users", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteUsersByEmail {
    /// The id of the connection (currently only database connections are supported)
    pub id: String,
    /// The email of the user to delete
    #[query]
    pub email: String,
}
