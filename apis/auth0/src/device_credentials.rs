//! `device_credentials`: 3 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Retrieve device credentials
///
/// `GET /device-credentials` (`get_device-credentials`).
#[endpoint(
    GET,
    "/device-credentials",
    response = GetDeviceCredentials200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page, cap = 1000)
)]
#[derive(Debug, Clone, Default)]
pub struct GetDeviceCredentials {
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page.  There is a maximum of 1000 results allowed from this endpoint.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
    /// user_id of the devices to retrieve.
    #[query]
    pub user_id: Option<String>,
    /// client_id of the devices to retrieve.
    #[query]
    pub client_id: Option<String>,
    /// Type of credentials to retrieve. Must be `public_key`, `refresh_token` or `rotating_refresh_token`. The property will default to `refresh_token` when paging is requested
    /// One of `public_key`, `refresh_token`, `rotating_refresh_token`.
    #[query]
    pub r#type: Option<GetDeviceCredentialsTypeParameter>,
}

/// Create a device public key credential
///
/// `POST /device-credentials` (`post_device-credentials`).
#[endpoint(
    POST,
    "/device-credentials",
    response = PostDeviceCredentials201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostDeviceCredentials {
    /// Name for this device easily recognized by owner.
    pub device_name: String,
    pub r#type: DeviceCredentialCreateType,
    /// Base64 encoded string containing the credential.
    pub value: String,
    /// Unique identifier for the device. Recommend using Android_ID on Android and identifierForVendor.
    pub device_id: String,
    /// client_id of the client (application) this credential is for.
    pub client_id: Option<String>,
}

/// Delete a device credential
///
/// `DELETE /device-credentials/{id}` (`delete_device-credentials_by_id`).
#[endpoint(DELETE, "/device-credentials/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteDeviceCredentialsById {
    /// ID of the credential to delete.
    pub id: String,
}
