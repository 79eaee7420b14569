//! `rules`: 5 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get rules
///
/// `GET /rules` (`get_rules`).
#[endpoint(
    GET,
    "/rules",
    response = GetRules200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetRules {
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Optional filter on whether a rule is enabled (true) or disabled (false).
    #[query]
    pub enabled: Option<bool>,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Create a rule
///
/// `POST /rules` (`post_rules`).
#[endpoint(POST, "/rules", response = Rule, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostRules {
    /// Name of this rule.
    pub name: String,
    /// Code to be executed when this rule runs.
    pub script: String,
    /// Order that this rule should execute in relative to other rules. Lower-valued rules execute first.
    pub order: Option<f64>,
    /// Whether the rule is enabled (true), or disabled (false).
    pub enabled: Option<bool>,
}

/// Get a rule
///
/// `GET /rules/{id}` (`get_rules_by_id`).
#[endpoint(GET, "/rules/<id>", response = Rule, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetRulesById {
    /// ID of the rule to retrieve.
    pub id: String,
    /// Comma-separated list of fields to include or exclude (based on value provided for include_fields) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (true) or excluded (false).
    #[query]
    pub include_fields: Option<bool>,
}

/// Delete a rule
///
/// `DELETE /rules/{id}` (`delete_rules_by_id`).
#[endpoint(DELETE, "/rules/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteRulesById {
    /// ID of the rule to delete.
    pub id: String,
}

/// Update a rule
///
/// `PATCH /rules/{id}` (`patch_rules_by_id`).
#[endpoint(PATCH, "/rules/<id>", response = Rule, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchRulesById {
    /// ID of the rule to retrieve.
    pub id: String,
    /// Code to be executed when this rule runs.
    pub script: Option<String>,
    /// Name of this rule.
    pub name: Option<String>,
    /// Order that this rule should execute in relative to other rules. Lower-valued rules execute first.
    pub order: Option<f64>,
    /// Whether the rule is enabled (true), or disabled (false).
    pub enabled: Option<bool>,
}
