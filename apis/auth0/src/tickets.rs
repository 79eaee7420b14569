//! `tickets`: 2 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Create an email verification ticket
///
/// `POST /tickets/email-verification` (`post_email-verification`).
#[endpoint(
    POST,
    "/tickets/email-verification",
    response = PostEmailVerification201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostEmailVerification {
    /// URL the user will be redirected to in the classic Universal Login experience once the ticket is used.
    pub result_url: Option<String>,
    /// user_id of for whom the ticket should be created.
    pub user_id: String,
    /// ID of the client (application). If provided for tenants using the New Universal Login experience, the email template and UI displays application details, and the user is prompted to redirect to the application's default login route after the ticket is used. client_id is required to use the Password Reset Post Challenge trigger.
    pub client_id: Option<String>,
    /// (Optional) Organization ID – the ID of the Organization. If provided, organization parameters will be made available to the email template and organization branding will be applied to the prompt. In addition, the redirect link in the prompt will include organization_id and organization_name query string parameters.
    pub organization_id: Option<String>,
    /// Number of seconds for which the ticket is valid before expiration. If unspecified or set to 0, this value defaults to 432000 seconds (5 days).
    pub ttl_sec: Option<i64>,
    /// Whether to include the email address as part of the returnUrl in the reset_email (true), or not (false).
    #[serde(rename = "includeEmailInRedirect")]
    pub include_email_in_redirect: Option<bool>,
    pub identity: Option<PostVerificationEmailRequestIdentity>,
}

/// Create a password change ticket
///
/// `POST /tickets/password-change` (`post_password-change`).
#[endpoint(
    POST,
    "/tickets/password-change",
    response = PostPasswordChange201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostPasswordChange {
    /// URL the user will be redirected to in the classic Universal Login experience once the ticket is used.
    pub result_url: Option<String>,
    /// user_id of for whom the ticket should be created.
    pub user_id: Option<String>,
    /// ID of the client (application). If provided for tenants using the New Universal Login experience, the email template and UI displays application details, and the user is prompted to redirect to the application's default login route after the ticket is used. client_id is required to use the Password Reset Post Challenge trigger.
    pub client_id: Option<String>,
    /// (Optional) Organization ID – the ID of the Organization. If provided, organization parameters will be made available to the email template and organization branding will be applied to the prompt. In addition, the redirect link in the prompt will include organization_id and organization_name query string parameters.
    pub organization_id: Option<String>,
    /// ID of the connection. If provided, allows the user to be specified using email instead of user_id. If you set this value, you must also send the email parameter. You cannot send user_id when specifying a connection_id.
    pub connection_id: Option<String>,
    /// Email address of the user for whom the tickets should be created. Requires the connection_id parameter. Cannot be specified when using user_id.
    pub email: Option<String>,
    /// Number of seconds for which the ticket is valid before expiration. If unspecified or set to 0, this value defaults to 432000 seconds (5 days).
    pub ttl_sec: Option<i64>,
    /// Whether to set the email_verified attribute to true (true) or whether it should not be updated (false).
    pub mark_email_as_verified: Option<bool>,
    /// Whether to include the email address as part of the returnUrl in the reset_email (true), or not (false).
    #[serde(rename = "includeEmailInRedirect")]
    pub include_email_in_redirect: Option<bool>,
}
