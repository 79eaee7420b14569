//! `tenants`: 2 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get tenant settings
///
/// `GET /tenants/settings` (`tenant_settings_route`).
#[endpoint(GET, "/tenants/settings", response = TenantSettings, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct TenantSettingsRoute {
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Update tenant settings
///
/// `PATCH /tenants/settings` (`patch_settings`).
#[endpoint(PATCH, "/tenants/settings", response = TenantSettings, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchSettings {
    pub change_password: Option<TenantSettingsChangePassword>,
    pub device_flow: Option<TenantSettingsUpdateDeviceFlow>,
    pub guardian_mfa_page: Option<TenantSettingsGuardianMfaPage>,
    /// Default audience for API Authorization.
    pub default_audience: Option<String>,
    /// Name of connection used for password grants at the `/token` endpoint. The following connection types are supported: LDAP, AD, Database Connections, Passwordless, Windows Azure Active Directory, ADFS.
    pub default_directory: Option<String>,
    pub error_page: Option<TenantSettingsErrorPage>,
    pub flags: Option<TenantSettingsUpdateFlags>,
    /// Friendly name for this tenant.
    pub friendly_name: Option<String>,
    /// URL of logo to be shown for this tenant (recommended size: 150x150)
    pub picture_url: Option<String>,
    /// End-user support email.
    pub support_email: Option<String>,
    /// End-user support url.
    pub support_url: Option<String>,
    /// URLs that are valid to redirect to after logout from Auth0.
    pub allowed_logout_urls: Option<Vec<String>>,
    /// Number of hours a session will stay valid.
    pub session_lifetime: Option<i64>,
    /// Number of hours for which a session can be inactive before the user must log in again.
    pub idle_session_lifetime: Option<i64>,
    /// Selected sandbox version for the extensibility environment
    pub sandbox_version: Option<String>,
    /// Selected legacy sandbox version for the extensibility environment
    pub legacy_sandbox_version: Option<String>,
    /// The default absolute redirection uri, must be https
    pub default_redirection_uri: Option<String>,
    /// Supported locales for the user interface
    pub enabled_locales: Option<Vec<GetCustomTextByLanguageLanguageParameter>>,
    pub session_cookie: Option<TenantSettingsSessionCookie>,
    pub sessions: Option<TenantSettingsSessions>,
    pub oidc_logout: Option<TenantSettingsOidcLogout>,
    /// Whether to enable flexible factors for MFA in the PostLogin action
    pub customize_mfa_in_postlogin_action: Option<bool>,
    /// Whether to accept an organization name instead of an ID on auth endpoints
    pub allow_organization_name_in_authentication_api: Option<bool>,
    /// Supported ACR values
    pub acr_values_supported: Option<Vec<String>>,
    pub mtls: Option<TenantSettingsMtls>,
    /// Enables the use of Pushed Authorization Requests
    pub pushed_authorization_requests_supported: Option<bool>,
}
