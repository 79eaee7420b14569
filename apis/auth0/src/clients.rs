//! `clients`: 11 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get clients
///
/// `GET /clients` (`get_clients`).
#[endpoint(
    GET,
    "/clients",
    response = GetClients200Response,
    error = ApiError,
    paginate = checkpoint(from = from, take = take, default_size = 50)
)]
#[derive(Debug, Clone, Default)]
pub struct GetClients {
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Default value is 50, maximum value is 100
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
    /// Optional filter on the global client parameter.
    #[query]
    pub is_global: Option<bool>,
    /// Optional filter on whether or not a client is a first-party client.
    #[query]
    pub is_first_party: Option<bool>,
    /// Optional filter by a comma-separated list of application types.
    #[query]
    pub app_type: Option<String>,
    /// Advanced Query in Lucene syntax.Permitted Queries:client_grant.organization_id:{organization_id}client_grant.allow_any_organization:trueAdditional Restrictions:Cannot be used in combination with other filtersRequires use of the from and take paging parameters (checkpoint paginatinon)Reduced rate limits apply. See Rate Limit ConfigurationsNote: Recent updates may not be immediately reflected in query results
    #[query]
    pub q: Option<String>,
}

/// Create a client
///
/// `POST /clients` (`post_clients`).
#[endpoint(POST, "/clients", response = Client, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostClients {
    /// Name of this client (min length: 1 character, does not allow ``).
    pub name: String,
    /// Free text description of this client (max length: 140 characters).
    pub description: Option<String>,
    /// URL of the logo to display for this client. Recommended size is 150x150 pixels.
    pub logo_uri: Option<String>,
    /// Comma-separated list of URLs whitelisted for Auth0 to use as a callback to the client after authentication.
    pub callbacks: Option<Vec<String>>,
    pub oidc_logout: Option<ClientCreateOidcLogout>,
    /// Comma-separated list of URLs allowed to make requests from JavaScript to Auth0 API (typically used with CORS). By default, all your callback URLs will be allowed. This field allows you to enter other origins if necessary. You can also use wildcards at the subdomain level (e.g., <https://*.contoso.com>). Query strings and hash information are not taken into account when validating these URLs.
    pub allowed_origins: Option<Vec<String>>,
    /// Comma-separated list of allowed origins for use with Cross-Origin Authentication, Device Flow, and web message response mode.
    pub web_origins: Option<Vec<String>>,
    /// List of audiences/realms for SAML protocol. Used by the wsfed addon.
    pub client_aliases: Option<Vec<String>>,
    /// List of allow clients and API ids that are allowed to make delegation requests. Empty means all all your clients are allowed.
    pub allowed_clients: Option<Vec<String>>,
    /// Comma-separated list of URLs that are valid to redirect to after logout from Auth0. Wildcards are allowed for subdomains.
    pub allowed_logout_urls: Option<Vec<String>>,
    /// List of grant types supported for this application. Can include `authorization_code`, `implicit`, `refresh_token`, `client_credentials`, `password`, `http://auth0.com/oauth/grant-type/password-realm`, `http://auth0.com/oauth/grant-type/mfa-oob`, `http://auth0.com/oauth/grant-type/mfa-otp`, `http://auth0.com/oauth/grant-type/mfa-recovery-code`, `urn:openid:params:grant-type:ciba`, and `urn:ietf:params:oauth:grant-type:device_code`.
    pub grant_types: Option<Vec<String>>,
    pub token_endpoint_auth_method: Option<ClientCreateTokenEndpointAuthMethod>,
    pub app_type: Option<ClientCreateAppType>,
    /// Whether this client a first party client or not
    pub is_first_party: Option<bool>,
    /// Whether this client conforms to strict OIDC specifications (true) or uses legacy features (false).
    pub oidc_conformant: Option<bool>,
    pub jwt_configuration: Option<ClientCreateJwtConfiguration>,
    pub encryption_key: Option<ClientCreateEncryptionKey>,
    /// Applies only to SSO clients and determines whether Auth0 will handle Single Sign On (true) or whether the Identity Provider will (false).
    pub sso: Option<bool>,
    /// Whether this client can be used to make cross-origin authentication requests (true) or it is not allowed to make such requests (false).
    pub cross_origin_authentication: Option<bool>,
    /// URL of the location in your site where the cross origin verification takes place for the cross-origin auth flow when performing Auth in your own domain instead of Auth0 hosted login page.
    pub cross_origin_loc: Option<String>,
    /// `true` to disable Single Sign On, `false` otherwise (default: `false`)
    pub sso_disabled: Option<bool>,
    /// `true` if the custom login page is to be used, `false` otherwise. Defaults to `true`
    pub custom_login_page_on: Option<bool>,
    /// The content (HTML, CSS, JS) of the custom login page.
    pub custom_login_page: Option<String>,
    /// The content (HTML, CSS, JS) of the custom login page. (Used on Previews)
    pub custom_login_page_preview: Option<String>,
    /// HTML form template to be used for WS-Federation.
    pub form_template: Option<String>,
    pub addons: Option<ClientAddons>,
    /// Metadata associated with the client, in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.  Field names (max 255 chars) are alphanumeric and may only include the following special characters:  :,-+=_*?"/\()@    \[Tab\] \[Space\]
    pub client_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    pub mobile: Option<ClientCreateMobile>,
    /// Initiate login uri, must be https
    pub initiate_login_uri: Option<String>,
    pub native_social_login: Option<ClientCreateNativeSocialLogin>,
    pub refresh_token: Option<ClientRefreshToken>,
    pub default_organization: Option<ClientCreateDefaultOrganization>,
    pub organization_usage: Option<ClientOrganizationUsage>,
    pub organization_require_behavior: Option<ClientOrganizationRequireBehavior>,
    pub client_authentication_methods: Option<ClientCreateClientAuthenticationMethods>,
    /// Makes the use of Pushed Authorization Requests mandatory for this client
    pub require_pushed_authorization_requests: Option<bool>,
    /// Makes the use of Proof-of-Possession mandatory for this client
    pub require_proof_of_possession: Option<bool>,
    pub signed_request_object: Option<ClientCreateSignedRequestObject>,
    pub compliance_level: Option<ClientComplianceLevel>,
}

