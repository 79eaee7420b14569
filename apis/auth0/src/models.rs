//! The description's schemas: a struct for each object, an enum for a `oneOf` or an `anyOf`, an alias for the rest.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ActionsDraftUpdate {
    /// True if the draft of the action should be updated with the reverted version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_draft: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Token {
    /// JWT's aud claim (the client_id to which the JWT was issued).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<String>,
    /// jti (unique ID within aud) of the blacklisted JWT.
    pub jti: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientGrant {
    /// ID of the client grant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The audience (API identifier) of this client grant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Scopes allowed for this client grant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_usage: Option<ClientGrantOrganizationUsage>,
    /// If enabled, any organization can be used with this grant. If disabled (default), the grant must be explicitly assigned to the desired organizations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_any_organization: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientGrantCreate {
    /// ID of the client.
    pub client_id: String,
    /// The audience (API identifier) of this client grant
    pub audience: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_usage: Option<ClientGrantCreateOrganizationUsage>,
    /// If enabled, any organization can be used with this grant. If disabled (default), the grant must be explicitly assigned to the desired organizations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_any_organization: Option<bool>,
    /// Scopes allowed for this client grant.
    pub scope: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Client {
    /// ID of this client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Name of the tenant this client belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// Name of this client (min length: 1 character, does not allow ``).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Free text description of this client (max length: 140 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether this is your global 'All Applications' client representing legacy tenant settings (true) or a regular client (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global: Option<bool>,
    /// Client secret (which you must not make public).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Type of client used to determine which settings are applicable. Can be `spa`, `native`, `non_interactive`, or `regular_web`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_type: Option<String>,
    /// URL of the logo to display for this client. Recommended size is 150x150 pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_uri: Option<String>,
    /// Whether this client a first party client (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_first_party: Option<bool>,
    /// Whether this client conforms to strict OIDC specifications (true) or uses legacy features (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_conformant: Option<bool>,
    /// Comma-separated list of URLs whitelisted for Auth0 to use as a callback to the client after authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callbacks: Option<Vec<String>>,
    /// Comma-separated list of URLs allowed to make requests from JavaScript to Auth0 API (typically used with CORS). By default, all your callback URLs will be allowed. This field allows you to enter other origins if necessary. You can also use wildcards at the subdomain level (e.g., <https://*.contoso.com>). Query strings and hash information are not taken into account when validating these URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
    /// Comma-separated list of allowed origins for use with Cross-Origin Authentication, Device Flow, and web message response mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_origins: Option<Vec<String>>,
    /// List of audiences/realms for SAML protocol. Used by the wsfed addon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_aliases: Option<Vec<String>>,
    /// List of allow clients and API ids that are allowed to make delegation requests. Empty means all all your clients are allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_clients: Option<Vec<String>>,
    /// Comma-separated list of URLs that are valid to redirect to after logout from Auth0. Wildcards are allowed for subdomains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_logout_urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_logout: Option<ClientOidcLogout>,
    /// List of grant types supported for this application. Can include `authorization_code`, `implicit`, `refresh_token`, `client_credentials`, `password`, `http://auth0.com/oauth/grant-type/password-realm`, `http://auth0.com/oauth/grant-type/mfa-oob`, `http://auth0.com/oauth/grant-type/mfa-otp`, `http://auth0.com/oauth/grant-type/mfa-recovery-code`, `urn:openid:params:grant-type:ciba`, and `urn:ietf:params:oauth:grant-type:device_code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_configuration: Option<ClientJwtConfiguration>,
    /// Signing certificates associated with this client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_keys: Option<Vec<ClientSigningKeysInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<ClientEncryptionKey>,
    /// Applies only to SSO clients and determines whether Auth0 will handle Single Sign On (true) or whether the Identity Provider will (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso: Option<bool>,
    /// Whether Single Sign On is disabled (true) or enabled (true). Defaults to true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_disabled: Option<bool>,
    /// Whether this client can be used to make cross-origin authentication requests (true) or it is not allowed to make such requests (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_origin_authentication: Option<bool>,
    /// URL of the location in your site where the cross origin verification takes place for the cross-origin auth flow when performing Auth in your own domain instead of Auth0 hosted login page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_origin_loc: Option<String>,
    /// Whether a custom login page is to be used (true) or the default provided login page (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page_on: Option<bool>,
    /// The content (HTML, CSS, JS) of the custom login page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page: Option<String>,
    /// The content (HTML, CSS, JS) of the custom login page. (Used on Previews)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page_preview: Option<String>,
    /// HTML form template to be used for WS-Federation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<ClientAddons>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_method: Option<ClientTokenEndpointAuthMethod>,
    /// Metadata associated with the client, in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.  Field names (max 255 chars) are alphanumeric and may only include the following special characters:  :,-+=_*?"/\()@    \[Tab\] \[Space\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile: Option<ClientMobile>,
    /// Initiate login uri, must be https
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiate_login_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_social_login: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<ClientRefreshToken>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_organization: Option<ClientDefaultOrganization>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_usage: Option<ClientOrganizationUsage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_require_behavior: Option<ClientOrganizationRequireBehavior>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_authentication_methods: Option<ClientClientAuthenticationMethods>,
    /// Makes the use of Pushed Authorization Requests mandatory for this client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_pushed_authorization_requests: Option<bool>,
    /// Makes the use of Proof-of-Possession mandatory for this client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_proof_of_possession: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_request_object: Option<ClientSignedRequestObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliance_level: Option<ClientComplianceLevel>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreate {
    /// Name of this client (min length: 1 character, does not allow ``).
    pub name: String,
    /// Free text description of this client (max length: 140 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// URL of the logo to display for this client. Recommended size is 150x150 pixels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_uri: Option<String>,
    /// Comma-separated list of URLs whitelisted for Auth0 to use as a callback to the client after authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callbacks: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_logout: Option<ClientCreateOidcLogout>,
    /// Comma-separated list of URLs allowed to make requests from JavaScript to Auth0 API (typically used with CORS). By default, all your callback URLs will be allowed. This field allows you to enter other origins if necessary. You can also use wildcards at the subdomain level (e.g., <https://*.contoso.com>). Query strings and hash information are not taken into account when validating these URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
    /// Comma-separated list of allowed origins for use with Cross-Origin Authentication, Device Flow, and web message response mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_origins: Option<Vec<String>>,
    /// List of audiences/realms for SAML protocol. Used by the wsfed addon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_aliases: Option<Vec<String>>,
    /// List of allow clients and API ids that are allowed to make delegation requests. Empty means all all your clients are allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_clients: Option<Vec<String>>,
    /// Comma-separated list of URLs that are valid to redirect to after logout from Auth0. Wildcards are allowed for subdomains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_logout_urls: Option<Vec<String>>,
    /// List of grant types supported for this application. Can include `authorization_code`, `implicit`, `refresh_token`, `client_credentials`, `password`, `http://auth0.com/oauth/grant-type/password-realm`, `http://auth0.com/oauth/grant-type/mfa-oob`, `http://auth0.com/oauth/grant-type/mfa-otp`, `http://auth0.com/oauth/grant-type/mfa-recovery-code`, `urn:openid:params:grant-type:ciba`, and `urn:ietf:params:oauth:grant-type:device_code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_method: Option<ClientCreateTokenEndpointAuthMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_type: Option<ClientCreateAppType>,
    /// Whether this client a first party client or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_first_party: Option<bool>,
    /// Whether this client conforms to strict OIDC specifications (true) or uses legacy features (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_conformant: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_configuration: Option<ClientCreateJwtConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<ClientCreateEncryptionKey>,
    /// Applies only to SSO clients and determines whether Auth0 will handle Single Sign On (true) or whether the Identity Provider will (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso: Option<bool>,
    /// Whether this client can be used to make cross-origin authentication requests (true) or it is not allowed to make such requests (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_origin_authentication: Option<bool>,
    /// URL of the location in your site where the cross origin verification takes place for the cross-origin auth flow when performing Auth in your own domain instead of Auth0 hosted login page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_origin_loc: Option<String>,
    /// `true` to disable Single Sign On, `false` otherwise (default: `false`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_disabled: Option<bool>,
    /// `true` if the custom login page is to be used, `false` otherwise. Defaults to `true`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page_on: Option<bool>,
    /// The content (HTML, CSS, JS) of the custom login page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page: Option<String>,
    /// The content (HTML, CSS, JS) of the custom login page. (Used on Previews)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page_preview: Option<String>,
    /// HTML form template to be used for WS-Federation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<ClientAddons>,
    /// Metadata associated with the client, in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.  Field names (max 255 chars) are alphanumeric and may only include the following special characters:  :,-+=_*?"/\()@    \[Tab\] \[Space\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile: Option<ClientCreateMobile>,
    /// Initiate login uri, must be https
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiate_login_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_social_login: Option<ClientCreateNativeSocialLogin>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<ClientRefreshToken>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_organization: Option<ClientCreateDefaultOrganization>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_usage: Option<ClientOrganizationUsage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_require_behavior: Option<ClientOrganizationRequireBehavior>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_authentication_methods: Option<ClientCreateClientAuthenticationMethods>,
    /// Makes the use of Pushed Authorization Requests mandatory for this client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_pushed_authorization_requests: Option<bool>,
    /// Makes the use of Proof-of-Possession mandatory for this client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_proof_of_possession: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_request_object: Option<ClientCreateSignedRequestObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliance_level: Option<ClientComplianceLevel>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdate {
    /// The name of the client. Must contain at least one character. Does not allow ''.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Free text description of the purpose of the Client. (Max character length: `140`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The secret used to sign tokens for the client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// The URL of the client logo (recommended size: 150x150)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_uri: Option<String>,
    /// A set of URLs that are valid to call back from Auth0 when authenticating users
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callbacks: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_logout: Option<ClientCreateOidcLogout>,
    /// A set of URLs that represents valid origins for CORS
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
    /// A set of URLs that represents valid web origins for use with web message response mode
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_origins: Option<Vec<String>>,
    /// A set of grant types that the client is authorized to use. Can include `authorization_code`, `implicit`, `refresh_token`, `client_credentials`, `password`, `http://auth0.com/oauth/grant-type/password-realm`, `http://auth0.com/oauth/grant-type/mfa-oob`, `http://auth0.com/oauth/grant-type/mfa-otp`, `http://auth0.com/oauth/grant-type/mfa-recovery-code`, `urn:openid:params:grant-type:ciba`, and `urn:ietf:params:oauth:grant-type:device_code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grant_types: Option<Vec<String>>,
    /// List of audiences for SAML protocol
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_aliases: Option<Vec<String>>,
    /// Ids of clients that will be allowed to perform delegation requests. Clients that will be allowed to make delegation request. By default, all your clients will be allowed. This field allows you to specify specific clients
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_clients: Option<Vec<String>>,
    /// URLs that are valid to redirect to after logout from Auth0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_logout_urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_configuration: Option<ClientUpdateJwtConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<ClientUpdateEncryptionKey>,
    /// `true` to use Auth0 instead of the IdP to do Single Sign On, `false` otherwise (default: `false`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso: Option<bool>,
    /// `true` if this client can be used to make cross-origin authentication requests, `false` otherwise if cross origin is disabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_origin_authentication: Option<bool>,
    /// URL for the location in your site where the cross origin verification takes place for the cross-origin auth flow when performing Auth in your own domain instead of Auth0 hosted login page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_origin_loc: Option<String>,
    /// `true` to disable Single Sign On, `false` otherwise (default: `false`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_disabled: Option<bool>,
    /// `true` if the custom login page is to be used, `false` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page_on: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_method: Option<ClientUpdateTokenEndpointAuthMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_type: Option<ClientUpdateAppType>,
    /// Whether this client a first party client or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_first_party: Option<bool>,
    /// Whether this client will conform to strict OIDC specifications
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_conformant: Option<bool>,
    /// The content (HTML, CSS, JS) of the custom login page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_login_page_preview: Option<String>,
    /// Form template for WS-Federation protocol
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<ClientUpdateAddons>,
    /// Metadata associated with the client, in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.  Field names (max 255 chars) are alphanumeric and may only include the following special characters:  :,-+=_*?"/\()@    \[Tab\] \[Space\]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile: Option<ClientUpdateMobile>,
    /// Initiate login uri, must be https
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiate_login_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_social_login: Option<ClientUpdateNativeSocialLogin>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<ClientRefreshToken>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_organization: Option<ClientDefaultOrganization>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_usage: Option<ClientOrganizationUsage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_require_behavior: Option<ClientOrganizationRequireBehavior>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_authentication_methods: Option<ClientClientAuthenticationMethods>,
    /// Makes the use of Pushed Authorization Requests mandatory for this client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_pushed_authorization_requests: Option<bool>,
    /// Makes the use of Proof-of-Possession mandatory for this client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_proof_of_possession: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_request_object: Option<ClientUpdateSignedRequestObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compliance_level: Option<ClientComplianceLevel>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Connection {
    /// The name of the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Connection name used in login screen
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// In order to return options in the response, the `read:connections_options` scope must be present
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<serde_json::Map<String, serde_json::Value>>,
    /// The connection's identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the connection, related to the identity provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// Defines the realms for which the connection will be used (ie: email domains). If the array is empty or the property is not specified, the connection name will be added as realm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realms: Option<Vec<String>>,
    /// The ids of the clients for which the connection is enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_clients: Option<Vec<String>>,
    /// True if the connection is domain level
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_domain_connection: Option<bool>,
    /// Metadata associated with the connection in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreate {
    /// The name of the connection. Must start and end with an alphanumeric character and can only contain alphanumeric characters and '-'. Max length 128
    pub name: String,
    /// Connection name used in the new universal login experience
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    pub strategy: ConnectionCreateStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<ConnectionCreateOptions>,
    /// The identifiers of the clients for which the connection is to be enabled. If the array is empty or the property is not specified, no clients are enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_clients: Option<Vec<String>>,
    /// `true` promotes to a domain-level connection so that third-party applications can use it. `false` does not promote the connection, so only first-party applications with the connection enabled can use it. (Defaults to `false`.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_domain_connection: Option<bool>,
    /// Enables showing a button for the connection in the login page (new experience only). If false, it will be usable only by HRD. (Defaults to `false`.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_as_button: Option<bool>,
    /// Defines the realms for which the connection will be used (ie: email domains). If the array is empty or the property is not specified, the connection name will be added as realm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realms: Option<Vec<String>>,
    /// Metadata associated with the connection in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionUpdate {
    /// The connection name used in the new universal login experience. If display_name is not included in the request, the field will be overwritten with the name value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<ConnectionUpdateOptions>,
    /// The identifiers of the clients for which the connection is to be enabled. If the property is not specified, no clients are enabled. If the array is empty, the connection will be disabled for every client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_clients: Option<Vec<String>>,
    /// `true` promotes to a domain-level connection so that third-party applications can use it. `false` does not promote the connection, so only first-party applications with the connection enabled can use it. (Defaults to `false`.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_domain_connection: Option<bool>,
    /// Enables showing a button for the connection in the login page (new experience only). If false, it will be usable only by HRD. (Defaults to `false`.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_as_button: Option<bool>,
    /// Defines the realms for which the connection will be used (ie: email domains). If the array is empty or the property is not specified, the connection name will be added as realm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realms: Option<Vec<String>>,
    /// Metadata associated with the connection in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomDomain {
    /// ID of the custom domain.
    pub custom_domain_id: String,
    /// Domain name.
    pub domain: String,
    /// Whether this is a primary domain (true) or not (false).
    pub primary: bool,
    pub status: PostCustomDomains201ResponseStatus,
    pub r#type: PostCustomDomains201ResponseType,
    /// Intermediate address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_domain_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<PostCustomDomains201ResponseVerification>,
    /// The HTTP header to fetch the client's IP address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_client_ip_header: Option<String>,
    /// The TLS version policy
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_policy: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceCredential {
    /// ID of this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// User agent for this device
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// Unique identifier for the device. NOTE: This field is generally not populated for refresh_tokens and rotating_refresh_tokens
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<DeviceCredentialType>,
    /// user_id this credential is associated with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// client_id of the client (application) this credential is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeviceCredentialCreate {
    /// Name for this device easily recognized by owner.
    pub device_name: String,
    pub r#type: DeviceCredentialCreateType,
    /// Base64 encoded string containing the credential.
    pub value: String,
    /// Unique identifier for the device. Recommend using Android_ID on Android and identifierForVendor.
    pub device_id: String,
    /// client_id of the client (application) this credential is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EmailTemplateUpdate {
    pub template: PostEmailTemplatesRequestTemplate,
    /// Body of the email template.
    #[serde(default)]
    pub body: Option<String>,
    /// Senders `from` email address.
    #[serde(default)]
    pub from: Option<String>,
    /// URL to redirect the user to after a successful action.
    #[serde(rename = "resultUrl", default, skip_serializing_if = "Option::is_none")]
    pub result_url: Option<String>,
    /// Subject line of the email.
    #[serde(default)]
    pub subject: Option<String>,
    /// Syntax of the template body.
    #[serde(default)]
    pub syntax: Option<String>,
    /// Lifetime in seconds that the link within the email will be valid for.
    #[serde(
        rename = "urlLifetimeInSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub url_lifetime_in_seconds: Option<f64>,
    /// Whether the `reset_email` and `verify_email` templates should include the user's email address as the `email` parameter in the returnUrl (true) or whether no email address should be included in the redirect (false). Defaults to true.
    #[serde(
        rename = "includeEmailInRedirect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_email_in_redirect: Option<bool>,
    /// Whether the template is enabled (true) or disabled (false).
    #[serde(default)]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EmailProvider {
    #[serde(
        rename = "getPayloadSchema",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub get_payload_schema: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EmailProviderUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<EmailProviderUpdateName>,
    /// Whether the provider is enabled (true) or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Email address to use as "from" when no other address specified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_from_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<EmailProviderUpdateCredentials>,
    /// Specific provider setting
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EmailProviderCreate {
    pub name: EmailProviderCreateName,
    /// Whether the provider is enabled (true) or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Email address to use as "from" when no other address specified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_from_address: Option<String>,
    pub credentials: EmailProviderCreateCredentials,
    /// Specific provider setting
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserGrant {
    /// ID of the grant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the client.
    #[serde(rename = "clientID", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// ID of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Audience of the grant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Scopes included in this grant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EnrollmentCreate {
    /// user_id for the enrollment ticket
    pub user_id: String,
    /// alternate email to which the enrollment email will be sent. Optional - by default, the email will be sent to the user's default address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Send an email to the user to start the enrollment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_mail: Option<bool>,
    /// Optional. Specify the locale of the enrollment email. Used with send_email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_locale: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Enrollment {
    /// ID for this enrollment.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EnrollmentStatus>,
    /// Device name (only for push notification).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Device identifier. This is usually the phone identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Enrollment date and time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrolled_at: Option<String>,
    /// Last authentication date and time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_auth: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Factor {
    /// Whether this factor is enabled (true) or disabled (false).
    pub enabled: bool,
    /// Whether trial limits have been exceeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_expired: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<FactorName>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TwilioFactorProvider {
    /// From number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Copilot SID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaging_service_sid: Option<String>,
    /// Twilio Authentication token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_token: Option<String>,
    /// Twilio SID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TemplateMessages {
    /// Message sent to the user when they are invited to enroll with a phone number.
    pub enrollment_message: String,
    /// Message sent to the user when they are prompted to verify their account.
    pub verification_message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SnsFactorProvider {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_access_key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_secret_access_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_apns_platform_application_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_gcm_platform_application_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SmsTwilioFactorProvider {
    /// From number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Copilot SID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaging_service_sid: Option<String>,
    /// Twilio Authentication token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_token: Option<String>,
    /// Twilio SID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Hook {
    /// Trigger ID
    #[serde(rename = "triggerId", default, skip_serializing_if = "Option::is_none")]
    pub trigger_id: Option<String>,
    /// ID of this hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of this hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this hook will be executed (true) or ignored (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Code to be executed when this hook runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// Dependencies of this hook used by webtask server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HookCreate {
    /// Name of this hook.
    pub name: String,
    /// Code to be executed when this hook runs.
    pub script: String,
    /// Whether this hook will be executed (true) or ignored (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Dependencies of this hook used by webtask server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(rename = "triggerId")]
    pub trigger_id: HookCreateTriggerId,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HookUpdate {
    /// Name of this hook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Code to be executed when this hook runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// Whether this hook will be executed (true) or ignored (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Dependencies of this hook used by webtask server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Status of this job.
    pub status: String,
    /// Type of job this is.
    pub r#type: String,
    /// When this job was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// ID of this job.
    pub id: String,
    /// connection_id of the connection from which users will be exported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<PostUsersExportsRequestFormat>,
    /// Limit the number of records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// List of fields to be included in the CSV. Defaults to a predefined set of fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<PostUsersExportsRequestFieldsInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Log {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<LogDate>,
    /// Type of event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Description of this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of the connection the event relates to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    /// ID of the connection the event relates to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// ID of the client (application).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Name of the client (application).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    /// IP address of the log event source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Hostname the event applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// ID of the user involved in the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Name of the user involved in the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// API audience the event applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Scope permissions applied to the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Name of the strategy involved in the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// Type of strategy involved in the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy_type: Option<String>,
    /// Unique ID of the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_id: Option<String>,
    /// Whether the client was a mobile device (true) or desktop/laptop/server (false).
    #[serde(rename = "isMobile", default, skip_serializing_if = "Option::is_none")]
    pub is_mobile: Option<bool>,
    /// Additional useful details about this event (structure is dependent upon event type).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Map<String, serde_json::Value>>,
    /// User agent string from the client device that caused the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_info: Option<LogLocationInfo>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PromptsSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub universal_login_experience: Option<PromptsSettingsUniversalLoginExperience>,
    /// Whether identifier first is enabled or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier_first: Option<bool>,
    /// Use WebAuthn with Device Biometrics as the first authentication factor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_platform_first_factor: Option<bool>,
}

/// Prompts settings
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PromptsSettingsUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub universal_login_experience: Option<PromptsSettingsUniversalLoginExperience>,
    /// Whether identifier first is enabled or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier_first: Option<bool>,
    /// Use WebAuthn with Device Biometrics as the first authentication factor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webauthn_platform_first_factor: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scope {
    /// Value of this scope.
    pub value: String,
    /// User-friendly description of this scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceServer {
    /// ID of the API (resource server).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Friendly name for this resource server. Can not contain `` characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this is an Auth0 system API (true) or a custom API (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_system: Option<bool>,
    /// Unique identifier for the API used as the audience parameter on authorization calls. Can not be changed once set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// List of permissions (scopes) that this API uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<Scope>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_alg: Option<ClientJwtConfigurationAlg>,
    /// Secret used to sign tokens when using symmetric algorithms (HS256).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_secret: Option<String>,
    /// Whether refresh tokens can be issued for this API (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_offline_access: Option<bool>,
    /// Whether to skip user consent for applications flagged as first party (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_consent_for_verifiable_first_party_clients: Option<bool>,
    /// Expiration value (in seconds) for access tokens issued for this API from the token endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_lifetime: Option<i64>,
    /// Expiration value (in seconds) for access tokens issued for this API via Implicit or Hybrid Flows. Cannot be greater than the `token_lifetime` value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_lifetime_for_web: Option<i64>,
    /// Whether authorization polices are enforced (true) or unenforced (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_policies: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_dialect: Option<ResourceServerTokenDialect>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_encryption: Option<ResourceServerTokenEncryption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_policy: Option<ResourceServerConsentPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_details: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_of_possession: Option<ResourceServerProofOfPossession>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceServerCreate {
    /// Friendly name for this resource server. Can not contain `` characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Unique identifier for the API used as the audience parameter on authorization calls. Can not be changed once set.
    pub identifier: String,
    /// List of permissions (scopes) that this API uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<Scope>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_alg: Option<ClientJwtConfigurationAlg>,
    /// Secret used to sign tokens when using symmetric algorithms (HS256).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_secret: Option<String>,
    /// Whether refresh tokens can be issued for this API (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_offline_access: Option<bool>,
    /// Expiration value (in seconds) for access tokens issued for this API from the token endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_lifetime: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_dialect: Option<ResourceServerCreateTokenDialect>,
    /// Whether to skip user consent for applications flagged as first party (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_consent_for_verifiable_first_party_clients: Option<bool>,
    /// Whether to enforce authorization policies (true) or to ignore them (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_policies: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_encryption: Option<ResourceServerTokenEncryption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_policy: Option<ResourceServerConsentPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_details: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_of_possession: Option<ResourceServerProofOfPossession>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceServerUpdate {
    /// Friendly name for this resource server. Can not contain `` characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of permissions (scopes) that this API uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<Scope>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_alg: Option<ClientJwtConfigurationAlg>,
    /// Secret used to sign tokens when using symmetric algorithms (HS256).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_secret: Option<String>,
    /// Whether to skip user consent for applications flagged as first party (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_consent_for_verifiable_first_party_clients: Option<bool>,
    /// Whether refresh tokens can be issued for this API (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_offline_access: Option<bool>,
    /// Expiration value (in seconds) for access tokens issued for this API from the token endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_lifetime: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_dialect: Option<ResourceServerCreateTokenDialect>,
    /// Whether authorization policies are enforced (true) or not enforced (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_policies: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_encryption: Option<ResourceServerTokenEncryption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_policy: Option<ResourceServerConsentPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_details: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_of_possession: Option<ResourceServerProofOfPossession>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoleCreate {
    /// Name of the role.
    pub name: String,
    /// Description of the role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RoleUpdate {
    /// Name of this role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of this role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Permission {
    /// Resource server (API) identifier that this permission is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_server_identifier: Option<String>,
    /// Name of this permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_name: Option<String>,
    /// Resource server (API) name this permission is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_server_name: Option<String>,
    /// Description of this permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// Name of this rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ID of this rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Whether the rule is enabled (true), or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Code to be executed when this rule runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// Order that this rule should execute in relative to other rules. Lower-valued rules execute first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<f64>,
    /// Execution stage of this rule. Can be `login_success`, `login_failure`, or `pre_authorize`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleCreate {
    /// Name of this rule.
    pub name: String,
    /// Code to be executed when this rule runs.
    pub script: String,
    /// Order that this rule should execute in relative to other rules. Lower-valued rules execute first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<f64>,
    /// Whether the rule is enabled (true), or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleUpdate {
    /// Code to be executed when this rule runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub script: Option<String>,
    /// Name of this rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Order that this rule should execute in relative to other rules. Lower-valued rules execute first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<f64>,
    /// Whether the rule is enabled (true), or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StatsEntry {
    /// Date these events occurred in ISO 8601 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Number of logins on this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logins: Option<i64>,
    /// Number of signups on this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signups: Option<i64>,
    /// Number of breached-password detections on this date (subscription required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaked_passwords: Option<i64>,
    /// Date and time this stats entry was last updated in ISO 8601 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Approximate date and time the first event occurred in ISO 8601 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_password: Option<TenantSettingsChangePassword>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardian_mfa_page: Option<TenantSettingsGuardianMfaPage>,
    /// Default audience for API authorization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_audience: Option<String>,
    /// Name of connection used for password grants at the `/token`endpoint. The following connection types are supported: LDAP, AD, Database Connections, Passwordless, Windows Azure Active Directory, ADFS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_directory: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_page: Option<TenantSettingsErrorPage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_flow: Option<TenantSettingsDeviceFlow>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<TenantSettingsFlags>,
    /// Friendly name for this tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    /// URL of logo to be shown for this tenant (recommended size: 150x150)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_url: Option<String>,
    /// End-user support email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// End-user support URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_url: Option<String>,
    /// URLs that are valid to redirect to after logout from Auth0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_logout_urls: Option<Vec<String>>,
    /// Number of hours a session will stay valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_lifetime: Option<f64>,
    /// Number of hours for which a session can be inactive before the user must log in again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_session_lifetime: Option<f64>,
    /// Selected sandbox version for the extensibility environment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox_version: Option<String>,
    /// Selected sandbox version for rules and hooks extensibility.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_sandbox_version: Option<String>,
    /// Available sandbox versions for the extensibility environment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox_versions_available: Option<Vec<String>>,
    /// The default absolute redirection uri, must be https
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_redirection_uri: Option<String>,
    /// Supported locales for the user interface.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_locales: Option<Vec<GetCustomTextByLanguageLanguageParameter>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_cookie: Option<TenantSettingsSessionCookie>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<TenantSettingsSessions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_logout: Option<TenantSettingsOidcLogout>,
    /// Whether to accept an organization name instead of an ID on auth endpoints
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_organization_name_in_authentication_api: Option<bool>,
    /// Whether to enable flexible factors for MFA in the PostLogin action
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customize_mfa_in_postlogin_action: Option<bool>,
    /// Supported ACR values
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acr_values_supported: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mtls: Option<TenantSettingsMtls>,
    /// Enables the use of Pushed Authorization Requests
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pushed_authorization_requests_supported: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_password: Option<TenantSettingsChangePassword>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_flow: Option<TenantSettingsUpdateDeviceFlow>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guardian_mfa_page: Option<TenantSettingsGuardianMfaPage>,
    /// Default audience for API Authorization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_audience: Option<String>,
    /// Name of connection used for password grants at the `/token` endpoint. The following connection types are supported: LDAP, AD, Database Connections, Passwordless, Windows Azure Active Directory, ADFS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_directory: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_page: Option<TenantSettingsErrorPage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flags: Option<TenantSettingsUpdateFlags>,
    /// Friendly name for this tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly_name: Option<String>,
    /// URL of logo to be shown for this tenant (recommended size: 150x150)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_url: Option<String>,
    /// End-user support email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// End-user support url.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_url: Option<String>,
    /// URLs that are valid to redirect to after logout from Auth0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_logout_urls: Option<Vec<String>>,
    /// Number of hours a session will stay valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_lifetime: Option<i64>,
    /// Number of hours for which a session can be inactive before the user must log in again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_session_lifetime: Option<i64>,
    /// Selected sandbox version for the extensibility environment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox_version: Option<String>,
    /// Selected legacy sandbox version for the extensibility environment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_sandbox_version: Option<String>,
    /// The default absolute redirection uri, must be https
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_redirection_uri: Option<String>,
    /// Supported locales for the user interface
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_locales: Option<Vec<GetCustomTextByLanguageLanguageParameter>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_cookie: Option<TenantSettingsSessionCookie>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<TenantSettingsSessions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_logout: Option<TenantSettingsOidcLogout>,
    /// Whether to enable flexible factors for MFA in the PostLogin action
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customize_mfa_in_postlogin_action: Option<bool>,
    /// Whether to accept an organization name instead of an ID on auth endpoints
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_organization_name_in_authentication_api: Option<bool>,
    /// Supported ACR values
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acr_values_supported: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mtls: Option<TenantSettingsMtls>,
    /// Enables the use of Pushed Authorization Requests
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pushed_authorization_requests_supported: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserBlock {
    /// Array of identifier + IP address pairs.  IP address is optional, and may be omitted in certain circumstances (such as Account Lockout mode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked_for: Option<Vec<UserBlockBlockedForInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserProfile {
    /// Email address of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether this email address is verified (true) or unverified (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    /// Name of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Username of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Given name/first name/forename of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// Phone number for this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Whether this phone number is verified (true) or unverified (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_verified: Option<bool>,
    /// Family name/last name/surname of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserCreate {
    /// The user's email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The user's phone number (following the E.164 recommendation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Data related to the user that does not affect the application's core functionality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Whether this user was blocked by an administrator (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// Whether this email address is verified (true) or unverified (false). User will receive a verification email after creation if `email_verified` is false or not specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    /// Whether this phone number has been verified (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_verified: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_metadata: Option<GetInvitations200ResponseOneOfInnerAppMetadata>,
    /// The user's given name(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// The user's family name(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    /// The user's full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user's nickname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// A URI pointing to the user's picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// The external user's id provided by the identity provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Name of the connection this user should be created in.
    pub connection: String,
    /// Initial password for this user. Only valid for auth0 connection strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Whether the user will receive a verification email after creation (true) or no email (false). Overrides behavior of `email_verified` parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_email: Option<bool>,
    /// The user's username. Only valid if the connection requires a username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserUpdate {
    /// Whether this user was blocked by an administrator (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// Whether this email address is verified (true) or unverified (false). If set to false the user will not receive a verification email unless `verify_email` is set to true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    /// Email address of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The user's phone number (following the E.164 recommendation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Whether this phone number has been verified (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_verified: Option<bool>,
    /// User metadata to which this user has read/write access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_metadata: Option<UserUpdateAppMetadata>,
    /// Given name/first name/forename of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// Family name/last name/surname of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    /// Name of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Preferred nickname or alias of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// URL to picture, photo, or avatar of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// Whether this user will receive a verification email after creation (true) or no email (false). Overrides behavior of `email_verified` parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_email: Option<bool>,
    /// Whether this user will receive a text after changing the phone number (true) or no text (false). Only valid when changing phone number for SMS connections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_phone_number: Option<bool>,
    /// New password for this user. Only valid for database connections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Name of the connection to target for this user update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    /// Auth0 client ID. Only valid when updating email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The user's username. Only valid if the connection requires a username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserEnrollment {
    /// ID of this enrollment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<UserEnrollmentStatus>,
    /// Type of enrollment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Name of enrollment (usually phone number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Device identifier (usually phone identifier) of this enrollment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Phone number for this enrollment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_method: Option<UserEnrollmentAuthMethod>,
    /// Start date and time of this enrollment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrolled_at: Option<String>,
    /// Last authentication date and time of this enrollment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_auth: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserIdentity {
    /// Connection name of this identity.
    pub connection: String,
    pub user_id: UserIdentityUserId,
    /// Type of identity provider.
    pub provider: String,
    #[serde(rename = "profileData", default, skip_serializing_if = "Option::is_none")]
    pub profile_data: Option<UserProfile>,
    /// Whether the identity provider is a social provider (true) or not (false).
    #[serde(rename = "isSocial", default, skip_serializing_if = "Option::is_none")]
    pub is_social: Option<bool>,
    /// IDP access token returned if scope `read:user_idp_tokens` is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// IDP access token secret returned only if `scope read:user_idp_tokens` is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_secret: Option<String>,
    /// IDP refresh token returned only if scope `read:user_idp_tokens` is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionForList {
    /// The name of the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Connection name used in login screen
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// In order to return options in the response, the `read:connections_options` scope must be present
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<serde_json::Map<String, serde_json::Value>>,
    /// The connection's identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the connection, related to the identity provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// Defines the realms for which the connection will be used (ie: email domains). If the array is empty or the property is not specified, the connection name will be added as realm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realms: Option<Vec<String>>,
    /// True if the connection is domain level
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_domain_connection: Option<bool>,
    /// Metadata associated with the connection in the form of an object with string values (max 255 chars).  Maximum of 10 metadata properties allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

/// An actions extensibility point.
/// One of `post-login`, `credentials-exchange`, `pre-user-registration`, `post-user-registration`, `post-change-password`, `send-phone-message`, `custom-phone-provider`, `custom-email-provider`, `password-reset-post-challenge`, `custom-token-exchange-beta`, `custom-token-exchange`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetActions200ResponseActionsInnerSupportedTriggersInnerId {
    #[default]
    #[serde(rename = "post-login")]
    PostLogin,
    #[serde(rename = "credentials-exchange")]
    CredentialsExchange,
    #[serde(rename = "pre-user-registration")]
    PreUserRegistration,
    #[serde(rename = "post-user-registration")]
    PostUserRegistration,
    #[serde(rename = "post-change-password")]
    PostChangePassword,
    #[serde(rename = "send-phone-message")]
    SendPhoneMessage,
    #[serde(rename = "custom-phone-provider")]
    CustomPhoneProvider,
    #[serde(rename = "custom-email-provider")]
    CustomEmailProvider,
    #[serde(rename = "password-reset-post-challenge")]
    PasswordResetPostChallenge,
    #[serde(rename = "custom-token-exchange-beta")]
    CustomTokenExchangeBeta,
    #[serde(rename = "custom-token-exchange")]
    CustomTokenExchange,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetActions200ResponseActionsInnerSupportedTriggersInnerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::PostLogin => {
                    "post-login"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::CredentialsExchange => {
                    "credentials-exchange"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::PreUserRegistration => {
                    "pre-user-registration"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::PostUserRegistration => {
                    "post-user-registration"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::PostChangePassword => {
                    "post-change-password"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::SendPhoneMessage => {
                    "send-phone-message"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::CustomPhoneProvider => {
                    "custom-phone-provider"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::CustomEmailProvider => {
                    "custom-email-provider"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::PasswordResetPostChallenge => {
                    "password-reset-post-challenge"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::CustomTokenExchangeBeta => {
                    "custom-token-exchange-beta"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::CustomTokenExchange => {
                    "custom-token-exchange"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerId::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerSupportedTriggersInnerCompatibleTriggersInner {
    pub id: GetActions200ResponseActionsInnerSupportedTriggersInnerId,
    /// The version of a trigger. v1, v2, etc.
    pub version: String,
}

/// In order to execute an Action, it must be bound to a trigger using a binding. `trigger-bound` means that bindings are managed by the tenant. `entity-bound` means that the bindings are automatically managed by Auth0 and other internal resouces will control those bindings. Tenants cannot manage `entity-bound` bindings.
/// One of `trigger-bound`, `entity-bound`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetActions200ResponseActionsInnerSupportedTriggersInnerBindingPolicy {
    #[default]
    #[serde(rename = "trigger-bound")]
    TriggerBound,
    #[serde(rename = "entity-bound")]
    EntityBound,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for GetActions200ResponseActionsInnerSupportedTriggersInnerBindingPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetActions200ResponseActionsInnerSupportedTriggersInnerBindingPolicy::TriggerBound => {
                    "trigger-bound"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerBindingPolicy::EntityBound => {
                    "entity-bound"
                }
                GetActions200ResponseActionsInnerSupportedTriggersInnerBindingPolicy::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerSupportedTriggersInner {
    pub id: GetActions200ResponseActionsInnerSupportedTriggersInnerId,
    /// The version of a trigger. v1, v2, etc.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// status points to the trigger status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// runtimes supported by this trigger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtimes: Option<Vec<String>>,
    /// Runtime that will be used when none is specified when creating an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_runtime: Option<String>,
    /// compatible_triggers informs which other trigger supports the same event and api.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatible_triggers: Option<
        Vec<
            GetActions200ResponseActionsInnerSupportedTriggersInnerCompatibleTriggersInner,
        >,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding_policy: Option<
        GetActions200ResponseActionsInnerSupportedTriggersInnerBindingPolicy,
    >,
}

/// Dependency is an npm module. These values are used to produce an immutable artifact, which manifests as a layer_id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerDependenciesInner {
    /// name is the name of the npm module, e.g. lodash
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// description is the version of the npm module, e.g. 4.17.1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// registry_url is an optional value used primarily for private npm registries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registry_url: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerSecretsInner {
    /// The name of the particular secret, e.g. API_KEY.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time when the secret was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

/// feature_type is the type of the integration.
/// One of `unspecified`, `action`, `social_connection`, `log_stream`, `sso_integration`, `sms_provider`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetActions200ResponseActionsInnerIntegrationFeatureType {
    #[default]
    #[serde(rename = "unspecified")]
    Unspecified,
    #[serde(rename = "action")]
    Action,
    #[serde(rename = "social_connection")]
    SocialConnection,
    #[serde(rename = "log_stream")]
    LogStream,
    #[serde(rename = "sso_integration")]
    SsoIntegration,
    #[serde(rename = "sms_provider")]
    SmsProvider,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetActions200ResponseActionsInnerIntegrationFeatureType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetActions200ResponseActionsInnerIntegrationFeatureType::Unspecified => {
                    "unspecified"
                }
                GetActions200ResponseActionsInnerIntegrationFeatureType::Action => {
                    "action"
                }
                GetActions200ResponseActionsInnerIntegrationFeatureType::SocialConnection => {
                    "social_connection"
                }
                GetActions200ResponseActionsInnerIntegrationFeatureType::LogStream => {
                    "log_stream"
                }
                GetActions200ResponseActionsInnerIntegrationFeatureType::SsoIntegration => {
                    "sso_integration"
                }
                GetActions200ResponseActionsInnerIntegrationFeatureType::SmsProvider => {
                    "sms_provider"
                }
                GetActions200ResponseActionsInnerIntegrationFeatureType::Other(other) => {
                    other
                }
            },
        )
    }
}

/// Semver denotes the major.minor version of an integration release
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerIntegrationCurrentReleaseSemver {
    /// Major is the major number of a semver
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub major: Option<i64>,
    /// Minior is the minior number of a semver
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minor: Option<i64>,
}

/// One of `UNSPECIFIED`, `STRING`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInnerType {
    #[default]
    #[serde(rename = "UNSPECIFIED")]
    Unspecified,
    #[serde(rename = "STRING")]
    String,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInnerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInnerType::Unspecified => {
                    "UNSPECIFIED"
                }
                GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInnerType::String => {
                    "STRING"
                }
                GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInnerType::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInnerOptionsInner {
    /// The value of an option that will be used within the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The display value of an option suitable for displaying in a UI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// Param are form input values, primarily utilized when specifying secrets and
/// configuration values for actions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<
        GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInnerType,
    >,
    /// The name of the parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The flag for if this parameter is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The temp flag for if this parameter is required (experimental; for Labs use only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
    /// The short label for this parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The lengthier description for this parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The default value for this parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// Placeholder text for this parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// The allowable options for this param.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<
        Vec<
            GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInnerOptionsInner,
        >,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerIntegrationCurrentRelease {
    /// The id of the associated IntegrationRelease
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<GetActions200ResponseActionsInnerSupportedTriggersInner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semver: Option<GetActions200ResponseActionsInnerIntegrationCurrentReleaseSemver>,
    /// required_secrets declares all the necessary secrets for an integration to
    /// work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_secrets: Option<
        Vec<
            GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInner,
        >,
    >,
    /// required_configuration declares all the necessary configuration fields for an integration to work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_configuration: Option<
        Vec<
            GetActions200ResponseActionsInnerIntegrationCurrentReleaseRequiredSecretsInner,
        >,
    >,
}

/// Integration defines a self contained functioning unit which partners
/// publish. A partner may create one or many of these integrations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInnerIntegration {
    /// id is a system generated GUID. This same ID is designed to be federated in
    /// all the applicable localities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// catalog_id refers to the ID in the marketplace catalog
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog_id: Option<String>,
    /// url_slug refers to the url_slug in the marketplace catalog
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_slug: Option<String>,
    /// partner_id is the foreign key reference to the partner account this
    /// integration belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
    /// name is the integration name, which will be used for display purposes in
    /// the marketplace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// description adds more text for the integration name -- also relevant for
    /// the marketplace listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// short_description is the brief description of the integration, which is used for display purposes in cards
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature_type: Option<GetActions200ResponseActionsInnerIntegrationFeatureType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_of_use_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_policy_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_support_link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_release: Option<
        GetActions200ResponseActionsInnerIntegrationCurrentRelease,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

/// The build status of this action.
/// One of `pending`, `building`, `packaged`, `built`, `retrying`, `failed`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetActions200ResponseActionsInnerStatus {
    #[default]
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "building")]
    Building,
    #[serde(rename = "packaged")]
    Packaged,
    #[serde(rename = "built")]
    Built,
    #[serde(rename = "retrying")]
    Retrying,
    #[serde(rename = "failed")]
    Failed,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetActions200ResponseActionsInnerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetActions200ResponseActionsInnerStatus::Pending => "pending",
                GetActions200ResponseActionsInnerStatus::Building => "building",
                GetActions200ResponseActionsInnerStatus::Packaged => "packaged",
                GetActions200ResponseActionsInnerStatus::Built => "built",
                GetActions200ResponseActionsInnerStatus::Retrying => "retrying",
                GetActions200ResponseActionsInnerStatus::Failed => "failed",
                GetActions200ResponseActionsInnerStatus::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200ResponseActionsInner {
    /// The unique ID of the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list of triggers that this action supports. At this time, an action can only target a single trigger at a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_triggers: Option<
        Vec<GetActions200ResponseActionsInnerSupportedTriggersInner>,
    >,
    /// True if all of an Action's contents have been deployed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_changes_deployed: Option<bool>,
    /// The time when this action was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The time when this action was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The source code of the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The list of third party npm modules, and their versions, that this action depends on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<GetActions200ResponseActionsInnerDependenciesInner>>,
    /// The Node runtime. For example: `node12`, defaults to `node12`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// The list of secrets that are included in an action or a version of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<GetActions200ResponseActionsInnerSecretsInner>>,
    /// The version of the action that is currently deployed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_version: Option<serde_json::Map<String, serde_json::Value>>,
    /// installed_integration_id is the fk reference to the InstalledIntegration entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installed_integration_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration: Option<GetActions200ResponseActionsInnerIntegration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetActions200ResponseActionsInnerStatus>,
    /// The time when this action was built successfully.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActions200Response {
    /// The total result count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// Page index of the results being returned. First page is 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<f64>,
    /// Number of results per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<f64>,
    /// The list of actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<GetActions200ResponseActionsInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostActionRequestSecretsInner {
    /// The name of the particular secret, e.g. API_KEY.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The value of the particular secret, e.g. secret123. A secret's value can only be set upon creation. A secret's value will never be returned by the API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostActionRequest {
    /// The name of an action.
    pub name: String,
    /// The list of triggers that this action supports. At this time, an action can only target a single trigger at a time.
    pub supported_triggers: Vec<GetActions200ResponseActionsInnerSupportedTriggersInner>,
    /// The source code of the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The list of third party npm modules, and their versions, that this action depends on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<GetActions200ResponseActionsInnerDependenciesInner>>,
    /// The Node runtime. For example: `node12`, defaults to `node12`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// The list of secrets that are included in an action or a version of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<PostActionRequestSecretsInner>>,
}

/// The build status of this specific version.
/// One of `pending`, `building`, `packaged`, `built`, `retrying`, `failed`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetActionVersions200ResponseVersionsInnerStatus {
    #[default]
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "building")]
    Building,
    #[serde(rename = "packaged")]
    Packaged,
    #[serde(rename = "built")]
    Built,
    #[serde(rename = "retrying")]
    Retrying,
    #[serde(rename = "failed")]
    Failed,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetActionVersions200ResponseVersionsInnerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetActionVersions200ResponseVersionsInnerStatus::Pending => "pending",
                GetActionVersions200ResponseVersionsInnerStatus::Building => "building",
                GetActionVersions200ResponseVersionsInnerStatus::Packaged => "packaged",
                GetActionVersions200ResponseVersionsInnerStatus::Built => "built",
                GetActionVersions200ResponseVersionsInnerStatus::Retrying => "retrying",
                GetActionVersions200ResponseVersionsInnerStatus::Failed => "failed",
                GetActionVersions200ResponseVersionsInnerStatus::Other(other) => other,
            },
        )
    }
}

/// Error is a generic error with a human readable id which should be easily referenced in support tickets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActionVersions200ResponseVersionsInnerErrorsInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The action to which this version belongs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActionVersions200ResponseVersionsInnerAction {
    /// The unique ID of the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list of triggers that this action supports. At this time, an action can only target a single trigger at a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_triggers: Option<
        Vec<GetActions200ResponseActionsInnerSupportedTriggersInner>,
    >,
    /// True if all of an Action's contents have been deployed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_changes_deployed: Option<bool>,
    /// The time when this action was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The time when this action was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActionVersions200ResponseVersionsInner {
    /// The unique id of an action version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The id of the action to which this version belongs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_id: Option<String>,
    /// The source code of this specific version of the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The list of third party npm modules, and their versions, that this specific version depends on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<GetActions200ResponseActionsInnerDependenciesInner>>,
    /// Indicates if this speciic version is the currently one deployed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed: Option<bool>,
    /// The Node runtime. For example: `node12`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// The list of secrets that are included in an action or a version of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<GetActions200ResponseActionsInnerSecretsInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetActionVersions200ResponseVersionsInnerStatus>,
    /// The index of this version in list of versions for the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<f64>,
    /// Any errors that occurred while the version was being built.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<GetActionVersions200ResponseVersionsInnerErrorsInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<GetActionVersions200ResponseVersionsInnerAction>,
    /// The time when this version was built successfully.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_at: Option<String>,
    /// The time when this version was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The time when a version was updated. Versions are never updated externally. Only Auth0 will update an action version as it is being built.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The list of triggers that this version supports. At this time, a version can only target a single trigger at a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_triggers: Option<
        Vec<GetActions200ResponseActionsInnerSupportedTriggersInner>,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetActionVersions200Response {
    /// The total result count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// Page index of the results being returned. First page is 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<f64>,
    /// Number of results per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versions: Option<Vec<GetActionVersions200ResponseVersionsInner>>,
}
pub type PostDeployDraftVersionRequest = ActionsDraftUpdate;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchActionRequest {
    /// The name of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list of triggers that this action supports. At this time, an action can only target a single trigger at a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_triggers: Option<
        Vec<GetActions200ResponseActionsInnerSupportedTriggersInner>,
    >,
    /// The source code of the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The list of third party npm modules, and their versions, that this action depends on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<GetActions200ResponseActionsInnerDependenciesInner>>,
    /// The Node runtime. For example: `node12`, defaults to `node12`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// The list of secrets that are included in an action or a version of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<PostActionRequestSecretsInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostTestActionRequest {
    /// The payload for the action.
    pub payload: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostTestAction200Response {
    /// The resulting payload after an action was executed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<serde_json::Map<String, serde_json::Value>>,
}

/// The overall status of an execution.
/// One of `unspecified`, `pending`, `final`, `partial`, `canceled`, `suspended`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetExecution200ResponseStatus {
    #[default]
    #[serde(rename = "unspecified")]
    Unspecified,
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "final")]
    Final,
    #[serde(rename = "partial")]
    Partial,
    #[serde(rename = "canceled")]
    Canceled,
    #[serde(rename = "suspended")]
    Suspended,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetExecution200ResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetExecution200ResponseStatus::Unspecified => "unspecified",
                GetExecution200ResponseStatus::Pending => "pending",
                GetExecution200ResponseStatus::Final => "final",
                GetExecution200ResponseStatus::Partial => "partial",
                GetExecution200ResponseStatus::Canceled => "canceled",
                GetExecution200ResponseStatus::Suspended => "suspended",
                GetExecution200ResponseStatus::Other(other) => other,
            },
        )
    }
}

/// Captures the results of a single action being executed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetExecution200ResponseResultsInner {
    /// The name of the action that was executed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<GetActionVersions200ResponseVersionsInnerErrorsInner>,
    /// The time when the action was started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<String>,
    /// The time when the action finished executing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<String>,
}

/// The result of a specific execution of a trigger.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetExecution200Response {
    /// ID identifies this specific execution simulation. These IDs would resemble real executions in production.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_id: Option<GetActions200ResponseActionsInnerSupportedTriggersInnerId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetExecution200ResponseStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<GetExecution200ResponseResultsInner>>,
    /// The time that the execution was started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The time that the exeution finished executing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetTriggers200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triggers: Option<Vec<GetActions200ResponseActionsInnerSupportedTriggersInner>>,
}

/// Binding is the associative entity joining a trigger, and an action together.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBindings200ResponseBindingsInner {
    /// The unique ID of this binding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_id: Option<GetActions200ResponseActionsInnerSupportedTriggersInnerId>,
    /// The name of the binding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<GetActions200ResponseActionsInner>,
    /// The time when the binding was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The time when the binding was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBindings200Response {
    /// The total result count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// Page index of the results being returned. First page is 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<f64>,
    /// Number of results per page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<f64>,
    /// The list of actions that are bound to this trigger in the order in which they will be executed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindings: Option<Vec<GetBindings200ResponseBindingsInner>>,
}

/// How the action is being referred to: `action_id` or `action_name`.
/// One of `binding_id`, `action_id`, `action_name`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PatchBindingsRequestBindingsInnerRefType {
    #[default]
    #[serde(rename = "binding_id")]
    BindingId,
    #[serde(rename = "action_id")]
    ActionId,
    #[serde(rename = "action_name")]
    ActionName,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PatchBindingsRequestBindingsInnerRefType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PatchBindingsRequestBindingsInnerRefType::BindingId => "binding_id",
                PatchBindingsRequestBindingsInnerRefType::ActionId => "action_id",
                PatchBindingsRequestBindingsInnerRefType::ActionName => "action_name",
                PatchBindingsRequestBindingsInnerRefType::Other(other) => other,
            },
        )
    }
}

/// A reference to an action. An action can be referred to by ID or by Name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBindingsRequestBindingsInnerRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PatchBindingsRequestBindingsInnerRefType>,
    /// The id or name of an action that is being bound to a trigger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBindingsRequestBindingsInner {
    pub r#ref: PatchBindingsRequestBindingsInnerRef,
    /// The name of the binding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The list of secrets that are included in an action or a version of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<PostActionRequestSecretsInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBindingsRequest {
    /// The actions that will be bound to this trigger. The order in which they are included will be the order in which they are executed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindings: Option<Vec<PatchBindingsRequestBindingsInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBindings200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bindings: Option<Vec<GetBindings200ResponseBindingsInner>>,
}

/// One of `block`, `user_notification`, `admin_notification`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetBreachedPasswordDetection200ResponseShieldsInner {
    #[default]
    #[serde(rename = "block")]
    Block,
    #[serde(rename = "user_notification")]
    UserNotification,
    #[serde(rename = "admin_notification")]
    AdminNotification,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetBreachedPasswordDetection200ResponseShieldsInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetBreachedPasswordDetection200ResponseShieldsInner::Block => "block",
                GetBreachedPasswordDetection200ResponseShieldsInner::UserNotification => {
                    "user_notification"
                }
                GetBreachedPasswordDetection200ResponseShieldsInner::AdminNotification => {
                    "admin_notification"
                }
                GetBreachedPasswordDetection200ResponseShieldsInner::Other(other) => {
                    other
                }
            },
        )
    }
}

/// One of `immediately`, `daily`, `weekly`, `monthly`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner {
    #[default]
    #[serde(rename = "immediately")]
    Immediately,
    #[serde(rename = "daily")]
    Daily,
    #[serde(rename = "weekly")]
    Weekly,
    #[serde(rename = "monthly")]
    Monthly,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner::Immediately => {
                    "immediately"
                }
                GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner::Daily => {
                    "daily"
                }
                GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner::Weekly => {
                    "weekly"
                }
                GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner::Monthly => {
                    "monthly"
                }
                GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner::Other(
                    other,
                ) => other,
            },
        )
    }
}

/// The subscription level for breached password detection methods. Use "enhanced" to enable Credential Guard.
/// Possible values: `standard`, `enhanced`.
/// One of `standard`, `enhanced`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetBreachedPasswordDetection200ResponseMethod {
    #[default]
    #[serde(rename = "standard")]
    Standard,
    #[serde(rename = "enhanced")]
    Enhanced,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetBreachedPasswordDetection200ResponseMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetBreachedPasswordDetection200ResponseMethod::Standard => "standard",
                GetBreachedPasswordDetection200ResponseMethod::Enhanced => "enhanced",
                GetBreachedPasswordDetection200ResponseMethod::Other(other) => other,
            },
        )
    }
}

/// One of `block`, `admin_notification`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner {
    #[default]
    #[serde(rename = "block")]
    Block,
    #[serde(rename = "admin_notification")]
    AdminNotification,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner::Block => {
                    "block"
                }
                GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner::AdminNotification => {
                    "admin_notification"
                }
                GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBreachedPasswordDetection200ResponseStagePreUserRegistration {
    /// Action to take when a breached password is detected during a signup.
    /// Possible values: `block`, `admin_notification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shields: Option<
        Vec<GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner>,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBreachedPasswordDetection200ResponseStage {
    #[serde(
        rename = "pre-user-registration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pre_user_registration: Option<
        GetBreachedPasswordDetection200ResponseStagePreUserRegistration,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBreachedPasswordDetection200Response {
    /// Whether or not breached password detection is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Action to take when a breached password is detected during a login.
    /// Possible values: `block`, `user_notification`, `admin_notification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shields: Option<Vec<GetBreachedPasswordDetection200ResponseShieldsInner>>,
    /// When "admin_notification" is enabled, determines how often email notifications are sent.
    /// Possible values: `immediately`, `daily`, `weekly`, `monthly`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_notification_frequency: Option<
        Vec<GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<GetBreachedPasswordDetection200ResponseMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<GetBreachedPasswordDetection200ResponseStage>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBreachedPasswordDetectionRequest {
    /// Whether or not breached password detection is active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Action to take when a breached password is detected during a login.
    /// Possible values: `block`, `user_notification`, `admin_notification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shields: Option<Vec<GetBreachedPasswordDetection200ResponseShieldsInner>>,
    /// When "admin_notification" is enabled, determines how often email notifications are sent.
    /// Possible values: `immediately`, `daily`, `weekly`, `monthly`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_notification_frequency: Option<
        Vec<GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<GetBreachedPasswordDetection200ResponseMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<GetBreachedPasswordDetection200ResponseStage>,
}

/// One of `block`, `user_notification`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetBruteForceProtection200ResponseShieldsInner {
    #[default]
    #[serde(rename = "block")]
    Block,
    #[serde(rename = "user_notification")]
    UserNotification,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetBruteForceProtection200ResponseShieldsInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetBruteForceProtection200ResponseShieldsInner::Block => "block",
                GetBruteForceProtection200ResponseShieldsInner::UserNotification => {
                    "user_notification"
                }
                GetBruteForceProtection200ResponseShieldsInner::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetBruteForceProtection200ResponseAllowlistInner {
    String(String),
    String2(String),
    String3(String),
    String4(String),
}

impl Default for GetBruteForceProtection200ResponseAllowlistInner {
    fn default() -> Self {
        GetBruteForceProtection200ResponseAllowlistInner::String(Default::default())
    }
}

/// Account Lockout: Determines whether or not IP address is used when counting failed attempts.
/// Possible values: `count_per_identifier_and_ip`, `count_per_identifier`.
/// One of `count_per_identifier_and_ip`, `count_per_identifier`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetBruteForceProtection200ResponseMode {
    #[default]
    #[serde(rename = "count_per_identifier_and_ip")]
    CountPerIdentifierAndIp,
    #[serde(rename = "count_per_identifier")]
    CountPerIdentifier,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetBruteForceProtection200ResponseMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetBruteForceProtection200ResponseMode::CountPerIdentifierAndIp => {
                    "count_per_identifier_and_ip"
                }
                GetBruteForceProtection200ResponseMode::CountPerIdentifier => {
                    "count_per_identifier"
                }
                GetBruteForceProtection200ResponseMode::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBruteForceProtection200Response {
    /// Whether or not brute force attack protections are active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Action to take when a brute force protection threshold is violated.
    /// Possible values: `block`, `user_notification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shields: Option<Vec<GetBruteForceProtection200ResponseShieldsInner>>,
    /// List of trusted IP addresses that will not have attack protection enforced against them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowlist: Option<Vec<GetBruteForceProtection200ResponseAllowlistInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<GetBruteForceProtection200ResponseMode>,
    /// Maximum number of unsuccessful attempts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBruteForceProtectionRequest {
    /// Whether or not brute force attack protections are active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Action to take when a brute force protection threshold is violated.
    /// Possible values: `block`, `user_notification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shields: Option<Vec<GetBruteForceProtection200ResponseShieldsInner>>,
    /// List of trusted IP addresses that will not have attack protection enforced against them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowlist: Option<Vec<GetBruteForceProtection200ResponseAllowlistInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<GetBruteForceProtection200ResponseMode>,
    /// Maximum number of unsuccessful attempts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<i64>,
}

/// Configuration options that apply before every login attempt.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSuspiciousIpThrottling200ResponseStagePreLogin {
    /// Total number of attempts allowed per day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<i64>,
    /// Interval of time, given in milliseconds, at which new attempts are granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<i64>,
}

/// Configuration options that apply before every user registration attempt.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSuspiciousIpThrottling200ResponseStagePreUserRegistration {
    /// Total number of attempts allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<i64>,
    /// Interval of time, given in milliseconds, at which new attempts are granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<i64>,
}

/// Holds per-stage configuration options (max_attempts and rate).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSuspiciousIpThrottling200ResponseStage {
    #[serde(rename = "pre-login", default, skip_serializing_if = "Option::is_none")]
    pub pre_login: Option<GetSuspiciousIpThrottling200ResponseStagePreLogin>,
    #[serde(
        rename = "pre-user-registration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pre_user_registration: Option<
        GetSuspiciousIpThrottling200ResponseStagePreUserRegistration,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSuspiciousIpThrottling200Response {
    /// Whether or not suspicious IP throttling attack protections are active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Action to take when a suspicious IP throttling threshold is violated.
    /// Possible values: `block`, `admin_notification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shields: Option<
        Vec<GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner>,
    >,
    /// List of trusted IP addresses that will not have attack protection enforced against them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowlist: Option<Vec<GetBruteForceProtection200ResponseAllowlistInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<GetSuspiciousIpThrottling200ResponseStage>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchSuspiciousIpThrottlingRequest {
    /// Whether or not suspicious IP throttling attack protections are active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Action to take when a suspicious IP throttling threshold is violated.
    /// Possible values: `block`, `admin_notification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shields: Option<
        Vec<GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner>,
    >,
    /// List of trusted IP addresses that will not have attack protection enforced against them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowlist: Option<Vec<GetBruteForceProtection200ResponseAllowlistInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<GetSuspiciousIpThrottling200ResponseStage>,
}

/// Page Background Color or Gradient.
/// Property contains either `null` to unset, a solid color as a string value `#FFFFFF`, or a gradient as an object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetBranding200ResponseColorsPageBackground {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetBranding200ResponseColorsPageBackground {
    fn default() -> Self {
        GetBranding200ResponseColorsPageBackground::String(Default::default())
    }
}

/// Custom color settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBranding200ResponseColors {
    /// Accent color.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_background: Option<GetBranding200ResponseColorsPageBackground>,
}

/// Custom font settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBranding200ResponseFont {
    /// URL for the custom font. The URL must point to a font file and not a stylesheet. Must use HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetBranding200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colors: Option<GetBranding200ResponseColors>,
    /// URL for the favicon. Must use HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favicon_url: Option<String>,
    /// URL for the logo. Must use HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font: Option<GetBranding200ResponseFont>,
}

/// Custom color settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBrandingRequestColors {
    /// Accent color.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_background: Option<GetBranding200ResponseColorsPageBackground>,
}

/// Custom font settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBrandingRequestFont {
    /// URL for the custom font. The URL must point to a font file and not a stylesheet. Must use HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Branding settings
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchBrandingRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colors: Option<PatchBrandingRequestColors>,
    /// URL for the favicon. Must use HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favicon_url: Option<String>,
    /// URL for the logo. Must use HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font: Option<PatchBrandingRequestFont>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetUniversalLogin200ResponseOneOf {
    /// The custom page template for the New Universal Login Experience
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetUniversalLogin200Response {
    GetUniversalLogin200ResponseOneOf(GetUniversalLogin200ResponseOneOf),
    String(String),
}

impl Default for GetUniversalLogin200Response {
    fn default() -> Self {
        GetUniversalLogin200Response::GetUniversalLogin200ResponseOneOf(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PutUniversalLoginRequestOneOf {
    pub template: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PutUniversalLoginRequest {
    String(String),
    PutUniversalLoginRequestOneOf(PutUniversalLoginRequestOneOf),
}

impl Default for PutUniversalLoginRequest {
    fn default() -> Self {
        PutUniversalLoginRequest::String(Default::default())
    }
}

/// Buttons style
/// One of `pill`, `rounded`, `sharp`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostBrandingThemeRequestBordersButtonsStyle {
    #[default]
    #[serde(rename = "pill")]
    Pill,
    #[serde(rename = "rounded")]
    Rounded,
    #[serde(rename = "sharp")]
    Sharp,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostBrandingThemeRequestBordersButtonsStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostBrandingThemeRequestBordersButtonsStyle::Pill => "pill",
                PostBrandingThemeRequestBordersButtonsStyle::Rounded => "rounded",
                PostBrandingThemeRequestBordersButtonsStyle::Sharp => "sharp",
                PostBrandingThemeRequestBordersButtonsStyle::Other(other) => other,
            },
        )
    }
}

/// Inputs style
/// One of `pill`, `rounded`, `sharp`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostBrandingThemeRequestBordersInputsStyle {
    #[default]
    #[serde(rename = "pill")]
    Pill,
    #[serde(rename = "rounded")]
    Rounded,
    #[serde(rename = "sharp")]
    Sharp,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostBrandingThemeRequestBordersInputsStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostBrandingThemeRequestBordersInputsStyle::Pill => "pill",
                PostBrandingThemeRequestBordersInputsStyle::Rounded => "rounded",
                PostBrandingThemeRequestBordersInputsStyle::Sharp => "sharp",
                PostBrandingThemeRequestBordersInputsStyle::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestBorders {
    /// Button border radius
    pub button_border_radius: f64,
    /// Button border weight
    pub button_border_weight: f64,
    pub buttons_style: PostBrandingThemeRequestBordersButtonsStyle,
    /// Input border radius
    pub input_border_radius: f64,
    /// Input border weight
    pub input_border_weight: f64,
    pub inputs_style: PostBrandingThemeRequestBordersInputsStyle,
    /// Show widget shadow
    pub show_widget_shadow: bool,
    /// Widget border weight
    pub widget_border_weight: f64,
    /// Widget corner radius
    pub widget_corner_radius: f64,
}

/// Captcha Widget Theme
/// One of `auto`, `dark`, `light`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostBrandingThemeRequestColorsCaptchaWidgetTheme {
    #[default]
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "dark")]
    Dark,
    #[serde(rename = "light")]
    Light,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostBrandingThemeRequestColorsCaptchaWidgetTheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostBrandingThemeRequestColorsCaptchaWidgetTheme::Auto => "auto",
                PostBrandingThemeRequestColorsCaptchaWidgetTheme::Dark => "dark",
                PostBrandingThemeRequestColorsCaptchaWidgetTheme::Light => "light",
                PostBrandingThemeRequestColorsCaptchaWidgetTheme::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestColors {
    /// Base Focus Color
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_focus_color: Option<String>,
    /// Base Hover Color
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_hover_color: Option<String>,
    /// Body text
    pub body_text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_widget_theme: Option<PostBrandingThemeRequestColorsCaptchaWidgetTheme>,
    /// Error
    pub error: String,
    /// Header
    pub header: String,
    /// Icons
    pub icons: String,
    /// Input background
    pub input_background: String,
    /// Input border
    pub input_border: String,
    /// Input filled text
    pub input_filled_text: String,
    /// Input labels & placeholders
    pub input_labels_placeholders: String,
    /// Links & focused components
    pub links_focused_components: String,
    /// Primary button
    pub primary_button: String,
    /// Primary button label
    pub primary_button_label: String,
    /// Secondary button border
    pub secondary_button_border: String,
    /// Secondary button label
    pub secondary_button_label: String,
    /// Success
    pub success: String,
    /// Widget background
    pub widget_background: String,
    /// Widget border
    pub widget_border: String,
}

/// Body text
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestFontsBodyText {
    /// Body text bold
    pub bold: bool,
    /// Body text size
    pub size: f64,
}

/// Buttons text
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestFontsButtonsText {
    /// Buttons text bold
    pub bold: bool,
    /// Buttons text size
    pub size: f64,
}

/// Input Labels
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestFontsInputLabels {
    /// Input Labels bold
    pub bold: bool,
    /// Input Labels size
    pub size: f64,
}

/// Links
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestFontsLinks {
    /// Links bold
    pub bold: bool,
    /// Links size
    pub size: f64,
}

/// Links style
/// One of `normal`, `underlined`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostBrandingThemeRequestFontsLinksStyle {
    #[default]
    #[serde(rename = "normal")]
    Normal,
    #[serde(rename = "underlined")]
    Underlined,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostBrandingThemeRequestFontsLinksStyle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostBrandingThemeRequestFontsLinksStyle::Normal => "normal",
                PostBrandingThemeRequestFontsLinksStyle::Underlined => "underlined",
                PostBrandingThemeRequestFontsLinksStyle::Other(other) => other,
            },
        )
    }
}

/// Subtitle
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestFontsSubtitle {
    /// Subtitle bold
    pub bold: bool,
    /// Subtitle size
    pub size: f64,
}

/// Title
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestFontsTitle {
    /// Title bold
    pub bold: bool,
    /// Title size
    pub size: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestFonts {
    pub body_text: PostBrandingThemeRequestFontsBodyText,
    pub buttons_text: PostBrandingThemeRequestFontsButtonsText,
    /// Font URL
    pub font_url: String,
    pub input_labels: PostBrandingThemeRequestFontsInputLabels,
    pub links: PostBrandingThemeRequestFontsLinks,
    pub links_style: PostBrandingThemeRequestFontsLinksStyle,
    /// Reference text size
    pub reference_text_size: f64,
    pub subtitle: PostBrandingThemeRequestFontsSubtitle,
    pub title: PostBrandingThemeRequestFontsTitle,
}

/// Page Layout
/// One of `center`, `left`, `right`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostBrandingThemeRequestPageBackgroundPageLayout {
    #[default]
    #[serde(rename = "center")]
    Center,
    #[serde(rename = "left")]
    Left,
    #[serde(rename = "right")]
    Right,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostBrandingThemeRequestPageBackgroundPageLayout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostBrandingThemeRequestPageBackgroundPageLayout::Center => "center",
                PostBrandingThemeRequestPageBackgroundPageLayout::Left => "left",
                PostBrandingThemeRequestPageBackgroundPageLayout::Right => "right",
                PostBrandingThemeRequestPageBackgroundPageLayout::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestPageBackground {
    /// Background color
    pub background_color: String,
    /// Background image url
    pub background_image_url: String,
    pub page_layout: PostBrandingThemeRequestPageBackgroundPageLayout,
}

/// Header text alignment
/// One of `center`, `left`, `right`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostBrandingThemeRequestWidgetHeaderTextAlignment {
    #[default]
    #[serde(rename = "center")]
    Center,
    #[serde(rename = "left")]
    Left,
    #[serde(rename = "right")]
    Right,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostBrandingThemeRequestWidgetHeaderTextAlignment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostBrandingThemeRequestWidgetHeaderTextAlignment::Center => "center",
                PostBrandingThemeRequestWidgetHeaderTextAlignment::Left => "left",
                PostBrandingThemeRequestWidgetHeaderTextAlignment::Right => "right",
                PostBrandingThemeRequestWidgetHeaderTextAlignment::Other(other) => other,
            },
        )
    }
}

/// Logo position
/// One of `center`, `left`, `none`, `right`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostBrandingThemeRequestWidgetLogoPosition {
    #[default]
    #[serde(rename = "center")]
    Center,
    #[serde(rename = "left")]
    Left,
    #[serde(rename = "none")]
    None,
    #[serde(rename = "right")]
    Right,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostBrandingThemeRequestWidgetLogoPosition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostBrandingThemeRequestWidgetLogoPosition::Center => "center",
                PostBrandingThemeRequestWidgetLogoPosition::Left => "left",
                PostBrandingThemeRequestWidgetLogoPosition::None => "none",
                PostBrandingThemeRequestWidgetLogoPosition::Right => "right",
                PostBrandingThemeRequestWidgetLogoPosition::Other(other) => other,
            },
        )
    }
}

/// Social buttons layout
/// One of `bottom`, `top`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostBrandingThemeRequestWidgetSocialButtonsLayout {
    #[default]
    #[serde(rename = "bottom")]
    Bottom,
    #[serde(rename = "top")]
    Top,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostBrandingThemeRequestWidgetSocialButtonsLayout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostBrandingThemeRequestWidgetSocialButtonsLayout::Bottom => "bottom",
                PostBrandingThemeRequestWidgetSocialButtonsLayout::Top => "top",
                PostBrandingThemeRequestWidgetSocialButtonsLayout::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequestWidget {
    pub header_text_alignment: PostBrandingThemeRequestWidgetHeaderTextAlignment,
    /// Logo height
    pub logo_height: f64,
    pub logo_position: PostBrandingThemeRequestWidgetLogoPosition,
    /// Logo url
    pub logo_url: String,
    pub social_buttons_layout: PostBrandingThemeRequestWidgetSocialButtonsLayout,
}

/// Branding theme
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingThemeRequest {
    pub borders: PostBrandingThemeRequestBorders,
    pub colors: PostBrandingThemeRequestColors,
    /// Display Name
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    pub fonts: PostBrandingThemeRequestFonts,
    pub page_background: PostBrandingThemeRequestPageBackground,
    pub widget: PostBrandingThemeRequestWidget,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostBrandingTheme200Response {
    pub borders: PostBrandingThemeRequestBorders,
    pub colors: PostBrandingThemeRequestColors,
    /// Display Name
    #[serde(rename = "displayName")]
    pub display_name: String,
    pub fonts: PostBrandingThemeRequestFonts,
    pub page_background: PostBrandingThemeRequestPageBackground,
    /// Theme Id
    #[serde(rename = "themeId")]
    pub theme_id: String,
    pub widget: PostBrandingThemeRequestWidget,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetClientGrants200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub client_grants: Option<Vec<ClientGrant>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetClientGrants200ResponseOneOf1 {
    /// Opaque identifier for use with the from query parameter for the next page of results.This identifier is valid for 24 hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(next)]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub client_grants: Option<Vec<ClientGrant>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetClientGrants200Response {
    List(Vec<ClientGrant>),
    GetClientGrants200ResponseOneOf(GetClientGrants200ResponseOneOf),
    GetClientGrants200ResponseOneOf1(GetClientGrants200ResponseOneOf1),
}

impl Default for GetClientGrants200Response {
    fn default() -> Self {
        GetClientGrants200Response::List(Default::default())
    }
}

/// Controls how organizations may be used with this grant
/// One of `deny`, `allow`, `require`, `null`.
pub type PatchClientGrantsByIdRequestOrganizationUsage = String;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchClientGrantsByIdRequest {
    /// Scopes allowed for this client grant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_usage: Option<PatchClientGrantsByIdRequestOrganizationUsage>,
    /// Controls allowing any organization to be used with this grant
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_any_organization: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetClients200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub clients: Option<Vec<Client>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetClients200ResponseOneOf1 {
    /// Opaque identifier for use with the from query parameter for the next page of results.This identifier is valid for 24 hours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(next)]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub clients: Option<Vec<Client>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetClients200Response {
    List(Vec<Client>),
    GetClients200ResponseOneOf(GetClients200ResponseOneOf),
    GetClients200ResponseOneOf1(GetClients200ResponseOneOf1),
}

impl Default for GetClients200Response {
    fn default() -> Self {
        GetClients200Response::List(Default::default())
    }
}

/// Algorithm which will be used with the credential. Supported algorithms: RS256,RS384,PS256
/// One of `RS256`, `RS384`, `PS256`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetCredentials200ResponseInnerAlg {
    #[default]
    #[serde(rename = "RS256")]
    Rs256,
    #[serde(rename = "RS384")]
    Rs384,
    #[serde(rename = "PS256")]
    Ps256,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetCredentials200ResponseInnerAlg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetCredentials200ResponseInnerAlg::Rs256 => "RS256",
                GetCredentials200ResponseInnerAlg::Rs384 => "RS384",
                GetCredentials200ResponseInnerAlg::Ps256 => "PS256",
                GetCredentials200ResponseInnerAlg::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetCredentials200ResponseInner {
    /// ID of the credential. Generated on creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name given to the credential by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The key identifier of the credential, generated on creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<GetCredentials200ResponseInnerAlg>,
    /// The type of credential. Supported types: public_key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_type: Option<String>,
    /// The X509 certificate's Subject Distinguished Name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_dn: Option<String>,
    /// The X509 certificate's SHA256 thumbprint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbprint_sha256: Option<String>,
    /// The ISO 8601 formatted date the credential was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The ISO 8601 formatted date the credential was updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The ISO 8601 formatted date representing the expiration of the credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

/// Credential type. Supported types: public_key, cert_subject_dn or x509_cert
/// One of `public_key`, `cert_subject_dn`, `x509_cert`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostCredentialsRequestCredentialType {
    #[default]
    #[serde(rename = "public_key")]
    PublicKey,
    #[serde(rename = "cert_subject_dn")]
    CertSubjectDn,
    #[serde(rename = "x509_cert")]
    X509Cert,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostCredentialsRequestCredentialType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostCredentialsRequestCredentialType::PublicKey => "public_key",
                PostCredentialsRequestCredentialType::CertSubjectDn => "cert_subject_dn",
                PostCredentialsRequestCredentialType::X509Cert => "x509_cert",
                PostCredentialsRequestCredentialType::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostCredentialsRequest {
    pub credential_type: PostCredentialsRequestCredentialType,
    /// Friendly name for a credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchCredentialsByCredentialIdRequest {
    /// The ISO 8601 formatted date representing the expiration of the credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

/// One of `ad`, `adfs`, `amazon`, `apple`, `dropbox`, `bitbucket`, `aol`, `auth0-oidc`, `auth0`, `baidu`, `bitly`, `box`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetConnectionsStrategyParameterInner {
    #[default]
    #[serde(rename = "ad")]
    Ad,
    #[serde(rename = "adfs")]
    Adfs,
    #[serde(rename = "amazon")]
    Amazon,
    #[serde(rename = "apple")]
    Apple,
    #[serde(rename = "dropbox")]
    Dropbox,
    #[serde(rename = "bitbucket")]
    Bitbucket,
    #[serde(rename = "aol")]
    Aol,
    #[serde(rename = "auth0-oidc")]
    Auth0Oidc,
    #[serde(rename = "auth0")]
    Auth0,
    #[serde(rename = "baidu")]
    Baidu,
    #[serde(rename = "bitly")]
    Bitly,
    #[serde(rename = "box")]
    Box,
    #[serde(rename = "custom")]
    Custom,
    #[serde(rename = "daccount")]
    Daccount,
    #[serde(rename = "dwolla")]
    Dwolla,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "evernote-sandbox")]
    EvernoteSandbox,
    #[serde(rename = "evernote")]
    Evernote,
    #[serde(rename = "exact")]
    Exact,
    #[serde(rename = "facebook")]
    Facebook,
    #[serde(rename = "fitbit")]
    Fitbit,
    #[serde(rename = "flickr")]
    Flickr,
    #[serde(rename = "github")]
    Github,
    #[serde(rename = "google-apps")]
    GoogleApps,
    #[serde(rename = "google-oauth2")]
    GoogleOauth2,
    #[serde(rename = "instagram")]
    Instagram,
    #[serde(rename = "ip")]
    Ip,
    #[serde(rename = "line")]
    Line,
    #[serde(rename = "linkedin")]
    Linkedin,
    #[serde(rename = "miicard")]
    Miicard,
    #[serde(rename = "oauth1")]
    Oauth1,
    #[serde(rename = "oauth2")]
    Oauth2,
    #[serde(rename = "office365")]
    Office365,
    #[serde(rename = "oidc")]
    Oidc,
    #[serde(rename = "okta")]
    Okta,
    #[serde(rename = "paypal")]
    Paypal,
    #[serde(rename = "paypal-sandbox")]
    PaypalSandbox,
    #[serde(rename = "pingfederate")]
    Pingfederate,
    #[serde(rename = "planningcenter")]
    Planningcenter,
    #[serde(rename = "renren")]
    Renren,
    #[serde(rename = "salesforce-community")]
    SalesforceCommunity,
    #[serde(rename = "salesforce-sandbox")]
    SalesforceSandbox,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "samlp")]
    Samlp,
    #[serde(rename = "sharepoint")]
    Sharepoint,
    #[serde(rename = "shopify")]
    Shopify,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "soundcloud")]
    Soundcloud,
    #[serde(rename = "thecity-sandbox")]
    ThecitySandbox,
    #[serde(rename = "thecity")]
    Thecity,
    #[serde(rename = "thirtysevensignals")]
    Thirtysevensignals,
    #[serde(rename = "twitter")]
    Twitter,
    #[serde(rename = "untappd")]
    Untappd,
    #[serde(rename = "vkontakte")]
    Vkontakte,
    #[serde(rename = "waad")]
    Waad,
    #[serde(rename = "weibo")]
    Weibo,
    #[serde(rename = "windowslive")]
    Windowslive,
    #[serde(rename = "wordpress")]
    Wordpress,
    #[serde(rename = "yahoo")]
    Yahoo,
    #[serde(rename = "yammer")]
    Yammer,
    #[serde(rename = "yandex")]
    Yandex,
    #[serde(rename = "auth0-adldap")]
    Auth0Adldap,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetConnectionsStrategyParameterInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetConnectionsStrategyParameterInner::Ad => "ad",
                GetConnectionsStrategyParameterInner::Adfs => "adfs",
                GetConnectionsStrategyParameterInner::Amazon => "amazon",
                GetConnectionsStrategyParameterInner::Apple => "apple",
                GetConnectionsStrategyParameterInner::Dropbox => "dropbox",
                GetConnectionsStrategyParameterInner::Bitbucket => "bitbucket",
                GetConnectionsStrategyParameterInner::Aol => "aol",
                GetConnectionsStrategyParameterInner::Auth0Oidc => "auth0-oidc",
                GetConnectionsStrategyParameterInner::Auth0 => "auth0",
                GetConnectionsStrategyParameterInner::Baidu => "baidu",
                GetConnectionsStrategyParameterInner::Bitly => "bitly",
                GetConnectionsStrategyParameterInner::Box => "box",
                GetConnectionsStrategyParameterInner::Custom => "custom",
                GetConnectionsStrategyParameterInner::Daccount => "daccount",
                GetConnectionsStrategyParameterInner::Dwolla => "dwolla",
                GetConnectionsStrategyParameterInner::Email => "email",
                GetConnectionsStrategyParameterInner::EvernoteSandbox => {
                    "evernote-sandbox"
                }
                GetConnectionsStrategyParameterInner::Evernote => "evernote",
                GetConnectionsStrategyParameterInner::Exact => "exact",
                GetConnectionsStrategyParameterInner::Facebook => "facebook",
                GetConnectionsStrategyParameterInner::Fitbit => "fitbit",
                GetConnectionsStrategyParameterInner::Flickr => "flickr",
                GetConnectionsStrategyParameterInner::Github => "github",
                GetConnectionsStrategyParameterInner::GoogleApps => "google-apps",
                GetConnectionsStrategyParameterInner::GoogleOauth2 => "google-oauth2",
                GetConnectionsStrategyParameterInner::Instagram => "instagram",
                GetConnectionsStrategyParameterInner::Ip => "ip",
                GetConnectionsStrategyParameterInner::Line => "line",
                GetConnectionsStrategyParameterInner::Linkedin => "linkedin",
                GetConnectionsStrategyParameterInner::Miicard => "miicard",
                GetConnectionsStrategyParameterInner::Oauth1 => "oauth1",
                GetConnectionsStrategyParameterInner::Oauth2 => "oauth2",
                GetConnectionsStrategyParameterInner::Office365 => "office365",
                GetConnectionsStrategyParameterInner::Oidc => "oidc",
                GetConnectionsStrategyParameterInner::Okta => "okta",
                GetConnectionsStrategyParameterInner::Paypal => "paypal",
                GetConnectionsStrategyParameterInner::PaypalSandbox => "paypal-sandbox",
                GetConnectionsStrategyParameterInner::Pingfederate => "pingfederate",
                GetConnectionsStrategyParameterInner::Planningcenter => "planningcenter",
                GetConnectionsStrategyParameterInner::Renren => "renren",
                GetConnectionsStrategyParameterInner::SalesforceCommunity => {
                    "salesforce-community"
                }
                GetConnectionsStrategyParameterInner::SalesforceSandbox => {
                    "salesforce-sandbox"
                }
                GetConnectionsStrategyParameterInner::Salesforce => "salesforce",
                GetConnectionsStrategyParameterInner::Samlp => "samlp",
                GetConnectionsStrategyParameterInner::Sharepoint => "sharepoint",
                GetConnectionsStrategyParameterInner::Shopify => "shopify",
                GetConnectionsStrategyParameterInner::Sms => "sms",
                GetConnectionsStrategyParameterInner::Soundcloud => "soundcloud",
                GetConnectionsStrategyParameterInner::ThecitySandbox => "thecity-sandbox",
                GetConnectionsStrategyParameterInner::Thecity => "thecity",
                GetConnectionsStrategyParameterInner::Thirtysevensignals => {
                    "thirtysevensignals"
                }
                GetConnectionsStrategyParameterInner::Twitter => "twitter",
                GetConnectionsStrategyParameterInner::Untappd => "untappd",
                GetConnectionsStrategyParameterInner::Vkontakte => "vkontakte",
                GetConnectionsStrategyParameterInner::Waad => "waad",
                GetConnectionsStrategyParameterInner::Weibo => "weibo",
                GetConnectionsStrategyParameterInner::Windowslive => "windowslive",
                GetConnectionsStrategyParameterInner::Wordpress => "wordpress",
                GetConnectionsStrategyParameterInner::Yahoo => "yahoo",
                GetConnectionsStrategyParameterInner::Yammer => "yammer",
                GetConnectionsStrategyParameterInner::Yandex => "yandex",
                GetConnectionsStrategyParameterInner::Auth0Adldap => "auth0-adldap",
                GetConnectionsStrategyParameterInner::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetConnections200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub connections: Option<Vec<ConnectionForList>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetConnections200Response {
    List(Vec<ConnectionForList>),
    GetConnections200ResponseOneOf(GetConnections200ResponseOneOf),
}

impl Default for GetConnections200Response {
    fn default() -> Self {
        GetConnections200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetScimConfiguration200ResponseMappingInner {
    /// The field location in the auth0 schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth0: Option<String>,
    /// The field location in the SCIM schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetScimConfiguration200Response {
    /// The connection's identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// The connection's identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_name: Option<String>,
    /// The connection's strategy
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// The tenant's name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_name: Option<String>,
    /// User ID attribute for generating unique user ids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id_attribute: Option<String>,
    /// The mapping between auth0 and SCIM
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<Vec<GetScimConfiguration200ResponseMappingInner>>,
    /// The Date Time Scim Configuration was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The Date Time Scim Configuration was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_on: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostScimConfigurationRequest {
    /// User ID attribute for generating unique user ids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id_attribute: Option<String>,
    /// The mapping between auth0 and SCIM
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<Vec<GetScimConfiguration200ResponseMappingInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchScimConfigurationRequest {
    /// User ID attribute for generating unique user ids
    pub user_id_attribute: String,
    /// The mapping between auth0 and SCIM
    pub mapping: Vec<GetScimConfiguration200ResponseMappingInner>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetDefaultMapping200Response {
    /// The mapping between auth0 and SCIM
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mapping: Option<Vec<GetScimConfiguration200ResponseMappingInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetScimTokens200ResponseInner {
    /// The token's identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_id: Option<String>,
    /// The scopes of the scim token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// The token's created at timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The token's valid until timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
    /// The token's last used at timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<String>,
}

/// SCIM Token
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostScimTokenRequest {
    /// The scopes of the scim token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Lifetime of the token in seconds. Must be greater than 900
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_lifetime: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostScimToken201Response {
    /// The token's identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_id: Option<String>,
    /// The scim client's token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The scopes of the scim token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// The token's created at timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The token's valid until at timestamp
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
}

/// Custom domain provisioning type. Must be `auth0_managed_certs` or `self_managed_certs`.
/// One of `auth0_managed_certs`, `self_managed_certs`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostCustomDomainsRequestType {
    #[default]
    #[serde(rename = "auth0_managed_certs")]
    Auth0ManagedCerts,
    #[serde(rename = "self_managed_certs")]
    SelfManagedCerts,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostCustomDomainsRequestType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostCustomDomainsRequestType::Auth0ManagedCerts => "auth0_managed_certs",
                PostCustomDomainsRequestType::SelfManagedCerts => "self_managed_certs",
                PostCustomDomainsRequestType::Other(other) => other,
            },
        )
    }
}

/// Custom domain verification method. Must be `txt`.
/// One of `txt`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostCustomDomainsRequestVerificationMethod {
    #[default]
    #[serde(rename = "txt")]
    Txt,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostCustomDomainsRequestVerificationMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostCustomDomainsRequestVerificationMethod::Txt => "txt",
                PostCustomDomainsRequestVerificationMethod::Other(other) => other,
            },
        )
    }
}

/// recommended includes TLS 1.2
/// One of `recommended`, `compatible`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostCustomDomainsRequestTlsPolicy {
    #[default]
    #[serde(rename = "recommended")]
    Recommended,
    #[serde(rename = "compatible")]
    Compatible,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostCustomDomainsRequestTlsPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostCustomDomainsRequestTlsPolicy::Recommended => "recommended",
                PostCustomDomainsRequestTlsPolicy::Compatible => "compatible",
                PostCustomDomainsRequestTlsPolicy::Other(other) => other,
            },
        )
    }
}

/// HTTP header to fetch client IP header. Ex: CF-Connecting-IP, X-Forwarded-For or True-Client-IP.
/// One of `true-client-ip`, `cf-connecting-ip`, `x-forwarded-for`, `x-azure-clientip`, `null`.
pub type PostCustomDomainsRequestCustomClientIpHeader = String;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostCustomDomainsRequest {
    /// Domain name.
    pub domain: String,
    pub r#type: PostCustomDomainsRequestType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_method: Option<PostCustomDomainsRequestVerificationMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_policy: Option<PostCustomDomainsRequestTlsPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_client_ip_header: Option<PostCustomDomainsRequestCustomClientIpHeader>,
}

/// Custom domain configuration status. Can be `disabled`, `pending`, `pending_verification`, or `ready`.
/// One of `disabled`, `pending`, `pending_verification`, `ready`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostCustomDomains201ResponseStatus {
    #[default]
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "pending_verification")]
    PendingVerification,
    #[serde(rename = "ready")]
    Ready,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostCustomDomains201ResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostCustomDomains201ResponseStatus::Disabled => "disabled",
                PostCustomDomains201ResponseStatus::Pending => "pending",
                PostCustomDomains201ResponseStatus::PendingVerification => {
                    "pending_verification"
                }
                PostCustomDomains201ResponseStatus::Ready => "ready",
                PostCustomDomains201ResponseStatus::Other(other) => other,
            },
        )
    }
}

/// Custom domain provisioning type. Can be `auth0_managed_certs` or `self_managed_certs`.
/// One of `auth0_managed_certs`, `self_managed_certs`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostCustomDomains201ResponseType {
    #[default]
    #[serde(rename = "auth0_managed_certs")]
    Auth0ManagedCerts,
    #[serde(rename = "self_managed_certs")]
    SelfManagedCerts,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostCustomDomains201ResponseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostCustomDomains201ResponseType::Auth0ManagedCerts => {
                    "auth0_managed_certs"
                }
                PostCustomDomains201ResponseType::SelfManagedCerts => {
                    "self_managed_certs"
                }
                PostCustomDomains201ResponseType::Other(other) => other,
            },
        )
    }
}

/// Domain verification method.
/// One of `cname`, `txt`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostCustomDomains201ResponseVerificationMethodsInnerName {
    #[default]
    #[serde(rename = "cname")]
    Cname,
    #[serde(rename = "txt")]
    Txt,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostCustomDomains201ResponseVerificationMethodsInnerName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostCustomDomains201ResponseVerificationMethodsInnerName::Cname => {
                    "cname"
                }
                PostCustomDomains201ResponseVerificationMethodsInnerName::Txt => "txt",
                PostCustomDomains201ResponseVerificationMethodsInnerName::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostCustomDomains201ResponseVerificationMethodsInner {
    pub name: PostCustomDomains201ResponseVerificationMethodsInnerName,
    /// Value used to verify the domain.
    pub record: String,
    /// The name of the txt record for verification
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// Domain verification settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostCustomDomains201ResponseVerification {
    /// Domain verification methods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<PostCustomDomains201ResponseVerificationMethodsInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostCustomDomains201Response {
    /// ID of the custom domain.
    pub custom_domain_id: String,
    /// Domain name.
    pub domain: String,
    /// Whether this is a primary domain (true) or not (false).
    pub primary: bool,
    pub status: PostCustomDomains201ResponseStatus,
    pub r#type: PostCustomDomains201ResponseType,
    pub verification: PostCustomDomains201ResponseVerification,
    /// The HTTP header to fetch the client's IP address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_client_ip_header: Option<String>,
    /// The TLS version policy
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_policy: Option<String>,
}

/// recommended includes TLS 1.2
/// One of `recommended`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PatchCustomDomainsByIdRequestTlsPolicy {
    #[default]
    #[serde(rename = "recommended")]
    Recommended,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PatchCustomDomainsByIdRequestTlsPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PatchCustomDomainsByIdRequestTlsPolicy::Recommended => "recommended",
                PatchCustomDomainsByIdRequestTlsPolicy::Other(other) => other,
            },
        )
    }
}

/// The HTTP header to fetch the client's IP address
/// One of `true-client-ip`, `cf-connecting-ip`, `x-forwarded-for`, `x-azure-clientip`, ``.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PatchCustomDomainsByIdRequestCustomClientIpHeader {
    #[default]
    #[serde(rename = "true-client-ip")]
    TrueClientIp,
    #[serde(rename = "cf-connecting-ip")]
    CfConnectingIp,
    #[serde(rename = "x-forwarded-for")]
    XForwardedFor,
    #[serde(rename = "x-azure-clientip")]
    XAzureClientip,
    #[serde(rename = "")]
    Empty,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PatchCustomDomainsByIdRequestCustomClientIpHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PatchCustomDomainsByIdRequestCustomClientIpHeader::TrueClientIp => {
                    "true-client-ip"
                }
                PatchCustomDomainsByIdRequestCustomClientIpHeader::CfConnectingIp => {
                    "cf-connecting-ip"
                }
                PatchCustomDomainsByIdRequestCustomClientIpHeader::XForwardedFor => {
                    "x-forwarded-for"
                }
                PatchCustomDomainsByIdRequestCustomClientIpHeader::XAzureClientip => {
                    "x-azure-clientip"
                }
                PatchCustomDomainsByIdRequestCustomClientIpHeader::Empty => "",
                PatchCustomDomainsByIdRequestCustomClientIpHeader::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchCustomDomainsByIdRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_policy: Option<PatchCustomDomainsByIdRequestTlsPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_client_ip_header: Option<
        PatchCustomDomainsByIdRequestCustomClientIpHeader,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostVerify200Response {
    /// ID of the custom domain.
    pub custom_domain_id: String,
    /// Domain name.
    pub domain: String,
    /// Whether this is a primary domain (true) or not (false).
    pub primary: bool,
    pub status: PostCustomDomains201ResponseStatus,
    pub r#type: PostCustomDomains201ResponseType,
    /// CNAME API key header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cname_api_key: Option<String>,
    /// Intermediate address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_domain_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<PostCustomDomains201ResponseVerification>,
    /// The HTTP header to fetch the client's IP address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_client_ip_header: Option<String>,
    /// The TLS version policy
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_policy: Option<String>,
}

/// One of `public_key`, `refresh_token`, `rotating_refresh_token`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetDeviceCredentialsTypeParameter {
    #[default]
    #[serde(rename = "public_key")]
    PublicKey,
    #[serde(rename = "refresh_token")]
    RefreshToken,
    #[serde(rename = "rotating_refresh_token")]
    RotatingRefreshToken,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetDeviceCredentialsTypeParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetDeviceCredentialsTypeParameter::PublicKey => "public_key",
                GetDeviceCredentialsTypeParameter::RefreshToken => "refresh_token",
                GetDeviceCredentialsTypeParameter::RotatingRefreshToken => {
                    "rotating_refresh_token"
                }
                GetDeviceCredentialsTypeParameter::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetDeviceCredentials200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub device_credentials: Option<Vec<DeviceCredential>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetDeviceCredentials200Response {
    List(Vec<DeviceCredential>),
    GetDeviceCredentials200ResponseOneOf(GetDeviceCredentials200ResponseOneOf),
}

impl Default for GetDeviceCredentials200Response {
    fn default() -> Self {
        GetDeviceCredentials200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostDeviceCredentials201Response {
    /// The credential's identifier
    pub id: String,
}

/// Template name. Can be `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password` (legacy), or `password_reset` (legacy).
/// One of `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password`, `password_reset`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostEmailTemplatesRequestTemplate {
    #[default]
    #[serde(rename = "verify_email")]
    VerifyEmail,
    #[serde(rename = "verify_email_by_code")]
    VerifyEmailByCode,
    #[serde(rename = "reset_email")]
    ResetEmail,
    #[serde(rename = "reset_email_by_code")]
    ResetEmailByCode,
    #[serde(rename = "welcome_email")]
    WelcomeEmail,
    #[serde(rename = "blocked_account")]
    BlockedAccount,
    #[serde(rename = "stolen_credentials")]
    StolenCredentials,
    #[serde(rename = "enrollment_email")]
    EnrollmentEmail,
    #[serde(rename = "mfa_oob_code")]
    MfaOobCode,
    #[serde(rename = "user_invitation")]
    UserInvitation,
    #[serde(rename = "change_password")]
    ChangePassword,
    #[serde(rename = "password_reset")]
    PasswordReset,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostEmailTemplatesRequestTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostEmailTemplatesRequestTemplate::VerifyEmail => "verify_email",
                PostEmailTemplatesRequestTemplate::VerifyEmailByCode => {
                    "verify_email_by_code"
                }
                PostEmailTemplatesRequestTemplate::ResetEmail => "reset_email",
                PostEmailTemplatesRequestTemplate::ResetEmailByCode => {
                    "reset_email_by_code"
                }
                PostEmailTemplatesRequestTemplate::WelcomeEmail => "welcome_email",
                PostEmailTemplatesRequestTemplate::BlockedAccount => "blocked_account",
                PostEmailTemplatesRequestTemplate::StolenCredentials => {
                    "stolen_credentials"
                }
                PostEmailTemplatesRequestTemplate::EnrollmentEmail => "enrollment_email",
                PostEmailTemplatesRequestTemplate::MfaOobCode => "mfa_oob_code",
                PostEmailTemplatesRequestTemplate::UserInvitation => "user_invitation",
                PostEmailTemplatesRequestTemplate::ChangePassword => "change_password",
                PostEmailTemplatesRequestTemplate::PasswordReset => "password_reset",
                PostEmailTemplatesRequestTemplate::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostEmailTemplatesRequest {
    pub template: PostEmailTemplatesRequestTemplate,
    /// Body of the email template.
    #[serde(default)]
    pub body: Option<String>,
    /// Senders `from` email address.
    #[serde(default)]
    pub from: Option<String>,
    /// URL to redirect the user to after a successful action.
    #[serde(rename = "resultUrl", default, skip_serializing_if = "Option::is_none")]
    pub result_url: Option<String>,
    /// Subject line of the email.
    #[serde(default)]
    pub subject: Option<String>,
    /// Syntax of the template body.
    #[serde(default)]
    pub syntax: Option<String>,
    /// Lifetime in seconds that the link within the email will be valid for.
    #[serde(
        rename = "urlLifetimeInSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub url_lifetime_in_seconds: Option<f64>,
    /// Whether the `reset_email` and `verify_email` templates should include the user's email address as the `email` parameter in the returnUrl (true) or whether no email address should be included in the redirect (false). Defaults to true.
    #[serde(
        rename = "includeEmailInRedirect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_email_in_redirect: Option<bool>,
    /// Whether the template is enabled (true) or disabled (false).
    #[serde(default)]
    pub enabled: Option<bool>,
}

/// One of `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password`, `password_reset`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetEmailTemplatesByTemplateNameTemplateNameParameter {
    #[default]
    #[serde(rename = "verify_email")]
    VerifyEmail,
    #[serde(rename = "verify_email_by_code")]
    VerifyEmailByCode,
    #[serde(rename = "reset_email")]
    ResetEmail,
    #[serde(rename = "reset_email_by_code")]
    ResetEmailByCode,
    #[serde(rename = "welcome_email")]
    WelcomeEmail,
    #[serde(rename = "blocked_account")]
    BlockedAccount,
    #[serde(rename = "stolen_credentials")]
    StolenCredentials,
    #[serde(rename = "enrollment_email")]
    EnrollmentEmail,
    #[serde(rename = "mfa_oob_code")]
    MfaOobCode,
    #[serde(rename = "user_invitation")]
    UserInvitation,
    #[serde(rename = "change_password")]
    ChangePassword,
    #[serde(rename = "password_reset")]
    PasswordReset,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetEmailTemplatesByTemplateNameTemplateNameParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetEmailTemplatesByTemplateNameTemplateNameParameter::VerifyEmail => {
                    "verify_email"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::VerifyEmailByCode => {
                    "verify_email_by_code"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::ResetEmail => {
                    "reset_email"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::ResetEmailByCode => {
                    "reset_email_by_code"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::WelcomeEmail => {
                    "welcome_email"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::BlockedAccount => {
                    "blocked_account"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::StolenCredentials => {
                    "stolen_credentials"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::EnrollmentEmail => {
                    "enrollment_email"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::MfaOobCode => {
                    "mfa_oob_code"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::UserInvitation => {
                    "user_invitation"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::ChangePassword => {
                    "change_password"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::PasswordReset => {
                    "password_reset"
                }
                GetEmailTemplatesByTemplateNameTemplateNameParameter::Other(other) => {
                    other
                }
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetEmailTemplatesByTemplateName200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<PostEmailTemplatesRequestTemplate>,
    /// Body of the email template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Senders `from` email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// URL to redirect the user to after a successful action.
    #[serde(rename = "resultUrl", default, skip_serializing_if = "Option::is_none")]
    pub result_url: Option<String>,
    /// Subject line of the email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Syntax of the template body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub syntax: Option<String>,
    /// Lifetime in seconds that the link within the email will be valid for.
    #[serde(
        rename = "urlLifetimeInSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub url_lifetime_in_seconds: Option<f64>,
    /// Whether the `reset_email` and `verify_email` templates should include the user's email address as the `email` parameter in the returnUrl (true) or whether no email address should be included in the redirect (false). Defaults to true.
    #[serde(
        rename = "includeEmailInRedirect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_email_in_redirect: Option<bool>,
    /// Whether the template is enabled (true) or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetGrants200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub grants: Option<Vec<UserGrant>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetGrants200Response {
    List(Vec<UserGrant>),
    GetGrants200ResponseOneOf(GetGrants200ResponseOneOf),
}

impl Default for GetGrants200Response {
    fn default() -> Self {
        GetGrants200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostTicket200Response {
    /// The ticket_id used to identify the enrollment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    /// The url you can use to start enrollment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_url: Option<String>,
}

/// One of `sms`, `voice`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetMessageTypes200ResponseMessageTypesInner {
    #[default]
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "voice")]
    Voice,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetMessageTypes200ResponseMessageTypesInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetMessageTypes200ResponseMessageTypesInner::Sms => "sms",
                GetMessageTypes200ResponseMessageTypesInner::Voice => "voice",
                GetMessageTypes200ResponseMessageTypesInner::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetMessageTypes200Response {
    /// The list of phone factors to enable on the tenant. Can include `sms` and `voice`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_types: Option<Vec<GetMessageTypes200ResponseMessageTypesInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutMessageTypesRequest {
    /// The list of phone factors to enable on the tenant. Can include `sms` and `voice`.
    pub message_types: Vec<GetMessageTypes200ResponseMessageTypesInner>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutTwilioRequest {
    /// From number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Copilot SID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaging_service_sid: Option<String>,
    /// Twilio Authentication token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_token: Option<String>,
    /// Twilio SID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<String>,
}

/// One of `auth0`, `twilio`, `phone-message-hook`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetGuardianPhoneProviders200ResponseProvider {
    #[default]
    #[serde(rename = "auth0")]
    Auth0,
    #[serde(rename = "twilio")]
    Twilio,
    #[serde(rename = "phone-message-hook")]
    PhoneMessageHook,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetGuardianPhoneProviders200ResponseProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetGuardianPhoneProviders200ResponseProvider::Auth0 => "auth0",
                GetGuardianPhoneProviders200ResponseProvider::Twilio => "twilio",
                GetGuardianPhoneProviders200ResponseProvider::PhoneMessageHook => {
                    "phone-message-hook"
                }
                GetGuardianPhoneProviders200ResponseProvider::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetGuardianPhoneProviders200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<GetGuardianPhoneProviders200ResponseProvider>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutPhoneProvidersRequest {
    pub provider: GetGuardianPhoneProviders200ResponseProvider,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetApns200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutApnsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub p12: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutApns200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sandbox: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutFcmRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_key: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutSnsRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_access_key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_secret_access_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_apns_platform_application_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sns_gcm_platform_application_arn: Option<String>,
}

/// One of `guardian`, `sns`, `direct`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetPnProviders200ResponseProvider {
    #[default]
    #[serde(rename = "guardian")]
    Guardian,
    #[serde(rename = "sns")]
    Sns,
    #[serde(rename = "direct")]
    Direct,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetPnProviders200ResponseProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetPnProviders200ResponseProvider::Guardian => "guardian",
                GetPnProviders200ResponseProvider::Sns => "sns",
                GetPnProviders200ResponseProvider::Direct => "direct",
                GetPnProviders200ResponseProvider::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetPnProviders200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<GetPnProviders200ResponseProvider>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutPnProvidersRequest {
    pub provider: GetPnProviders200ResponseProvider,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutFactorsByNameRequest {
    /// Whether this factor is enabled (true) or disabled (false).
    pub enabled: bool,
}

/// One of `push-notification`, `sms`, `email`, `duo`, `otp`, `webauthn-roaming`, `webauthn-platform`, `recovery-code`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PutFactorsByNameNameParameter {
    #[default]
    #[serde(rename = "push-notification")]
    PushNotification,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "duo")]
    Duo,
    #[serde(rename = "otp")]
    Otp,
    #[serde(rename = "webauthn-roaming")]
    WebauthnRoaming,
    #[serde(rename = "webauthn-platform")]
    WebauthnPlatform,
    #[serde(rename = "recovery-code")]
    RecoveryCode,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PutFactorsByNameNameParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PutFactorsByNameNameParameter::PushNotification => "push-notification",
                PutFactorsByNameNameParameter::Sms => "sms",
                PutFactorsByNameNameParameter::Email => "email",
                PutFactorsByNameNameParameter::Duo => "duo",
                PutFactorsByNameNameParameter::Otp => "otp",
                PutFactorsByNameNameParameter::WebauthnRoaming => "webauthn-roaming",
                PutFactorsByNameNameParameter::WebauthnPlatform => "webauthn-platform",
                PutFactorsByNameNameParameter::RecoveryCode => "recovery-code",
                PutFactorsByNameNameParameter::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutFactorsByName200Response {
    /// Whether this factor is enabled (true) or disabled (false).
    pub enabled: bool,
}

/// The MFA policy
/// One of `all-applications`, `confidence-score`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetPolicies200ResponseInner {
    #[default]
    #[serde(rename = "all-applications")]
    AllApplications,
    #[serde(rename = "confidence-score")]
    ConfidenceScore,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetPolicies200ResponseInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetPolicies200ResponseInner::AllApplications => "all-applications",
                GetPolicies200ResponseInner::ConfidenceScore => "confidence-score",
                GetPolicies200ResponseInner::Other(other) => other,
            },
        )
    }
}

/// One of `credentials-exchange`, `pre-user-registration`, `post-user-registration`, `post-change-password`, `send-phone-message`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetHooksTriggerIdParameter {
    #[default]
    #[serde(rename = "credentials-exchange")]
    CredentialsExchange,
    #[serde(rename = "pre-user-registration")]
    PreUserRegistration,
    #[serde(rename = "post-user-registration")]
    PostUserRegistration,
    #[serde(rename = "post-change-password")]
    PostChangePassword,
    #[serde(rename = "send-phone-message")]
    SendPhoneMessage,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetHooksTriggerIdParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetHooksTriggerIdParameter::CredentialsExchange => "credentials-exchange",
                GetHooksTriggerIdParameter::PreUserRegistration => {
                    "pre-user-registration"
                }
                GetHooksTriggerIdParameter::PostUserRegistration => {
                    "post-user-registration"
                }
                GetHooksTriggerIdParameter::PostChangePassword => "post-change-password",
                GetHooksTriggerIdParameter::SendPhoneMessage => "send-phone-message",
                GetHooksTriggerIdParameter::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetHooks200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub hooks: Option<Vec<Hook>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetHooks200Response {
    List(Vec<Hook>),
    GetHooks200ResponseOneOf(GetHooks200ResponseOneOf),
}

impl Default for GetHooks200Response {
    fn default() -> Self {
        GetHooks200Response::List(Default::default())
    }
}

/// Format of the file. Must be `json` or `csv`.
/// One of `json`, `csv`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostUsersExportsRequestFormat {
    #[default]
    #[serde(rename = "json")]
    Json,
    #[serde(rename = "csv")]
    Csv,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostUsersExportsRequestFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostUsersExportsRequestFormat::Json => "json",
                PostUsersExportsRequestFormat::Csv => "csv",
                PostUsersExportsRequestFormat::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostUsersExportsRequestFieldsInner {
    /// Name of the field in the profile.
    pub name: String,
    /// Title of the column in the exported CSV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_as: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostUsersExportsRequest {
    /// connection_id of the connection from which users will be exported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<PostUsersExportsRequestFormat>,
    /// Limit the number of records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// List of fields to be included in the CSV. Defaults to a predefined set of fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<PostUsersExportsRequestFieldsInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostUsersImportsRequest {
    pub users: String,
    /// connection_id of the connection to which users will be imported.
    pub connection_id: String,
    /// Whether to update users if they already exist (true) or to ignore them (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upsert: Option<bool>,
    /// Customer-defined ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Whether to send a completion email to all tenant owners when the job is finished (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_completion_email: Option<bool>,
}

/// Identity provider name of the identity (e.g. `google-oauth2`).
/// One of `ad`, `adfs`, `amazon`, `apple`, `dropbox`, `bitbucket`, `aol`, `auth0-oidc`, `auth0`, `baidu`, `bitly`, `box`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostVerificationEmailRequestIdentityProvider {
    #[default]
    #[serde(rename = "ad")]
    Ad,
    #[serde(rename = "adfs")]
    Adfs,
    #[serde(rename = "amazon")]
    Amazon,
    #[serde(rename = "apple")]
    Apple,
    #[serde(rename = "dropbox")]
    Dropbox,
    #[serde(rename = "bitbucket")]
    Bitbucket,
    #[serde(rename = "aol")]
    Aol,
    #[serde(rename = "auth0-oidc")]
    Auth0Oidc,
    #[serde(rename = "auth0")]
    Auth0,
    #[serde(rename = "baidu")]
    Baidu,
    #[serde(rename = "bitly")]
    Bitly,
    #[serde(rename = "box")]
    Box,
    #[serde(rename = "custom")]
    Custom,
    #[serde(rename = "daccount")]
    Daccount,
    #[serde(rename = "dwolla")]
    Dwolla,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "evernote-sandbox")]
    EvernoteSandbox,
    #[serde(rename = "evernote")]
    Evernote,
    #[serde(rename = "exact")]
    Exact,
    #[serde(rename = "facebook")]
    Facebook,
    #[serde(rename = "fitbit")]
    Fitbit,
    #[serde(rename = "flickr")]
    Flickr,
    #[serde(rename = "github")]
    Github,
    #[serde(rename = "google-apps")]
    GoogleApps,
    #[serde(rename = "google-oauth2")]
    GoogleOauth2,
    #[serde(rename = "instagram")]
    Instagram,
    #[serde(rename = "ip")]
    Ip,
    #[serde(rename = "line")]
    Line,
    #[serde(rename = "linkedin")]
    Linkedin,
    #[serde(rename = "miicard")]
    Miicard,
    #[serde(rename = "oauth1")]
    Oauth1,
    #[serde(rename = "oauth2")]
    Oauth2,
    #[serde(rename = "office365")]
    Office365,
    #[serde(rename = "oidc")]
    Oidc,
    #[serde(rename = "okta")]
    Okta,
    #[serde(rename = "paypal")]
    Paypal,
    #[serde(rename = "paypal-sandbox")]
    PaypalSandbox,
    #[serde(rename = "pingfederate")]
    Pingfederate,
    #[serde(rename = "planningcenter")]
    Planningcenter,
    #[serde(rename = "renren")]
    Renren,
    #[serde(rename = "salesforce-community")]
    SalesforceCommunity,
    #[serde(rename = "salesforce-sandbox")]
    SalesforceSandbox,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "samlp")]
    Samlp,
    #[serde(rename = "sharepoint")]
    Sharepoint,
    #[serde(rename = "shopify")]
    Shopify,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "soundcloud")]
    Soundcloud,
    #[serde(rename = "thecity-sandbox")]
    ThecitySandbox,
    #[serde(rename = "thecity")]
    Thecity,
    #[serde(rename = "thirtysevensignals")]
    Thirtysevensignals,
    #[serde(rename = "twitter")]
    Twitter,
    #[serde(rename = "untappd")]
    Untappd,
    #[serde(rename = "vkontakte")]
    Vkontakte,
    #[serde(rename = "waad")]
    Waad,
    #[serde(rename = "weibo")]
    Weibo,
    #[serde(rename = "windowslive")]
    Windowslive,
    #[serde(rename = "wordpress")]
    Wordpress,
    #[serde(rename = "yahoo")]
    Yahoo,
    #[serde(rename = "yammer")]
    Yammer,
    #[serde(rename = "yandex")]
    Yandex,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostVerificationEmailRequestIdentityProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostVerificationEmailRequestIdentityProvider::Ad => "ad",
                PostVerificationEmailRequestIdentityProvider::Adfs => "adfs",
                PostVerificationEmailRequestIdentityProvider::Amazon => "amazon",
                PostVerificationEmailRequestIdentityProvider::Apple => "apple",
                PostVerificationEmailRequestIdentityProvider::Dropbox => "dropbox",
                PostVerificationEmailRequestIdentityProvider::Bitbucket => "bitbucket",
                PostVerificationEmailRequestIdentityProvider::Aol => "aol",
                PostVerificationEmailRequestIdentityProvider::Auth0Oidc => "auth0-oidc",
                PostVerificationEmailRequestIdentityProvider::Auth0 => "auth0",
                PostVerificationEmailRequestIdentityProvider::Baidu => "baidu",
                PostVerificationEmailRequestIdentityProvider::Bitly => "bitly",
                PostVerificationEmailRequestIdentityProvider::Box => "box",
                PostVerificationEmailRequestIdentityProvider::Custom => "custom",
                PostVerificationEmailRequestIdentityProvider::Daccount => "daccount",
                PostVerificationEmailRequestIdentityProvider::Dwolla => "dwolla",
                PostVerificationEmailRequestIdentityProvider::Email => "email",
                PostVerificationEmailRequestIdentityProvider::EvernoteSandbox => {
                    "evernote-sandbox"
                }
                PostVerificationEmailRequestIdentityProvider::Evernote => "evernote",
                PostVerificationEmailRequestIdentityProvider::Exact => "exact",
                PostVerificationEmailRequestIdentityProvider::Facebook => "facebook",
                PostVerificationEmailRequestIdentityProvider::Fitbit => "fitbit",
                PostVerificationEmailRequestIdentityProvider::Flickr => "flickr",
                PostVerificationEmailRequestIdentityProvider::Github => "github",
                PostVerificationEmailRequestIdentityProvider::GoogleApps => "google-apps",
                PostVerificationEmailRequestIdentityProvider::GoogleOauth2 => {
                    "google-oauth2"
                }
                PostVerificationEmailRequestIdentityProvider::Instagram => "instagram",
                PostVerificationEmailRequestIdentityProvider::Ip => "ip",
                PostVerificationEmailRequestIdentityProvider::Line => "line",
                PostVerificationEmailRequestIdentityProvider::Linkedin => "linkedin",
                PostVerificationEmailRequestIdentityProvider::Miicard => "miicard",
                PostVerificationEmailRequestIdentityProvider::Oauth1 => "oauth1",
                PostVerificationEmailRequestIdentityProvider::Oauth2 => "oauth2",
                PostVerificationEmailRequestIdentityProvider::Office365 => "office365",
                PostVerificationEmailRequestIdentityProvider::Oidc => "oidc",
                PostVerificationEmailRequestIdentityProvider::Okta => "okta",
                PostVerificationEmailRequestIdentityProvider::Paypal => "paypal",
                PostVerificationEmailRequestIdentityProvider::PaypalSandbox => {
                    "paypal-sandbox"
                }
                PostVerificationEmailRequestIdentityProvider::Pingfederate => {
                    "pingfederate"
                }
                PostVerificationEmailRequestIdentityProvider::Planningcenter => {
                    "planningcenter"
                }
                PostVerificationEmailRequestIdentityProvider::Renren => "renren",
                PostVerificationEmailRequestIdentityProvider::SalesforceCommunity => {
                    "salesforce-community"
                }
                PostVerificationEmailRequestIdentityProvider::SalesforceSandbox => {
                    "salesforce-sandbox"
                }
                PostVerificationEmailRequestIdentityProvider::Salesforce => "salesforce",
                PostVerificationEmailRequestIdentityProvider::Samlp => "samlp",
                PostVerificationEmailRequestIdentityProvider::Sharepoint => "sharepoint",
                PostVerificationEmailRequestIdentityProvider::Shopify => "shopify",
                PostVerificationEmailRequestIdentityProvider::Sms => "sms",
                PostVerificationEmailRequestIdentityProvider::Soundcloud => "soundcloud",
                PostVerificationEmailRequestIdentityProvider::ThecitySandbox => {
                    "thecity-sandbox"
                }
                PostVerificationEmailRequestIdentityProvider::Thecity => "thecity",
                PostVerificationEmailRequestIdentityProvider::Thirtysevensignals => {
                    "thirtysevensignals"
                }
                PostVerificationEmailRequestIdentityProvider::Twitter => "twitter",
                PostVerificationEmailRequestIdentityProvider::Untappd => "untappd",
                PostVerificationEmailRequestIdentityProvider::Vkontakte => "vkontakte",
                PostVerificationEmailRequestIdentityProvider::Waad => "waad",
                PostVerificationEmailRequestIdentityProvider::Weibo => "weibo",
                PostVerificationEmailRequestIdentityProvider::Windowslive => {
                    "windowslive"
                }
                PostVerificationEmailRequestIdentityProvider::Wordpress => "wordpress",
                PostVerificationEmailRequestIdentityProvider::Yahoo => "yahoo",
                PostVerificationEmailRequestIdentityProvider::Yammer => "yammer",
                PostVerificationEmailRequestIdentityProvider::Yandex => "yandex",
                PostVerificationEmailRequestIdentityProvider::Other(other) => other,
            },
        )
    }
}

/// This must be provided to verify primary social, enterprise and passwordless email identities. Also, is needed to verify secondary identities.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostVerificationEmailRequestIdentity {
    /// user_id of the identity to be verified.
    pub user_id: String,
    pub provider: PostVerificationEmailRequestIdentityProvider,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostVerificationEmailRequest {
    /// user_id of the user to send the verification email to.
    pub user_id: String,
    /// client_id of the client (application). If no value provided, the global Client ID will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<PostVerificationEmailRequestIdentity>,
    /// (Optional) Organization ID – the ID of the Organization. If provided, organization parameters will be made available to the email template and organization branding will be applied to the prompt. In addition, the redirect link in the prompt will include organization_id and organization_name query string parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetErrors200ResponseOneOfInnerErrorsInner {
    /// Error code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Error field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetErrors200ResponseOneOfInner {
    /// User, as provided in the import file
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<serde_json::Map<String, serde_json::Value>>,
    /// Errors importing the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<GetErrors200ResponseOneOfInnerErrorsInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetErrors200Response {
    List(Vec<GetErrors200ResponseOneOfInner>),
    Job(Job),
}

impl Default for GetErrors200Response {
    fn default() -> Self {
        GetErrors200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSigningKeys200ResponseInnerCurrentSince {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSigningKeys200ResponseInnerCurrentSince {
    fn default() -> Self {
        GetSigningKeys200ResponseInnerCurrentSince::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSigningKeys200ResponseInnerCurrentUntil {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSigningKeys200ResponseInnerCurrentUntil {
    fn default() -> Self {
        GetSigningKeys200ResponseInnerCurrentUntil::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSigningKeys200ResponseInnerRevokedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSigningKeys200ResponseInnerRevokedAt {
    fn default() -> Self {
        GetSigningKeys200ResponseInnerRevokedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSigningKeys200ResponseInner {
    /// The key id of the signing key
    pub kid: String,
    /// The public certificate of the signing key
    pub cert: String,
    /// The public certificate of the signing key in pkcs7 format
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pkcs7: Option<String>,
    /// True if the key is the the current key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<bool>,
    /// True if the key is the the next key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<bool>,
    /// True if the key is the the previous key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_since: Option<GetSigningKeys200ResponseInnerCurrentSince>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_until: Option<GetSigningKeys200ResponseInnerCurrentUntil>,
    /// The cert fingerprint
    pub fingerprint: String,
    /// The cert thumbprint
    pub thumbprint: String,
    /// True if the key is revoked
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<GetSigningKeys200ResponseInnerRevokedAt>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostSigningKeys201Response {
    /// Next key certificate
    pub cert: String,
    /// Next key id
    pub kid: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutSigningKeys200Response {
    /// Revoked key certificate
    pub cert: String,
    /// Revoked key id
    pub kid: String,
}

/// The status of the log stream. Possible values: `active`, `paused`, `suspended`
/// One of `active`, `paused`, `suspended`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOfStatus {
    #[default]
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "paused")]
    Paused,
    #[serde(rename = "suspended")]
    Suspended,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOfStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOfStatus::Active => "active",
                GetLogStreams200ResponseInnerOneOfStatus::Paused => "paused",
                GetLogStreams200ResponseInnerOneOfStatus::Suspended => "suspended",
                GetLogStreams200ResponseInnerOneOfStatus::Other(other) => other,
            },
        )
    }
}

/// One of `http`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOfType {
    #[default]
    #[serde(rename = "http")]
    Http,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOfType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOfType::Http => "http",
                GetLogStreams200ResponseInnerOneOfType::Other(other) => other,
            },
        )
    }
}

/// Filter type. Currently `category` is the only valid type.
/// One of `category`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOfFiltersInnerType {
    #[default]
    #[serde(rename = "category")]
    Category,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOfFiltersInnerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOfFiltersInnerType::Category => {
                    "category"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerType::Other(other) => other,
            },
        )
    }
}

/// Category group name
/// One of `auth.ancillary.fail`, `auth.ancillary.success`, `auth.login.fail`, `auth.login.notification`, `auth.login.success`, `auth.logout.fail`, `auth.logout.success`, `auth.signup.fail`, `auth.signup.success`, `auth.silent_auth.fail`, `auth.silent_auth.success`, `auth.token_exchange.fail`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOfFiltersInnerName {
    #[default]
    #[serde(rename = "auth.ancillary.fail")]
    AuthAncillaryFail,
    #[serde(rename = "auth.ancillary.success")]
    AuthAncillarySuccess,
    #[serde(rename = "auth.login.fail")]
    AuthLoginFail,
    #[serde(rename = "auth.login.notification")]
    AuthLoginNotification,
    #[serde(rename = "auth.login.success")]
    AuthLoginSuccess,
    #[serde(rename = "auth.logout.fail")]
    AuthLogoutFail,
    #[serde(rename = "auth.logout.success")]
    AuthLogoutSuccess,
    #[serde(rename = "auth.signup.fail")]
    AuthSignupFail,
    #[serde(rename = "auth.signup.success")]
    AuthSignupSuccess,
    #[serde(rename = "auth.silent_auth.fail")]
    AuthSilentAuthFail,
    #[serde(rename = "auth.silent_auth.success")]
    AuthSilentAuthSuccess,
    #[serde(rename = "auth.token_exchange.fail")]
    AuthTokenExchangeFail,
    #[serde(rename = "auth.token_exchange.success")]
    AuthTokenExchangeSuccess,
    #[serde(rename = "management.fail")]
    ManagementFail,
    #[serde(rename = "management.success")]
    ManagementSuccess,
    #[serde(rename = "scim.event")]
    ScimEvent,
    #[serde(rename = "system.notification")]
    SystemNotification,
    #[serde(rename = "user.fail")]
    UserFail,
    #[serde(rename = "user.notification")]
    UserNotification,
    #[serde(rename = "user.success")]
    UserSuccess,
    #[serde(rename = "other")]
    Other2,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOfFiltersInnerName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthAncillaryFail => {
                    "auth.ancillary.fail"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthAncillarySuccess => {
                    "auth.ancillary.success"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthLoginFail => {
                    "auth.login.fail"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthLoginNotification => {
                    "auth.login.notification"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthLoginSuccess => {
                    "auth.login.success"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthLogoutFail => {
                    "auth.logout.fail"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthLogoutSuccess => {
                    "auth.logout.success"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthSignupFail => {
                    "auth.signup.fail"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthSignupSuccess => {
                    "auth.signup.success"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthSilentAuthFail => {
                    "auth.silent_auth.fail"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthSilentAuthSuccess => {
                    "auth.silent_auth.success"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthTokenExchangeFail => {
                    "auth.token_exchange.fail"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::AuthTokenExchangeSuccess => {
                    "auth.token_exchange.success"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::ManagementFail => {
                    "management.fail"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::ManagementSuccess => {
                    "management.success"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::ScimEvent => {
                    "scim.event"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::SystemNotification => {
                    "system.notification"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::UserFail => {
                    "user.fail"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::UserNotification => {
                    "user.notification"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::UserSuccess => {
                    "user.success"
                }
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::Other2 => "other",
                GetLogStreams200ResponseInnerOneOfFiltersInnerName::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOfFiltersInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOfFiltersInnerType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<GetLogStreams200ResponseInnerOneOfFiltersInnerName>,
}

/// HTTP JSON format
/// One of `JSONARRAY`, `JSONLINES`, `JSONOBJECT`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOfSinkHttpContentFormat {
    #[default]
    #[serde(rename = "JSONARRAY")]
    Jsonarray,
    #[serde(rename = "JSONLINES")]
    Jsonlines,
    #[serde(rename = "JSONOBJECT")]
    Jsonobject,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOfSinkHttpContentFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOfSinkHttpContentFormat::Jsonarray => {
                    "JSONARRAY"
                }
                GetLogStreams200ResponseInnerOneOfSinkHttpContentFormat::Jsonlines => {
                    "JSONLINES"
                }
                GetLogStreams200ResponseInnerOneOfSinkHttpContentFormat::Jsonobject => {
                    "JSONOBJECT"
                }
                GetLogStreams200ResponseInnerOneOfSinkHttpContentFormat::Other(other) => {
                    other
                }
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOfSinkHttpCustomHeadersInner {
    /// HTTP header name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
    /// HTTP header value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetLogStreams200ResponseInnerOneOfSink {
    /// HTTP Authorization header
    #[serde(
        rename = "httpAuthorization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_authorization: Option<String>,
    #[serde(
        rename = "httpContentFormat",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_content_format: Option<
        GetLogStreams200ResponseInnerOneOfSinkHttpContentFormat,
    >,
    /// HTTP Content-Type header
    #[serde(
        rename = "httpContentType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_content_type: Option<String>,
    /// HTTP endpoint
    #[serde(rename = "httpEndpoint")]
    pub http_endpoint: String,
    /// custom HTTP headers
    #[serde(
        rename = "httpCustomHeaders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_custom_headers: Option<
        Vec<GetLogStreams200ResponseInnerOneOfSinkHttpCustomHeadersInner>,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf {
    /// The id of the log stream
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOfType>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<GetLogStreams200ResponseInnerOneOfSink>,
}

/// One of `eventbridge`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf1Type {
    #[default]
    #[serde(rename = "eventbridge")]
    Eventbridge,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf1Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf1Type::Eventbridge => "eventbridge",
                GetLogStreams200ResponseInnerOneOf1Type::Other(other) => other,
            },
        )
    }
}

/// The region in which the EventBridge event source will be created
/// One of `ap-east-1`, `ap-northeast-1`, `ap-northeast-2`, `ap-northeast-3`, `ap-south-1`, `ap-southeast-1`, `ap-southeast-2`, `ca-central-1`, `cn-north-1`, `cn-northwest-1`, `eu-central-1`, `eu-north-1`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf1SinkAwsRegion {
    #[default]
    #[serde(rename = "ap-east-1")]
    ApEast1,
    #[serde(rename = "ap-northeast-1")]
    ApNortheast1,
    #[serde(rename = "ap-northeast-2")]
    ApNortheast2,
    #[serde(rename = "ap-northeast-3")]
    ApNortheast3,
    #[serde(rename = "ap-south-1")]
    ApSouth1,
    #[serde(rename = "ap-southeast-1")]
    ApSoutheast1,
    #[serde(rename = "ap-southeast-2")]
    ApSoutheast2,
    #[serde(rename = "ca-central-1")]
    CaCentral1,
    #[serde(rename = "cn-north-1")]
    CnNorth1,
    #[serde(rename = "cn-northwest-1")]
    CnNorthwest1,
    #[serde(rename = "eu-central-1")]
    EuCentral1,
    #[serde(rename = "eu-north-1")]
    EuNorth1,
    #[serde(rename = "eu-west-1")]
    EuWest1,
    #[serde(rename = "eu-west-2")]
    EuWest2,
    #[serde(rename = "eu-west-3")]
    EuWest3,
    #[serde(rename = "me-south-1")]
    MeSouth1,
    #[serde(rename = "sa-east-1")]
    SaEast1,
    #[serde(rename = "us-gov-east-1")]
    UsGovEast1,
    #[serde(rename = "us-gov-west-1")]
    UsGovWest1,
    #[serde(rename = "us-east-1")]
    UsEast1,
    #[serde(rename = "us-east-2")]
    UsEast2,
    #[serde(rename = "us-west-1")]
    UsWest1,
    #[serde(rename = "us-west-2")]
    UsWest2,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf1SinkAwsRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::ApEast1 => "ap-east-1",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::ApNortheast1 => {
                    "ap-northeast-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::ApNortheast2 => {
                    "ap-northeast-2"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::ApNortheast3 => {
                    "ap-northeast-3"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::ApSouth1 => {
                    "ap-south-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::ApSoutheast1 => {
                    "ap-southeast-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::ApSoutheast2 => {
                    "ap-southeast-2"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::CaCentral1 => {
                    "ca-central-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::CnNorth1 => {
                    "cn-north-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::CnNorthwest1 => {
                    "cn-northwest-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::EuCentral1 => {
                    "eu-central-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::EuNorth1 => {
                    "eu-north-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::EuWest1 => "eu-west-1",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::EuWest2 => "eu-west-2",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::EuWest3 => "eu-west-3",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::MeSouth1 => {
                    "me-south-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::SaEast1 => "sa-east-1",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::UsGovEast1 => {
                    "us-gov-east-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::UsGovWest1 => {
                    "us-gov-west-1"
                }
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::UsEast1 => "us-east-1",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::UsEast2 => "us-east-2",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::UsWest1 => "us-west-1",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::UsWest2 => "us-west-2",
                GetLogStreams200ResponseInnerOneOf1SinkAwsRegion::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf1Sink {
    /// AWS account ID
    #[serde(rename = "awsAccountId")]
    pub aws_account_id: String,
    #[serde(rename = "awsRegion")]
    pub aws_region: GetLogStreams200ResponseInnerOneOf1SinkAwsRegion,
    /// AWS EventBridge partner event source
    #[serde(
        rename = "awsPartnerEventSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aws_partner_event_source: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf1 {
    /// The id of the log stream
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOf1Type>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<GetLogStreams200ResponseInnerOneOf1Sink>,
}

/// One of `eventgrid`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf2Type {
    #[default]
    #[serde(rename = "eventgrid")]
    Eventgrid,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf2Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf2Type::Eventgrid => "eventgrid",
                GetLogStreams200ResponseInnerOneOf2Type::Other(other) => other,
            },
        )
    }
}

/// Azure Region Name
/// One of `australiacentral`, `australiaeast`, `australiasoutheast`, `brazilsouth`, `canadacentral`, `canadaeast`, `centralindia`, `centralus`, `eastasia`, `eastus`, `eastus2`, `francecentral`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf2SinkAzureRegion {
    #[default]
    #[serde(rename = "australiacentral")]
    Australiacentral,
    #[serde(rename = "australiaeast")]
    Australiaeast,
    #[serde(rename = "australiasoutheast")]
    Australiasoutheast,
    #[serde(rename = "brazilsouth")]
    Brazilsouth,
    #[serde(rename = "canadacentral")]
    Canadacentral,
    #[serde(rename = "canadaeast")]
    Canadaeast,
    #[serde(rename = "centralindia")]
    Centralindia,
    #[serde(rename = "centralus")]
    Centralus,
    #[serde(rename = "eastasia")]
    Eastasia,
    #[serde(rename = "eastus")]
    Eastus,
    #[serde(rename = "eastus2")]
    Eastus2,
    #[serde(rename = "francecentral")]
    Francecentral,
    #[serde(rename = "germanywestcentral")]
    Germanywestcentral,
    #[serde(rename = "japaneast")]
    Japaneast,
    #[serde(rename = "japanwest")]
    Japanwest,
    #[serde(rename = "koreacentral")]
    Koreacentral,
    #[serde(rename = "koreasouth")]
    Koreasouth,
    #[serde(rename = "northcentralus")]
    Northcentralus,
    #[serde(rename = "northeurope")]
    Northeurope,
    #[serde(rename = "norwayeast")]
    Norwayeast,
    #[serde(rename = "southafricanorth")]
    Southafricanorth,
    #[serde(rename = "southcentralus")]
    Southcentralus,
    #[serde(rename = "southeastasia")]
    Southeastasia,
    #[serde(rename = "southindia")]
    Southindia,
    #[serde(rename = "swedencentral")]
    Swedencentral,
    #[serde(rename = "switzerlandnorth")]
    Switzerlandnorth,
    #[serde(rename = "uaenorth")]
    Uaenorth,
    #[serde(rename = "uksouth")]
    Uksouth,
    #[serde(rename = "ukwest")]
    Ukwest,
    #[serde(rename = "westcentralus")]
    Westcentralus,
    #[serde(rename = "westeurope")]
    Westeurope,
    #[serde(rename = "westindia")]
    Westindia,
    #[serde(rename = "westus")]
    Westus,
    #[serde(rename = "westus2")]
    Westus2,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf2SinkAzureRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Australiacentral => {
                    "australiacentral"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Australiaeast => {
                    "australiaeast"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Australiasoutheast => {
                    "australiasoutheast"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Brazilsouth => {
                    "brazilsouth"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Canadacentral => {
                    "canadacentral"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Canadaeast => {
                    "canadaeast"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Centralindia => {
                    "centralindia"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Centralus => {
                    "centralus"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Eastasia => {
                    "eastasia"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Eastus => "eastus",
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Eastus2 => "eastus2",
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Francecentral => {
                    "francecentral"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Germanywestcentral => {
                    "germanywestcentral"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Japaneast => {
                    "japaneast"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Japanwest => {
                    "japanwest"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Koreacentral => {
                    "koreacentral"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Koreasouth => {
                    "koreasouth"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Northcentralus => {
                    "northcentralus"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Northeurope => {
                    "northeurope"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Norwayeast => {
                    "norwayeast"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Southafricanorth => {
                    "southafricanorth"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Southcentralus => {
                    "southcentralus"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Southeastasia => {
                    "southeastasia"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Southindia => {
                    "southindia"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Swedencentral => {
                    "swedencentral"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Switzerlandnorth => {
                    "switzerlandnorth"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Uaenorth => {
                    "uaenorth"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Uksouth => "uksouth",
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Ukwest => "ukwest",
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Westcentralus => {
                    "westcentralus"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Westeurope => {
                    "westeurope"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Westindia => {
                    "westindia"
                }
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Westus => "westus",
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Westus2 => "westus2",
                GetLogStreams200ResponseInnerOneOf2SinkAzureRegion::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf2Sink {
    /// Subscription ID
    #[serde(rename = "azureSubscriptionId")]
    pub azure_subscription_id: String,
    #[serde(rename = "azureRegion")]
    pub azure_region: GetLogStreams200ResponseInnerOneOf2SinkAzureRegion,
    /// Resource Group
    #[serde(rename = "azureResourceGroup")]
    pub azure_resource_group: String,
    /// Partner Topic
    #[serde(
        rename = "azurePartnerTopic",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub azure_partner_topic: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf2 {
    /// The id of the log stream
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOf2Type>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<GetLogStreams200ResponseInnerOneOf2Sink>,
}

/// One of `datadog`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf3Type {
    #[default]
    #[serde(rename = "datadog")]
    Datadog,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf3Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf3Type::Datadog => "datadog",
                GetLogStreams200ResponseInnerOneOf3Type::Other(other) => other,
            },
        )
    }
}

/// Datadog region
/// One of `us`, `eu`, `us3`, `us5`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion {
    #[default]
    #[serde(rename = "us")]
    Us,
    #[serde(rename = "eu")]
    Eu,
    #[serde(rename = "us3")]
    Us3,
    #[serde(rename = "us5")]
    Us5,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion::Us => "us",
                GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion::Eu => "eu",
                GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion::Us3 => "us3",
                GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion::Us5 => "us5",
                GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion::Other(other) => {
                    other
                }
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf3Sink {
    /// Datadog API Key
    #[serde(rename = "datadogApiKey")]
    pub datadog_api_key: String,
    #[serde(rename = "datadogRegion")]
    pub datadog_region: GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf3 {
    /// The id of the log stream
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOf3Type>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<GetLogStreams200ResponseInnerOneOf3Sink>,
}

/// One of `splunk`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf4Type {
    #[default]
    #[serde(rename = "splunk")]
    Splunk,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf4Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf4Type::Splunk => "splunk",
                GetLogStreams200ResponseInnerOneOf4Type::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf4Sink {
    /// Splunk URL Endpoint
    #[serde(rename = "splunkDomain")]
    pub splunk_domain: String,
    /// Port
    #[serde(rename = "splunkPort")]
    pub splunk_port: String,
    /// Splunk token
    #[serde(rename = "splunkToken")]
    pub splunk_token: String,
    /// Verify TLS certificate
    #[serde(rename = "splunkSecure")]
    pub splunk_secure: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf4 {
    /// The id of the log stream
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOf4Type>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<GetLogStreams200ResponseInnerOneOf4Sink>,
}

/// One of `sumo`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf5Type {
    #[default]
    #[serde(rename = "sumo")]
    Sumo,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf5Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf5Type::Sumo => "sumo",
                GetLogStreams200ResponseInnerOneOf5Type::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GetLogStreams200ResponseInnerOneOf5Sink {
    /// HTTP Source Address
    #[serde(rename = "sumoSourceAddress")]
    pub sumo_source_address: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf5 {
    /// The id of the log stream
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOf5Type>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<GetLogStreams200ResponseInnerOneOf5Sink>,
}

/// One of `segment`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf6Type {
    #[default]
    #[serde(rename = "segment")]
    Segment,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf6Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf6Type::Segment => "segment",
                GetLogStreams200ResponseInnerOneOf6Type::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf6Sink {
    /// Segment write key
    #[serde(rename = "segmentWriteKey")]
    pub segment_write_key: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf6 {
    /// The id of the log stream
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOf6Type>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<GetLogStreams200ResponseInnerOneOf6Sink>,
}

/// One of `mixpanel`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf7Type {
    #[default]
    #[serde(rename = "mixpanel")]
    Mixpanel,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf7Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf7Type::Mixpanel => "mixpanel",
                GetLogStreams200ResponseInnerOneOf7Type::Other(other) => other,
            },
        )
    }
}

/// Mixpanel Region
/// One of `us`, `eu`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetLogStreams200ResponseInnerOneOf7SinkMixpanelRegion {
    #[default]
    #[serde(rename = "us")]
    Us,
    #[serde(rename = "eu")]
    Eu,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetLogStreams200ResponseInnerOneOf7SinkMixpanelRegion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetLogStreams200ResponseInnerOneOf7SinkMixpanelRegion::Us => "us",
                GetLogStreams200ResponseInnerOneOf7SinkMixpanelRegion::Eu => "eu",
                GetLogStreams200ResponseInnerOneOf7SinkMixpanelRegion::Other(other) => {
                    other
                }
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf7Sink {
    #[serde(rename = "mixpanelRegion")]
    pub mixpanel_region: GetLogStreams200ResponseInnerOneOf7SinkMixpanelRegion,
    /// Mixpanel Project Id
    #[serde(rename = "mixpanelProjectId")]
    pub mixpanel_project_id: String,
    /// Mixpanel Service Account Username
    #[serde(rename = "mixpanelServiceAccountUsername")]
    pub mixpanel_service_account_username: String,
    /// Mixpanel Service Account Password
    #[serde(rename = "mixpanelServiceAccountPassword")]
    pub mixpanel_service_account_password: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetLogStreams200ResponseInnerOneOf7 {
    /// The id of the log stream
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetLogStreams200ResponseInnerOneOf7Type>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<GetLogStreams200ResponseInnerOneOf7Sink>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetLogStreams200ResponseInner {
    GetLogStreams200ResponseInnerOneOf(GetLogStreams200ResponseInnerOneOf),
    GetLogStreams200ResponseInnerOneOf1(GetLogStreams200ResponseInnerOneOf1),
    GetLogStreams200ResponseInnerOneOf2(GetLogStreams200ResponseInnerOneOf2),
    GetLogStreams200ResponseInnerOneOf3(GetLogStreams200ResponseInnerOneOf3),
    GetLogStreams200ResponseInnerOneOf4(GetLogStreams200ResponseInnerOneOf4),
    GetLogStreams200ResponseInnerOneOf5(GetLogStreams200ResponseInnerOneOf5),
    GetLogStreams200ResponseInnerOneOf6(GetLogStreams200ResponseInnerOneOf6),
    GetLogStreams200ResponseInnerOneOf7(GetLogStreams200ResponseInnerOneOf7),
}

impl Default for GetLogStreams200ResponseInner {
    fn default() -> Self {
        GetLogStreams200ResponseInner::GetLogStreams200ResponseInnerOneOf(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostLogStreamsRequestOneOf {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub r#type: GetLogStreams200ResponseInnerOneOfType,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: GetLogStreams200ResponseInnerOneOfSink,
    /// The optional datetime (ISO 8601) to start streaming logs from
    #[serde(rename = "startFrom", default, skip_serializing_if = "Option::is_none")]
    pub start_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostLogStreamsRequestOneOf1Sink {
    /// AWS account ID
    #[serde(rename = "awsAccountId")]
    pub aws_account_id: String,
    #[serde(rename = "awsRegion")]
    pub aws_region: GetLogStreams200ResponseInnerOneOf1SinkAwsRegion,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostLogStreamsRequestOneOf1 {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub r#type: GetLogStreams200ResponseInnerOneOf1Type,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: PostLogStreamsRequestOneOf1Sink,
    /// The optional datetime (ISO 8601) to start streaming logs from
    #[serde(rename = "startFrom", default, skip_serializing_if = "Option::is_none")]
    pub start_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostLogStreamsRequestOneOf2Sink {
    /// Subscription ID
    #[serde(rename = "azureSubscriptionId")]
    pub azure_subscription_id: String,
    #[serde(rename = "azureRegion")]
    pub azure_region: GetLogStreams200ResponseInnerOneOf2SinkAzureRegion,
    /// Resource Group
    #[serde(rename = "azureResourceGroup")]
    pub azure_resource_group: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostLogStreamsRequestOneOf2 {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub r#type: GetLogStreams200ResponseInnerOneOf2Type,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: PostLogStreamsRequestOneOf2Sink,
    /// The optional datetime (ISO 8601) to start streaming logs from
    #[serde(rename = "startFrom", default, skip_serializing_if = "Option::is_none")]
    pub start_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostLogStreamsRequestOneOf3 {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub r#type: GetLogStreams200ResponseInnerOneOf3Type,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: GetLogStreams200ResponseInnerOneOf3Sink,
    /// The optional datetime (ISO 8601) to start streaming logs from
    #[serde(rename = "startFrom", default, skip_serializing_if = "Option::is_none")]
    pub start_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostLogStreamsRequestOneOf4 {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub r#type: GetLogStreams200ResponseInnerOneOf4Type,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: GetLogStreams200ResponseInnerOneOf4Sink,
    /// The optional datetime (ISO 8601) to start streaming logs from
    #[serde(rename = "startFrom", default, skip_serializing_if = "Option::is_none")]
    pub start_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostLogStreamsRequestOneOf5 {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub r#type: GetLogStreams200ResponseInnerOneOf5Type,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: GetLogStreams200ResponseInnerOneOf5Sink,
    /// The optional datetime (ISO 8601) to start streaming logs from
    #[serde(rename = "startFrom", default, skip_serializing_if = "Option::is_none")]
    pub start_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostLogStreamsRequestOneOf6 {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub r#type: GetLogStreams200ResponseInnerOneOf6Type,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: GetLogStreams200ResponseInnerOneOf6Sink,
    /// The optional datetime (ISO 8601) to start streaming logs from
    #[serde(rename = "startFrom", default, skip_serializing_if = "Option::is_none")]
    pub start_from: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostLogStreamsRequestOneOf7 {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub r#type: GetLogStreams200ResponseInnerOneOf7Type,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: GetLogStreams200ResponseInnerOneOf7Sink,
    /// The optional datetime (ISO 8601) to start streaming logs from
    #[serde(rename = "startFrom", default, skip_serializing_if = "Option::is_none")]
    pub start_from: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PostLogStreamsRequest {
    PostLogStreamsRequestOneOf(PostLogStreamsRequestOneOf),
    PostLogStreamsRequestOneOf1(PostLogStreamsRequestOneOf1),
    PostLogStreamsRequestOneOf2(PostLogStreamsRequestOneOf2),
    PostLogStreamsRequestOneOf3(PostLogStreamsRequestOneOf3),
    PostLogStreamsRequestOneOf4(PostLogStreamsRequestOneOf4),
    PostLogStreamsRequestOneOf5(PostLogStreamsRequestOneOf5),
    PostLogStreamsRequestOneOf6(PostLogStreamsRequestOneOf6),
    PostLogStreamsRequestOneOf7(PostLogStreamsRequestOneOf7),
}

impl Default for PostLogStreamsRequest {
    fn default() -> Self {
        PostLogStreamsRequest::PostLogStreamsRequestOneOf(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatchLogStreamsByIdRequestSinkOneOf {
    /// Datadog API Key
    #[serde(rename = "datadogApiKey", default, skip_serializing_if = "Option::is_none")]
    pub datadog_api_key: Option<String>,
    #[serde(rename = "datadogRegion")]
    pub datadog_region: GetLogStreams200ResponseInnerOneOf3SinkDatadogRegion,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatchLogStreamsByIdRequestSinkOneOf1 {
    /// Splunk URL Endpoint
    #[serde(rename = "splunkDomain")]
    pub splunk_domain: String,
    /// Port
    #[serde(rename = "splunkPort")]
    pub splunk_port: String,
    /// Splunk token
    #[serde(rename = "splunkToken", default, skip_serializing_if = "Option::is_none")]
    pub splunk_token: Option<String>,
    /// Verify TLS certificate
    #[serde(rename = "splunkSecure")]
    pub splunk_secure: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatchLogStreamsByIdRequestSinkOneOf2 {
    /// Segment write key
    #[serde(
        rename = "segmentWriteKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub segment_write_key: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatchLogStreamsByIdRequestSinkOneOf3 {
    #[serde(rename = "mixpanelRegion")]
    pub mixpanel_region: GetLogStreams200ResponseInnerOneOf7SinkMixpanelRegion,
    /// Mixpanel Project Id
    #[serde(rename = "mixpanelProjectId")]
    pub mixpanel_project_id: String,
    /// Mixpanel Service Account Username
    #[serde(rename = "mixpanelServiceAccountUsername")]
    pub mixpanel_service_account_username: String,
    /// Mixpanel Service Account Password
    #[serde(
        rename = "mixpanelServiceAccountPassword",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mixpanel_service_account_password: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PatchLogStreamsByIdRequestSink {
    GetLogStreams200ResponseInnerOneOfSink(GetLogStreams200ResponseInnerOneOfSink),
    PatchLogStreamsByIdRequestSinkOneOf(PatchLogStreamsByIdRequestSinkOneOf),
    PatchLogStreamsByIdRequestSinkOneOf1(PatchLogStreamsByIdRequestSinkOneOf1),
    GetLogStreams200ResponseInnerOneOf5Sink(GetLogStreams200ResponseInnerOneOf5Sink),
    PatchLogStreamsByIdRequestSinkOneOf2(PatchLogStreamsByIdRequestSinkOneOf2),
    PatchLogStreamsByIdRequestSinkOneOf3(PatchLogStreamsByIdRequestSinkOneOf3),
}

impl Default for PatchLogStreamsByIdRequestSink {
    fn default() -> Self {
        PatchLogStreamsByIdRequestSink::GetLogStreams200ResponseInnerOneOfSink(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchLogStreamsByIdRequest {
    /// log stream name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority", default, skip_serializing_if = "Option::is_none")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sink: Option<PatchLogStreamsByIdRequestSink>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetLogs200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub logs: Option<Vec<Log>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetLogs200Response {
    List(Vec<Log>),
    GetLogs200ResponseOneOf(GetLogs200ResponseOneOf),
}

impl Default for GetLogs200Response {
    fn default() -> Self {
        GetLogs200Response::List(Default::default())
    }
}

/// Color scheme used to customize the login pages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizations200ResponseOneOfInnerBrandingColors {
    /// HEX Color for primary elements.
    pub primary: String,
    /// HEX Color for background.
    pub page_background: String,
}

/// Theme defines how to style the login pages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizations200ResponseOneOfInnerBranding {
    /// URL of logo to display on login page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colors: Option<GetOrganizations200ResponseOneOfInnerBrandingColors>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizations200ResponseOneOfInner {
    /// Organization identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Friendly name of this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding: Option<GetOrganizations200ResponseOneOfInnerBranding>,
    /// Metadata associated with the organization, in the form of an object with string values (max 255 chars). Maximum of 25 metadata properties allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetOrganizations200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub organizations: Option<Vec<GetOrganizations200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetOrganizations200ResponseOneOf1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(next)]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub organizations: Option<Vec<GetOrganizations200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetOrganizations200Response {
    List(Vec<GetOrganizations200ResponseOneOfInner>),
    GetOrganizations200ResponseOneOf(GetOrganizations200ResponseOneOf),
    GetOrganizations200ResponseOneOf1(GetOrganizations200ResponseOneOf1),
}

impl Default for GetOrganizations200Response {
    fn default() -> Self {
        GetOrganizations200Response::List(Default::default())
    }
}

/// Connection to be added to the organization.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostOrganizationsRequestEnabledConnectionsInner {
    /// ID of the connection.
    pub connection_id: String,
    /// When true, all users that log in with this connection will be automatically granted membership in the organization. When false, users must be granted membership in the organization before logging in with this connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_membership_on_login: Option<bool>,
    /// Determines whether a connection should be displayed on this organization’s login prompt. Only applicable for enterprise connections. Default: true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_as_button: Option<bool>,
    /// Determines whether organization signup should be enabled for this organization connection. Only applicable for database connections. Default: false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_signup_enabled: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostOrganizationsRequest {
    /// The name of this organization.
    pub name: String,
    /// Friendly name of this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding: Option<GetOrganizations200ResponseOneOfInnerBranding>,
    /// Metadata associated with the organization, in the form of an object with string values (max 255 chars). Maximum of 25 metadata properties allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Connections that will be enabled for this organization. See POST enabled_connections endpoint for the object format. (Max of 10 connections allowed)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_connections: Option<
        Vec<PostOrganizationsRequestEnabledConnectionsInner>,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostOrganizations201ResponseEnabledConnectionsInnerConnection {
    /// The name of the enabled connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The strategy of the enabled connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostOrganizations201ResponseEnabledConnectionsInner {
    /// ID of the connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// When true, all users that log in with this connection will be automatically granted membership in the organization. When false, users must be granted membership in the organization before logging in with this connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_membership_on_login: Option<bool>,
    /// Determines whether a connection should be displayed on this organization’s login prompt. Only applicable for enterprise connections. Default: true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_as_button: Option<bool>,
    /// Determines whether organization signup should be enabled for this organization connection. Only applicable for database connections. Default: false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_signup_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<
        PostOrganizations201ResponseEnabledConnectionsInnerConnection,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostOrganizations201Response {
    /// Organization identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Friendly name of this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding: Option<GetOrganizations200ResponseOneOfInnerBranding>,
    /// Metadata associated with the organization, in the form of an object with string values (max 255 chars). Maximum of 25 metadata properties allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled_connections: Option<
        Vec<PostOrganizations201ResponseEnabledConnectionsInner>,
    >,
}

/// Theme defines how to style the login pages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchOrganizationsByIdRequestBranding {
    /// URL of logo to display on login page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colors: Option<GetOrganizations200ResponseOneOfInnerBrandingColors>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchOrganizationsByIdRequest {
    /// Friendly name of this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The name of this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branding: Option<PatchOrganizationsByIdRequestBranding>,
    /// Metadata associated with the organization, in the form of an object with string values (max 255 chars). Maximum of 25 metadata properties allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetEnabledConnections200ResponseOneOfInner {
    /// ID of the connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// When true, all users that log in with this connection will be automatically granted membership in the organization. When false, users must be granted membership in the organization before logging in with this connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_membership_on_login: Option<bool>,
    /// Determines whether a connection should be displayed on this organization’s login prompt. Only applicable for enterprise connections. Default: true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_as_button: Option<bool>,
    /// Determines whether organization signup should be enabled for this organization connection. Only applicable for database connections. Default: false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_signup_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<
        PostOrganizations201ResponseEnabledConnectionsInnerConnection,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetEnabledConnections200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub enabled_connections: Option<Vec<GetEnabledConnections200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetEnabledConnections200Response {
    List(Vec<GetEnabledConnections200ResponseOneOfInner>),
    GetEnabledConnections200ResponseOneOf(GetEnabledConnections200ResponseOneOf),
}

impl Default for GetEnabledConnections200Response {
    fn default() -> Self {
        GetEnabledConnections200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostEnabledConnectionsRequest {
    /// Single connection ID to add to the organization.
    pub connection_id: String,
    /// When true, all users that log in with this connection will be automatically granted membership in the organization. When false, users must be granted membership in the organization before logging in with this connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_membership_on_login: Option<bool>,
    /// Determines whether organization signup should be enabled for this organization connection. Only applicable for database connections. Default: false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_signup_enabled: Option<bool>,
    /// Determines whether a connection should be displayed on this organization’s login prompt. Only applicable for enterprise connections. Default: true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_as_button: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchEnabledConnectionsByConnectionIdRequest {
    /// When true, all users that log in with this connection will be automatically granted membership in the organization. When false, users must be granted membership in the organization before logging in with this connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_membership_on_login: Option<bool>,
    /// Determines whether organization signup should be enabled for this organization connection. Only applicable for database connections. Default: false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_signup_enabled: Option<bool>,
    /// Determines whether a connection should be displayed on this organization’s login prompt. Only applicable for enterprise connections. Default: true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_as_button: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetInvitations200ResponseOneOfInnerInviter {
    /// The inviter's name.
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetInvitations200ResponseOneOfInnerInvitee {
    /// The invitee's email.
    pub email: String,
}

/// Data related to the user that does affect the application's core functionality.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetInvitations200ResponseOneOfInnerAppMetadata {
    #[serde(rename = "__tenant", default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<serde_json::Value>,
    #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<serde_json::Value>,
    #[serde(rename = "clientID", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<serde_json::Value>,
    #[serde(rename = "globalClientID", default, skip_serializing_if = "Option::is_none")]
    pub global_client_id: Option<serde_json::Value>,
    #[serde(
        rename = "global_client_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub global_client_id2: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identities: Option<serde_json::Value>,
    #[serde(rename = "lastIP", default, skip_serializing_if = "Option::is_none")]
    pub last_ip: Option<serde_json::Value>,
    #[serde(rename = "lastLogin", default, skip_serializing_if = "Option::is_none")]
    pub last_login: Option<serde_json::Value>,
    #[serde(rename = "loginsCount", default, skip_serializing_if = "Option::is_none")]
    pub logins_count: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multifactor_last_modified: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multifactor: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetInvitations200ResponseOneOfInner {
    /// The id of the user invitation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Organization identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter: Option<GetInvitations200ResponseOneOfInnerInviter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitee: Option<GetInvitations200ResponseOneOfInnerInvitee>,
    /// The invitation url to be send to the invitee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation_url: Option<String>,
    /// The ISO 8601 formatted timestamp representing the creation time of the invitation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The ISO 8601 formatted timestamp representing the expiration time of the invitation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// Auth0 client ID. Used to resolve the application's login initiation endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The id of the connection to force invitee to authenticate with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_metadata: Option<GetInvitations200ResponseOneOfInnerAppMetadata>,
    /// Data related to the user that does not affect the application's core functionality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// List of roles IDs to associated with the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// The id of the invitation ticket
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetInvitations200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub invitations: Option<Vec<GetInvitations200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetInvitations200Response {
    List(Vec<GetInvitations200ResponseOneOfInner>),
    GetInvitations200ResponseOneOf(GetInvitations200ResponseOneOf),
}

impl Default for GetInvitations200Response {
    fn default() -> Self {
        GetInvitations200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostInvitationsRequest {
    pub inviter: GetInvitations200ResponseOneOfInnerInviter,
    pub invitee: GetInvitations200ResponseOneOfInnerInvitee,
    /// Auth0 client ID. Used to resolve the application's login initiation endpoint.
    pub client_id: String,
    /// The id of the connection to force invitee to authenticate with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_metadata: Option<GetInvitations200ResponseOneOfInnerAppMetadata>,
    /// Data related to the user that does not affect the application's core functionality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Number of seconds for which the invitation is valid before expiration. If unspecified or set to 0, this value defaults to 604800 seconds (7 days). Max value: 2592000 seconds (30 days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_sec: Option<i64>,
    /// List of roles IDs to associated with the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// Whether the user will receive an invitation email (true) or no email (false), true by default
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_invitation_email: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetMembers200ResponseOneOfInnerRolesInner {
    /// ID for this role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of this role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetMembers200ResponseOneOfInner {
    /// ID of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// URL to a picture for this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// Name of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<GetMembers200ResponseOneOfInnerRolesInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetMembers200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub members: Option<Vec<GetMembers200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
pub struct GetMembers200ResponseOneOf1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(next)]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub members: Option<Vec<GetMembers200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetMembers200Response {
    List(Vec<GetMembers200ResponseOneOfInner>),
    GetMembers200ResponseOneOf(GetMembers200ResponseOneOf),
    GetMembers200ResponseOneOf1(GetMembers200ResponseOneOf1),
}

impl Default for GetMembers200Response {
    fn default() -> Self {
        GetMembers200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostMembersRequest {
    /// List of user IDs to add to the organization as members.
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteMembersRequest {
    /// List of user IDs to remove from the organization.
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetOrganizationMemberRoles200ResponseOneOfInner {
    /// ID for this role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of this role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description of this role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetOrganizationMemberRoles200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub roles: Option<Vec<GetOrganizationMemberRoles200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetOrganizationMemberRoles200Response {
    List(Vec<GetOrganizationMemberRoles200ResponseOneOfInner>),
    GetOrganizationMemberRoles200ResponseOneOf(
        GetOrganizationMemberRoles200ResponseOneOf,
    ),
}

impl Default for GetOrganizationMemberRoles200Response {
    fn default() -> Self {
        GetOrganizationMemberRoles200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostOrganizationMemberRolesRequest {
    /// List of roles IDs to associated with the user.
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteOrganizationMemberRolesRequest {
    /// List of roles IDs associated with the organization member to remove.
    pub roles: Vec<String>,
}

/// One of `login`, `login-id`, `login-password`, `login-passwordless`, `login-email-verification`, `signup`, `signup-id`, `signup-password`, `phone-identifier-enrollment`, `phone-identifier-challenge`, `email-identifier-challenge`, `reset-password`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetCustomTextByLanguagePromptParameter {
    #[default]
    #[serde(rename = "login")]
    Login,
    #[serde(rename = "login-id")]
    LoginId,
    #[serde(rename = "login-password")]
    LoginPassword,
    #[serde(rename = "login-passwordless")]
    LoginPasswordless,
    #[serde(rename = "login-email-verification")]
    LoginEmailVerification,
    #[serde(rename = "signup")]
    Signup,
    #[serde(rename = "signup-id")]
    SignupId,
    #[serde(rename = "signup-password")]
    SignupPassword,
    #[serde(rename = "phone-identifier-enrollment")]
    PhoneIdentifierEnrollment,
    #[serde(rename = "phone-identifier-challenge")]
    PhoneIdentifierChallenge,
    #[serde(rename = "email-identifier-challenge")]
    EmailIdentifierChallenge,
    #[serde(rename = "reset-password")]
    ResetPassword,
    #[serde(rename = "custom-form")]
    CustomForm,
    #[serde(rename = "consent")]
    Consent,
    #[serde(rename = "customized-consent")]
    CustomizedConsent,
    #[serde(rename = "logout")]
    Logout,
    #[serde(rename = "mfa-push")]
    MfaPush,
    #[serde(rename = "mfa-otp")]
    MfaOtp,
    #[serde(rename = "mfa-voice")]
    MfaVoice,
    #[serde(rename = "mfa-phone")]
    MfaPhone,
    #[serde(rename = "mfa-webauthn")]
    MfaWebauthn,
    #[serde(rename = "mfa-sms")]
    MfaSms,
    #[serde(rename = "mfa-email")]
    MfaEmail,
    #[serde(rename = "mfa-recovery-code")]
    MfaRecoveryCode,
    #[serde(rename = "mfa")]
    Mfa,
    #[serde(rename = "status")]
    Status,
    #[serde(rename = "device-flow")]
    DeviceFlow,
    #[serde(rename = "email-verification")]
    EmailVerification,
    #[serde(rename = "email-otp-challenge")]
    EmailOtpChallenge,
    #[serde(rename = "organizations")]
    Organizations,
    #[serde(rename = "invitation")]
    Invitation,
    #[serde(rename = "common")]
    Common,
    #[serde(rename = "passkeys")]
    Passkeys,
    #[serde(rename = "captcha")]
    Captcha,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetCustomTextByLanguagePromptParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetCustomTextByLanguagePromptParameter::Login => "login",
                GetCustomTextByLanguagePromptParameter::LoginId => "login-id",
                GetCustomTextByLanguagePromptParameter::LoginPassword => "login-password",
                GetCustomTextByLanguagePromptParameter::LoginPasswordless => {
                    "login-passwordless"
                }
                GetCustomTextByLanguagePromptParameter::LoginEmailVerification => {
                    "login-email-verification"
                }
                GetCustomTextByLanguagePromptParameter::Signup => "signup",
                GetCustomTextByLanguagePromptParameter::SignupId => "signup-id",
                GetCustomTextByLanguagePromptParameter::SignupPassword => {
                    "signup-password"
                }
                GetCustomTextByLanguagePromptParameter::PhoneIdentifierEnrollment => {
                    "phone-identifier-enrollment"
                }
                GetCustomTextByLanguagePromptParameter::PhoneIdentifierChallenge => {
                    "phone-identifier-challenge"
                }
                GetCustomTextByLanguagePromptParameter::EmailIdentifierChallenge => {
                    "email-identifier-challenge"
                }
                GetCustomTextByLanguagePromptParameter::ResetPassword => "reset-password",
                GetCustomTextByLanguagePromptParameter::CustomForm => "custom-form",
                GetCustomTextByLanguagePromptParameter::Consent => "consent",
                GetCustomTextByLanguagePromptParameter::CustomizedConsent => {
                    "customized-consent"
                }
                GetCustomTextByLanguagePromptParameter::Logout => "logout",
                GetCustomTextByLanguagePromptParameter::MfaPush => "mfa-push",
                GetCustomTextByLanguagePromptParameter::MfaOtp => "mfa-otp",
                GetCustomTextByLanguagePromptParameter::MfaVoice => "mfa-voice",
                GetCustomTextByLanguagePromptParameter::MfaPhone => "mfa-phone",
                GetCustomTextByLanguagePromptParameter::MfaWebauthn => "mfa-webauthn",
                GetCustomTextByLanguagePromptParameter::MfaSms => "mfa-sms",
                GetCustomTextByLanguagePromptParameter::MfaEmail => "mfa-email",
                GetCustomTextByLanguagePromptParameter::MfaRecoveryCode => {
                    "mfa-recovery-code"
                }
                GetCustomTextByLanguagePromptParameter::Mfa => "mfa",
                GetCustomTextByLanguagePromptParameter::Status => "status",
                GetCustomTextByLanguagePromptParameter::DeviceFlow => "device-flow",
                GetCustomTextByLanguagePromptParameter::EmailVerification => {
                    "email-verification"
                }
                GetCustomTextByLanguagePromptParameter::EmailOtpChallenge => {
                    "email-otp-challenge"
                }
                GetCustomTextByLanguagePromptParameter::Organizations => "organizations",
                GetCustomTextByLanguagePromptParameter::Invitation => "invitation",
                GetCustomTextByLanguagePromptParameter::Common => "common",
                GetCustomTextByLanguagePromptParameter::Passkeys => "passkeys",
                GetCustomTextByLanguagePromptParameter::Captcha => "captcha",
                GetCustomTextByLanguagePromptParameter::Other(other) => other,
            },
        )
    }
}

/// One of `am`, `ar`, `ar-EG`, `ar-SA`, `az`, `bg`, `bn`, `bs`, `ca-ES`, `cnr`, `cs`, `cy`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetCustomTextByLanguageLanguageParameter {
    #[default]
    #[serde(rename = "am")]
    Am,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "ar-EG")]
    ArEg,
    #[serde(rename = "ar-SA")]
    ArSa,
    #[serde(rename = "az")]
    Az,
    #[serde(rename = "bg")]
    Bg,
    #[serde(rename = "bn")]
    Bn,
    #[serde(rename = "bs")]
    Bs,
    #[serde(rename = "ca-ES")]
    CaEs,
    #[serde(rename = "cnr")]
    Cnr,
    #[serde(rename = "cs")]
    Cs,
    #[serde(rename = "cy")]
    Cy,
    #[serde(rename = "da")]
    Da,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "el")]
    El,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "en-CA")]
    EnCa,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "es-419")]
    Es419,
    #[serde(rename = "es-AR")]
    EsAr,
    #[serde(rename = "es-MX")]
    EsMx,
    #[serde(rename = "et")]
    Et,
    #[serde(rename = "eu-ES")]
    EuEs,
    #[serde(rename = "fa")]
    Fa,
    #[serde(rename = "fi")]
    Fi,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "fr-CA")]
    FrCa,
    #[serde(rename = "fr-FR")]
    FrFr,
    #[serde(rename = "gl-ES")]
    GlEs,
    #[serde(rename = "gu")]
    Gu,
    #[serde(rename = "he")]
    He,
    #[serde(rename = "hi")]
    Hi,
    #[serde(rename = "hr")]
    Hr,
    #[serde(rename = "hu")]
    Hu,
    #[serde(rename = "hy")]
    Hy,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "is")]
    Is,
    #[serde(rename = "it")]
    It,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "ka")]
    Ka,
    #[serde(rename = "kk")]
    Kk,
    #[serde(rename = "kn")]
    Kn,
    #[serde(rename = "ko")]
    Ko,
    #[serde(rename = "lt")]
    Lt,
    #[serde(rename = "lv")]
    Lv,
    #[serde(rename = "mk")]
    Mk,
    #[serde(rename = "ml")]
    Ml,
    #[serde(rename = "mn")]
    Mn,
    #[serde(rename = "mr")]
    Mr,
    #[serde(rename = "ms")]
    Ms,
    #[serde(rename = "my")]
    My,
    #[serde(rename = "nb")]
    Nb,
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "nn")]
    Nn,
    #[serde(rename = "no")]
    No,
    #[serde(rename = "pa")]
    Pa,
    #[serde(rename = "pl")]
    Pl,
    #[serde(rename = "pt")]
    Pt,
    #[serde(rename = "pt-BR")]
    PtBr,
    #[serde(rename = "pt-PT")]
    PtPt,
    #[serde(rename = "ro")]
    Ro,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "sk")]
    Sk,
    #[serde(rename = "sl")]
    Sl,
    #[serde(rename = "so")]
    So,
    #[serde(rename = "sq")]
    Sq,
    #[serde(rename = "sr")]
    Sr,
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "sw")]
    Sw,
    #[serde(rename = "ta")]
    Ta,
    #[serde(rename = "te")]
    Te,
    #[serde(rename = "th")]
    Th,
    #[serde(rename = "tl")]
    Tl,
    #[serde(rename = "tr")]
    Tr,
    #[serde(rename = "uk")]
    Uk,
    #[serde(rename = "ur")]
    Ur,
    #[serde(rename = "vi")]
    Vi,
    #[serde(rename = "zgh")]
    Zgh,
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "zh-HK")]
    ZhHk,
    #[serde(rename = "zh-TW")]
    ZhTw,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetCustomTextByLanguageLanguageParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetCustomTextByLanguageLanguageParameter::Am => "am",
                GetCustomTextByLanguageLanguageParameter::Ar => "ar",
                GetCustomTextByLanguageLanguageParameter::ArEg => "ar-EG",
                GetCustomTextByLanguageLanguageParameter::ArSa => "ar-SA",
                GetCustomTextByLanguageLanguageParameter::Az => "az",
                GetCustomTextByLanguageLanguageParameter::Bg => "bg",
                GetCustomTextByLanguageLanguageParameter::Bn => "bn",
                GetCustomTextByLanguageLanguageParameter::Bs => "bs",
                GetCustomTextByLanguageLanguageParameter::CaEs => "ca-ES",
                GetCustomTextByLanguageLanguageParameter::Cnr => "cnr",
                GetCustomTextByLanguageLanguageParameter::Cs => "cs",
                GetCustomTextByLanguageLanguageParameter::Cy => "cy",
                GetCustomTextByLanguageLanguageParameter::Da => "da",
                GetCustomTextByLanguageLanguageParameter::De => "de",
                GetCustomTextByLanguageLanguageParameter::El => "el",
                GetCustomTextByLanguageLanguageParameter::En => "en",
                GetCustomTextByLanguageLanguageParameter::EnCa => "en-CA",
                GetCustomTextByLanguageLanguageParameter::Es => "es",
                GetCustomTextByLanguageLanguageParameter::Es419 => "es-419",
                GetCustomTextByLanguageLanguageParameter::EsAr => "es-AR",
                GetCustomTextByLanguageLanguageParameter::EsMx => "es-MX",
                GetCustomTextByLanguageLanguageParameter::Et => "et",
                GetCustomTextByLanguageLanguageParameter::EuEs => "eu-ES",
                GetCustomTextByLanguageLanguageParameter::Fa => "fa",
                GetCustomTextByLanguageLanguageParameter::Fi => "fi",
                GetCustomTextByLanguageLanguageParameter::Fr => "fr",
                GetCustomTextByLanguageLanguageParameter::FrCa => "fr-CA",
                GetCustomTextByLanguageLanguageParameter::FrFr => "fr-FR",
                GetCustomTextByLanguageLanguageParameter::GlEs => "gl-ES",
                GetCustomTextByLanguageLanguageParameter::Gu => "gu",
                GetCustomTextByLanguageLanguageParameter::He => "he",
                GetCustomTextByLanguageLanguageParameter::Hi => "hi",
                GetCustomTextByLanguageLanguageParameter::Hr => "hr",
                GetCustomTextByLanguageLanguageParameter::Hu => "hu",
                GetCustomTextByLanguageLanguageParameter::Hy => "hy",
                GetCustomTextByLanguageLanguageParameter::Id => "id",
                GetCustomTextByLanguageLanguageParameter::Is => "is",
                GetCustomTextByLanguageLanguageParameter::It => "it",
                GetCustomTextByLanguageLanguageParameter::Ja => "ja",
                GetCustomTextByLanguageLanguageParameter::Ka => "ka",
                GetCustomTextByLanguageLanguageParameter::Kk => "kk",
                GetCustomTextByLanguageLanguageParameter::Kn => "kn",
                GetCustomTextByLanguageLanguageParameter::Ko => "ko",
                GetCustomTextByLanguageLanguageParameter::Lt => "lt",
                GetCustomTextByLanguageLanguageParameter::Lv => "lv",
                GetCustomTextByLanguageLanguageParameter::Mk => "mk",
                GetCustomTextByLanguageLanguageParameter::Ml => "ml",
                GetCustomTextByLanguageLanguageParameter::Mn => "mn",
                GetCustomTextByLanguageLanguageParameter::Mr => "mr",
                GetCustomTextByLanguageLanguageParameter::Ms => "ms",
                GetCustomTextByLanguageLanguageParameter::My => "my",
                GetCustomTextByLanguageLanguageParameter::Nb => "nb",
                GetCustomTextByLanguageLanguageParameter::Nl => "nl",
                GetCustomTextByLanguageLanguageParameter::Nn => "nn",
                GetCustomTextByLanguageLanguageParameter::No => "no",
                GetCustomTextByLanguageLanguageParameter::Pa => "pa",
                GetCustomTextByLanguageLanguageParameter::Pl => "pl",
                GetCustomTextByLanguageLanguageParameter::Pt => "pt",
                GetCustomTextByLanguageLanguageParameter::PtBr => "pt-BR",
                GetCustomTextByLanguageLanguageParameter::PtPt => "pt-PT",
                GetCustomTextByLanguageLanguageParameter::Ro => "ro",
                GetCustomTextByLanguageLanguageParameter::Ru => "ru",
                GetCustomTextByLanguageLanguageParameter::Sk => "sk",
                GetCustomTextByLanguageLanguageParameter::Sl => "sl",
                GetCustomTextByLanguageLanguageParameter::So => "so",
                GetCustomTextByLanguageLanguageParameter::Sq => "sq",
                GetCustomTextByLanguageLanguageParameter::Sr => "sr",
                GetCustomTextByLanguageLanguageParameter::Sv => "sv",
                GetCustomTextByLanguageLanguageParameter::Sw => "sw",
                GetCustomTextByLanguageLanguageParameter::Ta => "ta",
                GetCustomTextByLanguageLanguageParameter::Te => "te",
                GetCustomTextByLanguageLanguageParameter::Th => "th",
                GetCustomTextByLanguageLanguageParameter::Tl => "tl",
                GetCustomTextByLanguageLanguageParameter::Tr => "tr",
                GetCustomTextByLanguageLanguageParameter::Uk => "uk",
                GetCustomTextByLanguageLanguageParameter::Ur => "ur",
                GetCustomTextByLanguageLanguageParameter::Vi => "vi",
                GetCustomTextByLanguageLanguageParameter::Zgh => "zgh",
                GetCustomTextByLanguageLanguageParameter::ZhCn => "zh-CN",
                GetCustomTextByLanguageLanguageParameter::ZhHk => "zh-HK",
                GetCustomTextByLanguageLanguageParameter::ZhTw => "zh-TW",
                GetCustomTextByLanguageLanguageParameter::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetResourceServers200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub resource_servers: Option<Vec<ResourceServer>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetResourceServers200Response {
    List(Vec<ResourceServer>),
    GetResourceServers200ResponseOneOf(GetResourceServers200ResponseOneOf),
}

impl Default for GetResourceServers200Response {
    fn default() -> Self {
        GetResourceServers200Response::List(Default::default())
    }
}

/// One of `login`, `login-id`, `login-password`, `login-passwordless`, `signup`, `signup-id`, `signup-password`, `customized-consent`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetPartialsPromptParameter {
    #[default]
    #[serde(rename = "login")]
    Login,
    #[serde(rename = "login-id")]
    LoginId,
    #[serde(rename = "login-password")]
    LoginPassword,
    #[serde(rename = "login-passwordless")]
    LoginPasswordless,
    #[serde(rename = "signup")]
    Signup,
    #[serde(rename = "signup-id")]
    SignupId,
    #[serde(rename = "signup-password")]
    SignupPassword,
    #[serde(rename = "customized-consent")]
    CustomizedConsent,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetPartialsPromptParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetPartialsPromptParameter::Login => "login",
                GetPartialsPromptParameter::LoginId => "login-id",
                GetPartialsPromptParameter::LoginPassword => "login-password",
                GetPartialsPromptParameter::LoginPasswordless => "login-passwordless",
                GetPartialsPromptParameter::Signup => "signup",
                GetPartialsPromptParameter::SignupId => "signup-id",
                GetPartialsPromptParameter::SignupPassword => "signup-password",
                GetPartialsPromptParameter::CustomizedConsent => "customized-consent",
                GetPartialsPromptParameter::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetRefreshToken200ResponseCreatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetRefreshToken200ResponseCreatedAt {
    fn default() -> Self {
        GetRefreshToken200ResponseCreatedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetRefreshToken200ResponseIdleExpiresAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetRefreshToken200ResponseIdleExpiresAt {
    fn default() -> Self {
        GetRefreshToken200ResponseIdleExpiresAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetRefreshToken200ResponseExpiresAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetRefreshToken200ResponseExpiresAt {
    fn default() -> Self {
        GetRefreshToken200ResponseExpiresAt::String(Default::default())
    }
}

/// Device used while issuing/exchanging the refresh token
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetRefreshToken200ResponseDevice {
    /// First IP address associated with the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_ip: Option<String>,
    /// First autonomous system number associated with the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_asn: Option<String>,
    /// First user agent associated with the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user_agent: Option<String>,
    /// Last IP address associated with the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_ip: Option<String>,
    /// Last autonomous system number associated with the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_asn: Option<String>,
    /// Last user agent associated with the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_user_agent: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetRefreshToken200ResponseResourceServersInner {
    /// Resource server ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// List of scopes for the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetRefreshToken200ResponseLastExchangedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetRefreshToken200ResponseLastExchangedAt {
    fn default() -> Self {
        GetRefreshToken200ResponseLastExchangedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetRefreshToken200Response {
    /// The ID of the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the user which can be used when interacting with other APIs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<GetRefreshToken200ResponseCreatedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_expires_at: Option<GetRefreshToken200ResponseIdleExpiresAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<GetRefreshToken200ResponseExpiresAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<GetRefreshToken200ResponseDevice>,
    /// ID of the client application granted with this refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// ID of the authenticated session used to obtain this refresh-token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// True if the token is a rotating refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotating: Option<bool>,
    /// A list of the resource server IDs associated to this refresh-token and their granted scopes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_servers: Option<Vec<GetRefreshToken200ResponseResourceServersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_exchanged_at: Option<GetRefreshToken200ResponseLastExchangedAt>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetRolePermission200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub permissions: Option<Vec<Permission>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetRolePermission200Response {
    List(Vec<Permission>),
    GetRolePermission200ResponseOneOf(GetRolePermission200ResponseOneOf),
}

impl Default for GetRolePermission200Response {
    fn default() -> Self {
        GetRolePermission200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostRolePermissionAssignmentRequestPermissionsInner {
    /// Resource server (API) identifier that this permission is for.
    pub resource_server_identifier: String,
    /// Name of this permission.
    pub permission_name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostRolePermissionAssignmentRequest {
    /// array of resource_server_identifier, permission_name pairs.
    pub permissions: Vec<PostRolePermissionAssignmentRequestPermissionsInner>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetRoleUser200ResponseOneOfInner {
    /// ID of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// URL to a picture for this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// Name of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetRoleUser200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub users: Option<Vec<GetRoleUser200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetRoleUser200ResponseOneOf1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(next)]
    pub next: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub users: Option<Vec<GetRoleUser200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetRoleUser200Response {
    List(Vec<GetRoleUser200ResponseOneOfInner>),
    GetRoleUser200ResponseOneOf(GetRoleUser200ResponseOneOf),
    GetRoleUser200ResponseOneOf1(GetRoleUser200ResponseOneOf1),
}

impl Default for GetRoleUser200Response {
    fn default() -> Self {
        GetRoleUser200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostRoleUsersRequest {
    /// user_id's of the users to assign the role to.
    pub users: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetRules200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub rules: Option<Vec<Rule>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetRules200Response {
    List(Vec<Rule>),
    GetRules200ResponseOneOf(GetRules200ResponseOneOf),
}

impl Default for GetRules200Response {
    fn default() -> Self {
        GetRules200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetRulesConfigs200ResponseInner {
    /// Key for a rules config variable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutRulesConfigsByKeyRequest {
    /// Value for a rules config variable.
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutRulesConfigsByKey200Response {
    /// Key for a rules config variable.
    pub key: String,
    /// Value for a rules config variable.
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSession200ResponseCreatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSession200ResponseCreatedAt {
    fn default() -> Self {
        GetSession200ResponseCreatedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSession200ResponseUpdatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSession200ResponseUpdatedAt {
    fn default() -> Self {
        GetSession200ResponseUpdatedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSession200ResponseAuthenticatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSession200ResponseAuthenticatedAt {
    fn default() -> Self {
        GetSession200ResponseAuthenticatedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSession200ResponseIdleExpiresAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSession200ResponseIdleExpiresAt {
    fn default() -> Self {
        GetSession200ResponseIdleExpiresAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSession200ResponseExpiresAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSession200ResponseExpiresAt {
    fn default() -> Self {
        GetSession200ResponseExpiresAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSession200ResponseLastInteractedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSession200ResponseLastInteractedAt {
    fn default() -> Self {
        GetSession200ResponseLastInteractedAt::String(Default::default())
    }
}

/// Metadata related to the device used in the session
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSession200ResponseDevice {
    /// First user agent of the device from which this user logged in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user_agent: Option<String>,
    /// First IP address associated with this session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_ip: Option<String>,
    /// First autonomous system number associated with this session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_asn: Option<String>,
    /// Last user agent of the device from which this user logged in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_user_agent: Option<String>,
    /// Last IP address from which this user logged in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_ip: Option<String>,
    /// Last autonomous system number from which this user logged in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_asn: Option<String>,
}

/// Client details
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSession200ResponseClientsInner {
    /// ID of client for the session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSession200ResponseAuthenticationMethodsInnerTimestamp {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSession200ResponseAuthenticationMethodsInnerTimestamp {
    fn default() -> Self {
        GetSession200ResponseAuthenticationMethodsInnerTimestamp::String(
            Default::default(),
        )
    }
}

/// Authentication signal details
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSession200ResponseAuthenticationMethodsInner {
    /// One of: "federated", "passkey", "pwd", "sms", "email", "mfa", "mock" or a custom method denoted by a URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<GetSession200ResponseAuthenticationMethodsInnerTimestamp>,
    /// A specific MFA factor. Only present when "name" is set to "mfa"
    #[serde(rename = "^type$", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// Details about authentication signals obtained during the login flow
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSession200ResponseAuthentication {
    /// Contains the authentication methods a user has completed during their session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<Vec<GetSession200ResponseAuthenticationMethodsInner>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSession200Response {
    /// The ID of the session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the user which can be used when interacting with other APIs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<GetSession200ResponseCreatedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<GetSession200ResponseUpdatedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticated_at: Option<GetSession200ResponseAuthenticatedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_expires_at: Option<GetSession200ResponseIdleExpiresAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<GetSession200ResponseExpiresAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_interacted_at: Option<GetSession200ResponseLastInteractedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<GetSession200ResponseDevice>,
    /// List of client details for the session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clients: Option<Vec<GetSession200ResponseClientsInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<GetSession200ResponseAuthentication>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostEmailVerificationRequest {
    /// URL the user will be redirected to in the classic Universal Login experience once the ticket is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_url: Option<String>,
    /// user_id of for whom the ticket should be created.
    pub user_id: String,
    /// ID of the client (application). If provided for tenants using the New Universal Login experience, the email template and UI displays application details, and the user is prompted to redirect to the application's default login route after the ticket is used. client_id is required to use the Password Reset Post Challenge trigger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// (Optional) Organization ID – the ID of the Organization. If provided, organization parameters will be made available to the email template and organization branding will be applied to the prompt. In addition, the redirect link in the prompt will include organization_id and organization_name query string parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Number of seconds for which the ticket is valid before expiration. If unspecified or set to 0, this value defaults to 432000 seconds (5 days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_sec: Option<i64>,
    /// Whether to include the email address as part of the returnUrl in the reset_email (true), or not (false).
    #[serde(
        rename = "includeEmailInRedirect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_email_in_redirect: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<PostVerificationEmailRequestIdentity>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostEmailVerification201Response {
    /// URL representing the ticket.
    pub ticket: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostPasswordChangeRequest {
    /// URL the user will be redirected to in the classic Universal Login experience once the ticket is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_url: Option<String>,
    /// user_id of for whom the ticket should be created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// ID of the client (application). If provided for tenants using the New Universal Login experience, the email template and UI displays application details, and the user is prompted to redirect to the application's default login route after the ticket is used. client_id is required to use the Password Reset Post Challenge trigger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// (Optional) Organization ID – the ID of the Organization. If provided, organization parameters will be made available to the email template and organization branding will be applied to the prompt. In addition, the redirect link in the prompt will include organization_id and organization_name query string parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// ID of the connection. If provided, allows the user to be specified using email instead of user_id. If you set this value, you must also send the email parameter. You cannot send user_id when specifying a connection_id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// Email address of the user for whom the tickets should be created. Requires the connection_id parameter. Cannot be specified when using user_id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Number of seconds for which the ticket is valid before expiration. If unspecified or set to 0, this value defaults to 432000 seconds (5 days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl_sec: Option<i64>,
    /// Whether to set the email_verified attribute to true (true) or whether it should not be updated (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mark_email_as_verified: Option<bool>,
    /// Whether to include the email address as part of the returnUrl in the reset_email (true), or not (false).
    #[serde(
        rename = "includeEmailInRedirect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_email_in_redirect: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostPasswordChange201Response {
    /// URL representing the ticket.
    pub ticket: String,
}

/// One of `v1`, `v2`, `v3`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetUsersSearchEngineParameter {
    #[default]
    #[serde(rename = "v1")]
    V1,
    #[serde(rename = "v2")]
    V2,
    #[serde(rename = "v3")]
    V3,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetUsersSearchEngineParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetUsersSearchEngineParameter::V1 => "v1",
                GetUsersSearchEngineParameter::V2 => "v2",
                GetUsersSearchEngineParameter::V3 => "v3",
                GetUsersSearchEngineParameter::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetUsers200ResponseOneOfInnerCreatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetUsers200ResponseOneOfInnerCreatedAt {
    fn default() -> Self {
        GetUsers200ResponseOneOfInnerCreatedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetUsers200ResponseOneOfInnerUpdatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetUsers200ResponseOneOfInnerUpdatedAt {
    fn default() -> Self {
        GetUsers200ResponseOneOfInnerUpdatedAt::String(Default::default())
    }
}

/// The type of identity provider
/// One of `ad`, `adfs`, `amazon`, `apple`, `dropbox`, `bitbucket`, `aol`, `auth0-oidc`, `auth0`, `baidu`, `bitly`, `box`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetUsers200ResponseOneOfInnerIdentitiesInnerProvider {
    #[default]
    #[serde(rename = "ad")]
    Ad,
    #[serde(rename = "adfs")]
    Adfs,
    #[serde(rename = "amazon")]
    Amazon,
    #[serde(rename = "apple")]
    Apple,
    #[serde(rename = "dropbox")]
    Dropbox,
    #[serde(rename = "bitbucket")]
    Bitbucket,
    #[serde(rename = "aol")]
    Aol,
    #[serde(rename = "auth0-oidc")]
    Auth0Oidc,
    #[serde(rename = "auth0")]
    Auth0,
    #[serde(rename = "baidu")]
    Baidu,
    #[serde(rename = "bitly")]
    Bitly,
    #[serde(rename = "box")]
    Box,
    #[serde(rename = "custom")]
    Custom,
    #[serde(rename = "daccount")]
    Daccount,
    #[serde(rename = "dwolla")]
    Dwolla,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "evernote-sandbox")]
    EvernoteSandbox,
    #[serde(rename = "evernote")]
    Evernote,
    #[serde(rename = "exact")]
    Exact,
    #[serde(rename = "facebook")]
    Facebook,
    #[serde(rename = "fitbit")]
    Fitbit,
    #[serde(rename = "flickr")]
    Flickr,
    #[serde(rename = "github")]
    Github,
    #[serde(rename = "google-apps")]
    GoogleApps,
    #[serde(rename = "google-oauth2")]
    GoogleOauth2,
    #[serde(rename = "instagram")]
    Instagram,
    #[serde(rename = "ip")]
    Ip,
    #[serde(rename = "line")]
    Line,
    #[serde(rename = "linkedin")]
    Linkedin,
    #[serde(rename = "miicard")]
    Miicard,
    #[serde(rename = "oauth1")]
    Oauth1,
    #[serde(rename = "oauth2")]
    Oauth2,
    #[serde(rename = "office365")]
    Office365,
    #[serde(rename = "oidc")]
    Oidc,
    #[serde(rename = "okta")]
    Okta,
    #[serde(rename = "paypal")]
    Paypal,
    #[serde(rename = "paypal-sandbox")]
    PaypalSandbox,
    #[serde(rename = "pingfederate")]
    Pingfederate,
    #[serde(rename = "planningcenter")]
    Planningcenter,
    #[serde(rename = "renren")]
    Renren,
    #[serde(rename = "salesforce-community")]
    SalesforceCommunity,
    #[serde(rename = "salesforce-sandbox")]
    SalesforceSandbox,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "samlp")]
    Samlp,
    #[serde(rename = "sharepoint")]
    Sharepoint,
    #[serde(rename = "shopify")]
    Shopify,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "soundcloud")]
    Soundcloud,
    #[serde(rename = "thecity-sandbox")]
    ThecitySandbox,
    #[serde(rename = "thecity")]
    Thecity,
    #[serde(rename = "thirtysevensignals")]
    Thirtysevensignals,
    #[serde(rename = "twitter")]
    Twitter,
    #[serde(rename = "untappd")]
    Untappd,
    #[serde(rename = "vkontakte")]
    Vkontakte,
    #[serde(rename = "waad")]
    Waad,
    #[serde(rename = "weibo")]
    Weibo,
    #[serde(rename = "windowslive")]
    Windowslive,
    #[serde(rename = "wordpress")]
    Wordpress,
    #[serde(rename = "yahoo")]
    Yahoo,
    #[serde(rename = "yammer")]
    Yammer,
    #[serde(rename = "yandex")]
    Yandex,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetUsers200ResponseOneOfInnerIdentitiesInnerProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Ad => "ad",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Adfs => "adfs",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Amazon => "amazon",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Apple => "apple",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Dropbox => {
                    "dropbox"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Bitbucket => {
                    "bitbucket"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Aol => "aol",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Auth0Oidc => {
                    "auth0-oidc"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Auth0 => "auth0",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Baidu => "baidu",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Bitly => "bitly",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Box => "box",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Custom => "custom",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Daccount => {
                    "daccount"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Dwolla => "dwolla",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Email => "email",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::EvernoteSandbox => {
                    "evernote-sandbox"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Evernote => {
                    "evernote"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Exact => "exact",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Facebook => {
                    "facebook"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Fitbit => "fitbit",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Flickr => "flickr",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Github => "github",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::GoogleApps => {
                    "google-apps"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::GoogleOauth2 => {
                    "google-oauth2"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Instagram => {
                    "instagram"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Ip => "ip",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Line => "line",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Linkedin => {
                    "linkedin"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Miicard => {
                    "miicard"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Oauth1 => "oauth1",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Oauth2 => "oauth2",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Office365 => {
                    "office365"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Oidc => "oidc",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Okta => "okta",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Paypal => "paypal",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::PaypalSandbox => {
                    "paypal-sandbox"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Pingfederate => {
                    "pingfederate"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Planningcenter => {
                    "planningcenter"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Renren => "renren",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::SalesforceCommunity => {
                    "salesforce-community"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::SalesforceSandbox => {
                    "salesforce-sandbox"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Salesforce => {
                    "salesforce"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Samlp => "samlp",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Sharepoint => {
                    "sharepoint"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Shopify => {
                    "shopify"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Sms => "sms",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Soundcloud => {
                    "soundcloud"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::ThecitySandbox => {
                    "thecity-sandbox"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Thecity => {
                    "thecity"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Thirtysevensignals => {
                    "thirtysevensignals"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Twitter => {
                    "twitter"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Untappd => {
                    "untappd"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Vkontakte => {
                    "vkontakte"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Waad => "waad",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Weibo => "weibo",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Windowslive => {
                    "windowslive"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Wordpress => {
                    "wordpress"
                }
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Yahoo => "yahoo",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Yammer => "yammer",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Yandex => "yandex",
                GetUsers200ResponseOneOfInnerIdentitiesInnerProvider::Other(other) => {
                    other
                }
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetUsers200ResponseOneOfInnerIdentitiesInner {
    /// Name of the connection containing this identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
    /// Unique identifier of the user user for this identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<GetUsers200ResponseOneOfInnerIdentitiesInnerProvider>,
    /// Whether this identity is from a social provider (true) or not (false).
    #[serde(rename = "isSocial", default, skip_serializing_if = "Option::is_none")]
    pub is_social: Option<bool>,
    /// IDP access token returned only if scope read:user_idp_tokens is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// IDP access token secret returned only if scope read:user_idp_tokens is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_secret: Option<String>,
    /// IDP refresh token returned only if scope read:user_idp_tokens is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    #[serde(rename = "profileData", default, skip_serializing_if = "Option::is_none")]
    pub profile_data: Option<UserProfile>,
}

/// User metadata to which this user has read-only access.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetUsers200ResponseOneOfInnerAppMetadata {
    #[serde(rename = "__tenant", default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<serde_json::Value>,
    #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<serde_json::Value>,
    #[serde(rename = "clientID", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<serde_json::Value>,
    #[serde(rename = "globalClientID", default, skip_serializing_if = "Option::is_none")]
    pub global_client_id: Option<serde_json::Value>,
    #[serde(
        rename = "global_client_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub global_client_id2: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identities: Option<serde_json::Value>,
    #[serde(rename = "lastIP", default, skip_serializing_if = "Option::is_none")]
    pub last_ip: Option<serde_json::Value>,
    #[serde(rename = "lastLogin", default, skip_serializing_if = "Option::is_none")]
    pub last_login: Option<serde_json::Value>,
    #[serde(rename = "loginsCount", default, skip_serializing_if = "Option::is_none")]
    pub logins_count: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multifactor_last_modified: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multifactor: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetUsers200ResponseOneOfInnerLastLogin {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetUsers200ResponseOneOfInnerLastLogin {
    fn default() -> Self {
        GetUsers200ResponseOneOfInnerLastLogin::String(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetUsers200ResponseOneOfInner {
    /// ID of the user which can be used when interacting with other APIs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Email address of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether this email address is verified (true) or unverified (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    /// Username of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Phone number for this user. Follows the E.164 recommendation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Whether this phone number has been verified (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_verified: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<GetUsers200ResponseOneOfInnerCreatedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<GetUsers200ResponseOneOfInnerUpdatedAt>,
    /// Array of user identity objects when accounts are linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identities: Option<Vec<GetUsers200ResponseOneOfInnerIdentitiesInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_metadata: Option<GetUsers200ResponseOneOfInnerAppMetadata>,
    /// User metadata to which this user has read/write access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// URL to picture, photo, or avatar of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    /// Name of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Preferred nickname or alias of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// List of multi-factor authentication providers with which this user has enrolled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multifactor: Option<Vec<String>>,
    /// Last IP address from which this user logged in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_ip: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_login: Option<GetUsers200ResponseOneOfInnerLastLogin>,
    /// Total number of logins this user has performed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logins_count: Option<i64>,
    /// Whether this user was blocked by an administrator (true) or is not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// Given name/first name/forename of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// Family name/last name/surname of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetUsers200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub users: Option<Vec<GetUsers200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetUsers200Response {
    List(Vec<GetUsers200ResponseOneOfInner>),
    GetUsers200ResponseOneOf(GetUsers200ResponseOneOf),
}

impl Default for GetUsers200Response {
    fn default() -> Self {
        GetUsers200Response::List(Default::default())
    }
}

/// One of `recovery-code`, `totp`, `push`, `phone`, `email`, `email-verification`, `webauthn-roaming`, `webauthn-platform`, `guardian`, `passkey`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetAuthenticationMethods200ResponseOneOfInnerType {
    #[default]
    #[serde(rename = "recovery-code")]
    RecoveryCode,
    #[serde(rename = "totp")]
    Totp,
    #[serde(rename = "push")]
    Push,
    #[serde(rename = "phone")]
    Phone,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "email-verification")]
    EmailVerification,
    #[serde(rename = "webauthn-roaming")]
    WebauthnRoaming,
    #[serde(rename = "webauthn-platform")]
    WebauthnPlatform,
    #[serde(rename = "guardian")]
    Guardian,
    #[serde(rename = "passkey")]
    Passkey,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for GetAuthenticationMethods200ResponseOneOfInnerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetAuthenticationMethods200ResponseOneOfInnerType::RecoveryCode => {
                    "recovery-code"
                }
                GetAuthenticationMethods200ResponseOneOfInnerType::Totp => "totp",
                GetAuthenticationMethods200ResponseOneOfInnerType::Push => "push",
                GetAuthenticationMethods200ResponseOneOfInnerType::Phone => "phone",
                GetAuthenticationMethods200ResponseOneOfInnerType::Email => "email",
                GetAuthenticationMethods200ResponseOneOfInnerType::EmailVerification => {
                    "email-verification"
                }
                GetAuthenticationMethods200ResponseOneOfInnerType::WebauthnRoaming => {
                    "webauthn-roaming"
                }
                GetAuthenticationMethods200ResponseOneOfInnerType::WebauthnPlatform => {
                    "webauthn-platform"
                }
                GetAuthenticationMethods200ResponseOneOfInnerType::Guardian => "guardian",
                GetAuthenticationMethods200ResponseOneOfInnerType::Passkey => "passkey",
                GetAuthenticationMethods200ResponseOneOfInnerType::Other(other) => other,
            },
        )
    }
}

/// One of `totp`, `push`, `sms`, `voice`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType {
    #[default]
    #[serde(rename = "totp")]
    Totp,
    #[serde(rename = "push")]
    Push,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "voice")]
    Voice,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType::Totp => {
                    "totp"
                }
                GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType::Push => {
                    "push"
                }
                GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType::Sms => {
                    "sms"
                }
                GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType::Voice => {
                    "voice"
                }
                GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<
        GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Applies to phone authentication methods only. The preferred communication method.
/// One of `sms`, `voice`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GetAuthenticationMethods200ResponseOneOfInnerPreferredAuthenticationMethod {
    #[default]
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "voice")]
    Voice,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for GetAuthenticationMethods200ResponseOneOfInnerPreferredAuthenticationMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                GetAuthenticationMethods200ResponseOneOfInnerPreferredAuthenticationMethod::Sms => {
                    "sms"
                }
                GetAuthenticationMethods200ResponseOneOfInnerPreferredAuthenticationMethod::Voice => {
                    "voice"
                }
                GetAuthenticationMethods200ResponseOneOfInnerPreferredAuthenticationMethod::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetAuthenticationMethods200ResponseOneOfInner {
    /// The ID of the authentication method (auto generated)
    pub id: String,
    pub r#type: GetAuthenticationMethods200ResponseOneOfInnerType,
    /// The authentication method status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<bool>,
    /// A human-readable label to identify the authentication method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_methods: Option<
        Vec<GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInner>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_authentication_method: Option<
        GetAuthenticationMethods200ResponseOneOfInnerPreferredAuthenticationMethod,
    >,
    /// The ID of a linked authentication method. Linked authentication methods will be deleted together.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_id: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Applies to email and email-verification authentication methods only. The email address used to send verification messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Applies to webauthn authentication methods only. The ID of the generated credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// Applies to webauthn authentication methods only. The public key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Authenticator creation date
    pub created_at: String,
    /// Enrollment date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrolled_at: Option<String>,
    /// Last authentication
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_auth_at: Option<String>,
    /// Applies to passkeys only. The kind of device the credential is stored on as defined by backup eligibility. "single_device" credentials cannot be backed up and synced to another device, "multi_device" credentials can be backed up if enabled by the end-user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_device_type: Option<String>,
    /// Applies to passkeys only. Whether the credential was backed up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_backed_up: Option<bool>,
    /// Applies to passkeys only. The ID of the user identity linked with the authentication method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_user_id: Option<String>,
    /// Applies to passkeys only. The user-agent of the browser used to create the passkey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetAuthenticationMethods200ResponseOneOf {
    /// Index of the starting record. Derived from the page and per_page parameters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    /// Maximum amount of records to return.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    /// Total number of pageable records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    /// The paginated authentication methods. Returned in this structure when include_totals is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub authenticators: Option<Vec<GetAuthenticationMethods200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetAuthenticationMethods200Response {
    List(Vec<GetAuthenticationMethods200ResponseOneOfInner>),
    GetAuthenticationMethods200ResponseOneOf(GetAuthenticationMethods200ResponseOneOf),
}

impl Default for GetAuthenticationMethods200Response {
    fn default() -> Self {
        GetAuthenticationMethods200Response::List(Default::default())
    }
}

/// One of `phone`, `email`, `totp`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PutAuthenticationMethodsRequestInnerType {
    #[default]
    #[serde(rename = "phone")]
    Phone,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "totp")]
    Totp,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PutAuthenticationMethodsRequestInnerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PutAuthenticationMethodsRequestInnerType::Phone => "phone",
                PutAuthenticationMethodsRequestInnerType::Email => "email",
                PutAuthenticationMethodsRequestInnerType::Totp => "totp",
                PutAuthenticationMethodsRequestInnerType::Other(other) => other,
            },
        )
    }
}

/// Applies to phone authentication methods only. The preferred communication method.
/// One of `voice`, `sms`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod {
    #[default]
    #[serde(rename = "voice")]
    Voice,
    #[serde(rename = "sms")]
    Sms,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod::Voice => {
                    "voice"
                }
                PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod::Sms => {
                    "sms"
                }
                PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAuthenticationMethodsRequestInner {
    pub r#type: PutAuthenticationMethodsRequestInnerType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_authentication_method: Option<
        PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod,
    >,
    /// AA human-readable label to identify the authentication method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Applies to email authentication methods only. The email address used to send verification messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Applies to totp authentication methods only. The base32 encoded secret for TOTP generation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
}

/// One of `phone`, `email`, `totp`, `webauthn-roaming`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PutAuthenticationMethods200ResponseInnerType {
    #[default]
    #[serde(rename = "phone")]
    Phone,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "totp")]
    Totp,
    #[serde(rename = "webauthn-roaming")]
    WebauthnRoaming,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PutAuthenticationMethods200ResponseInnerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PutAuthenticationMethods200ResponseInnerType::Phone => "phone",
                PutAuthenticationMethods200ResponseInnerType::Email => "email",
                PutAuthenticationMethods200ResponseInnerType::Totp => "totp",
                PutAuthenticationMethods200ResponseInnerType::WebauthnRoaming => {
                    "webauthn-roaming"
                }
                PutAuthenticationMethods200ResponseInnerType::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAuthenticationMethods200ResponseInnerAuthenticationMethodsInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<
        GetAuthenticationMethods200ResponseOneOfInnerAuthenticationMethodsInnerType,
    >,
}

/// Preferred phone authentication method
/// One of `voice`, `sms`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod {
    #[default]
    #[serde(rename = "voice")]
    Voice,
    #[serde(rename = "sms")]
    Sms,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod::Voice => {
                    "voice"
                }
                PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod::Sms => {
                    "sms"
                }
                PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod::Other(
                    other,
                ) => other,
            },
        )
    }
}

/// The successfully created authentication method.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAuthenticationMethods200ResponseInner {
    /// The ID of the newly created authentication method (automatically generated by the application)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub r#type: PutAuthenticationMethods200ResponseInnerType,
    /// A human-readable label to identify the authentication method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Base32 encoded secret for TOTP generation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Applies to email authentication methods only. The email address used to send verification messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_methods: Option<
        Vec<PutAuthenticationMethods200ResponseInnerAuthenticationMethodsInner>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_authentication_method: Option<
        PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod,
    >,
    /// Applies to webauthn authenticators only. The id of the credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// Applies to webauthn authenticators only. The public key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Applies to webauthn authenticators only. The relying party identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relying_party_identifier: Option<String>,
    /// Authentication method creation date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

/// One of `phone`, `email`, `totp`, `webauthn-roaming`, `passkey`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostAuthenticationMethodsRequestType {
    #[default]
    #[serde(rename = "phone")]
    Phone,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "totp")]
    Totp,
    #[serde(rename = "webauthn-roaming")]
    WebauthnRoaming,
    #[serde(rename = "passkey")]
    Passkey,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostAuthenticationMethodsRequestType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostAuthenticationMethodsRequestType::Phone => "phone",
                PostAuthenticationMethodsRequestType::Email => "email",
                PostAuthenticationMethodsRequestType::Totp => "totp",
                PostAuthenticationMethodsRequestType::WebauthnRoaming => {
                    "webauthn-roaming"
                }
                PostAuthenticationMethodsRequestType::Passkey => "passkey",
                PostAuthenticationMethodsRequestType::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostAuthenticationMethodsRequest {
    pub r#type: PostAuthenticationMethodsRequestType,
    /// A human-readable label to identify the authentication method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Base32 encoded secret for TOTP generation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Applies to email authentication methods only. The email address used to send verification messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_authentication_method: Option<
        PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod,
    >,
    /// Applies to webauthn authentication methods only. The id of the credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// Applies to webauthn authentication methods only. The public key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Applies to webauthn authentication methods only. The relying party identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relying_party_identifier: Option<String>,
}

/// The successfully created authentication method.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostAuthenticationMethods201Response {
    /// The ID of the newly created authentication method (automatically generated by the application)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub r#type: PostAuthenticationMethodsRequestType,
    /// A human-readable label to identify the authentication method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Base32 encoded secret for TOTP generation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Applies to email authentication methods only. The email address used to send verification messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_methods: Option<
        Vec<PutAuthenticationMethods200ResponseInnerAuthenticationMethodsInner>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_authentication_method: Option<
        PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod,
    >,
    /// Applies to webauthn authenticators only. The id of the credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// Applies to webauthn authenticators only. The public key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Applies to webauthn authenticators only. The relying party identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relying_party_identifier: Option<String>,
    /// Authentication method creation date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchAuthenticationMethodsByAuthenticationMethodIdRequest {
    /// A human-readable label to identify the authentication method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_authentication_method: Option<
        PutAuthenticationMethods200ResponseInnerPreferredAuthenticationMethod,
    >,
}

/// The successfully created authentication method.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatchAuthenticationMethodsByAuthenticationMethodId200Response {
    /// The ID of the newly created authentication method (automatically generated by the application)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub r#type: PutAuthenticationMethods200ResponseInnerType,
    /// A human-readable label to identify the authentication method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Base32 encoded secret for TOTP generation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
    /// Applies to phone authentication methods only. The destination phone number used to send verification codes via text and voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Applies to email authentication methods only. The email address used to send verification messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_methods: Option<
        Vec<PutAuthenticationMethods200ResponseInnerAuthenticationMethodsInner>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_authentication_method: Option<
        PutAuthenticationMethodsRequestInnerPreferredAuthenticationMethod,
    >,
    /// Applies to webauthn authentication methods only. The id of the credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// Applies to webauthn authentication methods only. The public key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Applies to webauthn authentication methods only. The relying party identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relying_party_identifier: Option<String>,
    /// Authentication method creation date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
}

/// Identity provider of the secondary user account being linked.
/// One of `ad`, `adfs`, `amazon`, `apple`, `dropbox`, `bitbucket`, `aol`, `auth0-oidc`, `auth0`, `baidu`, `bitly`, `box`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostIdentitiesRequestProvider {
    #[default]
    #[serde(rename = "ad")]
    Ad,
    #[serde(rename = "adfs")]
    Adfs,
    #[serde(rename = "amazon")]
    Amazon,
    #[serde(rename = "apple")]
    Apple,
    #[serde(rename = "dropbox")]
    Dropbox,
    #[serde(rename = "bitbucket")]
    Bitbucket,
    #[serde(rename = "aol")]
    Aol,
    #[serde(rename = "auth0-oidc")]
    Auth0Oidc,
    #[serde(rename = "auth0")]
    Auth0,
    #[serde(rename = "baidu")]
    Baidu,
    #[serde(rename = "bitly")]
    Bitly,
    #[serde(rename = "box")]
    Box,
    #[serde(rename = "custom")]
    Custom,
    #[serde(rename = "daccount")]
    Daccount,
    #[serde(rename = "dwolla")]
    Dwolla,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "evernote-sandbox")]
    EvernoteSandbox,
    #[serde(rename = "evernote")]
    Evernote,
    #[serde(rename = "exact")]
    Exact,
    #[serde(rename = "facebook")]
    Facebook,
    #[serde(rename = "fitbit")]
    Fitbit,
    #[serde(rename = "flickr")]
    Flickr,
    #[serde(rename = "github")]
    Github,
    #[serde(rename = "google-apps")]
    GoogleApps,
    #[serde(rename = "google-oauth2")]
    GoogleOauth2,
    #[serde(rename = "instagram")]
    Instagram,
    #[serde(rename = "ip")]
    Ip,
    #[serde(rename = "line")]
    Line,
    #[serde(rename = "linkedin")]
    Linkedin,
    #[serde(rename = "miicard")]
    Miicard,
    #[serde(rename = "oauth1")]
    Oauth1,
    #[serde(rename = "oauth2")]
    Oauth2,
    #[serde(rename = "office365")]
    Office365,
    #[serde(rename = "oidc")]
    Oidc,
    #[serde(rename = "okta")]
    Okta,
    #[serde(rename = "paypal")]
    Paypal,
    #[serde(rename = "paypal-sandbox")]
    PaypalSandbox,
    #[serde(rename = "pingfederate")]
    Pingfederate,
    #[serde(rename = "planningcenter")]
    Planningcenter,
    #[serde(rename = "renren")]
    Renren,
    #[serde(rename = "salesforce-community")]
    SalesforceCommunity,
    #[serde(rename = "salesforce-sandbox")]
    SalesforceSandbox,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "samlp")]
    Samlp,
    #[serde(rename = "sharepoint")]
    Sharepoint,
    #[serde(rename = "shopify")]
    Shopify,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "soundcloud")]
    Soundcloud,
    #[serde(rename = "thecity-sandbox")]
    ThecitySandbox,
    #[serde(rename = "thecity")]
    Thecity,
    #[serde(rename = "thirtysevensignals")]
    Thirtysevensignals,
    #[serde(rename = "twitter")]
    Twitter,
    #[serde(rename = "untappd")]
    Untappd,
    #[serde(rename = "vkontakte")]
    Vkontakte,
    #[serde(rename = "waad")]
    Waad,
    #[serde(rename = "weibo")]
    Weibo,
    #[serde(rename = "windowslive")]
    Windowslive,
    #[serde(rename = "wordpress")]
    Wordpress,
    #[serde(rename = "yahoo")]
    Yahoo,
    #[serde(rename = "yammer")]
    Yammer,
    #[serde(rename = "yandex")]
    Yandex,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PostIdentitiesRequestProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PostIdentitiesRequestProvider::Ad => "ad",
                PostIdentitiesRequestProvider::Adfs => "adfs",
                PostIdentitiesRequestProvider::Amazon => "amazon",
                PostIdentitiesRequestProvider::Apple => "apple",
                PostIdentitiesRequestProvider::Dropbox => "dropbox",
                PostIdentitiesRequestProvider::Bitbucket => "bitbucket",
                PostIdentitiesRequestProvider::Aol => "aol",
                PostIdentitiesRequestProvider::Auth0Oidc => "auth0-oidc",
                PostIdentitiesRequestProvider::Auth0 => "auth0",
                PostIdentitiesRequestProvider::Baidu => "baidu",
                PostIdentitiesRequestProvider::Bitly => "bitly",
                PostIdentitiesRequestProvider::Box => "box",
                PostIdentitiesRequestProvider::Custom => "custom",
                PostIdentitiesRequestProvider::Daccount => "daccount",
                PostIdentitiesRequestProvider::Dwolla => "dwolla",
                PostIdentitiesRequestProvider::Email => "email",
                PostIdentitiesRequestProvider::EvernoteSandbox => "evernote-sandbox",
                PostIdentitiesRequestProvider::Evernote => "evernote",
                PostIdentitiesRequestProvider::Exact => "exact",
                PostIdentitiesRequestProvider::Facebook => "facebook",
                PostIdentitiesRequestProvider::Fitbit => "fitbit",
                PostIdentitiesRequestProvider::Flickr => "flickr",
                PostIdentitiesRequestProvider::Github => "github",
                PostIdentitiesRequestProvider::GoogleApps => "google-apps",
                PostIdentitiesRequestProvider::GoogleOauth2 => "google-oauth2",
                PostIdentitiesRequestProvider::Instagram => "instagram",
                PostIdentitiesRequestProvider::Ip => "ip",
                PostIdentitiesRequestProvider::Line => "line",
                PostIdentitiesRequestProvider::Linkedin => "linkedin",
                PostIdentitiesRequestProvider::Miicard => "miicard",
                PostIdentitiesRequestProvider::Oauth1 => "oauth1",
                PostIdentitiesRequestProvider::Oauth2 => "oauth2",
                PostIdentitiesRequestProvider::Office365 => "office365",
                PostIdentitiesRequestProvider::Oidc => "oidc",
                PostIdentitiesRequestProvider::Okta => "okta",
                PostIdentitiesRequestProvider::Paypal => "paypal",
                PostIdentitiesRequestProvider::PaypalSandbox => "paypal-sandbox",
                PostIdentitiesRequestProvider::Pingfederate => "pingfederate",
                PostIdentitiesRequestProvider::Planningcenter => "planningcenter",
                PostIdentitiesRequestProvider::Renren => "renren",
                PostIdentitiesRequestProvider::SalesforceCommunity => {
                    "salesforce-community"
                }
                PostIdentitiesRequestProvider::SalesforceSandbox => "salesforce-sandbox",
                PostIdentitiesRequestProvider::Salesforce => "salesforce",
                PostIdentitiesRequestProvider::Samlp => "samlp",
                PostIdentitiesRequestProvider::Sharepoint => "sharepoint",
                PostIdentitiesRequestProvider::Shopify => "shopify",
                PostIdentitiesRequestProvider::Sms => "sms",
                PostIdentitiesRequestProvider::Soundcloud => "soundcloud",
                PostIdentitiesRequestProvider::ThecitySandbox => "thecity-sandbox",
                PostIdentitiesRequestProvider::Thecity => "thecity",
                PostIdentitiesRequestProvider::Thirtysevensignals => "thirtysevensignals",
                PostIdentitiesRequestProvider::Twitter => "twitter",
                PostIdentitiesRequestProvider::Untappd => "untappd",
                PostIdentitiesRequestProvider::Vkontakte => "vkontakte",
                PostIdentitiesRequestProvider::Waad => "waad",
                PostIdentitiesRequestProvider::Weibo => "weibo",
                PostIdentitiesRequestProvider::Windowslive => "windowslive",
                PostIdentitiesRequestProvider::Wordpress => "wordpress",
                PostIdentitiesRequestProvider::Yahoo => "yahoo",
                PostIdentitiesRequestProvider::Yammer => "yammer",
                PostIdentitiesRequestProvider::Yandex => "yandex",
                PostIdentitiesRequestProvider::Other(other) => other,
            },
        )
    }
}

/// user_id of the secondary user account being linked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PostIdentitiesRequestUserId {
    String(String),
    Integer(i64),
}

impl Default for PostIdentitiesRequestUserId {
    fn default() -> Self {
        PostIdentitiesRequestUserId::String(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostIdentitiesRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<PostIdentitiesRequestProvider>,
    /// connection_id of the secondary user account being linked when more than one `auth0` database provider exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<PostIdentitiesRequestUserId>,
    /// JWT for the secondary account being linked. If sending this parameter, `provider`, `user_id`, and `connection_id` must not be sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_with: Option<String>,
}

/// One of `ad`, `adfs`, `amazon`, `apple`, `dropbox`, `bitbucket`, `aol`, `auth0-oidc`, `auth0`, `baidu`, `bitly`, `box`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeleteUserIdentityByUserIdProviderParameter {
    #[default]
    #[serde(rename = "ad")]
    Ad,
    #[serde(rename = "adfs")]
    Adfs,
    #[serde(rename = "amazon")]
    Amazon,
    #[serde(rename = "apple")]
    Apple,
    #[serde(rename = "dropbox")]
    Dropbox,
    #[serde(rename = "bitbucket")]
    Bitbucket,
    #[serde(rename = "aol")]
    Aol,
    #[serde(rename = "auth0-oidc")]
    Auth0Oidc,
    #[serde(rename = "auth0")]
    Auth0,
    #[serde(rename = "baidu")]
    Baidu,
    #[serde(rename = "bitly")]
    Bitly,
    #[serde(rename = "box")]
    Box,
    #[serde(rename = "custom")]
    Custom,
    #[serde(rename = "daccount")]
    Daccount,
    #[serde(rename = "dwolla")]
    Dwolla,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "evernote-sandbox")]
    EvernoteSandbox,
    #[serde(rename = "evernote")]
    Evernote,
    #[serde(rename = "exact")]
    Exact,
    #[serde(rename = "facebook")]
    Facebook,
    #[serde(rename = "fitbit")]
    Fitbit,
    #[serde(rename = "flickr")]
    Flickr,
    #[serde(rename = "github")]
    Github,
    #[serde(rename = "google-apps")]
    GoogleApps,
    #[serde(rename = "google-oauth2")]
    GoogleOauth2,
    #[serde(rename = "instagram")]
    Instagram,
    #[serde(rename = "ip")]
    Ip,
    #[serde(rename = "line")]
    Line,
    #[serde(rename = "linkedin")]
    Linkedin,
    #[serde(rename = "miicard")]
    Miicard,
    #[serde(rename = "oauth1")]
    Oauth1,
    #[serde(rename = "oauth2")]
    Oauth2,
    #[serde(rename = "office365")]
    Office365,
    #[serde(rename = "oidc")]
    Oidc,
    #[serde(rename = "okta")]
    Okta,
    #[serde(rename = "paypal")]
    Paypal,
    #[serde(rename = "paypal-sandbox")]
    PaypalSandbox,
    #[serde(rename = "pingfederate")]
    Pingfederate,
    #[serde(rename = "planningcenter")]
    Planningcenter,
    #[serde(rename = "renren")]
    Renren,
    #[serde(rename = "salesforce-community")]
    SalesforceCommunity,
    #[serde(rename = "salesforce-sandbox")]
    SalesforceSandbox,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "samlp")]
    Samlp,
    #[serde(rename = "sharepoint")]
    Sharepoint,
    #[serde(rename = "shopify")]
    Shopify,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "soundcloud")]
    Soundcloud,
    #[serde(rename = "thecity-sandbox")]
    ThecitySandbox,
    #[serde(rename = "thecity")]
    Thecity,
    #[serde(rename = "thirtysevensignals")]
    Thirtysevensignals,
    #[serde(rename = "twitter")]
    Twitter,
    #[serde(rename = "untappd")]
    Untappd,
    #[serde(rename = "vkontakte")]
    Vkontakte,
    #[serde(rename = "waad")]
    Waad,
    #[serde(rename = "weibo")]
    Weibo,
    #[serde(rename = "windowslive")]
    Windowslive,
    #[serde(rename = "wordpress")]
    Wordpress,
    #[serde(rename = "yahoo")]
    Yahoo,
    #[serde(rename = "yammer")]
    Yammer,
    #[serde(rename = "yandex")]
    Yandex,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for DeleteUserIdentityByUserIdProviderParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                DeleteUserIdentityByUserIdProviderParameter::Ad => "ad",
                DeleteUserIdentityByUserIdProviderParameter::Adfs => "adfs",
                DeleteUserIdentityByUserIdProviderParameter::Amazon => "amazon",
                DeleteUserIdentityByUserIdProviderParameter::Apple => "apple",
                DeleteUserIdentityByUserIdProviderParameter::Dropbox => "dropbox",
                DeleteUserIdentityByUserIdProviderParameter::Bitbucket => "bitbucket",
                DeleteUserIdentityByUserIdProviderParameter::Aol => "aol",
                DeleteUserIdentityByUserIdProviderParameter::Auth0Oidc => "auth0-oidc",
                DeleteUserIdentityByUserIdProviderParameter::Auth0 => "auth0",
                DeleteUserIdentityByUserIdProviderParameter::Baidu => "baidu",
                DeleteUserIdentityByUserIdProviderParameter::Bitly => "bitly",
                DeleteUserIdentityByUserIdProviderParameter::Box => "box",
                DeleteUserIdentityByUserIdProviderParameter::Custom => "custom",
                DeleteUserIdentityByUserIdProviderParameter::Daccount => "daccount",
                DeleteUserIdentityByUserIdProviderParameter::Dwolla => "dwolla",
                DeleteUserIdentityByUserIdProviderParameter::Email => "email",
                DeleteUserIdentityByUserIdProviderParameter::EvernoteSandbox => {
                    "evernote-sandbox"
                }
                DeleteUserIdentityByUserIdProviderParameter::Evernote => "evernote",
                DeleteUserIdentityByUserIdProviderParameter::Exact => "exact",
                DeleteUserIdentityByUserIdProviderParameter::Facebook => "facebook",
                DeleteUserIdentityByUserIdProviderParameter::Fitbit => "fitbit",
                DeleteUserIdentityByUserIdProviderParameter::Flickr => "flickr",
                DeleteUserIdentityByUserIdProviderParameter::Github => "github",
                DeleteUserIdentityByUserIdProviderParameter::GoogleApps => "google-apps",
                DeleteUserIdentityByUserIdProviderParameter::GoogleOauth2 => {
                    "google-oauth2"
                }
                DeleteUserIdentityByUserIdProviderParameter::Instagram => "instagram",
                DeleteUserIdentityByUserIdProviderParameter::Ip => "ip",
                DeleteUserIdentityByUserIdProviderParameter::Line => "line",
                DeleteUserIdentityByUserIdProviderParameter::Linkedin => "linkedin",
                DeleteUserIdentityByUserIdProviderParameter::Miicard => "miicard",
                DeleteUserIdentityByUserIdProviderParameter::Oauth1 => "oauth1",
                DeleteUserIdentityByUserIdProviderParameter::Oauth2 => "oauth2",
                DeleteUserIdentityByUserIdProviderParameter::Office365 => "office365",
                DeleteUserIdentityByUserIdProviderParameter::Oidc => "oidc",
                DeleteUserIdentityByUserIdProviderParameter::Okta => "okta",
                DeleteUserIdentityByUserIdProviderParameter::Paypal => "paypal",
                DeleteUserIdentityByUserIdProviderParameter::PaypalSandbox => {
                    "paypal-sandbox"
                }
                DeleteUserIdentityByUserIdProviderParameter::Pingfederate => {
                    "pingfederate"
                }
                DeleteUserIdentityByUserIdProviderParameter::Planningcenter => {
                    "planningcenter"
                }
                DeleteUserIdentityByUserIdProviderParameter::Renren => "renren",
                DeleteUserIdentityByUserIdProviderParameter::SalesforceCommunity => {
                    "salesforce-community"
                }
                DeleteUserIdentityByUserIdProviderParameter::SalesforceSandbox => {
                    "salesforce-sandbox"
                }
                DeleteUserIdentityByUserIdProviderParameter::Salesforce => "salesforce",
                DeleteUserIdentityByUserIdProviderParameter::Samlp => "samlp",
                DeleteUserIdentityByUserIdProviderParameter::Sharepoint => "sharepoint",
                DeleteUserIdentityByUserIdProviderParameter::Shopify => "shopify",
                DeleteUserIdentityByUserIdProviderParameter::Sms => "sms",
                DeleteUserIdentityByUserIdProviderParameter::Soundcloud => "soundcloud",
                DeleteUserIdentityByUserIdProviderParameter::ThecitySandbox => {
                    "thecity-sandbox"
                }
                DeleteUserIdentityByUserIdProviderParameter::Thecity => "thecity",
                DeleteUserIdentityByUserIdProviderParameter::Thirtysevensignals => {
                    "thirtysevensignals"
                }
                DeleteUserIdentityByUserIdProviderParameter::Twitter => "twitter",
                DeleteUserIdentityByUserIdProviderParameter::Untappd => "untappd",
                DeleteUserIdentityByUserIdProviderParameter::Vkontakte => "vkontakte",
                DeleteUserIdentityByUserIdProviderParameter::Waad => "waad",
                DeleteUserIdentityByUserIdProviderParameter::Weibo => "weibo",
                DeleteUserIdentityByUserIdProviderParameter::Windowslive => "windowslive",
                DeleteUserIdentityByUserIdProviderParameter::Wordpress => "wordpress",
                DeleteUserIdentityByUserIdProviderParameter::Yahoo => "yahoo",
                DeleteUserIdentityByUserIdProviderParameter::Yammer => "yammer",
                DeleteUserIdentityByUserIdProviderParameter::Yandex => "yandex",
                DeleteUserIdentityByUserIdProviderParameter::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteUserIdentityByUserId200ResponseInner {
    /// The name of the connection for the identity.
    pub connection: String,
    /// The unique identifier for the user for the identity.
    pub user_id: String,
    /// The type of identity provider.
    pub provider: String,
    /// `true` if the identity provider is a social provider, `false`s otherwise
    #[serde(rename = "isSocial", default, skip_serializing_if = "Option::is_none")]
    pub is_social: Option<bool>,
    /// IDP access token returned only if scope read:user_idp_tokens is defined
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// IDP access token secret returned only if scope read:user_idp_tokens is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token_secret: Option<String>,
    /// IDP refresh token returned only if scope read:user_idp_tokens is defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    #[serde(rename = "profileData", default, skip_serializing_if = "Option::is_none")]
    pub profile_data: Option<UserProfile>,
}

/// One of `duo`, `google-authenticator`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeleteMultifactorByProviderProviderParameter {
    #[default]
    #[serde(rename = "duo")]
    Duo,
    #[serde(rename = "google-authenticator")]
    GoogleAuthenticator,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for DeleteMultifactorByProviderProviderParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                DeleteMultifactorByProviderProviderParameter::Duo => "duo",
                DeleteMultifactorByProviderProviderParameter::GoogleAuthenticator => {
                    "google-authenticator"
                }
                DeleteMultifactorByProviderProviderParameter::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetUserOrganizations200Response {
    List(Vec<GetOrganizations200ResponseOneOfInner>),
    GetOrganizations200ResponseOneOf(GetOrganizations200ResponseOneOf),
}

impl Default for GetUserOrganizations200Response {
    fn default() -> Self {
        GetUserOrganizations200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetPermissions200ResponseOneOfInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<serde_json::Value>,
    /// Resource server (API) identifier that this permission is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_server_identifier: Option<String>,
    /// Name of this permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_name: Option<String>,
    /// Resource server (API) name this permission is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_server_name: Option<String>,
    /// Description of this permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(deny_unknown_fields)]
pub struct GetPermissions200ResponseOneOf {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(total)]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub permissions: Option<Vec<GetPermissions200ResponseOneOfInner>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]
#[serde(untagged)]
pub enum GetPermissions200Response {
    List(Vec<GetPermissions200ResponseOneOfInner>),
    GetPermissions200ResponseOneOf(GetPermissions200ResponseOneOf),
}

impl Default for GetPermissions200Response {
    fn default() -> Self {
        GetPermissions200Response::List(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostPermissionsRequest {
    /// List of permissions to add to this user.
    pub permissions: Vec<PostRolePermissionAssignmentRequestPermissionsInner>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeletePermissionsRequest {
    /// List of permissions to remove from this user.
    pub permissions: Vec<PostRolePermissionAssignmentRequestPermissionsInner>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostRecoveryCodeRegeneration200Response {
    /// New account recovery code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovery_code: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PostUserRolesRequest {
    /// List of roles IDs to associated with the user.
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteUserRolesRequest {
    /// List of roles IDs to remove from the user.
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetRefreshTokensForUser200ResponseTokensInnerCreatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetRefreshTokensForUser200ResponseTokensInnerCreatedAt {
    fn default() -> Self {
        GetRefreshTokensForUser200ResponseTokensInnerCreatedAt::String(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetRefreshTokensForUser200ResponseTokensInnerIdleExpiresAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetRefreshTokensForUser200ResponseTokensInnerIdleExpiresAt {
    fn default() -> Self {
        GetRefreshTokensForUser200ResponseTokensInnerIdleExpiresAt::String(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetRefreshTokensForUser200ResponseTokensInnerExpiresAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetRefreshTokensForUser200ResponseTokensInnerExpiresAt {
    fn default() -> Self {
        GetRefreshTokensForUser200ResponseTokensInnerExpiresAt::String(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetRefreshTokensForUser200ResponseTokensInnerLastExchangedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetRefreshTokensForUser200ResponseTokensInnerLastExchangedAt {
    fn default() -> Self {
        GetRefreshTokensForUser200ResponseTokensInnerLastExchangedAt::String(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetRefreshTokensForUser200ResponseTokensInner {
    /// The ID of the refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the user which can be used when interacting with other APIs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<GetRefreshTokensForUser200ResponseTokensInnerCreatedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_expires_at: Option<
        GetRefreshTokensForUser200ResponseTokensInnerIdleExpiresAt,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<GetRefreshTokensForUser200ResponseTokensInnerExpiresAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<GetRefreshToken200ResponseDevice>,
    /// ID of the client application granted with this refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// ID of the authenticated session used to obtain this refresh-token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// True if the token is a rotating refresh token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotating: Option<bool>,
    /// A list of the resource server IDs associated to this refresh-token and their granted scopes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_servers: Option<Vec<GetRefreshToken200ResponseResourceServersInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_exchanged_at: Option<
        GetRefreshTokensForUser200ResponseTokensInnerLastExchangedAt,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
pub struct GetRefreshTokensForUser200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub tokens: Option<Vec<GetRefreshTokensForUser200ResponseTokensInner>>,
    /// A cursor to be used as the "from" query parameter for the next page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(next)]
    pub next: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSessionsForUser200ResponseSessionsInnerCreatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSessionsForUser200ResponseSessionsInnerCreatedAt {
    fn default() -> Self {
        GetSessionsForUser200ResponseSessionsInnerCreatedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSessionsForUser200ResponseSessionsInnerUpdatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSessionsForUser200ResponseSessionsInnerUpdatedAt {
    fn default() -> Self {
        GetSessionsForUser200ResponseSessionsInnerUpdatedAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSessionsForUser200ResponseSessionsInnerAuthenticatedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSessionsForUser200ResponseSessionsInnerAuthenticatedAt {
    fn default() -> Self {
        GetSessionsForUser200ResponseSessionsInnerAuthenticatedAt::String(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSessionsForUser200ResponseSessionsInnerIdleExpiresAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSessionsForUser200ResponseSessionsInnerIdleExpiresAt {
    fn default() -> Self {
        GetSessionsForUser200ResponseSessionsInnerIdleExpiresAt::String(
            Default::default(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSessionsForUser200ResponseSessionsInnerExpiresAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSessionsForUser200ResponseSessionsInnerExpiresAt {
    fn default() -> Self {
        GetSessionsForUser200ResponseSessionsInnerExpiresAt::String(Default::default())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSessionsForUser200ResponseSessionsInnerLastInteractedAt {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for GetSessionsForUser200ResponseSessionsInnerLastInteractedAt {
    fn default() -> Self {
        GetSessionsForUser200ResponseSessionsInnerLastInteractedAt::String(
            Default::default(),
        )
    }
}

/// Metadata related to the device used in the session
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSessionsForUser200ResponseSessionsInnerDevice {
    /// First user agent of the device from which this user logged in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_user_agent: Option<String>,
    /// First IP address associated with this session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_ip: Option<String>,
    /// First autonomous system number associated with this session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_asn: Option<String>,
    /// Last user agent of the device from which this user logged in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_user_agent: Option<String>,
    /// Last IP address from which this user logged in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_ip: Option<String>,
    /// Last autonomous system number from which this user logged in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_asn: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GetSessionsForUser200ResponseSessionsInnerAuthenticationMethodsInnerTimestamp {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default
for GetSessionsForUser200ResponseSessionsInnerAuthenticationMethodsInnerTimestamp {
    fn default() -> Self {
        GetSessionsForUser200ResponseSessionsInnerAuthenticationMethodsInnerTimestamp::String(
            Default::default(),
        )
    }
}

/// Authentication signal details
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSessionsForUser200ResponseSessionsInnerAuthenticationMethodsInner {
    /// One of: "federated", "passkey", "pwd", "sms", "email", "mfa", "mock" or a custom method denoted by a URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<
        GetSessionsForUser200ResponseSessionsInnerAuthenticationMethodsInnerTimestamp,
    >,
    /// A specific MFA factor. Only present when "name" is set to "mfa"
    #[serde(rename = "^type$", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

/// Details about authentication signals obtained during the login flow
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSessionsForUser200ResponseSessionsInnerAuthentication {
    /// Contains the authentication methods a user has completed during their session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub methods: Option<
        Vec<GetSessionsForUser200ResponseSessionsInnerAuthenticationMethodsInner>,
    >,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetSessionsForUser200ResponseSessionsInner {
    /// The ID of the session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the user which can be used when interacting with other APIs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<GetSessionsForUser200ResponseSessionsInnerCreatedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<GetSessionsForUser200ResponseSessionsInnerUpdatedAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authenticated_at: Option<
        GetSessionsForUser200ResponseSessionsInnerAuthenticatedAt,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_expires_at: Option<GetSessionsForUser200ResponseSessionsInnerIdleExpiresAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<GetSessionsForUser200ResponseSessionsInnerExpiresAt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_interacted_at: Option<
        GetSessionsForUser200ResponseSessionsInnerLastInteractedAt,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<GetSessionsForUser200ResponseSessionsInnerDevice>,
    /// List of client details for the session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clients: Option<Vec<GetSession200ResponseClientsInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication: Option<GetSessionsForUser200ResponseSessionsInnerAuthentication>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]
pub struct GetSessionsForUser200Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(items)]
    pub sessions: Option<Vec<GetSessionsForUser200ResponseSessionsInner>>,
    /// A cursor to be used as the "from" query parameter for the next page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[page(next)]
    pub next: Option<String>,
}

/// Defines whether organizations can be used with client credentials exchanges for this grant.
/// One of `deny`, `allow`, `require`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientGrantOrganizationUsage {
    #[default]
    #[serde(rename = "deny")]
    Deny,
    #[serde(rename = "allow")]
    Allow,
    #[serde(rename = "require")]
    Require,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientGrantOrganizationUsage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientGrantOrganizationUsage::Deny => "deny",
                ClientGrantOrganizationUsage::Allow => "allow",
                ClientGrantOrganizationUsage::Require => "require",
                ClientGrantOrganizationUsage::Other(other) => other,
            },
        )
    }
}

/// Defines whether organizations can be used with client credentials exchanges for this grant.
/// One of `deny`, `allow`, `require`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientGrantCreateOrganizationUsage {
    #[default]
    #[serde(rename = "deny")]
    Deny,
    #[serde(rename = "allow")]
    Allow,
    #[serde(rename = "require")]
    Require,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientGrantCreateOrganizationUsage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientGrantCreateOrganizationUsage::Deny => "deny",
                ClientGrantCreateOrganizationUsage::Allow => "allow",
                ClientGrantCreateOrganizationUsage::Require => "require",
                ClientGrantCreateOrganizationUsage::Other(other) => other,
            },
        )
    }
}

/// The `mode` property determines the configuration method for enabling initiators. `custom` enables only the initiators listed in the selected_initiators array, `all` enables all current and future initiators.
/// One of `custom`, `all`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientOidcLogoutBackchannelLogoutInitiatorsMode {
    #[default]
    #[serde(rename = "custom")]
    Custom,
    #[serde(rename = "all")]
    All,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientOidcLogoutBackchannelLogoutInitiatorsMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientOidcLogoutBackchannelLogoutInitiatorsMode::Custom => "custom",
                ClientOidcLogoutBackchannelLogoutInitiatorsMode::All => "all",
                ClientOidcLogoutBackchannelLogoutInitiatorsMode::Other(other) => other,
            },
        )
    }
}

/// The `selected_initiators` property contains the list of initiators to be enabled for the given application.
/// One of `rp-logout`, `idp-logout`, `password-changed`, `session-expired`, `session-revoked`, `account-deleted`, `email-identifier-changed`, `mfa-phone-unenrolled`, `account-deactivated`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner {
    #[default]
    #[serde(rename = "rp-logout")]
    RpLogout,
    #[serde(rename = "idp-logout")]
    IdpLogout,
    #[serde(rename = "password-changed")]
    PasswordChanged,
    #[serde(rename = "session-expired")]
    SessionExpired,
    #[serde(rename = "session-revoked")]
    SessionRevoked,
    #[serde(rename = "account-deleted")]
    AccountDeleted,
    #[serde(rename = "email-identifier-changed")]
    EmailIdentifierChanged,
    #[serde(rename = "mfa-phone-unenrolled")]
    MfaPhoneUnenrolled,
    #[serde(rename = "account-deactivated")]
    AccountDeactivated,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::RpLogout => {
                    "rp-logout"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::IdpLogout => {
                    "idp-logout"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::PasswordChanged => {
                    "password-changed"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::SessionExpired => {
                    "session-expired"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::SessionRevoked => {
                    "session-revoked"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::AccountDeleted => {
                    "account-deleted"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::EmailIdentifierChanged => {
                    "email-identifier-changed"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::MfaPhoneUnenrolled => {
                    "mfa-phone-unenrolled"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::AccountDeactivated => {
                    "account-deactivated"
                }
                ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner::Other(
                    other,
                ) => other,
            },
        )
    }
}

/// Configuration for OIDC backchannel logout initiators
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientOidcLogoutBackchannelLogoutInitiators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<ClientOidcLogoutBackchannelLogoutInitiatorsMode>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_initiators: Option<
        Vec<ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner>,
    >,
}

/// Configuration for OIDC backchannel logout
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientOidcLogout {
    /// Comma-separated list of URLs that are valid to call back from Auth0 for OIDC backchannel logout. Currently only one URL is allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_initiators: Option<
        ClientOidcLogoutBackchannelLogoutInitiators,
    >,
}

/// Algorithm used to sign JWTs. Can be `HS256` or `RS256`. `PS256` available via addon.
/// One of `HS256`, `RS256`, `RS512`, `PS256`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientJwtConfigurationAlg {
    #[default]
    #[serde(rename = "HS256")]
    Hs256,
    #[serde(rename = "RS256")]
    Rs256,
    #[serde(rename = "RS512")]
    Rs512,
    #[serde(rename = "PS256")]
    Ps256,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientJwtConfigurationAlg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientJwtConfigurationAlg::Hs256 => "HS256",
                ClientJwtConfigurationAlg::Rs256 => "RS256",
                ClientJwtConfigurationAlg::Rs512 => "RS512",
                ClientJwtConfigurationAlg::Ps256 => "PS256",
                ClientJwtConfigurationAlg::Other(other) => other,
            },
        )
    }
}

/// Configuration related to JWTs for the client.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientJwtConfiguration {
    /// Number of seconds the JWT will be valid for (affects `exp` claim).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_in_seconds: Option<i64>,
    /// Whether the client secret is base64 encoded (true) or unencoded (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_encoded: Option<bool>,
    /// Configuration related to id token claims for the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<ClientJwtConfigurationAlg>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientSigningKeysInner {
    /// Signing certificate public key and chain in PKCS#7 (.P7B) format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pkcs7: Option<String>,
    /// Signing certificate public key in X.590 (.CER) format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert: Option<String>,
    /// Subject name for this certificate in the format `/CN={domain}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// Encryption used for WsFed responses with this client.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientEncryptionKey {
    /// Encryption Public RSA Key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#pub: Option<String>,
    /// Encryption certificate for public key in X.590 (.CER) format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert: Option<String>,
    /// Encryption certificate name for this certificate in the format `/CN={domain}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// AWS addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsAws {
    /// AWS principal ARN, e.g. `arn:aws:iam::010616021751:saml-provider/idpname`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// AWS role ARN, e.g. `arn:aws:iam::010616021751:role/foo`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// AWS token lifetime in seconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_in_seconds: Option<i64>,
}

/// Azure Blob Storage addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsAzureBlob {
    /// Your Azure storage account name. Usually first segment in your Azure storage URL. e.g. `https://acme-org.blob.core.windows.net` would be the account name `acme-org`.
    #[serde(rename = "accountName", default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// Access key associated with this storage account.
    #[serde(
        rename = "storageAccessKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_access_key: Option<String>,
    /// Container to request a token for. e.g. `my-container`.
    #[serde(rename = "containerName", default, skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Entity to request a token for. e.g. `my-blob`. If blank the computed SAS will apply to the entire storage container.
    #[serde(rename = "blobName", default, skip_serializing_if = "Option::is_none")]
    pub blob_name: Option<String>,
    /// Expiration in minutes for the generated token (default of 5 minutes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<i64>,
    /// Shared access policy identifier defined in your storage account resource.
    #[serde(
        rename = "signedIdentifier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signed_identifier: Option<String>,
    /// Indicates if the issued token has permission to read the content, properties, metadata and block list. Use the blob as the source of a copy operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob_read: Option<bool>,
    /// Indicates if the issued token has permission to create or write content, properties, metadata, or block list. Snapshot or lease the blob. Resize the blob (page blob only). Use the blob as the destination of a copy operation within the same account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob_write: Option<bool>,
    /// Indicates if the issued token has permission to delete the blob.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blob_delete: Option<bool>,
    /// Indicates if the issued token has permission to read the content, properties, metadata or block list of any blob in the container. Use any blob in the container as the source of a copy operation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_read: Option<bool>,
    /// Indicates that for any blob in the container if the issued token has permission to create or write content, properties, metadata, or block list. Snapshot or lease the blob. Resize the blob (page blob only). Use the blob as the destination of a copy operation within the same account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_write: Option<bool>,
    /// Indicates if issued token has permission to delete any blob in the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_delete: Option<bool>,
    /// Indicates if the issued token has permission to list blobs in the container.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_list: Option<bool>,
}

/// Azure Storage Bus addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsAzureSb {
    /// Your Azure Service Bus namespace. Usually the first segment of your Service Bus URL (e.g. `https://acme-org.servicebus.windows.net` would be `acme-org`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Your shared access policy name defined in your Service Bus entity.
    #[serde(rename = "sasKeyName", default, skip_serializing_if = "Option::is_none")]
    pub sas_key_name: Option<String>,
    /// Primary Key associated with your shared access policy.
    #[serde(rename = "sasKey", default, skip_serializing_if = "Option::is_none")]
    pub sas_key: Option<String>,
    /// Entity you want to request a token for. e.g. `my-queue`.'
    #[serde(rename = "entityPath", default, skip_serializing_if = "Option::is_none")]
    pub entity_path: Option<String>,
    /// Optional expiration in minutes for the generated token. Defaults to 5 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<i64>,
}

/// Active Directory Rights Management Service SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsRms {
    /// URL of your Rights Management Server. It can be internal or external, but users will have to be able to reach it.
    pub url: String,
}

/// Microsoft Dynamics CRM SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsMscrm {
    /// Microsoft Dynamics CRM application URL.
    pub url: String,
}

/// Slack team or workspace name usually first segment in your Slack URL. e.g. `https://acme-org.slack.com` would be `acme-org`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSlack {
    /// Slack team name.
    pub team: String,
}

/// Sentry SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSentry {
    /// Generated slug for your Sentry organization. Found in your Sentry URL. e.g. `https://sentry.acme.com/acme-org/` would be `acme-org`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_slug: Option<String>,
    /// URL prefix only if running Sentry Community Edition, otherwise leave should be blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
}

/// Adobe EchoSign SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsEchosign {
    /// Your custom domain found in your EchoSign URL. e.g. `https://acme-org.echosign.com` would be `acme-org`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// Egnyte SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsEgnyte {
    /// Your custom domain found in your Egnyte URL. e.g. `https://acme-org.egnyte.com` would be `acme-org`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// Google Firebase addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsFirebase {
    /// Google Firebase Secret. (SDK 2 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Optional ID of the private key to obtain kid header in the issued token (SDK v3+ tokens only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key_id: Option<String>,
    /// Private Key for signing the token (SDK v3+ tokens only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key: Option<String>,
    /// ID of the Service Account you have created (shown as `client_email` in the generated JSON file, SDK v3+ tokens only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_email: Option<String>,
    /// Optional expiration in seconds for the generated token. Defaults to 3600 seconds (SDK v3+ tokens only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_in_seconds: Option<i64>,
}

/// New Relic SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsNewrelic {
    /// Your New Relic Account ID found in your New Relic URL after the `/accounts/` path. e.g. `https://rpm.newrelic.com/accounts/123456/query` would be `123456`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
}

/// Microsoft Office 365 SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsOffice365 {
    /// Your Office 365 domain name. e.g. `acme-org.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Optional Auth0 database connection for testing an already-configured Office 365 tenant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
}

/// Salesforce SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSalesforce {
    /// Arbitrary logical URL that identifies the Saleforce resource. e.g. `https://acme-org.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
}

/// Salesforce API addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSalesforceApi {
    /// Consumer Key assigned by Salesforce to the Connected App.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clientid: Option<String>,
    /// Name of the property in the user object that maps to a Salesforce username. e.g. `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// Community name.
    #[serde(rename = "communityName", default, skip_serializing_if = "Option::is_none")]
    pub community_name: Option<String>,
    /// Community url section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community_url_section: Option<String>,
}

/// Salesforce Sandbox addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSalesforceSandboxApi {
    /// Consumer Key assigned by Salesforce to the Connected App.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clientid: Option<String>,
    /// Name of the property in the user object that maps to a Salesforce username. e.g. `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// Community name.
    #[serde(rename = "communityName", default, skip_serializing_if = "Option::is_none")]
    pub community_name: Option<String>,
    /// Community url section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community_url_section: Option<String>,
}

/// SAML2 addon indicator (no configuration settings needed for SAML2 addon).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSamlp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mappings: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    #[serde(rename = "createUpnClaim", default, skip_serializing_if = "Option::is_none")]
    pub create_upn_claim: Option<bool>,
    #[serde(
        rename = "mapUnknownClaimsAsIs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub map_unknown_claims_as_is: Option<bool>,
    #[serde(
        rename = "passthroughClaimsWithNoMapping",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub passthrough_claims_with_no_mapping: Option<bool>,
    #[serde(rename = "mapIdentities", default, skip_serializing_if = "Option::is_none")]
    pub map_identities: Option<bool>,
    #[serde(
        rename = "signatureAlgorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub signature_algorithm: Option<String>,
    #[serde(
        rename = "digestAlgorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub digest_algorithm: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    #[serde(
        rename = "lifetimeInSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifetime_in_seconds: Option<i64>,
    #[serde(rename = "signResponse", default, skip_serializing_if = "Option::is_none")]
    pub sign_response: Option<bool>,
    #[serde(
        rename = "nameIdentifierFormat",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub name_identifier_format: Option<String>,
    #[serde(
        rename = "nameIdentifierProbes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub name_identifier_probes: Option<Vec<String>>,
    #[serde(
        rename = "authnContextClassRef",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authn_context_class_ref: Option<String>,
}

/// Layer addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsLayer {
    /// Provider ID of your Layer account
    #[serde(rename = "providerId")]
    pub provider_id: String,
    /// Authentication Key identifier used to sign the Layer token.
    #[serde(rename = "keyId")]
    pub key_id: String,
    /// Private key for signing the Layer token.
    #[serde(rename = "privateKey")]
    pub private_key: String,
    /// Name of the property used as the unique user id in Layer. If not specified `user_id` is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// Optional expiration in minutes for the generated token. Defaults to 5 minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<i64>,
}

/// SAP API addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSapApi {
    /// If activated in the OAuth 2.0 client configuration (transaction SOAUTH2) the SAML attribute client_id must be set and equal the client_id form parameter of the access token request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clientid: Option<String>,
    /// Name of the property in the user object that maps to a SAP username. e.g. `email`.
    #[serde(
        rename = "usernameAttribute",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub username_attribute: Option<String>,
    /// Your SAP OData server OAuth2 token endpoint URL.
    #[serde(
        rename = "tokenEndpointUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub token_endpoint_url: Option<String>,
    /// Requested scope for SAP APIs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Service account password to use to authenticate API calls to the token endpoint.
    #[serde(
        rename = "servicePassword",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_password: Option<String>,
    /// NameID element of the Subject which can be used to express the user's identity. Defaults to `urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified`.
    #[serde(
        rename = "nameIdentifierFormat",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub name_identifier_format: Option<String>,
}

/// External SharePoint application URLs if exposed to the Internet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ClientAddonsSharepointExternalUrl {
    List(Vec<String>),
    String(String),
}

impl Default for ClientAddonsSharepointExternalUrl {
    fn default() -> Self {
        ClientAddonsSharepointExternalUrl::List(Default::default())
    }
}

/// SharePoint SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSharepoint {
    /// Internal SharePoint application URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_url: Option<ClientAddonsSharepointExternalUrl>,
}

/// SpringCM SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSpringcm {
    /// SpringCM ACS URL, e.g. `https://na11.springcm.com/atlas/sso/SSOEndpoint.ashx`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acsurl: Option<String>,
}

/// Windows Azure Mobile Services addon configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsWams {
    /// Your master key for Windows Azure Mobile Services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub masterkey: Option<String>,
}

/// Zendesk SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsZendesk {
    /// Zendesk account name usually first segment in your Zendesk URL. e.g. `https://acme-org.zendesk.com` would be `acme-org`.
    #[serde(rename = "accountName", default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
}

/// Zoom SSO configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsZoom {
    /// Zoom account name usually first segment of your Zoom URL, e.g. `https://acme-org.zoom.us` would be `acme-org`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddonsSsoIntegration {
    /// SSO integration name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// SSO integration version installed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// Addons enabled for this client and their associated configurations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientAddons {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws: Option<ClientAddonsAws>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_blob: Option<ClientAddonsAzureBlob>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_sb: Option<ClientAddonsAzureSb>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rms: Option<ClientAddonsRms>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mscrm: Option<ClientAddonsMscrm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slack: Option<ClientAddonsSlack>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentry: Option<ClientAddonsSentry>,
    /// Box SSO indicator (no configuration settings needed for Box SSO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#box: Option<serde_json::Map<String, serde_json::Value>>,
    /// CloudBees SSO indicator (no configuration settings needed for CloudBees SSO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloudbees: Option<serde_json::Map<String, serde_json::Value>>,
    /// Concur SSO indicator (no configuration settings needed for Concur SSO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concur: Option<serde_json::Map<String, serde_json::Value>>,
    /// Dropbox SSO indicator (no configuration settings needed for Dropbox SSO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dropbox: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub echosign: Option<ClientAddonsEchosign>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egnyte: Option<ClientAddonsEgnyte>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firebase: Option<ClientAddonsFirebase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newrelic: Option<ClientAddonsNewrelic>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office365: Option<ClientAddonsOffice365>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salesforce: Option<ClientAddonsSalesforce>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salesforce_api: Option<ClientAddonsSalesforceApi>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salesforce_sandbox_api: Option<ClientAddonsSalesforceSandboxApi>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samlp: Option<ClientAddonsSamlp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<ClientAddonsLayer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sap_api: Option<ClientAddonsSapApi>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharepoint: Option<ClientAddonsSharepoint>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub springcm: Option<ClientAddonsSpringcm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wams: Option<ClientAddonsWams>,
    /// WS-Fed (WIF) addon indicator. Actual configuration is stored in `callback` and `client_aliases` properties on the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wsfed: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zendesk: Option<ClientAddonsZendesk>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zoom: Option<ClientAddonsZoom>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_integration: Option<ClientAddonsSsoIntegration>,
    /// Okta Access Gateway SSO configuration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oag: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Defines the requested authentication method for the token endpoint. Can be `none` (public client without a client secret), `client_secret_post` (client uses HTTP POST parameters), or `client_secret_basic` (client uses HTTP Basic).
/// One of `none`, `client_secret_post`, `client_secret_basic`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientTokenEndpointAuthMethod {
    #[default]
    #[serde(rename = "none")]
    None,
    #[serde(rename = "client_secret_post")]
    ClientSecretPost,
    #[serde(rename = "client_secret_basic")]
    ClientSecretBasic,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientTokenEndpointAuthMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientTokenEndpointAuthMethod::None => "none",
                ClientTokenEndpointAuthMethod::ClientSecretPost => "client_secret_post",
                ClientTokenEndpointAuthMethod::ClientSecretBasic => "client_secret_basic",
                ClientTokenEndpointAuthMethod::Other(other) => other,
            },
        )
    }
}

/// Android native app configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientMobileAndroid {
    /// App package name found in AndroidManifest.xml.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_package_name: Option<String>,
    /// SHA256 fingerprints of the app's signing certificate. Multiple fingerprints can be used to support different versions of your app, such as debug and production builds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256_cert_fingerprints: Option<Vec<String>>,
}

/// iOS native app configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientMobileIos {
    /// Identifier assigned to the Apple account that signs and uploads the app to the store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// Assigned by developer to the app as its unique identifier inside the store. Usually this is a reverse domain plus the app name, e.g. `com.you.MyApp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_bundle_identifier: Option<String>,
}

/// Additional configuration for native mobile apps.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientMobile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub android: Option<ClientMobileAndroid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ios: Option<ClientMobileIos>,
}

/// Refresh token rotation types, one of: rotating, non-rotating
/// One of `rotating`, `non-rotating`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientRefreshTokenRotationType {
    #[default]
    #[serde(rename = "rotating")]
    Rotating,
    #[serde(rename = "non-rotating")]
    NonRotating,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientRefreshTokenRotationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientRefreshTokenRotationType::Rotating => "rotating",
                ClientRefreshTokenRotationType::NonRotating => "non-rotating",
                ClientRefreshTokenRotationType::Other(other) => other,
            },
        )
    }
}

/// Refresh token expiration types, one of: expiring, non-expiring
/// One of `expiring`, `non-expiring`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientRefreshTokenExpirationType {
    #[default]
    #[serde(rename = "expiring")]
    Expiring,
    #[serde(rename = "non-expiring")]
    NonExpiring,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientRefreshTokenExpirationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientRefreshTokenExpirationType::Expiring => "expiring",
                ClientRefreshTokenExpirationType::NonExpiring => "non-expiring",
                ClientRefreshTokenExpirationType::Other(other) => other,
            },
        )
    }
}

/// Refresh token configuration
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientRefreshToken {
    pub rotation_type: ClientRefreshTokenRotationType,
    pub expiration_type: ClientRefreshTokenExpirationType,
    /// Period in seconds where the previous refresh token can be exchanged without triggering breach detection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leeway: Option<i64>,
    /// Period (in seconds) for which refresh tokens will remain valid
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_lifetime: Option<i64>,
    /// Prevents tokens from having a set lifetime when `true` (takes precedence over `token_lifetime` values)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infinite_token_lifetime: Option<bool>,
    /// Period (in seconds) for which refresh tokens will remain valid without use
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_token_lifetime: Option<i64>,
    /// Prevents tokens from expiring without use when `true` (takes precedence over `idle_token_lifetime` values)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infinite_idle_token_lifetime: Option<bool>,
}

/// One of `client_credentials`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientDefaultOrganizationFlowsInner {
    #[default]
    #[serde(rename = "client_credentials")]
    ClientCredentials,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientDefaultOrganizationFlowsInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientDefaultOrganizationFlowsInner::ClientCredentials => {
                    "client_credentials"
                }
                ClientDefaultOrganizationFlowsInner::Other(other) => other,
            },
        )
    }
}

/// Defines the default Organization ID and flows
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientDefaultOrganization {
    /// The default Organization ID to be used
    pub organization_id: String,
    /// The default Organization usage
    pub flows: Vec<ClientDefaultOrganizationFlowsInner>,
}

/// Defines how to proceed during an authentication transaction with regards an organization. Can be `deny` (default), `allow` or `require`.
/// One of `deny`, `allow`, `require`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientOrganizationUsage {
    #[default]
    #[serde(rename = "deny")]
    Deny,
    #[serde(rename = "allow")]
    Allow,
    #[serde(rename = "require")]
    Require,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientOrganizationUsage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientOrganizationUsage::Deny => "deny",
                ClientOrganizationUsage::Allow => "allow",
                ClientOrganizationUsage::Require => "require",
                ClientOrganizationUsage::Other(other) => other,
            },
        )
    }
}

/// Defines how to proceed during an authentication transaction when `client.organization_usage: 'require'`. Can be `no_prompt` (default), `pre_login_prompt` or `post_login_prompt`. `post_login_prompt` requires `oidc_conformant: true`.
/// One of `no_prompt`, `pre_login_prompt`, `post_login_prompt`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientOrganizationRequireBehavior {
    #[default]
    #[serde(rename = "no_prompt")]
    NoPrompt,
    #[serde(rename = "pre_login_prompt")]
    PreLoginPrompt,
    #[serde(rename = "post_login_prompt")]
    PostLoginPrompt,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientOrganizationRequireBehavior {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientOrganizationRequireBehavior::NoPrompt => "no_prompt",
                ClientOrganizationRequireBehavior::PreLoginPrompt => "pre_login_prompt",
                ClientOrganizationRequireBehavior::PostLoginPrompt => "post_login_prompt",
                ClientOrganizationRequireBehavior::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientClientAuthenticationMethodsPrivateKeyJwtCredentialsInner {
    /// Credential ID
    pub id: String,
}

/// Defines `private_key_jwt` client authentication method. If this property is defined, the client is enabled to use the Private Key JWT authentication method.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientClientAuthenticationMethodsPrivateKeyJwt {
    /// A list of unique and previously created credential IDs enabled on the client for Private Key JWT authentication.
    pub credentials: Vec<ClientClientAuthenticationMethodsPrivateKeyJwtCredentialsInner>,
}

/// Defines `tls_client_auth` client authentication method. If the property is defined, the client is configured to use CA-based mTLS authentication method.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientClientAuthenticationMethodsTlsClientAuth {
    /// A list of unique and previously created credential IDs enabled on the client for CA-based mTLS authentication.
    pub credentials: Vec<ClientClientAuthenticationMethodsPrivateKeyJwtCredentialsInner>,
}

/// Defines `self_signed_tls_client_auth` client authentication method. If the property is defined, the client is configured to use mTLS authentication method utilizing self-signed certificate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientClientAuthenticationMethodsSelfSignedTlsClientAuth {
    /// A list of unique and previously created credential IDs enabled on the client for mTLS authentication utilizing self-signed certificate.
    pub credentials: Vec<ClientClientAuthenticationMethodsPrivateKeyJwtCredentialsInner>,
}

/// Defines client authentication methods.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientClientAuthenticationMethods {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key_jwt: Option<ClientClientAuthenticationMethodsPrivateKeyJwt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_client_auth: Option<ClientClientAuthenticationMethodsTlsClientAuth>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_signed_tls_client_auth: Option<
        ClientClientAuthenticationMethodsSelfSignedTlsClientAuth,
    >,
}

/// JWT-secured Authorization Requests (JAR) settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientSignedRequestObject {
    /// Indicates whether the JAR requests are mandatory
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<
        Vec<ClientClientAuthenticationMethodsPrivateKeyJwtCredentialsInner>,
    >,
}

/// Defines the compliance level for this client, which may restrict it's capabilities
/// One of `none`, `fapi1_adv_pkj_par`, `fapi1_adv_mtls_par`, `null`.
pub type ClientComplianceLevel = String;

/// Configuration for OIDC backchannel logout initiators
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateOidcLogoutBackchannelLogoutInitiators {
    pub mode: ClientOidcLogoutBackchannelLogoutInitiatorsMode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_initiators: Option<
        Vec<ClientOidcLogoutBackchannelLogoutInitiatorsSelectedInitiatorsInner>,
    >,
}

/// Configuration for OIDC backchannel logout
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateOidcLogout {
    /// Comma-separated list of URLs that are valid to call back from Auth0 for OIDC backchannel logout. Currently only one URL is allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backchannel_logout_initiators: Option<
        ClientCreateOidcLogoutBackchannelLogoutInitiators,
    >,
}

/// Defines the requested authentication method for the token endpoint. Can be `none` (public client without a client secret), `client_secret_post` (client uses HTTP POST parameters), or `client_secret_basic` (client uses HTTP Basic).
/// One of `none`, `client_secret_post`, `client_secret_basic`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientCreateTokenEndpointAuthMethod {
    #[default]
    #[serde(rename = "none")]
    None,
    #[serde(rename = "client_secret_post")]
    ClientSecretPost,
    #[serde(rename = "client_secret_basic")]
    ClientSecretBasic,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientCreateTokenEndpointAuthMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientCreateTokenEndpointAuthMethod::None => "none",
                ClientCreateTokenEndpointAuthMethod::ClientSecretPost => {
                    "client_secret_post"
                }
                ClientCreateTokenEndpointAuthMethod::ClientSecretBasic => {
                    "client_secret_basic"
                }
                ClientCreateTokenEndpointAuthMethod::Other(other) => other,
            },
        )
    }
}

/// Type of client used to determine which settings are applicable. Can be `spa`, `native`, `non_interactive`, or `regular_web`.
/// One of `native`, `spa`, `regular_web`, `non_interactive`, `rms`, `box`, `cloudbees`, `concur`, `dropbox`, `mscrm`, `echosign`, `egnyte`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientCreateAppType {
    #[default]
    #[serde(rename = "native")]
    Native,
    #[serde(rename = "spa")]
    Spa,
    #[serde(rename = "regular_web")]
    RegularWeb,
    #[serde(rename = "non_interactive")]
    NonInteractive,
    #[serde(rename = "rms")]
    Rms,
    #[serde(rename = "box")]
    Box,
    #[serde(rename = "cloudbees")]
    Cloudbees,
    #[serde(rename = "concur")]
    Concur,
    #[serde(rename = "dropbox")]
    Dropbox,
    #[serde(rename = "mscrm")]
    Mscrm,
    #[serde(rename = "echosign")]
    Echosign,
    #[serde(rename = "egnyte")]
    Egnyte,
    #[serde(rename = "newrelic")]
    Newrelic,
    #[serde(rename = "office365")]
    Office365,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "sentry")]
    Sentry,
    #[serde(rename = "sharepoint")]
    Sharepoint,
    #[serde(rename = "slack")]
    Slack,
    #[serde(rename = "springcm")]
    Springcm,
    #[serde(rename = "zendesk")]
    Zendesk,
    #[serde(rename = "zoom")]
    Zoom,
    #[serde(rename = "sso_integration")]
    SsoIntegration,
    #[serde(rename = "oag")]
    Oag,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientCreateAppType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientCreateAppType::Native => "native",
                ClientCreateAppType::Spa => "spa",
                ClientCreateAppType::RegularWeb => "regular_web",
                ClientCreateAppType::NonInteractive => "non_interactive",
                ClientCreateAppType::Rms => "rms",
                ClientCreateAppType::Box => "box",
                ClientCreateAppType::Cloudbees => "cloudbees",
                ClientCreateAppType::Concur => "concur",
                ClientCreateAppType::Dropbox => "dropbox",
                ClientCreateAppType::Mscrm => "mscrm",
                ClientCreateAppType::Echosign => "echosign",
                ClientCreateAppType::Egnyte => "egnyte",
                ClientCreateAppType::Newrelic => "newrelic",
                ClientCreateAppType::Office365 => "office365",
                ClientCreateAppType::Salesforce => "salesforce",
                ClientCreateAppType::Sentry => "sentry",
                ClientCreateAppType::Sharepoint => "sharepoint",
                ClientCreateAppType::Slack => "slack",
                ClientCreateAppType::Springcm => "springcm",
                ClientCreateAppType::Zendesk => "zendesk",
                ClientCreateAppType::Zoom => "zoom",
                ClientCreateAppType::SsoIntegration => "sso_integration",
                ClientCreateAppType::Oag => "oag",
                ClientCreateAppType::Other(other) => other,
            },
        )
    }
}

/// Configuration related to JWTs for the client.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateJwtConfiguration {
    /// Number of seconds the JWT will be valid for (affects `exp` claim).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_in_seconds: Option<i64>,
    /// Configuration related to id token claims for the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<ClientJwtConfigurationAlg>,
}

/// Encryption used for WsFed responses with this client.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateEncryptionKey {
    /// Encryption Public RSA Key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#pub: Option<String>,
    /// Encryption certificate for public key in X.590 (.CER) format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert: Option<String>,
    /// Encryption certificate name for this certificate in the format `/CN={domain}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// Android native app configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateMobileAndroid {
    /// App package name found in AndroidManifest.xml.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_package_name: Option<String>,
    /// SHA256 fingerprints of the app's signing certificate. Multiple fingerprints can be used to support different versions of your app, such as debug and production builds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256_cert_fingerprints: Option<Vec<String>>,
}

/// Configuration related to iOS native apps
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateMobileIos {
    /// Identifier assigned to the account that signs and upload the app to the store
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// Assigned by the developer to the app as its unique identifier inside the store, usually is a reverse domain plus the app name: `com.you.MyApp`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_bundle_identifier: Option<String>,
}

/// Additional configuration for native mobile apps.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateMobile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub android: Option<ClientCreateMobileAndroid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ios: Option<ClientCreateMobileIos>,
}

/// Native Social Login support for the Apple connection
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateNativeSocialLoginApple {
    /// Determine whether or not to allow signing in natively using an Apple authorization code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Native Social Login support for the Facebook connection
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateNativeSocialLoginFacebook {
    /// Determine whether or not to allow signing in natively using Facebook
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Native Social Login support for the google-oauth2 connection
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateNativeSocialLoginGoogle {
    /// Determine whether or not to allow signing in natively using a Google ID token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Configure native social settings
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateNativeSocialLogin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple: Option<ClientCreateNativeSocialLoginApple>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facebook: Option<ClientCreateNativeSocialLoginFacebook>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub google: Option<ClientCreateNativeSocialLoginGoogle>,
}

/// Defines the default Organization ID and flows
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateDefaultOrganization {
    /// The default Organization ID to be used
    pub organization_id: String,
    /// The default Organization usage
    pub flows: Vec<ClientDefaultOrganizationFlowsInner>,
}

/// Credential type. Supported types: public_key.
/// One of `public_key`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerCredentialType {
    #[default]
    #[serde(rename = "public_key")]
    PublicKey,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerCredentialType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerCredentialType::PublicKey => {
                    "public_key"
                }
                ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerCredentialType::Other(
                    other,
                ) => other,
            },
        )
    }
}

/// Algorithm which will be used with the credential. Can be one of RS256, RS384, PS256. If not specified, RS256 will be used.
/// One of `RS256`, `RS384`, `PS256`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerAlg {
    #[default]
    #[serde(rename = "RS256")]
    Rs256,
    #[serde(rename = "RS384")]
    Rs384,
    #[serde(rename = "PS256")]
    Ps256,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerAlg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerAlg::Rs256 => {
                    "RS256"
                }
                ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerAlg::Rs384 => {
                    "RS384"
                }
                ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerAlg::Ps256 => {
                    "PS256"
                }
                ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerAlg::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInner {
    pub credential_type: ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerCredentialType,
    /// Friendly name for a credential.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// PEM-formatted public key (SPKI and PKCS1) or X509 certificate. Must be JSON escaped.
    pub pem: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<
        ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInnerAlg,
    >,
    /// Parse expiry from x509 certificate. If true, attempts to parse the expiry date from the provided PEM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parse_expiry_from_cert: Option<bool>,
    /// The ISO 8601 formatted date representing the expiration of the credential. If not specified (not recommended), the credential never expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

/// Defines `private_key_jwt` client authentication method. If this property is defined, the client is enabled to use the Private Key JWT authentication method.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateClientAuthenticationMethodsPrivateKeyJwt {
    /// Fully defined credentials that will be enabled on the client for Private Key JWT authentication.
    pub credentials: Vec<
        ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInner,
    >,
}

/// One of `cert_subject_dn`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientCreateClientAuthenticationMethodsTlsClientAuthCredentialsInnerCredentialType {
    #[default]
    #[serde(rename = "cert_subject_dn")]
    CertSubjectDn,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for ClientCreateClientAuthenticationMethodsTlsClientAuthCredentialsInnerCredentialType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientCreateClientAuthenticationMethodsTlsClientAuthCredentialsInnerCredentialType::CertSubjectDn => {
                    "cert_subject_dn"
                }
                ClientCreateClientAuthenticationMethodsTlsClientAuthCredentialsInnerCredentialType::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateClientAuthenticationMethodsTlsClientAuthCredentialsInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_type: Option<
        ClientCreateClientAuthenticationMethodsTlsClientAuthCredentialsInnerCredentialType,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Subject Distinguished Name. Mutually exclusive with `pem` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_dn: Option<String>,
    /// PEM-formatted X509 certificate. Must be JSON escaped. Mutually exclusive with `subject_dn` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pem: Option<String>,
}

/// Defines `tls_client_auth` client authentication method. If the property is defined, the client is configured to use CA-based mTLS authentication method.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateClientAuthenticationMethodsTlsClientAuth {
    /// Fully defined credentials that will be enabled on the client for CA-based mTLS authentication.
    pub credentials: Vec<
        ClientCreateClientAuthenticationMethodsTlsClientAuthCredentialsInner,
    >,
}

/// One of `x509_cert`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuthCredentialsInnerCredentialType {
    #[default]
    #[serde(rename = "x509_cert")]
    X509Cert,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display
for ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuthCredentialsInnerCredentialType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuthCredentialsInnerCredentialType::X509Cert => {
                    "x509_cert"
                }
                ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuthCredentialsInnerCredentialType::Other(
                    other,
                ) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuthCredentialsInner {
    pub credential_type: ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuthCredentialsInnerCredentialType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// PEM-formatted X509 certificate. Must be JSON escaped.
    pub pem: String,
}

/// Defines `self_signed_tls_client_auth` client authentication method. If the property is defined, the client is configured to use mTLS authentication method utilizing self-signed certificate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuth {
    /// Fully defined credentials that will be enabled on the client for mTLS authentication utilizing self-signed certificate.
    pub credentials: Vec<
        ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuthCredentialsInner,
    >,
}

/// Defines client authentication methods.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateClientAuthenticationMethods {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key_jwt: Option<ClientCreateClientAuthenticationMethodsPrivateKeyJwt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_client_auth: Option<ClientCreateClientAuthenticationMethodsTlsClientAuth>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_signed_tls_client_auth: Option<
        ClientCreateClientAuthenticationMethodsSelfSignedTlsClientAuth,
    >,
}

/// JWT-secured Authorization Requests (JAR) settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientCreateSignedRequestObject {
    /// Indicates whether the JAR requests are mandatory
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<
        Vec<ClientCreateClientAuthenticationMethodsPrivateKeyJwtCredentialsInner>,
    >,
}

/// An object that holds settings related to how JWTs are created
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateJwtConfiguration {
    /// The amount of time (in seconds) that the token will be valid after being issued
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_in_seconds: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<ClientJwtConfigurationAlg>,
}

/// The client's encryption key
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateEncryptionKey {
    /// Encryption public key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#pub: Option<String>,
    /// Encryption certificate
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert: Option<String>,
    /// Certificate subject
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

/// Defines the requested authentication method for the token endpoint. Possible values are 'none' (public client without a client secret), 'client_secret_post' (client uses HTTP POST parameters) or 'client_secret_basic' (client uses HTTP Basic)
/// One of `none`, `client_secret_post`, `client_secret_basic`, `null`.
pub type ClientUpdateTokenEndpointAuthMethod = String;

/// The type of application this client represents
/// One of `native`, `spa`, `regular_web`, `non_interactive`, `rms`, `box`, `cloudbees`, `concur`, `dropbox`, `mscrm`, `echosign`, `egnyte`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClientUpdateAppType {
    #[default]
    #[serde(rename = "native")]
    Native,
    #[serde(rename = "spa")]
    Spa,
    #[serde(rename = "regular_web")]
    RegularWeb,
    #[serde(rename = "non_interactive")]
    NonInteractive,
    #[serde(rename = "rms")]
    Rms,
    #[serde(rename = "box")]
    Box,
    #[serde(rename = "cloudbees")]
    Cloudbees,
    #[serde(rename = "concur")]
    Concur,
    #[serde(rename = "dropbox")]
    Dropbox,
    #[serde(rename = "mscrm")]
    Mscrm,
    #[serde(rename = "echosign")]
    Echosign,
    #[serde(rename = "egnyte")]
    Egnyte,
    #[serde(rename = "newrelic")]
    Newrelic,
    #[serde(rename = "office365")]
    Office365,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "sentry")]
    Sentry,
    #[serde(rename = "sharepoint")]
    Sharepoint,
    #[serde(rename = "slack")]
    Slack,
    #[serde(rename = "springcm")]
    Springcm,
    #[serde(rename = "zendesk")]
    Zendesk,
    #[serde(rename = "zoom")]
    Zoom,
    #[serde(rename = "sso_integration")]
    SsoIntegration,
    #[serde(rename = "oag")]
    Oag,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ClientUpdateAppType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ClientUpdateAppType::Native => "native",
                ClientUpdateAppType::Spa => "spa",
                ClientUpdateAppType::RegularWeb => "regular_web",
                ClientUpdateAppType::NonInteractive => "non_interactive",
                ClientUpdateAppType::Rms => "rms",
                ClientUpdateAppType::Box => "box",
                ClientUpdateAppType::Cloudbees => "cloudbees",
                ClientUpdateAppType::Concur => "concur",
                ClientUpdateAppType::Dropbox => "dropbox",
                ClientUpdateAppType::Mscrm => "mscrm",
                ClientUpdateAppType::Echosign => "echosign",
                ClientUpdateAppType::Egnyte => "egnyte",
                ClientUpdateAppType::Newrelic => "newrelic",
                ClientUpdateAppType::Office365 => "office365",
                ClientUpdateAppType::Salesforce => "salesforce",
                ClientUpdateAppType::Sentry => "sentry",
                ClientUpdateAppType::Sharepoint => "sharepoint",
                ClientUpdateAppType::Slack => "slack",
                ClientUpdateAppType::Springcm => "springcm",
                ClientUpdateAppType::Zendesk => "zendesk",
                ClientUpdateAppType::Zoom => "zoom",
                ClientUpdateAppType::SsoIntegration => "sso_integration",
                ClientUpdateAppType::Oag => "oag",
                ClientUpdateAppType::Other(other) => other,
            },
        )
    }
}

/// Addons enabled for this client and their associated configurations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateAddons {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws: Option<ClientAddonsAws>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_blob: Option<ClientAddonsAzureBlob>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azure_sb: Option<ClientAddonsAzureSb>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rms: Option<ClientAddonsRms>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mscrm: Option<ClientAddonsMscrm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slack: Option<ClientAddonsSlack>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentry: Option<ClientAddonsSentry>,
    /// Box SSO indicator (no configuration settings needed for Box SSO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#box: Option<serde_json::Map<String, serde_json::Value>>,
    /// CloudBees SSO indicator (no configuration settings needed for CloudBees SSO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloudbees: Option<serde_json::Map<String, serde_json::Value>>,
    /// Concur SSO indicator (no configuration settings needed for Concur SSO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concur: Option<serde_json::Map<String, serde_json::Value>>,
    /// Dropbox SSO indicator (no configuration settings needed for Dropbox SSO).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dropbox: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub echosign: Option<ClientAddonsEchosign>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egnyte: Option<ClientAddonsEgnyte>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firebase: Option<ClientAddonsFirebase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newrelic: Option<ClientAddonsNewrelic>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office365: Option<ClientAddonsOffice365>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salesforce: Option<ClientAddonsSalesforce>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salesforce_api: Option<ClientAddonsSalesforceApi>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salesforce_sandbox_api: Option<ClientAddonsSalesforceSandboxApi>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samlp: Option<ClientAddonsSamlp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<ClientAddonsLayer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sap_api: Option<ClientAddonsSapApi>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharepoint: Option<ClientAddonsSharepoint>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub springcm: Option<ClientAddonsSpringcm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wams: Option<ClientAddonsWams>,
    /// WS-Fed (WIF) addon indicator. Actual configuration is stored in `callback` and `client_aliases` properties on the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wsfed: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zendesk: Option<ClientAddonsZendesk>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zoom: Option<ClientAddonsZoom>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_integration: Option<ClientAddonsSsoIntegration>,
    /// Okta Access Gateway SSO configuration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oag: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Configuration related to Android native apps
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateMobileAndroid {
    /// Application package name found in `AndroidManifest.xml`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_package_name: Option<String>,
    /// The SHA256 fingerprints of your app's signing certificate. Multiple fingerprints can be used to support different versions of your app, such as debug and production builds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256_cert_fingerprints: Option<Vec<String>>,
}

/// Configuration related to iOS native apps
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateMobileIos {
    /// Identifier assigned to the account that signs and upload the app to the store
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// Assigned by the developer to the app as its unique identifier inside the store, usually is a reverse domain plus the app name: `com.you.MyApp`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_bundle_identifier: Option<String>,
}

/// Configuration related to native mobile apps
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateMobile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub android: Option<ClientUpdateMobileAndroid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ios: Option<ClientUpdateMobileIos>,
}

/// Native Social Login support for the Apple connection
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateNativeSocialLoginApple {
    /// Determine whether or not to allow signing in natively using an Apple authorization code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Native Social Login support for the Facebook connection
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateNativeSocialLoginFacebook {
    /// Determine whether or not to allow signing in natively using Facebook
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Native Social Login support for the google-oauth2 connection
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateNativeSocialLoginGoogle {
    /// Determine whether or not to allow signing in natively using a Google ID token
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Configure native social settings
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateNativeSocialLogin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple: Option<ClientUpdateNativeSocialLoginApple>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facebook: Option<ClientUpdateNativeSocialLoginFacebook>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub google: Option<ClientUpdateNativeSocialLoginGoogle>,
}

/// JWT-secured Authorization Requests (JAR) settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClientUpdateSignedRequestObject {
    /// Indicates whether the JAR requests are mandatory
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<
        Vec<ClientClientAuthenticationMethodsPrivateKeyJwtCredentialsInner>,
    >,
}

/// The identity provider identifier for the connection
/// One of `ad`, `adfs`, `amazon`, `apple`, `dropbox`, `bitbucket`, `aol`, `auth0-oidc`, `auth0`, `baidu`, `bitly`, `box`, ....
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConnectionCreateStrategy {
    #[default]
    #[serde(rename = "ad")]
    Ad,
    #[serde(rename = "adfs")]
    Adfs,
    #[serde(rename = "amazon")]
    Amazon,
    #[serde(rename = "apple")]
    Apple,
    #[serde(rename = "dropbox")]
    Dropbox,
    #[serde(rename = "bitbucket")]
    Bitbucket,
    #[serde(rename = "aol")]
    Aol,
    #[serde(rename = "auth0-oidc")]
    Auth0Oidc,
    #[serde(rename = "auth0")]
    Auth0,
    #[serde(rename = "baidu")]
    Baidu,
    #[serde(rename = "bitly")]
    Bitly,
    #[serde(rename = "box")]
    Box,
    #[serde(rename = "custom")]
    Custom,
    #[serde(rename = "daccount")]
    Daccount,
    #[serde(rename = "dwolla")]
    Dwolla,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "evernote-sandbox")]
    EvernoteSandbox,
    #[serde(rename = "evernote")]
    Evernote,
    #[serde(rename = "exact")]
    Exact,
    #[serde(rename = "facebook")]
    Facebook,
    #[serde(rename = "fitbit")]
    Fitbit,
    #[serde(rename = "flickr")]
    Flickr,
    #[serde(rename = "github")]
    Github,
    #[serde(rename = "google-apps")]
    GoogleApps,
    #[serde(rename = "google-oauth2")]
    GoogleOauth2,
    #[serde(rename = "instagram")]
    Instagram,
    #[serde(rename = "ip")]
    Ip,
    #[serde(rename = "line")]
    Line,
    #[serde(rename = "linkedin")]
    Linkedin,
    #[serde(rename = "miicard")]
    Miicard,
    #[serde(rename = "oauth1")]
    Oauth1,
    #[serde(rename = "oauth2")]
    Oauth2,
    #[serde(rename = "office365")]
    Office365,
    #[serde(rename = "oidc")]
    Oidc,
    #[serde(rename = "okta")]
    Okta,
    #[serde(rename = "paypal")]
    Paypal,
    #[serde(rename = "paypal-sandbox")]
    PaypalSandbox,
    #[serde(rename = "pingfederate")]
    Pingfederate,
    #[serde(rename = "planningcenter")]
    Planningcenter,
    #[serde(rename = "renren")]
    Renren,
    #[serde(rename = "salesforce-community")]
    SalesforceCommunity,
    #[serde(rename = "salesforce-sandbox")]
    SalesforceSandbox,
    #[serde(rename = "salesforce")]
    Salesforce,
    #[serde(rename = "samlp")]
    Samlp,
    #[serde(rename = "sharepoint")]
    Sharepoint,
    #[serde(rename = "shopify")]
    Shopify,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "soundcloud")]
    Soundcloud,
    #[serde(rename = "thecity-sandbox")]
    ThecitySandbox,
    #[serde(rename = "thecity")]
    Thecity,
    #[serde(rename = "thirtysevensignals")]
    Thirtysevensignals,
    #[serde(rename = "twitter")]
    Twitter,
    #[serde(rename = "untappd")]
    Untappd,
    #[serde(rename = "vkontakte")]
    Vkontakte,
    #[serde(rename = "waad")]
    Waad,
    #[serde(rename = "weibo")]
    Weibo,
    #[serde(rename = "windowslive")]
    Windowslive,
    #[serde(rename = "wordpress")]
    Wordpress,
    #[serde(rename = "yahoo")]
    Yahoo,
    #[serde(rename = "yammer")]
    Yammer,
    #[serde(rename = "yandex")]
    Yandex,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ConnectionCreateStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ConnectionCreateStrategy::Ad => "ad",
                ConnectionCreateStrategy::Adfs => "adfs",
                ConnectionCreateStrategy::Amazon => "amazon",
                ConnectionCreateStrategy::Apple => "apple",
                ConnectionCreateStrategy::Dropbox => "dropbox",
                ConnectionCreateStrategy::Bitbucket => "bitbucket",
                ConnectionCreateStrategy::Aol => "aol",
                ConnectionCreateStrategy::Auth0Oidc => "auth0-oidc",
                ConnectionCreateStrategy::Auth0 => "auth0",
                ConnectionCreateStrategy::Baidu => "baidu",
                ConnectionCreateStrategy::Bitly => "bitly",
                ConnectionCreateStrategy::Box => "box",
                ConnectionCreateStrategy::Custom => "custom",
                ConnectionCreateStrategy::Daccount => "daccount",
                ConnectionCreateStrategy::Dwolla => "dwolla",
                ConnectionCreateStrategy::Email => "email",
                ConnectionCreateStrategy::EvernoteSandbox => "evernote-sandbox",
                ConnectionCreateStrategy::Evernote => "evernote",
                ConnectionCreateStrategy::Exact => "exact",
                ConnectionCreateStrategy::Facebook => "facebook",
                ConnectionCreateStrategy::Fitbit => "fitbit",
                ConnectionCreateStrategy::Flickr => "flickr",
                ConnectionCreateStrategy::Github => "github",
                ConnectionCreateStrategy::GoogleApps => "google-apps",
                ConnectionCreateStrategy::GoogleOauth2 => "google-oauth2",
                ConnectionCreateStrategy::Instagram => "instagram",
                ConnectionCreateStrategy::Ip => "ip",
                ConnectionCreateStrategy::Line => "line",
                ConnectionCreateStrategy::Linkedin => "linkedin",
                ConnectionCreateStrategy::Miicard => "miicard",
                ConnectionCreateStrategy::Oauth1 => "oauth1",
                ConnectionCreateStrategy::Oauth2 => "oauth2",
                ConnectionCreateStrategy::Office365 => "office365",
                ConnectionCreateStrategy::Oidc => "oidc",
                ConnectionCreateStrategy::Okta => "okta",
                ConnectionCreateStrategy::Paypal => "paypal",
                ConnectionCreateStrategy::PaypalSandbox => "paypal-sandbox",
                ConnectionCreateStrategy::Pingfederate => "pingfederate",
                ConnectionCreateStrategy::Planningcenter => "planningcenter",
                ConnectionCreateStrategy::Renren => "renren",
                ConnectionCreateStrategy::SalesforceCommunity => "salesforce-community",
                ConnectionCreateStrategy::SalesforceSandbox => "salesforce-sandbox",
                ConnectionCreateStrategy::Salesforce => "salesforce",
                ConnectionCreateStrategy::Samlp => "samlp",
                ConnectionCreateStrategy::Sharepoint => "sharepoint",
                ConnectionCreateStrategy::Shopify => "shopify",
                ConnectionCreateStrategy::Sms => "sms",
                ConnectionCreateStrategy::Soundcloud => "soundcloud",
                ConnectionCreateStrategy::ThecitySandbox => "thecity-sandbox",
                ConnectionCreateStrategy::Thecity => "thecity",
                ConnectionCreateStrategy::Thirtysevensignals => "thirtysevensignals",
                ConnectionCreateStrategy::Twitter => "twitter",
                ConnectionCreateStrategy::Untappd => "untappd",
                ConnectionCreateStrategy::Vkontakte => "vkontakte",
                ConnectionCreateStrategy::Waad => "waad",
                ConnectionCreateStrategy::Weibo => "weibo",
                ConnectionCreateStrategy::Windowslive => "windowslive",
                ConnectionCreateStrategy::Wordpress => "wordpress",
                ConnectionCreateStrategy::Yahoo => "yahoo",
                ConnectionCreateStrategy::Yammer => "yammer",
                ConnectionCreateStrategy::Yandex => "yandex",
                ConnectionCreateStrategy::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsValidationUsername {
    pub min: i64,
    pub max: i64,
}

/// Options for validation
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsValidation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<ConnectionCreateOptionsValidationUsername>,
}

/// Order of precedence for attribute types
/// One of `email`, `phone_number`, `username`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConnectionCreateOptionsPrecedenceInner {
    #[default]
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "phone_number")]
    PhoneNumber,
    #[serde(rename = "username")]
    Username,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ConnectionCreateOptionsPrecedenceInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ConnectionCreateOptionsPrecedenceInner::Email => "email",
                ConnectionCreateOptionsPrecedenceInner::PhoneNumber => "phone_number",
                ConnectionCreateOptionsPrecedenceInner::Username => "username",
                ConnectionCreateOptionsPrecedenceInner::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesEmailIdentifier {
    /// Determines if the attribute is used for identification
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

/// One of `required`, `optional`, `inactive`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConnectionCreateOptionsAttributesEmailSignupStatus {
    #[default]
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "optional")]
    Optional,
    #[serde(rename = "inactive")]
    Inactive,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ConnectionCreateOptionsAttributesEmailSignupStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ConnectionCreateOptionsAttributesEmailSignupStatus::Required => {
                    "required"
                }
                ConnectionCreateOptionsAttributesEmailSignupStatus::Optional => {
                    "optional"
                }
                ConnectionCreateOptionsAttributesEmailSignupStatus::Inactive => {
                    "inactive"
                }
                ConnectionCreateOptionsAttributesEmailSignupStatus::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesEmailSignupVerification {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesEmailSignup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ConnectionCreateOptionsAttributesEmailSignupStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<ConnectionCreateOptionsAttributesEmailSignupVerification>,
}

/// Configuration for the email attribute for users.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesEmail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<ConnectionCreateOptionsAttributesEmailIdentifier>,
    /// Determines if property should be required for users
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signup: Option<ConnectionCreateOptionsAttributesEmailSignup>,
}

/// Configuration for the phone number attribute for users.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesPhoneNumber {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<ConnectionCreateOptionsAttributesEmailIdentifier>,
    /// Determines if property should be required for users
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signup: Option<ConnectionCreateOptionsAttributesEmailSignup>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesUsernameSignup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ConnectionCreateOptionsAttributesEmailSignupStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesUsernameValidationAllowedTypes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesUsernameValidation {
    /// Minimum allowed length
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<f64>,
    /// Maximum allowed length
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_types: Option<
        ConnectionCreateOptionsAttributesUsernameValidationAllowedTypes,
    >,
}

/// Configuration for the username attribute for users.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributesUsername {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<ConnectionCreateOptionsAttributesEmailIdentifier>,
    /// Determines if property should be required for users
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_required: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signup: Option<ConnectionCreateOptionsAttributesUsernameSignup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation: Option<ConnectionCreateOptionsAttributesUsernameValidation>,
}

/// Attribute configuration
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAttributes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<ConnectionCreateOptionsAttributesEmail>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<ConnectionCreateOptionsAttributesPhoneNumber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<ConnectionCreateOptionsAttributesUsername>,
}

/// A map of scripts used to integrate with a custom database.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsCustomScripts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub get_user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_phone_number: Option<String>,
}

/// Password authentication enablement
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAuthenticationMethodsPassword {
    /// Determines whether passwords are enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Passkey authentication enablement
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAuthenticationMethodsPasskey {
    /// Determines whether passkeys are enabled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// Options for enabling authentication methods.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsAuthenticationMethods {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<ConnectionCreateOptionsAuthenticationMethodsPassword>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey: Option<ConnectionCreateOptionsAuthenticationMethodsPasskey>,
}

/// Controls the UI used to challenge the user for their passkey.
/// One of `both`, `autofill`, `button`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConnectionCreateOptionsPasskeyOptionsChallengeUi {
    #[default]
    #[serde(rename = "both")]
    Both,
    #[serde(rename = "autofill")]
    Autofill,
    #[serde(rename = "button")]
    Button,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ConnectionCreateOptionsPasskeyOptionsChallengeUi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ConnectionCreateOptionsPasskeyOptionsChallengeUi::Both => "both",
                ConnectionCreateOptionsPasskeyOptionsChallengeUi::Autofill => "autofill",
                ConnectionCreateOptionsPasskeyOptionsChallengeUi::Button => "button",
                ConnectionCreateOptionsPasskeyOptionsChallengeUi::Other(other) => other,
            },
        )
    }
}

/// Options for the passkey authentication method
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsPasskeyOptions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge_ui: Option<ConnectionCreateOptionsPasskeyOptionsChallengeUi>,
    /// Enables or disables progressive enrollment of passkeys for the connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progressive_enrollment_enabled: Option<bool>,
    /// Enables or disables enrollment prompt for local passkey when user authenticates using a cross-device passkey for the connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_enrollment_enabled: Option<bool>,
}

/// Password strength level
/// One of `none`, `low`, `fair`, `good`, `excellent`, `null`.
pub type ConnectionCreateOptionsPasswordPolicy = String;

/// Password complexity options
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsPasswordComplexityOptions {
    /// Minimum password length
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<i64>,
}

/// Options for password history policy
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsPasswordHistory {
    pub enable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

/// Options for personal info in passwords policy
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsPasswordNoPersonalInfo {
    pub enable: bool,
}

/// Options for password dictionary policy
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsPasswordDictionary {
    pub enable: bool,
    /// Custom Password Dictionary. An array of up to 200 entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dictionary: Option<Vec<String>>,
}

/// When using an external IdP, this flag determines  whether 'name', 'given_name', 'family_name', 'nickname', and 'picture' attributes are updated. In addition, it also determines whether the user is created when user doesnt exist previously. Possible values are 'on_each_login' (default value, it configures the connection to automatically create the user if necessary and update the root attributes from the external IdP with each user login. When this setting is used, root attributes cannot be independently updated), 'on_first_login' (configures the connection to create the user and set the root attributes on first login only, allowing them to be independently updated thereafter), and 'never_on_login' (configures the connection not to create the user and not to set the root attributes from the external IdP, allowing them to be independently updated).
/// One of `on_each_login`, `on_first_login`, `never_on_login`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConnectionCreateOptionsSetUserRootAttributes {
    #[default]
    #[serde(rename = "on_each_login")]
    OnEachLogin,
    #[serde(rename = "on_first_login")]
    OnFirstLogin,
    #[serde(rename = "never_on_login")]
    NeverOnLogin,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ConnectionCreateOptionsSetUserRootAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ConnectionCreateOptionsSetUserRootAttributes::OnEachLogin => {
                    "on_each_login"
                }
                ConnectionCreateOptionsSetUserRootAttributes::OnFirstLogin => {
                    "on_first_login"
                }
                ConnectionCreateOptionsSetUserRootAttributes::NeverOnLogin => {
                    "never_on_login"
                }
                ConnectionCreateOptionsSetUserRootAttributes::Other(other) => other,
            },
        )
    }
}

/// Token-based authentication settings to be applied when connection is using an sms strategy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptionsGatewayAuthentication {
    /// The Authorization header type.
    pub method: String,
    /// The subject to be added to the JWT payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The audience to be added to the JWT payload.
    pub audience: String,
    /// The secret to be used for signing tokens.
    pub secret: String,
    /// Set to true if the provided secret is base64 encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_base64_encoded: Option<bool>,
}

/// Stores encrypted string only configurations for connections
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ConnectionCreateOptionsConfiguration {
    Object(serde_json::Map<String, serde_json::Value>),
    List(Vec<String>),
}

impl Default for ConnectionCreateOptionsConfiguration {
    fn default() -> Self {
        ConnectionCreateOptionsConfiguration::Object(Default::default())
    }
}

/// The connection's options (depend on the connection strategy)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionCreateOptions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation: Option<ConnectionCreateOptionsValidation>,
    /// An array of user fields that should not be stored in the Auth0 database (<https://manage.local.dev.auth0.com/docs/security/data-security/denylist>)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_persistent_attrs: Option<Vec<String>>,
    /// Order of precedence for attribute types. If the property is not specified, the default precedence of attributes will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precedence: Option<Vec<ConnectionCreateOptionsPrecedenceInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<ConnectionCreateOptionsAttributes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_script_context: Option<bool>,
    /// Set to true to use a legacy user store
    #[serde(
        rename = "enabledDatabaseCustomization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled_database_customization: Option<bool>,
    /// Enable this if you have a legacy user store and you want to gradually migrate those users to the Auth0 user store
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_mode: Option<bool>,
    #[serde(rename = "customScripts", default, skip_serializing_if = "Option::is_none")]
    pub custom_scripts: Option<ConnectionCreateOptionsCustomScripts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_methods: Option<ConnectionCreateOptionsAuthenticationMethods>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_options: Option<ConnectionCreateOptionsPasskeyOptions>,
    #[serde(rename = "passwordPolicy", default, skip_serializing_if = "Option::is_none")]
    pub password_policy: Option<ConnectionCreateOptionsPasswordPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_complexity_options: Option<
        ConnectionCreateOptionsPasswordComplexityOptions,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_history: Option<ConnectionCreateOptionsPasswordHistory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_no_personal_info: Option<ConnectionCreateOptionsPasswordNoPersonalInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_dictionary: Option<ConnectionCreateOptionsPasswordDictionary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_enable_users: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_profile: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_admin: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_is_suspended: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_agreed_terms: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_groups: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_assigned_plans: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_profile: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_self_service_change_password: Option<bool>,
    /// Options for adding parameters in the request to the upstream IdP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upstream_params: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_user_root_attributes: Option<ConnectionCreateOptionsSetUserRootAttributes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_authentication: Option<ConnectionCreateOptionsGatewayAuthentication>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<ConnectionCreateOptionsConfiguration>,
}

/// The connection's options (depend on the connection strategy). To update these options, the `update:connections_options` scope must be present. To verify your changes, also include the `read:connections_options` scope. If this scope is not specified, you will not be able to review the updated object.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectionUpdateOptions {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation: Option<ConnectionCreateOptionsValidation>,
    /// An array of user fields that should not be stored in the Auth0 database (<https://manage.local.dev.auth0.com/docs/security/data-security/denylist>)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_persistent_attrs: Option<Vec<String>>,
    /// Order of precedence for attribute types. If the property is not specified, the default precedence of attributes will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precedence: Option<Vec<ConnectionCreateOptionsPrecedenceInner>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<ConnectionCreateOptionsAttributes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_script_context: Option<bool>,
    /// Set to true to use a legacy user store
    #[serde(
        rename = "enabledDatabaseCustomization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled_database_customization: Option<bool>,
    /// Enable this if you have a legacy user store and you want to gradually migrate those users to the Auth0 user store
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_mode: Option<bool>,
    #[serde(rename = "customScripts", default, skip_serializing_if = "Option::is_none")]
    pub custom_scripts: Option<ConnectionCreateOptionsCustomScripts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_methods: Option<ConnectionCreateOptionsAuthenticationMethods>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_options: Option<ConnectionCreateOptionsPasskeyOptions>,
    #[serde(rename = "passwordPolicy", default, skip_serializing_if = "Option::is_none")]
    pub password_policy: Option<ConnectionCreateOptionsPasswordPolicy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_complexity_options: Option<
        ConnectionCreateOptionsPasswordComplexityOptions,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_history: Option<ConnectionCreateOptionsPasswordHistory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_no_personal_info: Option<ConnectionCreateOptionsPasswordNoPersonalInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_dictionary: Option<ConnectionCreateOptionsPasswordDictionary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_enable_users: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_profile: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_admin: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_is_suspended: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_agreed_terms: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_groups: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_assigned_plans: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ext_profile: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_self_service_change_password: Option<bool>,
    /// Options for adding parameters in the request to the upstream IdP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upstream_params: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_user_root_attributes: Option<ConnectionCreateOptionsSetUserRootAttributes>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_authentication: Option<ConnectionCreateOptionsGatewayAuthentication>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<ConnectionCreateOptionsConfiguration>,
}

/// Type of credential. Can be `public_key`, `refresh_token`, or `rotating_refresh_token`.
/// One of `public_key`, `refresh_token`, `rotating_refresh_token`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeviceCredentialType {
    #[default]
    #[serde(rename = "public_key")]
    PublicKey,
    #[serde(rename = "refresh_token")]
    RefreshToken,
    #[serde(rename = "rotating_refresh_token")]
    RotatingRefreshToken,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for DeviceCredentialType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                DeviceCredentialType::PublicKey => "public_key",
                DeviceCredentialType::RefreshToken => "refresh_token",
                DeviceCredentialType::RotatingRefreshToken => "rotating_refresh_token",
                DeviceCredentialType::Other(other) => other,
            },
        )
    }
}

/// Type of credential. Must be `public_key`.
/// One of `public_key`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeviceCredentialCreateType {
    #[default]
    #[serde(rename = "public_key")]
    PublicKey,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for DeviceCredentialCreateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                DeviceCredentialCreateType::PublicKey => "public_key",
                DeviceCredentialCreateType::Other(other) => other,
            },
        )
    }
}

/// Name of the email provider. Can be `mailgun`, `mandrill`, `sendgrid`, `ses`, `sparkpost`, `smtp`, `azure_cs`, `ms365`, or `custom`.
/// One of `mailgun`, `mandrill`, `sendgrid`, `ses`, `sparkpost`, `smtp`, `azure_cs`, `ms365`, `custom`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EmailProviderUpdateName {
    #[default]
    #[serde(rename = "mailgun")]
    Mailgun,
    #[serde(rename = "mandrill")]
    Mandrill,
    #[serde(rename = "sendgrid")]
    Sendgrid,
    #[serde(rename = "ses")]
    Ses,
    #[serde(rename = "sparkpost")]
    Sparkpost,
    #[serde(rename = "smtp")]
    Smtp,
    #[serde(rename = "azure_cs")]
    AzureCs,
    #[serde(rename = "ms365")]
    Ms365,
    #[serde(rename = "custom")]
    Custom,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for EmailProviderUpdateName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                EmailProviderUpdateName::Mailgun => "mailgun",
                EmailProviderUpdateName::Mandrill => "mandrill",
                EmailProviderUpdateName::Sendgrid => "sendgrid",
                EmailProviderUpdateName::Ses => "ses",
                EmailProviderUpdateName::Sparkpost => "sparkpost",
                EmailProviderUpdateName::Smtp => "smtp",
                EmailProviderUpdateName::AzureCs => "azure_cs",
                EmailProviderUpdateName::Ms365 => "ms365",
                EmailProviderUpdateName::Custom => "custom",
                EmailProviderUpdateName::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderUpdateCredentialsAnyOf {
    /// API Key
    pub api_key: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderUpdateCredentialsAnyOf1 {
    /// AWS Access Key ID.
    #[serde(rename = "accessKeyId", default, skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    /// AWS Secret Access Key.
    #[serde(
        rename = "secretAccessKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_access_key: Option<String>,
    /// AWS region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// SMTP host.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EmailProviderUpdateCredentialsAnyOf2SmtpHost {
    String(String),
    String2(String),
    String3(String),
}

impl Default for EmailProviderUpdateCredentialsAnyOf2SmtpHost {
    fn default() -> Self {
        EmailProviderUpdateCredentialsAnyOf2SmtpHost::String(Default::default())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderUpdateCredentialsAnyOf2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp_host: Option<EmailProviderUpdateCredentialsAnyOf2SmtpHost>,
    /// SMTP port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp_port: Option<i64>,
    /// SMTP username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp_user: Option<String>,
    /// SMTP password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smtp_pass: Option<String>,
}

/// Set to `eu` to use SparkPost service hosted in Western Europe. To use SparkPost hosted in North America, set it to `null`.
/// One of `eu`, `null`.
pub type EmailProviderUpdateCredentialsAnyOf3Region = String;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderUpdateCredentialsAnyOf3 {
    /// API Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<EmailProviderUpdateCredentialsAnyOf3Region>,
}

/// Set to `eu` if your domain is provisioned to use Mailgun's EU region. Otherwise, set to `null`.
/// One of `eu`, `null`.
pub type EmailProviderUpdateCredentialsAnyOf4Region = String;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderUpdateCredentialsAnyOf4 {
    /// API Key
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<EmailProviderUpdateCredentialsAnyOf4Region>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderUpdateCredentialsAnyOf5 {
    /// Azure Communication Services Connection String.
    #[serde(
        rename = "connectionString",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_string: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderUpdateCredentialsAnyOf6 {
    /// Microsoft 365 Tenant ID.
    #[serde(rename = "tenantId", default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Microsoft 365 Client ID.
    #[serde(rename = "clientId", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Microsoft 365 Client Secret.
    #[serde(rename = "clientSecret", default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

/// Credentials required to use the provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EmailProviderUpdateCredentials {
    EmailProviderUpdateCredentialsAnyOf(EmailProviderUpdateCredentialsAnyOf),
    EmailProviderUpdateCredentialsAnyOf1(EmailProviderUpdateCredentialsAnyOf1),
    EmailProviderUpdateCredentialsAnyOf2(EmailProviderUpdateCredentialsAnyOf2),
    EmailProviderUpdateCredentialsAnyOf3(EmailProviderUpdateCredentialsAnyOf3),
    EmailProviderUpdateCredentialsAnyOf4(EmailProviderUpdateCredentialsAnyOf4),
    EmailProviderUpdateCredentialsAnyOf5(EmailProviderUpdateCredentialsAnyOf5),
    EmailProviderUpdateCredentialsAnyOf6(EmailProviderUpdateCredentialsAnyOf6),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for EmailProviderUpdateCredentials {
    fn default() -> Self {
        EmailProviderUpdateCredentials::EmailProviderUpdateCredentialsAnyOf(
            Default::default(),
        )
    }
}

/// Name of the email provider. Can be `mailgun`, `mandrill`, `sendgrid`, `ses`, `sparkpost`, `smtp`, `azure_cs`, `ms365`, or `custom`.
/// One of `mailgun`, `mandrill`, `sendgrid`, `ses`, `sparkpost`, `smtp`, `azure_cs`, `ms365`, `custom`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EmailProviderCreateName {
    #[default]
    #[serde(rename = "mailgun")]
    Mailgun,
    #[serde(rename = "mandrill")]
    Mandrill,
    #[serde(rename = "sendgrid")]
    Sendgrid,
    #[serde(rename = "ses")]
    Ses,
    #[serde(rename = "sparkpost")]
    Sparkpost,
    #[serde(rename = "smtp")]
    Smtp,
    #[serde(rename = "azure_cs")]
    AzureCs,
    #[serde(rename = "ms365")]
    Ms365,
    #[serde(rename = "custom")]
    Custom,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for EmailProviderCreateName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                EmailProviderCreateName::Mailgun => "mailgun",
                EmailProviderCreateName::Mandrill => "mandrill",
                EmailProviderCreateName::Sendgrid => "sendgrid",
                EmailProviderCreateName::Ses => "ses",
                EmailProviderCreateName::Sparkpost => "sparkpost",
                EmailProviderCreateName::Smtp => "smtp",
                EmailProviderCreateName::AzureCs => "azure_cs",
                EmailProviderCreateName::Ms365 => "ms365",
                EmailProviderCreateName::Custom => "custom",
                EmailProviderCreateName::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderCreateCredentialsAnyOf {
    /// AWS Access Key ID.
    #[serde(rename = "accessKeyId")]
    pub access_key_id: String,
    /// AWS Secret Access Key.
    #[serde(rename = "secretAccessKey")]
    pub secret_access_key: String,
    /// AWS region.
    pub region: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderCreateCredentialsAnyOf1 {
    pub smtp_host: EmailProviderUpdateCredentialsAnyOf2SmtpHost,
    /// SMTP port.
    pub smtp_port: i64,
    /// SMTP username.
    pub smtp_user: String,
    /// SMTP password.
    pub smtp_pass: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderCreateCredentialsAnyOf2 {
    /// API Key
    pub api_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<EmailProviderUpdateCredentialsAnyOf3Region>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderCreateCredentialsAnyOf3 {
    /// API Key
    pub api_key: String,
    /// Domain
    pub domain: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<EmailProviderUpdateCredentialsAnyOf4Region>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderCreateCredentialsAnyOf4 {
    /// Azure Communication Services Connection String.
    #[serde(rename = "connectionString")]
    pub connection_string: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailProviderCreateCredentialsAnyOf5 {
    /// Microsoft 365 Tenant ID.
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    /// Microsoft 365 Client ID.
    #[serde(rename = "clientId")]
    pub client_id: String,
    /// Microsoft 365 Client Secret.
    #[serde(rename = "clientSecret")]
    pub client_secret: String,
}

/// Credentials required to use the provider.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum EmailProviderCreateCredentials {
    EmailProviderUpdateCredentialsAnyOf(EmailProviderUpdateCredentialsAnyOf),
    EmailProviderCreateCredentialsAnyOf(EmailProviderCreateCredentialsAnyOf),
    EmailProviderCreateCredentialsAnyOf1(EmailProviderCreateCredentialsAnyOf1),
    EmailProviderCreateCredentialsAnyOf2(EmailProviderCreateCredentialsAnyOf2),
    EmailProviderCreateCredentialsAnyOf3(EmailProviderCreateCredentialsAnyOf3),
    EmailProviderCreateCredentialsAnyOf4(EmailProviderCreateCredentialsAnyOf4),
    EmailProviderCreateCredentialsAnyOf5(EmailProviderCreateCredentialsAnyOf5),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for EmailProviderCreateCredentials {
    fn default() -> Self {
        EmailProviderCreateCredentials::EmailProviderUpdateCredentialsAnyOf(
            Default::default(),
        )
    }
}

/// Status of this enrollment. Can be `pending` or `confirmed`.
/// One of `pending`, `confirmed`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EnrollmentStatus {
    #[default]
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "confirmed")]
    Confirmed,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for EnrollmentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                EnrollmentStatus::Pending => "pending",
                EnrollmentStatus::Confirmed => "confirmed",
                EnrollmentStatus::Other(other) => other,
            },
        )
    }
}

/// Factor name. Can be `sms`, `push-notification`, `email`, `duo` `otp` `webauthn-roaming`, `webauthn-platform`, or `recovery-code`.
/// One of `push-notification`, `sms`, `email`, `duo`, `otp`, `webauthn-roaming`, `webauthn-platform`, `recovery-code`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FactorName {
    #[default]
    #[serde(rename = "push-notification")]
    PushNotification,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "duo")]
    Duo,
    #[serde(rename = "otp")]
    Otp,
    #[serde(rename = "webauthn-roaming")]
    WebauthnRoaming,
    #[serde(rename = "webauthn-platform")]
    WebauthnPlatform,
    #[serde(rename = "recovery-code")]
    RecoveryCode,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for FactorName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                FactorName::PushNotification => "push-notification",
                FactorName::Sms => "sms",
                FactorName::Email => "email",
                FactorName::Duo => "duo",
                FactorName::Otp => "otp",
                FactorName::WebauthnRoaming => "webauthn-roaming",
                FactorName::WebauthnPlatform => "webauthn-platform",
                FactorName::RecoveryCode => "recovery-code",
                FactorName::Other(other) => other,
            },
        )
    }
}

/// Execution stage of this rule. Can be `credentials-exchange`, `pre-user-registration`, `post-user-registration`, `post-change-password`, or `send-phone-message`.
/// One of `credentials-exchange`, `pre-user-registration`, `post-user-registration`, `post-change-password`, `send-phone-message`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HookCreateTriggerId {
    #[default]
    #[serde(rename = "credentials-exchange")]
    CredentialsExchange,
    #[serde(rename = "pre-user-registration")]
    PreUserRegistration,
    #[serde(rename = "post-user-registration")]
    PostUserRegistration,
    #[serde(rename = "post-change-password")]
    PostChangePassword,
    #[serde(rename = "send-phone-message")]
    SendPhoneMessage,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for HookCreateTriggerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                HookCreateTriggerId::CredentialsExchange => "credentials-exchange",
                HookCreateTriggerId::PreUserRegistration => "pre-user-registration",
                HookCreateTriggerId::PostUserRegistration => "post-user-registration",
                HookCreateTriggerId::PostChangePassword => "post-change-password",
                HookCreateTriggerId::SendPhoneMessage => "send-phone-message",
                HookCreateTriggerId::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LogDate {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl Default for LogDate {
    fn default() -> Self {
        LogDate::String(Default::default())
    }
}

/// Information about the location that triggered this event based on the `ip`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogLocationInfo {
    /// Two-letter Alpha-2 ISO 3166-1 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// Three-letter Alpha-3 ISO 3166-1 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code3: Option<String>,
    /// Full country name in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
    /// Full city name in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_name: Option<String>,
    /// Global latitude (horizontal) position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<String>,
    /// Global longitude (vertical) position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<String>,
    /// Time zone name as found in the tz database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// Continent the country is located within. Can be `AF` (Africa), `AN` (Antarctica), `AS` (Asia), `EU` (Europe), `NA` (North America), `OC` (Oceania) or `SA` (South America).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continent_code: Option<String>,
}

/// Which login experience to use. Can be `new` or `classic`.
/// One of `new`, `classic`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PromptsSettingsUniversalLoginExperience {
    #[default]
    #[serde(rename = "new")]
    New,
    #[serde(rename = "classic")]
    Classic,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for PromptsSettingsUniversalLoginExperience {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                PromptsSettingsUniversalLoginExperience::New => "new",
                PromptsSettingsUniversalLoginExperience::Classic => "classic",
                PromptsSettingsUniversalLoginExperience::Other(other) => other,
            },
        )
    }
}

/// Dialect of access tokens that should be issued. `access_token` is a JWT containing standard Auth0 claims; `rfc9068_profile` is a JWT conforming to the IETF JWT Access Token Profile. `access_token_authz` and `rfc9068_profile_authz` additionally include RBAC permissions claims.
/// One of `access_token`, `access_token_authz`, `rfc9068_profile`, `rfc9068_profile_authz`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ResourceServerTokenDialect {
    #[default]
    #[serde(rename = "access_token")]
    AccessToken,
    #[serde(rename = "access_token_authz")]
    AccessTokenAuthz,
    #[serde(rename = "rfc9068_profile")]
    Rfc9068Profile,
    #[serde(rename = "rfc9068_profile_authz")]
    Rfc9068ProfileAuthz,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ResourceServerTokenDialect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ResourceServerTokenDialect::AccessToken => "access_token",
                ResourceServerTokenDialect::AccessTokenAuthz => "access_token_authz",
                ResourceServerTokenDialect::Rfc9068Profile => "rfc9068_profile",
                ResourceServerTokenDialect::Rfc9068ProfileAuthz => {
                    "rfc9068_profile_authz"
                }
                ResourceServerTokenDialect::Other(other) => other,
            },
        )
    }
}

/// Format of the encrypted JWT payload.
/// One of `compact-nested-jwe`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ResourceServerTokenEncryptionFormat {
    #[default]
    #[serde(rename = "compact-nested-jwe")]
    CompactNestedJwe,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ResourceServerTokenEncryptionFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ResourceServerTokenEncryptionFormat::CompactNestedJwe => {
                    "compact-nested-jwe"
                }
                ResourceServerTokenEncryptionFormat::Other(other) => other,
            },
        )
    }
}

/// Algorithm used to encrypt the token.
/// One of `RSA-OAEP-256`, `RSA-OAEP-384`, `RSA-OAEP-512`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ResourceServerTokenEncryptionEncryptionKeyAlg {
    #[default]
    #[serde(rename = "RSA-OAEP-256")]
    RsaOaep256,
    #[serde(rename = "RSA-OAEP-384")]
    RsaOaep384,
    #[serde(rename = "RSA-OAEP-512")]
    RsaOaep512,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ResourceServerTokenEncryptionEncryptionKeyAlg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ResourceServerTokenEncryptionEncryptionKeyAlg::RsaOaep256 => {
                    "RSA-OAEP-256"
                }
                ResourceServerTokenEncryptionEncryptionKeyAlg::RsaOaep384 => {
                    "RSA-OAEP-384"
                }
                ResourceServerTokenEncryptionEncryptionKeyAlg::RsaOaep512 => {
                    "RSA-OAEP-512"
                }
                ResourceServerTokenEncryptionEncryptionKeyAlg::Other(other) => other,
            },
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceServerTokenEncryptionEncryptionKey {
    /// Name of the encryption key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub alg: ResourceServerTokenEncryptionEncryptionKeyAlg,
    /// Key ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// PEM-formatted public key. Must be JSON escaped.
    pub pem: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceServerTokenEncryption {
    pub format: ResourceServerTokenEncryptionFormat,
    pub encryption_key: ResourceServerTokenEncryptionEncryptionKey,
}

/// One of `transactional-authorization-with-mfa`, `null`.
pub type ResourceServerConsentPolicy = String;

/// Intended mechanism for Proof-of-Possession
/// One of `mtls`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ResourceServerProofOfPossessionMechanism {
    #[default]
    #[serde(rename = "mtls")]
    Mtls,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ResourceServerProofOfPossessionMechanism {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ResourceServerProofOfPossessionMechanism::Mtls => "mtls",
                ResourceServerProofOfPossessionMechanism::Other(other) => other,
            },
        )
    }
}

/// Proof-of-Possession configuration for access tokens
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceServerProofOfPossession {
    pub mechanism: ResourceServerProofOfPossessionMechanism,
    /// Whether the use of Proof-of-Possession is required for the resource server
    pub required: bool,
}

/// Dialect of issued access token. `access_token` is a JWT containing standard Auth0 claims; `rfc9068_profile` is a JWT conforming to the IETF JWT Access Token Profile. `access_token_authz` and `rfc9068_profile_authz` additionally include RBAC permissions claims.
/// One of `access_token`, `access_token_authz`, `rfc9068_profile`, `rfc9068_profile_authz`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ResourceServerCreateTokenDialect {
    #[default]
    #[serde(rename = "access_token")]
    AccessToken,
    #[serde(rename = "access_token_authz")]
    AccessTokenAuthz,
    #[serde(rename = "rfc9068_profile")]
    Rfc9068Profile,
    #[serde(rename = "rfc9068_profile_authz")]
    Rfc9068ProfileAuthz,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for ResourceServerCreateTokenDialect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                ResourceServerCreateTokenDialect::AccessToken => "access_token",
                ResourceServerCreateTokenDialect::AccessTokenAuthz => {
                    "access_token_authz"
                }
                ResourceServerCreateTokenDialect::Rfc9068Profile => "rfc9068_profile",
                ResourceServerCreateTokenDialect::Rfc9068ProfileAuthz => {
                    "rfc9068_profile_authz"
                }
                ResourceServerCreateTokenDialect::Other(other) => other,
            },
        )
    }
}

/// Change Password page customization.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsChangePassword {
    /// Whether to use the custom change password HTML (true) or the default Auth0 page (false). Default is to use the Auth0 page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Custom change password HTML (Liquid syntax supported).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
}

/// Guardian page customization.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsGuardianMfaPage {
    /// Whether to use the custom Guardian HTML (true) or the default Auth0 page (false, default)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Custom Guardian HTML (Liquid syntax is supported).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
}

/// Error page customization.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsErrorPage {
    /// Custom Error HTML (Liquid syntax is supported).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
    /// Whether to show the link to log as part of the default error page (true, default) or not to show the link (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_log_link: Option<bool>,
    /// URL to redirect to when an error occurs instead of showing the default error page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Character set used to generate a User Code. Can be `base20` or `digits`.
/// One of `base20`, `digits`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TenantSettingsDeviceFlowCharset {
    #[default]
    #[serde(rename = "base20")]
    Base20,
    #[serde(rename = "digits")]
    Digits,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for TenantSettingsDeviceFlowCharset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                TenantSettingsDeviceFlowCharset::Base20 => "base20",
                TenantSettingsDeviceFlowCharset::Digits => "digits",
                TenantSettingsDeviceFlowCharset::Other(other) => other,
            },
        )
    }
}

/// Device Flow configuration
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsDeviceFlow {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charset: Option<TenantSettingsDeviceFlowCharset>,
    /// Mask used to format a generated User Code into a friendly, readable format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask: Option<String>,
}

/// Flags used to change the behavior of this tenant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsFlags {
    /// Whether to use the older v1 change password flow (true, not recommended except for backward compatibility) or the newer safer flow (false, recommended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_pwd_flow_v1: Option<bool>,
    /// Whether the APIs section is enabled (true) or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_apis_section: Option<bool>,
    /// Whether the impersonation functionality has been disabled (true) or not (false). Read-only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_impersonation: Option<bool>,
    /// Whether all current connections should be enabled when a new client (application) is created (true, default) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_client_connections: Option<bool>,
    /// Whether advanced API Authorization scenarios are enabled (true) or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_pipeline2: Option<bool>,
    /// If enabled, clients are able to add legacy delegation grants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_legacy_delegation_grant_types: Option<bool>,
    /// If enabled, clients are able to add legacy RO grants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_legacy_ro_grant_types: Option<bool>,
    /// Whether the legacy `/tokeninfo` endpoint is enabled for your account (true) or unavailable (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_legacy_tokeninfo_endpoint: Option<bool>,
    /// Whether ID tokens and the userinfo endpoint includes a complete user profile (true) or only OpenID Connect claims (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_legacy_profile: Option<bool>,
    /// Whether ID tokens can be used to authorize some types of requests to API v2 (true) not not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_idtoken_api2: Option<bool>,
    /// Whether the public sign up process shows a user_exists error (true) or a generic error (false) if the user already exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_public_signup_user_exists_error: Option<bool>,
    /// Whether users are prompted to confirm log in before SSO redirection (false) or are not prompted (true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_sso: Option<bool>,
    /// Whether the `enable_sso` setting can be changed (true) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_changing_enable_sso: Option<bool>,
    /// Whether classic Universal Login prompts include additional security headers to prevent clickjacking (true) or no safeguard (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_clickjack_protection_headers: Option<bool>,
    /// Do not Publish Enterprise Connections Information with IdP domains on the lock configuration file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_disclose_enterprise_connections: Option<bool>,
    /// Enforce client authentication for passwordless start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_client_authentication_on_passwordless_start: Option<bool>,
    /// Enables the email verification flow during login for Azure AD and ADFS connections
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_adfs_waad_email_verification: Option<bool>,
    /// Delete underlying grant when a Refresh Token is revoked via the Authentication API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_refresh_token_grant: Option<bool>,
    /// Enables beta access to log streaming changes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_log_streams_next: Option<bool>,
    /// Enables new insights activity page view
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_insights_view: Option<bool>,
    /// Disables SAML fields map fix for bad mappings with repeated attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_fields_map_fix: Option<bool>,
    /// Used to allow users to pick what factor to enroll of the available MFA factors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_show_factor_list_on_enrollment: Option<bool>,
    /// Removes alg property from jwks .well-known endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_alg_from_jwks: Option<bool>,
    /// Improves bot detection during signup in classic universal login
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improved_signup_bot_detection_in_classic: Option<bool>,
}

/// Behavior of the session cookie
/// One of `persistent`, `non-persistent`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TenantSettingsSessionCookieMode {
    #[default]
    #[serde(rename = "persistent")]
    Persistent,
    #[serde(rename = "non-persistent")]
    NonPersistent,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for TenantSettingsSessionCookieMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                TenantSettingsSessionCookieMode::Persistent => "persistent",
                TenantSettingsSessionCookieMode::NonPersistent => "non-persistent",
                TenantSettingsSessionCookieMode::Other(other) => other,
            },
        )
    }
}

/// Session cookie configuration
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsSessionCookie {
    pub mode: TenantSettingsSessionCookieMode,
}

/// Sessions related settings for tenant
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsSessions {
    /// Whether to bypass prompting logic (false) when performing OIDC Logout
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_logout_prompt_enabled: Option<bool>,
}

/// Settings related to OIDC RP-initiated Logout
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsOidcLogout {
    /// Enable the end_session_endpoint URL in the .well-known discovery configuration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rp_logout_end_session_endpoint_discovery: Option<bool>,
}

/// mTLS configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsMtls {
    /// If true, enables mTLS endpoint aliases
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_endpoint_aliases: Option<bool>,
}

/// Device Flow configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsUpdateDeviceFlow {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charset: Option<TenantSettingsDeviceFlowCharset>,
    /// Mask used to format a generated User Code into a friendly, readable format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask: Option<String>,
}

/// Flags used to change the behavior of this tenant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TenantSettingsUpdateFlags {
    /// Whether to use the older v1 change password flow (true, not recommended except for backward compatibility) or the newer safer flow (false, recommended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_pwd_flow_v1: Option<bool>,
    /// Whether all current connections should be enabled when a new client (application) is created (true, default) or not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_client_connections: Option<bool>,
    /// Whether the APIs section is enabled (true) or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_apis_section: Option<bool>,
    /// Whether advanced API Authorization scenarios are enabled (true) or disabled (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_pipeline2: Option<bool>,
    /// Whether third-party developers can dynamically register applications for your APIs (true) or not (false). This flag enables dynamic client registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_dynamic_client_registration: Option<bool>,
    /// Whether emails sent by Auth0 for change password, verification etc. should use your verified custom domain (true) or your auth0.com sub-domain (false).  Affects all emails, links, and URLs. Email will fail if the custom domain is not verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_custom_domain_in_emails: Option<bool>,
    /// Whether the legacy `/tokeninfo` endpoint is enabled for your account (true) or unavailable (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_legacy_tokeninfo_endpoint: Option<bool>,
    /// Whether ID tokens and the userinfo endpoint includes a complete user profile (true) or only OpenID Connect claims (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_legacy_profile: Option<bool>,
    /// Whether ID tokens can be used to authorize some types of requests to API v2 (true) not not (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_idtoken_api2: Option<bool>,
    /// Whether the public sign up process shows a user_exists error (true) or a generic error (false) if the user already exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_public_signup_user_exists_error: Option<bool>,
    /// Whether the legacy delegation endpoint will be enabled for your account (true) or not available (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_legacy_delegation_grant_types: Option<bool>,
    /// Whether the legacy `auth/ro` endpoint (used with resource owner password and passwordless features) will be enabled for your account (true) or not available (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_legacy_ro_grant_types: Option<bool>,
    /// Whether users are prompted to confirm log in before SSO redirection (false) or are not prompted (true).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_sso: Option<bool>,
    /// Whether classic Universal Login prompts include additional security headers to prevent clickjacking (true) or no safeguard (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_clickjack_protection_headers: Option<bool>,
    /// Do not Publish Enterprise Connections Information with IdP domains on the lock configuration file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_disclose_enterprise_connections: Option<bool>,
    /// If true, SMS phone numbers will not be obfuscated in Management API GET calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_management_api_sms_obfuscation: Option<bool>,
    /// Enforce client authentication for passwordless start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforce_client_authentication_on_passwordless_start: Option<bool>,
    /// Changes email_verified behavior for Azure AD/ADFS connections when enabled. Sets email_verified to false otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_azure_adfs_email_verified_connection_property: Option<bool>,
    /// Enables the email verification flow during login for Azure AD and ADFS connections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_adfs_waad_email_verification: Option<bool>,
    /// Delete underlying grant when a Refresh Token is revoked via the Authentication API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_refresh_token_grant: Option<bool>,
    /// Enables beta access to log streaming changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_log_streams_next: Option<bool>,
    /// Enables new insights activity page view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard_insights_view: Option<bool>,
    /// Disables SAML fields map fix for bad mappings with repeated attributes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_fields_map_fix: Option<bool>,
    /// Used to allow users to pick what factor to enroll of the available MFA factors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_show_factor_list_on_enrollment: Option<bool>,
    /// Require the use of JWT Secured Authorization Requests (JAR)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_signed_request_object: Option<bool>,
    /// Removes alg property from jwks .well-known endpoint
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remove_alg_from_jwks: Option<bool>,
    /// Improves bot detection during signup in classic universal login
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improved_signup_bot_detection_in_classic: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserBlockBlockedForInner {
    /// Identifier (should be any of an `email`, `username`, or `phone_number`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// IP Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Connection identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<String>,
}

/// User metadata to which this user has read-only access.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserUpdateAppMetadata {
    #[serde(rename = "__tenant", default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<serde_json::Value>,
    #[serde(rename = "_id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<serde_json::Value>,
    #[serde(rename = "clientID", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<serde_json::Value>,
    #[serde(rename = "globalClientID", default, skip_serializing_if = "Option::is_none")]
    pub global_client_id: Option<serde_json::Value>,
    #[serde(
        rename = "global_client_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub global_client_id2: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identities: Option<serde_json::Value>,
    #[serde(rename = "lastIP", default, skip_serializing_if = "Option::is_none")]
    pub last_ip: Option<serde_json::Value>,
    #[serde(rename = "lastLogin", default, skip_serializing_if = "Option::is_none")]
    pub last_login: Option<serde_json::Value>,
    #[serde(rename = "loginsCount", default, skip_serializing_if = "Option::is_none")]
    pub logins_count: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multifactor_last_modified: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multifactor: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<serde_json::Value>,
}

/// Status of this enrollment. Can be `pending` or `confirmed`.
/// One of `pending`, `confirmed`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UserEnrollmentStatus {
    #[default]
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "confirmed")]
    Confirmed,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for UserEnrollmentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                UserEnrollmentStatus::Pending => "pending",
                UserEnrollmentStatus::Confirmed => "confirmed",
                UserEnrollmentStatus::Other(other) => other,
            },
        )
    }
}

/// Authentication method for this enrollment. Can be `authenticator`, `guardian`, `sms`, `webauthn-roaming`, or `webauthn-platform`.
/// One of `authenticator`, `guardian`, `sms`, `webauthn-platform`, `webauthn-roaming`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UserEnrollmentAuthMethod {
    #[default]
    #[serde(rename = "authenticator")]
    Authenticator,
    #[serde(rename = "guardian")]
    Guardian,
    #[serde(rename = "sms")]
    Sms,
    #[serde(rename = "webauthn-platform")]
    WebauthnPlatform,
    #[serde(rename = "webauthn-roaming")]
    WebauthnRoaming,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}

impl std::fmt::Display for UserEnrollmentAuthMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            match self {
                UserEnrollmentAuthMethod::Authenticator => "authenticator",
                UserEnrollmentAuthMethod::Guardian => "guardian",
                UserEnrollmentAuthMethod::Sms => "sms",
                UserEnrollmentAuthMethod::WebauthnPlatform => "webauthn-platform",
                UserEnrollmentAuthMethod::WebauthnRoaming => "webauthn-roaming",
                UserEnrollmentAuthMethod::Other(other) => other,
            },
        )
    }
}

/// user_id of this identity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum UserIdentityUserId {
    String(String),
    Integer(i64),
}

impl Default for UserIdentityUserId {
    fn default() -> Self {
        UserIdentityUserId::String(Default::default())
    }
}

/// The body of the Management API's error answers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ApiError {
    /// The HTTP status code, again.
    #[serde(rename = "statusCode")]
    pub status_code: i64,
    /// The status's reason phrase, such as `Bad Request`.
    pub error: String,
    /// What went wrong, for a person.
    pub message: String,
    /// A code for programs, such as `invalid_body` (not on every error).
    #[serde(rename = "errorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
}
