//! `guardian`: 31 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Create a multi-factor authentication enrollment ticket
///
/// `POST /guardian/enrollments/ticket` (`post_ticket`).
#[endpoint(
    POST,
    "/guardian/enrollments/ticket",
    response = PostTicket200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostTicket {
    /// user_id for the enrollment ticket
    pub user_id: String,
    /// alternate email to which the enrollment email will be sent. Optional - by default, the email will be sent to the user's default address
    pub email: Option<String>,
    /// Send an email to the user to start the enrollment
    pub send_mail: Option<bool>,
    /// Optional. Specify the locale of the enrollment email. Used with send_email.
    pub email_locale: Option<String>,
}

/// Get a multi-factor authentication enrollment
///
/// `GET /guardian/enrollments/{id}` (`get_enrollments_by_id`).
#[endpoint(GET, "/guardian/enrollments/<id>", response = Enrollment, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetEnrollmentsById {
    /// ID of the enrollment to be retrieve.
    pub id: String,
}

/// Delete a multi-factor authentication enrollment
///
/// `DELETE /guardian/enrollments/{id}` (`delete_enrollments_by_id`).
#[endpoint(DELETE, "/guardian/enrollments/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteEnrollmentsById {
    /// ID of the enrollment to be deleted.
    pub id: String,
}

/// Get Factors and multi-factor authentication details
///
/// `GET /guardian/factors` (`get_factors`).
#[endpoint(GET, "/guardian/factors", response = Vec<Factor>, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetFactors {}
/// Get Enabled Phone Factors
///
/// `GET /guardian/factors/phone/message-types` (`get_message-types`).
#[endpoint(
    GET,
    "/guardian/factors/phone/message-types",
    response = GetMessageTypes200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetMessageTypes {}
/// Update the Enabled Phone Factors
///
/// `PUT /guardian/factors/phone/message-types` (`put_message-types`).
#[endpoint(
    PUT,
    "/guardian/factors/phone/message-types",
    response = GetMessageTypes200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutMessageTypes {
    /// The list of phone factors to enable on the tenant. Can include `sms` and `voice`.
    pub message_types: Vec<GetMessageTypes200ResponseMessageTypesInner>,
}

/// Get Twilio configuration
///
/// `GET /guardian/factors/phone/providers/twilio` (`get_phone_twilio_factor_provider`).
#[endpoint(
    GET,
    "/guardian/factors/phone/providers/twilio",
    response = TwilioFactorProvider,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetPhoneTwilioFactorProvider {}
/// Update Twilio configuration
///
/// `PUT /guardian/factors/phone/providers/twilio` (`put_twilio`).
#[endpoint(
    PUT,
    "/guardian/factors/phone/providers/twilio",
    response = TwilioFactorProvider,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutTwilio {
    /// From number
    pub from: Option<String>,
    /// Copilot SID
    pub messaging_service_sid: Option<String>,
    /// Twilio Authentication token
    pub auth_token: Option<String>,
    /// Twilio SID
    pub sid: Option<String>,
}

/// Get phone provider configuration
///
/// `GET /guardian/factors/phone/selected-provider` (`get_guardian_phone_providers`).
#[endpoint(
    GET,
    "/guardian/factors/phone/selected-provider",
    response = GetGuardianPhoneProviders200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetGuardianPhoneProviders {}
/// Update phone provider configuration
///
/// `PUT /guardian/factors/phone/selected-provider` (`put_phone_providers`).
#[endpoint(
    PUT,
    "/guardian/factors/phone/selected-provider",
    response = GetGuardianPhoneProviders200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutPhoneProviders {
    pub provider: GetGuardianPhoneProviders200ResponseProvider,
}

/// Get Enrollment and Verification Phone Templates
///
/// `GET /guardian/factors/phone/templates` (`get_factor_phone_templates`).
#[endpoint(
    GET,
    "/guardian/factors/phone/templates",
    response = TemplateMessages,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetFactorPhoneTemplates {}
/// Update Enrollment and Verification Phone Templates
///
/// `PUT /guardian/factors/phone/templates` (`put_factor_phone_templates`).
#[endpoint(
    PUT,
    "/guardian/factors/phone/templates",
    response = TemplateMessages,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutFactorPhoneTemplates {
    /// Message sent to the user when they are invited to enroll with a phone number.
    pub enrollment_message: String,
    /// Message sent to the user when they are prompted to verify their account.
    pub verification_message: String,
}

/// Get APNS push notification configuration
///
/// `GET /guardian/factors/push-notification/providers/apns` (`get_apns`).
#[endpoint(
    GET,
    "/guardian/factors/push-notification/providers/apns",
    response = GetApns200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetApns {}
/// Update APNS configuration
///
/// `PUT /guardian/factors/push-notification/providers/apns` (`put_apns`).
#[endpoint(
    PUT,
    "/guardian/factors/push-notification/providers/apns",
    response = PutApns200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutApns {
    pub sandbox: Option<bool>,
    pub bundle_id: Option<String>,
    pub p12: Option<String>,
}

/// Update APNs provider configuration
///
/// `PATCH /guardian/factors/push-notification/providers/apns` (`patch_apns`).
#[endpoint(
    PATCH,
    "/guardian/factors/push-notification/providers/apns",
    response = PutApns200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchApns {
    pub sandbox: Option<bool>,
    pub bundle_id: Option<String>,
    pub p12: Option<String>,
}

/// Updates FCM configuration
///
/// `PUT /guardian/factors/push-notification/providers/fcm` (`put_fcm`).
#[endpoint(
    PUT,
    "/guardian/factors/push-notification/providers/fcm",
    response = serde_json::Map<String,
    serde_json::Value>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutFcm {
    pub server_key: Option<String>,
}

