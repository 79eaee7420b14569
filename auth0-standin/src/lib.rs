//! An in-process stand-in for the Auth0 Management API, so that restpoint's
//! examples and tests run with no Auth0 account.
//!
//! It serves `POST /api/v2/users/{id}/identities` (*Link a user account*) the way
//! Auth0 does: it checks the bearer token, decodes the path, enforces the body
//! rules (`link_with` alone, or `provider` + `user_id` with an optional
//! `connection_id`), answers `201 Created` with the primary user's identities in
//! Auth0's shape, and `400`/`401`/`404` with Auth0's error body
//! `{"statusCode","error","message","errorCode"}`. It listens on 127.0.0.1 only.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value, json};

/// The Management API token the stand-in accepts.
pub const TOKEN: &str = "standin-management-api-token";
/// A database user to link others to.
pub const PRIMARY_USER_ID: &str = "auth0|63d17c6a9d503d76c056c177";
/// A second database user, to link to the primary one.
pub const SECONDARY_USER_ID: &str = "auth0|63d17c6b77d74b740960460a";
/// A social (Google) user.
pub const SOCIAL_USER_ID: &str = "google-oauth2|108091299999329986433";

/// A running stand-in. It stops when dropped.
pub struct StandIn {
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

impl StandIn {
    /// Starts a stand-in on a free port of 127.0.0.1, with the users
    /// [`PRIMARY_USER_ID`], [`SECONDARY_USER_ID`] and [`SOCIAL_USER_ID`].
    pub async fn start() -> std::io::Result<StandIn> {
        let listener = tokio::net::TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let app = Router::new()
            .route("/api/v2/users/{id}/identities", post(link_user_account))
            .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "Not Found", "not_found") })
            .with_state(Arc::new(Tenant::seeded()));
        let server = tokio::spawn(async move {
            // Ends only when the task is aborted, on drop.
            let _ = axum::serve(listener, app).await;
        });
        Ok(StandIn { addr, server })
    }

    /// `http://127.0.0.1:<port>`, to use as a client's base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// The tenant's users, by user id (`provider|id`).
struct Tenant {
    users: Mutex<BTreeMap<String, User>>,
}

struct User {
    identities: Vec<Value>,
}

impl Tenant {
    fn seeded() -> Self {
        let users = [
            (PRIMARY_USER_ID, "Username-Password-Authentication", false, "primary@example.com"),
            (SECONDARY_USER_ID, "Username-Password-Authentication", false, "secondary@example.com"),
            (SOCIAL_USER_ID, "google-oauth2", true, "social@example.com"),
        ]
        .into_iter()
        .map(|(user_id, connection, is_social, email)| {
            let (provider, id) = user_id.split_once('|').unwrap_or(("auth0", user_id));
            let identity = json!({
                "connection": connection,
                "user_id": id,
                "provider": provider,
                "isSocial": is_social,
                "profileData": { "email": email, "email_verified": true },
            });
            (user_id.to_owned(), User { identities: vec![identity] })
        })
        .collect();
        Tenant { users: Mutex::new(users) }
    }
}

/// An answer in the shape of Auth0's errors.
struct ApiError {
    status: StatusCode,
    message: String,
    error_code: &'static str,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>, error_code: &'static str) -> Self {
        ApiError { status, message: message.into(), error_code }
    }

    fn bad_request(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message, "invalid_body")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({
            "statusCode": self.status.as_u16(),
            "error": self.status.canonical_reason().unwrap_or_default(),
            "message": self.message,
            "errorCode": self.error_code,
        });
        with_rate_limit((self.status, axum::Json(body)).into_response())
    }
}

/// Auth0 answers every Management API call with its rate-limit headers.
fn with_rate_limit(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert("x-ratelimit-limit", HeaderValue::from_static("50"));
    headers.insert("x-ratelimit-remaining", HeaderValue::from_static("49"));
    headers.insert("x-ratelimit-reset", HeaderValue::from_static("1764043200"));
    response
}

fn authorize(headers: &HeaderMap) -> Result<(), ApiError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    match token {
        None => {
            Err(ApiError::new(StatusCode::UNAUTHORIZED, "Missing authentication", "missing_token"))
        }
        Some(TOKEN) => Ok(()),
        Some(_) => Err(ApiError::new(StatusCode::UNAUTHORIZED, "Invalid token", "invalid_token")),
    }
}

/// `POST /api/v2/users/{id}/identities`.
async fn link_user_account(
    State(tenant): State<Arc<Tenant>>,
    Path(primary_id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    authorize(&headers)?;
    let secondary_id = secondary_user_id(&body)?;
    let mut users = tenant.users.lock().unwrap_or_else(PoisonError::into_inner);
    if !users.contains_key(&primary_id) {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "The user does not exist.",
            "inexistent_user",
        ));
    }
    if secondary_id == primary_id {
        return Err(ApiError::bad_request("Main identity and the new one are the same."));
    }
    let secondary = users
        .remove(&secondary_id)
        .ok_or_else(|| ApiError::bad_request("Provided secondary account not found."))?;
    let primary = users.get_mut(&primary_id).ok_or_else(|| {
        ApiError::new(StatusCode::NOT_FOUND, "The user does not exist.", "inexistent_user")
    })?;
    primary.identities.extend(secondary.identities);
    let identities = Value::Array(primary.identities.clone());
    Ok(with_rate_limit((StatusCode::CREATED, axum::Json(identities)).into_response()))
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
