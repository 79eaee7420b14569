//! `/api/v2/users` and its identities.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value, json};

use crate::error::{ApiError, authorize, json};
use crate::tenant::{Tenant, new_user};

/// `GET /api/v2/users`: `q` (`field:value` or `field:"value"`, or free text),
/// `page` and `per_page` (at most 100, and within the first 1,000 results),
/// `include_totals`.
pub async fn list(
    State(tenant): State<Arc<Tenant>>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let number = |key: &str, default: usize| match params.get(key) {
        None => Ok(default),
        Some(text) => text.parse::<usize>().map_err(|_| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("Query validation error: '{key}'"),
                "invalid_query_string",
            )
        }),
    };
    let (page, per_page) = (number("page", 0)?, number("per_page", 50)?);
    if per_page > 100 {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "Query validation error: 'per_page' must be at most 100",
            "invalid_query_string",
        ));
    }
    // Auth0 serves the first 1,000 results of a search only.
    if (page + 1).saturating_mul(per_page) > crate::lists::OFFSET_CAP {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "You can only page through the first 1000 records. See \
             https://auth0.com/docs/users/search/v3/view-search-results-by-page#limitation",
            "invalid_paging",
        ));
    }
    let users = tenant.users();
    let matching: Vec<&Value> =
        users.values().filter(|user| matches(user, params.get("q").map(String::as_str))).collect();
    let page_of: Vec<Value> =
        matching.iter().skip(page * per_page).take(per_page).map(|u| (*u).clone()).collect();
    let body = if params.get("include_totals").is_some_and(|v| v == "true") {
        json!({ "start": page * per_page, "limit": per_page, "length": page_of.len(), "total": matching.len(), "users": page_of })
    } else {
        Value::Array(page_of)
    };
    Ok(json(StatusCode::OK, body))
}

/// A small part of Auth0's user search syntax: `field:value`, `field:"value"`, or a
/// word found in the email or the name.
fn matches(user: &Value, query: Option<&str>) -> bool {
    let Some(query) = query.map(str::trim).filter(|q| !q.is_empty()) else { return true };
    let text =
        |field: &str| user.get(field).and_then(Value::as_str).unwrap_or_default().to_lowercase();
    match query.split_once(':') {
        Some((field, value)) => text(field).contains(&value.trim_matches('"').to_lowercase()),
        None => {
            let word = query.to_lowercase();
            text("email").contains(&word) || text("name").contains(&word)
        }
    }
}

/// `GET /api/v2/users/{id}`: `fields` (comma-separated) and `include_fields`.
pub async fn get(
    State(tenant): State<Arc<Tenant>>,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let user = tenant.users().get(&id).cloned().ok_or_else(ApiError::no_user)?;
    let Value::Object(user) = user else { return Err(ApiError::no_user()) };
    let Some(fields) = params.get("fields") else {
        return Ok(json(StatusCode::OK, Value::Object(user)));
    };
    let fields: Vec<&str> = fields.split(',').map(str::trim).collect();
    let include = params.get("include_fields").is_none_or(|v| v != "false");
    let picked: Map<String, Value> =
        user.into_iter().filter(|(key, _)| fields.contains(&key.as_str()) == include).collect();
    Ok(json(StatusCode::OK, Value::Object(picked)))
}

/// `PATCH /api/v2/users/{id}`: the body's members replace the user's;
/// `app_metadata` and `user_metadata` are merged, as Auth0 does.
pub async fn update(
    State(tenant): State<Arc<Tenant>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let changes: Map<String, Value> = serde_json::from_slice(&body)
        .map_err(|_| ApiError::bad_request("Payload validation error: 'Expected type object'."))?;
    const ALLOWED: [&str; 11] = [
        "blocked",
        "email_verified",
        "email",
        "phone_number",
        "phone_verified",
        "user_metadata",
        "app_metadata",
        "given_name",
        "family_name",
        "name",
        "nickname",
    ];
    if let Some(extra) = changes.keys().find(|key| !ALLOWED.contains(&key.as_str())) {
        return Err(ApiError::bad_request(format!(
            "Payload validation error: 'Additional properties not allowed: {extra}'."
        )));
    }
    let mut users = tenant.users();
    let user = users.get_mut(&id).and_then(Value::as_object_mut).ok_or_else(ApiError::no_user)?;
    for (key, value) in changes {
        match (user.get_mut(&key), value) {
            (Some(Value::Object(old)), Value::Object(new)) if key.ends_with("_metadata") => {
                old.extend(new);
            }
            (_, value) => {
                user.insert(key, value);
            }
        }
    }
    user.insert("updated_at".into(), json!("2024-06-01T12:00:00.000Z"));
    Ok(json(StatusCode::OK, Value::Object(user.clone())))
}