/// Updates FCM configuration
///
/// `PATCH /guardian/factors/push-notification/providers/fcm` (`patch_fcm`).
#[endpoint(
    PATCH,
    "/guardian/factors/push-notification/providers/fcm",
    response = serde_json::Map<String,
    serde_json::Value>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchFcm {
    pub server_key: Option<String>,
}

/// Get AWS SNS configuration
///
/// `GET /guardian/factors/push-notification/providers/sns` (`get_sns`).
#[endpoint(
    GET,
    "/guardian/factors/push-notification/providers/sns",
    response = SnsFactorProvider,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetSns {}
/// Update AWS SNS configuration
///
/// `PUT /guardian/factors/push-notification/providers/sns` (`put_sns`).
#[endpoint(
    PUT,
    "/guardian/factors/push-notification/providers/sns",
    response = PutSnsRequest,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutSns {
    pub aws_access_key_id: Option<String>,
    pub aws_secret_access_key: Option<String>,
    pub aws_region: Option<String>,
    pub sns_apns_platform_application_arn: Option<String>,
    pub sns_gcm_platform_application_arn: Option<String>,
}

/// Update AWS SNS configuration
///
/// `PATCH /guardian/factors/push-notification/providers/sns` (`patch_sns`).
#[endpoint(
    PATCH,
    "/guardian/factors/push-notification/providers/sns",
    response = PutSnsRequest,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchSns {
    pub aws_access_key_id: Option<String>,
    pub aws_secret_access_key: Option<String>,
    pub aws_region: Option<String>,
    pub sns_apns_platform_application_arn: Option<String>,
    pub sns_gcm_platform_application_arn: Option<String>,
}

/// Get push notification provider
///
/// `GET /guardian/factors/push-notification/selected-provider` (`get_pn_providers`).
#[endpoint(
    GET,
    "/guardian/factors/push-notification/selected-provider",
    response = GetPnProviders200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetPnProviders {}
/// Update Push Notification configuration
///
/// `PUT /guardian/factors/push-notification/selected-provider` (`put_pn_providers`).
#[endpoint(
    PUT,
    "/guardian/factors/push-notification/selected-provider",
    response = GetPnProviders200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutPnProviders {
    pub provider: GetPnProviders200ResponseProvider,
}

/// Get Twilio SMS configuration
///
/// `GET /guardian/factors/sms/providers/twilio` (`get_sms_twilio_factor_provider`).
#[endpoint(
    GET,
    "/guardian/factors/sms/providers/twilio",
    response = SmsTwilioFactorProvider,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetSmsTwilioFactorProvider {}
/// Update Twilio SMS configuration
///
/// `PUT /guardian/factors/sms/providers/twilio` (`put_sms_twilio_factor_provider`).
#[endpoint(
    PUT,
    "/guardian/factors/sms/providers/twilio",
    response = SmsTwilioFactorProvider,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutSmsTwilioFactorProvider {
    /// From number
    pub from: Option<String>,
    /// Copilot SID
    pub messaging_service_sid: Option<String>,
    /// Twilio Authentication token
    pub auth_token: Option<String>,
    /// Twilio SID
    pub sid: Option<String>,
}

/// Get SMS configuration
///
/// `GET /guardian/factors/sms/selected-provider` (`get_sms_providers`).
#[endpoint(
    GET,
    "/guardian/factors/sms/selected-provider",
    response = GetGuardianPhoneProviders200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetSmsProviders {}
/// Update SMS configuration
///
/// `PUT /guardian/factors/sms/selected-provider` (`put_sms_providers`).
#[endpoint(
    PUT,
    "/guardian/factors/sms/selected-provider",
    response = GetGuardianPhoneProviders200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutSmsProviders {
    pub provider: GetGuardianPhoneProviders200ResponseProvider,
}

/// Get SMS enrollment and verification templates
///
/// `GET /guardian/factors/sms/templates` (`get_factor_sms_templates`).
#[endpoint(
    GET,
    "/guardian/factors/sms/templates",
    response = TemplateMessages,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetFactorSmsTemplates {}
/// Update SMS enrollment and verification templates
///
/// `PUT /guardian/factors/sms/templates` (`put_factor_sms_templates`).
#[endpoint(
    PUT,
    "/guardian/factors/sms/templates",
    response = TemplateMessages,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutFactorSmsTemplates {
    /// Message sent to the user when they are invited to enroll with a phone number.
    pub enrollment_message: String,
    /// Message sent to the user when they are prompted to verify their account.
    pub verification_message: String,
}

/// Update multi-factor authentication type
///
/// `PUT /guardian/factors/{name}` (`put_factors_by_name`).
#[endpoint(
    PUT,
    "/guardian/factors/<name>",
    response = PutFactorsByName200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutFactorsByName {
    /// Factor name. Can be `sms`, `push-notification`, `email`, `duo` `otp` `webauthn-roaming`, `webauthn-platform`, or `recovery-code`.
    /// One of `push-notification`, `sms`, `email`, `duo`, `otp`, `webauthn-roaming`, `webauthn-platform`, `recovery-code`.
    pub name: PutFactorsByNameNameParameter,
    /// Whether this factor is enabled (true) or disabled (false).
    pub enabled: bool,
}

/// Get multi-factor authentication policies
///
/// `GET /guardian/policies` (`get_policies`).
#[endpoint(
    GET,
    "/guardian/policies",
    response = Vec<GetPolicies200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetPolicies {}
/// Update multi-factor authentication policies
///
/// `PUT /guardian/policies` (`put_policies`).
#[endpoint(
    PUT,
    "/guardian/policies",
    response = Vec<GetPolicies200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutPolicies {
    #[body]
    pub body: Vec<GetPolicies200ResponseInner>,
}
