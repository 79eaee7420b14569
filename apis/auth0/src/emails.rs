//! `emails`: 3 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get email provider
///
/// `GET /emails/provider` (`get_provider`).
#[endpoint(GET, "/emails/provider", response = EmailProvider, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetProvider {
    /// Comma-separated list of fields to include or exclude (dependent upon include_fields) from the result. Leave empty to retrieve `name` and `enabled`. Additional fields available include `credentials`, `default_from_address`, and `settings`.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Configure email provider
///
/// `POST /emails/provider` (`post_provider`).
#[endpoint(POST, "/emails/provider", response = EmailProvider, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostProvider {
    pub name: EmailProviderCreateName,
    /// Whether the provider is enabled (true) or disabled (false).
    pub enabled: Option<bool>,
    /// Email address to use as "from" when no other address specified.
    pub default_from_address: Option<String>,
    pub credentials: EmailProviderCreateCredentials,
    /// Specific provider setting
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Update email provider
///
/// `PATCH /emails/provider` (`patch_provider`).
#[endpoint(PATCH, "/emails/provider", response = EmailProvider, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchProvider {
    pub name: Option<EmailProviderUpdateName>,
    /// Whether the provider is enabled (true) or disabled (false).
    pub enabled: Option<bool>,
    /// Email address to use as "from" when no other address specified.
    pub default_from_address: Option<String>,
    pub credentials: Option<EmailProviderUpdateCredentials>,
    /// Specific provider setting
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}