/// Get client credentials
///
/// `GET /clients/{client_id}/credentials` (`get_credentials`).
#[endpoint(
    GET,
    "/clients/<client_id>/credentials",
    response = Vec<GetCredentials200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetCredentials {
    /// ID of the client.
    pub client_id: String,
}

/// Create a client credential
///
/// `POST /clients/{client_id}/credentials` (`post_credentials`).
#[endpoint(
    POST,
    "/clients/<client_id>/credentials",
    response = GetCredentials200ResponseInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostCredentials {
    /// ID of the client.
    pub client_id: String,
    pub credential_type: PostCredentialsRequestCredentialType,
    /// Friendly name for a credential.
    pub name: Option<String>,
}

/// Get client credential details
///
/// `GET /clients/{client_id}/credentials/{credential_id}` (`get_credentials_by_credential_id`).
#[endpoint(
    GET,
    "/clients/<client_id>/credentials/<credential_id>",
    response = GetCredentials200ResponseInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetCredentialsByCredentialId {
    /// ID of the client.
    pub client_id: String,
    /// ID of the credential.
    pub credential_id: String,
}

/// Delete a client credential
///
/// `DELETE /clients/{client_id}/credentials/{credential_id}` (`delete_credentials_by_credential_id`).
#[endpoint(
    DELETE,
    "/clients/<client_id>/credentials/<credential_id>",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct DeleteCredentialsByCredentialId {
    /// ID of the client.
    pub client_id: String,
    /// ID of the credential to delete.
    pub credential_id: String,
}

/// Update a client credential
///
/// `PATCH /clients/{client_id}/credentials/{credential_id}` (`patch_credentials_by_credential_id`).
#[endpoint(
    PATCH,
    "/clients/<client_id>/credentials/<credential_id>",
    response = GetCredentials200ResponseInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchCredentialsByCredentialId {
    /// ID of the client.
    pub client_id: String,
    /// ID of the credential.
    pub credential_id: String,
    /// The ISO 8601 formatted date representing the expiration of the credential.
    pub expires_at: Option<String>,
}

/// Get client by ID
///
/// `GET /clients/{client_id}` (`get_clients_by_id`).
#[endpoint(GET, "/clients/<client_id>", response = Client, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetClientsById {
    /// ID of the client to retrieve.
    pub client_id: String,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Delete a client
///
/// `DELETE /clients/{client_id}` (`delete_clients_by_id`).
#[endpoint(DELETE, "/clients/<client_id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteClientsById {
    /// ID of the client to delete.
    pub client_id: String,
}

