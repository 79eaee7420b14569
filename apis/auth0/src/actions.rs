//! `actions`: 14 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get actions
///
/// `GET /actions/actions` (`get_actions`).
#[endpoint(GET, "/actions/actions", response = GetActions200Response, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetActions {
    /// An actions extensibility point.
    #[query]
    #[serde(rename = "triggerId")]
    pub trigger_id: Option<String>,
    /// The name of the action to retrieve.
    #[query]
    #[serde(rename = "actionName")]
    pub action_name: Option<String>,
    /// Optional filter to only retrieve actions that are deployed.
    #[query]
    pub deployed: Option<bool>,
    /// Use this field to request a specific page of the list results.
    #[query]
    pub page: Option<f64>,
    /// The maximum number of results to be returned by the server in single response. 20 by default
    #[query]
    pub per_page: Option<f64>,
    /// Optional. When true, return only installed actions. When false, return only custom actions. Returns all actions by default.
    #[query]
    pub installed: Option<bool>,
}

/// Create an action
///
/// `POST /actions/actions` (`post_action`).
#[endpoint(
    POST,
    "/actions/actions",
    response = GetActions200ResponseActionsInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostAction {
    /// The name of an action.
    pub name: String,
    /// The list of triggers that this action supports. At this time, an action can only target a single trigger at a time.
    pub supported_triggers: Vec<GetActions200ResponseActionsInnerSupportedTriggersInner>,
    /// The source code of the action.
    pub code: Option<String>,
    /// The list of third party npm modules, and their versions, that this action depends on.
    pub dependencies: Option<Vec<GetActions200ResponseActionsInnerDependenciesInner>>,
    /// The Node runtime. For example: `node12`, defaults to `node12`
    pub runtime: Option<String>,
    /// The list of secrets that are included in an action or a version of an action.
    pub secrets: Option<Vec<PostActionRequestSecretsInner>>,
}

/// Get an action's versions
///
/// `GET /actions/actions/{actionId}/versions` (`get_action_versions`).
#[endpoint(
    GET,
    "/actions/actions/<action_id>/versions",
    response = GetActionVersions200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetActionVersions {
    /// The ID of the action.
    pub action_id: String,
    /// Use this field to request a specific page of the list results.
    #[query]
    pub page: Option<f64>,
    /// This field specify the maximum number of results to be returned by the server. 20 by default
    #[query]
    pub per_page: Option<f64>,
}

/// Get a specific version of an action
///
/// `GET /actions/actions/{actionId}/versions/{id}` (`get_action_version`).
#[endpoint(
    GET,
    "/actions/actions/<action_id>/versions/<id>",
    response = GetActionVersions200ResponseVersionsInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetActionVersion {
    /// The ID of the action.
    pub action_id: String,
    /// The ID of the action version.
    pub id: String,
}

/// Roll back to a previous action version
///
/// `POST /actions/actions/{actionId}/versions/{id}/deploy` (`post_deploy_draft_version`).
#[endpoint(
    POST,
    "/actions/actions/<action_id>/versions/<id>/deploy",
    response = GetActionVersions200ResponseVersionsInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostDeployDraftVersion {
    /// The ID of an action version.
    pub id: String,
    /// The ID of an action.
    pub action_id: String,
    #[body]
    pub body: PostDeployDraftVersionRequest,
}

/// Get an action
///
/// `GET /actions/actions/{id}` (`get_action`).
#[endpoint(
    GET,
    "/actions/actions/<id>",
    response = GetActions200ResponseActionsInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetAction {
    /// The ID of the action to retrieve.
    pub id: String,
}

/// Delete an action
///
/// `DELETE /actions/actions/{id}` (`delete_action`).
#[endpoint(DELETE, "/actions/actions/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteAction {
    /// The ID of the action to delete.
    pub id: String,
    /// Force action deletion detaching bindings
    #[query]
    pub force: Option<bool>,
}

/// Update an action
///
/// `PATCH /actions/actions/{id}` (`patch_action`).
#[endpoint(
    PATCH,
    "/actions/actions/<id>",
    response = GetActions200ResponseActionsInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchAction {
    /// The id of the action to update.
    pub id: String,
    /// The name of an action.
    pub name: Option<String>,
    /// The list of triggers that this action supports. At this time, an action can only target a single trigger at a time.
    pub supported_triggers: Option<
        Vec<GetActions200ResponseActionsInnerSupportedTriggersInner>,
    >,
    /// The source code of the action.
    pub code: Option<String>,
    /// The list of third party npm modules, and their versions, that this action depends on.
    pub dependencies: Option<Vec<GetActions200ResponseActionsInnerDependenciesInner>>,
    /// The Node runtime. For example: `node12`, defaults to `node12`
    pub runtime: Option<String>,
    /// The list of secrets that are included in an action or a version of an action.
    pub secrets: Option<Vec<PostActionRequestSecretsInner>>,
}

/// Deploy an action
///
/// `POST /actions/actions/{id}/deploy` (`post_deploy_action`).
#[endpoint(
    POST,
    "/actions/actions/<id>/deploy",
    response = GetActionVersions200ResponseVersionsInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostDeployAction {
    /// The ID of an action.
    pub id: String,
}

/// Test an Action
///
/// `POST /actions/actions/{id}/test` (`post_test_action`).
#[endpoint(
    POST,
    "/actions/actions/<id>/test",
    response = PostTestAction200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostTestAction {
    /// The id of the action to test.
    pub id: String,
    /// The payload for the action.
    pub payload: serde_json::Map<String, serde_json::Value>,
}

/// Get an execution
///
/// `GET /actions/executions/{id}` (`get_execution`).
#[endpoint(
    GET,
    "/actions/executions/<id>",
    response = GetExecution200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetExecution {
    /// The ID of the execution to retrieve.
    pub id: String,
}

/// Get triggers
///
/// `GET /actions/triggers` (`get_triggers`).
#[endpoint(
    GET,
    "/actions/triggers",
    response = GetTriggers200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetTriggers {}
/// Get trigger bindings
///
/// `GET /actions/triggers/{triggerId}/bindings` (`get_bindings`).
#[endpoint(
    GET,
    "/actions/triggers/<trigger_id>/bindings",
    response = GetBindings200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetBindings {
    /// An actions extensibility point.
    pub trigger_id: String,
    /// Use this field to request a specific page of the list results.
    #[query]
    pub page: Option<f64>,
    /// The maximum number of results to be returned in a single request. 20 by default
    #[query]
    pub per_page: Option<f64>,
}

/// Update trigger bindings
///
/// `PATCH /actions/triggers/{triggerId}/bindings` (`patch_bindings`).
#[endpoint(
    PATCH,
    "/actions/triggers/<trigger_id>/bindings",
    response = PatchBindings200Response,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchBindings {
    /// An actions extensibility point.
    pub trigger_id: String,
    /// The actions that will be bound to this trigger. The order in which they are included will be the order in which they are executed.
    pub bindings: Option<Vec<PatchBindingsRequestBindingsInner>>,
}
