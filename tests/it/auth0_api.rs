//! The proving ground: 38 Auth0 Management API endpoints, across every method,
//! declared from Auth0's own OpenAPI description and sent to a loopback server
//! that checks each request against that description: the method exists for the
//! path, every query parameter is one the operation takes, and every body member
//! is a property of its request schema, the required ones included.

use std::collections::BTreeMap;
use std::sync::Arc;

use restpoint::{Client, endpoint};
use serde::Serialize;
use serde_json::{Value, json};

use crate::support::{Received, Reply, Server};

const SPEC: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/import/tests/data/auth0-management-api.openapi.yaml");

// GET

#[endpoint(GET, "/api/v2/users")]
struct ListUsers<'a> {
    #[query]
    q: Option<&'a str>,
    #[query]
    search_engine: &'a str,
    #[query]
    page: u32,
    #[query]
    per_page: u32,
    #[query]
    include_totals: bool,
}

#[endpoint(GET, "/api/v2/users/<id>")]
struct GetUser<'a> {
    id: &'a str,
    #[query]
    #[serde(serialize_with = "restpoint::query::comma_separated")]
    fields: Vec<&'a str>,
    #[query]
    include_fields: bool,
}

#[endpoint(GET, "/api/v2/users-by-email")]
struct GetUsersByEmail<'a> {
    #[query]
    email: &'a str,
}

#[endpoint(GET, "/api/v2/roles")]
struct ListRoles<'a> {
    #[query]
    name_filter: Option<&'a str>,
    #[query]
    per_page: u32,
}

#[endpoint(GET, "/api/v2/users/<id>/roles")]
struct ListUserRoles<'a> {
    id: &'a str,
    #[query]
    page: u32,
}

#[endpoint(GET, "/api/v2/clients")]
struct ListClients {
    #[query]
    is_first_party: Option<bool>,
    #[query]
    #[serde(serialize_with = "restpoint::query::comma_separated")]
    app_type: Vec<&'static str>,
}

#[endpoint(GET, "/api/v2/logs")]
struct SearchLogs<'a> {
    #[query]
    q: &'a str,
    #[query]
    sort: &'a str,
    #[query]
    take: Option<u32>,
}

#[endpoint(GET, "/api/v2/stats/daily")]
struct GetDailyStats<'a> {
    #[query]
    from: &'a str,
    #[query]
    to: &'a str,
}

#[endpoint(GET, "/api/v2/connections")]
struct ListConnections<'a> {
    #[query]
    strategy: Vec<&'a str>,
    #[query]
    name: Option<&'a str>,
}

#[endpoint(GET, "/api/v2/organizations")]
struct ListOrganizations {
    #[query]
    from: Option<String>,
    #[query]
    take: u32,
}

// POST

#[endpoint(POST, "/api/v2/users")]
struct CreateUser<'a> {
    connection: &'a str,
    email: &'a str,
    password: &'a str,
    email_verified: bool,
    user_metadata: Option<Value>,
}

#[endpoint(POST, "/api/v2/roles")]
struct CreateRole<'a> {
    name: &'a str,
    description: Option<&'a str>,
}

#[endpoint(POST, "/api/v2/roles/<id>/users", response = ())]
struct AssignUsersToRole<'a> {
    id: &'a str,
    users: Vec<&'a str>,
}

#[derive(Serialize)]
struct Permission<'a> {
    resource_server_identifier: &'a str,
    permission_name: &'a str,
}

#[endpoint(POST, "/api/v2/roles/<id>/permissions", response = ())]
struct AddRolePermissions<'a> {
    id: &'a str,
    permissions: Vec<Permission<'a>>,
}

#[endpoint(POST, "/api/v2/users/<id>/roles", response = ())]
struct AssignRolesToUser<'a> {
    id: &'a str,
    roles: Vec<&'a str>,
}

#[endpoint(POST, "/api/v2/organizations")]
struct CreateOrganization<'a> {
    name: &'a str,
    display_name: Option<&'a str>,
    metadata: BTreeMap<&'a str, &'a str>,
}

#[endpoint(POST, "/api/v2/organizations/<id>/members", response = ())]
struct AddOrganizationMembers<'a> {
    id: &'a str,
    members: Vec<&'a str>,
}

#[endpoint(POST, "/api/v2/tickets/password-change")]
struct CreatePasswordChangeTicket<'a> {
    user_id: &'a str,
    result_url: Option<&'a str>,
    ttl_sec: u32,
    mark_email_as_verified: bool,
}

#[endpoint(POST, "/api/v2/tickets/email-verification")]
struct CreateEmailVerificationTicket<'a> {
    user_id: &'a str,
    result_url: &'a str,
    #[serde(rename = "includeEmailInRedirect")]
    include_email_in_redirect: bool,
}