/// Update a client
///
/// `PATCH /clients/{client_id}` (`patch_clients_by_id`).
#[endpoint(PATCH, "/clients/<client_id>", response = Client, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchClientsById {
    /// ID of the client to update.
    pub client_id: String,
    /// The name of the client. Must contain at least one character. Does not allow ''.
    pub name: Option<String>,
    /// Free text description of the purpose of the Client. (Max character length: `140`)
    pub description: Option<String>,
    /// The secret used to sign tokens for the client
    pub client_secret: Option<String>,
    /// The URL of the client logo (recommended size: 150x150)
    pub logo_uri: Option<String>,
    /// A set of URLs that are valid to call back from Auth0 when authenticating users
    pub callbacks: Option<Vec<String>>,
    pub oidc_logout: Option<ClientCreateOidcLogout>,
    /// A set of URLs that represents valid origins for CORS
    pub allowed_origins: Option<Vec<String>>,
    /// A set of URLs that represents valid web origins for use with web message response mode
    pub web_origins: Option<Vec<String>>,
    /// A set of grant types that the client is authorized to use. Can include `authorization_code`, `implicit`, `refresh_token`, `client_credentials`, `password`, `http://auth0.com/oauth/grant-type/password-realm`, `http://auth0.com/oauth/grant-type/mfa-oob`, `http://auth0.com/oauth/grant-type/mfa-otp`, `http://auth0.com/oauth/grant-type/mfa-recovery-code`, `urn:openid:params:grant-type:ciba`, and `urn:ietf:params:oauth:grant-type:device_code`.
    pub grant_types: Option<Vec<String>>,
    /// List of audiences for SAML protocol
    pub client_aliases: Option<Vec<String>>,
    /// Ids of clients that will be allowed to perform delegation requests. Clients that will be allowed to make delegation request. By default, all your clients will be allowed. This field allows you to specify specific clients
    pub allowed_clients: Option<Vec<String>>,
    /// URLs that are valid to redirect to after logout from Auth0.
    pub allowed_logout_urls: Option<Vec<String>>,
    pub jwt_configuration: Option<ClientUpdateJwtConfiguration>,
    pub encryption_key: Option<ClientUpdateEncryptionKey>,
    /// `true` to use Auth0 instead of the IdP to do Single Sign On, `false` otherwise (default: `false`)
    pub sso: Option<bool>,
    /// `true` if this client can be used to make cross-origin authentication requests, `false` otherwise if cross origin is disabled
    pub cross_origin_authentication: Option<bool>,
    /// URL for the location in your site where the cross origin verification takes place for the cross-origin auth flow when performing Auth in your own domain instead of Auth0 hosted login page.
    pub cross_origin_loc: Option<String>,
    /// `true` to disable Single Sign On, `false` otherwise (default: `false`)
    pub sso_disabled: Option<bool>,
    /// `true` if the custom login page is to be used, `false` otherwise.
    pub custom_login_page_on: Option<bool>,
    pub token_endpoint_auth_method: Option<ClientUpdateTokenEndpointAuthMethod>,
    pub app_type: Option<ClientUpdateAppType>,
    /// Whether this client a first party client or not
    pub is_first_party: Option<bool>,
    /// Whether this client will conform to strict OIDC specifications
    pub oidc_conformant: Option<bool>,
    /// The content (HTML, CSS, JS) of the custom login page
    pub custom_login_page: Option<String>,
    pub custom_login_page_preview: Option<String>,
    /// Form template for WS-Federation protocol
    pub form_template: Option<String>,
    pub addons: Option<ClientUpdateAddons>,
    /// Metadata associated with the client, in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.  Field names (max 255 chars) are alphanumeric and may only include the following special characters:  :,-+=_*?"/\()@    \[Tab\] \[Space\]
    pub client_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    pub mobile: Option<ClientUpdateMobile>,
    /// Initiate login uri, must be https
    pub initiate_login_uri: Option<String>,
    pub native_social_login: Option<ClientUpdateNativeSocialLogin>,
    pub refresh_token: Option<ClientRefreshToken>,
    pub default_organization: Option<ClientDefaultOrganization>,
    pub organization_usage: Option<ClientOrganizationUsage>,
    pub organization_require_behavior: Option<ClientOrganizationRequireBehavior>,
    pub client_authentication_methods: Option<ClientClientAuthenticationMethods>,
    /// Makes the use of Pushed Authorization Requests mandatory for this client
    pub require_pushed_authorization_requests: Option<bool>,
    /// Makes the use of Proof-of-Possession mandatory for this client
    pub require_proof_of_possession: Option<bool>,
    pub signed_request_object: Option<ClientUpdateSignedRequestObject>,
    pub compliance_level: Option<ClientComplianceLevel>,
}

/// Rotate a client secret
///
/// `POST /clients/{client_id}/rotate-secret` (`post_rotate-secret`).
#[endpoint(
    POST,
    "/clients/<client_id>/rotate-secret",
    response = Client,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostRotateSecret {
    /// ID of the client that will rotate secrets.
    pub client_id: String,
}
