//! `prompts`: 6 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get prompt settings
///
/// `GET /prompts` (`get_prompts`).
#[endpoint(GET, "/prompts", response = PromptsSettings, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetPrompts {}
/// Update prompt settings
///
/// `PATCH /prompts` (`patch_prompts`).
#[endpoint(PATCH, "/prompts", response = PromptsSettings, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchPrompts {
    pub universal_login_experience: Option<PromptsSettingsUniversalLoginExperience>,
    /// Whether identifier first is enabled or not
    pub identifier_first: Option<bool>,
    /// Use WebAuthn with Device Biometrics as the first authentication factor
    pub webauthn_platform_first_factor: Option<bool>,
}

/// Get custom text for a prompt
///
/// `GET /prompts/{prompt}/custom-text/{language}` (`get_custom-text_by_language`).
#[endpoint(
    GET,
    "/prompts/<prompt>/custom-text/<language>",
    response = serde_json::Map<String,
    serde_json::Value>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetCustomTextByLanguage {
    /// Name of the prompt.
    /// One of `login`, `login-id`, `login-password`, `login-passwordless`, `login-email-verification`, `signup`, `signup-id`, `signup-password`, `phone-identifier-enrollment`, `phone-identifier-challenge`, `email-identifier-challenge`, `reset-password`, ....
    pub prompt: GetCustomTextByLanguagePromptParameter,
    /// Language to update.
    /// One of `am`, `ar`, `ar-EG`, `ar-SA`, `az`, `bg`, `bn`, `bs`, `ca-ES`, `cnr`, `cs`, `cy`, ....
    pub language: GetCustomTextByLanguageLanguageParameter,
}

/// Set custom text for a specific prompt
///
/// `PUT /prompts/{prompt}/custom-text/{language}` (`put_custom-text_by_language`).
#[endpoint(
    PUT,
    "/prompts/<prompt>/custom-text/<language>",
    response = (),
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutCustomTextByLanguage {
    /// Name of the prompt.
    /// One of `login`, `login-id`, `login-password`, `login-passwordless`, `login-email-verification`, `signup`, `signup-id`, `signup-password`, `phone-identifier-enrollment`, `phone-identifier-challenge`, `email-identifier-challenge`, `reset-password`, ....
    pub prompt: GetCustomTextByLanguagePromptParameter,
    /// Language to update.
    /// One of `am`, `ar`, `ar-EG`, `ar-SA`, `az`, `bg`, `bn`, `bs`, `ca-ES`, `cnr`, `cs`, `cy`, ....
    pub language: GetCustomTextByLanguageLanguageParameter,
    #[body]
    pub body: serde_json::Map<String, serde_json::Value>,
}

/// Get partials for a prompt
///
/// `GET /prompts/{prompt}/partials` (`get_partials`).
#[endpoint(
    GET,
    "/prompts/<prompt>/partials",
    response = serde_json::Map<String,
    serde_json::Value>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetPartials {
    /// Name of the prompt.
    /// One of `login`, `login-id`, `login-password`, `login-passwordless`, `signup`, `signup-id`, `signup-password`, `customized-consent`.
    pub prompt: GetPartialsPromptParameter,
}

/// Set partials for a prompt
///
/// `PUT /prompts/{prompt}/partials` (`put_partials`).
#[endpoint(PUT, "/prompts/<prompt>/partials", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PutPartials {
    /// Name of the prompt.
    /// One of `login`, `login-id`, `login-password`, `login-passwordless`, `signup`, `signup-id`, `signup-password`, `customized-consent`.
    pub prompt: GetPartialsPromptParameter,
    #[body]
    pub body: serde_json::Map<String, serde_json::Value>,
}