#[endpoint(POST, "/api/v2/jobs/verification-email")]
struct SendVerificationEmail<'a> {
    user_id: &'a str,
    client_id: Option<&'a str>,
}

#[endpoint(POST, "/api/v2/resource-servers")]
struct CreateResourceServer<'a> {
    name: &'a str,
    identifier: &'a str,
    signing_alg: &'a str,
    token_lifetime: u32,
    scopes: Vec<Value>,
}

#[endpoint(POST, "/api/v2/connections")]
struct CreateConnection<'a> {
    name: &'a str,
    strategy: &'a str,
    enabled_clients: Vec<&'a str>,
}

#[endpoint(POST, "/api/v2/users/<id>/identities")]
#[derive(Default)]
struct LinkUserAccount {
    id: String,
    provider: Option<String>,
    connection_id: Option<String>,
    user_id: Option<String>,
    link_with: Option<String>,
}

#[endpoint(POST, "/api/v2/hooks")]
struct CreateHook<'a> {
    name: &'a str,
    script: &'a str,
    #[serde(rename = "triggerId")]
    trigger_id: &'a str,
    enabled: bool,
}

// PUT

#[endpoint(PUT, "/api/v2/rules-configs/<key>")]
struct SetRulesConfig<'a> {
    key: &'a str,
    value: &'a str,
}

#[endpoint(PUT, "/api/v2/guardian/factors/<name>")]
struct SetGuardianFactor<'a> {
    name: &'a str,
    enabled: bool,
}

#[endpoint(PUT, "/api/v2/guardian/policies")]
struct SetGuardianPolicies<'a> {
    #[body]
    policies: Vec<&'a str>,
}

#[endpoint(PUT, "/api/v2/email-templates/<template_name>")]
struct UpdateEmailTemplate<'a> {
    template_name: &'a str,
    template: &'a str,
    body: &'a str,
    from: &'a str,
    subject: &'a str,
    syntax: &'a str,
    enabled: bool,
}

// PATCH

#[endpoint(PATCH, "/api/v2/users/<id>")]
struct UpdateUser<'a> {
    id: &'a str,
    blocked: Option<bool>,
    app_metadata: Option<Value>,
}

#[endpoint(PATCH, "/api/v2/roles/<id>")]
struct UpdateRole<'a> {
    id: &'a str,
    description: &'a str,
}

#[endpoint(PATCH, "/api/v2/connections/<id>")]
struct UpdateConnection<'a> {
    id: &'a str,
    display_name: Option<&'a str>,
    enabled_clients: Vec<&'a str>,
    is_domain_connection: bool,
}

#[endpoint(PATCH, "/api/v2/tenants/settings")]
struct UpdateTenantSettings<'a> {
    friendly_name: &'a str,
    default_audience: Option<&'a str>,
}

// DELETE

#[endpoint(DELETE, "/api/v2/users/<id>", response = ())]
struct DeleteUser<'a> {
    id: &'a str,
}

#[endpoint(DELETE, "/api/v2/users/<id>/identities/<provider>/<user_id>")]
struct UnlinkIdentity<'a> {
    id: &'a str,
    provider: &'a str,
    user_id: &'a str,
}

#[endpoint(DELETE, "/api/v2/roles/<id>/permissions", response = ())]
struct RemoveRolePermissions<'a> {
    id: &'a str,
    permissions: Vec<Permission<'a>>,
}

#[endpoint(DELETE, "/api/v2/organizations/<id>/members/<user_id>/roles", response = ())]
struct RemoveOrganizationMemberRoles<'a> {
    id: &'a str,
    user_id: &'a str,
    roles: Vec<&'a str>,
}

#[endpoint(DELETE, "/api/v2/rules-configs/<key>", response = ())]
struct DeleteRulesConfig<'a> {
    key: &'a str,
}

#[endpoint(DELETE, "/api/v2/clients/<client_id>/credentials/<credential_id>", response = ())]
struct DeleteClientCredential<'a> {
    client_id: &'a str,
    credential_id: &'a str,
}

/// What the checking server decided about each request.
type Verdicts = Vec<(String, Result<(), String>)>;

