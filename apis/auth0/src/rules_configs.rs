//! `rules_configs`: 3 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Retrieve config variable keys for rules (get_rules-configs)
///
/// `GET /rules-configs` (`get_rules-configs`).
#[endpoint(
    GET,
    "/rules-configs",
    response = Vec<GetRulesConfigs200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetRulesConfigs {}
/// Set rules config for a given key
///
/// `PUT /rules-configs/{key}` (`put_rules-configs_by_key`).
#[endpoint(
    PUT,
    "/rules-configs/<key>",
    response = PutRulesConfigsByKey200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PutRulesConfigsByKey {
    /// Key of the rules config variable to set (max length: 127 characters).
    pub key: String,
    /// Value for a rules config variable.
    pub value: String,
}

/// Delete rules config for a given key
///
/// `DELETE /rules-configs/{key}` (`delete_rules-configs_by_key`).
#[endpoint(DELETE, "/rules-configs/<key>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteRulesConfigsByKey {
    /// Key of the rules config variable to delete.
    pub key: String,
}
