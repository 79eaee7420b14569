//! `custom_domains`: 6 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get custom domains configurations
///
/// `GET /custom-domains` (`get_custom-domains`).
#[endpoint(GET, "/custom-domains", response = Vec<CustomDomain>, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetCustomDomains {}
/// Configure a new custom domain
///
/// `POST /custom-domains` (`post_custom-domains`).
#[endpoint(
    POST,
    "/custom-domains",
    response = PostCustomDomains201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostCustomDomains {
    /// Domain name.
    pub domain: String,
    pub r#type: PostCustomDomainsRequestType,
    pub verification_method: Option<PostCustomDomainsRequestVerificationMethod>,
    pub tls_policy: Option<PostCustomDomainsRequestTlsPolicy>,
    pub custom_client_ip_header: Option<PostCustomDomainsRequestCustomClientIpHeader>,
}

/// Get custom domain configuration
///
/// `GET /custom-domains/{id}` (`get_custom-domains_by_id`).
#[endpoint(GET, "/custom-domains/<id>", response = CustomDomain, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetCustomDomainsById {
    /// ID of the custom domain to retrieve.
    pub id: String,
}

/// Delete custom domain configuration
///
/// `DELETE /custom-domains/{id}` (`delete_custom-domains_by_id`).
#[endpoint(DELETE, "/custom-domains/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteCustomDomainsById {
    /// ID of the custom domain to delete.
    pub id: String,
}

/// Update custom domain configuration
///
/// `PATCH /custom-domains/{id}` (`patch_custom-domains_by_id`).
#[endpoint(
    PATCH,
    "/custom-domains/<id>",
    response = PostCustomDomains201Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchCustomDomainsById {
    /// The id of the custom domain to update
    pub id: String,
    pub tls_policy: Option<PatchCustomDomainsByIdRequestTlsPolicy>,
    pub custom_client_ip_header: Option<
        PatchCustomDomainsByIdRequestCustomClientIpHeader,
    >,
}

/// Verify a custom domain
///
/// `POST /custom-domains/{id}/verify` (`post_verify`).
#[endpoint(
    POST,
    "/custom-domains/<id>/verify",
    response = PostVerify200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostVerify {
    /// ID of the custom domain to verify.
    pub id: String,
}