/// Sends every endpoint; returns each one's name and the server's verdict.
async fn send_all(client: &Client) -> Verdicts {
    let mut verdicts = Verdicts::new();
    macro_rules! send {
        ($($request:expr),* $(,)?) => {$(
            let name = stringify!($request).split_whitespace().next().unwrap_or_default().to_owned();
            let outcome = $request.send(client).await.map(drop).map_err(|e| e.to_string());
            verdicts.push((name, outcome));
        )*};
    }
    let perm = || Permission {
        resource_server_identifier: "https://api.example.com",
        permission_name: "read:things",
    };
    send!(
        ListUsers {
            q: Some("email:\"jane@example.com\""),
            search_engine: "v3",
            page: 0,
            per_page: 50,
            include_totals: true
        },
        GetUser { id: "auth0|1", fields: vec!["email", "name"], include_fields: true },
        GetUsersByEmail { email: "jane+test@example.com" },
        ListRoles { name_filter: Some("admin"), per_page: 25 },
        ListUserRoles { id: "auth0|1", page: 2 },
        ListClients { is_first_party: Some(true), app_type: vec!["spa", "native"] },
        SearchLogs { q: "type:f", sort: "date:-1", take: Some(10) },
        GetDailyStats { from: "20240101", to: "20240131" },
        ListConnections { strategy: vec!["auth0", "google-oauth2"], name: None },
        ListOrganizations { from: None, take: 20 },
        CreateUser {
            connection: "Username-Password-Authentication",
            email: "a@example.com",
            password: "pw",
            email_verified: false,
            user_metadata: Some(json!({"plan": "free"}))
        },
        CreateRole { name: "admin", description: Some("Administrators") },
        AssignUsersToRole { id: "rol_1", users: vec!["auth0|1", "auth0|2"] },
        AddRolePermissions { id: "rol_1", permissions: vec![perm()] },
        AssignRolesToUser { id: "auth0|1", roles: vec!["rol_1"] },
        CreateOrganization {
            name: "acme",
            display_name: Some("Acme"),
            metadata: [("tier", "gold")].into()
        },
        AddOrganizationMembers { id: "org_1", members: vec!["auth0|1"] },
        CreatePasswordChangeTicket {
            user_id: "auth0|1",
            result_url: None,
            ttl_sec: 3600,
            mark_email_as_verified: true
        },
        CreateEmailVerificationTicket {
            user_id: "auth0|1",
            result_url: "https://example.com/done",
            include_email_in_redirect: false
        },
        SendVerificationEmail { user_id: "auth0|1", client_id: None },
        CreateResourceServer {
            name: "Things",
            identifier: "https://api.example.com",
            signing_alg: "RS256",
            token_lifetime: 86400,
            scopes: vec![json!({"value": "read:things"})]
        },
        CreateConnection { name: "db", strategy: "auth0", enabled_clients: vec!["client_1"] },
        LinkUserAccount {
            id: "auth0|1".into(),
            provider: Some("auth0".into()),
            user_id: Some("2".into()),
            ..Default::default()
        },
        CreateHook {
            name: "welcome",
            script: "module.exports = function() {}",
            trigger_id: "post-user-registration",
            enabled: true
        },
        SetRulesConfig { key: "API_KEY", value: "s3cret" },
        SetGuardianFactor { name: "otp", enabled: true },
        SetGuardianPolicies { policies: vec!["all-applications"] },
        UpdateEmailTemplate {
            template_name: "verify_email",
            template: "verify_email",
            body: "<p>Hi</p>",
            from: "a@example.com",
            subject: "Verify",
            syntax: "liquid",
            enabled: true
        },
        UpdateUser { id: "auth0|1", blocked: Some(true), app_metadata: None },
        UpdateRole { id: "rol_1", description: "All access" },
        UpdateConnection {
            id: "con_1",
            display_name: None,
            enabled_clients: vec![],
            is_domain_connection: false
        },
        UpdateTenantSettings { friendly_name: "Acme", default_audience: None },
        DeleteUser { id: "auth0|1" },
        UnlinkIdentity { id: "auth0|1", provider: "google-oauth2", user_id: "123" },
        RemoveRolePermissions { id: "rol_1", permissions: vec![perm()] },
        RemoveOrganizationMemberRoles { id: "org_1", user_id: "auth0|1", roles: vec!["rol_1"] },
        DeleteRulesConfig { key: "API_KEY" },
        DeleteClientCredential { client_id: "client_1", credential_id: "cred_1" },
    );
    verdicts
}

#[tokio::test]
async fn every_declared_endpoint_matches_auth0s_openapi_description() {
    let spec = Arc::new(load_spec());
    let checker = Arc::clone(&spec);
    let server = Server::start(move |received| match check(&checker, received) {
        Ok(()) => Reply::json(200, "{}"),
        Err(reason) => Reply::json(400, &json!({ "message": reason }).to_string()),
    })
    .await;
    let client = Client::new(server.url()).unwrap();

    let verdicts = send_all(&client).await;

    let failures: Vec<String> = verdicts
        .iter()
        .filter_map(|(name, v)| v.as_ref().err().map(|e| format!("{name}: {e}")))
        .collect();
    assert!(
        failures.is_empty(),
        "requests the OpenAPI description does not allow:\n{}",
        failures.join("\n")
    );
    assert_eq!(verdicts.len(), 38);
    let methods: std::collections::BTreeSet<String> =
        server.received().into_iter().map(|r| r.method).collect();
    assert_eq!(methods.into_iter().collect::<Vec<_>>(), ["DELETE", "GET", "PATCH", "POST", "PUT"]);
}

