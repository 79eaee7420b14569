//! `resource_servers`: 5 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get resource servers
///
/// `GET /resource-servers` (`get_resource-servers`).
#[endpoint(
    GET,
    "/resource-servers",
    response = GetResourceServers200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetResourceServers {
    /// An optional filter on the resource server identifier. Must be URL encoded and may be specified multiple times (max 10).e.g. ../resource-servers?identifiers=id1&identifiers=id2
    #[query]
    pub identifiers: Option<Vec<String>>,
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Create a resource server
///
/// `POST /resource-servers` (`post_resource-servers`).
#[endpoint(POST, "/resource-servers", response = ResourceServer, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostResourceServers {
    /// Friendly name for this resource server. Can not contain `` characters.
    pub name: Option<String>,
    /// Unique identifier for the API used as the audience parameter on authorization calls. Can not be changed once set.
    pub identifier: String,
    /// List of permissions (scopes) that this API uses.
    pub scopes: Option<Vec<Scope>>,
    pub signing_alg: Option<ClientJwtConfigurationAlg>,
    /// Secret used to sign tokens when using symmetric algorithms (HS256).
    pub signing_secret: Option<String>,
    /// Whether refresh tokens can be issued for this API (true) or not (false).
    pub allow_offline_access: Option<bool>,
    /// Expiration value (in seconds) for access tokens issued for this API from the token endpoint.
    pub token_lifetime: Option<i64>,
    pub token_dialect: Option<ResourceServerCreateTokenDialect>,
    /// Whether to skip user consent for applications flagged as first party (true) or not (false).
    pub skip_consent_for_verifiable_first_party_clients: Option<bool>,
    /// Whether to enforce authorization policies (true) or to ignore them (false).
    pub enforce_policies: Option<bool>,
    pub client: Option<serde_json::Map<String, serde_json::Value>>,
    pub token_encryption: Option<ResourceServerTokenEncryption>,
    pub consent_policy: Option<ResourceServerConsentPolicy>,
    pub authorization_details: Option<Vec<serde_json::Value>>,
    pub proof_of_possession: Option<ResourceServerProofOfPossession>,
}

/// Get a resource server
///
/// `GET /resource-servers/{id}` (`get_resource-servers_by_id`).
#[endpoint(GET, "/resource-servers/<id>", response = ResourceServer, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetResourceServersById {
    /// ID or audience of the resource server to retrieve.
    pub id: String,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Delete a resource server
///
/// `DELETE /resource-servers/{id}` (`delete_resource-servers_by_id`).
#[endpoint(DELETE, "/resource-servers/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteResourceServersById {
    /// ID or the audience of the resource server to delete.
    pub id: String,
}

/// Update a resource server
///
/// `PATCH /resource-servers/{id}` (`patch_resource-servers_by_id`).
#[endpoint(PATCH, "/resource-servers/<id>", response = ResourceServer, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchResourceServersById {
    /// ID or audience of the resource server to update.
    pub id: String,
    /// Friendly name for this resource server. Can not contain `` characters.
    pub name: Option<String>,
    /// List of permissions (scopes) that this API uses.
    pub scopes: Option<Vec<Scope>>,
    pub signing_alg: Option<ClientJwtConfigurationAlg>,
    /// Secret used to sign tokens when using symmetric algorithms (HS256).
    pub signing_secret: Option<String>,
    /// Whether to skip user consent for applications flagged as first party (true) or not (false).
    pub skip_consent_for_verifiable_first_party_clients: Option<bool>,
    /// Whether refresh tokens can be issued for this API (true) or not (false).
    pub allow_offline_access: Option<bool>,
    /// Expiration value (in seconds) for access tokens issued for this API from the token endpoint.
    pub token_lifetime: Option<i64>,
    pub token_dialect: Option<ResourceServerCreateTokenDialect>,
    /// Whether authorization policies are enforced (true) or not enforced (false).
    pub enforce_policies: Option<bool>,
    pub client: Option<serde_json::Map<String, serde_json::Value>>,
    pub token_encryption: Option<ResourceServerTokenEncryption>,
    pub consent_policy: Option<ResourceServerConsentPolicy>,
    pub authorization_details: Option<Vec<serde_json::Value>>,
    pub proof_of_possession: Option<ResourceServerProofOfPossession>,
}