/// `POST /api/v2/users/{id}/identities`.
pub async fn link(
    State(tenant): State<Arc<Tenant>>,
    Path(primary_id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let secondary_id = secondary_user_id(&body)?;
    let mut users = tenant.users();
    if !users.contains_key(&primary_id) {
        return Err(ApiError::no_user());
    }
    if secondary_id == primary_id {
        return Err(ApiError::bad_request("Main identity and the new one are the same."));
    }
    let secondary = users
        .remove(&secondary_id)
        .ok_or_else(|| ApiError::bad_request("Provided secondary account not found."))?;
    let primary = identities_of(users.get_mut(&primary_id))?;
    if let Some(Value::Array(linked)) = secondary.get("identities") {
        for identity in linked {
            let mut identity = identity.clone();
            // The secondary's profile travels with its identity.
            identity["profileData"] =
                json!({ "email": secondary["email"], "name": secondary["name"] });
            primary.push(identity);
        }
    }
    Ok(json(StatusCode::CREATED, Value::Array(primary.clone())))
}

/// `DELETE /api/v2/users/{id}/identities/{provider}/{user_id}`: the identity
/// becomes a user of its own again.
pub async fn unlink(
    State(tenant): State<Arc<Tenant>>,
    Path((primary_id, provider, user_id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let mut users = tenant.users();
    let identities = identities_of(users.get_mut(&primary_id))?;
    let is_it = |identity: &Value| {
        identity["provider"] == provider.as_str()
            && identity["user_id"].as_str() == Some(user_id.as_str())
    };
    if identities.first().is_some_and(is_it) {
        return Err(ApiError::bad_request("Main identity cannot be removed."));
    }
    let position = identities.iter().position(is_it);
    let Some(removed) = position.map(|i| identities.remove(i)) else {
        return Ok(json(StatusCode::OK, Value::Array(identities.clone())));
    };
    let remaining = Value::Array(identities.clone());
    let connection = removed["connection"].as_str().unwrap_or(&provider);
    let email = removed["profileData"]["email"].as_str().unwrap_or_default();
    let name = removed["profileData"]["name"].as_str().unwrap_or_default();
    let standalone = format!("{provider}|{user_id}");
    users.insert(standalone.clone(), new_user(&standalone, connection, email, name));
    Ok(json(StatusCode::OK, remaining))
}

fn identities_of(user: Option<&mut Value>) -> Result<&mut Vec<Value>, ApiError> {
    user.and_then(|user| user.get_mut("identities"))
        .and_then(Value::as_array_mut)
        .ok_or_else(ApiError::no_user)
}

/// The secondary account named by a link request body, after Auth0's rules.
fn secondary_user_id(body: &[u8]) -> Result<String, ApiError> {
    let body: Map<String, Value> = serde_json::from_slice(body).map_err(|_| {
        ApiError::bad_request(
            "Payload validation error: 'Expected type object but found type string'.",
        )
    })?;
    const ALLOWED: [&str; 4] = ["provider", "connection_id", "user_id", "link_with"];
    if let Some(extra) = body.keys().find(|key| !ALLOWED.contains(&key.as_str())) {
        return Err(ApiError::bad_request(format!(
            "Payload validation error: 'Additional properties not allowed: {extra}'."
        )));
    }
    let text = |key: &str| match body.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) if key == "user_id" => Ok(Some(n.to_string())),
        Some(_) => Err(ApiError::bad_request(format!(
            "Payload validation error: 'Expected type string but found another type' on property {key}."
        ))),
    };
    let (provider, user_id, connection_id, link_with) =
        (text("provider")?, text("user_id")?, text("connection_id")?, text("link_with")?);
    match (link_with, provider, user_id) {
        (Some(jwt), None, None) if connection_id.is_none() => subject_of(&jwt),
        (Some(_), _, _) => Err(ApiError::bad_request(
            "Payload validation error: 'link_with' cannot be sent with 'provider', 'user_id' or 'connection_id'.",
        )),
        (None, Some(provider), Some(user_id)) => {
            // Auth0 takes the id with or without its `provider|` prefix.
            let bare = user_id.strip_prefix(&format!("{provider}|")).unwrap_or(&user_id);
            Ok(format!("{provider}|{bare}"))
        }
        (None, _, _) => Err(ApiError::bad_request(
            "Payload validation error: 'Missing required property: provider' and 'user_id', or 'link_with'.",
        )),
    }
}

/// The `sub` claim of the secondary account's JWT. Signatures are not checked: a
/// stand-in trusts the tokens its tests make.
fn subject_of(jwt: &str) -> Result<String, ApiError> {
    let invalid = || ApiError::bad_request("Invalid token (link_with).");
    let payload = jwt.split('.').nth(1).ok_or_else(invalid)?;
    let payload = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).map_err(|_| invalid())?;
    let claims: Value = serde_json::from_slice(&payload).map_err(|_| invalid())?;
    claims
        .get("sub")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| ApiError::bad_request("JWT (link_with) must contains sub claim."))
}
