//! `attack_protection`: 6 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get Breached Password Detection settings
///
/// `GET /attack-protection/breached-password-detection` (`get_breached-password-detection`).
#[endpoint(
    GET,
    "/attack-protection/breached-password-detection",
    response = GetBreachedPasswordDetection200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetBreachedPasswordDetection {}
/// Update Breached Password Detection settings
///
/// `PATCH /attack-protection/breached-password-detection` (`patch_breached-password-detection`).
#[endpoint(
    PATCH,
    "/attack-protection/breached-password-detection",
    response = GetBreachedPasswordDetection200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchBreachedPasswordDetection {
    /// Whether or not breached password detection is active.
    pub enabled: Option<bool>,
    /// Action to take when a breached password is detected during a login.
    /// Possible values: `block`, `user_notification`, `admin_notification`.
    pub shields: Option<Vec<GetBreachedPasswordDetection200ResponseShieldsInner>>,
    /// When "admin_notification" is enabled, determines how often email notifications are sent.
    /// Possible values: `immediately`, `daily`, `weekly`, `monthly`.
    pub admin_notification_frequency: Option<
        Vec<GetBreachedPasswordDetection200ResponseAdminNotificationFrequencyInner>,
    >,
    pub method: Option<GetBreachedPasswordDetection200ResponseMethod>,
    pub stage: Option<GetBreachedPasswordDetection200ResponseStage>,
}

/// Get Brute-force settings
///
/// `GET /attack-protection/brute-force-protection` (`get_brute-force-protection`).
#[endpoint(
    GET,
    "/attack-protection/brute-force-protection",
    response = GetBruteForceProtection200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetBruteForceProtection {}
/// Update Brute-force settings
///
/// `PATCH /attack-protection/brute-force-protection` (`patch_brute-force-protection`).
#[endpoint(
    PATCH,
    "/attack-protection/brute-force-protection",
    response = GetBruteForceProtection200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchBruteForceProtection {
    /// Whether or not brute force attack protections are active.
    pub enabled: Option<bool>,
    /// Action to take when a brute force protection threshold is violated.
    /// Possible values: `block`, `user_notification`.
    pub shields: Option<Vec<GetBruteForceProtection200ResponseShieldsInner>>,
    /// List of trusted IP addresses that will not have attack protection enforced against them.
    pub allowlist: Option<Vec<GetBruteForceProtection200ResponseAllowlistInner>>,
    pub mode: Option<GetBruteForceProtection200ResponseMode>,
    /// Maximum number of unsuccessful attempts.
    pub max_attempts: Option<i64>,
}

/// Get Suspicious IP Throttling settings
///
/// `GET /attack-protection/suspicious-ip-throttling` (`get_suspicious-ip-throttling`).
#[endpoint(
    GET,
    "/attack-protection/suspicious-ip-throttling",
    response = GetSuspiciousIpThrottling200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetSuspiciousIpThrottling {}
/// Update Suspicious IP Throttling settings
///
/// `PATCH /attack-protection/suspicious-ip-throttling` (`patch_suspicious-ip-throttling`).
#[endpoint(
    PATCH,
    "/attack-protection/suspicious-ip-throttling",
    response = GetSuspiciousIpThrottling200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchSuspiciousIpThrottling {
    /// Whether or not suspicious IP throttling attack protections are active.
    pub enabled: Option<bool>,
    /// Action to take when a suspicious IP throttling threshold is violated.
    /// Possible values: `block`, `admin_notification`.
    pub shields: Option<
        Vec<GetBreachedPasswordDetection200ResponseStagePreUserRegistrationShieldsInner>,
    >,
    /// List of trusted IP addresses that will not have attack protection enforced against them.
    pub allowlist: Option<Vec<GetBruteForceProtection200ResponseAllowlistInner>>,
    pub stage: Option<GetSuspiciousIpThrottling200ResponseStage>,
}
