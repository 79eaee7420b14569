//! `POST /api/v2/jobs/users-imports`: a multipart upload of a JSON file of users.

use std::sync::Arc;

use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use crate::error::{ApiError, authorize, json};
use crate::tenant::{Tenant, new_user};

pub async fn import_users(
    State(tenant): State<Arc<Tenant>>,
    headers: HeaderMap,
    mut form: Multipart,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let invalid =
        |message: &str| ApiError::bad_request(format!("Payload validation error: '{message}'."));
    let (mut users, mut connection_id, mut external_id, mut upsert) = (None, None, None, false);
    while let Some(field) =
        form.next_field().await.map_err(|_| invalid("Invalid multipart body"))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        let is_file = field.file_name().is_some();
        let bytes = field.bytes().await.map_err(|_| invalid("Invalid multipart body"))?;
        let text = || String::from_utf8_lossy(&bytes).into_owned();
        match name.as_str() {
            "users" if is_file => users = Some(bytes.clone()),
            "users" => return Err(invalid("'users' must be a file")),
            "connection_id" => connection_id = Some(text()),
            "external_id" => external_id = Some(text()),
            "upsert" => upsert = text() == "true",
            "send_completion_email" => {}
            other => return Err(invalid(&format!("Additional properties not allowed: {other}"))),
        }
    }
    let users = users.ok_or_else(|| invalid("Missing required property: users"))?;
    let connection_id =
        connection_id.ok_or_else(|| invalid("Missing required property: connection_id"))?;
    let Ok(Value::Array(imported)) = serde_json::from_slice::<Value>(&users) else {
        return Err(invalid("The users file must be a JSON array of users"));
    };
    let mut store = tenant.users();
    for (n, user) in imported.iter().enumerate() {
        let email = user["email"].as_str().ok_or_else(|| invalid("Every user needs an email"))?;
        let exists = store.values().any(|u| u["email"] == email);
        if exists && !upsert {
            continue;
        }
        let user_id = format!("auth0|imported{n:016}");
        let name = user["name"].as_str().unwrap_or(email);
        store.insert(
            user_id.clone(),
            new_user(&user_id, "Username-Password-Authentication", email, name),
        );
    }
    let mut job = json!({
        "status": "pending",
        "type": "users_import",
        "created_at": "2024-06-01T12:00:00.000Z",
        "id": "job_0000000000000001",
        "connection_id": connection_id,
        "upsert": upsert,
    });
    if let Some(external_id) = external_id {
        job["external_id"] = json!(external_id);
    }
    Ok(json(StatusCode::ACCEPTED, job))
}

/// `POST /api/v2/jobs/users-exports`: an export of every user, as newline-delimited
/// JSON, ready at once at the job's `location` (Auth0 puts it behind a signed URL
/// of its storage, which takes no token; so does the stand-in).
pub async fn export_users(
    State(tenant): State<Arc<Tenant>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let request: Value = serde_json::from_slice(&body).unwrap_or(json!({}));
    let format = request["format"].as_str().unwrap_or("json");
    if format != "json" {
        return Err(ApiError::bad_request(
            "Payload validation error: the stand-in exports the 'json' format only",
        ));
    }
    let host = headers.get("host").and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1");
    let id = "job_export00000001";
    let job = json!({
        "status": "completed",
        "type": "users_export",
        "created_at": "2024-06-01T12:00:00.000Z",
        "id": id,
        "format": format,
        "location": format!("http://{host}/exports/{id}.json"),
    });
    Ok(json(StatusCode::CREATED, job))
}

/// `GET /exports/{file}`: the export, one user a line.
pub async fn download_export(State(tenant): State<Arc<Tenant>>) -> Response {
    let mut body = Vec::new();
    for user in tenant.users().values() {
        body.extend_from_slice(user.to_string().as_bytes());
        body.push(b'\n');
    }
    ([(axum::http::header::CONTENT_TYPE, "application/x-ndjson")], body).into_response()
}
