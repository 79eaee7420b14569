//! `hooks`: 9 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get hooks
///
/// `GET /hooks` (`get_hooks`).
#[endpoint(
    GET,
    "/hooks",
    response = GetHooks200Response,
    error = ApiError,
    paginate = offset(page = page, per_page = per_page)
)]
#[derive(Debug, Clone, Default)]
pub struct GetHooks {
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page.
    #[query]
    pub per_page: Option<i64>,
    /// Return results inside an object that contains the total result count (true) or as a direct array of results (false, default).
    #[query]
    pub include_totals: Option<bool>,
    /// Optional filter on whether a hook is enabled (true) or disabled (false).
    #[query]
    pub enabled: Option<bool>,
    /// Comma-separated list of fields to include in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Retrieves hooks that match the trigger
    /// One of `credentials-exchange`, `pre-user-registration`, `post-user-registration`, `post-change-password`, `send-phone-message`.
    #[query]
    #[serde(rename = "triggerId")]
    pub trigger_id: Option<GetHooksTriggerIdParameter>,
}

/// Create a hook
///
/// `POST /hooks` (`post_hooks`).
#[endpoint(POST, "/hooks", response = Hook, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostHooks {
    /// Name of this hook.
    pub name: String,
    /// Code to be executed when this hook runs.
    pub script: String,
    /// Whether this hook will be executed (true) or ignored (false).
    pub enabled: Option<bool>,
    /// Dependencies of this hook used by webtask server.
    pub dependencies: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(rename = "triggerId")]
    pub trigger_id: HookCreateTriggerId,
}

/// Get a hook
///
/// `GET /hooks/{id}` (`get_hooks_by_id`).
#[endpoint(GET, "/hooks/<id>", response = Hook, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetHooksById {
    /// ID of the hook to retrieve.
    pub id: String,
    /// Comma-separated list of fields to include in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
}

/// Delete a hook
///
/// `DELETE /hooks/{id}` (`delete_hooks_by_id`).
#[endpoint(DELETE, "/hooks/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteHooksById {
    /// ID of the hook to delete.
    pub id: String,
}

/// Update a hook
///
/// `PATCH /hooks/{id}` (`patch_hooks_by_id`).
#[endpoint(PATCH, "/hooks/<id>", response = Hook, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchHooksById {
    /// ID of the hook to update.
    pub id: String,
    /// Name of this hook.
    pub name: Option<String>,
    /// Code to be executed when this hook runs.
    pub script: Option<String>,
    /// Whether this hook will be executed (true) or ignored (false).
    pub enabled: Option<bool>,
    /// Dependencies of this hook used by webtask server.
    pub dependencies: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Get hook secrets
///
/// `GET /hooks/{id}/secrets` (`get_secrets`).
#[endpoint(
    GET,
    "/hooks/<id>/secrets",
    response = serde_json::Map<String,
    serde_json::Value>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetSecrets {
    /// ID of the hook to retrieve secrets from.
    pub id: String,
}

/// Add hook secrets
///
/// `POST /hooks/{id}/secrets` (`post_secrets`).
#[endpoint(POST, "/hooks/<id>/secrets", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostSecrets {
    /// The id of the hook to retrieve
    pub id: String,
    #[body]
    pub body: serde_json::Map<String, serde_json::Value>,
}

/// Delete hook secrets
///
/// `DELETE /hooks/{id}/secrets` (`delete_secrets`).
#[endpoint(DELETE, "/hooks/<id>/secrets", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteSecrets {
    /// ID of the hook whose secrets to delete.
    pub id: String,
    #[body]
    pub body: Vec<String>,
}

/// Update hook secrets
///
/// `PATCH /hooks/{id}/secrets` (`patch_secrets`).
#[endpoint(PATCH, "/hooks/<id>/secrets", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PatchSecrets {
    /// ID of the hook whose secrets to update.
    pub id: String,
    #[body]
    pub body: serde_json::Map<String, serde_json::Value>,
}