#[endpoint(POST, "/api/v2/roles")]
struct MisspelledRole<'a> {
    nmae: &'a str,
}

#[endpoint(GET, "/api/v2/roles")]
struct UnknownQuery {
    #[query]
    limit: u32,
}

#[endpoint(PUT, "/api/v2/roles/<id>")]
struct WrongMethod<'a> {
    id: &'a str,
}

#[tokio::test]
async fn the_checking_server_rejects_what_the_description_does_not_allow() {
    let spec = load_spec();
    let server = Server::replying(Reply::empty(204)).await;
    let client = Client::new(server.url()).unwrap();
    MisspelledRole { nmae: "admin" }.send(&client).await.unwrap();
    UnknownQuery { limit: 5 }.send(&client).await.unwrap();
    WrongMethod { id: "rol_1" }.send(&client).await.unwrap();
    let reasons: Vec<String> =
        server.received().iter().map(|r| check(&spec, r).unwrap_err()).collect();
    assert!(reasons[0].contains("`nmae` is not a property"), "{}", reasons[0]);
    assert!(reasons[1].contains("query parameter `limit`"), "{}", reasons[1]);
    assert!(reasons[2].contains("no PUT"), "{}", reasons[2]);
}

fn load_spec() -> Value {
    let text = std::fs::read_to_string(SPEC).unwrap_or_else(|e| panic!("{SPEC}: {e}"));
    serde_norway::from_str(&text).expect("the OpenAPI description parses")
}

/// Whether `received` is a request the OpenAPI description allows.
fn check(spec: &Value, received: &Received) -> Result<(), String> {
    let (path, query) = received.target.split_once('?').unwrap_or((&received.target, ""));
    let path = path.strip_prefix("/api/v2").ok_or("not under /api/v2")?;
    let segments: Vec<&str> = path.split('/').collect();
    let method = received.method.to_lowercase();

    // The most specific template that matches: literals before placeholders.
    let paths = spec["paths"].as_object().ok_or("no paths")?;
    let template = paths
        .keys()
        .filter(|template| {
            let parts: Vec<&str> = template.split('/').collect();
            parts.len() == segments.len()
                && parts.iter().zip(&segments).all(|(part, segment)| {
                    part == segment || (part.starts_with('{') && !segment.is_empty())
                })
        })
        .max_by_key(|template| template.split('/').filter(|p| !p.starts_with('{')).count())
        .ok_or_else(|| format!("no path matches {path}"))?;
    let operation = &paths[template][&method];
    if operation.is_null() {
        return Err(format!("no {} for {template}", received.method));
    }

    let parameters = operation["parameters"].as_array().cloned().unwrap_or_default();
    let takes = |name: &str| parameters.iter().any(|p| p["in"] == "query" && p["name"] == name);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let name = pair.split('=').next().unwrap_or_default();
        if !takes(name) {
            return Err(format!("{template} takes no query parameter `{name}`"));
        }
    }

    if received.body.is_empty() {
        return Ok(());
    }
    let schema = resolve(spec, &operation["requestBody"]["content"]["application/json"]["schema"]);
    let body: Value =
        serde_json::from_slice(&received.body).map_err(|e| format!("body is not JSON: {e}"))?;
    match (&body, schema["type"].as_str()) {
        (Value::Array(_), Some("array")) => Ok(()),
        (Value::Object(members), Some("object")) => {
            let properties = schema["properties"].as_object().ok_or("schema without properties")?;
            if let Some(extra) = members.keys().find(|key| !properties.contains_key(*key)) {
                return Err(format!("`{extra}` is not a property of the {method} {template} body"));
            }
            let required = schema["required"].as_array().cloned().unwrap_or_default();
            match required.iter().filter_map(Value::as_str).find(|r| !members.contains_key(*r)) {
                Some(missing) => Err(format!("required `{missing}` is missing")),
                None => Ok(()),
            }
        }
        (_, expected) => Err(format!("body is not of the schema's type {expected:?}")),
    }
}

fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str().and_then(|r| r.strip_prefix("#/components/schemas/")) {
        Some(name) => resolve(spec, &spec["components"]["schemas"][name]),
        None => schema,
    }
}
