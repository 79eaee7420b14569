//! `keys`: 4 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get all Application Signing Keys
///
/// `GET /keys/signing` (`get_signing_keys`).
#[endpoint(
    GET,
    "/keys/signing",
    response = Vec<GetSigningKeys200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetSigningKeys {}
/// Rotate the Application Signing Key
///
/// `POST /keys/signing/rotate` (`post_signing_keys`).
#[endpoint(
    POST,
    "/keys/signing/rotate",
    response = PostSigningKeys201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostSigningKeys {}
/// Get an Application Signing Key by its key id
///
/// `GET /keys/signing/{kid}` (`get_signing_key`).
#[endpoint(
    GET,
    "/keys/signing/<kid>",
    response = GetSigningKeys200ResponseInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetSigningKey {
    /// Key id of the key to retrieve
    pub kid: String,
}

/// Revoke an Application Signing Key by its key id
///
/// `PUT /keys/signing/{kid}/revoke` (`put_signing_keys`).
#[endpoint(
    PUT,
    "/keys/signing/<kid>/revoke",
    response = PutSigningKeys200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutSigningKeys {
    /// Key id of the key to revoke
    pub kid: String,
}
