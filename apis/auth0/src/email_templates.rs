//! `email_templates`: 4 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Create an email template
///
/// `POST /email-templates` (`post_email-templates`).
#[endpoint(
    POST,
    "/email-templates",
    response = PostEmailTemplatesRequest,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostEmailTemplates {
    pub template: PostEmailTemplatesRequestTemplate,
    /// Body of the email template.
    #[send_null]
    pub body: Option<String>,
    /// Senders `from` email address.
    #[send_null]
    pub from: Option<String>,
    /// URL to redirect the user to after a successful action.
    #[serde(rename = "resultUrl")]
    pub result_url: Option<String>,
    /// Subject line of the email.
    #[send_null]
    pub subject: Option<String>,
    /// Syntax of the template body.
    #[send_null]
    pub syntax: Option<String>,
    /// Lifetime in seconds that the link within the email will be valid for.
    #[serde(rename = "urlLifetimeInSeconds")]
    pub url_lifetime_in_seconds: Option<f64>,
    /// Whether the `reset_email` and `verify_email` templates should include the user's email address as the `email` parameter in the returnUrl (true) or whether no email address should be included in the redirect (false). Defaults to true.
    #[serde(rename = "includeEmailInRedirect")]
    pub include_email_in_redirect: Option<bool>,
    /// Whether the template is enabled (true) or disabled (false).
    #[send_null]
    pub enabled: Option<bool>,
}

/// Get an email template
///
/// `GET /email-templates/{templateName}` (`get_email-templates_by_templateName`).
#[endpoint(
    GET,
    "/email-templates/<template_name>",
    response = GetEmailTemplatesByTemplateName200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetEmailTemplatesByTemplateName {
    /// Template name. Can be `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password` (legacy), or `password_reset` (legacy).
    /// One of `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password`, `password_reset`.
    pub template_name: GetEmailTemplatesByTemplateNameTemplateNameParameter,
}

/// Update an email template
///
/// `PUT /email-templates/{templateName}` (`put_email-templates_by_templateName`).
#[endpoint(
    PUT,
    "/email-templates/<template_name>",
    response = PostEmailTemplatesRequest,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutEmailTemplatesByTemplateName {
    /// Template name. Can be `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password` (legacy), or `password_reset` (legacy).
    /// One of `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password`, `password_reset`.
    pub template_name: GetEmailTemplatesByTemplateNameTemplateNameParameter,
    pub template: PostEmailTemplatesRequestTemplate,
    /// Body of the email template.
    #[send_null]
    pub body: Option<String>,
    /// Senders `from` email address.
    #[send_null]
    pub from: Option<String>,
    /// URL to redirect the user to after a successful action.
    #[serde(rename = "resultUrl")]
    pub result_url: Option<String>,
    /// Subject line of the email.
    #[send_null]
    pub subject: Option<String>,
    /// Syntax of the template body.
    #[send_null]
    pub syntax: Option<String>,
    /// Lifetime in seconds that the link within the email will be valid for.
    #[serde(rename = "urlLifetimeInSeconds")]
    pub url_lifetime_in_seconds: Option<f64>,
    /// Whether the `reset_email` and `verify_email` templates should include the user's email address as the `email` parameter in the returnUrl (true) or whether no email address should be included in the redirect (false). Defaults to true.
    #[serde(rename = "includeEmailInRedirect")]
    pub include_email_in_redirect: Option<bool>,
    /// Whether the template is enabled (true) or disabled (false).
    #[send_null]
    pub enabled: Option<bool>,
}

/// Patch an email template
///
/// `PATCH /email-templates/{templateName}` (`patch_email-templates_by_templateName`).
#[endpoint(
    PATCH,
    "/email-templates/<template_name>",
    response = GetEmailTemplatesByTemplateName200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchEmailTemplatesByTemplateName {
    /// Template name. Can be `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password` (legacy), or `password_reset` (legacy).
    /// One of `verify_email`, `verify_email_by_code`, `reset_email`, `reset_email_by_code`, `welcome_email`, `blocked_account`, `stolen_credentials`, `enrollment_email`, `mfa_oob_code`, `user_invitation`, `change_password`, `password_reset`.
    pub template_name: GetEmailTemplatesByTemplateNameTemplateNameParameter,
    pub template: Option<PostEmailTemplatesRequestTemplate>,
    /// Body of the email template.
    pub body: Option<String>,
    /// Senders `from` email address.
    pub from: Option<String>,
    /// URL to redirect the user to after a successful action.
    #[serde(rename = "resultUrl")]
    pub result_url: Option<String>,
    /// Subject line of the email.
    pub subject: Option<String>,
    /// Syntax of the template body.
    pub syntax: Option<String>,
    /// Lifetime in seconds that the link within the email will be valid for.
    #[serde(rename = "urlLifetimeInSeconds")]
    pub url_lifetime_in_seconds: Option<f64>,
    /// Whether the `reset_email` and `verify_email` templates should include the user's email address as the `email` parameter in the returnUrl (true) or whether no email address should be included in the redirect (false). Defaults to true.
    #[serde(rename = "includeEmailInRedirect")]
    pub include_email_in_redirect: Option<bool>,
    /// Whether the template is enabled (true) or disabled (false).
    pub enabled: Option<bool>,
}
